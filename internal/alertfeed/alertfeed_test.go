package alertfeed

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mach-avs/mach/avs/alertstate"
	"github.com/mach-avs/mach/proxy"
)

type fixed struct{ s *alertstate.Snapshot }

func (f *fixed) Snapshot() *alertstate.Snapshot { return f.s }

func TestFeed_ConvertsLevelsAndStrongestAlertOncePerSnapshot(t *testing.T) {
	now := time.Now()
	early := alertstate.Alert{MessageHash: common.HexToHash("0x01"), Level: alertstate.Early, L1TxHash: common.HexToHash("0xa1"), SeenAt: now}
	confirmed := alertstate.Alert{MessageHash: common.HexToHash("0x02"), Level: alertstate.Confirmed, L1TxHash: common.HexToHash("0xa2"), SeenAt: now}
	src := &fixed{&alertstate.Snapshot{ObservedAt: now, Rollups: map[uint64]*alertstate.Rollup{
		901: {ChainID: 901, Level: alertstate.Confirmed, Alerts: []alertstate.Alert{early, confirmed}},
		902: {ChainID: 902, Level: alertstate.None},
		903: {ChainID: 903, Level: alertstate.Proved}, // proved, its events before the lookback: no listed alert
	}}}
	f := New(src)
	got := f.Snapshot()
	if !got.SyncedAt.Equal(now) || len(got.Rollups) != 2 {
		t.Fatalf("snapshot %+v", got)
	}
	if a := got.Rollups[901]; a.Level != proxy.LevelConfirmed || a.MessageHash != confirmed.MessageHash || a.L1TxHash != confirmed.L1TxHash {
		t.Fatalf("rollup 901: %+v", a)
	}
	if a := got.Rollups[903]; a.Level != proxy.LevelProved {
		t.Fatalf("rollup 903: %+v", a)
	}
	if testing.AllocsPerRun(100, func() { f.Snapshot() }) != 0 {
		t.Fatal("reading an unchanged snapshot allocates")
	}
	src.s = &alertstate.Snapshot{ObservedAt: now.Add(time.Second)}
	if got := f.Snapshot(); len(got.Rollups) != 0 || !got.SyncedAt.Equal(now.Add(time.Second)) {
		t.Fatalf("after the alert cleared: %+v", got)
	}
	if got := Convert(nil); got.Rollups == nil || !got.SyncedAt.IsZero() {
		t.Fatalf("nil snapshot: %+v", got)
	}
}
