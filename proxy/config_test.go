package proxy

import (
	"strings"
	"testing"

	"github.com/mach-avs/mach/internal/config"
)

// verifier_url is optional; when set it must be an absolute http(s) URL, and the problem names the key without
// showing the value (it may carry a key).
func TestConfig_VerifierURLIsAnHTTPURLWhenSet(t *testing.T) {
	for _, tc := range []struct {
		url string
		ok  bool
	}{
		{"", true},
		{"http://127.0.0.1:9091", true},
		{"https://verifier.example.org/s3cr3t/", true},
		{"127.0.0.1:9091", false},
		{"ws://127.0.0.1:9091/s3cr3t", false},
		{"http:///s3cr3t", false},
	} {
		cfg := testConfig("http://127.0.0.1:8545")
		cfg.Rollups[0].VerifierURL = tc.url
		err := cfg.Validate()
		if tc.ok != (err == nil) {
			t.Errorf("verifier_url %q: %v", tc.url, err)
			continue
		}
		if err != nil && (!strings.Contains(err.Error(), "config: rollups[0].verifier_url is not an absolute http or https URL") ||
			strings.Contains(err.Error(), "s3cr3t")) {
			t.Errorf("verifier_url %q: %v", tc.url, err)
		}
	}
	cfg := DefaultConfig()
	yaml := "rollups:\n  - name: op\n    chain_id: 10\n    upstreams: [{url: http://127.0.0.1:9545}]\n    verifier_url: http://127.0.0.1:9091\n"
	if err := config.Decode([]byte(yaml), &cfg); err != nil || cfg.Rollups[0].VerifierURL != "http://127.0.0.1:9091" {
		t.Errorf("decode verifier_url: %v, %+v", err, cfg.Rollups)
	}
}

// verifier_token_env names the variable holding the verifier's /status token: it needs verifier_url, must be a
// variable name, and the variable must hold a token (else the proxy does not start); problems name the key and
// the variable, never a value. VerifierToken returns the token trimmed.
func TestConfig_VerifierTokenEnvNamesAVariableThatMustHoldTheToken(t *testing.T) {
	t.Setenv("MACH_TEST_VERIFIER_TOKEN", " tok-s3cr3t-0123456789\n")
	t.Setenv("MACH_TEST_EMPTY_TOKEN", "")
	for _, tc := range []struct {
		url, env, wantErr string
	}{
		{"http://127.0.0.1:9091", "", ""},
		{"http://127.0.0.1:9091", "MACH_TEST_VERIFIER_TOKEN", ""},
		{"", "MACH_TEST_VERIFIER_TOKEN", "config: rollups[0].verifier_token_env is set but verifier_url is empty"},
		{"http://127.0.0.1:9091", "MACH_TEST_EMPTY_TOKEN", "config: rollups[0].verifier_token_env names MACH_TEST_EMPTY_TOKEN, which is empty or not set"},
		{"http://127.0.0.1:9091", "MACH_TEST_UNSET_TOKEN_X", "config: rollups[0].verifier_token_env names MACH_TEST_UNSET_TOKEN_X, which is empty or not set"},
		{"http://127.0.0.1:9091", "Bearer tok-s3cr3t", "config: rollups[0].verifier_token_env is not an environment variable name"},
	} {
		cfg := testConfig("http://127.0.0.1:8545")
		cfg.Rollups[0].VerifierURL, cfg.Rollups[0].VerifierTokenEnv = tc.url, tc.env
		err := cfg.Validate()
		if tc.wantErr == "" {
			if err != nil {
				t.Errorf("verifier_token_env %q: %v", tc.env, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.wantErr) || strings.Contains(err.Error(), "s3cr3t") {
			t.Errorf("verifier_token_env %q with verifier_url %q: %v; want %q", tc.env, tc.url, err, tc.wantErr)
		}
	}
	tok, err := RollupConfig{VerifierTokenEnv: "MACH_TEST_VERIFIER_TOKEN"}.VerifierToken()
	if err != nil || tok != "tok-s3cr3t-0123456789" {
		t.Errorf("VerifierToken = %q, %v", tok, err)
	}
	if tok, err := (RollupConfig{}).VerifierToken(); tok != "" || err != nil {
		t.Errorf("VerifierToken without verifier_token_env = %q, %v", tok, err)
	}
	cfg := DefaultConfig()
	yaml := "rollups:\n  - name: op\n    chain_id: 10\n    upstreams: [{url: http://127.0.0.1:9545}]\n    verifier_url: http://127.0.0.1:9091\n    verifier_token_env: MACH_TEST_VERIFIER_TOKEN\n"
	if err := config.Decode([]byte(yaml), &cfg); err != nil || cfg.Rollups[0].VerifierTokenEnv != "MACH_TEST_VERIFIER_TOKEN" {
		t.Errorf("decode verifier_token_env: %v, %+v", err, cfg.Rollups)
	}
}
