package proxy

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/mach-avs/mach/devnet/l2"
)

// countedNode puts an http.Handler in front of the chain's node that counts the calls reaching it by method.
type countedNode struct {
	url   string
	mu    sync.Mutex
	calls map[string]int
}

func newCountedNode(t *testing.T, chain *l2.Chain) *countedNode {
	t.Helper()
	target, err := url.Parse(chain.URL())
	if err != nil {
		t.Fatal(err)
	}
	n := &countedNode{calls: map[string]int{}}
	rp := httputil.NewSingleHostReverseProxy(target)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if calls, _, perr := Parse(body, DefaultLimits); perr == nil {
			n.mu.Lock()
			for _, c := range calls {
				n.calls[c.Method]++
			}
			n.mu.Unlock()
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	n.url = srv.URL
	return n
}

func (n *countedNode) count(method string) int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.calls[method]
}

// postRaw posts body and returns the trimmed response body.
func postRaw(t *testing.T, url, body string) []byte {
	t.Helper()
	_, out := post(t, url, body)
	return bytes.TrimSpace(out)
}

// blockHash returns the hash of block n, read from the node's chain.
func blockHash(t testing.TB, chain *l2.Chain, n uint64) common.Hash {
	t.Helper()
	h := chain.Backend().BlockChain().GetHeaderByNumber(n)
	if h == nil {
		t.Fatalf("no block %d", n)
	}
	return h.Hash()
}

// TestCache_HitsAreByteIdenticalAndSkipTheUpstream sends each cacheable call twice through the proxy, the second
// time with another id and other whitespace: both answers are byte for byte the node's own (with the caller's id),
// and only the first reaches the node.
func TestCache_HitsAreByteIdenticalAndSkipTheUpstream(t *testing.T) {
	chain := newChain(t, 2)
	node := newCountedNode(t, chain)
	s, base := startProxy(t, testConfig(node.url), newTestAlerts(), nil)
	rpcURL := base + "/rpc/op"
	hash := blockHash(t, chain, 1).Hex()
	dev := crypto.PubkeyToAddress(chain.Keys()[0].PublicKey).Hex()
	at := `{"blockHash":"` + hash + `"}`
	for _, tc := range []struct{ method, params string }{
		{"eth_chainId", `[]`},
		{"net_version", `[]`},
		{"eth_getBlockByHash", `["` + hash + `",true]`},
		{"eth_getBlockByHash", `["` + hash + `",false]`},
		{"eth_getBlockTransactionCountByHash", `["` + hash + `"]`},
		{"eth_getTransactionByBlockHashAndIndex", `["` + hash + `","0x0"]`},
		{"eth_getUncleCountByBlockHash", `["` + hash + `"]`},
		{"eth_getBalance", `["` + dev + `",` + at + `]`},
		{"eth_getBalance", `["` + dev + `","` + hash + `"]`},
		{"eth_getCode", `["0x4200000000000000000000000000000000000015",` + at + `]`},
		{"eth_getStorageAt", `["0x4200000000000000000000000000000000000015","0x1",{"blockHash":"` + hash + `","requireCanonical":false}]`},
		{"eth_getTransactionCount", `["` + dev + `",` + at + `]`},
		{"eth_call", `[{"to":"0x4200000000000000000000000000000000000015","data":"0x8381f58a"},` + at + `]`},
	} {
		t.Run(tc.method+tc.params[:min(len(tc.params), 12)], func(t *testing.T) {
			first := `{"jsonrpc":"2.0","id":1,"method":"` + tc.method + `","params":` + tc.params + `}`
			spaced := strings.ReplaceAll(tc.params, ",", " ,\n ")
			second := `{ "jsonrpc": "2.0", "id": "again", "method": "` + tc.method + `", "params": ` + spaced + ` }`
			direct1, direct2 := postRaw(t, chain.URL(), first), postRaw(t, chain.URL(), second)
			if _, e := decodeOne(t, direct1); e != nil {
				t.Fatalf("the node refuses the call: %s", direct1)
			}
			before := node.count(tc.method)
			if got := postRaw(t, rpcURL, first); !bytes.Equal(got, direct1) {
				t.Fatalf("first answer\n%s\nwant\n%s", got, direct1)
			}
			if got := postRaw(t, rpcURL, second); !bytes.Equal(got, direct2) {
				t.Fatalf("cached answer\n%s\nwant\n%s", got, direct2)
			}
			if n := node.count(tc.method) - before; n > 1 {
				t.Errorf("the node got %d calls; want at most 1 (the second from the cache)", n)
			}
		})
	}

	// A batch: cached members are answered from the cache, in order, and only the rest reaches the node.
	before := node.count("eth_blockNumber")
	batch := `[{"jsonrpc":"2.0","id":7,"method":"eth_chainId","params":[]},{"jsonrpc":"2.0","id":8,"method":"eth_blockNumber"},` +
		`{"jsonrpc":"2.0","id":9,"method":"eth_getBlockByHash","params":["` + hash + `",false]}]`
	got := normalizeRaw(postRaw(t, rpcURL, batch))
	want := normalizeRaw(postRaw(t, chain.URL(), batch))
	if len(got) != 3 || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("batch answered %+v, want %+v", got, want)
	}
	if node.count("eth_chainId") != 1 || node.count("eth_getBlockByHash") != 2 || node.count("eth_blockNumber") == before {
		t.Errorf("node calls %v: cached members reached it, or the rest did not", node.calls)
	}

	if h := metricValue(t, s, "mach_proxy_cache_hits_total", "rollup", "op", "method", "eth_getBlockByHash"); h != 3 {
		t.Errorf("eth_getBlockByHash hits = %v, want 3", h)
	}
	if m := metricValue(t, s, "mach_proxy_cache_misses_total", "rollup", "op", "method", "eth_getBlockByHash"); m != 2 {
		t.Errorf("eth_getBlockByHash misses = %v, want 2", m)
	}
	if n := metricValue(t, s, "mach_proxy_requests_total", "rollup", "op", "method", "eth_chainId", "upstream", cacheUpstream, "status", statusOK); n != 2 {
		t.Errorf("eth_chainId calls answered by the cache = %v, want 2", n)
	}
	resp, err := http.Get(base + "/status")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var st Status
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		t.Fatal(err)
	}
	if c := st.Rollups[0].Cache; c == nil || c.Entries != 13 || c.Bytes <= 0 || c.MaxEntries != DefaultConfig().Cache.MaxEntries {
		t.Errorf("/status cache %+v, want 13 entries", c)
	}
}

