package prover

import (
	"crypto/ecdsa"
	"fmt"
	"io"
	"log/slog"
	"os"
	osexec "os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mach-avs/mach/avs/operator"
	"github.com/mach-avs/mach/internal/config"
)

// EnvPrefix starts the name of every environment variable that overrides a key of the prover's config.
const EnvPrefix = "MACH_PROVER_"

// PrivateKeyEnv is the environment variable the submitter's private key (hex) is read from when ecdsa_keystore is
// empty: the same variable the aggregator and mach deploy read.
const PrivateKeyEnv = "MACH_ECDSA_PRIVATE_KEY"

// Backend names, the values of the backend key.
const (
	BackendDev    = "dev"
	BackendBonsai = "bonsai"
	BackendExec   = "exec"
)

// DefaultBonsaiAPIKeyEnv is the default of bonsai.api_key_env.
const DefaultBonsaiAPIKeyEnv = "BONSAI_API_KEY"

// FileConfig is the prover's configuration (config-files/prover.yaml), read by `mach prover`. Every key can be
// overridden by the environment variable in its env tag: EnvPrefix plus the key's YAML path in upper snake case
// (bonsai.url is MACH_PROVER_BONSAI_URL). No key holds a secret: the submitter's key lives in a keystore (or in
// PrivateKeyEnv), its password and the Bonsai API key in environment variables or a file the config names.
//
// The guest's image id and the verifier's selector are not configured: they are read from L1 at start (the ZK
// manager's imageId, its verifier's SELECTOR()), so the proofs are always for what the manager accepts.
type FileConfig struct {
	// L1RPCURL is the L1 node's JSON-RPC URL (http, https, ws or wss).
	L1RPCURL string `yaml:"l1_rpc_url" env:"MACH_PROVER_L1_RPC_URL"`
	// ZkServiceManager is the MachZkServiceManager (proxy) address on L1 proofs are submitted to.
	ZkServiceManager string `yaml:"zk_service_manager" env:"MACH_PROVER_ZK_SERVICE_MANAGER"`

	// ECDSAKeystore is the path of the submitter's V3 keystore (it pays submitProve's gas; anyone may prove);
	// empty means the key is in PrivateKeyEnv.
	ECDSAKeystore string `yaml:"ecdsa_keystore" env:"MACH_PROVER_ECDSA_KEYSTORE"`
	// ECDSAPasswordEnv names the environment variable holding the keystore's password.
	ECDSAPasswordEnv string `yaml:"ecdsa_password_env" env:"MACH_PROVER_ECDSA_PASSWORD_ENV"`
	// ECDSAPasswordFile is the path of a file holding the keystore's password (mode 0600).
	ECDSAPasswordFile string `yaml:"ecdsa_password_file" env:"MACH_PROVER_ECDSA_PASSWORD_FILE"`

	// Backend is the proving backend: dev (devnets only, proves nothing), bonsai or exec.
	Backend string `yaml:"backend" env:"MACH_PROVER_BACKEND"`
	// Bonsai configures the bonsai backend.
	Bonsai BonsaiFileConfig `yaml:"bonsai"`
	// Exec configures the exec backend.
	Exec ExecFileConfig `yaml:"exec"`

	// Listen is the host:port of the job API (POST /v1/jobs) verifiers enqueue jobs on.
	Listen string `yaml:"listen" env:"MACH_PROVER_LISTEN"`
	// MetricsListen is the host:port of the Prometheus /metrics server.
	MetricsListen string `yaml:"metrics_listen" env:"MACH_PROVER_METRICS_LISTEN"`
	// DataDir is the directory of the job queue (pebble) and of the exec backend's session files.
	DataDir string `yaml:"data_dir" env:"MACH_PROVER_DATA_DIR"`
	// MaxJobMiB limits a POST /v1/jobs body, in MiB.
	MaxJobMiB int64 `yaml:"max_job_mib" env:"MACH_PROVER_MAX_JOB_MIB"`

	// PollInterval is how often the worker looks at jobs and polls running proving sessions.
	PollInterval time.Duration `yaml:"poll_interval" env:"MACH_PROVER_POLL_INTERVAL"`
	// MaxAttempts is how many proving sessions one job may start before it fails.
	MaxAttempts int `yaml:"max_attempts" env:"MACH_PROVER_MAX_ATTEMPTS"`
	// MaxErrors is how many consecutive transient errors a job may meet in one state before it fails.
	MaxErrors int `yaml:"max_errors" env:"MACH_PROVER_MAX_ERRORS"`
	// BackoffMin and BackoffMax bound the exponential backoff after a transient error.
	BackoffMin time.Duration `yaml:"backoff_min" env:"MACH_PROVER_BACKOFF_MIN"`
	BackoffMax time.Duration `yaml:"backoff_max" env:"MACH_PROVER_BACKOFF_MAX"`

	// LogFormat is text or json.
	LogFormat string `yaml:"log_format" env:"MACH_PROVER_LOG_FORMAT"`
	// LogLevel is debug, info, warn or error.
	LogLevel string `yaml:"log_level" env:"MACH_PROVER_LOG_LEVEL"`
}

