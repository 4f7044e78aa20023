package prover

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mach-avs/mach/internal/kv"
)

// JobState is where a job is in its life:
//
//	queued → proving(session) → proved(proof) → submitting → done(tx)
//	   ↑          │ session failed (attempts left)
//	   └──────────┘
//	any state → failed(reason) on a permanent error or when attempts run out
type JobState string

// Job states.
const (
	JobQueued     JobState = "queued"
	JobProving    JobState = "proving"
	JobProved     JobState = "proved"
	JobSubmitting JobState = "submitting"
	JobDone       JobState = "done"
	JobFailed     JobState = "failed"
)

// JobStates lists every state, in life order.
var JobStates = []JobState{JobQueued, JobProving, JobProved, JobSubmitting, JobDone, JobFailed}

// Terminal reports whether no further transition happens from s.
func (s JobState) Terminal() bool { return s == JobDone || s == JobFailed }

// ErrJobNotFound is returned for an unknown job ID.
var ErrJobNotFound = errors.New("prover: job not found")

// Record is the mutable state of a job, persisted separately from the (large, immutable) job.
type Record struct {
	ID    string   `json:"id"`
	State JobState `json:"state"`
	// SessionID is the backend session proving the job (proving and later).
	SessionID string `json:"sessionID,omitempty"`
	// Proof is set from proved on.
	Proof *Proof `json:"proof,omitempty"`
	// TxHash is the submitProve transaction (done).
	TxHash *common.Hash `json:"txHash,omitempty"`
	// Reason explains failed, or the last transient error while retrying.
	Reason string `json:"reason,omitempty"`
	// Attempts counts proving sessions started; Errors counts consecutive transient errors in the current state.
	Attempts int `json:"attempts"`
	Errors   int `json:"errors"`
	// Claim and checkpoint summary, so listings need not load the job.
	Claim             Claim  `json:"claim"`
	CheckpointL2Block uint64 `json:"checkpointL2Block"`

	EnqueuedAt  time.Time  `json:"enqueuedAt"`
	UpdatedAt   time.Time  `json:"updatedAt"`
	ProvedAt    *time.Time `json:"provedAt,omitempty"`
	DoneAt      *time.Time `json:"doneAt,omitempty"`
	NextAttempt time.Time  `json:"nextAttempt"`
}

// Queue is the persisted job queue. Keys: "prover/job/<id>" holds the Job (JSON, written once) and
// "prover/state/<id>" the Record (JSON, rewritten on every transition); both are written atomically on enqueue.
// A Queue is safe for concurrent use.
type Queue struct {
	store *kv.Store
	now   func() time.Time
	mu    sync.Mutex // serialises read-modify-write of records, and guards open and counts
	// open holds the jobs not in a terminal state (id → enqueued at), and counts the jobs per state: kept with
	// every write, so that a Worker's pass and the metrics cost what the open jobs cost, not every job ever done.
	open   map[string]time.Time
	counts map[JobState]int
	// notify is signalled (non-blocking) when a job is enqueued, so a Worker need not wait a poll interval.
	notify chan struct{}
}

var _ Enqueuer = (*Queue)(nil)

var (
	jobPrefix   = []byte("prover/job/")
	statePrefix = []byte("prover/state/")
)

// NewQueue returns a queue over store. now may be nil (time.Now).
func NewQueue(store *kv.Store, now func() time.Time) (*Queue, error) {
	if store == nil {
		return nil, errors.New("prover: queue needs a store")
	}
	if now == nil {
		now = time.Now
	}
	q := &Queue{store: store, now: now, notify: make(chan struct{}, 1), open: map[string]time.Time{}}
	recs, err := q.List()
	if err != nil {
		return nil, err
	}
	q.counts = countStates(recs)
	for _, r := range recs {
		if !r.State.Terminal() {
			q.open[r.ID] = r.EnqueuedAt
		}
	}
	return q, nil
}

// Enqueue adds j in state queued. A job whose ID is already known (in any state) is left alone: nil is returned.
func (q *Queue) Enqueue(ctx context.Context, j Job) error {
	_, err := q.Add(ctx, j)
	return err
}

