package proxy

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
)

// h1Server serves the proxy's listener. Mach reads each connection itself while its requests are plain JSON-RPC
// POSTs, the hot path, and hands the connection, with the bytes it has buffered, to net/http's server at the first
// request that is anything else: a WebSocket upgrade, the status page, /metrics, a CORS preflight, a chunked,
// absent or oversized body, Expect, HTTP/1.0, a header block larger than its buffer, anything malformed or
// unusual. net/http then serves that connection to its end, with all of its own rules and error answers.
//
// net/http's server costs about 20 allocations per request (the request, its header map and URL, a context, the
// response, the background read that watches for the client going away) and a goroutine hand-off; here a request
// costs none once the connection's buffers exist. The price of the fast path: a client that goes away mid-request
// is not noticed until its answer is written, where net/http would cancel the request's context (which stops an
// https upstream's exchange and any retry; plain-http exchanges run to their deadline either way).
//
// The fast path accepts a request only when its head is one net/http would accept and read the same way (the
// differential fuzz test FuzzH1Head checks that), so which server answers is never visible to a client beyond
// performance.
type h1Server struct {
	s        *Server
	ctx      context.Context // the requests' context: ends when the proxy stops
	handoff  *handoffListener
	log      *slog.Logger
	maxBody  int64
	ipHeader string // the rate limiter's ip_header, "" when unused

	readHeaderTimeout, readTimeout, writeTimeout, idleTimeout time.Duration

	ln      net.Listener
	mu      sync.Mutex // guards conns, closing's transitions and wg.Add
	conns   map[*h1ServerConn]struct{}
	closing atomic.Bool
	wg      sync.WaitGroup
}

var crlf = []byte("\r\n")

// h1CopyMax is the largest answer copied behind its head to go out in one write.
const h1CopyMax = 64 << 10

// h1ReadBufferSize is the connection's read buffer: a request head must fit in it to take the fast path.
const h1ReadBufferSize = 4096

// Connection states, for Stop: only an idle connection (waiting for its next request) is closed under a client.
const (
	connActive int32 = iota
	connIdle
	connClosed
)

type h1ServerConn struct {
	nc     net.Conn
	br     *bufio.Reader
	remote netip.AddrPort
	state  atomic.Int32
	head   h1Head
	body   io.LimitedReader // the request body's reader
	wbuf   []byte           // the response being written
	zbuf   appendBytes      // a compressed body
}

// h1Head is a parsed request head. Its string fields are views of the head's scratch bytes: valid until the
// connection reads its next request, and never kept beyond the request.
type h1Head struct {
	ro            *rollup
	contentLength int64
	close         bool // Connection: close
	origin        string
	acceptEnc     string
	ipHeader      string
	scratch       []byte // copies of the header values above, which the body's read may overwrite in br
}

func newH1Server(s *Server, ctx context.Context, ln net.Listener, handoff *handoffListener) *h1Server {
	slowest := max(s.cfg.Timeouts.Read, s.cfg.Timeouts.Heavy, s.cfg.Timeouts.Write, s.cfg.Timeouts.Other)
	h := &h1Server{
		s:                 s,
		ctx:               ctx,
		handoff:           handoff,
		log:               s.log,
		maxBody:           s.limits.MaxBodyBytes,
		conns:             map[*h1ServerConn]struct{}{},
		ln:                ln,
		readHeaderTimeout: 10 * time.Second,
		readTimeout:       30 * time.Second,         // a client trickling its body cannot hold a connection forever
		writeTimeout:      slowest + 10*time.Second, // above every upstream timeout, so an answer is never cut
		idleTimeout:       2 * time.Minute,
	}
	if s.limiter != nil {
		h.ipHeader = strings.ToLower(s.limiter.ipHeader) // equalFold compares with lower case
	}
	return h
}

// httpServer returns the net/http server for the connections handed over, with the same timeouts.
func (h *h1Server) httpServer() *http.Server {
	return &http.Server{
		Handler:           h.s.handler,
		ReadHeaderTimeout: h.readHeaderTimeout,
		ReadTimeout:       h.readTimeout,
		WriteTimeout:      h.writeTimeout,
		IdleTimeout:       h.idleTimeout,
	}
}

