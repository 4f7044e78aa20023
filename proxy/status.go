package proxy

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
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

// Status is the body of /status.
type Status struct {
	Rollups []RollupStatus `json:"rollups"`
}

// RollupStatus is one rollup in /status.
type RollupStatus struct {
	Name      string           `json:"name"`
	ChainID   uint64           `json:"chainId"`
	Breaker   json.RawMessage  `json:"breaker"`
	Upstreams []UpstreamStatus `json:"upstreams"`
	// Cache is the rollup's cache; absent when caching is off.
	Cache *CacheStatus `json:"cache,omitempty"`
}

func (s *Server) serveStatus(w http.ResponseWriter, _ *http.Request) {
	st := Status{Rollups: make([]RollupStatus, len(s.rollups))}
	for i, r := range s.rollups {
		v := r.breaker.check()
		b := v.data
		if b == nil {
			b, _ = json.Marshal(map[string]any{"rollup": r.name, "chainId": r.chainID, "level": v.alert.Level.String(),
				"action": v.action.String(), "alertSource": s.alerts != nil})
		}
		st.Rollups[i] = RollupStatus{Name: r.name, ChainID: r.chainID, Breaker: b, Upstreams: r.pool.status(),
			Cache: r.cache.status(s.cfg.Cache.MaxEntries)}
	}
	out, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(append(out, '\n'))
}
