package main

import (
	"context"
	"flag"
	"fmt"
	"github.com/ethereum/go-ethereum/common"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/mach-avs/mach/devnet"
	"github.com/mach-avs/mach/devnet/fault"
)

type devnetFlags struct {
	operators      int
	l1Addr         string
	aggregatorAddr string
	l2Addr         string
	proxyAddr      string
	signerPort     int
	blockTime      time.Duration
	l2BlockTime    time.Duration
	outputInterval uint64
	faults         []fault.Fault
	dataDir        string
	drillEvery     time.Duration
	drills         int
	alerts         int
	statusEvery    time.Duration
	logFormat      string
	noZK           bool
}

func devnetFlagSet(f *devnetFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("mach devnet", flag.ContinueOnError)
	fs.IntVar(&f.operators, "operators", 3, "how many operators register, stake and sign (1-50)")
	fs.StringVar(&f.l1Addr, "l1-addr", "127.0.0.1:8545", "the L1's JSON-RPC (HTTP and WebSocket) `HOST:PORT`")
	fs.StringVar(&f.l2Addr, "l2-addr", "127.0.0.1:9545", "the L2's JSON-RPC `HOST:PORT` (as the verifier reads it: with the faults)")
	fs.StringVar(&f.proxyAddr, "proxy-addr", "127.0.0.1:8547", "the proxy's `HOST:PORT`: wallets use http://HOST:PORT/rpc/devnet")
	fs.StringVar(&f.aggregatorAddr, "aggregator-addr", "127.0.0.1:8090", "the aggregator's JSON-RPC `HOST:PORT`")
	fs.IntVar(&f.signerPort, "signer-port", 9010, "signer i listens on 127.0.0.1:(`PORT`+i); -1 picks free ports")
	fs.DurationVar(&f.blockTime, "block-time", time.Second, "the L1 block `INTERVAL`")
	fs.DurationVar(&f.l2BlockTime, "l2-block-time", time.Second, "the L2 block `INTERVAL`")
	fs.Uint64Var(&f.outputInterval, "output-interval", 10, "the proposer posts an output root to the L2OutputOracle every `N` L2 blocks")
	fs.Func("fault", "make the L2 lie: `KIND@BLOCK`, KIND one of invalid-state-root, bad-output-root, withhold-witness (repeatable)", func(v string) error {
		flt, err := fault.Parse(v)
		if err != nil {
			return err
		}
		f.faults = append(f.faults, flt)
		return nil
	})
	fs.StringVar(&f.dataDir, "data-dir", "", "where machavs_deploy_output.json is written (`DIR`; default: a temporary directory removed at exit)")
	fs.DurationVar(&f.drillEvery, "drill-every", 0, "also send a drill alert (the reserved drill rollup) through every signer and the aggregator to L1 every `INTERVAL` (0: never)")
	fs.IntVar(&f.drills, "drills", 0, "stop after `N` drills; exit 1 if any failed (0: no limit)")
	fs.IntVar(&f.alerts, "alerts", 0, "stop after `N` alerts have travelled from the lie to L1; exit 1 if any failed (0: no limit)")
	fs.DurationVar(&f.statusEvery, "status-every", 5*time.Second, "print a one-line status every `INTERVAL` (0: never)")
	fs.StringVar(&f.logFormat, "log-format", "text", "log format: text or json")
	fs.BoolVar(&f.noZK, "no-zk", false, "leave ZK mode out: no MachZkServiceManager, no early alerts, no prover (the BLS path only)")
	return fs
}

