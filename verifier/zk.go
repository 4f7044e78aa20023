package verifier

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/mach-avs/mach/avs/alert"
	"github.com/mach-avs/mach/avs/chain"
	"github.com/mach-avs/mach/prover"
)

// EarlyAlerter posts early alerts on the rollup's MachZkServiceManager (ZK mode) as an allowlisted operator. Both
// calls must be idempotent: already is true, and no transaction is sent, when the same alert is already pending
// or already proved.
type EarlyAlerter interface {
	RaiseBlockMismatch(ctx context.Context, invalid, expect common.Hash, l2Block uint64) (txHash common.Hash, already bool, err error)
	RaiseOracleMismatch(ctx context.Context, outputIndex uint64, expect common.Hash) (txHash common.Hash, already bool, err error)
}

// ErrNoCheckpoint means no output accepted on L1 precedes the alerted block, so no proof can start from one. The
// early alert stands; it expires unproved after the manager's prove window.
var ErrNoCheckpoint = errors.New("no L2OutputOracle output before the alerted block to prove from")

// ZKSink is the verifier's ZK-mode alert sink: it posts the early alert on the ZK service manager, then builds the
// proof job (the blocks from the last output posted before the alerted block, with their execution witnesses) and
// hands it to the prover. Emit is idempotent: the alert is not posted twice and the job ID is the alert's.
type ZKSink struct {
	alerter EarlyAlerter
	jobs    prover.Enqueuer
	src     *Source
	oracle  OutputOracle
	config  *params.ChainConfig
	log     *slog.Logger
	now     func() time.Time
	// maxBlocks bounds a job's input: a proof spanning more blocks than this is not attempted.
	maxBlocks uint64
}

// ZKSinkConfig is what a ZKSink needs. Jobs may be nil: then the early alert is posted and no proof is sought.
type ZKSinkConfig struct {
	Alerter EarlyAlerter
	Jobs    prover.Enqueuer
	// Source is the L2 blocks and witnesses of the job are read from (untrusted: the input is checked block by
	// block against the hash chain from the checkpoint, and the proof itself is the authority).
	Source *Source
	// Oracle is the rollup's L2OutputOracle: the checkpoint is the last output posted before the alerted block.
	Oracle      OutputOracle
	ChainConfig *params.ChainConfig
	// MaxBlocks bounds the blocks of one job (default 10,000).
	MaxBlocks uint64
	Logger    *slog.Logger
}

