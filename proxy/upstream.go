package proxy

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/prometheus/client_golang/prometheus"
)

// upstream is one node serving a rollup's JSON-RPC over HTTP. Its health is read lock-free on the hot path.
type upstream struct {
	name   string
	target *url.URL // never logged: it may carry an API key
	header http.Header
	rt     http.RoundTripper
	h1     *h1Client // for plain-http upstreams; nil: rt

	wsURL    string      // "" when the upstream serves HTTP only; never logged
	wsHeader http.Header // basic auth from credentials in ws_url, or nil

	duration prometheus.Observer // mach_proxy_upstream_duration_seconds

	healthy atomic.Bool
	head    atomic.Uint64
	reqs    atomic.Uint64 // calls sent since the last health round
	fails   atomic.Uint64 // of which failed (transport, HTTP status, undecodable body)

	mu        sync.Mutex // guards the fields below, read by /status only
	lastErr   string
	lastCheck time.Time
	latency   time.Duration
	errRate   float64
}

// UpstreamStatus is an upstream's health as /status reports it.
type UpstreamStatus struct {
	Name      string    `json:"name"`
	Healthy   bool      `json:"healthy"`
	Head      uint64    `json:"head"`
	Lag       uint64    `json:"lag"`
	ErrorRate float64   `json:"errorRate"`
	LatencyMS float64   `json:"latencyMs"`
	LastCheck time.Time `json:"lastCheck"`
	LastError string    `json:"lastError,omitempty"`
}

// wireResponse is an upstream's response object; result and error are kept byte for byte.
type wireResponse struct {
	ID     json.RawMessage `json:"id"`
	Result json.RawMessage `json:"result"`
	Error  json.RawMessage `json:"error"`
}

// answer is the answer to one forwarded call: a raw result, a raw error object from the upstream, or an error made
// by the proxy.
type answer struct {
	result   json.RawMessage
	errObj   json.RawMessage
	err      *Error
	upstream string // the upstream that answered, "" if the proxy did
}

// txIndexingMessage is go-ethereum's error (-32000) for a lookup by transaction hash while its transaction index
// is being built.
const txIndexingMessage = "transaction indexing is in progress"

// notIndexedYet reports whether an answer among out is go-ethereum's "transaction indexing is in progress".
func notIndexedYet(out []answer) bool {
	for i := range out {
		if e := out[i].errObj; len(e) > 0 && bytes.Contains(e, []byte(txIndexingMessage)) {
			var obj struct {
				Code    int    `json:"code"`
				Message string `json:"message"`
			}
			if json.Unmarshal(e, &obj) == nil && obj.Code == -32000 && obj.Message == txIndexingMessage {
				return true
			}
		}
	}
	return false
}

// attemptError is a failed exchange with an upstream.
type attemptError struct {
	err       error
	retryable bool // another upstream may succeed
	down      bool // the upstream looks dead (connection refused or reset): mark it unhealthy at once
	limit     bool // the response exceeded the size limit
	timeout   bool // the deadline passed
}

func (e *attemptError) Error() string { return e.err.Error() }

// poolSettings are the pool's share of Config.
type poolSettings struct {
	timeouts      Timeouts
	retries       int
	maxLag        uint64
	maxErrorRate  float64
	minSamples    uint64
	maxRespBytes  int64
	healthTimeout time.Duration
}

// pool is a rollup's set of upstreams.
type pool struct {
	rollup  string
	ups     []*upstream
	next    atomic.Uint32
	set     poolSettings
	metrics *metrics
	log     *slog.Logger
	best    atomic.Uint64 // highest head seen by the last health round
	// trackTags makes the health checks read every upstream's safe and finalized blocks, for tag rewriting;
	// tags holds the lowest of the healthy upstreams' (plus one; 0 when none reported it).
	trackTags bool
	tags      [2]atomic.Uint64
}

