package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mach-avs/mach/avs/aggregator"
	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/devnet/l1"
	"github.com/mach-avs/mach/internal/ethtx"
)

// aggregatorKeyHex is anvil account 1's key; no test L1 makes it the alert confirmer unless the test says so.
const aggregatorKeyHex = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"

// aggregatorConfig writes an aggregator.yaml in dir for the L1 at l1URL and the deployment file, with free
// loopback ports and the key expected in MACH_ECDSA_PRIVATE_KEY, and returns its path.
func aggregatorConfig(t *testing.T, dir, l1URL, deployment string) string {
	t.Helper()
	return writeTestFile(t, filepath.Join(dir, "aggregator.yaml"), `
l1_rpc_url: `+l1URL+`
avs_deployment: `+deployment+`
listen: 127.0.0.1:0
metrics_listen: 127.0.0.1:0
data_dir: `+filepath.Join(dir, "data")+`
retry_interval: 100ms
`)
}

func TestAggregator_HelpDescribesTheCommandAndEveryFlag(t *testing.T) {
	code, stdout, stderr := runArgs("mach", "aggregator", "--help")
	wantExit(t, code, exitOK, stdout, stderr)
	for _, want := range []string{
		"mach aggregator — aggregate BLS signatures and confirm alerts on L1",
		"Usage:\n  mach aggregator --config PATH",
		"until SIGINT or SIGTERM", "alert confirmer", aggregator.PrivateKeyEnv, "MACH_AGGREGATOR_", "/metrics",
		"mach config env --role aggregator",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("help does not contain %q:\n%s", want, stdout)
		}
	}
	aggregatorFlagSet(&aggregatorFlags{}).VisitAll(func(f *flag.Flag) {
		if !strings.Contains(stdout, "--"+f.Name) {
			t.Errorf("help does not mention --%s", f.Name)
		}
	})
	if strings.Contains(stdout, "It takes no flags") {
		t.Errorf("help of a command with flags says it takes none:\n%s", stdout)
	}
}

func TestAggregator_UsageErrorsExitTwoWithoutEchoingValues(t *testing.T) {
	keyNoPrefix := strings.TrimPrefix(aggregatorKeyHex, "0x")
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"URL not echoed", []string{"--l1", "mainnet.example.com:1/" + keyNoPrefix}, "--l1 is not an absolute http, https, ws or wss URL (value not shown"},
		{"empty key flag", []string{"--ecdsa-private-key", ""}, "--ecdsa-private-key is empty; better, put the key in " + aggregator.PrivateKeyEnv},
		{"empty deployment flag", []string{"--avs-deployment="}, "--avs-deployment needs a path"},
		{"key pasted as a flag", []string{"--" + keyNoPrefix}, "unknown flag (name not echoed)"},
		{"key as an argument", []string{"--config", "x.yaml", keyNoPrefix}, "unexpected argument (not echoed)"},
		{"unknown flag", []string{"--frobnicate"}, "unknown flag --frobnicate"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runArgs(append([]string{"mach", "aggregator"}, tt.args...)...)
			wantExit(t, code, exitUsage, stdout, stderr)
			if !strings.Contains(stderr, tt.want) || !strings.Contains(stderr, "Run 'mach aggregator --help' for usage.") {
				t.Errorf("stderr = %q, want it to contain %q", stderr, tt.want)
			}
			if strings.Contains(strings.ToLower(stdout+stderr), keyNoPrefix) {
				t.Errorf("output echoes the key:\n%s", stderr)
			}
		})
	}
}

