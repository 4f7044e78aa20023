package operator

import (
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

const (
	anvilKey     = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	anvilAddress = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
	// blsSecret is a BLS key from eigensdk-go's tests (chainio/clients/avsregistry/writer_test.go).
	blsSecret = "12248929636257230549931416853095037629726205319386239410403476017439825112537"
	password  = "correct horse battery staple"
)

var light = WriteOptions{Scrypt: LightScrypt}

func TestImportECDSAKey_KnownKeyYieldsKnownAddress(t *testing.T) {
	tests := []struct{ name, key string }{
		{"0x prefixed", anvilKey},
		{"no prefix", strings.TrimPrefix(anvilKey, "0x")},
		{"upper case with 0X", "0X" + strings.ToUpper(strings.TrimPrefix(anvilKey, "0x"))},
		{"trailing newline from an env file", anvilKey + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "op.ecdsa.json")
			addr, err := ImportECDSAKey(path, tt.key, password, light)
			if err != nil {
				t.Fatal(err)
			}
			if addr != common.HexToAddress(anvilAddress) {
				t.Errorf("address = %s, want %s", addr, anvilAddress)
			}
			key, err := LoadECDSAKey(path, password)
			if err != nil {
				t.Fatal(err)
			}
			if got := "0x" + common.Bytes2Hex(crypto.FromECDSA(key)); got != anvilKey {
				t.Errorf("loaded a different key")
			}
			info, err := Describe(path)
			if err != nil {
				t.Fatal(err)
			}
			if info.Type != KeyTypeECDSA || info.Address != addr {
				t.Errorf("Describe = %+v, want ecdsa %s", info, addr)
			}
		})
	}
}

func TestCreateECDSAKeystore_RoundTripsAndIsAGethKeystore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "op.ecdsa.json")
	addr, err := CreateECDSAKeystore(path, password, light)
	if err != nil {
		t.Fatal(err)
	}
	key, err := LoadECDSAKey(path, password)
	if err != nil {
		t.Fatal(err)
	}
	if crypto.PubkeyToAddress(key.PublicKey) != addr {
		t.Errorf("loaded key's address differs from the created one")
	}
	data, _ := os.ReadFile(path)
	gk, err := keystore.DecryptKey(data, password)
	if err != nil {
		t.Fatalf("go-ethereum cannot read the keystore: %v", err)
	}
	if gk.Address != addr {
		t.Errorf("go-ethereum reads address %s, want %s", gk.Address, addr)
	}
}

