package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"

	"github.com/mach-avs/mach/avs/chain"
	"github.com/mach-avs/mach/avs/operator"
	"github.com/mach-avs/mach/avs/signer"
)

// signerStopTimeout bounds the wait for in-flight alerts when the signer is asked to stop; a second Ctrl-C ends
// the wait at once.
const signerStopTimeout = 30 * time.Second

var operatorSignerDoc = doc{
	synopsis: "--config PATH [--avs-deployment PATH]",
	about: `
Runs the operator's signer until interrupted (Ctrl-C or SIGTERM; a second one stops waiting for in-flight alerts).
Installed as mach-operator-signer, the binary runs this command.

A JSON-RPC server on signer.listen receives alerts from verifiers: alert_blockMismatch, alert_blockOutputOracleMismatch
and alert_blockHash, each with one object parameter {"rollupChainID": "0x…", …the alert's fields}, and health_check.
For an alert about one of signer.rollup_chain_ids, the signer asks the aggregator (signer.aggregator_url) for the
alert's task, recomputes the message hash and the digest itself, checks that the reference block is in the past and
within the service manager's maxReferenceBlockAge, signs the digest with the BLS key (bls_keystore) and sends the
signature to the aggregator. It signs nothing the aggregator got wrong, and nothing for other rollups. Calls to the
aggregator give up after signer.aggregator_timeout; the verifier retries.

The EigenLayer node API is served on signer.node_api_listen (/eigen/node, /eigen/node/health,
/eigen/node/services, /eigen/node/services/{id}/health) and Prometheus metrics on signer.metrics_listen
(/metrics). Logs go to stderr. The whole configuration is validated first, including ecdsa_keystore, which the
signer itself does not use.

` + operatorConfigDoc,
	flagSet: func() *flag.FlagSet { return operatorFlagSet("signer", &operatorFlags{}) },
}

func runOperatorSigner(path, args []string, stdout, stderr io.Writer) int {
	f := &operatorFlags{}
	if code, ok := parseFlags(operatorFlagSet("signer", f), path, args, stdout, stderr); !ok {
		return code
	}
	cfg, err := readOperatorConfig(f)
	if err != nil {
		return fail(stderr, path, err)
	}
	if err := cfg.Validate(); err != nil {
		return fail(stderr, path, configHint(f, err))
	}
	blsKey, err := cfg.BLSKeyPair()
	if err != nil {
		return fail(stderr, path, fmt.Errorf("bls_keystore: %w", err))
	}
	ctx, cancel := signalContext()
	defer cancel()
	return serveSigner(ctx, path, cfg, blsKey, stderr)
}

// serveSigner runs the signer until ctx ends, then stops it.
func serveSigner(ctx context.Context, path []string, cfg *operator.Config, blsKey *bls.KeyPair, stderr io.Writer) int {
	s, err := connect(ctx, cfg)
	if err != nil {
		return fail(stderr, path, err)
	}
	defer s.client.Close()
	s.red.addURL(cfg.Signer.AggregatorURL)
	failed := func(err error) int { return fail(stderr, path, s.red.err(err)) }
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))

	reader, err := chain.NewReader(s.client, s.deployment)
	if err != nil {
		return failed(err)
	}
	for _, id := range cfg.Signer.RollupChainIDs {
		ok, err := reader.IsSupportedRollup(ctx, new(big.Int).SetUint64(id))
		if err != nil {
			return failed(err)
		}
		if !ok {
			logger.Warn("the service manager does not support this rollup: the aggregator will refuse its alerts; check signer.rollup_chain_ids",
				"rollup", id, "serviceManager", s.deployment.Addresses.MachServiceManager)
		}
	}
	info, _ := debug.ReadBuildInfo()
	sg, err := signer.New(signer.Config{
		ListenAddr:        cfg.Signer.Listen,
		NodeAPIAddr:       cfg.Signer.NodeAPIListen,
		MetricsAddr:       cfg.Signer.MetricsListen,
		AggregatorURL:     cfg.Signer.AggregatorURL,
		AggregatorTimeout: cfg.Signer.AggregatorTimeout,
		RollupChainIDs:    cfg.Signer.RollupChainIDs,
		ServiceManager:    s.deployment.Addresses.MachServiceManager,
		NodeVersion:       versionString(version, info),
		Logger:            logger,
	}, signer.ChainReader(s.client, reader), blsKey)
	if err != nil {
		return failed(err)
	}
	if err := sg.Start(ctx); err != nil {
		return failed(err)
	}
	<-ctx.Done()
	logger.Info("stopping the signer; interrupt again to stop without waiting for in-flight alerts")
	stopCtx, cancel := context.WithTimeout(context.Background(), signerStopTimeout)
	defer cancel()
	stopCtx, stopSignals := signal.NotifyContext(stopCtx, os.Interrupt, syscall.SIGTERM)
	defer stopSignals()
	if err := sg.Stop(stopCtx); err != nil {
		return failed(err)
	}
	return exitOK
}
