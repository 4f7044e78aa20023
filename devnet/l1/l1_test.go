package l1

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	delegation "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/DelegationManager"
	avsdirectory "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/IAVSDirectory"
	strategymanager "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/StrategyManager"
)

// newL1 starts an L1 stopped at the end of the test.
func newL1(t *testing.T, cfg Config) *L1 {
	t.Helper()
	l, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() {
		if err := l.Stop(context.Background()); err != nil {
			t.Errorf("Stop: %v", err)
		}
	})
	return l
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		<-tick.C
	}
}

// mined waits for the receipt of tx and requires it to have succeeded.
func mined(t *testing.T, ctx context.Context, l *L1, tx *types.Transaction) *types.Receipt {
	t.Helper()
	l.Commit()
	r, err := l.Client().TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		t.Fatalf("receipt of %s: %v", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("tx %s reverted", tx.Hash())
	}
	return r
}

func transactor(t *testing.T, l *L1, key *ecdsa.PrivateKey) *bind.TransactOpts {
	t.Helper()
	opts, err := bind.NewKeyedTransactorWithChainID(key, l.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	return opts
}

func TestAccounts_AreAnvilsDefaultKeys(t *testing.T) {
	accounts, err := devAccounts(10)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		index int
		key   string
		addr  string
	}{
		{0, "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"},
		{1, "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"},
		{9, "2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6", "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720"},
	} {
		a := accounts[tc.index]
		if got := common.Bytes2Hex(crypto.FromECDSA(a.Key)); got != tc.key {
			t.Errorf("account %d key = %s, want %s", tc.index, got, tc.key)
		}
		if a.Address != common.HexToAddress(tc.addr) {
			t.Errorf("account %d address = %s, want %s", tc.index, a.Address, tc.addr)
		}
	}
}

func TestL1_EigenLayerCoreIsLiveAtGenesis(t *testing.T) {
	l := newL1(t, Config{})
	ctx := context.Background()
	el := l.EigenLayer()

	for name, addr := range el.All() {
		code, err := l.Client().CodeAt(ctx, addr, nil)
		if err != nil {
			t.Fatalf("code at %s (%s): %v", name, addr, err)
		}
		if len(code) == 0 {
			t.Errorf("no code at %s (%s)", name, addr)
		}
	}

	dm, err := delegation.NewContractDelegationManager(el.DelegationManager, l.Client())
	if err != nil {
		t.Fatal(err)
	}
	delay, err := dm.MinWithdrawalDelayBlocks(&bind.CallOpts{Context: ctx})
	if err != nil {
		t.Fatalf("minWithdrawalDelayBlocks: %v", err)
	}
	if delay.Sign() <= 0 || delay.Cmp(big.NewInt(216_000)) > 0 { // the contract caps it at 30 days of blocks
		t.Errorf("minWithdrawalDelayBlocks = %s, want 1..216000", delay)
	}

	sm, err := strategymanager.NewContractStrategyManager(el.StrategyManager, l.Client())
	if err != nil {
		t.Fatal(err)
	}
	ok, err := sm.StrategyIsWhitelistedForDeposit(&bind.CallOpts{Context: ctx}, el.ERC20MockStrategy)
	if err != nil {
		t.Fatalf("strategyIsWhitelistedForDeposit: %v", err)
	}
	if !ok {
		t.Errorf("erc20mockstrategy %s is not whitelisted for deposit", el.ERC20MockStrategy)
	}
	owner, err := sm.Owner(&bind.CallOpts{Context: ctx})
	if err != nil {
		t.Fatalf("owner: %v", err)
	}
	if owner != l.Accounts()[0].Address {
		t.Errorf("StrategyManager owner = %s, want account 0 %s", owner, l.Accounts()[0].Address)
	}
}

func TestL1_Account0TransferIsMinedOnCommit(t *testing.T) {
	l := newL1(t, Config{Accounts: 12, Balance: big.NewInt(params.Ether)})
	ctx := context.Background()
	accs := l.Accounts()
	if len(accs) != 12 {
		t.Fatalf("len(Accounts) = %d, want 12", len(accs))
	}
	for _, a := range accs {
		bal, err := l.Client().BalanceAt(ctx, a.Address, nil)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Cmp(big.NewInt(params.Ether)) != 0 {
			t.Errorf("balance of %s = %s, want 1 ETH", a.Address, bal)
		}
	}

	from, to := accs[0], common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	nonce, err := l.Client().PendingNonceAt(ctx, from.Address)
	if err != nil {
		t.Fatal(err)
	}
	if nonce == 0 {
		t.Errorf("account 0 nonce = 0; the deployer's nonce must survive so new contracts do not collide")
	}
	tx := sendETH(t, ctx, l, from.Key, to, big.NewInt(1234))
	r := mined(t, ctx, l, tx)
	if r.BlockNumber.Uint64() != 1 {
		t.Errorf("mined in block %d, want 1", r.BlockNumber)
	}
	bal, err := l.Client().BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Int64() != 1234 {
		t.Errorf("recipient balance = %s, want 1234", bal)
	}
}

