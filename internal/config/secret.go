package config

import (
	"fmt"
	"os"
	"regexp"
	"strings"
)

// variableName is what an environment variable's name may be (any case).
var variableName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// IsVariableName reports whether name can be an environment variable's name.
func IsVariableName(name string) bool { return variableName.MatchString(name) }

// EnvSecret returns the secret (an API key, a bearer token) held by the environment variable a config key names,
// without surrounding white space. what describes the secret ("the Bonsai API key"), like suggests a variable
// name, and orElse, when not empty, is appended to the error for an empty variable ("or clear status_token_env").
// The errors read after the key ("bonsai.api_key_env names X, which …") and never show a value: a "name" that is
// not one may be the secret itself, pasted into the file.
func EnvSecret(name, what, like, orElse string) (string, error) {
	if !IsVariableName(name) {
		return "", fmt.Errorf("is not an environment variable name (letters, digits and _; value not shown: it may be %s itself); set the name of the variable holding %s, like %s",
			what, what, like)
	}
	v := strings.TrimSpace(os.Getenv(name))
	if v == "" {
		hint := ""
		if orElse != "" {
			hint = ", " + orElse
		}
		return "", fmt.Errorf("names %s, which is empty or not set; put %s in %s%s", name, what, name, hint)
	}
	return v, nil
}
