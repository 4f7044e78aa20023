package main

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/mach-avs/mach/avs/operator"
	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/deploy/networks"
	"github.com/mach-avs/mach/internal/config"
	"github.com/mach-avs/mach/internal/ethtx"
)

// deployKeyEnv is the environment variable the deployer's private key is read from when no flag names a source.
const deployKeyEnv = "MACH_ECDSA_PRIVATE_KEY"

// deployFlags holds the flags of `mach deploy`.
type deployFlags struct {
	l1            string
	privateKey    string
	privateKeyEnv string
	keystore      string
	passwordEnv   string
	passwordFile  string

	elDeployment string
	network      string
	strategy     string

	rollupChainIDs       string
	owner                string
	alertConfirmer       string
	whitelister          string
	churner              string
	ejector              string
	pausers              string
	unpauser             string
	minimumStake         string
	quorumThreshold      uint
	maxReferenceBlockAge uint
	maxOperatorCount     uint
	allowlist            bool
	staleStakesForbidden bool

	out   string
	force bool

	given map[string]bool
}

func deployFlagSet(f *deployFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("mach deploy", flag.ContinueOnError)
	fs.StringVar(&f.l1, "l1", "", "the L1 node's JSON-RPC `URL` (required)")
	fs.StringVar(&f.privateKeyEnv, "ecdsa-private-key-env", "", "read the deployer's private key (hex) from the environment variable `NAME`")
	fs.StringVar(&f.keystore, "ecdsa-keystore", "", "read the deployer's key from the V3 keystore at `PATH`, with --password-env or --password-file")
	fs.StringVar(&f.passwordEnv, "password-env", defaultPasswordEnv, "with --ecdsa-keystore: read its password from the environment variable `NAME`")
	fs.StringVar(&f.passwordFile, "password-file", "", "with --ecdsa-keystore: read its password from the file at `PATH`")
	fs.StringVar(&f.privateKey, "ecdsa-private-key", "", "the deployer's private key in `HEX` (seed-compatible; avoid it: shell history and ps show it)")
	fs.StringVar(&f.elDeployment, "el-deployment", "", "read the EigenLayer core addresses from the EigenLayer deployment output JSON at `PATH`")
	fs.StringVar(&f.network, "network", "", "use the EigenLayer core of the known network `NAME` (see mach deploy networks)")
	fs.StringVar(&f.strategy, "strategy", "", "the strategy `ADDRESS` whose shares count as stake in quorum 0 (required unless --el-deployment lists exactly one)")
	fs.StringVar(&f.rollupChainIDs, "rollup-chain-ids", "", "comma-separated chain `IDS` of the rollups whose alerts the AVS accepts, like 901,902 (required)")
	fs.StringVar(&f.owner, "owner", "", "the contracts' owner `ADDRESS` (default: the deployer)")
	fs.StringVar(&f.alertConfirmer, "alert-confirmer", "", "the `ADDRESS` allowed to confirm alerts, the aggregator's (default: the deployer)")
	fs.StringVar(&f.whitelister, "whitelister", "", "the `ADDRESS` managing the operator allowlist (default: the deployer)")
	fs.StringVar(&f.churner, "churner", "", "the RegistryCoordinator's churn approver `ADDRESS` (default: the deployer)")
	fs.StringVar(&f.ejector, "ejector", "", "the RegistryCoordinator's ejector `ADDRESS` (default: the deployer)")
	fs.StringVar(&f.pausers, "pausers", "", "comma-separated pauser `ADDRESSES` (default: the owner)")
	fs.StringVar(&f.unpauser, "unpauser", "", "the unpauser `ADDRESS` (default: the deployer)")
	fs.StringVar(&f.minimumStake, "minimum-stake", "0", "quorum 0's minimum stake in strategy shares (decimal `WEI`)")
	fs.UintVar(&f.quorumThreshold, "quorum-threshold", 67, "`PERCENT` of quorum 0's stake that must sign an alert (1-100)")
	fs.UintVar(&f.maxReferenceBlockAge, "max-reference-block-age", 300, "how old an alert's reference block may be, in L1 `BLOCKS`")
	fs.UintVar(&f.maxOperatorCount, "max-operator-count", 200, "the most operators quorum 0 admits (`N`)")
	fs.BoolVar(&f.allowlist, "allowlist", true, "start with registration limited to the allowlist (training wheels); --allowlist=false opens it")
	fs.BoolVar(&f.staleStakesForbidden, "stale-stakes-forbidden", false, "reject alerts whose quorum stakes were not updated within the withdrawal delay")
	fs.StringVar(&f.out, "out", "machavs_deploy_output.json", "write the deployment to `PATH`")
	fs.BoolVar(&f.force, "force", false, "deploy even if --out already describes a deployment, and replace the file")
	return fs
}

