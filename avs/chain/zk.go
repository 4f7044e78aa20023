package chain

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/mach-avs/mach/contracts/bindings/machzkservicemanager"
	"github.com/mach-avs/mach/contracts/bindings/risczerogroth16verifier"
	"github.com/mach-avs/mach/contracts/bindings/risczeromockverifier"
	"github.com/mach-avs/mach/internal/ethtx"
)

// AlertLevel is IMachAlerts.AlertLevel: how far an alert for a rollup has come.
type AlertLevel uint8

// Alert levels, in the contract's order (a higher level is stronger evidence).
const (
	LevelNone AlertLevel = iota
	LevelEarly
	LevelConfirmed
	LevelProved
)

// String implements fmt.Stringer.
func (l AlertLevel) String() string {
	switch l {
	case LevelNone:
		return "none"
	case LevelEarly:
		return "early"
	case LevelConfirmed:
		return "confirmed"
	case LevelProved:
		return "proved"
	}
	return fmt.Sprintf("level(%d)", uint8(l))
}

// PendingAlert is MachZkServiceManager's pending early alert. Submitter is zero when there is none.
type PendingAlert struct {
	Submitter common.Address
	// SubmittedAt is the L1 timestamp (unix seconds) of the block that raised it.
	SubmittedAt uint64
	L2Block     uint64
	// FromOracle: raised by alertBlockOutputOracleMismatch for the L2OutputOracle output at OutputIndex.
	FromOracle        bool
	OutputIndex       uint64
	InvalidOutputRoot common.Hash
	ExpectOutputRoot  common.Hash
	// Live: the alert is within its prove window (pendingAlertLive), so it counts as an early alert and blocks
	// alerts for later blocks. An expired alert stays pending (it may still be proved) but does not count.
	Live bool
}

// Exists reports whether an alert is pending (live or expired).
func (p PendingAlert) Exists() bool { return p.Submitter != (common.Address{}) }

// ZKJournal is the journal MachZkServiceManager.submitProve decodes (160 bytes, abi.encode of the five fields).
type ZKJournal struct {
	RollupChainID        *big.Int
	CheckpointOutputRoot common.Hash
	CheckpointL2Block    *big.Int
	L2Block              *big.Int
	OutputRoot           common.Hash
}

// zkJournalLength is MachZkServiceManager.JOURNAL_LENGTH.
const zkJournalLength = 5 * 32

// DecodeZKJournal decodes a 160-byte MachZkServiceManager journal; any other length is an error.
func DecodeZKJournal(journal []byte) (ZKJournal, error) {
	if len(journal) != zkJournalLength {
		return ZKJournal{}, fmt.Errorf("chain: journal is %d bytes, a MachZkServiceManager journal is %d", len(journal), zkJournalLength)
	}
	word := func(i int) []byte { return journal[i*32 : (i+1)*32] }
	return ZKJournal{
		RollupChainID:        new(big.Int).SetBytes(word(0)),
		CheckpointOutputRoot: common.BytesToHash(word(1)),
		CheckpointL2Block:    new(big.Int).SetBytes(word(2)),
		L2Block:              new(big.Int).SetBytes(word(3)),
		OutputRoot:           common.BytesToHash(word(4)),
	}, nil
}

// Errors a caller of ZK may branch on (with errors.Is). Reverts decoded from the contracts wrap the matching one
// (see RevertError); ErrNotEarliest is also returned, without sending anything, when the pending alert blocks the
// new one.
var (
	// ErrNotEarliest: a live pending alert for an earlier (or the same) block with another expected root exists;
	// the manager only takes an alert for an earlier block until that one expires (AlertNotEarliest).
	ErrNotEarliest = errors.New("a live alert for an earlier or the same L2 block is pending")
	// ErrNotAllowlisted: the sender may not post early alerts (NotAllowlisted, OnlyWhitelister).
	ErrNotAllowlisted = errors.New("the sender is not allowlisted on the ZK service manager")
	// ErrNoPendingAlert: there is no alert to prove or remove (NoPendingAlert).
	ErrNoPendingAlert = errors.New("no alert is pending on the ZK service manager")
	// ErrJournalMismatch: the journal does not state what the pending alert claims (InvalidJournalLength,
	// JournalRollupMismatch, JournalBlockMismatch, JournalOutputRootMismatch).
	ErrJournalMismatch = errors.New("the journal does not match the pending alert")
	// ErrCheckpointNotAccepted: the proof's checkpoint is not an output accepted on L1 before the alerted block
	// (CheckpointNotAccepted, CheckpointNotBeforeAlert, OutputIndexOutOfRange).
	ErrCheckpointNotAccepted = errors.New("the proof's checkpoint is not an output accepted on L1 before the alerted block")
	// ErrProofRejected: the RISC Zero verifier rejected the seal (VerificationFailed, SelectorMismatch,
	// InvalidSealLength, or the Groth16 verifier's other errors).
	ErrProofRejected = errors.New("the RISC Zero verifier rejected the proof")
	// ErrInvalidAlert: the alert can never be posted (RootsEqual, ZeroOutputRoot, L2BlockNumberTooLarge,
	// AlreadyProved for another root's alert).
	ErrInvalidAlert = errors.New("the alert is invalid")
	// ErrPaused: the function is paused (FunctionPaused).
	ErrPaused = errors.New("the ZK service manager is paused")
)