func newPool(rollup string, ups []UpstreamConfig, set poolSettings, rt http.RoundTripper, m *metrics, log *slog.Logger) (*pool, error) {
	p := &pool{rollup: rollup, set: set, metrics: m, log: log}
	for _, uc := range ups {
		target, err := url.Parse(uc.URL)
		if err != nil {
			return nil, fmt.Errorf("proxy: rollup %s: upstream %s: the URL does not parse", rollup, uc.Name)
		}
		header := jsonHeader
		if target.User != nil { // credentials in the URL become basic auth, as http.Client would do
			header = jsonHeader.Clone()
			pw, _ := target.User.Password()
			r := http.Request{Header: header}
			r.SetBasicAuth(target.User.Username(), pw)
			target = &url.URL{Scheme: target.Scheme, Host: target.Host, Path: target.Path, RawPath: target.RawPath, RawQuery: target.RawQuery}
		}
		u := &upstream{name: uc.Name, target: target, header: header, rt: rt, h1: newH1Client(target, header),
			duration: m.upstreamDuration.WithLabelValues(rollup, uc.Name)}
		if uc.WSURL != "" {
			ws, err := url.Parse(uc.WSURL)
			if err != nil {
				return nil, fmt.Errorf("proxy: rollup %s: upstream %s: the ws_url does not parse", rollup, uc.Name)
			}
			if ws.User != nil {
				pw, _ := ws.User.Password()
				r := http.Request{Header: http.Header{}}
				r.SetBasicAuth(ws.User.Username(), pw)
				u.wsHeader = r.Header
				ws.User = nil
			}
			u.wsURL = ws.String()
		}
		u.healthy.Store(true) // optimistic until the first health round
		m.upstreamHealthy.WithLabelValues(rollup, u.name).Set(1)
		p.ups = append(p.ups, u)
	}
	return p, nil
}

// order returns the upstreams to try: the healthy ones, rotating round-robin, then the unhealthy ones as a last
// resort (a pool that believes every upstream is down still tries them rather than failing outright).
func (p *pool) order(dst []*upstream) []*upstream {
	n := len(p.ups)
	start := int(p.next.Add(1)) % n
	for i := 0; i < n; i++ {
		if u := p.ups[(start+i)%n]; u.healthy.Load() {
			dst = append(dst, u)
		}
	}
	for i := 0; i < n; i++ {
		if u := p.ups[(start+i)%n]; !u.healthy.Load() {
			dst = append(dst, u)
		}
	}
	return dst
}

// forward sends calls[idx[0]], calls[idx[1]], … (every call when idx is nil) to an upstream, as one batch when
// batch is set, and stores one answer per call sent in out (in idx order); it returns the upstream that answered ("" if none did). Idempotent reads are retried on
// the next upstream after a transport failure; anything else is sent once. The whole exchange is bounded by the
// longest timeout of the calls' classes, as a deadline on the connection (no context per call).
//
// The answers alias the response body, held in a pooled buffer: the caller passes the returned buffer to
// releaseResponse once it no longer needs them (nil is fine).
func (p *pool) forward(ctx context.Context, calls []Call, idx []int, batch bool, out []answer) (string, *[]byte) {
	n := len(calls)
	if idx != nil {
		n = len(idx)
	}
	pick := func(j int) *Call {
		if idx != nil {
			return &calls[idx[j]]
		}
		return &calls[j]
	}
	idempotent := true
	var timeout time.Duration
	for j := range n {
		cl := classOf(pick(j).Method)
		idempotent = idempotent && cl.idempotent()
		timeout = max(timeout, p.set.timeouts.of(cl))
	}
	deadline := time.Now().Add(timeout)

	bp := bufPool.Get().(*[]byte)
	defer func() {
		if cap(*bp) <= 1<<20 {
			bufPool.Put(bp)
		}
	}()
	body := (*bp)[:0]
	if batch {
		body = append(body, '[')
	}
	for i := range n {
		c := pick(i)
		if i > 0 {
			body = append(body, ',')
		}
		body = append(body, `{"jsonrpc":"2.0","id":`...)
		body = strconv.AppendInt(body, int64(i), 10)
		body = append(body, `,"method":`...)
		body = append(body, c.MethodRaw...)
		if c.Params != nil {
			body = append(body, `,"params":`...)
			body = append(body, c.Params...)
		}
		body = append(body, '}')
	}
	if batch {
		body = append(body, ']')
	}
	*bp = body[:0]

	attempts := 1
	if idempotent {
		attempts += p.set.retries
	}
	var ubuf [8]*upstream
	order := p.order(ubuf[:0])
	var last *attemptError
	for i := 0; i < attempts && i < len(order) && time.Now().Before(deadline) && ctx.Err() == nil; i++ {
		u := order[i]
		buf, err := p.attempt(ctx, deadline, u, body, batch, idempotent, out)
		if err == nil && idempotent && i+1 < attempts && i+1 < len(order) && order[i+1].healthy.Load() && notIndexedYet(out) {
			// The node answered, but only that it is still indexing transactions (a node just restarted, or one
			// whose index is being rebuilt): a healthy other upstream can answer the read. On the last upstream
			// to try, the node's answer goes to the client as it is.
			releaseResponse(buf)
			p.log.Debug("upstream still indexing transactions: read sent to the next upstream", "rollup", p.rollup, "upstream", u.name)
			continue
		}
		if err == nil {
			for i := range out {
				out[i].upstream = u.name
			}
			return u.name, buf
		}
		last = err
		if !err.retryable {
			break
		}
	}
	var e *Error
	switch {
	case (last != nil && last.timeout) || !time.Now().Before(deadline):
		e = &Error{Code: CodeTimeout, Message: fmt.Sprintf("request timed out: no upstream of rollup %s answered within %s", p.rollup, timeout)}
	case last != nil && last.limit:
		e = &Error{Code: CodeLimitExceeded, Message: fmt.Sprintf("response too large: the limit is %d bytes", p.set.maxRespBytes)}
	case last != nil:
		e = &Error{Code: CodeInternal, Message: fmt.Sprintf("upstream unavailable: no upstream of rollup %s answered: %v", p.rollup, last)}
	default:
		e = &Error{Code: CodeInternal, Message: fmt.Sprintf("upstream unavailable: rollup %s has no upstream to try", p.rollup)}
	}
	for i := range out {
		out[i] = answer{err: e}
	}
	return "", nil
}

