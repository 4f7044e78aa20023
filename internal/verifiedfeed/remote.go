package verifiedfeed

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mach-avs/mach/verifier"
)

// Defaults of a Remote.
const (
	// DefaultRemoteInterval is how often a Remote polls its verifier's /status.
	DefaultRemoteInterval = time.Second
	// DefaultRemoteTimeout bounds one poll.
	DefaultRemoteTimeout = 2 * time.Second
	// DefaultMaxAge is how long a verifier's last answer counts once it stops answering: after that its head is
	// no longer reported, so the proxy treats nothing as verified rather than trusting an old head.
	DefaultMaxAge = 30 * time.Second
)

// maxStatusBytes bounds a /status body (a real one is a few hundred bytes).
const maxStatusBytes = 64 << 10

// ErrWrongChain is returned when the verifier at a Remote's URL follows another chain than the rollup's.
var ErrWrongChain = errors.New("verifiedfeed: the verifier follows another chain than the rollup")

// ErrUnauthorized is returned when the verifier answers 401: it requires a bearer token (its status_token_env)
// and the Remote sent none, or another one.
var ErrUnauthorized = errors.New("verifiedfeed: the verifier refused the request (401)")

// RemoteConfig configures a Remote.
type RemoteConfig struct {
	// URL is the verifier's metrics server (its metrics_listen) as an http or https URL, like
	// http://127.0.0.1:9091; StatusPath is appended to its path unless the path already ends with it. It may
	// carry credentials: logs and errors show its scheme and host only.
	URL string
	// ChainID is the rollup's chain ID; an answer for another chain is refused.
	ChainID uint64
	// Interval is how often /status is polled (DefaultRemoteInterval when 0).
	Interval time.Duration
	// Timeout bounds one poll (DefaultRemoteTimeout when 0).
	Timeout time.Duration
	// MaxAge is how long the last good answer counts when the verifier stops answering (DefaultMaxAge when 0).
	MaxAge time.Duration
	// Token, when set, is sent as "Authorization: Bearer <Token>" (the verifier's status_token_env; the proxy reads
	// it from the variable its rollup's verifier_token_env names). Never logged, never in an error.
	Token string
	// Logger; nil means slog.Default(). Give it the rollup's key (logger.With("rollup", name)).
	Logger *slog.Logger
}

// Remote is a Source reading a `mach verifier` over HTTP: it polls the verifier's GET /status
// (verifier.StatusReport) in the background and caches the last good answer, so Status never waits on the
// network. An answer older than MaxAge (the verifier has stopped answering) reports no head, and so does a
// verifier on another chain. Build it with NewRemote, run it with Start, stop it with Stop.
type Remote struct {
	cfg       RemoteConfig
	statusURL string
	shown     string // scheme://host, for logs
	where     string // the status URL as errors show it: scheme://host/status, or scheme://host/… when it has more
	client    *http.Client
	log       *slog.Logger
	now       func() time.Time

	last atomic.Pointer[remoteAnswer] // the last good answer; nil before one, or after a wrong-chain answer

	pollMu  sync.Mutex // serialises Poll; guards failing and stale
	failing bool       // the last poll failed (logged once per run of failures)
	stale   bool       // the last good answer has expired (logged once)

	loop loop
}

// remoteAnswer is one good /status answer and when it arrived (the proxy's clock: the verifier's may differ).
type remoteAnswer struct {
	report verifier.StatusReport
	at     time.Time
}

var _ Source = (*Remote)(nil)