var deployDoc = doc{
	synopsis: `--l1 URL (--el-deployment PATH | --network NAME) [--strategy ADDRESS] --rollup-chain-ids IDS
      [deployer key: MACH_ECDSA_PRIVATE_KEY | --ecdsa-private-key-env NAME | --ecdsa-keystore PATH]
      [--owner ADDRESS] [--alert-confirmer ADDRESS] [--whitelister ADDRESS] [--pausers ADDRESSES] [--unpauser ADDRESS]
      [--minimum-stake WEI] [--quorum-threshold PERCENT] [--max-reference-block-age BLOCKS]
      [--allowlist=true|false] [--stale-stakes-forbidden] [--out PATH] [--force]
  mach deploy networks`,
	about: `
Deploys Mach's BLS-mode middleware onto an L1 that already runs EigenLayer M2 core: the M2 registries
(RegistryCoordinator, BLSApkRegistry, IndexRegistry, StakeRegistry, SocketRegistry), PauserRegistry,
MachServiceManager and OperatorStateRetriever, behind transparent proxies. Quorum 0 is created with the strategy
and the minimum stake. Writes every address to --out (machavs_deploy_output.json), which operators, the aggregator
and the proxy read, and prints them.

The deployer's key comes from exactly one of: the environment variable ` + deployKeyEnv + ` (the default),
--ecdsa-private-key-env NAME, --ecdsa-keystore PATH (password from --password-env, default ` + defaultPasswordEnv + `,
or --password-file), or --ecdsa-private-key HEX (seed-compatible, warned against: the key lands in shell
history and in ps output).

The EigenLayer core comes from --el-deployment (EigenLayer's deployment output JSON, as eigensdk-go's
M2-contracts/script/output/<chain>/eigenlayer_deployment_output.json) or --network (see mach deploy networks;
the L1's chain ID must match).

An existing --out is refused unless --force is given: a deployment file is the only record of a deployment's
addresses. If the file cannot be written after the deployment, its JSON is printed to stdout instead.`,
	flagSet: func() *flag.FlagSet { return deployFlagSet(&deployFlags{}) },
}

func runDeploy(path, args []string, stdout, stderr io.Writer) int {
	f := &deployFlags{given: map[string]bool{}}
	fs := deployFlagSet(f)
	if code, ok := parseFlags(fs, path, args, stdout, stderr); !ok {
		return code
	}
	fs.Visit(func(fl *flag.Flag) { f.given[fl.Name] = true })

	cfg, code, ok := f.config(path, stderr)
	if !ok {
		return code
	}
	keySource, code, ok := f.keySource(path, stderr)
	if !ok {
		return code
	}
	if f.given["ecdsa-private-key"] {
		fmt.Fprintf(stderr, "warning: --ecdsa-private-key puts the key in shell history and in ps output; prefer %s, --ecdsa-private-key-env or --ecdsa-keystore\n", deployKeyEnv)
	}

	var red redactor
	red.addURL(f.l1)
	failed := func(err error) int { return fail(stderr, path, red.err(err)) }

	// Runtime failures from here on.
	key, err := keySource()
	if err != nil {
		return failed(err)
	}
	var network *networks.Network
	if f.network != "" {
		n, err := networks.LookupNetwork(f.network)
		if err != nil {
			return failed(fmt.Errorf("--network: %w; or pass --el-deployment", err))
		}
		network = &n
		cfg.EigenLayer = deploy.EigenLayer{
			DelegationManager: n.EigenLayer.DelegationManager, AVSDirectory: n.EigenLayer.AVSDirectory,
			StrategyManager: n.EigenLayer.StrategyManager, Strategy: cfg.EigenLayer.Strategy,
		}
	} else {
		strategy := cfg.EigenLayer.Strategy
		el, err := deploy.ReadEigenLayer(f.elDeployment)
		if err != nil {
			return failed(fmt.Errorf("--el-deployment: %w", err))
		}
		cfg.EigenLayer = el
		if strategy != (common.Address{}) {
			cfg.EigenLayer.Strategy = strategy
		}
		if cfg.EigenLayer.Strategy == (common.Address{}) {
			return usageError(stderr, path, "--strategy is required: %s does not list exactly one strategy", f.elDeployment)
		}
	}
	if err := cfg.Validate(); err != nil {
		return failed(err)
	}
	if err := checkWritable(f.out); err != nil {
		return failed(err)
	}

	ctx, cancel := signalContext()
	defer cancel()
	client, err := ethclient.DialContext(ctx, f.l1)
	if err != nil {
		return failed(fmt.Errorf("connect to the L1 at --l1 %s: %w", f.l1, err))
	}
	defer client.Close()
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	sender, err := ethtx.New(ctx, client, key, ethtx.Config{Logger: logger})
	if err != nil {
		return failed(fmt.Errorf("L1 at --l1 %s: %w; is the node running and reachable?", f.l1, err))
	}
	chainID := sender.ChainID()
	if network != nil && (!chainID.IsUint64() || chainID.Uint64() != network.ChainID) {
		return failed(fmt.Errorf("the L1 at --l1 is chain %s, but --network %s is chain %d; point --l1 at a %s node or pick another network",
			chainID, network.Name, network.ChainID, network.Name))
	}
	if !f.force {
		if err := deploy.CheckExisting(ctx, client, f.out); err != nil {
			return failed(err)
		}
	}
	fmt.Fprintf(stderr, "deploying Mach to chain %s from %s …\n", chainID, sender.From())
	out, err := deploy.Deploy(ctx, sender, cfg)
	if err != nil {
		return failed(fmt.Errorf("%w\nNothing was written to %s. Contracts deployed before the failure stay on chain, unused; fix the cause and run mach deploy again", err, f.out))
	}
	printDeployment(stdout, out)
	if err := deploy.WriteOutput(f.out, out, f.force); err != nil {
		// The deployment is live: never lose its addresses.
		fmt.Fprintf(stderr, "mach deploy: the contracts are deployed, but %v\nThe deployment JSON follows on stdout; save it as machavs_deploy_output.json.\n", err)
		if data, jerr := json.MarshalIndent(out, "", "  "); jerr == nil {
			fmt.Fprintf(stdout, "%s\n", data)
		}
		return exitError
	}
	fmt.Fprintf(stdout, "\nwrote %s\n", f.out)
	return exitOK
}

