package proxy

import (
	"bytes"
	"sync/atomic"

	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/prometheus/client_golang/prometheus"
)

// The cache keeps, per rollup, results that cannot change: the chain's identity, and answers keyed by a block
// hash (a block's content and the state after it are fixed by its hash). It never caches errors, null results,
// or anything addressed by a tag (latest, pending, safe, finalized, earliest) or a block number, which a reorg can
// change. It sits after the breaker: a refused call never reaches it.

// cacheRule says when a method's results may be cached.
type cacheRule uint8

const (
	// ruleForever: the result never changes (eth_chainId, net_version).
	ruleForever cacheRule = iota + 1
	// ruleHashFirst: the first param is a block hash.
	ruleHashFirst
	// ruleHashAt: the block param at cacheable.pos must be a block hash (EIP-1898), never a tag or a number.
	ruleHashAt
	// ruleMined: a transaction looked up by hash, cached once its block is verified (or, without a verifier
	// feed, min_depth below the best head).
	ruleMined
)

type cacheable struct {
	rule cacheRule
	pos  int // the block param's position, for ruleHashAt
}

// cacheableMethods are the methods whose results may be cached, and how.
var cacheableMethods = map[string]cacheable{
	"eth_chainId": {rule: ruleForever},
	"net_version": {rule: ruleForever},

	"eth_getBlockByHash":                    {rule: ruleHashFirst},
	"eth_getBlockTransactionCountByHash":    {rule: ruleHashFirst},
	"eth_getTransactionByBlockHashAndIndex": {rule: ruleHashFirst},
	"eth_getUncleCountByBlockHash":          {rule: ruleHashFirst},

	"eth_getBalance":          {rule: ruleHashAt, pos: 1},
	"eth_getCode":             {rule: ruleHashAt, pos: 1},
	"eth_getTransactionCount": {rule: ruleHashAt, pos: 1},
	"eth_call":                {rule: ruleHashAt, pos: 1},
	"eth_getStorageAt":        {rule: ruleHashAt, pos: 2},

	"eth_getTransactionByHash":  {rule: ruleMined},
	"eth_getTransactionReceipt": {rule: ruleMined},
}

// cacheEntryOverhead approximates what an entry costs beyond its key and result (list element, map slot,
// headers); it counts against max_bytes so that many tiny entries cannot exceed it by much.
const cacheEntryOverhead = 96

// cacheUpstream is the upstream label of calls answered from the cache.
const cacheUpstream = "cache"

// cache is one rollup's cache. Lookups and inserts take golang-lru's mutex; only calls of cacheable methods do.
type cache struct {
	lru      *lru.Cache[string, []byte]
	maxBytes int64
	minDepth uint64
	bytes    atomic.Int64

	hits, misses map[string]prometheus.Counter // by method, resolved up front: read-only
	evictions    prometheus.Counter
}

// cacheMiss is a cacheable call sent upstream, whose answer may be stored.
type cacheMiss struct {
	i    int // the call's position in the request
	key  string
	rule cacheRule
}

func newCache(rollup string, cfg CacheConfig, m *metrics) (*cache, error) {
	c := &cache{
		maxBytes:  cfg.MaxBytes,
		minDepth:  cfg.MinDepth,
		hits:      map[string]prometheus.Counter{},
		misses:    map[string]prometheus.Counter{},
		evictions: m.cacheEvictions.WithLabelValues(rollup),
	}
	for method := range cacheableMethods {
		c.hits[method] = m.cacheHits.WithLabelValues(rollup, method)
		c.misses[method] = m.cacheMisses.WithLabelValues(rollup, method)
	}
	l, err := lru.NewWithEvict(cfg.MaxEntries, func(k string, v []byte) {
		c.bytes.Add(-entrySize(k, v))
		c.evictions.Inc()
	})
	if err != nil {
		return nil, err
	}
	c.lru = l
	return c, nil
}

func entrySize(k string, v []byte) int64 { return int64(len(k) + len(v) + cacheEntryOverhead) }

// key returns c's cache key and rule, or "" when the call is not cacheable. The key is the method and the params
// with insignificant whitespace removed: two spellings of one call share an entry, and the id is not part of it.
func (ca *cache) key(c *Call) (string, cacheRule) {
	r, ok := cacheableMethods[c.Method]
	if !ok || !cacheableParams(r, c.Params) {
		return "", 0
	}
	var buf [256]byte
	k := append(buf[:0], c.Method...)
	k = append(k, 0)
	k = appendCompact(k, c.Params)
	return string(k), r.rule
}

// get looks key up, counting a hit or a miss for method.
func (ca *cache) get(key, method string) ([]byte, bool) {
	v, ok := ca.lru.Get(key)
	if ok {
		ca.hits[method].Inc()
	} else {
		ca.misses[method].Inc()
	}
	return v, ok
}

// minedCeil is the highest block whose transactions may be cached (ruleMined); ok is false when there is none.
type minedCeil struct {
	n  uint64
	ok bool
}

// ceiling returns the block at or below which a mined transaction may be cached: with a verifier feed, the
// verified head (none while the feed has no head for the rollup); without one, min_depth below best, the highest
// head the health checks saw.
func (ca *cache) ceiling(best uint64, feed bool, vh VerifiedHead, vok bool) minedCeil {
	switch {
	case feed:
		return minedCeil{n: vh.Number, ok: vok}
	case best >= ca.minDepth:
		return minedCeil{n: best - ca.minDepth, ok: true}
	}
	return minedCeil{}
}

