package config

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// testConfig is a role config shaped like the real ones: top-level keys, a section, a list, a duration.
type testConfig struct {
	URL     string        `yaml:"url" env:"MACH_TEST_URL"`
	Amount  string        `yaml:"amount" env:"MACH_TEST_AMOUNT"`
	Verbose bool          `yaml:"verbose" env:"MACH_TEST_VERBOSE"`
	Section testSection   `yaml:"section"`
	Timeout time.Duration `yaml:"timeout" env:"MACH_TEST_TIMEOUT"`
}

type testSection struct {
	Listen string   `yaml:"listen" env:"MACH_TEST_SECTION_LISTEN"`
	IDs    []uint64 `yaml:"ids" env:"MACH_TEST_SECTION_IDS" envSeparator:","`
}

func (c *testConfig) Defaults() {
	c.Amount = "0"
	c.Section.Listen = "127.0.0.1:9010"
	c.Timeout = 5 * time.Second
}

func (c *testConfig) Validate() error {
	var p Problems
	p.URL("url", c.URL, true, "the node's URL", "http", "https")
	p.Amount("amount", c.Amount)
	p.HostPort("section.listen", c.Section.Listen, "127.0.0.1:9010")
	if len(c.Section.IDs) == 0 {
		p.Addf("section.ids", "is empty; list at least one ID")
	}
	return p.Err()
}

func writeFile(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "role.yaml")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

const validYAML = `
url: http://127.0.0.1:8545
section:
  ids: [901, 902]
`

func TestLoad_DefaultsApplyToKeysTheFileOmits(t *testing.T) {
	var c testConfig
	if err := Load(writeFile(t, validYAML+"timeout: 1m\n"), &c); err != nil {
		t.Fatal(err)
	}
	if c.Amount != "0" || c.Section.Listen != "127.0.0.1:9010" {
		t.Errorf("defaults not applied: %+v", c)
	}
	if c.Timeout != time.Minute {
		t.Errorf("timeout = %v, want the file's 1m over the default", c.Timeout)
	}
	if !slices.Equal(c.Section.IDs, []uint64{901, 902}) || c.URL != "http://127.0.0.1:8545" {
		t.Errorf("file values not applied: %+v", c)
	}
}

func TestLoad_UnknownKeysAreRejectedByTheirFullPath(t *testing.T) {
	path := writeFile(t, validYAML+"urll: x\nsection2: {}\n")
	// A nested unknown key is reported under its section.
	nested := writeFile(t, "url: http://x\nsection:\n  ids: [1]\n  listen_addr: 127.0.0.1:1\n")
	var c testConfig
	err := Load(path, &c)
	if err == nil {
		t.Fatal("Load accepted unknown keys")
	}
	for _, want := range []string{
		"config: " + path + ": line 5: unknown key urll; the keys at the top level are: amount, section, timeout, url, verbose",
		"unknown key section2",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not contain %q:\n%v", want, err)
		}
	}
	err = Load(nested, &testConfig{})
	if err == nil || !strings.Contains(err.Error(), "line 4: unknown key section.listen_addr; the keys under section are: ids, listen") {
		t.Errorf("nested unknown key: %v", err)
	}
}

func TestLoad_TypeErrorsNameTheLine(t *testing.T) {
	err := Load(writeFile(t, "url: http://x\nsection:\n  ids: [one]\n"), &testConfig{})
	if err == nil || !strings.Contains(err.Error(), "line 3: cannot unmarshal") {
		t.Errorf("error = %v, want the line of the bad value", err)
	}
}

func TestLoad_EnvironmentOverridesTheFile(t *testing.T) {
	t.Setenv("MACH_TEST_URL", "https://l1.example.com")
	t.Setenv("MACH_TEST_SECTION_IDS", "7,8")
	t.Setenv("MACH_TEST_VERBOSE", "true")
	t.Setenv("MACH_TEST_AMOUNT", "") // empty changes nothing
	var c testConfig
	if err := Load(writeFile(t, validYAML+"amount: \"5\"\n"), &c); err != nil {
		t.Fatal(err)
	}
	if c.URL != "https://l1.example.com" || !slices.Equal(c.Section.IDs, []uint64{7, 8}) || !c.Verbose {
		t.Errorf("environment did not override the file: %+v", c)
	}
	if c.Amount != "5" {
		t.Errorf("amount = %q, want the file's 5 (an empty variable changes nothing)", c.Amount)
	}
}

