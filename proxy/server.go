// Package proxy is Mach's JSON-RPC reverse proxy: the endpoint wallets point at. It serves several rollups on one
// listener, forwards calls to a pool of health-checked upstreams per rollup, and trips a circuit breaker per rollup
// when the alert state (AlertState) reports the rollup's state as faulty. See README.md for the wire behaviour.
package proxy

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"golang.org/x/sync/errgroup"
)

// Server is the proxy. Build it with New, run it with Start, end it with Stop; or mount Handler in a server of
// your own.
type Server struct {
	cfg      Config
	log      *slog.Logger
	metrics  *metrics
	limits   Limits
	methods  methodFilter
	client   *http.Client
	limiter  *limiter // nil when rate limiting is off
	wsDialer *websocket.Dialer
	ws       wsConns

	rollups []*rollup
	byName  map[string]*rollup
	byHost  map[string]*rollup
	alerts  AlertState
	// verified is the verifier feed; nil when there is none (see SetVerifiedHeads). Swapped atomically: it may be
	// attached, replaced or detached while requests are served.
	verified atomic.Pointer[verifiedFeed]
	handler  http.Handler
	page     statusPage // the extras and breaker history behind /status and the status page (status.go)

	mu         sync.Mutex // guards the fields below
	ln         net.Listener
	h1         *h1Server // serves ln; hands what is not plain JSON-RPC to httpSrv
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
	cache    *cache // nil when caching is off
	rewrite  bool   // rewrite the safe and finalized tags to the verified head
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
		cfg:      cfg,
		log:      log,
		metrics:  newMetrics(),
		limits:   cfg.limits(),
		methods:  newMethodFilter(cfg.Methods),
		limiter:  newLimiter(cfg.RateLimit),
		wsDialer: &websocket.Dialer{HandshakeTimeout: 5 * time.Second, ReadBufferSize: 4096, WriteBufferSize: 4096},
		alerts:   alerts,
		byName:   map[string]*rollup{},
		byHost:   map[string]*rollup{},
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
			ups[i] = UpstreamConfig{Name: upstreamName(u, i), URL: u.URL, WSURL: u.WSURL}
		}
		p, err := newPool(rc.Name, ups, set, s.client.Transport, s.metrics, log)
		if err != nil {
			return nil, err
		}
		p.trackTags = rc.RewriteTags
		r := &rollup{
			name:     rc.Name,
			chainID:  rc.ChainID,
			pool:     p,
			breaker:  newBreaker(rc.Name, rc.ChainID, rc.Breaker.merge(cfg.Breaker), alerts, s.metrics, log),
			rewrite:  rc.RewriteTags,
			calls:    newCallCounters(rc.Name, s.metrics.requests),
			duration: s.metrics.requestDuration.WithLabelValues(rc.Name),
		}
		if cfg.Cache.Enabled {
			if r.cache, err = newCache(rc.Name, cfg.Cache, s.metrics); err != nil {
				return nil, fmt.Errorf("proxy: rollup %s: cache: %w", rc.Name, err)
			}
			s.metrics.reg.MustRegister(
				prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "mach", Subsystem: "proxy", Name: "cache_entries",
					Help: "Entries in the rollup's cache.", ConstLabels: prometheus.Labels{"rollup": rc.Name}},
					func() float64 { return float64(r.cache.lru.Len()) }),
				prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "mach", Subsystem: "proxy", Name: "cache_bytes",
					Help: "Bytes in the rollup's cache (keys, results and a fixed overhead per entry).", ConstLabels: prometheus.Labels{"rollup": rc.Name}},
					func() float64 { return float64(r.cache.bytes.Load()) }))
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
	s.routePage(mux) // GET / for a browser, GET /status (HTML or JSON), /status.json, /status/{file} (page.go)
	s.handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if ro, ok := s.rpcRoute(r); ok { // JSON-RPC skips the mux's pattern matching, which allocates per request
			s.serveRPC(w, r, ro)
			return
		}
		mux.ServeHTTP(w, r)
	})
	return s, nil
}

// rpcRoute resolves a JSON-RPC POST to /rpc/{name}[/] or / as the mux would; anything else (WebSocket, CORS
// preflights, the status page, GET / from a browser) goes through the mux.
func (s *Server) rpcRoute(r *http.Request) (*rollup, bool) {
	if r.Method != http.MethodPost {
		return nil, false
	}
	path := r.URL.Path
	if path == "/" {
		ro := s.byHost[hostOnly(r.Host)]
		if ro == nil && len(s.rollups) == 1 {
			ro = s.rollups[0]
		}
		return ro, true
	}
	name, ok := strings.CutPrefix(path, "/rpc/")
	if !ok || r.URL.RawPath != "" {
		return nil, false
	}
	name = strings.TrimSuffix(name, "/")
	if name == "" || strings.Contains(name, "/") {
		return nil, false
	}
	return s.byName[name], true
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
	handoff := newHandoffListener(ln.Addr())
	s.h1 = newH1Server(s, runCtx, ln, handoff)
	s.httpSrv = s.h1.httpServer()
	goSafe(g, "rpc server", func() error { return s.h1.serve() })
	goSafe(g, "rpc server (net/http)", func() error { return serve(s.httpSrv, handoff) })
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
	if s.h1 != nil {
		errs = append(errs, s.h1.shutdown(ctx))
	}
	if s.httpSrv != nil {
		errs = append(errs, s.httpSrv.Shutdown(ctx))
	}
	if s.metricsSrv != nil {
		errs = append(errs, s.metricsSrv.Shutdown(ctx))
	}
	errs = append(errs, s.ws.closeAll(ctx)) // Shutdown leaves hijacked (WebSocket) connections alone
	if s.cancel != nil {
		s.cancel()
		errs = append(errs, s.group.Wait())
	}
	s.client.CloseIdleConnections()
	for _, r := range s.rollups {
		for _, u := range r.pool.ups {
			if u.h1 != nil {
				u.h1.closeIdle()
			}
		}
	}
	return errors.Join(errs...)
}

// Stopped reports whether Stop was called.
func (s *Server) Stopped() bool { return s.stopped.Load() }
