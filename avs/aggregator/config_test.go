package aggregator

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"gopkg.in/yaml.v3"

	"github.com/mach-avs/mach/avs/operator"
	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/internal/config"
)

const (
	configTestPassword = "aggregator-config-test-password"
	// anvil account 1, the alert confirmer of the test deployments.
	configTestKeyHex = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
)

// configFixture writes a deployment, the alert confirmer's keystore (light scrypt) and a password file to a temp
// dir and returns a valid config naming them. MACH_ECDSA_PRIVATE_KEY is cleared for the test.
func configFixture(t *testing.T) (dir string, cfg FileConfig) {
	t.Helper()
	t.Setenv(PrivateKeyEnv, "")
	dir = t.TempDir()
	keystore := filepath.Join(dir, "confirmer.json")
	if _, err := operator.ImportECDSAKey(keystore, configTestKeyHex, configTestPassword, operator.WriteOptions{Scrypt: operator.LightScrypt}); err != nil {
		t.Fatal(err)
	}
	pwFile := filepath.Join(dir, "password")
	if err := os.WriteFile(pwFile, []byte(configTestPassword+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	deployment := filepath.Join(dir, "machavs_deploy_output.json")
	out := &deploy.Output{Addresses: deploy.Addresses{
		MachServiceManager:  common.HexToAddress("0x1000000000000000000000000000000000000001"),
		RegistryCoordinator: common.HexToAddress("0x1000000000000000000000000000000000000002"),
	}, ChainInfo: deploy.ChainInfo{ChainID: 31337}}
	if err := deploy.WriteOutput(deployment, out, false); err != nil {
		t.Fatal(err)
	}
	cfg.Defaults()
	cfg.L1RPCURL = "http://127.0.0.1:8545"
	cfg.AVSDeployment = deployment
	cfg.ECDSAKeystore = keystore
	cfg.ECDSAPasswordFile = pwFile
	cfg.DataDir = filepath.Join(dir, "data")
	return dir, cfg
}

func TestConfig_EveryKeyHasOneWellFormedEnvVar(t *testing.T) {
	if err := config.CheckEnv(&FileConfig{}, EnvPrefix); err != nil {
		t.Error(err)
	}
}

func TestConfig_ExampleFileDocumentsEveryKeyWithItsDefault(t *testing.T) {
	path := filepath.Join("..", "..", "config-files", "aggregator.yaml")
	var cfg FileConfig
	if err := config.Read(path, &cfg); err != nil {
		t.Fatalf("config-files/aggregator.yaml does not decode: %v", err)
	}
	problems, err := config.CheckExample(path, &cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
	// Its values are the defaults, except the paths the operator must fill.
	var defaults FileConfig
	defaults.Defaults()
	cfg.L1RPCURL, cfg.AVSDeployment = "", ""
	got, _ := yaml.Marshal(cfg)
	want, _ := yaml.Marshal(defaults)
	if !bytes.Equal(got, want) {
		t.Errorf("example file's values differ from Defaults():\n got %s\nwant %s", got, want)
	}
}

func TestConfig_Defaults(t *testing.T) {
	var c FileConfig
	c.Defaults()
	want := FileConfig{
		Listen: "127.0.0.1:8090", MetricsListen: "127.0.0.1:9090", DataDir: "./data/aggregator", QuorumNumbers: []uint64{0},
		ReferenceBlockLag: 2, RetryInterval: 2 * time.Second, BumpAfter: 30 * time.Second, BumpPercent: 15, BumpMax: 5,
		LogFormat: "text", LogLevel: "info",
	}
	got, _ := yaml.Marshal(c)
	w, _ := yaml.Marshal(want)
	if !bytes.Equal(got, w) {
		t.Errorf("defaults:\n got %s\nwant %s", got, w)
	}
	// The JSON-RPC default is where operator.yaml's signer.aggregator_url points by default.
	var op operator.Config
	if err := config.Read(filepath.Join("..", "..", "config-files", "operator.yaml"), &op); err != nil {
		t.Fatal(err)
	}
	if op.Signer.AggregatorURL != "http://"+c.Listen {
		t.Errorf("operator.yaml's signer.aggregator_url %s does not point at the default listen %s", op.Signer.AggregatorURL, c.Listen)
	}
}

func TestConfig_ValidFixturePassesAndLoadsItsKey(t *testing.T) {
	_, cfg := configFixture(t)
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	key, err := cfg.ECDSAKey()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := crypto.HexToECDSA(strings.TrimPrefix(configTestKeyHex, "0x"))
	if !key.Equal(want) {
		t.Error("keystore holds another key")
	}
	sc, err := cfg.ServiceConfig(key, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sc.Listen != cfg.Listen || sc.DataDir != cfg.DataDir || !bytes.Equal(sc.Aggregator.QuorumNumbers, []byte{0}) ||
		sc.Aggregator.Bump.After != 30*time.Second || sc.Aggregator.Bump.Percent != 15 || sc.Aggregator.Bump.Max != 5 ||
		sc.Aggregator.ReferenceBlockLag != 2 || sc.Aggregator.RetryInterval != 2*time.Second || sc.Deployment.ChainInfo.ChainID != 31337 {
		t.Errorf("service config = %+v", sc)
	}
}

func TestConfig_KeyFromTheEnvironmentInsteadOfAKeystore(t *testing.T) {
	_, cfg := configFixture(t)
	cfg.ECDSAKeystore, cfg.ECDSAPasswordFile = "", ""
	err := cfg.Validate()
	if err == nil || !strings.Contains(err.Error(), "config: ecdsa_keystore is empty and MACH_ECDSA_PRIVATE_KEY is not set") {
		t.Fatalf("no key source: %v", err)
	}
	if err := cfg.ValidateWithKeyFlag(); err != nil {
		t.Errorf("key given by flag: %v", err)
	}
	t.Setenv(PrivateKeyEnv, configTestKeyHex)
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	key, err := cfg.ECDSAKey()
	if err != nil {
		t.Fatal(err)
	}
	if crypto.PubkeyToAddress(key.PublicKey) != common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8") {
		t.Errorf("address %s", crypto.PubkeyToAddress(key.PublicKey))
	}
	t.Setenv(PrivateKeyEnv, "0x"+strings.Repeat("zz", 32))
	if _, err := cfg.ECDSAKey(); err == nil || !strings.Contains(err.Error(), "value not shown") || strings.Contains(err.Error(), "zzzz") {
		t.Errorf("bad key in the environment: %v", err)
	}
}

func TestConfig_OneKeySourceOnly(t *testing.T) {
	_, cfg := configFixture(t)
	if err := cfg.ValidateWithKeyFlag(); err == nil || !strings.Contains(err.Error(), "config: ecdsa_keystore is set and --ecdsa-private-key is given") {
		t.Errorf("keystore and flag: %v", err)
	}
	t.Setenv(PrivateKeyEnv, configTestKeyHex)
	if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), "config: ecdsa_keystore is set and so is MACH_ECDSA_PRIVATE_KEY") {
		t.Errorf("keystore and environment: %v", err)
	}
	cfg.ECDSAKeystore = ""
	if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), "config: ecdsa_password_env and ecdsa_password_file go with ecdsa_keystore") {
		t.Errorf("password without keystore: %v", err)
	}
}

