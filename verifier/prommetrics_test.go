package verifier

import (
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// exposition is what /metrics serves for m: each sample line "name{labels} value" as name{labels} -> value.
func exposition(t *testing.T, m *PromMetrics) map[string]float64 {
	t.Helper()
	rec := httptest.NewRecorder()
	promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{}).ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	samples := map[string]float64{}
	for _, line := range strings.Split(rec.Body.String(), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			t.Fatalf("sample %q: %v", line, err)
		}
		samples[line[:i]] = v
	}
	return samples
}

func TestPromMetrics_EveryMetricShowsFromTheStartAtZero(t *testing.T) {
	got := exposition(t, NewPromMetrics())
	for _, name := range []string{
		MetricVerifiedHead, MetricUpstreamHead, MetricLagBlocks, MetricGas, MetricMgasPerSecond, MetricBadUpstreamData,
		MetricReorgs, MetricAlerts, MetricExecutionSeconds + "_count", MetricReorgDepth + "_count",
		MetricBlocks + `{verdict="valid"}`, MetricBlocks + `{verdict="witness-incomplete"}`, MetricBlocks + `{verdict="invalid"}`,
		MetricOutputsChecked + `{result="match"}`, MetricOutputsChecked + `{result="mismatch"}`,
	} {
		v, ok := got[name]
		if !ok {
			t.Errorf("%s is not exposed", name)
		} else if v != 0 {
			t.Errorf("%s = %v at start, want 0", name, v)
		}
	}
	if _, ok := got["go_goroutines"]; !ok {
		t.Error("the Go runtime collector is not registered")
	}
}

func TestPromMetrics_CountsWhatTheVerifierReports(t *testing.T) {
	m := NewPromMetrics()
	m.VerifiedHead(90)
	m.UpstreamHead(100)
	m.Verdict(Valid, 3_000_000, 10*time.Millisecond)
	m.Verdict(Valid, 1_000_000, 30*time.Millisecond)
	m.Verdict(WitnessIncomplete, 5_000_000, time.Millisecond)
	m.Verdict(Invalid, 7_000_000, 2*time.Millisecond)
	m.BadUpstreamData()
	m.BadUpstreamData()
	m.Reorg(3)
	m.AlertEmitted()
	m.OutputChecked(true)
	m.OutputChecked(true)
	m.OutputChecked(false)
	got := exposition(t, m)
	for name, want := range map[string]float64{
		MetricVerifiedHead:                              90,
		MetricUpstreamHead:                              100,
		MetricLagBlocks:                                 10,
		MetricBlocks + `{verdict="valid"}`:              2,
		MetricBlocks + `{verdict="witness-incomplete"}`: 1,
		MetricBlocks + `{verdict="invalid"}`:            1,
		MetricGas:                                       4_000_000, // valid blocks only
		MetricExecutionSeconds + "_count":               4,         // every execution
		MetricMgasPerSecond:                             100,       // 4 Mgas in 40ms
		MetricBadUpstreamData:                           2,
		MetricReorgs:                                    1,
		MetricReorgDepth + "_sum":                       3,
		MetricAlerts:                                    1,
		MetricOutputsChecked + `{result="match"}`:       2,
		MetricOutputsChecked + `{result="mismatch"}`:    1,
	} {
		if got[name] != want {
			t.Errorf("%s = %v, want %v", name, got[name], want)
		}
	}

	// The verifier ahead of a lagging node is not negative lag.
	m.UpstreamHead(50)
	if got := exposition(t, m)[MetricLagBlocks]; got != 0 {
		t.Errorf("lag with the upstream behind = %v, want 0", got)
	}
}

func TestPromMetrics_MgasPerSecondAveragesTheLastWindowOfValidBlocks(t *testing.T) {
	m := NewPromMetrics()
	// A slow start, then MgasWindow blocks at 10 Mgas/s: the slow blocks have left the window.
	for range 5 {
		m.Verdict(Valid, 1_000_000, time.Second)
	}
	for range MgasWindow {
		m.Verdict(Valid, 1_000_000, 100*time.Millisecond)
	}
	m.Verdict(Invalid, 1_000_000, time.Hour) // not a valid block: not in the window
	if got := exposition(t, m)[MetricMgasPerSecond]; got < 9.999 || got > 10.001 {
		t.Errorf("%s = %v, want 10", MetricMgasPerSecond, got)
	}
}
