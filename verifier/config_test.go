package verifier

import (
	"bytes"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/superchain"
	"gopkg.in/yaml.v3"

	"github.com/mach-avs/mach/avs/operator"
	"github.com/mach-avs/mach/internal/config"
)

// testChainConfig is an OP Stack chain config for chain id, every fork active at genesis.
func testChainConfig(id uint64) *params.ChainConfig {
	cc := *params.OptimismTestConfig
	cc.ChainID = new(big.Int).SetUint64(id)
	return &cc
}

// writeJSON writes v as JSON to dir/name and returns the path.
func writeJSON(t *testing.T, dir, name string, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// configFixture returns a valid config for chain 901, its chain config in a file in a temp dir.
func configFixture(t *testing.T) (dir string, cfg FileConfig) {
	t.Helper()
	dir = t.TempDir()
	cfg.Defaults()
	cfg.RollupChainID = 901
	cfg.L2RPCURL = "http://127.0.0.1:9545"
	cfg.AnchorBlockHash = "0x" + strings.Repeat("ab", 32)
	cfg.L2ChainConfig = writeJSON(t, dir, "chain.json", testChainConfig(901))
	cfg.DataDir = filepath.Join(dir, "data")
	return dir, cfg
}

func TestConfig_EveryKeyHasOneWellFormedEnvVar(t *testing.T) {
	if err := config.CheckEnv(&FileConfig{}, EnvPrefix); err != nil {
		t.Error(err)
	}
}

func TestConfig_Defaults(t *testing.T) {
	var c FileConfig
	c.Defaults()
	want := FileConfig{
		PollInterval: 500 * time.Millisecond, RetryInterval: 2 * time.Second, ReorgDepth: 1024, OracleInterval: 12 * time.Second,
		DataDir: "./data/verifier", MetricsListen: "127.0.0.1:9091", LogFormat: "text", LogLevel: "info",
	}
	got, _ := yaml.Marshal(c)
	w, _ := yaml.Marshal(want)
	if !bytes.Equal(got, w) {
		t.Errorf("defaults:\n got %s\nwant %s", got, w)
	}
	// The core's own defaults are the same, so a devnet filling Config directly behaves like the shipped file.
	core := (&Config{}).withDefaults()
	if core.PollInterval != c.PollInterval || core.RetryInterval != c.RetryInterval || core.ReorgDepth != c.ReorgDepth || core.OracleInterval != c.OracleInterval {
		t.Errorf("core defaults %+v differ from the file's", core)
	}
}

func TestConfig_ExampleFileIsValidAndDocumentsEveryKey(t *testing.T) {
	path := filepath.Join("..", "config-files", "verifier.yaml")
	var cfg FileConfig
	if err := config.Load(path, &cfg); err != nil {
		t.Fatalf("config-files/verifier.yaml: %v", err)
	}
	problems, err := config.CheckExample(path, &cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
	// The anchor it ships is the registry's genesis of the chain it names.
	chain, err := superchain.GetChain(cfg.RollupChainID)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := chain.Config()
	if err != nil {
		t.Fatal(err)
	}
	if common.HexToHash(cfg.AnchorBlockHash) != sc.Genesis.L2.Hash {
		t.Errorf("anchor_block_hash %s is not chain %d's genesis %s", cfg.AnchorBlockHash, cfg.RollupChainID, sc.Genesis.L2.Hash)
	}
	// Its other values are the defaults.
	var defaults FileConfig
	defaults.Defaults()
	cfg.RollupChainID, cfg.L2RPCURL, cfg.AnchorBlockHash = 0, "", ""
	got, _ := yaml.Marshal(cfg)
	want, _ := yaml.Marshal(defaults)
	if !bytes.Equal(got, want) {
		t.Errorf("example file's values differ from Defaults():\n got %s\nwant %s", got, want)
	}
}

func TestConfig_ValidFixturePassesAndBuildsTheServiceConfig(t *testing.T) {
	_, cfg := configFixture(t)
	cfg.L2RPCURLSecondary = "http://127.0.0.1:9546"
	cfg.SignerURLs = []string{"http://127.0.0.1:9010", "https://signer.example.com/rpc"}
	cfg.L1RPCURL = "ws://127.0.0.1:8546"
	cfg.L2OutputOracle = "0x1000000000000000000000000000000000000001"
	cfg.OracleStartIndex = 7
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	sc, err := cfg.ServiceConfig(nil)
	if err != nil {
		t.Fatal(err)
	}
	v := sc.Verifier
	if v.RollupChainID != 901 || v.ChainConfig.ChainID.Uint64() != 901 || v.AnchorHash != common.HexToHash(cfg.AnchorBlockHash) ||
		v.PollInterval != 500*time.Millisecond || v.RetryInterval != 2*time.Second || v.ReorgDepth != 1024 ||
		v.OracleStartIndex != 7 || v.OracleInterval != 12*time.Second {
		t.Errorf("core config = %+v", v)
	}
	if sc.L2RPCURL != cfg.L2RPCURL || sc.L2RPCURLSecondary != cfg.L2RPCURLSecondary || !slices.Equal(sc.SignerURLs, cfg.SignerURLs) ||
		sc.L1RPCURL != cfg.L1RPCURL || sc.L2OutputOracle != common.HexToAddress(cfg.L2OutputOracle) ||
		sc.MetricsListen != cfg.MetricsListen || sc.DataDir != cfg.DataDir {
		t.Errorf("service config = %+v", sc)
	}
	if err := v.Validate(); err != nil {
		t.Errorf("the core refuses what the file config built: %v", err)
	}
}

func TestConfig_ValidateReportsEveryProblemByKey(t *testing.T) {
	dir, cfg := configFixture(t)
	notDir := filepath.Join(dir, "file")
	if err := os.WriteFile(notDir, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	cfg.RollupChainID = 0
	cfg.L2RPCURL = "l2.example.com:8545/v3/APIKEY"
	cfg.L2RPCURLSecondary = "ftp://l2.example.com/SECRET2"
	cfg.AnchorBlockHash = "0x1234"
	cfg.L2ChainConfig = filepath.Join(dir, "missing.json")
	cfg.SignerURLs = []string{"http://127.0.0.1:9010", "ws://127.0.0.1:9011", "http://127.0.0.1:9010"}
	cfg.L1RPCURL = "http://127.0.0.1:8545"
	cfg.L2OutputOracle = "0x12"
	cfg.OracleInterval = 0
	cfg.PollInterval = -time.Second
	cfg.RetryInterval = 0
	cfg.ReorgDepth = 0
	cfg.DataDir = notDir
	cfg.MetricsListen = "localhost"
	cfg.LogFormat = "xml"
	cfg.LogLevel = "loud"
	err := cfg.Validate()
	if err == nil {
		t.Fatal("Validate accepted an invalid config")
	}
	want := []string{
		"config: rollup_chain_id is 0 or missing",
		"config: l2_rpc_url is not an absolute http, https, ws or wss URL",
		"config: l2_rpc_url_secondary is not an absolute http, https, ws or wss URL",
		`config: anchor_block_hash "0x1234" is not a block hash`,
		"config: l2_chain_config names " + cfg.L2ChainConfig + ", which does not exist",
		"config: signer_urls[1] is not an absolute http or https URL",
		"config: signer_urls[2] repeats signer_urls[0]",
		`config: l2_output_oracle "0x12" is not an address`,
		"config: oracle_interval is 0s; set a positive duration",
		"config: poll_interval is -1s; set a positive duration",
		"config: retry_interval is 0s; set a positive duration",
		"config: reorg_depth is 0",
		"config: data_dir names " + notDir + ", which is not a directory",
		`config: metrics_listen "localhost" is not host:port`,
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
	if strings.Contains(msg, "APIKEY") || strings.Contains(msg, "SECRET2") {
		t.Error("error echoes a URL")
	}
	if t.Failed() {
		t.Logf("errors:\n%s", msg)
	}

	var empty FileConfig
	err = empty.Validate()
	for _, w := range []string{"config: rollup_chain_id is 0", "config: l2_rpc_url is empty", "config: anchor_block_hash is empty",
		"config: poll_interval is 0s", "config: data_dir is empty", "config: metrics_listen is empty"} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("empty config: error does not contain %q:\n%v", w, err)
		}
	}
}

func TestConfig_CrossKeyRules(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*FileConfig)
		want   string // "" means valid
	}{
		{"the same node twice", func(c *FileConfig) { c.L2RPCURLSecondary = c.L2RPCURL },
			"config: l2_rpc_url_secondary is the same URL as l2_rpc_url"},
		{"zero anchor", func(c *FileConfig) { c.AnchorBlockHash = "0x" + strings.Repeat("0", 64) },
			"config: anchor_block_hash is the zero hash"},
		{"oracle without L1", func(c *FileConfig) { c.L2OutputOracle = "0x1000000000000000000000000000000000000001" },
			"config: l1_rpc_url is empty but l2_output_oracle is set"},
		{"L1 without oracle", func(c *FileConfig) { c.L1RPCURL = "http://127.0.0.1:8545" },
			"config: l2_output_oracle is empty but l1_rpc_url is set"},
		{"zero oracle", func(c *FileConfig) {
			c.L1RPCURL, c.L2OutputOracle = "http://127.0.0.1:8545", "0x0000000000000000000000000000000000000000"
		}, "config: l2_output_oracle is the zero address"},
		{"start index without oracle", func(c *FileConfig) { c.OracleStartIndex = 3 },
			"config: oracle_start_index is 3 but l2_output_oracle is empty"},
		{"reorg depth too large", func(c *FileConfig) { c.ReorgDepth = maxReorgDepth + 1 }, "config: reorg_depth is 1000001"},
		{"zk keys without the manager", func(c *FileConfig) { c.ZK.ProverURL = "http://127.0.0.1:9093" },
			"config: zk.service_manager is empty but other zk keys are set"},
		{"zk without the oracle", func(c *FileConfig) {
			c.ZK = ZKFileConfig{ServiceManager: "0x1000000000000000000000000000000000000002", ECDSAKeystore: zkKeystore(t), ECDSAPasswordEnv: "PW"}
		}, "config: zk.service_manager needs l1_rpc_url and l2_output_oracle"},
		{"zk without a password source", func(c *FileConfig) {
			c.L1RPCURL, c.L2OutputOracle = "http://127.0.0.1:8545", "0x1000000000000000000000000000000000000001"
			c.ZK = ZKFileConfig{ServiceManager: "0x1000000000000000000000000000000000000002", ECDSAKeystore: zkKeystore(t)}
		}, "config: zk.ecdsa_password_env and zk.ecdsa_password_file are both empty"},
		{"zk mode is valid", func(c *FileConfig) {
			c.L1RPCURL, c.L2OutputOracle = "http://127.0.0.1:8545", "0x1000000000000000000000000000000000000001"
			c.ZK = ZKFileConfig{ServiceManager: "0x1000000000000000000000000000000000000002", ECDSAKeystore: zkKeystore(t),
				ECDSAPasswordEnv: "PW", ProverURL: "http://127.0.0.1:9093"}
		}, ""},
		{"zk keystore of the wrong kind", func(c *FileConfig) {
			c.L1RPCURL, c.L2OutputOracle = "http://127.0.0.1:8545", "0x1000000000000000000000000000000000000001"
			path := filepath.Join(t.TempDir(), "not-a-keystore.json")
			if err := os.WriteFile(path, []byte("{}"), 0o600); err != nil {
				t.Fatal(err)
			}
			c.ZK = ZKFileConfig{ServiceManager: "0x1000000000000000000000000000000000000002", ECDSAKeystore: path, ECDSAPasswordEnv: "PW"}
		}, "config: zk.ecdsa_keystore is not readable as a keystore"},
		{"no signers is valid", func(c *FileConfig) { c.SignerURLs = nil }, ""},
		{"https signer is valid", func(c *FileConfig) { c.SignerURLs = []string{"https://signer.example.com"} }, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, cfg := configFixture(t)
			tc.change(&cfg)
			err := cfg.Validate()
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("Validate = %v, want nil", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("Validate = %v, want %q", err, tc.want)
			case tc.want != "" && strings.Count(err.Error(), "config: ") != 1:
				t.Errorf("Validate reports more than the one problem:\n%v", err)
			}
		})
	}
}

