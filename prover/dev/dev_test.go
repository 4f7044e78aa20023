package dev

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"testing"

	"github.com/mach-avs/mach/prover"
	"github.com/mach-avs/mach/prover/risc0"
)

func TestNew_RefusesEveryChainButLocalDevnets(t *testing.T) {
	for _, id := range []uint64{0, 1, 10, 900, 901, 8453, 11155111, 17000} {
		if _, err := New(Config{L1ChainID: id, ImageID: [32]byte{1}}); !errors.Is(err, ErrNotADevnet) {
			t.Errorf("chain %d: got %v, want ErrNotADevnet", id, err)
		}
	}
	for _, id := range []uint64{31337, 1337} {
		if _, err := New(Config{L1ChainID: id, ImageID: [32]byte{1}}); err != nil {
			t.Errorf("chain %d: %v", id, err)
		}
	}
	if _, err := New(Config{L1ChainID: 31337}); err == nil {
		t.Error("a zero image id must be refused")
	}
}

func TestProver_ReturnsMockSealOfExpectedJournal(t *testing.T) {
	sel := [4]byte{0xde, 0xad, 0xbe, 0xef}
	img := sha256.Sum256([]byte("guest"))
	p, err := New(Config{L1ChainID: 31337, Selector: sel, ImageID: img})
	if err != nil {
		t.Fatal(err)
	}
	j := testJob(t, 2)
	ctx := context.Background()
	sid, err := p.Submit(ctx, j)
	if err != nil {
		t.Fatal(err)
	}
	// A fresh instance (a restarted process) resumes the session from its ID alone.
	p2, _ := New(Config{L1ChainID: 31337, Selector: sel, ImageID: img})
	res, err := p2.Status(ctx, sid)
	if err != nil || res.State != prover.StateSucceeded || res.Proof == nil {
		t.Fatalf("Status = %+v, %v", res, err)
	}
	if err := prover.CheckProof(&j, res.Proof); err != nil {
		t.Fatalf("proof rejected: %v", err)
	}
	want := risc0.MockSeal(sel, img, sha256.Sum256(prover.EncodeJournal(j.ExpectedJournal())))
	if !bytes.Equal(res.Proof.Seal, want) {
		t.Fatalf("seal %x, want %x", res.Proof.Seal, want)
	}
	if _, err := p.Status(ctx, "dev-zz"); !prover.IsPermanent(err) {
		t.Fatalf("garbage session: got %v, want a permanent error", err)
	}
	bad := j
	bad.Input = []byte{0xc0}
	if _, err := p.Submit(ctx, bad); !prover.IsPermanent(err) {
		t.Fatalf("invalid job: got %v, want a permanent error", err)
	}
}