// TestCache_TagsNumbersNullsAndErrorsAreNotCached sends calls whose answers can change twice each: both reach the
// node.
func TestCache_TagsNumbersNullsAndErrorsAreNotCached(t *testing.T) {
	chain := newChain(t, 2)
	node := newCountedNode(t, chain)
	_, base := startProxy(t, testConfig(node.url), newTestAlerts(), nil)
	hash := blockHash(t, chain, 1).Hex()
	unknown := "0x" + strings.Repeat("ab", 32)
	dev := crypto.PubkeyToAddress(chain.Keys()[0].PublicKey).Hex()
	for _, tc := range []struct{ method, params string }{
		{"eth_getBalance", `["` + dev + `","latest"]`},
		{"eth_getBalance", `["` + dev + `","pending"]`},
		{"eth_getBalance", `["` + dev + `","safe"]`},
		{"eth_getBalance", `["` + dev + `","finalized"]`},
		{"eth_getBalance", `["` + dev + `","earliest"]`},
		{"eth_getBalance", `["` + dev + `","0x1"]`},
		{"eth_getBalance", `["` + dev + `"]`},
		{"eth_getBalance", `["` + dev + `",{"blockNumber":"0x1"}]`},
		{"eth_getBalance", `["` + dev + `",{"blockHash":"` + hash + `","requireCanonical":true}]`},
		{"eth_getBalance", `["` + dev + `",{"blockHash":"` + unknown + `"}]`}, // an error
		{"eth_call", `[{"to":"0x4200000000000000000000000000000000000015","data":"0x8381f58a"},"latest"]`},
		{"eth_getBlockByNumber", `["0x1",false]`},
		{"eth_getBlockByHash", `["` + unknown + `",false]`},  // null
		{"eth_getTransactionByHash", `["` + unknown + `"]`},  // null
		{"eth_getTransactionReceipt", `["` + unknown + `"]`}, // null
		{"eth_getBlockByHash", `[]`},                         // an error
	} {
		before := node.count(tc.method)
		body := `{"jsonrpc":"2.0","id":1,"method":"` + tc.method + `","params":` + tc.params + `}`
		for range 2 {
			if got, want := postRaw(t, base+"/rpc/op", body), postRaw(t, chain.URL(), body); !bytes.Equal(got, want) {
				t.Fatalf("%s %s: proxy %s, node %s", tc.method, tc.params, got, want)
			}
		}
		if n := node.count(tc.method) - before; n != 2 {
			t.Errorf("%s %s: the node got %d of 2 calls; it must not be cached", tc.method, tc.params, n)
		}
	}
}

