package chain

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mach-avs/mach/contracts/bindings/machzkservicemanager"
	"github.com/mach-avs/mach/contracts/bindings/risczerogroth16verifier"
	"github.com/mach-avs/mach/contracts/bindings/risczeromockverifier"
	"github.com/mach-avs/mach/contracts/bindings/zkmanagerfixedjournal"
	"github.com/mach-avs/mach/internal/ethtx"
	"github.com/mach-avs/mach/internal/zkfixture"
)

const zkRollup = 901

// The L2OutputOracle's outputs in every test: index 0 (block 10) is the checkpoint proofs start from, index 1
// (block 20) is a lie whose correct root is goodRoot20.
var (
	checkpointRoot  = common.HexToHash("0x0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c")
	checkpointBlock = uint64(10)
	badRoot20       = common.HexToHash("0xbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbad0")
	goodRoot20      = common.HexToHash("0x600d600d600d600d600d600d600d600d600d600d600d600d600d600d600d6000")
	mockSelector    = [4]byte{0xde, 0xad, 0xbe, 0xef}
	mockImageID     = common.HexToHash("0x1d")
)

// zkEnv is the zkfixture L1 with the oracle's two outputs (see checkpointRoot): what a ZK manager needs. Account 0
// owns everything, 1 proposes outputs, 2 is the allowlisted operator, 3 a stranger.
type zkEnv struct {
	*zkfixture.Env
	operator *ethtx.Sender
	stranger *ethtx.Sender
}

func newZKEnv(t testing.TB) *zkEnv {
	t.Helper()
	f := zkfixture.New(t, zkfixture.Config{Accounts: 4, Proposer: 1, Outputs: []zkfixture.Output{
		{Root: checkpointRoot, L2Block: checkpointBlock}, {Root: badRoot20, L2Block: 20},
	}})
	return &zkEnv{Env: f, operator: f.Sender(t, 2), stranger: f.Sender(t, 3)}
}

// deployManager deploys a ZK manager for zkRollup with the operator allowlisted: the real MachZkServiceManager, or
// with fixedJournal the ZkManagerFixedJournal test deployment.
func (e *zkEnv) deployManager(t testing.TB, verifier common.Address, imageID common.Hash, window uint64, fixedJournal bool) common.Address {
	t.Helper()
	return e.DeployManager(t, zkfixture.ManagerConfig{Verifier: verifier, ImageID: imageID, ProveWindow: window,
		Allowlist: []common.Address{e.operator.From()}, RollupChainID: zkRollup, FixedJournal: fixedJournal})
}

// mockManager is a MachZkServiceManager with the RISC Zero mock verifier.
type mockManager struct {
	*ZK
	verifier     *risczeromockverifier.RiscZeroMockVerifier
	verifierAddr common.Address
}

