// Package networks is the address book of known Mach AVS deployments: for each
// deployment, the network it lives on and the addresses of its contracts. It
// also records, per network, the EigenLayer core contracts the deployments
// register with.
//
// Every address comes from a public source (the seed repository
// alt-research/mach-avs or AltLayer's alt-research/mach-avs-operator-setup),
// named with its commit next to each entry in table.go and in each entry's
// Source field. Nothing here is read from a chain. Check against the chain
// before trusting an address with funds.
//
// # Names
//
// A deployment name is "<operator>-<network>", all lower case:
//
//   - <operator> is the rollup or project the AVS serves, with spaces and
//     punctuation dropped: altlayer, xterio, dodochain, cyber, gmnetwork,
//     soneium.
//   - <network> is the network name from this package: mainnet or holesky.
//
// Lookup compares names without regard to case, so "AltLayer-Mainnet" finds
// "altlayer-mainnet".
package networks

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Network names, as used in Deployment.Network and Network.Name.
const (
	// NetworkMainnet is Ethereum mainnet.
	NetworkMainnet = "mainnet"
	// NetworkHolesky is the Holesky testnet.
	NetworkHolesky = "holesky"
)

// Chain IDs of the networks above.
const (
	// ChainIDMainnet is the chain ID of Ethereum mainnet.
	ChainIDMainnet uint64 = 1
	// ChainIDHolesky is the chain ID of the Holesky testnet.
	ChainIDHolesky uint64 = 17000
)

// ErrUnknownDeployment is returned, wrapped, by Lookup for a name that is not
// in the address book.
var ErrUnknownDeployment = errors.New("unknown Mach deployment")

// ErrUnknownNetwork is returned, wrapped, by LookupNetwork for a name that is
// not in the address book.
var ErrUnknownNetwork = errors.New("unknown network")

// Addresses are the contracts of one Mach AVS deployment. Except for
// ProxyAdmin, PauserRegistry and OperatorStateRetriever, each is the address
// of the proxy, not of its current implementation.
type Addresses struct {
	// ProxyAdmin owns the upgradeable proxies below.
	ProxyAdmin common.Address
	// MachServiceManager is the AVS contract (the seed's "ServiceManager"):
	// alerts are confirmed here and it is registered with the AVSDirectory.
	MachServiceManager common.Address
	// RegistryCoordinator is the eigenlayer-middleware registry coordinator.
	RegistryCoordinator common.Address
	// BLSApkRegistry holds operators' BLS public keys and aggregate keys.
	BLSApkRegistry common.Address
	// IndexRegistry holds operator indices per quorum.
	IndexRegistry common.Address
	// StakeRegistry holds operator stakes per quorum.
	StakeRegistry common.Address
	// OperatorStateRetriever is the read-only helper that aggregators use to
	// fetch operator state at a block.
	OperatorStateRetriever common.Address
	// PauserRegistry lists who may pause the contracts.
	PauserRegistry common.Address
}

// Deployment is one known Mach AVS deployment.
type Deployment struct {
	// Name is the lookup name, "<operator>-<network>" (see the package doc).
	Name string
	// Network is NetworkMainnet or NetworkHolesky.
	Network string
	// ChainID is the chain ID of Network.
	ChainID uint64
	// Addresses are the deployment's contracts.
	Addresses Addresses
	// Source names where the addresses were read: repository, path and
	// commit, primary source first.
	Source string
}

// EigenLayer holds the EigenLayer core contracts of one network.
type EigenLayer struct {
	// DelegationManager is the EigenLayer DelegationManager proxy.
	DelegationManager common.Address
	// AVSDirectory is the EigenLayer AVSDirectory proxy.
	AVSDirectory common.Address
	// StrategyManager is the EigenLayer StrategyManager proxy.
	StrategyManager common.Address
}

// Network is a network that holds Mach AVS deployments.
type Network struct {
	// Name is NetworkMainnet or NetworkHolesky.
	Name string
	// ChainID is the network's chain ID.
	ChainID uint64
	// EigenLayer holds the EigenLayer core contracts the deployments use.
	EigenLayer EigenLayer
	// MachServiceManagerRegistry is the network's MachServiceManagerRegistry
	// proxy, shared by every Mach deployment on the network.
	MachServiceManagerRegistry common.Address
	// Source names where the addresses were read.
	Source string
}

// All returns every known deployment, mainnet first. The slice is built on
// each call, so callers may modify it.
func All() []Deployment {
	raw := deploymentTable()
	out := make([]Deployment, 0, len(raw))
	for _, r := range raw {
		out = append(out, Deployment{
			Name:    r.name,
			Network: r.network,
			ChainID: r.chainID,
			Addresses: Addresses{
				ProxyAdmin:             common.HexToAddress(r.addrs.proxyAdmin),
				MachServiceManager:     common.HexToAddress(r.addrs.machServiceManager),
				RegistryCoordinator:    common.HexToAddress(r.addrs.registryCoordinator),
				BLSApkRegistry:         common.HexToAddress(r.addrs.blsApkRegistry),
				IndexRegistry:          common.HexToAddress(r.addrs.indexRegistry),
				StakeRegistry:          common.HexToAddress(r.addrs.stakeRegistry),
				OperatorStateRetriever: common.HexToAddress(r.addrs.operatorStateRetriever),
				PauserRegistry:         common.HexToAddress(r.addrs.pauserRegistry),
			},
			Source: r.source,
		})
	}
	return out
}

// Names returns the names of all known deployments, in the order of All.
func Names() []string {
	raw := deploymentTable()
	names := make([]string, 0, len(raw))
	for _, r := range raw {
		names = append(names, r.name)
	}
	return names
}

// Lookup returns the deployment with the given name, compared without regard
// to case or surrounding spaces. For an unknown name it returns an error
// wrapping ErrUnknownDeployment that lists the known names.
func Lookup(name string) (Deployment, error) {
	want := strings.TrimSpace(name)
	for _, d := range All() {
		if strings.EqualFold(d.Name, want) {
			return d, nil
		}
	}
	return Deployment{}, fmt.Errorf("%w %q; use one of: %s",
		ErrUnknownDeployment, name, strings.Join(Names(), ", "))
}

// Networks returns every network that holds a known deployment, mainnet
// first. The slice is built on each call, so callers may modify it.
func Networks() []Network {
	raw := networkTable()
	out := make([]Network, 0, len(raw))
	for _, r := range raw {
		out = append(out, Network{
			Name:    r.name,
			ChainID: r.chainID,
			EigenLayer: EigenLayer{
				DelegationManager: common.HexToAddress(r.delegationManager),
				AVSDirectory:      common.HexToAddress(r.avsDirectory),
				StrategyManager:   common.HexToAddress(r.strategyManager),
			},
			MachServiceManagerRegistry: common.HexToAddress(r.machServiceManagerRegistry),
			Source:                     r.source,
		})
	}
	return out
}

// LookupNetwork returns the network with the given name, compared without
// regard to case or surrounding spaces. For an unknown name it returns an
// error wrapping ErrUnknownNetwork that lists the known names.
func LookupNetwork(name string) (Network, error) {
	want := strings.TrimSpace(name)
	nets := Networks()
	known := make([]string, 0, len(nets))
	for _, n := range nets {
		if strings.EqualFold(n.Name, want) {
			return n, nil
		}
		known = append(known, n.Name)
	}
	return Network{}, fmt.Errorf("%w %q; use one of: %s",
		ErrUnknownNetwork, name, strings.Join(known, ", "))
}
