package l1

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
)

// Addresses are the contracts of eigensdk-go's M2 anvil deployment, read from its deployment output files.
type Addresses struct {
	// DelegationManager is the DelegationManager proxy; operators register here.
	DelegationManager common.Address
	// StrategyManager is the StrategyManager proxy; stakers deposit here.
	StrategyManager common.Address
	// AVSDirectory is the AVSDirectory proxy; AVSs register operators here.
	AVSDirectory common.Address
	// RewardsCoordinator is the RewardsCoordinator proxy.
	RewardsCoordinator common.Address
	// EigenPodManager is the EigenPodManager proxy.
	EigenPodManager common.Address
	// Slasher is the (M2, inert) Slasher proxy.
	Slasher common.Address
	// PauserRegistry is EigenLayer's PauserRegistry ("eigenLayerPauserReg"); 0xf39F… is its pauser and unpauser.
	PauserRegistry common.Address
	// ProxyAdmin is the ProxyAdmin of the EigenLayer core proxies ("eigenLayerProxyAdmin"), owned by 0xf39F….
	ProxyAdmin common.Address
	// ERC20Mock is a mintable mock ERC20 token ("erc20mock").
	ERC20Mock common.Address
	// ERC20MockStrategy is the strategy for ERC20Mock, whitelisted for deposits ("erc20mockstrategy").
	ERC20MockStrategy common.Address
	// WETHStrategy is the deployment's WETH strategy (strategies.WETH).
	WETHStrategy common.Address
	// MockAVS is eigensdk-go's mock AVS (one quorum, no operators). Its StakeRegistry history was written at
	// anvil block numbers (up to 431), while this chain restarts at block 0, so history lookups at early
	// reference blocks may disagree with a real chain; use it for reads and smoke tests, and deploy fresh
	// registries (as deploy/ does) for anything that checks signatures at reference blocks.
	MockAVS MockAVSAddresses
}

// MockAVSAddresses are the middleware contracts of eigensdk-go's mock AVS.
type MockAVSAddresses struct {
	// RegistryCoordinator is the mock AVS's RegistryCoordinator proxy.
	RegistryCoordinator common.Address
	// OperatorStateRetriever is the mock AVS's OperatorStateRetriever.
	OperatorStateRetriever common.Address
	// ServiceManager is the mock AVS's ServiceManager proxy.
	ServiceManager common.Address
}

// All returns every address by its name in the deployment files, for iteration.
func (a Addresses) All() map[string]common.Address {
	return map[string]common.Address{
		"delegationManager":      a.DelegationManager,
		"strategyManager":        a.StrategyManager,
		"avsDirectory":           a.AVSDirectory,
		"rewardsCoordinator":     a.RewardsCoordinator,
		"eigenPodManager":        a.EigenPodManager,
		"slasher":                a.Slasher,
		"eigenLayerPauserReg":    a.PauserRegistry,
		"eigenLayerProxyAdmin":   a.ProxyAdmin,
		"erc20mock":              a.ERC20Mock,
		"erc20mockstrategy":      a.ERC20MockStrategy,
		"strategies.WETH":        a.WETHStrategy,
		"registryCoordinator":    a.MockAVS.RegistryCoordinator,
		"operatorStateRetriever": a.MockAVS.OperatorStateRetriever,
		"mockAvsServiceManager":  a.MockAVS.ServiceManager,
	}
}

// loadAddresses reads the three deployment outputs in dir (…/script/output/31337).
func loadAddresses(dir string) (Addresses, error) {
	var (
		a   Addresses
		el  struct{ Addresses map[string]json.RawMessage }
		avs struct{ Addresses map[string]json.RawMessage }
		tok struct{ Addresses map[string]json.RawMessage }
	)
	for _, f := range []struct {
		name string
		into any
	}{{eigenLayerFile, &el}, {mockAvsFile, &avs}, {tokenAndStratFile, &tok}} {
		p := filepath.Join(dir, f.name)
		raw, err := os.ReadFile(p)
		if err != nil {
			return Addresses{}, fmt.Errorf("read deployment output: %w", err)
		}
		if err := json.Unmarshal(raw, f.into); err != nil {
			return Addresses{}, fmt.Errorf("deployment output %s: decode JSON: %w", p, err)
		}
	}

	var errs []error
	pick := func(file string, m map[string]json.RawMessage, key string, dst *common.Address) {
		var s string
		raw, ok := m[key]
		if !ok {
			errs = append(errs, fmt.Errorf("deployment output %s: addresses.%s is missing", filepath.Join(dir, file), key))
			return
		}
		if err := json.Unmarshal(raw, &s); err != nil || !common.IsHexAddress(s) || common.HexToAddress(s) == (common.Address{}) {
			errs = append(errs, fmt.Errorf("deployment output %s: addresses.%s = %s is not a non-zero address",
				filepath.Join(dir, file), key, raw))
			return
		}
		*dst = common.HexToAddress(s)
	}
	pick(eigenLayerFile, el.Addresses, "delegationManager", &a.DelegationManager)
	pick(eigenLayerFile, el.Addresses, "strategyManager", &a.StrategyManager)
	pick(eigenLayerFile, el.Addresses, "avsDirectory", &a.AVSDirectory)
	pick(eigenLayerFile, el.Addresses, "rewardsCoordinator", &a.RewardsCoordinator)
	pick(eigenLayerFile, el.Addresses, "eigenPodManager", &a.EigenPodManager)
	pick(eigenLayerFile, el.Addresses, "slasher", &a.Slasher)
	pick(eigenLayerFile, el.Addresses, "eigenLayerPauserReg", &a.PauserRegistry)
	pick(eigenLayerFile, el.Addresses, "eigenLayerProxyAdmin", &a.ProxyAdmin)
	var strategies map[string]json.RawMessage
	if raw, ok := el.Addresses["strategies"]; !ok || json.Unmarshal(raw, &strategies) != nil {
		errs = append(errs, fmt.Errorf("deployment output %s: addresses.strategies is missing or not an object",
			filepath.Join(dir, eigenLayerFile)))
	} else {
		pick(eigenLayerFile, strategies, "WETH", &a.WETHStrategy)
	}
	pick(tokenAndStratFile, tok.Addresses, "erc20mock", &a.ERC20Mock)
	pick(tokenAndStratFile, tok.Addresses, "erc20mockstrategy", &a.ERC20MockStrategy)
	pick(mockAvsFile, avs.Addresses, "registryCoordinator", &a.MockAVS.RegistryCoordinator)
	pick(mockAvsFile, avs.Addresses, "operatorStateRetriever", &a.MockAVS.OperatorStateRetriever)
	pick(mockAvsFile, avs.Addresses, "mockAvsServiceManager", &a.MockAVS.ServiceManager)
	if len(errs) > 0 {
		return Addresses{}, errors.Join(errs...)
	}
	return a, nil
}
