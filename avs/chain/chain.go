// Package chain reads what Mach's off-chain roles need from L1 through the generated bindings: the operator set
// and stakes at a reference block, operators' BLS public keys, the hints confirmAlert needs, and the service
// manager's settings. Keys come from BLSApkRegistry's NewPubkeyRegistration logs, read by polling (no websocket
// subscription that can hang).
package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	blsapkreg "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/BLSApkRegistry"
	osr "github.com/Layr-Labs/eigensdk-go/M2-contracts/bindings/OperatorStateRetriever"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mach-avs/mach/contracts/bindings/machservicemanager"
	"github.com/mach-avs/mach/deploy"
)

// Backend is the L1 client the reader uses (*ethclient.Client satisfies it).
type Backend interface {
	bind.ContractBackend
	BlockNumber(ctx context.Context) (uint64, error)
}

// Operator is one operator of one quorum at a reference block.
type Operator struct {
	Address common.Address
	ID      common.Hash
	Stake   *big.Int
}

// Pubkeys are an operator's registered BLS public keys.
type Pubkeys struct {
	G1 *bls.G1Point
	G2 *bls.G2Point
}

// OperatorSet is the state of the given quorums at a reference block.
type OperatorSet struct {
	ReferenceBlock uint32
	QuorumNumbers  []byte
	// Quorums[i] are the operators of QuorumNumbers[i].
	Quorums [][]Operator
	// TotalStake[i] is the total stake of QuorumNumbers[i].
	TotalStake []*big.Int
}

// ErrUnknownPubkey is returned when an operator of the set has no known registration log.
var ErrUnknownPubkey = errors.New("chain: operator has no NewPubkeyRegistration log")

// Reader reads a Mach deployment. It is safe for concurrent use.
type Reader struct {
	backend Backend
	d       *deploy.Output
	sm      *machservicemanager.MachServiceManager
	osr     *osr.ContractOperatorStateRetriever
	apkReg  *blsapkreg.ContractBLSApkRegistry

	// LogChunk is how many blocks one eth_getLogs covers.
	logChunk uint64

	mu       sync.Mutex
	pubkeys  map[common.Address]Pubkeys
	scanned  uint64 // last block whose logs are in pubkeys
	scanning sync.Mutex
}

// NewReader returns a reader for deployment d.
func NewReader(backend Backend, d *deploy.Output) (*Reader, error) {
	if backend == nil || d == nil {
		return nil, errors.New("chain: backend and deployment are required")
	}
	sm, err := machservicemanager.NewMachServiceManager(d.Addresses.MachServiceManager, backend)
	if err != nil {
		return nil, fmt.Errorf("chain: %w", err)
	}
	retriever, err := osr.NewContractOperatorStateRetriever(d.Addresses.OperatorStateRetriever, backend)
	if err != nil {
		return nil, fmt.Errorf("chain: %w", err)
	}
	apkReg, err := blsapkreg.NewContractBLSApkRegistry(d.Addresses.BLSApkRegistry, backend)
	if err != nil {
		return nil, fmt.Errorf("chain: %w", err)
	}
	start := d.ChainInfo.DeploymentBlock
	if start > 0 {
		start--
	}
	return &Reader{
		backend: backend, d: d, sm: sm, osr: retriever, apkReg: apkReg,
		logChunk: 5_000, pubkeys: map[common.Address]Pubkeys{}, scanned: start,
	}, nil
}

// Deployment is the deployment the reader reads.
func (r *Reader) Deployment() *deploy.Output { return r.d }

// ServiceManager is the MachServiceManager binding.
func (r *Reader) ServiceManager() *machservicemanager.MachServiceManager { return r.sm }

// Head is the latest L1 block number.
func (r *Reader) Head(ctx context.Context) (uint64, error) {
	n, err := r.backend.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("chain: read L1 head: %w", err)
	}
	return n, nil
}

// OperatorSetAt reads the operators and stakes of quorums at block ref.
func (r *Reader) OperatorSetAt(ctx context.Context, quorums []byte, ref uint32) (*OperatorSet, error) {
	state, err := r.osr.GetOperatorState(&bind.CallOpts{Context: ctx}, r.d.Addresses.RegistryCoordinator, quorums, ref)
	if err != nil {
		return nil, fmt.Errorf("chain: operator state at block %d: %w", ref, err)
	}
	set := &OperatorSet{ReferenceBlock: ref, QuorumNumbers: append([]byte(nil), quorums...)}
	for _, ops := range state {
		total := new(big.Int)
		list := make([]Operator, len(ops))
		for i, o := range ops {
			list[i] = Operator{Address: o.Operator, ID: o.OperatorId, Stake: o.Stake}
			total.Add(total, o.Stake)
		}
		set.Quorums = append(set.Quorums, list)
		set.TotalStake = append(set.TotalStake, total)
	}
	return set, nil
}

