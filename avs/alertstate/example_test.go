package alertstate_test

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/mach-avs/mach/avs/alertstate"
	"github.com/mach-avs/mach/deploy"
)

// The proxy's wiring: build the watcher from the deployment file, start it, and read the snapshot per request.
func ExampleNew() {
	ctx := context.Background()
	out, err := deploy.ReadOutput("machavs_deploy_output.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	client, err := ethclient.DialContext(ctx, "http://127.0.0.1:8545")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer client.Close()
	w, err := alertstate.New(alertstate.Config{
		L1:             client,
		ServiceManager: out.Addresses.MachServiceManager,
		StartBlock:     out.ChainInfo.DeploymentBlock,
		Rollups:        []uint64{901},
		Logger:         slog.Default(),
		OnChange: func(old, new *alertstate.Snapshot) {
			slog.Info("alert state changed", "rollup", 901, "from", old.Level(901), "to", new.Level(901))
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := w.Start(ctx); err != nil {
		fmt.Println(err)
		return
	}
	defer func() { _ = w.Stop(ctx) }()

	// Per request: one atomic load, no lock, no L1 call.
	s := w.Snapshot()
	switch {
	case s.Stale(time.Now(), time.Minute):
		fmt.Println("L1 unreachable for over a minute: apply the on-l1-stale policy")
	case s.Level(901) >= alertstate.Confirmed:
		r, _ := s.Rollup(901)
		a, _ := r.Strongest()
		fmt.Printf("rollup 901 alerted (%s): alert %s, L1 tx %s\n", r.Level, a.MessageHash, a.L1TxHash)
	}
}
