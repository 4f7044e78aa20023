// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package zkmanagerfixedjournal

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

// MachZkServiceManagerAlert is an auto generated low-level Go binding around an user-defined struct.
type MachZkServiceManagerAlert struct {
	Submitter         common.Address
	SubmittedAt       uint64
	L2BlockNumber     uint64
	FromOracle        bool
	OutputIndex       *big.Int
	InvalidOutputRoot [32]byte
	ExpectOutputRoot  [32]byte
}

// MachZkServiceManagerInitParams is an auto generated low-level Go binding around an user-defined struct.
type MachZkServiceManagerInitParams struct {
	Owner               common.Address
	Whitelister         common.Address
	PauserRegistry      common.Address
	InitialPausedStatus *big.Int
	RollupChainID       *big.Int
	L2OutputOracle      common.Address
	Verifier            common.Address
	ImageId             [32]byte
	ProveWindow         uint64
	Allowlist           []common.Address
}

// MachZkServiceManagerJournal is an auto generated low-level Go binding around an user-defined struct.
type MachZkServiceManagerJournal struct {
	RollupChainID        *big.Int
	CheckpointOutputRoot [32]byte
	CheckpointL2Block    *big.Int
	L2BlockNumber        *big.Int
	OutputRoot           [32]byte
}

// ZkManagerFixedJournalMetaData contains all meta data concerning the ZkManagerFixedJournal contract.
var ZkManagerFixedJournalMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"JOURNAL_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PAUSED_ALERTS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PAUSED_PROVE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"addToAllowlist\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"alertBlockMismatch\",\"inputs\":[{\"name\":\"invalidOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"expectOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"alertBlockOutputOracleMismatch\",\"inputs\":[{\"name\":\"invalidOutputIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expectOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"alertLevel\",\"inputs\":[{\"name\":\"rollupChainID_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumAlertLevel\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"clearProvedAlerts\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"encodeJournal\",\"inputs\":[{\"name\":\"checkpointOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"checkpointL2Block\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"outputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"fixedJournal\",\"inputs\":[{\"name\":\"journalDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structMachZkServiceManager.Journal\",\"components\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"checkpointOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"checkpointL2Block\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"outputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"imageId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structMachZkServiceManager.InitParams\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"whitelister\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pauserRegistry\",\"type\":\"address\",\"internalType\":\"contractIPauserRegistry\"},{\"name\":\"initialPausedStatus\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"l2OutputOracle\",\"type\":\"address\",\"internalType\":\"contractIL2OutputOracle\"},{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"contractIRiscZeroVerifier\"},{\"name\":\"imageId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"proveWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"allowlist\",\"type\":\"address[]\",\"internalType\":\"address[]\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isAlerted\",\"inputs\":[{\"name\":\"rollupChainID_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isAllowlisted\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"l2OutputOracle\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIL2OutputOracle\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[{\"name\":\"newPausedStatus\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"pauseAll\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pauserRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIPauserRegistry\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingAlert\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structMachZkServiceManager.Alert\",\"components\":[{\"name\":\"submitter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"submittedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"l2BlockNumber\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"fromOracle\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"outputIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"invalidOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"expectOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingAlertLive\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proveWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"provedAlertCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"provedOutputRoots\",\"inputs\":[{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"removeAlert\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"removeFromAllowlist\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rollupChainID\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setFixedJournal\",\"inputs\":[{\"name\":\"journalDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"journal\",\"type\":\"tuple\",\"internalType\":\"structMachZkServiceManager.Journal\",\"components\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"checkpointOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"checkpointL2Block\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"outputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setImageId\",\"inputs\":[{\"name\":\"newImageId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setProveWindow\",\"inputs\":[{\"name\":\"window\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setVerifier\",\"inputs\":[{\"name\":\"newVerifier\",\"type\":\"address\",\"internalType\":\"contractIRiscZeroVerifier\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setWhitelister\",\"inputs\":[{\"name\":\"newWhitelister\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"submitProve\",\"inputs\":[{\"name\":\"checkpointOutputIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"journal\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"seal\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[{\"name\":\"newPausedStatus\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"verifier\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRiscZeroVerifier\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"whitelister\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AlertProved\",\"inputs\":[{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"prover\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"outputRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"checkpointOutputRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AlertRaised\",\"inputs\":[{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"submitter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"invalidOutputRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"expectOutputRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"fromOracle\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"outputIndex\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AlertRemoved\",\"inputs\":[{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AlertSuperseded\",\"inputs\":[{\"name\":\"previousL2BlockNumber\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"newL2BlockNumber\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ImageIdChanged\",\"inputs\":[{\"name\":\"previousImageId\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"newImageId\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Initialized\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JournalFixed\",\"inputs\":[{\"name\":\"journalDigest\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"journal\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structMachZkServiceManager.Journal\",\"components\":[{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"checkpointOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"checkpointL2Block\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"outputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OperatorAllowlisted\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newPausedStatus\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProveWindowChanged\",\"inputs\":[{\"name\":\"previousWindow\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"newWindow\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProvedAlertsCleared\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newPausedStatus\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VerifierChanged\",\"inputs\":[{\"name\":\"previousVerifier\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newVerifier\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"WhitelisterChanged\",\"inputs\":[{\"name\":\"previousWhitelister\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newWhitelister\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlertNotEarliest\",\"inputs\":[{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"pendingL2BlockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AlreadyProved\",\"inputs\":[{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"outputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"CheckpointNotAccepted\",\"inputs\":[{\"name\":\"checkpointOutputIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"checkpointOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"checkpointL2Block\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CheckpointNotBeforeAlert\",\"inputs\":[{\"name\":\"checkpointL2Block\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"alertL2Block\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FunctionPaused\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidImageId\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidInitialization\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidJournalLength\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidPauseTransition\",\"inputs\":[{\"name\":\"current\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidProveWindow\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidRollupChainID\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"JournalBlockMismatch\",\"inputs\":[{\"name\":\"journalL2Block\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"alertL2Block\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"JournalOutputRootMismatch\",\"inputs\":[{\"name\":\"journalOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"expectOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"JournalRollupMismatch\",\"inputs\":[{\"name\":\"journalRollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"L2BlockNumberTooLarge\",\"inputs\":[{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NoPendingAlert\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotAllowlisted\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotInitializing\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotPauser\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotUnpauser\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OnlyWhitelister\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OutputIndexOutOfRange\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"latestIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RootsEqual\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroOutputRoot\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroPauserRegistry\",\"inputs\":[]}]",
	Bin: "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b61261e806100d65f395ff3fe608060405234801561000f575f5ffd5b506004361061023f575f3560e01c80637852f6cd11610135578063d1ddf715116100b4578063f2fde38b11610079578063f2fde38b1461069f578063f8e86ece146106b2578063f98f5b92146106c5578063fabc1cbc146106d8578063fc51ecae146106eb575f5ffd5b8063d1ddf7151461065c578063d94c50f914610664578063dea015f614610677578063ea7206d91461068f578063ef3f7dd514610696575f5ffd5b8063901129c2116100fa578063901129c2146105a257806390a061fa146105b557806399fdcbdc14610617578063b42e781b14610636578063bc70d72d14610649575f5ffd5b80637852f6cd1461055c57806386eb0f9a1461056f578063886f11951461057757806388f0afa1146105875780638da5cb5b1461059a575f5ffd5b80635392bfb7116101c15780635da93d7e116101865780635da93d7e146104c5578063626201ce146104d8578063669e82db146104e05780636b55db4914610500578063715018a614610554575f5ffd5b80635392bfb7146104605780635437988d1461047a578063595c6a671461048d5780635ac86ab7146104955780635c975abb146104b3575f5ffd5b806322758a4a1161020757806322758a4a146103e25780632b7ac3f314610414578063311cefd214610427578063450c3c121461043a5780634d9f15591461044d575f5ffd5b806305a3b809146102435780630828f2b2146102835780630c31c4b51461028b578063136439dd146103a257806321cc49e8146103b7575b5f5ffd5b61026e61025136600461214d565b6001600160a01b03165f9081526038602052604090205460ff1690565b60405190151581526020015b60405180910390f35b61026e6106f4565b6103316040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152506040805160e0810182526039546001600160a01b0381168252600160a01b90046001600160401b039081166020830152603a5490811692820192909252600160401b90910460ff1615156060820152603b546080820152603c5460a0820152603d5460c082015290565b60405161027a91905f60e08201905060018060a01b0383511682526001600160401b0360208401511660208301526001600160401b0360408401511660408301526060830151151560608301526080830151608083015260a083015160a083015260c083015160c083015292915050565b6103b56103b0366004612168565b610737565b005b6036546103ca906001600160401b031681565b6040516001600160401b03909116815260200161027a565b6036546103fc90600160401b90046001600160a01b031681565b6040516001600160a01b03909116815260200161027a565b6034546103fc906001600160a01b031681565b6103b561043536600461217f565b610834565b6103b56104483660046121b4565b61091e565b6033546103fc906001600160a01b031681565b610468600181565b60405160ff909116815260200161027a565b6103b561048836600461214d565b610b88565b6103b5610b9c565b61026e6104a33660046121eb565b6001805460ff9092161b16151590565b6001545b60405190815260200161027a565b6103b56104d336600461214d565b610c62565b6104b760a081565b6104f36104ee366004612168565b610d0a565b60405161027a919061221f565b61051361050e366004612168565b610d57565b60405161027a91905f60a082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015292915050565b6103b5610dd2565b6103b561056a366004612245565b610de5565b6103b5610ee8565b5f546001600160a01b03166103fc565b61026e610595366004612168565b610f89565b6103fc610fad565b6103b56105b0366004612168565b610fdb565b61060a6105c3366004612265565b603254604080516020810192909252810185905260608181018590526080820184905260a082018390529060c0016040516020818303038152906040529050949350505050565b60405161027a9190612294565b6104b7610625366004612168565b60376020525f908152604090205481565b6103b56106443660046122c9565b610fec565b6103b5610657366004612333565b610ffd565b6103b5611281565b6103b56106723660046123aa565b6112e0565b603454600160a01b90046001600160601b03166104b7565b6104685f81565b6104b760355481565b6103b56106ad36600461214d565b6113be565b6103b56106c036600461214d565b6113f8565b6103b56106d336600461214d565b61145e565b6103b56106e6366004612168565b61146f565b6104b760325481565b6039545f906001600160a01b031615801590610732575060365460395461072e916001600160401b0390811691600160a01b9004166123e7565b4211155b905090565b5f5460405163237dfb4760e11b81523360048201526001600160a01b03909116906346fbf68e90602401602060405180830381865afa15801561077c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107a091906123fa565b6107c4576040516310351a3760e11b81523360048201526024015b60405180910390fd5b600154818116146107f6576001546040516346848b7360e01b81526004810191909152602481018290526044016107bb565b600181905560405181815233907fab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d906020015b60405180910390a250565b61083c61157e565b80355f03610872575f828152606760205260408120818155600181018290556002810182905560038101829055600401556108b9565b5f82815260676020526040902081906108b6828281358155602082013560018201556040820135600282015560608201356003820155608090910135600490910155565b50505b6040805182358152602080840135908201528183013591810191909152606080830135908201526080808301359082015282907fa66c180c11fa4f5d5dd47abe03a91a744515757c8731a49ff7fdfe34fe765fdf9060a0015b60405180910390a25050565b5f6109276115b0565b805490915060ff600160401b82041615906001600160401b03165f8115801561094d5750825b90505f826001600160401b031660011480156109685750303b155b905081158015610976575080155b156109945760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156109be57845460ff60401b1916600160401b1785555b6109d36109ce602088018861214d565b6115da565b6109f06109e6606088016040890161214d565b87606001356115eb565b85608001355f03610a145760405163daf4a8a360e01b815260040160405180910390fd5b5f610a2560c0880160a0890161214d565b6001600160a01b031603610a4c5760405163d92e233d60e01b815260040160405180910390fd5b6080860135603255610a6460c0870160a0880161214d565b603380546001600160a01b0319166001600160a01b0392909216919091179055610a9c610a9760e0880160c0890161214d565b611663565b610aa98660e001356116e5565b610ac3610abe610120880161010089016122c9565b611744565b610adb610ad6604088016020890161214d565b6117d7565b5f5b610aeb610120880188612419565b9050811015610b3957610b31610b05610120890189612419565b83818110610b1557610b1561245e565b9050602002016020810190610b2a919061214d565b600161186f565b600101610add565b508315610b8057845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b610b9061157e565b610b9981611663565b50565b5f5460405163237dfb4760e11b81523360048201526001600160a01b03909116906346fbf68e90602401602060405180830381865afa158015610be1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c0591906123fa565b610c24576040516310351a3760e11b81523360048201526024016107bb565b5f19600181905560405190815233907fab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d9060200160405180910390a2565b603654600160401b90046001600160a01b03163314801590610c9d5750610c87610fad565b6001600160a01b0316336001600160a01b031614155b15610cbd5760405163e530736560e01b81523360048201526024016107bb565b6001600160a01b0381165f9081526038602052604090205460ff16610d0057604051636f7a527560e01b81526001600160a01b03821660048201526024016107bb565b610b99815f61186f565b5f6032548214610d1b57505f919050565b603454600160a01b90046001600160601b031615610d3b57506003919050565b610d436106f4565b15610d5057506001919050565b505f919050565b610d846040518060a001604052805f81526020015f81526020015f81526020015f81526020015f81525090565b505f90815260676020908152604091829020825160a0810184528154815260018201549281019290925260028101549282019290925260038201546060820152600490910154608082015290565b610dda61157e565b610de35f6118ed565b565b335f9081526038602052604090205460ff16610e1657604051636f7a527560e01b81523360048201526024016107bb565b600180545f911615610e405760405163e96388db60e01b815260ff821660048201526024016107bb565b5f610e4a8461195d565b90506001600160401b03801681604001516001600160801b03161115610e94576040808201519051630593e90760e41b81526001600160801b0390911660048201526024016107bb565b6040805160e0810182523381526001600160401b0342811660208301528383015116918101919091526001606082015260808101859052815160a082015260c08101849052610ee290611a83565b50505050565b610ef061157e565b6039546001600160a01b0316610f1957604051636e3b4e4360e01b815260040160405180910390fd5b603a8054603980546001600160e01b031916905568ffffffffffffffffff1981169091555f603b819055603c819055603d556040513381526001600160401b039091169081907fdc6896c6a17d008fe8c0bae5706df7a5456ed682e92595cd405f05fc908e20a090602001610829565b5f80610f9483610d0a565b6003811115610fa557610fa561220b565b141592915050565b7f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300546001600160a01b031690565b610fe361157e565b610b99816116e5565b610ff461157e565b610b9981611744565b60018054600216156110275760405163e96388db60e01b815260ff821660048201526024016107bb565b6040805160e0810182526039546001600160a01b0381168083526001600160401b03600160a01b90920482166020840152603a549182169383019390935260ff600160401b9091041615156060820152603b546080820152603c5460a0820152603d5460c0820152906110ad57604051636e3b4e4360e01b815260040160405180910390fd5b5f6110b88787611d26565b90506110c48183611e15565b6110d78882602001518360400151611f0f565b6034546035546040516001600160a01b039092169163ab750e75918891889190600290611107908e908e90612472565b602060405180830381855afa158015611122573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906111459190612481565b6040518563ffffffff1660e01b81526004016111649493929190612498565b5f6040518083038186803b15801561117a575f5ffd5b505afa15801561118c573d5f5f3e3d5ffd5b5050603980546001600160e01b03191690555050603a805468ffffffffffffffffff191690555f603b819055603c819055603d819055608082015160608301518252603760205260409091205560348054600160a01b90046001600160601b03169060146111f9836124d6565b91906101000a8154816001600160601b0302191690836001600160601b0316021790555050336001600160a01b031681606001517f6c1ab26d8503e2eefc48824bed1f1b42f3559ae221e9d92f67d83dc4adfe191a8360800151846020015160405161126f929190918252602082015260400190565b60405180910390a35050505050505050565b61128961157e565b603454604051600160a01b9091046001600160601b031681527fd51959a08245b8faa566fa27a301bc6af6494e8bdae93de2fedf9a9486ee74459060200160405180910390a1603480546001600160a01b03169055565b335f9081526038602052604090205460ff1661131157604051636f7a527560e01b81523360048201526024016107bb565b600180545f91161561133b5760405163e96388db60e01b815260ff821660048201526024016107bb565b6001600160401b0382111561136657604051630593e90760e41b8152600481018390526024016107bb565b610ee26040518060e00160405280336001600160a01b03168152602001426001600160401b03168152602001846001600160401b031681526020015f151581526020015f815260200186815260200185815250611a83565b6113c661157e565b6001600160a01b0381166113ef57604051631e4fbdf760e01b81525f60048201526024016107bb565b610b99816118ed565b603654600160401b90046001600160a01b03163314801590611433575061141d610fad565b6001600160a01b0316336001600160a01b031614155b156114535760405163e530736560e01b81523360048201526024016107bb565b610b9981600161186f565b61146661157e565b610b99816117d7565b5f5f9054906101000a90046001600160a01b03166001600160a01b031663eab66d7a6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156114be573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114e29190612500565b6001600160a01b0316336001600160a01b0316146115155760405163ae0e00fd60e01b81523360048201526024016107bb565b60015419811615611547576001546040516346848b7360e01b81526004810191909152602481018290526044016107bb565b600181905560405181815233907f3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c90602001610829565b33611587610fad565b6001600160a01b031614610de35760405163118cdaa760e01b81523360048201526024016107bb565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a005b92915050565b6115e2612078565b610b998161209d565b6001600160a01b038216611612576040516302f18e8f60e01b815260040160405180910390fd5b5f80546001600160a01b0319166001600160a01b038416179055600181905560405181815233907fab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d90602001610912565b6001600160a01b03811661168a5760405163d92e233d60e01b815260040160405180910390fd5b6034546040516001600160a01b038084169216907f0ddda8be1021ab00f63727c5c5504ad96b163269770a3fe8ac3dd0bcb40208df905f90a3603480546001600160a01b0319166001600160a01b0392909216919091179055565b80611703576040516305615c0b60e11b815260040160405180910390fd5b60355460408051918252602082018390527f0d820940a3e7d83900a8d580b70740221bb6f64114547a0ee2551d266412540a910160405180910390a1603555565b806001600160401b03165f0361176d576040516330ff022160e21b815260040160405180910390fd5b603654604080516001600160401b03928316815291831660208301527fda610c692532abea1ce92b0548ecf368f48f587ae659d58715a691dbec171ded910160405180910390a16036805467ffffffffffffffff19166001600160401b0392909216919091179055565b6001600160a01b0381166117fe5760405163d92e233d60e01b815260040160405180910390fd5b6036546040516001600160a01b0380841692600160401b900416907f1d7f4da50d8af7a6cea3e56e235c952f5a92d4c862da2d587f7b67f6d0156bb2905f90a3603680546001600160a01b03909216600160401b0268010000000000000000600160e01b0319909216919091179055565b6001600160a01b0382166118965760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0382165f81815260386020908152604091829020805460ff191685151590811790915591519182527fbc9494536acaf3f702bbec70ff790bb3930056ae9e781e8077097b9de89a8e189101610912565b7f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c19930080546001600160a01b031981166001600160a01b03848116918217845560405192169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a3505050565b604080516060810182525f808252602082018190529181019190915260335460408051631a7c5bbb60e21b815290515f926001600160a01b0316916369f16eec9160048083019260209291908290030181865afa1580156119c0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119e49190612481565b905080831115611a115760405163ab553ef560e01b815260048101849052602481018290526044016107bb565b60335460405163a25ae55760e01b8152600481018590526001600160a01b039091169063a25ae55790602401606060405180830381865afa158015611a58573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a7c9190612536565b9392505050565b8060c001518160a0015103611ab3578060c00151604051637915c1f960e11b81526004016107bb91815260200190565b60c0810151611ad5576040516305924b7d60e31b815260040160405180910390fd5b60c08101516040808301516001600160401b03165f9081526037602052205403611b305760408082015160c0830151915163034d423360e41b81526001600160401b03909116600482015260248101919091526044016107bb565b6040805160e0810182526039546001600160a01b0381168083526001600160401b03600160a01b90920482166020840152603a549182169383019390935260ff600160401b9091041615156060820152603b546080820152603c5460a0820152603d5460c08201529015611c4e5780604001516001600160401b031682604001516001600160401b031610158015611bcb5750611bcb6106f4565b15611c0557604080830151828201519151630a5a23f760e11b81526001600160401b039182166004820152911660248201526044016107bb565b81604001516001600160401b031681604001516001600160401b03167fb8afb54ce761c9947a4e7b219879323cf61b7444579206fa16702b38b55eda3260405160405180910390a35b8151603980546020808601516001600160a01b039094166001600160e01b03199092168217600160a01b6001600160401b039586160217909255604080860151603a80546060808a01519390971668ffffffffffffffffff199091168117600160401b93151593840217909155608080890151603b81905560a08a0151603c81905560c08b0151603d81905586519182529781019790975293860192909252948401919091529092917f8aef3fe4e0f5a4d35cc7778dbf17c65ef800af5e380c2856a925d146fbbc8948910160405180910390a35050565b611d536040518060a001604052805f81526020015f81526020015f81526020015f81526020015f81525090565b5f60675f60028686604051611d69929190612472565b602060405180830381855afa158015611d84573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190611da79190612481565b81526020019081526020015f206040518060a00160405290815f82015481526020016001820154815260200160028201548152602001600382015481526020016004820154815250509050805f01515f14611e035790506115d4565b611e0d84846120a5565b949350505050565b603254825114611e46578151603254604051633aea2a0160e21b8152600481019290925260248201526044016107bb565b80604001516001600160401b0316826060015114611e935760608201516040808301519051634724a60960e11b815260048101929092526001600160401b031660248201526044016107bb565b8060c00151826080015114611ece57608082015160c082015160405163223195e960e01b8152600481019290925260248201526044016107bb565b8160600151826040015110611f0b5781604001518260600151604051631795507360e21b81526004016107bb929190918252602082015260400190565b5050565b60335460405163a25ae55760e01b8152600481018590526001600160a01b039091169063a25ae55790602401606060405180830381865afa925050508015611f74575060408051601f3d908101601f19168201909252611f7191810190612536565b60015b61201857611f828282612102565b6120135760335460408051631a7c5bbb60e21b8152905185926001600160a01b0316916369f16eec9160048083019260209291908290030181865afa158015611fcd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ff19190612481565b60405163ab553ef560e01b8152600481019290925260248201526044016107bb565b505050565b80518314801561203457508181604001516001600160801b0316145b1561203f5750505050565b5061204a8282612102565b6120135760405163db15f5fb60e01b81526004810184905260248101839052604481018290526064016107bb565b612080612120565b610de357604051631afcd79f60e31b815260040160405180910390fd5b6113c6612078565b6120d26040518060a001604052805f81526020015f81526020015f81526020015f81526020015f81525090565b60a082146120f65760405163b0fe347f60e01b8152600481018390526024016107bb565b611a7c828401846125a6565b5f8215801590611a7c5750505f908152603760205260409020541490565b5f6121296115b0565b54600160401b900460ff16919050565b6001600160a01b0381168114610b99575f5ffd5b5f6020828403121561215d575f5ffd5b8135611a7c81612139565b5f60208284031215612178575f5ffd5b5035919050565b5f5f82840360c0811215612191575f5ffd5b8335925060a0601f19820112156121a6575f5ffd5b506020830190509250929050565b5f602082840312156121c4575f5ffd5b81356001600160401b038111156121d9575f5ffd5b82016101408185031215611a7c575f5ffd5b5f602082840312156121fb575f5ffd5b813560ff81168114611a7c575f5ffd5b634e487b7160e01b5f52602160045260245ffd5b602081016004831061223f57634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f60408385031215612256575f5ffd5b50508035926020909101359150565b5f5f5f5f60808587031215612278575f5ffd5b5050823594602084013594506040840135936060013592509050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f602082840312156122d9575f5ffd5b81356001600160401b0381168114611a7c575f5ffd5b5f5f83601f8401126122ff575f5ffd5b5081356001600160401b03811115612315575f5ffd5b60208301915083602082850101111561232c575f5ffd5b9250929050565b5f5f5f5f5f60608688031215612347575f5ffd5b8535945060208601356001600160401b03811115612363575f5ffd5b61236f888289016122ef565b90955093505060408601356001600160401b0381111561238d575f5ffd5b612399888289016122ef565b969995985093965092949392505050565b5f5f5f606084860312156123bc575f5ffd5b505081359360208301359350604090920135919050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156115d4576115d46123d3565b5f6020828403121561240a575f5ffd5b81518015158114611a7c575f5ffd5b5f5f8335601e1984360301811261242e575f5ffd5b8301803591506001600160401b03821115612447575f5ffd5b6020019150600581901b360382131561232c575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b818382375f9101908152919050565b5f60208284031215612491575f5ffd5b5051919050565b60608152836060820152838560808301375f608085830101525f6080601f19601f870116830101905083602083015282604083015295945050505050565b5f6001600160601b0382166001600160601b0381036124f7576124f76123d3565b60010192915050565b5f60208284031215612510575f5ffd5b8151611a7c81612139565b80516001600160801b0381168114612531575f5ffd5b919050565b5f6060828403128015612547575f5ffd5b50604051606081016001600160401b038111828210171561257657634e487b7160e01b5f52604160045260245ffd5b604052825181526125896020840161251b565b602082015261259a6040840161251b565b60408201529392505050565b5f60a08284031280156125b7575f5ffd5b5060405160a081016001600160401b03811182821017156125e657634e487b7160e01b5f52604160045260245ffd5b60409081528335825260208085013590830152838101359082015260608084013590820152608092830135928101929092525091905056",
}

// ZkManagerFixedJournalABI is the input ABI used to generate the binding from.
// Deprecated: Use ZkManagerFixedJournalMetaData.ABI instead.
var ZkManagerFixedJournalABI = ZkManagerFixedJournalMetaData.ABI

// ZkManagerFixedJournalBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ZkManagerFixedJournalMetaData.Bin instead.
var ZkManagerFixedJournalBin = ZkManagerFixedJournalMetaData.Bin

// DeployZkManagerFixedJournal deploys a new Ethereum contract, binding an instance of ZkManagerFixedJournal to it.
func DeployZkManagerFixedJournal(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *ZkManagerFixedJournal, error) {
	parsed, err := ZkManagerFixedJournalMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ZkManagerFixedJournalBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ZkManagerFixedJournal{ZkManagerFixedJournalCaller: ZkManagerFixedJournalCaller{contract: contract}, ZkManagerFixedJournalTransactor: ZkManagerFixedJournalTransactor{contract: contract}, ZkManagerFixedJournalFilterer: ZkManagerFixedJournalFilterer{contract: contract}}, nil
}

// ZkManagerFixedJournal is an auto generated Go binding around an Ethereum contract.
type ZkManagerFixedJournal struct {
	ZkManagerFixedJournalCaller     // Read-only binding to the contract
	ZkManagerFixedJournalTransactor // Write-only binding to the contract
	ZkManagerFixedJournalFilterer   // Log filterer for contract events
}

// ZkManagerFixedJournalCaller is an auto generated read-only Go binding around an Ethereum contract.
type ZkManagerFixedJournalCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ZkManagerFixedJournalTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ZkManagerFixedJournalTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ZkManagerFixedJournalFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ZkManagerFixedJournalFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ZkManagerFixedJournalSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ZkManagerFixedJournalSession struct {
	Contract     *ZkManagerFixedJournal // Generic contract binding to set the session for
	CallOpts     bind.CallOpts          // Call options to use throughout this session
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// ZkManagerFixedJournalCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ZkManagerFixedJournalCallerSession struct {
	Contract *ZkManagerFixedJournalCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts                // Call options to use throughout this session
}

// ZkManagerFixedJournalTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ZkManagerFixedJournalTransactorSession struct {
	Contract     *ZkManagerFixedJournalTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts                // Transaction auth options to use throughout this session
}

