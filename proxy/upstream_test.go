package proxy

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// relay is an HTTP hop in front of a real node that the test can kill, standing in for one of several upstream
// machines.
func relay(t *testing.T, target string) *httptest.Server {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	rp := httputil.NewSingleHostReverseProxy(u)
	rp.ErrorLog = log.New(io.Discard, "", 0)
	srv := httptest.NewServer(rp)
	t.Cleanup(srv.Close)
	return srv
}

// TestProxy_UpstreamKilledMidLoadFailsNoIdempotentRead kills one of two upstreams while eight clients read: every
// read must still get its result, from the survivor.
func TestProxy_UpstreamKilledMidLoadFailsNoIdempotentRead(t *testing.T) {
	chain := newChain(t, 2)
	a, b := relay(t, chain.URL()), relay(t, chain.URL())
	cfg := testConfig(a.URL, b.URL)
	cfg.Health.Interval = 50 * time.Millisecond
	s, base := startProxy(t, cfg, newTestAlerts(), nil)
	url := base + "/rpc/op"

	bodies := []string{
		`{"jsonrpc":"2.0","id":1,"method":"eth_getBalance","params":["0x000000000000000000000000000000000000dEaD","0x1"]}`,
		`{"jsonrpc":"2.0","id":2,"method":"eth_getBlockByNumber","params":["0x1",true]}`,
		`[{"jsonrpc":"2.0","id":3,"method":"eth_chainId"},{"jsonrpc":"2.0","id":4,"method":"eth_getCode","params":["0x4200000000000000000000000000000000000015","0x1"]}]`,
	}
	var done, failed atomic.Int64
	var firstFailure atomic.Value
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			client := &http.Client{Timeout: 10 * time.Second}
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				body := bodies[(w+i)%len(bodies)]
				if err := readOK(client, url, body); err != nil {
					failed.Add(1)
					firstFailure.CompareAndSwap(nil, err.Error())
				}
				done.Add(1)
			}
		}()
	}
	waitFor(t, "200 reads before the kill", 30*time.Second, func() bool { return done.Load() >= 200 })
	a.CloseClientConnections()
	a.Close()
	killedAt := done.Load()
	waitFor(t, "400 reads after the kill", 30*time.Second, func() bool { return done.Load() >= killedAt+400 })
	close(stop)
	wg.Wait()
	if n := failed.Load(); n > 0 {
		t.Fatalf("%d of %d reads failed; first: %v", n, done.Load(), firstFailure.Load())
	}
	waitFor(t, "the killed upstream marked unhealthy", 5*time.Second, func() bool {
		st := s.rollups[0].pool.status()
		return !st[0].Healthy && st[1].Healthy
	})
}

// readOK posts body and checks that every response carries a result.
func readOK(client *http.Client, url, body string) error {
	resp, err := client.Post(url, "application/json", stringsReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var raw []byte
	if raw, err = readAll(resp); err != nil {
		return err
	}
	for _, r := range normalizeRaw(raw) {
		if r.Error != nil || r.Result == nil || string(r.Result) == "null" {
			return fmt.Errorf("response %s", raw)
		}
	}
	return nil
}

// TestProxy_SlowUpstreamTimesOutNotHangs gives the proxy an upstream that never answers: a read must come back
// as a JSON-RPC timeout error, soon after the read timeout.
func TestProxy_SlowUpstreamTimesOutNotHangs(t *testing.T) {
	release := make(chan struct{})
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	t.Cleanup(slow.Close)
	t.Cleanup(func() { close(release) })
	cfg := testConfig(slow.URL)
	cfg.Timeouts.Read = 300 * time.Millisecond
	cfg.Health.Timeout = 100 * time.Millisecond
	_, base := startProxy(t, cfg, newTestAlerts(), nil)

	start := time.Now()
	resp, body := post(t, base+"/rpc/op", `{"jsonrpc":"2.0","id":9,"method":"eth_getBalance","params":["0x000000000000000000000000000000000000dEaD","latest"]}`)
	took := time.Since(start)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	r, e := decodeOne(t, body)
	if e == nil || e.Code != CodeTimeout || string(r.ID) != "9" {
		t.Fatalf("response %s, want a timeout error (code %d) for id 9", body, CodeTimeout)
	}
	if took > 3*time.Second {
		t.Fatalf("the timeout error took %s; the read timeout is 300ms", took)
	}
}

// TestProxy_WritesAreNotRetried sends a transaction to a pool whose first upstream fails with HTTP 502: the write
// must not reach the second upstream, while a read does.
func TestProxy_WritesAreNotRetried(t *testing.T) {
	var badHits, goodHits atomic.Int64
	bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		badHits.Add(1)
		http.Error(w, "bad gateway", http.StatusBadGateway)
	}))
	t.Cleanup(bad.Close)
	good := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		goodHits.Add(1)
		_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":0,"result":"0x1"}`))
	}))
	t.Cleanup(good.Close)
	cfg := testConfig(bad.URL, good.URL)
	s, err := New(cfg, nil, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)

	// Round-robin alternates the first upstream; send until a write lands on the bad one first.
	var refused bool
	for i := 0; i < 6 && !refused; i++ {
		before := goodHits.Load()
		_, body := post(t, srv.URL+"/rpc/op", `{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":["0x00"]}`)
		if _, e := decodeOne(t, body); e != nil {
			refused = true
			if e.Code != CodeInternal {
				t.Fatalf("write error %+v, want code %d", e, CodeInternal)
			}
			if goodHits.Load() != before {
				t.Fatal("a failed write was retried on the second upstream")
			}
		}
	}
	if !refused {
		t.Fatal("no write was sent to the failing upstream first")
	}
	for i := 0; i < 4; i++ {
		_, body := post(t, srv.URL+"/rpc/op", `{"jsonrpc":"2.0","id":2,"method":"eth_chainId"}`)
		if _, e := decodeOne(t, body); e != nil {
			t.Fatalf("read failed despite a healthy second upstream: %s", body)
		}
	}
}

