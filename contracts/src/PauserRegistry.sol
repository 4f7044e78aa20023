// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {IPauserRegistry} from "./interfaces/IEigenLayerM2.sol";

/// @title PauserRegistry
/// @notice Who may pause and who may unpause Mach's contracts (same interface as EigenLayer's PauserRegistry).
contract PauserRegistry is IPauserRegistry {
    mapping(address => bool) private _isPauser;
    address private _unpauser;

    /// @notice `pauser` was added (true) or removed (false).
    event PauserStatusChanged(address indexed pauser, bool canPause);
    /// @notice The unpauser changed.
    event UnpauserChanged(address indexed previousUnpauser, address indexed newUnpauser);

    error ZeroAddress();
    error OnlyUnpauser(address caller);

    constructor(address[] memory pausers, address unpauser_) {
        for (uint256 i = 0; i < pausers.length; i++) {
            _setPauser(pausers[i], true);
        }
        _setUnpauser(unpauser_);
    }

    /// @inheritdoc IPauserRegistry
    function isPauser(address pauser) external view returns (bool) {
        return _isPauser[pauser];
    }

    /// @inheritdoc IPauserRegistry
    function unpauser() external view returns (address) {
        return _unpauser;
    }

    /// @notice Adds or removes a pauser. Only the unpauser.
    function setIsPauser(address pauser, bool canPause) external {
        if (msg.sender != _unpauser) revert OnlyUnpauser(msg.sender);
        _setPauser(pauser, canPause);
    }

    /// @notice Hands the unpauser role to `newUnpauser`. Only the unpauser.
    function setUnpauser(address newUnpauser) external {
        if (msg.sender != _unpauser) revert OnlyUnpauser(msg.sender);
        _setUnpauser(newUnpauser);
    }

    function _setPauser(address pauser, bool canPause) private {
        if (pauser == address(0)) revert ZeroAddress();
        _isPauser[pauser] = canPause;
        emit PauserStatusChanged(pauser, canPause);
    }

    function _setUnpauser(address newUnpauser) private {
        if (newUnpauser == address(0)) revert ZeroAddress();
        emit UnpauserChanged(_unpauser, newUnpauser);
        _unpauser = newUnpauser;
    }
}
