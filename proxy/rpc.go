package proxy

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"time"
)

// cors sets the CORS headers for an allowed origin and reports whether the request was a preflight, now answered.
func (s *Server) cors(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" || len(s.cfg.CORS.AllowedOrigins) == 0 {
		return false
	}
	allowed := s.corsAllowed(origin)
	h := w.Header()
	h.Add("Vary", "Origin")
	if allowed == "" {
		return false
	}
	h.Set("Access-Control-Allow-Origin", allowed)
	h.Set("Access-Control-Expose-Headers", AlertHeader)
	if r.Method != http.MethodOptions || r.Header.Get("Access-Control-Request-Method") == "" {
		return false
	}
	h.Set("Access-Control-Allow-Methods", "POST, OPTIONS")
	if rh := r.Header.Get("Access-Control-Request-Headers"); rh != "" {
		h.Set("Access-Control-Allow-Headers", rh)
	} else {
		h.Set("Access-Control-Allow-Headers", "Content-Type")
	}
	if s.cfg.CORS.MaxAge > 0 {
		h.Set("Access-Control-Max-Age", strconv.Itoa(int(s.cfg.CORS.MaxAge.Seconds())))
	}
	w.WriteHeader(http.StatusNoContent)
	return true
}

// corsAllowed returns the Access-Control-Allow-Origin to answer a request from origin with: "*", origin itself,
// or "" when the origin is not allowed.
func (s *Server) corsAllowed(origin string) string {
	for _, o := range s.cfg.CORS.AllowedOrigins {
		if o == "*" {
			return "*"
		}
		if strings.EqualFold(o, origin) {
			return origin
		}
	}
	return ""
}

// acceptedContentTypes are the request content types go-ethereum accepts; anything else could be a browser's
// CORS-free "simple request" and is refused.
var acceptedContentTypes = map[string]bool{"application/json": true, "application/json-rpc": true, "application/jsonrequest": true}

var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

// contentTypeOK reports whether a JSON-RPC request's Content-Type is one go-ethereum accepts (or absent).
func contentTypeOK(ct string) bool {
	if ct == "" || ct == "application/json" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	return err == nil && acceptedContentTypes[mt]
}

// serveRPC serves JSON-RPC for rollup ro (nil: no rollup matched) through net/http: everything the proxy's own
// HTTP/1.1 server (h1server.go) hands over, and every request when Handler is mounted in a server of one's own.
func (s *Server) serveRPC(w http.ResponseWriter, r *http.Request, ro *rollup) {
	if s.cors(w, r) {
		return
	}
	if ro == nil {
		writeJSONError(w, http.StatusNotFound, &Error{Code: CodeMethodNotFound,
			Message: "no rollup is served at " + r.Host + r.URL.Path + "; use /rpc/<name> with a configured rollup name"})
		return
	}
	if isWebSocket(r) {
		s.serveWS(w, r, ro)
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST, OPTIONS")
		writeJSONError(w, http.StatusMethodNotAllowed, &Error{Code: CodeInvalidRequest, Message: "JSON-RPC is served over POST"})
		return
	}
	if !contentTypeOK(r.Header.Get("Content-Type")) {
		writeJSONError(w, http.StatusUnsupportedMediaType, errContentType)
		return
	}
	bp := bufPool.Get().(*[]byte)
	defer putBuf(bp)
	body, err := readBody(r.Body, s.limits.MaxBodyBytes, (*bp)[:0])
	*bp = body[:0]
	if err != nil {
		if errors.Is(err, errBodyTooLarge) {
			writeJSONError(w, http.StatusRequestEntityTooLarge, s.errBodyTooLarge())
			return
		}
		writeJSONError(w, http.StatusBadRequest, &Error{Code: CodeParse, Message: "parse error: cannot read the request body"})
		return
	}
	var client netip.Addr
	var clientOK bool
	if s.limiter != nil {
		client, clientOK = s.limiter.clientOf(r)
	}
	res := s.handleRPC(r.Context(), ro, bp, body, client, clientOK)
	h := w.Header()
	if res.alert != "" {
		h.Set(AlertHeader, res.alert)
	}
	if res.retryAfter > 0 {
		h.Set("Retry-After", strconv.Itoa(res.retryAfter))
	}
	if res.body == nil { // only notifications: no response at all
		w.WriteHeader(res.status)
		return
	}
	s.write(w, r, res.status, res.body)
}

