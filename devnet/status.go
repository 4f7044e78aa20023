package devnet

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mach-avs/mach/avs/alertstate"
	"github.com/mach-avs/mach/avs/operator"
	"github.com/mach-avs/mach/internal/alertfeed"
	"github.com/mach-avs/mach/proxy"
)

// statusExtras feeds the proxy's status page what the proxy itself does not know: the operators with their stake
// (read from L1, refreshed in the background) and the live alerts the L1 watcher holds. RollupExtras never calls
// L1: it reads what the refresher stored and the watcher's snapshot.
type statusExtras struct {
	d         *Devnet
	watcher   *alertstate.Watcher
	operators atomic.Pointer[[]proxy.OperatorInfo]

	mu      sync.Mutex
	seen    map[seenAlert]bool // every alert level recorded in history
	history []proxy.AlertEvent // newest first
}

type seenAlert struct {
	hash  common.Hash
	level alertstate.Level
}

func newStatusExtras(d *Devnet, w *alertstate.Watcher) *statusExtras {
	x := &statusExtras{d: d, watcher: w, seen: map[seenAlert]bool{}}
	x.operators.Store(&[]proxy.OperatorInfo{})
	return x
}

// refreshOperators reads every devnet operator's stake from L1.
func (x *statusExtras) refreshOperators(ctx context.Context) error {
	accounts := x.d.chain.Accounts()
	total := new(big.Int)
	stakes := make([]*operator.Status, 0, x.d.cfg.Operators)
	for i := range x.d.cfg.Operators {
		st, err := operator.ReadStatus(ctx, x.d.chain.Client(), x.d.deployment, accounts[2+i].Address)
		if err != nil {
			return fmt.Errorf("devnet: operator %d status: %w", i, err)
		}
		stakes = append(stakes, st)
		if st.StakeInQuorum0 != nil {
			total.Add(total, st.StakeInQuorum0)
		}
	}
	out := make([]proxy.OperatorInfo, 0, len(stakes))
	for _, st := range stakes {
		info := proxy.OperatorInfo{Address: st.Address, Stake: "0"}
		if st.StakeInQuorum0 != nil {
			info.Stake = st.StakeInQuorum0.String()
		}
		if st.RegisteredWithAVS {
			info.Quorums = []int{0}
			info.Signer = "ok" // the devnet runs every signer in-process, started before the proxy
		} else {
			info.Signer = "not registered"
		}
		out = append(out, info)
	}
	x.operators.Store(&out)
	return nil
}

// RollupExtras implements proxy.StatusExtras.
func (x *statusExtras) RollupExtras(chainID uint64) proxy.RollupExtras {
	ops := *x.operators.Load()
	return proxy.RollupExtras{Operators: ops, AlertHistory: x.alertHistory(chainID)}
}

// alertHistory returns every alert level the watcher has shown for the rollup, newest first: an alert that went
// from early to proved appears twice, and an alert that is no longer live stays listed.
func (x *statusExtras) alertHistory(chainID uint64) []proxy.AlertEvent {
	x.mu.Lock()
	defer x.mu.Unlock()
	if snap := x.watcher.Snapshot(); snap != nil {
		if r, ok := snap.Rollup(chainID); ok {
			for _, a := range r.Alerts {
				key := seenAlert{a.MessageHash, a.Level} // one entry per alert and level
				if x.seen[key] {
					continue
				}
				x.seen[key] = true
				x.history = append(x.history, proxy.AlertEvent{Level: alertfeed.Level(a.Level), MessageHash: a.MessageHash,
					L1TxHash: a.L1TxHash, L1Block: a.L1Block, At: a.SeenAt, Note: alertNote(a)})
			}
		}
	}
	sort.SliceStable(x.history, func(i, j int) bool { return x.history[i].At.After(x.history[j].At) })
	return append([]proxy.AlertEvent(nil), x.history...)
}

func alertNote(a alertstate.Alert) string {
	switch {
	case a.Source == alertstate.SourceZK && a.Level == alertstate.Proved:
		return fmt.Sprintf("ZK proof accepted for L2 block %d", a.L2BlockNumber)
	case a.Source == alertstate.SourceZK:
		return fmt.Sprintf("early alert for L2 block %d (one operator; awaiting proof)", a.L2BlockNumber)
	default:
		return "confirmed by the operators' BLS quorum"
	}
}

// refreshLoop records the watcher's alerts every second (so the history keeps alerts that were live only between
// two page loads) and re-reads the operators every operatorsEvery, until ctx ends.
func (x *statusExtras) refreshLoop(ctx context.Context, chainID uint64, operatorsEvery time.Duration) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	last := time.Now()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		x.alertHistory(chainID)
		if time.Since(last) < operatorsEvery {
			continue
		}
		last = time.Now()
		if err := x.refreshOperators(ctx); err != nil && ctx.Err() == nil {
			x.d.log.Debug("status page: operators not refreshed", "err", err)
		}
	}
}
