// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @title EmptyContract
/// @notice Placeholder implementation for transparent proxies created before their real implementation exists
///         (EigenLayer middleware registries and the service manager reference each other's proxy addresses in
///         their constructors). OpenZeppelin 5 proxies must run an initializing call at construction, hence noop().
contract EmptyContract {
    /// @notice Does nothing; the initializing call a placeholder proxy is created with.
    function noop() external pure {}
}
