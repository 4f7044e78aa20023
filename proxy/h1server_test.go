package proxy

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// h1Pair is one proxy served two ways: by Start (its own HTTP/1.1 server, handing what it does not serve to
// net/http) and by Handler mounted in httptest (net/http for every request).
type h1Pair struct {
	s      *Server
	alerts *testAlerts
	fast   string // host:port of Start's listener
	std    string // host:port of the httptest server
}

func newH1Pair(t *testing.T, edit func(*Config)) *h1Pair {
	t.Helper()
	cfg := testConfig(fakeNode(t, "op").URL)
	cfg.Rollups = append(cfg.Rollups, RollupConfig{Name: "base", ChainID: 8453, Hosts: []string{"base.localhost"},
		Upstreams: []UpstreamConfig{{Name: "b1", URL: fakeNode(t, "base").URL}}})
	cfg.CORS.AllowedOrigins = []string{"https://app.example.org"}
	cfg.Limits.MaxBodyBytes = 256 << 10
	if edit != nil {
		edit(&cfg)
	}
	alerts := newTestAlerts()
	s, _ := startProxy(t, cfg, alerts, nil)
	std := httptest.NewServer(s.Handler())
	t.Cleanup(std.Close)
	return &h1Pair{s: s, alerts: alerts, fast: s.Addr(), std: strings.TrimPrefix(std.URL, "http://")}
}

// dialRaw opens a connection to addr, closed at the test's end, with a 10 s deadline.
func dialRaw(t *testing.T, addr string) net.Conn {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	_ = c.SetDeadline(time.Now().Add(10 * time.Second))
	return c
}

// exchange sends the raw request on a new connection and reads one response.
func exchange(t *testing.T, addr, req string) (*http.Response, []byte) {
	t.Helper()
	c := dialRaw(t, addr)
	if _, err := io.WriteString(c, req); err != nil {
		t.Fatal(err)
	}
	return readResponse(t, bufio.NewReader(c), req)
}

func readResponse(t *testing.T, br *bufio.Reader, req string) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatalf("%q: reading the response: %v", firstLine(req), err)
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%q: reading the body: %v", firstLine(req), err)
	}
	if resp.Header.Get("Content-Encoding") == "gzip" {
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			t.Fatalf("%q: gzip: %v", firstLine(req), err)
		}
		if body, err = io.ReadAll(zr); err != nil {
			t.Fatalf("%q: gunzip: %v", firstLine(req), err)
		}
	}
	return resp, body
}

func firstLine(s string) string { l, _, _ := strings.Cut(s, "\r\n"); return l }

