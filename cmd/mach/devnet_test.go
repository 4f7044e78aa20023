package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mach-avs/mach/deploy"
)

// mach devnet --drills 1 --alerts 1 --fault invalid-state-root@6 brings the whole system up on loopback, confirms
// one drill alert and the alert on the lying L2 block on L1 (confirmed by the BLS quorum, proved by the dev prover), writes the deployment where --data-dir says and
// exits 0.
func TestDevnet_OneDrillAndOneFaultThenExit(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an L1, deploys Mach and registers operators")
	}
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	code := run([]string{"mach", "devnet", "--operators", "2", "--drills", "1", "--drill-every", "100ms",
		"--fault", "invalid-state-root@6", "--output-interval", "2", "--alerts", "1", "--l2-block-time", "100ms", "--status-every", "100ms",
		"--block-time", "200ms", "--signer-port", "-1", "--l1-addr", "127.0.0.1:0", "--aggregator-addr", "127.0.0.1:0",
		"--l2-addr", "127.0.0.1:0", "--proxy-addr", "127.0.0.1:0", "--data-dir", dir}, &stdout, &stderr)
	if code != exitOK {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout.String(), stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{"Mach devnet up in", "signer 1:", "L2 JSON-RPC:", "faults: invalid-state-root@6",
		"drill 1: alert", "signed by 2 operators", "confirmed on L1 in", "status: L2 head",
		"alert 1: BlockMismatch for L2 block 6, lie served → detected +", "→ signed ×2 +", "→ aggregated +", "→ early alert on L1 +", "→ confirmed on L1 +", "→ proxy tripped +", "→ proved on L1 +", "ZK manager:", "status page:", "proxy (wallets):  http://127.0.0.1:"} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "drill 2:") {
		t.Errorf("ran more drills than --drills 1:\n%s", out)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "machavs_deploy_output.json"))
	if err != nil {
		t.Fatal(err)
	}
	var dep deploy.Output
	if err := json.Unmarshal(raw, &dep); err != nil {
		t.Fatalf("deployment file: %v", err)
	}
	if !strings.Contains(out, dep.Addresses.MachServiceManager.Hex()) {
		t.Errorf("stdout does not name the deployed service manager %s:\n%s", dep.Addresses.MachServiceManager, out)
	}
}
