package proxy

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/mach-avs/mach/internal/config"
)

// fakeNode answers every call with the call's own method name as result, so that routing is visible; the one
// edge these tests fake, the real node is exercised by the transparency, failover and breaker tests.
func fakeNode(t *testing.T, name string) *httptest.Server {
	t.Helper()
	return answeringNode(t, func(c Call) (json.RawMessage, json.RawMessage) {
		if c.Method == "eth_blockNumber" {
			return json.RawMessage(`"0x10"`), nil
		}
		result, _ := json.Marshal(name + ":" + c.Method + ":" + strings.Repeat("x", len(c.Params)))
		return result, nil
	})
}

// answeringNode is a JSON-RPC node answering each call (single or in a batch) with answer's result or error.
func answeringNode(t *testing.T, answer func(c Call) (result, errObj json.RawMessage)) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		calls, batch, err := Parse(body, DefaultLimits)
		if err != nil {
			http.Error(w, err.Message, http.StatusBadRequest)
			return
		}
		var out []byte
		if batch {
			out = append(out, '[')
		}
		for i, c := range calls {
			if i > 0 {
				out = append(out, ',')
			}
			result, errObj := answer(c)
			out = appendResponse(out, c.ID, result, errObj)
		}
		if batch {
			out = append(out, ']')
		}
		_, _ = w.Write(out)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// twoRollups serves "op" (chain 901, host op.localhost) and "base" (chain 8453, host base.localhost) from fake
// nodes.
func twoRollups(t *testing.T) (*Server, string) {
	cfg := testConfig(fakeNode(t, "op").URL)
	cfg.Rollups = append(cfg.Rollups, RollupConfig{Name: "base", ChainID: 8453, Hosts: []string{"base.localhost"},
		Upstreams: []UpstreamConfig{{Name: "b1", URL: fakeNode(t, "base").URL}}})
	cfg.CORS.AllowedOrigins = []string{"https://app.example.org"}
	s, err := New(cfg, newTestAlerts(), discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return s, srv.URL
}

func result(t *testing.T, body []byte) string {
	t.Helper()
	r, e := decodeOne(t, body)
	if e != nil {
		t.Fatalf("error %+v", e)
	}
	var s string
	if err := json.Unmarshal(r.Result, &s); err != nil {
		t.Fatalf("result %s", r.Result)
	}
	return s
}

func TestServer_RoutesByPathAndHost(t *testing.T) {
	_, url := twoRollups(t)
	call := `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`
	if _, body := post(t, url+"/rpc/op", call); result(t, body) != "op:eth_chainId:" {
		t.Errorf("/rpc/op: %s", body)
	}
	if _, body := post(t, url+"/rpc/base/", call); result(t, body) != "base:eth_chainId:" {
		t.Errorf("/rpc/base/: %s", body)
	}
	if _, body := post(t, url+"/rpc/base", call); result(t, body) != "base:eth_chainId:" {
		t.Errorf("/rpc/base: %s", body)
	}
	req, _ := http.NewRequest(http.MethodPost, url+"/", strings.NewReader(call))
	req.Host = "base.localhost:8547"
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if result(t, body) != "base:eth_chainId:" {
		t.Errorf("Host base.localhost: %s", body)
	}
	resp, body = post(t, url+"/rpc/nope", call)
	if _, e := decodeOne(t, body); resp.StatusCode != http.StatusNotFound || e == nil {
		t.Errorf("unknown rollup: %d %s", resp.StatusCode, body)
	}
	resp, body = post(t, url+"/", call) // no Host match, two rollups
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("no matching host: %d %s", resp.StatusCode, body)
	}
}