var errContentType = &Error{Code: CodeInvalidRequest, Message: "content type must be application/json"}

func (s *Server) errBodyTooLarge() *Error {
	return &Error{Code: CodeLimitExceeded,
		Message: "request body too large: the limit is " + strconv.FormatInt(s.limits.MaxBodyBytes, 10) + " bytes"}
}

// putBuf returns a request buffer to bufPool, unless it grew too large to keep.
func putBuf(bp *[]byte) {
	if cap(*bp) <= 1<<20 {
		bufPool.Put(bp)
	}
}

// rpcResult is the answer to one JSON-RPC POST, for the transport to write.
type rpcResult struct {
	status     int    // the HTTP status
	body       []byte // the JSON response (in the request's buffer); nil when the request held only notifications
	alert      string // the X-Mach-Alert header, or ""
	retryAfter int    // the Retry-After header in seconds (with status 429), or 0
}

// handleRPC serves the JSON-RPC request body for rollup ro: parse, rate limit, breaker, cache, forward, and the
// response, which it builds in *bp after the body. client is the rate limiter's key for the sender (clientOK
// false: none). It does not depend on the transport: net/http (serveRPC) and the proxy's own HTTP/1.1 server both
// call it.
func (s *Server) handleRPC(ctx context.Context, ro *rollup, bp *[]byte, body []byte, client netip.Addr, clientOK bool) rpcResult {
	start := time.Now()
	defer func() { ro.duration.Observe(time.Since(start).Seconds()) }()

	var callBuf [1]Call
	calls, batch, perr := parse(body, s.limits, callBuf[:0])
	if perr != nil {
		status := statusInvalid
		if perr.Code == CodeLimitExceeded {
			status = statusLimit
		}
		ro.calls.inc(callKey{"other", noUpstream, status})
		return rpcResult{status: http.StatusOK, body: appendErrorResponse(body[len(body):], nil, perr)}
	}

	if s.limiter != nil && clientOK {
		if res, ok := s.rateLimit(ro, calls, batch, client); !ok {
			return res
		}
	}

	v := ro.breaker.check()
	var answerBuf [1]answer
	var idxBuf [1]int
	var missBuf [1]cacheMiss
	answers, fwdIdx, misses := answerBuf[:], idxBuf[:0], missBuf[:0]
	var tags tagTargets
	if len(calls) > 1 {
		answers, fwdIdx = make([]answer, len(calls)), make([]int, 0, len(calls))
	}
	for i := range calls {
		c := &calls[i]
		switch {
		case c.Err != nil:
			answers[i].err = c.Err
		case !s.methods.allowed(c.Method):
			answers[i].err = &Error{Code: CodeMethodNotFound, Message: "the method " + c.Method + " does not exist/is not available"}
		case v.refuses(c.Method): // the breaker before the cache: a refused call never gets a cached answer
			answers[i].err = v.trip
		default:
			if ro.rewrite && s.verified.Load() != nil { // before the cache: the key is the params as forwarded
				if p, ok := s.rewriteTags(ro, c, &tags); ok {
					c.Params = p
				}
			}
			if c.Method == FinalityMethod {
				answers[i] = s.finality(ctx, ro, c, v)
				continue
			}
			if ro.cache != nil {
				if key, rule := ro.cache.key(c); key != "" {
					if res, ok := ro.cache.get(key, c.Method); ok {
						answers[i] = answer{result: res, upstream: cacheUpstream}
						continue
					}
					misses = append(misses, cacheMiss{i: i, key: key, rule: rule})
				}
			}
			fwdIdx = append(fwdIdx, i)
		}
	}
	if len(fwdIdx) > 0 {
		bufs := s.forward(ctx, ro, calls, fwdIdx, answers)
		defer releaseResponse(bufs[0]) // after the answers aliasing the response buffers are copied out
		defer releaseResponse(bufs[1])
		if len(misses) > 0 {
			vh, vok := s.verifiedHead(ro)
			ceil := ro.cache.ceiling(ro.pool.best.Load(), s.feedCovers(ro), vh, vok)
			for _, m := range misses {
				ro.cache.store(m, &answers[m.i], ceil)
			}
		}
	}

	out := body[len(body):] // reuse the pooled buffer after the request bytes
	if batch {
		out = append(out, '[')
	}
	n := 0
	for i := range calls {
		c, a := &calls[i], &answers[i]
		s.count(ro, c, a, v)
		if c.Notification() {
			continue
		}
		if n > 0 {
			out = append(out, ',')
		}
		n++
		out = appendAnswer(out, c, a, v)
	}
	if batch {
		out = append(out, ']')
	}
	if cap(out) > cap(body) { // grown: keep the larger buffer for the pool
		*bp = out[:0]
	}
	res := rpcResult{status: http.StatusOK, body: out, alert: v.header}
	if n == 0 {
		res.body = nil
	}
	return res
}

