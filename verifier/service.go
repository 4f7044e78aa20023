package verifier

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/mach-avs/mach/avs/chain"
	"github.com/mach-avs/mach/avs/signer"
	"github.com/mach-avs/mach/internal/ethtx"
	"github.com/mach-avs/mach/internal/kv"
	"github.com/mach-avs/mach/prover"
)

// ErrWrongChain is returned by NewService when an L2 node is not on the rollup's chain.
var ErrWrongChain = errors.New("verifier: the L2 node is not on the rollup's chain")

// ErrNoWitness is returned by NewService when an L2 node does not serve debug_executionWitness: no block could
// ever be verified from it.
var ErrNoWitness = errors.New("verifier: the L2 node does not serve debug_executionWitness")

// Timeouts of the calls the service's clients make. A node or signer that never answers must not hold the
// verifier forever: the call fails and is retried after retry_interval. (They bound HTTP calls; a WebSocket
// connection has no per-call bound.)
const (
	// l2CallTimeout bounds one call to an L2 node; the execution witness of a full block takes the longest.
	l2CallTimeout = 2 * time.Minute
	// signerCallTimeout bounds one alert sent to a signer, which asks the aggregator before answering (the
	// signer's own aggregator_timeout defaults to 10s).
	signerCallTimeout = time.Minute
	// signerProbeTimeout bounds the health_check of each signer at start.
	signerProbeTimeout = 3 * time.Second
)

// Limits of the /metrics server.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 30 * time.Second
	idleTimeout       = 2 * time.Minute
	maxHeaderBytes    = 64 << 10
)

// ServiceConfig is what NewService runs. FileConfig.ServiceConfig builds it from the config file; a devnet fills
// it directly.
type ServiceConfig struct {
	// Verifier are the core's settings (RollupChainID, ChainConfig and AnchorHash required). Its Logger defaults
	// to Logger; its Metrics are the service's own (served on /metrics) unless set; its Oracle is built from
	// L2OutputOracle unless set.
	Verifier Config
	// L2RPCURL is the primary L2 node (required).
	L2RPCURL string
	// L2RPCURLSecondary is a second L2 node, optional: invalid verdicts are re-checked on it.
	L2RPCURLSecondary string
	// SignerURLs are the signers' JSON-RPC URLs alerts go to; none means alerts are only logged (unless
	// Deps.Sink is set).
	SignerURLs []string
	// L1RPCURL is dialled when L2OutputOracle is set and Deps.L1 is nil.
	L1RPCURL string
	// L2OutputOracle is the rollup's L2OutputOracle on L1; zero means posted outputs are not checked.
	L2OutputOracle common.Address
	// MetricsListen is the host:port of the /metrics server (which also serves GET /status); empty means none.
	MetricsListen string
	// StatusToken, when set, is the bearer token GET /status requires (Authorization: Bearer <token>); empty
	// serves /status to anyone who reaches metrics_listen. /metrics is not affected. Never logged.
	StatusToken string
	// DataDir is the progress store's directory; empty means an in-memory store (devnets and tests only: a
	// restart starts again from the anchor and may alert again).
	DataDir string
	// Logger; nil means slog.Default().
	Logger *slog.Logger
	// ZK, when set, is ZK mode: early alerts on the ZK manager, proof jobs to a prover. It needs the
	// L2OutputOracle.
	ZK *ZKServiceConfig
}

// ZKServiceConfig is ZK mode as the service runs it.
type ZKServiceConfig struct {
	ServiceManager common.Address
	// Key is the allowlisted operator account's key: it signs the early alerts. Never logged.
	Key *ecdsa.PrivateKey
	// ProverURL is a `mach prover` job API; empty means early alerts only.
	ProverURL string
}

// Deps are what NewService uses instead of building it.
type Deps struct {
	// L1 is the L1 client the L2OutputOracle is read on; nil means dial ServiceConfig.L1RPCURL. A given client
	// is not closed by Stop.
	L1 *ethclient.Client
	// Sink, when set, receives every alert too, after the signers.
	Sink AlertSink
}

