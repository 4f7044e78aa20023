package proxy

import (
	"fmt"
	"net"
	"regexp"
	"strings"
	"time"

	"github.com/mach-avs/mach/internal/config"
)

// EnvPrefix starts the name of every environment variable that overrides a key of the proxy's config.
const EnvPrefix = "MACH_PROXY_"

// Config is the proxy's configuration (config-files/proxy.yaml). Scalar keys can be overridden by the environment
// variable in their env tag; the rollups list is read from the file only.
type Config struct {
	// Listen is the host:port wallets connect to.
	Listen string `yaml:"listen" env:"MACH_PROXY_LISTEN"`
	// MetricsListen is the host:port of the Prometheus /metrics server; empty serves /metrics on Listen.
	MetricsListen string `yaml:"metrics_listen" env:"MACH_PROXY_METRICS_LISTEN"`

	Limits    LimitsConfig    `yaml:"limits"`
	Timeouts  Timeouts        `yaml:"timeouts"`
	Health    HealthConfig    `yaml:"health"`
	CORS      CORSConfig      `yaml:"cors"`
	Methods   MethodsConfig   `yaml:"methods"`
	Breaker   BreakerConfig   `yaml:"breaker"`
	RateLimit RateLimitConfig `yaml:"rate_limit"`
	Cache     CacheConfig     `yaml:"cache"`
	Rollups   []RollupConfig  `yaml:"rollups"`

	// Retries is how many other upstreams an idempotent read is sent to after the first failed.
	Retries int `yaml:"retries" env:"MACH_PROXY_RETRIES"`
}

// LimitsConfig bounds requests and responses.
type LimitsConfig struct {
	// MaxBodyBytes bounds a request body.
	MaxBodyBytes int64 `yaml:"max_body_bytes" env:"MACH_PROXY_LIMITS_MAX_BODY_BYTES"`
	// MaxBatch bounds the calls in one batch.
	MaxBatch int `yaml:"max_batch" env:"MACH_PROXY_LIMITS_MAX_BATCH"`
	// MaxDepth bounds the nesting of arrays and objects in a request.
	MaxDepth int `yaml:"max_depth" env:"MACH_PROXY_LIMITS_MAX_DEPTH"`
	// MaxResponseBytes bounds an upstream's response.
	MaxResponseBytes int64 `yaml:"max_response_bytes" env:"MACH_PROXY_LIMITS_MAX_RESPONSE_BYTES"`
}

// Timeouts bound an upstream exchange per method class (see Class); a batch gets its slowest class's timeout.
type Timeouts struct {
	Read  time.Duration `yaml:"read" env:"MACH_PROXY_TIMEOUTS_READ"`
	Heavy time.Duration `yaml:"heavy" env:"MACH_PROXY_TIMEOUTS_HEAVY"`
	Write time.Duration `yaml:"write" env:"MACH_PROXY_TIMEOUTS_WRITE"`
	Other time.Duration `yaml:"other" env:"MACH_PROXY_TIMEOUTS_OTHER"`
}

func (t Timeouts) of(c Class) time.Duration {
	switch c {
	case ClassRead:
		return t.Read
	case ClassHeavyRead:
		return t.Heavy
	case ClassWrite:
		return t.Write
	}
	return t.Other
}

// HealthConfig sets the upstream health checks (eth_blockNumber on every upstream every interval).
type HealthConfig struct {
	Interval time.Duration `yaml:"interval" env:"MACH_PROXY_HEALTH_INTERVAL"`
	Timeout  time.Duration `yaml:"timeout" env:"MACH_PROXY_HEALTH_TIMEOUT"`
	// MaxLag is how many blocks an upstream may be behind the best one and stay healthy.
	MaxLag uint64 `yaml:"max_lag" env:"MACH_PROXY_HEALTH_MAX_LAG"`
	// MaxErrorRate is the share of failed calls (0 to 1) between two checks above which an upstream is unhealthy.
	MaxErrorRate float64 `yaml:"max_error_rate" env:"MACH_PROXY_HEALTH_MAX_ERROR_RATE"`
	// MinSamples is how many calls between two checks the error rate needs to count.
	MinSamples uint64 `yaml:"min_samples" env:"MACH_PROXY_HEALTH_MIN_SAMPLES"`
}

