package deploy

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	regcoord "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/RegistryCoordinator"
	stakereg "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/StakeRegistry"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mach-avs/mach/contracts/bindings/machservicemanager"
	"github.com/mach-avs/mach/contracts/bindings/proxyadmin"
	"github.com/mach-avs/mach/devnet/l1"
	"github.com/mach-avs/mach/internal/ethtx"
)

func newL1(t *testing.T) *l1.L1 {
	t.Helper()
	chain, err := l1.New(l1.Config{BlockTime: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = chain.Stop(context.Background()) })
	return chain
}

func newSender(t *testing.T, chain *l1.L1, account int) *ethtx.Sender {
	t.Helper()
	s, err := ethtx.New(context.Background(), chain.Client(), chain.Accounts()[account].Key, ethtx.Config{PollInterval: 10 * time.Millisecond, Timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func testConfig(chain *l1.L1) Config {
	el := chain.EigenLayer()
	return Config{
		EigenLayer: EigenLayer{
			DelegationManager: el.DelegationManager,
			AVSDirectory:      el.AVSDirectory,
			StrategyManager:   el.StrategyManager,
			Strategy:          el.ERC20MockStrategy,
		},
		AlertConfirmer:   chain.Accounts()[1].Address,
		Owner:            chain.Accounts()[2].Address,
		RollupChainIDs:   []uint64{901, 902},
		AllowlistEnabled: true,
		MinimumStake:     big.NewInt(1e15),
	}
}

func TestDeploy_OnEigenLayerM2CoreWiresEverything(t *testing.T) {
	chain := newL1(t)
	ctx := context.Background()
	cfg := testConfig(chain)
	out, err := Deploy(ctx, newSender(t, chain, 0), cfg)
	if err != nil {
		t.Fatal(err)
	}
	client := chain.Client()
	call := &bind.CallOpts{Context: ctx}

	sm, err := machservicemanager.NewMachServiceManager(out.Addresses.MachServiceManager, client)
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name      string
		got, want common.Address
	}{}
	add := func(name string, got common.Address, err error, want common.Address) {
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checks = append(checks, struct {
			name      string
			got, want common.Address
		}{name, got, want})
	}
	v, err := sm.RegistryCoordinator(call)
	add("sm.registryCoordinator", v, err, out.Addresses.RegistryCoordinator)
	v, err = sm.StakeRegistry(call)
	add("sm.stakeRegistry", v, err, out.Addresses.StakeRegistry)
	v, err = sm.BlsApkRegistry(call)
	add("sm.blsApkRegistry", v, err, out.Addresses.BLSApkRegistry)
	v, err = sm.AvsDirectory(call)
	add("sm.avsDirectory", v, err, cfg.EigenLayer.AVSDirectory)
	v, err = sm.AlertConfirmer(call)
	add("sm.alertConfirmer", v, err, cfg.AlertConfirmer)
	v, err = sm.Owner(call)
	add("sm.owner", v, err, cfg.Owner)
	v, err = sm.PauserRegistry(call)
	add("sm.pauserRegistry", v, err, out.Addresses.PauserRegistry)

	rc, err := regcoord.NewContractRegistryCoordinator(out.Addresses.RegistryCoordinator, client)
	if err != nil {
		t.Fatal(err)
	}
	v, err = rc.ServiceManager(call)
	add("rc.serviceManager", v, err, out.Addresses.MachServiceManager)
	v, err = rc.Owner(call)
	add("rc.owner", v, err, cfg.Owner)
	for name, admin := range out.Addresses.ProxyAdmins {
		pa, err := proxyadmin.NewProxyAdmin(admin, client)
		if err != nil {
			t.Fatal(err)
		}
		v, err = pa.Owner(call)
		add(name+" ProxyAdmin owner", v, err, cfg.Owner)
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %s, want %s", c.name, c.got, c.want)
		}
	}

	quorums, err := rc.QuorumCount(call)
	if err != nil || quorums != 1 {
		t.Fatalf("quorumCount = %d, %v; want 1", quorums, err)
	}
	sr, err := stakereg.NewContractStakeRegistry(out.Addresses.StakeRegistry, client)
	if err != nil {
		t.Fatal(err)
	}
	min, err := sr.MinimumStakeForQuorum(call, 0)
	if err != nil || min.Cmp(cfg.MinimumStake) != 0 {
		t.Fatalf("minimumStakeForQuorum(0) = %v, %v; want %v", min, err, cfg.MinimumStake)
	}
	strategy, err := sr.StrategyParamsByIndex(call, 0, big.NewInt(0))
	if err != nil || strategy.Strategy != cfg.EigenLayer.Strategy {
		t.Fatalf("strategy of quorum 0 = %v, %v; want %s", strategy.Strategy, err, cfg.EigenLayer.Strategy)
	}
	for _, id := range []uint64{901, 902, DrillRollupChainID} {
		ok, err := sm.IsSupportedRollup(call, new(big.Int).SetUint64(id))
		if err != nil || !ok {
			t.Errorf("rollup %d supported = %v, %v", id, ok, err)
		}
	}
	if enabled, err := sm.AllowlistEnabled(call); err != nil || !enabled {
		t.Errorf("allowlistEnabled = %v, %v", enabled, err)
	}
	if out.ChainInfo.ChainID != chain.ChainID().Uint64() || out.ChainInfo.DeploymentBlock == 0 {
		t.Errorf("chainInfo = %+v", out.ChainInfo)
	}
}

func TestDeploy_OutputRoundTripsAndRefusesToOverwrite(t *testing.T) {
	chain := newL1(t)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "machavs_deploy_output.json")
	if err := CheckExisting(ctx, chain.Client(), path); err != nil {
		t.Fatalf("no file yet: %v", err)
	}
	out, err := Deploy(ctx, newSender(t, chain, 0), testConfig(chain))
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteOutput(path, out, false); err != nil {
		t.Fatal(err)
	}
	back, err := ReadOutput(path)
	if err != nil {
		t.Fatal(err)
	}
	if back.Addresses.MachServiceManager != out.Addresses.MachServiceManager || len(back.Addresses.ProxyAdmins) != len(proxyNames) {
		t.Fatalf("round trip lost data: %+v", back.Addresses)
	}
	if err := CheckExisting(ctx, chain.Client(), path); !errors.Is(err, ErrExists) {
		t.Fatalf("CheckExisting on a live deployment = %v, want ErrExists", err)
	}
	if err := WriteOutput(path, out, false); !errors.Is(err, ErrExists) {
		t.Fatalf("WriteOutput over a file = %v, want ErrExists", err)
	}
	if err := WriteOutput(path, out, true); err != nil {
		t.Fatalf("WriteOutput with overwrite: %v", err)
	}
}

