package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mach-avs/mach/avs/aggregator"
	"github.com/mach-avs/mach/avs/alertstate"
	"github.com/mach-avs/mach/contracts/bindings/machservicemanager"
	"github.com/mach-avs/mach/devnet/fault"
	"github.com/mach-avs/mach/devnet/l2"
	"github.com/mach-avs/mach/internal/alertfeed"
	"github.com/mach-avs/mach/internal/ethtx"
	"github.com/mach-avs/mach/internal/kv"
	"github.com/mach-avs/mach/internal/verifiedfeed"
	"github.com/mach-avs/mach/proxy"
	"github.com/mach-avs/mach/verifier"
)

// Hop is one step an alert took, with when it happened.
type Hop struct {
	Name string
	At   time.Time
}

// AlertTrace is the life of one alert on the devnet, from the lie to its confirmation (and proof) on L1.
type AlertTrace struct {
	Alert verifier.Alert
	// Hops, in time order: "lie served" (when the fault upstream first served the lying block, if known),
	// "detected", "signed ×N", "aggregated", "confirmed on L1", "proxy tripped", and in ZK mode "early alert on
	// L1" and "proved on L1" wherever they fall.
	Hops []Hop
	// Err is set if a hop failed (the alert still may be retried by the verifier).
	Err error
}

// rollup is the devnet's L2 side: the L2 node, its traffic, the lying front the verifier reads, the proposer
// posting outputs to L1, and the verifier.
type rollup struct {
	d        *Devnet
	chain    *l2.Chain
	traffic  *l2.Traffic
	upstream *fault.Upstream
	oracle   *l2.OutputOracle
	store    *kv.Store
	watcher  *alertstate.Watcher
	proxy    *proxy.Server
	feed     *verifiedfeed.Feed
	extras   *statusExtras
	src      *verifier.Source
	zk       *zkMode // nil when ZK mode is off
	verifier *verifier.Verifier
	sinks    verifier.Sinks

	cancel context.CancelFunc
	wg     sync.WaitGroup

	clients []*rpc.Client

	mu          sync.Mutex
	tracking    map[common.Hash]*alertTracker // by alert message hash
	traces      []AlertTrace
	notify      chan AlertTrace
	badOutputAt map[fault.Fault]time.Time
}

