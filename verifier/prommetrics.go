package verifier

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metric names (namespace mach, subsystem verifier).
const (
	MetricVerifiedHead     = "mach_verifier_verified_head"
	MetricUpstreamHead     = "mach_verifier_upstream_head"
	MetricLagBlocks        = "mach_verifier_lag_blocks"
	MetricBlocks           = "mach_verifier_blocks_total"
	MetricGas              = "mach_verifier_gas_total"
	MetricExecutionSeconds = "mach_verifier_execution_seconds"
	MetricMgasPerSecond    = "mach_verifier_mgas_per_second"
	MetricBadUpstreamData  = "mach_verifier_bad_upstream_data_total"
	MetricReorgs           = "mach_verifier_reorgs_total"
	MetricReorgDepth       = "mach_verifier_reorg_depth_blocks"
	MetricAlerts           = "mach_verifier_alerts_total"
	MetricOutputsChecked   = "mach_verifier_outputs_checked_total"
)

// Values of the result label of mach_verifier_outputs_checked_total.
const (
	OutputMatch    = "match"
	OutputMismatch = "mismatch"
)

// MgasWindow is how many valid blocks mach_verifier_mgas_per_second averages over.
const MgasWindow = 32

// PromMetrics is Metrics on a Prometheus registry of its own (no global registry): Registry serves /metrics.
type PromMetrics struct {
	// Registry holds the verifier's metrics and the Go runtime and process collectors.
	Registry *prometheus.Registry

	verifiedHead   prometheus.Gauge
	upstreamHead   prometheus.Gauge
	blocks         *prometheus.CounterVec
	gas            prometheus.Counter
	execution      prometheus.Histogram
	mgasPerSecond  prometheus.Gauge
	badUpstream    prometheus.Counter
	reorgs         prometheus.Counter
	reorgDepth     prometheus.Histogram
	alerts         prometheus.Counter
	outputsChecked *prometheus.CounterVec

	verified, upstream atomic.Uint64 // for the lag

	mu     sync.Mutex
	window [MgasWindow]struct { // the last valid blocks, a ring
		gas     uint64
		elapsed time.Duration
	}
	next, filled int
}

var _ Metrics = (*PromMetrics)(nil)

// NewPromMetrics registers the verifier's metrics on a new registry.
func NewPromMetrics() *PromMetrics {
	opts := func(name, help string) prometheus.Opts {
		return prometheus.Opts{Namespace: "mach", Subsystem: "verifier", Name: name, Help: help}
	}
	counter := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts(opts(name, help)))
	}
	gauge := func(name, help string) prometheus.Gauge {
		return prometheus.NewGauge(prometheus.GaugeOpts(opts(name, help)))
	}
	m := &PromMetrics{Registry: prometheus.NewRegistry()}
	m.verifiedHead = gauge("verified_head", "Number of the latest L2 block verified valid (the anchor's until the first block is verified).")
	m.upstreamHead = gauge("upstream_head", "Latest L2 block number the primary L2 node reported.")
	lag := prometheus.NewGaugeFunc(prometheus.GaugeOpts(opts("lag_blocks",
		"Blocks the verifier is behind the primary L2 node: upstream_head - verified_head, 0 when not behind.")), m.lag)
	m.blocks = prometheus.NewCounterVec(prometheus.CounterOpts(opts("blocks_total",
		"L2 block re-executions, by verdict (valid, witness-incomplete, invalid). A block retried after an incomplete witness counts each time.")),
		[]string{"verdict"})
	m.gas = counter("gas_total", "Gas used by the L2 blocks verified valid.")
	m.execution = prometheus.NewHistogram(prometheus.HistogramOpts{
		Namespace: "mach", Subsystem: "verifier", Name: "execution_seconds",
		Help:    "Time one stateless re-execution of an L2 block took (every verdict), not counting fetching the block and witness.",
		Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
	})
	m.mgasPerSecond = gauge("mgas_per_second",
		"Re-execution speed in millions of gas per second over the last 32 blocks verified valid: their gas divided by their execution time.")
	m.badUpstream = counter("bad_upstream_data_total", "Answers of an L2 node rejected as inconsistent (never an alert: the node, not the rollup, is at fault).")
	m.reorgs = counter("reorgs_total", "L2 reorgs below the verified head; the blocks above the common ancestor are verified again.")
	m.reorgDepth = prometheus.NewHistogram(prometheus.HistogramOpts{
		Namespace: "mach", Subsystem: "verifier", Name: "reorg_depth_blocks",
		Help:    "How many verified blocks each L2 reorg replaced.",
		Buckets: prometheus.ExponentialBuckets(1, 2, 11), // 1 … 1024, the default reorg_depth
	})
	m.alerts = counter("alerts_total", "Alerts delivered to the alert sinks (the signers).")
	m.outputsChecked = prometheus.NewCounterVec(prometheus.CounterOpts(opts("outputs_checked_total",
		"Output roots posted on L1 (L2OutputOracle) compared with the verified ones, by result (match, mismatch).")), []string{"result"})
	m.Registry.MustRegister(
		m.verifiedHead, m.upstreamHead, lag, m.blocks, m.gas, m.execution, m.mgasPerSecond,
		m.badUpstream, m.reorgs, m.reorgDepth, m.alerts, m.outputsChecked,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	// Every label value shows from the start at 0, so rate() and alerting rules work before the first event.
	for _, v := range []Verdict{Valid, WitnessIncomplete, Invalid} {
		m.blocks.WithLabelValues(v.String())
	}
	m.outputsChecked.WithLabelValues(OutputMatch)
	m.outputsChecked.WithLabelValues(OutputMismatch)
	return m
}

