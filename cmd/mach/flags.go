package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/signal"
	"regexp"
	"strconv"
	"strings"
	"syscall"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mach-avs/mach/internal/config"
)

// doc is the help of a command that takes flags: `mach <path> <synopsis>`, what it does, then its flags as
// flagSet declares them (with their defaults).
type doc struct {
	synopsis string
	about    string
	flagSet  func() *flag.FlagSet
}

// print writes the help of the command at path. It is the command's usage field.
func (d doc) print(w io.Writer, path []string) {
	name := progName(path)
	summary := ""
	if c := findCommand(path); c != nil {
		summary = c.summary
	}
	fmt.Fprintf(w, "%s — %s\n\nUsage:\n  %s %s\n\n%s\n", name, summary, name, d.synopsis, strings.TrimSpace(d.about))
	if d.flagSet != nil {
		fmt.Fprintln(w, "\nFlags:")
		printFlags(w, d.flagSet())
	}
}

// findCommand returns the command at path, or nil.
func findCommand(path []string) *command {
	c := rootCommand()
	for _, name := range path {
		if c = c.find(name); c == nil {
			return nil
		}
	}
	return c
}

// printFlags lists the flags of fs with their argument names, usages and non-zero defaults.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		arg, usage := flag.UnquoteUsage(f)
		if arg != "" && arg != "value" {
			arg = " " + arg
		} else {
			arg = ""
		}
		fmt.Fprintf(w, "  --%s%s\n    \t%s", f.Name, arg, strings.ReplaceAll(usage, "\n", "\n    \t"))
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			fmt.Fprintf(w, " (default %s)", f.DefValue)
		}
		fmt.Fprintln(w)
	})
}

// undefinedFlag matches the flag package's error for an unknown flag.
var undefinedFlag = regexp.MustCompile(`^flag provided but not defined: -(.*)$`)

// plausibleFlagName is a name that may be echoed: short, lower case words, not key material.
var plausibleFlagName = regexp.MustCompile(`^[a-zA-Z][a-zA-Z-]{0,39}$`)

// flagError rewrites an error of the flag package so that it never echoes a value: a private key typed as a
// flag's value or as a flag must not reach a terminal or a log.
func flagError(err error) string {
	msg := err.Error()
	if m := undefinedFlag.FindStringSubmatch(msg); m != nil {
		name := strings.TrimPrefix(m[1], "-")
		if !plausibleFlagName.MatchString(name) {
			return "unknown flag (name not echoed)"
		}
		return "unknown flag --" + name
	}
	return quoted.ReplaceAllString(msg, `"…"`)
}

// parseFlags parses args with fs. When ok is false, the command is over and exits with code: help was printed,
// or a usage error was reported (without echoing any value).
func parseFlags(fs *flag.FlagSet, path, args []string, stdout, stderr io.Writer) (code int, ok bool) {
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(stdout, findCommand(path), path)
			return exitOK, false
		}
		return usageError(stderr, path, "%s", flagError(err)), false
	}
	if fs.NArg() > 0 {
		return usageError(stderr, path, "unexpected argument (not echoed); %s takes flags only", progName(path)), false
	}
	return exitOK, true
}

// usageError reports a bad invocation and returns exitUsage.
func usageError(stderr io.Writer, path []string, format string, args ...any) int {
	fmt.Fprintf(stderr, "%s: %s\nRun '%s --help' for usage.\n", progName(path), fmt.Sprintf(format, args...), progName(path))
	return exitUsage
}

// fail reports a failure of a command that ran and returns exitError. A multi-line error (errors.Join) is
// printed one problem per line.
func fail(stderr io.Writer, path []string, err error) int {
	msg := err.Error()
	if strings.Contains(msg, "\n") {
		fmt.Fprintf(stderr, "%s:\n  %s\n", progName(path), strings.ReplaceAll(msg, "\n", "\n  "))
	} else {
		fmt.Fprintf(stderr, "%s: %s\n", progName(path), msg)
	}
	return exitError
}

// signalContext is cancelled by SIGINT or SIGTERM, so a command stops waiting for the L1 when asked to.
func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

// redactor hides URLs that may carry credentials (an API key in the path or query, a user and password) in
// messages: each URL is shown as scheme://host/… only.
type redactor struct {
	secrets map[string]string // raw URL -> shown form
}

func (r *redactor) addURL(raw string) {
	u, err := url.Parse(raw)
	shown := "the configured URL"
	if err == nil && u.Host != "" {
		shown = u.Scheme + "://" + u.Host
		if u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
			shown += "/…"
		}
	}
	if shown == raw || raw == "" {
		return
	}
	if r.secrets == nil {
		r.secrets = map[string]string{}
	}
	r.secrets[raw] = shown
}

// err returns err with every registered URL replaced by its shown form.
func (r *redactor) err(err error) error {
	msg := err.Error()
	changed := false
	for raw, shown := range r.secrets {
		if strings.Contains(msg, raw) {
			msg = strings.ReplaceAll(msg, raw, shown)
			changed = true
		}
	}
	if !changed {
		return err
	}
	return errors.New(msg)
}

// parseAddress parses the address given to flag name. The value is not echoed: a private key pasted in the wrong
// place must not be printed.
func parseAddress(name, value string) (common.Address, error) {
	if !common.IsHexAddress(value) {
		return common.Address{}, fmt.Errorf("--%s is not an address (0x followed by 40 hex digits; value not shown)", name)
	}
	return common.HexToAddress(value), nil
}

// parseAddressList parses a comma-separated list of addresses given to flag name.
func parseAddressList(name, value string) ([]common.Address, error) {
	var out []common.Address
	for i, item := range strings.Split(value, ",") {
		item = strings.TrimSpace(item)
		if !common.IsHexAddress(item) {
			return nil, fmt.Errorf("--%s: item %d is not an address (0x followed by 40 hex digits; value not shown)", name, i+1)
		}
		out = append(out, common.HexToAddress(item))
	}
	return out, nil
}

// parseChainIDs parses a comma-separated list of chain IDs given to flag name.
func parseChainIDs(name, value string) ([]uint64, error) {
	var out []uint64
	for i, item := range strings.Split(value, ",") {
		id, err := strconv.ParseUint(strings.TrimSpace(item), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("--%s: item %d is not a decimal chain ID; give a list like 901,902", name, i+1)
		}
		out = append(out, id)
	}
	return out, nil
}

// validRPCURL reports whether raw is an absolute http, https, ws or wss URL with a host.
func validRPCURL(raw string) bool {
	var p config.Problems
	p.URL("l1", raw, true, "", "http", "https", "ws", "wss")
	return p.Err() == nil
}
