// Package proxy is Mach's JSON-RPC reverse proxy: the endpoint wallets point at. It serves several rollups on one
// listener, forwards calls to a pool of health-checked upstreams per rollup, and trips a circuit breaker per rollup
// when the alert state (AlertState) reports the rollup's state as faulty. See README.md for the wire behaviour.
package proxy

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"golang.org/x/sync/errgroup"
)

// Server is the proxy. Build it with New, run it with Start, end it with Stop; or mount Handler in a server of
// your own.
type Server struct {
	cfg     Config
	log     *slog.Logger
	metrics *metrics
	limits  Limits
	methods methodFilter
	client  *http.Client
	limiter *limiter // nil when rate limiting is off

	rollups []*rollup
	byName  map[string]*rollup
	byHost  map[string]*rollup
	alerts  AlertState
	handler http.Handler

	mu         sync.Mutex // guards the fields below
	ln         net.Listener
	httpSrv    *http.Server
	metricsSrv *http.Server
	cancel     context.CancelFunc
	group      *errgroup.Group
	started    bool
	stopped    atomic.Bool
}

// rollup is one served rollup.
type rollup struct {
	name     string
	chainID  uint64
	pool     *pool
	breaker  *breaker
	calls    *callCounters
	duration prometheus.Observer
}

// New validates cfg and builds the proxy. alerts may be nil: then the breaker never trips (no alert source). log
// may be nil for slog.Default(). New does no I/O.
func New(cfg Config, alerts AlertState, log *slog.Logger) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.Default()
	}
	s := &Server{
		cfg:     cfg,
		log:     log,
		metrics: newMetrics(),
		limits:  cfg.limits(),
		methods: newMethodFilter(cfg.Methods),
		limiter: newLimiter(cfg.RateLimit),
		alerts:  alerts,
		byName:  map[string]*rollup{},
		byHost:  map[string]*rollup{},
		client: &http.Client{Transport: &http.Transport{
			Proxy:               nil, // upstreams are reached directly, never through HTTP_PROXY
			DialContext:         (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
			MaxIdleConns:        1024,
			MaxIdleConnsPerHost: 256,
			IdleConnTimeout:     90 * time.Second,
			ForceAttemptHTTP2:   true,
			// Upstreams answer uncompressed: they sit next to the proxy, and compressing there only to inflate
			// here doubles the work on large responses. Clients still get gzip from the proxy.
			DisableCompression: true,
		}},
	}
	set := poolSettings{
		timeouts:      cfg.Timeouts,
		retries:       cfg.Retries,
		maxLag:        cfg.Health.MaxLag,
		maxErrorRate:  cfg.Health.MaxErrorRate,
		minSamples:    max(cfg.Health.MinSamples, 1),
		maxRespBytes:  cfg.Limits.MaxResponseBytes,
		healthTimeout: cfg.Health.Timeout,
	}
	for _, rc := range cfg.Rollups {
		ups := make([]UpstreamConfig, len(rc.Upstreams))
		for i, u := range rc.Upstreams {
			ups[i] = UpstreamConfig{Name: upstreamName(u, i), URL: u.URL}
		}
		p, err := newPool(rc.Name, ups, set, s.client.Transport, s.metrics, log)
		if err != nil {
			return nil, err
		}
		r := &rollup{
			name:     rc.Name,
			chainID:  rc.ChainID,
			pool:     p,
			breaker:  newBreaker(rc.Name, rc.ChainID, rc.Breaker.merge(cfg.Breaker), alerts, s.metrics, log),
			calls:    newCallCounters(rc.Name, s.metrics.requests),
			duration: s.metrics.requestDuration.WithLabelValues(rc.Name),
		}
		s.rollups = append(s.rollups, r)
		s.byName[r.name] = r
		for _, h := range rc.Hosts {
			s.byHost[strings.ToLower(h)] = r
		}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", s.serveHealthz)
	mux.HandleFunc("/readyz", s.serveReadyz)
	mux.HandleFunc("/status", s.serveStatus)
	if cfg.MetricsListen == "" {
		mux.Handle("/metrics", s.metricsHandler())
	}
	byPath := func(w http.ResponseWriter, r *http.Request) { s.serveRPC(w, r, s.byName[r.PathValue("name")]) }
	mux.HandleFunc("/rpc/{name}", byPath)
	mux.HandleFunc("/rpc/{name}/{$}", byPath)
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		ro := s.byHost[hostOnly(r.Host)]
		if ro == nil && len(s.rollups) == 1 {
			ro = s.rollups[0]
		}
		s.serveRPC(w, r, ro)
	})
	s.handler = mux
	return s, nil
}

