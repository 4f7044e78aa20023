// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Test, console} from "../utils/Test.sol";
import {IRiscZeroVerifier} from "../../src/risc0/IRiscZeroVerifier.sol";
import {RiscZeroGroth16Verifier} from "../../src/risc0/RiscZeroGroth16Verifier.sol";
import {ReceiptClaimLib} from "../../src/risc0/ReceiptClaim.sol";

/// @dev Exposes the verifier's internal constants to the tests.
contract RiscZeroGroth16VerifierHarness is RiscZeroGroth16Verifier {
    constructor(bytes32 controlRoot, bytes32 bn254ControlId) RiscZeroGroth16Verifier(controlRoot, bn254ControlId) {}

    function verifyingKey()
        external
        pure
        returns (
            uint256[2] memory alpha,
            uint256[4] memory beta,
            uint256[4] memory gamma,
            uint256[4] memory delta,
            uint256[2][6] memory ic
        )
    {
        alpha = [ALPHA_X, ALPHA_Y];
        beta = [BETA_X_IMAG, BETA_X_REAL, BETA_Y_IMAG, BETA_Y_REAL];
        gamma = [GAMMA_X_IMAG, GAMMA_X_REAL, GAMMA_Y_IMAG, GAMMA_Y_REAL];
        delta = [DELTA_X_IMAG, DELTA_X_REAL, DELTA_Y_IMAG, DELTA_Y_REAL];
        ic = [[IC0_X, IC0_Y], [IC1_X, IC1_Y], [IC2_X, IC2_Y], [IC3_X, IC3_Y], [IC4_X, IC4_Y], [IC5_X, IC5_Y]];
    }

    function tags() external pure returns (bytes32 vk, bytes32 vkIc, bytes32 params) {
        return (VK_TAG, VK_IC_TAG, VERIFIER_PARAMETERS_TAG);
    }
}

/// @dev Exposes ReceiptClaimLib's constants.
contract ReceiptClaimLibHarness {
    function constants() external pure returns (bytes32 claimTag, bytes32 outputTag, bytes32 zeroState) {
        return (ReceiptClaimLib.RECEIPT_CLAIM_TAG, ReceiptClaimLib.OUTPUT_TAG, ReceiptClaimLib.SYSTEM_STATE_ZERO_DIGEST);
    }
}

