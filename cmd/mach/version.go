package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// version is set at link time by `make build`: -ldflags "-X main.version=$(git describe --tags --always --dirty)".
var version string

func runVersion(path, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintf(stderr, "%s: unexpected argument %q\n\n", progName(path), args[0])
		printUsage(stderr, rootCommand().find("version"), path)
		return exitUsage
	}
	info, _ := debug.ReadBuildInfo()
	fmt.Fprintf(stdout, "mach %s (%s %s/%s)\n", versionString(version, info), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return exitOK
}

// versionString picks the best version known: the link-time one, else the module version (go install …@vX),
// else the VCS revision stamped by the go command, else "devel".
func versionString(linked string, info *debug.BuildInfo) string {
	if linked != "" {
		return linked
	}
	if info == nil {
		return "devel"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var revision, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if revision == "" {
		return "devel"
	}
	if len(revision) > 12 {
		revision = revision[:12]
	}
	if modified == "true" {
		revision += "-dirty"
	}
	return "devel-" + revision
}