// serve accepts connections until shutdown.
func (h *h1Server) serve() error {
	ln := h.ln
	var backoff time.Duration
	for {
		nc, err := ln.Accept()
		if err != nil {
			if h.closing.Load() {
				return nil
			}
			if errors.Is(err, net.ErrClosed) {
				return err
			}
			// Out of file descriptors, a connection aborted before it was accepted: wait and go on, as net/http does.
			backoff = min(max(2*backoff, 5*time.Millisecond), time.Second)
			h.log.Warn("proxy: accept failed; retrying", "err", err, "in", backoff)
			time.Sleep(backoff)
			continue
		}
		backoff = 0
		h.s.metrics.connsAccepted.Inc()
		c := &h1ServerConn{nc: nc, br: bufio.NewReaderSize(nc, h1ReadBufferSize)}
		if ta, ok := nc.RemoteAddr().(*net.TCPAddr); ok {
			c.remote = ta.AddrPort()
		}
		h.mu.Lock()
		if h.closing.Load() {
			h.mu.Unlock()
			_ = nc.Close()
			return nil
		}
		h.conns[c] = struct{}{}
		h.wg.Add(1)
		h.mu.Unlock()
		go h.serveConn(c)
	}
}

// shutdown stops accepting, closes idle connections, and waits for the requests in flight until ctx ends, then
// closes what is left. Connections handed to net/http are its to shut down.
func (h *h1Server) shutdown(ctx context.Context) error {
	h.mu.Lock()
	h.closing.Store(true)
	err := h.ln.Close()
	if errors.Is(err, net.ErrClosed) {
		err = nil
	}
	for c := range h.conns {
		if c.state.CompareAndSwap(connIdle, connClosed) {
			_ = c.nc.SetReadDeadline(aLongTimeAgo) // wakes its wait for a request; it then sees connClosed
		}
	}
	h.mu.Unlock()
	done := make(chan struct{})
	go func() { h.wg.Wait(); close(done) }()
	select {
	case <-done:
		return err
	case <-ctx.Done():
		_ = h.handoff.Close() // a connection being handed over is then closed instead
		h.mu.Lock()
		for c := range h.conns {
			_ = c.nc.Close()
		}
		h.mu.Unlock()
		<-done
		return errors.Join(err, ctx.Err())
	}
}

var aLongTimeAgo = time.Unix(1, 0)

func (h *h1Server) forget(c *h1ServerConn) {
	h.mu.Lock()
	delete(h.conns, c)
	h.mu.Unlock()
}

// serveConn serves one connection's requests until it closes, fails, or is handed to net/http.
func (h *h1Server) serveConn(c *h1ServerConn) {
	handedOff := false
	defer func() {
		if r := recover(); r != nil { // never take the process down for one request
			h.log.Error("proxy: serving a connection panicked", "remote", c.remote.String(), "panic", r, "stack", string(debug.Stack()))
		}
		h.forget(c)
		if !handedOff {
			_ = c.nc.Close()
		}
		h.wg.Done()
	}()
	for {
		// Wait for the next request's first byte. Stop closes an idle connection by moving it to connClosed.
		c.state.Store(connIdle)
		if h.closing.Load() {
			return
		}
		_ = c.nc.SetReadDeadline(time.Now().Add(h.idleTimeout))
		_, err := c.br.Peek(1)
		if !c.state.CompareAndSwap(connIdle, connActive) || err != nil {
			return // closed by Stop, idle too long, or the client went away
		}
		start := time.Now()
		_ = c.nc.SetReadDeadline(start.Add(h.readHeaderTimeout))
		n, ok, err := c.readHead(h)
		if err != nil {
			return // the head never came whole: a slow or vanished client (net/http would not answer either)
		}
		if !ok {
			handedOff = h.handOff(c)
			return
		}
		if !h.serveRequest(c, n, start) {
			return
		}
	}
}

