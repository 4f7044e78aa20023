// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package machservicemanager

import (
	"errors"
	"math/big"
	"strings"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
)

// BLSSignatureCheckerNonSignerStakesAndSignature is an auto generated low-level Go binding around an user-defined struct.
type BLSSignatureCheckerNonSignerStakesAndSignature struct {
	NonSignerQuorumBitmapIndices []uint32
	NonSignerPubkeys             []BN254G1Point
	QuorumApks                   []BN254G1Point
	ApkG2                        BN254G2Point
	Sigma                        BN254G1Point
	QuorumApkIndices             []uint32
	TotalStakeIndices            []uint32
	NonSignerStakeIndices        [][]uint32
}

// BLSSignatureCheckerQuorumStakeTotals is an auto generated low-level Go binding around an user-defined struct.
type BLSSignatureCheckerQuorumStakeTotals struct {
	SignedStakeForQuorum []*big.Int
	TotalStakeForQuorum  []*big.Int
}

// BN254G1Point is an auto generated low-level Go binding around an user-defined struct.
type BN254G1Point struct {
	X *big.Int
	Y *big.Int
}

// BN254G2Point is an auto generated low-level Go binding around an user-defined struct.
type BN254G2Point struct {
	X [2]*big.Int
	Y [2]*big.Int
}

// MachServiceManagerAlertHeader is an auto generated low-level Go binding around an user-defined struct.
type MachServiceManagerAlertHeader struct {
	MessageHash                [32]byte
	QuorumNumbers              []byte
	QuorumThresholdPercentages []byte
	ReferenceBlockNumber       uint32
	RollupChainID              *big.Int
}

// MachServiceManagerInitParams is an auto generated low-level Go binding around an user-defined struct.
type MachServiceManagerInitParams struct {
	Owner                     common.Address
	AlertConfirmer            common.Address
	Whitelister               common.Address
	PauserRegistry            common.Address
	InitialPausedStatus       *big.Int
	RollupChainIDs            []*big.Int
	QuorumThresholdPercentage uint8
	MaxReferenceBlockAge      uint32
	StaleStakesForbidden      bool
	AllowlistEnabled          bool
}

// SignatureWithSaltAndExpiry is an auto generated low-level Go binding around an user-defined struct.
type SignatureWithSaltAndExpiry struct {
	Signature []byte
	Salt      [32]byte
	Expiry    *big.Int
}

