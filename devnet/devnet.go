// Package devnet runs Mach on one machine, in one process, on loopback: an L1 with EigenLayer M2 core (devnet/l1),
// Mach deployed on it (deploy), operators registered with stake, their signers, and the aggregator. Drill alerts
// (the service manager's reserved drill rollup) rehearse the BLS path end to end: every signer signs, the
// aggregator confirms on L1. An OP Stack L2 with traffic runs beside it, seen through a front that can lie on
// purpose (devnet/fault), with Optimism's L2OutputOracle on L1 fed by a proposer, and the verifier following it
// and sending alerts to the signers. In ZK mode (unless Config.NoZK) the verifier also posts each alert as an
// early alert on MachZkServiceManager (mock RISC Zero verifier) and queues its proof, which the prover's dev
// backend produces. The L1 watcher feeds the proxy, whose status page shows it all.
package devnet

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	mockerc20 "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockERC20"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mach-avs/mach/avs/aggregator"
	"github.com/mach-avs/mach/avs/alert"
	"github.com/mach-avs/mach/avs/chain"
	"github.com/mach-avs/mach/avs/operator"
	"github.com/mach-avs/mach/avs/signer"
	"github.com/mach-avs/mach/contracts/bindings/machservicemanager"
	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/devnet/fault"
	"github.com/mach-avs/mach/devnet/l1"
	"github.com/mach-avs/mach/devnet/l2"
	"github.com/mach-avs/mach/internal/ethtx"
)

// Config is the devnet's shape. The zero value is usable (see the defaults on each field).
type Config struct {
	// Operators is how many operators register and sign; 0 means 3.
	Operators int
	// L1Addr is the L1's JSON-RPC host:port; "" means 127.0.0.1:8545.
	L1Addr string
	// AggregatorAddr is the aggregator's JSON-RPC host:port; "" means 127.0.0.1:8090.
	AggregatorAddr string
	// SignerBasePort: signer i listens on 127.0.0.1:(SignerBasePort+i); 0 means 9010. -1 picks free ports.
	SignerBasePort int
	// BlockTime is the L1 block interval; 0 means 1s.
	BlockTime time.Duration
	// RollupChainIDs are the rollups the service manager accepts; nil means {901}.
	RollupChainIDs []uint64
	// L2Addr is the L2's JSON-RPC host:port (as the verifier reads it, faults applied); "" means 127.0.0.1:9545.
	L2Addr string
	// ProxyAddr is the proxy's host:port; "" means 127.0.0.1:8547.
	ProxyAddr string
	// L2BlockTime is the L2 block interval; 0 means 1s.
	L2BlockTime time.Duration
	// OutputInterval is how many L2 blocks apart the proposer posts outputs to the L2OutputOracle; 0 means 10.
	OutputInterval uint64
	// NoZK turns ZK mode off: no MachZkServiceManager, no early alerts, no prover (the BLS path only).
	NoZK bool
	// Faults make the L2 (or its proposer) lie at chosen blocks.
	Faults []fault.Fault
	// DataDir holds the deployment file; "" means a temporary directory removed by Stop.
	DataDir string
	// Logger; nil means slog.Default().
	Logger *slog.Logger
}

