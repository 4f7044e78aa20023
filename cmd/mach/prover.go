package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/mach-avs/mach/avs/chain"
	"github.com/mach-avs/mach/internal/config"
	"github.com/mach-avs/mach/internal/ethtx"
	"github.com/mach-avs/mach/internal/kv"
	"github.com/mach-avs/mach/prover"
	"github.com/mach-avs/mach/prover/bonsai"
	"github.com/mach-avs/mach/prover/dev"
	proverexec "github.com/mach-avs/mach/prover/exec"
)

// proverStopTimeout bounds a graceful stop (an in-flight submitProve is waited for); a second Ctrl-C cuts it short.
const proverStopTimeout = 30 * time.Second

// proverFlags holds the flags of `mach prover`.
type proverFlags struct {
	config string
	l1     string

	given map[string]bool
}

func proverFlagSet(f *proverFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("mach prover", flag.ContinueOnError)
	fs.StringVar(&f.config, "config", "", "the prover's config file at `PATH` (config-files/prover.yaml documents it); without it, every key comes from MACH_PROVER_* variables")
	fs.StringVar(&f.l1, "l1", "", "the L1 node's JSON-RPC `URL` (overrides l1_rpc_url)")
	return fs
}

var proverDoc = doc{
	synopsis: "--config PATH [--l1 URL]",
	about: `
Runs the prover until SIGINT or SIGTERM (a second one cuts the graceful stop short). Verifiers enqueue proof jobs
for ZK-mode early alerts on its job API (listen, default 127.0.0.1:9093: POST /v1/jobs, GET /v1/jobs,
GET /v1/jobs/{id}; no authentication, keep it on loopback or a private network). For each job the backend
proves the alerted block from the job's checkpoint; the proof's journal must be exactly what the alert claims,
and then submitProve is sent to the MachZkServiceManager (zk_service_manager) from the submitter's account,
which settles the alert as proved. A job already proved on L1 costs no transaction. Jobs persist in data_dir: a
restart resumes each one where it was (a running proving session is polled again, not restarted) and a proof is
submitted once. Refusals no retry can fix (no alert pending, a journal or checkpoint L1 does not accept, a seal
the verifier rejects) fail the job at once; unreachable backends or L1 are retried with backoff.

Backends (backend): dev makes RISC Zero mock-verifier seals and PROVES NOTHING: it refuses to start unless the
L1 is a local devnet (chain ID 31337 or 1337). bonsai uses RISC Zero's proving service (API key from the
environment variable bonsai.api_key_env names). exec runs an external command (exec.command).

At start it checks the L1 (chain ID), that zk_service_manager has code, and reads from it the rollup, the
guest's image id and the verifier, and the verifier's SELECTOR(): image id and selector are never configured.
Prometheus metrics are served at http://<metrics_listen>/metrics: mach_prover_jobs{state},
mach_prover_time_to_proof_seconds, mach_prover_time_to_submitted_seconds,
mach_prover_backend_errors_total{stage}.

The configuration is read from --config, then MACH_PROVER_* environment variables override its keys (listed by
mach config env --role prover), then --l1 overrides l1_rpc_url. The submitter's key comes from ecdsa_keystore
with its password (ecdsa_password_env or ecdsa_password_file), or, when ecdsa_keystore is empty, from the
environment variable ` + prover.PrivateKeyEnv + `.

Logs (log_format, log_level) go to stderr, starting with the job API and metrics addresses, the manager, the
rollup and the submitter's address.`,
	flagSet: func() *flag.FlagSet { return proverFlagSet(&proverFlags{}) },
}

func runProver(path, args []string, stdout, stderr io.Writer) int {
	ctx, cancel := signalContext()
	defer cancel()
	return serveProver(ctx, path, args, stdout, stderr)
}

