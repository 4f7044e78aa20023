package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"regexp"
	"strings"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mach-avs/mach/avs/operator"
)

// defaultPasswordEnv names the environment variable a keystore password is read from unless a flag says otherwise.
const defaultPasswordEnv = "MACH_KEYSTORE_PASSWORD"

// keysDoc is the help of each `mach keys` subcommand: its synopsis and what it does. The flags follow.
var keysDoc = map[string]struct{ synopsis, about string }{
	"create": {
		synopsis: "--type ecdsa|bls --out PATH [--password-env NAME | --password-file PATH] [--force]",
		about: `Generates a random key and writes it to a new keystore encrypted with the password: ecdsa as a
go-ethereum V3 keystore, bls in eigensdk-go's format. The file gets mode 0600; missing directories are created
with mode 0700. An existing file is refused unless --force is given. Prints the public key, never the private key.`,
	},
	"import": {
		synopsis: "--type ecdsa|bls --out PATH --key-env NAME [--password-env NAME | --password-file PATH] [--force]",
		about: `Writes an existing private key to a new keystore encrypted with the password, as create does. The key
is read from the environment variable named by --key-env, never from the command line (which shell history and
ps would show): ecdsa as 64 hex digits (0x prefix optional), bls as a decimal number or 0x-prefixed hex in
[1, r-1]. Prints the public key, never the private key.`,
	},
	"show": {
		synopsis: "--in PATH [--type ecdsa|bls] [--password-env NAME | --password-file PATH]",
		about: `Prints a keystore's public data: for ecdsa the address; for bls the G1 public key, the operator id
(keccak256(G1.x || G1.y)) and the G2 public key. Without a password, show prints what the file states in clear,
unchecked, and no G2 key (deriving it needs the private key). With a password (--password-env, --password-file,
or ` + defaultPasswordEnv + ` set) it decrypts the keystore, checks the stated data against the key and prints
"verified: yes". Numbers are decimal; G2 coordinates are printed [imaginary, real], the order the EigenLayer
contracts take (BN254.G2Point).`,
	},
}

const keysPasswordDoc = `The password comes from the environment variable named by --password-env (default ` + defaultPasswordEnv + `),
or from --password-file: its content minus one trailing newline; a file other users can read or write is
refused (chmod 600 it). An empty password is refused.`

// keysFlags holds the flags of a `mach keys` subcommand.
type keysFlags struct {
	keyType      string
	file         string // --out or --in
	keyEnv       string
	passwordEnv  string
	passwordFile string
	force        bool
	given        map[string]bool // the flags on the command line
}

func keysFlagSet(sub string, f *keysFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("mach keys "+sub, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors and usage are printed by parseKeysFlags, which keeps values out of them
	if sub == "show" {
		fs.StringVar(&f.keyType, "type", "", "key type `ecdsa|bls`; if given, the keystore's must match")
		fs.StringVar(&f.file, "in", "", "the keystore to read, at `PATH` (required)")
	} else {
		fs.StringVar(&f.keyType, "type", "", "key type `ecdsa|bls` (required)")
		fs.StringVar(&f.file, "out", "", "write the keystore to `PATH` (required)")
		fs.BoolVar(&f.force, "force", false, "replace an existing file at --out")
	}
	if sub == "import" {
		fs.StringVar(&f.keyEnv, "key-env", "", "read the private key from the environment variable `NAME` (required)")
	}
	fs.StringVar(&f.passwordEnv, "password-env", defaultPasswordEnv, "read the password from the environment variable `NAME`")
	fs.StringVar(&f.passwordFile, "password-file", "", "read the password from the file at `PATH`")
	return fs
}

// printKeysUsage writes the help of `mach keys sub` to w.
func printKeysUsage(w io.Writer, sub string, path []string) {
	name := progName(path)
	fmt.Fprintf(w, "%s — %s\n\nUsage:\n  %s %s\n\n%s\n\n%s\n\nFlags:\n",
		name, rootCommand().find("keys").find(sub).summary, name, keysDoc[sub].synopsis, keysDoc[sub].about, keysPasswordDoc)
	keysFlagSet(sub, &keysFlags{}).VisitAll(func(f *flag.Flag) {
		arg, usage := flag.UnquoteUsage(f)
		if arg != "" && arg != "value" {
			arg = " " + arg
		} else {
			arg = ""
		}
		fmt.Fprintf(w, "  --%s%s\n    \t%s", f.Name, arg, usage)
		if f.DefValue != "" && f.DefValue != "false" {
			fmt.Fprintf(w, " (default %s)", f.DefValue)
		}
		fmt.Fprintln(w)
	})
}

// quoted matches the quoted flag values the flag package puts in its errors (`invalid boolean value "…"`).
var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// parseKeysFlags parses and checks the arguments of `mach keys sub`. When ok is false, the command is over and
// exits with code (help printed, or a usage error reported). Argument values are never echoed: a misplaced
// private key must not reach a terminal or a log.
func parseKeysFlags(sub string, path, args []string, stdout, stderr io.Writer) (f *keysFlags, code int, ok bool) {
	f = &keysFlags{given: map[string]bool{}}
	fs := keysFlagSet(sub, f)
	usageError := func(msg string) (*keysFlags, int, bool) {
		fmt.Fprintf(stderr, "%s: %s\n\n", progName(path), msg)
		printKeysUsage(stderr, sub, path)
		return nil, exitUsage, false
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printKeysUsage(stdout, sub, path)
			return nil, exitOK, false
		}
		return usageError(quoted.ReplaceAllString(err.Error(), `"…"`))
	}
	fs.Visit(func(fl *flag.Flag) { f.given[fl.Name] = true })
	switch {
	case fs.NArg() > 0:
		return usageError(fmt.Sprintf("unexpected argument (not echoed); %s takes flags only, and a private key only through --key-env", progName(path)))
	case f.keyType == "" && sub != "show":
		return usageError("--type is required: ecdsa or bls")
	case f.keyType != "" && f.keyType != string(operator.KeyTypeECDSA) && f.keyType != string(operator.KeyTypeBLS):
		return usageError("--type must be ecdsa or bls")
	case f.file == "" && sub == "show":
		return usageError("--in is required")
	case f.file == "":
		return usageError("--out is required")
	case sub == "import" && f.keyEnv == "":
		return usageError("--key-env is required: the name of the environment variable holding the private key")
	case f.given["password-env"] && f.given["password-file"]:
		return usageError("give --password-env or --password-file, not both")
	case f.passwordEnv == "" && !f.given["password-file"]:
		return usageError("--password-env needs a variable name")
	case sub == "import" && f.keyEnv == f.passwordEnv && !f.given["password-file"]:
		return usageError("--key-env and --password-env name the same variable; the password must differ from the key")
	}
	return f, exitOK, true
}