// Handler returns the proxy's HTTP handler: /rpc/<name>, / (routed by Host), /healthz, /readyz, /status and, when
// metrics_listen is empty, /metrics.
func (s *Server) Handler() http.Handler { return s.handler }

// Registry returns the registry of the proxy's Prometheus metrics.
func (s *Server) Registry() *prometheus.Registry { return s.metrics.reg }

func (s *Server) metricsHandler() http.Handler {
	return promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{})
}

// CheckHealth runs one health check of every upstream of every rollup now.
func (s *Server) CheckHealth(ctx context.Context) {
	var wg sync.WaitGroup
	for _, r := range s.rollups {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.pool.checkHealth(ctx)
		}()
	}
	wg.Wait()
}

// Start listens on cfg.Listen (and cfg.MetricsListen), checks every upstream once, and serves until Stop. It
// returns once the listeners are open.
func (s *Server) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.started {
		return errors.New("proxy: Start called twice")
	}
	if s.stopped.Load() {
		return errors.New("proxy: Start after Stop")
	}
	s.started = true
	ln, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("proxy: listen on %s (listen): %w", s.cfg.Listen, err)
	}
	var mln net.Listener
	if s.cfg.MetricsListen != "" {
		if mln, err = net.Listen("tcp", s.cfg.MetricsListen); err != nil {
			return errors.Join(fmt.Errorf("proxy: listen on %s (metrics_listen): %w", s.cfg.MetricsListen, err), ln.Close())
		}
	}
	s.CheckHealth(ctx)

	runCtx, cancel := context.WithCancel(context.Background())
	g, runCtx := errgroup.WithContext(runCtx)
	s.ln, s.cancel, s.group = ln, cancel, g
	slowest := max(s.cfg.Timeouts.Read, s.cfg.Timeouts.Heavy, s.cfg.Timeouts.Write, s.cfg.Timeouts.Other)
	s.httpSrv = &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,         // a client trickling its body cannot hold a connection forever
		WriteTimeout:      slowest + 10*time.Second, // above every upstream timeout, so an answer is never cut
		IdleTimeout:       2 * time.Minute,
	}
	goSafe(g, "rpc server", func() error { return serve(s.httpSrv, ln) })
	if mln != nil {
		s.metricsSrv = &http.Server{Handler: s.metricsHandler(), ReadHeaderTimeout: 10 * time.Second}
		goSafe(g, "metrics server", func() error { return serve(s.metricsSrv, mln) })
	}
	for _, r := range s.rollups {
		goSafe(g, "health checks of "+r.name, func() error { return r.pool.runHealth(runCtx, s.cfg.Health.Interval) })
	}
	if s.limiter != nil {
		goSafe(g, "rate limiter sweep", func() error { return s.limiter.run(runCtx, time.Minute) })
	}
	s.log.Info("proxy started", "listen", ln.Addr().String(), "rollups", len(s.rollups))
	return nil
}

func serve(srv *http.Server, ln net.Listener) error {
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// goSafe runs f in g, turning a panic into an error.
func goSafe(g *errgroup.Group, what string, f func() error) {
	g.Go(func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("proxy: %s panicked: %v", what, r)
			}
		}()
		return f()
	})
}

// Addr returns the address the proxy listens on, or "" before Start.
func (s *Server) Addr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return ""
	}
	return s.ln.Addr().String()
}