// revertKinds maps custom error names of the manager and the RISC Zero verifiers to the sentinel they wrap.
var revertKinds = map[string]error{
	"AlertNotEarliest":          ErrNotEarliest,
	"NotAllowlisted":            ErrNotAllowlisted,
	"OnlyWhitelister":           ErrNotAllowlisted,
	"NoPendingAlert":            ErrNoPendingAlert,
	"InvalidJournalLength":      ErrJournalMismatch,
	"JournalRollupMismatch":     ErrJournalMismatch,
	"JournalBlockMismatch":      ErrJournalMismatch,
	"JournalOutputRootMismatch": ErrJournalMismatch,
	"CheckpointNotAccepted":     ErrCheckpointNotAccepted,
	"CheckpointNotBeforeAlert":  ErrCheckpointNotAccepted,
	"OutputIndexOutOfRange":     ErrCheckpointNotAccepted,
	"VerificationFailed":        ErrProofRejected,
	"SelectorMismatch":          ErrProofRejected,
	"InvalidSealLength":         ErrProofRejected,
	"RootsEqual":                ErrInvalidAlert,
	"ZeroOutputRoot":            ErrInvalidAlert,
	"L2BlockNumberTooLarge":     ErrInvalidAlert,
	"AlreadyProved":             ErrInvalidAlert,
	"FunctionPaused":            ErrPaused,
}

// RevertError is a call or transaction the L1 refused with a custom error of the ZK service manager or of a RISC
// Zero verifier, or with Error(string) / Panic(uint256). errors.Is matches the sentinel of its kind (ErrNotEarliest,
// ErrProofRejected, …).
type RevertError struct {
	// Name is the custom error's name ("NotAllowlisted"); "Error" or "Panic" for Solidity's built-in reverts;
	// empty when the data matched no known error.
	Name string
	// Args are the error's arguments, in order.
	Args []any
	// Data is the raw revert data.
	Data []byte
}

// Error implements error: "NotAllowlisted(0x…)".
func (e *RevertError) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("reverted with unknown data 0x%x", e.Data)
	}
	args := make([]string, len(e.Args))
	for i, a := range e.Args {
		switch v := a.(type) {
		case [32]byte:
			args[i] = common.Hash(v).Hex()
		case [4]byte:
			args[i] = fmt.Sprintf("0x%x", v[:])
		case string:
			args[i] = fmt.Sprintf("%q", v)
		default:
			args[i] = fmt.Sprint(v)
		}
	}
	return fmt.Sprintf("reverted: %s(%s)", e.Name, strings.Join(args, ", "))
}

// Is matches the sentinel error of the revert's kind.
func (e *RevertError) Is(target error) bool {
	kind, ok := revertKinds[e.Name]
	return ok && kind == target
}

// NotEarliestError is returned, without a transaction, when a live pending alert blocks a new one.
type NotEarliestError struct {
	L2Block        uint64
	Pending        PendingAlert
	PendingL2Block uint64
}

// Error implements error.
func (e *NotEarliestError) Error() string {
	return fmt.Sprintf("%v: alert for L2 block %d refused while the alert for block %d (expected root %s) is live",
		ErrNotEarliest, e.L2Block, e.PendingL2Block, e.Pending.ExpectOutputRoot)
}

// Is matches ErrNotEarliest.
func (e *NotEarliestError) Is(target error) bool { return target == ErrNotEarliest }

