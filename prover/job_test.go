package prover

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
)

// testChain builds n OP blocks after a checkpoint at block cpBlock, each carrying one deposit transaction, and the
// matching input.
func testChain(t testing.TB, rollup, cpBlock uint64, n int) (Input, []*types.Block) {
	t.Helper()
	stateRoot := crypto.Keccak256Hash([]byte("state"))
	mpsr := crypto.Keccak256Hash([]byte("message passer"))
	parent := &types.Header{Number: new(big.Int).SetUint64(cpBlock), Root: stateRoot, Difficulty: new(big.Int),
		GasLimit: 30_000_000, Time: 1_700_000_000 + cpBlock*2, BaseFee: big.NewInt(7)}
	cp := Checkpoint{OutputIndex: 3, L2Block: cpBlock, StateRoot: stateRoot, MessagePasserStorageRoot: mpsr,
		BlockHash: parent.Hash()}
	cp.OutputRoot = OutputRootV0(cp.StateRoot, cp.MessagePasserStorageRoot, cp.BlockHash)
	in := Input{RollupChainID: rollup, Checkpoint: cp}
	var blocks []*types.Block
	for i := 0; i < n; i++ {
		to := common.HexToAddress("0x4200000000000000000000000000000000000015")
		dep := types.NewTx(&types.DepositTx{SourceHash: common.Hash{byte(i)}, From: common.Address{1}, To: &to,
			Gas: 1_000_000, Data: []byte{0xde, 0xad, byte(i)}})
		h := &types.Header{ParentHash: parent.Hash(), Number: new(big.Int).Add(parent.Number, common.Big1),
			Root: crypto.Keccak256Hash([]byte{byte(i)}), Difficulty: new(big.Int), GasLimit: parent.GasLimit,
			Time: parent.Time + 2, BaseFee: big.NewInt(7)}
		b := types.NewBlock(h, &types.Body{Transactions: []*types.Transaction{dep}}, nil, trie.NewStackTrie(nil), types.DefaultBlockConfig)
		raw, err := rlp.EncodeToBytes(b)
		if err != nil {
			t.Fatal(err)
		}
		in.Blocks = append(in.Blocks, raw)
		ph, _ := rlp.EncodeToBytes(parent)
		in.Witnesses = append(in.Witnesses, Witness{Headers: [][]byte{ph}, Codes: [][]byte{{0x60, 0x00}},
			State: [][]byte{{0xc0}, {0xc1, 0x80}}})
		blocks = append(blocks, b)
		parent = b.Header()
	}
	return in, blocks
}

func testJob(t testing.TB, n int) Job {
	t.Helper()
	in, blocks := testChain(t, 901, 10, n)
	last := blocks[len(blocks)-1]
	c := Claim{RollupChainID: 901, L2BlockNumber: last.NumberU64(),
		InvalidOutputRoot: common.HexToHash("0xbad"), ExpectOutputRoot: common.HexToHash("0x900d")}
	j, err := NewJob(c, in.Checkpoint, in, time.Unix(1_700_000_000, 0))
	if err != nil {
		t.Fatalf("NewJob: %v", err)
	}
	return j
}

func TestEncodeInput_RoundTripsWithDepositTransactions(t *testing.T) {
	in, blocks := testChain(t, 901, 10, 3)
	enc, err := EncodeInput(in)
	if err != nil {
		t.Fatalf("EncodeInput: %v", err)
	}
	got, err := DecodeInput(enc)
	if err != nil {
		t.Fatalf("DecodeInput: %v", err)
	}
	if got.RollupChainID != in.RollupChainID || got.Checkpoint != in.Checkpoint || len(got.Blocks) != 3 {
		t.Fatalf("round trip changed the input: %+v", got)
	}
	for i := range blocks {
		if !bytes.Equal(got.Blocks[i], in.Blocks[i]) {
			t.Fatalf("block %d changed", i)
		}
		var b types.Block
		if err := rlp.DecodeBytes(got.Blocks[i], &b); err != nil || b.Hash() != blocks[i].Hash() {
			t.Fatalf("block %d: %v, hash %s want %s", i, err, b.Hash(), blocks[i].Hash())
		}
		if b.Transactions()[0].Type() != types.DepositTxType {
			t.Fatalf("block %d lost its deposit transaction", i)
		}
		if !bytes.Equal(got.Witnesses[i].State[1], in.Witnesses[i].State[1]) {
			t.Fatalf("witness %d changed", i)
		}
	}
	if last, err := got.LastBlock(); err != nil || last != 13 {
		t.Fatalf("LastBlock = %d, %v; want 13", last, err)
	}
}