// CORSConfig sets the CORS headers browsers need to call the proxy from a dapp.
type CORSConfig struct {
	// AllowedOrigins lists the origins allowed ("*" for any); empty disables CORS.
	AllowedOrigins []string `yaml:"allowed_origins" env:"MACH_PROXY_CORS_ALLOWED_ORIGINS" envSeparator:","`
	// MaxAge is how long a browser may cache a preflight answer.
	MaxAge time.Duration `yaml:"max_age" env:"MACH_PROXY_CORS_MAX_AGE"`
}

// MethodsConfig filters methods. An entry ending in "_" is a namespace (admin_), any other a method name.
type MethodsConfig struct {
	// Allow, when not empty, lists the only methods served.
	Allow []string `yaml:"allow" env:"MACH_PROXY_METHODS_ALLOW" envSeparator:","`
	// Deny lists methods never served, answered with -32601.
	Deny []string `yaml:"deny" env:"MACH_PROXY_METHODS_DENY" envSeparator:","`
}

// BreakerConfig is the circuit-breaker policy: the action per alert level, and what to do when the alert state
// is stale (L1 unreachable for longer than StaleAfter).
type BreakerConfig struct {
	Early     string `yaml:"early" env:"MACH_PROXY_BREAKER_EARLY"`
	Confirmed string `yaml:"confirmed" env:"MACH_PROXY_BREAKER_CONFIRMED"`
	Proved    string `yaml:"proved" env:"MACH_PROXY_BREAKER_PROVED"`
	// OnL1Stale is open (keep serving by the last known alerts) or closed (block-all until the view is fresh).
	OnL1Stale  string        `yaml:"on_l1_stale" env:"MACH_PROXY_BREAKER_ON_L1_STALE"`
	StaleAfter time.Duration `yaml:"stale_after" env:"MACH_PROXY_BREAKER_STALE_AFTER"`
}

// RateLimitConfig limits the calls per second of each client (by IP address, IPv6 by /64), across rollups; a
// batch of n calls counts n. Refused requests get HTTP 429 with Retry-After and a -32005 error.
type RateLimitConfig struct {
	// PerSecond is the sustained rate per client; 0 disables rate limiting.
	PerSecond float64 `yaml:"per_second" env:"MACH_PROXY_RATE_LIMIT_PER_SECOND"`
	// Burst is how many calls a client may send at once above the rate (also the largest batch it can send).
	Burst int `yaml:"burst" env:"MACH_PROXY_RATE_LIMIT_BURST"`
	// IPHeader, when set, names a header holding the client's address (its first entry), such as
	// X-Forwarded-For; set it only behind a load balancer that overwrites it, or clients can pick their own key.
	IPHeader string `yaml:"ip_header" env:"MACH_PROXY_RATE_LIMIT_IP_HEADER"`
}

// CacheConfig sets each rollup's cache of results that cannot change (eth_chainId, net_version, and answers keyed
// by a block hash or about a transaction mined MinDepth blocks deep). Each rollup has its own, bounded by both
// MaxEntries and MaxBytes.
type CacheConfig struct {
	// Enabled turns the cache on.
	Enabled bool `yaml:"enabled" env:"MACH_PROXY_CACHE_ENABLED"`
	// MaxEntries bounds the entries per rollup; the least recently used go first.
	MaxEntries int `yaml:"max_entries" env:"MACH_PROXY_CACHE_MAX_ENTRIES"`
	// MaxBytes bounds the bytes per rollup (keys, results and a fixed overhead per entry).
	MaxBytes int64 `yaml:"max_bytes" env:"MACH_PROXY_CACHE_MAX_BYTES"`
	// MinDepth is how many blocks below the best upstream's head a transaction's block must be before
	// eth_getTransactionByHash and eth_getTransactionReceipt answers about it are cached, when the proxy has no
	// verifier feed; with one, the transaction's block must be at or below the verified head instead.
	MinDepth uint64 `yaml:"min_depth" env:"MACH_PROXY_CACHE_MIN_DEPTH"`
}

