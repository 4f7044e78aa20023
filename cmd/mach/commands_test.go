package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mach-avs/mach/avs/operator"
)

// Every command that runs documents itself: --help shows its own usage, never the generic "takes no flags" text
// of a command that has flags.
func TestRun_EveryCommandHelpDescribesTheCommand(t *testing.T) {
	docs := map[string]doc{
		"deploy": deployDoc, "deploy networks": deployNetworksDoc, "operator register": operatorRegisterDoc,
		"operator status": operatorStatusDoc, "config validate": configValidateDoc, "config env": configEnvDoc,
		"verifier": verifierDoc,
	}
	var walk func(c *command, path []string)
	walk = func(c *command, path []string) {
		for _, s := range c.subs {
			p := childPath(path, s.name)
			walk(s, p)
			if s.run == nil {
				continue
			}
			name := strings.Join(p, " ")
			t.Run(name, func(t *testing.T) {
				if s.usage == nil {
					t.Fatalf("mach %s has no usage", name)
				}
				code, stdout, stderr := runArgs(append(append([]string{"mach"}, p...), "--help")...)
				if code != exitOK || stderr != "" {
					t.Fatalf("exit %d, stderr %q", code, stderr)
				}
				if !strings.Contains(stdout, "mach "+name+" — "+s.summary) || !strings.Contains(stdout, "Usage:\n  mach "+name) {
					t.Errorf("help does not start with the command's name and summary:\n%s", stdout)
				}
				d, ok := docs[name]
				if !ok || d.flagSet == nil {
					return
				}
				d.flagSet().VisitAll(func(f *flag.Flag) {
					if !strings.Contains(stdout, "--"+f.Name) {
						t.Errorf("help does not mention --%s", f.Name)
					}
				})
				if strings.Contains(stdout, "It takes no flags") {
					t.Errorf("help of a command with flags says it takes none:\n%s", stdout)
				}
			})
		}
	}
	walk(rootCommand(), nil)
}

func TestRun_KeysCreateHelpListsItsFlags(t *testing.T) {
	code, stdout, _ := runArgs("mach", "keys", "create", "--help")
	wantExit(t, code, exitOK, stdout, "")
	for _, want := range []string{"--type", "--out", "--password-env", "--force"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("help does not mention %s:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "takes no flags") {
		t.Errorf("help says it takes no flags:\n%s", stdout)
	}
}

func TestRun_DeployGroupRunsDeployOrItsSubcommand(t *testing.T) {
	code, stdout, stderr := runArgs("mach", "deploy", "networks")
	wantExit(t, code, exitOK, stdout, stderr)
	for _, want := range []string{"holesky", "17000", "altlayer-mainnet"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("mach deploy networks does not list %s:\n%s", want, stdout)
		}
	}
	code, stdout, stderr = runArgs("mach", "deploy", "networks", "extra")
	wantExit(t, code, exitUsage, stdout, stderr)
	code, stdout, stderr = runArgs("mach", "help", "deploy", "networks")
	wantExit(t, code, exitOK, stdout, stderr)
	if !strings.Contains(stdout, "mach deploy networks — ") {
		t.Errorf("help deploy networks:\n%s", stdout)
	}
	// Without arguments, deploy runs and reports what it needs.
	code, stdout, stderr = runArgs("mach", "deploy")
	wantExit(t, code, exitUsage, stdout, stderr)
	if !strings.Contains(stderr, "--l1 is required") {
		t.Errorf("stderr = %q", stderr)
	}
}

const (
	deployKeyHex = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80" // anvil account 0
)

