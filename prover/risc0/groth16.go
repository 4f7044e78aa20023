package risc0

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// NumPublicInputs is the number of public inputs of RISC Zero's Groth16
// circuit: control root (2 halves), claim digest (2 halves), BN254 control ID.
const NumPublicInputs = 5

// SealLength is the length of a Groth16 seal: a 4-byte selector followed by
// abi.encode(uint256[2] a, uint256[2][2] b, uint256[2] c).
const SealLength = 4 + 8*32

// VerifyingKey is a Groth16 verifying key over BN254.
type VerifyingKey struct {
	// Alpha is alpha in G1.
	Alpha bn254.G1Affine
	// Beta is beta in G2.
	Beta bn254.G2Affine
	// Gamma is gamma in G2.
	Gamma bn254.G2Affine
	// Delta is delta in G2.
	Delta bn254.G2Affine
	// IC holds the public-input commitment bases IC0..IC5.
	IC [NumPublicInputs + 1]bn254.G1Affine
}

// Digest returns the tagged-struct digest of the key ("risc0_groth16.VerifyingKey"):
// the sha256 of alpha, beta, gamma, delta in EVM encoding and the tagged list
// ("risc0_groth16.VerifyingKey.IC") of the sha256 of each IC point.
func (vk *VerifyingKey) Digest() [32]byte {
	ic := make([][32]byte, len(vk.IC))
	for i := range vk.IC {
		ic[i] = sha256.Sum256(g1Bytes(&vk.IC[i]))
	}
	return TaggedStruct(TagVerifyingKey, [][32]byte{
		sha256.Sum256(g1Bytes(&vk.Alpha)),
		sha256.Sum256(g2Bytes(&vk.Beta)),
		sha256.Sum256(g2Bytes(&vk.Gamma)),
		sha256.Sum256(g2Bytes(&vk.Delta)),
		TaggedList(TagVerifyingKeyIC, ic),
	}, nil)
}

// VerifierParams are the parameters of one deployed RiscZeroGroth16Verifier.
type VerifierParams struct {
	// ControlRoot binds the recursion circuits of one RISC Zero release.
	ControlRoot [32]byte
	// BN254ControlID is the control ID of the BN254 identity circuit, big-endian
	// as used as a public input (risc0-ethereum ControlID.BN254_CONTROL_ID).
	BN254ControlID [32]byte
	// VK is the Groth16 verifying key.
	VK VerifyingKey
}

// Selector returns the 4-byte selector of a verifier with these parameters.
func (p *VerifierParams) Selector() [4]byte {
	return Selector(p.ControlRoot, p.BN254ControlID, p.VK)
}

// Selector returns the verifier selector: the first 4 bytes of the
// "risc0.Groth16ReceiptVerifierParameters" tagged-struct digest over the control
// root, the byte-reversed BN254 control ID and the verifying-key digest.
func Selector(controlRoot, bn254ControlID [32]byte, vk VerifyingKey) [4]byte {
	d := TaggedStruct(TagVerifierParameters, [][32]byte{controlRoot, reverse32(bn254ControlID), vk.Digest()}, nil)
	return [4]byte(d[:4])
}

// Verification errors. Errors returned by VerifySeal and VerifyIntegrity wrap
// exactly one of these (test with errors.Is); a selector mismatch is a
// *SelectorMismatchError that also matches ErrSelectorMismatch.
var (
	// ErrInvalidSealLength: the seal is not SealLength bytes long.
	ErrInvalidSealLength = errors.New("risc0: invalid seal length")
	// ErrSelectorMismatch: the seal's selector names another verifier.
	ErrSelectorMismatch = errors.New("risc0: seal selector mismatch")
	// ErrVerificationFailed: the seal does not prove the claim.
	ErrVerificationFailed = errors.New("risc0: verification failed")
	// ErrInvalidParams: the verifier parameters are unusable.
	ErrInvalidParams = errors.New("risc0: invalid verifier parameters")
)

// SelectorMismatchError reports the selector found in a seal and the expected one.
type SelectorMismatchError struct {
	// Received is the selector at the start of the seal.
	Received [4]byte
	// Expected is the verifier's selector.
	Expected [4]byte
}

// Error implements error.
func (e *SelectorMismatchError) Error() string {
	return fmt.Sprintf("risc0: seal selector mismatch: received 0x%x, expected 0x%x", e.Received, e.Expected)
}

// Is makes errors.Is(err, ErrSelectorMismatch) true.
func (e *SelectorMismatchError) Is(target error) bool { return target == ErrSelectorMismatch }