// deployMockVerifier deploys the RISC Zero mock verifier for mockSelector.
func (e *zkEnv) deployMockVerifier(t testing.TB) (*risczeromockverifier.RiscZeroMockVerifier, common.Address) {
	t.Helper()
	addr := e.DeployMockVerifier(t, mockSelector)
	v, err := risczeromockverifier.NewRiscZeroMockVerifier(addr, e.Chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	return v, addr
}

func (e *zkEnv) deployMock(t testing.TB, window uint64) *mockManager {
	t.Helper()
	v, addr := e.deployMockVerifier(t)
	z, err := NewZK(e.Chain.Client(), e.deployManager(t, addr, mockImageID, window, false))
	if err != nil {
		t.Fatal(err)
	}
	return &mockManager{ZK: z, verifier: v, verifierAddr: addr}
}

// proof is a mock-verifier proof that block l2Block's root is root, from the oracle's checkpoint.
func (m *mockManager) proof(t *testing.T, l2Block uint64, root common.Hash) (journal, seal []byte) {
	t.Helper()
	call := &bind.CallOpts{}
	journal, err := m.zk.EncodeJournal(call, checkpointRoot, new(big.Int).SetUint64(checkpointBlock), new(big.Int).SetUint64(l2Block), root)
	if err != nil {
		t.Fatal(err)
	}
	seal, err = m.verifier.MockSeal(call, mockImageID, sha256.Sum256(journal))
	if err != nil {
		t.Fatal(err)
	}
	return journal, seal
}

func (e *zkEnv) nonce(t testing.TB, s *ethtx.Sender) uint64 {
	t.Helper()
	return e.Nonce(t, s.From())
}

// noTx fails the test if s sent a transaction since before.
func (e *zkEnv) noTx(t *testing.T, s *ethtx.Sender, before uint64, what string) {
	t.Helper()
	if n := e.nonce(t, s); n != before {
		t.Fatalf("%s sent %d transaction(s)", what, n-before)
	}
}

func TestZK_ReadsTheManagersSettings(t *testing.T) {
	e := newZKEnv(t)
	m := e.deployMock(t, 3600)
	ctx := context.Background()
	if id, err := m.RollupChainID(ctx); err != nil || id != zkRollup {
		t.Fatalf("RollupChainID = %d, %v", id, err)
	}
	if id, err := m.ImageID(ctx); err != nil || id != mockImageID {
		t.Fatalf("ImageID = %s, %v", id, err)
	}
	if a, err := m.L2OutputOracle(ctx); err != nil || a != e.Oracle {
		t.Fatalf("L2OutputOracle = %s, %v", a, err)
	}
	if a, err := m.Verifier(ctx); err != nil || a != m.verifierAddr {
		t.Fatalf("Verifier = %s, %v", a, err)
	}
	for _, c := range []struct {
		who  common.Address
		want bool
	}{{e.operator.From(), true}, {e.stranger.From(), false}} {
		if ok, err := m.IsAllowlisted(ctx, c.who); err != nil || ok != c.want {
			t.Fatalf("IsAllowlisted(%s) = %v, %v; want %v", c.who, ok, err, c.want)
		}
	}
	if l, err := m.Level(ctx, zkRollup); err != nil || l != LevelNone {
		t.Fatalf("Level = %s, %v", l, err)
	}
	if p, err := m.Pending(ctx); err != nil || p.Exists() || p.Live {
		t.Fatalf("Pending = %+v, %v; want none", p, err)
	}
	if _, err := NewZK(e.Chain.Client(), common.Address{}); err == nil {
		t.Fatal("NewZK accepted the zero address")
	}
}

func TestZK_RaiseBlockMismatchTwiceSendsOneTransaction(t *testing.T) {
	e := newZKEnv(t)
	m := e.deployMock(t, 3600)
	ctx := context.Background()
	invalid := common.Hash{0x1}
	tx, already, err := m.RaiseBlockMismatch(ctx, e.operator, invalid, goodRoot20, 20)
	if err != nil || already || tx == (common.Hash{}) {
		t.Fatalf("first raise: tx %s, already %v, %v", tx, already, err)
	}
	r, err := e.Chain.Client().TransactionReceipt(ctx, tx)
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("receipt of %s: %+v, %v", tx, r, err)
	}
	p, err := m.Pending(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := PendingAlert{Submitter: e.operator.From(), SubmittedAt: p.SubmittedAt, L2Block: 20, InvalidOutputRoot: invalid,
		ExpectOutputRoot: goodRoot20, Live: true}
	if p != want || p.SubmittedAt == 0 {
		t.Fatalf("Pending = %+v, want %+v", p, want)
	}
	if l, err := m.Level(ctx, zkRollup); err != nil || l != LevelEarly {
		t.Fatalf("Level = %s, %v; want early", l, err)
	}

	before := e.nonce(t, e.operator)
	// The same alert again, also through the writer and from the oracle's side (same block, same root).
	for i, raise := range []func() (common.Hash, bool, error){
		func() (common.Hash, bool, error) {
			return m.RaiseBlockMismatch(ctx, e.operator, invalid, goodRoot20, 20)
		},
		func() (common.Hash, bool, error) {
			return m.Writer(e.operator).RaiseBlockMismatch(ctx, invalid, goodRoot20, 20)
		},
		func() (common.Hash, bool, error) { return m.RaiseOracleMismatch(ctx, e.operator, 1, goodRoot20) },
	} {
		tx, already, err := raise()
		if err != nil || !already || tx != (common.Hash{}) {
			t.Fatalf("raise %d again: tx %s, already %v, %v; want already", i, tx, already, err)
		}
	}
	e.noTx(t, e.operator, before, "raising a pending alert again")
}

func TestZK_RaiseForALaterBlockIsNotEarliestWithoutSending(t *testing.T) {
	e := newZKEnv(t)
	m := e.deployMock(t, 3600)
	ctx := context.Background()
	if _, _, err := m.RaiseBlockMismatch(ctx, e.operator, common.Hash{1}, goodRoot20, 20); err != nil {
		t.Fatal(err)
	}
	before := e.nonce(t, e.operator)
	for _, c := range []struct {
		name   string
		block  uint64
		expect common.Hash
	}{{"later block", 25, common.Hash{2}}, {"same block, other root", 20, common.Hash{3}}} {
		_, already, err := m.RaiseBlockMismatch(ctx, e.operator, common.Hash{1}, c.expect, c.block)
		var ne *NotEarliestError
		if !errors.Is(err, ErrNotEarliest) || !errors.As(err, &ne) || ne.PendingL2Block != 20 || already {
			t.Fatalf("%s: already %v, err %v; want a NotEarliestError naming block 20", c.name, already, err)
		}
	}
	e.noTx(t, e.operator, before, "refused alerts")

	// An earlier block supersedes the pending alert.
	if _, already, err := m.RaiseBlockMismatch(ctx, e.operator, common.Hash{1}, common.Hash{4}, 15); err != nil || already {
		t.Fatalf("earlier block: already %v, %v", already, err)
	}
	if p, err := m.Pending(ctx); err != nil || p.L2Block != 15 {
		t.Fatalf("Pending = %+v, %v; want block 15", p, err)
	}
}

func TestZK_RaiseFromAStrangerDecodesNotAllowlisted(t *testing.T) {
	e := newZKEnv(t)
	m := e.deployMock(t, 3600)
	_, already, err := m.RaiseBlockMismatch(context.Background(), e.stranger, common.Hash{1}, goodRoot20, 20)
	var re *RevertError
	if !errors.Is(err, ErrNotAllowlisted) || !errors.As(err, &re) || already {
		t.Fatalf("already %v, err %v; want NotAllowlisted", already, err)
	}
	if re.Name != "NotAllowlisted" || len(re.Args) != 1 || re.Args[0] != e.stranger.From() {
		t.Fatalf("revert = %+v, want NotAllowlisted(%s)", re, e.stranger.From())
	}
	_, _, err = m.RaiseBlockMismatch(context.Background(), e.operator, goodRoot20, goodRoot20, 20)
	if !errors.Is(err, ErrInvalidAlert) || !errors.As(err, &re) || re.Name != "RootsEqual" {
		t.Fatalf("equal roots: %v; want RootsEqual", err)
	}
}

func TestZK_RaiseOracleMismatchReadsTheOutput(t *testing.T) {
	e := newZKEnv(t)
	m := e.deployMock(t, 3600)
	ctx := context.Background()
	if _, already, err := m.RaiseOracleMismatch(ctx, e.operator, 1, goodRoot20); err != nil || already {
		t.Fatalf("raise: already %v, %v", already, err)
	}
	p, err := m.Pending(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !p.FromOracle || p.OutputIndex != 1 || p.L2Block != 20 || p.InvalidOutputRoot != badRoot20 || p.ExpectOutputRoot != goodRoot20 || !p.Live {
		t.Fatalf("Pending = %+v, want the oracle's output 1 (block 20, %s)", p, badRoot20)
	}
	before := e.nonce(t, e.operator)
	if _, already, err := m.RaiseOracleMismatch(ctx, e.operator, 1, goodRoot20); err != nil || !already {
		t.Fatalf("again: already %v, %v", already, err)
	}
	if _, _, err := m.RaiseOracleMismatch(ctx, e.operator, 7, goodRoot20); !errors.Is(err, ErrInvalidAlert) {
		t.Fatalf("index past the oracle's latest: %v; want ErrInvalidAlert", err)
	}
	e.noTx(t, e.operator, before, "an already pending and an impossible oracle alert")
}

func TestZK_ExpiredAlertIsRaisedAgain(t *testing.T) {
	e := newZKEnv(t)
	// Block timestamps advance a second per 20ms block: a 3s window is a few blocks.
	m := e.deployMock(t, 3)
	ctx := context.Background()
	first, _, err := m.RaiseBlockMismatch(ctx, e.operator, common.Hash{1}, goodRoot20, 20)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		p, err := m.Pending(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !p.Live {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the alert did not expire")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if l, err := m.Level(ctx, zkRollup); err != nil || l != LevelNone {
		t.Fatalf("Level of an expired alert = %s, %v", l, err)
	}
	again, already, err := m.RaiseBlockMismatch(ctx, e.operator, common.Hash{1}, goodRoot20, 20)
	if err != nil || already || again == first {
		t.Fatalf("raise after expiry: tx %s (first %s), already %v, %v; want a new transaction", again, first, already, err)
	}
	if p, err := m.Pending(ctx); err != nil || !p.Live {
		t.Fatalf("Pending = %+v, %v; want live again", p, err)
	}
}

func TestZK_SubmitProveTwiceSendsOneTransaction(t *testing.T) {
	e := newZKEnv(t)
	m := e.deployMock(t, 3600)
	ctx := context.Background()
	if _, _, err := m.RaiseOracleMismatch(ctx, e.operator, 1, goodRoot20); err != nil {
		t.Fatal(err)
	}
	journal, seal := m.proof(t, 20, goodRoot20)
	prover := e.stranger // anyone may prove
	tx, already, err := m.SubmitProve(ctx, prover, 0, journal, seal)
	if err != nil || already || tx == (common.Hash{}) {
		t.Fatalf("submitProve: tx %s, already %v, %v", tx, already, err)
	}
	if l, err := m.Level(ctx, zkRollup); err != nil || l != LevelProved {
		t.Fatalf("Level = %s, %v; want proved", l, err)
	}
	if root, err := m.ProvedRoot(ctx, 20); err != nil || root != goodRoot20 {
		t.Fatalf("ProvedRoot(20) = %s, %v", root, err)
	}
	if p, err := m.Pending(ctx); err != nil || p.Exists() {
		t.Fatalf("Pending after the proof = %+v, %v", p, err)
	}

	before, beforeOp := e.nonce(t, prover), e.nonce(t, e.operator)
	if tx, already, err := m.Writer(prover).SubmitProve(ctx, 0, journal, seal); err != nil || !already || tx != (common.Hash{}) {
		t.Fatalf("submitProve again: tx %s, already %v, %v; want already", tx, already, err)
	}
	// The proved alert needs no early alert any more.
	if _, already, err := m.RaiseOracleMismatch(ctx, e.operator, 1, goodRoot20); err != nil || !already {
		t.Fatalf("raise of the proved alert: already %v, %v", already, err)
	}
	e.noTx(t, prover, before, "a second submitProve")
	e.noTx(t, e.operator, beforeOp, "raising a proved alert")
}

func TestZK_SubmitProveDecodesEveryRefusal(t *testing.T) {
	e := newZKEnv(t)
	m := e.deployMock(t, 3600)
	ctx := context.Background()
	journal, seal := m.proof(t, 20, goodRoot20)
	before := e.nonce(t, e.stranger)
	if _, _, err := m.SubmitProve(ctx, e.stranger, 0, journal, seal); !errors.Is(err, ErrNoPendingAlert) {
		t.Fatalf("without an alert: %v; want ErrNoPendingAlert", err)
	}
	e.noTx(t, e.stranger, before, "submitProve without an alert")
	if _, _, err := m.RaiseOracleMismatch(ctx, e.operator, 1, goodRoot20); err != nil {
		t.Fatal(err)
	}

	badSeal := append([]byte{}, seal...)
	badSeal[len(badSeal)-1] ^= 1
	wrongRoot, wrongRootSeal := m.proof(t, 20, common.Hash{0x77})
	for _, c := range []struct {
		name          string
		index         uint64
		journal, seal []byte
		kind          error
		revert        string
	}{
		{"seal of another claim", 0, journal, badSeal, ErrProofRejected, "VerificationFailed"},
		{"seal for another verifier", 0, journal, append([]byte{1, 2, 3, 4}, seal[4:]...), ErrProofRejected, "SelectorMismatch"},
		{"short journal", 0, journal[:96], seal, ErrJournalMismatch, "InvalidJournalLength"},
		{"journal of another root", 0, wrongRoot, wrongRootSeal, ErrJournalMismatch, "JournalOutputRootMismatch"},
		{"checkpoint is the lie", 1, journal, seal, ErrCheckpointNotAccepted, "CheckpointNotAccepted"},
		{"checkpoint past the oracle", 9, journal, seal, ErrCheckpointNotAccepted, "OutputIndexOutOfRange"},
	} {
		_, already, err := m.SubmitProve(ctx, e.stranger, c.index, c.journal, c.seal)
		var re *RevertError
		if !errors.Is(err, c.kind) || !errors.As(err, &re) || re.Name != c.revert || already {
			t.Errorf("%s: already %v, err %v; want %s (%v)", c.name, already, err, c.revert, c.kind)
		}
	}
	if l, err := m.Level(ctx, zkRollup); err != nil || l != LevelEarly {
		t.Fatalf("Level = %s, %v; want still early", l, err)
	}
}

func TestDecodeRevertData(t *testing.T) {
	parsed, err := machzkservicemanager.MachZkServiceManagerMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	groth16, err := risczerogroth16verifier.RiscZeroGroth16VerifierMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	packErr := func(name string, id []byte, args ...any) []byte {
		e, ok := parsed.Errors[name]
		if !ok {
			e = groth16.Errors[name]
		}
		enc, err := e.Inputs.Pack(args...)
		if err != nil {
			t.Fatal(err)
		}
		return append(append([]byte{}, e.ID[:4]...), enc...)
	}
	stringRevert := hexutil.MustDecode("0x08c379a0" +
		"0000000000000000000000000000000000000000000000000000000000000020" +
		"0000000000000000000000000000000000000000000000000000000000000004" +
		"6e6f706500000000000000000000000000000000000000000000000000000000")
	panicRevert := hexutil.MustDecode("0x4e487b71" + "0000000000000000000000000000000000000000000000000000000000000011")
	for _, c := range []struct {
		name string
		data []byte
		want string
		kind error
	}{
		{"not allowlisted", packErr("NotAllowlisted", nil, common.HexToAddress("0xbad")), "reverted: NotAllowlisted(" + common.HexToAddress("0xbad").Hex() + ")", ErrNotAllowlisted},
		{"not earliest", packErr("AlertNotEarliest", nil, big.NewInt(25), big.NewInt(20)), "reverted: AlertNotEarliest(25, 20)", ErrNotEarliest},
		{"already proved", packErr("AlreadyProved", nil, big.NewInt(20), goodRoot20), "reverted: AlreadyProved(20, " + goodRoot20.Hex() + ")", ErrInvalidAlert},
		{"verifier", packErr("VerificationFailed", nil), "reverted: VerificationFailed()", ErrProofRejected},
		{"selector", packErr("SelectorMismatch", nil, [4]byte{1, 2, 3, 4}, mockSelector), "reverted: SelectorMismatch(0x01020304, 0xdeadbeef)", ErrProofRejected},
		{"paused", packErr("FunctionPaused", nil, uint8(1)), "reverted: FunctionPaused(1)", ErrPaused},
		{"string", stringRevert, `reverted: Error("nope")`, nil},
		{"panic", panicRevert, "reverted: Panic(\"arithmetic underflow or overflow\")", nil},
		{"unknown", []byte{1, 2, 3, 4, 5}, "reverted with unknown data 0x0102030405", nil},
		{"short", []byte{1}, "reverted with unknown data 0x01", nil},
	} {
		r := decodeRevertData(c.data)
		if r.Error() != c.want {
			t.Errorf("%s: %q, want %q", c.name, r.Error(), c.want)
		}
		for _, kind := range []error{ErrNotEarliest, ErrNotAllowlisted, ErrNoPendingAlert, ErrJournalMismatch, ErrCheckpointNotAccepted, ErrProofRejected, ErrInvalidAlert, ErrPaused} {
			if got := errors.Is(r, kind); got != (kind == c.kind) {
				t.Errorf("%s: errors.Is(%v) = %v", c.name, kind, got)
			}
		}
	}
}

func FuzzDecodeRevertData(f *testing.F) {
	f.Add([]byte{})
	f.Add(hexutil.MustDecode("0x4e487b710000000000000000000000000000000000000000000000000000000000000011"))
	f.Add(hexutil.MustDecode("0x08c379a00000000000000000000000000000000000000000000000000000000000000020"))
	f.Add(append(zkErrorID(f, "AlertNotEarliest"), make([]byte, 64)...))
	f.Add(append(zkErrorID(f, "SelectorMismatch"), make([]byte, 31)...))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := decodeRevertData(data)
		if r == nil || r.Error() == "" {
			t.Fatal("no error for revert data")
		}
		if r.Name != "" && r.Name != "Error" && r.Name != "Panic" {
			if e, ok := zkErrors[[4]byte(data[:4])]; !ok || e.Name != r.Name || len(r.Args) != len(e.Inputs) {
				t.Fatalf("decoded %q from data that is not that error", r.Name)
			}
		}
	})
}

func zkErrorID(f *testing.F, name string) []byte {
	for id, e := range zkErrors {
		if e.Name == name {
			return id[:]
		}
	}
	f.Fatalf("no error %s", name)
	return nil
}

func TestDecodeZKJournal(t *testing.T) {
	want := ZKJournal{RollupChainID: big.NewInt(zkRollup), CheckpointOutputRoot: checkpointRoot, CheckpointL2Block: big.NewInt(10),
		L2Block: big.NewInt(20), OutputRoot: goodRoot20}
	parsed, err := machzkservicemanager.MachZkServiceManagerMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	// The contract's own encoder's argument layout: encodeJournal prefixes rollupChainID.
	enc, err := parsed.Methods["encodeJournal"].Inputs.Pack(checkpointRoot, big.NewInt(10), big.NewInt(20), goodRoot20)
	if err != nil {
		t.Fatal(err)
	}
	journal := append(common.BigToHash(big.NewInt(zkRollup)).Bytes(), enc...)
	got, err := DecodeZKJournal(journal)
	if err != nil {
		t.Fatal(err)
	}
	if got.RollupChainID.Cmp(want.RollupChainID) != 0 || got.CheckpointOutputRoot != want.CheckpointOutputRoot ||
		got.CheckpointL2Block.Cmp(want.CheckpointL2Block) != 0 || got.L2Block.Cmp(want.L2Block) != 0 || got.OutputRoot != want.OutputRoot {
		t.Fatalf("DecodeZKJournal = %+v, want %+v", got, want)
	}
	for _, n := range []int{0, 21, 159, 161} {
		if _, err := DecodeZKJournal(make([]byte, n)); err == nil {
			t.Errorf("a %d-byte journal decoded", n)
		}
	}
}

// ---------------------------------------------------------------------------------------------------------------
// The real RISC Zero Groth16 receipts through submitProve.

// receiptsPath is the shared RISC Zero test vectors (the shared/ folder beside the clone).
const receiptsPath = "../../../shared/testdata/risc0/groth16-receipts.json"

type realReceipt struct {
	Name        string        `json:"name"`
	ControlRoot common.Hash   `json:"control_root"`
	Selector    hexutil.Bytes `json:"selector"`
	ImageID     common.Hash   `json:"image_id"`
	Journal     hexutil.Bytes `json:"journal"`
	Seal        hexutil.Bytes `json:"seal"`
}

type realReceipts struct {
	BN254ControlID common.Hash   `json:"bn254_control_id"`
	Receipts       []realReceipt `json:"receipts"`
}

func loadReceipts(t testing.TB) realReceipts {
	t.Helper()
	raw, err := os.ReadFile(receiptsPath)
	if err != nil {
		t.Fatalf("RISC Zero receipts (expected at /work/shared/testdata/risc0/groth16-receipts.json): %v", err)
	}
	var r realReceipts
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Receipts) < 2 {
		t.Fatalf("%d receipts in %s, want at least 2", len(r.Receipts), receiptsPath)
	}
	for _, rc := range r.Receipts {
		if len(rc.Seal) != 260 || len(rc.Selector) != 4 || [4]byte(rc.Seal[:4]) != [4]byte(rc.Selector) {
			t.Fatalf("receipt %s: seal of %d bytes with selector %x; want 260 bytes starting with the selector", rc.Name, len(rc.Seal), rc.Selector)
		}
	}
	return r
}