// config builds the deploy configuration from the flags, except the EigenLayer core (read later). ok is false
// after a usage error.
func (f *deployFlags) config(path []string, stderr io.Writer) (cfg deploy.Config, code int, ok bool) {
	bad := func(format string, args ...any) (deploy.Config, int, bool) {
		return deploy.Config{}, usageError(stderr, path, format, args...), false
	}
	switch {
	case f.l1 == "":
		return bad("--l1 is required: the L1 node's JSON-RPC URL")
	case f.elDeployment == "" && f.network == "":
		return bad("give --el-deployment PATH or --network NAME: where EigenLayer's core contracts are")
	case f.elDeployment != "" && f.network != "":
		return bad("give --el-deployment or --network, not both")
	case f.network != "" && f.strategy == "":
		return bad("--strategy is required with --network: the strategy whose shares count as stake")
	case f.rollupChainIDs == "":
		return bad("--rollup-chain-ids is required: the chain IDs of the rollups whose alerts the AVS accepts, like 901,902")
	case f.out == "":
		return bad("--out needs a path")
	case f.quorumThreshold < 1 || f.quorumThreshold > 100:
		return bad("--quorum-threshold must be a percentage from 1 to 100")
	case f.maxReferenceBlockAge < 1 || f.maxReferenceBlockAge > 1<<32-1:
		return bad("--max-reference-block-age must be from 1 to 4294967295 blocks")
	case f.maxOperatorCount < 1 || f.maxOperatorCount > 1<<32-1:
		return bad("--max-operator-count must be from 1 to 4294967295")
	}
	if !validRPCURL(f.l1) {
		return bad("--l1 is not an absolute http, https, ws or wss URL (value not shown: URLs may carry API keys)")
	}
	var err error
	if cfg.RollupChainIDs, err = parseChainIDs("rollup-chain-ids", f.rollupChainIDs); err != nil {
		return bad("%v", err)
	}
	if f.strategy != "" {
		if cfg.EigenLayer.Strategy, err = parseAddress("strategy", f.strategy); err != nil {
			return bad("%v", err)
		}
	}
	for _, a := range []struct {
		name string
		dst  *common.Address
		val  string
	}{
		{"owner", &cfg.Owner, f.owner}, {"alert-confirmer", &cfg.AlertConfirmer, f.alertConfirmer},
		{"whitelister", &cfg.Whitelister, f.whitelister}, {"churner", &cfg.Churner, f.churner},
		{"ejector", &cfg.Ejector, f.ejector}, {"unpauser", &cfg.Unpauser, f.unpauser},
	} {
		if a.val == "" {
			continue
		}
		if *a.dst, err = parseAddress(a.name, a.val); err != nil {
			return bad("%v", err)
		}
	}
	if f.pausers != "" {
		if cfg.Pausers, err = parseAddressList("pausers", f.pausers); err != nil {
			return bad("%v", err)
		}
	}
	if cfg.MinimumStake, err = config.ParseAmount(f.minimumStake); err != nil {
		return bad("--minimum-stake: %v", err)
	}
	if cfg.MinimumStake.BitLen() > 96 {
		return bad("--minimum-stake must fit in uint96")
	}
	cfg.QuorumThresholdPercentage = uint8(f.quorumThreshold)
	cfg.MaxReferenceBlockAge = uint32(f.maxReferenceBlockAge)
	cfg.MaxOperatorCount = uint32(f.maxOperatorCount)
	cfg.AllowlistEnabled = f.allowlist
	cfg.StaleStakesForbidden = f.staleStakesForbidden
	return cfg, exitOK, true
}