// Stop stops serving, waiting for requests in flight until ctx ends, and stops the health checks. It is nil-safe
// and idempotent.
func (s *Server) Stop(ctx context.Context) error {
	if s == nil || !s.stopped.CompareAndSwap(false, true) {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var errs []error
	if s.httpSrv != nil {
		errs = append(errs, s.httpSrv.Shutdown(ctx))
	}
	if s.metricsSrv != nil {
		errs = append(errs, s.metricsSrv.Shutdown(ctx))
	}
	if s.cancel != nil {
		s.cancel()
		errs = append(errs, s.group.Wait())
	}
	s.client.CloseIdleConnections()
	return errors.Join(errs...)
}

// Stopped reports whether Stop was called.
func (s *Server) Stopped() bool { return s.stopped.Load() }

// methodFilter is the methods allow and deny lists.
type methodFilter struct {
	allow, deny             map[string]bool
	allowPrefix, denyPrefix []string
}

func newMethodFilter(c MethodsConfig) methodFilter {
	f := methodFilter{allow: map[string]bool{}, deny: map[string]bool{}}
	for _, m := range c.Allow {
		if strings.HasSuffix(m, "_") {
			f.allowPrefix = append(f.allowPrefix, m)
		} else {
			f.allow[m] = true
		}
	}
	for _, m := range c.Deny {
		if strings.HasSuffix(m, "_") {
			f.denyPrefix = append(f.denyPrefix, m)
		} else {
			f.deny[m] = true
		}
	}
	return f
}

func (f *methodFilter) allowed(method string) bool {
	if f.deny[method] {
		return false
	}
	for _, p := range f.denyPrefix {
		if strings.HasPrefix(method, p) {
			return false
		}
	}
	if len(f.allow) == 0 && len(f.allowPrefix) == 0 {
		return true
	}
	if f.allow[method] {
		return true
	}
	for _, p := range f.allowPrefix {
		if strings.HasPrefix(method, p) {
			return true
		}
	}
	return false
}

// cors sets the CORS headers for an allowed origin and reports whether the request was a preflight, now answered.
func (s *Server) cors(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" || len(s.cfg.CORS.AllowedOrigins) == 0 {
		return false
	}
	allowed := ""
	for _, o := range s.cfg.CORS.AllowedOrigins {
		if o == "*" {
			allowed = "*"
			break
		}
		if strings.EqualFold(o, origin) {
			allowed = origin
			break
		}
	}
	h := w.Header()
	h.Add("Vary", "Origin")
	if allowed == "" {
		return false
	}
	h.Set("Access-Control-Allow-Origin", allowed)
	h.Set("Access-Control-Expose-Headers", AlertHeader)
	if r.Method != http.MethodOptions || r.Header.Get("Access-Control-Request-Method") == "" {
		return false
	}
	h.Set("Access-Control-Allow-Methods", "POST, OPTIONS")
	if rh := r.Header.Get("Access-Control-Request-Headers"); rh != "" {
		h.Set("Access-Control-Allow-Headers", rh)
	} else {
		h.Set("Access-Control-Allow-Headers", "Content-Type")
	}
	if s.cfg.CORS.MaxAge > 0 {
		h.Set("Access-Control-Max-Age", strconv.Itoa(int(s.cfg.CORS.MaxAge.Seconds())))
	}
	w.WriteHeader(http.StatusNoContent)
	return true
}

// acceptedContentTypes are the request content types go-ethereum accepts; anything else could be a browser's
// CORS-free "simple request" and is refused.
var acceptedContentTypes = map[string]bool{"application/json": true, "application/json-rpc": true, "application/jsonrequest": true}

var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

