package verifier

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"
)

// ErrBadBlockData means an upstream served a block that is inconsistent with itself: a header that does not hash
// to the hash it claims, or transactions that do not match the header's transaction root. It says nothing about
// the rollup — the upstream (or the path to it) is broken or lying — so it is never an alert: try again or use
// another upstream.
var ErrBadBlockData = errors.New("upstream served an inconsistent block")

// ErrNotFound means the upstream does not have the block (yet).
var ErrNotFound = errors.New("block not found")

// DefaultCallTimeout bounds each call to an upstream (a witness of a large block can take a while to build).
const DefaultCallTimeout = 2 * time.Minute

// Source is one untrusted L2 JSON-RPC endpoint. Every answer is checked before use, and every call is bounded
// by a timeout, whatever the transport.
type Source struct {
	name    string
	rpc     *rpc.Client
	timeout time.Duration
}

// Dial connects to an L2 endpoint; name labels it in logs and errors (never the URL, which may carry a key).
func Dial(ctx context.Context, name, url string) (*Source, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("upstream %s: %w", name, err)
	}
	return NewSource(name, c), nil
}

// NewSource wraps an already connected client; calls time out after DefaultCallTimeout.
func NewSource(name string, c *rpc.Client) *Source {
	return &Source{name: name, rpc: c, timeout: DefaultCallTimeout}
}

// call is one JSON-RPC call bounded by the source's timeout.
func (s *Source) call(ctx context.Context, result any, method string, args ...any) error {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	return s.rpc.CallContext(ctx, result, method, args...)
}

// ChainID returns the upstream's chain ID.
func (s *Source) ChainID(ctx context.Context) (uint64, error) {
	var id hexutil.Uint64
	if err := s.call(ctx, &id, "eth_chainId"); err != nil {
		return 0, fmt.Errorf("upstream %s: eth_chainId: %w", s.name, err)
	}
	return uint64(id), nil
}

// Name labels the upstream.
func (s *Source) Name() string { return s.name }

// Close disconnects.
func (s *Source) Close() { s.rpc.Close() }

// Head returns the upstream's latest block number.
func (s *Source) Head(ctx context.Context) (uint64, error) {
	var n hexutil.Uint64
	if err := s.call(ctx, &n, "eth_blockNumber"); err != nil {
		return 0, fmt.Errorf("upstream %s: eth_blockNumber: %w", s.name, err)
	}
	return uint64(n), nil
}

// BlockByNumber fetches block n with its transactions and checks it is self-consistent.
func (s *Source) BlockByNumber(ctx context.Context, n uint64) (*types.Block, error) {
	return s.block(ctx, "eth_getBlockByNumber", hexutil.EncodeUint64(n))
}

// BlockByHash fetches a block by hash and checks it is self-consistent and has that hash.
func (s *Source) BlockByHash(ctx context.Context, hash common.Hash) (*types.Block, error) {
	b, err := s.block(ctx, "eth_getBlockByHash", hash)
	if err != nil {
		return nil, err
	}
	if b.Hash() != hash {
		return nil, fmt.Errorf("%w: upstream %s answered block %s for %s", ErrBadBlockData, s.name, b.Hash().TerminalString(), hash.TerminalString())
	}
	return b, nil
}

func (s *Source) block(ctx context.Context, method string, id any) (*types.Block, error) {
	var raw json.RawMessage
	if err := s.call(ctx, &raw, method, id, true); err != nil {
		return nil, fmt.Errorf("upstream %s: %s: %w", s.name, method, err)
	}
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return nil, fmt.Errorf("upstream %s: %s(%v): %w", s.name, method, id, ErrNotFound)
	}
	return decodeBlock(s.name, raw)
}

