package verifier

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// liar is a JSON-RPC proxy in front of an honest L2 node that rewrites answers, to play an upstream that lies.
// Rewrites see the method, the params and the honest result, and return the result to serve.
type liar struct {
	t        *testing.T
	upstream string
	mu       sync.Mutex
	rewrite  func(method string, params []json.RawMessage, result json.RawMessage) json.RawMessage
	srv      *httptest.Server
}

func newLiar(t *testing.T, upstream string) *liar {
	l := &liar{t: t, upstream: upstream}
	l.srv = httptest.NewServer(http.HandlerFunc(l.serve))
	t.Cleanup(l.srv.Close)
	return l
}

func (l *liar) URL() string { return l.srv.URL }

func (l *liar) set(f func(method string, params []json.RawMessage, result json.RawMessage) json.RawMessage) {
	l.mu.Lock()
	l.rewrite = f
	l.mu.Unlock()
}

func (l *liar) serve(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var req struct {
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		http.Error(w, "liar: batch or bad request: "+err.Error(), http.StatusBadRequest)
		return
	}
	resp, err := http.Post(l.upstream, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var msg map[string]json.RawMessage
	if err := json.NewDecoder(resp.Body).Decode(&msg); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	l.mu.Lock()
	rw := l.rewrite
	l.mu.Unlock()
	if res, ok := msg["result"]; ok && rw != nil {
		msg["result"] = rw(req.Method, req.Params, res)
	}
	if res, ok := msg["result"]; ok && string(res) == "null" && req.Method == "eth_getBlockByHash" && rw != nil {
		// A hash only the lie knows: let the rewrite answer it from the block at the number it names.
		msg["result"] = rw("mach_forgedBlockByHash", req.Params, res)
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(msg); err != nil {
		l.t.Errorf("liar: %v", err)
	}
}

// blockParam decodes the block number of an eth_getBlockByNumber / debug_executionWitness request, or -1.
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

// editBlock decodes a JSON-RPC block, lets edit change its header fields as a map, and re-encodes it; when
// rehash is set, the served "hash" is the real hash of the edited header (a consistent lie).
func editBlock(t *testing.T, raw json.RawMessage, rehash bool, edit func(m map[string]json.RawMessage)) json.RawMessage {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("liar: block: %v", err)
	}
	edit(m)
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if rehash {
		var h types.Header
		if err := json.Unmarshal(out, &h); err != nil {
			t.Fatalf("liar: edited header: %v", err)
		}
		m["hash"] = mustJSON(t, h.Hash())
		if out, err = json.Marshal(m); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func mustJSON(t *testing.T, v any) json.RawMessage {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// lieHash derives a deterministic wrong value from a right one.
func lieHash(h common.Hash) common.Hash { return crypto.Keccak256Hash([]byte("lie"), h[:]) }