// serveRPC serves JSON-RPC for rollup ro (nil: no rollup matched).
func (s *Server) serveRPC(w http.ResponseWriter, r *http.Request, ro *rollup) {
	if s.cors(w, r) {
		return
	}
	if ro == nil {
		writeJSONError(w, http.StatusNotFound, &Error{Code: CodeMethodNotFound,
			Message: "no rollup is served at " + r.Host + r.URL.Path + "; use /rpc/<name> with a configured rollup name"})
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST, OPTIONS")
		writeJSONError(w, http.StatusMethodNotAllowed, &Error{Code: CodeInvalidRequest, Message: "JSON-RPC is served over POST"})
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" && ct != "application/json" {
		if mt, _, err := mime.ParseMediaType(ct); err != nil || !acceptedContentTypes[mt] {
			writeJSONError(w, http.StatusUnsupportedMediaType, &Error{Code: CodeInvalidRequest, Message: "content type must be application/json"})
			return
		}
	}
	start := time.Now()
	defer func() { ro.duration.Observe(time.Since(start).Seconds()) }()

	bp := bufPool.Get().(*[]byte)
	defer func() {
		if cap(*bp) <= 1<<20 {
			bufPool.Put(bp)
		}
	}()
	body, err := readBody(r.Body, s.limits.MaxBodyBytes, (*bp)[:0])
	*bp = body[:0]
	if err != nil {
		if errors.Is(err, errBodyTooLarge) {
			writeJSONError(w, http.StatusRequestEntityTooLarge, &Error{Code: CodeLimitExceeded,
				Message: "request body too large: the limit is " + strconv.FormatInt(s.limits.MaxBodyBytes, 10) + " bytes"})
			return
		}
		writeJSONError(w, http.StatusBadRequest, &Error{Code: CodeParse, Message: "parse error: cannot read the request body"})
		return
	}
	calls, batch, perr := Parse(body, s.limits)
	if perr != nil {
		status := statusInvalid
		if perr.Code == CodeLimitExceeded {
			status = statusLimit
		}
		ro.calls.inc(callKey{"other", noUpstream, status})
		writeJSONError(w, http.StatusOK, perr)
		return
	}

	if s.limiter != nil && !s.rateLimit(w, r, ro, calls, batch) {
		return
	}

	v := ro.breaker.check()
	var answerBuf [1]answer
	var fwdBuf [1]*Call
	var idxBuf [1]int
	answers, fwd, fwdIdx := answerBuf[:], fwdBuf[:0], idxBuf[:0]
	if len(calls) > 1 {
		answers, fwd, fwdIdx = make([]answer, len(calls)), make([]*Call, 0, len(calls)), make([]int, 0, len(calls))
	}
	for i := range calls {
		c := &calls[i]
		switch {
		case c.Err != nil:
			answers[i].err = c.Err
		case !s.methods.allowed(c.Method):
			answers[i].err = &Error{Code: CodeMethodNotFound, Message: "the method " + c.Method + " does not exist/is not available"}
		case v.refuses(c.Method):
			answers[i].err = v.trip
		default:
			fwd = append(fwd, c)
			fwdIdx = append(fwdIdx, i)
		}
	}
	if len(fwd) > 0 {
		bufs := s.forward(r.Context(), ro, fwd, fwdIdx, answers)
		defer releaseResponse(bufs[0]) // after the answers aliasing the response buffers are written
		defer releaseResponse(bufs[1])
	}

	out := body[len(body):] // reuse the pooled buffer after the request bytes
	if batch {
		out = append(out, '[')
	}
	n := 0
	for i := range calls {
		c, a := &calls[i], &answers[i]
		s.count(ro, c, a, v)
		if c.Notification() {
			continue
		}
		if n > 0 {
			out = append(out, ',')
		}
		n++
		switch {
		case a.err != nil:
			out = appendErrorResponse(out, c.ID, a.err)
		case a.errObj != nil && v.action >= ActionAnnotate && v.data != nil:
			out = appendResponse(out, c.ID, nil, annotateError(a.errObj, v.data))
		default:
			out = appendResponse(out, c.ID, a.result, a.errObj)
		}
	}
	if batch {
		out = append(out, ']')
	}
	if cap(out) > cap(body) { // grown: keep the larger buffer for the pool
		*bp = out[:0]
	}
	if v.header != "" {
		w.Header().Set(AlertHeader, v.header)
	}
	if n == 0 { // only notifications: no response at all
		w.WriteHeader(http.StatusOK)
		return
	}
	s.write(w, r, out)
}

