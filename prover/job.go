// Package prover turns ZK-mode alerts into RISC Zero proofs and hands them to L1.
//
// A Job names what an early alert on L1 claims (Claim), the output already accepted on L1 that the proof starts
// from (Checkpoint) and the guest's input (Input, encoded by EncodeInput): the blocks after the checkpoint up to the
// alerted block with one execution witness each. A Prover backend (dev, bonsai, exec) proves it; the guest commits a
// Journal, which must equal ExpectedJournal for the job. Jobs persist in a Queue and a Worker drives them through
// queued → proving → proved → submitting → done. README.md specifies the input and journal encodings exactly.
package prover

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

// InputVersion is the version of the input encoding EncodeInput writes (the first item of the RLP list).
const InputVersion = 1

// JournalLength is the length of an encoded Journal: five 32-byte ABI words.
const JournalLength = 5 * 32

// Errors callers branch on.
var (
	// ErrInvalidInput: an Input, its encoding, or a Job is malformed or inconsistent.
	ErrInvalidInput = errors.New("prover: invalid input")
	// ErrUnsupportedVersion: an encoded input carries a version this package does not read.
	ErrUnsupportedVersion = errors.New("prover: unsupported input version")
	// ErrInvalidJournal: a journal is not 160 bytes of the expected ABI layout.
	ErrInvalidJournal = errors.New("prover: invalid journal")
	// ErrJournalMismatch: a backend's journal differs from ExpectedJournal for the job; the proof is rejected.
	ErrJournalMismatch = errors.New("prover: journal differs from the expected journal")
)

// Claim is what an early alert on L1 says: L2 block L2BlockNumber of rollup RollupChainID has output root
// ExpectOutputRoot, not InvalidOutputRoot. OutputIndex is set when the alert names an L2OutputOracle entry
// (alertBlockOutputOracleMismatch) and nil for alertBlockMismatch.
type Claim struct {
	RollupChainID     uint64      `json:"rollupChainID"`
	L2BlockNumber     uint64      `json:"l2BlockNumber"`
	InvalidOutputRoot common.Hash `json:"invalidOutputRoot"`
	ExpectOutputRoot  common.Hash `json:"expectOutputRoot"`
	OutputIndex       *uint64     `json:"outputIndex,omitempty"`
}

// Validate checks what the contract would refuse anyway: a zero rollup, equal roots, a zero expected root.
func (c Claim) Validate() error {
	var errs []error
	if c.RollupChainID == 0 {
		errs = append(errs, errors.New("claim.rollupChainID is 0"))
	}
	if c.ExpectOutputRoot == (common.Hash{}) {
		errs = append(errs, errors.New("claim.expectOutputRoot is zero"))
	}
	if c.ExpectOutputRoot == c.InvalidOutputRoot {
		errs = append(errs, errors.New("claim.expectOutputRoot equals claim.invalidOutputRoot"))
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: %w", ErrInvalidInput, errors.Join(errs...))
	}
	return nil
}

// Encode returns the claim's canonical encoding, 192 bytes:
// abi.encode(uint256 rollupChainID, uint256 l2BlockNumber, bytes32 invalidOutputRoot, bytes32 expectOutputRoot,
// bool fromOracle, uint256 outputIndex), where fromOracle is OutputIndex != nil and outputIndex is 0 when nil.
func (c Claim) Encode() []byte {
	out := make([]byte, 6*32)
	putUint64Word(out[0:32], c.RollupChainID)
	putUint64Word(out[32:64], c.L2BlockNumber)
	copy(out[64:96], c.InvalidOutputRoot[:])
	copy(out[96:128], c.ExpectOutputRoot[:])
	if c.OutputIndex != nil {
		out[159] = 1
		putUint64Word(out[160:192], *c.OutputIndex)
	}
	return out
}

// JobID returns the job ID of the claim: "0x" + hex(keccak256(c.Encode())). The same alert always yields the same
// job, so enqueuing it twice is a no-op.
func (c Claim) JobID() string {
	return hexutil.Encode(crypto.Keccak256(c.Encode()))
}

