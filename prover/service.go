package prover

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// ServiceConfig configures a Service.
type ServiceConfig struct {
	// Listen is the host:port of the job API; empty serves no API (jobs come from a local Enqueuer).
	Listen string
	// MaxJobBytes limits a POST /v1/jobs body (DefaultMaxJobBytes if ≤ 0).
	MaxJobBytes int64
	// Worker tunes the worker.
	Worker WorkerConfig
}

// Service is the prover role: a Worker over a Queue plus, optionally, the job HTTP API. `mach prover` builds one.
type Service struct {
	cfg    ServiceConfig
	queue  *Queue
	worker *Worker
	log    *slog.Logger

	ln      net.Listener
	srv     *http.Server
	serveWG sync.WaitGroup
	serveMu sync.Mutex
	served  error

	stopOnce sync.Once
	stopped  atomic.Bool
}

// NewService wires a Service; it listens on nothing until Start.
func NewService(cfg ServiceConfig, q *Queue, backend Prover, sub Submitter, m Metrics, log *slog.Logger) (*Service, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	w, err := NewWorker(cfg.Worker, q, backend, sub, m, log)
	if err != nil {
		return nil, err
	}
	return &Service{cfg: cfg, queue: q, worker: w, log: log}, nil
}

// Queue returns the service's queue (an Enqueuer for an in-process verifier).
func (s *Service) Queue() *Queue { return s.queue }

// Addr returns the API's listen address once started, or nil.
func (s *Service) Addr() net.Addr {
	if s.ln == nil {
		return nil
	}
	return s.ln.Addr()
}

// Start opens the API listener (if configured) and starts the worker.
func (s *Service) Start(ctx context.Context) error {
	if s.cfg.Listen != "" {
		ln, err := (&net.ListenConfig{}).Listen(ctx, "tcp", s.cfg.Listen)
		if err != nil {
			return fmt.Errorf("prover: listen on %s: %w", s.cfg.Listen, err)
		}
		s.ln = ln
		s.srv = &http.Server{Handler: NewHandler(s.queue, s.cfg.MaxJobBytes), ReadHeaderTimeout: 10 * time.Second}
		s.serveWG.Add(1)
		go func() {
			defer s.serveWG.Done()
			if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				s.serveMu.Lock()
				s.served = err
				s.serveMu.Unlock()
				s.log.Error("prover API stopped", "err", err)
			}
		}()
		s.log.Info("prover API listening", "addr", ln.Addr().String())
	}
	if err := s.worker.Start(ctx); err != nil {
		return errors.Join(err, s.Stop(ctx))
	}
	return nil
}

// Stop shuts the API down and stops the worker, waiting for both or ctx. Nil-safe and idempotent.
func (s *Service) Stop(ctx context.Context) error {
	if s == nil {
		return nil
	}
	var err error
	s.stopOnce.Do(func() {
		s.stopped.Store(true)
		if s.srv != nil {
			err = errors.Join(err, s.srv.Shutdown(ctx))
			s.serveWG.Wait()
			s.serveMu.Lock()
			err = errors.Join(err, s.served)
			s.serveMu.Unlock()
		}
		err = errors.Join(err, s.worker.Stop(ctx))
	})
	return err
}

// Stopped reports whether Stop was called.
func (s *Service) Stopped() bool { return s.stopped.Load() }
