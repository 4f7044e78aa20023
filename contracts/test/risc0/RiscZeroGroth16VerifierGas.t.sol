// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Test, console} from "../utils/Test.sol";
import {RiscZeroGroth16Verifier} from "../../src/risc0/RiscZeroGroth16Verifier.sol";

/// @notice Gas of Groth16 verify on the real receipts (the gas table in contracts/README.md).
/// @dev Run with `make gas` (forge test --isolate): each call is its own transaction, with cold storage.
contract RiscZeroGroth16VerifierGasTest is Test {
    string internal json;

    function setUp() public {
        json = vm.readFile("../../shared/testdata/risc0/groth16-receipts.json");
    }

    function _measure(uint256 i) internal {
        string memory r = string.concat(".receipts[", vm.toString(i), "]");
        RiscZeroGroth16Verifier v = new RiscZeroGroth16Verifier(
            vm.parseJsonBytes32(json, string.concat(r, ".control_root")), vm.parseJsonBytes32(json, ".bn254_control_id")
        );
        bytes memory seal = vm.parseJsonBytes(json, string.concat(r, ".seal"));
        bytes32 imageId = vm.parseJsonBytes32(json, string.concat(r, ".image_id"));
        bytes32 journalDigest = sha256(vm.parseJsonBytes(json, string.concat(r, ".journal")));
        v.verify(seal, imageId, journalDigest);
        uint256 used = vm.lastCallGas().gasTotalUsed;
        console.log(string.concat("Groth16 verify ", vm.parseJsonString(json, string.concat(r, ".name"))), used);
    }

    function test_Gas_Groth16Verify_Receipt0() public {
        _measure(0);
    }

    function test_Gas_Groth16Verify_Receipt1() public {
        _measure(1);
    }
}