// TestPool_LaggingUpstreamIsUnhealthy checks the health rules: an upstream further behind the best than max_lag,
// or one that does not answer, is unhealthy; the others stay healthy.
func TestPool_LaggingUpstreamIsUnhealthy(t *testing.T) {
	node := func(head uint64) *httptest.Server {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":1,"result":"0x%x"}`, head)
		}))
		t.Cleanup(srv.Close)
		return srv
	}
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close()
	cfg := testConfig(node(100).URL, node(95).URL, node(80).URL, dead.URL)
	cfg.Health.MaxLag = 10
	s, err := New(cfg, nil, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	s.CheckHealth(testContext(t))
	var got []bool
	for _, st := range s.rollups[0].pool.status() {
		got = append(got, st.Healthy)
	}
	if want := []bool{true, true, false, false}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("healthy = %v, want %v", got, want)
	}
}

func TestDecodeAnswers_MatchesIDsAndFlagsGaps(t *testing.T) {
	for _, tc := range []struct {
		name, raw string
		n         int
		batch     bool
		want      []string // per call: result, "E:"+error object, or "missing"
		fail      bool
	}{
		{name: "single", raw: `{"jsonrpc":"2.0","id":0,"result":{"a": [1, "]"]}}`, n: 1, want: []string{`{"a": [1, "]"]}`}},
		{name: "single null result", raw: `{"jsonrpc":"2.0","id":0,"result":null}`, n: 1, want: []string{`null`}},
		{name: "single error", raw: ` {"jsonrpc":"2.0","id":0,"error":{"code":-32000,"message":"x"}} `, n: 1, want: []string{`E:{"code":-32000,"message":"x"}`}},
		{name: "batch out of order with a gap", raw: `[{"id":2,"result":"c"},{"id":0,"result":"a"},{"id":0,"result":"dup"},{"id":"1","result":"str id"}]`, n: 3, batch: true,
			want: []string{`"a"`, "missing", `"c"`}},
		{name: "batch refused as a whole", raw: `{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"batch too large"}}`, n: 2, batch: true,
			want: []string{`E:{"code":-32600,"message":"batch too large"}`, `E:{"code":-32600,"message":"batch too large"}`}},
		{name: "neither result nor error", raw: `{"jsonrpc":"2.0","id":0}`, n: 1, fail: true},
		{name: "not JSON", raw: `<html>bad gateway</html>`, n: 1, fail: true},
		{name: "object cut short", raw: `{"jsonrpc":"2.0","id":0,"result":{"a":"b"}`, n: 1, fail: true},
		{name: "object with a bad member after the result", raw: `{"jsonrpc":"2.0","id":0,"result":"0x1","x":tru}`, n: 1, fail: true},
		{name: "object with trailing bytes", raw: `{"jsonrpc":"2.0","id":0,"result":"0x1"}}`, n: 1, fail: true},
		{name: "duplicate result: the last one", raw: `{"id":0,"result":"a","result":"b"}`, n: 1, want: []string{`"b"`}},
		{name: "escaped key", raw: `{"id":0,"r\u0065sult":"a"}`, n: 1, want: []string{`"a"`}},
		{name: "batch to a single call", raw: `[{"id":0,"result":1}]`, n: 1, fail: true},
		{name: "empty", raw: ``, n: 1, fail: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := make([]answer, tc.n)
			err := decodeAnswers([]byte(tc.raw), tc.batch, got)
			if tc.fail {
				if err == nil {
					t.Fatalf("decoded %+v", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for i, a := range got {
				s := string(a.result)
				switch {
				case a.err != nil:
					s = "missing"
				case a.errObj != nil:
					s = "E:" + string(a.errObj)
				}
				if s != tc.want[i] {
					t.Errorf("answer %d = %s, want %s", i, s, tc.want[i])
				}
			}
		})
	}
}

func TestPool_CredentialsInURLBecomeBasicAuth(t *testing.T) {
	var auth atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		auth.Store(r.Header.Get("Authorization"))
		_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":0,"result":"0x1"}`))
	}))
	t.Cleanup(srv.Close)
	u, _ := url.Parse(srv.URL)
	u.User = url.UserPassword("alice", "s3cret")
	s, err := New(testConfig(u.String()), nil, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	front := httptest.NewServer(s.Handler())
	t.Cleanup(front.Close)
	_, body := post(t, front.URL+"/rpc/op", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`)
	if result(t, body) != "0x1" || auth.Load() != "Basic YWxpY2U6czNjcmV0" {
		t.Fatalf("body %s, Authorization %q", body, auth.Load())
	}
	if strings.Contains(string(body), "s3cret") {
		t.Fatal("credentials leaked")
	}
}

// TestPool_ErrorRateMakesUpstreamUnhealthy gives the pool an upstream that answers its health probe but fails
// every other call: once it has failed more than max_error_rate of min_samples calls, the next check marks it
// unhealthy, and reads keep succeeding through the other upstream all along.
func TestPool_ErrorRateMakesUpstreamUnhealthy(t *testing.T) {
	flaky := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if strings.Contains(string(body), "eth_blockNumber") {
			_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":"0x10"}`))
			return
		}
		http.Error(w, "overloaded", http.StatusServiceUnavailable)
	}))
	t.Cleanup(flaky.Close)
	cfg := testConfig(flaky.URL, fakeNode(t, "good").URL)
	cfg.Health.MinSamples = 5
	cfg.Health.MaxErrorRate = 0.2
	s, err := New(cfg, nil, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	front := httptest.NewServer(s.Handler())
	t.Cleanup(front.Close)
	s.CheckHealth(testContext(t))
	for i := 0; i < 20; i++ {
		_, body := post(t, front.URL+"/rpc/op", `{"jsonrpc":"2.0","id":1,"method":"eth_getBalance","params":[]}`)
		if got := result(t, body); !strings.HasPrefix(got, "good:") {
			t.Fatalf("read %d: %s", i, got)
		}
	}
	s.CheckHealth(testContext(t))
	st := s.rollups[0].pool.status()
	if st[0].Healthy || !strings.Contains(st[0].LastError, "calls failed") || !st[1].Healthy {
		t.Fatalf("status %+v", st)
	}
}

