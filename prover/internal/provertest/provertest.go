// Package provertest builds prover jobs for the backends' tests.
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

// Job returns a valid job proving n blocks after a checkpoint at L2 block 10 of rollup 901.
func Job(t testing.TB, n int) prover.Job {
	t.Helper()
	parent := &types.Header{Number: big.NewInt(10), Root: crypto.Keccak256Hash([]byte("state")), Difficulty: new(big.Int),
		GasLimit: 30_000_000, Time: 1_700_000_000, BaseFee: big.NewInt(7)}
	cp := prover.Checkpoint{OutputIndex: 1, L2Block: 10, StateRoot: parent.Root,
		MessagePasserStorageRoot: crypto.Keccak256Hash([]byte("mp")), BlockHash: parent.Hash()}
	cp.OutputRoot = prover.OutputRootV0(cp.StateRoot, cp.MessagePasserStorageRoot, cp.BlockHash)
	in := prover.Input{RollupChainID: 901, Checkpoint: cp}
	for i := 0; i < n; i++ {
		h := &types.Header{ParentHash: parent.Hash(), Number: new(big.Int).Add(parent.Number, common.Big1),
			Difficulty: new(big.Int), GasLimit: parent.GasLimit, Time: parent.Time + 2, BaseFee: big.NewInt(7)}
		b := types.NewBlock(h, &types.Body{}, nil, trie.NewStackTrie(nil), types.DefaultBlockConfig)
		raw, err := rlp.EncodeToBytes(b)
		if err != nil {
			t.Fatal(err)
		}
		in.Blocks = append(in.Blocks, raw)
		in.Witnesses = append(in.Witnesses, prover.Witness{State: [][]byte{{0xc0}}})
		parent = b.Header()
	}
	c := prover.Claim{RollupChainID: 901, L2BlockNumber: parent.Number.Uint64(),
		InvalidOutputRoot: common.HexToHash("0xbad"), ExpectOutputRoot: common.HexToHash("0x900d")}
	j, err := prover.NewJob(c, cp, in, time.Unix(1_700_000_000, 0))
	if err != nil {
		t.Fatalf("NewJob: %v", err)
	}
	return j
}