func (c Config) withDefaults() Config {
	if c.Operators == 0 {
		c.Operators = 3
	}
	if c.L1Addr == "" {
		c.L1Addr = "127.0.0.1:8545"
	}
	if c.AggregatorAddr == "" {
		c.AggregatorAddr = "127.0.0.1:8090"
	}
	if c.SignerBasePort == 0 {
		c.SignerBasePort = 9010
	}
	if c.BlockTime == 0 {
		c.BlockTime = time.Second
	}
	if c.L2Addr == "" {
		c.L2Addr = "127.0.0.1:9545"
	}
	if c.ProxyAddr == "" {
		c.ProxyAddr = "127.0.0.1:8547"
	}
	if c.L2BlockTime == 0 {
		c.L2BlockTime = time.Second
	}
	if c.OutputInterval == 0 {
		c.OutputInterval = 10
	}
	if c.RollupChainIDs == nil {
		c.RollupChainIDs = []uint64{901}
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// Validate reports every problem at once.
func (c Config) Validate() error {
	var errs []error
	if c.Operators < 1 || c.Operators > 50 {
		errs = append(errs, fmt.Errorf("devnet: operators must be between 1 and 50, got %d", c.Operators))
	}
	if c.BlockTime < 0 {
		errs = append(errs, errors.New("devnet: block time must not be negative"))
	}
	if c.L2BlockTime < 0 {
		errs = append(errs, errors.New("devnet: L2 block time must not be negative"))
	}
	if len(c.RollupChainIDs) == 0 {
		errs = append(errs, errors.New("devnet: no rollup chain ID; the first one is the devnet L2's"))
	}
	if c.SignerBasePort < -1 || c.SignerBasePort > 65535-c.Operators {
		errs = append(errs, fmt.Errorf("devnet: signer base port %d is out of range", c.SignerBasePort))
	}
	return errors.Join(errs...)
}

// Devnet is the running system.
type Devnet struct {
	cfg        Config
	log        *slog.Logger
	chain      *l1.L1
	deployment *deploy.Output
	deployPath string
	tmpDir     string
	agg        *aggregator.Service
	signers    []*signer.Signer
	keys       []*bls.KeyPair
	oracle     *l2.OutputOracle
	rollup     *rollup

	sealEvery   atomic.Int64 // L1 block interval, ns
	stopSealing context.CancelFunc
	sealDone    chan struct{}

	stopOnce sync.Once
	stopErr  error
	stopped  atomic.Bool
}

// zkAlerterAccount is the L1 account (index) that posts early alerts on the ZK manager; the next one submits
// proofs. Accounts 0 (owner, proposer), 1 (aggregator) and 2… (operators) come before them.
func (d *Devnet) zkAlerterAccount() int { return 2 + d.cfg.Operators }

// New validates cfg. Nothing runs until Start.
func New(cfg Config) (*Devnet, error) {
	cfg = cfg.withDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &Devnet{cfg: cfg, log: cfg.Logger}, nil
}

// Start brings the whole system up; on failure everything started so far is stopped.
func (d *Devnet) Start(ctx context.Context) error {
	if err := d.start(ctx); err != nil {
		return errors.Join(err, d.Stop(context.Background()))
	}
	return nil
}

func (d *Devnet) start(ctx context.Context) error {
	began := time.Now()
	var err error
	if d.cfg.DataDir == "" {
		if d.tmpDir, err = os.MkdirTemp("", "mach-devnet-*"); err != nil {
			return fmt.Errorf("devnet: data dir: %w", err)
		}
		d.cfg.DataDir = d.tmpDir
	}
	// The devnet seals L1 blocks itself: every setupBlockTime while it deploys and registers (so a 1s devnet does
	// not take a minute to come up), then every BlockTime. Timestamps are whole seconds, so the setup leaves the
	// L1 clock some minutes ahead of the wall clock; nothing on the devnet depends on it.
	d.chain, err = l1.New(l1.Config{Accounts: 4 + d.cfg.Operators, HTTPAddr: d.cfg.L1Addr, Logger: d.log})
	if err != nil {
		return fmt.Errorf("devnet: L1: %w", err)
	}
	d.log.Info("L1 up with EigenLayer M2 core", "url", d.chain.URL(), "chainID", d.chain.ChainID())

	d.sealEvery.Store(int64(min(setupBlockTime, d.cfg.BlockTime)))
	sealCtx, cancelSeal := context.WithCancel(context.Background())
	d.stopSealing = cancelSeal
	d.sealDone = make(chan struct{})
	go d.seal(sealCtx)
	defer d.sealEvery.Store(int64(d.cfg.BlockTime))

	accounts := d.chain.Accounts()
	// Receipts are polled often: blocks come every BlockTime (and faster during the setup).
	txCfg := ethtx.Config{PollInterval: min(d.cfg.BlockTime/4, 250*time.Millisecond) + time.Millisecond, Logger: d.log}
	setupTx := ethtx.Config{PollInterval: 5 * time.Millisecond, Logger: d.log}
	// Optimism's L2OutputOracle for the devnet L2, with the devnet's proposer (L1 account 0) posting outputs. It
	// comes first: ZK mode's manager, deployed with Mach, reads it.
	if d.oracle, err = d.deployOracle(ctx); err != nil {
		return err
	}
	owner, err := ethtx.New(ctx, d.chain.Client(), accounts[0].Key, setupTx)
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	el := d.chain.EigenLayer()
	d.deployment, err = deploy.Deploy(ctx, owner, deploy.Config{
		EigenLayer: deploy.EigenLayer{
			DelegationManager: el.DelegationManager, AVSDirectory: el.AVSDirectory,
			StrategyManager: el.StrategyManager, Strategy: el.ERC20MockStrategy,
		},
		AlertConfirmer:   accounts[1].Address,
		RollupChainIDs:   d.cfg.RollupChainIDs,
		AllowlistEnabled: true,
		ZK:               d.zkConfig(),
	})
	if err != nil {
		return fmt.Errorf("devnet: deploy Mach: %w", err)
	}
	d.deployPath = filepath.Join(d.cfg.DataDir, "machavs_deploy_output.json")
	if err := deploy.WriteOutput(d.deployPath, d.deployment, true); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	d.log.Info("Mach deployed", "serviceManager", d.deployment.Addresses.MachServiceManager, "deployment", d.deployPath)

	if err := d.registerOperators(ctx, owner, setupTx); err != nil {
		return err
	}

	d.agg, err = aggregator.NewService(ctx, aggregator.ServiceConfig{
		Aggregator: aggregator.Config{RetryInterval: d.cfg.BlockTime},
		Deployment: d.deployment,
		Key:        accounts[1].Key,
		Listen:     d.cfg.AggregatorAddr,
		Tx:         txCfg,
		Logger:     d.log.With("role", "aggregator"),
	}, aggregator.Deps{L1: d.chain.Client()})
	if err != nil {
		return fmt.Errorf("devnet: aggregator: %w", err)
	}
	if err := d.agg.Start(ctx); err != nil {
		return fmt.Errorf("devnet: aggregator: %w", err)
	}
	reader, err := chain.NewReader(d.chain.Client(), d.deployment)
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	for i, kp := range d.keys {
		listen := "127.0.0.1:0"
		if d.cfg.SignerBasePort > 0 {
			listen = fmt.Sprintf("127.0.0.1:%d", d.cfg.SignerBasePort+i)
		}
		s, err := signer.New(signer.Config{
			ListenAddr:     listen,
			AggregatorURL:  "http://" + d.agg.RPCAddr(),
			RollupChainIDs: d.cfg.RollupChainIDs,
			ServiceManager: d.deployment.Addresses.MachServiceManager,
			Logger:         d.log.With("role", "signer", "signer", i),
		}, l1Adapter{reader: reader, client: d.chain}, kp)
		if err != nil {
			return fmt.Errorf("devnet: signer %d: %w", i, err)
		}
		if err := s.Start(ctx); err != nil {
			return fmt.Errorf("devnet: signer %d: %w", i, err)
		}
		d.signers = append(d.signers, s)
	}
	if err := d.startRollup(ctx); err != nil {
		return err
	}
	d.log.Info("devnet up", "operators", len(d.signers), "aggregator", d.agg.RPCAddr(), "took", time.Since(began).Round(time.Millisecond))
	return nil
}

// registerOperators mints stake for each operator, allowlists it and registers it with its BLS key.
func (d *Devnet) registerOperators(ctx context.Context, owner *ethtx.Sender, txCfg ethtx.Config) error {
	accounts := d.chain.Accounts()
	el := d.chain.EigenLayer()
	token, err := mockerc20.NewContractMockERC20(el.ERC20Mock, d.chain.Client())
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	sm, err := machservicemanager.NewMachServiceManager(d.deployment.Addresses.MachServiceManager, d.chain.Client())
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	stake := big.NewInt(1e18)
	var steps []ethtx.Step
	for i := range d.cfg.Operators {
		addr := accounts[2+i].Address
		steps = append(steps,
			ethtx.Step{Label: "mint stake", Send: func(o *bind.TransactOpts) (*types.Transaction, error) { return token.Mint(o, addr, stake) }},
			ethtx.Step{Label: "allowlist", Send: func(o *bind.TransactOpts) (*types.Transaction, error) { return sm.AddToAllowlist(o, addr) }},
		)
	}
	if _, err := owner.Batch(ctx, steps...); err != nil {
		return fmt.Errorf("devnet: fund operators: %w", err)
	}
	for i := range d.cfg.Operators {
		// Devnet operators get fresh random BLS keys; they live only in this process.
		kp, err := bls.GenRandomBlsKeys()
		if err != nil {
			return fmt.Errorf("devnet: BLS key: %w", err)
		}
		op, err := ethtx.New(ctx, d.chain.Client(), accounts[2+i].Key, txCfg)
		if err != nil {
			return fmt.Errorf("devnet: %w", err)
		}
		if err := operator.Register(ctx, op, operator.Registration{
			Deployment: d.deployment, BLS: kp, Deposit: stake, Socket: fmt.Sprintf("operator-%d", i),
		}); err != nil {
			return fmt.Errorf("devnet: register operator %d: %w", i, err)
		}
		d.keys = append(d.keys, kp)
		d.log.Info("operator registered", "operator", i, "address", op.From(), "id", operator.OperatorID(kp))
	}
	// Alerts are signed by the operator set of a past reference block: let the registrations sink in.
	return d.waitBlocks(ctx, 2)
}

func (d *Devnet) waitBlocks(ctx context.Context, n uint64) error {
	start, err := d.chain.Client().BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	ticker := time.NewTicker(5 * time.Millisecond)
	defer ticker.Stop()
	for {
		now, err := d.chain.Client().BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("devnet: %w", err)
		}
		if now >= start+n {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ticker.C:
		}
	}
}

// setupBlockTime is the L1 block interval while the devnet deploys and registers.
const setupBlockTime = 20 * time.Millisecond

// seal seals an L1 block every sealEvery until ctx ends.
func (d *Devnet) seal(ctx context.Context) {
	defer close(d.sealDone)
	for {
		t := time.NewTimer(time.Duration(d.sealEvery.Load()))
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
			d.chain.Commit()
		}
	}
}

