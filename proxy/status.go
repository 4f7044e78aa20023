package proxy

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func (s *Server) serveHealthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = io.WriteString(w, "ok\n")
}

// serveReadyz answers 200 when every rollup has a healthy upstream, else 503 naming the ones that have none.
func (s *Server) serveReadyz(w http.ResponseWriter, _ *http.Request) {
	var down []string
	for _, r := range s.rollups {
		if r.pool.healthyCount() == 0 {
			down = append(down, r.name)
		}
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if len(down) > 0 {
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = io.WriteString(w, "no healthy upstream for rollup "+strings.Join(down, ", ")+"\n")
		return
	}
	_, _ = io.WriteString(w, "ok\n")
}

// Status is the body of /status (and /status.json), and what the status page shows.
type Status struct {
	// Time is when the proxy computed this status.
	Time time.Time `json:"time"`
	// Extras reports whether a StatusExtras source is attached: without one the operators and alert history are
	// unknown, not empty.
	Extras  bool           `json:"extras"`
	Rollups []RollupStatus `json:"rollups"`
}

// RollupStatus is one rollup in /status.
type RollupStatus struct {
	Name    string          `json:"name"`
	ChainID uint64          `json:"chainId"`
	Breaker json.RawMessage `json:"breaker"`
	// L2Head is the highest head among the rollup's healthy upstreams; 0 when none is healthy.
	L2Head uint64 `json:"l2Head"`
	// VerifiedHead is the highest block the verifier has certified; absent without a verifier feed
	// (SetVerifiedHeads) or while the feed knows nothing of the rollup.
	VerifiedHead *VerifiedHead `json:"verifiedHead,omitempty"`
	// VerifiedLag is how many blocks L2Head is ahead of VerifiedHead (0 when the verifier is level or ahead);
	// absent when either head is unknown.
	VerifiedLag *uint64 `json:"verifiedLag,omitempty"`
	// VerifierHalted is set while the rollup's verifier is halted at an invalid block (the block after
	// VerifiedHead): an alert is on its way to L1, and nothing past VerifiedHead is verified until the L2
	// replaces the block. Absent otherwise, and without a feed that reports halts (VerifierHalts).
	VerifierHalted *VerifierHalt `json:"verifierHalted,omitempty"`
	// Transitions are the breaker's recent changes as /status saw them, newest first (see Transition).
	Transitions []Transition     `json:"transitions"`
	Upstreams   []UpstreamStatus `json:"upstreams"`
	// Cache is the rollup's cache; absent when caching is off.
	Cache *CacheStatus `json:"cache,omitempty"`
	// RollupExtras are the operators and alert history from the StatusExtras source, if one is set.
	RollupExtras
}

// StatusExtras supplies what /status shows but the proxy cannot know: the AVS's operators and stake, and the alert
// history read from L1 (the `mach node`/devnet integrator implements it). RollupExtras is called for every rollup on
// every /status read, off the RPC hot path but every 2 s per open status page: return cached values, never call L1.
type StatusExtras interface {
	RollupExtras(chainID uint64) RollupExtras
}

// RollupExtras is what a StatusExtras source knows of one rollup. The zero value shows nothing.
type RollupExtras struct {
	// Operators are the AVS operators that can sign the rollup's alerts.
	Operators []OperatorInfo `json:"operators,omitempty"`
	// AlertHistory is the rollup's alerts as recorded on L1, newest first; keep it short (the page shows 50).
	AlertHistory []AlertEvent `json:"alertHistory,omitempty"`
	// L1ExplorerTxURL turns an L1 transaction hash into a link: a template with one %s, e.g.
	// "https://etherscan.io/tx/%s". Empty shows plain hashes (a devnet L1 has no explorer).
	L1ExplorerTxURL string `json:"l1ExplorerTxUrl,omitempty"`
}

// OperatorInfo is one operator on the status page.
type OperatorInfo struct {
	Address common.Address `json:"address"`
	// Stake is the operator's stake in wei as a decimal string (big.Int's String), so that JavaScript loses no
	// digits.
	Stake string `json:"stake"`
	// Quorums are the quorum numbers the operator is registered in.
	Quorums []int `json:"quorums,omitempty"`
	// Signer is the health of the operator's signer as the integrator sees it ("ok", "down", …); "" for unknown.
	Signer string `json:"signer,omitempty"`
}

// AlertEvent is one alert in a rollup's history on L1. It marshals Level by name ("confirmed").
type AlertEvent struct {
	Level       Level       `json:"level"`
	MessageHash common.Hash `json:"messageHash"`
	// L1TxHash and L1Block are the L1 transaction that raised the alert to Level and its block.
	L1TxHash common.Hash `json:"l1TxHash"`
	L1Block  uint64      `json:"l1Block"`
	// At is the L1 block's time.
	At time.Time `json:"at"`
	// Note is free text for the page, e.g. "removed by the owner (false alarm)".
	Note string `json:"note,omitempty"`
}

// MarshalJSON writes the event with its level by name.
func (e AlertEvent) MarshalJSON() ([]byte, error) {
	type plain AlertEvent // no methods: no recursion
	return json.Marshal(struct {
		plain
		Level string `json:"level"`
	}{plain(e), e.Level.String()})
}

// UnmarshalJSON reads an event written by MarshalJSON.
func (e *AlertEvent) UnmarshalJSON(b []byte) error {
	type plain AlertEvent
	var w struct {
		plain
		Level string `json:"level"`
	}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	for l := LevelNone; l <= LevelProved; l++ {
		if l.String() == w.Level {
			*e = AlertEvent(w.plain)
			e.Level = l
			return nil
		}
	}
	return fmt.Errorf("alert event: unknown level %q; want none, early, confirmed or proved", w.Level)
}

// Transition is one change of a rollup's breaker verdict (action, alert, or L1 staleness). The breaker keeps no
// history, so /status records a change when it first computes it: At is when /status saw it, and changes between
// two reads of /status (the page reads it every 2 s) show as one. The breaker starts at pass with no alert, so a
// proxy that is tripped on its first read of /status shows one transition from "pass".
type Transition struct {
	At      time.Time `json:"at"`
	From    string    `json:"from"`
	To      string    `json:"to"`
	Level   string    `json:"level"`
	L1Stale bool      `json:"l1Stale"`
	// MessageHash and L1TxHash are the alert's; absent at level none.
	MessageHash *common.Hash `json:"messageHash,omitempty"`
	L1TxHash    *common.Hash `json:"l1TxHash,omitempty"`
}

// maxTransitions is how many transitions /status keeps per rollup.
const maxTransitions = 20

// SetStatusExtras attaches the source of operators and alert history shown by /status and the status page; nil
// detaches it. It may be called at any time.
func (s *Server) SetStatusExtras(x StatusExtras) {
	s.page.mu.Lock()
	defer s.page.mu.Unlock()
	s.page.extras = x
}

// statusPage is the state behind /status and the status page: the extras source and what /status has seen of each
// rollup's breaker. Its zero value is ready.
type statusPage struct {
	mu     sync.Mutex
	extras StatusExtras
	seen   []seenVerdict  // by rollup index, sized on first use
	trans  [][]Transition // by rollup index, newest last
}

// seenVerdict is what a transition is a change of.
type seenVerdict struct {
	action Action
	alert  Alert
	stale  bool
}

// observe records v for rollup i if it differs from what was seen last, and returns the rollup's transitions,
// newest first, plus the extras source.
func (p *statusPage) observe(i, n int, v seenVerdict, now time.Time) ([]Transition, StatusExtras) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.seen == nil {
		p.seen, p.trans = make([]seenVerdict, n), make([][]Transition, n)
	}
	if prev := p.seen[i]; prev != v {
		t := Transition{At: now.UTC(), From: prev.action.String(), To: v.action.String(), Level: v.alert.Level.String(),
			L1Stale: v.stale}
		if v.alert.Level != LevelNone {
			mh, tx := v.alert.MessageHash, v.alert.L1TxHash
			t.MessageHash, t.L1TxHash = &mh, &tx
		}
		p.seen[i] = v
		if len(p.trans[i]) == maxTransitions {
			p.trans[i] = append(p.trans[i][:0], p.trans[i][1:]...)
		}
		p.trans[i] = append(p.trans[i], t)
	}
	out := make([]Transition, len(p.trans[i]))
	for j, t := range p.trans[i] {
		out[len(out)-1-j] = t
	}
	return out, p.extras
}

