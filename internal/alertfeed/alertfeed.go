// Package alertfeed feeds the proxy's breaker from the L1 watcher: it turns avs/alertstate snapshots into
// proxy.AlertSnapshot, once per new snapshot, so the proxy's hot path stays one atomic load.
package alertfeed

import (
	"sync/atomic"

	"github.com/mach-avs/mach/avs/alertstate"
	"github.com/mach-avs/mach/proxy"
)

// Source is where snapshots come from (*alertstate.Watcher).
type Source interface {
	Snapshot() *alertstate.Snapshot
}

// Feed implements proxy.AlertState over a Source.
type Feed struct {
	src   Source
	cache atomic.Pointer[converted]
}

type converted struct {
	from *alertstate.Snapshot
	to   proxy.AlertSnapshot
}

var _ proxy.AlertState = (*Feed)(nil)

// New feeds from src.
func New(src Source) *Feed { return &Feed{src: src} }

// Snapshot implements proxy.AlertState: the conversion of the source's current snapshot, computed once per
// snapshot (racing callers may both convert; either result is the same).
func (f *Feed) Snapshot() proxy.AlertSnapshot {
	s := f.src.Snapshot()
	if c := f.cache.Load(); c != nil && c.from == s {
		return c.to
	}
	c := &converted{from: s, to: Convert(s)}
	f.cache.Store(c)
	return c.to
}

// Convert maps a watcher snapshot to the breaker's view: per rollup with a live alert, its level and strongest
// alert. A nil snapshot (never synced) has no rollups and a zero SyncedAt, which the breaker treats as stale.
func Convert(s *alertstate.Snapshot) proxy.AlertSnapshot {
	out := proxy.AlertSnapshot{Rollups: map[uint64]proxy.Alert{}}
	if s == nil {
		return out
	}
	out.SyncedAt = s.ObservedAt
	for id, r := range s.Rollups {
		if r == nil || r.Level == alertstate.None {
			continue
		}
		a := proxy.Alert{Level: Level(r.Level)}
		if best, ok := r.Strongest(); ok {
			a.MessageHash, a.L1TxHash, a.ObservedAt = best.MessageHash, best.L1TxHash, best.SeenAt
		}
		out.Rollups[id] = a
	}
	return out
}

// Level is the proxy's name for an alert state level.
func Level(l alertstate.Level) proxy.Level {
	switch l {
	case alertstate.Early:
		return proxy.LevelEarly
	case alertstate.Confirmed:
		return proxy.LevelConfirmed
	case alertstate.Proved:
		return proxy.LevelProved
	}
	return proxy.LevelNone
}
