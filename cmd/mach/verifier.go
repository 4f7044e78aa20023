package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/mach-avs/mach/internal/config"
	"github.com/mach-avs/mach/verifier"
)

// verifierStopTimeout bounds a graceful stop (the block being re-executed finishes); a second Ctrl-C cuts it short.
const verifierStopTimeout = 15 * time.Second

// verifierFlags holds the flags of `mach verifier`.
type verifierFlags struct {
	config string
	l2     string

	given map[string]bool
}

func verifierFlagSet(f *verifierFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("mach verifier", flag.ContinueOnError)
	fs.StringVar(&f.config, "config", "", "the verifier's config file at `PATH` (config-files/verifier.yaml documents it); without it, every key comes from MACH_VERIFIER_* variables")
	fs.StringVar(&f.l2, "l2", "", "the L2 node's JSON-RPC `URL` (overrides l2_rpc_url)")
	return fs
}

var verifierDoc = doc{
	synopsis: "--config PATH [--l2 URL]",
	about: `
Runs the verifier until SIGINT or SIGTERM (a second one cuts the graceful stop short). It follows one OP Stack L2
from a trusted block (anchor_block_hash): for each next block it fetches the block and its execution witness
(debug_executionWitness) from the L2 node, checks the block's hash, transactions and parent link, and re-executes
it statelessly on the state it has already verified. The L2 node is not trusted: a wrong answer about its own
block is a bad upstream, never an alert, and a witness that lacks a trie node or code is retried (and asked of
l2_rpc_url_secondary), never an alert. A block whose header contradicts its re-execution is invalid: the verdict
is re-checked on l2_rpc_url_secondary when set, then the alert (BlockMismatch, with the claimed and expected
output roots) is sent to every signer in signer_urls (alert_blockMismatch) until each accepts it, and the
verifier halts at that block until the L2 replaces it. With l1_rpc_url and l2_output_oracle, the output roots
posted to the L2OutputOracle are compared with the verified ones; a wrong one raises an OutputOracleMismatch
alert. It follows L2 reorgs up to reorg_depth blocks deep.

At start it checks that each L2 node is on rollup_chain_id and serves debug_executionWitness, and that the
L2OutputOracle can be read; it warns about signers that do not answer health_check, and when signer_urls is
empty (alerts are then only logged). The L2's chain config comes from l2_chain_config, or from op-geth's
superchain registry by rollup_chain_id. Progress persists in data_dir: a restart resumes at the last verified
block and never skips one, and an alert every signer accepted is not sent again. Prometheus metrics are served at
http://<metrics_listen>/metrics (mach_verifier_verified_head, mach_verifier_lag_blocks, ...), and the verifier's
progress as JSON at http://<metrics_listen>/status (verified head, halt: what a proxy's verifier_url polls). With
status_token_env, /status requires the token in that variable as "Authorization: Bearer <token>" (401
otherwise; /metrics stays open), and the verifier does not start when the variable is empty.

The configuration is read from --config, then MACH_VERIFIER_* environment variables override its keys (listed by
mach config env --role verifier), then --l2 overrides l2_rpc_url.

Logs (log_format, log_level) go to stderr, starting with the metrics address and the block verification starts
from.`,
	flagSet: func() *flag.FlagSet { return verifierFlagSet(&verifierFlags{}) },
}

func runVerifier(path, args []string, stdout, stderr io.Writer) int {
	ctx, cancel := signalContext()
	defer cancel()
	return serveVerifier(ctx, path, args, stdout, stderr)
}

// serveVerifier is `mach verifier` running until ctx is cancelled.
func serveVerifier(ctx context.Context, path, args []string, stdout, stderr io.Writer) int {
	f := &verifierFlags{given: map[string]bool{}}
	fs := verifierFlagSet(f)
	if code, ok := parseFlags(fs, path, args, stdout, stderr); !ok {
		return code
	}
	fs.Visit(func(fl *flag.Flag) { f.given[fl.Name] = true })
	if f.given["l2"] && !validRPCURL(f.l2) {
		return usageError(stderr, path, "--l2 is not an absolute http, https, ws or wss URL (value not shown: URLs may carry API keys)")
	}

	cfg := new(verifier.FileConfig)
	if err := config.Read(f.config, cfg); err != nil {
		return fail(stderr, path, err)
	}
	if f.l2 != "" {
		cfg.L2RPCURL = f.l2
	}
	if err := cfg.Validate(); err != nil {
		if f.config == "" {
			return fail(stderr, path, fmt.Errorf("%w\n(no --config given: the configuration came from MACH_VERIFIER_* variables only)", err))
		}
		return fail(stderr, path, fmt.Errorf("%w\nfix %s; mach config validate --config %s --role verifier checks it", err, f.config, f.config))
	}

	var red redactor
	for _, u := range append([]string{cfg.L2RPCURL, cfg.L2RPCURLSecondary, cfg.L1RPCURL}, cfg.SignerURLs...) {
		red.addURL(u)
	}
	failed := func(err error) int { return fail(stderr, path, red.err(err)) }
	logger, err := cfg.Logger(stderr)
	if err != nil {
		return failed(err)
	}
	sc, err := cfg.ServiceConfig(logger)
	if err != nil {
		return failed(err)
	}
	svc, err := verifier.NewService(ctx, sc, verifier.Deps{})
	if err != nil {
		return failed(err)
	}
	if err := svc.Start(ctx); err != nil {
		return failed(stopAfter(err, svc))
	}
	<-ctx.Done()
	logger.Info("stopping the verifier", "timeout", verifierStopTimeout)
	// A second signal cancels the graceful stop.
	stopCtx, cancel := signalContext()
	defer cancel()
	stopCtx, cancelTimeout := context.WithTimeout(stopCtx, verifierStopTimeout)
	defer cancelTimeout()
	if err := svc.Stop(stopCtx); err != nil {
		return failed(fmt.Errorf("stop: %w", err))
	}
	logger.Info("verifier stopped")
	return exitOK
}

// stopAfter stops svc after err, keeping both errors.
func stopAfter(err error, svc *verifier.Service) error {
	ctx, cancel := context.WithTimeout(context.Background(), verifierStopTimeout)
	defer cancel()
	if serr := svc.Stop(ctx); serr != nil {
		return fmt.Errorf("%w\nand stopping: %v", err, serr)
	}
	return err
}
