package alertstate

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	mockerc20 "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockERC20"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/mach-avs/mach/avs/aggregator"
	"github.com/mach-avs/mach/avs/alert"
	"github.com/mach-avs/mach/avs/chain"
	"github.com/mach-avs/mach/avs/operator"
	"github.com/mach-avs/mach/contracts/bindings/machservicemanager"
	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/devnet/l1"
	"github.com/mach-avs/mach/internal/blsfixture"
	"github.com/mach-avs/mach/internal/ethtx"
	"github.com/mach-avs/mach/internal/kv"
)

// The rollups the test deployment supports.
const (
	rollupA = 901
	rollupB = 902
)

// blockTime is the test L1's block interval (longer under the race detector, see race_test.go).
var blockTime = 50 * time.Millisecond

// world is an in-process L1 with EigenLayer M2 core, Mach deployed on it, one operator registered with stake and
// an in-process aggregator holding the alert confirmer's key: confirm() drives a real BLS-signed confirmAlert.
type world struct {
	chain *l1.L1
	d     *deploy.Output
	owner *ethtx.Sender
	sm    *machservicemanager.MachServiceManager
	key   *bls.KeyPair
	agg   *aggregator.Aggregator
}

func newWorld(t *testing.T) *world {
	t.Helper()
	ctx := context.Background()
	c, err := l1.New(l1.Config{BlockTime: blockTime, HTTPAddr: "127.0.0.1:0", Accounts: 4, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Stop(stopContext(t)) })
	w := &world{chain: c, owner: newSender(t, c, 0)}
	el := c.EigenLayer()
	w.d, err = deploy.Deploy(ctx, w.owner, deploy.Config{
		EigenLayer: deploy.EigenLayer{
			DelegationManager: el.DelegationManager, AVSDirectory: el.AVSDirectory,
			StrategyManager: el.StrategyManager, Strategy: el.ERC20MockStrategy,
		},
		AlertConfirmer:   c.Accounts()[1].Address,
		RollupChainIDs:   []uint64{rollupA, rollupB},
		AllowlistEnabled: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	if w.sm, err = machservicemanager.NewMachServiceManager(w.d.Addresses.MachServiceManager, c.Client()); err != nil {
		t.Fatal(err)
	}
	if w.key, err = bls.NewKeyPairFromString(blsfixture.SecretKey(0).String()); err != nil {
		t.Fatal(err)
	}
	token, err := mockerc20.NewContractMockERC20(el.ERC20Mock, c.Client())
	if err != nil {
		t.Fatal(err)
	}
	op := c.Accounts()[3].Address
	stake := big.NewInt(1e18)
	if _, err := w.owner.Batch(ctx,
		ethtx.Step{Label: "mint", Send: func(o *bind.TransactOpts) (*types.Transaction, error) { return token.Mint(o, op, stake) }},
		ethtx.Step{Label: "allowlist", Send: func(o *bind.TransactOpts) (*types.Transaction, error) { return w.sm.AddToAllowlist(o, op) }},
	); err != nil {
		t.Fatal(err)
	}
	if err := operator.Register(ctx, newSender(t, c, 3), operator.Registration{Deployment: w.d, BLS: w.key, Socket: "http://127.0.0.1:1", Deposit: stake}); err != nil {
		t.Fatal(err)
	}
	w.waitBlocks(t, 3) // the aggregator's reference block must come after the registration

	reader, err := chain.NewReader(c.Client(), w.d)
	if err != nil {
		t.Fatal(err)
	}
	store, err := kv.Open("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close() })
	w.agg, err = aggregator.New(ctx, aggregator.Config{RetryInterval: 50 * time.Millisecond, Logger: slog.New(slog.DiscardHandler)},
		reader, newSender(t, c, 1), store)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.agg.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = w.agg.Stop(stopContext(t)) })
	return w
}

// stopContext bounds a cleanup's Stop, so a wedged component fails the test instead of hanging the run.
func stopContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func newSender(t *testing.T, c *l1.L1, account int) *ethtx.Sender {
	t.Helper()
	s, err := ethtx.New(context.Background(), c.Client(), c.Accounts()[account].Key,
		ethtx.Config{PollInterval: 10 * time.Millisecond, Timeout: time.Minute, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func (w *world) head(t *testing.T) uint64 {
	t.Helper()
	n, err := w.chain.Client().BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func (w *world) waitBlocks(t *testing.T, n uint64) {
	t.Helper()
	start := w.head(t)
	waitFor(t, "L1 blocks", func() bool { return w.head(t) >= start+n })
}

// confirmed is where an alert was confirmed.
type confirmed struct {
	hash  common.Hash
	tx    common.Hash
	block uint64
}

// confirm has the operator sign a (for rollup) and the aggregator confirm it on L1, and returns its transaction.
func (w *world) confirm(t *testing.T, rollup uint64, a alert.Alert) confirmed {
	t.Helper()
	ctx := context.Background()
	id := new(big.Int).SetUint64(rollup)
	info, err := w.agg.OpenTask(ctx, id, a)
	if err != nil {
		t.Fatal(err)
	}
	digest := alert.Digest(alert.Domain{L1ChainID: w.chain.ChainID(), ServiceManager: w.d.Addresses.MachServiceManager, RollupChainID: id},
		info.MessageHash, info.ReferenceBlock)
	if _, err := w.agg.SubmitSignature(ctx, aggregator.Signature{RollupChainID: id, MessageHash: info.MessageHash,
		ReferenceBlock: info.ReferenceBlock, OperatorID: operator.OperatorID(w.key), Signature: w.key.SignMessage(digest)}); err != nil {
		t.Fatal(err)
	}
	var c confirmed
	waitFor(t, "confirmAlert on L1", func() bool {
		it, err := w.sm.FilterAlertConfirmed(&bind.FilterOpts{Start: w.d.ChainInfo.DeploymentBlock, Context: ctx}, [][32]byte{a.MessageHash()}, []*big.Int{id})
		if err != nil {
			t.Fatal(err)
		}
		defer it.Close()
		if !it.Next() {
			return false
		}
		c = confirmed{hash: a.MessageHash(), tx: it.Event.Raw.TxHash, block: it.Event.Raw.BlockNumber}
		return true
	})
	return c
}

// remove has the owner remove an alert and returns the removal's block.
func (w *world) remove(t *testing.T, rollup uint64, hash common.Hash) uint64 {
	t.Helper()
	r, err := w.owner.Do(context.Background(), "removeAlert", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return w.sm.RemoveAlert(o, new(big.Int).SetUint64(rollup), hash)
	})
	if err != nil {
		t.Fatal(err)
	}
	return r.BlockNumber.Uint64()
}

func sampleAlert(n uint64) alert.BlockMismatch {
	return alert.BlockMismatch{InvalidOutputRoot: common.Hash{byte(n), 1}, ExpectOutputRoot: common.Hash{byte(n), 2}, L2BlockNumber: n}
}

// newWatcher starts a watcher on l1 with fast test intervals; cfg's zero fields are filled in.
func (w *world) newWatcher(t *testing.T, l1 L1, cfg Config) *Watcher {
	t.Helper()
	cfg.L1 = l1
	cfg.ServiceManager = w.d.Addresses.MachServiceManager
	cfg.StartBlock = w.d.ChainInfo.DeploymentBlock
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 25 * time.Millisecond
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 2 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	wt, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := wt.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := wt.Stop(stopContext(t)); err != nil {
			t.Errorf("watcher stop: %v", err)
		}
	})
	return wt
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(600 * blockTime) // 30s, longer under the race detector
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitSnapshot waits until the watcher publishes a snapshot that satisfies cond, and returns it.
func waitSnapshot(t *testing.T, w *Watcher, what string, cond func(*Snapshot) bool) *Snapshot {
	t.Helper()
	var s *Snapshot
	waitFor(t, what, func() bool {
		s = w.Snapshot()
		return cond(s)
	})
	return s
}

// flakyL1 is a reverse proxy in front of the L1's HTTP endpoint that can fail like a real remote node: drop every
// connection (down), or answer eth_getLogs with no logs (a node that lost its log index).
type flakyL1 struct {
	srv      *httptest.Server
	target   string
	down     atomic.Bool
	dropLogs atomic.Bool
	// forkAt, when set, makes the next eth_getBlockByNumber for that block answer with a different block (another
	// mixHash, so another hash): what a client sees when that block is reorged out right after it read it.
	forkAt atomic.Uint64
}

func newFlakyL1(t *testing.T, target string) *flakyL1 {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(u)
	f := &flakyL1{target: target}
	f.srv = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if f.down.Load() {
			conn, _, err := rw.(http.Hijacker).Hijack()
			if err == nil {
				_ = conn.Close()
			}
			return
		}
		if f.dropLogs.Load() || f.forkAt.Load() != 0 {
			body, _ := io.ReadAll(r.Body)
			var req struct {
				ID     json.RawMessage   `json:"id"`
				Method string            `json:"method"`
				Params []json.RawMessage `json:"params"`
			}
			_ = json.Unmarshal(body, &req)
			switch {
			case f.dropLogs.Load() && req.Method == "eth_getLogs":
				rw.Header().Set("Content-Type", "application/json")
				_, _ = rw.Write([]byte(`{"jsonrpc":"2.0","id":` + string(req.ID) + `,"result":[]}`))
				return
			case req.Method == "eth_getBlockByNumber" && len(req.Params) > 0 && f.forkAt.Load() != 0 &&
				string(req.Params[0]) == `"`+hexutil.EncodeUint64(f.forkAt.Load())+`"`:
				if answer, err := f.forked(body); err == nil {
					f.forkAt.Store(0)
					rw.Header().Set("Content-Type", "application/json")
					_, _ = rw.Write(answer)
					return
				}
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		proxy.ServeHTTP(rw, r)
	}))
	t.Cleanup(f.srv.Close)
	return f
}

// forked asks the L1 for the block in body and returns it with another mixHash.
func (f *flakyL1) forked(body []byte) ([]byte, error) {
	resp, err := http.Post(f.target, "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var answer map[string]json.RawMessage
	if err := json.NewDecoder(resp.Body).Decode(&answer); err != nil {
		return nil, err
	}
	var block map[string]json.RawMessage
	if err := json.Unmarshal(answer["result"], &block); err != nil || block == nil {
		return nil, fmt.Errorf("no block in %s", answer["result"])
	}
	block["mixHash"] = json.RawMessage(`"` + common.Hash{0xf0, 0x4c}.Hex() + `"`)
	if answer["result"], err = json.Marshal(block); err != nil {
		return nil, err
	}
	return json.Marshal(answer)
}

func (f *flakyL1) client(t *testing.T) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(f.srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// logRecorder is a slog.Handler that keeps every record, to check what the watcher logged.
type logRecorder struct {
	mu   sync.Mutex
	recs []slog.Record
}

func (h *logRecorder) Enabled(context.Context, slog.Level) bool { return true }

func (h *logRecorder) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.recs = append(h.recs, r.Clone())
	return nil
}

func (h *logRecorder) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h *logRecorder) WithGroup(string) slog.Handler      { return h }

// count is how many records at level start with msg.
func (h *logRecorder) count(level slog.Level, msg string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for _, r := range h.recs {
		if r.Level == level && strings.HasPrefix(r.Message, msg) {
			n++
		}
	}
	return n
}

// countingMetrics counts what the watcher records.
type countingMetrics struct {
	l1Errors atomic.Int64
	drift    sync.Map // rollup -> *atomic.Int64
}

func (m *countingMetrics) RecordLevel(uint64, Level)        {}
func (m *countingMetrics) RecordObserved(uint64, time.Time) {}
func (m *countingMetrics) RecordL1Error()                   { m.l1Errors.Add(1) }
func (m *countingMetrics) RecordDrift(rollup uint64) {
	v, _ := m.drift.LoadOrStore(rollup, new(atomic.Int64))
	v.(*atomic.Int64).Add(1)
}

func (m *countingMetrics) driftOf(rollup uint64) int64 {
	v, ok := m.drift.Load(rollup)
	if !ok {
		return 0
	}
	return v.(*atomic.Int64).Load()
}

// findAlert returns the alert with hash in rollup id of s.
func findAlert(s *Snapshot, id uint64, hash common.Hash) (Alert, bool) {
	r, ok := s.Rollup(id)
	if !ok {
		return Alert{}, false
	}
	for _, a := range r.Alerts {
		if a.MessageHash == hash {
			return a, true
		}
	}
	return Alert{}, false
}

// same compares two alerts, ignoring when they were seen (got must have been seen at some time).
func same(got, want Alert) bool {
	if got.SeenAt.IsZero() {
		return false
	}
	got.SeenAt, want.SeenAt = time.Time{}, time.Time{}
	return got == want
}