// readHead peeks at the next request head and parses it: n is its length, ok whether the fast path serves it.
// Nothing is consumed, so a request it does not serve can go to net/http whole.
func (c *h1ServerConn) readHead(h *h1Server) (n int, ok bool, err error) {
	for {
		buf, _ := c.br.Peek(c.br.Buffered())
		if end := headEnd(buf); end > 0 {
			return end, c.head.parse(h, buf[:end]), nil
		} else if end < 0 {
			return 0, false, nil // a bare LF ends a line: net/http's to judge
		}
		if c.br.Buffered() == c.br.Size() {
			return 0, false, nil // a head larger than the buffer: net/http reads up to 1 MB
		}
		if _, err := c.br.Peek(c.br.Buffered() + 1); err != nil {
			if c.br.Buffered() > 0 && errors.Is(err, io.EOF) {
				return 0, false, nil // a truncated head: net/http answers it
			}
			return 0, false, err
		}
	}
}

// headEnd returns the length of the head at the start of buf up to and including its empty line, 0 when buf does
// not hold it all yet, or -1 when a line of it ends in a bare LF.
func headEnd(buf []byte) int {
	for i := 0; i < len(buf); i++ {
		if buf[i] != '\n' {
			continue
		}
		if i == 0 || buf[i-1] != '\r' {
			return -1
		}
		if i >= 3 && buf[i-2] == '\n' && buf[i-3] == '\r' {
			return i + 1
		}
	}
	return 0
}

// serveRequest reads the body of the request whose head (n bytes) was parsed into c.head, serves it and writes
// the answer. It reports whether the connection may serve another request.
func (h *h1Server) serveRequest(c *h1ServerConn, n int, start time.Time) bool {
	hd := &c.head
	if _, err := c.br.Discard(n); err != nil {
		return false
	}
	_ = c.nc.SetReadDeadline(start.Add(h.readTimeout))
	bp := bufPool.Get().(*[]byte)
	defer putBuf(bp)
	// The body is read as it comes, the buffer growing with it, never sized up front by the Content-Length a
	// client declares (connections each declaring max_body_bytes and sending nothing must not cost that much).
	c.body = io.LimitedReader{R: c.br, N: hd.contentLength}
	body, err := readBody(&c.body, hd.contentLength, (*bp)[:0])
	*bp = body[:0]
	if err != nil || int64(len(body)) != hd.contentLength {
		return false // a client that stops mid-body gets no answer, as from net/http
	}

	s := h.s
	var client netip.Addr
	var clientOK bool
	if s.limiter != nil {
		client, clientOK = s.limiter.clientFrom(hd.ipHeader, c.remote)
	}
	res := s.handleRPC(h.ctx, hd.ro, bp, body, client, clientOK)
	keep := !hd.close && !h.closing.Load()
	out := c.writeHead(s, res, keep)
	var payload []byte
	if res.body != nil {
		payload = res.body
		if len(payload) >= gzipMinBytes && hd.acceptEnc != "" && acceptsGzip(hd.acceptEnc) {
			payload = c.gzip(payload)
			out = append(out, "Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n"...)
		}
		out = append(out, "Content-Length: "...)
		out = strconv.AppendInt(out, int64(len(payload)), 10)
		out = append(out, "\r\n\r\n"...)
		if len(payload) <= h1CopyMax {
			out = append(out, payload...)
			payload = nil
		}
	} else {
		out = append(out, "Content-Length: 0\r\n\r\n"...)
	}
	_ = c.nc.SetWriteDeadline(time.Now().Add(h.writeTimeout))
	_, err = c.nc.Write(out)
	if err == nil && len(payload) > 0 { // a large answer is written from where it is rather than copied
		_, err = c.nc.Write(payload)
	}
	if cap(out) <= 1<<20 { // keep the buffer for the next request, unless a huge answer grew it
		c.wbuf = out[:0]
	} else {
		c.wbuf = nil
	}
	if cap(c.zbuf.b) > 1<<20 {
		c.zbuf.b = nil
	}
	return err == nil && keep
}

