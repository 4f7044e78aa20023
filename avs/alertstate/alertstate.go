// Package alertstate watches Mach's contracts on L1 and keeps, per rollup, the alert level the proxy's breaker acts
// on: None, Early (one operator's alert on the ZK manager), Confirmed (a BLS quorum on MachServiceManager) or Proved
// (a ZK proof settled it).
//
// The watcher polls: on every round it reads the L1 head, scans the two managers' logs up to head−Confirmations
// (eth_getLogs in bounded ranges, so it works over plain HTTP and survives reconnects; no websocket subscription that
// can hang) and, for every rollup an event touched, re-reads the contracts' views at that same block. Events tell it
// when something happened and in which L1 transaction; views tell it what the state is. Every ReconcileInterval all
// rollups are re-read from the views, and any difference the events did not explain is logged as drift and fixed.
//
// The result is published as an immutable Snapshot behind an atomic pointer: Watcher.Snapshot never blocks, never
// calls L1 and never returns nil. When L1 is unreachable the last snapshot stays; its ObservedAt tells how old it is
// (see Snapshot.Stale).
package alertstate

import (
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Level is how far an alert for a rollup has come, numbered as the contracts' AlertLevel enum (IMachAlerts.sol).
// A higher level is stronger evidence.
type Level uint8

// The alert levels, as in IMachAlerts.sol.
const (
	// None: no live alert.
	None Level = iota
	// Early: one allowlisted operator posted an alert to the ZK manager; not proved yet.
	Early
	// Confirmed: a stake-weighted BLS quorum confirmed an alert on MachServiceManager.
	Confirmed
	// Proved: a zero-knowledge proof settled an alert on the ZK manager.
	Proved
)

// String returns the level's name in lower case ("none", "early", "confirmed", "proved").
func (l Level) String() string {
	switch l {
	case None:
		return "none"
	case Early:
		return "early"
	case Confirmed:
		return "confirmed"
	case Proved:
		return "proved"
	default:
		return fmt.Sprintf("level(%d)", uint8(l))
	}
}

// Sources of an alert.
const (
	// SourceBLS marks alerts confirmed on MachServiceManager.
	SourceBLS = "bls"
	// SourceZK marks alerts raised or proved on MachZkServiceManager.
	SourceZK = "zk"
)

// Alert is one live alert.
type Alert struct {
	// MessageHash is the alert's message hash (avs/alert). For ZK alerts it is computed from the raised alert
	// (alert.BlockMismatch or alert.OutputOracleMismatch), so a ZK alert and a BLS confirmation of the same finding
	// share it. Zero for a proved alert whose AlertRaised event lies before the watcher's lookback.
	MessageHash common.Hash
	// Level is Confirmed for BLS alerts, Early or Proved for ZK alerts.
	Level Level
	// L1TxHash and L1Block are the transaction that confirmed (BLS), raised (ZK Early) or proved (ZK Proved) the
	// alert. Zero when that transaction lies before the watcher's lookback or has not been scanned yet.
	L1TxHash common.Hash
	L1Block  uint64
	// L2BlockNumber is the alerted L2 block (ZK alerts only).
	L2BlockNumber uint64
	// Source is SourceBLS or SourceZK.
	Source string
	// SeenAt is when the watcher first saw the alert at this level (for alerts live when it started: its first
	// snapshot's ObservedAt).
	SeenAt time.Time
}

// Rollup is the alert state of one rollup.
type Rollup struct {
	// ChainID is the rollup's chain ID.
	ChainID uint64
	// Level is the strongest live level, as the contracts' alertLevel views report it (the higher of
	// MachServiceManager's and the ZK manager's). It is authoritative even when Alerts cannot list every alert
	// (proved alerts are only counted on chain; the watcher lists those it saw events for).
	Level Level
	// Alerts are the live alerts: BLS alerts in the contract's order, then the ZK manager's pending and proved ones.
	Alerts []Alert
}

// Strongest returns the first alert with the highest level, false when there is none. Rollup.Level may still be
// above None without listed alerts (see Level).
func (r *Rollup) Strongest() (Alert, bool) {
	if r == nil || len(r.Alerts) == 0 {
		return Alert{}, false
	}
	best := r.Alerts[0]
	for _, a := range r.Alerts[1:] {
		if a.Level > best.Level {
			best = a
		}
	}
	return best, true
}

// Snapshot is the alert state of every watched rollup at one L1 block. It is immutable once published: readers may
// keep it and share it across goroutines; the watcher never modifies a published snapshot or its rollups.
type Snapshot struct {
	// L1Block and L1Hash are the block the state was read at (head − Confirmations).
	L1Block uint64
	L1Hash  common.Hash
	// ObservedAt is when the watcher last confirmed this state against L1. It moves on every successful poll, so
	// its age says how long L1 has been unreachable (zero before the first successful read).
	ObservedAt time.Time
	// Rollups are the watched rollups by chain ID, including those without alerts. Successive snapshots share the
	// same map as long as the alert state does not change, so comparing the maps detects a change cheaply.
	Rollups map[uint64]*Rollup
}

// Level returns the alert level of rollup, None when the rollup is not watched or s is nil.
func (s *Snapshot) Level(rollup uint64) Level {
	if s == nil {
		return None
	}
	if r, ok := s.Rollups[rollup]; ok {
		return r.Level
	}
	return None
}

// Rollup returns the state of rollup and whether it is watched.
func (s *Snapshot) Rollup(rollup uint64) (*Rollup, bool) {
	if s == nil {
		return nil, false
	}
	r, ok := s.Rollups[rollup]
	return r, ok
}

// Stale reports whether the snapshot was last confirmed against L1 more than bound before now. A nil snapshot, or
// one never confirmed, is always stale.
func (s *Snapshot) Stale(now time.Time, bound time.Duration) bool {
	if s == nil || s.ObservedAt.IsZero() {
		return true
	}
	return now.Sub(s.ObservedAt) > bound
}
