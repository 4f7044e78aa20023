// Package bonsai proves jobs on RISC Zero's Bonsai proving service over its REST API:
//
//	GET  /images/upload/{imageId}   204: image known; 200 {"url"}: PUT the guest ELF there
//	GET  /inputs/upload             {"uuid","url"}: PUT the encoded job input there
//	POST /sessions/create           {"img","input","assumptions":[],"execute_only":false} → {"uuid"}
//	GET  /sessions/status/{uuid}    {"status": RUNNING|SUCCEEDED|FAILED|TIMED_OUT|ABORTED, "error_msg", "receipt_url"}
//	POST /snark/create              {"session_id"} → {"uuid"}
//	GET  /snark/status/{uuid}       {"status", "error_msg", "output"}
//
// The SNARK output is either a URL of the bincode-encoded Groth16 receipt (current API) or an inline object
// {"snark":{"a","b","c"},"post_state_digest","journal"} (earlier API); both become a selector-prefixed ABI seal
// selector ‖ a ‖ b ‖ c, as RiscZeroGroth16Verifier takes it. Session IDs are "stark/<uuid>" and "snark/<uuid>"; a
// restarted process resumes either from the ID alone. Every request carries the API key in the x-api-key header,
// which is sent only to the API's own origin (never to pre-signed upload or download URLs) and never logged or
// put in an error.
package bonsai

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mach-avs/mach/prover"
	"github.com/mach-avs/mach/prover/risc0"
)

// APIKeyEnv is the environment variable New reads the API key from when Config.APIKey is empty.
const APIKeyEnv = "BONSAI_API_KEY"

// DefaultURL is Bonsai's API.
const DefaultURL = "https://api.bonsai.xyz"

// Config configures the Bonsai backend.
type Config struct {
	// URL is the API base URL (DefaultURL if empty).
	URL string
	// APIKey is the Bonsai API key; empty reads APIKeyEnv.
	APIKey string
	// Risc0Version is the risc0-zkvm version the guest was built with (x-risc0-version header). Required.
	Risc0Version string
	// ImageID is the guest's image id (the ZK manager's imageId).
	ImageID [32]byte
	// ELF is the guest program, uploaded if Bonsai does not know ImageID yet. May be empty if it was uploaded
	// before.
	ELF []byte
	// Selector is the Groth16 verifier's selector. Required for the inline SNARK output, which carries none; a
	// receipt's own selector must equal it when both are known.
	Selector [4]byte
	// Verify, when set, makes Status check every seal against these verifier parameters in Go (as the
	// on-chain verifier would) before returning it, so a broken proof never costs gas.
	Verify *risc0.VerifierParams
	// RequestTimeout bounds each HTTP request (30s if zero).
	RequestTimeout time.Duration
	// HTTPClient is the client to use (http.DefaultClient's transport if nil).
	HTTPClient *http.Client
}

// Prover is the Bonsai backend.
type Prover struct {
	cfg    Config
	base   *url.URL
	hc     *http.Client
	mu     sync.Mutex
	imgOK  bool // the image is known to Bonsai
	redact *strings.Replacer
}

var _ prover.Prover = (*Prover)(nil)

// New checks cfg and returns the backend. It makes no request.
func New(cfg Config) (*Prover, error) {
	if cfg.URL == "" {
		cfg.URL = DefaultURL
	}
	if cfg.APIKey == "" {
		cfg.APIKey = os.Getenv(APIKeyEnv)
	}
	var errs []error
	base, err := url.Parse(strings.TrimRight(cfg.URL, "/"))
	if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		errs = append(errs, fmt.Errorf("bonsai: url %q is not an http(s) URL", cfg.URL))
	}
	if cfg.APIKey == "" {
		errs = append(errs, fmt.Errorf("bonsai: API key missing; set %s", APIKeyEnv))
	}
	if cfg.Risc0Version == "" {
		errs = append(errs, errors.New("bonsai: risc0 version is empty; set it to the risc0-zkvm version the guest was built with"))
	}
	if cfg.ImageID == ([32]byte{}) {
		errs = append(errs, errors.New("bonsai: image id is zero; set it to the ZK manager's imageId"))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = 30 * time.Second
	}
	hc := cfg.HTTPClient
	if hc == nil {
		hc = &http.Client{}
	}
	return &Prover{cfg: cfg, base: base, hc: hc, redact: strings.NewReplacer(cfg.APIKey, "[redacted]")}, nil
}