// forward sends the calls fwd (at positions idx of the request) upstream and stores their answers. A batch that
// mixes idempotent reads with other calls is split in two exchanges, run at once: the reads can then fail over to
// another upstream even though the writes next to them may not. It returns the response buffers to release.
func (s *Server) forward(ctx context.Context, ro *rollup, fwd []*Call, idx []int, answers []answer) [2]*[]byte {
	var bufs [2]*[]byte
	mixed := false
	for _, c := range fwd[1:] {
		if classOf(c.Method).idempotent() != classOf(fwd[0].Method).idempotent() {
			mixed = true
			break
		}
	}
	if !mixed {
		got, _, buf := ro.pool.forward(ctx, fwd, len(fwd) > 1)
		for j, i := range idx {
			answers[i] = got[j]
		}
		bufs[0] = buf
		return bufs
	}
	var reads, others []*Call
	var readIdx, otherIdx []int
	for j, c := range fwd {
		if classOf(c.Method).idempotent() {
			reads, readIdx = append(reads, c), append(readIdx, idx[j])
		} else {
			others, otherIdx = append(others, c), append(otherIdx, idx[j])
		}
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			if r := recover(); r != nil { // never take the process down for one request
				s.log.Error("proxy: forwarding panicked", "rollup", ro.name, "panic", r)
				for _, i := range otherIdx {
					answers[i] = answer{err: &Error{Code: CodeInternal, Message: "internal error"}}
				}
			}
		}()
		got, _, buf := ro.pool.forward(ctx, others, len(others) > 1)
		for j, i := range otherIdx {
			answers[i] = got[j]
		}
		bufs[1] = buf
	}()
	got, _, buf := ro.pool.forward(ctx, reads, len(reads) > 1)
	for j, i := range readIdx {
		answers[i] = got[j]
	}
	bufs[0] = buf
	<-done
	return bufs
}

// rateLimit charges the calls to the client and reports whether they may proceed; if not, it has answered with
// HTTP 429, Retry-After and a -32005 error (with the call's id for a single call).
func (s *Server) rateLimit(w http.ResponseWriter, r *http.Request, ro *rollup, calls []Call, batch bool) bool {
	client, ok := s.limiter.clientOf(r)
	if !ok {
		return true
	}
	allowed, wait := s.limiter.allow(client, len(calls))
	if allowed {
		return true
	}
	for i := range calls {
		method := "other"
		if calls[i].Err == nil {
			method = metricMethod(calls[i].Method)
		}
		ro.calls.inc(callKey{method, noUpstream, statusLimit})
	}
	secs := int(wait/time.Second) + 1
	e := &Error{Code: CodeLimitExceeded, Message: fmt.Sprintf("rate limit exceeded: %g calls per second per client, bursts of %d; retry in %d s",
		s.cfg.RateLimit.PerSecond, s.cfg.RateLimit.Burst, secs)}
	if len(calls) > s.cfg.RateLimit.Burst {
		e.Message = fmt.Sprintf("rate limit exceeded: a batch of %d calls is larger than the burst of %d; split it", len(calls), s.cfg.RateLimit.Burst)
	}
	var id json.RawMessage
	if !batch {
		id = calls[0].ID
	}
	out := appendErrorResponse(nil, id, e)
	h := w.Header()
	h["Content-Type"] = jsonContentType
	h.Set("Retry-After", strconv.Itoa(secs))
	w.WriteHeader(http.StatusTooManyRequests)
	_, _ = w.Write(out)
	return false
}

// count records a call in mach_proxy_requests_total.
func (s *Server) count(ro *rollup, c *Call, a *answer, v *verdict) {
	method, up, status := "other", noUpstream, statusOK
	if c.Err == nil {
		method = metricMethod(c.Method)
	}
	switch {
	case a.err == nil && a.errObj != nil:
		up, status = a.upstream, statusRPCError
	case a.err == nil:
		up = a.upstream
	case a.err == v.trip:
		status = statusTripped
	default:
		switch a.err.Code {
		case CodeLimitExceeded:
			status = statusLimit
		case CodeMethodNotFound:
			status = statusNotFound
		case CodeTimeout:
			status = statusTimeout
		case CodeInternal:
			status = statusUnavailable
		default:
			status = statusInvalid
		}
	}
	if c.Notification() && a.err == nil {
		status = statusNotAnswered
	}
	ro.calls.inc(callKey{method, up, status})
}

