package operator

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mach-avs/mach/contracts/bindings/machservicemanager"
	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/devnet/l1"
	"github.com/mach-avs/mach/internal/blsfixture"
	"github.com/mach-avs/mach/internal/devtoken"
	"github.com/mach-avs/mach/internal/ethtx"
)

func setup(t *testing.T) (*l1.L1, *deploy.Output) {
	t.Helper()
	chain, err := l1.New(l1.Config{BlockTime: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = chain.Stop(context.Background()) })
	el := chain.EigenLayer()
	out, err := deploy.Deploy(context.Background(), sender(t, chain, 0), deploy.Config{
		EigenLayer: deploy.EigenLayer{
			DelegationManager: el.DelegationManager, AVSDirectory: el.AVSDirectory,
			StrategyManager: el.StrategyManager, Strategy: el.ERC20MockStrategy,
		},
		RollupChainIDs:   []uint64{901},
		AllowlistEnabled: true,
		MinimumStake:     big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	return chain, out
}

func sender(t *testing.T, chain *l1.L1, i int) *ethtx.Sender {
	t.Helper()
	s, err := ethtx.New(context.Background(), chain.Client(), chain.Accounts()[i].Key, ethtx.Config{PollInterval: 10 * time.Millisecond, Timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func blsKey(t *testing.T, i int) *bls.KeyPair {
	t.Helper()
	kp, err := bls.NewKeyPairFromString(blsfixture.SecretKey(i).String())
	if err != nil {
		t.Fatal(err)
	}
	return kp
}

func TestRegister_AllowlistedOperatorJoinsQuorumWithItsStake(t *testing.T) {
	chain, d := setup(t)
	ctx := context.Background()
	owner := sender(t, chain, 0)
	op := sender(t, chain, 3)
	kp := blsKey(t, 3)
	stake := big.NewInt(5e18)
	if err := devtoken.Mint(ctx, owner, chain.EigenLayer().ERC20Mock, op.From(), stake); err != nil {
		t.Fatal(err)
	}
	reg := Registration{Deployment: d, BLS: kp, Socket: "http://127.0.0.1:9001", Deposit: stake}

	if err := Register(ctx, op, reg); !errors.Is(err, ErrNotAllowlisted) {
		t.Fatalf("Register off the allowlist = %v, want ErrNotAllowlisted", err)
	}
	sm, err := machservicemanager.NewMachServiceManager(d.Addresses.MachServiceManager, chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := owner.Do(ctx, "allowlist", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return sm.AddToAllowlist(o, op.From())
	}); err != nil {
		t.Fatal(err)
	}
	reg.Deposit = nil // the first attempt already deposited before the allowlist check
	if err := Register(ctx, op, reg); err != nil {
		t.Fatal(err)
	}
	st, err := ReadStatus(ctx, chain.Client(), d, op.From())
	if err != nil {
		t.Fatal(err)
	}
	if !st.EigenLayerOperator || !st.RegisteredWithAVS {
		t.Fatalf("status = %+v", st)
	}
	if st.OperatorID != OperatorID(kp) {
		t.Errorf("operator id = %s, want %s", st.OperatorID, OperatorID(kp))
	}
	if st.QuorumBitmap.Cmp(big.NewInt(1)) != 0 {
		t.Errorf("quorum bitmap = %s, want 1", st.QuorumBitmap)
	}
	// The stake is the operator's strategy shares weighted 1:1 (shares are not tokens: the strategy has its own
	// exchange rate).
	if st.StakeInQuorum0.Sign() <= 0 || st.StakeInQuorum0.Cmp(st.SharesInStrategy) != 0 {
		t.Errorf("stake = %s, shares = %s; want equal and positive", st.StakeInQuorum0, st.SharesInStrategy)
	}
	// Registering again is a no-op.
	if err := Register(ctx, op, reg); err != nil {
		t.Fatalf("second Register: %v", err)
	}
	if err := Deregister(ctx, op, d); err != nil {
		t.Fatal(err)
	}
	st, err = ReadStatus(ctx, chain.Client(), d, op.From())
	if err != nil {
		t.Fatal(err)
	}
	if st.RegisteredWithAVS || !st.EverDeregistered || st.StakeInQuorum0.Sign() != 0 {
		t.Fatalf("after deregistration: %+v", st)
	}
}
