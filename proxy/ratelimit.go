package proxy

import (
	"context"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// limiter limits the calls per second of each client, by the generic cell rate algorithm: one atomic timestamp
// per client (its theoretical arrival time), updated by compare-and-swap, so the hot path takes no lock. A batch
// of n calls costs n. Clients are keyed by IP address, IPv6 addresses by their /64 (one host usually holds a whole
// /64). Idle clients are swept periodically, which bounds memory by the clients seen within a sweep interval.
type limiter struct {
	interval  int64 // ns per call at the sustained rate
	tolerance int64 // ns of burst: burst × interval
	ipHeader  string
	clients   sync.Map // netip.Addr → *atomic.Int64
	now       func() time.Time
}

func newLimiter(c RateLimitConfig) *limiter {
	if c.PerSecond <= 0 {
		return nil
	}
	interval := int64(float64(time.Second) / c.PerSecond)
	return &limiter{interval: interval, tolerance: int64(c.Burst) * interval, ipHeader: c.IPHeader, now: time.Now}
}

// allow charges n calls to the client and reports whether they are within its limit; if not, also how long until
// they would be.
func (l *limiter) allow(client netip.Addr, n int) (bool, time.Duration) {
	v, ok := l.clients.Load(client)
	if !ok {
		v, _ = l.clients.LoadOrStore(client, new(atomic.Int64))
	}
	tat := v.(*atomic.Int64)
	cost := int64(n) * l.interval
	for {
		now := l.now().UnixNano()
		old := tat.Load()
		next := max(old, now) + cost
		if wait := next - now - l.tolerance; wait > 0 {
			return false, time.Duration(wait)
		}
		if tat.CompareAndSwap(old, next) {
			return true, 0
		}
	}
}

// sweep forgets the clients whose allowance is full again: they are indistinguishable from new ones.
func (l *limiter) sweep() {
	now := l.now().UnixNano()
	l.clients.Range(func(k, v any) bool {
		if v.(*atomic.Int64).Load() <= now {
			l.clients.Delete(k)
		}
		return true
	})
}

// run sweeps every interval until ctx ends.
func (l *limiter) run(ctx context.Context, every time.Duration) error {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			l.sweep()
		}
	}
}

// clientOf returns the key of the client that sent r: the first address in ip_header when one is configured and
// present (only behind a load balancer that sets it), else the connection's remote address; IPv6 addresses are
// cut to their /64. ok is false when no address can be read.
func (l *limiter) clientOf(r *http.Request) (netip.Addr, bool) {
	var hdr string
	if l.ipHeader != "" {
		hdr = r.Header.Get(l.ipHeader)
	}
	var remote netip.AddrPort
	if ap, err := netip.ParseAddrPort(r.RemoteAddr); err == nil {
		remote = ap
	}
	return l.clientFrom(hdr, remote)
}

// clientFrom is clientOf for a request whose ip_header value is hdr ("" when absent or not configured) and whose
// connection comes from remote (the zero AddrPort when unknown).
func (l *limiter) clientFrom(hdr string, remote netip.AddrPort) (netip.Addr, bool) {
	var addr netip.Addr
	if hdr != "" {
		first, _, _ := strings.Cut(hdr, ",")
		addr, _ = netip.ParseAddr(strings.TrimSpace(first))
	}
	if !addr.IsValid() {
		if !remote.IsValid() {
			return netip.Addr{}, false
		}
		addr = remote.Addr()
	}
	addr = addr.Unmap()
	if addr.Is6() {
		if p, err := addr.Prefix(64); err == nil {
			addr = p.Addr()
		}
	}
	return addr, true
}
