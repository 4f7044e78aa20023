package networks

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// literals returns every address literal in the tables, labelled for errors.
func literals() map[string]string {
	out := map[string]string{}
	for _, d := range deploymentTable() {
		a := d.addrs
		for field, s := range map[string]string{
			"ProxyAdmin":             a.proxyAdmin,
			"MachServiceManager":     a.machServiceManager,
			"RegistryCoordinator":    a.registryCoordinator,
			"BLSApkRegistry":         a.blsApkRegistry,
			"IndexRegistry":          a.indexRegistry,
			"StakeRegistry":          a.stakeRegistry,
			"OperatorStateRetriever": a.operatorStateRetriever,
			"PauserRegistry":         a.pauserRegistry,
		} {
			out[d.name+"."+field] = s
		}
	}
	for _, n := range networkTable() {
		for field, s := range map[string]string{
			"DelegationManager":          n.delegationManager,
			"AVSDirectory":               n.avsDirectory,
			"StrategyManager":            n.strategyManager,
			"MachServiceManagerRegistry": n.machServiceManagerRegistry,
		} {
			out[n.name+"."+field] = s
		}
	}
	return out
}

func TestTable_EveryLiteralIsAChecksummedNonZeroAddress(t *testing.T) {
	for label, s := range literals() {
		if !common.IsHexAddress(s) {
			t.Errorf("%s: %q is not a hex address", label, s)
			continue
		}
		a := common.HexToAddress(s)
		if a == (common.Address{}) {
			t.Errorf("%s: zero address", label)
		}
		if got := a.Hex(); got != s {
			t.Errorf("%s: %q is not EIP-55 checksummed; want %q (or a typo)", label, s, got)
		}
	}
}

func TestAll_EveryAddressIsNonZero(t *testing.T) {
	for _, d := range All() {
		v := reflect.ValueOf(d.Addresses)
		for i := 0; i < v.NumField(); i++ {
			if v.Field(i).Interface().(common.Address) == (common.Address{}) {
				t.Errorf("%s: %s is zero", d.Name, v.Type().Field(i).Name)
			}
		}
	}
}

func TestAll_AddressesWithinADeploymentAreDistinct(t *testing.T) {
	for _, d := range All() {
		seen := map[common.Address]string{}
		v := reflect.ValueOf(d.Addresses)
		for i := 0; i < v.NumField(); i++ {
			a := v.Field(i).Interface().(common.Address)
			field := v.Type().Field(i).Name
			if prev, ok := seen[a]; ok {
				t.Errorf("%s: %s and %s share %s", d.Name, prev, field, a)
			}
			seen[a] = field
		}
	}
}

func TestAll_NamesAreUniqueLowerCaseAndFollowTheNamingRule(t *testing.T) {
	seen := map[string]bool{}
	for _, d := range All() {
		if seen[strings.ToLower(d.Name)] {
			t.Errorf("duplicate name %q", d.Name)
		}
		seen[strings.ToLower(d.Name)] = true
		if d.Name != strings.ToLower(d.Name) {
			t.Errorf("%q: names are lower case", d.Name)
		}
		operator, network, ok := strings.Cut(d.Name, "-")
		if !ok || operator == "" || strings.Contains(network, "-") {
			t.Errorf("%q: want <operator>-<network>", d.Name)
			continue
		}
		if network != d.Network {
			t.Errorf("%q: name says network %q, Network is %q", d.Name, network, d.Network)
		}
	}
}

func TestAll_ChainIDsMatchNetworks(t *testing.T) {
	want := map[string]uint64{"mainnet": 1, "holesky": 17000}
	for _, d := range All() {
		id, ok := want[d.Network]
		if !ok {
			t.Errorf("%s: unknown network %q", d.Name, d.Network)
			continue
		}
		if d.ChainID != id {
			t.Errorf("%s: chain ID %d, want %d for %s", d.Name, d.ChainID, id, d.Network)
		}
		n, err := LookupNetwork(d.Network)
		if err != nil {
			t.Errorf("%s: %v", d.Name, err)
			continue
		}
		if n.ChainID != d.ChainID {
			t.Errorf("%s: chain ID %d, network %s has %d", d.Name, d.ChainID, n.Name, n.ChainID)
		}
	}
	for _, n := range Networks() {
		if want[n.Name] != n.ChainID {
			t.Errorf("network %s: chain ID %d, want %d", n.Name, n.ChainID, want[n.Name])
		}
	}
}

func TestAll_NoTwoDeploymentsOnAChainShareAServiceManager(t *testing.T) {
	type key struct {
		chain uint64
		addr  common.Address
	}
	seen := map[key]string{}
	for _, d := range All() {
		k := key{d.ChainID, d.Addresses.MachServiceManager}
		if prev, ok := seen[k]; ok {
			t.Errorf("%s and %s share service manager %s on chain %d", prev, d.Name, k.addr, k.chain)
		}
		seen[k] = d.Name
	}
}

