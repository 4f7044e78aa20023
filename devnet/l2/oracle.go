package l2

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mach-avs/mach/contracts/bindings/transparentupgradeableproxy"
)

// The part of Optimism's L2OutputOracle (npm @eth-optimism/contracts-bedrock, the bytecode in
// l2OutputOracleCreationCode) the devnet drives: the proposer's side.
const outputOracleABI = `[
 {"type":"function","name":"initialize","stateMutability":"nonpayable","inputs":[
  {"name":"_submissionInterval","type":"uint256"},{"name":"_l2BlockTime","type":"uint256"},
  {"name":"_startingBlockNumber","type":"uint256"},{"name":"_startingTimestamp","type":"uint256"},
  {"name":"_proposer","type":"address"},{"name":"_challenger","type":"address"},
  {"name":"_finalizationPeriodSeconds","type":"uint256"}],"outputs":[]},
 {"type":"function","name":"proposeL2Output","stateMutability":"payable","inputs":[
  {"name":"_outputRoot","type":"bytes32"},{"name":"_l2BlockNumber","type":"uint256"},
  {"name":"_l1BlockHash","type":"bytes32"},{"name":"_l1BlockNumber","type":"uint256"}],"outputs":[]}
]`

// OutputOracleConfig is how the L2OutputOracle on L1 is initialized.
type OutputOracleConfig struct {
	// SubmissionInterval is the number of L2 blocks between outputs (≥ 1).
	SubmissionInterval uint64
	// StartingBlockNumber is the L2 block the first output follows; StartingTimestamp its timestamp.
	StartingBlockNumber, StartingTimestamp uint64
	// L2BlockTime is the L2's block interval in seconds (≥ 1).
	L2BlockTime uint64
	// Proposer may post outputs; Challenger may delete them.
	Proposer, Challenger common.Address
	// FinalizationPeriodSeconds is the challenge window.
	FinalizationPeriodSeconds uint64
}

// OutputOracle is Optimism's L2OutputOracle deployed on an L1 behind an upgradeable proxy, as on OP chains.
type OutputOracle struct {
	Address common.Address
	backend bind.ContractBackend
	abi     abi.ABI
}

// DeployOutputOracle deploys the real L2OutputOracle implementation and a TransparentUpgradeableProxy that
// initializes it with cfg, sending both transactions with auth, and waits for them to be mined.
func DeployOutputOracle(ctx context.Context, backend bind.DeployBackend, auth *bind.TransactOpts, cfg OutputOracleConfig) (*OutputOracle, error) {
	if cfg.SubmissionInterval == 0 || cfg.L2BlockTime == 0 {
		return nil, errors.New("l2: output oracle: submission interval and L2 block time must be at least 1")
	}
	parsed, err := abi.JSON(strings.NewReader(outputOracleABI))
	if err != nil {
		return nil, err
	}
	cb, ok := backend.(bind.ContractBackend)
	if !ok {
		return nil, errors.New("l2: output oracle: the backend cannot send transactions")
	}
	implAddr, tx, _, err := bind.DeployContract(auth, parsed, l2OutputOracleCreationCode, cb)
	if err != nil {
		return nil, fmt.Errorf("l2: deploy L2OutputOracle: %w", err)
	}
	if _, err := bind.WaitDeployed(ctx, backend, tx); err != nil {
		return nil, fmt.Errorf("l2: deploy L2OutputOracle: %w", err)
	}
	init, err := parsed.Pack("initialize", u256(cfg.SubmissionInterval), u256(cfg.L2BlockTime), u256(cfg.StartingBlockNumber),
		u256(cfg.StartingTimestamp), cfg.Proposer, cfg.Challenger, u256(cfg.FinalizationPeriodSeconds))
	if err != nil {
		return nil, err
	}
	proxyAddr, tx, _, err := transparentupgradeableproxy.DeployTransparentUpgradeableProxy(auth, cb, implAddr, auth.From, init)
	if err != nil {
		return nil, fmt.Errorf("l2: deploy L2OutputOracle proxy: %w", err)
	}
	if _, err := bind.WaitDeployed(ctx, backend, tx); err != nil {
		return nil, fmt.Errorf("l2: deploy L2OutputOracle proxy: %w", err)
	}
	return &OutputOracle{Address: proxyAddr, backend: cb, abi: parsed}, nil
}

// Propose posts outputRoot for L2 block l2Block (the oracle's nextBlockNumber) from the proposer's account and
// waits for it to be mined.
func (o *OutputOracle) Propose(ctx context.Context, backend bind.DeployBackend, proposer *bind.TransactOpts, outputRoot common.Hash, l2Block uint64) error {
	data, err := o.abi.Pack("proposeL2Output", outputRoot, u256(l2Block), common.Hash{}, common.Big0)
	if err != nil {
		return err
	}
	c := bind.NewBoundContract(o.Address, o.abi, o.backend, o.backend, o.backend)
	tx, err := c.RawTransact(proposer, data)
	if err != nil {
		return fmt.Errorf("l2: propose output for block %d: %w", l2Block, err)
	}
	r, err := bind.WaitMined(ctx, backend, tx)
	if err != nil {
		return fmt.Errorf("l2: propose output for block %d: %w", l2Block, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("l2: propose output for block %d: reverted (is it the oracle's next block number, and not in the future?)", l2Block)
	}
	return nil
}

func u256(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
