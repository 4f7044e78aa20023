package proxy

import (
	"bytes"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mach-avs/mach/devnet/l2"
)

// testHeads is a verifier feed the test moves.
type testHeads struct {
	mu    sync.Mutex
	heads map[uint64]VerifiedHead
	halt  *VerifierHalt
}

func (h *testHeads) VerifierHalt(chainID uint64) (VerifierHalt, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.halt == nil || chainID != l2.DefaultChainID {
		return VerifierHalt{}, false
	}
	return *h.halt, true
}

func (h *testHeads) setHalt(v *VerifierHalt) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.halt = v
}

func (h *testHeads) VerifiedHead(chainID uint64) (VerifiedHead, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	v, ok := h.heads[chainID]
	return v, ok
}

func (h *testHeads) set(n uint64, hash common.Hash) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.heads = map[uint64]VerifiedHead{l2.DefaultChainID: {Number: n, Hash: hash, At: time.Now()}}
}

var _ VerifiedHeads = (*testHeads)(nil)

// startWithHeads starts a proxy with the verifier feed heads (nil: none).
func startWithHeads(t *testing.T, cfg Config, alerts AlertState, heads VerifiedHeads) (*Server, string) {
	t.Helper()
	s, err := New(cfg, alerts, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	if heads != nil {
		s.SetVerifiedHeads(heads)
	}
	if err := s.Start(testContext(t)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Stop(testContext(t)) })
	return s, "http://" + s.Addr() + "/rpc/op"
}

func resultOf(t *testing.T, body []byte) json.RawMessage {
	t.Helper()
	r, e := decodeOne(t, body)
	if e != nil {
		t.Fatalf("error %d %s (%s)", e.Code, e.Message, e.Data)
	}
	return r.Result
}

func blockNumberIn(t *testing.T, block json.RawMessage) uint64 {
	t.Helper()
	n, ok := blockNumberOf(block)
	if !ok {
		t.Fatalf("no number in %s", block)
	}
	return n
}