func TestAll_NoTwoDeploymentsOnAChainShareAnyContract(t *testing.T) {
	type key struct {
		chain uint64
		addr  common.Address
	}
	seen := map[key]string{}
	for _, d := range All() {
		v := reflect.ValueOf(d.Addresses)
		for i := 0; i < v.NumField(); i++ {
			k := key{d.ChainID, v.Field(i).Interface().(common.Address)}
			label := d.Name + "." + v.Type().Field(i).Name
			if prev, ok := seen[k]; ok && !strings.HasPrefix(prev, d.Name+".") {
				t.Errorf("%s and %s share %s on chain %d", prev, label, k.addr, k.chain)
			}
			seen[k] = label
		}
	}
}

func TestAll_EveryDeploymentNamesASourceWithACommit(t *testing.T) {
	for _, d := range All() {
		if !strings.Contains(d.Source, "alt-research/") || !strings.Contains(d.Source, " @ ") {
			t.Errorf("%s: source %q does not name a repository and commit", d.Name, d.Source)
		}
	}
	for _, n := range Networks() {
		if !strings.Contains(n.Source, " @ ") {
			t.Errorf("network %s: source %q does not name a commit", n.Name, n.Source)
		}
	}
}

func TestAll_ReturnsAFreshCopy(t *testing.T) {
	first := All()
	first[0].Name = "changed"
	first[0].Addresses.MachServiceManager = common.Address{}
	second := All()
	if second[0].Name == "changed" || second[0].Addresses.MachServiceManager == (common.Address{}) {
		t.Fatal("changing the result of All changed the next result")
	}
	nets := Networks()
	nets[0].EigenLayer.AVSDirectory = common.Address{}
	if Networks()[0].EigenLayer.AVSDirectory == (common.Address{}) {
		t.Fatal("changing the result of Networks changed the next result")
	}
}

func TestAll_HasTheBriefsMainnetDeployments(t *testing.T) {
	for _, name := range []string{"altlayer-mainnet", "xterio-mainnet", "dodochain-mainnet"} {
		d, err := Lookup(name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if d.ChainID != ChainIDMainnet {
			t.Errorf("%s: chain ID %d, want mainnet", name, d.ChainID)
		}
	}
}

func TestLookup_IsCaseInsensitive(t *testing.T) {
	for _, name := range []string{"altlayer-mainnet", "AltLayer-Mainnet", "ALTLAYER-MAINNET", " altlayer-mainnet "} {
		d, err := Lookup(name)
		if err != nil {
			t.Errorf("Lookup(%q): %v", name, err)
			continue
		}
		if d.Name != "altlayer-mainnet" {
			t.Errorf("Lookup(%q) = %s", name, d.Name)
		}
		if want := common.HexToAddress("0x71a77037870169d47aad6c2C9360861A4C0df2bF"); d.Addresses.MachServiceManager != want {
			t.Errorf("Lookup(%q) service manager = %s, want %s", name, d.Addresses.MachServiceManager, want)
		}
	}
	for _, d := range All() {
		got, err := Lookup(strings.ToUpper(d.Name))
		if err != nil || !reflect.DeepEqual(got, d) {
			t.Errorf("Lookup(%q) = %+v, %v; want %+v", strings.ToUpper(d.Name), got, err, d)
		}
	}
}

func TestLookup_UnknownNameErrorListsKnownNames(t *testing.T) {
	_, err := Lookup("nosuch-mainnet")
	if !errors.Is(err, ErrUnknownDeployment) {
		t.Fatalf("err = %v, want ErrUnknownDeployment", err)
	}
	msg := err.Error()
	if !strings.Contains(msg, `"nosuch-mainnet"`) {
		t.Errorf("error %q does not repeat the name asked for", msg)
	}
	for _, name := range Names() {
		if !strings.Contains(msg, name) {
			t.Errorf("error %q does not list %s", msg, name)
		}
	}
}

func TestLookupNetwork_UnknownNameErrorListsKnownNetworks(t *testing.T) {
	if n, err := LookupNetwork("HOLESKY"); err != nil || n.ChainID != ChainIDHolesky {
		t.Errorf("LookupNetwork(HOLESKY) = %+v, %v", n, err)
	}
	_, err := LookupNetwork("sepolia")
	if !errors.Is(err, ErrUnknownNetwork) {
		t.Fatalf("err = %v, want ErrUnknownNetwork", err)
	}
	for _, n := range []string{NetworkMainnet, NetworkHolesky} {
		if !strings.Contains(err.Error(), n) {
			t.Errorf("error %q does not list %s", err, n)
		}
	}
}

func TestNames_MatchesAllInOrder(t *testing.T) {
	all := All()
	names := Names()
	if len(all) != len(names) {
		t.Fatalf("%d names for %d deployments", len(names), len(all))
	}
	for i := range all {
		if all[i].Name != names[i] {
			t.Errorf("Names()[%d] = %s, All()[%d].Name = %s", i, names[i], i, all[i].Name)
		}
	}
}
