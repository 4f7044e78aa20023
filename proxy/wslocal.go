package proxy

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// What the proxy does itself to a WebSocket message that passed the checks, as over HTTP: it rewrites the safe and
// finalized tags (rewrite_tags, with a verifier feed) and answers mach_finality. A single mach_finality call is
// answered here and nothing goes upstream. A batch that mixes mach_finality with other calls is split: the other
// calls go upstream as one batch whose ids the relay renames ("mach-split-<n>"); when the upstream's array
// answers it, the relay puts the client's ids back and appends the answers it worked out here, so that the client
// gets one array answering each of its ids once (JSON-RPC lets a batch's answers come in any order). A message
// the proxy changes nothing in is relayed byte for byte; one with a rewritten tag is encoded again from its calls.

// wsPlan is what becomes of a client message that passed the checks.
type wsPlan struct {
	// raw is the message to relay as is; nil when calls must be encoded again (a tag rewritten, a batch split).
	raw []byte
	// calls are the calls to relay; none: nothing goes upstream.
	calls []Call
	batch bool
	// held are the proxy's answers to join with the upstream's answer to calls (a split batch), comma-separated;
	// nil: no split.
	held []byte
	// reply is an answer to send to the client at once.
	reply []byte
}

// plan rewrites tags in calls and answers the mach_finality calls among them. It runs on the client's read loop,
// before the message's other calls are relayed, so that they reach the upstream in the order the client sent
// them: mach_finality by number costs no I/O, by hash or tag one or two calls to an upstream over HTTP.
func (rel *wsRelay) plan(msg []byte, calls []Call, batch bool) wsPlan {
	s, ro := rel.s, rel.ro
	p := wsPlan{raw: msg, calls: calls, batch: batch}
	var tags tagTargets
	local := 0
	for i := range calls {
		c := &calls[i]
		if c.Err != nil { // refused by checkCalls: answered here
			local++
			continue
		}
		if ro.rewrite && s.verified.Load() != nil {
			if params, ok := s.rewriteTags(ro, c, &tags); ok {
				c.Params, p.raw = params, nil
			}
		}
		if c.Method == FinalityMethod {
			local++
		}
	}
	if local == 0 {
		return p
	}
	v := ro.breaker.check()
	var answers []byte
	fwd := make([]Call, 0, len(calls)-local)
	fwdAnswered := false // a relayed call has an id: the upstream answers the batch
	for i := range calls {
		c := &calls[i]
		if c.Err != nil { // counted by checkCalls
			if c.Err != errRefusedNotification {
				if answers != nil {
					answers = append(answers, ',')
				}
				answers = appendErrorResponse(answers, c.ID, c.Err)
			}
			continue
		}
		if c.Method != FinalityMethod {
			fwd = append(fwd, *c)
			fwdAnswered = fwdAnswered || !c.Notification()
			continue
		}
		if c.Notification() { // as over HTTP: counted, not answered (nor worked out)
			s.count(ro, c, &answer{upstream: noUpstream}, v)
			continue
		}
		a := s.finality(rel.ctx, ro, c, v)
		s.count(ro, c, &a, v)
		if answers != nil {
			answers = append(answers, ',')
		}
		answers = appendAnswer(answers, c, &a, v)
	}
	p.raw, p.calls = nil, fwd
	switch {
	case !batch:
		p.reply = answers // a single call: nothing else in the message
	case answers == nil: // the mach_finality calls were notifications: the upstream's array answers the batch
	case !fwdAnswered: // the upstream answers nothing: the array is the proxy's answers alone
		p.reply = append(append(append(make([]byte, 0, len(answers)+2), '['), answers...), ']')
	default:
		p.held = answers
	}
	return p
}

// wsSplit is a split batch whose relayed part the upstream has not answered yet.
type wsSplit struct {
	ids    []string          // the ids the relayed calls were sent with
	client []json.RawMessage // the client's ids, in the same order
	held   []byte            // the proxy's answers to the other calls, comma-separated
}

