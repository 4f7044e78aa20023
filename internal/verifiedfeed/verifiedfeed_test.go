package verifiedfeed

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

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
