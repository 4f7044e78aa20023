package signer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mach-avs/mach/avs/aggregator"
	"github.com/mach-avs/mach/avs/alert"
	"github.com/mach-avs/mach/avs/operator"
	"github.com/mach-avs/mach/internal/blsfixture"
)

// fakeAggregator stands in for the aggregator over real JSON-RPC (httptest): it builds an honest task from the
// world's L1, lets a test lie about it, and records what signers submit. The real aggregator is exercised end to
// end in e2e_test.go.
type fakeAggregator struct {
	w *world
	// lie, when set, alters the honest task before it is returned.
	lie func(task *aggregator.TaskResult)
	// openErr, when set, is openTask's answer.
	openErr error
	// hang makes openTask wait until the caller gives up.
	hang bool

	opened, submitted atomic.Int32
	release           chan struct{}

	mu   sync.Mutex
	sigs []aggregator.SignatureArgs
}

type fakeAPI struct{ f *fakeAggregator }

func (api fakeAPI) OpenTask(ctx context.Context, args aggregator.OpenTaskArgs) (*aggregator.TaskResult, error) {
	f := api.f
	f.opened.Add(1)
	if f.hang {
		select {
		case <-ctx.Done():
		case <-f.release:
		}
		return nil, errors.New("gave up")
	}
	if f.openErr != nil {
		return nil, f.openErr
	}
	al, err := args.Envelope.Open()
	if err != nil {
		return nil, err
	}
	head, err := f.w.chain.Client().BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	ref := uint32(head - 1)
	hash := al.MessageHash()
	task := &aggregator.TaskResult{
		RollupChainID: args.RollupChainID, MessageHash: hash, ReferenceBlock: hexutil.Uint64(ref),
		Digest: alert.Digest(f.w.domain(args.RollupChainID.ToInt()), hash, ref), State: aggregator.StateOpen,
	}
	if f.lie != nil {
		f.lie(task)
	}
	return task, nil
}

func (api fakeAPI) SubmitSignature(_ context.Context, args aggregator.SignatureArgs) (*aggregator.Progress, error) {
	api.f.submitted.Add(1)
	api.f.mu.Lock()
	defer api.f.mu.Unlock()
	api.f.sigs = append(api.f.sigs, args)
	return &aggregator.Progress{State: aggregator.StateOpen, SignedPercent: []uint64{20}, Signers: 1}, nil
}

func (api fakeAPI) Task(_ context.Context, args aggregator.TaskArgs) (*aggregator.TaskResult, error) {
	return nil, &aggregator.Error{Code: aggregator.CodeUnknownTask, Message: aggregator.ErrUnknownTask.Error()}
}

// serve starts the fake on loopback and returns its URL.
func (f *fakeAggregator) serve(t *testing.T) string {
	t.Helper()
	f.release = make(chan struct{})
	srv := rpc.NewServer()
	if err := srv.RegisterName(aggregator.Namespace, fakeAPI{f}); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(func() {
		close(f.release)
		hs.Close()
		srv.Stop()
	})
	return hs.URL
}

func (f *fakeAggregator) signatures() []aggregator.SignatureArgs {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]aggregator.SignatureArgs(nil), f.sigs...)
}

func testConfig(w *world, aggregatorURL string) Config {
	return Config{
		ListenAddr: "127.0.0.1:0", NodeAPIAddr: "127.0.0.1:0", MetricsAddr: "127.0.0.1:0",
		AggregatorURL: aggregatorURL, RollupChainIDs: []uint64{rollup}, ServiceManager: w.d.Addresses.MachServiceManager,
		NodeVersion: "v-test", Logger: slog.New(slog.DiscardHandler),
	}
}

// startSigner starts a signer with operator op's key.
func startSigner(t *testing.T, w *world, cfg Config, op int) *Signer {
	t.Helper()
	s, err := New(cfg, ChainReader(w.chain.Client(), w.reader), w.keys[op])
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Stop(context.Background()); err != nil {
			t.Errorf("stop: %v", err)
		}
	})
	return s
}