// Service is the verifier as a process runs it: the core, its store, its L2 (and L1) clients, the signers alerts
// go to, and the /metrics server. Build it with NewService, run it with Start, stop it with Stop.
type Service struct {
	cfg     ServiceConfig
	log     *slog.Logger
	metrics *PromMetrics

	primary, secondary *Source
	signers            []*rpc.Client
	signerNames        []string
	l1                 *ethclient.Client
	ownL1              bool
	store              *kv.Store
	v                  *Verifier

	metricsHTTP *http.Server
	metricsLn   net.Listener

	wg      sync.WaitGroup
	started atomic.Bool
	stopped atomic.Bool
}

// NewService checks that every L2 node is on the rollup's chain and serves execution witnesses, and that the
// L2OutputOracle (when set) can be read, then opens the store and builds the verifier and its /metrics server.
// It binds no port and verifies nothing yet: Start does. On failure it releases what it built.
func NewService(ctx context.Context, cfg ServiceConfig, deps Deps) (*Service, error) {
	if cfg.L2RPCURL == "" {
		return nil, errors.New("verifier: service: the L2 node's URL is required")
	}
	if cfg.L2OutputOracle != (common.Address{}) && cfg.Verifier.Oracle == nil && deps.L1 == nil && cfg.L1RPCURL == "" {
		return nil, errors.New("verifier: service: the L2OutputOracle is set but no L1 client or URL is")
	}
	if err := cfg.Verifier.Validate(); err != nil {
		return nil, err
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Verifier.Logger == nil {
		cfg.Verifier.Logger = cfg.Logger
	}
	s := &Service{cfg: cfg, log: cfg.Logger.With("rollup", cfg.Verifier.RollupChainID), metrics: NewPromMetrics()}
	if s.cfg.Verifier.Metrics == nil {
		s.cfg.Verifier.Metrics = s.metrics
	}
	if err := s.init(ctx, deps); err != nil {
		return nil, errors.Join(err, s.Stop(ctx))
	}
	return s, nil
}

func (s *Service) init(ctx context.Context, deps Deps) error {
	cfg := &s.cfg
	var err error
	if s.primary, err = s.dialL2(ctx, "primary", "l2_rpc_url", cfg.L2RPCURL); err != nil {
		return err
	}
	if cfg.L2RPCURLSecondary != "" {
		if s.secondary, err = s.dialL2(ctx, "secondary", "l2_rpc_url_secondary", cfg.L2RPCURLSecondary); err != nil {
			return err
		}
	}

	var sinks Sinks
	for i, raw := range cfg.SignerURLs {
		name := fmt.Sprintf("signers[%d]", i)
		if u, err := url.Parse(raw); err == nil && u.Host != "" {
			name = u.Host // never the whole URL: it may carry a key
		}
		c, err := rpc.DialOptions(ctx, raw, rpc.WithHTTPClient(&http.Client{Timeout: signerCallTimeout}))
		if err != nil {
			return fmt.Errorf("verifier: signer %d (%s): %w", i, name, err)
		}
		s.signers = append(s.signers, c)
		s.signerNames = append(s.signerNames, name)
		sinks = append(sinks, NewSignerSink(name, c))
	}
	if deps.Sink != nil {
		sinks = append(sinks, deps.Sink)
	}
	var sink AlertSink = sinks
	if len(sinks) == 0 {
		sink = logSink{s.log}
	}

	if cfg.Verifier.Oracle == nil && cfg.L2OutputOracle != (common.Address{}) {
		s.l1 = deps.L1
		if s.l1 == nil {
			if s.l1, err = ethclient.DialContext(ctx, cfg.L1RPCURL); err != nil {
				return fmt.Errorf("verifier: connect to the L1: %w", err)
			}
			s.ownL1 = true
		}
		oracle, err := NewL2OutputOracle(s.l1, cfg.L2OutputOracle)
		if err != nil {
			return err
		}
		next, err := oracle.NextOutputIndex(ctx)
		if err != nil {
			return fmt.Errorf("verifier: read the L2OutputOracle: %w; is the L1 node reachable, and is %s the rollup's L2OutputOracle on it?", err, cfg.L2OutputOracle)
		}
		if next < cfg.Verifier.OracleStartIndex {
			s.log.Warn("the oracle start index is past the outputs posted so far; earlier outputs will not be checked",
				"oracleStartIndex", cfg.Verifier.OracleStartIndex, "posted", next)
		}
		cfg.Verifier.Oracle = oracle
	}
	if cfg.ZK != nil {
		zkSink, err := s.zkSink(ctx)
		if err != nil {
			return err
		}
		sinks = append(sinks, zkSink)
		sink = sinks
	}

	if s.store, err = kv.Open(cfg.DataDir); err != nil {
		return fmt.Errorf("verifier: progress store: %w", err)
	}
	if s.v, err = New(cfg.Verifier, s.primary, s.secondary, s.store, sink); err != nil {
		return err
	}
	if cfg.MetricsListen != "" {
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(s.metrics.Registry, promhttp.HandlerOpts{
			ErrorLog: slog.NewLogLogger(s.log.Handler(), slog.LevelWarn), Registry: s.metrics.Registry,
		}))
		mux.HandleFunc(StatusPath, s.serveStatus)
		s.metricsHTTP = &http.Server{
			Handler:           mux,
			ReadHeaderTimeout: readHeaderTimeout,
			ReadTimeout:       readTimeout,
			WriteTimeout:      writeTimeout,
			IdleTimeout:       idleTimeout,
			MaxHeaderBytes:    maxHeaderBytes,
			ErrorLog:          slog.NewLogLogger(s.log.With("server", "metrics").Handler(), slog.LevelWarn),
		}
	}
	return nil
}

