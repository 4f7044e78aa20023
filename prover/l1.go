package prover

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	l1chain "github.com/mach-avs/mach/avs/chain"
	"github.com/mach-avs/mach/internal/ethtx"
	"github.com/mach-avs/mach/prover/risc0"
)

// L1Submitter is the Submitter of `mach prover` and the devnet: it settles the pending alert with
// MachZkServiceManager.submitProve(j.Checkpoint.OutputIndex, p.Journal, p.Seal) from one account and waits for
// the transaction to be mined.
//
// It is idempotent: a journal whose output root is already proved for its block (by an earlier call, or by anyone)
// is success with the zero hash and no transaction. Refusals that no retry can fix are Permanent, so the job
// fails at once with the contract's reason: no alert pending (and the claim not proved), a journal that does not
// state what the pending alert claims, a checkpoint L1 did not accept, a seal the verifier rejects, an alert that
// can never be posted, and any other revert of the call. A paused manager and network or node errors are plain
// errors: the Worker retries them with backoff.
type L1Submitter struct {
	zk     *l1chain.ZK
	sender *ethtx.Sender
}

var _ Submitter = (*L1Submitter)(nil)

// NewL1Submitter returns a Submitter sending submitProve to zk's manager from sender's account. It does no I/O.
func NewL1Submitter(zk *l1chain.ZK, sender *ethtx.Sender) (*L1Submitter, error) {
	if zk == nil {
		return nil, errors.New("prover: L1 submitter needs a ZK service manager client")
	}
	if sender == nil {
		return nil, errors.New("prover: L1 submitter needs a transaction sender")
	}
	return &L1Submitter{zk: zk, sender: sender}, nil
}

// From is the account submitProve is sent from.
func (s *L1Submitter) From() common.Address { return s.sender.From() }

// Submit implements Submitter.
func (s *L1Submitter) Submit(ctx context.Context, j Job, p Proof) (common.Hash, error) {
	tx, _, err := s.zk.SubmitProve(ctx, s.sender, j.Checkpoint.OutputIndex, p.Journal, p.Seal)
	if err != nil {
		err = fmt.Errorf("job %s: %w", j.ID, err)
		if permanentL1(err) {
			return common.Hash{}, Permanent(err)
		}
		return common.Hash{}, err
	}
	return tx, nil
}

// permanentL1 reports whether a SubmitProve error is one retrying cannot fix.
func permanentL1(err error) bool {
	for _, kind := range []error{
		l1chain.ErrNoPendingAlert, l1chain.ErrJournalMismatch, l1chain.ErrCheckpointNotAccepted, l1chain.ErrProofRejected,
		l1chain.ErrInvalidAlert,
	} {
		if errors.Is(err, kind) {
			return true
		}
	}
	if errors.Is(err, l1chain.ErrPaused) {
		return false // the pauser may unpause; retried with backoff
	}
	// Any other revert (Error(string), Panic, an unknown custom error) is the contract refusing this very call:
	// sending it again changes nothing.
	var rerr *l1chain.RevertError
	return errors.As(err, &rerr)
}

// L1Backend is what ReadL1Settings reads from (*ethclient.Client satisfies it).
type L1Backend interface {
	l1chain.Backend
	ChainID(ctx context.Context) (*big.Int, error)
}

// L1Settings is what the prover reads from L1 at start rather than from its configuration, so that its proofs are
// always for what the ZK manager accepts.
type L1Settings struct {
	// L1ChainID is the L1's chain ID (the dev backend only runs on devnet chains).
	L1ChainID uint64
	// Manager is the MachZkServiceManager (proxy) address.
	Manager common.Address
	// RollupChainID is the rollup the manager watches; jobs for another rollup cannot be settled.
	RollupChainID uint64
	// ImageID is the manager's imageId: the guest a proof must come from.
	ImageID common.Hash
	// Verifier is the RISC Zero verifier the manager calls.
	Verifier common.Address
	// Selector is the verifier's SELECTOR(): the first 4 bytes of every seal it accepts.
	Selector [4]byte
	// Groth16 are the verifier's parameters when it is a RISC Zero Groth16 verifier with RISC Zero's verifying
	// key (its CONTROL_ROOT_0, CONTROL_ROOT_1 and BN254_CONTROL_ID give its SELECTOR() back): a seal can then be
	// checked in Go, as the verifier would, before it costs gas. nil otherwise (a mock verifier, or one this
	// prover cannot reproduce), with the reason in NoGroth16.
	Groth16   *risc0.VerifierParams
	NoGroth16 string
}

// selectorCall is the calldata of SELECTOR() (RiscZeroGroth16Verifier, RiscZeroMockVerifier).
var selectorCall = crypto.Keccak256([]byte("SELECTOR()"))[:4]

