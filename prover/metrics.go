package prover

import (
	"errors"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics is what the Worker reports. NoopMetrics discards everything; NewPromMetrics exports to Prometheus.
type Metrics interface {
	// SetJobs sets the number of jobs in state s.
	SetJobs(s JobState, n int)
	// ObserveProved records the time from enqueue to proof.
	ObserveProved(d time.Duration)
	// ObserveDone records the time from enqueue to the proof's submission on L1.
	ObserveDone(d time.Duration)
	// BackendError counts an error from the proving backend ("submit", "status") or the L1 submitter ("l1").
	BackendError(stage string)
}

// NoopMetrics discards every metric.
type NoopMetrics struct{}

// SetJobs does nothing.
func (NoopMetrics) SetJobs(JobState, int) {}

// ObserveProved does nothing.
func (NoopMetrics) ObserveProved(time.Duration) {}

// ObserveDone does nothing.
func (NoopMetrics) ObserveDone(time.Duration) {}

// BackendError does nothing.
func (NoopMetrics) BackendError(string) {}

var _ Metrics = NoopMetrics{}

// PromMetrics exports the Worker's metrics:
//
//	mach_prover_jobs{state}                   gauge
//	mach_prover_time_to_proof_seconds         histogram (enqueue → proved)
//	mach_prover_time_to_submitted_seconds     histogram (enqueue → done)
//	mach_prover_backend_errors_total{stage}   counter
type PromMetrics struct {
	jobs    *prometheus.GaugeVec
	proved  prometheus.Histogram
	done    prometheus.Histogram
	backend *prometheus.CounterVec
}

var _ Metrics = (*PromMetrics)(nil)

// NewPromMetrics registers the prover metrics with reg.
func NewPromMetrics(reg prometheus.Registerer) (*PromMetrics, error) {
	if reg == nil {
		return nil, errors.New("prover: metrics need a prometheus.Registerer")
	}
	buckets := []float64{1, 5, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200, 14400}
	m := &PromMetrics{
		jobs: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "mach", Subsystem: "prover", Name: "jobs",
			Help: "Proof jobs by state."}, []string{"state"}),
		proved: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "mach", Subsystem: "prover",
			Name: "time_to_proof_seconds", Help: "Time from enqueue to a checked proof.", Buckets: buckets}),
		done: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "mach", Subsystem: "prover",
			Name: "time_to_submitted_seconds", Help: "Time from enqueue to the proof's submission on L1.", Buckets: buckets}),
		backend: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "mach", Subsystem: "prover",
			Name: "backend_errors_total", Help: "Errors from the proving backend (submit, status) and the L1 submitter (l1)."},
			[]string{"stage"}),
	}
	for _, c := range []prometheus.Collector{m.jobs, m.proved, m.done, m.backend} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	for _, s := range JobStates {
		m.jobs.WithLabelValues(string(s)).Set(0)
	}
	return m, nil
}

// SetJobs implements Metrics.
func (m *PromMetrics) SetJobs(s JobState, n int) { m.jobs.WithLabelValues(string(s)).Set(float64(n)) }

// ObserveProved implements Metrics.
func (m *PromMetrics) ObserveProved(d time.Duration) { m.proved.Observe(d.Seconds()) }

// ObserveDone implements Metrics.
func (m *PromMetrics) ObserveDone(d time.Duration) { m.done.Observe(d.Seconds()) }

// BackendError implements Metrics.
func (m *PromMetrics) BackendError(stage string) { m.backend.WithLabelValues(stage).Inc() }
