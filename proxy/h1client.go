package proxy

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"syscall"
	"time"
)

// h1Client posts JSON-RPC requests to one plain-http upstream over HTTP/1.1 keep-alive connections, allocating
// nothing per request once its connections are open: the request head is prepared once, each connection keeps
// its buffers, the response body is read into the caller's (pooled) buffer, and timeouts are connection
// deadlines rather than contexts. net/http's transport costs about 50 allocations and two goroutine hand-offs per
// exchange; on the proxy's hot path that was most of what it added over a direct call. https upstreams (TLS,
// HTTP/2) keep using net/http.
//
// It speaks the subset of HTTP/1.1 a JSON-RPC node answers with: a status line, headers, and a body framed by
// Content-Length, by chunked transfer coding, or by the connection's end. Interim 1xx responses are skipped. A
// response asking to close the connection, or one framed by its end, closes it.
type h1Client struct {
	addr   string // host:port
	head   []byte // the request head up to the Content-Length value
	idle   chan *h1Conn
	dialTO time.Duration
	// maxIdle is how long a connection may sit idle before it is dropped rather than reused: upstreams close idle
	// connections on their own schedule (go-ethereum after 120 s, nginx 75 s), and a shorter bound keeps the
	// proxy from sending a request into one just closing.
	maxIdle time.Duration
}

type h1Conn struct {
	c     net.Conn
	br    *bufio.Reader
	bw    *bufio.Writer
	freed time.Time // when it went idle
}

// newH1Client returns a client for target (scheme http), or nil when target needs net/http (https, or a
// URL form this client does not write).
func newH1Client(target *url.URL, header http.Header) *h1Client {
	if target.Scheme != "http" || target.Opaque != "" || target.Host == "" {
		return nil
	}
	host := target.Host
	addr := host
	if target.Port() == "" {
		addr = net.JoinHostPort(target.Hostname(), "80")
	}
	path := target.RequestURI()
	var b bytes.Buffer
	b.WriteString("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\n")
	for k, vs := range header {
		if k == "Accept" { // JSON is all a node answers with; every header costs the node an allocation
			continue
		}
		for _, v := range vs {
			if k == "" || v == "" || bytes.ContainsAny([]byte(k+v), "\r\n") {
				return nil // never write a header that could split the request
			}
			b.WriteString(k + ": " + v + "\r\n")
		}
	}
	b.WriteString("Content-Length: ")
	return &h1Client{addr: addr, head: b.Bytes(), idle: make(chan *h1Conn, 256), dialTO: 5 * time.Second, maxIdle: 30 * time.Second}
}

// errStale is a failure of a reused connection before any byte of the response came: the upstream had closed it
// (or was closing it) while it sat idle. Nothing was answered; whether the request was executed is unknown in
// principle, so only idempotent calls are sent again.
var errStale = errors.New("connection closed by the upstream before it answered")

// h1Error is a failed exchange: timeout when the deadline passed, dial when no connection could be opened.
type h1Error struct {
	err     error
	timeout bool
	dial    bool
	limit   bool
}

func (e *h1Error) Error() string { return e.err.Error() }

// post sends body and appends the response body to dst; it returns the HTTP status. A stale keep-alive
// connection (errStale) is replaced by a new one once when retryStale (idempotent calls).
func (h *h1Client) post(deadline time.Time, body, dst []byte, maxResp int64, retryStale bool) (int, []byte, *h1Error) {
	for try := 0; ; try++ {
		hc, reused, err := h.get(deadline)
		if err != nil {
			return 0, dst, err
		}
		status, out, keep, rerr := hc.exchange(h.head, deadline, body, dst, maxResp)
		if rerr == nil {
			if keep {
				h.put(hc)
			} else {
				_ = hc.c.Close()
			}
			return status, out, nil
		}
		_ = hc.c.Close()
		if errors.Is(rerr, errStale) && reused && try == 0 && retryStale {
			continue
		}
		return 0, dst, classify(rerr)
	}
}

