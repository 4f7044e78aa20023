package l1

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"unicode"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

const (
	// eigenSDKModule is the module that ships the M2 anvil state.
	eigenSDKModule = "github.com/Layr-Labs/eigensdk-go"
	// EigenSDKDirEnv overrides the eigensdk-go module directory EigenSDKDir returns.
	EigenSDKDirEnv = "MACH_EIGENSDK_DIR"

	anvilStateFile    = "M2-contracts/anvil/contracts-deployed-anvil-state.json"
	outputDir         = "M2-contracts/script/output/31337"
	eigenLayerFile    = "eigenlayer_deployment_output.json"
	mockAvsFile       = "mockAvs_deployment_output.json"
	tokenAndStratFile = "token_and_strategy_deployment_output.json"
)

// EigenSDKDir returns the directory of the eigensdk-go module this binary was built with; the M2 anvil state and
// deployment outputs live inside it. The lookup order is: the MACH_EIGENSDK_DIR environment variable; the module
// cache entry for the eigensdk-go version recorded in the binary's build info (works from test binaries and from
// `mach` built anywhere); `go list -m` run in the current directory.
func EigenSDKDir() (string, error) {
	if dir := os.Getenv(EigenSDKDirEnv); dir != "" {
		if err := checkSDKDir(dir); err != nil {
			return "", fmt.Errorf("%s=%s: %w", EigenSDKDirEnv, dir, err)
		}
		return dir, nil
	}
	var tried []string
	if dir, ok := sdkDirFromBuildInfo(); ok {
		if checkSDKDir(dir) == nil {
			return dir, nil
		}
		tried = append(tried, dir)
	}
	if dir, err := sdkDirFromGoList(); err == nil {
		if checkSDKDir(dir) == nil {
			return dir, nil
		}
		tried = append(tried, dir)
	}
	where := "nowhere (no build info and `go list -m` failed)"
	if len(tried) > 0 {
		where = strings.Join(tried, ", ")
	}
	return "", fmt.Errorf("eigensdk-go module with %s not found (looked in %s); run `go mod download %s` "+
		"or set %s to its directory", anvilStateFile, where, eigenSDKModule, EigenSDKDirEnv)
}

// checkSDKDir reports whether dir holds the anvil state file.
func checkSDKDir(dir string) error {
	p := filepath.Join(dir, anvilStateFile)
	if _, err := os.Stat(p); err != nil {
		return fmt.Errorf("%s: %w", p, err)
	}
	return nil
}

// sdkDirFromBuildInfo derives the module cache path of eigensdk-go from the running binary's build info. Binaries
// built by `go build`/`go install` record their dependencies; test binaries do not, so tests reach the `go list`
// fallback.
func sdkDirFromBuildInfo() (string, bool) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "", false
	}
	return sdkDirFromDeps(info.Deps, modCache)
}

// sdkDirFromDeps finds eigensdk-go among deps and returns its directory under the module cache cache() returns.
func sdkDirFromDeps(deps []*debug.Module, cache func() string) (string, bool) {
	for _, m := range deps {
		if m.Path != eigenSDKModule {
			continue
		}
		if m.Replace != nil {
			if m.Replace.Version == "" { // a local directory replacement
				return m.Replace.Path, filepath.IsAbs(m.Replace.Path)
			}
			m = m.Replace
		}
		if m.Version == "" || m.Version == "(devel)" {
			return "", false
		}
		c := cache()
		if c == "" {
			return "", false
		}
		return filepath.Join(c, escapeModulePath(m.Path)+"@"+escapeModulePath(m.Version)), true
	}
	return "", false
}

// modCache returns GOMODCACHE as the go command would, without running it when the environment says enough.
func modCache() string {
	if c := os.Getenv("GOMODCACHE"); c != "" {
		return c
	}
	if out, err := exec.Command("go", "env", "GOMODCACHE").Output(); err == nil {
		if c := strings.TrimSpace(string(out)); c != "" {
			return c
		}
	}
	gopath := os.Getenv("GOPATH")
	if gopath == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		gopath = filepath.Join(home, "go")
	}
	return filepath.Join(filepath.SplitList(gopath)[0], "pkg", "mod")
}