// TestProxy_RewritesSafeAndFinalizedToTheVerifiedHead: with rewrite_tags, every block parameter naming safe or
// finalized (plain, EIP-1898, eth_getLogs' fromBlock/toBlock, in a batch) is answered as the lower of the verified
// head and the upstream's own block, byte for byte what the node answers for that number; without rewrite_tags, or
// without a verified head, the tags pass through.
func TestProxy_RewritesSafeAndFinalizedToTheVerifiedHead(t *testing.T) {
	chain := newChain(t, 6) // the devnet L2 moves safe and finalized with the head: both are 6
	dev := crypto.PubkeyToAddress(chain.Keys()[0].PublicKey).Hex()
	heads := &testHeads{}
	heads.set(3, blockHash(t, chain, 3))
	cfg := testConfig(chain.URL())
	cfg.Rollups[0].RewriteTags = true
	s, url := startWithHeads(t, cfg, newTestAlerts(), heads)
	_, plain := startWithHeads(t, testConfig(chain.URL()), newTestAlerts(), heads)

	same := func(proxied, direct string) {
		t.Helper()
		got, want := postRaw(t, url, proxied), postRaw(t, chain.URL(), direct)
		if !bytes.Equal(got, want) {
			t.Errorf("%s\n through the proxy: %s\n want (node, %s): %s", proxied, got, direct, want)
		}
	}
	call := func(method, params string) string {
		return `{"jsonrpc":"2.0","id":7,"method":"` + method + `","params":` + params + `}`
	}
	for _, tag := range []string{"safe", "finalized"} {
		same(call("eth_getBlockByNumber", `["`+tag+`",false]`), call("eth_getBlockByNumber", `["0x3",false]`))
		same(call("eth_getBalance", `["`+dev+`","`+tag+`"]`), call("eth_getBalance", `["`+dev+`","0x3"]`))
		same(call("eth_getBalance", `["`+dev+`",{"blockNumber":"`+tag+`"}]`), call("eth_getBalance", `["`+dev+`","0x3"]`))
		same(call("eth_getTransactionCount", `["`+dev+`", "`+tag+`" ]`), call("eth_getTransactionCount", `["`+dev+`", "0x3" ]`))
		same(call("eth_call", `[{"to":"`+dev+`","data":"0x"},"`+tag+`"]`), call("eth_call", `[{"to":"`+dev+`","data":"0x"},"0x3"]`))
		same(call("eth_getLogs", `[{"fromBlock":"0x0","toBlock":"`+tag+`"}]`), call("eth_getLogs", `[{"fromBlock":"0x0","toBlock":"0x3"}]`))
		same(call("eth_getLogs", `[{"fromBlock":"`+tag+`","toBlock":"`+tag+`"}]`), call("eth_getLogs", `[{"fromBlock":"0x3","toBlock":"0x3"}]`))
		// Not a tag: a string that merely contains the word, and the tag outside the block parameter.
		same(call("eth_getBlockByNumber", `["latest",false]`), call("eth_getBlockByNumber", `["latest",false]`))
		same(call("web3_sha3", `["0x`+tag+`"]`), call("web3_sha3", `["0x`+tag+`"]`))
		// Without rewrite_tags the node's own tag stands (6).
		if n := blockNumberIn(t, resultOf(t, postRaw(t, plain, call("eth_getBlockByNumber", `["`+tag+`",false]`)))); n != 6 {
			t.Errorf("%s without rewrite_tags: block %d, want the node's 6", tag, n)
		}
	}
	var batch []wireResponse
	if err := json.Unmarshal(postRaw(t, url, `[`+call("eth_getBlockByNumber", `["safe",false]`)+`,`+
		call("eth_getBlockByNumber", `["latest",false]`)+`,`+call("eth_getBlockByNumber", `["finalized",false]`)+`]`), &batch); err != nil || len(batch) != 3 {
		t.Fatalf("batch: %v %v", err, batch)
	}
	for i, want := range []uint64{3, 6, 3} {
		if n := blockNumberIn(t, batch[i].Result); n != want {
			t.Errorf("batch entry %d: block %d, want %d", i, n, want)
		}
	}

	// The verified head above the upstream's finalized block: finalized stays the upstream's (never more than it
	// has), safe goes to the verified head.
	bc := chain.Backend().BlockChain()
	bc.SetFinalized(bc.GetHeaderByNumber(4))
	heads.set(5, blockHash(t, chain, 5))
	s.CheckHealth(testContext(t))
	for tag, want := range map[string]uint64{"finalized": 4, "safe": 5} {
		if n := blockNumberIn(t, resultOf(t, postRaw(t, url, call("eth_getBlockByNumber", `["`+tag+`",false]`)))); n != want {
			t.Errorf("%s with the verified head at 5 and the node's finalized at 4: block %d, want %d", tag, n, want)
		}
	}

	// No verified head: the tags pass through.
	heads.mu.Lock()
	heads.heads = nil
	heads.mu.Unlock()
	if n := blockNumberIn(t, resultOf(t, postRaw(t, url, call("eth_getBlockByNumber", `["safe",false]`)))); n != 6 {
		t.Errorf("safe without a verified head: block %d, want the node's 6", n)
	}
}

