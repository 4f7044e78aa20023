// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {MachZkServiceManager} from "../../src/zk/MachZkServiceManager.sol";

/// @title ZkManagerFixedJournal
/// @notice TEST DEPLOYMENT ONLY. MachZkServiceManager whose owner may declare what a given journal "says": a journal
///         whose sha256 digest was fixed with setFixedJournal decodes to the configured Journal instead of being
///         abi-decoded. Every other journal decodes as in MachZkServiceManager. Everything else (the alert checks, the
///         checkpoint check, `verifier.verify(seal, imageId, sha256(journal))` on the journal bytes as submitted) is the
///         real manager's code.
/// @dev It exists so that real RISC Zero receipts, whose journals were committed by other guests (e.g. the 21-byte
///      "just a simple receipt"), can be pushed through submitProve end to end on a test chain with the real Groth16
///      verifier. The owner could make any journal prove any alert, so it must never be deployed where alerts matter.
contract ZkManagerFixedJournal is MachZkServiceManager {
    mapping(bytes32 journalDigest => Journal) private _fixed;

    /// @notice The owner fixed (or, with a zero rollupChainID, cleared) what the journal with this digest decodes to.
    event JournalFixed(bytes32 indexed journalDigest, Journal journal);

    /// @notice Makes the journal whose sha256 digest is `journalDigest` decode to `journal` in submitProve; a journal
    ///         with rollupChainID 0 clears the entry. Only the owner.
    /// @param journalDigest sha256 of the journal bytes a receipt commits.
    /// @param journal what submitProve takes that journal to say.
    function setFixedJournal(bytes32 journalDigest, Journal calldata journal) external onlyOwner {
        if (journal.rollupChainID == 0) {
            delete _fixed[journalDigest];
        } else {
            _fixed[journalDigest] = journal;
        }
        emit JournalFixed(journalDigest, journal);
    }

    /// @notice What the journal with sha256 digest `journalDigest` decodes to (rollupChainID 0: not fixed).
    function fixedJournal(bytes32 journalDigest) external view returns (Journal memory) {
        return _fixed[journalDigest];
    }

    function _decodeJournal(bytes calldata journal) internal view override returns (Journal memory) {
        Journal memory j = _fixed[sha256(journal)];
        if (j.rollupChainID != 0) return j;
        return super._decodeJournal(journal);
    }
}
