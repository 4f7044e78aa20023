package proxy

import (
	"encoding/json"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/mach-avs/mach/devnet/l2"
)

// signedTransfer returns a raw signed transfer from dev key i with the given nonce.
func signedTransfer(t *testing.T, chain *l2.Chain, key int, nonce uint64) string {
	t.Helper()
	k := chain.Keys()[key]
	to := common.HexToAddress("0x000000000000000000000000000000000000bEEF")
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: chain.ChainConfig().ChainID, Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e10),
		Gas: 21000, To: &to, Value: big.NewInt(1),
	})
	signed, err := types.SignTx(tx, types.LatestSigner(chain.ChainConfig()), k)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return hexutil.Encode(raw)
}

// TestBreaker_PolicyPerAlertLevel drives a test AlertState through every level with the default policy (early:
// annotate, confirmed: block-writes, proved: block-all) in front of a real node, and checks what reads and
// transactions get at each level.
func TestBreaker_PolicyPerAlertLevel(t *testing.T) {
	chain := newChain(t, 1)
	alerts := newTestAlerts()
	logs := &logBuffer{}
	s, base := startProxy(t, testConfig(chain.URL()), alerts, slog.New(slog.NewJSONHandler(logs, nil)))
	url := base + "/rpc/op"
	dev := crypto.PubkeyToAddress(chain.Keys()[1].PublicKey).Hex()
	read := `{"jsonrpc":"2.0","id":1,"method":"eth_getBalance","params":["` + dev + `","latest"]}`
	badRead := `{"jsonrpc":"2.0","id":2,"method":"eth_getBalance","params":[]}`
	ec, err := ethclient.Dial(chain.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	nonce, err := ec.PendingNonceAt(testContext(t), common.HexToAddress(dev))
	if err != nil {
		t.Fatal(err)
	}
	write := func() string {
		body := `{"jsonrpc":"2.0","id":3,"method":"eth_sendRawTransaction","params":["` + signedTransfer(t, chain, 1, nonce) + `"]}`
		nonce++
		return body
	}
	alert := Alert{
		MessageHash: common.HexToHash("0x1111111111111111111111111111111111111111111111111111111111111111"),
		L1TxHash:    common.HexToHash("0x2222222222222222222222222222222222222222222222222222222222222222"),
		ObservedAt:  time.Unix(1_800_000_000, 0),
	}

	for _, tc := range []struct {
		level             Level
		readOK, writeOK   bool
		header, errorData bool // X-Mach-Alert set; upstream errors carry the alert as data
	}{
		{level: LevelNone, readOK: true, writeOK: true},
		{level: LevelEarly, readOK: true, writeOK: true, header: true, errorData: true},
		{level: LevelConfirmed, readOK: true, writeOK: false, header: true, errorData: true},
		{level: LevelProved, readOK: false, writeOK: false, header: true},
	} {
		t.Run(tc.level.String(), func(t *testing.T) {
			a := alert
			a.Level = tc.level
			if tc.level == LevelNone {
				alerts.set(nil, time.Now())
			} else {
				alerts.set(map[uint64]Alert{l2.DefaultChainID: a, 10: {Level: LevelProved}}, time.Now())
			}
			resp, body := post(t, url, read)
			if got := resp.Header.Get(AlertHeader) != ""; got != tc.header {
				t.Errorf("%s header %q, want set=%v", AlertHeader, resp.Header.Get(AlertHeader), tc.header)
			}
			if tc.header && !strings.Contains(resp.Header.Get(AlertHeader), "message_hash="+a.MessageHash.Hex()) {
				t.Errorf("%s = %q lacks the message hash", AlertHeader, resp.Header.Get(AlertHeader))
			}
			checkTripped(t, "read", body, !tc.readOK, a)

			_, body = post(t, url, write())
			checkTripped(t, "write", body, !tc.writeOK, a)

			if tc.readOK {
				_, body = post(t, url, badRead)
				_, e := decodeOne(t, body)
				if e == nil {
					t.Fatalf("bad read answered %s", body)
				}
				if got := e.Data != nil; got != tc.errorData {
					t.Errorf("upstream error data %s, want set=%v", e.Data, tc.errorData)
				}
			}
		})
	}
	if got := metricValue(t, s, "mach_proxy_breaker_transitions_total", "rollup", "op", "action", "block-all"); got != 1 {
		t.Errorf("transitions into block-all = %v, want 1", got)
	}
	if got := metricValue(t, s, "mach_proxy_breaker_state", "rollup", "op"); got != float64(ActionBlockAll) {
		t.Errorf("breaker_state = %v, want %d", got, ActionBlockAll)
	}
	if got := metricValue(t, s, "mach_proxy_requests_total", "rollup", "op", "method", "eth_sendRawTransaction", "upstream", noUpstream, "status", statusTripped); got != 2 {
		t.Errorf("tripped writes counted %v, want 2", got)
	}
	if !strings.Contains(logs.String(), `"msg":"breaker transition","rollup":"op","alert":"`+alert.MessageHash.Hex()) {
		t.Errorf("no transition log with keys rollup and alert:\n%s", logs.String())
	}
}

// checkTripped checks that body is (or is not) the breaker's refusal naming the rollup, the alert and the L1 tx.
func checkTripped(t *testing.T, what string, body []byte, want bool, a Alert) {
	t.Helper()
	_, e := decodeOne(t, body)
	tripped := e != nil && e.Code == CodeTripped
	if tripped != want {
		t.Fatalf("%s: tripped = %v, want %v: %s", what, tripped, want, body)
	}
	if !tripped {
		if e != nil {
			t.Fatalf("%s failed: %s", what, body)
		}
		return
	}
	for _, s := range []string{"op", a.MessageHash.Hex(), a.L1TxHash.Hex(), a.Level.String()} {
		if !strings.Contains(e.Message, s) {
			t.Errorf("%s: message %q lacks %s", what, e.Message, s)
		}
	}
	var data struct {
		Rollup      string `json:"rollup"`
		ChainID     uint64 `json:"chainId"`
		Level       string `json:"level"`
		MessageHash string `json:"messageHash"`
		L1TxHash    string `json:"l1TxHash"`
	}
	if err := json.Unmarshal(e.Data, &data); err != nil {
		t.Fatalf("%s: data %s: %v", what, e.Data, err)
	}
	if data.Rollup != "op" || data.ChainID != l2.DefaultChainID || data.Level != a.Level.String() ||
		data.MessageHash != a.MessageHash.Hex() || data.L1TxHash != a.L1TxHash.Hex() {
		t.Errorf("%s: data %s", what, e.Data)
	}
}

// TestBreaker_StaleAlertStateFollowsOnL1Stale checks on_l1_stale: closed refuses every call while the alert state
// is older than stale_after (or was never synced), open keeps serving; both recover once the state is fresh.
func TestBreaker_StaleAlertStateFollowsOnL1Stale(t *testing.T) {
	chain := newChain(t, 0)
	read := `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`
	for _, policy := range []string{"open", "closed"} {
		t.Run(policy, func(t *testing.T) {
			alerts := newTestAlerts()
			cfg := testConfig(chain.URL())
			cfg.Breaker.OnL1Stale = policy
			cfg.Breaker.StaleAfter = time.Minute
			_, base := startProxy(t, cfg, alerts, nil)
			for _, synced := range []time.Time{{}, time.Now().Add(-2 * time.Minute)} {
				alerts.set(nil, synced)
				resp, body := post(t, base+"/rpc/op", read)
				_, e := decodeOne(t, body)
				tripped := e != nil && e.Code == CodeTripped
				if tripped != (policy == "closed") {
					t.Fatalf("synced %v: response %s", synced, body)
				}
				if tripped && !strings.Contains(e.Message, "stale") {
					t.Errorf("message %q does not say the alert state is stale", e.Message)
				}
				if !strings.Contains(resp.Header.Get(AlertHeader), "l1_stale=true") {
					t.Errorf("%s = %q, want l1_stale=true", AlertHeader, resp.Header.Get(AlertHeader))
				}
			}
			alerts.set(nil, time.Now())
			resp, body := post(t, base+"/rpc/op", read)
			if _, e := decodeOne(t, body); e != nil || resp.Header.Get(AlertHeader) != "" {
				t.Fatalf("fresh state: %s (header %q)", body, resp.Header.Get(AlertHeader))
			}
		})
	}
}

// TestBreaker_RefusesBatchCallsOneByOne sends a batch under block-writes: the transaction is refused, the reads
// in the same batch are answered, in order.
func TestBreaker_RefusesBatchCallsOneByOne(t *testing.T) {
	chain := newChain(t, 0)
	alerts := newTestAlerts()
	alerts.set(map[uint64]Alert{l2.DefaultChainID: {Level: LevelConfirmed}}, time.Now())
	_, base := startProxy(t, testConfig(chain.URL()), alerts, nil)
	resp, body := post(t, base+"/rpc/op", `[{"jsonrpc":"2.0","id":1,"method":"eth_chainId"},`+
		`{"jsonrpc":"2.0","id":2,"method":"eth_sendRawTransaction","params":["`+signedTransfer(t, chain, 0, 0)+`"]},`+
		`{"jsonrpc":"2.0","id":3,"method":"eth_blockNumber"},{"jsonrpc":"2.0","method":"eth_sendRawTransaction","params":["0x00"]}]`)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	rs := normalizeRaw(body)
	if len(rs) != 3 {
		t.Fatalf("%d responses, want 3 (the notification gets none): %s", len(rs), body)
	}
	for i, want := range []bool{false, true, false} {
		if string(rs[i].ID) != []string{"1", "2", "3"}[i] {
			t.Errorf("response %d has id %s", i, rs[i].ID)
		}
		tripped := rs[i].Error != nil && strings.Contains(string(rs[i].Error), `"code":-32090`)
		if tripped != want || (!want && rs[i].Error != nil) {
			t.Errorf("response %d: %s", i, body)
		}
	}
}

func TestAnnotateError_AddsDataOnlyWhenAbsent(t *testing.T) {
	data := json.RawMessage(`{"a":1}`)
	for in, want := range map[string]string{
		`{"code":-32000,"message":"x"}`:            `{"code":-32000,"message":"x","data":{"a":1}}`,
		`{"code":3,"message":"r","data":"0x"}`:     `{"code":3,"message":"r","data":"0x"}`,
		`{}`:                                       `{"data":{"a":1}}`,
		`"not an object"`:                          `"not an object"`,
		` {"code":1,"message":"y"} `:               `{"code":1,"message":"y","data":{"a":1}}`,
		`{"code":1,"message":"y","data":null}`:     `{"code":1,"message":"y","data":null}`,
		`{"code":1,"message":"}","other":[1,2,3]}`: `{"code":1,"message":"}","other":[1,2,3],"data":{"a":1}}`,
	} {
		if got := string(annotateError(json.RawMessage(in), data)); got != want {
			t.Errorf("annotateError(%s) = %s, want %s", in, got, want)
		}
	}
}

// TestBreaker_ConcurrentReadersCountEachTransitionOnce flips the alert state while readers check the breaker
// concurrently: every flip is seen, and counted and logged exactly once.
func TestBreaker_ConcurrentReadersCountEachTransitionOnce(t *testing.T) {
	alerts := newTestAlerts()
	m := newMetrics()
	logs := &logBuffer{}
	b := newBreaker("op", 901, DefaultConfig().Breaker, alerts, m, slog.New(slog.NewJSONHandler(logs, nil)))
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
					b.check()
				}
			}
		}()
	}
	const flips = 100
	now := time.Now()
	for i := range flips {
		want := ActionPass
		if i%2 == 0 {
			alerts.set(map[uint64]Alert{901: {Level: LevelProved, MessageHash: common.Hash{byte(i)}}}, now)
			want = ActionBlockAll
		} else {
			alerts.set(nil, now)
		}
		waitFor(t, "the flip to be seen", 5*time.Second, func() bool { return b.cur.Load().action == want })
	}
	close(stop)
	wg.Wait()
	s := &Server{metrics: m}
	got := metricValue(t, s, "mach_proxy_breaker_transitions_total", "rollup", "op", "action", "block-all") +
		metricValue(t, s, "mach_proxy_breaker_transitions_total", "rollup", "op", "action", "pass")
	if got != flips {
		t.Errorf("%v transitions counted, want %d", got, flips)
	}
	if n := strings.Count(logs.String(), "breaker transition"); n != flips {
		t.Errorf("%d transitions logged, want %d", n, flips)
	}
}
