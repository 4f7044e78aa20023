package exec

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mach-avs/mach/prover"
)

func script(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs("../testdata/fake-prover.sh")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// wait polls the session until it leaves running, within a deadline.
func wait(t *testing.T, p *Prover, session string) prover.Result {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		res, err := p.Status(context.Background(), session)
		if err != nil {
			t.Fatalf("Status: %v", err)
		}
		if res.State != prover.StateRunning {
			return res
		}
		if time.Now().After(deadline) {
			t.Fatal("session still running at the deadline")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestProver_RunsCommandAndReadsProof(t *testing.T) {
	t.Setenv("FAKE_PROVER_SECRET", "must-not-leak")
	j := testJob(t, 2)
	for _, tc := range []struct {
		name string
		argv []string
		env  []string
	}{
		{"stdout", []string{script(t), "ok", "{input}"}, nil},
		{"output file", []string{script(t), "outfile"}, nil},
		{"extra env", []string{script(t), "extra"}, []string{"EXTRA_VAR=yes"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := New(Config{Command: tc.argv, Env: tc.env, StateDir: t.TempDir()})
			if err != nil {
				t.Fatal(err)
			}
			defer p.Close()
			sid, err := p.Submit(context.Background(), j)
			if err != nil {
				t.Fatal(err)
			}
			res := wait(t, p, sid)
			if res.State != prover.StateSucceeded {
				t.Fatalf("result %+v", res)
			}
			if err := prover.CheckProof(&j, res.Proof); err != nil {
				t.Fatalf("proof rejected: %v", err)
			}
			if !bytes.HasPrefix(res.Proof.Seal, []byte{0xde, 0xad, 0xbe, 0xef}) || len(res.Proof.Seal) != 36 {
				t.Fatalf("seal %x", res.Proof.Seal)
			}
		})
	}
}

func TestProver_FailuresCarryStderrTail(t *testing.T) {
	j := testJob(t, 1)
	tests := []struct {
		mode    string
		timeout time.Duration
		want    []string
		notWant string
	}{
		{"fail", 0, []string{"exit status 3", "guest panicked at block 11", "…"}, "noise line 5\n"},
		{"sleep", 300 * time.Millisecond, []string{"timed out after 300ms"}, ""},
		{"garbage", 0, []string{"not {\"seal\""}, ""},
		{"nonsense-mode", 0, []string{"unknown mode"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.mode, func(t *testing.T) {
			p, err := New(Config{Command: []string{script(t), tc.mode}, StateDir: t.TempDir(), Timeout: tc.timeout, MaxStderr: 256})
			if err != nil {
				t.Fatal(err)
			}
			defer p.Close()
			start := time.Now()
			sid, err := p.Submit(context.Background(), j)
			if err != nil {
				t.Fatal(err)
			}
			res := wait(t, p, sid)
			if res.State != prover.StateFailed {
				t.Fatalf("result %+v", res)
			}
			for _, w := range tc.want {
				if !strings.Contains(res.Err, w) {
					t.Fatalf("error %q lacks %q", res.Err, w)
				}
			}
			if tc.notWant != "" && strings.Contains(res.Err, tc.notWant) {
				t.Fatalf("stderr was not bounded: %q", res.Err)
			}
			if len(res.Err) > 1024 {
				t.Fatalf("error is %d bytes", len(res.Err))
			}
			if tc.timeout > 0 && time.Since(start) > 10*time.Second {
				t.Fatal("the timeout did not kill the command")
			}
		})
	}
}

func TestProver_ResultSurvivesRestartAndLostSessionsFail(t *testing.T) {
	dir := t.TempDir()
	j := testJob(t, 1)
	p1, err := New(Config{Command: []string{script(t), "ok"}, StateDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	sid, _ := p1.Submit(context.Background(), j)
	wait(t, p1, sid)
	_ = p1.Close()

	p2, _ := New(Config{Command: []string{script(t), "sleep"}, StateDir: dir})
	res, err := p2.Status(context.Background(), sid)
	if err != nil || res.State != prover.StateSucceeded || prover.CheckProof(&j, res.Proof) != nil {
		t.Fatalf("after restart: %+v, %v", res, err)
	}
	// A command killed with its process: the session is reported failed, so the worker starts a new one.
	lost, _ := p2.Submit(context.Background(), j)
	if res, _ := p2.Status(context.Background(), lost); res.State != prover.StateRunning {
		t.Fatalf("fresh session %+v", res)
	}
	_ = p2.Close()
	p3, _ := New(Config{Command: []string{script(t), "ok"}, StateDir: dir})
	res, err = p3.Status(context.Background(), lost)
	if err != nil || res.State != prover.StateFailed {
		t.Fatalf("lost session: %+v, %v", res, err)
	}
	for _, bad := range []string{"", "../etc", "0123456789abcdef-zzzzzzzzzzzz"} {
		if _, err := p3.Status(context.Background(), bad); !prover.IsPermanent(err) {
			t.Errorf("session %q: %v", bad, err)
		}
	}
}

func TestNew_ChecksConfig(t *testing.T) {
	_, err := New(Config{Env: []string{"NOEQUALS"}})
	for _, want := range []string{"command is empty", "NOEQUALS", "state dir"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v lacks %q", err, want)
		}
	}
	if _, err := New(Config{Command: []string{"/no/such/prover"}, StateDir: t.TempDir()}); err == nil {
		t.Error("a missing command must be refused")
	}
	p, _ := New(Config{Command: []string{script(t)}, StateDir: t.TempDir()})
	bad := testJob(t, 1)
	bad.Input = []byte{0xc0}
	if _, err := p.Submit(context.Background(), bad); !prover.IsPermanent(err) {
		t.Fatalf("invalid job: %v", err)
	}
	_ = p.Close()
	if _, err := p.Submit(context.Background(), testJob(t, 1)); err == nil {
		t.Fatal("Submit after Close must fail")
	}
}

func TestParseOutput(t *testing.T) {
	for in, wantErr := range map[string]bool{
		`{"seal":"0x01020304","journal":"0x"}`:         false,
		`{"seal":"0x0102","journal":"0x00","extra":1}`: true,
		`{"seal":"0x0102"}`:                            true,
		`{"seal":"zz","journal":"0x"}`:                 true,
		`{"seal":"0x01","journal":"0x"} {"seal":"0x"}`: true,
		``: true,
	} {
		_, err := ParseOutput([]byte(in))
		if (err != nil) != wantErr {
			t.Errorf("ParseOutput(%q) error %v, want error %v", in, err, wantErr)
		}
	}
}

func FuzzParseOutput(f *testing.F) {
	f.Add([]byte(`{"seal":"0x01020304","journal":"0x00"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := ParseOutput(b)
		if err == nil && p == nil {
			t.Fatal("nil proof without error")
		}
	})
}
