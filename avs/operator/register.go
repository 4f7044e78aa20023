// Package operator is what an EigenLayer operator of Mach does on L1: keep its keys (keystore.go), register with
// EigenLayer and the Mach AVS, and report its status.
package operator

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"time"

	delegation "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/DelegationManager"
	avsdir "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/IAVSDirectory"
	ierc20 "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/IERC20"
	istrategy "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/IStrategy"
	regcoord "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/RegistryCoordinator"
	stakereg "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/StakeRegistry"
	strategymgr "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/StrategyManager"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mach-avs/mach/contracts/bindings/machservicemanager"
	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/internal/ethtx"
)

// Quorum0 is the only quorum a Mach deployment has today.
var Quorum0 = []byte{0}

// RegistryCoordinator operator status values (IRegistryCoordinator.OperatorStatus).
const (
	statusNeverRegistered uint8 = 0
	statusRegistered      uint8 = 1
	statusDeregistered    uint8 = 2
)

// ErrNotAllowlisted is returned when the AVS's allowlist is on and the operator is not on it.
var ErrNotAllowlisted = errors.New("operator is not on the Mach allowlist: ask the AVS's whitelister to add it")

// Registration is what Register needs besides the operator's ECDSA key (the sender's).
type Registration struct {
	// Deployment names the contracts (machavs_deploy_output.json).
	Deployment *deploy.Output
	// BLS is the operator's BLS key pair; its public key is registered with the BLSApkRegistry.
	BLS *bls.KeyPair
	// Socket is how the AVS reaches the operator (its signer's URL); stored in the SocketRegistry.
	Socket string
	// MetadataURI is the EigenLayer operator metadata URL (used only when registering with EigenLayer).
	MetadataURI string
	// Deposit is an amount of the quorum strategy's underlying token to deposit now; nil or 0 deposits nothing.
	Deposit *big.Int
	// SignatureTTL is how long the AVS registration signature stays valid; 0 means one hour.
	SignatureTTL time.Duration
}

// Register makes the sender's account an EigenLayer operator (if it is not one), deposits Deposit into the quorum
// strategy, and registers it with the Mach AVS in quorum 0 with its BLS key. Steps already done are skipped, so it
// can be re-run after a failure.
func Register(ctx context.Context, sender *ethtx.Sender, r Registration) error {
	if r.Deployment == nil || r.BLS == nil {
		return errors.New("operator: deployment and BLS key are required")
	}
	backend := sender.Backend()
	call := &bind.CallOpts{Context: ctx}
	op := sender.From()
	el := r.Deployment.EigenLayer
	addrs := r.Deployment.Addresses

	dm, err := delegation.NewContractDelegationManager(el.DelegationManager, backend)
	if err != nil {
		return fmt.Errorf("operator: %w", err)
	}
	isOperator, err := dm.IsOperator(call, op)
	if err != nil {
		return fmt.Errorf("operator: is %s an EigenLayer operator: %w", op, err)
	}
	if !isOperator {
		if _, err := sender.Do(ctx, "register as EigenLayer operator", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return dm.RegisterAsOperator(o, delegation.IDelegationManagerOperatorDetails{DeprecatedEarningsReceiver: op}, r.MetadataURI)
		}); err != nil {
			return fmt.Errorf("operator: %w", err)
		}
	}

	if r.Deposit != nil && r.Deposit.Sign() > 0 {
		if err := deposit(ctx, sender, el, r.Deposit); err != nil {
			return err
		}
	}

	rc, err := regcoord.NewContractRegistryCoordinator(addrs.RegistryCoordinator, backend)
	if err != nil {
		return fmt.Errorf("operator: %w", err)
	}
	status, err := rc.GetOperatorStatus(call, op)
	if err != nil {
		return fmt.Errorf("operator: read AVS registration status: %w", err)
	}
	if status == statusRegistered {
		return nil
	}
	sm, err := machservicemanager.NewMachServiceManager(addrs.MachServiceManager, backend)
	if err != nil {
		return fmt.Errorf("operator: %w", err)
	}
	if enabled, err := sm.AllowlistEnabled(call); err != nil {
		return fmt.Errorf("operator: read allowlist: %w", err)
	} else if enabled {
		allowed, err := sm.IsAllowlisted(call, op)
		if err != nil {
			return fmt.Errorf("operator: read allowlist: %w", err)
		}
		if !allowed {
			return fmt.Errorf("operator %s: %w", op, ErrNotAllowlisted)
		}
	}

	params, err := pubkeyRegistrationParams(call, rc, op, r.BLS)
	if err != nil {
		return err
	}
	sig, err := avsRegistrationSignature(ctx, backend, sender, el.AVSDirectory, addrs.MachServiceManager, r.SignatureTTL)
	if err != nil {
		return err
	}
	if _, err := sender.Do(ctx, "register with the Mach AVS", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return rc.RegisterOperator(o, Quorum0, r.Socket, params, sig)
	}); err != nil {
		return fmt.Errorf("operator: %w", err)
	}
	return nil
}

