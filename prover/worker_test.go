package prover

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/mach-avs/mach/internal/kv"
)

// remoteProver is a fake proving service that outlives the processes using it: sessions live in the shared
// state, so a backend instance created after a "restart" sees the same sessions.
type remoteProver struct {
	mu        sync.Mutex
	sessions  map[string]*fakeSession
	submits   int
	submitErr []error // consumed one per Submit
	statusErr []error // consumed one per Status
	fail      int     // the first fail sessions end FAILED
	journal   func(j Job) []byte
}

type fakeSession struct {
	job     Job
	polls   int
	done    bool // set by the test (or after readyAfter polls)
	failed  bool
	readyAt int
}

func newRemote() *remoteProver {
	return &remoteProver{sessions: map[string]*fakeSession{}, journal: func(j Job) []byte { return EncodeJournal(j.ExpectedJournal()) }}
}

// backend is one process's view of the remote service.
type backend struct{ r *remoteProver }

func (b backend) Submit(_ context.Context, j Job) (string, error) {
	r := b.r
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.submitErr) > 0 {
		err := r.submitErr[0]
		r.submitErr = r.submitErr[1:]
		if err != nil {
			return "", err
		}
	}
	r.submits++
	id := fmt.Sprintf("session-%d", r.submits)
	r.sessions[id] = &fakeSession{job: j, failed: r.submits <= r.fail, readyAt: 2}
	return id, nil
}

func (b backend) Status(_ context.Context, id string) (Result, error) {
	r := b.r
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.statusErr) > 0 {
		err := r.statusErr[0]
		r.statusErr = r.statusErr[1:]
		if err != nil {
			return Result{}, err
		}
	}
	s, ok := r.sessions[id]
	if !ok {
		return Result{}, Permanent(fmt.Errorf("no session %s", id))
	}
	s.polls++
	switch {
	case s.failed:
		return Result{State: StateFailed, Err: "guest panicked"}, nil
	case s.done || s.polls >= s.readyAt:
		return Result{State: StateSucceeded, Proof: &Proof{Seal: []byte{1, 2, 3, 4, 5}, Journal: r.journal(s.job)}}, nil
	}
	return Result{State: StateRunning}, nil
}

// chain is a fake L1: Submit is idempotent, as the real Submitter must be; sends counts transactions sent.
type chain struct {
	mu     sync.Mutex
	calls  int
	sends  map[string]int
	errs   []error
	proved map[string]common.Hash
}

func newChain() *chain { return &chain{sends: map[string]int{}, proved: map[string]common.Hash{}} }

func (c *chain) Submit(_ context.Context, j Job, p Proof) (common.Hash, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls++
	if len(c.errs) > 0 {
		err := c.errs[0]
		c.errs = c.errs[1:]
		if err != nil {
			return common.Hash{}, err
		}
	}
	if tx, ok := c.proved[j.ID]; ok {
		return tx, nil
	}
	if err := j.CheckJournal(p.Journal); err != nil {
		return common.Hash{}, Permanent(err)
	}
	c.sends[j.ID]++
	tx := crypto.Keccak256Hash([]byte(j.ID))
	c.proved[j.ID] = tx
	return tx, nil
}

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }
func newClock() *clock               { return &clock{t: time.Unix(1_800_000_000, 0)} }
func testCfg() WorkerConfig {
	return WorkerConfig{PollInterval: time.Second, MaxAttempts: 2, MaxErrors: 3, BackoffMin: time.Second, BackoffMax: 8 * time.Second}
}
func openQueue(t *testing.T, dir string, c *clock) (*Queue, *kv.Store) {
	t.Helper()
	st, err := kv.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	q, err := NewQueue(st, c.now)
	if err != nil {
		t.Fatal(err)
	}
	return q, st
}

// tickUntil ticks the worker, advancing the clock by step after each tick, until the job reaches want.
func tickUntil(t *testing.T, w *Worker, q *Queue, c *clock, id string, want JobState, step time.Duration) Record {
	t.Helper()
	for i := 0; i < 50; i++ {
		if err := w.Tick(context.Background()); err != nil {
			t.Fatalf("Tick: %v", err)
		}
		r, err := q.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		if r.State == want {
			return r
		}
		if r.State.Terminal() {
			t.Fatalf("job ended %s (%s), want %s", r.State, r.Reason, want)
		}
		c.add(step)
	}
	r, _ := q.Get(id)
	t.Fatalf("job still %s after 50 ticks, want %s", r.State, want)
	return Record{}
}