// Submit uploads the image (if Bonsai lacks it) and the job's input, and starts a STARK session.
func (p *Prover) Submit(ctx context.Context, j prover.Job) (string, error) {
	if err := j.Validate(); err != nil {
		return "", prover.Permanent(err)
	}
	if err := p.ensureImage(ctx); err != nil {
		return "", err
	}
	var up struct {
		UUID string `json:"uuid"`
		URL  string `json:"url"`
	}
	if err := p.api(ctx, http.MethodGet, "/inputs/upload", nil, &up); err != nil {
		return "", err
	}
	if !validID(up.UUID) || up.URL == "" {
		return "", fmt.Errorf("bonsai: GET /inputs/upload: malformed response (uuid %q)", up.UUID)
	}
	if err := p.put(ctx, up.URL, j.Input); err != nil {
		return "", fmt.Errorf("bonsai: upload input: %w", err)
	}
	req := map[string]any{"img": hex.EncodeToString(p.cfg.ImageID[:]), "input": up.UUID, "assumptions": []string{},
		"execute_only": false}
	var sess struct {
		UUID string `json:"uuid"`
	}
	if err := p.api(ctx, http.MethodPost, "/sessions/create", req, &sess); err != nil {
		return "", err
	}
	if !validID(sess.UUID) {
		return "", fmt.Errorf("bonsai: POST /sessions/create: malformed session uuid %q", sess.UUID)
	}
	return "stark/" + sess.UUID, nil
}

// Status polls a STARK session (and on success requests its SNARK, returning the SNARK session as the new
// session ID) or a SNARK session (and on success returns the proof).
func (p *Prover) Status(ctx context.Context, sessionID string) (prover.Result, error) {
	kind, id, ok := strings.Cut(sessionID, "/")
	if !ok || !validID(id) || (kind != "stark" && kind != "snark") {
		return prover.Result{}, prover.Permanent(fmt.Errorf("bonsai: %q is not a bonsai session id", sessionID))
	}
	if kind == "stark" {
		return p.starkStatus(ctx, id)
	}
	return p.snarkStatus(ctx, id)
}

type statusRes struct {
	Status   string          `json:"status"`
	ErrorMsg string          `json:"error_msg"`
	State    string          `json:"state"`
	Output   json.RawMessage `json:"output"`
}

func (p *Prover) starkStatus(ctx context.Context, id string) (prover.Result, error) {
	var st statusRes
	if err := p.api(ctx, http.MethodGet, "/sessions/status/"+id, nil, &st); err != nil {
		return prover.Result{}, err
	}
	switch st.Status {
	case "RUNNING":
		return prover.Result{State: prover.StateRunning}, nil
	case "SUCCEEDED":
		var snark struct {
			UUID string `json:"uuid"`
		}
		if err := p.api(ctx, http.MethodPost, "/snark/create", map[string]string{"session_id": id}, &snark); err != nil {
			return prover.Result{}, fmt.Errorf("request SNARK of session %s: %w", id, err)
		}
		if !validID(snark.UUID) {
			return prover.Result{}, fmt.Errorf("bonsai: POST /snark/create: malformed uuid %q", snark.UUID)
		}
		return prover.Result{State: prover.StateRunning, SessionID: "snark/" + snark.UUID}, nil
	case "FAILED", "TIMED_OUT", "ABORTED":
		return prover.Result{State: prover.StateFailed, Err: failure("STARK session", st)}, nil
	}
	return prover.Result{}, fmt.Errorf("bonsai: session %s has unknown status %q", id, st.Status)
}