// TestProxy_MixedBatchReadsFailOverWritesDoNot sends batches mixing reads and a transaction to a pool whose
// first upstream answers 502: the reads always succeed (they are split off and retried), the transaction is never
// sent twice.
func TestProxy_MixedBatchReadsFailOverWritesDoNot(t *testing.T) {
	var writes atomic.Int64
	count := func(r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		writes.Add(int64(strings.Count(string(body), "eth_sendRawTransaction")))
		r.Body = io.NopCloser(strings.NewReader(string(body)))
	}
	bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		count(r)
		http.Error(w, "bad gateway", http.StatusBadGateway)
	}))
	t.Cleanup(bad.Close)
	good := fakeNode(t, "good")
	goodCounting := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		count(r)
		req, _ := http.NewRequest(http.MethodPost, good.URL, r.Body)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		_, _ = io.Copy(w, resp.Body)
	}))
	t.Cleanup(goodCounting.Close)
	s, err := New(testConfig(bad.URL, goodCounting.URL), nil, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	front := httptest.NewServer(s.Handler())
	t.Cleanup(front.Close)
	const batches = 8
	for i := 0; i < batches; i++ {
		_, body := post(t, front.URL+"/rpc/op", `[{"jsonrpc":"2.0","id":1,"method":"eth_getBalance","params":["0x0","latest"]},`+
			`{"jsonrpc":"2.0","id":2,"method":"eth_sendRawTransaction","params":["0x00"]},{"jsonrpc":"2.0","id":3,"method":"eth_chainId"}]`)
		rs := normalizeRaw(body)
		if len(rs) != 3 || string(rs[0].ID) != "1" || string(rs[1].ID) != "2" || string(rs[2].ID) != "3" {
			t.Fatalf("responses %s", body)
		}
		for _, k := range []int{0, 2} {
			if rs[k].Error != nil || !strings.HasPrefix(string(rs[k].Result), `"good:`) {
				t.Fatalf("read %d failed: %s", k, body)
			}
		}
	}
	if got := writes.Load(); got != batches {
		t.Fatalf("the transaction reached upstreams %d times in %d batches", got, batches)
	}
}