// dialL2 connects to an L2 node and checks that it is on the rollup's chain and serves execution witnesses. key
// names the setting the URL came from, for the messages.
func (s *Service) dialL2(ctx context.Context, name, key, rawURL string) (*Source, error) {
	c, err := rpc.DialOptions(ctx, rawURL, rpc.WithHTTPClient(&http.Client{Timeout: l2CallTimeout}))
	if err != nil {
		return nil, fmt.Errorf("verifier: connect to the %s L2 node (%s): %w", name, key, err)
	}
	src := NewSource(name, c)
	if err := s.checkL2(ctx, c, name, key); err != nil {
		src.Close()
		return nil, err
	}
	return src, nil
}

func (s *Service) checkL2(ctx context.Context, c *rpc.Client, name, key string) error {
	var id hexutil.Big
	if err := c.CallContext(ctx, &id, "eth_chainId"); err != nil {
		return fmt.Errorf("verifier: read the %s L2 node's chain ID (%s): %w; is the node running and reachable?", name, key, err)
	}
	if want := new(big.Int).SetUint64(s.cfg.Verifier.RollupChainID); id.ToInt().Cmp(want) != 0 {
		return fmt.Errorf("%w: the %s L2 node (%s) is on chain %s, the rollup is chain %s; point %s at the rollup's node, or fix rollup_chain_id",
			ErrWrongChain, name, key, id.ToInt(), want, key)
	}
	// Called without its argument, debug_executionWitness costs nothing: a node that serves it answers "invalid
	// params", one that does not answers "method not found".
	var ignored any
	err := c.CallContext(ctx, &ignored, "debug_executionWitness")
	var rerr rpc.Error
	if errors.As(err, &rerr) && rerr.ErrorCode() == -32601 {
		return fmt.Errorf("%w: the %s L2 node (%s) answers %q; enable its debug API (op-geth: --http.api=eth,debug), or use a node that serves it",
			ErrNoWitness, name, key, rerr.Error())
	}
	return nil
}

