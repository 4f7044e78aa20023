package l2

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// OP Stack predeploys and system accounts (addresses from the OP Stack specs).
var (
	// L1BlockAddr holds the L1 attributes the sequencer writes at the start of every block.
	L1BlockAddr = common.HexToAddress("0x4200000000000000000000000000000000000015")
	// MessagePasserAddr is L2ToL1MessagePasser; after Isthmus every header's WithdrawalsHash is its storage root.
	MessagePasserAddr = common.HexToAddress("0x4200000000000000000000000000000000000016")
	// GasPriceOracleAddr answers getL1Fee and friends for wallets, reading L1Block.
	GasPriceOracleAddr = common.HexToAddress("0x420000000000000000000000000000000000000F")
	// SequencerFeeVaultAddr receives priority fees (the blocks' coinbase).
	SequencerFeeVaultAddr = common.HexToAddress("0x4200000000000000000000000000000000000011")
	// DepositorAddr is the system account that sends the L1-info deposit.
	DepositorAddr = common.HexToAddress("0xDeaDDEaDDeAdDeAdDEAdDEaddeAddEAdDEAd0001")
)

// EIP-1559 parameters: OP mainnet's denominator and elasticity, in the chain config and in every block's Holocene
// extraData.
const (
	eip1559Denominator = 250
	eip1559Elasticity  = 6
)

// l1InfoGas is the gas limit of the L1-info deposit, as op-node sets it after Regolith.
const l1InfoGas = 1_000_000

// devBalance is what every dev account starts with: 10,000 ETH.
var devBalance = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))

// devKeys derives n deterministic dev keys: key i is keccak256("mach-l2-dev-<i>"). They are public test keys.
func devKeys(n int) ([]*ecdsa.PrivateKey, error) {
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("mach-l2-dev-%d", i))))
		if err != nil {
			return nil, fmt.Errorf("derive dev key %d: %w", i, err)
		}
		keys[i] = k
	}
	return keys, nil
}

// chainConfig returns params.OptimismTestConfig (every OP fork through Isthmus active at genesis, Jovian and
// Interop off) with the given chain ID and the EIP-1559 parameters above.
func chainConfig(chainID uint64) *params.ChainConfig {
	cfg := *params.OptimismTestConfig
	cfg.ChainID = new(big.Int).SetUint64(chainID)
	op := *cfg.Optimism
	op.EIP1559Elasticity = eip1559Elasticity
	op.EIP1559Denominator = eip1559Denominator
	denom := uint64(eip1559Denominator)
	op.EIP1559DenominatorCanyon = &denom
	cfg.Optimism = &op
	return &cfg
}

// l1Origin is the L1 block an L2 block claims as its origin. The devnet L2 has no real L1 behind its deposits, so
// origins are synthesised: a new L1 block every l1Epoch L2 blocks, with fixed fee parameters so L1 data fees are
// non-zero and predictable.
type l1Origin struct {
	Number, Time      uint64
	BaseFee           *big.Int
	BlobBaseFee       *big.Int
	Hash, BatcherHash common.Hash
	BaseFeeScalar     uint32
	BlobBaseFeeScalar uint32
	SequenceNumber    uint64 // L2 blocks since the origin changed
}

// l1Epoch is how many L2 blocks share one L1 origin (12 s L1 slots, 2 s L2 blocks).
const l1Epoch = 6

// l1OriginFor returns the synthetic L1 origin of L2 block number on a chain whose genesis is at genesisTime.
func l1OriginFor(chainID, genesisTime, number uint64) l1Origin {
	n := number / l1Epoch
	var buf [16]byte
	binary.BigEndian.PutUint64(buf[:8], chainID)
	binary.BigEndian.PutUint64(buf[8:], n)
	return l1Origin{
		Number:            n,
		Time:              genesisTime + 12*n,
		BaseFee:           big.NewInt(params.GWei),
		BlobBaseFee:       big.NewInt(1),
		Hash:              crypto.Keccak256Hash([]byte("mach-devnet-l1"), buf[:]),
		BatcherHash:       common.BytesToHash(common.HexToAddress("0x6887246668a3b87F54DeB3b94Ba47a6f63F32985").Bytes()),
		BaseFeeScalar:     1368,   // OP mainnet's Ecotone scalars
		BlobBaseFeeScalar: 810949, //
		SequenceNumber:    number % l1Epoch,
	}
}

// ecotoneCalldata encodes setL1BlockValuesEcotone() with its packed arguments (164 bytes), the format op-geth's
// receipt code parses (core/types/rollup_cost.go extractL1GasParamsPostEcotone). The L1Block of contracts-bedrock
// 0.17.3 predates setL1BlockValuesIsthmus; op-geth accepts the Ecotone selector in Isthmus blocks and then charges
// no operator fee.
func (o l1Origin) ecotoneCalldata() []byte {
	data := make([]byte, 0, 164)
	data = append(data, types.EcotoneL1AttributesSelector...)
	data = binary.BigEndian.AppendUint32(data, o.BaseFeeScalar)
	data = binary.BigEndian.AppendUint32(data, o.BlobBaseFeeScalar)
	data = binary.BigEndian.AppendUint64(data, o.SequenceNumber)
	data = binary.BigEndian.AppendUint64(data, o.Time)
	data = binary.BigEndian.AppendUint64(data, o.Number)
	data = append(data, common.BigToHash(o.BaseFee).Bytes()...)
	data = append(data, common.BigToHash(o.BlobBaseFee).Bytes()...)
	data = append(data, o.Hash.Bytes()...)
	data = append(data, o.BatcherHash.Bytes()...)
	return data
}

