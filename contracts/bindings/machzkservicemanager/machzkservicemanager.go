// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package machzkservicemanager

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

// MachZkServiceManagerMetaData contains all meta data concerning the MachZkServiceManager contract.
var MachZkServiceManagerMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"JOURNAL_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PAUSED_ALERTS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PAUSED_PROVE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"addToAllowlist\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"alertBlockMismatch\",\"inputs\":[{\"name\":\"invalidOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"expectOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"alertBlockOutputOracleMismatch\",\"inputs\":[{\"name\":\"invalidOutputIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expectOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"alertLevel\",\"inputs\":[{\"name\":\"rollupChainID_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumAlertLevel\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"clearProvedAlerts\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"encodeJournal\",\"inputs\":[{\"name\":\"checkpointOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"checkpointL2Block\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"outputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"imageId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structMachZkServiceManager.InitParams\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"whitelister\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pauserRegistry\",\"type\":\"address\",\"internalType\":\"contractIPauserRegistry\"},{\"name\":\"initialPausedStatus\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"l2OutputOracle\",\"type\":\"address\",\"internalType\":\"contractIL2OutputOracle\"},{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"contractIRiscZeroVerifier\"},{\"name\":\"imageId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"proveWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"allowlist\",\"type\":\"address[]\",\"internalType\":\"address[]\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isAlerted\",\"inputs\":[{\"name\":\"rollupChainID_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isAllowlisted\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"l2OutputOracle\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIL2OutputOracle\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[{\"name\":\"newPausedStatus\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"pauseAll\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pauserRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIPauserRegistry\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingAlert\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structMachZkServiceManager.Alert\",\"components\":[{\"name\":\"submitter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"submittedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"l2BlockNumber\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"fromOracle\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"outputIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"invalidOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"expectOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingAlertLive\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proveWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"provedAlertCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"provedOutputRoots\",\"inputs\":[{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"removeAlert\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"removeFromAllowlist\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rollupChainID\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setImageId\",\"inputs\":[{\"name\":\"newImageId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setProveWindow\",\"inputs\":[{\"name\":\"window\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setVerifier\",\"inputs\":[{\"name\":\"newVerifier\",\"type\":\"address\",\"internalType\":\"contractIRiscZeroVerifier\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setWhitelister\",\"inputs\":[{\"name\":\"newWhitelister\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"submitProve\",\"inputs\":[{\"name\":\"checkpointOutputIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"journal\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"seal\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[{\"name\":\"newPausedStatus\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"verifier\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRiscZeroVerifier\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"whitelister\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AlertProved\",\"inputs\":[{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"prover\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"outputRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"checkpointOutputRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AlertRaised\",\"inputs\":[{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"submitter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"invalidOutputRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"expectOutputRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"fromOracle\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"outputIndex\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AlertRemoved\",\"inputs\":[{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AlertSuperseded\",\"inputs\":[{\"name\":\"previousL2BlockNumber\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"newL2BlockNumber\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ImageIdChanged\",\"inputs\":[{\"name\":\"previousImageId\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"newImageId\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Initialized\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OperatorAllowlisted\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newPausedStatus\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProveWindowChanged\",\"inputs\":[{\"name\":\"previousWindow\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"newWindow\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProvedAlertsCleared\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newPausedStatus\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VerifierChanged\",\"inputs\":[{\"name\":\"previousVerifier\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newVerifier\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"WhitelisterChanged\",\"inputs\":[{\"name\":\"previousWhitelister\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newWhitelister\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlertNotEarliest\",\"inputs\":[{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"pendingL2BlockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AlreadyProved\",\"inputs\":[{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"outputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"CheckpointNotAccepted\",\"inputs\":[{\"name\":\"checkpointOutputIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"checkpointOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"checkpointL2Block\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CheckpointNotBeforeAlert\",\"inputs\":[{\"name\":\"checkpointL2Block\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"alertL2Block\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"FunctionPaused\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidImageId\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidInitialization\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidJournalLength\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidPauseTransition\",\"inputs\":[{\"name\":\"current\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidProveWindow\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidRollupChainID\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"JournalBlockMismatch\",\"inputs\":[{\"name\":\"journalL2Block\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"alertL2Block\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"JournalOutputRootMismatch\",\"inputs\":[{\"name\":\"journalOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"expectOutputRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"JournalRollupMismatch\",\"inputs\":[{\"name\":\"journalRollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rollupChainID\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"L2BlockNumberTooLarge\",\"inputs\":[{\"name\":\"l2BlockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NoPendingAlert\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotAllowlisted\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotInitializing\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotPauser\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotUnpauser\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OnlyWhitelister\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OutputIndexOutOfRange\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"latestIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RootsEqual\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroOutputRoot\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroPauserRegistry\",\"inputs\":[]}]",
	Bin: "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b612320806100d65f395ff3fe608060405234801561000f575f5ffd5b5060043610610229575f3560e01c806386eb0f9a1161012a578063d1ddf715116100b4578063f2fde38b11610079578063f2fde38b14610622578063f8e86ece14610635578063f98f5b9214610648578063fabc1cbc1461065b578063fc51ecae1461066e575f5ffd5b8063d1ddf715146105df578063d94c50f9146105e7578063dea015f6146105fa578063ea7206d914610612578063ef3f7dd514610619575f5ffd5b8063901129c2116100fa578063901129c21461052557806390a061fa1461053857806399fdcbdc1461059a578063b42e781b146105b9578063bc70d72d146105cc575f5ffd5b806386eb0f9a146104f2578063886f1195146104fa57806388f0afa11461050a5780638da5cb5b1461051d575f5ffd5b80635392bfb7116101b65780635da93d7e1161017b5780635da93d7e1461049c578063626201ce146104af578063669e82db146104b7578063715018a6146104d75780637852f6cd146104df575f5ffd5b80635392bfb7146104375780635437988d14610451578063595c6a67146104645780635ac86ab71461046c5780635c975abb1461048a575f5ffd5b806321cc49e8116101fc57806321cc49e8146103a157806322758a4a146103cc5780632b7ac3f3146103fe578063450c3c12146104115780634d9f155914610424575f5ffd5b806305a3b8091461022d5780630828f2b21461026d5780630c31c4b514610275578063136439dd1461038c575b5f5ffd5b61025861023b366004611e84565b6001600160a01b03165f9081526038602052604090205460ff1690565b60405190151581526020015b60405180910390f35b610258610677565b61031b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152506040805160e0810182526039546001600160a01b0381168252600160a01b90046001600160401b039081166020830152603a5490811692820192909252600160401b90910460ff1615156060820152603b546080820152603c5460a0820152603d5460c082015290565b60405161026491905f60e08201905060018060a01b0383511682526001600160401b0360208401511660208301526001600160401b0360408401511660408301526060830151151560608301526080830151608083015260a083015160a083015260c083015160c083015292915050565b61039f61039a366004611e9f565b6106ba565b005b6036546103b4906001600160401b031681565b6040516001600160401b039091168152602001610264565b6036546103e690600160401b90046001600160a01b031681565b6040516001600160a01b039091168152602001610264565b6034546103e6906001600160a01b031681565b61039f61041f366004611eb6565b6107b7565b6033546103e6906001600160a01b031681565b61043f600181565b60405160ff9091168152602001610264565b61039f61045f366004611e84565b610a21565b61039f610a35565b61025861047a366004611eed565b6001805460ff9092161b16151590565b6001545b604051908152602001610264565b61039f6104aa366004611e84565b610afb565b61048e60a081565b6104ca6104c5366004611e9f565b610ba3565b6040516102649190611f21565b61039f610bf0565b61039f6104ed366004611f47565b610c03565b61039f610d06565b5f546001600160a01b03166103e6565b610258610518366004611e9f565b610da7565b6103e6610dcb565b61039f610533366004611e9f565b610df9565b61058d610546366004611f67565b603254604080516020810192909252810185905260608181018590526080820184905260a082018390529060c0016040516020818303038152906040529050949350505050565b6040516102649190611f96565b61048e6105a8366004611e9f565b60376020525f908152604090205481565b61039f6105c7366004611fcb565b610e0a565b61039f6105da366004612035565b610e1b565b61039f61109f565b61039f6105f53660046120ac565b6110fe565b603454600160a01b90046001600160601b031661048e565b61043f5f81565b61048e60355481565b61039f610630366004611e84565b6111dc565b61039f610643366004611e84565b611216565b61039f610656366004611e84565b61127c565b61039f610669366004611e9f565b61128d565b61048e60325481565b6039545f906001600160a01b0316158015906106b557506036546039546106b1916001600160401b0390811691600160a01b9004166120e9565b4211155b905090565b5f5460405163237dfb4760e11b81523360048201526001600160a01b03909116906346fbf68e90602401602060405180830381865afa1580156106ff573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061072391906120fc565b610747576040516310351a3760e11b81523360048201526024015b60405180910390fd5b60015481811614610779576001546040516346848b7360e01b815260048101919091526024810182905260440161073e565b600181905560405181815233907fab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d906020015b60405180910390a250565b5f6107c061139c565b805490915060ff600160401b82041615906001600160401b03165f811580156107e65750825b90505f826001600160401b031660011480156108015750303b155b90508115801561080f575080155b1561082d5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561085757845460ff60401b1916600160401b1785555b61086c6108676020880188611e84565b6113c6565b61088961087f6060880160408901611e84565b87606001356113d7565b85608001355f036108ad5760405163daf4a8a360e01b815260040160405180910390fd5b5f6108be60c0880160a08901611e84565b6001600160a01b0316036108e55760405163d92e233d60e01b815260040160405180910390fd5b60808601356032556108fd60c0870160a08801611e84565b603380546001600160a01b0319166001600160a01b039290921691909117905561093561093060e0880160c08901611e84565b611457565b6109428660e001356114d9565b61095c61095761012088016101008901611fcb565b611538565b61097461096f6040880160208901611e84565b6115cb565b5f5b61098461012088018861211b565b90508110156109d2576109ca61099e61012089018961211b565b838181106109ae576109ae612160565b90506020020160208101906109c39190611e84565b6001611663565b600101610976565b508315610a1957845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b610a296116e1565b610a3281611457565b50565b5f5460405163237dfb4760e11b81523360048201526001600160a01b03909116906346fbf68e90602401602060405180830381865afa158015610a7a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a9e91906120fc565b610abd576040516310351a3760e11b815233600482015260240161073e565b5f19600181905560405190815233907fab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d9060200160405180910390a2565b603654600160401b90046001600160a01b03163314801590610b365750610b20610dcb565b6001600160a01b0316336001600160a01b031614155b15610b565760405163e530736560e01b815233600482015260240161073e565b6001600160a01b0381165f9081526038602052604090205460ff16610b9957604051636f7a527560e01b81526001600160a01b038216600482015260240161073e565b610a32815f611663565b5f6032548214610bb457505f919050565b603454600160a01b90046001600160601b031615610bd457506003919050565b610bdc610677565b15610be957506001919050565b505f919050565b610bf86116e1565b610c015f611713565b565b335f9081526038602052604090205460ff16610c3457604051636f7a527560e01b815233600482015260240161073e565b600180545f911615610c5e5760405163e96388db60e01b815260ff8216600482015260240161073e565b5f610c6884611783565b90506001600160401b03801681604001516001600160801b03161115610cb2576040808201519051630593e90760e41b81526001600160801b03909116600482015260240161073e565b6040805160e0810182523381526001600160401b0342811660208301528383015116918101919091526001606082015260808101859052815160a082015260c08101849052610d00906118a9565b50505050565b610d0e6116e1565b6039546001600160a01b0316610d3757604051636e3b4e4360e01b815260040160405180910390fd5b603a8054603980546001600160e01b031916905568ffffffffffffffffff1981169091555f603b819055603c819055603d556040513381526001600160401b039091169081907fdc6896c6a17d008fe8c0bae5706df7a5456ed682e92595cd405f05fc908e20a0906020016107ac565b5f80610db283610ba3565b6003811115610dc357610dc3611f0d565b141592915050565b7f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300546001600160a01b031690565b610e016116e1565b610a32816114d9565b610e126116e1565b610a3281611538565b6001805460021615610e455760405163e96388db60e01b815260ff8216600482015260240161073e565b6040805160e0810182526039546001600160a01b0381168083526001600160401b03600160a01b90920482166020840152603a549182169383019390935260ff600160401b9091041615156060820152603b546080820152603c5460a0820152603d5460c082015290610ecb57604051636e3b4e4360e01b815260040160405180910390fd5b5f610ed68787611b4c565b9050610ee28183611ba9565b610ef58882602001518360400151611ca3565b6034546035546040516001600160a01b039092169163ab750e75918891889190600290610f25908e908e90612174565b602060405180830381855afa158015610f40573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610f639190612183565b6040518563ffffffff1660e01b8152600401610f82949392919061219a565b5f6040518083038186803b158015610f98575f5ffd5b505afa158015610faa573d5f5f3e3d5ffd5b5050603980546001600160e01b03191690555050603a805468ffffffffffffffffff191690555f603b819055603c819055603d819055608082015160608301518252603760205260409091205560348054600160a01b90046001600160601b0316906014611017836121d8565b91906101000a8154816001600160601b0302191690836001600160601b0316021790555050336001600160a01b031681606001517f6c1ab26d8503e2eefc48824bed1f1b42f3559ae221e9d92f67d83dc4adfe191a8360800151846020015160405161108d929190918252602082015260400190565b60405180910390a35050505050505050565b6110a76116e1565b603454604051600160a01b9091046001600160601b031681527fd51959a08245b8faa566fa27a301bc6af6494e8bdae93de2fedf9a9486ee74459060200160405180910390a1603480546001600160a01b03169055565b335f9081526038602052604090205460ff1661112f57604051636f7a527560e01b815233600482015260240161073e565b600180545f9116156111595760405163e96388db60e01b815260ff8216600482015260240161073e565b6001600160401b0382111561118457604051630593e90760e41b81526004810183905260240161073e565b610d006040518060e00160405280336001600160a01b03168152602001426001600160401b03168152602001846001600160401b031681526020015f151581526020015f8152602001868152602001858152506118a9565b6111e46116e1565b6001600160a01b03811661120d57604051631e4fbdf760e01b81525f600482015260240161073e565b610a3281611713565b603654600160401b90046001600160a01b03163314801590611251575061123b610dcb565b6001600160a01b0316336001600160a01b031614155b156112715760405163e530736560e01b815233600482015260240161073e565b610a32816001611663565b6112846116e1565b610a32816115cb565b5f5f9054906101000a90046001600160a01b03166001600160a01b031663eab66d7a6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156112dc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113009190612202565b6001600160a01b0316336001600160a01b0316146113335760405163ae0e00fd60e01b815233600482015260240161073e565b60015419811615611365576001546040516346848b7360e01b815260048101919091526024810182905260440161073e565b600181905560405181815233907f3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c906020016107ac565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a005b92915050565b6113ce611e0c565b610a3281611e31565b6001600160a01b0382166113fe576040516302f18e8f60e01b815260040160405180910390fd5b5f80546001600160a01b0319166001600160a01b038416179055600181905560405181815233907fab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d906020015b60405180910390a25050565b6001600160a01b03811661147e5760405163d92e233d60e01b815260040160405180910390fd5b6034546040516001600160a01b038084169216907f0ddda8be1021ab00f63727c5c5504ad96b163269770a3fe8ac3dd0bcb40208df905f90a3603480546001600160a01b0319166001600160a01b0392909216919091179055565b806114f7576040516305615c0b60e11b815260040160405180910390fd5b60355460408051918252602082018390527f0d820940a3e7d83900a8d580b70740221bb6f64114547a0ee2551d266412540a910160405180910390a1603555565b806001600160401b03165f03611561576040516330ff022160e21b815260040160405180910390fd5b603654604080516001600160401b03928316815291831660208301527fda610c692532abea1ce92b0548ecf368f48f587ae659d58715a691dbec171ded910160405180910390a16036805467ffffffffffffffff19166001600160401b0392909216919091179055565b6001600160a01b0381166115f25760405163d92e233d60e01b815260040160405180910390fd5b6036546040516001600160a01b0380841692600160401b900416907f1d7f4da50d8af7a6cea3e56e235c952f5a92d4c862da2d587f7b67f6d0156bb2905f90a3603680546001600160a01b03909216600160401b0268010000000000000000600160e01b0319909216919091179055565b6001600160a01b03821661168a5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0382165f81815260386020908152604091829020805460ff191685151590811790915591519182527fbc9494536acaf3f702bbec70ff790bb3930056ae9e781e8077097b9de89a8e18910161144b565b336116ea610dcb565b6001600160a01b031614610c015760405163118cdaa760e01b815233600482015260240161073e565b7f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c19930080546001600160a01b031981166001600160a01b03848116918217845560405192169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a3505050565b604080516060810182525f808252602082018190529181019190915260335460408051631a7c5bbb60e21b815290515f926001600160a01b0316916369f16eec9160048083019260209291908290030181865afa1580156117e6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061180a9190612183565b9050808311156118375760405163ab553ef560e01b8152600481018490526024810182905260440161073e565b60335460405163a25ae55760e01b8152600481018590526001600160a01b039091169063a25ae55790602401606060405180830381865afa15801561187e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118a29190612238565b9392505050565b8060c001518160a00151036118d9578060c00151604051637915c1f960e11b815260040161073e91815260200190565b60c08101516118fb576040516305924b7d60e31b815260040160405180910390fd5b60c08101516040808301516001600160401b03165f90815260376020522054036119565760408082015160c0830151915163034d423360e41b81526001600160401b039091166004820152602481019190915260440161073e565b6040805160e0810182526039546001600160a01b0381168083526001600160401b03600160a01b90920482166020840152603a549182169383019390935260ff600160401b9091041615156060820152603b546080820152603c5460a0820152603d5460c08201529015611a745780604001516001600160401b031682604001516001600160401b0316101580156119f157506119f1610677565b15611a2b57604080830151828201519151630a5a23f760e11b81526001600160401b0391821660048201529116602482015260440161073e565b81604001516001600160401b031681604001516001600160401b03167fb8afb54ce761c9947a4e7b219879323cf61b7444579206fa16702b38b55eda3260405160405180910390a35b8151603980546020808601516001600160a01b039094166001600160e01b03199092168217600160a01b6001600160401b039586160217909255604080860151603a80546060808a01519390971668ffffffffffffffffff199091168117600160401b93151593840217909155608080890151603b81905560a08a0151603c81905560c08b0151603d81905586519182529781019790975293860192909252948401919091529092917f8aef3fe4e0f5a4d35cc7778dbf17c65ef800af5e380c2856a925d146fbbc8948910160405180910390a35050565b611b796040518060a001604052805f81526020015f81526020015f81526020015f81526020015f81525090565b60a08214611b9d5760405163b0fe347f60e01b81526004810183905260240161073e565b6118a2828401846122a8565b603254825114611bda578151603254604051633aea2a0160e21b81526004810192909252602482015260440161073e565b80604001516001600160401b0316826060015114611c275760608201516040808301519051634724a60960e11b815260048101929092526001600160401b0316602482015260440161073e565b8060c00151826080015114611c6257608082015160c082015160405163223195e960e01b81526004810192909252602482015260440161073e565b8160600151826040015110611c9f5781604001518260600151604051631795507360e21b815260040161073e929190918252602082015260400190565b5050565b60335460405163a25ae55760e01b8152600481018590526001600160a01b039091169063a25ae55790602401606060405180830381865afa925050508015611d08575060408051601f3d908101601f19168201909252611d0591810190612238565b60015b611dac57611d168282611e39565b611da75760335460408051631a7c5bbb60e21b8152905185926001600160a01b0316916369f16eec9160048083019260209291908290030181865afa158015611d61573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d859190612183565b60405163ab553ef560e01b81526004810192909252602482015260440161073e565b505050565b805183148015611dc857508181604001516001600160801b0316145b15611dd35750505050565b50611dde8282611e39565b611da75760405163db15f5fb60e01b815260048101849052602481018390526044810182905260640161073e565b611e14611e57565b610c0157604051631afcd79f60e31b815260040160405180910390fd5b6111e4611e0c565b5f82158015906118a25750505f908152603760205260409020541490565b5f611e6061139c565b54600160401b900460ff16919050565b6001600160a01b0381168114610a32575f5ffd5b5f60208284031215611e94575f5ffd5b81356118a281611e70565b5f60208284031215611eaf575f5ffd5b5035919050565b5f60208284031215611ec6575f5ffd5b81356001600160401b03811115611edb575f5ffd5b820161014081850312156118a2575f5ffd5b5f60208284031215611efd575f5ffd5b813560ff811681146118a2575f5ffd5b634e487b7160e01b5f52602160045260245ffd5b6020810160048310611f4157634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f60408385031215611f58575f5ffd5b50508035926020909101359150565b5f5f5f5f60808587031215611f7a575f5ffd5b5050823594602084013594506040840135936060013592509050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f60208284031215611fdb575f5ffd5b81356001600160401b03811681146118a2575f5ffd5b5f5f83601f840112612001575f5ffd5b5081356001600160401b03811115612017575f5ffd5b60208301915083602082850101111561202e575f5ffd5b9250929050565b5f5f5f5f5f60608688031215612049575f5ffd5b8535945060208601356001600160401b03811115612065575f5ffd5b61207188828901611ff1565b90955093505060408601356001600160401b0381111561208f575f5ffd5b61209b88828901611ff1565b969995985093965092949392505050565b5f5f5f606084860312156120be575f5ffd5b505081359360208301359350604090920135919050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156113c0576113c06120d5565b5f6020828403121561210c575f5ffd5b815180151581146118a2575f5ffd5b5f5f8335601e19843603018112612130575f5ffd5b8301803591506001600160401b03821115612149575f5ffd5b6020019150600581901b360382131561202e575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b818382375f9101908152919050565b5f60208284031215612193575f5ffd5b5051919050565b60608152836060820152838560808301375f608085830101525f6080601f19601f870116830101905083602083015282604083015295945050505050565b5f6001600160601b0382166001600160601b0381036121f9576121f96120d5565b60010192915050565b5f60208284031215612212575f5ffd5b81516118a281611e70565b80516001600160801b0381168114612233575f5ffd5b919050565b5f6060828403128015612249575f5ffd5b50604051606081016001600160401b038111828210171561227857634e487b7160e01b5f52604160045260245ffd5b6040528251815261228b6020840161221d565b602082015261229c6040840161221d565b60408201529392505050565b5f60a08284031280156122b9575f5ffd5b5060405160a081016001600160401b03811182821017156122e857634e487b7160e01b5f52604160045260245ffd5b60409081528335825260208085013590830152838101359082015260608084013590820152608092830135928101929092525091905056",
}

// MachZkServiceManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use MachZkServiceManagerMetaData.ABI instead.
var MachZkServiceManagerABI = MachZkServiceManagerMetaData.ABI

// MachZkServiceManagerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use MachZkServiceManagerMetaData.Bin instead.
var MachZkServiceManagerBin = MachZkServiceManagerMetaData.Bin

// DeployMachZkServiceManager deploys a new Ethereum contract, binding an instance of MachZkServiceManager to it.
func DeployMachZkServiceManager(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *MachZkServiceManager, error) {
	parsed, err := MachZkServiceManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(MachZkServiceManagerBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &MachZkServiceManager{MachZkServiceManagerCaller: MachZkServiceManagerCaller{contract: contract}, MachZkServiceManagerTransactor: MachZkServiceManagerTransactor{contract: contract}, MachZkServiceManagerFilterer: MachZkServiceManagerFilterer{contract: contract}}, nil
}

// MachZkServiceManager is an auto generated Go binding around an Ethereum contract.
type MachZkServiceManager struct {
	MachZkServiceManagerCaller     // Read-only binding to the contract
	MachZkServiceManagerTransactor // Write-only binding to the contract
	MachZkServiceManagerFilterer   // Log filterer for contract events
}

// MachZkServiceManagerCaller is an auto generated read-only Go binding around an Ethereum contract.
type MachZkServiceManagerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MachZkServiceManagerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type MachZkServiceManagerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MachZkServiceManagerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type MachZkServiceManagerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MachZkServiceManagerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type MachZkServiceManagerSession struct {
	Contract     *MachZkServiceManager // Generic contract binding to set the session for
	CallOpts     bind.CallOpts         // Call options to use throughout this session
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// MachZkServiceManagerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type MachZkServiceManagerCallerSession struct {
	Contract *MachZkServiceManagerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts               // Call options to use throughout this session
}

// MachZkServiceManagerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type MachZkServiceManagerTransactorSession struct {
	Contract     *MachZkServiceManagerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts               // Transaction auth options to use throughout this session
}

// MachZkServiceManagerRaw is an auto generated low-level Go binding around an Ethereum contract.
type MachZkServiceManagerRaw struct {
	Contract *MachZkServiceManager // Generic contract binding to access the raw methods on
}

// MachZkServiceManagerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type MachZkServiceManagerCallerRaw struct {
	Contract *MachZkServiceManagerCaller // Generic read-only contract binding to access the raw methods on
}

// MachZkServiceManagerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type MachZkServiceManagerTransactorRaw struct {
	Contract *MachZkServiceManagerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewMachZkServiceManager creates a new instance of MachZkServiceManager, bound to a specific deployed contract.
func NewMachZkServiceManager(address common.Address, backend bind.ContractBackend) (*MachZkServiceManager, error) {
	contract, err := bindMachZkServiceManager(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &MachZkServiceManager{MachZkServiceManagerCaller: MachZkServiceManagerCaller{contract: contract}, MachZkServiceManagerTransactor: MachZkServiceManagerTransactor{contract: contract}, MachZkServiceManagerFilterer: MachZkServiceManagerFilterer{contract: contract}}, nil
}

// NewMachZkServiceManagerCaller creates a new read-only instance of MachZkServiceManager, bound to a specific deployed contract.
func NewMachZkServiceManagerCaller(address common.Address, caller bind.ContractCaller) (*MachZkServiceManagerCaller, error) {
	contract, err := bindMachZkServiceManager(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &MachZkServiceManagerCaller{contract: contract}, nil
}

// NewMachZkServiceManagerTransactor creates a new write-only instance of MachZkServiceManager, bound to a specific deployed contract.
func NewMachZkServiceManagerTransactor(address common.Address, transactor bind.ContractTransactor) (*MachZkServiceManagerTransactor, error) {
	contract, err := bindMachZkServiceManager(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &MachZkServiceManagerTransactor{contract: contract}, nil
}

// NewMachZkServiceManagerFilterer creates a new log filterer instance of MachZkServiceManager, bound to a specific deployed contract.
func NewMachZkServiceManagerFilterer(address common.Address, filterer bind.ContractFilterer) (*MachZkServiceManagerFilterer, error) {
	contract, err := bindMachZkServiceManager(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &MachZkServiceManagerFilterer{contract: contract}, nil
}

// bindMachZkServiceManager binds a generic wrapper to an already deployed contract.
func bindMachZkServiceManager(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := MachZkServiceManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MachZkServiceManager *MachZkServiceManagerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MachZkServiceManager.Contract.MachZkServiceManagerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MachZkServiceManager *MachZkServiceManagerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.MachZkServiceManagerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MachZkServiceManager *MachZkServiceManagerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.MachZkServiceManagerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MachZkServiceManager *MachZkServiceManagerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MachZkServiceManager.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MachZkServiceManager *MachZkServiceManagerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MachZkServiceManager *MachZkServiceManagerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.contract.Transact(opts, method, params...)
}

// JOURNALLENGTH is a free data retrieval call binding the contract method 0x626201ce.
//
// Solidity: function JOURNAL_LENGTH() view returns(uint256)
func (_MachZkServiceManager *MachZkServiceManagerCaller) JOURNALLENGTH(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "JOURNAL_LENGTH")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// JOURNALLENGTH is a free data retrieval call binding the contract method 0x626201ce.
//
// Solidity: function JOURNAL_LENGTH() view returns(uint256)
func (_MachZkServiceManager *MachZkServiceManagerSession) JOURNALLENGTH() (*big.Int, error) {
	return _MachZkServiceManager.Contract.JOURNALLENGTH(&_MachZkServiceManager.CallOpts)
}

// JOURNALLENGTH is a free data retrieval call binding the contract method 0x626201ce.
//
// Solidity: function JOURNAL_LENGTH() view returns(uint256)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) JOURNALLENGTH() (*big.Int, error) {
	return _MachZkServiceManager.Contract.JOURNALLENGTH(&_MachZkServiceManager.CallOpts)
}

// PAUSEDALERTS is a free data retrieval call binding the contract method 0xea7206d9.
//
// Solidity: function PAUSED_ALERTS() view returns(uint8)
func (_MachZkServiceManager *MachZkServiceManagerCaller) PAUSEDALERTS(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "PAUSED_ALERTS")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PAUSEDALERTS is a free data retrieval call binding the contract method 0xea7206d9.
//
// Solidity: function PAUSED_ALERTS() view returns(uint8)
func (_MachZkServiceManager *MachZkServiceManagerSession) PAUSEDALERTS() (uint8, error) {
	return _MachZkServiceManager.Contract.PAUSEDALERTS(&_MachZkServiceManager.CallOpts)
}

// PAUSEDALERTS is a free data retrieval call binding the contract method 0xea7206d9.
//
// Solidity: function PAUSED_ALERTS() view returns(uint8)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) PAUSEDALERTS() (uint8, error) {
	return _MachZkServiceManager.Contract.PAUSEDALERTS(&_MachZkServiceManager.CallOpts)
}

// PAUSEDPROVE is a free data retrieval call binding the contract method 0x5392bfb7.
//
// Solidity: function PAUSED_PROVE() view returns(uint8)
func (_MachZkServiceManager *MachZkServiceManagerCaller) PAUSEDPROVE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "PAUSED_PROVE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PAUSEDPROVE is a free data retrieval call binding the contract method 0x5392bfb7.
//
// Solidity: function PAUSED_PROVE() view returns(uint8)
func (_MachZkServiceManager *MachZkServiceManagerSession) PAUSEDPROVE() (uint8, error) {
	return _MachZkServiceManager.Contract.PAUSEDPROVE(&_MachZkServiceManager.CallOpts)
}

// PAUSEDPROVE is a free data retrieval call binding the contract method 0x5392bfb7.
//
// Solidity: function PAUSED_PROVE() view returns(uint8)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) PAUSEDPROVE() (uint8, error) {
	return _MachZkServiceManager.Contract.PAUSEDPROVE(&_MachZkServiceManager.CallOpts)
}

// AlertLevel is a free data retrieval call binding the contract method 0x669e82db.
//
// Solidity: function alertLevel(uint256 rollupChainID_) view returns(uint8)
func (_MachZkServiceManager *MachZkServiceManagerCaller) AlertLevel(opts *bind.CallOpts, rollupChainID_ *big.Int) (uint8, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "alertLevel", rollupChainID_)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// AlertLevel is a free data retrieval call binding the contract method 0x669e82db.
//
// Solidity: function alertLevel(uint256 rollupChainID_) view returns(uint8)
func (_MachZkServiceManager *MachZkServiceManagerSession) AlertLevel(rollupChainID_ *big.Int) (uint8, error) {
	return _MachZkServiceManager.Contract.AlertLevel(&_MachZkServiceManager.CallOpts, rollupChainID_)
}

// AlertLevel is a free data retrieval call binding the contract method 0x669e82db.
//
// Solidity: function alertLevel(uint256 rollupChainID_) view returns(uint8)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) AlertLevel(rollupChainID_ *big.Int) (uint8, error) {
	return _MachZkServiceManager.Contract.AlertLevel(&_MachZkServiceManager.CallOpts, rollupChainID_)
}

