package alertstate

import (
	"sync"
	"testing"
	"time"
)

func benchSnapshot() *Snapshot {
	s := &Snapshot{L1Block: 1, ObservedAt: time.Now(), Rollups: map[uint64]*Rollup{}}
	for id := uint64(900); id < 910; id++ {
		s.Rollups[id] = &Rollup{ChainID: id}
	}
	s.Rollups[901].Level = Confirmed
	return s
}

// BenchmarkWatcher_SnapshotLevel is the proxy's hot path: load the snapshot, look up a rollup's level, check
// staleness, from many goroutines at once.
func BenchmarkWatcher_SnapshotLevel(b *testing.B) {
	w := &Watcher{}
	w.snap.Store(benchSnapshot())
	now := time.Now()
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			s := w.Snapshot()
			if s.Level(901) != Confirmed || s.Stale(now, time.Hour) {
				b.Fatal("wrong state")
			}
		}
	})
}

// BenchmarkWatcher_SnapshotLevelMutexBaseline is the same lookup behind a read-write mutex, the design the atomic
// snapshot replaces.
func BenchmarkWatcher_SnapshotLevelMutexBaseline(b *testing.B) {
	var mu sync.RWMutex
	s := benchSnapshot()
	now := time.Now()
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			mu.RLock()
			ok := s.Level(901) == Confirmed && !s.Stale(now, time.Hour)
			mu.RUnlock()
			if !ok {
				b.Fatal("wrong state")
			}
		}
	})
}
