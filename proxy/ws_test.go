package proxy

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

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
	rel := &wsRelay{s: s, ro: ro, r: &http.Request{RemoteAddr: "192.0.2.1:1"}}
	rel.link.Store(&wsLink{u: ro.pool.ups[0]})
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

// TestProxy_WebSocketFailsOverToAnotherUpstream subscribes to newHeads through the proxy with two WebSocket
// upstreams, kills the one the relay uses mid-subscription: the relay moves to the other, the client's
// subscription id stays, the next head arrives under it, calls and eth_unsubscribe (by the client's id) work. Killing
// the second too closes the client's connection with 1013 (try again later).
func TestProxy_WebSocketFailsOverToAnotherUpstream(t *testing.T) {
	chain := newChain(t, 0)
	cfg := testConfig(chain.URL(), chain.URL())
	kill := map[string]func(){}
	for i := range cfg.Rollups[0].Upstreams {
		url, k := wsUpstreamKillable(t, chain)
		cfg.Rollups[0].Upstreams[i].WSURL = url
		kill[upstreamName(cfg.Rollups[0].Upstreams[i], i)] = k
	}
	s, base := startProxy(t, cfg, newTestAlerts(), nil)
	ctx := testContext(t)
	conn, _, err := websocket.DefaultDialer.DialContext(ctx, "ws"+strings.TrimPrefix(base, "http")+"/rpc/op", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	send := func(msg string) {
		t.Helper()
		if err := conn.WriteMessage(websocket.TextMessage, []byte(msg)); err != nil {
			t.Fatal(err)
		}
	}
	type message struct {
		ID     json.RawMessage `json:"id"`
		Result json.RawMessage `json:"result"`
		Error  json.RawMessage `json:"error"`
		Method string          `json:"method"`
		Params struct {
			Subscription string          `json:"subscription"`
			Result       json.RawMessage `json:"result"`
		} `json:"params"`
	}
	read := func() message {
		t.Helper()
		_ = conn.SetReadDeadline(time.Now().Add(15 * time.Second))
		_, raw, err := conn.ReadMessage()
		if err != nil {
			t.Fatalf("read: %v", err)
		}
		var m message
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatalf("%s: %v", raw, err)
		}
		return m
	}
	head := func(subID string, want uint64) {
		t.Helper()
		if _, err := chain.BuildBlock(ctx); err != nil {
			t.Fatal(err)
		}
		m := read()
		var h struct {
			Number hexutil.Uint64 `json:"number"`
		}
		_ = json.Unmarshal(m.Params.Result, &h)
		if m.Method != "eth_subscription" || m.Params.Subscription != subID || uint64(h.Number) != want {
			t.Fatalf("got %+v (head %d), want head %d under subscription %s", m, h.Number, want, subID)
		}
	}
	relay := func() *wsRelay {
		s.ws.mu.Lock()
		defer s.ws.mu.Unlock()
		for r := range s.ws.conns {
			return r
		}
		return nil
	}

	send(`{"jsonrpc":"2.0","id":1,"method":"eth_subscribe","params":["newHeads"]}`)
	var subID string
	if m := read(); json.Unmarshal(m.Result, &subID) != nil || subID == "" {
		t.Fatalf("eth_subscribe: %+v", m)
	}
	head(subID, 1)

	rel := relay()
	first := rel.cur().u.name
	kill[first]()
	waitFor(t, "the relay to fail over and subscribe again", 15*time.Second, func() bool {
		rel.subs.mu.Lock()
		defer rel.subs.mu.Unlock()
		return rel.cur().u.name != first && len(rel.subs.resub) == 0 && len(rel.subs.toUpstream) == 1
	})
	head(subID, 2)
	head(subID, 3)
	send(`{"jsonrpc":"2.0","id":"c","method":"eth_chainId"}`)
	if m := read(); string(m.ID) != `"c"` || m.Result == nil {
		t.Fatalf("eth_chainId after the failover: %+v", m)
	}
	send(`{"jsonrpc":"2.0","id":2,"method":"eth_unsubscribe","params":["` + subID + `"]}`)
	if m := read(); string(m.ID) != "2" || string(m.Result) != "true" {
		t.Fatalf("eth_unsubscribe by the client's id after the failover: %+v %s", m, m.Error)
	}
	if got := metricValue(t, s, "mach_proxy_websocket_failovers_total", "result", "ok"); got != 1 {
		t.Errorf("failovers counted: %v", got)
	}

	kill[rel.cur().u.name]()
	_ = conn.SetReadDeadline(time.Now().Add(15 * time.Second))
	_, _, err = conn.ReadMessage()
	var ce *websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != websocket.CloseTryAgainLater || !strings.Contains(ce.Text, "no healthy WebSocket upstream") {
		t.Fatalf("with no upstream left the client got %v, want close 1013", err)
	}
}