// BonsaiFileConfig is the bonsai section: RISC Zero's proving service.
type BonsaiFileConfig struct {
	// URL is the API base URL.
	URL string `yaml:"url" env:"MACH_PROVER_BONSAI_URL"`
	// APIKeyEnv names the environment variable holding the API key.
	APIKeyEnv string `yaml:"api_key_env" env:"MACH_PROVER_BONSAI_API_KEY_ENV"`
	// Risc0Version is the risc0-zkvm version the guest was built with.
	Risc0Version string `yaml:"risc0_version" env:"MACH_PROVER_BONSAI_RISC0_VERSION"`
	// ELF is the path of the guest program, uploaded when Bonsai does not know the image yet; empty if it was
	// uploaded before.
	ELF string `yaml:"elf" env:"MACH_PROVER_BONSAI_ELF"`
	// RequestTimeout bounds each HTTP request to Bonsai.
	RequestTimeout time.Duration `yaml:"request_timeout" env:"MACH_PROVER_BONSAI_REQUEST_TIMEOUT"`
}

// ExecFileConfig is the exec section: an external command that proves a job.
type ExecFileConfig struct {
	// Command is the argv to run, no shell; {input} and {output} are replaced by file paths.
	Command []string `yaml:"command" env:"MACH_PROVER_EXEC_COMMAND" envSeparator:","`
	// Timeout bounds one run.
	Timeout time.Duration `yaml:"timeout" env:"MACH_PROVER_EXEC_TIMEOUT"`
	// Env holds extra KEY=VALUE variables for the command.
	Env []string `yaml:"env" env:"MACH_PROVER_EXEC_ENV" envSeparator:","`
}

var _ config.Config = (*FileConfig)(nil)

// Defaults sets every key that has a default: the dev backend, loopback listeners next to the verifier's,
// ./data/prover, Bonsai's public API, and the worker's own defaults (DefaultWorkerConfig).
func (c *FileConfig) Defaults() {
	w := DefaultWorkerConfig()
	c.Backend = BackendDev
	c.Bonsai = BonsaiFileConfig{URL: "https://api.bonsai.xyz", APIKeyEnv: DefaultBonsaiAPIKeyEnv, RequestTimeout: 30 * time.Second}
	c.Exec = ExecFileConfig{Timeout: 2 * time.Hour}
	c.Listen = "127.0.0.1:9093"
	c.MetricsListen = "127.0.0.1:9094"
	c.DataDir = "./data/prover"
	c.MaxJobMiB = DefaultMaxJobBytes >> 20
	c.PollInterval = w.PollInterval
	c.MaxAttempts = w.MaxAttempts
	c.MaxErrors = w.MaxErrors
	c.BackoffMin = w.BackoffMin
	c.BackoffMax = w.BackoffMax
	c.LogFormat = "text"
	c.LogLevel = "info"
}

