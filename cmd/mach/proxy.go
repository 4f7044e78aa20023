package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/mach-avs/mach/avs/alertstate"
	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/internal/alertfeed"
	"github.com/mach-avs/mach/internal/config"
	"github.com/mach-avs/mach/internal/verifiedfeed"
	"github.com/mach-avs/mach/proxy"
)

// proxyStopTimeout bounds a graceful stop (requests in flight finish); a second Ctrl-C cuts it short.
const proxyStopTimeout = 15 * time.Second

// proxyFileConfig is the config file of `mach proxy` (config-files/proxy.yaml): the proxy's keys (proxy.Config)
// at the top level, then the alert_state section and the log keys.
//
// The proxy's keys are listed field by field rather than embedded with `yaml:",inline"`: internal/config's
// unknown-key check and its env listing do not follow inline fields (they would see one key named "config").
// TestProxyFileConfig_HasEveryProxyKey fails when proxy.Config gains a key this list lacks.
type proxyFileConfig struct {
	Listen        string                `yaml:"listen" env:"MACH_PROXY_LISTEN"`
	MetricsListen string                `yaml:"metrics_listen" env:"MACH_PROXY_METRICS_LISTEN"`
	Limits        proxy.LimitsConfig    `yaml:"limits"`
	Timeouts      proxy.Timeouts        `yaml:"timeouts"`
	Health        proxy.HealthConfig    `yaml:"health"`
	CORS          proxy.CORSConfig      `yaml:"cors"`
	Methods       proxy.MethodsConfig   `yaml:"methods"`
	Breaker       proxy.BreakerConfig   `yaml:"breaker"`
	RateLimit     proxy.RateLimitConfig `yaml:"rate_limit"`
	Cache         proxy.CacheConfig     `yaml:"cache"`
	Rollups       []proxy.RollupConfig  `yaml:"rollups"`
	Retries       int                   `yaml:"retries" env:"MACH_PROXY_RETRIES"`

	// AlertState is where the breaker's alerts come from: the L1 watcher (avs/alertstate).
	AlertState proxyAlertStateConfig `yaml:"alert_state"`

	// LogFormat is text or json.
	LogFormat string `yaml:"log_format" env:"MACH_PROXY_LOG_FORMAT"`
	// LogLevel is debug, info, warn or error.
	LogLevel string `yaml:"log_level" env:"MACH_PROXY_LOG_LEVEL"`
}

// proxyAlertStateConfig configures the L1 watcher feeding the breaker. Without L1RPCURL there is no alert
// source: the breaker never trips.
type proxyAlertStateConfig struct {
	// L1RPCURL is the L1 node the watcher polls; empty means no alert source.
	L1RPCURL string `yaml:"l1_rpc_url" env:"MACH_PROXY_ALERT_STATE_L1_RPC_URL"`
	// AVSDeployment is the path of machavs_deploy_output.json (deploy.ReadOutput).
	AVSDeployment string `yaml:"avs_deployment" env:"MACH_PROXY_ALERT_STATE_AVS_DEPLOYMENT"`
	// ZkServiceManager is a MachZkServiceManager proxy to watch too; empty means none.
	ZkServiceManager string `yaml:"zk_service_manager" env:"MACH_PROXY_ALERT_STATE_ZK_SERVICE_MANAGER"`
	// Confirmations is how deep an L1 block must be before its events count; 0 follows the head (devnets).
	Confirmations uint64 `yaml:"confirmations" env:"MACH_PROXY_ALERT_STATE_CONFIRMATIONS"`
	// PollInterval is how often L1 is polled.
	PollInterval time.Duration `yaml:"poll_interval" env:"MACH_PROXY_ALERT_STATE_POLL_INTERVAL"`
}

// proxyMaxConfirmations is alertstate's bound (state deeper than that may be pruned on a non-archive node).
const proxyMaxConfirmations = 64

var _ config.Config = (*proxyFileConfig)(nil)

// Defaults sets the proxy's defaults (proxy.Config.Defaults), the watcher's (2 confirmations, 2s polls) and text
// logs at info.
func (c *proxyFileConfig) Defaults() {
	c.fromProxy(proxy.DefaultConfig())
	c.AlertState = proxyAlertStateConfig{Confirmations: alertstate.DefaultConfirmations, PollInterval: alertstate.DefaultPollInterval}
	c.LogFormat, c.LogLevel = "text", "info"
}

