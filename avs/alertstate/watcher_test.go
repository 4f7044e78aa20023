package alertstate

import (
	"context"
	"log/slog"
	"math/big"
	"net"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
)

func TestWatcher_ConfirmedAlertAppearsOnlyOnceConfirmationsDeepWithItsTx(t *testing.T) {
	w := newWorld(t)
	var (
		mu      sync.Mutex
		changes [][2]*Snapshot
	)
	const confirmations = 4
	wt := w.newWatcher(t, w.chain.Client(), Config{Confirmations: confirmations, OnChange: func(old, new *Snapshot) {
		mu.Lock()
		defer mu.Unlock()
		changes = append(changes, [2]*Snapshot{old, new})
	}})

	s := wt.Snapshot()
	for _, id := range []uint64{rollupA, rollupB, DrillRollupChainID} {
		r, ok := s.Rollup(id)
		if !ok {
			t.Fatalf("rollup %d is not watched; watched: %v", id, s.Rollups)
		}
		if r.Level != None || len(r.Alerts) != 0 {
			t.Fatalf("rollup %d starts at %s with %d alerts, want none", id, r.Level, len(r.Alerts))
		}
	}
	if s.Stale(time.Now(), 20*blockTime) {
		t.Fatalf("fresh snapshot is stale: observed at %v", s.ObservedAt)
	}

	c := w.confirm(t, rollupA, sampleAlert(1))
	s = waitSnapshot(t, wt, "confirmed alert", func(s *Snapshot) bool { return s.Level(rollupA) == Confirmed })
	head := w.head(t)
	if s.L1Block < c.block || s.L1Block+confirmations > head {
		t.Fatalf("snapshot at block %d shows an alert confirmed in block %d with head %d; want it %d blocks deep",
			s.L1Block, c.block, head, confirmations)
	}
	a, ok := findAlert(s, rollupA, c.hash)
	want := Alert{MessageHash: c.hash, Level: Confirmed, L1TxHash: c.tx, L1Block: c.block, Source: SourceBLS}
	if !ok || !same(a, want) {
		t.Fatalf("alert = %+v (found %v), want %+v", a, ok, want)
	}
	if s.Level(rollupB) != None || s.Level(DrillRollupChainID) != None {
		t.Fatalf("other rollups moved: %d=%s drill=%s", rollupB, s.Level(rollupB), s.Level(DrillRollupChainID))
	}

	mu.Lock()
	for _, ch := range changes {
		if ch[1].Level(rollupA) == Confirmed && ch[1].L1Block < c.block {
			t.Errorf("snapshot at block %d shows an alert confirmed later, in block %d", ch[1].L1Block, c.block)
		}
	}
	if len(changes) == 0 || changes[len(changes)-1][0].Level(rollupA) != None {
		t.Errorf("OnChange did not report the None→Confirmed transition: %d changes", len(changes))
	}
	mu.Unlock()

	// While nothing changes, later snapshots move ObservedAt only: same rollups map, same SeenAt.
	w.waitBlocks(t, 3)
	later := wt.Snapshot()
	if later.L1Block <= s.L1Block || !later.ObservedAt.After(s.ObservedAt) {
		t.Fatalf("snapshot did not advance: block %d→%d, observed %v→%v", s.L1Block, later.L1Block, s.ObservedAt, later.ObservedAt)
	}
	if reflect.ValueOf(later.Rollups).Pointer() != reflect.ValueOf(s.Rollups).Pointer() {
		t.Fatal("unchanged alert state was published in a new rollups map")
	}
	if b, _ := findAlert(later, rollupA, c.hash); !b.SeenAt.Equal(a.SeenAt) {
		t.Fatalf("SeenAt moved from %v to %v", a.SeenAt, b.SeenAt)
	}

	// The owner resolves it as a false alarm: back to None.
	removed := w.remove(t, rollupA, c.hash)
	s = waitSnapshot(t, wt, "removed alert", func(s *Snapshot) bool { return s.Level(rollupA) == None })
	if r, _ := s.Rollup(rollupA); len(r.Alerts) != 0 || s.L1Block < removed {
		t.Fatalf("after removeAlert in block %d: snapshot at %d has %d alerts", removed, s.L1Block, len(r.Alerts))
	}
}

