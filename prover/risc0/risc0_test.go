package risc0

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math/big"
	"os"
	"testing"
)

// receiptsPath is the shared test-vector file, relative to this package directory.
const receiptsPath = "../../../shared/testdata/risc0/groth16-receipts.json"

type tb interface {
	Helper()
	Fatalf(format string, args ...any)
}

func loadFixtures(t tb) *Fixtures {
	t.Helper()
	if _, err := os.Stat(receiptsPath); err != nil {
		t.Fatalf("RISC Zero test vectors missing: %s (expected at /work/shared/testdata/risc0/groth16-receipts.json): %v", receiptsPath, err)
	}
	f, err := LoadFixtures(receiptsPath)
	if err != nil {
		t.Fatalf("loading RISC Zero test vectors: %v", err)
	}
	return f
}

func mustHex32(t *testing.T, s string) [32]byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 32 {
		t.Fatalf("bad hex32 %q", s)
	}
	return [32]byte(b)
}

func TestTagDigestsAndZeroStateMatchContractConstants(t *testing.T) {
	tests := []struct {
		name string
		got  [32]byte
		want string
	}{
		{"ReceiptClaim tag", sha256.Sum256([]byte(TagReceiptClaim)), "cb1fefcd1f2d9a64975cbbbf6e161e2914434b0cbb9960b84df5d717e86b48af"},
		{"Output tag", sha256.Sum256([]byte(TagOutput)), "77eafeb366a78b47747de0d7bb176284085ff5564887009a5be63da32d3559d4"},
		{"VerifyingKey tag", sha256.Sum256([]byte(TagVerifyingKey)), "fa77044bc9f1aec494a3f424cb9104c24149acf58ca6b219b44bd6b1056f9d4c"},
		{"VerifyingKey.IC tag", sha256.Sum256([]byte(TagVerifyingKeyIC)), "f776d186bf72b819a595ab1833062ab4bb3592160c10857ebeca9691ce729f22"},
		{"verifier parameters tag", sha256.Sum256([]byte(TagVerifierParameters)), "60b97a2bdc471360c901f58eb3f22679fc24bd6bf6367e14a8a34744f29516aa"},
		{"zero SystemState digest", SystemStateZeroDigest, "a3acc27117418996340b84e5a90f3ef4c49d22c79e44aad822ec9c313e1eb8e2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if want := mustHex32(t, tc.want); tc.got != want {
				t.Fatalf("got %x, want %x", tc.got, want)
			}
		})
	}
}

func TestSplitDigestReadsEachHalfLittleEndian(t *testing.T) {
	var d [32]byte
	for i := range d {
		d[i] = byte(i + 1)
	}
	h0, h1 := SplitDigest(d)
	want0, _ := new(big.Int).SetString("100f0e0d0c0b0a090807060504030201", 16)
	want1, _ := new(big.Int).SetString("201f1e1d1c1b1a191817161514131211", 16)
	if h0.Cmp(want0) != 0 || h1.Cmp(want1) != 0 {
		t.Fatalf("SplitDigest = %x, %x; want %x, %x", h0, h1, want0, want1)
	}
}

func TestJoinDigestInvertsSplitDigest(t *testing.T) {
	f := loadFixtures(t)
	digests := [][32]byte{{}, {0xff, 1, 2}, SystemStateZeroDigest}
	for _, r := range f.Receipts {
		digests = append(digests, r.ControlRoot, r.ImageID)
	}
	var ones [32]byte
	for i := range ones {
		ones[i] = 0xff
	}
	digests = append(digests, ones)
	for _, d := range digests {
		h0, h1 := SplitDigest(d)
		got, err := JoinDigest(h0, h1)
		if err != nil || got != d {
			t.Errorf("JoinDigest(SplitDigest(%x)) = %x, %v", d, got, err)
		}
	}
	big129 := new(big.Int).Lsh(big.NewInt(1), 128)
	for _, bad := range [][2]*big.Int{{big129, big.NewInt(0)}, {big.NewInt(0), big.NewInt(-1)}, {nil, big.NewInt(0)}} {
		if _, err := JoinDigest(bad[0], bad[1]); err == nil {
			t.Errorf("JoinDigest(%v, %v) accepted", bad[0], bad[1])
		}
	}
}

func TestTaggedListOfNothingIsZeroDigest(t *testing.T) {
	if got := TaggedList(TagVerifyingKeyIC, nil); got != ([32]byte{}) {
		t.Fatalf("empty tagged list = %x, want zero", got)
	}
}