// RollupConfig is one rollup served by the proxy.
type RollupConfig struct {
	// Name routes /rpc/<name> to this rollup and labels its logs and metrics.
	Name string `yaml:"name"`
	// ChainID is the rollup's chain ID: the key of its alerts in the alert state.
	ChainID uint64 `yaml:"chain_id"`
	// Hosts route requests whose Host header is one of them (port ignored) to this rollup.
	Hosts []string `yaml:"hosts"`
	// Upstreams are the nodes serving the rollup; at least one.
	Upstreams []UpstreamConfig `yaml:"upstreams"`
	// Breaker overrides the top-level breaker policy key by key; empty keys inherit it.
	Breaker BreakerConfig `yaml:"breaker"`
	// RewriteTags makes the block tags safe and finalized name the highest block the verifier has certified,
	// whenever the upstreams' own safe or finalized block is above it (needs a verifier feed; see README.md).
	RewriteTags bool `yaml:"rewrite_tags"`
	// VerifierURL is the rollup's `mach verifier` as an http or https URL of its metrics_listen
	// (http://127.0.0.1:9091), whose GET /status feeds the proxy the verified head: `mach proxy` attaches a
	// verifier feed (internal/verifiedfeed.Remote) for it. Empty means none. The proxy package itself does not
	// read it (SetVerifiedHeads is how a feed is attached). It may carry credentials: it is never logged.
	VerifierURL string `yaml:"verifier_url"`
	// VerifierTokenEnv names the environment variable holding the bearer token sent to VerifierURL (the
	// verifier's status_token_env); empty sends none. Only with VerifierURL. The token is never logged.
	VerifierTokenEnv string `yaml:"verifier_token_env"`
}

// VerifierToken returns the bearer token for the rollup's verifier: the value of the variable verifier_token_env
// names, without surrounding white space; "" when verifier_token_env is empty. A variable that is not set or
// empty is an error (the proxy does not start rather than poll without the token). Errors follow the key's name
// and name the variable, never its value.
func (r RollupConfig) VerifierToken() (string, error) {
	if r.VerifierTokenEnv == "" {
		return "", nil
	}
	return config.EnvSecret(r.VerifierTokenEnv, "the verifier's /status token (its status_token_env)", "MACH_STATUS_TOKEN", "or clear verifier_token_env")
}

// UpstreamConfig is one upstream node.
type UpstreamConfig struct {
	// Name labels the upstream in logs, metrics and /status (the URL never appears: it may carry an API key);
	// empty means upstream-<index>.
	Name string `yaml:"name"`
	// URL is the node's HTTP JSON-RPC URL.
	URL string `yaml:"url"`
	// WSURL is the node's WebSocket JSON-RPC URL, for clients that connect over WebSocket (eth_subscribe); empty
	// means this upstream serves HTTP only.
	WSURL string `yaml:"ws_url"`
}

var _ config.Config = (*Config)(nil)

// Defaults sets every key that has a default.
func (c *Config) Defaults() {
	c.Listen = "127.0.0.1:8547"
	c.MetricsListen = ""
	c.Limits = LimitsConfig{
		MaxBodyBytes:     DefaultLimits.MaxBodyBytes,
		MaxBatch:         DefaultLimits.MaxBatch,
		MaxDepth:         DefaultLimits.MaxDepth,
		MaxResponseBytes: 64 << 20,
	}
	c.Timeouts = Timeouts{Read: 10 * time.Second, Heavy: 30 * time.Second, Write: 15 * time.Second, Other: 10 * time.Second}
	c.Retries = 2
	c.Health = HealthConfig{Interval: 2 * time.Second, Timeout: 2 * time.Second, MaxLag: 10, MaxErrorRate: 0.5, MinSamples: 10}
	c.CORS = CORSConfig{AllowedOrigins: []string{"*"}, MaxAge: 10 * time.Minute}
	c.Methods = MethodsConfig{Deny: []string{"admin_", "personal_", "miner_", "engine_", "debug_", "clique_"}}
	c.RateLimit = RateLimitConfig{PerSecond: 0, Burst: 200}
	c.Cache = CacheConfig{Enabled: true, MaxEntries: 100_000, MaxBytes: 128 << 20, MinDepth: 64}
	c.Breaker = BreakerConfig{Early: "annotate", Confirmed: "block-writes", Proved: "block-all", OnL1Stale: "open", StaleAfter: 5 * time.Minute}
}

// DefaultConfig returns a Config with every default set and no rollup.
func DefaultConfig() Config {
	var c Config
	c.Defaults()
	return c
}