// appendAnswer appends the response to c: the proxy's error, or the upstream's answer (its error annotated with
// the alert when the breaker's action is annotate or above).
func appendAnswer(out []byte, c *Call, a *answer, v *verdict) []byte {
	switch {
	case a.err != nil:
		return appendErrorResponse(out, c.ID, a.err)
	case a.errObj != nil && v.action >= ActionAnnotate && v.data != nil:
		return appendResponse(out, c.ID, nil, annotateError(a.errObj, v.data))
	default:
		return appendResponse(out, c.ID, a.result, a.errObj)
	}
}

// forward sends the calls at positions idx of the request upstream and stores their answers. A batch that mixes
// idempotent reads with other calls is split in two exchanges, run at once: the reads can then fail over to another
// upstream even though the writes next to them may not. It returns the response buffers to release.
func (s *Server) forward(ctx context.Context, ro *rollup, calls []Call, idx []int, answers []answer) [2]*[]byte {
	var bufs [2]*[]byte
	mixed := false
	first := classOf(calls[idx[0]].Method).idempotent()
	for _, i := range idx[1:] {
		if classOf(calls[i].Method).idempotent() != first {
			mixed = true
			break
		}
	}
	if !mixed {
		if len(idx) == 1 { // the common case: the answer goes straight to its place
			_, bufs[0] = ro.pool.forward(ctx, calls, idx, false, answers[idx[0]:idx[0]+1])
			return bufs
		}
		got := make([]answer, len(idx))
		_, bufs[0] = ro.pool.forward(ctx, calls, idx, true, got)
		for j, i := range idx {
			answers[i] = got[j]
		}
		return bufs
	}
	var readIdx, otherIdx []int
	var others []Call
	for _, i := range idx {
		if classOf(calls[i].Method).idempotent() {
			readIdx = append(readIdx, i)
		} else {
			otherIdx, others = append(otherIdx, i), append(others, calls[i])
		}
	}
	// The other exchange runs in its own goroutine on copies of its calls, with answers of its own (copied in after
	// it ends), so that the request's calls and answers, on the stack for a single call, never escape.
	otherGot := make([]answer, len(others))
	done := make(chan *[]byte, 1)
	go s.forwardOthers(ctx, ro, others, otherGot, done)
	got := make([]answer, len(readIdx))
	_, bufs[0] = ro.pool.forward(ctx, calls, readIdx, len(readIdx) > 1, got)
	for j, i := range readIdx {
		answers[i] = got[j]
	}
	bufs[1] = <-done
	for j, i := range otherIdx {
		answers[i] = otherGot[j]
	}
	return bufs
}

// forwardOthers is the second exchange of a mixed batch.
func (s *Server) forwardOthers(ctx context.Context, ro *rollup, calls []Call, got []answer, done chan<- *[]byte) {
	var buf *[]byte
	defer func() {
		if r := recover(); r != nil { // never take the process down for one request
			s.log.Error("proxy: forwarding panicked", "rollup", ro.name, "panic", r)
			for i := range got {
				got[i] = answer{err: &Error{Code: CodeInternal, Message: "internal error"}}
			}
		}
		done <- buf
	}()
	_, buf = ro.pool.forward(ctx, calls, nil, len(calls) > 1, got)
}

