package risc0

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
)

// BN254ControlID is the control ID of RISC Zero's BN254 identity circuit, as
// used by the v3.0 and v5.0 releases (risc0-ethereum ControlID.BN254_CONTROL_ID).
var BN254ControlID = [32]byte{
	0x04, 0x44, 0x6e, 0x66, 0xd3, 0x00, 0xeb, 0x7f, 0xb4, 0x5c, 0x97, 0x26, 0xbb, 0x53, 0xc7, 0x93,
	0xdd, 0xa4, 0x07, 0xa6, 0x2e, 0x96, 0x01, 0x61, 0x8b, 0xb4, 0x3c, 0x5c, 0x14, 0x65, 0x7a, 0xc0,
}

// The RISC Zero Groth16 verifying key, as embedded in RiscZeroGroth16Verifier.sol
// (decimal; G2 in EVM order x_imag, x_real, y_imag, y_real).
var riscZeroVKDecimal = struct {
	alpha              [2]string
	beta, gamma, delta [4]string
	ic                 [NumPublicInputs + 1][2]string
}{
	alpha: [2]string{
		"20491192805390485299153009773594534940189261866228447918068658471970481763042",
		"9383485363053290200918347156157836566562967994039712273449902621266178545958",
	},
	beta: [4]string{
		"4252822878758300859123897981450591353533073413197771768651442665752259397132",
		"6375614351688725206403948262868962793625744043794305715222011528459656738731",
		"21847035105528745403288232691147584728191162732299865338377159692350059136679",
		"10505242626370262277552901082094356697409835680220590971873171140371331206856",
	},
	gamma: [4]string{
		"11559732032986387107991004021392285783925812861821192530917403151452391805634",
		"10857046999023057135944570762232829481370756359578518086990519993285655852781",
		"4082367875863433681332203403145435568316851327593401208105741076214120093531",
		"8495653923123431417604973247489272438418190587263600148770280649306958101930",
	},
	delta: [4]string{
		"1668323501672964604911431804142266013250380587483576094566949227275849579036",
		"12043754404802191763554326994664886008979042643626290185762540825416902247219",
		"7710631539206257456743780535472368339139328733484942210876916214502466455394",
		"13740680757317479711909903993315946540841369848973133181051452051592786724563",
	},
	ic: [NumPublicInputs + 1][2]string{
		{"8446592859352799428420270221449902464741693648963397251242447530457567083492",
			"1064796367193003797175961162477173481551615790032213185848276823815288302804"},
		{"3179835575189816632597428042194253779818690147323192973511715175294048485951",
			"20895841676865356752879376687052266198216014795822152491318012491767775979074"},
		{"5332723250224941161709478398807683311971555792614491788690328996478511465287",
			"21199491073419440416471372042641226693637837098357067793586556692319371762571"},
		{"12457994489566736295787256452575216703923664299075106359829199968023158780583",
			"19706766271952591897761291684837117091856807401404423804318744964752784280790"},
		{"19617808913178163826953378459323299110911217259216006187355745713323154132237",
			"21663537384585072695701846972542344484111393047775983928357046779215877070466"},
		{"6834578911681792552110317589222010969491336870276623105249474534788043166867",
			"15060583660288623605191393599883223885678013570733629274538391874953353488393"},
	},
}

// RiscZeroVerifyingKey returns RISC Zero's Groth16 verifying key, the one
// embedded in Mach's RiscZeroGroth16Verifier contract.
func RiscZeroVerifyingKey() VerifyingKey {
	d := &riscZeroVKDecimal
	vk, err := newVerifyingKey(d.alpha, d.beta, d.gamma, d.delta, d.ic[:])
	if err != nil {
		panic("risc0: embedded verifying key is invalid: " + err.Error())
	}
	return vk
}

// newVerifyingKey builds and validates a key from decimal coordinates.
func newVerifyingKey(alpha [2]string, beta, gamma, delta [4]string, ic [][2]string) (VerifyingKey, error) {
	var vk VerifyingKey
	var err error
	if len(ic) != NumPublicInputs+1 {
		return vk, fmt.Errorf("verifying key has %d IC points, want %d", len(ic), NumPublicInputs+1)
	}
	if vk.Alpha, err = g1FromDecimal(alpha); err != nil {
		return vk, fmt.Errorf("alpha: %w", err)
	}
	if vk.Beta, err = g2FromDecimal(beta); err != nil {
		return vk, fmt.Errorf("beta: %w", err)
	}
	if vk.Gamma, err = g2FromDecimal(gamma); err != nil {
		return vk, fmt.Errorf("gamma: %w", err)
	}
	if vk.Delta, err = g2FromDecimal(delta); err != nil {
		return vk, fmt.Errorf("delta: %w", err)
	}
	for i := range ic {
		if vk.IC[i], err = g1FromDecimal(ic[i]); err != nil {
			return vk, fmt.Errorf("IC%d: %w", i, err)
		}
	}
	return vk, nil
}

func fpFromDecimal(s string) (fp.Element, error) {
	var e fp.Element
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 || v.Cmp(fp.Modulus()) >= 0 {
		return e, fmt.Errorf("%q is not a canonical base-field element", s)
	}
	e.SetBigInt(v)
	return e, nil
}

func g1FromDecimal(xy [2]string) (bn254.G1Affine, error) {
	var p bn254.G1Affine
	var err error
	if p.X, err = fpFromDecimal(xy[0]); err != nil {
		return p, err
	}
	if p.Y, err = fpFromDecimal(xy[1]); err != nil {
		return p, err
	}
	if !p.IsOnCurve() {
		return p, fmt.Errorf("point is not on G1")
	}
	return p, nil
}

// g2FromDecimal reads a G2 point in EVM order [x_imag, x_real, y_imag, y_real].
func g2FromDecimal(c [4]string) (bn254.G2Affine, error) {
	var p bn254.G2Affine
	var e [4]fp.Element
	for i := range c {
		var err error
		if e[i], err = fpFromDecimal(c[i]); err != nil {
			return p, err
		}
	}
	p.X.A1, p.X.A0, p.Y.A1, p.Y.A0 = e[0], e[1], e[2], e[3]
	if !p.IsOnCurve() || !p.IsInSubGroup() {
		return p, fmt.Errorf("point is not in G2")
	}
	return p, nil
}