func TestConfig_ChainConfigFromAFileInBothForms(t *testing.T) {
	dir, cfg := configFixture(t)
	want := testChainConfig(901)
	genesis := map[string]any{
		"config": want, "timestamp": "0x0", "gasLimit": "0x1c9c380", "difficulty": "0x0",
		"alloc": map[string]any{"0x4200000000000000000000000000000000000016": map[string]any{"balance": "0x0", "code": "0x6000"}},
	}
	for name, path := range map[string]string{
		"ChainConfig object": cfg.L2ChainConfig,
		"genesis.json":       writeJSON(t, dir, "genesis.json", genesis),
	} {
		t.Run(name, func(t *testing.T) {
			cfg.L2ChainConfig = path
			if err := cfg.Validate(); err != nil {
				t.Fatal(err)
			}
			got, err := cfg.ChainConfig()
			if err != nil {
				t.Fatal(err)
			}
			if got.ChainID.Uint64() != 901 || got.Optimism == nil || *got.IsthmusTime != *want.IsthmusTime ||
				got.Optimism.EIP1559Denominator != want.Optimism.EIP1559Denominator {
				t.Errorf("chain config = %+v", got)
			}
		})
	}
}

func TestConfig_ChainConfigFromTheSuperchainRegistry(t *testing.T) {
	var cfg FileConfig
	cfg.Defaults()
	cfg.RollupChainID = 10
	cfg.L2RPCURL = "https://mainnet.optimism.io"
	cfg.AnchorBlockHash = "0xdbf6a80fef073de06add9b0d14026d6e5a86c85f6d102c36d3d8e9cf89c2afd3"
	cfg.DataDir = t.TempDir()
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	cc, err := cfg.ChainConfig()
	if err != nil {
		t.Fatal(err)
	}
	if cc.ChainID.Uint64() != 10 || cc.Optimism == nil || cc.BedrockBlock.Uint64() != 105235063 || cc.IsthmusTime == nil {
		t.Errorf("OP Mainnet chain config = %+v", cc)
	}

	cfg.RollupChainID = 901 // a devnet: not in the registry
	err = cfg.Validate()
	if err == nil || !strings.Contains(err.Error(), "config: l2_chain_config is empty and rollup_chain_id 901 is not in op-geth's superchain registry") ||
		!strings.Contains(err.Error(), "set l2_chain_config to the path of the L2's chain config or genesis.json") {
		t.Errorf("Validate = %v", err)
	}
	if _, err := cfg.ChainConfig(); err == nil || !strings.Contains(err.Error(), "l2_chain_config is empty, and for rollup_chain_id") {
		t.Errorf("ChainConfig = %v", err)
	}
}