// attempt sends body to u and decodes len(out) answers into out.
func (p *pool) attempt(ctx context.Context, deadline time.Time, u *upstream, body []byte, batch, idempotent bool, out []answer) (*[]byte, *attemptError) {
	u.reqs.Add(1)
	start := time.Now()
	raw, buf, aerr := u.post(ctx, deadline, body, p.set.maxRespBytes, idempotent)
	u.duration.Observe(time.Since(start).Seconds())
	if aerr == nil {
		if err := decodeAnswers(raw, batch, out); err != nil {
			aerr = &attemptError{err: fmt.Errorf("upstream %s: %w", u.name, err), retryable: true}
		}
	}
	if aerr != nil {
		releaseResponse(buf)
		u.fails.Add(1)
		if aerr.down && u.healthy.CompareAndSwap(true, false) {
			p.metrics.upstreamHealthy.WithLabelValues(p.rollup, u.name).Set(0)
			p.log.Warn("upstream marked down", "rollup", p.rollup, "upstream", u.name, "err", aerr.err)
		}
		return nil, aerr
	}
	return buf, nil
}

// respPool holds buffers for upstream responses.
var respPool = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

// releaseResponse returns a response buffer to the pool; nothing may use the answers read into it afterwards.
func releaseResponse(buf *[]byte) {
	if buf != nil && cap(*buf) <= 1<<20 {
		*buf = (*buf)[:0]
		respPool.Put(buf)
	}
}

// jsonHeader is the header of every request to an upstream without credentials in its URL. Requests share it:
// the transport only reads it.
var jsonHeader = http.Header{"Content-Type": {"application/json"}, "Accept": {"application/json"}}