// Checkpoint is an output already accepted on L1 (an L2OutputOracle entry, or a root proved earlier by
// submitProve) that the proof starts from, with the preimage of its v0 output root:
// OutputRoot = keccak256(bytes32(0) ‖ StateRoot ‖ MessagePasserStorageRoot ‖ BlockHash).
type Checkpoint struct {
	// OutputIndex is the L2OutputOracle index submitProve takes as checkpointOutputIndex (ignored on L1 when the
	// checkpoint is a root proved earlier).
	OutputIndex              uint64      `json:"outputIndex"`
	L2Block                  uint64      `json:"l2Block"`
	OutputRoot               common.Hash `json:"outputRoot"`
	StateRoot                common.Hash `json:"stateRoot"`
	MessagePasserStorageRoot common.Hash `json:"messagePasserStorageRoot"`
	BlockHash                common.Hash `json:"blockHash"`
}

// OutputRootV0 returns keccak256(bytes32(0) ‖ stateRoot ‖ messagePasserStorageRoot ‖ blockHash), the OP Stack
// output root of version 0.
func OutputRootV0(stateRoot, messagePasserStorageRoot, blockHash common.Hash) common.Hash {
	var buf [128]byte
	copy(buf[32:64], stateRoot[:])
	copy(buf[64:96], messagePasserStorageRoot[:])
	copy(buf[96:128], blockHash[:])
	return crypto.Keccak256Hash(buf[:])
}

// Validate checks that the preimage hashes to OutputRoot.
func (c Checkpoint) Validate() error {
	if got := OutputRootV0(c.StateRoot, c.MessagePasserStorageRoot, c.BlockHash); got != c.OutputRoot {
		return fmt.Errorf("%w: checkpoint at L2 block %d: preimage hashes to output root %s, not %s",
			ErrInvalidInput, c.L2Block, got, c.OutputRoot)
	}
	return nil
}

// Witness is the wire form of one block's execution witness: RLP-encoded ancestor headers (parent first or in any
// order; the guest looks them up by hash), contract codes and trie nodes (state and storage tries).
type Witness struct {
	Headers [][]byte `json:"headers"`
	Codes   [][]byte `json:"codes"`
	State   [][]byte `json:"state"`
}

// MarshalJSON encodes every byte string as 0x-hex.
func (w Witness) MarshalJSON() ([]byte, error) {
	return json.Marshal(witnessJSON{Headers: toHex(w.Headers), Codes: toHex(w.Codes), State: toHex(w.State)})
}

// UnmarshalJSON decodes the form MarshalJSON writes.
func (w *Witness) UnmarshalJSON(b []byte) error {
	var j witnessJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*w = Witness{Headers: fromHex(j.Headers), Codes: fromHex(j.Codes), State: fromHex(j.State)}
	return nil
}

type witnessJSON struct {
	Headers []hexutil.Bytes `json:"headers"`
	Codes   []hexutil.Bytes `json:"codes"`
	State   []hexutil.Bytes `json:"state"`
}

// Input is the guest's input: re-execute Blocks (checkpoint.L2Block+1 … the alerted block, in order, each the RLP
// of a full types.Block) from the checkpoint, with Witnesses[i] the execution witness of Blocks[i].
type Input struct {
	RollupChainID uint64     `json:"rollupChainID"`
	Checkpoint    Checkpoint `json:"checkpoint"`
	Blocks        [][]byte   `json:"-"`
	Witnesses     []Witness  `json:"witnesses"`
}

// MarshalJSON encodes blocks as 0x-hex.
func (in Input) MarshalJSON() ([]byte, error) {
	type plain Input
	return json.Marshal(struct {
		plain
		Blocks []hexutil.Bytes `json:"blocks"`
	}{plain(in), toHex(in.Blocks)})
}

// UnmarshalJSON decodes the form MarshalJSON writes.
func (in *Input) UnmarshalJSON(b []byte) error {
	type plain Input
	var j struct {
		plain
		Blocks []hexutil.Bytes `json:"blocks"`
	}
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*in = Input(j.plain)
	in.Blocks = fromHex(j.Blocks)
	return nil
}

// Validate checks the input's shape and hash chain: a valid checkpoint, at least one block, one witness per
// block, block numbers consecutive from Checkpoint.L2Block+1, the first block's parent hash equal to
// Checkpoint.BlockHash and each later block's parent hash equal to the previous block's hash. It does not
// execute anything.
func (in *Input) Validate() error {
	_, err := in.decodeBlocks()
	return err
}

// LastBlock returns the number of the last block (the alerted block), or an error if the input is invalid.
func (in *Input) LastBlock() (uint64, error) {
	blocks, err := in.decodeBlocks()
	if err != nil {
		return 0, err
	}
	return blocks[len(blocks)-1].NumberU64(), nil
}