// Proxy returns the proxy's share of the file.
func (c *proxyFileConfig) Proxy() proxy.Config {
	return proxy.Config{
		Listen: c.Listen, MetricsListen: c.MetricsListen, Limits: c.Limits, Timeouts: c.Timeouts, Health: c.Health,
		CORS: c.CORS, Methods: c.Methods, Breaker: c.Breaker, RateLimit: c.RateLimit, Cache: c.Cache, Rollups: c.Rollups,
		Retries: c.Retries,
	}
}

func (c *proxyFileConfig) fromProxy(p proxy.Config) {
	c.Listen, c.MetricsListen, c.Limits, c.Timeouts, c.Health = p.Listen, p.MetricsListen, p.Limits, p.Timeouts, p.Health
	c.CORS, c.Methods, c.Breaker, c.RateLimit, c.Rollups = p.CORS, p.Methods, p.Breaker, p.RateLimit, p.Rollups
	c.Cache, c.Retries = p.Cache, p.Retries
}

// Validate reports every problem at once: the proxy's (proxy.Config.Validate), then alert_state's and the log
// keys'.
func (c *proxyFileConfig) Validate() error {
	cfg := c.Proxy()
	errs := []error{cfg.Validate()}
	var p config.Problems
	a := c.AlertState
	if a.L1RPCURL != "" {
		p.URL("alert_state.l1_rpc_url", a.L1RPCURL, true, "the L1 node's JSON-RPC URL, or leave it empty to run without alerts", "http", "https", "ws", "wss")
		if p.File("alert_state.avs_deployment", a.AVSDeployment, "machavs_deploy_output.json (written by mach deploy)") {
			if _, err := deploy.ReadOutput(a.AVSDeployment); err != nil {
				p.Addf("alert_state.avs_deployment", "cannot be read (%v); set it to the machavs_deploy_output.json mach deploy wrote", err)
			}
		}
	} else if a.AVSDeployment != "" || a.ZkServiceManager != "" {
		p.Addf("alert_state.l1_rpc_url", "is empty while alert_state.avs_deployment or zk_service_manager is set; set the L1 node's URL, or clear the section to run without alerts")
	}
	if a.ZkServiceManager != "" && !common.IsHexAddress(a.ZkServiceManager) {
		p.Addf("alert_state.zk_service_manager", "is not an address (0x and 40 hex digits); set the MachZkServiceManager proxy or leave it empty")
	}
	if a.Confirmations > proxyMaxConfirmations {
		p.Addf("alert_state.confirmations", "is %d; set it from 0 (follow the head) to %d, like 2", a.Confirmations, proxyMaxConfirmations)
	}
	if a.PollInterval <= 0 {
		p.Addf("alert_state.poll_interval", "is %s; set a positive duration, like 2s", a.PollInterval)
	}
	switch c.LogFormat {
	case "text", "json":
	default:
		p.Addf("log_format", "is %q; set text or json", c.LogFormat)
	}
	if _, err := config.ParseLogLevel(c.LogLevel); err != nil {
		p.Addf("log_level", "is %q; set debug, info, warn or error", c.LogLevel)
	}
	return errors.Join(append(errs, p.Err())...)
}

// Logger returns a logger writing to w in log_format at log_level.
func (c *proxyFileConfig) Logger(w io.Writer) (*slog.Logger, error) {
	return config.NewLogger(w, c.LogFormat, c.LogLevel)
}

// proxyEnvVars lists the variables of the proxy's config; rollups is read from the file only (config.EnvVars
// reports lists of sections, which have no variable).
func proxyEnvVars(cfg any) ([]config.Var, error) {
	vars, err := config.EnvVars(cfg)
	if err != nil && !strings.Contains(err.Error(), "rollups is a list of sections") {
		return nil, err
	}
	return vars, nil
}

// proxyFlags holds the flags of `mach proxy`.
type proxyFlags struct {
	config string
	l1     string

	given map[string]bool
}

func proxyFlagSet(f *proxyFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("mach proxy", flag.ContinueOnError)
	fs.StringVar(&f.config, "config", "", "the proxy's config file at `PATH` (config-files/proxy.yaml documents it); without it, every key but rollups comes from MACH_PROXY_* variables")
	fs.StringVar(&f.l1, "l1", "", "the L1 node's JSON-RPC `URL` the alert state is read from (overrides alert_state.l1_rpc_url)")
	return fs
}

