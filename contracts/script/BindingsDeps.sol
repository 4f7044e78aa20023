// SPDX-License-Identifier: MIT
pragma solidity ^0.8.22;

// Compiles the OpenZeppelin proxy contracts that the deploy tooling needs Go bindings for (see
// contracts/script/bindings.sh), whether or not a Mach source or test imports them.
import {ProxyAdmin} from "@openzeppelin/contracts/proxy/transparent/ProxyAdmin.sol";
import {TransparentUpgradeableProxy} from "@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol";
