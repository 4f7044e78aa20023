package verifier

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/mach-avs/mach/avs/alert"
	"github.com/mach-avs/mach/internal/kv"
)

// Output is one output root posted to L1.
type Output struct {
	Root          common.Hash
	L2BlockNumber uint64
	Timestamp     uint64
}

// OutputOracle is where a rollup's proposer posts output roots (Optimism's L2OutputOracle on L1).
type OutputOracle interface {
	// NextOutputIndex is how many outputs have been posted.
	NextOutputIndex(ctx context.Context) (uint64, error)
	// Output returns the output at index.
	Output(ctx context.Context, index uint64) (Output, error)
}

// l2OutputOracleABI is the part of Optimism's L2OutputOracle the verifier reads.
const l2OutputOracleABI = `[
 {"type":"function","name":"nextOutputIndex","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
 {"type":"function","name":"getL2Output","stateMutability":"view","inputs":[{"name":"_l2OutputIndex","type":"uint256"}],
  "outputs":[{"name":"","type":"tuple","components":[{"name":"outputRoot","type":"bytes32"},{"name":"timestamp","type":"uint128"},{"name":"l2BlockNumber","type":"uint128"}]}]}
]`

// L2OutputOracle reads an L2OutputOracle contract over an L1 client.
type L2OutputOracle struct {
	caller  ethereum.ContractCaller
	address common.Address
	abi     abi.ABI
}

var _ OutputOracle = (*L2OutputOracle)(nil)

// NewL2OutputOracle reads the oracle at address through caller (an *ethclient.Client).
func NewL2OutputOracle(caller ethereum.ContractCaller, address common.Address) (*L2OutputOracle, error) {
	parsed, err := abi.JSON(strings.NewReader(l2OutputOracleABI))
	if err != nil {
		return nil, err
	}
	return &L2OutputOracle{caller: caller, address: address, abi: parsed}, nil
}

func (o *L2OutputOracle) call(ctx context.Context, method string, args ...any) ([]any, error) {
	data, err := o.abi.Pack(method, args...)
	if err != nil {
		return nil, err
	}
	out, err := o.caller.CallContract(ctx, ethereum.CallMsg{To: &o.address, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("L2OutputOracle %s: %s: %w", o.address, method, err)
	}
	vals, err := o.abi.Unpack(method, out)
	if err != nil {
		return nil, fmt.Errorf("L2OutputOracle %s: %s: %w (is it an L2OutputOracle?)", o.address, method, err)
	}
	return vals, nil
}

// NextOutputIndex implements OutputOracle.
func (o *L2OutputOracle) NextOutputIndex(ctx context.Context) (uint64, error) {
	vals, err := o.call(ctx, "nextOutputIndex")
	if err != nil {
		return 0, err
	}
	return vals[0].(*big.Int).Uint64(), nil
}

// Output implements OutputOracle.
func (o *L2OutputOracle) Output(ctx context.Context, index uint64) (Output, error) {
	vals, err := o.call(ctx, "getL2Output", new(big.Int).SetUint64(index))
	if err != nil {
		return Output{}, err
	}
	p, ok := abi.ConvertType(vals[0], new(struct {
		OutputRoot    [32]byte
		Timestamp     *big.Int
		L2BlockNumber *big.Int
	})).(*struct {
		OutputRoot    [32]byte
		Timestamp     *big.Int
		L2BlockNumber *big.Int
	})
	if !ok {
		return Output{}, fmt.Errorf("L2OutputOracle %s: getL2Output: unexpected result %T", o.address, vals[0])
	}
	return Output{Root: p.OutputRoot, L2BlockNumber: p.L2BlockNumber.Uint64(), Timestamp: p.Timestamp.Uint64()}, nil
}

// rootRecord is what the output oracle check needs of a verified block.
type rootRecord struct {
	Hash, StateRoot, MessagePasserRoot common.Hash // MessagePasserRoot zero when not known (pre-Isthmus)
}

func (r rootRecord) encode() []byte {
	return append(append(append([]byte(nil), r.Hash[:]...), r.StateRoot[:]...), r.MessagePasserRoot[:]...)
}

func decodeRootRecord(b []byte) (rootRecord, error) {
	if len(b) != 96 {
		return rootRecord{}, fmt.Errorf("root record of %d bytes", len(b))
	}
	return rootRecord{common.BytesToHash(b[:32]), common.BytesToHash(b[32:64]), common.BytesToHash(b[64:])}, nil
}

func (v *Verifier) rootKey(n uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], n)
	return append(v.key("root/"), b[:]...)
}

