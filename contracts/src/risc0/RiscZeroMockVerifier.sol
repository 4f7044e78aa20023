// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {IRiscZeroVerifier} from "./IRiscZeroVerifier.sol";
import {ReceiptClaimLib} from "./ReceiptClaim.sol";

/// @title RiscZeroMockVerifier
/// @notice MOCK verifier for local devnets only: it checks no proof at all. A "seal" is just
///         `selector ‖ claimDigest`, which anyone can compute, so deploying this contract anywhere that matters
///         would let anyone forge any claim. The constructor therefore refuses every chain but local devnets.
/// @dev Devnet chain IDs accepted: 31337 (anvil / hardhat default) and 1337 (geth --dev, ganache). Other IDs
///      sometimes used by devnets (e.g. the OP-stack devnet's 900/901) are deliberately not accepted: they are
///      not reserved for local chains, so a mistaken deployment there must fail.
contract RiscZeroMockVerifier is IRiscZeroVerifier {
    /// @notice The mock was deployed (or would be) on a chain that is not a local devnet.
    /// @param chainId The chain ID found.
    error NotADevnet(uint256 chainId);

    /// @notice Length of a mock seal: 4-byte selector + 32-byte claim digest.
    uint256 public constant SEAL_LENGTH = 36;

    /// @notice The selector every mock seal for this verifier starts with.
    bytes4 public immutable SELECTOR;

    /// @notice Deploys the mock verifier; reverts with `NotADevnet` unless `block.chainid` is a devnet chain.
    /// @param selector The selector mock seals must carry (pick one that differs from real verifiers').
    constructor(bytes4 selector) {
        if (!isDevnetChain(block.chainid)) revert NotADevnet(block.chainid);
        SELECTOR = selector;
    }

    /// @notice Whether `chainId` is a local devnet on which this mock may be deployed (31337 or 1337).
    /// @param chainId A chain ID.
    /// @return True for the accepted devnet chain IDs.
    function isDevnetChain(uint256 chainId) public pure returns (bool) {
        return chainId == 31337 || chainId == 1337;
    }

    /// @notice Builds the mock seal that makes `verify(seal, imageId, journalDigest)` pass.
    /// @param imageId The image ID of the guest program.
    /// @param journalDigest The SHA-256 digest of the journal bytes.
    /// @return The seal: `SELECTOR ‖ ReceiptClaimLib.ok(imageId, journalDigest)`.
    function mockSeal(bytes32 imageId, bytes32 journalDigest) external view returns (bytes memory) {
        return abi.encodePacked(SELECTOR, ReceiptClaimLib.ok(imageId, journalDigest));
    }

    /// @notice Checks that `seal` is this mock's seal for the successful-execution claim of `imageId`/`journalDigest`.
    /// @dev Reverts with `InvalidSealLength`, `SelectorMismatch` or `VerificationFailed`. Proves nothing.
    /// @param seal The mock seal.
    /// @param imageId The image ID of the guest program.
    /// @param journalDigest The SHA-256 digest of the journal bytes.
    function verify(bytes calldata seal, bytes32 imageId, bytes32 journalDigest) external view {
        _verifyIntegrity(seal, ReceiptClaimLib.ok(imageId, journalDigest));
    }

    /// @notice Checks that `receipt.seal` is this mock's seal for `receipt.claimDigest`.
    /// @dev Reverts with `InvalidSealLength`, `SelectorMismatch` or `VerificationFailed`. Proves nothing.
    /// @param receipt The mock seal and the claim digest.
    function verifyIntegrity(Receipt calldata receipt) external view {
        _verifyIntegrity(receipt.seal, receipt.claimDigest);
    }

    function _verifyIntegrity(bytes calldata seal, bytes32 claimDigest) internal view {
        if (seal.length < 4) revert InvalidSealLength(seal.length, SEAL_LENGTH);
        bytes4 received = bytes4(seal[:4]);
        if (received != SELECTOR) revert SelectorMismatch(received, SELECTOR);
        if (seal.length != SEAL_LENGTH) revert InvalidSealLength(seal.length, SEAL_LENGTH);
        if (bytes32(seal[4:]) != claimDigest) revert VerificationFailed();
    }
}