// writeHead appends the response's status line and headers but Content-Length (and Content-Encoding) to c.wbuf.
func (c *h1ServerConn) writeHead(s *Server, res rpcResult, keep bool) []byte {
	out := append(c.wbuf[:0], "HTTP/1.1 "...)
	out = strconv.AppendInt(out, int64(res.status), 10)
	out = append(out, ' ')
	out = append(out, http.StatusText(res.status)...)
	if res.body != nil { // as net/http: no Content-Type without a body
		out = append(out, "\r\nContent-Type: application/json"...)
	}
	out = append(out, "\r\nDate: "...)
	out = append(out, httpDate()...)
	out = append(out, "\r\n"...)
	if res.alert != "" && validHeaderValue(res.alert) {
		out = append(out, AlertHeader+": "...)
		out = append(out, res.alert...)
		out = append(out, "\r\n"...)
	}
	if res.retryAfter > 0 {
		out = append(out, "Retry-After: "...)
		out = strconv.AppendInt(out, int64(res.retryAfter), 10)
		out = append(out, "\r\n"...)
	}
	if c.head.origin != "" && len(s.cfg.CORS.AllowedOrigins) > 0 {
		out = append(out, "Vary: Origin\r\n"...)
		if allowed := s.corsAllowed(c.head.origin); allowed != "" {
			out = append(out, "Access-Control-Allow-Origin: "...)
			out = append(out, allowed...)
			out = append(out, "\r\nAccess-Control-Expose-Headers: "+AlertHeader+"\r\n"...)
		}
	}
	if !keep {
		out = append(out, "Connection: close\r\n"...)
	}
	return out
}

// gzip compresses body into the connection's buffer.
func (c *h1ServerConn) gzip(body []byte) []byte {
	c.zbuf.b = c.zbuf.b[:0]
	zw := gzipPool.Get().(*gzip.Writer)
	zw.Reset(&c.zbuf)
	_, _ = zw.Write(body)
	_ = zw.Close()
	zw.Reset(io.Discard) // drop the reference to the connection's buffer
	gzipPool.Put(zw)
	return c.zbuf.b
}

// appendBytes is an io.Writer appending to b.
type appendBytes struct{ b []byte }

func (a *appendBytes) Write(p []byte) (int, error) {
	a.b = append(a.b, p...)
	return len(p), nil
}

// handOff gives the connection, with what its reader has buffered, to net/http's server. It reports whether
// net/http took it (not when shutting down).
func (h *h1Server) handOff(c *h1ServerConn) bool {
	_ = c.nc.SetReadDeadline(time.Time{}) // net/http sets its own
	// Counted before the push: once net/http has the connection it may answer before this goroutine runs again.
	// A push refused at shutdown is counted too.
	h.s.metrics.connsHandedOff.Inc()
	return h.handoff.push(&handoffConn{Conn: c.nc, r: c.br})
}

