package proxy

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mach-avs/mach/devnet/l2"
)

// testAlerts is an AlertState the test controls.
type testAlerts struct{ p atomic.Pointer[AlertSnapshot] }

func newTestAlerts() *testAlerts {
	a := &testAlerts{}
	a.set(nil, time.Now())
	return a
}

func (a *testAlerts) Snapshot() AlertSnapshot { return *a.p.Load() }

func (a *testAlerts) set(rollups map[uint64]Alert, syncedAt time.Time) {
	a.p.Store(&AlertSnapshot{Rollups: rollups, SyncedAt: syncedAt})
}

var _ AlertState = (*testAlerts)(nil)

// logBuffer is a concurrency-safe log sink.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func testContext(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// newChain starts an in-process OP L2 with a few blocks of traffic.
func newChain(t testing.TB, blocks int) *l2.Chain {
	t.Helper()
	c, err := l2.New(l2.Config{Logger: discardLogger()})
	if err != nil {
		t.Fatalf("l2.New: %v", err)
	}
	t.Cleanup(func() { _ = c.Close() })
	ctx := testContext(t)
	tr := l2.NewTraffic(c, 1)
	for i := 0; i < blocks; i++ {
		deps, err := tr.Next(ctx)
		if err != nil {
			t.Fatalf("traffic: %v", err)
		}
		if _, err := c.BuildBlock(ctx, deps...); err != nil {
			t.Fatalf("BuildBlock: %v", err)
		}
	}
	if blocks > 0 { // the indexer runs at a new head: a chain of its genesis alone stays "in progress"
		waitIndexed(t, c.URL())
	}
	return c
}

// waitIndexed waits until the node at url has indexed its transactions: until then it answers lookups by hash with
// "transaction indexing is in progress" (for a while under -race), and tests that compare its answers with the
// proxy's would see two answers to one question.
func waitIndexed(t testing.TB, url string) {
	t.Helper()
	body := `{"jsonrpc":"2.0","id":1,"method":"eth_getTransactionReceipt","params":["0x` + strings.Repeat("00", 32) + `"]}`
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Post(url, "application/json", strings.NewReader(body))
		if err == nil {
			got, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK && !bytes.Contains(got, []byte("indexing is in progress")) {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the L2 node has not indexed its transactions after 60 s: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// testConfig is a valid config serving one rollup "op" (chain 901) from urls.
func testConfig(urls ...string) Config {
	cfg := DefaultConfig()
	cfg.Listen = "127.0.0.1:0"
	r := RollupConfig{Name: "op", ChainID: l2.DefaultChainID, Hosts: []string{"op.localhost"}}
	for _, u := range urls {
		r.Upstreams = append(r.Upstreams, UpstreamConfig{URL: u})
	}
	cfg.Rollups = []RollupConfig{r}
	return cfg
}

// startProxy builds and starts a proxy and returns its base URL.
func startProxy(t *testing.T, cfg Config, alerts AlertState, log *slog.Logger) (*Server, string) {
	t.Helper()
	if log == nil {
		log = discardLogger()
	}
	s, err := New(cfg, alerts, log)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if err := s.Start(testContext(t)); err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := s.Stop(ctx); err != nil {
			t.Errorf("Stop: %v", err)
		}
	})
	return s, "http://" + s.Addr()
}

// post sends body to url and returns the response.
func post(t *testing.T, url, body string, header ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read response: %v", err)
	}
	return resp, out
}

// rpcError is a decoded JSON-RPC error object.
type rpcError struct {
	Code    int             `json:"code"`
	Message string          `json:"message"`
	Data    json.RawMessage `json:"data"`
}

// decodeOne decodes a single response.
func decodeOne(t *testing.T, body []byte) (wireResponse, *rpcError) {
	t.Helper()
	var r wireResponse
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatalf("decode %s: %v", body, err)
	}
	if r.Error == nil {
		return r, nil
	}
	var e rpcError
	if err := json.Unmarshal(r.Error, &e); err != nil {
		t.Fatalf("decode error %s: %v", r.Error, err)
	}
	return r, &e
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t *testing.T, what string, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func stringsReader(s string) io.Reader { return strings.NewReader(s) }

func readAll(resp *http.Response) ([]byte, error) { return io.ReadAll(resp.Body) }

// normalizeRaw decodes a single or batch response, nil if undecodable.
func normalizeRaw(body []byte) []wireResponse {
	body = bytes.TrimSpace(body)
	if len(body) > 0 && body[0] == '[' {
		var rs []wireResponse
		if json.Unmarshal(body, &rs) != nil {
			return []wireResponse{{Error: json.RawMessage(`"undecodable"`)}}
		}
		return rs
	}
	var r wireResponse
	if json.Unmarshal(body, &r) != nil {
		return []wireResponse{{Error: json.RawMessage(`"undecodable"`)}}
	}
	return []wireResponse{r}
}

// metricValue returns the value of the counter or gauge name with the given label pairs, or -1 if absent.
func metricValue(t *testing.T, s *Server, name string, labels ...string) float64 {
	t.Helper()
	families, err := s.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() != name {
			continue
		}
	next:
		for _, m := range f.GetMetric() {
			have := map[string]string{}
			for _, lp := range m.GetLabel() {
				have[lp.GetName()] = lp.GetValue()
			}
			for i := 0; i+1 < len(labels); i += 2 {
				if have[labels[i]] != labels[i+1] {
					continue next
				}
			}
			if m.GetCounter() != nil {
				return m.GetCounter().GetValue()
			}
			return m.GetGauge().GetValue()
		}
	}
	return -1
}

// wsUpstream serves the chain's eth API (with eth_subscribe) over WebSocket, the way a node's ws endpoint does,
// and returns its URL. devnet/l2 serves HTTP only; this puts op-geth's own RPC server in front of the same node.
func wsUpstream(t testing.TB, chain *l2.Chain) string {
	t.Helper()
	url, _ := wsUpstreamKillable(t, chain)
	return url
}

// wsUpstreamKillable is wsUpstream, with a kill function that drops every connection at once and refuses new ones
// (an upstream node dying).
func wsUpstreamKillable(t testing.TB, chain *l2.Chain) (string, func()) {
	t.Helper()
	srv := rpc.NewServer()
	for _, api := range chain.Backend().APIs() {
		if api.Namespace == "eth" || api.Namespace == "net" {
			if err := srv.RegisterName(api.Namespace, api.Service); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := srv.RegisterName("eth", filters.NewFilterAPI(filters.NewFilterSystem(chain.Backend().APIBackend, filters.Config{}))); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.WebsocketHandler([]string{"*"}))
	var once sync.Once
	kill := func() {
		once.Do(func() {
			srv.Stop() // closes every connection, WebSocket ones included (httptest forgets hijacked ones)
			hs.Close()
		})
	}
	t.Cleanup(kill)
	return "ws" + strings.TrimPrefix(hs.URL, "http"), kill
}
