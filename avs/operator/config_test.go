package operator

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/internal/config"
)

const configTestPassword = "config-test-password"

// configFixture writes a deployment, both keystores (light scrypt) and a password file to a temp dir and returns a
// valid config naming them.
func configFixture(t *testing.T) (dir string, cfg Config) {
	t.Helper()
	dir = t.TempDir()
	light := WriteOptions{Scrypt: LightScrypt}
	ecdsaPath := filepath.Join(dir, "ecdsa.json")
	if _, err := ImportECDSAKey(ecdsaPath, "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", configTestPassword, light); err != nil {
		t.Fatal(err)
	}
	blsPath := filepath.Join(dir, "bls.json")
	if _, err := ImportBLSKey(blsPath, "7", configTestPassword, light); err != nil {
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
	}}
	if err := deploy.WriteOutput(deployment, out, false); err != nil {
		t.Fatal(err)
	}
	cfg.Defaults()
	cfg.L1RPCURL = "http://127.0.0.1:8545"
	cfg.AVSDeployment = deployment
	cfg.ECDSAKeystore = ecdsaPath
	cfg.ECDSAPasswordFile = pwFile
	cfg.BLSKeystore = blsPath
	cfg.BLSPasswordEnv = "MACH_TEST_BLS_PASSWORD"
	cfg.Socket = "http://operator.example.com:9010"
	cfg.Signer.AggregatorURL = "http://127.0.0.1:8090"
	cfg.Signer.RollupChainIDs = []uint64{901}
	return dir, cfg
}

func TestConfig_EveryKeyHasOneWellFormedEnvVar(t *testing.T) {
	if err := config.CheckEnv(&Config{}, EnvPrefix); err != nil {
		t.Error(err)
	}
}

func TestConfig_ExampleFileDocumentsEveryKeyAndLoads(t *testing.T) {
	path := filepath.Join("..", "..", "config-files", "operator.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cfg Config
	if err := config.Read(path, &cfg); err != nil {
		t.Fatalf("config-files/operator.yaml does not decode: %v", err)
	}
	// Every key is present (hence documented next to its value) in the example file.
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		t.Fatal(err)
	}
	present := map[string]bool{}
	var walk func(n *yaml.Node, prefix string)
	walk = func(n *yaml.Node, prefix string) {
		for i := 0; i+1 < len(n.Content); i += 2 {
			key := prefix + n.Content[i].Value
			present[key] = true
			if n.Content[i+1].Kind == yaml.MappingNode {
				walk(n.Content[i+1], key+".")
			}
		}
	}
	walk(root.Content[0], "")
	vars, err := config.EnvVars(&cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vars {
		if !present[v.Key] {
			t.Errorf("config-files/operator.yaml does not show key %s", v.Key)
		}
	}
	// Its values are the defaults where a key has one.
	var defaults Config
	defaults.Defaults()
	if cfg.Signer.Listen != defaults.Signer.Listen || cfg.Signer.MetricsListen != defaults.Signer.MetricsListen ||
		cfg.Signer.NodeAPIListen != defaults.Signer.NodeAPIListen || cfg.Deposit != defaults.Deposit {
		t.Errorf("example file's defaults differ from Defaults(): %+v", cfg.Signer)
	}
}

func TestConfig_DefaultsAreLoopbackAndNoDeposit(t *testing.T) {
	var c Config
	c.Defaults()
	if c.Deposit != "0" || c.Signer.Listen != "127.0.0.1:9010" || c.Signer.MetricsListen != "127.0.0.1:9011" || c.Signer.NodeAPIListen != "127.0.0.1:9012" {
		t.Errorf("defaults = %+v", c)
	}
	if c.DepositAmount().Sign() != 0 {
		t.Errorf("deposit = %s", c.DepositAmount())
	}
}

func TestConfig_ValidFixturePassesAndLoadsItsKeys(t *testing.T) {
	_, cfg := configFixture(t)
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	t.Setenv("MACH_TEST_BLS_PASSWORD", configTestPassword)
	key, err := cfg.ECDSAKey()
	if err != nil {
		t.Fatal(err)
	}
	if key == nil {
		t.Fatal("no key")
	}
	kp, err := cfg.BLSKeyPair()
	if err != nil {
		t.Fatal(err)
	}
	if OperatorID(kp) == (common.Hash{}) {
		t.Error("zero operator id")
	}
	if _, err := cfg.Deployment(); err != nil {
		t.Error(err)
	}
}

func TestConfig_LoadKeysFailsWithoutThePassword(t *testing.T) {
	_, cfg := configFixture(t)
	os.Unsetenv("MACH_TEST_BLS_PASSWORD")
	_, err := cfg.BLSKeyPair()
	if err == nil || !strings.Contains(err.Error(), "environment variable MACH_TEST_BLS_PASSWORD is not set") {
		t.Errorf("error = %v", err)
	}
}

func TestConfig_ValidateReportsEveryProblemByKey(t *testing.T) {
	dir, cfg := configFixture(t)
	cfg.L1RPCURL = "l1.example.com:8545/v3/APIKEY"
	cfg.AVSDeployment = filepath.Join(dir, "missing.json")
	cfg.ECDSAKeystore, cfg.BLSKeystore = cfg.BLSKeystore, cfg.ECDSAKeystore // swapped
	cfg.ECDSAPasswordEnv = "ALSO_SET"                                       // and the file is set too
	cfg.BLSPasswordEnv = ""
	cfg.Socket = ""
	cfg.MetadataURI = "ipfs://x"
	cfg.Deposit = "1.5"
	cfg.Signer.Listen = "localhost"
	cfg.Signer.AggregatorURL = ""
	cfg.Signer.MetricsListen = "127.0.0.1:9012"
	cfg.Signer.RollupChainIDs = []uint64{901, 0, 901}
	err := cfg.Validate()
	if err == nil {
		t.Fatal("Validate accepted an invalid config")
	}
	want := []string{
		"config: l1_rpc_url is not an absolute http, https, ws or wss URL",
		"config: avs_deployment names " + cfg.AVSDeployment + ", which does not exist",
		"config: ecdsa_keystore names " + cfg.ECDSAKeystore + ", which holds a key of type bls, not ecdsa",
		"config: ecdsa_password_env and ecdsa_password_file are both set; keep one",
		"config: bls_keystore names " + cfg.BLSKeystore + ", which holds a key of type ecdsa, not bls",
		"config: bls_password_env and bls_password_file are both empty",
		"config: socket is empty; set it to the URL at which the AVS reaches this operator's signer",
		"config: metadata_uri is not an absolute http or https URL",
		`config: deposit "1.5" is not a decimal amount in wei`,
		`config: signer.listen "localhost" is not host:port`,
		"config: signer.aggregator_url is empty; set it to the aggregator's JSON-RPC URL",
		"config: signer.node_api_listen is 127.0.0.1:9012, the same address as signer.metrics_listen",
		"config: signer.rollup_chain_ids[1] is 0, a reserved chain ID",
		"config: signer.rollup_chain_ids[2] is 901, listed twice",
	}
	msg := err.Error()
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("error does not contain %q", w)
		}
	}
	if got := strings.Count(msg, "\n") + 1; got != len(want) {
		t.Errorf("%d problems, want %d:\n%s", got, len(want), msg)
	}
	if strings.Contains(msg, "APIKEY") {
		t.Errorf("error echoes the URL:\n%s", msg)
	}
	if t.Failed() {
		t.Logf("errors:\n%s", msg)
	}
}