// Stop stops everything, in reverse order, and waits. Safe to call on nil and more than once.
func (d *Devnet) Stop(ctx context.Context) error {
	if d == nil {
		return nil
	}
	d.stopOnce.Do(func() {
		d.stopped.Store(true)
		var errs []error
		errs = append(errs, d.rollup.stop(ctx))
		for _, s := range d.signers {
			errs = append(errs, s.Stop(ctx))
		}
		errs = append(errs, d.agg.Stop(ctx))
		if d.stopSealing != nil {
			d.stopSealing()
			errs = append(errs, waitCtx(ctx, "the L1 block sealer", func() { <-d.sealDone }))
		}
		if d.chain != nil {
			errs = append(errs, d.chain.Stop(ctx))
		}
		if d.tmpDir != "" {
			errs = append(errs, os.RemoveAll(d.tmpDir))
		}
		d.stopErr = errors.Join(errs...)
	})
	return d.stopErr
}

// Stopped reports whether Stop was called.
func (d *Devnet) Stopped() bool { return d.stopped.Load() }

// L1URL is the L1's JSON-RPC URL.
func (d *Devnet) L1URL() string { return d.chain.URL() }

// AggregatorURL is the aggregator's JSON-RPC URL.
func (d *Devnet) AggregatorURL() string { return "http://" + d.agg.RPCAddr() }