// escapeModulePath applies the module cache's case encoding: each upper-case letter becomes '!' and its lower case.
func escapeModulePath(p string) string {
	var b strings.Builder
	for _, r := range p {
		if unicode.IsUpper(r) {
			b.WriteByte('!')
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sdkDirFromGoList asks the go command in the current directory's module.
func sdkDirFromGoList() (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", eigenSDKModule).Output()
	if err != nil {
		return "", err
	}
	dir := strings.TrimSpace(string(out))
	if dir == "" {
		return "", errors.New("module not downloaded")
	}
	return dir, nil
}

// anvilState is the part of an `anvil --dump-state` file we use.
type anvilState struct {
	Block *struct {
		Number    string `json:"number"`
		Timestamp string `json:"timestamp"`
	} `json:"block"`
	Accounts map[string]anvilAccount `json:"accounts"`
}

// anvilAccount is one account of an anvil state dump. Anvil writes the nonce as a JSON number (older versions as a
// hex string), balances as hex quantities and storage slots and values as hex without leading zeros.
type anvilAccount struct {
	Nonce   quantity          `json:"nonce"`
	Balance string            `json:"balance"`
	Code    string            `json:"code"`
	Storage map[string]string `json:"storage"`
}

// quantity decodes a uint64 written as a JSON number or a hex/decimal string.
type quantity uint64

// UnmarshalJSON implements json.Unmarshaler.
func (q *quantity) UnmarshalJSON(b []byte) error {
	s := string(bytes.Trim(b, `"`))
	base := 10
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		s, base = s[2:], 16
	}
	v, err := strconv.ParseUint(s, base, 64)
	if err != nil {
		return fmt.Errorf("invalid quantity %s", b)
	}
	*q = quantity(v)
	return nil
}

// genesisState is an anvil dump converted for a go-ethereum genesis.
type genesisState struct {
	alloc     types.GenesisAlloc
	timestamp uint64 // of anvil's head block; the genesis must not predate timestamps stored by the contracts
}

// loadAnvilState reads an `anvil --dump-state` JSON file into a genesis alloc.
func loadAnvilState(path string) (*genesisState, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read anvil state: %w", err)
	}
	st, err := parseAnvilState(raw)
	if err != nil {
		return nil, fmt.Errorf("anvil state %s: %w", path, err)
	}
	return st, nil
}

// parseAnvilState converts the bytes of an anvil state dump.
func parseAnvilState(raw []byte) (*genesisState, error) {
	var st anvilState
	if err := json.Unmarshal(raw, &st); err != nil {
		return nil, fmt.Errorf("decode JSON: %w", err)
	}
	if len(st.Accounts) == 0 {
		return nil, errors.New(`no "accounts"; expected the output of anvil --dump-state`)
	}
	out := &genesisState{alloc: make(types.GenesisAlloc, len(st.Accounts)+4)}
	if st.Block != nil && st.Block.Timestamp != "" {
		var ts quantity
		if err := ts.UnmarshalJSON([]byte(st.Block.Timestamp)); err != nil {
			return nil, fmt.Errorf("block.timestamp: %w", err)
		}
		out.timestamp = uint64(ts)
	}
	for addrHex, acc := range st.Accounts {
		if !common.IsHexAddress(addrHex) {
			return nil, fmt.Errorf("account %q: not an address", addrHex)
		}
		ga, err := acc.toGenesis()
		if err != nil {
			return nil, fmt.Errorf("account %s: %w", addrHex, err)
		}
		out.alloc[common.HexToAddress(addrHex)] = ga
	}
	addSystemContracts(out.alloc)
	return out, nil
}

func (a anvilAccount) toGenesis() (types.Account, error) {
	bal, ok := new(big.Int).SetString(strings.TrimPrefix(a.Balance, "0x"), 16)
	if !ok || !strings.HasPrefix(a.Balance, "0x") || bal.Sign() < 0 {
		return types.Account{}, fmt.Errorf("balance %q: not a hex quantity", a.Balance)
	}
	code, err := decodeHex(a.Code)
	if err != nil {
		return types.Account{}, fmt.Errorf("code: %w", err)
	}
	var storage map[common.Hash]common.Hash
	if len(a.Storage) > 0 {
		storage = make(map[common.Hash]common.Hash, len(a.Storage))
		for k, v := range a.Storage {
			key, err := decodeWord(k)
			if err != nil {
				return types.Account{}, fmt.Errorf("storage key %q: %w", k, err)
			}
			val, err := decodeWord(v)
			if err != nil {
				return types.Account{}, fmt.Errorf("storage[%s] value %q: %w", k, v, err)
			}
			if val != (common.Hash{}) { // a zero slot is an absent slot
				storage[key] = val
			}
		}
	}
	return types.Account{Nonce: uint64(a.Nonce), Balance: bal, Code: code, Storage: storage}, nil
}

// decodeHex decodes 0x-prefixed hex of even length ("0x" is empty).
func decodeHex(s string) ([]byte, error) {
	if !strings.HasPrefix(s, "0x") {
		return nil, errors.New("missing 0x prefix")
	}
	b, err := hex.DecodeString(s[2:])
	if err != nil {
		return nil, errors.New("invalid hex")
	}
	return b, nil
}

// decodeWord decodes a 0x-prefixed hex number of at most 32 bytes, left-padding it as the EVM stores it.
func decodeWord(s string) (common.Hash, error) {
	if !strings.HasPrefix(s, "0x") {
		return common.Hash{}, errors.New("missing 0x prefix")
	}
	digits := s[2:]
	if len(digits) == 0 || len(digits) > 64 {
		return common.Hash{}, errors.New("not a 1 to 32 byte hex word")
	}
	if len(digits)%2 == 1 {
		digits = "0" + digits
	}
	b, err := hex.DecodeString(digits)
	if err != nil {
		return common.Hash{}, errors.New("invalid hex")
	}
	return common.BytesToHash(b), nil
}

// addSystemContracts predeploys the EIP-4788, EIP-2935, EIP-7002 and EIP-7251 system contracts, as geth's dev
// genesis does, unless the state already has code there: anvil's dump has none and a Prague L1 expects them.
func addSystemContracts(alloc types.GenesisAlloc) {
	for addr, code := range map[common.Address][]byte{
		params.BeaconRootsAddress:        params.BeaconRootsCode,
		params.HistoryStorageAddress:     params.HistoryStorageCode,
		params.WithdrawalQueueAddress:    params.WithdrawalQueueCode,
		params.ConsolidationQueueAddress: params.ConsolidationQueueCode,
	} {
		if acc, ok := alloc[addr]; ok && len(acc.Code) > 0 {
			continue
		}
		alloc[addr] = types.Account{Nonce: 1, Code: code, Balance: new(big.Int)}
	}
}
