// Package verifier follows an untrusted L2 from a trusted anchor, re-executes every block statelessly on the
// state it has already verified, and raises an alert on the earliest invalid block.
package verifier

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/mach-avs/mach/avs/alert"
	"github.com/mach-avs/mach/internal/kv"
)

// Store is the part of the embedded KV store the verifier persists its progress in.
type Store interface {
	Get(key []byte) ([]byte, error)
	Put(key, value []byte) error
	Delete(key []byte) error
	DeleteRange(start, end []byte) error
	Apply(fn func(w *kv.Write)) error
}

var _ Store = (*kv.Store)(nil)

// Config configures a Verifier.
type Config struct {
	// RollupChainID is the L2's chain ID; the upstreams must report it.
	RollupChainID uint64
	// ChainConfig is the L2's chain configuration (OP Stack forks, fee parameters).
	ChainConfig *params.ChainConfig
	// AnchorHash is a trusted L2 block hash (a block accepted on L1, or the genesis). Verification starts at its
	// child. Ignored when the store already holds progress.
	AnchorHash common.Hash
	// AnchorOutputIndex, instead of AnchorHash, anchors at the block of this output of Oracle (see
	// AnchorFromOutput); outputs checked start at the next one.
	AnchorOutputIndex *uint64
	// PollInterval is how often an idle verifier asks the upstream for new blocks (default 500ms).
	PollInterval time.Duration
	// RetryInterval is how long to wait after an incomplete witness, a bad upstream answer or an unconfirmed
	// invalid block before trying again (default 2s).
	RetryInterval time.Duration
	// ReorgDepth is how many verified blocks are remembered to find a common ancestor after an L2 reorg
	// (default 1024).
	ReorgDepth uint64
	// Oracle, when set, is read for posted output roots; each is compared with ours once its block is verified.
	Oracle OutputOracle
	// OracleStartIndex is the first output index checked on a fresh start (earlier ones predate the anchor).
	OracleStartIndex uint64
	// OracleInterval is how often the oracle is read (default 12s, one L1 block).
	OracleInterval time.Duration
	Logger         *slog.Logger
	Metrics        Metrics
}

func (c *Config) withDefaults() Config {
	out := *c
	if out.PollInterval <= 0 {
		out.PollInterval = 500 * time.Millisecond
	}
	if out.RetryInterval <= 0 {
		out.RetryInterval = 2 * time.Second
	}
	if out.OracleInterval <= 0 {
		out.OracleInterval = 12 * time.Second
	}
	if out.ReorgDepth == 0 {
		out.ReorgDepth = 1024
	}
	if out.Logger == nil {
		out.Logger = slog.New(slog.DiscardHandler)
	}
	if out.Metrics == nil {
		out.Metrics = NoopMetrics{}
	}
	return out
}

// Validate reports every problem at once.
func (c *Config) Validate() error {
	var errs []error
	if c.RollupChainID == 0 {
		errs = append(errs, errors.New("verifier: rollup chain ID is 0"))
	}
	if c.ChainConfig == nil {
		errs = append(errs, errors.New("verifier: no L2 chain config"))
	} else if c.ChainConfig.ChainID == nil || c.ChainConfig.ChainID.Uint64() != c.RollupChainID {
		errs = append(errs, fmt.Errorf("verifier: chain config is for chain %v, not rollup %d", c.ChainConfig.ChainID, c.RollupChainID))
	}
	switch {
	case c.AnchorHash == (common.Hash{}) && c.AnchorOutputIndex == nil:
		errs = append(errs, errors.New("verifier: no anchor; give a trusted L2 block hash (e.g. the genesis) or a finalized output index"))
	case c.AnchorHash != (common.Hash{}) && c.AnchorOutputIndex != nil:
		errs = append(errs, errors.New("verifier: both an anchor block hash and an anchor output index; give one"))
	case c.AnchorOutputIndex != nil && c.Oracle == nil:
		errs = append(errs, errors.New("verifier: an anchor output index needs the output oracle"))
	}
	return errors.Join(errs...)
}

