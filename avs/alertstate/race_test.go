//go:build race

package alertstate

// Under the race detector the in-process L1 is several times slower, and its log index falls behind 50ms blocks.
func init() { blockTime *= 8 }