// parse parses a request head (ending with its empty line) and reports whether the fast path serves it: a POST
// over HTTP/1.1 to a served rollup's /rpc/<name>[/] (or / for a rollup routed by host), with one Host, one
// Content-Length within the body limit, an accepted Content-Type, and nothing that changes how the body or the
// connection is read (Transfer-Encoding, Expect, Upgrade). Anything else, malformed or merely unusual, is
// net/http's.
func (hd *h1Head) parse(h *h1Server, head []byte) bool {
	*hd = h1Head{contentLength: -1, scratch: hd.scratch[:0]}
	line, rest, _ := bytes.Cut(head, crlf)
	target, ok := bytes.CutPrefix(line, []byte("POST "))
	if !ok {
		return false
	}
	target, ok = bytes.CutSuffix(target, []byte(" HTTP/1.1"))
	if !ok || len(target) == 0 || target[0] != '/' {
		return false
	}
	for _, b := range target {
		if !isPathByte(b) {
			return false // percent-encoding, a query, dot segments' neighbours: net/http's URL rules apply
		}
	}
	var host []byte
	hosts := 0
	var oOff, oEnd, aOff, aEnd, iOff, iEnd int
	for len(rest) > 2 { // the head ends with "\r\n" after the last header line
		line, rest, _ = bytes.Cut(rest, crlf)
		colon := -1
		for i, b := range line {
			if b == ':' {
				colon = i
				break
			}
			if !isTokenByte(b) {
				return false // a bad header name, or an obsolete folded line
			}
		}
		if colon <= 0 {
			return false
		}
		name, value := line[:colon], bytes.Trim(line[colon+1:], " \t")
		for _, b := range value {
			if (b < ' ' && b != '\t') || b == 0x7f {
				return false
			}
		}
		switch {
		case equalFold(name, "host"):
			host, hosts = value, hosts+1
		case equalFold(name, "content-length"):
			if hd.contentLength >= 0 || len(value) == 0 || len(value) > 18 {
				return false
			}
			var n int64
			for _, b := range value {
				if b < '0' || b > '9' {
					return false
				}
				n = n*10 + int64(b-'0')
			}
			hd.contentLength = n
		case equalFold(name, "content-type"):
			if !contentTypeOK(unsafeString(value)) {
				return false // net/http's path answers 415
			}
		case equalFold(name, "transfer-encoding"), equalFold(name, "expect"), equalFold(name, "upgrade"):
			return false
		case equalFold(name, "connection"):
			for len(value) > 0 {
				var tok []byte
				tok, value, _ = bytes.Cut(value, []byte{','})
				tok = bytes.Trim(tok, " \t")
				switch {
				case equalFold(tok, "close"):
					hd.close = true
				case equalFold(tok, "upgrade"):
					return false
				}
			}
		case equalFold(name, "origin"):
			if oEnd > oOff {
				return false // repeated: net/http's Header.Get takes the first; keep one rule
			}
			oOff = len(hd.scratch)
			hd.scratch = append(hd.scratch, value...)
			oEnd = len(hd.scratch)
		case equalFold(name, "accept-encoding"):
			if aEnd > aOff {
				return false
			}
			aOff = len(hd.scratch)
			hd.scratch = append(hd.scratch, value...)
			aEnd = len(hd.scratch)
		case h.ipHeader != "" && equalFold(name, h.ipHeader):
			if iEnd > iOff {
				return false
			}
			iOff = len(hd.scratch)
			hd.scratch = append(hd.scratch, value...)
			iEnd = len(hd.scratch)
		}
	}
	if hosts != 1 || len(host) == 0 || !validHost(host) || hd.contentLength < 0 || hd.contentLength > h.maxBody {
		return false
	}
	if hd.ro = h.s.route(target, host); hd.ro == nil {
		return false // net/http's path answers 404 (or serves the page)
	}
	hd.origin = unsafeString(hd.scratch[oOff:oEnd])
	hd.acceptEnc = unsafeString(hd.scratch[aOff:aEnd])
	hd.ipHeader = unsafeString(hd.scratch[iOff:iEnd])
	return true
}

// route resolves a POST's path (/rpc/<name>[/] or /) as rpcRoute does, without allocating.
func (s *Server) route(path, host []byte) *rollup {
	if len(path) == 1 {
		var lower [256]byte
		if len(host) > len(lower) {
			return nil
		}
		h := lower[:len(host)]
		for i, b := range host {
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			h[i] = b
		}
		h = stripPort(h)
		ro := s.byHost[string(h)]
		if ro == nil && len(s.rollups) == 1 {
			ro = s.rollups[0]
		}
		return ro
	}
	name, ok := bytes.CutPrefix(path, []byte("/rpc/"))
	if !ok {
		return nil
	}
	name, _ = bytes.CutSuffix(name, []byte("/"))
	if bytes.IndexByte(name, '/') >= 0 {
		return nil
	}
	return s.byName[string(name)]
}