// Status is a snapshot of the verifier's progress.
type Status struct {
	VerifiedNumber uint64
	VerifiedHash   common.Hash
	UpstreamHead   uint64
	// Halted is set while the next block is invalid: nothing past it can be verified until the L2 replaces it.
	Halted *Alert
}

// Verifier follows one L2.
type Verifier struct {
	cfg       Config
	primary   *Source
	secondary *Source
	store     Store
	sink      AlertSink
	oracle    OutputOracle
	log       *slog.Logger

	mu     sync.Mutex
	head   *types.Header
	halted *Alert // the alert for the invalid block at head+1, once emitted
	upHead atomic.Uint64

	cancel  context.CancelFunc
	done    chan struct{}
	runErr  error
	stopped atomic.Bool
}

// New builds a verifier. secondary may be nil; when set, an invalid verdict is re-checked on it before alerting.
// It does no I/O: Start loads progress and fetches the anchor.
func New(cfg Config, primary, secondary *Source, store Store, sink AlertSink) (*Verifier, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if primary == nil || store == nil || sink == nil {
		return nil, errors.New("verifier: needs an upstream, a store and an alert sink")
	}
	c := cfg.withDefaults()
	return &Verifier{cfg: c, primary: primary, secondary: secondary, store: store, sink: sink, oracle: c.Oracle,
		log: c.Logger.With("rollup", c.RollupChainID)}, nil
}

// Keys in the store, per rollup.
func (v *Verifier) key(parts ...string) []byte {
	k := fmt.Sprintf("verifier/%d", v.cfg.RollupChainID)
	for _, p := range parts {
		k += "/" + p
	}
	return []byte(k)
}

func (v *Verifier) headerKey(n uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], n)
	return append(v.key("header/"), b[:]...)
}

// Init loads progress from the store, or starts from the anchor. Start calls it; tests driving Step call it
// themselves.
func (v *Verifier) Init(ctx context.Context) error {
	raw, err := v.store.Get(v.key("head"))
	switch {
	case err == nil:
		var h types.Header
		if err := rlp.DecodeBytes(raw, &h); err != nil {
			return fmt.Errorf("verifier: stored head is corrupt: %w", err)
		}
		v.setHead(&h)
		v.log.Info("resuming", "block", h.Number.Uint64(), "hash", h.Hash())
	case errors.Is(err, kv.ErrNotFound):
		var anchor *types.Block
		if v.cfg.AnchorOutputIndex != nil {
			if anchor, err = AnchorFromOutput(ctx, v.primary, v.oracle, v.cfg.ChainConfig, *v.cfg.AnchorOutputIndex); err != nil {
				return fmt.Errorf("verifier: %w", err)
			}
			var b [8]byte
			binary.BigEndian.PutUint64(b[:], *v.cfg.AnchorOutputIndex+1)
			if err := v.store.Put(v.key("oracle/next"), b[:]); err != nil {
				return err
			}
		} else if anchor, err = v.primary.BlockByHash(ctx, v.cfg.AnchorHash); err != nil {
			return fmt.Errorf("verifier: fetch anchor %s: %w", v.cfg.AnchorHash, err)
		}
		var mp common.Hash
		if anchor.Header().WithdrawalsHash != nil && v.cfg.ChainConfig.IsOptimismIsthmus(anchor.Time()) {
			mp = *anchor.Header().WithdrawalsHash
		}
		if err := v.persistHead(anchor.Header(), mp); err != nil {
			return err
		}
		v.log.Info("starting from the anchor", "block", anchor.NumberU64(), "hash", anchor.Hash())
	default:
		return fmt.Errorf("verifier: read head: %w", err)
	}
	raw, err = v.store.Get(v.key("halted"))
	if err == nil {
		var a Alert
		if err := json.Unmarshal(raw, &a); err != nil {
			return fmt.Errorf("verifier: stored alert is corrupt: %w", err)
		}
		v.mu.Lock()
		v.halted = &a
		v.mu.Unlock()
		v.log.Warn("halted at an invalid block (alert already emitted)", "block", a.Block, "hash", a.BlockHash)
	} else if !errors.Is(err, kv.ErrNotFound) {
		return fmt.Errorf("verifier: read halted alert: %w", err)
	}
	return nil
}