func (p *Prover) snarkStatus(ctx context.Context, id string) (prover.Result, error) {
	var st statusRes
	if err := p.api(ctx, http.MethodGet, "/snark/status/"+id, nil, &st); err != nil {
		return prover.Result{}, err
	}
	switch st.Status {
	case "RUNNING":
		return prover.Result{State: prover.StateRunning}, nil
	case "SUCCEEDED":
		proof, err := p.proofFromOutput(ctx, st.Output)
		if err != nil {
			return prover.Result{}, fmt.Errorf("SNARK session %s: %w", id, err)
		}
		if p.cfg.Verify != nil {
			if err := risc0.VerifySeal(proof.Seal, p.cfg.ImageID, sha256.Sum256(proof.Journal), *p.cfg.Verify); err != nil {
				return prover.Result{State: prover.StateFailed, Err: fmt.Sprintf("SNARK session %s: seal does not verify: %v", id, err)}, nil
			}
		}
		return prover.Result{State: prover.StateSucceeded, Proof: proof}, nil
	case "FAILED", "TIMED_OUT", "ABORTED":
		return prover.Result{State: prover.StateFailed, Err: failure("SNARK session", st)}, nil
	}
	return prover.Result{}, fmt.Errorf("bonsai: SNARK session %s has unknown status %q", id, st.Status)
}

func failure(what string, st statusRes) string {
	if st.ErrorMsg == "" {
		return what + " " + st.Status
	}
	return what + " " + st.Status + ": " + st.ErrorMsg
}

// proofFromOutput turns a SNARK status output (a receipt URL, or the inline seal) into a proof.
func (p *Prover) proofFromOutput(ctx context.Context, out json.RawMessage) (*prover.Proof, error) {
	var receiptURL string
	if json.Unmarshal(out, &receiptURL) == nil && receiptURL != "" {
		raw, err := p.download(ctx, receiptURL)
		if err != nil {
			return nil, fmt.Errorf("download receipt: %w", err)
		}
		r, err := ParseReceipt(raw)
		if err != nil {
			return nil, prover.Permanent(err)
		}
		sel := [4]byte(r.VerifierParameters[:4])
		if p.cfg.Selector != ([4]byte{}) && sel != p.cfg.Selector {
			return nil, prover.Permanent(fmt.Errorf("bonsai: receipt is for verifier selector 0x%x, configured 0x%x", sel, p.cfg.Selector))
		}
		return &prover.Proof{Seal: append(sel[:], r.Seal...), Journal: r.Journal}, nil
	}
	var inline struct {
		Snark *struct {
			A [2]byteString    `json:"a"`
			B [2][2]byteString `json:"b"`
			C [2]byteString    `json:"c"`
		} `json:"snark"`
		Journal byteString `json:"journal"`
	}
	if err := json.Unmarshal(out, &inline); err != nil || inline.Snark == nil {
		return nil, fmt.Errorf("bonsai: SNARK output is neither a receipt URL nor a seal object: %.200s", string(out))
	}
	if p.cfg.Selector == ([4]byte{}) {
		return nil, prover.Permanent(errors.New("bonsai: the SNARK output carries no verifier selector; configure the Groth16 verifier's selector"))
	}
	s := inline.Snark
	seal := append([]byte(nil), p.cfg.Selector[:]...)
	for _, w := range []byteString{s.A[0], s.A[1], s.B[0][0], s.B[0][1], s.B[1][0], s.B[1][1], s.C[0], s.C[1]} {
		if len(w) > 32 {
			return nil, prover.Permanent(fmt.Errorf("bonsai: seal word of %d bytes, want ≤ 32", len(w)))
		}
		seal = append(seal, make([]byte, 32-len(w))...)
		seal = append(seal, w...)
	}
	return &prover.Proof{Seal: seal, Journal: []byte(inline.Journal)}, nil
}

