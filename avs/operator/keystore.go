// Package operator holds what an EigenLayer operator of the Mach AVS owns: its keys and, with them, its
// registration.
package operator

import (
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

// Keystores hold an operator's two keys, encrypted with a password:
//
//   - ECDSA (the operator's L1 account): a go-ethereum V3 JSON keystore, readable by geth, cast and clef.
//   - BLS (the key that signs alerts): eigensdk-go's keystore, {"pubKey": "E([x,y])", "crypto": {…}} with the same
//     scrypt + AES-128-CTR "crypto" section as a V3 keystore, readable by bls.ReadPrivateKeyFromFile.
//
// Keys and passwords never appear in an error message; messages name the file instead.

// KeyType names the kind of key a keystore holds.
type KeyType string

// The key types.
const (
	KeyTypeECDSA KeyType = "ecdsa"
	KeyTypeBLS   KeyType = "bls"
)

// Errors callers branch on (with errors.Is). The errors returned wrap them with the keystore's path.
var (
	// ErrWrongPassword: the password does not decrypt the keystore.
	ErrWrongPassword = errors.New("wrong password")
	// ErrExists: a create or import would replace an existing file without WriteOptions.Overwrite.
	ErrExists = errors.New("file already exists; refusing to overwrite it")
	// ErrNotKeystore: the file is neither a V3 ECDSA keystore nor an eigensdk BLS keystore.
	ErrNotKeystore = errors.New("not a keystore (want a geth V3 ECDSA keystore or an eigensdk BLS keystore)")
	// ErrWrongKeyType: the keystore holds the other type of key.
	ErrWrongKeyType = errors.New("wrong key type")
	// ErrCorrupt: the keystore's public data (address or pubKey field) does not match the key it encrypts.
	ErrCorrupt = errors.New("keystore altered: its public data does not match the encrypted key")
	// ErrInvalidKey: a private key given to an import is malformed or out of range.
	ErrInvalidKey = errors.New("invalid private key")
	// ErrEmptyPassword: keystores are never written or unlocked with an empty password by ReadPassword's callers.
	ErrEmptyPassword = errors.New("empty password")
	// ErrInsecurePasswordFile: a password file other users can read or write.
	ErrInsecurePasswordFile = errors.New("password file is readable or writable by other users")
)

// ScryptParams is the cost of the scrypt key derivation protecting a keystore.
type ScryptParams struct {
	N, P int
}

var (
	// StandardScrypt is go-ethereum's standard strength (256 MB, about a second): what every keystore written for
	// real use gets.
	StandardScrypt = ScryptParams{N: keystore.StandardScryptN, P: keystore.StandardScryptP}
	// LightScrypt is go-ethereum's light strength (4 MB). For tests only.
	LightScrypt = ScryptParams{N: keystore.LightScryptN, P: keystore.LightScryptP}
)

// WriteOptions control how a keystore is written. The zero value is what production wants: StandardScrypt, and
// an existing file is never replaced.
type WriteOptions struct {
	// Overwrite replaces an existing file. The replacement is atomic: if writing fails, the old file is intact.
	Overwrite bool
	// Scrypt is the key-derivation cost; zero means StandardScrypt. Tests pass LightScrypt.
	Scrypt ScryptParams
}

func (o WriteOptions) scrypt() (ScryptParams, error) {
	if o.Scrypt == (ScryptParams{}) {
		return StandardScrypt, nil
	}
	if o.Scrypt.N < LightScrypt.N || o.Scrypt.P < 1 {
		return ScryptParams{}, fmt.Errorf("scrypt N=%d P=%d is weaker than the light parameters", o.Scrypt.N, o.Scrypt.P)
	}
	return o.Scrypt, nil
}

// KeystoreInfo is the public data a keystore states in clear, read without the password. The formats do not
// authenticate these fields: LoadECDSAKey and LoadBLSKey check them against the decrypted key (ErrCorrupt).
type KeystoreInfo struct {
	Type KeyType
	// Address is an ECDSA keystore's address field; zero if the file has none.
	Address common.Address
	// PubKeyG1 is a BLS keystore's pubKey field.
	PubKeyG1 *bls.G1Point
}

// maxKeystoreSize bounds what is read from a path said to hold a keystore (a V3 keystore is about 500 bytes).
const maxKeystoreSize = 64 << 10

// CreateECDSAKeystore generates a random ECDSA key, writes it encrypted with password to path and returns its
// address.
func CreateECDSAKeystore(path, password string, opts WriteOptions) (common.Address, error) {
	if err := checkWrite(path, password, opts); err != nil {
		return common.Address{}, err
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return common.Address{}, fmt.Errorf("generate ECDSA key: %w", err)
	}
	return writeECDSA(path, key, password, opts)
}

// ImportECDSAKey writes hexKey (64 hex digits, 0x prefix optional, surrounding space ignored) encrypted with
// password to path and returns its address.
func ImportECDSAKey(path, hexKey, password string, opts WriteOptions) (common.Address, error) {
	key, err := parseECDSAKey(hexKey)
	if err != nil {
		return common.Address{}, err
	}
	if err := checkWrite(path, password, opts); err != nil {
		return common.Address{}, err
	}
	return writeECDSA(path, key, password, opts)
}

// LoadECDSAKey decrypts the ECDSA keystore at path.
func LoadECDSAKey(path, password string) (*ecdsa.PrivateKey, error) {
	data, info, err := readKeystore(path)
	if err != nil {
		return nil, err
	}
	if err := wantType(path, info, KeyTypeECDSA); err != nil {
		return nil, err
	}
	key, err := keystore.DecryptKey(data, password)
	if err != nil {
		return nil, decryptError(path, err)
	}
	if info.Address != (common.Address{}) && info.Address != key.Address {
		return nil, fmt.Errorf("keystore %s: %w", path, ErrCorrupt)
	}
	return key.PrivateKey, nil
}

// CreateBLSKeystore generates a random BN254 key, writes it encrypted with password to path and returns it.
func CreateBLSKeystore(path, password string, opts WriteOptions) (*bls.KeyPair, error) {
	if err := checkWrite(path, password, opts); err != nil {
		return nil, err
	}
	kp, err := bls.GenRandomBlsKeys()
	if err != nil {
		return nil, fmt.Errorf("generate BLS key: %w", err)
	}
	if kp.PrivKey.IsZero() { // probability 1/r; the key would be the point at infinity
		return nil, errors.New("generate BLS key: drew zero; try again")
	}
	return kp, writeBLS(path, kp, password, opts)
}

// ImportBLSKey writes the BN254 secret (a decimal number, or hex with a 0x prefix; in [1, r-1]) encrypted with
// password to path and returns the key pair.
func ImportBLSKey(path, secret, password string, opts WriteOptions) (*bls.KeyPair, error) {
	kp, err := parseBLSSecret(secret)
	if err != nil {
		return nil, err
	}
	if err := checkWrite(path, password, opts); err != nil {
		return nil, err
	}
	return kp, writeBLS(path, kp, password, opts)
}

// LoadBLSKey decrypts the BLS keystore at path.
func LoadBLSKey(path, password string) (*bls.KeyPair, error) {
	data, info, err := readKeystore(path)
	if err != nil {
		return nil, err
	}
	if err := wantType(path, info, KeyTypeBLS); err != nil {
		return nil, err
	}
	var ks blsKeystoreJSON
	if err := json.Unmarshal(data, &ks); err != nil {
		return nil, fmt.Errorf("keystore %s: %w", path, ErrNotKeystore)
	}
	sk, err := keystore.DecryptDataV3(ks.Crypto, password)
	if err != nil {
		return nil, decryptError(path, err)
	}
	defer clear(sk)
	n := new(big.Int).SetBytes(sk)
	if len(sk) != fr.Bytes || n.Sign() == 0 || n.Cmp(fr.Modulus()) >= 0 {
		return nil, fmt.Errorf("keystore %s: %w: not a BN254 secret", path, ErrInvalidKey)
	}
	kp := bls.NewKeyPair(new(fr.Element).SetBigInt(n))
	if !kp.PubKey.Equal(info.PubKeyG1.G1Affine) {
		return nil, fmt.Errorf("keystore %s: %w", path, ErrCorrupt)
	}
	return kp, nil
}

// Describe reads the keystore at path without its password and returns its type and the public data it states.
func Describe(path string) (KeystoreInfo, error) {
	_, info, err := readKeystore(path)
	return info, err
}

// ReadPassword returns the password held by the environment variable envVar or, if envVar is empty, by the file
// at path file; exactly one of them must be given.
//
// The variable's value is taken as is. The file's content is taken as is except for one trailing newline ("\n"
// or "\r\n"), so `echo secret > file` works and a password may still begin or end with spaces.
// An empty password is refused (ErrEmptyPassword). On Unix, a file that other users can read or write is refused
// (ErrInsecurePasswordFile): its password would protect nothing. Group access is allowed, for setups where a
// service group shares a secret (Kubernetes fsGroup, mode 0440).
func ReadPassword(envVar, file string) (string, error) {
	switch {
	case envVar != "" && file != "":
		return "", errors.New("password: give an environment variable or a file, not both")
	case envVar != "":
		pw, ok := os.LookupEnv(envVar)
		if !ok {
			return "", fmt.Errorf("password: environment variable %s is not set", envVar)
		}
		if pw == "" {
			return "", fmt.Errorf("password: environment variable %s is empty: %w", envVar, ErrEmptyPassword)
		}
		return pw, nil
	case file != "":
		return readPasswordFile(file)
	default:
		return "", errors.New("password: no environment variable or file given")
	}
}

func readPasswordFile(file string) (string, error) {
	st, err := os.Stat(file)
	if err != nil {
		return "", fmt.Errorf("password file: %w", err)
	}
	if !st.Mode().IsRegular() {
		return "", fmt.Errorf("password file %s is not a regular file", file)
	}
	if runtime.GOOS != "windows" && st.Mode().Perm()&0o006 != 0 {
		return "", fmt.Errorf("password file %s has mode %04o: %w; run chmod 600 %s, or pass the password in an environment variable",
			file, st.Mode().Perm(), ErrInsecurePasswordFile, file)
	}
	if st.Size() > maxKeystoreSize {
		return "", fmt.Errorf("password file %s is larger than %d bytes; is it the right file?", file, maxKeystoreSize)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("password file: %w", err)
	}
	defer clear(data)
	pw := string(data)
	if p, ok := strings.CutSuffix(pw, "\n"); ok {
		pw, _ = strings.CutSuffix(p, "\r")
	}
	if pw == "" {
		return "", fmt.Errorf("password file %s is empty: %w", file, ErrEmptyPassword)
	}
	return pw, nil
}

// blsKeystoreJSON is eigensdk-go's BLS keystore (crypto/bls encryptedBLSKeyJSONV3).
type blsKeystoreJSON struct {
	PubKey string              `json:"pubKey"`
	Crypto keystore.CryptoJSON `json:"crypto"`
}

// checkWrite validates a write before any key is generated or scrypt is run, so a refused write fails fast.
func checkWrite(path, password string, opts WriteOptions) error {
	if password == "" {
		return fmt.Errorf("keystore %s: %w", path, ErrEmptyPassword)
	}
	if _, err := opts.scrypt(); err != nil {
		return fmt.Errorf("keystore %s: %w", path, err)
	}
	if !opts.Overwrite {
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("keystore %s: %w", path, ErrExists)
		}
	}
	return nil
}