func TestQueue_EnqueueTwiceIsANoOp(t *testing.T) {
	c := newClock()
	q, st := openQueue(t, "", c)
	defer st.Close()
	j := testJob(t, 2)
	ctx := context.Background()
	if created, err := q.Add(ctx, j); err != nil || !created {
		t.Fatalf("first Add = %v, %v", created, err)
	}
	c.add(time.Minute)
	if created, err := q.Add(ctx, j); err != nil || created {
		t.Fatalf("second Add = %v, %v; want false, nil", created, err)
	}
	if err := q.Enqueue(ctx, j); err != nil {
		t.Fatal(err)
	}
	recs, err := q.List()
	if err != nil || len(recs) != 1 {
		t.Fatalf("List = %d records, %v", len(recs), err)
	}
	if !recs[0].EnqueuedAt.Equal(c.now().Add(-time.Minute)) {
		t.Fatal("re-enqueue changed the record")
	}
	counts, _ := q.Counts()
	if counts[JobQueued] != 1 || counts[JobDone] != 0 || len(counts) != len(JobStates) {
		t.Fatalf("Counts = %v", counts)
	}
	got, err := q.Job(j.ID)
	if err != nil || got.ID != j.ID || string(got.Input) != string(j.Input) {
		t.Fatalf("Job = %v", err)
	}
	bad := j
	bad.ID = "0x01"
	if err := q.Enqueue(ctx, bad); !errors.Is(err, ErrInvalidInput) {
		t.Fatalf("invalid job: got %v", err)
	}
	if _, err := q.Get("0xnope"); !errors.Is(err, ErrJobNotFound) {
		t.Fatalf("Get unknown: %v", err)
	}
}

func TestWorker_ProvesAndSubmitsOnce(t *testing.T) {
	c := newClock()
	q, st := openQueue(t, "", c)
	defer st.Close()
	remote, l1 := newRemote(), newChain()
	reg := prometheus.NewRegistry()
	m, err := NewPromMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	w, err := NewWorker(testCfg(), q, backend{remote}, l1, m, nil)
	if err != nil {
		t.Fatal(err)
	}
	j := testJob(t, 2)
	if err := q.Enqueue(context.Background(), j); err != nil {
		t.Fatal(err)
	}
	r := tickUntil(t, w, q, c, j.ID, JobDone, time.Second)
	if r.TxHash == nil || *r.TxHash != l1.proved[j.ID] || r.Proof == nil || r.ProvedAt == nil || r.Attempts != 1 {
		t.Fatalf("record %+v", r)
	}
	if l1.sends[j.ID] != 1 || l1.calls != 1 || remote.submits != 1 {
		t.Fatalf("sends %d, L1 calls %d, backend submits %d; want 1, 1, 1", l1.sends[j.ID], l1.calls, remote.submits)
	}
	for i := 0; i < 3; i++ { // done is terminal
		_ = w.Tick(context.Background())
	}
	if l1.calls != 1 {
		t.Fatal("a done job was submitted again")
	}
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, mf := range mfs {
		for _, mt := range mf.GetMetric() {
			key := mf.GetName()
			for _, l := range mt.GetLabel() {
				key += "{" + l.GetValue() + "}"
			}
			switch {
			case mt.GetGauge() != nil:
				got[key] = mt.GetGauge().GetValue()
			case mt.GetHistogram() != nil:
				got[key] = float64(mt.GetHistogram().GetSampleCount())
			}
		}
	}
	if got["mach_prover_jobs{done}"] != 1 || got["mach_prover_jobs{queued}"] != 0 ||
		got["mach_prover_time_to_proof_seconds"] != 1 || got["mach_prover_time_to_submitted_seconds"] != 1 {
		t.Fatalf("metrics %v", got)
	}
}

