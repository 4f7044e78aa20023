package proxy

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// WebSocket relay. Each client connection gets its own connection to one upstream (healthy first), chosen at
// connect time and kept for the connection's life, so that subscriptions (eth_subscribe newHeads, logs, …) and
// their notifications flow unchanged in both directions; ids are not rewritten. Every client message goes through
// the same checks as HTTP (limits, method filters, rate limit, breaker) before it is relayed; then, as over HTTP,
// the proxy answers mach_finality itself and rewrites safe/finalized tags (wslocal.go; a batch mixing mach_finality
// with other calls is split, and only then are ids rewritten, for its relayed part). If the upstream goes
// away, the relay fails over (wsfailover.go): it dials the next healthy upstream with a ws_url and subscribes there
// again, keeping the client's subscription ids; with none left it closes the client's connection (1013). When the
// breaker's action becomes block-all, open connections are closed with a message naming the alert, so that no
// more heads of the faulty rollup are delivered.

// wsCloseTripped is the close code sent when the breaker blocks the rollup: 1008, policy violation.
const wsCloseTripped = websocket.ClosePolicyViolation

// wsConns tracks open relays so that Stop can close them.
type wsConns struct {
	mu    sync.Mutex
	conns map[*wsRelay]struct{}
	wg    sync.WaitGroup
}

func (c *wsConns) add(r *wsRelay) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.conns == nil {
		c.conns = map[*wsRelay]struct{}{}
	}
	c.conns[r] = struct{}{}
	c.wg.Add(1)
}

func (c *wsConns) remove(r *wsRelay) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.conns[r]; ok {
		delete(c.conns, r)
		c.wg.Done()
	}
}

// closeAll closes every relay and waits for them until ctx ends.
func (c *wsConns) closeAll(ctx context.Context) error {
	c.mu.Lock()
	open := make([]*wsRelay, 0, len(c.conns))
	for r := range c.conns {
		open = append(open, r)
	}
	c.mu.Unlock()
	for _, r := range open { // outside the lock: close removes the relay
		r.close(websocket.CloseGoingAway, "proxy shutting down")
	}
	done := make(chan struct{})
	go func() { c.wg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// wsRelay is one client connection and its upstream connection.
type wsRelay struct {
	s      *Server
	ro     *rollup
	r      *http.Request
	client *websocket.Conn
	// link is the upstream connection, swapped by a failover.
	link atomic.Pointer[wsLink]

	writeMu   sync.Mutex // serialises writes to client (gorilla allows one concurrent writer)
	upMu      sync.Mutex // serialises writes to the upstream connection, and failovers
	closeOnce sync.Once
	closed    atomic.Bool
	ctx       context.Context // ends when the relay closes: aborts a failover's dial
	cancel    context.CancelFunc

	subs wsSubs // what a failover must restore
}

// wsLink is a relay's connection to one upstream.
type wsLink struct {
	conn *websocket.Conn
	u    *upstream
}

// cur returns the current upstream connection.
func (rel *wsRelay) cur() *wsLink { return rel.link.Load() }

// isWebSocket reports whether r asks for a WebSocket upgrade.
func isWebSocket(r *http.Request) bool {
	return r.Method == http.MethodGet && strings.EqualFold(r.Header.Get("Upgrade"), "websocket") &&
		strings.Contains(strings.ToLower(r.Header.Get("Connection")), "upgrade")
}

// serveWS relays a WebSocket connection for rollup ro.
func (s *Server) serveWS(w http.ResponseWriter, r *http.Request, ro *rollup) {
	v := ro.breaker.check()
	if v.action == ActionBlockAll {
		if v.header != "" {
			w.Header().Set(AlertHeader, v.header)
		}
		writeJSONError(w, http.StatusServiceUnavailable, v.trip)
		return
	}
	var buf [8]*upstream
	var target *upstream
	for _, u := range ro.pool.order(buf[:0]) {
		if u.wsURL != "" {
			target = u
			break
		}
	}
	if target == nil {
		writeJSONError(w, http.StatusNotImplemented, &Error{Code: CodeMethodNotFound,
			Message: "rollup " + ro.name + " has no WebSocket upstream; set ws_url on one of its upstreams, or use HTTP"})
		return
	}
	upConn, err := s.dialWS(r.Context(), target)
	if err != nil {
		writeJSONError(w, http.StatusBadGateway, &Error{Code: CodeInternal,
			Message: "upstream unavailable: upstream " + target.name + " of rollup " + ro.name + " refused the WebSocket connection"})
		return
	}
	upgrader := websocket.Upgrader{
		ReadBufferSize:  4096,
		WriteBufferSize: 4096,
		CheckOrigin:     s.originAllowed,
	}
	var respHeader http.Header
	if v.header != "" { // the alert as it stood at connect time
		respHeader = http.Header{AlertHeader: {v.header}}
	}
	clientConn, err := upgrader.Upgrade(w, r, respHeader) // answers the client itself on failure
	if err != nil {
		upConn.Close()
		return
	}
	clientConn.SetReadLimit(s.limits.MaxBodyBytes)
	rel := &wsRelay{s: s, ro: ro, r: r, client: clientConn}
	rel.ctx, rel.cancel = context.WithCancel(context.Background())
	rel.link.Store(&wsLink{conn: upConn, u: target})
	s.ws.add(rel)
	s.metrics.wsConns.WithLabelValues(ro.name).Inc()
	go rel.pumpUpstream()
	rel.pumpClient()
}

// dialWS opens a WebSocket connection to u.
func (s *Server) dialWS(ctx context.Context, u *upstream) (*websocket.Conn, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Health.Timeout+3*time.Second)
	defer cancel()
	conn, resp, err := s.wsDialer.DialContext(ctx, u.wsURL, u.wsHeader)
	if resp != nil && resp.Body != nil {
		resp.Body.Close()
	}
	if err != nil {
		return nil, err
	}
	conn.SetReadLimit(s.cfg.Limits.MaxResponseBytes)
	return conn, nil
}

// originAllowed applies the CORS origins to WebSocket handshakes (browsers send Origin; other clients do not).
func (s *Server) originAllowed(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	for _, o := range s.cfg.CORS.AllowedOrigins {
		if o == "*" || strings.EqualFold(o, origin) {
			return true
		}
	}
	return false
}

// close ends both connections once, telling the client why.
func (rel *wsRelay) close(code int, reason string) {
	rel.closeOnce.Do(func() {
		rel.closed.Store(true)
		if rel.cancel != nil {
			rel.cancel()
		}
		if len(reason) > 120 { // a close frame's reason is at most 123 bytes
			reason = reason[:120]
		}
		rel.writeMu.Lock()
		_ = rel.client.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, reason), time.Now().Add(time.Second))
		rel.writeMu.Unlock()
		_ = rel.client.Close()
		if l := rel.cur(); l != nil && l.conn != nil {
			_ = l.conn.Close() // safe next to a write in progress: it closes the network connection
		}
		rel.s.metrics.wsConns.WithLabelValues(rel.ro.name).Dec()
		rel.s.ws.remove(rel)
	})
}

