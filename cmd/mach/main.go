// Command mach is the one Mach binary: every role (node, proxy, verifier, operator, aggregator, prover, deploy,
// devnet) is a subcommand. It only parses arguments and wires roles together; the roles live in their own packages.
//
// Installed under the seed-compatible names mach-aggregator and mach-operator-signer, it behaves as
// `mach aggregator` and `mach operator signer` (dispatch on argv[0]).
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // the command ran and failed
	exitUsage = 2 // bad invocation, or a command that is not available yet
)

func main() {
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

// aliases maps the seed-compatible executable names to the argument prefix they stand for.
var aliases = map[string][]string{
	"mach-aggregator":      {"aggregator"},
	"mach-operator-signer": {"operator", "signer"},
}

// run executes the command line args (args[0] is the program name, as in os.Args) and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	var rest []string
	if len(args) > 1 {
		rest = args[1:]
	}
	if len(args) > 0 {
		name := strings.TrimSuffix(filepath.Base(args[0]), ".exe")
		if prefix, ok := aliases[name]; ok {
			rest = append(append([]string{}, prefix...), rest...)
		}
	}
	return dispatch(rootCommand(), nil, rest, stdout, stderr)
}

// dispatch walks the command tree along args and runs the command it lands on.
func dispatch(cmd *command, path, args []string, stdout, stderr io.Writer) int {
	if len(cmd.subs) > 0 && cmd.run != nil && (len(args) == 0 || cmd.find(args[0]) == nil && args[0] != "help") {
		// A group that also runs: `mach deploy --l1 …` runs deploy, `mach deploy networks` its subcommand.
		if wantsHelp(args) {
			printUsage(stdout, cmd, path)
			return exitOK
		}
		return cmd.run(path, args, stdout, stderr)
	}
	if len(cmd.subs) > 0 {
		if len(args) == 0 {
			fmt.Fprintf(stderr, "%s: missing command\n\n", progName(path))
			printUsage(stderr, cmd, path)
			return exitUsage
		}
		switch args[0] {
		case "-h", "-help", "--help", "help":
			if args[0] == "help" && len(args) > 1 {
				return helpFor(cmd, path, args[1:], stdout, stderr)
			}
			printUsage(stdout, cmd, path)
			return exitOK
		}
		if path == nil && (args[0] == "--version" || args[0] == "-version") {
			args = append([]string{"version"}, args[1:]...)
		}
		sub := cmd.find(args[0])
		if sub == nil {
			fmt.Fprintf(stderr, "%s: unknown command %q\n\n", progName(path), args[0])
			printUsage(stderr, cmd, path)
			return exitUsage
		}
		return dispatch(sub, childPath(path, sub.name), args[1:], stdout, stderr)
	}
	if wantsHelp(args) {
		printUsage(stdout, cmd, path)
		return exitOK
	}
	if cmd.run == nil {
		fmt.Fprintf(stderr, "%s: not yet available (lands with issue %s)\n", progName(path), cmd.issue)
		return exitUsage
	}
	return cmd.run(path, args, stdout, stderr)
}

// helpFor prints the usage of the command named by args under cmd (`mach help operator signer`).
func helpFor(cmd *command, path, args []string, stdout, stderr io.Writer) int {
	for _, name := range args {
		sub := cmd.find(name)
		if sub == nil {
			fmt.Fprintf(stderr, "%s: unknown command %q\n\n", progName(path), name)
			printUsage(stderr, cmd, path)
			return exitUsage
		}
		cmd, path = sub, childPath(path, sub.name)
	}
	printUsage(stdout, cmd, path)
	return exitOK
}

// wantsHelp reports whether args ask for help before any "--" terminator.
func wantsHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

// childPath returns path extended by name, never sharing path's backing array.
func childPath(path []string, name string) []string {
	return append(append(make([]string, 0, len(path)+1), path...), name)
}

func progName(path []string) string {
	return strings.Join(append([]string{"mach"}, path...), " ")
}
