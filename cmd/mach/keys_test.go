package main

import (
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mach-avs/mach/avs/operator"
)

// The CLI writes keystores with standard scrypt (about a second each), as it must; keystores that a test only
// reads are written with light scrypt through avs/operator.

const (
	testECDSAKey     = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80" // anvil account 0
	testECDSAAddress = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
	testBLSSecret    = "12248929636257230549931416853095037629726205319386239410403476017439825112537"
	testPassword     = "Tr0ub4dor&3-keys-test"
)

// secrets are strings no output of `mach keys` may contain.
var secrets = []string{
	strings.TrimPrefix(testECDSAKey, "0x"),
	strings.ToUpper(strings.TrimPrefix(testECDSAKey, "0x")),
	testBLSSecret,
	"0x" + mustBigInt(testBLSSecret).Text(16),
	testPassword,
}

// keysRun runs mach with args and fails the test if stdout or stderr holds a secret.
func keysRun(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	code, stdout, stderr = runArgs(append([]string{"mach", "keys"}, args...)...)
	for _, s := range secrets {
		if strings.Contains(stdout, s) || strings.Contains(stderr, s) {
			t.Fatalf("mach keys %s printed a secret:\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), stdout, stderr)
		}
	}
	return code, stdout, stderr
}

func wantExit(t *testing.T, code, want int, stdout, stderr string) {
	t.Helper()
	if code != want {
		t.Fatalf("exit code = %d, want %d\nstdout:\n%s\nstderr:\n%s", code, want, stdout, stderr)
	}
}

// field returns the value of the "name: value" line of out.
func field(t *testing.T, out, name string) string {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && k == name {
			return strings.TrimSpace(v)
		}
	}
	t.Fatalf("output has no %q line:\n%s", name, out)
	return ""
}

func TestKeys_CreateThenShowWithPasswordPrintsTheSamePublicKey(t *testing.T) {
	t.Setenv(defaultPasswordEnv, testPassword)
	tests := []struct {
		keyType string
		fields  []string
	}{
		{"ecdsa", []string{"address"}},
		{"bls", []string{"g1 pubkey x", "g1 pubkey y", "g2 pubkey x", "g2 pubkey y", "operator id"}},
	}
	for _, tt := range tests {
		t.Run(tt.keyType, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "keys", tt.keyType+".json")
			code, created, stderr := keysRun(t, "create", "--type", tt.keyType, "--out", out)
			wantExit(t, code, exitOK, created, stderr)
			if stderr != "" {
				t.Errorf("stderr = %q, want empty", stderr)
			}
			checkFileMode(t, out, 0o600)

			code, shown, stderr := keysRun(t, "show", "--type", tt.keyType, "--in", out)
			wantExit(t, code, exitOK, shown, stderr)
			for _, f := range append([]string{"type"}, tt.fields...) {
				if a, b := field(t, created, f), field(t, shown, f); a != b {
					t.Errorf("%s: create printed %q, show printed %q", f, a, b)
				}
			}
			if v := field(t, shown, "verified"); !strings.HasPrefix(v, "yes") {
				t.Errorf("verified = %q, want yes", v)
			}
		})
	}
}

func TestKeysImport_KnownECDSAKeyYieldsKnownAddress(t *testing.T) {
	t.Setenv(defaultPasswordEnv, testPassword)
	t.Setenv("MACH_TEST_OPERATOR_KEY", testECDSAKey)
	out := filepath.Join(t.TempDir(), "op.ecdsa.json")
	code, stdout, stderr := keysRun(t, "import", "--type", "ecdsa", "--out", out, "--key-env", "MACH_TEST_OPERATOR_KEY")
	wantExit(t, code, exitOK, stdout, stderr)
	if got := field(t, stdout, "address"); got != testECDSAAddress {
		t.Errorf("address = %s, want %s", got, testECDSAAddress)
	}
	key, err := operator.LoadECDSAKey(out, testPassword)
	if err != nil {
		t.Fatal(err)
	}
	if crypto.PubkeyToAddress(key.PublicKey) != common.HexToAddress(testECDSAAddress) {
		t.Error("the keystore holds another key")
	}
}

func TestKeysImport_KnownBLSSecretYieldsEigensdkPubKey(t *testing.T) {
	t.Setenv(defaultPasswordEnv, testPassword)
	want, err := bls.NewKeyPairFromString(testBLSSecret)
	if err != nil {
		t.Fatal(err)
	}
	g2 := want.GetPubKeyG2()
	t.Setenv("MACH_TEST_BLS_KEY", testBLSSecret)
	out := filepath.Join(t.TempDir(), "op.bls.json")
	code, stdout, stderr := keysRun(t, "import", "--type", "bls", "--out", out, "--key-env", "MACH_TEST_BLS_KEY")
	wantExit(t, code, exitOK, stdout, stderr)
	for name, value := range map[string]string{
		"g1 pubkey x": want.PubKey.X.String(),
		"g1 pubkey y": want.PubKey.Y.String(),
		"g2 pubkey x": "[" + g2.X.A1.String() + ", " + g2.X.A0.String() + "]",
		"g2 pubkey y": "[" + g2.Y.A1.String() + ", " + g2.Y.A0.String() + "]",
		"operator id": want.PubKey.GetOperatorID(),
	} {
		if got := field(t, stdout, name); got != value {
			t.Errorf("%s = %s, want %s", name, got, value)
		}
	}
}

