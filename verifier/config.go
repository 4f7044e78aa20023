package verifier

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"regexp"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/superchain"

	"github.com/mach-avs/mach/avs/operator"
	"github.com/mach-avs/mach/internal/config"
)

// EnvPrefix starts the name of every environment variable that overrides a key of the verifier's config.
const EnvPrefix = "MACH_VERIFIER_"

// maxReorgDepth bounds reorg_depth: each remembered block is one header in the store, and no OP Stack chain
// reorgs deeper than its sequencing window (a few thousand blocks).
const maxReorgDepth = 1_000_000

// maxChainConfigFile bounds the file l2_chain_config names. A genesis.json carries the whole genesis allocation:
// devnets' are small, but a real chain's may be hundreds of megabytes.
const maxChainConfigFile = 1 << 30

// FileConfig is the verifier's configuration (config-files/verifier.yaml), read by `mach verifier`. Every key can
// be overridden by the environment variable in its env tag: EnvPrefix plus the key in upper snake case. No key
// holds a secret, but URLs may carry API keys: they are never echoed. (Config is the verifier core's own settings;
// ServiceConfig turns a FileConfig into what NewService runs.)
type FileConfig struct {
	// RollupChainID is the L2's chain ID; the L2 nodes must report it and the chain config must be for it.
	RollupChainID uint64 `yaml:"rollup_chain_id" env:"MACH_VERIFIER_ROLLUP_CHAIN_ID"`
	// L2RPCURL is the L2 node blocks and execution witnesses are read from (http, https, ws or wss). Untrusted.
	L2RPCURL string `yaml:"l2_rpc_url" env:"MACH_VERIFIER_L2_RPC_URL"`
	// L2RPCURLSecondary is another L2 node, optional: an invalid verdict is re-checked on it before alerting, and
	// an incomplete witness is asked of it.
	L2RPCURLSecondary string `yaml:"l2_rpc_url_secondary" env:"MACH_VERIFIER_L2_RPC_URL_SECONDARY"`
	// AnchorBlockHash is a trusted L2 block hash (0x and 64 hex digits): the genesis, or a block whose output was
	// finalized on L1. Verification starts at its child.
	AnchorBlockHash string `yaml:"anchor_block_hash" env:"MACH_VERIFIER_ANCHOR_BLOCK_HASH"`
	// AnchorOutputIndex, instead of AnchorBlockHash, anchors at the L2 block of this output of l2_output_oracle
	// (a finalized one): the upstream's block must have the posted output root. Outputs after it are checked.
	AnchorOutputIndex *uint64 `yaml:"anchor_output_index" env:"MACH_VERIFIER_ANCHOR_OUTPUT_INDEX"`
	// L2ChainConfig is the path of a JSON file holding the L2's chain config: a go-ethereum ChainConfig object, or
	// a whole genesis.json (its "config" key). Empty means: look rollup_chain_id up in op-geth's superchain registry.
	L2ChainConfig string `yaml:"l2_chain_config" env:"MACH_VERIFIER_L2_CHAIN_CONFIG"`

	// SignerURLs are the JSON-RPC URLs of the operators' signers alerts are sent to (comma-separated in the
	// environment). Empty means alerts are only logged.
	SignerURLs []string `yaml:"signer_urls" env:"MACH_VERIFIER_SIGNER_URLS" envSeparator:","`

	// L1RPCURL is the L1 node the L2OutputOracle is read on; set with L2OutputOracle, or neither.
	L1RPCURL string `yaml:"l1_rpc_url" env:"MACH_VERIFIER_L1_RPC_URL"`
	// L2OutputOracle is the rollup's L2OutputOracle on L1 (an address); its posted outputs are checked.
	L2OutputOracle string `yaml:"l2_output_oracle" env:"MACH_VERIFIER_L2_OUTPUT_ORACLE"`
	// OracleStartIndex is the first output index checked on a fresh start (earlier outputs predate the anchor).
	OracleStartIndex uint64 `yaml:"oracle_start_index" env:"MACH_VERIFIER_ORACLE_START_INDEX"`
	// OracleInterval is how often the L2OutputOracle is read.
	OracleInterval time.Duration `yaml:"oracle_interval" env:"MACH_VERIFIER_ORACLE_INTERVAL"`

	// ZK is ZK mode: early alerts on the rollup's MachZkServiceManager and proof jobs for a prover.
	ZK ZKFileConfig `yaml:"zk"`

	// PollInterval is how often an idle verifier asks the L2 for new blocks.
	PollInterval time.Duration `yaml:"poll_interval" env:"MACH_VERIFIER_POLL_INTERVAL"`
	// RetryInterval is the pause after an incomplete witness, a bad or missing answer, or an undelivered alert.
	RetryInterval time.Duration `yaml:"retry_interval" env:"MACH_VERIFIER_RETRY_INTERVAL"`
	// ReorgDepth is how many verified blocks are remembered to follow an L2 reorg.
	ReorgDepth uint64 `yaml:"reorg_depth" env:"MACH_VERIFIER_REORG_DEPTH"`

	// DataDir is the directory of the progress store (pebble).
	DataDir string `yaml:"data_dir" env:"MACH_VERIFIER_DATA_DIR"`
	// MetricsListen is the host:port of the Prometheus /metrics server (which also serves GET /status).
	MetricsListen string `yaml:"metrics_listen" env:"MACH_VERIFIER_METRICS_LISTEN"`
	// StatusTokenEnv names the environment variable holding the bearer token GET /status requires; empty serves
	// /status without authentication. The token itself is never in a config file, a log or an error.
	StatusTokenEnv string `yaml:"status_token_env" env:"MACH_VERIFIER_STATUS_TOKEN_ENV"`

	// LogFormat is text or json.
	LogFormat string `yaml:"log_format" env:"MACH_VERIFIER_LOG_FORMAT"`
	// LogLevel is debug, info, warn or error.
	LogLevel string `yaml:"log_level" env:"MACH_VERIFIER_LOG_LEVEL"`
}

