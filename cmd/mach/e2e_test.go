package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/devnet/l1"
	"github.com/mach-avs/mach/internal/blsfixture"
	"github.com/mach-avs/mach/internal/ethtx"
)

// statusLine returns the value of the "name  value" line of a status table.
func statusLine(t *testing.T, out, name string) string {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		if rest, ok := strings.CutPrefix(line, name+"  "); ok {
			return strings.TrimSpace(rest)
		}
	}
	t.Fatalf("no %q line in:\n%s", name, out)
	return ""
}

// The whole operator path through the CLI against an in-process L1 with EigenLayer M2: mach deploy, then mach
// operator register with a deposit, then mach operator status.
func TestDeployRegisterStatus_EndToEndOnInProcessL1(t *testing.T) {
	chain, err := l1.New(l1.Config{BlockTime: 20 * time.Millisecond, HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = chain.Stop(context.Background()) })
	dir := t.TempDir()
	el := chain.EigenLayer()
	elJSON, err := json.Marshal(map[string]any{"addresses": map[string]any{
		"delegationManager": el.DelegationManager, "avsDirectory": el.AVSDirectory, "strategyManager": el.StrategyManager,
		"strategies": map[string]any{"ERC20Mock": el.ERC20MockStrategy},
	}})
	if err != nil {
		t.Fatal(err)
	}
	elPath := writeTestFile(t, filepath.Join(dir, "eigenlayer_deployment_output.json"), string(elJSON))
	owner := chain.Accounts()[0]
	ownerHex := hexutil.Encode(crypto.FromECDSA(owner.Key))
	t.Setenv(deployKeyEnv, ownerHex)
	out := filepath.Join(dir, "machavs_deploy_output.json")
	deployArgs := []string{"mach", "deploy", "--l1", chain.URL(), "--el-deployment", elPath, "--rollup-chain-ids", "901,902",
		"--allowlist=false", "--minimum-stake", "1", "--out", out}

	// A fresh operator account: the dev accounts of the M2 state already hold deposits.
	opKey, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	op := l1.Account{Key: opKey, Address: crypto.PubkeyToAddress(opKey.PublicKey)}
	opHex := hexutil.Encode(crypto.FromECDSA(op.Key))
	blsSecret := blsfixture.SecretKey(3).String()
	noSecrets := func(t *testing.T, outputs ...string) {
		t.Helper()
		for _, o := range outputs {
			for _, s := range []string{ownerHex[2:], opHex[2:], blsSecret, operatorTestPassword} {
				if strings.Contains(strings.ToLower(o), strings.ToLower(s)) {
					t.Fatalf("output contains a secret:\n%s", o)
				}
			}
		}
	}

	code, stdout, stderr := runArgs(deployArgs...)
	wantExit(t, code, exitOK, stdout, stderr)
	noSecrets(t, stdout, stderr)
	d, err := deploy.ReadOutput(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"MachServiceManager  ", d.Addresses.MachServiceManager.Hex(), "rollup chain IDs", "901,902", "allowlist  ", "wrote " + out} {
		if !strings.Contains(stdout, want) {
			t.Errorf("deploy output does not contain %q:\n%s", want, stdout)
		}
	}
	if d.EigenLayer.Strategy != el.ERC20MockStrategy || d.Parameters.AllowlistEnabled || d.Permissions.Owner != owner.Address {
		t.Errorf("deployment = %+v", d)
	}

	// A second deploy to the same file is refused: the file is the only record of the live deployment.
	code, stdout, stderr = runArgs(deployArgs...)
	wantExit(t, code, exitError, stdout, stderr)
	if !strings.Contains(stderr, "describes a live deployment") || !strings.Contains(stderr, "--force") {
		t.Errorf("second deploy: %s", stderr)
	}

	// The operator gets ETH for gas; its tokens to deposit come from register --dev-mint.
	ctx := context.Background()
	minter, err := ethtx.New(ctx, chain.Client(), owner.Key, ethtx.Config{PollInterval: 10 * time.Millisecond, Timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	deposit := new(big.Int).Mul(big.NewInt(5), big.NewInt(1e18))
	if _, err := minter.Do(ctx, "fund the operator", func(o *bind.TransactOpts) (*types.Transaction, error) {
		o.Value, o.GasLimit = big.NewInt(1e18), 21_000 // a plain transfer; a gas limit skips the binding's code check
		return bind.NewBoundContract(op.Address, abi.ABI{}, nil, chain.Client(), nil).Transfer(o)
	}); err != nil {
		t.Fatal(err)
	}
	cfgPath := operatorFixture(t, dir, chain.URL(), out, deposit.String(), opHex, blsSecret)

	code, stdout, stderr = runArgs("mach", "config", "validate", "--config", cfgPath, "--role", "operator")
	wantExit(t, code, exitOK, stdout, stderr)

	code, stdout, stderr = runArgs("mach", "operator", "register", "--config", cfgPath, "--dev-mint")
	wantExit(t, code, exitOK, stdout, stderr)
	noSecrets(t, stdout, stderr)
	if !strings.Contains(stderr, "minted "+deposit.String()+" of the devnet token "+el.ERC20Mock.Hex()) {
		t.Errorf("register --dev-mint did not report the mint:\n%s", stderr)
	}
	if got := statusLine(t, stdout, "mach avs"); got != "registered" {
		t.Errorf("mach avs = %q after register:\n%s", got, stdout)
	}
	stake := statusLine(t, stdout, "stake in quorum 0")
	if n, ok := new(big.Int).SetString(stake, 10); !ok || n.Sign() <= 0 {
		t.Errorf("stake in quorum 0 = %q, want positive", stake)
	}

	if got := statusLine(t, stdout, "shares in strategy"); !strings.HasPrefix(got, stake+" ") {
		t.Errorf("shares in strategy = %q, want the stake %s (the deposit, weighted 1:1)", got, stake)
	}
	if strings.Contains(stderr, "not depositing") {
		t.Errorf("the first register skipped the deposit:\n%s", stderr)
	}

	// Registering again changes nothing and deposits nothing.
	code, stdout, stderr = runArgs("mach", "operator", "register", "--config", cfgPath)
	wantExit(t, code, exitOK, stdout, stderr)
	if !strings.Contains(stdout, "already registered") {
		t.Errorf("second register:\n%s", stdout)
	}

	code, stdout, stderr = runArgs("mach", "operator", "status", "--config", cfgPath)
	wantExit(t, code, exitOK, stdout, stderr)
	for name, want := range map[string]string{
		"operator": op.Address.Hex(), "eigenlayer operator": "yes", "mach avs": "registered", "quorums": "0",
		"stake in quorum 0": stake,
	} {
		if got := statusLine(t, stdout, name); got != want {
			t.Errorf("status %s = %q, want %q", name, got, want)
		}
	}
	if !strings.Contains(stdout, d.Addresses.MachServiceManager.Hex()) || !strings.Contains(stdout, fmt.Sprintf("(chain %d)", chain.ChainID())) {
		t.Errorf("status does not name the deployment:\n%s", stdout)
	}

	// Another account, by --address: not an operator, exit 0. (Some dev accounts are operators in the M2 state.)
	code, stdout, stderr = runArgs("mach", "operator", "status", "--config", cfgPath, "--address", "0x000000000000000000000000000000000000dEaD")
	wantExit(t, code, exitOK, stdout, stderr)
	if statusLine(t, stdout, "mach avs") != "not registered" || statusLine(t, stdout, "eigenlayer operator") != "no" {
		t.Errorf("status of a stranger:\n%s", stdout)
	}
}