// SignerURLs are the signers' JSON-RPC URLs, which a verifier sends alerts to.
func (d *Devnet) SignerURLs() []string {
	urls := make([]string, len(d.signers))
	for i, s := range d.signers {
		urls[i] = "http://" + s.RPCAddr().String()
	}
	return urls
}

// DeploymentPath is where machavs_deploy_output.json was written.
func (d *Devnet) DeploymentPath() string { return d.deployPath }

// Deployment is the Mach deployment.
func (d *Devnet) Deployment() *deploy.Output { return d.deployment }

// DrillResult is what one drill measured.
type DrillResult struct {
	MessageHash common.Hash
	// Signed is when every signer had answered; Confirmed is when contains() turned true on L1.
	Signed, Confirmed time.Duration
}

// Drill sends a drill alert (a BlockHashMismatch on the drill rollup, with random hashes) to every signer and
// waits until the service manager holds it: the whole BLS path, rehearsed without meaning anything.
func (d *Devnet) Drill(ctx context.Context) (DrillResult, error) {
	var a alert.BlockHashMismatch
	if _, err := rand.Read(a.InvalidBlockHash[:]); err != nil {
		return DrillResult{}, err
	}
	if _, err := rand.Read(a.ExpectBlockHash[:]); err != nil {
		return DrillResult{}, err
	}
	head, err := d.chain.Client().BlockNumber(ctx)
	if err != nil {
		return DrillResult{}, fmt.Errorf("devnet: drill: %w", err)
	}
	a.L2BlockNumber = head
	drill := new(big.Int).SetUint64(deploy.DrillRollupChainID)
	method, params, err := signer.Request(drill, a)
	if err != nil {
		return DrillResult{}, err
	}
	start := time.Now()
	res := DrillResult{MessageHash: a.MessageHash()}
	var wg sync.WaitGroup
	errs := make([]error, len(d.signers))
	for i, url := range d.SignerURLs() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			client, err := rpc.DialContext(ctx, url)
			if err != nil {
				errs[i] = err
				return
			}
			defer client.Close()
			var out signer.SignResult
			if err := client.CallContext(ctx, &out, method, params); err != nil {
				errs[i] = fmt.Errorf("signer %d: %w", i, err)
			}
		}()
	}
	wg.Wait()
	res.Signed = time.Since(start)
	if err := errors.Join(errs...); err != nil {
		return res, fmt.Errorf("devnet: drill: %w", err)
	}
	sm, err := machservicemanager.NewMachServiceManager(d.deployment.Addresses.MachServiceManager, d.chain.Client())
	if err != nil {
		return res, err
	}
	ticker := time.NewTicker(20 * time.Millisecond)
	defer ticker.Stop()
	for {
		ok, err := sm.Contains(&bind.CallOpts{Context: ctx}, drill, res.MessageHash)
		if err == nil && ok {
			res.Confirmed = time.Since(start)
			return res, nil
		}
		select {
		case <-ctx.Done():
			return res, fmt.Errorf("devnet: drill %s not confirmed: %w", res.MessageHash, ctx.Err())
		case <-ticker.C:
		}
	}
}

// l1Adapter gives signers the L1 reads they need.
type l1Adapter struct {
	reader *chain.Reader
	client *l1.L1
}

func (a l1Adapter) ChainID(context.Context) (*big.Int, error) { return a.client.ChainID(), nil }

func (a l1Adapter) Head(ctx context.Context) (uint64, error) { return a.reader.Head(ctx) }

func (a l1Adapter) Settings(ctx context.Context) (chain.Settings, error) {
	return a.reader.Settings(ctx)
}