func (in *Input) decodeBlocks() ([]*types.Block, error) {
	if in.RollupChainID == 0 {
		return nil, fmt.Errorf("%w: rollupChainID is 0", ErrInvalidInput)
	}
	if err := in.Checkpoint.Validate(); err != nil {
		return nil, err
	}
	if len(in.Blocks) == 0 {
		return nil, fmt.Errorf("%w: no blocks", ErrInvalidInput)
	}
	if len(in.Witnesses) != len(in.Blocks) {
		return nil, fmt.Errorf("%w: %d blocks but %d witnesses", ErrInvalidInput, len(in.Blocks), len(in.Witnesses))
	}
	blocks := make([]*types.Block, len(in.Blocks))
	parent := in.Checkpoint.BlockHash
	for i, raw := range in.Blocks {
		b := new(types.Block)
		if err := rlp.DecodeBytes(raw, b); err != nil {
			return nil, fmt.Errorf("%w: block %d: decode RLP: %v", ErrInvalidInput, i, err)
		}
		want := in.Checkpoint.L2Block + 1 + uint64(i)
		if b.Number() == nil || !b.Number().IsUint64() || b.NumberU64() != want {
			return nil, fmt.Errorf("%w: block %d has number %v, want %d", ErrInvalidInput, i, b.Number(), want)
		}
		if b.ParentHash() != parent {
			return nil, fmt.Errorf("%w: block %d has parent hash %s, want %s", ErrInvalidInput, want, b.ParentHash(), parent)
		}
		parent = b.Hash()
		blocks[i] = b
	}
	return blocks, nil
}

// The RLP shapes of the encoding (see README.md). Byte strings throughout; integers are RLP integers.
type inputRLP struct {
	Version       uint64
	RollupChainID uint64
	Checkpoint    checkpointRLP
	Blocks        [][]byte
	Witnesses     []witnessRLP
}

type checkpointRLP struct {
	OutputIndex              uint64
	L2Block                  uint64
	OutputRoot               common.Hash
	StateRoot                common.Hash
	MessagePasserStorageRoot common.Hash
	BlockHash                common.Hash
}

type witnessRLP struct {
	Headers [][]byte
	Codes   [][]byte
	State   [][]byte
}

// EncodeInput returns the versioned binary encoding of in, after validating it:
//
//	rlp([ 1, rollupChainID,
//	      [outputIndex, l2Block, outputRoot, stateRoot, messagePasserStorageRoot, blockHash],
//	      [block_0, …, block_n-1],
//	      [[[header…], [code…], [node…]]_0, …] ])
//
// where every block, header, code and node is an RLP byte string holding the raw bytes (a block's bytes are
// themselves its RLP encoding). README.md has the exact specification.
func EncodeInput(in Input) ([]byte, error) {
	if err := in.Validate(); err != nil {
		return nil, err
	}
	c := in.Checkpoint
	r := inputRLP{
		Version:       InputVersion,
		RollupChainID: in.RollupChainID,
		Checkpoint: checkpointRLP{c.OutputIndex, c.L2Block, c.OutputRoot, c.StateRoot,
			c.MessagePasserStorageRoot, c.BlockHash},
		Blocks:    nonNil(in.Blocks),
		Witnesses: make([]witnessRLP, len(in.Witnesses)),
	}
	for i, w := range in.Witnesses {
		r.Witnesses[i] = witnessRLP{nonNil(w.Headers), nonNil(w.Codes), nonNil(w.State)}
	}
	b, err := rlp.EncodeToBytes(&r)
	if err != nil {
		return nil, fmt.Errorf("prover: encode input: %w", err)
	}
	return b, nil
}

// DecodeInput decodes and validates an encoding written by EncodeInput. An unknown version is
// ErrUnsupportedVersion; anything else malformed is ErrInvalidInput.
func DecodeInput(b []byte) (Input, error) {
	var head struct {
		Version uint64
		Rest    []rlp.RawValue `rlp:"tail"`
	}
	if err := rlp.DecodeBytes(b, &head); err != nil {
		return Input{}, fmt.Errorf("%w: decode RLP: %v", ErrInvalidInput, err)
	}
	if head.Version != InputVersion {
		return Input{}, fmt.Errorf("%w: %d (this build reads version %d)", ErrUnsupportedVersion, head.Version, InputVersion)
	}
	var r inputRLP
	if err := rlp.DecodeBytes(b, &r); err != nil {
		return Input{}, fmt.Errorf("%w: decode RLP: %v", ErrInvalidInput, err)
	}
	c := r.Checkpoint
	in := Input{
		RollupChainID: r.RollupChainID,
		Checkpoint: Checkpoint{c.OutputIndex, c.L2Block, c.OutputRoot, c.StateRoot,
			c.MessagePasserStorageRoot, c.BlockHash},
		Blocks:    r.Blocks,
		Witnesses: make([]Witness, len(r.Witnesses)),
	}
	for i, w := range r.Witnesses {
		in.Witnesses[i] = Witness{w.Headers, w.Codes, w.State}
	}
	if err := in.Validate(); err != nil {
		return Input{}, err
	}
	return in, nil
}