func (d *Devnet) startRollup(ctx context.Context) error {
	r := &rollup{d: d, notify: make(chan AlertTrace, 16), badOutputAt: map[fault.Fault]time.Time{}, tracking: map[common.Hash]*alertTracker{}}
	d.rollup = r
	var err error
	if r.chain, err = l2.New(l2.Config{ChainID: d.cfg.RollupChainIDs[0], HTTPAddr: "127.0.0.1:0", Logger: d.log.With("role", "l2")}); err != nil {
		return fmt.Errorf("devnet: L2: %w", err)
	}
	r.traffic = l2.NewTraffic(r.chain, 1)
	if r.upstream, err = fault.New(d.cfg.L2Addr, r.chain.URL(), d.cfg.Faults...); err != nil {
		return fmt.Errorf("devnet: L2 front: %w", err)
	}
	d.log.Info("L2 up (OP Stack, in-process sequencer)", "url", r.upstream.URL(), "chainID", d.cfg.RollupChainIDs[0], "faults", fmt.Sprint(d.cfg.Faults))

	r.oracle = d.oracle
	accounts := d.chain.Accounts()
	zkManager := d.deployment.Addresses.MachZkServiceManager

	// The L1 watcher and the proxy wallets point at: it serves the L2 (as the verifier sees it, lies included)
	// and trips on the alert state. The devnet L1 never reorgs, so the watcher follows its head.
	if r.watcher, err = alertstate.New(alertstate.Config{
		L1: d.chain.Client(), ServiceManager: d.deployment.Addresses.MachServiceManager,
		ZkServiceManager: zkManager,
		StartBlock:       d.deployment.ChainInfo.DeploymentBlock, Rollups: d.cfg.RollupChainIDs[:1],
		Confirmations: alertstate.NoConfirmations, PollInterval: min(d.cfg.BlockTime/4, 250*time.Millisecond) + time.Millisecond,
		Logger: d.log.With("role", "alertstate"),
	}); err != nil {
		return fmt.Errorf("devnet: alert state: %w", err)
	}
	if err := r.watcher.Start(ctx); err != nil {
		return fmt.Errorf("devnet: alert state: %w", err)
	}
	pcfg := proxy.DefaultConfig()
	pcfg.Listen = d.cfg.ProxyAddr
	pcfg.Health.Interval = time.Second
	pcfg.Rollups = []proxy.RollupConfig{{
		Name: ProxyRollupName, ChainID: d.cfg.RollupChainIDs[0],
		Upstreams: []proxy.UpstreamConfig{{Name: "l2", URL: r.upstream.URL()}},
	}}
	if r.proxy, err = proxy.New(pcfg, alertfeed.New(r.watcher), d.log.With("role", "proxy")); err != nil {
		return fmt.Errorf("devnet: proxy: %w", err)
	}
	// The status page's operators and alert history, and the verified head (the feed gets the verifier below).
	r.extras = newStatusExtras(d, r.watcher)
	if err := r.extras.refreshOperators(ctx); err != nil {
		return err
	}
	r.proxy.SetStatusExtras(r.extras)
	r.feed = verifiedfeed.New(0)
	r.feed.SetLogger(d.log.With("role", "verifiedfeed"), map[uint64]string{d.cfg.RollupChainIDs[0]: ProxyRollupName})
	r.proxy.SetVerifiedHeads(r.feed)
	if err := r.proxy.Start(ctx); err != nil {
		return fmt.Errorf("devnet: proxy: %w", err)
	}
	d.log.Info("proxy up", "url", d.ProxyURL(), "status", "http://"+r.proxy.Addr()+"/status")

	reader, err := verifier.NewL2OutputOracle(d.chain.Client(), r.oracle.Address)
	if err != nil {
		return err
	}
	if r.store, err = kv.Open(""); err != nil {
		return err
	}
	if r.src, err = verifier.Dial(ctx, "l2", r.upstream.URL()); err != nil {
		return err
	}
	if zkManager != (common.Address{}) {
		txCfg := ethtx.Config{PollInterval: min(d.cfg.BlockTime/4, 250*time.Millisecond) + time.Millisecond, Logger: d.log}
		alerter, err := ethtx.New(ctx, d.chain.Client(), accounts[d.zkAlerterAccount()].Key, txCfg)
		if err != nil {
			return err
		}
		submitter, err := ethtx.New(ctx, d.chain.Client(), accounts[d.zkAlerterAccount()+1].Key, txCfg)
		if err != nil {
			return err
		}
		if err := r.startZK(ctx, zkManager, alerter, submitter); err != nil {
			return err
		}
		if r.zk.sink, err = verifier.NewZKSink(verifier.ZKSinkConfig{
			Alerter: r.zk.zk.Writer(alerter), Jobs: r.zk.prover.Queue(), Source: r.src, Oracle: reader,
			ChainConfig: r.chain.ChainConfig(), Logger: d.log.With("role", "verifier", "sink", "zk"),
		}); err != nil {
			return err
		}
		d.log.Info("prover up (dev backend: mock seals, devnet only)", "zkServiceManager", zkManager)
	}
	for i, url := range d.SignerURLs() {
		c, err := rpc.DialContext(ctx, url)
		if err != nil {
			return err
		}
		r.clients = append(r.clients, c)
		r.sinks = append(r.sinks, verifier.NewSignerSink(fmt.Sprintf("signer-%d", i), c))
	}
	if r.verifier, err = verifier.New(verifier.Config{
		RollupChainID: d.cfg.RollupChainIDs[0], ChainConfig: r.chain.ChainConfig(), AnchorHash: r.chain.Genesis().Hash(),
		PollInterval: 50 * time.Millisecond, RetryInterval: 500 * time.Millisecond,
		Oracle: reader, OracleInterval: d.cfg.BlockTime,
		Logger: d.log.With("role", "verifier"),
	}, r.src, nil, r.store, r); err != nil {
		return fmt.Errorf("devnet: verifier: %w", err)
	}
	if err := r.verifier.Start(ctx); err != nil {
		return fmt.Errorf("devnet: verifier: %w", err)
	}
	if err := r.feed.Add(d.cfg.RollupChainIDs[0], r.verifier); err != nil {
		return fmt.Errorf("devnet: verified head feed: %w", err)
	}
	if err := r.feed.Start(ctx); err != nil {
		return fmt.Errorf("devnet: verified head feed: %w", err)
	}
	runCtx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		r.extras.refreshLoop(runCtx, d.cfg.RollupChainIDs[0], 10*time.Second)
	}()
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		r.sequence(runCtx)
	}()
	return nil
}

