package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"text/tabwriter"

	strategymgr "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/StrategyManager"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/mach-avs/mach/avs/operator"
	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/internal/config"
	"github.com/mach-avs/mach/internal/devtoken"
	"github.com/mach-avs/mach/internal/ethtx"
)

// operatorFlags holds the flags of `mach operator register` and `mach operator status`.
type operatorFlags struct {
	config        string
	avsDeployment string
	address       string // status only
	devMint       bool   // register only
}

func operatorFlagSet(sub string, f *operatorFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("mach operator "+sub, flag.ContinueOnError)
	fs.StringVar(&f.config, "config", "", "the operator's config file at `PATH` (config-files/operator.yaml documents it); without it, every key comes from MACH_OPERATOR_* variables")
	fs.StringVar(&f.avsDeployment, "avs-deployment", "", "the deployment file at `PATH` (seed-compatible; overrides avs_deployment)")
	if sub == "register" {
		fs.BoolVar(&f.devMint, "dev-mint", false, "devnets only (chain 31337 or 1337): first mint `deposit` of the strategy's mock token to the operator, so it has something to deposit")
	}
	if sub == "status" {
		fs.StringVar(&f.address, "address", "", "show the operator at `ADDRESS` (default: the address of ecdsa_keystore)")
	}
	return fs
}

const operatorConfigDoc = `The configuration is read from --config, then MACH_OPERATOR_* environment variables override its keys (mach
config env --role operator lists them), then --avs-deployment overrides avs_deployment.`

var operatorRegisterDoc = doc{
	synopsis: "--config PATH [--avs-deployment PATH] [--dev-mint]",
	about: `
Registers the operator's account (ecdsa_keystore) with EigenLayer and the Mach AVS: registers it as an EigenLayer
operator if it is not one, deposits ` + "`deposit`" + ` of the quorum strategy's token, then registers it in quorum 0
with its BLS key (bls_keystore) and socket. Each step already done is skipped, so it is safe to run again after a
failure; the deposit is skipped once the operator holds shares in the strategy, so a re-run never deposits twice.
If the AVS's allowlist is on, the whitelister must add the operator's address first. Prints the status at the end.
On a devnet whose strategy token is eigensdk-go's open MockERC20, --dev-mint mints the deposit first (it refuses
any chain but 31337 and 1337).

` + operatorConfigDoc,
	flagSet: func() *flag.FlagSet { return operatorFlagSet("register", &operatorFlags{}) },
}

var operatorStatusDoc = doc{
	synopsis: "--config PATH [--address ADDRESS] [--avs-deployment PATH]",
	about: `
Reads the operator's standing from L1 and prints it: EigenLayer operator or not, registered with the Mach AVS or
not, operator id, quorums, stake and strategy shares. Only l1_rpc_url and avs_deployment must be valid (and
ecdsa_keystore when --address is not given: its address is read without the password when the keystore states
it). Exits 0 whatever the status; 1 only if it cannot be read.

` + operatorConfigDoc,
	flagSet: func() *flag.FlagSet { return operatorFlagSet("status", &operatorFlags{}) },
}

// readOperatorConfig reads the config and applies the flags, without validating.
func readOperatorConfig(f *operatorFlags) (*operator.Config, error) {
	cfg := new(operator.Config)
	if err := config.Read(f.config, cfg); err != nil {
		return nil, err
	}
	if f.avsDeployment != "" {
		cfg.AVSDeployment = f.avsDeployment
	}
	return cfg, nil
}

// configHint is appended to configuration problems.
func configHint(f *operatorFlags, err error) error {
	if f.config == "" {
		return fmt.Errorf("%w\n(no --config given: the configuration came from MACH_OPERATOR_* variables only)", err)
	}
	return fmt.Errorf("%w\nfix %s; mach config validate --config %s --role operator checks it", err, f.config, f.config)
}

// operatorSession is what an operator command holds once it is connected.
type operatorSession struct {
	cfg        *operator.Config
	deployment *deploy.Output
	client     *ethclient.Client
	red        redactor
}

// connect reads the deployment, dials the L1 and checks it is the deployment's chain.
func connect(ctx context.Context, cfg *operator.Config) (*operatorSession, error) {
	s := &operatorSession{cfg: cfg}
	s.red.addURL(cfg.L1RPCURL)
	d, err := cfg.Deployment()
	if err != nil {
		return nil, err
	}
	s.deployment = d
	client, err := ethclient.DialContext(ctx, cfg.L1RPCURL)
	if err != nil {
		return nil, s.red.err(fmt.Errorf("connect to the L1 at l1_rpc_url %s: %w", cfg.L1RPCURL, err))
	}
	s.client = client
	id, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, s.red.err(fmt.Errorf("L1 at l1_rpc_url %s: read chain ID: %w; is the node running and reachable?", cfg.L1RPCURL, err))
	}
	if want := d.ChainInfo.ChainID; want != 0 && (!id.IsUint64() || id.Uint64() != want) {
		client.Close()
		return nil, fmt.Errorf("the L1 at l1_rpc_url is chain %s, but %s is a deployment on chain %d; point l1_rpc_url at the right chain or avs_deployment at the right file",
			id, cfg.AVSDeployment, want)
	}
	return s, nil
}

