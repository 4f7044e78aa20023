package verifiedfeed

import (
	"bytes"
	"context"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mach-avs/mach/avs/alert"
	"github.com/mach-avs/mach/proxy"
	"github.com/mach-avs/mach/verifier"
)

// source is a verifier's Status the test moves.
type source struct {
	mu sync.Mutex
	st verifier.Status
	n  int // Status calls
}

func (s *source) Status() verifier.Status {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.n++
	return s.st
}

func (s *source) set(n uint64, h common.Hash) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.VerifiedNumber, s.st.VerifiedHash = n, h
}

func (s *source) calls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.n
}

func TestFeed_PublishesHeadsPerRollupOnRefresh(t *testing.T) {
	f := New(time.Hour)
	now := time.Unix(1000, 0)
	f.now = func() time.Time { return now }
	a, b := &source{}, &source{}
	a.set(7, common.HexToHash("0xa7"))
	if err := f.Add(901, a); err != nil {
		t.Fatal(err)
	}
	if err := f.Add(902, b); err != nil { // not initialised: no head
		t.Fatal(err)
	}
	if err := f.Add(901, b); err == nil {
		t.Error("a second verifier for rollup 901 was accepted")
	}
	h, ok := f.VerifiedHead(901)
	if !ok || h.Number != 7 || h.Hash != common.HexToHash("0xa7") || !h.At.Equal(now) {
		t.Fatalf("rollup 901: %+v %v", h, ok)
	}
	if !f.Covers(901) || !f.Covers(902) || f.Covers(903) {
		t.Errorf("covers 901 %v, 902 %v (no head yet, still followed), 903 %v (no verifier)", f.Covers(901), f.Covers(902), f.Covers(903))
	}
	if _, ok := f.VerifiedHead(902); ok {
		t.Error("rollup 902 has a head before its verifier loaded one")
	}
	if _, ok := f.VerifiedHead(1); ok {
		t.Error("an unknown rollup has a head")
	}

	// The head does not move: At stays when it was first seen.
	now = now.Add(time.Minute)
	f.Refresh()
	if h, _ := f.VerifiedHead(901); !h.At.Equal(time.Unix(1000, 0)) {
		t.Errorf("At moved to %v without a new head", h.At)
	}
	// It moves; the head read before is a value, unchanged.
	a.set(8, common.HexToHash("0xa8"))
	b.set(3, common.HexToHash("0xb3"))
	before := h
	f.Refresh()
	if h, _ := f.VerifiedHead(901); h.Number != 8 || h.Hash != common.HexToHash("0xa8") || !h.At.Equal(now) {
		t.Errorf("rollup 901 after refresh: %+v", h)
	}
	if h, ok := f.VerifiedHead(902); !ok || h.Number != 3 {
		t.Errorf("rollup 902 after refresh: %+v %v", h, ok)
	}
	if before.Number != 7 {
		t.Errorf("a head handed out changed: %+v", before)
	}
}

func TestFeed_StartPollsUntilStop(t *testing.T) {
	f := New(5 * time.Millisecond)
	src := &source{}
	if err := f.Add(901, src); err != nil {
		t.Fatal(err)
	}
	if err := f.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := f.Start(context.Background()); err == nil {
		t.Error("Start twice succeeded")
	}
	src.set(42, common.HexToHash("0x42"))
	deadline := time.Now().Add(10 * time.Second)
	for {
		if h, ok := f.VerifiedHead(901); ok && h.Number == 42 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the poller never published head 42")
		}
		time.Sleep(time.Millisecond)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := f.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if err := f.Stop(ctx); err != nil {
		t.Errorf("second Stop: %v", err)
	}
	n := src.calls()
	src.set(43, common.HexToHash("0x43"))
	time.Sleep(30 * time.Millisecond) // six intervals: a poller still running would read the source
	if src.calls() != n {
		t.Errorf("the source was read %d times after Stop", src.calls()-n)
	}
	if h, _ := f.VerifiedHead(901); h.Number != 42 {
		t.Errorf("after Stop the head is %d, want the last published 42", h.Number)
	}
	var nilFeed *Feed
	if err := nilFeed.Stop(ctx); err != nil {
		t.Errorf("nil Stop: %v", err)
	}
}