func TestWatcher_RestartReadsLiveAlertsFromTheViews(t *testing.T) {
	w := newWorld(t)
	c1 := w.confirm(t, rollupA, sampleAlert(1))
	c2 := w.confirm(t, rollupA, sampleAlert(2))
	cd := w.confirm(t, DrillRollupChainID, sampleAlert(3))
	w.remove(t, rollupA, c1.hash)
	w.waitBlocks(t, 3)

	// A watcher started now finds the state in the views, and the transactions within its lookback.
	reg := prometheus.NewRegistry()
	metrics, err := NewPromMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	wt := w.newWatcher(t, w.chain.Client(), Config{Metrics: metrics})
	s := wt.Snapshot()
	if s.Level(rollupA) != Confirmed || s.Level(DrillRollupChainID) != Confirmed || s.Level(rollupB) != None {
		t.Fatalf("levels after start: %d=%s drill=%s %d=%s", rollupA, s.Level(rollupA), s.Level(DrillRollupChainID), rollupB, s.Level(rollupB))
	}
	r, _ := s.Rollup(rollupA)
	want := []Alert{{MessageHash: c2.hash, Level: Confirmed, L1TxHash: c2.tx, L1Block: c2.block, Source: SourceBLS}}
	if len(r.Alerts) != 1 || !same(r.Alerts[0], want[0]) {
		t.Fatalf("rollup %d alerts = %+v, want %+v", rollupA, r.Alerts, want)
	}
	if a, ok := findAlert(s, DrillRollupChainID, cd.hash); !ok || a.L1TxHash != cd.tx {
		t.Fatalf("drill alert = %+v (found %v), want tx %s", a, ok, cd.tx)
	}
	if got, _ := metricValue(t, reg, MetricLevel, "901"); got != float64(Confirmed) {
		t.Fatalf("%s{rollup=901} = %v, want %d", MetricLevel, got, Confirmed)
	}
	if got, _ := metricValue(t, reg, MetricL1Block, ""); got < float64(s.L1Block) {
		t.Fatalf("%s = %v, want at least %d", MetricL1Block, got, s.L1Block)
	}
	if err := wt.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}

	// With a lookback that misses the confirmation the level is the same, the transaction unknown.
	short := w.newWatcher(t, w.chain.Client(), Config{Lookback: 1, Rollups: []uint64{rollupA}})
	s = short.Snapshot()
	if a, ok := findAlert(s, rollupA, c2.hash); !ok || a.Level != Confirmed || a.L1TxHash != (common.Hash{}) {
		t.Fatalf("alert beyond the lookback = %+v (found %v), want Confirmed without a transaction", a, ok)
	}
	if _, ok := s.Rollup(DrillRollupChainID); ok || len(s.Rollups) != 1 {
		t.Fatalf("watcher with Rollups=[%d] watches %v", rollupA, s.Rollups)
	}
}

