package l2

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/miner"
)

const (
	// payloadRecommit is the miner's rebuild interval. After the first build of a payload the miner rebuilds it
	// every payloadRecommit (for up to two seconds) and announces each result; see awaitPayload.
	payloadRecommit = 200 * time.Millisecond
	// payloadTimeout bounds the wait for a built payload.
	payloadTimeout = 20 * time.Second
)

// BuildBlock builds one block on the head and makes it the new head: the L1-info deposit, then deposits in order,
// then transactions from the pool that fit (by fee, nonce order per sender). It returns the new head block.
//
// The deposits' gas counts against the block's gas limit (Regolith rules); system deposits are not allowed.
// Safe and finalized move with the head: the devnet L2 has no L1 batches to wait for.
func (c *Chain) BuildBlock(ctx context.Context, deposits ...*types.DepositTx) (*types.Block, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed.Load() {
		return nil, ErrClosed
	}
	parent := c.eth.BlockChain().CurrentBlock()
	number := parent.Number.Uint64() + 1
	origin := l1OriginFor(c.cfg.ChainID, c.genesis.Time(), number)

	forced := []*types.Transaction{types.NewTx(l1InfoDeposit(origin))}
	gas := uint64(l1InfoGas)
	for i, d := range deposits {
		switch {
		case d == nil:
			return nil, fmt.Errorf("l2: build block %d: deposit %d is nil", number, i)
		case d.IsSystemTransaction:
			return nil, fmt.Errorf("l2: build block %d: deposit %d is a system transaction; they are disabled since Regolith", number, i)
		case d.Gas > c.cfg.GasLimit-gas:
			return nil, fmt.Errorf("l2: build block %d: deposits need more than the block gas limit %d (deposit %d takes %d gas)",
				number, c.cfg.GasLimit, i, d.Gas)
		}
		gas += d.Gas
		forced = append(forced, types.NewTx(d))
	}

	beaconRoot := crypto.Keccak256Hash([]byte("mach-devnet-beacon-root"), origin.Hash.Bytes())
	gasLimit := c.cfg.GasLimit
	args := &miner.BuildPayloadArgs{
		Parent:        parent.Hash(),
		Timestamp:     max(parent.Time+1, uint64(time.Now().Unix())),
		FeeRecipient:  SequencerFeeVaultAddr,
		Random:        crypto.Keccak256Hash([]byte("mach-devnet-randao"), origin.Hash.Bytes()),
		Withdrawals:   types.Withdrawals{},
		BeaconRoot:    &beaconRoot,
		Version:       engine.PayloadV3,
		NoTxPool:      false,
		Transactions:  forced,
		GasLimit:      &gasLimit,
		EIP1559Params: eip1559.EncodeHolocene1559Params(eip1559Denominator, eip1559Elasticity),
	}
	payload, err := c.eth.Miner().BuildPayload(args, false)
	if err != nil {
		return nil, fmt.Errorf("l2: build block %d: %w", number, err)
	}
	env, err := awaitPayload(ctx, payload)
	if err != nil {
		return nil, fmt.Errorf("l2: build block %d: %w", number, err)
	}
	data := env.ExecutionPayload
	requests := make([]hexutil.Bytes, len(env.Requests)) // Isthmus: always empty, but must not be nil
	for i, r := range env.Requests {
		requests[i] = r
	}
	status, err := c.engine.NewPayloadV4(*data, []common.Hash{}, &beaconRoot, requests)
	if err != nil {
		return nil, fmt.Errorf("l2: engine_newPayloadV4 for block %d: %w", number, err)
	}
	if status.Status != engine.VALID {
		return nil, fmt.Errorf("l2: engine_newPayloadV4 for block %d: status %s: %s", number, status.Status, deref(status.ValidationError))
	}
	head := data.BlockHash
	fcu, err := c.engine.ForkchoiceUpdatedV3(engine.ForkchoiceStateV1{
		HeadBlockHash: head, SafeBlockHash: head, FinalizedBlockHash: head,
	}, nil)
	if err != nil {
		return nil, fmt.Errorf("l2: engine_forkchoiceUpdatedV3 to block %d: %w", number, err)
	}
	if fcu.PayloadStatus.Status != engine.VALID {
		return nil, fmt.Errorf("l2: engine_forkchoiceUpdatedV3 to block %d: status %s: %s",
			number, fcu.PayloadStatus.Status, deref(fcu.PayloadStatus.ValidationError))
	}
	// Let the pool drop what the block included before anyone reads pool nonces (the pool resets on a goroutine of
	// its own; blocks built back to back outrun it).
	if err := c.eth.TxPool().Sync(); err != nil {
		return nil, fmt.Errorf("l2: reset the transaction pool to block %d: %w", number, err)
	}
	block := c.eth.BlockChain().GetBlockByHash(head)
	if block == nil {
		return nil, fmt.Errorf("l2: block %d (%s) missing after forkchoice update", number, head)
	}
	c.log.Debug("l2 block built", "block", number, "txs", len(block.Transactions()), "gas_used", block.GasUsed())
	return block, nil
}

// awaitPayload returns the payload once the miner has finished its first build with pool transactions.
//
// Resolving a payload interrupts a build in progress, so resolving right away would seal a block with whatever
// part of the pool the miner had reached (that is what a bare engine_forkchoiceUpdated + engine_getPayload pair
// does when called back to back). Payload.WaitFull returns at the next announced build; should it start only after
// the first announcement, the rebuild payloadRecommit later wakes it, and a rebuild replaces the first block only if
// it pays more fees.
func awaitPayload(ctx context.Context, p *miner.Payload) (*engine.ExecutionPayloadEnvelope, error) {
	resolved := make(chan *engine.ExecutionPayloadEnvelope, 1)
	go func() {
		p.WaitFull()
		resolved <- p.Resolve()
	}()
	timer := time.NewTimer(payloadTimeout)
	defer timer.Stop()
	select {
	case env := <-resolved:
		if env == nil || env.ExecutionPayload == nil {
			return nil, errors.New("miner built no payload (op-geth logs the cause)")
		}
		return env, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-timer.C:
		return nil, fmt.Errorf("payload not built within %s", payloadTimeout)
	}
}

func deref(s *string) string {
	if s == nil {
		return "no validation error given"
	}
	return *s
}
