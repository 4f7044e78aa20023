package deploy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Output is machavs_deploy_output.json: every address of a Mach deployment (the seed's names), the EigenLayer
// core it sits on, who holds which role, the parameters, and the chain and block it was deployed at.
type Output struct {
	Addresses   Addresses    `json:"addresses"`
	EigenLayer  EigenLayer   `json:"eigenLayer"`
	ChainInfo   ChainInfo    `json:"chainInfo"`
	Permissions Permissions  `json:"permissions"`
	Parameters  OutputParams `json:"parameters"`
}

// Addresses are the contracts a deployment created. Proxies are the addresses to use; *Implementation are their
// logic contracts. OpenZeppelin 5 gives every transparent proxy its own ProxyAdmin: ProxyAdmins maps each proxy's
// name to it.
type Addresses struct {
	MachServiceManager                common.Address            `json:"machServiceManager"`
	MachServiceManagerImplementation  common.Address            `json:"machServiceManagerImplementation"`
	RegistryCoordinator               common.Address            `json:"registryCoordinator"`
	RegistryCoordinatorImplementation common.Address            `json:"registryCoordinatorImplementation"`
	BLSApkRegistry                    common.Address            `json:"blsApkRegistry"`
	BLSApkRegistryImplementation      common.Address            `json:"blsApkRegistryImplementation"`
	IndexRegistry                     common.Address            `json:"indexRegistry"`
	IndexRegistryImplementation       common.Address            `json:"indexRegistryImplementation"`
	StakeRegistry                     common.Address            `json:"stakeRegistry"`
	StakeRegistryImplementation       common.Address            `json:"stakeRegistryImplementation"`
	SocketRegistry                    common.Address            `json:"socketRegistry"`
	SocketRegistryImplementation      common.Address            `json:"socketRegistryImplementation"`
	OperatorStateRetriever            common.Address            `json:"operatorStateRetriever"`
	PauserRegistry                    common.Address            `json:"pauserRegistry"`
	EmptyContract                     common.Address            `json:"emptyContract"`
	ProxyAdmins                       map[string]common.Address `json:"proxyAdmins"`

	// MachZkServiceManager (proxy) and its implementation, and the RISC Zero verifier it calls: set when the
	// deployment has a ZK-mode manager (Config.ZK; see OutputParams.ZK), absent otherwise.
	MachZkServiceManager               common.Address `json:"machZkServiceManager,omitzero"`
	MachZkServiceManagerImplementation common.Address `json:"machZkServiceManagerImplementation,omitzero"`
	RiscZeroVerifier                   common.Address `json:"riscZeroVerifier,omitzero"`
}

// EigenLayer is the core the deployment uses.
type EigenLayer struct {
	DelegationManager common.Address `json:"delegationManager"`
	AVSDirectory      common.Address `json:"avsDirectory"`
	StrategyManager   common.Address `json:"strategyManager"`
	Strategy          common.Address `json:"strategy"`
}

// ChainInfo says where and when.
type ChainInfo struct {
	ChainID         uint64 `json:"chainId"`
	DeploymentBlock uint64 `json:"deploymentBlock"`
}

// Permissions are the role holders.
type Permissions struct {
	Owner          common.Address   `json:"owner"`
	AlertConfirmer common.Address   `json:"alertConfirmer"`
	Whitelister    common.Address   `json:"whitelister"`
	Churner        common.Address   `json:"churner"`
	Ejector        common.Address   `json:"ejector"`
	Pausers        []common.Address `json:"pausers"`
	Unpauser       common.Address   `json:"unpauser"`
}

// OutputParams are the parameters the contracts were initialized with.
type OutputParams struct {
	RollupChainIDs            []uint64 `json:"rollupChainIds"`
	QuorumThresholdPercentage uint8    `json:"quorumThresholdPercentage"`
	MaxReferenceBlockAge      uint32   `json:"maxReferenceBlockAge"`
	StaleStakesForbidden      bool     `json:"staleStakesForbidden"`
	AllowlistEnabled          bool     `json:"allowlistEnabled"`
	MinimumStake              *big.Int `json:"minimumStake"`
	MaxOperatorCount          uint32   `json:"maxOperatorCount"`
	// ZK describes the ZK-mode manager; nil without one.
	ZK *OutputZK `json:"zk,omitempty"`
}

// OutputZK is how the ZK-mode manager (Addresses.MachZkServiceManager) was set up.
type OutputZK struct {
	RollupChainID  uint64         `json:"rollupChainId"`
	L2OutputOracle common.Address `json:"l2OutputOracle"`
	// VerifierKind is VerifierGroth16, VerifierMock or VerifierExisting.
	VerifierKind string      `json:"riscZeroVerifierKind"`
	ImageID      common.Hash `json:"imageId"`
	// Selector is the 4-byte prefix seals must carry: the Groth16 verifier's SELECTOR or the mock's selector;
	// absent for an existing verifier (a router picks the verifier by it).
	Selector Selector `json:"riscZeroVerifierSelector,omitzero"`
	// ControlRoot and BN254ControlID are the Groth16 verifier's RISC Zero release parameters.
	ControlRoot        common.Hash      `json:"controlRoot,omitzero"`
	BN254ControlID     common.Hash      `json:"bn254ControlId,omitzero"`
	ProveWindowSeconds uint64           `json:"proveWindowSeconds"`
	Allowlist          []common.Address `json:"allowlist"`
	Whitelister        common.Address   `json:"whitelister"`
	// Linked: MachServiceManager.zkServiceManager(RollupChainID) is this manager, so MachServiceManager's
	// alertLevel for the rollup includes the early and proved levels.
	Linked bool `json:"linkedToServiceManager"`
}

// ReadOutput reads a deployment file written by Deploy (or by hand, in the same format).
func ReadOutput(path string) (*Output, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read deployment %s: %w", path, err)
	}
	var out Output
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("parse deployment %s: %w", path, err)
	}
	if out.Addresses.MachServiceManager == (common.Address{}) || out.Addresses.RegistryCoordinator == (common.Address{}) {
		return nil, fmt.Errorf("deployment %s: addresses.machServiceManager and addresses.registryCoordinator are required", path)
	}
	return &out, nil
}

