package aggregator

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/mach-avs/mach/avs/chain"
	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/internal/ethtx"
	"github.com/mach-avs/mach/internal/kv"
)

// ErrNotAlertConfirmer is returned by NewService when its key is not the service manager's alert confirmer:
// every confirmAlert it sent would revert.
var ErrNotAlertConfirmer = errors.New("aggregator: the key is not the service manager's alert confirmer")

// ErrWrongChain is returned by NewService when the L1 is not the chain the deployment is on.
var ErrWrongChain = errors.New("aggregator: the L1 is not the deployment's chain")

// Limits of the servers. A signer's request is a few hundred bytes; the limits only keep a misbehaving client
// from holding memory or connections.
const (
	maxRequestBody    = 1 << 20 // bytes of one JSON-RPC request (or batch)
	maxBatchItems     = 100
	maxBatchResponse  = 5 << 20
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 60 * time.Second // OpenTask reads the operator set from L1 before answering
	idleTimeout       = 2 * time.Minute
	maxHeaderBytes    = 64 << 10
)

// ServiceConfig is what NewService runs. FileConfig.ServiceConfig builds it from the config file; the devnet
// fills it directly.
type ServiceConfig struct {
	// Aggregator are the core's settings. Its Logger defaults to Logger; its Metrics are the service's own
	// (served on /metrics) unless set.
	Aggregator Config
	// L1RPCURL is dialled when Deps.L1 is nil.
	L1RPCURL string
	// Deployment is the Mach deployment (required).
	Deployment *deploy.Output
	// Key is the alert confirmer's key (required).
	Key *ecdsa.PrivateKey
	// Listen is the host:port of the JSON-RPC server for signers (required; port 0 picks a free port).
	Listen string
	// MetricsListen is the host:port of the /metrics server; empty means none.
	MetricsListen string
	// DataDir is the task store's directory; empty means an in-memory store (devnets and tests only: a restart
	// loses every task).
	DataDir string
	// Tx tunes the confirmAlert sender (receipt polling); its Logger defaults to Logger.
	Tx ethtx.Config
	// Logger; nil means slog.Default().
	Logger *slog.Logger
}

// Deps are what NewService uses instead of building it.
type Deps struct {
	// L1 is the L1 client; nil means dial ServiceConfig.L1RPCURL. A given client is not closed by Stop.
	L1 *ethclient.Client
}

// Service is the aggregator as a process runs it: the core, its store, its L1 client and sender, the JSON-RPC
// server signers call and the /metrics server. Build it with NewService, run it with Start, stop it with Stop.
type Service struct {
	cfg       ServiceConfig
	log       *slog.Logger
	client    *ethclient.Client
	ownClient bool
	store     *kv.Store
	agg       *Aggregator
	metrics   *PromMetrics
	confirmer common.Address

	rpc         *rpc.Server
	rpcHTTP     *http.Server
	metricsHTTP *http.Server
	rpcLn       net.Listener
	metricsLn   net.Listener

	wg      sync.WaitGroup
	started atomic.Bool
	stopped atomic.Bool
}