func TestDeploy_RejectsBadConfigBeforeSendingAnything(t *testing.T) {
	chain := newL1(t)
	ctx := context.Background()
	sender := newSender(t, chain, 0)
	tests := []struct {
		name   string
		mutate func(*Config)
	}{
		{"no rollups", func(c *Config) { c.RollupChainIDs = nil }},
		{"drill rollup listed", func(c *Config) { c.RollupChainIDs = []uint64{DrillRollupChainID} }},
		{"duplicate rollup", func(c *Config) { c.RollupChainIDs = []uint64{5, 5} }},
		{"no strategy", func(c *Config) { c.EigenLayer.Strategy = common.Address{} }},
		{"threshold above 100", func(c *Config) { c.QuorumThresholdPercentage = 101 }},
		{"EigenLayer not on this chain", func(c *Config) { c.EigenLayer.DelegationManager = common.HexToAddress("0x1234") }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig(chain)
			tc.mutate(&cfg)
			before, err := chain.Client().PendingNonceAt(ctx, sender.From())
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Deploy(ctx, sender, cfg); err == nil {
				t.Fatal("Deploy accepted a bad config")
			}
			after, err := chain.Client().PendingNonceAt(ctx, sender.From())
			if err != nil {
				t.Fatal(err)
			}
			if after != before {
				t.Fatalf("Deploy sent %d transactions before failing", after-before)
			}
		})
	}
}
