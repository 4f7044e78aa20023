// Package l1 runs an in-process Ethereum L1 (go-ethereum with a simulated beacon) whose genesis already holds
// EigenLayer M2 core, a mock token and strategy, and eigensdk-go's mock AVS, loaded from the anvil state that
// eigensdk-go ships. Tests of deploy, operator and aggregator code and the devnet build on it.
//
// The chain is a plain L1 (no OP Stack rules) with every fork through Prague active, chain ID 31337, the same as
// the anvil chain the state was dumped from. Block numbers restart at 0, while the state keeps block numbers
// recorded on anvil (up to block 431); see Addresses.MockAVS.
package l1

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mach-avs/mach/internal/hostport"
)

// chainID is anvil's default chain ID, on which eigensdk-go's M2 state was deployed. Keeping it means EIP-712
// domain separators cached in the contracts stay valid and signatures match what an anvil-based devnet produces.
const chainID = 31337

// Config configures an L1. The zero value is usable: 10 accounts with 10,000 ETH each, manual blocks, no HTTP.
type Config struct {
	// Accounts is how many anvil dev accounts to fund (m/44'/60'/0'/0/i of the anvil mnemonic); 0 means 10.
	Accounts int
	// Balance is the balance each dev account starts with; nil means 10,000 ETH.
	Balance *big.Int
	// BlockTime is the interval at which a goroutine seals blocks; 0 means blocks are sealed only by Commit.
	// Block timestamps are whole seconds, so below one second they run ahead of the wall clock.
	BlockTime time.Duration
	// HTTPAddr is the host:port JSON-RPC (HTTP and WebSocket on the same port) listens on; "" disables it and
	// port 0 picks a free port. Use a loopback host: the dev keys are public.
	HTTPAddr string
	// EigenSDKDir is the eigensdk-go module directory holding the M2 state; "" means EigenSDKDir().
	EigenSDKDir string
	// Logger receives block production failures; nil means slog.Default().
	Logger *slog.Logger
}

// defaultBalance is 10,000 ETH, as anvil funds its accounts.
func defaultBalance() *big.Int {
	return new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))
}

// withDefaults fills the zero fields of c.
func (c Config) withDefaults() Config {
	if c.Accounts == 0 {
		c.Accounts = 10
	}
	if c.Balance == nil {
		c.Balance = defaultBalance()
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// Validate reports every invalid field of c at once.
func (c Config) Validate() error {
	var errs []error
	if c.Accounts < 0 {
		errs = append(errs, fmt.Errorf("l1: Accounts = %d is negative; use 0 for the default of 10", c.Accounts))
	}
	if c.Balance != nil && c.Balance.Sign() < 0 {
		errs = append(errs, fmt.Errorf("l1: Balance = %s is negative", c.Balance))
	}
	if c.BlockTime < 0 {
		errs = append(errs, fmt.Errorf("l1: BlockTime = %s is negative; use 0 for manual Commit", c.BlockTime))
	}
	if c.HTTPAddr != "" {
		if _, _, err := hostport.Split(c.HTTPAddr); err != nil {
			errs = append(errs, fmt.Errorf("l1: HTTPAddr = %q: %w; use host:port such as 127.0.0.1:0", c.HTTPAddr, err))
		}
	}
	return errors.Join(errs...)
}

// L1 is a running in-process L1 chain with EigenLayer M2 deployed. Build it with New, end it with Stop.
type L1 struct {
	log      *slog.Logger
	stack    *node.Node
	eth      *eth.Ethereum
	client   *ethclient.Client
	accounts []Account
	addrs    Addresses

	mu      sync.Mutex // serialises sealing: SimulatedBeacon is not safe for concurrent use
	beacon  *catalyst.SimulatedBeacon
	stopped atomic.Bool
	cancel  context.CancelFunc // stops the block producer; nil without BlockTime
	done    chan struct{}      // closed when the block producer has returned
}

// New starts an L1 whose genesis is eigensdk-go's M2 anvil state with cfg.Accounts dev accounts funded. The chain
// is ready when New returns: the genesis block is the head, and the HTTP server listens if cfg.HTTPAddr is set.
// Call Stop to release it.
func New(cfg Config) (*L1, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()

	dir := cfg.EigenSDKDir
	if dir == "" {
		var err error
		if dir, err = EigenSDKDir(); err != nil {
			return nil, fmt.Errorf("l1: %w", err)
		}
	}
	state, err := loadAnvilState(filepath.Join(dir, anvilStateFile))
	if err != nil {
		return nil, fmt.Errorf("l1: %w", err)
	}
	addrs, err := loadAddresses(filepath.Join(dir, outputDir))
	if err != nil {
		return nil, fmt.Errorf("l1: %w", err)
	}
	accounts, err := devAccounts(cfg.Accounts)
	if err != nil {
		return nil, fmt.Errorf("l1: %w", err)
	}
	for _, a := range accounts {
		acc := state.alloc[a.Address] // keep the nonce: account 0 deployed the contracts, nonce 0 would collide
		acc.Balance = new(big.Int).Set(cfg.Balance)
		state.alloc[a.Address] = acc
	}

	chainConfig := *params.AllDevChainProtocolChanges // plain L1: Optimism is nil, no OP forks
	chainConfig.ChainID = big.NewInt(chainID)
	genesis := &core.Genesis{
		Config:     &chainConfig,
		Timestamp:  state.timestamp,
		GasLimit:   ethconfig.Defaults.Miner.GasCeil,
		Difficulty: new(big.Int),
		Alloc:      state.alloc,
	}

	nodeConf := node.DefaultConfig
	nodeConf.DataDir = "" // in memory
	nodeConf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0}
	if cfg.HTTPAddr != "" {
		host, port, _ := hostport.Split(cfg.HTTPAddr) // validated above
		modules := []string{"eth", "net", "web3", "txpool", "debug"}
		nodeConf.HTTPHost, nodeConf.HTTPPort = host, port
		nodeConf.HTTPModules = modules
		nodeConf.HTTPVirtualHosts = []string{"*"}
		nodeConf.WSHost, nodeConf.WSPort = host, port // same server, same port
		nodeConf.WSModules = modules
	}
	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, fmt.Errorf("l1: create node: %w", err)
	}

	ethConf := ethconfig.Defaults
	ethConf.Genesis = genesis
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true
	// No log index: eth_getLogs then reads the blocks directly instead of waiting for the indexer to catch up,
	// which a loaded machine (or -race) can make it do for seconds.
	ethConf.LogNoHistory = true
	// The simulated beacon waits for the miner's next payload update after asking for one; if the first update
	// lands before it waits, it waits for the next, which op-geth sends every Recommit — and never if the build
	// window (2s) closes first, which hangs Commit for good. Updating every 50ms closes that window.
	ethConf.Miner.Recommit = 50 * time.Millisecond
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		return nil, errors.Join(fmt.Errorf("l1: create chain: %w", err), stack.Close())
	}
	stack.RegisterAPIs([]rpc.API{{
		Namespace: "eth",
		Service:   filters.NewFilterAPI(filters.NewFilterSystem(backend.APIBackend, filters.Config{})),
	}})
	if err := stack.Start(); err != nil {
		return nil, errors.Join(fmt.Errorf("l1: start node (HTTPAddr %q): %w", cfg.HTTPAddr, err), stack.Close())
	}
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		return nil, errors.Join(fmt.Errorf("l1: start simulated beacon: %w", err), stack.Close())
	}

	l := &L1{
		log:      cfg.Logger,
		stack:    stack,
		eth:      backend,
		client:   ethclient.NewClient(stack.Attach()),
		accounts: accounts,
		addrs:    addrs,
		beacon:   beacon,
	}
	if cfg.BlockTime > 0 {
		ctx, cancel := context.WithCancel(context.Background())
		l.cancel, l.done = cancel, make(chan struct{})
		go l.produce(ctx, cfg.BlockTime)
	}
	return l, nil
}

