package prover

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestAPI_EnqueueGetListOverHTTP(t *testing.T) {
	c := newClock()
	q, st := openQueue(t, "", c)
	defer st.Close()
	srv := httptest.NewServer(NewHandler(q, 0))
	defer srv.Close()
	cl, err := NewClient(srv.URL+"/", nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	j := testJob(t, 2)

	// Raw POST to see the status codes.
	body, _ := json.Marshal(j)
	for i, want := range []int{http.StatusAccepted, http.StatusOK} {
		resp, err := http.Post(srv.URL+"/v1/jobs", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		var er EnqueueResponse
		_ = json.NewDecoder(resp.Body).Decode(&er)
		resp.Body.Close()
		if resp.StatusCode != want || er.ID != j.ID || er.Created != (i == 0) {
			t.Fatalf("POST %d: %d %+v, want %d", i, resp.StatusCode, er, want)
		}
	}
	if err := cl.Enqueue(ctx, j); err != nil {
		t.Fatalf("client Enqueue of a known job: %v", err)
	}
	rec, err := cl.Get(ctx, j.ID)
	if err != nil || rec.State != JobQueued || rec.Claim.L2BlockNumber != j.Claim.L2BlockNumber {
		t.Fatalf("Get = %+v, %v", rec, err)
	}
	recs, err := cl.List(ctx)
	if err != nil || len(recs) != 1 {
		t.Fatalf("List = %d, %v", len(recs), err)
	}
	if _, err := cl.Get(ctx, "0x1234"); !errors.Is(err, ErrJobNotFound) {
		t.Fatalf("Get unknown: %v", err)
	}

	var enq Enqueuer = cl
	other := testJob(t, 1)
	if err := enq.Enqueue(ctx, other); err != nil {
		t.Fatal(err)
	}
	if n, _ := q.Counts(); n[JobQueued] != 2 {
		t.Fatalf("queued = %d, want 2", n[JobQueued])
	}
}

func TestAPI_RejectsBadRequestsWithJSONErrors(t *testing.T) {
	q, st := openQueue(t, "", newClock())
	defer st.Close()
	srv := httptest.NewServer(NewHandler(q, 4096))
	defer srv.Close()
	j := testJob(t, 1)
	badID := j
	badID.ID = "0xabc"
	badIDJSON, _ := json.Marshal(badID)
	big, _ := json.Marshal(testJob(t, 40))
	good, _ := json.Marshal(j)
	tests := []struct {
		name, method, path, body string
		want                     int
		msg                      string
	}{
		{"not JSON", "POST", "/v1/jobs", "{", 400, "decode job JSON"},
		{"unknown field", "POST", "/v1/jobs", `{"id":"x","bogus":1}`, 400, "bogus"},
		{"trailing data", "POST", "/v1/jobs", string(good) + "{}", 400, "trailing"},
		{"inconsistent job", "POST", "/v1/jobs", string(badIDJSON), 400, "job id"},
		{"too big", "POST", "/v1/jobs", string(big), 413, "exceeds 4096 bytes"},
		{"unknown job", "GET", "/v1/jobs/0xdead", "", 404, "not found"},
		{"unknown route", "GET", "/v2/x", "", 404, "no route"},
		{"wrong method", "DELETE", "/v1/jobs", "", 405, "not allowed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, srv.URL+tc.path, strings.NewReader(tc.body))
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			if resp.StatusCode != tc.want {
				t.Fatalf("status %d, want %d", resp.StatusCode, tc.want)
			}
			if tc.msg == "" {
				return
			}
			var e APIError
			if err := json.NewDecoder(resp.Body).Decode(&e); err != nil || !strings.Contains(e.Message, tc.msg) {
				t.Fatalf("error body %q (%v), want it to mention %q", e.Message, err, tc.msg)
			}
		})
	}
	if n, _ := q.Counts(); n[JobQueued] != 0 {
		t.Fatal("a rejected request enqueued a job")
	}
	cl, _ := NewClient(srv.URL, nil)
	var ae *APIError
	if err := cl.Enqueue(context.Background(), badID); !errors.As(err, &ae) || ae.Status != 400 || !strings.Contains(ae.Message, "job id") {
		t.Fatalf("client error %v", err)
	}
	if _, err := NewClient("localhost:1", nil); err == nil {
		t.Fatal("a URL without scheme must be refused")
	}
}
