// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package risczeromockverifier

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

// IRiscZeroVerifierReceipt is an auto generated low-level Go binding around an user-defined struct.
type IRiscZeroVerifierReceipt struct {
	Seal        []byte
	ClaimDigest [32]byte
}

// RiscZeroMockVerifierMetaData contains all meta data concerning the RiscZeroMockVerifier contract.
var RiscZeroMockVerifierMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"selector\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"SEAL_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SELECTOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isDevnetChain\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"mockSeal\",\"inputs\":[{\"name\":\"imageId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"journalDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verify\",\"inputs\":[{\"name\":\"seal\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"imageId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"journalDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifyIntegrity\",\"inputs\":[{\"name\":\"receipt\",\"type\":\"tuple\",\"internalType\":\"structIRiscZeroVerifier.Receipt\",\"components\":[{\"name\":\"seal\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"claimDigest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"error\",\"name\":\"InvalidSealLength\",\"inputs\":[{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotADevnet\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SelectorMismatch\",\"inputs\":[{\"name\":\"received\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"},{\"name\":\"expected\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}]},{\"type\":\"error\",\"name\":\"VerificationFailed\",\"inputs\":[]}]",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516107ac3803806107ac83398101604081905261002e91610084565b6100374661006c565b61005a576040516333088ad160e01b815246600482015260240160405180910390fd5b6001600160e01b0319166080526100b2565b5f81617a69148061007e575081610539145b92915050565b5f60208284031215610094575f5ffd5b81516001600160e01b0319811681146100ab575f5ffd5b9392505050565b6080516106ce6100de5f395f818160690152818161017a01528181610221015261027a01526106ce5ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c8063053c238d146100645780631599ead5146100a95780637edb1950146100be578063ab750e75146100e1578063ecb35f4b146100f4578063f3b7855714610114575b5f5ffd5b61008b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160e01b031990911681526020015b60405180910390f35b6100bc6100b73660046104be565b61012a565b005b6100d16100cc3660046104f5565b610144565b60405190151581526020016100a0565b6100bc6100ef36600461050c565b61015c565b610107610102366004610586565b610176565b6040516100a091906105a6565b61011c602481565b6040519081526020016100a0565b61014161013782806105db565b83602001356101d6565b50565b5f81617a691480610156575081610539145b92915050565b610170848461016b8585610306565b6101d6565b50505050565b60607f00000000000000000000000000000000000000000000000000000000000000006101a38484610306565b6040516001600160e01b031990921660208301526024820152604401604051602081830303815290604052905092915050565b600482101561020657604051632fc4eb0560e21b8152600481018390526024808201526044015b60405180910390fd5b5f6102146004828587610625565b61021d9161064c565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160e01b031916816001600160e01b031916146102a757604051632e2ce35360e21b81526001600160e01b031980831660048301527f00000000000000000000000000000000000000000000000000000000000000001660248201526044016101fd565b602483146102d157604051632fc4eb0560e21b8152600481018490526024808201526044016101fd565b816102df8460048188610625565b6102e891610684565b146101705760405163439cc0cd60e01b815260040160405180910390fd5b5f61033e81847fa3acc27117418996340b84e5a90f3ef4c49d22c79e44aad822ec9c313e1eb8e26103378684610345565b5f5f6103e6565b9392505050565b604080517f77eafeb366a78b47747de0d7bb176284085ff5564887009a5be63da32d3559d4602082015290810183905260608101829052600160f91b60808201525f9060029060820160408051601f19818403018152908290526103a8916106a1565b602060405180830381855afa1580156103c3573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061033e91906106b7565b604080517fcb1fefcd1f2d9a64975cbbbf6e161e2914434b0cbb9960b84df5d717e86b48af6020820152908101879052606081018690526080810185905260a081018490526001600160f81b031960f884811b821660c084015283901b1660c4820152600160fa1b60c88201525f9060029060ca0160408051601f1981840301815290829052610475916106a1565b602060405180830381855afa158015610490573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906104b391906106b7565b979650505050505050565b5f602082840312156104ce575f5ffd5b813567ffffffffffffffff8111156104e4575f5ffd5b82016040818503121561033e575f5ffd5b5f60208284031215610505575f5ffd5b5035919050565b5f5f5f5f6060858703121561051f575f5ffd5b843567ffffffffffffffff811115610535575f5ffd5b8501601f81018713610545575f5ffd5b803567ffffffffffffffff81111561055b575f5ffd5b87602082840101111561056c575f5ffd5b602091820198909750908601359560400135945092505050565b5f5f60408385031215610597575f5ffd5b50508035926020909101359150565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f8335601e198436030181126105f0575f5ffd5b83018035915067ffffffffffffffff82111561060a575f5ffd5b60200191503681900382131561061e575f5ffd5b9250929050565b5f5f85851115610633575f5ffd5b8386111561063f575f5ffd5b5050820193919092039150565b80356001600160e01b0319811690600484101561067d576001600160e01b0319600485900360031b81901b82161691505b5092915050565b80356020831015610156575f19602084900360031b1b1692915050565b5f82518060208501845e5f920191825250919050565b5f602082840312156106c7575f5ffd5b505191905056",
}

