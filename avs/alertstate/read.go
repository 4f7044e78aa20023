package alertstate

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mach-avs/mach/avs/alert"
	"github.com/mach-avs/mach/contracts/bindings/machservicemanager"
	"github.com/mach-avs/mach/contracts/bindings/machzkservicemanager"
)

// eventIDs are the topics of the events the watcher scans for.
type eventIDs struct {
	// MachServiceManager
	confirmed, removed, zkChanged, supportChanged common.Hash
	// MachZkServiceManager
	raised, superseded, proved, zkRemoved, cleared, windowChanged common.Hash
}

func loadEventIDs() (eventIDs, error) {
	sm, err := machservicemanager.MachServiceManagerMetaData.GetAbi()
	if err != nil {
		return eventIDs{}, fmt.Errorf("alertstate: MachServiceManager ABI: %w", err)
	}
	zk, err := machzkservicemanager.MachZkServiceManagerMetaData.GetAbi()
	if err != nil {
		return eventIDs{}, fmt.Errorf("alertstate: MachZkServiceManager ABI: %w", err)
	}
	return eventIDs{
		confirmed:      sm.Events["AlertConfirmed"].ID,
		removed:        sm.Events["AlertRemoved"].ID,
		zkChanged:      sm.Events["ZkServiceManagerChanged"].ID,
		supportChanged: sm.Events["RollupSupportChanged"].ID,
		raised:         zk.Events["AlertRaised"].ID,
		superseded:     zk.Events["AlertSuperseded"].ID,
		proved:         zk.Events["AlertProved"].ID,
		zkRemoved:      zk.Events["AlertRemoved"].ID,
		cleared:        zk.Events["ProvedAlertsCleared"].ID,
		windowChanged:  zk.Events["ProveWindowChanged"].ID,
	}, nil
}

// query is the eth_getLogs filter for blocks from..to.
func (w *Watcher) query(from, to uint64) ethereum.FilterQuery {
	q := ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: []common.Address{w.cfg.ServiceManager},
		Topics:    [][]common.Hash{{w.ev.confirmed, w.ev.removed, w.ev.zkChanged, w.ev.supportChanged}},
	}
	if w.zk != nil {
		q.Addresses = append(q.Addresses, w.cfg.ZkServiceManager)
		q.Topics[0] = append(q.Topics[0], w.ev.raised, w.ev.superseded, w.ev.proved, w.ev.zkRemoved, w.ev.cleared, w.ev.windowChanged)
	}
	return q
}

// scan applies the logs of blocks w.next..to in ranges of MaxRange, at most maxChunks ranges (0: no bound). It
// reports whether it reached to.
func (w *Watcher) scan(ctx context.Context, to uint64, maxChunks int) (bool, error) {
	for chunks := 0; w.next <= to; chunks++ {
		if maxChunks > 0 && chunks == maxChunks {
			return false, nil
		}
		end := min(to, w.next+w.cfg.MaxRange-1)
		logs, err := w.l1.FilterLogs(ctx, w.query(w.next, end))
		if err != nil {
			return false, fmt.Errorf("read logs of blocks %d-%d: %w", w.next, end, err)
		}
		for _, l := range logs {
			w.apply(l)
		}
		w.next = end + 1
	}
	return true, nil
}

// apply records what one log says and marks its rollup for a re-read. The views stay the authority; logs only
// contribute transactions and the rollups to re-read.
func (w *Watcher) apply(l types.Log) {
	if len(l.Topics) == 0 || l.Removed {
		return
	}
	tx := txInfo{tx: l.TxHash, block: l.BlockNumber}
	switch l.Address {
	case w.cfg.ServiceManager:
		if len(l.Topics) < 2 {
			return
		}
		var rollupTopic common.Hash
		switch l.Topics[0] {
		case w.ev.confirmed, w.ev.removed:
			if len(l.Topics) < 3 {
				return
			}
			rollupTopic = l.Topics[2]
		default:
			rollupTopic = l.Topics[1]
		}
		id := rollupTopic.Big()
		if !id.IsUint64() || !w.watch(id.Uint64()) {
			return
		}
		rollup := id.Uint64()
		w.dirty[rollup] = true
		switch l.Topics[0] {
		case w.ev.confirmed:
			w.bls[blsKey{rollup, l.Topics[1]}] = tx
		case w.ev.removed:
			delete(w.bls, blsKey{rollup, l.Topics[1]})
		}
	case w.cfg.ZkServiceManager:
		if w.zk == nil || !w.rollups[w.zkRollup] {
			return
		}
		w.dirty[w.zkRollup] = true
		switch l.Topics[0] {
		case w.ev.raised:
			ev, err := w.zkLogs.ParseAlertRaised(l)
			if err != nil {
				w.log.Warn("cannot parse AlertRaised log; its transaction stays unknown", "tx", l.TxHash, "err", err)
				return
			}
			if !ev.L2BlockNumber.IsUint64() {
				return
			}
			l2 := ev.L2BlockNumber.Uint64()
			w.zkRaised[l2] = zkRaise{
				alert: Alert{
					MessageHash: zkMessageHash(ev.FromOracle, ev.OutputIndex, ev.InvalidOutputRoot, ev.ExpectOutputRoot, l2),
					Level:       Early, L1TxHash: tx.tx, L1Block: tx.block, L2BlockNumber: l2, Source: SourceZK,
				},
				expect: ev.ExpectOutputRoot,
			}
			w.boundRaised()
		case w.ev.proved:
			ev, err := w.zkLogs.ParseAlertProved(l)
			if err != nil {
				w.log.Warn("cannot parse AlertProved log; its transaction stays unknown", "tx", l.TxHash, "err", err)
				return
			}
			if !ev.L2BlockNumber.IsUint64() {
				return
			}
			l2 := ev.L2BlockNumber.Uint64()
			a := Alert{Level: Proved, L1TxHash: tx.tx, L1Block: tx.block, L2BlockNumber: l2, Source: SourceZK}
			if r, ok := w.zkRaised[l2]; ok && r.expect == ev.OutputRoot {
				a.MessageHash = r.alert.MessageHash
				delete(w.zkRaised, l2)
			}
			w.zkProved = append(w.zkProved, a)
		case w.ev.cleared:
			w.zkProved = nil
		}
	}
}

