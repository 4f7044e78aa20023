package proxy

import (
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakeClock is a clock the test moves.
type fakeClock struct{ ns atomic.Int64 }

func (c *fakeClock) now() time.Time          { return time.Unix(0, c.ns.Load()) }
func (c *fakeClock) advance(d time.Duration) { c.ns.Add(int64(d)) }

func TestLimiter_RateBurstAndBatches(t *testing.T) {
	clock := &fakeClock{}
	clock.advance(time.Hour)
	l := newLimiter(RateLimitConfig{PerSecond: 10, Burst: 5})
	l.now = clock.now
	a, b := netip.MustParseAddr("192.0.2.1"), netip.MustParseAddr("192.0.2.2")
	for i := range 5 {
		if ok, _ := l.allow(a, 1); !ok {
			t.Fatalf("call %d of the burst refused", i)
		}
	}
	ok, wait := l.allow(a, 1)
	if ok || wait <= 0 || wait > 100*time.Millisecond {
		t.Fatalf("call beyond the burst: allowed %v, wait %s", ok, wait)
	}
	if ok, _ := l.allow(b, 5); !ok {
		t.Fatal("another client was limited")
	}
	clock.advance(100 * time.Millisecond)
	if ok, _ := l.allow(a, 1); !ok {
		t.Fatal("refilled call refused")
	}
	if ok, _ := l.allow(a, 1); ok {
		t.Fatal("no refill yet, but allowed")
	}
	clock.advance(time.Second)
	if ok, _ := l.allow(a, 6); ok {
		t.Fatal("a batch larger than the burst was allowed")
	}
	if ok, _ := l.allow(a, 5); !ok {
		t.Fatal("a batch of the burst size after a full refill was refused")
	}
	clock.advance(time.Minute)
	l.sweep()
	n := 0
	l.clients.Range(func(any, any) bool { n++; return true })
	if n != 0 {
		t.Fatalf("%d idle clients left after a sweep", n)
	}
}

func TestLimiter_ConcurrentCallersNeverExceedTheBurst(t *testing.T) {
	l := newLimiter(RateLimitConfig{PerSecond: 0.001, Burst: 100}) // no refill within the test
	client := netip.MustParseAddr("192.0.2.9")
	var allowed atomic.Int64
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				if ok, _ := l.allow(client, 1); ok {
					allowed.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	if got := allowed.Load(); got != 100 {
		t.Fatalf("%d calls allowed, want exactly the burst of 100", got)
	}
}

func TestLimiter_ClientKeys(t *testing.T) {
	l := newLimiter(RateLimitConfig{PerSecond: 1, Burst: 1, IPHeader: "X-Forwarded-For"})
	for _, tc := range []struct{ remote, header, want string }{
		{"192.0.2.1:5555", "", "192.0.2.1"},
		{"[2001:db8:1:2:3:4:5:6]:443", "", "2001:db8:1:2::"},
		{"[::ffff:192.0.2.7]:1", "", "192.0.2.7"},
		{"10.0.0.1:80", "198.51.100.4, 10.0.0.1", "198.51.100.4"},
		{"10.0.0.1:80", "garbage", "10.0.0.1"},
	} {
		r := httptest.NewRequest(http.MethodPost, "/", nil)
		r.RemoteAddr = tc.remote
		if tc.header != "" {
			r.Header.Set("X-Forwarded-For", tc.header)
		}
		got, ok := l.clientOf(r)
		if !ok || got.String() != tc.want {
			t.Errorf("clientOf(%s, %q) = %s %v, want %s", tc.remote, tc.header, got, ok, tc.want)
		}
	}
}

func TestServer_RateLimitAnswers429WithRetryAfter(t *testing.T) {
	cfg := testConfig(fakeNode(t, "op").URL)
	cfg.RateLimit = RateLimitConfig{PerSecond: 0.5, Burst: 2}
	s, err := New(cfg, nil, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	front := httptest.NewServer(s.Handler())
	t.Cleanup(front.Close)
	call := `{"jsonrpc":"2.0","id":"c","method":"eth_chainId"}`
	for i := range 2 {
		if resp, body := post(t, front.URL+"/rpc/op", call); resp.StatusCode != http.StatusOK {
			t.Fatalf("call %d within the burst: %d %s", i, resp.StatusCode, body)
		}
	}
	resp, body := post(t, front.URL+"/rpc/op", call)
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("over the limit: %d, Retry-After %q", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	r, e := decodeOne(t, body)
	if e == nil || e.Code != CodeLimitExceeded || string(r.ID) != `"c"` || !strings.Contains(e.Message, "rate limit") {
		t.Fatalf("body %s", body)
	}
	_, body = post(t, front.URL+"/rpc/op", `[{"jsonrpc":"2.0","id":1,"method":"eth_chainId"},{"jsonrpc":"2.0","id":2,"method":"eth_chainId"},{"jsonrpc":"2.0","id":3,"method":"eth_chainId"}]`)
	if r, e := decodeOne(t, body); e == nil || string(r.ID) != "null" || !strings.Contains(e.Message, "larger than the burst") {
		t.Fatalf("oversized batch: %s", body)
	}
	if got := metricValue(t, s, "mach_proxy_requests_total", "rollup", "op", "method", "eth_chainId", "status", statusLimit); got != 4 {
		t.Errorf("limited calls counted %v, want 4", got)
	}
}