func TestLoadFixturesDropsMisplacedG2CoordinatesFromIC(t *testing.T) {
	f := loadFixtures(t)
	// The defective ic_g1 starts with beta's coordinates; the repaired IC0 must not.
	beta := g2Bytes(&f.VerifyingKey.Beta)
	if bytes.Equal(g1Bytes(&f.VerifyingKey.IC[0]), beta[:64]) {
		t.Fatal("IC0 is beta's x coordinate: the ic_g1 defect was not handled")
	}
	embedded := RiscZeroVerifyingKey()
	if f.VerifyingKey.Digest() != embedded.Digest() {
		t.Fatal("verifying key from JSON differs from the embedded key")
	}
	if f.BN254ControlID != BN254ControlID {
		t.Fatalf("bn254_control_id %x differs from the embedded %x", f.BN254ControlID, BN254ControlID)
	}
}

func TestSelectorMatchesJSONForEachReceipt(t *testing.T) {
	f := loadFixtures(t)
	published := [][4]byte{{0xc2, 0x7d, 0x1b, 0xc0}, {0x73, 0xc4, 0x57, 0xba}} // v5.0, v3.0
	if len(f.Receipts) != len(published) {
		t.Fatalf("want %d receipts, got %d", len(published), len(f.Receipts))
	}
	for i, r := range f.Receipts {
		t.Run(r.Name, func(t *testing.T) {
			if r.Selector != published[i] {
				t.Fatalf("JSON selector %x, published %x", r.Selector, published[i])
			}
			got := Selector(r.ControlRoot, f.BN254ControlID, f.VerifyingKey)
			if got != r.Selector {
				t.Fatalf("Selector = %x, JSON says %x", got, r.Selector)
			}
			if !bytes.Equal(r.Seal[:4], got[:]) {
				t.Fatalf("seal starts with %x, want %x", r.Seal[:4], got)
			}
		})
	}
}

func TestVerifySealAcceptsEachRealReceipt(t *testing.T) {
	f := loadFixtures(t)
	for _, r := range f.Receipts {
		t.Run(r.Name, func(t *testing.T) {
			if err := VerifySeal(r.Seal, r.ImageID, sha256.Sum256(r.Journal), r.Params(f)); err != nil {
				t.Fatalf("VerifySeal: %v", err)
			}
			if err := VerifyIntegrity(r.Seal, ClaimDigest(r.ImageID, sha256.Sum256(r.Journal)), r.Params(f)); err != nil {
				t.Fatalf("VerifyIntegrity: %v", err)
			}
		})
	}
}

func TestVerifySealRejectsEverySingleByteTampering(t *testing.T) {
	f := loadFixtures(t)
	for _, r := range f.Receipts {
		params := r.Params(f)
		journalDigest := sha256.Sum256(r.Journal)
		tests := []struct {
			name string
			n    int
			run  func(i int) error
			want func(i int) error
		}{
			{"seal", len(r.Seal), func(i int) error {
				seal := bytes.Clone(r.Seal)
				seal[i] ^= 0x01
				return VerifySeal(seal, r.ImageID, journalDigest, params)
			}, func(i int) error {
				if i < 4 {
					return ErrSelectorMismatch
				}
				return ErrVerificationFailed
			}},
			{"image id", 32, func(i int) error {
				id := r.ImageID
				id[i] ^= 0xff
				return VerifySeal(r.Seal, id, journalDigest, params)
			}, func(int) error { return ErrVerificationFailed }},
			{"journal", len(r.Journal), func(i int) error {
				j := bytes.Clone(r.Journal)
				j[i] ^= 0xff
				return VerifySeal(r.Seal, r.ImageID, sha256.Sum256(j), params)
			}, func(int) error { return ErrVerificationFailed }},
		}
		for _, tc := range tests {
			t.Run(r.Name+"/"+tc.name, func(t *testing.T) {
				for i := 0; i < tc.n; i++ {
					err := tc.run(i)
					if want := tc.want(i); !errors.Is(err, want) {
						t.Fatalf("byte %d flipped: got %v, want %v", i, err, want)
					}
				}
			})
		}
	}
}

