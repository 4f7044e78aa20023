package verifiedfeed

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// loop runs a function every interval in its own goroutine, from start until stop: the lifecycle the Feed and
// each Remote share.
type loop struct {
	name    string // for errors: "verifiedfeed", "verifiedfeed: remote"
	mu      sync.Mutex
	cancel  context.CancelFunc
	done    chan struct{}
	stopped atomic.Bool
}

// check reports why the loop cannot start (stopped already, or started twice).
func (l *loop) check() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.refuse()
}

// refuse is check with l.mu held.
func (l *loop) refuse() error {
	switch {
	case l.stopped.Load():
		return errors.New(l.name + ": Start after Stop")
	case l.done != nil:
		return errors.New(l.name + ": Start called twice")
	}
	return nil
}

// start runs tick every interval until stop. The goroutine outlives the caller's context (which may only cover
// starting up); stop ends it. tick must not panic past its own recover.
func (l *loop) start(interval time.Duration, tick func(ctx context.Context)) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.refuse(); err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(context.Background())
	l.cancel, l.done = cancel, make(chan struct{})
	go func(done chan struct{}) {
		defer close(done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				tick(ctx)
			}
		}
	}(l.done)
	return nil
}

// stop ends the loop and waits for it until ctx ends. It is idempotent.
func (l *loop) stop(ctx context.Context) error {
	if !l.stopped.CompareAndSwap(false, true) {
		return nil
	}
	l.mu.Lock()
	cancel, done := l.cancel, l.done
	l.mu.Unlock()
	if cancel == nil {
		return nil
	}
	cancel()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s: stop: %w", l.name, ctx.Err())
	}
}
