package verifiedfeed

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/mach-avs/mach/devnet/fault"
	"github.com/mach-avs/mach/devnet/l2"
	"github.com/mach-avs/mach/proxy"
	"github.com/mach-avs/mach/verifier"
)

// finalityOf asks the proxy at url mach_finality(arg).
func finalityOf(t *testing.T, url, arg string) proxy.Finality {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"mach_finality","params":[`+arg+`]}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Result *proxy.Finality  `json:"result"`
		Error  *json.RawMessage `json:"error"`
	}
	if err := json.Unmarshal(body, &r); err != nil || r.Error != nil || r.Result == nil {
		t.Fatalf("mach_finality(%s): %s (%v)", arg, body, err)
	}
	return *r.Result
}

func describe(f proxy.Finality) string {
	vh := "null"
	if f.VerifiedHead != nil {
		vh = fmt.Sprint(*f.VerifiedHead)
	}
	return fmt.Sprintf("%s block %d verifiedHead %s", f.Status, f.Block, vh)
}

// The whole remote path with a real verifier: a `mach verifier` service on an in-process L2 serves /status, a
// Remote polls it, the Feed publishes its head, and a started proxy answers mach_finality from it: verified at or
// below the verifier's head (by number and by hash), unsafe above. When the verifier stops, its last head counts
// until it is MaxAge old; then nothing is verified.
func TestRemote_FeedsMachFinalityOfAStartedProxy(t *testing.T) {
	ctx := context.Background()
	log := slog.New(slog.DiscardHandler)
	chain, err := l2.New(l2.Config{Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	for range 4 {
		if _, err := chain.BuildBlock(ctx); err != nil {
			t.Fatal(err)
		}
	}
	svc, err := verifier.NewService(ctx, verifier.ServiceConfig{
		Verifier: verifier.Config{RollupChainID: l2.DefaultChainID, ChainConfig: chain.ChainConfig(), AnchorHash: chain.Genesis().Hash(),
			PollInterval: 10 * time.Millisecond, RetryInterval: 50 * time.Millisecond},
		L2RPCURL: chain.URL(), MetricsListen: "127.0.0.1:0", Logger: log,
	}, verifier.Deps{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Stop(context.Background()) })
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the verifier to verify block 4", func() bool { return svc.Status().VerifiedNumber == 4 })

	clk := newClock()
	remote, err := NewRemote(RemoteConfig{URL: "http://" + svc.MetricsAddr(), ChainID: l2.DefaultChainID,
		Interval: 10 * time.Millisecond, MaxAge: 30 * time.Second, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	remote.now = clk.now
	if err := remote.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { remote.Stop(context.Background()) })
	feed := New(5 * time.Millisecond)
	if err := feed.Add(l2.DefaultChainID, remote); err != nil {
		t.Fatal(err)
	}
	if err := feed.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { feed.Stop(context.Background()) })

	cfg := proxy.DefaultConfig()
	cfg.Listen = "127.0.0.1:0"
	cfg.Rollups = []proxy.RollupConfig{{Name: "op", ChainID: l2.DefaultChainID, Upstreams: []proxy.UpstreamConfig{{URL: chain.URL()}}}}
	srv, err := proxy.New(cfg, nil, log)
	if err != nil {
		t.Fatal(err)
	}
	srv.SetVerifiedHeads(feed)
	if err := srv.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Stop(context.Background()) })
	url := "http://" + srv.Addr() + "/rpc/op"

	hash := func(n uint64) string {
		return `"` + chain.Backend().BlockChain().GetHeaderByNumber(n).Hash().Hex() + `"`
	}
	for _, c := range []struct {
		arg, want string
	}{
		{`"0x2"`, "verified block 2 verifiedHead 4"},
		{`"0x4"`, "verified block 4 verifiedHead 4"},
		{hash(4), "verified block 4 verifiedHead 4"},
		{hash(3), "verified block 3 verifiedHead 4"},
		{`"0x5"`, "unsafe block 5 verifiedHead 4"},
	} {
		if got := describe(finalityOf(t, url, c.arg)); got != c.want {
			t.Errorf("mach_finality(%s) = %s, want %s", c.arg, got, c.want)
		}
	}

	// The verifier stops answering: its head still counts while fresh, and not once MaxAge old.
	stopCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := svc.Stop(stopCtx); err != nil {
		t.Fatal(err)
	}
	if got := describe(finalityOf(t, url, `"0x4"`)); got != "verified block 4 verifiedHead 4" {
		t.Errorf("just after the verifier stopped: %s, want its last head still verified", got)
	}
	clk.advance(31 * time.Second)
	waitUntil(t, "block 4 to be unsafe once the verifier is stale", func() bool {
		return describe(finalityOf(t, url, `"0x4"`)) == "unsafe block 4 verifiedHead null"
	})
	if _, ok := feed.VerifiedHead(l2.DefaultChainID); ok {
		t.Error("the feed still has a head for a stale verifier")
	}
}

