package verifier

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"
)

// Verdict is what re-executing one block says about it.
type Verdict uint8

const (
	// Valid: execution on the verified parent state reproduces every root and total the header claims.
	Valid Verdict = iota + 1
	// WitnessIncomplete: the witness lacked a trie node, a bytecode or an ancestor header that execution needed,
	// so nothing can be concluded about the block. Retry or ask another upstream; never an alert.
	WitnessIncomplete
	// Invalid: with a complete witness, the header's state root, receipt root, gas used, bloom, withdrawals root or
	// base fee differ from what execution produced, or a transaction cannot be applied at all.
	Invalid
)

func (v Verdict) String() string {
	switch v {
	case Valid:
		return "valid"
	case WitnessIncomplete:
		return "witness-incomplete"
	case Invalid:
		return "invalid"
	}
	return fmt.Sprintf("verdict(%d)", uint8(v))
}

// Missing is one item execution needed and the witness did not have.
type Missing struct {
	// What is "trie node", "code" or "header".
	What string
	// Hash is the node's, code's or header's hash.
	Hash common.Hash
}

func (m Missing) String() string { return m.What + " " + m.Hash.Hex() }

// Execution is the outcome of re-executing one block.
type Execution struct {
	Verdict Verdict
	// Computed by execution (zero when execution could not finish).
	StateRoot       common.Hash
	ReceiptRoot     common.Hash
	WithdrawalsRoot common.Hash // storage root of the L2ToL1MessagePasser after the block (Isthmus blocks only)
	GasUsed         uint64
	// Missing lists what the witness lacked (WitnessIncomplete).
	Missing []Missing
	// Mismatches says, for an Invalid block, each header field that execution contradicts.
	Mismatches []string
	// Err is the execution or state error behind WitnessIncomplete or Invalid, if any.
	Err error
	// Elapsed is the wall time of execution, hashing included.
	Elapsed time.Duration
}

// ErrParentMismatch means the block does not extend the verified parent handed to Execute.
var ErrParentMismatch = errors.New("block does not extend the verified parent")