// NewService checks that the L1 is the deployment's chain and that Key is the service manager's alert confirmer,
// then opens the store and builds the aggregator and its servers. It binds no port: Start does. On failure it
// releases what it built.
func NewService(ctx context.Context, cfg ServiceConfig, deps Deps) (*Service, error) {
	switch {
	case cfg.Deployment == nil:
		return nil, errors.New("aggregator: service: the deployment is required")
	case cfg.Key == nil:
		return nil, errors.New("aggregator: service: the alert confirmer's key is required")
	case cfg.Listen == "":
		return nil, errors.New("aggregator: service: the JSON-RPC listen address is required")
	case deps.L1 == nil && cfg.L1RPCURL == "":
		return nil, errors.New("aggregator: service: an L1 client or URL is required")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Aggregator.Logger == nil {
		cfg.Aggregator.Logger = cfg.Logger
	}
	if cfg.Tx.Logger == nil {
		cfg.Tx.Logger = cfg.Logger
	}
	s := &Service{cfg: cfg, log: cfg.Logger, metrics: NewPromMetrics(), confirmer: crypto.PubkeyToAddress(cfg.Key.PublicKey)}
	if s.cfg.Aggregator.Metrics == nil {
		s.cfg.Aggregator.Metrics = s.metrics
	}
	if err := s.init(ctx, deps); err != nil {
		return nil, errors.Join(err, s.Stop(ctx))
	}
	return s, nil
}

func (s *Service) init(ctx context.Context, deps Deps) error {
	cfg := s.cfg
	d := cfg.Deployment
	s.client = deps.L1
	if s.client == nil {
		client, err := ethclient.DialContext(ctx, cfg.L1RPCURL)
		if err != nil {
			return fmt.Errorf("aggregator: connect to the L1: %w", err)
		}
		s.client, s.ownClient = client, true
	}
	id, err := s.client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("aggregator: read the L1's chain ID: %w; is the node running and reachable?", err)
	}
	if want := d.ChainInfo.ChainID; want != 0 && (!id.IsUint64() || id.Uint64() != want) {
		return fmt.Errorf("%w: the L1 is chain %s, the deployment (service manager %s) is on chain %d; point the L1 URL or the deployment file at the right chain",
			ErrWrongChain, id, d.Addresses.MachServiceManager, want)
	}
	reader, err := chain.NewReader(s.client, d)
	if err != nil {
		return err
	}
	confirmer, err := reader.ServiceManager().AlertConfirmer(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fmt.Errorf("aggregator: read alertConfirmer() of the service manager %s: %w; is avs_deployment a deployment on this L1?", d.Addresses.MachServiceManager, err)
	}
	if confirmer != s.confirmer {
		return fmt.Errorf("%w: the key's address is %s, but the service manager %s accepts confirmAlert only from %s; give the aggregator that account's key, or have the owner make %s the alert confirmer",
			ErrNotAlertConfirmer, s.confirmer, d.Addresses.MachServiceManager, confirmer, s.confirmer)
	}
	settings, err := reader.Settings(ctx)
	if err != nil {
		return fmt.Errorf("aggregator: %w", err)
	}
	if lag := cfg.Aggregator.ReferenceBlockLag; lag >= uint64(settings.MaxReferenceBlockAge) {
		return fmt.Errorf("aggregator: the reference block lag %d is not below the service manager's maxReferenceBlockAge %d: every task would expire", lag, settings.MaxReferenceBlockAge)
	}
	if s.store, err = kv.Open(cfg.DataDir); err != nil {
		return fmt.Errorf("aggregator: task store: %w", err)
	}
	sender, err := ethtx.New(ctx, s.client, cfg.Key, cfg.Tx)
	if err != nil {
		return fmt.Errorf("aggregator: %w", err)
	}
	if s.agg, err = New(ctx, cfg.Aggregator, reader, sender, s.store); err != nil {
		return err
	}
	if s.rpc, err = NewServer(s.agg); err != nil {
		return err
	}
	s.rpc.SetHTTPBodyLimit(maxRequestBody)
	s.rpc.SetBatchLimits(maxBatchItems, maxBatchResponse)
	s.rpcHTTP = s.httpServer(s.rpc, "json-rpc")
	if cfg.MetricsListen != "" {
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(s.metrics.Registry, promhttp.HandlerOpts{
			ErrorLog: slog.NewLogLogger(s.log.Handler(), slog.LevelWarn), Registry: s.metrics.Registry,
		}))
		s.metricsHTTP = s.httpServer(mux, "metrics")
	}
	return nil
}

func (s *Service) httpServer(h http.Handler, name string) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(s.log.With("server", name).Handler(), slog.LevelWarn),
	}
}

