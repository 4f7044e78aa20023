// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Test} from "../utils/Test.sol";
import {IRiscZeroVerifier} from "../../src/risc0/IRiscZeroVerifier.sol";
import {RiscZeroMockVerifier} from "../../src/risc0/RiscZeroMockVerifier.sol";
import {RiscZeroGroth16Verifier} from "../../src/risc0/RiscZeroGroth16Verifier.sol";
import {ReceiptClaimLib} from "../../src/risc0/ReceiptClaim.sol";

contract RiscZeroMockVerifierTest is Test {
    bytes4 internal constant MOCK_SELECTOR = 0xffffffff;
    bytes32 internal constant IMAGE_ID = keccak256("mach.mock.image");
    bytes32 internal constant JOURNAL_DIGEST = keccak256("mach.mock.journal");

    RiscZeroMockVerifier internal mock;

    function setUp() public {
        mock = new RiscZeroMockVerifier(MOCK_SELECTOR);
    }

    function _assertVerifyReverts(
        bytes memory seal,
        bytes32 imageId,
        bytes32 journalDigest,
        bytes memory expected,
        string memory what
    ) internal view {
        try mock.verify(seal, imageId, journalDigest) {
            vm.assertTrue(false, string.concat(what, ": verify accepted"));
        } catch (bytes memory err) {
            vm.assertEq(err, expected, string.concat(what, ": wrong revert data"));
        }
    }

    function test_MockSeal_IsSelectorFollowedByClaimDigest() public view {
        bytes memory seal = mock.mockSeal(IMAGE_ID, JOURNAL_DIGEST);
        vm.assertEq(
            seal, abi.encodePacked(MOCK_SELECTOR, ReceiptClaimLib.ok(IMAGE_ID, JOURNAL_DIGEST)), "mock seal layout"
        );
    }

    function test_Verify_AcceptsOwnMockSeal() public view {
        bytes memory seal = mock.mockSeal(IMAGE_ID, JOURNAL_DIGEST);
        mock.verify(seal, IMAGE_ID, JOURNAL_DIGEST);
        mock.verifyIntegrity(IRiscZeroVerifier.Receipt(seal, ReceiptClaimLib.ok(IMAGE_ID, JOURNAL_DIGEST)));
    }

    function test_Verify_RejectsEverySingleSealByteFlip() public view {
        bytes memory good = mock.mockSeal(IMAGE_ID, JOURNAL_DIGEST);
        for (uint256 j = 0; j < good.length; j++) {
            bytes memory seal = bytes.concat(good);
            seal[j] = seal[j] ^ 0x01;
            bytes4 flippedSelector;
            assembly {
                flippedSelector := mload(add(seal, 0x20))
            }
            bytes memory expected = j < 4
                ? abi.encodeWithSelector(IRiscZeroVerifier.SelectorMismatch.selector, flippedSelector, MOCK_SELECTOR)
                : abi.encodeWithSelector(IRiscZeroVerifier.VerificationFailed.selector);
            _assertVerifyReverts(seal, IMAGE_ID, JOURNAL_DIGEST, expected, string.concat("seal byte ", vm.toString(j)));
        }
    }

    function test_Verify_RejectsOtherImageIdOrJournal() public view {
        bytes memory seal = mock.mockSeal(IMAGE_ID, JOURNAL_DIGEST);
        bytes memory failed = abi.encodeWithSelector(IRiscZeroVerifier.VerificationFailed.selector);
        _assertVerifyReverts(seal, bytes32(uint256(IMAGE_ID) ^ 1), JOURNAL_DIGEST, failed, "image id");
        _assertVerifyReverts(seal, IMAGE_ID, bytes32(uint256(JOURNAL_DIGEST) ^ 1), failed, "journal digest");
    }

    function test_Verify_RejectsWrongLengthsCleanly() public view {
        bytes memory good = mock.mockSeal(IMAGE_ID, JOURNAL_DIGEST);
        for (uint256 len = 0; len < good.length; len++) {
            bytes memory seal = new bytes(len);
            for (uint256 k = 0; k < len; k++) {
                seal[k] = good[k];
            }
            _assertVerifyReverts(
                seal,
                IMAGE_ID,
                JOURNAL_DIGEST,
                abi.encodeWithSelector(IRiscZeroVerifier.InvalidSealLength.selector, len, 36),
                string.concat("truncated to ", vm.toString(len))
            );
        }
        _assertVerifyReverts(
            bytes.concat(good, bytes1(0)),
            IMAGE_ID,
            JOURNAL_DIGEST,
            abi.encodeWithSelector(IRiscZeroVerifier.InvalidSealLength.selector, 37, 36),
            "trailing byte"
        );
    }

    function test_Constructor_RefusesNonDevnetChains() public {
        uint256[6] memory chains = [uint256(1), 17000, 11155111, 10, 900, 901];
        for (uint256 k = 0; k < chains.length; k++) {
            vm.chainId(chains[k]);
            vm.expectRevert(abi.encodeWithSelector(RiscZeroMockVerifier.NotADevnet.selector, chains[k]));
            new RiscZeroMockVerifier(MOCK_SELECTOR);
        }
    }

    function test_Constructor_AcceptsDevnetChains() public {
        vm.chainId(1337);
        RiscZeroMockVerifier m = new RiscZeroMockVerifier(MOCK_SELECTOR);
        vm.assertEq(bytes32(m.SELECTOR()), bytes32(MOCK_SELECTOR), "selector");
        vm.chainId(31337);
        new RiscZeroMockVerifier(MOCK_SELECTOR);
    }

    function test_Groth16Verifier_RejectsMockSealWithSelectorMismatch() public {
        // A mock seal must never pass the real verifier: it fails on the selector before anything else.
        RiscZeroGroth16Verifier real = new RiscZeroGroth16Verifier(bytes32(0), bytes32(uint256(1)));
        bytes memory seal = mock.mockSeal(IMAGE_ID, JOURNAL_DIGEST);
        vm.expectRevert(
            abi.encodeWithSelector(IRiscZeroVerifier.SelectorMismatch.selector, MOCK_SELECTOR, real.SELECTOR())
        );
        real.verify(seal, IMAGE_ID, JOURNAL_DIGEST);
    }
}