// Start binds the metrics listener, loads progress (or fetches the anchor) and starts verifying. Call it once;
// after a failure, call Stop.
func (s *Service) Start(ctx context.Context) error {
	if s.stopped.Load() || !s.started.CompareAndSwap(false, true) {
		return errors.New("verifier: service: Start called twice or after Stop")
	}
	if s.metricsHTTP != nil {
		var lc net.ListenConfig
		ln, err := lc.Listen(ctx, "tcp", s.cfg.MetricsListen)
		if err != nil {
			return fmt.Errorf("verifier: metrics server: %w; free the port or change metrics_listen", err)
		}
		s.metricsLn = ln
	}
	if err := s.v.Start(ctx); err != nil {
		if errors.Is(err, ErrNotFound) {
			return fmt.Errorf("%w; the L2 node does not have the anchor block: is anchor_block_hash a block of this chain (and not pruned)?", err)
		}
		return err
	}
	if s.metricsHTTP != nil {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			if err := s.metricsHTTP.Serve(s.metricsLn); err != nil && !errors.Is(err, http.ErrServerClosed) {
				s.log.Error("server stopped", "server", "metrics", "err", err)
			}
		}()
	}
	st := s.v.Status()
	s.log.Info("verifier started", "metrics", s.metricsURL(), "verified", st.VerifiedNumber, "hash", st.VerifiedHash,
		"anchor", s.cfg.Verifier.AnchorHash, "secondary", s.secondary != nil, "signers", len(s.signers),
		"oracle", s.oracleName(), "store", storeName(s.cfg.DataDir), "statusToken", s.cfg.StatusToken != "")
	if len(s.signers) == 0 {
		s.log.Warn("no signer_urls: alerts are only logged; no operator will sign them")
	}
	s.probeSigners(ctx)
	return nil
}

// probeSigners warns about each signer that does not answer health_check: its alerts would not be delivered
// (the verifier retries them, but an operator should know now).
func (s *Service) probeSigners(ctx context.Context) {
	for i, c := range s.signers {
		pctx, cancel := context.WithTimeout(ctx, signerProbeTimeout)
		var h signer.HealthResult
		err := c.CallContext(pctx, &h, signer.HealthNamespace+"_check")
		cancel()
		switch {
		case err != nil:
			s.log.Warn("signer does not answer health_check; alerts to it will fail until it does", "signer", s.signerNames[i], "err", err)
		case !h.Healthy:
			s.log.Warn("signer reports it is not healthy", "signer", s.signerNames[i])
		}
	}
}

// Stop stops the /metrics server and the verifier, closes the store and the clients it dialled, and waits for
// its goroutines. It is safe to call on nil, on a service that never started, and more than once.
func (s *Service) Stop(ctx context.Context) error {
	if s == nil || !s.stopped.CompareAndSwap(false, true) {
		return nil
	}
	var errs []error
	if s.metricsHTTP != nil {
		if err := s.metricsHTTP.Shutdown(ctx); err != nil {
			errs = append(errs, fmt.Errorf("verifier: stop metrics server: %w", err), s.metricsHTTP.Close())
		}
	}
	if s.metricsLn != nil {
		_ = s.metricsLn.Close() // already closed by Shutdown if it was serving
	}
	s.wg.Wait()
	if s.v != nil {
		errs = append(errs, s.v.Stop(ctx))
	}
	errs = append(errs, s.store.Close())
	for _, src := range []*Source{s.primary, s.secondary} {
		if src != nil {
			src.Close()
		}
	}
	for _, c := range s.signers {
		c.Close()
	}
	if s.ownL1 && s.l1 != nil {
		s.l1.Close()
	}
	return errors.Join(errs...)
}

// Stopped reports whether Stop was called.
func (s *Service) Stopped() bool { return s.stopped.Load() }

// MetricsAddr is the metrics server's bound host:port once started ("" before, or without a metrics server).
func (s *Service) MetricsAddr() string {
	if s.metricsLn == nil {
		return ""
	}
	return s.metricsLn.Addr().String()
}

// Status is the verifier's progress.
func (s *Service) Status() Status { return s.v.Status() }

// StatusPath is where the metrics server (metrics_listen) serves the verifier's status as JSON (StatusReport):
// what a standalone proxy's verifier feed polls (proxy rollups[].verifier_url).
const StatusPath = "/status"