// groth16Manager is a ZkManagerFixedJournal with the real Groth16 verifier of one receipt's release and its image
// id, where the receipt's journal stands for the proof that block 20's root is goodRoot20 from the checkpoint,
// with that alert pending.
type groth16Manager struct {
	*ZK
	fixed    *zkmanagerfixedjournal.ZkManagerFixedJournal
	receipt  realReceipt
	verifier common.Address
}

func (e *zkEnv) deployForReceipt(t testing.TB, all realReceipts, r realReceipt) *groth16Manager {
	t.Helper()
	ctx := context.Background()
	verifier := e.DeployGroth16Verifier(t, r.ControlRoot, all.BN254ControlID)
	addr := e.deployManager(t, verifier, r.ImageID, 3600, true)
	z, err := NewZK(e.Chain.Client(), addr)
	if err != nil {
		t.Fatal(err)
	}
	fixed, err := zkmanagerfixedjournal.NewZkManagerFixedJournal(addr, e.Chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	g := &groth16Manager{ZK: z, fixed: fixed, receipt: r, verifier: verifier}
	g.fix(t, e, r.Journal, expectations())
	if _, _, err := z.RaiseOracleMismatch(ctx, e.operator, 1, goodRoot20); err != nil {
		t.Fatal(err)
	}
	return g
}

// expectations is the journal that proves the pending alert: block 20's root is goodRoot20, from output 0.
func expectations() zkmanagerfixedjournal.MachZkServiceManagerJournal {
	return zkmanagerfixedjournal.MachZkServiceManagerJournal{
		RollupChainID: big.NewInt(zkRollup), CheckpointOutputRoot: checkpointRoot, CheckpointL2Block: new(big.Int).SetUint64(checkpointBlock),
		L2BlockNumber: big.NewInt(20), OutputRoot: goodRoot20,
	}
}

func (g *groth16Manager) fix(t testing.TB, e *zkEnv, journal []byte, j zkmanagerfixedjournal.MachZkServiceManagerJournal) {
	t.Helper()
	if _, err := e.Owner.Do(context.Background(), "setFixedJournal", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return g.fixed.SetFixedJournal(o, sha256.Sum256(journal), j)
	}); err != nil {
		t.Fatal(err)
	}
}