// post sends one HTTP request and returns the response body, read into a pooled buffer returned with it (also on
// some errors) for releaseResponse. Plain-http upstreams go through the upstream's h1Client; others (https)
// through net/http's transport, straight (no redirects, no client-level header copies), with GetBody so that the
// transport can resend a request it could not write on a stale keep-alive connection.
func (u *upstream) post(ctx context.Context, deadline time.Time, body []byte, maxResp int64, idempotent bool) ([]byte, *[]byte, *attemptError) {
	if u.h1 != nil {
		buf := respPool.Get().(*[]byte)
		status, raw, err := u.h1.post(deadline, body, (*buf)[:0], maxResp, idempotent)
		*buf = raw[:0]
		switch {
		case err != nil && err.limit:
			return nil, buf, &attemptError{err: fmt.Errorf("upstream %s: response larger than %d bytes", u.name, maxResp), limit: true}
		case err != nil && err.timeout:
			return nil, buf, &attemptError{err: fmt.Errorf("upstream %s: %w", u.name, err), timeout: true}
		case err != nil:
			// A refused connection, or one broken mid-exchange: the upstream looks dead. (A stale keep-alive
			// connection was already replaced for idempotent calls; for others it is reported, not retried.)
			return nil, buf, &attemptError{err: fmt.Errorf("upstream %s: %w", u.name, err), retryable: true, down: !errors.Is(err.err, errStale)}
		case status != http.StatusOK:
			return nil, buf, &attemptError{err: fmt.Errorf("upstream %s: HTTP status %d", u.name, status), retryable: true}
		}
		return raw, buf, nil
	}
	ctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	req := (&http.Request{
		Method:        http.MethodPost,
		URL:           u.target,
		Host:          u.target.Host,
		Header:        u.header,
		Body:          io.NopCloser(bytes.NewReader(body)),
		ContentLength: int64(len(body)),
		GetBody:       func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil },
	}).WithContext(ctx)
	resp, err := u.rt.RoundTrip(req)
	if err != nil {
		err = unwrapURL(err)
		if ctx.Err() != nil {
			return nil, nil, &attemptError{err: fmt.Errorf("upstream %s: %w", u.name, err), timeout: errors.Is(ctx.Err(), context.DeadlineExceeded)}
		}
		return nil, nil, &attemptError{err: fmt.Errorf("upstream %s: %w", u.name, err), retryable: true, down: true}
	}
	defer resp.Body.Close()
	if resp.ContentLength > maxResp {
		return nil, nil, &attemptError{err: fmt.Errorf("upstream %s: response larger than %d bytes", u.name, maxResp), limit: true}
	}
	buf := respPool.Get().(*[]byte)
	raw := (*buf)[:0]
	if cl := resp.ContentLength; cl > int64(cap(raw)) {
		raw = make([]byte, 0, cl)
	}
	raw, err = readBody(resp.Body, maxResp, raw)
	*buf = raw[:0]
	switch {
	case errors.Is(err, errBodyTooLarge):
		return nil, buf, &attemptError{err: fmt.Errorf("upstream %s: response larger than %d bytes", u.name, maxResp), limit: true}
	case err != nil && ctx.Err() != nil:
		return nil, buf, &attemptError{err: fmt.Errorf("upstream %s: read response: %w", u.name, unwrapURL(err)), timeout: errors.Is(ctx.Err(), context.DeadlineExceeded)}
	case err != nil:
		return nil, buf, &attemptError{err: fmt.Errorf("upstream %s: read response: %w", u.name, unwrapURL(err)), retryable: true, down: true}
	case resp.StatusCode != http.StatusOK:
		return nil, buf, &attemptError{err: fmt.Errorf("upstream %s: HTTP status %d", u.name, resp.StatusCode), retryable: true}
	}
	return raw, buf, nil
}

// unwrapURL drops the *url.Error wrapper, whose message carries the URL (and with it any API key).
func unwrapURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// decodeResponse picks the members of one response object.
func decodeResponse(obj []byte) (r wireResponse) {
	for it := newMemberIter(obj); ; {
		k, v, ok := it.next()
		if !ok {
			break
		}
		switch {
		case keyIs(k, "id"):
			r.ID = v
		case keyIs(k, "result"):
			r.Result = v
		case keyIs(k, "error"):
			r.Error = v
		}
	}
	return r
}

// decodeAnswers matches an upstream's response to the len(answers) calls it was sent (ids 0..n-1), storing the
// answers, which alias raw.
func decodeAnswers(raw []byte, batch bool, answers []answer) error {
	n := len(answers)
	clear(answers)
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return errors.New("empty response")
	}
	if raw[0] == '{' {
		r, ok := checkResponse(raw)
		if !ok {
			return errors.New("undecodable response: not JSON")
		}
		if batch && r.Error != nil && (r.ID == nil || bytes.Equal(r.ID, nullJSON)) {
			// The upstream refused the batch as a whole: that is its answer to every call.
			for i := range answers {
				answers[i].errObj = r.Error
			}
			return nil
		}
		if batch {
			return errors.New("a single response to a batch")
		}
		if r.Result == nil && r.Error == nil {
			return errors.New("a response with neither result nor error")
		}
		answers[0] = answer{result: r.Result, errObj: r.Error}
		return nil
	}
	if !validJSON(raw) {
		return errors.New("undecodable response: not JSON")
	}
	if !batch || raw[0] != '[' {
		return errors.New("a response that is neither an object nor a batch")
	}
	seen := 0
	for it := newElemIter(raw); ; {
		elem, ok := it.next()
		if !ok {
			break
		}
		r := decodeResponse(elem)
		i, ok := smallIndex(r.ID, n)
		if !ok || answers[i].result != nil || answers[i].errObj != nil || (r.Result == nil && r.Error == nil) {
			continue
		}
		answers[i] = answer{result: r.Result, errObj: r.Error}
		seen++
	}
	if seen < n {
		missing := &Error{Code: CodeInternal, Message: "upstream gave no answer to this call"}
		for i := range answers {
			if answers[i].result == nil && answers[i].errObj == nil {
				answers[i].err = missing
			}
		}
	}
	return nil
}