func writeECDSA(path string, key *ecdsa.PrivateKey, password string, opts WriteOptions) (common.Address, error) {
	params, _ := opts.scrypt() // checked by checkWrite
	id, err := uuid.NewRandom()
	if err != nil {
		return common.Address{}, fmt.Errorf("keystore id: %w", err)
	}
	k := &keystore.Key{Id: id, Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
	data, err := keystore.EncryptKey(k, password, params.N, params.P)
	if err != nil {
		return common.Address{}, fmt.Errorf("keystore %s: encrypt: %w", path, err)
	}
	if err := writeFile(path, data, opts.Overwrite); err != nil {
		return common.Address{}, err
	}
	return k.Address, nil
}

// writeBLS writes what eigensdk-go's KeyPair.SaveToFile writes, but with the scrypt cost of opts, never
// overwriting by accident, and always with mode 0600 (SaveToFile truncates an existing file in place and keeps
// its old mode).
func writeBLS(path string, kp *bls.KeyPair, password string, opts WriteOptions) error {
	params, _ := opts.scrypt() // checked by checkWrite
	sk := kp.PrivKey.Bytes()
	defer clear(sk[:])
	c, err := keystore.EncryptDataV3(sk[:], []byte(password), params.N, params.P)
	if err != nil {
		return fmt.Errorf("keystore %s: encrypt: %w", path, err)
	}
	data, err := json.Marshal(blsKeystoreJSON{PubKey: kp.PubKey.String(), Crypto: c})
	if err != nil {
		return fmt.Errorf("keystore %s: encode: %w", path, err)
	}
	return writeFile(path, data, opts.Overwrite)
}

// writeFile writes data to path with mode 0600, creating missing parent directories with mode 0700. Without
// overwrite it fails with ErrExists if path exists (O_EXCL: no race with another writer); with overwrite it
// writes a temporary file next to path and renames it over path.
func writeFile(path string, data []byte, overwrite bool) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("keystore %s: create directory: %w", path, err)
	}
	if !overwrite {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("keystore %s: %w", path, ErrExists)
		}
		if err != nil {
			return fmt.Errorf("keystore %s: %w", path, err)
		}
		if err := writeSyncClose(f, data); err != nil {
			os.Remove(path)
			return fmt.Errorf("keystore %s: %w", path, err)
		}
		return nil
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("keystore %s: %w", path, err)
	}
	tmp := f.Name()
	if err := writeSyncClose(f, data); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("keystore %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("keystore %s: %w", path, err)
	}
	return nil
}

