package alertstate

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mach-avs/mach/contracts/bindings/machservicemanager"
	"github.com/mach-avs/mach/contracts/bindings/machzkservicemanager"
)

// DrillRollupChainID is MachServiceManager.DRILL_ROLLUP_CHAIN_ID (type(uint64).max): alerts for it rehearse the
// whole path. Without Config.Rollups the watcher watches it too.
const DrillRollupChainID = ^uint64(0)

// maxChunksPerRound bounds how many eth_getLogs ranges one background round scans, so that catching up after a
// long outage publishes progress instead of timing out.
const maxChunksPerRound = 10

// reorgRewind is how many blocks the log scan steps back after a reorg deeper than Confirmations.
const reorgRewind = 64

// startAttempts is how many times Start tries the initial read once L1 has answered.
const startAttempts = 3

// pageSize is how many message hashes one queryMessageHashes call asks for.
const pageSize = 200

// maxRaised bounds how many raised ZK alerts the watcher remembers (to attribute their proofs).
const maxRaised = 32

// Watcher keeps the alert state of the watched rollups. Build it with New, run it with Start, end it with Stop.
type Watcher struct {
	cfg    Config
	log    *slog.Logger
	l1     L1
	sm     *machservicemanager.MachServiceManagerCaller
	smLogs *machservicemanager.MachServiceManagerFilterer
	zk     *machzkservicemanager.MachZkServiceManagerCaller // nil without a ZK manager
	zkLogs *machzkservicemanager.MachZkServiceManagerFilterer
	ev     eventIDs

	snap atomic.Pointer[Snapshot]

	// Loop state: owned by Start until the loop goroutine starts, then by it alone.
	zkRollup      uint64
	fixed         bool            // cfg.Rollups was given: watch exactly those
	rollups       map[uint64]bool // watched rollups
	scanInit      bool
	next          uint64             // next block whose logs to scan
	dirty         map[uint64]bool    // rollups events touched since the last publication
	bls           map[blsKey]txInfo  // L1 transaction of each BLS alert seen in events
	zkRaised      map[uint64]zkRaise // raised ZK alerts by L2 block
	zkProved      []Alert            // proved ZK alerts seen in events, oldest first
	linked        map[uint64]bool    // rollups with a ZK manager linked on chain other than the configured one
	lastReconcile time.Time
	down          time.Time // start of the current L1 outage; zero while L1 answers

	mu      sync.Mutex // guards started, stopped, cancel and done against concurrent Start and Stop
	started bool
	stopped atomic.Bool
	cancel  context.CancelFunc
	done    chan struct{}
}

type blsKey struct {
	rollup uint64
	hash   common.Hash
}

type txInfo struct {
	tx    common.Hash
	block uint64
}

type zkRaise struct {
	alert  Alert // Level Early
	expect common.Hash
}

// emptySnapshot is what Snapshot returns before Start has read L1: no rollups, never observed (always stale).
var emptySnapshot = &Snapshot{Rollups: map[uint64]*Rollup{}}

// New validates cfg and binds the contracts. It does no I/O.
func New(cfg Config) (*Watcher, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	ev, err := loadEventIDs()
	if err != nil {
		return nil, err
	}
	w := &Watcher{
		cfg:      cfg,
		log:      cfg.Logger,
		l1:       cfg.L1,
		ev:       ev,
		fixed:    len(cfg.Rollups) > 0,
		rollups:  map[uint64]bool{},
		dirty:    map[uint64]bool{},
		bls:      map[blsKey]txInfo{},
		zkRaised: map[uint64]zkRaise{},
		linked:   map[uint64]bool{},
	}
	for _, id := range cfg.Rollups {
		w.rollups[id] = true
	}
	if w.sm, err = machservicemanager.NewMachServiceManagerCaller(cfg.ServiceManager, cfg.L1); err != nil {
		return nil, fmt.Errorf("alertstate: %w", err)
	}
	// The filterers only parse logs the watcher fetched itself; they never call L1.
	if w.smLogs, err = machservicemanager.NewMachServiceManagerFilterer(cfg.ServiceManager, nil); err != nil {
		return nil, fmt.Errorf("alertstate: %w", err)
	}
	if cfg.ZkServiceManager != (common.Address{}) {
		if w.zk, err = machzkservicemanager.NewMachZkServiceManagerCaller(cfg.ZkServiceManager, cfg.L1); err != nil {
			return nil, fmt.Errorf("alertstate: %w", err)
		}
		if w.zkLogs, err = machzkservicemanager.NewMachZkServiceManagerFilterer(cfg.ZkServiceManager, nil); err != nil {
			return nil, fmt.Errorf("alertstate: %w", err)
		}
	}
	return w, nil
}