// MachServiceManagerMetaData contains all meta data concerning the MachServiceManager contract.
var MachServiceManagerMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"avsDirectory_\",\"type\":\"address\",\"internalType\":\"contractIAVSDirectory\"},{\"name\":\"registryCoordinator_\",\"type\":\"address\",\"internalType\":\"contractIRegistryCoordinator\"},{\"name\":\"stakeRegistry_\",\"type\":\"address\",\"internalType\":\"contractIStakeRegistry\"},{\"name\":\"blsApkRegistry_\",\"type\":\"address\",\"internalType\":\"contractIBLSApkRegistry\"},{\"name\":\"delegation_\",\"type\":\"address\",\"internalType\":\"contractIDelegationManager\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DRILL_ROLLUP_CHAIN_ID\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PAUSED_CONFIRM_ALERT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PAUSED_OPERATOR_REGISTRATION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"addSupportedRollup\",\"inputs\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"addToAllowlist\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"alertConfirmer\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"alertDigest\",\"inputs\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"messageHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"referenceBlockNumber\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"alertLevel\",\"inputs\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"level\",\"type\":\"uint8\",\"internalType\":\"enumAlertLevel\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"allowlistEnabled\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"avsDirectory\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIAVSDirectory\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"blsApkRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIBLSApkRegistry\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"checkSignatures\",\"inputs\":[{\"name\":\"msgHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"referenceBlockNumber\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structBLSSignatureChecker.NonSignerStakesAndSignature\",\"components\":[{\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApks\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\",\"internalType\":\"uint32[][]\"}]}],\"outputs\":[{\"name\":\"totals\",\"type\":\"tuple\",\"internalType\":\"structBLSSignatureChecker.QuorumStakeTotals\",\"components\":[{\"name\":\"signedStakeForQuorum\",\"type\":\"uint96[]\",\"internalType\":\"uint96[]\"},{\"name\":\"totalStakeForQuorum\",\"type\":\"uint96[]\",\"internalType\":\"uint96[]\"}]},{\"name\":\"signatoryRecordHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"confirmAlert\",\"inputs\":[{\"name\":\"header\",\"type\":\"tuple\",\"internalType\":\"structMachServiceManager.AlertHeader\",\"components\":[{\"name\":\"messageHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quorumNumbers\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"quorumThresholdPercentages\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"referenceBlockNumber\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"signature\",\"type\":\"tuple\",\"internalType\":\"structBLSSignatureChecker.NonSignerStakesAndSignature\",\"components\":[{\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApks\",\"type\":\"tuple[]\",\"internalType\":\"structBN254.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\",\"internalType\":\"uint32[][]\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"contains\",\"inputs\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"messageHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"delegation\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIDelegationManager\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"deregisterOperatorFromAVS\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"disableAllowlist\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"enableAllowlist\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getOperatorRestakedStrategies\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRestakeableStrategies\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structMachServiceManager.InitParams\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"alertConfirmer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"whitelister\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pauserRegistry\",\"type\":\"address\",\"internalType\":\"contractIPauserRegistry\"},{\"name\":\"initialPausedStatus\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rollupChainIDs\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"quorumThresholdPercentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"maxReferenceBlockAge\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"staleStakesForbidden\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"allowlistEnabled\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isAlerted\",\"inputs\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isAllowlisted\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isSupportedRollup\",\"inputs\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"maxReferenceBlockAge\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[{\"name\":\"newPausedStatus\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"pauseAll\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pauserRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIPauserRegistry\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"queryMessageHashes\",\"inputs\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"start\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"querySize\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"hashes\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorumThresholdPercentage\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registerOperatorToAVS\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"operatorSignature\",\"type\":\"tuple\",\"internalType\":\"structSignatureWithSaltAndExpiry\",\"components\":[{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"expiry\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registryCoordinator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRegistryCoordinator\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"removeAlert\",\"inputs\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"messageHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"removeFromAllowlist\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"removeSupportedRollup\",\"inputs\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setAlertConfirmer\",\"inputs\":[{\"name\":\"confirmer\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMaxReferenceBlockAge\",\"inputs\":[{\"name\":\"age\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setQuorumThresholdPercentage\",\"inputs\":[{\"name\":\"percentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setStaleStakesForbidden\",\"inputs\":[{\"name\":\"value\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setWhitelister\",\"inputs\":[{\"name\":\"newWhitelister\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setZkServiceManager\",\"inputs\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"manager\",\"type\":\"address\",\"internalType\":\"contractIMachAlerts\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stakeRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIStakeRegistry\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"staleStakesForbidden\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supportedRollups\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalAlerts\",\"inputs\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"trySignatureAndApkVerification\",\"inputs\":[{\"name\":\"msgHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"apk\",\"type\":\"tuple\",\"internalType\":\"structBN254.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[{\"name\":\"pairingSuccessful\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"signatureIsValid\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[{\"name\":\"newPausedStatus\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateAVSMetadataURI\",\"inputs\":[{\"name\":\"metadataURI\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"whitelister\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"zkServiceManager\",\"inputs\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIMachAlerts\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AlertConfirmed\",\"inputs\":[{\"name\":\"messageHash\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"referenceBlockNumber\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"signatoryRecordHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AlertConfirmerChanged\",\"inputs\":[{\"name\":\"previousConfirmer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newConfirmer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AlertRemoved\",\"inputs\":[{\"name\":\"messageHash\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AllowlistDisabled\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AllowlistEnabled\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Initialized\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MaxReferenceBlockAgeChanged\",\"inputs\":[{\"name\":\"previousAge\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"newAge\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OperatorAllowlisted\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newPausedStatus\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"QuorumThresholdPercentageChanged\",\"inputs\":[{\"name\":\"previousPercentage\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"newPercentage\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RollupSupportChanged\",\"inputs\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"supported\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StaleStakesForbiddenUpdate\",\"inputs\":[{\"name\":\"value\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newPausedStatus\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"WhitelisterChanged\",\"inputs\":[{\"name\":\"previousWhitelister\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newWhitelister\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ZkServiceManagerChanged\",\"inputs\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"zkServiceManager\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlertAlreadyConfirmed\",\"inputs\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"messageHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlertNotFound\",\"inputs\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"messageHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"EcAddFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EcMulFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EmptyQuorumNumbers\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FunctionPaused\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InputArrayLengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidInitialization\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidMaxReferenceBlockAge\",\"inputs\":[{\"name\":\"age\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"InvalidPauseTransition\",\"inputs\":[{\"name\":\"current\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidQuorumNumber\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidQuorumThreshold\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minimum\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidRollupChainID\",\"inputs\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidThresholdSetting\",\"inputs\":[{\"name\":\"percentage\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"ModExpFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoStakeInQuorum\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"NonSignerStakeExceedsTotal\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"NonSignerStakeIndicesMismatch\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"NonSignersNotSorted\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotAllowlisted\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotInitializing\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotPauser\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotUnpauser\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OnlyAlertConfirmer\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OnlyOwnerOrConfirmerForDrill\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OnlyRegistryCoordinator\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OnlyWhitelister\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"PairingPrecompileFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"QuorumApkMismatch\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"QuorumNumbersNotSorted\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"QuorumThresholdsLengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"QuorumsIncomplete\",\"inputs\":[{\"name\":\"providedBitmap\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"requiredBitmap\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReferenceBlockInFuture\",\"inputs\":[{\"name\":\"referenceBlockNumber\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"currentBlockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReferenceBlockTooOld\",\"inputs\":[{\"name\":\"referenceBlockNumber\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"currentBlockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxAge\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"RollupAlreadySupported\",\"inputs\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StaleStakes\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"lastUpdateBlock\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"referenceBlockNumber\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ThresholdNotMet\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signedStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"totalStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"UnsupportedRollup\",\"inputs\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroPauserRegistry\",\"inputs\":[]}]",
	Bin: "0x610120604052348015610010575f5ffd5b50604051614be6380380614be683398101604081905261002f916101b5565b838383836001600160a01b038416158061005057506001600160a01b038316155b8061006257506001600160a01b038216155b8061007457506001600160a01b038116155b156100925760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0393841660805291831660a052821660c052811660e05285166100cf5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b038516610100526100e56100ef565b5050505050610226565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161561013f5760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161461019e5780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6001600160a01b038116811461019e575f5ffd5b5f5f5f5f5f60a086880312156101c9575f5ffd5b85516101d4816101a1565b60208701519095506101e5816101a1565b60408701519094506101f6816101a1565b6060870151909350610207816101a1565b6080870151909250610218816101a1565b809150509295509295909350565b60805160a05160c05160e051610100516149056102e15f395f818161060a01528181611b1101528181611ce80152611d6101525f8181610783015261174b01525f818161055601526134fd01525f81816105e3015281816129fc01528181612b0f01528181612bad0152818161365101526139d701525f818161063101528181610f6701528181610ff501528181611a3601528181611c8901528181611eb6015281816123910152818161326c015261343901526149055ff3fe608060405234801561000f575f5ffd5b506004361061034d575f3560e01c80636b3aa72e116101c9578063b733cc77116100fe578063e481af9d1161009e578063f2fde38b11610079578063f2fde38b14610814578063f8e86ece14610827578063f98f5b921461083a578063fabc1cbc1461084d575f5ffd5b8063e481af9d146107d1578063ed718212146107d9578063edaa410e14610801575f5ffd5b8063c6a2aac8116100d9578063c6a2aac81461076e578063cf8e629a14610776578063df5cf7231461077e578063e0e387ab146107a5575f5ffd5b8063b733cc771461072f578063b98d09081461074e578063bc339aae1461075b575f5ffd5b806390139ca3116101695780639d81ceba116101445780639d81ceba146106e1578063a364f4da14610701578063a98fb35514610714578063af793f1614610727575f5ffd5b806390139ca3146106a757806394c8e4ff146106ba5780639926ee7d146106ce575f5ffd5b8063715018a6116101a4578063715018a614610674578063886f11951461067c57806388f0afa11461068c5780638da5cb5b1461069f575f5ffd5b80636b3aa72e146106055780636d14a9871461062c5780636efb463614610653575f5ffd5b8063414e59cf1161029f5780635da93d7e1161023f57806364b1d16d1161021a57806364b1d16d1461058b578063669e82db146105b757806366dc2c9b146105d757806368304835146105de575f5ffd5b80635da93d7e1461053e5780635df45946146105515780636014b35814610578575f5ffd5b80634deabc211161027a5780634deabc21146104fc578063595c6a67146105105780635ac86ab7146105185780635c975abb14610536575f5ffd5b8063414e59cf146104c3578063416c7e5e146104d65780634446ac0d146104e9575f5ffd5b8063192e55af1161030a57806333cfb7b7116102e557806333cfb7b71461046a578063396ee6351461048a57806339bc68e71461049d5780633fe9f9a1146104b0575f5ffd5b8063192e55af146104105780631a5068e51461042357806322758a4a1461043f575f5ffd5b806305a3b809146103515780630898f07f146103915780630ef12c1e146103a6578063136439dd146103c057806315f2440c146103d3578063171f1d5b146103e6575b5f5ffd5b61037c61035f366004613bd8565b6001600160a01b03165f9081526066602052604090205460ff1690565b60405190151581526020015b60405180910390f35b6103a461039f36600461401b565b610860565b005b6103ae600181565b60405160ff9091168152602001610388565b6103a46103ce366004614082565b610c34565b6103a46103e1366004614099565b610d2c565b6103f96103f43660046140c7565b610d98565b604080519215158352901515602083015201610388565b61037c61041e366004614082565b610f1a565b6104316001600160401b0381565b604051908152602001610388565b606554610452906001600160a01b031681565b6040516001600160a01b039091168152602001610388565b61047d610478366004613bd8565b610f43565b6040516103889190614115565b6103a4610498366004614082565b611073565b606454610452906001600160a01b031681565b6103a46104be366004614163565b611087565b6103a46104d136600461417e565b611098565b6103a46104e43660046141c2565b6112d3565b6103a46104f7366004613bd8565b6112e4565b6065546103ae90600160a81b900460ff1681565b6103a46112f5565b61037c610526366004614163565b6001805460ff9092161b16151590565b600154610431565b6103a461054c366004613bd8565b6113bb565b6104527f000000000000000000000000000000000000000000000000000000000000000081565b6103a46105863660046141dd565b6114a0565b6065546105a290600160b01b900463ffffffff1681565b60405163ffffffff9091168152602001610388565b6105ca6105c5366004614082565b6114b1565b604051610388919061420a565b6103ae5f81565b6104527f000000000000000000000000000000000000000000000000000000000000000081565b6104527f000000000000000000000000000000000000000000000000000000000000000081565b6104527f000000000000000000000000000000000000000000000000000000000000000081565b610666610661366004614274565b611586565b604051610388929190614339565b6103a46118a1565b5f546001600160a01b0316610452565b61037c61069a366004614082565b6118b4565b6104526118d8565b6103a46106b5366004614082565b611906565b60655461037c90600160a01b900460ff1681565b6103a46106dc366004614381565b611a2b565b6106f46106ef36600461446b565b611b7a565b6040516103889190614494565b6103a461070f366004613bd8565b611c7e565b6103a46107223660046144cb565b611d42565b6106f4611dc1565b61043161073d366004614082565b5f9081526069602052604090205490565b60325461037c9060ff1681565b610431610769366004614509565b611e17565b6103a4611e2d565b6103a4611e72565b6104527f000000000000000000000000000000000000000000000000000000000000000081565b61037c6107b336600461453b565b5f918252606a60209081526040808420928452919052902054151590565b61047d611eb1565b6104526107e7366004614082565b5f908152606c60205260409020546001600160a01b031690565b6103a461080f36600461453b565b611f64565b6103a4610822366004613bd8565b612136565b6103a4610835366004613bd8565b612170565b6103a4610848366004613bd8565b612241565b6103a461085b366004614082565b612252565b6064546001600160a01b031633146108925760405163c97fcb1560e01b81523360048201526024015b60405180910390fd5b600180545f9116156108bc5760405163e96388db60e01b815260ff82166004820152602401610889565b60808301356108ca81610f1a565b6108ea5760405163b32980e960e01b815260048101829052602401610889565b5f818152606b602090815260408083208735845290915290205460ff161561092f576040516302a1612160e01b81526004810182905284356024820152604401610889565b5f61094060808601606087016141dd565b9050438163ffffffff161061097657604051635dc84ad160e01b815263ffffffff82166004820152436024820152604401610889565b60655463ffffffff600160b01b9091048116906109959083164361456f565b11156109d6576065546040516328c7a8ed60e21b815263ffffffff8084166004830152436024830152600160b01b9092049091166044820152606401610889565b6109f86109e66020870187614582565b6109f36040890189614582565b612361565b5f610a07463085893586612503565b90505f80610a2383610a1c60208b018b614582565b878b611586565b90925090505f5b826020015151811015610b8c575f610a4560408b018b614582565b83818110610a5557610a556145c4565b9050013560f81c60f81b60f81c90505f84602001518381518110610a7b57610a7b6145c4565b602002602001015190505f855f01518481518110610a9b57610a9b6145c4565b60200260200101519050816001600160601b03165f03610af357610ac260208d018d614582565b85818110610ad257610ad26145c4565b604051632c7e62c160e21b815292013560f81c600483015250602401610889565b610b0960ff84166001600160601b0384166145d8565b610b1d6001600160601b03831660646145d8565b1015610b8157610b3060208d018d614582565b85818110610b4057610b406145c4565b604051634412e00960e11b815292013560f81c6004830152506001600160601b0380831660248301528316604482015260ff84166064820152608401610889565b505050600101610a2a565b505f858152606b602090815260408083208b35808552908352818420805460ff19166001908117909155898552606984528285208054918201815580865284862090910182905589855254606a845282852082865284529382902093909355805163ffffffff881681529182018490528792917ffef1596749ef60cf6cd6f360c881768be963dbc31e280dfc2d05eaddbe5b6fc5910160405180910390a35050505050505050565b5f5460405163237dfb4760e11b81523360048201526001600160a01b03909116906346fbf68e90602401602060405180830381865afa158015610c79573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c9d91906145ef565b610cbc576040516310351a3760e11b8152336004820152602401610889565b60015481811614610cee576001546040516346848b7360e01b8152600481019190915260248101829052604401610889565b600181905560405181815233907fab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d906020015b60405180910390a250565b610d34612582565b5f828152606c602090815260409182902080546001600160a01b0319166001600160a01b038516908117909155915191825283917f32b2320b0110d1b07e5d310e5979573b5e72a9fb053304581f1018db9f29f84391015b60405180910390a25050565b5f5f5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000187875f01518860200151885f01515f60028110610ddb57610ddb6145c4565b60200201518951600160200201518a602001515f60028110610dff57610dff6145c4565b60200201518b60200151600160028110610e1b57610e1b6145c4565b602090810291909101518c518d830151604051610e789a99989796959401988952602089019790975260408801959095526060870193909352608086019190915260a085015260c084015260e08301526101008201526101200190565b604051602081830303815290604052805190602001205f1c610e9a919061461e565b9050610f0c610eb3610eac88846125b4565b8690612619565b610ebb61267e565b610f02610ef385610eed6040805180820182525f80825260209182015281518083019092526001825260029082015290565b906125b4565b610efc8c61276a565b90612619565b886201d4c0612856565b925092505094509492505050565b5f6001600160401b03821480610f3d57505f8281526067602052604090205460ff165b92915050565b6040516309aa152760e11b81526001600160a01b0382811660048301526060915f917f000000000000000000000000000000000000000000000000000000000000000016906313542a4e90602401602060405180830381865afa158015610fac573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fd09190614631565b60405163871ef04960e01b81526004810182905290915061106c906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063871ef04990602401602060405180830381865afa15801561103a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061105e9190614648565b6001600160c01b03166129bb565b9392505050565b61107b612582565b61108481612c7d565b50565b61108f612582565b61108481612d61565b5f6110a1612dff565b805490915060ff600160401b82041615906001600160401b03165f811580156110c75750825b90505f826001600160401b031660011480156110e25750303b155b9050811580156110f0575080155b1561110e5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561113857845460ff60401b1916600160401b1785555b61114d6111486020880188613bd8565b612e27565b61116a6111606080880160608901613bd8565b8760800135612e38565b61118261117d6040880160208901613bd8565b612eb0565b61119a6111956060880160408901613bd8565b612f32565b6111b26111ad60e0880160c08901614163565b612d61565b6111cb6111c6610100880160e089016141dd565b612fb4565b6111e56111e0610120880161010089016141c2565b613053565b6111f7610140870161012088016141c2565b15611238576065805460ff60a01b1916600160a01b1790556040517f8a943acd5f4e6d3df7565a4a08a93f6b04cc31bb6c01ca4aef7abd6baf455ec3905f90a15b5f5b61124760a088018861466e565b90508110156112845761127c61126060a089018961466e565b83818110611270576112706145c4565b90506020020135612c7d565b60010161123a565b5083156112cb57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b6112db612582565b61108481613053565b6112ec612582565b61108481612eb0565b5f5460405163237dfb4760e11b81523360048201526001600160a01b03909116906346fbf68e90602401602060405180830381865afa15801561133a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061135e91906145ef565b61137d576040516310351a3760e11b8152336004820152602401610889565b5f19600181905560405190815233907fab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d9060200160405180910390a2565b6065546001600160a01b031633148015906113ef57506113d96118d8565b6001600160a01b0316336001600160a01b031614155b1561140f5760405163e530736560e01b8152336004820152602401610889565b6001600160a01b0381165f9081526066602052604090205460ff1661145257604051636f7a527560e01b81526001600160a01b0382166004820152602401610889565b6001600160a01b0381165f818152606660209081526040808320805460ff19169055519182527fbc9494536acaf3f702bbec70ff790bb3930056ae9e781e8077097b9de89a8e189101610d21565b6114a8612582565b61108481612fb4565b5f81815260696020526040812054156114c8575060025b5f828152606c60205260409020546001600160a01b031680156115805760405163669e82db60e01b8152600481018490525f906001600160a01b0383169063669e82db90602401602060405180830381865afa15801561152a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061154e91906146b3565b9050826003811115611562576115626141f6565b816003811115611574576115746141f6565b111561157e578092505b505b50919050565b60408051808201909152606080825260208201525f848082036115bc57604051633ed9ff1160e11b815260040160405180910390fd5b808460400151511415806115d55750808460a001515114155b806115e55750808460c001515114155b806115f55750808460e001515114155b80611607575083515160208501515114155b15611625576040516343714afd60e01b815260040160405180910390fd5b438563ffffffff161061165957604051635dc84ad160e01b815263ffffffff86166004820152436024820152604401610889565b6116996040805160e081019091525f60a0820181815260c08301919091528190815260200160608152602001606081526020015f81526020015f81525090565b6116a3888861309a565b60608201526116b3818787613125565b816001600160401b038111156116cb576116cb613bf3565b6040519080825280602002602001820160405280156116f4578160200160208202803683370190505b508452816001600160401b0381111561170f5761170f613bf3565b604051908082528060200260200182016040528015611738578160200160208202803683370190505b50602085015260325460ff16156117cf577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c448feb86040518163ffffffff1660e01b8152600401602060405180830381865afa1580156117a5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117c99190614631565b60808201525b5f5b8281101561180a576118028286838c8c868181106117f1576117f16145c4565b919091013560f81c90508b8b613414565b6001016117d1565b505f5f6118248b845f015189606001518a60800151610d98565b915091508161184657604051630587cc4760e51b815260040160405180910390fd5b8061186457604051638baa579f60e01b815260040160405180910390fd5b87836020015160405160200161187b9291906146d1565b604051602081830303815290604052805190602001209450505050509550959350505050565b6118a9612582565b6118b25f6137b5565b565b5f806118bf836114b1565b60038111156118d0576118d06141f6565b141592915050565b7f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300546001600160a01b031690565b61190e612582565b5f8181526067602052604090205460ff1661193f5760405163b32980e960e01b815260048101829052602401610889565b5f818152606760205260408120805460ff19169055606854905b818110156119f8578260688281548110611975576119756145c4565b905f5260205f200154036119f057606861199060018461456f565b815481106119a0576119a06145c4565b905f5260205f200154606882815481106119bc576119bc6145c4565b5f9182526020909120015560688054806119d8576119d8614717565b600190038181905f5260205f20015f905590556119f8565b600101611959565b506040515f815282907fb173580d145e9ef75c1eea19aa1b616b670f1116c8ca921eae0216f635a9d9c190602001610d8c565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611a765760405163d2a5007760e01b8152336004820152602401610889565b6001805460021615611aa05760405163e96388db60e01b815260ff82166004820152602401610889565b606554600160a01b900460ff168015611ad157506001600160a01b0383165f9081526066602052604090205460ff16155b15611afa57604051636f7a527560e01b81526001600160a01b0384166004820152602401610889565b604051639926ee7d60e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690639926ee7d90611b48908690869060040161472b565b5f604051808303815f87803b158015611b5f575f5ffd5b505af1158015611b71573d5f5f3e3d5ffd5b50505050505050565b5f8381526069602052604090208054606091908410611ba8575050604080515f81526020810190915261106c565b80545f908490611bb990879061456f565b10611bcd57611bc8848661478d565b611bd0565b81545b9050611bdc858261456f565b6001600160401b03811115611bf357611bf3613bf3565b604051908082528060200260200182016040528015611c1c578160200160208202803683370190505b509250845b81811015611c7457828181548110611c3b57611c3b6145c4565b905f5260205f200154848783611c51919061456f565b81518110611c6157611c616145c4565b6020908102919091010152600101611c21565b5050509392505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611cc95760405163d2a5007760e01b8152336004820152602401610889565b6040516351b27a6d60e11b81526001600160a01b0382811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063a364f4da906024015f604051808303815f87803b158015611d29575f5ffd5b505af1158015611d3b573d5f5f3e3d5ffd5b5050505050565b611d4a612582565b60405163a98fb35560e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063a98fb35590611d9890859085906004016147a0565b5f604051808303815f87803b158015611daf575f5ffd5b505af11580156112cb573d5f5f3e3d5ffd5b60606068805480602002602001604051908101604052809291908181526020018280548015611e0d57602002820191905f5260205f20905b815481526020019060010190808311611df9575b5050505050905090565b5f611e254630868686612503565b949350505050565b611e35612582565b6065805460ff60a01b1916600160a01b1790556040517f8a943acd5f4e6d3df7565a4a08a93f6b04cc31bb6c01ca4aef7abd6baf455ec3905f90a1565b611e7a612582565b6065805460ff60a01b191690556040517f2d35c8d348a345fd7b3b03b7cfcf7ad0b60c2d46742d5ca536342e4185becb07905f90a1565b60605f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316639aa1653d6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611f10573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f3491906147ce565b9050611f5e60ff821615611f5857611f53600160ff841681901b61456f565b6129bb565b5f6129bb565b91505090565b611f6c6118d8565b6001600160a01b0316336001600160a01b031614158015611faa57506001600160401b0382148015611fa857506064546001600160a01b031633145b155b15611ff55767fffffffffffffffe198201611fda5760405163f8c4bab760e01b8152336004820152602401610889565b60405163118cdaa760e01b8152336004820152602401610889565b5f828152606a602090815260408083208484529091528120549081900361203957604051630a313b1560e41b81526004810184905260248101839052604401610889565b5f838152606960205260408120805490919082906120599060019061456f565b81548110612069576120696145c4565b905f5260205f20015490508082600185612083919061456f565b81548110612093576120936145c4565b5f918252602080832090910192909255868152606a825260408082208483529092522083905581548290806120ca576120ca614717565b5f828152602080822083015f19908101839055909201909255868252606a815260408083208784528252808320929092559051338152869186917f5e77809604bdfea658820ce058bdb8d6dcc030cd42d3f203fab64ff041812ced910160405180910390a35050505050565b61213e612582565b6001600160a01b03811661216757604051631e4fbdf760e01b81525f6004820152602401610889565b611084816137b5565b6065546001600160a01b031633148015906121a4575061218e6118d8565b6001600160a01b0316336001600160a01b031614155b156121c45760405163e530736560e01b8152336004820152602401610889565b6001600160a01b0381166121eb5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0381165f81815260666020908152604091829020805460ff1916600190811790915591519182527fbc9494536acaf3f702bbec70ff790bb3930056ae9e781e8077097b9de89a8e189101610d21565b612249612582565b61108481612f32565b5f5f9054906101000a90046001600160a01b03166001600160a01b031663eab66d7a6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156122a1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122c591906147e9565b6001600160a01b0316336001600160a01b0316146122f85760405163ae0e00fd60e01b8152336004820152602401610889565b6001541981161561232a576001546040516346848b7360e01b8152600481019190915260248101829052604401610889565b600181905560405181815233907f3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c90602001610d21565b82811461238157604051632d4d8b2f60e01b815260040160405180910390fd5b5f61238c858561309a565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316639aa1653d6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156123eb573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061240f91906147ce565b90505f612423600160ff841681901b61456f565b90508083141580612435575060ff8216155b1561245d576040516309dcf7ff60e41b81526004810184905260248101829052604401610889565b606554600160a81b900460ff165f5b858110156124f8575f878783818110612487576124876145c4565b919091013560f81c91505060ff83168110806124a6575060648160ff16115b156124ef578989838181106124bd576124bd6145c4565b6040516344c37ec560e01b815292013560f81c60048301525060ff808316602483015284166044820152606401610889565b5060010161246c565b505050505050505050565b604080517fddcf74986446c1ec428b5c63182b0d0be40da2d5a2879261095f2002e5fc684560208201529081018690526001600160a01b03851660608201526080810184905260a0810183905263ffffffff821660c08201525f9060e00160405160208183030381529060405280519060200120905095945050505050565b3361258b6118d8565b6001600160a01b0316146118b25760405163118cdaa760e01b8152336004820152602401610889565b604080518082019091525f80825260208201526040805160608082018352855182526020808701519083015281830185905290915f9184908460075afa90508061261157604051632d3ce08360e01b815260040160405180910390fd5b505092915050565b604080518082019091525f808252602082015260408051608080820183528551825260208087015181840152855183850152850151606083015290915f9184908460065afa9050806126115760405163d9fc5bfb60e01b815260040160405180910390fd5b612686613b63565b604080516080810182527f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c28183019081527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed606083015281528151808301909252906020820190806127257f090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b5f5160206148e55f395f51905f5261456f565b81526020016127617f12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa5f5160206148e55f395f51905f5261456f565b90529052919050565b604080518082019091525f80825260208201525f6127955f5160206148e55f395f51905f528461461e565b90505b5f5f5160206148e55f395f51905f5260035f5160206148e55f395f51905f52845f5160206148e55f395f51905f52868709090890505f6128098260046127ec5f5160206148e55f395f51905f52600161478d565b6127f69190614804565b5f5160206148e55f395f51905f52613825565b9050815f5160206148e55f395f51905f528283090361283b576040805180820190915292835260208301525092915050565b5f5160206148e55f395f51905f526001840892505050612798565b5f5f5f604051806101800160405280895f0151815260200189602001518152602001885f01515f6002811061288d5761288d6145c4565b60200201518152602001885f01516001600281106128ad576128ad6145c4565b6020020151815260200188602001515f600281106128cd576128cd6145c4565b6020020151815260200188602001516001600281106128ee576128ee6145c4565b60200201518152602001875f0151815260200187602001518152602001865f01515f60028110612920576129206145c4565b60200201518152602001865f0151600160028110612940576129406145c4565b6020020151815260200186602001515f60028110612960576129606145c4565b602002015181526020018660200151600160028110612981576129816145c4565b602002015190529050612992613b88565b60208161018084600889fa93508380156129ad575080516001145b925050509550959350505050565b60605f805b60c0811080156129d1575083811c15155b15612a8c578084901c600116600103612a7a57604051633ca5a5f560e01b815260ff821660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633ca5a5f590602401602060405180830381865afa158015612a49573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612a6d9190614631565b612a77908361478d565b91505b80612a8481614817565b9150506129c0565b50806001600160401b03811115612aa557612aa5613bf3565b604051908082528060200260200182016040528015612ace578160200160208202803683370190505b5091505f805b60c081108015612ae5575084811c15155b15612c7557600185821c1615612c6357604051633ca5a5f560e01b815260ff821660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633ca5a5f590602401602060405180830381865afa158015612b5c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612b809190614631565b90505f5b81811015612c60576040516356e4026d60e11b815260ff84166004820152602481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063adc804da906044016040805180830381865afa158015612bf9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612c1d9190614845565b80519091508786612c2d81614817565b975081518110612c3f57612c3f6145c4565b6001600160a01b039092166020928302919091019091015250600101612b84565b50505b80612c6d81614817565b915050612ad4565b505050919050565b801580612c9057506001600160401b0381145b15612cb1576040516393d8b3b760e01b815260048101829052602401610889565b5f8181526067602052604090205460ff1615612ce35760405163d104465b60e01b815260048101829052602401610889565b5f818152606760209081526040808320805460ff1916600190811790915560688054808301825594527fa2153420d844928b4421650203c77babc8b33d7f2e7b450e2966db0c220977539093018490555191825282917fb173580d145e9ef75c1eea19aa1b616b670f1116c8ca921eae0216f635a9d9c19101610d21565b60ff81161580612d74575060648160ff16115b15612d97576040516362df2cc360e11b815260ff82166004820152602401610889565b6065546040805160ff600160a81b9093048316815291831660208301527fa590f2956f93d7541b9ea62ba9e090c9f87f3ea7a536a02ee56addad09f20f25910160405180910390a16065805460ff909216600160a81b0260ff60a81b19909216919091179055565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610f3d565b612e2f613883565b611084816138a8565b6001600160a01b038216612e5f576040516302f18e8f60e01b815260040160405180910390fd5b5f80546001600160a01b0319166001600160a01b038416179055600181905560405181815233907fab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d90602001610d8c565b6001600160a01b038116612ed75760405163d92e233d60e01b815260040160405180910390fd5b6064546040516001600160a01b038084169216907f175f27847b3568e0da876ffca3dc0bb52db4e6556346aedb530c6fe86610da27905f90a3606480546001600160a01b0319166001600160a01b0392909216919091179055565b6001600160a01b038116612f595760405163d92e233d60e01b815260040160405180910390fd5b6065546040516001600160a01b038084169216907f1d7f4da50d8af7a6cea3e56e235c952f5a92d4c862da2d587f7b67f6d0156bb2905f90a3606580546001600160a01b0319166001600160a01b0392909216919091179055565b8063ffffffff165f03612fe25760405163348064cb60e01b815263ffffffff82166004820152602401610889565b6065546040805163ffffffff600160b01b9093048316815291831660208301527f0e21138d0c4d1c2a7e03eb25f647cec44bf52ce685ffb2754aff077f23e10313910160405180910390a16065805463ffffffff909216600160b01b0263ffffffff60b01b19909216919091179055565b6032805460ff19168215159081179091556040519081527f40e4ed880a29e0f6ddce307457fb75cddf4feef7d3ecb0301bfdf4976a0e2dfc9060200160405180910390a150565b5f805b8281101561311e575f8484838181106130b8576130b86145c4565b919091013560f81c91505060c081106130e957604051634b3c29ab60e11b815260ff82166004820152602401610889565b600160ff82161b808410613110576040516311dfe00160e01b815260040160405180910390fd5b92909217915060010161309d565b5092915050565b602081015151806001600160401b0381111561314357613143613bf3565b60405190808252806020026020018201604052801561316c578160200160208202803683370190505b506020850152806001600160401b0381111561318a5761318a613bf3565b6040519080825280602002602001820160405280156131b3578160200160208202803683370190505b5060408501525f5b81811015613400575f6131ec846020015183815181106131dd576131dd6145c4565b60200260200101516040902090565b90505f821180156132285750602086015161320860018461456f565b81518110613218576132186145c4565b60200260200101515f1c815f1c11155b1561324657604051633b6cfadb60e21b815260040160405180910390fd5b808660200151838151811061325d5761325d6145c4565b6020026020010181815250505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166304ec63518388885f015187815181106132b0576132b06145c4565b60200260200101516040518463ffffffff1660e01b81526004016132ed9392919092835263ffffffff918216602084015216604082015260600190565b602060405180830381865afa158015613308573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061332c9190614648565b6001600160c01b03169050808760400151848151811061334e5761334e6145c4565b6020026020010181815250505f61336a886060015183166138b0565b9050806001036133ae576133a78660200151858151811061338d5761338d6145c4565b6020026020010151895f015161261990919063ffffffff16565b88526133f5565b60018111156133f5576133f26133ea82886020015187815181106133d4576133d46145c4565b60200260200101516125b490919063ffffffff16565b895190612619565b88525b5050506001016131bb565b50835161340c906138de565b909352505050565b60325460ff16156134fa5760405163124d062160e11b815260ff841660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063249a0c4290602401602060405180830381865afa158015613486573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906134aa9190614631565b90508263ffffffff168760800151826134c3919061478d565b116134f8576040516263cf3960e01b815260ff851660048201526024810182905263ffffffff84166044820152606401610889565b505b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166368bccaac85858560a001518981518110613542576135426145c4565b60209081029190910101516040516001600160e01b031960e086901b16815260ff909316600484015263ffffffff9182166024840152166044820152606401602060405180830381865afa15801561359c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906135c09190614884565b9050806001600160401b0319166135e6836040015187815181106131dd576131dd6145c4565b67ffffffffffffffff1916146136145760405163d3c67d0560e01b815260ff85166004820152602401610889565b6136478260400151868151811061362d5761362d6145c4565b6020026020010151885f015161261990919063ffffffff16565b875f01819052505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c8294c5686868660c001518a81518110613696576136966145c4565b60209081029190910101516040516001600160e01b031960e086901b16815260ff909316600484015263ffffffff9182166024840152166044820152606401602060405180830381865afa1580156136f0573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061371491906148ac565b9050808760200151878151811061372d5761372d6145c4565b60200260200101906001600160601b031690816001600160601b031681525050613777888686848760e001518b8151811061376a5761376a6145c4565b602002602001015161396f565b875180518890811061378b5761378b6145c4565b60200260200101906001600160601b031690816001600160601b0316815250505050505050505050565b7f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c19930080546001600160a01b031981166001600160a01b03848116918217845560405192169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a3505050565b5f5f60405160208152602080820152602060408201528560608201528460808201528360a082015260208160c08360055afa9051925090508061387b576040516301f7ec5f60e41b815260040160405180910390fd5b509392505050565b61388b613b4a565b6118b257604051631afcd79f60e31b815260040160405180910390fd5b61213e613883565b5f5b81156138d9576138c360018361456f565b90911690806138d181614817565b9150506138b2565b919050565b604080518082019091525f8082526020820152815115801561390257506020820151155b1561391f575050604080518082019091525f808252602082015290565b6040518060400160405280835f015181526020015f5160206148e55f395f51905f528460200151613950919061461e565b613967905f5160206148e55f395f51905f5261456f565b905292915050565b815f805b876020015151811015613b19578660ff168860400151828151811061399a5761399a6145c4565b6020026020010151901c6001165f0315613b1157835182106139d457604051632c8f6c5b60e11b815260ff88166004820152602401610889565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663f2be94ae89898c602001518681518110613a1c57613a1c6145c4565b6020026020010151898881518110613a3657613a366145c4565b60209081029190910101516040516001600160e01b031960e087901b16815260ff909416600485015263ffffffff92831660248501526044840191909152166064820152608401602060405180830381865afa158015613a98573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613abc91906148ac565b9050836001600160601b0316816001600160601b03161115613af65760405163e25ca82160e01b815260ff89166004820152602401610889565b613b0081856148c5565b935082613b0c81614817565b935050505b600101613973565b5082518114613b4057604051632c8f6c5b60e11b815260ff87166004820152602401610889565b5095945050505050565b5f613b53612dff565b54600160401b900460ff16919050565b6040518060400160405280613b76613ba6565b8152602001613b83613ba6565b905290565b60405180602001604052806001906020820280368337509192915050565b60405180604001604052806002906020820280368337509192915050565b6001600160a01b0381168114611084575f5ffd5b5f60208284031215613be8575f5ffd5b813561106c81613bc4565b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b0381118282101715613c2957613c29613bf3565b60405290565b60405161010081016001600160401b0381118282101715613c2957613c29613bf3565b604051606081016001600160401b0381118282101715613c2957613c29613bf3565b604051601f8201601f191681016001600160401b0381118282101715613c9c57613c9c613bf3565b604052919050565b5f6001600160401b03821115613cbc57613cbc613bf3565b5060051b60200190565b803563ffffffff811681146138d9575f5ffd5b5f82601f830112613ce8575f5ffd5b8135613cfb613cf682613ca4565b613c74565b8082825260208201915060208360051b860101925085831115613d1c575f5ffd5b602085015b83811015613b4057613d3281613cc6565b835260209283019201613d21565b5f60408284031215613d50575f5ffd5b613d58613c07565b823581526020928301359281019290925250919050565b5f82601f830112613d7e575f5ffd5b8135613d8c613cf682613ca4565b8082825260208201915060208360061b860101925085831115613dad575f5ffd5b602085015b83811015613b4057613dc48782613d40565b8352602090920191604001613db2565b5f82601f830112613de3575f5ffd5b613deb613c07565b806040840185811115613dfc575f5ffd5b845b81811015613e16578035845260209384019301613dfe565b509095945050505050565b5f60808284031215613e31575f5ffd5b613e39613c07565b9050613e458383613dd4565b8152613e548360408401613dd4565b602082015292915050565b5f82601f830112613e6e575f5ffd5b8135613e7c613cf682613ca4565b8082825260208201915060208360051b860101925085831115613e9d575f5ffd5b602085015b83811015613b405780356001600160401b03811115613ebf575f5ffd5b613ece886020838a0101613cd9565b84525060209283019201613ea2565b5f6101808284031215613eee575f5ffd5b613ef6613c2f565b905081356001600160401b03811115613f0d575f5ffd5b613f1984828501613cd9565b82525060208201356001600160401b03811115613f34575f5ffd5b613f4084828501613d6f565b60208301525060408201356001600160401b03811115613f5e575f5ffd5b613f6a84828501613d6f565b604083015250613f7d8360608401613e21565b6060820152613f8f8360e08401613d40565b60808201526101208201356001600160401b03811115613fad575f5ffd5b613fb984828501613cd9565b60a0830152506101408201356001600160401b03811115613fd8575f5ffd5b613fe484828501613cd9565b60c0830152506101608201356001600160401b03811115614003575f5ffd5b61400f84828501613e5f565b60e08301525092915050565b5f5f6040838503121561402c575f5ffd5b82356001600160401b03811115614041575f5ffd5b830160a08186031215614052575f5ffd5b915060208301356001600160401b0381111561406c575f5ffd5b61407885828601613edd565b9150509250929050565b5f60208284031215614092575f5ffd5b5035919050565b5f5f604083850312156140aa575f5ffd5b8235915060208301356140bc81613bc4565b809150509250929050565b5f5f5f5f61012085870312156140db575f5ffd5b843593506140ec8660208701613d40565b92506140fb8660608701613e21565b915061410a8660e08701613d40565b905092959194509250565b602080825282518282018190525f918401906040840190835b81811015613e165783516001600160a01b031683526020938401939092019160010161412e565b60ff81168114611084575f5ffd5b5f60208284031215614173575f5ffd5b813561106c81614155565b5f6020828403121561418e575f5ffd5b81356001600160401b038111156141a3575f5ffd5b8201610140818503121561106c575f5ffd5b8015158114611084575f5ffd5b5f602082840312156141d2575f5ffd5b813561106c816141b5565b5f602082840312156141ed575f5ffd5b61106c82613cc6565b634e487b7160e01b5f52602160045260245ffd5b602081016004831061422a57634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f83601f840112614240575f5ffd5b5081356001600160401b03811115614256575f5ffd5b60208301915083602082850101111561426d575f5ffd5b9250929050565b5f5f5f5f5f60808688031215614288575f5ffd5b8535945060208601356001600160401b038111156142a4575f5ffd5b6142b088828901614230565b90955093506142c3905060408701613cc6565b915060608601356001600160401b038111156142dd575f5ffd5b6142e988828901613edd565b9150509295509295909350565b5f8151808452602084019350602083015f5b8281101561432f5781516001600160601b0316865260209586019590910190600101614308565b5093949350505050565b604081525f835160408084015261435360808401826142f6565b90506020850151603f1984830301606085015261437082826142f6565b925050508260208301529392505050565b5f5f60408385031215614392575f5ffd5b823561439d81613bc4565b915060208301356001600160401b038111156143b7575f5ffd5b8301606081860312156143c8575f5ffd5b6143d0613c52565b81356001600160401b038111156143e5575f5ffd5b8201601f810187136143f5575f5ffd5b80356001600160401b0381111561440e5761440e613bf3565b614421601f8201601f1916602001613c74565b818152886020838501011115614435575f5ffd5b816020840160208301375f6020928201830152835283810135908301525060409182013591810191909152919491935090915050565b5f5f5f6060848603121561447d575f5ffd5b505081359360208301359350604090920135919050565b602080825282518282018190525f918401906040840190835b81811015613e165783518352602093840193909201916001016144ad565b5f5f602083850312156144dc575f5ffd5b82356001600160401b038111156144f1575f5ffd5b6144fd85828601614230565b90969095509350505050565b5f5f5f6060848603121561451b575f5ffd5b833592506020840135915061453260408501613cc6565b90509250925092565b5f5f6040838503121561454c575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610f3d57610f3d61455b565b5f5f8335601e19843603018112614597575f5ffd5b8301803591506001600160401b038211156145b0575f5ffd5b60200191503681900382131561426d575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b8082028115828204841417610f3d57610f3d61455b565b5f602082840312156145ff575f5ffd5b815161106c816141b5565b634e487b7160e01b5f52601260045260245ffd5b5f8261462c5761462c61460a565b500690565b5f60208284031215614641575f5ffd5b5051919050565b5f60208284031215614658575f5ffd5b81516001600160c01b038116811461106c575f5ffd5b5f5f8335601e19843603018112614683575f5ffd5b8301803591506001600160401b0382111561469c575f5ffd5b6020019150600581901b360382131561426d575f5ffd5b5f602082840312156146c3575f5ffd5b81516004811061106c575f5ffd5b63ffffffff60e01b8360e01b1681525f600482018351602085015f5b8281101561470b5781518452602093840193909101906001016146ed565b50919695505050505050565b634e487b7160e01b5f52603160045260245ffd5b60018060a01b0383168152604060208201525f82516060604084015280518060a0850152806020830160c086015e5f60c08286010152602085015160608501526040850151608085015260c0601f19601f830116850101925050509392505050565b80820180821115610f3d57610f3d61455b565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b5f602082840312156147de575f5ffd5b815161106c81614155565b5f602082840312156147f9575f5ffd5b815161106c81613bc4565b5f826148125761481261460a565b500490565b5f600182016148285761482861455b565b5060010190565b80516001600160601b03811681146138d9575f5ffd5b5f6040828403128015614856575f5ffd5b5061485f613c07565b825161486a81613bc4565b81526148786020840161482f565b60208201529392505050565b5f60208284031215614894575f5ffd5b815167ffffffffffffffff198116811461106c575f5ffd5b5f602082840312156148bc575f5ffd5b61106c8261482f565b6001600160601b038281168282160390811115610f3d57610f3d61455b56fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// MachServiceManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use MachServiceManagerMetaData.ABI instead.
var MachServiceManagerABI = MachServiceManagerMetaData.ABI

// MachServiceManagerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use MachServiceManagerMetaData.Bin instead.
var MachServiceManagerBin = MachServiceManagerMetaData.Bin

// DeployMachServiceManager deploys a new Ethereum contract, binding an instance of MachServiceManager to it.
func DeployMachServiceManager(auth *bind.TransactOpts, backend bind.ContractBackend, avsDirectory_ common.Address, registryCoordinator_ common.Address, stakeRegistry_ common.Address, blsApkRegistry_ common.Address, delegation_ common.Address) (common.Address, *types.Transaction, *MachServiceManager, error) {
	parsed, err := MachServiceManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(MachServiceManagerBin), backend, avsDirectory_, registryCoordinator_, stakeRegistry_, blsApkRegistry_, delegation_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &MachServiceManager{MachServiceManagerCaller: MachServiceManagerCaller{contract: contract}, MachServiceManagerTransactor: MachServiceManagerTransactor{contract: contract}, MachServiceManagerFilterer: MachServiceManagerFilterer{contract: contract}}, nil
}

// MachServiceManager is an auto generated Go binding around an Ethereum contract.
type MachServiceManager struct {
	MachServiceManagerCaller     // Read-only binding to the contract
	MachServiceManagerTransactor // Write-only binding to the contract
	MachServiceManagerFilterer   // Log filterer for contract events
}

// MachServiceManagerCaller is an auto generated read-only Go binding around an Ethereum contract.
type MachServiceManagerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MachServiceManagerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type MachServiceManagerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MachServiceManagerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type MachServiceManagerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MachServiceManagerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type MachServiceManagerSession struct {
	Contract     *MachServiceManager // Generic contract binding to set the session for
	CallOpts     bind.CallOpts       // Call options to use throughout this session
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// MachServiceManagerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type MachServiceManagerCallerSession struct {
	Contract *MachServiceManagerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts             // Call options to use throughout this session
}

// MachServiceManagerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type MachServiceManagerTransactorSession struct {
	Contract     *MachServiceManagerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts             // Transaction auth options to use throughout this session
}

// MachServiceManagerRaw is an auto generated low-level Go binding around an Ethereum contract.
type MachServiceManagerRaw struct {
	Contract *MachServiceManager // Generic contract binding to access the raw methods on
}

// MachServiceManagerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type MachServiceManagerCallerRaw struct {
	Contract *MachServiceManagerCaller // Generic read-only contract binding to access the raw methods on
}

// MachServiceManagerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type MachServiceManagerTransactorRaw struct {
	Contract *MachServiceManagerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewMachServiceManager creates a new instance of MachServiceManager, bound to a specific deployed contract.
func NewMachServiceManager(address common.Address, backend bind.ContractBackend) (*MachServiceManager, error) {
	contract, err := bindMachServiceManager(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &MachServiceManager{MachServiceManagerCaller: MachServiceManagerCaller{contract: contract}, MachServiceManagerTransactor: MachServiceManagerTransactor{contract: contract}, MachServiceManagerFilterer: MachServiceManagerFilterer{contract: contract}}, nil
}

// NewMachServiceManagerCaller creates a new read-only instance of MachServiceManager, bound to a specific deployed contract.
func NewMachServiceManagerCaller(address common.Address, caller bind.ContractCaller) (*MachServiceManagerCaller, error) {
	contract, err := bindMachServiceManager(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &MachServiceManagerCaller{contract: contract}, nil
}

// NewMachServiceManagerTransactor creates a new write-only instance of MachServiceManager, bound to a specific deployed contract.
func NewMachServiceManagerTransactor(address common.Address, transactor bind.ContractTransactor) (*MachServiceManagerTransactor, error) {
	contract, err := bindMachServiceManager(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &MachServiceManagerTransactor{contract: contract}, nil
}

// NewMachServiceManagerFilterer creates a new log filterer instance of MachServiceManager, bound to a specific deployed contract.
func NewMachServiceManagerFilterer(address common.Address, filterer bind.ContractFilterer) (*MachServiceManagerFilterer, error) {
	contract, err := bindMachServiceManager(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &MachServiceManagerFilterer{contract: contract}, nil
}

// bindMachServiceManager binds a generic wrapper to an already deployed contract.
func bindMachServiceManager(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := MachServiceManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MachServiceManager *MachServiceManagerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MachServiceManager.Contract.MachServiceManagerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MachServiceManager *MachServiceManagerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MachServiceManager.Contract.MachServiceManagerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MachServiceManager *MachServiceManagerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MachServiceManager.Contract.MachServiceManagerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MachServiceManager *MachServiceManagerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MachServiceManager.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MachServiceManager *MachServiceManagerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MachServiceManager.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MachServiceManager *MachServiceManagerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MachServiceManager.Contract.contract.Transact(opts, method, params...)
}

// DRILLROLLUPCHAINID is a free data retrieval call binding the contract method 0x1a5068e5.
//
// Solidity: function DRILL_ROLLUP_CHAIN_ID() view returns(uint256)
func (_MachServiceManager *MachServiceManagerCaller) DRILLROLLUPCHAINID(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "DRILL_ROLLUP_CHAIN_ID")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// DRILLROLLUPCHAINID is a free data retrieval call binding the contract method 0x1a5068e5.
//
// Solidity: function DRILL_ROLLUP_CHAIN_ID() view returns(uint256)
func (_MachServiceManager *MachServiceManagerSession) DRILLROLLUPCHAINID() (*big.Int, error) {
	return _MachServiceManager.Contract.DRILLROLLUPCHAINID(&_MachServiceManager.CallOpts)
}

// DRILLROLLUPCHAINID is a free data retrieval call binding the contract method 0x1a5068e5.
//
// Solidity: function DRILL_ROLLUP_CHAIN_ID() view returns(uint256)
func (_MachServiceManager *MachServiceManagerCallerSession) DRILLROLLUPCHAINID() (*big.Int, error) {
	return _MachServiceManager.Contract.DRILLROLLUPCHAINID(&_MachServiceManager.CallOpts)
}

// PAUSEDCONFIRMALERT is a free data retrieval call binding the contract method 0x66dc2c9b.
//
// Solidity: function PAUSED_CONFIRM_ALERT() view returns(uint8)
func (_MachServiceManager *MachServiceManagerCaller) PAUSEDCONFIRMALERT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "PAUSED_CONFIRM_ALERT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PAUSEDCONFIRMALERT is a free data retrieval call binding the contract method 0x66dc2c9b.
//
// Solidity: function PAUSED_CONFIRM_ALERT() view returns(uint8)
func (_MachServiceManager *MachServiceManagerSession) PAUSEDCONFIRMALERT() (uint8, error) {
	return _MachServiceManager.Contract.PAUSEDCONFIRMALERT(&_MachServiceManager.CallOpts)
}

// PAUSEDCONFIRMALERT is a free data retrieval call binding the contract method 0x66dc2c9b.
//
// Solidity: function PAUSED_CONFIRM_ALERT() view returns(uint8)
func (_MachServiceManager *MachServiceManagerCallerSession) PAUSEDCONFIRMALERT() (uint8, error) {
	return _MachServiceManager.Contract.PAUSEDCONFIRMALERT(&_MachServiceManager.CallOpts)
}

// PAUSEDOPERATORREGISTRATION is a free data retrieval call binding the contract method 0x0ef12c1e.
//
// Solidity: function PAUSED_OPERATOR_REGISTRATION() view returns(uint8)
func (_MachServiceManager *MachServiceManagerCaller) PAUSEDOPERATORREGISTRATION(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "PAUSED_OPERATOR_REGISTRATION")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PAUSEDOPERATORREGISTRATION is a free data retrieval call binding the contract method 0x0ef12c1e.
//
// Solidity: function PAUSED_OPERATOR_REGISTRATION() view returns(uint8)
func (_MachServiceManager *MachServiceManagerSession) PAUSEDOPERATORREGISTRATION() (uint8, error) {
	return _MachServiceManager.Contract.PAUSEDOPERATORREGISTRATION(&_MachServiceManager.CallOpts)
}

// PAUSEDOPERATORREGISTRATION is a free data retrieval call binding the contract method 0x0ef12c1e.
//
// Solidity: function PAUSED_OPERATOR_REGISTRATION() view returns(uint8)
func (_MachServiceManager *MachServiceManagerCallerSession) PAUSEDOPERATORREGISTRATION() (uint8, error) {
	return _MachServiceManager.Contract.PAUSEDOPERATORREGISTRATION(&_MachServiceManager.CallOpts)
}

// AlertConfirmer is a free data retrieval call binding the contract method 0x39bc68e7.
//
// Solidity: function alertConfirmer() view returns(address)
func (_MachServiceManager *MachServiceManagerCaller) AlertConfirmer(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "alertConfirmer")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// AlertConfirmer is a free data retrieval call binding the contract method 0x39bc68e7.
//
// Solidity: function alertConfirmer() view returns(address)
func (_MachServiceManager *MachServiceManagerSession) AlertConfirmer() (common.Address, error) {
	return _MachServiceManager.Contract.AlertConfirmer(&_MachServiceManager.CallOpts)
}

// AlertConfirmer is a free data retrieval call binding the contract method 0x39bc68e7.
//
// Solidity: function alertConfirmer() view returns(address)
func (_MachServiceManager *MachServiceManagerCallerSession) AlertConfirmer() (common.Address, error) {
	return _MachServiceManager.Contract.AlertConfirmer(&_MachServiceManager.CallOpts)
}

// AlertDigest is a free data retrieval call binding the contract method 0xbc339aae.
//
// Solidity: function alertDigest(uint256 rollupChainID, bytes32 messageHash, uint32 referenceBlockNumber) view returns(bytes32)
func (_MachServiceManager *MachServiceManagerCaller) AlertDigest(opts *bind.CallOpts, rollupChainID *big.Int, messageHash [32]byte, referenceBlockNumber uint32) ([32]byte, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "alertDigest", rollupChainID, messageHash, referenceBlockNumber)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// AlertDigest is a free data retrieval call binding the contract method 0xbc339aae.
//
// Solidity: function alertDigest(uint256 rollupChainID, bytes32 messageHash, uint32 referenceBlockNumber) view returns(bytes32)
func (_MachServiceManager *MachServiceManagerSession) AlertDigest(rollupChainID *big.Int, messageHash [32]byte, referenceBlockNumber uint32) ([32]byte, error) {
	return _MachServiceManager.Contract.AlertDigest(&_MachServiceManager.CallOpts, rollupChainID, messageHash, referenceBlockNumber)
}

// AlertDigest is a free data retrieval call binding the contract method 0xbc339aae.
//
// Solidity: function alertDigest(uint256 rollupChainID, bytes32 messageHash, uint32 referenceBlockNumber) view returns(bytes32)
func (_MachServiceManager *MachServiceManagerCallerSession) AlertDigest(rollupChainID *big.Int, messageHash [32]byte, referenceBlockNumber uint32) ([32]byte, error) {
	return _MachServiceManager.Contract.AlertDigest(&_MachServiceManager.CallOpts, rollupChainID, messageHash, referenceBlockNumber)
}

// AlertLevel is a free data retrieval call binding the contract method 0x669e82db.
//
// Solidity: function alertLevel(uint256 rollupChainID) view returns(uint8 level)
func (_MachServiceManager *MachServiceManagerCaller) AlertLevel(opts *bind.CallOpts, rollupChainID *big.Int) (uint8, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "alertLevel", rollupChainID)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// AlertLevel is a free data retrieval call binding the contract method 0x669e82db.
//
// Solidity: function alertLevel(uint256 rollupChainID) view returns(uint8 level)
func (_MachServiceManager *MachServiceManagerSession) AlertLevel(rollupChainID *big.Int) (uint8, error) {
	return _MachServiceManager.Contract.AlertLevel(&_MachServiceManager.CallOpts, rollupChainID)
}

// AlertLevel is a free data retrieval call binding the contract method 0x669e82db.
//
// Solidity: function alertLevel(uint256 rollupChainID) view returns(uint8 level)
func (_MachServiceManager *MachServiceManagerCallerSession) AlertLevel(rollupChainID *big.Int) (uint8, error) {
	return _MachServiceManager.Contract.AlertLevel(&_MachServiceManager.CallOpts, rollupChainID)
}

// AllowlistEnabled is a free data retrieval call binding the contract method 0x94c8e4ff.
//
// Solidity: function allowlistEnabled() view returns(bool)
func (_MachServiceManager *MachServiceManagerCaller) AllowlistEnabled(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "allowlistEnabled")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// AllowlistEnabled is a free data retrieval call binding the contract method 0x94c8e4ff.
//
// Solidity: function allowlistEnabled() view returns(bool)
func (_MachServiceManager *MachServiceManagerSession) AllowlistEnabled() (bool, error) {
	return _MachServiceManager.Contract.AllowlistEnabled(&_MachServiceManager.CallOpts)
}

// AllowlistEnabled is a free data retrieval call binding the contract method 0x94c8e4ff.
//
// Solidity: function allowlistEnabled() view returns(bool)
func (_MachServiceManager *MachServiceManagerCallerSession) AllowlistEnabled() (bool, error) {
	return _MachServiceManager.Contract.AllowlistEnabled(&_MachServiceManager.CallOpts)
}

// AvsDirectory is a free data retrieval call binding the contract method 0x6b3aa72e.
//
// Solidity: function avsDirectory() view returns(address)
func (_MachServiceManager *MachServiceManagerCaller) AvsDirectory(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "avsDirectory")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// AvsDirectory is a free data retrieval call binding the contract method 0x6b3aa72e.
//
// Solidity: function avsDirectory() view returns(address)
func (_MachServiceManager *MachServiceManagerSession) AvsDirectory() (common.Address, error) {
	return _MachServiceManager.Contract.AvsDirectory(&_MachServiceManager.CallOpts)
}

// AvsDirectory is a free data retrieval call binding the contract method 0x6b3aa72e.
//
// Solidity: function avsDirectory() view returns(address)
func (_MachServiceManager *MachServiceManagerCallerSession) AvsDirectory() (common.Address, error) {
	return _MachServiceManager.Contract.AvsDirectory(&_MachServiceManager.CallOpts)
}

// BlsApkRegistry is a free data retrieval call binding the contract method 0x5df45946.
//
// Solidity: function blsApkRegistry() view returns(address)
func (_MachServiceManager *MachServiceManagerCaller) BlsApkRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "blsApkRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// BlsApkRegistry is a free data retrieval call binding the contract method 0x5df45946.
//
// Solidity: function blsApkRegistry() view returns(address)
func (_MachServiceManager *MachServiceManagerSession) BlsApkRegistry() (common.Address, error) {
	return _MachServiceManager.Contract.BlsApkRegistry(&_MachServiceManager.CallOpts)
}

// BlsApkRegistry is a free data retrieval call binding the contract method 0x5df45946.
//
// Solidity: function blsApkRegistry() view returns(address)
func (_MachServiceManager *MachServiceManagerCallerSession) BlsApkRegistry() (common.Address, error) {
	return _MachServiceManager.Contract.BlsApkRegistry(&_MachServiceManager.CallOpts)
}

// CheckSignatures is a free data retrieval call binding the contract method 0x6efb4636.
//
// Solidity: function checkSignatures(bytes32 msgHash, bytes quorumNumbers, uint32 referenceBlockNumber, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) params) view returns((uint96[],uint96[]) totals, bytes32 signatoryRecordHash)
func (_MachServiceManager *MachServiceManagerCaller) CheckSignatures(opts *bind.CallOpts, msgHash [32]byte, quorumNumbers []byte, referenceBlockNumber uint32, params BLSSignatureCheckerNonSignerStakesAndSignature) (struct {
	Totals              BLSSignatureCheckerQuorumStakeTotals
	SignatoryRecordHash [32]byte
}, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "checkSignatures", msgHash, quorumNumbers, referenceBlockNumber, params)

	outstruct := new(struct {
		Totals              BLSSignatureCheckerQuorumStakeTotals
		SignatoryRecordHash [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Totals = *abi.ConvertType(out[0], new(BLSSignatureCheckerQuorumStakeTotals)).(*BLSSignatureCheckerQuorumStakeTotals)
	outstruct.SignatoryRecordHash = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// CheckSignatures is a free data retrieval call binding the contract method 0x6efb4636.
//
// Solidity: function checkSignatures(bytes32 msgHash, bytes quorumNumbers, uint32 referenceBlockNumber, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) params) view returns((uint96[],uint96[]) totals, bytes32 signatoryRecordHash)
func (_MachServiceManager *MachServiceManagerSession) CheckSignatures(msgHash [32]byte, quorumNumbers []byte, referenceBlockNumber uint32, params BLSSignatureCheckerNonSignerStakesAndSignature) (struct {
	Totals              BLSSignatureCheckerQuorumStakeTotals
	SignatoryRecordHash [32]byte
}, error) {
	return _MachServiceManager.Contract.CheckSignatures(&_MachServiceManager.CallOpts, msgHash, quorumNumbers, referenceBlockNumber, params)
}

// CheckSignatures is a free data retrieval call binding the contract method 0x6efb4636.
//
// Solidity: function checkSignatures(bytes32 msgHash, bytes quorumNumbers, uint32 referenceBlockNumber, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) params) view returns((uint96[],uint96[]) totals, bytes32 signatoryRecordHash)
func (_MachServiceManager *MachServiceManagerCallerSession) CheckSignatures(msgHash [32]byte, quorumNumbers []byte, referenceBlockNumber uint32, params BLSSignatureCheckerNonSignerStakesAndSignature) (struct {
	Totals              BLSSignatureCheckerQuorumStakeTotals
	SignatoryRecordHash [32]byte
}, error) {
	return _MachServiceManager.Contract.CheckSignatures(&_MachServiceManager.CallOpts, msgHash, quorumNumbers, referenceBlockNumber, params)
}

// Contains is a free data retrieval call binding the contract method 0xe0e387ab.
//
// Solidity: function contains(uint256 rollupChainID, bytes32 messageHash) view returns(bool)
func (_MachServiceManager *MachServiceManagerCaller) Contains(opts *bind.CallOpts, rollupChainID *big.Int, messageHash [32]byte) (bool, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "contains", rollupChainID, messageHash)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Contains is a free data retrieval call binding the contract method 0xe0e387ab.
//
// Solidity: function contains(uint256 rollupChainID, bytes32 messageHash) view returns(bool)
func (_MachServiceManager *MachServiceManagerSession) Contains(rollupChainID *big.Int, messageHash [32]byte) (bool, error) {
	return _MachServiceManager.Contract.Contains(&_MachServiceManager.CallOpts, rollupChainID, messageHash)
}

// Contains is a free data retrieval call binding the contract method 0xe0e387ab.
//
// Solidity: function contains(uint256 rollupChainID, bytes32 messageHash) view returns(bool)
func (_MachServiceManager *MachServiceManagerCallerSession) Contains(rollupChainID *big.Int, messageHash [32]byte) (bool, error) {
	return _MachServiceManager.Contract.Contains(&_MachServiceManager.CallOpts, rollupChainID, messageHash)
}

// Delegation is a free data retrieval call binding the contract method 0xdf5cf723.
//
// Solidity: function delegation() view returns(address)
func (_MachServiceManager *MachServiceManagerCaller) Delegation(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "delegation")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Delegation is a free data retrieval call binding the contract method 0xdf5cf723.
//
// Solidity: function delegation() view returns(address)
func (_MachServiceManager *MachServiceManagerSession) Delegation() (common.Address, error) {
	return _MachServiceManager.Contract.Delegation(&_MachServiceManager.CallOpts)
}

// Delegation is a free data retrieval call binding the contract method 0xdf5cf723.
//
// Solidity: function delegation() view returns(address)
func (_MachServiceManager *MachServiceManagerCallerSession) Delegation() (common.Address, error) {
	return _MachServiceManager.Contract.Delegation(&_MachServiceManager.CallOpts)
}

// GetOperatorRestakedStrategies is a free data retrieval call binding the contract method 0x33cfb7b7.
//
// Solidity: function getOperatorRestakedStrategies(address operator) view returns(address[])
func (_MachServiceManager *MachServiceManagerCaller) GetOperatorRestakedStrategies(opts *bind.CallOpts, operator common.Address) ([]common.Address, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "getOperatorRestakedStrategies", operator)

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// GetOperatorRestakedStrategies is a free data retrieval call binding the contract method 0x33cfb7b7.
//
// Solidity: function getOperatorRestakedStrategies(address operator) view returns(address[])
func (_MachServiceManager *MachServiceManagerSession) GetOperatorRestakedStrategies(operator common.Address) ([]common.Address, error) {
	return _MachServiceManager.Contract.GetOperatorRestakedStrategies(&_MachServiceManager.CallOpts, operator)
}

// GetOperatorRestakedStrategies is a free data retrieval call binding the contract method 0x33cfb7b7.
//
// Solidity: function getOperatorRestakedStrategies(address operator) view returns(address[])
func (_MachServiceManager *MachServiceManagerCallerSession) GetOperatorRestakedStrategies(operator common.Address) ([]common.Address, error) {
	return _MachServiceManager.Contract.GetOperatorRestakedStrategies(&_MachServiceManager.CallOpts, operator)
}

// GetRestakeableStrategies is a free data retrieval call binding the contract method 0xe481af9d.
//
// Solidity: function getRestakeableStrategies() view returns(address[])
func (_MachServiceManager *MachServiceManagerCaller) GetRestakeableStrategies(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "getRestakeableStrategies")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// GetRestakeableStrategies is a free data retrieval call binding the contract method 0xe481af9d.
//
// Solidity: function getRestakeableStrategies() view returns(address[])
func (_MachServiceManager *MachServiceManagerSession) GetRestakeableStrategies() ([]common.Address, error) {
	return _MachServiceManager.Contract.GetRestakeableStrategies(&_MachServiceManager.CallOpts)
}

// GetRestakeableStrategies is a free data retrieval call binding the contract method 0xe481af9d.
//
// Solidity: function getRestakeableStrategies() view returns(address[])
func (_MachServiceManager *MachServiceManagerCallerSession) GetRestakeableStrategies() ([]common.Address, error) {
	return _MachServiceManager.Contract.GetRestakeableStrategies(&_MachServiceManager.CallOpts)
}

// IsAlerted is a free data retrieval call binding the contract method 0x88f0afa1.
//
// Solidity: function isAlerted(uint256 rollupChainID) view returns(bool)
func (_MachServiceManager *MachServiceManagerCaller) IsAlerted(opts *bind.CallOpts, rollupChainID *big.Int) (bool, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "isAlerted", rollupChainID)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsAlerted is a free data retrieval call binding the contract method 0x88f0afa1.
//
// Solidity: function isAlerted(uint256 rollupChainID) view returns(bool)
func (_MachServiceManager *MachServiceManagerSession) IsAlerted(rollupChainID *big.Int) (bool, error) {
	return _MachServiceManager.Contract.IsAlerted(&_MachServiceManager.CallOpts, rollupChainID)
}

// IsAlerted is a free data retrieval call binding the contract method 0x88f0afa1.
//
// Solidity: function isAlerted(uint256 rollupChainID) view returns(bool)
func (_MachServiceManager *MachServiceManagerCallerSession) IsAlerted(rollupChainID *big.Int) (bool, error) {
	return _MachServiceManager.Contract.IsAlerted(&_MachServiceManager.CallOpts, rollupChainID)
}

// IsAllowlisted is a free data retrieval call binding the contract method 0x05a3b809.
//
// Solidity: function isAllowlisted(address operator) view returns(bool)
func (_MachServiceManager *MachServiceManagerCaller) IsAllowlisted(opts *bind.CallOpts, operator common.Address) (bool, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "isAllowlisted", operator)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsAllowlisted is a free data retrieval call binding the contract method 0x05a3b809.
//
// Solidity: function isAllowlisted(address operator) view returns(bool)
func (_MachServiceManager *MachServiceManagerSession) IsAllowlisted(operator common.Address) (bool, error) {
	return _MachServiceManager.Contract.IsAllowlisted(&_MachServiceManager.CallOpts, operator)
}

// IsAllowlisted is a free data retrieval call binding the contract method 0x05a3b809.
//
// Solidity: function isAllowlisted(address operator) view returns(bool)
func (_MachServiceManager *MachServiceManagerCallerSession) IsAllowlisted(operator common.Address) (bool, error) {
	return _MachServiceManager.Contract.IsAllowlisted(&_MachServiceManager.CallOpts, operator)
}

// IsSupportedRollup is a free data retrieval call binding the contract method 0x192e55af.
//
// Solidity: function isSupportedRollup(uint256 rollupChainID) view returns(bool)
func (_MachServiceManager *MachServiceManagerCaller) IsSupportedRollup(opts *bind.CallOpts, rollupChainID *big.Int) (bool, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "isSupportedRollup", rollupChainID)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsSupportedRollup is a free data retrieval call binding the contract method 0x192e55af.
//
// Solidity: function isSupportedRollup(uint256 rollupChainID) view returns(bool)
func (_MachServiceManager *MachServiceManagerSession) IsSupportedRollup(rollupChainID *big.Int) (bool, error) {
	return _MachServiceManager.Contract.IsSupportedRollup(&_MachServiceManager.CallOpts, rollupChainID)
}

// IsSupportedRollup is a free data retrieval call binding the contract method 0x192e55af.
//
// Solidity: function isSupportedRollup(uint256 rollupChainID) view returns(bool)
func (_MachServiceManager *MachServiceManagerCallerSession) IsSupportedRollup(rollupChainID *big.Int) (bool, error) {
	return _MachServiceManager.Contract.IsSupportedRollup(&_MachServiceManager.CallOpts, rollupChainID)
}

// MaxReferenceBlockAge is a free data retrieval call binding the contract method 0x64b1d16d.
//
// Solidity: function maxReferenceBlockAge() view returns(uint32)
func (_MachServiceManager *MachServiceManagerCaller) MaxReferenceBlockAge(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "maxReferenceBlockAge")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MaxReferenceBlockAge is a free data retrieval call binding the contract method 0x64b1d16d.
//
// Solidity: function maxReferenceBlockAge() view returns(uint32)
func (_MachServiceManager *MachServiceManagerSession) MaxReferenceBlockAge() (uint32, error) {
	return _MachServiceManager.Contract.MaxReferenceBlockAge(&_MachServiceManager.CallOpts)
}

// MaxReferenceBlockAge is a free data retrieval call binding the contract method 0x64b1d16d.
//
// Solidity: function maxReferenceBlockAge() view returns(uint32)
func (_MachServiceManager *MachServiceManagerCallerSession) MaxReferenceBlockAge() (uint32, error) {
	return _MachServiceManager.Contract.MaxReferenceBlockAge(&_MachServiceManager.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_MachServiceManager *MachServiceManagerCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_MachServiceManager *MachServiceManagerSession) Owner() (common.Address, error) {
	return _MachServiceManager.Contract.Owner(&_MachServiceManager.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_MachServiceManager *MachServiceManagerCallerSession) Owner() (common.Address, error) {
	return _MachServiceManager.Contract.Owner(&_MachServiceManager.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5ac86ab7.
//
// Solidity: function paused(uint8 index) view returns(bool)
func (_MachServiceManager *MachServiceManagerCaller) Paused(opts *bind.CallOpts, index uint8) (bool, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "paused", index)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Paused is a free data retrieval call binding the contract method 0x5ac86ab7.
//
// Solidity: function paused(uint8 index) view returns(bool)
func (_MachServiceManager *MachServiceManagerSession) Paused(index uint8) (bool, error) {
	return _MachServiceManager.Contract.Paused(&_MachServiceManager.CallOpts, index)
}

// Paused is a free data retrieval call binding the contract method 0x5ac86ab7.
//
// Solidity: function paused(uint8 index) view returns(bool)
func (_MachServiceManager *MachServiceManagerCallerSession) Paused(index uint8) (bool, error) {
	return _MachServiceManager.Contract.Paused(&_MachServiceManager.CallOpts, index)
}

// Paused0 is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(uint256)
func (_MachServiceManager *MachServiceManagerCaller) Paused0(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "paused0")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Paused0 is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(uint256)
func (_MachServiceManager *MachServiceManagerSession) Paused0() (*big.Int, error) {
	return _MachServiceManager.Contract.Paused0(&_MachServiceManager.CallOpts)
}

// Paused0 is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(uint256)
func (_MachServiceManager *MachServiceManagerCallerSession) Paused0() (*big.Int, error) {
	return _MachServiceManager.Contract.Paused0(&_MachServiceManager.CallOpts)
}

// PauserRegistry is a free data retrieval call binding the contract method 0x886f1195.
//
// Solidity: function pauserRegistry() view returns(address)
func (_MachServiceManager *MachServiceManagerCaller) PauserRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "pauserRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PauserRegistry is a free data retrieval call binding the contract method 0x886f1195.
//
// Solidity: function pauserRegistry() view returns(address)
func (_MachServiceManager *MachServiceManagerSession) PauserRegistry() (common.Address, error) {
	return _MachServiceManager.Contract.PauserRegistry(&_MachServiceManager.CallOpts)
}

// PauserRegistry is a free data retrieval call binding the contract method 0x886f1195.
//
// Solidity: function pauserRegistry() view returns(address)
func (_MachServiceManager *MachServiceManagerCallerSession) PauserRegistry() (common.Address, error) {
	return _MachServiceManager.Contract.PauserRegistry(&_MachServiceManager.CallOpts)
}

// QueryMessageHashes is a free data retrieval call binding the contract method 0x9d81ceba.
//
// Solidity: function queryMessageHashes(uint256 rollupChainID, uint256 start, uint256 querySize) view returns(bytes32[] hashes)
func (_MachServiceManager *MachServiceManagerCaller) QueryMessageHashes(opts *bind.CallOpts, rollupChainID *big.Int, start *big.Int, querySize *big.Int) ([][32]byte, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "queryMessageHashes", rollupChainID, start, querySize)

	if err != nil {
		return *new([][32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)

	return out0, err

}

// QueryMessageHashes is a free data retrieval call binding the contract method 0x9d81ceba.
//
// Solidity: function queryMessageHashes(uint256 rollupChainID, uint256 start, uint256 querySize) view returns(bytes32[] hashes)
func (_MachServiceManager *MachServiceManagerSession) QueryMessageHashes(rollupChainID *big.Int, start *big.Int, querySize *big.Int) ([][32]byte, error) {
	return _MachServiceManager.Contract.QueryMessageHashes(&_MachServiceManager.CallOpts, rollupChainID, start, querySize)
}

// QueryMessageHashes is a free data retrieval call binding the contract method 0x9d81ceba.
//
// Solidity: function queryMessageHashes(uint256 rollupChainID, uint256 start, uint256 querySize) view returns(bytes32[] hashes)
func (_MachServiceManager *MachServiceManagerCallerSession) QueryMessageHashes(rollupChainID *big.Int, start *big.Int, querySize *big.Int) ([][32]byte, error) {
	return _MachServiceManager.Contract.QueryMessageHashes(&_MachServiceManager.CallOpts, rollupChainID, start, querySize)
}

// QuorumThresholdPercentage is a free data retrieval call binding the contract method 0x4deabc21.
//
// Solidity: function quorumThresholdPercentage() view returns(uint8)
func (_MachServiceManager *MachServiceManagerCaller) QuorumThresholdPercentage(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "quorumThresholdPercentage")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// QuorumThresholdPercentage is a free data retrieval call binding the contract method 0x4deabc21.
//
// Solidity: function quorumThresholdPercentage() view returns(uint8)
func (_MachServiceManager *MachServiceManagerSession) QuorumThresholdPercentage() (uint8, error) {
	return _MachServiceManager.Contract.QuorumThresholdPercentage(&_MachServiceManager.CallOpts)
}

// QuorumThresholdPercentage is a free data retrieval call binding the contract method 0x4deabc21.
//
// Solidity: function quorumThresholdPercentage() view returns(uint8)
func (_MachServiceManager *MachServiceManagerCallerSession) QuorumThresholdPercentage() (uint8, error) {
	return _MachServiceManager.Contract.QuorumThresholdPercentage(&_MachServiceManager.CallOpts)
}

// RegistryCoordinator is a free data retrieval call binding the contract method 0x6d14a987.
//
// Solidity: function registryCoordinator() view returns(address)
func (_MachServiceManager *MachServiceManagerCaller) RegistryCoordinator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "registryCoordinator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// RegistryCoordinator is a free data retrieval call binding the contract method 0x6d14a987.
//
// Solidity: function registryCoordinator() view returns(address)
func (_MachServiceManager *MachServiceManagerSession) RegistryCoordinator() (common.Address, error) {
	return _MachServiceManager.Contract.RegistryCoordinator(&_MachServiceManager.CallOpts)
}

// RegistryCoordinator is a free data retrieval call binding the contract method 0x6d14a987.
//
// Solidity: function registryCoordinator() view returns(address)
func (_MachServiceManager *MachServiceManagerCallerSession) RegistryCoordinator() (common.Address, error) {
	return _MachServiceManager.Contract.RegistryCoordinator(&_MachServiceManager.CallOpts)
}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_MachServiceManager *MachServiceManagerCaller) StakeRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "stakeRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_MachServiceManager *MachServiceManagerSession) StakeRegistry() (common.Address, error) {
	return _MachServiceManager.Contract.StakeRegistry(&_MachServiceManager.CallOpts)
}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_MachServiceManager *MachServiceManagerCallerSession) StakeRegistry() (common.Address, error) {
	return _MachServiceManager.Contract.StakeRegistry(&_MachServiceManager.CallOpts)
}

// StaleStakesForbidden is a free data retrieval call binding the contract method 0xb98d0908.
//
// Solidity: function staleStakesForbidden() view returns(bool)
func (_MachServiceManager *MachServiceManagerCaller) StaleStakesForbidden(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "staleStakesForbidden")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// StaleStakesForbidden is a free data retrieval call binding the contract method 0xb98d0908.
//
// Solidity: function staleStakesForbidden() view returns(bool)
func (_MachServiceManager *MachServiceManagerSession) StaleStakesForbidden() (bool, error) {
	return _MachServiceManager.Contract.StaleStakesForbidden(&_MachServiceManager.CallOpts)
}

// StaleStakesForbidden is a free data retrieval call binding the contract method 0xb98d0908.
//
// Solidity: function staleStakesForbidden() view returns(bool)
func (_MachServiceManager *MachServiceManagerCallerSession) StaleStakesForbidden() (bool, error) {
	return _MachServiceManager.Contract.StaleStakesForbidden(&_MachServiceManager.CallOpts)
}

// SupportedRollups is a free data retrieval call binding the contract method 0xaf793f16.
//
// Solidity: function supportedRollups() view returns(uint256[])
func (_MachServiceManager *MachServiceManagerCaller) SupportedRollups(opts *bind.CallOpts) ([]*big.Int, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "supportedRollups")

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// SupportedRollups is a free data retrieval call binding the contract method 0xaf793f16.
//
// Solidity: function supportedRollups() view returns(uint256[])
func (_MachServiceManager *MachServiceManagerSession) SupportedRollups() ([]*big.Int, error) {
	return _MachServiceManager.Contract.SupportedRollups(&_MachServiceManager.CallOpts)
}

// SupportedRollups is a free data retrieval call binding the contract method 0xaf793f16.
//
// Solidity: function supportedRollups() view returns(uint256[])
func (_MachServiceManager *MachServiceManagerCallerSession) SupportedRollups() ([]*big.Int, error) {
	return _MachServiceManager.Contract.SupportedRollups(&_MachServiceManager.CallOpts)
}

// TotalAlerts is a free data retrieval call binding the contract method 0xb733cc77.
//
// Solidity: function totalAlerts(uint256 rollupChainID) view returns(uint256)
func (_MachServiceManager *MachServiceManagerCaller) TotalAlerts(opts *bind.CallOpts, rollupChainID *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "totalAlerts", rollupChainID)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalAlerts is a free data retrieval call binding the contract method 0xb733cc77.
//
// Solidity: function totalAlerts(uint256 rollupChainID) view returns(uint256)
func (_MachServiceManager *MachServiceManagerSession) TotalAlerts(rollupChainID *big.Int) (*big.Int, error) {
	return _MachServiceManager.Contract.TotalAlerts(&_MachServiceManager.CallOpts, rollupChainID)
}

// TotalAlerts is a free data retrieval call binding the contract method 0xb733cc77.
//
// Solidity: function totalAlerts(uint256 rollupChainID) view returns(uint256)
func (_MachServiceManager *MachServiceManagerCallerSession) TotalAlerts(rollupChainID *big.Int) (*big.Int, error) {
	return _MachServiceManager.Contract.TotalAlerts(&_MachServiceManager.CallOpts, rollupChainID)
}

// TrySignatureAndApkVerification is a free data retrieval call binding the contract method 0x171f1d5b.
//
// Solidity: function trySignatureAndApkVerification(bytes32 msgHash, (uint256,uint256) apk, (uint256[2],uint256[2]) apkG2, (uint256,uint256) sigma) view returns(bool pairingSuccessful, bool signatureIsValid)
func (_MachServiceManager *MachServiceManagerCaller) TrySignatureAndApkVerification(opts *bind.CallOpts, msgHash [32]byte, apk BN254G1Point, apkG2 BN254G2Point, sigma BN254G1Point) (struct {
	PairingSuccessful bool
	SignatureIsValid  bool
}, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "trySignatureAndApkVerification", msgHash, apk, apkG2, sigma)

	outstruct := new(struct {
		PairingSuccessful bool
		SignatureIsValid  bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.PairingSuccessful = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.SignatureIsValid = *abi.ConvertType(out[1], new(bool)).(*bool)

	return *outstruct, err

}

// TrySignatureAndApkVerification is a free data retrieval call binding the contract method 0x171f1d5b.
//
// Solidity: function trySignatureAndApkVerification(bytes32 msgHash, (uint256,uint256) apk, (uint256[2],uint256[2]) apkG2, (uint256,uint256) sigma) view returns(bool pairingSuccessful, bool signatureIsValid)
func (_MachServiceManager *MachServiceManagerSession) TrySignatureAndApkVerification(msgHash [32]byte, apk BN254G1Point, apkG2 BN254G2Point, sigma BN254G1Point) (struct {
	PairingSuccessful bool
	SignatureIsValid  bool
}, error) {
	return _MachServiceManager.Contract.TrySignatureAndApkVerification(&_MachServiceManager.CallOpts, msgHash, apk, apkG2, sigma)
}

// TrySignatureAndApkVerification is a free data retrieval call binding the contract method 0x171f1d5b.
//
// Solidity: function trySignatureAndApkVerification(bytes32 msgHash, (uint256,uint256) apk, (uint256[2],uint256[2]) apkG2, (uint256,uint256) sigma) view returns(bool pairingSuccessful, bool signatureIsValid)
func (_MachServiceManager *MachServiceManagerCallerSession) TrySignatureAndApkVerification(msgHash [32]byte, apk BN254G1Point, apkG2 BN254G2Point, sigma BN254G1Point) (struct {
	PairingSuccessful bool
	SignatureIsValid  bool
}, error) {
	return _MachServiceManager.Contract.TrySignatureAndApkVerification(&_MachServiceManager.CallOpts, msgHash, apk, apkG2, sigma)
}

// Whitelister is a free data retrieval call binding the contract method 0x22758a4a.
//
// Solidity: function whitelister() view returns(address)
func (_MachServiceManager *MachServiceManagerCaller) Whitelister(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "whitelister")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Whitelister is a free data retrieval call binding the contract method 0x22758a4a.
//
// Solidity: function whitelister() view returns(address)
func (_MachServiceManager *MachServiceManagerSession) Whitelister() (common.Address, error) {
	return _MachServiceManager.Contract.Whitelister(&_MachServiceManager.CallOpts)
}

// Whitelister is a free data retrieval call binding the contract method 0x22758a4a.
//
// Solidity: function whitelister() view returns(address)
func (_MachServiceManager *MachServiceManagerCallerSession) Whitelister() (common.Address, error) {
	return _MachServiceManager.Contract.Whitelister(&_MachServiceManager.CallOpts)
}

// ZkServiceManager is a free data retrieval call binding the contract method 0xed718212.
//
// Solidity: function zkServiceManager(uint256 rollupChainID) view returns(address)
func (_MachServiceManager *MachServiceManagerCaller) ZkServiceManager(opts *bind.CallOpts, rollupChainID *big.Int) (common.Address, error) {
	var out []interface{}
	err := _MachServiceManager.contract.Call(opts, &out, "zkServiceManager", rollupChainID)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ZkServiceManager is a free data retrieval call binding the contract method 0xed718212.
//
// Solidity: function zkServiceManager(uint256 rollupChainID) view returns(address)
func (_MachServiceManager *MachServiceManagerSession) ZkServiceManager(rollupChainID *big.Int) (common.Address, error) {
	return _MachServiceManager.Contract.ZkServiceManager(&_MachServiceManager.CallOpts, rollupChainID)
}

// ZkServiceManager is a free data retrieval call binding the contract method 0xed718212.
//
// Solidity: function zkServiceManager(uint256 rollupChainID) view returns(address)
func (_MachServiceManager *MachServiceManagerCallerSession) ZkServiceManager(rollupChainID *big.Int) (common.Address, error) {
	return _MachServiceManager.Contract.ZkServiceManager(&_MachServiceManager.CallOpts, rollupChainID)
}

// AddSupportedRollup is a paid mutator transaction binding the contract method 0x396ee635.
//
// Solidity: function addSupportedRollup(uint256 rollupChainID) returns()
func (_MachServiceManager *MachServiceManagerTransactor) AddSupportedRollup(opts *bind.TransactOpts, rollupChainID *big.Int) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "addSupportedRollup", rollupChainID)
}

// AddSupportedRollup is a paid mutator transaction binding the contract method 0x396ee635.
//
// Solidity: function addSupportedRollup(uint256 rollupChainID) returns()
func (_MachServiceManager *MachServiceManagerSession) AddSupportedRollup(rollupChainID *big.Int) (*types.Transaction, error) {
	return _MachServiceManager.Contract.AddSupportedRollup(&_MachServiceManager.TransactOpts, rollupChainID)
}

// AddSupportedRollup is a paid mutator transaction binding the contract method 0x396ee635.
//
// Solidity: function addSupportedRollup(uint256 rollupChainID) returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) AddSupportedRollup(rollupChainID *big.Int) (*types.Transaction, error) {
	return _MachServiceManager.Contract.AddSupportedRollup(&_MachServiceManager.TransactOpts, rollupChainID)
}

// AddToAllowlist is a paid mutator transaction binding the contract method 0xf8e86ece.
//
// Solidity: function addToAllowlist(address operator) returns()
func (_MachServiceManager *MachServiceManagerTransactor) AddToAllowlist(opts *bind.TransactOpts, operator common.Address) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "addToAllowlist", operator)
}

// AddToAllowlist is a paid mutator transaction binding the contract method 0xf8e86ece.
//
// Solidity: function addToAllowlist(address operator) returns()
func (_MachServiceManager *MachServiceManagerSession) AddToAllowlist(operator common.Address) (*types.Transaction, error) {
	return _MachServiceManager.Contract.AddToAllowlist(&_MachServiceManager.TransactOpts, operator)
}

// AddToAllowlist is a paid mutator transaction binding the contract method 0xf8e86ece.
//
// Solidity: function addToAllowlist(address operator) returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) AddToAllowlist(operator common.Address) (*types.Transaction, error) {
	return _MachServiceManager.Contract.AddToAllowlist(&_MachServiceManager.TransactOpts, operator)
}

// ConfirmAlert is a paid mutator transaction binding the contract method 0x0898f07f.
//
// Solidity: function confirmAlert((bytes32,bytes,bytes,uint32,uint256) header, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) signature) returns()
func (_MachServiceManager *MachServiceManagerTransactor) ConfirmAlert(opts *bind.TransactOpts, header MachServiceManagerAlertHeader, signature BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "confirmAlert", header, signature)
}

// ConfirmAlert is a paid mutator transaction binding the contract method 0x0898f07f.
//
// Solidity: function confirmAlert((bytes32,bytes,bytes,uint32,uint256) header, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) signature) returns()
func (_MachServiceManager *MachServiceManagerSession) ConfirmAlert(header MachServiceManagerAlertHeader, signature BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _MachServiceManager.Contract.ConfirmAlert(&_MachServiceManager.TransactOpts, header, signature)
}

// ConfirmAlert is a paid mutator transaction binding the contract method 0x0898f07f.
//
// Solidity: function confirmAlert((bytes32,bytes,bytes,uint32,uint256) header, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) signature) returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) ConfirmAlert(header MachServiceManagerAlertHeader, signature BLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _MachServiceManager.Contract.ConfirmAlert(&_MachServiceManager.TransactOpts, header, signature)
}

// DeregisterOperatorFromAVS is a paid mutator transaction binding the contract method 0xa364f4da.
//
// Solidity: function deregisterOperatorFromAVS(address operator) returns()
func (_MachServiceManager *MachServiceManagerTransactor) DeregisterOperatorFromAVS(opts *bind.TransactOpts, operator common.Address) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "deregisterOperatorFromAVS", operator)
}

// DeregisterOperatorFromAVS is a paid mutator transaction binding the contract method 0xa364f4da.
//
// Solidity: function deregisterOperatorFromAVS(address operator) returns()
func (_MachServiceManager *MachServiceManagerSession) DeregisterOperatorFromAVS(operator common.Address) (*types.Transaction, error) {
	return _MachServiceManager.Contract.DeregisterOperatorFromAVS(&_MachServiceManager.TransactOpts, operator)
}

// DeregisterOperatorFromAVS is a paid mutator transaction binding the contract method 0xa364f4da.
//
// Solidity: function deregisterOperatorFromAVS(address operator) returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) DeregisterOperatorFromAVS(operator common.Address) (*types.Transaction, error) {
	return _MachServiceManager.Contract.DeregisterOperatorFromAVS(&_MachServiceManager.TransactOpts, operator)
}

// DisableAllowlist is a paid mutator transaction binding the contract method 0xcf8e629a.
//
// Solidity: function disableAllowlist() returns()
func (_MachServiceManager *MachServiceManagerTransactor) DisableAllowlist(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "disableAllowlist")
}

// DisableAllowlist is a paid mutator transaction binding the contract method 0xcf8e629a.
//
// Solidity: function disableAllowlist() returns()
func (_MachServiceManager *MachServiceManagerSession) DisableAllowlist() (*types.Transaction, error) {
	return _MachServiceManager.Contract.DisableAllowlist(&_MachServiceManager.TransactOpts)
}

// DisableAllowlist is a paid mutator transaction binding the contract method 0xcf8e629a.
//
// Solidity: function disableAllowlist() returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) DisableAllowlist() (*types.Transaction, error) {
	return _MachServiceManager.Contract.DisableAllowlist(&_MachServiceManager.TransactOpts)
}

