// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {OwnableUpgradeable} from "@openzeppelin/contracts-upgradeable/access/OwnableUpgradeable.sol";

import {BLSSignatureChecker} from "./BLSSignatureChecker.sol";
import {AlertHash} from "../libraries/AlertHash.sol";
import {Pausable} from "../libraries/Pausable.sol";
import {AlertLevel, IMachAlerts} from "../interfaces/IMachAlerts.sol";
import {
    IAVSDirectory,
    IBLSApkRegistry,
    IDelegationManager,
    IPauserRegistry,
    IRegistryCoordinator,
    IStakeRegistry,
    SignatureWithSaltAndExpiry,
    StrategyParams
} from "../interfaces/IEigenLayerM2.sol";

/// @title MachServiceManager
/// @notice Mach's EigenLayer M2 service manager in BLS mode. Operators register through the M2
///         RegistryCoordinator (which calls registerOperatorToAVS here); the alert confirmer submits alerts that a
///         stake-weighted BLS quorum of them signed, and confirmed alerts are the circuit breaker's input.
/// @dev Deployed behind a transparent proxy; registry addresses are immutables of the implementation.
contract MachServiceManager is Initializable, OwnableUpgradeable, Pausable, BLSSignatureChecker, IMachAlerts {
    /// @notice What the alert confirmer submits: the alert's message hash and the quorums that signed it.
    /// @param messageHash the alert's message hash (see AlertHash).
    /// @param quorumNumbers every quorum of the AVS, ascending, one byte each.
    /// @param quorumThresholdPercentages per quorum, the share of stake (percent) that must have signed; each must
    ///        be at least quorumThresholdPercentage.
    /// @param referenceBlockNumber the L1 block whose operator set signed; recent and in the past.
    /// @param rollupChainID the rollup the alert is about.
    struct AlertHeader {
        bytes32 messageHash;
        bytes quorumNumbers;
        bytes quorumThresholdPercentages;
        uint32 referenceBlockNumber;
        uint256 rollupChainID;
    }

    /// @notice Everything initialize() sets.
    struct InitParams {
        address owner;
        address alertConfirmer;
        address whitelister;
        IPauserRegistry pauserRegistry;
        uint256 initialPausedStatus;
        uint256[] rollupChainIDs;
        uint8 quorumThresholdPercentage;
        uint32 maxReferenceBlockAge;
        bool staleStakesForbidden;
        bool allowlistEnabled;
    }

    /// @notice A rollup ID no real chain can have (above EIP-2294's bound): alerts for it rehearse the whole path
    ///         (sign, aggregate, confirm, watch, trip) without meaning anything for a real rollup. Always supported.
    uint256 public constant DRILL_ROLLUP_CHAIN_ID = type(uint64).max;
    /// @notice Bit of pause() that stops confirmAlert.
    uint8 public constant PAUSED_CONFIRM_ALERT = 0;
    /// @notice Bit of pause() that stops operator registration.
    uint8 public constant PAUSED_OPERATOR_REGISTRATION = 1;

    IAVSDirectory public immutable avsDirectory;

    /// @notice The only account that may call confirmAlert (the aggregator).
    address public alertConfirmer;
    /// @notice The account that manages the operator allowlist (besides the owner).
    address public whitelister;
    /// @notice While true, only allowlisted operators may register.
    bool public allowlistEnabled;
    /// @notice Minimum percentage of each quorum's stake that must sign an alert.
    uint8 public quorumThresholdPercentage;
    /// @notice How many blocks before the current one an alert's reference block may be.
    uint32 public maxReferenceBlockAge;

    mapping(address operator => bool) private _allowlisted;
    mapping(uint256 rollupChainID => bool) private _supportedRollup;
    uint256[] private _supportedRollupList;
    mapping(uint256 rollupChainID => bytes32[]) private _alerts;
    mapping(uint256 rollupChainID => mapping(bytes32 messageHash => uint256)) private _alertPosition; // index + 1
    mapping(uint256 rollupChainID => mapping(bytes32 messageHash => bool)) private _everConfirmed;
    mapping(uint256 rollupChainID => IMachAlerts) private _zkServiceManager;

    /// @notice A BLS quorum confirmed `messageHash` for `rollupChainID`.
    event AlertConfirmed(
        bytes32 indexed messageHash,
        uint256 indexed rollupChainID,
        uint32 referenceBlockNumber,
        bytes32 signatoryRecordHash
    );
    /// @notice The owner removed an alert (a resolved false alarm).
    event AlertRemoved(bytes32 indexed messageHash, uint256 indexed rollupChainID, address sender);
    event AllowlistEnabled();
    event AllowlistDisabled();
    event OperatorAllowlisted(address indexed operator, bool allowed);
    event AlertConfirmerChanged(address indexed previousConfirmer, address indexed newConfirmer);
    event WhitelisterChanged(address indexed previousWhitelister, address indexed newWhitelister);
    event RollupSupportChanged(uint256 indexed rollupChainID, bool supported);
    event QuorumThresholdPercentageChanged(uint8 previousPercentage, uint8 newPercentage);
    event MaxReferenceBlockAgeChanged(uint32 previousAge, uint32 newAge);
    event ZkServiceManagerChanged(uint256 indexed rollupChainID, address zkServiceManager);

    error OnlyRegistryCoordinator(address caller);
    error OnlyAlertConfirmer(address caller);
    error OnlyWhitelister(address caller);
    error OnlyOwnerOrConfirmerForDrill(address caller);
    error NotAllowlisted(address operator);
    error UnsupportedRollup(uint256 rollupChainID);
    error RollupAlreadySupported(uint256 rollupChainID);
    error InvalidRollupChainID(uint256 rollupChainID);
    error ReferenceBlockTooOld(uint32 referenceBlockNumber, uint256 currentBlockNumber, uint32 maxAge);
    error QuorumThresholdsLengthMismatch();
    error QuorumsIncomplete(uint256 providedBitmap, uint256 requiredBitmap);
    error InvalidQuorumThreshold(uint8 quorumNumber, uint8 threshold, uint8 minimum);
    error InvalidThresholdSetting(uint8 percentage);
    error InvalidMaxReferenceBlockAge(uint32 age);
    error NoStakeInQuorum(uint8 quorumNumber);
    error ThresholdNotMet(uint8 quorumNumber, uint96 signedStake, uint96 totalStake, uint8 threshold);
    error AlertAlreadyConfirmed(uint256 rollupChainID, bytes32 messageHash);
    error AlertNotFound(uint256 rollupChainID, bytes32 messageHash);

    modifier onlyRegistryCoordinator() {
        if (msg.sender != address(registryCoordinator)) revert OnlyRegistryCoordinator(msg.sender);
        _;
    }

    modifier onlyAlertConfirmer() {
        if (msg.sender != alertConfirmer) revert OnlyAlertConfirmer(msg.sender);
        _;
    }

    modifier onlyWhitelister() {
        if (msg.sender != whitelister && msg.sender != owner()) revert OnlyWhitelister(msg.sender);
        _;
    }

    constructor(
        IAVSDirectory avsDirectory_,
        IRegistryCoordinator registryCoordinator_,
        IStakeRegistry stakeRegistry_,
        IBLSApkRegistry blsApkRegistry_,
        IDelegationManager delegation_
    ) BLSSignatureChecker(registryCoordinator_, stakeRegistry_, blsApkRegistry_, delegation_) {
        if (address(avsDirectory_) == address(0)) revert ZeroAddress();
        avsDirectory = avsDirectory_;
        _disableInitializers();
    }

    /// @notice Sets roles, supported rollups and thresholds. Called once through the proxy.
    function initialize(InitParams calldata p) external initializer {
        __Ownable_init(p.owner);
        __Pausable_init(p.pauserRegistry, p.initialPausedStatus);
        _setAlertConfirmer(p.alertConfirmer);
        _setWhitelister(p.whitelister);
        _setQuorumThresholdPercentage(p.quorumThresholdPercentage);
        _setMaxReferenceBlockAge(p.maxReferenceBlockAge);
        _setStaleStakesForbidden(p.staleStakesForbidden);
        if (p.allowlistEnabled) {
            allowlistEnabled = true;
            emit AllowlistEnabled();
        }
        for (uint256 i = 0; i < p.rollupChainIDs.length; i++) {
            _addSupportedRollup(p.rollupChainIDs[i]);
        }
    }

    // ---------------------------------------------------------------- EigenLayer M2 service manager surface

    /// @notice Registers `operator` with the AVSDirectory. Called by the RegistryCoordinator during
    ///         registerOperator; reverts for operators off the allowlist while it is enabled.
    function registerOperatorToAVS(address operator, SignatureWithSaltAndExpiry memory operatorSignature)
        external
        onlyRegistryCoordinator
        whenNotPaused(PAUSED_OPERATOR_REGISTRATION)
    {
        if (allowlistEnabled && !_allowlisted[operator]) revert NotAllowlisted(operator);
        avsDirectory.registerOperatorToAVS(operator, operatorSignature);
    }

    /// @notice Deregisters `operator` from the AVSDirectory. Called by the RegistryCoordinator; never paused, so
    ///         operators can always leave.
    function deregisterOperatorFromAVS(address operator) external onlyRegistryCoordinator {
        avsDirectory.deregisterOperatorFromAVS(operator);
    }

    /// @notice Updates the AVS metadata URI shown by EigenLayer. Only the owner.
    function updateAVSMetadataURI(string calldata metadataURI) external onlyOwner {
        avsDirectory.updateAVSMetadataURI(metadataURI);
    }

    /// @notice Every strategy any quorum counts (may repeat across quorums).
    function getRestakeableStrategies() external view returns (address[] memory) {
        uint8 count = registryCoordinator.quorumCount();
        return _strategiesOf(count == 0 ? 0 : (uint256(1) << count) - 1);
    }

    /// @notice The strategies counted by the quorums `operator` is currently registered in.
    function getOperatorRestakedStrategies(address operator) external view returns (address[] memory) {
        bytes32 operatorId = registryCoordinator.getOperatorId(operator);
        return _strategiesOf(registryCoordinator.getCurrentQuorumBitmap(operatorId));
    }

    // ---------------------------------------------------------------- alerts

    /// @notice Confirms an alert signed by at least the threshold of stake in every quorum at the reference block.
    ///         Only the alert confirmer; each message hash can be confirmed once per rollup, ever.
    function confirmAlert(AlertHeader calldata header, NonSignerStakesAndSignature memory signature)
        external
        onlyAlertConfirmer
        whenNotPaused(PAUSED_CONFIRM_ALERT)
    {
        uint256 rollupChainID = header.rollupChainID;
        if (!isSupportedRollup(rollupChainID)) revert UnsupportedRollup(rollupChainID);
        if (_everConfirmed[rollupChainID][header.messageHash]) {
            revert AlertAlreadyConfirmed(rollupChainID, header.messageHash);
        }
        uint32 ref = header.referenceBlockNumber;
        if (ref >= block.number) revert ReferenceBlockInFuture(ref, block.number);
        if (block.number - ref > maxReferenceBlockAge) revert ReferenceBlockTooOld(ref, block.number, maxReferenceBlockAge);
        _checkQuorumsAndThresholds(header.quorumNumbers, header.quorumThresholdPercentages);

        bytes32 digest = AlertHash.digest(block.chainid, address(this), rollupChainID, header.messageHash, ref);
        (QuorumStakeTotals memory totals, bytes32 signatoryRecordHash) =
            checkSignatures(digest, header.quorumNumbers, ref, signature);
        for (uint256 i = 0; i < totals.totalStakeForQuorum.length; i++) {
            uint8 threshold = uint8(header.quorumThresholdPercentages[i]);
            uint96 total = totals.totalStakeForQuorum[i];
            uint96 signed = totals.signedStakeForQuorum[i];
            if (total == 0) revert NoStakeInQuorum(uint8(header.quorumNumbers[i]));
            if (uint256(signed) * 100 < uint256(total) * threshold) {
                revert ThresholdNotMet(uint8(header.quorumNumbers[i]), signed, total, threshold);
            }
        }

        _everConfirmed[rollupChainID][header.messageHash] = true;
        _alerts[rollupChainID].push(header.messageHash);
        _alertPosition[rollupChainID][header.messageHash] = _alerts[rollupChainID].length;
        emit AlertConfirmed(header.messageHash, rollupChainID, ref, signatoryRecordHash);
    }

    /// @notice Removes a confirmed alert, resolving a false alarm. Only the owner; for the drill rollup the alert
    ///         confirmer may also remove, so drills can be repeated. A removed hash can never be confirmed again.
    function removeAlert(uint256 rollupChainID, bytes32 messageHash) external {
        if (msg.sender != owner() && !(rollupChainID == DRILL_ROLLUP_CHAIN_ID && msg.sender == alertConfirmer)) {
            if (rollupChainID == DRILL_ROLLUP_CHAIN_ID) revert OnlyOwnerOrConfirmerForDrill(msg.sender);
            revert OwnableUnauthorizedAccount(msg.sender);
        }
        uint256 position = _alertPosition[rollupChainID][messageHash];
        if (position == 0) revert AlertNotFound(rollupChainID, messageHash);
        bytes32[] storage list = _alerts[rollupChainID];
        bytes32 last = list[list.length - 1];
        list[position - 1] = last;
        _alertPosition[rollupChainID][last] = position;
        list.pop();
        delete _alertPosition[rollupChainID][messageHash];
        emit AlertRemoved(messageHash, rollupChainID, msg.sender);
    }

    /// @notice Number of live (confirmed, not removed) alerts for `rollupChainID`.
    function totalAlerts(uint256 rollupChainID) public view returns (uint256) {
        return _alerts[rollupChainID].length;
    }

    /// @notice True when `messageHash` is a live alert for `rollupChainID`.
    function contains(uint256 rollupChainID, bytes32 messageHash) external view returns (bool) {
        return _alertPosition[rollupChainID][messageHash] != 0;
    }

    /// @notice Up to `querySize` live alert hashes for `rollupChainID` from position `start`; empty past the end.
    function queryMessageHashes(uint256 rollupChainID, uint256 start, uint256 querySize)
        external
        view
        returns (bytes32[] memory hashes)
    {
        bytes32[] storage list = _alerts[rollupChainID];
        if (start >= list.length) return new bytes32[](0);
        uint256 end = list.length - start < querySize ? list.length : start + querySize;
        hashes = new bytes32[](end - start);
        for (uint256 i = start; i < end; i++) {
            hashes[i - start] = list[i];
        }
    }

    /// @notice The digest operators sign for `messageHash` about `rollupChainID` at `referenceBlockNumber`.
    function alertDigest(uint256 rollupChainID, bytes32 messageHash, uint32 referenceBlockNumber)
        external
        view
        returns (bytes32)
    {
        return AlertHash.digest(block.chainid, address(this), rollupChainID, messageHash, referenceBlockNumber);
    }

    /// @inheritdoc IMachAlerts
    function alertLevel(uint256 rollupChainID) public view returns (AlertLevel level) {
        if (_alerts[rollupChainID].length > 0) level = AlertLevel.Confirmed;
        IMachAlerts zk = _zkServiceManager[rollupChainID];
        if (address(zk) != address(0)) {
            AlertLevel zkLevel = zk.alertLevel(rollupChainID);
            if (zkLevel > level) level = zkLevel;
        }
    }

    /// @inheritdoc IMachAlerts
    function isAlerted(uint256 rollupChainID) external view returns (bool) {
        return alertLevel(rollupChainID) != AlertLevel.None;
    }

    // ---------------------------------------------------------------- rollups

    /// @notice True for rollups whose alerts are accepted, and always for the drill rollup.
    function isSupportedRollup(uint256 rollupChainID) public view returns (bool) {
        return rollupChainID == DRILL_ROLLUP_CHAIN_ID || _supportedRollup[rollupChainID];
    }

    /// @notice The supported rollup chain IDs (the drill rollup is implicit and not listed).
    function supportedRollups() external view returns (uint256[] memory) {
        return _supportedRollupList;
    }

    /// @notice Accepts alerts for `rollupChainID`. Only the owner.
    function addSupportedRollup(uint256 rollupChainID) external onlyOwner {
        _addSupportedRollup(rollupChainID);
    }

    /// @notice Stops accepting alerts for `rollupChainID`; its confirmed alerts stay. Only the owner.
    function removeSupportedRollup(uint256 rollupChainID) external onlyOwner {
        if (!_supportedRollup[rollupChainID]) revert UnsupportedRollup(rollupChainID);
        _supportedRollup[rollupChainID] = false;
        uint256 n = _supportedRollupList.length;
        for (uint256 i = 0; i < n; i++) {
            if (_supportedRollupList[i] == rollupChainID) {
                _supportedRollupList[i] = _supportedRollupList[n - 1];
                _supportedRollupList.pop();
                break;
            }
        }
        emit RollupSupportChanged(rollupChainID, false);
    }

    /// @notice The ZK service manager whose early/proved alerts alertLevel() includes for `rollupChainID`.
    function zkServiceManager(uint256 rollupChainID) external view returns (IMachAlerts) {
        return _zkServiceManager[rollupChainID];
    }

    /// @notice Sets (or clears, with address 0) the ZK service manager of `rollupChainID`. Only the owner.
    function setZkServiceManager(uint256 rollupChainID, IMachAlerts manager) external onlyOwner {
        _zkServiceManager[rollupChainID] = manager;
        emit ZkServiceManagerChanged(rollupChainID, address(manager));
    }

    // ---------------------------------------------------------------- allowlist and roles

    /// @notice True when `operator` is on the allowlist.
    function isAllowlisted(address operator) external view returns (bool) {
        return _allowlisted[operator];
    }

    /// @notice Requires operators to be allowlisted to register. Only the owner.
    function enableAllowlist() external onlyOwner {
        allowlistEnabled = true;
        emit AllowlistEnabled();
    }

    /// @notice Lets any operator register. Only the owner.
    function disableAllowlist() external onlyOwner {
        allowlistEnabled = false;
        emit AllowlistDisabled();
    }

    /// @notice Allows `operator` to register. Only the whitelister or the owner.
    function addToAllowlist(address operator) external onlyWhitelister {
        if (operator == address(0)) revert ZeroAddress();
        _allowlisted[operator] = true;
        emit OperatorAllowlisted(operator, true);
    }

    /// @notice Takes `operator` off the allowlist (it stays registered until ejected). Only the whitelister or
    ///         the owner.
    function removeFromAllowlist(address operator) external onlyWhitelister {
        if (!_allowlisted[operator]) revert NotAllowlisted(operator);
        _allowlisted[operator] = false;
        emit OperatorAllowlisted(operator, false);
    }

    /// @notice Hands the alert confirmer role to `confirmer`. Only the owner.
    function setAlertConfirmer(address confirmer) external onlyOwner {
        _setAlertConfirmer(confirmer);
    }

    /// @notice Hands the whitelister role to `newWhitelister`. Only the owner.
    function setWhitelister(address newWhitelister) external onlyOwner {
        _setWhitelister(newWhitelister);
    }

    /// @notice Sets the minimum share of stake (1-100 percent) that must sign. Only the owner.
    function setQuorumThresholdPercentage(uint8 percentage) external onlyOwner {
        _setQuorumThresholdPercentage(percentage);
    }

    /// @notice Sets how old (in blocks) a reference block may be. Only the owner.
    function setMaxReferenceBlockAge(uint32 age) external onlyOwner {
        _setMaxReferenceBlockAge(age);
    }

    /// @notice Sets whether stale stakes are rejected (see BLSSignatureChecker.staleStakesForbidden). Only the owner.
    function setStaleStakesForbidden(bool value) external onlyOwner {
        _setStaleStakesForbidden(value);
    }

    // ---------------------------------------------------------------- internals

    function _checkQuorumsAndThresholds(bytes calldata quorumNumbers, bytes calldata thresholds) private view {
        if (quorumNumbers.length != thresholds.length) revert QuorumThresholdsLengthMismatch();
        uint256 provided = _quorumBitmap(quorumNumbers);
        uint8 count = registryCoordinator.quorumCount();
        uint256 required = (uint256(1) << count) - 1;
        if (provided != required || count == 0) revert QuorumsIncomplete(provided, required);
        uint8 minimum = quorumThresholdPercentage;
        for (uint256 i = 0; i < thresholds.length; i++) {
            uint8 t = uint8(thresholds[i]);
            if (t < minimum || t > 100) revert InvalidQuorumThreshold(uint8(quorumNumbers[i]), t, minimum);
        }
    }

    function _strategiesOf(uint256 quorumBitmap) private view returns (address[] memory strategies) {
        uint256 total = 0;
        for (uint256 q = 0; q < MAX_QUORUM_COUNT && (quorumBitmap >> q) != 0; q++) {
            if ((quorumBitmap >> q) & 1 == 1) total += stakeRegistry.strategyParamsLength(uint8(q));
        }
        strategies = new address[](total);
        uint256 k = 0;
        for (uint256 q = 0; q < MAX_QUORUM_COUNT && (quorumBitmap >> q) != 0; q++) {
            if ((quorumBitmap >> q) & 1 == 0) continue;
            uint256 n = stakeRegistry.strategyParamsLength(uint8(q));
            for (uint256 i = 0; i < n; i++) {
                StrategyParams memory sp = stakeRegistry.strategyParamsByIndex(uint8(q), i);
                strategies[k++] = sp.strategy;
            }
        }
    }

    function _addSupportedRollup(uint256 rollupChainID) private {
        if (rollupChainID == 0 || rollupChainID == DRILL_ROLLUP_CHAIN_ID) revert InvalidRollupChainID(rollupChainID);
        if (_supportedRollup[rollupChainID]) revert RollupAlreadySupported(rollupChainID);
        _supportedRollup[rollupChainID] = true;
        _supportedRollupList.push(rollupChainID);
        emit RollupSupportChanged(rollupChainID, true);
    }

    function _setAlertConfirmer(address confirmer) private {
        if (confirmer == address(0)) revert ZeroAddress();
        emit AlertConfirmerChanged(alertConfirmer, confirmer);
        alertConfirmer = confirmer;
    }

    function _setWhitelister(address newWhitelister) private {
        if (newWhitelister == address(0)) revert ZeroAddress();
        emit WhitelisterChanged(whitelister, newWhitelister);
        whitelister = newWhitelister;
    }

    function _setQuorumThresholdPercentage(uint8 percentage) private {
        if (percentage == 0 || percentage > 100) revert InvalidThresholdSetting(percentage);
        emit QuorumThresholdPercentageChanged(quorumThresholdPercentage, percentage);
        quorumThresholdPercentage = percentage;
    }

    function _setMaxReferenceBlockAge(uint32 age) private {
        if (age == 0) revert InvalidMaxReferenceBlockAge(age);
        emit MaxReferenceBlockAgeChanged(maxReferenceBlockAge, age);
        maxReferenceBlockAge = age;
    }

    uint256[40] private __gap;
}
