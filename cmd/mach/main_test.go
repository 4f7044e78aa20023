package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// TestMain lets a test run this binary's main() under another name (see TestMain_ArgvZeroAliasesAndExitCodes).
func TestMain(m *testing.M) {
	if os.Getenv("MACH_TEST_RUN_MAIN") == "1" {
		main()
	}
	m.Run()
}

func runArgs(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestRun_Dispatch(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout []string // substrings; nil means stdout must be empty
		wantStderr []string // substrings; nil means stderr must be empty
	}{
		{
			name:       "no command prints usage to stderr",
			args:       []string{"mach"},
			wantCode:   exitUsage,
			wantStderr: []string{"mach: missing command", "Usage:\n  mach <command> [arguments]"},
		},
		{
			name:       "unknown command prints usage to stderr",
			args:       []string{"mach", "frobnicate"},
			wantCode:   exitUsage,
			wantStderr: []string{`mach: unknown command "frobnicate"`, "Commands:"},
		},
		{
			name:       "unknown subcommand prints the group's usage",
			args:       []string{"mach", "operator", "dance"},
			wantCode:   exitUsage,
			wantStderr: []string{`mach operator: unknown command "dance"`, "mach operator <command>"},
		},
		{
			name:       "group without subcommand is a usage error",
			args:       []string{"mach", "keys"},
			wantCode:   exitUsage,
			wantStderr: []string{"mach keys: missing command", "create", "import", "show"},
		},
		{
			name:       "unavailable role names its issue",
			args:       []string{"mach", "node", "--config", "node.yaml"},
			wantCode:   exitUsage,
			wantStderr: []string{"mach node: not yet available (lands with issue #8: devnet)\n"},
		},
		{
			name:       "operator signer without a configuration names the missing keys",
			args:       []string{"mach", "operator", "signer"},
			wantCode:   exitError,
			wantStderr: []string{"mach operator signer:", "signer.aggregator_url", "signer.rollup_chain_ids", "no --config given"},
		},
		{
			name:       "devnet refuses zero operators before starting anything",
			args:       []string{"mach", "devnet", "--operators", "0"},
			wantCode:   exitUsage,
			wantStderr: []string{"mach devnet: --operators must be between 1 and 50, got 0"},
		},
		{
			name:       "devnet refuses --drills without a drill interval",
			args:       []string{"mach", "devnet", "--drills", "2", "--drill-every", "0"},
			wantCode:   exitUsage,
			wantStderr: []string{"mach devnet: --drills needs a positive --drill-every"},
		},
		{
			name:       "help flag after -- is an argument, not a help request",
			args:       []string{"mach", "node", "--", "--help"},
			wantCode:   exitUsage,
			wantStderr: []string{"mach node: not yet available (lands with issue #8: devnet)\n"},
		},
		{
			name:       "--help lists commands on stdout",
			args:       []string{"mach", "--help"},
			wantCode:   exitOK,
			wantStdout: []string{"Commands:", "aggregator", "version", "mach-operator-signer"},
		},
		{
			name:       "-h lists commands on stdout",
			args:       []string{"mach", "-h"},
			wantCode:   exitOK,
			wantStdout: []string{"Commands:"},
		},
		{
			name:       "help command lists commands",
			args:       []string{"mach", "help"},
			wantCode:   exitOK,
			wantStdout: []string{"Commands:"},
		},
		{
			name:       "help for a nested command",
			args:       []string{"mach", "help", "operator", "signer"},
			wantCode:   exitOK,
			wantStdout: []string{"mach operator signer — ", "alert_blockMismatch", "--config"},
		},
		{
			name:       "help for an unknown command",
			args:       []string{"mach", "help", "nope"},
			wantCode:   exitUsage,
			wantStderr: []string{`mach: unknown command "nope"`},
		},
		{
			name:       "role --help says it is not available yet",
			args:       []string{"mach", "node", "--help"},
			wantCode:   exitOK,
			wantStdout: []string{"Usage:\n  mach node\n", "Not yet available: lands with issue #8: devnet."},
		},
		{
			name:       "group --help lists its subcommands",
			args:       []string{"mach", "operator", "--help"},
			wantCode:   exitOK,
			wantStdout: []string{"register", "signer", "status"},
		},
		{
			name:       "root --help marks unavailable commands",
			args:       []string{"mach", "--help"},
			wantCode:   exitOK,
			wantStdout: []string{"node", "(not yet available: issue #8)"},
		},
		{
			name:       "version prints the version",
			args:       []string{"mach", "version"},
			wantCode:   exitOK,
			wantStdout: []string{"mach ", "go1."},
		},
		{
			name:       "--version is version",
			args:       []string{"mach", "--version"},
			wantCode:   exitOK,
			wantStdout: []string{"mach "},
		},
		{
			name:       "version rejects arguments",
			args:       []string{"mach", "version", "extra"},
			wantCode:   exitUsage,
			wantStderr: []string{`mach version: unexpected argument "extra"`},
		},
		{
			name:       "version --help",
			args:       []string{"mach", "version", "--help"},
			wantCode:   exitOK,
			wantStdout: []string{"mach version — print the version"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runArgs(tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit code = %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.wantCode, stdout, stderr)
			}
			checkOutput(t, "stdout", stdout, tt.wantStdout)
			checkOutput(t, "stderr", stderr, tt.wantStderr)
		})
	}
}

