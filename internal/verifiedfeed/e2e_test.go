package verifiedfeed

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

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
