package ethtx

import (
	"context"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// laggingNode serves a receipt for block 7 while its head moves from 5 to 7 one read at a time, as a node does
// that indexes a block's transactions before it moves its head. Only what Wait calls is implemented.
type laggingNode struct {
	Backend
	head  atomic.Uint64
	reads atomic.Int32
}

func (n *laggingNode) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	return &types.Receipt{Status: types.ReceiptStatusSuccessful, BlockNumber: big.NewInt(7)}, nil
}

func (n *laggingNode) BlockNumber(context.Context) (uint64, error) {
	n.reads.Add(1)
	return n.head.Add(1), nil
}

func TestWait_ReturnsOnceTheHeadHoldsTheReceiptsBlock(t *testing.T) {
	node := &laggingNode{}
	node.head.Store(4)
	s := &Sender{backend: node, cfg: Config{PollInterval: 4 * time.Millisecond, Timeout: 5 * time.Second}}
	tx := types.NewTx(&types.LegacyTx{Nonce: 1})
	if _, err := s.Wait(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
	if got := node.head.Load(); got != 7 || node.reads.Load() != 3 {
		t.Fatalf("Wait returned at head %d after %d head reads, want head 7 after 3", got, node.reads.Load())
	}
}
