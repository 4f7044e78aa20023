package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/mach-avs/mach/devnet"
)

type devnetFlags struct {
	operators      int
	l1Addr         string
	aggregatorAddr string
	signerPort     int
	blockTime      time.Duration
	dataDir        string
	drillEvery     time.Duration
	drills         int
	logFormat      string
}

func devnetFlagSet(f *devnetFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("mach devnet", flag.ContinueOnError)
	fs.IntVar(&f.operators, "operators", 3, "how many operators register, stake and sign (1-50)")
	fs.StringVar(&f.l1Addr, "l1-addr", "127.0.0.1:8545", "the L1's JSON-RPC (HTTP and WebSocket) `HOST:PORT`")
	fs.StringVar(&f.aggregatorAddr, "aggregator-addr", "127.0.0.1:8090", "the aggregator's JSON-RPC `HOST:PORT`")
	fs.IntVar(&f.signerPort, "signer-port", 9010, "signer i listens on 127.0.0.1:(`PORT`+i); -1 picks free ports")
	fs.DurationVar(&f.blockTime, "block-time", time.Second, "the L1 block `INTERVAL`")
	fs.StringVar(&f.dataDir, "data-dir", "", "where machavs_deploy_output.json is written (`DIR`; default: a temporary directory removed at exit)")
	fs.DurationVar(&f.drillEvery, "drill-every", 15*time.Second, "send a drill alert through every signer and the aggregator to L1 every `INTERVAL` (0: never)")
	fs.IntVar(&f.drills, "drills", 0, "stop after `N` drills; exit 1 if any failed (0: run until Ctrl-C)")
	fs.StringVar(&f.logFormat, "log-format", "text", "log format: text or json")
	return fs
}

var devnetDoc = doc{
	synopsis: "[--operators N] [--l1-addr HOST:PORT] [--aggregator-addr HOST:PORT] [--signer-port PORT] [--block-time D] [--data-dir DIR] [--drill-every D] [--drills N]",
	about: `
Runs Mach on this machine, in one process, on loopback: an L1 (in-process go-ethereum) that starts with
EigenLayer M2 core deployed, Mach deployed on it, N operators registered with stake, their signers and the
aggregator. It prints the URLs and the deployment file, then every --drill-every sends a drill alert (the
service manager's reserved drill rollup) to every signer and reports when it is confirmed on L1 — the BLS path
end to end, rehearsed without meaning anything. Ctrl-C stops everything.

Not yet in the devnet: the L2, the verifier and the proxy (issues #5, #6, #8) and the ZK prover (#7).
The L1's dev accounts are anvil's well-known public keys: never use them on a real network.`,
	flagSet: func() *flag.FlagSet { return devnetFlagSet(&devnetFlags{}) },
}

func runDevnet(path, args []string, stdout, stderr io.Writer) int {
	f := &devnetFlags{}
	if code, ok := parseFlags(devnetFlagSet(f), path, args, stdout, stderr); !ok {
		return code
	}
	var handler slog.Handler
	switch f.logFormat {
	case "text":
		handler = slog.NewTextHandler(stderr, nil)
	case "json":
		handler = slog.NewJSONHandler(stderr, nil)
	default:
		return usageError(stderr, path, "--log-format must be text or json")
	}
	if f.drillEvery < 0 {
		return usageError(stderr, path, "--drill-every must not be negative")
	}
	if f.operators < 1 || f.operators > 50 {
		return usageError(stderr, path, "--operators must be between 1 and 50, got %d", f.operators)
	}
	if f.drills < 0 {
		return usageError(stderr, path, "--drills must not be negative")
	}
	if f.drills > 0 && f.drillEvery == 0 {
		return usageError(stderr, path, "--drills needs a positive --drill-every")
	}
	log := slog.New(handler)
	d, err := devnet.New(devnet.Config{
		Operators: f.operators, L1Addr: f.l1Addr, AggregatorAddr: f.aggregatorAddr, SignerBasePort: f.signerPort,
		BlockTime: f.blockTime, DataDir: f.dataDir, Logger: log,
	})
	if err != nil {
		return usageError(stderr, path, "%v", err)
	}
	ctx, cancel := signalContext()
	defer cancel()
	began := time.Now()
	if err := d.Start(ctx); err != nil {
		return fail(stderr, path, err)
	}
	defer func() {
		stopCtx, stopCancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer stopCancel()
		if err := d.Stop(stopCtx); err != nil {
			log.Error("devnet stop", "err", err)
		}
	}()
	fmt.Fprintf(stdout, "Mach devnet up in %s\n", time.Since(began).Round(time.Millisecond))
	fmt.Fprintf(stdout, "  L1 JSON-RPC:      %s  (chain %s, EigenLayer M2 + Mach)\n", d.L1URL(), "31337")
	fmt.Fprintf(stdout, "  deployment:       %s\n", d.DeploymentPath())
	fmt.Fprintf(stdout, "  service manager:  %s\n", d.Deployment().Addresses.MachServiceManager)
	fmt.Fprintf(stdout, "  aggregator:       %s\n", d.AggregatorURL())
	for i, u := range d.SignerURLs() {
		fmt.Fprintf(stdout, "  signer %d:         %s\n", i, u)
	}
	fmt.Fprintln(stdout, "Ctrl-C stops it.")

	var tick <-chan time.Time
	if f.drillEvery > 0 {
		t := time.NewTicker(f.drillEvery)
		defer t.Stop()
		tick = t.C
	}
	failed := 0
	for drills := 1; ; drills++ {
		if f.drills > 0 && drills > f.drills {
			if failed > 0 {
				fmt.Fprintf(stderr, "mach devnet: %d of %d drills failed\n", failed, f.drills)
				return exitError
			}
			return exitOK
		}
		select {
		case <-ctx.Done():
			fmt.Fprintln(stdout, "stopping")
			return exitOK
		case <-tick:
			dctx, dcancel := context.WithTimeout(ctx, 2*time.Minute)
			res, err := d.Drill(dctx)
			dcancel()
			if err != nil {
				if ctx.Err() != nil {
					return exitOK
				}
				log.Error("drill failed", "drill", drills, "err", err)
				failed++
				continue
			}
			fmt.Fprintf(stdout, "drill %d: alert %s signed by %d operators in %s, confirmed on L1 in %s\n",
				drills, res.MessageHash.TerminalString(), len(d.SignerURLs()), res.Signed.Round(time.Millisecond), res.Confirmed.Round(time.Millisecond))
		}
	}
}