// smallIndex parses id as a decimal index below n.
func smallIndex(id []byte, n int) (int, bool) {
	if len(id) == 0 || len(id) > 9 {
		return 0, false
	}
	i := 0
	for _, c := range id {
		if c < '0' || c > '9' {
			return 0, false
		}
		i = i*10 + int(c-'0')
	}
	return i, i < n
}

var (
	probeBody = []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`)
	// tagProbeBody also asks for the safe and finalized blocks, for rollups whose tags are rewritten.
	tagProbeBody = []byte(`[{"jsonrpc":"2.0","id":0,"method":"eth_blockNumber","params":[]},` +
		`{"jsonrpc":"2.0","id":1,"method":"eth_getBlockByNumber","params":["safe",false]},` +
		`{"jsonrpc":"2.0","id":2,"method":"eth_getBlockByNumber","params":["finalized",false]}]`)
)

// probe is one upstream's answer to a health check.
type probe struct {
	head      uint64
	err       error
	latency   time.Duration
	tags      [2]uint64 // safe, finalized
	tagsKnown [2]bool
}

// checkHealth probes every upstream with eth_blockNumber at once and updates their health: an upstream is healthy
// when it answered, is at most maxLag blocks behind the best upstream, and failed at most maxErrorRate of the calls
// it got since the previous round (counted once it got minSamples). With trackTags it also reads every upstream's
// safe and finalized blocks, and keeps the lowest of the healthy ones'.
func (p *pool) checkHealth(ctx context.Context) {
	probes := make([]probe, len(p.ups))
	var wg sync.WaitGroup
	for i, u := range p.ups {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start := time.Now()
			body := probeBody
			if p.trackTags {
				body = tagProbeBody
			}
			raw, buf, aerr := u.post(ctx, start.Add(p.set.healthTimeout), body, 1<<20, true)
			defer releaseResponse(buf)
			probes[i].latency = time.Since(start)
			if aerr != nil {
				probes[i].err = aerr
				return
			}
			probes[i].decode(u.name, raw, p.trackTags)
		}()
	}
	wg.Wait()
	if ctx.Err() != nil {
		return
	}
	var best uint64
	for _, pr := range probes {
		if pr.err == nil {
			best = max(best, pr.head)
		}
	}
	p.best.Store(best)
	now := time.Now()
	var tags [2]uint64
	var tagsKnown [2]bool
	for i, u := range p.ups {
		pr := probes[i]
		reqs, fails := u.reqs.Swap(0), u.fails.Swap(0)
		var rate float64
		if reqs > 0 {
			rate = float64(fails) / float64(reqs)
		}
		problem := ""
		switch {
		case pr.err != nil:
			problem = pr.err.Error()
		case best-pr.head > p.set.maxLag:
			problem = fmt.Sprintf("head %d is %d blocks behind the best upstream (limit %d)", pr.head, best-pr.head, p.set.maxLag)
		case reqs >= p.set.minSamples && rate > p.set.maxErrorRate:
			problem = fmt.Sprintf("%d of %d calls failed (limit %.0f%%)", fails, reqs, 100*p.set.maxErrorRate)
		}
		if pr.err == nil {
			u.head.Store(pr.head)
			p.metrics.upstreamHead.WithLabelValues(p.rollup, u.name).Set(float64(pr.head))
		}
		u.mu.Lock()
		u.lastErr, u.lastCheck, u.latency, u.errRate = problem, now, pr.latency, rate
		u.mu.Unlock()
		healthy := problem == ""
		for t := range tags {
			if healthy && pr.tagsKnown[t] && (!tagsKnown[t] || pr.tags[t] < tags[t]) {
				tags[t], tagsKnown[t] = pr.tags[t], true
			}
		}
		if u.healthy.Swap(healthy) != healthy {
			if healthy {
				p.log.Info("upstream healthy", "rollup", p.rollup, "upstream", u.name, "head", pr.head)
				p.metrics.upstreamHealthy.WithLabelValues(p.rollup, u.name).Set(1)
			} else {
				p.log.Warn("upstream unhealthy", "rollup", p.rollup, "upstream", u.name, "problem", problem)
				p.metrics.upstreamHealthy.WithLabelValues(p.rollup, u.name).Set(0)
			}
		}
	}
	if p.trackTags {
		for t := range tags {
			v := uint64(0)
			if tagsKnown[t] {
				v = tags[t] + 1 // 0 stands for unknown
			}
			p.tags[t].Store(v)
		}
	}
}

// upstreamTag returns the lowest safe (t = 0) or finalized (t = 1) block of the healthy upstreams at the last
// health round, if any reported one.
func (p *pool) upstreamTag(t int) (uint64, bool) {
	v := p.tags[t].Load()
	return v - 1, v > 0
}

// decode reads a health check's answer: eth_blockNumber's, or with tags the batch of tagProbeBody.
func (pr *probe) decode(name string, raw []byte, tags bool) {
	var r wireResponse
	if !validJSON(raw) {
		pr.err = fmt.Errorf("upstream %s: undecodable eth_blockNumber response", name)
		return
	}
	if !tags {
		r = decodeResponse(raw)
	} else {
		for it := newElemIter(raw); ; {
			elem, ok := it.next()
			if !ok {
				break
			}
			e := decodeResponse(elem)
			i, ok := smallIndex(e.ID, 3)
			switch {
			case !ok:
			case i == 0:
				r = e
			default: // a block, or null (no safe block yet), or an error: the tag stays unknown
				if n, ok := blockNumberOf(e.Result); ok {
					pr.tags[i-1], pr.tagsKnown[i-1] = n, true
				}
			}
		}
	}
	var s string
	switch {
	case r.Result == nil && r.Error == nil:
		pr.err = fmt.Errorf("upstream %s: undecodable eth_blockNumber response", name)
	case r.Error != nil:
		pr.err = fmt.Errorf("upstream %s: eth_blockNumber failed: %s", name, r.Error)
	case json.Unmarshal(r.Result, &s) != nil:
		pr.err = fmt.Errorf("upstream %s: eth_blockNumber result %s is not a hex number", name, r.Result)
	default:
		head, err := hexutil.DecodeUint64(s)
		if err != nil {
			pr.err = fmt.Errorf("upstream %s: eth_blockNumber result %q is not a hex number", name, s)
		}
		pr.head = head
	}
}

// blockNumberOf returns the number of a block object.
func blockNumberOf(block []byte) (uint64, bool) {
	for it := newMemberIter(block); ; {
		k, v, ok := it.next()
		if !ok {
			return 0, false
		}
		if keyIs(k, "number") {
			return hexQuantity(v)
		}
	}
}

// runHealth checks health every interval until ctx ends.
func (p *pool) runHealth(ctx context.Context, interval time.Duration) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			p.checkHealth(ctx)
		}
	}
}

// healthyCount is the number of upstreams currently healthy.
func (p *pool) healthyCount() int {
	n := 0
	for _, u := range p.ups {
		if u.healthy.Load() {
			n++
		}
	}
	return n
}

// status reports every upstream's health.
func (p *pool) status() []UpstreamStatus {
	best := p.best.Load()
	out := make([]UpstreamStatus, len(p.ups))
	for i, u := range p.ups {
		head := u.head.Load()
		u.mu.Lock()
		out[i] = UpstreamStatus{Name: u.name, Healthy: u.healthy.Load(), Head: head, ErrorRate: u.errRate,
			LatencyMS: float64(u.latency.Microseconds()) / 1000, LastCheck: u.lastCheck, LastError: u.lastErr}
		u.mu.Unlock()
		if best > head {
			out[i].Lag = best - head
		}
	}
	return out
}
