// Package zkfixture builds, for tests, what a Mach ZK service manager stands on: an in-process L1 (devnet/l1)
// with Optimism's real L2OutputOracle holding the outputs a test proposes, a PauserRegistry, and on request a
// RISC Zero mock verifier and a MachZkServiceManager (or the test-only ZkManagerFixedJournal) behind a
// TransparentUpgradeableProxy. Account 0 of the L1 deploys and owns everything but the oracle. The keys are the
// public anvil dev keys: never use this outside tests.
package zkfixture

import (
	"context"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mach-avs/mach/contracts/bindings/machzkservicemanager"
	"github.com/mach-avs/mach/contracts/bindings/pauserregistry"
	"github.com/mach-avs/mach/contracts/bindings/risczerogroth16verifier"
	"github.com/mach-avs/mach/contracts/bindings/risczeromockverifier"
	"github.com/mach-avs/mach/contracts/bindings/transparentupgradeableproxy"
	"github.com/mach-avs/mach/contracts/bindings/zkmanagerfixedjournal"
	"github.com/mach-avs/mach/devnet/l1"
	"github.com/mach-avs/mach/devnet/l2"
	"github.com/mach-avs/mach/internal/ethtx"
)

// owner is the account that deploys and owns the pauser registry, verifiers and managers.
const ownerAccount = 0

// Output is one output the oracle's proposer posts: its root for L2 block L2Block.
type Output struct {
	Root    common.Hash
	L2Block uint64
}

// Config is the L1 New builds.
type Config struct {
	// Accounts is how many dev accounts the L1 funds (at least 1, and more than Proposer).
	Accounts int
	// HTTPAddr, when set, serves the L1's JSON-RPC over HTTP there ("127.0.0.1:0" picks a free port).
	HTTPAddr string
	// Proposer is the account that deploys the L2OutputOracle and is its proposer and challenger.
	Proposer int
	// Outputs are proposed in order: Outputs[i] is the oracle's output i. The oracle's submission interval is 10
	// L2 blocks, so each output's L2Block must be 10 past the previous one's, starting at 10.
	Outputs []Output
}

// Env is an L1 with the oracle and the pauser registry deployed, built by New and stopped when the test ends.
type Env struct {
	// Chain is the L1; blocks are sealed every 20ms.
	Chain *l1.L1
	// Owner is account 0's sender: it deployed the pauser registry and deploys what the methods of Env deploy.
	Owner *ethtx.Sender
	// Oracle is the L2OutputOracle (its proxy) holding Config.Outputs.
	Oracle common.Address
	// Pausers is a PauserRegistry whose only pauser and unpauser is Owner.
	Pausers common.Address
}

// New starts the L1 of cfg, deploys the L2OutputOracle from cfg.Proposer and proposes cfg.Outputs, and deploys the
// pauser registry from account 0. It fails t on any error and stops the L1 when the test ends.
func New(t testing.TB, cfg Config) *Env {
	t.Helper()
	if cfg.Accounts < 1 || cfg.Proposer < 0 || cfg.Proposer >= cfg.Accounts {
		t.Fatalf("zkfixture: %d accounts with proposer account %d; want at least one account and the proposer among them", cfg.Accounts, cfg.Proposer)
	}
	ctx := context.Background()
	c, err := l1.New(l1.Config{BlockTime: 20 * time.Millisecond, HTTPAddr: cfg.HTTPAddr, Accounts: cfg.Accounts, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = c.Stop(ctx)
	})
	e := &Env{Chain: c}
	e.Owner = e.Sender(t, ownerAccount)
	backend := c.Client()
	proposer, err := bind.NewKeyedTransactorWithChainID(c.Accounts()[cfg.Proposer].Key, c.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	proposer.Context = ctx
	oracle, err := l2.DeployOutputOracle(ctx, backend, proposer, l2.OutputOracleConfig{
		SubmissionInterval: 10, L2BlockTime: 1, Proposer: proposer.From, Challenger: proposer.From, FinalizationPeriodSeconds: 1,
	})
	if err != nil {
		t.Fatal(err)
	}
	e.Oracle = oracle.Address
	for i, o := range cfg.Outputs {
		if err := oracle.Propose(ctx, backend, proposer, o.Root, o.L2Block); err != nil {
			t.Fatalf("propose output %d (L2 block %d): %v", i, o.L2Block, err)
		}
	}
	e.Pausers = e.deploy(t, "PauserRegistry", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := pauserregistry.DeployPauserRegistry(o, backend, []common.Address{e.Owner.From()}, e.Owner.From())
		return a, tx, err
	})
	return e
}

