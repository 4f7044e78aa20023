package prover_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/mach-avs/mach/avs/chain"
	"github.com/mach-avs/mach/internal/ethtx"
	"github.com/mach-avs/mach/internal/provertest"
	"github.com/mach-avs/mach/internal/zkfixture"
	"github.com/mach-avs/mach/prover"
	"github.com/mach-avs/mach/prover/dev"
	"github.com/mach-avs/mach/prover/risc0"
)

// zkWorld is the zkfixture L1 with a RISC Zero mock verifier and a MachZkServiceManager for rollup 901. The
// oracle holds two outputs: index 0 (block 10) is the job's checkpoint, index 1 (block 20) a lie whose correct root
// is worldGoodRoot. Account 0 owns everything, 1 proposes outputs, 2 is the allowlisted alerter, 3 the prover's
// submitter.
type zkWorld struct {
	*zkfixture.Env
	alerter  *ethtx.Sender
	submit   *ethtx.Sender
	zk       *chain.ZK
	verifier common.Address
	job      prover.Job
}

const worldRollup = 901

var (
	worldSelector = [4]byte{0x4d, 0x41, 0x43, 0x48}
	worldImageID  = crypto.Keccak256Hash([]byte("prover l1 test guest"))
	worldBadRoot  = common.HexToHash("0xbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbad0")
	worldGoodRoot = common.HexToHash("0x600d600d600d600d600d600d600d600d600d600d600d600d600d600d600d6000")
)

// worldJob is the job proving that block 20 of rollup 901 has goodRoot (the oracle's output 1 lies), from a
// checkpoint at block 10 (output 0), with blocks 11…20 as input.
func worldJob(t testing.TB) prover.Job {
	t.Helper()
	return provertest.OracleJob(t, worldRollup, worldBadRoot, worldGoodRoot)
}

func newZKWorld(t testing.TB) *zkWorld {
	t.Helper()
	job := worldJob(t)
	f := zkfixture.New(t, zkfixture.Config{Accounts: 4, Proposer: 1, Outputs: []zkfixture.Output{
		{Root: job.Checkpoint.OutputRoot, L2Block: 10}, {Root: worldBadRoot, L2Block: 20},
	}})
	w := &zkWorld{Env: f, alerter: f.Sender(t, 2), submit: f.Sender(t, 3), job: job}
	w.verifier = f.DeployMockVerifier(t, worldSelector)
	manager := f.DeployManager(t, zkfixture.ManagerConfig{Verifier: w.verifier, ImageID: worldImageID, ProveWindow: 3600,
		Allowlist: []common.Address{w.alerter.From()}, RollupChainID: worldRollup})
	z, err := chain.NewZK(f.Chain.Client(), manager)
	if err != nil {
		t.Fatal(err)
	}
	w.zk = z
	return w
}

// raise posts the early alert the world's job proves.
func (w *zkWorld) raise(t testing.TB) {
	t.Helper()
	if _, _, err := w.zk.RaiseOracleMismatch(context.Background(), w.alerter, 1, worldGoodRoot); err != nil {
		t.Fatal(err)
	}
}

// devProof is the dev backend's proof of j.
func devProof(t testing.TB, j prover.Job) prover.Proof {
	t.Helper()
	b, err := dev.New(dev.Config{L1ChainID: 31337, Selector: worldSelector, ImageID: worldImageID})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	session, err := b.Submit(ctx, j)
	if err != nil {
		t.Fatal(err)
	}
	r, err := b.Status(ctx, session)
	if err != nil || r.State != prover.StateSucceeded || r.Proof == nil {
		t.Fatalf("dev backend: %+v, %v", r, err)
	}
	return *r.Proof
}

func (w *zkWorld) nonce(t testing.TB) uint64 {
	t.Helper()
	return w.Nonce(t, w.submit.From())
}