// Start checks the contracts exist, reads the state of every watched rollup from the views (scanning the last
// Lookback blocks for the alerts' transactions) and publishes the first snapshot, then keeps polling in the
// background until Stop. It returns an error, and starts nothing, if L1 cannot be reached or the contracts are
// missing; a read that fails after L1 answered is retried a few times, PollInterval apart. Each attempt is bounded
// by Config.Timeout as well as by ctx.
func (w *Watcher) Start(ctx context.Context) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.stopped.Load() {
		return errors.New("alertstate: watcher already stopped")
	}
	if w.started {
		return errors.New("alertstate: watcher already started")
	}
	ictx, cancel := context.WithTimeout(ctx, w.cfg.Timeout)
	err := w.init(ictx)
	cancel()
	if err != nil {
		return err
	}
	// L1 answered (init read code): a failing read now is more likely a node that lags or lost some state (a load
	// balancer's other backend) than an outage, so give it a few polls before giving up.
	// Every attempt is bounded by Timeout: a node may hold eth_getLogs until its log index catches up.
	for attempt := 1; ; attempt++ {
		actx, cancel := context.WithTimeout(ctx, w.cfg.Timeout)
		err = w.round(actx, true, 0)
		cancel()
		if err == nil {
			break
		}
		if attempt == startAttempts {
			return fmt.Errorf("alertstate: initial read from L1 (%d attempts): %w", attempt, err)
		}
		w.log.Warn("initial alert state read failed; retrying", "attempt", attempt, "err", err)
		select {
		case <-ctx.Done():
			return fmt.Errorf("alertstate: initial read from L1: %w (after %w)", ctx.Err(), err)
		case <-time.After(w.cfg.PollInterval):
		}
	}
	w.started = true
	s := w.snap.Load()
	w.log.Info("alert watcher started", "block", s.L1Block, "rollups", len(s.Rollups), "alerted", alertedRollups(s),
		"serviceManager", w.cfg.ServiceManager, "zkServiceManager", w.cfg.ZkServiceManager)

	loopCtx, cancel := context.WithCancel(context.Background())
	w.cancel, w.done = cancel, make(chan struct{})
	go w.loop(loopCtx)
	return nil
}

// init checks that the managers have code and reads the ZK manager's rollup.
func (w *Watcher) init(ctx context.Context) error {
	check := func(name string, addr common.Address) error {
		code, err := w.l1.CodeAt(ctx, addr, nil)
		if err != nil {
			return fmt.Errorf("alertstate: read code of %s %s: %w", name, addr, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("alertstate: no contract at %s %s on this L1; check the deployment file and the L1 URL", name, addr)
		}
		return nil
	}
	if err := check("MachServiceManager", w.cfg.ServiceManager); err != nil {
		return err
	}
	if w.zk == nil {
		return nil
	}
	if err := check("MachZkServiceManager", w.cfg.ZkServiceManager); err != nil {
		return err
	}
	id, err := w.zk.RollupChainID(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fmt.Errorf("alertstate: read rollupChainID of MachZkServiceManager %s: %w", w.cfg.ZkServiceManager, err)
	}
	if !id.IsUint64() || id.Sign() == 0 {
		return fmt.Errorf("alertstate: MachZkServiceManager %s watches rollup %s, not a 64-bit chain ID", w.cfg.ZkServiceManager, id)
	}
	w.zkRollup = id.Uint64()
	if w.fixed && !w.rollups[w.zkRollup] {
		w.log.Warn("ZK service manager's rollup is not among the watched rollups; its alerts are ignored",
			"rollup", w.zkRollup, "zkServiceManager", w.cfg.ZkServiceManager)
	}
	if !w.fixed {
		w.rollups[w.zkRollup] = true
	}
	return nil
}

// Stop stops the background loop and waits for it, or for ctx. It is nil-safe and idempotent (a Stop cut short by
// ctx may be called again); the last snapshot stays readable.
func (w *Watcher) Stop(ctx context.Context) error {
	if w == nil {
		return nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.stopped.Store(true)
	if w.cancel == nil {
		return nil
	}
	w.cancel()
	select {
	case <-w.done:
		w.cancel = nil
		return nil
	case <-ctx.Done():
		return fmt.Errorf("alertstate: stop: poll loop still running: %w", ctx.Err())
	}
}

// Stopped reports whether Stop has been called.
func (w *Watcher) Stopped() bool { return w != nil && w.stopped.Load() }

// Snapshot returns the current alert state. It is one atomic load: it never blocks and never calls L1. It never
// returns nil: before Start has read L1 it returns an empty snapshot that is always stale.
func (w *Watcher) Snapshot() *Snapshot {
	if w == nil {
		return emptySnapshot
	}
	if s := w.snap.Load(); s != nil {
		return s
	}
	return emptySnapshot
}

// loop polls until ctx ends.
func (w *Watcher) loop(ctx context.Context) {
	defer close(w.done)
	t := time.NewTicker(w.cfg.PollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		w.tick(ctx)
	}
}

// tick runs one round, turning failures into one warning per outage.
func (w *Watcher) tick(ctx context.Context) {
	var err error
	func() {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("poll round panicked: %v", r)
			}
		}()
		rctx, cancel := context.WithTimeout(ctx, w.cfg.Timeout)
		defer cancel()
		reconcile := time.Since(w.lastReconcile) >= w.cfg.ReconcileInterval
		err = w.round(rctx, reconcile, maxChunksPerRound)
	}()
	if err != nil {
		if ctx.Err() != nil {
			return // stopping
		}
		w.cfg.Metrics.RecordL1Error()
		s := w.Snapshot()
		if w.down.IsZero() {
			w.down = time.Now()
			w.log.Warn("L1 unreachable or failing; keeping the last alert snapshot", "err", err,
				"block", s.L1Block, "age", time.Since(s.ObservedAt).Round(time.Millisecond))
		} else {
			w.log.Debug("L1 still failing", "err", err, "block", s.L1Block)
		}
		return
	}
	if !w.down.IsZero() {
		w.log.Info("L1 reachable again; alert snapshot is current", "down", time.Since(w.down).Round(time.Millisecond),
			"block", w.Snapshot().L1Block)
		w.down = time.Time{}
	}
}
