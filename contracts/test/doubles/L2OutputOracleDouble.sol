// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {IL2OutputOracle} from "../../src/interfaces/IL2OutputOracle.sol";

/// @notice Test double of Optimism's L2OutputOracle: a list of proposals (reverts past the end, as OP's does).
contract L2OutputOracleDouble is IL2OutputOracle {
    OutputProposal[] internal outputs;

    function propose(bytes32 outputRoot, uint256 l2BlockNumber) external returns (uint256 index) {
        outputs.push(OutputProposal(outputRoot, uint128(block.timestamp), uint128(l2BlockNumber)));
        return outputs.length - 1;
    }

    function getL2Output(uint256 index) external view returns (OutputProposal memory) {
        return outputs[index];
    }

    function latestOutputIndex() external view returns (uint256) {
        return outputs.length - 1;
    }
}