func dial(t *testing.T, s *Signer) *rpc.Client {
	t.Helper()
	c, err := rpc.DialContext(context.Background(), "http://"+s.RPCAddr().String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// rpcCode returns the JSON-RPC error code of err and its data, failing when err is not a JSON-RPC error.
func rpcCode(t *testing.T, err error) (int, map[string]any) {
	t.Helper()
	var rerr rpc.Error
	if !errors.As(err, &rerr) {
		t.Fatalf("got %v, want a JSON-RPC error", err)
	}
	var data map[string]any
	var derr rpc.DataError
	if errors.As(err, &derr) {
		data, _ = derr.ErrorData().(map[string]any)
	}
	return rerr.ErrorCode(), data
}

func blockMismatch(n uint64) alert.BlockMismatch {
	return alert.BlockMismatch{InvalidOutputRoot: common.Hash{byte(n), 0xaa}, ExpectOutputRoot: common.Hash{byte(n), 0xbb}, L2BlockNumber: n}
}

func params(rollupChainID int64, a alert.Alert) (string, any) {
	method, p, err := Request(big.NewInt(rollupChainID), a)
	if err != nil {
		panic(err)
	}
	return method, p
}

func TestSigner_MalformedParamsAreInvalidParamsAndNothingReachesTheAggregator(t *testing.T) {
	w := sharedWorld(t)
	f := &fakeAggregator{w: w}
	s := startSigner(t, w, testConfig(w, f.serve(t)), 0)
	c := dial(t, s)
	h1 := `"0x0100000000000000000000000000000000000000000000000000000000000000"`
	h2 := `"0x0200000000000000000000000000000000000000000000000000000000000000"`
	valid := `{"rollupChainID":"0x385","invalidOutputRoot":` + h1 + `,"expectOutputRoot":` + h2 + `,"l2BlockNumber":7}`
	tests := []struct {
		name   string
		method string
		args   []any
	}{
		{"no parameter", "alert_blockMismatch", nil},
		{"null", "alert_blockMismatch", []any{json.RawMessage(`null`)}},
		{"an array", "alert_blockMismatch", []any{json.RawMessage(`[1,2]`)}},
		{"a string", "alert_blockMismatch", []any{json.RawMessage(`"alert"`)}},
		{"an unknown field", "alert_blockMismatch", []any{json.RawMessage(strings.Replace(valid, `{`, `{"extra":1,`, 1))}},
		{"a field in another case", "alert_blockMismatch", []any{json.RawMessage(strings.Replace(valid, `"l2BlockNumber"`, `"L2BlockNumber"`, 1))}},
		{"a missing field", "alert_blockMismatch", []any{json.RawMessage(strings.Replace(valid, `,"l2BlockNumber":7`, ``, 1))}},
		{"a null field", "alert_blockMismatch", []any{json.RawMessage(strings.Replace(valid, `"l2BlockNumber":7`, `"l2BlockNumber":null`, 1))}},
		{"no rollup", "alert_blockMismatch", []any{json.RawMessage(strings.Replace(valid, `"rollupChainID":"0x385",`, ``, 1))}},
		{"a decimal rollup", "alert_blockMismatch", []any{json.RawMessage(strings.Replace(valid, `"0x385"`, `901`, 1))}},
		{"rollup zero", "alert_blockMismatch", []any{json.RawMessage(strings.Replace(valid, `"0x385"`, `"0x0"`, 1))}},
		{"a short hash", "alert_blockMismatch", []any{json.RawMessage(strings.Replace(valid, h1, `"0x01"`, 1))}},
		{"a hex block number", "alert_blockMismatch", []any{json.RawMessage(strings.Replace(valid, `:7`, `:"0x7"`, 1))}},
		{"equal roots", "alert_blockMismatch", []any{json.RawMessage(strings.Replace(valid, h2, h1, 1))}},
		{"another kind's fields", "alert_blockHash", []any{json.RawMessage(valid)}},
		{"a zero expected output root", "alert_blockOutputOracleMismatch", []any{json.RawMessage(
			`{"rollupChainID":"0x385","invalidOutputIndex":3,"expectOutputRoot":"0x0000000000000000000000000000000000000000000000000000000000000000"}`)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var res json.RawMessage
			err := c.CallContext(context.Background(), &res, tc.method, tc.args...)
			if code, _ := rpcCode(t, err); code != CodeInvalidParams {
				t.Fatalf("code %d (%v), want %d", code, err, CodeInvalidParams)
			}
		})
	}
	// The valid parameter itself passes (the fake is reached): the table's failures are the alterations'.
	var res SignResult
	if err := c.CallContext(context.Background(), &res, "alert_blockMismatch", json.RawMessage(valid)); err != nil {
		t.Fatalf("the unaltered parameter fails: %v", err)
	}
	if got := f.opened.Load(); got != 1 {
		t.Errorf("the aggregator was asked %d times, want once (for the valid alert only)", got)
	}
}

func TestSigner_UnknownMethodsAreMethodNotFound(t *testing.T) {
	w := sharedWorld(t)
	f := &fakeAggregator{w: w}
	s := startSigner(t, w, testConfig(w, f.serve(t)), 0)
	c := dial(t, s)
	_, p := params(rollup, blockMismatch(1))
	for _, method := range []string{"alert_outputOracleMismatch", "alert_blockHashMismatch", "alert_sign", "aggregator_openTask", "eth_chainId"} {
		var res json.RawMessage
		err := c.CallContext(context.Background(), &res, method, p)
		if code, _ := rpcCode(t, err); code != -32601 {
			t.Errorf("%s: code %d (%v), want -32601", method, code, err)
		}
	}
	if f.opened.Load()+f.submitted.Load() != 0 {
		t.Error("the aggregator was called")
	}
}

func TestSigner_WrongChainIDIsRefusedWithItsOwnCodeAndNothingIsSigned(t *testing.T) {
	w := sharedWorld(t)
	f := &fakeAggregator{w: w}
	s := startSigner(t, w, testConfig(w, f.serve(t)), 0)
	c := dial(t, s)
	for _, a := range []alert.Alert{
		blockMismatch(2),
		alert.OutputOracleMismatch{InvalidOutputIndex: 2, ExpectOutputRoot: common.Hash{2}},
		alert.BlockHashMismatch{InvalidBlockHash: common.Hash{1}, ExpectBlockHash: common.Hash{2}, L2BlockNumber: 2},
	} {
		method, p := params(902, a)
		var res json.RawMessage
		err := c.CallContext(context.Background(), &res, method, p)
		if code, _ := rpcCode(t, err); code != CodeWrongChainID || !strings.Contains(err.Error(), "wrong chain ID") {
			t.Errorf("%s: %v (code %d), want code %d saying wrong chain ID", method, err, code, CodeWrongChainID)
		}
	}
	if f.opened.Load()+f.submitted.Load() != 0 {
		t.Error("the aggregator was called for a rollup the signer does not sign")
	}
	if got := metricValue(t, s, `mach_signer_alerts_rejected_total{reason="wrong_chain_id"}`); got != 3 {
		t.Errorf("wrong_chain_id rejections = %v, want 3", got)
	}
}

func TestSigner_RefusesToSignALyingAggregatorsTask(t *testing.T) {
	w := sharedWorld(t)
	// A reference block older than maxAge needs a chain longer than maxAge: seal the blocks now rather than wait
	// for the 20ms producer, which a loaded machine slows down.
	for w.head(t) <= maxAge+2 {
		w.chain.Commit()
	}
	redigest := func(task *aggregator.TaskResult) {
		task.Digest = alert.Digest(w.domain(big.NewInt(rollup)), task.MessageHash, uint32(task.ReferenceBlock))
	}
	tests := []struct {
		name   string
		lie    func(task *aggregator.TaskResult)
		reason string
	}{
		{"another digest", func(task *aggregator.TaskResult) { task.Digest[0] ^= 1 }, ReasonDigestMismatch},
		{"a digest for another service manager", func(task *aggregator.TaskResult) {
			d := w.domain(big.NewInt(rollup))
			d.ServiceManager = common.Address{1}
			task.Digest = alert.Digest(d, task.MessageHash, uint32(task.ReferenceBlock))
		}, ReasonDigestMismatch},
		{"a digest for another reference block", func(task *aggregator.TaskResult) { task.ReferenceBlock-- }, ReasonDigestMismatch},
		{"another message hash (digest to match)", func(task *aggregator.TaskResult) {
			task.MessageHash = blockMismatch(99).MessageHash()
			redigest(task)
		}, ReasonMessageHashMismatch},
		{"another rollup", func(task *aggregator.TaskResult) { task.RollupChainID = (*hexutil.Big)(big.NewInt(902)) }, ReasonRollupMismatch},
		{"a reference block in the future", func(task *aggregator.TaskResult) {
			task.ReferenceBlock += 1000
			redigest(task)
		}, ReasonReferenceBlockNotPast},
		{"a reference block too old", func(task *aggregator.TaskResult) {
			task.ReferenceBlock = 1
			redigest(task)
		}, ReasonReferenceBlockTooOld},
		{"a reference block beyond uint32", func(task *aggregator.TaskResult) { task.ReferenceBlock = 1 << 33 }, ReasonReferenceBlockNotPast},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := &fakeAggregator{w: w, lie: tc.lie}
			s := startSigner(t, w, testConfig(w, f.serve(t)), 1)
			c := dial(t, s)
			method, p := params(rollup, blockMismatch(uint64(10+i)))
			var res json.RawMessage
			err := c.CallContext(context.Background(), &res, method, p)
			code, data := rpcCode(t, err)
			if code != CodeRefused || data["reason"] != tc.reason {
				t.Fatalf("got %v (code %d, data %v), want code %d with reason %s", err, code, data, CodeRefused, tc.reason)
			}
			if f.opened.Load() != 1 || f.submitted.Load() != 0 {
				t.Fatalf("openTask called %d times, submitSignature %d; want 1 and 0", f.opened.Load(), f.submitted.Load())
			}
			if got := metricValue(t, s, `mach_signer_alerts_rejected_total{reason="`+tc.reason+`"}`); got != 1 {
				t.Errorf("rejections for %s = %v, want 1", tc.reason, got)
			}
		})
	}
}

