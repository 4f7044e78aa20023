package bonsai

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mach-avs/mach/prover"
	"github.com/mach-avs/mach/prover/risc0"
)

const (
	testKey      = "sk-test-secret-4711"
	fixturesPath = "../../../shared/testdata/risc0/groth16-receipts.json"
)

func loadFixtures(t testing.TB) *risc0.Fixtures {
	t.Helper()
	f, err := risc0.LoadFixtures(fixturesPath)
	if err != nil {
		t.Fatalf("RISC Zero test vectors (expected at /work/shared/testdata/risc0/groth16-receipts.json): %v", err)
	}
	return f
}

// verifierParamsDigest is the digest whose first 4 bytes are the selector (risc0.Selector computes the same).
func verifierParamsDigest(p risc0.VerifierParams) [32]byte {
	var rev [32]byte
	for i := range rev {
		rev[i] = p.BN254ControlID[31-i]
	}
	return risc0.TaggedStruct(risc0.TagVerifierParameters, [][32]byte{p.ControlRoot, rev, p.VK.Digest()}, nil)
}

// bincodeReceipt encodes a Groth16 receipt the way risc0's bincode serialisation lays it out, with a made-up
// claim in the middle (ParseReceipt skips it).
func bincodeReceipt(seal256, journal []byte, vp [32]byte) []byte {
	var b []byte
	b = binary.LittleEndian.AppendUint32(b, 2) // InnerReceipt::Groth16
	b = binary.LittleEndian.AppendUint64(b, uint64(len(seal256)))
	b = append(b, seal256...)
	b = binary.LittleEndian.AppendUint32(b, 0) // MaybePruned::Value …
	b = append(b, bytes.Repeat([]byte{0xab}, 301)...)
	b = append(b, vp[:]...) // Groth16Receipt.verifier_parameters
	b = binary.LittleEndian.AppendUint64(b, uint64(len(journal)))
	b = append(b, journal...)
	return append(b, vp[:]...) // metadata.verifier_parameters
}

// fakeBonsai serves the Bonsai REST routes with recorded response shapes; storage is a second server standing
// in for the pre-signed S3 URLs (it must never see the API key).
type fakeBonsai struct {
	t       *testing.T
	api     *httptest.Server
	storage *httptest.Server

	mu          sync.Mutex
	imageKnown  bool
	uploads     map[string][]byte
	starkPolls  map[string]int
	starkStatus string // final status; "" = SUCCEEDED
	snarkOutput func() any
	inject      map[string][]func(w http.ResponseWriter) bool // route → one-shot faults
	receipt     []byte
	calls       map[string]int
}