// indexingNode is an upstream still building its transaction index: it answers eth_blockNumber (health checks)
// and eth_chainId, and every other call with go-ethereum's -32000 "transaction indexing is in progress".
func indexingNode(t *testing.T, hits *atomic.Int64) *httptest.Server {
	t.Helper()
	return answeringNode(t, func(c Call) (json.RawMessage, json.RawMessage) {
		switch c.Method {
		case "eth_blockNumber":
			return json.RawMessage(`"0x10"`), nil
		case "eth_chainId":
			return json.RawMessage(`"0x385"`), nil
		}
		hits.Add(1)
		return nil, json.RawMessage(`{"code":-32000,"message":"transaction indexing is in progress","data":"transaction indexing is in progress"}`)
	})
}

// TestProxy_ReadsGoPastAnUpstreamStillIndexing: a node answering a read with "transaction indexing is in progress"
// (just restarted, or rebuilding its index) is passed over for a healthy other upstream; alone, or with retries
// off, its answer reaches the client as it is.
func TestProxy_ReadsGoPastAnUpstreamStillIndexing(t *testing.T) {
	var indexingHits atomic.Int64
	indexing := indexingNode(t, &indexingHits)
	good := fakeNode(t, "good")
	receipt := `{"jsonrpc":"2.0","id":7,"method":"eth_getTransactionReceipt","params":["0x` + strings.Repeat("ab", 32) + `"]}`

	_, url := startProxy(t, testConfig(indexing.URL, good.URL), nil, nil)
	for i := range 4 { // round-robin: the indexing node comes first in half of them
		_, body := post(t, url+"/rpc/op", receipt)
		if r, e := decodeOne(t, body); e != nil || !strings.Contains(string(r.Result), "good:eth_getTransactionReceipt") {
			t.Fatalf("read %d with one upstream still indexing: %s", i, body)
		}
	}
	if indexingHits.Load() == 0 {
		t.Fatal("the indexing upstream was never asked: the test shows nothing")
	}
	_, body := post(t, url+"/rpc/op", `[`+receipt+`,{"jsonrpc":"2.0","id":8,"method":"eth_chainId"}]`)
	if !strings.Contains(string(body), "good:eth_getTransactionReceipt") || !strings.Contains(string(body), "good:eth_chainId") {
		t.Fatalf("a batch with a lookup the indexing node refuses: %s", body)
	}

	want := `{"jsonrpc":"2.0","id":7,"error":{"code":-32000,"message":"transaction indexing is in progress","data":"transaction indexing is in progress"}}`
	_, alone := startProxy(t, testConfig(indexing.URL), nil, nil)
	if _, body := post(t, alone+"/rpc/op", receipt); strings.TrimSpace(string(body)) != want {
		t.Fatalf("the only upstream still indexing: %s, want its answer %s", body, want)
	}
	noRetry := testConfig(indexing.URL, good.URL)
	noRetry.Retries = 0
	_, once := startProxy(t, noRetry, nil, nil)
	saw := false
	for range 4 {
		_, body := post(t, once+"/rpc/op", receipt)
		saw = saw || strings.TrimSpace(string(body)) == want
	}
	if !saw {
		t.Fatal("with retries: 0 the indexing node's answer never reached the client")
	}
}
