package aggregator

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/mach-avs/mach/avs/alert"
)

// BenchmarkConfirmAlertGas reports the gas of confirmAlert transactions confirmed by the aggregator on the real
// EigenLayer M2 registries (in-process L1), by operator count and non-signers (the first operators, which hold the
// smallest stakes). Run with -benchtime=1x: the figure is gas, not time.
func BenchmarkConfirmAlertGas(b *testing.B) {
	for _, n := range []int{10, 50, 100} {
		w := newWorld(b, n)
		// A grace period lets every signature in before confirmAlert is sent, so the non-signers are exactly k.
		agg := w.newAggregatorWith(b, w.chain.Client(), mustStore(b, ""), Config{RetryInterval: 50 * time.Millisecond, Grace: time.Second})
		for _, k := range []int{0, 10} {
			if k >= n {
				continue
			}
			b.Run(fmt.Sprintf("operators=%d/nonSigners=%d", n, k), func(b *testing.B) {
				var gas uint64
				for i := range b.N {
					gas = w.confirmWith(b, agg, alert.BlockMismatch{
						InvalidOutputRoot: [32]byte{byte(n), byte(k), byte(i), 1}, ExpectOutputRoot: [32]byte{2}, L2BlockNumber: uint64(i),
					}, k)
				}
				b.ReportMetric(float64(gas), "gas")
			})
		}
	}
}

// confirmWith opens a task, has every operator but the first k sign, waits for the confirmation and returns the
// confirmAlert transaction's gas.
func (w *world) confirmWith(b *testing.B, agg *Aggregator, a alert.Alert, k int) uint64 {
	ctx := context.Background()
	info, err := agg.OpenTask(ctx, big.NewInt(rollup), a)
	if err != nil {
		b.Fatal(err)
	}
	for op := k; op < len(w.keys); op++ {
		if _, err := agg.SubmitSignature(ctx, w.sign(b, info, op)); err != nil {
			b.Fatal(err)
		}
	}
	waitFor(b, "confirmation", func() bool {
		i, _ := agg.Task(big.NewInt(rollup), info.MessageHash)
		return i.State == StateConfirmed
	})
	agg.mu.Lock()
	tx := agg.tasks[string(taskKey(big.NewInt(rollup), info.MessageHash))].ConfirmedIn
	agg.mu.Unlock()
	r, err := w.chain.Client().TransactionReceipt(ctx, tx)
	if err != nil {
		b.Fatal(err)
	}
	return r.GasUsed
}