func classify(err error) *h1Error {
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return &h1Error{err: errors.New("timed out"), timeout: true}
	}
	if errors.Is(err, errBodyTooLarge) {
		return &h1Error{err: err, limit: true}
	}
	return &h1Error{err: err}
}

// get returns an idle connection, or dials a new one.
func (h *h1Client) get(deadline time.Time) (*h1Conn, bool, *h1Error) {
	for {
		select {
		case hc := <-h.idle:
			if time.Since(hc.freed) > h.maxIdle {
				_ = hc.c.Close()
				continue
			}
			return hc, true, nil
		default:
		}
		break
	}
	d := net.Dialer{Timeout: h.dialTO, Deadline: deadline, KeepAlive: 30 * time.Second}
	c, err := d.Dial("tcp", h.addr)
	if err != nil {
		var ne net.Error
		return nil, false, &h1Error{err: err, dial: true, timeout: errors.As(err, &ne) && ne.Timeout()}
	}
	return &h1Conn{c: c, br: bufio.NewReaderSize(c, 16<<10), bw: bufio.NewWriterSize(c, 4<<10)}, false, nil
}

// put keeps hc for reuse, or closes it when enough are idle.
func (h *h1Client) put(hc *h1Conn) {
	hc.freed = time.Now()
	select {
	case h.idle <- hc:
	default:
		_ = hc.c.Close()
	}
}

// closeIdle closes every idle connection.
func (h *h1Client) closeIdle() {
	for {
		select {
		case hc := <-h.idle:
			_ = hc.c.Close()
		default:
			return
		}
	}
}

// exchange writes one request and reads its response into dst. keep reports whether the connection may be reused.
func (hc *h1Conn) exchange(head []byte, deadline time.Time, body, dst []byte, maxResp int64) (status int, out []byte, keep bool, err error) {
	if err := hc.c.SetDeadline(deadline); err != nil {
		return 0, dst, false, err
	}
	bw := hc.bw
	_, _ = bw.Write(head)
	writeDecimal(bw, len(body))
	_, _ = bw.WriteString("\r\n\r\n")
	_, _ = bw.Write(body)
	if err := bw.Flush(); err != nil {
		if isClosedByPeer(err) {
			return 0, dst, false, errStale
		}
		return 0, dst, false, err
	}
	return hc.readResponse(dst, maxResp)
}

// writeDecimal writes n in decimal, byte by byte (a buffer passed to Write would escape).
func writeDecimal(bw *bufio.Writer, n int) {
	if n >= 10 {
		writeDecimal(bw, n/10)
	}
	_ = bw.WriteByte(byte('0' + n%10))
}

// isClosedByPeer reports whether err means the peer had closed the connection.
func isClosedByPeer(err error) bool {
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE)
}

var errMalformed = errors.New("malformed HTTP response")