// EnableAllowlist is a paid mutator transaction binding the contract method 0xc6a2aac8.
//
// Solidity: function enableAllowlist() returns()
func (_MachServiceManager *MachServiceManagerTransactor) EnableAllowlist(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "enableAllowlist")
}

// EnableAllowlist is a paid mutator transaction binding the contract method 0xc6a2aac8.
//
// Solidity: function enableAllowlist() returns()
func (_MachServiceManager *MachServiceManagerSession) EnableAllowlist() (*types.Transaction, error) {
	return _MachServiceManager.Contract.EnableAllowlist(&_MachServiceManager.TransactOpts)
}

// EnableAllowlist is a paid mutator transaction binding the contract method 0xc6a2aac8.
//
// Solidity: function enableAllowlist() returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) EnableAllowlist() (*types.Transaction, error) {
	return _MachServiceManager.Contract.EnableAllowlist(&_MachServiceManager.TransactOpts)
}

// Initialize is a paid mutator transaction binding the contract method 0x414e59cf.
//
// Solidity: function initialize((address,address,address,address,uint256,uint256[],uint8,uint32,bool,bool) p) returns()
func (_MachServiceManager *MachServiceManagerTransactor) Initialize(opts *bind.TransactOpts, p MachServiceManagerInitParams) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "initialize", p)
}

