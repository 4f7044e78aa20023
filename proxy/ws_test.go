package proxy

import (
	"bytes"
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
	"github.com/ethereum/go-ethereum/crypto"
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
			true, ""}, // the write is marked refused and answered by plan (below), never relayed
		{"refused batch", `[{"jsonrpc":"2.0","id":4,"method":"admin_peers"},{"jsonrpc":"2.0","id":5,"method":"eth_sendRawTransaction","params":["0x00"]}]`,
			false, `[{"jsonrpc":"2.0","id":4,"error":{"code":-32601`},
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
	msg := []byte(`[{"jsonrpc":"2.0","id":4,"method":"eth_chainId"},{"jsonrpc":"2.0","method":"eth_sendRawTransaction","params":["0x01"]},` +
		`{"jsonrpc":"2.0","id":5,"method":"eth_sendRawTransaction","params":["0x00"]}]`)
	calls, batch, _, _ := rel.checkCalls(msg)
	p := rel.plan(msg, calls, batch)
	if len(p.calls) != 1 || p.calls[0].Method != "eth_chainId" || p.reply != nil ||
		!strings.HasPrefix(string(p.held), `{"jsonrpc":"2.0","id":5,"error":{"code":-32090,`) || strings.Count(string(p.held), `"jsonrpc"`) != 1 {
		t.Fatalf("mixed batch: relays %+v, holds %s, replies %s", p.calls, p.held, p.reply)
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

// wsTestConn is a raw WebSocket client for checking the bytes the proxy sends.
type wsTestConn struct {
	t    *testing.T
	conn *websocket.Conn
}

// dialWSTest connects to url (http:// or ws://) over WebSocket.
func dialWSTest(t *testing.T, url string) *wsTestConn {
	t.Helper()
	url = "ws" + strings.TrimPrefix(strings.TrimPrefix(url, "ws"), "http")
	conn, _, err := websocket.DefaultDialer.DialContext(testContext(t), url, nil)
	if err != nil {
		t.Fatalf("dial %s: %v", url, err)
	}
	t.Cleanup(func() { _ = conn.Close() })
	return &wsTestConn{t: t, conn: conn}
}

func (w *wsTestConn) send(msg string) {
	w.t.Helper()
	if err := w.conn.WriteMessage(websocket.TextMessage, []byte(msg)); err != nil {
		w.t.Fatalf("send %s: %v", msg, err)
	}
}

func (w *wsTestConn) read() []byte {
	w.t.Helper()
	_ = w.conn.SetReadDeadline(time.Now().Add(15 * time.Second))
	_, msg, err := w.conn.ReadMessage()
	if err != nil {
		w.t.Fatalf("read: %v", err)
	}
	return bytes.TrimSpace(msg)
}

// call sends msg and returns the next message.
func (w *wsTestConn) call(msg string) []byte {
	w.t.Helper()
	w.send(msg)
	return w.read()
}

// batchByID decodes a batch answer into its entries by raw id, failing on a duplicate id.
func batchByID(t *testing.T, msg []byte) map[string]wireResponse {
	t.Helper()
	var rs []wireResponse
	if err := json.Unmarshal(msg, &rs); err != nil {
		t.Fatalf("not a batch answer: %s: %v", msg, err)
	}
	out := map[string]wireResponse{}
	for _, r := range rs {
		if _, dup := out[string(r.ID)]; dup {
			t.Fatalf("id %s answered twice in %s", r.ID, msg)
		}
		out[string(r.ID)] = r
	}
	return out
}

// wsFinalitySetup is an L2 of 6 blocks with a WebSocket upstream, a verifier feed at block head, and a proxy with
// rewrite_tags as given; it returns the chain, the feed and the proxy's HTTP URL for the rollup.
func wsFinalitySetup(t *testing.T, head uint64, rewrite bool, alerts AlertState) (*l2.Chain, *testHeads, *Server, string) {
	t.Helper()
	chain := newChain(t, 6) // the devnet L2 moves safe and finalized with the head: both are 6
	heads := &testHeads{}
	heads.set(head, blockHash(t, chain, head))
	cfg := testConfig(chain.URL())
	cfg.Rollups[0].Upstreams[0].WSURL = wsUpstream(t, chain)
	cfg.Rollups[0].RewriteTags = rewrite
	s, url := startWithHeads(t, cfg, alerts, heads)
	return chain, heads, s, url
}

// TestProxy_WebSocketAnswersMachFinalityLikeHTTP: over WebSocket, mach_finality is answered by the proxy, byte for
// byte as over HTTP, never by the node; in a batch with other calls the client gets one array answering each id
// once (the others by the node), also for a batch of mach_finality alone and for one whose other calls are
// notifications; calls after a split batch are still answered under their own ids.
func TestProxy_WebSocketAnswersMachFinalityLikeHTTP(t *testing.T) {
	chain, _, s, url := wsFinalitySetup(t, 4, false, newTestAlerts())
	ws := dialWSTest(t, url)
	hash := func(n uint64) string { return `"` + blockHash(t, chain, n).Hex() + `"` }
	finality := func(id, arg string) string {
		return `{"jsonrpc":"2.0","id":` + id + `,"method":"mach_finality","params":[` + arg + `]}`
	}
	for _, arg := range []string{`"0x2"`, `"0x5"`, hash(3), hash(5), `"latest"`, `{"blockHash":` + hash(1) + `}`,
		`"0x` + strings.Repeat("ab", 32) + `"`, `"soon"`} {
		msg := finality(`"f"`, arg)
		if got, want := ws.call(msg), postRaw(t, url, msg); !bytes.Equal(got, want) {
			t.Errorf("mach_finality(%s) over WebSocket: %s\n over HTTP: %s", arg, got, want)
		}
	}
	if got := metricValue(t, s, "mach_proxy_requests_total", "method", FinalityMethod, "status", statusRelayed); got > 0 {
		t.Errorf("mach_finality counted as relayed %v times", got)
	}
	// A notification gets no answer: the next message is the next call's.
	ws.send(`{"jsonrpc":"2.0","method":"mach_finality","params":["0x1"]}`)
	if r, _ := decodeOne(t, ws.call(`{"jsonrpc":"2.0","id":9,"method":"eth_chainId"}`)); string(r.ID) != "9" {
		t.Fatalf("after a mach_finality notification: %+v", r)
	}

	verified3 := resultOf(t, postRaw(t, url, finality("1", hash(3))))
	unsafe5 := resultOf(t, postRaw(t, url, finality("1", `"0x5"`)))
	block2 := resultOf(t, postRaw(t, chain.URL(), `{"jsonrpc":"2.0","id":1,"method":"eth_getBlockByNumber","params":["0x2",false]}`))
	chainID := resultOf(t, postRaw(t, chain.URL(), `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`))
	for _, tc := range []struct {
		name, batch string
		want        map[string]json.RawMessage
	}{
		{"mixed", `[{"jsonrpc":"2.0","id":1,"method":"eth_chainId"},` + finality("2", hash(3)) + `,` +
			`{"jsonrpc":"2.0","method":"mach_finality","params":["0x1"]},` +
			`{"jsonrpc":"2.0","id":"x","method":"eth_getBlockByNumber","params":["0x2",false]},` + finality("3", `"0x5"`) + `]`,
			map[string]json.RawMessage{"1": chainID, "2": verified3, `"x"`: block2, "3": unsafe5}},
		{"mach_finality alone", `[` + finality("4", hash(3)) + `,` + finality("5", `"0x5"`) + `]`,
			map[string]json.RawMessage{"4": verified3, "5": unsafe5}},
		{"the other calls notifications", `[` + finality("6", `"0x5"`) + `,{"jsonrpc":"2.0","method":"eth_chainId"}]`,
			map[string]json.RawMessage{"6": unsafe5}},
		{"mach_finality a notification", `[{"jsonrpc":"2.0","method":"mach_finality","params":["0x1"]},{"jsonrpc":"2.0","id":7,"method":"eth_chainId"}]`,
			map[string]json.RawMessage{"7": chainID}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := batchByID(t, ws.call(tc.batch))
			if len(got) != len(tc.want) {
				t.Fatalf("answered ids %v, want %v", got, tc.want)
			}
			for id, want := range tc.want {
				if r, ok := got[id]; !ok || !bytes.Equal(r.Result, want) {
					t.Errorf("id %s: %s (error %s), want %s", id, r.Result, r.Error, want)
				}
			}
		})
	}

	// A split batch and a single call sent back to back: each answer under its own ids.
	ws.send(`[` + finality("10", `"0x2"`) + `,{"jsonrpc":"2.0","id":11,"method":"eth_chainId"}]`)
	ws.send(`{"jsonrpc":"2.0","id":12,"method":"eth_blockNumber"}`)
	for range 2 {
		msg := ws.read()
		if msg[0] == '[' {
			if got := batchByID(t, msg); len(got) != 2 || got["10"].Result == nil || !bytes.Equal(got["11"].Result, chainID) {
				t.Errorf("split batch: %s", msg)
			}
		} else if r, _ := decodeOne(t, msg); string(r.ID) != "12" || string(r.Result) != `"0x6"` {
			t.Errorf("call after a split batch: %s", msg)
		}
	}
	if got := metricValue(t, s, "mach_proxy_requests_total", "method", FinalityMethod, "upstream", noUpstream, "status", statusOK); got < 10 {
		t.Errorf("mach_finality answered over WebSocket counted %v times", got)
	}
}

