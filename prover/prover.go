package prover

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Prover is a proving backend. Submit starts proving a job and returns the backend's session ID; Status reports
// on a session. A session ID is all a backend needs to resume polling after a restart, so the Worker persists it
// before polling. Submit should not be called twice for the same job unless the first session failed.
type Prover interface {
	Submit(ctx context.Context, job Job) (sessionID string, err error)
	Status(ctx context.Context, sessionID string) (Result, error)
}

// State is the state of a proving session.
type State string

// Session states.
const (
	// StateRunning: the backend is still proving.
	StateRunning State = "running"
	// StateSucceeded: Result.Proof holds the proof.
	StateSucceeded State = "succeeded"
	// StateFailed: the session failed for good; Result.Err says why. A new session may be started.
	StateFailed State = "failed"
)

// Result is the status of a proving session.
type Result struct {
	State State `json:"state"`
	// Proof is set when State is StateSucceeded.
	Proof *Proof `json:"proof,omitempty"`
	// Err explains a failed session.
	Err string `json:"error,omitempty"`
	// RetryAfter, when positive, is how long the backend asked the caller to wait before polling again.
	RetryAfter time.Duration `json:"retryAfter,omitempty"`
	// SessionID, when set on a running result, replaces the session ID the caller polls from now on (a backend
	// that moves to a second stage, e.g. Bonsai's STARK → SNARK). The caller persists it before polling again.
	SessionID string `json:"sessionID,omitempty"`
}

// Enqueuer accepts proof jobs. Queue (local) and Client (a remote `mach prover` over HTTP) implement it; enqueuing
// a job whose ID is already known is a no-op that returns nil.
type Enqueuer interface {
	Enqueue(ctx context.Context, j Job) error
}

// Submitter sends a proof to L1 (MachZkServiceManager.submitProve with j.Checkpoint.OutputIndex, p.Journal,
// p.Seal). It MUST be idempotent: if the alert is already proved on L1 (by this or an earlier call, or by someone
// else) it returns the hash of the transaction that proved it, or the zero hash if unknown, and a nil error. The
// Worker may call it again for the same job after a restart.
type Submitter interface {
	Submit(ctx context.Context, j Job, p Proof) (txHash common.Hash, err error)
}

// PermanentError marks an error that retrying cannot fix (a malformed job, a rejected proof, a refused
// transaction). The Worker fails the job at once instead of retrying with backoff.
type PermanentError struct{ Err error }

// Error implements error.
func (e *PermanentError) Error() string { return e.Err.Error() }

// Unwrap returns the wrapped error.
func (e *PermanentError) Unwrap() error { return e.Err }

// Permanent wraps err as a PermanentError; nil stays nil.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return &PermanentError{Err: err}
}

// IsPermanent reports whether err is (or wraps) a PermanentError, ErrInvalidInput, ErrInvalidJournal or
// ErrJournalMismatch.
func IsPermanent(err error) bool {
	var p *PermanentError
	return errors.As(err, &p) || errors.Is(err, ErrInvalidInput) || errors.Is(err, ErrInvalidJournal) ||
		errors.Is(err, ErrJournalMismatch)
}

// RetryAfterError is a transient error with a server-requested delay (HTTP 429/503 Retry-After).
type RetryAfterError struct {
	Err   error
	After time.Duration
}

// Error implements error.
func (e *RetryAfterError) Error() string { return fmt.Sprintf("%v (retry after %s)", e.Err, e.After) }

// Unwrap returns the wrapped error.
func (e *RetryAfterError) Unwrap() error { return e.Err }

// CheckProof rejects a proof whose journal is not ExpectedJournal for j or whose seal is empty. The Worker applies
// it to every backend's proof before anything reaches L1.
func CheckProof(j *Job, p *Proof) error {
	if p == nil {
		return Permanent(errors.New("prover: backend reported success without a proof"))
	}
	if len(p.Seal) < 4 {
		return Permanent(fmt.Errorf("prover: seal is %d bytes; a seal starts with a 4-byte selector", len(p.Seal)))
	}
	return j.CheckJournal(p.Journal)
}
