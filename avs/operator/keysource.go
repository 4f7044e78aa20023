package operator

import (
	"crypto/ecdsa"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mach-avs/mach/internal/config"
)

// ECDSAKeySource is where a role's config says its ECDSA key is: a V3 keystore whose password comes from an
// environment variable or a file, or else (when PrivateKeyEnv is set and the keystore is empty) a private key in
// that environment variable. The aggregator, the prover and the verifier's ZK mode read their keys this way.
type ECDSAKeySource struct {
	Keystore, PasswordEnv, PasswordFile string
	// PrivateKeyEnv is the environment variable read when Keystore is empty; "" makes the keystore required.
	PrivateKeyEnv string
	// Prefix starts the config keys in messages ("zk." gives zk.ecdsa_keystore).
	Prefix string
	// Owner names the key's account in messages, like "the alert confirmer".
	Owner string
	// Hint follows "mach keys create --type ecdsa" in the missing-keystore message, like "; the account pays gas".
	Hint string
}

// Validate adds the source's problems to p, each naming its key. keyFlag names a command-line flag that also gave
// a key ("" when none did).
func (s ECDSAKeySource) Validate(p *config.Problems, keyFlag string) {
	ks, pwEnv, pwFile := s.Prefix+"ecdsa_keystore", s.Prefix+"ecdsa_password_env", s.Prefix+"ecdsa_password_file"
	envKey := s.PrivateKeyEnv != "" && strings.TrimSpace(os.Getenv(s.PrivateKeyEnv)) != ""
	if s.Keystore == "" {
		if s.PasswordEnv != "" || s.PasswordFile != "" {
			p.Addf(pwEnv, "and %s go with %s, which is empty; set %s or clear them", pwFile, ks, ks)
		}
		switch {
		case keyFlag != "" || envKey:
		case s.PrivateKeyEnv == "":
			p.Addf(ks, "is empty; set it to %s's keystore (mach keys create --type ecdsa%s)", s.Owner, s.Hint)
		default:
			p.Addf(ks, "is empty and %s is not set; set %s to %s's keystore (mach keys create --type ecdsa%s), or put its private key (hex) in %s",
				s.PrivateKeyEnv, ks, s.Owner, s.Hint, s.PrivateKeyEnv)
		}
		return
	}
	switch {
	case keyFlag != "":
		p.Addf(ks, "is set and %s is given; keep one source of %s's key", keyFlag, s.Owner)
	case envKey:
		p.Addf(ks, "is set and so is %s; keep one source of %s's key (unset %s or clear %s)", s.PrivateKeyEnv, s.Owner, s.PrivateKeyEnv, ks)
	}
	if p.File(ks, s.Keystore, s.Owner+"'s ECDSA keystore (mach keys create --type ecdsa)") {
		info, err := Describe(s.Keystore)
		switch {
		case err != nil:
			p.Addf(ks, "is not readable as a keystore: %v", err)
		case info.Type != KeyTypeECDSA:
			p.Addf(ks, "names %s, which holds a key of type %s, not ecdsa", s.Keystore, info.Type)
		}
	}
	switch {
	case s.PasswordEnv == "" && s.PasswordFile == "":
		p.Addf(pwEnv, "and %s are both empty; set one: the name of an environment variable holding the keystore's password, or the path of a file holding it", pwFile)
	case s.PasswordEnv != "" && s.PasswordFile != "":
		p.Addf(pwEnv, "and %s are both set; keep one", pwFile)
	case s.PasswordFile != "":
		p.File(pwFile, s.PasswordFile, "a file holding the keystore's password")
	}
}

// Load returns the key: the keystore decrypted with its password, or else the key in PrivateKeyEnv. Errors never
// quote the key or the password.
func (s ECDSAKeySource) Load() (*ecdsa.PrivateKey, error) {
	ks := s.Prefix + "ecdsa_keystore"
	if s.Keystore != "" {
		pw, err := ReadPassword(s.PasswordEnv, s.PasswordFile)
		if err != nil {
			return nil, fmt.Errorf("%s %s: %w", ks, s.Keystore, err)
		}
		return LoadECDSAKey(s.Keystore, pw)
	}
	if s.PrivateKeyEnv == "" {
		return nil, fmt.Errorf("no key for %s: %s is empty", s.Owner, ks)
	}
	v := strings.TrimSpace(os.Getenv(s.PrivateKeyEnv))
	if v == "" {
		return nil, fmt.Errorf("no key for %s: %s is empty and %s is not set", s.Owner, ks, s.PrivateKeyEnv)
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(v, "0x"))
	if err != nil {
		return nil, fmt.Errorf("environment variable %s does not hold a valid ECDSA private key (64 hex digits, 0x optional; value not shown)", s.PrivateKeyEnv)
	}
	return key, nil
}
