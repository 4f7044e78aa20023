package proxy

import (
	"bufio"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// rawServer answers each request it reads with the next canned response (written as is), on as many connections
// as the client opens; after a response marked close it closes the connection.
type rawServer struct {
	ln     net.Listener
	conns  atomic.Int32
	mu     sync.Mutex
	bodies []string // request bodies received
}

type cannedResponse struct {
	raw   string
	close bool // close the connection after it
	hang  bool // never answer
}

func newRawServer(t *testing.T, responses ...cannedResponse) *rawServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &rawServer{ln: ln}
	var next atomic.Int32
	t.Cleanup(func() { _ = ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s.conns.Add(1)
			go func() {
				defer c.Close()
				br := bufio.NewReader(c)
				for {
					req, err := http.ReadRequest(br)
					if err != nil {
						return
					}
					body, _ := io.ReadAll(req.Body)
					s.mu.Lock()
					s.bodies = append(s.bodies, string(body))
					s.mu.Unlock()
					i := int(next.Add(1)) - 1
					if i >= len(responses) {
						return
					}
					r := responses[i]
					if r.hang {
						time.Sleep(2 * time.Second) // longer than the client's deadline
						return
					}
					if _, err := io.WriteString(c, r.raw); err != nil || r.close {
						return
					}
				}
			}()
		}
	}()
	return s
}

func (s *rawServer) client(t *testing.T) *h1Client {
	u, err := url.Parse("http://" + s.ln.Addr().String() + "/rpc")
	if err != nil {
		t.Fatal(err)
	}
	h := newH1Client(u, jsonHeader)
	if h == nil {
		t.Fatal("no client for a plain-http URL")
	}
	return h
}

func TestH1Client_ReadsEveryFramingAndReusesConnections(t *testing.T) {
	s := newRawServer(t,
		cannedResponse{raw: "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\n\"abc\""},
		cannedResponse{raw: "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n3;ext=1\r\n[1,\r\n2\r\n2]\r\n0\r\nX-Trailer: y\r\n\r\n"},
		cannedResponse{raw: "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 2\r\n\r\nno"},
		cannedResponse{raw: "HTTP/1.0 200 OK\r\n\r\n{\"until\":\"close\"}", close: true},
	)
	h := s.client(t)
	deadline := time.Now().Add(5 * time.Second)
	for i, want := range []struct {
		status int
		body   string
	}{{200, `"abc"`}, {200, `[1,2]`}, {502, `no`}, {200, `{"until":"close"}`}} {
		status, body, err := h.post(deadline, []byte(`{"i":1}`), []byte("prefix:"), 1<<20, true)
		if err != nil || status != want.status || string(body) != "prefix:"+want.body {
			t.Fatalf("response %d: %d %q %v, want %d %q", i, status, body, err, want.status, want.body)
		}
	}
	if n := s.conns.Load(); n != 1 {
		t.Errorf("%d connections for four exchanges on a keep-alive server, want 1", n)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.bodies) != 4 || s.bodies[0] != `{"i":1}` {
		t.Errorf("the server read %q", s.bodies)
	}
}

func TestH1Client_StaleConnectionIsReplacedForIdempotentCallsOnly(t *testing.T) {
	// The server closes the connection after each answer without saying so: the next request on it finds it
	// closed before any byte of an answer.
	ok := "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
	s := newRawServer(t, cannedResponse{raw: ok, close: true}, cannedResponse{raw: ok, close: true}, cannedResponse{raw: ok, close: true})
	h := s.client(t)
	deadline := time.Now().Add(5 * time.Second)
	if _, _, err := h.post(deadline, []byte("{}"), nil, 1<<20, true); err != nil {
		t.Fatal(err)
	}
	waitConnClosed(t, h)
	if status, body, err := h.post(deadline, []byte("{}"), nil, 1<<20, true); err != nil || status != 200 || string(body) != "ok" {
		t.Fatalf("idempotent call on a stale connection: %d %q %v, want it sent again on a new one", status, body, err)
	}
	waitConnClosed(t, h)
	if _, _, err := h.post(deadline, []byte("{}"), nil, 1<<20, false); err == nil || !errors.Is(err.err, errStale) {
		t.Fatalf("a write on a stale connection: %v, want errStale (not sent again)", err)
	}
}

// waitConnClosed waits until the server side of h's idle connection is gone (its FIN arrived).
func waitConnClosed(t *testing.T, h *h1Client) {
	t.Helper()
	hc := <-h.idle
	_ = hc.c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := hc.br.Peek(1); err == nil {
		t.Fatal("the server sent bytes on an idle connection")
	}
	_ = hc.c.SetReadDeadline(time.Time{})
	h.idle <- hc
}

func TestH1Client_LimitsTimeoutsAndMalformedAnswers(t *testing.T) {
	for _, tc := range []struct {
		name    string
		resp    cannedResponse
		max     int64
		timeout bool
		limit   bool
	}{
		{name: "content length over the limit", resp: cannedResponse{raw: "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n"}, max: 10, limit: true},
		{name: "chunks over the limit", resp: cannedResponse{raw: "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n8\r\n12345678\r\n0\r\n\r\n"}, max: 10, limit: true},
		{name: "no answer before the deadline", resp: cannedResponse{hang: true}, max: 1 << 20, timeout: true},
		{name: "not HTTP", resp: cannedResponse{raw: "SSH-2.0-OpenSSH\r\n\r\n", close: true}, max: 1 << 20},
		{name: "gzip nobody asked for", resp: cannedResponse{raw: "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 1\r\n\r\nx"}, max: 1 << 20},
		{name: "bad chunk size", resp: cannedResponse{raw: "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"}, max: 1 << 20},
		{name: "truncated body", resp: cannedResponse{raw: "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", close: true}, max: 1 << 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newRawServer(t, tc.resp).client(t)
			_, body, err := h.post(time.Now().Add(300*time.Millisecond), []byte("{}"), nil, tc.max, true)
			if err == nil {
				t.Fatalf("accepted %q", body)
			}
			if err.timeout != tc.timeout || err.limit != tc.limit {
				t.Errorf("error %v: timeout %v limit %v, want %v %v", err, err.timeout, err.limit, tc.timeout, tc.limit)
			}
		})
	}
}

func TestH1Client_OnlyForPlainHTTPAndSafeHeaders(t *testing.T) {
	for raw, want := range map[string]bool{
		"http://127.0.0.1:8545":         true,
		"http://node.example/rpc?key=1": true,
		"https://node.example/rpc":      false,
	} {
		u, _ := url.Parse(raw)
		if got := newH1Client(u, jsonHeader) != nil; got != want {
			t.Errorf("%s: h1 client %v, want %v", raw, got, want)
		}
	}
	u, _ := url.Parse("http://node.example/rpc?key=1")
	h := newH1Client(u, jsonHeader)
	if head := string(h.head); !strings.HasPrefix(head, "POST /rpc?key=1 HTTP/1.1\r\nHost: node.example\r\n") || h.addr != "node.example:80" {
		t.Errorf("head %q, addr %s", head, h.addr)
	}
	if newH1Client(u, http.Header{"X-Evil": {"a\r\nInjected: 1"}}) != nil {
		t.Error("a header value with CRLF was accepted")
	}
}
