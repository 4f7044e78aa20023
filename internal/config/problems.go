package config

import (
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
)

// Problems collects the problems a Validate method finds, so that it reports all of them at once. Every message
// starts with "config: " and the key's YAML path, and says what to do:
//
//	config: signer.aggregator_url is empty; set it to the aggregator's JSON-RPC URL
//
// The check methods never echo a URL (it may carry an API key); they do echo paths, addresses and numbers.
type Problems struct {
	errs []error
}

// Addf records a problem with key; the message follows the key.
func (p *Problems) Addf(key, format string, args ...any) {
	p.errs = append(p.errs, fmt.Errorf("config: %s %s", key, fmt.Sprintf(format, args...)))
}

// Err returns every recorded problem joined (one per line), or nil.
func (p *Problems) Err() error { return errors.Join(p.errs...) }

// Required records a problem if value is empty and reports whether it is set. what says what to set it to.
func (p *Problems) Required(key, value, what string) bool {
	if strings.TrimSpace(value) == "" {
		p.Addf(key, "is empty; set it to %s", what)
		return false
	}
	return true
}

// URL checks that value is an absolute URL with a host and one of schemes. An empty value is a problem only when
// required. what says what the URL is for.
func (p *Problems) URL(key, value string, required bool, what string, schemes ...string) *url.URL {
	if value == "" {
		if required {
			p.Required(key, value, what)
		}
		return nil
	}
	u, err := url.Parse(value)
	if err != nil || u.Host == "" || !slices.Contains(schemes, strings.ToLower(u.Scheme)) {
		p.Addf(key, "is not an absolute %s URL with a host (value not shown: URLs may carry API keys); set it to %s",
			orList(schemes), what)
		return nil
	}
	return u
}

// HostPort checks that value is host:port (host may be empty, meaning every interface) with a port in 0-65535.
func (p *Problems) HostPort(key, value, example string) {
	if value == "" {
		p.Required(key, value, "a listen address host:port, like "+example)
		return
	}
	_, port, err := net.SplitHostPort(value)
	if err == nil {
		_, err = strconv.ParseUint(port, 10, 16)
	}
	if err != nil {
		p.Addf(key, "%q is not host:port with a port from 0 to 65535; set it like %s", value, example)
	}
}

// File checks that path names an existing regular file. what says what the file holds.
func (p *Problems) File(key, path, what string) bool {
	if path == "" {
		p.Required(key, path, "the path of "+what)
		return false
	}
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		p.Addf(key, "names %s, which does not exist (a relative path starts in the directory mach runs in); set it to the path of %s", path, what)
	case err != nil:
		p.Addf(key, "names %s, which cannot be read: %v", path, err)
	case !st.Mode().IsRegular():
		p.Addf(key, "names %s, which is not a regular file; set it to the path of %s", path, what)
	default:
		return true
	}
	return false
}

// maxUint256 is 2^256 - 1.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Amount parses value as a token amount in wei: a decimal integer from 0 to 2^256-1, digits only.
func (p *Problems) Amount(key, value string) *big.Int {
	n, err := ParseAmount(value)
	if err != nil {
		p.Addf(key, "%v", err)
		return nil
	}
	return n
}

// ParseAmount parses a token amount in wei: a decimal integer from 0 to 2^256-1, digits only (no 1e18, no
// 0x, no sign, no separators).
func ParseAmount(value string) (*big.Int, error) {
	n, ok := new(big.Int).SetString(value, 10)
	if !ok || value == "" || strings.Trim(value, "0123456789") != "" {
		return nil, fmt.Errorf("%q is not a decimal amount in wei (digits only, like 0 or 32000000000000000000)", value)
	}
	if n.Cmp(maxUint256) > 0 {
		return nil, fmt.Errorf("%q is larger than 2^256-1", value)
	}
	return n, nil
}

func orList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}