func TestDeploy_UsageErrorsExitTwoWithoutEchoingValues(t *testing.T) {
	t.Setenv(deployKeyEnv, deployKeyHex)
	dir := t.TempDir()
	base := []string{"--l1", "http://127.0.0.1:1", "--el-deployment", filepath.Join(dir, "el.json"), "--rollup-chain-ids", "901", "--out", filepath.Join(dir, "out.json")}
	keyNoPrefix := strings.TrimPrefix(deployKeyHex, "0x")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no --l1", []string{"--network", "holesky", "--strategy", "0x0000000000000000000000000000000000000001", "--rollup-chain-ids", "901"}, "--l1 is required"},
		{"no EigenLayer source", []string{"--l1", "http://127.0.0.1:1", "--rollup-chain-ids", "901"}, "give --el-deployment PATH or --network NAME"},
		{"two EigenLayer sources", append(base, "--network", "holesky"), "not both"},
		{"network without strategy", []string{"--l1", "http://127.0.0.1:1", "--network", "holesky", "--rollup-chain-ids", "901"}, "--strategy is required with --network"},
		{"no rollups", []string{"--l1", "http://127.0.0.1:1", "--el-deployment", "x"}, "--rollup-chain-ids is required"},
		{"bad rollup list", append(base[:4:4], "--rollup-chain-ids", "901,abc"), "--rollup-chain-ids: item 2 is not a decimal chain ID"},
		{"threshold above 100", append(base, "--quorum-threshold", "101"), "--quorum-threshold must be a percentage from 1 to 100"},
		{"bad minimum stake", append(base, "--minimum-stake", "1e18"), "--minimum-stake"},
		{"URL not echoed", append([]string{"--l1", "mainnet.example.com:1/" + keyNoPrefix}, base[2:]...), "--l1 is not an absolute http, https, ws or wss URL (value not shown"},
		{"key pasted as --owner", append(base, "--owner", deployKeyHex), "--owner is not an address"},
		{"key pasted as a pauser", append(base, "--pausers", "0x0000000000000000000000000000000000000001,"+keyNoPrefix), "--pausers: item 2 is not an address"},
		{"key pasted as a flag", append(base, "--"+keyNoPrefix), "unknown flag (name not echoed)"},
		{"key as an argument", append(base, deployKeyHex), "unexpected argument (not echoed)"},
		{"key as a bool value", append(base, "--force="+keyNoPrefix), `invalid boolean value "…" for -force`},
		{"two key sources", append(base, "--ecdsa-private-key-env", "X", "--ecdsa-keystore", "k.json"), "give one deployer key source, not --ecdsa-private-key-env and --ecdsa-keystore"},
		{"password without keystore", append(base, "--password-file", "pw"), "--password-env and --password-file go with --ecdsa-keystore"},
		{"unknown flag", append(base, "--frobnicate"), "unknown flag --frobnicate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runArgs(append([]string{"mach", "deploy"}, tt.args...)...)
			wantExit(t, code, exitUsage, stdout, stderr)
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr does not contain %q:\n%s", tt.want, stderr)
			}
			if !strings.Contains(stderr, "Run 'mach deploy --help' for usage.") {
				t.Errorf("stderr does not point at --help:\n%s", stderr)
			}
			if strings.Contains(strings.ToLower(stdout+stderr), keyNoPrefix) {
				t.Errorf("output echoes the key:\n%s", stderr)
			}
		})
	}
	t.Run("no key source", func(t *testing.T) {
		unsetenv(t, deployKeyEnv)
		code, stdout, stderr := runArgs(append([]string{"mach", "deploy"}, base...)...)
		wantExit(t, code, exitUsage, stdout, stderr)
		if !strings.Contains(stderr, "no deployer key: set "+deployKeyEnv) {
			t.Errorf("stderr = %q", stderr)
		}
	})
}

