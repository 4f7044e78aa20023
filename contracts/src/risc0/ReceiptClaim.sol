// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @title ReceiptClaimLib
/// @notice Digests of RISC Zero `ReceiptClaim` and `Output` structs (tagged-struct SHA-256, see StructHash).
/// @dev Layouts, as in risc0-ethereum:
///      - Output digest   = sha256(TAG("risc0.Output") ‖ journalDigest ‖ assumptionsDigest ‖ uint16le(2))
///      - ReceiptClaim    = sha256(TAG("risc0.ReceiptClaim") ‖ input ‖ pre ‖ post ‖ output
///                                 ‖ uint32le(systemExit) ‖ uint32le(userExit) ‖ uint16le(4))
///      Note the order of the digest fields: `input` comes first, before the pre-state digest.
///      Tag digests are hard-coded (sha256 is a precompile, so `sha256("…")` constants would be recomputed at
///      every use); the test suite checks each one against `sha256(tagName)`.
library ReceiptClaimLib {
    /// @notice sha256("risc0.ReceiptClaim").
    bytes32 internal constant RECEIPT_CLAIM_TAG = 0xcb1fefcd1f2d9a64975cbbbf6e161e2914434b0cbb9960b84df5d717e86b48af;
    /// @notice sha256("risc0.Output").
    bytes32 internal constant OUTPUT_TAG = 0x77eafeb366a78b47747de0d7bb176284085ff5564887009a5be63da32d3559d4;
    /// @notice Digest of the all-zero `SystemState {pc: 0, merkle_root: 0}`:
    ///         sha256(sha256("risc0.SystemState") ‖ 0^32 ‖ uint32le(0) ‖ uint16le(1)).
    ///         It is the post-state of every halted execution.
    bytes32 internal constant SYSTEM_STATE_ZERO_DIGEST =
        0xa3acc27117418996340b84e5a90f3ef4c49d22c79e44aad822ec9c313e1eb8e2;

    /// @notice `SystemExitCode.Halted`: normal termination.
    uint8 internal constant EXIT_HALTED = 0;

    /// @notice Digest of the claim of a successful execution: the program `imageId` ran with no committed input,
    ///         halted with user exit code 0 and no assumptions, and committed a journal with digest `journalDigest`.
    /// @param imageId The image ID of the guest program (the claim's pre-state digest).
    /// @param journalDigest The SHA-256 digest of the journal bytes.
    /// @return The claim digest.
    function ok(bytes32 imageId, bytes32 journalDigest) internal pure returns (bytes32) {
        return digest(bytes32(0), imageId, SYSTEM_STATE_ZERO_DIGEST, output(journalDigest, bytes32(0)), EXIT_HALTED, 0);
    }

    /// @notice Digest of a `ReceiptClaim`.
    /// @param input Digest of the committed input (zero: unused).
    /// @param preStateDigest Digest of the state before execution (the image ID for a whole execution).
    /// @param postStateDigest Digest of the state after execution.
    /// @param outputDigest Digest of the `Output` struct (see `output`).
    /// @param systemExit System exit code (0 halted, 1 paused, 2 system split).
    /// @param userExit User exit code.
    /// @return The claim digest.
    function digest(
        bytes32 input,
        bytes32 preStateDigest,
        bytes32 postStateDigest,
        bytes32 outputDigest,
        uint8 systemExit,
        uint8 userExit
    ) internal pure returns (bytes32) {
        return sha256(
            abi.encodePacked(
                RECEIPT_CLAIM_TAG,
                input,
                preStateDigest,
                postStateDigest,
                outputDigest,
                // uint32 little-endian of a value < 256: the value, then three zero bytes.
                uint32(systemExit) << 24,
                uint32(userExit) << 24,
                // uint16le(4): four digest fields.
                bytes2(0x0400)
            )
        );
    }

    /// @notice Digest of an `Output` struct.
    /// @param journalDigest The SHA-256 digest of the journal bytes.
    /// @param assumptionsDigest Digest of the assumptions list (zero: unconditional receipt).
    /// @return The output digest.
    function output(bytes32 journalDigest, bytes32 assumptionsDigest) internal pure returns (bytes32) {
        return sha256(abi.encodePacked(OUTPUT_TAG, journalDigest, assumptionsDigest, bytes2(0x0200)));
    }
}