func (v *Verifier) setHead(h *types.Header) {
	v.mu.Lock()
	v.head = h
	v.mu.Unlock()
	v.cfg.Metrics.VerifiedHead(h.Number.Uint64())
}

// persistHead records h as verified, atomically: its header under its number (for reorgs), its roots for the
// output oracle check (when one is configured), and the head. mpRoot is the message passer's storage root after
// h when known (Isthmus), else zero.
func (v *Verifier) persistHead(h *types.Header, mpRoot common.Hash) error {
	enc, err := rlp.EncodeToBytes(h)
	if err != nil {
		return err
	}
	n := h.Number.Uint64()
	err = v.store.Apply(func(w *kv.Write) {
		w.Put(v.headerKey(n), enc)
		if n > v.cfg.ReorgDepth {
			w.Delete(v.headerKey(n - v.cfg.ReorgDepth - 1))
		}
		if v.oracle != nil {
			w.Put(v.rootKey(n), rootRecord{Hash: h.Hash(), StateRoot: h.Root, MessagePasserRoot: mpRoot}.encode())
		}
		w.Put(v.key("head"), enc)
	})
	if err != nil {
		return fmt.Errorf("verifier: persist block %d: %w", n, err)
	}
	v.setHead(h)
	return nil
}

// Status returns a snapshot of progress.
func (v *Verifier) Status() Status {
	v.mu.Lock()
	defer v.mu.Unlock()
	s := Status{UpstreamHead: v.upHead.Load()}
	if v.head != nil {
		s.VerifiedNumber, s.VerifiedHash = v.head.Number.Uint64(), v.head.Hash()
	}
	if v.halted != nil {
		a := *v.halted
		s.Halted = &a
	}
	return s
}

// errRetry marks a step that must be retried after RetryInterval.
var errRetry = errors.New("retry later")

// Step tries to verify the next block. It returns true when the verified head moved (or a reorg rewound it), false
// when there is nothing to do yet; an error wrapping errRetry asks the caller to wait RetryInterval.
func (v *Verifier) Step(ctx context.Context) (bool, error) {
	v.mu.Lock()
	head, halted := v.head, v.halted
	v.mu.Unlock()
	next := head.Number.Uint64() + 1

	upHead, err := v.primary.Head(ctx)
	if err != nil {
		return false, fmt.Errorf("%w: %v", errRetry, err)
	}
	v.upHead.Store(upHead)
	v.cfg.Metrics.UpstreamHead(upHead)
	if upHead < next {
		if upHead < head.Number.Uint64() {
			// The upstream is behind us: a lagging node, or a reorg to a shorter chain.
			return v.rewind(ctx, head.Number.Uint64(), upHead)
		}
		return false, nil
	}
	block, err := v.primary.BlockByNumber(ctx, next)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	if errors.Is(err, ErrBadBlockData) {
		v.cfg.Metrics.BadUpstreamData()
		v.log.Warn("upstream answer rejected", "block", next, "upstream", v.primary.Name(), "err", err)
		return false, fmt.Errorf("%w: %w", errRetry, err)
	}
	if err != nil {
		v.log.Warn("upstream unreachable", "block", next, "upstream", v.primary.Name(), "err", err)
		return false, fmt.Errorf("%w: %w", errRetry, err)
	}
	if block.ParentHash() != head.Hash() {
		return v.rewind(ctx, head.Number.Uint64(), head.Number.Uint64())
	}
	if halted != nil && halted.BlockHash == block.Hash() {
		// Still the invalid block we alerted on; make sure the alert went out.
		return false, v.emit(ctx, *halted)
	}
	if halted != nil {
		v.log.Warn("the invalid block was replaced; verifying its replacement", "block", next, "invalid", halted.BlockHash, "replacement", block.Hash())
		if err := v.clearHalt(); err != nil {
			return false, err
		}
	}

	ex, err := v.execute(ctx, v.primary, head, block)
	if err != nil {
		return false, err
	}
	v.cfg.Metrics.Verdict(ex.Verdict, block.GasUsed(), ex.Elapsed)
	switch ex.Verdict {
	case Valid:
		if err := v.persistHead(block.Header(), ex.WithdrawalsRoot); err != nil {
			return false, err
		}
		v.log.Debug("block verified", "block", next, "hash", block.Hash(), "txs", len(block.Transactions()),
			"gas", block.GasUsed(), "elapsed", ex.Elapsed)
		return true, nil
	case WitnessIncomplete:
		if v.secondary != nil {
			if ex2, err := v.execute(ctx, v.secondary, head, block); err == nil && ex2.Verdict != WitnessIncomplete {
				v.log.Info("witness completed by the second upstream", "block", next, "upstream", v.secondary.Name())
				ex = ex2
				if ex.Verdict == Valid {
					if err := v.persistHead(block.Header(), ex.WithdrawalsRoot); err != nil {
						return false, err
					}
					return true, nil
				}
				return v.onInvalid(ctx, head, block, ex)
			}
		}
		v.log.Warn("witness incomplete; retrying", "block", next, "hash", block.Hash(), "upstream", v.primary.Name(),
			"missing", len(ex.Missing), "first", firstMissing(ex.Missing), "err", ex.Err)
		return false, fmt.Errorf("%w: block %d: witness incomplete", errRetry, next)
	default:
		return v.onInvalid(ctx, head, block, ex)
	}
}

