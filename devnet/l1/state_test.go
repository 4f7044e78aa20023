package l1

import (
	"math/big"
	"os"
	"runtime/debug"

	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
)

func TestEigenSDKDir_FindsTheModuleWithoutOverride(t *testing.T) {
	t.Setenv(EigenSDKDirEnv, "")
	dir, err := EigenSDKDir()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(filepath.ToSlash(dir), "eigensdk-go@v0.3.0") {
		t.Errorf("EigenSDKDir() = %s, want the v0.3.0 module directory", dir)
	}
}

func TestSDKDirFromDeps_MapsBuildInfoToTheModuleCache(t *testing.T) {
	cache := func() string { return "/cache" }
	for _, tc := range []struct {
		name string
		deps []*debug.Module
		want string
		ok   bool
	}{
		{"plain", []*debug.Module{{Path: "x/y", Version: "v1.0.0"}, {Path: eigenSDKModule, Version: "v0.3.0"}},
			"/cache/github.com/!layr-!labs/eigensdk-go@v0.3.0", true},
		{"replaced by a fork", []*debug.Module{{Path: eigenSDKModule, Version: "v0.3.0",
			Replace: &debug.Module{Path: "github.com/Me/eigensdk-go", Version: "v0.3.1-RC"}}},
			"/cache/github.com/!me/eigensdk-go@v0.3.1-!r!c", true},
		{"replaced by an absolute directory", []*debug.Module{{Path: eigenSDKModule, Version: "v0.3.0",
			Replace: &debug.Module{Path: "/src/eigensdk-go"}}}, "/src/eigensdk-go", true},
		{"replaced by a relative directory", []*debug.Module{{Path: eigenSDKModule,
			Replace: &debug.Module{Path: "../eigensdk-go"}}}, "", false},
		{"absent (test binaries record no deps)", nil, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := sdkDirFromDeps(tc.deps, cache)
			if ok != tc.ok || (ok && got != filepath.FromSlash(tc.want)) {
				t.Errorf("sdkDirFromDeps = %q, %v; want %q, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestEigenSDKDir_EnvOverrideIsCheckedAndUsed(t *testing.T) {
	dir := fakeSDKDir(t)
	t.Setenv(EigenSDKDirEnv, t.TempDir())
	_, err := EigenSDKDir()
	if err == nil || !strings.Contains(err.Error(), EigenSDKDirEnv) || !strings.Contains(err.Error(), anvilStateFile) {
		t.Fatalf("EigenSDKDir() with an empty override: err = %v, want one naming %s and %s", err, EigenSDKDirEnv, anvilStateFile)
	}

	t.Setenv(EigenSDKDirEnv, dir)
	got, err := EigenSDKDir()
	if err != nil {
		t.Fatal(err)
	}
	if got != dir {
		t.Errorf("EigenSDKDir() = %s, want the override %s", got, dir)
	}
}

func TestEscapeModulePath_MatchesTheModuleCache(t *testing.T) {
	if got, want := escapeModulePath("github.com/Layr-Labs/eigensdk-go"), "github.com/!layr-!labs/eigensdk-go"; got != want {
		t.Errorf("escapeModulePath = %s, want %s", got, want)
	}
}

// fakeSDKDir copies the real state and outputs into a temporary eigensdk-go layout the test may break.
func fakeSDKDir(t *testing.T) string {
	t.Helper()
	real, err := EigenSDKDir()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, rel := range []string{
		anvilStateFile,
		filepath.Join(outputDir, eigenLayerFile),
		filepath.Join(outputDir, mockAvsFile),
		filepath.Join(outputDir, tokenAndStratFile),
	} {
		b, err := os.ReadFile(filepath.Join(real, rel))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, rel), string(b))
	}
	return dir
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestNew_MissingOrMalformedInputsNameTheFile(t *testing.T) {
	for _, tc := range []struct {
		name  string
		file  string // relative to the SDK dir; "" leaves the layout intact
		body  string // written to file; "-" deletes it
		wants []string
	}{
		{"state missing", anvilStateFile, "-", []string{anvilStateFile, "no such file"}},
		{"state not JSON", anvilStateFile, "{", []string{anvilStateFile, "decode JSON"}},
		{"state without accounts", anvilStateFile, `{"block":{}}`, []string{anvilStateFile, "no \"accounts\""}},
		{"bad balance", anvilStateFile, `{"accounts":{"0x0000000000000000000000000000000000000001":{"nonce":0,"balance":"12","code":"0x","storage":{}}}}`,
			[]string{anvilStateFile, "balance \"12\""}},
		{"bad storage", anvilStateFile, `{"accounts":{"0x0000000000000000000000000000000000000001":{"nonce":0,"balance":"0x1","code":"0x","storage":{"0x1":"0xzz"}}}}`,
			[]string{anvilStateFile, "storage[0x1]"}},
		{"bad address", anvilStateFile, `{"accounts":{"0x01":{"nonce":0,"balance":"0x1","code":"0x","storage":{}}}}`,
			[]string{anvilStateFile, "not an address"}},
		{"eigenlayer output missing", filepath.Join(outputDir, eigenLayerFile), "-", []string{eigenLayerFile, "no such file"}},
		{"mock avs output malformed", filepath.Join(outputDir, mockAvsFile), "[", []string{mockAvsFile, "decode JSON"}},
		{"token output lacks the strategy", filepath.Join(outputDir, tokenAndStratFile),
			`{"addresses":{"erc20mock":"0x7bc06c482DEAd17c0e297aFbC32f6e63d3846650"}}`,
			[]string{tokenAndStratFile, "addresses.erc20mockstrategy is missing"}},
		{"zero address", filepath.Join(outputDir, mockAvsFile),
			`{"addresses":{"registryCoordinator":"0x0000000000000000000000000000000000000000"}}`,
			[]string{mockAvsFile, "addresses.registryCoordinator", "addresses.mockAvsServiceManager is missing"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := fakeSDKDir(t)
			p := filepath.Join(dir, tc.file)
			if tc.body == "-" {
				if err := os.Remove(p); err != nil {
					t.Fatal(err)
				}
			} else {
				writeFile(t, p, tc.body)
			}
			l, err := New(Config{EigenSDKDir: dir})
			if err == nil {
				_ = l.Stop(t.Context())
				t.Fatal("New succeeded")
			}
			for _, w := range tc.wants {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

func TestConfig_ValidateReportsEveryBadField(t *testing.T) {
	err := Config{Accounts: -1, Balance: big.NewInt(-1), BlockTime: -time.Second, HTTPAddr: "localhost"}.Validate()
	if err == nil {
		t.Fatal("Validate accepted a bad config")
	}
	for _, w := range []string{"Accounts", "Balance", "BlockTime", "HTTPAddr"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not name %s", err, w)
		}
	}
	for _, addr := range []string{":8545", "127.0.0.1:x", "127.0.0.1:70000"} {
		if err := (Config{HTTPAddr: addr}).Validate(); err == nil {
			t.Errorf("HTTPAddr %q accepted", addr)
		}
	}
	if err := (Config{}).Validate(); err != nil {
		t.Errorf("zero Config: %v", err)
	}
	if _, err := New(Config{BlockTime: -1}); err == nil {
		t.Error("New accepted a negative BlockTime")
	}
}

func TestParseAnvilState_PadsShortWordsAndKeepsNonces(t *testing.T) {
	st, err := parseAnvilState([]byte(`{
		"block": {"number": "0x1af", "timestamp": "0x67caeec7"},
		"accounts": {
			"0x00000000000000000000000000000000000000aa": {"nonce": 265, "balance": "0x10", "code": "0x6001",
				"storage": {"0x0": "0x1", "0x33": "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", "0x5": "0x0"}},
			"0x00000000000000000000000000000000000000bb": {"nonce": "0x2", "balance": "0x0", "code": "0x", "storage": {}}
		}}`))
	if err != nil {
		t.Fatal(err)
	}
	if st.timestamp != 0x67caeec7 {
		t.Errorf("timestamp = %#x", st.timestamp)
	}
	a := st.alloc[common.HexToAddress("0xaa")]
	if a.Nonce != 265 || a.Balance.Int64() != 16 || common.Bytes2Hex(a.Code) != "6001" {
		t.Errorf("account 0xaa = nonce %d balance %s code %x", a.Nonce, a.Balance, a.Code)
	}
	if got := a.Storage[common.Hash{}]; got != common.BigToHash(big.NewInt(1)) {
		t.Errorf("slot 0 = %s", got)
	}
	if got := a.Storage[common.BigToHash(big.NewInt(0x33))]; got != common.HexToHash("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266") {
		t.Errorf("slot 0x33 = %s", got)
	}
	if _, ok := a.Storage[common.BigToHash(big.NewInt(5))]; ok || len(a.Storage) != 2 {
		t.Errorf("zero slot kept: %v", a.Storage)
	}
	if b := st.alloc[common.HexToAddress("0xbb")]; b.Nonce != 2 {
		t.Errorf("hex nonce = %d, want 2", b.Nonce)
	}
	if sys := st.alloc[params.BeaconRootsAddress]; len(sys.Code) == 0 {
		t.Error("EIP-4788 beacon roots contract not predeployed")
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		l, err := New(Config{})
		if err != nil {
			b.Fatal(err)
		}
		if err := l.Stop(b.Context()); err != nil {
			b.Fatal(err)
		}
	}
}
