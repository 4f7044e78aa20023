// Package alert defines Mach's alert messages and their hashes. It is the single source of truth shared with
// Solidity (contracts/src/libraries/AlertHash.sol): each kind hashes to keccak256(abi.encode(kindTag, fields...)),
// and operators sign the domain-separated Digest, which binds a message hash to one L1 chain, one service manager,
// one rollup and one reference block so no signature can be replayed elsewhere.
package alert

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Kind names an alert type.
type Kind uint8

// The alert kinds, as the signer's JSON-RPC methods name them.
const (
	// KindBlockMismatch: a block's output root differs from the re-executed one.
	KindBlockMismatch Kind = iota + 1
	// KindOutputOracleMismatch: an output root posted to L1 differs from the re-executed one.
	KindOutputOracleMismatch
	// KindBlockHashMismatch: a block hash differs from the re-executed block's hash.
	KindBlockHashMismatch
)

// String returns the kind's name as used in logs and JSON.
func (k Kind) String() string {
	switch k {
	case KindBlockMismatch:
		return "BlockMismatch"
	case KindOutputOracleMismatch:
		return "OutputOracleMismatch"
	case KindBlockHashMismatch:
		return "BlockHashMismatch"
	default:
		return fmt.Sprintf("Kind(%d)", uint8(k))
	}
}

// Tags, identical to AlertHash.sol's constants.
var (
	DomainTag               = crypto.Keccak256Hash([]byte("mach.alert.digest.v1"))
	BlockMismatchTag        = crypto.Keccak256Hash([]byte("mach.alert.BlockMismatch.v1"))
	OutputOracleMismatchTag = crypto.Keccak256Hash([]byte("mach.alert.OutputOracleMismatch.v1"))
	BlockHashMismatchTag    = crypto.Keccak256Hash([]byte("mach.alert.BlockHashMismatch.v1"))
)

// ErrSameRoot is returned by Validate when an alert claims a value differs from itself.
var ErrSameRoot = errors.New("alert: invalid and expected values are equal")

// Alert is one alert message of any kind.
type Alert interface {
	// Kind names the alert type.
	Kind() Kind
	// MessageHash is the hash confirmed on L1 and stored by the service manager.
	MessageHash() common.Hash
	// Validate rejects alerts that cannot be true whatever the chain says.
	Validate() error
}

// BlockMismatch says the output root of L2 block L2BlockNumber is ExpectOutputRoot, not InvalidOutputRoot.
type BlockMismatch struct {
	InvalidOutputRoot common.Hash `json:"invalidOutputRoot"`
	ExpectOutputRoot  common.Hash `json:"expectOutputRoot"`
	L2BlockNumber     uint64      `json:"l2BlockNumber"`
}

// OutputOracleMismatch says the output at InvalidOutputIndex of the L2OutputOracle should be ExpectOutputRoot.
type OutputOracleMismatch struct {
	InvalidOutputIndex uint64      `json:"invalidOutputIndex"`
	ExpectOutputRoot   common.Hash `json:"expectOutputRoot"`
}

// BlockHashMismatch says the hash of L2 block L2BlockNumber is ExpectBlockHash, not InvalidBlockHash.
type BlockHashMismatch struct {
	InvalidBlockHash common.Hash `json:"invalidBlockHash"`
	ExpectBlockHash  common.Hash `json:"expectBlockHash"`
	L2BlockNumber    uint64      `json:"l2BlockNumber"`
}

var (
	_ Alert = BlockMismatch{}
	_ Alert = OutputOracleMismatch{}
	_ Alert = BlockHashMismatch{}
)

// Kind implements Alert.
func (BlockMismatch) Kind() Kind { return KindBlockMismatch }

// MessageHash implements Alert.
func (a BlockMismatch) MessageHash() common.Hash {
	return hashWords(BlockMismatchTag, a.InvalidOutputRoot, a.ExpectOutputRoot, uintWord(a.L2BlockNumber))
}

// Validate implements Alert.
func (a BlockMismatch) Validate() error {
	if a.InvalidOutputRoot == a.ExpectOutputRoot {
		return fmt.Errorf("block %d output root %s: %w", a.L2BlockNumber, a.ExpectOutputRoot, ErrSameRoot)
	}
	return nil
}

// Kind implements Alert.
func (OutputOracleMismatch) Kind() Kind { return KindOutputOracleMismatch }

// MessageHash implements Alert.
func (a OutputOracleMismatch) MessageHash() common.Hash {
	return hashWords(OutputOracleMismatchTag, uintWord(a.InvalidOutputIndex), a.ExpectOutputRoot)
}

// Validate implements Alert.
func (a OutputOracleMismatch) Validate() error {
	if a.ExpectOutputRoot == (common.Hash{}) {
		return fmt.Errorf("alert: output index %d: expected output root is zero", a.InvalidOutputIndex)
	}
	return nil
}

// Kind implements Alert.
func (BlockHashMismatch) Kind() Kind { return KindBlockHashMismatch }

// MessageHash implements Alert.
func (a BlockHashMismatch) MessageHash() common.Hash {
	return hashWords(BlockHashMismatchTag, a.InvalidBlockHash, a.ExpectBlockHash, uintWord(a.L2BlockNumber))
}

// Validate implements Alert.
func (a BlockHashMismatch) Validate() error {
	if a.InvalidBlockHash == a.ExpectBlockHash {
		return fmt.Errorf("block %d hash %s: %w", a.L2BlockNumber, a.ExpectBlockHash, ErrSameRoot)
	}
	return nil
}

// Domain is what a signature is bound to besides the message: the L1 chain, the service manager (its proxy
// address) and the rollup.
type Domain struct {
	L1ChainID      *big.Int       `json:"l1ChainID"`
	ServiceManager common.Address `json:"serviceManager"`
	RollupChainID  *big.Int       `json:"rollupChainID"`
}

// Validate reports a domain that cannot be hashed.
func (d Domain) Validate() error {
	var errs []error
	if d.L1ChainID == nil || d.L1ChainID.Sign() <= 0 || d.L1ChainID.BitLen() > 256 {
		errs = append(errs, errors.New("alert: domain L1 chain ID must be a positive 256-bit integer"))
	}
	if d.RollupChainID == nil || d.RollupChainID.Sign() <= 0 || d.RollupChainID.BitLen() > 256 {
		errs = append(errs, errors.New("alert: domain rollup chain ID must be a positive 256-bit integer"))
	}
	if d.ServiceManager == (common.Address{}) {
		errs = append(errs, errors.New("alert: domain service manager address is zero"))
	}
	return errors.Join(errs...)
}

// Digest is the 32-byte message operators BLS-sign for messageHash at referenceBlock. It matches
// AlertHash.digest on chain. The domain must be valid (see Domain.Validate).
func Digest(d Domain, messageHash common.Hash, referenceBlock uint32) common.Hash {
	return hashWords(
		DomainTag,
		bigWord(d.L1ChainID),
		common.BytesToHash(d.ServiceManager.Bytes()),
		bigWord(d.RollupChainID),
		messageHash,
		uintWord(uint64(referenceBlock)),
	)
}

// hashWords is keccak256(abi.encode(words...)) for static 32-byte words.
func hashWords(words ...common.Hash) common.Hash {
	buf := make([]byte, 0, 32*len(words))
	for _, w := range words {
		buf = append(buf, w[:]...)
	}
	return crypto.Keccak256Hash(buf)
}

func uintWord(v uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(v)) }

func bigWord(v *big.Int) common.Hash {
	if v == nil {
		return common.Hash{}
	}
	return common.BigToHash(v)
}