func newFake(t *testing.T) *fakeBonsai {
	f := &fakeBonsai{t: t, uploads: map[string][]byte{}, starkPolls: map[string]int{}, inject: map[string][]func(http.ResponseWriter) bool{},
		calls: map[string]int{}}
	f.storage = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("x-api-key") != "" {
			t.Errorf("API key sent to storage URL %s", r.URL)
		}
		f.mu.Lock()
		defer f.mu.Unlock()
		switch r.Method {
		case http.MethodPut:
			b, _ := io.ReadAll(r.Body)
			f.uploads[r.URL.Path] = b
		case http.MethodGet:
			if r.URL.Path == "/receipt.bin" {
				_, _ = w.Write(f.receipt)
				return
			}
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(f.storage.Close)
	mux := http.NewServeMux()
	route := func(pattern string, h func(w http.ResponseWriter, r *http.Request)) {
		mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("x-api-key") != testKey || r.Header.Get("x-risc0-version") == "" {
				w.WriteHeader(http.StatusUnauthorized)
				_, _ = w.Write([]byte(`{"error":"bad key"}`))
				return
			}
			f.mu.Lock()
			f.calls[pattern]++
			if faults := f.inject[pattern]; len(faults) > 0 {
				f.inject[pattern] = faults[1:]
				f.mu.Unlock()
				if faults[0](w) {
					return
				}
				f.mu.Lock()
			}
			defer f.mu.Unlock()
			h(w, r)
		})
	}
	route("GET /images/upload/{id}", func(w http.ResponseWriter, r *http.Request) {
		if f.imageKnown {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		writeJSON(w, map[string]string{"url": f.storage.URL + "/images/" + r.PathValue("id")})
	})
	route("GET /inputs/upload", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, map[string]string{"uuid": "input-1", "url": f.storage.URL + "/inputs/input-1"})
	})
	route("POST /sessions/create", func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Img         string   `json:"img"`
			Input       string   `json:"input"`
			Assumptions []string `json:"assumptions"`
			ExecuteOnly *bool    `json:"execute_only"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Input != "input-1" || len(req.Img) != 64 ||
			req.Assumptions == nil || req.ExecuteOnly == nil || *req.ExecuteOnly {
			http.Error(w, "bad session request", http.StatusBadRequest)
			return
		}
		writeJSON(w, map[string]string{"uuid": "stark-1"})
	})
	route("GET /sessions/status/{id}", func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		f.starkPolls[id]++
		if f.starkPolls[id] < 2 {
			writeJSON(w, map[string]any{"status": "RUNNING", "state": "ProveSegments: 1/4", "receipt_url": nil, "error_msg": nil})
			return
		}
		if f.starkStatus != "" {
			writeJSON(w, map[string]any{"status": f.starkStatus, "error_msg": "guest panicked: bad witness"})
			return
		}
		writeJSON(w, map[string]any{"status": "SUCCEEDED", "receipt_url": f.storage.URL + "/stark.bin", "error_msg": nil})
	})
	route("POST /snark/create", func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			SessionID string `json:"session_id"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.SessionID != "stark-1" {
			http.Error(w, "bad snark request", http.StatusBadRequest)
			return
		}
		writeJSON(w, map[string]string{"uuid": "snark-1"})
	})
	route("GET /snark/status/{id}", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, map[string]any{"status": "SUCCEEDED", "output": f.snarkOutput(), "error_msg": nil})
	})
	f.api = httptest.NewServer(mux)
	t.Cleanup(f.api.Close)
	return f
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (f *fakeBonsai) fault(route string, fn func(w http.ResponseWriter) bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.inject[route] = append(f.inject[route], fn)
}

// inlineOutput is the earlier API's inline SNARK output for a 256-byte seal: byte arrays as JSON number lists.
func inlineOutput(seal256, journal []byte) any {
	w := func(i int) []int {
		out := make([]int, 32)
		for k := range out {
			out[k] = int(seal256[32*i+k])
		}
		return out
	}
	j := make([]int, len(journal))
	for i := range journal {
		j[i] = int(journal[i])
	}
	return map[string]any{
		"snark":             map[string]any{"a": [][]int{w(0), w(1)}, "b": [][][]int{{w(2), w(3)}, {w(4), w(5)}}, "c": [][]int{w(6), w(7)}, "public": [][]int{}},
		"post_state_digest": make([]int, 32),
		"journal":           j,
	}
}