// halt makes the source's verifier halted at block n (with a signed alert and mismatches), or not when n is 0.
func (s *source) halt(n uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n == 0 {
		s.st.Halted = nil
		return
	}
	s.st.Halted = &verifier.Alert{RollupChainID: 901, Block: n, BlockHash: common.BigToHash(new(big.Int).SetUint64(0xbad0 + n)),
		Alert:      alert.BlockMismatch{InvalidOutputRoot: common.HexToHash("0x1"), ExpectOutputRoot: common.HexToHash("0x2"), L2BlockNumber: n},
		Mismatches: []string{"state root: header 0x01, executed 0x02", "gas used: header 5, executed 6"},
		DetectedAt: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)}
}

func (s *source) clear() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st = verifier.Status{}
}

// The feed publishes an in-process verifier's halt (from its alert) and logs each change once: a halt, a halt at
// another block, the verifier resuming, and the halt no longer being known once the verifier reports nothing. A
// halt keeps the SeenAt of when the feed first saw it.
func TestFeed_PublishesTheVerifierHaltAndLogsEachChangeOnce(t *testing.T) {
	f := New(time.Hour)
	now := time.Unix(1000, 0)
	f.now = func() time.Time { return now }
	var logs bytes.Buffer
	f.SetLogger(slog.New(slog.NewTextHandler(&logs, nil)), map[uint64]string{901: "op"})
	src := &source{}
	src.set(7, common.HexToHash("0xa7"))
	if err := f.Add(901, src); err != nil {
		t.Fatal(err)
	}
	if _, ok := f.VerifierHalt(901); ok {
		t.Fatal("a verifier that is not halted shows a halt")
	}

	src.halt(8)
	f.Refresh()
	h, ok := f.VerifierHalt(901)
	want := proxy.VerifierHalt{Block: 8, BlockHash: common.BigToHash(big.NewInt(0xbad8)), Kind: "BlockMismatch",
		MessageHash: alert.BlockMismatch{InvalidOutputRoot: common.HexToHash("0x1"), ExpectOutputRoot: common.HexToHash("0x2"), L2BlockNumber: 8}.MessageHash(),
		Reason:      "state root: header 0x01, executed 0x02; gas used: header 5, executed 6",
		DetectedAt:  time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC), SeenAt: now}
	if !ok || h != want {
		t.Fatalf("halt %+v %v\nwant %+v", h, ok, want)
	}
	now = now.Add(time.Minute)
	f.Refresh()
	if h, _ := f.VerifierHalt(901); !h.SeenAt.Equal(time.Unix(1000, 0)) {
		t.Errorf("SeenAt moved to %v for the same halt", h.SeenAt)
	}
	src.halt(9) // another block (the L2 replaced 8 with another invalid block, say)
	f.Refresh()
	if h, _ := f.VerifierHalt(901); h.Block != 9 || !h.SeenAt.Equal(now) {
		t.Errorf("after a halt at block 9: %+v", h)
	}
	src.halt(0)
	src.set(9, common.HexToHash("0xa9"))
	now = now.Add(time.Minute)
	f.Refresh()
	if _, ok := f.VerifierHalt(901); ok {
		t.Error("a resumed verifier still shows a halt")
	}
	src.halt(10)
	f.Refresh()
	src.clear() // the verifier reports nothing: the halt is no longer known
	f.Refresh()
	if _, ok := f.VerifierHalt(901); ok {
		t.Error("a verifier that reports nothing still shows a halt")
	}

	out := logs.String()
	for _, want := range []string{
		`level=WARN msg="verifier halted: it found the block after its verified head invalid; no later block is verified until the L2 replaces it" rollup=op chainId=901 block=8 hash=` +
			want.BlockHash.Hex() + " verified=7 kind=BlockMismatch alert=" + want.MessageHash.Hex() + ` reason="state root: header 0x01`,
		"rollup=op chainId=901 block=9 ",
		`level=INFO msg="verifier resumed: the invalid block is no longer its next block" rollup=op chainId=901 block=9 hash=` +
			common.BigToHash(big.NewInt(0xbad9)).Hex() + " verified=9 haltedFor=1m0s",
		`level=WARN msg="verifier halt no longer known: the verifier reports nothing (not heard from, or not this rollup's)" rollup=op chainId=901 block=10 `,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("logs lack %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, `msg="verifier halted`); n != 3 {
		t.Errorf("%d halts logged, want 3 (blocks 8, 9, 10):\n%s", n, out)
	}
}
