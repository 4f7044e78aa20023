// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {TransparentUpgradeableProxy} from "@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol";
import {OwnableUpgradeable} from "@openzeppelin/contracts-upgradeable/access/OwnableUpgradeable.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";

import {Test} from "../utils/Test.sol";
import {MachZkServiceManager} from "../../src/zk/MachZkServiceManager.sol";
import {PauserRegistry} from "../../src/PauserRegistry.sol";
import {Pausable} from "../../src/libraries/Pausable.sol";
import {AlertLevel} from "../../src/interfaces/IMachAlerts.sol";
import {IPauserRegistry} from "../../src/interfaces/IEigenLayerM2.sol";
import {IL2OutputOracle} from "../../src/interfaces/IL2OutputOracle.sol";
import {IRiscZeroVerifier} from "../../src/risc0/IRiscZeroVerifier.sol";
import {RiscZeroMockVerifier} from "../../src/risc0/RiscZeroMockVerifier.sol";
import {RiscZeroGroth16Verifier} from "../../src/risc0/RiscZeroGroth16Verifier.sol";
import {L2OutputOracleDouble} from "../doubles/L2OutputOracleDouble.sol";

contract MachZkServiceManagerTest is Test {
    uint256 internal constant ROLLUP = 901;
    bytes32 internal constant IMAGE_ID = keccak256("mach-op-stateless-guest");
    uint64 internal constant WINDOW = 1 days;

    address internal owner = address(0xA11CE);
    address internal operator = address(0x0FE1);
    address internal operator2 = address(0x0FE2);
    address internal whitelisterAddr = address(0x3417E);
    address internal pauser = address(0x9A05E);
    address internal stranger = address(0xBAD);

    L2OutputOracleDouble internal oracle;
    RiscZeroMockVerifier internal mockVerifier;
    PauserRegistry internal pauserRegistry;
    MachZkServiceManager internal zk;

    bytes32 internal constant ROOT_100 = keccak256("root@100");
    bytes32 internal constant ROOT_200_BAD = keccak256("bad root@200");
    bytes32 internal constant ROOT_200_GOOD = keccak256("good root@200");

    function setUp() public {
        vm.warp(1_700_000_000);
        oracle = new L2OutputOracleDouble();
        oracle.propose(ROOT_100, 100); // index 0: the checkpoint
        oracle.propose(ROOT_200_BAD, 200); // index 1: the lie
        mockVerifier = new RiscZeroMockVerifier(bytes4(0xFFFFFFFF));
        address[] memory pausers = new address[](1);
        pausers[0] = pauser;
        pauserRegistry = new PauserRegistry(pausers, owner);
        zk = _deploy(_init());
    }

    function _init() internal view returns (MachZkServiceManager.InitParams memory p) {
        address[] memory allow = new address[](2);
        allow[0] = operator;
        allow[1] = operator2;
        p = MachZkServiceManager.InitParams({
            owner: owner,
            whitelister: whitelisterAddr,
            pauserRegistry: IPauserRegistry(address(pauserRegistry)),
            initialPausedStatus: 0,
            rollupChainID: ROLLUP,
            l2OutputOracle: IL2OutputOracle(address(oracle)),
            verifier: IRiscZeroVerifier(address(mockVerifier)),
            imageId: IMAGE_ID,
            proveWindow: WINDOW,
            allowlist: allow
        });
    }

    function _deploy(MachZkServiceManager.InitParams memory p) internal returns (MachZkServiceManager) {
        MachZkServiceManager impl = new MachZkServiceManager();
        return MachZkServiceManager(
            address(new TransparentUpgradeableProxy(address(impl), owner, abi.encodeCall(MachZkServiceManager.initialize, (p))))
        );
    }

    function _journal(uint256 chainID, bytes32 cpRoot, uint256 cpBlock, uint256 l2Block, bytes32 outRoot)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encode(chainID, cpRoot, cpBlock, l2Block, outRoot);
    }

    function _goodJournal() internal pure returns (bytes memory) {
        return _journal(ROLLUP, ROOT_100, 100, 200, ROOT_200_GOOD);
    }

    function _seal(bytes memory journal) internal view returns (bytes memory) {
        return mockVerifier.mockSeal(IMAGE_ID, sha256(journal));
    }

    function _alertOracle() internal {
        vm.prank(operator);
        zk.alertBlockOutputOracleMismatch(1, ROOT_200_GOOD);
    }

    // ------------------------------------------------------------ initialize

    function test_Initialize_SetsEverything() public view {
        vm.assertEq(zk.owner(), owner, "owner");
        vm.assertEq(zk.rollupChainID(), ROLLUP, "rollup");
        vm.assertEq(address(zk.l2OutputOracle()), address(oracle), "oracle");
        vm.assertEq(address(zk.verifier()), address(mockVerifier), "verifier");
        vm.assertEq(zk.imageId(), IMAGE_ID, "image");
        vm.assertEq(uint256(zk.proveWindow()), WINDOW, "window");
        vm.assertTrue(zk.isAllowlisted(operator) && zk.isAllowlisted(operator2), "allowlist");
        vm.assertEq(uint256(zk.alertLevel(ROLLUP)), uint256(AlertLevel.None), "none");
    }

    function test_RevertWhen_InitializedBadlyOrTwice() public {
        MachZkServiceManager.InitParams memory p = _init();
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        zk.initialize(p);
        MachZkServiceManager impl = new MachZkServiceManager();
        p.rollupChainID = 0;
        vm.expectRevert(MachZkServiceManager.InvalidRollupChainID.selector);
        new TransparentUpgradeableProxy(address(impl), owner, abi.encodeCall(MachZkServiceManager.initialize, (p)));
        p = _init();
        p.imageId = bytes32(0);
        vm.expectRevert(MachZkServiceManager.InvalidImageId.selector);
        new TransparentUpgradeableProxy(address(impl), owner, abi.encodeCall(MachZkServiceManager.initialize, (p)));
        p = _init();
        p.proveWindow = 0;
        vm.expectRevert(MachZkServiceManager.InvalidProveWindow.selector);
        new TransparentUpgradeableProxy(address(impl), owner, abi.encodeCall(MachZkServiceManager.initialize, (p)));
        p = _init();
        p.l2OutputOracle = IL2OutputOracle(address(0));
        vm.expectRevert(MachZkServiceManager.ZeroAddress.selector);
        new TransparentUpgradeableProxy(address(impl), owner, abi.encodeCall(MachZkServiceManager.initialize, (p)));
    }

    // ------------------------------------------------------------ early alerts

    function test_AlertBlockOutputOracleMismatch_ReadsTheOracle() public {
        vm.expectEmit(true, true, false, true, address(zk));
        emit MachZkServiceManager.AlertRaised(200, operator, ROOT_200_BAD, ROOT_200_GOOD, true, 1);
        _alertOracle();
        MachZkServiceManager.Alert memory a = zk.pendingAlert();
        vm.assertEq(a.invalidOutputRoot, ROOT_200_BAD, "invalid root from oracle");
        vm.assertEq(uint256(a.l2BlockNumber), 200, "block from oracle");
        vm.assertEq(uint256(zk.alertLevel(ROLLUP)), uint256(AlertLevel.Early), "early");
        vm.assertTrue(zk.isAlerted(ROLLUP), "alerted");
        vm.assertFalse(zk.isAlerted(902), "other rollup");
    }

    function test_AlertBlockMismatch_RecordsAlert() public {
        vm.prank(operator);
        zk.alertBlockMismatch(keccak256("served"), keccak256("computed"), 150);
        MachZkServiceManager.Alert memory a = zk.pendingAlert();
        vm.assertEq(uint256(a.l2BlockNumber), 150, "block");
        vm.assertFalse(a.fromOracle, "not from oracle");
        vm.assertEq(a.submitter, operator, "submitter");
    }

    function test_RevertWhen_AlertFromNonAllowlisted() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(MachZkServiceManager.NotAllowlisted.selector, stranger));
        zk.alertBlockMismatch(bytes32(uint256(1)), bytes32(uint256(2)), 150);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(MachZkServiceManager.NotAllowlisted.selector, stranger));
        zk.alertBlockOutputOracleMismatch(1, ROOT_200_GOOD);
    }

    function test_RevertWhen_AlertIsImpossible() public {
        vm.startPrank(operator);
        vm.expectRevert(abi.encodeWithSelector(MachZkServiceManager.RootsEqual.selector, ROOT_200_BAD));
        zk.alertBlockOutputOracleMismatch(1, ROOT_200_BAD);
        vm.expectRevert(MachZkServiceManager.ZeroOutputRoot.selector);
        zk.alertBlockMismatch(bytes32(uint256(1)), bytes32(0), 150);
        vm.expectRevert(abi.encodeWithSelector(MachZkServiceManager.OutputIndexOutOfRange.selector, uint256(7), uint256(1)));
        zk.alertBlockOutputOracleMismatch(7, ROOT_200_GOOD);
        uint256 tooLarge = uint256(type(uint64).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(MachZkServiceManager.L2BlockNumberTooLarge.selector, tooLarge));
        zk.alertBlockMismatch(bytes32(uint256(1)), bytes32(uint256(2)), tooLarge);
        vm.stopPrank();
    }

    function test_EarliestAlertRule() public {
        _alertOracle(); // block 200
        vm.prank(operator2);
        vm.expectRevert(abi.encodeWithSelector(MachZkServiceManager.AlertNotEarliest.selector, uint256(200), uint256(200)));
        zk.alertBlockMismatch(keccak256("a"), keccak256("b"), 200);
        vm.prank(operator2);
        vm.expectRevert(abi.encodeWithSelector(MachZkServiceManager.AlertNotEarliest.selector, uint256(250), uint256(200)));
        zk.alertBlockMismatch(keccak256("a"), keccak256("b"), 250);

        vm.expectEmit(true, true, false, false, address(zk));
        emit MachZkServiceManager.AlertSuperseded(200, 150);
        vm.prank(operator2);
        zk.alertBlockMismatch(keccak256("a"), keccak256("b"), 150);
        vm.assertEq(uint256(zk.pendingAlert().l2BlockNumber), 150, "earlier alert wins");
    }

    function test_UnprovedAlertExpiresAndCanBeSuperseded() public {
        _alertOracle();
        vm.warp(block.timestamp + WINDOW + 1);
        vm.assertEq(uint256(zk.alertLevel(ROLLUP)), uint256(AlertLevel.None), "expired alert is not live");
        vm.prank(operator2);
        zk.alertBlockMismatch(keccak256("a"), keccak256("b"), 300);
        vm.assertEq(uint256(zk.pendingAlert().l2BlockNumber), 300, "later alert after window");
        vm.assertEq(uint256(zk.alertLevel(ROLLUP)), uint256(AlertLevel.Early), "early again");
    }

    function test_RevertWhen_AlertsPaused() public {
        uint256 bit = 1 << zk.PAUSED_ALERTS();
        vm.prank(pauser);
        zk.pause(bit);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(Pausable.FunctionPaused.selector, uint8(0)));
        zk.alertBlockOutputOracleMismatch(1, ROOT_200_GOOD);
    }

    // ------------------------------------------------------------ submitProve

    function test_SubmitProve_MatchingJournalProvesAlert() public {
        _alertOracle();
        bytes memory journal = _goodJournal();
        vm.assertEq(journal, zk.encodeJournal(ROOT_100, 100, 200, ROOT_200_GOOD), "encodeJournal");
        vm.expectEmit(true, true, false, true, address(zk));
        emit MachZkServiceManager.AlertProved(200, stranger, ROOT_200_GOOD, ROOT_100);
        bytes memory seal = _seal(journal);
        vm.prank(stranger); // anyone may prove
        zk.submitProve(0, journal, seal);
        vm.assertEq(uint256(zk.alertLevel(ROLLUP)), uint256(AlertLevel.Proved), "proved");
        vm.assertEq(zk.provedOutputRoots(200), ROOT_200_GOOD, "proved root stored");
        vm.assertEq(zk.pendingAlert().submitter, address(0), "pending cleared");
        vm.assertEq(zk.provedAlertCount(), 1, "count");
    }

    function test_SubmitProve_FromEarlierProvedRoot() public {
        _alertOracle();
        bytes memory journal = _goodJournal();
        zk.submitProve(0, journal, _seal(journal));
        // A later lie, proved from the root proved above (not in the oracle).
        vm.prank(operator);
        zk.alertBlockMismatch(keccak256("bad@300"), keccak256("good@300"), 300);
        bytes memory j2 = _journal(ROLLUP, ROOT_200_GOOD, 200, 300, keccak256("good@300"));
        zk.submitProve(type(uint256).max, j2, _seal(j2));
        vm.assertEq(zk.provedAlertCount(), 2, "two proved");
    }

    function test_SubmitProve_ProvedCheckpointWhateverTheOracleHoldsAtTheIndex() public {
        _alertOracle();
        bytes memory journal = _goodJournal();
        zk.submitProve(0, journal, _seal(journal));
        vm.prank(operator);
        zk.alertBlockMismatch(keccak256("bad@300"), keccak256("good@300"), 300);
        bytes memory j2 = _journal(ROLLUP, ROOT_200_GOOD, 200, 300, keccak256("good@300"));
        // Index 1 holds the lie at 200, not ROOT_200_GOOD: the proved root is what counts.
        zk.submitProve(1, j2, _seal(j2));
        vm.assertEq(zk.provedOutputRoots(300), keccak256("good@300"), "proved from the proved root");
    }

    function test_RevertWhen_CheckpointIsNeitherAnOutputNorProved() public {
        _alertOracle();
        bytes memory journal = _journal(ROLLUP, keccak256("nowhere"), 100, 200, ROOT_200_GOOD);
        bytes memory seal = _seal(journal);
        vm.expectRevert(
            abi.encodeWithSelector(MachZkServiceManager.OutputIndexOutOfRange.selector, type(uint256).max, uint256(1))
        );
        zk.submitProve(type(uint256).max, journal, seal);
    }

    function test_RevertWhen_SubmitProveJournalFieldMismatches() public {
        _alertOracle();
        bytes[] memory journals = new bytes[](6);
        bytes[] memory errors = new bytes[](6);
        journals[0] = _journal(902, ROOT_100, 100, 200, ROOT_200_GOOD);
        errors[0] = abi.encodeWithSelector(MachZkServiceManager.JournalRollupMismatch.selector, uint256(902), ROLLUP);
        journals[1] = _journal(ROLLUP, ROOT_100, 100, 201, ROOT_200_GOOD);
        errors[1] = abi.encodeWithSelector(MachZkServiceManager.JournalBlockMismatch.selector, uint256(201), uint256(200));
        journals[2] = _journal(ROLLUP, ROOT_100, 100, 200, ROOT_200_BAD);
        errors[2] = abi.encodeWithSelector(
            MachZkServiceManager.JournalOutputRootMismatch.selector, ROOT_200_BAD, ROOT_200_GOOD
        );
        journals[3] = _journal(ROLLUP, keccak256("not accepted"), 100, 200, ROOT_200_GOOD);
        errors[3] = abi.encodeWithSelector(
            MachZkServiceManager.CheckpointNotAccepted.selector, uint256(0), keccak256("not accepted"), uint256(100)
        );
        journals[4] = _journal(ROLLUP, ROOT_100, 99, 200, ROOT_200_GOOD);
        errors[4] = abi.encodeWithSelector(
            MachZkServiceManager.CheckpointNotAccepted.selector, uint256(0), ROOT_100, uint256(99)
        );
        journals[5] = _journal(ROLLUP, ROOT_200_BAD, 200, 200, ROOT_200_GOOD);
        errors[5] = abi.encodeWithSelector(
            MachZkServiceManager.CheckpointNotBeforeAlert.selector, uint256(200), uint256(200)
        );
        for (uint256 i = 0; i < journals.length; i++) {
            bytes memory seal = _seal(journals[i]); // a valid proof of the wrong statement
            vm.expectRevert(errors[i]);
            zk.submitProve(0, journals[i], seal);
        }
        vm.assertEq(uint256(zk.alertLevel(ROLLUP)), uint256(AlertLevel.Early), "still only early");
    }

    function test_RevertWhen_SubmitProveCheckpointIndexOutOfRange() public {
        _alertOracle();
        bytes memory journal = _goodJournal();
        bytes memory seal = _seal(journal);
        vm.expectRevert(abi.encodeWithSelector(MachZkServiceManager.OutputIndexOutOfRange.selector, uint256(5), uint256(1)));
        zk.submitProve(5, journal, seal);
    }

    function test_RevertWhen_SubmitProveSealInvalid() public {
        _alertOracle();
        bytes memory journal = _goodJournal();
        bytes memory seal = mockVerifier.mockSeal(keccak256("other image"), sha256(journal));
        vm.expectRevert(IRiscZeroVerifier.VerificationFailed.selector);
        zk.submitProve(0, journal, seal);
    }

    function test_RevertWhen_SubmitProveWithoutAlertOrBadLength() public {
        bytes memory journal = _goodJournal();
        bytes memory seal = _seal(journal);
        vm.expectRevert(MachZkServiceManager.NoPendingAlert.selector);
        zk.submitProve(0, journal, seal);
        _alertOracle();
        vm.expectRevert(abi.encodeWithSelector(MachZkServiceManager.InvalidJournalLength.selector, uint256(32)));
        zk.submitProve(0, abi.encode(uint256(1)), seal);
    }

    function test_RevertWhen_ProvePaused() public {
        _alertOracle();
        uint256 bit = 1 << zk.PAUSED_PROVE();
        vm.prank(pauser);
        zk.pause(bit);
        bytes memory journal = _goodJournal();
        bytes memory seal = _seal(journal);
        vm.expectRevert(abi.encodeWithSelector(Pausable.FunctionPaused.selector, uint8(1)));
        zk.submitProve(0, journal, seal);
    }

    function test_RevertWhen_AlertForAlreadyProvedRoot() public {
        _alertOracle();
        bytes memory journal = _goodJournal();
        zk.submitProve(0, journal, _seal(journal));
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(MachZkServiceManager.AlreadyProved.selector, uint256(200), ROOT_200_GOOD));
        zk.alertBlockOutputOracleMismatch(1, ROOT_200_GOOD);
    }

    function test_SubmitProve_ReachesRealGroth16Verifier() public {
        // With the real verifier, a seal of a real receipt for another journal must fail verification.
        string memory json = vm.readFile("../../shared/testdata/risc0/groth16-receipts.json");
        RiscZeroGroth16Verifier groth16 = new RiscZeroGroth16Verifier(
            vm.parseJsonBytes32(json, ".receipts[0].control_root"), vm.parseJsonBytes32(json, ".bn254_control_id")
        );
        vm.prank(owner);
        zk.setVerifier(IRiscZeroVerifier(address(groth16)));
        vm.prank(owner);
        zk.setImageId(vm.parseJsonBytes32(json, ".receipts[0].image_id"));
        _alertOracle();
        bytes memory seal = vm.parseJsonBytes(json, ".receipts[0].seal");
        bytes memory journal = _goodJournal();
        vm.expectRevert(IRiscZeroVerifier.VerificationFailed.selector);
        zk.submitProve(0, journal, seal);
    }

    // ------------------------------------------------------------ owner functions and roles

    function test_RemoveAlertAndClearProved_OnlyOwner() public {
        _alertOracle();
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, stranger));
        zk.removeAlert();
        vm.prank(owner);
        zk.removeAlert();
        vm.assertEq(uint256(zk.alertLevel(ROLLUP)), uint256(AlertLevel.None), "removed");
        vm.prank(owner);
        vm.expectRevert(MachZkServiceManager.NoPendingAlert.selector);
        zk.removeAlert();

        _alertOracle();
        bytes memory journal = _goodJournal();
        zk.submitProve(0, journal, _seal(journal));
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, stranger));
        zk.clearProvedAlerts();
        vm.prank(owner);
        zk.clearProvedAlerts();
        vm.assertEq(uint256(zk.alertLevel(ROLLUP)), uint256(AlertLevel.None), "cleared");
        vm.assertEq(zk.provedOutputRoots(200), ROOT_200_GOOD, "proved root kept as checkpoint");
    }

    /// The proved count shares the verifier's storage slot: neither write may touch the other.
    function test_ProvedAlertCountAndVerifierShareASlotWithoutClobbering() public {
        _alertOracle();
        bytes memory journal = _goodJournal();
        zk.submitProve(0, journal, _seal(journal));
        vm.assertEq(address(zk.verifier()), address(mockVerifier), "verifier kept by the count's increment");
        RiscZeroMockVerifier other = new RiscZeroMockVerifier(bytes4(0xEEEEEEEE));
        vm.prank(owner);
        zk.setVerifier(IRiscZeroVerifier(address(other)));
        vm.assertEq(zk.provedAlertCount(), 1, "count kept by setVerifier");
        vm.assertEq(uint256(zk.alertLevel(ROLLUP)), uint256(AlertLevel.Proved), "still proved");
        vm.expectEmit(false, false, false, true, address(zk));
        emit MachZkServiceManager.ProvedAlertsCleared(1);
        vm.prank(owner);
        zk.clearProvedAlerts();
        vm.assertEq(zk.provedAlertCount(), 0, "cleared");
        vm.assertEq(address(zk.verifier()), address(other), "verifier kept by the clear");
    }

    function test_Settings_OnlyOwnerAndValidated() public {
        vm.startPrank(stranger);
        vm.expectRevert(abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, stranger));
        zk.setVerifier(IRiscZeroVerifier(address(1)));
        vm.expectRevert(abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, stranger));
        zk.setImageId(bytes32(uint256(1)));
        vm.expectRevert(abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, stranger));
        zk.setProveWindow(1);
        vm.expectRevert(abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, stranger));
        zk.setWhitelister(stranger);
        vm.stopPrank();
        vm.startPrank(owner);
        vm.expectRevert(MachZkServiceManager.ZeroAddress.selector);
        zk.setVerifier(IRiscZeroVerifier(address(0)));
        vm.expectRevert(MachZkServiceManager.InvalidImageId.selector);
        zk.setImageId(bytes32(0));
        vm.expectRevert(MachZkServiceManager.InvalidProveWindow.selector);
        zk.setProveWindow(0);
        vm.expectRevert(MachZkServiceManager.ZeroAddress.selector);
        zk.setWhitelister(address(0));
        zk.setProveWindow(60);
        vm.assertEq(uint256(zk.proveWindow()), 60, "window");
        zk.setWhitelister(address(0x77));
        vm.assertEq(zk.whitelister(), address(0x77), "whitelister");
        vm.stopPrank();
    }

    function test_Allowlist_WhitelisterOrOwner() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(MachZkServiceManager.OnlyWhitelister.selector, stranger));
        zk.addToAllowlist(stranger);
        vm.prank(whitelisterAddr);
        zk.addToAllowlist(stranger);
        vm.assertTrue(zk.isAllowlisted(stranger), "added");
        vm.prank(owner);
        zk.removeFromAllowlist(stranger);
        vm.assertFalse(zk.isAllowlisted(stranger), "removed");
        vm.prank(whitelisterAddr);
        vm.expectRevert(abi.encodeWithSelector(MachZkServiceManager.NotAllowlisted.selector, stranger));
        zk.removeFromAllowlist(stranger);
        vm.prank(whitelisterAddr);
        vm.expectRevert(MachZkServiceManager.ZeroAddress.selector);
        zk.addToAllowlist(address(0));
        // A removed operator can no longer alert.
        vm.prank(owner);
        zk.removeFromAllowlist(operator);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(MachZkServiceManager.NotAllowlisted.selector, operator));
        zk.alertBlockOutputOracleMismatch(1, ROOT_200_GOOD);
    }
}