// boundRaised keeps the maxRaised most recent raised alerts.
func (w *Watcher) boundRaised() {
	for len(w.zkRaised) > maxRaised {
		var oldest uint64
		first := true
		for k, v := range w.zkRaised {
			if first || v.alert.L1Block < w.zkRaised[oldest].alert.L1Block {
				oldest, first = k, false
			}
		}
		delete(w.zkRaised, oldest)
	}
}

// zkMessageHash is the avs/alert message hash of a ZK manager alert.
func zkMessageHash(fromOracle bool, outputIndex *big.Int, invalid, expect common.Hash, l2Block uint64) common.Hash {
	if fromOracle {
		return alert.OutputOracleMismatch{InvalidOutputIndex: outputIndex.Uint64(), ExpectOutputRoot: expect}.MessageHash()
	}
	return alert.BlockMismatch{InvalidOutputRoot: invalid, ExpectOutputRoot: expect, L2BlockNumber: l2Block}.MessageHash()
}

// readRollup reads one rollup's state from the views at opts.BlockNumber.
func (w *Watcher) readRollup(opts *bind.CallOpts, id uint64) (*Rollup, error) {
	rid := new(big.Int).SetUint64(id)
	lvl, err := w.sm.AlertLevel(opts, rid)
	if err != nil {
		return nil, fmt.Errorf("read alertLevel(%d): %w", id, err)
	}
	if Level(lvl) > Proved {
		return nil, fmt.Errorf("alertLevel(%d) = %d is not a known level", id, lvl)
	}
	total, err := w.sm.TotalAlerts(opts, rid)
	if err != nil {
		return nil, fmt.Errorf("read totalAlerts(%d): %w", id, err)
	}
	if !total.IsUint64() {
		return nil, fmt.Errorf("totalAlerts(%d) = %s is not a count", id, total)
	}
	linked, err := w.sm.ZkServiceManager(opts, rid)
	if err != nil {
		return nil, fmt.Errorf("read zkServiceManager(%d): %w", id, err)
	}
	// A ZK manager linked on chain but not configured here: its level is in alertLevel, its events are not
	// scanned, so the rollup is re-read on every new block instead.
	if linked != (common.Address{}) && linked != w.cfg.ZkServiceManager {
		w.linked[id] = true
	} else {
		delete(w.linked, id)
	}
	n := total.Uint64()
	r := &Rollup{ChainID: id, Level: Level(lvl), Alerts: make([]Alert, 0, n)}
	for start := uint64(0); start < n; start += pageSize {
		hashes, err := w.sm.QueryMessageHashes(opts, rid, new(big.Int).SetUint64(start), big.NewInt(pageSize))
		if err != nil {
			return nil, fmt.Errorf("read queryMessageHashes(%d, %d): %w", id, start, err)
		}
		if len(hashes) == 0 {
			break
		}
		for _, h := range hashes {
			a := Alert{MessageHash: h, Level: Confirmed, Source: SourceBLS}
			if tx, ok := w.bls[blsKey{id, h}]; ok {
				a.L1TxHash, a.L1Block = tx.tx, tx.block
			}
			r.Alerts = append(r.Alerts, a)
		}
	}
	if w.zk == nil || id != w.zkRollup {
		return r, nil
	}

	zl, err := w.zk.AlertLevel(opts, rid)
	if errors.Is(err, bind.ErrNoCode) {
		return r, nil // deployed after the block read: nothing to add yet
	}
	if err != nil {
		return nil, fmt.Errorf("read ZK alertLevel(%d): %w", id, err)
	}
	if Level(zl) > Proved {
		return nil, fmt.Errorf("ZK alertLevel(%d) = %d is not a known level", id, zl)
	}
	r.Level = max(r.Level, Level(zl))
	live, err := w.zk.PendingAlertLive(opts)
	if err != nil {
		return nil, fmt.Errorf("read ZK pendingAlertLive: %w", err)
	}
	if live {
		p, err := w.zk.PendingAlert(opts)
		if err != nil {
			return nil, fmt.Errorf("read ZK pendingAlert: %w", err)
		}
		a := Alert{
			MessageHash: zkMessageHash(p.FromOracle, p.OutputIndex, p.InvalidOutputRoot, p.ExpectOutputRoot, p.L2BlockNumber),
			Level:       Early, L2BlockNumber: p.L2BlockNumber, Source: SourceZK,
		}
		if raised, ok := w.zkRaised[p.L2BlockNumber]; ok && raised.alert.MessageHash == a.MessageHash {
			a = raised.alert
		}
		r.Alerts = append(r.Alerts, a)
	}
	count, err := w.zk.ProvedAlertCount(opts)
	if err != nil {
		return nil, fmt.Errorf("read ZK provedAlertCount: %w", err)
	}
	if count.Sign() > 0 {
		proved := w.zkProved
		if count.IsUint64() && count.Uint64() < uint64(len(proved)) {
			proved = proved[uint64(len(proved))-count.Uint64():]
		}
		r.Alerts = append(r.Alerts, proved...)
	}
	return r, nil
}