// Journal is what the guest commits; submitProve decodes it from 160 bytes:
// abi.encode(uint256 rollupChainID, bytes32 checkpointOutputRoot, uint256 checkpointL2Block,
// uint256 l2BlockNumber, bytes32 outputRoot).
type Journal struct {
	RollupChainID        uint64      `json:"rollupChainID"`
	CheckpointOutputRoot common.Hash `json:"checkpointOutputRoot"`
	CheckpointL2Block    uint64      `json:"checkpointL2Block"`
	L2BlockNumber        uint64      `json:"l2BlockNumber"`
	OutputRoot           common.Hash `json:"outputRoot"`
}

// EncodeJournal returns the 160-byte ABI encoding of j.
func EncodeJournal(j Journal) []byte {
	out := make([]byte, JournalLength)
	putUint64Word(out[0:32], j.RollupChainID)
	copy(out[32:64], j.CheckpointOutputRoot[:])
	putUint64Word(out[64:96], j.CheckpointL2Block)
	putUint64Word(out[96:128], j.L2BlockNumber)
	copy(out[128:160], j.OutputRoot[:])
	return out
}

// DecodeJournal decodes a 160-byte journal. Integer words above 2^64-1 are ErrInvalidJournal: no rollup chain ID
// or block number this package handles is that large.
func DecodeJournal(b []byte) (Journal, error) {
	if len(b) != JournalLength {
		return Journal{}, fmt.Errorf("%w: %d bytes, want %d", ErrInvalidJournal, len(b), JournalLength)
	}
	var j Journal
	var err error
	if j.RollupChainID, err = uint64Word(b[0:32]); err != nil {
		return Journal{}, fmt.Errorf("%w: rollupChainID: %v", ErrInvalidJournal, err)
	}
	copy(j.CheckpointOutputRoot[:], b[32:64])
	if j.CheckpointL2Block, err = uint64Word(b[64:96]); err != nil {
		return Journal{}, fmt.Errorf("%w: checkpointL2Block: %v", ErrInvalidJournal, err)
	}
	if j.L2BlockNumber, err = uint64Word(b[96:128]); err != nil {
		return Journal{}, fmt.Errorf("%w: l2BlockNumber: %v", ErrInvalidJournal, err)
	}
	copy(j.OutputRoot[:], b[128:160])
	return j, nil
}

// ExpectedJournal is the journal a correct proof of claim from cp commits: the guest re-executed the rollup from
// cp to the alerted block and found the root the alert expects.
func ExpectedJournal(c Claim, cp Checkpoint) Journal {
	return Journal{
		RollupChainID:        c.RollupChainID,
		CheckpointOutputRoot: cp.OutputRoot,
		CheckpointL2Block:    cp.L2Block,
		L2BlockNumber:        c.L2BlockNumber,
		OutputRoot:           c.ExpectOutputRoot,
	}
}

// CheckJournal returns nil if journal is exactly the encoding of ExpectedJournal for job, else an error wrapping
// ErrJournalMismatch (or ErrInvalidJournal) that names the first differing field.
func (j *Job) CheckJournal(journal []byte) error {
	want := ExpectedJournal(j.Claim, j.Checkpoint)
	if bytes.Equal(journal, EncodeJournal(want)) {
		return nil
	}
	got, err := DecodeJournal(journal)
	if err != nil {
		return err
	}
	switch {
	case got.RollupChainID != want.RollupChainID:
		return fmt.Errorf("%w: rollupChainID %d, want %d", ErrJournalMismatch, got.RollupChainID, want.RollupChainID)
	case got.CheckpointOutputRoot != want.CheckpointOutputRoot:
		return fmt.Errorf("%w: checkpointOutputRoot %s, want %s", ErrJournalMismatch, got.CheckpointOutputRoot, want.CheckpointOutputRoot)
	case got.CheckpointL2Block != want.CheckpointL2Block:
		return fmt.Errorf("%w: checkpointL2Block %d, want %d", ErrJournalMismatch, got.CheckpointL2Block, want.CheckpointL2Block)
	case got.L2BlockNumber != want.L2BlockNumber:
		return fmt.Errorf("%w: l2BlockNumber %d, want %d", ErrJournalMismatch, got.L2BlockNumber, want.L2BlockNumber)
	default:
		return fmt.Errorf("%w: outputRoot %s, want %s", ErrJournalMismatch, got.OutputRoot, want.OutputRoot)
	}
}