// rateLimit charges the calls to the client and reports whether they may proceed; if not, res is the answer:
// HTTP 429, Retry-After and a -32005 error (with the call's id for a single call).
func (s *Server) rateLimit(ro *rollup, calls []Call, batch bool, client netip.Addr) (res rpcResult, ok bool) {
	allowed, wait := s.limiter.allow(client, len(calls))
	if allowed {
		return rpcResult{}, true
	}
	for i := range calls {
		method := "other"
		if calls[i].Err == nil {
			method = metricMethod(calls[i].Method)
		}
		ro.calls.inc(callKey{method, noUpstream, statusLimit})
	}
	secs := int(wait/time.Second) + 1
	e := &Error{Code: CodeLimitExceeded, Message: fmt.Sprintf("rate limit exceeded: %g calls per second per client, bursts of %d; retry in %d s",
		s.cfg.RateLimit.PerSecond, s.cfg.RateLimit.Burst, secs)}
	if len(calls) > s.cfg.RateLimit.Burst {
		e.Message = fmt.Sprintf("rate limit exceeded: a batch of %d calls is larger than the burst of %d; split it", len(calls), s.cfg.RateLimit.Burst)
	}
	var id json.RawMessage
	if !batch {
		id = calls[0].ID
	}
	return rpcResult{status: http.StatusTooManyRequests, body: appendErrorResponse(nil, id, e), retryAfter: secs}, false
}

// count records a call in mach_proxy_requests_total.
func (s *Server) count(ro *rollup, c *Call, a *answer, v *verdict) {
	method, up, status := "other", noUpstream, statusOK
	if c.Err == nil {
		method = metricMethod(c.Method)
	}
	switch {
	case a.err == nil && a.errObj != nil:
		up, status = a.upstream, statusRPCError
	case a.err == nil:
		up = a.upstream
	case a.err == v.trip:
		status = statusTripped
	default:
		switch a.err.Code {
		case CodeLimitExceeded:
			status = statusLimit
		case CodeMethodNotFound:
			status = statusNotFound
		case CodeTimeout:
			status = statusTimeout
		case CodeInternal:
			status = statusUnavailable
		default:
			status = statusInvalid
		}
	}
	if c.Notification() && a.err == nil {
		status = statusNotAnswered
	}
	ro.calls.inc(callKey{method, up, status})
}

// jsonContentType is the Content-Type of every JSON-RPC response, shared (net/http only reads it).
var jsonContentType = []string{"application/json"}

// gzipMinBytes is the smallest response worth compressing.
const gzipMinBytes = 1024

var gzipPool = sync.Pool{New: func() any { w, _ := gzip.NewWriterLevel(io.Discard, gzip.BestSpeed); return w }}

// write sends a JSON response with status, gzip-compressed when the client accepts it and it is large enough.
func (s *Server) write(w http.ResponseWriter, r *http.Request, status int, out []byte) {
	h := w.Header()
	h["Content-Type"] = jsonContentType
	if len(out) >= gzipMinBytes && acceptsGzip(r.Header.Get("Accept-Encoding")) {
		h.Set("Content-Encoding", "gzip")
		h.Add("Vary", "Accept-Encoding")
		w.WriteHeader(status)
		zw := gzipPool.Get().(*gzip.Writer)
		zw.Reset(w)
		_, _ = zw.Write(out)
		_ = zw.Close()
		gzipPool.Put(zw)
		return
	}
	if len(out) > 2048 { // smaller bodies get their Content-Length from net/http, without a header allocation
		h.Set("Content-Length", strconv.Itoa(len(out)))
	}
	w.WriteHeader(status)
	_, _ = w.Write(out)
}

// acceptsGzip reports whether an Accept-Encoding header accepts gzip with a non-zero quality.
func acceptsGzip(ae string) bool {
	for part := range strings.SplitSeq(ae, ",") {
		enc, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(enc), "gzip") {
			continue
		}
		for p := range strings.SplitSeq(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				return err == nil && q > 0
			}
		}
		return true
	}
	return false
}

var errBodyTooLarge = errors.New("request body too large")

// readBody reads r into buf, failing once more than limit bytes come.
func readBody(r io.Reader, limit int64, buf []byte) ([]byte, error) {
	start := len(buf)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		room := buf[len(buf):cap(buf)]
		if over := int64(len(buf)-start) + int64(len(room)) - (limit + 1); over > 0 { // read at most limit+1 bytes
			room = room[:int64(len(room))-over]
		}
		n, err := r.Read(room)
		buf = buf[:len(buf)+n]
		if int64(len(buf)-start) > limit {
			return buf, errBodyTooLarge
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// writeJSONError writes one error response with a null id.
func writeJSONError(w http.ResponseWriter, status int, e *Error) {
	out := appendErrorResponse(nil, nil, e)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(out)))
	w.WriteHeader(status)
	_, _ = w.Write(out)
}
