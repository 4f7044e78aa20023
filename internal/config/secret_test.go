package config

import (
	"strings"
	"testing"
)

func TestEnvSecret_ReadsTheVariableAndNeverShowsAValue(t *testing.T) {
	t.Setenv("MACH_TEST_SECRET", "  s3cr3t-value \n")
	t.Setenv("MACH_TEST_BLANK", "   ")
	if v, err := EnvSecret("MACH_TEST_SECRET", "the token", "MACH_TOKEN", ""); err != nil || v != "s3cr3t-value" {
		t.Fatalf("EnvSecret = %q, %v", v, err)
	}
	for _, tc := range []struct{ name, orElse, want string }{
		{"MACH_TEST_BLANK", "", "names MACH_TEST_BLANK, which is empty or not set; put the token in MACH_TEST_BLANK"},
		{"MACH_TEST_UNSET_SECRET_X", "or clear token_env", "names MACH_TEST_UNSET_SECRET_X, which is empty or not set; put the token in MACH_TEST_UNSET_SECRET_X, or clear token_env"},
		{"s3cr3t-value", "", "is not an environment variable name (letters, digits and _; value not shown: it may be the token itself); set the name of the variable holding the token, like MACH_TOKEN"},
		{"", "", "is not an environment variable name"},
	} {
		_, err := EnvSecret(tc.name, "the token", "MACH_TOKEN", tc.orElse)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) || strings.Contains(err.Error(), "s3cr3t") {
			t.Errorf("EnvSecret(%q): %v; want %q, never the value", tc.name, err, tc.want)
		}
	}
}