var proxyDoc = doc{
	synopsis: "--config PATH [--l1 URL]",
	about: `
Runs the JSON-RPC proxy wallets point at until SIGINT or SIGTERM (a second one cuts the graceful stop short). It
serves each rollup of the config at http://<listen>/rpc/<name> (and at / by Host header), forwards calls to the
rollup's health-checked upstreams, and trips the rollup's circuit breaker when the alert state on L1 says its
state must not be treated as final: by breaker policy, an early, confirmed or proved alert annotates, blocks
writes or blocks every call (-32090). proxy/README.md documents the wire behaviour.

The alert state comes from the MachServiceManager of alert_state.avs_deployment (and the MachZkServiceManager at
alert_state.zk_service_manager), polled on alert_state.l1_rpc_url every alert_state.poll_interval, events
counted once alert_state.confirmations deep; rollups are watched by their chain_id. When L1 has not been heard
from for breaker.stale_after, breaker.on_l1_stale decides (open: keep serving by the last known alerts; closed:
block every call). Without alert_state.l1_rpc_url the proxy runs with no alert source: it forwards and
health-checks, but the breaker never trips (a warning says so at start).

Each rollup with a verifier_url (its mach verifier's metrics_listen, http://host:port) gets that verifier's
verified head, polled from its GET /status every second: it drives rewrite_tags, mach_finality's "verified" and
the caching of transactions (at or below the verified head, instead of cache.min_depth). A verifier not heard from
for 30s counts as having verified nothing until it answers again; one on another chain stops the proxy at start.
With verifier_token_env, the token in that variable goes to the verifier as a bearer token (its
status_token_env); the proxy does not start when the variable is empty, and a verifier that refuses the token
(401) is logged as an error and counts as not answering. A verifier halted at an invalid block (the block after
its verified head) shows in /status (verifierHalted), on the status page and in mach_proxy_verifier_halted, and
is logged once when it halts and once when it resumes. Without verifier_url a rollup has no verified head, and
rewrite_tags warns that it does nothing.

At start it reads the deployment, checks that the L1 node is on the deployment's chain, reads the alert state
once, checks every upstream once, then listens. /healthz, /readyz and /status (per rollup: breaker and upstreams)
are served on listen; Prometheus metrics (mach_proxy_*, and mach_alertstate_* with an alert source) at /metrics
on metrics_listen, or on listen when it is empty.

The configuration is read from --config, then MACH_PROXY_* environment variables override its keys (listed by
mach config env --role proxy; rollups is read from the file only), then --l1 overrides alert_state.l1_rpc_url.

Logs (log_format, log_level) go to stderr; the line "proxy serving" gives the listen address and the /status URL.`,
	flagSet: func() *flag.FlagSet { return proxyFlagSet(&proxyFlags{}) },
}

func runProxy(path, args []string, stdout, stderr io.Writer) int {
	ctx, cancel := signalContext()
	defer cancel()
	return serveProxy(ctx, path, args, stdout, stderr)
}