// TestWorker_RestartMidJobResumesSessionAndSubmitsOnce is the prover side of issue 7's "restart of the prover
// mid-job: the job resumes and is submitted once".
func TestWorker_RestartMidJobResumesSessionAndSubmitsOnce(t *testing.T) {
	dir := t.TempDir()
	c := newClock()
	remote, l1 := newRemote(), newChain()
	j := testJob(t, 3)

	// Process 1: enqueue, start proving, then die.
	q1, st1 := openQueue(t, dir, c)
	w1, _ := NewWorker(testCfg(), q1, backend{remote}, l1, nil, nil)
	if err := q1.Enqueue(context.Background(), j); err != nil {
		t.Fatal(err)
	}
	if err := w1.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	r, _ := q1.Get(j.ID)
	if r.State != JobProving || r.SessionID != "session-1" {
		t.Fatalf("before restart: %s %q", r.State, r.SessionID)
	}
	if err := w1.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := st1.Close(); err != nil {
		t.Fatal(err)
	}

	// Process 2: same directory, new queue, new backend instance, new worker.
	q2, st2 := openQueue(t, dir, c)
	defer st2.Close()
	w2, _ := NewWorker(testCfg(), q2, backend{remote}, l1, nil, nil)
	c.add(time.Second)
	r = tickUntil(t, w2, q2, c, j.ID, JobDone, time.Second)
	if remote.submits != 1 {
		t.Fatalf("backend sessions started: %d, want 1 (the restarted worker must keep polling session-1)", remote.submits)
	}
	if l1.calls != 1 || l1.sends[j.ID] != 1 {
		t.Fatalf("Submitter called %d times, %d sends; want exactly once", l1.calls, l1.sends[j.ID])
	}
	if r.SessionID != "session-1" {
		t.Fatalf("session %q", r.SessionID)
	}
}

// TestWorker_RestartWhileSubmittingCallsIdempotentSubmitterAgain: a crash after the L1 transaction but before
// "done" was stored re-calls Submit, which finds the alert proved and sends nothing.
func TestWorker_RestartWhileSubmittingCallsIdempotentSubmitterAgain(t *testing.T) {
	dir := t.TempDir()
	c := newClock()
	remote, l1 := newRemote(), newChain()
	j := testJob(t, 1)
	q1, st1 := openQueue(t, dir, c)
	w1, _ := NewWorker(testCfg(), q1, backend{remote}, l1, nil, nil)
	l1.errs = []error{errors.New("tx receipt not found yet")} // the first call leaves the job in submitting
	_ = q1.Enqueue(context.Background(), j)
	tickUntil(t, w1, q1, c, j.ID, JobSubmitting, time.Second)
	if l1.calls != 1 || l1.sends[j.ID] != 0 {
		t.Fatalf("calls %d sends %d", l1.calls, l1.sends[j.ID])
	}
	// Simulate the crash window: the tx went out, the process died before recording done.
	if _, err := l1.Submit(context.Background(), j, Proof{Journal: EncodeJournal(j.ExpectedJournal())}); err != nil {
		t.Fatal(err)
	}
	_ = st1.Close()

	q2, st2 := openQueue(t, dir, c)
	defer st2.Close()
	w2, _ := NewWorker(testCfg(), q2, backend{remote}, l1, nil, nil)
	r := tickUntil(t, w2, q2, c, j.ID, JobDone, time.Second)
	if l1.sends[j.ID] != 1 {
		t.Fatalf("sends = %d, want 1", l1.sends[j.ID])
	}
	if *r.TxHash != l1.proved[j.ID] || remote.submits != 1 {
		t.Fatalf("tx %s, backend submits %d", r.TxHash, remote.submits)
	}
}