// serveProver is `mach prover` running until ctx is cancelled.
func serveProver(ctx context.Context, path, args []string, stdout, stderr io.Writer) int {
	f := &proverFlags{given: map[string]bool{}}
	fs := proverFlagSet(f)
	if code, ok := parseFlags(fs, path, args, stdout, stderr); !ok {
		return code
	}
	fs.Visit(func(fl *flag.Flag) { f.given[fl.Name] = true })
	if f.given["l1"] && !validRPCURL(f.l1) {
		return usageError(stderr, path, "--l1 is not an absolute http, https, ws or wss URL (value not shown: URLs may carry API keys)")
	}

	cfg := new(prover.FileConfig)
	if err := config.Read(f.config, cfg); err != nil {
		return fail(stderr, path, err)
	}
	if f.l1 != "" {
		cfg.L1RPCURL = f.l1
	}
	if err := cfg.Validate(); err != nil {
		if f.config == "" {
			return fail(stderr, path, fmt.Errorf("%w\n(no --config given: the configuration came from MACH_PROVER_* variables only)", err))
		}
		return fail(stderr, path, fmt.Errorf("%w\nfix %s; mach config validate --config %s --role prover checks it", err, f.config, f.config))
	}

	var red redactor
	red.addURL(cfg.L1RPCURL)
	red.addURL(cfg.Bonsai.URL)
	failed := func(err error) int { return fail(stderr, path, red.err(err)) }
	key, err := cfg.ECDSAKey()
	if err != nil {
		return failed(err)
	}
	logger, err := cfg.Logger(stderr)
	if err != nil {
		return failed(err)
	}
	r, err := startProver(ctx, cfg, key, logger)
	if err != nil {
		return failed(err)
	}
	<-ctx.Done()
	logger.Info("stopping the prover", "timeout", proverStopTimeout)
	// A second signal cancels the graceful stop.
	stopCtx, cancel := signalContext()
	defer cancel()
	stopCtx, cancelTimeout := context.WithTimeout(stopCtx, proverStopTimeout)
	defer cancelTimeout()
	if err := r.Stop(stopCtx); err != nil {
		return failed(fmt.Errorf("stop: %w", err))
	}
	logger.Info("prover stopped")
	return exitOK
}

// proverRun is a started prover: the L1 client, the job store, the service and the metrics server.
type proverRun struct {
	client      *ethclient.Client
	store       *kv.Store
	svc         *prover.Service
	metricsLn   net.Listener
	metricsHTTP *http.Server
	metricsDone sync.WaitGroup
	log         *slog.Logger

	stopOnce sync.Once
	stopErr  error
}

// startProver wires the prover step by step; on a failure it stops what it started.
func startProver(ctx context.Context, cfg *prover.FileConfig, key *ecdsa.PrivateKey, log *slog.Logger) (*proverRun, error) {
	r := &proverRun{log: log}
	fail := func(err error) (*proverRun, error) {
		stopCtx, cancel := context.WithTimeout(context.Background(), proverStopTimeout)
		defer cancel()
		return nil, errors.Join(err, r.Stop(stopCtx))
	}
	var err error
	if r.client, err = ethclient.DialContext(ctx, cfg.L1RPCURL); err != nil {
		return fail(fmt.Errorf("connect to the L1 node (l1_rpc_url %s): %w", cfg.L1RPCURL, err))
	}
	zk, err := chain.NewZK(r.client, cfg.ZkManager())
	if err != nil {
		return fail(err)
	}
	l1, err := prover.ReadL1Settings(ctx, r.client, zk)
	if err != nil {
		return fail(fmt.Errorf("%w (l1_rpc_url %s)", err, cfg.L1RPCURL))
	}
	backend, err := proverBackend(cfg, l1)
	if err != nil {
		return fail(err)
	}
	sender, err := ethtx.New(ctx, r.client, key, ethtx.Config{Logger: log.With("role", "submitter")})
	if err != nil {
		return fail(fmt.Errorf("submitter: %w", err))
	}
	sub, err := prover.NewL1Submitter(zk, sender)
	if err != nil {
		return fail(err)
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return fail(fmt.Errorf("data_dir: %w", err))
	}
	if r.store, err = kv.Open(cfg.QueueDir()); err != nil {
		return fail(fmt.Errorf("data_dir: job queue: %w", err))
	}
	queue, err := prover.NewQueue(r.store, nil)
	if err != nil {
		return fail(err)
	}
	reg := prometheus.NewRegistry()
	metrics, err := prover.NewPromMetrics(reg)
	if err != nil {
		return fail(err)
	}
	var lc net.ListenConfig
	if r.metricsLn, err = lc.Listen(ctx, "tcp", cfg.MetricsListen); err != nil {
		return fail(fmt.Errorf("metrics server: %w; free the port or change metrics_listen", err))
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{
		ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn), Registry: reg,
	}))
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(log.With("server", "metrics").Handler(), slog.LevelWarn),
	}
	if r.svc, err = prover.NewService(cfg.ServiceConfig(), queue, backend, sub, metrics, log.With("role", "prover")); err != nil {
		return fail(err)
	}
	if err := r.svc.Start(ctx); err != nil {
		return fail(fmt.Errorf("job API (listen): %w", err))
	}
	r.metricsHTTP = srv // from here on Stop shuts it down (which closes the listener)
	r.metricsDone.Add(1)
	go func() {
		defer r.metricsDone.Done()
		if err := srv.Serve(r.metricsLn); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("server stopped", "server", "metrics", "err", err)
		}
	}()

	counts, err := queue.Counts()
	if err != nil {
		return fail(err)
	}
	log.Info("prover started", "rollup", l1.RollupChainID, "api", "http://"+r.svc.Addr().String(),
		"metrics", "http://"+r.metricsLn.Addr().String()+"/metrics", "backend", cfg.Backend, "manager", l1.Manager.Hex(),
		"l1_chain", l1.L1ChainID, "image_id", l1.ImageID, "verifier", l1.Verifier.Hex(), "selector", fmt.Sprintf("0x%x", l1.Selector),
		"submitter", crypto.PubkeyToAddress(key.PublicKey).Hex(), "jobs_open", openJobs(counts), "store", cfg.QueueDir())
	if cfg.Backend == prover.BackendBonsai {
		if l1.Groth16 != nil {
			log.Info("every seal is checked in Go against the L1 verifier's parameters before it is submitted",
				"control_root", fmt.Sprintf("0x%x", l1.Groth16.ControlRoot))
		} else {
			log.Warn("seals are not checked before they are submitted: a bad one costs a reverted transaction", "why", l1.NoGroth16)
		}
	}
	if cfg.Backend == prover.BackendDev {
		log.Warn("backend dev proves nothing: it trusts every alert and makes mock-verifier seals (devnets only)")
	}
	if bal, err := r.client.BalanceAt(ctx, sender.From(), nil); err == nil && bal.Sign() == 0 {
		log.Warn("the submitter's account has no ether: submitProve will fail until it is funded", "submitter", sender.From().Hex())
	}
	return r, nil
}

