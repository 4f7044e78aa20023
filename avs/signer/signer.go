// Package signer is the operator's signer: a JSON-RPC server verifiers send alerts to. For each valid alert about
// one of its rollups it asks the aggregator for the alert's task, checks that task against its own view instead of
// trusting it (the message hash and the domain-separated digest are recomputed locally; the reference block must be
// in the past and young enough for the service manager's maxReferenceBlockAge), signs the digest with the
// operator's BLS key and sends the signature to the aggregator.
//
// It also serves the EigenLayer AVS node API (/eigen/node, /eigen/node/health, /eigen/node/services) and
// Prometheus metrics from a registry of its own.
package signer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/sync/errgroup"

	"github.com/mach-avs/mach/avs/chain"
	"github.com/mach-avs/mach/avs/operator"
	"github.com/mach-avs/mach/deploy"
)

// Defaults of Config's optional fields.
const (
	DefaultAggregatorTimeout = 10 * time.Second
	DefaultProbeInterval     = 15 * time.Second
)

// Config configures a signer.
type Config struct {
	// ListenAddr is the host:port of the JSON-RPC server verifiers call (port 0 picks a free port; see RPCAddr).
	ListenAddr string
	// NodeAPIAddr is the host:port of the EigenLayer node API; "" serves none.
	NodeAPIAddr string
	// MetricsAddr is the host:port of the Prometheus /metrics server; "" serves none.
	MetricsAddr string
	// AggregatorURL is the aggregator's JSON-RPC URL (http, https, ws or wss).
	AggregatorURL string
	// AggregatorTimeout bounds every call to the aggregator; 0 means DefaultAggregatorTimeout.
	AggregatorTimeout time.Duration
	// RollupChainIDs are the rollups whose alerts the signer signs (and always the drill rollup).
	RollupChainIDs []uint64
	// ServiceManager is the MachServiceManager (proxy) address signatures are bound to.
	ServiceManager common.Address
	// ProbeInterval is how often the aggregator and the L1 are probed for the node API's health; 0 means
	// DefaultProbeInterval. Every call to either also updates their status.
	ProbeInterval time.Duration
	// NodeVersion is the version GET /eigen/node reports; "" means "unknown".
	NodeVersion string
	// Logger; nil means slog.Default().
	Logger *slog.Logger
}

// L1 is what the signer reads from L1. ChainReader builds one from an L1 client and a chain.Reader.
type L1 interface {
	// ChainID is the L1 chain ID, read once by Start.
	ChainID(ctx context.Context) (*big.Int, error)
	// Head is the latest L1 block number.
	Head(ctx context.Context) (uint64, error)
	// Settings are the service manager's parameters.
	Settings(ctx context.Context) (chain.Settings, error)
}

// ChainReader returns an L1 that reads the chain ID from client (an *ethclient.Client) and the rest from reader.
func ChainReader(client interface {
	ChainID(ctx context.Context) (*big.Int, error)
}, reader *chain.Reader) L1 {
	return chainReader{Reader: reader, client: client}
}

type chainReader struct {
	*chain.Reader
	client interface {
		ChainID(ctx context.Context) (*big.Int, error)
	}
}

func (c chainReader) ChainID(ctx context.Context) (*big.Int, error) { return c.client.ChainID(ctx) }

// Signer is the role. Build it with New, run it with Start, stop it with Stop.
type Signer struct {
	cfg        Config
	l1         L1
	key        *bls.KeyPair
	operatorID common.Hash
	rollups    map[uint64]bool
	log        *slog.Logger
	metrics    *metrics
	services   *services
	agg        *aggregatorClient

	l1ChainID *big.Int // read by Start

	rpcServer *rpc.Server
	servers   []*http.Server
	addrs     map[string]net.Addr // server name -> bound address
	cancel    context.CancelFunc
	group     *errgroup.Group

	mu      sync.Mutex // guards Start against Stop
	started atomic.Bool
	stopped atomic.Bool
}