// Pubkeys returns the BLS keys of operators, reading new registration logs when one is unknown.
func (r *Reader) Pubkeys(ctx context.Context, operators []common.Address) (map[common.Address]Pubkeys, error) {
	out, missing := r.lookup(operators)
	if len(missing) == 0 {
		return out, nil
	}
	if err := r.scan(ctx); err != nil {
		return nil, err
	}
	out, missing = r.lookup(operators)
	if len(missing) > 0 {
		return nil, fmt.Errorf("%w: %v", ErrUnknownPubkey, missing)
	}
	return out, nil
}

func (r *Reader) lookup(operators []common.Address) (map[common.Address]Pubkeys, []common.Address) {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make(map[common.Address]Pubkeys, len(operators))
	var missing []common.Address
	for _, op := range operators {
		pk, ok := r.pubkeys[op]
		if !ok {
			missing = append(missing, op)
			continue
		}
		out[op] = pk
	}
	return out, missing
}

// scan reads NewPubkeyRegistration logs from the last scanned block to the head, in chunks.
func (r *Reader) scan(ctx context.Context) error {
	r.scanning.Lock()
	defer r.scanning.Unlock()
	head, err := r.Head(ctx)
	if err != nil {
		return err
	}
	r.mu.Lock()
	from := r.scanned + 1
	r.mu.Unlock()
	for from <= head {
		to := min(from+r.logChunk-1, head)
		end := to
		it, err := r.apkReg.FilterNewPubkeyRegistration(&bind.FilterOpts{Start: from, End: &end, Context: ctx}, nil)
		if err != nil {
			return fmt.Errorf("chain: read pubkey registrations in blocks %d-%d: %w", from, to, err)
		}
		found := map[common.Address]Pubkeys{}
		for it.Next() {
			ev := it.Event
			found[ev.Operator] = Pubkeys{
				G1: bls.NewG1Point(ev.PubkeyG1.X, ev.PubkeyG1.Y),
				// Both Solidity and eigensdk-go's NewG2Point take G2 coordinates imaginary part first.
				G2: bls.NewG2Point(ev.PubkeyG2.X, ev.PubkeyG2.Y),
			}
		}
		if err := it.Error(); err != nil {
			return fmt.Errorf("chain: read pubkey registrations in blocks %d-%d: %w", from, to, errors.Join(err, it.Close()))
		}
		if err := it.Close(); err != nil {
			return fmt.Errorf("chain: %w", err)
		}
		r.mu.Lock()
		for op, pk := range found {
			r.pubkeys[op] = pk
		}
		r.scanned = to
		r.mu.Unlock()
		from = to + 1
	}
	return nil
}

// CheckSignaturesIndices returns the registry history hints confirmAlert needs for the given non-signers (their
// operator ids must be sorted ascending, as the contract requires).
func (r *Reader) CheckSignaturesIndices(ctx context.Context, ref uint32, quorums []byte, nonSigners []common.Hash) (osr.OperatorStateRetrieverCheckSignaturesIndices, error) {
	ids := make([][32]byte, len(nonSigners))
	for i, id := range nonSigners {
		ids[i] = id
	}
	idx, err := r.osr.GetCheckSignaturesIndices(&bind.CallOpts{Context: ctx}, r.d.Addresses.RegistryCoordinator, ref, quorums, ids)
	if err != nil {
		return idx, fmt.Errorf("chain: signature indices at block %d: %w", ref, err)
	}
	return idx, nil
}

// Contains reports whether messageHash is a live confirmed alert for rollupChainID.
func (r *Reader) Contains(ctx context.Context, rollupChainID *big.Int, messageHash common.Hash) (bool, error) {
	ok, err := r.sm.Contains(&bind.CallOpts{Context: ctx}, rollupChainID, messageHash)
	if err != nil {
		return false, fmt.Errorf("chain: contains(%s, %s): %w", rollupChainID, messageHash, err)
	}
	return ok, nil
}

// Settings are MachServiceManager's parameters that signers and the aggregator check against.
type Settings struct {
	QuorumThresholdPercentage uint8
	MaxReferenceBlockAge      uint32
}

// Settings reads the service manager's thresholds.
func (r *Reader) Settings(ctx context.Context) (Settings, error) {
	call := &bind.CallOpts{Context: ctx}
	pct, err := r.sm.QuorumThresholdPercentage(call)
	if err != nil {
		return Settings{}, fmt.Errorf("chain: quorumThresholdPercentage: %w", err)
	}
	age, err := r.sm.MaxReferenceBlockAge(call)
	if err != nil {
		return Settings{}, fmt.Errorf("chain: maxReferenceBlockAge: %w", err)
	}
	return Settings{QuorumThresholdPercentage: pct, MaxReferenceBlockAge: age}, nil
}

// IsSupportedRollup reports whether the service manager accepts alerts for rollupChainID.
func (r *Reader) IsSupportedRollup(ctx context.Context, rollupChainID *big.Int) (bool, error) {
	ok, err := r.sm.IsSupportedRollup(&bind.CallOpts{Context: ctx}, rollupChainID)
	if err != nil {
		return false, fmt.Errorf("chain: isSupportedRollup(%s): %w", rollupChainID, err)
	}
	return ok, nil
}
