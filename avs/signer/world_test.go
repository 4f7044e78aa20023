package signer

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mach-avs/mach/avs/alert"
	"github.com/mach-avs/mach/avs/chain"
	"github.com/mach-avs/mach/avs/operator"
	"github.com/mach-avs/mach/contracts/bindings/machservicemanager"
	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/devnet/l1"
	"github.com/mach-avs/mach/internal/blsfixture"
	"github.com/mach-avs/mach/internal/devtoken"
	"github.com/mach-avs/mach/internal/ethtx"
)

const (
	rollup = 901
	// maxAge is the world's maxReferenceBlockAge: 3 s of 20 ms blocks, plenty for a confirmation, yet reached
	// soon enough for a test of too old reference blocks.
	maxAge = 150
)

// world is an L1 with EigenLayer M2 core, Mach deployed with an allowlist, and operators registered with stakes
// of 1, 2, 3, 4 tokens (as avs/aggregator's tests build it). Building it takes seconds, so the package's tests
// share one, built by the first test that needs it; each test uses its own alerts.
type world struct {
	chain  *l1.L1
	d      *deploy.Output
	reader *chain.Reader
	keys   []*bls.KeyPair // keys[i] belongs to operator account 3+i
}

const operators = 4

var (
	worldOnce sync.Once
	shared    *world
	worldErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if shared != nil {
		// Bounded: if the L1's block producer is stuck, the failing test has said so already.
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		_ = shared.chain.Stop(ctx)
		cancel()
	}
	os.Exit(code)
}

func sharedWorld(t testing.TB) *world {
	t.Helper()
	worldOnce.Do(func() { shared, worldErr = buildWorld() })
	if worldErr != nil {
		t.Fatalf("build the L1 world: %v", worldErr)
	}
	return shared
}

func buildWorld() (*world, error) {
	ctx := context.Background()
	c, err := l1.New(l1.Config{BlockTime: 20 * time.Millisecond, HTTPAddr: "127.0.0.1:0", Accounts: 3 + operators, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		return nil, err
	}
	w := &world{chain: c}
	ok := false
	defer func() {
		if !ok {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			_ = c.Stop(ctx)
			cancel()
		}
	}()
	owner, err := w.sender(0)
	if err != nil {
		return nil, err
	}
	el := c.EigenLayer()
	w.d, err = deploy.Deploy(ctx, owner, deploy.Config{
		EigenLayer: deploy.EigenLayer{
			DelegationManager: el.DelegationManager, AVSDirectory: el.AVSDirectory,
			StrategyManager: el.StrategyManager, Strategy: el.ERC20MockStrategy,
		},
		AlertConfirmer:       c.Accounts()[1].Address,
		RollupChainIDs:       []uint64{rollup},
		AllowlistEnabled:     true,
		MaxReferenceBlockAge: maxAge,
	})
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	sm, err := machservicemanager.NewMachServiceManager(w.d.Addresses.MachServiceManager, c.Client())
	if err != nil {
		return nil, err
	}
	for i := range operators {
		op, err := w.sender(3 + i)
		if err != nil {
			return nil, err
		}
		kp, err := bls.NewKeyPairFromString(blsfixture.SecretKey(i).String())
		if err != nil {
			return nil, err
		}
		w.keys = append(w.keys, kp)
		stake := new(big.Int).Mul(big.NewInt(int64(i+1)), big.NewInt(1e18))
		if err := devtoken.Mint(ctx, owner, el.ERC20Mock, op.From(), stake); err != nil {
			return nil, err
		}
		if _, err := owner.Do(ctx, "allowlist", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return sm.AddToAllowlist(o, op.From())
		}); err != nil {
			return nil, err
		}
		if err := operator.Register(ctx, op, operator.Registration{Deployment: w.d, BLS: kp, Socket: "http://127.0.0.1:1", Deposit: stake}); err != nil {
			return nil, fmt.Errorf("register operator %d: %w", i, err)
		}
	}
	if w.reader, err = chain.NewReader(c.Client(), w.d); err != nil {
		return nil, err
	}
	// The reference block must come after the registrations.
	start, err := c.Client().BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	if err := waitUntil(30*time.Second, func() bool {
		n, err := c.Client().BlockNumber(ctx)
		return err == nil && n >= start+2
	}); err != nil {
		return nil, err
	}
	ok = true
	return w, nil
}

func (w *world) sender(account int) (*ethtx.Sender, error) {
	return ethtx.New(context.Background(), w.chain.Client(), w.chain.Accounts()[account].Key, ethtx.Config{PollInterval: 10 * time.Millisecond, Timeout: time.Minute})
}

func (w *world) head(t testing.TB) uint64 {
	t.Helper()
	n, err := w.chain.Client().BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func (w *world) domain(rollupChainID *big.Int) alert.Domain {
	return alert.Domain{L1ChainID: w.chain.ChainID(), ServiceManager: w.d.Addresses.MachServiceManager, RollupChainID: rollupChainID}
}

func (w *world) contains(t testing.TB, hash common.Hash) bool {
	t.Helper()
	ok, err := w.reader.Contains(context.Background(), big.NewInt(rollup), hash)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

// waitUntil polls cond until it holds or d passes.
func waitUntil(d time.Duration, cond func() bool) error {
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			return fmt.Errorf("condition not met within %s", d)
		}
		time.Sleep(10 * time.Millisecond)
	}
	return nil
}

func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	if err := waitUntil(30*time.Second, cond); err != nil {
		t.Fatalf("waiting for %s: %v", what, err)
	}
}