func TestL1_BlockTimeSealsBlocksUntilStop(t *testing.T) {
	l, err := New(Config{BlockTime: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	waitFor(t, 10*time.Second, "3 blocks", func() bool {
		n, err := l.Client().BlockNumber(ctx)
		return err == nil && n >= 3
	})
	if h := l.Commit(); h == (common.Hash{}) { // manual Commit still works alongside the producer
		t.Error("Commit returned the zero hash while running")
	}
	if err := l.Stop(ctx); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	select {
	case <-l.done:
	default:
		t.Fatal("block producer still running after Stop")
	}
	if !l.Stopped() {
		t.Error("Stopped() = false after Stop")
	}
	if err := l.Stop(ctx); err != nil {
		t.Errorf("second Stop: %v", err)
	}
	if h := l.Commit(); h != (common.Hash{}) {
		t.Errorf("Commit after Stop = %s, want zero hash", h)
	}
	var nilL1 *L1
	if err := nilL1.Stop(ctx); err != nil {
		t.Errorf("Stop on nil: %v", err)
	}
}

func TestL1_HTTPAndWebSocketServeTheChain(t *testing.T) {
	l := newL1(t, Config{HTTPAddr: "127.0.0.1:0"})
	if !strings.HasPrefix(l.URL(), "http://127.0.0.1:") || strings.HasSuffix(l.URL(), ":0") {
		t.Fatalf("URL() = %q, want http://127.0.0.1:<port>", l.URL())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	c, err := ethclient.DialContext(ctx, l.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	id, err := c.ChainID(ctx)
	if err != nil {
		t.Fatalf("eth_chainId over HTTP: %v", err)
	}
	if id.Int64() != 31337 {
		t.Errorf("chain ID = %s, want 31337", id)
	}
	l.Commit()
	n, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatalf("eth_blockNumber over HTTP: %v", err)
	}
	if n != 1 {
		t.Errorf("block number = %d, want 1", n)
	}

	ws, err := ethclient.DialContext(ctx, l.WSURL())
	if err != nil {
		t.Fatalf("dial %s: %v", l.WSURL(), err)
	}
	defer ws.Close()
	heads := make(chan *types.Header, 1)
	sub, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatalf("eth_subscribe newHeads: %v", err)
	}
	defer sub.Unsubscribe()
	l.Commit()
	select {
	case h := <-heads:
		if h.Number.Uint64() != 2 {
			t.Errorf("new head %d, want 2", h.Number)
		}
	case err := <-sub.Err():
		t.Fatal(err)
	case <-ctx.Done():
		t.Fatal("no new head over WebSocket")
	}

	busy := strings.TrimPrefix(l.URL(), "http://")
	if other, err := New(Config{HTTPAddr: busy}); err == nil {
		_ = other.Stop(ctx)
		t.Errorf("New on the busy address %s succeeded", busy)
	} else if !strings.Contains(err.Error(), busy) {
		t.Errorf("error %q does not name the address %s", err, busy)
	}

	if got := newL1(t, Config{}).URL(); got != "" {
		t.Errorf("URL() without HTTPAddr = %q, want empty", got)
	}
}

// eip712Domain is EigenLayer's domain separator: keccak256(abi.encode(DOMAIN_TYPEHASH, keccak256("EigenLayer"),
// chainid, verifyingContract)).
func eip712Domain(chainID *big.Int, contract common.Address) common.Hash {
	return crypto.Keccak256Hash(
		crypto.Keccak256([]byte("EIP712Domain(string name,uint256 chainId,address verifyingContract)")),
		crypto.Keccak256([]byte("EigenLayer")),
		common.LeftPadBytes(chainID.Bytes(), 32),
		common.LeftPadBytes(contract.Bytes(), 32),
	)
}

func TestL1_OperatorRegistersWithEigenLayerAndSignsAVSRegistration(t *testing.T) {
	l := newL1(t, Config{})
	ctx := context.Background()
	el := l.EigenLayer()
	avs := l.Accounts()[0] // in M2 any address may act as the AVS calling registerOperatorToAVS

	// A fresh operator, funded by account 0.
	opKey, err := crypto.ToECDSA(crypto.Keccak256([]byte("mach devnet/l1 test operator")))
	if err != nil {
		t.Fatal(err)
	}
	op := crypto.PubkeyToAddress(opKey.PublicKey)
	mined(t, ctx, l, sendETH(t, ctx, l, avs.Key, op, big.NewInt(params.Ether)))

	dm, err := delegation.NewContractDelegationManager(el.DelegationManager, l.Client())
	if err != nil {
		t.Fatal(err)
	}
	tx, err := dm.RegisterAsOperator(transactor(t, l, opKey), delegation.IDelegationManagerOperatorDetails{
		DeprecatedEarningsReceiver: op,
	}, "https://example.com/operator.json")
	if err != nil {
		t.Fatalf("registerAsOperator: %v", err)
	}
	mined(t, ctx, l, tx)
	isOp, err := dm.IsOperator(&bind.CallOpts{Context: ctx}, op)
	if err != nil {
		t.Fatal(err)
	}
	if !isOp {
		t.Fatalf("isOperator(%s) = false after registerAsOperator", op)
	}

	// EIP-712: the AVSDirectory's domain separator is the one for the chain ID we run, and a digest signed
	// off-chain with it is accepted on-chain.
	dir, err := avsdirectory.NewContractIAVSDirectory(el.AVSDirectory, l.Client())
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{Context: ctx}
	domain, err := dir.DomainSeparator(call)
	if err != nil {
		t.Fatalf("domainSeparator: %v", err)
	}
	if want := eip712Domain(l.ChainID(), el.AVSDirectory); common.Hash(domain) != want {
		t.Fatalf("AVSDirectory domainSeparator = %x, want %x (chain %s)", domain, want, l.ChainID())
	}
	salt := crypto.Keccak256Hash([]byte("salt"))
	head, err := l.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	expiry := new(big.Int).SetUint64(head.Time + 3600)
	typeHash, err := dir.OPERATORAVSREGISTRATIONTYPEHASH(call)
	if err != nil {
		t.Fatal(err)
	}
	digest := crypto.Keccak256Hash([]byte{0x19, 0x01}, domain[:], crypto.Keccak256(
		typeHash[:], common.LeftPadBytes(op.Bytes(), 32), common.LeftPadBytes(avs.Address.Bytes(), 32), salt[:],
		common.LeftPadBytes(expiry.Bytes(), 32)))
	onchain, err := dir.CalculateOperatorAVSRegistrationDigestHash(call, op, avs.Address, salt, expiry)
	if err != nil {
		t.Fatalf("calculateOperatorAVSRegistrationDigestHash: %v", err)
	}
	if common.Hash(onchain) != digest {
		t.Fatalf("on-chain digest %x, Go digest %x", onchain, digest)
	}
	sig, err := crypto.Sign(digest[:], opKey)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	tx, err = dir.RegisterOperatorToAVS(transactor(t, l, avs.Key), op,
		avsdirectory.ISignatureUtilsSignatureWithSaltAndExpiry{Signature: sig, Salt: salt, Expiry: expiry})
	if err != nil {
		t.Fatalf("registerOperatorToAVS: %v", err)
	}
	r := mined(t, ctx, l, tx)
	var registered bool
	for _, lg := range r.Logs {
		if ev, err := dir.ParseOperatorAVSRegistrationStatusUpdated(*lg); err == nil {
			registered = ev.Operator == op && ev.Avs == avs.Address && ev.Status == 1
		}
	}
	if !registered {
		t.Error("no OperatorAVSRegistrationStatusUpdated(operator, avs, REGISTERED) event")
	}
}

// sendETH sends value from key to to and returns the pending transaction.
func sendETH(t *testing.T, ctx context.Context, l *L1, key *ecdsa.PrivateKey, to common.Address, value *big.Int) *types.Transaction {
	t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := l.Client().PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := l.Client().SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := l.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(l.ChainID()), &types.DynamicFeeTx{
		ChainID: l.ChainID(), Nonce: nonce, GasTipCap: tip, Gas: 21_000, To: &to, Value: value,
		GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Client().SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send: %v", err)
	}
	return tx
}