// Secret 1: the public keys are the generators, whose coordinates (EIP-197, EigenLayer's BN254.sol) pin the output
// format: decimal, and G2 as [imaginary, real].
func TestKeysShow_SecretOnePrintsTheGeneratorsInContractOrder(t *testing.T) {
	t.Setenv(defaultPasswordEnv, testPassword)
	in := filepath.Join(t.TempDir(), "one.bls.json")
	if _, err := operator.ImportBLSKey(in, "1", testPassword, operator.WriteOptions{Scrypt: operator.LightScrypt}); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := keysRun(t, "show", "--in", in)
	wantExit(t, code, exitOK, stdout, stderr)
	opID := crypto.Keccak256Hash(common.LeftPadBytes([]byte{1}, 32), common.LeftPadBytes([]byte{2}, 32)).Hex()
	for name, value := range map[string]string{
		"type":        "bls",
		"g1 pubkey x": "1",
		"g1 pubkey y": "2",
		"g2 pubkey x": "[11559732032986387107991004021392285783925812861821192530917403151452391805634, 10857046999023057135944570762232829481370756359578518086990519993285655852781]",
		"g2 pubkey y": "[4082367875863433681332203403145435568316851327593401208105741076214120093531, 8495653923123431417604973247489272438418190587263600148770280649306958101930]",
		"operator id": opID,
	} {
		if got := field(t, stdout, name); got != value {
			t.Errorf("%s = %s, want %s", name, got, value)
		}
	}
}

func TestKeysShow_WithoutPasswordPrintsStatedPublicDataUnverified(t *testing.T) {
	unsetenv(t, defaultPasswordEnv)
	dir := t.TempDir()
	ecdsaPath, blsPath := filepath.Join(dir, "e.json"), filepath.Join(dir, "b.json")
	light := operator.WriteOptions{Scrypt: operator.LightScrypt}
	if _, err := operator.ImportECDSAKey(ecdsaPath, testECDSAKey, testPassword, light); err != nil {
		t.Fatal(err)
	}
	kp, err := operator.ImportBLSKey(blsPath, testBLSSecret, testPassword, light)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := keysRun(t, "show", "--in", ecdsaPath)
	wantExit(t, code, exitOK, stdout, stderr)
	if got := field(t, stdout, "address"); got != testECDSAAddress {
		t.Errorf("address = %s, want %s", got, testECDSAAddress)
	}
	if v := field(t, stdout, "verified"); !strings.HasPrefix(v, "no") {
		t.Errorf("verified = %q, want no", v)
	}
	code, stdout, stderr = keysRun(t, "show", "--in", blsPath, "--type", "bls")
	wantExit(t, code, exitOK, stdout, stderr)
	if got := field(t, stdout, "operator id"); got != kp.PubKey.GetOperatorID() {
		t.Errorf("operator id = %s, want %s", got, kp.PubKey.GetOperatorID())
	}
	if got := field(t, stdout, "g2 pubkey"); !strings.Contains(got, "unavailable without the password") {
		t.Errorf("g2 pubkey = %q, want it unavailable", got)
	}
}

func TestKeysShow_Failures(t *testing.T) {
	dir := t.TempDir()
	ecdsaPath := filepath.Join(dir, "e.json")
	if _, err := operator.ImportECDSAKey(ecdsaPath, testECDSAKey, testPassword, operator.WriteOptions{Scrypt: operator.LightScrypt}); err != nil {
		t.Fatal(err)
	}
	rawKey := filepath.Join(dir, "raw.txt")
	if err := os.WriteFile(rawKey, []byte(testECDSAKey+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("MACH_TEST_WRONG_PW", "not-the-password")
	tests := []struct {
		name       string
		args       []string
		wantStderr string
	}{
		{"wrong password", []string{"--in", ecdsaPath, "--password-env", "MACH_TEST_WRONG_PW"}, "wrong password"},
		{"other key type", []string{"--in", ecdsaPath, "--type", "bls"}, "holds a key of type ecdsa, not bls"},
		{"a raw key file is not a keystore", []string{"--in", rawKey}, "not a keystore"},
		{"missing file", []string{"--in", filepath.Join(dir, "nope.json")}, "no such file"},
		{"named password variable unset", []string{"--in", ecdsaPath, "--password-env", "MACH_TEST_UNSET_PW"}, "environment variable MACH_TEST_UNSET_PW is not set"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := keysRun(t, append([]string{"show"}, tt.args...)...)
			wantExit(t, code, exitError, stdout, stderr)
			if stdout != "" {
				t.Errorf("stdout = %q, want empty", stdout)
			}
			if !strings.HasPrefix(stderr, "mach keys show: ") || !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("stderr = %q, want it to contain %q", stderr, tt.wantStderr)
			}
		})
	}
}

