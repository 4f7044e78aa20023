package zkfixture

import (
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mach-avs/mach/contracts/bindings/machzkservicemanager"
	"github.com/mach-avs/mach/contracts/bindings/zkmanagerfixedjournal"
)

// The managers DeployManager returns are initialized as asked, owned by account 0, and FixedJournal picks the
// test deployment.
func TestDeployManager_InitializesTheAskedContract(t *testing.T) {
	e := New(t, Config{Accounts: 3, Proposer: 1, Outputs: []Output{{Root: common.Hash{1}, L2Block: 10}}})
	if e.Owner.From() != e.Chain.Accounts()[0].Address {
		t.Fatalf("Owner = %s; want account 0", e.Owner.From())
	}
	verifier := e.DeployMockVerifier(t, [4]byte{1, 2, 3, 4})
	allowed := e.Chain.Accounts()[2].Address
	call := &bind.CallOpts{}
	for _, fixed := range []bool{false, true} {
		cfg := ManagerConfig{Verifier: verifier, ImageID: common.Hash{7}, ProveWindow: 42, Allowlist: []common.Address{allowed},
			RollupChainID: 901, FixedJournal: fixed}
		addr := e.DeployManager(t, cfg)
		m, err := machzkservicemanager.NewMachZkServiceManagerCaller(addr, e.Chain.Client())
		if err != nil {
			t.Fatal(err)
		}
		if id, err := m.RollupChainID(call); err != nil || id.Uint64() != cfg.RollupChainID {
			t.Errorf("fixed %v: RollupChainID = %v, %v", fixed, id, err)
		}
		if w, err := m.ProveWindow(call); err != nil || w != cfg.ProveWindow {
			t.Errorf("fixed %v: ProveWindow = %d, %v", fixed, w, err)
		}
		if v, err := m.Verifier(call); err != nil || v != verifier {
			t.Errorf("fixed %v: Verifier = %s, %v", fixed, v, err)
		}
		if id, err := m.ImageId(call); err != nil || id != cfg.ImageID {
			t.Errorf("fixed %v: ImageId = %x, %v", fixed, id, err)
		}
		if o, err := m.L2OutputOracle(call); err != nil || o != e.Oracle {
			t.Errorf("fixed %v: L2OutputOracle = %s, %v", fixed, o, err)
		}
		if o, err := m.Owner(call); err != nil || o != e.Owner.From() {
			t.Errorf("fixed %v: Owner = %s, %v", fixed, o, err)
		}
		for who, want := range map[common.Address]bool{allowed: true, e.Owner.From(): false} {
			if ok, err := m.IsAllowlisted(call, who); err != nil || ok != want {
				t.Errorf("fixed %v: IsAllowlisted(%s) = %v, %v; want %v", fixed, who, ok, err, want)
			}
		}
		// Only the test deployment has the fixed journal mapping.
		h, err := zkmanagerfixedjournal.NewZkManagerFixedJournalCaller(addr, e.Chain.Client())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := h.FixedJournal(call, [32]byte{}); (err == nil) != fixed {
			t.Errorf("fixed %v: fixedJournal(0) = %v", fixed, err)
		}
	}
}
