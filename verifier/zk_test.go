package verifier

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mach-avs/mach/avs/alert"
	avschain "github.com/mach-avs/mach/avs/chain"
	"github.com/mach-avs/mach/prover"
)

// earlyAlerts plays the ZK manager's early-alert calls (avs/chain's client is tested against the real contract).
type earlyAlerts struct {
	mu    sync.Mutex
	calls []prover.Claim
	fail  error
}

func (e *earlyAlerts) RaiseBlockMismatch(_ context.Context, invalid, expect common.Hash, l2Block uint64) (common.Hash, bool, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.fail != nil {
		return common.Hash{}, false, e.fail
	}
	e.calls = append(e.calls, prover.Claim{InvalidOutputRoot: invalid, ExpectOutputRoot: expect, L2BlockNumber: l2Block})
	return common.Hash{1}, len(e.calls) > 1, nil
}

func (e *earlyAlerts) RaiseOracleMismatch(_ context.Context, index uint64, expect common.Hash) (common.Hash, bool, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.fail != nil {
		return common.Hash{}, false, e.fail
	}
	idx := index
	e.calls = append(e.calls, prover.Claim{ExpectOutputRoot: expect, OutputIndex: &idx})
	return common.Hash{2}, len(e.calls) > 1, nil
}

// jobList records queued jobs, deduplicated by ID as the prover's queue is.
type jobList struct {
	mu   sync.Mutex
	jobs map[string]prover.Job
	adds int
}

func (l *jobList) Enqueue(_ context.Context, j prover.Job) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.jobs == nil {
		l.jobs = map[string]prover.Job{}
	}
	l.adds++
	l.jobs[j.ID] = j
	return nil
}

// A wrong output posted for block 8 (honest output at 4 before it): the sink posts the early alert naming output 1,
// and queues a job that proves block 8 from output 0 with blocks 5…8 and their witnesses, whose expected journal
// is the one the ZK manager will check. Emitting again (a crash before the verifier recorded it) queues nothing new.
func TestZKSink_OutputOracleMismatchPostsAndQueuesTheProofJob(t *testing.T) {
	chain := newL2(t, 10)
	bc := chain.Backend().BlockChain()
	honest := func(n uint64) common.Hash {
		b := bc.GetBlockByNumber(n)
		return OutputRootV0(b.Root(), *b.Header().WithdrawalsHash, b.Hash())
	}
	oracle := &postedOutputs{}
	oracle.post(Output{Root: honest(4), L2BlockNumber: 4})
	oracle.post(Output{Root: lieHash(honest(8)), L2BlockNumber: 8})

	ctx := context.Background()
	src, err := Dial(ctx, "l2", chain.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	alerts, jobs := &earlyAlerts{}, &jobList{}
	sink, err := NewZKSink(ZKSinkConfig{Alerter: alerts, Jobs: jobs, Source: src, Oracle: oracle, ChainConfig: chain.ChainConfig()})
	if err != nil {
		t.Fatal(err)
	}
	rec := &recordingSink{}
	v, err := New(Config{RollupChainID: chain.ChainConfig().ChainID.Uint64(), ChainConfig: chain.ChainConfig(),
		AnchorHash: chain.Genesis().Hash(), Oracle: oracle}, src, nil, memStore(t), Sinks{rec, sink})
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Init(ctx); err != nil {
		t.Fatal(err)
	}
	if err := stepUntil(t, v, 9); err != nil {
		t.Fatal(err)
	}
	if err := v.checkOutputs(ctx); err != nil {
		t.Fatal(err)
	}
	if len(rec.list()) != 1 {
		t.Fatalf("%d alerts, want 1", len(rec.list()))
	}
	if len(alerts.calls) != 1 || alerts.calls[0].OutputIndex == nil || *alerts.calls[0].OutputIndex != 1 || alerts.calls[0].ExpectOutputRoot != honest(8) {
		t.Fatalf("early alerts %+v, want output 1 expecting %s", alerts.calls, honest(8))
	}
	if len(jobs.jobs) != 1 {
		t.Fatalf("%d jobs queued, want 1", len(jobs.jobs))
	}
	var job prover.Job
	for _, j := range jobs.jobs {
		job = j
	}
	if err := job.Validate(); err != nil {
		t.Fatal(err)
	}
	b4 := bc.GetBlockByNumber(4)
	if cp := job.Checkpoint; cp.OutputIndex != 0 || cp.L2Block != 4 || cp.BlockHash != b4.Hash() || cp.OutputRoot != honest(4) {
		t.Fatalf("checkpoint %+v, want output 0 at block 4", cp)
	}
	in, err := prover.DecodeInput(job.Input)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Blocks) != 4 || len(in.Witnesses) != 4 {
		t.Fatalf("input has %d blocks and %d witnesses, want 4 (5…8)", len(in.Blocks), len(in.Witnesses))
	}
	for i, w := range in.Witnesses {
		if len(w.State) == 0 || len(w.Headers) == 0 {
			t.Errorf("witness of block %d is empty", 5+i)
		}
	}
	want := prover.Journal{RollupChainID: chain.ChainConfig().ChainID.Uint64(), CheckpointOutputRoot: honest(4),
		CheckpointL2Block: 4, L2BlockNumber: 8, OutputRoot: honest(8)}
	if got := job.ExpectedJournal(); got != want {
		t.Fatalf("expected journal %+v, want %+v", got, want)
	}

	// Again, as after a crash between the emit and its record.
	if err := sink.Emit(ctx, rec.list()[0]); err != nil {
		t.Fatal(err)
	}
	if len(jobs.jobs) != 1 || jobs.adds != 2 {
		t.Fatalf("after a second emit: %d jobs from %d enqueues, want the same job twice", len(jobs.jobs), jobs.adds)
	}
}

