// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {IPauserRegistry} from "../interfaces/IEigenLayerM2.sol";

/// @title Pausable
/// @notice EigenLayer-style pausing: a bitmap of paused functions. Pausers from the PauserRegistry may only set
///         bits (pause more); the registry's unpauser may only clear them.
abstract contract Pausable {
    /// @notice Every bit set.
    uint256 internal constant PAUSE_ALL = type(uint256).max;

    IPauserRegistry private _pauserRegistry;
    uint256 private _paused;

    /// @notice The bitmap of paused functions changed.
    event Paused(address indexed account, uint256 newPausedStatus);
    /// @notice The bitmap of paused functions changed.
    event Unpaused(address indexed account, uint256 newPausedStatus);

    error ZeroPauserRegistry();
    error NotPauser(address caller);
    error NotUnpauser(address caller);
    /// @notice pause() may only add bits; unpause() may only remove them.
    error InvalidPauseTransition(uint256 current, uint256 requested);
    error FunctionPaused(uint8 index);

    modifier whenNotPaused(uint8 index) {
        if (_paused & (uint256(1) << index) != 0) revert FunctionPaused(index);
        _;
    }

    // forge-lint: disable-next-line(mixed-case-function)
    function __Pausable_init(IPauserRegistry registry, uint256 initialPausedStatus) internal {
        if (address(registry) == address(0)) revert ZeroPauserRegistry();
        _pauserRegistry = registry;
        _paused = initialPausedStatus;
        emit Paused(msg.sender, initialPausedStatus);
    }

    /// @notice The registry naming pausers and the unpauser.
    function pauserRegistry() public view returns (IPauserRegistry) {
        return _pauserRegistry;
    }

    /// @notice The current bitmap of paused functions.
    function paused() public view returns (uint256) {
        return _paused;
    }

    /// @notice True when function `index` is paused.
    function paused(uint8 index) public view returns (bool) {
        return _paused & (uint256(1) << index) != 0;
    }

    /// @notice Pauses the functions whose bits are set in `newPausedStatus`; it must keep every paused bit.
    function pause(uint256 newPausedStatus) external {
        if (!_pauserRegistry.isPauser(msg.sender)) revert NotPauser(msg.sender);
        if (newPausedStatus & _paused != _paused) revert InvalidPauseTransition(_paused, newPausedStatus);
        _paused = newPausedStatus;
        emit Paused(msg.sender, newPausedStatus);
    }

    /// @notice Pauses everything.
    function pauseAll() external {
        if (!_pauserRegistry.isPauser(msg.sender)) revert NotPauser(msg.sender);
        _paused = PAUSE_ALL;
        emit Paused(msg.sender, PAUSE_ALL);
    }

    /// @notice Unpauses the functions whose bits are clear in `newPausedStatus`; it may not pause anything new.
    function unpause(uint256 newPausedStatus) external {
        if (msg.sender != _pauserRegistry.unpauser()) revert NotUnpauser(msg.sender);
        if (newPausedStatus & ~_paused != 0) revert InvalidPauseTransition(_paused, newPausedStatus);
        _paused = newPausedStatus;
        emit Unpaused(msg.sender, newPausedStatus);
    }

    uint256[48] private __gap;
}
