// Package verifiedfeed feeds the proxy the verifier's progress: it polls verifiers, in-process (*verifier.Verifier,
// under mach devnet) or remote (Remote, reading a `mach verifier`'s GET /status, under a standalone mach proxy),
// and publishes their verified heads as one atomically swapped snapshot, which the proxy reads on its hot path
// (proxy.VerifiedHeads) without ever waiting on a verifier's lock or on the network.
package verifiedfeed

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mach-avs/mach/proxy"
	"github.com/mach-avs/mach/verifier"
)

// DefaultInterval is how often a started Feed polls its verifiers.
const DefaultInterval = 100 * time.Millisecond

// Source is one rollup's verifier (*verifier.Verifier, or a Remote). Status is called with the feed's lock held,
// every interval: it must not block on I/O.
type Source interface {
	Status() verifier.Status
}

var _ Source = (*verifier.Verifier)(nil)

// Feed implements proxy.VerifiedHeads over verifiers, one per rollup chain ID. VerifiedHead is one atomic load and
// a map lookup; the verifiers are read by Refresh, called every interval once started, or by whoever knows a head
// moved.
type Feed struct {
	interval time.Duration
	now      func() time.Time

	mu      sync.Mutex // guards sources; serialises refreshes
	sources map[uint64]Source
	heads   atomic.Pointer[map[uint64]proxy.VerifiedHead] // never modified once stored
	covered atomic.Pointer[map[uint64]bool]               // the rollups with a source; never modified once stored

	loop loop
}

var _ proxy.VerifiedHeads = (*Feed)(nil)

// New returns a feed polling every interval once started (DefaultInterval when interval is 0 or less).
func New(interval time.Duration) *Feed {
	if interval <= 0 {
		interval = DefaultInterval
	}
	f := &Feed{interval: interval, now: time.Now, sources: map[uint64]Source{}, loop: loop{name: "verifiedfeed"}}
	f.heads.Store(&map[uint64]proxy.VerifiedHead{})
	f.covered.Store(&map[uint64]bool{})
	return f
}

// Add attaches the verifier of the rollup with chain ID chainID and reads it once.
func (f *Feed) Add(chainID uint64, src Source) error {
	if src == nil {
		return errors.New("verifiedfeed: nil source")
	}
	f.mu.Lock()
	if _, dup := f.sources[chainID]; dup {
		f.mu.Unlock()
		return fmt.Errorf("verifiedfeed: rollup %d already has a verifier", chainID)
	}
	f.sources[chainID] = src
	covered := make(map[uint64]bool, len(f.sources))
	for id := range f.sources {
		covered[id] = true
	}
	f.covered.Store(&covered)
	f.mu.Unlock()
	f.Refresh()
	return nil
}

// VerifiedHead implements proxy.VerifiedHeads: the head as of the last refresh. ok is false for a rollup without a
// verifier, or whose verifier has not loaded its progress yet.
func (f *Feed) VerifiedHead(chainID uint64) (proxy.VerifiedHead, bool) {
	h, ok := (*f.heads.Load())[chainID]
	return h, ok
}

// Covers implements proxy.VerifiedCoverage: whether a verifier of the rollup is attached (whatever it knows yet).
func (f *Feed) Covers(chainID uint64) bool { return (*f.covered.Load())[chainID] }

// Refresh reads every verifier now and publishes their heads. A head's At is when the feed first saw it.
func (f *Feed) Refresh() {
	f.mu.Lock()
	defer f.mu.Unlock()
	old := *f.heads.Load()
	next := make(map[uint64]proxy.VerifiedHead, len(f.sources))
	changed := false
	now := f.now()
	for id, src := range f.sources {
		st := src.Status()
		if st.VerifiedHash == (common.Hash{}) { // not initialised: nothing certified yet
			changed = changed || hasKey(old, id)
			continue
		}
		h, had := old[id]
		if !had || h.Number != st.VerifiedNumber || h.Hash != st.VerifiedHash {
			h = proxy.VerifiedHead{Number: st.VerifiedNumber, Hash: st.VerifiedHash, At: now}
			changed = true
		}
		next[id] = h
	}
	if changed || len(next) != len(old) {
		f.heads.Store(&next)
	}
}

func hasKey(m map[uint64]proxy.VerifiedHead, k uint64) bool {
	_, ok := m[k]
	return ok
}

// Start polls the verifiers every interval until Stop. It returns at once.
func (f *Feed) Start(_ context.Context) error {
	return f.loop.start(f.interval, func(context.Context) { f.refreshSafe() })
}

// refreshSafe refreshes, keeping the poller alive if a source panics (the last good snapshot stays).
func (f *Feed) refreshSafe() {
	defer func() { _ = recover() }()
	f.Refresh()
}

// Stop ends the polling and waits for it until ctx ends. It is nil-safe and idempotent; VerifiedHead keeps
// answering with the last snapshot.
func (f *Feed) Stop(ctx context.Context) error {
	if f == nil {
		return nil
	}
	return f.loop.stop(ctx)
}