func TestKeysCreate_ExistingFileIsRefusedWithoutForce(t *testing.T) {
	t.Setenv(defaultPasswordEnv, testPassword)
	out := filepath.Join(t.TempDir(), "op.ecdsa.json")
	if err := os.WriteFile(out, []byte("precious"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := keysRun(t, "create", "--type", "ecdsa", "--out", out)
	wantExit(t, code, exitError, stdout, stderr)
	if !strings.Contains(stderr, "already exists") || !strings.Contains(stderr, "--force") {
		t.Errorf("stderr = %q, want it to say the file exists and mention --force", stderr)
	}
	if data, _ := os.ReadFile(out); string(data) != "precious" {
		t.Fatalf("the existing file changed")
	}
	code, stdout, stderr = keysRun(t, "create", "--type", "ecdsa", "--out", out, "--force")
	wantExit(t, code, exitOK, stdout, stderr)
	if info, err := operator.Describe(out); err != nil || info.Address.Hex() != field(t, stdout, "address") {
		t.Errorf("after --force: Describe = %+v, %v; want the new key's address", info, err)
	}
	checkFileMode(t, out, 0o600)
}

func TestKeys_PasswordSources(t *testing.T) {
	dir := t.TempDir()
	writeFile := func(name, content string, mode os.FileMode) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, mode); err != nil {
			t.Fatal(err)
		}
		return p
	}
	pwFile := writeFile("pw", testPassword+"\n", 0o600)
	t.Setenv("MACH_TEST_PW", testPassword)
	t.Setenv("MACH_TEST_EMPTY_PW", "")
	unsetenv(t, defaultPasswordEnv)
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{"password file, trailing newline trimmed", []string{"--password-file", pwFile}, exitOK, ""},
		{"named env var", []string{"--password-env", "MACH_TEST_PW"}, exitOK, ""},
		{"default env var unset", nil, exitError, "no password: environment variable MACH_KEYSTORE_PASSWORD is not set"},
		{"empty env var", []string{"--password-env", "MACH_TEST_EMPTY_PW"}, exitError, "empty password"},
		{"empty password file", []string{"--password-file", writeFile("empty", "\n", 0o600)}, exitError, "empty password"},
		{"world-readable password file", []string{"--password-file", writeFile("world", testPassword, 0o644)}, exitError, "chmod 600"},
		{"missing password file", []string{"--password-file", filepath.Join(dir, "nope")}, exitError, "no such file"},
		// Someone passing the password itself as the variable name must not see it echoed.
		{"password given as the variable name", []string{"--password-env", testPassword}, exitError, "the environment variable named by --password-env is not set"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(dir, "k", string(rune('a'+i))+".json")
			code, stdout, stderr := keysRun(t, append([]string{"create", "--type", "ecdsa", "--out", out}, tt.args...)...)
			wantExit(t, code, tt.wantCode, stdout, stderr)
			if !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("stderr = %q, want it to contain %q", stderr, tt.wantStderr)
			}
			if tt.wantCode != exitOK {
				if _, err := os.Stat(out); err == nil {
					t.Error("a keystore was written")
				}
				return
			}
			if _, err := operator.LoadECDSAKey(out, testPassword); err != nil {
				t.Errorf("keystore does not open with the password: %v", err)
			}
		})
	}
}