// NewRemote checks cfg and returns a Remote that has not polled yet.
func NewRemote(cfg RemoteConfig) (*Remote, error) {
	u, err := url.Parse(cfg.URL)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, errors.New("verifiedfeed: the verifier URL is not an absolute http or https URL (value not shown: URLs may carry credentials)")
	}
	if cfg.ChainID == 0 {
		return nil, errors.New("verifiedfeed: the rollup's chain ID is 0")
	}
	if cfg.Interval <= 0 {
		cfg.Interval = DefaultRemoteInterval
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultRemoteTimeout
	}
	if cfg.MaxAge <= 0 {
		cfg.MaxAge = DefaultMaxAge
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	shown := u.Scheme + "://" + u.Host
	where := shown + verifier.StatusPath
	if u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		where = shown + "/…"
	}
	u.Fragment = ""
	if !strings.HasSuffix(u.Path, verifier.StatusPath) {
		u.Path = strings.TrimSuffix(u.Path, "/") + verifier.StatusPath
		u.RawPath = ""
	}
	return &Remote{
		loop:      loop{name: "verifiedfeed: remote"},
		cfg:       cfg,
		statusURL: u.String(),
		shown:     shown,
		where:     where,
		client: &http.Client{
			Timeout: cfg.Timeout,
			// A redirect would be followed to a URL nobody configured (and the error would name it): refuse it.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		log: cfg.Logger.With("verifier", shown),
		now: time.Now,
	}, nil
}

// String is the verifier as logs show it: the URL's scheme and host, never its path, query or user.
func (r *Remote) String() string { return r.shown }

// Status implements Source from the last good answer, without I/O: no head (a zero Status) before the first
// answer, after an answer for another chain, or once the last answer is older than MaxAge. Halted is always nil
// (the remote summary carries no signed alert): Halt has the verifier's halt.
func (r *Remote) Status() verifier.Status {
	st, _ := r.read()
	return st
}

// Halt is the verifier's halt as its last good answer gave it (the alert without its evidence), under the same
// rule as Status: nil when the verifier is not halted, and when Status has nothing (no answer, another chain's,
// or one older than MaxAge).
func (r *Remote) Halt() *verifier.HaltSummary {
	_, h := r.read()
	return h
}

// read is Status and Halt from one answer. It implements the feed's reporter.
func (r *Remote) read() (verifier.Status, *verifier.HaltSummary) {
	a := r.last.Load()
	if a == nil || r.now().Sub(a.at) > r.cfg.MaxAge {
		return verifier.Status{}, nil
	}
	st := verifier.Status{UpstreamHead: a.report.UpstreamHead}
	if h := a.report.VerifiedHead; h != nil {
		st.VerifiedNumber, st.VerifiedHash = h.Number, h.Hash
	}
	var halt *verifier.HaltSummary
	if h := a.report.Halted; h != nil {
		c := *h
		halt = &c
	}
	return st, halt
}

// Poll reads the verifier's /status once (within Timeout) and, if it is a good answer for the rollup's chain,
// caches it. It logs when the verifier starts failing, answers again, or its last answer expires.
func (r *Remote) Poll(ctx context.Context) error {
	r.pollMu.Lock()
	defer r.pollMu.Unlock()
	rep, err := r.fetch(ctx)
	switch {
	case err == nil:
		r.last.Store(&remoteAnswer{report: rep, at: r.now()})
		if r.failing || r.stale {
			head := "none"
			if rep.VerifiedHead != nil {
				head = fmt.Sprint(rep.VerifiedHead.Number)
			}
			r.log.Info("verifier status answers again", "verified", head)
		}
		r.failing, r.stale = false, false
		return nil
	case errors.Is(err, ErrWrongChain):
		r.last.Store(nil) // not this rollup's verifier: nothing it said counts
		if !r.failing {
			r.log.Error("verifier status refused: nothing is reported verified until it answers for this rollup", "err", err)
		}
	case errors.Is(err, ErrUnauthorized):
		// Unavailable like any failure (a token rotated on the verifier first leaves what it said before valid),
		// but an operator has to act: an error, not a warning.
		if !r.failing {
			r.log.Error("verifier status unavailable: the verifier refused the request (401); its last answer counts until it is max age old",
				"err", err, "maxAge", r.cfg.MaxAge)
		}
	default:
		if !r.failing {
			r.log.Warn("verifier status unavailable: its last answer counts until it is max age old", "err", err, "maxAge", r.cfg.MaxAge)
		}
	}
	r.failing = true
	if a := r.last.Load(); a != nil && !r.stale && r.now().Sub(a.at) > r.cfg.MaxAge {
		r.stale = true
		r.log.Warn("verifier not heard from for max age: nothing is reported verified until it answers", "lastAnswer", a.at, "maxAge", r.cfg.MaxAge)
	}
	return err
}

