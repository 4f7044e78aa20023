package proxy

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
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
// through the proxy in front of an in-process node that mines every 100 ms: the wallet reads a balance, sends a
// transaction and gets its receipt, and watches new heads over WebSocket; then a confirmed alert (block-writes)
// makes its next transaction fail with -32090 naming the alert, and a proved alert (block-all) its reads.
func TestProxy_EthersWalletThroughTheBreaker(t *testing.T) {
	nodeBin, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	if _, err := os.Stat("testdata/wallet/node_modules/ethers/package.json"); err != nil {
		t.Skip("ethers is not installed: run npm ci in proxy/testdata/wallet")
	}
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	httpPort, wsPort := freePort(t), freePort(t)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(1e18), big.NewInt(100))}},
		func(nc *node.Config, _ *ethconfig.Config) {
			nc.HTTPHost, nc.HTTPPort, nc.HTTPModules = "127.0.0.1", httpPort, []string{"eth", "net", "web3"}
			nc.WSHost, nc.WSPort, nc.WSModules, nc.WSOrigins = "127.0.0.1", wsPort, []string{"eth", "net", "web3"}, []string{"*"}
		})
	t.Cleanup(func() { _ = sim.Close() })
	stop := make(chan struct{})
	mined := make(chan struct{})
	go func() { // a block every 100 ms, like a fast L2
		defer close(mined)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				sim.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-mined })

	cfg := testConfig(fmt.Sprintf("http://127.0.0.1:%d", httpPort))
	cfg.Rollups[0].ChainID = 1337
	cfg.Rollups[0].Upstreams[0].WSURL = fmt.Sprintf("ws://127.0.0.1:%d", wsPort)
	alerts := newTestAlerts()
	_, base := startProxy(t, cfg, alerts, nil)
	httpURL, wsURL := base+"/rpc/op", "ws"+base[len("http"):]+"/rpc/op"

	ctx := testContext(t)
	run := func(mode string) walletResult {
		t.Helper()
		cmd := exec.CommandContext(ctx, nodeBin, "wallet.js", mode, httpURL, wsURL, hexutil.Encode(crypto.FromECDSA(key)), "1337")
		cmd.Dir = "testdata/wallet"
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
	if _, pending, err := sim.Client().TransactionByHash(ctx, common.HexToHash(r.TxHash)); err != nil || pending {
		t.Fatalf("the wallet's transaction is not on chain: pending %v, %v", pending, err)
	}

	alert := Alert{Level: LevelConfirmed, MessageHash: common.HexToHash("0x5e1f"), L1TxHash: common.HexToHash("0x11aa"), ObservedAt: time.Now()}
	alerts.set(map[uint64]Alert{1337: alert}, time.Now())
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
	alerts.set(map[uint64]Alert{1337: alert}, time.Now())
	r = run("all-blocked")
	if r.Balance != "" || r.Error == nil || r.Error.Code != CodeTripped {
		t.Fatalf("under block-all: %+v (error %+v)", r, r.Error)
	}
}
