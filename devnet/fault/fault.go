// Package fault makes an L2 lie on purpose, for the devnet: a JSON-RPC front for an honest L2 node that serves
// chosen blocks wrongly, as a faulty or malicious sequencer would, so the alert path can be rehearsed for real.
package fault

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Kind is a way to lie.
type Kind string

const (
	// InvalidStateRoot: from block N on, headers claim a wrong state root (re-hashed and re-linked, so the chain
	// is consistent except for the lie) — the verifier must find block N invalid and alert.
	InvalidStateRoot Kind = "invalid-state-root"
	// WithholdWitness: block N's execution witness lacks half its trie nodes — the verifier must wait, not alert.
	WithholdWitness Kind = "withhold-witness"
	// BadOutputRoot: the proposer posts a wrong output root for block N on L1 — an OutputOracleMismatch alert.
	// (Served by the devnet's proposer, not by the upstream.)
	BadOutputRoot Kind = "bad-output-root"
)

// Kinds lists every fault kind.
var Kinds = []Kind{InvalidStateRoot, BadOutputRoot, WithholdWitness}

// Fault is one injected lie: a kind at an L2 block.
type Fault struct {
	Kind  Kind
	Block uint64
}

func (f Fault) String() string { return fmt.Sprintf("%s@%d", f.Kind, f.Block) }

// Parse reads "kind@N", N ≥ 1.
func Parse(s string) (Fault, error) {
	kind, num, ok := strings.Cut(s, "@")
	if !ok {
		return Fault{}, fmt.Errorf("fault %q: want KIND@BLOCK, like invalid-state-root@20", s)
	}
	n, err := strconv.ParseUint(num, 10, 64)
	if err != nil || n == 0 {
		return Fault{}, fmt.Errorf("fault %q: block must be a positive integer", s)
	}
	for _, k := range Kinds {
		if Kind(kind) == k {
			return Fault{Kind: k, Block: n}, nil
		}
	}
	names := make([]string, len(Kinds))
	for i, k := range Kinds {
		names[i] = string(k)
	}
	return Fault{}, fmt.Errorf("fault %q: unknown kind %q; use %s", s, kind, strings.Join(names, ", "))
}

// Upstream serves an honest L2 node's JSON-RPC with the faults applied. Only HTTP, single requests and batches.
type Upstream struct {
	target string
	faults []Fault
	client *http.Client
	srv    *http.Server
	ln     net.Listener

	mu        sync.Mutex
	forged    map[common.Hash]json.RawMessage // forged hash → forged block
	alias     map[common.Hash]common.Hash     // true hash → forged hash
	firstLied map[Fault]time.Time
}

// New starts serving target (an L2 node's HTTP JSON-RPC URL) with faults on listen ("127.0.0.1:0" for any port).
func New(listen, target string, faults ...Fault) (*Upstream, error) {
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return nil, fmt.Errorf("fault upstream: %w", err)
	}
	u := &Upstream{
		target: target, faults: faults, client: &http.Client{Timeout: time.Minute}, ln: ln,
		forged: map[common.Hash]json.RawMessage{}, alias: map[common.Hash]common.Hash{}, firstLied: map[Fault]time.Time{},
	}
	u.srv = &http.Server{Handler: u, ReadHeaderTimeout: 10 * time.Second}
	go u.srv.Serve(ln)
	return u, nil
}

// URL is where the lying L2 is served.
func (u *Upstream) URL() string { return "http://" + u.ln.Addr().String() }

// Close stops serving.
func (u *Upstream) Close() error { return u.srv.Close() }

// FirstLied says when a fault's lie was first served (zero if not yet).
func (u *Upstream) FirstLied(f Fault) time.Time {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.firstLied[f]
}