// An alert before any posted output has no checkpoint: the early alert is posted, no job, no error (the verifier
// must not retry forever). A failing L1 call is an error, so the verifier retries.
func TestZKSink_NoCheckpointAndL1Failure(t *testing.T) {
	chain := newL2(t, 3)
	ctx := context.Background()
	src, err := Dial(ctx, "l2", chain.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	b := chain.Backend().BlockChain().GetBlockByNumber(2)
	a := Alert{RollupChainID: chain.ChainConfig().ChainID.Uint64(), Block: 2, BlockHash: b.Hash(),
		ClaimedOutputRoot: common.Hash{0xaa}, ExpectedOutputRoot: common.Hash{0xbb}}
	a.Alert = blockMismatch(a)
	alerts, jobs := &earlyAlerts{}, &jobList{}
	sink, err := NewZKSink(ZKSinkConfig{Alerter: alerts, Jobs: jobs, Source: src, Oracle: &postedOutputs{}, ChainConfig: chain.ChainConfig()})
	if err != nil {
		t.Fatal(err)
	}
	if err := sink.Emit(ctx, a); err != nil {
		t.Fatal(err)
	}
	if len(alerts.calls) != 1 || alerts.calls[0].L2BlockNumber != 2 || len(jobs.jobs) != 0 {
		t.Fatalf("early alerts %+v, jobs %d", alerts.calls, len(jobs.jobs))
	}
	if _, err := sink.BuildJob(ctx, prover.Claim{RollupChainID: a.RollupChainID, L2BlockNumber: 2, ExpectOutputRoot: common.Hash{1}}, common.Hash{}); !errors.Is(err, ErrNoCheckpoint) {
		t.Fatalf("BuildJob without outputs: %v", err)
	}
	alerts.fail = &avschain.NotEarliestError{L2Block: 2, PendingL2Block: 1}
	if err := sink.Emit(ctx, a); err != nil {
		t.Fatalf("emit while an earlier block's alert is pending: %v (the earlier alert stands; no retry)", err)
	}
	alerts.fail = errors.New("L1 down")
	if err := sink.Emit(ctx, a); err == nil || !errors.Is(err, alerts.fail) {
		t.Fatalf("emit with L1 down: %v", err)
	}
}

func blockMismatch(a Alert) alert.BlockMismatch {
	return alert.BlockMismatch{InvalidOutputRoot: a.ClaimedOutputRoot, ExpectOutputRoot: a.ExpectedOutputRoot, L2BlockNumber: a.Block}
}