func TestLoad_WithoutFileReadsTheEnvironmentOnly(t *testing.T) {
	t.Setenv("MACH_TEST_URL", "http://127.0.0.1:8545")
	t.Setenv("MACH_TEST_SECTION_IDS", "1")
	var c testConfig
	if err := Load("", &c); err != nil {
		t.Fatal(err)
	}
	if c.Section.Listen != "127.0.0.1:9010" {
		t.Errorf("defaults not applied: %+v", c)
	}
}

func TestLoad_BadEnvironmentValueNamesTheVariableNotTheValue(t *testing.T) {
	t.Setenv("MACH_TEST_SECTION_IDS", "901,secret-ish")
	err := Load(writeFile(t, validYAML), &testConfig{})
	if err == nil {
		t.Fatal("Load accepted a bad list")
	}
	if !strings.Contains(err.Error(), "environment variable MACH_TEST_SECTION_IDS (key section.ids): not a valid comma-separated list, each item a non-negative integer (value not shown); fix or unset it") {
		t.Errorf("error = %v", err)
	}
	if strings.Contains(err.Error(), "secret-ish") {
		t.Errorf("error echoes the value: %v", err)
	}
}

func TestLoad_ValidateReportsEveryProblemAtOnce(t *testing.T) {
	path := writeFile(t, "url: ftp://x\namount: 1e18\nsection:\n  listen: localhost\n")
	err := Load(path, &testConfig{})
	if err == nil {
		t.Fatal("Load accepted an invalid config")
	}
	want := []string{
		"config: url is not an absolute http or https URL with a host (value not shown: URLs may carry API keys); set it to the node's URL",
		`config: amount "1e18" is not a decimal amount in wei`,
		`config: section.listen "localhost" is not host:port`,
		"config: section.ids is empty; list at least one ID",
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error does not contain %q:\n%v", w, err)
		}
	}
	if n := len(strings.Split(err.Error(), "\n")); n != len(want) {
		t.Errorf("%d problems reported, want %d:\n%v", n, len(want), err)
	}
}

func TestLoad_MissingFileSaysWhatToCheck(t *testing.T) {
	err := Load(filepath.Join(t.TempDir(), "nope.yaml"), &testConfig{})
	if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "check the --config path") {
		t.Errorf("error = %v", err)
	}
}

func TestDecode_EmptyOrCommentOnlyKeepsDefaults(t *testing.T) {
	for _, data := range []string{"", "# nothing\n"} {
		c := testConfig{URL: "keep"}
		if err := Decode([]byte(data), &c); err != nil || c.URL != "keep" {
			t.Errorf("Decode(%q) = %v, url %q", data, err, c.URL)
		}
	}
}

func TestCheckEnv_AcceptsWellFormedNames(t *testing.T) {
	if err := CheckEnv(&testConfig{}, "MACH_TEST_"); err != nil {
		t.Error(err)
	}
	vars, err := EnvVars(testConfig{})
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, v := range vars {
		keys = append(keys, v.Key+"="+v.Env)
	}
	want := []string{"url=MACH_TEST_URL", "amount=MACH_TEST_AMOUNT", "verbose=MACH_TEST_VERBOSE",
		"section.listen=MACH_TEST_SECTION_LISTEN", "section.ids=MACH_TEST_SECTION_IDS", "timeout=MACH_TEST_TIMEOUT"}
	if !slices.Equal(keys, want) {
		t.Errorf("EnvVars = %v, want %v", keys, want)
	}
}

