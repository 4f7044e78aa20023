// Package provertest builds prover jobs for tests: the prover's backends, its L1 submitter and `mach prover`.
package provertest

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/mach-avs/mach/prover"
)

// Job returns a valid job proving n blocks after a checkpoint (output 1) at L2 block 10 of rollup 901.
func Job(t testing.TB, n int) prover.Job {
	t.Helper()
	cp, in := chain(t, 901, 1, "state", n, [][]byte{{0xc0}})
	c := prover.Claim{RollupChainID: 901, L2BlockNumber: 10 + uint64(n),
		InvalidOutputRoot: common.HexToHash("0xbad"), ExpectOutputRoot: common.HexToHash("0x900d")}
	j, err := prover.NewJob(c, cp, in, time.Unix(1_700_000_000, 0))
	if err != nil {
		t.Fatalf("NewJob: %v", err)
	}
	return j
}

// OracleJob returns the job an early alert on L2OutputOracle output 1 (block 20 of rollup) leads to: prove that
// block 20's output root is good, not bad, from the checkpoint of output 0 at block 10. Its blocks are empty and
// its witnesses too: for a backend that trusts the alert (dev) or a fake one.
func OracleJob(t testing.TB, rollup uint64, bad, good common.Hash) prover.Job {
	t.Helper()
	cp, in := chain(t, rollup, 0, "state 10", 10, nil)
	one := uint64(1)
	c := prover.Claim{RollupChainID: rollup, L2BlockNumber: 20, InvalidOutputRoot: bad, ExpectOutputRoot: good, OutputIndex: &one}
	j, err := prover.NewJob(c, cp, in, time.Now())
	if err != nil {
		t.Fatalf("NewJob: %v", err)
	}
	return j
}

// chain is a checkpoint (output outputIndex at L2 block 10, its state root the hash of state) and the input of
// n empty blocks after it, each with the witness state (one entry per block; nil: empty witnesses).
func chain(t testing.TB, rollup, outputIndex uint64, state string, n int, witness [][]byte) (prover.Checkpoint, prover.Input) {
	t.Helper()
	parent := &types.Header{Number: big.NewInt(10), Root: crypto.Keccak256Hash([]byte(state)), Difficulty: new(big.Int),
		GasLimit: 30_000_000, Time: 1_700_000_000, BaseFee: big.NewInt(7)}
	cp := prover.Checkpoint{OutputIndex: outputIndex, L2Block: 10, StateRoot: parent.Root,
		MessagePasserStorageRoot: crypto.Keccak256Hash([]byte("mp")), BlockHash: parent.Hash()}
	cp.OutputRoot = prover.OutputRootV0(cp.StateRoot, cp.MessagePasserStorageRoot, cp.BlockHash)
	in := prover.Input{RollupChainID: rollup, Checkpoint: cp}
	for range n {
		h := &types.Header{ParentHash: parent.Hash(), Number: new(big.Int).Add(parent.Number, common.Big1),
			Difficulty: new(big.Int), GasLimit: parent.GasLimit, Time: parent.Time + 2, BaseFee: big.NewInt(7)}
		b := types.NewBlock(h, &types.Body{}, nil, trie.NewStackTrie(nil), types.DefaultBlockConfig)
		raw, err := rlp.EncodeToBytes(b)
		if err != nil {
			t.Fatal(err)
		}
		in.Blocks = append(in.Blocks, raw)
		in.Witnesses = append(in.Witnesses, prover.Witness{State: witness})
		parent = b.Header()
	}
	return cp, in
}
