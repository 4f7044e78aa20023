package alertstate

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// L1 is what the watcher reads from L1. *ethclient.Client satisfies it, over HTTP as well as WebSocket.
type L1 interface {
	bind.ContractCaller
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Config configures a Watcher. L1 and ServiceManager are required; every other zero field takes its default
// (see withDefaults).
type Config struct {
	// L1 is the L1 client.
	L1 L1
	// ServiceManager is the MachServiceManager proxy (deploy.Output.Addresses.MachServiceManager).
	ServiceManager common.Address
	// ZkServiceManager is a MachZkServiceManager proxy to watch for early and proved alerts of its rollup; zero
	// means none. A ZK manager linked on chain (MachServiceManager.setZkServiceManager) but not configured here
	// still counts: its level is part of MachServiceManager's alertLevel, and such rollups are re-read on every
	// new block; configuring it also lists its alerts and follows its events.
	ZkServiceManager common.Address
	// Rollups are the rollup chain IDs to watch. Empty means every rollup the service manager supports, the drill
	// rollup, the ZK manager's rollup and any rollup an event names.
	Rollups []uint64
	// Confirmations is how deep a block must be before its events and state count (reorg safety); 0 means 2.
	// Use NoConfirmations to follow the head itself.
	Confirmations uint64
	// PollInterval is how often L1 is polled; 0 means 2s.
	PollInterval time.Duration
	// ReconcileInterval is how often every rollup is re-read from the views; 0 means 30s.
	ReconcileInterval time.Duration
	// Timeout bounds one poll round (all its L1 calls), and each attempt of Start's initial read (which also scans
	// the Lookback); 0 means 10s.
	Timeout time.Duration
	// MaxRange is how many blocks one eth_getLogs covers; 0 means 2,000.
	MaxRange uint64
	// Lookback is how many blocks before the head Start scans for the transactions of alerts already live; 0 means
	// 10,000. Alerts older than that are reported without their L1 transaction.
	Lookback uint64
	// StartBlock is the first block worth scanning (the deployment block, deploy.Output.ChainInfo.DeploymentBlock).
	StartBlock uint64
	// Logger; nil means slog.Default().
	Logger *slog.Logger
	// Metrics; nil means NoopMetrics.
	Metrics Metrics
	// OnChange, if set, is called on the watcher's goroutine after a snapshot whose alert state differs from the
	// previous one is published (not for snapshots that only move ObservedAt). It must return quickly.
	OnChange func(old, new *Snapshot)
}

// NoConfirmations as Config.Confirmations makes the watcher follow the L1 head itself.
const NoConfirmations = ^uint64(0)

// Defaults.
const (
	DefaultConfirmations     = 2
	DefaultPollInterval      = 2 * time.Second
	DefaultReconcileInterval = 30 * time.Second
	DefaultTimeout           = 10 * time.Second
	DefaultMaxRange          = 2_000
	DefaultLookback          = 10_000
)

// maxConfirmations bounds Confirmations: deeper than this the state may be pruned on a non-archive node.
const maxConfirmations = 64

func (c Config) withDefaults() Config {
	switch c.Confirmations {
	case 0:
		c.Confirmations = DefaultConfirmations
	case NoConfirmations:
		c.Confirmations = 0
	}
	if c.PollInterval == 0 {
		c.PollInterval = DefaultPollInterval
	}
	if c.ReconcileInterval == 0 {
		c.ReconcileInterval = DefaultReconcileInterval
	}
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxRange == 0 {
		c.MaxRange = DefaultMaxRange
	}
	if c.Lookback == 0 {
		c.Lookback = DefaultLookback
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Metrics == nil {
		c.Metrics = NoopMetrics{}
	}
	return c
}

// Validate reports every problem of c at once.
func (c Config) Validate() error {
	var errs []error
	if c.L1 == nil {
		errs = append(errs, errors.New("alertstate: L1 client is not set"))
	}
	if c.ServiceManager == (common.Address{}) {
		errs = append(errs, errors.New("alertstate: service manager address is not set; use deployment addresses.machServiceManager"))
	}
	if c.ZkServiceManager != (common.Address{}) && c.ZkServiceManager == c.ServiceManager {
		errs = append(errs, errors.New("alertstate: ZK service manager is the BLS service manager; set the MachZkServiceManager proxy or leave it empty"))
	}
	seen := map[uint64]bool{}
	for i, id := range c.Rollups {
		if id == 0 {
			errs = append(errs, fmt.Errorf("alertstate: rollups[%d] is 0; use the rollup's chain ID", i))
		}
		if seen[id] {
			errs = append(errs, fmt.Errorf("alertstate: rollups[%d] = %d is listed twice", i, id))
		}
		seen[id] = true
	}
	if c.Confirmations != NoConfirmations && c.Confirmations > maxConfirmations {
		errs = append(errs, fmt.Errorf("alertstate: confirmations = %d is above %d; state that deep may be pruned", c.Confirmations, maxConfirmations))
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"poll interval", c.PollInterval}, {"reconcile interval", c.ReconcileInterval}, {"timeout", c.Timeout}} {
		if d.v < 0 {
			errs = append(errs, fmt.Errorf("alertstate: %s = %s is negative; use 0 for the default", d.name, d.v))
		}
	}
	return errors.Join(errs...)
}
