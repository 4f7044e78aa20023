package alertstate

import (
	"context"
	"fmt"
	"maps"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
)

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