// writeClient sends one text message to the client.
func (rel *wsRelay) writeClient(msg []byte) error {
	rel.writeMu.Lock()
	defer rel.writeMu.Unlock()
	_ = rel.client.SetWriteDeadline(time.Now().Add(10 * time.Second))
	return rel.client.WriteMessage(websocket.TextMessage, msg)
}

// pumpUpstream relays the upstream's messages (answers and subscription notifications) to the client, byte for
// byte but for subscription ids changed by a failover, until either side closes or the breaker blocks the rollup.
// When the upstream connection fails it fails over to another upstream, or closes the client's connection.
func (rel *wsRelay) pumpUpstream() {
	defer func() {
		if r := recover(); r != nil {
			rel.s.log.Error("proxy: WebSocket relay panicked", "rollup", rel.ro.name, "panic", r)
			rel.close(websocket.CloseInternalServerErr, "internal error")
		}
	}()
	for {
		l := rel.cur()
		_, msg, err := l.conn.ReadMessage()
		if err != nil {
			if rel.closed.Load() {
				return
			}
			if !rel.failover(l, err) {
				rel.close(websocket.CloseTryAgainLater, "mach: no healthy WebSocket upstream for rollup "+rel.ro.name+"; reconnect later")
				return
			}
			continue
		}
		if v := rel.ro.breaker.check(); v.action == ActionBlockAll {
			rel.close(wsCloseTripped, trippedReason(v))
			return
		}
		out, forward := rel.fromUpstream(msg)
		if !forward {
			continue
		}
		if err := rel.writeClient(out); err != nil {
			rel.close(websocket.CloseGoingAway, "")
			return
		}
	}
}

// trippedReason is a close reason naming the alert (short: close frames carry at most 123 bytes).
func trippedReason(v *verdict) string {
	if v.alert.Level == LevelNone {
		return "mach: breaker tripped: alert state stale"
	}
	return "mach: breaker tripped: " + v.alert.Level.String() + " alert " + v.alert.MessageHash.Hex()
}

