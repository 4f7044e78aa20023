package verifier

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mach-avs/mach/devnet/l1"
	"github.com/mach-avs/mach/devnet/l2"
)

// postedOutputs plays the L1 L2OutputOracle (a contract we do not own): outputs a proposer posted.
type postedOutputs struct {
	mu      sync.Mutex
	outputs []Output
}

func (p *postedOutputs) NextOutputIndex(context.Context) (uint64, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return uint64(len(p.outputs)), nil
}

func (p *postedOutputs) Output(_ context.Context, i uint64) (Output, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if i >= uint64(len(p.outputs)) {
		return Output{}, errors.New("index out of range")
	}
	return p.outputs[i], nil
}

func (p *postedOutputs) post(o Output) {
	p.mu.Lock()
	p.outputs = append(p.outputs, o)
	p.mu.Unlock()
}

func TestVerifier_PostedOutputsCheckedOnceEach(t *testing.T) {
	chain := newL2(t, 12)
	bc := chain.Backend().BlockChain()
	honestOutput := func(n uint64) common.Hash {
		b := bc.GetBlockByNumber(n)
		return OutputRootV0(b.Root(), *b.Header().WithdrawalsHash, b.Hash())
	}
	oracle := &postedOutputs{}
	oracle.post(Output{Root: honestOutput(4), L2BlockNumber: 4})
	oracle.post(Output{Root: lieHash(honestOutput(8)), L2BlockNumber: 8}) // a lying proposer
	oracle.post(Output{Root: honestOutput(12), L2BlockNumber: 12})

	ctx := context.Background()
	primary, err := Dial(ctx, "primary", chain.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer primary.Close()
	sink := &recordingSink{}
	v, err := New(Config{
		RollupChainID: chain.ChainConfig().ChainID.Uint64(), ChainConfig: chain.ChainConfig(),
		AnchorHash: chain.Genesis().Hash(), Oracle: oracle,
	}, primary, nil, memStore(t), sink)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Init(ctx); err != nil {
		t.Fatal(err)
	}
	if err := stepUntil(t, v, 10); err != nil {
		t.Fatal(err)
	}
	if err := v.checkOutputs(ctx); err != nil {
		t.Fatal(err)
	}
	got := sink.list()
	if len(got) != 1 || got[0].OutputIndex == nil || *got[0].OutputIndex != 1 || got[0].ExpectedOutputRoot != honestOutput(8) {
		t.Fatalf("alerts %+v, want one for output 1 expecting %s", got, honestOutput(8))
	}
	// Output 2 is for block 12, not verified yet: it waits; checking again raises nothing new.
	if err := v.checkOutputs(ctx); err != nil || len(sink.list()) != 1 {
		t.Fatalf("second check: %v, %d alerts", err, len(sink.list()))
	}
	if err := stepUntil(t, v, 12); err != nil {
		t.Fatal(err)
	}
	if err := v.checkOutputs(ctx); err != nil || len(sink.list()) != 1 {
		t.Fatalf("after block 12: %v, %d alerts", err, len(sink.list()))
	}
}

// The message passer's storage root read with eth_getProof is checked against the state root we verified: it
// matches what the Isthmus header commits to, and a proof checked against any other root is refused.
func TestSource_MessagePasserStorageRootIsProven(t *testing.T) {
	chain := newL2(t, 6)
	ctx := context.Background()
	src, err := Dial(ctx, "l2", chain.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	b := chain.Backend().BlockChain().GetBlockByNumber(6)
	got, err := src.MessagePasserStorageRoot(ctx, 6, b.Root())
	if err != nil {
		t.Fatal(err)
	}
	if got != *b.Header().WithdrawalsHash {
		t.Fatalf("proven storage root %s, header says %s", got, b.Header().WithdrawalsHash)
	}
	if _, err := src.MessagePasserStorageRoot(ctx, 6, lieHash(b.Root())); !errors.Is(err, ErrBadBlockData) {
		t.Fatalf("proof against a wrong root: %v", err)
	}
}

// A verifier can start from a finalized output posted on L1 instead of a block hash; an output the upstream's
// block does not match is refused.
func TestVerifier_AnchorFromPostedOutput(t *testing.T) {
	chain := newL2(t, 10)
	bc := chain.Backend().BlockChain()
	b5 := bc.GetBlockByNumber(5)
	oracle := &postedOutputs{}
	oracle.post(Output{Root: OutputRootV0(b5.Root(), *b5.Header().WithdrawalsHash, b5.Hash()), L2BlockNumber: 5})
	oracle.post(Output{Root: lieHash(b5.Root()), L2BlockNumber: 7})
	ctx := context.Background()
	primary, err := Dial(ctx, "primary", chain.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer primary.Close()
	newV := func(index uint64) *Verifier {
		v, err := New(Config{
			RollupChainID: chain.ChainConfig().ChainID.Uint64(), ChainConfig: chain.ChainConfig(),
			AnchorOutputIndex: &index, Oracle: oracle,
		}, primary, nil, memStore(t), &recordingSink{})
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	v := newV(0)
	if err := v.Init(ctx); err != nil {
		t.Fatal(err)
	}
	if st := v.Status(); st.VerifiedNumber != 5 || st.VerifiedHash != b5.Hash() {
		t.Fatalf("anchored at %d %s, want block 5", st.VerifiedNumber, st.VerifiedHash)
	}
	if err := stepUntil(t, v, 10); err != nil || v.Status().VerifiedNumber != 10 {
		t.Fatalf("from the output anchor: head %d, err %v", v.Status().VerifiedNumber, err)
	}
	if err := newV(1).Init(ctx); !errors.Is(err, ErrAnchorMismatch) {
		t.Fatalf("anchor on a wrong output: %v", err)
	}
}

// Against Optimism's real L2OutputOracle (npm contracts-bedrock bytecode) behind a proxy on the in-process L1:
// the reader sees what the proposer posts, and a wrong output raises an OutputOracleMismatch through Start's loop.
func TestL2OutputOracle_RealContractOnL1(t *testing.T) {
	chain := newL2(t, 8)
	l1chain, err := l1.New(l1.Config{Accounts: 2, BlockTime: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l1chain.Stop(context.Background()) })
	ctx := context.Background()
	accts := l1chain.Accounts()
	auth, err := bind.NewKeyedTransactorWithChainID(accts[0].Key, l1chain.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	proposer, err := bind.NewKeyedTransactorWithChainID(accts[1].Key, l1chain.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	oo, err := l2.DeployOutputOracle(ctx, l1chain.Client(), auth, l2.OutputOracleConfig{
		SubmissionInterval: 4, L2BlockTime: 1, StartingBlockNumber: 0, StartingTimestamp: 0,
		Proposer: accts[1].Address, Challenger: accts[0].Address,
	})
	if err != nil {
		t.Fatal(err)
	}
	bc := chain.Backend().BlockChain()
	out := func(n uint64) common.Hash {
		b := bc.GetBlockByNumber(n)
		return OutputRootV0(b.Root(), *b.Header().WithdrawalsHash, b.Hash())
	}
	if err := oo.Propose(ctx, l1chain.Client(), proposer, out(4), 4); err != nil {
		t.Fatal(err)
	}
	if err := oo.Propose(ctx, l1chain.Client(), proposer, lieHash(out(8)), 8); err != nil {
		t.Fatal(err)
	}
	reader, err := NewL2OutputOracle(l1chain.Client(), oo.Address)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := reader.NextOutputIndex(ctx); err != nil || n != 2 {
		t.Fatalf("nextOutputIndex = %d, %v; want 2", n, err)
	}
	if o, err := reader.Output(ctx, 0); err != nil || o.Root != out(4) || o.L2BlockNumber != 4 || o.Timestamp == 0 {
		t.Fatalf("output 0 = %+v, %v", o, err)
	}

	primary, err := Dial(ctx, "primary", chain.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer primary.Close()
	sink := &recordingSink{}
	v, err := New(Config{
		RollupChainID: chain.ChainConfig().ChainID.Uint64(), ChainConfig: chain.ChainConfig(),
		AnchorHash: chain.Genesis().Hash(), Oracle: reader, PollInterval: 10 * time.Millisecond, OracleInterval: 10 * time.Millisecond,
	}, primary, nil, memStore(t), sink)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer v.Stop(ctx)
	deadline := time.Now().Add(30 * time.Second)
	for len(sink.list()) == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("no alert for the wrong output; verified head %d", v.Status().VerifiedNumber)
		}
		time.Sleep(10 * time.Millisecond)
	}
	a := sink.list()[0]
	if a.OutputIndex == nil || *a.OutputIndex != 1 || a.Block != 8 || a.ExpectedOutputRoot != out(8) || a.ClaimedOutputRoot != lieHash(out(8)) {
		t.Fatalf("alert %+v", a)
	}
}