// Deregister removes the sender's operator from the Mach AVS (all quorums).
func Deregister(ctx context.Context, sender *ethtx.Sender, d *deploy.Output) error {
	rc, err := regcoord.NewContractRegistryCoordinator(d.Addresses.RegistryCoordinator, sender.Backend())
	if err != nil {
		return fmt.Errorf("operator: %w", err)
	}
	if _, err := sender.Do(ctx, "deregister from the Mach AVS", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return rc.DeregisterOperator(o, Quorum0)
	}); err != nil {
		return fmt.Errorf("operator: %w", err)
	}
	return nil
}

// StrategyToken reads the underlying token of the quorum strategy.
func StrategyToken(ctx context.Context, backend bind.ContractCaller, el deploy.EigenLayer) (common.Address, error) {
	strategy, err := istrategy.NewContractIStrategyCaller(el.Strategy, backend)
	if err != nil {
		return common.Address{}, fmt.Errorf("operator: %w", err)
	}
	token, err := strategy.UnderlyingToken(&bind.CallOpts{Context: ctx})
	if err != nil {
		return common.Address{}, fmt.Errorf("operator: read the strategy's token: %w", err)
	}
	return token, nil
}

func deposit(ctx context.Context, sender *ethtx.Sender, el deploy.EigenLayer, amount *big.Int) error {
	backend := sender.Backend()
	token, err := StrategyToken(ctx, backend, el)
	if err != nil {
		return err
	}
	erc20, err := ierc20.NewContractIERC20(token, backend)
	if err != nil {
		return fmt.Errorf("operator: %w", err)
	}
	sm, err := strategymgr.NewContractStrategyManager(el.StrategyManager, backend)
	if err != nil {
		return fmt.Errorf("operator: %w", err)
	}
	if _, err := sender.Do(ctx, "approve the StrategyManager", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return erc20.Approve(o, el.StrategyManager, amount)
	}); err != nil {
		return fmt.Errorf("operator: %w", err)
	}
	if _, err := sender.Do(ctx, "deposit into the strategy", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return sm.DepositIntoStrategy(o, el.Strategy, token, amount)
	}); err != nil {
		return fmt.Errorf("operator: %w", err)
	}
	return nil
}

// pubkeyRegistrationParams proves possession of the BLS key: the key signs the RegistryCoordinator's
// per-operator registration message (a G1 point), and both public keys are submitted.
func pubkeyRegistrationParams(call *bind.CallOpts, rc *regcoord.ContractRegistryCoordinator, op common.Address, kp *bls.KeyPair) (regcoord.IBLSApkRegistryPubkeyRegistrationParams, error) {
	msg, err := rc.PubkeyRegistrationMessageHash(call, op)
	if err != nil {
		return regcoord.IBLSApkRegistryPubkeyRegistrationParams{}, fmt.Errorf("operator: read pubkey registration message: %w", err)
	}
	var h bn254.G1Affine
	h.X.SetBigInt(msg.X)
	h.Y.SetBigInt(msg.Y)
	sig := kp.SignHashedToCurveMessage(&h)
	g1 := kp.GetPubKeyG1()
	g2 := kp.GetPubKeyG2()
	return regcoord.IBLSApkRegistryPubkeyRegistrationParams{
		PubkeyRegistrationSignature: regcoord.BN254G1Point{X: big1(sig.X), Y: big1(sig.Y)},
		PubkeyG1:                    regcoord.BN254G1Point{X: big1(g1.X), Y: big1(g1.Y)},
		PubkeyG2: regcoord.BN254G2Point{
			X: [2]*big.Int{big1(g2.X.A1), big1(g2.X.A0)},
			Y: [2]*big.Int{big1(g2.Y.A1), big1(g2.Y.A0)},
		},
	}, nil
}

func big1(e fp.Element) *big.Int { return e.BigInt(new(big.Int)) }

