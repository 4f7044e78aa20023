package aggregator

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	regcoord "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/RegistryCoordinator"
	mockerc20 "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockERC20"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/mach-avs/mach/avs/alert"
	"github.com/mach-avs/mach/avs/chain"
	"github.com/mach-avs/mach/avs/operator"
	"github.com/mach-avs/mach/contracts/bindings/machservicemanager"
	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/devnet/l1"
	"github.com/mach-avs/mach/internal/blsfixture"
	"github.com/mach-avs/mach/internal/ethtx"
	"github.com/mach-avs/mach/internal/kv"
)

const rollup = 901

// world is an L1 with EigenLayer M2 core, Mach deployed, and operators registered with different stakes.
type world struct {
	chain *l1.L1
	d     *deploy.Output
	keys  []*bls.KeyPair // keys[i] belongs to operator account 3+i
	owner *ethtx.Sender
}

func newWorld(t testing.TB, operators int) *world {
	t.Helper()
	ctx := context.Background()
	chain, err := l1.New(l1.Config{BlockTime: 20 * time.Millisecond, HTTPAddr: "127.0.0.1:0", Accounts: 3 + operators})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = chain.Stop(context.Background()) })
	w := &world{chain: chain, owner: newSender(t, chain.Client(), chain, 0)}
	el := chain.EigenLayer()
	w.d, err = deploy.Deploy(ctx, w.owner, deploy.Config{
		EigenLayer: deploy.EigenLayer{
			DelegationManager: el.DelegationManager, AVSDirectory: el.AVSDirectory,
			StrategyManager: el.StrategyManager, Strategy: el.ERC20MockStrategy,
		},
		AlertConfirmer:   chain.Accounts()[1].Address,
		RollupChainIDs:   []uint64{rollup},
		AllowlistEnabled: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	sm, err := machservicemanager.NewMachServiceManager(w.d.Addresses.MachServiceManager, chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	// The owner mints every operator's stake and allowlists it in one batch; then operators register one after
	// the other, in index order: the strategy mints shares at a rate that moves with each deposit, so the order
	// fixes every operator's stake and the tests' stake premises hold run after run.
	stakes := make([]*big.Int, operators)
	unit := big.NewInt(1e18) // operator i deposits i+1 tokens
	if operators > 10 {
		unit = big.NewInt(1e15) // the mock strategy caps its total deposits
	}
	var steps []ethtx.Step
	for i := range operators {
		stakes[i] = new(big.Int).Mul(big.NewInt(int64(i+1)), unit)
		addr := chain.Accounts()[3+i].Address
		kp, err := bls.NewKeyPairFromString(blsfixture.SecretKey(i).String())
		if err != nil {
			t.Fatal(err)
		}
		w.keys = append(w.keys, kp)
		token, err := mockerc20.NewContractMockERC20(el.ERC20Mock, chain.Client())
		if err != nil {
			t.Fatal(err)
		}
		amount := stakes[i]
		steps = append(steps,
			ethtx.Step{Label: "mint", Send: func(o *bind.TransactOpts) (*types.Transaction, error) { return token.Mint(o, addr, amount) }},
			ethtx.Step{Label: "allowlist", Send: func(o *bind.TransactOpts) (*types.Transaction, error) { return sm.AddToAllowlist(o, addr) }},
		)
	}
	if _, err := w.owner.Batch(ctx, steps...); err != nil {
		t.Fatal(err)
	}
	for i := range operators {
		op := newSender(t, chain.Client(), chain, 3+i)
		if err := operator.Register(ctx, op, operator.Registration{Deployment: w.d, BLS: w.keys[i], Socket: "http://127.0.0.1:1", Deposit: stakes[i]}); err != nil {
			t.Fatal(err)
		}
	}
	w.waitBlocks(t, 2) // the reference block must come after the registrations
	return w
}

func newSender(t testing.TB, backend ethtx.Backend, chain *l1.L1, account int) *ethtx.Sender {
	t.Helper()
	s, err := ethtx.New(context.Background(), backend, chain.Accounts()[account].Key, ethtx.Config{PollInterval: 10 * time.Millisecond, Timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func (w *world) waitBlocks(t testing.TB, n uint64) {
	t.Helper()
	start, err := w.chain.Client().BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "L1 blocks", func() bool {
		now, err := w.chain.Client().BlockNumber(context.Background())
		return err == nil && now >= start+n
	})
}

func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// newAggregator starts an aggregator with the alert confirmer's key on backend, persisting to store.
func (w *world) newAggregator(t testing.TB, backend *ethclient.Client, store *kv.Store) *Aggregator {
	return w.newAggregatorWith(t, backend, store, Config{RetryInterval: 50 * time.Millisecond})
}

func (w *world) newAggregatorWith(t testing.TB, backend *ethclient.Client, store *kv.Store, cfg Config) *Aggregator {
	t.Helper()
	ctx := context.Background()
	reader, err := chain.NewReader(backend, w.d)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Logger = slog.New(slog.DiscardHandler)
	agg, err := New(ctx, cfg, reader, newSender(t, backend, w.chain, 1), store)
	if err != nil {
		t.Fatal(err)
	}
	if err := agg.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = agg.Stop(context.Background()) })
	return agg
}

func sampleAlert(n uint64) alert.BlockMismatch {
	return alert.BlockMismatch{InvalidOutputRoot: common.Hash{byte(n), 1}, ExpectOutputRoot: common.Hash{byte(n), 2}, L2BlockNumber: n}
}

// sign is what a signer does: recompute the digest from the task's reference block, never trusting the task's.
func (w *world) sign(t testing.TB, info TaskInfo, op int) Signature {
	t.Helper()
	digest := alert.Digest(alert.Domain{L1ChainID: w.chain.ChainID(), ServiceManager: w.d.Addresses.MachServiceManager, RollupChainID: info.RollupChainID}, info.MessageHash, info.ReferenceBlock)
	if digest != info.Digest {
		t.Fatalf("aggregator digest %s differs from the signer's %s", info.Digest, digest)
	}
	return Signature{RollupChainID: info.RollupChainID, MessageHash: info.MessageHash, ReferenceBlock: info.ReferenceBlock,
		OperatorID: operator.OperatorID(w.keys[op]), Signature: w.keys[op].SignMessage(digest)}
}

func (w *world) contains(t testing.TB, hash common.Hash) bool {
	t.Helper()
	sm, err := machservicemanager.NewMachServiceManager(w.d.Addresses.MachServiceManager, w.chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	ok, err := sm.Contains(&bind.CallOpts{}, big.NewInt(rollup), hash)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

func TestAggregator_ThreeOfFourConfirmAlertOnRealEigenLayerM2(t *testing.T) {
	w := newWorld(t, 4)
	agg := w.newAggregator(t, w.chain.Client(), mustStore(t, ""))
	ctx := context.Background()
	a := sampleAlert(1)
	info, err := agg.OpenTask(ctx, big.NewInt(rollup), a)
	if err != nil {
		t.Fatal(err)
	}
	again, err := agg.OpenTask(ctx, big.NewInt(rollup), a)
	if err != nil || again.ReferenceBlock != info.ReferenceBlock {
		t.Fatalf("second OpenTask = %+v, %v; want the same reference block %d", again, err, info.ReferenceBlock)
	}

	// Operators 1, 2, 3 sign (about 75% of the stake: shares per token differ between deposits, so stakes are
	// what the strategy minted, read from L1); operator 0 does not.
	var p Progress
	for _, op := range []int{1, 2, 3} {
		if p, err = agg.SubmitSignature(ctx, w.sign(t, info, op)); err != nil {
			t.Fatalf("operator %d: %v", op, err)
		}
	}
	if p.State != StateSubmitting || p.SignedPercent[0] < 67 || p.SignedPercent[0] >= 100 {
		t.Fatalf("progress after 3 signers = %+v, want submitting between 67%% and 100%%", p)
	}
	waitFor(t, "confirmation", func() bool {
		i, _ := agg.Task(big.NewInt(rollup), info.MessageHash)
		return i.State == StateConfirmed
	})
	if !w.contains(t, a.MessageHash()) {
		t.Fatal("aggregator says confirmed but contains() is false")
	}
	// A late signature is verified but changes nothing.
	if p, err = agg.SubmitSignature(ctx, w.sign(t, info, 0)); err != nil || p.State != StateConfirmed {
		t.Fatalf("late signature = %+v, %v", p, err)
	}
}

func TestAggregator_RejectsBadSignaturesAndHoldsBelowThreshold(t *testing.T) {
	w := newWorld(t, 4)
	agg := w.newAggregator(t, w.chain.Client(), mustStore(t, ""))
	ctx := context.Background()
	info, err := agg.OpenTask(ctx, big.NewInt(rollup), sampleAlert(2))
	if err != nil {
		t.Fatal(err)
	}

	otherDigest := w.sign(t, info, 1)
	otherDigest.Signature = w.keys[1].SignMessage(common.Hash{0xde, 0xad})
	outsider, err := bls.NewKeyPairFromString(blsfixture.SecretKey(50).String())
	if err != nil {
		t.Fatal(err)
	}
	unregistered := w.sign(t, info, 1)
	unregistered.OperatorID = operator.OperatorID(outsider)
	unregistered.Signature = outsider.SignMessage(info.Digest)
	stolenID := w.sign(t, info, 1)
	stolenID.Signature = w.keys[2].SignMessage(info.Digest) // operator 2's signature claimed as operator 1's
	wrongRef := w.sign(t, info, 1)
	wrongRef.ReferenceBlock--
	unknown := w.sign(t, info, 1)
	unknown.MessageHash = common.Hash{7}

	tests := []struct {
		name string
		sig  Signature
		want error
	}{
		{"signature over another digest", otherDigest, ErrInvalidSignature},
		{"signature from an unregistered key", unregistered, ErrNotOperator},
		{"another operator's signature", stolenID, ErrInvalidSignature},
		{"another reference block", wrongRef, ErrReferenceBlock},
		{"unknown task", unknown, ErrUnknownTask},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := agg.SubmitSignature(ctx, tc.sig); !errors.Is(err, tc.want) {
				t.Fatalf("SubmitSignature = %v, want %v", err, tc.want)
			}
		})
	}

	// Below the threshold: operators 0 and 3 hold about 60% of the stake.
	for _, op := range []int{0, 3} {
		p, err := agg.SubmitSignature(ctx, w.sign(t, info, op))
		if err != nil {
			t.Fatal(err)
		}
		if p.SignedPercent[0] >= 67 {
			t.Fatalf("test premise broken: operators 0 and 3 hold %d%%", p.SignedPercent[0])
		}
	}
	if _, err := agg.SubmitSignature(ctx, w.sign(t, info, 3)); !errors.Is(err, ErrDuplicateSignature) {
		t.Fatalf("duplicate = %v, want ErrDuplicateSignature", err)
	}
	w.waitBlocks(t, 3)
	if got, _ := agg.Task(big.NewInt(rollup), info.MessageHash); got.State != StateOpen {
		t.Fatalf("below threshold the task is %s, want open", got.State)
	}
	if w.contains(t, info.MessageHash) {
		t.Fatal("alert confirmed below threshold")
	}
	if _, err := agg.OpenTask(ctx, big.NewInt(902), sampleAlert(2)); !errors.Is(err, ErrUnsupportedRollup) {
		t.Fatalf("unsupported rollup = %v", err)
	}
}

func TestAggregator_EjectedOperatorNoLongerCounts(t *testing.T) {
	w := newWorld(t, 4)
	ctx := context.Background()
	// The owner takes operator 3 off the allowlist and ejects it (the deployer is the ejector).
	sm, err := machservicemanager.NewMachServiceManager(w.d.Addresses.MachServiceManager, w.chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	rc, err := regcoord.NewContractRegistryCoordinator(w.d.Addresses.RegistryCoordinator, w.chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	ejected := w.chain.Accounts()[3+3].Address
	if _, err := w.owner.Do(ctx, "remove from allowlist", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return sm.RemoveFromAllowlist(o, ejected)
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.owner.Do(ctx, "eject", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return rc.EjectOperator(o, ejected, operator.Quorum0)
	}); err != nil {
		t.Fatal(err)
	}
	w.waitBlocks(t, 2)
	agg := w.newAggregator(t, w.chain.Client(), mustStore(t, ""))
	info, err := agg.OpenTask(ctx, big.NewInt(rollup), sampleAlert(3))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := agg.SubmitSignature(ctx, w.sign(t, info, 3)); !errors.Is(err, ErrNotOperator) {
		t.Fatalf("ejected operator's signature = %v, want ErrNotOperator", err)
	}
	// Of the remaining stake, operators 0 and 1 hold about half; operator 2 brings it to 100%.
	for _, op := range []int{0, 1, 2} {
		p, err := agg.SubmitSignature(ctx, w.sign(t, info, op))
		if err != nil {
			t.Fatal(err)
		}
		if op == 2 && p.SignedPercent[0] != 100 {
			t.Fatalf("all remaining operators signed %d%%: the ejected operator's stake still counts", p.SignedPercent[0])
		}
	}
	waitFor(t, "confirmation", func() bool { return w.contains(t, info.MessageHash) })
}

func TestAggregator_RestartMidTaskNeitherLosesNorDoubleSubmits(t *testing.T) {
	w := newWorld(t, 4)
	ctx := context.Background()
	dir := t.TempDir()
	store := mustStore(t, dir)
	agg := w.newAggregator(t, w.chain.Client(), store)
	a := sampleAlert(4)
	info, err := agg.OpenTask(ctx, big.NewInt(rollup), a)
	if err != nil {
		t.Fatal(err)
	}
	for _, op := range []int{2, 3} {
		if _, err := agg.SubmitSignature(ctx, w.sign(t, info, op)); err != nil {
			t.Fatal(err)
		}
	}
	if err := agg.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}

	confirmer := w.chain.Accounts()[1].Address
	nonceBefore, err := w.chain.Client().NonceAt(ctx, confirmer, nil)
	if err != nil {
		t.Fatal(err)
	}
	store2 := mustStore(t, dir)
	agg2 := w.newAggregator(t, w.chain.Client(), store2)
	got, ok := agg2.Task(big.NewInt(rollup), info.MessageHash)
	if !ok || got.ReferenceBlock != info.ReferenceBlock || got.State != StateOpen {
		t.Fatalf("after restart the task is %+v (found %v)", got, ok)
	}
	if _, err := agg2.SubmitSignature(ctx, w.sign(t, info, 3)); !errors.Is(err, ErrDuplicateSignature) {
		t.Fatalf("signature from before the restart was lost: %v", err)
	}
	if _, err := agg2.SubmitSignature(ctx, w.sign(t, info, 1)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "confirmation", func() bool {
		i, _ := agg2.Task(big.NewInt(rollup), info.MessageHash)
		return i.State == StateConfirmed
	})
	if err := agg2.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if err := store2.Close(); err != nil {
		t.Fatal(err)
	}
	// A third start finds the task confirmed and sends nothing.
	agg3 := w.newAggregator(t, w.chain.Client(), mustStore(t, dir))
	w.waitBlocks(t, 3)
	if i, _ := agg3.Task(big.NewInt(rollup), info.MessageHash); i.State != StateConfirmed {
		t.Fatalf("third start: task %s", i.State)
	}
	nonceAfter, err := w.chain.Client().NonceAt(ctx, confirmer, nil)
	if err != nil {
		t.Fatal(err)
	}
	if nonceAfter-nonceBefore != 1 {
		t.Fatalf("the alert confirmer sent %d transactions across restarts, want exactly 1", nonceAfter-nonceBefore)
	}
}

func TestAggregator_RetriesThroughL1OutageThenConfirms(t *testing.T) {
	w := newWorld(t, 4)
	ctx := context.Background()
	// The aggregator reaches L1 through a proxy that can be switched off.
	var down atomic.Bool
	target, err := url.Parse(w.chain.URL())
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target)
	front := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if down.Load() {
			http.Error(rw, "L1 down", http.StatusServiceUnavailable)
			return
		}
		proxy.ServeHTTP(rw, r)
	}))
	t.Cleanup(front.Close)
	client, err := ethclient.DialContext(ctx, front.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	agg := w.newAggregator(t, client, mustStore(t, ""))
	info, err := agg.OpenTask(ctx, big.NewInt(rollup), sampleAlert(5))
	if err != nil {
		t.Fatal(err)
	}
	down.Store(true)
	for _, op := range []int{1, 2, 3} {
		if _, err := agg.SubmitSignature(ctx, w.sign(t, info, op)); err != nil {
			t.Fatal(err)
		}
	}
	w.waitBlocks(t, 5) // several retry rounds fail while L1 is unreachable
	if w.contains(t, info.MessageHash) {
		t.Fatal("confirmed while L1 was unreachable?")
	}
	down.Store(false)
	waitFor(t, "confirmation after the outage", func() bool { return w.contains(t, info.MessageHash) })
}