// sequence builds an L2 block with traffic every L2BlockTime and posts outputs every OutputInterval blocks.
func (r *rollup) sequence(ctx context.Context) {
	t := time.NewTicker(r.d.cfg.L2BlockTime)
	defer t.Stop()
	accounts := r.d.chain.Accounts()
	proposer, _ := bind.NewKeyedTransactorWithChainID(accounts[0].Key, r.d.chain.ChainID())
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		deposits, err := r.traffic.Next(ctx)
		if err != nil {
			if ctx.Err() == nil {
				r.d.log.Warn("L2 traffic", "err", err)
			}
			deposits = nil
		}
		b, err := r.chain.BuildBlock(ctx, deposits...)
		if err != nil {
			if ctx.Err() == nil {
				r.d.log.Error("L2 block not built", "err", err)
			}
			continue
		}
		n := b.NumberU64()
		if n%r.d.cfg.OutputInterval != 0 {
			continue
		}
		root := verifier.OutputRootV0(b.Root(), *b.Header().WithdrawalsHash, b.Hash())
		for _, f := range r.d.cfg.Faults {
			if f.Kind == fault.BadOutputRoot && n >= f.Block && n < f.Block+r.d.cfg.OutputInterval {
				root = common.BytesToHash(append([]byte("mach devnet bad output"), b.Hash().Bytes()[:10]...))
				r.d.log.Warn("FAULT: proposing a wrong output root", "block", n, "fault", f)
				r.upstreamLied(f)
			}
		}
		proposer.Context = ctx
		if err := r.oracle.Propose(ctx, r.d.chain.Client(), proposer, root, n); err != nil && ctx.Err() == nil {
			r.d.log.Warn("output not proposed", "block", n, "err", err)
		}
	}
}

func (r *rollup) upstreamLied(f fault.Fault) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.badOutputAt[f]; !ok {
		r.badOutputAt[f] = time.Now()
	}
}

// Emit is the verifier's sink: it sends the alert to every signer and (ZK mode) posts it as an early alert with
// its proof job, while a tracker follows it to L1, recording each hop as it happens. The verifier calls Emit again
// after a failure; the alert keeps the one tracker it got the first time.
func (r *rollup) Emit(ctx context.Context, a verifier.Alert) error {
	t, fresh := r.tracker(a)
	if fresh {
		for _, f := range r.d.cfg.Faults {
			var at time.Time
			switch f.Kind {
			case fault.InvalidStateRoot:
				if a.OutputIndex == nil && a.Block == f.Block {
					at = r.upstream.FirstLied(f)
				}
			case fault.BadOutputRoot:
				if a.OutputIndex != nil {
					r.mu.Lock()
					at = r.badOutputAt[f]
					r.mu.Unlock()
				}
			}
			if !at.IsZero() {
				t.hop("lie served", at)
			}
		}
		t.hop("detected", time.Now())
	}
	if err := r.sinks.Emit(ctx, a); err != nil {
		return err
	}
	t.once("signed", func() {
		t.hop(fmt.Sprintf("signed ×%d", len(r.sinks)), time.Now())
		r.wg.Add(1)
		go func() {
			defer r.wg.Done()
			r.follow(t)
		}()
	})
	if r.zk == nil {
		t.zkDone(false)
		return nil
	}
	if err := r.zk.sink.Emit(ctx, a); err != nil {
		return err
	}
	// The early alert is on L1 unless an earlier block's alert stands, and it is proved if a proof job could be
	// built (not for a block before the first output posted on L1: there is no checkpoint to prove from).
	proving := r.zk.pendingFor(ctx, a.Block, a.ExpectedOutputRoot) && r.zk.queued(a)
	t.once("zk", func() {
		if proving {
			t.hop("early alert on L1", time.Now())
		}
		t.zkDone(proving)
	})
	return nil
}

// follow waits for the alert's hops after signing, each as it happens: aggregated, confirmed on L1 and proxy
// tripped (the BLS path) and, alongside, proved on L1 when its proof is being sought. Then it publishes the trace.
func (r *rollup) follow(t *alertTracker) {
	a := t.alert()
	var zkErr error
	proofDone := make(chan struct{})
	go func() {
		defer close(proofDone)
		if t.waitZK() {
			if zkErr = r.zk.waitProved(a.Block, a.ExpectedOutputRoot); zkErr == nil {
				t.hop("proved on L1", time.Now())
			}
		}
	}()
	err := r.waitAggregated(a)
	if err == nil {
		t.hop("aggregated", time.Now())
		err = r.waitConfirmed(a)
	}
	if err == nil {
		t.hop("confirmed on L1", time.Now())
		err = r.waitTripped()
	}
	if err == nil {
		t.hop("proxy tripped", time.Now())
	}
	<-proofDone
	trace := t.finish(errors.Join(err, zkErr))
	r.mu.Lock()
	r.traces = append(r.traces, trace)
	r.mu.Unlock()
	select {
	case r.notify <- trace:
	default:
	}
	r.d.logTrace(trace)
}

// waitAggregated waits until the aggregator has met the threshold for the alert's task (it is then submitting
// confirmAlert, or already confirmed).
func (r *rollup) waitAggregated(a verifier.Alert) error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	rollupID := new(big.Int).SetUint64(a.RollupChainID)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		if task, ok := r.d.agg.Aggregator().Task(rollupID, a.Alert.MessageHash()); ok && task.State != aggregator.StateOpen {
			if task.State == aggregator.StateExpired {
				return fmt.Errorf("the aggregator's task for alert %s expired before reaching the threshold", a.Alert.MessageHash())
			}
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("alert %s not aggregated within 2m", a.Alert.MessageHash())
		case <-tick.C:
		}
	}
}

