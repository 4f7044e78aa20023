package signer

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mach-avs/mach/avs/aggregator"
)

// errUnreachable wraps every failure to get an answer from the aggregator (connection refused, timeout, HTTP
// error): the verifier should retry later.
var errUnreachable = errors.New("aggregator unreachable")

// aggregatorError is a JSON-RPC error the aggregator answered with.
type aggregatorError struct {
	method  string
	code    int
	message string
}

func (e *aggregatorError) Error() string {
	return fmt.Sprintf("aggregator refused %s: %s (aggregator code %d)", e.method, e.message, e.code)
}

// aggregatorClient calls the aggregator's JSON-RPC API, each call bounded by timeout. It dials lazily, so an
// aggregator that is down when the signer starts (or a WebSocket URL) does not stop the signer from starting.
type aggregatorClient struct {
	url     string
	timeout time.Duration
	metrics *metrics
	// reachable is told after each call whether the aggregator answered.
	reachable func(bool)

	mu     sync.Mutex
	client *rpc.Client
	closed bool
}

func (a *aggregatorClient) dial(ctx context.Context) (*rpc.Client, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return nil, errors.New("signer stopped")
	}
	if a.client == nil {
		c, err := rpc.DialContext(ctx, a.url)
		if err != nil {
			return nil, err
		}
		a.client = c
	}
	return a.client, nil
}

// call calls method. An error is an *aggregatorError when the aggregator answered with one, and wraps
// errUnreachable otherwise.
func (a *aggregatorClient) call(parent context.Context, result any, method string, args ...any) error {
	ctx, cancel := context.WithTimeout(parent, a.timeout)
	defer cancel()
	start := time.Now()
	c, err := a.dial(ctx)
	if err == nil {
		err = c.CallContext(ctx, result, method, args...)
	}
	a.metrics.aggregatorCall(method, time.Since(start), err)
	var rerr rpc.Error
	switch {
	case err == nil:
		a.reachable(true)
		return nil
	case errors.As(err, &rerr):
		a.reachable(true)
		return &aggregatorError{method: method, code: rerr.ErrorCode(), message: rerr.Error()}
	case parent.Err() != nil:
		// The verifier hung up or the signer is stopping: that says nothing about the aggregator.
		return fmt.Errorf("%s: %w", method, err)
	default:
		a.reachable(false)
		var uerr *url.Error
		if errors.As(err, &uerr) {
			err = uerr.Err // the URL may carry credentials: it is neither logged nor sent to the verifier
		}
		return fmt.Errorf("%w: %s: %v", errUnreachable, method, err)
	}
}

// probe reports whether the aggregator answers and serves the aggregator namespace.
func (a *aggregatorClient) probe(ctx context.Context) error {
	var modules map[string]string
	if err := a.call(ctx, &modules, "rpc_modules"); err != nil {
		return err
	}
	if _, ok := modules[aggregator.Namespace]; !ok {
		a.reachable(false)
		names := make([]string, 0, len(modules))
		for n := range modules {
			names = append(names, n)
		}
		slices.Sort(names)
		return fmt.Errorf("%w: the server at the aggregator URL serves %v, not the %s namespace", errUnreachable, names, aggregator.Namespace)
	}
	return nil
}

func (a *aggregatorClient) close() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.closed = true
	if a.client != nil {
		a.client.Close()
		a.client = nil
	}
}
