package prover

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// DefaultMaxJobBytes is the default limit on a POST /v1/jobs body (a job carries every block and witness).
const DefaultMaxJobBytes = 256 << 20

// APIError is the JSON body of every error response: {"error": "..."}.
type APIError struct {
	Message string `json:"error"`
	// Status is the HTTP status (not serialised).
	Status int `json:"-"`
}

// Error implements error.
func (e *APIError) Error() string { return fmt.Sprintf("prover API: HTTP %d: %s", e.Status, e.Message) }

// EnqueueResponse is the body of a successful POST /v1/jobs: 202 for a new job, 200 for a known one.
type EnqueueResponse struct {
	ID      string `json:"id"`
	Created bool   `json:"created"`
}

// NewHandler serves the job API over q:
//
//	POST /v1/jobs       Job JSON → 202 {"id","created":true}; 200 {"id","created":false} if known; 400 if invalid
//	GET  /v1/jobs       → 200 [Record…] (no inputs)
//	GET  /v1/jobs/{id}  → 200 Record, 404 if unknown
//
// Bodies above maxBody bytes (≤ 0: DefaultMaxJobBytes) are refused with 413.
func NewHandler(q *Queue, maxBody int64) http.Handler {
	if maxBody <= 0 {
		maxBody = DefaultMaxJobBytes
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/jobs", func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		dec := json.NewDecoder(r.Body)
		dec.DisallowUnknownFields()
		var j Job
		if err := dec.Decode(&j); err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("job body exceeds %d bytes", maxBody))
				return
			}
			writeError(w, http.StatusBadRequest, "decode job JSON: "+err.Error())
			return
		}
		if dec.More() {
			writeError(w, http.StatusBadRequest, "trailing data after the job JSON")
			return
		}
		created, err := q.Add(r.Context(), j)
		if err != nil {
			if errors.Is(err, ErrInvalidInput) || errors.Is(err, ErrUnsupportedVersion) {
				writeError(w, http.StatusBadRequest, err.Error())
				return
			}
			writeError(w, http.StatusInternalServerError, err.Error())
			return
		}
		status := http.StatusOK
		if created {
			status = http.StatusAccepted
		}
		writeJSON(w, status, EnqueueResponse{ID: j.ID, Created: created})
	})
	mux.HandleFunc("GET /v1/jobs", func(w http.ResponseWriter, r *http.Request) {
		recs, err := q.List()
		if err != nil {
			writeError(w, http.StatusInternalServerError, err.Error())
			return
		}
		if recs == nil {
			recs = []Record{}
		}
		writeJSON(w, http.StatusOK, recs)
	})
	mux.HandleFunc("GET /v1/jobs/{id}", func(w http.ResponseWriter, r *http.Request) {
		rec, err := q.Get(r.PathValue("id"))
		if errors.Is(err, ErrJobNotFound) {
			writeError(w, http.StatusNotFound, err.Error())
			return
		}
		if err != nil {
			writeError(w, http.StatusInternalServerError, err.Error())
			return
		}
		writeJSON(w, http.StatusOK, rec)
	})
	for _, path := range []string{"/v1/jobs", "/v1/jobs/{id}"} {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed on %s", r.Method, r.URL.Path))
		})
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no route %s %s; the API is POST /v1/jobs, GET /v1/jobs, GET /v1/jobs/{id}", r.Method, r.URL.Path))
	})
	return mux
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, APIError{Message: msg})
}

// Client enqueues jobs on a remote `mach prover` through its HTTP API.
type Client struct {
	base string
	http *http.Client
}

var _ Enqueuer = (*Client)(nil)

// NewClient returns a client of the API at baseURL (e.g. "http://127.0.0.1:9095"). hc may be nil (a client with
// a 60s timeout).
func NewClient(baseURL string, hc *http.Client) (*Client, error) {
	baseURL = strings.TrimRight(baseURL, "/")
	if !strings.HasPrefix(baseURL, "http://") && !strings.HasPrefix(baseURL, "https://") {
		return nil, fmt.Errorf("prover client: URL %q must start with http:// or https://", baseURL)
	}
	if hc == nil {
		hc = &http.Client{Timeout: 60 * time.Second}
	}
	return &Client{base: baseURL, http: hc}, nil
}

// Enqueue posts j; a job the server already knows is not an error.
func (c *Client) Enqueue(ctx context.Context, j Job) error {
	body, err := json.Marshal(j)
	if err != nil {
		return fmt.Errorf("prover client: encode job: %w", err)
	}
	var out EnqueueResponse
	return c.do(ctx, http.MethodPost, "/v1/jobs", body, &out)
}

// Get returns the record of job id; an unknown job is an *APIError with Status 404 (errors.Is ErrJobNotFound).
func (c *Client) Get(ctx context.Context, id string) (Record, error) {
	var r Record
	err := c.do(ctx, http.MethodGet, "/v1/jobs/"+id, nil, &r)
	return r, err
}

// List returns every job's record.
func (c *Client) List(ctx context.Context) ([]Record, error) {
	var rs []Record
	err := c.do(ctx, http.MethodGet, "/v1/jobs", nil, &rs)
	return rs, err
}

// Is makes an API 404 match ErrJobNotFound.
func (e *APIError) Is(target error) bool {
	return target == ErrJobNotFound && e.Status == http.StatusNotFound
}

func (c *Client) do(ctx context.Context, method, path string, body []byte, out any) error {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return fmt.Errorf("prover client: %w", err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("prover client: %s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("prover client: read response: %w", err)
	}
	if resp.StatusCode >= 300 {
		e := &APIError{Status: resp.StatusCode}
		if json.Unmarshal(raw, e) != nil || e.Message == "" {
			e.Message = strings.TrimSpace(string(raw[:min(len(raw), 512)]))
		}
		return e
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("prover client: decode %s %s response: %w", method, path, err)
	}
	return nil
}
