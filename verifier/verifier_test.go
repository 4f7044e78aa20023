package verifier

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mach-avs/mach/devnet/l2"
	"github.com/mach-avs/mach/internal/kv"
)

// recordingSink is the alert consumer of these tests: it keeps what it is given.
type recordingSink struct {
	mu     sync.Mutex
	alerts []Alert
	fail   error
}

func (s *recordingSink) Emit(_ context.Context, a Alert) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return s.fail
	}
	s.alerts = append(s.alerts, a)
	return nil
}

func (s *recordingSink) list() []Alert {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Alert(nil), s.alerts...)
}

// newL2 starts an in-process OP Stack L2 and builds n blocks of mixed traffic on it.
func newL2(t *testing.T, n int) *l2.Chain {
	t.Helper()
	chain, err := l2.New(l2.Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	build(t, chain, l2.NewTraffic(chain, 1), n)
	return chain
}

func build(t *testing.T, chain *l2.Chain, traffic *l2.Traffic, n int) {
	t.Helper()
	ctx := context.Background()
	for range n {
		deposits, err := traffic.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := chain.BuildBlock(ctx, deposits...); err != nil {
			t.Fatal(err)
		}
	}
}

func newVerifier(t testing.TB, chain *l2.Chain, primaryURL, secondaryURL string, store Store, sink AlertSink) *Verifier {
	t.Helper()
	ctx := context.Background()
	primary, err := Dial(ctx, "primary", primaryURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(primary.Close)
	var secondary *Source
	if secondaryURL != "" {
		if secondary, err = Dial(ctx, "secondary", secondaryURL); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(secondary.Close)
	}
	v, err := New(Config{
		RollupChainID: chain.ChainConfig().ChainID.Uint64(),
		ChainConfig:   chain.ChainConfig(),
		AnchorHash:    chain.Genesis().Hash(),
	}, primary, secondary, store, sink)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Init(ctx); err != nil {
		t.Fatal(err)
	}
	return v
}

func memStore(t testing.TB) *kv.Store {
	t.Helper()
	s, err := kv.Open("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// stepUntil steps until the verified head reaches n or a step makes no progress; it returns the last step error.
func stepUntil(t testing.TB, v *Verifier, n uint64) error {
	t.Helper()
	for v.Status().VerifiedNumber < n {
		moved, err := v.Step(context.Background())
		if err != nil || !moved {
			return err
		}
	}
	return nil
}

func TestVerifier_HonestChainAllValidNoAlert(t *testing.T) {
	chain := newL2(t, 100)
	sink := &recordingSink{}
	v := newVerifier(t, chain, chain.URL(), "", memStore(t), sink)
	if err := stepUntil(t, v, 100); err != nil {
		t.Fatalf("honest chain: %v", err)
	}
	st := v.Status()
	if st.VerifiedNumber != 100 {
		t.Fatalf("verified head %d, want 100", st.VerifiedNumber)
	}
	head, err := chain.Backend().BlockChain().GetBlockByNumber(100), error(nil)
	if err != nil || head == nil || head.Hash() != st.VerifiedHash {
		t.Fatalf("verified hash %s is not the L2's block 100", st.VerifiedHash)
	}
	if got := sink.list(); len(got) != 0 {
		t.Fatalf("honest chain raised %d alerts: %+v", len(got), got[0])
	}
	if moved, err := v.Step(context.Background()); moved || err != nil {
		t.Fatalf("at the L2 head: moved=%v err=%v", moved, err)
	}
}

// stateRootLie makes the upstream claim a wrong state root for every block from `from` on, as a lying sequencer
// would: headers re-hashed and re-linked, so the chain is consistent except for the lie.
type stateRootLie struct {
	t      *testing.T
	from   uint64
	mu     sync.Mutex
	forged map[common.Hash]json.RawMessage // forged hash → forged block
	alias  map[common.Hash]common.Hash     // true hash → forged hash
}

func newStateRootLie(t *testing.T, from uint64) *stateRootLie {
	return &stateRootLie{t: t, from: from, forged: map[common.Hash]json.RawMessage{}, alias: map[common.Hash]common.Hash{}}
}

func (l *stateRootLie) rewrite(method string, params []json.RawMessage, result json.RawMessage) json.RawMessage {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch method {
	case "mach_forgedBlockByHash":
		var h common.Hash
		if err := json.Unmarshal(params[0], &h); err == nil {
			if b, ok := l.forged[h]; ok {
				return b
			}
		}
		return result
	case "eth_getBlockByNumber", "eth_getBlockByHash":
		if string(result) == "null" {
			return result
		}
		var h types.Header
		if err := json.Unmarshal(result, &h); err != nil {
			l.t.Errorf("lie: %v", err)
			return result
		}
		if h.Number.Uint64() < l.from {
			return result
		}
		trueHash := h.Hash()
		out := editBlock(l.t, result, true, func(m map[string]json.RawMessage) {
			m["stateRoot"] = mustJSON(l.t, lieHash(h.Root))
			if p, ok := l.alias[h.ParentHash]; ok {
				m["parentHash"] = mustJSON(l.t, p)
			}
		})
		var forged struct {
			Hash common.Hash `json:"hash"`
		}
		json.Unmarshal(out, &forged)
		l.alias[trueHash] = forged.Hash
		l.forged[forged.Hash] = out
		return out
	}
	return result
}

func TestVerifier_StateRootLieAlertsOnceOnTheEarliestBadBlock(t *testing.T) {
	chain := newL2(t, 30)
	lie := newLiar(t, chain.URL())
	lie.set(newStateRootLie(t, 21).rewrite)
	sink := &recordingSink{}
	v := newVerifier(t, chain, lie.URL(), "", memStore(t), sink)

	if err := stepUntil(t, v, 30); err != nil {
		t.Fatalf("step: %v", err)
	}
	st := v.Status()
	if st.VerifiedNumber != 20 {
		t.Fatalf("verified head %d, want 20 (block 21 lies)", st.VerifiedNumber)
	}
	for range 5 { // the verifier stays halted and never alerts twice
		if moved, err := v.Step(context.Background()); moved || err != nil {
			t.Fatalf("halted verifier: moved=%v err=%v", moved, err)
		}
	}
	alerts := sink.list()
	if len(alerts) != 1 {
		t.Fatalf("%d alerts, want exactly 1", len(alerts))
	}
	a := alerts[0]
	honest := chain.Backend().BlockChain().GetBlockByNumber(21)
	if a.Block != 21 || a.ComputedStateRoot != honest.Root() || a.ClaimedStateRoot != lieHash(honest.Root()) {
		t.Fatalf("alert %+v: want block 21, computed root %s, claimed %s", a, honest.Root(), lieHash(honest.Root()))
	}
	// The expected output root is the honest block's: execution fixed the root, and the fixed header is the
	// honest header.
	want := OutputRootV0(honest.Root(), *honest.Header().WithdrawalsHash, honest.Hash())
	if a.ExpectedOutputRoot != want {
		t.Fatalf("expected output root %s, want the honest block's %s", a.ExpectedOutputRoot, want)
	}
	if st.Halted == nil || st.Halted.BlockHash != a.BlockHash {
		t.Fatalf("status does not show the halt: %+v", st.Halted)
	}
}

func TestVerifier_UpstreamLiesClassified(t *testing.T) {
	chain := newL2(t, 12)
	honest10 := chain.Backend().BlockChain().GetBlockByNumber(10)
	cases := []struct {
		name    string
		rewrite func(method string, params []json.RawMessage, result json.RawMessage) json.RawMessage
		// wantBad: the step is rejected as an inconsistent upstream answer (never an alert).
		wantBad bool
	}{
		{
			name: "tampered transaction",
			rewrite: func(method string, params []json.RawMessage, result json.RawMessage) json.RawMessage {
				if method != "eth_getBlockByNumber" || blockParam(params) != 10 {
					return result
				}
				return editBlock(t, result, false, func(m map[string]json.RawMessage) {
					var txs []map[string]json.RawMessage
					json.Unmarshal(m["transactions"], &txs)
					last := txs[len(txs)-1]
					last["value"] = mustJSON(t, "0x1")
					m["transactions"] = mustJSON(t, txs)
				})
			},
			wantBad: true,
		},
		{
			name: "forged block hash",
			rewrite: func(method string, params []json.RawMessage, result json.RawMessage) json.RawMessage {
				if method != "eth_getBlockByNumber" || blockParam(params) != 10 {
					return result
				}
				return editBlock(t, result, false, func(m map[string]json.RawMessage) {
					m["hash"] = mustJSON(t, lieHash(honest10.Hash()))
				})
			},
			wantBad: true,
		},
		{
			name: "parent is not the verified head",
			rewrite: func(method string, params []json.RawMessage, result json.RawMessage) json.RawMessage {
				if method != "eth_getBlockByNumber" || blockParam(params) != 10 {
					return result
				}
				return editBlock(t, result, true, func(m map[string]json.RawMessage) {
					m["parentHash"] = mustJSON(t, lieHash(honest10.ParentHash()))
				})
			},
			wantBad: true,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			lie := newLiar(t, chain.URL())
			lie.set(tc.rewrite)
			sink := &recordingSink{}
			v := newVerifier(t, chain, lie.URL(), "", memStore(t), sink)
			err := stepUntil(t, v, 12)
			if v.Status().VerifiedNumber != 9 {
				t.Fatalf("verified head %d, want 9", v.Status().VerifiedNumber)
			}
			if tc.wantBad && !errors.Is(err, errRetry) {
				t.Fatalf("step error %v, want a retry", err)
			}
			if n := len(sink.list()); n != 0 {
				t.Fatalf("%d alerts for an upstream fault", n)
			}
			// Once the upstream tells the truth again, verification goes on.
			lie.set(nil)
			if err := stepUntil(t, v, 12); err != nil || v.Status().VerifiedNumber != 12 {
				t.Fatalf("after the lie stopped: head %d, err %v", v.Status().VerifiedNumber, err)
			}
		})
	}
}

func TestVerifier_InvalidConfirmedOnSecondUpstream(t *testing.T) {
	chain := newL2(t, 8)
	lie := newLiar(t, chain.URL())
	lie.set(newStateRootLie(t, 5).rewrite)

	t.Run("honest second upstream does not confirm", func(t *testing.T) {
		sink := &recordingSink{}
		v := newVerifier(t, chain, lie.URL(), chain.URL(), memStore(t), sink)
		err := stepUntil(t, v, 8)
		if !errors.Is(err, errRetry) || v.Status().VerifiedNumber != 4 || len(sink.list()) != 0 {
			t.Fatalf("head %d, err %v, %d alerts; want head 4, a retry, no alert", v.Status().VerifiedNumber, err, len(sink.list()))
		}
	})
	t.Run("second upstream serving the same block confirms", func(t *testing.T) {
		sink := &recordingSink{}
		v := newVerifier(t, chain, lie.URL(), lie.URL(), memStore(t), sink)
		if err := stepUntil(t, v, 8); err != nil {
			t.Fatal(err)
		}
		if got := sink.list(); len(got) != 1 || got[0].Block != 5 {
			t.Fatalf("alerts %+v, want one for block 5", got)
		}
	})
}

func TestVerifier_RestartResumesWithoutGapsOrDuplicateAlerts(t *testing.T) {
	chain := newL2(t, 40)
	lie := newLiar(t, chain.URL())
	lie.set(newStateRootLie(t, 31).rewrite)
	dir := t.TempDir()
	sink := &recordingSink{}

	run := func(until uint64) Status {
		store, err := kv.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		v := newVerifier(t, chain, lie.URL(), "", store, sink)
		if err := stepUntil(t, v, until); err != nil {
			t.Fatal(err)
		}
		return v.Status()
	}
	if st := run(15); st.VerifiedNumber != 15 {
		t.Fatalf("first run stopped at %d", st.VerifiedNumber)
	}
	if st := run(40); st.VerifiedNumber != 30 || st.Halted == nil {
		t.Fatalf("second run: head %d halted %v, want 30 and halted", st.VerifiedNumber, st.Halted != nil)
	}
	st := run(40)
	if st.VerifiedNumber != 30 || st.Halted == nil || st.Halted.Block != 31 {
		t.Fatalf("third run: %+v", st)
	}
	if got := sink.list(); len(got) != 1 {
		t.Fatalf("%d alerts over three runs, want 1", len(got))
	}
}

func TestVerifier_AlertDeliveryRetriedUntilItSucceeds(t *testing.T) {
	chain := newL2(t, 6)
	lie := newLiar(t, chain.URL())
	lie.set(newStateRootLie(t, 3).rewrite)
	sink := &recordingSink{fail: errors.New("signer down")}
	v := newVerifier(t, chain, lie.URL(), "", memStore(t), sink)
	if err := stepUntil(t, v, 6); !errors.Is(err, errRetry) {
		t.Fatalf("undeliverable alert: err %v, want a retry", err)
	}
	sink.mu.Lock()
	sink.fail = nil
	sink.mu.Unlock()
	if _, err := v.Step(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := sink.list(); len(got) != 1 || got[0].Block != 3 {
		t.Fatalf("alerts after the signer came back: %+v", got)
	}
	if _, err := v.Step(context.Background()); err != nil || len(sink.list()) != 1 {
		t.Fatalf("re-delivered: %d alerts, err %v", len(sink.list()), err)
	}
}

func TestVerifier_StartStop(t *testing.T) {
	chain := newL2(t, 5)
	v := newVerifier(t, chain, chain.URL(), "", memStore(t), &recordingSink{})
	v.cfg.PollInterval = 10 * time.Millisecond
	ctx := context.Background()
	if err := v.Start(ctx); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for v.Status().VerifiedNumber < 5 {
		if time.Now().After(deadline) {
			t.Fatalf("verified only %d of 5 blocks", v.Status().VerifiedNumber)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := v.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if err := v.Stop(ctx); err != nil {
		t.Fatalf("second Stop: %v", err)
	}
}

// Blocks with nothing but the L1-info deposit do not touch the message passer, and op-geth's witness then lacks
// its account: the withdrawals root must come from the verified parent, not stall the verifier.
func TestVerifier_BlocksWithoutTrafficAreValid(t *testing.T) {
	chain, err := l2.New(l2.Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	for range 3 {
		if _, err := chain.BuildBlock(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	build(t, chain, l2.NewTraffic(chain, 2), 2)
	for range 2 {
		if _, err := chain.BuildBlock(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	v := newVerifier(t, chain, chain.URL(), "", memStore(t), &recordingSink{})
	if err := stepUntil(t, v, 7); err != nil || v.Status().VerifiedNumber != 7 {
		t.Fatalf("head %d, err %v", v.Status().VerifiedNumber, err)
	}
}

// An L2 reorg below the verified head: the verifier finds the common ancestor, reports the reorg and verifies the
// new branch, whether the new branch is longer or shorter than what it had verified.
func TestVerifier_ReorgBelowTheVerifiedHeadIsReverified(t *testing.T) {
	for _, tc := range []struct {
		name      string
		newBlocks int // built on block 6 after the reorg
	}{
		{"longer branch", 6},
		{"shorter branch", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			chain := newL2(t, 10)
			v := newVerifier(t, chain, chain.URL(), "", memStore(t), &recordingSink{})
			if err := stepUntil(t, v, 10); err != nil {
				t.Fatal(err)
			}
			oldHead := v.Status().VerifiedHash
			bc := chain.Backend().BlockChain()
			if err := bc.SetHead(6); err != nil {
				t.Fatal(err)
			}
			for range tc.newBlocks {
				if _, err := chain.BuildBlock(context.Background()); err != nil {
					t.Fatal(err)
				}
			}
			// The first step finds block 6 as the common ancestor.
			moved, err := v.Step(context.Background())
			if err != nil || !moved || v.Status().VerifiedNumber != 6 {
				t.Fatalf("after the reorg: moved=%v err=%v head %d, want a rewind to 6", moved, err, v.Status().VerifiedNumber)
			}
			want := uint64(6 + tc.newBlocks)
			if err := stepUntil(t, v, want); err != nil {
				t.Fatal(err)
			}
			st := v.Status()
			if st.VerifiedNumber != want || st.VerifiedHash != bc.CurrentBlock().Hash() || st.VerifiedHash == oldHead {
				t.Fatalf("head %d %s, want the new branch's %d %s", st.VerifiedNumber, st.VerifiedHash, want, bc.CurrentBlock().Hash())
			}
		})
	}
}

// A sequencer lying in any header field execution or the consensus rules decide is an invalid block: one alert,
// naming the field. (A lie that changes what execution reads, such as the timestamp, needs the liar's own
// witness; with the honest one the verdict is witness-incomplete, which is the right answer.)
func TestVerifier_HeaderLiesAreInvalid(t *testing.T) {
	chain := newL2(t, 6)
	honest := chain.Backend().BlockChain().GetBlockByNumber(5)
	for _, tc := range []struct {
		name, field string
		value       any
		mismatch    string
	}{
		{"gas used", "gasUsed", hexutil.Uint64(honest.GasUsed() + 1), "gas used"},
		{"receipt root", "receiptsRoot", lieHash(honest.ReceiptHash()), "receipt root"},
		{"base fee", "baseFeePerGas", (*hexutil.Big)(new(big.Int).Add(honest.BaseFee(), big.NewInt(1))), "baseFee"},
		{"withdrawals root", "withdrawalsRoot", lieHash(*honest.Header().WithdrawalsHash), "withdrawals root"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lie := newLiar(t, chain.URL())
			lie.set(func(method string, params []json.RawMessage, result json.RawMessage) json.RawMessage {
				if method != "eth_getBlockByNumber" || blockParam(params) != 5 {
					return result
				}
				return editBlock(t, result, true, func(m map[string]json.RawMessage) { m[tc.field] = mustJSON(t, tc.value) })
			})
			sink := &recordingSink{}
			v := newVerifier(t, chain, lie.URL(), "", memStore(t), sink)
			if err := stepUntil(t, v, 6); err != nil {
				t.Fatal(err)
			}
			got := sink.list()
			if len(got) != 1 || got[0].Block != 5 || v.Status().VerifiedNumber != 4 {
				t.Fatalf("alerts %+v, head %d; want one alert for block 5", got, v.Status().VerifiedNumber)
			}
			if !strings.Contains(strings.Join(got[0].Mismatches, "; "), tc.mismatch) {
				t.Fatalf("mismatches %v do not name %s", got[0].Mismatches, tc.mismatch)
			}
		})
	}
}
