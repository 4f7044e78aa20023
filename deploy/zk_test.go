package deploy

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mach-avs/mach/contracts/bindings/machservicemanager"
	"github.com/mach-avs/mach/contracts/bindings/machzkservicemanager"
	"github.com/mach-avs/mach/contracts/bindings/proxyadmin"
	"github.com/mach-avs/mach/contracts/bindings/risczeromockverifier"
	"github.com/mach-avs/mach/devnet/l1"
	"github.com/mach-avs/mach/devnet/l2"
)

// RISC Zero v5.0's Groth16 parameters (public, from risc0-ethereum's ControlID.sol, as in
// shared/testdata/risc0/groth16-receipts.json) and the verifier selector they give.
var (
	v5ControlRoot    = common.HexToHash("0xb1f64013f70bbb386a8b3a3d63552c5cb5ea4a549ec7fb1ecc2a031dbf488167")
	v5BN254ControlID = common.HexToHash("0x04446e66d300eb7fb45c9726bb53c793dda407a62e9601618bb43c5c14657ac0")
	v5Selector       = [4]byte{0xc2, 0x7d, 0x1b, 0xc0}
)

// deployOracle deploys Optimism's L2OutputOracle (proxied) with account 3 as its proposer.
func deployOracle(t *testing.T, chain *l1.L1) common.Address {
	t.Helper()
	auth, err := bind.NewKeyedTransactorWithChainID(chain.Accounts()[3].Key, chain.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	o, err := l2.DeployOutputOracle(context.Background(), chain.Client(), auth, l2.OutputOracleConfig{
		SubmissionInterval: 10, L2BlockTime: 1, Proposer: auth.From, Challenger: auth.From, FinalizationPeriodSeconds: 1,
	})
	if err != nil {
		t.Fatal(err)
	}
	return o.Address
}

func TestDeploy_ZKManagerWithGroth16VerifierIsLinkedAndOwned(t *testing.T) {
	chain := newL1(t)
	ctx := context.Background()
	client := chain.Client()
	call := &bind.CallOpts{Context: ctx}
	cfg := testConfig(chain) // owner is account 2, not the deployer
	operator := chain.Accounts()[4].Address
	cfg.ZK = &ZKConfig{
		RollupChainID: 901, L2OutputOracle: deployOracle(t, chain), Verifier: VerifierGroth16,
		ControlRoot: v5ControlRoot, BN254ControlID: v5BN254ControlID, ImageID: common.HexToHash("0x1d"),
		ProveWindow: 2 * time.Hour, Allowlist: []common.Address{operator},
	}
	out, err := Deploy(ctx, newSender(t, chain, 0), cfg)
	if err != nil {
		t.Fatal(err)
	}
	a := out.Addresses
	if a.MachZkServiceManager == (common.Address{}) || a.MachZkServiceManagerImplementation == (common.Address{}) || a.RiscZeroVerifier == (common.Address{}) {
		t.Fatalf("ZK addresses missing: %+v", a)
	}
	want := &OutputZK{RollupChainID: 901, L2OutputOracle: cfg.ZK.L2OutputOracle, VerifierKind: VerifierGroth16, ImageID: cfg.ZK.ImageID,
		Selector: Selector(v5Selector), ControlRoot: v5ControlRoot, BN254ControlID: v5BN254ControlID, ProveWindowSeconds: 7200,
		Allowlist: []common.Address{operator}, Whitelister: cfg.Whitelister, Linked: true}
	if cfg.Whitelister == (common.Address{}) {
		want.Whitelister = chain.Accounts()[0].Address // the deployer, as Config's roles default
	}
	if got, _ := json.Marshal(out.Parameters.ZK); string(got) != string(must(json.Marshal(want))) {
		t.Fatalf("parameters.zk = %s\nwant %s", got, must(json.Marshal(want)))
	}

	zk, err := machzkservicemanager.NewMachZkServiceManager(a.MachZkServiceManager, client)
	if err != nil {
		t.Fatal(err)
	}
	sm, err := machservicemanager.NewMachServiceManager(a.MachServiceManager, client)
	if err != nil {
		t.Fatal(err)
	}
	check := func(name string, got, want any, err error) {
		t.Helper()
		if err != nil || got != want {
			t.Errorf("%s = %v (%v), want %v", name, got, err, want)
		}
	}
	owner, err := zk.Owner(call)
	check("zk.owner", owner, cfg.Owner, err)
	rollup, err := zk.RollupChainID(call)
	check("zk.rollupChainID", rollup.Uint64(), uint64(901), err)
	oracle, err := zk.L2OutputOracle(call)
	check("zk.l2OutputOracle", oracle, cfg.ZK.L2OutputOracle, err)
	verifier, err := zk.Verifier(call)
	check("zk.verifier", verifier, a.RiscZeroVerifier, err)
	image, err := zk.ImageId(call)
	check("zk.imageId", common.Hash(image), cfg.ZK.ImageID, err)
	window, err := zk.ProveWindow(call)
	check("zk.proveWindow", window, uint64(7200), err)
	wl, err := zk.Whitelister(call)
	check("zk.whitelister", wl, want.Whitelister, err)
	pauser, err := zk.PauserRegistry(call)
	check("zk.pauserRegistry", pauser, a.PauserRegistry, err)
	allowed, err := zk.IsAllowlisted(call, operator)
	check("zk.isAllowlisted(operator)", allowed, true, err)
	linked, err := sm.ZkServiceManager(call, big.NewInt(901))
	check("sm.zkServiceManager(901)", linked, a.MachZkServiceManager, err)
	smOwner, err := sm.Owner(call)
	check("sm.owner (after the link)", smOwner, cfg.Owner, err)
	pa, err := proxyadmin.NewProxyAdmin(a.ProxyAdmins["machZkServiceManager"], client)
	if err != nil {
		t.Fatal(err)
	}
	paOwner, err := pa.Owner(call)
	check("machZkServiceManager ProxyAdmin owner", paOwner, cfg.Owner, err)

	// The link works: an early alert on the ZK manager is MachServiceManager's level for the rollup.
	opSender := newSender(t, chain, 4)
	if _, err := opSender.Do(ctx, "alertBlockMismatch", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return zk.AlertBlockMismatch(o, common.Hash{1}, common.Hash{2}, big.NewInt(20))
	}); err != nil {
		t.Fatal(err)
	}
	level, err := sm.AlertLevel(call, big.NewInt(901))
	check("sm.alertLevel(901) after an early alert", level, uint8(1), err)

	// The output round-trips; a deployment without ZK writes none of its keys.
	path := filepath.Join(t.TempDir(), "out.json")
	if err := WriteOutput(path, out, false); err != nil {
		t.Fatal(err)
	}
	back, err := ReadOutput(path)
	if err != nil {
		t.Fatal(err)
	}
	if back.Addresses.MachZkServiceManager != a.MachZkServiceManager || back.Addresses.RiscZeroVerifier != a.RiscZeroVerifier ||
		string(must(json.Marshal(back.Parameters.ZK))) != string(must(json.Marshal(want))) {
		t.Fatalf("round trip lost ZK data: %+v %+v", back.Addresses, back.Parameters.ZK)
	}
	var sel Selector
	if err := sel.UnmarshalText([]byte("0xc27d1b")); err == nil {
		t.Error("a 3-byte selector parsed")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"machZkServiceManager"`, `"riscZeroVerifier"`, `"riscZeroVerifierKind": "groth16"`, `"riscZeroVerifierSelector": "0xc27d1bc0"`} {
		if !strings.Contains(string(raw), key) {
			t.Errorf("output has no %s:\n%s", key, raw)
		}
	}
	noZK := *out
	noZK.Addresses.MachZkServiceManager, noZK.Addresses.MachZkServiceManagerImplementation, noZK.Addresses.RiscZeroVerifier = common.Address{}, common.Address{}, common.Address{}
	noZK.Parameters.ZK = nil
	noZK.Addresses.ProxyAdmins = map[string]common.Address{}
	for name, admin := range out.Addresses.ProxyAdmins {
		if name != "machZkServiceManager" {
			noZK.Addresses.ProxyAdmins[name] = admin
		}
	}
	if enc := string(must(json.Marshal(&noZK))); strings.Contains(enc, "ZkServiceManager\"") || strings.Contains(enc, "riscZero") || strings.Contains(enc, `"zk"`) {
		t.Errorf("a deployment without ZK mentions it: %s", enc)
	}
}

func TestDeploy_ZKManagerWithMockVerifierOnADevnet(t *testing.T) {
	chain := newL1(t)
	ctx := context.Background()
	cfg := testConfig(chain)
	cfg.Owner = chain.Accounts()[0].Address // the deployer: MachServiceManager needs no hand-over
	cfg.ZK = &ZKConfig{RollupChainID: 902, L2OutputOracle: deployOracle(t, chain), Verifier: VerifierMock, ImageID: common.HexToHash("0x1d")}
	out, err := Deploy(ctx, newSender(t, chain, 0), cfg)
	if err != nil {
		t.Fatal(err)
	}
	zk := out.Parameters.ZK
	if zk == nil || zk.VerifierKind != VerifierMock || zk.Selector != Selector(DefaultMockSelector) || zk.ProveWindowSeconds != uint64(DefaultProveWindow/time.Second) || !zk.Linked {
		t.Fatalf("parameters.zk = %+v", zk)
	}
	mock, err := risczeromockverifier.NewRiscZeroMockVerifier(out.Addresses.RiscZeroVerifier, chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	if sel, err := mock.SELECTOR(&bind.CallOpts{Context: ctx}); err != nil || sel != DefaultMockSelector {
		t.Fatalf("mock verifier selector = %x, %v", sel, err)
	}
	sm, err := machservicemanager.NewMachServiceManager(out.Addresses.MachServiceManager, chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	if linked, err := sm.ZkServiceManager(&bind.CallOpts{Context: ctx}, big.NewInt(902)); err != nil || linked != out.Addresses.MachZkServiceManager {
		t.Fatalf("sm.zkServiceManager(902) = %s, %v", linked, err)
	}
}

func TestZKConfig_MockVerifierOnlyOnDevnetChains(t *testing.T) {
	z := ZKConfig{Verifier: VerifierMock}
	for _, id := range []int64{1, 17000, 11155111, 900, 901} {
		if err := z.checkChain(big.NewInt(id)); err == nil {
			t.Errorf("mock verifier accepted on chain %d", id)
		}
	}
	for _, id := range DevnetChainIDs() {
		if err := z.checkChain(new(big.Int).SetUint64(id)); err != nil {
			t.Errorf("mock verifier refused on devnet chain %d: %v", id, err)
		}
	}
	if err := (ZKConfig{Verifier: VerifierGroth16}).checkChain(big.NewInt(1)); err != nil {
		t.Errorf("groth16 refused on mainnet: %v", err)
	}
}

func TestDeploy_RejectsBadZKConfigBeforeSendingAnything(t *testing.T) {
	chain := newL1(t)
	ctx := context.Background()
	sender := newSender(t, chain, 0)
	oracle := deployOracle(t, chain)
	good := func() *ZKConfig {
		return &ZKConfig{RollupChainID: 901, L2OutputOracle: oracle, Verifier: VerifierGroth16, ControlRoot: v5ControlRoot,
			BN254ControlID: v5BN254ControlID, ImageID: common.HexToHash("0x1d")}
	}
	tests := []struct {
		name   string
		mutate func(*ZKConfig)
		says   string
	}{
		{"no rollup", func(z *ZKConfig) { z.RollupChainID = 0 }, "zk.rollupChainID"},
		{"no oracle", func(z *ZKConfig) { z.L2OutputOracle = common.Address{} }, "zk.l2OutputOracle"},
		{"oracle not on this chain", func(z *ZKConfig) { z.L2OutputOracle = common.HexToAddress("0x1234") }, "zk.l2OutputOracle"},
		{"no image id", func(z *ZKConfig) { z.ImageID = common.Hash{} }, "zk.imageId"},
		{"no verifier kind", func(z *ZKConfig) { z.Verifier = "" }, "zk.verifier"},
		{"unknown verifier kind", func(z *ZKConfig) { z.Verifier = "plonk" }, "zk.verifier"},
		{"groth16 without control root", func(z *ZKConfig) { z.ControlRoot = common.Hash{} }, "zk.controlRoot"},
		{"control id past the field", func(z *ZKConfig) { z.BN254ControlID = common.MaxHash }, "zk.bn254ControlId"},
		{"mock with control root", func(z *ZKConfig) { z.Verifier = VerifierMock }, "zk.controlRoot"},
		{"groth16 with mock selector", func(z *ZKConfig) { z.MockSelector = [4]byte{1} }, "zk.mockSelector"},
		{"existing without address", func(z *ZKConfig) {
			z.Verifier, z.ControlRoot, z.BN254ControlID = VerifierExisting, common.Hash{}, common.Hash{}
		}, "zk.verifierAddress"},
		{"existing verifier without code", func(z *ZKConfig) {
			z.Verifier, z.ControlRoot, z.BN254ControlID, z.VerifierAddress = VerifierExisting, common.Hash{}, common.Hash{}, common.HexToAddress("0x5678")
		}, "zk.verifierAddress"},
		{"sub-second prove window", func(z *ZKConfig) { z.ProveWindow = 1500 * time.Millisecond }, "zk.proveWindow"},
		{"zero in allowlist", func(z *ZKConfig) { z.Allowlist = []common.Address{{}} }, "zk.allowlist[0]"},
		{"duplicate in allowlist", func(z *ZKConfig) { z.Allowlist = []common.Address{{1}, {1}} }, "zk.allowlist[1]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig(chain)
			cfg.ZK = good()
			tc.mutate(cfg.ZK)
			before, err := chain.Client().PendingNonceAt(ctx, sender.From())
			if err != nil {
				t.Fatal(err)
			}
			_, err = Deploy(ctx, sender, cfg)
			if err == nil || !strings.Contains(err.Error(), tc.says) {
				t.Fatalf("Deploy = %v; want an error naming %s", err, tc.says)
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

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}