// TestCache_TransactionsOnlyOnceMinedDeepEnough follows a transaction from the pool into a block and down to
// min_depth below the head: eth_getTransactionByHash and eth_getTransactionReceipt are cached only then. A
// verifier feed that follows only other rollups changes nothing for this one.
func TestCache_TransactionsOnlyOnceMinedDeepEnough(t *testing.T) {
	t.Run("no feed", func(t *testing.T) { testMinedDeepEnough(t, nil) })
	t.Run("a feed for other rollups", func(t *testing.T) {
		testMinedDeepEnough(t, otherRollupsFeed{testVerified{1234: {Number: 1 << 40}}})
	})
}

// otherRollupsFeed is a verifier feed that follows only the rollups it has heads for.
type otherRollupsFeed struct{ testVerified }

func (f otherRollupsFeed) Covers(chainID uint64) bool {
	_, ok := f.testVerified[chainID]
	return ok
}

func testMinedDeepEnough(t *testing.T, heads VerifiedHeads) {
	chain := newChain(t, 1)
	node := newCountedNode(t, chain)
	cfg := testConfig(node.url)
	cfg.Cache.MinDepth = 3
	s, rpcURL := startWithHeads(t, cfg, newTestAlerts(), heads)
	ctx := testContext(t)
	ec, err := ethclient.Dial(chain.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	from := crypto.PubkeyToAddress(chain.Keys()[2].PublicKey)
	nonce, err := ec.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	var sent wireResponse
	if err := json.Unmarshal(postRaw(t, rpcURL, `{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":["`+
		signedTransfer(t, chain, 2, nonce)+`"]}`), &sent); err != nil || sent.Result == nil {
		t.Fatalf("send: %v %s", err, sent.Error)
	}
	txHash := strings.Trim(string(sent.Result), `"`)

	cached := func(stage string, want bool) {
		t.Helper()
		s.CheckHealth(ctx) // the pool's best head, which min_depth counts from
		for _, m := range []string{"eth_getTransactionByHash", "eth_getTransactionReceipt"} {
			body := `{"jsonrpc":"2.0","id":1,"method":"` + m + `","params":["` + txHash + `"]}`
			direct := postRaw(t, chain.URL(), body)
			postRaw(t, rpcURL, body) // stores the answer if it may be cached
			before := node.count(m)
			if got := postRaw(t, rpcURL, body); !bytes.Equal(got, direct) {
				t.Fatalf("%s %s: proxy %s, node %s", stage, m, got, direct)
			}
			if hit := node.count(m) == before; hit != want {
				t.Errorf("%s: %s served from the cache = %v, want %v", stage, m, hit, want)
			}
		}
	}
	cached("in the pool", false)
	mined, err := chain.BuildBlock(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if mined.Transaction(common.HexToHash(txHash)) == nil {
		t.Fatalf("block %d lacks the transaction", mined.NumberU64())
	}
	cached("at the head", false)
	for range 2 {
		if _, err := chain.BuildBlock(ctx); err != nil {
			t.Fatal(err)
		}
	}
	cached("2 blocks deep", false)
	if _, err := chain.BuildBlock(ctx); err != nil {
		t.Fatal(err)
	}
	cached("3 blocks deep", true)
}

// TestCache_BreakerRunsBeforeTheCache caches eth_chainId, then trips the breaker to block-all: the cached answer
// is refused with -32090, alone and in a batch; once the alert is gone it is served from the cache again.
func TestCache_BreakerRunsBeforeTheCache(t *testing.T) {
	chain := newChain(t, 0)
	node := newCountedNode(t, chain)
	alerts := newTestAlerts()
	_, base := startProxy(t, testConfig(node.url), alerts, nil)
	rpcURL := base + "/rpc/op"
	call := `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`
	want := postRaw(t, rpcURL, call)
	if got := postRaw(t, rpcURL, call); !bytes.Equal(got, want) || node.count("eth_chainId") != 1 {
		t.Fatalf("not cached: %s (node calls %d)", got, node.count("eth_chainId"))
	}
	a := Alert{Level: LevelProved, MessageHash: common.HexToHash("0x11"), L1TxHash: common.HexToHash("0x22")}
	alerts.set(map[uint64]Alert{l2.DefaultChainID: a}, time.Now())
	checkTripped(t, "cached eth_chainId under block-all", postRaw(t, rpcURL, call), true, a)
	for _, r := range normalizeRaw(postRaw(t, rpcURL, "["+call+","+call+"]")) {
		if r.Error == nil || !bytes.Contains(r.Error, []byte("-32090")) {
			t.Errorf("batch member answered %s %s under block-all", r.Result, r.Error)
		}
	}
	alerts.set(nil, time.Now())
	if got := postRaw(t, rpcURL, call); !bytes.Equal(got, want) || node.count("eth_chainId") != 1 {
		t.Errorf("after the alert: %s (node calls %d)", got, node.count("eth_chainId"))
	}
}

func testCache(t testing.TB, maxEntries int, maxBytes int64) (*cache, *metrics) {
	t.Helper()
	m := newMetrics()
	c, err := newCache("op", CacheConfig{Enabled: true, MaxEntries: maxEntries, MaxBytes: maxBytes, MinDepth: 64}, m)
	if err != nil {
		t.Fatal(err)
	}
	return c, m
}

// counterSum adds up the counter name over its label values.
func counterSum(t testing.TB, m *metrics, name string) (sum float64) {
	t.Helper()
	families, err := m.reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() == name {
			for _, mm := range f.GetMetric() {
				sum += mm.GetCounter().GetValue()
			}
		}
	}
	return sum
}

// storedBytes recomputes the cache's byte count from its entries.
func storedBytes(c *cache) (n int64) {
	for _, k := range c.lru.Keys() {
		if v, ok := c.lru.Peek(k); ok {
			n += entrySize(k, v)
		}
	}
	return n
}

func TestCache_BoundedByEntriesAndBytes(t *testing.T) {
	result := json.RawMessage(`"` + strings.Repeat("a", 100) + `"`)
	t.Run("entries", func(t *testing.T) {
		c, m := testCache(t, 10, 1<<30)
		for i := range 100 {
			c.store(cacheMiss{key: fmt.Sprint("eth_chainId\x00", i), rule: ruleForever}, &answer{result: result}, minedCeil{})
			if c.lru.Len() > 10 {
				t.Fatalf("%d entries after %d stores, limit 10", c.lru.Len(), i+1)
			}
		}
		if got := counterSum(t, m, "mach_proxy_cache_evictions_total"); got != 90 {
			t.Errorf("evictions = %v, want 90", got)
		}
		if c.bytes.Load() != storedBytes(c) {
			t.Errorf("bytes = %d, entries hold %d", c.bytes.Load(), storedBytes(c))
		}
	})
	t.Run("bytes", func(t *testing.T) {
		const limit = 2000
		c, _ := testCache(t, 1000, limit)
		for i := range 100 {
			c.store(cacheMiss{key: fmt.Sprint("eth_chainId\x00", i), rule: ruleForever}, &answer{result: result}, minedCeil{})
			if b := c.bytes.Load(); b > limit || b != storedBytes(c) {
				t.Fatalf("after %d stores: bytes = %d (entries hold %d), limit %d", i+1, b, storedBytes(c), limit)
			}
		}
		if n := c.lru.Len(); n == 0 || int64(n)*entrySize("eth_chainId\x0099", result) > limit {
			t.Errorf("%d entries", n)
		}
		huge := json.RawMessage(`"` + strings.Repeat("b", limit) + `"`)
		c.store(cacheMiss{key: "huge", rule: ruleForever}, &answer{result: huge}, minedCeil{})
		if c.lru.Contains("huge") {
			t.Error("an entry larger than max_bytes was stored")
		}
	})
	t.Run("same key twice", func(t *testing.T) {
		c, _ := testCache(t, 10, 1<<20)
		for range 3 {
			c.store(cacheMiss{key: "k", rule: ruleForever}, &answer{result: result}, minedCeil{})
		}
		if c.lru.Len() != 1 || c.bytes.Load() != storedBytes(c) {
			t.Errorf("%d entries, %d bytes (entries hold %d)", c.lru.Len(), c.bytes.Load(), storedBytes(c))
		}
	})
}

// TestCache_ConcurrentStoresAndGetsKeepTheBounds runs readers and writers on one small cache (go test -race): the
// bounds hold and the byte count matches the entries once they are done.
func TestCache_ConcurrentStoresAndGetsKeepTheBounds(t *testing.T) {
	const maxEntries, maxBytes = 50, 8000
	c, _ := testCache(t, maxEntries, maxBytes)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 2000 {
				key := fmt.Sprint("eth_getBlockByHash\x00", (g*7+i)%300)
				if _, ok := c.get(key, "eth_getBlockByHash"); !ok {
					res := json.RawMessage(`"` + strings.Repeat("x", i%200) + `"`)
					c.store(cacheMiss{key: key, rule: ruleHashFirst}, &answer{result: res}, minedCeil{})
				}
			}
		}()
	}
	wg.Wait()
	if n := c.lru.Len(); n > maxEntries {
		t.Errorf("%d entries, limit %d", n, maxEntries)
	}
	if b := c.bytes.Load(); b > maxBytes || b != storedBytes(c) {
		t.Errorf("bytes = %d (entries hold %d), limit %d", b, storedBytes(c), maxBytes)
	}
}