// ZkManagerFixedJournalRaw is an auto generated low-level Go binding around an Ethereum contract.
type ZkManagerFixedJournalRaw struct {
	Contract *ZkManagerFixedJournal // Generic contract binding to access the raw methods on
}

// ZkManagerFixedJournalCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ZkManagerFixedJournalCallerRaw struct {
	Contract *ZkManagerFixedJournalCaller // Generic read-only contract binding to access the raw methods on
}

// ZkManagerFixedJournalTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ZkManagerFixedJournalTransactorRaw struct {
	Contract *ZkManagerFixedJournalTransactor // Generic write-only contract binding to access the raw methods on
}

// NewZkManagerFixedJournal creates a new instance of ZkManagerFixedJournal, bound to a specific deployed contract.
func NewZkManagerFixedJournal(address common.Address, backend bind.ContractBackend) (*ZkManagerFixedJournal, error) {
	contract, err := bindZkManagerFixedJournal(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ZkManagerFixedJournal{ZkManagerFixedJournalCaller: ZkManagerFixedJournalCaller{contract: contract}, ZkManagerFixedJournalTransactor: ZkManagerFixedJournalTransactor{contract: contract}, ZkManagerFixedJournalFilterer: ZkManagerFixedJournalFilterer{contract: contract}}, nil
}

// NewZkManagerFixedJournalCaller creates a new read-only instance of ZkManagerFixedJournal, bound to a specific deployed contract.
func NewZkManagerFixedJournalCaller(address common.Address, caller bind.ContractCaller) (*ZkManagerFixedJournalCaller, error) {
	contract, err := bindZkManagerFixedJournal(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ZkManagerFixedJournalCaller{contract: contract}, nil
}

// NewZkManagerFixedJournalTransactor creates a new write-only instance of ZkManagerFixedJournal, bound to a specific deployed contract.
func NewZkManagerFixedJournalTransactor(address common.Address, transactor bind.ContractTransactor) (*ZkManagerFixedJournalTransactor, error) {
	contract, err := bindZkManagerFixedJournal(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ZkManagerFixedJournalTransactor{contract: contract}, nil
}

// NewZkManagerFixedJournalFilterer creates a new log filterer instance of ZkManagerFixedJournal, bound to a specific deployed contract.
func NewZkManagerFixedJournalFilterer(address common.Address, filterer bind.ContractFilterer) (*ZkManagerFixedJournalFilterer, error) {
	contract, err := bindZkManagerFixedJournal(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ZkManagerFixedJournalFilterer{contract: contract}, nil
}

// bindZkManagerFixedJournal binds a generic wrapper to an already deployed contract.
func bindZkManagerFixedJournal(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ZkManagerFixedJournalMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ZkManagerFixedJournal *ZkManagerFixedJournalRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ZkManagerFixedJournal.Contract.ZkManagerFixedJournalCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ZkManagerFixedJournal *ZkManagerFixedJournalRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.ZkManagerFixedJournalTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ZkManagerFixedJournal *ZkManagerFixedJournalRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.ZkManagerFixedJournalTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ZkManagerFixedJournal.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.contract.Transact(opts, method, params...)
}

// JOURNALLENGTH is a free data retrieval call binding the contract method 0x626201ce.
//
// Solidity: function JOURNAL_LENGTH() view returns(uint256)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) JOURNALLENGTH(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "JOURNAL_LENGTH")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// JOURNALLENGTH is a free data retrieval call binding the contract method 0x626201ce.
//
// Solidity: function JOURNAL_LENGTH() view returns(uint256)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) JOURNALLENGTH() (*big.Int, error) {
	return _ZkManagerFixedJournal.Contract.JOURNALLENGTH(&_ZkManagerFixedJournal.CallOpts)
}

// JOURNALLENGTH is a free data retrieval call binding the contract method 0x626201ce.
//
// Solidity: function JOURNAL_LENGTH() view returns(uint256)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) JOURNALLENGTH() (*big.Int, error) {
	return _ZkManagerFixedJournal.Contract.JOURNALLENGTH(&_ZkManagerFixedJournal.CallOpts)
}

// PAUSEDALERTS is a free data retrieval call binding the contract method 0xea7206d9.
//
// Solidity: function PAUSED_ALERTS() view returns(uint8)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) PAUSEDALERTS(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "PAUSED_ALERTS")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PAUSEDALERTS is a free data retrieval call binding the contract method 0xea7206d9.
//
// Solidity: function PAUSED_ALERTS() view returns(uint8)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) PAUSEDALERTS() (uint8, error) {
	return _ZkManagerFixedJournal.Contract.PAUSEDALERTS(&_ZkManagerFixedJournal.CallOpts)
}

// PAUSEDALERTS is a free data retrieval call binding the contract method 0xea7206d9.
//
// Solidity: function PAUSED_ALERTS() view returns(uint8)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) PAUSEDALERTS() (uint8, error) {
	return _ZkManagerFixedJournal.Contract.PAUSEDALERTS(&_ZkManagerFixedJournal.CallOpts)
}