// VerifySeal checks, as RiscZeroGroth16Verifier.verify does, that seal is a
// Groth16 proof of the successful execution of imageID with journal digest
// journalDigest under params. It returns nil on success.
func VerifySeal(seal []byte, imageID, journalDigest [32]byte, params VerifierParams) error {
	return VerifyIntegrity(seal, ClaimDigest(imageID, journalDigest), params)
}

// VerifyIntegrity checks, as RiscZeroGroth16Verifier.verifyIntegrity does,
// that seal is a Groth16 proof of the claim with digest claimDigest.
func VerifyIntegrity(seal []byte, claimDigest [32]byte, params VerifierParams) error {
	if len(seal) < 4 {
		return fmt.Errorf("%w: %d bytes, want %d", ErrInvalidSealLength, len(seal), SealLength)
	}
	expected := params.Selector()
	if received := [4]byte(seal[:4]); received != expected {
		return &SelectorMismatchError{Received: received, Expected: expected}
	}
	if len(seal) != SealLength {
		return fmt.Errorf("%w: %d bytes, want %d", ErrInvalidSealLength, len(seal), SealLength)
	}
	if new(big.Int).SetBytes(params.BN254ControlID[:]).Cmp(fr.Modulus()) >= 0 {
		return fmt.Errorf("%w: BN254 control ID is not a scalar field element", ErrInvalidParams)
	}

	// Proof points. Coordinates must be canonical (< q), as in the contract.
	var w [8]fp.Element
	for i := range w {
		if err := w[i].SetBytesCanonical(seal[4+32*i : 4+32*(i+1)]); err != nil {
			return fmt.Errorf("%w: seal word %d is not a canonical field element", ErrVerificationFailed, i)
		}
	}
	a := bn254.G1Affine{X: w[0], Y: w[1]}
	// b is in EVM order: [x_imag, x_real], [y_imag, y_real].
	var b bn254.G2Affine
	b.X.A1, b.X.A0, b.Y.A1, b.Y.A0 = w[2], w[3], w[4], w[5]
	c := bn254.G1Affine{X: w[6], Y: w[7]}
	// BN254 G1 has cofactor 1, so on-curve suffices; G2 needs the subgroup check
	// (the EVM pairing precompile performs both).
	if !a.IsOnCurve() || !c.IsOnCurve() {
		return fmt.Errorf("%w: proof point not on G1", ErrVerificationFailed)
	}
	if !b.IsOnCurve() || !b.IsInSubGroup() {
		return fmt.Errorf("%w: proof point not in G2", ErrVerificationFailed)
	}

	root0, root1 := SplitDigest(params.ControlRoot)
	claim0, claim1 := SplitDigest(claimDigest)
	inputs := [NumPublicInputs]*big.Int{root0, root1, claim0, claim1, new(big.Int).SetBytes(params.BN254ControlID[:])}
	vkx := params.VK.IC[0]
	for i, in := range inputs {
		var t bn254.G1Affine
		t.ScalarMultiplication(&params.VK.IC[i+1], in)
		vkx.Add(&vkx, &t)
	}

	// e(-A, B) · e(alpha, beta) · e(vk_x, gamma) · e(C, delta) == 1
	var negA bn254.G1Affine
	negA.Neg(&a)
	ok, err := bn254.PairingCheck(
		[]bn254.G1Affine{negA, params.VK.Alpha, vkx, c},
		[]bn254.G2Affine{b, params.VK.Beta, params.VK.Gamma, params.VK.Delta},
	)
	if err != nil {
		return fmt.Errorf("%w: pairing: %v", ErrVerificationFailed, err)
	}
	if !ok {
		return fmt.Errorf("%w: pairing check failed", ErrVerificationFailed)
	}
	return nil
}

// g1Bytes encodes a G1 point as the EVM does: x ‖ y, 32 bytes big-endian each.
func g1Bytes(p *bn254.G1Affine) []byte {
	x, y := p.X.Bytes(), p.Y.Bytes()
	return append(x[:], y[:]...)
}

// g2Bytes encodes a G2 point in EVM precompile order: x_imag ‖ x_real ‖ y_imag ‖ y_real.
func g2Bytes(p *bn254.G2Affine) []byte {
	out := make([]byte, 0, 128)
	for _, e := range []fp.Element{p.X.A1, p.X.A0, p.Y.A1, p.Y.A0} {
		b := e.Bytes()
		out = append(out, b[:]...)
	}
	return out
}
