package operator

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mach-avs/mach/internal/config"
)

func TestECDSAKeySource_LoadsFromKeystoreOrEnvAndNamesEveryProblem(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "k.json")
	addr, err := CreateECDSAKeystore(path, "pw-1", WriteOptions{Scrypt: LightScrypt})
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("KS_TEST_PW", "pw-1")
	src := ECDSAKeySource{Keystore: path, PasswordEnv: "KS_TEST_PW", PrivateKeyEnv: "KS_TEST_KEY", Prefix: "zk.", Owner: "the tester"}
	var p config.Problems
	src.Validate(&p, "")
	if p.Err() != nil {
		t.Fatalf("valid source: %v", p.Err())
	}
	key, err := src.Load()
	if err != nil || crypto.PubkeyToAddress(key.PublicKey) != addr {
		t.Fatalf("keystore key: %v", err)
	}

	// From the environment when the keystore is empty; a bad value is refused without being quoted.
	t.Setenv("KS_TEST_KEY", "0x"+strings.Repeat("ab", 32))
	env := ECDSAKeySource{PrivateKeyEnv: "KS_TEST_KEY", Owner: "the tester"}
	if _, err := env.Load(); err != nil {
		t.Fatalf("env key: %v", err)
	}
	t.Setenv("KS_TEST_KEY", "not-a-key-secret")
	if _, err := env.Load(); err == nil || strings.Contains(err.Error(), "not-a-key-secret") {
		t.Fatalf("bad env key: %v", err)
	}

	// Both sources, a keystore without password source, and no source at all are each named by key.
	t.Setenv("KS_TEST_KEY", "0x"+strings.Repeat("ab", 32))
	for _, tc := range []struct {
		src  ECDSAKeySource
		flag string
		want string
	}{
		{src, "", "config: zk.ecdsa_keystore is set and so is KS_TEST_KEY"},
		{ECDSAKeySource{Keystore: path, Owner: "the tester"}, "--key", "config: ecdsa_keystore is set and --key is given"},
		{ECDSAKeySource{Keystore: path, Owner: "the tester"}, "", "config: ecdsa_password_env and ecdsa_password_file are both empty"},
		{ECDSAKeySource{Owner: "the tester", Prefix: "zk."}, "", "config: zk.ecdsa_keystore is empty; set it to the tester's keystore"},
		{ECDSAKeySource{Owner: "the tester", PrivateKeyEnv: "KS_TEST_UNSET"}, "", "config: ecdsa_keystore is empty and KS_TEST_UNSET is not set"},
	} {
		var p config.Problems
		tc.src.Validate(&p, tc.flag)
		if err := p.Err(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Validate(%+v, %q) = %v, want %q", tc.src, tc.flag, err, tc.want)
		}
	}
}
