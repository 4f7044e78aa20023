package proxy

import (
	"bytes"
	"context"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// BenchmarkProxy compares, against the same in-process op-geth node and in one run, eth_getBalance at a fixed
// block sent directly, through a bare net/http/httputil.ReverseProxy hop (the floor of a naive Go proxy), and
// through Mach with the breaker (an alert source with no alert), metrics and limits on. ns/op and allocs/op
// include the node's own work (it runs in this process); the differences to "direct" are what each hop adds.
func BenchmarkProxy(b *testing.B) {
	chain := newChain(b, 1)
	dev := crypto.PubkeyToAddress(chain.Keys()[0].PublicKey).Hex()
	body := []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_getBalance","params":["` + dev + `","0x1"]}`)

	target, err := url.Parse(chain.URL())
	if err != nil {
		b.Fatal(err)
	}
	rp := httputil.NewSingleHostReverseProxy(target)
	rp.ErrorLog = log.New(io.Discard, "", 0)
	hop := httptest.NewServer(rp)
	b.Cleanup(hop.Close)

	cfg := testConfig(chain.URL())
	s, err := New(cfg, newTestAlerts(), discardLogger())
	if err != nil {
		b.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = s.Stop(ctx)
	})

	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	for _, tc := range []struct{ name, url string }{
		{"direct", chain.URL()},
		{"reverseproxy", hop.URL},
		{"mach", "http://" + s.Addr() + "/rpc/op"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			want := mustPost(b, client, tc.url, body)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if got := mustPost(b, client, tc.url, body); !bytes.Equal(got, want) {
					b.Fatalf("response %s, want %s", got, want)
				}
			}
		})
	}
}

func mustPost(b *testing.B, client *http.Client, url string, body []byte) []byte {
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		b.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		b.Fatalf("status %d, %v", resp.StatusCode, err)
	}
	return bytes.TrimSpace(out)
}