// fetch GETs /status and decodes it. Its errors name the verifier by scheme and host only.
func (r *Remote) fetch(ctx context.Context) (verifier.StatusReport, error) {
	var rep verifier.StatusReport
	ctx, cancel := context.WithTimeout(ctx, r.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, r.statusURL, nil)
	if err != nil {
		return rep, fmt.Errorf("verifiedfeed: GET %s: %w", r.where, err)
	}
	req.Header.Set("Accept", "application/json")
	if r.cfg.Token != "" {
		req.Header.Set("Authorization", "Bearer "+r.cfg.Token)
	}
	resp, err := r.client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) { // its message holds the whole URL
			err = ue.Err
		}
		return rep, fmt.Errorf("verifiedfeed: GET %s: %w", r.where, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusUnauthorized {
		if r.cfg.Token == "" {
			return rep, fmt.Errorf("%w: GET %s: the verifier requires a token: set the rollup's verifier_token_env to the variable holding the verifier's status_token_env token",
				ErrUnauthorized, r.where)
		}
		return rep, fmt.Errorf("%w: GET %s: the verifier refused the token: check verifier_token_env (it must hold the token of the verifier's status_token_env)",
			ErrUnauthorized, r.where)
	}
	if resp.StatusCode != http.StatusOK {
		hint := "is verifier_url the verifier's metrics_listen, and is the verifier running?"
		if resp.StatusCode == http.StatusNotFound {
			hint = "is verifier_url a mach verifier's metrics_listen (older verifiers serve no /status)?"
		}
		return rep, fmt.Errorf("verifiedfeed: GET %s answered %s; %s", r.where, resp.Status, hint)
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, maxStatusBytes)).Decode(&rep); err != nil {
		return rep, fmt.Errorf("verifiedfeed: GET %s: not a verifier status: %w", r.where, err)
	}
	if rep.RollupChainID != r.cfg.ChainID {
		return rep, fmt.Errorf("%w: %s answers for chain %d, the rollup is chain %d; point verifier_url at this rollup's verifier",
			ErrWrongChain, r.shown, rep.RollupChainID, r.cfg.ChainID)
	}
	if h := rep.VerifiedHead; h != nil && h.Hash == (common.Hash{}) {
		rep.VerifiedHead = nil // no block has the zero hash: nothing certified
	}
	return rep, nil
}

// Start polls once (so a feed added next has the head at once), then every Interval until Stop. A verifier
// that does not answer is not an error (it may start later; Poll warns); one on another chain is
// (ErrWrongChain), and then nothing is started.
func (r *Remote) Start(ctx context.Context) error {
	if err := r.loop.check(); err != nil {
		return err
	}
	if err := r.Poll(ctx); errors.Is(err, ErrWrongChain) {
		return err
	}
	return r.loop.start(r.cfg.Interval, r.pollSafe)
}

// pollSafe polls, keeping the poller alive through a panic (the last good answer stays, and ages).
func (r *Remote) pollSafe(ctx context.Context) {
	defer func() {
		if p := recover(); p != nil {
			r.log.Error("verifier status poll panicked", "panic", p)
		}
	}()
	_ = r.Poll(ctx) // Poll logs
}

// Stop ends the polling and waits for it until ctx ends. It is nil-safe and idempotent. Status keeps answering
// from the last good answer until it is MaxAge old.
func (r *Remote) Stop(ctx context.Context) error {
	if r == nil {
		return nil
	}
	return r.loop.stop(ctx)
}
