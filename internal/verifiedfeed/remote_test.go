package verifiedfeed

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mach-avs/mach/verifier"
)

// fakeVerifier serves GET /status as a `mach verifier` would, with the answer the test sets. It stands in for
// the remote verifier's failures (5xx, another chain, garbage, no answer) that a real one does not produce on
// demand.
type fakeVerifier struct {
	srv *httptest.Server

	mu    sync.Mutex
	code  int
	body  []byte
	hang  bool     // block until the client gives up
	paths []string // request paths seen
}

func newFakeVerifier(t *testing.T) *fakeVerifier {
	t.Helper()
	f := &fakeVerifier{code: http.StatusOK}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		code, body, hang := f.code, f.body, f.hang
		f.paths = append(f.paths, r.URL.Path)
		f.mu.Unlock()
		if hang {
			<-r.Context().Done()
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		_, _ = w.Write(body)
	}))
	t.Cleanup(f.srv.Close)
	return f
}

// answer sets a status for chain with verified head n (none when n is 0).
func (f *fakeVerifier) answer(t *testing.T, chain, n uint64) {
	t.Helper()
	rep := verifier.StatusReport{RollupChainID: chain, UpstreamHead: n + 2, ReadAt: time.Now()}
	if n > 0 {
		rep.VerifiedHead = &verifier.HeadRef{Number: n, Hash: fakeHash(n)}
	}
	body, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	f.set(http.StatusOK, body)
}

// fakeHash is the hash the fake verifier gives block n.
func fakeHash(n uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(0xb10c0000 + n)) }

func (f *fakeVerifier) set(code int, body []byte) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.code, f.body, f.hang = code, body, false
}

func (f *fakeVerifier) hangs() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.hang = true
}

func (f *fakeVerifier) seen() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.paths...)
}

// syncBuffer is a log destination shared with the poller's goroutine.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// clock is a time the test moves.
type clock struct{ t atomic.Pointer[time.Time] }

func newClock() *clock {
	c := &clock{}
	c.set(time.Unix(1_700_000_000, 0))
	return c
}

func (c *clock) now() time.Time          { return *c.t.Load() }
func (c *clock) set(t time.Time)         { c.t.Store(&t) }
func (c *clock) advance(d time.Duration) { c.set(c.now().Add(d)) }

// newTestRemote is a Remote for chain 901 at url, on clk, logging to logs.
func newTestRemote(t *testing.T, url string, clk *clock, logs *syncBuffer) *Remote {
	t.Helper()
	r, err := NewRemote(RemoteConfig{URL: url, ChainID: 901, Interval: time.Hour, Timeout: 200 * time.Millisecond,
		MaxAge: 30 * time.Second, Logger: slog.New(slog.NewTextHandler(logs, nil)).With("rollup", "op")})
	if err != nil {
		t.Fatal(err)
	}
	r.now = clk.now
	return r
}

func headOf(r *Remote) uint64 { return r.Status().VerifiedNumber }