// EncodeJournal is a free data retrieval call binding the contract method 0x90a061fa.
//
// Solidity: function encodeJournal(bytes32 checkpointOutputRoot, uint256 checkpointL2Block, uint256 l2BlockNumber, bytes32 outputRoot) view returns(bytes)
func (_MachZkServiceManager *MachZkServiceManagerCaller) EncodeJournal(opts *bind.CallOpts, checkpointOutputRoot [32]byte, checkpointL2Block *big.Int, l2BlockNumber *big.Int, outputRoot [32]byte) ([]byte, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "encodeJournal", checkpointOutputRoot, checkpointL2Block, l2BlockNumber, outputRoot)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// EncodeJournal is a free data retrieval call binding the contract method 0x90a061fa.
//
// Solidity: function encodeJournal(bytes32 checkpointOutputRoot, uint256 checkpointL2Block, uint256 l2BlockNumber, bytes32 outputRoot) view returns(bytes)
func (_MachZkServiceManager *MachZkServiceManagerSession) EncodeJournal(checkpointOutputRoot [32]byte, checkpointL2Block *big.Int, l2BlockNumber *big.Int, outputRoot [32]byte) ([]byte, error) {
	return _MachZkServiceManager.Contract.EncodeJournal(&_MachZkServiceManager.CallOpts, checkpointOutputRoot, checkpointL2Block, l2BlockNumber, outputRoot)
}

// EncodeJournal is a free data retrieval call binding the contract method 0x90a061fa.
//
// Solidity: function encodeJournal(bytes32 checkpointOutputRoot, uint256 checkpointL2Block, uint256 l2BlockNumber, bytes32 outputRoot) view returns(bytes)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) EncodeJournal(checkpointOutputRoot [32]byte, checkpointL2Block *big.Int, l2BlockNumber *big.Int, outputRoot [32]byte) ([]byte, error) {
	return _MachZkServiceManager.Contract.EncodeJournal(&_MachZkServiceManager.CallOpts, checkpointOutputRoot, checkpointL2Block, l2BlockNumber, outputRoot)
}

// ImageId is a free data retrieval call binding the contract method 0xef3f7dd5.
//
// Solidity: function imageId() view returns(bytes32)
func (_MachZkServiceManager *MachZkServiceManagerCaller) ImageId(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "imageId")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ImageId is a free data retrieval call binding the contract method 0xef3f7dd5.
//
// Solidity: function imageId() view returns(bytes32)
func (_MachZkServiceManager *MachZkServiceManagerSession) ImageId() ([32]byte, error) {
	return _MachZkServiceManager.Contract.ImageId(&_MachZkServiceManager.CallOpts)
}

// ImageId is a free data retrieval call binding the contract method 0xef3f7dd5.
//
// Solidity: function imageId() view returns(bytes32)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) ImageId() ([32]byte, error) {
	return _MachZkServiceManager.Contract.ImageId(&_MachZkServiceManager.CallOpts)
}

// IsAlerted is a free data retrieval call binding the contract method 0x88f0afa1.
//
// Solidity: function isAlerted(uint256 rollupChainID_) view returns(bool)
func (_MachZkServiceManager *MachZkServiceManagerCaller) IsAlerted(opts *bind.CallOpts, rollupChainID_ *big.Int) (bool, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "isAlerted", rollupChainID_)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsAlerted is a free data retrieval call binding the contract method 0x88f0afa1.
//
// Solidity: function isAlerted(uint256 rollupChainID_) view returns(bool)
func (_MachZkServiceManager *MachZkServiceManagerSession) IsAlerted(rollupChainID_ *big.Int) (bool, error) {
	return _MachZkServiceManager.Contract.IsAlerted(&_MachZkServiceManager.CallOpts, rollupChainID_)
}

// IsAlerted is a free data retrieval call binding the contract method 0x88f0afa1.
//
// Solidity: function isAlerted(uint256 rollupChainID_) view returns(bool)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) IsAlerted(rollupChainID_ *big.Int) (bool, error) {
	return _MachZkServiceManager.Contract.IsAlerted(&_MachZkServiceManager.CallOpts, rollupChainID_)
}

// IsAllowlisted is a free data retrieval call binding the contract method 0x05a3b809.
//
// Solidity: function isAllowlisted(address operator) view returns(bool)
func (_MachZkServiceManager *MachZkServiceManagerCaller) IsAllowlisted(opts *bind.CallOpts, operator common.Address) (bool, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "isAllowlisted", operator)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsAllowlisted is a free data retrieval call binding the contract method 0x05a3b809.
//
// Solidity: function isAllowlisted(address operator) view returns(bool)
func (_MachZkServiceManager *MachZkServiceManagerSession) IsAllowlisted(operator common.Address) (bool, error) {
	return _MachZkServiceManager.Contract.IsAllowlisted(&_MachZkServiceManager.CallOpts, operator)
}

// IsAllowlisted is a free data retrieval call binding the contract method 0x05a3b809.
//
// Solidity: function isAllowlisted(address operator) view returns(bool)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) IsAllowlisted(operator common.Address) (bool, error) {
	return _MachZkServiceManager.Contract.IsAllowlisted(&_MachZkServiceManager.CallOpts, operator)
}

// L2OutputOracle is a free data retrieval call binding the contract method 0x4d9f1559.
//
// Solidity: function l2OutputOracle() view returns(address)
func (_MachZkServiceManager *MachZkServiceManagerCaller) L2OutputOracle(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "l2OutputOracle")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// L2OutputOracle is a free data retrieval call binding the contract method 0x4d9f1559.
//
// Solidity: function l2OutputOracle() view returns(address)
func (_MachZkServiceManager *MachZkServiceManagerSession) L2OutputOracle() (common.Address, error) {
	return _MachZkServiceManager.Contract.L2OutputOracle(&_MachZkServiceManager.CallOpts)
}

