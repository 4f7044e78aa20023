package l2

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/stateless"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

func newTestChain(t *testing.T, cfg Config) (*Chain, *ethclient.Client) {
	t.Helper()
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	c, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	ec, err := ethclient.Dial(c.URL())
	if err != nil {
		t.Fatalf("dial %s: %v", c.URL(), err)
	}
	t.Cleanup(ec.Close)
	return c, ec
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestConfig_ValidateNamesEveryBadField(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
		want []string
	}{
		{"zero is valid", Config{}, nil},
		{"negative block time", Config{BlockTime: -time.Second}, []string{"BlockTime"}},
		{"gas limit below the L1-info deposit", Config{GasLimit: 1_000_000}, []string{"GasLimit"}},
		{"negative accounts", Config{Accounts: -1}, []string{"Accounts"}},
		{"address without port", Config{HTTPAddr: "127.0.0.1"}, []string{"HTTPAddr"}},
		{"all at once", Config{BlockTime: -1, GasLimit: 1, Accounts: -5, HTTPAddr: ":80"},
			[]string{"BlockTime", "GasLimit", "Accounts", "HTTPAddr"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.cfg.Validate()
			if len(tc.want) == 0 {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("Validate accepted an invalid config")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not name %s", err, w)
				}
			}
			if _, err := New(tc.cfg); err == nil {
				t.Error("New accepted an invalid config")
			}
		})
	}
}

func TestChain_TrafficBlocksOpenWithL1InfoAndIncludeThePool(t *testing.T) {
	ctx := testContext(t)
	c, ec := newTestChain(t, Config{})
	tr := NewTraffic(c, 1)
	if got := c.Genesis().NumberU64(); got != 0 {
		t.Fatalf("genesis number %d", got)
	}

	txTypes := map[uint8]int{}
	var creations, destroyedInCreation int
	for i := uint64(1); i <= 20; i++ {
		deposits, err := tr.Next(ctx)
		if err != nil {
			t.Fatalf("block %d: Next: %v", i, err)
		}
		if len(deposits) == 0 {
			t.Fatalf("block %d: Next returned no deposits", i)
		}
		block, err := c.BuildBlock(ctx, deposits...)
		if err != nil {
			t.Fatalf("block %d: BuildBlock: %v", i, err)
		}
		if block.NumberU64() != i {
			t.Fatalf("BuildBlock returned block %d, want %d", block.NumberU64(), i)
		}
		if head, err := ec.BlockNumber(ctx); err != nil || head != i {
			t.Fatalf("eth_blockNumber = %d, %v; want %d", head, err, i)
		}
		txs := block.Transactions()

		// The L1-info deposit comes first and sets L1Block as op-geth expects.
		info := txs[0]
		if info.Type() != types.DepositTxType || info.To() == nil || *info.To() != L1BlockAddr ||
			!bytes.HasPrefix(info.Data(), types.EcotoneL1AttributesSelector) || len(info.Data()) != 164 {
			t.Fatalf("block %d: first transaction is not the L1-info deposit: type %d to %v data %x", i, info.Type(), info.To(), info.Data())
		}
		origin := l1OriginFor(c.cfg.ChainID, c.Genesis().Time(), i)
		for slot, want := range origin.storage() {
			got, err := ec.StorageAt(ctx, L1BlockAddr, slot, block.Number())
			if err != nil {
				t.Fatal(err)
			}
			if common.BytesToHash(got) != want {
				t.Fatalf("block %d: L1Block slot %s = %x, want %x", i, slot, got, want)
			}
		}
		// Then the user deposits, in order.
		for j, d := range deposits {
			tx := txs[1+j]
			if tx.Type() != types.DepositTxType || tx.SourceHash() != d.SourceHash {
				t.Fatalf("block %d: transaction %d is not deposit %d", i, 1+j, j)
			}
		}
		if pool := len(txs) - 1 - len(deposits); pool < 7 {
			t.Fatalf("block %d: %d pool transactions, want the 7 or more Next sent", i, pool)
		}

		receipts, err := ec.BlockReceipts(ctx, rpc.BlockNumberOrHashWithNumber(rpc.BlockNumber(i)))
		if err != nil {
			t.Fatalf("block %d: eth_getBlockReceipts: %v", i, err)
		}
		if len(receipts) != len(txs) {
			t.Fatalf("block %d: %d receipts for %d transactions", i, len(receipts), len(txs))
		}
		for j, r := range receipts {
			tx := txs[j]
			txTypes[tx.Type()]++
			if r.Status != types.ReceiptStatusSuccessful {
				t.Errorf("block %d: transaction %d (type %d, to %v) failed", i, j, tx.Type(), tx.To())
			}
			if tx.Type() == types.DepositTxType {
				if r.L1Fee != nil && r.L1Fee.Sign() != 0 {
					t.Errorf("block %d: deposit %d charged L1 fee %s", i, j, r.L1Fee)
				}
				continue
			}
			if r.L1Fee == nil || r.L1Fee.Sign() <= 0 {
				t.Errorf("block %d: transaction %d has l1Fee %v, want > 0", i, j, r.L1Fee)
			}
			if tx.To() == nil {
				creations++
				code, err := ec.CodeAt(ctx, r.ContractAddress, block.Number())
				if err != nil {
					t.Fatal(err)
				}
				if bytes.Equal(tx.Data(), selfDestructingInit) {
					if len(code) != 0 {
						t.Errorf("block %d: self-destructed contract %s still has code", i, r.ContractAddress)
					}
					destroyedInCreation++
				} else if len(code) == 0 {
					t.Errorf("block %d: deployed contract %s has no code", i, r.ContractAddress)
				}
			}
		}

		// The first deposit minted ETH to its (fresh) sender and sent part of it on; deposits pay no L2 gas.
		d := deposits[0]
		got, err := ec.BalanceAt(ctx, d.From, block.Number())
		if err != nil {
			t.Fatal(err)
		}
		if want := new(big.Int).Sub(d.Mint, d.Value); got.Cmp(want) != 0 {
			t.Errorf("block %d: deposit sender %s holds %s, want mint %s - value %s", i, d.From, got, d.Mint, d.Value)
		}

		// Every transaction Next sent was included: pool nonces equal the head's.
		for k, key := range c.Keys() {
			addr := crypto.PubkeyToAddress(key.PublicKey)
			onChain, err := ec.NonceAt(ctx, addr, block.Number())
			if err != nil {
				t.Fatal(err)
			}
			if pending := c.Backend().TxPool().PoolNonce(addr); pending != onChain {
				t.Errorf("block %d: dev account %d has nonce %d on chain but %d in the pool", i, k, onChain, pending)
			}
		}
	}
	if txTypes[types.LegacyTxType] == 0 || txTypes[types.DynamicFeeTxType] == 0 || txTypes[types.DepositTxType] == 0 {
		t.Errorf("transaction types seen %v; want legacy, dynamic-fee and deposit", txTypes)
	}
	if creations < 40 || destroyedInCreation != 20 {
		t.Errorf("%d creations, %d destroyed in creation; want ≥ 40 and 20", creations, destroyedInCreation)
	}
}