func TestServer_WalletShapedErrorsAndNotifications(t *testing.T) {
	_, url := twoRollups(t)
	url += "/rpc/op"
	for _, tc := range []struct {
		name, body string
		status     int
		want       string // the exact response body
	}{
		{"parse error", `{"id":1,`, 200, `{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"parse error: the body is not valid JSON"}}`},
		{"empty batch", `[]`, 200, `{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"invalid request: empty batch"}}`},
		{"denied method", `{"jsonrpc":"2.0","id":"x","method":"admin_peers"}`, 200,
			`{"jsonrpc":"2.0","id":"x","error":{"code":-32601,"message":"the method admin_peers does not exist/is not available"}}`},
		{"invalid in batch", `[1,{"jsonrpc":"2.0","id":2,"method":"eth_chainId"}]`, 200,
			`[{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"invalid request: a call must be a JSON object"}},{"jsonrpc":"2.0","id":2,"result":"op:eth_chainId:"}]`},
		{"notification", `{"jsonrpc":"2.0","method":"eth_chainId"}`, 200, ``},
		{"batch of notifications", `[{"jsonrpc":"2.0","method":"eth_chainId"},{"jsonrpc":"2.0","method":"eth_blockNumber"}]`, 200, ``},
		{"batch too large", "[" + strings.Repeat(`{"id":1,"method":"a"},`, 1000) + `{"id":1,"method":"a"}]`, 200,
			`{"jsonrpc":"2.0","id":null,"error":{"code":-32005,"message":"batch too large: the limit is 1000 calls"}}`},
		{"body too large", `{"id":1,"method":"a","params":["` + strings.Repeat("a", 6<<20) + `"]}`, 413,
			`{"jsonrpc":"2.0","id":null,"error":{"code":-32005,"message":"request body too large: the limit is 5242880 bytes"}}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := post(t, url, tc.body)
			if resp.StatusCode != tc.status || string(body) != tc.want {
				t.Errorf("got %d %s\nwant %d %s", resp.StatusCode, body, tc.status, tc.want)
			}
		})
	}
	resp, _ := post(t, url, `{"id":1,"method":"eth_chainId"}`, "Content-Type", "text/plain")
	if resp.StatusCode != http.StatusUnsupportedMediaType {
		t.Errorf("text/plain: status %d, want 415", resp.StatusCode)
	}
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET: status %d, want 405", resp.StatusCode)
	}
}

func TestServer_CORSPreflightAndHeaders(t *testing.T) {
	_, url := twoRollups(t)
	req, _ := http.NewRequest(http.MethodOptions, url+"/rpc/op", nil)
	req.Header.Set("Origin", "https://app.example.org")
	req.Header.Set("Access-Control-Request-Method", "POST")
	req.Header.Set("Access-Control-Request-Headers", "content-type")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	h := resp.Header
	if resp.StatusCode != http.StatusNoContent || h.Get("Access-Control-Allow-Origin") != "https://app.example.org" ||
		!strings.Contains(h.Get("Access-Control-Allow-Methods"), "POST") || h.Get("Access-Control-Allow-Headers") != "content-type" ||
		h.Get("Access-Control-Max-Age") != "600" {
		t.Errorf("preflight: %d %v", resp.StatusCode, h)
	}
	resp, _ = post(t, url+"/rpc/op", `{"id":1,"method":"eth_chainId"}`, "Origin", "https://app.example.org")
	if resp.Header.Get("Access-Control-Allow-Origin") != "https://app.example.org" || resp.Header.Get("Access-Control-Expose-Headers") != AlertHeader {
		t.Errorf("POST from an allowed origin: %v", resp.Header)
	}
	resp, _ = post(t, url+"/rpc/op", `{"id":1,"method":"eth_chainId"}`, "Origin", "https://evil.example.org")
	if resp.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("POST from another origin got %q", resp.Header.Get("Access-Control-Allow-Origin"))
	}
}

func TestServer_GzipWhenAccepted(t *testing.T) {
	_, url := twoRollups(t)
	big := `{"jsonrpc":"2.0","id":1,"method":"eth_call","params":["` + strings.Repeat("a", 4000) + `"]}`
	req, _ := http.NewRequest(http.MethodPost, url+"/rpc/op", strings.NewReader(big))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept-Encoding", "gzip")
	tr := &http.Transport{DisableCompression: true}
	resp, err := (&http.Client{Transport: tr}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("Content-Encoding %q", resp.Header.Get("Content-Encoding"))
	}
	zr, err := gzip.NewReader(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if got := result(t, body); !strings.HasPrefix(got, "op:eth_call:xxx") {
		t.Errorf("result %.40s…", got)
	}
	resp2, _ := post(t, url+"/rpc/op", `{"id":1,"method":"eth_chainId"}`, "Accept-Encoding", "gzip")
	if resp2.Header.Get("Content-Encoding") != "" {
		t.Error("a small response was compressed")
	}
}

func TestServer_HealthReadinessStatusMetrics(t *testing.T) {
	s, url := twoRollups(t)
	get := func(path string) (int, string) {
		resp, err := http.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, _ := get("/healthz"); code != 200 {
		t.Errorf("/healthz %d", code)
	}
	s.CheckHealth(testContext(t))
	if code, body := get("/readyz"); code != 200 {
		t.Errorf("/readyz %d %s", code, body)
	}
	post(t, url+"/rpc/op", `{"id":1,"method":"eth_getBalance","params":[]}`)
	code, body := get("/status")
	var st Status
	if err := json.Unmarshal([]byte(body), &st); code != 200 || err != nil || len(st.Rollups) != 2 ||
		st.Rollups[0].Upstreams[0].Head != 0x10 || !st.Rollups[1].Upstreams[0].Healthy || st.Rollups[1].Upstreams[0].Name != "b1" {
		t.Errorf("/status %d %s", code, body)
	}
	if strings.Contains(body, "127.0.0.1") {
		t.Errorf("/status shows upstream URLs: %s", body)
	}
	code, body = get("/metrics")
	for _, want := range []string{
		`mach_proxy_requests_total{method="eth_getBalance",rollup="op",status="ok",upstream="upstream-0"} 1`,
		`mach_proxy_upstream_healthy{rollup="base",upstream="b1"} 1`,
		`mach_proxy_breaker_state{rollup="op"} 0`,
		`mach_proxy_request_duration_seconds_bucket{rollup="op"`,
	} {
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	for _, r := range s.rollups[:1] {
		for _, u := range r.pool.ups {
			u.healthy.Store(false)
		}
	}
	if code, body := get("/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "op") {
		t.Errorf("/readyz with no healthy upstream: %d %s", code, body)
	}
}

func TestConfig_ValidateNamesEveryBadKey(t *testing.T) {
	good := testConfig("http://127.0.0.1:8545")
	if err := good.Validate(); err != nil {
		t.Fatalf("valid config: %v", err)
	}
	bad := good
	bad.Listen = "nope"
	bad.Limits.MaxBatch = 0
	bad.Limits.MaxDepth = 2
	bad.Timeouts.Heavy = 0
	bad.Health.MaxErrorRate = 2
	bad.CORS.AllowedOrigins = []string{"app.example.org"}
	bad.Breaker.Confirmed = "block-some"
	bad.Breaker.OnL1Stale = "maybe"
	bad.Rollups = []RollupConfig{
		{Name: "OP", ChainID: 0, Upstreams: nil, Breaker: BreakerConfig{Proved: "halt"}},
		{Name: "b", ChainID: 5, Hosts: []string{"x:80"}, Upstreams: []UpstreamConfig{{URL: "ftp://x"}, {URL: "http://y"}, {Name: "upstream-0", URL: "http://z"}}},
	}
	err := bad.Validate()
	if err == nil {
		t.Fatal("Validate accepted a bad config")
	}
	for _, key := range []string{"listen", "limits.max_batch", "limits.max_depth", "timeouts.heavy", "health.max_error_rate",
		"cors.allowed_origins[0]", "breaker.confirmed", "breaker.on_l1_stale", "rollups[0].name", "rollups[0].chain_id",
		"rollups[0].upstreams", "rollups[0].breaker.proved", "rollups[1].hosts[0]", "rollups[1].upstreams[0].url",
		"rollups[1].upstreams[2].name"} {
		if !strings.Contains(err.Error(), "config: "+key+" ") {
			t.Errorf("no problem named %s in:\n%v", key, err)
		}
	}
	empty := DefaultConfig()
	if err := empty.Validate(); err == nil || !strings.Contains(err.Error(), "rollups is empty") {
		t.Errorf("no rollups: %v", err)
	}
}

func TestConfig_YAMLIsStrictAndOverridesDefaults(t *testing.T) {
	yaml := `
listen: 0.0.0.0:8547
breaker:
  confirmed: block-all
rollups:
  - name: op
    chain_id: 10
    upstreams:
      - url: http://127.0.0.1:9545
    breaker:
      early: pass
`
	cfg := DefaultConfig()
	if err := config.Decode([]byte(yaml), &cfg); err != nil {
		t.Fatal(err)
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	eff := cfg.Rollups[0].Breaker.merge(cfg.Breaker)
	if eff.Early != "pass" || eff.Confirmed != "block-all" || eff.Proved != "block-all" || eff.OnL1Stale != "open" {
		t.Errorf("effective breaker %+v", eff)
	}
	if cfg.Limits.MaxBatch != 1000 || cfg.Timeouts.Read == 0 {
		t.Errorf("defaults lost: %+v", cfg.Limits)
	}
	cfg = DefaultConfig()
	if err := config.Decode([]byte("rollups:\n  - name: op\n    upstream: []\n"), &cfg); err == nil || !strings.Contains(err.Error(), "upstream") {
		t.Errorf("unknown key accepted: %v", err)
	}
}

func TestConfig_ExampleFileLoads(t *testing.T) {
	var cfg Config
	if err := config.Load("testdata/proxy.yaml", &cfg); err != nil {
		t.Fatal(err)
	}
	if len(cfg.Rollups) != 2 || cfg.Rollups[0].Breaker.merge(cfg.Breaker).Confirmed != "block-all" || cfg.MetricsListen != "127.0.0.1:9092" {
		t.Fatalf("loaded %+v", cfg)
	}
	s, err := New(cfg, nil, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	if got := s.rollups[0].pool.ups[1].name; got != "upstream-1" {
		t.Errorf("unnamed upstream is %q, want upstream-1", got)
	}
}

// TestConfig_EveryScalarKeyHasItsEnvVar checks the env tags the way config.CheckEnv does for other roles; the
// rollups list, which CheckEnv does not support, is file-only.
func TestConfig_EveryScalarKeyHasItsEnvVar(t *testing.T) {
	vars, err := config.EnvVars(&Config{})
	if err != nil && !strings.Contains(err.Error(), "rollups is a list of sections") {
		t.Fatal(err)
	}
	if len(vars) < 25 {
		t.Fatalf("only %d keys", len(vars))
	}
	for _, v := range vars {
		if want := config.EnvName(EnvPrefix, v.Key); v.Env != want {
			t.Errorf("key %s: env %q, want %s", v.Key, v.Env, want)
		}
	}
	t.Setenv("MACH_PROXY_TIMEOUTS_READ", "3s")
	t.Setenv("MACH_PROXY_BREAKER_ON_L1_STALE", "closed")
	var cfg Config
	if err := config.Read("testdata/proxy.yaml", &cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.Timeouts.Read.String() != "3s" || cfg.Breaker.OnL1Stale != "closed" {
		t.Errorf("environment not applied: %+v %+v", cfg.Timeouts, cfg.Breaker)
	}
}

func TestAcceptsGzip(t *testing.T) {
	for ae, want := range map[string]bool{
		"": false, "gzip": true, "GZIP": true, "br, gzip": true, "gzip;q=0": false, "gzip; q=0.0": false,
		"gzip;q=0.5": true, "deflate, br": false, "x-gzip": false, "identity, gzip;q=1.0": true,
	} {
		if got := acceptsGzip(ae); got != want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", ae, got, want)
		}
	}
}