var _ config.Config = (*FileConfig)(nil)

// ZKFileConfig is the zk section: with service_manager set, every alert is also posted as an early alert on that
// MachZkServiceManager from ecdsa_keystore's account (allowlisted there), and its proof job is sent to prover_url.
type ZKFileConfig struct {
	// ServiceManager is the MachZkServiceManager proxy on L1 (l1_rpc_url); empty turns ZK mode off.
	ServiceManager string `yaml:"service_manager" env:"MACH_VERIFIER_ZK_SERVICE_MANAGER"`
	// ECDSAKeystore is the V3 keystore of the allowlisted operator account that posts early alerts.
	ECDSAKeystore string `yaml:"ecdsa_keystore" env:"MACH_VERIFIER_ZK_ECDSA_KEYSTORE"`
	// ECDSAPasswordEnv names the environment variable holding the keystore's password.
	ECDSAPasswordEnv string `yaml:"ecdsa_password_env" env:"MACH_VERIFIER_ZK_ECDSA_PASSWORD_ENV"`
	// ECDSAPasswordFile is the path of a file holding the keystore's password (mode 0600).
	ECDSAPasswordFile string `yaml:"ecdsa_password_file" env:"MACH_VERIFIER_ZK_ECDSA_PASSWORD_FILE"`
	// ProverURL is the job API of a `mach prover` (its listen address); empty posts early alerts only.
	ProverURL string `yaml:"prover_url" env:"MACH_VERIFIER_ZK_PROVER_URL"`
}

// keySource is where the early alerter's key is.
func (z *ZKFileConfig) keySource() operator.ECDSAKeySource {
	return operator.ECDSAKeySource{Keystore: z.ECDSAKeystore, PasswordEnv: z.ECDSAPasswordEnv, PasswordFile: z.ECDSAPasswordFile,
		Prefix: "zk.", Owner: "the operator account allowlisted on the ZK manager"}
}