// RiscZeroMockVerifierABI is the input ABI used to generate the binding from.
// Deprecated: Use RiscZeroMockVerifierMetaData.ABI instead.
var RiscZeroMockVerifierABI = RiscZeroMockVerifierMetaData.ABI

// RiscZeroMockVerifierBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RiscZeroMockVerifierMetaData.Bin instead.
var RiscZeroMockVerifierBin = RiscZeroMockVerifierMetaData.Bin

// DeployRiscZeroMockVerifier deploys a new Ethereum contract, binding an instance of RiscZeroMockVerifier to it.
func DeployRiscZeroMockVerifier(auth *bind.TransactOpts, backend bind.ContractBackend, selector [4]byte) (common.Address, *types.Transaction, *RiscZeroMockVerifier, error) {
	parsed, err := RiscZeroMockVerifierMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RiscZeroMockVerifierBin), backend, selector)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RiscZeroMockVerifier{RiscZeroMockVerifierCaller: RiscZeroMockVerifierCaller{contract: contract}, RiscZeroMockVerifierTransactor: RiscZeroMockVerifierTransactor{contract: contract}, RiscZeroMockVerifierFilterer: RiscZeroMockVerifierFilterer{contract: contract}}, nil
}

// RiscZeroMockVerifier is an auto generated Go binding around an Ethereum contract.
type RiscZeroMockVerifier struct {
	RiscZeroMockVerifierCaller     // Read-only binding to the contract
	RiscZeroMockVerifierTransactor // Write-only binding to the contract
	RiscZeroMockVerifierFilterer   // Log filterer for contract events
}

// RiscZeroMockVerifierCaller is an auto generated read-only Go binding around an Ethereum contract.
type RiscZeroMockVerifierCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RiscZeroMockVerifierTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RiscZeroMockVerifierTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RiscZeroMockVerifierFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RiscZeroMockVerifierFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RiscZeroMockVerifierSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RiscZeroMockVerifierSession struct {
	Contract     *RiscZeroMockVerifier // Generic contract binding to set the session for
	CallOpts     bind.CallOpts         // Call options to use throughout this session
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// RiscZeroMockVerifierCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RiscZeroMockVerifierCallerSession struct {
	Contract *RiscZeroMockVerifierCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts               // Call options to use throughout this session
}

// RiscZeroMockVerifierTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RiscZeroMockVerifierTransactorSession struct {
	Contract     *RiscZeroMockVerifierTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts               // Transaction auth options to use throughout this session
}

// RiscZeroMockVerifierRaw is an auto generated low-level Go binding around an Ethereum contract.
type RiscZeroMockVerifierRaw struct {
	Contract *RiscZeroMockVerifier // Generic contract binding to access the raw methods on
}

// RiscZeroMockVerifierCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RiscZeroMockVerifierCallerRaw struct {
	Contract *RiscZeroMockVerifierCaller // Generic read-only contract binding to access the raw methods on
}

// RiscZeroMockVerifierTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RiscZeroMockVerifierTransactorRaw struct {
	Contract *RiscZeroMockVerifierTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRiscZeroMockVerifier creates a new instance of RiscZeroMockVerifier, bound to a specific deployed contract.
func NewRiscZeroMockVerifier(address common.Address, backend bind.ContractBackend) (*RiscZeroMockVerifier, error) {
	contract, err := bindRiscZeroMockVerifier(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RiscZeroMockVerifier{RiscZeroMockVerifierCaller: RiscZeroMockVerifierCaller{contract: contract}, RiscZeroMockVerifierTransactor: RiscZeroMockVerifierTransactor{contract: contract}, RiscZeroMockVerifierFilterer: RiscZeroMockVerifierFilterer{contract: contract}}, nil
}

// NewRiscZeroMockVerifierCaller creates a new read-only instance of RiscZeroMockVerifier, bound to a specific deployed contract.
func NewRiscZeroMockVerifierCaller(address common.Address, caller bind.ContractCaller) (*RiscZeroMockVerifierCaller, error) {
	contract, err := bindRiscZeroMockVerifier(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RiscZeroMockVerifierCaller{contract: contract}, nil
}

// NewRiscZeroMockVerifierTransactor creates a new write-only instance of RiscZeroMockVerifier, bound to a specific deployed contract.
func NewRiscZeroMockVerifierTransactor(address common.Address, transactor bind.ContractTransactor) (*RiscZeroMockVerifierTransactor, error) {
	contract, err := bindRiscZeroMockVerifier(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RiscZeroMockVerifierTransactor{contract: contract}, nil
}

// NewRiscZeroMockVerifierFilterer creates a new log filterer instance of RiscZeroMockVerifier, bound to a specific deployed contract.
func NewRiscZeroMockVerifierFilterer(address common.Address, filterer bind.ContractFilterer) (*RiscZeroMockVerifierFilterer, error) {
	contract, err := bindRiscZeroMockVerifier(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RiscZeroMockVerifierFilterer{contract: contract}, nil
}

// bindRiscZeroMockVerifier binds a generic wrapper to an already deployed contract.
func bindRiscZeroMockVerifier(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RiscZeroMockVerifierMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RiscZeroMockVerifier *RiscZeroMockVerifierRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RiscZeroMockVerifier.Contract.RiscZeroMockVerifierCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RiscZeroMockVerifier *RiscZeroMockVerifierRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RiscZeroMockVerifier.Contract.RiscZeroMockVerifierTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RiscZeroMockVerifier *RiscZeroMockVerifierRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RiscZeroMockVerifier.Contract.RiscZeroMockVerifierTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RiscZeroMockVerifier *RiscZeroMockVerifierCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RiscZeroMockVerifier.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RiscZeroMockVerifier *RiscZeroMockVerifierTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RiscZeroMockVerifier.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RiscZeroMockVerifier *RiscZeroMockVerifierTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RiscZeroMockVerifier.Contract.contract.Transact(opts, method, params...)
}

// SEALLENGTH is a free data retrieval call binding the contract method 0xf3b78557.
//
// Solidity: function SEAL_LENGTH() view returns(uint256)
func (_RiscZeroMockVerifier *RiscZeroMockVerifierCaller) SEALLENGTH(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RiscZeroMockVerifier.contract.Call(opts, &out, "SEAL_LENGTH")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SEALLENGTH is a free data retrieval call binding the contract method 0xf3b78557.
//
// Solidity: function SEAL_LENGTH() view returns(uint256)
func (_RiscZeroMockVerifier *RiscZeroMockVerifierSession) SEALLENGTH() (*big.Int, error) {
	return _RiscZeroMockVerifier.Contract.SEALLENGTH(&_RiscZeroMockVerifier.CallOpts)
}

// SEALLENGTH is a free data retrieval call binding the contract method 0xf3b78557.
//
// Solidity: function SEAL_LENGTH() view returns(uint256)
func (_RiscZeroMockVerifier *RiscZeroMockVerifierCallerSession) SEALLENGTH() (*big.Int, error) {
	return _RiscZeroMockVerifier.Contract.SEALLENGTH(&_RiscZeroMockVerifier.CallOpts)
}

// SELECTOR is a free data retrieval call binding the contract method 0x053c238d.
//
// Solidity: function SELECTOR() view returns(bytes4)
func (_RiscZeroMockVerifier *RiscZeroMockVerifierCaller) SELECTOR(opts *bind.CallOpts) ([4]byte, error) {
	var out []interface{}
	err := _RiscZeroMockVerifier.contract.Call(opts, &out, "SELECTOR")

	if err != nil {
		return *new([4]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)

	return out0, err

}

// SELECTOR is a free data retrieval call binding the contract method 0x053c238d.
//
// Solidity: function SELECTOR() view returns(bytes4)
func (_RiscZeroMockVerifier *RiscZeroMockVerifierSession) SELECTOR() ([4]byte, error) {
	return _RiscZeroMockVerifier.Contract.SELECTOR(&_RiscZeroMockVerifier.CallOpts)
}

// SELECTOR is a free data retrieval call binding the contract method 0x053c238d.
//
// Solidity: function SELECTOR() view returns(bytes4)
func (_RiscZeroMockVerifier *RiscZeroMockVerifierCallerSession) SELECTOR() ([4]byte, error) {
	return _RiscZeroMockVerifier.Contract.SELECTOR(&_RiscZeroMockVerifier.CallOpts)
}

// IsDevnetChain is a free data retrieval call binding the contract method 0x7edb1950.
//
// Solidity: function isDevnetChain(uint256 chainId) pure returns(bool)
func (_RiscZeroMockVerifier *RiscZeroMockVerifierCaller) IsDevnetChain(opts *bind.CallOpts, chainId *big.Int) (bool, error) {
	var out []interface{}
	err := _RiscZeroMockVerifier.contract.Call(opts, &out, "isDevnetChain", chainId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsDevnetChain is a free data retrieval call binding the contract method 0x7edb1950.
//
// Solidity: function isDevnetChain(uint256 chainId) pure returns(bool)
func (_RiscZeroMockVerifier *RiscZeroMockVerifierSession) IsDevnetChain(chainId *big.Int) (bool, error) {
	return _RiscZeroMockVerifier.Contract.IsDevnetChain(&_RiscZeroMockVerifier.CallOpts, chainId)
}

// IsDevnetChain is a free data retrieval call binding the contract method 0x7edb1950.
//
// Solidity: function isDevnetChain(uint256 chainId) pure returns(bool)
func (_RiscZeroMockVerifier *RiscZeroMockVerifierCallerSession) IsDevnetChain(chainId *big.Int) (bool, error) {
	return _RiscZeroMockVerifier.Contract.IsDevnetChain(&_RiscZeroMockVerifier.CallOpts, chainId)
}

// MockSeal is a free data retrieval call binding the contract method 0xecb35f4b.
//
// Solidity: function mockSeal(bytes32 imageId, bytes32 journalDigest) view returns(bytes)
func (_RiscZeroMockVerifier *RiscZeroMockVerifierCaller) MockSeal(opts *bind.CallOpts, imageId [32]byte, journalDigest [32]byte) ([]byte, error) {
	var out []interface{}
	err := _RiscZeroMockVerifier.contract.Call(opts, &out, "mockSeal", imageId, journalDigest)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// MockSeal is a free data retrieval call binding the contract method 0xecb35f4b.
//
// Solidity: function mockSeal(bytes32 imageId, bytes32 journalDigest) view returns(bytes)
func (_RiscZeroMockVerifier *RiscZeroMockVerifierSession) MockSeal(imageId [32]byte, journalDigest [32]byte) ([]byte, error) {
	return _RiscZeroMockVerifier.Contract.MockSeal(&_RiscZeroMockVerifier.CallOpts, imageId, journalDigest)
}

// MockSeal is a free data retrieval call binding the contract method 0xecb35f4b.
//
// Solidity: function mockSeal(bytes32 imageId, bytes32 journalDigest) view returns(bytes)
func (_RiscZeroMockVerifier *RiscZeroMockVerifierCallerSession) MockSeal(imageId [32]byte, journalDigest [32]byte) ([]byte, error) {
	return _RiscZeroMockVerifier.Contract.MockSeal(&_RiscZeroMockVerifier.CallOpts, imageId, journalDigest)
}

// Verify is a free data retrieval call binding the contract method 0xab750e75.
//
// Solidity: function verify(bytes seal, bytes32 imageId, bytes32 journalDigest) view returns()
func (_RiscZeroMockVerifier *RiscZeroMockVerifierCaller) Verify(opts *bind.CallOpts, seal []byte, imageId [32]byte, journalDigest [32]byte) error {
	var out []interface{}
	err := _RiscZeroMockVerifier.contract.Call(opts, &out, "verify", seal, imageId, journalDigest)

	if err != nil {
		return err
	}

	return err

}

// Verify is a free data retrieval call binding the contract method 0xab750e75.
//
// Solidity: function verify(bytes seal, bytes32 imageId, bytes32 journalDigest) view returns()
func (_RiscZeroMockVerifier *RiscZeroMockVerifierSession) Verify(seal []byte, imageId [32]byte, journalDigest [32]byte) error {
	return _RiscZeroMockVerifier.Contract.Verify(&_RiscZeroMockVerifier.CallOpts, seal, imageId, journalDigest)
}

// Verify is a free data retrieval call binding the contract method 0xab750e75.
//
// Solidity: function verify(bytes seal, bytes32 imageId, bytes32 journalDigest) view returns()
func (_RiscZeroMockVerifier *RiscZeroMockVerifierCallerSession) Verify(seal []byte, imageId [32]byte, journalDigest [32]byte) error {
	return _RiscZeroMockVerifier.Contract.Verify(&_RiscZeroMockVerifier.CallOpts, seal, imageId, journalDigest)
}

// VerifyIntegrity is a free data retrieval call binding the contract method 0x1599ead5.
//
// Solidity: function verifyIntegrity((bytes,bytes32) receipt) view returns()
func (_RiscZeroMockVerifier *RiscZeroMockVerifierCaller) VerifyIntegrity(opts *bind.CallOpts, receipt IRiscZeroVerifierReceipt) error {
	var out []interface{}
	err := _RiscZeroMockVerifier.contract.Call(opts, &out, "verifyIntegrity", receipt)

	if err != nil {
		return err
	}

	return err

}

// VerifyIntegrity is a free data retrieval call binding the contract method 0x1599ead5.
//
// Solidity: function verifyIntegrity((bytes,bytes32) receipt) view returns()
func (_RiscZeroMockVerifier *RiscZeroMockVerifierSession) VerifyIntegrity(receipt IRiscZeroVerifierReceipt) error {
	return _RiscZeroMockVerifier.Contract.VerifyIntegrity(&_RiscZeroMockVerifier.CallOpts, receipt)
}

// VerifyIntegrity is a free data retrieval call binding the contract method 0x1599ead5.
//
// Solidity: function verifyIntegrity((bytes,bytes32) receipt) view returns()
func (_RiscZeroMockVerifier *RiscZeroMockVerifierCallerSession) VerifyIntegrity(receipt IRiscZeroVerifierReceipt) error {
	return _RiscZeroMockVerifier.Contract.VerifyIntegrity(&_RiscZeroMockVerifier.CallOpts, receipt)
}