// Sender is a sender for dev account i of the L1, polling for receipts every 5ms for up to a minute.
func (e *Env) Sender(t testing.TB, account int) *ethtx.Sender {
	t.Helper()
	accounts := e.Chain.Accounts()
	if account < 0 || account >= len(accounts) {
		t.Fatalf("zkfixture: no account %d; the L1 has %d", account, len(accounts))
	}
	s, err := ethtx.New(context.Background(), e.Chain.Client(), accounts[account].Key,
		ethtx.Config{PollInterval: 5 * time.Millisecond, Timeout: time.Minute, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// Nonce is the pending nonce of from: how many transactions it has sent.
func (e *Env) Nonce(t testing.TB, from common.Address) uint64 {
	t.Helper()
	n, err := e.Chain.Client().PendingNonceAt(context.Background(), from)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// DeployMockVerifier deploys RISC Zero's mock verifier, which accepts the seals it makes with selector, and returns
// its address.
func (e *Env) DeployMockVerifier(t testing.TB, selector [4]byte) common.Address {
	t.Helper()
	return e.deploy(t, "mock verifier", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := risczeromockverifier.DeployRiscZeroMockVerifier(o, e.Chain.Client(), selector)
		return a, tx, err
	})
}

// DeployGroth16Verifier deploys Mach's RISC Zero Groth16 verifier for the release with controlRoot and
// bn254ControlID, and returns its address.
func (e *Env) DeployGroth16Verifier(t testing.TB, controlRoot, bn254ControlID common.Hash) common.Address {
	t.Helper()
	return e.deploy(t, "Groth16 verifier", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := risczerogroth16verifier.DeployRiscZeroGroth16Verifier(o, e.Chain.Client(), controlRoot, bn254ControlID)
		return a, tx, err
	})
}

// ManagerConfig is the ZK manager DeployManager deploys: its initializer's settings, and which contract.
type ManagerConfig struct {
	Verifier      common.Address
	ImageID       common.Hash
	ProveWindow   uint64
	Allowlist     []common.Address
	RollupChainID uint64
	// FixedJournal deploys the test-only ZkManagerFixedJournal instead of the real MachZkServiceManager.
	FixedJournal bool
}

// DeployManager deploys a ZK manager behind a TransparentUpgradeableProxy, initialized with cfg, Env's oracle and
// pauser registry, unpaused and owned by Owner (also its whitelister and proxy admin owner), and returns the
// proxy's address.
func (e *Env) DeployManager(t testing.TB, cfg ManagerConfig) common.Address {
	t.Helper()
	backend := e.Chain.Client()
	impl := e.deploy(t, "ZK manager implementation", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		if cfg.FixedJournal {
			a, tx, _, err := zkmanagerfixedjournal.DeployZkManagerFixedJournal(o, backend)
			return a, tx, err
		}
		a, tx, _, err := machzkservicemanager.DeployMachZkServiceManager(o, backend)
		return a, tx, err
	})
	parsed, err := machzkservicemanager.MachZkServiceManagerMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	owner := e.Owner.From()
	init, err := parsed.Pack("initialize", machzkservicemanager.MachZkServiceManagerInitParams{
		Owner: owner, Whitelister: owner, PauserRegistry: e.Pausers, InitialPausedStatus: new(big.Int),
		RollupChainID: new(big.Int).SetUint64(cfg.RollupChainID), L2OutputOracle: e.Oracle, Verifier: cfg.Verifier,
		ImageId: cfg.ImageID, ProveWindow: cfg.ProveWindow, Allowlist: cfg.Allowlist,
	})
	if err != nil {
		t.Fatal(err)
	}
	return e.deploy(t, "ZK manager proxy", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := transparentupgradeableproxy.DeployTransparentUpgradeableProxy(o, backend, impl, owner, init)
		return a, tx, err
	})
}

// deploy sends Owner's deployment f, waits for its receipt and returns the deployed address.
func (e *Env) deploy(t testing.TB, label string, f func(*bind.TransactOpts) (common.Address, *types.Transaction, error)) common.Address {
	t.Helper()
	var addr common.Address
	if _, err := e.Owner.Do(context.Background(), label, func(o *bind.TransactOpts) (*types.Transaction, error) {
		a, tx, err := f(o)
		addr = a
		return tx, err
	}); err != nil {
		t.Fatalf("deploy %s: %v", label, err)
	}
	return addr
}