// zkErrors are the custom errors a submitProve or early alert may revert with: the manager's own and those of the
// RISC Zero verifiers it calls.
var zkErrors = func() map[[4]byte]abi.Error {
	out := map[[4]byte]abi.Error{}
	for _, md := range []*bind.MetaData{
		machzkservicemanager.MachZkServiceManagerMetaData,
		risczerogroth16verifier.RiscZeroGroth16VerifierMetaData,
		risczeromockverifier.RiscZeroMockVerifierMetaData,
	} {
		parsed, err := md.GetAbi()
		if err != nil {
			panic(fmt.Sprintf("chain: generated binding ABI does not parse: %v", err)) // generated code, checked by tests
		}
		for _, e := range parsed.Errors {
			var id [4]byte
			copy(id[:], e.ID[:4])
			out[id] = e
		}
	}
	return out
}()

// DecodeRevert turns the revert data carried by err (an eth_call or eth_estimateGas error from a geth-compatible
// node) into a *RevertError. It returns nil when err carries no revert data.
func DecodeRevert(err error) *RevertError {
	data, ok := ethclient.RevertErrorData(err)
	if !ok {
		return nil
	}
	return decodeRevertData(data)
}

func decodeRevertData(data []byte) *RevertError {
	r := &RevertError{Data: data}
	if len(data) < 4 {
		return r
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		r.Name, r.Args = "Error", []any{reason}
		if [4]byte(data[:4]) == [4]byte{0x4e, 0x48, 0x7b, 0x71} { // Panic(uint256)
			r.Name = "Panic"
		}
		return r
	}
	e, ok := zkErrors[[4]byte(data[:4])]
	if !ok {
		return r
	}
	args, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		return r
	}
	r.Name, r.Args = e.Name, args
	return r
}

// wrapRevert decodes err's revert data, if any, into the returned error chain; errors.Is then finds the kind.
func wrapRevert(what string, err error) error {
	if r := DecodeRevert(err); r != nil {
		return fmt.Errorf("%s: %w", what, r)
	}
	return fmt.Errorf("%s: %w", what, err)
}

// ZK reads and writes one MachZkServiceManager (behind its proxy). It is safe for concurrent use; writes are sent
// by the *ethtx.Sender each call names, so one ZK serves several accounts.
type ZK struct {
	backend Backend
	addr    common.Address
	zk      *machzkservicemanager.MachZkServiceManager
}

// NewZK returns a client of the MachZkServiceManager proxy at manager. It does no I/O.
func NewZK(backend Backend, manager common.Address) (*ZK, error) {
	if backend == nil {
		return nil, errors.New("chain: ZK service manager client needs an L1 backend")
	}
	if manager == (common.Address{}) {
		return nil, errors.New("chain: ZK service manager address is zero; use the deployment's machZkServiceManager")
	}
	zk, err := machzkservicemanager.NewMachZkServiceManager(manager, backend)
	if err != nil {
		return nil, fmt.Errorf("chain: %w", err)
	}
	return &ZK{backend: backend, addr: manager, zk: zk}, nil
}

// Address is the manager's (proxy) address.
func (z *ZK) Address() common.Address { return z.addr }

// Binding is the generated binding, for what ZK does not wrap.
func (z *ZK) Binding() *machzkservicemanager.MachZkServiceManager { return z.zk }

// pinned returns call options for the current L1 head, so that reads that belong together see one state.
func (z *ZK) pinned(ctx context.Context) (*bind.CallOpts, error) {
	head, err := z.backend.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: read L1 head: %w", err)
	}
	return &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(head)}, nil
}

// Pending reads the pending alert and whether it is live, both at the current L1 head.
func (z *ZK) Pending(ctx context.Context) (PendingAlert, error) {
	opts, err := z.pinned(ctx)
	if err != nil {
		return PendingAlert{}, err
	}
	return z.pendingAt(opts)
}

func (z *ZK) pendingAt(opts *bind.CallOpts) (PendingAlert, error) {
	a, err := z.zk.PendingAlert(opts)
	if err != nil {
		return PendingAlert{}, wrapRevert("chain: read pending ZK alert", err)
	}
	live, err := z.zk.PendingAlertLive(opts)
	if err != nil {
		return PendingAlert{}, wrapRevert("chain: read pending ZK alert", err)
	}
	p := PendingAlert{
		Submitter: a.Submitter, SubmittedAt: a.SubmittedAt, L2Block: a.L2BlockNumber, FromOracle: a.FromOracle,
		InvalidOutputRoot: a.InvalidOutputRoot, ExpectOutputRoot: a.ExpectOutputRoot, Live: live,
	}
	if a.OutputIndex != nil {
		if !a.OutputIndex.IsUint64() {
			return PendingAlert{}, fmt.Errorf("chain: pending ZK alert output index %s does not fit in 64 bits", a.OutputIndex)
		}
		p.OutputIndex = a.OutputIndex.Uint64()
	}
	return p, nil
}