// storage returns the L1Block storage that setL1BlockValuesEcotone leaves for o (layout checked against the
// artifact by TestPredeploysGenerated). Genesis starts with it so fees are priced before block 1.
func (o l1Origin) storage() map[common.Hash]common.Hash {
	var slot0, slot3 common.Hash
	binary.BigEndian.PutUint64(slot0[24:], o.Number) // offset 0
	binary.BigEndian.PutUint64(slot0[16:], o.Time)   // offset 8
	binary.BigEndian.PutUint64(slot3[24:], o.SequenceNumber)
	binary.BigEndian.PutUint32(slot3[20:], o.BlobBaseFeeScalar) // offset 8
	binary.BigEndian.PutUint32(slot3[16:], o.BaseFeeScalar)     // offset 12
	return map[common.Hash]common.Hash{
		common.BigToHash(big.NewInt(0)): slot0,
		types.L1BaseFeeSlot:             common.BigToHash(o.BaseFee),
		common.BigToHash(big.NewInt(2)): o.Hash,
		types.L1FeeScalarsSlot:          slot3,
		common.BigToHash(big.NewInt(4)): o.BatcherHash,
		types.L1BlobBaseFeeSlot:         common.BigToHash(o.BlobBaseFee),
	}
}

// l1InfoDeposit returns the L1-info deposit that opens L2 block number: a call from the depositor to L1Block with
// the origin's attributes. Its source hash follows the spec: keccak256(bytes32(1) ++ keccak256(l1Hash ++
// bytes32(sequenceNumber))).
func l1InfoDeposit(o l1Origin) *types.DepositTx {
	to := L1BlockAddr
	return &types.DepositTx{
		SourceHash: depositSourceHash(1, o.Hash, o.SequenceNumber),
		From:       DepositorAddr,
		To:         &to,
		Value:      new(big.Int),
		Gas:        l1InfoGas,
		Data:       o.ecotoneCalldata(),
	}
}

// depositSourceHash is keccak256(bytes32(domain) ++ keccak256(l1Hash ++ bytes32(index))); domain 0 is a user
// deposit (index = L1 log index), domain 1 an L1-info deposit (index = sequence number).
func depositSourceHash(domain uint64, l1Hash common.Hash, index uint64) common.Hash {
	inner := crypto.Keccak256Hash(l1Hash.Bytes(), common.BigToHash(new(big.Int).SetUint64(index)).Bytes())
	return crypto.Keccak256Hash(common.BigToHash(new(big.Int).SetUint64(domain)).Bytes(), inner.Bytes())
}

// genesis returns the L2 genesis: dev accounts funded, the OP predeploys L1Block (with block 0's L1 attributes),
// L2ToL1MessagePasser and GasPriceOracle (flagged Ecotone and Fjord), and the EIP-4788 and EIP-2935 system
// contracts that OP chains carry since Ecotone and Isthmus. Predeploys sit at their addresses directly, without
// the proxies of a production chain.
func genesis(cfg *params.ChainConfig, timestamp, gasLimit uint64, keys []*ecdsa.PrivateKey) *core.Genesis {
	alloc := types.GenesisAlloc{
		L1BlockAddr: {
			Code:    l1BlockCode,
			Balance: new(big.Int),
			Storage: l1OriginFor(cfg.ChainID.Uint64(), timestamp, 0).storage(),
		},
		MessagePasserAddr: {Code: messagePasserCode, Balance: new(big.Int)},
		GasPriceOracleAddr: {
			Code:    gasPriceOracleCode,
			Balance: new(big.Int),
			// isEcotone (slot 0, offset 0) and isFjord (slot 0, offset 1)
			Storage: map[common.Hash]common.Hash{{}: common.BigToHash(big.NewInt(0x0101))},
		},
		params.BeaconRootsAddress:    {Nonce: 1, Code: params.BeaconRootsCode, Balance: new(big.Int)},
		params.HistoryStorageAddress: {Nonce: 1, Code: params.HistoryStorageCode, Balance: new(big.Int)},
	}
	for _, k := range keys {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Set(devBalance)}
	}
	return &core.Genesis{
		Config:     cfg,
		Timestamp:  timestamp,
		ExtraData:  eip1559.EncodeHoloceneExtraData(eip1559Denominator, eip1559Elasticity),
		GasLimit:   gasLimit,
		Difficulty: new(big.Int),
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Alloc:      alloc,
	}
}