// Status returns what /status shows now, for a caller in the same process (the devnet's live status line). Like a
// read of /status, it records a breaker transition it is the first to see (see Transition).
func (s *Server) Status() Status {
	now := time.Now()
	st := Status{Time: now.UTC(), Rollups: make([]RollupStatus, len(s.rollups))}
	for i, r := range s.rollups {
		v := r.breaker.check()
		b := v.data
		if b == nil {
			b, _ = json.Marshal(map[string]any{"rollup": r.name, "chainId": r.chainID, "level": v.alert.Level.String(),
				"action": v.action.String(), "alertSource": s.alerts != nil})
		}
		rs := RollupStatus{Name: r.name, ChainID: r.chainID, Breaker: b, Upstreams: r.pool.status(),
			Cache: r.cache.status(s.cfg.Cache.MaxEntries)}
		for _, u := range rs.Upstreams {
			if u.Healthy && u.Head > rs.L2Head {
				rs.L2Head = u.Head
			}
		}
		if h, ok := s.verifiedHead(r); ok {
			rs.VerifiedHead = &h
			if rs.L2Head > 0 {
				lag := rs.L2Head - min(h.Number, rs.L2Head)
				rs.VerifiedLag = &lag
			}
		}
		if h, ok := s.verifierHalt(r.chainID); ok {
			rs.VerifierHalted = &h
		}
		var extras StatusExtras
		rs.Transitions, extras = s.page.observe(i, len(s.rollups), seenVerdict{v.action, v.alert, v.stale}, now)
		if extras != nil {
			st.Extras = true
			rs.RollupExtras = extras.RollupExtras(r.chainID)
		}
		st.Rollups[i] = rs
	}
	return st
}

// serveStatus writes /status as JSON.
func (s *Server) serveStatus(w http.ResponseWriter, _ *http.Request) {
	out, err := json.MarshalIndent(s.Status(), "", "  ")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", "no-store")
	h.Set("Vary", "Accept")
	_, _ = w.Write(append(out, '\n'))
}