func TestDeploy_RuntimeFailuresSayWhatToDo(t *testing.T) {
	dir := t.TempDir()
	elPath := filepath.Join(dir, "el.json")
	writeTestFile(t, elPath, `{"addresses": {"delegationManager": "0x0000000000000000000000000000000000000001",
		"avsDirectory": "0x0000000000000000000000000000000000000002", "strategyManager": "0x0000000000000000000000000000000000000003",
		"strategies": {"A": "0x0000000000000000000000000000000000000004"}}}`)
	base := []string{"mach", "deploy", "--el-deployment", elPath, "--rollup-chain-ids", "901", "--out", filepath.Join(dir, "out.json")}
	badKey := "0x" + strings.Repeat("zz", 32)
	tests := []struct {
		name   string
		env    string // value of MACH_ECDSA_PRIVATE_KEY
		args   []string
		want   string
		stderr string // must not contain
	}{
		{"bad key in the environment", badKey, []string{"--l1", "http://127.0.0.1:1"}, "environment variable " + deployKeyEnv + " does not hold a valid ECDSA private key", "zzzz"},
		{"bad key on the command line", "", []string{"--l1", "http://127.0.0.1:1", "--ecdsa-private-key", badKey}, "--ecdsa-private-key does not hold a valid ECDSA private key", "zzzz"},
		{"unreachable L1 hides the URL's path", deployKeyHex, []string{"--l1", "http://127.0.0.1:1/v3/APIKEY123"}, "http://127.0.0.1:1/…", "APIKEY123"},
		{"missing EigenLayer file", deployKeyHex, []string{"--l1", "http://127.0.0.1:1", "--el-deployment", filepath.Join(dir, "nope.json")}, "--el-deployment: read EigenLayer deployment", ""},
		{"unknown network", deployKeyHex, []string{"--l1", "http://127.0.0.1:1", "--el-deployment", "", "--network", "sepolia", "--strategy", "0x0000000000000000000000000000000000000004"}, `unknown network "sepolia"; use one of: mainnet, holesky`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.env == "" {
				unsetenv(t, deployKeyEnv)
			} else {
				t.Setenv(deployKeyEnv, tt.env)
			}
			code, stdout, stderr := runArgs(append(append([]string{}, base...), tt.args...)...)
			wantExit(t, code, exitError, stdout, stderr)
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr does not contain %q:\n%s", tt.want, stderr)
			}
			if tt.stderr != "" && strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr contains %q:\n%s", tt.stderr, stderr)
			}
		})
	}
}

func TestDeploy_KeyOnTheCommandLineIsWarnedAbout(t *testing.T) {
	unsetenv(t, deployKeyEnv)
	dir := t.TempDir()
	code, stdout, stderr := runArgs("mach", "deploy", "--l1", "http://127.0.0.1:1", "--ecdsa-private-key", deployKeyHex,
		"--el-deployment", filepath.Join(dir, "none.json"), "--rollup-chain-ids", "901", "--out", filepath.Join(dir, "o.json"))
	wantExit(t, code, exitError, stdout, stderr)
	if !strings.Contains(stderr, "warning: --ecdsa-private-key puts the key in shell history") {
		t.Errorf("no warning:\n%s", stderr)
	}
	if strings.Contains(stderr, strings.TrimPrefix(deployKeyHex, "0x")) {
		t.Errorf("stderr echoes the key:\n%s", stderr)
	}
}

func TestConfig_ValidateAndEnvCommands(t *testing.T) {
	dir := t.TempDir()
	valid := operatorFixture(t, dir, "http://127.0.0.1:1", writeDummyDeployment(t, dir), "0")
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout string
		wantStderr string
	}{
		{"valid file", []string{"validate", "--config", valid, "--role", "operator"}, exitOK, "valid operator configuration", ""},
		{"invalid file lists every problem", []string{"validate", "--config", writeTestFile(t, filepath.Join(dir, "bad.yaml"), "socket: x\nsigner:\n  listen: nope\n"), "--role", "operator"},
			exitError, "", "config: l1_rpc_url is empty"},
		{"unknown key", []string{"validate", "--config", writeTestFile(t, filepath.Join(dir, "typo.yaml"), "l1_rpc_uri: http://x\n"), "--role", "operator"},
			exitError, "", "unknown key l1_rpc_uri"},
		{"node not yet", []string{"validate", "--config", valid, "--role", "node"}, exitUsage, "", "role node: its configuration lands with the node (issue #8"},
		{"unknown role", []string{"validate", "--config", valid, "--role", "chef"}, exitUsage, "", "unknown role (not echoed); use one of aggregator, operator"},
		{"no role", []string{"validate", "--config", valid}, exitUsage, "", "--role is required"},
		{"no config", []string{"validate", "--role", "operator"}, exitUsage, "", "--config is required"},
		{"env lists the variables", []string{"env", "--role", "operator"}, exitOK, "signer.aggregator_url", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runArgs(append([]string{"mach", "config"}, tt.args...)...)
			wantExit(t, code, tt.wantCode, stdout, stderr)
			if !strings.Contains(stdout, tt.wantStdout) || !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("stdout %q, stderr %q; want %q and %q", stdout, stderr, tt.wantStdout, tt.wantStderr)
			}
		})
	}
	// Every problem of the invalid file at once.
	_, _, stderr := runArgs("mach", "config", "validate", "--config", filepath.Join(dir, "bad.yaml"), "--role", "operator")
	for _, want := range []string{"config: l1_rpc_url is empty", "config: socket is not an absolute", `config: signer.listen "nope" is not host:port`, "config: signer.aggregator_url is empty"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("validate does not report %q:\n%s", want, stderr)
		}
	}
}

