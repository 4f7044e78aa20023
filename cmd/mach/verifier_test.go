package main

import (
	"context"
	"encoding/json"
	"flag"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mach-avs/mach/devnet/l2"
	"github.com/mach-avs/mach/verifier"
)

// verifierConfig writes a verifier.yaml in dir for the L2 at l2URL (chain 901, its chain config in a file next to
// it), with a free metrics port, and returns its path.
func verifierConfig(t *testing.T, dir, l2URL, anchor string, chainConfig any) string {
	t.Helper()
	data, err := json.Marshal(chainConfig)
	if err != nil {
		t.Fatal(err)
	}
	chainFile := writeTestFile(t, filepath.Join(dir, "l2-chain-config.json"), string(data))
	return writeTestFile(t, filepath.Join(dir, "verifier.yaml"), `
rollup_chain_id: 901
l2_rpc_url: `+l2URL+`
anchor_block_hash: "`+anchor+`"
l2_chain_config: `+chainFile+`
metrics_listen: 127.0.0.1:0
data_dir: `+filepath.Join(dir, "data")+`
poll_interval: 10ms
retry_interval: 50ms
`)
}

// devnetChainConfig is a minimal OP Stack chain config for chain 901.
var devnetChainConfig = map[string]any{"chainId": 901, "homesteadBlock": 0, "optimism": map[string]any{"eip1559Elasticity": 6, "eip1559Denominator": 50}}

const testAnchor = "0xabababababababababababababababababababababababababababababababab"

func TestVerifier_HelpDescribesTheCommandAndEveryFlag(t *testing.T) {
	code, stdout, stderr := runArgs("mach", "verifier", "--help")
	wantExit(t, code, exitOK, stdout, stderr)
	for _, want := range []string{
		"mach verifier — re-execute L2 blocks statelessly and raise alerts",
		"Usage:\n  mach verifier --config PATH [--l2 URL]",
		"until SIGINT or SIGTERM", "debug_executionWitness", "anchor_block_hash", "signer_urls", "l2_rpc_url_secondary",
		"superchain registry", "MACH_VERIFIER_", "mach config env --role verifier", "/metrics", "data_dir",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("help does not contain %q:\n%s", want, stdout)
		}
	}
	verifierFlagSet(&verifierFlags{}).VisitAll(func(f *flag.Flag) {
		if !strings.Contains(stdout, "--"+f.Name) {
			t.Errorf("help does not mention --%s", f.Name)
		}
	})
}

func TestVerifier_UsageErrorsExitTwoWithoutEchoingValues(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"URL not echoed", []string{"--l2", "l2.example.com:1/APIKEY123"}, "--l2 is not an absolute http, https, ws or wss URL (value not shown"},
		{"unknown flag", []string{"--frobnicate"}, "unknown flag --frobnicate"},
		{"an argument", []string{"--config", "x.yaml", "APIKEY123"}, "unexpected argument (not echoed)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runArgs(append([]string{"mach", "verifier"}, tt.args...)...)
			wantExit(t, code, exitUsage, stdout, stderr)
			if !strings.Contains(stderr, tt.want) || !strings.Contains(stderr, "Run 'mach verifier --help' for usage.") {
				t.Errorf("stderr = %q, want it to contain %q", stderr, tt.want)
			}
			if strings.Contains(stdout+stderr, "APIKEY123") {
				t.Errorf("output echoes the value:\n%s", stderr)
			}
		})
	}
}

func TestVerifier_ConfigProblemsExitOneNamingEveryKey(t *testing.T) {
	dir := t.TempDir()
	bad := writeTestFile(t, filepath.Join(dir, "bad.yaml"), "rollup_chain_id: 901\nl2_rpc_url: http://127.0.0.1:1\nreorg_depth: 0\nsigner_urls: [ws://127.0.0.1:9010]\nstatus_token_env: MACH_TEST_UNSET_STATUS_TOKEN\n")
	typo := writeTestFile(t, filepath.Join(dir, "typo.yaml"), "anchor_hash: \"0x01\"\n")
	for _, tt := range []struct {
		name string
		args []string
		want []string
	}{
		{"no config", nil, []string{"config: rollup_chain_id is 0", "config: l2_rpc_url is empty", "config: anchor_block_hash is empty",
			"(no --config given: the configuration came from MACH_VERIFIER_* variables only)"}},
		{"missing file", []string{"--config", filepath.Join(dir, "nope.yaml")}, []string{"check the --config path"}},
		{"unknown key", []string{"--config", typo}, []string{"line 1: unknown key anchor_hash", "anchor_block_hash"}},
		{"invalid values", []string{"--config", bad}, []string{"config: reorg_depth is 0", "config: signer_urls[0] is not an absolute http or https URL",
			"config: anchor_block_hash is empty", "config: l2_chain_config is empty and rollup_chain_id 901 is not in op-geth's superchain registry",
			"config: status_token_env names MACH_TEST_UNSET_STATUS_TOKEN, which is empty or not set",
			"mach config validate --config " + bad + " --role verifier"}},
		{"--l2 overrides the file", []string{"--config", bad, "--l2", "http://127.0.0.1:2"}, []string{"config: reorg_depth is 0"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runArgs(append([]string{"mach", "verifier"}, tt.args...)...)
			wantExit(t, code, exitError, stdout, stderr)
			for _, w := range tt.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr does not contain %q:\n%s", w, stderr)
				}
			}
		})
	}
}

