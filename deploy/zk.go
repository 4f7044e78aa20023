package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mach-avs/mach/contracts/bindings/machservicemanager"
	"github.com/mach-avs/mach/contracts/bindings/machzkservicemanager"
	"github.com/mach-avs/mach/contracts/bindings/risczerogroth16verifier"
	"github.com/mach-avs/mach/contracts/bindings/risczeromockverifier"
	"github.com/mach-avs/mach/contracts/bindings/transparentupgradeableproxy"
	"github.com/mach-avs/mach/internal/devtoken"
	"github.com/mach-avs/mach/internal/ethtx"
)

// RISC Zero verifier kinds of ZKConfig.Verifier (and OutputZK.VerifierKind).
const (
	// VerifierGroth16 deploys RiscZeroGroth16Verifier for one RISC Zero release (its control root and BN254
	// control id).
	VerifierGroth16 = "groth16"
	// VerifierMock deploys RiscZeroMockVerifier, which checks nothing: devnet chains only (DevnetChainIDs).
	VerifierMock = "mock"
	// VerifierExisting uses a RISC Zero verifier already on the L1 (ZKConfig.VerifierAddress), e.g. RISC Zero's
	// verifier router.
	VerifierExisting = "existing"
)

// DefaultProveWindow is ZKConfig.ProveWindow's default: how long a pending early alert blocks alerts for later
// blocks before it may be superseded unproved.
const DefaultProveWindow = 24 * time.Hour

// DefaultMockSelector is ZKConfig.MockSelector's default: the selector every mock seal must start with.
var DefaultMockSelector = [4]byte{0xff, 0xff, 0xff, 0xff}

// bn254ScalarField is r, the BN254 scalar field: RiscZeroGroth16Verifier's constructor refuses a control id ≥ r.
var bn254ScalarField, _ = new(big.Int).SetString("21888242871839275222246405745257275088548364400416034343698204186575808495617", 10)

// ZKConfig adds a MachZkServiceManager (ZK mode) for one rollup to a deployment: the manager behind a
// TransparentUpgradeableProxy owned by Config.Owner, its RISC Zero verifier, and the link
// MachServiceManager.setZkServiceManager(RollupChainID, manager), so the rollup's alertLevel on
// MachServiceManager includes the ZK levels.
type ZKConfig struct {
	// RollupChainID is the rollup the manager watches (required).
	RollupChainID uint64
	// L2OutputOracle is the rollup's L2OutputOracle on this L1 (required; it must have code).
	L2OutputOracle common.Address
	// Verifier is the RISC Zero verifier kind: VerifierGroth16, VerifierMock or VerifierExisting (required).
	Verifier string
	// ControlRoot and BN254ControlID are the RISC Zero release's Groth16 parameters (VerifierGroth16 only;
	// required, no defaults: they must match the prover's release).
	ControlRoot    common.Hash
	BN254ControlID common.Hash
	// MockSelector is the mock verifier's seal selector (VerifierMock only); zero means DefaultMockSelector.
	MockSelector [4]byte
	// VerifierAddress is the verifier to use (VerifierExisting only; it must have code).
	VerifierAddress common.Address
	// ImageID is the image id of the guest program whose proofs are accepted (required).
	ImageID common.Hash
	// ProveWindow is how long a pending alert blocks alerts for later blocks; whole seconds, 0 means
	// DefaultProveWindow.
	ProveWindow time.Duration
	// Allowlist are the operators that may post early alerts.
	Allowlist []common.Address
	// Whitelister manages the allowlist besides the owner; zero means Config.Whitelister.
	Whitelister common.Address
}

func (z ZKConfig) withDefaults(c Config) ZKConfig {
	if z.Verifier == VerifierMock && z.MockSelector == ([4]byte{}) {
		z.MockSelector = DefaultMockSelector
	}
	if z.ProveWindow == 0 {
		z.ProveWindow = DefaultProveWindow
	}
	if z.Whitelister == (common.Address{}) {
		z.Whitelister = c.Whitelister
	}
	return z
}