func TestAggregator_ConfigProblemsExitOneNamingEveryKey(t *testing.T) {
	unsetenv(t, aggregator.PrivateKeyEnv)
	dir := t.TempDir()
	deployment := writeDummyDeployment(t, dir)
	bad := writeTestFile(t, filepath.Join(dir, "bad.yaml"), "l1_rpc_url: http://127.0.0.1:1\nlisten: nope\nbump_percent: 2\n")
	typo := writeTestFile(t, filepath.Join(dir, "typo.yaml"), "listen_addr: 127.0.0.1:1\n")
	for _, tt := range []struct {
		name string
		args []string
		want []string
	}{
		{"no config", nil, []string{"config: l1_rpc_url is empty", "config: avs_deployment is empty", "config: ecdsa_keystore is empty and MACH_ECDSA_PRIVATE_KEY is not set",
			"(no --config given: the configuration came from MACH_AGGREGATOR_* variables only)"}},
		{"missing file", []string{"--config", filepath.Join(dir, "nope.yaml")}, []string{"check the --config path"}},
		{"unknown key", []string{"--config", typo}, []string{"line 1: unknown key listen_addr"}},
		{"invalid values", []string{"--config", bad}, []string{`config: listen "nope" is not host:port`, "config: bump_percent is 2", "config: avs_deployment is empty",
			"mach config validate --config " + bad + " --role aggregator"}},
		{"flags override the file", []string{"--config", bad, "--avs-deployment", filepath.Join(dir, "missing.json"), "--l1", "http://127.0.0.1:2"},
			[]string{"config: avs_deployment names " + filepath.Join(dir, "missing.json") + ", which does not exist"}},
		{"keystore and key flag", []string{"--config", writeTestFile(t, filepath.Join(dir, "ks.yaml"), "l1_rpc_url: http://127.0.0.1:1\navs_deployment: "+deployment+
			"\necdsa_keystore: "+filepath.Join(dir, "k.json")+"\necdsa_password_env: X\n"), "--ecdsa-private-key", aggregatorKeyHex},
			[]string{"warning: --ecdsa-private-key puts the key in shell history", "config: ecdsa_keystore is set and --ecdsa-private-key is given"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runArgs(append([]string{"mach", "aggregator"}, tt.args...)...)
			wantExit(t, code, exitError, stdout, stderr)
			for _, w := range tt.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr does not contain %q:\n%s", w, stderr)
				}
			}
			if strings.Contains(stderr, strings.TrimPrefix(aggregatorKeyHex, "0x")) {
				t.Errorf("stderr echoes the key:\n%s", stderr)
			}
		})
	}
}

func TestAggregator_RuntimeFailuresSayWhatToDo(t *testing.T) {
	dir := t.TempDir()
	deployment := writeDummyDeployment(t, dir)
	badKey := "0x" + strings.Repeat("zz", 32)
	for _, tt := range []struct {
		name    string
		env     string
		args    []string
		want    []string
		notWant string
	}{
		{"bad key on the command line", "", []string{"--ecdsa-private-key", badKey},
			[]string{"warning: --ecdsa-private-key", "--ecdsa-private-key does not hold a valid ECDSA private key"}, "zzzz"},
		{"bad key in the environment", badKey, nil, []string{"environment variable MACH_ECDSA_PRIVATE_KEY does not hold a valid ECDSA private key"}, "zzzz"},
		{"unreachable L1 hides the URL's path", aggregatorKeyHex, []string{"--l1", "http://127.0.0.1:1/v3/APIKEY123"},
			[]string{"read the L1's chain ID", "http://127.0.0.1:1/…", "is the node running"}, "APIKEY123"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.env == "" {
				unsetenv(t, aggregator.PrivateKeyEnv)
			} else {
				t.Setenv(aggregator.PrivateKeyEnv, tt.env)
			}
			cfg := aggregatorConfig(t, t.TempDir(), "http://127.0.0.1:1", deployment)
			code, stdout, stderr := runArgs(append([]string{"mach", "aggregator", "--config", cfg}, tt.args...)...)
			wantExit(t, code, exitError, stdout, stderr)
			for _, w := range tt.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr does not contain %q:\n%s", w, stderr)
				}
			}
			if strings.Contains(stderr, tt.notWant) {
				t.Errorf("stderr contains %q:\n%s", tt.notWant, stderr)
			}
		})
	}
}

func TestAggregator_ConfigValidateAndEnvKnowTheRole(t *testing.T) {
	t.Setenv(aggregator.PrivateKeyEnv, aggregatorKeyHex)
	dir := t.TempDir()
	valid := aggregatorConfig(t, dir, "http://127.0.0.1:1", writeDummyDeployment(t, dir))
	code, stdout, stderr := runArgs("mach", "config", "validate", "--config", valid, "--role", "aggregator")
	wantExit(t, code, exitOK, stdout, stderr)
	if !strings.Contains(stdout, "valid aggregator configuration") {
		t.Errorf("stdout = %q", stdout)
	}
	code, stdout, stderr = runArgs("mach", "config", "validate", "--config", writeTestFile(t, filepath.Join(dir, "bad.yaml"), "quorum_numbers: []\n"), "--role", "aggregator")
	wantExit(t, code, exitError, stdout, stderr)
	if !strings.Contains(stderr, "config: quorum_numbers is empty") || !strings.Contains(stderr, "config: l1_rpc_url is empty") {
		t.Errorf("stderr = %q", stderr)
	}
	code, stdout, stderr = runArgs("mach", "config", "env", "--role", "aggregator")
	wantExit(t, code, exitOK, stdout, stderr)
	for _, want := range []string{"config-files/aggregator.yaml", "MACH_AGGREGATOR_L1_RPC_URL", "bump_after", "MACH_AGGREGATOR_DATA_DIR"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("config env does not list %q:\n%s", want, stdout)
		}
	}
	// The example file validates once its paths exist.
	code, _, stderr = runArgs("mach", "config", "validate", "--config", filepath.Join("..", "..", "config-files", "aggregator.yaml"), "--role", "aggregator")
	if code != exitError || !strings.Contains(stderr, "config: avs_deployment names ./machavs_deploy_output.json, which does not exist") || strings.Count(stderr, "config: ") != 1 {
		t.Errorf("example file: exit %d, stderr %q; want only the missing deployment", code, stderr)
	}
}