// witnessJSON is debug_executionWitness's answer: headers, and code and trie nodes keyed by their hashes.
type witnessJSON struct {
	Headers []*types.Header          `json:"headers"`
	Codes   map[string]hexutil.Bytes `json:"codes"`
	State   map[string]hexutil.Bytes `json:"state"`
}

func (w witnessJSON) toWitness(t *testing.T) *stateless.Witness {
	t.Helper()
	out := &stateless.Witness{Headers: w.Headers, Codes: map[string]struct{}{}, State: map[string]struct{}{}}
	for _, m := range []struct {
		in  map[string]hexutil.Bytes
		out map[string]struct{}
	}{{w.Codes, out.Codes}, {w.State, out.State}} {
		for k, v := range m.in {
			if crypto.Keccak256Hash(v) != common.HexToHash(k) {
				t.Fatalf("witness entry %s does not hash to its key", k)
			}
			m.out[string(v)] = struct{}{}
		}
	}
	return out
}

func TestChain_ExecutionWitnessReproducesStateAndReceiptRoots(t *testing.T) {
	ctx := testContext(t)
	c, ec := newTestChain(t, Config{})
	tr := NewTraffic(c, 2)
	for range 3 {
		deposits, err := tr.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.BuildBlock(ctx, deposits...); err != nil {
			t.Fatal(err)
		}
	}
	block, err := ec.BlockByNumber(ctx, nil)
	if err != nil {
		t.Fatalf("eth_getBlockByNumber over HTTP: %v", err)
	}
	if len(block.Transactions()) < 10 {
		t.Fatalf("block %d has %d transactions; want traffic", block.NumberU64(), len(block.Transactions()))
	}

	var w witnessJSON
	if err := ec.Client().CallContext(ctx, &w, "debug_executionWitness", hexutil.EncodeBig(block.Number())); err != nil {
		t.Fatalf("debug_executionWitness: %v", err)
	}
	if len(w.Headers) == 0 || len(w.Codes) == 0 || len(w.State) == 0 {
		t.Fatalf("witness has %d headers, %d codes, %d state nodes", len(w.Headers), len(w.Codes), len(w.State))
	}
	if w.Headers[0].Hash() != block.ParentHash() {
		t.Fatalf("witness header 0 is %s, want the parent %s", w.Headers[0].Hash(), block.ParentHash())
	}

	header := types.CopyHeader(block.Header())
	header.Root, header.ReceiptHash = common.Hash{}, common.Hash{}
	stripped := types.NewBlockWithHeader(header).WithBody(*block.Body())
	root, receipts, err := core.ExecuteStateless(c.ChainConfig(), vm.Config{}, stripped, w.toWitness(t))
	if err != nil {
		t.Fatalf("ExecuteStateless: %v", err)
	}
	if root != block.Root() || receipts != block.ReceiptHash() {
		t.Fatalf("stateless roots (state %s, receipts %s) differ from the header's (%s, %s)",
			root, receipts, block.Root(), block.ReceiptHash())
	}

	// The same witness cannot vouch for a block it does not cover: a different transaction list fails.
	txs := block.Transactions()
	other := types.NewBlockWithHeader(header).WithBody(types.Body{Transactions: txs[:len(txs)-1], Withdrawals: block.Withdrawals()})
	root2, receipts2, err := core.ExecuteStateless(c.ChainConfig(), vm.Config{}, other, w.toWitness(t))
	if err == nil && root2 == block.Root() && receipts2 == block.ReceiptHash() {
		t.Fatal("a block without its last transaction reproduced the original roots")
	}
}

