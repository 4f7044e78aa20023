// Package deploy puts Mach's BLS-mode middleware on an L1 that already runs EigenLayer M2 core: the M2 registries
// (RegistryCoordinator, BLSApkRegistry, IndexRegistry, StakeRegistry, SocketRegistry) from eigensdk-go's M2
// bytecode, Mach's PauserRegistry and MachServiceManager, all behind OpenZeppelin transparent proxies, and an
// OperatorStateRetriever. Quorum 0 is created with one strategy and a minimum stake; roles and supported rollups
// are set at initialization. Optionally (Config.ZK) it adds ZK mode for one rollup: a MachZkServiceManager behind
// its own proxy, its RISC Zero verifier (Groth16, a devnet-only mock, or one already on the L1), linked from
// MachServiceManager so that rollup's alertLevel includes early and proved alerts. The result is written as
// machavs_deploy_output.json (see Output).
package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	blsapkreg "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/BLSApkRegistry"
	indexreg "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/IndexRegistry"
	osr "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/OperatorStateRetriever"
	regcoord "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/RegistryCoordinator"
	stakereg "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/StakeRegistry"
	socketreg "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SocketRegistry"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mach-avs/mach/contracts/bindings/emptycontract"
	"github.com/mach-avs/mach/contracts/bindings/machservicemanager"
	"github.com/mach-avs/mach/contracts/bindings/pauserregistry"
	"github.com/mach-avs/mach/contracts/bindings/proxyadmin"
	"github.com/mach-avs/mach/contracts/bindings/transparentupgradeableproxy"
	"github.com/mach-avs/mach/internal/ethtx"
)

// erc1967AdminSlot is bytes32(uint256(keccak256("eip1967.proxy.admin")) - 1).
var erc1967AdminSlot = common.HexToHash("0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103")

// strategyMultiplier is the M2 StakeRegistry's WEIGHTING_DIVISOR: a multiplier of 1e18 counts shares 1:1.
var strategyMultiplier = big.NewInt(1e18)

// Config is what a deployment is made of. Zero role addresses default to the deploying account.
type Config struct {
	EigenLayer EigenLayer

	Owner          common.Address
	AlertConfirmer common.Address
	Whitelister    common.Address
	Churner        common.Address
	Ejector        common.Address
	Pausers        []common.Address
	Unpauser       common.Address

	// RollupChainIDs are the rollups whose alerts MachServiceManager accepts (the drill rollup is implicit).
	RollupChainIDs []uint64
	// QuorumThresholdPercentage is the minimum share of stake that must sign an alert; 0 means 67.
	QuorumThresholdPercentage uint8
	// MaxReferenceBlockAge bounds how old an alert's reference block may be, in L1 blocks; 0 means 300.
	MaxReferenceBlockAge uint32
	// StaleStakesForbidden rejects quorums whose stakes were not refreshed within the withdrawal delay.
	StaleStakesForbidden bool
	// AllowlistEnabled starts with operator registration limited to the allowlist (training wheels).
	AllowlistEnabled bool
	// MinimumStake is quorum 0's minimum stake (strategy shares weighted 1:1); nil means 0.
	MinimumStake *big.Int
	// MaxOperatorCount caps quorum 0; 0 means 200.
	MaxOperatorCount uint32

	// ZK, when set, also deploys a MachZkServiceManager (ZK mode) for one rollup, with its RISC Zero verifier,
	// and links it from MachServiceManager (see ZKConfig).
	ZK *ZKConfig
}

func (c Config) withDefaults(deployer common.Address) Config {
	for _, a := range []*common.Address{&c.Owner, &c.AlertConfirmer, &c.Whitelister, &c.Churner, &c.Ejector, &c.Unpauser} {
		if *a == (common.Address{}) {
			*a = deployer
		}
	}
	if len(c.Pausers) == 0 {
		c.Pausers = []common.Address{c.Owner}
	}
	if c.QuorumThresholdPercentage == 0 {
		c.QuorumThresholdPercentage = 67
	}
	if c.MaxReferenceBlockAge == 0 {
		c.MaxReferenceBlockAge = 300
	}
	if c.MinimumStake == nil {
		c.MinimumStake = new(big.Int)
	}
	if c.MaxOperatorCount == 0 {
		c.MaxOperatorCount = 200
	}
	if c.ZK != nil {
		zk := c.ZK.withDefaults(c)
		c.ZK = &zk
	}
	return c
}

