package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/mach-avs/mach/avs/aggregator"
	"github.com/mach-avs/mach/internal/config"
)

// aggregatorStopTimeout bounds a graceful stop; a second Ctrl-C cuts it short.
const aggregatorStopTimeout = 15 * time.Second

// aggregatorFlags holds the flags of `mach aggregator` (the seed's mach-aggregator flags, plus --l1).
type aggregatorFlags struct {
	config        string
	privateKey    string
	avsDeployment string
	l1            string

	given map[string]bool
}

func aggregatorFlagSet(f *aggregatorFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("mach aggregator", flag.ContinueOnError)
	fs.StringVar(&f.config, "config", "", "the aggregator's config file at `PATH` (config-files/aggregator.yaml documents it); without it, every key comes from MACH_AGGREGATOR_* variables")
	fs.StringVar(&f.privateKey, "ecdsa-private-key", "", "the alert confirmer's private key in `HEX` (seed-compatible; avoid it: shell history and ps show it; prefer ecdsa_keystore or "+aggregator.PrivateKeyEnv+")")
	fs.StringVar(&f.avsDeployment, "avs-deployment", "", "the deployment file at `PATH` (seed-compatible; overrides avs_deployment)")
	fs.StringVar(&f.l1, "l1", "", "the L1 node's JSON-RPC `URL` (overrides l1_rpc_url)")
	return fs
}

var aggregatorDoc = doc{
	synopsis: "--config PATH [--avs-deployment PATH] [--l1 URL] [--ecdsa-private-key HEX]",
	about: `
Runs the aggregator until SIGINT or SIGTERM (a second one cuts the graceful stop short). Signers call its
JSON-RPC server (listen, default 127.0.0.1:8090: aggregator_openTask, aggregator_submitSignature,
aggregator_task); it verifies every operator's BLS signature against the key registered on L1, and once each
quorum's signed stake reaches the threshold it sends confirmAlert to the MachServiceManager, retrying through L1
outages and replacing stuck transactions with higher fees. Tasks persist in data_dir: a restart resumes them and
never confirms an alert twice. Prometheus metrics are served at http://<metrics_listen>/metrics.

The configuration is read from --config, then MACH_AGGREGATOR_* environment variables override its keys
(listed by mach config env --role aggregator), then --avs-deployment and --l1 override avs_deployment and
l1_rpc_url.

The key must be the service manager's alert confirmer: it refuses to start otherwise, naming both addresses. It
comes from ecdsa_keystore with its password (ecdsa_password_env or ecdsa_password_file), or, when ecdsa_keystore
is empty, from the environment variable ` + aggregator.PrivateKeyEnv + ` or --ecdsa-private-key HEX (seed-compatible,
warned against: the key lands in shell history and in ps output; the flag wins over the variable). The L1's
chain ID must be the deployment's.

Logs (log_format, log_level) go to stderr, starting with the addresses the servers listen on.`,
	flagSet: func() *flag.FlagSet { return aggregatorFlagSet(&aggregatorFlags{}) },
}

func runAggregator(path, args []string, stdout, stderr io.Writer) int {
	ctx, cancel := signalContext()
	defer cancel()
	return serveAggregator(ctx, path, args, stdout, stderr)
}

// serveAggregator is `mach aggregator` running until ctx is cancelled.
func serveAggregator(ctx context.Context, path, args []string, stdout, stderr io.Writer) int {
	f := &aggregatorFlags{given: map[string]bool{}}
	fs := aggregatorFlagSet(f)
	if code, ok := parseFlags(fs, path, args, stdout, stderr); !ok {
		return code
	}
	fs.Visit(func(fl *flag.Flag) { f.given[fl.Name] = true })
	if f.given["l1"] && !validRPCURL(f.l1) {
		return usageError(stderr, path, "--l1 is not an absolute http, https, ws or wss URL (value not shown: URLs may carry API keys)")
	}
	if f.given["ecdsa-private-key"] && f.privateKey == "" {
		return usageError(stderr, path, "--ecdsa-private-key is empty; better, put the key in %s and drop the flag", aggregator.PrivateKeyEnv)
	}
	if f.given["avs-deployment"] && f.avsDeployment == "" {
		return usageError(stderr, path, "--avs-deployment needs a path")
	}

	cfg := new(aggregator.FileConfig)
	if err := config.Read(f.config, cfg); err != nil {
		return fail(stderr, path, err)
	}
	if f.avsDeployment != "" {
		cfg.AVSDeployment = f.avsDeployment
	}
	if f.l1 != "" {
		cfg.L1RPCURL = f.l1
	}
	validate := cfg.Validate
	if f.given["ecdsa-private-key"] {
		validate = cfg.ValidateWithKeyFlag
		fmt.Fprintf(stderr, "warning: --ecdsa-private-key puts the key in shell history and in ps output; prefer ecdsa_keystore or %s\n", aggregator.PrivateKeyEnv)
	}
	if err := validate(); err != nil {
		if f.config == "" {
			return fail(stderr, path, fmt.Errorf("%w\n(no --config given: the configuration came from MACH_AGGREGATOR_* variables only)", err))
		}
		return fail(stderr, path, fmt.Errorf("%w\nfix %s; mach config validate --config %s --role aggregator checks it", err, f.config, f.config))
	}

	var red redactor
	red.addURL(cfg.L1RPCURL)
	failed := func(err error) int { return fail(stderr, path, red.err(err)) }
	key, err := cfg.ECDSAKey()
	if f.given["ecdsa-private-key"] {
		key, err = parseHexKey(f.privateKey, "--ecdsa-private-key")
	}
	if err != nil {
		return failed(err)
	}
	logger, err := cfg.Logger(stderr)
	if err != nil {
		return failed(err)
	}
	sc, err := cfg.ServiceConfig(key, logger)
	if err != nil {
		return failed(err)
	}
	svc, err := aggregator.NewService(ctx, sc, aggregator.Deps{})
	if err != nil {
		return failed(err)
	}
	if err := svc.Start(ctx); err != nil {
		return failed(joinStop(err, svc))
	}
	<-ctx.Done()
	logger.Info("stopping the aggregator", "timeout", aggregatorStopTimeout)
	// A second signal cancels the graceful stop.
	stopCtx, cancel := signalContext()
	defer cancel()
	stopCtx, cancelTimeout := context.WithTimeout(stopCtx, aggregatorStopTimeout)
	defer cancelTimeout()
	if err := svc.Stop(stopCtx); err != nil {
		return failed(fmt.Errorf("stop: %w", err))
	}
	logger.Info("aggregator stopped")
	return exitOK
}

// joinStop stops svc after err, keeping both errors.
func joinStop(err error, svc *aggregator.Service) error {
	ctx, cancel := context.WithTimeout(context.Background(), aggregatorStopTimeout)
	defer cancel()
	if serr := svc.Stop(ctx); serr != nil {
		return fmt.Errorf("%w\nand stopping: %v", err, serr)
	}
	return err
}