// jsonContentType is the Content-Type of every JSON-RPC response, shared (net/http only reads it).
var jsonContentType = []string{"application/json"}

// gzipMinBytes is the smallest response worth compressing.
const gzipMinBytes = 1024

var gzipPool = sync.Pool{New: func() any { w, _ := gzip.NewWriterLevel(io.Discard, gzip.BestSpeed); return w }}

// write sends a JSON response, gzip-compressed when the client accepts it and it is large enough.
func (s *Server) write(w http.ResponseWriter, r *http.Request, out []byte) {
	h := w.Header()
	h["Content-Type"] = jsonContentType
	if len(out) >= gzipMinBytes && acceptsGzip(r.Header.Get("Accept-Encoding")) {
		h.Set("Content-Encoding", "gzip")
		h.Add("Vary", "Accept-Encoding")
		zw := gzipPool.Get().(*gzip.Writer)
		zw.Reset(w)
		_, _ = zw.Write(out)
		_ = zw.Close()
		gzipPool.Put(zw)
		return
	}
	if len(out) > 2048 { // smaller bodies get their Content-Length from net/http, without a header allocation
		h.Set("Content-Length", strconv.Itoa(len(out)))
	}
	_, _ = w.Write(out)
}

// acceptsGzip reports whether an Accept-Encoding header accepts gzip with a non-zero quality.
func acceptsGzip(ae string) bool {
	for part := range strings.SplitSeq(ae, ",") {
		enc, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(enc), "gzip") {
			continue
		}
		for p := range strings.SplitSeq(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				return err == nil && q > 0
			}
		}
		return true
	}
	return false
}

var errBodyTooLarge = errors.New("request body too large")

// readBody reads r into buf, failing once more than limit bytes come.
func readBody(r io.Reader, limit int64, buf []byte) ([]byte, error) {
	lr := io.LimitReader(r, limit+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return buf, errBodyTooLarge
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// writeJSONError writes one error response with a null id.
func writeJSONError(w http.ResponseWriter, status int, e *Error) {
	out := appendErrorResponse(nil, nil, e)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(out)))
	w.WriteHeader(status)
	_, _ = w.Write(out)
}

func (s *Server) serveHealthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = io.WriteString(w, "ok\n")
}

// serveReadyz answers 200 when every rollup has a healthy upstream, else 503 naming the ones that have none.
func (s *Server) serveReadyz(w http.ResponseWriter, _ *http.Request) {
	var down []string
	for _, r := range s.rollups {
		if r.pool.healthyCount() == 0 {
			down = append(down, r.name)
		}
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if len(down) > 0 {
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = io.WriteString(w, "no healthy upstream for rollup "+strings.Join(down, ", ")+"\n")
		return
	}
	_, _ = io.WriteString(w, "ok\n")
}

// Status is the body of /status.
type Status struct {
	Rollups []RollupStatus `json:"rollups"`
}

// RollupStatus is one rollup in /status.
type RollupStatus struct {
	Name      string           `json:"name"`
	ChainID   uint64           `json:"chainId"`
	Breaker   json.RawMessage  `json:"breaker"`
	Upstreams []UpstreamStatus `json:"upstreams"`
}

func (s *Server) serveStatus(w http.ResponseWriter, _ *http.Request) {
	st := Status{Rollups: make([]RollupStatus, len(s.rollups))}
	for i, r := range s.rollups {
		v := r.breaker.check()
		b := v.data
		if b == nil {
			b, _ = json.Marshal(map[string]any{"rollup": r.name, "chainId": r.chainID, "level": v.alert.Level.String(),
				"action": v.action.String(), "alertSource": s.alerts != nil})
		}
		st.Rollups[i] = RollupStatus{Name: r.name, ChainID: r.chainID, Breaker: b, Upstreams: r.pool.status()}
	}
	out, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(append(out, '\n'))
}