// Validate reports every problem of the configuration at once.
func (c Config) Validate() error {
	var errs []error
	if c.EigenLayer.DelegationManager == (common.Address{}) {
		errs = append(errs, errors.New("deploy: EigenLayer delegationManager is not set"))
	}
	if c.EigenLayer.AVSDirectory == (common.Address{}) {
		errs = append(errs, errors.New("deploy: EigenLayer avsDirectory is not set"))
	}
	if c.EigenLayer.Strategy == (common.Address{}) {
		errs = append(errs, errors.New("deploy: the strategy for quorum 0 is not set"))
	}
	if len(c.RollupChainIDs) == 0 {
		errs = append(errs, errors.New("deploy: no rollup chain IDs: name at least one rollup whose alerts are accepted"))
	}
	seen := map[uint64]bool{}
	for _, id := range c.RollupChainIDs {
		if id == 0 || id == DrillRollupChainID {
			errs = append(errs, fmt.Errorf("deploy: rollup chain ID %d is reserved", id))
		}
		if seen[id] {
			errs = append(errs, fmt.Errorf("deploy: rollup chain ID %d listed twice", id))
		}
		seen[id] = true
	}
	if c.QuorumThresholdPercentage > 100 {
		errs = append(errs, fmt.Errorf("deploy: quorum threshold %d%% is above 100%%", c.QuorumThresholdPercentage))
	}
	if c.MinimumStake != nil && (c.MinimumStake.Sign() < 0 || c.MinimumStake.BitLen() > 96) {
		errs = append(errs, errors.New("deploy: minimum stake must fit in uint96"))
	}
	if c.ZK != nil {
		errs = append(errs, c.ZK.validate()...)
	}
	return errors.Join(errs...)
}

// DrillRollupChainID is MachServiceManager.DRILL_ROLLUP_CHAIN_ID: alerts for it rehearse the path end to end.
const DrillRollupChainID = ^uint64(0)

// proxyNames are the proxies a deployment creates, in creation order.
var proxyNames = []string{"machServiceManager", "registryCoordinator", "blsApkRegistry", "indexRegistry", "stakeRegistry", "socketRegistry"}