func firstMissing(m []Missing) string {
	if len(m) == 0 {
		return ""
	}
	return m[0].String()
}

// execute fetches the witness of block from src and re-executes it.
func (v *Verifier) execute(ctx context.Context, src *Source, parent *types.Header, block *types.Block) (*Execution, error) {
	w, err := src.Witness(ctx, block.NumberU64())
	if err != nil {
		v.log.Warn("no witness", "block", block.NumberU64(), "upstream", src.Name(), "err", err)
		return nil, fmt.Errorf("%w: %v", errRetry, err)
	}
	ex, err := Execute(v.cfg.ChainConfig, parent, block, w)
	if err != nil {
		return nil, fmt.Errorf("verifier: block %d: %w", block.NumberU64(), err)
	}
	return ex, nil
}

// onInvalid confirms an invalid verdict on the second upstream (when configured), then persists and emits the
// alert, and halts: no descendant of an invalid block can be verified.
func (v *Verifier) onInvalid(ctx context.Context, head *types.Header, block *types.Block, ex *Execution) (bool, error) {
	n := block.NumberU64()
	v.log.Error("INVALID L2 block", "block", n, "hash", block.Hash(), "mismatches", ex.Mismatches)
	if v.secondary != nil && ex.Verdict == Invalid {
		b2, err := v.secondary.BlockByHash(ctx, block.Hash())
		if err != nil {
			v.log.Warn("invalid block not confirmed: the second upstream does not serve it", "block", n, "upstream", v.secondary.Name(), "err", err)
			return false, fmt.Errorf("%w: block %d: awaiting confirmation", errRetry, n)
		}
		ex2, err := v.execute(ctx, v.secondary, head, b2)
		if err != nil {
			return false, err
		}
		if ex2.Verdict != Invalid {
			v.log.Warn("invalid block not confirmed by the second upstream's witness", "block", n, "upstream", v.secondary.Name(), "verdict", ex2.Verdict)
			return false, fmt.Errorf("%w: block %d: second upstream says %s", errRetry, n, ex2.Verdict)
		}
	}
	a, err := v.newAlert(ctx, head, block, ex)
	if err != nil {
		return false, err
	}
	enc, err := json.Marshal(a)
	if err != nil {
		return false, err
	}
	// Persist first: after a crash between the two, Init finds the alert and Start emits it again.
	if err := v.store.Put(v.key("halted"), enc); err != nil {
		return false, fmt.Errorf("verifier: persist alert for block %d: %w", n, err)
	}
	v.mu.Lock()
	v.halted = a
	v.mu.Unlock()
	if err := v.emit(ctx, *a); err != nil {
		return false, err
	}
	return false, nil
}

