package proxy

import (
	"bytes"
	"strconv"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// WebSocket failover. A relay remembers what it must restore on another upstream: the calls in flight (by id) and
// the live subscriptions (their eth_subscribe params). When the upstream connection fails, the relay dials the
// next healthy upstream with a ws_url, answers the calls in flight with an error (they may or may not have been
// executed: the client decides whether to send them again), and sends eth_subscribe again for every subscription.
// The client keeps its subscription ids: notifications from the new upstream have their subscription id replaced
// by the client's, and eth_unsubscribe the other way round. What happened during the switch is not replayed: a
// newHeads subscription continues with the next head (heads produced while switching are missed); a logs
// subscription may miss logs emitted during the switch, and may see some twice if the new upstream is behind the
// old one.

// wsSubs is a relay's subscription state.
type wsSubs struct {
	mu sync.Mutex
	// pending are the calls sent upstream and not answered yet, by raw id; subscribe calls keep their params.
	pending map[string]pendingCall
	// live are the client's subscriptions by client id (raw JSON), with their eth_subscribe params.
	live map[string][]byte
	// toClient maps an upstream subscription id to the client's, and toUpstream the other way, for the ids a
	// failover changed.
	toClient, toUpstream map[string]string
	// resub maps the id of a re-subscription the relay sent to the client subscription it restores.
	resub map[string]string
	// split maps the ids the relay gave the relayed calls of split batches (wslocal.go) to their batch.
	split map[string]splitRef
	seq   uint64
}

type pendingCall struct {
	subscribe bool
	params    []byte
}

const wsSubscribe, wsUnsubscribe = "eth_subscribe", "eth_unsubscribe"

// toUpstream records the calls of a message about to be relayed, and returns the message to send: msg itself, or,
// when msg is nil or an eth_unsubscribe names a subscription whose upstream id a failover changed, the calls
// encoded again (with the upstream's subscription id). held non-nil makes the message the relayed part of a split
// batch (wslocal.go): its calls get ids of the relay's own, and held the answers to join with the upstream's.
func (rel *wsRelay) toUpstream(msg []byte, calls []Call, batch bool, held []byte) []byte {
	st := &rel.subs
	st.mu.Lock()
	defer st.mu.Unlock()
	rewrite := msg == nil
	var sp *wsSplit
	if held != nil {
		sp, rewrite = &wsSplit{held: held}, true
	}
	for i := range calls {
		c := &calls[i]
		if c.Method == wsUnsubscribe {
			if p, ok := param(c.Params, 0); ok {
				id := string(p)
				delete(st.live, id)
				if up, ok := st.toUpstream[id]; ok {
					c.Params = append(append([]byte{'['}, up...), ']')
					delete(st.toUpstream, id)
					delete(st.toClient, up)
					rewrite = true
				}
			}
		}
		if c.Notification() {
			continue
		}
		if sp != nil {
			st.renameForSplit(sp, c)
		}
		if st.pending == nil {
			st.pending = map[string]pendingCall{}
		}
		pc := pendingCall{subscribe: c.Method == wsSubscribe}
		if pc.subscribe {
			pc.params = bytes.Clone(c.Params)
		}
		st.pending[string(c.ID)] = pc
	}
	if !rewrite {
		return msg
	}
	return encodeCalls(calls, batch)
}

// fromUpstream follows one upstream message: answers settle calls in flight (a subscribe's answer makes a live
// subscription), a re-subscription's answer maps the new upstream id to the client's and is not forwarded, and a
// notification gets the client's subscription id. It returns what to send to the client.
func (rel *wsRelay) fromUpstream(msg []byte) ([]byte, bool) {
	i := skipSpace(msg, 0)
	if i >= len(msg) {
		return msg, true
	}
	if msg[i] == '[' {
		for it := newElemIter(msg); ; {
			elem, ok := it.next()
			if !ok {
				break
			}
			r := decodeResponse(elem)
			rel.settle(r.ID, r.Result, r.Error)
		}
		if out, ok := rel.joinSplit(msg); ok {
			return out, true
		}
		return msg, true
	}
	var id, method, params, result, errObj []byte
	for it := newMemberIter(msg); ; {
		k, v, ok := it.next()
		if !ok {
			break
		}
		switch {
		case keyIs(k, "id"):
			id = v
		case keyIs(k, "method"):
			method = v
		case keyIs(k, "params"):
			params = v
		case keyIs(k, "result"):
			result = v
		case keyIs(k, "error"):
			errObj = v
		}
	}
	if method != nil { // a notification
		return rel.renameNotification(msg, params), true
	}
	return msg, rel.settle(id, result, errObj)
}

// settle records the answer to the call id; it reports whether the answer goes to the client.
func (rel *wsRelay) settle(id, result, errObj []byte) bool {
	if id == nil {
		return true
	}
	st := &rel.subs
	st.mu.Lock()
	defer st.mu.Unlock()
	key := string(id)
	if client, ok := st.resub[key]; ok {
		delete(st.resub, key)
		if _, live := st.live[client]; !live { // unsubscribed meanwhile: drop the new subscription
			return false
		}
		if len(result) > 0 && result[0] == '"' && errObj == nil {
			up := string(result)
			if up != client {
				st.toClient[up], st.toUpstream[client] = client, up
			}
		} else {
			delete(st.live, client)
			rel.s.log.Warn("WebSocket failover: re-subscribing failed; the client's subscription gets no more notifications",
				"rollup", rel.ro.name, "upstream", rel.cur().u.name, "error", string(errObj))
		}
		return false
	}
	pc, ok := st.pending[key]
	if !ok {
		return true
	}
	delete(st.pending, key)
	if pc.subscribe && errObj == nil && len(result) > 0 && result[0] == '"' {
		if st.live == nil {
			st.live = map[string][]byte{}
		}
		st.live[string(result)] = pc.params
	}
	return true
}

// renameNotification puts the client's subscription id into a notification from an upstream whose id a failover
// changed.
func (rel *wsRelay) renameNotification(msg, params []byte) []byte {
	st := &rel.subs
	st.mu.Lock()
	defer st.mu.Unlock()
	if len(st.toClient) == 0 {
		return msg
	}
	for it := newMemberIter(params); ; {
		k, v, ok := it.next()
		if !ok {
			return msg
		}
		if keyIs(k, "subscription") {
			client, ok := st.toClient[string(v)]
			if !ok {
				return msg
			}
			off := offsetIn(msg, v)
			out := make([]byte, 0, len(msg)+len(client))
			out = append(out, msg[:off]...)
			out = append(out, client...)
			return append(out, msg[off+len(v):]...)
		}
	}
}

// failover replaces the failed link l by a connection to another healthy upstream, and reports whether it found
// one. It answers the calls in flight with an error and subscribes again on the new upstream.
func (rel *wsRelay) failover(l *wsLink, cause error) bool {
	rel.upMu.Lock()
	defer rel.upMu.Unlock()
	s, ro := rel.s, rel.ro
	if l.u.healthy.CompareAndSwap(true, false) { // as for HTTP: a dropped connection marks the upstream down
		s.metrics.upstreamHealthy.WithLabelValues(ro.name, l.u.name).Set(0)
	}
	s.log.Warn("WebSocket upstream connection lost; failing over", "rollup", ro.name, "upstream", l.u.name, "err", cause)
	var buf [8]*upstream
	var conn *websocket.Conn
	var next *upstream
	for _, u := range ro.pool.order(buf[:0]) {
		if u == l.u || u.wsURL == "" || !u.healthy.Load() || rel.closed.Load() {
			continue
		}
		c, err := s.dialWS(rel.ctx, u)
		if err != nil {
			s.log.Warn("WebSocket failover: dial failed", "rollup", ro.name, "upstream", u.name, "err", err)
			continue
		}
		conn, next = c, u
		break
	}
	if conn == nil || rel.closed.Load() {
		if conn != nil {
			_ = conn.Close()
		}
		s.metrics.wsFailovers.WithLabelValues(ro.name, "none_healthy").Inc()
		return false
	}
	rel.link.Store(&wsLink{conn: conn, u: next})
	_ = l.conn.Close()

	st := &rel.subs
	st.mu.Lock()
	lost := &Error{Code: CodeInternal, Message: "upstream connection lost before it answered (the proxy switched to upstream " +
		next.name + "); the call may or may not have been executed: send it again if that is safe"}
	answers := st.abandon(lost)
	if st.toClient == nil {
		st.toClient, st.toUpstream = map[string]string{}, map[string]string{}
	}
	clear(st.toClient)
	clear(st.toUpstream)
	st.resub = map[string]string{}
	var resubs [][]byte
	for client, params := range st.live {
		if params == nil {
			params = []byte("[]")
		}
		st.seq++
		id := `"mach-resubscribe-` + strconv.FormatUint(st.seq, 10) + `"`
		st.resub[id] = client
		msg := append([]byte(`{"jsonrpc":"2.0","id":`+id+`,"method":"eth_subscribe"`), `,"params":`...)
		resubs = append(resubs, append(append(msg, params...), '}'))
	}
	st.mu.Unlock()

	for _, a := range answers {
		if rel.writeClient(a) != nil {
			break
		}
	}
	for _, m := range resubs {
		_ = conn.SetWriteDeadline(time.Now().Add(10 * time.Second))
		if err := conn.WriteMessage(websocket.TextMessage, m); err != nil {
			break // the next read fails: another failover
		}
	}
	s.metrics.wsFailovers.WithLabelValues(ro.name, "ok").Inc()
	s.log.Info("WebSocket relay failed over", "rollup", ro.name, "from", l.u.name, "to", next.name, "subscriptions", len(resubs))
	return true
}