func TestCache_KeysAndRules(t *testing.T) {
	hash := `"0x` + strings.Repeat("0a", 32) + `"`
	c, _ := testCache(t, 10, 1<<20)
	key := func(method, params string) string {
		k, _ := c.key(&Call{Method: method, Params: json.RawMessage(params)})
		return k
	}
	for _, tc := range []struct {
		method, params string
		cacheable      bool
	}{
		{"eth_chainId", ``, true},
		{"eth_blockNumber", `[]`, false},
		{"eth_getBlockByHash", `[` + hash + `,true]`, true},
		{"eth_getBlockByHash", `["0x12",true]`, false},
		{"eth_getBlockByHash", `{"hash":` + hash + `}`, false},
		{"eth_getBlockByNumber", `["0x1",true]`, false},
		{"eth_getBalance", `["0x01",{"blockHash":` + hash + `}]`, true},
		{"eth_getBalance", `["0x01",` + hash + `]`, true},
		{"eth_getBalance", `["0x01",{"blockHash":` + hash + `,"requireCanonical":false}]`, true},
		{"eth_getBalance", `["0x01",{"blockHash":` + hash + `,"requireCanonical":true}]`, false},
		{"eth_getBalance", `["0x01",{"blockHash":` + hash + `,"blockNumber":"0x1"}]`, false},
		{"eth_getBalance", `["0x01","latest"]`, false},
		{"eth_getBalance", `["0x01"]`, false},
		{"eth_getStorageAt", `["0x01",` + hash + `,"latest"]`, false},
		{"eth_getStorageAt", `["0x01","0x0",` + hash + `]`, true},
		{"eth_getTransactionReceipt", `[` + hash + `]`, true},
	} {
		if got := key(tc.method, tc.params) != ""; got != tc.cacheable {
			t.Errorf("%s %s: cacheable = %v, want %v", tc.method, tc.params, got, tc.cacheable)
		}
	}
	a := key("eth_getBalance", `["0x01",{"blockHash":`+hash+`}]`)
	b := key("eth_getBalance", "[ \"0x01\" ,\n\t{ \"blockHash\" : "+hash+" } ]")
	if a != b {
		t.Errorf("whitespace changes the key: %q vs %q", a, b)
	}
	if key("eth_getCode", `["0x01",`+hash+`]`) == key("eth_getBalance", `["0x01",`+hash+`]`) {
		t.Error("two methods share a key")
	}
	if key("eth_getBalance", `["0x01",{"blockHash":`+hash+`}]`) == key("eth_getBalance", `["0x0 1",{"blockHash":`+hash+`}]`) {
		t.Error("a space inside a string was dropped")
	}
}

