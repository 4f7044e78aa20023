package proxy

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Level is how far an alert against a rollup has gone.
type Level uint8

// Alert levels, in increasing severity.
const (
	// LevelNone: no open alert.
	LevelNone Level = iota
	// LevelEarly: one operator posted an early alert (ZK mode), not yet confirmed.
	LevelEarly
	// LevelConfirmed: a BLS quorum of operators confirmed the alert on L1.
	LevelConfirmed
	// LevelProved: a zero-knowledge proof of the fault was accepted on L1.
	LevelProved
)

// String names the level as in config keys and logs.
func (l Level) String() string {
	switch l {
	case LevelNone:
		return "none"
	case LevelEarly:
		return "early"
	case LevelConfirmed:
		return "confirmed"
	case LevelProved:
		return "proved"
	}
	return "level-" + strconv.Itoa(int(l))
}

// Alert is the most severe open alert against one rollup.
type Alert struct {
	Level Level
	// MessageHash identifies the alert (avs/alert's messageHash).
	MessageHash common.Hash
	// L1TxHash is the L1 transaction that raised the alert to Level.
	L1TxHash common.Hash
	// ObservedAt is when the alert state source saw that transaction.
	ObservedAt time.Time
}

// AlertSnapshot is the alert state at one moment. A snapshot is never modified once handed out.
type AlertSnapshot struct {
	// Rollups maps a rollup's chain ID to its alert; a rollup that is absent has none.
	Rollups map[uint64]Alert
	// SyncedAt is when the source last heard from L1; zero if it never did.
	SyncedAt time.Time
}

// AlertState is where the proxy reads alerts (avs/alertstate watches L1 for them). Snapshot is called on every
// request, so it must be cheap and must not block: return an atomically swapped value.
type AlertState interface {
	Snapshot() AlertSnapshot
}

// Action is what the breaker does to a rollup's calls.
type Action uint8

// Breaker actions, in increasing severity.
const (
	// ActionPass forwards every call untouched.
	ActionPass Action = iota
	// ActionAnnotate forwards every call, adds the X-Mach-Alert header and puts the alert in the data of error
	// objects that have none.
	ActionAnnotate
	// ActionBlockWrites refuses calls that send transactions (ClassWrite) and annotates the rest.
	ActionBlockWrites
	// ActionBlockAll refuses every call.
	ActionBlockAll
)

// String names the action as in config.
func (a Action) String() string {
	switch a {
	case ActionPass:
		return "pass"
	case ActionAnnotate:
		return "annotate"
	case ActionBlockWrites:
		return "block-writes"
	case ActionBlockAll:
		return "block-all"
	}
	return "action-" + strconv.Itoa(int(a))
}

func parseAction(s string) (Action, bool) {
	for a := ActionPass; a <= ActionBlockAll; a++ {
		if a.String() == s {
			return a, true
		}
	}
	return 0, false
}

// AlertHeader is the response header the breaker sets while a rollup has an alert.
const AlertHeader = "X-Mach-Alert"

// verdict is the breaker's decision for a rollup, rebuilt only when the alert state changes.
type verdict struct {
	action Action
	alert  Alert
	stale  bool
	header string          // the X-Mach-Alert value, "" for none
	data   json.RawMessage // the alert as JSON, for error data
	trip   *Error          // the answer to a refused call
}

// refuses reports whether the verdict refuses a call of method.
func (v *verdict) refuses(method string) bool {
	switch v.action {
	case ActionBlockAll:
		return true
	case ActionBlockWrites:
		return classOf(method) == ClassWrite
	}
	return false
}

// breaker applies a rollup's policy to the alert state. check is lock-free: it loads the current verdict and
// compares it with the snapshot, rebuilding it (and logging the transition) only on a change.
type breaker struct {
	rollup     string
	chainID    uint64
	byLevel    [LevelProved + 1]Action
	staleOpen  bool
	staleAfter time.Duration
	alerts     AlertState
	now        func() time.Time
	cur        atomic.Pointer[verdict]
	metrics    *metrics
	log        *slog.Logger
}

func newBreaker(rollup string, chainID uint64, cfg BreakerConfig, alerts AlertState, m *metrics, log *slog.Logger) *breaker {
	b := &breaker{rollup: rollup, chainID: chainID, staleOpen: cfg.OnL1Stale == "open", staleAfter: cfg.StaleAfter,
		alerts: alerts, now: time.Now, metrics: m, log: log}
	b.byLevel[LevelEarly], _ = parseAction(cfg.Early)
	b.byLevel[LevelConfirmed], _ = parseAction(cfg.Confirmed)
	b.byLevel[LevelProved], _ = parseAction(cfg.Proved)
	b.cur.Store(&verdict{})
	m.breakerState.WithLabelValues(rollup).Set(0)
	return b
}