// rpcPOST builds a raw JSON-RPC POST.
func rpcPOST(path, host, body string, headers ...string) string {
	var b strings.Builder
	b.WriteString("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n")
	for _, h := range headers {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("Content-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body)
	return b.String()
}

// comparedHeaders are the response headers both servers must agree on. Content-Length and Transfer-Encoding may
// differ (net/http chunks a compressed answer), and Date is the clock's.
var comparedHeaders = []string{"Content-Type", "Content-Encoding", "Vary", "Access-Control-Allow-Origin",
	"Access-Control-Expose-Headers", AlertHeader, "Retry-After", "Allow"}

// TestH1Server_AnswersAsNetHTTPDoes sends the same raw requests to the proxy's own server and to net/http serving
// the same proxy, and checks that the answers agree (status, headers, body) and which requests the fast path took.
func TestH1Server_AnswersAsNetHTTPDoes(t *testing.T) {
	p := newH1Pair(t, nil)
	p.alerts.set(map[uint64]Alert{8453: {Level: LevelConfirmed, MessageHash: common.HexToHash("0xa1"), L1TxHash: common.HexToHash("0xb2"),
		ObservedAt: time.Now()}}, time.Now())
	big := `{"jsonrpc":"2.0","id":9,"method":"eth_call","params":["` + strings.Repeat("ab", 1500) + `"]}`
	cases := []struct {
		name string
		req  string
		fast bool
	}{
		{"single call", rpcPOST("/rpc/op", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`), true},
		{"path with a slash", rpcPOST("/rpc/op/", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`), true},
		{"batch", rpcPOST("/rpc/op", "x", `[{"jsonrpc":"2.0","id":1,"method":"eth_chainId"},{"jsonrpc":"2.0","id":"b","method":"eth_blockNumber"}]`), true},
		{"routed by host", rpcPOST("/", "Base.Localhost:8547", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`), true},
		{"only notifications", rpcPOST("/rpc/op", "x", `{"jsonrpc":"2.0","method":"eth_chainId"}`), true},
		{"parse error", rpcPOST("/rpc/op", "x", `{"jsonrpc":"2.0","id":1,`), true},
		{"empty body", rpcPOST("/rpc/op", "x", ``), true},
		{"gzip", rpcPOST("/rpc/op", "x", big, "Accept-Encoding: gzip"), true},
		{"gzip refused", rpcPOST("/rpc/op", "x", big, "Accept-Encoding: gzip;q=0"), true},
		{"allowed origin", rpcPOST("/rpc/op", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`, "Origin: https://app.example.org"), true},
		{"other origin", rpcPOST("/rpc/op", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`, "Origin: https://evil.example"), true},
		{"tripped write", rpcPOST("/rpc/base", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":["0x00"]}`), true},
		{"tripped rollup read", rpcPOST("/rpc/base", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`), true},
		{"charset", rpcPOST("/rpc/op", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`, "Content-Type: application/json; charset=utf-8"), true},
		{"lower-case names", strings.ReplaceAll(rpcPOST("/rpc/op", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`), "Content-Length", "content-length"), true},

		{"unknown rollup", rpcPOST("/rpc/nope", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`), false},
		{"text/plain", rpcPOST("/rpc/op", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`, "Content-Type: text/plain"), false},
		{"large answer", rpcPOST("/rpc/op", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_call","params":["`+strings.Repeat("cd", 50<<10)+`"]}`), true},
		{"body over the limit", rpcPOST("/rpc/op", "x", strings.Repeat(" ", 257<<10)), false},
		{"GET", "GET /rpc/op HTTP/1.1\r\nHost: x\r\n\r\n", false},
		{"HTTP/1.0", strings.Replace(rpcPOST("/rpc/op", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`), "HTTP/1.1", "HTTP/1.0", 1), false},
		{"escaped path", rpcPOST("/rpc/%6fp", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`), false},
		{"query", rpcPOST("/rpc/op?x=1", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`), false},
		{"chunked", "POST /rpc/op HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" +
			"1e\r\n{\"jsonrpc\":\"2.0\",\"id\":1,\"meth\r\n11\r\nod\":\"eth_chainId\"}\r\n0\r\n\r\n", false},
		{"no Host", strings.Replace(rpcPOST("/rpc/op", "x", `{}`), "Host: x\r\n", "", 1), false},
		{"two Hosts", strings.Replace(rpcPOST("/rpc/op", "x", `{}`), "Host: x\r\n", "Host: x\r\nHost: y\r\n", 1), false},
		{"bad header name", rpcPOST("/rpc/op", "x", `{}`, "Bad Name: 1"), false},
		{"two lengths", strings.Replace(rpcPOST("/rpc/op", "x", `{}`), "Host: x\r\n", "Host: x\r\nContent-Length: 3\r\n", 1), false},
		{"bare LF", "POST /rpc/op HTTP/1.1\nHost: x\nContent-Length: 2\n\n{}", false},
		{"large head", rpcPOST("/rpc/op", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`, "Cookie: "+strings.Repeat("c", 5000)), false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			handed := handedOff(t, p.s)
			got, gotBody := exchange(t, p.fast, tc.req)
			// An answer on a connection not handed to net/http is the fast path's.
			if d := handedOff(t, p.s) - handed; tc.fast != (d == 0) {
				t.Errorf("handed to net/http: %v connections, want fast=%v", d, tc.fast)
			}
			want, wantBody := exchange(t, p.std, tc.req)
			if got.StatusCode != want.StatusCode {
				t.Errorf("status %d, net/http %d", got.StatusCode, want.StatusCode)
			}
			for _, h := range comparedHeaders {
				if g, w := got.Header.Values(h), want.Header.Values(h); strings.Join(g, "|") != strings.Join(w, "|") {
					t.Errorf("%s: %q, net/http %q", h, g, w)
				}
			}
			if tc.fast && got.Header.Get("Date") == "" {
				t.Error("no Date header")
			}
			if !bytes.Equal(gotBody, wantBody) {
				t.Errorf("body\n%s\nnet/http\n%s", gotBody, wantBody)
			}
			if tc.fast && got.ContentLength != int64(len(gotBody)) && got.Header.Get("Content-Encoding") == "" {
				t.Errorf("Content-Length %d for a %d-byte body", got.ContentLength, len(gotBody))
			}
		})
	}
}

// TestH1Server_KeepAlivePipeliningAndHandOff sends on one connection two pipelined JSON-RPC requests, then a GET
// the fast path hands to net/http, then one more request, which net/http then serves on the same connection.
func TestH1Server_KeepAlivePipeliningAndHandOff(t *testing.T) {
	p := newH1Pair(t, nil)
	c := dialRaw(t, p.fast)
	br := bufio.NewReader(c)
	one := rpcPOST("/rpc/op", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`)
	two := rpcPOST("/rpc/base", "x", `{"jsonrpc":"2.0","id":2,"method":"eth_chainId"}`)
	if _, err := io.WriteString(c, one+two); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{`"op:eth_chainId:"`, `"base:eth_chainId:"`} {
		resp, body := readResponse(t, br, one)
		if resp.StatusCode != 200 || !strings.Contains(string(body), want) || resp.Close {
			t.Fatalf("pipelined answer %d: %d %s (close %v), want %s", i, resp.StatusCode, body, resp.Close, want)
		}
	}
	if got := handedOff(t, p.s); got != 0 {
		t.Fatalf("%v connections handed to net/http before the GET, want 0", got)
	}
	if _, err := io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	if resp, body := readResponse(t, br, "GET /healthz"); resp.StatusCode != 200 {
		t.Fatalf("GET /healthz after the hand-off: %d %s", resp.StatusCode, body)
	}
	if _, err := io.WriteString(c, one); err != nil {
		t.Fatal(err)
	}
	if resp, body := readResponse(t, br, one); resp.StatusCode != 200 || !strings.Contains(string(body), `"op:eth_chainId:"`) {
		t.Fatalf("JSON-RPC after the hand-off: %d %s", resp.StatusCode, body)
	}
	if a, h := metricValue(t, p.s, "mach_proxy_connections_accepted_total"), handedOff(t, p.s); a != 1 || h != 1 {
		t.Fatalf("metrics: %v connections accepted, %v handed off; want ≥ 1 and 1", a, h)
	}
}

// TestH1Server_BodyInPieces sends a request's body in pieces, with pauses.
func TestH1Server_BodyInPieces(t *testing.T) {
	p := newH1Pair(t, nil)
	c := dialRaw(t, p.fast)
	req := rpcPOST("/rpc/op", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_call","params":["`+strings.Repeat("ef", 10000)+`"]}`)
	for i := 0; i < len(req); i += 7000 {
		if _, err := io.WriteString(c, req[i:min(i+7000, len(req))]); err != nil {
			t.Fatal(err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	resp, body := readResponse(t, bufio.NewReader(c), req)
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"op:eth_call:`+strings.Repeat("x", 20004)+`"`) {
		t.Fatalf("%d %.200s", resp.StatusCode, body)
	}
	if handedOff(t, p.s) != 0 {
		t.Fatal("not served by the fast path")
	}
}

// TestH1Server_ExpectContinueGoesToNetHTTP checks the 100-continue exchange (curl's, for bodies over 1 KB).
func TestH1Server_ExpectContinueGoesToNetHTTP(t *testing.T) {
	p := newH1Pair(t, nil)
	c := dialRaw(t, p.fast)
	body := `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`
	head := "POST /rpc/op HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n"
	if _, err := io.WriteString(c, head); err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReader(c)
	line, err := br.ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "HTTP/1.1 100") {
		t.Fatalf("want 100 Continue first, got %q (%v)", line, err)
	}
	if _, err := br.ReadString('\n'); err != nil { // the interim response's empty line
		t.Fatal(err)
	}
	if _, err := io.WriteString(c, body); err != nil {
		t.Fatal(err)
	}
	if resp, got := readResponse(t, br, head); resp.StatusCode != 200 || !strings.Contains(string(got), `"op:eth_chainId:"`) {
		t.Fatalf("%d %s", resp.StatusCode, got)
	}
}

// TestH1Server_ConnectionClose checks that a request asking to close gets its answer, marked, and then the end of
// the connection.
func TestH1Server_ConnectionClose(t *testing.T) {
	p := newH1Pair(t, nil)
	c := dialRaw(t, p.fast)
	req := rpcPOST("/rpc/op", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`, "Connection: keep-alive, close")
	if _, err := io.WriteString(c, req); err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReader(c)
	resp, body := readResponse(t, br, req)
	if resp.StatusCode != 200 || !resp.Close || !strings.Contains(string(body), "op:eth_chainId") {
		t.Fatalf("%d close=%v %s", resp.StatusCode, resp.Close, body)
	}
	if n, err := br.Read(make([]byte, 1)); !errors.Is(err, io.EOF) {
		t.Fatalf("after the answer: %d bytes, %v; want EOF", n, err)
	}
	if handedOff(t, p.s) != 0 {
		t.Fatal("not served by the fast path")
	}
}

// TestH1Server_StopFinishesInFlightAndClosesIdle stops the proxy with one request in flight (its upstream is slow)
// and one idle keep-alive connection: the request gets its answer, marked Connection: close, and the idle
// connection is closed at once rather than after the idle timeout.
func TestH1Server_StopFinishesInFlightAndClosesIdle(t *testing.T) {
	release, arrived := make(chan struct{}), make(chan struct{}, 1)
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if bytes.Contains(body, []byte("eth_blockNumber")) { // health checks
			_, _ = io.WriteString(w, `{"jsonrpc":"2.0","id":1,"result":"0x10"}`)
			return
		}
		arrived <- struct{}{}
		<-release
		_, _ = io.WriteString(w, `{"jsonrpc":"2.0","id":1,"result":"0x1"}`)
	}))
	defer slow.Close()
	s, err := New(testConfig(slow.URL), newTestAlerts(), discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(testContext(t)); err != nil {
		t.Fatal(err)
	}

	idle := dialRaw(t, s.Addr())
	idleR := bufio.NewReader(idle)
	if _, err := io.WriteString(idle, rpcPOST("/rpc/op", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber"}`)); err != nil {
		t.Fatal(err)
	}
	if resp, _ := readResponse(t, idleR, "idle"); resp.StatusCode != 200 {
		t.Fatal(resp.Status)
	}

	busy := dialRaw(t, s.Addr())
	if _, err := io.WriteString(busy, rpcPOST("/rpc/op", "x", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`)); err != nil {
		t.Fatal(err)
	}
	select { // the request is in flight once the proxy has forwarded it
	case <-arrived:
	case <-time.After(10 * time.Second):
		t.Fatal("the request never reached the upstream")
	}
	if n := activeConns(s.h1); n != 1 {
		t.Fatalf("%d connections active, want the one in flight", n)
	}

	stopped := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		stopped <- s.Stop(ctx)
	}()
	if n, err := idleR.Read(make([]byte, 1)); !errors.Is(err, io.EOF) {
		t.Fatalf("idle connection at Stop: %d bytes, %v; want EOF", n, err)
	}
	select {
	case err := <-stopped:
		t.Fatalf("Stop returned (%v) before the request in flight was answered", err)
	case <-time.After(100 * time.Millisecond):
	}
	close(release)
	resp, body := readResponse(t, bufio.NewReader(busy), "busy")
	if resp.StatusCode != 200 || !resp.Close || !strings.Contains(string(body), `"0x1"`) {
		t.Fatalf("the request in flight: %d close=%v %s", resp.StatusCode, resp.Close, body)
	}
	if err := <-stopped; err != nil {
		t.Fatalf("Stop: %v", err)
	}
}

// handedOff is mach_proxy_connections_handed_off_total: a request answered on a connection not handed to net/http
// was answered by the fast path.
func handedOff(t *testing.T, s *Server) float64 {
	t.Helper()
	return metricValue(t, s, "mach_proxy_connections_handed_off_total")
}

func activeConns(h *h1Server) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for c := range h.conns {
		if c.state.Load() == connActive {
			n++
		}
	}
	return n
}

// TestH1Server_RateLimitByHeader checks the rate limiter's key on the fast path: the ip_header's first address,
// or the connection's.
func TestH1Server_RateLimitByHeader(t *testing.T) {
	p := newH1Pair(t, func(c *Config) {
		c.RateLimit = RateLimitConfig{PerSecond: 0.001, Burst: 1, IPHeader: "X-Forwarded-For"}
	})
	call := `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`
	for i, tc := range []struct {
		header string
		status int
	}{
		{"X-Forwarded-For: 192.0.2.1, 10.0.0.1", 200},
		{"X-Forwarded-For: 192.0.2.1", 429},
		{"X-Forwarded-For: 192.0.2.2", 200},
		{"", 200}, // the connection's address, 127.0.0.1
		{"", 429},
	} {
		var hs []string
		if tc.header != "" {
			hs = append(hs, tc.header)
		}
		resp, body := exchange(t, p.fast, rpcPOST("/rpc/op", "x", call, hs...))
		if resp.StatusCode != tc.status {
			t.Fatalf("request %d (%s): %d %s, want %d", i, tc.header, resp.StatusCode, body, tc.status)
		}
		if tc.status == 429 && (resp.Header.Get("Retry-After") == "" || !strings.Contains(string(body), `"id":1`)) {
			t.Fatalf("request %d: 429 without Retry-After or the call's id: %v %s", i, resp.Header, body)
		}
	}
	if handedOff(t, p.s) != 0 {
		t.Fatal("handed off")
	}
}

// TestH1Server_ConcurrentClients runs many clients at once through the fast path and checks every answer.
func TestH1Server_ConcurrentClients(t *testing.T) {
	p := newH1Pair(t, nil)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 16, DisableCompression: true}}
	defer client.CloseIdleConnections()
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				id := strconv.Itoa(g*1000 + i)
				body := `{"jsonrpc":"2.0","id":` + id + `,"method":"eth_getBalance","params":["0x` + id + `"]}`
				resp, err := client.Post("http://"+p.fast+"/rpc/op", "application/json", strings.NewReader(body))
				if err != nil {
					errs <- err
					return
				}
				got, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				if err != nil || !strings.HasPrefix(string(got), `{"jsonrpc":"2.0","id":`+id+`,"result":"op:eth_getBalance:`) {
					errs <- errors.New("answer to " + id + ": " + string(got))
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got := handedOff(t, p.s); got != 0 {
		t.Errorf("%v connections handed to net/http, want all served by the fast path", got)
	}
}

// FuzzH1Head checks the fast path's request-head parser against net/http's: a head the fast path accepts must be
// one http.ReadRequest reads the same way (method, path, host, body length, connection close, the headers the
// proxy uses) and routes to the same rollup. Heads it refuses go to net/http, so only acceptance is checked.
func FuzzH1Head(f *testing.F) {
	for _, seed := range []string{
		rpcPOST("/rpc/op", "x", "{}"),
		rpcPOST("/", "Base.Localhost:80", "{}", "Origin: https://a", "Accept-Encoding: gzip", "X-Forwarded-For: 1.2.3.4"),
		rpcPOST("/rpc/base/", "[::1]:8547", "{}", "Connection: close"),
		rpcPOST("/", "[::1]", "{}"),
		"POST /rpc/op HTTP/1.1\r\nHost: x\r\nContent-Length: 007\r\n\r\n",
		"POST /rpc/op HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\n",
		"POST /rpc/op HTTP/1.1\r\nHost: x\r\n Content-Length: 1\r\n\r\n",
		"POST /rpc/op HTTP/1.1\r\nHost:\tx\t\r\ncontent-length:2 \r\n\r\n",
	} {
		f.Add([]byte(seed))
	}
	cfg := testConfig("http://127.0.0.1:1")
	cfg.Rollups = append(cfg.Rollups, RollupConfig{Name: "base", ChainID: 8453, Hosts: []string{"base.localhost"},
		Upstreams: []UpstreamConfig{{URL: "http://127.0.0.1:1"}}})
	cfg.RateLimit = RateLimitConfig{PerSecond: 1, Burst: 1, IPHeader: "X-Forwarded-For"}
	s, err := New(cfg, nil, discardLogger())
	if err != nil {
		f.Fatal(err)
	}
	h := newH1Server(s, context.Background(), nil, nil)
	f.Fuzz(func(t *testing.T, data []byte) {
		end := headEnd(data)
		if end <= 0 {
			return
		}
		var hd h1Head
		if !hd.parse(h, data[:end]) {
			return
		}
		req, err := http.ReadRequest(bufio.NewReader(bytes.NewReader(data)))
		if err != nil {
			t.Fatalf("fast path accepts a head net/http refuses (%v):\n%q", err, data[:end])
		}
		ro, ok := s.rpcRoute(req)
		switch {
		case req.Method != http.MethodPost || req.ProtoMajor != 1 || req.ProtoMinor != 1:
			t.Fatalf("method %s %s", req.Method, req.Proto)
		case req.ContentLength != hd.contentLength || len(req.TransferEncoding) > 0:
			t.Fatalf("length %d (%v), fast path %d", req.ContentLength, req.TransferEncoding, hd.contentLength)
		case req.Close != hd.close:
			t.Fatalf("close %v, fast path %v", req.Close, hd.close)
		case !ok || ro != hd.ro:
			t.Fatalf("routed to %v (%v), fast path %v", ro, ok, hd.ro)
		case req.Header.Get("Origin") != hd.origin || req.Header.Get("Accept-Encoding") != hd.acceptEnc ||
			req.Header.Get("X-Forwarded-For") != hd.ipHeader:
			t.Fatalf("headers %v, fast path %q %q %q", req.Header, hd.origin, hd.acceptEnc, hd.ipHeader)
		case !contentTypeOK(req.Header.Get("Content-Type")):
			t.Fatalf("Content-Type %q accepted", req.Header.Get("Content-Type"))
		case req.Header.Get("Expect") != "" || req.Header.Get("Upgrade") != "":
			t.Fatalf("Expect or Upgrade accepted: %v", req.Header)
		}
	})
}
