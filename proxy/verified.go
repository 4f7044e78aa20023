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

// SetVerifiedHeads attaches the verifier feed. Call it before Start; nil detaches it.
func (s *Server) SetVerifiedHeads(v VerifiedHeads) { s.verified = v }
