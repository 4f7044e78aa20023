package proxy

import (
	"bufio"
	"bytes"
	"io"
	"net"
	"net/http"
	"strconv"
	"testing"
	"time"
)

// BenchmarkPassThroughAllocs counts what the proxy itself allocates per pass-through request: the client and the
// upstream here are raw sockets that write prepared bytes and parse with bufio's buffers, allocating nothing per
// request, so allocs/op is the proxy's own (its health checks of the upstream add a fraction). "mach" is the
// proxy as Start serves it (its own HTTP/1.1 server); "mach-nethttp" is the same proxy's Handler in a net/http
// server, as before that server existed; "direct" is the harness alone.
func BenchmarkPassThroughAllocs(b *testing.B) {
	answer := `{"jsonrpc":"2.0","id":1,"result":"0x56bc75e2d63100000"}`
	up := rawUpstream(b, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "+strconv.Itoa(len(answer))+"\r\n\r\n"+answer)
	cfg := testConfig("http://" + up)
	cfg.Cache.Enabled = false
	s, _ := startProxyB(b, cfg)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	std := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = std.Serve(ln) }()
	b.Cleanup(func() { _ = std.Close() })

	call := `{"jsonrpc":"2.0","id":1,"method":"eth_getBalance","params":["0x000000000000000000000000000000000000dEaD","0x1"]}`
	for _, tg := range []struct{ name, addr, path string }{
		{"direct", up, "/"},
		{"mach", s.Addr(), "/rpc/op"},
		{"mach-nethttp", ln.Addr().String(), "/rpc/op"},
	} {
		req := []byte(rpcPOST(tg.path, "127.0.0.1", call, "User-Agent: bench"))
		b.Run(tg.name, func(b *testing.B) {
			c, err := net.Dial("tcp", tg.addr)
			if err != nil {
				b.Fatal(err)
			}
			defer c.Close()
			br := bufio.NewReaderSize(c, 8192)
			body := make([]byte, 4096)
			exchange := func() {
				if _, err := c.Write(req); err != nil {
					b.Fatal(err)
				}
				n, err := readRawResponse(br, body)
				if err != nil {
					b.Fatal(err)
				}
				if string(body[:n]) != answer {
					b.Fatalf("%s answered %q", tg.name, body[:n])
				}
			}
			for range 100 {
				exchange()
			}
			b.ReportAllocs()
			for b.Loop() {
				exchange()
			}
		})
	}
}

func startProxyB(b *testing.B, cfg Config) (*Server, string) {
	s, err := New(cfg, newTestAlerts(), discardLogger())
	if err != nil {
		b.Fatal(err)
	}
	if err := s.Start(testContext(b)); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Stop(testContext(b)) })
	return s, "http://" + s.Addr()
}

// rawUpstream serves every request on every connection with the same prepared response.
func rawUpstream(tb testing.TB, response string) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = ln.Close() })
	resp := []byte(response)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				br := bufio.NewReaderSize(c, 8192)
				for {
					n, err := readRawHead(br)
					if err != nil {
						return
					}
					if _, err := br.Discard(n); err != nil {
						return
					}
					if _, err := c.Write(resp); err != nil {
						return
					}
				}
			}()
		}
	}()
	return ln.Addr().String()
}

// readRawHead reads an HTTP/1.1 head and returns its Content-Length.
func readRawHead(br *bufio.Reader) (int, error) {
	n := 0
	for {
		line, err := br.ReadSlice('\n')
		if err != nil {
			return 0, err
		}
		if len(line) <= 2 {
			return n, nil
		}
		if len(line) > 16 && bytes.EqualFold(line[:15], []byte("content-length:")) {
			n = 0
			for _, c := range bytes.TrimSpace(line[15:]) {
				n = n*10 + int(c-'0')
			}
		}
	}
}

// readRawResponse reads one response and its body into buf.
func readRawResponse(br *bufio.Reader, buf []byte) (int, error) {
	n, err := readRawHead(br)
	if err != nil {
		return 0, err
	}
	if n > len(buf) {
		return 0, io.ErrShortBuffer
	}
	_, err = io.ReadFull(br, buf[:n])
	return n, err
}