// Receipt is what ParseReceipt extracts from a bincode-encoded RISC Zero Groth16 receipt.
type Receipt struct {
	// Seal is the 256-byte Groth16 proof (a ‖ b ‖ c, ABI layout), without selector.
	Seal []byte
	// Journal is the journal committed by the guest.
	Journal []byte
	// VerifierParameters is the digest whose first 4 bytes are the verifier selector.
	VerifierParameters [32]byte
}

// ParseReceipt reads the parts Mach needs from a bincode-encoded risc0 Receipt
// {inner: InnerReceipt::Groth16 (variant 2) {seal: Vec<u8>, claim, verifier_parameters: Digest}, journal: Vec<u8>,
// metadata: {verifier_parameters: Digest}} (bincode 1: u32 LE variant, u64 LE lengths). The claim in between is
// skipped: the journal is located from the end (Vec length prefix, then the metadata digest), and both copies of
// the verifier parameters must agree.
func ParseReceipt(b []byte) (Receipt, error) {
	const sealLen = risc0.SealLength - 4
	if len(b) < 4+8+sealLen+32+8+32 {
		return Receipt{}, fmt.Errorf("bonsai: receipt of %d bytes is too short", len(b))
	}
	if v := binary.LittleEndian.Uint32(b[0:4]); v != 2 {
		return Receipt{}, fmt.Errorf("bonsai: receipt is not a Groth16 receipt (inner variant %d, want 2)", v)
	}
	if n := binary.LittleEndian.Uint64(b[4:12]); n != sealLen {
		return Receipt{}, fmt.Errorf("bonsai: Groth16 seal of %d bytes, want %d", n, sealLen)
	}
	var r Receipt
	r.Seal = append([]byte(nil), b[12:12+sealLen]...)
	n := len(b)
	copy(r.VerifierParameters[:], b[n-32:])
	body := b[12+sealLen : n-32] // claim ‖ verifier_parameters ‖ u64 len ‖ journal
	for jl := 0; jl+8+32 <= len(body); jl++ {
		lenAt := len(body) - jl - 8
		if binary.LittleEndian.Uint64(body[lenAt:lenAt+8]) != uint64(jl) {
			continue
		}
		if !bytes.Equal(body[lenAt-32:lenAt], r.VerifierParameters[:]) {
			continue
		}
		r.Journal = append([]byte(nil), body[lenAt+8:]...)
		return r, nil
	}
	return Receipt{}, errors.New("bonsai: receipt journal not found (unknown receipt layout)")
}

// byteString is a JSON byte string given as an array of numbers (serde's Vec<u8>) or a 0x-hex string.
type byteString []byte

func (b *byteString) UnmarshalJSON(data []byte) error {
	var s string
	if json.Unmarshal(data, &s) == nil {
		raw, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
		if err != nil {
			return fmt.Errorf("bad hex byte string: %w", err)
		}
		*b = raw
		return nil
	}
	var nums []uint8
	if err := json.Unmarshal(data, &nums); err != nil {
		return fmt.Errorf("byte string is neither hex nor an array of bytes: %w", err)
	}
	*b = nums
	return nil
}

func (p *Prover) ensureImage(ctx context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.imgOK {
		return nil
	}
	img := hex.EncodeToString(p.cfg.ImageID[:])
	status, body, err := p.do(ctx, http.MethodGet, p.endpoint("/images/upload/"+img), nil, true)
	if err != nil {
		return err
	}
	if status == http.StatusNoContent {
		p.imgOK = true
		return nil
	}
	var up struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(body, &up); err != nil || up.URL == "" {
		return fmt.Errorf("bonsai: GET /images/upload: malformed response: %v", err)
	}
	if len(p.cfg.ELF) == 0 {
		return prover.Permanent(fmt.Errorf("bonsai: image 0x%s is not on Bonsai and no guest ELF is configured", img))
	}
	if err := p.put(ctx, up.URL, p.cfg.ELF); err != nil {
		return fmt.Errorf("bonsai: upload image: %w", err)
	}
	p.imgOK = true
	return nil
}