// TestProxy_WebSocketRewritesSafeAndFinalizedLikeHTTP: with rewrite_tags and a verified head at 3 (the node's safe
// and finalized are 6), safe and finalized in WebSocket calls reach the node as block 3, in single calls and in
// batches (with mach_finality too), byte for byte what the node answers for 0x3; subscriptions are left alone.
func TestProxy_WebSocketRewritesSafeAndFinalizedLikeHTTP(t *testing.T) {
	chain, _, _, url := wsFinalitySetup(t, 3, true, newTestAlerts())
	dev := crypto.PubkeyToAddress(chain.Keys()[0].PublicKey).Hex()
	ws := dialWSTest(t, url)
	call := func(id, method, params string) string {
		return `{"jsonrpc":"2.0","id":` + id + `,"method":"` + method + `","params":` + params + `}`
	}
	same := func(proxied, direct string) {
		t.Helper()
		if got, want := ws.call(proxied), postRaw(t, chain.URL(), direct); !bytes.Equal(got, want) {
			t.Errorf("%s\n over WebSocket through the proxy: %s\n want (node, %s): %s", proxied, got, direct, want)
		}
	}
	for _, tag := range []string{"safe", "finalized"} {
		same(call("7", "eth_getBlockByNumber", `["`+tag+`",false]`), call("7", "eth_getBlockByNumber", `["0x3",false]`))
		same(call(`"b"`, "eth_getBalance", `["`+dev+`",{"blockNumber":"`+tag+`"}]`), call(`"b"`, "eth_getBalance", `["`+dev+`","0x3"]`))
		same(call("7", "eth_getLogs", `[{"fromBlock":"0x0","toBlock":"`+tag+`"}]`), call("7", "eth_getLogs", `[{"fromBlock":"0x0","toBlock":"0x3"}]`))
		same(call("7", "eth_getBlockByNumber", `["latest",false]`), call("7", "eth_getBlockByNumber", `["latest",false]`))
	}
	got := batchByID(t, ws.call(`[`+call("1", "eth_getBlockByNumber", `["safe",false]`)+`,`+call("2", "eth_getBlockByNumber", `["latest",false]`)+
		`,`+call("3", "mach_finality", `["finalized"]`)+`,`+call("4", "eth_getBlockByNumber", `["finalized",false]`)+`]`))
	for id, want := range map[string]uint64{"1": 3, "2": 6, "4": 3} {
		if n := blockNumberIn(t, got[id].Result); n != want {
			t.Errorf("batch entry %s: block %d, want %d", id, n, want)
		}
	}
	if string(got["3"].Result) != `{"status":"verified","block":3,"verifiedHead":3}` {
		t.Errorf("mach_finality(finalized) in the batch: %s %s", got["3"].Result, got["3"].Error)
	}

	// eth_subscribe's params are not block tags; the subscription works as before.
	var sub string
	if r, _ := decodeOne(t, ws.call(call("5", "eth_subscribe", `["newHeads"]`))); json.Unmarshal(r.Result, &sub) != nil {
		t.Fatalf("eth_subscribe: %s", r.Error)
	}
	if _, err := chain.BuildBlock(testContext(t)); err != nil {
		t.Fatal(err)
	}
	var note struct {
		Params struct {
			Subscription string `json:"subscription"`
		} `json:"params"`
	}
	if msg := ws.read(); json.Unmarshal(msg, &note) != nil || note.Params.Subscription != sub {
		t.Errorf("newHeads notification: %s", msg)
	}
}

