package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/mach-avs/mach/avs/aggregator"
	"github.com/mach-avs/mach/avs/operator"
	"github.com/mach-avs/mach/internal/config"
	"github.com/mach-avs/mach/prover"
	"github.com/mach-avs/mach/proxy"
	"github.com/mach-avs/mach/verifier"
)

// role is a role whose configuration mach config validates.
type role struct {
	// newConfig returns an empty config of the role.
	newConfig func() config.Config
	// envPrefix starts the names of the role's environment variables.
	envPrefix string
	// example is the documented config file in the repository.
	example string
	// envVars, when set, lists the variables instead of config.EnvVars (for keys read from the file only).
	envVars func(any) ([]config.Var, error)
	// note, when set, is printed under the heading of mach config env.
	note string
}

// roles are the roles with a configuration. Adding a role is one entry here (and removing it from pendingRoles).
var roles = map[string]role{
	"aggregator": {newConfig: func() config.Config { return new(aggregator.FileConfig) }, envPrefix: aggregator.EnvPrefix, example: "config-files/aggregator.yaml"},
	"operator":   {newConfig: func() config.Config { return new(operator.Config) }, envPrefix: operator.EnvPrefix, example: "config-files/operator.yaml"},
	"proxy": {newConfig: func() config.Config { return new(proxyFileConfig) }, envPrefix: proxy.EnvPrefix, example: "config-files/proxy.yaml",
		envVars: proxyEnvVars, note: "rollups (a list of sections) is read from the file only"},
	"verifier": {newConfig: func() config.Config { return new(verifier.FileConfig) }, envPrefix: verifier.EnvPrefix, example: "config-files/verifier.yaml"},
	"prover":   {newConfig: func() config.Config { return new(prover.FileConfig) }, envPrefix: prover.EnvPrefix, example: "config-files/prover.yaml"},
}

// pendingRoles are roles whose configuration is not defined yet, with the issue that brings it.
var pendingRoles = map[string]string{
	"node": issueDevnet,
}

func roleNames() string {
	var names []string
	for name := range roles {
		names = append(names, name)
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

// lookupRole returns the role named by --role, or reports a usage error.
func lookupRole(name string, path []string, stderr io.Writer) (role, int, bool) {
	if name == "" {
		return role{}, usageError(stderr, path, "--role is required: one of %s", roleNames()), false
	}
	if r, ok := roles[name]; ok {
		return r, exitOK, true
	}
	if issue, ok := pendingRoles[name]; ok {
		return role{}, usageError(stderr, path, "role %s: its configuration lands with the %s (issue %s); roles with a configuration today: %s",
			name, name, issue, roleNames()), false
	}
	return role{}, usageError(stderr, path, "unknown role (not echoed); use one of %s", roleNames()), false
}

type configFlags struct {
	config string
	role   string
}

func configFlagSet(sub string, f *configFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("mach config "+sub, flag.ContinueOnError)
	if sub == "validate" {
		fs.StringVar(&f.config, "config", "", "the config file to check, at `PATH` (required)")
	}
	fs.StringVar(&f.role, "role", "", "the `ROLE` the file configures: "+roleNames()+" (required)")
	return fs
}

var configValidateDoc = doc{
	synopsis: "--config PATH --role ROLE",
	about: `
Checks a role's config file as the role would load it, without starting anything: strict YAML (an unknown key is
an error), then the role's MACH_* environment variables, then every key's value (URLs parse, files exist,
keystores are of the right type, amounts and listen addresses parse). Reports every problem at once, each naming
its key, and exits 1; exits 0 if the file is valid. It reads no password and contacts no node. A key naming the
environment variable of a token or API key (the verifier's status_token_env, the proxy's
rollups[].verifier_token_env, the prover's bonsai.api_key_env) is a problem when that variable is empty or not set
in the environment validate runs in.`,
	flagSet: func() *flag.FlagSet { return configFlagSet("validate", &configFlags{}) },
}

func runConfigValidate(path, args []string, stdout, stderr io.Writer) int {
	f := &configFlags{}
	if code, ok := parseFlags(configFlagSet("validate", f), path, args, stdout, stderr); !ok {
		return code
	}
	if f.config == "" {
		return usageError(stderr, path, "--config is required: the file to check")
	}
	r, code, ok := lookupRole(f.role, path, stderr)
	if !ok {
		return code
	}
	if err := config.Load(f.config, r.newConfig()); err != nil {
		return fail(stderr, path, err)
	}
	fmt.Fprintf(stdout, "%s: valid %s configuration\n", f.config, f.role)
	return exitOK
}

var configEnvDoc = doc{
	synopsis: "--role ROLE",
	about: `
Lists every key of a role's configuration with the environment variable that overrides it: the role's prefix
plus the key's YAML path in upper snake case. Lists are comma-separated in the environment; an empty variable
changes nothing.`,
	flagSet: func() *flag.FlagSet { return configFlagSet("env", &configFlags{}) },
}

func runConfigEnv(path, args []string, stdout, stderr io.Writer) int {
	f := &configFlags{}
	if code, ok := parseFlags(configFlagSet("env", f), path, args, stdout, stderr); !ok {
		return code
	}
	r, code, ok := lookupRole(f.role, path, stderr)
	if !ok {
		return code
	}
	list := config.EnvVars
	if r.envVars != nil {
		list = r.envVars
	}
	vars, err := list(r.newConfig())
	if err != nil {
		return fail(stderr, path, err)
	}
	fmt.Fprintf(stdout, "# role %s; the keys are documented in %s\n", f.role, r.example)
	if r.note != "" {
		fmt.Fprintf(stdout, "# %s\n", r.note)
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "KEY\tENVIRONMENT VARIABLE")
	for _, v := range vars {
		fmt.Fprintf(tw, "%s\t%s\n", v.Key, v.Env)
	}
	tw.Flush()
	return exitOK
}