// emit sends the alert and records that it went out.
func (v *Verifier) emit(ctx context.Context, a Alert) error {
	done, err := v.store.Get(v.key("emitted", a.Alert.MessageHash().Hex()))
	if err == nil && len(done) > 0 {
		return nil
	}
	if err := v.sink.Emit(ctx, a); err != nil {
		v.log.Error("alert not delivered; will retry", "block", a.Block, "alert", a.Alert.MessageHash(), "err", err)
		return fmt.Errorf("%w: emit alert for block %d: %v", errRetry, a.Block, err)
	}
	v.cfg.Metrics.AlertEmitted()
	v.log.Error("ALERT raised", "kind", a.Alert.Kind(), "block", a.Block, "hash", a.BlockHash, "alert", a.Alert.MessageHash(),
		"claimedOutputRoot", a.ClaimedOutputRoot, "expectedOutputRoot", a.ExpectedOutputRoot)
	return v.store.Put(v.key("emitted", a.Alert.MessageHash().Hex()), []byte{1})
}

func (v *Verifier) clearHalt() error {
	if err := v.store.Delete(v.key("halted")); err != nil {
		return err
	}
	v.mu.Lock()
	v.halted = nil
	v.mu.Unlock()
	return nil
}

// newAlert builds the BlockMismatch alert for an invalid block. The claimed output root is the one the header
// commits to; the expected one is built from the executed state and message passer roots and the hash the
// block would have had with the executed roots in its header.
func (v *Verifier) newAlert(ctx context.Context, parent *types.Header, block *types.Block, ex *Execution) (*Alert, error) {
	h := block.Header()
	claimedMP, expectedMP := ex.WithdrawalsRoot, ex.WithdrawalsRoot
	if h.WithdrawalsHash != nil && v.cfg.ChainConfig.IsOptimismIsthmus(h.Time) {
		claimedMP = *h.WithdrawalsHash
	} else {
		// Before Isthmus the header does not commit to the message passer: read it, proven against each root.
		var err error
		if claimedMP, err = v.primary.MessagePasserStorageRoot(ctx, block.NumberU64(), h.Root); err != nil {
			return nil, fmt.Errorf("%w: %v", errRetry, err)
		}
		expectedMP = claimedMP // execution did not compute it; the withdrawal root is not what differs here
	}
	fixed := types.CopyHeader(h)
	if ex.StateRoot != (common.Hash{}) {
		fixed.Root, fixed.ReceiptHash, fixed.GasUsed = ex.StateRoot, ex.ReceiptRoot, ex.GasUsed
		if fixed.WithdrawalsHash != nil {
			mp := expectedMP
			fixed.WithdrawalsHash = &mp
		}
	}
	a := &Alert{
		RollupChainID:      v.cfg.RollupChainID,
		Block:              block.NumberU64(),
		BlockHash:          block.Hash(),
		ClaimedStateRoot:   h.Root,
		ComputedStateRoot:  ex.StateRoot,
		ClaimedOutputRoot:  OutputRootV0(h.Root, claimedMP, block.Hash()),
		ExpectedOutputRoot: OutputRootV0(ex.StateRoot, expectedMP, fixed.Hash()),
		Mismatches:         ex.Mismatches,
		DetectedAt:         time.Now().UTC(),
	}
	a.Alert = alert.BlockMismatch{InvalidOutputRoot: a.ClaimedOutputRoot, ExpectOutputRoot: a.ExpectedOutputRoot, L2BlockNumber: a.Block}
	return a, nil
}