// WriteOutput writes out to path atomically (temp file + rename), creating the directory. It refuses to replace
// an existing file unless overwrite is set.
func WriteOutput(path string, out *Output, overwrite bool) error {
	if !overwrite {
		if _, err := os.Stat(path); err == nil {
			return fmt.Errorf("write deployment: %s exists: %w", path, ErrExists)
		}
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return fmt.Errorf("encode deployment: %w", err)
	}
	data = append(data, '\n')
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".machavs-deploy-*.json")
	if err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	if _, err := tmp.Write(data); err != nil {
		return errors.Join(fmt.Errorf("write deployment: %w", err), tmp.Close(), os.Remove(tmp.Name()))
	}
	if err := tmp.Close(); err != nil {
		return errors.Join(fmt.Errorf("write deployment: %w", err), os.Remove(tmp.Name()))
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return errors.Join(fmt.Errorf("write deployment: %w", err), os.Remove(tmp.Name()))
	}
	return nil
}

// ErrExists is wrapped when a deployment file or a live deployment would be replaced without --force.
var ErrExists = errors.New("already exists (use --force to replace it)")

// CheckExisting refuses to deploy over path when it already describes a deployment: always if the file exists,
// and with a message naming the live contract when its service manager has code on the L1 the backend reaches.
// Deploy with --force skips this check.
func CheckExisting(ctx context.Context, backend codeReader, path string) error {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil
	} else if err != nil {
		return fmt.Errorf("check %s: %w", path, err)
	}
	out, err := ReadOutput(path)
	if err != nil {
		return fmt.Errorf("%s exists and is not a readable deployment (%v): %w", path, err, ErrExists)
	}
	code, err := backend.CodeAt(ctx, out.Addresses.MachServiceManager, nil)
	if err != nil {
		return fmt.Errorf("check deployment in %s: %w", path, err)
	}
	if len(code) > 0 {
		return fmt.Errorf("%s describes a live deployment (MachServiceManager %s on chain %d): %w",
			path, out.Addresses.MachServiceManager, out.ChainInfo.ChainID, ErrExists)
	}
	return fmt.Errorf("%s exists (its MachServiceManager %s has no code on this L1): %w", path, out.Addresses.MachServiceManager, ErrExists)
}

// Selector is a RISC Zero verifier selector, the first 4 bytes of every seal; JSON "0x" + 8 hex digits.
type Selector [4]byte

// MarshalText implements encoding.TextMarshaler.
func (s Selector) MarshalText() ([]byte, error) { return []byte(hexutil.Encode(s[:])), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Selector) UnmarshalText(text []byte) error {
	b, err := hexutil.Decode(string(text))
	if err != nil || len(b) != 4 {
		return fmt.Errorf("selector %q: want 0x and 8 hex digits", text)
	}
	copy(s[:], b)
	return nil
}
