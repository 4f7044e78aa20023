package aggregator

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mach-avs/mach/avs/alert"
)

// Namespace is the JSON-RPC namespace of the aggregator's methods: aggregator_openTask,
// aggregator_submitSignature and aggregator_task.
const Namespace = "aggregator"

// JSON-RPC error codes the aggregator answers with, besides the standard ones (-32021 and up: go-ethereum's
// server uses -32000 to -32005 itself, e.g. -32002 for a timed-out request).
const (
	CodeUnknownTask        = -32021
	CodeReferenceBlock     = -32022
	CodeNotOperator        = -32023
	CodeDuplicateSignature = -32024
	CodeInvalidSignature   = -32025
	CodeUnsupportedRollup  = -32026
	CodeTaskExpired        = -32027
	CodeInvalidParams      = -32602
	CodeInternal           = -32603
)

// OpenTaskArgs are aggregator_openTask's parameter.
type OpenTaskArgs struct {
	RollupChainID *hexutil.Big `json:"rollupChainID"`
	alert.Envelope
}

// TaskArgs name a task.
type TaskArgs struct {
	RollupChainID *hexutil.Big `json:"rollupChainID"`
	MessageHash   common.Hash  `json:"messageHash"`
}

// TaskResult is what aggregator_openTask and aggregator_task return.
type TaskResult struct {
	RollupChainID  *hexutil.Big   `json:"rollupChainID"`
	MessageHash    common.Hash    `json:"messageHash"`
	ReferenceBlock hexutil.Uint64 `json:"referenceBlock"`
	Digest         common.Hash    `json:"digest"`
	State          State          `json:"state"`
}

// G1 is a G1 point on the wire.
type G1 struct {
	X *hexutil.Big `json:"x"`
	Y *hexutil.Big `json:"y"`
}

// SignatureArgs are aggregator_submitSignature's parameter.
type SignatureArgs struct {
	RollupChainID  *hexutil.Big   `json:"rollupChainID"`
	MessageHash    common.Hash    `json:"messageHash"`
	ReferenceBlock hexutil.Uint64 `json:"referenceBlock"`
	OperatorID     common.Hash    `json:"operatorId"`
	Signature      G1             `json:"signature"`
}

// API is the aggregator's JSON-RPC service for signers.
type API struct {
	agg *Aggregator
}

// NewAPI serves agg.
func NewAPI(agg *Aggregator) *API { return &API{agg: agg} }

// OpenTask opens (or returns) the task for an alert.
func (api *API) OpenTask(ctx context.Context, args OpenTaskArgs) (*TaskResult, error) {
	if args.RollupChainID == nil {
		return nil, invalidParams("rollupChainID is required")
	}
	al, err := args.Envelope.Open()
	if err != nil {
		return nil, invalidParams(err.Error())
	}
	info, err := api.agg.OpenTask(ctx, args.RollupChainID.ToInt(), al)
	if err != nil {
		return nil, rpcError(err)
	}
	return result(info), nil
}

// SubmitSignature counts one operator's signature.
func (api *API) SubmitSignature(ctx context.Context, args SignatureArgs) (*Progress, error) {
	if args.RollupChainID == nil || args.Signature.X == nil || args.Signature.Y == nil {
		return nil, invalidParams("rollupChainID and signature {x, y} are required")
	}
	if uint64(args.ReferenceBlock) > uint64(^uint32(0)) {
		return nil, invalidParams("referenceBlock does not fit in uint32")
	}
	p, err := api.agg.SubmitSignature(ctx, Signature{
		RollupChainID:  args.RollupChainID.ToInt(),
		MessageHash:    args.MessageHash,
		ReferenceBlock: uint32(args.ReferenceBlock),
		OperatorID:     args.OperatorID,
		Signature:      &bls.Signature{G1Point: bls.NewG1Point(args.Signature.X.ToInt(), args.Signature.Y.ToInt())},
	})
	if err != nil {
		return nil, rpcError(err)
	}
	return &p, nil
}

// Task returns a task's state.
func (api *API) Task(_ context.Context, args TaskArgs) (*TaskResult, error) {
	if args.RollupChainID == nil {
		return nil, invalidParams("rollupChainID is required")
	}
	info, ok := api.agg.Task(args.RollupChainID.ToInt(), args.MessageHash)
	if !ok {
		return nil, &Error{Code: CodeUnknownTask, Message: ErrUnknownTask.Error()}
	}
	return result(info), nil
}

func result(info TaskInfo) *TaskResult {
	return &TaskResult{
		RollupChainID: (*hexutil.Big)(new(big.Int).Set(info.RollupChainID)), MessageHash: info.MessageHash,
		ReferenceBlock: hexutil.Uint64(info.ReferenceBlock), Digest: info.Digest, State: info.State,
	}
}

// NewServer returns a JSON-RPC server (HTTP handler via rpc.Server's ServeHTTP) with the aggregator's API.
func NewServer(agg *Aggregator) (*rpc.Server, error) {
	srv := rpc.NewServer()
	if err := srv.RegisterName(Namespace, NewAPI(agg)); err != nil {
		return nil, fmt.Errorf("aggregator: register JSON-RPC API: %w", err)
	}
	return srv, nil
}

// Error is a JSON-RPC error with a code signers can branch on.
type Error struct {
	Code    int
	Message string
}

func (e *Error) Error() string { return e.Message }

// ErrorCode implements rpc.Error.
func (e *Error) ErrorCode() int { return e.Code }

var _ rpc.Error = (*Error)(nil)

func invalidParams(msg string) error {
	return &Error{Code: CodeInvalidParams, Message: "invalid params: " + msg}
}

func rpcError(err error) error {
	codes := []struct {
		target error
		code   int
	}{
		{ErrUnknownTask, CodeUnknownTask},
		{ErrReferenceBlock, CodeReferenceBlock},
		{ErrNotOperator, CodeNotOperator},
		{ErrDuplicateSignature, CodeDuplicateSignature},
		{ErrInvalidSignature, CodeInvalidSignature},
		{ErrUnsupportedRollup, CodeUnsupportedRollup},
		{ErrTaskExpired, CodeTaskExpired},
		{alert.ErrSameRoot, CodeInvalidParams},
	}
	for _, c := range codes {
		if errors.Is(err, c.target) {
			return &Error{Code: c.code, Message: err.Error()}
		}
	}
	return &Error{Code: CodeInternal, Message: err.Error()}
}