func TestMinedBelow(t *testing.T) {
	hash := `"0x` + strings.Repeat("0a", 32) + `"`
	for _, tc := range []struct {
		result    string
		best, min uint64
		want      bool
	}{
		{`{"blockHash":` + hash + `,"blockNumber":"0x10"}`, 0x50, 64, true},
		{`{"blockHash":` + hash + `,"blockNumber":"0x11"}`, 0x50, 64, false},
		{`{"blockHash":null,"blockNumber":null}`, 1000, 64, false},
		{`{"blockHash":` + hash + `,"blockNumber":"0x1"}`, 10, 64, false}, // best below min_depth
		{`{"blockNumber":"0x1"}`, 1000, 0, false},
		{`{"blockHash":` + hash + `,"blockNumber":"0xzz"}`, 1000, 0, false},
	} {
		if got := minedBelow([]byte(tc.result), tc.best, tc.min); got != tc.want {
			t.Errorf("minedBelow(%s, %d, %d) = %v, want %v", tc.result, tc.best, tc.min, got, tc.want)
		}
	}
}

// FuzzCacheKey feeds request bodies through Parse and the cache's key: it never panics, re-indenting the params
// never changes the key (nor whether the call is cacheable), and a key always starts with the method.
func FuzzCacheKey(f *testing.F) {
	hash := `"0x` + strings.Repeat("0a", 32) + `"`
	for _, seed := range []string{
		`{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`,
		`{"id":1,"method":"eth_getBlockByHash","params":[` + hash + `,true]}`,
		`{"id":1,"method":"eth_getBalance","params":["0x01",{"blockHash":` + hash + `,"requireCanonical":false}]}`,
		`{"id":1,"method":"eth_getStorageAt","params":["0x01", "0x 0", ` + hash + `]}`,
		`{"id":1,"method":"eth_call","params":[{"to":"0x01","data":"0x"},{"blockHash":` + hash + `}]}`,
		`{"id":1,"method":"eth_getTransactionReceipt","params":[` + hash + `]}`,
		`[{"id":1,"method":"net_version"},{"id":2,"method":"eth_getBalance","params":["0x01","latest"]}]`,
	} {
		f.Add([]byte(seed))
	}
	c, _ := testCache(f, 10, 1<<20)
	f.Fuzz(func(t *testing.T, body []byte) {
		calls, _, perr := Parse(body, DefaultLimits)
		if perr != nil {
			return
		}
		for i := range calls {
			call := &calls[i]
			if call.Err != nil {
				continue
			}
			k, rule := c.key(call)
			if k != "" && (!strings.HasPrefix(k, call.Method+"\x00") || rule == 0) {
				t.Fatalf("key %q (rule %d) for %s", k, rule, call.Method)
			}
			if call.Params == nil {
				continue
			}
			var indented bytes.Buffer
			if err := json.Indent(&indented, call.Params, " ", "\t"); err != nil {
				t.Fatalf("params %s passed Parse but do not indent: %v", call.Params, err)
			}
			again := *call
			again.Params = indented.Bytes()
			if k2, _ := c.key(&again); k2 != k {
				t.Fatalf("re-indented params change the key:\n%q\n%q", k, k2)
			}
			minedBelow(call.Params, 1000, 10) // an untrusted object: must not panic
		}
	})
}