func mustStore(t testing.TB, dir string) *kv.Store {
	t.Helper()
	s, err := kv.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func TestAggregator_ExpiredTaskReopensWithAFreshReferenceBlock(t *testing.T) {
	w := newWorld(t, 4)
	ctx := context.Background()
	sm, err := machservicemanager.NewMachServiceManager(w.d.Addresses.MachServiceManager, w.chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.owner.Do(ctx, "shorten max reference block age", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return sm.SetMaxReferenceBlockAge(o, 30) // 0.6 s of 20 ms blocks: enough to confirm, short to wait out
	}); err != nil {
		t.Fatal(err)
	}
	agg := w.newAggregator(t, w.chain.Client(), mustStore(t, ""))
	a := sampleAlert(7)
	old, err := agg.OpenTask(ctx, big.NewInt(rollup), a)
	if err != nil {
		t.Fatal(err)
	}
	w.waitBlocks(t, 32) // the reference block is now too old to confirm
	for _, op := range []int{1, 2, 3} {
		if _, err := agg.SubmitSignature(ctx, w.sign(t, old, op)); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "expiry", func() bool {
		i, _ := agg.Task(big.NewInt(rollup), old.MessageHash)
		return i.State == StateExpired
	})
	fresh, err := agg.OpenTask(ctx, big.NewInt(rollup), a)
	if err != nil {
		t.Fatal(err)
	}
	if fresh.ReferenceBlock <= old.ReferenceBlock || fresh.State != StateOpen {
		t.Fatalf("reopened task %+v, old reference block %d", fresh, old.ReferenceBlock)
	}
	for _, op := range []int{1, 2, 3} {
		if _, err := agg.SubmitSignature(ctx, w.sign(t, fresh, op)); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "confirmation", func() bool { return w.contains(t, a.MessageHash()) })
}
