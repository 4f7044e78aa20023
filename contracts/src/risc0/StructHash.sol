// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @title StructHash
/// @notice RISC Zero's tagged-struct hashing ("Merkle-ized structs"), as specified by risc0-ethereum's StructHash.
/// @dev A struct digest is `sha256(tagDigest ‖ down[0] ‖ … ‖ down[n-1] ‖ data ‖ uint16le(n))`, where
///      `tagDigest = sha256(tagName)`, `down` are the digests of the struct's child structs and `data` its plain
///      fields, already little-endian encoded. A list is hashed as nested cons cells, built from the last
///      element: `cell = taggedStruct(tag, [element, previousCell])`, starting from the zero digest.
library StructHash {
    /// @notice Hashes a tagged struct with only digest fields.
    /// @param tagDigest SHA-256 of the struct's tag name.
    /// @param down The digest fields (at most 65535).
    /// @return The struct digest.
    function taggedStruct(bytes32 tagDigest, bytes32[] memory down) internal pure returns (bytes32) {
        uint256 n = down.length;
        require(n <= type(uint16).max, "StructHash: too many fields");
        // uint16 little-endian: low byte first.
        bytes2 nLE = bytes2(uint16((n & 0xff) << 8 | (n >> 8)));
        return sha256(abi.encodePacked(tagDigest, down, nLE));
    }

    /// @notice Hashes a list of digests as a tagged list.
    /// @param tagDigest SHA-256 of the list's tag name.
    /// @param list The element digests, in order.
    /// @return curr The list digest (the zero digest for an empty list).
    function taggedList(bytes32 tagDigest, bytes32[] memory list) internal pure returns (bytes32 curr) {
        for (uint256 i = list.length; i > 0; --i) {
            // Each cons cell has exactly two digest fields: the element and the rest of the list.
            curr = sha256(abi.encodePacked(tagDigest, list[i - 1], curr, bytes2(0x0200)));
        }
    }
}
