package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/devnet/l1"
	"github.com/mach-avs/mach/devnet/l2"
	"github.com/mach-avs/mach/internal/config"
	"github.com/mach-avs/mach/internal/ethtx"
	"github.com/mach-avs/mach/proxy"
	"github.com/mach-avs/mach/verifier"
)

// proxyConfigFile writes a proxy.yaml in dir serving one rollup "devnet" (chain 901) from upstream, listening on
// a free loopback port, followed by extra (an alert_state section, say).
func proxyConfigFile(t *testing.T, dir, upstream, extra string) string {
	t.Helper()
	return writeTestFile(t, filepath.Join(dir, "proxy.yaml"), fmt.Sprintf(`
listen: 127.0.0.1:0
health:
  interval: 100ms
rollups:
  - name: devnet
    chain_id: 901
    upstreams:
      - name: l2
        url: %s
%s`, upstream, extra))
}

// The file's keys are the proxy's keys: a key proxy.Config gains must be added to proxyFileConfig (and to
// config-files/proxy.yaml), with the same type and tags.
func TestProxyFileConfig_HasEveryProxyKey(t *testing.T) {
	pt, ft := reflect.TypeFor[proxy.Config](), reflect.TypeFor[proxyFileConfig]()
	for i := range pt.NumField() {
		pf := pt.Field(i)
		ff, ok := ft.FieldByName(pf.Name)
		if !ok || ff.Type != pf.Type || ff.Tag != pf.Tag {
			t.Errorf("proxy.Config.%s (%s `%s`) is not in proxyFileConfig as is", pf.Name, pf.Type, pf.Tag)
		}
	}
	var c proxyFileConfig
	c.Defaults()
	if got, want := c.Proxy(), proxy.DefaultConfig(); !reflect.DeepEqual(got, want) {
		t.Errorf("defaults: proxy share\n got %+v\nwant %+v", got, want)
	}
	// Every field set survives the round trip.
	want := proxy.DefaultConfig()
	want.MetricsListen, want.Retries = "127.0.0.1:9092", 7
	want.Rollups = []proxy.RollupConfig{{Name: "x", ChainID: 1}}
	var r proxyFileConfig
	r.fromProxy(want)
	if got := r.Proxy(); !reflect.DeepEqual(got, want) {
		t.Errorf("round trip\n got %+v\nwant %+v", got, want)
	}
}

// Every key has one variable: MACH_PROXY_ and its YAML path, alert_state's included; rollups has none.
func TestProxyFileConfig_EveryKeyHasOneWellFormedEnvVar(t *testing.T) {
	err := config.CheckEnv(&proxyFileConfig{}, proxy.EnvPrefix)
	if err == nil || strings.Count(err.Error(), "\n") != 0 || !strings.Contains(err.Error(), "rollups is a list of sections") {
		t.Errorf("CheckEnv: %v; want only the rollups list reported", err)
	}
	vars, err := proxyEnvVars(&proxyFileConfig{})
	if err != nil {
		t.Fatal(err)
	}
	byKey := map[string]string{}
	for _, v := range vars {
		byKey[v.Key] = v.Env
	}
	for key, env := range map[string]string{
		"listen": "MACH_PROXY_LISTEN", "timeouts.read": "MACH_PROXY_TIMEOUTS_READ", "breaker.stale_after": "MACH_PROXY_BREAKER_STALE_AFTER",
		"alert_state.l1_rpc_url": "MACH_PROXY_ALERT_STATE_L1_RPC_URL", "alert_state.poll_interval": "MACH_PROXY_ALERT_STATE_POLL_INTERVAL",
		"log_level": "MACH_PROXY_LOG_LEVEL",
	} {
		if byKey[key] != env {
			t.Errorf("key %s: env %q, want %s", key, byKey[key], env)
		}
	}
}