func checkOutput(t *testing.T, name, got string, want []string) {
	t.Helper()
	if want == nil {
		if got != "" {
			t.Errorf("%s = %q, want empty", name, got)
		}
		return
	}
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%s does not contain %q:\n%s", name, w, got)
		}
	}
}

// Every role that is not implemented must say so and fail, not pretend to run.
func TestRun_EveryUnavailableCommandExitsTwoNamingItsIssue(t *testing.T) {
	var walk func(c *command, path []string)
	walk = func(c *command, path []string) {
		for _, s := range c.subs {
			p := childPath(path, s.name)
			if len(s.subs) > 0 {
				walk(s, p)
				continue
			}
			if s.run != nil {
				continue
			}
			t.Run(strings.Join(p, "_"), func(t *testing.T) {
				if !strings.HasPrefix(s.issue, "#") {
					t.Fatalf("issue = %q, want an issue reference like %q", s.issue, issueBLS)
				}
				code, stdout, stderr := runArgs(append([]string{"mach"}, p...)...)
				want := "mach " + strings.Join(p, " ") + ": not yet available (lands with issue " + s.issue + ")\n"
				if code != exitUsage || stdout != "" || stderr != want {
					t.Errorf("got code %d, stdout %q, stderr %q; want code 2, no stdout, stderr %q", code, stdout, stderr, want)
				}
			})
		}
	}
	walk(rootCommand(), nil)
}

func TestRun_HelpListsEveryCommandWithItsStatus(t *testing.T) {
	_, stdout, _ := runArgs("mach", "--help")
	for _, s := range rootCommand().subs {
		var line string
		for _, l := range strings.Split(stdout, "\n") {
			if strings.HasPrefix(l, "  "+s.name+" ") {
				line = l
			}
		}
		if line == "" {
			t.Errorf("help does not list %q:\n%s", s.name, stdout)
			continue
		}
		unavailable := strings.Contains(line, "not yet available")
		if want := s.pending() != nil; unavailable != want {
			t.Errorf("help line for %q = %q; marked unavailable = %v, want %v", s.name, line, unavailable, want)
		}
	}
}

