package alertstate

import (
	"context"
	"crypto/sha256"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mach-avs/mach/avs/alert"
	"github.com/mach-avs/mach/contracts/bindings/machzkservicemanager"
	"github.com/mach-avs/mach/contracts/bindings/risczeromockverifier"
	"github.com/mach-avs/mach/contracts/bindings/transparentupgradeableproxy"
	"github.com/mach-avs/mach/internal/ethtx"
)

// The output the constant oracle reports at every index: the checkpoint proofs start from.
var (
	oracleRoot  = common.HexToHash("0x00000000000000000000000000000000000000000000000000000000c0ffee00")
	oracleBlock = uint64(50)
)

// constantOracleCode is init code for a contract that answers every call with abi.encode(oracleRoot, 1,
// oracleBlock): getL2Output(i) is that output for any i, latestOutputIndex() is oracleRoot read as a number (so
// index 0 exists). The repository has no Go binding of an L2OutputOracle, and the ZK manager reads only these two
// functions.
func constantOracleCode() []byte {
	runtime := append([]byte{0x7f}, oracleRoot[:]...)                    // PUSH32 root
	runtime = append(runtime, 0x60, 0x00, 0x52)                          // PUSH1 0 MSTORE
	runtime = append(runtime, 0x60, 0x01, 0x60, 0x20, 0x52)              // timestamp 1 at 0x20
	runtime = append(runtime, 0x60, byte(oracleBlock), 0x60, 0x40, 0x52) // l2BlockNumber at 0x40
	runtime = append(runtime, 0x60, 0x60, 0x60, 0x00, 0xf3)              // RETURN(0, 0x60)
	n := byte(len(runtime))
	// PUSH1 n DUP1 PUSH1 11 PUSH1 0 CODECOPY PUSH1 0 RETURN: copy the runtime (after these 11 bytes) and return it.
	return append([]byte{0x60, n, 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}, runtime...)
}

// zkManager is a MachZkServiceManager behind a transparent proxy, with the RISC Zero mock verifier.
type zkManager struct {
	addr     common.Address
	zk       *machzkservicemanager.MachZkServiceManager
	verifier *risczeromockverifier.RiscZeroMockVerifier
	imageID  [32]byte
}