// L2OutputOracle is a free data retrieval call binding the contract method 0x4d9f1559.
//
// Solidity: function l2OutputOracle() view returns(address)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) L2OutputOracle() (common.Address, error) {
	return _MachZkServiceManager.Contract.L2OutputOracle(&_MachZkServiceManager.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_MachZkServiceManager *MachZkServiceManagerCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_MachZkServiceManager *MachZkServiceManagerSession) Owner() (common.Address, error) {
	return _MachZkServiceManager.Contract.Owner(&_MachZkServiceManager.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) Owner() (common.Address, error) {
	return _MachZkServiceManager.Contract.Owner(&_MachZkServiceManager.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5ac86ab7.
//
// Solidity: function paused(uint8 index) view returns(bool)
func (_MachZkServiceManager *MachZkServiceManagerCaller) Paused(opts *bind.CallOpts, index uint8) (bool, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "paused", index)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Paused is a free data retrieval call binding the contract method 0x5ac86ab7.
//
// Solidity: function paused(uint8 index) view returns(bool)
func (_MachZkServiceManager *MachZkServiceManagerSession) Paused(index uint8) (bool, error) {
	return _MachZkServiceManager.Contract.Paused(&_MachZkServiceManager.CallOpts, index)
}

// Paused is a free data retrieval call binding the contract method 0x5ac86ab7.
//
// Solidity: function paused(uint8 index) view returns(bool)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) Paused(index uint8) (bool, error) {
	return _MachZkServiceManager.Contract.Paused(&_MachZkServiceManager.CallOpts, index)
}

// Paused0 is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(uint256)
func (_MachZkServiceManager *MachZkServiceManagerCaller) Paused0(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "paused0")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Paused0 is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(uint256)
func (_MachZkServiceManager *MachZkServiceManagerSession) Paused0() (*big.Int, error) {
	return _MachZkServiceManager.Contract.Paused0(&_MachZkServiceManager.CallOpts)
}

// Paused0 is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(uint256)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) Paused0() (*big.Int, error) {
	return _MachZkServiceManager.Contract.Paused0(&_MachZkServiceManager.CallOpts)
}

// PauserRegistry is a free data retrieval call binding the contract method 0x886f1195.
//
// Solidity: function pauserRegistry() view returns(address)
func (_MachZkServiceManager *MachZkServiceManagerCaller) PauserRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "pauserRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PauserRegistry is a free data retrieval call binding the contract method 0x886f1195.
//
// Solidity: function pauserRegistry() view returns(address)
func (_MachZkServiceManager *MachZkServiceManagerSession) PauserRegistry() (common.Address, error) {
	return _MachZkServiceManager.Contract.PauserRegistry(&_MachZkServiceManager.CallOpts)
}

// PauserRegistry is a free data retrieval call binding the contract method 0x886f1195.
//
// Solidity: function pauserRegistry() view returns(address)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) PauserRegistry() (common.Address, error) {
	return _MachZkServiceManager.Contract.PauserRegistry(&_MachZkServiceManager.CallOpts)
}

// PendingAlert is a free data retrieval call binding the contract method 0x0c31c4b5.
//
// Solidity: function pendingAlert() view returns((address,uint64,uint64,bool,uint256,bytes32,bytes32))
func (_MachZkServiceManager *MachZkServiceManagerCaller) PendingAlert(opts *bind.CallOpts) (MachZkServiceManagerAlert, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "pendingAlert")

	if err != nil {
		return *new(MachZkServiceManagerAlert), err
	}

	out0 := *abi.ConvertType(out[0], new(MachZkServiceManagerAlert)).(*MachZkServiceManagerAlert)

	return out0, err

}

// PendingAlert is a free data retrieval call binding the contract method 0x0c31c4b5.
//
// Solidity: function pendingAlert() view returns((address,uint64,uint64,bool,uint256,bytes32,bytes32))
func (_MachZkServiceManager *MachZkServiceManagerSession) PendingAlert() (MachZkServiceManagerAlert, error) {
	return _MachZkServiceManager.Contract.PendingAlert(&_MachZkServiceManager.CallOpts)
}

// PendingAlert is a free data retrieval call binding the contract method 0x0c31c4b5.
//
// Solidity: function pendingAlert() view returns((address,uint64,uint64,bool,uint256,bytes32,bytes32))
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) PendingAlert() (MachZkServiceManagerAlert, error) {
	return _MachZkServiceManager.Contract.PendingAlert(&_MachZkServiceManager.CallOpts)
}

// PendingAlertLive is a free data retrieval call binding the contract method 0x0828f2b2.
//
// Solidity: function pendingAlertLive() view returns(bool)
func (_MachZkServiceManager *MachZkServiceManagerCaller) PendingAlertLive(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "pendingAlertLive")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// PendingAlertLive is a free data retrieval call binding the contract method 0x0828f2b2.
//
// Solidity: function pendingAlertLive() view returns(bool)
func (_MachZkServiceManager *MachZkServiceManagerSession) PendingAlertLive() (bool, error) {
	return _MachZkServiceManager.Contract.PendingAlertLive(&_MachZkServiceManager.CallOpts)
}

// PendingAlertLive is a free data retrieval call binding the contract method 0x0828f2b2.
//
// Solidity: function pendingAlertLive() view returns(bool)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) PendingAlertLive() (bool, error) {
	return _MachZkServiceManager.Contract.PendingAlertLive(&_MachZkServiceManager.CallOpts)
}

// ProveWindow is a free data retrieval call binding the contract method 0x21cc49e8.
//
// Solidity: function proveWindow() view returns(uint64)
func (_MachZkServiceManager *MachZkServiceManagerCaller) ProveWindow(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "proveWindow")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ProveWindow is a free data retrieval call binding the contract method 0x21cc49e8.
//
// Solidity: function proveWindow() view returns(uint64)
func (_MachZkServiceManager *MachZkServiceManagerSession) ProveWindow() (uint64, error) {
	return _MachZkServiceManager.Contract.ProveWindow(&_MachZkServiceManager.CallOpts)
}

// ProveWindow is a free data retrieval call binding the contract method 0x21cc49e8.
//
// Solidity: function proveWindow() view returns(uint64)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) ProveWindow() (uint64, error) {
	return _MachZkServiceManager.Contract.ProveWindow(&_MachZkServiceManager.CallOpts)
}

// ProvedAlertCount is a free data retrieval call binding the contract method 0xdea015f6.
//
// Solidity: function provedAlertCount() view returns(uint256)
func (_MachZkServiceManager *MachZkServiceManagerCaller) ProvedAlertCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "provedAlertCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ProvedAlertCount is a free data retrieval call binding the contract method 0xdea015f6.
//
// Solidity: function provedAlertCount() view returns(uint256)
func (_MachZkServiceManager *MachZkServiceManagerSession) ProvedAlertCount() (*big.Int, error) {
	return _MachZkServiceManager.Contract.ProvedAlertCount(&_MachZkServiceManager.CallOpts)
}

// ProvedAlertCount is a free data retrieval call binding the contract method 0xdea015f6.
//
// Solidity: function provedAlertCount() view returns(uint256)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) ProvedAlertCount() (*big.Int, error) {
	return _MachZkServiceManager.Contract.ProvedAlertCount(&_MachZkServiceManager.CallOpts)
}

// ProvedOutputRoots is a free data retrieval call binding the contract method 0x99fdcbdc.
//
// Solidity: function provedOutputRoots(uint256 l2BlockNumber) view returns(bytes32)
func (_MachZkServiceManager *MachZkServiceManagerCaller) ProvedOutputRoots(opts *bind.CallOpts, l2BlockNumber *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "provedOutputRoots", l2BlockNumber)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProvedOutputRoots is a free data retrieval call binding the contract method 0x99fdcbdc.
//
// Solidity: function provedOutputRoots(uint256 l2BlockNumber) view returns(bytes32)
func (_MachZkServiceManager *MachZkServiceManagerSession) ProvedOutputRoots(l2BlockNumber *big.Int) ([32]byte, error) {
	return _MachZkServiceManager.Contract.ProvedOutputRoots(&_MachZkServiceManager.CallOpts, l2BlockNumber)
}

// ProvedOutputRoots is a free data retrieval call binding the contract method 0x99fdcbdc.
//
// Solidity: function provedOutputRoots(uint256 l2BlockNumber) view returns(bytes32)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) ProvedOutputRoots(l2BlockNumber *big.Int) ([32]byte, error) {
	return _MachZkServiceManager.Contract.ProvedOutputRoots(&_MachZkServiceManager.CallOpts, l2BlockNumber)
}

// RollupChainID is a free data retrieval call binding the contract method 0xfc51ecae.
//
// Solidity: function rollupChainID() view returns(uint256)
func (_MachZkServiceManager *MachZkServiceManagerCaller) RollupChainID(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "rollupChainID")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RollupChainID is a free data retrieval call binding the contract method 0xfc51ecae.
//
// Solidity: function rollupChainID() view returns(uint256)
func (_MachZkServiceManager *MachZkServiceManagerSession) RollupChainID() (*big.Int, error) {
	return _MachZkServiceManager.Contract.RollupChainID(&_MachZkServiceManager.CallOpts)
}

// RollupChainID is a free data retrieval call binding the contract method 0xfc51ecae.
//
// Solidity: function rollupChainID() view returns(uint256)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) RollupChainID() (*big.Int, error) {
	return _MachZkServiceManager.Contract.RollupChainID(&_MachZkServiceManager.CallOpts)
}

// Verifier is a free data retrieval call binding the contract method 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (_MachZkServiceManager *MachZkServiceManagerCaller) Verifier(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "verifier")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Verifier is a free data retrieval call binding the contract method 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (_MachZkServiceManager *MachZkServiceManagerSession) Verifier() (common.Address, error) {
	return _MachZkServiceManager.Contract.Verifier(&_MachZkServiceManager.CallOpts)
}

// Verifier is a free data retrieval call binding the contract method 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) Verifier() (common.Address, error) {
	return _MachZkServiceManager.Contract.Verifier(&_MachZkServiceManager.CallOpts)
}

// Whitelister is a free data retrieval call binding the contract method 0x22758a4a.
//
// Solidity: function whitelister() view returns(address)
func (_MachZkServiceManager *MachZkServiceManagerCaller) Whitelister(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MachZkServiceManager.contract.Call(opts, &out, "whitelister")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Whitelister is a free data retrieval call binding the contract method 0x22758a4a.
//
// Solidity: function whitelister() view returns(address)
func (_MachZkServiceManager *MachZkServiceManagerSession) Whitelister() (common.Address, error) {
	return _MachZkServiceManager.Contract.Whitelister(&_MachZkServiceManager.CallOpts)
}

// Whitelister is a free data retrieval call binding the contract method 0x22758a4a.
//
// Solidity: function whitelister() view returns(address)
func (_MachZkServiceManager *MachZkServiceManagerCallerSession) Whitelister() (common.Address, error) {
	return _MachZkServiceManager.Contract.Whitelister(&_MachZkServiceManager.CallOpts)
}

// AddToAllowlist is a paid mutator transaction binding the contract method 0xf8e86ece.
//
// Solidity: function addToAllowlist(address operator) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactor) AddToAllowlist(opts *bind.TransactOpts, operator common.Address) (*types.Transaction, error) {
	return _MachZkServiceManager.contract.Transact(opts, "addToAllowlist", operator)
}

// AddToAllowlist is a paid mutator transaction binding the contract method 0xf8e86ece.
//
// Solidity: function addToAllowlist(address operator) returns()
func (_MachZkServiceManager *MachZkServiceManagerSession) AddToAllowlist(operator common.Address) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.AddToAllowlist(&_MachZkServiceManager.TransactOpts, operator)
}

// AddToAllowlist is a paid mutator transaction binding the contract method 0xf8e86ece.
//
// Solidity: function addToAllowlist(address operator) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactorSession) AddToAllowlist(operator common.Address) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.AddToAllowlist(&_MachZkServiceManager.TransactOpts, operator)
}

// AlertBlockMismatch is a paid mutator transaction binding the contract method 0xd94c50f9.
//
// Solidity: function alertBlockMismatch(bytes32 invalidOutputRoot, bytes32 expectOutputRoot, uint256 l2BlockNumber) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactor) AlertBlockMismatch(opts *bind.TransactOpts, invalidOutputRoot [32]byte, expectOutputRoot [32]byte, l2BlockNumber *big.Int) (*types.Transaction, error) {
	return _MachZkServiceManager.contract.Transact(opts, "alertBlockMismatch", invalidOutputRoot, expectOutputRoot, l2BlockNumber)
}

// AlertBlockMismatch is a paid mutator transaction binding the contract method 0xd94c50f9.
//
// Solidity: function alertBlockMismatch(bytes32 invalidOutputRoot, bytes32 expectOutputRoot, uint256 l2BlockNumber) returns()
func (_MachZkServiceManager *MachZkServiceManagerSession) AlertBlockMismatch(invalidOutputRoot [32]byte, expectOutputRoot [32]byte, l2BlockNumber *big.Int) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.AlertBlockMismatch(&_MachZkServiceManager.TransactOpts, invalidOutputRoot, expectOutputRoot, l2BlockNumber)
}

// AlertBlockMismatch is a paid mutator transaction binding the contract method 0xd94c50f9.
//
// Solidity: function alertBlockMismatch(bytes32 invalidOutputRoot, bytes32 expectOutputRoot, uint256 l2BlockNumber) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactorSession) AlertBlockMismatch(invalidOutputRoot [32]byte, expectOutputRoot [32]byte, l2BlockNumber *big.Int) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.AlertBlockMismatch(&_MachZkServiceManager.TransactOpts, invalidOutputRoot, expectOutputRoot, l2BlockNumber)
}