// Job is one proof to produce: prove Claim starting from Checkpoint. Input holds EncodeInput's bytes (what a
// backend uploads or pipes to the guest). ID is Claim.JobID().
type Job struct {
	ID         string        `json:"id"`
	Claim      Claim         `json:"claim"`
	Checkpoint Checkpoint    `json:"checkpoint"`
	Input      hexutil.Bytes `json:"input"`
	CreatedAt  time.Time     `json:"createdAt"`
}

// NewJob builds and validates the job proving c from cp with input in, created at now.
func NewJob(c Claim, cp Checkpoint, in Input, now time.Time) (Job, error) {
	enc, err := EncodeInput(in)
	if err != nil {
		return Job{}, err
	}
	j := Job{ID: c.JobID(), Claim: c, Checkpoint: cp, Input: enc, CreatedAt: now.UTC()}
	if err := j.Validate(); err != nil {
		return Job{}, err
	}
	return j, nil
}

// Validate checks the job is self-consistent: the ID is the claim's, the claim and checkpoint are valid, the
// checkpoint is before the alerted block, and the input decodes, belongs to the same rollup, starts at the same
// checkpoint and ends at the alerted block.
func (j *Job) Validate() error {
	if err := j.Claim.Validate(); err != nil {
		return err
	}
	if want := j.Claim.JobID(); j.ID != want {
		return fmt.Errorf("%w: job id %q, want %s (keccak256 of the encoded claim)", ErrInvalidInput, j.ID, want)
	}
	if err := j.Checkpoint.Validate(); err != nil {
		return err
	}
	if j.Checkpoint.L2Block >= j.Claim.L2BlockNumber {
		return fmt.Errorf("%w: checkpoint L2 block %d is not before the alerted block %d",
			ErrInvalidInput, j.Checkpoint.L2Block, j.Claim.L2BlockNumber)
	}
	in, err := DecodeInput(j.Input)
	if err != nil {
		return fmt.Errorf("job %s input: %w", j.ID, err)
	}
	if in.RollupChainID != j.Claim.RollupChainID {
		return fmt.Errorf("%w: input rollup %d, claim rollup %d", ErrInvalidInput, in.RollupChainID, j.Claim.RollupChainID)
	}
	if in.Checkpoint != j.Checkpoint {
		return fmt.Errorf("%w: input checkpoint differs from the job's", ErrInvalidInput)
	}
	if last := in.Checkpoint.L2Block + uint64(len(in.Blocks)); last != j.Claim.L2BlockNumber {
		return fmt.Errorf("%w: input ends at block %d, the alert is for block %d", ErrInvalidInput, last, j.Claim.L2BlockNumber)
	}
	return nil
}

// ExpectedJournal returns the journal a proof of j must commit.
func (j *Job) ExpectedJournal() Journal { return ExpectedJournal(j.Claim, j.Checkpoint) }

// Proof is a backend's result: Seal is selector-prefixed, as IRiscZeroVerifier.verify takes it; Journal is the
// guest's 160-byte journal.
type Proof struct {
	Seal    hexutil.Bytes `json:"seal"`
	Journal hexutil.Bytes `json:"journal"`
}

func putUint64Word(dst []byte, v uint64) {
	binary.BigEndian.PutUint64(dst[24:32], v)
}

func uint64Word(w []byte) (uint64, error) {
	for _, b := range w[:24] {
		if b != 0 {
			return 0, errors.New("value exceeds 2^64-1")
		}
	}
	return binary.BigEndian.Uint64(w[24:32]), nil
}

func toHex(bs [][]byte) []hexutil.Bytes {
	out := make([]hexutil.Bytes, len(bs))
	for i, b := range bs {
		out[i] = b
	}
	return out
}

func fromHex(hs []hexutil.Bytes) [][]byte {
	out := make([][]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

func nonNil(bs [][]byte) [][]byte {
	if bs == nil {
		return [][]byte{}
	}
	return bs
}
