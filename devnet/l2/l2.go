// Package l2 runs an in-process OP Stack L2: op-geth with every OP fork through Isthmus active at genesis, real
// L1Block, L2ToL1MessagePasser and GasPriceOracle predeploys (from npm @eth-optimism/contracts-bedrock), and a
// minimal sequencer that drives the engine API. Each block opens with the L1-info deposit (so L1 data fees are
// charged as on a real OP chain), then any user deposits, then transactions from the pool. The chain serves
// JSON-RPC over HTTP including debug_executionWitness, so stateless re-execution of its blocks can be checked.
//
// ethclient/simulated cannot do this: its beacon sends no OP payload attributes. The sequencer here builds each
// block with the miner (pool transactions included), imports it with engine_newPayloadV4 and makes it the head with
// engine_forkchoiceUpdatedV3. L1 origins are synthetic: there is no L1 behind the deposits.
//
// Traffic fills the pool with a deterministic mix of real transactions for tests and the devnet.
package l2

//go:generate go test -count=1 -run ^TestPredeploysGenerated$ . -update-predeploys

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mach-avs/mach/internal/hostport"
)

// Defaults of Config's zero fields.
const (
	DefaultChainID  = 901
	DefaultGasLimit = 60_000_000
	DefaultHTTPAddr = "127.0.0.1:0"
	DefaultAccounts = 4
)

// minGasLimit leaves room for the L1-info deposit and at least as much again for other transactions.
const minGasLimit = 2 * l1InfoGas

// Config configures a Chain. The zero value is usable.
type Config struct {
	// ChainID is the L2 chain ID; 0 means 901.
	ChainID uint64
	// BlockTime is the interval at which Start produces blocks; 0 means blocks are produced only by BuildBlock.
	// Timestamps are whole seconds and strictly increasing, so blocks built faster than one a second run ahead of
	// the wall clock.
	BlockTime time.Duration
	// GasLimit is every block's gas limit; 0 means 60,000,000.
	GasLimit uint64
	// HTTPAddr is the host:port JSON-RPC listens on (port 0 picks a free port); "" means 127.0.0.1:0. Use a
	// loopback host: the dev keys are public.
	HTTPAddr string
	// Accounts is how many dev accounts to fund with 10,000 ETH each (key i is keccak256("mach-l2-dev-<i>"));
	// 0 means 4.
	Accounts int
	// Logger receives the sequencer's block log and background failures; nil means slog.Default().
	Logger *slog.Logger
}

// withDefaults fills the zero fields of c.
func (c Config) withDefaults() Config {
	if c.ChainID == 0 {
		c.ChainID = DefaultChainID
	}
	if c.GasLimit == 0 {
		c.GasLimit = DefaultGasLimit
	}
	if c.HTTPAddr == "" {
		c.HTTPAddr = DefaultHTTPAddr
	}
	if c.Accounts == 0 {
		c.Accounts = DefaultAccounts
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// Validate reports every invalid field of c at once.
func (c Config) Validate() error {
	var errs []error
	if c.BlockTime < 0 {
		errs = append(errs, fmt.Errorf("l2: BlockTime = %s is negative; use 0 for blocks only on BuildBlock", c.BlockTime))
	}
	if c.GasLimit != 0 && c.GasLimit < minGasLimit {
		errs = append(errs, fmt.Errorf("l2: GasLimit = %d is below %d (the L1-info deposit alone takes %d); use 0 for %d",
			c.GasLimit, minGasLimit, l1InfoGas, DefaultGasLimit))
	}
	if c.Accounts < 0 || c.Accounts > 10_000 {
		errs = append(errs, fmt.Errorf("l2: Accounts = %d is outside 0-10000; use 0 for %d", c.Accounts, DefaultAccounts))
	}
	if c.HTTPAddr != "" {
		if _, _, err := hostport.Split(c.HTTPAddr); err != nil {
			errs = append(errs, fmt.Errorf("l2: HTTPAddr = %q: %w; use host:port such as 127.0.0.1:0", c.HTTPAddr, err))
		}
	}
	return errors.Join(errs...)
}

// ErrClosed is returned by BuildBlock and Start after Close.
var ErrClosed = errors.New("l2: chain is closed")

// Chain is a running in-process OP Stack L2. Build it with New, end it with Close.
type Chain struct {
	cfg     Config
	log     *slog.Logger
	stack   *node.Node
	eth     *eth.Ethereum
	engine  *catalyst.ConsensusAPI
	keys    []*ecdsa.PrivateKey
	genesis *types.Block

	mu      sync.Mutex // serialises block building
	closed  atomic.Bool
	started atomic.Bool
	cancel  context.CancelFunc // stops the block producer
	done    chan struct{}      // closed when the block producer has returned; nil if it never started
}

// New starts an L2 node whose genesis block is the head, serving JSON-RPC (eth, net, web3, debug) on cfg.HTTPAddr.
// Call Close to release it.
func New(cfg Config) (*Chain, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	keys, err := devKeys(cfg.Accounts)
	if err != nil {
		return nil, fmt.Errorf("l2: %w", err)
	}
	chainCfg := chainConfig(cfg.ChainID)
	gen := genesis(chainCfg, uint64(time.Now().Unix()), cfg.GasLimit, keys)

	host, port, _ := hostport.Split(cfg.HTTPAddr) // validated above
	nodeConf := node.DefaultConfig
	nodeConf.DataDir = "" // in memory
	nodeConf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0}
	nodeConf.HTTPHost, nodeConf.HTTPPort = host, port
	nodeConf.HTTPModules = []string{"eth", "net", "web3", "debug"}
	nodeConf.HTTPVirtualHosts = []string{"*"}
	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, fmt.Errorf("l2: create node: %w", err)
	}

	ethConf := ethconfig.Defaults
	ethConf.Genesis = gen
	ethConf.NetworkId = cfg.ChainID
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.StateScheme = rawdb.HashScheme // debug_executionWitness reads parent tries by hash
	ethConf.NoPruning = true               // keep every block's state so any block's witness can be served
	ethConf.TxPool.NoLocals = true
	ethConf.Miner.GasCeil = cfg.GasLimit
	ethConf.Miner.GasPrice = big.NewInt(1)
	// A short recommit makes the miner re-announce its payload soon after the first build; see awaitPayload.
	ethConf.Miner.Recommit = payloadRecommit
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		return nil, errors.Join(fmt.Errorf("l2: create chain: %w", err), stack.Close())
	}
	stack.RegisterAPIs([]rpc.API{{
		Namespace: "eth",
		Service:   filters.NewFilterAPI(filters.NewFilterSystem(backend.APIBackend, filters.Config{})),
	}})
	if err := stack.Start(); err != nil {
		return nil, errors.Join(fmt.Errorf("l2: start node (HTTPAddr %q): %w", cfg.HTTPAddr, err), stack.Close())
	}
	head := backend.BlockChain().CurrentBlock()
	genesisBlock := backend.BlockChain().GetBlock(head.Hash(), head.Number.Uint64())
	if genesisBlock == nil {
		return nil, errors.Join(errors.New("l2: genesis block missing after start"), stack.Close())
	}
	return &Chain{
		cfg:     cfg,
		log:     cfg.Logger.With("rollup", "l2", "chain_id", cfg.ChainID),
		stack:   stack,
		eth:     backend,
		engine:  catalyst.NewConsensusAPI(backend),
		keys:    keys,
		genesis: genesisBlock,
	}, nil
}