func newProver(t *testing.T, f *fakeBonsai, r risc0.TestReceipt, fx *risc0.Fixtures, mod func(*Config)) *Prover {
	t.Helper()
	params := r.Params(fx)
	cfg := Config{URL: f.api.URL, APIKey: testKey, Risc0Version: "2.1.0", ImageID: r.ImageID, ELF: []byte("\x7fELF guest"),
		Selector: r.Selector, Verify: &params, RequestTimeout: 2 * time.Second}
	if mod != nil {
		mod(&cfg)
	}
	p, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// runToProof submits and polls until the proof or a failure.
func runToProof(t *testing.T, p *Prover, j prover.Job) prover.Result {
	t.Helper()
	ctx := context.Background()
	sid, err := p.Submit(ctx, j)
	if err != nil {
		t.Fatalf("Submit: %v", err)
	}
	if sid != "stark/stark-1" {
		t.Fatalf("session %q", sid)
	}
	for i := 0; i < 10; i++ {
		res, err := p.Status(ctx, sid)
		if err != nil {
			t.Fatalf("Status(%s): %v", sid, err)
		}
		if res.SessionID != "" {
			sid = res.SessionID
		}
		if res.State != prover.StateRunning {
			return res
		}
	}
	t.Fatal("still running after 10 polls")
	return prover.Result{}
}

func TestProver_RealGroth16ReceiptBecomesAVerifyingSeal(t *testing.T) {
	fx := loadFixtures(t)
	j := testJob(t, 2)
	for _, r := range fx.Receipts {
		params := r.Params(fx)
		vp := verifierParamsDigest(params)
		if [4]byte(vp[:4]) != r.Selector {
			t.Fatalf("%s: verifier parameters digest starts %x, selector %x", r.Name, vp[:4], r.Selector)
		}
		for _, mode := range []string{"receipt-url", "inline"} {
			t.Run(r.Name+"/"+mode, func(t *testing.T) {
				f := newFake(t)
				f.receipt = bincodeReceipt(r.Seal[4:], r.Journal, vp)
				f.snarkOutput = func() any {
					if mode == "inline" {
						return inlineOutput(r.Seal[4:], r.Journal)
					}
					return f.storage.URL + "/receipt.bin"
				}
				p := newProver(t, f, r, fx, nil)
				res := runToProof(t, p, j)
				if res.State != prover.StateSucceeded || res.Proof == nil {
					t.Fatalf("result %+v", res)
				}
				if !bytes.Equal(res.Proof.Seal, r.Seal) || !bytes.Equal(res.Proof.Journal, r.Journal) {
					t.Fatalf("seal %x\nwant %x", res.Proof.Seal, r.Seal)
				}
				if err := risc0.VerifySeal(res.Proof.Seal, r.ImageID, sha256.Sum256(res.Proof.Journal), params); err != nil {
					t.Fatalf("VerifySeal: %v", err)
				}
				if got := f.uploads["/inputs/input-1"]; !bytes.Equal(got, j.Input) {
					t.Fatal("the job input was not uploaded verbatim")
				}
				if got := f.uploads["/images/"+fmt.Sprintf("%x", r.ImageID)]; string(got) != "\x7fELF guest" {
					t.Fatal("the guest ELF was not uploaded")
				}
			})
		}
	}
}

func TestProver_TamperedSealIsRejectedBeforeL1(t *testing.T) {
	fx := loadFixtures(t)
	r := fx.Receipts[0]
	j := testJob(t, 1)
	for _, idx := range []int{0, 70, 200, 255} {
		t.Run(fmt.Sprint(idx), func(t *testing.T) {
			f := newFake(t)
			f.imageKnown = true
			seal := bytes.Clone(r.Seal[4:])
			seal[idx] ^= 1
			f.snarkOutput = func() any { return inlineOutput(seal, r.Journal) }
			res := runToProof(t, newProver(t, f, r, fx, nil), j)
			if res.State != prover.StateFailed || !strings.Contains(res.Err, "does not verify") {
				t.Fatalf("tampered seal: %+v", res)
			}
			// Without in-process verification the seal comes back, and VerifySeal (the contract's twin) rejects it.
			f2 := newFake(t)
			f2.imageKnown = true
			f2.snarkOutput = f.snarkOutput
			res = runToProof(t, newProver(t, f2, r, fx, func(c *Config) { c.Verify = nil }), j)
			if res.State != prover.StateSucceeded {
				t.Fatalf("%+v", res)
			}
			if err := risc0.VerifySeal(res.Proof.Seal, r.ImageID, sha256.Sum256(res.Proof.Journal), r.Params(fx)); !errors.Is(err, risc0.ErrVerificationFailed) {
				t.Fatalf("VerifySeal of a tampered seal: %v", err)
			}
		})
	}
}

func TestProver_HTTPFailures(t *testing.T) {
	fx := loadFixtures(t)
	r := fx.Receipts[0]
	j := testJob(t, 1)
	ctx := context.Background()
	echoKey := func(status int) func(w http.ResponseWriter) bool {
		return func(w http.ResponseWriter) bool {
			w.WriteHeader(status)
			_, _ = w.Write([]byte("upstream said: key " + testKey + " is throttled"))
			return true
		}
	}
	tests := []struct {
		name      string
		route     string
		fault     func(w http.ResponseWriter) bool
		permanent bool
		check     func(t *testing.T, err error)
	}{
		{"429 with Retry-After seconds", "GET /inputs/upload", func(w http.ResponseWriter) bool {
			w.Header().Set("Retry-After", "7")
			w.WriteHeader(http.StatusTooManyRequests)
			return true
		}, false, func(t *testing.T, err error) {
			var ra *prover.RetryAfterError
			if !errors.As(err, &ra) || ra.After != 7*time.Second {
				t.Fatalf("got %v, want RetryAfterError of 7s", err)
			}
		}},
		{"503 with Retry-After date", "POST /sessions/create", func(w http.ResponseWriter) bool {
			w.Header().Set("Retry-After", time.Now().Add(90*time.Second).UTC().Format(http.TimeFormat))
			w.WriteHeader(http.StatusServiceUnavailable)
			return true
		}, false, func(t *testing.T, err error) {
			var ra *prover.RetryAfterError
			if !errors.As(err, &ra) || ra.After < 80*time.Second || ra.After > 91*time.Second {
				t.Fatalf("got %v, want RetryAfterError of ~90s", err)
			}
		}},
		{"500 echoing the key", "GET /images/upload/{id}", echoKey(500), false, nil},
		{"400 is permanent", "POST /sessions/create", echoKey(400), true, nil},
		{"malformed JSON", "GET /inputs/upload", func(w http.ResponseWriter) bool {
			_, _ = w.Write([]byte(`{"uuid": "input-1", "url": `))
			return true
		}, false, func(t *testing.T, err error) {
			if !strings.Contains(err.Error(), "malformed response") {
				t.Fatalf("got %v", err)
			}
		}},
		{"uuid with a path in it", "POST /sessions/create", func(w http.ResponseWriter) bool {
			writeJSON(w, map[string]string{"uuid": "../../admin"})
			return true
		}, false, nil},
		{"timeout", "GET /inputs/upload", func(w http.ResponseWriter) bool {
			time.Sleep(3 * time.Second) // beyond the 2s request timeout
			return true
		}, false, func(t *testing.T, err error) {
			if !strings.Contains(err.Error(), "deadline") && !strings.Contains(err.Error(), "Timeout") {
				t.Fatalf("got %v, want a timeout", err)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t)
			f.fault(tc.route, tc.fault)
			p := newProver(t, f, r, fx, nil)
			_, err := p.Submit(ctx, j)
			if err == nil {
				t.Fatal("Submit succeeded despite the fault")
			}
			if prover.IsPermanent(err) != tc.permanent {
				t.Fatalf("permanent = %v, want %v: %v", prover.IsPermanent(err), tc.permanent, err)
			}
			if strings.Contains(err.Error(), testKey) {
				t.Fatalf("error leaks the API key: %v", err)
			}
			if tc.check != nil {
				tc.check(t, err)
			}
			// The fault was one-shot: the next Submit goes through.
			if sid, err := p.Submit(ctx, j); err != nil || sid != "stark/stark-1" {
				t.Fatalf("retry: %q, %v", sid, err)
			}
		})
	}
}

func TestProver_FailedSessionsAndBadOutputs(t *testing.T) {
	fx := loadFixtures(t)
	r := fx.Receipts[0]
	j := testJob(t, 1)
	for _, status := range []string{"FAILED", "TIMED_OUT", "ABORTED"} {
		t.Run(status, func(t *testing.T) {
			f := newFake(t)
			f.starkStatus = status
			res := runToProof(t, newProver(t, f, r, fx, nil), j)
			if res.State != prover.StateFailed || !strings.Contains(res.Err, status) || !strings.Contains(res.Err, "bad witness") {
				t.Fatalf("%+v", res)
			}
		})
	}
	vp := verifierParamsDigest(r.Params(fx))
	ctx := context.Background()
	tests := []struct {
		name      string
		output    func(f *fakeBonsai) any
		mod       func(*Config)
		permanent bool
	}{
		{"output neither URL nor seal", func(*fakeBonsai) any { return map[string]int{"x": 1} }, nil, false},
		{"truncated receipt", func(f *fakeBonsai) any {
			f.receipt = bincodeReceipt(r.Seal[4:], r.Journal, vp)[:200]
			return f.storage.URL + "/receipt.bin"
		}, nil, true},
		{"STARK receipt instead of Groth16", func(f *fakeBonsai) any {
			f.receipt = bincodeReceipt(r.Seal[4:], r.Journal, vp)
			f.receipt[0] = 1
			return f.storage.URL + "/receipt.bin"
		}, nil, true},
		{"receipt for another verifier", func(f *fakeBonsai) any {
			f.receipt = bincodeReceipt(r.Seal[4:], r.Journal, verifierParamsDigest(fx.Receipts[1].Params(fx)))
			return f.storage.URL + "/receipt.bin"
		}, nil, true},
		{"inline seal without configured selector", func(*fakeBonsai) any { return inlineOutput(r.Seal[4:], r.Journal) },
			func(c *Config) { c.Selector = [4]byte{} }, true},
		{"receipt URL that 404s", func(f *fakeBonsai) any { return f.storage.URL + "/gone" }, nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t)
			f.imageKnown = true
			f.snarkOutput = func() any { return tc.output(f) }
			p := newProver(t, f, r, fx, tc.mod)
			_, err := p.Status(ctx, "snark/snark-1")
			if err == nil {
				t.Fatal("bad output accepted")
			}
			if prover.IsPermanent(err) != tc.permanent {
				t.Fatalf("permanent = %v, want %v: %v", prover.IsPermanent(err), tc.permanent, err)
			}
		})
	}
}