// NewZKSink checks cfg and returns the sink.
func NewZKSink(cfg ZKSinkConfig) (*ZKSink, error) {
	switch {
	case cfg.Alerter == nil:
		return nil, errors.New("verifier: ZK sink without an early alerter")
	case cfg.Jobs != nil && (cfg.Source == nil || cfg.Oracle == nil || cfg.ChainConfig == nil):
		return nil, errors.New("verifier: a ZK sink that queues proof jobs needs the L2 source, the L2OutputOracle and the chain config")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.MaxBlocks == 0 {
		cfg.MaxBlocks = 10_000
	}
	return &ZKSink{alerter: cfg.Alerter, jobs: cfg.Jobs, src: cfg.Source, oracle: cfg.Oracle, config: cfg.ChainConfig,
		log: cfg.Logger, now: time.Now, maxBlocks: cfg.MaxBlocks}, nil
}

// Emit implements AlertSink: the early alert first (it is what trips proxies at the early level), then the job.
func (z *ZKSink) Emit(ctx context.Context, a Alert) error {
	claim, err := ClaimOf(a)
	if err != nil {
		return err
	}
	var tx common.Hash
	var already bool
	if claim.OutputIndex != nil {
		tx, already, err = z.alerter.RaiseOracleMismatch(ctx, *claim.OutputIndex, claim.ExpectOutputRoot)
	} else {
		tx, already, err = z.alerter.RaiseBlockMismatch(ctx, claim.InvalidOutputRoot, claim.ExpectOutputRoot, claim.L2BlockNumber)
	}
	if errors.Is(err, chain.ErrNotEarliest) {
		// A live alert for an earlier block stands: it is the one that counts (and is being proved). This later
		// finding adds nothing on the ZK manager; the BLS path still carries it.
		z.log.Warn("early alert not posted: an earlier block's alert is pending", "block", a.Block, "err", err)
		return nil
	}
	if err != nil {
		return fmt.Errorf("zk: early alert for block %d: %w", a.Block, err)
	}
	if already {
		z.log.Info("early alert already on L1", "block", a.Block, "expectOutputRoot", claim.ExpectOutputRoot)
	} else {
		z.log.Error("EARLY ALERT posted on L1", "block", a.Block, "tx", tx, "expectOutputRoot", claim.ExpectOutputRoot)
	}
	if z.jobs == nil {
		return nil
	}
	job, err := z.BuildJob(ctx, claim, a.BlockHash)
	if errors.Is(err, ErrNoCheckpoint) {
		z.log.Error("no proof job: the early alert cannot be proved", "block", a.Block, "err", err)
		return nil
	}
	if err != nil {
		return fmt.Errorf("zk: proof job for block %d: %w", a.Block, err)
	}
	if err := z.jobs.Enqueue(ctx, job); err != nil {
		return fmt.Errorf("zk: queue proof job %s: %w", job.ID, err)
	}
	z.log.Info("proof job queued", "job", job.ID, "block", a.Block, "checkpointBlock", job.Checkpoint.L2Block,
		"checkpointOutputIndex", job.Checkpoint.OutputIndex, "blocks", a.Block-job.Checkpoint.L2Block, "inputBytes", len(job.Input))
	return nil
}

// ClaimOf turns a verifier alert into what its early alert on L1 claims (its Claim.JobID names the proof job).
func ClaimOf(a Alert) (prover.Claim, error) {
	c := prover.Claim{RollupChainID: a.RollupChainID, L2BlockNumber: a.Block, ExpectOutputRoot: a.ExpectedOutputRoot,
		InvalidOutputRoot: a.ClaimedOutputRoot}
	switch al := a.Alert.(type) {
	case alert.BlockMismatch:
		if al.L2BlockNumber != a.Block || al.ExpectOutputRoot != a.ExpectedOutputRoot {
			return prover.Claim{}, fmt.Errorf("zk: alert for block %d is inconsistent with its evidence", a.Block)
		}
	case alert.OutputOracleMismatch:
		if a.OutputIndex == nil || *a.OutputIndex != al.InvalidOutputIndex {
			return prover.Claim{}, fmt.Errorf("zk: output oracle alert for block %d without its output index", a.Block)
		}
		idx := al.InvalidOutputIndex
		c.OutputIndex = &idx
	default:
		return prover.Claim{}, fmt.Errorf("zk: alert kind %T has no early alert", a.Alert)
	}
	return c, c.Validate()
}

// BuildJob builds the proof job of claim: the checkpoint is the last L2OutputOracle output before the alerted
// block (checked against the upstream's block, as an anchor is), the input is every block after it up to the
// alerted one with its execution witness. lastHash, when not zero, is the hash of the alerted block as the
// verifier saw it (a lying block is fetched by that hash, not by number).
func (z *ZKSink) BuildJob(ctx context.Context, claim prover.Claim, lastHash common.Hash) (prover.Job, error) {
	cp, err := z.checkpoint(ctx, claim.L2BlockNumber)
	if err != nil {
		return prover.Job{}, err
	}
	if n := claim.L2BlockNumber - cp.L2Block; n > z.maxBlocks {
		return prover.Job{}, fmt.Errorf("%w: %d blocks from the checkpoint at %d to block %d, more than the limit of %d",
			ErrNoCheckpoint, n, cp.L2Block, claim.L2BlockNumber, z.maxBlocks)
	}
	in := prover.Input{RollupChainID: claim.RollupChainID, Checkpoint: cp}
	for n := cp.L2Block + 1; n <= claim.L2BlockNumber; n++ {
		b, err := z.src.BlockByNumber(ctx, n)
		if n == claim.L2BlockNumber && lastHash != (common.Hash{}) {
			b, err = z.src.BlockByHash(ctx, lastHash)
		}
		if err != nil {
			return prover.Job{}, err
		}
		enc, err := rlp.EncodeToBytes(b)
		if err != nil {
			return prover.Job{}, fmt.Errorf("encode block %d: %w", n, err)
		}
		w, err := z.src.Witness(ctx, n)
		if err != nil {
			return prover.Job{}, err
		}
		wire, err := wireWitness(w)
		if err != nil {
			return prover.Job{}, fmt.Errorf("block %d: %w", n, err)
		}
		in.Blocks = append(in.Blocks, enc)
		in.Witnesses = append(in.Witnesses, wire)
	}
	return prover.NewJob(claim, cp, in, z.now())
}

// checkpoint finds the last output posted before block and checks the upstream's block against it.
func (z *ZKSink) checkpoint(ctx context.Context, block uint64) (prover.Checkpoint, error) {
	next, err := z.oracle.NextOutputIndex(ctx)
	if err != nil {
		return prover.Checkpoint{}, err
	}
	// Outputs are posted for increasing blocks: find the last index whose block is below, by bisection.
	lo, hi, found := uint64(0), next, false
	var idx uint64
	for lo < hi {
		mid := lo + (hi-lo)/2
		out, err := z.oracle.Output(ctx, mid)
		if err != nil {
			return prover.Checkpoint{}, err
		}
		if out.L2BlockNumber < block {
			idx, found, lo = mid, true, mid+1
		} else {
			hi = mid
		}
	}
	if !found {
		return prover.Checkpoint{}, fmt.Errorf("%w (block %d, %d outputs posted)", ErrNoCheckpoint, block, next)
	}
	// An output the upstream's block does not match is a wrong one (it may be what is being alerted): the proof
	// starts from the last output before it that is right.
	b, err := AnchorFromOutput(ctx, z.src, z.oracle, z.config, idx)
	for errors.Is(err, ErrAnchorMismatch) && idx > 0 {
		z.log.Warn("skipping a wrong output as the proof's checkpoint", "outputIndex", idx, "err", err)
		idx--
		b, err = AnchorFromOutput(ctx, z.src, z.oracle, z.config, idx)
	}
	if errors.Is(err, ErrAnchorMismatch) {
		return prover.Checkpoint{}, fmt.Errorf("%w: every output before block %d is wrong: %v", ErrNoCheckpoint, block, err)
	}
	if err != nil {
		return prover.Checkpoint{}, fmt.Errorf("checkpoint output %d: %w", idx, err)
	}
	mp := common.Hash{}
	if h := b.Header(); h.WithdrawalsHash != nil && z.config.IsOptimismIsthmus(h.Time) {
		mp = *h.WithdrawalsHash
	} else if mp, err = z.src.MessagePasserStorageRoot(ctx, b.NumberU64(), b.Root()); err != nil {
		return prover.Checkpoint{}, fmt.Errorf("checkpoint output %d: %w", idx, err)
	}
	cp := prover.Checkpoint{OutputIndex: idx, L2Block: b.NumberU64(), StateRoot: b.Root(), MessagePasserStorageRoot: mp,
		BlockHash: b.Hash()}
	cp.OutputRoot = prover.OutputRootV0(cp.StateRoot, cp.MessagePasserStorageRoot, cp.BlockHash)
	return cp, cp.Validate()
}

// wireWitness turns a witness into the prover's wire form (headers as RLP).
func wireWitness(w *Witness) (prover.Witness, error) {
	out := prover.Witness{Codes: w.Codes, State: w.State, Headers: make([][]byte, len(w.Headers))}
	for i, h := range w.Headers {
		enc, err := rlp.EncodeToBytes(h)
		if err != nil {
			return prover.Witness{}, fmt.Errorf("encode witness header %d: %w", i, err)
		}
		out.Headers[i] = enc
	}
	return out, nil
}