// Validate reports every problem of c at once, each naming its YAML key. The submitter's key must come from
// exactly one place: ecdsa_keystore (with its password), or PrivateKeyEnv. It checks that the files and commands
// it names exist and that the Bonsai API key variable is set, but reads no password and contacts no node.
func (c *FileConfig) Validate() error {
	var p config.Problems
	p.URL("l1_rpc_url", c.L1RPCURL, true, "the L1 node's JSON-RPC URL", "http", "https", "ws", "wss")
	switch {
	case c.ZkServiceManager == "":
		p.Addf("zk_service_manager", "is empty; set it to the MachZkServiceManager (proxy) address on L1 proofs are submitted to")
	case !common.IsHexAddress(c.ZkServiceManager):
		p.Addf("zk_service_manager", "%q is not an address; set 0x followed by 40 hex digits", c.ZkServiceManager)
	case common.HexToAddress(c.ZkServiceManager) == (common.Address{}):
		p.Addf("zk_service_manager", "is the zero address; set the MachZkServiceManager (proxy) address")
	}
	c.validateKey(&p)
	c.validateBackend(&p)

	p.HostPort("listen", c.Listen, "127.0.0.1:9093")
	p.HostPort("metrics_listen", c.MetricsListen, "127.0.0.1:9094")
	if c.Listen != "" && c.Listen == c.MetricsListen && !strings.HasSuffix(c.Listen, ":0") {
		p.Addf("metrics_listen", "is %s, the same address as listen; give each server its own port", c.Listen)
	}
	if p.Required("data_dir", c.DataDir, "the directory of the prover's job queue, like ./data/prover") {
		if st, err := os.Stat(c.DataDir); err == nil && !st.IsDir() {
			p.Addf("data_dir", "names %s, which is not a directory; set it to a directory (created if missing)", c.DataDir)
		}
	}
	if c.MaxJobMiB < 1 || c.MaxJobMiB > 4096 {
		p.Addf("max_job_mib", "is %d; set the largest job body accepted, in MiB, from 1 to 4096, like %d", c.MaxJobMiB, DefaultMaxJobBytes>>20)
	}

	positive := func(key string, d time.Duration, example string) bool {
		if d <= 0 {
			p.Addf(key, "is %s; set a positive duration, like %s", d, example)
			return false
		}
		return true
	}
	positive("poll_interval", c.PollInterval, "2s")
	if c.MaxAttempts < 1 || c.MaxAttempts > 1000 {
		p.Addf("max_attempts", "is %d; set how many proving sessions one job may start, from 1 to 1000, like 3", c.MaxAttempts)
	}
	if c.MaxErrors < 1 || c.MaxErrors > 100000 {
		p.Addf("max_errors", "is %d; set how many consecutive transient errors a job may meet before it fails, from 1 to 100000, like 30", c.MaxErrors)
	}
	if positive("backoff_min", c.BackoffMin, "1s") && positive("backoff_max", c.BackoffMax, "5m") && c.BackoffMax < c.BackoffMin {
		p.Addf("backoff_max", "is %s, below backoff_min (%s); set it to backoff_min or more", c.BackoffMax, c.BackoffMin)
	}
	switch c.LogFormat {
	case "text", "json":
	default:
		p.Addf("log_format", "is %q; set text or json", c.LogFormat)
	}
	if _, err := config.ParseLogLevel(c.LogLevel); err != nil {
		p.Addf("log_level", "is %q; set debug, info, warn or error", c.LogLevel)
	}
	return p.Err()
}

func (c *FileConfig) validateKey(p *config.Problems) { c.keySource().Validate(p, "") }

// keySource is where the submitter's key is.
func (c *FileConfig) keySource() operator.ECDSAKeySource {
	return operator.ECDSAKeySource{Keystore: c.ECDSAKeystore, PasswordEnv: c.ECDSAPasswordEnv, PasswordFile: c.ECDSAPasswordFile,
		PrivateKeyEnv: PrivateKeyEnv, Owner: "the submitter", Hint: "; the account pays submitProve's gas"}
}

