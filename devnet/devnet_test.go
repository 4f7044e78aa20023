package devnet

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/mach-avs/mach/deploy"
)

func TestDevnet_DrillTravelsSignersAggregatorAndL1(t *testing.T) {
	dir := t.TempDir()
	d, err := New(Config{
		Operators: 3, L1Addr: "127.0.0.1:0", AggregatorAddr: "127.0.0.1:0", SignerBasePort: -1,
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
	t.Cleanup(func() { _ = d.Stop(context.Background()) })

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
	d, err := New(Config{Operators: 1, L1Addr: "127.0.0.1:0", AggregatorAddr: "127.0.0.1:0", SignerBasePort: -1,
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
