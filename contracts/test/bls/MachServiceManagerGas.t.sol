// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {MachTestBase} from "./MachTestBase.sol";

/// @notice Gas of confirmAlert by operator count and non-signers (the gas table in contracts/README.md).
/// @dev Run with `make gas` (forge test --isolate), so each call is its own transaction with cold storage, as on
///      chain. Non-signers are the operators with the smallest stakes, so every scenario meets the threshold.
contract MachServiceManagerGasTest is MachTestBase {
    function _measure(uint256 n, uint256 k) internal {
        registerOperators(n);
        uint256 gasUsed = confirm(sampleAlert(n * 1000 + k), ROLLUP, n, k);
        logGas(string.concat("confirmAlert operators=", vm.toString(n), " nonSigners=", vm.toString(k)), gasUsed);
    }

    function test_Gas_ConfirmAlert_1_0() public {
        _measure(1, 0);
    }

    function test_Gas_ConfirmAlert_10_0() public {
        _measure(10, 0);
    }

    function test_Gas_ConfirmAlert_10_1() public {
        _measure(10, 1);
    }

    function test_Gas_ConfirmAlert_50_0() public {
        _measure(50, 0);
    }

    function test_Gas_ConfirmAlert_50_1() public {
        _measure(50, 1);
    }

    function test_Gas_ConfirmAlert_50_10() public {
        _measure(50, 10);
    }

    function test_Gas_ConfirmAlert_100_0() public {
        _measure(100, 0);
    }

    function test_Gas_ConfirmAlert_100_10() public {
        _measure(100, 10);
    }
}
