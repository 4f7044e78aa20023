package aggregator

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mach-avs/mach/avs/alert"
)

func TestRPC_SignersConfirmAnAlertOverJSONRPC(t *testing.T) {
	w := newWorld(t, 4)
	agg := w.newAggregator(t, w.chain.Client(), mustStore(t, ""))
	srv, err := NewServer(agg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Stop)
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	ctx := context.Background()
	client, err := rpc.DialContext(ctx, hs.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)

	env, err := alert.Wrap(sampleAlert(6))
	if err != nil {
		t.Fatal(err)
	}
	rollupID := (*hexutil.Big)(big.NewInt(rollup))
	var task TaskResult
	if err := client.CallContext(ctx, &task, "aggregator_openTask", OpenTaskArgs{RollupChainID: rollupID, Envelope: env}); err != nil {
		t.Fatal(err)
	}
	info := TaskInfo{RollupChainID: big.NewInt(rollup), MessageHash: task.MessageHash, ReferenceBlock: uint32(task.ReferenceBlock), Digest: task.Digest}
	for _, op := range []int{1, 2, 3} {
		s := w.sign(t, info, op)
		args := SignatureArgs{RollupChainID: rollupID, MessageHash: s.MessageHash, ReferenceBlock: task.ReferenceBlock, OperatorID: s.OperatorID,
			Signature: G1{X: (*hexutil.Big)(s.Signature.X.BigInt(new(big.Int))), Y: (*hexutil.Big)(s.Signature.Y.BigInt(new(big.Int)))}}
		var p Progress
		if err := client.CallContext(ctx, &p, "aggregator_submitSignature", args); err != nil {
			t.Fatalf("operator %d: %v", op, err)
		}
		if op == 3 {
			// Resubmitting is refused with its own code.
			err := client.CallContext(ctx, &p, "aggregator_submitSignature", args)
			var rerr rpc.Error
			if !errors.As(err, &rerr) || rerr.ErrorCode() != CodeDuplicateSignature {
				t.Fatalf("duplicate over JSON-RPC = %v, want code %d", err, CodeDuplicateSignature)
			}
		}
	}
	waitFor(t, "confirmation", func() bool {
		var got TaskResult
		return client.CallContext(ctx, &got, "aggregator_task", TaskArgs{RollupChainID: rollupID, MessageHash: task.MessageHash}) == nil && got.State == StateConfirmed
	})
}

func TestRPC_MalformedParamsAreInvalidParams(t *testing.T) {
	api := NewAPI(nil) // parameter checks come before any use of the aggregator
	ctx := context.Background()
	tests := []struct {
		name string
		call func() error
	}{
		{"openTask without rollup", func() error { _, err := api.OpenTask(ctx, OpenTaskArgs{}); return err }},
		{"openTask with unknown kind", func() error {
			_, err := api.OpenTask(ctx, OpenTaskArgs{RollupChainID: (*hexutil.Big)(big.NewInt(1)), Envelope: alert.Envelope{Kind: 9, Alert: json.RawMessage(`{}`)}})
			return err
		}},
		{"openTask with equal roots", func() error {
			_, err := api.OpenTask(ctx, OpenTaskArgs{RollupChainID: (*hexutil.Big)(big.NewInt(1)), Envelope: alert.Envelope{Kind: alert.KindBlockMismatch, Alert: json.RawMessage(`{"invalidOutputRoot":"0x0000000000000000000000000000000000000000000000000000000000000001","expectOutputRoot":"0x0000000000000000000000000000000000000000000000000000000000000001","l2BlockNumber":1}`)}})
			return err
		}},
		{"submitSignature without signature", func() error {
			_, err := api.SubmitSignature(ctx, SignatureArgs{RollupChainID: (*hexutil.Big)(big.NewInt(1))})
			return err
		}},
		{"submitSignature with a huge reference block", func() error {
			_, err := api.SubmitSignature(ctx, SignatureArgs{RollupChainID: (*hexutil.Big)(big.NewInt(1)), ReferenceBlock: 1 << 40,
				Signature: G1{X: (*hexutil.Big)(big.NewInt(1)), Y: (*hexutil.Big)(big.NewInt(2))}})
			return err
		}},
		{"task without rollup", func() error { _, err := api.Task(ctx, TaskArgs{}); return err }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var rerr *Error
			if err := tc.call(); !errors.As(err, &rerr) || rerr.Code != CodeInvalidParams {
				t.Fatalf("got %v, want invalid params", err)
			}
		})
	}
}