// AlertBlockOutputOracleMismatch is a paid mutator transaction binding the contract method 0x7852f6cd.
//
// Solidity: function alertBlockOutputOracleMismatch(uint256 invalidOutputIndex, bytes32 expectOutputRoot) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactor) AlertBlockOutputOracleMismatch(opts *bind.TransactOpts, invalidOutputIndex *big.Int, expectOutputRoot [32]byte) (*types.Transaction, error) {
	return _MachZkServiceManager.contract.Transact(opts, "alertBlockOutputOracleMismatch", invalidOutputIndex, expectOutputRoot)
}

// AlertBlockOutputOracleMismatch is a paid mutator transaction binding the contract method 0x7852f6cd.
//
// Solidity: function alertBlockOutputOracleMismatch(uint256 invalidOutputIndex, bytes32 expectOutputRoot) returns()
func (_MachZkServiceManager *MachZkServiceManagerSession) AlertBlockOutputOracleMismatch(invalidOutputIndex *big.Int, expectOutputRoot [32]byte) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.AlertBlockOutputOracleMismatch(&_MachZkServiceManager.TransactOpts, invalidOutputIndex, expectOutputRoot)
}

// AlertBlockOutputOracleMismatch is a paid mutator transaction binding the contract method 0x7852f6cd.
//
// Solidity: function alertBlockOutputOracleMismatch(uint256 invalidOutputIndex, bytes32 expectOutputRoot) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactorSession) AlertBlockOutputOracleMismatch(invalidOutputIndex *big.Int, expectOutputRoot [32]byte) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.AlertBlockOutputOracleMismatch(&_MachZkServiceManager.TransactOpts, invalidOutputIndex, expectOutputRoot)
}

// ClearProvedAlerts is a paid mutator transaction binding the contract method 0xd1ddf715.
//
// Solidity: function clearProvedAlerts() returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactor) ClearProvedAlerts(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MachZkServiceManager.contract.Transact(opts, "clearProvedAlerts")
}

// ClearProvedAlerts is a paid mutator transaction binding the contract method 0xd1ddf715.
//
// Solidity: function clearProvedAlerts() returns()
func (_MachZkServiceManager *MachZkServiceManagerSession) ClearProvedAlerts() (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.ClearProvedAlerts(&_MachZkServiceManager.TransactOpts)
}

// ClearProvedAlerts is a paid mutator transaction binding the contract method 0xd1ddf715.
//
// Solidity: function clearProvedAlerts() returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactorSession) ClearProvedAlerts() (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.ClearProvedAlerts(&_MachZkServiceManager.TransactOpts)
}

// Initialize is a paid mutator transaction binding the contract method 0x450c3c12.
//
// Solidity: function initialize((address,address,address,uint256,uint256,address,address,bytes32,uint64,address[]) p) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactor) Initialize(opts *bind.TransactOpts, p MachZkServiceManagerInitParams) (*types.Transaction, error) {
	return _MachZkServiceManager.contract.Transact(opts, "initialize", p)
}

// Initialize is a paid mutator transaction binding the contract method 0x450c3c12.
//
// Solidity: function initialize((address,address,address,uint256,uint256,address,address,bytes32,uint64,address[]) p) returns()
func (_MachZkServiceManager *MachZkServiceManagerSession) Initialize(p MachZkServiceManagerInitParams) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.Initialize(&_MachZkServiceManager.TransactOpts, p)
}

// Initialize is a paid mutator transaction binding the contract method 0x450c3c12.
//
// Solidity: function initialize((address,address,address,uint256,uint256,address,address,bytes32,uint64,address[]) p) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactorSession) Initialize(p MachZkServiceManagerInitParams) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.Initialize(&_MachZkServiceManager.TransactOpts, p)
}

// Pause is a paid mutator transaction binding the contract method 0x136439dd.
//
// Solidity: function pause(uint256 newPausedStatus) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactor) Pause(opts *bind.TransactOpts, newPausedStatus *big.Int) (*types.Transaction, error) {
	return _MachZkServiceManager.contract.Transact(opts, "pause", newPausedStatus)
}

// Pause is a paid mutator transaction binding the contract method 0x136439dd.
//
// Solidity: function pause(uint256 newPausedStatus) returns()
func (_MachZkServiceManager *MachZkServiceManagerSession) Pause(newPausedStatus *big.Int) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.Pause(&_MachZkServiceManager.TransactOpts, newPausedStatus)
}

// Pause is a paid mutator transaction binding the contract method 0x136439dd.
//
// Solidity: function pause(uint256 newPausedStatus) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactorSession) Pause(newPausedStatus *big.Int) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.Pause(&_MachZkServiceManager.TransactOpts, newPausedStatus)
}

// PauseAll is a paid mutator transaction binding the contract method 0x595c6a67.
//
// Solidity: function pauseAll() returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactor) PauseAll(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MachZkServiceManager.contract.Transact(opts, "pauseAll")
}

// PauseAll is a paid mutator transaction binding the contract method 0x595c6a67.
//
// Solidity: function pauseAll() returns()
func (_MachZkServiceManager *MachZkServiceManagerSession) PauseAll() (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.PauseAll(&_MachZkServiceManager.TransactOpts)
}

// PauseAll is a paid mutator transaction binding the contract method 0x595c6a67.
//
// Solidity: function pauseAll() returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactorSession) PauseAll() (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.PauseAll(&_MachZkServiceManager.TransactOpts)
}

// RemoveAlert is a paid mutator transaction binding the contract method 0x86eb0f9a.
//
// Solidity: function removeAlert() returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactor) RemoveAlert(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MachZkServiceManager.contract.Transact(opts, "removeAlert")
}

// RemoveAlert is a paid mutator transaction binding the contract method 0x86eb0f9a.
//
// Solidity: function removeAlert() returns()
func (_MachZkServiceManager *MachZkServiceManagerSession) RemoveAlert() (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.RemoveAlert(&_MachZkServiceManager.TransactOpts)
}

// RemoveAlert is a paid mutator transaction binding the contract method 0x86eb0f9a.
//
// Solidity: function removeAlert() returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactorSession) RemoveAlert() (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.RemoveAlert(&_MachZkServiceManager.TransactOpts)
}

// RemoveFromAllowlist is a paid mutator transaction binding the contract method 0x5da93d7e.
//
// Solidity: function removeFromAllowlist(address operator) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactor) RemoveFromAllowlist(opts *bind.TransactOpts, operator common.Address) (*types.Transaction, error) {
	return _MachZkServiceManager.contract.Transact(opts, "removeFromAllowlist", operator)
}

// RemoveFromAllowlist is a paid mutator transaction binding the contract method 0x5da93d7e.
//
// Solidity: function removeFromAllowlist(address operator) returns()
func (_MachZkServiceManager *MachZkServiceManagerSession) RemoveFromAllowlist(operator common.Address) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.RemoveFromAllowlist(&_MachZkServiceManager.TransactOpts, operator)
}

// RemoveFromAllowlist is a paid mutator transaction binding the contract method 0x5da93d7e.
//
// Solidity: function removeFromAllowlist(address operator) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactorSession) RemoveFromAllowlist(operator common.Address) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.RemoveFromAllowlist(&_MachZkServiceManager.TransactOpts, operator)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MachZkServiceManager.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_MachZkServiceManager *MachZkServiceManagerSession) RenounceOwnership() (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.RenounceOwnership(&_MachZkServiceManager.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.RenounceOwnership(&_MachZkServiceManager.TransactOpts)
}

// SetImageId is a paid mutator transaction binding the contract method 0x901129c2.
//
// Solidity: function setImageId(bytes32 newImageId) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactor) SetImageId(opts *bind.TransactOpts, newImageId [32]byte) (*types.Transaction, error) {
	return _MachZkServiceManager.contract.Transact(opts, "setImageId", newImageId)
}

// SetImageId is a paid mutator transaction binding the contract method 0x901129c2.
//
// Solidity: function setImageId(bytes32 newImageId) returns()
func (_MachZkServiceManager *MachZkServiceManagerSession) SetImageId(newImageId [32]byte) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.SetImageId(&_MachZkServiceManager.TransactOpts, newImageId)
}

// SetImageId is a paid mutator transaction binding the contract method 0x901129c2.
//
// Solidity: function setImageId(bytes32 newImageId) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactorSession) SetImageId(newImageId [32]byte) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.SetImageId(&_MachZkServiceManager.TransactOpts, newImageId)
}

// SetProveWindow is a paid mutator transaction binding the contract method 0xb42e781b.
//
// Solidity: function setProveWindow(uint64 window) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactor) SetProveWindow(opts *bind.TransactOpts, window uint64) (*types.Transaction, error) {
	return _MachZkServiceManager.contract.Transact(opts, "setProveWindow", window)
}

// SetProveWindow is a paid mutator transaction binding the contract method 0xb42e781b.
//
// Solidity: function setProveWindow(uint64 window) returns()
func (_MachZkServiceManager *MachZkServiceManagerSession) SetProveWindow(window uint64) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.SetProveWindow(&_MachZkServiceManager.TransactOpts, window)
}

// SetProveWindow is a paid mutator transaction binding the contract method 0xb42e781b.
//
// Solidity: function setProveWindow(uint64 window) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactorSession) SetProveWindow(window uint64) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.SetProveWindow(&_MachZkServiceManager.TransactOpts, window)
}

// SetVerifier is a paid mutator transaction binding the contract method 0x5437988d.
//
// Solidity: function setVerifier(address newVerifier) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactor) SetVerifier(opts *bind.TransactOpts, newVerifier common.Address) (*types.Transaction, error) {
	return _MachZkServiceManager.contract.Transact(opts, "setVerifier", newVerifier)
}

// SetVerifier is a paid mutator transaction binding the contract method 0x5437988d.
//
// Solidity: function setVerifier(address newVerifier) returns()
func (_MachZkServiceManager *MachZkServiceManagerSession) SetVerifier(newVerifier common.Address) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.SetVerifier(&_MachZkServiceManager.TransactOpts, newVerifier)
}

// SetVerifier is a paid mutator transaction binding the contract method 0x5437988d.
//
// Solidity: function setVerifier(address newVerifier) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactorSession) SetVerifier(newVerifier common.Address) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.SetVerifier(&_MachZkServiceManager.TransactOpts, newVerifier)
}

// SetWhitelister is a paid mutator transaction binding the contract method 0xf98f5b92.
//
// Solidity: function setWhitelister(address newWhitelister) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactor) SetWhitelister(opts *bind.TransactOpts, newWhitelister common.Address) (*types.Transaction, error) {
	return _MachZkServiceManager.contract.Transact(opts, "setWhitelister", newWhitelister)
}

// SetWhitelister is a paid mutator transaction binding the contract method 0xf98f5b92.
//
// Solidity: function setWhitelister(address newWhitelister) returns()
func (_MachZkServiceManager *MachZkServiceManagerSession) SetWhitelister(newWhitelister common.Address) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.SetWhitelister(&_MachZkServiceManager.TransactOpts, newWhitelister)
}

// SetWhitelister is a paid mutator transaction binding the contract method 0xf98f5b92.
//
// Solidity: function setWhitelister(address newWhitelister) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactorSession) SetWhitelister(newWhitelister common.Address) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.SetWhitelister(&_MachZkServiceManager.TransactOpts, newWhitelister)
}

// SubmitProve is a paid mutator transaction binding the contract method 0xbc70d72d.
//
// Solidity: function submitProve(uint256 checkpointOutputIndex, bytes journal, bytes seal) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactor) SubmitProve(opts *bind.TransactOpts, checkpointOutputIndex *big.Int, journal []byte, seal []byte) (*types.Transaction, error) {
	return _MachZkServiceManager.contract.Transact(opts, "submitProve", checkpointOutputIndex, journal, seal)
}

// SubmitProve is a paid mutator transaction binding the contract method 0xbc70d72d.
//
// Solidity: function submitProve(uint256 checkpointOutputIndex, bytes journal, bytes seal) returns()
func (_MachZkServiceManager *MachZkServiceManagerSession) SubmitProve(checkpointOutputIndex *big.Int, journal []byte, seal []byte) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.SubmitProve(&_MachZkServiceManager.TransactOpts, checkpointOutputIndex, journal, seal)
}

// SubmitProve is a paid mutator transaction binding the contract method 0xbc70d72d.
//
// Solidity: function submitProve(uint256 checkpointOutputIndex, bytes journal, bytes seal) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactorSession) SubmitProve(checkpointOutputIndex *big.Int, journal []byte, seal []byte) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.SubmitProve(&_MachZkServiceManager.TransactOpts, checkpointOutputIndex, journal, seal)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _MachZkServiceManager.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_MachZkServiceManager *MachZkServiceManagerSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.TransferOwnership(&_MachZkServiceManager.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.TransferOwnership(&_MachZkServiceManager.TransactOpts, newOwner)
}

