// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @notice How far an alert for a rollup has come. Ordered: a higher level is stronger evidence.
/// @dev None: nothing live. Early: one allowlisted operator posted an alert to the ZK manager, not yet proved.
///      Confirmed: a stake-weighted BLS quorum confirmed an alert. Proved: a zero-knowledge proof settled it.
enum AlertLevel {
    None,
    Early,
    Confirmed,
    Proved
}

/// @notice The one-call view on-chain consumers (bridges, apps) use to ask whether a rollup's state is in doubt.
interface IMachAlerts {
    /// @notice The strongest live alert level for `rollupChainID`.
    function alertLevel(uint256 rollupChainID) external view returns (AlertLevel);

    /// @notice True when any alert is live for `rollupChainID` (level above None).
    function isAlerted(uint256 rollupChainID) external view returns (bool);
}
