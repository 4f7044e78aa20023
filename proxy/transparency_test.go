package proxy

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// transcript is testdata/transparency.txt: one JSON-RPC request body per line (blank lines and # comments
// skipped), with {{name}} placeholders for values of the test chain.
func transcript(t *testing.T, vars map[string]string) []string {
	t.Helper()
	raw, err := os.ReadFile("testdata/transparency.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for k, v := range vars {
			line = strings.ReplaceAll(line, "{{"+k+"}}", v)
		}
		if strings.Contains(line, "{{") {
			t.Fatalf("unknown placeholder in %s", line)
		}
		out = append(out, line)
	}
	return out
}

// chainVars returns the placeholder values of a chain: hashes of block 2 and its transactions, a funded account,
// a deployed contract.
func chainVars(t *testing.T, url string) map[string]string {
	t.Helper()
	ctx := testContext(t)
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	block, err := ec.BlockByNumber(ctx, common.Big2)
	if err != nil {
		t.Fatal(err)
	}
	var contract common.Address
	var userTx common.Hash
	for _, tx := range block.Transactions() {
		r, err := ec.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			t.Fatal(err)
		}
		if tx.Type() != 0x7e && userTx == (common.Hash{}) {
			userTx = tx.Hash()
		}
		if r.ContractAddress != (common.Address{}) && contract == (common.Address{}) {
			code, err := ec.CodeAt(ctx, r.ContractAddress, nil)
			if err == nil && len(code) > 0 {
				contract = r.ContractAddress
			}
		}
	}
	if userTx == (common.Hash{}) || contract == (common.Address{}) {
		t.Fatalf("block 2 has no user transaction or no deployed contract")
	}
	key := crypto.Keccak256([]byte("mach-l2-dev-0"))
	pk, err := crypto.ToECDSA(key)
	if err != nil {
		t.Fatal(err)
	}
	return map[string]string{
		"blockHash": block.Hash().Hex(),
		"txHash":    userTx.Hex(),
		"account":   crypto.PubkeyToAddress(pk.PublicKey).Hex(),
		"contract":  contract.Hex(),
	}
}

// TestProxy_TransparentForRecordedRequests replays the recorded requests directly against an in-process op-geth
// node and through the proxy: every response must carry the same id and byte-identical result or error, singles
// and batches alike.
func TestProxy_TransparentForRecordedRequests(t *testing.T) {
	chain := newChain(t, 3)
	cfg := testConfig(chain.URL())
	cfg.Methods.Deny = nil // debug_ and the rest pass through too: the comparison covers whatever the node serves
	_, base := startProxy(t, cfg, newTestAlerts(), nil)
	proxyURL := base + "/rpc/op"

	reqs := transcript(t, chainVars(t, chain.URL()))
	if len(reqs) < 30 {
		t.Fatalf("only %d recorded requests", len(reqs))
	}
	var errorsSeen, batches, results int
	for _, body := range reqs {
		_, direct := post(t, chain.URL(), body)
		_, proxied := post(t, proxyURL, body)
		d, p := normalize(t, direct), normalize(t, proxied)
		if len(d) != len(p) {
			t.Errorf("%s\n direct: %s\n proxy:  %s", body, direct, proxied)
			continue
		}
		for i := range d {
			if !bytes.Equal(d[i].ID, p[i].ID) || !bytes.Equal(d[i].Result, p[i].Result) || !bytes.Equal(d[i].Error, p[i].Error) {
				t.Errorf("%s\n direct: %s\n proxy:  %s", body, direct, proxied)
			}
			if d[i].Error != nil {
				errorsSeen++
			} else if len(d[i].Result) > 8 {
				results++
			}
		}
		if strings.HasPrefix(body, "[") {
			batches++
			if !bytes.HasPrefix(bytes.TrimSpace(proxied), []byte("[")) {
				t.Errorf("batch answered without an array: %s", proxied)
			}
		}
	}
	if errorsSeen < 5 || batches < 2 || results < 25 {
		t.Errorf("the transcript exercised %d errors, %d batches and %d substantial results; want at least 5, 2 and 25", errorsSeen, batches, results)
	}
}

// normalize decodes a single or batch response into a list ordered as sent (ids are unique in the transcript).
func normalize(t *testing.T, body []byte) []wireResponse {
	t.Helper()
	body = bytes.TrimSpace(body)
	if len(body) > 0 && body[0] == '[' {
		var rs []wireResponse
		if err := json.Unmarshal(body, &rs); err != nil {
			t.Fatalf("decode %s: %v", body, err)
		}
		return rs
	}
	var r wireResponse
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatalf("decode %s: %v", body, err)
	}
	return []wireResponse{r}
}

func TestTranscript_PlaceholdersAreKnown(t *testing.T) {
	vars := map[string]string{"blockHash": "0x1", "txHash": "0x2", "account": "0x3", "contract": "0x4"}
	for _, line := range transcript(t, vars) {
		if !json.Valid([]byte(line)) {
			t.Errorf("not JSON: %s", line)
		}
	}
}
