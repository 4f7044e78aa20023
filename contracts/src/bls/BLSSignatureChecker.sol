// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BN254} from "../libraries/BN254.sol";
import {
    IRegistryCoordinator,
    IBLSApkRegistry,
    IStakeRegistry,
    IDelegationManager
} from "../interfaces/IEigenLayerM2.sol";

/// @title BLSSignatureChecker
/// @notice Verifies a stake-weighted aggregate BLS signature against EigenLayer M2's registries as they were at a
///         reference block: the aggregate public key (apk) of each quorum from the BLSApkRegistry's history, minus
///         the keys of non-signers (their quorum bitmaps from the RegistryCoordinator's history), and the signed
///         stake per quorum from the StakeRegistry's history.
/// @dev Semantics follow EigenLayer middleware's M2 checker; the code is Mach's own. The pairing check uses a
///      random linear combination (gamma) to verify the signature and the G1/G2 apk consistency in one pairing.
abstract contract BLSSignatureChecker {
    using BN254 for BN254.G1Point;

    /// @notice Signature and the hints that let the checker find history entries without scanning.
    /// @dev Arrays indexed by quorum follow the order of `quorumNumbers`; arrays indexed by non-signer follow
    ///      `nonSignerPubkeys`, which must be sorted by ascending operator id (keccak of the key).
    struct NonSignerStakesAndSignature {
        uint32[] nonSignerQuorumBitmapIndices;
        BN254.G1Point[] nonSignerPubkeys;
        BN254.G1Point[] quorumApks;
        BN254.G2Point apkG2;
        BN254.G1Point sigma;
        uint32[] quorumApkIndices;
        uint32[] totalStakeIndices;
        uint32[][] nonSignerStakeIndices;
    }

    /// @notice Signed and total stake per quorum, in the order of `quorumNumbers`.
    struct QuorumStakeTotals {
        uint96[] signedStakeForQuorum;
        uint96[] totalStakeForQuorum;
    }

    /// @dev Cap on the gas the pairing precompile may burn (4 pairs would need far less on current forks).
    uint256 internal constant PAIRING_EQUALITY_CHECK_GAS = 120_000;
    /// @dev EigenLayer quorums are numbered below 192 (bitmaps are uint192).
    uint256 internal constant MAX_QUORUM_COUNT = 192;

    IRegistryCoordinator public immutable registryCoordinator;
    IStakeRegistry public immutable stakeRegistry;
    IBLSApkRegistry public immutable blsApkRegistry;
    IDelegationManager public immutable delegation;

    /// @notice When true, a quorum whose stakes were last refreshed (RegistryCoordinator.updateOperatorsForQuorum)
    ///         more than DelegationManager.minWithdrawalDelayBlocks() before the reference block is rejected:
    ///         its stakes may include withdrawn funds. When false, stakes are trusted as recorded.
    bool public staleStakesForbidden;

    /// @notice staleStakesForbidden changed.
    event StaleStakesForbiddenUpdate(bool value);

    error EmptyQuorumNumbers();
    error InputArrayLengthMismatch();
    error InvalidQuorumNumber(uint8 quorumNumber);
    error QuorumNumbersNotSorted();
    error ReferenceBlockInFuture(uint32 referenceBlockNumber, uint256 currentBlockNumber);
    error NonSignersNotSorted();
    error QuorumApkMismatch(uint8 quorumNumber);
    error StaleStakes(uint8 quorumNumber, uint256 lastUpdateBlock, uint32 referenceBlockNumber);
    error NonSignerStakeIndicesMismatch(uint8 quorumNumber);
    error NonSignerStakeExceedsTotal(uint8 quorumNumber);
    error PairingPrecompileFailed();
    error InvalidSignature();
    error ZeroAddress();

    constructor(
        IRegistryCoordinator registryCoordinator_,
        IStakeRegistry stakeRegistry_,
        IBLSApkRegistry blsApkRegistry_,
        IDelegationManager delegation_
    ) {
        if (
            address(registryCoordinator_) == address(0) || address(stakeRegistry_) == address(0)
                || address(blsApkRegistry_) == address(0) || address(delegation_) == address(0)
        ) revert ZeroAddress();
        registryCoordinator = registryCoordinator_;
        stakeRegistry = stakeRegistry_;
        blsApkRegistry = blsApkRegistry_;
        delegation = delegation_;
    }

    /// @dev Locals of checkSignatures, kept in memory to stay clear of the stack limit.
    struct CheckState {
        BN254.G1Point apk;
        bytes32[] nonSignerIds;
        uint256[] nonSignerBitmaps;
        uint256 signingBitmap;
        uint256 withdrawalDelayBlocks;
    }

    /// @notice Checks that `params.sigma` is the aggregate signature of `msgHash` by every operator registered in
    ///         `quorumNumbers` at `referenceBlockNumber` except the listed non-signers, and returns the stake that
    ///         signed and the total stake per quorum. Reverts on any inconsistency.
    /// @param msgHash the 32-byte message the operators signed (hashed to G1 by try-and-increment).
    /// @param quorumNumbers strictly ascending quorum numbers, one byte each.
    /// @param referenceBlockNumber the L1 block whose registry state counts; must be in the past.
    /// @return totals signed and total stake per quorum.
    /// @return signatoryRecordHash keccak256(referenceBlockNumber ‖ non-signer operator ids).
    function checkSignatures(
        bytes32 msgHash,
        bytes calldata quorumNumbers,
        uint32 referenceBlockNumber,
        NonSignerStakesAndSignature memory params
    ) public view returns (QuorumStakeTotals memory totals, bytes32 signatoryRecordHash) {
        uint256 quorumLen = quorumNumbers.length;
        if (quorumLen == 0) revert EmptyQuorumNumbers();
        if (
            params.quorumApks.length != quorumLen || params.quorumApkIndices.length != quorumLen
                || params.totalStakeIndices.length != quorumLen || params.nonSignerStakeIndices.length != quorumLen
                || params.nonSignerPubkeys.length != params.nonSignerQuorumBitmapIndices.length
        ) revert InputArrayLengthMismatch();
        if (referenceBlockNumber >= block.number) revert ReferenceBlockInFuture(referenceBlockNumber, block.number);

        CheckState memory s;
        s.signingBitmap = _quorumBitmap(quorumNumbers);
        _subtractNonSigners(s, referenceBlockNumber, params);

        totals.signedStakeForQuorum = new uint96[](quorumLen);
        totals.totalStakeForQuorum = new uint96[](quorumLen);
        if (staleStakesForbidden) s.withdrawalDelayBlocks = delegation.minWithdrawalDelayBlocks();
        for (uint256 i = 0; i < quorumLen; i++) {
            _tallyQuorum(s, totals, i, uint8(quorumNumbers[i]), referenceBlockNumber, params);
        }

        (bool pairingSuccessful, bool signatureIsValid) =
            trySignatureAndApkVerification(msgHash, s.apk, params.apkG2, params.sigma);
        if (!pairingSuccessful) revert PairingPrecompileFailed();
        if (!signatureIsValid) revert InvalidSignature();

        signatoryRecordHash = keccak256(abi.encodePacked(referenceBlockNumber, s.nonSignerIds));
    }

    /// @notice Verifies e(sigma + gamma·apk, -G2) · e(H(m) + gamma·G1, apkG2) == 1, which holds (except with
    ///         negligible probability) iff sigma is a signature of msgHash under apk and apk matches apkG2.
    /// @return pairingSuccessful false when the precompile call failed.
    /// @return signatureIsValid true when the equation holds.
    function trySignatureAndApkVerification(
        bytes32 msgHash,
        BN254.G1Point memory apk,
        BN254.G2Point memory apkG2,
        BN254.G1Point memory sigma
    ) public view returns (bool pairingSuccessful, bool signatureIsValid) {
        uint256 gamma = uint256(
            keccak256(
                abi.encodePacked(
                    msgHash, apk.X, apk.Y, apkG2.X[0], apkG2.X[1], apkG2.Y[0], apkG2.Y[1], sigma.X, sigma.Y
                )
            )
        ) % BN254.FR_MODULUS;
        return BN254.safePairing(
            sigma.plus(apk.scalarMul(gamma)),
            BN254.negGeneratorG2(),
            BN254.hashToG1(msgHash).plus(BN254.generatorG1().scalarMul(gamma)),
            apkG2,
            PAIRING_EQUALITY_CHECK_GAS
        );
    }

    /// @dev Sets the apk to minus the sum of non-signer keys, each counted once per signing quorum it was in.
    function _subtractNonSigners(
        CheckState memory s,
        uint32 referenceBlockNumber,
        NonSignerStakesAndSignature memory params
    ) private view {
        uint256 n = params.nonSignerPubkeys.length;
        s.nonSignerIds = new bytes32[](n);
        s.nonSignerBitmaps = new uint256[](n);
        for (uint256 j = 0; j < n; j++) {
            bytes32 id = params.nonSignerPubkeys[j].hashG1Point();
            if (j > 0 && uint256(id) <= uint256(s.nonSignerIds[j - 1])) revert NonSignersNotSorted();
            s.nonSignerIds[j] = id;
            uint256 bitmap = registryCoordinator.getQuorumBitmapAtBlockNumberByIndex(
                id, referenceBlockNumber, params.nonSignerQuorumBitmapIndices[j]
            );
            s.nonSignerBitmaps[j] = bitmap;
            uint256 times = _popCount(bitmap & s.signingBitmap);
            if (times == 1) {
                s.apk = s.apk.plus(params.nonSignerPubkeys[j]);
            } else if (times > 1) {
                s.apk = s.apk.plus(params.nonSignerPubkeys[j].scalarMul(times));
            }
        }
        s.apk = s.apk.negate();
    }

    /// @dev Checks quorum i's apk against history, adds it to the running apk and computes its stakes.
    function _tallyQuorum(
        CheckState memory s,
        QuorumStakeTotals memory totals,
        uint256 i,
        uint8 quorumNumber,
        uint32 referenceBlockNumber,
        NonSignerStakesAndSignature memory params
    ) private view {
        if (staleStakesForbidden) {
            uint256 lastUpdate = registryCoordinator.quorumUpdateBlockNumber(quorumNumber);
            if (lastUpdate + s.withdrawalDelayBlocks <= referenceBlockNumber) {
                revert StaleStakes(quorumNumber, lastUpdate, referenceBlockNumber);
            }
        }
        bytes24 apkHash =
            blsApkRegistry.getApkHashAtBlockNumberAndIndex(quorumNumber, referenceBlockNumber, params.quorumApkIndices[i]);
        if (bytes24(params.quorumApks[i].hashG1Point()) != apkHash) revert QuorumApkMismatch(quorumNumber);
        s.apk = s.apk.plus(params.quorumApks[i]);

        uint96 total = stakeRegistry.getTotalStakeAtBlockNumberFromIndex(
            quorumNumber, referenceBlockNumber, params.totalStakeIndices[i]
        );
        totals.totalStakeForQuorum[i] = total;
        totals.signedStakeForQuorum[i] =
            _signedStake(s, quorumNumber, referenceBlockNumber, total, params.nonSignerStakeIndices[i]);
    }

    /// @dev total minus the stake of the non-signers registered in `quorumNumber` at the reference block.
    function _signedStake(
        CheckState memory s,
        uint8 quorumNumber,
        uint32 referenceBlockNumber,
        uint96 total,
        uint32[] memory stakeIndices
    ) private view returns (uint96 signed) {
        signed = total;
        uint256 used = 0;
        for (uint256 j = 0; j < s.nonSignerIds.length; j++) {
            if ((s.nonSignerBitmaps[j] >> quorumNumber) & 1 == 0) continue;
            if (used >= stakeIndices.length) revert NonSignerStakeIndicesMismatch(quorumNumber);
            uint96 stake = stakeRegistry.getStakeAtBlockNumberAndIndex(
                quorumNumber, referenceBlockNumber, s.nonSignerIds[j], stakeIndices[used]
            );
            if (stake > signed) revert NonSignerStakeExceedsTotal(quorumNumber);
            signed -= stake;
            used++;
        }
        if (used != stakeIndices.length) revert NonSignerStakeIndicesMismatch(quorumNumber);
    }

    /// @dev Bitmap of strictly ascending quorum numbers, each below 192.
    function _quorumBitmap(bytes calldata quorumNumbers) internal pure returns (uint256 bitmap) {
        for (uint256 i = 0; i < quorumNumbers.length; i++) {
            uint8 q = uint8(quorumNumbers[i]);
            if (q >= MAX_QUORUM_COUNT) revert InvalidQuorumNumber(q);
            uint256 bit = uint256(1) << q;
            if (bitmap >= bit) revert QuorumNumbersNotSorted();
            bitmap |= bit;
        }
    }

    function _popCount(uint256 x) private pure returns (uint256 count) {
        while (x != 0) {
            x &= x - 1;
            count++;
        }
    }

    function _setStaleStakesForbidden(bool value) internal {
        staleStakesForbidden = value;
        emit StaleStakesForbiddenUpdate(value);
    }

    uint256[49] private __gap;
}