func TestLoadECDSAKey_ReadsKeystoresWrittenByGeth(t *testing.T) {
	dir := t.TempDir()
	acct, err := keystore.StoreKey(dir, password, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	key, err := LoadECDSAKey(acct.URL.Path, password)
	if err != nil {
		t.Fatal(err)
	}
	if crypto.PubkeyToAddress(key.PublicKey) != acct.Address {
		t.Errorf("address mismatch")
	}
}

func TestCreate_UsesStandardScryptUnlessToldOtherwise(t *testing.T) {
	if testing.Short() {
		t.Skip("standard scrypt takes about a second")
	}
	path := filepath.Join(t.TempDir(), "op.ecdsa.json")
	if _, err := CreateECDSAKeystore(path, password, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	var ks struct {
		Crypto keystore.CryptoJSON `json:"crypto"`
	}
	data, _ := os.ReadFile(path)
	if err := json.Unmarshal(data, &ks); err != nil {
		t.Fatal(err)
	}
	if n := ks.Crypto.KDFParams["n"]; n != float64(keystore.StandardScryptN) {
		t.Errorf("scrypt n = %v, want %d", n, keystore.StandardScryptN)
	}
}

func TestWrite_RefusesScryptWeakerThanLight(t *testing.T) {
	path := filepath.Join(t.TempDir(), "k.json")
	_, err := CreateECDSAKeystore(path, password, WriteOptions{Scrypt: ScryptParams{N: 2, P: 1}})
	if err == nil {
		t.Fatal("weak scrypt accepted")
	}
	if _, statErr := os.Stat(path); statErr == nil {
		t.Error("a file was written")
	}
}

func TestImportBLSKey_KnownSecretYieldsEigensdkPubKey(t *testing.T) {
	r := fr.Modulus()
	rMinus1 := new(big.Int).Sub(r, big.NewInt(1))
	pMinus2 := new(big.Int).Sub(fp.Modulus(), big.NewInt(2))
	tests := []struct {
		name, secret string
		wantX, wantY *big.Int // nil: compare with eigensdk only
		wantPubKey   string   // the pubKey field eigensdk writes; "" to skip
	}{
		{name: "decimal", secret: blsSecret},
		{name: "hex", secret: "0x" + mustBig(blsSecret).Text(16)},
		{name: "one is the generator", secret: "1", wantX: big.NewInt(1), wantY: big.NewInt(2), wantPubKey: "E([1,2])"},
		// -G = (1, p-2): gnark prints the coordinate as -2, which Describe must parse.
		{name: "r-1 is minus the generator", secret: rMinus1.String(), wantX: big.NewInt(1), wantY: pMinus2, wantPubKey: "E([1,-2])"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "op.bls.json")
			kp, err := ImportBLSKey(path, tt.secret, password, light)
			if err != nil {
				t.Fatal(err)
			}
			want, err := bls.NewKeyPairFromString(mustBig(tt.secret).String())
			if err != nil {
				t.Fatal(err)
			}
			if !kp.PubKey.Equal(want.PubKey.G1Affine) {
				t.Errorf("pubkey = %s, eigensdk-go derives %s", kp.PubKey, want.PubKey)
			}
			if tt.wantX != nil {
				x, y := kp.PubKey.X.BigInt(new(big.Int)), kp.PubKey.Y.BigInt(new(big.Int))
				if x.Cmp(tt.wantX) != 0 || y.Cmp(tt.wantY) != 0 {
					t.Errorf("pubkey = (%s, %s), want (%s, %s)", x, y, tt.wantX, tt.wantY)
				}
			}
			if tt.wantPubKey != "" {
				var ks blsKeystoreJSON
				data, _ := os.ReadFile(path)
				if err := json.Unmarshal(data, &ks); err != nil || ks.PubKey != tt.wantPubKey {
					t.Errorf("pubKey field = %q (%v), want %q", ks.PubKey, err, tt.wantPubKey)
				}
			}
			info, err := Describe(path)
			if err != nil {
				t.Fatal(err)
			}
			if info.Type != KeyTypeBLS || !info.PubKeyG1.Equal(want.PubKey.G1Affine) {
				t.Errorf("Describe = %s %s, want bls %s", info.Type, info.PubKeyG1, want.PubKey)
			}
			loaded, err := LoadBLSKey(path, password)
			if err != nil {
				t.Fatal(err)
			}
			if !loaded.PrivKey.Equal(want.PrivKey) {
				t.Error("loaded a different secret")
			}
		})
	}
}

func TestImportBLSKey_RefusesSecretsOutOfRangeOrMalformed(t *testing.T) {
	r := fr.Modulus()
	tests := []struct{ name, secret string }{
		{"zero", "0"},
		{"hex zero", "0x00"},
		{"the group order", r.String()},
		{"above the group order", new(big.Int).Add(r, big.NewInt(5)).String()},
		{"negative", "-5"},
		{"plus sign", "+5"},
		{"underscores", "1_000"},
		{"not a number", "hello"},
		{"hex without prefix", "abcdef"},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "op.bls.json")
			_, err := ImportBLSKey(path, tt.secret, password, light)
			if !errors.Is(err, ErrInvalidKey) {
				t.Fatalf("err = %v, want ErrInvalidKey", err)
			}
			if tt.secret != "" && strings.Contains(err.Error(), tt.secret) {
				t.Errorf("error %q quotes the secret", err)
			}
			if _, statErr := os.Stat(path); statErr == nil {
				t.Error("a file was written")
			}
		})
	}
}

func TestImportECDSAKey_RefusesMalformedKeys(t *testing.T) {
	n := crypto.S256().Params().N
	tests := []struct{ name, key string }{
		{"short", "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff"},
		{"long", anvilKey + "00"},
		{"not hex", "0xzz0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"},
		{"zero", "0x" + strings.Repeat("0", 64)},
		{"curve order", "0x" + common.Bytes2Hex(common.LeftPadBytes(n.Bytes(), 32))},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "op.ecdsa.json")
			_, err := ImportECDSAKey(path, tt.key, password, light)
			if !errors.Is(err, ErrInvalidKey) {
				t.Fatalf("err = %v, want ErrInvalidKey", err)
			}
			if body := strings.TrimPrefix(tt.key, "0x"); body != "" && strings.Contains(err.Error(), body[:16]) {
				t.Errorf("error %q quotes the key", err)
			}
		})
	}
}

