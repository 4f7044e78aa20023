package aggregator

import (
	"sync"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	bn254utils "github.com/Layr-Labs/eigensdk-go/crypto/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/common"
)

// lines are the precomputed Miller-loop lines of a fixed G2 point.
type lines = [2][len(bn254.LoopCounter)]bn254.LineEvaluationAff

// verifier checks single BLS signatures e(sig, G2) = e(H(m), pk) as one pairing product
// e(sig, G2) · e(-H(m), pk) = 1 with the Miller-loop lines of the G2 generator and of every operator key computed
// once and cached (operators' keys never change in M2), which makes a check about twice as fast as eigensdk-go's
// Signature.Verify.
type verifier struct {
	gen lines

	mu sync.Mutex
	pk map[common.Hash]*lines
}

func newVerifier() *verifier {
	_, _, _, g2 := bn254.Generators()
	return &verifier{gen: bn254.PrecomputeLines(g2), pk: map[common.Hash]*lines{}}
}

// negHash is -H(digest), computed once per task.
func negHash(digest [32]byte) bn254.G1Affine {
	var neg bn254.G1Affine
	neg.Neg(bn254utils.MapToCurve(digest))
	return neg
}

// verify reports whether sig signs the message whose negated hash is negH under operator id's key pk.
func (v *verifier) verify(sig *bls.Signature, negH *bn254.G1Affine, id common.Hash, pk *bls.G2Point) bool {
	if sig == nil || sig.G1Point == nil || sig.G1Affine == nil || !sig.IsOnCurve() || sig.IsInfinity() {
		return false
	}
	ok, err := bn254.PairingCheckFixedQ([]bn254.G1Affine{*sig.G1Affine, *negH}, []lines{v.gen, *v.linesOf(id, pk)})
	return err == nil && ok
}

func (v *verifier) linesOf(id common.Hash, pk *bls.G2Point) *lines {
	v.mu.Lock()
	defer v.mu.Unlock()
	l, ok := v.pk[id]
	if !ok {
		computed := bn254.PrecomputeLines(*pk.G2Affine)
		l = &computed
		v.pk[id] = l
	}
	return l
}