var (
	rollupName = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,62}$`)
	headerName = regexp.MustCompile("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$")
)

// Validate reports every problem of c at once, each naming its YAML key.
func (c *Config) Validate() error {
	var p config.Problems
	p.HostPort("listen", c.Listen, "127.0.0.1:8547")
	if c.MetricsListen != "" {
		p.HostPort("metrics_listen", c.MetricsListen, "127.0.0.1:9092")
		if c.MetricsListen == c.Listen && !strings.HasSuffix(c.Listen, ":0") {
			p.Addf("metrics_listen", "is %s, the same address as listen; give it its own port or leave it empty to serve /metrics on listen", c.Listen)
		}
	}
	positive := func(key string, v int64, example string) {
		if v <= 0 {
			p.Addf(key, "is %d; set a positive number, like %s", v, example)
		}
	}
	positive("limits.max_body_bytes", c.Limits.MaxBodyBytes, "5242880")
	positive("limits.max_batch", int64(c.Limits.MaxBatch), "1000")
	positive("limits.max_response_bytes", c.Limits.MaxResponseBytes, "67108864")
	if c.Limits.MaxDepth < 4 || c.Limits.MaxDepth > 10000 {
		p.Addf("limits.max_depth", "is %d; set it from 4 (calls with object params need 4) to 10000, like 64", c.Limits.MaxDepth)
	}
	duration := func(key string, d time.Duration, example string) {
		if d <= 0 {
			p.Addf(key, "is %s; set a positive duration, like %s", d, example)
		}
	}
	duration("timeouts.read", c.Timeouts.Read, "10s")
	duration("timeouts.heavy", c.Timeouts.Heavy, "30s")
	duration("timeouts.write", c.Timeouts.Write, "15s")
	duration("timeouts.other", c.Timeouts.Other, "10s")
	if c.Retries < 0 || c.Retries > 10 {
		p.Addf("retries", "is %d; set it from 0 (no retry) to 10, like 2", c.Retries)
	}
	duration("health.interval", c.Health.Interval, "2s")
	duration("health.timeout", c.Health.Timeout, "2s")
	if c.Health.MaxErrorRate < 0 || c.Health.MaxErrorRate > 1 {
		p.Addf("health.max_error_rate", "is %g; set a share from 0 to 1, like 0.5", c.Health.MaxErrorRate)
	}
	for i, o := range c.CORS.AllowedOrigins {
		if o != "*" && !strings.HasPrefix(o, "http://") && !strings.HasPrefix(o, "https://") {
			p.Addf(fmt.Sprintf("cors.allowed_origins[%d]", i), "is %q; set * or an origin like https://app.example.org", o)
		}
	}
	if c.CORS.MaxAge < 0 {
		p.Addf("cors.max_age", "is %s; set a duration of 0 or more, like 10m", c.CORS.MaxAge)
	}
	for i, m := range c.Methods.Allow {
		if strings.TrimSpace(m) == "" {
			p.Addf(fmt.Sprintf("methods.allow[%d]", i), "is empty; set a method (eth_call) or a namespace (eth_)")
		}
	}
	for i, m := range c.Methods.Deny {
		if strings.TrimSpace(m) == "" {
			p.Addf(fmt.Sprintf("methods.deny[%d]", i), "is empty; set a method (eth_sign) or a namespace (admin_)")
		}
	}
	c.Breaker.validate(&p, "breaker", false)
	if c.RateLimit.PerSecond < 0 || c.RateLimit.PerSecond > 1e6 {
		p.Addf("rate_limit.per_second", "is %g; set calls per second per client from 0 (off) to 1000000, like 50", c.RateLimit.PerSecond)
	}
	if c.RateLimit.PerSecond > 0 && c.RateLimit.Burst < 1 {
		p.Addf("rate_limit.burst", "is %d; set how many calls a client may send at once, at least 1, like 200 (batches larger than it are refused)", c.RateLimit.Burst)
	}
	if h := c.RateLimit.IPHeader; h != "" && !headerName.MatchString(h) {
		p.Addf("rate_limit.ip_header", "is %q; set a header name like X-Forwarded-For, or leave it empty to use the connection's address", h)
	}
	if c.Cache.Enabled {
		positive("cache.max_entries", int64(c.Cache.MaxEntries), "100000")
		positive("cache.max_bytes", c.Cache.MaxBytes, "134217728")
	}

	if len(c.Rollups) == 0 {
		p.Addf("rollups", "is empty; add at least one rollup with a name, a chain_id and upstreams")
	}
	names, ids, hosts := map[string]int{}, map[uint64]int{}, map[string]int{}
	for i, r := range c.Rollups {
		key := fmt.Sprintf("rollups[%d]", i)
		switch {
		case !rollupName.MatchString(r.Name):
			p.Addf(key+".name", "is %q; set a name of lower-case letters, digits, - and _ (it is the path /rpc/<name>)", r.Name)
		case names[r.Name] > 0:
			p.Addf(key+".name", "is %q, like rollups[%d].name; give each rollup its own name", r.Name, names[r.Name]-1)
		}
		names[r.Name] = i + 1
		if r.ChainID == 0 {
			p.Addf(key+".chain_id", "is 0; set the rollup's chain ID (its alerts are keyed by it)")
		} else if j := ids[r.ChainID]; j > 0 {
			p.Addf(key+".chain_id", "is %d, like rollups[%d].chain_id; each rollup is listed once", r.ChainID, j-1)
		}
		ids[r.ChainID] = i + 1
		for j, h := range r.Hosts {
			hk := fmt.Sprintf("%s.hosts[%d]", key, j)
			if h == "" || strings.ContainsAny(h, "/: ") {
				p.Addf(hk, "is %q; set a host name without scheme or port, like op.rpc.example.org", h)
			} else if k := hosts[strings.ToLower(h)]; k > 0 {
				p.Addf(hk, "is %q, already a host of rollups[%d]; a host routes to one rollup", h, k-1)
			}
			hosts[strings.ToLower(h)] = i + 1
		}
		if len(r.Upstreams) == 0 {
			p.Addf(key+".upstreams", "is empty; add at least one upstream with a url")
		}
		unames := map[string]bool{}
		for j, u := range r.Upstreams {
			uk := fmt.Sprintf("%s.upstreams[%d]", key, j)
			p.URL(uk+".url", u.URL, true, "the upstream node's HTTP JSON-RPC URL", "http", "https")
			p.URL(uk+".ws_url", u.WSURL, false, "the upstream node's WebSocket JSON-RPC URL, or leave it empty", "ws", "wss")
			name := upstreamName(u, j)
			if unames[name] {
				p.Addf(uk+".name", "is %q, used twice in %s.upstreams; give each upstream its own name", name, key)
			}
			unames[name] = true
		}
		r.Breaker.validate(&p, key+".breaker", true)
		p.URL(key+".verifier_url", r.VerifierURL, false,
			"the rollup's verifier's metrics_listen, like http://127.0.0.1:9091 (its /status is polled), or leave it empty", "http", "https")
		if r.VerifierTokenEnv != "" {
			if r.VerifierURL == "" {
				p.Addf(key+".verifier_token_env", "is set but verifier_url is empty; set verifier_url to the verifier the token is for, or clear verifier_token_env")
			} else if _, err := r.VerifierToken(); err != nil {
				p.Addf(key+".verifier_token_env", "%v", err)
			}
		}
	}
	return p.Err()
}

func upstreamName(u UpstreamConfig, i int) string {
	if u.Name != "" {
		return u.Name
	}
	return fmt.Sprintf("upstream-%d", i)
}

func (b BreakerConfig) validate(p *config.Problems, key string, override bool) {
	level := func(k, v string) {
		if v == "" && override {
			return
		}
		if _, ok := parseAction(v); !ok {
			p.Addf(key+"."+k, "is %q; set pass, annotate, block-writes or block-all", v)
		}
	}
	level("early", b.Early)
	level("confirmed", b.Confirmed)
	level("proved", b.Proved)
	switch {
	case b.OnL1Stale == "" && override:
	case b.OnL1Stale != "open" && b.OnL1Stale != "closed":
		p.Addf(key+".on_l1_stale", "is %q; set open (serve by the last known alerts) or closed (block all calls)", b.OnL1Stale)
	}
	if b.StaleAfter < 0 || (b.StaleAfter == 0 && !override) {
		p.Addf(key+".stale_after", "is %s; set a positive duration, like 5m", b.StaleAfter)
	}
}

// merge returns b with its empty keys taken from def.
func (b BreakerConfig) merge(def BreakerConfig) BreakerConfig {
	if b.Early == "" {
		b.Early = def.Early
	}
	if b.Confirmed == "" {
		b.Confirmed = def.Confirmed
	}
	if b.Proved == "" {
		b.Proved = def.Proved
	}
	if b.OnL1Stale == "" {
		b.OnL1Stale = def.OnL1Stale
	}
	if b.StaleAfter == 0 {
		b.StaleAfter = def.StaleAfter
	}
	return b
}

// limits is the parser's share of c.
func (c *Config) limits() Limits {
	l := DefaultLimits
	l.MaxBodyBytes, l.MaxBatch, l.MaxDepth = c.Limits.MaxBodyBytes, c.Limits.MaxBatch, c.Limits.MaxDepth
	return l
}

// hostOnly strips the port from a Host header and lower-cases it.
func hostOnly(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	return strings.ToLower(host)
}