// TestEncodeInput_LayoutIsTheDocumentedRLPList decodes the encoding with a generic RLP reader, as a guest in
// another language would, and checks every position README.md names.
func TestEncodeInput_LayoutIsTheDocumentedRLPList(t *testing.T) {
	in, _ := testChain(t, 901, 10, 2)
	enc, err := EncodeInput(in)
	if err != nil {
		t.Fatal(err)
	}
	var top []rlp.RawValue
	if err := rlp.DecodeBytes(enc, &top); err != nil || len(top) != 5 {
		t.Fatalf("top level: %v, %d items; want a 5-item list", err, len(top))
	}
	var version, rollup uint64
	if err := rlp.DecodeBytes(top[0], &version); err != nil || version != 1 {
		t.Fatalf("item 0 (version) = %d, %v", version, err)
	}
	if err := rlp.DecodeBytes(top[1], &rollup); err != nil || rollup != 901 {
		t.Fatalf("item 1 (rollupChainID) = %d, %v", rollup, err)
	}
	var cp []rlp.RawValue
	if err := rlp.DecodeBytes(top[2], &cp); err != nil || len(cp) != 6 {
		t.Fatalf("item 2 (checkpoint) = %d items, %v", len(cp), err)
	}
	var root []byte
	if err := rlp.DecodeBytes(cp[2], &root); err != nil || common.BytesToHash(root) != in.Checkpoint.OutputRoot || len(root) != 32 {
		t.Fatalf("checkpoint[2] (outputRoot) = %x, %v", root, err)
	}
	if err := rlp.DecodeBytes(cp[5], &root); err != nil || common.BytesToHash(root) != in.Checkpoint.BlockHash {
		t.Fatalf("checkpoint[5] (blockHash) = %x, %v", root, err)
	}
	var blocks [][]byte
	if err := rlp.DecodeBytes(top[3], &blocks); err != nil || !bytes.Equal(blocks[1], in.Blocks[1]) {
		t.Fatalf("item 3 (blocks): %v", err)
	}
	var witnesses [][3][][]byte
	if err := rlp.DecodeBytes(top[4], &witnesses); err != nil || len(witnesses) != 2 {
		t.Fatalf("item 4 (witnesses): %v", err)
	}
	if !bytes.Equal(witnesses[0][1][0], in.Witnesses[0].Codes[0]) || !bytes.Equal(witnesses[1][2][1], in.Witnesses[1].State[1]) {
		t.Fatal("witness lists are not [headers, codes, state]")
	}
}

func TestDecodeInput_RejectsUnknownVersionAndGarbage(t *testing.T) {
	in, _ := testChain(t, 901, 10, 1)
	enc, _ := EncodeInput(in)
	var top []rlp.RawValue
	_ = rlp.DecodeBytes(enc, &top)
	top[0], _ = rlp.EncodeToBytes(uint64(2))
	v2, _ := rlp.EncodeToBytes(top)
	if _, err := DecodeInput(v2); !errors.Is(err, ErrUnsupportedVersion) {
		t.Fatalf("version 2: got %v, want ErrUnsupportedVersion", err)
	}
	for name, b := range map[string][]byte{
		"empty":          nil,
		"not a list":     {0x82, 0x01, 0x02},
		"truncated":      enc[:len(enc)-1],
		"trailing bytes": append(bytes.Clone(enc), 0x00),
		"version only":   {0xc1, 0x01},
	} {
		if _, err := DecodeInput(b); !errors.Is(err, ErrInvalidInput) {
			t.Errorf("%s: got %v, want ErrInvalidInput", name, err)
		}
	}
}