// validateBackend checks the section of the chosen backend; the other sections are not looked at (they keep
// their defaults in the shipped file).
func (c *FileConfig) validateBackend(p *config.Problems) {
	switch c.Backend {
	case BackendDev:
	case BackendBonsai:
		b := c.Bonsai
		p.URL("bonsai.url", b.URL, true, "Bonsai's API base URL, like https://api.bonsai.xyz", "https", "http")
		if b.APIKeyEnv == "" {
			p.Addf("bonsai.api_key_env", "is empty; set the name of the environment variable holding the Bonsai API key, like %s", DefaultBonsaiAPIKeyEnv)
		} else if _, err := c.BonsaiAPIKey(); err != nil {
			p.Addf("bonsai.api_key_env", "%s", strings.TrimPrefix(err.Error(), "bonsai.api_key_env "))
		}
		p.Required("bonsai.risc0_version", b.Risc0Version, "the risc0-zkvm version the guest was built with, like 2.1.0")
		if b.ELF != "" {
			p.File("bonsai.elf", b.ELF, "the guest program (ELF), or leave it empty if Bonsai already has the image")
		}
		if b.RequestTimeout <= 0 {
			p.Addf("bonsai.request_timeout", "is %s; set a positive duration, like 30s", b.RequestTimeout)
		}
	case BackendExec:
		e := c.Exec
		switch {
		case len(e.Command) == 0 || e.Command[0] == "":
			p.Addf("exec.command", "is empty; set the prover command as a list (argv, no shell), like [\"/usr/local/bin/my-prover\", \"{input}\", \"{output}\"]")
		default:
			if _, err := osexec.LookPath(e.Command[0]); err != nil {
				p.Addf("exec.command", "starts with %s, which is not an executable file (or not on PATH); install it or fix the path", e.Command[0])
			}
		}
		if e.Timeout <= 0 {
			p.Addf("exec.timeout", "is %s; set a positive duration, like 2h", e.Timeout)
		}
		for i, kv := range e.Env {
			name, _, ok := strings.Cut(kv, "=")
			if !ok || !config.IsVariableName(name) {
				p.Addf(fmt.Sprintf("exec.env[%d]", i), "is not KEY=VALUE with a variable name as KEY (value not shown); write it like RUST_LOG=info")
			}
		}
	case "":
		p.Addf("backend", "is empty; set dev (devnets only: proves nothing), bonsai or exec")
	default:
		p.Addf("backend", "is %q; set dev (devnets only: proves nothing), bonsai or exec", c.Backend)
	}
}

// ZkManager is the zk_service_manager address (the zero address if the key is not a valid address).
func (c *FileConfig) ZkManager() common.Address {
	if !common.IsHexAddress(c.ZkServiceManager) {
		return common.Address{}
	}
	return common.HexToAddress(c.ZkServiceManager)
}

// ECDSAKey returns the submitter's key: ecdsa_keystore decrypted with its password, or else the key in
// PrivateKeyEnv. Errors never quote the key.
func (c *FileConfig) ECDSAKey() (*ecdsa.PrivateKey, error) { return c.keySource().Load() }

// BonsaiAPIKey returns the Bonsai API key from the variable bonsai.api_key_env names. Errors never quote it.
func (c *FileConfig) BonsaiAPIKey() (string, error) {
	v, err := config.EnvSecret(c.Bonsai.APIKeyEnv, "the Bonsai API key", DefaultBonsaiAPIKeyEnv, "")
	if err != nil {
		return "", fmt.Errorf("bonsai.api_key_env %w", err)
	}
	return v, nil
}

// BonsaiELF reads the guest program bonsai.elf names; nil when the key is empty.
func (c *FileConfig) BonsaiELF() ([]byte, error) {
	if c.Bonsai.ELF == "" {
		return nil, nil
	}
	elf, err := os.ReadFile(c.Bonsai.ELF)
	if err != nil {
		return nil, fmt.Errorf("bonsai.elf: %w", err)
	}
	return elf, nil
}

// ExecStateDir is where the exec backend keeps its session files: data_dir/exec.
func (c *FileConfig) ExecStateDir() string { return filepath.Join(c.DataDir, "exec") }

// QueueDir is the directory of the job queue's store: data_dir/queue.
func (c *FileConfig) QueueDir() string { return filepath.Join(c.DataDir, "queue") }

// Logger returns a logger writing to w in log_format at log_level.
func (c *FileConfig) Logger(w io.Writer) (*slog.Logger, error) {
	return config.NewLogger(w, c.LogFormat, c.LogLevel)
}

// ServiceConfig returns the Service settings of c (validated): the job API, its body limit and the worker.
func (c *FileConfig) ServiceConfig() ServiceConfig {
	return ServiceConfig{
		Listen:      c.Listen,
		MaxJobBytes: c.MaxJobMiB << 20,
		Worker: WorkerConfig{
			PollInterval: c.PollInterval,
			MaxAttempts:  c.MaxAttempts,
			MaxErrors:    c.MaxErrors,
			BackoffMin:   c.BackoffMin,
			BackoffMax:   c.BackoffMax,
		},
	}
}