// hasPassword reports whether a password source is configured: a password flag, or the default variable set.
func (f *keysFlags) hasPassword() bool {
	if f.given["password-file"] || f.given["password-env"] {
		return true
	}
	_, ok := os.LookupEnv(f.passwordEnv)
	return ok
}

// password reads the password from the configured source.
func (f *keysFlags) password() (string, error) {
	if f.given["password-file"] {
		return operator.ReadPassword("", f.passwordFile)
	}
	if _, ok := os.LookupEnv(f.passwordEnv); !ok {
		return "", fmt.Errorf("no password: %s is not set; set it, name another variable with --password-env, or pass --password-file",
			envVarName(f.passwordEnv, "--password-env"))
	}
	return operator.ReadPassword(f.passwordEnv, "")
}

// conventionalEnvName matches the environment variable names a message may quote.
var conventionalEnvName = regexp.MustCompile(`^[A-Z_][A-Z0-9_]*$`)

// envVarName names an environment variable given by flag in a message. A user who passes the secret itself
// (--password-env hunter2, --key-env <key>) must not see it echoed: a name that is not UPPER_SNAKE_CASE, or
// that looks like hex key material, is referred to by its flag instead.
func envVarName(name, flagName string) string {
	hexish := len(name) >= 32 && strings.Trim(strings.ToLower(name), "0123456789abcdef") == ""
	if !conventionalEnvName.MatchString(name) || hexish {
		return "the environment variable named by " + flagName
	}
	return "environment variable " + name
}

func runKeysCreate(path, args []string, stdout, stderr io.Writer) int {
	return runKeysWrite("create", path, args, stdout, stderr)
}

func runKeysImport(path, args []string, stdout, stderr io.Writer) int {
	return runKeysWrite("import", path, args, stdout, stderr)
}

