package alertstate

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics receives the watcher's measurements (Config.Metrics). NoopMetrics discards them, PromMetrics exports them
// to Prometheus. Methods are called from the watcher's goroutine and must not block.
type Metrics interface {
	// RecordLevel is called with each watched rollup's level whenever the alert state was re-read.
	RecordLevel(rollup uint64, level Level)
	// RecordObserved is called when a poll succeeds, with the L1 block the state was read at.
	RecordObserved(l1Block uint64, at time.Time)
	// RecordL1Error is called when a poll fails (L1 unreachable or misbehaving).
	RecordL1Error()
	// RecordDrift is called when reconciliation found a rollup whose state differed from what events said.
	RecordDrift(rollup uint64)
}

// NoopMetrics is a Metrics that records nothing.
type NoopMetrics struct{}

// RecordLevel implements Metrics.
func (NoopMetrics) RecordLevel(uint64, Level) {}

// RecordObserved implements Metrics.
func (NoopMetrics) RecordObserved(uint64, time.Time) {}

// RecordL1Error implements Metrics.
func (NoopMetrics) RecordL1Error() {}

// RecordDrift implements Metrics.
func (NoopMetrics) RecordDrift(uint64) {}

var (
	_ Metrics = NoopMetrics{}
	_ Metrics = (*PromMetrics)(nil)
)

// Metric names (namespace mach, subsystem alertstate).
const (
	MetricLevel      = "mach_alertstate_level"
	MetricL1Block    = "mach_alertstate_l1_block"
	MetricObservedAt = "mach_alertstate_observed_timestamp_seconds"
	MetricL1Errors   = "mach_alertstate_l1_errors_total"
	MetricDrift      = "mach_alertstate_drift_total"
	labelRollup      = "rollup"
	metricsNamespace = "mach"
	metricsSubsystem = "alertstate"
)

// PromMetrics exports the watcher's measurements to Prometheus.
type PromMetrics struct {
	level      *prometheus.GaugeVec
	l1Block    prometheus.Gauge
	observedAt prometheus.Gauge
	l1Errors   prometheus.Counter
	drift      *prometheus.CounterVec
}

// NewPromMetrics registers the watcher's metrics on reg (the registry of the role that runs the watcher).
func NewPromMetrics(reg prometheus.Registerer) (*PromMetrics, error) {
	if reg == nil {
		return nil, errors.New("alertstate: metrics need a Prometheus registerer")
	}
	opts := func(name, help string) prometheus.Opts {
		return prometheus.Opts{Namespace: metricsNamespace, Subsystem: metricsSubsystem, Name: name, Help: help}
	}
	m := &PromMetrics{
		level: prometheus.NewGaugeVec(prometheus.GaugeOpts(opts("level",
			"Alert level per rollup: 0 none, 1 early, 2 confirmed, 3 proved.")), []string{labelRollup}),
		l1Block: prometheus.NewGauge(prometheus.GaugeOpts(opts("l1_block",
			"L1 block the alert state was last read at (head minus confirmations)."))),
		observedAt: prometheus.NewGauge(prometheus.GaugeOpts(opts("observed_timestamp_seconds",
			"Unix time of the last successful L1 poll; time() minus this is the snapshot's age."))),
		l1Errors: prometheus.NewCounter(prometheus.CounterOpts(opts("l1_errors_total",
			"Polls that failed: L1 unreachable or misbehaving; the last snapshot is kept."))),
		drift: prometheus.NewCounterVec(prometheus.CounterOpts(opts("drift_total",
			"Reconciliations that found a rollup's state differing from what events said.")), []string{labelRollup}),
	}
	for _, c := range []prometheus.Collector{m.level, m.l1Block, m.observedAt, m.l1Errors, m.drift} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("alertstate: register metrics: %w", err)
		}
	}
	return m, nil
}

// RecordLevel implements Metrics.
func (m *PromMetrics) RecordLevel(rollup uint64, level Level) {
	m.level.WithLabelValues(strconv.FormatUint(rollup, 10)).Set(float64(level))
}

// RecordObserved implements Metrics.
func (m *PromMetrics) RecordObserved(l1Block uint64, at time.Time) {
	m.l1Block.Set(float64(l1Block))
	m.observedAt.Set(float64(at.UnixNano()) / 1e9)
}

// RecordL1Error implements Metrics.
func (m *PromMetrics) RecordL1Error() { m.l1Errors.Inc() }

// RecordDrift implements Metrics.
func (m *PromMetrics) RecordDrift(rollup uint64) {
	m.drift.WithLabelValues(strconv.FormatUint(rollup, 10)).Inc()
}