// PAUSEDPROVE is a free data retrieval call binding the contract method 0x5392bfb7.
//
// Solidity: function PAUSED_PROVE() view returns(uint8)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) PAUSEDPROVE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "PAUSED_PROVE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PAUSEDPROVE is a free data retrieval call binding the contract method 0x5392bfb7.
//
// Solidity: function PAUSED_PROVE() view returns(uint8)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) PAUSEDPROVE() (uint8, error) {
	return _ZkManagerFixedJournal.Contract.PAUSEDPROVE(&_ZkManagerFixedJournal.CallOpts)
}

// PAUSEDPROVE is a free data retrieval call binding the contract method 0x5392bfb7.
//
// Solidity: function PAUSED_PROVE() view returns(uint8)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) PAUSEDPROVE() (uint8, error) {
	return _ZkManagerFixedJournal.Contract.PAUSEDPROVE(&_ZkManagerFixedJournal.CallOpts)
}

// AlertLevel is a free data retrieval call binding the contract method 0x669e82db.
//
// Solidity: function alertLevel(uint256 rollupChainID_) view returns(uint8)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) AlertLevel(opts *bind.CallOpts, rollupChainID_ *big.Int) (uint8, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "alertLevel", rollupChainID_)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// AlertLevel is a free data retrieval call binding the contract method 0x669e82db.
//
// Solidity: function alertLevel(uint256 rollupChainID_) view returns(uint8)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) AlertLevel(rollupChainID_ *big.Int) (uint8, error) {
	return _ZkManagerFixedJournal.Contract.AlertLevel(&_ZkManagerFixedJournal.CallOpts, rollupChainID_)
}

// AlertLevel is a free data retrieval call binding the contract method 0x669e82db.
//
// Solidity: function alertLevel(uint256 rollupChainID_) view returns(uint8)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) AlertLevel(rollupChainID_ *big.Int) (uint8, error) {
	return _ZkManagerFixedJournal.Contract.AlertLevel(&_ZkManagerFixedJournal.CallOpts, rollupChainID_)
}

// EncodeJournal is a free data retrieval call binding the contract method 0x90a061fa.
//
// Solidity: function encodeJournal(bytes32 checkpointOutputRoot, uint256 checkpointL2Block, uint256 l2BlockNumber, bytes32 outputRoot) view returns(bytes)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) EncodeJournal(opts *bind.CallOpts, checkpointOutputRoot [32]byte, checkpointL2Block *big.Int, l2BlockNumber *big.Int, outputRoot [32]byte) ([]byte, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "encodeJournal", checkpointOutputRoot, checkpointL2Block, l2BlockNumber, outputRoot)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// EncodeJournal is a free data retrieval call binding the contract method 0x90a061fa.
//
// Solidity: function encodeJournal(bytes32 checkpointOutputRoot, uint256 checkpointL2Block, uint256 l2BlockNumber, bytes32 outputRoot) view returns(bytes)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) EncodeJournal(checkpointOutputRoot [32]byte, checkpointL2Block *big.Int, l2BlockNumber *big.Int, outputRoot [32]byte) ([]byte, error) {
	return _ZkManagerFixedJournal.Contract.EncodeJournal(&_ZkManagerFixedJournal.CallOpts, checkpointOutputRoot, checkpointL2Block, l2BlockNumber, outputRoot)
}

// EncodeJournal is a free data retrieval call binding the contract method 0x90a061fa.
//
// Solidity: function encodeJournal(bytes32 checkpointOutputRoot, uint256 checkpointL2Block, uint256 l2BlockNumber, bytes32 outputRoot) view returns(bytes)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) EncodeJournal(checkpointOutputRoot [32]byte, checkpointL2Block *big.Int, l2BlockNumber *big.Int, outputRoot [32]byte) ([]byte, error) {
	return _ZkManagerFixedJournal.Contract.EncodeJournal(&_ZkManagerFixedJournal.CallOpts, checkpointOutputRoot, checkpointL2Block, l2BlockNumber, outputRoot)
}

// FixedJournal is a free data retrieval call binding the contract method 0x6b55db49.
//
// Solidity: function fixedJournal(bytes32 journalDigest) view returns((uint256,bytes32,uint256,uint256,bytes32))
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) FixedJournal(opts *bind.CallOpts, journalDigest [32]byte) (MachZkServiceManagerJournal, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "fixedJournal", journalDigest)

	if err != nil {
		return *new(MachZkServiceManagerJournal), err
	}

	out0 := *abi.ConvertType(out[0], new(MachZkServiceManagerJournal)).(*MachZkServiceManagerJournal)

	return out0, err

}

// FixedJournal is a free data retrieval call binding the contract method 0x6b55db49.
//
// Solidity: function fixedJournal(bytes32 journalDigest) view returns((uint256,bytes32,uint256,uint256,bytes32))
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) FixedJournal(journalDigest [32]byte) (MachZkServiceManagerJournal, error) {
	return _ZkManagerFixedJournal.Contract.FixedJournal(&_ZkManagerFixedJournal.CallOpts, journalDigest)
}

// FixedJournal is a free data retrieval call binding the contract method 0x6b55db49.
//
// Solidity: function fixedJournal(bytes32 journalDigest) view returns((uint256,bytes32,uint256,uint256,bytes32))
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) FixedJournal(journalDigest [32]byte) (MachZkServiceManagerJournal, error) {
	return _ZkManagerFixedJournal.Contract.FixedJournal(&_ZkManagerFixedJournal.CallOpts, journalDigest)
}

// ImageId is a free data retrieval call binding the contract method 0xef3f7dd5.
//
// Solidity: function imageId() view returns(bytes32)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) ImageId(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "imageId")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ImageId is a free data retrieval call binding the contract method 0xef3f7dd5.
//
// Solidity: function imageId() view returns(bytes32)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) ImageId() ([32]byte, error) {
	return _ZkManagerFixedJournal.Contract.ImageId(&_ZkManagerFixedJournal.CallOpts)
}

// ImageId is a free data retrieval call binding the contract method 0xef3f7dd5.
//
// Solidity: function imageId() view returns(bytes32)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) ImageId() ([32]byte, error) {
	return _ZkManagerFixedJournal.Contract.ImageId(&_ZkManagerFixedJournal.CallOpts)
}

// IsAlerted is a free data retrieval call binding the contract method 0x88f0afa1.
//
// Solidity: function isAlerted(uint256 rollupChainID_) view returns(bool)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) IsAlerted(opts *bind.CallOpts, rollupChainID_ *big.Int) (bool, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "isAlerted", rollupChainID_)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsAlerted is a free data retrieval call binding the contract method 0x88f0afa1.
//
// Solidity: function isAlerted(uint256 rollupChainID_) view returns(bool)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) IsAlerted(rollupChainID_ *big.Int) (bool, error) {
	return _ZkManagerFixedJournal.Contract.IsAlerted(&_ZkManagerFixedJournal.CallOpts, rollupChainID_)
}

// IsAlerted is a free data retrieval call binding the contract method 0x88f0afa1.
//
// Solidity: function isAlerted(uint256 rollupChainID_) view returns(bool)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) IsAlerted(rollupChainID_ *big.Int) (bool, error) {
	return _ZkManagerFixedJournal.Contract.IsAlerted(&_ZkManagerFixedJournal.CallOpts, rollupChainID_)
}