// serveProxy is `mach proxy` running until ctx is cancelled.
func serveProxy(ctx context.Context, path, args []string, stdout, stderr io.Writer) int {
	f := &proxyFlags{given: map[string]bool{}}
	fs := proxyFlagSet(f)
	if code, ok := parseFlags(fs, path, args, stdout, stderr); !ok {
		return code
	}
	fs.Visit(func(fl *flag.Flag) { f.given[fl.Name] = true })
	if f.given["l1"] && !validRPCURL(f.l1) {
		return usageError(stderr, path, "--l1 is not an absolute http, https, ws or wss URL (value not shown: URLs may carry API keys)")
	}

	cfg := new(proxyFileConfig)
	if err := config.Read(f.config, cfg); err != nil {
		return fail(stderr, path, err)
	}
	if f.l1 != "" {
		cfg.AlertState.L1RPCURL = f.l1
	}
	if err := cfg.Validate(); err != nil {
		if f.config == "" {
			return fail(stderr, path, fmt.Errorf("%w\n(no --config given: the configuration came from MACH_PROXY_* variables only, and rollups needs a file)", err))
		}
		return fail(stderr, path, fmt.Errorf("%w\nfix %s; mach config validate --config %s --role proxy checks it", err, f.config, f.config))
	}

	var red redactor
	red.addURL(cfg.AlertState.L1RPCURL)
	for _, r := range cfg.Rollups {
		for _, u := range r.Upstreams {
			red.addURL(u.URL)
			red.addURL(u.WSURL)
		}
		red.addURL(r.VerifierURL)
	}
	failed := func(err error) int { return fail(stderr, path, red.err(err)) }
	logger, err := cfg.Logger(stderr)
	if err != nil {
		return failed(err)
	}

	// The proxy is built first so that the watcher's metrics land on its registry; until the watcher is set, the
	// feed reads an empty (stale) snapshot, and nothing is served before it is.
	var src watcherSource
	var alerts proxy.AlertState
	if cfg.AlertState.L1RPCURL != "" {
		alerts = alertfeed.New(&src)
	}
	srv, err := proxy.New(cfg.Proxy(), alerts, logger.With("role", "proxy"))
	if err != nil {
		return failed(err)
	}
	verified, err := startVerifierFeed(ctx, cfg.Rollups, logger)
	if err != nil {
		return failed(err)
	}
	if verified != nil {
		srv.SetVerifiedHeads(verified.feed)
	}
	for _, r := range cfg.Rollups {
		if r.RewriteTags && r.VerifierURL == "" { // no verified head for it (proxy.Server.SetVerifiedHeads)
			logger.Warn("rewrite_tags has no effect without verifier_url: the rollup has no verifier feed, so safe and finalized pass through unchanged and mach_finality reports no block as verified",
				"rollup", r.Name, "fix", "set the rollup's verifier_url to its mach verifier's metrics_listen (http://host:port), or run the proxy inside mach devnet")
		}
	}
	var watcher *alertstate.Watcher
	if cfg.AlertState.L1RPCURL == "" {
		logger.Warn("NO ALERT SOURCE: the circuit breaker never trips; the proxy only forwards and health-checks",
			"reason", "alert_state.l1_rpc_url is empty", "fix", "set alert_state.l1_rpc_url and alert_state.avs_deployment (or --l1) to read alerts from L1")
	} else {
		client, w, err := startWatcher(ctx, cfg, srv, logger)
		if err != nil {
			return failed(stopAfterWith(err, verified.Stop))
		}
		defer client.Close()
		watcher = w
		src.w.Store(w)
	}
	stop := func(ctx context.Context) error {
		return errors.Join(srv.Stop(ctx), watcher.Stop(ctx), verified.Stop(ctx))
	}
	if err := srv.Start(ctx); err != nil {
		return failed(stopAfterWith(err, stop))
	}
	logger.Info("proxy serving", "listen", srv.Addr(), "rollups", len(cfg.Rollups), "alertSource", watcher != nil,
		"verifierFeeds", verified.count(), "status", "http://"+srv.Addr()+"/status")
	<-ctx.Done()
	logger.Info("stopping the proxy", "timeout", proxyStopTimeout)
	// A second signal cancels the graceful stop.
	stopCtx, cancel := signalContext()
	defer cancel()
	stopCtx, cancelTimeout := context.WithTimeout(stopCtx, proxyStopTimeout)
	defer cancelTimeout()
	if err := stop(stopCtx); err != nil {
		return failed(fmt.Errorf("stop: %w", err))
	}
	logger.Info("proxy stopped")
	return exitOK
}

// startWatcher dials L1, checks it is the deployment's chain, and starts the alert watcher with its metrics on
// the proxy's registry. The caller closes the client.
func startWatcher(ctx context.Context, cfg *proxyFileConfig, srv *proxy.Server, logger *slog.Logger) (*ethclient.Client, *alertstate.Watcher, error) {
	a := cfg.AlertState
	out, err := deploy.ReadOutput(a.AVSDeployment)
	if err != nil {
		return nil, nil, fmt.Errorf("alert_state.avs_deployment: %w", err)
	}
	client, err := ethclient.DialContext(ctx, a.L1RPCURL)
	if err != nil {
		return nil, nil, fmt.Errorf("alert_state.l1_rpc_url: dial %s: %w", a.L1RPCURL, err)
	}
	fail := func(err error) (*ethclient.Client, *alertstate.Watcher, error) {
		client.Close()
		return nil, nil, err
	}
	if out.ChainInfo.ChainID != 0 {
		idCtx, cancel := context.WithTimeout(ctx, alertstate.DefaultTimeout)
		id, err := client.ChainID(idCtx)
		cancel()
		if err != nil {
			return fail(fmt.Errorf("alert_state.l1_rpc_url: read the chain ID: %w", err))
		}
		if !id.IsUint64() || id.Uint64() != out.ChainInfo.ChainID {
			return fail(fmt.Errorf("alert_state.l1_rpc_url is chain %s, but %s was deployed on chain %d; point it at that chain's node",
				id, a.AVSDeployment, out.ChainInfo.ChainID))
		}
	}
	metrics, err := alertstate.NewPromMetrics(srv.Registry())
	if err != nil {
		return fail(fmt.Errorf("alert state metrics: %w", err))
	}
	confirmations := a.Confirmations
	if confirmations == 0 {
		confirmations = alertstate.NoConfirmations
	}
	rollups := make([]uint64, len(cfg.Rollups))
	for i, r := range cfg.Rollups {
		rollups[i] = r.ChainID
	}
	wlog := logger.With("role", "alertstate")
	var zk common.Address
	if a.ZkServiceManager != "" {
		zk = common.HexToAddress(a.ZkServiceManager)
	}
	w, err := alertstate.New(alertstate.Config{
		L1:               client,
		ServiceManager:   out.Addresses.MachServiceManager,
		ZkServiceManager: zk,
		Rollups:          rollups,
		Confirmations:    confirmations,
		PollInterval:     a.PollInterval,
		StartBlock:       out.ChainInfo.DeploymentBlock,
		Logger:           wlog,
		Metrics:          metrics,
		OnChange: func(prev, next *alertstate.Snapshot) {
			for _, id := range rollups {
				if prev.Level(id) != next.Level(id) {
					wlog.Warn("alert level changed", "rollup", id, "from", prev.Level(id).String(), "to", next.Level(id).String())
				}
			}
		},
	})
	if err != nil {
		return fail(fmt.Errorf("alert state: %w", err))
	}
	if err := w.Start(ctx); err != nil {
		return fail(fmt.Errorf("alert state: %w", err))
	}
	return client, w, nil
}

