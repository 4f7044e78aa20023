package proxy

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// testVerified is a VerifiedHeads the test controls.
type testVerified map[uint64]VerifiedHead

func (v testVerified) VerifiedHead(chainID uint64) (VerifiedHead, bool) {
	h, ok := v[chainID]
	return h, ok
}

var _ VerifiedHeads = testVerified(nil)

// testExtras is a StatusExtras with fixed answers per chain ID.
type testExtras map[uint64]RollupExtras

func (x testExtras) RollupExtras(chainID uint64) RollupExtras { return x[chainID] }

var _ StatusExtras = testExtras(nil)

// getStatus reads /status as JSON, both decoded and as a generic map for checking which keys are present.
func getStatus(t *testing.T, url string) (Status, []map[string]any) {
	t.Helper()
	resp, err := http.Get(url + "/status")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("/status: %d %s %s", resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
	var st Status
	if err := json.Unmarshal(body, &st); err != nil {
		t.Fatalf("decode /status: %v\n%s", err, body)
	}
	var raw struct {
		Rollups []map[string]any `json:"rollups"`
	}
	if err := json.Unmarshal(body, &raw); err != nil {
		t.Fatal(err)
	}
	return st, raw.Rollups
}

// oneRollupWithDeadUpstream serves "op" from a fake node at head 0x10 and an upstream that refuses connections.
func oneRollupWithDeadUpstream(t *testing.T, alerts AlertState) (*Server, string) {
	t.Helper()
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close()
	cfg := testConfig(fakeNode(t, "op").URL, dead.URL)
	s, err := New(cfg, alerts, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	s.CheckHealth(testContext(t))
	return s, srv.URL
}

func TestStatus_L2HeadIsTheHighestHealthyHeadAndVerifiedLagIsTheGap(t *testing.T) {
	s, url := oneRollupWithDeadUpstream(t, newTestAlerts())

	st, raw := getStatus(t, url)
	r := st.Rollups[0]
	if r.L2Head != 0x10 || r.Upstreams[1].Healthy {
		t.Fatalf("l2Head %d, upstreams %+v; want 16 from the one healthy upstream", r.L2Head, r.Upstreams)
	}
	for _, k := range []string{"verifiedHead", "verifiedLag", "operators", "alertHistory", "l1ExplorerTxUrl"} {
		if _, ok := raw[0][k]; ok {
			t.Errorf("without a verifier feed or extras, /status has %q: %v", k, raw[0][k])
		}
	}
	if st.Extras {
		t.Error("extras is true without a StatusExtras source")
	}

	at := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	hash := common.HexToHash("0xabc")
	for _, tc := range []struct {
		name    string
		heads   testVerified
		wantLag *uint64
	}{
		{"verifier behind", testVerified{901: {Number: 12, Hash: hash, At: at}}, ptr(uint64(4))},
		{"verifier level", testVerified{901: {Number: 16, Hash: hash, At: at}}, ptr(uint64(0))},
		{"verifier ahead of the upstreams", testVerified{901: {Number: 20, Hash: hash, At: at}}, ptr(uint64(0))},
		{"feed knows nothing of the rollup", testVerified{8453: {Number: 1}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s.SetVerifiedHeads(tc.heads)
			st, _ := getStatus(t, url)
			r := st.Rollups[0]
			want, known := tc.heads[901]
			switch {
			case !known && r.VerifiedHead != nil:
				t.Errorf("verifiedHead %+v, want none", r.VerifiedHead)
			case known && (r.VerifiedHead == nil || *r.VerifiedHead != want):
				t.Errorf("verifiedHead %+v, want %+v", r.VerifiedHead, want)
			}
			if (r.VerifiedLag == nil) != (tc.wantLag == nil) || (r.VerifiedLag != nil && *r.VerifiedLag != *tc.wantLag) {
				t.Errorf("verifiedLag %v, want %v", deref(r.VerifiedLag), deref(tc.wantLag))
			}
		})
	}
}

func TestStatus_NoHealthyUpstreamHasNoL2HeadNorLag(t *testing.T) {
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close()
	s, err := New(testConfig(dead.URL), nil, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	s.SetVerifiedHeads(testVerified{901: {Number: 7}})
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	s.CheckHealth(testContext(t))
	st, raw := getStatus(t, srv.URL)
	if r := st.Rollups[0]; r.L2Head != 0 || r.VerifiedHead == nil || r.VerifiedHead.Number != 7 || r.VerifiedLag != nil {
		t.Errorf("l2Head %d, verifiedHead %+v, verifiedLag %v; want 0, #7, none", r.L2Head, r.VerifiedHead, deref(r.VerifiedLag))
	}
	if _, ok := raw[0]["verifiedLag"]; ok {
		t.Error("verifiedLag present without an L2 head")
	}
}

func TestStatus_ExtrasAreShownPerRollupAndCanBeDetached(t *testing.T) {
	s, url := twoRollups(t)
	tx := common.HexToHash("0x77")
	at := time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
	s.SetStatusExtras(testExtras{
		901: {
			Operators: []OperatorInfo{{Address: common.HexToAddress("0x1111111111111111111111111111111111111111"),
				Stake: "32000000000000000000000", Quorums: []int{0, 1}, Signer: "ok"}},
			AlertHistory: []AlertEvent{{Level: LevelConfirmed, MessageHash: common.HexToHash("0x99"), L1TxHash: tx,
				L1Block: 1234, At: at, Note: "confirmed by 3 of 3"}},
			L1ExplorerTxURL: "https://etherscan.io/tx/%s",
		},
	})
	resp, err := http.Get(url + "/status")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`"extras": true`,
		`"address": "0x1111111111111111111111111111111111111111"`,
		`"stake": "32000000000000000000000"`, // a string: JavaScript keeps every digit
		`"quorums": [`,
		`"level": "confirmed"`, // by name, not 2
		`"l1TxHash": "` + tx.Hex() + `"`,
		`"l1Block": 1234`,
		`"at": "2025-06-01T12:00:00Z"`,
		`"note": "confirmed by 3 of 3"`,
		`"l1ExplorerTxUrl": "https://etherscan.io/tx/%s"`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/status lacks %s:\n%s", want, body)
		}
	}
	st, raw := getStatus(t, url)
	if len(st.Rollups[1].Operators) != 0 || raw[1]["alertHistory"] != nil {
		t.Errorf("rollup base shows op's extras: %+v", raw[1])
	}
	if levels := strings.Count(string(body), `"level": 2`); levels != 0 {
		t.Errorf("a level is marshalled as a number:\n%s", body)
	}

	s.SetStatusExtras(nil)
	st, raw = getStatus(t, url)
	if st.Extras || raw[0]["operators"] != nil {
		t.Errorf("after SetStatusExtras(nil): extras %v, rollup %+v", st.Extras, raw[0])
	}
}

func TestStatus_RecordsBreakerTransitionsNewestFirstAndKeepsTheLast20(t *testing.T) {
	alerts := newTestAlerts()
	_, url := oneRollupWithDeadUpstream(t, alerts)

	st, _ := getStatus(t, url)
	if n := len(st.Rollups[0].Transitions); n != 0 {
		t.Fatalf("a quiet breaker shows %d transitions: %+v", n, st.Rollups[0].Transitions)
	}
	msg, tx := common.HexToHash("0xa1"), common.HexToHash("0xb2")
	alerts.set(map[uint64]Alert{901: {Level: LevelConfirmed, MessageHash: msg, L1TxHash: tx, ObservedAt: time.Now()}}, time.Now())
	st, _ = getStatus(t, url)
	getStatus(t, url) // an unchanged verdict adds nothing
	alerts.set(nil, time.Now())
	st2, _ := getStatus(t, url)

	tr := st.Rollups[0].Transitions
	if len(tr) != 1 || tr[0].From != "pass" || tr[0].To != "block-writes" || tr[0].Level != "confirmed" ||
		tr[0].MessageHash == nil || *tr[0].MessageHash != msg || tr[0].L1TxHash == nil || *tr[0].L1TxHash != tx ||
		tr[0].At.IsZero() {
		t.Fatalf("after the alert: %+v", tr)
	}
	tr = st2.Rollups[0].Transitions
	if len(tr) != 2 || tr[0].From != "block-writes" || tr[0].To != "pass" || tr[0].Level != "none" ||
		tr[0].MessageHash != nil || tr[1].To != "block-writes" {
		t.Fatalf("after the alert is gone, want it newest first: %+v", tr)
	}

	for i := range 30 {
		lvl := LevelEarly
		if i%2 == 1 {
			lvl = LevelNone
		}
		alerts.set(map[uint64]Alert{901: {Level: lvl, MessageHash: msg}}, time.Now())
		getStatus(t, url)
	}
	st, _ = getStatus(t, url)
	if tr = st.Rollups[0].Transitions; len(tr) != maxTransitions || tr[0].To != "pass" || tr[1].To != "annotate" {
		t.Errorf("after 32 transitions: %d kept, newest %+v; want %d, the last one first", len(tr), tr[0], maxTransitions)
	}
}

func ptr[T any](v T) *T { return &v }

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestAlertEvent_JSONRoundTripsWithTheLevelByName(t *testing.T) {
	in := AlertEvent{Level: LevelProved, MessageHash: common.HexToHash("0x1"), L1TxHash: common.HexToHash("0x2"),
		L1Block: 9, At: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), Note: "n"}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"level":"proved"`) || strings.Count(string(b), `"level"`) != 1 {
		t.Errorf("marshalled %s", b)
	}
	var out AlertEvent
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("round trip: %+v, %v; want %+v", out, err, in)
	}
	if err := json.Unmarshal([]byte(`{"level":"severe"}`), &out); err == nil || !strings.Contains(err.Error(), `"severe"`) {
		t.Errorf("unknown level: %v", err)
	}
}

// testHaltFeed is a verifier feed with heads and halts the test sets, following the rollups in covers (every
// rollup when covers is nil).
type testHaltFeed struct {
	heads  testVerified
	halts  map[uint64]VerifierHalt
	covers map[uint64]bool
}

func (f testHaltFeed) VerifiedHead(chainID uint64) (VerifiedHead, bool) {
	return f.heads.VerifiedHead(chainID)
}

func (f testHaltFeed) VerifierHalt(chainID uint64) (VerifierHalt, bool) {
	h, ok := f.halts[chainID]
	return h, ok
}

func (f testHaltFeed) Covers(chainID uint64) bool { return f.covers == nil || f.covers[chainID] }

var (
	_ VerifierHalts    = testHaltFeed{}
	_ VerifiedCoverage = testHaltFeed{}
)

// A rollup whose verifier is halted shows the halt in /status (block, hash, alert kind and hash, reason, since
// when), and mach_proxy_verifier_halted is 1 for it and 0 for a rollup whose verifier is not halted. Without a feed,
// or with one that reports no halts, there is neither the key nor the gauge; a rollup the feed does not follow has
// no gauge.
func TestStatus_VerifierHaltShowsPerRollupWithItsGauge(t *testing.T) {
	s, url := twoRollups(t)
	halted := func() map[string]float64 {
		return map[string]float64{"op": metricValue(t, s, "mach_proxy_verifier_halted", "rollup", "op"),
			"base": metricValue(t, s, "mach_proxy_verifier_halted", "rollup", "base")}
	}
	at := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	halt := VerifierHalt{Block: 13, BlockHash: common.HexToHash("0xbad13"), Kind: "BlockMismatch", MessageHash: common.HexToHash("0xa1e7"),
		Reason: "state root: header 0x01, executed 0x02", DetectedAt: at, SeenAt: at.Add(time.Second)}
	feed := testHaltFeed{heads: testVerified{901: {Number: 12, Hash: common.HexToHash("0x12"), At: at}, 8453: {Number: 16, At: at}},
		halts: map[uint64]VerifierHalt{901: halt}}

	s.SetVerifiedHeads(feed)
	st, raw := getStatus(t, url)
	if h := st.Rollups[0].VerifierHalted; h == nil || *h != halt {
		t.Errorf("op's verifierHalted = %+v, want %+v", h, halt)
	}
	if got := raw[0]["verifierHalted"]; got == nil || got.(map[string]any)["blockHash"] != halt.BlockHash.Hex() ||
		got.(map[string]any)["detectedAt"] != "2025-01-02T03:04:05Z" || got.(map[string]any)["reason"] != halt.Reason {
		t.Errorf("op's verifierHalted in JSON: %v", got)
	}
	if _, ok := raw[1]["verifierHalted"]; ok {
		t.Errorf("base's verifier is not halted but /status has verifierHalted: %v", raw[1]["verifierHalted"])
	}
	if got := halted(); got["op"] != 1 || got["base"] != 0 {
		t.Errorf("mach_proxy_verifier_halted = %v, want op 1, base 0", got)
	}

	feed.covers = map[uint64]bool{901: true} // base is not followed: no series
	s.SetVerifiedHeads(feed)
	if got := halted(); got["op"] != 1 || got["base"] != -1 {
		t.Errorf("with a feed following op only: %v, want op 1, base absent", got)
	}

	for name, v := range map[string]VerifiedHeads{"no feed": nil, "a feed without halts": testVerified{901: {Number: 12}}} {
		s.SetVerifiedHeads(v)
		st, raw := getStatus(t, url)
		if _, ok := raw[0]["verifierHalted"]; ok || st.Rollups[0].VerifierHalted != nil {
			t.Errorf("%s: /status has verifierHalted", name)
		}
		if got := halted(); got["op"] != -1 || got["base"] != -1 {
			t.Errorf("%s: mach_proxy_verifier_halted = %v, want absent", name, got)
		}
	}
}