// Initialize is a paid mutator transaction binding the contract method 0x414e59cf.
//
// Solidity: function initialize((address,address,address,address,uint256,uint256[],uint8,uint32,bool,bool) p) returns()
func (_MachServiceManager *MachServiceManagerSession) Initialize(p MachServiceManagerInitParams) (*types.Transaction, error) {
	return _MachServiceManager.Contract.Initialize(&_MachServiceManager.TransactOpts, p)
}

// Initialize is a paid mutator transaction binding the contract method 0x414e59cf.
//
// Solidity: function initialize((address,address,address,address,uint256,uint256[],uint8,uint32,bool,bool) p) returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) Initialize(p MachServiceManagerInitParams) (*types.Transaction, error) {
	return _MachServiceManager.Contract.Initialize(&_MachServiceManager.TransactOpts, p)
}

// Pause is a paid mutator transaction binding the contract method 0x136439dd.
//
// Solidity: function pause(uint256 newPausedStatus) returns()
func (_MachServiceManager *MachServiceManagerTransactor) Pause(opts *bind.TransactOpts, newPausedStatus *big.Int) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "pause", newPausedStatus)
}

// Pause is a paid mutator transaction binding the contract method 0x136439dd.
//
// Solidity: function pause(uint256 newPausedStatus) returns()
func (_MachServiceManager *MachServiceManagerSession) Pause(newPausedStatus *big.Int) (*types.Transaction, error) {
	return _MachServiceManager.Contract.Pause(&_MachServiceManager.TransactOpts, newPausedStatus)
}

