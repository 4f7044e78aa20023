package aggregator

import (
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mach-avs/mach/avs/alert"
	"github.com/mach-avs/mach/avs/chain"
)

// State is where a task is.
type State string

// Task states. A task is open until every quorum's signed stake reaches the threshold; then submitting until
// confirmAlert is mined (or the alert is found confirmed on L1); expired when its reference block grew too old
// before that.
const (
	StateOpen       State = "open"
	StateSubmitting State = "submitting"
	StateConfirmed  State = "confirmed"
	StateExpired    State = "expired"
)

// TaskInfo is what a signer needs to sign: the digest is recomputed by the signer, never trusted.
type TaskInfo struct {
	RollupChainID  *big.Int    `json:"rollupChainID"`
	MessageHash    common.Hash `json:"messageHash"`
	ReferenceBlock uint32      `json:"referenceBlock"`
	Digest         common.Hash `json:"digest"`
	State          State       `json:"state"`
}

// record is a task as persisted in the store.
type record struct {
	RollupChainID  *big.Int                    `json:"rollupChainID"`
	Alert          alert.Envelope              `json:"alert"`
	MessageHash    common.Hash                 `json:"messageHash"`
	ReferenceBlock uint32                      `json:"referenceBlock"`
	Digest         common.Hash                 `json:"digest"`
	Created        time.Time                   `json:"created"`
	State          State                       `json:"state"`
	ThresholdAt    time.Time                   `json:"thresholdAt,omitempty"`
	Signatures     map[common.Hash][2]*big.Int `json:"signatures"` // operator id -> G1 signature (x, y)
	TxHashes       []common.Hash               `json:"txHashes,omitempty"`
	ConfirmedIn    common.Hash                 `json:"confirmedIn,omitempty"`
}

// task is a record plus what is derived from L1 at its reference block (not persisted: re-read on restart).
type task struct {
	record
	set     *chain.OperatorSet
	pubkeys map[common.Address]chain.Pubkeys
	// byID maps an operator id to its address and the indices of the quorums it is in.
	byID map[common.Hash]member
	sigs map[common.Hash]*bls.Signature
	// negH is -H(Digest), the hash-to-curve every signature of the task is checked against.
	negH bn254.G1Affine
}

type member struct {
	address common.Address
	quorums []int
}

func (t *task) info() TaskInfo {
	return TaskInfo{RollupChainID: t.RollupChainID, MessageHash: t.MessageHash, ReferenceBlock: t.ReferenceBlock, Digest: t.Digest, State: t.State}
}

func taskKey(rollupChainID *big.Int, messageHash common.Hash) []byte {
	return []byte(fmt.Sprintf("aggregator/task/%064x/%x", rollupChainID, messageHash[:]))
}

func (r *record) encode() ([]byte, error) { return json.Marshal(r) }
