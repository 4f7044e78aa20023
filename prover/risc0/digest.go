// Package risc0 is the Go twin of Mach's on-chain RISC Zero Groth16 verifier
// (contracts/src/risc0/RiscZeroGroth16Verifier.sol).
//
// It computes the same digests as the contract (receipt claim, verifying key,
// verifier parameters and the 4-byte selector derived from them), builds mock
// seals for devnets, and verifies Groth16 seals in pure Go with gnark-crypto's
// BN254 pairing, applying exactly the checks the contract applies. The formulas
// follow RISC Zero's published risc0-ethereum contracts.
package risc0

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/big"
)

// Tag names of the RISC Zero tagged structs used here. A tagged struct is hashed
// as sha256(sha256(tag) ‖ down[0] ‖ … ‖ down[n-1] ‖ data ‖ uint16le(n)).
const (
	// TagReceiptClaim is the tag of the ReceiptClaim struct.
	TagReceiptClaim = "risc0.ReceiptClaim"
	// TagOutput is the tag of the Output struct (journal and assumptions).
	TagOutput = "risc0.Output"
	// TagSystemState is the tag of the SystemState struct (pc and memory root).
	TagSystemState = "risc0.SystemState"
	// TagVerifyingKey is the tag of the Groth16 verifying-key struct.
	TagVerifyingKey = "risc0_groth16.VerifyingKey"
	// TagVerifyingKeyIC is the tag of the list of IC points in the verifying key.
	TagVerifyingKeyIC = "risc0_groth16.VerifyingKey.IC"
	// TagVerifierParameters is the tag of the Groth16 receipt verifier
	// parameters, whose digest's first 4 bytes are the verifier selector.
	TagVerifierParameters = "risc0.Groth16ReceiptVerifierParameters"
)

// SystemStateZeroDigest is the digest of SystemState{pc: 0, merkle_root: 0},
// the post-state of every halted execution:
// 0xa3acc27117418996340b84e5a90f3ef4c49d22c79e44aad822ec9c313e1eb8e2.
var SystemStateZeroDigest = TaggedStruct(TagSystemState, [][32]byte{{}}, make([]byte, 4))

// Exit codes of the system part of a RISC Zero exit code.
const (
	// ExitHalted is normal termination.
	ExitHalted uint32 = 0
	// ExitPaused is a paused execution that may be resumed.
	ExitPaused uint32 = 1
	// ExitSystemSplit is a host-initiated segment split.
	ExitSystemSplit uint32 = 2
)

// TaggedStruct returns RISC Zero's tagged-struct digest:
// sha256(sha256(tag) ‖ down… ‖ data ‖ uint16le(len(down))). data holds the
// struct's plain fields, already little-endian encoded. It panics if down has
// more than 65535 entries, which no RISC Zero struct has.
func TaggedStruct(tag string, down [][32]byte, data []byte) [32]byte {
	if len(down) > 0xffff {
		panic("risc0: tagged struct with more than 65535 digest fields")
	}
	tagDigest := sha256.Sum256([]byte(tag))
	h := sha256.New()
	h.Write(tagDigest[:])
	for i := range down {
		h.Write(down[i][:])
	}
	h.Write(data)
	var n [2]byte
	binary.LittleEndian.PutUint16(n[:], uint16(len(down)))
	h.Write(n[:])
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// TaggedList returns RISC Zero's tagged-list digest: the list is folded from
// its last element as cons cells TaggedStruct(tag, [element, rest], nil),
// starting from the zero digest (so an empty list hashes to zero).
func TaggedList(tag string, list [][32]byte) [32]byte {
	var curr [32]byte
	for i := len(list) - 1; i >= 0; i-- {
		curr = TaggedStruct(tag, [][32]byte{list[i], curr}, nil)
	}
	return curr
}

// OutputDigest returns the digest of an Output struct.
func OutputDigest(journalDigest, assumptionsDigest [32]byte) [32]byte {
	return TaggedStruct(TagOutput, [][32]byte{journalDigest, assumptionsDigest}, nil)
}

// ReceiptClaimDigest returns the digest of a ReceiptClaim struct. Note the
// field order: the input digest comes before the pre- and post-state digests;
// the exit codes are the struct's data, as uint32 little-endian.
func ReceiptClaimDigest(input, preState, postState, output [32]byte, systemExit, userExit uint32) [32]byte {
	data := make([]byte, 8)
	binary.LittleEndian.PutUint32(data[0:4], systemExit)
	binary.LittleEndian.PutUint32(data[4:8], userExit)
	return TaggedStruct(TagReceiptClaim, [][32]byte{input, preState, postState, output}, data)
}

// ClaimDigest returns the digest of the claim of a successful execution: the
// guest imageID ran with no committed input, halted with exit code 0 and no
// assumptions, and committed a journal whose SHA-256 digest is journalDigest.
// It matches ReceiptClaimLib.ok in the contracts.
func ClaimDigest(imageID, journalDigest [32]byte) [32]byte {
	return ReceiptClaimDigest([32]byte{}, imageID, SystemStateZeroDigest,
		OutputDigest(journalDigest, [32]byte{}), ExitHalted, 0)
}

// SplitDigest splits a digest into the two 128-bit public inputs the RISC Zero
// Groth16 circuit takes for it: the little-endian integers of its first and
// second 16 bytes (equivalently, the low and high halves of the byte-reversed
// digest read big-endian).
func SplitDigest(d [32]byte) (half0, half1 *big.Int) {
	return leInt(d[0:16]), leInt(d[16:32])
}

// JoinDigest is the inverse of SplitDigest: the digest whose halves, as little-endian integers, are half0 and
// half1 (a Groth16 verifier's CONTROL_ROOT_0 and CONTROL_ROOT_1 give its control root back). It fails when a half
// does not fit in 128 bits.
func JoinDigest(half0, half1 *big.Int) ([32]byte, error) {
	var d [32]byte
	for i, h := range []*big.Int{half0, half1} {
		if h == nil || h.Sign() < 0 || h.BitLen() > 128 {
			return d, fmt.Errorf("risc0: digest half %d is not a 128-bit unsigned integer", i)
		}
		var be [16]byte
		h.FillBytes(be[:])
		for j := range be {
			d[16*i+j] = be[15-j]
		}
	}
	return d, nil
}

func leInt(b []byte) *big.Int {
	r := make([]byte, len(b))
	for i := range b {
		r[len(b)-1-i] = b[i]
	}
	return new(big.Int).SetBytes(r)
}

func reverse32(d [32]byte) [32]byte {
	var r [32]byte
	for i := range d {
		r[31-i] = d[i]
	}
	return r
}

// MockSeal returns the seal that Mach's devnet-only RiscZeroMockVerifier
// accepts for the successful-execution claim of imageID and journalDigest:
// selector ‖ ClaimDigest(imageID, journalDigest) (36 bytes). It proves nothing.
func MockSeal(selector [4]byte, imageID, journalDigest [32]byte) []byte {
	claim := ClaimDigest(imageID, journalDigest)
	seal := make([]byte, 0, 36)
	seal = append(seal, selector[:]...)
	return append(seal, claim[:]...)
}