func TestCreateBLSKeystore_RoundTripsAndEigensdkReadsIt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "op.bls.json")
	kp, err := CreateBLSKeystore(path, password, light)
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := LoadBLSKey(path, password)
	if err != nil {
		t.Fatal(err)
	}
	if !loaded.PrivKey.Equal(kp.PrivKey) || !loaded.PubKey.Equal(kp.PubKey.G1Affine) {
		t.Error("loaded a different key")
	}
	theirs, err := bls.ReadPrivateKeyFromFile(path, password)
	if err != nil {
		t.Fatalf("eigensdk-go cannot read the keystore: %v", err)
	}
	if !theirs.PrivKey.Equal(kp.PrivKey) {
		t.Error("eigensdk-go reads a different key")
	}
}

func TestLoadBLSKey_ReadsKeystoresWrittenByEigensdk(t *testing.T) {
	if testing.Short() {
		t.Skip("eigensdk-go always uses standard scrypt: about two seconds")
	}
	path := filepath.Join(t.TempDir(), "op.bls.json")
	kp, err := bls.NewKeyPairFromString(blsSecret)
	if err != nil {
		t.Fatal(err)
	}
	if err := kp.SaveToFile(path, password); err != nil {
		t.Fatal(err)
	}
	loaded, err := LoadBLSKey(path, password)
	if err != nil {
		t.Fatal(err)
	}
	if !loaded.PrivKey.Equal(kp.PrivKey) {
		t.Error("loaded a different key")
	}
}

func TestLoad_WrongPasswordIsErrWrongPassword(t *testing.T) {
	dir := t.TempDir()
	ecdsaPath, blsPath := filepath.Join(dir, "e.json"), filepath.Join(dir, "b.json")
	if _, err := ImportECDSAKey(ecdsaPath, anvilKey, password, light); err != nil {
		t.Fatal(err)
	}
	if _, err := ImportBLSKey(blsPath, blsSecret, password, light); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		load func(pw string) error
		path string
	}{
		{"ecdsa", func(pw string) error { _, err := LoadECDSAKey(ecdsaPath, pw); return err }, ecdsaPath},
		{"bls", func(pw string) error { _, err := LoadBLSKey(blsPath, pw); return err }, blsPath},
	}
	for _, tt := range tests {
		for _, pw := range []string{"wrong", "", password + " "} {
			t.Run(tt.name+"/"+pw, func(t *testing.T) {
				err := tt.load(pw)
				if !errors.Is(err, ErrWrongPassword) {
					t.Fatalf("err = %v, want ErrWrongPassword", err)
				}
				if !strings.Contains(err.Error(), tt.path) {
					t.Errorf("error %q does not name the file", err)
				}
			})
		}
	}
}

func TestLoad_OtherKeyTypeIsErrWrongKeyType(t *testing.T) {
	dir := t.TempDir()
	ecdsaPath, blsPath := filepath.Join(dir, "e.json"), filepath.Join(dir, "b.json")
	if _, err := ImportECDSAKey(ecdsaPath, anvilKey, password, light); err != nil {
		t.Fatal(err)
	}
	if _, err := ImportBLSKey(blsPath, blsSecret, password, light); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadECDSAKey(blsPath, password); !errors.Is(err, ErrWrongKeyType) {
		t.Errorf("LoadECDSAKey(bls keystore) err = %v, want ErrWrongKeyType", err)
	}
	if _, err := LoadBLSKey(ecdsaPath, password); !errors.Is(err, ErrWrongKeyType) {
		t.Errorf("LoadBLSKey(ecdsa keystore) err = %v, want ErrWrongKeyType", err)
	}
}

