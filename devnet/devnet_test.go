package devnet

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/devnet/fault"
	"github.com/mach-avs/mach/proxy"
)

func TestDevnet_DrillTravelsSignersAggregatorAndL1(t *testing.T) {
	dir := t.TempDir()
	d, err := New(Config{
		Operators: 3, L1Addr: "127.0.0.1:0", AggregatorAddr: "127.0.0.1:0", L2Addr: "127.0.0.1:0", ProxyAddr: "127.0.0.1:0", SignerBasePort: -1,
		BlockTime: 200 * time.Millisecond, DataDir: dir, Logger: slog.New(slog.DiscardHandler),
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stop(t, d) })

	if _, err := deploy.ReadOutput(filepath.Join(dir, "machavs_deploy_output.json")); err != nil {
		t.Fatalf("deployment file: %v", err)
	}
	if len(d.SignerURLs()) != 3 {
		t.Fatalf("signers = %v", d.SignerURLs())
	}
	for i := range 2 {
		res, err := d.Drill(ctx)
		if err != nil {
			t.Fatalf("drill %d: %v", i, err)
		}
		t.Logf("drill %d: signed in %v, confirmed on L1 in %v (200ms blocks)", i, res.Signed, res.Confirmed)
	}
	if err := d.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := d.Stop(context.Background()); err != nil {
		t.Fatalf("second Stop: %v", err)
	}
}