// decodeBlock builds a block from its JSON-RPC form and checks the header hashes to the claimed hash and the
// transactions to the header's transaction root.
func decodeBlock(upstream string, raw json.RawMessage) (*types.Block, error) {
	var header types.Header
	if err := json.Unmarshal(raw, &header); err != nil {
		return nil, fmt.Errorf("%w: upstream %s: header: %v", ErrBadBlockData, upstream, err)
	}
	var body struct {
		Hash         common.Hash          `json:"hash"`
		Transactions []*types.Transaction `json:"transactions"`
		Uncles       []common.Hash        `json:"uncles"`
		Withdrawals  []*types.Withdrawal  `json:"withdrawals"`
	}
	if err := json.Unmarshal(raw, &body); err != nil {
		return nil, fmt.Errorf("%w: upstream %s: block %d body: %v", ErrBadBlockData, upstream, header.Number, err)
	}
	if got := header.Hash(); got != body.Hash {
		return nil, fmt.Errorf("%w: upstream %s: block %d claims hash %s but its header hashes to %s",
			ErrBadBlockData, upstream, header.Number, body.Hash.Hex(), got.Hex())
	}
	if got := types.DeriveSha(types.Transactions(body.Transactions), trie.NewStackTrie(nil)); got != header.TxHash {
		return nil, fmt.Errorf("%w: upstream %s: block %d: transactions hash to %s, header says %s",
			ErrBadBlockData, upstream, header.Number, got.Hex(), header.TxHash.Hex())
	}
	if len(body.Uncles) > 0 {
		return nil, fmt.Errorf("%w: upstream %s: block %d has uncles, which an OP Stack chain never has", ErrBadBlockData, upstream, header.Number)
	}
	return types.NewBlockWithHeader(&header).WithBody(types.Body{Transactions: body.Transactions, Withdrawals: body.Withdrawals}), nil
}

// Witness fetches the execution witness of block n.
func (s *Source) Witness(ctx context.Context, n uint64) (*Witness, error) {
	var w Witness
	if err := s.call(ctx, &w, "debug_executionWitness", hexutil.EncodeUint64(n)); err != nil {
		return nil, fmt.Errorf("upstream %s: debug_executionWitness(%d): %w", s.name, n, err)
	}
	return &w, nil
}

// MessagePasserStorageRoot returns the storage root of the L2ToL1MessagePasser in the state with root stateRoot
// (block n's verified root), from an eth_getProof answer checked against stateRoot: the upstream cannot lie.
func (s *Source) MessagePasserStorageRoot(ctx context.Context, n uint64, stateRoot common.Hash) (common.Hash, error) {
	var res struct {
		AccountProof []hexutil.Bytes `json:"accountProof"`
		StorageHash  common.Hash     `json:"storageHash"`
	}
	if err := s.call(ctx, &res, "eth_getProof", params.OptimismL2ToL1MessagePasser, []string{}, hexutil.EncodeUint64(n)); err != nil {
		return common.Hash{}, fmt.Errorf("upstream %s: eth_getProof(message passer, %d): %w", s.name, n, err)
	}
	root, err := VerifyAccountStorageRoot(stateRoot, params.OptimismL2ToL1MessagePasser, res.AccountProof)
	if err != nil {
		return common.Hash{}, fmt.Errorf("upstream %s: block %d: %w", s.name, n, err)
	}
	return root, nil
}

// VerifyAccountStorageRoot checks an account proof against a state root and returns the account's storage root
// (the empty root for an account the proof shows absent).
func VerifyAccountStorageRoot(stateRoot common.Hash, addr common.Address, proof []hexutil.Bytes) (common.Hash, error) {
	db := rawdb.NewMemoryDatabase()
	for _, node := range proof {
		if err := db.Put(crypto.Keccak256(node), node); err != nil {
			return common.Hash{}, err
		}
	}
	val, err := trie.VerifyProof(stateRoot, crypto.Keccak256(addr.Bytes()), db)
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: account proof of %s does not verify against state root %s: %v", ErrBadBlockData, addr, stateRoot.TerminalString(), err)
	}
	if len(val) == 0 {
		return types.EmptyRootHash, nil
	}
	var acc types.StateAccount
	if err := rlp.DecodeBytes(val, &acc); err != nil {
		return common.Hash{}, fmt.Errorf("%w: account %s in the proof: %v", ErrBadBlockData, addr, err)
	}
	return acc.Root, nil
}

// OutputRootV0 is the OP Stack output root, version 0:
// keccak256(bytes32(0) ‖ stateRoot ‖ messagePasserStorageRoot ‖ blockHash).
func OutputRootV0(stateRoot, messagePasserStorageRoot, blockHash common.Hash) common.Hash {
	var buf [128]byte
	copy(buf[32:], stateRoot[:])
	copy(buf[64:], messagePasserStorageRoot[:])
	copy(buf[96:], blockHash[:])
	return crypto.Keccak256Hash(buf[:])
}
