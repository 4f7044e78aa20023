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