// Pause is a paid mutator transaction binding the contract method 0x136439dd.
//
// Solidity: function pause(uint256 newPausedStatus) returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) Pause(newPausedStatus *big.Int) (*types.Transaction, error) {
	return _MachServiceManager.Contract.Pause(&_MachServiceManager.TransactOpts, newPausedStatus)
}

// PauseAll is a paid mutator transaction binding the contract method 0x595c6a67.
//
// Solidity: function pauseAll() returns()
func (_MachServiceManager *MachServiceManagerTransactor) PauseAll(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "pauseAll")
}

// PauseAll is a paid mutator transaction binding the contract method 0x595c6a67.
//
// Solidity: function pauseAll() returns()
func (_MachServiceManager *MachServiceManagerSession) PauseAll() (*types.Transaction, error) {
	return _MachServiceManager.Contract.PauseAll(&_MachServiceManager.TransactOpts)
}

// PauseAll is a paid mutator transaction binding the contract method 0x595c6a67.
//
// Solidity: function pauseAll() returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) PauseAll() (*types.Transaction, error) {
	return _MachServiceManager.Contract.PauseAll(&_MachServiceManager.TransactOpts)
}

// RegisterOperatorToAVS is a paid mutator transaction binding the contract method 0x9926ee7d.
//
// Solidity: function registerOperatorToAVS(address operator, (bytes,bytes32,uint256) operatorSignature) returns()
func (_MachServiceManager *MachServiceManagerTransactor) RegisterOperatorToAVS(opts *bind.TransactOpts, operator common.Address, operatorSignature SignatureWithSaltAndExpiry) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "registerOperatorToAVS", operator, operatorSignature)
}

// RegisterOperatorToAVS is a paid mutator transaction binding the contract method 0x9926ee7d.
//
// Solidity: function registerOperatorToAVS(address operator, (bytes,bytes32,uint256) operatorSignature) returns()
func (_MachServiceManager *MachServiceManagerSession) RegisterOperatorToAVS(operator common.Address, operatorSignature SignatureWithSaltAndExpiry) (*types.Transaction, error) {
	return _MachServiceManager.Contract.RegisterOperatorToAVS(&_MachServiceManager.TransactOpts, operator, operatorSignature)
}

// RegisterOperatorToAVS is a paid mutator transaction binding the contract method 0x9926ee7d.
//
// Solidity: function registerOperatorToAVS(address operator, (bytes,bytes32,uint256) operatorSignature) returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) RegisterOperatorToAVS(operator common.Address, operatorSignature SignatureWithSaltAndExpiry) (*types.Transaction, error) {
	return _MachServiceManager.Contract.RegisterOperatorToAVS(&_MachServiceManager.TransactOpts, operator, operatorSignature)
}

// RemoveAlert is a paid mutator transaction binding the contract method 0xedaa410e.
//
// Solidity: function removeAlert(uint256 rollupChainID, bytes32 messageHash) returns()
func (_MachServiceManager *MachServiceManagerTransactor) RemoveAlert(opts *bind.TransactOpts, rollupChainID *big.Int, messageHash [32]byte) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "removeAlert", rollupChainID, messageHash)
}