// Execute re-executes block on the state of parent, a header the caller has already verified, using only the
// witness. It is strict where core.ExecuteStateless is not: every read of a trie node, bytecode or ancestor header
// that the witness cannot answer is recorded, and any such miss (or state error) makes the verdict
// WitnessIncomplete rather than a root computed over silently missing data. The witness's own headers are never
// trusted for the pre-state: the state root comes from parent.
//
// The block's header fields are what is being judged. The caller must already have checked that the header
// hashes to the claimed block hash and that the transactions match its transaction root (see CheckBody).
func Execute(config *params.ChainConfig, parent *types.Header, block *types.Block, w *Witness) (*Execution, error) {
	if block.ParentHash() != parent.Hash() || block.NumberU64() != parent.Number.Uint64()+1 {
		return nil, fmt.Errorf("%w: block %d has parent %s, verified parent is %d %s", ErrParentMismatch,
			block.NumberU64(), block.ParentHash().TerminalString(), parent.Number.Uint64(), parent.Hash().TerminalString())
	}
	began := time.Now()
	db := newWitnessDB(w, parent)
	ex := &Execution{}
	defer func() { ex.Elapsed = time.Since(began) }()

	// Header-only consensus rules: a block can be invalid before any transaction runs.
	if err := eip1559.VerifyEIP1559Header(config, parent, block.Header()); err != nil {
		ex.Mismatches = append(ex.Mismatches, err.Error())
	}
	if block.Time() <= parent.Time {
		ex.Mismatches = append(ex.Mismatches, fmt.Sprintf("timestamp %d is not after the parent's %d", block.Time(), parent.Time))
	}
	if block.GasUsed() > block.GasLimit() {
		ex.Mismatches = append(ex.Mismatches, fmt.Sprintf("gas used %d exceeds the gas limit %d", block.GasUsed(), block.GasLimit()))
	}

	statedb, err := state.New(parent.Root, state.NewDatabase(triedb.NewDatabase(db, triedb.HashDefaults), nil))
	if err != nil {
		return ex.incomplete(db, err), nil
	}
	chain, err := core.NewHeaderChain(db, config, beacon.New(ethash.NewFaker()), func() bool { return false })
	if err != nil {
		return nil, fmt.Errorf("stateless header chain: %w", err)
	}
	db.record()

	res, procErr := core.NewStateProcessor(config, chain).Process(block, statedb, vm.Config{})
	if procErr == nil {
		ex.GasUsed = res.GasUsed
		ex.StateRoot = statedb.IntermediateRoot(config.IsEIP158(block.Number()))
		ex.ReceiptRoot = types.DeriveSha(res.Receipts, trie.NewStackTrie(nil))
	}
	if missing := db.missing(); len(missing) > 0 || statedb.Error() != nil {
		ex.Missing = missing
		ex.Err = errors.Join(procErr, statedb.Error())
		ex.Verdict = WitnessIncomplete
		return ex, nil
	}
	if procErr == nil && config.IsOptimismIsthmus(block.Time()) {
		// Isthmus headers commit to the message passer's storage root. If execution touched the message passer,
		// its account is resolved in the state already. If it did not, the witness need not carry it (op-geth's
		// does not), and its storage root is the parent's, which was verified with the parent.
		probe := db.probe()
		root := statedb.GetStorageRoot(params.OptimismL2ToL1MessagePasser)
		switch {
		case len(probe()) == 0:
			ex.WithdrawalsRoot = root
		case parent.WithdrawalsHash != nil && config.IsOptimismIsthmus(parent.Time):
			ex.WithdrawalsRoot = *parent.WithdrawalsHash
		default:
			// The first Isthmus block: the parent's header does not commit to the root.
			ex.Missing = probe()
			ex.Err = errors.New("the witness of the first Isthmus block lacks the message passer account")
			ex.Verdict = WitnessIncomplete
			return ex, nil
		}
	}
	if procErr != nil {
		// Every read was answered, so the block itself cannot be applied.
		ex.Err = procErr
		ex.Mismatches = append(ex.Mismatches, "transactions cannot be applied: "+procErr.Error())
		ex.Verdict = Invalid
		return ex, nil
	}
	h := block.Header()
	if h.GasUsed != res.GasUsed {
		ex.Mismatches = append(ex.Mismatches, fmt.Sprintf("gas used: header %d, executed %d", h.GasUsed, res.GasUsed))
	}
	if bloom := types.MergeBloom(res.Receipts); bloom != h.Bloom {
		ex.Mismatches = append(ex.Mismatches, "logs bloom differs from the receipts'")
	}
	if h.ReceiptHash != ex.ReceiptRoot {
		ex.Mismatches = append(ex.Mismatches, fmt.Sprintf("receipt root: header %s, executed %s", h.ReceiptHash.Hex(), ex.ReceiptRoot.Hex()))
	}
	if h.Root != ex.StateRoot {
		ex.Mismatches = append(ex.Mismatches, fmt.Sprintf("state root: header %s, executed %s", h.Root.Hex(), ex.StateRoot.Hex()))
	}
	if config.IsOptimismIsthmus(h.Time) {
		switch {
		case h.WithdrawalsHash == nil:
			ex.Mismatches = append(ex.Mismatches, "withdrawals root: missing from an Isthmus header")
		case *h.WithdrawalsHash != ex.WithdrawalsRoot:
			ex.Mismatches = append(ex.Mismatches, fmt.Sprintf("withdrawals root: header %s, executed %s", h.WithdrawalsHash.Hex(), ex.WithdrawalsRoot.Hex()))
		}
	}
	if h.RequestsHash != nil {
		if got := types.CalcRequestsHash(res.Requests); got != *h.RequestsHash {
			ex.Mismatches = append(ex.Mismatches, fmt.Sprintf("requests hash: header %s, executed %s", h.RequestsHash.Hex(), got.Hex()))
		}
	}
	if len(ex.Mismatches) > 0 {
		ex.Verdict = Invalid
	} else {
		ex.Verdict = Valid
	}
	return ex, nil
}

func (ex *Execution) incomplete(db *witnessDB, err error) *Execution {
	ex.Verdict = WitnessIncomplete
	ex.Missing = db.missing()
	ex.Err = err
	return ex
}

// witnessDB is the key-value store execution reads: the witness's nodes, codes and headers keyed by their own
// hashes, plus the verified parent header. It records every read it cannot answer.
type witnessDB struct {
	ethdb.Database
	mu        sync.Mutex
	recording bool
	probing   bool
	misses    []Missing
	probed    []Missing
	seen      map[Missing]struct{}
}