func writeSyncClose(f *os.File, data []byte) error {
	err := f.Chmod(0o600) // whatever the umask did
	if err == nil {
		_, err = f.Write(data)
	}
	if err == nil {
		err = f.Sync()
	}
	return errors.Join(err, f.Close())
}

// readKeystore reads the keystore at path and tells its type from its fields.
func readKeystore(path string) ([]byte, KeystoreInfo, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, KeystoreInfo{}, fmt.Errorf("read keystore: %w", err)
	}
	if !st.Mode().IsRegular() || st.Size() > maxKeystoreSize {
		return nil, KeystoreInfo{}, fmt.Errorf("keystore %s: %w", path, ErrNotKeystore)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, KeystoreInfo{}, fmt.Errorf("read keystore: %w", err)
	}
	info, err := probe(data)
	if err != nil {
		// Never the content nor the JSON decoder's message: a file given by mistake may hold a raw key.
		return nil, KeystoreInfo{}, fmt.Errorf("keystore %s: %w", path, err)
	}
	return data, info, nil
}

func probe(data []byte) (KeystoreInfo, error) {
	var p struct {
		PubKey  *string         `json:"pubKey"`
		Address *string         `json:"address"`
		Version json.RawMessage `json:"version"`
		Crypto  json.RawMessage `json:"crypto"`
	}
	if err := json.Unmarshal(data, &p); err != nil {
		return KeystoreInfo{}, fmt.Errorf("%w: not a JSON object", ErrNotKeystore)
	}
	if len(p.Crypto) == 0 || string(p.Crypto) == "null" {
		return KeystoreInfo{}, fmt.Errorf("%w: no crypto section", ErrNotKeystore)
	}
	if p.PubKey != nil {
		g1, err := parseG1(*p.PubKey)
		if err != nil {
			return KeystoreInfo{}, fmt.Errorf("%w: pubKey field: %v", ErrNotKeystore, err)
		}
		return KeystoreInfo{Type: KeyTypeBLS, PubKeyG1: g1}, nil
	}
	if string(p.Version) != "3" {
		return KeystoreInfo{}, fmt.Errorf("%w: not a version 3 keystore", ErrNotKeystore)
	}
	info := KeystoreInfo{Type: KeyTypeECDSA}
	if p.Address != nil {
		if !common.IsHexAddress(*p.Address) {
			return KeystoreInfo{}, fmt.Errorf("%w: address field is not an address", ErrNotKeystore)
		}
		info.Address = common.HexToAddress(*p.Address)
	}
	return info, nil
}