// StatusReport is the body of GET /status on the metrics server.
type StatusReport struct {
	// RollupChainID is the chain the verifier follows; a reader checks it is the rollup it expects.
	RollupChainID uint64 `json:"rollupChainId"`
	// VerifiedHead is the highest block re-executed and found valid; null until the verifier has loaded its
	// progress (or fetched its anchor).
	VerifiedHead *HeadRef `json:"verifiedHead"`
	// UpstreamHead is the primary L2 node's head as last seen (0 before the first poll).
	UpstreamHead uint64 `json:"upstreamHead"`
	// Halted is set while the block after the verified head is invalid: nothing past it is verified until the L2
	// replaces it. null otherwise.
	Halted *HaltSummary `json:"halted"`
	// ReadAt is when the verifier's status was read (the verifier's clock).
	ReadAt time.Time `json:"readAt"`
}

// HeadRef names one L2 block.
type HeadRef struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
}

// HaltSummary is the alert the verifier is halted on, without its evidence.
type HaltSummary struct {
	// Block and BlockHash are the invalid block as the L2 gave it.
	Block     uint64      `json:"block"`
	BlockHash common.Hash `json:"blockHash"`
	// Kind is the alert's type (alert.Kind's name) and MessageHash the hash operators sign and L1 stores.
	Kind        string      `json:"kind"`
	MessageHash common.Hash `json:"messageHash"`
	// Reason is what the verifier found wrong: the alert's mismatches in words, joined by "; " (at most about
	// 1 KB); absent when the alert lists none.
	Reason     string    `json:"reason,omitempty"`
	DetectedAt time.Time `json:"detectedAt"`
}

// maxReasonBytes bounds HaltSummary.Reason (an alert's mismatches may quote a long execution error).
const maxReasonBytes = 1024

// Summary is the alert as /status shows it: without its evidence, its mismatches joined into one reason.
func (a *Alert) Summary() HaltSummary {
	h := HaltSummary{Block: a.Block, BlockHash: a.BlockHash, DetectedAt: a.DetectedAt.UTC()}
	if a.Alert != nil {
		h.Kind, h.MessageHash = a.Alert.Kind().String(), a.Alert.MessageHash()
	}
	h.Reason = strings.Join(a.Mismatches, "; ")
	if len(h.Reason) > maxReasonBytes {
		cut := maxReasonBytes
		for cut > 0 && !utf8.RuneStart(h.Reason[cut]) {
			cut--
		}
		h.Reason = h.Reason[:cut] + "…"
	}
	return h
}

// Report is the verifier's status as GET /status serves it, read at now.
func (s *Service) Report(now time.Time) StatusReport {
	st := s.v.Status()
	r := StatusReport{RollupChainID: s.cfg.Verifier.RollupChainID, UpstreamHead: st.UpstreamHead, ReadAt: now.UTC()}
	if st.VerifiedHash != (common.Hash{}) {
		r.VerifiedHead = &HeadRef{Number: st.VerifiedNumber, Hash: st.VerifiedHash}
	}
	if a := st.Halted; a != nil {
		h := a.Summary()
		r.Halted = &h
	}
	return r
}

// StatusAuthRealm is the realm GET /status names in WWW-Authenticate when it refuses a request.
const StatusAuthRealm = "mach verifier status"

// authorized reports whether r may read /status: always without a StatusToken, else only with
// "Authorization: Bearer <token>". It answers 401 itself otherwise. The comparison takes the same time whatever the
// token sent (both sides are hashed first, so not even the length leaks).
func (s *Service) authorized(w http.ResponseWriter, r *http.Request) bool {
	if s.cfg.StatusToken == "" {
		return true
	}
	msg := "missing bearer token: send Authorization: Bearer <token>, the token of the verifier's status_token_env (a proxy sets it with verifier_token_env)"
	if scheme, got, ok := strings.Cut(r.Header.Get("Authorization"), " "); ok && strings.EqualFold(scheme, "Bearer") {
		want := sha256.Sum256([]byte(s.cfg.StatusToken))
		have := sha256.Sum256([]byte(strings.TrimSpace(got)))
		if subtle.ConstantTimeCompare(want[:], have[:]) == 1 {
			return true
		}
		msg = "wrong bearer token: the token sent is not the verifier's status_token_env"
	}
	w.Header().Set("WWW-Authenticate", `Bearer realm="`+StatusAuthRealm+`"`)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusUnauthorized)
	body, _ := json.Marshal(map[string]string{"error": msg})
	_, _ = w.Write(append(body, '\n'))
	return false
}