func TestRun_ArgvZeroAliases(t *testing.T) {
	tests := []struct {
		argv0      string
		args       []string
		wantCode   int
		wantStdout string
		wantStderr string
	}{
		{"/usr/local/bin/mach-aggregator", []string{"--frobnicate"}, exitUsage, "", "mach aggregator: unknown flag --frobnicate\nRun 'mach aggregator --help' for usage.\n"},
		{"mach-operator-signer", []string{"--bogus"}, exitUsage, "", "mach operator signer: unknown flag --bogus\nRun 'mach operator signer --help' for usage.\n"},
		{"./bin/mach-operator-signer", []string{"--help"}, exitOK, "Usage:\n  mach operator signer --config PATH", ""},
		{"mach-aggregator.exe", []string{"-h"}, exitOK, "Usage:\n  mach aggregator --config PATH", ""},
		{"/opt/mach", []string{"version"}, exitOK, "mach ", ""},
		{"mach-unknown", []string{"version"}, exitOK, "mach ", ""},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.argv0)+" "+strings.Join(tt.args, " "), func(t *testing.T) {
			code, stdout, stderr := runArgs(append([]string{tt.argv0}, tt.args...)...)
			if code != tt.wantCode {
				t.Errorf("exit code = %d, want %d (stderr %q)", code, tt.wantCode, stderr)
			}
			if !strings.Contains(stdout, tt.wantStdout) || (tt.wantStdout == "" && stdout != "") {
				t.Errorf("stdout = %q, want it to contain %q", stdout, tt.wantStdout)
			}
			if stderr != tt.wantStderr && !(tt.wantStderr == "" && stderr == "") {
				t.Errorf("stderr = %q, want %q", stderr, tt.wantStderr)
			}
		})
	}
}

// Runs the real main() in a child process started through symlinks, as `make build` installs them: checks the
// process exit codes and that argv[0] picks the role.
func TestMain_ArgvZeroAliasesAndExitCodes(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, name := range []string{"mach", "mach-aggregator", "mach-operator-signer"} {
		if err := os.Symlink(self, filepath.Join(dir, name)); err != nil {
			t.Skipf("symlinks unavailable: %v", err)
		}
	}
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{"mach", []string{"version"}, 0, ""},
		{"mach", []string{"nope"}, 2, `mach: unknown command "nope"`},
		{"mach", []string{"node"}, 2, "mach node: not yet available (lands with issue #8: devnet)"},
		{"mach-aggregator", nil, 1, "config: l1_rpc_url is empty"},
		{"mach-operator-signer", nil, 1, "signer.aggregator_url"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" "+strings.Join(tt.args, " "), func(t *testing.T) {
			cmd := exec.Command(filepath.Join(dir, tt.name), tt.args...)
			cmd.Env = append(os.Environ(), "MACH_TEST_RUN_MAIN=1")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			code := 0
			var exitErr *exec.ExitError
			if errors.As(err, &exitErr) {
				code = exitErr.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != tt.wantCode {
				t.Errorf("exit code = %d, want %d (stderr %q)", code, tt.wantCode, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.wantStderr) {
				t.Errorf("stderr = %q, want it to contain %q", stderr.String(), tt.wantStderr)
			}
		})
	}
}

func TestVersionString(t *testing.T) {
	vcs := func(rev, modified string) *debug.BuildInfo {
		return &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: modified},
		}}
	}
	tests := []struct {
		name   string
		linked string
		info   *debug.BuildInfo
		want   string
	}{
		{"link-time version wins", "v0.1.0-3-gabc", vcs("0123456789abcdef", "false"), "v0.1.0-3-gabc"},
		{"module version from go install", "", &debug.BuildInfo{Main: debug.Module{Version: "v0.2.0"}}, "v0.2.0"},
		{"vcs revision", "", vcs("0123456789abcdef0123", "false"), "devel-0123456789ab"},
		{"dirty vcs revision", "", vcs("0123456789abcdef0123", "true"), "devel-0123456789ab-dirty"},
		{"no build info", "", nil, "devel"},
		{"devel without vcs", "", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "devel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := versionString(tt.linked, tt.info); got != tt.want {
				t.Errorf("versionString = %q, want %q", got, tt.want)
			}
		})
	}
}