// splitRef locates a renamed id: its split and its position there.
type splitRef struct {
	sp *wsSplit
	i  int
}

// encodeCalls encodes calls as a message: a single call, or a batch.
func encodeCalls(calls []Call, batch bool) []byte {
	var out []byte
	if batch {
		out = append(out, '[')
	}
	for i := range calls {
		if i > 0 {
			out = append(out, ',')
		}
		c := &calls[i]
		out = append(out, `{"jsonrpc":"2.0"`...)
		if c.ID != nil {
			out = append(out, `,"id":`...)
			out = append(out, c.ID...)
		}
		out = append(out, `,"method":`...)
		out = append(out, c.MethodRaw...)
		if c.Params != nil {
			out = append(out, `,"params":`...)
			out = append(out, c.Params...)
		}
		out = append(out, '}')
	}
	if batch {
		out = append(out, ']')
	}
	return out
}

// renameForSplit gives c (a call with an id in a split batch) an id of the relay's own and records it; st.mu held.
func (st *wsSubs) renameForSplit(sp *wsSplit, c *Call) {
	if st.split == nil {
		st.split = map[string]splitRef{}
	}
	st.seq++
	id := `"mach-split-` + strconv.FormatUint(st.seq, 10) + `"`
	st.split[id] = splitRef{sp: sp, i: len(sp.ids)}
	sp.ids = append(sp.ids, id)
	sp.client = append(sp.client, bytes.Clone(c.ID)) // c.ID aliases the client's message
	c.ID = json.RawMessage(id)
}

// joinSplit turns the upstream's array msg, answering the relayed part of a split batch, into the answer to the
// client's whole batch: the client's ids back in place, the proxy's answers appended.
func (rel *wsRelay) joinSplit(msg []byte) ([]byte, bool) {
	st := &rel.subs
	st.mu.Lock()
	defer st.mu.Unlock()
	if len(st.split) == 0 {
		return msg, false
	}
	var sp *wsSplit
	out := make([]byte, 0, len(msg)+64)
	out = append(out, '[')
	n := 0
	for it := newElemIter(msg); ; {
		elem, ok := it.next()
		if !ok {
			break
		}
		if n > 0 {
			out = append(out, ',')
		}
		n++
		id := decodeResponse(elem).ID
		ref, ok := st.split[string(id)]
		if !ok || (sp != nil && ref.sp != sp) {
			out = append(out, elem...)
			continue
		}
		sp = ref.sp
		off := offsetIn(elem, id)
		out = append(out, elem[:off]...)
		out = append(out, sp.client[ref.i]...)
		out = append(out, elem[off+len(id):]...)
	}
	if sp == nil {
		return msg, false
	}
	for _, id := range sp.ids { // ids the upstream left unanswered, too: the batch is answered now
		delete(st.split, id)
		delete(st.pending, id)
	}
	if n > 0 {
		out = append(out, ',')
	}
	out = append(out, sp.held...)
	return append(out, ']'), true
}

// abandon answers every call in flight with e (the upstream connection was lost) and forgets them; st.mu held.
// A call of a split batch is answered within one array with the rest of its batch; every other call alone.
func (st *wsSubs) abandon(e *Error) [][]byte {
	var out [][]byte
	for id := range st.pending {
		if _, ok := st.split[id]; !ok {
			out = append(out, appendErrorResponse(nil, json.RawMessage(id), e))
		}
	}
	done := map[*wsSplit]bool{}
	for _, ref := range st.split {
		if done[ref.sp] {
			continue
		}
		done[ref.sp] = true
		a := []byte{'['}
		for _, id := range ref.sp.client {
			a = appendErrorResponse(a, id, e)
			a = append(a, ',')
		}
		out = append(out, append(append(a, ref.sp.held...), ']'))
	}
	st.pending = nil
	clear(st.split)
	return out
}
