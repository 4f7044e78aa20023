// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {IRiscZeroVerifier} from "./IRiscZeroVerifier.sol";
import {ReceiptClaimLib} from "./ReceiptClaim.sol";
import {StructHash} from "./StructHash.sol";

/// @title RiscZeroGroth16Verifier
/// @notice Verifies RISC Zero Groth16 receipts (the BN254 SNARK wrapping of a succinct receipt) on-chain.
/// @dev Seal format: `selector (4 bytes) ‖ abi.encode(uint256[2] a, uint256[2][2] b, uint256[2] c)`, 260 bytes;
///      `b` is already in EVM precompile order ([x_imag, x_real], [y_imag, y_real]).
///
///      The circuit has five public inputs: the control root and the claim digest, each split into two 128-bit
///      halves, and the BN254 control ID. A digest `d` is split by reversing its 32 bytes and taking the low
///      128 bits as the first half and the high 128 bits as the second: `half0 = uint128le(d[0:16])`,
///      `half1 = uint128le(d[16:32])`.
///
///      Only the claim halves change between proofs, so the constructor folds the constant part of the
///      input commitment, `IC0 + root0·IC1 + root1·IC2 + bn254ControlId·IC5`, into two immutables; `verify`
///      then needs two scalar multiplications, two additions and one four-pair pairing check.
///
///      Gas: a successful `verify` costs about 199k gas (two ecMul, two ecAdd, a four-pair pairing, three
///      sha256). A seal whose points are off the curve makes the EVM precompile fail, and a failing precompile
///      consumes all gas forwarded to it: callers that `try`/`catch` a verification should cap its gas
///      (e.g. 500k), or the failure will eat 63/64 of their remaining gas.
///
///      The verifying key is RISC Zero's Groth16 key (risc0-ethereum `Groth16Verifier.sol`); G2 coordinates are
///      stored in precompile order (x_imag, x_real, y_imag, y_real).
contract RiscZeroGroth16Verifier is IRiscZeroVerifier {
    /// @notice The control ID is not a BN254 scalar field element.
    error InvalidBn254ControlId(bytes32 bn254ControlId);

    /// @notice A BN254 precompile rejected the verifying-key data at construction.
    error VerifyingKeyPrecompileFailed();

    /// @notice Length of a seal: 4-byte selector + 8 words (a: 2, b: 4, c: 2).
    uint256 public constant SEAL_LENGTH = 260;

    // BN254 base field modulus (point coordinates) and scalar field modulus (public inputs).
    uint256 internal constant Q = 21888242871839275222246405745257275088696311157297823662689037894645226208583;
    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;

    // ---- Verifying key --------------------------------------------------------------------------------
    uint256 internal constant ALPHA_X = 20491192805390485299153009773594534940189261866228447918068658471970481763042;
    uint256 internal constant ALPHA_Y = 9383485363053290200918347156157836566562967994039712273449902621266178545958;

    uint256 internal constant BETA_X_IMAG =
        4252822878758300859123897981450591353533073413197771768651442665752259397132;
    uint256 internal constant BETA_X_REAL =
        6375614351688725206403948262868962793625744043794305715222011528459656738731;
    uint256 internal constant BETA_Y_IMAG =
        21847035105528745403288232691147584728191162732299865338377159692350059136679;
    uint256 internal constant BETA_Y_REAL =
        10505242626370262277552901082094356697409835680220590971873171140371331206856;

    uint256 internal constant GAMMA_X_IMAG =
        11559732032986387107991004021392285783925812861821192530917403151452391805634;
    uint256 internal constant GAMMA_X_REAL =
        10857046999023057135944570762232829481370756359578518086990519993285655852781;
    uint256 internal constant GAMMA_Y_IMAG =
        4082367875863433681332203403145435568316851327593401208105741076214120093531;
    uint256 internal constant GAMMA_Y_REAL =
        8495653923123431417604973247489272438418190587263600148770280649306958101930;

    uint256 internal constant DELTA_X_IMAG =
        1668323501672964604911431804142266013250380587483576094566949227275849579036;
    uint256 internal constant DELTA_X_REAL =
        12043754404802191763554326994664886008979042643626290185762540825416902247219;
    uint256 internal constant DELTA_Y_IMAG =
        7710631539206257456743780535472368339139328733484942210876916214502466455394;
    uint256 internal constant DELTA_Y_REAL =
        13740680757317479711909903993315946540841369848973133181051452051592786724563;

    uint256 internal constant IC0_X = 8446592859352799428420270221449902464741693648963397251242447530457567083492;
    uint256 internal constant IC0_Y = 1064796367193003797175961162477173481551615790032213185848276823815288302804;
    uint256 internal constant IC1_X = 3179835575189816632597428042194253779818690147323192973511715175294048485951;
    uint256 internal constant IC1_Y = 20895841676865356752879376687052266198216014795822152491318012491767775979074;
    uint256 internal constant IC2_X = 5332723250224941161709478398807683311971555792614491788690328996478511465287;
    uint256 internal constant IC2_Y = 21199491073419440416471372042641226693637837098357067793586556692319371762571;
    uint256 internal constant IC3_X = 12457994489566736295787256452575216703923664299075106359829199968023158780583;
    uint256 internal constant IC3_Y = 19706766271952591897761291684837117091856807401404423804318744964752784280790;
    uint256 internal constant IC4_X = 19617808913178163826953378459323299110911217259216006187355745713323154132237;
    uint256 internal constant IC4_Y = 21663537384585072695701846972542344484111393047775983928357046779215877070466;
    uint256 internal constant IC5_X = 6834578911681792552110317589222010969491336870276623105249474534788043166867;
    uint256 internal constant IC5_Y = 15060583660288623605191393599883223885678013570733629274538391874953353488393;

    // ---- Tag digests (checked against sha256(tagName) in the tests) -----------------------------------
    /// @dev sha256("risc0_groth16.VerifyingKey")
    bytes32 internal constant VK_TAG = 0xfa77044bc9f1aec494a3f424cb9104c24149acf58ca6b219b44bd6b1056f9d4c;
    /// @dev sha256("risc0_groth16.VerifyingKey.IC")
    bytes32 internal constant VK_IC_TAG = 0xf776d186bf72b819a595ab1833062ab4bb3592160c10857ebeca9691ce729f22;
    /// @dev sha256("risc0.Groth16ReceiptVerifierParameters")
    bytes32 internal constant VERIFIER_PARAMETERS_TAG =
        0x60b97a2bdc471360c901f58eb3f22679fc24bd6bf6367e14a8a34744f29516aa;

    /// @notice First 128-bit public input: `uint128le(controlRoot[0:16])`.
    uint256 public immutable CONTROL_ROOT_0;
    /// @notice Second 128-bit public input: `uint128le(controlRoot[16:32])`.
    uint256 public immutable CONTROL_ROOT_1;
    /// @notice Fifth public input: the control ID of the BN254 identity circuit, as a field element.
    bytes32 public immutable BN254_CONTROL_ID;
    /// @notice The first 4 bytes of the verifier-parameters digest; every seal for this verifier starts with it.
    /// @dev Computed from the control root, the BN254 control ID and the verifying key, so a seal produced for
    ///      other parameters (another zkVM release) is rejected with `SelectorMismatch` before any pairing.
    bytes4 public immutable SELECTOR;

    // Constant part of the public-input commitment: IC0 + root0·IC1 + root1·IC2 + bn254ControlId·IC5.
    uint256 internal immutable VK_X_BASE_X;
    uint256 internal immutable VK_X_BASE_Y;

    /// @notice Deploys a verifier for one RISC Zero release.
    /// @param controlRoot The control root (`ALLOWED_CONTROL_ROOT`) of the release's recursion circuits.
    /// @param bn254ControlId The control ID of the BN254 identity circuit, big-endian as used as a public input
    ///        (risc0-ethereum `ControlID.BN254_CONTROL_ID`).
    constructor(bytes32 controlRoot, bytes32 bn254ControlId) {
        if (uint256(bn254ControlId) >= R) revert InvalidBn254ControlId(bn254ControlId);
        (uint256 root0, uint256 root1) = splitDigest(controlRoot);
        CONTROL_ROOT_0 = root0;
        CONTROL_ROOT_1 = root1;
        BN254_CONTROL_ID = bn254ControlId;

        (uint256 x, uint256 y) = (IC0_X, IC0_Y);
        bool success = true;
        bool ok;
        (x, y, ok) = _mulAdd(x, y, IC1_X, IC1_Y, root0);
        success = success && ok;
        (x, y, ok) = _mulAdd(x, y, IC2_X, IC2_Y, root1);
        success = success && ok;
        (x, y, ok) = _mulAdd(x, y, IC5_X, IC5_Y, uint256(bn254ControlId));
        success = success && ok;
        if (!success) revert VerifyingKeyPrecompileFailed();
        VK_X_BASE_X = x;
        VK_X_BASE_Y = y;

        // The bn254 control ID enters the parameters digest byte-reversed (as the little-endian digest the
        // prover uses), while the control root enters as is.
        SELECTOR = bytes4(
            sha256(
                abi.encodePacked(
                    VERIFIER_PARAMETERS_TAG,
                    controlRoot,
                    _reverseBytes(uint256(bn254ControlId)),
                    verifyingKeyDigest(),
                    bytes2(0x0300) // uint16le(3): three digest fields
                )
            )
        );
    }

    /// @inheritdoc IRiscZeroVerifier
    function verify(bytes calldata seal, bytes32 imageId, bytes32 journalDigest) external view {
        _verifyIntegrity(seal, ReceiptClaimLib.ok(imageId, journalDigest));
    }

    /// @inheritdoc IRiscZeroVerifier
    function verifyIntegrity(Receipt calldata receipt) external view {
        _verifyIntegrity(receipt.seal, receipt.claimDigest);
    }

    /// @notice The tagged-struct digest of the embedded Groth16 verifying key ("risc0_groth16.VerifyingKey").
    /// @dev Fields: alpha, beta, gamma, delta (each sha256 of its coordinates in precompile order) and the tagged
    ///      list ("risc0_groth16.VerifyingKey.IC") of sha256(x ‖ y) of IC0..IC5.
    /// @return The verifying-key digest.
    function verifyingKeyDigest() public pure returns (bytes32) {
        bytes32[] memory ic = new bytes32[](6);
        ic[0] = sha256(abi.encode(IC0_X, IC0_Y));
        ic[1] = sha256(abi.encode(IC1_X, IC1_Y));
        ic[2] = sha256(abi.encode(IC2_X, IC2_Y));
        ic[3] = sha256(abi.encode(IC3_X, IC3_Y));
        ic[4] = sha256(abi.encode(IC4_X, IC4_Y));
        ic[5] = sha256(abi.encode(IC5_X, IC5_Y));
        bytes32[] memory down = new bytes32[](5);
        down[0] = sha256(abi.encode(ALPHA_X, ALPHA_Y));
        down[1] = sha256(abi.encode(BETA_X_IMAG, BETA_X_REAL, BETA_Y_IMAG, BETA_Y_REAL));
        down[2] = sha256(abi.encode(GAMMA_X_IMAG, GAMMA_X_REAL, GAMMA_Y_IMAG, GAMMA_Y_REAL));
        down[3] = sha256(abi.encode(DELTA_X_IMAG, DELTA_X_REAL, DELTA_Y_IMAG, DELTA_Y_REAL));
        down[4] = StructHash.taggedList(VK_IC_TAG, ic);
        return StructHash.taggedStruct(VK_TAG, down);
    }

    /// @notice Splits a digest into the two 128-bit public inputs the circuit takes for it.
    /// @param digest A SHA-256 digest (control root or claim digest).
    /// @return half0 `uint128le(digest[0:16])`.
    /// @return half1 `uint128le(digest[16:32])`.
    function splitDigest(bytes32 digest) public pure returns (uint256 half0, uint256 half1) {
        uint256 reversed = _reverseBytes(uint256(digest));
        half0 = reversed & type(uint128).max;
        half1 = reversed >> 128;
    }

    /// @dev Checks the selector and length of `seal`, then runs the Groth16 check against `claimDigest`.
    function _verifyIntegrity(bytes calldata seal, bytes32 claimDigest) internal view {
        if (seal.length < 4) revert InvalidSealLength(seal.length, SEAL_LENGTH);
        bytes4 received = bytes4(seal[:4]);
        if (received != SELECTOR) revert SelectorMismatch(received, SELECTOR);
        if (seal.length != SEAL_LENGTH) revert InvalidSealLength(seal.length, SEAL_LENGTH);

        (uint256 claim0, uint256 claim1) = splitDigest(claimDigest);
        uint256 baseX = VK_X_BASE_X;
        uint256 baseY = VK_X_BASE_Y;
        bool valid;
        assembly ("memory-safe") {
            let p := mload(0x40)
            let s := add(seal.offset, 4)

            // Every proof coordinate must be a canonical base-field element. The precompiles reject
            // out-of-range coordinates too, but A.y is negated here first, and a non-canonical A.y would be
            // silently reduced; checking all eight also keeps seals non-malleable.
            valid := 1
            for { let i := 0 } lt(i, 256) { i := add(i, 32) } {
                valid := and(valid, lt(calldataload(add(s, i)), Q))
            }

            if valid {
                // vk_x = base + claim0·IC3 + claim1·IC4
                mstore(p, IC3_X)
                mstore(add(p, 0x20), IC3_Y)
                mstore(add(p, 0x40), claim0)
                valid := staticcall(gas(), 0x07, p, 0x60, p, 0x40)
                mstore(add(p, 0x40), baseX)
                mstore(add(p, 0x60), baseY)
                valid := and(valid, staticcall(gas(), 0x06, p, 0x80, p, 0x40))
                let accX := mload(p)
                let accY := mload(add(p, 0x20))
                mstore(p, IC4_X)
                mstore(add(p, 0x20), IC4_Y)
                mstore(add(p, 0x40), claim1)
                valid := and(valid, staticcall(gas(), 0x07, p, 0x60, p, 0x40))
                mstore(add(p, 0x40), accX)
                mstore(add(p, 0x60), accY)
                valid := and(valid, staticcall(gas(), 0x06, p, 0x80, p, 0x40))
                accX := mload(p)
                accY := mload(add(p, 0x20))

                // e(-A, B) · e(alpha, beta) · e(vk_x, gamma) · e(C, delta) == 1
                mstore(p, calldataload(s)) // A.x
                mstore(add(p, 0x20), mod(sub(Q, calldataload(add(s, 0x20))), Q)) // -A.y
                calldatacopy(add(p, 0x40), add(s, 0x40), 0x80) // B
                mstore(add(p, 0xc0), ALPHA_X)
                mstore(add(p, 0xe0), ALPHA_Y)
                mstore(add(p, 0x100), BETA_X_IMAG)
                mstore(add(p, 0x120), BETA_X_REAL)
                mstore(add(p, 0x140), BETA_Y_IMAG)
                mstore(add(p, 0x160), BETA_Y_REAL)
                mstore(add(p, 0x180), accX)
                mstore(add(p, 0x1a0), accY)
                mstore(add(p, 0x1c0), GAMMA_X_IMAG)
                mstore(add(p, 0x1e0), GAMMA_X_REAL)
                mstore(add(p, 0x200), GAMMA_Y_IMAG)
                mstore(add(p, 0x220), GAMMA_Y_REAL)
                calldatacopy(add(p, 0x240), add(s, 0xc0), 0x40) // C
                mstore(add(p, 0x280), DELTA_X_IMAG)
                mstore(add(p, 0x2a0), DELTA_X_REAL)
                mstore(add(p, 0x2c0), DELTA_Y_IMAG)
                mstore(add(p, 0x2e0), DELTA_Y_REAL)
                // The output word is only meaningful if the call succeeded, hence `and(ok, …)`.
                let ok := staticcall(gas(), 0x08, p, 0x300, p, 0x20)
                valid := and(valid, and(ok, eq(mload(p), 1)))
            }
        }
        if (!valid) revert VerificationFailed();
    }

    /// @dev acc + s·(x, y) via the ecMul (0x07) and ecAdd (0x06) precompiles.
    function _mulAdd(uint256 accX, uint256 accY, uint256 x, uint256 y, uint256 s)
        private
        view
        returns (uint256 rx, uint256 ry, bool ok)
    {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, x)
            mstore(add(p, 0x20), y)
            mstore(add(p, 0x40), s)
            ok := staticcall(gas(), 0x07, p, 0x60, p, 0x40)
            mstore(add(p, 0x40), accX)
            mstore(add(p, 0x60), accY)
            ok := and(ok, staticcall(gas(), 0x06, p, 0x80, p, 0x40))
            rx := mload(p)
            ry := mload(add(p, 0x20))
        }
    }

    /// @dev Reverses the byte order of a 256-bit word.
    function _reverseBytes(uint256 v) internal pure returns (uint256) {
        v = ((v & 0xFF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00) >> 8)
            | ((v & 0x00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF) << 8);
        v = ((v & 0xFFFF0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF0000) >> 16)
            | ((v & 0x0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF) << 16);
        v = ((v & 0xFFFFFFFF00000000FFFFFFFF00000000FFFFFFFF00000000FFFFFFFF00000000) >> 32)
            | ((v & 0x00000000FFFFFFFF00000000FFFFFFFF00000000FFFFFFFF00000000FFFFFFFF) << 32);
        v = ((v & 0xFFFFFFFFFFFFFFFF0000000000000000FFFFFFFFFFFFFFFF0000000000000000) >> 64)
            | ((v & 0x0000000000000000FFFFFFFFFFFFFFFF0000000000000000FFFFFFFFFFFFFFFF) << 64);
        return (v >> 128) | (v << 128);
    }
}
