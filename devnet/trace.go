package devnet

import (
	"sort"
	"sync"
	"time"

	"github.com/mach-avs/mach/verifier"
)

// alertTracker collects one alert's hops, recorded by Emit (its calls, retries included) and by the goroutine
// that follows the alert to L1, each when it happens.
type alertTracker struct {
	mu    sync.Mutex
	trace AlertTrace
	done  map[string]bool
	zk    chan bool // receives once whether the alert's proof is being sought
}

// tracker returns the alert's tracker, creating it (fresh) on the alert's first Emit.
func (r *rollup) tracker(a verifier.Alert) (t *alertTracker, fresh bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	key := a.Alert.MessageHash()
	if t := r.tracking[key]; t != nil {
		return t, false
	}
	t = &alertTracker{trace: AlertTrace{Alert: a}, done: map[string]bool{}, zk: make(chan bool, 1)}
	r.tracking[key] = t
	return t, true
}

func (t *alertTracker) alert() verifier.Alert {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.trace.Alert
}

func (t *alertTracker) hop(name string, at time.Time) {
	t.mu.Lock()
	t.trace.Hops = append(t.trace.Hops, Hop{name, at})
	t.mu.Unlock()
}

// once runs fn the first time it is called with step.
func (t *alertTracker) once(step string, fn func()) {
	t.mu.Lock()
	if t.done[step] {
		t.mu.Unlock()
		return
	}
	t.done[step] = true
	t.mu.Unlock()
	fn()
}

func (t *alertTracker) zkDone(proving bool) {
	t.once("zk-outcome", func() { t.zk <- proving })
}

// waitZK reports whether the proof is being sought, waiting (at most a minute) for Emit to know.
func (t *alertTracker) waitZK() bool {
	select {
	case proving := <-t.zk:
		return proving
	case <-time.After(time.Minute):
		return false
	}
}

// finish returns the trace with its hops in time order.
func (t *alertTracker) finish(err error) AlertTrace {
	t.mu.Lock()
	defer t.mu.Unlock()
	sort.SliceStable(t.trace.Hops, func(i, j int) bool { return t.trace.Hops[i].At.Before(t.trace.Hops[j].At) })
	t.trace.Err = err
	out := t.trace
	out.Hops = append([]Hop(nil), t.trace.Hops...)
	return out
}