// RemoveAlert is a paid mutator transaction binding the contract method 0xedaa410e.
//
// Solidity: function removeAlert(uint256 rollupChainID, bytes32 messageHash) returns()
func (_MachServiceManager *MachServiceManagerSession) RemoveAlert(rollupChainID *big.Int, messageHash [32]byte) (*types.Transaction, error) {
	return _MachServiceManager.Contract.RemoveAlert(&_MachServiceManager.TransactOpts, rollupChainID, messageHash)
}

// RemoveAlert is a paid mutator transaction binding the contract method 0xedaa410e.
//
// Solidity: function removeAlert(uint256 rollupChainID, bytes32 messageHash) returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) RemoveAlert(rollupChainID *big.Int, messageHash [32]byte) (*types.Transaction, error) {
	return _MachServiceManager.Contract.RemoveAlert(&_MachServiceManager.TransactOpts, rollupChainID, messageHash)
}

// RemoveFromAllowlist is a paid mutator transaction binding the contract method 0x5da93d7e.
//
// Solidity: function removeFromAllowlist(address operator) returns()
func (_MachServiceManager *MachServiceManagerTransactor) RemoveFromAllowlist(opts *bind.TransactOpts, operator common.Address) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "removeFromAllowlist", operator)
}

// RemoveFromAllowlist is a paid mutator transaction binding the contract method 0x5da93d7e.
//
// Solidity: function removeFromAllowlist(address operator) returns()
func (_MachServiceManager *MachServiceManagerSession) RemoveFromAllowlist(operator common.Address) (*types.Transaction, error) {
	return _MachServiceManager.Contract.RemoveFromAllowlist(&_MachServiceManager.TransactOpts, operator)
}

// RemoveFromAllowlist is a paid mutator transaction binding the contract method 0x5da93d7e.
//
// Solidity: function removeFromAllowlist(address operator) returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) RemoveFromAllowlist(operator common.Address) (*types.Transaction, error) {
	return _MachServiceManager.Contract.RemoveFromAllowlist(&_MachServiceManager.TransactOpts, operator)
}

// RemoveSupportedRollup is a paid mutator transaction binding the contract method 0x90139ca3.
//
// Solidity: function removeSupportedRollup(uint256 rollupChainID) returns()
func (_MachServiceManager *MachServiceManagerTransactor) RemoveSupportedRollup(opts *bind.TransactOpts, rollupChainID *big.Int) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "removeSupportedRollup", rollupChainID)
}

// RemoveSupportedRollup is a paid mutator transaction binding the contract method 0x90139ca3.
//
// Solidity: function removeSupportedRollup(uint256 rollupChainID) returns()
func (_MachServiceManager *MachServiceManagerSession) RemoveSupportedRollup(rollupChainID *big.Int) (*types.Transaction, error) {
	return _MachServiceManager.Contract.RemoveSupportedRollup(&_MachServiceManager.TransactOpts, rollupChainID)
}

// RemoveSupportedRollup is a paid mutator transaction binding the contract method 0x90139ca3.
//
// Solidity: function removeSupportedRollup(uint256 rollupChainID) returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) RemoveSupportedRollup(rollupChainID *big.Int) (*types.Transaction, error) {
	return _MachServiceManager.Contract.RemoveSupportedRollup(&_MachServiceManager.TransactOpts, rollupChainID)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_MachServiceManager *MachServiceManagerTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_MachServiceManager *MachServiceManagerSession) RenounceOwnership() (*types.Transaction, error) {
	return _MachServiceManager.Contract.RenounceOwnership(&_MachServiceManager.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _MachServiceManager.Contract.RenounceOwnership(&_MachServiceManager.TransactOpts)
}

// SetAlertConfirmer is a paid mutator transaction binding the contract method 0x4446ac0d.
//
// Solidity: function setAlertConfirmer(address confirmer) returns()
func (_MachServiceManager *MachServiceManagerTransactor) SetAlertConfirmer(opts *bind.TransactOpts, confirmer common.Address) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "setAlertConfirmer", confirmer)
}

// SetAlertConfirmer is a paid mutator transaction binding the contract method 0x4446ac0d.
//
// Solidity: function setAlertConfirmer(address confirmer) returns()
func (_MachServiceManager *MachServiceManagerSession) SetAlertConfirmer(confirmer common.Address) (*types.Transaction, error) {
	return _MachServiceManager.Contract.SetAlertConfirmer(&_MachServiceManager.TransactOpts, confirmer)
}

// SetAlertConfirmer is a paid mutator transaction binding the contract method 0x4446ac0d.
//
// Solidity: function setAlertConfirmer(address confirmer) returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) SetAlertConfirmer(confirmer common.Address) (*types.Transaction, error) {
	return _MachServiceManager.Contract.SetAlertConfirmer(&_MachServiceManager.TransactOpts, confirmer)
}

// SetMaxReferenceBlockAge is a paid mutator transaction binding the contract method 0x6014b358.
//
// Solidity: function setMaxReferenceBlockAge(uint32 age) returns()
func (_MachServiceManager *MachServiceManagerTransactor) SetMaxReferenceBlockAge(opts *bind.TransactOpts, age uint32) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "setMaxReferenceBlockAge", age)
}

// SetMaxReferenceBlockAge is a paid mutator transaction binding the contract method 0x6014b358.
//
// Solidity: function setMaxReferenceBlockAge(uint32 age) returns()
func (_MachServiceManager *MachServiceManagerSession) SetMaxReferenceBlockAge(age uint32) (*types.Transaction, error) {
	return _MachServiceManager.Contract.SetMaxReferenceBlockAge(&_MachServiceManager.TransactOpts, age)
}

// SetMaxReferenceBlockAge is a paid mutator transaction binding the contract method 0x6014b358.
//
// Solidity: function setMaxReferenceBlockAge(uint32 age) returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) SetMaxReferenceBlockAge(age uint32) (*types.Transaction, error) {
	return _MachServiceManager.Contract.SetMaxReferenceBlockAge(&_MachServiceManager.TransactOpts, age)
}

// SetQuorumThresholdPercentage is a paid mutator transaction binding the contract method 0x3fe9f9a1.
//
// Solidity: function setQuorumThresholdPercentage(uint8 percentage) returns()
func (_MachServiceManager *MachServiceManagerTransactor) SetQuorumThresholdPercentage(opts *bind.TransactOpts, percentage uint8) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "setQuorumThresholdPercentage", percentage)
}

// SetQuorumThresholdPercentage is a paid mutator transaction binding the contract method 0x3fe9f9a1.
//
// Solidity: function setQuorumThresholdPercentage(uint8 percentage) returns()
func (_MachServiceManager *MachServiceManagerSession) SetQuorumThresholdPercentage(percentage uint8) (*types.Transaction, error) {
	return _MachServiceManager.Contract.SetQuorumThresholdPercentage(&_MachServiceManager.TransactOpts, percentage)
}

// SetQuorumThresholdPercentage is a paid mutator transaction binding the contract method 0x3fe9f9a1.
//
// Solidity: function setQuorumThresholdPercentage(uint8 percentage) returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) SetQuorumThresholdPercentage(percentage uint8) (*types.Transaction, error) {
	return _MachServiceManager.Contract.SetQuorumThresholdPercentage(&_MachServiceManager.TransactOpts, percentage)
}

// SetStaleStakesForbidden is a paid mutator transaction binding the contract method 0x416c7e5e.
//
// Solidity: function setStaleStakesForbidden(bool value) returns()
func (_MachServiceManager *MachServiceManagerTransactor) SetStaleStakesForbidden(opts *bind.TransactOpts, value bool) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "setStaleStakesForbidden", value)
}

// SetStaleStakesForbidden is a paid mutator transaction binding the contract method 0x416c7e5e.
//
// Solidity: function setStaleStakesForbidden(bool value) returns()
func (_MachServiceManager *MachServiceManagerSession) SetStaleStakesForbidden(value bool) (*types.Transaction, error) {
	return _MachServiceManager.Contract.SetStaleStakesForbidden(&_MachServiceManager.TransactOpts, value)
}

// SetStaleStakesForbidden is a paid mutator transaction binding the contract method 0x416c7e5e.
//
// Solidity: function setStaleStakesForbidden(bool value) returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) SetStaleStakesForbidden(value bool) (*types.Transaction, error) {
	return _MachServiceManager.Contract.SetStaleStakesForbidden(&_MachServiceManager.TransactOpts, value)
}

// SetWhitelister is a paid mutator transaction binding the contract method 0xf98f5b92.
//
// Solidity: function setWhitelister(address newWhitelister) returns()
func (_MachServiceManager *MachServiceManagerTransactor) SetWhitelister(opts *bind.TransactOpts, newWhitelister common.Address) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "setWhitelister", newWhitelister)
}

// SetWhitelister is a paid mutator transaction binding the contract method 0xf98f5b92.
//
// Solidity: function setWhitelister(address newWhitelister) returns()
func (_MachServiceManager *MachServiceManagerSession) SetWhitelister(newWhitelister common.Address) (*types.Transaction, error) {
	return _MachServiceManager.Contract.SetWhitelister(&_MachServiceManager.TransactOpts, newWhitelister)
}

// SetWhitelister is a paid mutator transaction binding the contract method 0xf98f5b92.
//
// Solidity: function setWhitelister(address newWhitelister) returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) SetWhitelister(newWhitelister common.Address) (*types.Transaction, error) {
	return _MachServiceManager.Contract.SetWhitelister(&_MachServiceManager.TransactOpts, newWhitelister)
}

// SetZkServiceManager is a paid mutator transaction binding the contract method 0x15f2440c.
//
// Solidity: function setZkServiceManager(uint256 rollupChainID, address manager) returns()
func (_MachServiceManager *MachServiceManagerTransactor) SetZkServiceManager(opts *bind.TransactOpts, rollupChainID *big.Int, manager common.Address) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "setZkServiceManager", rollupChainID, manager)
}

// SetZkServiceManager is a paid mutator transaction binding the contract method 0x15f2440c.
//
// Solidity: function setZkServiceManager(uint256 rollupChainID, address manager) returns()
func (_MachServiceManager *MachServiceManagerSession) SetZkServiceManager(rollupChainID *big.Int, manager common.Address) (*types.Transaction, error) {
	return _MachServiceManager.Contract.SetZkServiceManager(&_MachServiceManager.TransactOpts, rollupChainID, manager)
}

// SetZkServiceManager is a paid mutator transaction binding the contract method 0x15f2440c.
//
// Solidity: function setZkServiceManager(uint256 rollupChainID, address manager) returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) SetZkServiceManager(rollupChainID *big.Int, manager common.Address) (*types.Transaction, error) {
	return _MachServiceManager.Contract.SetZkServiceManager(&_MachServiceManager.TransactOpts, rollupChainID, manager)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_MachServiceManager *MachServiceManagerTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_MachServiceManager *MachServiceManagerSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _MachServiceManager.Contract.TransferOwnership(&_MachServiceManager.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _MachServiceManager.Contract.TransferOwnership(&_MachServiceManager.TransactOpts, newOwner)
}

// Unpause is a paid mutator transaction binding the contract method 0xfabc1cbc.
//
// Solidity: function unpause(uint256 newPausedStatus) returns()
func (_MachServiceManager *MachServiceManagerTransactor) Unpause(opts *bind.TransactOpts, newPausedStatus *big.Int) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "unpause", newPausedStatus)
}

// Unpause is a paid mutator transaction binding the contract method 0xfabc1cbc.
//
// Solidity: function unpause(uint256 newPausedStatus) returns()
func (_MachServiceManager *MachServiceManagerSession) Unpause(newPausedStatus *big.Int) (*types.Transaction, error) {
	return _MachServiceManager.Contract.Unpause(&_MachServiceManager.TransactOpts, newPausedStatus)
}

// Unpause is a paid mutator transaction binding the contract method 0xfabc1cbc.
//
// Solidity: function unpause(uint256 newPausedStatus) returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) Unpause(newPausedStatus *big.Int) (*types.Transaction, error) {
	return _MachServiceManager.Contract.Unpause(&_MachServiceManager.TransactOpts, newPausedStatus)
}

// UpdateAVSMetadataURI is a paid mutator transaction binding the contract method 0xa98fb355.
//
// Solidity: function updateAVSMetadataURI(string metadataURI) returns()
func (_MachServiceManager *MachServiceManagerTransactor) UpdateAVSMetadataURI(opts *bind.TransactOpts, metadataURI string) (*types.Transaction, error) {
	return _MachServiceManager.contract.Transact(opts, "updateAVSMetadataURI", metadataURI)
}

// UpdateAVSMetadataURI is a paid mutator transaction binding the contract method 0xa98fb355.
//
// Solidity: function updateAVSMetadataURI(string metadataURI) returns()
func (_MachServiceManager *MachServiceManagerSession) UpdateAVSMetadataURI(metadataURI string) (*types.Transaction, error) {
	return _MachServiceManager.Contract.UpdateAVSMetadataURI(&_MachServiceManager.TransactOpts, metadataURI)
}

// UpdateAVSMetadataURI is a paid mutator transaction binding the contract method 0xa98fb355.
//
// Solidity: function updateAVSMetadataURI(string metadataURI) returns()
func (_MachServiceManager *MachServiceManagerTransactorSession) UpdateAVSMetadataURI(metadataURI string) (*types.Transaction, error) {
	return _MachServiceManager.Contract.UpdateAVSMetadataURI(&_MachServiceManager.TransactOpts, metadataURI)
}