func (g *groth16Manager) ownerDo(t testing.TB, e *zkEnv, label string, send func(*bind.TransactOpts) (*types.Transaction, error)) {
	t.Helper()
	if _, err := e.Owner.Do(context.Background(), label, send); err != nil {
		t.Fatal(err)
	}
}

// flip returns b with byte i inverted.
func flip(b []byte, i int) []byte {
	out := append([]byte{}, b...)
	out[i] ^= 0xff
	return out
}

func TestZK_SubmitProveRealGroth16ReceiptsPassAndTamperedFail(t *testing.T) {
	all := loadReceipts(t)
	e := newZKEnv(t)
	ctx := context.Background()
	for ri, r := range all.Receipts {
		t.Run(r.Name, func(t *testing.T) {
			g := e.deployForReceipt(t, all, r)
			if len(r.Journal) == zkJournalLength {
				t.Fatalf("the receipt's journal is %d bytes: it would decode without the fixed mapping", len(r.Journal))
			}
			// Seal layout: selector (4), A (G1, 64), B (G2, 128), C (G1, 64). Each region tampered at its first,
			// a middle and its last byte.
			type tamper struct {
				name          string
				index         uint64
				journal, seal []byte
				revert        string
			}
			var tampers []tamper
			for _, region := range []struct {
				name       string
				start, end int
				revert     string
			}{{"selector", 0, 4, "SelectorMismatch"}, {"A", 4, 68, "VerificationFailed"}, {"B", 68, 196, "VerificationFailed"}, {"C", 196, 260, "VerificationFailed"}} {
				for _, i := range []int{region.start, (region.start + region.end) / 2, region.end - 1} {
					tampers = append(tampers, tamper{name: fmt.Sprintf("seal %s byte %d", region.name, i), journal: r.Journal, seal: flip(r.Seal, i), revert: region.revert})
				}
			}
			tampers = append(tampers,
				tamper{name: "seal truncated", journal: r.Journal, seal: r.Seal[:259], revert: "InvalidSealLength"},
				tamper{name: "seal extended", journal: r.Journal, seal: append(append([]byte{}, r.Seal...), 0), revert: "InvalidSealLength"},
				tamper{name: "another receipt's seal", journal: r.Journal, seal: all.Receipts[(ri+1)%len(all.Receipts)].Seal, revert: "SelectorMismatch"},
				tamper{name: "journal byte flipped (not fixed)", journal: flip(r.Journal, 0), seal: r.Seal, revert: "InvalidJournalLength"},
				tamper{name: "checkpoint index of the lie", index: 1, journal: r.Journal, seal: r.Seal, revert: "CheckpointNotAccepted"},
				tamper{name: "checkpoint index past the oracle", index: 2, journal: r.Journal, seal: r.Seal, revert: "OutputIndexOutOfRange"},
			)
			check := func(c tamper) {
				t.Helper()
				_, already, err := g.SubmitProve(ctx, e.stranger, c.index, c.journal, c.seal)
				var re *RevertError
				if !errors.As(err, &re) || re.Name != c.revert || already {
					t.Errorf("%s: already %v, err %v; want revert %s", c.name, already, err, c.revert)
				}
			}
			for _, c := range tampers {
				check(c)
			}

			// A tampered journal that the manager takes for the right statement still fails in the verifier.
			tamperedJournal := flip(r.Journal, len(r.Journal)-1)
			g.fix(t, e, tamperedJournal, expectations())
			check(tamper{name: "journal byte flipped (fixed to the expectations)", journal: tamperedJournal, seal: r.Seal, revert: "VerificationFailed"})

			// Another image id; another release's verifier (another control root, so another selector).
			otherImage := common.Hash(flip(r.ImageID[:], 31))
			g.ownerDo(t, e, "setImageId", func(o *bind.TransactOpts) (*types.Transaction, error) { return g.fixed.SetImageId(o, otherImage) })
			check(tamper{name: "another image id", journal: r.Journal, seal: r.Seal, revert: "VerificationFailed"})
			g.ownerDo(t, e, "setImageId", func(o *bind.TransactOpts) (*types.Transaction, error) { return g.fixed.SetImageId(o, r.ImageID) })
			other := e.DeployGroth16Verifier(t, all.Receipts[(ri+1)%len(all.Receipts)].ControlRoot, all.BN254ControlID)
			g.ownerDo(t, e, "setVerifier", func(o *bind.TransactOpts) (*types.Transaction, error) { return g.fixed.SetVerifier(o, other) })
			check(tamper{name: "another release's verifier", journal: r.Journal, seal: r.Seal, revert: "SelectorMismatch"})
			g.ownerDo(t, e, "setVerifier", func(o *bind.TransactOpts) (*types.Transaction, error) { return g.fixed.SetVerifier(o, g.verifier) })

			// What the journal stands for, one field at a time.
			type journal = zkmanagerfixedjournal.MachZkServiceManagerJournal
			for _, m := range []struct {
				name   string
				mutate func(*journal)
				revert string
			}{
				{"rollup chain ID", func(j *journal) { j.RollupChainID = big.NewInt(zkRollup + 1) }, "JournalRollupMismatch"},
				{"checkpoint root", func(j *journal) { j.CheckpointOutputRoot = badRoot20 }, "CheckpointNotAccepted"},
				{"checkpoint block", func(j *journal) { j.CheckpointL2Block = big.NewInt(9) }, "CheckpointNotAccepted"},
				{"checkpoint block at the alert", func(j *journal) { j.CheckpointL2Block = big.NewInt(20) }, "CheckpointNotBeforeAlert"},
				{"L2 block", func(j *journal) { j.L2BlockNumber = big.NewInt(21) }, "JournalBlockMismatch"},
				{"output root", func(j *journal) { j.OutputRoot = badRoot20 }, "JournalOutputRootMismatch"},
			} {
				j := expectations()
				m.mutate(&j)
				g.fix(t, e, r.Journal, j)
				check(tamper{name: "fixed journal's " + m.name, journal: r.Journal, seal: r.Seal, revert: m.revert})
			}
			g.fix(t, e, r.Journal, expectations())
			if l, err := g.Level(ctx, zkRollup); err != nil || l != LevelEarly {
				t.Fatalf("Level after the tampered proofs = %s, %v; want early", l, err)
			}

			// The real receipt proves the alert.
			tx, already, err := g.SubmitProve(ctx, e.stranger, 0, r.Journal, r.Seal)
			if err != nil || already {
				t.Fatalf("submitProve with the real receipt: already %v, %v", already, err)
			}
			receipt, err := e.Chain.Client().TransactionReceipt(ctx, tx)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("submitProve with the real Groth16 verifier: %d gas (whole transaction)", receipt.GasUsed)
			if receipt.GasUsed > submitProveGasCeiling {
				t.Errorf("submitProve used %d gas, above the regression ceiling of %d", receipt.GasUsed, submitProveGasCeiling)
			}
			if l, err := g.Level(ctx, zkRollup); err != nil || l != LevelProved {
				t.Fatalf("Level = %s, %v; want proved", l, err)
			}
			if root, err := g.ProvedRoot(ctx, 20); err != nil || root != goodRoot20 {
				t.Fatalf("ProvedRoot(20) = %s, %v", root, err)
			}
		})
	}
}

