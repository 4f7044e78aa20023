package proxy

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mach-avs/mach/devnet/l2"
)

// TestProxy_WebSocketRelaysSubscriptionsAndTripsTheBreaker connects a go-ethereum client over WebSocket through
// the proxy to an in-process OP L2 (op-geth's RPC server on its WebSocket side): calls and newHeads notifications
// flow; under block-writes a transaction sent over the socket gets -32090 while reads still work; block-all closes
// the open connection (no more heads of the faulty rollup) and refuses new ones.
func TestProxy_WebSocketRelaysSubscriptionsAndTripsTheBreaker(t *testing.T) {
	chain := newChain(t, 0)
	cfg := testConfig(chain.URL())
	cfg.Rollups[0].Upstreams[0].WSURL = wsUpstream(t, chain)
	alerts := newTestAlerts()
	_, base := startProxy(t, cfg, alerts, nil)
	wsURL := "ws" + base[len("http"):] + "/rpc/op"

	ctx := testContext(t)
	rc, err := rpc.DialWebsocket(ctx, wsURL, "")
	if err != nil {
		t.Fatalf("dial the proxy over WebSocket: %v", err)
	}
	t.Cleanup(rc.Close)
	ec := ethclient.NewClient(rc)
	if id, err := ec.ChainID(ctx); err != nil || id.Uint64() != l2.DefaultChainID {
		t.Fatalf("eth_chainId over WebSocket: %v %v", id, err)
	}
	heads := make(chan *types.Header, 16)
	sub, err := ec.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatalf("eth_subscribe newHeads: %v", err)
	}
	for i := uint64(1); i <= 2; i++ {
		if _, err := chain.BuildBlock(ctx); err != nil {
			t.Fatal(err)
		}
		select {
		case h := <-heads:
			if h.Number.Uint64() != i {
				t.Fatalf("head %d, want %d", h.Number, i)
			}
		case err := <-sub.Err():
			t.Fatalf("subscription ended: %v", err)
		case <-time.After(10 * time.Second):
			t.Fatalf("no head %d through the proxy", i)
		}
	}

	alert := Alert{Level: LevelConfirmed, MessageHash: common.HexToHash("0xabc1"), L1TxHash: common.HexToHash("0xdef2"), ObservedAt: time.Now()}
	alerts.set(map[uint64]Alert{l2.DefaultChainID: alert}, time.Now())
	var raw hexutil.Bytes = common.FromHex(signedTransfer(t, chain, 2, 0))
	var tx types.Transaction
	if err := tx.UnmarshalBinary(raw); err != nil {
		t.Fatal(err)
	}
	err = ec.SendTransaction(ctx, &tx)
	var rpcErr rpc.Error
	if !errors.As(err, &rpcErr) || rpcErr.ErrorCode() != CodeTripped {
		t.Fatalf("transaction under block-writes: %v, want code %d", err, CodeTripped)
	}
	if _, err := ec.BalanceAt(ctx, common.Address{1}, nil); err != nil {
		t.Fatalf("read under block-writes: %v", err)
	}

	alert.Level = LevelProved
	alerts.set(map[uint64]Alert{l2.DefaultChainID: alert}, time.Now())
	if _, err := chain.BuildBlock(ctx); err != nil { // its head is not delivered: the relay closes instead
		t.Fatal(err)
	}
	select {
	case h := <-heads:
		t.Fatalf("head %d delivered under block-all", h.Number)
	case <-sub.Err():
	case <-time.After(10 * time.Second):
		t.Fatal("the subscription survived block-all")
	}
	if _, err := rpc.DialWebsocket(ctx, wsURL, ""); err == nil {
		t.Fatal("a new WebSocket connection was accepted under block-all")
	}
}

func TestWSRelay_CheckRefusesWholeBatchesAndNeverRelaysRefusedCalls(t *testing.T) {
	alerts := newTestAlerts()
	alerts.set(map[uint64]Alert{901: {Level: LevelConfirmed}}, time.Now()) // block-writes
	s, err := New(testConfig("http://127.0.0.1:1"), alerts, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	ro := s.rollups[0]
	rel := &wsRelay{s: s, ro: ro, r: &http.Request{RemoteAddr: "192.0.2.1:1"}, up: ro.pool.ups[0]}
	for _, tc := range []struct {
		name, msg string
		relay     bool
		reply     string
	}{
		{"read", `{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber"}`, true, ""},
		{"subscribe", `{"jsonrpc":"2.0","id":2,"method":"eth_subscribe","params":["newHeads"]}`, true, ""},
		{"write", `{"jsonrpc":"2.0","id":3,"method":"eth_sendRawTransaction","params":["0x00"]}`, false, `"id":3,"error":{"code":-32090`},
		{"write notification", `{"jsonrpc":"2.0","method":"eth_sendRawTransaction","params":["0x00"]}`, false, ""},
		{"mixed batch", `[{"jsonrpc":"2.0","id":4,"method":"eth_chainId"},{"jsonrpc":"2.0","id":5,"method":"eth_sendRawTransaction","params":["0x00"]}]`,
			false, `[{"jsonrpc":"2.0","id":4,"error":{"code":-32600,"message":"batch refused`},
		{"denied", `{"jsonrpc":"2.0","id":6,"method":"admin_peers"}`, false, `"code":-32601`},
		{"garbage", `{"id":`, false, `"id":null,"error":{"code":-32700`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reply, relay := rel.check([]byte(tc.msg))
			if relay != tc.relay || (tc.reply == "" && reply != nil) || !strings.Contains(string(reply), tc.reply) {
				t.Fatalf("relay %v, reply %s", relay, reply)
			}
		})
	}
}

// TestProxy_StopClosesWebSocketRelays stops the proxy while a client holds a WebSocket subscription: Stop returns
// promptly and the client's subscription ends.
func TestProxy_StopClosesWebSocketRelays(t *testing.T) {
	chain := newChain(t, 0)
	cfg := testConfig(chain.URL())
	cfg.Rollups[0].Upstreams[0].WSURL = wsUpstream(t, chain)
	s, err := New(cfg, nil, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	ctx := testContext(t)
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	rc, err := rpc.DialWebsocket(ctx, "ws://"+s.Addr()+"/rpc/op", "")
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	heads := make(chan *types.Header, 4)
	sub, err := ethclient.NewClient(rc).SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	stopCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	start := time.Now()
	if err := s.Stop(stopCtx); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Fatalf("Stop took %s with a WebSocket client connected", took)
	}
	select {
	case <-sub.Err():
	case <-time.After(5 * time.Second):
		t.Fatal("the subscription survived Stop")
	}
}
