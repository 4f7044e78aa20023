package proxy

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gorilla/websocket"
)

// browserAccept is what Chromium and Firefox send when they open a page.
const browserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"

func TestPrefersHTML(t *testing.T) {
	for _, tc := range []struct {
		accept []string
		want   bool
	}{
		{nil, false}, // curl without -H, Go's http.Get
		{[]string{"*/*"}, false},
		{[]string{"application/json"}, false},
		{[]string{browserAccept}, true},
		{[]string{"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}, true}, // Firefox
		{[]string{"text/html"}, true},
		{[]string{"TEXT/HTML ; q=0.5"}, true},
		{[]string{"text/html, application/json"}, false}, // a tie keeps JSON
		{[]string{"text/html;q=0.5, application/json"}, false},
		{[]string{"application/json;q=0.5, text/html"}, true},
		{[]string{"text/html;q=0"}, false},
		{[]string{"text/html;q=oops"}, false},
		{[]string{"text/*"}, false}, // only a browser names text/html
		{[]string{"text/html;q=0.9", "application/*;q=0.95"}, false},
		{[]string{"text/html;level=1", "*/*;q=0.1"}, true},
	} {
		if got := prefersHTML(tc.accept); got != tc.want {
			t.Errorf("prefersHTML(%q) = %v, want %v", tc.accept, got, tc.want)
		}
	}
}

// fetch GETs url with the given headers (name, value pairs) and Host, returning the response and body.
func fetch(t *testing.T, url, host string, header ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if host != "" {
		req.Host = host
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

func TestStatusPage_ServedToBrowsersWhileRPCAndJSONClientsGetWhatTheyGotBefore(t *testing.T) {
	_, url := twoRollups(t)
	isPage := func(resp *http.Response, body string) bool {
		return resp.StatusCode == 200 && resp.Header.Get("Content-Type") == "text/html; charset=utf-8" &&
			strings.Contains(body, `<script src="status/app.js" defer></script>`) &&
			strings.Contains(resp.Header.Get("Content-Security-Policy"), "script-src 'self'") &&
			strings.Contains(resp.Header.Get("Vary"), "Accept")
	}
	isJSON := func(resp *http.Response, body string) bool {
		return resp.StatusCode == 200 && resp.Header.Get("Content-Type") == "application/json" &&
			strings.HasPrefix(body, "{") && strings.Contains(body, `"rollups"`)
	}
	wsHeaders := []string{"Upgrade", "websocket", "Connection", "Upgrade", "Sec-WebSocket-Version", "13",
		"Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="}

	for _, tc := range []struct {
		name, path, host string
		header           []string
		want             func(*http.Response, string) bool
		wantDesc         string
	}{
		{"browser at /", "/", "", []string{"Accept", browserAccept}, isPage, "the page"},
		{"browser at /status", "/status", "", []string{"Accept", browserAccept}, isPage, "the page"},
		{"curl at /status", "/status", "", []string{"Accept", "*/*"}, isJSON, "JSON"},
		{"no Accept at /status", "/status", "", nil, isJSON, "JSON"},
		{"JSON client at /status", "/status", "", []string{"Accept", "application/json"}, isJSON, "JSON"},
		{"browser at /status.json", "/status.json", "", []string{"Accept", browserAccept}, isJSON, "JSON"},
		{"plain GET at / for a rollup host", "/", "op.localhost", nil, func(r *http.Response, b string) bool {
			return r.StatusCode == http.StatusMethodNotAllowed && strings.Contains(b, "JSON-RPC is served over POST")
		}, "405 JSON-RPC is served over POST, as before"},
		{"plain GET at / for an unknown host", "/", "other.example", []string{"Accept", "*/*"}, func(r *http.Response, b string) bool {
			return r.StatusCode == http.StatusNotFound && strings.Contains(b, "no rollup is served at other.example/")
		}, "404 naming the host, as before"},
		{"WebSocket upgrade with a browser's Accept", "/", "op.localhost", append([]string{"Accept", browserAccept}, wsHeaders...),
			func(r *http.Response, b string) bool {
				// The fake node has no ws_url: the WebSocket route answers, not the page.
				return r.Header.Get("Content-Type") != "text/html; charset=utf-8" && !strings.Contains(b, "<html")
			}, "the WebSocket route, not the page"},
		{"script", "/status/app.js", "", nil, func(r *http.Response, b string) bool {
			return r.StatusCode == 200 && r.Header.Get("Content-Type") == "text/javascript; charset=utf-8" &&
				strings.Contains(b, `fetch("status.json"`) && r.Header.Get("X-Content-Type-Options") == "nosniff"
		}, "app.js"},
		{"style", "/status/app.css", "", nil, func(r *http.Response, b string) bool {
			return r.StatusCode == 200 && r.Header.Get("Content-Type") == "text/css; charset=utf-8" && strings.Contains(b, ".banner")
		}, "app.css"},
		{"unknown asset", "/status/index.html", "", nil, func(r *http.Response, _ string) bool {
			return r.StatusCode == http.StatusNotFound
		}, "404"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := fetch(t, url+tc.path, tc.host, tc.header...)
			if !tc.want(resp, body) {
				if len(body) > 300 {
					body = body[:300] + "…"
				}
				t.Errorf("GET %s (host %q, %q): %d %s %q; want %s", tc.path, tc.host, tc.header, resp.StatusCode,
					resp.Header.Get("Content-Type"), body, tc.wantDesc)
			}
		})
	}

	// A POST to / still carries JSON-RPC, routed by Host.
	req, _ := http.NewRequest(http.MethodPost, url+"/", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`))
	req.Host = "base.localhost"
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", browserAccept)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if result(t, body) != "base:eth_chainId:" {
		t.Errorf("POST / with a browser's Accept: %s", body)
	}
}

// TestStatusPage_WebSocketAtRootStillRelaysWithABrowsersAccept dials / over WebSocket, as a dapp in a browser
// does, with the Accept header a page load would carry: the call reaches the L2, not the status page.
func TestStatusPage_WebSocketAtRootStillRelaysWithABrowsersAccept(t *testing.T) {
	chain := newChain(t, 0)
	cfg := testConfig(chain.URL())
	cfg.Rollups[0].Upstreams[0].WSURL = wsUpstream(t, chain)
	_, base := startProxy(t, cfg, newTestAlerts(), nil)
	ctx := testContext(t)
	conn, resp, err := websocket.DefaultDialer.DialContext(ctx, "ws"+strings.TrimPrefix(base, "http")+"/",
		http.Header{"Accept": {browserAccept}})
	if err != nil {
		t.Fatalf("dial / over WebSocket: %v (response %+v)", err, resp)
	}
	defer conn.Close()
	if err := conn.WriteMessage(websocket.TextMessage, []byte(`{"jsonrpc":"2.0","id":7,"method":"eth_chainId"}`)); err != nil {
		t.Fatal(err)
	}
	_ = conn.SetReadDeadline(time.Now().Add(30 * time.Second))
	_, msg, err := conn.ReadMessage()
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf(`"result":"0x%x"`, cfg.Rollups[0].ChainID); !strings.Contains(string(msg), want) {
		t.Errorf("eth_chainId over WebSocket at /: %s, want %s", msg, want)
	}
}

// findChromium returns a Chromium binary in PATH, or "".
func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// liveAlerts reports fixed alerts, synced with L1 just now on every read.
type liveAlerts map[uint64]Alert

func (a liveAlerts) Snapshot() AlertSnapshot { return AlertSnapshot{Rollups: a, SyncedAt: time.Now()} }

// TestStatusPage_RendersTrippedRollupInChromium opens the page in a real headless Chromium against a proxy whose
// rollup "op" (a real in-process L2 and an upstream that is down) is tripped by a confirmed alert, with a verifier
// feed and operators, and a healthy rollup "base"; it checks the rendered DOM and a screenshot, then the error state
// when status.json fails.
func TestStatusPage_RendersTrippedRollupInChromium(t *testing.T) {
	chromium := findChromium()
	if chromium == "" {
		msg := "status page e2e: no Chromium in PATH (looked for chromium, chromium-browser, google-chrome, " +
			"google-chrome-stable); install Debian's package (apt-get install chromium) to run it"
		if os.Getenv("MACH_REQUIRE_CHROMIUM") == "1" {
			t.Fatal(msg + "; MACH_REQUIRE_CHROMIUM=1 requires it")
		}
		t.Skip(msg)
	}

	chain := newChain(t, 3)
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close()
	cfg := testConfig(chain.URL(), dead.URL)
	cfg.Rollups = append(cfg.Rollups, RollupConfig{Name: "base", ChainID: 8453,
		Upstreams: []UpstreamConfig{{Name: "b1", URL: fakeNode(t, "base").URL}}},
		RollupConfig{Name: "early", ChainID: 10, Upstreams: []UpstreamConfig{{URL: fakeNode(t, "early").URL}}})
	msgHash := common.HexToHash("0x5eed0000000000000000000000000000000000000000000000000000000000a1")
	l1Tx := common.HexToHash("0x7a00000000000000000000000000000000000000000000000000000000000b2c")
	s, base := startProxy(t, cfg, liveAlerts{
		901: {Level: LevelConfirmed, MessageHash: msgHash, L1TxHash: l1Tx, ObservedAt: time.Now().Add(-time.Minute)},
		10:  {Level: LevelEarly, MessageHash: common.HexToHash("0xea"), L1TxHash: common.HexToHash("0xeb"), ObservedAt: time.Now()},
	}, nil)
	verifiedHash := common.HexToHash("0x0dd0000000000000000000000000000000000000000000000000000000000001")
	haltHash := common.HexToHash("0xbad0000000000000000000000000000000000000000000000000000000000016")
	s.SetVerifiedHeads(testHaltFeed{heads: testVerified{901: {Number: 2, Hash: verifiedHash, At: time.Now().Add(-3 * time.Second)},
		8453: {Number: 16, Hash: common.HexToHash("0x16"), At: time.Now()}, 10: {Number: 15, Hash: common.HexToHash("0x15"), At: time.Now()}},
		halts: map[uint64]VerifierHalt{10: {Block: 16, BlockHash: haltHash, Kind: "BlockMismatch", MessageHash: common.HexToHash("0xea"),
			Reason: "state root: header 0x01, executed 0x02", DetectedAt: time.Now().Add(-2 * time.Minute), SeenAt: time.Now().Add(-time.Minute)}}})
	operator := common.HexToAddress("0x00000000000000000000000000000000c0ffee01")
	s.SetStatusExtras(testExtras{901: {
		Operators: []OperatorInfo{
			{Address: operator, Stake: "1500000000000000000000", Quorums: []int{0}, Signer: "ok"},
			{Address: common.HexToAddress("0x00000000000000000000000000000000c0ffee02"), Stake: "500000000000000000000",
				Quorums: []int{0}, Signer: "down"},
		},
		AlertHistory: []AlertEvent{{Level: LevelConfirmed, MessageHash: msgHash, L1TxHash: l1Tx, L1Block: 4321,
			At: time.Now().Add(-time.Minute), Note: `<img src=x onerror="document.title='pwned'">`}},
		L1ExplorerTxURL: "https://explorer.example/tx/%s",
	}, 8453: {
		AlertHistory: []AlertEvent{{Level: LevelConfirmed, MessageHash: common.HexToHash("0xbad"), L1TxHash: common.HexToHash("0xbad1"),
			L1Block: 17, At: time.Now().Add(-time.Hour), Note: "removed by the owner (false alarm)"}},
		L1ExplorerTxURL: "javascript:alert('%s')", // never a link
	}})

	run := func(t *testing.T, url string, args ...string) string {
		t.Helper()
		ctx, cancel := context.WithTimeout(testContext(t), 60*time.Second)
		defer cancel()
		args = append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
			"--no-first-run", "--no-default-browser-check", "--user-data-dir=" + t.TempDir(),
			"--window-size=1280,900", "--virtual-time-budget=5000"}, append(args, url)...)
		var stdout, stderr bytes.Buffer
		cmd := exec.CommandContext(ctx, chromium, args...)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s %s: %v\n%s", chromium, strings.Join(args, " "), err, stderr.String())
		}
		return stdout.String()
	}

	t.Run("dom", func(t *testing.T) {
		dom := run(t, base+"/", "--dump-dom")
		for _, want := range []string{
			`<title>TRIPPED: op · VERIFIER HALTED: early · Mach proxy status</title>`,
			`data-rollup="op"`,
			`data-state="TRIPPED"`, // op's banner
			`data-state="OK"`,      // base's banner
			`data-state="ALERT"`,   // early's banner
			`early alert; the policy lets calls through (annotate)`,
			`confirmed alert: transactions are refused (block-writes)`,
			`#2<small>`,                     // op's verified head
			`title="` + verifiedHash.Hex(),  // and its hash
			`1 block<small>`,                // the chain is at #3: one block not yet verified
			`#3<small>`,                     // op's L2 head, from the live chain
			strings.ToLower(operator.Hex()), // an operator
			`1,500`,                         // its stake in 10^18 wei
			`75.00 %`,                       // its share
			`<a href="https://explorer.example/tx/` + l1Tx.Hex() + `" rel="noopener noreferrer" class="l1tx">`,
			`&lt;img src=x onerror="document.title='pwned'"&gt;`, // the note, as text
			`DOWN`,                // the dead upstream
			`pass → block-writes`, // the transition /status saw
			`Updated `,
			`aria-live="assertive">TRIPPED: op · VERIFIER HALTED: early</p>`, // announced to screen readers
			`data-halted="16"`,       // early's verifier is halted at block 16
			`>VERIFIER HALTED</div>`, // in its own panel
			`The verifier found block #16 invalid (BlockMismatch): nothing after #15 is verified until the L2 replaces it.`,
			haltHash.Hex(),                           // the invalid block's hash, in full
			`state root: header 0x01, executed 0x02`, // why
			` · halted at #16</small>`,               // and next to the verified head
			`removed by the owner (false alarm)`,     // base's history
		} {
			if !strings.Contains(dom, want) {
				t.Errorf("rendered DOM lacks %s", want)
			}
		}
		if strings.Contains(dom, `<img src="x"`) || strings.Contains(dom, "pwned</title>") {
			t.Error("a string from /status was rendered as HTML")
		}
		if strings.Contains(dom, `href="javascript`) {
			t.Error("a javascript: explorer template became a link")
		}
		if t.Failed() {
			t.Logf("DOM:\n%s", dom)
		}
	})

	t.Run("screenshot", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "status.png")
		run(t, base+"/status", "--screenshot="+file, "--hide-scrollbars")
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("no screenshot: %v", err)
		}
		img, err := png.Decode(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("screenshot is not a PNG: %v", err)
		}
		if b := img.Bounds(); b.Dx() != 1280 || b.Dy() != 900 {
			t.Fatalf("screenshot is %dx%d, want 1280x900", b.Dx(), b.Dy())
		}
		colours := map[uint32]bool{}
		var nonWhite, tripped, ok int
		b := img.Bounds()
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				r, g, bl, _ := img.At(x, y).RGBA()
				r, g, bl = r>>8, g>>8, bl>>8
				colours[r<<16|g<<8|bl] = true
				if r < 245 || g < 245 || bl < 245 {
					nonWhite++
				}
				if near(r, 0xb0) && near(g, 0x00) && near(bl, 0x20) { // the TRIPPED banner, --bad
					tripped++
				}
				if near(r, 0x1b) && near(g, 0x5e) && near(bl, 0x20) { // an OK banner or "healthy", --good
					ok++
				}
			}
		}
		t.Logf("screenshot: %d colours, %d non-white pixels, %d tripped-red, %d ok-green", len(colours), nonWhite, tripped, ok)
		// The red banner alone is about 1,150×120 px; text in several weights gives anti-aliasing colours.
		if len(colours) < 50 || nonWhite < 1280*900/20 || tripped < 50000 {
			t.Errorf("screenshot does not show the rendered page: %d colours, %d non-white pixels, %d pixels of the tripped banner",
				len(colours), nonWhite, tripped)
			keep := filepath.Join(os.TempDir(), fmt.Sprintf("mach-status-%d.png", time.Now().UnixNano()))
			if os.WriteFile(keep, raw, 0o644) == nil {
				t.Logf("screenshot kept at %s", keep)
			}
		}
	})

	t.Run("error state", func(t *testing.T) {
		failing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/status.json" {
				http.Error(w, "boom", http.StatusBadGateway)
				return
			}
			s.Handler().ServeHTTP(w, r)
		}))
		t.Cleanup(failing.Close)
		dom := run(t, failing.URL+"/", "--dump-dom")
		for _, want := range []string{
			`Cannot read status.json: HTTP 502. No data yet.`,
			`<title>NO DATA · Mach proxy status</title>`,
		} {
			if !strings.Contains(dom, want) {
				t.Errorf("rendered DOM lacks %s:\n%s", want, dom)
			}
		}
		if strings.Contains(dom, `id="error" class="error" role="alert" hidden`) {
			t.Error("the error box is hidden")
		}
	})
}

func near(v, want uint32) bool { return v+6 >= want && v <= want+6 }