// Deploy deploys Mach onto the L1 behind sender and returns the output (not yet written anywhere). It checks that
// the EigenLayer core has code before sending anything.
func Deploy(ctx context.Context, sender *ethtx.Sender, cfg Config) (*Output, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults(sender.From())
	backend := sender.Backend()
	needCode := map[string]common.Address{
		"EigenLayer delegationManager": cfg.EigenLayer.DelegationManager,
		"EigenLayer avsDirectory":      cfg.EigenLayer.AVSDirectory,
		"strategy":                     cfg.EigenLayer.Strategy,
	}
	if cfg.ZK != nil {
		if err := cfg.ZK.checkChain(sender.ChainID()); err != nil {
			return nil, err
		}
		needCode["zk.l2OutputOracle"] = cfg.ZK.L2OutputOracle
		if cfg.ZK.Verifier == VerifierExisting {
			needCode["zk.verifierAddress"] = cfg.ZK.VerifierAddress
		}
	}
	if err := requireCode(ctx, backend, needCode); err != nil {
		return nil, err
	}
	startBlock, err := backend.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("deploy: read block number: %w", err)
	}
	out := &Output{
		EigenLayer: cfg.EigenLayer,
		ChainInfo:  ChainInfo{ChainID: sender.ChainID().Uint64()},
		Permissions: Permissions{
			Owner: cfg.Owner, AlertConfirmer: cfg.AlertConfirmer, Whitelister: cfg.Whitelister,
			Churner: cfg.Churner, Ejector: cfg.Ejector, Pausers: cfg.Pausers, Unpauser: cfg.Unpauser,
		},
		Parameters: OutputParams{
			RollupChainIDs: cfg.RollupChainIDs, QuorumThresholdPercentage: cfg.QuorumThresholdPercentage,
			MaxReferenceBlockAge: cfg.MaxReferenceBlockAge, StaleStakesForbidden: cfg.StaleStakesForbidden,
			AllowlistEnabled: cfg.AllowlistEnabled, MinimumStake: cfg.MinimumStake, MaxOperatorCount: cfg.MaxOperatorCount,
		},
	}
	a := &out.Addresses
	a.ProxyAdmins = map[string]common.Address{}

	// 1. Contracts without dependencies.
	receipts, err := sender.Batch(ctx,
		deployStep("EmptyContract", &a.EmptyContract, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			addr, tx, _, err := emptycontract.DeployEmptyContract(o, backend)
			return addr, tx, err
		}),
		deployStep("PauserRegistry", &a.PauserRegistry, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			addr, tx, _, err := pauserregistry.DeployPauserRegistry(o, backend, cfg.Pausers, cfg.Unpauser)
			return addr, tx, err
		}),
		deployStep("OperatorStateRetriever", &a.OperatorStateRetriever, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			addr, tx, _, err := osr.DeployContractOperatorStateRetriever(o, backend)
			return addr, tx, err
		}),
	)
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	out.ChainInfo.DeploymentBlock = receipts[0].BlockNumber.Uint64()
	if out.ChainInfo.DeploymentBlock == 0 {
		out.ChainInfo.DeploymentBlock = startBlock
	}

	// 2. Proxies on the placeholder, owned (through their ProxyAdmins) by the deployer until the end.
	noop, err := packNoop()
	if err != nil {
		return nil, err
	}
	proxies := map[string]*common.Address{
		"machServiceManager": &a.MachServiceManager, "registryCoordinator": &a.RegistryCoordinator,
		"blsApkRegistry": &a.BLSApkRegistry, "indexRegistry": &a.IndexRegistry,
		"stakeRegistry": &a.StakeRegistry, "socketRegistry": &a.SocketRegistry,
	}
	var steps []ethtx.Step
	for _, name := range proxyNames {
		steps = append(steps, deployStep(name+" proxy", proxies[name], func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			addr, tx, _, err := transparentupgradeableproxy.DeployTransparentUpgradeableProxy(o, backend, a.EmptyContract, sender.From(), noop)
			return addr, tx, err
		}))
	}
	if _, err := sender.Batch(ctx, steps...); err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	for _, name := range proxyNames {
		admin, err := proxyAdmin(ctx, backend, *proxies[name])
		if err != nil {
			return nil, fmt.Errorf("deploy: %s: %w", name, err)
		}
		a.ProxyAdmins[name] = admin
	}

	// 3. Implementations; they only store the proxy addresses.
	el := cfg.EigenLayer
	if _, err := sender.Batch(ctx,
		deployStep("BLSApkRegistry implementation", &a.BLSApkRegistryImplementation, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			addr, tx, _, err := blsapkreg.DeployContractBLSApkRegistry(o, backend, a.RegistryCoordinator)
			return addr, tx, err
		}),
		deployStep("IndexRegistry implementation", &a.IndexRegistryImplementation, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			addr, tx, _, err := indexreg.DeployContractIndexRegistry(o, backend, a.RegistryCoordinator)
			return addr, tx, err
		}),
		deployStep("StakeRegistry implementation", &a.StakeRegistryImplementation, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			addr, tx, _, err := stakereg.DeployContractStakeRegistry(o, backend, a.RegistryCoordinator, el.DelegationManager)
			return addr, tx, err
		}),
		deployStep("SocketRegistry implementation", &a.SocketRegistryImplementation, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			addr, tx, _, err := socketreg.DeployContractSocketRegistry(o, backend, a.RegistryCoordinator)
			return addr, tx, err
		}),
		deployStep("RegistryCoordinator implementation", &a.RegistryCoordinatorImplementation, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			addr, tx, _, err := regcoord.DeployContractRegistryCoordinator(o, backend, a.MachServiceManager, a.StakeRegistry, a.BLSApkRegistry, a.IndexRegistry, a.SocketRegistry)
			return addr, tx, err
		}),
		deployStep("MachServiceManager implementation", &a.MachServiceManagerImplementation, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			addr, tx, _, err := machservicemanager.DeployMachServiceManager(o, backend, el.AVSDirectory, a.RegistryCoordinator, a.StakeRegistry, a.BLSApkRegistry, el.DelegationManager)
			return addr, tx, err
		}),
	); err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}

	// 4. Point the registries and the service manager at their logic. RegistryCoordinator.initialize creates
	// quorum 0 through the registries, so it goes last.
	// With a ZK manager to link, the deployer owns MachServiceManager until the link is made (step 5).
	smOwner := cfg.Owner
	if cfg.ZK != nil {
		smOwner = sender.From()
	}
	smInit, err := packServiceManagerInit(cfg, smOwner, a.PauserRegistry)
	if err != nil {
		return nil, err
	}
	if _, err := sender.Batch(ctx,
		upgradeStep(backend, a.ProxyAdmins["blsApkRegistry"], "BLSApkRegistry", a.BLSApkRegistry, a.BLSApkRegistryImplementation, nil),
		upgradeStep(backend, a.ProxyAdmins["indexRegistry"], "IndexRegistry", a.IndexRegistry, a.IndexRegistryImplementation, nil),
		upgradeStep(backend, a.ProxyAdmins["stakeRegistry"], "StakeRegistry", a.StakeRegistry, a.StakeRegistryImplementation, nil),
		upgradeStep(backend, a.ProxyAdmins["socketRegistry"], "SocketRegistry", a.SocketRegistry, a.SocketRegistryImplementation, nil),
		upgradeStep(backend, a.ProxyAdmins["machServiceManager"], "MachServiceManager", a.MachServiceManager, a.MachServiceManagerImplementation, smInit),
	); err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	rcInit, err := packRegistryCoordinatorInit(cfg, a.PauserRegistry)
	if err != nil {
		return nil, err
	}
	if _, err := sender.Batch(ctx,
		upgradeStep(backend, a.ProxyAdmins["registryCoordinator"], "RegistryCoordinator", a.RegistryCoordinator, a.RegistryCoordinatorImplementation, rcInit),
	); err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}

	// 5. The ZK-mode manager, linked from MachServiceManager.
	if cfg.ZK != nil {
		if err := deployZK(ctx, sender, cfg, out); err != nil {
			return nil, err
		}
	}

	// 6. Hand MachServiceManager (if the deployer kept it for the link) and the proxy admins to the owner.
	if cfg.Owner != sender.From() {
		steps = steps[:0]
		if smOwner != cfg.Owner {
			steps = append(steps, ethtx.Step{Label: "MachServiceManager ownership", Send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				sm, err := machservicemanager.NewMachServiceManagerTransactor(a.MachServiceManager, backend)
				if err != nil {
					return nil, err
				}
				return sm.TransferOwnership(o, cfg.Owner)
			}})
		}
		for _, name := range proxyNames {
			admin := a.ProxyAdmins[name]
			steps = append(steps, ethtx.Step{Label: name + " ProxyAdmin ownership", Send: func(o *bind.TransactOpts) (*types.Transaction, error) {
				pa, err := proxyadmin.NewProxyAdminTransactor(admin, backend)
				if err != nil {
					return nil, err
				}
				return pa.TransferOwnership(o, cfg.Owner)
			}})
		}
		if _, err := sender.Batch(ctx, steps...); err != nil {
			return nil, fmt.Errorf("deploy: %w", err)
		}
	}
	return out, nil
}

