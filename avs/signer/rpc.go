package signer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mach-avs/mach/avs/aggregator"
	"github.com/mach-avs/mach/avs/alert"
)

// JSON-RPC namespaces the signer serves: alert_blockMismatch, alert_blockOutputOracleMismatch, alert_blockHash
// and health_check.
const (
	AlertNamespace  = "alert"
	HealthNamespace = "health"
)

// JSON-RPC error codes the signer answers with, besides the standard ones (-32601 unknown method, -32602 invalid
// params). Nothing is signed when a call fails.
const (
	// CodeWrongChainID: the alert's rollup is not one of the signer's rollup_chain_ids.
	CodeWrongChainID = -32010
	// CodeAggregator: the aggregator refused a call; the error's data names its code (aggregatorCode).
	CodeAggregator = -32011
	// CodeAggregatorUnreachable: the aggregator did not answer in time; retry later.
	CodeAggregatorUnreachable = -32012
	// CodeRefused: the aggregator's task failed the signer's own checks; the data names the reason.
	CodeRefused = -32013
	// CodeL1Unavailable: the signer could not read L1 to check the task; retry later.
	CodeL1Unavailable = -32014
	CodeInvalidParams = -32602
	CodeInternal      = -32603
)

// Reasons an alert is not signed: the data of CodeRefused errors and the reason label of
// mach_signer_alerts_rejected_total.
const (
	ReasonInvalidParams         = "invalid_params"
	ReasonWrongChainID          = "wrong_chain_id"
	ReasonRollupMismatch        = "rollup_mismatch"
	ReasonMessageHashMismatch   = "message_hash_mismatch"
	ReasonDigestMismatch        = "digest_mismatch"
	ReasonReferenceBlockNotPast = "reference_block_not_in_past"
	ReasonReferenceBlockTooOld  = "reference_block_too_old"
)

// Error is a JSON-RPC error the signer answers with.
type Error struct {
	Code    int
	Message string
	Data    any
}

func (e *Error) Error() string { return e.Message }

// ErrorCode implements rpc.Error.
func (e *Error) ErrorCode() int { return e.Code }

// ErrorData implements rpc.DataError.
func (e *Error) ErrorData() any { return e.Data }

var (
	_ rpc.Error     = (*Error)(nil)
	_ rpc.DataError = (*Error)(nil)
)

// RefusalData is the data of a CodeRefused error.
type RefusalData struct {
	Reason string `json:"reason"`
}

// AggregatorErrorData is the data of a CodeAggregator error.
type AggregatorErrorData struct {
	AggregatorCode    int    `json:"aggregatorCode"`
	AggregatorMessage string `json:"aggregatorMessage"`
}

// BlockMismatchParams are alert_blockMismatch's parameter.
type BlockMismatchParams struct {
	RollupChainID *hexutil.Big `json:"rollupChainID"`
	alert.BlockMismatch
}

// OutputOracleMismatchParams are alert_blockOutputOracleMismatch's parameter.
type OutputOracleMismatchParams struct {
	RollupChainID *hexutil.Big `json:"rollupChainID"`
	alert.OutputOracleMismatch
}

// BlockHashMismatchParams are alert_blockHash's parameter.
type BlockHashMismatchParams struct {
	RollupChainID *hexutil.Big `json:"rollupChainID"`
	alert.BlockHashMismatch
}

// Request returns the JSON-RPC method and parameter that ask a signer to sign a about rollupChainID.
func Request(rollupChainID *big.Int, a alert.Alert) (method string, params any, err error) {
	id := (*hexutil.Big)(rollupChainID)
	switch v := a.(type) {
	case alert.BlockMismatch:
		return AlertNamespace + "_blockMismatch", BlockMismatchParams{RollupChainID: id, BlockMismatch: v}, nil
	case alert.OutputOracleMismatch:
		return AlertNamespace + "_blockOutputOracleMismatch", OutputOracleMismatchParams{RollupChainID: id, OutputOracleMismatch: v}, nil
	case alert.BlockHashMismatch:
		return AlertNamespace + "_blockHash", BlockHashMismatchParams{RollupChainID: id, BlockHashMismatch: v}, nil
	}
	return "", nil, fmt.Errorf("signer: no method for alert %T", a)
}

// SignResult is what the alert methods return once the signature is counted (or the alert was already
// confirmed, in which case nothing is signed and SignedPercent is empty).
type SignResult struct {
	MessageHash    common.Hash      `json:"messageHash"`
	ReferenceBlock hexutil.Uint64   `json:"referenceBlock"`
	State          aggregator.State `json:"state"`
	// SignedPercent[i] is the share of quorum i's stake that has signed, as the aggregator reports it.
	SignedPercent []uint64 `json:"signedPercent"`
}