func TestConfig_ValidateReportsEveryProblemByKey(t *testing.T) {
	dir, cfg := configFixture(t)
	notDir := filepath.Join(dir, "file")
	if err := os.WriteFile(notDir, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	bls := filepath.Join(dir, "bls.json")
	if _, err := operator.ImportBLSKey(bls, "7", configTestPassword, operator.WriteOptions{Scrypt: operator.LightScrypt}); err != nil {
		t.Fatal(err)
	}
	cfg.L1RPCURL = "l1.example.com:8545/v3/APIKEY"
	cfg.AVSDeployment = filepath.Join(dir, "missing.json")
	cfg.ECDSAKeystore = bls
	cfg.ECDSAPasswordEnv = "ALSO_SET"
	cfg.Listen = "localhost"
	cfg.MetricsListen = "localhost"
	cfg.DataDir = notDir
	cfg.QuorumNumbers = []uint64{1, 1, 200}
	cfg.ThresholdPercentage = 101
	cfg.ReferenceBlockLag = 0
	cfg.RetryInterval = 0
	cfg.Grace = -time.Second
	cfg.BumpAfter = -time.Second
	cfg.BumpPercent = 5
	cfg.BumpMax = 0
	cfg.LogFormat = "xml"
	cfg.LogLevel = "loud"
	err := cfg.Validate()
	if err == nil {
		t.Fatal("Validate accepted an invalid config")
	}
	want := []string{
		"config: l1_rpc_url is not an absolute http, https, ws or wss URL",
		"config: avs_deployment names " + cfg.AVSDeployment + ", which does not exist",
		"config: ecdsa_keystore names " + bls + ", which holds a key of type bls, not ecdsa",
		"config: ecdsa_password_env and ecdsa_password_file are both set; keep one",
		`config: listen "localhost" is not host:port`,
		`config: metrics_listen "localhost" is not host:port`,
		"config: metrics_listen is localhost, the same address as listen",
		"config: data_dir names " + notDir + ", which is not a directory",
		"config: quorum_numbers[1] is 1, not above the previous one",
		"config: quorum_numbers[2] is 200; quorum numbers go from 0 to 191",
		"config: threshold_percentage is 101",
		"config: reference_block_lag is 0",
		"config: retry_interval is 0s; set a positive duration",
		"config: grace is -1s; set a duration from 0",
		"config: bump_after is -1s; set a positive duration",
		"config: bump_percent is 5; set a percentage from 10",
		"config: bump_max is 0",
		`config: log_format is "xml"; set text or json`,
		`config: log_level is "loud"; set debug, info, warn or error`,
	}
	msg := err.Error()
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("error does not contain %q", w)
		}
	}
	if got := strings.Count(msg, "\n") + 1; got != len(want) {
		t.Errorf("%d problems, want %d", got, len(want))
	}
	if strings.Contains(msg, "APIKEY") {
		t.Error("error echoes the URL")
	}
	if t.Failed() {
		t.Logf("errors:\n%s", msg)
	}

	var empty FileConfig
	err = empty.Validate()
	for _, w := range []string{"config: l1_rpc_url is empty", "config: avs_deployment is empty", "config: ecdsa_keystore is empty",
		"config: listen is empty", "config: metrics_listen is empty", "config: data_dir is empty", "config: quorum_numbers is empty"} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("empty config: error does not contain %q:\n%v", w, err)
		}
	}
}

