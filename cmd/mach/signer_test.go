package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net"
	"net/http"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mach-avs/mach/avs/alert"
	"github.com/mach-avs/mach/avs/operator"
	"github.com/mach-avs/mach/avs/signer"
	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/devnet/l1"
	"github.com/mach-avs/mach/internal/config"
	"github.com/mach-avs/mach/internal/ethtx"
)

func TestOperatorSigner_HelpTellsWhatItServesAndItsFlags(t *testing.T) {
	for _, argv := range [][]string{{"mach", "operator", "signer", "--help"}, {"mach-operator-signer", "-h"}, {"mach", "help", "operator", "signer"}} {
		code, stdout, stderr := runArgs(argv...)
		wantExit(t, code, exitOK, stdout, stderr)
		for _, want := range []string{
			"mach operator signer — sign alerts", "Usage:\n  mach operator signer --config PATH [--avs-deployment PATH]",
			"--config", "--avs-deployment", "alert_blockMismatch", "alert_blockOutputOracleMismatch", "alert_blockHash", "health_check",
			"/eigen/node/health", "/metrics", "signer.listen", "signer.node_api_listen", "signer.metrics_listen",
			"signer.aggregator_url", "signer.aggregator_timeout", "signer.rollup_chain_ids", "mach-operator-signer",
		} {
			if !strings.Contains(stdout, want) {
				t.Errorf("%v: help does not mention %q:\n%s", argv, want, stdout)
			}
		}
		if strings.Contains(stdout, "ot yet available") || strings.Contains(stdout, "takes no flags") {
			t.Errorf("%v: help still says the command is unavailable or takes no flags:\n%s", argv, stdout)
		}
	}
	// Every config key the help names exists.
	vars, err := config.EnvVars(new(operator.Config))
	if err != nil {
		t.Fatal(err)
	}
	_, stdout, _ := runArgs("mach", "operator", "signer", "--help")
	keys := map[string]bool{}
	for _, v := range vars {
		keys[v.Key] = true
	}
	for _, m := range regexp.MustCompile(`signer\.[a-z_]+`).FindAllString(stdout, -1) {
		if !keys[m] {
			t.Errorf("help names %s, which is not a config key", m)
		}
	}
}

func TestOperatorSigner_BadConfigExitsOneNamingTheKey(t *testing.T) {
	dir := t.TempDir()
	cfgPath := operatorFixture(t, dir, "http://127.0.0.1:1", writeDummyDeployment(t, dir), "0")
	tests := []struct {
		name string
		env  map[string]string
		args []string
		want []string
	}{
		{"zero aggregator timeout", map[string]string{"MACH_OPERATOR_SIGNER_AGGREGATOR_TIMEOUT": "0s"}, nil, []string{"signer.aggregator_timeout"}},
		{"aggregator timeout without unit", map[string]string{"MACH_OPERATOR_SIGNER_AGGREGATOR_TIMEOUT": "10"}, nil, []string{"MACH_OPERATOR_SIGNER_AGGREGATOR_TIMEOUT", "signer.aggregator_timeout"}},
		{"bad listen and aggregator URL", map[string]string{"MACH_OPERATOR_SIGNER_LISTEN": "9010", "MACH_OPERATOR_SIGNER_AGGREGATOR_URL": "ftp://agg"},
			nil, []string{"signer.listen", "signer.aggregator_url"}},
		{"same port twice", map[string]string{"MACH_OPERATOR_SIGNER_METRICS_LISTEN": "127.0.0.1:9010"}, nil, []string{"signer.metrics_listen", "same address"}},
		{"reserved rollup", map[string]string{"MACH_OPERATOR_SIGNER_ROLLUP_CHAIN_IDS": "0"}, nil, []string{"signer.rollup_chain_ids[0]"}},
		{"missing deployment", nil, []string{"--avs-deployment", filepath.Join(dir, "nope.json")}, []string{"avs_deployment"}},
		{"wrong BLS password", map[string]string{"MACH_OPERATOR_BLS_PASSWORD_FILE": writeTestFile(t, filepath.Join(dir, "wrong"), "wrong password\n")}, nil, []string{"bls_keystore"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			code, stdout, stderr := runArgs(append([]string{"mach", "operator", "signer", "--config", cfgPath}, tc.args...)...)
			wantExit(t, code, exitError, stdout, stderr)
			if stdout != "" {
				t.Errorf("stdout = %q, want empty", stdout)
			}
			for _, want := range tc.want {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr does not name %q:\n%s", want, stderr)
				}
			}
			if strings.Contains(stderr, operatorTestPassword) {
				t.Errorf("stderr shows the password:\n%s", stderr)
			}
		})
	}
}