func TestL1Submitter_ProvesOnceAndAgainIsSuccessWithoutATransaction(t *testing.T) {
	w := newZKWorld(t)
	w.raise(t)
	ctx := context.Background()
	sub, err := prover.NewL1Submitter(w.zk, w.submit)
	if err != nil {
		t.Fatal(err)
	}
	if sub.From() != w.submit.From() {
		t.Fatalf("From = %s", sub.From())
	}
	p := devProof(t, w.job)
	tx, err := sub.Submit(ctx, w.job, p)
	if err != nil || tx == (common.Hash{}) {
		t.Fatalf("Submit: tx %s, %v", tx, err)
	}
	if r, err := w.Chain.Client().TransactionReceipt(ctx, tx); err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("receipt of %s: %+v, %v", tx, r, err)
	}
	if l, err := w.zk.Level(ctx, worldRollup); err != nil || l != chain.LevelProved {
		t.Fatalf("level = %s, %v; want proved", l, err)
	}
	if root, err := w.zk.ProvedRoot(ctx, 20); err != nil || root != worldGoodRoot {
		t.Fatalf("proved root of block 20 = %s, %v", root, err)
	}

	before := w.nonce(t)
	tx, err = sub.Submit(ctx, w.job, p)
	if err != nil || tx != (common.Hash{}) {
		t.Fatalf("Submit again: tx %s, %v; want success with the zero hash", tx, err)
	}
	if n := w.nonce(t); n != before {
		t.Fatalf("Submit of a proved alert sent %d transaction(s)", n-before)
	}
}

func TestL1Submitter_RefusalsArePermanentAndNetworkErrorsAreNot(t *testing.T) {
	w := newZKWorld(t)
	ctx := context.Background()
	sub, err := prover.NewL1Submitter(w.zk, w.submit)
	if err != nil {
		t.Fatal(err)
	}
	p := devProof(t, w.job)
	before := w.nonce(t)
	if _, err := sub.Submit(ctx, w.job, p); !prover.IsPermanent(err) || !errors.Is(err, chain.ErrNoPendingAlert) {
		t.Fatalf("with no alert pending: %v; want permanent ErrNoPendingAlert", err)
	}
	if n := w.nonce(t); n != before {
		t.Fatalf("Submit with no alert sent %d transaction(s)", n-before)
	}
	w.raise(t)

	// A journal for another root, with a seal the mock verifier accepts for it.
	wrong := w.job.ExpectedJournal()
	wrong.OutputRoot = common.HexToHash("0x77")
	wrongJournal := prover.EncodeJournal(wrong)
	badSeal := append([]byte{}, p.Seal...)
	badSeal[len(badSeal)-1] ^= 1
	otherCheckpoint := w.job
	otherCheckpoint.Checkpoint.OutputIndex = 1 // the lie
	for _, c := range []struct {
		name  string
		job   prover.Job
		proof prover.Proof
		kind  error
	}{
		{"journal of another root", w.job, prover.Proof{Journal: wrongJournal, Seal: risc0.MockSeal(worldSelector, worldImageID, sha256.Sum256(wrongJournal))}, chain.ErrJournalMismatch},
		{"seal of another claim", w.job, prover.Proof{Journal: p.Journal, Seal: badSeal}, chain.ErrProofRejected},
		{"seal for another verifier", w.job, prover.Proof{Journal: p.Journal, Seal: append([]byte{1, 2, 3, 4}, p.Seal[4:]...)}, chain.ErrProofRejected},
		{"checkpoint L1 did not accept", otherCheckpoint, p, chain.ErrCheckpointNotAccepted},
	} {
		tx, err := sub.Submit(ctx, c.job, c.proof)
		if !prover.IsPermanent(err) || !errors.Is(err, c.kind) || tx != (common.Hash{}) {
			t.Errorf("%s: tx %s, %v; want permanent %v", c.name, tx, err, c.kind)
		}
	}
	if l, err := w.zk.Level(ctx, worldRollup); err != nil || l != chain.LevelEarly {
		t.Fatalf("level = %s, %v; want still early", l, err)
	}

	// An L1 that does not answer is retried, not a failed job.
	down, err := ethclient.Dial("http://127.0.0.1:1")
	if err != nil {
		t.Fatal(err)
	}
	defer down.Close()
	zkDown, err := chain.NewZK(down, w.zk.Address())
	if err != nil {
		t.Fatal(err)
	}
	subDown, err := prover.NewL1Submitter(zkDown, w.submit)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := subDown.Submit(ctx, w.job, p); err == nil || prover.IsPermanent(err) {
		t.Fatalf("with the L1 down: %v; want a transient error", err)
	}
}

