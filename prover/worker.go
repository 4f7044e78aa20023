package prover

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
)

// WorkerConfig tunes a Worker. Zero values take the defaults of DefaultWorkerConfig.
type WorkerConfig struct {
	// PollInterval is how often the worker looks at jobs and polls running sessions.
	PollInterval time.Duration
	// MaxAttempts is how many proving sessions one job may start before it fails.
	MaxAttempts int
	// MaxErrors is how many consecutive transient errors a job may meet in one state before it fails.
	MaxErrors int
	// BackoffMin and BackoffMax bound the exponential backoff after a transient error.
	BackoffMin, BackoffMax time.Duration
}

// DefaultWorkerConfig returns the defaults: poll every 2s, 3 proving sessions per job, 30 consecutive errors,
// backoff from 1s to 5m.
func DefaultWorkerConfig() WorkerConfig {
	return WorkerConfig{PollInterval: 2 * time.Second, MaxAttempts: 3, MaxErrors: 30, BackoffMin: time.Second,
		BackoffMax: 5 * time.Minute}
}

func (c WorkerConfig) withDefaults() WorkerConfig {
	d := DefaultWorkerConfig()
	if c.PollInterval <= 0 {
		c.PollInterval = d.PollInterval
	}
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = d.MaxAttempts
	}
	if c.MaxErrors <= 0 {
		c.MaxErrors = d.MaxErrors
	}
	if c.BackoffMin <= 0 {
		c.BackoffMin = d.BackoffMin
	}
	if c.BackoffMax < c.BackoffMin {
		c.BackoffMax = max(d.BackoffMax, c.BackoffMin)
	}
	return c
}

// Worker drives the queue's jobs through the backend and onto L1. Every transition is persisted before the step
// it enables runs, so after a restart a proving job keeps polling the same session and a submitting job calls the
// (idempotent) Submitter again; a proof is sent once.
type Worker struct {
	cfg     WorkerConfig
	q       *Queue
	prover  Prover
	sub     Submitter
	metrics Metrics
	log     *slog.Logger

	startOnce sync.Once
	stopOnce  sync.Once
	stopped   atomic.Bool
	cancel    context.CancelFunc
	group     *errgroup.Group
}

// NewWorker checks its dependencies and returns a Worker; nothing runs until Start. metrics and log may be nil.
func NewWorker(cfg WorkerConfig, q *Queue, p Prover, s Submitter, metrics Metrics, log *slog.Logger) (*Worker, error) {
	var errs []error
	if q == nil {
		errs = append(errs, errors.New("prover worker: queue is nil"))
	}
	if p == nil {
		errs = append(errs, errors.New("prover worker: backend is nil"))
	}
	if s == nil {
		errs = append(errs, errors.New("prover worker: submitter is nil"))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if metrics == nil {
		metrics = NoopMetrics{}
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Worker{cfg: cfg.withDefaults(), q: q, prover: p, sub: s, metrics: metrics, log: log}, nil
}

// Start runs the worker loop in the background until Stop or ctx ends. It returns at once.
func (w *Worker) Start(ctx context.Context) error {
	started := false
	w.startOnce.Do(func() {
		started = true
		ctx, w.cancel = context.WithCancel(ctx)
		w.group, ctx = errgroup.WithContext(ctx)
		w.group.Go(func() (err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("prover worker: panic: %v\n%s", r, debug.Stack())
				}
			}()
			return w.run(ctx)
		})
	})
	if !started {
		return errors.New("prover worker: already started")
	}
	return nil
}

// Stop stops the loop and waits for it, or for ctx. It is nil-safe and idempotent.
func (w *Worker) Stop(ctx context.Context) error {
	if w == nil {
		return nil
	}
	var err error
	w.stopOnce.Do(func() {
		w.stopped.Store(true)
		if w.cancel == nil {
			return
		}
		w.cancel()
		done := make(chan error, 1)
		go func() { done <- w.group.Wait() }()
		select {
		case err = <-done:
			if errors.Is(err, context.Canceled) {
				err = nil
			}
		case <-ctx.Done():
			err = fmt.Errorf("prover worker: stop: %w", ctx.Err())
		}
	})
	return err
}

// Stopped reports whether Stop was called.
func (w *Worker) Stopped() bool { return w.stopped.Load() }

