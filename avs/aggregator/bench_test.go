package aggregator

import (
	"math/big"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mach-avs/mach/avs/chain"
	"github.com/mach-avs/mach/internal/blsfixture"
)

// benchTask is a task with n operators (keys from the BLS fixtures) and their signatures of one digest.
func benchTask(b testing.TB, n int) (*task, []*bls.Signature, []common.Hash) {
	b.Helper()
	digest := crypto.Keccak256Hash([]byte("mach benchmark digest"))
	t := &task{
		record:  record{Digest: digest},
		set:     &chain.OperatorSet{Quorums: [][]chain.Operator{nil}, TotalStake: []*big.Int{new(big.Int)}},
		pubkeys: map[common.Address]chain.Pubkeys{},
		byID:    map[common.Hash]member{},
		sigs:    map[common.Hash]*bls.Signature{},
		negH:    negHash(digest),
	}
	sigs := make([]*bls.Signature, n)
	ids := make([]common.Hash, n)
	for i := range n {
		kp, err := bls.NewKeyPairFromString(blsfixture.SecretKey(i).String())
		if err != nil {
			b.Fatal(err)
		}
		addr := common.BigToAddress(big.NewInt(int64(i + 1)))
		id := crypto.Keccak256Hash(kp.GetPubKeyG1().X.Marshal(), kp.GetPubKeyG1().Y.Marshal())
		t.set.Quorums[0] = append(t.set.Quorums[0], chain.Operator{Address: addr, ID: id, Stake: big.NewInt(1)})
		t.pubkeys[addr] = chain.Pubkeys{G1: kp.GetPubKeyG1(), G2: kp.GetPubKeyG2()}
		t.byID[id] = member{address: addr, quorums: []int{0}}
		sigs[i] = kp.SignMessage(digest)
		ids[i] = id
	}
	return t, sigs, ids
}

// BenchmarkAggregate100 is the figure: verify 100 operators' signatures one by one (as they arrive) and
// aggregate them into confirmAlert's arguments, with the cached-lines verifier.
func BenchmarkAggregate100(b *testing.B) {
	t, sigs, ids := benchTask(b, 100)
	v := newVerifier()
	for i, id := range ids { // keys' lines are cached across tasks: warm them as a running aggregator has
		v.linesOf(id, t.pubkeys[t.byID[id].address].G2)
		_ = i
	}
	b.ResetTimer()
	for range b.N {
		t.sigs = map[common.Hash]*bls.Signature{}
		for i, id := range ids {
			if !v.verify(sigs[i], &t.negH, id, t.pubkeys[t.byID[id].address].G2) {
				b.Fatal("valid signature rejected")
			}
			t.sigs[id] = sigs[i]
		}
		aggregate(t)
	}
}

// BenchmarkAggregate100Baseline is the same work with eigensdk-go's Signature.Verify, the baseline.
func BenchmarkAggregate100Baseline(b *testing.B) {
	t, sigs, ids := benchTask(b, 100)
	b.ResetTimer()
	for range b.N {
		t.sigs = map[common.Hash]*bls.Signature{}
		for i, id := range ids {
			ok, err := sigs[i].Verify(t.pubkeys[t.byID[id].address].G2, t.Digest)
			if err != nil || !ok {
				b.Fatal("valid signature rejected")
			}
			t.sigs[id] = sigs[i]
		}
		aggregate(t)
	}
}

func TestVerifier_RejectsOtherDigestOtherKeyAndOffCurvePoints(t *testing.T) {
	task, sigs, ids := benchTask(t, 3)
	v := newVerifier()
	pk := func(i int) *bls.G2Point { return task.pubkeys[task.byID[ids[i]].address].G2 }
	if !v.verify(sigs[0], &task.negH, ids[0], pk(0)) {
		t.Fatal("valid signature rejected")
	}
	other := negHash(crypto.Keccak256Hash([]byte("another digest")))
	if v.verify(sigs[0], &other, ids[0], pk(0)) {
		t.Fatal("signature over another digest accepted")
	}
	if v.verify(sigs[1], &task.negH, ids[0], pk(0)) {
		t.Fatal("another operator's signature accepted")
	}
	bad := &bls.Signature{G1Point: bls.NewG1Point(big.NewInt(1), big.NewInt(3))}
	if v.verify(bad, &task.negH, ids[0], pk(0)) {
		t.Fatal("off-curve point accepted")
	}
	if v.verify(&bls.Signature{G1Point: bls.NewZeroG1Point()}, &task.negH, ids[0], pk(0)) {
		t.Fatal("point at infinity accepted")
	}
	if v.verify(nil, &task.negH, ids[0], pk(0)) {
		t.Fatal("nil accepted")
	}
}