// config-files/proxy.yaml is valid once its deployment exists, and shows every key with a comment above it.
func TestProxyFileConfig_ShippedFileDocumentsEveryKey(t *testing.T) {
	path := filepath.Join("..", "..", "config-files", "proxy.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		t.Fatal(err)
	}
	present := map[string]bool{}
	var visit func(n *yaml.Node, prefix string)
	visit = func(n *yaml.Node, prefix string) {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			present[prefix+k.Value] = true
			if prefix != "rollups." && k.HeadComment == "" {
				t.Errorf("key %s%s has no comment above it", prefix, k.Value)
			}
			if v.Kind == yaml.MappingNode && prefix == "" {
				visit(v, prefix+k.Value+".")
			}
		}
	}
	visit(root.Content[0], "")
	vars, err := proxyEnvVars(&proxyFileConfig{})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range append(vars, config.Var{Key: "rollups"}) {
		if !present[v.Key] {
			t.Errorf("config-files/proxy.yaml does not show key %s", v.Key)
		}
	}
	// Its scalar values are the defaults, but for the ones that say otherwise.
	var shipped, defaults proxyFileConfig
	if err := config.Read(path, &shipped); err != nil {
		t.Fatal(err)
	}
	defaults.Defaults()
	shipped.Rollups, shipped.AlertState.L1RPCURL, shipped.AlertState.AVSDeployment = nil, "", ""
	got, _ := yaml.Marshal(shipped) // an empty list and none are the same in the file
	want, _ := yaml.Marshal(defaults)
	if !bytes.Equal(got, want) {
		t.Errorf("shipped values differ from the defaults:\n got %s\nwant %s", got, want)
	}
}

func TestProxy_HelpAndUsageErrors(t *testing.T) {
	code, stdout, stderr := runArgs("mach", "proxy", "--help")
	wantExit(t, code, exitOK, stdout, stderr)
	for _, want := range []string{"mach proxy — JSON-RPC proxy", "--config PATH", "--l1 URL", "alert_state.l1_rpc_url", "breaker never trips", "MACH_PROXY_"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("help does not contain %q:\n%s", want, stdout)
		}
	}
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"--listen", "x"}, "mach proxy: unknown flag --listen"},
		{"argument", []string{"serve"}, "unexpected argument (not echoed)"},
		{"bad --l1, not echoed", []string{"--l1", "127.0.0.1:8545/SECRET"}, "--l1 is not an absolute http, https, ws or wss URL"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runArgs(append([]string{"mach", "proxy"}, tt.args...)...)
			wantExit(t, code, exitUsage, stdout, stderr)
			if !strings.Contains(stderr, tt.want) || strings.Contains(stderr, "SECRET") {
				t.Errorf("stderr = %q, want %q", stderr, tt.want)
			}
		})
	}
}

// Config problems are reported before anything starts, each by its key, every one at once.
func TestProxy_ConfigErrorsNameTheirKeys(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		name string
		file string
		want []string
	}{
		{"no rollups, bad listen, bad alert state", `
listen: nope
alert_state:
  l1_rpc_url: 127.0.0.1:8545/KEY
  confirmations: 65
  poll_interval: 0s
  zk_service_manager: "0x12"
log_format: xml
`, []string{"config: listen \"nope\" is not host:port", "config: rollups is empty", "config: alert_state.l1_rpc_url is not an absolute",
			"config: alert_state.avs_deployment is empty", "config: alert_state.confirmations is 65", "config: alert_state.poll_interval is 0s",
			"config: alert_state.zk_service_manager is not an address", "config: log_format is \"xml\"", "mach config validate --config"}},
		{"deployment without L1", "rollups: [{name: a, chain_id: 1, upstreams: [{url: 'http://127.0.0.1:1'}]}]\nalert_state:\n  avs_deployment: x.json\n",
			[]string{"config: alert_state.l1_rpc_url is empty while alert_state.avs_deployment"}},
		{"missing deployment", "rollups: [{name: a, chain_id: 1, upstreams: [{url: 'http://127.0.0.1:1'}]}]\nalert_state:\n  l1_rpc_url: http://127.0.0.1:1\n  avs_deployment: nowhere.json\n",
			[]string{"config: alert_state.avs_deployment names nowhere.json, which does not exist"}},
		{"unknown key under alert_state", "alert_state:\n  l1_url: http://x\n", []string{"unknown key alert_state.l1_url", "l1_rpc_url"}},
		{"inline proxy key typo", "listn: x\n", []string{"unknown key listn", "metrics_listen"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := writeTestFile(t, filepath.Join(dir, "p.yaml"), tt.file)
			code, stdout, stderr := runArgs("mach", "proxy", "--config", path)
			wantExit(t, code, exitError, stdout, stderr)
			for _, want := range tt.want {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr does not contain %q:\n%s", want, stderr)
				}
			}
			if strings.Contains(stderr, "KEY") {
				t.Errorf("stderr echoes the URL:\n%s", stderr)
			}
		})
	}
	t.Run("unreachable L1, URL not echoed", func(t *testing.T) {
		path := writeTestFile(t, filepath.Join(dir, "p.yaml"), "rollups: [{name: a, chain_id: 1, upstreams: [{url: 'http://127.0.0.1:1'}]}]\n")
		t.Setenv("MACH_PROXY_ALERT_STATE_AVS_DEPLOYMENT", writeDummyDeployment(t, dir))
		code, stdout, stderr := runArgs("mach", "proxy", "--config", path, "--l1", "http://127.0.0.1:1/SECRET")
		wantExit(t, code, exitError, stdout, stderr)
		if !strings.Contains(stderr, "alertstate: ") || !strings.Contains(stderr, "http://127.0.0.1:1/…") || strings.Contains(stderr, "SECRET") {
			t.Errorf("stderr = %q", stderr)
		}
	})
	t.Run("no --config", func(t *testing.T) {
		code, stdout, stderr := runArgs("mach", "proxy")
		wantExit(t, code, exitError, stdout, stderr)
		if !strings.Contains(stderr, "config: rollups is empty") || !strings.Contains(stderr, "no --config given") {
			t.Errorf("stderr = %q", stderr)
		}
	})
}