// keySource picks where the deployer's key comes from; the returned function reads it. ok is false after a usage
// error.
func (f *deployFlags) keySource(path []string, stderr io.Writer) (read func() (*ecdsa.PrivateKey, error), code int, ok bool) {
	var sources []string
	for _, name := range []string{"ecdsa-private-key", "ecdsa-private-key-env", "ecdsa-keystore"} {
		if f.given[name] {
			sources = append(sources, "--"+name)
		}
	}
	if len(sources) > 1 {
		return nil, usageError(stderr, path, "give one deployer key source, not %s", strings.Join(sources, " and ")), false
	}
	if f.keystore == "" && (f.given["password-env"] || f.given["password-file"]) {
		return nil, usageError(stderr, path, "--password-env and --password-file go with --ecdsa-keystore"), false
	}
	if f.given["password-env"] && f.given["password-file"] {
		return nil, usageError(stderr, path, "give --password-env or --password-file, not both"), false
	}
	switch {
	case f.given["ecdsa-private-key"]:
		if f.privateKey == "" {
			return nil, usageError(stderr, path, "--ecdsa-private-key is empty; better, put the key in %s and drop the flag", deployKeyEnv), false
		}
		return func() (*ecdsa.PrivateKey, error) { return parseHexKey(f.privateKey, "--ecdsa-private-key") }, exitOK, true
	case f.given["ecdsa-private-key-env"]:
		if f.privateKeyEnv == "" {
			return nil, usageError(stderr, path, "--ecdsa-private-key-env needs a variable name"), false
		}
		return func() (*ecdsa.PrivateKey, error) {
			return keyFromEnv(f.privateKeyEnv, envVarName(f.privateKeyEnv, "--ecdsa-private-key-env"))
		}, exitOK, true
	case f.given["ecdsa-keystore"]:
		if f.keystore == "" {
			return nil, usageError(stderr, path, "--ecdsa-keystore needs a path"), false
		}
		return func() (*ecdsa.PrivateKey, error) {
			env, file := f.passwordEnv, f.passwordFile
			if f.given["password-file"] {
				env = ""
			}
			pw, err := operator.ReadPassword(env, file)
			if err != nil {
				return nil, fmt.Errorf("deployer keystore %s: %w; set %s or pass --password-env / --password-file",
					f.keystore, err, envVarName(f.passwordEnv, "--password-env"))
			}
			return operator.LoadECDSAKey(f.keystore, pw)
		}, exitOK, true
	}
	if v, set := os.LookupEnv(deployKeyEnv); !set || strings.TrimSpace(v) == "" {
		return nil, usageError(stderr, path, "no deployer key: set %s to the deployer's private key (hex), or pass --ecdsa-private-key-env NAME or --ecdsa-keystore PATH", deployKeyEnv), false
	}
	return func() (*ecdsa.PrivateKey, error) {
		return keyFromEnv(deployKeyEnv, "environment variable "+deployKeyEnv)
	}, exitOK, true
}

func keyFromEnv(name, shown string) (*ecdsa.PrivateKey, error) {
	v, ok := os.LookupEnv(name)
	if !ok || strings.TrimSpace(v) == "" {
		return nil, fmt.Errorf("%s is not set or empty; put the deployer's private key (hex) in it", shown)
	}
	return parseHexKey(v, shown)
}