// parseG1 parses the pubKey field of an eigensdk BLS keystore: gnark-crypto's G1Affine.String(), "E([x,y])" with
// decimal coordinates, where a coordinate whose negation mod p fits in 16 bits is written negative ("-2" is p-2).
func parseG1(s string) (*bls.G1Point, error) {
	inner, ok := strings.CutPrefix(s, "E([")
	if ok {
		inner, ok = strings.CutSuffix(inner, "])")
	}
	xs, ys, ok2 := strings.Cut(inner, ",")
	if !ok || !ok2 {
		return nil, errors.New(`want "E([x,y])"`)
	}
	var p bn254.G1Affine
	for _, c := range []struct {
		s string
		e *fp.Element
	}{{xs, &p.X}, {ys, &p.Y}} {
		v, ok := new(big.Int).SetString(c.s, 10)
		if !ok || new(big.Int).Abs(v).Cmp(fp.Modulus()) >= 0 {
			return nil, errors.New("coordinate is not a field element")
		}
		c.e.SetBigInt(v) // reduces a negative v mod p
	}
	if p.IsInfinity() || !p.IsOnCurve() || !p.IsInSubGroup() {
		return nil, errors.New("not a point of G1")
	}
	return &bls.G1Point{G1Affine: &p}, nil
}