// checkOutputs compares every output posted since the last check, up to the verified head, with the output root
// of our verified block. A mismatch is an OutputOracleMismatch alert; outputs are checked in order and each once.
func (v *Verifier) checkOutputs(ctx context.Context) error {
	if v.oracle == nil {
		return nil
	}
	next := v.cfg.OracleStartIndex
	if raw, err := v.store.Get(v.key("oracle/next")); err == nil && len(raw) == 8 {
		next = binary.BigEndian.Uint64(raw)
	} else if err != nil && !errors.Is(err, kv.ErrNotFound) {
		return err
	}
	posted, err := v.oracle.NextOutputIndex(ctx)
	if err != nil {
		return fmt.Errorf("%w: %v", errRetry, err)
	}
	for ; next < posted; next++ {
		out, err := v.oracle.Output(ctx, next)
		if err != nil {
			return fmt.Errorf("%w: %v", errRetry, err)
		}
		if out.L2BlockNumber > v.Status().VerifiedNumber {
			return nil // not verified yet
		}
		raw, err := v.store.Get(v.rootKey(out.L2BlockNumber))
		if errors.Is(err, kv.ErrNotFound) {
			v.log.Warn("posted output is for a block before the verified history; not checked",
				"outputIndex", next, "block", out.L2BlockNumber)
		} else if err != nil {
			return err
		} else if err := v.checkOutput(ctx, next, out, raw); err != nil {
			return err
		}
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], next+1)
		err = v.store.Apply(func(w *kv.Write) {
			w.Put(v.key("oracle/next"), b[:])
		})
		if err != nil {
			return err
		}
		// Blocks below a checked output will not be asked for again.
		if err := v.store.DeleteRange(v.rootKey(0), v.rootKey(out.L2BlockNumber)); err != nil {
			return err
		}
	}
	return nil
}

func (v *Verifier) checkOutput(ctx context.Context, index uint64, out Output, raw []byte) error {
	rec, err := decodeRootRecord(raw)
	if err != nil {
		return fmt.Errorf("verifier: block %d: %w", out.L2BlockNumber, err)
	}
	mp := rec.MessagePasserRoot
	if mp == (common.Hash{}) {
		if mp, err = v.primary.MessagePasserStorageRoot(ctx, out.L2BlockNumber, rec.StateRoot); err != nil {
			return fmt.Errorf("%w: %v", errRetry, err)
		}
	}
	ours := OutputRootV0(rec.StateRoot, mp, rec.Hash)
	if ours == out.Root {
		v.cfg.Metrics.OutputChecked(true)
		v.log.Info("posted output matches", "outputIndex", index, "block", out.L2BlockNumber, "outputRoot", ours)
		return nil
	}
	v.cfg.Metrics.OutputChecked(false)
	v.log.Error("POSTED OUTPUT IS WRONG", "outputIndex", index, "block", out.L2BlockNumber, "posted", out.Root, "expected", ours)
	idx := index
	a := Alert{
		RollupChainID:      v.cfg.RollupChainID,
		Alert:              alert.OutputOracleMismatch{InvalidOutputIndex: index, ExpectOutputRoot: ours},
		OutputIndex:        &idx,
		Block:              out.L2BlockNumber,
		BlockHash:          rec.Hash,
		ClaimedStateRoot:   rec.StateRoot,
		ComputedStateRoot:  rec.StateRoot,
		ClaimedOutputRoot:  out.Root,
		ExpectedOutputRoot: ours,
		Mismatches:         []string{fmt.Sprintf("L2OutputOracle output %d: posted %s, verified %s", index, out.Root.Hex(), ours.Hex())},
		DetectedAt:         time.Now().UTC(),
	}
	return v.emit(ctx, a)
}

// ErrAnchorMismatch means the upstream's block at an output's height does not have the output root posted on L1.
var ErrAnchorMismatch = errors.New("the upstream's block does not match the output posted on L1")

// AnchorFromOutput returns the L2 block of output index on the oracle, as the upstream serves it, after checking
// that its output root is the one posted: the output root commits to the block hash, so the block is as
// trustworthy as the output. Use a finalized output (past the challenge window).
func AnchorFromOutput(ctx context.Context, src *Source, oracle OutputOracle, config *params.ChainConfig, index uint64) (*types.Block, error) {
	out, err := oracle.Output(ctx, index)
	if err != nil {
		return nil, fmt.Errorf("anchor: output %d: %w", index, err)
	}
	b, err := src.BlockByNumber(ctx, out.L2BlockNumber)
	if err != nil {
		return nil, fmt.Errorf("anchor: block %d of output %d: %w", out.L2BlockNumber, index, err)
	}
	var mp common.Hash
	if h := b.Header(); h.WithdrawalsHash != nil && config.IsOptimismIsthmus(h.Time) {
		mp = *h.WithdrawalsHash
	} else if mp, err = src.MessagePasserStorageRoot(ctx, out.L2BlockNumber, b.Root()); err != nil {
		return nil, fmt.Errorf("anchor: %w", err)
	}
	if got := OutputRootV0(b.Root(), mp, b.Hash()); got != out.Root {
		return nil, fmt.Errorf("%w: output %d posts %s for block %d, upstream %s's block %s gives %s",
			ErrAnchorMismatch, index, out.Root.Hex(), out.L2BlockNumber, src.Name(), b.Hash().Hex(), got.Hex())
	}
	return b, nil
}