func TestSigner_SignsAnHonestTaskWithItsOwnKeyAndNeverLogsIt(t *testing.T) {
	w := sharedWorld(t)
	f := &fakeAggregator{w: w}
	logs := &syncWriter{w: new(bytes.Buffer)}
	cfg := testConfig(w, f.serve(t))
	cfg.Logger = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	s := startSigner(t, w, cfg, 2)
	c := dial(t, s)

	kinds := []alert.Alert{
		blockMismatch(20),
		alert.OutputOracleMismatch{InvalidOutputIndex: 20, ExpectOutputRoot: common.Hash{20}},
		alert.BlockHashMismatch{InvalidBlockHash: common.Hash{20, 1}, ExpectBlockHash: common.Hash{20, 2}, L2BlockNumber: 20},
	}
	for i, a := range kinds {
		method, p := params(rollup, a)
		var res SignResult
		if err := c.CallContext(context.Background(), &res, method, p); err != nil {
			t.Fatalf("%s: %v", method, err)
		}
		if res.MessageHash != a.MessageHash() || res.State != aggregator.StateOpen || len(res.SignedPercent) != 1 || res.SignedPercent[0] != 20 {
			t.Errorf("%s returned %+v", method, res)
		}
		sigs := f.signatures()
		if len(sigs) != i+1 {
			t.Fatalf("%d signatures submitted, want %d", len(sigs), i+1)
		}
		got := sigs[i]
		if got.OperatorID != operator.OperatorID(w.keys[2]) || got.MessageHash != a.MessageHash() || got.ReferenceBlock != res.ReferenceBlock {
			t.Errorf("submitted %+v", got)
		}
		digest := alert.Digest(w.domain(big.NewInt(rollup)), a.MessageHash(), uint32(got.ReferenceBlock))
		sig := &bls.Signature{G1Point: bls.NewG1Point(got.Signature.X.ToInt(), got.Signature.Y.ToInt())}
		if ok, err := sig.Verify(w.keys[2].GetPubKeyG2(), digest); err != nil || !ok {
			t.Errorf("the submitted signature does not verify with operator 2's key over the digest: %v", err)
		}
	}
	for _, k := range kinds {
		if got := metricValue(t, s, `mach_signer_alerts_signed_total{kind="`+k.Kind().String()+`"}`); got != 1 {
			t.Errorf("signed %s = %v, want 1", k.Kind(), got)
		}
	}
	if got := metricValue(t, s, `mach_signer_aggregator_request_duration_seconds_count{method="aggregator_submitSignature"}`); got != 3 {
		t.Errorf("submitSignature latency observations = %v, want 3", got)
	}
	secret := blsfixture.SecretKey(2)
	out := logs.String()
	if !strings.Contains(out, "alert signed") || !strings.Contains(out, "operator=") || !strings.Contains(out, "rollup=901") {
		t.Errorf("logs do not record the signing with operator and rollup:\n%s", out)
	}
	for _, form := range []string{secret.String(), fmt.Sprintf("%x", secret)} {
		if strings.Contains(out, form) {
			t.Fatal("the logs contain the BLS secret key")
		}
	}
}