func parseECDSAKey(s string) (*ecdsa.PrivateKey, error) {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	b, err := hex.DecodeString(s)
	defer clear(b)
	if err != nil || len(b) != 32 {
		return nil, fmt.Errorf("%w: want 32 bytes as 64 hex digits, 0x prefix optional", ErrInvalidKey)
	}
	key, err := crypto.ToECDSA(b)
	if err != nil {
		return nil, fmt.Errorf("%w: not a secp256k1 private key (zero, or not below the curve order)", ErrInvalidKey)
	}
	return key, nil
}

// parseBLSSecret parses a BN254 secret. Unlike bls.NewKeyPairFromString, it refuses rather than reduces values
// out of [1, r-1], and its errors do not quote the input.
func parseBLSSecret(s string) (*bls.KeyPair, error) {
	s = strings.TrimSpace(s)
	base := 10
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s, base = s[2:], 16
	}
	n, ok := new(big.Int).SetString(s, base)
	if !ok || strings.ContainsAny(s, "+-_") {
		return nil, fmt.Errorf("%w: want a decimal number, or hex with a 0x prefix", ErrInvalidKey)
	}
	if n.Sign() == 0 || n.Cmp(fr.Modulus()) >= 0 {
		return nil, fmt.Errorf("%w: a BN254 secret must be in [1, r-1]", ErrInvalidKey)
	}
	return bls.NewKeyPair(new(fr.Element).SetBigInt(n)), nil
}

func wantType(path string, info KeystoreInfo, want KeyType) error {
	if info.Type != want {
		return fmt.Errorf("keystore %s holds a key of type %s, not %s: %w", path, info.Type, want, ErrWrongKeyType)
	}
	return nil
}

func decryptError(path string, err error) error {
	if errors.Is(err, keystore.ErrDecrypt) {
		return fmt.Errorf("keystore %s: %w", path, ErrWrongPassword)
	}
	// go-ethereum's other errors name an unsupported cipher, KDF or version, or malformed hex; never the key.
	return fmt.Errorf("keystore %s: %w: %v", path, ErrNotKeystore, err)
}