// validate reports every problem of the ZK configuration, as Config.Validate does.
func (z ZKConfig) validate() []error {
	var errs []error
	if z.RollupChainID == 0 || z.RollupChainID == DrillRollupChainID {
		errs = append(errs, fmt.Errorf("deploy: zk.rollupChainID %d is reserved; use the rollup's chain ID", z.RollupChainID))
	}
	if z.L2OutputOracle == (common.Address{}) {
		errs = append(errs, errors.New("deploy: zk.l2OutputOracle is not set; use the rollup's L2OutputOracle proxy on this L1"))
	}
	if z.ImageID == (common.Hash{}) {
		errs = append(errs, errors.New("deploy: zk.imageId is not set; use the image id of the Mach guest the prover runs"))
	}
	if z.ProveWindow < 0 || z.ProveWindow%time.Second != 0 {
		errs = append(errs, fmt.Errorf("deploy: zk.proveWindow %s must be a positive whole number of seconds (0 means %s)", z.ProveWindow, DefaultProveWindow))
	}
	switch z.Verifier {
	case VerifierGroth16:
		if z.ControlRoot == (common.Hash{}) || z.BN254ControlID == (common.Hash{}) {
			errs = append(errs, errors.New("deploy: zk.verifier groth16 needs zk.controlRoot and zk.bn254ControlId of the prover's RISC Zero release"))
		}
		if z.BN254ControlID.Big().Cmp(bn254ScalarField) >= 0 {
			errs = append(errs, fmt.Errorf("deploy: zk.bn254ControlId %s is not below the BN254 scalar field", z.BN254ControlID))
		}
	case VerifierMock:
	case VerifierExisting:
		if z.VerifierAddress == (common.Address{}) {
			errs = append(errs, errors.New("deploy: zk.verifier existing needs zk.verifierAddress"))
		}
	case "":
		errs = append(errs, fmt.Errorf("deploy: zk.verifier is not set; use %q, %q (devnets only) or %q", VerifierGroth16, VerifierMock, VerifierExisting))
	default:
		errs = append(errs, fmt.Errorf("deploy: zk.verifier %q is unknown; use %q, %q (devnets only) or %q", z.Verifier, VerifierGroth16, VerifierMock, VerifierExisting))
	}
	if z.Verifier != VerifierGroth16 && (z.ControlRoot != (common.Hash{}) || z.BN254ControlID != (common.Hash{})) {
		errs = append(errs, fmt.Errorf("deploy: zk.controlRoot and zk.bn254ControlId are for the groth16 verifier, not %q", z.Verifier))
	}
	if z.Verifier != VerifierMock && z.MockSelector != ([4]byte{}) {
		errs = append(errs, fmt.Errorf("deploy: zk.mockSelector is for the mock verifier, not %q", z.Verifier))
	}
	if z.Verifier != VerifierExisting && z.VerifierAddress != (common.Address{}) {
		errs = append(errs, fmt.Errorf("deploy: zk.verifierAddress is for the existing verifier, not %q", z.Verifier))
	}
	seen := map[common.Address]bool{}
	for i, a := range z.Allowlist {
		if a == (common.Address{}) {
			errs = append(errs, fmt.Errorf("deploy: zk.allowlist[%d] is the zero address", i))
		}
		if seen[a] {
			errs = append(errs, fmt.Errorf("deploy: zk.allowlist[%d] %s is listed twice", i, a))
		}
		seen[a] = true
	}
	return errs
}

// DevnetChainIDs are the L1 chain IDs on which a mock verifier may be deployed (as RiscZeroMockVerifier itself
// enforces): anvil/hardhat and Mach's in-process devnet L1 (31337), geth --dev and ganache (1337).
func DevnetChainIDs() []uint64 { return []uint64{31337, 1337} }

// checkChain refuses, before anything is sent, what only a devnet may have.
func (z ZKConfig) checkChain(chainID *big.Int) error {
	if z.Verifier == VerifierMock && (!chainID.IsUint64() || !devtoken.DevnetChainIDs[chainID.Uint64()]) {
		return fmt.Errorf("deploy: zk.verifier mock accepts proofs nobody made; refusing it on chain %s (devnets only: %v)", chainID, DevnetChainIDs())
	}
	return nil
}