func TestProxy_ConfigValidateAndEnv(t *testing.T) {
	shipped := filepath.Join("..", "..", "config-files", "proxy.yaml")
	// As shipped, the only problem is the deployment mach deploy has not written yet.
	code, stdout, stderr := runArgs("mach", "config", "validate", "--config", shipped, "--role", "proxy")
	if code != exitError || !strings.Contains(stderr, "config: alert_state.avs_deployment names ./machavs_deploy_output.json, which does not exist") || strings.Count(stderr, "config: ") != 1 {
		t.Errorf("shipped file: exit %d, stderr %q; want only the missing deployment", code, stderr)
	}
	t.Setenv("MACH_PROXY_ALERT_STATE_AVS_DEPLOYMENT", writeDummyDeployment(t, t.TempDir()))
	code, stdout, stderr = runArgs("mach", "config", "validate", "--config", shipped, "--role", "proxy")
	wantExit(t, code, exitOK, stdout, stderr)
	if !strings.Contains(stdout, "valid proxy configuration") {
		t.Errorf("stdout = %q", stdout)
	}
	code, stdout, stderr = runArgs("mach", "config", "env", "--role", "proxy")
	wantExit(t, code, exitOK, stdout, stderr)
	for _, want := range []string{"config-files/proxy.yaml", "rollups (a list of sections) is read from the file only", "MACH_PROXY_TIMEOUTS_READ",
		"alert_state.l1_rpc_url", "MACH_PROXY_ALERT_STATE_L1_RPC_URL", "MACH_PROXY_LOG_LEVEL"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("config env does not list %q:\n%s", want, stdout)
		}
	}
}

// rpcCall posts one JSON-RPC call to url and returns its result.
func rpcCall(url, method string) (json.RawMessage, error) {
	body := fmt.Sprintf(`{"jsonrpc":"2.0","id":1,"method":%q,"params":[]}`, method)
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	var r struct {
		Result json.RawMessage `json:"result"`
		Error  json.RawMessage `json:"error"`
	}
	if err := json.Unmarshal(data, &r); err != nil || r.Error != nil {
		return nil, fmt.Errorf("%s: %s (%v)", resp.Status, data, err)
	}
	return r.Result, nil
}

// runProxyUntil starts serveProxy with args; it returns the address the proxy logged and a stop function that
// cancels it and returns its exit code.
func runProxyUntil(t *testing.T, args []string, stderr *aggregatorLog) (addr string, stop func() int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stdout bytes.Buffer
	exit := make(chan int, 1)
	go func() { exit <- serveProxy(ctx, []string{"proxy"}, args, &stdout, stderr) }()
	serving := regexp.MustCompile(`msg="proxy serving" listen=(127\.0\.0\.1:\d+)`)
	var m []string
	waitUntil(t, 60*time.Second, exit, stderr, "the serving line", func() bool {
		m = serving.FindStringSubmatch(stderr.String())
		return m != nil
	})
	var stopped bool
	var code int
	stop = func() int {
		if !stopped {
			cancel()
			select {
			case code = <-exit:
			case <-time.After(30 * time.Second):
				t.Fatalf("the proxy did not stop:\n%s", stderr.String())
			}
			stopped = true
		}
		return code
	}
	t.Cleanup(func() { stop() })
	return m[1], stop
}