func TestSigner_AggregatorErrorsNameTheAggregatorsCode(t *testing.T) {
	w := sharedWorld(t)
	f := &fakeAggregator{w: w, openErr: &aggregator.Error{Code: aggregator.CodeUnsupportedRollup, Message: aggregator.ErrUnsupportedRollup.Error()}}
	s := startSigner(t, w, testConfig(w, f.serve(t)), 0)
	c := dial(t, s)
	method, p := params(rollup, blockMismatch(30))
	var res json.RawMessage
	err := c.CallContext(context.Background(), &res, method, p)
	code, data := rpcCode(t, err)
	if code != CodeAggregator || data["aggregatorCode"] != float64(aggregator.CodeUnsupportedRollup) || !strings.Contains(err.Error(), "-32026") {
		t.Fatalf("got %v (code %d, data %v), want code %d naming aggregator code %d", err, code, data, CodeAggregator, aggregator.CodeUnsupportedRollup)
	}
	if f.submitted.Load() != 0 {
		t.Fatal("signed although the task was never opened")
	}
	if got := metricValue(t, s, `mach_signer_aggregator_errors_total{code="-32026",method="aggregator_openTask"}`); got != 1 {
		t.Errorf("aggregator errors = %v, want 1", got)
	}
}

func TestSigner_UnreachableAggregatorFailsFastAndShowsInHealth(t *testing.T) {
	w := sharedWorld(t)
	// An aggregator that never answers, and one whose port is closed.
	hung := &fakeAggregator{w: w, hang: true}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + l.Addr().String()
	l.Close()
	for name, url := range map[string]string{"hung": hung.serve(t), "closed port": closed} {
		t.Run(name, func(t *testing.T) {
			cfg := testConfig(w, url)
			cfg.AggregatorTimeout = 300 * time.Millisecond
			s := startSigner(t, w, cfg, 0)
			c := dial(t, s)
			method, p := params(rollup, blockMismatch(40))
			start := time.Now()
			var res json.RawMessage
			err := c.CallContext(context.Background(), &res, method, p)
			if code, _ := rpcCode(t, err); code != CodeAggregatorUnreachable {
				t.Fatalf("got %v (code %d), want %d", err, code, CodeAggregatorUnreachable)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %s with a 300ms aggregator timeout", d)
			}
			if strings.Contains(err.Error(), url) {
				t.Errorf("the error shows the aggregator URL: %v", err)
			}
			waitFor(t, "health 206", func() bool { return getStatus(t, s, "/eigen/node/health") == http.StatusPartialContent })
			if got := getStatus(t, s, "/eigen/node/services/"+ServiceAggregator+"/health"); got != http.StatusServiceUnavailable {
				t.Errorf("aggregator service health = %d, want 503", got)
			}
			if got := metricValue(t, s, `mach_signer_aggregator_errors_total{code="unreachable",method="aggregator_openTask"}`); got != 1 {
				t.Errorf("unreachable errors = %v, want 1", got)
			}
		})
	}
	if hung.submitted.Load() != 0 {
		t.Fatal("signed without a task")
	}
}

