package verifier

import (
	"context"
	"testing"
	"time"

	"github.com/mach-avs/mach/devnet/l2"
)

// BenchmarkExecute compares the strict runner with go-ethereum's plain core.ExecuteStateless on the same
// ≥10M-gas block of storage- and compute-heavy calls. Both report Mgas/s; the goal is strict ≥ 0.8× plain.
func BenchmarkExecute(b *testing.B) {
	chain, err := l2.New(l2.Config{})
	if err != nil {
		b.Fatal(err)
	}
	defer chain.Close()
	ctx := context.Background()
	if _, err := chain.BuildBlock(ctx); err != nil {
		b.Fatal(err)
	}
	if err := l2.NewTraffic(chain, 1).Heavy(ctx, 12_000_000); err != nil {
		b.Fatal(err)
	}
	block, err := chain.BuildBlock(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if block.GasUsed() < 10_000_000 {
		b.Fatalf("heavy block used %d gas, want ≥ 10M", block.GasUsed())
	}
	f := fetchFixture(b, chain, block.NumberU64())
	mgas := func(b *testing.B) {
		b.ReportMetric(float64(f.block.GasUsed())*float64(b.N)/b.Elapsed().Seconds()/1e6, "Mgas/s")
	}
	b.Run("plain", func(b *testing.B) {
		for b.Loop() {
			root, _, err := plainExecute(f, f.witness)
			if err != nil || root != f.block.Root() {
				b.Fatalf("plain: %v", err)
			}
		}
		mgas(b)
	})
	b.Run("strict", func(b *testing.B) {
		for b.Loop() {
			ex, err := Execute(f.config, f.parent, f.block, f.witness)
			if err != nil || ex.Verdict != Valid {
				b.Fatalf("strict: %v %+v", err, ex)
			}
		}
		mgas(b)
	})
}

// BenchmarkFollow measures how many blocks per second the verifier follows an L2 over JSON-RPC (fetch block and
// witness, check, re-execute, persist), on blocks of mixed traffic.
func BenchmarkFollow(b *testing.B) {
	const blocks = 100
	chain, err := l2.New(l2.Config{})
	if err != nil {
		b.Fatal(err)
	}
	defer chain.Close()
	traffic := l2.NewTraffic(chain, 1)
	ctx := context.Background()
	for range blocks {
		deposits, err := traffic.Next(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := chain.BuildBlock(ctx, deposits...); err != nil {
			b.Fatal(err)
		}
	}
	var total time.Duration
	for b.Loop() {
		v := newVerifier(b, chain, chain.URL(), "", memStore(b), &recordingSink{})
		began := time.Now()
		if err := stepUntil(b, v, blocks); err != nil {
			b.Fatal(err)
		}
		total += time.Since(began)
	}
	b.ReportMetric(float64(blocks*b.N)/total.Seconds(), "blocks/s")
}
