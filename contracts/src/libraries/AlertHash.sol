// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @title AlertHash
/// @notice The one definition of Mach alert messages on chain, mirrored by Go's `avs/alert` package. Each alert
///         kind hashes to `keccak256(abi.encode(kindTag, fields...))`; operators BLS-sign the domain-separated
///         digest `keccak256(abi.encode(DOMAIN_TAG, l1ChainID, serviceManager, rollupChainID, messageHash,
///         referenceBlockNumber))`, so a signature is bound to one L1, one manager, one rollup and one reference
///         block. `test/AlertHash.t.sol` and Go's tests check the same committed vectors.
library AlertHash {
    /// @notice Tag of the digest operators sign.
    bytes32 internal constant DOMAIN_TAG = keccak256("mach.alert.digest.v1");
    /// @notice Tag of an alert that a block's output root differs from the re-executed one.
    bytes32 internal constant BLOCK_MISMATCH_TAG = keccak256("mach.alert.BlockMismatch.v1");
    /// @notice Tag of an alert that an output posted to L2OutputOracle differs from the re-executed one.
    bytes32 internal constant OUTPUT_ORACLE_MISMATCH_TAG = keccak256("mach.alert.OutputOracleMismatch.v1");
    /// @notice Tag of an alert that a block hash differs from the re-executed block's hash.
    bytes32 internal constant BLOCK_HASH_MISMATCH_TAG = keccak256("mach.alert.BlockHashMismatch.v1");

    /// @notice Message hash of a BlockMismatch alert.
    function blockMismatch(bytes32 invalidOutputRoot, bytes32 expectOutputRoot, uint256 l2BlockNumber)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(BLOCK_MISMATCH_TAG, invalidOutputRoot, expectOutputRoot, l2BlockNumber));
    }

    /// @notice Message hash of an OutputOracleMismatch alert.
    function outputOracleMismatch(uint256 invalidOutputIndex, bytes32 expectOutputRoot)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(OUTPUT_ORACLE_MISMATCH_TAG, invalidOutputIndex, expectOutputRoot));
    }

    /// @notice Message hash of a BlockHashMismatch alert.
    function blockHashMismatch(bytes32 invalidBlockHash, bytes32 expectBlockHash, uint256 l2BlockNumber)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(BLOCK_HASH_MISMATCH_TAG, invalidBlockHash, expectBlockHash, l2BlockNumber));
    }

    /// @notice The digest operators sign for `messageHash` on `serviceManager` at `referenceBlockNumber`.
    function digest(
        uint256 l1ChainID,
        address serviceManager,
        uint256 rollupChainID,
        bytes32 messageHash,
        uint32 referenceBlockNumber
    ) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(DOMAIN_TAG, l1ChainID, serviceManager, rollupChainID, messageHash, referenceBlockNumber)
        );
    }
}