// aggregatorLog is stderr shared between the command's goroutines and the test.
type aggregatorLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *aggregatorLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *aggregatorLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// mach aggregator against an in-process L1 with Mach deployed: it refuses a key that is not the alert confirmer,
// and with the right one serves JSON-RPC and /metrics on the ports it logs, until its context ends.
func TestAggregator_RunsUntilCancelledOnInProcessL1(t *testing.T) {
	chain, err := l1.New(l1.Config{BlockTime: 20 * time.Millisecond, HTTPAddr: "127.0.0.1:0", Accounts: 3})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = chain.Stop(context.Background()) })
	ctx := context.Background()
	owner, err := ethtx.New(ctx, chain.Client(), chain.Accounts()[0].Key, ethtx.Config{PollInterval: 10 * time.Millisecond, Timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	el := chain.EigenLayer()
	confirmer := chain.Accounts()[1]
	out, err := deploy.Deploy(ctx, owner, deploy.Config{
		EigenLayer: deploy.EigenLayer{
			DelegationManager: el.DelegationManager, AVSDirectory: el.AVSDirectory, StrategyManager: el.StrategyManager, Strategy: el.ERC20MockStrategy,
		},
		AlertConfirmer: confirmer.Address,
		RollupChainIDs: []uint64{901},
	})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	deployment := filepath.Join(dir, "machavs_deploy_output.json")
	if err := deploy.WriteOutput(deployment, out, false); err != nil {
		t.Fatal(err)
	}
	cfg := aggregatorConfig(t, dir, "http://127.0.0.1:1", deployment) // --l1 overrides the URL

	t.Run("a key that is not the alert confirmer is refused", func(t *testing.T) {
		other := chain.Accounts()[2]
		t.Setenv(aggregator.PrivateKeyEnv, hexutil.Encode(crypto.FromECDSA(other.Key)))
		code, stdout, stderr := runArgs("mach", "aggregator", "--config", cfg, "--l1", chain.URL())
		wantExit(t, code, exitError, stdout, stderr)
		for _, want := range []string{"not the service manager's alert confirmer", other.Address.Hex(), confirmer.Address.Hex()} {
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr does not contain %q:\n%s", want, stderr)
			}
		}
	})

	t.Setenv(aggregator.PrivateKeyEnv, hexutil.Encode(crypto.FromECDSA(confirmer.Key)))
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	var stdout, stderr aggregatorLog
	exit := make(chan int, 1)
	go func() {
		exit <- serveAggregator(runCtx, []string{"aggregator"}, []string{"--config", cfg, "--l1", chain.URL()}, &stdout, &stderr)
	}()
	started := regexp.MustCompile(`msg="aggregator started" rpc=(http://\S+) metrics=(http://\S+)`)
	var m []string
	deadline := time.Now().Add(30 * time.Second)
	for m = started.FindStringSubmatch(stderr.String()); m == nil; m = started.FindStringSubmatch(stderr.String()) {
		select {
		case code := <-exit:
			t.Fatalf("mach aggregator exited %d:\n%s", code, stderr.String())
		case <-time.After(10 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("no start line in:\n%s", stderr.String())
		}
	}
	client, err := rpc.DialContext(ctx, m[1])
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	var task aggregator.TaskResult
	err = client.CallContext(ctx, &task, "aggregator_task", aggregator.TaskArgs{RollupChainID: (*hexutil.Big)(hexutil.MustDecodeBig("0x385"))})
	var rerr rpc.Error
	if !errors.As(err, &rerr) || rerr.ErrorCode() != aggregator.CodeUnknownTask {
		t.Errorf("aggregator_task of an unknown alert = %v, want code %d", err, aggregator.CodeUnknownTask)
	}
	resp, err := http.Get(m[2])
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), aggregator.MetricOpenTasks+" 0") {
		t.Errorf("/metrics:\n%s", body)
	}

	cancel()
	select {
	case code := <-exit:
		if code != exitOK {
			t.Errorf("exit %d after cancel:\n%s", code, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("mach aggregator did not stop")
	}
	if !strings.Contains(stderr.String(), "aggregator stopped") || stdout.String() != "" {
		t.Errorf("stdout %q, stderr:\n%s", stdout.String(), stderr.String())
	}
	if strings.Contains(strings.ToLower(stderr.String()), strings.TrimPrefix(strings.ToLower(hexutil.Encode(crypto.FromECDSA(confirmer.Key))), "0x")) {
		t.Error("logs contain the key")
	}
}