func TestDevnet_TemporaryDataDirIsRemovedOnStop(t *testing.T) {
	d, err := New(Config{Operators: 1, L1Addr: "127.0.0.1:0", AggregatorAddr: "127.0.0.1:0", L2Addr: "127.0.0.1:0", ProxyAddr: "127.0.0.1:0", SignerBasePort: -1,
		BlockTime: 100 * time.Millisecond, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(d.DeploymentPath())
	if err := d.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("temporary data dir %s survived Stop: %v", dir, err)
	}
}

func TestConfig_RejectsNonsense(t *testing.T) {
	for _, cfg := range []Config{{Operators: 51}, {Operators: -1}, {BlockTime: -time.Second}, {SignerBasePort: 70000}} {
		if _, err := New(cfg); err == nil {
			t.Errorf("New(%+v) accepted", cfg)
		}
	}
	var nilDevnet *Devnet
	if err := nilDevnet.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// The whole path for real: the L2 serves a block with a wrong state root; the verifier finds it, every signer
// signs, the aggregator confirms on L1. Then a proposer posts a wrong output root to the L2OutputOracle: an
// OutputOracleMismatch alert takes the same path.
func TestDevnet_LyingL2IsAlertedAndConfirmedOnL1(t *testing.T) {
	d, err := New(Config{
		Operators: 3, L1Addr: "127.0.0.1:0", AggregatorAddr: "127.0.0.1:0", L2Addr: "127.0.0.1:0", ProxyAddr: "127.0.0.1:0", SignerBasePort: -1,
		BlockTime: 200 * time.Millisecond, L2BlockTime: 100 * time.Millisecond, OutputInterval: 4,
		Faults: []fault.Fault{{Kind: fault.BadOutputRoot, Block: 8}, {Kind: fault.InvalidStateRoot, Block: 14}},
		Logger: slog.New(slog.DiscardHandler),
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stop(t, d) })

	want := []struct {
		oracle bool
		block  uint64
	}{{true, 8}, {false, 14}}
	for _, w := range want {
		var tr AlertTrace
		select {
		case tr = <-d.AlertTraces():
		case <-ctx.Done():
			t.Fatalf("no alert for block %d; verified head %d", w.block, d.Verifier().Status().VerifiedNumber)
		}
		if tr.Err != nil {
			t.Fatalf("alert for block %d: %v", tr.Alert.Block, tr.Err)
		}
		if (tr.Alert.OutputIndex != nil) != w.oracle || tr.Alert.Block != w.block {
			t.Fatalf("alert %+v, want oracle=%v block %d", tr.Alert, w.oracle, w.block)
		}
		var names []string
		for _, h := range tr.Hops {
			names = append(names, h.Name)
		}
		// ZK mode: the first alert goes to the ZK manager as an early alert and is proved by the dev prover. The
		// second is proved too if the first was proved by then; otherwise the first's pending alert stands (the
		// manager takes only the earliest block) and the second travels the BLS path alone.
		checkHops(t, names, w.oracle)
		at := map[string]time.Time{}
		for _, h := range tr.Hops {
			at[h.Name] = h.At
		}
		t.Logf("block %d (oracle %v): lie → proxy tripped in %v (200ms L1 blocks)", w.block, w.oracle,
			at["proxy tripped"].Sub(tr.Hops[0].At).Round(time.Millisecond))
		if !at["proved on L1"].IsZero() {
			t.Logf("block %d: early alert on L1 → proved on L1 in %v (dev prover)", w.block,
				at["proved on L1"].Sub(at["early alert on L1"]).Round(time.Millisecond))
		}
	}
	st := d.Verifier().Status()
	if st.Halted == nil || st.Halted.Block != 14 || st.VerifiedNumber != 13 {
		t.Fatalf("verifier status %+v, want halted at 14", st)
	}

	// Through the tripped proxy (default policy for a confirmed alert: block-writes), a wallet's write is
	// refused with the breaker's error naming the alert, and reads still pass.
	c, err := rpc.DialContext(ctx, d.ProxyURL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var hash common.Hash
	err = c.CallContext(ctx, &hash, "eth_sendRawTransaction", "0x02")
	var rerr rpc.Error
	if !errors.As(err, &rerr) || rerr.ErrorCode() != proxy.CodeTripped || !strings.Contains(err.Error(), "901") {
		t.Fatalf("write through the tripped proxy: %v", err)
	}
	var de rpc.DataError
	if !errors.As(err, &de) || de.ErrorData() == nil {
		t.Fatalf("breaker error without data: %v", err)
	}
	// A proved alert's default policy is block-all: reads are refused too, with the same error.
	var head hexutil.Uint64
	err = c.CallContext(ctx, &head, "eth_blockNumber")
	if !errors.As(err, &rerr) || rerr.ErrorCode() != proxy.CodeTripped || !strings.Contains(err.Error(), "proved") {
		t.Fatalf("read through the proxy tripped by a proved alert: %d, %v", head, err)
	}

	// The status page's data: the verified head from the verifier feed, the operators with stake, the alerts.
	ps := d.rollup.proxy.Status()
	for wait := time.Now(); len(ps.Rollups) == 1 && len(ps.Rollups[0].AlertHistory) < 3 && time.Since(wait) < 10*time.Second; {
		time.Sleep(50 * time.Millisecond) // the watcher sees the second alert a poll after the first tripped the proxy
		ps = d.rollup.proxy.Status()
	}
	if len(ps.Rollups) != 1 || !ps.Extras {
		t.Fatalf("proxy status %+v", ps)
	}
	rs := ps.Rollups[0]
	if rs.VerifiedHead == nil || rs.VerifiedHead.Number != 13 {
		t.Errorf("status verified head %+v, want 13 (the verifier halted at 14)", rs.VerifiedHead)
	}
	if len(rs.Operators) != 3 || rs.Operators[0].Stake == "0" || rs.Operators[0].Stake == "" {
		t.Errorf("status operators %+v, want 3 with stake", rs.Operators)
	}
	levels := map[proxy.Level]int{}
	for _, e := range rs.AlertHistory {
		levels[e.Level]++
		if e.L1TxHash == (common.Hash{}) {
			t.Errorf("alert history entry without its L1 transaction: %+v", e)
		}
	}
	if levels[proxy.LevelConfirmed] != 2 || levels[proxy.LevelProved] < 1 {
		t.Errorf("status alert history %+v, want both confirmed alerts and a proved one", rs.AlertHistory)
	}
}

// An honest devnet raises nothing: 200 L2 blocks with traffic, outputs posted every 10, all verified.
func TestDevnet_HonestRunRaisesNoAlert(t *testing.T) {
	d, err := New(Config{
		Operators: 1, L1Addr: "127.0.0.1:0", AggregatorAddr: "127.0.0.1:0", L2Addr: "127.0.0.1:0", ProxyAddr: "127.0.0.1:0", SignerBasePort: -1,
		BlockTime: 100 * time.Millisecond, L2BlockTime: 20 * time.Millisecond, Logger: slog.New(slog.DiscardHandler),
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stop(t, d) })
	for d.Verifier().Status().VerifiedNumber < 200 {
		select {
		case tr := <-d.AlertTraces():
			t.Fatalf("honest devnet raised an alert: %+v", tr.Alert)
		case <-ctx.Done():
			t.Fatalf("verified only %d blocks", d.Verifier().Status().VerifiedNumber)
		case <-time.After(50 * time.Millisecond):
		}
	}
	if st := d.Verifier().Status(); st.Halted != nil {
		t.Fatalf("halted: %+v", st.Halted)
	}
}

// stop stops the devnet within a minute, or fails the test: a stop must never hang.
func stop(t *testing.T, d *Devnet) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := d.Stop(ctx); err != nil {
		t.Errorf("stop: %v", err)
	}
}

// checkHops checks an alert's hops, in time order: the BLS path in its order, and in ZK mode the early alert
// after the signatures and the proof after the early alert (both race the BLS path on L1). zk says the proof is required.
func checkHops(t *testing.T, names []string, zk bool) {
	t.Helper()
	bls := []string{"lie served", "detected", "signed ×3", "aggregated", "confirmed on L1", "proxy tripped"}
	var path []string
	early, proved := -1, -1
	for i, n := range names {
		switch n {
		case "early alert on L1":
			early = i
		case "proved on L1":
			proved = i
		default:
			path = append(path, n)
		}
	}
	got := strings.Join(names, " → ")
	if strings.Join(path, " → ") != strings.Join(bls, " → ") {
		t.Fatalf("hops %s: the BLS path is not %s", got, strings.Join(bls, " → "))
	}
	if (early < 0) != (proved < 0) || (zk && proved < 0) {
		t.Fatalf("hops %s: want an early alert and its proof together (required: %v)", got, zk)
	}
	if proved >= 0 && (proved < early || early < 3) {
		t.Fatalf("hops %s: the early alert must follow the signatures, and the proof the early alert", got)
	}
}
