package proxy

import (
	"sync/atomic"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// metrics are the proxy's Prometheus metrics, on a registry of their own (served at /metrics).
type metrics struct {
	reg *prometheus.Registry

	requests         *prometheus.CounterVec   // calls by rollup, method, upstream, status
	requestDuration  *prometheus.HistogramVec // HTTP requests by rollup
	upstreamDuration *prometheus.HistogramVec // upstream exchanges by rollup, upstream
	upstreamHealthy  *prometheus.GaugeVec
	upstreamHead     *prometheus.GaugeVec
	breakerState     *prometheus.GaugeVec   // by rollup: the Action in force (0 pass … 3 block-all)
	breakerTrips     *prometheus.CounterVec // transitions by rollup and the action entered
	wsConns          *prometheus.GaugeVec   // open WebSocket relays by rollup
	wsFailovers      *prometheus.CounterVec // WebSocket relays failed over, by rollup and result
	cacheHits        *prometheus.CounterVec // by rollup, method
	cacheMisses      *prometheus.CounterVec // by rollup, method
	cacheEvictions   *prometheus.CounterVec // by rollup
	verifierHalted   *haltGauge             // by rollup, read from the verifier feed at each scrape
	connsAccepted    prometheus.Counter     // connections accepted on listen
	connsHandedOff   prometheus.Counter     // of those, handed to net/http's server (h1server.go)
}

// Call statuses, the status label of mach_proxy_requests_total.
const (
	statusOK          = "ok"           // the upstream returned a result
	statusRPCError    = "rpc_error"    // the upstream returned a JSON-RPC error
	statusInvalid     = "invalid"      // the call was malformed
	statusLimit       = "limit"        // a limit refused the call
	statusNotFound    = "not_found"    // the method is not served
	statusTripped     = "tripped"      // the breaker refused the call
	statusTimeout     = "timeout"      // no upstream answered in time
	statusUnavailable = "unavailable"  // no upstream answered
	noUpstream        = "none"         // the upstream label of calls answered by the proxy itself
	statusNotAnswered = "notification" // a notification, whose answer is dropped
	statusRelayed     = "relayed"      // relayed over WebSocket, whose answers are not matched to calls
)

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "mach", Subsystem: "proxy", Name: "requests_total",
			Help: "JSON-RPC calls by rollup, method (\"other\" for unknown methods), upstream (\"none\" if answered by the proxy) and status.",
		}, []string{"rollup", "method", "upstream", "status"}),
		requestDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: "mach", Subsystem: "proxy", Name: "request_duration_seconds",
			Help:    "Time to answer an HTTP JSON-RPC request (a single call or a batch), by rollup.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"rollup"}),
		upstreamDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: "mach", Subsystem: "proxy", Name: "upstream_duration_seconds",
			Help:    "Time of one exchange with an upstream, by rollup and upstream.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"rollup", "upstream"}),
		upstreamHealthy: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Namespace: "mach", Subsystem: "proxy", Name: "upstream_healthy",
			Help: "1 if the upstream is healthy (answers, not lagging, few errors), else 0.",
		}, []string{"rollup", "upstream"}),
		upstreamHead: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Namespace: "mach", Subsystem: "proxy", Name: "upstream_head",
			Help: "The upstream's block number at the last health check.",
		}, []string{"rollup", "upstream"}),
		breakerState: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Namespace: "mach", Subsystem: "proxy", Name: "breaker_state",
			Help: "The breaker action in force per rollup: 0 pass, 1 annotate, 2 block-writes, 3 block-all.",
		}, []string{"rollup"}),
		breakerTrips: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "mach", Subsystem: "proxy", Name: "breaker_transitions_total",
			Help: "Breaker transitions per rollup, by the action entered.",
		}, []string{"rollup", "action"}),
		wsConns: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Namespace: "mach", Subsystem: "proxy", Name: "websocket_connections",
			Help: "Open WebSocket relays per rollup.",
		}, []string{"rollup"}),
		wsFailovers: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "mach", Subsystem: "proxy", Name: "websocket_failovers_total",
			Help: "WebSocket relays whose upstream connection failed, by rollup and result (ok: moved to another upstream; none_healthy: client closed).",
		}, []string{"rollup", "result"}),
		cacheHits: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "mach", Subsystem: "proxy", Name: "cache_hits_total",
			Help: "Calls answered from the cache, by rollup and method.",
		}, []string{"rollup", "method"}),
		cacheMisses: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "mach", Subsystem: "proxy", Name: "cache_misses_total",
			Help: "Cacheable calls not found in the cache (sent upstream), by rollup and method.",
		}, []string{"rollup", "method"}),
		cacheEvictions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "mach", Subsystem: "proxy", Name: "cache_evictions_total",
			Help: "Entries evicted from the cache (by max_entries or max_bytes), by rollup.",
		}, []string{"rollup"}),
		verifierHalted: &haltGauge{desc: prometheus.NewDesc("mach_proxy_verifier_halted",
			"1 while the rollup's verifier is halted at an invalid block (the block after its verified head; see /status), 0 when it is not; absent for a rollup without a verifier feed.",
			[]string{"rollup"}, nil)},
		connsAccepted: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: "mach", Subsystem: "proxy", Name: "connections_accepted_total",
			Help: "Client connections accepted on listen.",
		}),
		connsHandedOff: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: "mach", Subsystem: "proxy", Name: "connections_handed_off_total",
			Help: "Client connections handed to net/http's server at their first request that is not a plain JSON-RPC POST (WebSocket, status page, metrics, CORS preflight, chunked body, HTTP/1.0, …); the others are served by the proxy's own HTTP/1.1 server.",
		}),
	}
	m.reg.MustRegister(m.verifierHalted, m.connsAccepted, m.connsHandedOff)
	m.reg.MustRegister(m.requests, m.wsConns, m.wsFailovers, m.cacheHits, m.cacheMisses, m.cacheEvictions, m.requestDuration, m.upstreamDuration, m.upstreamHealthy, m.upstreamHead,
		m.breakerState, m.breakerTrips,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// callKey is the labels of mach_proxy_requests_total below the rollup.
type callKey struct{ method, upstream, status string }

// callCounters caches a rollup's request counters so that counting a call takes no lock and allocates nothing
// once its label combination was seen: a copy-on-write map behind an atomic pointer. Its size is bounded by the
// known methods (others are "other") times upstreams times statuses.
type callCounters struct {
	rollup string
	vec    *prometheus.CounterVec
	m      atomic.Pointer[map[callKey]prometheus.Counter]
}

func newCallCounters(rollup string, vec *prometheus.CounterVec) *callCounters {
	c := &callCounters{rollup: rollup, vec: vec}
	c.m.Store(&map[callKey]prometheus.Counter{})
	return c
}

func (c *callCounters) inc(k callKey) {
	if ctr, ok := (*c.m.Load())[k]; ok {
		ctr.Inc()
		return
	}
	ctr := c.vec.WithLabelValues(c.rollup, k.method, k.upstream, k.status)
	ctr.Inc()
	for {
		old := c.m.Load()
		if _, ok := (*old)[k]; ok {
			return
		}
		next := make(map[callKey]prometheus.Counter, len(*old)+1)
		for kk, v := range *old {
			next[kk] = v
		}
		next[k] = ctr
		if c.m.CompareAndSwap(old, &next) {
			return
		}
	}
}

// haltGauge is mach_proxy_verifier_halted: a collector that asks the verifier feed at each scrape, so the gauge
// needs no poller of its own and is never older than the feed.
type haltGauge struct {
	desc *prometheus.Desc
	src  atomic.Pointer[haltSource] // nil: no feed, no series
}

// haltSource is what the gauge reads: the rollups, the feed's halts and which rollups it follows.
type haltSource struct {
	rollups []*rollup
	halts   VerifierHalts
	cover   VerifiedCoverage // nil: every rollup
}

// attach points the gauge at a feed; a feed without halts (or none) removes its series.
func (g *haltGauge) attach(rollups []*rollup, halts VerifierHalts, feed VerifiedHeads) {
	if halts == nil {
		g.src.Store(nil)
		return
	}
	cover, _ := feed.(VerifiedCoverage)
	g.src.Store(&haltSource{rollups: rollups, halts: halts, cover: cover})
}

// Describe implements prometheus.Collector.
func (g *haltGauge) Describe(ch chan<- *prometheus.Desc) { ch <- g.desc }

// Collect implements prometheus.Collector: one series per rollup the feed follows.
func (g *haltGauge) Collect(ch chan<- prometheus.Metric) {
	src := g.src.Load()
	if src == nil {
		return
	}
	for _, r := range src.rollups {
		if src.cover != nil && !src.cover.Covers(r.chainID) {
			continue
		}
		v := 0.0
		if _, halted := src.halts.VerifierHalt(r.chainID); halted {
			v = 1
		}
		ch <- prometheus.MustNewConstMetric(g.desc, prometheus.GaugeValue, v, r.name)
	}
}