// New validates cfg and returns a signer that signs with key and reads L1 through l1. It does no I/O.
func New(cfg Config, l1 L1, key *bls.KeyPair) (*Signer, error) {
	if cfg.AggregatorTimeout == 0 {
		cfg.AggregatorTimeout = DefaultAggregatorTimeout
	}
	if cfg.ProbeInterval == 0 {
		cfg.ProbeInterval = DefaultProbeInterval
	}
	if cfg.NodeVersion == "" {
		cfg.NodeVersion = "unknown"
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	var errs []error
	problem := func(format string, args ...any) { errs = append(errs, fmt.Errorf("signer: "+format, args...)) }
	if l1 == nil {
		problem("an L1 reader is required")
	}
	if key == nil || key.PrivKey == nil || key.PubKey == nil {
		problem("a BLS key pair is required")
	}
	checkAddr := func(name, addr string, required bool) {
		if addr == "" {
			if required {
				problem("%s is required (host:port)", name)
			}
			return
		}
		if _, _, err := net.SplitHostPort(addr); err != nil {
			problem("%s %q is not host:port", name, addr)
		}
	}
	checkAddr("listen address", cfg.ListenAddr, true)
	checkAddr("node API address", cfg.NodeAPIAddr, false)
	checkAddr("metrics address", cfg.MetricsAddr, false)
	if u, err := url.Parse(cfg.AggregatorURL); err != nil || u.Host == "" || !slices.Contains([]string{"http", "https", "ws", "wss"}, u.Scheme) {
		problem("the aggregator URL must be an http, https, ws or wss URL")
	}
	if cfg.AggregatorTimeout < 0 {
		problem("the aggregator timeout %s is negative", cfg.AggregatorTimeout)
	}
	if cfg.ProbeInterval < 0 {
		problem("the probe interval %s is negative", cfg.ProbeInterval)
	}
	if len(cfg.RollupChainIDs) == 0 {
		problem("at least one rollup chain ID is required")
	}
	rollups := map[uint64]bool{}
	for _, id := range cfg.RollupChainIDs {
		if id == 0 {
			problem("rollup chain ID 0 is not a chain")
		}
		rollups[id] = true
	}
	if cfg.ServiceManager == (common.Address{}) {
		problem("the service manager address is required")
	}
	// Drill alerts rehearse the whole path; the service manager always accepts them, and so does every signer.
	rollups[deploy.DrillRollupChainID] = true
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	s := &Signer{
		cfg: cfg, l1: l1, key: key, operatorID: operator.OperatorID(key), rollups: rollups,
		log: cfg.Logger, metrics: newMetrics(), services: newServices(), addrs: map[string]net.Addr{},
	}
	s.agg = &aggregatorClient{url: cfg.AggregatorURL, timeout: cfg.AggregatorTimeout, metrics: s.metrics,
		reachable: func(up bool) { s.services.set(ServiceAggregator, upOrDown(up)) }}
	return s, nil
}

// OperatorID is the id of the operator whose key signs.
func (s *Signer) OperatorID() common.Hash { return s.operatorID }

// Start reads the L1 chain ID and the service manager's settings (failing fast on the wrong L1 or deployment),
// binds the servers' listeners, and serves.
func (s *Signer) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped.Load() {
		return errors.New("signer: start after stop")
	}
	if !s.started.CompareAndSwap(false, true) {
		return errors.New("signer: already started")
	}
	id, err := s.l1.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("signer: read the L1 chain ID: %w", err)
	}
	if id == nil || id.Sign() <= 0 {
		return fmt.Errorf("signer: the L1 reports chain ID %v", id)
	}
	s.l1ChainID = id
	settings, err := s.l1.Settings(ctx)
	if err != nil {
		return fmt.Errorf("signer: read the service manager %s: %w", s.cfg.ServiceManager, err)
	}
	s.services.set(ServiceL1, StatusUp)

	s.rpcServer = rpc.NewServer()
	if err := s.rpcServer.RegisterName(AlertNamespace, alertAPI{s}); err != nil {
		return fmt.Errorf("signer: %w", err)
	}
	if err := s.rpcServer.RegisterName(HealthNamespace, healthAPI{s}); err != nil {
		return fmt.Errorf("signer: %w", err)
	}
	handlers := []struct {
		name, addr string
		handler    http.Handler
	}{{"rpc", s.cfg.ListenAddr, s.rpcServer}}
	if s.cfg.NodeAPIAddr != "" {
		handlers = append(handlers, struct {
			name, addr string
			handler    http.Handler
		}{"nodeAPI", s.cfg.NodeAPIAddr, s.nodeAPI()})
	}
	if s.cfg.MetricsAddr != "" {
		mux := http.NewServeMux()
		mux.Handle("GET /metrics", s.metrics.handler())
		handlers = append(handlers, struct {
			name, addr string
			handler    http.Handler
		}{"metrics", s.cfg.MetricsAddr, mux})
	}
	var listeners []net.Listener
	for _, h := range handlers {
		var lc net.ListenConfig
		l, err := lc.Listen(ctx, "tcp", h.addr)
		if err != nil {
			for _, open := range listeners {
				_ = open.Close()
			}
			s.rpcServer.Stop()
			return fmt.Errorf("signer: listen for the %s server on %s: %w", h.name, h.addr, err)
		}
		listeners = append(listeners, l)
		s.addrs[h.name] = l.Addr()
	}

	runCtx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	s.group, runCtx = errgroup.WithContext(runCtx)
	for i, h := range handlers {
		srv := &http.Server{Handler: h.handler, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
		s.servers = append(s.servers, srv)
		l := listeners[i]
		s.goSafe(h.name+" server", func() error {
			if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return fmt.Errorf("signer: %s server: %w", h.name, err)
			}
			return nil
		})
	}
	s.services.set(ServiceJSONRPC, StatusUp)
	s.goSafe("prober", func() error { s.probeLoop(runCtx); return nil })
	s.log.Info("signer started", "operator", s.operatorID, "rpc", s.addrs["rpc"], "nodeAPI", s.addrs["nodeAPI"],
		"metrics", s.addrs["metrics"], "l1ChainID", id, "serviceManager", s.cfg.ServiceManager,
		"maxReferenceBlockAge", settings.MaxReferenceBlockAge, "rollups", s.cfg.RollupChainIDs)
	return nil
}

