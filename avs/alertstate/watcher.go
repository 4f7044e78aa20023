package alertstate

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

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

// round polls once: head, logs, views of the rollups that need it, publication. With reconcile every watched
// rollup is re-read. maxChunks bounds the log scan (0: no bound).
func (w *Watcher) round(ctx context.Context, reconcile bool, maxChunks int) error {
	now := time.Now()
	head, err := w.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read L1 head: %w", err)
	}
	safe := head
	if n := head.Number.Uint64(); w.cfg.Confirmations > 0 {
		safeN := uint64(0)
		if n > w.cfg.Confirmations {
			safeN = n - w.cfg.Confirmations
		}
		if safe, err = w.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(safeN)); err != nil {
			return fmt.Errorf("read L1 block %d: %w", safeN, err)
		}
	}
	safeN := safe.Number.Uint64()
	if !w.scanInit {
		w.next = max(w.cfg.StartBlock, safeN+1-min(w.cfg.Lookback, safeN+1))
		w.scanInit = true
	}

	old := w.snap.Load()
	full, drift := reconcile || old == nil, reconcile && old != nil
	if old != nil {
		reorged, err := w.reorged(ctx, old, safe)
		if err != nil {
			return err
		}
		if reorged {
			w.log.Warn("L1 reorg deeper than the confirmation depth; re-reading every rollup",
				"block", old.L1Block, "hash", old.L1Hash, "newBlock", safeN, "newHash", safe.Hash(), "confirmations", w.cfg.Confirmations)
			w.rewind(min(old.L1Block, safeN))
			full, drift = true, false
		}
		if !full && safeN == old.L1Block && len(w.dirty) == 0 {
			w.publish(&Snapshot{L1Block: old.L1Block, L1Hash: old.L1Hash, ObservedAt: now, Rollups: old.Rollups})
			return nil
		}
	}

	caughtUp, err := w.scan(ctx, safeN, maxChunks)
	if err != nil {
		return err
	}
	if !caughtUp { // the views are ahead of the scanned events: re-read everything
		full, drift = true, false
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(safeN)}
	if full && !w.fixed {
		if err := w.discover(opts); err != nil {
			return err
		}
	}
	// followed are the rollups re-read even without reconciliation: those events touched, those whose early
	// alert expires with time (no event), those whose linked ZK manager's events are not scanned. A change in
	// them is expected; a change anywhere else found by reconciliation is drift.
	followed := maps.Clone(w.dirty)
	if old != nil {
		for id, r := range old.Rollups {
			if hasEarly(r) {
				followed[id] = true
			}
		}
	}
	for id := range w.linked {
		followed[id] = true
	}
	ids := followed
	if full {
		ids = w.rollups
	}
	read := make(map[uint64]*Rollup, len(ids))
	for id := range ids {
		if !w.rollups[id] {
			continue
		}
		r, err := w.readRollup(opts, id)
		if err != nil {
			return err
		}
		read[id] = r
	}
	if caughtUp {
		w.prune(read)
	}

	next := &Snapshot{L1Block: safeN, L1Hash: safe.Hash(), ObservedAt: now, Rollups: make(map[uint64]*Rollup, len(w.rollups))}
	changed := old == nil
	for id := range w.rollups {
		var prev *Rollup
		if old != nil {
			prev = old.Rollups[id]
		}
		r, ok := read[id]
		if !ok {
			if prev != nil {
				next.Rollups[id] = prev
			}
			continue
		}
		keepSeenAt(r, prev, now)
		if prev != nil && equalRollup(prev, r) {
			next.Rollups[id] = prev
			continue
		}
		next.Rollups[id] = r
		if old == nil {
			continue
		}
		changed = true
		if prev == nil {
			w.log.Info("watching rollup", "rollup", id, "level", r.Level, "alerts", len(r.Alerts), "block", safeN)
			continue
		}
		if drift && !followed[id] {
			w.cfg.Metrics.RecordDrift(id)
			w.log.Warn("alert state drift: the views disagree with what events said; fixed from the views",
				"rollup", id, "level", levelOf(prev), "viewLevel", r.Level, "alerts", alertCount(prev), "viewAlerts", len(r.Alerts), "block", safeN)
		}
		w.logTransition(id, prev, r, safeN)
	}
	if !changed {
		next.Rollups = old.Rollups // same alert state: consumers may compare the maps to detect changes
	}
	w.publish(next)
	clear(w.dirty)
	if full {
		w.lastReconcile = now
	}
	for id, r := range next.Rollups {
		w.cfg.Metrics.RecordLevel(id, r.Level)
	}
	if changed && old != nil && w.cfg.OnChange != nil {
		w.cfg.OnChange(old, next)
	}
	return nil
}

func (w *Watcher) publish(s *Snapshot) {
	w.snap.Store(s)
	w.cfg.Metrics.RecordObserved(s.L1Block, s.ObservedAt)
}

