// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @title BN254
/// @notice Arithmetic on the alt_bn128 (BN254) curve through the EVM precompiles 0x06 (add), 0x07 (mul) and
///         0x08 (pairing), plus the try-and-increment hash to G1 that EigenLayer operators (eigensdk-go's
///         `MapToCurve`) sign with.
/// @dev G2 coordinates are Fp2 elements `a + b·i`, stored as `[b, a]` (imaginary first), which is the order the
///      pairing precompile expects.
library BN254 {
    /// @notice Modulus of the base field Fp.
    uint256 internal constant FP_MODULUS =
        21888242871839275222246405745257275088696311157297823662689037894645226208583;
    /// @notice Modulus of the scalar field Fr (the group order).
    uint256 internal constant FR_MODULUS =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @dev (p + 1) / 4: square roots in Fp are a single exponentiation because p ≡ 3 (mod 4).
    uint256 private constant SQRT_EXPONENT = (FP_MODULUS + 1) / 4;

    // The G2 generator, imaginary part first.
    uint256 internal constant G2_X_IM = 11559732032986387107991004021392285783925812861821192530917403151452391805634;
    uint256 internal constant G2_X_RE = 10857046999023057135944570762232829481370756359578518086990519993285655852781;
    uint256 internal constant G2_Y_IM = 4082367875863433681332203403145435568316851327593401208105741076214120093531;
    uint256 internal constant G2_Y_RE = 8495653923123431417604973247489272438418190587263600148770280649306958101930;

    struct G1Point {
        uint256 X;
        uint256 Y;
    }

    /// @dev X = X[1] + X[0]·i and Y = Y[1] + Y[0]·i.
    struct G2Point {
        uint256[2] X;
        uint256[2] Y;
    }

    error EcAddFailed();
    error EcMulFailed();
    error ModExpFailed();

    /// @notice The G1 generator (1, 2).
    function generatorG1() internal pure returns (G1Point memory) {
        return G1Point(1, 2);
    }

    /// @notice The negated G2 generator, used to move a pairing factor to the other side of an equation.
    function negGeneratorG2() internal pure returns (G2Point memory) {
        return G2Point([G2_X_IM, G2_X_RE], [FP_MODULUS - G2_Y_IM, FP_MODULUS - G2_Y_RE]);
    }

    /// @notice -p. The point at infinity (0, 0) is its own negation.
    function negate(G1Point memory p) internal pure returns (G1Point memory) {
        if (p.X == 0 && p.Y == 0) return G1Point(0, 0);
        return G1Point(p.X, FP_MODULUS - (p.Y % FP_MODULUS));
    }

    /// @notice p1 + p2; reverts with EcAddFailed if either input is not on the curve.
    function plus(G1Point memory p1, G1Point memory p2) internal view returns (G1Point memory r) {
        uint256[4] memory input = [p1.X, p1.Y, p2.X, p2.Y];
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x06, input, 0x80, r, 0x40)
        }
        if (!ok) revert EcAddFailed();
    }

    /// @notice s · p; reverts with EcMulFailed if p is not on the curve.
    function scalarMul(G1Point memory p, uint256 s) internal view returns (G1Point memory r) {
        uint256[3] memory input = [p.X, p.Y, s];
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x07, input, 0x60, r, 0x40)
        }
        if (!ok) revert EcMulFailed();
    }

    /// @notice Checks e(a1, a2) · e(b1, b2) == 1 with at most `pairingGas` gas.
    /// @return success false when the precompile failed (malformed input or out of gas).
    /// @return valid true when the product of pairings is the identity.
    function safePairing(G1Point memory a1, G2Point memory a2, G1Point memory b1, G2Point memory b2, uint256 pairingGas)
        internal
        view
        returns (bool success, bool valid)
    {
        uint256[12] memory input = [
            a1.X, a1.Y, a2.X[0], a2.X[1], a2.Y[0], a2.Y[1],
            b1.X, b1.Y, b2.X[0], b2.X[1], b2.Y[0], b2.Y[1]
        ];
        uint256[1] memory out;
        assembly ("memory-safe") {
            success := staticcall(pairingGas, 0x08, input, 0x180, out, 0x20)
        }
        valid = success && out[0] == 1;
    }

    /// @notice keccak256(X ‖ Y): the operator id of a BLS public key in EigenLayer's registries.
    function hashG1Point(G1Point memory p) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            h := keccak256(p, 0x40)
        }
    }

    /// @notice Maps a 32-byte message to G1 by try-and-increment on x = message mod p (as eigensdk-go does).
    function hashToG1(bytes32 message) internal view returns (G1Point memory) {
        uint256 x = uint256(message) % FP_MODULUS;
        while (true) {
            uint256 beta = addmod(mulmod(mulmod(x, x, FP_MODULUS), x, FP_MODULUS), 3, FP_MODULUS);
            uint256 y = expMod(beta, SQRT_EXPONENT, FP_MODULUS);
            if (mulmod(y, y, FP_MODULUS) == beta) return G1Point(x, y);
            x = addmod(x, 1, FP_MODULUS);
        }
        // Unreachable: half of all x are on the curve.
        return G1Point(0, 0);
    }

    /// @dev base^exponent mod modulus through the modexp precompile (0x05).
    function expMod(uint256 base, uint256 exponent, uint256 modulus) internal view returns (uint256 result) {
        bool ok;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, 0x20)
            mstore(add(p, 0x20), 0x20)
            mstore(add(p, 0x40), 0x20)
            mstore(add(p, 0x60), base)
            mstore(add(p, 0x80), exponent)
            mstore(add(p, 0xa0), modulus)
            ok := staticcall(gas(), 0x05, p, 0xc0, p, 0x20)
            result := mload(p)
        }
        if (!ok) revert ModExpFailed();
    }
}