// ReadL1Settings reads the L1's chain ID and, from zk's manager, its rollup, image id and verifier, and the
// verifier's SELECTOR(). It checks that the manager and the verifier have code; errors say which key to fix.
func ReadL1Settings(ctx context.Context, backend L1Backend, zk *l1chain.ZK) (L1Settings, error) {
	id, err := backend.ChainID(ctx)
	if err != nil {
		return L1Settings{}, fmt.Errorf("prover: read the L1's chain ID (l1_rpc_url): %w; is the node running and reachable?", err)
	}
	if !id.IsUint64() {
		return L1Settings{}, fmt.Errorf("prover: the L1's chain ID %s does not fit in 64 bits", id)
	}
	s := L1Settings{L1ChainID: id.Uint64(), Manager: zk.Address()}
	code, err := backend.CodeAt(ctx, s.Manager, nil)
	if err != nil {
		return L1Settings{}, fmt.Errorf("prover: read the code at zk_service_manager %s: %w", s.Manager, err)
	}
	if len(code) == 0 {
		return L1Settings{}, fmt.Errorf("prover: zk_service_manager %s has no code on L1 chain %d; set the MachZkServiceManager proxy address of this chain's deployment", s.Manager, s.L1ChainID)
	}
	if s.RollupChainID, err = zk.RollupChainID(ctx); err != nil {
		return L1Settings{}, fmt.Errorf("prover: zk_service_manager %s: %w; is it a MachZkServiceManager?", s.Manager, err)
	}
	if s.RollupChainID == 0 {
		return L1Settings{}, fmt.Errorf("prover: zk_service_manager %s watches rollup 0: it is not initialized", s.Manager)
	}
	if s.ImageID, err = zk.ImageID(ctx); err != nil {
		return L1Settings{}, fmt.Errorf("prover: zk_service_manager %s: %w", s.Manager, err)
	}
	if s.Verifier, err = zk.Verifier(ctx); err != nil {
		return L1Settings{}, fmt.Errorf("prover: zk_service_manager %s: %w", s.Manager, err)
	}
	if code, err := backend.CodeAt(ctx, s.Verifier, nil); err != nil {
		return L1Settings{}, fmt.Errorf("prover: read the code of the ZK manager's verifier %s: %w", s.Verifier, err)
	} else if len(code) == 0 {
		return L1Settings{}, fmt.Errorf("prover: the ZK manager's verifier %s has no code; the manager cannot accept any proof", s.Verifier)
	}
	out, err := backend.CallContract(ctx, ethereum.CallMsg{To: &s.Verifier, Data: selectorCall}, nil)
	if err != nil {
		return L1Settings{}, fmt.Errorf("prover: read SELECTOR() of the ZK manager's verifier %s: %w; is it a RISC Zero Groth16 or mock verifier?", s.Verifier, err)
	}
	if len(out) != 32 || common.BytesToHash(out[4:]) != (common.Hash{}) {
		return L1Settings{}, fmt.Errorf("prover: the ZK manager's verifier %s answered SELECTOR() with %d bytes that are not a bytes4; is it a RISC Zero Groth16 or mock verifier?", s.Verifier, len(out))
	}
	copy(s.Selector[:], out[:4])
	s.Groth16, s.NoGroth16 = readGroth16Params(ctx, backend, s.Verifier, s.Selector)
	return s, nil
}

// Calldata of the RISC Zero Groth16 verifier's public immutables.
var (
	controlRoot0Call   = crypto.Keccak256([]byte("CONTROL_ROOT_0()"))[:4]
	controlRoot1Call   = crypto.Keccak256([]byte("CONTROL_ROOT_1()"))[:4]
	bn254ControlIDCall = crypto.Keccak256([]byte("BN254_CONTROL_ID()"))[:4]
)

// readGroth16Params reads a Groth16 verifier's release parameters and checks that, with RISC Zero's verifying
// key, they give its selector. It returns nil and the reason when the verifier is not one (a mock verifier has
// none of these getters).
func readGroth16Params(ctx context.Context, backend L1Backend, verifier common.Address, selector [4]byte) (*risc0.VerifierParams, string) {
	var words [3][]byte
	for i, data := range [][]byte{controlRoot0Call, controlRoot1Call, bn254ControlIDCall} {
		out, err := backend.CallContract(ctx, ethereum.CallMsg{To: &verifier, Data: data}, nil)
		if err != nil || len(out) != 32 {
			return nil, "the verifier is not a RISC Zero Groth16 verifier (no CONTROL_ROOT_0, CONTROL_ROOT_1, BN254_CONTROL_ID)"
		}
		words[i] = out
	}
	root, err := risc0.JoinDigest(new(big.Int).SetBytes(words[0]), new(big.Int).SetBytes(words[1]))
	if err != nil {
		return nil, "the verifier's CONTROL_ROOT_0/1 are not 128-bit halves of a control root"
	}
	p := &risc0.VerifierParams{ControlRoot: root, BN254ControlID: [32]byte(words[2]), VK: risc0.RiscZeroVerifyingKey()}
	if got := p.Selector(); got != selector {
		return nil, fmt.Sprintf("the verifier's parameters with RISC Zero's verifying key give selector 0x%x, not its SELECTOR() 0x%x: another verifying key", got, selector)
	}
	return p, ""
}