// TestProxy_WebSocketBreakerComesBeforeFinalityAndTags: the breaker judges WebSocket calls before the proxy answers
// mach_finality or rewrites a tag: under block-writes a batch with a transaction is refused whole and a single
// mach_finality call is answered as over HTTP (alerted, with the alert); under block-all both are refused with
// -32090.
func TestProxy_WebSocketBreakerComesBeforeFinalityAndTags(t *testing.T) {
	alerts := newTestAlerts()
	chain, _, _, url := wsFinalitySetup(t, 3, true, alerts)
	ws := dialWSTest(t, url)
	alert := Alert{Level: LevelConfirmed, MessageHash: common.HexToHash("0xa1"), L1TxHash: common.HexToHash("0xb2"), ObservedAt: time.Now()}
	alerts.set(map[uint64]Alert{l2.DefaultChainID: alert}, time.Now())

	finality := `{"jsonrpc":"2.0","id":1,"method":"mach_finality","params":["0x5"]}`
	if got, want := ws.call(finality), postRaw(t, url, finality); !bytes.Equal(got, want) || !bytes.Contains(got, []byte(`"status":"alerted"`)) {
		t.Errorf("mach_finality under block-writes over WebSocket: %s\n over HTTP: %s", got, want)
	}
	tx := `{"jsonrpc":"2.0","id":2,"method":"eth_sendRawTransaction","params":["` + signedTransfer(t, chain, 2, 0) + `"]}`
	got := batchByID(t, ws.call(`[`+finality+`,`+tx+`]`))
	if !bytes.Contains(got["1"].Result, []byte(`"status":"alerted"`)) {
		t.Errorf("mach_finality in a batch with a refused transaction: %s", got["1"].Result)
	}
	if c := errorCode(got["2"]); c != CodeTripped {
		t.Errorf("transaction under block-writes: code %d, want %d", c, CodeTripped)
	}
	// As over HTTP, the refused call of a batch is answered with its error and the others go upstream.
	got = batchByID(t, ws.call(`[{"jsonrpc":"2.0","id":3,"method":"eth_chainId"},`+tx+`]`))
	if c := errorCode(got["2"]); c != CodeTripped || string(got["3"].Result) != `"0x385"` || len(got) != 2 {
		t.Errorf("a read and a refused transaction in one batch: %+v", got)
	}

	alert.Level = LevelProved // block-all
	alerts.set(map[uint64]Alert{l2.DefaultChainID: alert}, time.Now())
	for _, msg := range []string{finality, `{"jsonrpc":"2.0","id":1,"method":"eth_getBlockByNumber","params":["finalized",false]}`} {
		if _, e := decodeOne(t, ws.call(msg)); e == nil || e.Code != CodeTripped {
			t.Errorf("%s under block-all: %+v, want %d", msg, e, CodeTripped)
		}
	}
}