// openJobs counts the jobs not in a terminal state.
func openJobs(counts map[prover.JobState]int) int {
	n := 0
	for s, c := range counts {
		if !s.Terminal() {
			n += c
		}
	}
	return n
}

// proverBackend builds the configured backend for the manager read on L1.
func proverBackend(cfg *prover.FileConfig, l1 prover.L1Settings) (prover.Prover, error) {
	switch cfg.Backend {
	case prover.BackendDev:
		b, err := dev.New(dev.Config{L1ChainID: l1.L1ChainID, Selector: l1.Selector, ImageID: l1.ImageID})
		if errors.Is(err, dev.ErrNotADevnet) {
			return nil, fmt.Errorf("backend dev proves nothing and runs only on a local devnet L1 (chain ID 31337 or 1337), but l1_rpc_url is chain %d; set backend to bonsai or exec (%w)",
				l1.L1ChainID, err)
		}
		return b, err
	case prover.BackendBonsai:
		apiKey, err := cfg.BonsaiAPIKey()
		if err != nil {
			return nil, err
		}
		elf, err := cfg.BonsaiELF()
		if err != nil {
			return nil, err
		}
		b, err := bonsai.New(bonsai.Config{URL: cfg.Bonsai.URL, APIKey: apiKey, Risc0Version: cfg.Bonsai.Risc0Version,
			ImageID: l1.ImageID, ELF: elf, Selector: l1.Selector, RequestTimeout: cfg.Bonsai.RequestTimeout,
			Verify: l1.Groth16}) // nil when the verifier's parameters cannot be reproduced: seals go unchecked
		if err != nil {
			return nil, fmt.Errorf("backend bonsai: %w", err)
		}
		return b, nil
	case prover.BackendExec:
		b, err := proverexec.New(proverexec.Config{Command: cfg.Exec.Command, Env: cfg.Exec.Env, Timeout: cfg.Exec.Timeout,
			StateDir: cfg.ExecStateDir()})
		if err != nil {
			return nil, fmt.Errorf("backend exec: %w", err)
		}
		return b, nil
	}
	return nil, fmt.Errorf("backend %q is not dev, bonsai or exec", cfg.Backend)
}

// Stop stops the service (its API and worker), then the metrics server, then closes the store and the L1
// client. Nil-safe and idempotent; errors are joined.
func (r *proverRun) Stop(ctx context.Context) error {
	if r == nil {
		return nil
	}
	r.stopOnce.Do(func() {
		var errs []error
		if r.svc != nil {
			errs = append(errs, r.svc.Stop(ctx))
		}
		if r.metricsHTTP != nil {
			errs = append(errs, r.metricsHTTP.Shutdown(ctx))
			r.metricsDone.Wait()
		} else if r.metricsLn != nil {
			errs = append(errs, r.metricsLn.Close())
		}
		if r.store != nil {
			errs = append(errs, r.store.Close())
		}
		if r.client != nil {
			r.client.Close()
		}
		r.stopErr = errors.Join(errs...)
	})
	return r.stopErr
}
