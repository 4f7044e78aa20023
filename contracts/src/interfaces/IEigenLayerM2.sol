// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BN254} from "../libraries/BN254.sol";

// The parts of EigenLayer M2 (core + middleware registries) that Mach calls. Signatures match the M2 contracts
// eigensdk-go v0.3.0 ships bytecode for; Mach is tested against that bytecode.

/// @notice EIP-1271/ECDSA signature with replay protection, as the AVSDirectory takes it.
struct SignatureWithSaltAndExpiry {
    bytes signature;
    bytes32 salt;
    uint256 expiry;
}

/// @notice A strategy counted by a quorum and its weight.
struct StrategyParams {
    address strategy;
    uint96 multiplier;
}

/// @notice EigenLayer core: where operators register to AVSs.
interface IAVSDirectory {
    function registerOperatorToAVS(address operator, SignatureWithSaltAndExpiry memory operatorSignature) external;
    function deregisterOperatorFromAVS(address operator) external;
    function updateAVSMetadataURI(string calldata metadataURI) external;
}

/// @notice EigenLayer core: delegation, read for the withdrawal delay that bounds stake staleness.
interface IDelegationManager {
    function minWithdrawalDelayBlocks() external view returns (uint256);
}

/// @notice Pausers and the unpauser, as EigenLayer's PauserRegistry exposes them.
interface IPauserRegistry {
    function isPauser(address pauser) external view returns (bool);
    function unpauser() external view returns (address);
}

/// @notice Middleware: operator registration and per-operator quorum bitmaps over time.
interface IRegistryCoordinator {
    function quorumCount() external view returns (uint8);
    function quorumUpdateBlockNumber(uint8 quorumNumber) external view returns (uint256);
    function getOperatorId(address operator) external view returns (bytes32);
    function getCurrentQuorumBitmap(bytes32 operatorId) external view returns (uint192);
    function getQuorumBitmapAtBlockNumberByIndex(bytes32 operatorId, uint32 blockNumber, uint256 index)
        external
        view
        returns (uint192);
    function blsApkRegistry() external view returns (address);
    function stakeRegistry() external view returns (address);
    function indexRegistry() external view returns (address);
}

/// @notice Middleware: aggregate BLS public keys per quorum over time.
interface IBLSApkRegistry {
    function getApkHashAtBlockNumberAndIndex(uint8 quorumNumber, uint32 blockNumber, uint256 index)
        external
        view
        returns (bytes24);
}

/// @notice Middleware: operator and total stakes per quorum over time.
interface IStakeRegistry {
    function delegation() external view returns (address);
    function strategyParamsLength(uint8 quorumNumber) external view returns (uint256);
    function strategyParamsByIndex(uint8 quorumNumber, uint256 index) external view returns (StrategyParams memory);
    function getTotalStakeAtBlockNumberFromIndex(uint8 quorumNumber, uint32 blockNumber, uint256 index)
        external
        view
        returns (uint96);
    function getStakeAtBlockNumberAndIndex(uint8 quorumNumber, uint32 blockNumber, bytes32 operatorId, uint256 index)
        external
        view
        returns (uint96);
}