func newWitnessDB(w *Witness, parent *types.Header) *witnessDB {
	mem := rawdb.NewMemoryDatabase()
	hasher := crypto.NewKeccakState()
	hash := make([]byte, 32)
	keccak := func(b []byte) common.Hash {
		hasher.Reset()
		hasher.Write(b)
		hasher.Read(hash)
		return common.BytesToHash(hash)
	}
	for _, code := range w.Codes {
		rawdb.WriteCode(mem, keccak(code), code)
	}
	for _, node := range w.State {
		rawdb.WriteLegacyTrieNode(mem, keccak(node), node)
	}
	for _, h := range w.Headers {
		rawdb.WriteHeader(mem, h)
	}
	rawdb.WriteHeader(mem, parent)
	// core.HeaderChain insists on a canonical genesis; give it a placeholder that no hash walk can reach
	// (headers are found by hash and number, and this header's hash is that of no real block).
	placeholder := &types.Header{Number: common.Big0, Difficulty: common.Big0, Extra: []byte("mach stateless placeholder")}
	rawdb.WriteHeader(mem, placeholder)
	rawdb.WriteCanonicalHash(mem, placeholder.Hash(), 0)
	return &witnessDB{Database: mem, seen: make(map[Missing]struct{})}
}

// record starts recording misses (reads before it are set-up lookups that may legitimately miss).
func (db *witnessDB) record() {
	db.mu.Lock()
	db.recording = true
	db.mu.Unlock()
}

// probe diverts misses from here on to a separate list, returned by the function it returns: for reads that
// are not part of execution and whose absence from the witness is legitimate.
func (db *witnessDB) probe() func() []Missing {
	db.mu.Lock()
	db.probing = true
	db.mu.Unlock()
	return func() []Missing {
		db.mu.Lock()
		defer db.mu.Unlock()
		return append([]Missing(nil), db.probed...)
	}
}

func (db *witnessDB) missing() []Missing {
	db.mu.Lock()
	defer db.mu.Unlock()
	return append([]Missing(nil), db.misses...)
}

// Get implements ethdb.KeyValueReader.
func (db *witnessDB) Get(key []byte) ([]byte, error) {
	v, err := db.Database.Get(key)
	if err != nil || len(v) == 0 {
		db.miss(key)
	}
	return v, err
}

// Has implements ethdb.KeyValueReader.
func (db *witnessDB) Has(key []byte) (bool, error) {
	ok, err := db.Database.Has(key)
	if err == nil && !ok {
		db.miss(key)
	}
	return ok, err
}

// miss classifies a key nobody could answer. Only the three kinds of keys execution reads exist here; a
// legacy-scheme code lookup (bare hash) after a failed prefixed one is the same code miss, reported once.
func (db *witnessDB) miss(key []byte) {
	var m Missing
	switch {
	case len(key) == common.HashLength:
		m = Missing{What: "trie node", Hash: common.BytesToHash(key)}
	case len(key) == 1+common.HashLength && bytes.HasPrefix(key, rawdb.CodePrefix):
		m = Missing{What: "code", Hash: common.BytesToHash(key[1:])}
	case len(key) == 1+common.HashLength && key[0] == 'H':
		m = Missing{What: "header", Hash: common.BytesToHash(key[1:])}
	case len(key) == 1+8+common.HashLength && key[0] == 'h':
		m = Missing{What: "header", Hash: common.BytesToHash(key[9:])}
	case len(key) == 1+8+1 && key[0] == 'h' && key[9] == 'n':
		m = Missing{What: fmt.Sprintf("canonical hash of block %d", binary.BigEndian.Uint64(key[1:9]))}
	default:
		m = Missing{What: fmt.Sprintf("key %x", key)}
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	if !db.recording {
		return
	}
	if db.probing {
		db.probed = append(db.probed, m)
		return
	}
	if m.What == "trie node" {
		// After a prefixed code miss, rawdb.ReadCode retries with the bare hash: same item.
		if _, ok := db.seen[Missing{What: "code", Hash: m.Hash}]; ok {
			return
		}
	}
	if _, ok := db.seen[m]; ok {
		return
	}
	db.seen[m] = struct{}{}
	db.misses = append(db.misses, m)
}