func (w *Watcher) logTransition(id uint64, prev, r *Rollup, block uint64) {
	from := levelOf(prev)
	switch {
	case r.Level > from:
		w.log.Warn("rollup alert level rose", "rollup", id, "from", from, "to", r.Level, "alerts", len(r.Alerts), "block", block)
	case r.Level < from:
		w.log.Info("rollup alert level fell", "rollup", id, "from", from, "to", r.Level, "alerts", len(r.Alerts), "block", block)
	default:
		w.log.Info("rollup alerts changed", "rollup", id, "level", r.Level, "alerts", len(r.Alerts), "block", block)
	}
}

// reorged reports whether the block the last snapshot was read at is no longer on the chain that leads to safe.
func (w *Watcher) reorged(ctx context.Context, old *Snapshot, safe *types.Header) (bool, error) {
	n := safe.Number.Uint64()
	switch {
	case n < old.L1Block:
		return true, nil
	case n == old.L1Block:
		return safe.Hash() != old.L1Hash, nil
	case n == old.L1Block+1:
		return safe.ParentHash != old.L1Hash, nil
	}
	h, err := w.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(old.L1Block))
	if err != nil {
		return false, fmt.Errorf("read L1 block %d: %w", old.L1Block, err)
	}
	return h.Hash() != old.L1Hash, nil
}

// rewind moves the log scan back below a reorg at or before block and forgets what it learned there.
func (w *Watcher) rewind(block uint64) {
	from := w.cfg.StartBlock
	if block+1 > reorgRewind && block+1-reorgRewind > from {
		from = block + 1 - reorgRewind
	}
	w.next = min(w.next, from)
	for k, v := range w.bls {
		if v.block >= w.next {
			delete(w.bls, k)
		}
	}
	for k, v := range w.zkRaised {
		if v.alert.L1Block >= w.next {
			delete(w.zkRaised, k)
		}
	}
	kept := w.zkProved[:0]
	for _, a := range w.zkProved {
		if a.L1Block < w.next {
			kept = append(kept, a)
		}
	}
	w.zkProved = kept
}

// discover adds the rollups the service manager supports, the drill rollup and the ZK manager's rollup.
func (w *Watcher) discover(opts *bind.CallOpts) error {
	ids, err := w.sm.SupportedRollups(opts)
	if err != nil {
		return fmt.Errorf("read supportedRollups: %w", err)
	}
	for _, id := range ids {
		if id.IsUint64() && !w.rollups[id.Uint64()] {
			w.rollups[id.Uint64()] = true
			w.dirty[id.Uint64()] = true
		}
	}
	w.rollups[DrillRollupChainID] = true
	if w.zk != nil {
		w.rollups[w.zkRollup] = true
	}
	return nil
}

// watch reports whether rollup is watched; without a fixed list every rollup an event names becomes watched.
func (w *Watcher) watch(rollup uint64) bool {
	if !w.fixed {
		w.rollups[rollup] = true
	}
	return w.rollups[rollup]
}

// prune forgets transactions of alerts no longer live in the rollups just read (only once the scan has caught up
// with the block they were read at, so nothing learned ahead of the views is lost).
func (w *Watcher) prune(read map[uint64]*Rollup) {
	for k := range w.bls {
		r, ok := read[k.rollup]
		if !ok {
			continue
		}
		live := false
		for _, a := range r.Alerts {
			if a.Source == SourceBLS && a.MessageHash == k.hash {
				live = true
				break
			}
		}
		if !live {
			delete(w.bls, k)
		}
	}
	if r, ok := read[w.zkRollup]; ok && w.zk != nil {
		n := 0
		for _, a := range r.Alerts {
			if a.Source == SourceZK && a.Level == Proved {
				n++
			}
		}
		if n < len(w.zkProved) {
			w.zkProved = append([]Alert(nil), w.zkProved[len(w.zkProved)-n:]...)
		}
	}
}

// keepSeenAt carries each alert's SeenAt over from prev (same hash, source and level); new alerts get now.
func keepSeenAt(r, prev *Rollup, now time.Time) {
	for i := range r.Alerts {
		a := &r.Alerts[i]
		a.SeenAt = now
		if prev == nil {
			continue
		}
		for _, p := range prev.Alerts {
			if p.MessageHash == a.MessageHash && p.Source == a.Source && p.Level == a.Level {
				a.SeenAt = p.SeenAt
				break
			}
		}
	}
}

func hasEarly(r *Rollup) bool {
	if r == nil {
		return false
	}
	if r.Level == Early {
		return true
	}
	for _, a := range r.Alerts {
		if a.Level == Early {
			return true
		}
	}
	return false
}

func equalRollup(a, b *Rollup) bool {
	if a.ChainID != b.ChainID || a.Level != b.Level || len(a.Alerts) != len(b.Alerts) {
		return false
	}
	for i := range a.Alerts {
		if a.Alerts[i] != b.Alerts[i] {
			return false
		}
	}
	return true
}

func levelOf(r *Rollup) Level {
	if r == nil {
		return None
	}
	return r.Level
}

func alertCount(r *Rollup) int {
	if r == nil {
		return 0
	}
	return len(r.Alerts)
}

func alertedRollups(s *Snapshot) []uint64 {
	var ids []uint64
	for id, r := range s.Rollups {
		if r.Level != None {
			ids = append(ids, id)
		}
	}
	return ids
}