func (w *Worker) run(ctx context.Context) error {
	t := time.NewTicker(w.cfg.PollInterval)
	defer t.Stop()
	for {
		if err := w.Tick(ctx); err != nil && ctx.Err() == nil {
			w.log.Error("prover worker pass failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		case <-w.q.notify:
		}
	}
}

// maxStepsPerPass bounds how many transitions one job makes in one pass (queued → proving → proved → submitting
// → done is four).
const maxStepsPerPass = 4

// Tick makes one pass: every job that is due advances, by several steps while each lands in a new state that is
// due at once. Start calls it every PollInterval;
// tests may call it directly.
func (w *Worker) Tick(ctx context.Context) error {
	recs, err := w.q.Open()
	if err != nil {
		return err
	}
	now := w.q.now()
	var errs []error
	for _, r := range recs {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if r.State.Terminal() || now.Before(r.NextAttempt) {
			continue
		}
		// Keep stepping a job while each step moves it to a new state that is due at once (a dev proof goes from
		// queued to done in one pass); a job that stays put waits for the next pass.
		for range maxStepsPerPass {
			if err := w.step(ctx, r); err != nil {
				errs = append(errs, fmt.Errorf("job %s: %w", r.ID, err))
				break
			}
			next, err := w.q.Get(r.ID)
			if err != nil || next.State == r.State || next.State.Terminal() || w.q.now().Before(next.NextAttempt) {
				break
			}
			r = next
		}
	}
	if counts, err := w.q.Counts(); err == nil {
		for s, n := range counts {
			w.metrics.SetJobs(s, n)
		}
	}
	return errors.Join(errs...)
}

// step advances one job. Errors returned are storage errors; backend and L1 errors are recorded on the job.
func (w *Worker) step(ctx context.Context, r Record) error {
	switch r.State {
	case JobQueued:
		return w.submitJob(ctx, r)
	case JobProving:
		return w.pollJob(ctx, r)
	case JobProved:
		// Persist the intent first: from here on a restart calls Submit again, never re-proves.
		if _, err := w.q.update(r.ID, func(r *Record) error {
			r.State, r.Errors, r.Reason = JobSubmitting, 0, ""
			return nil
		}); err != nil {
			return err
		}
		r.State = JobSubmitting
		return w.sendJob(ctx, r)
	case JobSubmitting:
		return w.sendJob(ctx, r)
	}
	return nil
}

func (w *Worker) submitJob(ctx context.Context, r Record) error {
	j, err := w.q.Job(r.ID)
	if err != nil {
		return err
	}
	session, err := w.prover.Submit(ctx, j)
	if ctx.Err() != nil {
		return nil // stopping: leave the job as it was
	}
	if err != nil {
		w.metrics.BackendError("submit")
		return w.recordError(r, "submit to backend", err)
	}
	w.log.Info("proof job submitted", "job", r.ID, "rollup", r.Claim.RollupChainID, "block", r.Claim.L2BlockNumber,
		"session", session, "attempt", r.Attempts+1)
	_, err = w.q.update(r.ID, func(r *Record) error {
		r.State, r.SessionID, r.Errors, r.Reason = JobProving, session, 0, ""
		r.Attempts++
		r.NextAttempt = w.q.now().UTC() // poll at once: some backends (dev) are done already
		return nil
	})
	return err
}

func (w *Worker) pollJob(ctx context.Context, r Record) error {
	res, err := w.prover.Status(ctx, r.SessionID)
	if ctx.Err() != nil {
		return nil
	}
	if err != nil {
		w.metrics.BackendError("status")
		return w.recordError(r, "poll session "+r.SessionID, err)
	}
	switch res.State {
	case StateRunning:
		_, err := w.q.update(r.ID, func(r *Record) error {
			if res.SessionID != "" && res.SessionID != r.SessionID {
				w.log.Info("proof job moved to a new session", "job", r.ID, "from", r.SessionID, "session", res.SessionID)
				r.SessionID = res.SessionID
			}
			r.Errors, r.Reason = 0, ""
			r.NextAttempt = w.q.now().UTC().Add(max(w.cfg.PollInterval, res.RetryAfter))
			return nil
		})
		return err
	case StateSucceeded:
		j, err := w.q.Job(r.ID)
		if err != nil {
			return err
		}
		if err := CheckProof(&j, res.Proof); err != nil {
			w.log.Error("backend proof rejected", "job", r.ID, "session", r.SessionID, "err", err)
			return w.fail(r, fmt.Sprintf("proof from session %s rejected: %v", r.SessionID, err))
		}
		now := w.q.now().UTC()
		if _, err := w.q.update(r.ID, func(r *Record) error {
			r.State, r.Proof, r.ProvedAt, r.Errors, r.Reason = JobProved, res.Proof, &now, 0, ""
			r.NextAttempt = now
			return nil
		}); err != nil {
			return err
		}
		w.metrics.ObserveProved(now.Sub(r.EnqueuedAt))
		w.log.Info("proof job proved", "job", r.ID, "session", r.SessionID, "elapsed", now.Sub(r.EnqueuedAt))
		return nil
	case StateFailed:
		w.metrics.BackendError("status")
		reason := fmt.Sprintf("session %s failed: %s", r.SessionID, res.Err)
		if r.Attempts >= w.cfg.MaxAttempts {
			return w.fail(r, fmt.Sprintf("%s (%d proving attempts used)", reason, r.Attempts))
		}
		w.log.Warn("proving session failed; starting a new one", "job", r.ID, "session", r.SessionID, "reason", res.Err)
		_, err := w.q.update(r.ID, func(r *Record) error {
			r.State, r.SessionID, r.Reason = JobQueued, "", reason
			r.NextAttempt = w.q.now().UTC().Add(w.backoff(1, res.RetryAfter))
			return nil
		})
		return err
	default:
		w.metrics.BackendError("status")
		return w.recordError(r, "poll session "+r.SessionID, fmt.Errorf("backend reported unknown state %q", res.State))
	}
}

func (w *Worker) sendJob(ctx context.Context, r Record) error {
	j, err := w.q.Job(r.ID)
	if err != nil {
		return err
	}
	if r.Proof == nil {
		return w.fail(r, "submitting without a proof (corrupt record)")
	}
	tx, err := w.sub.Submit(ctx, j, *r.Proof)
	if ctx.Err() != nil {
		return nil
	}
	if err != nil {
		w.metrics.BackendError("l1")
		return w.recordError(r, "submit proof to L1", err)
	}
	now := w.q.now().UTC()
	if _, err := w.q.update(r.ID, func(r *Record) error {
		r.State, r.TxHash, r.DoneAt, r.Errors, r.Reason = JobDone, &tx, &now, 0, ""
		return nil
	}); err != nil {
		return err
	}
	w.metrics.ObserveDone(now.Sub(r.EnqueuedAt))
	w.log.Info("proof submitted on L1", "job", r.ID, "rollup", r.Claim.RollupChainID, "block", r.Claim.L2BlockNumber,
		"tx", tx, "elapsed", now.Sub(r.EnqueuedAt))
	return nil
}

// recordError fails the job on a permanent error or after MaxErrors consecutive errors, else schedules a retry.
func (w *Worker) recordError(r Record, what string, err error) error {
	msg := fmt.Sprintf("%s: %v", what, err)
	if IsPermanent(err) {
		w.log.Error("proof job failed", "job", r.ID, "state", r.State, "err", msg)
		return w.fail(r, msg)
	}
	if r.Errors+1 >= w.cfg.MaxErrors {
		return w.fail(r, fmt.Sprintf("%s (%d consecutive errors)", msg, r.Errors+1))
	}
	var ra *RetryAfterError
	var after time.Duration
	if errors.As(err, &ra) {
		after = ra.After
	}
	delay := w.backoff(r.Errors+1, after)
	w.log.Warn("proof job step failed; will retry", "job", r.ID, "state", r.State, "err", msg, "retry_in", delay)
	_, uerr := w.q.update(r.ID, func(r *Record) error {
		r.Errors++
		r.Reason = msg
		r.NextAttempt = w.q.now().UTC().Add(delay)
		return nil
	})
	return uerr
}

func (w *Worker) fail(r Record, reason string) error {
	_, err := w.q.update(r.ID, func(r *Record) error {
		r.State, r.Reason = JobFailed, reason
		return nil
	})
	return err
}

// backoff is BackoffMin·2^(n-1), capped at BackoffMax, and at least retryAfter.
func (w *Worker) backoff(n int, retryAfter time.Duration) time.Duration {
	d := w.cfg.BackoffMin
	for i := 1; i < n && d < w.cfg.BackoffMax; i++ {
		d *= 2
	}
	return max(min(d, w.cfg.BackoffMax), retryAfter)
}