func TestWatcher_L1OutageKeepsTheLastSnapshotAndRecovers(t *testing.T) {
	w := newWorld(t)
	flaky := newFlakyL1(t, w.chain.URL())
	logs := &logRecorder{}
	metrics := &countingMetrics{}
	// Small log ranges: catching up after the outage takes several rounds (maxChunksPerRound ranges each).
	wt := w.newWatcher(t, flaky.client(t), Config{Logger: slog.New(logs), Metrics: metrics, Timeout: 10 * blockTime, MaxRange: 2})
	c1 := w.confirm(t, rollupA, sampleAlert(1))
	before := waitSnapshot(t, wt, "confirmed alert", func(s *Snapshot) bool { return s.Level(rollupA) == Confirmed })

	flaky.down.Store(true)
	waitFor(t, "failed polls", func() bool { return metrics.l1Errors.Load() >= 5 })
	during := wt.Snapshot()
	if during.Level(rollupA) != Confirmed || during.L1Block < before.L1Block {
		t.Fatalf("during the outage: level %s at block %d, want Confirmed at %d or later", during.Level(rollupA), during.L1Block, before.L1Block)
	}
	if !during.Stale(during.ObservedAt.Add(200*time.Millisecond), 100*time.Millisecond) {
		t.Fatal("Stale ignores the bound")
	}
	waitFor(t, "a stale snapshot", func() bool { return wt.Snapshot().Stale(time.Now(), 300*time.Millisecond) })
	if s := wt.Snapshot(); !s.ObservedAt.Equal(during.ObservedAt) {
		t.Fatalf("ObservedAt moved during the outage: %v → %v", during.ObservedAt, s.ObservedAt)
	}

	// L1 moves on while the watcher cannot see it.
	c2 := w.confirm(t, rollupB, sampleAlert(2))
	w.remove(t, rollupA, c1.hash)
	if n := logs.count(slog.LevelWarn, "L1 unreachable"); n != 1 {
		t.Fatalf("%d outage warnings over %d failed polls, want 1", n, metrics.l1Errors.Load())
	}

	w.waitBlocks(t, 2*maxChunksPerRound*2) // more blocks than one round scans
	outageEnd := w.head(t)
	flaky.down.Store(false)
	s := waitSnapshot(t, wt, "recovery", func(s *Snapshot) bool {
		return s.Level(rollupA) == None && s.Level(rollupB) == Confirmed
	})
	if _, ok := findAlert(s, rollupB, c2.hash); !ok || s.L1Block+2 < outageEnd {
		t.Fatalf("first snapshot after the outage at block %d (outage ended at %d): %+v", s.L1Block, outageEnd, s.Rollups[rollupB])
	}
	s = waitSnapshot(t, wt, "the log scan to catch up", func(s *Snapshot) bool {
		a, _ := findAlert(s, rollupB, c2.hash)
		return a.L1TxHash == c2.tx
	})
	if a, _ := findAlert(s, rollupB, c2.hash); a.L1Block != c2.block {
		t.Fatalf("alert confirmed during the outage = %+v, want block %d", a, c2.block)
	}
	if s.Stale(time.Now(), 20*blockTime) {
		t.Fatal("snapshot still stale after recovery")
	}
	waitFor(t, "recovery log", func() bool { return logs.count(slog.LevelInfo, "L1 reachable again") == 1 })
}

func TestWatcher_ReconcileFixesMissedEventsAndCountsDrift(t *testing.T) {
	w := newWorld(t)
	flaky := newFlakyL1(t, w.chain.URL())
	flaky.dropLogs.Store(true) // a node that serves state but lost its log index
	logs := &logRecorder{}
	metrics := &countingMetrics{}
	wt := w.newWatcher(t, flaky.client(t), Config{ReconcileInterval: 500 * time.Millisecond, Logger: slog.New(logs), Metrics: metrics})

	c := w.confirm(t, rollupA, sampleAlert(1))
	s := waitSnapshot(t, wt, "reconciled alert", func(s *Snapshot) bool { return s.Level(rollupA) == Confirmed })
	if a, ok := findAlert(s, rollupA, c.hash); !ok || a.L1TxHash != (common.Hash{}) {
		t.Fatalf("alert = %+v (found %v); without logs its transaction cannot be known", a, ok)
	}
	if metrics.driftOf(rollupA) != 1 || logs.count(slog.LevelWarn, "alert state drift") != 1 {
		t.Fatalf("drift recorded %d times, logged %d times; want 1", metrics.driftOf(rollupA), logs.count(slog.LevelWarn, "alert state drift"))
	}
	if metrics.driftOf(rollupB) != 0 {
		t.Fatalf("drift recorded for untouched rollup %d", rollupB)
	}
}

func TestWatcher_ReorgDeeperThanConfirmationsIsDetectedAndReread(t *testing.T) {
	w := newWorld(t)
	c := w.confirm(t, rollupA, sampleAlert(1))
	w.waitBlocks(t, 3)
	flaky := newFlakyL1(t, w.chain.URL())
	logs := &logRecorder{}
	wt := w.newWatcher(t, flaky.client(t), Config{Logger: slog.New(logs), ReconcileInterval: time.Hour})
	if a, ok := findAlert(wt.Snapshot(), rollupA, c.hash); !ok || a.L1TxHash != c.tx {
		t.Fatalf("alert at start = %+v (found %v)", a, ok)
	}

	// The watcher reads a block that then turns out to be replaced.
	forked := w.head(t) + 3
	flaky.forkAt.Store(forked)
	waitFor(t, "the watcher to read the forked block", func() bool { return flaky.forkAt.Load() == 0 })
	waitFor(t, "the reorg warning", func() bool { return logs.count(slog.LevelWarn, "L1 reorg") == 1 })
	s := waitSnapshot(t, wt, "a snapshot past the fork", func(s *Snapshot) bool { return s.L1Block > forked+2 })
	// The rescan after the rewind found the confirmation again.
	if a, ok := findAlert(s, rollupA, c.hash); !ok || a.L1TxHash != c.tx || s.Level(rollupA) != Confirmed {
		t.Fatalf("alert after the reorg = %+v (found %v), level %s", a, ok, s.Level(rollupA))
	}
	if n := logs.count(slog.LevelWarn, "L1 reorg"); n != 1 {
		t.Fatalf("%d reorg warnings for one replaced block", n)
	}
}