func TestWrite_ExistingFileIsRefusedUnlessOverwrite(t *testing.T) {
	tests := []struct {
		name  string
		write func(path string, opts WriteOptions) error
	}{
		{"ecdsa create", func(p string, o WriteOptions) error { _, err := CreateECDSAKeystore(p, password, o); return err }},
		{"ecdsa import", func(p string, o WriteOptions) error { _, err := ImportECDSAKey(p, anvilKey, password, o); return err }},
		{"bls create", func(p string, o WriteOptions) error { _, err := CreateBLSKeystore(p, password, o); return err }},
		{"bls import", func(p string, o WriteOptions) error { _, err := ImportBLSKey(p, blsSecret, password, o); return err }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "k.json")
			if err := os.WriteFile(path, []byte("precious"), 0o644); err != nil {
				t.Fatal(err)
			}
			err := tt.write(path, light)
			if !errors.Is(err, ErrExists) {
				t.Fatalf("err = %v, want ErrExists", err)
			}
			if data, _ := os.ReadFile(path); string(data) != "precious" {
				t.Fatalf("existing file changed to %q", data)
			}
			overwrite := light
			overwrite.Overwrite = true
			if err := tt.write(path, overwrite); err != nil {
				t.Fatalf("with Overwrite: %v", err)
			}
			if _, err := Describe(path); err != nil {
				t.Errorf("overwritten file is not a keystore: %v", err)
			}
			checkMode(t, path, 0o600)
			if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
				t.Errorf("directory holds %d entries, want only the keystore (no temporary file left)", len(entries))
			}
		})
	}
}

func TestWrite_FileIsPrivateAndMissingDirectoriesAreCreated(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "keys", "op1")
	ecdsaPath, blsPath := filepath.Join(dir, "e.json"), filepath.Join(dir, "b.json")
	if _, err := CreateECDSAKeystore(ecdsaPath, password, light); err != nil {
		t.Fatal(err)
	}
	if _, err := CreateBLSKeystore(blsPath, password, light); err != nil {
		t.Fatal(err)
	}
	checkMode(t, ecdsaPath, 0o600)
	checkMode(t, blsPath, 0o600)
	checkMode(t, dir, 0o700)
}

func TestWrite_EmptyPasswordIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "k.json")
	if _, err := CreateECDSAKeystore(path, "", light); !errors.Is(err, ErrEmptyPassword) {
		t.Errorf("ecdsa: err = %v, want ErrEmptyPassword", err)
	}
	if _, err := CreateBLSKeystore(path, "", light); !errors.Is(err, ErrEmptyPassword) {
		t.Errorf("bls: err = %v, want ErrEmptyPassword", err)
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("a file was written")
	}
}

func TestLoad_AlteredPublicDataIsErrCorrupt(t *testing.T) {
	dir := t.TempDir()
	ecdsaPath, blsPath := filepath.Join(dir, "e.json"), filepath.Join(dir, "b.json")
	if _, err := ImportECDSAKey(ecdsaPath, anvilKey, password, light); err != nil {
		t.Fatal(err)
	}
	if _, err := ImportBLSKey(blsPath, blsSecret, password, light); err != nil {
		t.Fatal(err)
	}
	editJSON(t, ecdsaPath, "address", "70997970c51812dc3a010c7d01b50e0d17dc79c8")
	editJSON(t, blsPath, "pubKey", "E([1,2])")
	if _, err := LoadECDSAKey(ecdsaPath, password); !errors.Is(err, ErrCorrupt) {
		t.Errorf("ecdsa: err = %v, want ErrCorrupt", err)
	}
	if _, err := LoadBLSKey(blsPath, password); !errors.Is(err, ErrCorrupt) {
		t.Errorf("bls: err = %v, want ErrCorrupt", err)
	}
}

