package verifier

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mach-avs/mach/avs/alert"
	"github.com/mach-avs/mach/devnet/l2"
)

// logBuffer is a log destination shared between the service's goroutines and the test.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// serviceL2 starts an in-process L2 with n blocks of traffic on it.
func serviceL2(t *testing.T, n int) (*l2.Chain, *l2.Traffic) {
	t.Helper()
	chain, err := l2.New(l2.Config{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	traffic := l2.NewTraffic(chain, 7)
	build(t, chain, traffic, n)
	return chain, traffic
}

// testServiceConfig is a service for chain on a free loopback metrics port, polling fast.
func testServiceConfig(chain *l2.Chain, dataDir string, log *slog.Logger) ServiceConfig {
	return ServiceConfig{
		Verifier: Config{
			RollupChainID: chain.ChainConfig().ChainID.Uint64(),
			ChainConfig:   chain.ChainConfig(),
			AnchorHash:    chain.Genesis().Hash(),
			PollInterval:  10 * time.Millisecond,
			RetryInterval: 50 * time.Millisecond,
		},
		L2RPCURL:      chain.URL(),
		MetricsListen: "127.0.0.1:0",
		DataDir:       dataDir,
		Logger:        log,
	}
}

// waitFor polls cond until it holds, failing the test after timeout.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		<-tick.C
	}
}

// scrapeMetrics returns the samples /metrics serves at addr (name{labels} -> value).
func scrapeMetrics(t *testing.T, addr string) map[string]float64 {
	t.Helper()
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /metrics: %d, %v", resp.StatusCode, err)
	}
	samples := map[string]float64{}
	for _, line := range strings.Split(string(body), "\n") {
		if i := strings.LastIndexByte(line, ' '); i > 0 && !strings.HasPrefix(line, "#") {
			if v, err := strconv.ParseFloat(line[i+1:], 64); err == nil {
				samples[line[:i]] = v
			}
		}
	}
	return samples
}

// getStatus decodes GET /status at addr.
func getStatus(t *testing.T, addr string) StatusReport {
	t.Helper()
	resp, err := http.Get("http://" + addr + StatusPath)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("GET /status: %s, Content-Type %q", resp.Status, resp.Header.Get("Content-Type"))
	}
	var st StatusReport
	dec := json.NewDecoder(resp.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&st); err != nil {
		t.Fatalf("GET /status: %v", err)
	}
	return st
}

