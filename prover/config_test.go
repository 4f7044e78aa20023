package prover

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"gopkg.in/yaml.v3"

	"github.com/mach-avs/mach/internal/config"
)

// testKeyHex is a throwaway private key (anvil's account 9).
const testKeyHex = "2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6"

// validConfig returns a valid dev-backend config, the key in PrivateKeyEnv, the data dir in a temp dir.
func validConfig(t *testing.T) FileConfig {
	t.Helper()
	t.Setenv(PrivateKeyEnv, testKeyHex)
	var c FileConfig
	c.Defaults()
	c.L1RPCURL = "http://127.0.0.1:8545"
	c.ZkServiceManager = "0x1111111111111111111111111111111111111111"
	c.DataDir = filepath.Join(t.TempDir(), "prover")
	return c
}

func TestConfig_EveryKeyHasOneWellFormedEnvVar(t *testing.T) {
	if err := config.CheckEnv(&FileConfig{}, EnvPrefix); err != nil {
		t.Error(err)
	}
}

func TestConfig_DefaultsAreTheWorkersAndTheServicesDefaults(t *testing.T) {
	var c FileConfig
	c.Defaults()
	w := DefaultWorkerConfig()
	sc := c.ServiceConfig()
	if sc.Worker != w {
		t.Errorf("worker %+v, want DefaultWorkerConfig %+v", sc.Worker, w)
	}
	if sc.MaxJobBytes != DefaultMaxJobBytes || sc.Listen != "127.0.0.1:9093" {
		t.Errorf("service config %+v", sc)
	}
	if c.Backend != BackendDev || c.MetricsListen != "127.0.0.1:9094" || c.DataDir != "./data/prover" ||
		c.Bonsai.APIKeyEnv != "BONSAI_API_KEY" || c.Bonsai.URL != "https://api.bonsai.xyz" || c.Bonsai.RequestTimeout != 30*time.Second ||
		c.Exec.Timeout != 2*time.Hour || c.LogFormat != "text" || c.LogLevel != "info" {
		t.Errorf("defaults %+v", c)
	}
	if c.QueueDir() != filepath.Join("data", "prover", "queue") || c.ExecStateDir() != filepath.Join("data", "prover", "exec") {
		t.Errorf("queue dir %s, exec dir %s", c.QueueDir(), c.ExecStateDir())
	}
}