// submitProveGasCeiling bounds a first submitProve with the real Groth16 verifier through ZkManagerFixedJournal
// (measured 300,632 on the in-process L1, its journal lookup of about 9,700 included): a regression guard. Issue 7's goal
// of 300,000 is checked by BenchmarkSubmitProveGas on the real manager (submitProveGasGoal).
const submitProveGasCeiling = 310_000

// submitProveGasGoal is issue 7's goal for a whole submitProve transaction of MachZkServiceManager with the real
// Groth16 verifier, first proof of a manager included.
const submitProveGasGoal = 300_000

// submitProveGas is the gas of two whole submitProve transactions (receipt gasUsed, refunds applied) on one
// manager: its first proof, settling the oracle's lying output 1 (block 20), and a later one, settling a block alert
// for block 21.
type submitProveGas struct{ first, later uint64 }

func (g submitProveGas) minus(o submitProveGas) submitProveGas {
	return submitProveGas{first: g.first - o.first, later: g.later - o.later}
}

// measureSubmitProve raises the two alerts of submitProveGas on z in turn and settles each with submitProve from
// the oracle's checkpoint; proof returns the journal and seal that prove block l2Block's root is root.
func (e *zkEnv) measureSubmitProve(b testing.TB, z *ZK, proof func(l2Block uint64, root common.Hash) (journal, seal []byte)) submitProveGas {
	b.Helper()
	ctx := context.Background()
	settle := func(l2Block uint64, root common.Hash) uint64 {
		journal, seal := proof(l2Block, root)
		return e.gasOf(b, func() (common.Hash, bool, error) { return z.SubmitProve(ctx, e.stranger, 0, journal, seal) })
	}
	var g submitProveGas
	if _, _, err := z.RaiseOracleMismatch(ctx, e.operator, 1, goodRoot20); err != nil {
		b.Fatal(err)
	}
	g.first = settle(20, goodRoot20)
	root21 := common.HexToHash("0x2121212121212121212121212121212121212121212121212121212121212121") // no zero bytes, as a real root
	if _, _, err := z.RaiseBlockMismatch(ctx, e.operator, common.Hash{1}, root21, 21); err != nil {
		b.Fatal(err)
	}
	g.later = settle(21, root21)
	return g
}