func TestVerifySealRejectsMalformedSeals(t *testing.T) {
	f := loadFixtures(t)
	r := f.Receipts[0]
	params := r.Params(f)
	journalDigest := sha256.Sum256(r.Journal)
	q, _ := new(big.Int).SetString("21888242871839275222246405745257275088696311157297823662689037894645226208583", 10)
	nonCanonical := bytes.Clone(r.Seal)
	ay := new(big.Int).SetBytes(nonCanonical[36:68])
	ay.Add(ay, q).FillBytes(nonCanonical[36:68])

	tests := []struct {
		name string
		seal []byte
		want error
	}{
		{"empty", nil, ErrInvalidSealLength},
		{"shorter than a selector", r.Seal[:3], ErrInvalidSealLength},
		{"selector only", r.Seal[:4], ErrInvalidSealLength},
		{"truncated by one byte", r.Seal[:SealLength-1], ErrInvalidSealLength},
		{"one trailing byte", append(bytes.Clone(r.Seal), 0), ErrInvalidSealLength},
		{"other release's seal", f.Receipts[1].Seal, ErrSelectorMismatch},
		{"mock seal", MockSeal([4]byte{0xff, 0xff, 0xff, 0xff}, r.ImageID, journalDigest), ErrSelectorMismatch},
		{"all-zero proof", append(bytes.Clone(r.Seal[:4]), make([]byte, 256)...), ErrVerificationFailed},
		{"non-canonical A.y (y + q)", nonCanonical, ErrVerificationFailed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := VerifySeal(tc.seal, r.ImageID, journalDigest, params); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestSelectorMismatchErrorReportsBothSelectors(t *testing.T) {
	f := loadFixtures(t)
	v5, v3 := f.Receipts[0], f.Receipts[1]
	err := VerifySeal(v3.Seal, v3.ImageID, sha256.Sum256(v3.Journal), v5.Params(f))
	var sm *SelectorMismatchError
	if !errors.As(err, &sm) {
		t.Fatalf("got %v, want *SelectorMismatchError", err)
	}
	if sm.Received != v3.Selector || sm.Expected != v5.Selector {
		t.Fatalf("got received %x expected %x; want %x, %x", sm.Received, sm.Expected, v3.Selector, v5.Selector)
	}
}

func TestVerifySealRejectsReceiptUnderOtherControlRoot(t *testing.T) {
	f := loadFixtures(t)
	v5, v3 := f.Receipts[0], f.Receipts[1]
	seal := bytes.Clone(v5.Seal)
	copy(seal, v3.Selector[:]) // pass the selector check; the control root is a public input
	if err := VerifySeal(seal, v5.ImageID, sha256.Sum256(v5.Journal), v3.Params(f)); !errors.Is(err, ErrVerificationFailed) {
		t.Fatalf("got %v, want ErrVerificationFailed", err)
	}
}

func TestVerifySealRejectsControlIDOutsideScalarField(t *testing.T) {
	f := loadFixtures(t)
	r := f.Receipts[0]
	params := r.Params(f)
	for i := range params.BN254ControlID {
		params.BN254ControlID[i] = 0xff
	}
	seal := bytes.Clone(r.Seal)
	sel := params.Selector()
	copy(seal, sel[:])
	if err := VerifySeal(seal, r.ImageID, sha256.Sum256(r.Journal), params); !errors.Is(err, ErrInvalidParams) {
		t.Fatalf("got %v, want ErrInvalidParams", err)
	}
}

func TestMockSealIsSelectorFollowedByClaimDigest(t *testing.T) {
	sel := [4]byte{0xde, 0xad, 0xbe, 0xef}
	imageID := sha256.Sum256([]byte("image"))
	journalDigest := sha256.Sum256([]byte("journal"))
	claim := ClaimDigest(imageID, journalDigest)
	want := append(sel[:], claim[:]...)
	if got := MockSeal(sel, imageID, journalDigest); !bytes.Equal(got, want) {
		t.Fatalf("MockSeal = %x, want %x", got, want)
	}
}

func TestClaimDigestChangesWithEveryInput(t *testing.T) {
	base := ClaimDigest([32]byte{1}, [32]byte{2})
	if ClaimDigest([32]byte{2}, [32]byte{1}) == base {
		t.Fatal("swapping image ID and journal digest must change the claim digest")
	}
	if ReceiptClaimDigest([32]byte{}, [32]byte{1}, SystemStateZeroDigest, OutputDigest([32]byte{2}, [32]byte{}), ExitHalted, 1) == base {
		t.Fatal("a non-zero user exit code must change the claim digest")
	}
}

func FuzzVerifySeal(f *testing.F) {
	fx := loadFixtures(f)
	r := fx.Receipts[0]
	params := r.Params(fx)
	journalDigest := sha256.Sum256(r.Journal)

	// Seed corpus.
	f.Add([]byte{})
	f.Add(r.Seal[:4])
	f.Add(bytes.Clone(r.Seal))
	f.Add(bytes.Clone(fx.Receipts[1].Seal))
	f.Add(append(bytes.Clone(r.Seal), 0))
	f.Add(append(bytes.Clone(r.Seal[:4]), make([]byte, 256)...))
	f.Add(append(bytes.Clone(r.Seal[:4]), bytes.Repeat([]byte{0xff}, 256)...))
	f.Add(MockSeal(r.Selector, r.ImageID, journalDigest))

	f.Fuzz(func(t *testing.T, seal []byte) {
		err := VerifySeal(seal, r.ImageID, journalDigest, params)
		if err == nil {
			// A Groth16 proof can be re-randomised, so another valid seal is not a bug in itself,
			// but it must at least be well-formed.
			if len(seal) != SealLength || !bytes.Equal(seal[:4], r.Selector[:]) {
				t.Fatalf("accepted a malformed seal %x", seal)
			}
			return
		}
		if !errors.Is(err, ErrInvalidSealLength) && !errors.Is(err, ErrSelectorMismatch) && !errors.Is(err, ErrVerificationFailed) {
			t.Fatalf("unexpected error kind: %v", err)
		}
	})
}
