package aggregator

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mach-avs/mach/avs/alert"
	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/internal/ethtx"
)

// serviceConfig is a service on free loopback ports for w, confirming with account (1 is the alert confirmer).
func (w *world) serviceConfig(account int, dataDir string) ServiceConfig {
	return ServiceConfig{
		Aggregator:    Config{RetryInterval: 50 * time.Millisecond},
		L1RPCURL:      w.chain.URL(),
		Deployment:    w.d,
		Key:           w.chain.Accounts()[account].Key,
		Listen:        "127.0.0.1:0",
		MetricsListen: "127.0.0.1:0",
		DataDir:       dataDir,
		Tx:            ethtx.Config{PollInterval: 10 * time.Millisecond, Timeout: time.Minute},
		Logger:        slog.New(slog.DiscardHandler),
	}
}

func scrape(t *testing.T, addr string) string {
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
	return string(body)
}

// The service as `mach aggregator` runs it, on one L1 with the contracts deployed and four operators: signers
// reach it over JSON-RPC on a port it picked, the alert is confirmed, /metrics counts it all, and it refuses to
// start with a key that cannot confirm or on the wrong chain.
func TestService_ConfirmsOverJSONRPCAndCountsInMetrics(t *testing.T) {
	w := newWorld(t, 4)
	ctx := context.Background()

	svc, err := NewService(ctx, w.serviceConfig(1, t.TempDir()), Deps{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = svc.Stop(context.Background()) })
	if svc.RPCAddr() != "" || svc.MetricsAddr() != "" {
		t.Errorf("addresses before Start: %q %q", svc.RPCAddr(), svc.MetricsAddr())
	}
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(svc.RPCAddr(), ":0") || strings.HasSuffix(svc.MetricsAddr(), ":0") || svc.RPCAddr() == svc.MetricsAddr() {
		t.Fatalf("bound addresses %q and %q", svc.RPCAddr(), svc.MetricsAddr())
	}
	if svc.AlertConfirmer() != w.chain.Accounts()[1].Address {
		t.Errorf("alert confirmer %s", svc.AlertConfirmer())
	}

	client, err := rpc.DialContext(ctx, "http://"+svc.RPCAddr())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	env, err := alert.Wrap(sampleAlert(7))
	if err != nil {
		t.Fatal(err)
	}
	rollupID := (*hexutil.Big)(big.NewInt(rollup))
	var task TaskResult
	if err := client.CallContext(ctx, &task, "aggregator_openTask", OpenTaskArgs{RollupChainID: rollupID, Envelope: env}); err != nil {
		t.Fatal(err)
	}
	info := TaskInfo{RollupChainID: big.NewInt(rollup), MessageHash: task.MessageHash, ReferenceBlock: uint32(task.ReferenceBlock), Digest: task.Digest}
	submit := func(op int) error {
		s := w.sign(t, info, op)
		var p Progress
		return client.CallContext(ctx, &p, "aggregator_submitSignature", SignatureArgs{RollupChainID: rollupID, MessageHash: s.MessageHash,
			ReferenceBlock: task.ReferenceBlock, OperatorID: s.OperatorID,
			Signature: G1{X: (*hexutil.Big)(s.Signature.X.BigInt(new(big.Int))), Y: (*hexutil.Big)(s.Signature.Y.BigInt(new(big.Int)))}})
	}
	if err := submit(3); err != nil {
		t.Fatal(err)
	}
	if err := submit(3); err == nil {
		t.Fatal("duplicate signature accepted")
	}
	// Between two signatures, the task is open.
	if m := scrape(t, svc.MetricsAddr()); !strings.Contains(m, "\n"+MetricOpenTasks+" 1\n") {
		t.Errorf("one task open, metrics:\n%s", m)
	}
	for _, op := range []int{1, 2} {
		if err := submit(op); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "confirmation", func() bool { return w.contains(t, info.MessageHash) })
	waitFor(t, "the task confirmed", func() bool {
		i, _ := svc.Aggregator().Task(big.NewInt(rollup), info.MessageHash)
		return i.State == StateConfirmed
	})

	// A body over the limit is refused before it is parsed.
	resp, err := http.Post("http://"+svc.RPCAddr(), "application/json", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"aggregator_task","params":["`+strings.Repeat("a", maxRequestBody)+`"]}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized request: status %d, want 413", resp.StatusCode)
	}

	m := scrape(t, svc.MetricsAddr())
	for _, want := range []string{
		MetricTasksOpened + " 1",
		MetricSignaturesOK + " 3",
		MetricSignaturesBad + `{reason="duplicate"} 1`,
		MetricSignaturesBad + `{reason="invalid_signature"} 0`,
		MetricConfirmAttempts + " 1",
		MetricConfirmFailures + " 0",
		MetricConfirmations + " 1",
		MetricTimeToConfirmSecs + "_count 1",
		MetricOpenTasks + " 0",
		MetricTasksResumed + " 0",
		"go_goroutines ",
	} {
		if !strings.Contains(m, "\n"+want) {
			t.Errorf("metrics do not contain %q", want)
		}
	}
	if t.Failed() {
		t.Logf("metrics:\n%s", m)
	}

	rpcAddr := svc.RPCAddr()
	stopCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
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
	if conn, err := net.Dial("tcp", rpcAddr); err == nil {
		conn.Close()
		t.Errorf("JSON-RPC port %s still accepts connections after Stop", rpcAddr)
	}
	if err := svc.Start(ctx); err == nil {
		t.Error("Start after Stop succeeded")
	}

	t.Run("a key that is not the alert confirmer is refused", func(t *testing.T) {
		cfg := w.serviceConfig(2, "")
		_, err := NewService(ctx, cfg, Deps{L1: w.chain.Client()})
		if !errors.Is(err, ErrNotAlertConfirmer) {
			t.Fatalf("NewService = %v, want ErrNotAlertConfirmer", err)
		}
		for _, want := range []string{w.chain.Accounts()[2].Address.Hex(), w.chain.Accounts()[1].Address.Hex(), w.d.Addresses.MachServiceManager.Hex()} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error does not name %s: %v", want, err)
			}
		}
	})

	t.Run("another chain's deployment is refused", func(t *testing.T) {
		cfg := w.serviceConfig(1, "")
		d := *w.d
		d.ChainInfo.ChainID++
		cfg.Deployment = &d
		_, err := NewService(ctx, cfg, Deps{L1: w.chain.Client()})
		if !errors.Is(err, ErrWrongChain) || !strings.Contains(err.Error(), "is on chain") {
			t.Fatalf("NewService = %v, want ErrWrongChain", err)
		}
	})

	t.Run("a busy port fails Start with the key's name, and Stop still cleans up", func(t *testing.T) {
		busy, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer busy.Close()
		cfg := w.serviceConfig(1, "")
		cfg.MetricsListen = busy.Addr().String()
		svc, err := NewService(ctx, cfg, Deps{L1: w.chain.Client()})
		if err != nil {
			t.Fatal(err)
		}
		err = svc.Start(ctx)
		if err == nil || !strings.Contains(err.Error(), "metrics_listen") {
			t.Errorf("Start on a busy port = %v", err)
		}
		rpcAddr := svc.RPCAddr()
		if err := svc.Stop(ctx); err != nil {
			t.Fatal(err)
		}
		if conn, err := net.Dial("tcp", rpcAddr); err == nil {
			conn.Close()
			t.Errorf("JSON-RPC listener %s left open", rpcAddr)
		}
		// The L1 client was given, not dialled: it still works.
		if _, err := w.chain.Client().BlockNumber(ctx); err != nil {
			t.Errorf("Stop closed the caller's client: %v", err)
		}
	})
}

func TestService_MissingInputsAreRefusedBeforeAnyIO(t *testing.T) {
	ctx := context.Background()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	full := ServiceConfig{Deployment: &deploy.Output{}, Key: key, Listen: "127.0.0.1:0", L1RPCURL: "http://127.0.0.1:1"}
	for _, tc := range []struct {
		name   string
		change func(*ServiceConfig)
		want   string
	}{
		{"no deployment", func(c *ServiceConfig) { c.Deployment = nil }, "the deployment is required"},
		{"no key", func(c *ServiceConfig) { c.Key = nil }, "the alert confirmer's key is required"},
		{"no listen address", func(c *ServiceConfig) { c.Listen = "" }, "the JSON-RPC listen address is required"},
		{"no L1", func(c *ServiceConfig) { c.L1RPCURL = "" }, "an L1 client or URL is required"},
		{"unreachable L1", func(*ServiceConfig) {}, "read the L1's chain ID"},
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