// avsRegistrationSignature signs the AVSDirectory's EIP-712 digest that lets the service manager register the
// operator with EigenLayer.
func avsRegistrationSignature(ctx context.Context, backend bind.ContractBackend, sender *ethtx.Sender, directory, avs common.Address, ttl time.Duration) (regcoord.ISignatureUtilsSignatureWithSaltAndExpiry, error) {
	if ttl <= 0 {
		ttl = time.Hour
	}
	var salt [32]byte
	if _, err := rand.Read(salt[:]); err != nil {
		return regcoord.ISignatureUtilsSignatureWithSaltAndExpiry{}, fmt.Errorf("operator: salt: %w", err)
	}
	head, err := backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return regcoord.ISignatureUtilsSignatureWithSaltAndExpiry{}, fmt.Errorf("operator: read L1 head: %w", err)
	}
	expiry := new(big.Int).SetUint64(head.Time + uint64(ttl.Seconds()))
	dir, err := avsdir.NewContractIAVSDirectory(directory, backend)
	if err != nil {
		return regcoord.ISignatureUtilsSignatureWithSaltAndExpiry{}, fmt.Errorf("operator: %w", err)
	}
	digest, err := dir.CalculateOperatorAVSRegistrationDigestHash(&bind.CallOpts{Context: ctx}, sender.From(), avs, salt, expiry)
	if err != nil {
		return regcoord.ISignatureUtilsSignatureWithSaltAndExpiry{}, fmt.Errorf("operator: AVS registration digest: %w", err)
	}
	sig, err := sender.SignHash(digest[:])
	if err != nil {
		return regcoord.ISignatureUtilsSignatureWithSaltAndExpiry{}, fmt.Errorf("operator: sign AVS registration: %w", err)
	}
	return regcoord.ISignatureUtilsSignatureWithSaltAndExpiry{Signature: sig, Salt: salt, Expiry: expiry}, nil
}

// Status is an operator's standing on L1.
type Status struct {
	Address            common.Address
	EigenLayerOperator bool
	RegisteredWithAVS  bool
	EverDeregistered   bool
	OperatorID         common.Hash
	QuorumBitmap       *big.Int
	StakeInQuorum0     *big.Int
	SharesInStrategy   *big.Int
}

// ReadStatus reads an operator's registration, stake and quorum membership.
func ReadStatus(ctx context.Context, backend bind.ContractBackend, d *deploy.Output, op common.Address) (*Status, error) {
	call := &bind.CallOpts{Context: ctx}
	dm, err := delegation.NewContractDelegationManager(d.EigenLayer.DelegationManager, backend)
	if err != nil {
		return nil, err
	}
	rc, err := regcoord.NewContractRegistryCoordinator(d.Addresses.RegistryCoordinator, backend)
	if err != nil {
		return nil, err
	}
	sr, err := stakereg.NewContractStakeRegistry(d.Addresses.StakeRegistry, backend)
	if err != nil {
		return nil, err
	}
	s := &Status{Address: op}
	if s.EigenLayerOperator, err = dm.IsOperator(call, op); err != nil {
		return nil, fmt.Errorf("operator status: isOperator: %w", err)
	}
	status, err := rc.GetOperatorStatus(call, op)
	if err != nil {
		return nil, fmt.Errorf("operator status: registration: %w", err)
	}
	s.RegisteredWithAVS = status == statusRegistered
	s.EverDeregistered = status == statusDeregistered
	if s.OperatorID, err = rc.GetOperatorId(call, op); err != nil {
		return nil, fmt.Errorf("operator status: operator id: %w", err)
	}
	if s.QuorumBitmap, err = rc.GetCurrentQuorumBitmap(call, s.OperatorID); err != nil {
		return nil, fmt.Errorf("operator status: quorum bitmap: %w", err)
	}
	if s.StakeInQuorum0, err = sr.GetCurrentStake(call, s.OperatorID, 0); err != nil {
		return nil, fmt.Errorf("operator status: stake: %w", err)
	}
	if s.SharesInStrategy, err = dm.OperatorShares(call, op, d.EigenLayer.Strategy); err != nil {
		return nil, fmt.Errorf("operator status: shares: %w", err)
	}
	return s, nil
}

// OperatorID is EigenLayer's id of a BLS key: keccak256(G1.X ‖ G1.Y).
func OperatorID(kp *bls.KeyPair) common.Hash {
	g1 := kp.GetPubKeyG1()
	return crypto.Keccak256Hash(big1(g1.X).FillBytes(make([]byte, 32)), big1(g1.Y).FillBytes(make([]byte, 32)))
}
