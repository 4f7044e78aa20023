// Package exec proves jobs by running an external command: a local RISC Zero prover, a GPU prover, or a wrapper
// around any remote service. The command gets the encoded job input (prover.EncodeInput) on stdin and in a file,
// and prints {"seal":"0x…","journal":"0x…"} on stdout (or writes it to the output file).
//
// The command runs without a shell, with a minimal environment (PATH, HOME, TMPDIR, the configured extra
// variables and the MACH_* job variables below) so secrets in the prover's own environment do not leak into it:
//
//	MACH_PROVER_INPUT            path of the encoded input (also the "{input}" argument placeholder)
//	MACH_PROVER_OUTPUT           path the command may write its JSON result to ("{output}")
//	MACH_JOB_ID                  the job ID
//	MACH_ROLLUP_CHAIN_ID         decimal
//	MACH_L2_BLOCK_NUMBER         decimal, the alerted block
//	MACH_CHECKPOINT_L2_BLOCK     decimal
//	MACH_CHECKPOINT_OUTPUT_ROOT  0x-hex
//	MACH_EXPECT_OUTPUT_ROOT      0x-hex
//	MACH_EXPECTED_JOURNAL        0x-hex of the 160-byte journal a correct proof commits
//
// Sessions live in StateDir/<session>/ (input.bin, result.json). A result written before a restart is found
// again; a command that was still running when the process died is reported failed, and the worker starts a new
// session.
package exec

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	osexec "os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mach-avs/mach/prover"
)

// Config configures the exec backend.
type Config struct {
	// Command is the argv to run (no shell). "{input}" and "{output}" in any argument are replaced by the input
	// and output file paths.
	Command []string
	// Env holds extra KEY=VALUE variables for the command.
	Env []string
	// Timeout bounds one run (2h if zero).
	Timeout time.Duration
	// StateDir keeps each session's input and result (required; created if missing).
	StateDir string
	// MaxStdout bounds what is read of stdout or the output file (1 MiB if zero).
	MaxStdout int
	// MaxStderr bounds the stderr tail kept for errors (8 KiB if zero).
	MaxStderr int
}

// Prover is the exec backend. Close stops running commands.
type Prover struct {
	cfg     Config
	ctx     context.Context
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	mu      sync.Mutex
	running map[string]bool
	done    map[string]prover.Result // results of this process's sessions (the files outlive it)
}

var _ prover.Prover = (*Prover)(nil)

// New checks cfg (the command must exist) and returns the backend.
func New(cfg Config) (*Prover, error) {
	var errs []error
	if len(cfg.Command) == 0 || cfg.Command[0] == "" {
		errs = append(errs, errors.New("exec prover: command is empty; set the prover command (argv list)"))
	} else if _, err := osexec.LookPath(cfg.Command[0]); err != nil {
		errs = append(errs, fmt.Errorf("exec prover: command %q: %w", cfg.Command[0], err))
	}
	for _, kv := range cfg.Env {
		if k, _, ok := strings.Cut(kv, "="); !ok || k == "" {
			errs = append(errs, fmt.Errorf("exec prover: env entry %q is not KEY=VALUE", kv))
		}
	}
	if cfg.StateDir == "" {
		errs = append(errs, errors.New("exec prover: state dir is empty; set a directory for session inputs and results"))
	} else if err := os.MkdirAll(cfg.StateDir, 0o700); err != nil {
		errs = append(errs, fmt.Errorf("exec prover: state dir: %w", err))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 2 * time.Hour
	}
	if cfg.MaxStdout <= 0 {
		cfg.MaxStdout = 1 << 20
	}
	if cfg.MaxStderr <= 0 {
		cfg.MaxStderr = 8 << 10
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &Prover{cfg: cfg, ctx: ctx, cancel: cancel, running: map[string]bool{}, done: map[string]prover.Result{}}, nil
}

// Close kills running commands and waits for them. Their sessions report failed.
func (p *Prover) Close() error {
	if p == nil {
		return nil
	}
	p.cancel()
	p.wg.Wait()
	return nil
}

// Submit writes the input to a new session directory and starts the command in the background.
func (p *Prover) Submit(_ context.Context, j prover.Job) (string, error) {
	if err := j.Validate(); err != nil {
		return "", prover.Permanent(err)
	}
	if p.ctx.Err() != nil {
		return "", errors.New("exec prover: closed")
	}
	var rnd [6]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		return "", fmt.Errorf("exec prover: session id: %w", err)
	}
	session := strings.TrimPrefix(j.ID, "0x")[:16] + "-" + hex.EncodeToString(rnd[:])
	dir := filepath.Join(p.cfg.StateDir, session)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("exec prover: session dir: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "input.bin"), j.Input, 0o600); err != nil {
		return "", fmt.Errorf("exec prover: write input: %w", err)
	}
	p.mu.Lock()
	p.running[session] = true
	p.mu.Unlock()
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		res := p.run(j, dir)
		if err := writeResult(dir, res); err != nil {
			res = prover.Result{State: prover.StateFailed, Err: err.Error()}
		}
		p.mu.Lock()
		delete(p.running, session)
		p.done[session] = res
		p.mu.Unlock()
	}()
	return session, nil
}