// goSafe runs f in the signer's errgroup, turning a panic into an error.
func (s *Signer) goSafe(name string, f func() error) {
	s.group.Go(func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("signer: %s panicked: %v\n%s", name, r, debug.Stack())
				s.log.Error("goroutine panicked", "goroutine", name, "panic", r)
			}
		}()
		if err = f(); err != nil {
			s.log.Error("signer goroutine failed", "goroutine", name, "err", err)
		}
		return err
	})
}

// probeLoop probes the aggregator and the L1 now and every ProbeInterval, for the node API's health.
func (s *Signer) probeLoop(ctx context.Context) {
	ticker := time.NewTicker(s.cfg.ProbeInterval)
	defer ticker.Stop()
	for {
		if err := s.agg.probe(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("aggregator probe failed", "err", err)
		}
		pctx, cancel := context.WithTimeout(ctx, s.cfg.AggregatorTimeout)
		_, err := s.l1.Head(pctx)
		cancel()
		if ctx.Err() != nil {
			return
		}
		s.services.set(ServiceL1, upOrDown(err == nil))
		if err != nil {
			s.log.Warn("L1 probe failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

// Stop stops serving and waits for in-flight requests (bounded by ctx) and the signer's goroutines. It is safe
// to call on nil, before Start and more than once.
func (s *Signer) Stop(ctx context.Context) error {
	if s == nil || !s.stopped.CompareAndSwap(false, true) {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel == nil {
		return nil // never started, or Start failed and released what it had
	}
	s.services.set(ServiceJSONRPC, StatusDown)
	var errs []error
	for _, srv := range s.servers {
		if err := srv.Shutdown(ctx); err != nil {
			errs = append(errs, fmt.Errorf("signer: shut down a server: %w", err))
			_ = srv.Close()
		}
	}
	s.rpcServer.Stop()
	s.cancel()
	done := make(chan error, 1)
	go func() { done <- s.group.Wait() }()
	select {
	case err := <-done:
		errs = append(errs, err)
	case <-ctx.Done():
		errs = append(errs, fmt.Errorf("signer: stop: %w", ctx.Err()))
	}
	s.agg.close()
	s.log.Info("signer stopped", "operator", s.operatorID)
	return errors.Join(errs...)
}

// Stopped reports whether Stop was called.
func (s *Signer) Stopped() bool { return s.stopped.Load() }

// RPCAddr is the JSON-RPC server's bound address; nil before Start.
func (s *Signer) RPCAddr() net.Addr { return s.addr("rpc") }

// NodeAPIAddr is the node API server's bound address; nil before Start or when it is off.
func (s *Signer) NodeAPIAddr() net.Addr { return s.addr("nodeAPI") }

// MetricsAddr is the metrics server's bound address; nil before Start or when it is off.
func (s *Signer) MetricsAddr() net.Addr { return s.addr("metrics") }

func (s *Signer) addr(name string) net.Addr {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addrs[name]
}
