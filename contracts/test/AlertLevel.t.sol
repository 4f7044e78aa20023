// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {TransparentUpgradeableProxy} from "@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol";

import {MachTestBase} from "./bls/MachTestBase.sol";
import {MachZkServiceManager} from "../src/zk/MachZkServiceManager.sol";
import {AlertLevel} from "../src/interfaces/IMachAlerts.sol";
import {IPauserRegistry} from "../src/interfaces/IEigenLayerM2.sol";
import {IL2OutputOracle} from "../src/interfaces/IL2OutputOracle.sol";
import {IRiscZeroVerifier} from "../src/risc0/IRiscZeroVerifier.sol";
import {RiscZeroMockVerifier} from "../src/risc0/RiscZeroMockVerifier.sol";
import {L2OutputOracleDouble} from "./doubles/L2OutputOracleDouble.sol";

/// @notice The one-call views on-chain consumers use, across the real BLS and ZK managers.
contract AlertLevelTest is MachTestBase {
    bytes32 internal constant IMAGE_ID = keccak256("mach-op-stateless-guest");
    address internal zkOperator = address(0x0FE1);

    MachZkServiceManager internal zk;
    L2OutputOracleDouble internal oracle;
    RiscZeroMockVerifier internal mockVerifier;

    function setUp() public override {
        super.setUp();
        registerOperators(4);
        oracle = new L2OutputOracleDouble();
        oracle.propose(keccak256("root@100"), 100);
        oracle.propose(keccak256("bad@200"), 200);
        mockVerifier = new RiscZeroMockVerifier(bytes4(0xFFFFFFFF));
        address[] memory allow = new address[](1);
        allow[0] = zkOperator;
        MachZkServiceManager.InitParams memory p = MachZkServiceManager.InitParams({
            owner: owner,
            whitelister: whitelisterAddr,
            pauserRegistry: IPauserRegistry(address(pauserRegistry)),
            initialPausedStatus: 0,
            rollupChainID: ROLLUP,
            l2OutputOracle: IL2OutputOracle(address(oracle)),
            verifier: IRiscZeroVerifier(address(mockVerifier)),
            imageId: IMAGE_ID,
            proveWindow: 1 days,
            allowlist: allow
        });
        MachZkServiceManager impl = new MachZkServiceManager();
        zk = MachZkServiceManager(
            address(new TransparentUpgradeableProxy(address(impl), owner, abi.encodeCall(MachZkServiceManager.initialize, (p))))
        );
        vm.prank(owner);
        sm.setZkServiceManager(ROLLUP, zk);
    }

    function _level() internal view returns (uint256) {
        return uint256(sm.alertLevel(ROLLUP));
    }

    function test_AlertLevel_ClimbsFromNoneToProved() public {
        vm.assertEq(_level(), uint256(AlertLevel.None), "none");
        vm.assertFalse(sm.isAlerted(ROLLUP), "not alerted");

        vm.prank(zkOperator);
        zk.alertBlockOutputOracleMismatch(1, keccak256("good@200"));
        vm.assertEq(_level(), uint256(AlertLevel.Early), "early");
        vm.assertTrue(sm.isAlerted(ROLLUP), "alerted");

        confirm(sampleAlert(7), ROLLUP, 4, 1);
        vm.assertEq(_level(), uint256(AlertLevel.Confirmed), "confirmed");

        bytes memory journal = zk.encodeJournal(keccak256("root@100"), 100, 200, keccak256("good@200"));
        bytes memory seal = mockVerifier.mockSeal(IMAGE_ID, sha256(journal));
        zk.submitProve(0, journal, seal);
        vm.assertEq(_level(), uint256(AlertLevel.Proved), "proved");

        // Drill alerts never raise a real rollup's level, and vice versa.
        vm.assertFalse(sm.isAlerted(sm.DRILL_ROLLUP_CHAIN_ID()), "drill untouched");
    }
}