func TestConfig_UnknownKeyIsNamed(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "aggregator.yaml")
	if err := os.WriteFile(path, []byte("listen: 127.0.0.1:1\nthreshold_percent: 70\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var cfg FileConfig
	err := config.Read(path, &cfg)
	if err == nil || !strings.Contains(err.Error(), "line 2: unknown key threshold_percent") || !strings.Contains(err.Error(), "threshold_percentage") {
		t.Errorf("error = %v", err)
	}
}

func TestConfig_EnvironmentOverridesTheFile(t *testing.T) {
	dir, cfg := configFixture(t)
	data, err := yaml.Marshal(map[string]any{
		"l1_rpc_url": cfg.L1RPCURL, "avs_deployment": cfg.AVSDeployment, "ecdsa_keystore": cfg.ECDSAKeystore,
		"ecdsa_password_file": cfg.ECDSAPasswordFile, "data_dir": cfg.DataDir,
		"quorum_numbers": []int{0}, "retry_interval": "5s", "bump_max": 3, "log_format": "json",
	})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "aggregator.yaml")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("MACH_AGGREGATOR_QUORUM_NUMBERS", "0,1")
	t.Setenv("MACH_AGGREGATOR_RETRY_INTERVAL", "250ms")
	t.Setenv("MACH_AGGREGATOR_GRACE", "3s")
	t.Setenv("MACH_AGGREGATOR_THRESHOLD_PERCENTAGE", "80")
	t.Setenv("MACH_AGGREGATOR_LISTEN", "0.0.0.0:8090")
	t.Setenv("MACH_AGGREGATOR_BUMP_MAX", "") // empty changes nothing
	var got FileConfig
	if err := config.Load(path, &got); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.QuorumNumbers, []uint64{0, 1}) || got.RetryInterval != 250*time.Millisecond || got.Grace != 3*time.Second || got.ThresholdPercentage != 80 ||
		got.Listen != "0.0.0.0:8090" || got.BumpMax != 3 || got.LogFormat != "json" {
		t.Errorf("environment did not override the file: %+v", got)
	}
	if got.MetricsListen != "127.0.0.1:9090" || got.BumpAfter != 30*time.Second {
		t.Errorf("defaults not applied: %+v", got)
	}

	t.Setenv("MACH_AGGREGATOR_BUMP_AFTER", "soon")
	err = config.Load(path, &got)
	if err == nil || !strings.Contains(err.Error(), "MACH_AGGREGATOR_BUMP_AFTER (key bump_after): not a valid duration") || strings.Contains(err.Error(), "soon") {
		t.Errorf("bad duration in the environment: %v", err)
	}
}

func TestConfig_LoggerFormats(t *testing.T) {
	var c FileConfig
	c.Defaults()
	var buf bytes.Buffer
	c.LogFormat, c.LogLevel = "json", "warn"
	log, err := c.Logger(&buf)
	if err != nil {
		t.Fatal(err)
	}
	log.Info("hidden")
	log.Warn("shown", "k", 1)
	if out := buf.String(); strings.Contains(out, "hidden") || !strings.Contains(out, `"msg":"shown"`) {
		t.Errorf("json logger at warn wrote %q", out)
	}
	buf.Reset()
	c.LogFormat, c.LogLevel = "text", "debug"
	if log, err = c.Logger(&buf); err != nil {
		t.Fatal(err)
	}
	log.Debug("detail")
	if !strings.Contains(buf.String(), "level=DEBUG msg=detail") {
		t.Errorf("text logger at debug wrote %q", buf.String())
	}
}
