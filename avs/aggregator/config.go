package aggregator

import (
	"crypto/ecdsa"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/mach-avs/mach/avs/operator"
	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/internal/config"
	"github.com/mach-avs/mach/internal/ethtx"
)

// EnvPrefix starts the name of every environment variable that overrides a key of the aggregator's config.
const EnvPrefix = "MACH_AGGREGATOR_"

// PrivateKeyEnv is the environment variable the alert confirmer's private key (hex) is read from when
// ecdsa_keystore is empty: the seed's way, shared with mach deploy.
const PrivateKeyEnv = "MACH_ECDSA_PRIVATE_KEY"

// maxQuorumNumber is the highest quorum number EigenLayer's RegistryCoordinator supports (192 quorums).
const maxQuorumNumber = 191

// FileConfig is the aggregator's configuration (config-files/aggregator.yaml), read by `mach aggregator`. Every
// key can be overridden by the environment variable in its env tag: EnvPrefix plus the key in upper snake case.
// No key holds a secret: the alert confirmer's key lives in a keystore (or in PrivateKeyEnv), its password in an
// environment variable or a file the config names. (Config is the aggregator core's own settings; ServiceConfig
// turns a FileConfig into what NewService runs.)
type FileConfig struct {
	// L1RPCURL is the L1 node's JSON-RPC URL (http, https, ws or wss).
	L1RPCURL string `yaml:"l1_rpc_url" env:"MACH_AGGREGATOR_L1_RPC_URL"`
	// AVSDeployment is the path of machavs_deploy_output.json (deploy.ReadOutput).
	AVSDeployment string `yaml:"avs_deployment" env:"MACH_AGGREGATOR_AVS_DEPLOYMENT"`

	// ECDSAKeystore is the path of the alert confirmer's V3 keystore; empty means the key is in PrivateKeyEnv.
	ECDSAKeystore string `yaml:"ecdsa_keystore" env:"MACH_AGGREGATOR_ECDSA_KEYSTORE"`
	// ECDSAPasswordEnv names the environment variable holding the keystore's password.
	ECDSAPasswordEnv string `yaml:"ecdsa_password_env" env:"MACH_AGGREGATOR_ECDSA_PASSWORD_ENV"`
	// ECDSAPasswordFile is the path of a file holding the keystore's password (mode 0600).
	ECDSAPasswordFile string `yaml:"ecdsa_password_file" env:"MACH_AGGREGATOR_ECDSA_PASSWORD_FILE"`

	// Listen is the host:port of the JSON-RPC server signers call (operator.yaml's signer.aggregator_url).
	Listen string `yaml:"listen" env:"MACH_AGGREGATOR_LISTEN"`
	// MetricsListen is the host:port of the Prometheus /metrics server.
	MetricsListen string `yaml:"metrics_listen" env:"MACH_AGGREGATOR_METRICS_LISTEN"`
	// DataDir is the directory of the task store (pebble).
	DataDir string `yaml:"data_dir" env:"MACH_AGGREGATOR_DATA_DIR"`

	// QuorumNumbers are the quorums whose stake must sign, ascending (comma-separated in the environment).
	QuorumNumbers []uint64 `yaml:"quorum_numbers" env:"MACH_AGGREGATOR_QUORUM_NUMBERS" envSeparator:","`
	// ThresholdPercentage is the share of each quorum's stake that must sign; 0 means the service manager's.
	ThresholdPercentage uint64 `yaml:"threshold_percentage" env:"MACH_AGGREGATOR_THRESHOLD_PERCENTAGE"`
	// ReferenceBlockLag is how many blocks behind the L1 head a task's reference block is.
	ReferenceBlockLag uint64 `yaml:"reference_block_lag" env:"MACH_AGGREGATOR_REFERENCE_BLOCK_LAG"`
	// RetryInterval is the pause between confirmAlert attempts after a failure.
	RetryInterval time.Duration `yaml:"retry_interval" env:"MACH_AGGREGATOR_RETRY_INTERVAL"`
	// Grace is how long signatures are still collected after the threshold is met, before confirmAlert is sent.
	Grace time.Duration `yaml:"grace" env:"MACH_AGGREGATOR_GRACE"`
	// BumpAfter is how long a confirmAlert transaction may stay unmined before it is replaced with higher fees.
	BumpAfter time.Duration `yaml:"bump_after" env:"MACH_AGGREGATOR_BUMP_AFTER"`
	// BumpPercent raises both fee caps per replacement.
	BumpPercent uint64 `yaml:"bump_percent" env:"MACH_AGGREGATOR_BUMP_PERCENT"`
	// BumpMax is how many replacements one confirmAlert attempt sends at most.
	BumpMax uint64 `yaml:"bump_max" env:"MACH_AGGREGATOR_BUMP_MAX"`

	// LogFormat is text or json.
	LogFormat string `yaml:"log_format" env:"MACH_AGGREGATOR_LOG_FORMAT"`
	// LogLevel is debug, info, warn or error.
	LogLevel string `yaml:"log_level" env:"MACH_AGGREGATOR_LOG_LEVEL"`
}