func TestTraffic_HeavyFillsABlockPastTheGasAsked(t *testing.T) {
	ctx := testContext(t)
	c, ec := newTestChain(t, Config{})
	tr := NewTraffic(c, 3)
	const gas = 10_000_000
	if err := tr.Heavy(ctx, gas); err != nil {
		t.Fatalf("Heavy: %v", err)
	}
	block, err := c.BuildBlock(ctx)
	if err != nil {
		t.Fatalf("BuildBlock: %v", err)
	}
	if block.GasUsed() < gas {
		t.Fatalf("block %d used %d gas, want ≥ %d", block.NumberU64(), block.GasUsed(), gas)
	}
	receipts, err := ec.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(block.Hash(), false))
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range receipts {
		if r.Status != types.ReceiptStatusSuccessful {
			t.Errorf("transaction %d failed", i)
		}
	}
	t.Logf("block %d: %d transactions, %d gas", block.NumberU64(), len(block.Transactions()), block.GasUsed())

	// Once the workbench is on chain, heavy traffic comes from every key and a second block fills too.
	if err := tr.Heavy(ctx, gas); err != nil {
		t.Fatalf("Heavy: %v", err)
	}
	if block, err = c.BuildBlock(ctx); err != nil {
		t.Fatal(err)
	}
	if block.GasUsed() < gas {
		t.Fatalf("second heavy block used %d gas, want ≥ %d", block.GasUsed(), gas)
	}

	if err := tr.Heavy(ctx, c.cfg.GasLimit); err == nil {
		t.Error("Heavy accepted a whole block's gas, which cannot fit beside the L1-info deposit")
	}
}