func TestConfig_ExampleFileDocumentsEveryKeyWithItsDefault(t *testing.T) {
	path := filepath.Join("..", "config-files", "prover.yaml")
	var cfg FileConfig
	if err := config.Read(path, &cfg); err != nil {
		t.Fatalf("config-files/prover.yaml does not decode: %v", err)
	}
	problems, err := config.CheckExample(path, &cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
	// CheckExample wants a comment above each top-level key; the bonsai and exec sections document each of their
	// keys in the comment above the section.
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	vars, err := config.EnvVars(&cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vars {
		section, key, nested := strings.Cut(v.Key, ".")
		if nested && !strings.Contains(string(data), "#   "+key+" ") {
			t.Errorf("%s does not document key %s in the comment above %s", path, v.Key, section)
		}
	}
	// Its values are the defaults, except the L1 URL.
	var defaults FileConfig
	defaults.Defaults()
	cfg.L1RPCURL = ""
	got, _ := yaml.Marshal(cfg)
	want, _ := yaml.Marshal(defaults)
	if !bytes.Equal(got, want) {
		t.Errorf("example file's values differ from Defaults():\n got %s\nwant %s", got, want)
	}

	// With the manager and a key, it is valid.
	t.Setenv(PrivateKeyEnv, testKeyHex)
	t.Setenv("MACH_PROVER_ZK_SERVICE_MANAGER", "0x1111111111111111111111111111111111111111")
	t.Setenv("MACH_PROVER_DATA_DIR", t.TempDir())
	if err := config.Load(path, new(FileConfig)); err != nil {
		t.Errorf("config-files/prover.yaml with zk_service_manager and a key: %v", err)
	}
}

func TestConfig_EnvironmentOverridesSectionKeys(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "prover.yaml")
	if err := os.WriteFile(path, []byte("backend: exec\nexec:\n  command: [/bin/true]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("MACH_PROVER_EXEC_COMMAND", "/bin/sh,-c,echo")
	t.Setenv("MACH_PROVER_BONSAI_RISC0_VERSION", "2.1.0")
	var c FileConfig
	if err := config.Read(path, &c); err != nil {
		t.Fatal(err)
	}
	if strings.Join(c.Exec.Command, " ") != "/bin/sh -c echo" || c.Bonsai.Risc0Version != "2.1.0" || c.Backend != BackendExec {
		t.Fatalf("after env: %+v", c)
	}
}

func TestConfig_ValidAcceptedForEachBackend(t *testing.T) {
	for name, edit := range map[string]func(*FileConfig){
		"dev": func(*FileConfig) {},
		"bonsai": func(c *FileConfig) {
			t.Setenv("MY_BONSAI_KEY", "k")
			c.Backend, c.Bonsai.APIKeyEnv, c.Bonsai.Risc0Version = BackendBonsai, "MY_BONSAI_KEY", "2.1.0"
		},
		"exec": func(c *FileConfig) {
			c.Backend, c.Exec.Command, c.Exec.Env = BackendExec, []string{"sh", "-c", "true"}, []string{"RUST_LOG=info"}
		},
	} {
		t.Run(name, func(t *testing.T) {
			c := validConfig(t)
			edit(&c)
			if err := c.Validate(); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestConfig_ValidateNamesEveryProblemAtOnce(t *testing.T) {
	c := validConfig(t)
	t.Setenv(PrivateKeyEnv, "")
	c.L1RPCURL = "ftp://secret-key@example.com/xyz"
	c.ZkServiceManager = "0x12"
	c.Backend = "gpu"
	c.Listen = "127.0.0.1:9093"
	c.MetricsListen = "127.0.0.1:9093"
	c.MaxJobMiB = 0
	c.PollInterval = 0
	c.MaxAttempts = 0
	c.MaxErrors = -1
	c.BackoffMin, c.BackoffMax = time.Minute, time.Second
	c.LogFormat = "xml"
	c.LogLevel = "loud"
	err := c.Validate()
	if err == nil {
		t.Fatal("Validate accepted a broken config")
	}
	msg := err.Error()
	for _, key := range []string{"l1_rpc_url", "zk_service_manager", "ecdsa_keystore", "backend", "metrics_listen",
		"max_job_mib", "poll_interval", "max_attempts", "max_errors", "backoff_max", "log_format", "log_level"} {
		if !strings.Contains(msg, "config: "+key+" ") {
			t.Errorf("no problem names %s:\n%s", key, msg)
		}
	}
	if strings.Contains(msg, "secret-key") {
		t.Errorf("the URL is echoed:\n%s", msg)
	}
}

func TestConfig_ValidateChecksTheChosenBackendsSection(t *testing.T) {
	t.Setenv("UNSET_BONSAI_KEY_FOR_TEST", "")
	for _, c := range []struct {
		name  string
		edit  func(*FileConfig)
		want  []string
		avoid string
	}{
		{"bonsai without key, version, with a missing elf", func(c *FileConfig) {
			c.Backend, c.Bonsai.APIKeyEnv, c.Bonsai.ELF, c.Bonsai.RequestTimeout = BackendBonsai, "UNSET_BONSAI_KEY_FOR_TEST", "/nonexistent/guest.elf", 0
			c.Bonsai.URL = "api.bonsai.xyz"
		}, []string{"bonsai.api_key_env names UNSET_BONSAI_KEY_FOR_TEST, which is empty or not set", "bonsai.risc0_version", "bonsai.elf", "bonsai.request_timeout", "bonsai.url"}, ""},
		{"bonsai key pasted as the variable name", func(c *FileConfig) {
			c.Backend, c.Bonsai.APIKeyEnv, c.Bonsai.Risc0Version = BackendBonsai, "sk-live-12/34", "2.1.0"
		}, []string{"bonsai.api_key_env is not an environment variable name"}, "sk-live"},
		{"exec without command", func(c *FileConfig) { c.Backend = BackendExec }, []string{"exec.command is empty"}, ""},
		{"exec with a missing command, bad env, no timeout", func(c *FileConfig) {
			c.Backend, c.Exec.Command, c.Exec.Env, c.Exec.Timeout = BackendExec, []string{"/nonexistent/prover"}, []string{"TOKEN"}, 0
		}, []string{"exec.command starts with /nonexistent/prover", "exec.env[0]", "exec.timeout"}, "TOKEN"},
		{"dev ignores the other sections", func(c *FileConfig) { c.Exec.Timeout, c.Bonsai.URL = 0, "" }, nil, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg := validConfig(t)
			c.edit(&cfg)
			err := cfg.Validate()
			if len(c.want) == 0 {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), "config: "+w) {
					t.Errorf("missing %q in:\n%v", w, err)
				}
			}
			if c.avoid != "" && strings.Contains(err.Error(), c.avoid) {
				t.Errorf("echoes %q:\n%v", c.avoid, err)
			}
		})
	}
}

func TestConfig_KeyComesFromExactlyOnePlace(t *testing.T) {
	c := validConfig(t)
	key, err := c.ECDSAKey()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := crypto.HexToECDSA(testKeyHex)
	if crypto.PubkeyToAddress(key.PublicKey) != crypto.PubkeyToAddress(want.PublicKey) {
		t.Fatal("wrong key from the environment")
	}

	t.Setenv(PrivateKeyEnv, "0xnot-a-key-"+testKeyHex[:10])
	if _, err := c.ECDSAKey(); err == nil || strings.Contains(err.Error(), testKeyHex[:10]) {
		t.Fatalf("bad key: %v (must fail without echoing it)", err)
	}

	// A keystore and the variable at once is ambiguous; a keystore needs one password source.
	c.ECDSAKeystore = filepath.Join(t.TempDir(), "missing.json")
	err = c.Validate()
	if err == nil || !strings.Contains(err.Error(), "config: ecdsa_keystore is set and so is "+PrivateKeyEnv) ||
		!strings.Contains(err.Error(), "config: ecdsa_password_env and ecdsa_password_file are both empty") {
		t.Fatalf("keystore and env key: %v", err)
	}
	t.Setenv(PrivateKeyEnv, "")
	c.ECDSAKeystore = ""
	c.ECDSAPasswordEnv = "PW"
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "config: ecdsa_keystore is empty and "+PrivateKeyEnv+" is not set") ||
		!strings.Contains(err.Error(), "config: ecdsa_password_env and ecdsa_password_file go with ecdsa_keystore") {
		t.Fatalf("no key: %v", err)
	}
}
