package operator

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"

	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/internal/config"
)

// EnvPrefix starts the name of every environment variable that overrides a key of the operator's config.
const EnvPrefix = "MACH_OPERATOR_"

// Config is the operator's configuration (config-files/operator.yaml), read by `mach operator register`,
// `mach operator status` and `mach operator signer`. Every key can be overridden by the environment variable in
// its env tag: EnvPrefix plus the YAML path in upper snake case. Keys never hold secrets: private keys live in
// keystores, passwords in an environment variable or a file the config names.
type Config struct {
	// L1RPCURL is the L1 node's JSON-RPC URL (http, https, ws or wss).
	L1RPCURL string `yaml:"l1_rpc_url" env:"MACH_OPERATOR_L1_RPC_URL"`
	// AVSDeployment is the path of machavs_deploy_output.json (deploy.ReadOutput).
	AVSDeployment string `yaml:"avs_deployment" env:"MACH_OPERATOR_AVS_DEPLOYMENT"`

	// ECDSAKeystore is the path of the operator account's V3 keystore.
	ECDSAKeystore string `yaml:"ecdsa_keystore" env:"MACH_OPERATOR_ECDSA_KEYSTORE"`
	// ECDSAPasswordEnv names the environment variable holding the ECDSA keystore's password.
	ECDSAPasswordEnv string `yaml:"ecdsa_password_env" env:"MACH_OPERATOR_ECDSA_PASSWORD_ENV"`
	// ECDSAPasswordFile is the path of a file holding the ECDSA keystore's password (mode 0600).
	ECDSAPasswordFile string `yaml:"ecdsa_password_file" env:"MACH_OPERATOR_ECDSA_PASSWORD_FILE"`

	// BLSKeystore is the path of the operator's BLS keystore (eigensdk-go format).
	BLSKeystore string `yaml:"bls_keystore" env:"MACH_OPERATOR_BLS_KEYSTORE"`
	// BLSPasswordEnv names the environment variable holding the BLS keystore's password.
	BLSPasswordEnv string `yaml:"bls_password_env" env:"MACH_OPERATOR_BLS_PASSWORD_ENV"`
	// BLSPasswordFile is the path of a file holding the BLS keystore's password (mode 0600).
	BLSPasswordFile string `yaml:"bls_password_file" env:"MACH_OPERATOR_BLS_PASSWORD_FILE"`

	// Socket is the URL at which the AVS reaches this operator's signer; registered in the SocketRegistry.
	Socket string `yaml:"socket" env:"MACH_OPERATOR_SOCKET"`
	// MetadataURI is the EigenLayer operator metadata URL, set when the account first registers as an operator.
	MetadataURI string `yaml:"metadata_uri" env:"MACH_OPERATOR_METADATA_URI"`
	// Deposit is the amount of the quorum strategy's token to deposit at registration: decimal wei, "0" for none.
	Deposit string `yaml:"deposit" env:"MACH_OPERATOR_DEPOSIT"`

	// Signer configures `mach operator signer`.
	Signer SignerConfig `yaml:"signer"`
}

// SignerConfig is the signer section of the operator's config.
type SignerConfig struct {
	// Listen is the host:port of the signer's JSON-RPC server (what Socket points at, possibly through a proxy).
	Listen string `yaml:"listen" env:"MACH_OPERATOR_SIGNER_LISTEN"`
	// AggregatorURL is the aggregator's JSON-RPC URL, to which the signer sends its signatures.
	AggregatorURL string `yaml:"aggregator_url" env:"MACH_OPERATOR_SIGNER_AGGREGATOR_URL"`
	// AggregatorTimeout bounds each call to the aggregator: past it, the verifier gets an error and retries.
	AggregatorTimeout time.Duration `yaml:"aggregator_timeout" env:"MACH_OPERATOR_SIGNER_AGGREGATOR_TIMEOUT"`
	// MetricsListen is the host:port of the Prometheus /metrics server.
	MetricsListen string `yaml:"metrics_listen" env:"MACH_OPERATOR_SIGNER_METRICS_LISTEN"`
	// NodeAPIListen is the host:port of the EigenLayer node API (/eigen/node, /eigen/node/health, …).
	NodeAPIListen string `yaml:"node_api_listen" env:"MACH_OPERATOR_SIGNER_NODE_API_LISTEN"`
	// RollupChainIDs are the rollups whose alerts the signer signs (comma-separated in the environment).
	RollupChainIDs []uint64 `yaml:"rollup_chain_ids" env:"MACH_OPERATOR_SIGNER_ROLLUP_CHAIN_IDS" envSeparator:","`
}

var _ config.Config = (*Config)(nil)

// Defaults sets the defaults: deposit "0", the signer's loopback listen addresses and a 10s aggregator timeout.
func (c *Config) Defaults() {
	c.Deposit = "0"
	c.Signer.Listen = "127.0.0.1:9010"
	c.Signer.MetricsListen = "127.0.0.1:9011"
	c.Signer.NodeAPIListen = "127.0.0.1:9012"
	c.Signer.AggregatorTimeout = 10 * time.Second
}