func deployStep(label string, dst *common.Address, deploy func(*bind.TransactOpts) (common.Address, *types.Transaction, error)) ethtx.Step {
	return ethtx.Step{Label: label, Send: func(o *bind.TransactOpts) (*types.Transaction, error) {
		addr, tx, err := deploy(o)
		if err != nil {
			return nil, err
		}
		*dst = addr
		return tx, nil
	}}
}

func upgradeStep(backend bind.ContractBackend, admin common.Address, name string, proxy, impl common.Address, data []byte) ethtx.Step {
	return ethtx.Step{Label: "upgrade " + name, Send: func(o *bind.TransactOpts) (*types.Transaction, error) {
		pa, err := proxyadmin.NewProxyAdminTransactor(admin, backend)
		if err != nil {
			return nil, err
		}
		if data == nil {
			data = []byte{}
		}
		return pa.UpgradeAndCall(o, proxy, impl, data)
	}}
}

func packNoop() ([]byte, error) {
	parsed, err := emptycontract.EmptyContractMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("deploy: EmptyContract ABI: %w", err)
	}
	return parsed.Pack("noop")
}

func packServiceManagerInit(cfg Config, owner, pauserRegistry common.Address) ([]byte, error) {
	parsed, err := machservicemanager.MachServiceManagerMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("deploy: MachServiceManager ABI: %w", err)
	}
	rollups := make([]*big.Int, len(cfg.RollupChainIDs))
	for i, id := range cfg.RollupChainIDs {
		rollups[i] = new(big.Int).SetUint64(id)
	}
	data, err := parsed.Pack("initialize", machservicemanager.MachServiceManagerInitParams{
		Owner:                     owner,
		AlertConfirmer:            cfg.AlertConfirmer,
		Whitelister:               cfg.Whitelister,
		PauserRegistry:            pauserRegistry,
		InitialPausedStatus:       new(big.Int),
		RollupChainIDs:            rollups,
		QuorumThresholdPercentage: cfg.QuorumThresholdPercentage,
		MaxReferenceBlockAge:      cfg.MaxReferenceBlockAge,
		StaleStakesForbidden:      cfg.StaleStakesForbidden,
		AllowlistEnabled:          cfg.AllowlistEnabled,
	})
	if err != nil {
		return nil, fmt.Errorf("deploy: encode MachServiceManager.initialize: %w", err)
	}
	return data, nil
}

