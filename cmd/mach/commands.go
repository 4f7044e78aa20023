package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
)

// Issues that bring the roles which are not available yet.
const (
	issueBLS    = "#4: AVS in BLS mode"
	issueDevnet = "#8: devnet"
)

// command is one node of the command tree. A leaf has either run (it works) or issue (the issue that brings it).
// A group has subs, and may also have run: then arguments that do not start with a subcommand's name go to run
// (`mach deploy --l1 …` and `mach deploy networks`).
type command struct {
	name    string
	summary string
	issue   string
	subs    []*command
	run     func(path, args []string, stdout, stderr io.Writer) int
	// usage writes the command's help (synopsis, description, flags); every command with flags sets it.
	usage func(w io.Writer, path []string)
}

func rootCommand() *command {
	return &command{
		summary: "fast finality for rollups: an EigenLayer AVS whose alerts trip an RPC circuit breaker",
		subs: []*command{
			{name: "node", summary: "run a Mach node (verifier, signer and proxy in one process)", issue: issueDevnet},
			{name: "proxy", summary: "JSON-RPC proxy in front of an L2 that trips on alerts", run: runProxy, usage: proxyDoc.print},
			{name: "verifier", summary: "re-execute L2 blocks statelessly and raise alerts", run: runVerifier, usage: verifierDoc.print},
			{name: "operator", summary: "EigenLayer operator tasks", subs: []*command{
				{name: "register", summary: "register an operator with EigenLayer and the Mach AVS", run: runOperatorRegister, usage: operatorRegisterDoc.print},
				{name: "signer", summary: "sign alerts with the operator's BLS key for the aggregator", run: runOperatorSigner, usage: operatorSignerDoc.print},
				{name: "status", summary: "show an operator's registration and stake", run: runOperatorStatus, usage: operatorStatusDoc.print},
			}},
			{name: "aggregator", summary: "aggregate BLS signatures and confirm alerts on L1", run: runAggregator, usage: aggregatorDoc.print},
			{name: "prover", summary: "prove alerts with RISC Zero and submit the proofs on L1", run: runProver, usage: proverDoc.print},
			{name: "deploy", summary: "deploy the EigenLayer M2 registries and Mach contracts to an L1", run: runDeploy, usage: deployDoc.print, subs: []*command{
				{name: "networks", summary: "list the networks whose EigenLayer core --network names, and known Mach deployments", run: runDeployNetworks, usage: deployNetworksDoc.print},
			}},
			{name: "devnet", summary: "run the whole system on loopback: L1, operators, aggregator, an OP L2, verifier, proxy; --fault makes the L2 lie", usage: devnetDoc.print, run: runDevnet},
			{name: "keys", summary: "operator BLS and ECDSA keystores", subs: []*command{
				{name: "create", summary: "create a keystore", run: runKeysCreate, usage: keysUsage("create")},
				{name: "import", summary: "import a private key into a keystore", run: runKeysImport, usage: keysUsage("import")},
				{name: "show", summary: "show a keystore's public key and address", run: runKeysShow, usage: keysUsage("show")},
			}},
			{name: "config", summary: "configuration files", subs: []*command{
				{name: "validate", summary: "check a config file without starting anything", run: runConfigValidate, usage: configValidateDoc.print},
				{name: "env", summary: "list the environment variables that override a role's config keys", run: runConfigEnv, usage: configEnvDoc.print},
			}},
			{name: "version", summary: "print the version", run: runVersion, usage: versionUsage},
		},
	}
}

func (c *command) find(name string) *command {
	for _, s := range c.subs {
		if s.name == name {
			return s
		}
	}
	return nil
}

// pending returns the numbers of the issues that bring c, or nil when c (or, for a group, any of its
// subcommands) is available.
func (c *command) pending() []string {
	if c.run != nil {
		return nil
	}
	if len(c.subs) == 0 {
		number, _, _ := strings.Cut(c.issue, ":")
		return []string{number}
	}
	var numbers []string
	for _, s := range c.subs {
		p := s.pending()
		if p == nil {
			return nil
		}
		for _, n := range p {
			if !slices.Contains(numbers, n) {
				numbers = append(numbers, n)
			}
		}
	}
	return numbers
}

// printUsage writes the help of cmd, reached by path, to w.
func printUsage(w io.Writer, cmd *command, path []string) {
	if cmd.usage != nil {
		cmd.usage(w, path)
		return
	}
	name := progName(path)
	fmt.Fprintf(w, "%s — %s\n\nUsage:\n", name, cmd.summary)
	if len(cmd.subs) > 0 {
		fmt.Fprintf(w, "  %s <command> [arguments]\n\nCommands:\n", name)
		tw := tabwriter.NewWriter(w, 0, 0, 3, ' ', 0)
		for _, s := range cmd.subs {
			if p := s.pending(); p != nil {
				fmt.Fprintf(tw, "  %s\t%s\t(not yet available: issue %s)\n", s.name, s.summary, strings.Join(p, ", "))
			} else {
				fmt.Fprintf(tw, "  %s\t%s\n", s.name, s.summary)
			}
		}
		tw.Flush()
		fmt.Fprintf(w, "\nRun '%s <command> --help' for details on a command.\n", name)
		if path == nil {
			fmt.Fprintln(w, "Installed as mach-aggregator or mach-operator-signer, it runs 'mach aggregator' or 'mach operator signer'.")
		}
		return
	}
	fmt.Fprintf(w, "  %s\n\n", name)
	if cmd.run == nil {
		fmt.Fprintf(w, "Not yet available: lands with issue %s. It takes no flags yet.\n", cmd.issue)
	} else {
		fmt.Fprintln(w, "It takes no flags.") // every command with flags sets usage (TestRun_EveryCommandHelpNamesItsFlags)
	}
}

// keysUsage returns the usage of `mach keys sub`.
func keysUsage(sub string) func(io.Writer, []string) {
	return func(w io.Writer, path []string) { printKeysUsage(w, sub, path) }
}

func versionUsage(w io.Writer, path []string) {
	name := progName(path)
	fmt.Fprintf(w, "%s — print the version\n\nUsage:\n  %s\n\nPrints the version of mach, the Go toolchain that built it, and the platform. It takes no flags.\n", name, name)
}