// The command wires the signer to the configured L1, deployment and key, serves until its context ends, then
// stops and frees its ports.
func TestOperatorSigner_ServesTheConfiguredDeploymentUntilStopped(t *testing.T) {
	chain, err := l1.New(l1.Config{BlockTime: 20 * time.Millisecond, HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = chain.Stop(ctx)
	})
	ctx := context.Background()
	owner, err := ethtx.New(ctx, chain.Client(), chain.Accounts()[0].Key, ethtx.Config{PollInterval: 10 * time.Millisecond, Timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	el := chain.EigenLayer()
	d, err := deploy.Deploy(ctx, owner, deploy.Config{
		EigenLayer:     deploy.EigenLayer{DelegationManager: el.DelegationManager, AVSDirectory: el.AVSDirectory, StrategyManager: el.StrategyManager, Strategy: el.ERC20MockStrategy},
		AlertConfirmer: chain.Accounts()[1].Address, RollupChainIDs: []uint64{901},
	})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "machavs_deploy_output.json")
	if err := deploy.WriteOutput(out, d, false); err != nil {
		t.Fatal(err)
	}
	// The aggregator is down: the signer still starts, and says so in its health.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	aggregatorURL := "http://" + l.Addr().String() + "/secret-path"
	l.Close()
	cfgPath := operatorFixture(t, dir, chain.URL(), out, "0")
	for k, v := range map[string]string{
		"MACH_OPERATOR_SIGNER_LISTEN": "127.0.0.1:0", "MACH_OPERATOR_SIGNER_NODE_API_LISTEN": "127.0.0.1:0",
		"MACH_OPERATOR_SIGNER_METRICS_LISTEN": "127.0.0.1:0", "MACH_OPERATOR_SIGNER_AGGREGATOR_URL": aggregatorURL,
		"MACH_OPERATOR_SIGNER_AGGREGATOR_TIMEOUT": "500ms",
	} {
		t.Setenv(k, v)
	}
	cfg, err := readOperatorConfig(&operatorFlags{config: cfgPath})
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	key, err := cfg.BLSKeyPair()
	if err != nil {
		t.Fatal(err)
	}

	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	logs := &lockedBuffer{}
	exited := make(chan int, 1)
	go func() { exited <- serveSigner(runCtx, []string{"operator", "signer"}, cfg, key, logs) }()
	addrs := map[string]string{}
	started := regexp.MustCompile(`msg="signer started".* rpc=(\S+) nodeAPI=(\S+) metrics=(\S+)`)
	deadline := time.Now().Add(30 * time.Second)
	for len(addrs) == 0 {
		select {
		case code := <-exited:
			t.Fatalf("the signer exited with %d:\n%s", code, logs.String())
		default:
		}
		if m := started.FindStringSubmatch(logs.String()); m != nil {
			addrs["rpc"], addrs["nodeAPI"], addrs["metrics"] = m[1], m[2], m[3]
		}
		if time.Now().After(deadline) {
			t.Fatalf("the signer did not start:\n%s", logs.String())
		}
		time.Sleep(10 * time.Millisecond)
	}

	resp, err := http.Get("http://" + addrs["nodeAPI"] + "/eigen/node")
	if err != nil {
		t.Fatal(err)
	}
	var info signer.NodeInfo
	err = json.NewDecoder(resp.Body).Decode(&info)
	resp.Body.Close()
	bi, _ := debug.ReadBuildInfo()
	if err != nil || info.NodeName != "mach-operator-signer" || info.NodeVersion != versionString(version, bi) {
		t.Errorf("GET /eigen/node = %+v, %v", info, err)
	}
	health := func() int {
		resp, err := http.Get("http://" + addrs["nodeAPI"] + "/eigen/node/health")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	for deadline := time.Now().Add(30 * time.Second); health() != http.StatusPartialContent; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("health with the aggregator down = %d, want 206", health())
		}
	}

	client, err := rpc.DialContext(ctx, "http://"+addrs["rpc"])
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	a := alert.BlockMismatch{InvalidOutputRoot: common.Hash{1}, ExpectOutputRoot: common.Hash{2}, L2BlockNumber: 1}
	var res json.RawMessage
	for rollupID, wantCode := range map[int64]int{902: signer.CodeWrongChainID, 901: signer.CodeAggregatorUnreachable} {
		method, params, err := signer.Request(big.NewInt(rollupID), a)
		if err != nil {
			t.Fatal(err)
		}
		err = client.CallContext(ctx, &res, method, params)
		var rerr rpc.Error
		if !errors.As(err, &rerr) || rerr.ErrorCode() != wantCode {
			t.Errorf("rollup %d: %v, want code %d", rollupID, err, wantCode)
		}
	}

	cancel()
	select {
	case code := <-exited:
		if code != exitOK {
			t.Fatalf("exit %d after cancel:\n%s", code, logs.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the signer did not stop")
	}
	for name, addr := range addrs {
		if conn, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
			conn.Close()
			t.Errorf("%s %s still accepts connections", name, addr)
		}
	}
	if strings.Contains(logs.String(), "secret-path") {
		t.Errorf("the logs show the aggregator URL's path:\n%s", logs.String())
	}
}

// lockedBuffer is a bytes.Buffer safe for a writer and a reader in different goroutines.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