func TestWorker_FailurePaths(t *testing.T) {
	transient := errors.New("connection reset")
	tests := []struct {
		name       string
		setup      func(r *remoteProver, l1 *chain)
		wantState  JobState
		wantReason string
		wantSends  int
	}{
		{"failed session is retried with a new one", func(r *remoteProver, _ *chain) { r.fail = 1 }, JobDone, "", 1},
		{"every session fails", func(r *remoteProver, _ *chain) { r.fail = 10 }, JobFailed, "2 proving attempts", 0},
		{"transient submit errors are retried", func(r *remoteProver, _ *chain) { r.submitErr = []error{transient, transient} }, JobDone, "", 1},
		{"transient status errors are retried", func(r *remoteProver, _ *chain) {
			r.statusErr = []error{&RetryAfterError{Err: transient, After: 3 * time.Second}, transient}
		}, JobDone, "", 1},
		{"too many consecutive errors", func(r *remoteProver, _ *chain) { r.submitErr = []error{transient, transient, transient} }, JobFailed, "3 consecutive errors", 0},
		{"permanent backend error", func(r *remoteProver, _ *chain) { r.submitErr = []error{Permanent(errors.New("image not found"))} }, JobFailed, "image not found", 0},
		{"wrong journal is rejected before L1", func(r *remoteProver, _ *chain) {
			r.journal = func(j Job) []byte {
				jj := j.ExpectedJournal()
				jj.OutputRoot = j.Claim.InvalidOutputRoot
				return EncodeJournal(jj)
			}
		}, JobFailed, "outputRoot", 0},
		{"transient L1 error is retried", func(_ *remoteProver, l1 *chain) { l1.errs = []error{transient} }, JobDone, "", 1},
		{"permanent L1 error", func(_ *remoteProver, l1 *chain) { l1.errs = []error{Permanent(errors.New("reverted: NoPendingAlert"))} }, JobFailed, "NoPendingAlert", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newClock()
			q, st := openQueue(t, "", c)
			defer st.Close()
			remote, l1 := newRemote(), newChain()
			tc.setup(remote, l1)
			w, _ := NewWorker(testCfg(), q, backend{remote}, l1, nil, nil)
			j := testJob(t, 1)
			_ = q.Enqueue(context.Background(), j)
			var r Record
			for i := 0; i < 60; i++ {
				if err := w.Tick(context.Background()); err != nil {
					t.Fatal(err)
				}
				r, _ = q.Get(j.ID)
				if r.State.Terminal() {
					break
				}
				c.add(time.Second)
			}
			if r.State != tc.wantState || !strings.Contains(r.Reason, tc.wantReason) {
				t.Fatalf("ended %s (%q), want %s containing %q", r.State, r.Reason, tc.wantState, tc.wantReason)
			}
			if l1.sends[j.ID] != tc.wantSends {
				t.Fatalf("L1 sends %d, want %d", l1.sends[j.ID], tc.wantSends)
			}
		})
	}
}

func TestWorker_BackoffHonoursRetryAfter(t *testing.T) {
	c := newClock()
	q, st := openQueue(t, "", c)
	defer st.Close()
	remote := newRemote()
	remote.submitErr = []error{&RetryAfterError{Err: errors.New("HTTP 429"), After: 30 * time.Second}}
	w, _ := NewWorker(testCfg(), q, backend{remote}, newChain(), nil, nil)
	j := testJob(t, 1)
	_ = q.Enqueue(context.Background(), j)
	_ = w.Tick(context.Background())
	c.add(29 * time.Second)
	_ = w.Tick(context.Background())
	if remote.submits != 0 {
		t.Fatal("submitted before Retry-After elapsed")
	}
	c.add(time.Second)
	_ = w.Tick(context.Background())
	if remote.submits != 1 {
		t.Fatalf("submits %d after Retry-After, want 1", remote.submits)
	}
}

func TestQueue_RetryResumesFromTheFurthestSafeState(t *testing.T) {
	c := newClock()
	q, st := openQueue(t, "", c)
	defer st.Close()
	remote, l1 := newRemote(), newChain()
	l1.errs = []error{Permanent(errors.New("out of gas"))}
	w, _ := NewWorker(testCfg(), q, backend{remote}, l1, nil, nil)
	j := testJob(t, 1)
	_ = q.Enqueue(context.Background(), j)
	tickUntil(t, w, q, c, j.ID, JobFailed, time.Second)
	if _, err := q.Retry(j.ID); err != nil {
		t.Fatal(err)
	}
	r, _ := q.Get(j.ID)
	if r.State != JobProved {
		t.Fatalf("retry of a proved job went to %s, want proved", r.State)
	}
	tickUntil(t, w, q, c, j.ID, JobDone, time.Second)
	if remote.submits != 1 || l1.sends[j.ID] != 1 {
		t.Fatalf("backend submits %d, sends %d", remote.submits, l1.sends[j.ID])
	}
	if _, err := q.Retry(j.ID); err == nil {
		t.Fatal("retrying a done job must fail")
	}
}