func TestProver_ImageAndSessionIDs(t *testing.T) {
	fx := loadFixtures(t)
	r := fx.Receipts[0]
	j := testJob(t, 1)
	ctx := context.Background()
	f := newFake(t)
	p := newProver(t, f, r, fx, func(c *Config) { c.ELF = nil })
	if _, err := p.Submit(ctx, j); !prover.IsPermanent(err) || !strings.Contains(err.Error(), "no guest ELF") {
		t.Fatalf("unknown image without ELF: %v", err)
	}
	f.imageKnown = true
	if _, err := p.Submit(ctx, j); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Submit(ctx, j); err != nil {
		t.Fatal(err)
	}
	if n := f.calls["GET /images/upload/{id}"]; n != 2 {
		t.Fatalf("image checked %d times, want 2 (once known, never again)", n)
	}
	for _, sid := range []string{"", "stark", "stark/", "proof/x", "stark/../x", "dev-00"} {
		if _, err := p.Status(ctx, sid); !prover.IsPermanent(err) {
			t.Errorf("session %q: %v", sid, err)
		}
	}
	bad := j
	bad.Input = []byte{0xc0}
	if _, err := p.Submit(ctx, bad); !prover.IsPermanent(err) {
		t.Fatalf("invalid job: %v", err)
	}
}