// serveStatus answers GET (and HEAD) /status with Report, never cached; with a StatusToken, only to a request
// carrying it.
func (s *Service) serveStatus(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(w, r) {
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "GET only", http.StatusMethodNotAllowed)
		return
	}
	body, err := json.Marshal(s.Report(time.Now()))
	if err != nil { // cannot happen: every field is a plain value
		http.Error(w, "encode status", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(append(body, '\n'))
}

// Verifier is the core the service runs.
func (s *Service) Verifier() *Verifier { return s.v }

// Metrics are the service's Prometheus metrics (the registry /metrics serves).
func (s *Service) Metrics() *PromMetrics { return s.metrics }

func (s *Service) metricsURL() string {
	if s.metricsLn == nil {
		return "none"
	}
	return "http://" + s.MetricsAddr() + "/metrics"
}

func (s *Service) oracleName() string {
	if s.cfg.Verifier.Oracle == nil {
		return "none"
	}
	if s.cfg.L2OutputOracle != (common.Address{}) {
		return s.cfg.L2OutputOracle.Hex()
	}
	return "given"
}

func storeName(dir string) string {
	if dir == "" {
		return "in memory"
	}
	return dir
}

// logSink is the alert sink when no signer is configured: the verifier already logs every alert it raises, so it
// only says that nobody else hears of it.
type logSink struct{ log *slog.Logger }

func (l logSink) Emit(_ context.Context, a Alert) error {
	l.log.Warn("alert not sent to any signer: signer_urls is empty", "block", a.Block, "alert", a.Alert.MessageHash())
	return nil
}

// zkSink builds ZK mode's sink: the early alerter from the configured key, and the prover's job API client.
func (s *Service) zkSink(ctx context.Context) (*ZKSink, error) {
	cfg := s.cfg.ZK
	if s.l1 == nil || s.cfg.Verifier.Oracle == nil {
		return nil, errors.New("verifier: ZK mode needs the L2OutputOracle and its L1 (l1_rpc_url, l2_output_oracle)")
	}
	zk, err := chain.NewZK(s.l1, cfg.ServiceManager)
	if err != nil {
		return nil, err
	}
	sender, err := ethtx.New(ctx, s.l1, cfg.Key, ethtx.Config{Logger: s.log})
	if err != nil {
		return nil, fmt.Errorf("verifier: zk: %w", err)
	}
	ok, err := zk.IsAllowlisted(ctx, sender.From())
	if err != nil {
		return nil, fmt.Errorf("verifier: zk: read the ZK manager %s: %w; is it a MachZkServiceManager on this L1?", cfg.ServiceManager, err)
	}
	if !ok {
		s.log.Warn("the ZK manager does not allowlist this account: early alerts will be refused until its whitelister adds it",
			"account", sender.From(), "zkServiceManager", cfg.ServiceManager)
	}
	var jobs prover.Enqueuer
	if cfg.ProverURL != "" {
		c, err := prover.NewClient(cfg.ProverURL, nil)
		if err != nil {
			return nil, fmt.Errorf("verifier: zk.prover_url: %w", err)
		}
		jobs = c
	} else {
		s.log.Warn("zk.prover_url is empty: early alerts are posted, but no proof is sought")
	}
	s.log.Info("ZK mode", "zkServiceManager", cfg.ServiceManager, "alerter", sender.From(), "prover", cfg.ProverURL != "")
	return NewZKSink(ZKSinkConfig{Alerter: zk.Writer(sender), Jobs: jobs, Source: s.primary, Oracle: s.cfg.Verifier.Oracle,
		ChainConfig: s.cfg.Verifier.ChainConfig, Logger: s.log.With("sink", "zk")})
}