func TestKeys_UsageErrorsExitTwoWithoutEchoingValues(t *testing.T) {
	t.Setenv(defaultPasswordEnv, testPassword)
	out := filepath.Join(t.TempDir(), "k.json")
	tests := []struct {
		name       string
		args       []string
		wantStderr string
	}{
		{"create without --type", []string{"create", "--out", out}, "--type is required"},
		{"create with an unknown type", []string{"create", "--type", "rsa", "--out", out}, "--type must be ecdsa or bls"},
		{"create without --out", []string{"create", "--type", "bls"}, "--out is required"},
		{"show without --in", []string{"show"}, "--in is required"},
		{"import without --key-env", []string{"import", "--type", "ecdsa", "--out", out}, "--key-env is required"},
		{"both password sources", []string{"create", "--type", "bls", "--out", out, "--password-env", "X", "--password-file", "y"}, "not both"},
		{"empty --password-env", []string{"create", "--type", "bls", "--out", out, "--password-env", ""}, "--password-env needs a variable name"},
		{"key and password in one variable", []string{"import", "--type", "bls", "--out", out, "--key-env", defaultPasswordEnv}, "same variable"},
		{"unknown flag", []string{"create", "--type", "bls", "--out", out, "--key", "x"}, "flag provided but not defined: -key"},
		{"show has no --force", []string{"show", "--in", out, "--force"}, "flag provided but not defined: -force"},
		// A private key pasted on the command line is refused and never echoed.
		{"key as an argument", []string{"import", "--type", "ecdsa", "--out", out, "--key-env", "K", testECDSAKey}, "unexpected argument (not echoed)"},
		{"key as a bool flag's value", []string{"create", "--type", "ecdsa", "--out", out, "--force=" + testECDSAKey}, `invalid boolean value "…" for -force`},
		{"key as --type", []string{"create", "--type", testECDSAKey, "--out", out}, "--type must be ecdsa or bls"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := keysRun(t, tt.args...)
			wantExit(t, code, exitUsage, stdout, stderr)
			if !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("stderr does not contain %q:\n%s", tt.wantStderr, stderr)
			}
			if !strings.Contains(stderr, "Usage:\n  mach keys "+tt.args[0]+" --") {
				t.Errorf("stderr does not show the command's usage:\n%s", stderr)
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("a keystore was written")
			}
		})
	}
}

func TestKeysImport_BadKeysFailWithoutEchoingThem(t *testing.T) {
	t.Setenv(defaultPasswordEnv, testPassword)
	dir := t.TempDir()
	// Not the real keys (secrets holds those), but keys the user would not want printed either.
	bad := map[string]struct{ keyType, key, wantStderr string }{
		"ecdsa key one digit short": {"ecdsa", testECDSAKey[:65], "invalid private key"},
		"bls secret above r":        {"bls", "21888242871839275222246405745257275088548364400416034343698204186575808495617", "invalid private key"},
		"bls secret with a typo":    {"bls", testBLSSecret[:40] + "x" + testBLSSecret[41:], "invalid private key"},
		"key variable unset":        {"ecdsa", "", "environment variable MACH_TEST_BAD_KEY is not set or empty"},
	}
	for name, tt := range bad {
		t.Run(name, func(t *testing.T) {
			if tt.key == "" {
				unsetenv(t, "MACH_TEST_BAD_KEY")
			} else {
				t.Setenv("MACH_TEST_BAD_KEY", tt.key)
			}
			out := filepath.Join(dir, name+".json")
			code, stdout, stderr := keysRun(t, "import", "--type", tt.keyType, "--out", out, "--key-env", "MACH_TEST_BAD_KEY")
			wantExit(t, code, exitError, stdout, stderr)
			if !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("stderr = %q, want it to contain %q", stderr, tt.wantStderr)
			}
			if tt.key != "" && strings.Contains(stdout+stderr, tt.key[:20]) {
				t.Errorf("output quotes the key:\n%s%s", stdout, stderr)
			}
		})
	}
	t.Run("key given as the variable name", func(t *testing.T) {
		code, stdout, stderr := keysRun(t, "import", "--type", "ecdsa", "--out", filepath.Join(dir, "x.json"), "--key-env", strings.TrimPrefix(testECDSAKey, "0x"))
		wantExit(t, code, exitError, stdout, stderr)
		if !strings.Contains(stderr, "the environment variable named by --key-env is not set") {
			t.Errorf("stderr = %q", stderr)
		}
	})
}

func TestPrintKeysUsage_NamesEveryFlag(t *testing.T) {
	for sub, flags := range map[string][]string{
		"create": {"--type", "--out", "--password-env", "--password-file", "--force", defaultPasswordEnv},
		"import": {"--type", "--out", "--key-env", "--password-env", "--password-file", "--force"},
		"show":   {"--type", "--in", "--password-env", "--password-file"},
	} {
		var b strings.Builder
		printKeysUsage(&b, sub, []string{"keys", sub})
		for _, f := range flags {
			if !strings.Contains(b.String(), f) {
				t.Errorf("help of mach keys %s does not mention %s:\n%s", sub, f, b.String())
			}
		}
		if strings.Contains(b.String(), "takes no flags") {
			t.Errorf("help of mach keys %s says it takes no flags", sub)
		}
	}
}

// unsetenv unsets name for the duration of the test.
func unsetenv(t *testing.T, name string) {
	t.Helper()
	t.Setenv(name, "") // restores the old value when the test ends
	os.Unsetenv(name)
}

func checkFileMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := st.Mode().Perm(); got != want {
		t.Errorf("%s has mode %04o, want %04o", path, got, want)
	}
}

func mustBigInt(s string) *big.Int {
	n, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad number " + s)
	}
	return n
}