// runKeysWrite runs `mach keys create` and `mach keys import`.
func runKeysWrite(sub string, path, args []string, stdout, stderr io.Writer) int {
	f, code, ok := parseKeysFlags(sub, path, args, stdout, stderr)
	if !ok {
		return code
	}
	var secret string
	if sub == "import" {
		v, ok := os.LookupEnv(f.keyEnv)
		if !ok || strings.TrimSpace(v) == "" {
			return keysFail(stderr, path, fmt.Errorf("%s is not set or empty; put the private key in it", envVarName(f.keyEnv, "--key-env")))
		}
		secret = v
	}
	pw, err := f.password()
	if err != nil {
		return keysFail(stderr, path, err)
	}
	opts := operator.WriteOptions{Overwrite: f.force}
	switch operator.KeyType(f.keyType) {
	case operator.KeyTypeECDSA:
		var addr common.Address
		if sub == "import" {
			addr, err = operator.ImportECDSAKey(f.file, secret, pw, opts)
		} else {
			addr, err = operator.CreateECDSAKeystore(f.file, pw, opts)
		}
		if err != nil {
			return keysFail(stderr, path, err)
		}
		printKeyLine(stdout, "keystore", f.file)
		printECDSA(stdout, addr.Hex())
	case operator.KeyTypeBLS:
		var kp *bls.KeyPair
		if sub == "import" {
			kp, err = operator.ImportBLSKey(f.file, secret, pw, opts)
		} else {
			kp, err = operator.CreateBLSKeystore(f.file, pw, opts)
		}
		if err != nil {
			return keysFail(stderr, path, err)
		}
		printKeyLine(stdout, "keystore", f.file)
		printBLS(stdout, kp.PubKey, kp.GetPubKeyG2())
	}
	return exitOK
}

func runKeysShow(path, args []string, stdout, stderr io.Writer) int {
	f, code, ok := parseKeysFlags("show", path, args, stdout, stderr)
	if !ok {
		return code
	}
	info, err := operator.Describe(f.file)
	if err != nil {
		return keysFail(stderr, path, err)
	}
	if f.keyType != "" && operator.KeyType(f.keyType) != info.Type {
		return keysFail(stderr, path, fmt.Errorf("keystore %s holds a key of type %s, not %s", f.file, info.Type, f.keyType))
	}
	verified := f.hasPassword()
	var (
		pw   string
		addr = "unavailable without the password (the keystore has no address field)"
		g2   *bls.G2Point // unknown without the password
	)
	if verified {
		if pw, err = f.password(); err != nil {
			return keysFail(stderr, path, err)
		}
	}
	switch info.Type {
	case operator.KeyTypeECDSA:
		if info.Address != (common.Address{}) {
			addr = info.Address.Hex()
		}
		if verified {
			key, err := operator.LoadECDSAKey(f.file, pw)
			if err != nil {
				return keysFail(stderr, path, err)
			}
			addr = crypto.PubkeyToAddress(key.PublicKey).Hex()
		}
	case operator.KeyTypeBLS:
		if verified {
			kp, err := operator.LoadBLSKey(f.file, pw)
			if err != nil {
				return keysFail(stderr, path, err)
			}
			g2 = kp.GetPubKeyG2()
		}
	}
	printKeyLine(stdout, "keystore", f.file)
	if info.Type == operator.KeyTypeECDSA {
		printECDSA(stdout, addr)
	} else {
		printBLS(stdout, info.PubKeyG1, g2)
	}
	if verified {
		printKeyLine(stdout, "verified", "yes (decrypted with the password; the public data matches the key)")
	} else {
		printKeyLine(stdout, "verified", "no (no password: as stated in the file, unchecked)")
	}
	return exitOK
}

// keysFail reports a runtime error of a `mach keys` command. Errors from avs/operator name files, never keys or
// passwords.
func keysFail(stderr io.Writer, path []string, err error) int {
	msg := err.Error()
	if errors.Is(err, operator.ErrExists) {
		msg += "; pass --force to replace it"
	}
	fmt.Fprintf(stderr, "%s: %s\n", progName(path), msg)
	return exitError
}

func printKeyLine(w io.Writer, key, value string) {
	fmt.Fprintf(w, "%-12s %s\n", key+":", value)
}

func printECDSA(w io.Writer, addr string) {
	printKeyLine(w, "type", string(operator.KeyTypeECDSA))
	printKeyLine(w, "address", addr)
}

// printBLS prints a BLS public key; g2 may be nil (unknown without the password).
func printBLS(w io.Writer, g1 *bls.G1Point, g2 *bls.G2Point) {
	printKeyLine(w, "type", string(operator.KeyTypeBLS))
	printKeyLine(w, "g1 pubkey x", g1.X.BigInt(new(big.Int)).String())
	printKeyLine(w, "g1 pubkey y", g1.Y.BigInt(new(big.Int)).String())
	if g2 == nil {
		printKeyLine(w, "g2 pubkey", "unavailable without the password")
	} else {
		// [imaginary, real]: the order of BN254.G2Point in the EigenLayer contracts (eigensdk-go's
		// ConvertToBN254G2Point).
		printKeyLine(w, "g2 pubkey x", fmt.Sprintf("[%s, %s]", g2.X.A1.BigInt(new(big.Int)), g2.X.A0.BigInt(new(big.Int))))
		printKeyLine(w, "g2 pubkey y", fmt.Sprintf("[%s, %s]", g2.Y.A1.BigInt(new(big.Int)), g2.Y.A0.BigInt(new(big.Int))))
	}
	printKeyLine(w, "operator id", g1.GetOperatorID())
}
