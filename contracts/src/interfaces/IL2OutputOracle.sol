// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @notice Optimism's L2OutputOracle (Bedrock): output roots proposed to L1, read by the ZK service manager to
///         anchor proofs and to name the output an alert disputes.
interface IL2OutputOracle {
    /// @notice One proposed output (Optimism `Types.OutputProposal`).
    struct OutputProposal {
        bytes32 outputRoot;
        uint128 timestamp;
        uint128 l2BlockNumber;
    }

    function getL2Output(uint256 l2OutputIndex) external view returns (OutputProposal memory);
    function latestOutputIndex() external view returns (uint256);
}
