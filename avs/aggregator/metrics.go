package aggregator

import (
	"errors"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics receives what the aggregator does. The core calls it (Config.Metrics); NoopMetrics discards everything,
// PromMetrics exports it to Prometheus. Methods must be cheap and must not block: some are called with the
// aggregator's lock held.
type Metrics interface {
	// TaskOpened counts a task created by OpenTask.
	TaskOpened()
	// TasksResumed counts n unfinished tasks loaded from the store at Start.
	TasksResumed(n int)
	// SignatureAccepted counts a signature that verified; SignatureRejected one that did not count, by reason
	// (see RejectReason).
	SignatureAccepted()
	SignatureRejected(reason string)
	// ConfirmAttempt counts a confirmAlert transaction sent (with its fee bumps); ConfirmFailed one that failed.
	ConfirmAttempt()
	ConfirmFailed()
	// TaskConfirmed counts an alert confirmed on L1, sinceOpen after its task was opened.
	TaskConfirmed(sinceOpen time.Duration)
	// TaskExpired counts a task whose reference block grew too old before confirmation.
	TaskExpired()
}

// NoopMetrics discards every measurement.
type NoopMetrics struct{}

var _ Metrics = NoopMetrics{}

func (NoopMetrics) TaskOpened()                   {}
func (NoopMetrics) TasksResumed(int)              {}
func (NoopMetrics) SignatureAccepted()            {}
func (NoopMetrics) SignatureRejected(string)      {}
func (NoopMetrics) ConfirmAttempt()               {}
func (NoopMetrics) ConfirmFailed()                {}
func (NoopMetrics) TaskConfirmed(_ time.Duration) {}
func (NoopMetrics) TaskExpired()                  {}

// Reasons a signature is rejected, the values of the reason label of mach_aggregator_signatures_rejected_total.
const (
	ReasonUnknownTask    = "unknown_task"
	ReasonReferenceBlock = "reference_block"
	ReasonNotOperator    = "not_operator"
	ReasonDuplicate      = "duplicate"
	ReasonInvalid        = "invalid_signature"
	ReasonExpired        = "task_expired"
	ReasonInternal       = "internal"
)

// RejectReason names why SubmitSignature refused a signature, as a bounded label value.
func RejectReason(err error) string {
	for _, r := range []struct {
		target error
		reason string
	}{
		{ErrUnknownTask, ReasonUnknownTask},
		{ErrReferenceBlock, ReasonReferenceBlock},
		{ErrNotOperator, ReasonNotOperator},
		{ErrDuplicateSignature, ReasonDuplicate},
		{ErrInvalidSignature, ReasonInvalid},
		{ErrTaskExpired, ReasonExpired},
	} {
		if errors.Is(err, r.target) {
			return r.reason
		}
	}
	return ReasonInternal // a malformed request or a store failure
}

// PromMetrics is Metrics on a Prometheus registry of its own (no global registry): Registry serves /metrics.
type PromMetrics struct {
	// Registry holds the aggregator's metrics and the Go runtime and process collectors.
	Registry *prometheus.Registry

	tasksOpened     prometheus.Counter
	tasksResumed    prometheus.Counter
	tasksExpired    prometheus.Counter
	openTasks       prometheus.Gauge
	sigsAccepted    prometheus.Counter
	sigsRejected    *prometheus.CounterVec
	confirmAttempts prometheus.Counter
	confirmFailures prometheus.Counter
	confirmations   prometheus.Counter
	timeToConfirm   prometheus.Histogram
	rejectedReasons []string
}

var _ Metrics = (*PromMetrics)(nil)

// Metric names (namespace mach, subsystem aggregator).
const (
	MetricTasksOpened       = "mach_aggregator_tasks_opened_total"
	MetricTasksResumed      = "mach_aggregator_tasks_resumed_total"
	MetricTasksExpired      = "mach_aggregator_tasks_expired_total"
	MetricOpenTasks         = "mach_aggregator_open_tasks"
	MetricSignaturesOK      = "mach_aggregator_signatures_accepted_total"
	MetricSignaturesBad     = "mach_aggregator_signatures_rejected_total"
	MetricConfirmAttempts   = "mach_aggregator_confirm_alert_attempts_total"
	MetricConfirmFailures   = "mach_aggregator_confirm_alert_failures_total"
	MetricConfirmations     = "mach_aggregator_confirmations_total"
	MetricTimeToConfirmSecs = "mach_aggregator_time_to_confirmation_seconds"
)

// NewPromMetrics registers the aggregator's metrics on a new registry.
func NewPromMetrics() *PromMetrics {
	opts := func(name, help string) prometheus.Opts {
		return prometheus.Opts{Namespace: "mach", Subsystem: "aggregator", Name: name, Help: help}
	}
	counter := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts(opts(name, help)))
	}
	m := &PromMetrics{
		Registry:     prometheus.NewRegistry(),
		tasksOpened:  counter("tasks_opened_total", "Tasks opened by a signer's first request for an alert."),
		tasksResumed: counter("tasks_resumed_total", "Unfinished tasks loaded from the store at start."),
		tasksExpired: counter("tasks_expired_total", "Tasks whose reference block grew too old before confirmation."),
		openTasks: prometheus.NewGauge(prometheus.GaugeOpts(opts("open_tasks",
			"Tasks not yet confirmed or expired (collecting signatures or submitting confirmAlert)."))),
		sigsAccepted: counter("signatures_accepted_total", "Operator signatures that verified against the operator's registered key."),
		sigsRejected: prometheus.NewCounterVec(prometheus.CounterOpts(opts("signatures_rejected_total",
			"Operator signatures refused, by reason.")), []string{"reason"}),
		confirmAttempts: counter("confirm_alert_attempts_total", "confirmAlert transactions sent (a fee bump is part of its attempt)."),
		confirmFailures: counter("confirm_alert_failures_total", "confirmAlert transactions that failed (reverted, not mined, not sent); retried."),
		confirmations:   counter("confirmations_total", "Alerts confirmed on L1."),
		timeToConfirm: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: "mach", Subsystem: "aggregator", Name: "time_to_confirmation_seconds",
			Help:    "Time from a task's opening to its alert's confirmation on L1.",
			Buckets: []float64{1, 2, 4, 8, 15, 30, 60, 120, 300, 600, 1800, 3600},
		}),
		rejectedReasons: []string{ReasonUnknownTask, ReasonReferenceBlock, ReasonNotOperator, ReasonDuplicate, ReasonInvalid, ReasonExpired, ReasonInternal},
	}
	m.Registry.MustRegister(
		m.tasksOpened, m.tasksResumed, m.tasksExpired, m.openTasks, m.sigsAccepted, m.sigsRejected,
		m.confirmAttempts, m.confirmFailures, m.confirmations, m.timeToConfirm,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	// Every reason shows from the start at 0, so rate() and alerts work before the first rejection.
	for _, r := range m.rejectedReasons {
		m.sigsRejected.WithLabelValues(r)
	}
	return m
}

func (m *PromMetrics) TaskOpened() { m.tasksOpened.Inc(); m.openTasks.Inc() }

func (m *PromMetrics) TasksResumed(n int) {
	m.tasksResumed.Add(float64(n))
	m.openTasks.Add(float64(n))
}

func (m *PromMetrics) SignatureAccepted() { m.sigsAccepted.Inc() }

func (m *PromMetrics) SignatureRejected(reason string) { m.sigsRejected.WithLabelValues(reason).Inc() }

func (m *PromMetrics) ConfirmAttempt() { m.confirmAttempts.Inc() }

func (m *PromMetrics) ConfirmFailed() { m.confirmFailures.Inc() }

func (m *PromMetrics) TaskConfirmed(sinceOpen time.Duration) {
	m.confirmations.Inc()
	m.openTasks.Dec()
	m.timeToConfirm.Observe(sinceOpen.Seconds())
}

func (m *PromMetrics) TaskExpired() { m.tasksExpired.Inc(); m.openTasks.Dec() }