// deployZK deploys the verifier, the ZK manager behind its proxy, and links it from MachServiceManager (whose
// owner must be the sender at this point). It fills the ZK fields of out.
func deployZK(ctx context.Context, sender *ethtx.Sender, cfg Config, out *Output) error {
	z := *cfg.ZK
	backend := sender.Backend()
	a := &out.Addresses

	// 1. The verifier and the implementation.
	steps := []ethtx.Step{
		deployStep("MachZkServiceManager implementation", &a.MachZkServiceManagerImplementation, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			addr, tx, _, err := machzkservicemanager.DeployMachZkServiceManager(o, backend)
			return addr, tx, err
		}),
	}
	switch z.Verifier {
	case VerifierGroth16:
		steps = append(steps, deployStep("RiscZeroGroth16Verifier", &a.RiscZeroVerifier, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			addr, tx, _, err := risczerogroth16verifier.DeployRiscZeroGroth16Verifier(o, backend, z.ControlRoot, z.BN254ControlID)
			return addr, tx, err
		}))
	case VerifierMock:
		steps = append(steps, deployStep("RiscZeroMockVerifier", &a.RiscZeroVerifier, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			addr, tx, _, err := risczeromockverifier.DeployRiscZeroMockVerifier(o, backend, z.MockSelector)
			return addr, tx, err
		}))
	case VerifierExisting:
		a.RiscZeroVerifier = z.VerifierAddress
	}
	if _, err := sender.Batch(ctx, steps...); err != nil {
		return fmt.Errorf("deploy: %w", err)
	}
	zkOut := &OutputZK{
		RollupChainID: z.RollupChainID, L2OutputOracle: z.L2OutputOracle, VerifierKind: z.Verifier, ImageID: z.ImageID,
		ProveWindowSeconds: uint64(z.ProveWindow / time.Second), Allowlist: z.Allowlist, Whitelister: z.Whitelister,
	}
	switch z.Verifier {
	case VerifierGroth16:
		sel, err := groth16Selector(ctx, backend, a.RiscZeroVerifier)
		if err != nil {
			return err
		}
		zkOut.ControlRoot, zkOut.BN254ControlID, zkOut.Selector = z.ControlRoot, z.BN254ControlID, Selector(sel)
	case VerifierMock:
		zkOut.Selector = Selector(z.MockSelector)
	}

	// 2. The proxy, initialized; its ProxyAdmin belongs to the owner from the start.
	parsed, err := machzkservicemanager.MachZkServiceManagerMetaData.GetAbi()
	if err != nil {
		return fmt.Errorf("deploy: MachZkServiceManager ABI: %w", err)
	}
	allowlist := z.Allowlist
	if allowlist == nil {
		allowlist = []common.Address{}
	}
	init, err := parsed.Pack("initialize", machzkservicemanager.MachZkServiceManagerInitParams{
		Owner: cfg.Owner, Whitelister: z.Whitelister, PauserRegistry: a.PauserRegistry, InitialPausedStatus: new(big.Int),
		RollupChainID: new(big.Int).SetUint64(z.RollupChainID), L2OutputOracle: z.L2OutputOracle, Verifier: a.RiscZeroVerifier,
		ImageId: z.ImageID, ProveWindow: zkOut.ProveWindowSeconds, Allowlist: allowlist,
	})
	if err != nil {
		return fmt.Errorf("deploy: encode MachZkServiceManager.initialize: %w", err)
	}
	if _, err := sender.Batch(ctx, deployStep("machZkServiceManager proxy", &a.MachZkServiceManager, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := transparentupgradeableproxy.DeployTransparentUpgradeableProxy(o, backend, a.MachZkServiceManagerImplementation, cfg.Owner, init)
		return addr, tx, err
	})); err != nil {
		return fmt.Errorf("deploy: %w", err)
	}
	admin, err := proxyAdmin(ctx, backend, a.MachZkServiceManager)
	if err != nil {
		return fmt.Errorf("deploy: machZkServiceManager: %w", err)
	}
	a.ProxyAdmins[zkProxyName] = admin

	// 3. The link: MachServiceManager.alertLevel(rollup) now includes the ZK manager's level.
	if _, err := sender.Batch(ctx, ethtx.Step{Label: "MachServiceManager.setZkServiceManager", Send: func(o *bind.TransactOpts) (*types.Transaction, error) {
		sm, err := machservicemanager.NewMachServiceManagerTransactor(a.MachServiceManager, backend)
		if err != nil {
			return nil, err
		}
		return sm.SetZkServiceManager(o, new(big.Int).SetUint64(z.RollupChainID), a.MachZkServiceManager)
	}}); err != nil {
		return fmt.Errorf("deploy: %w", err)
	}
	zkOut.Linked = true
	out.Parameters.ZK = zkOut
	return nil
}

// zkProxyName is the ZK manager's key in Addresses.ProxyAdmins.
const zkProxyName = "machZkServiceManager"

// groth16Selector reads the deployed Groth16 verifier's SELECTOR (what the prover's seals must start with).
func groth16Selector(ctx context.Context, backend bind.ContractBackend, verifier common.Address) ([4]byte, error) {
	v, err := risczerogroth16verifier.NewRiscZeroGroth16VerifierCaller(verifier, backend)
	if err != nil {
		return [4]byte{}, fmt.Errorf("deploy: %w", err)
	}
	sel, err := v.SELECTOR(&bind.CallOpts{Context: ctx})
	if err != nil {
		return [4]byte{}, fmt.Errorf("deploy: read RiscZeroGroth16Verifier selector: %w", err)
	}
	return sel, nil
}
