package blsfixture

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite contracts/test/fixtures/bls_operators.json")

var fixturePath = filepath.Join("..", "..", "contracts", "test", "fixtures", "bls_operators.json")

func TestFixture_CommittedFileIsCurrent(t *testing.T) {
	f, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(f, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.MkdirAll(filepath.Dir(fixturePath), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(fixturePath, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(fixturePath)
	if err != nil {
		t.Fatalf("read %s (regenerate with `go test ./internal/blsfixture -update`): %v", fixturePath, err)
	}
	if string(got) != string(want) {
		t.Fatalf("%s is stale: regenerate with `go test ./internal/blsfixture -update`", fixturePath)
	}
}

func TestFixture_SecretKeysAreDistinctAndBelowGroupOrder(t *testing.T) {
	seen := map[string]bool{}
	for i := range NumOperators {
		sk := SecretKey(i)
		if sk.Sign() == 0 {
			t.Fatalf("operator %d has a zero key", i)
		}
		if seen[sk.String()] {
			t.Fatalf("operator %d repeats a key", i)
		}
		seen[sk.String()] = true
	}
}
