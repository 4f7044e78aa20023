package signer

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/mach-avs/mach/avs/alert"
)

// metrics are the signer's Prometheus metrics, in a registry of their own (no global registry). The signer always
// counts; MetricsAddr only decides whether /metrics is served, so no no-op twin is needed.
type metrics struct {
	registry           *prometheus.Registry
	received           *prometheus.CounterVec
	signed             *prometheus.CounterVec
	rejected           *prometheus.CounterVec
	aggregatorDuration *prometheus.HistogramVec
	aggregatorErrors   *prometheus.CounterVec
}

const metricsNamespace = "mach_signer"

func newMetrics() *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		received: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: metricsNamespace, Name: "alerts_received_total",
			Help: "Alerts received from verifiers, by kind (before any check).",
		}, []string{"kind"}),
		signed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: metricsNamespace, Name: "alerts_signed_total",
			Help: "Alerts whose digest this operator signed and the aggregator accepted, by kind.",
		}, []string{"kind"}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: metricsNamespace, Name: "alerts_rejected_total",
			Help: "Alerts the signer refused to sign, by reason (see the Reason constants).",
		}, []string{"reason"}),
		aggregatorDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: metricsNamespace, Name: "aggregator_request_duration_seconds",
			Help:    "Latency of JSON-RPC calls to the aggregator, by method, whatever their outcome.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"method"}),
		aggregatorErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: metricsNamespace, Name: "aggregator_errors_total",
			Help: `Failed calls to the aggregator, by method and code: the aggregator's JSON-RPC error code, or "unreachable".`,
		}, []string{"method", "code"}),
	}
	m.registry.MustRegister(m.received, m.signed, m.rejected, m.aggregatorDuration, m.aggregatorErrors,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) alertReceived(k alert.Kind) { m.received.WithLabelValues(k.String()).Inc() }
func (m *metrics) alertSigned(k alert.Kind)   { m.signed.WithLabelValues(k.String()).Inc() }
func (m *metrics) alertRejected(reason string) {
	m.rejected.WithLabelValues(reason).Inc()
}

// aggregatorCall records one call to the aggregator.
func (m *metrics) aggregatorCall(method string, d time.Duration, err error) {
	m.aggregatorDuration.WithLabelValues(method).Observe(d.Seconds())
	if err == nil {
		return
	}
	code := "unreachable"
	var rerr rpc.Error
	if errors.As(err, &rerr) {
		code = strconv.Itoa(rerr.ErrorCode())
	}
	m.aggregatorErrors.WithLabelValues(method, code).Inc()
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{Registry: m.registry})
}