var sessionRE = regexp.MustCompile(`^[0-9a-f]{16}-[0-9a-f]{12}$`)

// Status reports a session: running while the command runs, else the stored result.
func (p *Prover) Status(_ context.Context, session string) (prover.Result, error) {
	if !sessionRE.MatchString(session) {
		return prover.Result{}, prover.Permanent(fmt.Errorf("exec prover: %q is not an exec session id", session))
	}
	p.mu.Lock()
	running := p.running[session]
	res, done := p.done[session]
	p.mu.Unlock()
	if running {
		return prover.Result{State: prover.StateRunning}, nil
	}
	if done {
		return res, nil
	}
	raw, err := os.ReadFile(filepath.Join(p.cfg.StateDir, session, "result.json"))
	if errors.Is(err, os.ErrNotExist) {
		return prover.Result{State: prover.StateFailed, Err: "session lost: the prover restarted while the command ran"}, nil
	}
	if err != nil {
		return prover.Result{}, fmt.Errorf("exec prover: read result: %w", err)
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		return prover.Result{State: prover.StateFailed, Err: "corrupt result file: " + err.Error()}, nil
	}
	return res, nil
}

func (p *Prover) run(j prover.Job, dir string) prover.Result {
	inPath, outPath := filepath.Join(dir, "input.bin"), filepath.Join(dir, "output.json")
	argv := make([]string, len(p.cfg.Command))
	for i, a := range p.cfg.Command {
		argv[i] = strings.NewReplacer("{input}", inPath, "{output}", outPath).Replace(a)
	}
	ctx, cancel := context.WithTimeout(p.ctx, p.cfg.Timeout)
	defer cancel()
	cmd := osexec.CommandContext(ctx, argv[0], argv[1:]...)
	setProcessGroup(cmd)
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(j.Input)
	stdout := &capped{max: p.cfg.MaxStdout}
	stderr := &tail{max: p.cfg.MaxStderr}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.WaitDelay = 5 * time.Second
	cmd.Env = p.env(j, inPath, outPath)
	start := time.Now()
	err := cmd.Run()
	switch {
	case ctx.Err() != nil && p.ctx.Err() != nil:
		return failed("command stopped: the prover is shutting down", stderr)
	case ctx.Err() != nil:
		return failed(fmt.Sprintf("command timed out after %s", p.cfg.Timeout), stderr)
	case err != nil:
		return failed(fmt.Sprintf("command failed after %s: %v", time.Since(start).Round(time.Millisecond), err), stderr)
	case stdout.over:
		return failed(fmt.Sprintf("command printed more than %d bytes on stdout", p.cfg.MaxStdout), stderr)
	}
	out := bytes.TrimSpace(stdout.buf.Bytes())
	if len(out) == 0 {
		raw, err := readCapped(outPath, p.cfg.MaxStdout)
		if err != nil {
			return failed("command printed nothing and wrote no output file: "+err.Error(), stderr)
		}
		out = raw
	}
	proof, err := ParseOutput(out)
	if err != nil {
		return failed(err.Error(), stderr)
	}
	return prover.Result{State: prover.StateSucceeded, Proof: proof}
}