func TestSigner_NodeAPIFollowsTheEigenLayerSpec(t *testing.T) {
	w := sharedWorld(t)
	f := &fakeAggregator{w: w}
	s := startSigner(t, w, testConfig(w, f.serve(t)), 0)
	waitFor(t, "healthy", func() bool { return getStatus(t, s, "/eigen/node/health") == http.StatusOK })

	var info map[string]string
	getJSON(t, s, "/eigen/node", &info)
	if want := (map[string]string{"node_name": "mach-operator-signer", "spec_version": "v0.0.1", "node_version": "v-test"}); fmt.Sprint(info) != fmt.Sprint(want) {
		t.Errorf("GET /eigen/node = %v, want %v", info, want)
	}
	var services struct {
		Services []map[string]string `json:"services"`
	}
	getJSON(t, s, "/eigen/node/services", &services)
	ids := map[string]string{}
	for _, svc := range services.Services {
		if svc["id"] == "" || svc["name"] == "" || svc["description"] == "" || len(svc) != 4 {
			t.Errorf("service entry %v lacks id, name, description or status", svc)
		}
		ids[svc["id"]] = svc["status"]
	}
	for _, id := range []string{ServiceJSONRPC, ServiceAggregator, ServiceL1} {
		if ids[id] != "Up" {
			t.Errorf("service %s status %q, want Up (services %v)", id, ids[id], ids)
		}
		if got := getStatus(t, s, "/eigen/node/services/"+id+"/health"); got != http.StatusOK {
			t.Errorf("service %s health = %d, want 200", id, got)
		}
	}
	if got := getStatus(t, s, "/eigen/node/services/nope/health"); got != http.StatusNotFound {
		t.Errorf("unknown service health = %d, want 404", got)
	}
	resp, err := http.Post("http://"+s.NodeAPIAddr().String()+"/eigen/node", "application/json", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /eigen/node = %d, want 405", resp.StatusCode)
	}
	var h HealthResult
	if err := dial(t, s).CallContext(context.Background(), &h, "health_check"); err != nil || !h.Healthy || len(h.Services) != 3 {
		t.Errorf("health_check = %+v, %v", h, err)
	}
}