func runOperatorRegister(path, args []string, stdout, stderr io.Writer) int {
	f := &operatorFlags{}
	if code, ok := parseFlags(operatorFlagSet("register", f), path, args, stdout, stderr); !ok {
		return code
	}
	cfg, err := readOperatorConfig(f)
	if err != nil {
		return fail(stderr, path, err)
	}
	if err := cfg.Validate(); err != nil {
		return fail(stderr, path, configHint(f, err))
	}
	ecdsaKey, err := cfg.ECDSAKey()
	if err != nil {
		return fail(stderr, path, fmt.Errorf("ecdsa_keystore: %w", err))
	}
	blsKey, err := cfg.BLSKeyPair()
	if err != nil {
		return fail(stderr, path, fmt.Errorf("bls_keystore: %w", err))
	}

	ctx, cancel := signalContext()
	defer cancel()
	s, err := connect(ctx, cfg)
	if err != nil {
		return fail(stderr, path, err)
	}
	defer s.client.Close()
	failed := func(err error) int { return fail(stderr, path, s.red.err(err)) }
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	sender, err := ethtx.New(ctx, s.client, ecdsaKey, ethtx.Config{Logger: logger})
	if err != nil {
		return failed(err)
	}
	op := sender.From()
	before, err := operator.ReadStatus(ctx, s.client, s.deployment, op)
	if err != nil {
		return failed(err)
	}
	if before.RegisteredWithAVS {
		fmt.Fprintf(stdout, "operator %s is already registered with the Mach AVS; nothing to do\n\n", op)
		printStatus(stdout, s.deployment, before)
		return exitOK
	}
	amount := cfg.DepositAmount()
	if amount.Sign() > 0 {
		// deposit is an initial deposit: a re-run after a failed AVS registration must not deposit (and
		// possibly fail for lack of tokens) again.
		own, err := ownShares(ctx, s.client, s.deployment.EigenLayer, op)
		if err != nil {
			return failed(err)
		}
		if own.Sign() > 0 {
			fmt.Fprintf(stderr, "not depositing %s: operator %s already has its own deposit in the strategy (%s shares); deposit more through EigenLayer if needed\n",
				amount, op, own)
			amount = nil
		}
	}
	if f.devMint && amount != nil && amount.Sign() > 0 {
		token, err := operator.StrategyToken(ctx, s.client, s.deployment.EigenLayer)
		if err != nil {
			return failed(err)
		}
		if err := devtoken.Mint(ctx, sender, token, op, amount); err != nil {
			return failed(fmt.Errorf("--dev-mint: %w", err))
		}
		fmt.Fprintf(stderr, "minted %s of the devnet token %s to %s\n", amount, token, op)
	}
	fmt.Fprintf(stderr, "registering operator %s with the Mach AVS %s on chain %s …\n", op, s.deployment.Addresses.MachServiceManager, sender.ChainID())
	err = operator.Register(ctx, sender, operator.Registration{
		Deployment:  s.deployment,
		BLS:         blsKey,
		Socket:      cfg.Socket,
		MetadataURI: cfg.MetadataURI,
		Deposit:     amount,
	})
	if err != nil {
		if errors.Is(err, operator.ErrNotAllowlisted) {
			return failed(fmt.Errorf("%w (its address: %s); run mach operator register again once it is", err, op))
		}
		return failed(fmt.Errorf("%w\nsteps that succeeded are kept on chain; fix the cause and run mach operator register again", err))
	}
	after, err := operator.ReadStatus(ctx, s.client, s.deployment, op)
	if err != nil {
		return failed(fmt.Errorf("registered, but reading the status failed: %w", err))
	}
	fmt.Fprintf(stdout, "operator %s is registered with the Mach AVS\n\n", op)
	printStatus(stdout, s.deployment, after)
	return exitOK
}

