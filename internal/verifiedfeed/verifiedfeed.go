// Package verifiedfeed feeds the proxy the verifier's progress: it polls verifiers, in-process (*verifier.Verifier,
// under mach devnet) or remote (Remote, reading a `mach verifier`'s GET /status, under a standalone mach proxy),
// and publishes their verified heads and halts as atomically swapped snapshots, which the proxy reads on its hot
// path (proxy.VerifiedHeads, proxy.VerifierHalts) without ever waiting on a verifier's lock or on the network.
package verifiedfeed

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
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

// reporter is a Source that knows its verifier's halt only as a summary (a Remote: the remote status carries no
// signed alert, so Status().Halted is nil). read returns the status and the halt from one answer.
type reporter interface {
	read() (verifier.Status, *verifier.HaltSummary)
}

var _ reporter = (*Remote)(nil)

// read returns src's status and its verifier's halt, nil when it is not halted.
func read(src Source) (verifier.Status, *verifier.HaltSummary) {
	if r, ok := src.(reporter); ok {
		return r.read()
	}
	st := src.Status()
	if st.Halted == nil {
		return st, nil
	}
	h := st.Halted.Summary()
	return st, &h
}

// Feed implements proxy.VerifiedHeads over verifiers, one per rollup chain ID. VerifiedHead is one atomic load and
// a map lookup; the verifiers are read by Refresh, called every interval once started, or by whoever knows a head
// moved.
type Feed struct {
	interval time.Duration
	now      func() time.Time

	mu      sync.Mutex // guards sources, log and names; serialises refreshes
	sources map[uint64]Source
	log     *slog.Logger                                  // nil: halts are not logged
	names   map[uint64]string                             // rollup names for the logs
	heads   atomic.Pointer[map[uint64]proxy.VerifiedHead] // never modified once stored
	halts   atomic.Pointer[map[uint64]proxy.VerifierHalt] // never modified once stored
	covered atomic.Pointer[map[uint64]bool]               // the rollups with a source; never modified once stored

	loop loop
}

var (
	_ proxy.VerifiedHeads    = (*Feed)(nil)
	_ proxy.VerifiedCoverage = (*Feed)(nil)
	_ proxy.VerifierHalts    = (*Feed)(nil)
)

// New returns a feed polling every interval once started (DefaultInterval when interval is 0 or less).
func New(interval time.Duration) *Feed {
	if interval <= 0 {
		interval = DefaultInterval
	}
	f := &Feed{interval: interval, now: time.Now, sources: map[uint64]Source{}, loop: loop{name: "verifiedfeed"}}
	f.heads.Store(&map[uint64]proxy.VerifiedHead{})
	f.halts.Store(&map[uint64]proxy.VerifierHalt{})
	f.covered.Store(&map[uint64]bool{})
	return f
}

// SetLogger makes the feed log each verifier's halt as it sees it change: halted (a warning, once per invalid
// block), resumed (the L2 replaced the block), or no longer known (the verifier reports nothing, e.g. it is not
// heard from). names gives the rollups' names by chain ID for the "rollup" key; a rollup without one is shown by
// chain ID. Without a logger the feed logs nothing. Call it before Add.
func (f *Feed) SetLogger(log *slog.Logger, names map[uint64]string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.log = log
	f.names = make(map[uint64]string, len(names))
	for id, n := range names {
		f.names[id] = n
	}
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

// VerifierHalt implements proxy.VerifierHalts: the rollup's verifier's halt as of the last refresh. ok is false
// while it is not halted, and for a rollup without a verifier or whose verifier reports nothing (a Remote past
// its MaxAge).
func (f *Feed) VerifierHalt(chainID uint64) (proxy.VerifierHalt, bool) {
	h, ok := (*f.halts.Load())[chainID]
	return h, ok
}

// Refresh reads every verifier now and publishes their heads and halts. A head's At, and a halt's SeenAt, is when
// the feed first saw it.
func (f *Feed) Refresh() {
	f.mu.Lock()
	defer f.mu.Unlock()
	old, oldHalts := *f.heads.Load(), *f.halts.Load()
	next := make(map[uint64]proxy.VerifiedHead, len(f.sources))
	nextHalts := make(map[uint64]proxy.VerifierHalt, len(oldHalts))
	changed, haltsChanged := false, false
	now := f.now()
	for id, src := range f.sources {
		st, halt := read(src)
		if f.updateHalt(id, st, halt, oldHalts, nextHalts, now) {
			haltsChanged = true
		}
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
	if haltsChanged || len(nextHalts) != len(oldHalts) {
		f.halts.Store(&nextHalts)
	}
}

// updateHalt puts rollup id's halt (nil: none) in next, keeping the SeenAt of the same halt in old, logs a change,
// and reports whether there was one. f.mu is held.
func (f *Feed) updateHalt(id uint64, st verifier.Status, halt *verifier.HaltSummary, old, next map[uint64]proxy.VerifierHalt, now time.Time) bool {
	prev, had := old[id]
	if halt == nil {
		if had {
			f.logResumed(id, st, prev)
		}
		return had
	}
	h := proxy.VerifierHalt{Block: halt.Block, BlockHash: halt.BlockHash, Kind: halt.Kind, MessageHash: halt.MessageHash,
		Reason: halt.Reason, DetectedAt: halt.DetectedAt, SeenAt: now}
	same := had && prev.Block == h.Block && prev.BlockHash == h.BlockHash
	if same {
		h.SeenAt = prev.SeenAt
	}
	next[id] = h
	if !same {
		f.logHalted(id, st, h)
	}
	return !same || prev != h
}

// rollupKey is how the logs name rollup id: by name when SetLogger gave one, else by chain ID.
func (f *Feed) rollupKey(id uint64) any {
	if n, ok := f.names[id]; ok {
		return n
	}
	return id
}

func (f *Feed) logHalted(id uint64, st verifier.Status, h proxy.VerifierHalt) {
	if f.log == nil {
		return
	}
	f.log.Warn("verifier halted: it found the block after its verified head invalid; no later block is verified until the L2 replaces it",
		"rollup", f.rollupKey(id), "chainId", id, "block", h.Block, "hash", h.BlockHash, "verified", st.VerifiedNumber,
		"kind", h.Kind, "alert", h.MessageHash, "reason", h.Reason, "detectedAt", h.DetectedAt)
}

func (f *Feed) logResumed(id uint64, st verifier.Status, prev proxy.VerifierHalt) {
	if f.log == nil {
		return
	}
	if st.VerifiedHash == (common.Hash{}) {
		f.log.Warn("verifier halt no longer known: the verifier reports nothing (not heard from, or not this rollup's)",
			"rollup", f.rollupKey(id), "chainId", id, "block", prev.Block, "hash", prev.BlockHash)
		return
	}
	f.log.Info("verifier resumed: the invalid block is no longer its next block",
		"rollup", f.rollupKey(id), "chainId", id, "block", prev.Block, "hash", prev.BlockHash, "verified", st.VerifiedNumber,
		"haltedFor", f.now().Sub(prev.SeenAt).Round(time.Second))
}

func hasKey[V any](m map[uint64]V, k uint64) bool {
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