func TestVerifier_UnreachableL2FailsWithoutShowingTheURLsPath(t *testing.T) {
	dir := t.TempDir()
	cfg := verifierConfig(t, dir, "http://127.0.0.1:1/v3/APIKEY123", testAnchor, devnetChainConfig)
	code, stdout, stderr := runArgs("mach", "verifier", "--config", cfg)
	wantExit(t, code, exitError, stdout, stderr)
	for _, want := range []string{"read the primary L2 node's chain ID (l2_rpc_url)", "http://127.0.0.1:1/…", "is the node running"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not contain %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "APIKEY123") {
		t.Errorf("stderr shows the URL's path:\n%s", stderr)
	}
}

func TestVerifier_ConfigValidateAndEnvKnowTheRole(t *testing.T) {
	dir := t.TempDir()
	valid := verifierConfig(t, dir, "http://127.0.0.1:1", testAnchor, devnetChainConfig)
	code, stdout, stderr := runArgs("mach", "config", "validate", "--config", valid, "--role", "verifier")
	wantExit(t, code, exitOK, stdout, stderr)
	if !strings.Contains(stdout, "valid verifier configuration") {
		t.Errorf("stdout = %q", stdout)
	}
	code, stdout, stderr = runArgs("mach", "config", "validate", "--config", writeTestFile(t, filepath.Join(dir, "bad.yaml"), "poll_interval: 0s\n"), "--role", "verifier")
	wantExit(t, code, exitError, stdout, stderr)
	if !strings.Contains(stderr, "config: poll_interval is 0s") || !strings.Contains(stderr, "config: l2_rpc_url is empty") {
		t.Errorf("stderr = %q", stderr)
	}
	code, stdout, stderr = runArgs("mach", "config", "env", "--role", "verifier")
	wantExit(t, code, exitOK, stdout, stderr)
	for _, want := range []string{"config-files/verifier.yaml", "MACH_VERIFIER_L2_RPC_URL", "signer_urls", "MACH_VERIFIER_ANCHOR_BLOCK_HASH"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("config env does not list %q:\n%s", want, stdout)
		}
	}
	// The example file is valid as shipped: OP Mainnet, its chain config from the superchain registry.
	code, stdout, stderr = runArgs("mach", "config", "validate", "--config", filepath.Join("..", "..", "config-files", "verifier.yaml"), "--role", "verifier")
	wantExit(t, code, exitOK, stdout, stderr)
}

// mach verifier against an in-process OP Stack L2, its chain config given as a file: it verifies every block the
// L2 builds, /metrics shows the verified head reaching the L2's, and it stops when its context ends.
func TestVerifier_FollowsAnInProcessL2UntilCancelled(t *testing.T) {
	chain, err := l2.New(l2.Config{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	ctx := context.Background()
	dir := t.TempDir()
	cfg := verifierConfig(t, dir, "http://127.0.0.1:1", chain.Genesis().Hash().Hex(), chain.ChainConfig()) // --l2 overrides the URL

	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	var stdout, stderr aggregatorLog
	exit := make(chan int, 1)
	go func() {
		exit <- serveVerifier(runCtx, []string{"verifier"}, []string{"--config", cfg, "--l2", chain.URL()}, &stdout, &stderr)
	}()
	started := regexp.MustCompile(`msg="verifier started" rollup=901 metrics=(http://\S+)`)
	var m []string
	waitUntil(t, 30*time.Second, exit, &stderr, "the start line", func() bool {
		m = started.FindStringSubmatch(stderr.String())
		return m != nil
	})

	// Blocks of mixed traffic (transfers, contract calls and creations, withdrawals, deposits).
	const blocks = 5
	traffic := l2.NewTraffic(chain, 1)
	for range blocks {
		deposits, err := traffic.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := chain.BuildBlock(ctx, deposits...); err != nil {
			t.Fatal(err)
		}
	}
	var body string
	waitUntil(t, 60*time.Second, exit, &stderr, "mach_verifier_verified_head "+strconv.Itoa(blocks), func() bool {
		body = scrape(t, m[1])
		return strings.Contains(body, "\n"+verifier.MetricVerifiedHead+" "+strconv.Itoa(blocks)+"\n")
	})
	for _, want := range []string{verifier.MetricUpstreamHead + " 5\n", verifier.MetricLagBlocks + " 0\n", verifier.MetricBlocks + `{verdict="valid"} 5`} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics does not contain %q:\n%s", want, body)
		}
	}

	cancel()
	select {
	case code := <-exit:
		if code != exitOK {
			t.Errorf("exit %d after cancel:\n%s", code, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("mach verifier did not stop")
	}
	if !strings.Contains(stderr.String(), "verifier stopped") || stdout.String() != "" {
		t.Errorf("stdout %q, stderr:\n%s", stdout.String(), stderr.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "data")); err != nil {
		t.Errorf("data_dir: %v", err)
	}
}

// waitUntil polls cond until it holds; it fails the test if the command exits first or after timeout.
func waitUntil(t *testing.T, timeout time.Duration, exit <-chan int, stderr *aggregatorLog, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		select {
		case code := <-exit:
			t.Fatalf("exited %d while waiting for %s:\n%s", code, what, stderr.String())
		case <-time.After(10 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %s after %s:\n%s", what, timeout, stderr.String())
		}
	}
}

// scrape returns the body /metrics serves at url.
func scrape(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(body)
}