// Unpause is a paid mutator transaction binding the contract method 0xfabc1cbc.
//
// Solidity: function unpause(uint256 newPausedStatus) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactor) Unpause(opts *bind.TransactOpts, newPausedStatus *big.Int) (*types.Transaction, error) {
	return _MachZkServiceManager.contract.Transact(opts, "unpause", newPausedStatus)
}

// Unpause is a paid mutator transaction binding the contract method 0xfabc1cbc.
//
// Solidity: function unpause(uint256 newPausedStatus) returns()
func (_MachZkServiceManager *MachZkServiceManagerSession) Unpause(newPausedStatus *big.Int) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.Unpause(&_MachZkServiceManager.TransactOpts, newPausedStatus)
}

// Unpause is a paid mutator transaction binding the contract method 0xfabc1cbc.
//
// Solidity: function unpause(uint256 newPausedStatus) returns()
func (_MachZkServiceManager *MachZkServiceManagerTransactorSession) Unpause(newPausedStatus *big.Int) (*types.Transaction, error) {
	return _MachZkServiceManager.Contract.Unpause(&_MachZkServiceManager.TransactOpts, newPausedStatus)
}

// MachZkServiceManagerAlertProvedIterator is returned from FilterAlertProved and is used to iterate over the raw logs and unpacked data for AlertProved events raised by the MachZkServiceManager contract.
type MachZkServiceManagerAlertProvedIterator struct {
	Event *MachZkServiceManagerAlertProved // Event containing the contract specifics and raw log

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
func (it *MachZkServiceManagerAlertProvedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachZkServiceManagerAlertProved)
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
		it.Event = new(MachZkServiceManagerAlertProved)
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
func (it *MachZkServiceManagerAlertProvedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachZkServiceManagerAlertProvedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachZkServiceManagerAlertProved represents a AlertProved event raised by the MachZkServiceManager contract.
type MachZkServiceManagerAlertProved struct {
	L2BlockNumber        *big.Int
	Prover               common.Address
	OutputRoot           [32]byte
	CheckpointOutputRoot [32]byte
	Raw                  types.Log // Blockchain specific contextual infos
}

// FilterAlertProved is a free log retrieval operation binding the contract event 0x6c1ab26d8503e2eefc48824bed1f1b42f3559ae221e9d92f67d83dc4adfe191a.
//
// Solidity: event AlertProved(uint256 indexed l2BlockNumber, address indexed prover, bytes32 outputRoot, bytes32 checkpointOutputRoot)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) FilterAlertProved(opts *bind.FilterOpts, l2BlockNumber []*big.Int, prover []common.Address) (*MachZkServiceManagerAlertProvedIterator, error) {

	var l2BlockNumberRule []interface{}
	for _, l2BlockNumberItem := range l2BlockNumber {
		l2BlockNumberRule = append(l2BlockNumberRule, l2BlockNumberItem)
	}
	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.FilterLogs(opts, "AlertProved", l2BlockNumberRule, proverRule)
	if err != nil {
		return nil, err
	}
	return &MachZkServiceManagerAlertProvedIterator{contract: _MachZkServiceManager.contract, event: "AlertProved", logs: logs, sub: sub}, nil
}

// WatchAlertProved is a free log subscription operation binding the contract event 0x6c1ab26d8503e2eefc48824bed1f1b42f3559ae221e9d92f67d83dc4adfe191a.
//
// Solidity: event AlertProved(uint256 indexed l2BlockNumber, address indexed prover, bytes32 outputRoot, bytes32 checkpointOutputRoot)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) WatchAlertProved(opts *bind.WatchOpts, sink chan<- *MachZkServiceManagerAlertProved, l2BlockNumber []*big.Int, prover []common.Address) (event.Subscription, error) {

	var l2BlockNumberRule []interface{}
	for _, l2BlockNumberItem := range l2BlockNumber {
		l2BlockNumberRule = append(l2BlockNumberRule, l2BlockNumberItem)
	}
	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.WatchLogs(opts, "AlertProved", l2BlockNumberRule, proverRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachZkServiceManagerAlertProved)
				if err := _MachZkServiceManager.contract.UnpackLog(event, "AlertProved", log); err != nil {
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
func (_MachZkServiceManager *MachZkServiceManagerFilterer) ParseAlertProved(log types.Log) (*MachZkServiceManagerAlertProved, error) {
	event := new(MachZkServiceManagerAlertProved)
	if err := _MachZkServiceManager.contract.UnpackLog(event, "AlertProved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachZkServiceManagerAlertRaisedIterator is returned from FilterAlertRaised and is used to iterate over the raw logs and unpacked data for AlertRaised events raised by the MachZkServiceManager contract.
type MachZkServiceManagerAlertRaisedIterator struct {
	Event *MachZkServiceManagerAlertRaised // Event containing the contract specifics and raw log

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
func (it *MachZkServiceManagerAlertRaisedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachZkServiceManagerAlertRaised)
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
		it.Event = new(MachZkServiceManagerAlertRaised)
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
func (it *MachZkServiceManagerAlertRaisedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachZkServiceManagerAlertRaisedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachZkServiceManagerAlertRaised represents a AlertRaised event raised by the MachZkServiceManager contract.
type MachZkServiceManagerAlertRaised struct {
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
func (_MachZkServiceManager *MachZkServiceManagerFilterer) FilterAlertRaised(opts *bind.FilterOpts, l2BlockNumber []*big.Int, submitter []common.Address) (*MachZkServiceManagerAlertRaisedIterator, error) {

	var l2BlockNumberRule []interface{}
	for _, l2BlockNumberItem := range l2BlockNumber {
		l2BlockNumberRule = append(l2BlockNumberRule, l2BlockNumberItem)
	}
	var submitterRule []interface{}
	for _, submitterItem := range submitter {
		submitterRule = append(submitterRule, submitterItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.FilterLogs(opts, "AlertRaised", l2BlockNumberRule, submitterRule)
	if err != nil {
		return nil, err
	}
	return &MachZkServiceManagerAlertRaisedIterator{contract: _MachZkServiceManager.contract, event: "AlertRaised", logs: logs, sub: sub}, nil
}

// WatchAlertRaised is a free log subscription operation binding the contract event 0x8aef3fe4e0f5a4d35cc7778dbf17c65ef800af5e380c2856a925d146fbbc8948.
//
// Solidity: event AlertRaised(uint256 indexed l2BlockNumber, address indexed submitter, bytes32 invalidOutputRoot, bytes32 expectOutputRoot, bool fromOracle, uint256 outputIndex)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) WatchAlertRaised(opts *bind.WatchOpts, sink chan<- *MachZkServiceManagerAlertRaised, l2BlockNumber []*big.Int, submitter []common.Address) (event.Subscription, error) {

	var l2BlockNumberRule []interface{}
	for _, l2BlockNumberItem := range l2BlockNumber {
		l2BlockNumberRule = append(l2BlockNumberRule, l2BlockNumberItem)
	}
	var submitterRule []interface{}
	for _, submitterItem := range submitter {
		submitterRule = append(submitterRule, submitterItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.WatchLogs(opts, "AlertRaised", l2BlockNumberRule, submitterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachZkServiceManagerAlertRaised)
				if err := _MachZkServiceManager.contract.UnpackLog(event, "AlertRaised", log); err != nil {
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
func (_MachZkServiceManager *MachZkServiceManagerFilterer) ParseAlertRaised(log types.Log) (*MachZkServiceManagerAlertRaised, error) {
	event := new(MachZkServiceManagerAlertRaised)
	if err := _MachZkServiceManager.contract.UnpackLog(event, "AlertRaised", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachZkServiceManagerAlertRemovedIterator is returned from FilterAlertRemoved and is used to iterate over the raw logs and unpacked data for AlertRemoved events raised by the MachZkServiceManager contract.
type MachZkServiceManagerAlertRemovedIterator struct {
	Event *MachZkServiceManagerAlertRemoved // Event containing the contract specifics and raw log

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
func (it *MachZkServiceManagerAlertRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachZkServiceManagerAlertRemoved)
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
		it.Event = new(MachZkServiceManagerAlertRemoved)
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
func (it *MachZkServiceManagerAlertRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachZkServiceManagerAlertRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachZkServiceManagerAlertRemoved represents a AlertRemoved event raised by the MachZkServiceManager contract.
type MachZkServiceManagerAlertRemoved struct {
	L2BlockNumber *big.Int
	Sender        common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterAlertRemoved is a free log retrieval operation binding the contract event 0xdc6896c6a17d008fe8c0bae5706df7a5456ed682e92595cd405f05fc908e20a0.
//
// Solidity: event AlertRemoved(uint256 indexed l2BlockNumber, address sender)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) FilterAlertRemoved(opts *bind.FilterOpts, l2BlockNumber []*big.Int) (*MachZkServiceManagerAlertRemovedIterator, error) {

	var l2BlockNumberRule []interface{}
	for _, l2BlockNumberItem := range l2BlockNumber {
		l2BlockNumberRule = append(l2BlockNumberRule, l2BlockNumberItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.FilterLogs(opts, "AlertRemoved", l2BlockNumberRule)
	if err != nil {
		return nil, err
	}
	return &MachZkServiceManagerAlertRemovedIterator{contract: _MachZkServiceManager.contract, event: "AlertRemoved", logs: logs, sub: sub}, nil
}

// WatchAlertRemoved is a free log subscription operation binding the contract event 0xdc6896c6a17d008fe8c0bae5706df7a5456ed682e92595cd405f05fc908e20a0.
//
// Solidity: event AlertRemoved(uint256 indexed l2BlockNumber, address sender)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) WatchAlertRemoved(opts *bind.WatchOpts, sink chan<- *MachZkServiceManagerAlertRemoved, l2BlockNumber []*big.Int) (event.Subscription, error) {

	var l2BlockNumberRule []interface{}
	for _, l2BlockNumberItem := range l2BlockNumber {
		l2BlockNumberRule = append(l2BlockNumberRule, l2BlockNumberItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.WatchLogs(opts, "AlertRemoved", l2BlockNumberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachZkServiceManagerAlertRemoved)
				if err := _MachZkServiceManager.contract.UnpackLog(event, "AlertRemoved", log); err != nil {
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
func (_MachZkServiceManager *MachZkServiceManagerFilterer) ParseAlertRemoved(log types.Log) (*MachZkServiceManagerAlertRemoved, error) {
	event := new(MachZkServiceManagerAlertRemoved)
	if err := _MachZkServiceManager.contract.UnpackLog(event, "AlertRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachZkServiceManagerAlertSupersededIterator is returned from FilterAlertSuperseded and is used to iterate over the raw logs and unpacked data for AlertSuperseded events raised by the MachZkServiceManager contract.
type MachZkServiceManagerAlertSupersededIterator struct {
	Event *MachZkServiceManagerAlertSuperseded // Event containing the contract specifics and raw log

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
func (it *MachZkServiceManagerAlertSupersededIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachZkServiceManagerAlertSuperseded)
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
		it.Event = new(MachZkServiceManagerAlertSuperseded)
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
func (it *MachZkServiceManagerAlertSupersededIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachZkServiceManagerAlertSupersededIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachZkServiceManagerAlertSuperseded represents a AlertSuperseded event raised by the MachZkServiceManager contract.
type MachZkServiceManagerAlertSuperseded struct {
	PreviousL2BlockNumber *big.Int
	NewL2BlockNumber      *big.Int
	Raw                   types.Log // Blockchain specific contextual infos
}

// FilterAlertSuperseded is a free log retrieval operation binding the contract event 0xb8afb54ce761c9947a4e7b219879323cf61b7444579206fa16702b38b55eda32.
//
// Solidity: event AlertSuperseded(uint256 indexed previousL2BlockNumber, uint256 indexed newL2BlockNumber)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) FilterAlertSuperseded(opts *bind.FilterOpts, previousL2BlockNumber []*big.Int, newL2BlockNumber []*big.Int) (*MachZkServiceManagerAlertSupersededIterator, error) {

	var previousL2BlockNumberRule []interface{}
	for _, previousL2BlockNumberItem := range previousL2BlockNumber {
		previousL2BlockNumberRule = append(previousL2BlockNumberRule, previousL2BlockNumberItem)
	}
	var newL2BlockNumberRule []interface{}
	for _, newL2BlockNumberItem := range newL2BlockNumber {
		newL2BlockNumberRule = append(newL2BlockNumberRule, newL2BlockNumberItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.FilterLogs(opts, "AlertSuperseded", previousL2BlockNumberRule, newL2BlockNumberRule)
	if err != nil {
		return nil, err
	}
	return &MachZkServiceManagerAlertSupersededIterator{contract: _MachZkServiceManager.contract, event: "AlertSuperseded", logs: logs, sub: sub}, nil
}

// WatchAlertSuperseded is a free log subscription operation binding the contract event 0xb8afb54ce761c9947a4e7b219879323cf61b7444579206fa16702b38b55eda32.
//
// Solidity: event AlertSuperseded(uint256 indexed previousL2BlockNumber, uint256 indexed newL2BlockNumber)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) WatchAlertSuperseded(opts *bind.WatchOpts, sink chan<- *MachZkServiceManagerAlertSuperseded, previousL2BlockNumber []*big.Int, newL2BlockNumber []*big.Int) (event.Subscription, error) {

	var previousL2BlockNumberRule []interface{}
	for _, previousL2BlockNumberItem := range previousL2BlockNumber {
		previousL2BlockNumberRule = append(previousL2BlockNumberRule, previousL2BlockNumberItem)
	}
	var newL2BlockNumberRule []interface{}
	for _, newL2BlockNumberItem := range newL2BlockNumber {
		newL2BlockNumberRule = append(newL2BlockNumberRule, newL2BlockNumberItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.WatchLogs(opts, "AlertSuperseded", previousL2BlockNumberRule, newL2BlockNumberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachZkServiceManagerAlertSuperseded)
				if err := _MachZkServiceManager.contract.UnpackLog(event, "AlertSuperseded", log); err != nil {
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
func (_MachZkServiceManager *MachZkServiceManagerFilterer) ParseAlertSuperseded(log types.Log) (*MachZkServiceManagerAlertSuperseded, error) {
	event := new(MachZkServiceManagerAlertSuperseded)
	if err := _MachZkServiceManager.contract.UnpackLog(event, "AlertSuperseded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachZkServiceManagerImageIdChangedIterator is returned from FilterImageIdChanged and is used to iterate over the raw logs and unpacked data for ImageIdChanged events raised by the MachZkServiceManager contract.
type MachZkServiceManagerImageIdChangedIterator struct {
	Event *MachZkServiceManagerImageIdChanged // Event containing the contract specifics and raw log

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
func (it *MachZkServiceManagerImageIdChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachZkServiceManagerImageIdChanged)
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
		it.Event = new(MachZkServiceManagerImageIdChanged)
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
func (it *MachZkServiceManagerImageIdChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachZkServiceManagerImageIdChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachZkServiceManagerImageIdChanged represents a ImageIdChanged event raised by the MachZkServiceManager contract.
type MachZkServiceManagerImageIdChanged struct {
	PreviousImageId [32]byte
	NewImageId      [32]byte
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterImageIdChanged is a free log retrieval operation binding the contract event 0x0d820940a3e7d83900a8d580b70740221bb6f64114547a0ee2551d266412540a.
//
// Solidity: event ImageIdChanged(bytes32 previousImageId, bytes32 newImageId)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) FilterImageIdChanged(opts *bind.FilterOpts) (*MachZkServiceManagerImageIdChangedIterator, error) {

	logs, sub, err := _MachZkServiceManager.contract.FilterLogs(opts, "ImageIdChanged")
	if err != nil {
		return nil, err
	}
	return &MachZkServiceManagerImageIdChangedIterator{contract: _MachZkServiceManager.contract, event: "ImageIdChanged", logs: logs, sub: sub}, nil
}

// WatchImageIdChanged is a free log subscription operation binding the contract event 0x0d820940a3e7d83900a8d580b70740221bb6f64114547a0ee2551d266412540a.
//
// Solidity: event ImageIdChanged(bytes32 previousImageId, bytes32 newImageId)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) WatchImageIdChanged(opts *bind.WatchOpts, sink chan<- *MachZkServiceManagerImageIdChanged) (event.Subscription, error) {

	logs, sub, err := _MachZkServiceManager.contract.WatchLogs(opts, "ImageIdChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachZkServiceManagerImageIdChanged)
				if err := _MachZkServiceManager.contract.UnpackLog(event, "ImageIdChanged", log); err != nil {
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
func (_MachZkServiceManager *MachZkServiceManagerFilterer) ParseImageIdChanged(log types.Log) (*MachZkServiceManagerImageIdChanged, error) {
	event := new(MachZkServiceManagerImageIdChanged)
	if err := _MachZkServiceManager.contract.UnpackLog(event, "ImageIdChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachZkServiceManagerInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the MachZkServiceManager contract.
type MachZkServiceManagerInitializedIterator struct {
	Event *MachZkServiceManagerInitialized // Event containing the contract specifics and raw log

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
func (it *MachZkServiceManagerInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachZkServiceManagerInitialized)
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
		it.Event = new(MachZkServiceManagerInitialized)
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
func (it *MachZkServiceManagerInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachZkServiceManagerInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachZkServiceManagerInitialized represents a Initialized event raised by the MachZkServiceManager contract.
type MachZkServiceManagerInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) FilterInitialized(opts *bind.FilterOpts) (*MachZkServiceManagerInitializedIterator, error) {

	logs, sub, err := _MachZkServiceManager.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &MachZkServiceManagerInitializedIterator{contract: _MachZkServiceManager.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *MachZkServiceManagerInitialized) (event.Subscription, error) {

	logs, sub, err := _MachZkServiceManager.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachZkServiceManagerInitialized)
				if err := _MachZkServiceManager.contract.UnpackLog(event, "Initialized", log); err != nil {
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
func (_MachZkServiceManager *MachZkServiceManagerFilterer) ParseInitialized(log types.Log) (*MachZkServiceManagerInitialized, error) {
	event := new(MachZkServiceManagerInitialized)
	if err := _MachZkServiceManager.contract.UnpackLog(event, "Initialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachZkServiceManagerOperatorAllowlistedIterator is returned from FilterOperatorAllowlisted and is used to iterate over the raw logs and unpacked data for OperatorAllowlisted events raised by the MachZkServiceManager contract.
type MachZkServiceManagerOperatorAllowlistedIterator struct {
	Event *MachZkServiceManagerOperatorAllowlisted // Event containing the contract specifics and raw log

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
func (it *MachZkServiceManagerOperatorAllowlistedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachZkServiceManagerOperatorAllowlisted)
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
		it.Event = new(MachZkServiceManagerOperatorAllowlisted)
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
func (it *MachZkServiceManagerOperatorAllowlistedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachZkServiceManagerOperatorAllowlistedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachZkServiceManagerOperatorAllowlisted represents a OperatorAllowlisted event raised by the MachZkServiceManager contract.
type MachZkServiceManagerOperatorAllowlisted struct {
	Operator common.Address
	Allowed  bool
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterOperatorAllowlisted is a free log retrieval operation binding the contract event 0xbc9494536acaf3f702bbec70ff790bb3930056ae9e781e8077097b9de89a8e18.
//
// Solidity: event OperatorAllowlisted(address indexed operator, bool allowed)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) FilterOperatorAllowlisted(opts *bind.FilterOpts, operator []common.Address) (*MachZkServiceManagerOperatorAllowlistedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.FilterLogs(opts, "OperatorAllowlisted", operatorRule)
	if err != nil {
		return nil, err
	}
	return &MachZkServiceManagerOperatorAllowlistedIterator{contract: _MachZkServiceManager.contract, event: "OperatorAllowlisted", logs: logs, sub: sub}, nil
}

// WatchOperatorAllowlisted is a free log subscription operation binding the contract event 0xbc9494536acaf3f702bbec70ff790bb3930056ae9e781e8077097b9de89a8e18.
//
// Solidity: event OperatorAllowlisted(address indexed operator, bool allowed)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) WatchOperatorAllowlisted(opts *bind.WatchOpts, sink chan<- *MachZkServiceManagerOperatorAllowlisted, operator []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.WatchLogs(opts, "OperatorAllowlisted", operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachZkServiceManagerOperatorAllowlisted)
				if err := _MachZkServiceManager.contract.UnpackLog(event, "OperatorAllowlisted", log); err != nil {
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
func (_MachZkServiceManager *MachZkServiceManagerFilterer) ParseOperatorAllowlisted(log types.Log) (*MachZkServiceManagerOperatorAllowlisted, error) {
	event := new(MachZkServiceManagerOperatorAllowlisted)
	if err := _MachZkServiceManager.contract.UnpackLog(event, "OperatorAllowlisted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachZkServiceManagerOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the MachZkServiceManager contract.
type MachZkServiceManagerOwnershipTransferredIterator struct {
	Event *MachZkServiceManagerOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *MachZkServiceManagerOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachZkServiceManagerOwnershipTransferred)
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
		it.Event = new(MachZkServiceManagerOwnershipTransferred)
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
func (it *MachZkServiceManagerOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachZkServiceManagerOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachZkServiceManagerOwnershipTransferred represents a OwnershipTransferred event raised by the MachZkServiceManager contract.
type MachZkServiceManagerOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*MachZkServiceManagerOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &MachZkServiceManagerOwnershipTransferredIterator{contract: _MachZkServiceManager.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *MachZkServiceManagerOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachZkServiceManagerOwnershipTransferred)
				if err := _MachZkServiceManager.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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
func (_MachZkServiceManager *MachZkServiceManagerFilterer) ParseOwnershipTransferred(log types.Log) (*MachZkServiceManagerOwnershipTransferred, error) {
	event := new(MachZkServiceManagerOwnershipTransferred)
	if err := _MachZkServiceManager.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachZkServiceManagerPausedIterator is returned from FilterPaused and is used to iterate over the raw logs and unpacked data for Paused events raised by the MachZkServiceManager contract.
type MachZkServiceManagerPausedIterator struct {
	Event *MachZkServiceManagerPaused // Event containing the contract specifics and raw log

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
func (it *MachZkServiceManagerPausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachZkServiceManagerPaused)
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
		it.Event = new(MachZkServiceManagerPaused)
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
func (it *MachZkServiceManagerPausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachZkServiceManagerPausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachZkServiceManagerPaused represents a Paused event raised by the MachZkServiceManager contract.
type MachZkServiceManagerPaused struct {
	Account         common.Address
	NewPausedStatus *big.Int
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterPaused is a free log retrieval operation binding the contract event 0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d.
//
// Solidity: event Paused(address indexed account, uint256 newPausedStatus)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) FilterPaused(opts *bind.FilterOpts, account []common.Address) (*MachZkServiceManagerPausedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.FilterLogs(opts, "Paused", accountRule)
	if err != nil {
		return nil, err
	}
	return &MachZkServiceManagerPausedIterator{contract: _MachZkServiceManager.contract, event: "Paused", logs: logs, sub: sub}, nil
}

// WatchPaused is a free log subscription operation binding the contract event 0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d.
//
// Solidity: event Paused(address indexed account, uint256 newPausedStatus)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) WatchPaused(opts *bind.WatchOpts, sink chan<- *MachZkServiceManagerPaused, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.WatchLogs(opts, "Paused", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachZkServiceManagerPaused)
				if err := _MachZkServiceManager.contract.UnpackLog(event, "Paused", log); err != nil {
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
func (_MachZkServiceManager *MachZkServiceManagerFilterer) ParsePaused(log types.Log) (*MachZkServiceManagerPaused, error) {
	event := new(MachZkServiceManagerPaused)
	if err := _MachZkServiceManager.contract.UnpackLog(event, "Paused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachZkServiceManagerProveWindowChangedIterator is returned from FilterProveWindowChanged and is used to iterate over the raw logs and unpacked data for ProveWindowChanged events raised by the MachZkServiceManager contract.
type MachZkServiceManagerProveWindowChangedIterator struct {
	Event *MachZkServiceManagerProveWindowChanged // Event containing the contract specifics and raw log

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
func (it *MachZkServiceManagerProveWindowChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachZkServiceManagerProveWindowChanged)
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
		it.Event = new(MachZkServiceManagerProveWindowChanged)
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
func (it *MachZkServiceManagerProveWindowChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachZkServiceManagerProveWindowChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachZkServiceManagerProveWindowChanged represents a ProveWindowChanged event raised by the MachZkServiceManager contract.
type MachZkServiceManagerProveWindowChanged struct {
	PreviousWindow uint64
	NewWindow      uint64
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterProveWindowChanged is a free log retrieval operation binding the contract event 0xda610c692532abea1ce92b0548ecf368f48f587ae659d58715a691dbec171ded.
//
// Solidity: event ProveWindowChanged(uint64 previousWindow, uint64 newWindow)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) FilterProveWindowChanged(opts *bind.FilterOpts) (*MachZkServiceManagerProveWindowChangedIterator, error) {

	logs, sub, err := _MachZkServiceManager.contract.FilterLogs(opts, "ProveWindowChanged")
	if err != nil {
		return nil, err
	}
	return &MachZkServiceManagerProveWindowChangedIterator{contract: _MachZkServiceManager.contract, event: "ProveWindowChanged", logs: logs, sub: sub}, nil
}

// WatchProveWindowChanged is a free log subscription operation binding the contract event 0xda610c692532abea1ce92b0548ecf368f48f587ae659d58715a691dbec171ded.
//
// Solidity: event ProveWindowChanged(uint64 previousWindow, uint64 newWindow)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) WatchProveWindowChanged(opts *bind.WatchOpts, sink chan<- *MachZkServiceManagerProveWindowChanged) (event.Subscription, error) {

	logs, sub, err := _MachZkServiceManager.contract.WatchLogs(opts, "ProveWindowChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachZkServiceManagerProveWindowChanged)
				if err := _MachZkServiceManager.contract.UnpackLog(event, "ProveWindowChanged", log); err != nil {
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
func (_MachZkServiceManager *MachZkServiceManagerFilterer) ParseProveWindowChanged(log types.Log) (*MachZkServiceManagerProveWindowChanged, error) {
	event := new(MachZkServiceManagerProveWindowChanged)
	if err := _MachZkServiceManager.contract.UnpackLog(event, "ProveWindowChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachZkServiceManagerProvedAlertsClearedIterator is returned from FilterProvedAlertsCleared and is used to iterate over the raw logs and unpacked data for ProvedAlertsCleared events raised by the MachZkServiceManager contract.
type MachZkServiceManagerProvedAlertsClearedIterator struct {
	Event *MachZkServiceManagerProvedAlertsCleared // Event containing the contract specifics and raw log

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
func (it *MachZkServiceManagerProvedAlertsClearedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachZkServiceManagerProvedAlertsCleared)
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
		it.Event = new(MachZkServiceManagerProvedAlertsCleared)
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
func (it *MachZkServiceManagerProvedAlertsClearedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachZkServiceManagerProvedAlertsClearedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachZkServiceManagerProvedAlertsCleared represents a ProvedAlertsCleared event raised by the MachZkServiceManager contract.
type MachZkServiceManagerProvedAlertsCleared struct {
	Count *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterProvedAlertsCleared is a free log retrieval operation binding the contract event 0xd51959a08245b8faa566fa27a301bc6af6494e8bdae93de2fedf9a9486ee7445.
//
// Solidity: event ProvedAlertsCleared(uint256 count)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) FilterProvedAlertsCleared(opts *bind.FilterOpts) (*MachZkServiceManagerProvedAlertsClearedIterator, error) {

	logs, sub, err := _MachZkServiceManager.contract.FilterLogs(opts, "ProvedAlertsCleared")
	if err != nil {
		return nil, err
	}
	return &MachZkServiceManagerProvedAlertsClearedIterator{contract: _MachZkServiceManager.contract, event: "ProvedAlertsCleared", logs: logs, sub: sub}, nil
}

// WatchProvedAlertsCleared is a free log subscription operation binding the contract event 0xd51959a08245b8faa566fa27a301bc6af6494e8bdae93de2fedf9a9486ee7445.
//
// Solidity: event ProvedAlertsCleared(uint256 count)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) WatchProvedAlertsCleared(opts *bind.WatchOpts, sink chan<- *MachZkServiceManagerProvedAlertsCleared) (event.Subscription, error) {

	logs, sub, err := _MachZkServiceManager.contract.WatchLogs(opts, "ProvedAlertsCleared")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachZkServiceManagerProvedAlertsCleared)
				if err := _MachZkServiceManager.contract.UnpackLog(event, "ProvedAlertsCleared", log); err != nil {
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
func (_MachZkServiceManager *MachZkServiceManagerFilterer) ParseProvedAlertsCleared(log types.Log) (*MachZkServiceManagerProvedAlertsCleared, error) {
	event := new(MachZkServiceManagerProvedAlertsCleared)
	if err := _MachZkServiceManager.contract.UnpackLog(event, "ProvedAlertsCleared", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachZkServiceManagerUnpausedIterator is returned from FilterUnpaused and is used to iterate over the raw logs and unpacked data for Unpaused events raised by the MachZkServiceManager contract.
type MachZkServiceManagerUnpausedIterator struct {
	Event *MachZkServiceManagerUnpaused // Event containing the contract specifics and raw log

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
func (it *MachZkServiceManagerUnpausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachZkServiceManagerUnpaused)
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
		it.Event = new(MachZkServiceManagerUnpaused)
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
func (it *MachZkServiceManagerUnpausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachZkServiceManagerUnpausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachZkServiceManagerUnpaused represents a Unpaused event raised by the MachZkServiceManager contract.
type MachZkServiceManagerUnpaused struct {
	Account         common.Address
	NewPausedStatus *big.Int
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterUnpaused is a free log retrieval operation binding the contract event 0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c.
//
// Solidity: event Unpaused(address indexed account, uint256 newPausedStatus)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) FilterUnpaused(opts *bind.FilterOpts, account []common.Address) (*MachZkServiceManagerUnpausedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.FilterLogs(opts, "Unpaused", accountRule)
	if err != nil {
		return nil, err
	}
	return &MachZkServiceManagerUnpausedIterator{contract: _MachZkServiceManager.contract, event: "Unpaused", logs: logs, sub: sub}, nil
}

// WatchUnpaused is a free log subscription operation binding the contract event 0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c.
//
// Solidity: event Unpaused(address indexed account, uint256 newPausedStatus)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) WatchUnpaused(opts *bind.WatchOpts, sink chan<- *MachZkServiceManagerUnpaused, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.WatchLogs(opts, "Unpaused", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachZkServiceManagerUnpaused)
				if err := _MachZkServiceManager.contract.UnpackLog(event, "Unpaused", log); err != nil {
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
func (_MachZkServiceManager *MachZkServiceManagerFilterer) ParseUnpaused(log types.Log) (*MachZkServiceManagerUnpaused, error) {
	event := new(MachZkServiceManagerUnpaused)
	if err := _MachZkServiceManager.contract.UnpackLog(event, "Unpaused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachZkServiceManagerVerifierChangedIterator is returned from FilterVerifierChanged and is used to iterate over the raw logs and unpacked data for VerifierChanged events raised by the MachZkServiceManager contract.
type MachZkServiceManagerVerifierChangedIterator struct {
	Event *MachZkServiceManagerVerifierChanged // Event containing the contract specifics and raw log

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
func (it *MachZkServiceManagerVerifierChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachZkServiceManagerVerifierChanged)
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
		it.Event = new(MachZkServiceManagerVerifierChanged)
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
func (it *MachZkServiceManagerVerifierChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachZkServiceManagerVerifierChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachZkServiceManagerVerifierChanged represents a VerifierChanged event raised by the MachZkServiceManager contract.
type MachZkServiceManagerVerifierChanged struct {
	PreviousVerifier common.Address
	NewVerifier      common.Address
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterVerifierChanged is a free log retrieval operation binding the contract event 0x0ddda8be1021ab00f63727c5c5504ad96b163269770a3fe8ac3dd0bcb40208df.
//
// Solidity: event VerifierChanged(address indexed previousVerifier, address indexed newVerifier)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) FilterVerifierChanged(opts *bind.FilterOpts, previousVerifier []common.Address, newVerifier []common.Address) (*MachZkServiceManagerVerifierChangedIterator, error) {

	var previousVerifierRule []interface{}
	for _, previousVerifierItem := range previousVerifier {
		previousVerifierRule = append(previousVerifierRule, previousVerifierItem)
	}
	var newVerifierRule []interface{}
	for _, newVerifierItem := range newVerifier {
		newVerifierRule = append(newVerifierRule, newVerifierItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.FilterLogs(opts, "VerifierChanged", previousVerifierRule, newVerifierRule)
	if err != nil {
		return nil, err
	}
	return &MachZkServiceManagerVerifierChangedIterator{contract: _MachZkServiceManager.contract, event: "VerifierChanged", logs: logs, sub: sub}, nil
}

// WatchVerifierChanged is a free log subscription operation binding the contract event 0x0ddda8be1021ab00f63727c5c5504ad96b163269770a3fe8ac3dd0bcb40208df.
//
// Solidity: event VerifierChanged(address indexed previousVerifier, address indexed newVerifier)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) WatchVerifierChanged(opts *bind.WatchOpts, sink chan<- *MachZkServiceManagerVerifierChanged, previousVerifier []common.Address, newVerifier []common.Address) (event.Subscription, error) {

	var previousVerifierRule []interface{}
	for _, previousVerifierItem := range previousVerifier {
		previousVerifierRule = append(previousVerifierRule, previousVerifierItem)
	}
	var newVerifierRule []interface{}
	for _, newVerifierItem := range newVerifier {
		newVerifierRule = append(newVerifierRule, newVerifierItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.WatchLogs(opts, "VerifierChanged", previousVerifierRule, newVerifierRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachZkServiceManagerVerifierChanged)
				if err := _MachZkServiceManager.contract.UnpackLog(event, "VerifierChanged", log); err != nil {
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
func (_MachZkServiceManager *MachZkServiceManagerFilterer) ParseVerifierChanged(log types.Log) (*MachZkServiceManagerVerifierChanged, error) {
	event := new(MachZkServiceManagerVerifierChanged)
	if err := _MachZkServiceManager.contract.UnpackLog(event, "VerifierChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MachZkServiceManagerWhitelisterChangedIterator is returned from FilterWhitelisterChanged and is used to iterate over the raw logs and unpacked data for WhitelisterChanged events raised by the MachZkServiceManager contract.
type MachZkServiceManagerWhitelisterChangedIterator struct {
	Event *MachZkServiceManagerWhitelisterChanged // Event containing the contract specifics and raw log

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
func (it *MachZkServiceManagerWhitelisterChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MachZkServiceManagerWhitelisterChanged)
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
		it.Event = new(MachZkServiceManagerWhitelisterChanged)
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
func (it *MachZkServiceManagerWhitelisterChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MachZkServiceManagerWhitelisterChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MachZkServiceManagerWhitelisterChanged represents a WhitelisterChanged event raised by the MachZkServiceManager contract.
type MachZkServiceManagerWhitelisterChanged struct {
	PreviousWhitelister common.Address
	NewWhitelister      common.Address
	Raw                 types.Log // Blockchain specific contextual infos
}

// FilterWhitelisterChanged is a free log retrieval operation binding the contract event 0x1d7f4da50d8af7a6cea3e56e235c952f5a92d4c862da2d587f7b67f6d0156bb2.
//
// Solidity: event WhitelisterChanged(address indexed previousWhitelister, address indexed newWhitelister)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) FilterWhitelisterChanged(opts *bind.FilterOpts, previousWhitelister []common.Address, newWhitelister []common.Address) (*MachZkServiceManagerWhitelisterChangedIterator, error) {

	var previousWhitelisterRule []interface{}
	for _, previousWhitelisterItem := range previousWhitelister {
		previousWhitelisterRule = append(previousWhitelisterRule, previousWhitelisterItem)
	}
	var newWhitelisterRule []interface{}
	for _, newWhitelisterItem := range newWhitelister {
		newWhitelisterRule = append(newWhitelisterRule, newWhitelisterItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.FilterLogs(opts, "WhitelisterChanged", previousWhitelisterRule, newWhitelisterRule)
	if err != nil {
		return nil, err
	}
	return &MachZkServiceManagerWhitelisterChangedIterator{contract: _MachZkServiceManager.contract, event: "WhitelisterChanged", logs: logs, sub: sub}, nil
}

// WatchWhitelisterChanged is a free log subscription operation binding the contract event 0x1d7f4da50d8af7a6cea3e56e235c952f5a92d4c862da2d587f7b67f6d0156bb2.
//
// Solidity: event WhitelisterChanged(address indexed previousWhitelister, address indexed newWhitelister)
func (_MachZkServiceManager *MachZkServiceManagerFilterer) WatchWhitelisterChanged(opts *bind.WatchOpts, sink chan<- *MachZkServiceManagerWhitelisterChanged, previousWhitelister []common.Address, newWhitelister []common.Address) (event.Subscription, error) {

	var previousWhitelisterRule []interface{}
	for _, previousWhitelisterItem := range previousWhitelister {
		previousWhitelisterRule = append(previousWhitelisterRule, previousWhitelisterItem)
	}
	var newWhitelisterRule []interface{}
	for _, newWhitelisterItem := range newWhitelister {
		newWhitelisterRule = append(newWhitelisterRule, newWhitelisterItem)
	}

	logs, sub, err := _MachZkServiceManager.contract.WatchLogs(opts, "WhitelisterChanged", previousWhitelisterRule, newWhitelisterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MachZkServiceManagerWhitelisterChanged)
				if err := _MachZkServiceManager.contract.UnpackLog(event, "WhitelisterChanged", log); err != nil {
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
func (_MachZkServiceManager *MachZkServiceManagerFilterer) ParseWhitelisterChanged(log types.Log) (*MachZkServiceManagerWhitelisterChanged, error) {
	event := new(MachZkServiceManagerWhitelisterChanged)
	if err := _MachZkServiceManager.contract.UnpackLog(event, "WhitelisterChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