// IsAllowlisted is a free data retrieval call binding the contract method 0x05a3b809.
//
// Solidity: function isAllowlisted(address operator) view returns(bool)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) IsAllowlisted(opts *bind.CallOpts, operator common.Address) (bool, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "isAllowlisted", operator)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsAllowlisted is a free data retrieval call binding the contract method 0x05a3b809.
//
// Solidity: function isAllowlisted(address operator) view returns(bool)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) IsAllowlisted(operator common.Address) (bool, error) {
	return _ZkManagerFixedJournal.Contract.IsAllowlisted(&_ZkManagerFixedJournal.CallOpts, operator)
}

// IsAllowlisted is a free data retrieval call binding the contract method 0x05a3b809.
//
// Solidity: function isAllowlisted(address operator) view returns(bool)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) IsAllowlisted(operator common.Address) (bool, error) {
	return _ZkManagerFixedJournal.Contract.IsAllowlisted(&_ZkManagerFixedJournal.CallOpts, operator)
}

// L2OutputOracle is a free data retrieval call binding the contract method 0x4d9f1559.
//
// Solidity: function l2OutputOracle() view returns(address)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) L2OutputOracle(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "l2OutputOracle")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// L2OutputOracle is a free data retrieval call binding the contract method 0x4d9f1559.
//
// Solidity: function l2OutputOracle() view returns(address)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) L2OutputOracle() (common.Address, error) {
	return _ZkManagerFixedJournal.Contract.L2OutputOracle(&_ZkManagerFixedJournal.CallOpts)
}

// L2OutputOracle is a free data retrieval call binding the contract method 0x4d9f1559.
//
// Solidity: function l2OutputOracle() view returns(address)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) L2OutputOracle() (common.Address, error) {
	return _ZkManagerFixedJournal.Contract.L2OutputOracle(&_ZkManagerFixedJournal.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) Owner() (common.Address, error) {
	return _ZkManagerFixedJournal.Contract.Owner(&_ZkManagerFixedJournal.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) Owner() (common.Address, error) {
	return _ZkManagerFixedJournal.Contract.Owner(&_ZkManagerFixedJournal.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5ac86ab7.
//
// Solidity: function paused(uint8 index) view returns(bool)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) Paused(opts *bind.CallOpts, index uint8) (bool, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "paused", index)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Paused is a free data retrieval call binding the contract method 0x5ac86ab7.
//
// Solidity: function paused(uint8 index) view returns(bool)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) Paused(index uint8) (bool, error) {
	return _ZkManagerFixedJournal.Contract.Paused(&_ZkManagerFixedJournal.CallOpts, index)
}

// Paused is a free data retrieval call binding the contract method 0x5ac86ab7.
//
// Solidity: function paused(uint8 index) view returns(bool)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) Paused(index uint8) (bool, error) {
	return _ZkManagerFixedJournal.Contract.Paused(&_ZkManagerFixedJournal.CallOpts, index)
}

// Paused0 is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(uint256)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) Paused0(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "paused0")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Paused0 is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(uint256)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) Paused0() (*big.Int, error) {
	return _ZkManagerFixedJournal.Contract.Paused0(&_ZkManagerFixedJournal.CallOpts)
}

// Paused0 is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(uint256)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) Paused0() (*big.Int, error) {
	return _ZkManagerFixedJournal.Contract.Paused0(&_ZkManagerFixedJournal.CallOpts)
}

// PauserRegistry is a free data retrieval call binding the contract method 0x886f1195.
//
// Solidity: function pauserRegistry() view returns(address)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) PauserRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "pauserRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PauserRegistry is a free data retrieval call binding the contract method 0x886f1195.
//
// Solidity: function pauserRegistry() view returns(address)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) PauserRegistry() (common.Address, error) {
	return _ZkManagerFixedJournal.Contract.PauserRegistry(&_ZkManagerFixedJournal.CallOpts)
}

// PauserRegistry is a free data retrieval call binding the contract method 0x886f1195.
//
// Solidity: function pauserRegistry() view returns(address)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) PauserRegistry() (common.Address, error) {
	return _ZkManagerFixedJournal.Contract.PauserRegistry(&_ZkManagerFixedJournal.CallOpts)
}

// PendingAlert is a free data retrieval call binding the contract method 0x0c31c4b5.
//
// Solidity: function pendingAlert() view returns((address,uint64,uint64,bool,uint256,bytes32,bytes32))
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) PendingAlert(opts *bind.CallOpts) (MachZkServiceManagerAlert, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "pendingAlert")

	if err != nil {
		return *new(MachZkServiceManagerAlert), err
	}

	out0 := *abi.ConvertType(out[0], new(MachZkServiceManagerAlert)).(*MachZkServiceManagerAlert)

	return out0, err

}

// PendingAlert is a free data retrieval call binding the contract method 0x0c31c4b5.
//
// Solidity: function pendingAlert() view returns((address,uint64,uint64,bool,uint256,bytes32,bytes32))
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) PendingAlert() (MachZkServiceManagerAlert, error) {
	return _ZkManagerFixedJournal.Contract.PendingAlert(&_ZkManagerFixedJournal.CallOpts)
}

// PendingAlert is a free data retrieval call binding the contract method 0x0c31c4b5.
//
// Solidity: function pendingAlert() view returns((address,uint64,uint64,bool,uint256,bytes32,bytes32))
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) PendingAlert() (MachZkServiceManagerAlert, error) {
	return _ZkManagerFixedJournal.Contract.PendingAlert(&_ZkManagerFixedJournal.CallOpts)
}

// PendingAlertLive is a free data retrieval call binding the contract method 0x0828f2b2.
//
// Solidity: function pendingAlertLive() view returns(bool)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) PendingAlertLive(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "pendingAlertLive")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// PendingAlertLive is a free data retrieval call binding the contract method 0x0828f2b2.
//
// Solidity: function pendingAlertLive() view returns(bool)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) PendingAlertLive() (bool, error) {
	return _ZkManagerFixedJournal.Contract.PendingAlertLive(&_ZkManagerFixedJournal.CallOpts)
}

// PendingAlertLive is a free data retrieval call binding the contract method 0x0828f2b2.
//
// Solidity: function pendingAlertLive() view returns(bool)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) PendingAlertLive() (bool, error) {
	return _ZkManagerFixedJournal.Contract.PendingAlertLive(&_ZkManagerFixedJournal.CallOpts)
}

// ProveWindow is a free data retrieval call binding the contract method 0x21cc49e8.
//
// Solidity: function proveWindow() view returns(uint64)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) ProveWindow(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "proveWindow")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ProveWindow is a free data retrieval call binding the contract method 0x21cc49e8.
//
// Solidity: function proveWindow() view returns(uint64)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) ProveWindow() (uint64, error) {
	return _ZkManagerFixedJournal.Contract.ProveWindow(&_ZkManagerFixedJournal.CallOpts)
}

// ProveWindow is a free data retrieval call binding the contract method 0x21cc49e8.
//
// Solidity: function proveWindow() view returns(uint64)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) ProveWindow() (uint64, error) {
	return _ZkManagerFixedJournal.Contract.ProveWindow(&_ZkManagerFixedJournal.CallOpts)
}

// ProvedAlertCount is a free data retrieval call binding the contract method 0xdea015f6.
//
// Solidity: function provedAlertCount() view returns(uint256)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) ProvedAlertCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "provedAlertCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ProvedAlertCount is a free data retrieval call binding the contract method 0xdea015f6.
//
// Solidity: function provedAlertCount() view returns(uint256)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) ProvedAlertCount() (*big.Int, error) {
	return _ZkManagerFixedJournal.Contract.ProvedAlertCount(&_ZkManagerFixedJournal.CallOpts)
}

// ProvedAlertCount is a free data retrieval call binding the contract method 0xdea015f6.
//
// Solidity: function provedAlertCount() view returns(uint256)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) ProvedAlertCount() (*big.Int, error) {
	return _ZkManagerFixedJournal.Contract.ProvedAlertCount(&_ZkManagerFixedJournal.CallOpts)
}

// ProvedOutputRoots is a free data retrieval call binding the contract method 0x99fdcbdc.
//
// Solidity: function provedOutputRoots(uint256 l2BlockNumber) view returns(bytes32)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) ProvedOutputRoots(opts *bind.CallOpts, l2BlockNumber *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "provedOutputRoots", l2BlockNumber)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProvedOutputRoots is a free data retrieval call binding the contract method 0x99fdcbdc.
//
// Solidity: function provedOutputRoots(uint256 l2BlockNumber) view returns(bytes32)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) ProvedOutputRoots(l2BlockNumber *big.Int) ([32]byte, error) {
	return _ZkManagerFixedJournal.Contract.ProvedOutputRoots(&_ZkManagerFixedJournal.CallOpts, l2BlockNumber)
}

// ProvedOutputRoots is a free data retrieval call binding the contract method 0x99fdcbdc.
//
// Solidity: function provedOutputRoots(uint256 l2BlockNumber) view returns(bytes32)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) ProvedOutputRoots(l2BlockNumber *big.Int) ([32]byte, error) {
	return _ZkManagerFixedJournal.Contract.ProvedOutputRoots(&_ZkManagerFixedJournal.CallOpts, l2BlockNumber)
}

// RollupChainID is a free data retrieval call binding the contract method 0xfc51ecae.
//
// Solidity: function rollupChainID() view returns(uint256)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) RollupChainID(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "rollupChainID")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RollupChainID is a free data retrieval call binding the contract method 0xfc51ecae.
//
// Solidity: function rollupChainID() view returns(uint256)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) RollupChainID() (*big.Int, error) {
	return _ZkManagerFixedJournal.Contract.RollupChainID(&_ZkManagerFixedJournal.CallOpts)
}

// RollupChainID is a free data retrieval call binding the contract method 0xfc51ecae.
//
// Solidity: function rollupChainID() view returns(uint256)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) RollupChainID() (*big.Int, error) {
	return _ZkManagerFixedJournal.Contract.RollupChainID(&_ZkManagerFixedJournal.CallOpts)
}

// Verifier is a free data retrieval call binding the contract method 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) Verifier(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "verifier")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Verifier is a free data retrieval call binding the contract method 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) Verifier() (common.Address, error) {
	return _ZkManagerFixedJournal.Contract.Verifier(&_ZkManagerFixedJournal.CallOpts)
}

// Verifier is a free data retrieval call binding the contract method 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) Verifier() (common.Address, error) {
	return _ZkManagerFixedJournal.Contract.Verifier(&_ZkManagerFixedJournal.CallOpts)
}

// Whitelister is a free data retrieval call binding the contract method 0x22758a4a.
//
// Solidity: function whitelister() view returns(address)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCaller) Whitelister(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ZkManagerFixedJournal.contract.Call(opts, &out, "whitelister")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Whitelister is a free data retrieval call binding the contract method 0x22758a4a.
//
// Solidity: function whitelister() view returns(address)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) Whitelister() (common.Address, error) {
	return _ZkManagerFixedJournal.Contract.Whitelister(&_ZkManagerFixedJournal.CallOpts)
}

// Whitelister is a free data retrieval call binding the contract method 0x22758a4a.
//
// Solidity: function whitelister() view returns(address)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalCallerSession) Whitelister() (common.Address, error) {
	return _ZkManagerFixedJournal.Contract.Whitelister(&_ZkManagerFixedJournal.CallOpts)
}

// AddToAllowlist is a paid mutator transaction binding the contract method 0xf8e86ece.
//
// Solidity: function addToAllowlist(address operator) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactor) AddToAllowlist(opts *bind.TransactOpts, operator common.Address) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.contract.Transact(opts, "addToAllowlist", operator)
}

// AddToAllowlist is a paid mutator transaction binding the contract method 0xf8e86ece.
//
// Solidity: function addToAllowlist(address operator) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) AddToAllowlist(operator common.Address) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.AddToAllowlist(&_ZkManagerFixedJournal.TransactOpts, operator)
}

// AddToAllowlist is a paid mutator transaction binding the contract method 0xf8e86ece.
//
// Solidity: function addToAllowlist(address operator) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorSession) AddToAllowlist(operator common.Address) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.AddToAllowlist(&_ZkManagerFixedJournal.TransactOpts, operator)
}

// AlertBlockMismatch is a paid mutator transaction binding the contract method 0xd94c50f9.
//
// Solidity: function alertBlockMismatch(bytes32 invalidOutputRoot, bytes32 expectOutputRoot, uint256 l2BlockNumber) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactor) AlertBlockMismatch(opts *bind.TransactOpts, invalidOutputRoot [32]byte, expectOutputRoot [32]byte, l2BlockNumber *big.Int) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.contract.Transact(opts, "alertBlockMismatch", invalidOutputRoot, expectOutputRoot, l2BlockNumber)
}

// AlertBlockMismatch is a paid mutator transaction binding the contract method 0xd94c50f9.
//
// Solidity: function alertBlockMismatch(bytes32 invalidOutputRoot, bytes32 expectOutputRoot, uint256 l2BlockNumber) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) AlertBlockMismatch(invalidOutputRoot [32]byte, expectOutputRoot [32]byte, l2BlockNumber *big.Int) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.AlertBlockMismatch(&_ZkManagerFixedJournal.TransactOpts, invalidOutputRoot, expectOutputRoot, l2BlockNumber)
}

// AlertBlockMismatch is a paid mutator transaction binding the contract method 0xd94c50f9.
//
// Solidity: function alertBlockMismatch(bytes32 invalidOutputRoot, bytes32 expectOutputRoot, uint256 l2BlockNumber) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorSession) AlertBlockMismatch(invalidOutputRoot [32]byte, expectOutputRoot [32]byte, l2BlockNumber *big.Int) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.AlertBlockMismatch(&_ZkManagerFixedJournal.TransactOpts, invalidOutputRoot, expectOutputRoot, l2BlockNumber)
}