func (r *rollup) waitConfirmed(a verifier.Alert) error {
	sm, err := machservicemanager.NewMachServiceManager(r.d.deployment.Addresses.MachServiceManager, r.d.chain.Client())
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	rollupID := new(big.Int).SetUint64(a.RollupChainID)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		ok, err := sm.Contains(&bind.CallOpts{Context: ctx}, rollupID, a.Alert.MessageHash())
		if err == nil && ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("alert %s not confirmed on L1 within 2m", a.Alert.MessageHash())
		case <-tick.C:
		}
	}
}

// waitTripped polls the proxy with a write until the breaker refuses it (the default policy for a confirmed
// alert is block-writes).
func (r *rollup) waitTripped() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := rpc.DialContext(ctx, r.d.ProxyURL())
	if err != nil {
		return err
	}
	defer c.Close()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		var hash common.Hash
		err := c.CallContext(ctx, &hash, "eth_sendRawTransaction", "0x00")
		var rerr rpc.Error
		if errors.As(err, &rerr) && rerr.ErrorCode() == proxy.CodeTripped {
			return nil
		}
		select {
		case <-ctx.Done():
			return errors.New("the proxy did not trip within 1m of the alert's confirmation")
		case <-tick.C:
		}
	}
}

func (r *rollup) stop(ctx context.Context) error {
	if r == nil {
		return nil
	}
	var errs []error
	if r.cancel != nil {
		r.cancel()
	}
	errs = append(errs, r.verifier.Stop(ctx), r.zk.stop(ctx))
	if r.feed != nil {
		errs = append(errs, r.feed.Stop(ctx))
	}
	errs = append(errs, waitCtx(ctx, "the L2 sequencer and alert tracers", r.wg.Wait))
	if r.src != nil {
		r.src.Close()
	}
	for _, c := range r.clients {
		c.Close()
	}
	errs = append(errs, r.proxy.Stop(ctx), r.watcher.Stop(ctx))
	if r.upstream != nil {
		errs = append(errs, r.upstream.Close())
	}
	errs = append(errs, r.chain.Close(), r.store.Close())
	return errors.Join(errs...)
}

// logTrace prints an alert's hops with their offsets from the first.
func (d *Devnet) logTrace(t AlertTrace) {
	if len(t.Hops) == 0 {
		return
	}
	start := t.Hops[0].At
	args := []any{"rollup", t.Alert.RollupChainID, "block", t.Alert.Block, "alert", t.Alert.Alert.MessageHash(), "kind", t.Alert.Alert.Kind()}
	for _, h := range t.Hops {
		args = append(args, h.Name, "+"+h.At.Sub(start).Round(time.Millisecond).String())
	}
	if t.Err != nil {
		d.log.Error("alert did not complete its path", append(args, "err", t.Err)...)
		return
	}
	d.log.Info("ALERT PATH", args...)
}

// AlertTraces delivers each alert's trace once it is confirmed on L1 (or failed to be).
func (d *Devnet) AlertTraces() <-chan AlertTrace { return d.rollup.notify }

// ProxyRollupName is the devnet L2's name in the proxy: its URL is <proxy>/rpc/<name>.
const ProxyRollupName = "devnet"

// ProxyURL is the URL wallets use for the devnet L2, through the proxy and its breaker.
func (d *Devnet) ProxyURL() string {
	return "http://" + d.rollup.proxy.Addr() + "/rpc/" + ProxyRollupName
}

// ProxyStatusURL is the proxy's JSON status.
func (d *Devnet) ProxyStatusURL() string { return "http://" + d.rollup.proxy.Addr() + "/status" }

// L2URL is the L2's JSON-RPC URL as the verifier reads it (with the faults, if any).
func (d *Devnet) L2URL() string { return d.rollup.upstream.URL() }

// Verifier is the devnet's verifier.
func (d *Devnet) Verifier() *verifier.Verifier { return d.rollup.verifier }

// L2 is the devnet's L2 node (honest; L2URL serves it with the faults).
func (d *Devnet) L2() *l2.Chain { return d.rollup.chain }

// OutputOracle is the L2OutputOracle's address on L1.
func (d *Devnet) OutputOracle() common.Address { return d.rollup.oracle.Address }

// L1ChainID is the L1's chain ID.
func (d *Devnet) L1ChainID() *big.Int { return d.chain.ChainID() }

// waitCtx runs wait (which blocks until something stopped) and gives up when ctx ends: a stop must not hang on a
// goroutine stuck in a node's internals.
func waitCtx(ctx context.Context, what string, wait func()) error {
	done := make(chan struct{})
	go func() {
		wait()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("devnet: %s did not stop: %w", what, ctx.Err())
	}
}