contract RiscZeroGroth16VerifierTest is Test {
    string internal constant RECEIPTS = "../../shared/testdata/risc0/groth16-receipts.json";
    /// @dev Gas cap for calls expected to fail: a rejected precompile input burns all the gas forwarded to it.
    uint256 internal constant CALL_GAS = 500_000;
    uint256 internal constant GAS_GOAL = 250_000;
    uint256 internal constant Q = 21888242871839275222246405745257275088696311157297823662689037894645226208583;

    struct TestReceipt {
        string name;
        bytes32 controlRoot;
        bytes4 selector;
        bytes32 imageId;
        bytes journal;
        bytes seal;
    }

    string internal json;
    bytes32 internal bn254ControlId;

    function setUp() public {
        json = vm.readFile(RECEIPTS);
        bn254ControlId = vm.parseJsonBytes32(json, ".bn254_control_id");
    }

    // ---------------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------------

    function _receipt(uint256 i) internal view returns (TestReceipt memory r) {
        string memory k = string.concat(".receipts[", vm.toString(i), "]");
        r.name = vm.parseJsonString(json, string.concat(k, ".name"));
        r.controlRoot = vm.parseJsonBytes32(json, string.concat(k, ".control_root"));
        bytes memory sel = vm.parseJsonBytes(json, string.concat(k, ".selector"));
        vm.assertEq(sel.length, 4, "selector in JSON is not 4 bytes");
        // forge-lint: disable-next-line(unsafe-typecast)
        r.selector = bytes4(sel); // length checked above
        r.imageId = vm.parseJsonBytes32(json, string.concat(k, ".image_id"));
        r.journal = vm.parseJsonBytes(json, string.concat(k, ".journal"));
        r.seal = vm.parseJsonBytes(json, string.concat(k, ".seal"));
    }

    function _deploy(TestReceipt memory r) internal returns (RiscZeroGroth16Verifier) {
        return new RiscZeroGroth16Verifier(r.controlRoot, bn254ControlId);
    }

    /// @dev Calls verify with a gas cap and asserts it reverts with exactly `expected`.
    function _assertVerifyReverts(
        RiscZeroGroth16Verifier v,
        bytes memory seal,
        bytes32 imageId,
        bytes32 journalDigest,
        bytes memory expected,
        string memory what
    ) internal view {
        try v.verify{gas: CALL_GAS}(seal, imageId, journalDigest) {
            vm.assertTrue(false, string.concat(what, ": verify accepted"));
        } catch (bytes memory err) {
            vm.assertEq(err, expected, string.concat(what, ": wrong revert data"));
        }
    }

    function _verificationFailed() internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IRiscZeroVerifier.VerificationFailed.selector);
    }

    // ---------------------------------------------------------------------------------------------------
    // Acceptance, selector, gas
    // ---------------------------------------------------------------------------------------------------

    function _checkAccepts(uint256 i) internal {
        TestReceipt memory r = _receipt(i);
        RiscZeroGroth16Verifier v = _deploy(r);
        bytes32 journalDigest = sha256(r.journal);

        uint256 before = gasleft();
        v.verify(r.seal, r.imageId, journalDigest);
        uint256 used = before - gasleft();
        console.log(string.concat("verify gas, ", r.name), used);
        vm.assertLe(used, GAS_GOAL, "verify exceeds the gas goal");

        v.verifyIntegrity(IRiscZeroVerifier.Receipt(r.seal, ReceiptClaimLib.ok(r.imageId, journalDigest)));
    }

    function test_Verify_AcceptsRealReceiptV5() public {
        _checkAccepts(0);
    }

    function test_Verify_AcceptsRealReceiptV3() public {
        _checkAccepts(1);
    }

    function _checkSelector(uint256 i) internal {
        TestReceipt memory r = _receipt(i);
        RiscZeroGroth16Verifier v = _deploy(r);
        vm.assertEq(bytes32(v.SELECTOR()), bytes32(r.selector), "computed selector differs from the JSON");
        vm.assertEq(bytes32(bytes4(r.seal)), bytes32(r.selector), "seal does not start with the JSON selector");
    }

    function test_Selector_EqualsJsonSelectorV5() public {
        _checkSelector(0);
        vm.assertEq(bytes32(_receipt(0).selector), bytes32(bytes4(0xc27d1bc0)), "v5.0 selector");
    }

    function test_Selector_EqualsJsonSelectorV3() public {
        _checkSelector(1);
        vm.assertEq(bytes32(_receipt(1).selector), bytes32(bytes4(0x73c457ba)), "v3.0 selector");
    }

    // ---------------------------------------------------------------------------------------------------
    // Tampering
    // ---------------------------------------------------------------------------------------------------

    function _checkEverySealByteFlipRejected(uint256 i) internal {
        TestReceipt memory r = _receipt(i);
        RiscZeroGroth16Verifier v = _deploy(r);
        bytes32 journalDigest = sha256(r.journal);
        vm.assertEq(r.seal.length, 260, "seal length");
        for (uint256 j = 0; j < r.seal.length; j++) {
            bytes memory seal = bytes.concat(r.seal);
            seal[j] = seal[j] ^ 0x01;
            bytes4 flippedSelector;
            assembly {
                flippedSelector := mload(add(seal, 0x20))
            }
            bytes memory expected = j < 4
                ? abi.encodeWithSelector(IRiscZeroVerifier.SelectorMismatch.selector, flippedSelector, r.selector)
                : _verificationFailed();
            _assertVerifyReverts(
                v, seal, r.imageId, journalDigest, expected, string.concat("seal byte ", vm.toString(j))
            );
        }
    }

    function test_Verify_RejectsEverySingleSealByteFlipV5() public {
        _checkEverySealByteFlipRejected(0);
    }

    function test_Verify_RejectsEverySingleSealByteFlipV3() public {
        _checkEverySealByteFlipRejected(1);
    }

    function _checkEveryImageIdByteFlipRejected(uint256 i) internal {
        TestReceipt memory r = _receipt(i);
        RiscZeroGroth16Verifier v = _deploy(r);
        bytes32 journalDigest = sha256(r.journal);
        for (uint256 j = 0; j < 32; j++) {
            bytes32 imageId = r.imageId ^ bytes32(uint256(0xff) << (8 * (31 - j)));
            _assertVerifyReverts(
                v,
                r.seal,
                imageId,
                journalDigest,
                _verificationFailed(),
                string.concat("image id byte ", vm.toString(j))
            );
        }
    }

    function test_Verify_RejectsEverySingleImageIdByteFlipV5() public {
        _checkEveryImageIdByteFlipRejected(0);
    }

    function test_Verify_RejectsEverySingleImageIdByteFlipV3() public {
        _checkEveryImageIdByteFlipRejected(1);
    }

    function _checkEveryJournalByteFlipRejected(uint256 i) internal {
        TestReceipt memory r = _receipt(i);
        RiscZeroGroth16Verifier v = _deploy(r);
        vm.assertGt(r.journal.length, 0, "empty journal");
        for (uint256 j = 0; j < r.journal.length; j++) {
            bytes memory journal = bytes.concat(r.journal);
            journal[j] = journal[j] ^ 0xff;
            _assertVerifyReverts(
                v,
                r.seal,
                r.imageId,
                sha256(journal),
                _verificationFailed(),
                string.concat("journal byte ", vm.toString(j))
            );
        }
    }

    function test_Verify_RejectsEverySingleJournalByteFlipV5() public {
        _checkEveryJournalByteFlipRejected(0);
    }

    function test_Verify_RejectsEverySingleJournalByteFlipV3() public {
        _checkEveryJournalByteFlipRejected(1);
    }

    function test_Verify_RejectsWrongSelectorWithSelectorMismatch() public {
        TestReceipt memory r = _receipt(0);
        RiscZeroGroth16Verifier v = _deploy(r);
        bytes memory seal = bytes.concat(r.seal);
        bytes4 wrong = 0xdeadbeef;
        for (uint256 k = 0; k < 4; k++) {
            seal[k] = wrong[k];
        }
        bytes32 journalDigest = sha256(r.journal); // before expectRevert: sha256 is a precompile call
        vm.expectRevert(abi.encodeWithSelector(IRiscZeroVerifier.SelectorMismatch.selector, wrong, r.selector));
        v.verify(seal, r.imageId, journalDigest);
    }

    function test_Verify_RejectsOtherReleasesSealWithSelectorMismatch() public {
        // The v3.0 seal sent to the v5.0 verifier: different control roots give different selectors.
        TestReceipt memory v5 = _receipt(0);
        TestReceipt memory v3 = _receipt(1);
        RiscZeroGroth16Verifier v = _deploy(v5);
        bytes32 journalDigest = sha256(v3.journal);
        vm.expectRevert(abi.encodeWithSelector(IRiscZeroVerifier.SelectorMismatch.selector, v3.selector, v5.selector));
        v.verify(v3.seal, v3.imageId, journalDigest);
    }

    function test_Verify_RejectsEveryTruncationCleanly() public {
        TestReceipt memory r = _receipt(0);
        RiscZeroGroth16Verifier v = _deploy(r);
        bytes32 journalDigest = sha256(r.journal);
        for (uint256 len = 0; len < r.seal.length; len++) {
            bytes memory seal = new bytes(len);
            for (uint256 k = 0; k < len; k++) {
                seal[k] = r.seal[k];
            }
            // Below 4 bytes there is no selector; from 4 on the selector matches and the length is checked.
            _assertVerifyReverts(
                v,
                seal,
                r.imageId,
                journalDigest,
                abi.encodeWithSelector(IRiscZeroVerifier.InvalidSealLength.selector, len, 260),
                string.concat("truncated to ", vm.toString(len))
            );
        }
    }

    function test_Verify_RejectsSealWithTrailingBytes() public {
        TestReceipt memory r = _receipt(0);
        RiscZeroGroth16Verifier v = _deploy(r);
        bytes memory seal = bytes.concat(r.seal, bytes1(0));
        bytes32 journalDigest = sha256(r.journal);
        vm.expectRevert(abi.encodeWithSelector(IRiscZeroVerifier.InvalidSealLength.selector, 261, 260));
        v.verify(seal, r.imageId, journalDigest);
    }

    function test_Verify_RejectsNonCanonicalCoordinates() public {
        // Adding the field modulus to a coordinate gives the same point modulo q; it must not be accepted.
        TestReceipt memory r = _receipt(0);
        RiscZeroGroth16Verifier v = _deploy(r);
        bytes32 journalDigest = sha256(r.journal);
        for (uint256 w = 0; w < 8; w++) {
            uint256 off = 4 + 32 * w;
            uint256 coord;
            bytes memory seal = bytes.concat(r.seal);
            assembly {
                coord := mload(add(add(seal, 0x20), off))
            }
            if (coord > type(uint256).max - Q) continue;
            coord += Q;
            assembly {
                mstore(add(add(seal, 0x20), off), coord)
            }
            _assertVerifyReverts(
                v, seal, r.imageId, journalDigest, _verificationFailed(), string.concat("coordinate ", vm.toString(w))
            );
        }
    }

    function test_VerifyIntegrity_RejectsOtherClaim() public {
        TestReceipt memory r = _receipt(0);
        RiscZeroGroth16Verifier v = _deploy(r);
        // Same journal and image, but exit code 1 instead of 0.
        bytes32 claim = ReceiptClaimLib.digest(
            bytes32(0),
            r.imageId,
            ReceiptClaimLib.SYSTEM_STATE_ZERO_DIGEST,
            ReceiptClaimLib.output(sha256(r.journal), bytes32(0)),
            0,
            1
        );
        vm.expectRevert(IRiscZeroVerifier.VerificationFailed.selector);
        v.verifyIntegrity(IRiscZeroVerifier.Receipt(r.seal, claim));
    }

    function test_Verify_RejectsReceiptUnderOtherControlRoot() public {
        // A verifier for another control root has another selector; with the selector patched in, the proof
        // still fails because the control root is a public input.
        TestReceipt memory v5 = _receipt(0);
        TestReceipt memory v3 = _receipt(1);
        RiscZeroGroth16Verifier v = _deploy(v3);
        bytes memory seal = bytes.concat(v5.seal);
        for (uint256 k = 0; k < 4; k++) {
            seal[k] = v3.selector[k];
        }
        _assertVerifyReverts(v, seal, v5.imageId, sha256(v5.journal), _verificationFailed(), "v5 proof, v3 root");
    }

    // ---------------------------------------------------------------------------------------------------
    // Constants and formulas
    // ---------------------------------------------------------------------------------------------------

    function test_Constructor_RejectsControlIdOutsideScalarField() public {
        bytes32 tooBig = bytes32(type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(RiscZeroGroth16Verifier.InvalidBn254ControlId.selector, tooBig));
        new RiscZeroGroth16Verifier(bytes32(0), tooBig);
    }

    function test_VerifyingKey_EqualsJson() public {
        RiscZeroGroth16VerifierHarness h = new RiscZeroGroth16VerifierHarness(_receipt(0).controlRoot, bn254ControlId);
        (
            uint256[2] memory alpha,
            uint256[4] memory beta,
            uint256[4] memory gamma,
            uint256[4] memory delta,
            uint256[2][6] memory ic
        ) = h.verifyingKey();
        _assertWords(alpha, vm.parseJsonUintArray(json, ".verifying_key.alpha_g1"), "alpha");
        _assertWords(beta, vm.parseJsonUintArray(json, ".verifying_key.beta_g2"), "beta");
        _assertWords(gamma, vm.parseJsonUintArray(json, ".verifying_key.gamma_g2"), "gamma");
        _assertWords(delta, vm.parseJsonUintArray(json, ".verifying_key.delta_g2"), "delta");

        // DATA DEFECT in groth16-receipts.json: `verifying_key.ic_g1` has 12 entries, not 6. Its first six are
        // not IC points but the coordinates of beta_g2, gamma_g2 and delta_g2 (two [x, y]-shaped pairs each);
        // the real IC0..IC5 (five public inputs + 1) are ic_g1[6..11]. Assert the defect's shape, so that a
        // fixed file makes this test fail loudly instead of silently comparing the wrong points.
        uint256[] memory first = vm.parseJsonUintArray(json, ".verifying_key.ic_g1[0]");
        vm.assertEq(first[0], beta[0], "ic_g1[0] is expected to be beta_g2 x_imag (known defect)");
        uint256[] memory fifth = vm.parseJsonUintArray(json, ".verifying_key.ic_g1[5]");
        vm.assertEq(fifth[1], delta[3], "ic_g1[5] is expected to be delta_g2 y (known defect)");
        for (uint256 k = 0; k < 6; k++) {
            uint256[] memory p =
                vm.parseJsonUintArray(json, string.concat(".verifying_key.ic_g1[", vm.toString(6 + k), "]"));
            vm.assertEq(p.length, 2, "IC point shape");
            vm.assertEq(ic[k][0], p[0], string.concat("IC", vm.toString(k), ".x"));
            vm.assertEq(ic[k][1], p[1], string.concat("IC", vm.toString(k), ".y"));
        }
    }

    function _assertWords(uint256[2] memory got, uint256[] memory want, string memory what) internal pure {
        vm.assertEq(want.length, 2, what);
        for (uint256 k = 0; k < 2; k++) {
            vm.assertEq(got[k], want[k], what);
        }
    }

    function _assertWords(uint256[4] memory got, uint256[] memory want, string memory what) internal pure {
        vm.assertEq(want.length, 4, what);
        for (uint256 k = 0; k < 4; k++) {
            vm.assertEq(got[k], want[k], what);
        }
    }

    function test_TagDigests_AreSha256OfTagNames() public {
        RiscZeroGroth16VerifierHarness h = new RiscZeroGroth16VerifierHarness(bytes32(0), bn254ControlId);
        (bytes32 vk, bytes32 vkIc, bytes32 params) = h.tags();
        vm.assertEq(vk, sha256("risc0_groth16.VerifyingKey"), "VK tag");
        vm.assertEq(vkIc, sha256("risc0_groth16.VerifyingKey.IC"), "VK IC tag");
        vm.assertEq(params, sha256("risc0.Groth16ReceiptVerifierParameters"), "parameters tag");

        (bytes32 claimTag, bytes32 outputTag, bytes32 zeroState) = new ReceiptClaimLibHarness().constants();
        vm.assertEq(claimTag, sha256("risc0.ReceiptClaim"), "claim tag");
        vm.assertEq(outputTag, sha256("risc0.Output"), "output tag");
        // SystemState {pc: 0, merkle_root: 0}: one digest field, then pc as uint32le.
        bytes32 expectedZero =
            sha256(abi.encodePacked(sha256("risc0.SystemState"), bytes32(0), uint32(0), bytes2(0x0100)));
        vm.assertEq(zeroState, expectedZero, "zero system state digest");
    }

    function test_SplitDigest_ReversesBytesIntoTwoHalves() public {
        RiscZeroGroth16Verifier v = new RiscZeroGroth16Verifier(bytes32(0), bn254ControlId);
        bytes32 d = 0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20;
        (uint256 h0, uint256 h1) = v.splitDigest(d);
        vm.assertEq(h0, 0x100f0e0d0c0b0a090807060504030201, "half0 = uint128le(d[0:16])");
        vm.assertEq(h1, 0x201f1e1d1c1b1a191817161514131211, "half1 = uint128le(d[16:32])");
    }
}
