package signer

import (
	"encoding/json"
	"net/http"
	"sync"
)

// The EigenLayer AVS node API (https://docs.eigenlayer.xyz/eigenlayer/avs-guides/spec/api/), written here rather
// than with eigensdk-go's nodeapi package: that one binds its own server from a fixed address, stops only on a
// process signal and updates its state without locks.

// NodeName is the node name GET /eigen/node reports.
const NodeName = "mach-operator-signer"

// NodeSpecVersion is the version of the AVS node API spec implemented.
const NodeSpecVersion = "v0.0.1"

// ServiceStatus is a service's status as the node API spec names it.
type ServiceStatus string

// Service statuses.
const (
	StatusUp           ServiceStatus = "Up"
	StatusDown         ServiceStatus = "Down"
	StatusInitializing ServiceStatus = "Initializing"
)

// Service ids listed by GET /eigen/node/services.
const (
	ServiceJSONRPC    = "mach-signer-jsonrpc"
	ServiceAggregator = "mach-aggregator"
	ServiceL1         = "l1-node"
)

// Service is one entry of GET /eigen/node/services.
type Service struct {
	ID          string        `json:"id"`
	Name        string        `json:"name"`
	Description string        `json:"description"`
	Status      ServiceStatus `json:"status"`
}

// NodeInfo is GET /eigen/node's body.
type NodeInfo struct {
	NodeName    string `json:"node_name"`
	SpecVersion string `json:"spec_version"`
	NodeVersion string `json:"node_version"`
}

// services holds the status of what the signer serves and depends on.
type services struct {
	mu   sync.Mutex
	list []Service
}

func newServices() *services {
	return &services{list: []Service{
		{ID: ServiceJSONRPC, Name: "Mach signer JSON-RPC", Description: "Receives alerts from verifiers (alert_blockMismatch, alert_blockOutputOracleMismatch, alert_blockHash) and signs them with the operator's BLS key", Status: StatusInitializing},
		{ID: ServiceAggregator, Name: "Mach aggregator", Description: "The aggregator the signer opens tasks with and sends its signatures to", Status: StatusInitializing},
		{ID: ServiceL1, Name: "L1 node", Description: "The L1 node the signer reads the head and the service manager's settings from to check every task", Status: StatusInitializing},
	}}
}

func (s *services) set(id string, st ServiceStatus) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range s.list {
		if s.list[i].ID == id {
			s.list[i].Status = st
		}
	}
}

func (s *services) snapshot() []Service {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Service(nil), s.list...)
}

func upOrDown(up bool) ServiceStatus {
	if up {
		return StatusUp
	}
	return StatusDown
}

// health is the node's health as the spec's status code: 200 when every service is up, 503 when the JSON-RPC
// service is not (the signer is starting or stopping), 206 otherwise (a backing service is down or not yet probed:
// the signer answers, but cannot sign).
func healthCode(list []Service) int {
	code := http.StatusOK
	for _, s := range list {
		if s.Status == StatusUp {
			continue
		}
		if s.ID == ServiceJSONRPC {
			return http.StatusServiceUnavailable
		}
		code = http.StatusPartialContent
	}
	return code
}

func statusCode(st ServiceStatus) int {
	switch st {
	case StatusUp:
		return http.StatusOK
	case StatusInitializing:
		return http.StatusPartialContent
	default:
		return http.StatusServiceUnavailable
	}
}

// nodeAPI returns the node API's handler.
func (s *Signer) nodeAPI() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /eigen/node", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, NodeInfo{NodeName: NodeName, SpecVersion: NodeSpecVersion, NodeVersion: s.cfg.NodeVersion})
	})
	mux.HandleFunc("GET /eigen/node/health", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(healthCode(s.services.snapshot()))
	})
	mux.HandleFunc("GET /eigen/node/services", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, struct {
			Services []Service `json:"services"`
		}{s.services.snapshot()})
	})
	mux.HandleFunc("GET /eigen/node/services/{id}/health", func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		for _, svc := range s.services.snapshot() {
			if svc.ID == id {
				w.WriteHeader(statusCode(svc.Status))
				return
			}
		}
		http.NotFound(w, r)
	})
	return mux
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v) // the client hung up; nothing to do
}