type request struct {
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

// ServeHTTP forwards each request and rewrites the answers the faults touch.
func (u *Upstream) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 32<<20))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	batch := len(bytes.TrimSpace(body)) > 0 && bytes.TrimSpace(body)[0] == '['
	var reqs []request
	if batch {
		err = json.Unmarshal(body, &reqs)
	} else {
		var one request
		err = json.Unmarshal(body, &one)
		reqs = []request{one}
	}
	if err != nil {
		http.Error(w, "fault upstream: "+err.Error(), http.StatusBadRequest)
		return
	}
	resp, err := u.client.Post(u.target, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	var msgs []map[string]json.RawMessage
	if batch {
		err = json.Unmarshal(raw, &msgs)
	} else {
		var one map[string]json.RawMessage
		err = json.Unmarshal(raw, &one)
		msgs = []map[string]json.RawMessage{one}
	}
	if err == nil && len(msgs) == len(reqs) {
		for i, m := range msgs {
			if res, ok := m["result"]; ok {
				m["result"] = u.rewrite(reqs[i], res)
			}
		}
		if batch {
			raw, err = json.Marshal(msgs)
		} else {
			raw, err = json.Marshal(msgs[0])
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	w.Write(raw)
}

func (u *Upstream) rewrite(req request, result json.RawMessage) json.RawMessage {
	u.mu.Lock()
	defer u.mu.Unlock()
	for _, f := range u.faults {
		switch f.Kind {
		case InvalidStateRoot:
			switch req.Method {
			case "eth_getBlockByNumber", "eth_getBlockByHash", "eth_getHeaderByNumber", "eth_getHeaderByHash":
				if string(result) == "null" && strings.HasSuffix(req.Method, "ByHash") && len(req.Params) > 0 {
					var h common.Hash
					if json.Unmarshal(req.Params[0], &h) == nil {
						if b, ok := u.forged[h]; ok {
							return b
						}
					}
				}
				if out, ok := u.lieStateRoot(f, result); ok {
					return out
				}
			}
		case WithholdWitness:
			if req.Method == "debug_executionWitness" && blockParam(req.Params) == int64(f.Block) {
				if out, ok := withhold(result); ok {
					u.noteLie(f)
					return out
				}
			}
		}
	}
	return result
}

func (u *Upstream) noteLie(f Fault) {
	if _, ok := u.firstLied[f]; !ok {
		u.firstLied[f] = time.Now()
	}
}

// lieStateRoot forges a block at or past the fault's block: a wrong state root, the parent hash re-linked to the
// forged parent, the hash recomputed.
func (u *Upstream) lieStateRoot(f Fault, result json.RawMessage) (json.RawMessage, bool) {
	if string(result) == "null" {
		return nil, false
	}
	var h types.Header
	if err := json.Unmarshal(result, &h); err != nil || h.Number == nil || h.Number.Uint64() < f.Block {
		return nil, false
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(result, &m); err != nil {
		return nil, false
	}
	trueHash := h.Hash()
	h.Root = crypto.Keccak256Hash([]byte("mach devnet lie"), h.Root[:])
	if p, ok := u.alias[h.ParentHash]; ok {
		h.ParentHash = p
	}
	forgedHash := h.Hash()
	m["stateRoot"], _ = json.Marshal(h.Root)
	m["parentHash"], _ = json.Marshal(h.ParentHash)
	m["hash"], _ = json.Marshal(forgedHash)
	out, err := json.Marshal(m)
	if err != nil {
		return nil, false
	}
	u.alias[trueHash] = forgedHash
	u.forged[forgedHash] = out
	if h.Number.Uint64() == f.Block {
		u.noteLie(f)
	}
	return out, true
}

// withhold drops every other trie node from a witness.
func withhold(result json.RawMessage) (json.RawMessage, bool) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(result, &m); err != nil {
		return nil, false
	}
	var state map[string]string
	if err := json.Unmarshal(m["state"], &state); err != nil {
		return nil, false
	}
	i := 0
	for k := range state {
		if i%2 == 0 {
			delete(state, k)
		}
		i++
	}
	var err error
	if m["state"], err = json.Marshal(state); err != nil {
		return nil, false
	}
	out, err := json.Marshal(m)
	return out, err == nil
}

func blockParam(params []json.RawMessage) int64 {
	if len(params) == 0 {
		return -1
	}
	var n hexutil.Uint64
	if err := json.Unmarshal(params[0], &n); err != nil {
		return -1
	}
	return int64(n)
}