func TestNewL1Submitter_RefusesMissingDependencies(t *testing.T) {
	if _, err := prover.NewL1Submitter(nil, nil); err == nil {
		t.Fatal("NewL1Submitter(nil, nil) succeeded")
	}
}

func TestReadL1Settings_ReadsTheManagerAndItsVerifier(t *testing.T) {
	w := newZKWorld(t)
	ctx := context.Background()
	s, err := prover.ReadL1Settings(ctx, w.Chain.Client(), w.zk)
	if err != nil {
		t.Fatal(err)
	}
	want := prover.L1Settings{L1ChainID: 31337, Manager: w.zk.Address(), RollupChainID: worldRollup, ImageID: worldImageID,
		Verifier: w.verifier, Selector: worldSelector,
		NoGroth16: "the verifier is not a RISC Zero Groth16 verifier (no CONTROL_ROOT_0, CONTROL_ROOT_1, BN254_CONTROL_ID)"}
	if s != want {
		t.Fatalf("settings %+v\nwant %+v", s, want)
	}

	// A manager with the real Groth16 verifier of each release of the shared receipts: its parameters are read
	// back, so that the prover checks a seal in Go as the verifier will (here: the real receipt passes).
	fx, err := risc0.LoadFixtures("../../shared/testdata/risc0/groth16-receipts.json")
	if err != nil {
		t.Fatalf("RISC Zero receipts (expected at /work/shared/testdata/risc0/groth16-receipts.json): %v", err)
	}
	for _, r := range fx.Receipts {
		verifier := w.DeployGroth16Verifier(t, r.ControlRoot, fx.BN254ControlID)
		manager := w.DeployManager(t, zkfixture.ManagerConfig{Verifier: verifier, ImageID: r.ImageID, ProveWindow: 3600, RollupChainID: worldRollup})
		z, err := chain.NewZK(w.Chain.Client(), manager)
		if err != nil {
			t.Fatal(err)
		}
		s, err := prover.ReadL1Settings(ctx, w.Chain.Client(), z)
		if err != nil {
			t.Fatal(err)
		}
		if s.Groth16 == nil || *s.Groth16 != r.Params(fx) || s.NoGroth16 != "" || s.Selector != r.Selector {
			t.Fatalf("%s: Groth16 %+v (%s), selector 0x%x; want the release's parameters, selector 0x%x", r.Name, s.Groth16, s.NoGroth16, s.Selector, r.Selector)
		}
		if err := risc0.VerifySeal(r.Seal, r.ImageID, sha256.Sum256(r.Journal), *s.Groth16); err != nil {
			t.Fatalf("%s: the real receipt under the parameters read from L1: %v", r.Name, err)
		}
	}

	// An address without code: the error names the key to fix.
	empty, err := chain.NewZK(w.Chain.Client(), common.HexToAddress("0x1234"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := prover.ReadL1Settings(ctx, w.Chain.Client(), empty); err == nil || !strings.Contains(err.Error(), "zk_service_manager 0x0000000000000000000000000000000000001234 has no code") {
		t.Fatalf("manager without code: %v", err)
	}
	// A contract that is not a ZK manager (the verifier itself).
	notManager, err := chain.NewZK(w.Chain.Client(), w.verifier)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := prover.ReadL1Settings(ctx, w.Chain.Client(), notManager); err == nil || !strings.Contains(err.Error(), "is it a MachZkServiceManager?") {
		t.Fatalf("verifier as manager: %v", err)
	}
}
