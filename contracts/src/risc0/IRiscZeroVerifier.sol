// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @title IRiscZeroVerifier
/// @notice Verifier interface for RISC Zero receipts of execution, as used by Mach.
/// @dev Mirrors the modern risc0-ethereum interface: verification functions return nothing and revert on any
///      failure, so a caller cannot forget to check a boolean.
interface IRiscZeroVerifier {
    /// @notice A receipt reduced to what on-chain verification needs.
    /// @param seal The encoded proof: a 4-byte verifier selector followed by the proof bytes.
    /// @param claimDigest The tagged-struct SHA-256 digest of the `ReceiptClaim` the seal attests to.
    struct Receipt {
        bytes seal;
        bytes32 claimDigest;
    }

    /// @notice The seal does not verify against the given claim.
    error VerificationFailed();

    /// @notice The seal's 4-byte selector names a different verifier (usually a prover/verifier version mismatch).
    /// @param received The selector found at the start of the seal.
    /// @param expected The selector of this verifier.
    error SelectorMismatch(bytes4 received, bytes4 expected);

    /// @notice The seal does not have the length this verifier requires.
    /// @param received The length of the seal that was given.
    /// @param expected The length this verifier requires.
    error InvalidSealLength(uint256 received, uint256 expected);

    /// @notice Verifies that `seal` proves a successful (halted, exit code 0, no assumptions, no input)
    ///         execution of the guest program `imageId` that committed a journal with digest `journalDigest`.
    /// @dev Reverts with one of the errors above on failure; returns normally on success.
    /// @param seal The encoded proof, starting with the verifier's 4-byte selector.
    /// @param imageId The image ID of the guest program.
    /// @param journalDigest The SHA-256 digest of the journal bytes.
    function verify(bytes calldata seal, bytes32 imageId, bytes32 journalDigest) external view;

    /// @notice Verifies that `receipt.seal` is a valid proof of the claim with digest `receipt.claimDigest`.
    /// @dev Reverts on failure; returns normally on success. Unlike `verify`, the claim may be arbitrary
    ///      (e.g. a non-zero exit code, or conditional on assumptions): callers must inspect it themselves.
    /// @param receipt The seal and the digest of the claim it attests to.
    function verifyIntegrity(Receipt calldata receipt) external view;
}