// deployZK deploys a ZK manager for rollup with the owner as its only allowlisted operator.
func (w *world) deployZK(t *testing.T, rollup uint64, proveWindow uint64) *zkManager {
	t.Helper()
	ctx := context.Background()
	backend := w.chain.Client()
	var verifier, oracle, impl common.Address
	if _, err := w.owner.Batch(ctx,
		ethtx.Step{Label: "mock verifier", Send: func(o *bind.TransactOpts) (*types.Transaction, error) {
			addr, tx, _, err := risczeromockverifier.DeployRiscZeroMockVerifier(o, backend, [4]byte{0xde, 0xad, 0xbe, 0xef})
			verifier = addr
			return tx, err
		}},
		ethtx.Step{Label: "oracle", Send: func(o *bind.TransactOpts) (*types.Transaction, error) {
			addr, tx, _, err := bind.DeployContract(o, abi.ABI{}, constantOracleCode(), backend)
			oracle = addr
			return tx, err
		}},
		ethtx.Step{Label: "ZK manager implementation", Send: func(o *bind.TransactOpts) (*types.Transaction, error) {
			addr, tx, _, err := machzkservicemanager.DeployMachZkServiceManager(o, backend)
			impl = addr
			return tx, err
		}},
	); err != nil {
		t.Fatal(err)
	}
	z := &zkManager{imageID: [32]byte{0x1d}}
	parsed, err := machzkservicemanager.MachZkServiceManagerMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	owner := w.owner.From()
	init, err := parsed.Pack("initialize", machzkservicemanager.MachZkServiceManagerInitParams{
		Owner: owner, Whitelister: owner, PauserRegistry: w.d.Addresses.PauserRegistry, InitialPausedStatus: new(big.Int),
		RollupChainID: new(big.Int).SetUint64(rollup), L2OutputOracle: oracle, Verifier: verifier, ImageId: z.imageID,
		ProveWindow: proveWindow, Allowlist: []common.Address{owner},
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.owner.Do(ctx, "ZK manager proxy", func(o *bind.TransactOpts) (*types.Transaction, error) {
		addr, tx, _, err := transparentupgradeableproxy.DeployTransparentUpgradeableProxy(o, backend, impl, owner, init)
		z.addr = addr
		return tx, err
	}); err != nil {
		t.Fatal(err)
	}
	if z.zk, err = machzkservicemanager.NewMachZkServiceManager(z.addr, backend); err != nil {
		t.Fatal(err)
	}
	if z.verifier, err = risczeromockverifier.NewRiscZeroMockVerifier(verifier, backend); err != nil {
		t.Fatal(err)
	}
	return z
}

// raise posts an early alert that block l2's output root is expect, not invalid; it returns the receipt.
func (w *world) raise(t *testing.T, z *zkManager, a alert.BlockMismatch) *types.Receipt {
	t.Helper()
	r, err := w.owner.Do(context.Background(), "alertBlockMismatch", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return z.zk.AlertBlockMismatch(o, a.InvalidOutputRoot, a.ExpectOutputRoot, new(big.Int).SetUint64(a.L2BlockNumber))
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// prove settles the pending alert a with a mock-verifier proof from the oracle's checkpoint.
func (w *world) prove(t *testing.T, z *zkManager, a alert.BlockMismatch) *types.Receipt {
	t.Helper()
	call := &bind.CallOpts{}
	journal, err := z.zk.EncodeJournal(call, oracleRoot, new(big.Int).SetUint64(oracleBlock), new(big.Int).SetUint64(a.L2BlockNumber), a.ExpectOutputRoot)
	if err != nil {
		t.Fatal(err)
	}
	seal, err := z.verifier.MockSeal(call, z.imageID, sha256.Sum256(journal))
	if err != nil {
		t.Fatal(err)
	}
	r, err := w.owner.Do(context.Background(), "submitProve", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return z.zk.SubmitProve(o, new(big.Int), journal, seal)
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestWatcher_ZkEarlyThenProvedThenClearedWithBLSAlongside(t *testing.T) {
	w := newWorld(t)
	z := w.deployZK(t, rollupA, 1<<40)
	wt := w.newWatcher(t, w.chain.Client(), Config{ZkServiceManager: z.addr})
	if l := wt.Snapshot().Level(rollupA); l != None {
		t.Fatalf("initial level %s", l)
	}

	early := alert.BlockMismatch{InvalidOutputRoot: common.Hash{1}, ExpectOutputRoot: common.Hash{2}, L2BlockNumber: 100}
	raised := w.raise(t, z, early)
	s := waitSnapshot(t, wt, "early alert", func(s *Snapshot) bool { return s.Level(rollupA) == Early })
	want := Alert{MessageHash: early.MessageHash(), Level: Early, L1TxHash: raised.TxHash, L1Block: raised.BlockNumber.Uint64(),
		L2BlockNumber: 100, Source: SourceZK}
	if r, _ := s.Rollup(rollupA); len(r.Alerts) != 1 || !same(r.Alerts[0], want) {
		t.Fatalf("alerts = %+v, want [%+v]", r.Alerts, want)
	}

	proved := w.prove(t, z, early)
	s = waitSnapshot(t, wt, "proved alert", func(s *Snapshot) bool { return s.Level(rollupA) == Proved })
	want = Alert{MessageHash: early.MessageHash(), Level: Proved, L1TxHash: proved.TxHash, L1Block: proved.BlockNumber.Uint64(),
		L2BlockNumber: 100, Source: SourceZK}
	if r, _ := s.Rollup(rollupA); len(r.Alerts) != 1 || !same(r.Alerts[0], want) {
		t.Fatalf("alerts = %+v, want [%+v]", r.Alerts, want)
	}

	// A BLS confirmation on the same rollup is listed too; the level stays the strongest.
	c := w.confirm(t, rollupA, sampleAlert(7))
	s = waitSnapshot(t, wt, "BLS alert beside the proof", func(s *Snapshot) bool { _, ok := findAlert(s, rollupA, c.hash); return ok })
	if r, _ := s.Rollup(rollupA); r.Level != Proved || len(r.Alerts) != 2 || r.Alerts[0].Source != SourceBLS || !same(r.Alerts[1], want) {
		t.Fatalf("rollup = %+v, want Proved with the BLS alert then the proved one", r)
	}

	// A restarted watcher still knows the proof (level from the views, the alert from the lookback's events).
	again := w.newWatcher(t, w.chain.Client(), Config{ZkServiceManager: z.addr})
	if r, _ := again.Snapshot().Rollup(rollupA); r.Level != Proved || len(r.Alerts) != 2 || !same(r.Alerts[1], want) {
		t.Fatalf("restarted watcher: %+v", r)
	}

	if _, err := w.owner.Do(context.Background(), "clearProvedAlerts", z.zk.ClearProvedAlerts); err != nil {
		t.Fatal(err)
	}
	s = waitSnapshot(t, wt, "cleared proof", func(s *Snapshot) bool { return s.Level(rollupA) == Confirmed })
	if r, _ := s.Rollup(rollupA); len(r.Alerts) != 1 || r.Alerts[0].MessageHash != c.hash {
		t.Fatalf("after clearProvedAlerts: %+v, want only the BLS alert", r.Alerts)
	}
}

func TestWatcher_ZkEarlyAlertExpiresWithoutAnEvent(t *testing.T) {
	w := newWorld(t)
	// Test blocks come every 50ms but their timestamps advance a second each: 20s is about 20 blocks.
	z := w.deployZK(t, rollupB, 20)
	metrics := &countingMetrics{}
	wt := w.newWatcher(t, w.chain.Client(), Config{ZkServiceManager: z.addr, Metrics: metrics, ReconcileInterval: time.Hour})

	a := alert.BlockMismatch{InvalidOutputRoot: common.Hash{3}, ExpectOutputRoot: common.Hash{4}, L2BlockNumber: 200}
	w.raise(t, z, a)
	waitSnapshot(t, wt, "early alert", func(s *Snapshot) bool { return s.Level(rollupB) == Early })
	s := waitSnapshot(t, wt, "expiry", func(s *Snapshot) bool { return s.Level(rollupB) == None })
	if r, _ := s.Rollup(rollupB); len(r.Alerts) != 0 {
		t.Fatalf("expired alert still listed: %+v", r.Alerts)
	}
	p, err := z.zk.PendingAlert(&bind.CallOpts{})
	if err != nil || p.Submitter == (common.Address{}) {
		t.Fatalf("pending alert = %+v, %v; the alert expired, it was not removed", p, err)
	}
	if metrics.driftOf(rollupB) != 0 {
		t.Fatal("expiry was found by reconciliation, not by following the early alert")
	}
}

func TestWatcher_LinkedZkManagerCountsWithoutBeingConfigured(t *testing.T) {
	w := newWorld(t)
	z := w.deployZK(t, rollupB, 1<<40)
	if _, err := w.owner.Do(context.Background(), "setZkServiceManager", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return w.sm.SetZkServiceManager(o, big.NewInt(rollupB), z.addr)
	}); err != nil {
		t.Fatal(err)
	}
	metrics := &countingMetrics{}
	wt := w.newWatcher(t, w.chain.Client(), Config{Metrics: metrics, ReconcileInterval: time.Hour})

	w.raise(t, z, alert.BlockMismatch{InvalidOutputRoot: common.Hash{5}, ExpectOutputRoot: common.Hash{6}, L2BlockNumber: 300})
	s := waitSnapshot(t, wt, "early level through MachServiceManager.alertLevel", func(s *Snapshot) bool { return s.Level(rollupB) == Early })
	if r, _ := s.Rollup(rollupB); len(r.Alerts) != 0 {
		t.Fatalf("alerts of an unconfigured ZK manager listed: %+v", r.Alerts)
	}
	if metrics.driftOf(rollupB) != 0 {
		t.Fatal("the level came from reconciliation, not from following the linked rollup")
	}
}