// verifierFeed is the proxy's verifier feed: one remote verifier per rollup with a verifier_url.
type verifierFeed struct {
	feed    *verifiedfeed.Feed
	remotes []*verifiedfeed.Remote
}

// startVerifierFeed polls the verifier of each rollup with a verifier_url (once at once, so the proxy starts
// with their heads) and starts the feed over them; nil when no rollup has one. A verifier that does not answer
// yet is only warned about (by the Remote); one on another chain than its rollup is an error.
func startVerifierFeed(ctx context.Context, rollups []proxy.RollupConfig, logger *slog.Logger) (*verifierFeed, error) {
	v := &verifierFeed{feed: verifiedfeed.New(0)}
	names := make(map[uint64]string, len(rollups))
	for _, r := range rollups {
		names[r.ChainID] = r.Name
	}
	v.feed.SetLogger(logger.With("role", "verifiedfeed"), names)
	for i, r := range rollups {
		if r.VerifierURL == "" {
			continue
		}
		log := logger.With("role", "verifiedfeed", "rollup", r.Name)
		token, err := r.VerifierToken()
		if err != nil { // Validate checked it; the variable may have changed since
			return nil, stopAfterWith(fmt.Errorf("config: rollups[%d].verifier_token_env %w", i, err), v.Stop)
		}
		remote, err := verifiedfeed.NewRemote(verifiedfeed.RemoteConfig{URL: r.VerifierURL, ChainID: r.ChainID, Token: token, Logger: log})
		if err == nil {
			v.remotes = append(v.remotes, remote)
			err = remote.Start(ctx)
		}
		if err == nil {
			err = v.feed.Add(r.ChainID, remote)
		}
		if err != nil {
			return nil, stopAfterWith(fmt.Errorf("rollups[%d].verifier_url: %w", i, err), v.Stop)
		}
		head := "none yet"
		if h, ok := v.feed.VerifiedHead(r.ChainID); ok {
			head = fmt.Sprint(h.Number)
		}
		log.Info("verifier feed", "verifier", remote.String(), "verified", head, "maxAge", verifiedfeed.DefaultMaxAge, "token", token != "")
	}
	if len(v.remotes) == 0 {
		return nil, nil
	}
	if err := v.feed.Start(ctx); err != nil {
		return nil, stopAfterWith(err, v.Stop)
	}
	return v, nil
}

// Stop stops the feed and its remotes; nil-safe.
func (v *verifierFeed) Stop(ctx context.Context) error {
	if v == nil {
		return nil
	}
	errs := []error{v.feed.Stop(ctx)}
	for _, r := range v.remotes {
		errs = append(errs, r.Stop(ctx))
	}
	return errors.Join(errs...)
}

func (v *verifierFeed) count() int {
	if v == nil {
		return 0
	}
	return len(v.remotes)
}

// watcherSource is the feed's source, set once the watcher has started (alertstate.Watcher.Snapshot is nil-safe:
// before then it is an empty, stale snapshot).
type watcherSource struct {
	w atomic.Pointer[alertstate.Watcher]
}

func (s *watcherSource) Snapshot() *alertstate.Snapshot { return s.w.Load().Snapshot() }

var _ alertfeed.Source = (*watcherSource)(nil)

// stopAfterWith runs stop after err, keeping both errors.
func stopAfterWith(err error, stop func(context.Context) error) error {
	ctx, cancel := context.WithTimeout(context.Background(), proxyStopTimeout)
	defer cancel()
	if serr := stop(ctx); serr != nil {
		return fmt.Errorf("%w\nand stopping: %v", err, serr)
	}
	return err
}