// /status before the verifier has a head says null, and a halted verifier names the invalid block and its alert;
// only GET and HEAD are served.
func TestService_StatusShowsNoHeadYetAndTheHalt(t *testing.T) {
	detected := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	a := alert.BlockMismatch{InvalidOutputRoot: common.HexToHash("0xbad"), ExpectOutputRoot: common.HexToHash("0x900d"), L2BlockNumber: 21}
	for _, tc := range []struct {
		name string
		v    *Verifier
		want string
	}{
		{"not loaded", &Verifier{}, `{"rollupChainId":901,"verifiedHead":null,"upstreamHead":0,"halted":null,"readAt":"2025-01-02T03:04:05Z"}`},
		{"halted", func() *Verifier {
			v := &Verifier{head: &types.Header{Number: big.NewInt(20), Difficulty: common.Big0}}
			v.upHead.Store(30)
			v.halted = &Alert{RollupChainID: 901, Alert: a, Block: 21, BlockHash: common.HexToHash("0x21"), DetectedAt: detected}
			return v
		}(), `{"rollupChainId":901,"verifiedHead":{"number":20,"hash":"` + (&types.Header{Number: big.NewInt(20), Difficulty: common.Big0}).Hash().Hex() + `"},` +
			`"upstreamHead":30,"halted":{"block":21,"blockHash":"` + common.HexToHash("0x21").Hex() + `","kind":"` + alert.KindBlockMismatch.String() +
			`","messageHash":"` + a.MessageHash().Hex() + `","detectedAt":"2025-01-02T03:04:05Z"},"readAt":"2025-01-02T03:04:05Z"}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := &Service{cfg: ServiceConfig{Verifier: Config{RollupChainID: 901}}, v: tc.v}
			got, err := json.Marshal(s.Report(detected))
			if err != nil || string(got) != tc.want {
				t.Errorf("report:\n got %s (%v)\nwant %s", got, err, tc.want)
			}
			rec := httptest.NewRecorder()
			s.serveStatus(rec, httptest.NewRequest(http.MethodGet, StatusPath, nil))
			if rec.Code != http.StatusOK || rec.Header().Get("Cache-Control") != "no-store" || !json.Valid(rec.Body.Bytes()) {
				t.Errorf("GET: %d %v %s", rec.Code, rec.Header(), rec.Body)
			}
			rec = httptest.NewRecorder()
			s.serveStatus(rec, httptest.NewRequest(http.MethodPost, StatusPath, nil))
			if rec.Code != http.StatusMethodNotAllowed {
				t.Errorf("POST: %d", rec.Code)
			}
		})
	}
}

// The service as `mach verifier` runs it, on an in-process L2: it verifies every block up to the head, shows it on
// /metrics, stops cleanly (and only once), and a restart on the same data_dir resumes where it stopped instead of
// starting again from the anchor.
func TestService_VerifiesTheL2ServesMetricsAndResumesAfterRestart(t *testing.T) {
	ctx := context.Background()
	chain, traffic := serviceL2(t, 4)
	dataDir := t.TempDir()
	var logs logBuffer
	log := slog.New(slog.NewTextHandler(&logs, nil))

	svc, err := NewService(ctx, testServiceConfig(chain, dataDir, log), Deps{})
	if err != nil {
		t.Fatal(err)
	}
	if svc.MetricsAddr() != "" {
		t.Errorf("metrics address before Start: %q", svc.MetricsAddr())
	}
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(ctx); err == nil {
		t.Error("second Start succeeded")
	}
	if strings.HasSuffix(svc.MetricsAddr(), ":0") || svc.MetricsAddr() == "" {
		t.Fatalf("bound metrics address %q", svc.MetricsAddr())
	}
	waitFor(t, 60*time.Second, "block 4 verified", func() bool { return svc.Status().VerifiedNumber == 4 })
	var m map[string]float64
	waitFor(t, 10*time.Second, "the metrics to show block 4", func() bool {
		m = scrapeMetrics(t, svc.MetricsAddr())
		return m[MetricVerifiedHead] == 4 && m[MetricUpstreamHead] == 4
	})
	if m[MetricLagBlocks] != 0 || m[MetricBlocks+`{verdict="valid"}`] != 4 || m[MetricBlocks+`{verdict="invalid"}`] != 0 ||
		m[MetricGas] <= 0 || m[MetricMgasPerSecond] <= 0 || m[MetricExecutionSeconds+"_count"] != 4 || m[MetricAlerts] != 0 {
		t.Errorf("metrics after 4 valid blocks: %v", m)
	}
	// GET /status on the metrics server: the same progress, as the proxy's verifier feed reads it.
	st := getStatus(t, svc.MetricsAddr())
	if st.RollupChainID != 901 || st.VerifiedHead == nil || st.VerifiedHead.Number != 4 ||
		st.VerifiedHead.Hash != chain.Backend().BlockChain().GetBlockByNumber(4).Hash() || st.UpstreamHead != 4 ||
		st.Halted != nil || time.Since(st.ReadAt) > time.Minute {
		t.Errorf("GET /status after 4 valid blocks: %+v", st)
	}
	for _, want := range []string{`msg="verifier started"`, "rollup=901", "metrics=http://" + svc.MetricsAddr() + "/metrics",
		"verified=0", "signers=0", "no signer_urls: alerts are only logged"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("logs do not contain %q:\n%s", want, logs.String())
		}
	}

	metricsAddr := svc.MetricsAddr()
	stopCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := svc.Stop(stopCtx); err != nil {
		t.Fatal(err)
	}
	if err := svc.Stop(stopCtx); err != nil || !svc.Stopped() {
		t.Errorf("second Stop = %v, stopped %v", err, svc.Stopped())
	}
	if err := (*Service)(nil).Stop(stopCtx); err != nil {
		t.Errorf("Stop on nil = %v", err)
	}
	if conn, err := net.Dial("tcp", metricsAddr); err == nil {
		conn.Close()
		t.Errorf("metrics port %s still accepts connections after Stop", metricsAddr)
	}
	if err := svc.Start(ctx); err == nil {
		t.Error("Start after Stop succeeded")
	}

	// Restart on the same store, with an anchor it must ignore: it resumes at block 4 and follows the chain.
	build(t, chain, traffic, 2)
	cfg := testServiceConfig(chain, dataDir, log)
	cfg.Verifier.AnchorHash = common.HexToHash("0x01")
	again, err := NewService(ctx, cfg, Deps{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { again.Stop(context.Background()) })
	if err := again.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if n := again.Status().VerifiedNumber; n < 4 {
		t.Errorf("restarted at block %d, want the stored block 4", n)
	}
	waitFor(t, 60*time.Second, "block 6 verified after the restart", func() bool { return again.Status().VerifiedNumber == 6 })
}

func TestService_RefusesL2NodesItCannotUse(t *testing.T) {
	ctx := context.Background()
	chain, _ := serviceL2(t, 0)
	discard := slog.New(slog.DiscardHandler)

	t.Run("a node on another chain", func(t *testing.T) {
		cfg := testServiceConfig(chain, "", discard)
		cfg.Verifier.RollupChainID, cfg.Verifier.ChainConfig = 902, testChainConfig(902)
		_, err := NewService(ctx, cfg, Deps{})
		if !errors.Is(err, ErrWrongChain) || !strings.Contains(err.Error(), "the primary L2 node (l2_rpc_url) is on chain 901, the rollup is chain 902") {
			t.Fatalf("NewService = %v, want ErrWrongChain naming both chains", err)
		}
	})

	t.Run("a secondary node on another chain", func(t *testing.T) {
		other, err := l2.New(l2.Config{ChainID: 902, Logger: discard})
		if err != nil {
			t.Fatal(err)
		}
		defer other.Close()
		cfg := testServiceConfig(chain, "", discard)
		cfg.L2RPCURLSecondary = other.URL()
		_, err = NewService(ctx, cfg, Deps{})
		if !errors.Is(err, ErrWrongChain) || !strings.Contains(err.Error(), "the secondary L2 node (l2_rpc_url_secondary) is on chain 902") {
			t.Fatalf("NewService = %v, want ErrWrongChain for the secondary", err)
		}
	})

	t.Run("a node without debug_executionWitness", func(t *testing.T) {
		// An L2 node we do not run, as many public endpoints are: eth_chainId only.
		srv := rpc.NewServer()
		if err := srv.RegisterName("eth", chainIDOnly{id: 901}); err != nil {
			t.Fatal(err)
		}
		defer srv.Stop()
		node := httptest.NewServer(srv)
		defer node.Close()
		cfg := testServiceConfig(chain, "", discard)
		cfg.L2RPCURL = node.URL
		_, err := NewService(ctx, cfg, Deps{})
		if !errors.Is(err, ErrNoWitness) || !strings.Contains(err.Error(), "enable its debug API") {
			t.Fatalf("NewService = %v, want ErrNoWitness", err)
		}
	})

	t.Run("an unreachable node", func(t *testing.T) {
		cfg := testServiceConfig(chain, "", discard)
		cfg.L2RPCURL = "http://127.0.0.1:1"
		_, err := NewService(ctx, cfg, Deps{})
		if err == nil || !strings.Contains(err.Error(), "read the primary L2 node's chain ID (l2_rpc_url)") || !strings.Contains(err.Error(), "is the node running") {
			t.Fatalf("NewService = %v", err)
		}
	})

	t.Run("an anchor the node does not have", func(t *testing.T) {
		cfg := testServiceConfig(chain, "", discard)
		cfg.Verifier.AnchorHash = common.HexToHash("0x1234")
		svc, err := NewService(ctx, cfg, Deps{})
		if err != nil {
			t.Fatal(err)
		}
		defer svc.Stop(ctx)
		err = svc.Start(ctx)
		if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "is anchor_block_hash a block of this chain") {
			t.Fatalf("Start = %v, want the anchor not found", err)
		}
	})

	t.Run("a busy metrics port fails Start naming the key", func(t *testing.T) {
		busy, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer busy.Close()
		cfg := testServiceConfig(chain, "", discard)
		cfg.MetricsListen = busy.Addr().String()
		svc, err := NewService(ctx, cfg, Deps{})
		if err != nil {
			t.Fatal(err)
		}
		if err := svc.Start(ctx); err == nil || !strings.Contains(err.Error(), "metrics_listen") {
			t.Errorf("Start on a busy port = %v", err)
		}
		if err := svc.Stop(ctx); err != nil {
			t.Fatal(err)
		}
	})
}

// chainIDOnly is the eth namespace of a node that answers eth_chainId and nothing else.
type chainIDOnly struct{ id uint64 }

func (c chainIDOnly) ChainId() hexutil.Uint64 { return hexutil.Uint64(c.id) }

func TestService_WarnsAboutSignersThatDoNotAnswer(t *testing.T) {
	ctx := context.Background()
	chain, _ := serviceL2(t, 0)
	closed, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	down := "http://" + closed.Addr().String()
	closed.Close()
	var logs logBuffer
	cfg := testServiceConfig(chain, "", slog.New(slog.NewTextHandler(&logs, nil)))
	cfg.SignerURLs = []string{down + "/secret-path"}
	svc, err := NewService(ctx, cfg, Deps{})
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Stop(ctx)
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	out := logs.String()
	if !strings.Contains(out, "signer does not answer health_check") || !strings.Contains(out, "signer="+closed.Addr().String()) ||
		!strings.Contains(out, "signers=1") || strings.Contains(out, "no signer_urls") {
		t.Errorf("logs:\n%s", out)
	}
}

func TestService_MissingInputsAreRefusedBeforeAnyIO(t *testing.T) {
	ctx := context.Background()
	full := ServiceConfig{
		Verifier: Config{RollupChainID: 901, ChainConfig: testChainConfig(901), AnchorHash: common.HexToHash("0x01")},
		L2RPCURL: "http://127.0.0.1:1",
	}
	for _, tc := range []struct {
		name   string
		change func(*ServiceConfig)
		want   string
	}{
		{"no L2", func(c *ServiceConfig) { c.L2RPCURL = "" }, "the L2 node's URL is required"},
		{"oracle without L1", func(c *ServiceConfig) { c.L2OutputOracle = common.HexToAddress("0x01") }, "the L2OutputOracle is set but no L1 client or URL is"},
		{"no anchor", func(c *ServiceConfig) { c.Verifier.AnchorHash = common.Hash{} }, "no anchor;"},
		{"chain config of another chain", func(c *ServiceConfig) { c.Verifier.ChainConfig = testChainConfig(902) }, "chain config is for chain 902, not rollup 901"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := full
			tc.change(&cfg)
			svc, err := NewService(ctx, cfg, Deps{})
			if svc != nil || err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("NewService = %v, %v; want an error containing %q", svc, err, tc.want)
			}
		})
	}
}

// With a StatusToken, /status answers only a request carrying it as a bearer token: none or another gets 401 with
// WWW-Authenticate and a JSON error saying what to send, never the token; /metrics is not affected. Without one,
// /status is open.
func TestService_StatusTokenGuardsStatusOnly(t *testing.T) {
	const token = "tok-s3cr3t-0123456789"
	v := &Verifier{}
	for _, tc := range []struct {
		name, configured, header string
		want                     int
		wantErr                  string
	}{
		{"no token configured", "", "", http.StatusOK, ""},
		{"no token configured, one sent", "", "Bearer whatever", http.StatusOK, ""},
		{"the token", token, "Bearer " + token, http.StatusOK, ""},
		{"the token, scheme in lower case", token, "bearer " + token, http.StatusOK, ""},
		{"no header", token, "", http.StatusUnauthorized, "missing bearer token"},
		{"basic auth", token, "Basic dXNlcjpwYXNz", http.StatusUnauthorized, "missing bearer token"},
		{"another token", token, "Bearer tok-wr0ng-0123456789", http.StatusUnauthorized, "wrong bearer token"},
		{"a prefix of the token", token, "Bearer " + token[:10], http.StatusUnauthorized, "wrong bearer token"},
		{"empty bearer", token, "Bearer ", http.StatusUnauthorized, "wrong bearer token"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := &Service{cfg: ServiceConfig{Verifier: Config{RollupChainID: 901}, StatusToken: tc.configured}, v: v}
			req := httptest.NewRequest(http.MethodGet, StatusPath, nil)
			if tc.header != "" {
				req.Header.Set("Authorization", tc.header)
			}
			rec := httptest.NewRecorder()
			s.serveStatus(rec, req)
			if rec.Code != tc.want {
				t.Fatalf("GET /status with %q: %d %s, want %d", tc.header, rec.Code, rec.Body, tc.want)
			}
			if tc.want == http.StatusOK {
				return
			}
			var body struct{ Error string }
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || !strings.Contains(body.Error, tc.wantErr) ||
				rec.Header().Get("WWW-Authenticate") != `Bearer realm="mach verifier status"` || rec.Header().Get("Content-Type") != "application/json" {
				t.Errorf("401: %v %s (%v)", rec.Header(), rec.Body, err)
			}
			if strings.Contains(rec.Body.String(), "s3cr3t") || strings.Contains(rec.Body.String(), "wr0ng") {
				t.Errorf("the answer shows a token: %s", rec.Body)
			}
		})
	}

	// The running service: /status needs the token, /metrics does not.
	ctx := context.Background()
	chain, _ := serviceL2(t, 1)
	cfg := testServiceConfig(chain, "", slog.New(slog.DiscardHandler))
	cfg.StatusToken = token
	svc, err := NewService(ctx, cfg, Deps{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Stop(context.Background()) })
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	get := func(path, auth string) int {
		req, _ := http.NewRequest(http.MethodGet, "http://"+svc.MetricsAddr()+path, nil)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := []int{get(StatusPath, ""), get(StatusPath, "Bearer "+token), get("/metrics", "")}; !slices.Equal(got, []int{401, 200, 200}) {
		t.Errorf("/status without and with the token, /metrics without: %v, want [401 200 200]", got)
	}
}

// A halt's reason is the alert's mismatches joined, cut (on a character boundary) at about 1 KB.
func TestAlert_SummaryJoinsAndBoundsTheReason(t *testing.T) {
	a := &Alert{Block: 5, BlockHash: common.HexToHash("0x5"), Mismatches: []string{"state root: header 0x1, executed 0x2", "gas used: header 1, executed 2"},
		Alert: alert.BlockMismatch{InvalidOutputRoot: common.HexToHash("0xbad"), ExpectOutputRoot: common.HexToHash("0x900d"), L2BlockNumber: 5}}
	h := a.Summary()
	if h.Reason != "state root: header 0x1, executed 0x2; gas used: header 1, executed 2" || h.Kind != "BlockMismatch" ||
		h.MessageHash != a.Alert.MessageHash() || h.Block != 5 {
		t.Errorf("summary %+v", h)
	}
	a.Mismatches = []string{"transactions cannot be applied: " + strings.Repeat("é", 2000)}
	h = a.Summary()
	if len(h.Reason) > maxReasonBytes+len("…") || !strings.HasSuffix(h.Reason, "…") || !utf8.ValidString(h.Reason) {
		t.Errorf("long reason: %d bytes, valid UTF-8 %v, ends %q", len(h.Reason), utf8.ValidString(h.Reason), h.Reason[len(h.Reason)-8:])
	}
	if (&Alert{}).Summary().Reason != "" {
		t.Error("an alert without mismatches has a reason")
	}
}
