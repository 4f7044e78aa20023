package proxy

import (
	"bytes"
	"context"
	"encoding/json"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// What the verifier feed (VerifiedHeads) changes: the safe and finalized tags can be rewritten to the verified
// head (RollupConfig.RewriteTags), mach_finality answers per block, and the cache keeps transactions mined at or
// below the verified head (cache.ceiling).

// FinalityMethod is the method the proxy answers itself: mach_finality(blockNumberOrHash).
const FinalityMethod = "mach_finality"

// Finality statuses, the status member of a mach_finality answer.
const (
	// FinalityUnsafe: the block is above the verified head, or the verifier has not certified it (or there is
	// no verifier feed), and the rollup has no live alert.
	FinalityUnsafe = "unsafe"
	// FinalityVerified: the block is on the verified chain, at or below the verified head.
	FinalityVerified = "verified"
	// FinalityAlerted: the block is not verified and the rollup has a live alert.
	FinalityAlerted = "alerted"
)

// Finality is the answer to mach_finality.
type Finality struct {
	// Status is FinalityUnsafe, FinalityVerified or FinalityAlerted.
	Status string `json:"status"`
	// Block is the block's number.
	Block uint64 `json:"block"`
	// VerifiedHead is the rollup's verified head, nil when the proxy knows none.
	VerifiedHead *uint64 `json:"verifiedHead"`
	// Alert is the rollup's live alert (as in a -32090 error's data), absent when there is none.
	Alert json.RawMessage `json:"alert,omitempty"`
	// VerifierHalted is, for a block not verified at or above the block the rollup's verifier found invalid, that
	// halt: the verifier will certify nothing past it until the L2 replaces the block. Absent otherwise. It says
	// more than "unsafe" before any alert reaches L1, and names the block an alert will be about.
	VerifierHalted *VerifierHalt `json:"verifierHalted,omitempty"`
}

// tagParamPos is, per method, the position of its block parameter in params; tagFilter marks eth_getLogs, whose
// filter object (params[0]) has fromBlock and toBlock. eth_newFilter is left alone: a filter re-reads its tags at
// every poll (eth_getFilterLogs resolves them again), which a fixed number would change; and op-geth refuses a
// filter with safe or finalized in either bound (-32000 "invalid block range params") while it takes numbers, so
// a rewrite would turn the node's refusal into a filter the client did not ask for. The node's answer stands.
// eth_subscribe's params are no block tags either. The same table serves HTTP and WebSocket calls.
var tagParamPos = map[string]int{
	"eth_getBlockByNumber":                    0,
	"eth_getHeaderByNumber":                   0,
	"eth_getBlockTransactionCountByNumber":    0,
	"eth_getUncleCountByBlockNumber":          0,
	"eth_getTransactionByBlockNumberAndIndex": 0,
	"eth_getUncleByBlockNumberAndIndex":       0,
	"eth_getBlockReceipts":                    0,
	"eth_getBalance":                          1,
	"eth_getCode":                             1,
	"eth_getTransactionCount":                 1,
	"eth_call":                                1,
	"eth_estimateGas":                         1,
	"eth_createAccessList":                    1,
	"eth_simulateV1":                          1,
	"eth_feeHistory":                          1,
	"eth_getStorageAt":                        2,
	"eth_getProof":                            2,
	"eth_getLogs":                             tagFilter,
	FinalityMethod:                            0,
}

const tagFilter = -1

var (
	safeTag      = []byte(`"safe"`)
	finalizedTag = []byte(`"finalized"`)
)

// tagTargets are the blocks the safe and finalized tags are rewritten to in one request, as raw JSON quantities
// ("0x1a"); nil leaves the tag as it is. They are worked out once per request, at the first call with a tag.
type tagTargets struct {
	done bool
	to   [2][]byte // safe, finalized
}

// verifiedHead returns the rollup's verified head, if there is a feed and it knows one.
// feedCovers reports whether a verifier feed follows the rollup (see VerifiedCoverage).
func (s *Server) feedCovers(ro *rollup) bool {
	f := s.verified.Load()
	if f == nil {
		return false
	}
	if f.cover != nil {
		return f.cover.Covers(ro.chainID)
	}
	return true
}

func (s *Server) verifiedHead(ro *rollup) (VerifiedHead, bool) {
	f := s.verified.Load()
	if f == nil {
		return VerifiedHead{}, false
	}
	return f.heads.VerifiedHead(ro.chainID)
}

// targets works out t: each tag goes to the lower of the verified head and the lowest safe (finalized) block the
// healthy upstreams reported at the last health round, so that it never names an unverified block nor one the
// upstreams do not have yet. Without a verified head, or without the upstreams' own block, the tag is left alone.
func (s *Server) targets(ro *rollup, t *tagTargets) {
	t.done = true
	vh, ok := s.verifiedHead(ro)
	if !ok {
		return
	}
	for i := range t.to {
		if up, known := ro.pool.upstreamTag(i); known {
			q := append(make([]byte, 0, 20), `"0x`...)
			q = strconv.AppendUint(q, min(vh.Number, up), 16)
			t.to[i] = append(q, '"')
		}
	}
}

// rewriteTags returns c's params with the safe and finalized tags in its block parameter replaced by their
// targets, and whether it changed anything. Only methods with a block parameter (tagParamPos) are touched.
func (s *Server) rewriteTags(ro *rollup, c *Call, t *tagTargets) ([]byte, bool) {
	if len(c.Params) == 0 || (!bytes.Contains(c.Params, safeTag) && !bytes.Contains(c.Params, finalizedTag)) {
		return nil, false
	}
	pos, ok := tagParamPos[c.Method]
	if !ok {
		return nil, false
	}
	if !t.done {
		s.targets(ro, t)
	}
	if t.to[0] == nil && t.to[1] == nil {
		return nil, false
	}
	var spans [2]tagSpan
	n := 0
	add := func(v []byte) {
		for i, tag := range [2][]byte{safeTag, finalizedTag} {
			if bytes.Equal(v, tag) && t.to[i] != nil && n < len(spans) {
				spans[n] = tagSpan{off: offsetIn(c.Params, v), n: len(v), to: t.to[i]}
				n++
			}
		}
	}
	if pos == tagFilter {
		filter, _ := param(c.Params, 0)
		for it := newMemberIter(filter); ; {
			k, v, ok := it.next()
			if !ok {
				break
			}
			if keyIs(k, "fromBlock") || keyIs(k, "toBlock") {
				add(v)
			}
		}
	} else if p, ok := param(c.Params, pos); ok {
		if p[0] == '"' {
			add(p)
		} else {
			for it := newMemberIter(p); ; { // EIP-1898 {"blockNumber": "safe"}
				k, v, ok := it.next()
				if !ok {
					break
				}
				if keyIs(k, "blockNumber") {
					add(v)
				}
			}
		}
	}
	if n == 0 {
		return nil, false
	}
	if n == 2 && spans[1].off < spans[0].off {
		spans[0], spans[1] = spans[1], spans[0]
	}
	out := make([]byte, 0, len(c.Params)+16)
	prev := 0
	for _, sp := range spans[:n] {
		out = append(out, c.Params[prev:sp.off]...)
		out = append(out, sp.to...)
		prev = sp.off + sp.n
	}
	return append(out, c.Params[prev:]...), true
}

// tagSpan is a tag at off (n bytes) in params, to be replaced by to.
type tagSpan struct {
	off, n int
	to     []byte
}

// offsetIn returns where sub, a subslice of b, starts in b.
func offsetIn(b, sub []byte) int { return cap(b) - cap(sub) }

// finalityArg is mach_finality's argument: a block number, or a block to resolve on an upstream (by hash, or by
// a tag).
type finalityArg struct {
	number  uint64
	byBlock bool   // resolve on an upstream: by hash when hash is set, else by tag
	hash    []byte // raw JSON hash
	tag     []byte // raw JSON tag
}

// parseFinalityArg reads mach_finality's params: [blockNumberOrHash], a hex number, a block hash, a tag, or an
// EIP-1898 object ({"blockHash": h} or {"blockNumber": n}).
func parseFinalityArg(params []byte) (finalityArg, bool) {
	var a finalityArg
	p, ok := param(params, 0)
	if !ok {
		return a, false
	}
	if _, extra := param(params, 1); extra {
		return a, false
	}
	if p[0] == '{' {
		var v []byte
		for it := newMemberIter(p); ; {
			k, mv, ok := it.next()
			if !ok {
				break
			}
			switch {
			case keyIs(k, "blockHash"), keyIs(k, "blockNumber"):
				if v != nil {
					return a, false // both
				}
				v = mv
			case keyIs(k, "requireCanonical"):
			default:
				return a, false
			}
		}
		if v == nil {
			return a, false
		}
		p = v
	}
	switch {
	case isHash(p):
		a.byBlock, a.hash = true, p
	case isTag(p):
		a.byBlock, a.tag = true, p
	default:
		n, ok := hexQuantity(p)
		if !ok {
			return a, false
		}
		a.number = n
	}
	return a, true
}

func isTag(p []byte) bool {
	switch string(p) {
	case `"latest"`, `"pending"`, `"safe"`, `"finalized"`, `"earliest"`:
		return true
	}
	return false
}

var (
	getBlockByHashRaw   = json.RawMessage(`"eth_getBlockByHash"`)
	getBlockByNumberRaw = json.RawMessage(`"eth_getBlockByNumber"`)
)

// blockParams is the params of eth_getBlockBy*(id, false).
func blockParams(id []byte) json.RawMessage {
	out := append(make([]byte, 0, len(id)+8), '[')
	out = append(out, id...)
	return append(out, ",false]"...)
}

func quantity(n uint64) []byte {
	q := append(make([]byte, 0, 20), `"0x`...)
	q = strconv.AppendUint(q, n, 16)
	return append(q, '"')
}

// upstreamBlock is a block header as an upstream gave it.
type upstreamBlock struct {
	number uint64
	hash   common.Hash
	found  bool // false for a null answer
}

// fetchBlocks asks an upstream for the blocks ids (raw hashes, tags or quantities), in one exchange. A call that
// failed or an undecodable block yields an error answer to return to the client.
func (s *Server) fetchBlocks(ctx context.Context, ro *rollup, ids ...[]byte) ([]upstreamBlock, *answer) {
	calls := make([]Call, len(ids))
	for i, id := range ids {
		calls[i] = Call{Method: "eth_getBlockByNumber", MethodRaw: getBlockByNumberRaw, Params: blockParams(id)}
		if isHash(id) {
			calls[i].Method, calls[i].MethodRaw = "eth_getBlockByHash", getBlockByHashRaw
		}
	}
	got := make([]answer, len(calls))
	_, buf := ro.pool.forward(ctx, calls, nil, len(calls) > 1, got)
	defer releaseResponse(buf)
	out := make([]upstreamBlock, len(ids))
	for i, a := range got {
		switch {
		case a.err != nil:
			return nil, &answer{err: a.err}
		case a.errObj != nil:
			return nil, &answer{errObj: bytes.Clone(a.errObj), upstream: a.upstream} // the buffer goes back to the pool
		case bytes.Equal(bytes.TrimSpace(a.result), nullJSON):
			continue
		}
		var num, hash []byte
		for it := newMemberIter(a.result); ; {
			k, v, ok := it.next()
			if !ok {
				break
			}
			switch {
			case keyIs(k, "number"):
				num = v
			case keyIs(k, "hash"):
				hash = v
			}
		}
		n, ok := hexQuantity(num)
		if !ok || !isHash(hash) {
			if !ok && bytes.Equal(ids[i], []byte(`"pending"`)) { // a pending block may lack fields: never verified
				continue
			}
			return nil, &answer{err: &Error{Code: CodeInternal, Message: "upstream unavailable: an upstream of rollup " + ro.name + " returned a block without number or hash"}}
		}
		out[i] = upstreamBlock{number: n, hash: common.HexToHash(string(hash[1 : len(hash)-1])), found: true}
	}
	return out, nil
}

// finality answers mach_finality(blockNumberOrHash) for c, under the breaker's verdict v.
//
// A block number at or below the verified head is verified (it names a block of the verified chain). A block
// named by hash (or a tag, resolved on an upstream) is verified when it is the verified head itself, or when the
// upstream's block at its height is that hash and the upstream's block at the verified head's height is the
// verified head: the upstream's chain is then the verified chain up to there. Anything not verified is alerted
// while the rollup has a live alert (alerts name no block, so every block above the verified head counts as
// alerted; blocks the verifier re-executed stay verified), else unsafe. A block not verified at or above the block
// the verifier is halted on carries the halt. An unknown hash is answered with null.
func (s *Server) finality(ctx context.Context, ro *rollup, c *Call, v *verdict) answer {
	arg, ok := parseFinalityArg(c.Params)
	if !ok {
		return answer{err: &Error{Code: CodeInvalidParams, Message: "invalid params: mach_finality takes one block number (0x…), block hash, tag or EIP-1898 object"}}
	}
	vh, vok := s.verifiedHead(ro)
	n, verified := arg.number, vok && arg.number <= vh.Number
	if arg.byBlock {
		id := arg.hash
		if id == nil {
			id = arg.tag
		}
		blocks, fail := s.fetchBlocks(ctx, ro, id)
		if fail != nil {
			return *fail
		}
		if !blocks[0].found {
			return answer{result: nullJSON, upstream: noUpstream}
		}
		b := blocks[0]
		n, verified = b.number, false
		switch {
		case !vok || b.number > vh.Number:
		case b.number == vh.Number:
			verified = b.hash == vh.Hash
		default:
			chain, fail := s.fetchBlocks(ctx, ro, quantity(b.number), quantity(vh.Number))
			if fail != nil {
				return *fail
			}
			verified = chain[0].found && chain[0].hash == b.hash && chain[1].found && chain[1].hash == vh.Hash
		}
	}
	alerted := v.alert.Level != LevelNone
	out := append(make([]byte, 0, 128), `{"status":`...)
	switch {
	case verified:
		out = append(out, `"verified"`...)
	case alerted:
		out = append(out, `"alerted"`...)
	default:
		out = append(out, `"unsafe"`...)
	}
	out = append(out, `,"block":`...)
	out = strconv.AppendUint(out, n, 10)
	out = append(out, `,"verifiedHead":`...)
	if vok {
		out = strconv.AppendUint(out, vh.Number, 10)
	} else {
		out = append(out, "null"...)
	}
	if alerted && v.data != nil {
		out = append(out, `,"alert":`...)
		out = append(out, v.data...)
	}
	if !verified {
		if h, ok := s.verifierHalt(ro.chainID); ok && n >= h.Block {
			if hj, err := json.Marshal(h); err == nil {
				out = append(out, `,"verifierHalted":`...)
				out = append(out, hj...)
			}
		}
	}
	return answer{result: append(out, '}'), upstream: noUpstream}
}