// stripPort removes a port from a host as net.SplitHostPort would ("[::1]:8545" → "::1", "a:1" → "a").
func stripPort(h []byte) []byte {
	if len(h) > 0 && h[0] == '[' {
		for i := len(h) - 1; i > 0; i-- {
			if h[i] == ']' {
				if i+1 < len(h) && h[i+1] == ':' && bytes.IndexByte(h[i+2:], ':') < 0 {
					return h[1:i]
				}
				return h // no port, or not host:port: net.SplitHostPort fails and the host is kept whole
			}
		}
		return h
	}
	colon := -1
	for i, b := range h {
		if b == ':' {
			if colon >= 0 {
				return h // two colons: not host:port
			}
			colon = i
		}
	}
	if colon >= 0 {
		return h[:colon]
	}
	return h
}

// equalFold reports whether b equals the lower-case ASCII s, ignoring ASCII case.
func equalFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}

// isTokenByte reports whether b may appear in a header name (RFC 9110 tchar).
func isTokenByte(b byte) bool {
	switch {
	case 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z', '0' <= b && b <= '9':
		return true
	}
	switch b {
	case '!', '#', '$', '%', '&', '\'', '*', '+', '-', '.', '^', '_', '`', '|', '~':
		return true
	}
	return false
}

// isPathByte reports whether b may appear in a path the fast path routes: letters, digits, "-._~/". Anything
// else (percent-encoding, a query, sub-delimiters) goes to net/http.
func isPathByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '-' || b == '.' || b == '_' || b == '~' || b == '/'
}

// validHost reports whether a Host value has only the bytes of a host name, an IPv4 or bracketed IPv6 address and
// a port (a subset of what net/http accepts).
func validHost(h []byte) bool {
	for _, b := range h {
		if !('a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '-' || b == '.' || b == '_' || b == ':' || b == '[' || b == ']') {
			return false
		}
	}
	return true
}

// validHeaderValue reports whether v can be written as a header value as it is.
func validHeaderValue(v string) bool {
	for i := 0; i < len(v); i++ {
		if b := v[i]; (b < ' ' && b != '\t') || b == 0x7f {
			return false
		}
	}
	return true
}

// unsafeString views b as a string without copying. The string must not outlive b's contents.
func unsafeString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// httpDate returns the current time as an HTTP Date header value, formatted once per second.
func httpDate() []byte {
	now := time.Now()
	sec := now.Unix()
	if d := dateCache.Load(); d != nil && d.sec == sec {
		return d.b
	}
	d := &cachedDate{sec: sec, b: now.UTC().AppendFormat(make([]byte, 0, len(http.TimeFormat)), http.TimeFormat)}
	dateCache.Store(d)
	return d.b
}

type cachedDate struct {
	sec int64
	b   []byte
}

var dateCache atomic.Pointer[cachedDate]

// handoffListener is the listener net/http's server accepts handed-over connections from.
type handoffListener struct {
	addr net.Addr
	ch   chan net.Conn
	done chan struct{}
	once sync.Once
}

func newHandoffListener(addr net.Addr) *handoffListener {
	return &handoffListener{addr: addr, ch: make(chan net.Conn), done: make(chan struct{})}
}

func (l *handoffListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.ch:
		return c, nil
	case <-l.done:
		return nil, net.ErrClosed
	}
}

func (l *handoffListener) Close() error {
	l.once.Do(func() { close(l.done) })
	return nil
}

func (l *handoffListener) Addr() net.Addr { return l.addr }

// push hands c to the server; false once the listener is closed.
func (l *handoffListener) push(c net.Conn) bool {
	select {
	case l.ch <- c:
		return true
	case <-l.done:
		return false
	}
}

// handoffConn is a connection handed to net/http: its reads come through the fast path's reader first, which
// holds the request net/http is to serve (and maybe more).
type handoffConn struct {
	net.Conn
	r *bufio.Reader
}

func (c *handoffConn) Read(p []byte) (int, error) { return c.r.Read(p) }

// CloseWrite lets net/http half-close the connection after its answer, as it does with a *net.TCPConn.
func (c *handoffConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}
