// Package hostport parses the host:port listen addresses the in-process nodes take.
package hostport

import (
	"errors"
	"fmt"
	"net"
	"strconv"
)

// Split parses addr as host:port with a non-empty host and a port in 0-65535 (0: any free port).
func Split(addr string) (string, int, error) {
	host, portStr, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, err
	}
	if host == "" {
		return "", 0, errors.New("empty host")
	}
	port, err := strconv.ParseUint(portStr, 10, 16)
	if err != nil {
		return "", 0, fmt.Errorf("port %q is not a number in 0-65535", portStr)
	}
	return host, int(port), nil
}