// Level is the manager's alertLevel for rollupChainID (None, Early or Proved; None for another rollup).
func (z *ZK) Level(ctx context.Context, rollupChainID uint64) (AlertLevel, error) {
	l, err := z.zk.AlertLevel(&bind.CallOpts{Context: ctx}, new(big.Int).SetUint64(rollupChainID))
	if err != nil {
		return 0, wrapRevert("chain: read ZK alert level", err)
	}
	return AlertLevel(l), nil
}

// ProvedRoot is the output root proved for L2 block l2Block (zero if none).
func (z *ZK) ProvedRoot(ctx context.Context, l2Block uint64) (common.Hash, error) {
	return z.provedRootAt(&bind.CallOpts{Context: ctx}, l2Block)
}

func (z *ZK) provedRootAt(opts *bind.CallOpts, l2Block uint64) (common.Hash, error) {
	root, err := z.zk.ProvedOutputRoots(opts, new(big.Int).SetUint64(l2Block))
	if err != nil {
		return common.Hash{}, wrapRevert(fmt.Sprintf("chain: read proved output root of L2 block %d", l2Block), err)
	}
	return root, nil
}

// IsAllowlisted reports whether operator may post early alerts.
func (z *ZK) IsAllowlisted(ctx context.Context, operator common.Address) (bool, error) {
	ok, err := z.zk.IsAllowlisted(&bind.CallOpts{Context: ctx}, operator)
	if err != nil {
		return false, wrapRevert("chain: read ZK allowlist", err)
	}
	return ok, nil
}

// RollupChainID is the rollup the manager watches.
func (z *ZK) RollupChainID(ctx context.Context) (uint64, error) {
	id, err := z.zk.RollupChainID(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, wrapRevert("chain: read ZK rollup chain ID", err)
	}
	if !id.IsUint64() {
		return 0, fmt.Errorf("chain: ZK rollup chain ID %s does not fit in 64 bits", id)
	}
	return id.Uint64(), nil
}

// ImageID is the image id of the guest whose proofs the manager accepts.
func (z *ZK) ImageID(ctx context.Context) (common.Hash, error) {
	id, err := z.zk.ImageId(&bind.CallOpts{Context: ctx})
	if err != nil {
		return common.Hash{}, wrapRevert("chain: read ZK image id", err)
	}
	return id, nil
}

// L2OutputOracle is the rollup's L2OutputOracle the manager reads outputs from.
func (z *ZK) L2OutputOracle(ctx context.Context) (common.Address, error) {
	a, err := z.zk.L2OutputOracle(&bind.CallOpts{Context: ctx})
	if err != nil {
		return common.Address{}, wrapRevert("chain: read ZK L2OutputOracle", err)
	}
	return a, nil
}

// Verifier is the RISC Zero verifier the manager calls.
func (z *ZK) Verifier(ctx context.Context) (common.Address, error) {
	a, err := z.zk.Verifier(&bind.CallOpts{Context: ctx})
	if err != nil {
		return common.Address{}, wrapRevert("chain: read ZK verifier", err)
	}
	return a, nil
}

// RaiseBlockMismatch posts the early alert that L2 block l2Block's output root is expect, not invalid
// (alertBlockMismatch), from s's account, and waits for it to be mined. It is idempotent and sends nothing when
// the alert cannot help: already is true when a live pending alert for the same block with the same expected
// root exists, or when expect is already proved for that block. When a live pending alert for an earlier block
// (or the same block with another root) exists, it returns a *NotEarliestError (errors.Is ErrNotEarliest)
// without sending. A pending alert that expired unproved is superseded: posting again restarts the prove window.
// Reverts come back as *RevertError (errors.Is ErrNotAllowlisted, ErrInvalidAlert, …).
func (z *ZK) RaiseBlockMismatch(ctx context.Context, s *ethtx.Sender, invalid, expect common.Hash, l2Block uint64) (txHash common.Hash, already bool, err error) {
	return z.raise(ctx, s, "alertBlockMismatch", l2Block, expect, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return z.zk.AlertBlockMismatch(o, invalid, expect, new(big.Int).SetUint64(l2Block))
	})
}