// startVerifier runs a `mach verifier` service on the L2 at l2URL (chain l2.DefaultChainID), its /status guarded
// by token when set.
func startVerifier(t *testing.T, chain *l2.Chain, l2URL, token string) *verifier.Service {
	t.Helper()
	ctx := context.Background()
	svc, err := verifier.NewService(ctx, verifier.ServiceConfig{
		Verifier: verifier.Config{RollupChainID: l2.DefaultChainID, ChainConfig: chain.ChainConfig(), AnchorHash: chain.Genesis().Hash(),
			PollInterval: 10 * time.Millisecond, RetryInterval: 50 * time.Millisecond},
		L2RPCURL: l2URL, MetricsListen: "127.0.0.1:0", StatusToken: token, Logger: slog.New(slog.DiscardHandler),
	}, verifier.Deps{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stopCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		svc.Stop(stopCtx)
	})
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	return svc
}

// newChain is an in-process L2 with n blocks.
func newChain(t *testing.T, n int) *l2.Chain {
	t.Helper()
	chain, err := l2.New(l2.Config{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	for range n {
		if _, err := chain.BuildBlock(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	return chain
}

// newProxy is a proxy (not started: Status and the registry need no listener) serving rollup "op" from upstream,
// fed by feed.
func newProxy(t *testing.T, upstream string, feed proxy.VerifiedHeads) *proxy.Server {
	t.Helper()
	cfg := proxy.DefaultConfig()
	cfg.Listen = "127.0.0.1:0"
	cfg.Rollups = []proxy.RollupConfig{{Name: "op", ChainID: l2.DefaultChainID, Upstreams: []proxy.UpstreamConfig{{URL: upstream}}}}
	srv, err := proxy.New(cfg, nil, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	srv.SetVerifiedHeads(feed)
	return srv
}

// haltedGauge is mach_proxy_verifier_halted{rollup="op"} on srv's registry, -1 when absent.
func haltedGauge(t *testing.T, srv *proxy.Server) float64 {
	t.Helper()
	families, err := srv.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() != "mach_proxy_verifier_halted" {
			continue
		}
		for _, m := range f.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "rollup" && l.GetValue() == "op" {
					return m.GetGauge().GetValue()
				}
			}
		}
	}
	return -1
}

// A real verifier halts at block 3, which the L2 front it reads serves with a wrong state root. The halt reaches
// a proxy both ways it is fed: in process (a Feed over the verifier itself, as mach devnet runs it) and remotely
// (a Remote polling the verifier's /status with its token, as mach proxy runs it). Either way the proxy's /status
// shows the invalid block, its hash, the alert's kind, hash and reason, mach_proxy_verifier_halted is 1, the
// verified head stays the last valid block, and the feed logs the halt once, naming the rollup and the block.
func TestVerifierHalt_ShowsInTheProxyFedInProcessOrRemotely(t *testing.T) {
	ctx := context.Background()
	chain := newChain(t, 4)
	lie, err := fault.New("127.0.0.1:0", chain.URL(), fault.Fault{Kind: fault.InvalidStateRoot, Block: 3})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lie.Close() })
	const token = "tok-s3cr3t-0123456789"
	svc := startVerifier(t, chain, lie.URL(), token)
	waitUntil(t, "the verifier to halt at block 3", func() bool { return svc.Status().Halted != nil })
	st := svc.Status()
	if st.VerifiedNumber != 2 || st.Halted.Block != 3 {
		t.Fatalf("verifier: verified %d, halted at %d; want 2 and 3", st.VerifiedNumber, st.Halted.Block)
	}
	want := proxy.VerifierHalt{Block: 3, BlockHash: st.Halted.BlockHash, Kind: "BlockMismatch",
		MessageHash: st.Halted.Alert.MessageHash(), DetectedAt: st.Halted.DetectedAt.UTC()}

	remote, err := NewRemote(RemoteConfig{URL: "http://" + svc.MetricsAddr(), ChainID: l2.DefaultChainID, Token: token,
		Interval: time.Hour, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	if err := remote.Poll(ctx); err != nil {
		t.Fatalf("poll with the verifier's token: %v", err)
	}
	for _, c := range []struct {
		name string
		src  Source
	}{{"in process", svc.Verifier()}, {"remote", remote}} {
		t.Run(c.name, func(t *testing.T) {
			var logs syncBuffer
			feed := New(time.Hour)
			feed.SetLogger(slog.New(slog.NewTextHandler(&logs, nil)), map[uint64]string{l2.DefaultChainID: "op"})
			if err := feed.Add(l2.DefaultChainID, c.src); err != nil {
				t.Fatal(err)
			}
			srv := newProxy(t, chain.URL(), feed)
			r := srv.Status().Rollups[0]
			if r.VerifiedHead == nil || r.VerifiedHead.Number != 2 {
				t.Errorf("verified head %+v, want block 2", r.VerifiedHead)
			}
			h := r.VerifierHalted
			if h == nil {
				t.Fatal("/status shows no halt")
			}
			if !strings.Contains(h.Reason, "state root") {
				t.Errorf("reason %q does not name the state root", h.Reason)
			}
			if h.Block != want.Block || h.BlockHash != want.BlockHash || h.Kind != want.Kind || h.MessageHash != want.MessageHash ||
				!h.DetectedAt.Equal(want.DetectedAt) {
				t.Errorf("halt %+v, want %+v", *h, want)
			}
			if h.SeenAt.IsZero() {
				t.Error("the halt has no SeenAt")
			}
			if v := haltedGauge(t, srv); v != 1 {
				t.Errorf("mach_proxy_verifier_halted{rollup=op} = %v, want 1", v)
			}
			feed.Refresh() // the same halt: not logged again
			out := logs.String()
			if n := strings.Count(out, `msg="verifier halted`); n != 1 || !strings.Contains(out, "level=WARN") ||
				!strings.Contains(out, "rollup=op") || !strings.Contains(out, "block=3 hash="+want.BlockHash.Hex()) {
				t.Errorf("want one warning naming rollup op and block 3, got %d:\n%s", n, out)
			}
			if strings.Contains(out, token) {
				t.Errorf("the log shows the token:\n%s", out)
			}
		})
	}
}

// A verifier whose /status needs a token: a Remote with the token polls it; one with another token, or none, is
// refused (401) with an error that says what to fix and never shows a token, logs it once as an error, and
// reports nothing, so a proxy fed by it has no verified head (the verifier counts as unavailable).
func TestRemote_VerifierStatusTokenIsRequired(t *testing.T) {
	ctx := context.Background()
	chain := newChain(t, 2)
	const token = "tok-s3cr3t-0123456789"
	svc := startVerifier(t, chain, chain.URL(), token)
	waitUntil(t, "the verifier to verify block 2", func() bool { return svc.Status().VerifiedNumber == 2 })

	for _, c := range []struct {
		name, token, wantErr string
	}{
		{"right token", token, ""},
		{"wrong token", "tok-wr0ng-9876543210", "the verifier refused the token: check verifier_token_env"},
		{"no token", "", "the verifier requires a token: set the rollup's verifier_token_env"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var logs syncBuffer
			r, err := NewRemote(RemoteConfig{URL: "http://" + svc.MetricsAddr(), ChainID: l2.DefaultChainID, Token: c.token,
				Interval: time.Hour, Logger: slog.New(slog.NewTextHandler(&logs, nil)).With("rollup", "op")})
			if err != nil {
				t.Fatal(err)
			}
			if err := r.Start(ctx); err != nil { // a refusal does not stop the proxy
				t.Fatalf("Start: %v", err)
			}
			t.Cleanup(func() { r.Stop(context.Background()) })
			err = r.Poll(ctx)
			feed := New(time.Hour)
			if err := feed.Add(l2.DefaultChainID, r); err != nil {
				t.Fatal(err)
			}
			head := newProxy(t, chain.URL(), feed).Status().Rollups[0].VerifiedHead
			if c.wantErr == "" {
				if err != nil || head == nil || head.Number != 2 {
					t.Fatalf("with the token: %v, proxy's verified head %+v", err, head)
				}
				return
			}
			if !errors.Is(err, ErrUnauthorized) || !strings.Contains(err.Error(), c.wantErr) || !strings.Contains(err.Error(), "401") {
				t.Errorf("poll: %v; want ErrUnauthorized saying %q", err, c.wantErr)
			}
			if head != nil {
				t.Errorf("the proxy has verified head %+v from a verifier that refused it", head)
			}
			out := logs.String()
			if n := strings.Count(out, "level=ERROR"); n != 1 || !strings.Contains(out, c.wantErr) || !strings.Contains(out, "rollup=op") {
				t.Errorf("want one error logged for the run of refusals, got %d:\n%s", n, out)
			}
			for _, s := range []string{out, err.Error()} {
				if strings.Contains(s, "s3cr3t") || strings.Contains(s, "wr0ng") {
					t.Errorf("a token shows in %q", s)
				}
			}
		})
	}
}