// produce seals a block every interval until ctx ends.
func (l *L1) produce(ctx context.Context, interval time.Duration) {
	defer close(l.done)
	defer func() {
		if r := recover(); r != nil {
			l.log.Error("l1 block producer panicked; blocks are now sealed only by Commit", "panic", r)
		}
	}()
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			l.Commit()
		}
	}
}

// Commit seals the pending transactions into a new block, makes it the head and returns its hash. It is safe to
// call concurrently with the BlockTime producer. After Stop it does nothing and returns the zero hash. Like
// simulated.Backend.Commit it reports no error: a failure is logged and the head stays where it was.
func (l *L1) Commit() common.Hash {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.beacon == nil {
		return common.Hash{}
	}
	before := l.eth.BlockChain().CurrentBlock().Number.Uint64()
	hash := l.beacon.Commit()
	if after := l.eth.BlockChain().CurrentBlock().Number.Uint64(); after != before+1 {
		l.log.Warn("l1 block not sealed; head unchanged", "block", after)
	}
	return hash
}

// Client returns an in-process client of the chain (no HTTP involved). It is closed by Stop.
func (l *L1) Client() *ethclient.Client { return l.client }

// ChainID returns the chain ID, 31337.
func (l *L1) ChainID() *big.Int { return big.NewInt(chainID) }

// Accounts returns the funded dev accounts; account 0 (0xf39F…) owns the EigenLayer deployment.
func (l *L1) Accounts() []Account { return append([]Account(nil), l.accounts...) }

// EigenLayer returns the addresses of the preloaded EigenLayer M2 deployment.
func (l *L1) EigenLayer() Addresses { return l.addrs }

// URL returns the HTTP JSON-RPC endpoint, e.g. http://127.0.0.1:40123, or "" when HTTPAddr was empty.
func (l *L1) URL() string {
	if l.stack.Config().HTTPHost == "" {
		return ""
	}
	return l.stack.HTTPEndpoint()
}

// WSURL returns the WebSocket JSON-RPC endpoint (same port as URL), or "" when HTTPAddr was empty.
func (l *L1) WSURL() string {
	if l.stack.Config().HTTPHost == "" {
		return ""
	}
	return l.stack.WSEndpoint()
}

// Stop stops block production, closes the client and the HTTP server and discards the chain. It is nil-safe and
// idempotent. If ctx ends before the block producer has returned, Stop returns ctx's error and leaves the node
// running.
func (l *L1) Stop(ctx context.Context) error {
	if l == nil || !l.stopped.CompareAndSwap(false, true) {
		return nil
	}
	if l.cancel != nil {
		l.cancel()
		select {
		case <-l.done:
		case <-ctx.Done():
			return fmt.Errorf("l1: stop: block producer still running: %w", ctx.Err())
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.client.Close()
	err := l.beacon.Stop()
	l.beacon = nil
	if cerr := l.stack.Close(); cerr != nil {
		err = errors.Join(err, fmt.Errorf("l1: close node: %w", cerr))
	}
	return err
}

// Stopped reports whether Stop has been called.
func (l *L1) Stopped() bool { return l.stopped.Load() }