func TestOperator_UsageAndConfigErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		name     string
		args     []string
		wantCode int
		want     string
	}{
		{"register without config lists the problems", []string{"register"}, exitError, "no --config given"},
		{"register with a missing file", []string{"register", "--config", filepath.Join(dir, "nope.yaml")}, exitError, "check the --config path"},
		{"status with a bad address", []string{"status", "--address", "0x12"}, exitUsage, "--address is not an address"},
		{"status with an argument", []string{"status", "extra"}, exitUsage, "unexpected argument (not echoed)"},
		{"status without an L1", []string{"status", "--address", "0x0000000000000000000000000000000000000001"}, exitError, "config: l1_rpc_url is empty"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runArgs(append([]string{"mach", "operator"}, tt.args...)...)
			wantExit(t, code, tt.wantCode, stdout, stderr)
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr does not contain %q:\n%s", tt.want, stderr)
			}
		})
	}
}

func writeTestFile(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// writeDummyDeployment writes a deployment file whose contracts exist nowhere, for config checks.
func writeDummyDeployment(t *testing.T, dir string) string {
	t.Helper()
	return writeTestFile(t, filepath.Join(dir, "dummy_deploy_output.json"),
		`{"addresses": {"machServiceManager": "0x0000000000000000000000000000000000000001", "registryCoordinator": "0x0000000000000000000000000000000000000002"}}`)
}

const operatorTestPassword = "operator-test-password"

// operatorFixture writes keystores (light scrypt) for the operator account's key hex and a BLS secret, a password
// file, and an operator.yaml in dir, and returns the config's path.
func operatorFixture(t *testing.T, dir, l1URL, deployment, deposit string, keys ...string) string {
	t.Helper()
	ecdsaHex := "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6" // anvil account 3
	blsSecret := "7"
	if len(keys) == 2 {
		ecdsaHex, blsSecret = keys[0], keys[1]
	}
	light := operator.WriteOptions{Scrypt: operator.LightScrypt, Overwrite: true}
	ecdsaPath := filepath.Join(dir, "operator.ecdsa.key.json")
	if _, err := operator.ImportECDSAKey(ecdsaPath, ecdsaHex, operatorTestPassword, light); err != nil {
		t.Fatal(err)
	}
	blsPath := filepath.Join(dir, "operator.bls.key.json")
	if _, err := operator.ImportBLSKey(blsPath, blsSecret, operatorTestPassword, light); err != nil {
		t.Fatal(err)
	}
	pw := writeTestFile(t, filepath.Join(dir, "password"), operatorTestPassword+"\n")
	return writeTestFile(t, filepath.Join(dir, "operator.yaml"), `
l1_rpc_url: `+l1URL+`
avs_deployment: `+deployment+`
ecdsa_keystore: `+ecdsaPath+`
ecdsa_password_file: `+pw+`
bls_keystore: `+blsPath+`
bls_password_file: `+pw+`
socket: http://127.0.0.1:9010
deposit: "`+deposit+`"
signer:
  aggregator_url: http://127.0.0.1:8090
  rollup_chain_ids: [901]
`)
}