func TestDescribe_RejectsFilesThatAreNotKeystores(t *testing.T) {
	tests := []struct{ name, content string }{
		{"raw private key", anvilKey + "\n"},
		{"empty", ""},
		{"JSON array", "[]"},
		{"no crypto section", `{"address":"f39fd6e51aad88f6f4ce6ab8827279cfffb92266","version":3}`},
		{"version 4", `{"crypto":{},"version":4}`},
		{"bad address", `{"address":"xyz","crypto":{},"version":3}`},
		{"pubKey not a point format", `{"pubKey":"(1,2)","crypto":{}}`},
		{"pubKey not on the curve", `{"pubKey":"E([1,3])","crypto":{}}`},
		{"pubKey at infinity", `{"pubKey":"O","crypto":{}}`},
		{"pubKey coordinate too large", `{"pubKey":"E([` + fp.Modulus().String() + `,2])","crypto":{}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "k.json")
			if err := os.WriteFile(path, []byte(tt.content), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := Describe(path)
			if !errors.Is(err, ErrNotKeystore) {
				t.Fatalf("err = %v, want ErrNotKeystore", err)
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name the file", err)
			}
			if strings.Contains(err.Error(), anvilKey[2:18]) {
				t.Errorf("error %q quotes the file's content", err)
			}
		})
	}
	t.Run("directory", func(t *testing.T) {
		if _, err := Describe(t.TempDir()); !errors.Is(err, ErrNotKeystore) {
			t.Errorf("err = %v, want ErrNotKeystore", err)
		}
	})
	t.Run("missing file", func(t *testing.T) {
		if _, err := Describe(filepath.Join(t.TempDir(), "nope.json")); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("err = %v, want os.ErrNotExist", err)
		}
	})
}

func TestReadPassword(t *testing.T) {
	dir := t.TempDir()
	file := func(name, content string, mode os.FileMode) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, mode); err != nil { // umask
			t.Fatal(err)
		}
		return p
	}
	t.Setenv("MACH_TEST_PW", password)
	t.Setenv("MACH_TEST_PW_EMPTY", "")
	t.Setenv("MACH_TEST_PW_NEWLINE", password+"\n")
	tests := []struct {
		name, env, file string
		want            string
		wantErr         error // nil: any error if wantErrText is set
		wantErrText     string
	}{
		{name: "env var", env: "MACH_TEST_PW", want: password},
		{name: "env var is taken as is, newline included", env: "MACH_TEST_PW_NEWLINE", want: password + "\n"},
		{name: "unset env var", env: "MACH_TEST_PW_UNSET", wantErrText: "MACH_TEST_PW_UNSET is not set"},
		{name: "empty env var", env: "MACH_TEST_PW_EMPTY", wantErr: ErrEmptyPassword},
		{name: "file with trailing newline", file: file("nl", password+"\n", 0o600), want: password},
		{name: "file with CRLF", file: file("crlf", password+"\r\n", 0o600), want: password},
		{name: "file without newline", file: file("plain", password, 0o400), want: password},
		{name: "only one newline is trimmed", file: file("two", password+"\n\n", 0o600), want: password + "\n"},
		{name: "spaces are kept", file: file("spaces", " "+password+" \n", 0o600), want: " " + password + " "},
		{name: "group-readable file", file: file("group", password, 0o640), want: password},
		{name: "empty file", file: file("empty", "", 0o600), wantErr: ErrEmptyPassword},
		{name: "file holding only a newline", file: file("newline", "\n", 0o600), wantErr: ErrEmptyPassword},
		{name: "world-readable file", file: file("world", password, 0o644), wantErr: ErrInsecurePasswordFile, wantErrText: "chmod 600"},
		{name: "world-writable file", file: file("worldw", password, 0o602), wantErr: ErrInsecurePasswordFile},
		{name: "missing file", file: filepath.Join(dir, "nope"), wantErr: os.ErrNotExist},
		{name: "directory", file: dir, wantErrText: "not a regular file"},
		{name: "both sources", env: "MACH_TEST_PW", file: filepath.Join(dir, "nl"), wantErrText: "not both"},
		{name: "no source", wantErrText: "no environment variable or file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadPassword(tt.env, tt.file)
			if tt.wantErr == nil && tt.wantErrText == "" {
				if err != nil || got != tt.want {
					t.Errorf("ReadPassword = %q, %v; want %q", got, err, tt.want)
				}
				return
			}
			if err == nil {
				t.Fatalf("ReadPassword = %q, want an error", got)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantErrText) {
				t.Errorf("err = %v, want it to contain %q", err, tt.wantErrText)
			}
			if strings.Contains(err.Error(), password) {
				t.Errorf("error %q contains the password", err)
			}
		})
	}
}

func checkMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := st.Mode().Perm(); got != want {
		t.Errorf("%s has mode %04o, want %04o", path, got, want)
	}
}

func editJSON(t *testing.T, path, field, value string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]any{}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	m[field] = value
	if data, err = json.Marshal(m); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

func mustBig(s string) *big.Int {
	n, ok := new(big.Int).SetString(s, 0)
	if !ok {
		panic("bad number " + s)
	}
	return n
}