// Add is Enqueue that also reports whether the job was new.
func (q *Queue) Add(_ context.Context, j Job) (created bool, err error) {
	if err := j.Validate(); err != nil {
		return false, err
	}
	jobJSON, err := json.Marshal(j)
	if err != nil {
		return false, fmt.Errorf("prover: encode job %s: %w", j.ID, err)
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if _, err := q.store.Get(stateKey(j.ID)); err == nil {
		return false, nil
	} else if !errors.Is(err, kv.ErrNotFound) {
		return false, fmt.Errorf("prover: look up job %s: %w", j.ID, err)
	}
	now := q.now().UTC()
	rec := Record{ID: j.ID, State: JobQueued, Claim: j.Claim, CheckpointL2Block: j.Checkpoint.L2Block, EnqueuedAt: now,
		UpdatedAt: now, NextAttempt: now}
	recJSON, err := json.Marshal(rec)
	if err != nil {
		return false, fmt.Errorf("prover: encode record %s: %w", j.ID, err)
	}
	if err := q.store.Apply(func(w *kv.Write) {
		w.Put(jobKey(j.ID), jobJSON)
		w.Put(stateKey(j.ID), recJSON)
	}); err != nil {
		return false, fmt.Errorf("prover: store job %s: %w", j.ID, err)
	}
	q.open[j.ID] = now
	q.counts[JobQueued]++
	select {
	case q.notify <- struct{}{}:
	default:
	}
	return true, nil
}

// Job returns the job with id, or ErrJobNotFound.
func (q *Queue) Job(id string) (Job, error) {
	raw, err := q.store.Get(jobKey(id))
	if errors.Is(err, kv.ErrNotFound) {
		return Job{}, fmt.Errorf("%w: %s", ErrJobNotFound, id)
	}
	if err != nil {
		return Job{}, fmt.Errorf("prover: load job %s: %w", id, err)
	}
	var j Job
	if err := json.Unmarshal(raw, &j); err != nil {
		return Job{}, fmt.Errorf("prover: decode job %s: %w", id, err)
	}
	return j, nil
}

// Get returns the record of job id, or ErrJobNotFound.
func (q *Queue) Get(id string) (Record, error) {
	raw, err := q.store.Get(stateKey(id))
	if errors.Is(err, kv.ErrNotFound) {
		return Record{}, fmt.Errorf("%w: %s", ErrJobNotFound, id)
	}
	if err != nil {
		return Record{}, fmt.Errorf("prover: load record %s: %w", id, err)
	}
	return decodeRecord(raw)
}

// List returns every record, oldest enqueued first.
func (q *Queue) List() ([]Record, error) {
	var out []Record
	err := q.store.Each(statePrefix, func(_, v []byte) error {
		r, err := decodeRecord(v)
		if err != nil {
			return err
		}
		out = append(out, r)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("prover: list jobs: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].EnqueuedAt.Before(out[j].EnqueuedAt) })
	return out, nil
}

// Open returns the records of the jobs not in a terminal state, oldest enqueued first.
func (q *Queue) Open() ([]Record, error) {
	type entry struct {
		id string
		at time.Time
	}
	q.mu.Lock()
	ids := make([]entry, 0, len(q.open))
	for id, at := range q.open {
		ids = append(ids, entry{id, at})
	}
	q.mu.Unlock()
	sort.Slice(ids, func(i, j int) bool {
		if !ids[i].at.Equal(ids[j].at) {
			return ids[i].at.Before(ids[j].at)
		}
		return ids[i].id < ids[j].id
	})
	out := make([]Record, 0, len(ids))
	for _, e := range ids {
		r, err := q.Get(e.id)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// Counts returns how many jobs are in each state (every state is present, possibly 0).
func (q *Queue) Counts() (map[JobState]int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	out := make(map[JobState]int, len(q.counts))
	for s, n := range q.counts {
		out[s] = n
	}
	return out, nil
}

func countStates(recs []Record) map[JobState]int {
	out := make(map[JobState]int, len(JobStates))
	for _, s := range JobStates {
		out[s] = 0
	}
	for _, r := range recs {
		out[r.State]++
	}
	return out
}

// Retry puts a failed job back to work with its counters reset and returns its record: to proved if it already
// has a checked proof (only the L1 submission failed), else to queued.
func (q *Queue) Retry(id string) (Record, error) {
	return q.update(id, func(r *Record) error {
		if r.State != JobFailed {
			return fmt.Errorf("prover: job %s is %s; only failed jobs can be retried", id, r.State)
		}
		r.Reason, r.Attempts, r.Errors = "", 0, 0
		if r.Proof != nil {
			r.State = JobProved
		} else {
			r.State, r.SessionID = JobQueued, ""
		}
		r.NextAttempt = q.now().UTC()
		return nil
	})
}

// update applies fn to the record of id and persists it, atomically with respect to other updates.
func (q *Queue) update(id string, fn func(r *Record) error) (Record, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	r, err := q.Get(id)
	if err != nil {
		return Record{}, err
	}
	was := r.State
	if err := fn(&r); err != nil {
		return Record{}, err
	}
	r.UpdatedAt = q.now().UTC()
	raw, err := json.Marshal(r)
	if err != nil {
		return Record{}, fmt.Errorf("prover: encode record %s: %w", id, err)
	}
	if err := q.store.Put(stateKey(id), raw); err != nil {
		return Record{}, fmt.Errorf("prover: store record %s: %w", id, err)
	}
	q.counts[was]--
	q.counts[r.State]++
	if r.State.Terminal() {
		delete(q.open, id)
	} else {
		q.open[id] = r.EnqueuedAt
	}
	return r, nil
}

func decodeRecord(raw []byte) (Record, error) {
	var r Record
	if err := json.Unmarshal(raw, &r); err != nil {
		return Record{}, fmt.Errorf("prover: decode record: %w", err)
	}
	return r, nil
}

func jobKey(id string) []byte   { return append(append([]byte(nil), jobPrefix...), id...) }
func stateKey(id string) []byte { return append(append([]byte(nil), statePrefix...), id...) }
