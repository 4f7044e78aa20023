package verifier

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/stateless"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/mach-avs/mach/devnet/l2"
)

// fixture is one block of the in-process L2 with everything Execute needs.
type fixture struct {
	config  *params.ChainConfig
	parent  *types.Header
	block   *types.Block
	witness *Witness
}

func fetchFixture(t testing.TB, chain *l2.Chain, n uint64) fixture {
	t.Helper()
	ctx := context.Background()
	src, err := Dial(ctx, "l2", chain.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	parent, err := src.BlockByNumber(ctx, n-1)
	if err != nil {
		t.Fatal(err)
	}
	block, err := src.BlockByNumber(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	w, err := src.Witness(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	return fixture{config: chain.ChainConfig(), parent: parent.Header(), block: block, witness: w}
}

// plainExecute runs go-ethereum's own core.ExecuteStateless on the same inputs, for comparison.
func plainExecute(f fixture, w *Witness) (common.Hash, common.Hash, error) {
	sw := &stateless.Witness{Headers: []*types.Header{f.parent}, Codes: map[string]struct{}{}, State: map[string]struct{}{}}
	for _, c := range w.Codes {
		sw.Codes[string(c)] = struct{}{}
	}
	for _, n := range w.State {
		sw.State[string(n)] = struct{}{}
	}
	h := types.CopyHeader(f.block.Header())
	h.Root, h.ReceiptHash = common.Hash{}, common.Hash{}
	return core.ExecuteStateless(f.config, vm.Config{}, f.block.WithSeal(h), sw)
}

func without(list [][]byte, i int) [][]byte {
	out := make([][]byte, 0, len(list)-1)
	out = append(out, list[:i]...)
	return append(out, list[i+1:]...)
}

func mutated(list [][]byte, i int) [][]byte {
	out := append([][]byte(nil), list...)
	node := append([]byte(nil), list[i]...)
	node[len(node)-1] ^= 0x01
	out[i] = node
	return out
}

// Every single trie node and bytecode dropped from (or corrupted in) the witness of several blocks with real
// traffic: the strict runner answers witness-incomplete, or valid with the header's roots when the item was not
// needed — never invalid, never a wrong root. go-ethereum's plain runner, on the same inputs, is counted to show
// what the strictness is for.
func TestExecute_EveryMissingOrCorruptWitnessItemIsCaught(t *testing.T) {
	chain := newL2(t, 12)
	var incomplete, unneeded, plainSilentlyWrong int
	check := func(t *testing.T, f fixture, what string, w *Witness) {
		ex, err := Execute(f.config, f.parent, f.block, w)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		switch {
		case ex.Verdict == WitnessIncomplete:
			incomplete++
			if len(ex.Missing) == 0 && ex.Err == nil {
				t.Fatalf("%s: incomplete without saying what is missing", what)
			}
		case ex.Verdict == Valid && ex.StateRoot == f.block.Root() && ex.ReceiptRoot == f.block.ReceiptHash():
			unneeded++
		default:
			t.Fatalf("%s: verdict %s, state root %s (header %s), mismatches %v", what, ex.Verdict, ex.StateRoot, f.block.Root(), ex.Mismatches)
		}
		root, receipts, err := plainExecute(f, w)
		if err == nil && (root != f.block.Root() || receipts != f.block.ReceiptHash()) {
			plainSilentlyWrong++
		}
	}
	for _, n := range []uint64{2, 6, 11} {
		f := fetchFixture(t, chain, n)
		ex, err := Execute(f.config, f.parent, f.block, f.witness)
		if err != nil || ex.Verdict != Valid {
			t.Fatalf("block %d with its full witness: %v %+v", n, err, ex)
		}
		if len(f.witness.Codes) == 0 || len(f.witness.State) < 10 {
			t.Fatalf("block %d: witness too small to mean anything (%d codes, %d nodes)", n, len(f.witness.Codes), len(f.witness.State))
		}
		for i := range f.witness.State {
			check(t, f, "drop node", &Witness{Headers: f.witness.Headers, Codes: f.witness.Codes, State: without(f.witness.State, i)})
			check(t, f, "corrupt node", &Witness{Headers: f.witness.Headers, Codes: f.witness.Codes, State: mutated(f.witness.State, i)})
		}
		for i := range f.witness.Codes {
			check(t, f, "drop code", &Witness{Headers: f.witness.Headers, Codes: without(f.witness.Codes, i), State: f.witness.State})
			check(t, f, "corrupt code", &Witness{Headers: f.witness.Headers, Codes: mutated(f.witness.Codes, i), State: f.witness.State})
		}
	}
	t.Logf("%d incomplete, %d items not needed; plain core.ExecuteStateless returned a wrong root with no error %d times",
		incomplete, unneeded, plainSilentlyWrong)
	if incomplete == 0 {
		t.Fatal("no witness item was ever needed: the sweep tests nothing")
	}
}

// The witness of the L2 node decodes the same in its map form and in reth's list form (headers as RLP).
func TestWitness_MapAndListForms(t *testing.T) {
	chain := newL2(t, 3)
	f := fetchFixture(t, chain, 3)
	list := map[string]any{"keys": []string{}}
	var headers []string
	for _, h := range f.witness.Headers {
		enc, err := rlpHex(h)
		if err != nil {
			t.Fatal(err)
		}
		headers = append(headers, enc)
	}
	list["headers"], list["codes"], list["state"] = headers, hexList(f.witness.Codes), hexList(f.witness.State)
	raw, err := json.Marshal(list)
	if err != nil {
		t.Fatal(err)
	}
	var w Witness
	if err := json.Unmarshal(raw, &w); err != nil {
		t.Fatal(err)
	}
	ex, err := Execute(f.config, f.parent, f.block, &w)
	if err != nil || ex.Verdict != Valid {
		t.Fatalf("list form: %v %+v", err, ex)
	}
	for _, bad := range []string{`{}`, `{"state": 5}`, `{"state": ["0xzz"]}`, `{"state": [], "headers": ["0x01"]}`, `[]`} {
		if err := json.Unmarshal([]byte(bad), &w); err == nil {
			t.Errorf("witness %s decoded", bad)
		}
	}
}

func rlpHex(h *types.Header) (string, error) {
	enc, err := rlp.EncodeToBytes(h)
	if err != nil {
		return "", err
	}
	return hexutil.Encode(enc), nil
}

func hexList(blobs [][]byte) []string {
	out := make([]string, len(blobs))
	for i, b := range blobs {
		out[i] = hexutil.Encode(b)
	}
	return out
}