// rewind handles a reorg. top is our verified head; the search starts at from (≤ top): it walks back until the
// upstream's block at that height is the one we verified, and makes that the head. Blocks above it are verified
// again as the upstream now serves them. An upstream that is merely behind (its block at from is ours) changes
// nothing.
func (v *Verifier) rewind(ctx context.Context, top, from uint64) (bool, error) {
	for n := from; ; n-- {
		raw, err := v.store.Get(v.headerKey(n))
		if errors.Is(err, kv.ErrNotFound) {
			v.log.Error("L2 reorg deeper than the remembered history; the upstream's chain does not extend ours",
				"verifiedHead", top, "searchedDownTo", n+1, "upstream", v.primary.Name())
			return false, fmt.Errorf("%w: reorg below block %d", errRetry, n+1)
		}
		if err != nil {
			return false, err
		}
		var ours types.Header
		if err := rlp.DecodeBytes(raw, &ours); err != nil {
			return false, fmt.Errorf("verifier: stored block %d is corrupt: %w", n, err)
		}
		theirs, err := v.primary.BlockByNumber(ctx, n)
		if err != nil && !errors.Is(err, ErrNotFound) {
			return false, fmt.Errorf("%w: %v", errRetry, err)
		}
		if theirs != nil && theirs.Hash() == ours.Hash() {
			if n == top {
				// The upstream agrees on our head, yet its next block names another parent.
				v.cfg.Metrics.BadUpstreamData()
				v.log.Warn("upstream's next block does not extend its own previous block", "block", top+1, "upstream", v.primary.Name())
				return false, fmt.Errorf("%w: %w: block %d does not extend block %d on the same upstream", errRetry, ErrBadBlockData, top+1, top)
			}
			if n == from && v.upHead.Load() == from {
				return false, nil // the upstream is on our chain, just behind our head
			}
			if err := v.clearHalt(); err != nil {
				return false, err
			}
			v.cfg.Metrics.Reorg(top - n)
			v.log.Warn("L2 reorg below the verified head; re-verifying", "verifiedHead", top, "commonAncestor", n,
				"depth", top-n, "upstream", v.primary.Name())
			var mp common.Hash
			if ours.WithdrawalsHash != nil && v.cfg.ChainConfig.IsOptimismIsthmus(ours.Time) {
				mp = *ours.WithdrawalsHash
			}
			if err := v.persistHead(&ours, mp); err != nil {
				return false, err
			}
			return true, nil
		}
		if n == 0 {
			return false, fmt.Errorf("%w: the upstream's genesis differs from ours", errRetry)
		}
	}
}

// Start loads progress and follows the upstream until Stop.
func (v *Verifier) Start(ctx context.Context) error {
	if err := v.Init(ctx); err != nil {
		return err
	}
	runCtx, cancel := context.WithCancel(context.Background())
	v.cancel, v.done = cancel, make(chan struct{})
	go func() {
		defer close(v.done)
		defer func() {
			if r := recover(); r != nil {
				v.runErr = fmt.Errorf("verifier: panic: %v", r)
				v.log.Error("verifier crashed", "panic", r)
			}
		}()
		v.run(runCtx)
	}()
	return nil
}

func (v *Verifier) run(ctx context.Context) {
	if a := v.Status().Halted; a != nil {
		for ctx.Err() == nil {
			if err := v.emit(ctx, *a); err == nil {
				break
			}
			sleep(ctx, v.cfg.RetryInterval)
		}
	}
	var lastOracle time.Time
	for ctx.Err() == nil {
		if v.oracle != nil && time.Since(lastOracle) >= v.cfg.OracleInterval {
			lastOracle = time.Now()
			if err := v.checkOutputs(ctx); err != nil && ctx.Err() == nil {
				v.log.Warn("output oracle check failed; will retry", "err", err)
			}
		}
		moved, err := v.Step(ctx)
		switch {
		case ctx.Err() != nil:
			return
		case err != nil && errors.Is(err, errRetry):
			sleep(ctx, v.cfg.RetryInterval)
		case err != nil:
			v.log.Error("verifier step failed", "err", err)
			sleep(ctx, v.cfg.RetryInterval)
		case !moved:
			sleep(ctx, v.cfg.PollInterval)
		}
	}
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// Stop stops following and waits. It is safe to call more than once, and before Start.
func (v *Verifier) Stop(ctx context.Context) error {
	if v == nil || v.cancel == nil || !v.stopped.CompareAndSwap(false, true) {
		return nil
	}
	v.cancel()
	select {
	case <-v.done:
		return v.runErr
	case <-ctx.Done():
		return ctx.Err()
	}
}