func TestWatcher_WatchesRollupsAddedAfterStart(t *testing.T) {
	w := newWorld(t)
	var mu sync.Mutex
	var transitions []Level
	wt := w.newWatcher(t, w.chain.Client(), Config{ReconcileInterval: time.Hour, OnChange: func(old, new *Snapshot) {
		mu.Lock()
		defer mu.Unlock()
		if new.Level(903) != old.Level(903) {
			transitions = append(transitions, new.Level(903))
		}
	}})
	if _, ok := wt.Snapshot().Rollup(903); ok {
		t.Fatal("rollup 903 watched before it is supported")
	}
	if _, err := w.owner.Do(context.Background(), "addSupportedRollup", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return w.sm.AddSupportedRollup(o, big.NewInt(903))
	}); err != nil {
		t.Fatal(err)
	}
	waitSnapshot(t, wt, "the new rollup", func(s *Snapshot) bool { _, ok := s.Rollup(903); return ok })
	c := w.confirm(t, 903, sampleAlert(9))
	s := waitSnapshot(t, wt, "its alert", func(s *Snapshot) bool { return s.Level(903) == Confirmed })
	if a, ok := findAlert(s, 903, c.hash); !ok || a.L1TxHash != c.tx {
		t.Fatalf("alert = %+v (found %v), want tx %s", a, ok, c.tx)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(transitions) != 1 || transitions[0] != Confirmed {
		t.Fatalf("OnChange saw rollup 903 go through %v, want [confirmed]", transitions)
	}
}

func TestWatcher_StartFailsWithoutL1OrContract(t *testing.T) {
	// A port nothing listens on.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close()
	client, err := ethclient.Dial("http://" + addr)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	wt, err := New(Config{L1: client, ServiceManager: common.HexToAddress("0x1"), Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := wt.Start(ctx); err == nil {
		t.Fatal("Start succeeded without an L1")
	}
	if s := wt.Snapshot(); s == nil || len(s.Rollups) != 0 || !s.Stale(time.Now(), time.Hour) {
		t.Fatalf("snapshot after a failed Start = %+v, want empty and stale", s)
	}
	if err := wt.Stop(ctx); err != nil {
		t.Fatal(err)
	}

	w := newWorld(t)
	wt, err = New(Config{L1: w.chain.Client(), ServiceManager: common.HexToAddress("0x1234"), Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	if err := wt.Start(ctx); err == nil || !strings.Contains(err.Error(), "no contract") {
		t.Fatalf("Start against an address without code = %v, want a 'no contract' error", err)
	}
}

func TestWatcher_StopIsNilSafeIdempotentAndKeepsTheSnapshot(t *testing.T) {
	var nilWatcher *Watcher
	if err := nilWatcher.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if s := nilWatcher.Snapshot(); s == nil || s.Level(rollupA) != None {
		t.Fatal("nil watcher's snapshot")
	}

	w := newWorld(t)
	wt := w.newWatcher(t, w.chain.Client(), Config{})
	for range 2 {
		if err := wt.Stop(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	s := wt.Snapshot()
	w.waitBlocks(t, 3)
	if !wt.Stopped() || wt.Snapshot() != s || s.L1Block == 0 {
		t.Fatal("the watcher still polls after Stop, or dropped its snapshot")
	}
	if err := wt.Start(context.Background()); err == nil {
		t.Fatal("Start after Stop succeeded")
	}
}
