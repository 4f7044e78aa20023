// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {OwnableUpgradeable} from "@openzeppelin/contracts-upgradeable/access/OwnableUpgradeable.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {ProxyAdmin} from "@openzeppelin/contracts/proxy/transparent/ProxyAdmin.sol";
import {ITransparentUpgradeableProxy} from
    "@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol";

import {MachTestBase} from "./MachTestBase.sol";
import {BN254} from "../../src/libraries/BN254.sol";
import {AlertHash} from "../../src/libraries/AlertHash.sol";
import {Pausable} from "../../src/libraries/Pausable.sol";
import {PauserRegistry} from "../../src/PauserRegistry.sol";
import {BLSSignatureChecker} from "../../src/bls/BLSSignatureChecker.sol";
import {MachServiceManager} from "../../src/bls/MachServiceManager.sol";
import {AlertLevel, IMachAlerts} from "../../src/interfaces/IMachAlerts.sol";
import {
    IAVSDirectory,
    IBLSApkRegistry,
    IDelegationManager,
    IRegistryCoordinator,
    IStakeRegistry,
    SignatureWithSaltAndExpiry
} from "../../src/interfaces/IEigenLayerM2.sol";

/// @notice A fixed-level alert source standing in for the ZK manager in alertLevel() tests.
contract FixedAlertLevel is IMachAlerts {
    AlertLevel public level;

    function set(AlertLevel l) external {
        level = l;
    }

    function alertLevel(uint256) external view returns (AlertLevel) {
        return level;
    }

    function isAlerted(uint256) external view returns (bool) {
        return level != AlertLevel.None;
    }
}