func TestInputValidate_RejectsBrokenChains(t *testing.T) {
	in, _ := testChain(t, 901, 10, 3)
	other, _ := testChain(t, 901, 11, 1) // a block 12 whose parent is not blocks[0]
	tests := []struct {
		name   string
		mutate func(in *Input)
	}{
		{"no blocks", func(in *Input) { in.Blocks, in.Witnesses = nil, nil }},
		{"missing witness", func(in *Input) { in.Witnesses = in.Witnesses[:2] }},
		{"zero rollup", func(in *Input) { in.RollupChainID = 0 }},
		{"checkpoint preimage", func(in *Input) { in.Checkpoint.StateRoot[0] ^= 1 }},
		{"checkpoint block hash", func(in *Input) {
			in.Checkpoint.BlockHash[0] ^= 1
			in.Checkpoint.OutputRoot = OutputRootV0(in.Checkpoint.StateRoot, in.Checkpoint.MessagePasserStorageRoot, in.Checkpoint.BlockHash)
		}},
		{"gap", func(in *Input) { in.Blocks = [][]byte{in.Blocks[0], in.Blocks[2]}; in.Witnesses = in.Witnesses[:2] }},
		{"reordered", func(in *Input) { in.Blocks[1], in.Blocks[2] = in.Blocks[2], in.Blocks[1] }},
		{"wrong parent", func(in *Input) { in.Blocks[1] = other.Blocks[0] }},
		{"not a block", func(in *Input) { in.Blocks[2] = []byte{0xc0} }},
		{"checkpoint at wrong height", func(in *Input) { in.Checkpoint.L2Block = 9 }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := in
			c.Blocks = append([][]byte(nil), in.Blocks...)
			c.Witnesses = append([]Witness(nil), in.Witnesses...)
			tc.mutate(&c)
			if err := c.Validate(); !errors.Is(err, ErrInvalidInput) {
				t.Fatalf("Validate = %v, want ErrInvalidInput", err)
			}
			if _, err := EncodeInput(c); !errors.Is(err, ErrInvalidInput) {
				t.Fatalf("EncodeInput = %v, want ErrInvalidInput", err)
			}
		})
	}
	if err := in.Validate(); err != nil {
		t.Fatalf("the unmodified input must be valid: %v", err)
	}
}

func TestJournal_EncodingMatchesContractABI(t *testing.T) {
	j := Journal{RollupChainID: 901, CheckpointOutputRoot: common.HexToHash("0x11"), CheckpointL2Block: 10,
		L2BlockNumber: 13, OutputRoot: common.HexToHash("0x22")}
	enc := EncodeJournal(j)
	want := common.FromHex("0x" +
		"0000000000000000000000000000000000000000000000000000000000000385" +
		"0000000000000000000000000000000000000000000000000000000000000011" +
		"000000000000000000000000000000000000000000000000000000000000000a" +
		"000000000000000000000000000000000000000000000000000000000000000d" +
		"0000000000000000000000000000000000000000000000000000000000000022")
	if !bytes.Equal(enc, want) {
		t.Fatalf("EncodeJournal = %x\nwant            %x", enc, want)
	}
	got, err := DecodeJournal(enc)
	if err != nil || got != j {
		t.Fatalf("DecodeJournal = %+v, %v", got, err)
	}
	big := bytes.Clone(enc)
	big[64] = 1 // checkpointL2Block ≥ 2^248
	for name, b := range map[string][]byte{"short": enc[:159], "long": append(bytes.Clone(enc), 0), "huge word": big} {
		if _, err := DecodeJournal(b); !errors.Is(err, ErrInvalidJournal) {
			t.Errorf("%s: got %v, want ErrInvalidJournal", name, err)
		}
	}
}

func TestJob_CheckJournalNamesTheDifferingField(t *testing.T) {
	j := testJob(t, 2)
	good := EncodeJournal(j.ExpectedJournal())
	if err := j.CheckJournal(good); err != nil {
		t.Fatalf("expected journal rejected: %v", err)
	}
	for i := 0; i < JournalLength; i++ {
		bad := bytes.Clone(good)
		bad[i] ^= 1
		err := j.CheckJournal(bad)
		if !errors.Is(err, ErrJournalMismatch) && !errors.Is(err, ErrInvalidJournal) {
			t.Fatalf("byte %d flipped: got %v", i, err)
		}
		if !IsPermanent(err) {
			t.Fatalf("byte %d: a journal mismatch must be permanent", i)
		}
	}
}