func TestSigner_StopIsNilSafeIdempotentAndReleasesItsPorts(t *testing.T) {
	var nilSigner *Signer
	if err := nilSigner.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	w := sharedWorld(t)
	f := &fakeAggregator{w: w}
	cfg := testConfig(w, f.serve(t))
	unstarted, err := New(cfg, ChainReader(w.chain.Client(), w.reader), w.keys[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := unstarted.Stop(context.Background()); err != nil || unstarted.RPCAddr() != nil {
		t.Fatalf("stop before start: %v, address %v", err, unstarted.RPCAddr())
	}
	if err := unstarted.Start(context.Background()); err == nil {
		t.Fatal("start after stop succeeded")
	}

	s, err := New(cfg, ChainReader(w.chain.Client(), w.reader), w.keys[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err == nil {
		t.Error("second start succeeded")
	}
	addrs := []net.Addr{s.RPCAddr(), s.NodeAPIAddr(), s.MetricsAddr()}
	for _, a := range addrs {
		if a == nil || strings.HasSuffix(a.String(), ":0") {
			t.Fatalf("bound addresses %v", addrs)
		}
	}
	for range 2 {
		if err := s.Stop(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if !s.Stopped() {
		t.Error("Stopped() is false after Stop")
	}
	for _, a := range addrs {
		if conn, err := net.DialTimeout("tcp", a.String(), time.Second); err == nil {
			conn.Close()
			t.Errorf("%s still accepts connections after Stop", a)
		}
	}
}

func TestSigner_StartFailsFastOnABusyPort(t *testing.T) {
	w := sharedWorld(t)
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	cfg := testConfig(w, "http://127.0.0.1:1")
	cfg.MetricsAddr = busy.Addr().String()
	s, err := New(cfg, ChainReader(w.chain.Client(), w.reader), w.keys[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err == nil || !strings.Contains(err.Error(), "metrics") {
		t.Fatalf("start on a busy metrics port = %v, want an error naming the metrics server", err)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestNew_RejectsBadConfigNamingEachProblem(t *testing.T) {
	key, err := bls.NewKeyPairFromString("7")
	if err != nil {
		t.Fatal(err)
	}
	good := Config{ListenAddr: "127.0.0.1:0", AggregatorURL: "http://127.0.0.1:8090", RollupChainIDs: []uint64{901}, ServiceManager: common.Address{1}}
	l1 := ChainReader(nil, nil)
	if _, err := New(good, l1, key); err != nil {
		t.Fatalf("good config: %v", err)
	}
	tests := []struct {
		name   string
		mutate func(*Config)
		want   string
	}{
		{"no listen address", func(c *Config) { c.ListenAddr = "" }, "listen address"},
		{"bad metrics address", func(c *Config) { c.MetricsAddr = "9011" }, "metrics address"},
		{"aggregator URL without scheme", func(c *Config) { c.AggregatorURL = "127.0.0.1:8090" }, "aggregator URL"},
		{"no rollups", func(c *Config) { c.RollupChainIDs = nil }, "rollup chain ID"},
		{"rollup zero", func(c *Config) { c.RollupChainIDs = []uint64{0} }, "rollup chain ID 0"},
		{"no service manager", func(c *Config) { c.ServiceManager = common.Address{} }, "service manager"},
		{"negative timeout", func(c *Config) { c.AggregatorTimeout = -time.Second }, "timeout"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := good
			tc.mutate(&cfg)
			if _, err := New(cfg, l1, key); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("New = %v, want an error mentioning %q", err, tc.want)
			}
		})
	}
	if _, err := New(good, nil, nil); err == nil || !strings.Contains(err.Error(), "L1") || !strings.Contains(err.Error(), "BLS key") {
		t.Fatalf("New without dependencies = %v", err)
	}
}

func getStatus(t *testing.T, s *Signer, path string) int {
	t.Helper()
	resp, err := http.Get("http://" + s.NodeAPIAddr().String() + path)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}

func getJSON(t *testing.T, s *Signer, path string, v any) {
	t.Helper()
	resp, err := http.Get("http://" + s.NodeAPIAddr().String() + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("GET %s: %s, content type %q", path, resp.Status, resp.Header.Get("Content-Type"))
	}
	dec := json.NewDecoder(resp.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
}

// metricValue scrapes /metrics and returns the sample named series (name{labels} as the text format prints it,
// labels sorted), or 0 when it is absent.
func metricValue(t *testing.T, s *Signer, series string) float64 {
	t.Helper()
	resp, err := http.Get("http://" + s.MetricsAddr().String() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(body), "\n") {
		if rest, ok := strings.CutPrefix(line, series+" "); ok {
			v, err := strconv.ParseFloat(strings.TrimSpace(rest), 64)
			if err != nil {
				t.Fatalf("metric line %q: %v", line, err)
			}
			return v
		}
	}
	return 0
}

type syncWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (s *syncWriter) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.String()
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}
