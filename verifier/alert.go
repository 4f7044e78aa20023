package verifier

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mach-avs/mach/avs/alert"
	"github.com/mach-avs/mach/avs/signer"
)

// Alert is what the verifier raises: the alert operators sign, and the evidence behind it.
type Alert struct {
	RollupChainID uint64      `json:"rollupChainID"`
	Alert         alert.Alert `json:"-"`
	// OutputIndex is the L2OutputOracle index of a disputed output (OutputOracleMismatch alerts).
	OutputIndex *uint64 `json:"outputIndex,omitempty"`
	// Block is the invalid block (the block of the disputed output): its number and the hash the L2 gave it.
	Block     uint64      `json:"block"`
	BlockHash common.Hash `json:"blockHash"`
	// ClaimedStateRoot is the header's; ComputedStateRoot is what re-execution produced.
	ClaimedStateRoot  common.Hash `json:"claimedStateRoot"`
	ComputedStateRoot common.Hash `json:"computedStateRoot"`
	// ClaimedOutputRoot is the output root the block (or the L2OutputOracle) claims; ExpectedOutputRoot is ours.
	ClaimedOutputRoot  common.Hash `json:"claimedOutputRoot"`
	ExpectedOutputRoot common.Hash `json:"expectedOutputRoot"`
	// Mismatches lists each contradicted header field, in words.
	Mismatches []string  `json:"mismatches"`
	DetectedAt time.Time `json:"detectedAt"`
}

type alertJSON Alert

// MarshalJSON encodes the evidence and the signed alert (in its envelope).
func (a Alert) MarshalJSON() ([]byte, error) {
	if a.Alert == nil {
		return nil, errors.New("verifier: alert without a signed alert")
	}
	env, err := alert.Wrap(a.Alert)
	if err != nil {
		return nil, err
	}
	return json.Marshal(struct {
		alertJSON
		Signed alert.Envelope `json:"signed"`
	}{alertJSON(a), env})
}

// UnmarshalJSON decodes what MarshalJSON wrote, checking the signed alert.
func (a *Alert) UnmarshalJSON(data []byte) error {
	var v struct {
		alertJSON
		Signed alert.Envelope `json:"signed"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	signed, err := v.Signed.Open()
	if err != nil {
		return err
	}
	*a = Alert(v.alertJSON)
	a.Alert = signed
	return nil
}

// AlertSink receives alerts. Emit must be idempotent: after a crash the verifier emits an alert again if it
// cannot tell whether the first Emit finished.
type AlertSink interface {
	Emit(ctx context.Context, a Alert) error
}

// Sinks emits every alert to each sink in turn and reports every failure.
type Sinks []AlertSink

// Emit implements AlertSink.
func (s Sinks) Emit(ctx context.Context, a Alert) error {
	var errs []error
	for _, sink := range s {
		if err := sink.Emit(ctx, a); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// SignerSink sends alerts to an operator's signer over JSON-RPC (alert_blockMismatch, …).
type SignerSink struct {
	name string
	rpc  *rpc.Client
}

// NewSignerSink wraps a client connected to a signer; name labels it in errors.
func NewSignerSink(name string, c *rpc.Client) *SignerSink { return &SignerSink{name: name, rpc: c} }

// Emit implements AlertSink. A signer answers an alert it already signed (or that is already confirmed) without
// error, so Emit is idempotent.
func (s *SignerSink) Emit(ctx context.Context, a Alert) error {
	method, params, err := signer.Request(new(big.Int).SetUint64(a.RollupChainID), a.Alert)
	if err != nil {
		return err
	}
	var res signer.SignResult
	if err := s.rpc.CallContext(ctx, &res, method, params); err != nil {
		return fmt.Errorf("signer %s: %s for block %d: %w", s.name, method, a.Block, err)
	}
	return nil
}