func TestWorker_StartStopRunsInBackground(t *testing.T) {
	q, st := openQueue(t, "", &clock{t: time.Now()})
	q.now = time.Now
	defer st.Close()
	remote, l1 := newRemote(), newChain()
	w, err := NewWorker(WorkerConfig{PollInterval: 5 * time.Millisecond}, q, backend{remote}, l1, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := w.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if err := w.Start(ctx); err == nil {
		t.Fatal("second Start must fail")
	}
	j := testJob(t, 1)
	_ = q.Enqueue(ctx, j)
	deadline := time.Now().Add(10 * time.Second)
	for {
		r, _ := q.Get(j.ID)
		if r.State == JobDone {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("job still %s", r.State)
		}
		time.Sleep(5 * time.Millisecond)
	}
	stopCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := w.Stop(stopCtx); err != nil {
		t.Fatal(err)
	}
	if err := w.Stop(stopCtx); err != nil || !w.Stopped() {
		t.Fatal("Stop must be idempotent")
	}
	var nilW *Worker
	if err := nilW.Stop(stopCtx); err != nil {
		t.Fatal(err)
	}
	if _, err := NewWorker(WorkerConfig{}, nil, nil, nil, nil, nil); err == nil || !strings.Contains(err.Error(), "submitter") {
		t.Fatalf("NewWorker with nothing: %v", err)
	}
}

// TestQueue_OpenJobsAndCountsFollowEveryTransitionAndAReopen: the open jobs a Worker's pass reads and the counts
// per state are kept with every write (not rebuilt by reading every job), through done, failed, a retry, and a
// reopen of the same store.
func TestQueue_OpenJobsAndCountsFollowEveryTransitionAndAReopen(t *testing.T) {
	dir := t.TempDir()
	c := newClock()
	q, st := openQueue(t, dir, c)
	remote, l1 := newRemote(), newChain()
	l1.errs = []error{nil, Permanent(errors.New("out of gas"))} // the second job's submission fails for good
	w, _ := NewWorker(testCfg(), q, backend{remote}, l1, nil, nil)
	jobs := []Job{testJob(t, 1), testJob(t, 2), testJob(t, 3)}
	_ = q.Enqueue(context.Background(), jobs[0])
	tickUntil(t, w, q, c, jobs[0].ID, JobDone, time.Second)
	_ = q.Enqueue(context.Background(), jobs[1])
	tickUntil(t, w, q, c, jobs[1].ID, JobFailed, time.Second)
	c.add(time.Second)
	_ = q.Enqueue(context.Background(), jobs[2]) // stays queued: no tick

	check := func(q *Queue, what string, open []string, want map[JobState]int) {
		t.Helper()
		recs, err := q.Open()
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range recs {
			got = append(got, r.ID)
		}
		if strings.Join(got, ",") != strings.Join(open, ",") {
			t.Errorf("%s: open jobs %v, want %v", what, got, open)
		}
		counts, _ := q.Counts()
		all, _ := q.List()
		if fmt.Sprint(counts) != fmt.Sprint(countStates(all)) {
			t.Errorf("%s: counts %v, but the stored records count %v", what, counts, countStates(all))
		}
		for s, n := range want {
			if counts[s] != n {
				t.Errorf("%s: %d jobs %s, want %d (%v)", what, counts[s], s, n, counts)
			}
		}
	}
	check(q, "after done, failed, queued", []string{jobs[2].ID}, map[JobState]int{JobDone: 1, JobFailed: 1, JobQueued: 1})
	if _, err := q.Retry(jobs[1].ID); err != nil {
		t.Fatal(err)
	}
	check(q, "after the retry", []string{jobs[1].ID, jobs[2].ID}, map[JobState]int{JobDone: 1, JobFailed: 0, JobProved: 1, JobQueued: 1})
	st.Close()

	q2, st2 := openQueue(t, dir, c)
	defer st2.Close()
	check(q2, "reopened", []string{jobs[1].ID, jobs[2].ID}, map[JobState]int{JobDone: 1, JobProved: 1, JobQueued: 1})
	w2, _ := NewWorker(testCfg(), q2, backend{remote}, l1, nil, nil)
	tickUntil(t, w2, q2, c, jobs[1].ID, JobDone, time.Second)
	tickUntil(t, w2, q2, c, jobs[2].ID, JobDone, time.Second)
	check(q2, "all done", nil, map[JobState]int{JobDone: 3})
}