func (hc *h1Conn) readResponse(dst []byte, maxResp int64) (status int, out []byte, keep bool, err error) {
	br := hc.br
	first := true
	for {
		line, err := br.ReadSlice('\n')
		if err != nil {
			if first && len(line) == 0 && isClosedByPeer(err) {
				return 0, dst, false, errStale
			}
			return 0, dst, false, fmt.Errorf("read the status line: %w", err)
		}
		first = false
		// HTTP/1.x SSS reason
		if len(line) < 12 || !bytes.HasPrefix(line, []byte("HTTP/1.")) || line[8] != ' ' {
			return 0, dst, false, errMalformed
		}
		keep = line[7] == '1'
		status = 0
		for _, c := range line[9:12] {
			if c < '0' || c > '9' {
				return 0, dst, false, errMalformed
			}
			status = status*10 + int(c-'0')
		}
		length, chunked := int64(-1), false
		for {
			h, err := br.ReadSlice('\n')
			if err != nil {
				return 0, dst, false, fmt.Errorf("read the headers: %w", err)
			}
			h = bytes.TrimRight(h, "\r\n")
			if len(h) == 0 {
				break
			}
			k, v, ok := bytes.Cut(h, []byte{':'})
			if !ok {
				return 0, dst, false, errMalformed
			}
			v = bytes.TrimSpace(v)
			switch {
			case asciiEqualFold(k, "content-length"):
				n, ok := parseDecimal(v)
				if !ok || (length >= 0 && n != length) {
					return 0, dst, false, errMalformed
				}
				length = n
			case asciiEqualFold(k, "transfer-encoding"):
				if !asciiEqualFold(v, "chunked") {
					return 0, dst, false, fmt.Errorf("unsupported transfer encoding %q", v)
				}
				chunked = true
			case asciiEqualFold(k, "connection"):
				if asciiEqualFold(v, "close") {
					keep = false
				} else if asciiEqualFold(v, "keep-alive") {
					keep = true
				}
			case asciiEqualFold(k, "content-encoding"):
				if !asciiEqualFold(v, "identity") {
					return 0, dst, false, fmt.Errorf("unexpected content encoding %q (the proxy asks for none)", v)
				}
			}
		}
		if status >= 100 && status < 200 { // interim response: the real one follows
			continue
		}
		switch {
		case status == http.StatusNoContent || status == http.StatusNotModified:
			out = dst
		case chunked:
			out, err = readChunked(br, dst, maxResp)
		case length >= 0:
			if length > maxResp {
				return status, dst, false, errBodyTooLarge
			}
			out = grow(dst, int(length))
			_, err = io.ReadFull(br, out[len(dst):])
		default: // framed by the connection's end
			keep = false
			out, err = readBody(br, maxResp, dst)
		}
		if err != nil {
			return status, dst, false, err
		}
		if br.Buffered() > 0 { // more than one response: never reuse such a connection
			keep = false
		}
		return status, out, keep, nil
	}
}

// grow returns dst extended by n bytes (contents of the extension unspecified).
func grow(dst []byte, n int) []byte {
	if cap(dst)-len(dst) < n {
		nd := make([]byte, len(dst), len(dst)+n)
		copy(nd, dst)
		dst = nd
	}
	return dst[:len(dst)+n]
}

// readChunked reads a chunked body into dst.
func readChunked(br *bufio.Reader, dst []byte, maxResp int64) ([]byte, error) {
	start := len(dst)
	for {
		line, err := br.ReadSlice('\n')
		if err != nil {
			return dst, fmt.Errorf("read a chunk size: %w", err)
		}
		line = bytes.TrimRight(line, "\r\n")
		if i := bytes.IndexByte(line, ';'); i >= 0 {
			line = line[:i]
		}
		n, ok := parseHex(bytes.TrimSpace(line))
		if !ok {
			return dst, errMalformed
		}
		if n == 0 {
			for { // trailers, up to the empty line
				t, err := br.ReadSlice('\n')
				if err != nil {
					return dst, fmt.Errorf("read the trailers: %w", err)
				}
				if len(bytes.TrimRight(t, "\r\n")) == 0 {
					return dst, nil
				}
			}
		}
		if int64(len(dst)-start)+n > maxResp {
			return dst, errBodyTooLarge
		}
		old := len(dst)
		dst = grow(dst, int(n))
		if _, err := io.ReadFull(br, dst[old:]); err != nil {
			return dst, err
		}
		if crlf, err := br.ReadSlice('\n'); err != nil || len(bytes.TrimRight(crlf, "\r\n")) != 0 {
			return dst, errMalformed
		}
	}
}

func parseDecimal(b []byte) (int64, bool) {
	if len(b) == 0 || len(b) > 18 {
		return 0, false
	}
	var n int64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}

func parseHex(b []byte) (int64, bool) {
	if len(b) == 0 || len(b) > 15 {
		return 0, false
	}
	var n int64
	for _, c := range b {
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			return 0, false
		}
		n = n<<4 | int64(d)
	}
	return n, true
}

// asciiEqualFold reports whether b equals the lower-case ASCII s, ignoring case.
func asciiEqualFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range b {
		c := b[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}