var _ config.Config = (*FileConfig)(nil)

// Defaults sets every key that has a default: loopback listeners (the JSON-RPC one where operator.yaml's
// signer.aggregator_url points by default), ./data/aggregator, quorum 0, the contract's threshold, and the
// core's retry and fee-bump settings.
func (c *FileConfig) Defaults() {
	c.Listen = "127.0.0.1:8090"
	c.MetricsListen = "127.0.0.1:9090"
	c.DataDir = "./data/aggregator"
	c.QuorumNumbers = []uint64{0}
	c.ThresholdPercentage = 0
	c.ReferenceBlockLag = 2
	c.RetryInterval = 2 * time.Second
	c.BumpAfter = 30 * time.Second
	c.BumpPercent = 15
	c.BumpMax = 5
	c.LogFormat = "text"
	c.LogLevel = "info"
}

// Validate reports every problem of c at once, each naming its YAML key. The alert confirmer's key must come from
// exactly one place: ecdsa_keystore (with its password), or PrivateKeyEnv. It checks that the files it names exist
// and are of the right kind, but reads no password and contacts no node.
func (c *FileConfig) Validate() error { return c.validate(false) }

// ValidateWithKeyFlag is Validate for a run that was given the key on the command line (--ecdsa-private-key):
// then ecdsa_keystore must be empty, and PrivateKeyEnv is ignored.
func (c *FileConfig) ValidateWithKeyFlag() error { return c.validate(true) }