// URL returns the HTTP JSON-RPC endpoint, e.g. http://127.0.0.1:40123.
func (c *Chain) URL() string { return c.stack.HTTPEndpoint() }

// ChainConfig returns the chain configuration (OP Stack, all forks through Isthmus at genesis).
func (c *Chain) ChainConfig() *params.ChainConfig { return c.eth.BlockChain().Config() }

// Genesis returns block 0.
func (c *Chain) Genesis() *types.Block { return c.genesis }

// Keys returns the funded dev keys. They are public test keys: never use them on a real network.
func (c *Chain) Keys() []*ecdsa.PrivateKey { return append([]*ecdsa.PrivateKey(nil), c.keys...) }

// Backend returns the op-geth backend, for tests that need internals such as the transaction pool.
func (c *Chain) Backend() *eth.Ethereum { return c.eth }

// Start produces a block every Config.BlockTime in the background until ctx ends or Close is called. It returns at
// once; with BlockTime 0 it does nothing. A block that fails to build is logged and retried at the next tick.
func (c *Chain) Start(ctx context.Context) error {
	if c.closed.Load() {
		return ErrClosed
	}
	if c.cfg.BlockTime == 0 {
		return nil
	}
	if !c.started.CompareAndSwap(false, true) {
		return errors.New("l2: Start called twice")
	}
	ctx, cancel := context.WithCancel(ctx)
	c.mu.Lock()
	c.cancel, c.done = cancel, make(chan struct{})
	c.mu.Unlock()
	go c.produce(ctx, c.done)
	return nil
}

// produce builds a block every BlockTime until ctx ends.
func (c *Chain) produce(ctx context.Context, done chan struct{}) {
	defer close(done)
	defer func() {
		if r := recover(); r != nil {
			c.log.Error("l2 block producer panicked; blocks are now built only by BuildBlock", "panic", r)
		}
	}()
	t := time.NewTicker(c.cfg.BlockTime)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if _, err := c.BuildBlock(ctx); err != nil && !errors.Is(err, ErrClosed) && ctx.Err() == nil {
				c.log.Error("l2 block not built", "err", err)
			}
		}
	}
}

// Close stops block production and the node and discards the chain. It is nil-safe and idempotent.
func (c *Chain) Close() error {
	if c == nil || !c.closed.CompareAndSwap(false, true) {
		return nil
	}
	c.mu.Lock()
	cancel, done := c.cancel, c.done
	c.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
	c.mu.Lock() // wait for a BuildBlock in flight
	defer c.mu.Unlock()
	if err := c.stack.Close(); err != nil {
		return fmt.Errorf("l2: close node: %w", err)
	}
	return nil
}
