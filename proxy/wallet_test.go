package proxy

import (
	"encoding/json"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/mach-avs/mach/devnet/l2"
)

// walletResult is what testdata/wallet/wallet.js prints.
type walletResult struct {
	Balance  string   `json:"balance"`
	TxHash   string   `json:"txHash"`
	TxStatus int      `json:"txStatus"`
	Heads    []uint64 `json:"heads"`
	Sent     bool     `json:"sent"`
	Error    *struct {
		EthersCode string          `json:"ethersCode"`
		Code       int             `json:"code"`
		Message    string          `json:"message"`
		Data       json.RawMessage `json:"data"`
	} `json:"error"`
}

// TestProxy_EthersWalletThroughTheBreaker drives ethers v6 (pinned in testdata/wallet, installed with npm ci)
// through the proxy in front of an in-process OP L2 building a block every 200 ms: the wallet reads a balance, sends a
// transaction and gets its receipt, and watches new heads over WebSocket; then a confirmed alert (block-writes)
// makes its next transaction fail with -32090 naming the alert, and a proved alert (block-all) its reads.
func TestProxy_EthersWalletThroughTheBreaker(t *testing.T) {
	// make test installs ethers and sets MACH_REQUIRE_WALLET: there a missing wallet fails instead of skipping.
	skip := t.Skip
	if os.Getenv("MACH_REQUIRE_WALLET") != "" {
		skip = t.Fatal
	}
	nodeBin, err := exec.LookPath("node")
	if err != nil {
		skip("node is not installed")
	}
	if _, err := os.Stat("testdata/wallet/node_modules/ethers/package.json"); err != nil {
		skip("ethers is not installed: run npm ci in proxy/testdata/wallet (make test does)")
	}
	chain, err := l2.New(l2.Config{BlockTime: 200 * time.Millisecond, Logger: discardLogger()}) // a fast OP L2
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = chain.Close() })
	if err := chain.Start(testContext(t)); err != nil {
		t.Fatal(err)
	}
	waitIndexed(t, chain.URL()) // ethers gives up on the node's "transaction indexing is in progress"
	key := chain.Keys()[3]

	cfg := testConfig(chain.URL())
	cfg.Rollups[0].Upstreams[0].WSURL = wsUpstream(t, chain)
	alerts := newTestAlerts()
	_, base := startProxy(t, cfg, alerts, nil)
	httpURL, wsURL := base+"/rpc/op", "ws"+base[len("http"):]+"/rpc/op"

	ctx := testContext(t)
	run := func(mode string) walletResult {
		t.Helper()
		cmd := exec.CommandContext(ctx, nodeBin, "wallet.js", mode, httpURL, wsURL, hexutil.Encode(crypto.FromECDSA(key)), strconv.Itoa(l2.DefaultChainID))
		cmd.Dir = "testdata/wallet"
		cmd.WaitDelay = 5 * time.Second // never wait on a killed script's pipes
		var stderr strings.Builder
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("wallet.js %s: %v\n%s", mode, err, stderr.String())
		}
		var r walletResult
		if err := json.Unmarshal(out, &r); err != nil {
			t.Fatalf("wallet.js %s printed %s: %v", mode, out, err)
		}
		t.Logf("wallet.js %s: %s", mode, out)
		return r
	}

	r := run("pass")
	if r.TxStatus != 1 || len(r.Heads) != 2 || r.Heads[1] <= r.Heads[0] || r.Balance == "" {
		t.Fatalf("without an alert: %+v", r)
	}
	direct, err := ethclient.DialContext(ctx, chain.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer direct.Close()
	if rcpt, err := direct.TransactionReceipt(ctx, common.HexToHash(r.TxHash)); err != nil || rcpt.Status != 1 {
		t.Fatalf("the wallet's transaction %s is not on chain (read directly): %v", r.TxHash, err)
	}

	alert := Alert{Level: LevelConfirmed, MessageHash: common.HexToHash("0x5e1f"), L1TxHash: common.HexToHash("0x11aa"), ObservedAt: time.Now()}
	alerts.set(map[uint64]Alert{l2.DefaultChainID: alert}, time.Now())
	r = run("write-blocked")
	if r.Balance == "" || r.Sent || r.Error == nil || r.Error.Code != CodeTripped ||
		!strings.Contains(r.Error.Message, alert.MessageHash.Hex()) || !strings.Contains(r.Error.Message, alert.L1TxHash.Hex()) {
		t.Fatalf("under block-writes: %+v (error %+v)", r, r.Error)
	}
	var data struct{ MessageHash string }
	if err := json.Unmarshal(r.Error.Data, &data); err != nil || data.MessageHash != alert.MessageHash.Hex() {
		t.Errorf("error data %s", r.Error.Data)
	}

	alert.Level = LevelProved
	alerts.set(map[uint64]Alert{l2.DefaultChainID: alert}, time.Now())
	r = run("all-blocked")
	if r.Balance != "" || r.Error == nil || r.Error.Code != CodeTripped {
		t.Fatalf("under block-all: %+v (error %+v)", r, r.Error)
	}
}