// fixedJournalManager deploys a ZkManagerFixedJournal with the given verifier and image id, no alert pending.
func (e *zkEnv) fixedJournalManager(b testing.TB, verifier common.Address, imageID common.Hash) *groth16Manager {
	b.Helper()
	addr := e.deployManager(b, verifier, imageID, 3600, true)
	z, err := NewZK(e.Chain.Client(), addr)
	if err != nil {
		b.Fatal(err)
	}
	fixed, err := zkmanagerfixedjournal.NewZkManagerFixedJournal(addr, e.Chain.Client())
	if err != nil {
		b.Fatal(err)
	}
	return &groth16Manager{ZK: z, fixed: fixed, verifier: verifier}
}

// fixedProof makes journal stand for the proof that block l2Block's root is root (from the oracle's checkpoint) on
// g and returns journal with seal.
func (g *groth16Manager) fixedProof(b testing.TB, e *zkEnv, journal, seal []byte) func(l2Block uint64, root common.Hash) ([]byte, []byte) {
	return func(l2Block uint64, root common.Hash) ([]byte, []byte) {
		j := expectations()
		j.L2BlockNumber, j.OutputRoot = new(big.Int).SetUint64(l2Block), root
		g.fix(b, e, journal, j)
		return journal, seal
	}
}

