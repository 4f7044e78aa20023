package alertstate

import (
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
)

func TestLevel_StringAndOrderMatchTheContractEnum(t *testing.T) {
	for _, tc := range []struct {
		level Level
		value uint8
		name  string
	}{{None, 0, "none"}, {Early, 1, "early"}, {Confirmed, 2, "confirmed"}, {Proved, 3, "proved"}, {Level(9), 9, "level(9)"}} {
		if uint8(tc.level) != tc.value || tc.level.String() != tc.name {
			t.Errorf("level %d = %q, want %d %q", tc.level, tc.level, tc.value, tc.name)
		}
	}
}

func TestSnapshot_LevelStaleAndStrongest(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	s := &Snapshot{ObservedAt: now, Rollups: map[uint64]*Rollup{
		901: {ChainID: 901, Level: Proved, Alerts: []Alert{
			{MessageHash: common.Hash{1}, Level: Confirmed, Source: SourceBLS},
			{MessageHash: common.Hash{2}, Level: Proved, Source: SourceZK},
			{MessageHash: common.Hash{3}, Level: Proved, Source: SourceZK},
		}},
		902: {ChainID: 902},
	}}
	var nilSnap *Snapshot
	for _, tc := range []struct {
		name string
		s    *Snapshot
		id   uint64
		want Level
	}{{"alerted", s, 901, Proved}, {"clean", s, 902, None}, {"unwatched", s, 903, None}, {"nil", nilSnap, 901, None}} {
		if got := tc.s.Level(tc.id); got != tc.want {
			t.Errorf("%s: Level(%d) = %s, want %s", tc.name, tc.id, got, tc.want)
		}
	}
	for _, tc := range []struct {
		name  string
		s     *Snapshot
		at    time.Time
		bound time.Duration
		want  bool
	}{
		{"fresh", s, now.Add(time.Second), 5 * time.Second, false},
		{"at the bound", s, now.Add(5 * time.Second), 5 * time.Second, false},
		{"past the bound", s, now.Add(5*time.Second + 1), 5 * time.Second, true},
		{"never observed", &Snapshot{}, now, time.Hour, true},
		{"nil", nilSnap, now, time.Hour, true},
	} {
		if got := tc.s.Stale(tc.at, tc.bound); got != tc.want {
			t.Errorf("%s: Stale = %v, want %v", tc.name, got, tc.want)
		}
	}
	r, _ := s.Rollup(901)
	if a, ok := r.Strongest(); !ok || a.MessageHash != (common.Hash{2}) {
		t.Errorf("Strongest = %+v, %v; want the first proved alert", a, ok)
	}
	r, _ = s.Rollup(902)
	if _, ok := r.Strongest(); ok {
		t.Error("Strongest of a rollup without alerts reported one")
	}
}

func TestConfig_ValidateReportsEveryProblemAtOnce(t *testing.T) {
	sm := common.HexToAddress("0x1")
	err := Config{
		ZkServiceManager: common.Address{}, Rollups: []uint64{901, 0, 901}, Confirmations: 65,
		PollInterval: -1, ReconcileInterval: -1, Timeout: -1,
	}.Validate()
	if err == nil {
		t.Fatal("invalid config accepted")
	}
	for _, want := range []string{"L1 client", "service manager", "rollups[1] is 0", "rollups[2] = 901 is listed twice",
		"confirmations = 65", "poll interval", "reconcile interval", "timeout"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	client := &ethclient.Client{}
	if err := (Config{L1: client, ServiceManager: sm, ZkServiceManager: sm}).Validate(); err == nil {
		t.Error("the same address for both managers accepted")
	}
	if err := (Config{L1: client, ServiceManager: sm, Confirmations: NoConfirmations}).Validate(); err != nil {
		t.Errorf("NoConfirmations rejected: %v", err)
	}
}

func TestConfig_Defaults(t *testing.T) {
	c := Config{}.withDefaults()
	if c.Confirmations != DefaultConfirmations || c.PollInterval != DefaultPollInterval || c.ReconcileInterval != DefaultReconcileInterval ||
		c.Timeout != DefaultTimeout || c.MaxRange != DefaultMaxRange || c.Lookback != DefaultLookback || c.Logger == nil || c.Metrics == nil {
		t.Fatalf("defaults = %+v", c)
	}
	if c := (Config{Confirmations: NoConfirmations}).withDefaults(); c.Confirmations != 0 {
		t.Fatalf("NoConfirmations became %d", c.Confirmations)
	}
	if c := (Config{Confirmations: 7}).withDefaults(); c.Confirmations != 7 {
		t.Fatalf("Confirmations 7 became %d", c.Confirmations)
	}
}

func TestPromMetrics_ExportsLevelsAgeErrorsAndDrift(t *testing.T) {
	reg := prometheus.NewRegistry()
	m, err := NewPromMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewPromMetrics(reg); err == nil {
		t.Fatal("registering twice on one registry succeeded")
	}
	m.RecordLevel(901, Proved)
	m.RecordObserved(42, time.Unix(1_700_000_000, 500_000_000))
	m.RecordL1Error()
	m.RecordL1Error()
	m.RecordDrift(902)
	for _, tc := range []struct {
		name, rollup string
		want         float64
	}{
		{MetricLevel, "901", 3},
		{MetricL1Block, "", 42},
		{MetricObservedAt, "", 1_700_000_000.5},
		{MetricL1Errors, "", 2},
		{MetricDrift, "902", 1},
	} {
		if got, ok := metricValue(t, reg, tc.name, tc.rollup); !ok || got != tc.want {
			t.Errorf("%s{rollup=%q} = %v (found %v), want %v", tc.name, tc.rollup, got, ok, tc.want)
		}
	}
	names := map[string]bool{}
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		names[f.GetName()] = true
	}
	for _, n := range []string{MetricLevel, MetricL1Block, MetricObservedAt, MetricL1Errors, MetricDrift} {
		if !names[n] {
			t.Errorf("metric %s is not exported (have %v)", n, names)
		}
	}
}

// metricValue reads a gauge or counter from reg, selecting by the rollup label when rollup is not empty.
func metricValue(t *testing.T, reg *prometheus.Registry, name, rollup string) (float64, bool) {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() != name {
			continue
		}
		for _, m := range f.GetMetric() {
			match := rollup == ""
			for _, l := range m.GetLabel() {
				if l.GetName() == labelRollup && l.GetValue() == rollup {
					match = true
				}
			}
			if !match {
				continue
			}
			if m.GetGauge() != nil {
				return m.GetGauge().GetValue(), true
			}
			return m.GetCounter().GetValue(), true
		}
	}
	return 0, false
}