var devnetDoc = doc{
	synopsis: "[--operators N] [--fault KIND@BLOCK]... [--l1-addr HOST:PORT] [--l2-addr HOST:PORT] [--proxy-addr HOST:PORT] [--aggregator-addr HOST:PORT] [--signer-port PORT] [--block-time D] [--l2-block-time D] [--output-interval N] [--data-dir DIR] [--drill-every D] [--drills N] [--alerts N] [--status-every D] [--no-zk]",
	about: `
Runs Mach on this machine, in one process, on loopback:
  - an L1 (in-process go-ethereum) that starts with EigenLayer M2 core deployed, Mach deployed on it, and
    Optimism's L2OutputOracle;
  - N operators registered with stake, their signers, and the aggregator;
  - an OP Stack L2 (in-process op-geth and a minimal sequencer) producing blocks with traffic, and a proposer
    posting its output roots to the L2OutputOracle every --output-interval blocks;
  - the verifier, re-executing every L2 block and checking every posted output, sending alerts to the signers
    and (ZK mode, unless --no-zk) posting each as an early alert on MachZkServiceManager and queuing its proof;
  - the prover with the dev backend: RISC Zero mock-verifier seals, which only a devnet accepts (the devnet's ZK
    manager uses the mock verifier); it submits each proof with submitProve, and the alert becomes proved;
  - the L1 watcher and the proxy: point a wallet at http://<proxy-addr>/rpc/devnet (chain 901); open
    http://<proxy-addr>/ in a browser for the status page. Per alert level the proxy applies its default policy:
    early annotates answers, confirmed refuses writes with JSON-RPC error -32090 naming the alert (reads still
    served), proved refuses everything.
It prints the URLs and the deployment file, then a status line every --status-every.

--fault makes the L2 lie, so the breaker's path can be watched end to end:
  invalid-state-root@N  from block N on, the L2 serves headers with a wrong state root
  bad-output-root@N     the proposer posts a wrong output root for the first output block at or after N
  withhold-witness@N    block N's execution witness lacks half its nodes (the verifier waits; no alert)
Each alert is logged and printed with its hops in time order: lie served → detected → signed ×N → aggregated →
confirmed on L1 → proxy tripped, and in ZK mode early alert on L1 and proved on L1, which race the BLS path (the
ZK manager takes only the earliest block's alert: a later alert while one is pending travels the BLS path alone).

The dev accounts (L1 and L2) are well-known public keys: never use them on a real network.`,
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
	if f.alerts < 0 {
		return usageError(stderr, path, "--alerts must not be negative")
	}
	if f.outputInterval == 0 {
		return usageError(stderr, path, "--output-interval must be at least 1")
	}
	if f.l2BlockTime <= 0 || f.blockTime <= 0 {
		return usageError(stderr, path, "--block-time and --l2-block-time must be positive")
	}
	log := slog.New(handler)
	d, err := devnet.New(devnet.Config{
		Operators: f.operators, L1Addr: f.l1Addr, AggregatorAddr: f.aggregatorAddr, SignerBasePort: f.signerPort,
		BlockTime: f.blockTime, L2Addr: f.l2Addr, ProxyAddr: f.proxyAddr, L2BlockTime: f.l2BlockTime, OutputInterval: f.outputInterval,
		Faults: f.faults, DataDir: f.dataDir, Logger: log, NoZK: f.noZK,
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
	fmt.Fprintf(stdout, "  L1 JSON-RPC:      %s  (chain %s, EigenLayer M2 + Mach)\n", d.L1URL(), d.L1ChainID())
	fmt.Fprintf(stdout, "  proxy (wallets):  %s  (chain %d; status %s)\n", d.ProxyURL(), d.L2().ChainConfig().ChainID, d.ProxyStatusURL())
	fmt.Fprintf(stdout, "  L2 JSON-RPC:      %s  (chain %d, OP Stack; faults: %s)\n", d.L2URL(), d.L2().ChainConfig().ChainID, faultList(f.faults))
	fmt.Fprintf(stdout, "  deployment:       %s\n", d.DeploymentPath())
	fmt.Fprintf(stdout, "  service manager:  %s\n", d.Deployment().Addresses.MachServiceManager)
	fmt.Fprintf(stdout, "  L2OutputOracle:   %s\n", d.OutputOracle())
	if zk := d.ZkServiceManager(); zk != (common.Address{}) {
		fmt.Fprintf(stdout, "  ZK manager:       %s  (RISC Zero mock verifier; prover: dev backend)\n", zk)
	}
	fmt.Fprintf(stdout, "  status page:      %s\n", d.StatusPageURL())
	fmt.Fprintf(stdout, "  aggregator:       %s\n", d.AggregatorURL())
	for i, u := range d.SignerURLs() {
		fmt.Fprintf(stdout, "  signer %d:         %s\n", i, u)
	}
	fmt.Fprintln(stdout, "Ctrl-C stops it.")

	var drillTick, statusTick <-chan time.Time
	if f.drillEvery > 0 {
		t := time.NewTicker(f.drillEvery)
		defer t.Stop()
		drillTick = t.C
	}
	if f.statusEvery > 0 {
		t := time.NewTicker(f.statusEvery)
		defer t.Stop()
		statusTick = t.C
	}
	var drills, drillsFailed, alerts, alertsFailed int
	for {
		if (f.drills > 0 || f.alerts > 0) && drills >= f.drills && alerts >= f.alerts {
			if drillsFailed+alertsFailed > 0 {
				fmt.Fprintf(stderr, "mach devnet: %d of %d drills and %d of %d alerts failed\n", drillsFailed, drills, alertsFailed, alerts)
				return exitError
			}
			return exitOK
		}
		select {
		case <-ctx.Done():
			fmt.Fprintln(stdout, "stopping")
			return exitOK
		case <-statusTick:
			st := d.Verifier().Status()
			line := fmt.Sprintf("status: L2 head %d, verified %d, alerts %d", st.UpstreamHead, st.VerifiedNumber, alerts)
			if st.Halted != nil {
				line += fmt.Sprintf(", HALTED at invalid block %d", st.Halted.Block)
			}
			fmt.Fprintln(stdout, line)
		case tr := <-d.AlertTraces():
			alerts++
			if tr.Err != nil {
				alertsFailed++
				fmt.Fprintf(stdout, "alert %d FAILED: block %d %s: %v\n", alerts, tr.Alert.Block, tr.Alert.Alert.Kind(), tr.Err)
				continue
			}
			fmt.Fprintf(stdout, "alert %d: %s for L2 block %d, %s\n", alerts, tr.Alert.Alert.Kind(), tr.Alert.Block, hops(tr))
		case <-drillTick:
			if f.drills > 0 && drills >= f.drills {
				continue
			}
			drills++
			dctx, dcancel := context.WithTimeout(ctx, 2*time.Minute)
			res, err := d.Drill(dctx)
			dcancel()
			if err != nil {
				if ctx.Err() != nil {
					return exitOK
				}
				log.Error("drill failed", "drill", drills, "err", err)
				drillsFailed++
				continue
			}
			fmt.Fprintf(stdout, "drill %d: alert %s signed by %d operators in %s, confirmed on L1 in %s\n",
				drills, res.MessageHash.TerminalString(), len(d.SignerURLs()), res.Signed.Round(time.Millisecond), res.Confirmed.Round(time.Millisecond))
		}
	}
}

// hops renders an alert's path with each hop's offset from the first: "lie served → detected +12ms → …".
func hops(tr devnet.AlertTrace) string {
	var b strings.Builder
	for i, h := range tr.Hops {
		if i > 0 {
			fmt.Fprintf(&b, " → %s +%s", h.Name, h.At.Sub(tr.Hops[0].At).Round(time.Millisecond))
		} else {
			b.WriteString(h.Name)
		}
	}
	return b.String()
}

func faultList(faults []fault.Fault) string {
	if len(faults) == 0 {
		return "none"
	}
	parts := make([]string, len(faults))
	for i, f := range faults {
		parts[i] = f.String()
	}
	return strings.Join(parts, ", ")
}
