// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {TransparentUpgradeableProxy} from "@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol";
import {OwnableUpgradeable} from "@openzeppelin/contracts-upgradeable/access/OwnableUpgradeable.sol";

import {Test, console} from "../utils/Test.sol";
import {MachZkServiceManager} from "../../src/zk/MachZkServiceManager.sol";
import {PauserRegistry} from "../../src/PauserRegistry.sol";
import {AlertLevel} from "../../src/interfaces/IMachAlerts.sol";
import {IPauserRegistry} from "../../src/interfaces/IEigenLayerM2.sol";
import {IL2OutputOracle} from "../../src/interfaces/IL2OutputOracle.sol";
import {IRiscZeroVerifier} from "../../src/risc0/IRiscZeroVerifier.sol";
import {RiscZeroMockVerifier} from "../../src/risc0/RiscZeroMockVerifier.sol";
import {RiscZeroGroth16Verifier} from "../../src/risc0/RiscZeroGroth16Verifier.sol";
import {L2OutputOracleDouble} from "../doubles/L2OutputOracleDouble.sol";
import {ZkManagerFixedJournal} from "../doubles/ZkManagerFixedJournal.sol";

/// @notice MachZkServiceManager's journal hook, through the test deployment that maps real receipts' journals to
///         alerts: real RISC Zero Groth16 receipts settle an alert through submitProve and the real verifier.
contract ZkManagerFixedJournalTest is Test {
    string internal constant RECEIPTS = "../../shared/testdata/risc0/groth16-receipts.json";
    uint256 internal constant ROLLUP = 901;
    /// @dev Gas cap for calls expected to fail: a rejected precompile input burns all the gas forwarded to it.
    uint256 internal constant CALL_GAS = 1_000_000;

    address internal owner = address(0xA11CE);
    address internal operator = address(0x0FE1);
    address internal stranger = address(0xBAD);

    bytes32 internal constant ROOT_100 = keccak256("root@100");
    bytes32 internal constant ROOT_200_BAD = keccak256("bad root@200");
    bytes32 internal constant ROOT_200_GOOD = keccak256("good root@200");

    string internal json;
    L2OutputOracleDouble internal oracle;
    PauserRegistry internal pauserRegistry;

    function setUp() public {
        vm.warp(1_700_000_000);
        json = vm.readFile(RECEIPTS);
        oracle = new L2OutputOracleDouble();
        oracle.propose(ROOT_100, 100); // index 0: the checkpoint
        oracle.propose(ROOT_200_BAD, 200); // index 1: the lie
        address[] memory pausers = new address[](1);
        pausers[0] = owner;
        pauserRegistry = new PauserRegistry(pausers, owner);
    }

    function _key(uint256 i, string memory field) internal pure returns (string memory) {
        return string.concat(".receipts[", vm.toString(i), "].", field);
    }

    /// @dev A fixed-journal manager with the real Groth16 verifier of receipt i's release and its image id, with the
    ///      oracle alert pending.
    function _deployFor(uint256 i) internal returns (ZkManagerFixedJournal zk) {
        RiscZeroGroth16Verifier v = new RiscZeroGroth16Verifier(
            vm.parseJsonBytes32(json, _key(i, "control_root")), vm.parseJsonBytes32(json, ".bn254_control_id")
        );
        zk = _deploy(IRiscZeroVerifier(address(v)), vm.parseJsonBytes32(json, _key(i, "image_id")));
        vm.prank(operator);
        zk.alertBlockOutputOracleMismatch(1, ROOT_200_GOOD);
    }

    function _deploy(IRiscZeroVerifier verifier, bytes32 imageId) internal returns (ZkManagerFixedJournal) {
        address[] memory allow = new address[](1);
        allow[0] = operator;
        MachZkServiceManager.InitParams memory p = MachZkServiceManager.InitParams({
            owner: owner,
            whitelister: owner,
            pauserRegistry: IPauserRegistry(address(pauserRegistry)),
            initialPausedStatus: 0,
            rollupChainID: ROLLUP,
            l2OutputOracle: IL2OutputOracle(address(oracle)),
            verifier: verifier,
            imageId: imageId,
            proveWindow: 1 days,
            allowlist: allow
        });
        ZkManagerFixedJournal impl = new ZkManagerFixedJournal();
        return ZkManagerFixedJournal(
            address(new TransparentUpgradeableProxy(address(impl), owner, abi.encodeCall(MachZkServiceManager.initialize, (p))))
        );
    }

    function _expectations() internal pure returns (MachZkServiceManager.Journal memory) {
        return MachZkServiceManager.Journal({
            rollupChainID: ROLLUP,
            checkpointOutputRoot: ROOT_100,
            checkpointL2Block: 100,
            l2BlockNumber: 200,
            outputRoot: ROOT_200_GOOD
        });
    }

    function _fix(ZkManagerFixedJournal zk, bytes memory journal, MachZkServiceManager.Journal memory j) internal {
        bytes32 digest = sha256(journal); // before the prank: sha256 is a call to a precompile
        vm.prank(owner);
        zk.setFixedJournal(digest, j);
    }

    function _checkRealReceiptProves(uint256 i) internal {
        ZkManagerFixedJournal zk = _deployFor(i);
        bytes memory journal = vm.parseJsonBytes(json, _key(i, "journal"));
        bytes memory seal = vm.parseJsonBytes(json, _key(i, "seal"));
        vm.assertTrue(journal.length != zk.JOURNAL_LENGTH(), "the receipt's journal is not a Mach journal");
        _fix(zk, journal, _expectations());

        vm.expectEmit(true, true, false, true, address(zk));
        emit MachZkServiceManager.AlertProved(200, stranger, ROOT_200_GOOD, ROOT_100);
        vm.prank(stranger);
        zk.submitProve(0, journal, seal);
        console.log(string.concat("submitProve gas (fixed journal, Groth16), ", vm.parseJsonString(json, _key(i, "name"))), vm.lastCallGas().gasTotalUsed);
        vm.assertEq(uint256(zk.alertLevel(ROLLUP)), uint256(AlertLevel.Proved), "proved");
        vm.assertEq(zk.provedOutputRoots(200), ROOT_200_GOOD, "proved root");
    }

    function test_SubmitProve_RealReceiptV5ProvesThroughGroth16() public {
        _checkRealReceiptProves(0);
    }

    function test_SubmitProve_RealReceiptV3ProvesThroughGroth16() public {
        _checkRealReceiptProves(1);
    }

    function test_RevertWhen_RealReceiptTampered() public {
        ZkManagerFixedJournal zk = _deployFor(0);
        bytes memory journal = vm.parseJsonBytes(json, _key(0, "journal"));
        bytes memory seal = vm.parseJsonBytes(json, _key(0, "seal"));
        _fix(zk, journal, _expectations());

        // The same journal mapping, but another journal: the manager accepts the statement, the verifier does not.
        bytes memory otherJournal = bytes.concat(journal, hex"00");
        _fix(zk, otherJournal, _expectations());
        try zk.submitProve{gas: CALL_GAS}(0, otherJournal, seal) {
            vm.assertTrue(false, "tampered journal accepted");
        } catch (bytes memory err) {
            vm.assertEq(err, abi.encodeWithSelector(IRiscZeroVerifier.VerificationFailed.selector), "journal");
        }
        // A flipped bit of the proof's C point.
        bytes memory badSeal = bytes.concat(seal);
        badSeal[badSeal.length - 1] ^= 0x01;
        try zk.submitProve{gas: CALL_GAS}(0, journal, badSeal) {
            vm.assertTrue(false, "tampered seal accepted");
        } catch {}
        // Another image id.
        vm.prank(owner);
        zk.setImageId(keccak256("another guest"));
        try zk.submitProve{gas: CALL_GAS}(0, journal, seal) {
            vm.assertTrue(false, "other image id accepted");
        } catch (bytes memory err) {
            vm.assertEq(err, abi.encodeWithSelector(IRiscZeroVerifier.VerificationFailed.selector), "image id");
        }
        vm.assertEq(uint256(zk.alertLevel(ROLLUP)), uint256(AlertLevel.Early), "still early");
    }

    function test_RevertWhen_FixedJournalDoesNotMatchTheAlert() public {
        ZkManagerFixedJournal zk = _deployFor(0);
        bytes memory journal = vm.parseJsonBytes(json, _key(0, "journal"));
        bytes memory seal = vm.parseJsonBytes(json, _key(0, "seal"));
        MachZkServiceManager.Journal memory j = _expectations();
        j.l2BlockNumber = 201;
        _fix(zk, journal, j);
        vm.expectRevert(abi.encodeWithSelector(MachZkServiceManager.JournalBlockMismatch.selector, uint256(201), uint256(200)));
        zk.submitProve(0, journal, seal);
        j = _expectations();
        j.checkpointOutputRoot = keccak256("not accepted");
        _fix(zk, journal, j);
        vm.expectRevert(
            abi.encodeWithSelector(MachZkServiceManager.CheckpointNotAccepted.selector, uint256(0), j.checkpointOutputRoot, uint256(100))
        );
        zk.submitProve(0, journal, seal);
    }

    function test_UnfixedJournalDecodesAsTheManager() public {
        RiscZeroMockVerifier mock = new RiscZeroMockVerifier(bytes4(0xFFFFFFFF));
        bytes32 imageId = keccak256("mach guest");
        ZkManagerFixedJournal zk = _deploy(IRiscZeroVerifier(address(mock)), imageId);
        vm.prank(operator);
        zk.alertBlockOutputOracleMismatch(1, ROOT_200_GOOD);

        // A real receipt's journal that nobody fixed is what it is: 21 bytes, not a Mach journal.
        bytes memory simple = vm.parseJsonBytes(json, _key(0, "journal"));
        bytes memory simpleSeal = mock.mockSeal(imageId, sha256(simple));
        vm.expectRevert(abi.encodeWithSelector(MachZkServiceManager.InvalidJournalLength.selector, simple.length));
        zk.submitProve(0, simple, simpleSeal);

        bytes memory journal = zk.encodeJournal(ROOT_100, 100, 200, ROOT_200_GOOD);
        zk.submitProve(0, journal, mock.mockSeal(imageId, sha256(journal)));
        vm.assertEq(uint256(zk.alertLevel(ROLLUP)), uint256(AlertLevel.Proved), "proved by the abi-encoded journal");
    }

    function test_SetFixedJournal_OnlyOwnerAndClearable() public {
        ZkManagerFixedJournal zk = _deploy(IRiscZeroVerifier(address(1)), keccak256("image"));
        bytes32 digest = sha256("journal");
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, stranger));
        zk.setFixedJournal(digest, _expectations());

        vm.expectEmit(true, false, false, true, address(zk));
        emit ZkManagerFixedJournal.JournalFixed(digest, _expectations());
        _fix(zk, "journal", _expectations());
        vm.assertEq(zk.fixedJournal(digest).outputRoot, ROOT_200_GOOD, "fixed");

        MachZkServiceManager.Journal memory none;
        _fix(zk, "journal", none);
        vm.assertEq(zk.fixedJournal(digest).outputRoot, bytes32(0), "cleared");
    }
}