// check returns the verdict for the current alert state.
func (b *breaker) check() *verdict {
	v := b.cur.Load()
	if b.alerts == nil {
		return v
	}
	snap := b.alerts.Snapshot()
	a := snap.Rollups[b.chainID]
	stale := snap.SyncedAt.IsZero() || b.now().Sub(snap.SyncedAt) > b.staleAfter
	if v.alert == a && v.stale == stale {
		return v
	}
	nv := b.build(a, stale, snap.SyncedAt)
	if b.cur.CompareAndSwap(v, nv) {
		b.metrics.breakerState.WithLabelValues(b.rollup).Set(float64(nv.action))
		if nv.action != v.action {
			b.metrics.breakerTrips.WithLabelValues(b.rollup, nv.action.String()).Inc()
		}
		b.log.Warn("breaker transition", "rollup", b.rollup, "alert", a.MessageHash, "level", a.Level.String(),
			"l1_tx", a.L1TxHash, "l1_stale", stale, "from", v.action.String(), "to", nv.action.String())
		return nv
	}
	return b.cur.Load()
}

// build makes the verdict for alert a.
func (b *breaker) build(a Alert, stale bool, syncedAt time.Time) *verdict {
	v := &verdict{alert: a, stale: stale}
	if int(a.Level) < len(b.byLevel) {
		v.action = b.byLevel[a.Level]
	} else {
		v.action = ActionBlockAll // a level this proxy does not know is treated as the worst
	}
	staleClosed := stale && !b.staleOpen
	if staleClosed {
		v.action = ActionBlockAll
	}
	if a.Level == LevelNone && !stale {
		return v
	}
	data := struct {
		Rollup      string     `json:"rollup"`
		ChainID     uint64     `json:"chainId"`
		Level       string     `json:"level"`
		MessageHash *string    `json:"messageHash"`
		L1TxHash    *string    `json:"l1TxHash"`
		ObservedAt  *time.Time `json:"observedAt"`
		Action      string     `json:"action"`
		L1Stale     bool       `json:"l1Stale"`
		L1SyncedAt  *time.Time `json:"l1SyncedAt"`
	}{Rollup: b.rollup, ChainID: b.chainID, Level: a.Level.String(), Action: v.action.String(), L1Stale: stale}
	if a.Level != LevelNone {
		mh, tx, at := a.MessageHash.Hex(), a.L1TxHash.Hex(), a.ObservedAt.UTC()
		data.MessageHash, data.L1TxHash, data.ObservedAt = &mh, &tx, &at
	}
	if !syncedAt.IsZero() {
		s := syncedAt.UTC()
		data.L1SyncedAt = &s
	}
	v.data, _ = json.Marshal(data) // plain fields: cannot fail

	if v.action >= ActionAnnotate || a.Level != LevelNone || stale {
		h := "level=" + a.Level.String() + "; rollup=" + b.rollup + "; chain_id=" + strconv.FormatUint(b.chainID, 10) +
			"; action=" + v.action.String()
		if a.Level != LevelNone {
			h += "; message_hash=" + a.MessageHash.Hex() + "; l1_tx=" + a.L1TxHash.Hex()
		}
		if stale {
			h += "; l1_stale=true"
		}
		v.header = h
	}
	if v.action >= ActionBlockWrites {
		var msg string
		switch {
		case a.Level == LevelNone: // closed because stale
			last := "never"
			if !syncedAt.IsZero() {
				last = syncedAt.UTC().Format(time.RFC3339)
			}
			msg = fmt.Sprintf("mach: rollup %s (chain %d) is halted by the circuit breaker: the alert state from L1 is stale (last synced %s) and the policy is fail-closed; try again once the proxy reaches L1",
				b.rollup, b.chainID, last)
		case v.action == ActionBlockWrites:
			msg = fmt.Sprintf("mach: rollup %s (chain %d) refuses transactions: %s alert %s (L1 tx %s); its state must not be treated as final",
				b.rollup, b.chainID, a.Level, a.MessageHash.Hex(), a.L1TxHash.Hex())
		default:
			msg = fmt.Sprintf("mach: rollup %s (chain %d) is halted by the circuit breaker: %s alert %s (L1 tx %s); its state must not be treated as final",
				b.rollup, b.chainID, a.Level, a.MessageHash.Hex(), a.L1TxHash.Hex())
		}
		v.trip = &Error{Code: CodeTripped, Message: msg, Data: v.data}
	}
	return v
}

// annotateError adds data to an upstream's error object that has no data member; others are returned unchanged.
func annotateError(errObj, data json.RawMessage) json.RawMessage {
	var e struct {
		Data json.RawMessage `json:"data"`
	}
	trimmed := bytes.TrimSpace(errObj)
	if len(trimmed) < 2 || trimmed[0] != '{' || trimmed[len(trimmed)-1] != '}' ||
		json.Unmarshal(trimmed, &e) != nil || e.Data != nil {
		return errObj
	}
	out := make([]byte, 0, len(trimmed)+len(data)+8)
	out = append(out, trimmed[:len(trimmed)-1]...)
	if len(bytes.TrimSpace(trimmed[1:len(trimmed)-1])) > 0 {
		out = append(out, ',')
	}
	out = append(out, `"data":`...)
	out = append(out, data...)
	return append(out, '}')
}