func TestNew_ChecksConfigAndReadsKeyFromEnv(t *testing.T) {
	t.Setenv(APIKeyEnv, "")
	_, err := New(Config{URL: "ftp://x"})
	for _, want := range []string{"not an http(s) URL", APIKeyEnv, "risc0 version", "image id"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("New error %v does not mention %q", err, want)
		}
	}
	t.Setenv(APIKeyEnv, "from-env")
	p, err := New(Config{Risc0Version: "2.1.0", ImageID: [32]byte{1}})
	if err != nil {
		t.Fatal(err)
	}
	if p.cfg.APIKey != "from-env" || p.base.String() != DefaultURL {
		t.Fatalf("key %q url %s", p.cfg.APIKey, p.base)
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	for h, want := range map[string]time.Duration{
		"": 0, "5": 5 * time.Second, "-3": 0, "soon": 0,
		now.Add(time.Minute).Format(http.TimeFormat):  time.Minute,
		now.Add(-time.Minute).Format(http.TimeFormat): 0,
	} {
		if got := retryAfter(h, now); got != want {
			t.Errorf("retryAfter(%q) = %s, want %s", h, got, want)
		}
	}
}

func FuzzParseReceipt(f *testing.F) {
	seal := bytes.Repeat([]byte{7}, 256)
	f.Add(bincodeReceipt(seal, []byte("journal"), [32]byte{1, 2, 3, 4}))
	f.Add(bincodeReceipt(seal, nil, [32]byte{}))
	f.Add([]byte{2, 0, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := ParseReceipt(b)
		if err != nil {
			return
		}
		if len(r.Seal) != 256 || !bytes.Equal(b[len(b)-32:], r.VerifierParameters[:]) {
			t.Fatalf("inconsistent parse: %d-byte seal", len(r.Seal))
		}
	})
}