// parseHexKey parses a secp256k1 private key in hex (0x optional). The error never quotes the value.
func parseHexKey(s, source string) (*ecdsa.PrivateKey, error) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "0x")
	key, err := crypto.HexToECDSA(s)
	if err != nil {
		return nil, fmt.Errorf("%s does not hold a valid ECDSA private key (64 hex digits, 0x optional; value not shown)", source)
	}
	return key, nil
}

// checkWritable fails early if the deployment file's directory cannot take a new file, so a deployment never
// ends with nowhere to record it.
func checkWritable(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("--out %s: cannot create its directory: %w", path, err)
	}
	f, err := os.CreateTemp(dir, ".mach-deploy-check-*")
	if err != nil {
		return fmt.Errorf("--out %s: its directory is not writable: %w", path, err)
	}
	return errors.Join(f.Close(), os.Remove(f.Name()))
}

// printDeployment prints a deployment's addresses as a table.
func printDeployment(w io.Writer, out *deploy.Output) {
	a := out.Addresses
	fmt.Fprintf(w, "Mach deployed on chain %d at block %d\n\n", out.ChainInfo.ChainID, out.ChainInfo.DeploymentBlock)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, r := range []struct {
		name string
		addr common.Address
	}{
		{"MachServiceManager", a.MachServiceManager},
		{"RegistryCoordinator", a.RegistryCoordinator},
		{"BLSApkRegistry", a.BLSApkRegistry},
		{"IndexRegistry", a.IndexRegistry},
		{"StakeRegistry", a.StakeRegistry},
		{"SocketRegistry", a.SocketRegistry},
		{"OperatorStateRetriever", a.OperatorStateRetriever},
		{"PauserRegistry", a.PauserRegistry},
		{"EigenLayer DelegationManager", out.EigenLayer.DelegationManager},
		{"EigenLayer AVSDirectory", out.EigenLayer.AVSDirectory},
		{"EigenLayer StrategyManager", out.EigenLayer.StrategyManager},
		{"strategy (quorum 0)", out.EigenLayer.Strategy},
	} {
		fmt.Fprintf(tw, "  %s\t%s\n", r.name, r.addr.Hex())
	}
	p := out.Permissions
	fmt.Fprintf(tw, "  owner\t%s\n", p.Owner.Hex())
	fmt.Fprintf(tw, "  alert confirmer\t%s\n", p.AlertConfirmer.Hex())
	fmt.Fprintf(tw, "  whitelister\t%s\n", p.Whitelister.Hex())
	params := out.Parameters
	fmt.Fprintf(tw, "  rollup chain IDs\t%s\n", joinUints(params.RollupChainIDs))
	fmt.Fprintf(tw, "  quorum threshold\t%d%%\n", params.QuorumThresholdPercentage)
	fmt.Fprintf(tw, "  allowlist\t%s\n", onOff(params.AllowlistEnabled))
	if params.MinimumStake != nil {
		fmt.Fprintf(tw, "  minimum stake\t%s\n", params.MinimumStake)
	}
	tw.Flush()
}

func joinUints(ids []uint64) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = fmt.Sprint(id)
	}
	return strings.Join(s, ",")
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off"
}

var deployNetworksDoc = doc{
	synopsis: "",
	about: `
Lists the networks whose EigenLayer core mach deploy --network NAME uses (DelegationManager, AVSDirectory,
StrategyManager), and the known Mach deployments on them. The addresses come from public sources, named in
deploy/networks; check them against the chain before trusting them with funds. It takes no flags.`,
}

func runDeployNetworks(path, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(progName(path), flag.ContinueOnError)
	if code, ok := parseFlags(fs, path, args, stdout, stderr); !ok {
		return code
	}
	fmt.Fprintln(stdout, "EigenLayer core (mach deploy --network NAME):")
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  NAME\tCHAIN ID\tDELEGATION MANAGER\tAVS DIRECTORY\tSTRATEGY MANAGER")
	for _, n := range networks.Networks() {
		el := n.EigenLayer
		fmt.Fprintf(tw, "  %s\t%d\t%s\t%s\t%s\n", n.Name, n.ChainID, el.DelegationManager.Hex(), el.AVSDirectory.Hex(), el.StrategyManager.Hex())
	}
	tw.Flush()
	fmt.Fprintln(stdout, "\nKnown Mach deployments:")
	tw = tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  NAME\tNETWORK\tMACH SERVICE MANAGER\tREGISTRY COORDINATOR")
	for _, d := range networks.All() {
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", d.Name, d.Network, d.Addresses.MachServiceManager.Hex(), d.Addresses.RegistryCoordinator.Hex())
	}
	tw.Flush()
	return exitOK
}
