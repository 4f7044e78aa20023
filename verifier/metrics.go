package verifier

import "time"

// Metrics receives the verifier's measurements. NoopMetrics discards them; the command wires Prometheus.
type Metrics interface {
	VerifiedHead(n uint64)
	UpstreamHead(n uint64)
	// Verdict counts one re-executed block: its verdict, the gas it used and how long execution took.
	Verdict(v Verdict, gas uint64, elapsed time.Duration)
	BadUpstreamData()
	Reorg(depth uint64)
	AlertEmitted()
	// OutputChecked counts a posted output compared with ours.
	OutputChecked(match bool)
}

// NoopMetrics discards every measurement.
type NoopMetrics struct{}

func (NoopMetrics) VerifiedHead(uint64)                    {}
func (NoopMetrics) UpstreamHead(uint64)                    {}
func (NoopMetrics) Verdict(Verdict, uint64, time.Duration) {}
func (NoopMetrics) BadUpstreamData()                       {}
func (NoopMetrics) Reorg(uint64)                           {}
func (NoopMetrics) AlertEmitted()                          {}
func (NoopMetrics) OutputChecked(bool)                     {}

var _ Metrics = NoopMetrics{}