// RaiseOracleMismatch posts the early alert that the L2OutputOracle output at outputIndex should be expect
// (alertBlockOutputOracleMismatch), with the same idempotence and errors as RaiseBlockMismatch; the alerted block
// is the output's L2 block, read from the oracle.
func (z *ZK) RaiseOracleMismatch(ctx context.Context, s *ethtx.Sender, outputIndex uint64, expect common.Hash) (txHash common.Hash, already bool, err error) {
	l2Block, err := z.oracleOutputBlock(ctx, outputIndex)
	if err != nil {
		return common.Hash{}, false, err
	}
	return z.raise(ctx, s, "alertBlockOutputOracleMismatch", l2Block, expect, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return z.zk.AlertBlockOutputOracleMismatch(o, new(big.Int).SetUint64(outputIndex), expect)
	})
}

// alreadyRaised reports whether the alert (l2Block, expect) needs no transaction, or returns the reason it
// cannot be posted now.
func (z *ZK) alreadyRaised(ctx context.Context, l2Block uint64, expect common.Hash) (bool, error) {
	opts, err := z.pinned(ctx)
	if err != nil {
		return false, err
	}
	proved, err := z.provedRootAt(opts, l2Block)
	if err != nil {
		return false, err
	}
	if proved == expect && expect != (common.Hash{}) {
		return true, nil
	}
	p, err := z.pendingAt(opts)
	if err != nil {
		return false, err
	}
	if !p.Exists() || !p.Live {
		return false, nil
	}
	if p.L2Block == l2Block && p.ExpectOutputRoot == expect {
		return true, nil
	}
	if p.L2Block <= l2Block {
		return false, &NotEarliestError{L2Block: l2Block, Pending: p, PendingL2Block: p.L2Block}
	}
	return false, nil
}

func (z *ZK) raise(ctx context.Context, s *ethtx.Sender, label string, l2Block uint64, expect common.Hash,
	send func(*bind.TransactOpts) (*types.Transaction, error)) (common.Hash, bool, error) {
	if s == nil {
		return common.Hash{}, false, errors.New("chain: " + label + ": no sender")
	}
	if done, err := z.alreadyRaised(ctx, l2Block, expect); err != nil || done {
		if err != nil {
			err = fmt.Errorf("chain: %s for L2 block %d: %w", label, l2Block, err)
		}
		return common.Hash{}, done, err
	}
	r, err := s.Do(ctx, label, send)
	if err != nil {
		// Someone may have posted the same alert between the check and the send: then it is done.
		if done, rerr := z.alreadyRaised(ctx, l2Block, expect); rerr == nil && done {
			return common.Hash{}, true, nil
		}
		return common.Hash{}, false, wrapRevert(fmt.Sprintf("chain: %s for L2 block %d", label, l2Block), err)
	}
	return r.TxHash, false, nil
}

// Selectors of Optimism's L2OutputOracle the manager reads: latestOutputIndex() and getL2Output(uint256), which
// returns (bytes32 outputRoot, uint128 timestamp, uint128 l2BlockNumber).
var (
	latestOutputIndexSelector = crypto.Keccak256([]byte("latestOutputIndex()"))[:4]
	getL2OutputSelector       = crypto.Keccak256([]byte("getL2Output(uint256)"))[:4]
)

// oracleOutputBlock reads the L2 block of the oracle output at index, as alertBlockOutputOracleMismatch does.
func (z *ZK) oracleOutputBlock(ctx context.Context, index uint64) (uint64, error) {
	oracle, err := z.L2OutputOracle(ctx)
	if err != nil {
		return 0, err
	}
	latest, err := z.backend.CallContract(ctx, ethereum.CallMsg{To: &oracle, Data: latestOutputIndexSelector}, nil)
	if err != nil {
		return 0, wrapRevert(fmt.Sprintf("chain: read latest output index of L2OutputOracle %s (has it any output?)", oracle), err)
	}
	if len(latest) != 32 {
		return 0, fmt.Errorf("chain: L2OutputOracle %s answered latestOutputIndex() with %d bytes; is it an L2OutputOracle?", oracle, len(latest))
	}
	if last := new(big.Int).SetBytes(latest); !last.IsUint64() || index > last.Uint64() {
		return 0, fmt.Errorf("chain: output index %d is past the L2OutputOracle's latest, %s: %w", index, last, ErrInvalidAlert)
	}
	data := append(append([]byte{}, getL2OutputSelector...), common.BigToHash(new(big.Int).SetUint64(index)).Bytes()...)
	out, err := z.backend.CallContract(ctx, ethereum.CallMsg{To: &oracle, Data: data}, nil)
	if err != nil {
		return 0, wrapRevert(fmt.Sprintf("chain: read L2OutputOracle output %d", index), err)
	}
	if len(out) != 96 {
		return 0, fmt.Errorf("chain: L2OutputOracle %s answered getL2Output(%d) with %d bytes, want 96", oracle, index, len(out))
	}
	block := new(big.Int).SetBytes(out[64:96])
	if !block.IsUint64() {
		return 0, fmt.Errorf("chain: L2OutputOracle output %d is for block %s, beyond 64 bits: %w", index, block, ErrInvalidAlert)
	}
	return block.Uint64(), nil
}