func (c *FileConfig) validate(keyFlag bool) error {
	var p config.Problems
	p.URL("l1_rpc_url", c.L1RPCURL, true, "the L1 node's JSON-RPC URL", "http", "https", "ws", "wss")
	if p.File("avs_deployment", c.AVSDeployment, "machavs_deploy_output.json (written by mach deploy)") {
		if _, err := deploy.ReadOutput(c.AVSDeployment); err != nil {
			p.Addf("avs_deployment", "is not a usable deployment: %v", err)
		}
	}
	c.validateKey(&p, keyFlag)

	p.HostPort("listen", c.Listen, "127.0.0.1:8090")
	p.HostPort("metrics_listen", c.MetricsListen, "127.0.0.1:9090")
	if c.Listen != "" && c.Listen == c.MetricsListen && !strings.HasSuffix(c.Listen, ":0") {
		p.Addf("metrics_listen", "is %s, the same address as listen; give each server its own port", c.Listen)
	}
	if p.Required("data_dir", c.DataDir, "the directory of the aggregator's task store, like ./data/aggregator") {
		if st, err := os.Stat(c.DataDir); err == nil && !st.IsDir() {
			p.Addf("data_dir", "names %s, which is not a directory; set it to a directory (created if missing)", c.DataDir)
		}
	}

	if len(c.QuorumNumbers) == 0 {
		p.Addf("quorum_numbers", "is empty; list the quorums whose stake must sign, like [0]")
	}
	for i, q := range c.QuorumNumbers {
		key := fmt.Sprintf("quorum_numbers[%d]", i)
		switch {
		case q > maxQuorumNumber:
			p.Addf(key, "is %d; quorum numbers go from 0 to %d", q, maxQuorumNumber)
		case i > 0 && q <= c.QuorumNumbers[i-1]:
			p.Addf(key, "is %d, not above the previous one; list quorums once each, in ascending order (confirmAlert requires it)", q)
		}
	}
	if c.ThresholdPercentage > 100 {
		p.Addf("threshold_percentage", "is %d; set a percentage from 1 to 100, or 0 for the service manager's quorumThresholdPercentage", c.ThresholdPercentage)
	}
	if c.ReferenceBlockLag == 0 {
		p.Addf("reference_block_lag", "is 0; set it to 1 or more (the reference block must be in the past)")
	}
	positive := func(key string, d time.Duration, example string) {
		if d <= 0 {
			p.Addf(key, "is %s; set a positive duration, like %s", d, example)
		}
	}
	positive("retry_interval", c.RetryInterval, "2s")
	if c.Grace < 0 || c.Grace > 10*time.Minute {
		p.Addf("grace", "is %s; set a duration from 0 (send at once) to 10m, like 2s", c.Grace)
	}
	positive("bump_after", c.BumpAfter, "30s")
	if c.BumpPercent < 10 || c.BumpPercent > 100 {
		p.Addf("bump_percent", "is %d; set a percentage from 10 (nodes refuse smaller replacements) to 100", c.BumpPercent)
	}
	if c.BumpMax < 1 || c.BumpMax > 100 {
		p.Addf("bump_max", "is %d; set how many fee bumps one confirmAlert may get, from 1 to 100", c.BumpMax)
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

func (c *FileConfig) validateKey(p *config.Problems, keyFlag bool) {
	flag := ""
	if keyFlag {
		flag = "--ecdsa-private-key"
	}
	c.keySource().Validate(p, flag)
}

// keySource is where the alert confirmer's key is.
func (c *FileConfig) keySource() operator.ECDSAKeySource {
	return operator.ECDSAKeySource{Keystore: c.ECDSAKeystore, PasswordEnv: c.ECDSAPasswordEnv, PasswordFile: c.ECDSAPasswordFile,
		PrivateKeyEnv: PrivateKeyEnv, Owner: "the alert confirmer"}
}

// ECDSAKey returns the alert confirmer's key: ecdsa_keystore decrypted with its password, or else the key in
// PrivateKeyEnv. Errors never quote the key.
func (c *FileConfig) ECDSAKey() (*ecdsa.PrivateKey, error) { return c.keySource().Load() }

// Deployment reads the deployment file named by avs_deployment.
func (c *FileConfig) Deployment() (*deploy.Output, error) {
	return deploy.ReadOutput(c.AVSDeployment)
}

// Logger returns a logger writing to w in log_format at log_level.
func (c *FileConfig) Logger(w io.Writer) (*slog.Logger, error) {
	return config.NewLogger(w, c.LogFormat, c.LogLevel)
}

// ServiceConfig returns what NewService runs from c (validated), with the alert confirmer's key and a logger
// chosen by the caller. It reads the deployment file.
func (c *FileConfig) ServiceConfig(key *ecdsa.PrivateKey, logger *slog.Logger) (ServiceConfig, error) {
	d, err := c.Deployment()
	if err != nil {
		return ServiceConfig{}, fmt.Errorf("avs_deployment: %w", err)
	}
	quorums := make([]byte, len(c.QuorumNumbers))
	for i, q := range c.QuorumNumbers {
		quorums[i] = byte(q)
	}
	return ServiceConfig{
		L1RPCURL:      c.L1RPCURL,
		Deployment:    d,
		Key:           key,
		Listen:        c.Listen,
		MetricsListen: c.MetricsListen,
		DataDir:       c.DataDir,
		Logger:        logger,
		Aggregator: Config{
			QuorumNumbers:       quorums,
			ThresholdPercentage: uint8(c.ThresholdPercentage),
			ReferenceBlockLag:   c.ReferenceBlockLag,
			RetryInterval:       c.RetryInterval,
			Grace:               c.Grace,
			Bump:                ethtx.Bump{After: c.BumpAfter, Percent: c.BumpPercent, Max: int(c.BumpMax)},
		},
	}, nil
}