// TestProxy_MachFinality answers mach_finality by number, by hash (on the verified chain or not), by tag and by
// EIP-1898 object; alerted above the verified head under a live alert; null for an unknown hash; -32602 for bad
// params; unsafe everywhere without a feed.
func TestProxy_MachFinality(t *testing.T) {
	chain := newChain(t, 6)
	heads := &testHeads{}
	heads.set(4, blockHash(t, chain, 4))
	alerts := newTestAlerts()
	s, url := startWithHeads(t, testConfig(chain.URL()), alerts, heads)
	_, noFeed := startWithHeads(t, testConfig(chain.URL()), newTestAlerts(), nil)

	finality := func(url, arg string) (Finality, *rpcError) {
		t.Helper()
		r, e := decodeOne(t, postRaw(t, url, `{"jsonrpc":"2.0","id":"f","method":"mach_finality","params":[`+arg+`]}`))
		var f Finality
		if e == nil && !bytes.Equal(r.Result, nullJSON) {
			if err := json.Unmarshal(r.Result, &f); err != nil {
				t.Fatalf("mach_finality(%s): %s: %v", arg, r.Result, err)
			}
		}
		return f, e
	}
	check := func(url, arg, status string, block uint64, verifiedHead any) {
		t.Helper()
		f, e := finality(url, arg)
		if e != nil {
			t.Fatalf("mach_finality(%s): error %d %s", arg, e.Code, e.Message)
		}
		vh := any(nil)
		if f.VerifiedHead != nil {
			vh = *f.VerifiedHead
		}
		if f.Status != status || f.Block != block || vh != verifiedHead {
			t.Errorf("mach_finality(%s) = %s block %d verifiedHead %v, want %s block %d verifiedHead %v", arg, f.Status, f.Block, vh, status, block, verifiedHead)
		}
	}
	hash := func(n uint64) string { return `"` + blockHash(t, chain, n).Hex() + `"` }
	v4 := uint64(4)
	check(url, `"0x2"`, FinalityVerified, 2, v4)
	check(url, `"0x4"`, FinalityVerified, 4, v4)
	check(url, `"0x5"`, FinalityUnsafe, 5, v4)
	check(url, hash(4), FinalityVerified, 4, v4) // the verified head itself
	check(url, hash(3), FinalityVerified, 3, v4) // below it, on the same chain
	check(url, hash(5), FinalityUnsafe, 5, v4)
	check(url, `{"blockHash":`+hash(1)+`}`, FinalityVerified, 1, v4)
	check(url, `{"blockNumber":"0x6"}`, FinalityUnsafe, 6, v4)
	check(url, `"latest"`, FinalityUnsafe, 6, v4)
	check(url, `"earliest"`, FinalityVerified, 0, v4)
	if f, e := finality(url, `"0x`+strings.Repeat("ab", 32)+`"`); e != nil || f.Status != "" {
		t.Errorf("an unknown hash: %+v %v, want a null result", f, e)
	}
	for _, bad := range []string{``, `"0x2","0x3"`, `"soon"`, `7`, `{"blockHash":` + hash(1) + `,"blockNumber":"0x1"}`, `{"number":"0x1"}`} {
		if _, e := finality(url, bad); e == nil || e.Code != CodeInvalidParams {
			t.Errorf("mach_finality(%s): %+v, want %d", bad, e, CodeInvalidParams)
		}
	}

	// The feed certified another block at height 4 than the node's: the node's chain is not the verified one, so
	// its blocks by hash are not verified (by number they are: they name the verified chain's).
	heads.set(4, common.HexToHash("0x4444"))
	check(url, hash(3), FinalityUnsafe, 3, v4)
	check(url, hash(4), FinalityUnsafe, 4, v4)
	check(url, `"0x3"`, FinalityVerified, 3, v4)
	heads.set(4, blockHash(t, chain, 4))

	// A live alert: everything above the verified head is alerted, with the alert; verified blocks stay so.
	alert := Alert{Level: LevelConfirmed, MessageHash: common.HexToHash("0xa1"), L1TxHash: common.HexToHash("0xb2"), ObservedAt: time.Now()}
	alerts.set(map[uint64]Alert{l2.DefaultChainID: alert}, time.Now())
	check(url, `"0x5"`, FinalityAlerted, 5, v4)
	check(url, hash(6), FinalityAlerted, 6, v4)
	check(url, `"0x3"`, FinalityVerified, 3, v4)
	f, _ := finality(url, `"0x5"`)
	if !bytes.Contains(f.Alert, []byte(alert.MessageHash.Hex())) || !bytes.Contains(f.Alert, []byte(`"level":"confirmed"`)) {
		t.Errorf("alerted answer's alert: %s", f.Alert)
	}
	if f, _ := finality(url, `"0x3"`); f.Alert == nil {
		t.Error("a verified block's answer under a live alert lacks the alert")
	}
	alerts.set(nil, time.Now())

	// The verifier halted on block 5: blocks from there on carry the halt, verified ones do not.
	halt := VerifierHalt{Block: 5, BlockHash: blockHash(t, chain, 5), Kind: "BlockMismatch", Reason: "state root",
		DetectedAt: time.Unix(1700000000, 0).UTC(), SeenAt: time.Unix(1700000001, 0).UTC()}
	heads.setHalt(&halt)
	for _, arg := range []string{`"0x5"`, hash(5), `"0x6"`, `"latest"`} {
		f, e := finality(url, arg)
		if e != nil || f.Status != FinalityUnsafe || f.VerifierHalted == nil || *f.VerifierHalted != halt {
			t.Errorf("mach_finality(%s) while the verifier is halted on block 5: %+v %v, want unsafe with the halt", arg, f, e)
		}
	}
	alerts.set(map[uint64]Alert{l2.DefaultChainID: alert}, time.Now())
	if f, _ := finality(url, `"0x5"`); f.Status != FinalityAlerted || f.VerifierHalted == nil || f.Alert == nil {
		t.Errorf("halted and alerted: %+v", f)
	}
	alerts.set(nil, time.Now())
	for _, arg := range []string{`"0x4"`, hash(3)} {
		if f, _ := finality(url, arg); f.Status != FinalityVerified || f.VerifierHalted != nil {
			t.Errorf("mach_finality(%s), verified, while the verifier is halted on block 5: %+v", arg, f)
		}
	}
	heads.setHalt(&VerifierHalt{Block: 6})
	if f, _ := finality(url, `"0x5"`); f.VerifierHalted != nil {
		t.Errorf("block 5 under a halt on block 6: %+v", f.VerifierHalted)
	}
	heads.setHalt(nil)

	// In a batch with forwarded calls, and counted.
	var batch []wireResponse
	if err := json.Unmarshal(postRaw(t, url, `[{"jsonrpc":"2.0","id":1,"method":"eth_chainId"},`+
		`{"jsonrpc":"2.0","id":2,"method":"mach_finality","params":["0x1"]}]`), &batch); err != nil || len(batch) != 2 {
		t.Fatalf("batch: %v %v", err, batch)
	}
	if !bytes.Contains(batch[1].Result, []byte(`"status":"verified"`)) || batch[0].Result == nil {
		t.Errorf("batch answers: %s, %s", batch[0].Result, batch[1].Result)
	}
	if got := metricValue(t, s, "mach_proxy_requests_total", "method", FinalityMethod, "upstream", noUpstream, "status", statusOK); got < 1 {
		t.Errorf("mach_finality calls counted: %v", got)
	}

	// Without a feed nothing is verified.
	check(noFeed, `"0x1"`, FinalityUnsafe, 1, nil)
	check(noFeed, hash(1), FinalityUnsafe, 1, nil)
}