// Validate reports every problem of c at once, each naming its YAML key. It checks that the files it names exist
// and that the deployment and keystores are readable and of the right kind, but reads no password.
func (c *Config) Validate() error {
	var p config.Problems
	c.validateL1(&p)
	checkKeystore(&p, "ecdsa", c.ECDSAKeystore, KeyTypeECDSA)
	checkPassword(&p, "ecdsa", c.ECDSAPasswordEnv, c.ECDSAPasswordFile)
	checkKeystore(&p, "bls", c.BLSKeystore, KeyTypeBLS)
	checkPassword(&p, "bls", c.BLSPasswordEnv, c.BLSPasswordFile)
	p.URL("socket", c.Socket, true, "the URL at which the AVS reaches this operator's signer, like http://operator.example.com:9010",
		"http", "https", "ws", "wss")
	p.URL("metadata_uri", c.MetadataURI, false, "the URL of the operator's EigenLayer metadata JSON, or leave it empty", "http", "https")
	if c.Deposit == "" {
		p.Required("deposit", c.Deposit, `an amount in wei, or "0" to deposit nothing`)
	} else {
		p.Amount("deposit", c.Deposit)
	}

	s := c.Signer
	p.HostPort("signer.listen", s.Listen, "127.0.0.1:9010")
	p.URL("signer.aggregator_url", s.AggregatorURL, true, "the aggregator's JSON-RPC URL", "http", "https", "ws", "wss")
	if s.AggregatorTimeout <= 0 || s.AggregatorTimeout > 5*time.Minute {
		p.Addf("signer.aggregator_timeout", "is %s; set a duration above 0 and at most 5m, like 10s", s.AggregatorTimeout)
	}
	p.HostPort("signer.metrics_listen", s.MetricsListen, "127.0.0.1:9011")
	p.HostPort("signer.node_api_listen", s.NodeAPIListen, "127.0.0.1:9012")
	listens := map[string]string{}
	for _, l := range []struct{ key, addr string }{
		{"signer.listen", s.Listen}, {"signer.metrics_listen", s.MetricsListen}, {"signer.node_api_listen", s.NodeAPIListen},
	} {
		if other, dup := listens[l.addr]; dup && l.addr != "" && !isPortZero(l.addr) {
			p.Addf(l.key, "is %s, the same address as %s; give each server its own port", l.addr, other)
		}
		listens[l.addr] = l.key
	}
	if len(s.RollupChainIDs) == 0 {
		p.Addf("signer.rollup_chain_ids", "is empty; list the chain IDs of the rollups this operator verifies, like [901]")
	}
	seen := map[uint64]bool{}
	for i, id := range s.RollupChainIDs {
		key := fmt.Sprintf("signer.rollup_chain_ids[%d]", i)
		switch {
		case id == 0 || id == deploy.DrillRollupChainID:
			p.Addf(key, "is %d, a reserved chain ID; list real rollup chain IDs", id)
		case seen[id]:
			p.Addf(key, "is %d, listed twice; list each rollup once", id)
		}
		seen[id] = true
	}
	return p.Err()
}

// ValidateL1 checks only what reading the chain needs, l1_rpc_url and avs_deployment, so that `mach operator
// status` works while the rest of the config is being fixed.
func (c *Config) ValidateL1() error {
	var p config.Problems
	c.validateL1(&p)
	return p.Err()
}

func (c *Config) validateL1(p *config.Problems) {
	p.URL("l1_rpc_url", c.L1RPCURL, true, "the L1 node's JSON-RPC URL", "http", "https", "ws", "wss")
	if p.File("avs_deployment", c.AVSDeployment, "machavs_deploy_output.json (written by mach deploy)") {
		if _, err := deploy.ReadOutput(c.AVSDeployment); err != nil {
			p.Addf("avs_deployment", "is not a usable deployment: %v", err)
		}
	}
}

func isPortZero(addr string) bool {
	return len(addr) >= 2 && addr[len(addr)-2:] == ":0"
}

func checkKeystore(p *config.Problems, prefix, path string, want KeyType) {
	key := prefix + "_keystore"
	what := fmt.Sprintf("the operator's %s keystore (mach keys create --type %s)", want, want)
	if !p.File(key, path, what) {
		return
	}
	info, err := Describe(path)
	if err != nil {
		p.Addf(key, "is not readable as a keystore: %v", err)
		return
	}
	if info.Type != want {
		p.Addf(key, "names %s, which holds a key of type %s, not %s; check that the two keystores are not swapped", path, info.Type, want)
	}
}

func checkPassword(p *config.Problems, prefix, envName, file string) {
	switch {
	case envName == "" && file == "":
		p.Addf(prefix+"_password_env", "and %s_password_file are both empty; set one: the name of an environment variable holding the %s keystore's password, or the path of a file holding it",
			prefix, prefix)
	case envName != "" && file != "":
		p.Addf(prefix+"_password_env", "and %s_password_file are both set; keep one", prefix)
	case file != "":
		p.File(prefix+"_password_file", file, "a file holding the "+prefix+" keystore's password")
	}
}

// DepositAmount is Deposit parsed (0 when it does not parse; Validate reports that).
func (c *Config) DepositAmount() *big.Int {
	n, err := config.ParseAmount(c.Deposit)
	if err != nil {
		return new(big.Int)
	}
	return n
}

// Deployment reads the deployment file named by avs_deployment.
func (c *Config) Deployment() (*deploy.Output, error) {
	return deploy.ReadOutput(c.AVSDeployment)
}

// ECDSAKey decrypts the operator's ECDSA keystore with its configured password.
func (c *Config) ECDSAKey() (*ecdsa.PrivateKey, error) {
	pw, err := ReadPassword(c.ECDSAPasswordEnv, c.ECDSAPasswordFile)
	if err != nil {
		return nil, fmt.Errorf("ecdsa keystore %s: %w", c.ECDSAKeystore, err)
	}
	return LoadECDSAKey(c.ECDSAKeystore, pw)
}

// BLSKeyPair decrypts the operator's BLS keystore with its configured password.
func (c *Config) BLSKeyPair() (*bls.KeyPair, error) {
	pw, err := ReadPassword(c.BLSPasswordEnv, c.BLSPasswordFile)
	if err != nil {
		return nil, fmt.Errorf("bls keystore %s: %w", c.BLSKeystore, err)
	}
	return LoadBLSKey(c.BLSKeystore, pw)
}