func TestClaim_JobIDIsDeterministicAndCoversEveryField(t *testing.T) {
	idx := uint64(4)
	base := Claim{RollupChainID: 901, L2BlockNumber: 13, InvalidOutputRoot: common.HexToHash("0x1"),
		ExpectOutputRoot: common.HexToHash("0x2")}
	if base.JobID() != base.JobID() || len(base.JobID()) != 66 {
		t.Fatalf("JobID %q", base.JobID())
	}
	zero := uint64(0)
	variants := []Claim{base, base, base, base, base, base}
	variants[0].RollupChainID++
	variants[1].L2BlockNumber++
	variants[2].InvalidOutputRoot[0] ^= 1
	variants[3].ExpectOutputRoot[0] ^= 1
	variants[4].OutputIndex = &zero
	variants[5].OutputIndex = &idx
	seen := map[string]bool{base.JobID(): true}
	for i, v := range variants {
		if seen[v.JobID()] {
			t.Fatalf("variant %d collides", i)
		}
		seen[v.JobID()] = true
	}
}

func TestJob_ValidateRejectsInconsistentJobs(t *testing.T) {
	j := testJob(t, 2)
	if err := j.Validate(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		mutate func(j *Job)
	}{
		{"foreign id", func(j *Job) { j.ID = "0x00" }},
		{"other rollup", func(j *Job) { j.Claim.RollupChainID = 10; j.ID = j.Claim.JobID() }},
		{"claim past input", func(j *Job) { j.Claim.L2BlockNumber++; j.ID = j.Claim.JobID() }},
		{"checkpoint differs from input's", func(j *Job) { j.Checkpoint.OutputIndex++ }},
		{"checkpoint not before alert", func(j *Job) { j.Claim.L2BlockNumber = 10; j.ID = j.Claim.JobID() }},
		{"equal roots", func(j *Job) { j.Claim.InvalidOutputRoot = j.Claim.ExpectOutputRoot; j.ID = j.Claim.JobID() }},
		{"garbage input", func(j *Job) { j.Input = []byte{1, 2, 3} }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := j
			tc.mutate(&c)
			if err := c.Validate(); !errors.Is(err, ErrInvalidInput) {
				t.Fatalf("got %v, want ErrInvalidInput", err)
			}
		})
	}
}

func TestJob_JSONRoundTrip(t *testing.T) {
	j := testJob(t, 2)
	idx := uint64(7)
	j.Claim.OutputIndex = &idx
	j.ID = j.Claim.JobID()
	b, err := json.Marshal(j)
	if err != nil {
		t.Fatal(err)
	}
	var got Job
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.ID != j.ID || *got.Claim.OutputIndex != 7 || got.Checkpoint != j.Checkpoint ||
		!bytes.Equal(got.Input, j.Input) || !got.CreatedAt.Equal(j.CreatedAt) {
		t.Fatalf("round trip changed the job:\n%s", b)
	}
	if !bytes.Contains(b, []byte(`"input":"0x`)) {
		t.Fatalf("input is not hex: %.200s", b)
	}

	in, _ := testChain(t, 901, 10, 1)
	ib, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var gotIn Input
	if err := json.Unmarshal(ib, &gotIn); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(gotIn.Blocks[0], in.Blocks[0]) || !bytes.Equal(gotIn.Witnesses[0].Headers[0], in.Witnesses[0].Headers[0]) {
		t.Fatalf("input JSON round trip changed the input: %.300s", ib)
	}
}

func FuzzDecodeInput(f *testing.F) {
	in, _ := testChain(f, 901, 10, 2)
	enc, _ := EncodeInput(in)
	f.Add(enc)
	f.Add([]byte{0xc1, 0x01})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := DecodeInput(b)
		if err != nil {
			return
		}
		re, err := EncodeInput(got)
		if err != nil {
			t.Fatalf("decoded input does not re-encode: %v", err)
		}
		if !bytes.Equal(re, b) {
			t.Fatalf("re-encoding differs")
		}
	})
}

func FuzzDecodeJournal(f *testing.F) {
	f.Add(EncodeJournal(Journal{RollupChainID: 1, L2BlockNumber: 2}))
	f.Fuzz(func(t *testing.T, b []byte) {
		j, err := DecodeJournal(b)
		if err != nil {
			return
		}
		if !bytes.Equal(EncodeJournal(j), b) {
			t.Fatal("journal does not round-trip")
		}
	})
}