// errorCode is r's error code, 0 without one.
func errorCode(r wireResponse) int {
	var e rpcError
	_ = json.Unmarshal(r.Error, &e)
	return e.Code
}

// TestWSRelay_SplitBatchIsAnsweredAsOneArray follows a split batch through the relay without a network: the relayed
// part goes upstream under the relay's own ids (a subscription in it recorded as any other); the upstream's array,
// in any order, comes back with the client's ids and the proxy's answers in one array. A split batch in flight when
// the upstream connection is lost is answered as one array too (the relayed calls with the error), other calls
// one by one.
func TestWSRelay_SplitBatchIsAnsweredAsOneArray(t *testing.T) {
	s, err := New(testConfig("http://127.0.0.1:1"), newTestAlerts(), discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	ro := s.rollups[0]
	rel := &wsRelay{s: s, ro: ro, r: &http.Request{RemoteAddr: "192.0.2.1:1"}, ctx: context.Background()}
	rel.link.Store(&wsLink{u: ro.pool.ups[0]})
	send := func(msg string) []byte {
		t.Helper()
		calls, batch, reply, relay := rel.checkCalls([]byte(msg))
		if !relay {
			t.Fatalf("refused: %s", reply)
		}
		p := rel.plan([]byte(msg), calls, batch)
		if p.reply != nil || p.held == nil {
			t.Fatalf("not split: %+v", p)
		}
		return rel.toUpstream(p.raw, p.calls, p.batch, p.held)
	}
	up := send(`[{"jsonrpc":"2.0","id":"a","method":"eth_subscribe","params":["newHeads"]},` +
		`{"jsonrpc":"2.0","id":"b","method":"mach_finality","params":["0x1"]},{"jsonrpc":"2.0","method":"eth_chainId"},` +
		`{"jsonrpc":"2.0","id":3,"method":"eth_chainId"}]`)
	var sent []struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
	}
	if err := json.Unmarshal(up, &sent); err != nil || len(sent) != 3 {
		t.Fatalf("sent upstream: %s", up)
	}
	for i, want := range []string{"eth_subscribe", "eth_chainId", "eth_chainId"} {
		if sent[i].Method != want || (i != 1) != strings.HasPrefix(string(sent[i].ID), `"mach-split-`) {
			t.Fatalf("sent upstream: %s", up)
		}
	}
	answer := `[{"jsonrpc":"2.0","id":` + string(sent[2].ID) + `,"result":"0x385"},{"jsonrpc":"2.0","id":` + string(sent[0].ID) + `,"result":"0xabc"}]`
	out, forward := rel.fromUpstream([]byte(answer))
	want := `[{"jsonrpc":"2.0","id":3,"result":"0x385"},{"jsonrpc":"2.0","id":"a","result":"0xabc"},` +
		`{"jsonrpc":"2.0","id":"b","result":{"status":"unsafe","block":1,"verifiedHead":null}}]`
	if !forward || string(out) != want {
		t.Fatalf("to the client: %s\n want %s", out, want)
	}
	if _, live := rel.subs.live[`"0xabc"`]; !live || len(rel.subs.pending) != 0 || len(rel.subs.split) != 0 {
		t.Fatalf("after the answer: live %v, pending %v, split %v", rel.subs.live, rel.subs.pending, rel.subs.split)
	}

	send(`[{"jsonrpc":"2.0","id":4,"method":"eth_chainId"},{"jsonrpc":"2.0","id":5,"method":"mach_finality","params":["0x2"]}]`)
	single := []byte(`{"jsonrpc":"2.0","id":6,"method":"eth_chainId"}`)
	calls, _, _ := Parse(single, s.limits)
	rel.toUpstream(single, calls, false, nil)
	lost := &Error{Code: CodeInternal, Message: "lost"}
	rel.subs.mu.Lock()
	answers := rel.subs.abandon(lost)
	rel.subs.mu.Unlock()
	got := map[string]bool{}
	for _, a := range answers {
		got[string(a)] = true
	}
	for _, w := range []string{
		`{"jsonrpc":"2.0","id":6,"error":{"code":-32603,"message":"lost"}}`,
		`[{"jsonrpc":"2.0","id":4,"error":{"code":-32603,"message":"lost"}},{"jsonrpc":"2.0","id":5,"result":{"status":"unsafe","block":2,"verifiedHead":null}}]`,
	} {
		if !got[w] {
			t.Errorf("lost calls answered %q, want %s among them", answers, w)
		}
	}
	if len(answers) != 2 || len(rel.subs.pending) != 0 || len(rel.subs.split) != 0 {
		t.Errorf("after abandon: %d answers, pending %v, split %v", len(answers), rel.subs.pending, rel.subs.split)
	}
}