// store keeps the answer to a missed call when it may be cached: a result (no error), not null, and for a
// transaction looked up by hash, one mined at or below ceil. The result is copied: answers alias pooled
// response buffers.
func (ca *cache) store(m cacheMiss, a *answer, ceil minedCeil) {
	if a.err != nil || a.errObj != nil || len(a.result) == 0 || bytes.Equal(a.result, nullJSON) {
		return
	}
	if m.rule == ruleMined && (!ceil.ok || !minedBelow(a.result, ceil.n, 0)) {
		return
	}
	size := entrySize(m.key, a.result)
	if size > ca.maxBytes {
		return
	}
	v := bytes.Clone(a.result)
	ca.bytes.Add(size) // before the add, so that an eviction racing with it never drives the count below zero
	if present, _ := ca.lru.ContainsOrAdd(m.key, v); present {
		ca.bytes.Add(-size)
		return
	}
	for ca.bytes.Load() > ca.maxBytes {
		if _, _, ok := ca.lru.RemoveOldest(); !ok {
			break
		}
	}
}

// CacheStatus is a rollup's cache in /status.
type CacheStatus struct {
	Entries    int   `json:"entries"`
	Bytes      int64 `json:"bytes"`
	MaxEntries int   `json:"maxEntries"`
	MaxBytes   int64 `json:"maxBytes"`
}

func (ca *cache) status(maxEntries int) *CacheStatus {
	if ca == nil {
		return nil
	}
	return &CacheStatus{Entries: ca.lru.Len(), Bytes: ca.bytes.Load(), MaxEntries: maxEntries, MaxBytes: ca.maxBytes}
}

// cacheableParams reports whether params address an immutable result under rule r.
func cacheableParams(r cacheable, params []byte) bool {
	switch r.rule {
	case ruleForever:
		return true
	case ruleHashFirst, ruleMined:
		first, ok := param(params, 0)
		return ok && isHash(first)
	case ruleHashAt:
		p, ok := param(params, r.pos)
		return ok && isBlockHashParam(p)
	}
	return false
}

// param returns the i-th element of a params array.
func param(params []byte, i int) ([]byte, bool) {
	if len(params) == 0 || params[0] != '[' {
		return nil, false
	}
	it := newElemIter(params)
	for j := 0; ; j++ {
		e, ok := it.next()
		if !ok {
			return nil, false
		}
		if j == i {
			return e, true
		}
	}
}

// isHash reports whether raw is a JSON string holding a 32-byte hex hash ("0x" and 64 hex digits).
func isHash(raw []byte) bool {
	if len(raw) != 68 || raw[0] != '"' || raw[67] != '"' || raw[1] != '0' || (raw[2] != 'x' && raw[2] != 'X') {
		return false
	}
	for _, h := range raw[3:67] {
		if !(h >= '0' && h <= '9' || h >= 'a' && h <= 'f' || h >= 'A' && h <= 'F') {
			return false
		}
	}
	return true
}

// isBlockHashParam reports whether a block parameter names a block by hash: the EIP-1898 object {"blockHash": h}
// (with "requireCanonical" absent or false: a canonical-only answer could turn into an error after a reorg), or
// a bare hash string, which go-ethereum reads the same way. Tags, numbers and {"blockNumber": …} are not.
func isBlockHashParam(raw []byte) bool {
	if len(raw) > 0 && raw[0] == '"' {
		return isHash(raw)
	}
	hash := false
	for it := newMemberIter(raw); ; {
		k, v, ok := it.next()
		if !ok {
			return hash
		}
		switch {
		case keyIs(k, "blockHash"):
			hash = isHash(v)
		case keyIs(k, "requireCanonical") && bytes.Equal(v, []byte("false")):
		default: // blockNumber, requireCanonical: true, anything unknown
			return false
		}
	}
}

// minedBelow reports whether a transaction or receipt (result) is in a block at least minDepth below best.
func minedBelow(result []byte, best, minDepth uint64) bool {
	var hash, number []byte
	for it := newMemberIter(result); ; {
		k, v, ok := it.next()
		if !ok {
			break
		}
		switch {
		case keyIs(k, "blockHash"):
			hash = v
		case keyIs(k, "blockNumber"):
			number = v
		}
	}
	if !isHash(hash) {
		return false
	}
	n, ok := hexQuantity(number)
	return ok && best >= minDepth && n <= best-minDepth
}

// hexQuantity parses a JSON string holding a hex quantity ("0x1a").
func hexQuantity(raw []byte) (uint64, bool) {
	if len(raw) < 4 || len(raw) > 20 || raw[0] != '"' || raw[len(raw)-1] != '"' || raw[1] != '0' || raw[2] != 'x' {
		return 0, false
	}
	var n uint64
	for _, h := range raw[3 : len(raw)-1] {
		var d byte
		switch {
		case h >= '0' && h <= '9':
			d = h - '0'
		case h >= 'a' && h <= 'f':
			d = h - 'a' + 10
		case h >= 'A' && h <= 'F':
			d = h - 'A' + 10
		default:
			return 0, false
		}
		n = n<<4 | uint64(d)
	}
	return n, true
}

// appendCompact appends the valid JSON src without whitespace outside strings.
func appendCompact(dst, src []byte) []byte {
	for i := 0; i < len(src); {
		switch c := src[i]; c {
		case ' ', '\t', '\n', '\r':
			i++
		case '"':
			end := skipString(src, i)
			dst = append(dst, src[i:end]...)
			i = end
		default:
			dst = append(dst, c)
			i++
		}
	}
	return dst
}
