package signer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mach-avs/mach/avs/aggregator"
	"github.com/mach-avs/mach/avs/alert"
)

// handle is every alert method: decode, check, open the task, check the task, sign, submit.
func (s *Signer) handle(ctx context.Context, kind alert.Kind, raw json.RawMessage) (*SignResult, error) {
	s.metrics.alertReceived(kind)
	rollup, a, err := decodeAlert(kind, raw)
	if err != nil {
		s.metrics.alertRejected(ReasonInvalidParams)
		s.log.Debug("alert rejected: invalid params", "kind", kind, "err", err)
		return nil, invalidParams(err)
	}
	if !rollup.IsUint64() || !s.rollups[rollup.Uint64()] {
		s.metrics.alertRejected(ReasonWrongChainID)
		s.log.Warn("alert rejected: wrong chain ID", "rollup", rollup, "kind", kind)
		return nil, &Error{Code: CodeWrongChainID, Message: fmt.Sprintf("wrong chain ID: this signer signs alerts for rollups %v, not %s",
			s.cfg.RollupChainIDs, rollup)}
	}
	hash := a.MessageHash()
	log := s.log.With("rollup", rollup, "alert", hash, "kind", kind, "operator", s.operatorID)

	env, err := alert.Wrap(a)
	if err != nil {
		return nil, &Error{Code: CodeInternal, Message: err.Error()}
	}
	var task aggregator.TaskResult
	if err := s.agg.call(ctx, &task, "aggregator_openTask", aggregator.OpenTaskArgs{RollupChainID: (*hexutil.Big)(rollup), Envelope: env}); err != nil {
		return nil, s.aggregatorFailed(log, err)
	}
	ref, digest, err := s.checkTask(rollup, hash, task)
	if err != nil {
		return nil, s.refused(log, err)
	}
	if task.State == aggregator.StateConfirmed {
		// Nothing left to sign for; the verifier reads the confirmation on L1 itself.
		log.Info("alert already confirmed; not signing", "referenceBlock", ref)
		return &SignResult{MessageHash: hash, ReferenceBlock: hexutil.Uint64(ref), State: task.State, SignedPercent: []uint64{}}, nil
	}
	if err := s.checkReferenceBlock(ctx, ref); err != nil {
		return nil, s.refused(log, err)
	}

	sig := s.key.SignMessage(digest)
	args := aggregator.SignatureArgs{
		RollupChainID: (*hexutil.Big)(rollup), MessageHash: hash, ReferenceBlock: hexutil.Uint64(ref), OperatorID: s.operatorID,
		Signature: aggregator.G1{X: (*hexutil.Big)(sig.X.BigInt(new(big.Int))), Y: (*hexutil.Big)(sig.Y.BigInt(new(big.Int)))},
	}
	var p aggregator.Progress
	err = s.agg.call(ctx, &p, "aggregator_submitSignature", args)
	var aerr *aggregatorError
	if errors.As(err, &aerr) && aerr.code == aggregator.CodeDuplicateSignature {
		// A retry of an alert this operator already signed (the first answer was lost): report where the task is.
		var now aggregator.TaskResult
		if err := s.agg.call(ctx, &now, "aggregator_task", aggregator.TaskArgs{RollupChainID: (*hexutil.Big)(rollup), MessageHash: hash}); err != nil {
			return nil, s.aggregatorFailed(log, err)
		}
		log.Info("alert already signed by this operator", "referenceBlock", ref, "state", now.State)
		return &SignResult{MessageHash: hash, ReferenceBlock: hexutil.Uint64(ref), State: now.State, SignedPercent: []uint64{}}, nil
	}
	if err != nil {
		return nil, s.aggregatorFailed(log, err)
	}
	s.metrics.alertSigned(kind)
	log.Info("alert signed", "referenceBlock", ref, "state", p.State, "signedPercent", p.SignedPercent, "signers", p.Signers)
	if p.SignedPercent == nil {
		p.SignedPercent = []uint64{}
	}
	return &SignResult{MessageHash: hash, ReferenceBlock: hexutil.Uint64(ref), State: p.State, SignedPercent: p.SignedPercent}, nil
}

// refusal is a task the signer will not sign.
type refusal struct {
	reason string
	msg    string
}

func (r *refusal) Error() string { return r.msg }

// l1Error is a failure to read what a check needs from L1.
type l1Error struct{ err error }

func (e *l1Error) Error() string { return e.err.Error() }
func (e *l1Error) Unwrap() error { return e.err }