func TestCheckEnv_ReportsEveryBadName(t *testing.T) {
	type bad struct {
		NoTag   string `yaml:"no_tag"`
		Lower   string `yaml:"lower" env:"mach_test_lower"`
		Wrong   string `yaml:"wrong" env:"MACH_TEST_WRONG_NAME"`
		DupA    string `yaml:"dup_a" env:"MACH_TEST_DUP_A"`
		DupB    string `yaml:"dup_b" env:"MACH_TEST_DUP_A"`
		Section struct {
			Key string `yaml:"key" env:"MACH_TEST_KEY"`
		} `yaml:"section"`
	}
	err := CheckEnv(&bad{}, "MACH_TEST_")
	if err == nil {
		t.Fatal("CheckEnv accepted bad names")
	}
	for _, want := range []string{
		"key no_tag (field NoTag) has no env tag",
		`key lower: env var "mach_test_lower" is not upper snake case`,
		"key wrong: env var MACH_TEST_WRONG_NAME, want MACH_TEST_WRONG",
		"keys dup_a and dup_b share env var MACH_TEST_DUP_A",
		"key section.key: env var MACH_TEST_KEY, want MACH_TEST_SECTION_KEY",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not contain %q:\n%v", want, err)
		}
	}
	if err := CheckEnv(&testConfig{}, "TEST_"); err == nil {
		t.Error("CheckEnv accepted a prefix without MACH_")
	}
}

func TestProblems_URLNeverEchoesTheValue(t *testing.T) {
	var p Problems
	p.URL("l1_rpc_url", "https://mainnet.example.com/v3/SECRETKEY extra", true, "the L1 URL", "https")
	p.URL("l1_rpc_url", "ftp://host/SECRETKEY", true, "the L1 URL", "https")
	err := p.Err()
	if err == nil || strings.Contains(err.Error(), "SECRETKEY") {
		t.Errorf("error = %v; want two problems that do not echo the URL", err)
	}
	var ok Problems
	if u := ok.URL("x", "WSS://Host:1/path", true, "", "wss"); u == nil || ok.Err() != nil {
		t.Errorf("valid URL rejected: %v", ok.Err())
	}
	if ok.URL("x", "", false, "", "http"); ok.Err() != nil {
		t.Errorf("optional empty URL rejected: %v", ok.Err())
	}
}

func TestProblems_ChecksAcceptAndReject(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		check func(p *Problems)
		want  string // "" means no problem
	}{
		{"host:port", func(p *Problems) { p.HostPort("k", "127.0.0.1:9010", "") }, ""},
		{"all interfaces", func(p *Problems) { p.HostPort("k", ":9010", "") }, ""},
		{"ipv6", func(p *Problems) { p.HostPort("k", "[::1]:0", "") }, ""},
		{"port too large", func(p *Problems) { p.HostPort("k", "127.0.0.1:70000", "h:p") }, `config: k "127.0.0.1:70000" is not host:port`},
		{"no port", func(p *Problems) { p.HostPort("k", "127.0.0.1", "h:p") }, "is not host:port"},
		{"empty listen", func(p *Problems) { p.HostPort("k", "", "127.0.0.1:1") }, "config: k is empty; set it to a listen address host:port, like 127.0.0.1:1"},
		{"file", func(p *Problems) { p.File("k", file, "x") }, ""},
		{"missing file", func(p *Problems) { p.File("k", file+"2", "the keystore") }, "which does not exist"},
		{"directory", func(p *Problems) { p.File("k", dir, "the keystore") }, "is not a regular file"},
		{"zero", func(p *Problems) { p.Amount("k", "0") }, ""},
		{"32 ether", func(p *Problems) { p.Amount("k", "32000000000000000000") }, ""},
		{"negative", func(p *Problems) { p.Amount("k", "-1") }, "is not a decimal amount"},
		{"hex", func(p *Problems) { p.Amount("k", "0x10") }, "is not a decimal amount"},
		{"empty amount", func(p *Problems) { p.Amount("k", "") }, "is not a decimal amount"},
		{"above uint256", func(p *Problems) { p.Amount("k", "1"+strings.Repeat("0", 78)) }, "larger than 2^256-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p Problems
			tt.check(&p)
			err := p.Err()
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("unexpected problem: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("problem = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}
