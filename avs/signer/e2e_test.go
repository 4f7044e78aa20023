package signer

import (
	"context"
	"log/slog"
	"math/big"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mach-avs/mach/avs/aggregator"
	"github.com/mach-avs/mach/internal/kv"
)

// The whole BLS path with real parts: signers receive an alert over JSON-RPC, the real aggregator collects their
// signatures and confirms the alert on L1 (EigenLayer M2 registries, MachServiceManager's BLS checker).
func TestSigner_ThreeSignersGetAnAlertConfirmedOnL1ThroughTheRealAggregator(t *testing.T) {
	w := sharedWorld(t)
	ctx := context.Background()
	store, err := kv.Open("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close() })
	confirmer, err := w.sender(1)
	if err != nil {
		t.Fatal(err)
	}
	agg, err := aggregator.New(ctx, aggregator.Config{RetryInterval: 50 * time.Millisecond, Logger: slog.New(slog.DiscardHandler)}, w.reader, confirmer, store)
	if err != nil {
		t.Fatal(err)
	}
	if err := agg.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = agg.Stop(context.Background()) })
	srv, err := aggregator.NewServer(agg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Stop)
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)

	// One signer per operator, each with its own key; operator 0 (the smallest stake) stays silent.
	var clients []*rpc.Client
	var signers []*Signer
	for op := range operators {
		s := startSigner(t, w, testConfig(w, hs.URL), op)
		signers = append(signers, s)
		clients = append(clients, dial(t, s))
	}
	a := blockMismatch(50)
	method, p := params(rollup, a)
	var last SignResult
	for _, op := range []int{1, 2, 3} {
		if err := clients[op].CallContext(ctx, &last, method, p); err != nil {
			t.Fatalf("signer %d: %v", op, err)
		}
		if last.MessageHash != a.MessageHash() {
			t.Fatalf("signer %d returned message hash %s, want %s", op, last.MessageHash, a.MessageHash())
		}
	}
	if last.State != aggregator.StateSubmitting && last.State != aggregator.StateConfirmed || len(last.SignedPercent) != 1 || last.SignedPercent[0] < 67 {
		t.Fatalf("after three signers: %+v, want submitting (or confirmed) with at least 67%%", last)
	}
	waitFor(t, "the alert confirmed on L1", func() bool { return w.contains(t, a.MessageHash()) })
	for _, op := range []int{1, 2, 3} {
		if got := metricValue(t, signers[op], `mach_signer_alerts_signed_total{kind="BlockMismatch"}`); got != 1 {
			t.Errorf("signer %d counted %v signed alerts, want 1", op, got)
		}
	}

	// A verifier's retry to a signer that already signed is answered, not an error, and signs nothing new.
	waitFor(t, "the aggregator to see the confirmation", func() bool {
		info, _ := agg.Task(big.NewInt(rollup), a.MessageHash())
		return info.State == aggregator.StateConfirmed
	})
	var again SignResult
	if err := clients[1].CallContext(ctx, &again, method, p); err != nil {
		t.Fatalf("retry: %v", err)
	}
	if again.State != aggregator.StateConfirmed || again.ReferenceBlock != last.ReferenceBlock {
		t.Errorf("retry after confirmation = %+v", again)
	}
}