// checkTask recomputes what the aggregator sent: the task must be for this rollup and this alert's message hash,
// and its digest must be the one the signer computes for its reference block. It returns the reference block and
// the signer's digest.
func (s *Signer) checkTask(rollup *big.Int, hash common.Hash, task aggregator.TaskResult) (uint32, common.Hash, error) {
	if task.RollupChainID == nil || task.RollupChainID.ToInt().Cmp(rollup) != 0 {
		return 0, common.Hash{}, &refusal{ReasonRollupMismatch, fmt.Sprintf("the aggregator's task is for rollup %v, not %s", task.RollupChainID, rollup)}
	}
	if task.MessageHash != hash {
		return 0, common.Hash{}, &refusal{ReasonMessageHashMismatch, fmt.Sprintf("the aggregator's task has message hash %s; the alert hashes to %s", task.MessageHash, hash)}
	}
	if uint64(task.ReferenceBlock) > uint64(^uint32(0)) {
		return 0, common.Hash{}, &refusal{ReasonReferenceBlockNotPast, fmt.Sprintf("the aggregator's reference block %d does not fit in uint32", uint64(task.ReferenceBlock))}
	}
	ref := uint32(task.ReferenceBlock)
	digest := alert.Digest(alert.Domain{L1ChainID: s.l1ChainID, ServiceManager: s.cfg.ServiceManager, RollupChainID: rollup}, hash, ref)
	if task.Digest != digest {
		return 0, common.Hash{}, &refusal{ReasonDigestMismatch, fmt.Sprintf("the aggregator's digest %s differs from the signer's %s for reference block %d", task.Digest, digest, ref)}
	}
	return ref, digest, nil
}

// checkReferenceBlock checks that ref is in the past (below the signer's L1 head) and young enough that
// confirmAlert, mined at the earliest in the next block, still accepts it (block.number - ref <= maxReferenceBlockAge).
func (s *Signer) checkReferenceBlock(ctx context.Context, ref uint32) error {
	head, err := s.l1.Head(ctx)
	if err != nil {
		s.services.set(ServiceL1, StatusDown)
		return &l1Error{err}
	}
	settings, err := s.l1.Settings(ctx)
	if err != nil {
		s.services.set(ServiceL1, StatusDown)
		return &l1Error{err}
	}
	s.services.set(ServiceL1, StatusUp)
	if uint64(ref) >= head {
		return &refusal{ReasonReferenceBlockNotPast, fmt.Sprintf("the aggregator's reference block %d is not in the past (L1 head %d)", ref, head)}
	}
	if age := head + 1 - uint64(ref); age > uint64(settings.MaxReferenceBlockAge) {
		return &refusal{ReasonReferenceBlockTooOld, fmt.Sprintf("the aggregator's reference block %d is too old: %d blocks behind the next L1 block, the service manager accepts at most %d",
			ref, age, settings.MaxReferenceBlockAge)}
	}
	return nil
}

// refused turns a failed check into the JSON-RPC error the verifier gets.
func (s *Signer) refused(log *slog.Logger, err error) error {
	var r *refusal
	if errors.As(err, &r) {
		s.metrics.alertRejected(r.reason)
		log.Warn("refusing to sign the aggregator's task", "reason", r.reason, "err", r.msg)
		return &Error{Code: CodeRefused, Message: "refusing to sign: " + r.msg, Data: RefusalData{Reason: r.reason}}
	}
	log.Warn("cannot check the aggregator's task: L1 unavailable", "err", err)
	return &Error{Code: CodeL1Unavailable, Message: "cannot read L1 to check the task; retry later: " + err.Error()}
}

// aggregatorFailed turns a failed aggregator call into the JSON-RPC error the verifier gets.
func (s *Signer) aggregatorFailed(log *slog.Logger, err error) error {
	var aerr *aggregatorError
	if errors.As(err, &aerr) {
		log.Warn("aggregator refused", "method", aerr.method, "code", aerr.code, "err", aerr.message)
		return &Error{Code: CodeAggregator, Message: aerr.Error(), Data: AggregatorErrorData{AggregatorCode: aerr.code, AggregatorMessage: aerr.message}}
	}
	if errors.Is(err, errUnreachable) {
		log.Warn("aggregator unreachable", "err", err)
		return &Error{Code: CodeAggregatorUnreachable, Message: err.Error() + "; retry later"}
	}
	return &Error{Code: CodeInternal, Message: err.Error()}
}