// AlertBlockOutputOracleMismatch is a paid mutator transaction binding the contract method 0x7852f6cd.
//
// Solidity: function alertBlockOutputOracleMismatch(uint256 invalidOutputIndex, bytes32 expectOutputRoot) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactor) AlertBlockOutputOracleMismatch(opts *bind.TransactOpts, invalidOutputIndex *big.Int, expectOutputRoot [32]byte) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.contract.Transact(opts, "alertBlockOutputOracleMismatch", invalidOutputIndex, expectOutputRoot)
}

// AlertBlockOutputOracleMismatch is a paid mutator transaction binding the contract method 0x7852f6cd.
//
// Solidity: function alertBlockOutputOracleMismatch(uint256 invalidOutputIndex, bytes32 expectOutputRoot) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) AlertBlockOutputOracleMismatch(invalidOutputIndex *big.Int, expectOutputRoot [32]byte) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.AlertBlockOutputOracleMismatch(&_ZkManagerFixedJournal.TransactOpts, invalidOutputIndex, expectOutputRoot)
}

// AlertBlockOutputOracleMismatch is a paid mutator transaction binding the contract method 0x7852f6cd.
//
// Solidity: function alertBlockOutputOracleMismatch(uint256 invalidOutputIndex, bytes32 expectOutputRoot) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorSession) AlertBlockOutputOracleMismatch(invalidOutputIndex *big.Int, expectOutputRoot [32]byte) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.AlertBlockOutputOracleMismatch(&_ZkManagerFixedJournal.TransactOpts, invalidOutputIndex, expectOutputRoot)
}

// ClearProvedAlerts is a paid mutator transaction binding the contract method 0xd1ddf715.
//
// Solidity: function clearProvedAlerts() returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactor) ClearProvedAlerts(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.contract.Transact(opts, "clearProvedAlerts")
}

// ClearProvedAlerts is a paid mutator transaction binding the contract method 0xd1ddf715.
//
// Solidity: function clearProvedAlerts() returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) ClearProvedAlerts() (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.ClearProvedAlerts(&_ZkManagerFixedJournal.TransactOpts)
}

// ClearProvedAlerts is a paid mutator transaction binding the contract method 0xd1ddf715.
//
// Solidity: function clearProvedAlerts() returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorSession) ClearProvedAlerts() (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.ClearProvedAlerts(&_ZkManagerFixedJournal.TransactOpts)
}

// Initialize is a paid mutator transaction binding the contract method 0x450c3c12.
//
// Solidity: function initialize((address,address,address,uint256,uint256,address,address,bytes32,uint64,address[]) p) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactor) Initialize(opts *bind.TransactOpts, p MachZkServiceManagerInitParams) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.contract.Transact(opts, "initialize", p)
}

// Initialize is a paid mutator transaction binding the contract method 0x450c3c12.
//
// Solidity: function initialize((address,address,address,uint256,uint256,address,address,bytes32,uint64,address[]) p) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) Initialize(p MachZkServiceManagerInitParams) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.Initialize(&_ZkManagerFixedJournal.TransactOpts, p)
}

// Initialize is a paid mutator transaction binding the contract method 0x450c3c12.
//
// Solidity: function initialize((address,address,address,uint256,uint256,address,address,bytes32,uint64,address[]) p) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorSession) Initialize(p MachZkServiceManagerInitParams) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.Initialize(&_ZkManagerFixedJournal.TransactOpts, p)
}

// Pause is a paid mutator transaction binding the contract method 0x136439dd.
//
// Solidity: function pause(uint256 newPausedStatus) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactor) Pause(opts *bind.TransactOpts, newPausedStatus *big.Int) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.contract.Transact(opts, "pause", newPausedStatus)
}

// Pause is a paid mutator transaction binding the contract method 0x136439dd.
//
// Solidity: function pause(uint256 newPausedStatus) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) Pause(newPausedStatus *big.Int) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.Pause(&_ZkManagerFixedJournal.TransactOpts, newPausedStatus)
}

// Pause is a paid mutator transaction binding the contract method 0x136439dd.
//
// Solidity: function pause(uint256 newPausedStatus) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorSession) Pause(newPausedStatus *big.Int) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.Pause(&_ZkManagerFixedJournal.TransactOpts, newPausedStatus)
}

// PauseAll is a paid mutator transaction binding the contract method 0x595c6a67.
//
// Solidity: function pauseAll() returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactor) PauseAll(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.contract.Transact(opts, "pauseAll")
}

// PauseAll is a paid mutator transaction binding the contract method 0x595c6a67.
//
// Solidity: function pauseAll() returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) PauseAll() (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.PauseAll(&_ZkManagerFixedJournal.TransactOpts)
}

// PauseAll is a paid mutator transaction binding the contract method 0x595c6a67.
//
// Solidity: function pauseAll() returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorSession) PauseAll() (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.PauseAll(&_ZkManagerFixedJournal.TransactOpts)
}

// RemoveAlert is a paid mutator transaction binding the contract method 0x86eb0f9a.
//
// Solidity: function removeAlert() returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactor) RemoveAlert(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.contract.Transact(opts, "removeAlert")
}

// RemoveAlert is a paid mutator transaction binding the contract method 0x86eb0f9a.
//
// Solidity: function removeAlert() returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) RemoveAlert() (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.RemoveAlert(&_ZkManagerFixedJournal.TransactOpts)
}

// RemoveAlert is a paid mutator transaction binding the contract method 0x86eb0f9a.
//
// Solidity: function removeAlert() returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorSession) RemoveAlert() (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.RemoveAlert(&_ZkManagerFixedJournal.TransactOpts)
}

// RemoveFromAllowlist is a paid mutator transaction binding the contract method 0x5da93d7e.
//
// Solidity: function removeFromAllowlist(address operator) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactor) RemoveFromAllowlist(opts *bind.TransactOpts, operator common.Address) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.contract.Transact(opts, "removeFromAllowlist", operator)
}

// RemoveFromAllowlist is a paid mutator transaction binding the contract method 0x5da93d7e.
//
// Solidity: function removeFromAllowlist(address operator) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) RemoveFromAllowlist(operator common.Address) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.RemoveFromAllowlist(&_ZkManagerFixedJournal.TransactOpts, operator)
}

// RemoveFromAllowlist is a paid mutator transaction binding the contract method 0x5da93d7e.
//
// Solidity: function removeFromAllowlist(address operator) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorSession) RemoveFromAllowlist(operator common.Address) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.RemoveFromAllowlist(&_ZkManagerFixedJournal.TransactOpts, operator)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) RenounceOwnership() (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.RenounceOwnership(&_ZkManagerFixedJournal.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.RenounceOwnership(&_ZkManagerFixedJournal.TransactOpts)
}

// SetFixedJournal is a paid mutator transaction binding the contract method 0x311cefd2.
//
// Solidity: function setFixedJournal(bytes32 journalDigest, (uint256,bytes32,uint256,uint256,bytes32) journal) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactor) SetFixedJournal(opts *bind.TransactOpts, journalDigest [32]byte, journal MachZkServiceManagerJournal) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.contract.Transact(opts, "setFixedJournal", journalDigest, journal)
}

// SetFixedJournal is a paid mutator transaction binding the contract method 0x311cefd2.
//
// Solidity: function setFixedJournal(bytes32 journalDigest, (uint256,bytes32,uint256,uint256,bytes32) journal) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) SetFixedJournal(journalDigest [32]byte, journal MachZkServiceManagerJournal) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.SetFixedJournal(&_ZkManagerFixedJournal.TransactOpts, journalDigest, journal)
}

// SetFixedJournal is a paid mutator transaction binding the contract method 0x311cefd2.
//
// Solidity: function setFixedJournal(bytes32 journalDigest, (uint256,bytes32,uint256,uint256,bytes32) journal) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorSession) SetFixedJournal(journalDigest [32]byte, journal MachZkServiceManagerJournal) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.SetFixedJournal(&_ZkManagerFixedJournal.TransactOpts, journalDigest, journal)
}

// SetImageId is a paid mutator transaction binding the contract method 0x901129c2.
//
// Solidity: function setImageId(bytes32 newImageId) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactor) SetImageId(opts *bind.TransactOpts, newImageId [32]byte) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.contract.Transact(opts, "setImageId", newImageId)
}

// SetImageId is a paid mutator transaction binding the contract method 0x901129c2.
//
// Solidity: function setImageId(bytes32 newImageId) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) SetImageId(newImageId [32]byte) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.SetImageId(&_ZkManagerFixedJournal.TransactOpts, newImageId)
}

// SetImageId is a paid mutator transaction binding the contract method 0x901129c2.
//
// Solidity: function setImageId(bytes32 newImageId) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorSession) SetImageId(newImageId [32]byte) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.SetImageId(&_ZkManagerFixedJournal.TransactOpts, newImageId)
}

// SetProveWindow is a paid mutator transaction binding the contract method 0xb42e781b.
//
// Solidity: function setProveWindow(uint64 window) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactor) SetProveWindow(opts *bind.TransactOpts, window uint64) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.contract.Transact(opts, "setProveWindow", window)
}

// SetProveWindow is a paid mutator transaction binding the contract method 0xb42e781b.
//
// Solidity: function setProveWindow(uint64 window) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) SetProveWindow(window uint64) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.SetProveWindow(&_ZkManagerFixedJournal.TransactOpts, window)
}

// SetProveWindow is a paid mutator transaction binding the contract method 0xb42e781b.
//
// Solidity: function setProveWindow(uint64 window) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorSession) SetProveWindow(window uint64) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.SetProveWindow(&_ZkManagerFixedJournal.TransactOpts, window)
}

// SetVerifier is a paid mutator transaction binding the contract method 0x5437988d.
//
// Solidity: function setVerifier(address newVerifier) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactor) SetVerifier(opts *bind.TransactOpts, newVerifier common.Address) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.contract.Transact(opts, "setVerifier", newVerifier)
}

// SetVerifier is a paid mutator transaction binding the contract method 0x5437988d.
//
// Solidity: function setVerifier(address newVerifier) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) SetVerifier(newVerifier common.Address) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.SetVerifier(&_ZkManagerFixedJournal.TransactOpts, newVerifier)
}

// SetVerifier is a paid mutator transaction binding the contract method 0x5437988d.
//
// Solidity: function setVerifier(address newVerifier) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorSession) SetVerifier(newVerifier common.Address) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.SetVerifier(&_ZkManagerFixedJournal.TransactOpts, newVerifier)
}

// SetWhitelister is a paid mutator transaction binding the contract method 0xf98f5b92.
//
// Solidity: function setWhitelister(address newWhitelister) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactor) SetWhitelister(opts *bind.TransactOpts, newWhitelister common.Address) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.contract.Transact(opts, "setWhitelister", newWhitelister)
}

// SetWhitelister is a paid mutator transaction binding the contract method 0xf98f5b92.
//
// Solidity: function setWhitelister(address newWhitelister) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) SetWhitelister(newWhitelister common.Address) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.SetWhitelister(&_ZkManagerFixedJournal.TransactOpts, newWhitelister)
}

// SetWhitelister is a paid mutator transaction binding the contract method 0xf98f5b92.
//
// Solidity: function setWhitelister(address newWhitelister) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorSession) SetWhitelister(newWhitelister common.Address) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.SetWhitelister(&_ZkManagerFixedJournal.TransactOpts, newWhitelister)
}

// SubmitProve is a paid mutator transaction binding the contract method 0xbc70d72d.
//
// Solidity: function submitProve(uint256 checkpointOutputIndex, bytes journal, bytes seal) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactor) SubmitProve(opts *bind.TransactOpts, checkpointOutputIndex *big.Int, journal []byte, seal []byte) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.contract.Transact(opts, "submitProve", checkpointOutputIndex, journal, seal)
}

// SubmitProve is a paid mutator transaction binding the contract method 0xbc70d72d.
//
// Solidity: function submitProve(uint256 checkpointOutputIndex, bytes journal, bytes seal) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) SubmitProve(checkpointOutputIndex *big.Int, journal []byte, seal []byte) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.SubmitProve(&_ZkManagerFixedJournal.TransactOpts, checkpointOutputIndex, journal, seal)
}

// SubmitProve is a paid mutator transaction binding the contract method 0xbc70d72d.
//
// Solidity: function submitProve(uint256 checkpointOutputIndex, bytes journal, bytes seal) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorSession) SubmitProve(checkpointOutputIndex *big.Int, journal []byte, seal []byte) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.SubmitProve(&_ZkManagerFixedJournal.TransactOpts, checkpointOutputIndex, journal, seal)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.TransferOwnership(&_ZkManagerFixedJournal.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.TransferOwnership(&_ZkManagerFixedJournal.TransactOpts, newOwner)
}

// Unpause is a paid mutator transaction binding the contract method 0xfabc1cbc.
//
// Solidity: function unpause(uint256 newPausedStatus) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactor) Unpause(opts *bind.TransactOpts, newPausedStatus *big.Int) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.contract.Transact(opts, "unpause", newPausedStatus)
}

// Unpause is a paid mutator transaction binding the contract method 0xfabc1cbc.
//
// Solidity: function unpause(uint256 newPausedStatus) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalSession) Unpause(newPausedStatus *big.Int) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.Unpause(&_ZkManagerFixedJournal.TransactOpts, newPausedStatus)
}