// pumpClient checks each client message and relays it upstream, answering refused calls and mach_finality itself.
func (rel *wsRelay) pumpClient() {
	defer rel.close(websocket.CloseNormalClosure, "")
	for {
		typ, msg, err := rel.client.ReadMessage()
		if err != nil {
			var ce *websocket.CloseError
			if errors.As(err, &ce) || errors.Is(err, websocket.ErrReadLimit) {
				if errors.Is(err, websocket.ErrReadLimit) {
					rel.close(websocket.CloseMessageTooBig, "message larger than limits.max_body_bytes")
				}
			}
			return
		}
		if typ != websocket.TextMessage && typ != websocket.BinaryMessage {
			continue
		}
		calls, batch, reply, relay := rel.checkCalls(msg)
		if !relay {
			if reply != nil && rel.writeClient(reply) != nil {
				return
			}
			continue
		}
		p := rel.plan(msg, calls, batch)
		if p.reply != nil && rel.writeClient(p.reply) != nil {
			return
		}
		if len(p.calls) == 0 {
			continue
		}
		rel.upMu.Lock()
		l := rel.cur()
		msg = rel.toUpstream(p.raw, p.calls, p.batch, p.held) // under upMu: a failover sees every call sent before it
		_ = l.conn.SetWriteDeadline(time.Now().Add(10 * time.Second))
		err = l.conn.WriteMessage(websocket.TextMessage, msg)
		rel.upMu.Unlock()
		if err != nil {
			// The connection is broken: closing it makes pumpUpstream fail over, answering this message's calls
			// (now pending) with an error.
			_ = l.conn.Close()
		}
	}
}

// check applies the HTTP path's checks to one client message. It reports whether the message may be relayed; if
// not, reply is the answer to send back instead (nil when only notifications were refused). In a batch where only
// some calls are refused, those are marked (their Err set) for plan to answer, and the batch is relayed.
func (rel *wsRelay) check(msg []byte) (reply []byte, relay bool) {
	_, _, reply, relay = rel.checkCalls(msg)
	return reply, relay
}

// checkCalls is check, also returning the parsed calls.
func (rel *wsRelay) checkCalls(msg []byte) (calls []Call, batch bool, reply []byte, relay bool) {
	s, ro := rel.s, rel.ro
	calls, batch, perr := Parse(msg, s.limits)
	if perr != nil {
		ro.calls.inc(callKey{"other", noUpstream, statusInvalid})
		return nil, false, appendErrorResponse(nil, nil, perr), false
	}
	if s.limiter != nil {
		if client, ok := s.limiter.clientOf(rel.r); ok {
			if allowed, wait := s.limiter.allow(client, len(calls)); !allowed {
				e := &Error{Code: CodeLimitExceeded, Message: "rate limit exceeded; retry in " + (wait + time.Second).Truncate(time.Second).String()}
				return nil, false, answerAll(calls, batch, func(*Call) *Error { return e }), false
			}
		}
	}
	v := ro.breaker.check()
	refusal := func(c *Call) *Error {
		switch {
		case c.Err != nil:
			return c.Err
		case !s.methods.allowed(c.Method):
			return &Error{Code: CodeMethodNotFound, Message: "the method " + c.Method + " does not exist/is not available"}
		case v.refuses(c.Method):
			return v.trip
		}
		return nil
	}
	refused := 0
	for i := range calls {
		c := &calls[i]
		method := "other"
		if c.Err == nil {
			method = metricMethod(c.Method)
		}
		if e := refusal(c); e != nil {
			refused++
			status := statusInvalid
			switch {
			case e == v.trip:
				status = statusTripped
			case e.Code == CodeMethodNotFound:
				status = statusNotFound
			}
			ro.calls.inc(callKey{method, noUpstream, status})
		} else if c.Method != FinalityMethod { // answered here, and counted then
			ro.calls.inc(callKey{method, rel.cur().u.name, statusRelayed})
		}
	}
	if refused == 0 {
		return calls, batch, nil, true
	}
	if batch && refused < len(calls) {
		// As over HTTP, a refused call of a batch is answered with its error and the others go upstream: plan
		// answers the calls marked here (Err set) itself, and the upstream's answer is joined with its answers.
		for i := range calls {
			c := &calls[i]
			if e := refusal(c); e != nil {
				if c.Notification() {
					e = errRefusedNotification // dropped, not answered
				}
				c.Err = e
			}
		}
		return calls, batch, nil, true
	}
	return nil, false, answerAll(calls, batch, refusal), false
}

// errRefusedNotification marks a refused notification in a batch relayed in part: plan drops it unanswered.
var errRefusedNotification = &Error{Code: CodeInvalidRequest, Message: "refused notification"}

// answerAll answers every call (notifications excepted) with the error errFor gives it.
func answerAll(calls []Call, batch bool, errFor func(*Call) *Error) []byte {
	var out []byte
	if batch {
		out = append(out, '[')
	}
	n := 0
	for i := range calls {
		c := &calls[i]
		if c.Notification() {
			continue
		}
		if n > 0 {
			out = append(out, ',')
		}
		n++
		out = appendErrorResponse(out, c.ID, errFor(c))
	}
	if batch {
		out = append(out, ']')
	}
	if n == 0 {
		return nil // only notifications: nothing to answer
	}
	return out
}
