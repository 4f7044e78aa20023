// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {MachTestBase} from "./MachTestBase.sol";
import {BN254} from "../../src/libraries/BN254.sol";
import {BLSSignatureChecker} from "../../src/bls/BLSSignatureChecker.sol";
import {MachServiceManager} from "../../src/bls/MachServiceManager.sol";
import {M2RegistriesDouble} from "../doubles/M2RegistriesDouble.sol";
import {
    IAVSDirectory,
    IBLSApkRegistry,
    IDelegationManager,
    IRegistryCoordinator,
    IStakeRegistry
} from "../../src/interfaces/IEigenLayerM2.sol";

/// @notice The BLS checker against registry doubles with Go-generated (eigensdk-go) operator keys.
contract BLSSignatureCheckerTest is MachTestBase {
    using BN254 for BN254.G1Point;

    bytes32 internal msgHash;

    function setUp() public override {
        super.setUp();
        registerOperators(4);
        msgHash = sampleAlert(1);
    }

    function _ref() internal view returns (uint32) {
        return uint32(block.number - 1);
    }

    function test_HashToG1MatchesEigensdk() public view {
        bytes32 m = vm.parseJsonBytes32(fixture, ".reference.message");
        BN254.G1Point memory h = BN254.hashToG1(m);
        vm.assertEq(h.X, vm.parseJsonUint(fixture, ".reference.hashToG1.x"), "x");
        vm.assertEq(h.Y, vm.parseJsonUint(fixture, ".reference.hashToG1.y"), "y");
    }

    function test_AggregateSignatureMatchesEigensdk() public view {
        bytes32 m = vm.parseJsonBytes32(fixture, ".reference.message");
        BN254.G1Point memory sig = aggregateSign(m, 0, vm.parseJsonUint(fixture, ".reference.signers"));
        vm.assertEq(sig.X, vm.parseJsonUint(fixture, ".reference.signature.x"), "x");
        vm.assertEq(sig.Y, vm.parseJsonUint(fixture, ".reference.signature.y"), "y");
    }

    function test_AllSignersCountFullStake() public view {
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 0, _ref());
        (BLSSignatureChecker.QuorumStakeTotals memory t,) = sm.checkSignatures(msgHash, hex"00", _ref(), p);
        vm.assertEq(t.totalStakeForQuorum[0], 10 ether, "total = 1+2+3+4 ether");
        vm.assertEq(t.signedStakeForQuorum[0], 10 ether, "signed");
    }

    function test_NonSignerStakeIsExcluded() public view {
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 1, _ref());
        (BLSSignatureChecker.QuorumStakeTotals memory t, bytes32 record) =
            sm.checkSignatures(msgHash, hex"00", _ref(), p);
        vm.assertEq(t.totalStakeForQuorum[0], 10 ether, "total");
        vm.assertEq(t.signedStakeForQuorum[0], 9 ether, "operator 0's 1 ether excluded");
        bytes32[] memory ids = new bytes32[](1);
        ids[0] = operatorG1(0).hashG1Point();
        vm.assertEq(record, keccak256(abi.encodePacked(_ref(), ids)), "signatory record");
    }

    function test_TwoNonSignersSortedById() public view {
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 2, _ref());
        (BLSSignatureChecker.QuorumStakeTotals memory t,) = sm.checkSignatures(msgHash, hex"00", _ref(), p);
        vm.assertEq(t.signedStakeForQuorum[0], 7 ether, "3 + 4 ether signed");
    }

    function test_RevertWhen_SignatureOverWrongMessage() public {
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 1, _ref());
        p.sigma = aggregateSign(keccak256("another message"), 1, 4);
        vm.expectRevert(BLSSignatureChecker.InvalidSignature.selector);
        sm.checkSignatures(msgHash, hex"00", _ref(), p);
    }

    function test_RevertWhen_OneSignatureIsBad() public {
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 1, _ref());
        // Operators 1 and 2 sign the message; operator 3 signs something else.
        BN254.G1Point memory good = aggregateSign(msgHash, 1, 3);
        BN254.G1Point memory bad = BN254.hashToG1(keccak256("other")).scalarMul(operatorKey(3));
        p.sigma = good.plus(bad);
        vm.expectRevert(BLSSignatureChecker.InvalidSignature.selector);
        sm.checkSignatures(msgHash, hex"00", _ref(), p);
    }

    function test_RevertWhen_NonSignerCountedAsSigner() public {
        // Operator 0 did not sign, but the params claim everybody did.
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 0, _ref());
        p.sigma = aggregateSign(msgHash, 1, 4);
        vm.expectRevert(BLSSignatureChecker.InvalidSignature.selector);
        sm.checkSignatures(msgHash, hex"00", _ref(), p);
    }

    function test_RevertWhen_ApkG2DoesNotMatchSigners() public {
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 1, _ref());
        p.apkG2 = signerApkG2(4, 0);
        vm.expectRevert(BLSSignatureChecker.InvalidSignature.selector);
        sm.checkSignatures(msgHash, hex"00", _ref(), p);
    }

    function test_RevertWhen_QuorumApkIsWrong() public {
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 1, _ref());
        p.quorumApks[0] = apkAt(3);
        vm.expectRevert(abi.encodeWithSelector(BLSSignatureChecker.QuorumApkMismatch.selector, uint8(0)));
        sm.checkSignatures(msgHash, hex"00", _ref(), p);
    }

    function test_RevertWhen_ReferenceBlockIsNotInThePast() public {
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 0, _ref());
        uint32 current = uint32(block.number);
        vm.expectRevert(
            abi.encodeWithSelector(BLSSignatureChecker.ReferenceBlockInFuture.selector, current, block.number)
        );
        sm.checkSignatures(msgHash, hex"00", current, p);
    }

    function test_RevertWhen_ReferenceBlockPrecedesRegistration() public {
        // Hints computed for the right block, used at a block where nobody was registered yet.
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 1, _ref());
        vm.expectRevert(M2RegistriesDouble.WrongHistoryIndex.selector);
        sm.checkSignatures(msgHash, hex"00", uint32(registrationBlock - 1), p);
    }

    function test_StakesAtReferenceBlockCountAfterLaterChanges() public {
        uint32 ref = _ref();
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 1, ref);
        // Operator 0 leaves after the reference block: at ref it still counts, as a non-signer.
        registries.deregisterOperator(operatorAddr(0), operatorG1(0));
        vm.roll(block.number + 1);
        (BLSSignatureChecker.QuorumStakeTotals memory t,) = sm.checkSignatures(msgHash, hex"00", ref, p);
        vm.assertEq(t.totalStakeForQuorum[0], 10 ether, "total at ref");
        vm.assertEq(t.signedStakeForQuorum[0], 9 ether, "signed at ref");
    }

    function test_RevertWhen_NonSignersNotSorted() public {
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 2, _ref());
        (p.nonSignerPubkeys[0], p.nonSignerPubkeys[1]) = (p.nonSignerPubkeys[1], p.nonSignerPubkeys[0]);
        vm.expectRevert(BLSSignatureChecker.NonSignersNotSorted.selector);
        sm.checkSignatures(msgHash, hex"00", _ref(), p);
    }

    function test_RevertWhen_NonSignerListedTwice() public {
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 2, _ref());
        p.nonSignerPubkeys[1] = p.nonSignerPubkeys[0];
        vm.expectRevert(BLSSignatureChecker.NonSignersNotSorted.selector);
        sm.checkSignatures(msgHash, hex"00", _ref(), p);
    }

    function test_RevertWhen_ArrayLengthsMismatch() public {
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 1, _ref());
        p.nonSignerQuorumBitmapIndices = new uint32[](0);
        vm.expectRevert(BLSSignatureChecker.InputArrayLengthMismatch.selector);
        sm.checkSignatures(msgHash, hex"00", _ref(), p);
    }

    function test_RevertWhen_NonSignerStakeIndicesMissing() public {
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 1, _ref());
        p.nonSignerStakeIndices[0] = new uint32[](0);
        vm.expectRevert(abi.encodeWithSelector(BLSSignatureChecker.NonSignerStakeIndicesMismatch.selector, uint8(0)));
        sm.checkSignatures(msgHash, hex"00", _ref(), p);
    }

    function test_RevertWhen_ExtraNonSignerStakeIndices() public {
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 1, _ref());
        p.nonSignerStakeIndices[0] = new uint32[](2);
        vm.expectRevert(abi.encodeWithSelector(BLSSignatureChecker.NonSignerStakeIndicesMismatch.selector, uint8(0)));
        sm.checkSignatures(msgHash, hex"00", _ref(), p);
    }

    function test_RevertWhen_QuorumNumbersEmptyOrUnsorted() public {
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 0, _ref());
        vm.expectRevert(BLSSignatureChecker.EmptyQuorumNumbers.selector);
        sm.checkSignatures(msgHash, hex"", _ref(), p);

        BLSSignatureChecker.NonSignerStakesAndSignature memory p2 = _twoQuorumShape(p);
        vm.expectRevert(BLSSignatureChecker.QuorumNumbersNotSorted.selector);
        sm.checkSignatures(msgHash, hex"0100", _ref(), p2);
        vm.expectRevert(abi.encodeWithSelector(BLSSignatureChecker.InvalidQuorumNumber.selector, uint8(192)));
        sm.checkSignatures(msgHash, hex"00c0", _ref(), p2);
    }

    function test_StaleStakesForbidden_RejectsQuorumNotUpdatedWithinWithdrawalDelay() public {
        vm.prank(owner);
        sm.setStaleStakesForbidden(true);
        vm.assertTrue(sm.staleStakesForbidden(), "flag");
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 0, _ref());
        // Last stake refresh at block 10, withdrawal delay 50: stale for any reference block >= 60.
        registries.setQuorumUpdateBlockNumber(0, 10);
        vm.expectRevert(
            abi.encodeWithSelector(BLSSignatureChecker.StaleStakes.selector, uint8(0), uint256(10), _ref())
        );
        sm.checkSignatures(msgHash, hex"00", _ref(), p);

        // Refreshed recently: accepted.
        registries.setQuorumUpdateBlockNumber(0, _ref());
        (BLSSignatureChecker.QuorumStakeTotals memory t,) = sm.checkSignatures(msgHash, hex"00", _ref(), p);
        vm.assertEq(t.signedStakeForQuorum[0], 10 ether, "signed");
    }

    function test_StaleStakesAllowed_IgnoresQuorumUpdateBlock() public view {
        vm.assertFalse(sm.staleStakesForbidden(), "default off in these tests");
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 0, _ref());
        sm.checkSignatures(msgHash, hex"00", _ref(), p);
    }

    function test_TrySignatureAndApkVerification_FlagsMismatchWithoutReverting() public view {
        BN254.G1Point memory apk = apkAt(4);
        (bool ok, bool valid) =
            sm.trySignatureAndApkVerification(msgHash, apk, signerApkG2(4, 0), aggregateSign(msgHash, 0, 4));
        vm.assertTrue(ok && valid, "valid signature");
        (ok, valid) =
            sm.trySignatureAndApkVerification(msgHash, apkAt(3), signerApkG2(4, 0), aggregateSign(msgHash, 0, 4));
        vm.assertTrue(ok && !valid, "apk G1/G2 mismatch");
    }

    function test_RevertWhen_ApkG2IsNotOnTheCurve() public {
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 1, _ref());
        p.apkG2.X[0] = 1; // not a G2 point: the pairing precompile fails
        vm.expectRevert(BLSSignatureChecker.PairingPrecompileFailed.selector);
        sm.checkSignatures(msgHash, hex"00", _ref(), p);
    }

    function test_RevertWhen_NonSignerKeyIsNotOnTheCurve() public {
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 1, _ref());
        p.nonSignerPubkeys[0] = BN254.G1Point(1, 3);
        // Its id is unknown to the registry: the bitmap lookup fails before any curve arithmetic.
        vm.expectRevert();
        sm.checkSignatures(msgHash, hex"00", _ref(), p);
        // Off-curve points are rejected by the add precompile.
        vm.expectRevert(BN254.EcAddFailed.selector);
        this.addPoints(BN254.G1Point(1, 2), BN254.G1Point(1, 3));
    }

    function addPoints(BN254.G1Point memory a, BN254.G1Point memory b) external view returns (BN254.G1Point memory) {
        return a.plus(b);
    }

    function test_RevertWhen_RegistryReportsNonSignerStakeAboveTotal() public {
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(msgHash, 4, 1, _ref());
        vm.mockCall(
            address(registries),
            abi.encodeWithSelector(M2RegistriesDouble.getStakeAtBlockNumberAndIndex.selector),
            abi.encode(uint96(11 ether))
        );
        vm.expectRevert(abi.encodeWithSelector(BLSSignatureChecker.NonSignerStakeExceedsTotal.selector, uint8(0)));
        sm.checkSignatures(msgHash, hex"00", _ref(), p);
    }

    function test_RevertWhen_ConstructedWithZeroRegistry() public {
        vm.expectRevert(BLSSignatureChecker.ZeroAddress.selector);
        new MachServiceManager(
            IAVSDirectory(address(avsDirectory)),
            IRegistryCoordinator(address(0)),
            IStakeRegistry(address(registries)),
            IBLSApkRegistry(address(registries)),
            IDelegationManager(address(registries))
        );
        vm.expectRevert(BLSSignatureChecker.ZeroAddress.selector);
        new MachServiceManager(
            IAVSDirectory(address(0)),
            IRegistryCoordinator(address(registries)),
            IStakeRegistry(address(registries)),
            IBLSApkRegistry(address(registries)),
            IDelegationManager(address(registries))
        );
    }

    function _twoQuorumShape(BLSSignatureChecker.NonSignerStakesAndSignature memory p)
        internal
        pure
        returns (BLSSignatureChecker.NonSignerStakesAndSignature memory q)
    {
        q = p;
        q.quorumApks = new BN254.G1Point[](2);
        q.quorumApkIndices = new uint32[](2);
        q.totalStakeIndices = new uint32[](2);
        q.nonSignerStakeIndices = new uint32[][](2);
    }
}