// MachServiceManagerAlertConfirmedIterator is returned from FilterAlertConfirmed and is used to iterate over the raw logs and unpacked data for AlertConfirmed events raised by the MachServiceManager contract.
type MachServiceManagerAlertConfirmedIterator struct {
	Event *MachServiceManagerAlertConfirmed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MachServiceManagerAlertConfirmedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachServiceManagerAlertConfirmed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MachServiceManagerAlertConfirmed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MachServiceManagerAlertConfirmedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachServiceManagerAlertConfirmedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachServiceManagerAlertConfirmed represents a AlertConfirmed event raised by the MachServiceManager contract.
type MachServiceManagerAlertConfirmed struct {
	MessageHash          [32]byte
	RollupChainID        *big.Int
	ReferenceBlockNumber uint32
	SignatoryRecordHash  [32]byte
	Raw                  types.Log // Blockchain specific contextual infos
}

// FilterAlertConfirmed is a free log retrieval operation binding the contract event 0xfef1596749ef60cf6cd6f360c881768be963dbc31e280dfc2d05eaddbe5b6fc5.
//
// Solidity: event AlertConfirmed(bytes32 indexed messageHash, uint256 indexed rollupChainID, uint32 referenceBlockNumber, bytes32 signatoryRecordHash)
func (_MachServiceManager *MachServiceManagerFilterer) FilterAlertConfirmed(opts *bind.FilterOpts, messageHash [][32]byte, rollupChainID []*big.Int) (*MachServiceManagerAlertConfirmedIterator, error) {

	var messageHashRule []interface{}
	for _, messageHashItem := range messageHash {
		messageHashRule = append(messageHashRule, messageHashItem)
	}
	var rollupChainIDRule []interface{}
	for _, rollupChainIDItem := range rollupChainID {
		rollupChainIDRule = append(rollupChainIDRule, rollupChainIDItem)
	}

	logs, sub, err := _MachServiceManager.contract.FilterLogs(opts, "AlertConfirmed", messageHashRule, rollupChainIDRule)
	if err != nil {
		return nil, err
	}
	return &MachServiceManagerAlertConfirmedIterator{contract: _MachServiceManager.contract, event: "AlertConfirmed", logs: logs, sub: sub}, nil
}

// WatchAlertConfirmed is a free log subscription operation binding the contract event 0xfef1596749ef60cf6cd6f360c881768be963dbc31e280dfc2d05eaddbe5b6fc5.
//
// Solidity: event AlertConfirmed(bytes32 indexed messageHash, uint256 indexed rollupChainID, uint32 referenceBlockNumber, bytes32 signatoryRecordHash)
func (_MachServiceManager *MachServiceManagerFilterer) WatchAlertConfirmed(opts *bind.WatchOpts, sink chan<- *MachServiceManagerAlertConfirmed, messageHash [][32]byte, rollupChainID []*big.Int) (event.Subscription, error) {

	var messageHashRule []interface{}
	for _, messageHashItem := range messageHash {
		messageHashRule = append(messageHashRule, messageHashItem)
	}
	var rollupChainIDRule []interface{}
	for _, rollupChainIDItem := range rollupChainID {
		rollupChainIDRule = append(rollupChainIDRule, rollupChainIDItem)
	}

	logs, sub, err := _MachServiceManager.contract.WatchLogs(opts, "AlertConfirmed", messageHashRule, rollupChainIDRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachServiceManagerAlertConfirmed)
				if err := _MachServiceManager.contract.UnpackLog(event, "AlertConfirmed", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAlertConfirmed is a log parse operation binding the contract event 0xfef1596749ef60cf6cd6f360c881768be963dbc31e280dfc2d05eaddbe5b6fc5.
//
// Solidity: event AlertConfirmed(bytes32 indexed messageHash, uint256 indexed rollupChainID, uint32 referenceBlockNumber, bytes32 signatoryRecordHash)
func (_MachServiceManager *MachServiceManagerFilterer) ParseAlertConfirmed(log types.Log) (*MachServiceManagerAlertConfirmed, error) {
	event := new(MachServiceManagerAlertConfirmed)
	if err := _MachServiceManager.contract.UnpackLog(event, "AlertConfirmed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachServiceManagerAlertConfirmerChangedIterator is returned from FilterAlertConfirmerChanged and is used to iterate over the raw logs and unpacked data for AlertConfirmerChanged events raised by the MachServiceManager contract.
type MachServiceManagerAlertConfirmerChangedIterator struct {
	Event *MachServiceManagerAlertConfirmerChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MachServiceManagerAlertConfirmerChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachServiceManagerAlertConfirmerChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MachServiceManagerAlertConfirmerChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MachServiceManagerAlertConfirmerChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachServiceManagerAlertConfirmerChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachServiceManagerAlertConfirmerChanged represents a AlertConfirmerChanged event raised by the MachServiceManager contract.
type MachServiceManagerAlertConfirmerChanged struct {
	PreviousConfirmer common.Address
	NewConfirmer      common.Address
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterAlertConfirmerChanged is a free log retrieval operation binding the contract event 0x175f27847b3568e0da876ffca3dc0bb52db4e6556346aedb530c6fe86610da27.
//
// Solidity: event AlertConfirmerChanged(address indexed previousConfirmer, address indexed newConfirmer)
func (_MachServiceManager *MachServiceManagerFilterer) FilterAlertConfirmerChanged(opts *bind.FilterOpts, previousConfirmer []common.Address, newConfirmer []common.Address) (*MachServiceManagerAlertConfirmerChangedIterator, error) {

	var previousConfirmerRule []interface{}
	for _, previousConfirmerItem := range previousConfirmer {
		previousConfirmerRule = append(previousConfirmerRule, previousConfirmerItem)
	}
	var newConfirmerRule []interface{}
	for _, newConfirmerItem := range newConfirmer {
		newConfirmerRule = append(newConfirmerRule, newConfirmerItem)
	}

	logs, sub, err := _MachServiceManager.contract.FilterLogs(opts, "AlertConfirmerChanged", previousConfirmerRule, newConfirmerRule)
	if err != nil {
		return nil, err
	}
	return &MachServiceManagerAlertConfirmerChangedIterator{contract: _MachServiceManager.contract, event: "AlertConfirmerChanged", logs: logs, sub: sub}, nil
}

// WatchAlertConfirmerChanged is a free log subscription operation binding the contract event 0x175f27847b3568e0da876ffca3dc0bb52db4e6556346aedb530c6fe86610da27.
//
// Solidity: event AlertConfirmerChanged(address indexed previousConfirmer, address indexed newConfirmer)
func (_MachServiceManager *MachServiceManagerFilterer) WatchAlertConfirmerChanged(opts *bind.WatchOpts, sink chan<- *MachServiceManagerAlertConfirmerChanged, previousConfirmer []common.Address, newConfirmer []common.Address) (event.Subscription, error) {

	var previousConfirmerRule []interface{}
	for _, previousConfirmerItem := range previousConfirmer {
		previousConfirmerRule = append(previousConfirmerRule, previousConfirmerItem)
	}
	var newConfirmerRule []interface{}
	for _, newConfirmerItem := range newConfirmer {
		newConfirmerRule = append(newConfirmerRule, newConfirmerItem)
	}

	logs, sub, err := _MachServiceManager.contract.WatchLogs(opts, "AlertConfirmerChanged", previousConfirmerRule, newConfirmerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachServiceManagerAlertConfirmerChanged)
				if err := _MachServiceManager.contract.UnpackLog(event, "AlertConfirmerChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAlertConfirmerChanged is a log parse operation binding the contract event 0x175f27847b3568e0da876ffca3dc0bb52db4e6556346aedb530c6fe86610da27.
//
// Solidity: event AlertConfirmerChanged(address indexed previousConfirmer, address indexed newConfirmer)
func (_MachServiceManager *MachServiceManagerFilterer) ParseAlertConfirmerChanged(log types.Log) (*MachServiceManagerAlertConfirmerChanged, error) {
	event := new(MachServiceManagerAlertConfirmerChanged)
	if err := _MachServiceManager.contract.UnpackLog(event, "AlertConfirmerChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachServiceManagerAlertRemovedIterator is returned from FilterAlertRemoved and is used to iterate over the raw logs and unpacked data for AlertRemoved events raised by the MachServiceManager contract.
type MachServiceManagerAlertRemovedIterator struct {
	Event *MachServiceManagerAlertRemoved // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MachServiceManagerAlertRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachServiceManagerAlertRemoved)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MachServiceManagerAlertRemoved)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MachServiceManagerAlertRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachServiceManagerAlertRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachServiceManagerAlertRemoved represents a AlertRemoved event raised by the MachServiceManager contract.
type MachServiceManagerAlertRemoved struct {
	MessageHash   [32]byte
	RollupChainID *big.Int
	Sender        common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterAlertRemoved is a free log retrieval operation binding the contract event 0x5e77809604bdfea658820ce058bdb8d6dcc030cd42d3f203fab64ff041812ced.
//
// Solidity: event AlertRemoved(bytes32 indexed messageHash, uint256 indexed rollupChainID, address sender)
func (_MachServiceManager *MachServiceManagerFilterer) FilterAlertRemoved(opts *bind.FilterOpts, messageHash [][32]byte, rollupChainID []*big.Int) (*MachServiceManagerAlertRemovedIterator, error) {

	var messageHashRule []interface{}
	for _, messageHashItem := range messageHash {
		messageHashRule = append(messageHashRule, messageHashItem)
	}
	var rollupChainIDRule []interface{}
	for _, rollupChainIDItem := range rollupChainID {
		rollupChainIDRule = append(rollupChainIDRule, rollupChainIDItem)
	}

	logs, sub, err := _MachServiceManager.contract.FilterLogs(opts, "AlertRemoved", messageHashRule, rollupChainIDRule)
	if err != nil {
		return nil, err
	}
	return &MachServiceManagerAlertRemovedIterator{contract: _MachServiceManager.contract, event: "AlertRemoved", logs: logs, sub: sub}, nil
}

// WatchAlertRemoved is a free log subscription operation binding the contract event 0x5e77809604bdfea658820ce058bdb8d6dcc030cd42d3f203fab64ff041812ced.
//
// Solidity: event AlertRemoved(bytes32 indexed messageHash, uint256 indexed rollupChainID, address sender)
func (_MachServiceManager *MachServiceManagerFilterer) WatchAlertRemoved(opts *bind.WatchOpts, sink chan<- *MachServiceManagerAlertRemoved, messageHash [][32]byte, rollupChainID []*big.Int) (event.Subscription, error) {

	var messageHashRule []interface{}
	for _, messageHashItem := range messageHash {
		messageHashRule = append(messageHashRule, messageHashItem)
	}
	var rollupChainIDRule []interface{}
	for _, rollupChainIDItem := range rollupChainID {
		rollupChainIDRule = append(rollupChainIDRule, rollupChainIDItem)
	}

	logs, sub, err := _MachServiceManager.contract.WatchLogs(opts, "AlertRemoved", messageHashRule, rollupChainIDRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachServiceManagerAlertRemoved)
				if err := _MachServiceManager.contract.UnpackLog(event, "AlertRemoved", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAlertRemoved is a log parse operation binding the contract event 0x5e77809604bdfea658820ce058bdb8d6dcc030cd42d3f203fab64ff041812ced.
//
// Solidity: event AlertRemoved(bytes32 indexed messageHash, uint256 indexed rollupChainID, address sender)
func (_MachServiceManager *MachServiceManagerFilterer) ParseAlertRemoved(log types.Log) (*MachServiceManagerAlertRemoved, error) {
	event := new(MachServiceManagerAlertRemoved)
	if err := _MachServiceManager.contract.UnpackLog(event, "AlertRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachServiceManagerAllowlistDisabledIterator is returned from FilterAllowlistDisabled and is used to iterate over the raw logs and unpacked data for AllowlistDisabled events raised by the MachServiceManager contract.
type MachServiceManagerAllowlistDisabledIterator struct {
	Event *MachServiceManagerAllowlistDisabled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MachServiceManagerAllowlistDisabledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachServiceManagerAllowlistDisabled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MachServiceManagerAllowlistDisabled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MachServiceManagerAllowlistDisabledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachServiceManagerAllowlistDisabledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachServiceManagerAllowlistDisabled represents a AllowlistDisabled event raised by the MachServiceManager contract.
type MachServiceManagerAllowlistDisabled struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterAllowlistDisabled is a free log retrieval operation binding the contract event 0x2d35c8d348a345fd7b3b03b7cfcf7ad0b60c2d46742d5ca536342e4185becb07.
//
// Solidity: event AllowlistDisabled()
func (_MachServiceManager *MachServiceManagerFilterer) FilterAllowlistDisabled(opts *bind.FilterOpts) (*MachServiceManagerAllowlistDisabledIterator, error) {

	logs, sub, err := _MachServiceManager.contract.FilterLogs(opts, "AllowlistDisabled")
	if err != nil {
		return nil, err
	}
	return &MachServiceManagerAllowlistDisabledIterator{contract: _MachServiceManager.contract, event: "AllowlistDisabled", logs: logs, sub: sub}, nil
}

// WatchAllowlistDisabled is a free log subscription operation binding the contract event 0x2d35c8d348a345fd7b3b03b7cfcf7ad0b60c2d46742d5ca536342e4185becb07.
//
// Solidity: event AllowlistDisabled()
func (_MachServiceManager *MachServiceManagerFilterer) WatchAllowlistDisabled(opts *bind.WatchOpts, sink chan<- *MachServiceManagerAllowlistDisabled) (event.Subscription, error) {

	logs, sub, err := _MachServiceManager.contract.WatchLogs(opts, "AllowlistDisabled")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachServiceManagerAllowlistDisabled)
				if err := _MachServiceManager.contract.UnpackLog(event, "AllowlistDisabled", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAllowlistDisabled is a log parse operation binding the contract event 0x2d35c8d348a345fd7b3b03b7cfcf7ad0b60c2d46742d5ca536342e4185becb07.
//
// Solidity: event AllowlistDisabled()
func (_MachServiceManager *MachServiceManagerFilterer) ParseAllowlistDisabled(log types.Log) (*MachServiceManagerAllowlistDisabled, error) {
	event := new(MachServiceManagerAllowlistDisabled)
	if err := _MachServiceManager.contract.UnpackLog(event, "AllowlistDisabled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachServiceManagerAllowlistEnabledIterator is returned from FilterAllowlistEnabled and is used to iterate over the raw logs and unpacked data for AllowlistEnabled events raised by the MachServiceManager contract.
type MachServiceManagerAllowlistEnabledIterator struct {
	Event *MachServiceManagerAllowlistEnabled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MachServiceManagerAllowlistEnabledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachServiceManagerAllowlistEnabled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MachServiceManagerAllowlistEnabled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MachServiceManagerAllowlistEnabledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachServiceManagerAllowlistEnabledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachServiceManagerAllowlistEnabled represents a AllowlistEnabled event raised by the MachServiceManager contract.
type MachServiceManagerAllowlistEnabled struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterAllowlistEnabled is a free log retrieval operation binding the contract event 0x8a943acd5f4e6d3df7565a4a08a93f6b04cc31bb6c01ca4aef7abd6baf455ec3.
//
// Solidity: event AllowlistEnabled()
func (_MachServiceManager *MachServiceManagerFilterer) FilterAllowlistEnabled(opts *bind.FilterOpts) (*MachServiceManagerAllowlistEnabledIterator, error) {

	logs, sub, err := _MachServiceManager.contract.FilterLogs(opts, "AllowlistEnabled")
	if err != nil {
		return nil, err
	}
	return &MachServiceManagerAllowlistEnabledIterator{contract: _MachServiceManager.contract, event: "AllowlistEnabled", logs: logs, sub: sub}, nil
}

// WatchAllowlistEnabled is a free log subscription operation binding the contract event 0x8a943acd5f4e6d3df7565a4a08a93f6b04cc31bb6c01ca4aef7abd6baf455ec3.
//
// Solidity: event AllowlistEnabled()
func (_MachServiceManager *MachServiceManagerFilterer) WatchAllowlistEnabled(opts *bind.WatchOpts, sink chan<- *MachServiceManagerAllowlistEnabled) (event.Subscription, error) {

	logs, sub, err := _MachServiceManager.contract.WatchLogs(opts, "AllowlistEnabled")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachServiceManagerAllowlistEnabled)
				if err := _MachServiceManager.contract.UnpackLog(event, "AllowlistEnabled", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAllowlistEnabled is a log parse operation binding the contract event 0x8a943acd5f4e6d3df7565a4a08a93f6b04cc31bb6c01ca4aef7abd6baf455ec3.
//
// Solidity: event AllowlistEnabled()
func (_MachServiceManager *MachServiceManagerFilterer) ParseAllowlistEnabled(log types.Log) (*MachServiceManagerAllowlistEnabled, error) {
	event := new(MachServiceManagerAllowlistEnabled)
	if err := _MachServiceManager.contract.UnpackLog(event, "AllowlistEnabled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachServiceManagerInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the MachServiceManager contract.
type MachServiceManagerInitializedIterator struct {
	Event *MachServiceManagerInitialized // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MachServiceManagerInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachServiceManagerInitialized)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MachServiceManagerInitialized)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MachServiceManagerInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachServiceManagerInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachServiceManagerInitialized represents a Initialized event raised by the MachServiceManager contract.
type MachServiceManagerInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_MachServiceManager *MachServiceManagerFilterer) FilterInitialized(opts *bind.FilterOpts) (*MachServiceManagerInitializedIterator, error) {

	logs, sub, err := _MachServiceManager.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &MachServiceManagerInitializedIterator{contract: _MachServiceManager.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_MachServiceManager *MachServiceManagerFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *MachServiceManagerInitialized) (event.Subscription, error) {

	logs, sub, err := _MachServiceManager.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachServiceManagerInitialized)
				if err := _MachServiceManager.contract.UnpackLog(event, "Initialized", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseInitialized is a log parse operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_MachServiceManager *MachServiceManagerFilterer) ParseInitialized(log types.Log) (*MachServiceManagerInitialized, error) {
	event := new(MachServiceManagerInitialized)
	if err := _MachServiceManager.contract.UnpackLog(event, "Initialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachServiceManagerMaxReferenceBlockAgeChangedIterator is returned from FilterMaxReferenceBlockAgeChanged and is used to iterate over the raw logs and unpacked data for MaxReferenceBlockAgeChanged events raised by the MachServiceManager contract.
type MachServiceManagerMaxReferenceBlockAgeChangedIterator struct {
	Event *MachServiceManagerMaxReferenceBlockAgeChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MachServiceManagerMaxReferenceBlockAgeChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachServiceManagerMaxReferenceBlockAgeChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MachServiceManagerMaxReferenceBlockAgeChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MachServiceManagerMaxReferenceBlockAgeChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachServiceManagerMaxReferenceBlockAgeChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachServiceManagerMaxReferenceBlockAgeChanged represents a MaxReferenceBlockAgeChanged event raised by the MachServiceManager contract.
type MachServiceManagerMaxReferenceBlockAgeChanged struct {
	PreviousAge uint32
	NewAge      uint32
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterMaxReferenceBlockAgeChanged is a free log retrieval operation binding the contract event 0x0e21138d0c4d1c2a7e03eb25f647cec44bf52ce685ffb2754aff077f23e10313.
//
// Solidity: event MaxReferenceBlockAgeChanged(uint32 previousAge, uint32 newAge)
func (_MachServiceManager *MachServiceManagerFilterer) FilterMaxReferenceBlockAgeChanged(opts *bind.FilterOpts) (*MachServiceManagerMaxReferenceBlockAgeChangedIterator, error) {

	logs, sub, err := _MachServiceManager.contract.FilterLogs(opts, "MaxReferenceBlockAgeChanged")
	if err != nil {
		return nil, err
	}
	return &MachServiceManagerMaxReferenceBlockAgeChangedIterator{contract: _MachServiceManager.contract, event: "MaxReferenceBlockAgeChanged", logs: logs, sub: sub}, nil
}

// WatchMaxReferenceBlockAgeChanged is a free log subscription operation binding the contract event 0x0e21138d0c4d1c2a7e03eb25f647cec44bf52ce685ffb2754aff077f23e10313.
//
// Solidity: event MaxReferenceBlockAgeChanged(uint32 previousAge, uint32 newAge)
func (_MachServiceManager *MachServiceManagerFilterer) WatchMaxReferenceBlockAgeChanged(opts *bind.WatchOpts, sink chan<- *MachServiceManagerMaxReferenceBlockAgeChanged) (event.Subscription, error) {

	logs, sub, err := _MachServiceManager.contract.WatchLogs(opts, "MaxReferenceBlockAgeChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachServiceManagerMaxReferenceBlockAgeChanged)
				if err := _MachServiceManager.contract.UnpackLog(event, "MaxReferenceBlockAgeChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMaxReferenceBlockAgeChanged is a log parse operation binding the contract event 0x0e21138d0c4d1c2a7e03eb25f647cec44bf52ce685ffb2754aff077f23e10313.
//
// Solidity: event MaxReferenceBlockAgeChanged(uint32 previousAge, uint32 newAge)
func (_MachServiceManager *MachServiceManagerFilterer) ParseMaxReferenceBlockAgeChanged(log types.Log) (*MachServiceManagerMaxReferenceBlockAgeChanged, error) {
	event := new(MachServiceManagerMaxReferenceBlockAgeChanged)
	if err := _MachServiceManager.contract.UnpackLog(event, "MaxReferenceBlockAgeChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachServiceManagerOperatorAllowlistedIterator is returned from FilterOperatorAllowlisted and is used to iterate over the raw logs and unpacked data for OperatorAllowlisted events raised by the MachServiceManager contract.
type MachServiceManagerOperatorAllowlistedIterator struct {
	Event *MachServiceManagerOperatorAllowlisted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MachServiceManagerOperatorAllowlistedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachServiceManagerOperatorAllowlisted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MachServiceManagerOperatorAllowlisted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MachServiceManagerOperatorAllowlistedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachServiceManagerOperatorAllowlistedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachServiceManagerOperatorAllowlisted represents a OperatorAllowlisted event raised by the MachServiceManager contract.
type MachServiceManagerOperatorAllowlisted struct {
	Operator common.Address
	Allowed  bool
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterOperatorAllowlisted is a free log retrieval operation binding the contract event 0xbc9494536acaf3f702bbec70ff790bb3930056ae9e781e8077097b9de89a8e18.
//
// Solidity: event OperatorAllowlisted(address indexed operator, bool allowed)
func (_MachServiceManager *MachServiceManagerFilterer) FilterOperatorAllowlisted(opts *bind.FilterOpts, operator []common.Address) (*MachServiceManagerOperatorAllowlistedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _MachServiceManager.contract.FilterLogs(opts, "OperatorAllowlisted", operatorRule)
	if err != nil {
		return nil, err
	}
	return &MachServiceManagerOperatorAllowlistedIterator{contract: _MachServiceManager.contract, event: "OperatorAllowlisted", logs: logs, sub: sub}, nil
}

// WatchOperatorAllowlisted is a free log subscription operation binding the contract event 0xbc9494536acaf3f702bbec70ff790bb3930056ae9e781e8077097b9de89a8e18.
//
// Solidity: event OperatorAllowlisted(address indexed operator, bool allowed)
func (_MachServiceManager *MachServiceManagerFilterer) WatchOperatorAllowlisted(opts *bind.WatchOpts, sink chan<- *MachServiceManagerOperatorAllowlisted, operator []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _MachServiceManager.contract.WatchLogs(opts, "OperatorAllowlisted", operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachServiceManagerOperatorAllowlisted)
				if err := _MachServiceManager.contract.UnpackLog(event, "OperatorAllowlisted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorAllowlisted is a log parse operation binding the contract event 0xbc9494536acaf3f702bbec70ff790bb3930056ae9e781e8077097b9de89a8e18.
//
// Solidity: event OperatorAllowlisted(address indexed operator, bool allowed)
func (_MachServiceManager *MachServiceManagerFilterer) ParseOperatorAllowlisted(log types.Log) (*MachServiceManagerOperatorAllowlisted, error) {
	event := new(MachServiceManagerOperatorAllowlisted)
	if err := _MachServiceManager.contract.UnpackLog(event, "OperatorAllowlisted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachServiceManagerOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the MachServiceManager contract.
type MachServiceManagerOwnershipTransferredIterator struct {
	Event *MachServiceManagerOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MachServiceManagerOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachServiceManagerOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MachServiceManagerOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MachServiceManagerOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachServiceManagerOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachServiceManagerOwnershipTransferred represents a OwnershipTransferred event raised by the MachServiceManager contract.
type MachServiceManagerOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_MachServiceManager *MachServiceManagerFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*MachServiceManagerOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _MachServiceManager.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &MachServiceManagerOwnershipTransferredIterator{contract: _MachServiceManager.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_MachServiceManager *MachServiceManagerFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *MachServiceManagerOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _MachServiceManager.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachServiceManagerOwnershipTransferred)
				if err := _MachServiceManager.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_MachServiceManager *MachServiceManagerFilterer) ParseOwnershipTransferred(log types.Log) (*MachServiceManagerOwnershipTransferred, error) {
	event := new(MachServiceManagerOwnershipTransferred)
	if err := _MachServiceManager.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachServiceManagerPausedIterator is returned from FilterPaused and is used to iterate over the raw logs and unpacked data for Paused events raised by the MachServiceManager contract.
type MachServiceManagerPausedIterator struct {
	Event *MachServiceManagerPaused // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MachServiceManagerPausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachServiceManagerPaused)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MachServiceManagerPaused)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MachServiceManagerPausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachServiceManagerPausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachServiceManagerPaused represents a Paused event raised by the MachServiceManager contract.
type MachServiceManagerPaused struct {
	Account         common.Address
	NewPausedStatus *big.Int
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterPaused is a free log retrieval operation binding the contract event 0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d.
//
// Solidity: event Paused(address indexed account, uint256 newPausedStatus)
func (_MachServiceManager *MachServiceManagerFilterer) FilterPaused(opts *bind.FilterOpts, account []common.Address) (*MachServiceManagerPausedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _MachServiceManager.contract.FilterLogs(opts, "Paused", accountRule)
	if err != nil {
		return nil, err
	}
	return &MachServiceManagerPausedIterator{contract: _MachServiceManager.contract, event: "Paused", logs: logs, sub: sub}, nil
}

// WatchPaused is a free log subscription operation binding the contract event 0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d.
//
// Solidity: event Paused(address indexed account, uint256 newPausedStatus)
func (_MachServiceManager *MachServiceManagerFilterer) WatchPaused(opts *bind.WatchOpts, sink chan<- *MachServiceManagerPaused, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _MachServiceManager.contract.WatchLogs(opts, "Paused", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachServiceManagerPaused)
				if err := _MachServiceManager.contract.UnpackLog(event, "Paused", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePaused is a log parse operation binding the contract event 0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d.
//
// Solidity: event Paused(address indexed account, uint256 newPausedStatus)
func (_MachServiceManager *MachServiceManagerFilterer) ParsePaused(log types.Log) (*MachServiceManagerPaused, error) {
	event := new(MachServiceManagerPaused)
	if err := _MachServiceManager.contract.UnpackLog(event, "Paused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachServiceManagerQuorumThresholdPercentageChangedIterator is returned from FilterQuorumThresholdPercentageChanged and is used to iterate over the raw logs and unpacked data for QuorumThresholdPercentageChanged events raised by the MachServiceManager contract.
type MachServiceManagerQuorumThresholdPercentageChangedIterator struct {
	Event *MachServiceManagerQuorumThresholdPercentageChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MachServiceManagerQuorumThresholdPercentageChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachServiceManagerQuorumThresholdPercentageChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MachServiceManagerQuorumThresholdPercentageChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MachServiceManagerQuorumThresholdPercentageChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachServiceManagerQuorumThresholdPercentageChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachServiceManagerQuorumThresholdPercentageChanged represents a QuorumThresholdPercentageChanged event raised by the MachServiceManager contract.
type MachServiceManagerQuorumThresholdPercentageChanged struct {
	PreviousPercentage uint8
	NewPercentage      uint8
	Raw                types.Log // Blockchain specific contextual infos
}

// FilterQuorumThresholdPercentageChanged is a free log retrieval operation binding the contract event 0xa590f2956f93d7541b9ea62ba9e090c9f87f3ea7a536a02ee56addad09f20f25.
//
// Solidity: event QuorumThresholdPercentageChanged(uint8 previousPercentage, uint8 newPercentage)
func (_MachServiceManager *MachServiceManagerFilterer) FilterQuorumThresholdPercentageChanged(opts *bind.FilterOpts) (*MachServiceManagerQuorumThresholdPercentageChangedIterator, error) {

	logs, sub, err := _MachServiceManager.contract.FilterLogs(opts, "QuorumThresholdPercentageChanged")
	if err != nil {
		return nil, err
	}
	return &MachServiceManagerQuorumThresholdPercentageChangedIterator{contract: _MachServiceManager.contract, event: "QuorumThresholdPercentageChanged", logs: logs, sub: sub}, nil
}

// WatchQuorumThresholdPercentageChanged is a free log subscription operation binding the contract event 0xa590f2956f93d7541b9ea62ba9e090c9f87f3ea7a536a02ee56addad09f20f25.
//
// Solidity: event QuorumThresholdPercentageChanged(uint8 previousPercentage, uint8 newPercentage)
func (_MachServiceManager *MachServiceManagerFilterer) WatchQuorumThresholdPercentageChanged(opts *bind.WatchOpts, sink chan<- *MachServiceManagerQuorumThresholdPercentageChanged) (event.Subscription, error) {

	logs, sub, err := _MachServiceManager.contract.WatchLogs(opts, "QuorumThresholdPercentageChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachServiceManagerQuorumThresholdPercentageChanged)
				if err := _MachServiceManager.contract.UnpackLog(event, "QuorumThresholdPercentageChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseQuorumThresholdPercentageChanged is a log parse operation binding the contract event 0xa590f2956f93d7541b9ea62ba9e090c9f87f3ea7a536a02ee56addad09f20f25.
//
// Solidity: event QuorumThresholdPercentageChanged(uint8 previousPercentage, uint8 newPercentage)
func (_MachServiceManager *MachServiceManagerFilterer) ParseQuorumThresholdPercentageChanged(log types.Log) (*MachServiceManagerQuorumThresholdPercentageChanged, error) {
	event := new(MachServiceManagerQuorumThresholdPercentageChanged)
	if err := _MachServiceManager.contract.UnpackLog(event, "QuorumThresholdPercentageChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachServiceManagerRollupSupportChangedIterator is returned from FilterRollupSupportChanged and is used to iterate over the raw logs and unpacked data for RollupSupportChanged events raised by the MachServiceManager contract.
type MachServiceManagerRollupSupportChangedIterator struct {
	Event *MachServiceManagerRollupSupportChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MachServiceManagerRollupSupportChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachServiceManagerRollupSupportChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MachServiceManagerRollupSupportChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MachServiceManagerRollupSupportChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachServiceManagerRollupSupportChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachServiceManagerRollupSupportChanged represents a RollupSupportChanged event raised by the MachServiceManager contract.
type MachServiceManagerRollupSupportChanged struct {
	RollupChainID *big.Int
	Supported     bool
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterRollupSupportChanged is a free log retrieval operation binding the contract event 0xb173580d145e9ef75c1eea19aa1b616b670f1116c8ca921eae0216f635a9d9c1.
//
// Solidity: event RollupSupportChanged(uint256 indexed rollupChainID, bool supported)
func (_MachServiceManager *MachServiceManagerFilterer) FilterRollupSupportChanged(opts *bind.FilterOpts, rollupChainID []*big.Int) (*MachServiceManagerRollupSupportChangedIterator, error) {

	var rollupChainIDRule []interface{}
	for _, rollupChainIDItem := range rollupChainID {
		rollupChainIDRule = append(rollupChainIDRule, rollupChainIDItem)
	}

	logs, sub, err := _MachServiceManager.contract.FilterLogs(opts, "RollupSupportChanged", rollupChainIDRule)
	if err != nil {
		return nil, err
	}
	return &MachServiceManagerRollupSupportChangedIterator{contract: _MachServiceManager.contract, event: "RollupSupportChanged", logs: logs, sub: sub}, nil
}

// WatchRollupSupportChanged is a free log subscription operation binding the contract event 0xb173580d145e9ef75c1eea19aa1b616b670f1116c8ca921eae0216f635a9d9c1.
//
// Solidity: event RollupSupportChanged(uint256 indexed rollupChainID, bool supported)
func (_MachServiceManager *MachServiceManagerFilterer) WatchRollupSupportChanged(opts *bind.WatchOpts, sink chan<- *MachServiceManagerRollupSupportChanged, rollupChainID []*big.Int) (event.Subscription, error) {

	var rollupChainIDRule []interface{}
	for _, rollupChainIDItem := range rollupChainID {
		rollupChainIDRule = append(rollupChainIDRule, rollupChainIDItem)
	}

	logs, sub, err := _MachServiceManager.contract.WatchLogs(opts, "RollupSupportChanged", rollupChainIDRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachServiceManagerRollupSupportChanged)
				if err := _MachServiceManager.contract.UnpackLog(event, "RollupSupportChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRollupSupportChanged is a log parse operation binding the contract event 0xb173580d145e9ef75c1eea19aa1b616b670f1116c8ca921eae0216f635a9d9c1.
//
// Solidity: event RollupSupportChanged(uint256 indexed rollupChainID, bool supported)
func (_MachServiceManager *MachServiceManagerFilterer) ParseRollupSupportChanged(log types.Log) (*MachServiceManagerRollupSupportChanged, error) {
	event := new(MachServiceManagerRollupSupportChanged)
	if err := _MachServiceManager.contract.UnpackLog(event, "RollupSupportChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachServiceManagerStaleStakesForbiddenUpdateIterator is returned from FilterStaleStakesForbiddenUpdate and is used to iterate over the raw logs and unpacked data for StaleStakesForbiddenUpdate events raised by the MachServiceManager contract.
type MachServiceManagerStaleStakesForbiddenUpdateIterator struct {
	Event *MachServiceManagerStaleStakesForbiddenUpdate // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MachServiceManagerStaleStakesForbiddenUpdateIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachServiceManagerStaleStakesForbiddenUpdate)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MachServiceManagerStaleStakesForbiddenUpdate)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MachServiceManagerStaleStakesForbiddenUpdateIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachServiceManagerStaleStakesForbiddenUpdateIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachServiceManagerStaleStakesForbiddenUpdate represents a StaleStakesForbiddenUpdate event raised by the MachServiceManager contract.
type MachServiceManagerStaleStakesForbiddenUpdate struct {
	Value bool
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterStaleStakesForbiddenUpdate is a free log retrieval operation binding the contract event 0x40e4ed880a29e0f6ddce307457fb75cddf4feef7d3ecb0301bfdf4976a0e2dfc.
//
// Solidity: event StaleStakesForbiddenUpdate(bool value)
func (_MachServiceManager *MachServiceManagerFilterer) FilterStaleStakesForbiddenUpdate(opts *bind.FilterOpts) (*MachServiceManagerStaleStakesForbiddenUpdateIterator, error) {

	logs, sub, err := _MachServiceManager.contract.FilterLogs(opts, "StaleStakesForbiddenUpdate")
	if err != nil {
		return nil, err
	}
	return &MachServiceManagerStaleStakesForbiddenUpdateIterator{contract: _MachServiceManager.contract, event: "StaleStakesForbiddenUpdate", logs: logs, sub: sub}, nil
}

// WatchStaleStakesForbiddenUpdate is a free log subscription operation binding the contract event 0x40e4ed880a29e0f6ddce307457fb75cddf4feef7d3ecb0301bfdf4976a0e2dfc.
//
// Solidity: event StaleStakesForbiddenUpdate(bool value)
func (_MachServiceManager *MachServiceManagerFilterer) WatchStaleStakesForbiddenUpdate(opts *bind.WatchOpts, sink chan<- *MachServiceManagerStaleStakesForbiddenUpdate) (event.Subscription, error) {

	logs, sub, err := _MachServiceManager.contract.WatchLogs(opts, "StaleStakesForbiddenUpdate")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachServiceManagerStaleStakesForbiddenUpdate)
				if err := _MachServiceManager.contract.UnpackLog(event, "StaleStakesForbiddenUpdate", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStaleStakesForbiddenUpdate is a log parse operation binding the contract event 0x40e4ed880a29e0f6ddce307457fb75cddf4feef7d3ecb0301bfdf4976a0e2dfc.
//
// Solidity: event StaleStakesForbiddenUpdate(bool value)
func (_MachServiceManager *MachServiceManagerFilterer) ParseStaleStakesForbiddenUpdate(log types.Log) (*MachServiceManagerStaleStakesForbiddenUpdate, error) {
	event := new(MachServiceManagerStaleStakesForbiddenUpdate)
	if err := _MachServiceManager.contract.UnpackLog(event, "StaleStakesForbiddenUpdate", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachServiceManagerUnpausedIterator is returned from FilterUnpaused and is used to iterate over the raw logs and unpacked data for Unpaused events raised by the MachServiceManager contract.
type MachServiceManagerUnpausedIterator struct {
	Event *MachServiceManagerUnpaused // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MachServiceManagerUnpausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachServiceManagerUnpaused)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MachServiceManagerUnpaused)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MachServiceManagerUnpausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachServiceManagerUnpausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachServiceManagerUnpaused represents a Unpaused event raised by the MachServiceManager contract.
type MachServiceManagerUnpaused struct {
	Account         common.Address
	NewPausedStatus *big.Int
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterUnpaused is a free log retrieval operation binding the contract event 0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c.
//
// Solidity: event Unpaused(address indexed account, uint256 newPausedStatus)
func (_MachServiceManager *MachServiceManagerFilterer) FilterUnpaused(opts *bind.FilterOpts, account []common.Address) (*MachServiceManagerUnpausedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _MachServiceManager.contract.FilterLogs(opts, "Unpaused", accountRule)
	if err != nil {
		return nil, err
	}
	return &MachServiceManagerUnpausedIterator{contract: _MachServiceManager.contract, event: "Unpaused", logs: logs, sub: sub}, nil
}

// WatchUnpaused is a free log subscription operation binding the contract event 0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c.
//
// Solidity: event Unpaused(address indexed account, uint256 newPausedStatus)
func (_MachServiceManager *MachServiceManagerFilterer) WatchUnpaused(opts *bind.WatchOpts, sink chan<- *MachServiceManagerUnpaused, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _MachServiceManager.contract.WatchLogs(opts, "Unpaused", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachServiceManagerUnpaused)
				if err := _MachServiceManager.contract.UnpackLog(event, "Unpaused", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUnpaused is a log parse operation binding the contract event 0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c.
//
// Solidity: event Unpaused(address indexed account, uint256 newPausedStatus)
func (_MachServiceManager *MachServiceManagerFilterer) ParseUnpaused(log types.Log) (*MachServiceManagerUnpaused, error) {
	event := new(MachServiceManagerUnpaused)
	if err := _MachServiceManager.contract.UnpackLog(event, "Unpaused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachServiceManagerWhitelisterChangedIterator is returned from FilterWhitelisterChanged and is used to iterate over the raw logs and unpacked data for WhitelisterChanged events raised by the MachServiceManager contract.
type MachServiceManagerWhitelisterChangedIterator struct {
	Event *MachServiceManagerWhitelisterChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MachServiceManagerWhitelisterChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachServiceManagerWhitelisterChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MachServiceManagerWhitelisterChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MachServiceManagerWhitelisterChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachServiceManagerWhitelisterChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachServiceManagerWhitelisterChanged represents a WhitelisterChanged event raised by the MachServiceManager contract.
type MachServiceManagerWhitelisterChanged struct {
	PreviousWhitelister common.Address
	NewWhitelister      common.Address
	Raw                 types.Log // Blockchain specific contextual infos
}

// FilterWhitelisterChanged is a free log retrieval operation binding the contract event 0x1d7f4da50d8af7a6cea3e56e235c952f5a92d4c862da2d587f7b67f6d0156bb2.
//
// Solidity: event WhitelisterChanged(address indexed previousWhitelister, address indexed newWhitelister)
func (_MachServiceManager *MachServiceManagerFilterer) FilterWhitelisterChanged(opts *bind.FilterOpts, previousWhitelister []common.Address, newWhitelister []common.Address) (*MachServiceManagerWhitelisterChangedIterator, error) {

	var previousWhitelisterRule []interface{}
	for _, previousWhitelisterItem := range previousWhitelister {
		previousWhitelisterRule = append(previousWhitelisterRule, previousWhitelisterItem)
	}
	var newWhitelisterRule []interface{}
	for _, newWhitelisterItem := range newWhitelister {
		newWhitelisterRule = append(newWhitelisterRule, newWhitelisterItem)
	}

	logs, sub, err := _MachServiceManager.contract.FilterLogs(opts, "WhitelisterChanged", previousWhitelisterRule, newWhitelisterRule)
	if err != nil {
		return nil, err
	}
	return &MachServiceManagerWhitelisterChangedIterator{contract: _MachServiceManager.contract, event: "WhitelisterChanged", logs: logs, sub: sub}, nil
}

// WatchWhitelisterChanged is a free log subscription operation binding the contract event 0x1d7f4da50d8af7a6cea3e56e235c952f5a92d4c862da2d587f7b67f6d0156bb2.
//
// Solidity: event WhitelisterChanged(address indexed previousWhitelister, address indexed newWhitelister)
func (_MachServiceManager *MachServiceManagerFilterer) WatchWhitelisterChanged(opts *bind.WatchOpts, sink chan<- *MachServiceManagerWhitelisterChanged, previousWhitelister []common.Address, newWhitelister []common.Address) (event.Subscription, error) {

	var previousWhitelisterRule []interface{}
	for _, previousWhitelisterItem := range previousWhitelister {
		previousWhitelisterRule = append(previousWhitelisterRule, previousWhitelisterItem)
	}
	var newWhitelisterRule []interface{}
	for _, newWhitelisterItem := range newWhitelister {
		newWhitelisterRule = append(newWhitelisterRule, newWhitelisterItem)
	}

	logs, sub, err := _MachServiceManager.contract.WatchLogs(opts, "WhitelisterChanged", previousWhitelisterRule, newWhitelisterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachServiceManagerWhitelisterChanged)
				if err := _MachServiceManager.contract.UnpackLog(event, "WhitelisterChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWhitelisterChanged is a log parse operation binding the contract event 0x1d7f4da50d8af7a6cea3e56e235c952f5a92d4c862da2d587f7b67f6d0156bb2.
//
// Solidity: event WhitelisterChanged(address indexed previousWhitelister, address indexed newWhitelister)
func (_MachServiceManager *MachServiceManagerFilterer) ParseWhitelisterChanged(log types.Log) (*MachServiceManagerWhitelisterChanged, error) {
	event := new(MachServiceManagerWhitelisterChanged)
	if err := _MachServiceManager.contract.UnpackLog(event, "WhitelisterChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachServiceManagerZkServiceManagerChangedIterator is returned from FilterZkServiceManagerChanged and is used to iterate over the raw logs and unpacked data for ZkServiceManagerChanged events raised by the MachServiceManager contract.
type MachServiceManagerZkServiceManagerChangedIterator struct {
	Event *MachServiceManagerZkServiceManagerChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MachServiceManagerZkServiceManagerChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachServiceManagerZkServiceManagerChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MachServiceManagerZkServiceManagerChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MachServiceManagerZkServiceManagerChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachServiceManagerZkServiceManagerChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachServiceManagerZkServiceManagerChanged represents a ZkServiceManagerChanged event raised by the MachServiceManager contract.
type MachServiceManagerZkServiceManagerChanged struct {
	RollupChainID    *big.Int
	ZkServiceManager common.Address
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterZkServiceManagerChanged is a free log retrieval operation binding the contract event 0x32b2320b0110d1b07e5d310e5979573b5e72a9fb053304581f1018db9f29f843.
//
// Solidity: event ZkServiceManagerChanged(uint256 indexed rollupChainID, address zkServiceManager)
func (_MachServiceManager *MachServiceManagerFilterer) FilterZkServiceManagerChanged(opts *bind.FilterOpts, rollupChainID []*big.Int) (*MachServiceManagerZkServiceManagerChangedIterator, error) {

	var rollupChainIDRule []interface{}
	for _, rollupChainIDItem := range rollupChainID {
		rollupChainIDRule = append(rollupChainIDRule, rollupChainIDItem)
	}

	logs, sub, err := _MachServiceManager.contract.FilterLogs(opts, "ZkServiceManagerChanged", rollupChainIDRule)
	if err != nil {
		return nil, err
	}
	return &MachServiceManagerZkServiceManagerChangedIterator{contract: _MachServiceManager.contract, event: "ZkServiceManagerChanged", logs: logs, sub: sub}, nil
}

// WatchZkServiceManagerChanged is a free log subscription operation binding the contract event 0x32b2320b0110d1b07e5d310e5979573b5e72a9fb053304581f1018db9f29f843.
//
// Solidity: event ZkServiceManagerChanged(uint256 indexed rollupChainID, address zkServiceManager)
func (_MachServiceManager *MachServiceManagerFilterer) WatchZkServiceManagerChanged(opts *bind.WatchOpts, sink chan<- *MachServiceManagerZkServiceManagerChanged, rollupChainID []*big.Int) (event.Subscription, error) {

	var rollupChainIDRule []interface{}
	for _, rollupChainIDItem := range rollupChainID {
		rollupChainIDRule = append(rollupChainIDRule, rollupChainIDItem)
	}

	logs, sub, err := _MachServiceManager.contract.WatchLogs(opts, "ZkServiceManagerChanged", rollupChainIDRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachServiceManagerZkServiceManagerChanged)
				if err := _MachServiceManager.contract.UnpackLog(event, "ZkServiceManagerChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseZkServiceManagerChanged is a log parse operation binding the contract event 0x32b2320b0110d1b07e5d310e5979573b5e72a9fb053304581f1018db9f29f843.
//
// Solidity: event ZkServiceManagerChanged(uint256 indexed rollupChainID, address zkServiceManager)
func (_MachServiceManager *MachServiceManagerFilterer) ParseZkServiceManagerChanged(log types.Log) (*MachServiceManagerZkServiceManagerChanged, error) {
	event := new(MachServiceManagerZkServiceManagerChanged)
	if err := _MachServiceManager.contract.UnpackLog(event, "ZkServiceManagerChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