// TestCache_TransactionsOnceVerified: with a verifier feed, a transaction's answers are cached once its block is
// at or below the verified head (min_depth no longer counts), and never while the feed has no head.
func TestCache_TransactionsOnceVerified(t *testing.T) {
	chain := newChain(t, 1)
	node := newCountedNode(t, chain)
	heads := &testHeads{}
	_, url := startWithHeads(t, testConfig(node.url), newTestAlerts(), heads) // min_depth 64: far deeper than the chain
	ctx := testContext(t)
	from := crypto.PubkeyToAddress(chain.Keys()[2].PublicKey)
	nonce := chain.Backend().TxPool().PoolNonce(from)
	var sent wireResponse
	if err := json.Unmarshal(postRaw(t, url, `{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":["`+
		signedTransfer(t, chain, 2, nonce)+`"]}`), &sent); err != nil || sent.Result == nil {
		t.Fatalf("send: %v %s", err, sent.Error)
	}
	mined, err := chain.BuildBlock(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chain.BuildBlock(ctx); err != nil {
		t.Fatal(err)
	}
	body := `{"jsonrpc":"2.0","id":1,"method":"eth_getTransactionReceipt","params":[` + string(sent.Result) + `]}`
	cached := func(stage string, want bool) {
		t.Helper()
		postRaw(t, url, body)
		before := node.count("eth_getTransactionReceipt")
		if got := resultOf(t, postRaw(t, url, body)); bytes.Equal(got, nullJSON) {
			t.Fatalf("%s: no receipt", stage)
		}
		if hit := node.count("eth_getTransactionReceipt") == before; hit != want {
			t.Errorf("%s: served from the cache = %v, want %v", stage, hit, want)
		}
	}
	cached("no verified head", false)
	heads.set(mined.NumberU64()-1, mined.ParentHash())
	cached("verified head below the block", false)
	heads.set(mined.NumberU64(), mined.Hash())
	cached("verified head at the block", true)
}

// TestProxy_NewFilterTagsAreLeftToTheNode: eth_newFilter's safe/finalized are not rewritten (a filter re-reads its
// tags at every poll, and a fixed number would freeze them): over HTTP and WebSocket, with rewrite_tags and a
// verified head, the node gets the filter as sent and its answer is the client's. op-geth refuses such a filter
// (-32000 "invalid block range params") while it takes the same filter with numbers, which is what a rewrite
// would send; eth_getLogs with the same object is rewritten (a single read).
func TestProxy_NewFilterTagsAreLeftToTheNode(t *testing.T) {
	chain, _, _, url := wsFinalitySetup(t, 3, true, newTestAlerts())
	ws := dialWSTest(t, url)
	call := func(method, filter string) string {
		return `{"jsonrpc":"2.0","id":1,"method":"` + method + `","params":[` + filter + `]}`
	}
	for _, filter := range []string{`{"fromBlock":"finalized"}`, `{"fromBlock":"safe","toBlock":"latest"}`,
		`{"fromBlock":"0x0","toBlock":"finalized"}`, `{"fromBlock":"safe","toBlock":"safe"}`} {
		msg := call("eth_newFilter", filter)
		direct := postRaw(t, chain.URL(), msg)
		t.Logf("%s: the node answers %s", filter, direct)
		if _, e := decodeOne(t, direct); e == nil {
			t.Errorf("eth_newFilter(%s): the node made a filter; update this test and proxy/README.md", filter)
		}
		if got := postRaw(t, url, msg); !bytes.Equal(got, direct) {
			t.Errorf("eth_newFilter(%s) over HTTP through the proxy: %s, want the node's %s", filter, got, direct)
		}
		if got := ws.call(msg); !bytes.Equal(got, direct) {
			t.Errorf("eth_newFilter(%s) over WebSocket through the proxy: %s, want the node's %s", filter, got, direct)
		}
	}
	numbered := call("eth_newFilter", `{"fromBlock":"0x3"}`)
	if _, e := decodeOne(t, postRaw(t, chain.URL(), numbered)); e != nil {
		t.Fatalf("the node refuses %s too: %s", numbered, e.Message)
	}
	logs := call("eth_getLogs", `{"fromBlock":"safe","toBlock":"finalized"}`)
	if got, want := ws.call(logs), postRaw(t, chain.URL(), call("eth_getLogs", `{"fromBlock":"0x3","toBlock":"0x3"}`)); !bytes.Equal(got, want) {
		t.Errorf("%s over WebSocket: %s, want %s", logs, got, want)
	}
}