func packRegistryCoordinatorInit(cfg Config, pauserRegistry common.Address) ([]byte, error) {
	parsed, err := regcoord.ContractRegistryCoordinatorMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("deploy: RegistryCoordinator ABI: %w", err)
	}
	data, err := parsed.Pack("initialize",
		cfg.Owner, cfg.Churner, cfg.Ejector, pauserRegistry, new(big.Int),
		[]regcoord.IRegistryCoordinatorOperatorSetParam{{
			MaxOperatorCount:        cfg.MaxOperatorCount,
			KickBIPsOfOperatorStake: 11_000, // a newcomer must have 1.1x the stake of the operator it replaces
			KickBIPsOfTotalStake:    50,     // and the replaced operator must hold under 0.5% of the total
		}},
		[]*big.Int{cfg.MinimumStake},
		[][]regcoord.IStakeRegistryStrategyParams{{{Strategy: cfg.EigenLayer.Strategy, Multiplier: strategyMultiplier}}},
	)
	if err != nil {
		return nil, fmt.Errorf("deploy: encode RegistryCoordinator.initialize: %w", err)
	}
	return data, nil
}

// codeReader is what requireCode needs.
type codeReader interface {
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
}

func requireCode(ctx context.Context, backend codeReader, addrs map[string]common.Address) error {
	var missing []string
	for name, addr := range addrs {
		code, err := backend.CodeAt(ctx, addr, nil)
		if err != nil {
			return fmt.Errorf("deploy: read code of %s %s: %w", name, addr, err)
		}
		if len(code) == 0 {
			missing = append(missing, fmt.Sprintf("%s %s", name, addr))
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("deploy: no contract at %s on this L1: wrong --el-deployment or --l1?", strings.Join(missing, ", "))
	}
	return nil
}

func proxyAdmin(ctx context.Context, backend bind.ContractBackend, proxy common.Address) (common.Address, error) {
	reader, ok := backend.(interface {
		StorageAt(ctx context.Context, account common.Address, key common.Hash, blockNumber *big.Int) ([]byte, error)
	})
	if !ok {
		return common.Address{}, errors.New("the L1 client cannot read storage")
	}
	word, err := reader.StorageAt(ctx, proxy, erc1967AdminSlot, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("read proxy admin of %s: %w", proxy, err)
	}
	admin := common.BytesToAddress(word)
	if admin == (common.Address{}) {
		return common.Address{}, fmt.Errorf("proxy %s has no admin", proxy)
	}
	return admin, nil
}
