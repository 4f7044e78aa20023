// Package dev is the devnet-only proving backend. IT PROVES NOTHING.
//
// It does not run the guest: it trusts the job's claim, takes ExpectedJournal(claim, checkpoint) as the journal
// and returns RISC Zero's mock seal for it (selector ‖ claim digest), which only RiscZeroMockVerifier accepts. That
// contract refuses to deploy outside chains 31337 and 1337, and New refuses every other L1 chain ID, so a dev proof
// can never settle an alert on a real network.
package dev

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/mach-avs/mach/prover"
	"github.com/mach-avs/mach/prover/risc0"
)

// DevnetChainIDs are the only L1 chain IDs New accepts: the same list RiscZeroMockVerifier.isDevnetChain accepts
// (anvil/hardhat and Mach's in-process devnet L1: 31337; geth --dev and ganache: 1337).
var DevnetChainIDs = []uint64{31337, 1337}

// ErrNotADevnet: New was given an L1 chain ID that is not a local devnet's.
var ErrNotADevnet = errors.New("dev prover: refusing to run on a chain that is not a local devnet")

// sessionPrefix starts every session ID; the rest is the hex of the journal, so Status needs no state and a
// restarted process resumes any session.
const sessionPrefix = "dev-"

// Config configures the dev backend.
type Config struct {
	// L1ChainID is the chain the proofs will be submitted to; it must be one of DevnetChainIDs.
	L1ChainID uint64
	// Selector is the RiscZeroMockVerifier's selector (its constructor argument).
	Selector [4]byte
	// ImageID is the image id the ZK manager was deployed with.
	ImageID [32]byte
}

// Prover is the dev backend.
type Prover struct {
	cfg Config
}

var _ prover.Prover = (*Prover)(nil)

// New returns a dev backend, or ErrNotADevnet unless cfg.L1ChainID is in DevnetChainIDs.
func New(cfg Config) (*Prover, error) {
	if !IsDevnetChain(cfg.L1ChainID) {
		return nil, fmt.Errorf("%w: L1 chain ID %d (allowed: %v); use the bonsai or exec backend", ErrNotADevnet, cfg.L1ChainID, DevnetChainIDs)
	}
	if cfg.ImageID == ([32]byte{}) {
		return nil, errors.New("dev prover: image id is zero; set it to the ZK manager's imageId")
	}
	return &Prover{cfg: cfg}, nil
}

// IsDevnetChain reports whether id is in DevnetChainIDs.
func IsDevnetChain(id uint64) bool {
	for _, d := range DevnetChainIDs {
		if id == d {
			return true
		}
	}
	return false
}

// Submit validates the job and returns a session whose result is the mock proof of the job's expected journal.
func (p *Prover) Submit(_ context.Context, j prover.Job) (string, error) {
	if err := j.Validate(); err != nil {
		return "", prover.Permanent(err)
	}
	return sessionPrefix + hex.EncodeToString(prover.EncodeJournal(j.ExpectedJournal())), nil
}

// Status returns the mock proof for a session Submit returned; it always succeeds at once.
func (p *Prover) Status(_ context.Context, sessionID string) (prover.Result, error) {
	raw, ok := strings.CutPrefix(sessionID, sessionPrefix)
	if !ok {
		return prover.Result{}, prover.Permanent(fmt.Errorf("dev prover: session %q is not a dev session", sessionID))
	}
	journal, err := hex.DecodeString(raw)
	if err != nil || len(journal) != prover.JournalLength {
		return prover.Result{}, prover.Permanent(fmt.Errorf("dev prover: session %q does not hold a journal", sessionID))
	}
	seal := risc0.MockSeal(p.cfg.Selector, p.cfg.ImageID, sha256.Sum256(journal))
	return prover.Result{State: prover.StateSucceeded, Proof: &prover.Proof{Seal: seal, Journal: journal}}, nil
}