contract MachServiceManagerTest is MachTestBase {
    bytes32 internal alertHash;
    TransparentUpgradeableProxyDeployer internal deployer;

    event AlertConfirmed(
        bytes32 indexed messageHash, uint256 indexed rollupChainID, uint32 referenceBlockNumber, bytes32 signatoryRecordHash
    );
    event AlertRemoved(bytes32 indexed messageHash, uint256 indexed rollupChainID, address sender);

    function setUp() public override {
        super.setUp();
        registerOperators(4);
        alertHash = sampleAlert(1);
    }

    // ------------------------------------------------------------ initialize and upgrade

    function test_InitializeSetsEverything() public view {
        vm.assertEq(sm.owner(), owner, "owner");
        vm.assertEq(sm.alertConfirmer(), confirmer, "confirmer");
        vm.assertEq(sm.whitelister(), whitelisterAddr, "whitelister");
        vm.assertEq(uint256(sm.quorumThresholdPercentage()), 67, "threshold");
        vm.assertEq(uint256(sm.maxReferenceBlockAge()), 300, "age");
        vm.assertTrue(sm.isSupportedRollup(ROLLUP), "rollup");
        vm.assertTrue(sm.isSupportedRollup(sm.DRILL_ROLLUP_CHAIN_ID()), "drill");
        vm.assertFalse(sm.isSupportedRollup(902), "other");
        vm.assertEq(sm.supportedRollups().length, 1, "list");
        vm.assertEq(address(sm.pauserRegistry()), address(pauserRegistry), "pauser registry");
        vm.assertEq(address(sm.avsDirectory()), address(avsDirectory), "avs directory");
        vm.assertEq(address(sm.registryCoordinator()), address(registries), "registry coordinator");
    }

    function test_RevertWhen_InitializedTwice() public {
        MachServiceManager.InitParams memory p = defaultInit();
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        sm.initialize(p);
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        impl.initialize(p);
    }

    function test_RevertWhen_InitializedWithZeroRoles() public {
        deployer = new TransparentUpgradeableProxyDeployer();
        MachServiceManager.InitParams memory p = defaultInit();
        p.alertConfirmer = address(0);
        vm.expectRevert(BLSSignatureChecker.ZeroAddress.selector);
        _newProxy(p);
        p = defaultInit();
        p.quorumThresholdPercentage = 101;
        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.InvalidThresholdSetting.selector, uint8(101)));
        _newProxy(p);
    }

    function test_UpgradeKeepsAlerts() public {
        confirm(alertHash, ROLLUP, 4, 1);
        MachServiceManager next = new MachServiceManager(
            IAVSDirectory(address(avsDirectory)),
            IRegistryCoordinator(address(registries)),
            IStakeRegistry(address(registries)),
            IBLSApkRegistry(address(registries)),
            IDelegationManager(address(registries))
        );
        ProxyAdmin admin = ProxyAdmin(address(uint160(uint256(vm.load(address(sm), ADMIN_SLOT)))));
        vm.prank(owner);
        admin.upgradeAndCall(ITransparentUpgradeableProxy(address(sm)), address(next), "");
        vm.assertTrue(sm.contains(ROLLUP, alertHash), "alert survives upgrade");
        vm.assertEq(sm.alertConfirmer(), confirmer, "roles survive upgrade");
    }

    bytes32 internal constant ADMIN_SLOT = 0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103;

    // ------------------------------------------------------------ confirmAlert

    function test_ConfirmAlert_ThreeOfFourSign() public {
        uint32 ref = uint32(block.number - 1);
        bytes32[] memory ids = new bytes32[](1);
        ids[0] = BN254.hashG1Point(operatorG1(0));
        vm.expectEmit(true, true, false, true, address(sm));
        emit AlertConfirmed(alertHash, ROLLUP, ref, keccak256(abi.encodePacked(ref, ids)));
        confirm(alertHash, ROLLUP, 4, 1);
        vm.assertTrue(sm.contains(ROLLUP, alertHash), "contains");
        vm.assertEq(sm.totalAlerts(ROLLUP), 1, "total");
        vm.assertTrue(sm.isAlerted(ROLLUP), "alerted");
        vm.assertEq(uint256(sm.alertLevel(ROLLUP)), uint256(AlertLevel.Confirmed), "level");
    }

    function test_RevertWhen_ConfirmerIsNotTheAlertConfirmer() public {
        uint32 ref = uint32(block.number - 1);
        BLSSignatureChecker.NonSignerStakesAndSignature memory p =
            buildParams(sm.alertDigest(ROLLUP, alertHash, ref), 4, 0, ref);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.OnlyAlertConfirmer.selector, stranger));
        sm.confirmAlert(header(alertHash, ref), p);
    }

    function test_RevertWhen_RollupUnsupported() public {
        uint32 ref = uint32(block.number - 1);
        BLSSignatureChecker.NonSignerStakesAndSignature memory p =
            buildParams(sm.alertDigest(902, alertHash, ref), 4, 0, ref);
        vm.prank(confirmer);
        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.UnsupportedRollup.selector, uint256(902)));
        sm.confirmAlert(header(alertHash, ref, 902), p);
    }

    function test_RevertWhen_ConfirmedTwice() public {
        confirm(alertHash, ROLLUP, 4, 0);
        uint32 ref = uint32(block.number - 1);
        BLSSignatureChecker.NonSignerStakesAndSignature memory p =
            buildParams(sm.alertDigest(ROLLUP, alertHash, ref), 4, 0, ref);
        vm.prank(confirmer);
        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.AlertAlreadyConfirmed.selector, ROLLUP, alertHash));
        sm.confirmAlert(header(alertHash, ref), p);
    }

    function test_SameMessageHashMayBeConfirmedForAnotherRollup() public {
        vm.prank(owner);
        sm.addSupportedRollup(902);
        confirm(alertHash, ROLLUP, 4, 0);
        confirm(alertHash, 902, 4, 0);
        vm.assertTrue(sm.contains(902, alertHash), "902");
    }

    function test_RevertWhen_BelowThreshold() public {
        // Operators 0, 1 and 2 (1 + 2 + 3 of 10 ether) do not sign: 40% < 67%.
        uint32 ref = uint32(block.number - 1);
        BLSSignatureChecker.NonSignerStakesAndSignature memory p =
            buildParams(sm.alertDigest(ROLLUP, alertHash, ref), 4, 3, ref);
        vm.prank(confirmer);
        vm.expectRevert(
            abi.encodeWithSelector(
                MachServiceManager.ThresholdNotMet.selector, uint8(0), uint96(4 ether), uint96(10 ether), uint8(67)
            )
        );
        sm.confirmAlert(header(alertHash, ref), p);
    }

    function test_RevertWhen_ThresholdBelowMinimumOrAbove100() public {
        uint32 ref = uint32(block.number - 1);
        BLSSignatureChecker.NonSignerStakesAndSignature memory p =
            buildParams(sm.alertDigest(ROLLUP, alertHash, ref), 4, 0, ref);
        MachServiceManager.AlertHeader memory h = header(alertHash, ref);
        h.quorumThresholdPercentages = hex"32"; // 50 < 67
        vm.prank(confirmer);
        vm.expectRevert(
            abi.encodeWithSelector(MachServiceManager.InvalidQuorumThreshold.selector, uint8(0), uint8(50), uint8(67))
        );
        sm.confirmAlert(h, p);
        h.quorumThresholdPercentages = hex"65"; // 101
        vm.prank(confirmer);
        vm.expectRevert(
            abi.encodeWithSelector(MachServiceManager.InvalidQuorumThreshold.selector, uint8(0), uint8(101), uint8(67))
        );
        sm.confirmAlert(h, p);
        h.quorumThresholdPercentages = hex"4343";
        vm.prank(confirmer);
        vm.expectRevert(MachServiceManager.QuorumThresholdsLengthMismatch.selector);
        sm.confirmAlert(h, p);
    }

    function test_RevertWhen_NotEveryQuorumSigns() public {
        registries.setQuorumCount(2);
        uint32 ref = uint32(block.number - 1);
        BLSSignatureChecker.NonSignerStakesAndSignature memory p =
            buildParams(sm.alertDigest(ROLLUP, alertHash, ref), 4, 0, ref);
        vm.prank(confirmer);
        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.QuorumsIncomplete.selector, uint256(1), uint256(3)));
        sm.confirmAlert(header(alertHash, ref), p);
    }

    function test_RevertWhen_ReferenceBlockInFutureOrTooOld() public {
        uint32 ref = uint32(block.number - 1);
        BLSSignatureChecker.NonSignerStakesAndSignature memory p =
            buildParams(sm.alertDigest(ROLLUP, alertHash, ref), 4, 0, ref);
        MachServiceManager.AlertHeader memory h = header(alertHash, uint32(block.number));
        vm.prank(confirmer);
        vm.expectRevert(
            abi.encodeWithSelector(BLSSignatureChecker.ReferenceBlockInFuture.selector, uint32(block.number), block.number)
        );
        sm.confirmAlert(h, p);

        vm.roll(block.number + 301);
        vm.prank(confirmer);
        vm.expectRevert(
            abi.encodeWithSelector(MachServiceManager.ReferenceBlockTooOld.selector, ref, block.number, uint32(300))
        );
        sm.confirmAlert(header(alertHash, ref), p);
    }

    function test_RevertWhen_SignedForAnotherReferenceBlock() public {
        vm.roll(block.number + 1);
        uint32 ref = uint32(block.number - 1);
        // Digest signed for ref - 1, header says ref: the contract recomputes another digest.
        BLSSignatureChecker.NonSignerStakesAndSignature memory p =
            buildParams(sm.alertDigest(ROLLUP, alertHash, ref - 1), 4, 0, ref);
        vm.prank(confirmer);
        vm.expectRevert(BLSSignatureChecker.InvalidSignature.selector);
        sm.confirmAlert(header(alertHash, ref), p);
    }

    function test_RevertWhen_SignedForAnotherChainManagerOrRollup() public {
        vm.prank(owner);
        sm.addSupportedRollup(902);
        uint32 ref = uint32(block.number - 1);
        bytes32[3] memory digests = [
            AlertHash.digest(block.chainid + 1, address(sm), ROLLUP, alertHash, ref),
            AlertHash.digest(block.chainid, address(impl), ROLLUP, alertHash, ref),
            AlertHash.digest(block.chainid, address(sm), 902, alertHash, ref)
        ];
        for (uint256 i = 0; i < digests.length; i++) {
            BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(digests[i], 4, 0, ref);
            vm.prank(confirmer);
            vm.expectRevert(BLSSignatureChecker.InvalidSignature.selector);
            sm.confirmAlert(header(alertHash, ref), p);
        }
    }

    function test_RevertWhen_ConfirmPaused() public {
        uint256 bit = 1 << sm.PAUSED_CONFIRM_ALERT();
        vm.prank(pauser);
        sm.pause(bit);
        uint32 ref = uint32(block.number - 1);
        BLSSignatureChecker.NonSignerStakesAndSignature memory p =
            buildParams(sm.alertDigest(ROLLUP, alertHash, ref), 4, 0, ref);
        vm.prank(confirmer);
        vm.expectRevert(abi.encodeWithSelector(Pausable.FunctionPaused.selector, uint8(0)));
        sm.confirmAlert(header(alertHash, ref), p);

        vm.prank(unpauserAddr);
        sm.unpause(0);
        vm.prank(confirmer);
        sm.confirmAlert(header(alertHash, ref), p);
    }

    function test_RevertWhen_QuorumHasNoStake() public {
        // Everybody leaves; total stake at the new reference block is zero.
        for (uint256 i = 0; i < 4; i++) {
            registries.deregisterOperator(operatorAddr(i), operatorG1(i));
        }
        vm.roll(block.number + 1);
        uint32 ref = uint32(block.number - 1);
        BLSSignatureChecker.NonSignerStakesAndSignature memory p;
        p.nonSignerStakeIndices = new uint32[][](1);
        p.quorumApks = new BN254.G1Point[](1); // apk of nobody: the point at infinity
        p.quorumApkIndices = new uint32[](1);
        p.quorumApkIndices[0] = registries.apkIndexAt(0, ref);
        p.totalStakeIndices = new uint32[](1);
        p.totalStakeIndices[0] = registries.totalStakeIndexAt(0, ref);
        // sigma = 0 and apkG2 = 0 make the pairing trivially true; the stake check must still refuse.
        vm.prank(confirmer);
        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.NoStakeInQuorum.selector, uint8(0)));
        sm.confirmAlert(header(alertHash, ref), p);
    }

    // ------------------------------------------------------------ drill rollup

    function test_DrillRollup_RehearsesWithoutSetupAndCanBeCleared() public {
        uint256 drill = sm.DRILL_ROLLUP_CHAIN_ID();
        confirm(alertHash, drill, 4, 1);
        vm.assertTrue(sm.isAlerted(drill), "drill alerted");
        vm.assertFalse(sm.isAlerted(ROLLUP), "real rollup untouched");
        vm.prank(confirmer);
        sm.removeAlert(drill, alertHash);
        vm.assertFalse(sm.isAlerted(drill), "drill cleared by confirmer");
    }

    function test_RevertWhen_StrangerRemovesDrillAlert() public {
        uint256 drill = sm.DRILL_ROLLUP_CHAIN_ID();
        confirm(alertHash, drill, 4, 0);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.OnlyOwnerOrConfirmerForDrill.selector, stranger));
        sm.removeAlert(drill, alertHash);
    }

    // ------------------------------------------------------------ removeAlert and queries

    function test_RemoveAlert_OwnerResolvesFalseAlarm() public {
        bytes32 second = sampleAlert(2);
        bytes32 third = sampleAlert(3);
        confirm(alertHash, ROLLUP, 4, 0);
        confirm(second, ROLLUP, 4, 0);
        confirm(third, ROLLUP, 4, 0);
        vm.expectEmit(true, true, false, true, address(sm));
        emit AlertRemoved(alertHash, ROLLUP, owner);
        vm.prank(owner);
        sm.removeAlert(ROLLUP, alertHash);
        vm.assertFalse(sm.contains(ROLLUP, alertHash), "removed");
        vm.assertTrue(sm.contains(ROLLUP, second) && sm.contains(ROLLUP, third), "others stay");
        vm.assertEq(sm.totalAlerts(ROLLUP), 2, "total");
        // Removing the moved element still works (positions were fixed up).
        vm.prank(owner);
        sm.removeAlert(ROLLUP, third);
        vm.assertEq(sm.queryMessageHashes(ROLLUP, 0, 10)[0], second, "remaining");
    }

    function test_RevertWhen_RemovedAlertIsConfirmedAgain() public {
        confirm(alertHash, ROLLUP, 4, 0);
        vm.prank(owner);
        sm.removeAlert(ROLLUP, alertHash);
        uint32 ref = uint32(block.number - 1);
        BLSSignatureChecker.NonSignerStakesAndSignature memory p =
            buildParams(sm.alertDigest(ROLLUP, alertHash, ref), 4, 0, ref);
        vm.prank(confirmer);
        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.AlertAlreadyConfirmed.selector, ROLLUP, alertHash));
        sm.confirmAlert(header(alertHash, ref), p);
    }

    function test_RevertWhen_RemoveAlertByNonOwnerOrUnknown() public {
        confirm(alertHash, ROLLUP, 4, 0);
        vm.prank(confirmer);
        vm.expectRevert(abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, confirmer));
        sm.removeAlert(ROLLUP, alertHash);
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.AlertNotFound.selector, ROLLUP, bytes32(uint256(1))));
        sm.removeAlert(ROLLUP, bytes32(uint256(1)));
    }

    function test_QueryMessageHashes_Pages() public {
        bytes32[] memory hashes = new bytes32[](5);
        for (uint256 i = 0; i < 5; i++) {
            hashes[i] = sampleAlert(10 + i);
            confirm(hashes[i], ROLLUP, 4, 0);
        }
        bytes32[] memory page = sm.queryMessageHashes(ROLLUP, 1, 2);
        vm.assertEq(page.length, 2, "page size");
        vm.assertEq(page[0], hashes[1], "1");
        vm.assertEq(page[1], hashes[2], "2");
        vm.assertEq(sm.queryMessageHashes(ROLLUP, 3, 10).length, 2, "clamped at end");
        vm.assertEq(sm.queryMessageHashes(ROLLUP, 5, 10).length, 0, "past end");
        vm.assertEq(sm.queryMessageHashes(ROLLUP, 0, 0).length, 0, "zero size");
        vm.assertEq(sm.queryMessageHashes(ROLLUP, type(uint256).max, type(uint256).max).length, 0, "huge");
        vm.assertEq(sm.queryMessageHashes(ROLLUP, 2, type(uint256).max).length, 3, "huge size");
    }

    // ------------------------------------------------------------ alert levels

    function test_AlertLevel_CombinesZkManager() public {
        FixedAlertLevel zk = new FixedAlertLevel();
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, stranger));
        sm.setZkServiceManager(ROLLUP, zk);
        vm.prank(owner);
        sm.setZkServiceManager(ROLLUP, zk);
        vm.assertEq(address(sm.zkServiceManager(ROLLUP)), address(zk), "set");
        vm.assertEq(uint256(sm.alertLevel(ROLLUP)), uint256(AlertLevel.None), "none");
        zk.set(AlertLevel.Early);
        vm.assertEq(uint256(sm.alertLevel(ROLLUP)), uint256(AlertLevel.Early), "early");
        confirm(alertHash, ROLLUP, 4, 0);
        vm.assertEq(uint256(sm.alertLevel(ROLLUP)), uint256(AlertLevel.Confirmed), "confirmed beats early");
        zk.set(AlertLevel.Proved);
        vm.assertEq(uint256(sm.alertLevel(ROLLUP)), uint256(AlertLevel.Proved), "proved beats confirmed");
        vm.assertFalse(sm.isAlerted(902), "other rollup");
    }

    // ------------------------------------------------------------ registration, allowlist, M2 surface

    function test_RegisterOperatorToAVS_ForwardsToAVSDirectory() public view {
        vm.assertTrue(avsDirectory.registered(address(sm), operatorAddr(0)), "registered through coordinator");
    }

    function test_RevertWhen_RegisterNotFromRegistryCoordinator() public {
        SignatureWithSaltAndExpiry memory sig;
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.OnlyRegistryCoordinator.selector, stranger));
        sm.registerOperatorToAVS(operatorAddr(9), sig);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.OnlyRegistryCoordinator.selector, stranger));
        sm.deregisterOperatorFromAVS(operatorAddr(0));
    }

    function test_Allowlist_GatesRegistrationWhileEnabled() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, stranger));
        sm.enableAllowlist();
        vm.prank(owner);
        sm.enableAllowlist();
        vm.assertTrue(sm.allowlistEnabled(), "enabled");

        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.NotAllowlisted.selector, operatorAddr(5)));
        registries.registerOperator(operatorAddr(5), operatorG1(5), operatorStake(5));

        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.OnlyWhitelister.selector, stranger));
        sm.addToAllowlist(operatorAddr(5));
        vm.prank(whitelisterAddr);
        sm.addToAllowlist(operatorAddr(5));
        vm.assertTrue(sm.isAllowlisted(operatorAddr(5)), "allowlisted");
        registries.registerOperator(operatorAddr(5), operatorG1(5), operatorStake(5));
        vm.assertTrue(avsDirectory.registered(address(sm), operatorAddr(5)), "registered");

        vm.prank(owner); // the owner may manage the allowlist too
        sm.removeFromAllowlist(operatorAddr(5));
        vm.prank(whitelisterAddr);
        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.NotAllowlisted.selector, operatorAddr(5)));
        sm.removeFromAllowlist(operatorAddr(5));
        vm.prank(whitelisterAddr);
        vm.expectRevert(BLSSignatureChecker.ZeroAddress.selector);
        sm.addToAllowlist(address(0));

        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, stranger));
        sm.disableAllowlist();
        vm.prank(owner);
        sm.disableAllowlist();
        registries.registerOperator(operatorAddr(6), operatorG1(6), operatorStake(6));
        vm.assertTrue(avsDirectory.registered(address(sm), operatorAddr(6)), "open registration");
    }

    function test_RevertWhen_RegistrationPaused_ButDeregistrationWorks() public {
        uint256 bit = 1 << sm.PAUSED_OPERATOR_REGISTRATION();
        vm.prank(pauser);
        sm.pause(bit);
        vm.expectRevert(abi.encodeWithSelector(Pausable.FunctionPaused.selector, uint8(1)));
        registries.registerOperator(operatorAddr(5), operatorG1(5), operatorStake(5));
        registries.deregisterOperator(operatorAddr(0), operatorG1(0));
        vm.assertFalse(avsDirectory.registered(address(sm), operatorAddr(0)), "deregistered while paused");
    }

    function test_UpdateAVSMetadataURI_OnlyOwner() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, stranger));
        sm.updateAVSMetadataURI("https://example.org/mach.json");
        vm.prank(owner);
        sm.updateAVSMetadataURI("https://example.org/mach.json");
        vm.assertEq(bytes(avsDirectory.metadataURI(address(sm))), bytes("https://example.org/mach.json"), "uri");
    }

    function test_Strategies_ListQuorumStrategies() public {
        registries.addStrategy(0, address(0x5701));
        registries.addStrategy(0, address(0x5702));
        address[] memory all = sm.getRestakeableStrategies();
        vm.assertEq(all.length, 2, "restakeable");
        vm.assertEq(all[1], address(0x5702), "second");
        address[] memory mine = sm.getOperatorRestakedStrategies(operatorAddr(0));
        vm.assertEq(mine.length, 2, "operator in quorum 0");
        vm.assertEq(sm.getOperatorRestakedStrategies(stranger).length, 0, "unregistered operator");
    }

    // ------------------------------------------------------------ settings

    function test_Settings_OnlyOwnerAndValidated() public {
        vm.startPrank(stranger);
        vm.expectRevert(abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, stranger));
        sm.setAlertConfirmer(stranger);
        vm.expectRevert(abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, stranger));
        sm.setWhitelister(stranger);
        vm.expectRevert(abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, stranger));
        sm.setQuorumThresholdPercentage(80);
        vm.expectRevert(abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, stranger));
        sm.setMaxReferenceBlockAge(10);
        vm.expectRevert(abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, stranger));
        sm.setStaleStakesForbidden(true);
        vm.expectRevert(abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, stranger));
        sm.addSupportedRollup(902);
        vm.expectRevert(abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, stranger));
        sm.removeSupportedRollup(ROLLUP);
        vm.stopPrank();

        vm.startPrank(owner);
        sm.setAlertConfirmer(address(0xC2));
        vm.assertEq(sm.alertConfirmer(), address(0xC2), "confirmer");
        sm.setWhitelister(address(0x3));
        vm.assertEq(sm.whitelister(), address(0x3), "whitelister");
        vm.expectRevert(BLSSignatureChecker.ZeroAddress.selector);
        sm.setAlertConfirmer(address(0));
        vm.expectRevert(BLSSignatureChecker.ZeroAddress.selector);
        sm.setWhitelister(address(0));
        sm.setQuorumThresholdPercentage(80);
        vm.assertEq(uint256(sm.quorumThresholdPercentage()), 80, "threshold");
        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.InvalidThresholdSetting.selector, uint8(0)));
        sm.setQuorumThresholdPercentage(0);
        sm.setMaxReferenceBlockAge(10);
        vm.assertEq(uint256(sm.maxReferenceBlockAge()), 10, "age");
        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.InvalidMaxReferenceBlockAge.selector, uint32(0)));
        sm.setMaxReferenceBlockAge(0);
        sm.addSupportedRollup(902);
        vm.assertEq(sm.supportedRollups().length, 2, "added");
        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.RollupAlreadySupported.selector, uint256(902)));
        sm.addSupportedRollup(902);
        uint256 drill = sm.DRILL_ROLLUP_CHAIN_ID();
        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.InvalidRollupChainID.selector, drill));
        sm.addSupportedRollup(drill);
        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.InvalidRollupChainID.selector, uint256(0)));
        sm.addSupportedRollup(0);
        sm.removeSupportedRollup(ROLLUP);
        vm.assertFalse(sm.isSupportedRollup(ROLLUP), "removed");
        vm.assertEq(sm.supportedRollups()[0], 902, "list fixed up");
        vm.expectRevert(abi.encodeWithSelector(MachServiceManager.UnsupportedRollup.selector, ROLLUP));
        sm.removeSupportedRollup(ROLLUP);
        vm.stopPrank();
    }

    // ------------------------------------------------------------ pausing

    function test_Pause_OnlyPauserAddsAndOnlyUnpauserRemoves() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Pausable.NotPauser.selector, stranger));
        sm.pause(1);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Pausable.NotPauser.selector, stranger));
        sm.pauseAll();
        vm.prank(pauser);
        sm.pause(2);
        vm.assertTrue(sm.paused(1), "bit 1");
        vm.assertFalse(sm.paused(0), "bit 0");
        vm.prank(pauser);
        vm.expectRevert(abi.encodeWithSelector(Pausable.InvalidPauseTransition.selector, uint256(2), uint256(1)));
        sm.pause(1); // would unpause bit 1
        vm.prank(pauser);
        vm.expectRevert(abi.encodeWithSelector(Pausable.NotUnpauser.selector, pauser));
        sm.unpause(0);
        vm.prank(unpauserAddr);
        vm.expectRevert(abi.encodeWithSelector(Pausable.InvalidPauseTransition.selector, uint256(2), uint256(3)));
        sm.unpause(3); // would pause bit 0
        vm.prank(pauser);
        sm.pauseAll();
        vm.assertEq(sm.paused(), type(uint256).max, "all");
        vm.prank(unpauserAddr);
        sm.unpause(0);
        vm.assertEq(sm.paused(), 0, "none");
    }

    function test_PauserRegistry_ManagesRoles() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(PauserRegistry.OnlyUnpauser.selector, stranger));
        pauserRegistry.setIsPauser(stranger, true);
        vm.prank(unpauserAddr);
        pauserRegistry.setIsPauser(stranger, true);
        vm.assertTrue(pauserRegistry.isPauser(stranger), "pauser");
        vm.prank(unpauserAddr);
        vm.expectRevert(PauserRegistry.ZeroAddress.selector);
        pauserRegistry.setUnpauser(address(0));
        vm.prank(unpauserAddr);
        pauserRegistry.setUnpauser(stranger);
        vm.assertEq(pauserRegistry.unpauser(), stranger, "unpauser");
    }

    function _newProxy(MachServiceManager.InitParams memory p) internal returns (address) {
        return address(
            deployer.deploy(address(impl), owner, abi.encodeCall(MachServiceManager.initialize, (p)))
        );
    }
}

import {TransparentUpgradeableProxy} from "@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol";

contract TransparentUpgradeableProxyDeployer {
    function deploy(address logic, address admin, bytes memory data) external returns (address) {
        return address(new TransparentUpgradeableProxy(logic, admin, data));
    }
}
