package fault

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mach-avs/mach/devnet/l2"
	"github.com/mach-avs/mach/verifier"
)

func TestParse(t *testing.T) {
	for in, want := range map[string]Fault{
		"invalid-state-root@20": {InvalidStateRoot, 20},
		"bad-output-root@1":     {BadOutputRoot, 1},
		"withhold-witness@7":    {WithholdWitness, 7},
	} {
		got, err := Parse(in)
		if err != nil || got != want || got.String() != in {
			t.Errorf("Parse(%q) = %v, %v", in, got, err)
		}
	}
	for _, bad := range []string{"", "invalid-state-root", "invalid-state-root@0", "invalid-state-root@x", "lie@3", "@3"} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q) accepted", bad)
		}
	}
}

// Through the lying front, the chain stays self-consistent (each header hashes to its claimed hash and links to
// its forged parent, forged hashes are served by hash) while block 3 on claims a wrong state root; the verifier
// alerts on 3. A withheld witness leaves the verifier with witness-incomplete, never a verdict.
func TestUpstream_LiesConsistently(t *testing.T) {
	chain, err := l2.New(l2.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx := context.Background()
	traffic := l2.NewTraffic(chain, 1)
	for range 6 {
		deposits, err := traffic.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := chain.BuildBlock(ctx, deposits...); err != nil {
			t.Fatal(err)
		}
	}
	up, err := New("127.0.0.1:0", chain.URL(), Fault{InvalidStateRoot, 3}, Fault{WithholdWitness, 2})
	if err != nil {
		t.Fatal(err)
	}
	defer up.Close()
	src, err := verifier.Dial(ctx, "liar", up.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	bc := chain.Backend().BlockChain()

	// BlockByNumber/BlockByHash check that every header hashes to its claimed hash.
	prev, err := src.BlockByNumber(ctx, 2)
	if err != nil || prev.Hash() != bc.GetBlockByNumber(2).Hash() {
		t.Fatalf("block 2 should be honest: %v", err)
	}
	for n := uint64(3); n <= 6; n++ {
		b, err := src.BlockByNumber(ctx, n)
		if err != nil {
			t.Fatalf("block %d: %v", n, err)
		}
		honest := bc.GetBlockByNumber(n)
		if b.Root() == honest.Root() || b.ParentHash() != prev.Hash() {
			t.Fatalf("block %d: root lied %v, linked to the served parent %v", n, b.Root() != honest.Root(), b.ParentHash() == prev.Hash())
		}
		if byHash, err := src.BlockByHash(ctx, b.Hash()); err != nil || byHash.Hash() != b.Hash() {
			t.Fatalf("forged block %d by hash: %v", n, err)
		}
		prev = b
	}
	if up.FirstLied(Fault{InvalidStateRoot, 3}).IsZero() {
		t.Fatal("the lie was not recorded as served")
	}

	parent2 := bc.GetBlockByNumber(1).Header()
	w, err := src.Witness(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := verifier.Execute(chain.ChainConfig(), parent2, bc.GetBlockByNumber(2), w)
	if err != nil || ex.Verdict != verifier.WitnessIncomplete {
		t.Fatalf("withheld witness: %v %+v", err, ex)
	}
	parent3 := bc.GetBlockByNumber(2).Header()
	lying, _ := src.BlockByNumber(ctx, 3)
	w3, err := src.Witness(ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	if ex, err := verifier.Execute(chain.ChainConfig(), parent3, lying, w3); err != nil || ex.Verdict != verifier.Invalid {
		t.Fatalf("lying block 3: %v %+v", err, ex)
	}

	// Batches pass through with the same lies.
	c, err := rpc.DialContext(ctx, up.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var a, b map[string]any
	batch := []rpc.BatchElem{
		{Method: "eth_getBlockByNumber", Args: []any{"0x3", false}, Result: &a},
		{Method: "eth_getBlockByNumber", Args: []any{"0x1", false}, Result: &b},
	}
	if err := c.BatchCallContext(ctx, batch); err != nil || batch[0].Error != nil || batch[1].Error != nil {
		t.Fatalf("batch: %v %v %v", err, batch[0].Error, batch[1].Error)
	}
	if a["stateRoot"] == bc.GetBlockByNumber(3).Root().Hex() || b["stateRoot"] != bc.GetBlockByNumber(1).Root().Hex() {
		t.Fatalf("batch answers: block 3 root %v, block 1 root %v", a["stateRoot"], b["stateRoot"])
	}
}