// Unpause is a paid mutator transaction binding the contract method 0xfabc1cbc.
//
// Solidity: function unpause(uint256 newPausedStatus) returns()
func (_ZkManagerFixedJournal *ZkManagerFixedJournalTransactorSession) Unpause(newPausedStatus *big.Int) (*types.Transaction, error) {
	return _ZkManagerFixedJournal.Contract.Unpause(&_ZkManagerFixedJournal.TransactOpts, newPausedStatus)
}

// ZkManagerFixedJournalAlertProvedIterator is returned from FilterAlertProved and is used to iterate over the raw logs and unpacked data for AlertProved events raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalAlertProvedIterator struct {
	Event *ZkManagerFixedJournalAlertProved // Event containing the contract specifics and raw log

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
func (it *ZkManagerFixedJournalAlertProvedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ZkManagerFixedJournalAlertProved)
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
		it.Event = new(ZkManagerFixedJournalAlertProved)
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
func (it *ZkManagerFixedJournalAlertProvedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ZkManagerFixedJournalAlertProvedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ZkManagerFixedJournalAlertProved represents a AlertProved event raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalAlertProved struct {
	L2BlockNumber        *big.Int
	Prover               common.Address
	OutputRoot           [32]byte
	CheckpointOutputRoot [32]byte
	Raw                  types.Log // Blockchain specific contextual infos
}

// FilterAlertProved is a free log retrieval operation binding the contract event 0x6c1ab26d8503e2eefc48824bed1f1b42f3559ae221e9d92f67d83dc4adfe191a.
//
// Solidity: event AlertProved(uint256 indexed l2BlockNumber, address indexed prover, bytes32 outputRoot, bytes32 checkpointOutputRoot)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) FilterAlertProved(opts *bind.FilterOpts, l2BlockNumber []*big.Int, prover []common.Address) (*ZkManagerFixedJournalAlertProvedIterator, error) {

	var l2BlockNumberRule []interface{}
	for _, l2BlockNumberItem := range l2BlockNumber {
		l2BlockNumberRule = append(l2BlockNumberRule, l2BlockNumberItem)
	}
	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.FilterLogs(opts, "AlertProved", l2BlockNumberRule, proverRule)
	if err != nil {
		return nil, err
	}
	return &ZkManagerFixedJournalAlertProvedIterator{contract: _ZkManagerFixedJournal.contract, event: "AlertProved", logs: logs, sub: sub}, nil
}