func (m *PromMetrics) lag() float64 {
	up, verified := m.upstream.Load(), m.verified.Load()
	if up <= verified {
		return 0
	}
	return float64(up - verified)
}

// VerifiedHead implements Metrics.
func (m *PromMetrics) VerifiedHead(n uint64) {
	m.verified.Store(n)
	m.verifiedHead.Set(float64(n))
}

// UpstreamHead implements Metrics.
func (m *PromMetrics) UpstreamHead(n uint64) {
	m.upstream.Store(n)
	m.upstreamHead.Set(float64(n))
}

// Verdict implements Metrics.
func (m *PromMetrics) Verdict(v Verdict, gas uint64, elapsed time.Duration) {
	m.blocks.WithLabelValues(v.String()).Inc()
	m.execution.Observe(elapsed.Seconds())
	if v != Valid {
		return
	}
	m.gas.Add(float64(gas))
	m.mu.Lock()
	defer m.mu.Unlock()
	m.window[m.next].gas, m.window[m.next].elapsed = gas, elapsed
	m.next = (m.next + 1) % MgasWindow
	m.filled = min(m.filled+1, MgasWindow)
	var sumGas uint64
	var sumElapsed time.Duration
	for _, b := range m.window[:m.filled] {
		sumGas += b.gas
		sumElapsed += b.elapsed
	}
	if sumElapsed > 0 {
		m.mgasPerSecond.Set(float64(sumGas) / 1e6 / sumElapsed.Seconds())
	}
}

// BadUpstreamData implements Metrics.
func (m *PromMetrics) BadUpstreamData() { m.badUpstream.Inc() }

// Reorg implements Metrics.
func (m *PromMetrics) Reorg(depth uint64) {
	m.reorgs.Inc()
	m.reorgDepth.Observe(float64(depth))
}

// AlertEmitted implements Metrics.
func (m *PromMetrics) AlertEmitted() { m.alerts.Inc() }

// OutputChecked implements Metrics.
func (m *PromMetrics) OutputChecked(match bool) {
	if match {
		m.outputsChecked.WithLabelValues(OutputMatch).Inc()
	} else {
		m.outputsChecked.WithLabelValues(OutputMismatch).Inc()
	}
}