func TestConfig_EmptyRollupListAndBadDeploymentAreReported(t *testing.T) {
	dir, cfg := configFixture(t)
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"addresses": {}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg.AVSDeployment = bad
	cfg.Signer.RollupChainIDs = nil
	err := cfg.Validate()
	for _, w := range []string{"config: avs_deployment is not a usable deployment", "config: signer.rollup_chain_ids is empty"} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("error = %v, want it to contain %q", err, w)
		}
	}
	if err := cfg.ValidateL1(); err == nil || strings.Contains(err.Error(), "rollup_chain_ids") {
		t.Errorf("ValidateL1 = %v, want only the deployment problem", err)
	}
}

func TestConfig_EnvironmentOverridesTheFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("password file modes")
	}
	dir, cfg := configFixture(t)
	data, err := yaml.Marshal(map[string]any{
		"l1_rpc_url": cfg.L1RPCURL, "avs_deployment": cfg.AVSDeployment,
		"ecdsa_keystore": cfg.ECDSAKeystore, "ecdsa_password_file": cfg.ECDSAPasswordFile,
		"bls_keystore": cfg.BLSKeystore, "bls_password_env": cfg.BLSPasswordEnv,
		"socket": cfg.Socket, "deposit": "5",
		"signer": map[string]any{"aggregator_url": "http://127.0.0.1:1", "rollup_chain_ids": []uint64{901}},
	})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "operator.yaml")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("MACH_OPERATOR_DEPOSIT", "7")
	t.Setenv("MACH_OPERATOR_SIGNER_ROLLUP_CHAIN_IDS", "902,903")
	t.Setenv("MACH_OPERATOR_SIGNER_AGGREGATOR_URL", "http://127.0.0.1:2")
	var got Config
	if err := config.Load(path, &got); err != nil {
		t.Fatal(err)
	}
	if got.Deposit != "7" || got.DepositAmount().Int64() != 7 || got.Signer.AggregatorURL != "http://127.0.0.1:2" ||
		!slices.Equal(got.Signer.RollupChainIDs, []uint64{902, 903}) {
		t.Errorf("environment did not override the file: %+v", got)
	}
	if got.Signer.Listen != "127.0.0.1:9010" {
		t.Errorf("default listen not applied: %q", got.Signer.Listen)
	}
}