// mach proxy without alert_state in front of an in-process L2: it warns that nothing trips the breaker (and that
// rewrite_tags needs a verifier feed it lacks), answers
// eth_blockNumber through /rpc/devnet with the L2's head, and stops when its context ends.
func TestProxy_ServesAnInProcessL2WithoutAlertSource(t *testing.T) {
	chain, err := l2.New(l2.Config{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	ctx := context.Background()
	const blocks = 3
	for range blocks {
		if _, err := chain.BuildBlock(ctx); err != nil {
			t.Fatal(err)
		}
	}
	cfg := proxyConfigFile(t, t.TempDir(), chain.URL(), "    rewrite_tags: true\n")
	var stderr aggregatorLog
	addr, stop := runProxyUntil(t, []string{"--config", cfg}, &stderr)
	if !strings.Contains(stderr.String(), "level=WARN msg=\"NO ALERT SOURCE") {
		t.Errorf("no warning about the missing alert source:\n%s", stderr.String())
	}
	if !strings.Contains(stderr.String(), "level=WARN msg=\"rewrite_tags has no effect") || !strings.Contains(stderr.String(), "rollup=devnet") {
		t.Errorf("no warning that rewrite_tags needs a verifier feed:\n%s", stderr.String())
	}
	var head string
	waitUntil(t, 30*time.Second, nil, &stderr, fmt.Sprintf("eth_blockNumber %#x through the proxy", blocks), func() bool {
		res, err := rpcCall("http://"+addr+"/rpc/devnet", "eth_blockNumber")
		if err == nil {
			head = string(res)
		}
		return head == fmt.Sprintf(`"%#x"`, blocks)
	})
	if code := stop(); code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "msg=\"proxy stopped\"") {
		t.Errorf("no stop line:\n%s", stderr.String())
	}
	if strings.Contains(stderr.String(), chain.URL()) {
		t.Errorf("the log shows the upstream URL:\n%s", stderr.String())
	}
}

// mach proxy with alert_state against an in-process L1 with Mach deployed: the watcher starts, /status reports
// the rollup with no alert from a live source, and /metrics carries the watcher's metrics next to the proxy's.
func TestProxy_ReadsTheAlertStateFromL1(t *testing.T) {
	l1chain, err := l1.New(l1.Config{BlockTime: 200 * time.Millisecond, HTTPAddr: "127.0.0.1:0", Accounts: 2, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = l1chain.Stop(context.Background()) })
	chain, err := l2.New(l2.Config{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	ctx := context.Background()
	owner, err := ethtx.New(ctx, l1chain.Client(), l1chain.Accounts()[0].Key, ethtx.Config{PollInterval: 10 * time.Millisecond, Timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	el := l1chain.EigenLayer()
	out, err := deploy.Deploy(ctx, owner, deploy.Config{
		EigenLayer: deploy.EigenLayer{
			DelegationManager: el.DelegationManager, AVSDirectory: el.AVSDirectory, StrategyManager: el.StrategyManager, Strategy: el.ERC20MockStrategy,
		},
		AlertConfirmer: l1chain.Accounts()[1].Address,
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
	cfg := proxyConfigFile(t, dir, chain.URL(), fmt.Sprintf(`
alert_state:
  l1_rpc_url: http://127.0.0.1:1
  avs_deployment: %s
  confirmations: 0
  poll_interval: 50ms
`, deployment))

	t.Run("an L1 on another chain is refused", func(t *testing.T) {
		other, err := l2.New(l2.Config{Logger: slog.New(slog.DiscardHandler)}) // chain 901, not the L1's 31337
		if err != nil {
			t.Fatal(err)
		}
		defer other.Close()
		code, stdout, stderr := runArgs("mach", "proxy", "--config", cfg, "--l1", other.URL())
		wantExit(t, code, exitError, stdout, stderr)
		if !strings.Contains(stderr, "alert_state.l1_rpc_url is chain 901, but") || !strings.Contains(stderr, "was deployed on chain 31337") {
			t.Errorf("stderr = %q", stderr)
		}
	})

	var stderr aggregatorLog
	addr, stop := runProxyUntil(t, []string{"--config", cfg, "--l1", l1chain.URL()}, &stderr)
	if strings.Contains(stderr.String(), "NO ALERT SOURCE") || !strings.Contains(stderr.String(), "msg=\"alert watcher started\"") {
		t.Errorf("the watcher did not start:\n%s", stderr.String())
	}
	resp, err := http.Get("http://" + addr + "/status")
	if err != nil {
		t.Fatal(err)
	}
	var status proxy.Status
	err = json.NewDecoder(resp.Body).Decode(&status)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	if len(status.Rollups) != 1 || status.Rollups[0].Name != "devnet" || status.Rollups[0].ChainID != 901 {
		t.Fatalf("status = %+v", status)
	}
	var breaker struct {
		Level       string `json:"level"`
		Action      string `json:"action"`
		AlertSource bool   `json:"alertSource"`
	}
	if err := json.Unmarshal(status.Rollups[0].Breaker, &breaker); err != nil {
		t.Fatal(err)
	}
	if breaker != (struct {
		Level       string `json:"level"`
		Action      string `json:"action"`
		AlertSource bool   `json:"alertSource"`
	}{"none", "pass", true}) {
		t.Errorf("breaker = %s; want level none, action pass, from a live alert source", status.Rollups[0].Breaker)
	}
	resp, err = http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{"mach_alertstate_l1_block", "mach_proxy_"} {
		if !strings.Contains(string(metrics), want) {
			t.Errorf("/metrics has no %s", want)
		}
	}
	if code := stop(); code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr.String())
	}
}

// mach proxy with a rollup's verifier_url pointing at a running verifier (its metrics_listen, its /status guarded
// by a token the proxy reads from the variable verifier_token_env names): the verifier's head feeds mach_finality
// (verified at or below it, unsafe above), rewrite_tags does not warn, and neither the URL (here with a key in its
// query) nor the token is ever logged. A verifier_url answering for another chain stops the proxy at start; a
// proxy without the token starts, logs the refusal and has no verified head.
func TestProxy_VerifierURLFeedsMachFinality(t *testing.T) {
	ctx := context.Background()
	chain, err := l2.New(l2.Config{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	for range 3 {
		if _, err := chain.BuildBlock(ctx); err != nil {
			t.Fatal(err)
		}
	}
	svc, err := verifier.NewService(ctx, verifier.ServiceConfig{
		Verifier: verifier.Config{RollupChainID: l2.DefaultChainID, ChainConfig: chain.ChainConfig(), AnchorHash: chain.Genesis().Hash(),
			PollInterval: 10 * time.Millisecond, RetryInterval: 50 * time.Millisecond},
		L2RPCURL: chain.URL(), MetricsListen: "127.0.0.1:0", StatusToken: "tok-s3cr3t-0123456789", Logger: slog.New(slog.DiscardHandler),
	}, verifier.Deps{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Stop(context.Background()) })
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, 60*time.Second, nil, &aggregatorLog{}, "the verifier to verify block 3", func() bool { return svc.Status().VerifiedNumber == 3 })
	t.Setenv("MACH_TEST_VERIFIER_TOKEN", "tok-s3cr3t-0123456789")
	t.Setenv("MACH_TEST_EMPTY_TOKEN", "")

	t.Run("a verifier of another chain is refused", func(t *testing.T) {
		other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			_, _ = io.WriteString(w, `{"rollupChainId":10,"verifiedHead":{"number":1,"hash":"0x`+strings.Repeat("01", 32)+`"},"upstreamHead":1,"halted":null}`)
		}))
		defer other.Close()
		cfg := proxyConfigFile(t, t.TempDir(), chain.URL(), "    verifier_url: "+other.URL+"/?key=s3cr3t\n")
		code, stdout, stderr := runArgs("mach", "proxy", "--config", cfg)
		wantExit(t, code, exitError, stdout, stderr)
		if !strings.Contains(stderr, "rollups[0].verifier_url") || !strings.Contains(stderr, "answers for chain 10, the rollup is chain 901") ||
			strings.Contains(stderr, "s3cr3t") {
			t.Errorf("stderr = %q", stderr)
		}
	})

	t.Run("an empty token variable stops the proxy at start", func(t *testing.T) {
		cfg := proxyConfigFile(t, t.TempDir(), chain.URL(), "    verifier_url: http://"+svc.MetricsAddr()+"\n    verifier_token_env: MACH_TEST_EMPTY_TOKEN\n")
		code, stdout, stderr := runArgs("mach", "proxy", "--config", cfg)
		wantExit(t, code, exitError, stdout, stderr)
		if !strings.Contains(stderr, "config: rollups[0].verifier_token_env names MACH_TEST_EMPTY_TOKEN, which is empty or not set") {
			t.Errorf("stderr = %q", stderr)
		}
	})

	t.Run("without the token the verifier is unavailable", func(t *testing.T) {
		cfg := proxyConfigFile(t, t.TempDir(), chain.URL(), "    verifier_url: http://"+svc.MetricsAddr()+"\n")
		var stderr aggregatorLog
		addr, stop := runProxyUntil(t, []string{"--config", cfg}, &stderr)
		if want := `level=ERROR msg="verifier status unavailable: the verifier refused the request (401)`; !strings.Contains(stderr.String(), want) ||
			!strings.Contains(stderr.String(), "the verifier requires a token: set the rollup's verifier_token_env") {
			t.Errorf("the log lacks the refusal:\n%s", stderr.String())
		}
		st := proxyStatus(t, addr)
		if st.Rollups[0].VerifiedHead != nil {
			t.Errorf("verified head %+v from a verifier that refused the proxy", st.Rollups[0].VerifiedHead)
		}
		if code := stop(); code != exitOK {
			t.Fatalf("exit %d:\n%s", code, stderr.String())
		}
	})

	cfg := proxyConfigFile(t, t.TempDir(), chain.URL(), "    rewrite_tags: true\n    verifier_url: http://"+svc.MetricsAddr()+"/?key=s3cr3t\n    verifier_token_env: MACH_TEST_VERIFIER_TOKEN\n")
	var stderr aggregatorLog
	addr, stop := runProxyUntil(t, []string{"--config", cfg}, &stderr)
	if strings.Contains(stderr.String(), "rewrite_tags has no effect") {
		t.Errorf("rewrite_tags warned although verifier_url is set:\n%s", stderr.String())
	}
	for _, want := range []string{`msg="verifier feed" role=verifiedfeed rollup=devnet verifier=http://` + svc.MetricsAddr() + " verified=3", "token=true", "verifierFeeds=1"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("the log lacks %q:\n%s", want, stderr.String())
		}
	}
	finality := func(block string) string {
		body := `{"jsonrpc":"2.0","id":1,"method":"mach_finality","params":["` + block + `"]}`
		resp, err := http.Post("http://"+addr+"/rpc/devnet", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var r struct {
			Result proxy.Finality `json:"result"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
			t.Fatal(err)
		}
		if r.Result.VerifiedHead == nil {
			return r.Result.Status + " (no verified head)"
		}
		return fmt.Sprintf("%s (verified head %d)", r.Result.Status, *r.Result.VerifiedHead)
	}
	for block, want := range map[string]string{"0x1": "verified (verified head 3)", "0x3": "verified (verified head 3)", "0x4": "unsafe (verified head 3)"} {
		if got := finality(block); got != want {
			t.Errorf("mach_finality(%s) = %s, want %s", block, got, want)
		}
	}
	if code := stop(); code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr.String())
	}
	if strings.Contains(stderr.String(), "s3cr3t") {
		t.Errorf("the log shows the verifier URL's query or the token:\n%s", stderr.String())
	}
}

// proxyStatus reads the JSON /status of the proxy at addr.
func proxyStatus(t *testing.T, addr string) proxy.Status {
	t.Helper()
	resp, err := http.Get("http://" + addr + "/status")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var st proxy.Status
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		t.Fatal(err)
	}
	if len(st.Rollups) == 0 {
		t.Fatalf("/status has no rollup: %+v", st)
	}
	return st
}
