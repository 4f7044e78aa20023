// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Test} from "./utils/Test.sol";
import {AlertHash} from "../src/libraries/AlertHash.sol";

/// @notice Solidity and Go (avs/alert) must hash alerts identically: both check the same committed vectors.
contract AlertHashTest is Test {
    string internal json;

    function setUp() public {
        json = vm.readFile("../avs/alert/testdata/vectors.json");
    }

    function test_TagsMatchGo() public view {
        vm.assertEq(AlertHash.DOMAIN_TAG, vm.parseJsonBytes32(json, ".tags.domain"), "domain tag");
        vm.assertEq(AlertHash.BLOCK_MISMATCH_TAG, vm.parseJsonBytes32(json, ".tags.blockMismatch"), "block tag");
        vm.assertEq(
            AlertHash.OUTPUT_ORACLE_MISMATCH_TAG, vm.parseJsonBytes32(json, ".tags.outputOracleMismatch"), "oracle tag"
        );
        vm.assertEq(AlertHash.BLOCK_HASH_MISMATCH_TAG, vm.parseJsonBytes32(json, ".tags.blockHashMismatch"), "hash tag");
    }

    function test_BlockMismatchMatchesGo() public view {
        bytes32 h = AlertHash.blockMismatch(
            vm.parseJsonBytes32(json, ".blockMismatch.invalidOutputRoot"),
            vm.parseJsonBytes32(json, ".blockMismatch.expectOutputRoot"),
            vm.parseJsonUint(json, ".blockMismatch.l2BlockNumber")
        );
        vm.assertEq(h, vm.parseJsonBytes32(json, ".blockMismatch.messageHash"), "message hash");
        vm.assertEq(_digest(h), vm.parseJsonBytes32(json, ".blockMismatch.digest"), "digest");
    }

    function test_OutputOracleMismatchMatchesGo() public view {
        bytes32 h = AlertHash.outputOracleMismatch(
            vm.parseJsonUint(json, ".outputOracleMismatch.invalidOutputIndex"),
            vm.parseJsonBytes32(json, ".outputOracleMismatch.expectOutputRoot")
        );
        vm.assertEq(h, vm.parseJsonBytes32(json, ".outputOracleMismatch.messageHash"), "message hash");
        vm.assertEq(_digest(h), vm.parseJsonBytes32(json, ".outputOracleMismatch.digest"), "digest");
    }

    function test_BlockHashMismatchMatchesGo() public view {
        bytes32 h = AlertHash.blockHashMismatch(
            vm.parseJsonBytes32(json, ".blockHashMismatch.invalidBlockHash"),
            vm.parseJsonBytes32(json, ".blockHashMismatch.expectBlockHash"),
            vm.parseJsonUint(json, ".blockHashMismatch.l2BlockNumber")
        );
        vm.assertEq(h, vm.parseJsonBytes32(json, ".blockHashMismatch.messageHash"), "message hash");
        vm.assertEq(_digest(h), vm.parseJsonBytes32(json, ".blockHashMismatch.digest"), "digest");
    }

    function _digest(bytes32 messageHash) internal view returns (bytes32) {
        return AlertHash.digest(
            vm.parseJsonUint(json, ".domain.l1ChainID"),
            address(uint160(vm.parseJsonUint(json, ".domain.serviceManager"))),
            vm.parseJsonUint(json, ".domain.rollupChainID"),
            messageHash,
            uint32(vm.parseJsonUint(json, ".domain.referenceBlockNumber"))
        );
    }
}