func (p *Prover) endpoint(path string) string { return p.base.String() + path }

// api sends a JSON request to an API route and decodes a JSON response into out.
func (p *Prover) api(ctx context.Context, method, path string, in, out any) error {
	var body []byte
	if in != nil {
		var err error
		if body, err = json.Marshal(in); err != nil {
			return fmt.Errorf("bonsai: encode %s request: %w", path, err)
		}
	}
	_, raw, err := p.do(ctx, method, p.endpoint(path), body, true)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("bonsai: %s %s: malformed response: %v", method, path, err)
	}
	return nil
}

func (p *Prover) put(ctx context.Context, u string, data []byte) error {
	_, _, err := p.do(ctx, http.MethodPut, u, data, false)
	return err
}

func (p *Prover) download(ctx context.Context, u string) ([]byte, error) {
	_, raw, err := p.do(ctx, http.MethodGet, u, nil, false)
	return raw, err
}

const maxBody = 64 << 20

// do sends one request. The API key goes only to the API's origin. HTTP 429/503 become a RetryAfterError,
// other 5xx, 401, 403 and 408 transient errors, other 4xx permanent errors.
func (p *Prover) do(ctx context.Context, method, u string, body []byte, isAPI bool) (int, []byte, error) {
	ctx, cancel := context.WithTimeout(ctx, p.cfg.RequestTimeout)
	defer cancel()
	target, err := url.Parse(u)
	if err != nil || (target.Scheme != "http" && target.Scheme != "https") {
		return 0, nil, prover.Permanent(fmt.Errorf("bonsai: bad URL from the API: %q", p.redact.Replace(u)))
	}
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, u, rd)
	if err != nil {
		return 0, nil, fmt.Errorf("bonsai: %w", err)
	}
	what := method + " " + target.Path
	if isAPI || (target.Scheme == p.base.Scheme && target.Host == p.base.Host) {
		req.Header.Set("x-api-key", p.cfg.APIKey)
		req.Header.Set("x-risc0-version", p.cfg.Risc0Version)
	}
	if isAPI && body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := p.hc.Do(req)
	if err != nil {
		// url.Error carries the URL, which never holds the key; redact anyway.
		return 0, nil, fmt.Errorf("bonsai: %s: %s", what, p.redact.Replace(err.Error()))
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxBody+1))
	if err != nil {
		return 0, nil, fmt.Errorf("bonsai: %s: read body: %v", what, err)
	}
	if len(raw) > maxBody {
		return 0, nil, prover.Permanent(fmt.Errorf("bonsai: %s: response larger than %d bytes", what, maxBody))
	}
	if resp.StatusCode < 300 {
		return resp.StatusCode, raw, nil
	}
	msg := p.redact.Replace(strings.TrimSpace(string(raw[:min(len(raw), 300)])))
	err = fmt.Errorf("bonsai: %s: HTTP %d: %s", what, resp.StatusCode, msg)
	switch {
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable:
		return 0, nil, &prover.RetryAfterError{Err: err, After: retryAfter(resp.Header.Get("Retry-After"), time.Now())}
	case resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden:
		return 0, nil, fmt.Errorf("%w (check %s)", err, APIKeyEnv)
	case resp.StatusCode >= 500 || resp.StatusCode == http.StatusRequestTimeout:
		return 0, nil, err
	}
	return 0, nil, prover.Permanent(err)
}

// retryAfter parses a Retry-After header: delay-seconds or an HTTP date. Unparseable or past: 0.
func retryAfter(h string, now time.Time) time.Duration {
	h = strings.TrimSpace(h)
	if h == "" {
		return 0
	}
	if s, err := strconv.Atoi(h); err == nil && s > 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

var idRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,128}$`)

func validID(s string) bool { return idRE.MatchString(s) }