func TestChain_WithdrawalsHashIsMessagePasserStorageRoot(t *testing.T) {
	ctx := testContext(t)
	c, ec := newTestChain(t, Config{})
	gc := gethclient.New(ec.Client())
	storageRoot := func(b *types.Block) common.Hash {
		t.Helper()
		proof, err := gc.GetProof(ctx, MessagePasserAddr, nil, b.Number())
		if err != nil {
			t.Fatalf("eth_getProof at block %d: %v", b.NumberU64(), err)
		}
		if b.Header().WithdrawalsHash == nil {
			t.Fatalf("block %d has no withdrawalsHash (Isthmus)", b.NumberU64())
		}
		if *b.Header().WithdrawalsHash != proof.StorageHash {
			t.Fatalf("block %d: withdrawalsHash %s, message passer storage root %s", b.NumberU64(), *b.Header().WithdrawalsHash, proof.StorageHash)
		}
		return proof.StorageHash
	}
	if got := storageRoot(c.Genesis()); got != types.EmptyRootHash {
		t.Fatalf("genesis message passer storage root %s, want empty", got)
	}

	empty, err := c.BuildBlock(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := storageRoot(empty); got != types.EmptyRootHash {
		t.Fatalf("block without withdrawals changed the storage root to %s", got)
	}

	deposits, err := NewTraffic(c, 4).Next(ctx) // sends one initiateWithdrawal
	if err != nil {
		t.Fatal(err)
	}
	withdrawal, err := c.BuildBlock(ctx, deposits...)
	if err != nil {
		t.Fatal(err)
	}
	if got := storageRoot(withdrawal); got == types.EmptyRootHash {
		t.Fatal("initiateWithdrawal left the message passer's storage root unchanged")
	}
	var passed bool
	for _, tx := range withdrawal.Transactions() {
		passed = passed || (tx.To() != nil && *tx.To() == MessagePasserAddr && bytes.HasPrefix(tx.Data(), initiateWithdrawalSelector))
	}
	if !passed {
		t.Fatal("block has no initiateWithdrawal call")
	}
}

func TestChain_StartProducesBlocksUntilClose(t *testing.T) {
	c, _ := newTestChain(t, Config{BlockTime: 50 * time.Millisecond})
	if err := c.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := c.Start(context.Background()); err == nil {
		t.Error("second Start succeeded")
	}
	heads := make(chan core.ChainHeadEvent, 16)
	sub := c.Backend().BlockChain().SubscribeChainHeadEvent(heads)
	defer sub.Unsubscribe()
	timeout := time.After(20 * time.Second)
	for c.Backend().BlockChain().CurrentBlock().Number.Uint64() < 3 {
		select {
		case <-heads:
		case <-timeout:
			t.Fatal("fewer than 3 blocks after 20 s")
		}
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, err := c.BuildBlock(context.Background()); !errors.Is(err, ErrClosed) {
		t.Fatalf("BuildBlock after Close: %v, want ErrClosed", err)
	}
}

func TestChain_BuildBlockRejectsBadDeposits(t *testing.T) {
	ctx := testContext(t)
	c, _ := newTestChain(t, Config{})
	to := common.Address{1}
	for _, tc := range []struct {
		name string
		dep  *types.DepositTx
	}{
		{"nil", nil},
		{"system", &types.DepositTx{To: &to, Value: new(big.Int), Gas: 21_000, IsSystemTransaction: true}},
		{"over the gas limit", &types.DepositTx{To: &to, Value: new(big.Int), Gas: DefaultGasLimit}},
	} {
		if _, err := c.BuildBlock(ctx, tc.dep); err == nil {
			t.Errorf("%s deposit accepted", tc.name)
		}
	}
	if head := c.Backend().BlockChain().CurrentBlock().Number.Uint64(); head != 0 {
		t.Fatalf("rejected deposits moved the head to %d", head)
	}
}

// BenchmarkChain_NewAnd100TrafficBlocks measures what a devnet start costs: New, then 100 blocks of Next traffic,
// against 100 empty blocks on the same kind of chain as the baseline.
func BenchmarkChain_NewAnd100TrafficBlocks(b *testing.B) {
	for _, traffic := range []bool{false, true} {
		name := "empty"
		if traffic {
			name = "traffic"
		}
		b.Run(name, func(b *testing.B) {
			ctx := context.Background()
			for b.Loop() {
				c, err := New(Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
				if err != nil {
					b.Fatal(err)
				}
				tr := NewTraffic(c, 1)
				for range 100 {
					var deposits []*types.DepositTx
					if traffic {
						if deposits, err = tr.Next(ctx); err != nil {
							b.Fatal(err)
						}
					}
					if _, err := c.BuildBlock(ctx, deposits...); err != nil {
						b.Fatal(err)
					}
				}
				if err := c.Close(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