// ParseOutput decodes the command's result {"seal":"0x…","journal":"0x…"}.
func ParseOutput(b []byte) (*prover.Proof, error) {
	var out struct {
		Seal    *hexutil.Bytes `json:"seal"`
		Journal *hexutil.Bytes `json:"journal"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&out); err != nil {
		return nil, fmt.Errorf("command output is not {\"seal\":\"0x…\",\"journal\":\"0x…\"}: %v", err)
	}
	if dec.More() {
		return nil, errors.New("command output has data after the JSON object")
	}
	if out.Seal == nil || out.Journal == nil {
		return nil, errors.New("command output lacks seal or journal")
	}
	return &prover.Proof{Seal: *out.Seal, Journal: *out.Journal}, nil
}

func (p *Prover) env(j prover.Job, inPath, outPath string) []string {
	env := []string{}
	for _, k := range []string{"PATH", "HOME", "TMPDIR"} {
		if v, ok := os.LookupEnv(k); ok {
			env = append(env, k+"="+v)
		}
	}
	env = append(env, p.cfg.Env...)
	return append(env,
		"MACH_PROVER_INPUT="+inPath,
		"MACH_PROVER_OUTPUT="+outPath,
		"MACH_JOB_ID="+j.ID,
		"MACH_ROLLUP_CHAIN_ID="+strconv.FormatUint(j.Claim.RollupChainID, 10),
		"MACH_L2_BLOCK_NUMBER="+strconv.FormatUint(j.Claim.L2BlockNumber, 10),
		"MACH_CHECKPOINT_L2_BLOCK="+strconv.FormatUint(j.Checkpoint.L2Block, 10),
		"MACH_CHECKPOINT_OUTPUT_ROOT="+j.Checkpoint.OutputRoot.Hex(),
		"MACH_EXPECT_OUTPUT_ROOT="+j.Claim.ExpectOutputRoot.Hex(),
		"MACH_EXPECTED_JOURNAL="+hexutil.Encode(prover.EncodeJournal(j.ExpectedJournal())),
	)
}

func failed(msg string, stderr *tail) prover.Result {
	if s := strings.TrimSpace(stderr.String()); s != "" {
		msg += "; stderr: " + s
	}
	return prover.Result{State: prover.StateFailed, Err: msg}
}

func writeResult(dir string, res prover.Result) error {
	raw, err := json.Marshal(res)
	if err != nil {
		return fmt.Errorf("exec prover: encode result: %w", err)
	}
	tmp := filepath.Join(dir, "result.json.tmp")
	if err := os.WriteFile(tmp, raw, 0o600); err != nil {
		return fmt.Errorf("exec prover: write result: %w", err)
	}
	return os.Rename(tmp, filepath.Join(dir, "result.json"))
}

func readCapped(path string, limit int) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.Size() > int64(limit) {
		return nil, fmt.Errorf("output file is %d bytes, limit %d", st.Size(), limit)
	}
	return os.ReadFile(path)
}

// capped keeps the first max bytes written and notes any excess.
type capped struct {
	buf  bytes.Buffer
	max  int
	over bool
}

func (c *capped) Write(b []byte) (int, error) {
	if room := c.max - c.buf.Len(); room < len(b) {
		c.over = true
		c.buf.Write(b[:max(room, 0)])
		return len(b), nil
	}
	c.buf.Write(b)
	return len(b), nil
}

// tail keeps the last max bytes written.
type tail struct {
	b   []byte
	max int
	cut bool
}

func (t *tail) Write(b []byte) (int, error) {
	t.b = append(t.b, b...)
	if len(t.b) > t.max {
		t.b = append([]byte(nil), t.b[len(t.b)-t.max:]...)
		t.cut = true
	}
	return len(b), nil
}

func (t *tail) String() string {
	if t.cut {
		return "…" + string(t.b)
	}
	return string(t.b)
}