func TestConfig_ChainConfigForAnotherChainIsRejected(t *testing.T) {
	dir, cfg := configFixture(t)
	other := writeJSON(t, dir, "other.json", map[string]any{"config": testChainConfig(902)})
	cfg.L2ChainConfig = other
	err := cfg.Validate()
	if err == nil || !strings.Contains(err.Error(), "config: l2_chain_config names "+other+", the config of chain 902, not rollup_chain_id 901") {
		t.Errorf("Validate = %v", err)
	}
	if _, err := cfg.ChainConfig(); err == nil || !strings.Contains(err.Error(), "the chain config is for chain 902, not rollup_chain_id 901") {
		t.Errorf("ChainConfig = %v", err)
	}
}

func TestConfig_UnusableChainConfigFilesSayWhy(t *testing.T) {
	dir := t.TempDir()
	noOP := *params.MergedTestChainConfig
	noOP.ChainID = big.NewInt(901)
	badOrder := *testChainConfig(901)
	badOrder.ShanghaiTime, badOrder.CancunTime = nil, new(uint64)
	for _, tc := range []struct {
		name, content, want string
	}{
		{"not JSON", "chain: 901", "not a JSON object"},
		{"neither form", `{"alloc": {}}`, `neither a chain config (no "chainId") nor a genesis.json (no "config")`},
		{"no chain ID", `{"config": {"homesteadBlock": 0, "optimism": {}}}`, `"chainId" is missing`},
		{"not OP Stack", string(must(json.Marshal(&noOP))), `no "optimism" section; the verifier follows OP Stack chains only`},
		{"forks out of order", string(must(json.Marshal(&badOrder))), "chain config of chain 901: unsupported fork ordering"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, cfg := configFixture(t)
			cfg.L2ChainConfig = filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_")+".json")
			if err := os.WriteFile(cfg.L2ChainConfig, []byte(tc.content), 0o600); err != nil {
				t.Fatal(err)
			}
			err := cfg.Validate()
			if err == nil || !strings.Contains(err.Error(), "config: l2_chain_config names "+cfg.L2ChainConfig+", which is not a usable chain config") ||
				!strings.Contains(err.Error(), tc.want) {
				t.Errorf("Validate = %v, want %q", err, tc.want)
			}
		})
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestConfig_UnknownKeyIsNamed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "verifier.yaml")
	if err := os.WriteFile(path, []byte("rollup_chain_id: 10\nsigner_url: http://127.0.0.1:9010\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var cfg FileConfig
	err := config.Read(path, &cfg)
	if err == nil || !strings.Contains(err.Error(), "line 2: unknown key signer_url") || !strings.Contains(err.Error(), "signer_urls") {
		t.Errorf("error = %v", err)
	}
}

func TestConfig_EnvironmentOverridesTheFile(t *testing.T) {
	dir, cfg := configFixture(t)
	data, err := yaml.Marshal(map[string]any{
		"rollup_chain_id": 901, "l2_rpc_url": cfg.L2RPCURL, "anchor_block_hash": cfg.AnchorBlockHash,
		"l2_chain_config": cfg.L2ChainConfig, "data_dir": cfg.DataDir, "reorg_depth": 64, "log_format": "json",
		"signer_urls": []string{"http://127.0.0.1:9010"},
	})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "verifier.yaml")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("MACH_VERIFIER_L2_RPC_URL", "ws://127.0.0.1:9546")
	t.Setenv("MACH_VERIFIER_SIGNER_URLS", "http://127.0.0.1:9010,http://127.0.0.1:9020")
	t.Setenv("MACH_VERIFIER_POLL_INTERVAL", "100ms")
	t.Setenv("MACH_VERIFIER_METRICS_LISTEN", "0.0.0.0:9091")
	t.Setenv("MACH_VERIFIER_REORG_DEPTH", "") // empty changes nothing
	var got FileConfig
	if err := config.Load(path, &got); err != nil {
		t.Fatal(err)
	}
	if got.L2RPCURL != "ws://127.0.0.1:9546" || !slices.Equal(got.SignerURLs, []string{"http://127.0.0.1:9010", "http://127.0.0.1:9020"}) ||
		got.PollInterval != 100*time.Millisecond || got.MetricsListen != "0.0.0.0:9091" || got.ReorgDepth != 64 || got.LogFormat != "json" {
		t.Errorf("environment did not override the file: %+v", got)
	}
	if got.RetryInterval != 2*time.Second || got.OracleInterval != 12*time.Second {
		t.Errorf("defaults not applied: %+v", got)
	}

	t.Setenv("MACH_VERIFIER_ROLLUP_CHAIN_ID", "eleven")
	err = config.Load(path, &got)
	if err == nil || !strings.Contains(err.Error(), "MACH_VERIFIER_ROLLUP_CHAIN_ID (key rollup_chain_id): not a valid non-negative integer") || strings.Contains(err.Error(), "eleven") {
		t.Errorf("bad chain ID in the environment: %v", err)
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
	log.Warn("shown")
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

func TestFileConfig_AnchorOutputIndex(t *testing.T) {
	zero := uint64(0)
	for _, tc := range []struct {
		name string
		edit func(c *FileConfig)
		want []string // keys named by Validate; none: valid
	}{
		{"output index with the oracle", func(c *FileConfig) {
			c.AnchorBlockHash, c.AnchorOutputIndex = "", &zero
			c.L1RPCURL, c.L2OutputOracle = "http://127.0.0.1:8545", "0xdfe97868233d1aa22e815a266982f2cf17685a27"
		}, nil},
		{"output index without the oracle", func(c *FileConfig) { c.AnchorBlockHash, c.AnchorOutputIndex = "", &zero }, []string{"anchor_output_index"}},
		{"both anchors", func(c *FileConfig) {
			c.AnchorOutputIndex = &zero
			c.L1RPCURL, c.L2OutputOracle = "http://127.0.0.1:8545", "0xdfe97868233d1aa22e815a266982f2cf17685a27"
		}, []string{"anchor_output_index"}},
		{"output index and a start index", func(c *FileConfig) {
			c.AnchorBlockHash, c.AnchorOutputIndex, c.OracleStartIndex = "", &zero, 3
			c.L1RPCURL, c.L2OutputOracle = "http://127.0.0.1:8545", "0xdfe97868233d1aa22e815a266982f2cf17685a27"
		}, []string{"oracle_start_index"}},
		{"no anchor", func(c *FileConfig) { c.AnchorBlockHash = "" }, []string{"anchor_block_hash"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := new(FileConfig)
			if err := config.Read("../config-files/verifier.yaml", c); err != nil {
				t.Fatal(err)
			}
			tc.edit(c)
			err := c.Validate()
			if len(tc.want) == 0 {
				if err != nil {
					t.Fatalf("valid config refused: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("accepted")
			}
			for _, key := range tc.want {
				if !strings.Contains(err.Error(), key) {
					t.Errorf("error does not name %s: %v", key, err)
				}
			}
		})
	}
}

// zkKeystore writes an ECDSA keystore for the ZK alerter (light scrypt).
func zkKeystore(t *testing.T) string {
	path := filepath.Join(t.TempDir(), "zk.ecdsa.json")
	if _, err := operator.CreateECDSAKeystore(path, "zk-test-password", operator.WriteOptions{Scrypt: operator.LightScrypt}); err != nil {
		t.Fatal(err)
	}
	return path
}

// status_token_env names the variable holding /status's token: empty means no token; a name that is not one, or
// a variable that is empty or not set, is a problem (the verifier does not start) that names the variable and
// never shows a value; a set variable's token, trimmed, reaches the service.
func TestConfig_StatusTokenEnvNamesAVariableThatMustHoldTheToken(t *testing.T) {
	t.Setenv("MACH_TEST_STATUS_TOKEN", "  tok-s3cr3t-0123456789\n")
	t.Setenv("MACH_TEST_EMPTY_TOKEN", " ")
	for _, tc := range []struct {
		env, wantErr, wantToken string
	}{
		{"", "", ""},
		{"MACH_TEST_STATUS_TOKEN", "", "tok-s3cr3t-0123456789"},
		{"MACH_TEST_EMPTY_TOKEN", "config: status_token_env names MACH_TEST_EMPTY_TOKEN, which is empty or not set; put /status's bearer token in MACH_TEST_EMPTY_TOKEN", ""},
		{"MACH_TEST_UNSET_TOKEN_X", "config: status_token_env names MACH_TEST_UNSET_TOKEN_X, which is empty or not set", ""},
		{"tok-s3cr3t pasted here", "config: status_token_env is not an environment variable name", ""},
	} {
		_, cfg := configFixture(t)
		cfg.StatusTokenEnv = tc.env
		err := cfg.Validate()
		if tc.wantErr == "" {
			if err != nil {
				t.Errorf("status_token_env %q: %v", tc.env, err)
				continue
			}
			sc, err := cfg.ServiceConfig(nil)
			if err != nil || sc.StatusToken != tc.wantToken {
				t.Errorf("status_token_env %q: service config token %q, %v; want %q", tc.env, sc.StatusToken, err, tc.wantToken)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.wantErr) || strings.Contains(err.Error(), "s3cr3t") {
			t.Errorf("status_token_env %q: %v; want %q", tc.env, err, tc.wantErr)
		}
		if _, err := cfg.ServiceConfig(nil); err == nil || !strings.Contains(err.Error(), tc.wantErr) {
			t.Errorf("status_token_env %q: ServiceConfig: %v; want %q", tc.env, err, tc.wantErr)
		}
	}
}