// The verifier's last good answer counts while it is fresh, through failures; once it is MaxAge old nothing is
// verified until the verifier answers again. Each change is logged once, naming the verifier by host: the URL's
// path (which may hold a key) appears in no log and no error.
func TestRemote_LastAnswerCountsUntilMaxAgeThenNothingIsVerified(t *testing.T) {
	ctx := context.Background()
	fv := newFakeVerifier(t)
	clk, logs := newClock(), &syncBuffer{}
	r := newTestRemote(t, fv.srv.URL+"/KEY-s3cr3t/", clk, logs)

	if st := r.Status(); st != (verifier.Status{}) {
		t.Fatalf("status before any poll: %+v", st)
	}
	fv.answer(t, 901, 7)
	if err := r.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if st := r.Status(); st.VerifiedNumber != 7 || st.VerifiedHash != fakeHash(7) || st.UpstreamHead != 9 {
		t.Fatalf("status after a good answer: %+v", st)
	}
	if p := fv.seen(); len(p) != 1 || p[0] != "/KEY-s3cr3t/status" {
		t.Errorf("paths polled: %q, want the URL's path with /status appended", p)
	}

	var errs []error
	for _, fail := range []func(){
		func() { fv.set(http.StatusServiceUnavailable, []byte("down")) },
		func() { fv.set(http.StatusOK, []byte("<html>not json")) },
		func() { fv.set(http.StatusNotFound, nil) },
		fv.hangs, // answers nothing: Poll gives up after Timeout
	} {
		fail()
		clk.advance(7 * time.Second)
		start := time.Now()
		err := r.Poll(ctx)
		if err == nil {
			t.Fatal("a failing verifier's poll succeeded")
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("a poll took %s; Timeout is 200ms", d)
		}
		errs = append(errs, err)
		if headOf(r) != 7 {
			t.Errorf("after a failure within MaxAge the head is %d, want the last answer's 7", headOf(r))
		}
	}
	clk.advance(3 * time.Second) // 31s since the answer
	if st := r.Status(); st != (verifier.Status{}) {
		t.Errorf("status past MaxAge: %+v, want none", st)
	}
	_ = r.Poll(ctx) // still failing: logs the expiry

	fv.answer(t, 901, 8)
	if err := r.Poll(ctx); err != nil || headOf(r) != 8 {
		t.Fatalf("after the verifier answers again: %v, head %d", err, headOf(r))
	}

	out := logs.String()
	for _, want := range []string{
		`level=WARN msg="verifier status unavailable`, "503 Service Unavailable",
		`level=WARN msg="verifier not heard from for max age`, `level=INFO msg="verifier status answers again" rollup=op verifier=` + fv.srv.URL + " verified=8",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("logs lack %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "verifier status unavailable"); n != 1 {
		t.Errorf("the failure was logged %d times, want once per run of failures:\n%s", n, out)
	}
	for _, err := range errs {
		if !strings.Contains(err.Error(), fv.srv.URL+"/…") {
			t.Errorf("error %q does not name the verifier as scheme://host/…", err)
		}
		if strings.Contains(err.Error(), "s3cr3t") {
			t.Errorf("error shows the URL's path: %v", err)
		}
	}
	if strings.Contains(out, "s3cr3t") {
		t.Errorf("logs show the URL's path:\n%s", out)
	}
}

// A verifier answering for another chain is refused at once, and what it said before no longer counts; Start
// refuses to run against it. A verifier with nothing verified yet reports no head.
func TestRemote_AnotherChainsVerifierIsRefused(t *testing.T) {
	ctx := context.Background()
	fv := newFakeVerifier(t)
	clk, logs := newClock(), &syncBuffer{}
	r := newTestRemote(t, fv.srv.URL, clk, logs)

	fv.answer(t, 901, 0)
	if err := r.Poll(ctx); err != nil || r.Status() != (verifier.Status{UpstreamHead: 2}) {
		t.Fatalf("a verifier without a head: %v, %+v", err, r.Status())
	}
	fv.answer(t, 901, 5)
	if err := r.Poll(ctx); err != nil || headOf(r) != 5 {
		t.Fatalf("good answer: %v, head %d", err, headOf(r))
	}
	fv.answer(t, 10, 6)
	err := r.Poll(ctx)
	if !errors.Is(err, ErrWrongChain) || !strings.Contains(err.Error(), "chain 10, the rollup is chain 901") {
		t.Fatalf("another chain's answer: %v", err)
	}
	if st := r.Status(); st != (verifier.Status{}) {
		t.Errorf("after another chain's answer: %+v, want nothing verified", st)
	}
	if !strings.Contains(logs.String(), `level=ERROR msg="verifier status refused`) {
		t.Errorf("no error logged:\n%s", logs.String())
	}

	other := newTestRemote(t, fv.srv.URL, clk, logs)
	if err := other.Start(ctx); !errors.Is(err, ErrWrongChain) {
		t.Errorf("Start against another chain's verifier: %v", err)
	}
	if err := other.Stop(ctx); err != nil {
		t.Errorf("Stop after a failed Start: %v", err)
	}
}

func TestNewRemote_RefusesBadURLsWithoutShowingThem(t *testing.T) {
	for _, u := range []string{"", "127.0.0.1:9091", "ws://host/s3cr3t", "http:///s3cr3t", "://s3cr3t"} {
		_, err := NewRemote(RemoteConfig{URL: u, ChainID: 901})
		if err == nil || strings.Contains(err.Error(), "s3cr3t") {
			t.Errorf("URL %q: %v", u, err)
		}
	}
	if _, err := NewRemote(RemoteConfig{URL: "http://127.0.0.1:9091"}); err == nil {
		t.Error("chain ID 0 accepted")
	}
	r, err := NewRemote(RemoteConfig{URL: "https://user:pw@v.example.org/k/status?x=1#frag", ChainID: 901})
	if err != nil {
		t.Fatal(err)
	}
	if r.statusURL != "https://user:pw@v.example.org/k/status?x=1" || r.where != "https://v.example.org/…" || r.shown != "https://v.example.org" {
		t.Errorf("status URL %q, shown %q / %q", r.statusURL, r.shown, r.where)
	}
}

// Started, a Remote polls every Interval until Stop; Stop is idempotent and nil-safe.
func TestRemote_StartPollsUntilStop(t *testing.T) {
	ctx := context.Background()
	fv := newFakeVerifier(t)
	fv.answer(t, 901, 3)
	r, err := NewRemote(RemoteConfig{URL: fv.srv.URL, ChainID: 901, Interval: 5 * time.Millisecond, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if headOf(r) != 3 {
		t.Errorf("after Start the head is %d, want 3 from the first poll", headOf(r))
	}
	if err := r.Start(ctx); err == nil {
		t.Error("Start twice succeeded")
	}
	fv.answer(t, 901, 4)
	waitUntil(t, "the poller to read head 4", func() bool { return headOf(r) == 4 })
	stopCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := r.Stop(stopCtx); err != nil {
		t.Fatal(err)
	}
	if err := r.Stop(stopCtx); err != nil {
		t.Errorf("second Stop: %v", err)
	}
	n := len(fv.seen())
	time.Sleep(30 * time.Millisecond) // six intervals: a poller still running would poll
	if got := len(fv.seen()); got != n {
		t.Errorf("%d polls after Stop", got-n)
	}
	if err := (*Remote)(nil).Stop(stopCtx); err != nil {
		t.Errorf("nil Stop: %v", err)
	}
	if err := r.Start(ctx); err == nil {
		t.Error("Start after Stop succeeded")
	}
}

// waitUntil polls cond every millisecond for up to 10 seconds.
func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

// The verifier's halt in /status is read with its head and under the same rule: it counts while the answer is
// fresh, and not once it is MaxAge old; an answer without a halt clears it.
func TestRemote_HaltCountsWhileTheAnswerIsFresh(t *testing.T) {
	ctx := context.Background()
	fv := newFakeVerifier(t)
	clk, logs := newClock(), &syncBuffer{}
	r := newTestRemote(t, fv.srv.URL, clk, logs)
	halt := &verifier.HaltSummary{Block: 8, BlockHash: fakeHash(8), Kind: "BlockMismatch", MessageHash: common.HexToHash("0xa1e7"),
		Reason: "state root: header 0x01, executed 0x02", DetectedAt: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)}
	body, err := json.Marshal(verifier.StatusReport{RollupChainID: 901, VerifiedHead: &verifier.HeadRef{Number: 7, Hash: fakeHash(7)},
		UpstreamHead: 9, Halted: halt, ReadAt: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	fv.set(http.StatusOK, body)
	if err := r.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if got := r.Halt(); got == nil || *got != *halt || headOf(r) != 7 {
		t.Fatalf("halt %+v, head %d; want %+v at head 7", got, headOf(r), halt)
	}
	if st := r.Status(); st.Halted != nil {
		t.Errorf("Status carries a halt without its signed alert: %+v", st.Halted)
	}
	clk.advance(31 * time.Second)
	if got := r.Halt(); got != nil {
		t.Errorf("halt past MaxAge: %+v, want none", got)
	}
	fv.answer(t, 901, 8)
	if err := r.Poll(ctx); err != nil || r.Halt() != nil {
		t.Errorf("after an answer without a halt: %v, %+v", err, r.Halt())
	}
}