func runOperatorStatus(path, args []string, stdout, stderr io.Writer) int {
	f := &operatorFlags{}
	if code, ok := parseFlags(operatorFlagSet("status", f), path, args, stdout, stderr); !ok {
		return code
	}
	var addr common.Address
	if f.address != "" {
		a, err := parseAddress("address", f.address)
		if err != nil {
			return usageError(stderr, path, "%v", err)
		}
		addr = a
	}
	cfg, err := readOperatorConfig(f)
	if err != nil {
		return fail(stderr, path, err)
	}
	if err := cfg.ValidateL1(); err != nil {
		return fail(stderr, path, configHint(f, err))
	}
	if f.address == "" {
		if addr, err = keystoreAddress(cfg); err != nil {
			return fail(stderr, path, err)
		}
	}
	ctx, cancel := signalContext()
	defer cancel()
	s, err := connect(ctx, cfg)
	if err != nil {
		return fail(stderr, path, err)
	}
	defer s.client.Close()
	st, err := operator.ReadStatus(ctx, s.client, s.deployment, addr)
	if err != nil {
		return fail(stderr, path, s.red.err(err))
	}
	printStatus(stdout, s.deployment, st)
	return exitOK
}

// keystoreAddress is the address of the operator's ECDSA keystore: as stated in the file, or, when the file
// states none, from the key decrypted with the configured password.
func keystoreAddress(cfg *operator.Config) (common.Address, error) {
	if cfg.ECDSAKeystore == "" {
		return common.Address{}, errors.New("no operator address: pass --address, or set ecdsa_keystore in the config")
	}
	info, err := operator.Describe(cfg.ECDSAKeystore)
	if err != nil {
		return common.Address{}, fmt.Errorf("ecdsa_keystore: %w; or pass --address", err)
	}
	if info.Type != operator.KeyTypeECDSA {
		return common.Address{}, fmt.Errorf("ecdsa_keystore %s holds a %s key, not ecdsa; fix the config or pass --address", cfg.ECDSAKeystore, info.Type)
	}
	if info.Address != (common.Address{}) {
		return info.Address, nil
	}
	key, err := cfg.ECDSAKey()
	if err != nil {
		return common.Address{}, fmt.Errorf("ecdsa_keystore %s states no address and cannot be decrypted (%w); pass --address", cfg.ECDSAKeystore, err)
	}
	return crypto.PubkeyToAddress(key.PublicKey), nil
}

// printStatus prints an operator's status as a table.
func printStatus(w io.Writer, d *deploy.Output, st *operator.Status) {
	yesNo := func(b bool) string {
		if b {
			return "yes"
		}
		return "no"
	}
	avs := "not registered"
	switch {
	case st.RegisteredWithAVS:
		avs = "registered"
	case st.EverDeregistered:
		avs = "deregistered"
	}
	var quorums []uint64
	bitmap := st.QuorumBitmap
	if bitmap == nil {
		bitmap = new(big.Int)
	}
	for i := 0; i < bitmap.BitLen(); i++ {
		if bitmap.Bit(i) == 1 {
			quorums = append(quorums, uint64(i))
		}
	}
	qs := joinUints(quorums)
	if qs == "" {
		qs = "none"
	}
	opID := "none (no BLS key registered)"
	if st.OperatorID != (common.Hash{}) {
		opID = st.OperatorID.Hex()
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "operator\t%s\n", st.Address.Hex())
	fmt.Fprintf(tw, "eigenlayer operator\t%s\n", yesNo(st.EigenLayerOperator))
	fmt.Fprintf(tw, "mach avs\t%s\n", avs)
	fmt.Fprintf(tw, "operator id\t%s\n", opID)
	fmt.Fprintf(tw, "quorums\t%s\n", qs)
	fmt.Fprintf(tw, "stake in quorum 0\t%s\n", bigString(st.StakeInQuorum0))
	fmt.Fprintf(tw, "shares in strategy\t%s (strategy %s)\n", bigString(st.SharesInStrategy), d.EigenLayer.Strategy.Hex())
	fmt.Fprintf(tw, "service manager\t%s (chain %d)\n", d.Addresses.MachServiceManager.Hex(), d.ChainInfo.ChainID)
	tw.Flush()
}

func bigString(n *big.Int) string {
	if n == nil {
		return "0"
	}
	return n.String()
}

// ownShares is the operator's own deposit in the quorum strategy (StrategyManager.stakerStrategyShares), as
// opposed to the shares stakers delegated to it. Deciding whether to deposit belongs with operator.Register; it
// lives here until Register skips a deposit already made.
func ownShares(ctx context.Context, caller bind.ContractCaller, el deploy.EigenLayer, op common.Address) (*big.Int, error) {
	if el.StrategyManager == (common.Address{}) {
		return nil, errors.New("the deployment file names no eigenLayer.strategyManager, which a deposit needs; set deposit to \"0\" or fix the file")
	}
	sm, err := strategymgr.NewContractStrategyManagerCaller(el.StrategyManager, caller)
	if err != nil {
		return nil, err
	}
	shares, err := sm.StakerStrategyShares(&bind.CallOpts{Context: ctx}, op, el.Strategy)
	if err != nil {
		return nil, fmt.Errorf("read the operator's deposit in strategy %s: %w", el.Strategy, err)
	}
	return shares, nil
}
