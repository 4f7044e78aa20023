package proxy

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// VerifiedHead is the highest L2 block of a rollup that the verifier has re-executed and found valid.
type VerifiedHead struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
	// At is when the verifier certified it.
	At time.Time `json:"at"`
}

// VerifiedHeads is where the proxy reads what the verifier has certified (the verifier feed). Like AlertState it is
// read on the hot path: VerifiedHead must be cheap and must not block. ok is false for a rollup it knows nothing of.
type VerifiedHeads interface {
	VerifiedHead(chainID uint64) (head VerifiedHead, ok bool)
}

// VerifiedCoverage is what a VerifiedHeads may also implement when it follows only some rollups: Covers reports
// whether it follows the rollup at all. A rollup it does not follow is served as if no feed were attached (its
// cache falls back to min_depth); a feed without Covers is taken to follow every rollup. Read on the hot path.
type VerifiedCoverage interface {
	Covers(chainID uint64) bool
}

// VerifierHalt is a rollup's verifier halted at an invalid block: it re-executed the block after its verified head
// and found it invalid (and raised an alert, which may not have reached L1 yet). Nothing past the verified head
// is verified until the L2 replaces the block.
type VerifierHalt struct {
	// Block and BlockHash are the invalid block as the L2 gave it.
	Block     uint64      `json:"block"`
	BlockHash common.Hash `json:"blockHash"`
	// Kind is the alert's type ("BlockMismatch", …); empty when the verifier did not say.
	Kind string `json:"kind,omitempty"`
	// MessageHash is the alert's hash, the one operators sign and L1 records; zero when the verifier did not say.
	MessageHash common.Hash `json:"messageHash"`
	// Reason is what the verifier found wrong, in words (the header fields execution contradicts); may be empty.
	Reason string `json:"reason,omitempty"`
	// DetectedAt is when the verifier found the block invalid, by the verifier's clock.
	DetectedAt time.Time `json:"detectedAt"`
	// SeenAt is when the feed first saw this halt, by the proxy's clock.
	SeenAt time.Time `json:"seenAt"`
}

// VerifierHalts is what a VerifiedHeads may also implement when it knows whether each rollup's verifier is
// halted: /status, the status page and mach_proxy_verifier_halted show it. ok is false while the verifier is not
// halted, or when the feed knows nothing of it. It must be cheap and must not block.
type VerifierHalts interface {
	VerifierHalt(chainID uint64) (halt VerifierHalt, ok bool)
}

// SetVerifiedHeads attaches the verifier feed (and, when it implements VerifierHalts, the verifiers' halts); nil
// detaches it. It may be called at any time, also while the proxy serves.
func (s *Server) SetVerifiedHeads(v VerifiedHeads) {
	if v == nil {
		s.verified.Store(nil)
		s.metrics.verifierHalted.attach(s.rollups, nil, nil)
		return
	}
	f := &verifiedFeed{heads: v}
	f.cover, _ = v.(VerifiedCoverage)
	f.halts, _ = v.(VerifierHalts)
	s.verified.Store(f)
	s.metrics.verifierHalted.attach(s.rollups, f.halts, v)
}

// verifiedFeed is an attached VerifiedHeads with the optional interfaces it implements, resolved once.
type verifiedFeed struct {
	heads VerifiedHeads
	cover VerifiedCoverage // nil: it follows every rollup
	halts VerifierHalts    // nil: it reports no halts
}

// verifierHalt returns the halt of the verifier of the rollup with chainID, if the feed knows one.
func (s *Server) verifierHalt(chainID uint64) (VerifierHalt, bool) {
	if f := s.verified.Load(); f != nil && f.halts != nil {
		return f.halts.VerifierHalt(chainID)
	}
	return VerifierHalt{}, false
}
