package risc0

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// TestReceipt is one real RISC Zero Groth16 receipt from the shared test data.
type TestReceipt struct {
	// Name describes the release that produced the receipt.
	Name string
	// ControlRoot is the release's control root.
	ControlRoot [32]byte
	// Selector is the verifier selector the receipt was produced for.
	Selector [4]byte
	// ImageID is the guest program's image ID.
	ImageID [32]byte
	// Journal is the journal committed by the guest.
	Journal []byte
	// Seal is the 260-byte Groth16 seal, selector included.
	Seal []byte
}

// Params returns the parameters of a verifier deployed for this receipt's release.
func (r *TestReceipt) Params(f *Fixtures) VerifierParams {
	return VerifierParams{ControlRoot: r.ControlRoot, BN254ControlID: f.BN254ControlID, VK: f.VerifyingKey}
}

// Fixtures is the content of shared/testdata/risc0/groth16-receipts.json.
type Fixtures struct {
	// BN254ControlID is the BN254 identity circuit's control ID.
	BN254ControlID [32]byte
	// VerifyingKey is the Groth16 verifying key (IC repaired, see LoadFixtures).
	VerifyingKey VerifyingKey
	// Receipts are the real receipts.
	Receipts []TestReceipt
}

type fixturesJSON struct {
	VerifyingKey struct {
		Alpha [2]string   `json:"alpha_g1"`
		Beta  [4]string   `json:"beta_g2"`
		Gamma [4]string   `json:"gamma_g2"`
		Delta [4]string   `json:"delta_g2"`
		IC    [][2]string `json:"ic_g1"`
	} `json:"verifying_key"`
	BN254ControlID string `json:"bn254_control_id"`
	Receipts       []struct {
		Name        string `json:"name"`
		ControlRoot string `json:"control_root"`
		Selector    string `json:"selector"`
		ImageID     string `json:"image_id"`
		Journal     string `json:"journal"`
		Seal        string `json:"seal"`
	} `json:"receipts"`
}

// LoadFixtures reads and validates the receipts test-vector file (JSON with
// decimal point coordinates and 0x-hex byte strings).
//
// Known defect of that file, handled here explicitly: verifying_key.ic_g1 has
// 12 entries instead of 6. Its first six are not IC points but the coordinates
// of beta_g2, gamma_g2 and delta_g2 (two [x, y]-shaped pairs each); the real
// IC0..IC5 are ic_g1[6:12]. LoadFixtures checks that the first six entries are
// exactly those G2 coordinates before dropping them, and also accepts a
// repaired file with exactly 6 entries; any other shape is an error.
func LoadFixtures(path string) (*Fixtures, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("risc0: reading test vectors: %w", err)
	}
	var j fixturesJSON
	if err := json.Unmarshal(raw, &j); err != nil {
		return nil, fmt.Errorf("risc0: parsing %s: %w", path, err)
	}
	f := &Fixtures{}
	if err := hexInto(f.BN254ControlID[:], j.BN254ControlID); err != nil {
		return nil, fmt.Errorf("risc0: bn254_control_id: %w", err)
	}

	vkj := &j.VerifyingKey
	ic := vkj.IC
	switch len(ic) {
	case NumPublicInputs + 1:
		// Repaired file: nothing to do.
	case 2 * (NumPublicInputs + 1):
		// Defective file (see above): ic_g1[0:6] must be beta, gamma, delta.
		var g2s []string
		for _, p := range [][4]string{vkj.Beta, vkj.Gamma, vkj.Delta} {
			g2s = append(g2s, p[:]...)
		}
		for i := 0; i < 6; i++ {
			if ic[i][0] != g2s[2*i] || ic[i][1] != g2s[2*i+1] {
				return nil, fmt.Errorf("risc0: verifying_key.ic_g1 has 12 entries but ic_g1[%d] is not the expected G2 coordinate pair; unknown layout", i)
			}
		}
		ic = ic[6:]
	default:
		return nil, fmt.Errorf("risc0: verifying_key.ic_g1 has %d entries, want %d", len(ic), NumPublicInputs+1)
	}
	if f.VerifyingKey, err = newVerifyingKey(vkj.Alpha, vkj.Beta, vkj.Gamma, vkj.Delta, ic); err != nil {
		return nil, fmt.Errorf("risc0: verifying_key: %w", err)
	}

	for _, rj := range j.Receipts {
		r := TestReceipt{Name: rj.Name}
		if err := hexInto(r.ControlRoot[:], rj.ControlRoot); err != nil {
			return nil, fmt.Errorf("risc0: receipt %q control_root: %w", rj.Name, err)
		}
		if err := hexInto(r.Selector[:], rj.Selector); err != nil {
			return nil, fmt.Errorf("risc0: receipt %q selector: %w", rj.Name, err)
		}
		if err := hexInto(r.ImageID[:], rj.ImageID); err != nil {
			return nil, fmt.Errorf("risc0: receipt %q image_id: %w", rj.Name, err)
		}
		if r.Journal, err = hexBytes(rj.Journal); err != nil {
			return nil, fmt.Errorf("risc0: receipt %q journal: %w", rj.Name, err)
		}
		if r.Seal, err = hexBytes(rj.Seal); err != nil {
			return nil, fmt.Errorf("risc0: receipt %q seal: %w", rj.Name, err)
		}
		f.Receipts = append(f.Receipts, r)
	}
	if len(f.Receipts) == 0 {
		return nil, fmt.Errorf("risc0: %s holds no receipts", path)
	}
	return f, nil
}

func hexBytes(s string) ([]byte, error) {
	if !strings.HasPrefix(s, "0x") {
		return nil, fmt.Errorf("%q lacks the 0x prefix", s)
	}
	return hex.DecodeString(s[2:])
}

func hexInto(dst []byte, s string) error {
	b, err := hexBytes(s)
	if err != nil {
		return err
	}
	if len(b) != len(dst) {
		return fmt.Errorf("%q is %d bytes, want %d", s, len(b), len(dst))
	}
	copy(dst, b)
	return nil
}