// WatchAlertProved is a free log subscription operation binding the contract event 0x6c1ab26d8503e2eefc48824bed1f1b42f3559ae221e9d92f67d83dc4adfe191a.
//
// Solidity: event AlertProved(uint256 indexed l2BlockNumber, address indexed prover, bytes32 outputRoot, bytes32 checkpointOutputRoot)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) WatchAlertProved(opts *bind.WatchOpts, sink chan<- *ZkManagerFixedJournalAlertProved, l2BlockNumber []*big.Int, prover []common.Address) (event.Subscription, error) {

	var l2BlockNumberRule []interface{}
	for _, l2BlockNumberItem := range l2BlockNumber {
		l2BlockNumberRule = append(l2BlockNumberRule, l2BlockNumberItem)
	}
	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.WatchLogs(opts, "AlertProved", l2BlockNumberRule, proverRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ZkManagerFixedJournalAlertProved)
				if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "AlertProved", log); err != nil {
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

// ParseAlertProved is a log parse operation binding the contract event 0x6c1ab26d8503e2eefc48824bed1f1b42f3559ae221e9d92f67d83dc4adfe191a.
//
// Solidity: event AlertProved(uint256 indexed l2BlockNumber, address indexed prover, bytes32 outputRoot, bytes32 checkpointOutputRoot)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) ParseAlertProved(log types.Log) (*ZkManagerFixedJournalAlertProved, error) {
	event := new(ZkManagerFixedJournalAlertProved)
	if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "AlertProved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ZkManagerFixedJournalAlertRaisedIterator is returned from FilterAlertRaised and is used to iterate over the raw logs and unpacked data for AlertRaised events raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalAlertRaisedIterator struct {
	Event *ZkManagerFixedJournalAlertRaised // Event containing the contract specifics and raw log

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
func (it *ZkManagerFixedJournalAlertRaisedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ZkManagerFixedJournalAlertRaised)
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
		it.Event = new(ZkManagerFixedJournalAlertRaised)
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
func (it *ZkManagerFixedJournalAlertRaisedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ZkManagerFixedJournalAlertRaisedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ZkManagerFixedJournalAlertRaised represents a AlertRaised event raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalAlertRaised struct {
	L2BlockNumber     *big.Int
	Submitter         common.Address
	InvalidOutputRoot [32]byte
	ExpectOutputRoot  [32]byte
	FromOracle        bool
	OutputIndex       *big.Int
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterAlertRaised is a free log retrieval operation binding the contract event 0x8aef3fe4e0f5a4d35cc7778dbf17c65ef800af5e380c2856a925d146fbbc8948.
//
// Solidity: event AlertRaised(uint256 indexed l2BlockNumber, address indexed submitter, bytes32 invalidOutputRoot, bytes32 expectOutputRoot, bool fromOracle, uint256 outputIndex)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) FilterAlertRaised(opts *bind.FilterOpts, l2BlockNumber []*big.Int, submitter []common.Address) (*ZkManagerFixedJournalAlertRaisedIterator, error) {

	var l2BlockNumberRule []interface{}
	for _, l2BlockNumberItem := range l2BlockNumber {
		l2BlockNumberRule = append(l2BlockNumberRule, l2BlockNumberItem)
	}
	var submitterRule []interface{}
	for _, submitterItem := range submitter {
		submitterRule = append(submitterRule, submitterItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.FilterLogs(opts, "AlertRaised", l2BlockNumberRule, submitterRule)
	if err != nil {
		return nil, err
	}
	return &ZkManagerFixedJournalAlertRaisedIterator{contract: _ZkManagerFixedJournal.contract, event: "AlertRaised", logs: logs, sub: sub}, nil
}

// WatchAlertRaised is a free log subscription operation binding the contract event 0x8aef3fe4e0f5a4d35cc7778dbf17c65ef800af5e380c2856a925d146fbbc8948.
//
// Solidity: event AlertRaised(uint256 indexed l2BlockNumber, address indexed submitter, bytes32 invalidOutputRoot, bytes32 expectOutputRoot, bool fromOracle, uint256 outputIndex)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) WatchAlertRaised(opts *bind.WatchOpts, sink chan<- *ZkManagerFixedJournalAlertRaised, l2BlockNumber []*big.Int, submitter []common.Address) (event.Subscription, error) {

	var l2BlockNumberRule []interface{}
	for _, l2BlockNumberItem := range l2BlockNumber {
		l2BlockNumberRule = append(l2BlockNumberRule, l2BlockNumberItem)
	}
	var submitterRule []interface{}
	for _, submitterItem := range submitter {
		submitterRule = append(submitterRule, submitterItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.WatchLogs(opts, "AlertRaised", l2BlockNumberRule, submitterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ZkManagerFixedJournalAlertRaised)
				if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "AlertRaised", log); err != nil {
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

// ParseAlertRaised is a log parse operation binding the contract event 0x8aef3fe4e0f5a4d35cc7778dbf17c65ef800af5e380c2856a925d146fbbc8948.
//
// Solidity: event AlertRaised(uint256 indexed l2BlockNumber, address indexed submitter, bytes32 invalidOutputRoot, bytes32 expectOutputRoot, bool fromOracle, uint256 outputIndex)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) ParseAlertRaised(log types.Log) (*ZkManagerFixedJournalAlertRaised, error) {
	event := new(ZkManagerFixedJournalAlertRaised)
	if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "AlertRaised", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ZkManagerFixedJournalAlertRemovedIterator is returned from FilterAlertRemoved and is used to iterate over the raw logs and unpacked data for AlertRemoved events raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalAlertRemovedIterator struct {
	Event *ZkManagerFixedJournalAlertRemoved // Event containing the contract specifics and raw log

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
func (it *ZkManagerFixedJournalAlertRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ZkManagerFixedJournalAlertRemoved)
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
		it.Event = new(ZkManagerFixedJournalAlertRemoved)
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
func (it *ZkManagerFixedJournalAlertRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ZkManagerFixedJournalAlertRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ZkManagerFixedJournalAlertRemoved represents a AlertRemoved event raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalAlertRemoved struct {
	L2BlockNumber *big.Int
	Sender        common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterAlertRemoved is a free log retrieval operation binding the contract event 0xdc6896c6a17d008fe8c0bae5706df7a5456ed682e92595cd405f05fc908e20a0.
//
// Solidity: event AlertRemoved(uint256 indexed l2BlockNumber, address sender)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) FilterAlertRemoved(opts *bind.FilterOpts, l2BlockNumber []*big.Int) (*ZkManagerFixedJournalAlertRemovedIterator, error) {

	var l2BlockNumberRule []interface{}
	for _, l2BlockNumberItem := range l2BlockNumber {
		l2BlockNumberRule = append(l2BlockNumberRule, l2BlockNumberItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.FilterLogs(opts, "AlertRemoved", l2BlockNumberRule)
	if err != nil {
		return nil, err
	}
	return &ZkManagerFixedJournalAlertRemovedIterator{contract: _ZkManagerFixedJournal.contract, event: "AlertRemoved", logs: logs, sub: sub}, nil
}

// WatchAlertRemoved is a free log subscription operation binding the contract event 0xdc6896c6a17d008fe8c0bae5706df7a5456ed682e92595cd405f05fc908e20a0.
//
// Solidity: event AlertRemoved(uint256 indexed l2BlockNumber, address sender)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) WatchAlertRemoved(opts *bind.WatchOpts, sink chan<- *ZkManagerFixedJournalAlertRemoved, l2BlockNumber []*big.Int) (event.Subscription, error) {

	var l2BlockNumberRule []interface{}
	for _, l2BlockNumberItem := range l2BlockNumber {
		l2BlockNumberRule = append(l2BlockNumberRule, l2BlockNumberItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.WatchLogs(opts, "AlertRemoved", l2BlockNumberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ZkManagerFixedJournalAlertRemoved)
				if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "AlertRemoved", log); err != nil {
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

// ParseAlertRemoved is a log parse operation binding the contract event 0xdc6896c6a17d008fe8c0bae5706df7a5456ed682e92595cd405f05fc908e20a0.
//
// Solidity: event AlertRemoved(uint256 indexed l2BlockNumber, address sender)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) ParseAlertRemoved(log types.Log) (*ZkManagerFixedJournalAlertRemoved, error) {
	event := new(ZkManagerFixedJournalAlertRemoved)
	if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "AlertRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ZkManagerFixedJournalAlertSupersededIterator is returned from FilterAlertSuperseded and is used to iterate over the raw logs and unpacked data for AlertSuperseded events raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalAlertSupersededIterator struct {
	Event *ZkManagerFixedJournalAlertSuperseded // Event containing the contract specifics and raw log

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
func (it *ZkManagerFixedJournalAlertSupersededIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ZkManagerFixedJournalAlertSuperseded)
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
		it.Event = new(ZkManagerFixedJournalAlertSuperseded)
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
func (it *ZkManagerFixedJournalAlertSupersededIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ZkManagerFixedJournalAlertSupersededIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ZkManagerFixedJournalAlertSuperseded represents a AlertSuperseded event raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalAlertSuperseded struct {
	PreviousL2BlockNumber *big.Int
	NewL2BlockNumber      *big.Int
	Raw                   types.Log // Blockchain specific contextual infos
}

// FilterAlertSuperseded is a free log retrieval operation binding the contract event 0xb8afb54ce761c9947a4e7b219879323cf61b7444579206fa16702b38b55eda32.
//
// Solidity: event AlertSuperseded(uint256 indexed previousL2BlockNumber, uint256 indexed newL2BlockNumber)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) FilterAlertSuperseded(opts *bind.FilterOpts, previousL2BlockNumber []*big.Int, newL2BlockNumber []*big.Int) (*ZkManagerFixedJournalAlertSupersededIterator, error) {

	var previousL2BlockNumberRule []interface{}
	for _, previousL2BlockNumberItem := range previousL2BlockNumber {
		previousL2BlockNumberRule = append(previousL2BlockNumberRule, previousL2BlockNumberItem)
	}
	var newL2BlockNumberRule []interface{}
	for _, newL2BlockNumberItem := range newL2BlockNumber {
		newL2BlockNumberRule = append(newL2BlockNumberRule, newL2BlockNumberItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.FilterLogs(opts, "AlertSuperseded", previousL2BlockNumberRule, newL2BlockNumberRule)
	if err != nil {
		return nil, err
	}
	return &ZkManagerFixedJournalAlertSupersededIterator{contract: _ZkManagerFixedJournal.contract, event: "AlertSuperseded", logs: logs, sub: sub}, nil
}

// WatchAlertSuperseded is a free log subscription operation binding the contract event 0xb8afb54ce761c9947a4e7b219879323cf61b7444579206fa16702b38b55eda32.
//
// Solidity: event AlertSuperseded(uint256 indexed previousL2BlockNumber, uint256 indexed newL2BlockNumber)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) WatchAlertSuperseded(opts *bind.WatchOpts, sink chan<- *ZkManagerFixedJournalAlertSuperseded, previousL2BlockNumber []*big.Int, newL2BlockNumber []*big.Int) (event.Subscription, error) {

	var previousL2BlockNumberRule []interface{}
	for _, previousL2BlockNumberItem := range previousL2BlockNumber {
		previousL2BlockNumberRule = append(previousL2BlockNumberRule, previousL2BlockNumberItem)
	}
	var newL2BlockNumberRule []interface{}
	for _, newL2BlockNumberItem := range newL2BlockNumber {
		newL2BlockNumberRule = append(newL2BlockNumberRule, newL2BlockNumberItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.WatchLogs(opts, "AlertSuperseded", previousL2BlockNumberRule, newL2BlockNumberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ZkManagerFixedJournalAlertSuperseded)
				if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "AlertSuperseded", log); err != nil {
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

// ParseAlertSuperseded is a log parse operation binding the contract event 0xb8afb54ce761c9947a4e7b219879323cf61b7444579206fa16702b38b55eda32.
//
// Solidity: event AlertSuperseded(uint256 indexed previousL2BlockNumber, uint256 indexed newL2BlockNumber)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) ParseAlertSuperseded(log types.Log) (*ZkManagerFixedJournalAlertSuperseded, error) {
	event := new(ZkManagerFixedJournalAlertSuperseded)
	if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "AlertSuperseded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ZkManagerFixedJournalImageIdChangedIterator is returned from FilterImageIdChanged and is used to iterate over the raw logs and unpacked data for ImageIdChanged events raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalImageIdChangedIterator struct {
	Event *ZkManagerFixedJournalImageIdChanged // Event containing the contract specifics and raw log

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
func (it *ZkManagerFixedJournalImageIdChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ZkManagerFixedJournalImageIdChanged)
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
		it.Event = new(ZkManagerFixedJournalImageIdChanged)
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
func (it *ZkManagerFixedJournalImageIdChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ZkManagerFixedJournalImageIdChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ZkManagerFixedJournalImageIdChanged represents a ImageIdChanged event raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalImageIdChanged struct {
	PreviousImageId [32]byte
	NewImageId      [32]byte
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterImageIdChanged is a free log retrieval operation binding the contract event 0x0d820940a3e7d83900a8d580b70740221bb6f64114547a0ee2551d266412540a.
//
// Solidity: event ImageIdChanged(bytes32 previousImageId, bytes32 newImageId)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) FilterImageIdChanged(opts *bind.FilterOpts) (*ZkManagerFixedJournalImageIdChangedIterator, error) {

	logs, sub, err := _ZkManagerFixedJournal.contract.FilterLogs(opts, "ImageIdChanged")
	if err != nil {
		return nil, err
	}
	return &ZkManagerFixedJournalImageIdChangedIterator{contract: _ZkManagerFixedJournal.contract, event: "ImageIdChanged", logs: logs, sub: sub}, nil
}

// WatchImageIdChanged is a free log subscription operation binding the contract event 0x0d820940a3e7d83900a8d580b70740221bb6f64114547a0ee2551d266412540a.
//
// Solidity: event ImageIdChanged(bytes32 previousImageId, bytes32 newImageId)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) WatchImageIdChanged(opts *bind.WatchOpts, sink chan<- *ZkManagerFixedJournalImageIdChanged) (event.Subscription, error) {

	logs, sub, err := _ZkManagerFixedJournal.contract.WatchLogs(opts, "ImageIdChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ZkManagerFixedJournalImageIdChanged)
				if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "ImageIdChanged", log); err != nil {
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

// ParseImageIdChanged is a log parse operation binding the contract event 0x0d820940a3e7d83900a8d580b70740221bb6f64114547a0ee2551d266412540a.
//
// Solidity: event ImageIdChanged(bytes32 previousImageId, bytes32 newImageId)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) ParseImageIdChanged(log types.Log) (*ZkManagerFixedJournalImageIdChanged, error) {
	event := new(ZkManagerFixedJournalImageIdChanged)
	if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "ImageIdChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ZkManagerFixedJournalInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalInitializedIterator struct {
	Event *ZkManagerFixedJournalInitialized // Event containing the contract specifics and raw log

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
func (it *ZkManagerFixedJournalInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ZkManagerFixedJournalInitialized)
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
		it.Event = new(ZkManagerFixedJournalInitialized)
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
func (it *ZkManagerFixedJournalInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ZkManagerFixedJournalInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ZkManagerFixedJournalInitialized represents a Initialized event raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) FilterInitialized(opts *bind.FilterOpts) (*ZkManagerFixedJournalInitializedIterator, error) {

	logs, sub, err := _ZkManagerFixedJournal.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &ZkManagerFixedJournalInitializedIterator{contract: _ZkManagerFixedJournal.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *ZkManagerFixedJournalInitialized) (event.Subscription, error) {

	logs, sub, err := _ZkManagerFixedJournal.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ZkManagerFixedJournalInitialized)
				if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "Initialized", log); err != nil {
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
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) ParseInitialized(log types.Log) (*ZkManagerFixedJournalInitialized, error) {
	event := new(ZkManagerFixedJournalInitialized)
	if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "Initialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ZkManagerFixedJournalJournalFixedIterator is returned from FilterJournalFixed and is used to iterate over the raw logs and unpacked data for JournalFixed events raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalJournalFixedIterator struct {
	Event *ZkManagerFixedJournalJournalFixed // Event containing the contract specifics and raw log

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
func (it *ZkManagerFixedJournalJournalFixedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ZkManagerFixedJournalJournalFixed)
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
		it.Event = new(ZkManagerFixedJournalJournalFixed)
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
func (it *ZkManagerFixedJournalJournalFixedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ZkManagerFixedJournalJournalFixedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ZkManagerFixedJournalJournalFixed represents a JournalFixed event raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalJournalFixed struct {
	JournalDigest [32]byte
	Journal       MachZkServiceManagerJournal
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterJournalFixed is a free log retrieval operation binding the contract event 0xa66c180c11fa4f5d5dd47abe03a91a744515757c8731a49ff7fdfe34fe765fdf.
//
// Solidity: event JournalFixed(bytes32 indexed journalDigest, (uint256,bytes32,uint256,uint256,bytes32) journal)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) FilterJournalFixed(opts *bind.FilterOpts, journalDigest [][32]byte) (*ZkManagerFixedJournalJournalFixedIterator, error) {

	var journalDigestRule []interface{}
	for _, journalDigestItem := range journalDigest {
		journalDigestRule = append(journalDigestRule, journalDigestItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.FilterLogs(opts, "JournalFixed", journalDigestRule)
	if err != nil {
		return nil, err
	}
	return &ZkManagerFixedJournalJournalFixedIterator{contract: _ZkManagerFixedJournal.contract, event: "JournalFixed", logs: logs, sub: sub}, nil
}

// WatchJournalFixed is a free log subscription operation binding the contract event 0xa66c180c11fa4f5d5dd47abe03a91a744515757c8731a49ff7fdfe34fe765fdf.
//
// Solidity: event JournalFixed(bytes32 indexed journalDigest, (uint256,bytes32,uint256,uint256,bytes32) journal)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) WatchJournalFixed(opts *bind.WatchOpts, sink chan<- *ZkManagerFixedJournalJournalFixed, journalDigest [][32]byte) (event.Subscription, error) {

	var journalDigestRule []interface{}
	for _, journalDigestItem := range journalDigest {
		journalDigestRule = append(journalDigestRule, journalDigestItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.WatchLogs(opts, "JournalFixed", journalDigestRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ZkManagerFixedJournalJournalFixed)
				if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "JournalFixed", log); err != nil {
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

// ParseJournalFixed is a log parse operation binding the contract event 0xa66c180c11fa4f5d5dd47abe03a91a744515757c8731a49ff7fdfe34fe765fdf.
//
// Solidity: event JournalFixed(bytes32 indexed journalDigest, (uint256,bytes32,uint256,uint256,bytes32) journal)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) ParseJournalFixed(log types.Log) (*ZkManagerFixedJournalJournalFixed, error) {
	event := new(ZkManagerFixedJournalJournalFixed)
	if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "JournalFixed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ZkManagerFixedJournalOperatorAllowlistedIterator is returned from FilterOperatorAllowlisted and is used to iterate over the raw logs and unpacked data for OperatorAllowlisted events raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalOperatorAllowlistedIterator struct {
	Event *ZkManagerFixedJournalOperatorAllowlisted // Event containing the contract specifics and raw log

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
func (it *ZkManagerFixedJournalOperatorAllowlistedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ZkManagerFixedJournalOperatorAllowlisted)
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
		it.Event = new(ZkManagerFixedJournalOperatorAllowlisted)
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
func (it *ZkManagerFixedJournalOperatorAllowlistedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ZkManagerFixedJournalOperatorAllowlistedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ZkManagerFixedJournalOperatorAllowlisted represents a OperatorAllowlisted event raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalOperatorAllowlisted struct {
	Operator common.Address
	Allowed  bool
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterOperatorAllowlisted is a free log retrieval operation binding the contract event 0xbc9494536acaf3f702bbec70ff790bb3930056ae9e781e8077097b9de89a8e18.
//
// Solidity: event OperatorAllowlisted(address indexed operator, bool allowed)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) FilterOperatorAllowlisted(opts *bind.FilterOpts, operator []common.Address) (*ZkManagerFixedJournalOperatorAllowlistedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.FilterLogs(opts, "OperatorAllowlisted", operatorRule)
	if err != nil {
		return nil, err
	}
	return &ZkManagerFixedJournalOperatorAllowlistedIterator{contract: _ZkManagerFixedJournal.contract, event: "OperatorAllowlisted", logs: logs, sub: sub}, nil
}

// WatchOperatorAllowlisted is a free log subscription operation binding the contract event 0xbc9494536acaf3f702bbec70ff790bb3930056ae9e781e8077097b9de89a8e18.
//
// Solidity: event OperatorAllowlisted(address indexed operator, bool allowed)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) WatchOperatorAllowlisted(opts *bind.WatchOpts, sink chan<- *ZkManagerFixedJournalOperatorAllowlisted, operator []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.WatchLogs(opts, "OperatorAllowlisted", operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ZkManagerFixedJournalOperatorAllowlisted)
				if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "OperatorAllowlisted", log); err != nil {
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
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) ParseOperatorAllowlisted(log types.Log) (*ZkManagerFixedJournalOperatorAllowlisted, error) {
	event := new(ZkManagerFixedJournalOperatorAllowlisted)
	if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "OperatorAllowlisted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ZkManagerFixedJournalOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalOwnershipTransferredIterator struct {
	Event *ZkManagerFixedJournalOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *ZkManagerFixedJournalOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ZkManagerFixedJournalOwnershipTransferred)
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
		it.Event = new(ZkManagerFixedJournalOwnershipTransferred)
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
func (it *ZkManagerFixedJournalOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ZkManagerFixedJournalOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ZkManagerFixedJournalOwnershipTransferred represents a OwnershipTransferred event raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ZkManagerFixedJournalOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ZkManagerFixedJournalOwnershipTransferredIterator{contract: _ZkManagerFixedJournal.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *ZkManagerFixedJournalOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ZkManagerFixedJournalOwnershipTransferred)
				if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) ParseOwnershipTransferred(log types.Log) (*ZkManagerFixedJournalOwnershipTransferred, error) {
	event := new(ZkManagerFixedJournalOwnershipTransferred)
	if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ZkManagerFixedJournalPausedIterator is returned from FilterPaused and is used to iterate over the raw logs and unpacked data for Paused events raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalPausedIterator struct {
	Event *ZkManagerFixedJournalPaused // Event containing the contract specifics and raw log

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
func (it *ZkManagerFixedJournalPausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ZkManagerFixedJournalPaused)
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
		it.Event = new(ZkManagerFixedJournalPaused)
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
func (it *ZkManagerFixedJournalPausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ZkManagerFixedJournalPausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ZkManagerFixedJournalPaused represents a Paused event raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalPaused struct {
	Account         common.Address
	NewPausedStatus *big.Int
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterPaused is a free log retrieval operation binding the contract event 0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d.
//
// Solidity: event Paused(address indexed account, uint256 newPausedStatus)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) FilterPaused(opts *bind.FilterOpts, account []common.Address) (*ZkManagerFixedJournalPausedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.FilterLogs(opts, "Paused", accountRule)
	if err != nil {
		return nil, err
	}
	return &ZkManagerFixedJournalPausedIterator{contract: _ZkManagerFixedJournal.contract, event: "Paused", logs: logs, sub: sub}, nil
}

// WatchPaused is a free log subscription operation binding the contract event 0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d.
//
// Solidity: event Paused(address indexed account, uint256 newPausedStatus)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) WatchPaused(opts *bind.WatchOpts, sink chan<- *ZkManagerFixedJournalPaused, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.WatchLogs(opts, "Paused", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ZkManagerFixedJournalPaused)
				if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "Paused", log); err != nil {
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
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) ParsePaused(log types.Log) (*ZkManagerFixedJournalPaused, error) {
	event := new(ZkManagerFixedJournalPaused)
	if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "Paused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ZkManagerFixedJournalProveWindowChangedIterator is returned from FilterProveWindowChanged and is used to iterate over the raw logs and unpacked data for ProveWindowChanged events raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalProveWindowChangedIterator struct {
	Event *ZkManagerFixedJournalProveWindowChanged // Event containing the contract specifics and raw log

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
func (it *ZkManagerFixedJournalProveWindowChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ZkManagerFixedJournalProveWindowChanged)
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
		it.Event = new(ZkManagerFixedJournalProveWindowChanged)
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
func (it *ZkManagerFixedJournalProveWindowChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ZkManagerFixedJournalProveWindowChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ZkManagerFixedJournalProveWindowChanged represents a ProveWindowChanged event raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalProveWindowChanged struct {
	PreviousWindow uint64
	NewWindow      uint64
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterProveWindowChanged is a free log retrieval operation binding the contract event 0xda610c692532abea1ce92b0548ecf368f48f587ae659d58715a691dbec171ded.
//
// Solidity: event ProveWindowChanged(uint64 previousWindow, uint64 newWindow)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) FilterProveWindowChanged(opts *bind.FilterOpts) (*ZkManagerFixedJournalProveWindowChangedIterator, error) {

	logs, sub, err := _ZkManagerFixedJournal.contract.FilterLogs(opts, "ProveWindowChanged")
	if err != nil {
		return nil, err
	}
	return &ZkManagerFixedJournalProveWindowChangedIterator{contract: _ZkManagerFixedJournal.contract, event: "ProveWindowChanged", logs: logs, sub: sub}, nil
}

// WatchProveWindowChanged is a free log subscription operation binding the contract event 0xda610c692532abea1ce92b0548ecf368f48f587ae659d58715a691dbec171ded.
//
// Solidity: event ProveWindowChanged(uint64 previousWindow, uint64 newWindow)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) WatchProveWindowChanged(opts *bind.WatchOpts, sink chan<- *ZkManagerFixedJournalProveWindowChanged) (event.Subscription, error) {

	logs, sub, err := _ZkManagerFixedJournal.contract.WatchLogs(opts, "ProveWindowChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ZkManagerFixedJournalProveWindowChanged)
				if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "ProveWindowChanged", log); err != nil {
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

// ParseProveWindowChanged is a log parse operation binding the contract event 0xda610c692532abea1ce92b0548ecf368f48f587ae659d58715a691dbec171ded.
//
// Solidity: event ProveWindowChanged(uint64 previousWindow, uint64 newWindow)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) ParseProveWindowChanged(log types.Log) (*ZkManagerFixedJournalProveWindowChanged, error) {
	event := new(ZkManagerFixedJournalProveWindowChanged)
	if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "ProveWindowChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ZkManagerFixedJournalProvedAlertsClearedIterator is returned from FilterProvedAlertsCleared and is used to iterate over the raw logs and unpacked data for ProvedAlertsCleared events raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalProvedAlertsClearedIterator struct {
	Event *ZkManagerFixedJournalProvedAlertsCleared // Event containing the contract specifics and raw log

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
func (it *ZkManagerFixedJournalProvedAlertsClearedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ZkManagerFixedJournalProvedAlertsCleared)
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
		it.Event = new(ZkManagerFixedJournalProvedAlertsCleared)
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
func (it *ZkManagerFixedJournalProvedAlertsClearedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ZkManagerFixedJournalProvedAlertsClearedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ZkManagerFixedJournalProvedAlertsCleared represents a ProvedAlertsCleared event raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalProvedAlertsCleared struct {
	Count *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterProvedAlertsCleared is a free log retrieval operation binding the contract event 0xd51959a08245b8faa566fa27a301bc6af6494e8bdae93de2fedf9a9486ee7445.
//
// Solidity: event ProvedAlertsCleared(uint256 count)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) FilterProvedAlertsCleared(opts *bind.FilterOpts) (*ZkManagerFixedJournalProvedAlertsClearedIterator, error) {

	logs, sub, err := _ZkManagerFixedJournal.contract.FilterLogs(opts, "ProvedAlertsCleared")
	if err != nil {
		return nil, err
	}
	return &ZkManagerFixedJournalProvedAlertsClearedIterator{contract: _ZkManagerFixedJournal.contract, event: "ProvedAlertsCleared", logs: logs, sub: sub}, nil
}

// WatchProvedAlertsCleared is a free log subscription operation binding the contract event 0xd51959a08245b8faa566fa27a301bc6af6494e8bdae93de2fedf9a9486ee7445.
//
// Solidity: event ProvedAlertsCleared(uint256 count)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) WatchProvedAlertsCleared(opts *bind.WatchOpts, sink chan<- *ZkManagerFixedJournalProvedAlertsCleared) (event.Subscription, error) {

	logs, sub, err := _ZkManagerFixedJournal.contract.WatchLogs(opts, "ProvedAlertsCleared")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ZkManagerFixedJournalProvedAlertsCleared)
				if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "ProvedAlertsCleared", log); err != nil {
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

// ParseProvedAlertsCleared is a log parse operation binding the contract event 0xd51959a08245b8faa566fa27a301bc6af6494e8bdae93de2fedf9a9486ee7445.
//
// Solidity: event ProvedAlertsCleared(uint256 count)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) ParseProvedAlertsCleared(log types.Log) (*ZkManagerFixedJournalProvedAlertsCleared, error) {
	event := new(ZkManagerFixedJournalProvedAlertsCleared)
	if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "ProvedAlertsCleared", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ZkManagerFixedJournalUnpausedIterator is returned from FilterUnpaused and is used to iterate over the raw logs and unpacked data for Unpaused events raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalUnpausedIterator struct {
	Event *ZkManagerFixedJournalUnpaused // Event containing the contract specifics and raw log

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
func (it *ZkManagerFixedJournalUnpausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ZkManagerFixedJournalUnpaused)
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
		it.Event = new(ZkManagerFixedJournalUnpaused)
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
func (it *ZkManagerFixedJournalUnpausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ZkManagerFixedJournalUnpausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ZkManagerFixedJournalUnpaused represents a Unpaused event raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalUnpaused struct {
	Account         common.Address
	NewPausedStatus *big.Int
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterUnpaused is a free log retrieval operation binding the contract event 0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c.
//
// Solidity: event Unpaused(address indexed account, uint256 newPausedStatus)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) FilterUnpaused(opts *bind.FilterOpts, account []common.Address) (*ZkManagerFixedJournalUnpausedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.FilterLogs(opts, "Unpaused", accountRule)
	if err != nil {
		return nil, err
	}
	return &ZkManagerFixedJournalUnpausedIterator{contract: _ZkManagerFixedJournal.contract, event: "Unpaused", logs: logs, sub: sub}, nil
}

// WatchUnpaused is a free log subscription operation binding the contract event 0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c.
//
// Solidity: event Unpaused(address indexed account, uint256 newPausedStatus)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) WatchUnpaused(opts *bind.WatchOpts, sink chan<- *ZkManagerFixedJournalUnpaused, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.WatchLogs(opts, "Unpaused", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ZkManagerFixedJournalUnpaused)
				if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "Unpaused", log); err != nil {
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
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) ParseUnpaused(log types.Log) (*ZkManagerFixedJournalUnpaused, error) {
	event := new(ZkManagerFixedJournalUnpaused)
	if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "Unpaused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ZkManagerFixedJournalVerifierChangedIterator is returned from FilterVerifierChanged and is used to iterate over the raw logs and unpacked data for VerifierChanged events raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalVerifierChangedIterator struct {
	Event *ZkManagerFixedJournalVerifierChanged // Event containing the contract specifics and raw log

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
func (it *ZkManagerFixedJournalVerifierChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ZkManagerFixedJournalVerifierChanged)
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
		it.Event = new(ZkManagerFixedJournalVerifierChanged)
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
func (it *ZkManagerFixedJournalVerifierChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ZkManagerFixedJournalVerifierChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ZkManagerFixedJournalVerifierChanged represents a VerifierChanged event raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalVerifierChanged struct {
	PreviousVerifier common.Address
	NewVerifier      common.Address
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterVerifierChanged is a free log retrieval operation binding the contract event 0x0ddda8be1021ab00f63727c5c5504ad96b163269770a3fe8ac3dd0bcb40208df.
//
// Solidity: event VerifierChanged(address indexed previousVerifier, address indexed newVerifier)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) FilterVerifierChanged(opts *bind.FilterOpts, previousVerifier []common.Address, newVerifier []common.Address) (*ZkManagerFixedJournalVerifierChangedIterator, error) {

	var previousVerifierRule []interface{}
	for _, previousVerifierItem := range previousVerifier {
		previousVerifierRule = append(previousVerifierRule, previousVerifierItem)
	}
	var newVerifierRule []interface{}
	for _, newVerifierItem := range newVerifier {
		newVerifierRule = append(newVerifierRule, newVerifierItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.FilterLogs(opts, "VerifierChanged", previousVerifierRule, newVerifierRule)
	if err != nil {
		return nil, err
	}
	return &ZkManagerFixedJournalVerifierChangedIterator{contract: _ZkManagerFixedJournal.contract, event: "VerifierChanged", logs: logs, sub: sub}, nil
}

// WatchVerifierChanged is a free log subscription operation binding the contract event 0x0ddda8be1021ab00f63727c5c5504ad96b163269770a3fe8ac3dd0bcb40208df.
//
// Solidity: event VerifierChanged(address indexed previousVerifier, address indexed newVerifier)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) WatchVerifierChanged(opts *bind.WatchOpts, sink chan<- *ZkManagerFixedJournalVerifierChanged, previousVerifier []common.Address, newVerifier []common.Address) (event.Subscription, error) {

	var previousVerifierRule []interface{}
	for _, previousVerifierItem := range previousVerifier {
		previousVerifierRule = append(previousVerifierRule, previousVerifierItem)
	}
	var newVerifierRule []interface{}
	for _, newVerifierItem := range newVerifier {
		newVerifierRule = append(newVerifierRule, newVerifierItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.WatchLogs(opts, "VerifierChanged", previousVerifierRule, newVerifierRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ZkManagerFixedJournalVerifierChanged)
				if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "VerifierChanged", log); err != nil {
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

// ParseVerifierChanged is a log parse operation binding the contract event 0x0ddda8be1021ab00f63727c5c5504ad96b163269770a3fe8ac3dd0bcb40208df.
//
// Solidity: event VerifierChanged(address indexed previousVerifier, address indexed newVerifier)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) ParseVerifierChanged(log types.Log) (*ZkManagerFixedJournalVerifierChanged, error) {
	event := new(ZkManagerFixedJournalVerifierChanged)
	if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "VerifierChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ZkManagerFixedJournalWhitelisterChangedIterator is returned from FilterWhitelisterChanged and is used to iterate over the raw logs and unpacked data for WhitelisterChanged events raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalWhitelisterChangedIterator struct {
	Event *ZkManagerFixedJournalWhitelisterChanged // Event containing the contract specifics and raw log

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
func (it *ZkManagerFixedJournalWhitelisterChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ZkManagerFixedJournalWhitelisterChanged)
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
		it.Event = new(ZkManagerFixedJournalWhitelisterChanged)
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
func (it *ZkManagerFixedJournalWhitelisterChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ZkManagerFixedJournalWhitelisterChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ZkManagerFixedJournalWhitelisterChanged represents a WhitelisterChanged event raised by the ZkManagerFixedJournal contract.
type ZkManagerFixedJournalWhitelisterChanged struct {
	PreviousWhitelister common.Address
	NewWhitelister      common.Address
	Raw                 types.Log // Blockchain specific contextual infos
}

// FilterWhitelisterChanged is a free log retrieval operation binding the contract event 0x1d7f4da50d8af7a6cea3e56e235c952f5a92d4c862da2d587f7b67f6d0156bb2.
//
// Solidity: event WhitelisterChanged(address indexed previousWhitelister, address indexed newWhitelister)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) FilterWhitelisterChanged(opts *bind.FilterOpts, previousWhitelister []common.Address, newWhitelister []common.Address) (*ZkManagerFixedJournalWhitelisterChangedIterator, error) {

	var previousWhitelisterRule []interface{}
	for _, previousWhitelisterItem := range previousWhitelister {
		previousWhitelisterRule = append(previousWhitelisterRule, previousWhitelisterItem)
	}
	var newWhitelisterRule []interface{}
	for _, newWhitelisterItem := range newWhitelister {
		newWhitelisterRule = append(newWhitelisterRule, newWhitelisterItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.FilterLogs(opts, "WhitelisterChanged", previousWhitelisterRule, newWhitelisterRule)
	if err != nil {
		return nil, err
	}
	return &ZkManagerFixedJournalWhitelisterChangedIterator{contract: _ZkManagerFixedJournal.contract, event: "WhitelisterChanged", logs: logs, sub: sub}, nil
}

// WatchWhitelisterChanged is a free log subscription operation binding the contract event 0x1d7f4da50d8af7a6cea3e56e235c952f5a92d4c862da2d587f7b67f6d0156bb2.
//
// Solidity: event WhitelisterChanged(address indexed previousWhitelister, address indexed newWhitelister)
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) WatchWhitelisterChanged(opts *bind.WatchOpts, sink chan<- *ZkManagerFixedJournalWhitelisterChanged, previousWhitelister []common.Address, newWhitelister []common.Address) (event.Subscription, error) {

	var previousWhitelisterRule []interface{}
	for _, previousWhitelisterItem := range previousWhitelister {
		previousWhitelisterRule = append(previousWhitelisterRule, previousWhitelisterItem)
	}
	var newWhitelisterRule []interface{}
	for _, newWhitelisterItem := range newWhitelister {
		newWhitelisterRule = append(newWhitelisterRule, newWhitelisterItem)
	}

	logs, sub, err := _ZkManagerFixedJournal.contract.WatchLogs(opts, "WhitelisterChanged", previousWhitelisterRule, newWhitelisterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ZkManagerFixedJournalWhitelisterChanged)
				if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "WhitelisterChanged", log); err != nil {
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
func (_ZkManagerFixedJournal *ZkManagerFixedJournalFilterer) ParseWhitelisterChanged(log types.Log) (*ZkManagerFixedJournalWhitelisterChanged, error) {
	event := new(ZkManagerFixedJournalWhitelisterChanged)
	if err := _ZkManagerFixedJournal.contract.UnpackLog(event, "WhitelisterChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