// Start binds the listeners, resumes the stored tasks and starts serving. Call it once; after a failure, call
// Stop.
func (s *Service) Start(ctx context.Context) error {
	if s.stopped.Load() || !s.started.CompareAndSwap(false, true) {
		return errors.New("aggregator: service: Start called twice or after Stop")
	}
	var lc net.ListenConfig
	var err error
	if s.rpcLn, err = lc.Listen(ctx, "tcp", s.cfg.Listen); err != nil {
		return fmt.Errorf("aggregator: JSON-RPC server: %w; free the port or change listen", err)
	}
	if s.metricsHTTP != nil {
		if s.metricsLn, err = lc.Listen(ctx, "tcp", s.cfg.MetricsListen); err != nil {
			return fmt.Errorf("aggregator: metrics server: %w; free the port or change metrics_listen", err)
		}
	}
	if err := s.agg.Start(ctx); err != nil {
		return err
	}
	s.serve(s.rpcHTTP, s.rpcLn, "json-rpc")
	if s.metricsHTTP != nil {
		s.serve(s.metricsHTTP, s.metricsLn, "metrics")
	}
	d := s.cfg.Deployment
	s.log.Info("aggregator started", "rpc", "http://"+s.RPCAddr(), "metrics", s.metricsURL(), "alertConfirmer", s.confirmer,
		"serviceManager", d.Addresses.MachServiceManager, "chain", d.ChainInfo.ChainID, "threshold", s.agg.Threshold(), "store", storeName(s.cfg.DataDir))
	return nil
}

func (s *Service) serve(srv *http.Server, ln net.Listener, name string) {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("server stopped", "server", name, "err", err)
		}
	}()
}

// Stop stops serving (letting requests in flight finish until ctx ends), stops the aggregator, closes the store
// and the L1 client it dialled, and waits for its goroutines. It is safe to call on nil, on a service that never
// started, and more than once.
func (s *Service) Stop(ctx context.Context) error {
	if s == nil || !s.stopped.CompareAndSwap(false, true) {
		return nil
	}
	var errs []error
	for _, srv := range []*http.Server{s.rpcHTTP, s.metricsHTTP} {
		if srv == nil {
			continue
		}
		if err := srv.Shutdown(ctx); err != nil {
			errs = append(errs, fmt.Errorf("aggregator: stop server: %w", err), srv.Close())
		}
	}
	for _, ln := range []net.Listener{s.rpcLn, s.metricsLn} {
		if ln != nil {
			_ = ln.Close() // already closed by Shutdown if it was serving
		}
	}
	s.wg.Wait()
	if s.rpc != nil {
		s.rpc.Stop()
	}
	errs = append(errs, s.agg.Stop(ctx), s.store.Close())
	if s.ownClient && s.client != nil {
		s.client.Close()
	}
	return errors.Join(errs...)
}

// Stopped reports whether Stop was called.
func (s *Service) Stopped() bool { return s.stopped.Load() }

// RPCAddr is the JSON-RPC server's bound host:port once started ("" before).
func (s *Service) RPCAddr() string { return addr(s.rpcLn) }

// MetricsAddr is the metrics server's bound host:port once started ("" before, or without a metrics server).
func (s *Service) MetricsAddr() string { return addr(s.metricsLn) }

// Aggregator is the core the service runs.
func (s *Service) Aggregator() *Aggregator { return s.agg }

// Metrics are the service's Prometheus metrics (the registry /metrics serves).
func (s *Service) Metrics() *PromMetrics { return s.metrics }

// AlertConfirmer is the address the service confirms alerts from.
func (s *Service) AlertConfirmer() common.Address { return s.confirmer }

func (s *Service) metricsURL() string {
	if s.metricsLn == nil {
		return "none"
	}
	return "http://" + s.MetricsAddr() + "/metrics"
}

func addr(ln net.Listener) string {
	if ln == nil {
		return ""
	}
	return ln.Addr().String()
}

func storeName(dir string) string {
	if dir == "" {
		return "in memory"
	}
	return dir
}