// validate adds the zk section's problems to p.
func (z *ZKFileConfig) validate(p *config.Problems, c *FileConfig) {
	if z.ServiceManager == "" {
		if z.ECDSAKeystore != "" || z.ProverURL != "" {
			p.Addf("zk.service_manager", "is empty but other zk keys are set; set the MachZkServiceManager address, or clear the zk section")
		}
		return
	}
	if !common.IsHexAddress(z.ServiceManager) || common.HexToAddress(z.ServiceManager) == (common.Address{}) {
		p.Addf("zk.service_manager", "%q is not a contract address; set 0x followed by 40 hex digits", z.ServiceManager)
	}
	if c.L1RPCURL == "" || c.L2OutputOracle == "" {
		p.Addf("zk.service_manager", "needs l1_rpc_url and l2_output_oracle: early alerts go to L1, and proofs start from posted outputs")
	}
	z.keySource().Validate(p, "")
	p.URL("zk.prover_url", z.ProverURL, false, "a mach prover's job API URL, like http://127.0.0.1:9093, or leave it empty", "http", "https")
}

// Defaults sets every key that has a default: the core's intervals and reorg depth, ./data/verifier, and a
// loopback metrics server next to the aggregator's.
func (c *FileConfig) Defaults() {
	c.PollInterval = 500 * time.Millisecond
	c.RetryInterval = 2 * time.Second
	c.ReorgDepth = 1024
	c.OracleInterval = 12 * time.Second
	c.DataDir = "./data/verifier"
	c.MetricsListen = "127.0.0.1:9091"
	c.LogFormat = "text"
	c.LogLevel = "info"
}

var hashPattern = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)