// SubmitProve settles the pending alert with a RISC Zero proof (submitProve with the checkpoint's L2OutputOracle
// index, the guest's journal and the selector-prefixed seal), from s's account, and waits for it to be mined. It
// is idempotent: when journal is a Mach journal whose output root is already proved for its block (by this call
// earlier or by anyone), already is true and nothing is sent. With no alert pending it returns ErrNoPendingAlert
// without sending. Reverts come back as *RevertError: errors.Is ErrJournalMismatch, ErrCheckpointNotAccepted,
// ErrProofRejected, ErrNoPendingAlert or ErrPaused.
func (z *ZK) SubmitProve(ctx context.Context, s *ethtx.Sender, checkpointOutputIndex uint64, journal, seal []byte) (txHash common.Hash, already bool, err error) {
	if s == nil {
		return common.Hash{}, false, errors.New("chain: submitProve: no sender")
	}
	what := fmt.Sprintf("chain: submitProve (journal sha256 %x)", sha256.Sum256(journal))
	done, err := z.proved(ctx, journal)
	if err != nil || done {
		if err != nil {
			err = fmt.Errorf("%s: %w", what, err)
		}
		return common.Hash{}, done, err
	}
	r, err := s.Do(ctx, "submitProve", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return z.zk.SubmitProve(o, new(big.Int).SetUint64(checkpointOutputIndex), journal, seal)
	})
	if err != nil {
		if done, rerr := z.proved(ctx, journal); rerr == nil && done {
			return common.Hash{}, true, nil
		}
		return common.Hash{}, false, wrapRevert(what, err)
	}
	return r.TxHash, false, nil
}

// proved reports whether the journal's statement is already proved; it returns ErrNoPendingAlert when it is not
// and nothing is pending.
func (z *ZK) proved(ctx context.Context, journal []byte) (bool, error) {
	opts, err := z.pinned(ctx)
	if err != nil {
		return false, err
	}
	if j, err := DecodeZKJournal(journal); err == nil && j.L2Block.IsUint64() && j.OutputRoot != (common.Hash{}) {
		root, err := z.provedRootAt(opts, j.L2Block.Uint64())
		if err != nil {
			return false, err
		}
		if root == j.OutputRoot {
			return true, nil
		}
	}
	p, err := z.pendingAt(opts)
	if err != nil {
		return false, err
	}
	if !p.Exists() {
		return false, ErrNoPendingAlert
	}
	return false, nil
}

// ZKWriter is a ZK bound to one sending account: the shape the verifier's early alerter and the prover's
// submitter take.
type ZKWriter struct {
	zk *ZK
	s  *ethtx.Sender
}

// Writer binds z to the account of s.
func (z *ZK) Writer(s *ethtx.Sender) *ZKWriter { return &ZKWriter{zk: z, s: s} }

// RaiseBlockMismatch is ZK.RaiseBlockMismatch from the writer's account.
func (w *ZKWriter) RaiseBlockMismatch(ctx context.Context, invalid, expect common.Hash, l2Block uint64) (common.Hash, bool, error) {
	return w.zk.RaiseBlockMismatch(ctx, w.s, invalid, expect, l2Block)
}

// RaiseOracleMismatch is ZK.RaiseOracleMismatch from the writer's account.
func (w *ZKWriter) RaiseOracleMismatch(ctx context.Context, outputIndex uint64, expect common.Hash) (common.Hash, bool, error) {
	return w.zk.RaiseOracleMismatch(ctx, w.s, outputIndex, expect)
}

// SubmitProve is ZK.SubmitProve from the writer's account.
func (w *ZKWriter) SubmitProve(ctx context.Context, checkpointOutputIndex uint64, journal, seal []byte) (common.Hash, bool, error) {
	return w.zk.SubmitProve(ctx, w.s, checkpointOutputIndex, journal, seal)
}