// BenchmarkSubmitProveGas measures the gas of whole submitProve transactions (receipt gasUsed, refunds applied),
// each configuration's first proof and a later one (submitProveGas), on the in-process L1 with Optimism's real
// L2OutputOracle as the checkpoint source:
//
//   - gas/manager-mock-{first,later}: the real MachZkServiceManager (160-byte journal) with the RISC Zero mock
//     verifier, the baseline;
//   - gas/harness-mock-{first,later}-rN: ZkManagerFixedJournal with the mock verifier and receipt N's journal
//     (mock seal): the same transactions as the next row but for the verifier;
//   - gas/harness-groth16-{first,later}-rN: ZkManagerFixedJournal with the real Groth16 verifier and real receipt
//     N (journal and seal as recorded);
//   - gas/overhead-{first,later}-rN: harness-mock - manager-mock, what the test deployment adds (its journal lookup:
//     a sha256 and five cold reads) net of the calldata of receipt N's journal instead of a 160-byte one; the first
//     reads low because the first baseline's refund is capped (see below);
//   - gas/manager-groth16-{first,later}-rN: harness-groth16 - overhead-later, the real manager with the real
//     Groth16 verifier and a 160-byte journal: issue 7's figure, checked against submitProveGasGoal;
//   - gas/verify-{groth16,mock}-tx: each verifier's verify alone, as a transaction (estimateGas).
//
// The timed loop runs further later proofs of receipt 0 through the harness with the Groth16 verifier.
func BenchmarkSubmitProveGas(b *testing.B) {
	all := loadReceipts(b)
	e := newZKEnv(b)
	ctx := context.Background()
	call := &bind.CallOpts{}
	// Reported after the timed loop: b.ResetTimer drops metrics reported before it.
	type metric struct {
		value float64
		unit  string
	}
	var metrics []metric
	report := func(value float64, unit string) { metrics = append(metrics, metric{value, unit}) }

	mock, mockAddr := e.deployMockVerifier(b)
	mockSeal := func(journal []byte) []byte {
		seal, err := mock.MockSeal(call, mockImageID, sha256.Sum256(journal))
		if err != nil {
			b.Fatal(err)
		}
		return seal
	}

	// Baseline: the real manager with the mock verifier.
	m, err := NewZK(e.Chain.Client(), e.deployManager(b, mockAddr, mockImageID, 3600, false))
	if err != nil {
		b.Fatal(err)
	}
	var mockJournal []byte
	managerMock := e.measureSubmitProve(b, m, func(l2Block uint64, root common.Hash) ([]byte, []byte) {
		journal, err := m.zk.EncodeJournal(call, checkpointRoot, new(big.Int).SetUint64(checkpointBlock), new(big.Int).SetUint64(l2Block), root)
		if err != nil {
			b.Fatal(err)
		}
		mockJournal = journal
		return journal, mockSeal(journal)
	})
	mockVerifyGas, err := e.Chain.Client().EstimateGas(ctx, verifyCall(b, mockAddr, mockSeal(mockJournal), mockImageID, mockJournal))
	if err != nil {
		b.Fatal(err)
	}
	report(float64(managerMock.first), "gas/manager-mock-first")
	report(float64(managerMock.later), "gas/manager-mock-later")
	report(float64(mockVerifyGas), "gas/verify-mock-tx")

	var timed *groth16Manager
	for i, r := range all.Receipts {
		hm := e.fixedJournalManager(b, mockAddr, mockImageID)
		harnessMock := e.measureSubmitProve(b, hm.ZK, hm.fixedProof(b, e, r.Journal, mockSeal(r.Journal)))
		hg := e.fixedJournalManager(b, e.DeployGroth16Verifier(b, r.ControlRoot, all.BN254ControlID), r.ImageID)
		harnessGroth16 := e.measureSubmitProve(b, hg.ZK, hg.fixedProof(b, e, r.Journal, r.Seal))
		// The harness's overhead is the same in both proofs (the same lookup, the same calldata), but the first
		// proof's baseline is cheap enough that its refund (five cleared alert slots, 24,000) is capped at a fifth
		// of the gas (EIP-3529), which lowers the measured first overhead by the capped part. The later proofs'
		// refunds are not capped: their overhead is the harness's own cost, and it is subtracted from both.
		overhead := harnessMock.minus(managerMock)
		managerGroth16 := harnessGroth16.minus(submitProveGas{first: overhead.later, later: overhead.later})
		if i == 0 {
			timed = hg
			verifyGas, err := e.Chain.Client().EstimateGas(ctx, verifyCall(b, hg.verifier, r.Seal, r.ImageID, r.Journal))
			if err != nil {
				b.Fatal(err)
			}
			report(float64(verifyGas), "gas/verify-groth16-tx")
		}
		b.Logf("receipt %d (%s): harness+mock %+v, harness+Groth16 %+v, overhead %+v, manager+Groth16 %+v",
			i, r.Name, harnessMock, harnessGroth16, overhead, managerGroth16)
		for _, metric := range []struct {
			name string
			gas  submitProveGas
		}{
			{"harness-mock", harnessMock}, {"harness-groth16", harnessGroth16},
			{"overhead", overhead}, {"manager-groth16", managerGroth16},
		} {
			report(float64(metric.gas.first), fmt.Sprintf("gas/%s-first-r%d", metric.name, i))
			report(float64(metric.gas.later), fmt.Sprintf("gas/%s-later-r%d", metric.name, i))
		}
		if harnessGroth16.first > submitProveGasCeiling {
			b.Errorf("receipt %s: submitProve through the harness used %d gas, above the regression ceiling of %d", r.Name, harnessGroth16.first, submitProveGasCeiling)
		}
		if managerGroth16.first > submitProveGasGoal || managerGroth16.later > submitProveGasGoal {
			b.Errorf("receipt %s: submitProve of MachZkServiceManager with Groth16 uses %+v gas, above issue 7's goal of %d", r.Name, managerGroth16, submitProveGasGoal)
		}
	}

	r := all.Receipts[0]
	proof := timed.fixedProof(b, e, r.Journal, r.Seal)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		l2Block := uint64(22 + i)
		root := common.BigToHash(new(big.Int).SetUint64(l2Block))
		if _, _, err := timed.RaiseBlockMismatch(ctx, e.operator, common.Hash{1}, root, l2Block); err != nil {
			b.Fatal(err)
		}
		journal, seal := proof(l2Block, root)
		b.StartTimer()
		e.gasOf(b, func() (common.Hash, bool, error) { return timed.SubmitProve(ctx, e.stranger, 0, journal, seal) })
	}
	b.StopTimer()
	for _, m := range metrics {
		b.ReportMetric(m.value, m.unit)
	}
}

// gasOf runs a ZK write that must send a transaction and returns the transaction's gas.
func (e *zkEnv) gasOf(b testing.TB, send func() (common.Hash, bool, error)) uint64 {
	b.Helper()
	tx, already, err := send()
	if err != nil || already {
		b.Fatalf("already %v, %v", already, err)
	}
	receipt, err := e.Chain.Client().TransactionReceipt(context.Background(), tx)
	if err != nil {
		b.Fatal(err)
	}
	return receipt.GasUsed
}

// verifyCall is a call of verify(seal, imageID, sha256(journal)) on a RISC Zero verifier.
func verifyCall(t testing.TB, verifier common.Address, seal []byte, imageID common.Hash, journal []byte) ethereum.CallMsg {
	t.Helper()
	parsed, err := risczerogroth16verifier.RiscZeroGroth16VerifierMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	data, err := parsed.Pack("verify", seal, imageID, sha256.Sum256(journal))
	if err != nil {
		t.Fatal(err)
	}
	return ethereum.CallMsg{To: &verifier, Data: data}
}