// alertAPI is the alert namespace. Parameters arrive raw so that they are decoded strictly.
type alertAPI struct{ s *Signer }

// BlockMismatch signs a BlockMismatch alert.
func (api alertAPI) BlockMismatch(ctx context.Context, params json.RawMessage) (*SignResult, error) {
	return api.s.handle(ctx, alert.KindBlockMismatch, params)
}

// BlockOutputOracleMismatch signs an OutputOracleMismatch alert.
func (api alertAPI) BlockOutputOracleMismatch(ctx context.Context, params json.RawMessage) (*SignResult, error) {
	return api.s.handle(ctx, alert.KindOutputOracleMismatch, params)
}

// BlockHash signs a BlockHashMismatch alert.
func (api alertAPI) BlockHash(ctx context.Context, params json.RawMessage) (*SignResult, error) {
	return api.s.handle(ctx, alert.KindBlockHashMismatch, params)
}

// HealthResult is health_check's result.
type HealthResult struct {
	// Healthy is true when every service is up (the node API's 200).
	Healthy  bool      `json:"healthy"`
	Services []Service `json:"services"`
}

type healthAPI struct{ s *Signer }

// Check reports the signer's services, as the node API does.
func (api healthAPI) Check() HealthResult {
	list := api.s.services.snapshot()
	return HealthResult{Healthy: healthCode(list) == 200, Services: list}
}

// decodeAlert decodes the parameter of kind's method strictly: a JSON object with exactly the parameter type's
// fields (names are case-sensitive, none missing, none unknown), then alert.Validate.
func decodeAlert(kind alert.Kind, raw json.RawMessage) (*big.Int, alert.Alert, error) {
	var (
		rollup *hexutil.Big
		a      alert.Alert
		err    error
	)
	switch kind {
	case alert.KindBlockMismatch:
		var p BlockMismatchParams
		err = decodeStrict(raw, &p)
		rollup, a = p.RollupChainID, p.BlockMismatch
	case alert.KindOutputOracleMismatch:
		var p OutputOracleMismatchParams
		err = decodeStrict(raw, &p)
		rollup, a = p.RollupChainID, p.OutputOracleMismatch
	case alert.KindBlockHashMismatch:
		var p BlockHashMismatchParams
		err = decodeStrict(raw, &p)
		rollup, a = p.RollupChainID, p.BlockHashMismatch
	default:
		return nil, nil, fmt.Errorf("unknown alert kind %d", uint8(kind))
	}
	if err != nil {
		return nil, nil, err
	}
	id := rollup.ToInt()
	if id.Sign() <= 0 || id.BitLen() > 256 {
		return nil, nil, fmt.Errorf("rollupChainID must be a positive 256-bit integer")
	}
	if err := a.Validate(); err != nil {
		return nil, nil, err
	}
	return id, a, nil
}

func decodeStrict(raw json.RawMessage, dst any) error {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil || fields == nil {
		return fmt.Errorf("want a JSON object with the fields %s", strings.Join(jsonFields(reflect.TypeOf(dst).Elem()), ", "))
	}
	want := jsonFields(reflect.TypeOf(dst).Elem())
	var unknown, missing []string
	for name := range fields {
		if !slices.Contains(want, name) {
			unknown = append(unknown, name)
		}
	}
	for _, name := range want {
		if v, ok := fields[name]; !ok || bytes.Equal(bytes.TrimSpace(v), []byte("null")) {
			missing = append(missing, name)
		}
	}
	slices.Sort(unknown)
	switch {
	case len(unknown) > 0:
		return fmt.Errorf("unknown field(s) %s; the fields are %s", quoteAll(unknown), strings.Join(want, ", "))
	case len(missing) > 0:
		return fmt.Errorf("missing field(s) %s", strings.Join(missing, ", "))
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return err
	}
	return nil
}

// jsonFields lists the JSON names of struct type t's fields, flattening embedded structs as encoding/json does.
func jsonFields(t reflect.Type) []string {
	var names []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			names = append(names, jsonFields(f.Type)...)
			continue
		}
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		names = append(names, name)
	}
	return names
}

// quoteAll quotes names an untrusted caller sent, shortening long ones: they end up in error messages and logs.
func quoteAll(names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		if len(n) > 40 {
			n = n[:40] + "…"
		}
		out[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(out, ", ")
}

func invalidParams(err error) *Error {
	return &Error{Code: CodeInvalidParams, Message: "invalid params: " + err.Error()}
}
