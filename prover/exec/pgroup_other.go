//go:build !unix

package exec

import osexec "os/exec"

// setProcessGroup is a no-op where process groups are not available; cancellation kills the command only.
func setProcessGroup(*osexec.Cmd) {}