// Validate reports every problem of c at once, each naming its YAML key. It reads the chain config (the file
// l2_chain_config names, or the superchain registry's entry) but contacts no node.
func (c *FileConfig) Validate() error {
	var p config.Problems
	if c.RollupChainID == 0 {
		p.Addf("rollup_chain_id", "is 0 or missing; set it to the L2's chain ID, like 10 for OP Mainnet")
	}
	const rpcWhat = "an L2 node's JSON-RPC URL (it must serve debug_executionWitness)"
	primary := p.URL("l2_rpc_url", c.L2RPCURL, true, rpcWhat, "http", "https", "ws", "wss")
	if p.URL("l2_rpc_url_secondary", c.L2RPCURLSecondary, false, "another L2 node's JSON-RPC URL, or leave it empty", "http", "https", "ws", "wss") != nil &&
		primary != nil && c.L2RPCURLSecondary == c.L2RPCURL {
		p.Addf("l2_rpc_url_secondary", "is the same URL as l2_rpc_url; a second opinion must come from another node, or leave it empty")
	}
	switch {
	case c.AnchorOutputIndex != nil:
		if c.AnchorBlockHash != "" {
			p.Addf("anchor_output_index", "and anchor_block_hash are both set; keep one anchor")
		}
		if c.L2OutputOracle == "" {
			p.Addf("anchor_output_index", "needs l2_output_oracle and l1_rpc_url: the output is read from the L2OutputOracle")
		}
		if c.OracleStartIndex != 0 {
			p.Addf("oracle_start_index", "is set with anchor_output_index; outputs are checked from the one after the anchor, so clear oracle_start_index")
		}
	case c.AnchorBlockHash == "":
		p.Addf("anchor_block_hash", "is empty; set it to a trusted L2 block hash (the genesis, or a block whose output was finalized on L1), or set anchor_output_index")
	case !hashPattern.MatchString(c.AnchorBlockHash):
		p.Addf("anchor_block_hash", "%q is not a block hash; set 0x followed by 64 hex digits", c.AnchorBlockHash)
	case common.HexToHash(c.AnchorBlockHash) == (common.Hash{}):
		p.Addf("anchor_block_hash", "is the zero hash; set a trusted L2 block hash")
	}
	c.validateChainConfig(&p)

	seen := map[string]int{}
	for i, u := range c.SignerURLs {
		key := fmt.Sprintf("signer_urls[%d]", i)
		if p.URL(key, u, true, "a signer's JSON-RPC URL (operator.yaml's socket), like http://127.0.0.1:9010", "http", "https") == nil {
			continue
		}
		if j, dup := seen[u]; dup {
			p.Addf(key, "repeats signer_urls[%d]; list each signer once", j)
		}
		seen[u] = i
	}

	switch {
	case c.L1RPCURL == "" && c.L2OutputOracle != "":
		p.Addf("l1_rpc_url", "is empty but l2_output_oracle is set; set the L1 node's JSON-RPC URL the oracle is read on, or clear l2_output_oracle")
	case c.L1RPCURL != "" && c.L2OutputOracle == "":
		p.Addf("l2_output_oracle", "is empty but l1_rpc_url is set; set the rollup's L2OutputOracle address on L1, or clear l1_rpc_url")
	case c.L1RPCURL != "":
		p.URL("l1_rpc_url", c.L1RPCURL, true, "the L1 node's JSON-RPC URL", "http", "https", "ws", "wss")
		if !common.IsHexAddress(c.L2OutputOracle) {
			p.Addf("l2_output_oracle", "%q is not an address; set 0x followed by 40 hex digits", c.L2OutputOracle)
		} else if common.HexToAddress(c.L2OutputOracle) == (common.Address{}) {
			p.Addf("l2_output_oracle", "is the zero address; set the rollup's L2OutputOracle address on L1")
		}
	case c.OracleStartIndex != 0:
		p.Addf("oracle_start_index", "is %d but l2_output_oracle is empty; clear it, or set l1_rpc_url and l2_output_oracle", c.OracleStartIndex)
	}

	c.ZK.validate(&p, c)

	positive := func(key string, d time.Duration, example string) {
		if d <= 0 {
			p.Addf(key, "is %s; set a positive duration, like %s", d, example)
		}
	}
	positive("oracle_interval", c.OracleInterval, "12s")
	positive("poll_interval", c.PollInterval, "500ms")
	positive("retry_interval", c.RetryInterval, "2s")
	if c.ReorgDepth < 1 || c.ReorgDepth > maxReorgDepth {
		p.Addf("reorg_depth", "is %d; set how many verified blocks to remember for reorgs, from 1 to %d, like 1024", c.ReorgDepth, maxReorgDepth)
	}
	if p.Required("data_dir", c.DataDir, "the directory of the verifier's progress store, like ./data/verifier") {
		if st, err := os.Stat(c.DataDir); err == nil && !st.IsDir() {
			p.Addf("data_dir", "names %s, which is not a directory; set it to a directory (created if missing)", c.DataDir)
		}
	}
	p.HostPort("metrics_listen", c.MetricsListen, "127.0.0.1:9091")
	if c.StatusTokenEnv != "" {
		if _, err := c.StatusToken(); err != nil {
			p.Addf("status_token_env", "%v", err)
		}
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

// validateChainConfig checks that the chain config can be loaded, from the file or the registry, and is for
// rollup_chain_id.
func (c *FileConfig) validateChainConfig(p *config.Problems) {
	if c.L2ChainConfig != "" {
		if !p.File("l2_chain_config", c.L2ChainConfig, "the L2's chain config or genesis.json") {
			return
		}
		cc, err := ReadChainConfig(c.L2ChainConfig)
		if err != nil {
			p.Addf("l2_chain_config", "names %s, which is not a usable chain config: %v", c.L2ChainConfig, err)
			return
		}
		if c.RollupChainID != 0 && cc.ChainID.Cmp(new(big.Int).SetUint64(c.RollupChainID)) != 0 {
			p.Addf("l2_chain_config", "names %s, the config of chain %s, not rollup_chain_id %d; give the rollup's own chain config, or fix rollup_chain_id",
				c.L2ChainConfig, cc.ChainID, c.RollupChainID)
		}
		return
	}
	if c.RollupChainID == 0 {
		return // reported above; the registry cannot be asked
	}
	if _, err := RegistryChainConfig(c.RollupChainID); err != nil {
		if errors.Is(err, ErrNotInRegistry) {
			p.Addf("l2_chain_config", "is empty and rollup_chain_id %d is not in op-geth's superchain registry; set l2_chain_config to the path of the L2's chain config or genesis.json, or fix rollup_chain_id",
				c.RollupChainID)
			return
		}
		p.Addf("l2_chain_config", "is empty and the superchain registry's entry for rollup_chain_id %d cannot be used: %v; set l2_chain_config to the path of the L2's chain config or genesis.json",
			c.RollupChainID, err)
	}
}

// ChainConfig loads the L2's chain config: from the file l2_chain_config names, or else from op-geth's superchain
// registry by rollup_chain_id. It must be for rollup_chain_id.
func (c *FileConfig) ChainConfig() (*params.ChainConfig, error) {
	var (
		cc  *params.ChainConfig
		err error
	)
	if c.L2ChainConfig != "" {
		if cc, err = ReadChainConfig(c.L2ChainConfig); err != nil {
			return nil, fmt.Errorf("l2_chain_config %s: %w", c.L2ChainConfig, err)
		}
	} else if cc, err = RegistryChainConfig(c.RollupChainID); err != nil {
		return nil, fmt.Errorf("l2_chain_config is empty, and for rollup_chain_id: %w", err)
	}
	if !cc.ChainID.IsUint64() || cc.ChainID.Uint64() != c.RollupChainID {
		return nil, fmt.Errorf("the chain config is for chain %s, not rollup_chain_id %d", cc.ChainID, c.RollupChainID)
	}
	return cc, nil
}

// ErrNotInRegistry is returned by RegistryChainConfig for a chain op-geth's superchain registry does not list.
var ErrNotInRegistry = errors.New("chain not in op-geth's superchain registry")

// RegistryChainConfig returns the chain config of the OP Stack chain with chainID from the superchain registry
// embedded in op-geth, as op-geth itself builds it.
func RegistryChainConfig(chainID uint64) (*params.ChainConfig, error) {
	chain, err := superchain.GetChain(chainID)
	if err != nil {
		return nil, fmt.Errorf("%w: chain %d", ErrNotInRegistry, chainID)
	}
	sc, err := chain.Config()
	if err != nil {
		return nil, fmt.Errorf("superchain registry: chain %d (%s): %w", chainID, chain.Name, err)
	}
	cc, err := params.LoadOPStackChainConfig(sc)
	if err != nil {
		return nil, fmt.Errorf("superchain registry: chain %d (%s): %w", chainID, chain.Name, err)
	}
	return cc, nil
}

// ReadChainConfig reads an OP Stack chain config from a JSON file: a go-ethereum ChainConfig object (with
// "chainId"), or a genesis.json (with "config").
func ReadChainConfig(path string) (*params.ChainConfig, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxChainConfigFile+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxChainConfigFile {
		return nil, fmt.Errorf("larger than %d bytes; is it the right file?", maxChainConfigFile)
	}
	return DecodeChainConfig(data)
}

// DecodeChainConfig decodes an OP Stack chain config from JSON: a go-ethereum ChainConfig object, or a
// genesis.json whose "config" key holds one.
func DecodeChainConfig(data []byte) (*params.ChainConfig, error) {
	// Only the two keys that tell the forms apart are decoded; a genesis allocation is skipped.
	var probe struct {
		Config  json.RawMessage `json:"config"`
		ChainID json.RawMessage `json:"chainId"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, fmt.Errorf("not a JSON object: %w", err)
	}
	raw := data
	switch {
	case len(probe.Config) > 0 && string(probe.Config) != "null":
		raw = probe.Config // a genesis.json
	case len(probe.ChainID) == 0 || string(probe.ChainID) == "null":
		return nil, errors.New(`neither a chain config (no "chainId") nor a genesis.json (no "config")`)
	}
	var cc params.ChainConfig
	if err := json.Unmarshal(raw, &cc); err != nil {
		return nil, fmt.Errorf("chain config: %w", err)
	}
	switch {
	case cc.ChainID == nil || cc.ChainID.Sign() <= 0:
		return nil, errors.New(`chain config: "chainId" is missing or not positive`)
	case cc.Optimism == nil:
		return nil, fmt.Errorf(`chain config of chain %s: no "optimism" section; the verifier follows OP Stack chains only`, cc.ChainID)
	}
	if err := cc.CheckConfigForkOrder(); err != nil {
		return nil, fmt.Errorf("chain config of chain %s: %w", cc.ChainID, err)
	}
	return &cc, nil
}

// StatusToken returns the bearer token GET /status requires: the value of the variable status_token_env names,
// without surrounding white space; "" when status_token_env is empty. A variable that is not set or empty is an
// error (the verifier does not start rather than serve /status to anyone). Errors name the variable, never its
// value.
func (c *FileConfig) StatusToken() (string, error) {
	if c.StatusTokenEnv == "" {
		return "", nil
	}
	return config.EnvSecret(c.StatusTokenEnv, "/status's bearer token", "MACH_STATUS_TOKEN", "or clear status_token_env to serve /status without authentication")
}

// Logger returns a logger writing to w in log_format at log_level.
func (c *FileConfig) Logger(w io.Writer) (*slog.Logger, error) {
	return config.NewLogger(w, c.LogFormat, c.LogLevel)
}

// ServiceConfig returns what NewService runs from c (validated), with a logger chosen by the caller. It loads
// the chain config.
func (c *FileConfig) ServiceConfig(logger *slog.Logger) (ServiceConfig, error) {
	cc, err := c.ChainConfig()
	if err != nil {
		return ServiceConfig{}, err
	}
	var zk *ZKServiceConfig
	if c.ZK.ServiceManager != "" {
		key, err := c.ZK.keySource().Load()
		if err != nil {
			return ServiceConfig{}, err
		}
		zk = &ZKServiceConfig{ServiceManager: common.HexToAddress(c.ZK.ServiceManager), Key: key, ProverURL: c.ZK.ProverURL}
	}
	token, err := c.StatusToken()
	if err != nil {
		return ServiceConfig{}, fmt.Errorf("config: status_token_env %w", err)
	}
	var oracle common.Address
	if c.L2OutputOracle != "" {
		oracle = common.HexToAddress(c.L2OutputOracle)
	}
	return ServiceConfig{
		Verifier: Config{
			RollupChainID:     c.RollupChainID,
			ChainConfig:       cc,
			AnchorHash:        common.HexToHash(c.AnchorBlockHash),
			AnchorOutputIndex: c.AnchorOutputIndex,
			PollInterval:      c.PollInterval,
			RetryInterval:     c.RetryInterval,
			ReorgDepth:        c.ReorgDepth,
			OracleStartIndex:  c.OracleStartIndex,
			OracleInterval:    c.OracleInterval,
		},
		L2RPCURL:          c.L2RPCURL,
		L2RPCURLSecondary: c.L2RPCURLSecondary,
		SignerURLs:        append([]string(nil), c.SignerURLs...),
		L1RPCURL:          c.L1RPCURL,
		L2OutputOracle:    oracle,
		MetricsListen:     c.MetricsListen,
		StatusToken:       token,
		DataDir:           c.DataDir,
		Logger:            logger,
		ZK:                zk,
	}, nil
}
