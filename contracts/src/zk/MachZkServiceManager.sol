// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {OwnableUpgradeable} from "@openzeppelin/contracts-upgradeable/access/OwnableUpgradeable.sol";

import {Pausable} from "../libraries/Pausable.sol";
import {AlertLevel, IMachAlerts} from "../interfaces/IMachAlerts.sol";
import {IPauserRegistry} from "../interfaces/IEigenLayerM2.sol";
import {IL2OutputOracle} from "../interfaces/IL2OutputOracle.sol";
import {IRiscZeroVerifier} from "../risc0/IRiscZeroVerifier.sol";

/// @title MachZkServiceManager
/// @notice Mach in ZK mode, one deployment per rollup. An allowlisted operator posts an *early alert* that an L2
///         block's output root is wrong (alertBlockMismatch) or that an output posted to the L2OutputOracle is wrong
///         (alertBlockOutputOracleMismatch). Anyone may then settle it with a RISC Zero proof (submitProve) that
///         re-executes the rollup from an output accepted on L1 to the alerted block and commits the correct root:
///         the alert becomes *proved*.
/// @dev Earliest-alert rule: only the earliest alerted block counts, because every later output depends on it.
///      A new alert replaces the pending one only if it is for an earlier block, or if the pending one was not
///      proved within `proveWindow` seconds (so a bogus alert cannot block real ones forever).
///
///      Journal committed by the guest (160 bytes):
///      abi.encode(uint256 rollupChainID, bytes32 checkpointOutputRoot, uint256 checkpointL2Block,
///                 uint256 l2BlockNumber, bytes32 outputRoot)
///      The checkpoint must be an output of the L2OutputOracle (at the index the prover names) or a root proved
///      earlier here, strictly before the alerted block.
contract MachZkServiceManager is Initializable, OwnableUpgradeable, Pausable, IMachAlerts {
    /// @notice The pending early alert.
    struct Alert {
        address submitter;
        uint64 submittedAt;
        uint64 l2BlockNumber;
        bool fromOracle;
        uint256 outputIndex;
        bytes32 invalidOutputRoot;
        bytes32 expectOutputRoot;
    }

    /// @notice What the guest commits (abi-encoded, 160 bytes).
    struct Journal {
        uint256 rollupChainID;
        bytes32 checkpointOutputRoot;
        uint256 checkpointL2Block;
        uint256 l2BlockNumber;
        bytes32 outputRoot;
    }

    /// @notice Everything initialize() sets.
    struct InitParams {
        address owner;
        address whitelister;
        IPauserRegistry pauserRegistry;
        uint256 initialPausedStatus;
        uint256 rollupChainID;
        IL2OutputOracle l2OutputOracle;
        IRiscZeroVerifier verifier;
        bytes32 imageId;
        uint64 proveWindow;
        address[] allowlist;
    }

    /// @notice Length of the journal submitProve accepts.
    uint256 public constant JOURNAL_LENGTH = 160;
    /// @notice Bit of pause() that stops early alerts.
    uint8 public constant PAUSED_ALERTS = 0;
    /// @notice Bit of pause() that stops submitProve.
    uint8 public constant PAUSED_PROVE = 1;

    /// @notice The rollup this manager watches.
    uint256 public rollupChainID;
    /// @notice Where the rollup's outputs are posted on L1.
    IL2OutputOracle public l2OutputOracle;
    /// @notice The RISC Zero verifier (Groth16 on real chains).
    IRiscZeroVerifier public verifier;
    /// @dev How many alerts were proved (and not cleared by the owner); read through provedAlertCount(). A uint96
    ///      packed into verifier's slot, which submitProve has just read and which is non-zero from initialize on:
    ///      the count's increment is a warm non-zero write (2,900 gas), not a cold fresh one (22,100) on a
    ///      manager's first proof. 2^96 proofs cannot happen; the increment is checked all the same.
    uint96 private _provedAlertCount;
    /// @notice Image id of the guest program that re-executes the rollup's blocks.
    bytes32 public imageId;
    /// @notice Seconds a pending alert blocks later ones before it may be superseded unproved.
    uint64 public proveWindow;
    /// @notice The account that manages the allowlist (besides the owner).
    address public whitelister;
    /// @notice Output roots proved by submitProve, by L2 block. Later proofs may start from them.
    mapping(uint256 l2BlockNumber => bytes32) public provedOutputRoots;

    mapping(address operator => bool) private _allowlisted;
    Alert private _pending;

    /// @notice An early alert was posted.
    event AlertRaised(
        uint256 indexed l2BlockNumber,
        address indexed submitter,
        bytes32 invalidOutputRoot,
        bytes32 expectOutputRoot,
        bool fromOracle,
        uint256 outputIndex
    );
    /// @notice A pending alert was replaced by one for an earlier block or after its prove window.
    event AlertSuperseded(uint256 indexed previousL2BlockNumber, uint256 indexed newL2BlockNumber);
    /// @notice The pending alert was proved.
    event AlertProved(
        uint256 indexed l2BlockNumber, address indexed prover, bytes32 outputRoot, bytes32 checkpointOutputRoot
    );
    /// @notice The owner removed the pending alert (a false alarm).
    event AlertRemoved(uint256 indexed l2BlockNumber, address sender);
    /// @notice The owner cleared the proved alerts after the rollup was repaired.
    event ProvedAlertsCleared(uint256 count);
    event OperatorAllowlisted(address indexed operator, bool allowed);
    event WhitelisterChanged(address indexed previousWhitelister, address indexed newWhitelister);
    event VerifierChanged(address indexed previousVerifier, address indexed newVerifier);
    event ImageIdChanged(bytes32 previousImageId, bytes32 newImageId);
    event ProveWindowChanged(uint64 previousWindow, uint64 newWindow);

    error ZeroAddress();
    error InvalidRollupChainID();
    error InvalidImageId();
    error InvalidProveWindow();
    error NotAllowlisted(address operator);
    error OnlyWhitelister(address caller);
    error RootsEqual(bytes32 root);
    error ZeroOutputRoot();
    error L2BlockNumberTooLarge(uint256 l2BlockNumber);
    error OutputIndexOutOfRange(uint256 index, uint256 latestIndex);
    error AlertNotEarliest(uint256 l2BlockNumber, uint256 pendingL2BlockNumber);
    error AlreadyProved(uint256 l2BlockNumber, bytes32 outputRoot);
    error NoPendingAlert();
    error InvalidJournalLength(uint256 length);
    error JournalRollupMismatch(uint256 journalRollupChainID, uint256 rollupChainID);
    error JournalBlockMismatch(uint256 journalL2Block, uint256 alertL2Block);
    error JournalOutputRootMismatch(bytes32 journalOutputRoot, bytes32 expectOutputRoot);
    error CheckpointNotBeforeAlert(uint256 checkpointL2Block, uint256 alertL2Block);
    error CheckpointNotAccepted(uint256 checkpointOutputIndex, bytes32 checkpointOutputRoot, uint256 checkpointL2Block);

    modifier onlyAllowlisted() {
        if (!_allowlisted[msg.sender]) revert NotAllowlisted(msg.sender);
        _;
    }

    modifier onlyWhitelister() {
        if (msg.sender != whitelister && msg.sender != owner()) revert OnlyWhitelister(msg.sender);
        _;
    }

    constructor() {
        _disableInitializers();
    }

    /// @notice Sets the rollup, its oracle, the verifier and image id, roles and the allowlist. Once, via the proxy.
    function initialize(InitParams calldata p) external initializer {
        __Ownable_init(p.owner);
        __Pausable_init(p.pauserRegistry, p.initialPausedStatus);
        if (p.rollupChainID == 0) revert InvalidRollupChainID();
        if (address(p.l2OutputOracle) == address(0)) revert ZeroAddress();
        rollupChainID = p.rollupChainID;
        l2OutputOracle = p.l2OutputOracle;
        _setVerifier(p.verifier);
        _setImageId(p.imageId);
        _setProveWindow(p.proveWindow);
        _setWhitelister(p.whitelister);
        for (uint256 i = 0; i < p.allowlist.length; i++) {
            _setAllowlisted(p.allowlist[i], true);
        }
    }

    // ---------------------------------------------------------------- early alerts

    /// @notice Alerts that L2 block `l2BlockNumber` has output root `expectOutputRoot`, not `invalidOutputRoot`
    ///         (the root the rollup's node served). Only allowlisted operators; must be the earliest alert.
    function alertBlockMismatch(bytes32 invalidOutputRoot, bytes32 expectOutputRoot, uint256 l2BlockNumber)
        external
        onlyAllowlisted
        whenNotPaused(PAUSED_ALERTS)
    {
        if (l2BlockNumber > type(uint64).max) revert L2BlockNumberTooLarge(l2BlockNumber);
        _raise(
            Alert({
                submitter: msg.sender,
                submittedAt: uint64(block.timestamp),
                l2BlockNumber: uint64(l2BlockNumber),
                fromOracle: false,
                outputIndex: 0,
                invalidOutputRoot: invalidOutputRoot,
                expectOutputRoot: expectOutputRoot
            })
        );
    }

    /// @notice Alerts that the output at `invalidOutputIndex` of the L2OutputOracle should be `expectOutputRoot`.
    ///         Only allowlisted operators; must be the earliest alert.
    function alertBlockOutputOracleMismatch(uint256 invalidOutputIndex, bytes32 expectOutputRoot)
        external
        onlyAllowlisted
        whenNotPaused(PAUSED_ALERTS)
    {
        IL2OutputOracle.OutputProposal memory output = _oracleOutput(invalidOutputIndex);
        if (output.l2BlockNumber > type(uint64).max) revert L2BlockNumberTooLarge(output.l2BlockNumber);
        _raise(
            Alert({
                submitter: msg.sender,
                submittedAt: uint64(block.timestamp),
                l2BlockNumber: uint64(output.l2BlockNumber),
                fromOracle: true,
                outputIndex: invalidOutputIndex,
                invalidOutputRoot: output.outputRoot,
                expectOutputRoot: expectOutputRoot
            })
        );
    }

    /// @notice Settles the pending alert with a RISC Zero proof. Anyone may call: the proof is the authority.
    /// @param checkpointOutputIndex L2OutputOracle index of the checkpoint (ignored when the checkpoint is a root
    ///        proved earlier here).
    /// @param journal the guest's journal (see the contract notes for its encoding).
    /// @param seal the proof, selector-prefixed, for `verifier`.
    function submitProve(uint256 checkpointOutputIndex, bytes calldata journal, bytes calldata seal)
        external
        whenNotPaused(PAUSED_PROVE)
    {
        Alert memory a = _pending;
        if (a.submitter == address(0)) revert NoPendingAlert();
        Journal memory j = _decodeJournal(journal);
        _checkJournal(j, a);
        _checkCheckpoint(checkpointOutputIndex, j.checkpointOutputRoot, j.checkpointL2Block);

        verifier.verify(seal, imageId, sha256(journal));

        delete _pending;
        provedOutputRoots[j.l2BlockNumber] = j.outputRoot;
        _provedAlertCount++;
        emit AlertProved(j.l2BlockNumber, msg.sender, j.outputRoot, j.checkpointOutputRoot);
    }

    /// @notice The journal a guest must commit to prove the pending alert from the given checkpoint.
    function encodeJournal(bytes32 checkpointOutputRoot, uint256 checkpointL2Block, uint256 l2BlockNumber, bytes32 outputRoot)
        external
        view
        returns (bytes memory)
    {
        return abi.encode(rollupChainID, checkpointOutputRoot, checkpointL2Block, l2BlockNumber, outputRoot);
    }

    /// @notice How many alerts were proved (and not cleared by the owner).
    function provedAlertCount() external view returns (uint256) {
        return _provedAlertCount;
    }

    /// @notice The pending early alert (submitter is zero when there is none).
    function pendingAlert() external view returns (Alert memory) {
        return _pending;
    }

    /// @notice True while the pending alert may not yet be superseded by a later-block alert.
    function pendingAlertLive() public view returns (bool) {
        return _pending.submitter != address(0) && block.timestamp <= uint256(_pending.submittedAt) + proveWindow;
    }

    /// @inheritdoc IMachAlerts
    function alertLevel(uint256 rollupChainID_) public view returns (AlertLevel) {
        if (rollupChainID_ != rollupChainID) return AlertLevel.None;
        if (_provedAlertCount > 0) return AlertLevel.Proved;
        if (pendingAlertLive()) return AlertLevel.Early;
        return AlertLevel.None;
    }

    /// @inheritdoc IMachAlerts
    function isAlerted(uint256 rollupChainID_) external view returns (bool) {
        return alertLevel(rollupChainID_) != AlertLevel.None;
    }

    // ---------------------------------------------------------------- owner

    /// @notice Removes the pending (unproved) alert as a false alarm. Only the owner.
    function removeAlert() external onlyOwner {
        if (_pending.submitter == address(0)) revert NoPendingAlert();
        uint256 l2Block = _pending.l2BlockNumber;
        delete _pending;
        emit AlertRemoved(l2Block, msg.sender);
    }

    /// @notice Clears the proved level once the rollup has been repaired; proved roots stay as checkpoints.
    ///         Only the owner.
    function clearProvedAlerts() external onlyOwner {
        emit ProvedAlertsCleared(_provedAlertCount);
        _provedAlertCount = 0;
    }

    /// @notice Sets the RISC Zero verifier. Only the owner.
    function setVerifier(IRiscZeroVerifier newVerifier) external onlyOwner {
        _setVerifier(newVerifier);
    }

    /// @notice Sets the guest image id. Only the owner.
    function setImageId(bytes32 newImageId) external onlyOwner {
        _setImageId(newImageId);
    }

    /// @notice Sets the prove window in seconds. Only the owner.
    function setProveWindow(uint64 window) external onlyOwner {
        _setProveWindow(window);
    }

    /// @notice Hands the whitelister role to `newWhitelister`. Only the owner.
    function setWhitelister(address newWhitelister) external onlyOwner {
        _setWhitelister(newWhitelister);
    }

    /// @notice True when `operator` may post early alerts.
    function isAllowlisted(address operator) external view returns (bool) {
        return _allowlisted[operator];
    }

    /// @notice Lets `operator` post early alerts. Only the whitelister or the owner.
    function addToAllowlist(address operator) external onlyWhitelister {
        _setAllowlisted(operator, true);
    }

    /// @notice Stops `operator` posting early alerts. Only the whitelister or the owner.
    function removeFromAllowlist(address operator) external onlyWhitelister {
        if (!_allowlisted[operator]) revert NotAllowlisted(operator);
        _setAllowlisted(operator, false);
    }

    // ---------------------------------------------------------------- internals

    function _raise(Alert memory a) private {
        if (a.invalidOutputRoot == a.expectOutputRoot) revert RootsEqual(a.expectOutputRoot);
        if (a.expectOutputRoot == bytes32(0)) revert ZeroOutputRoot();
        if (provedOutputRoots[a.l2BlockNumber] == a.expectOutputRoot) {
            revert AlreadyProved(a.l2BlockNumber, a.expectOutputRoot);
        }
        Alert memory pending = _pending;
        if (pending.submitter != address(0)) {
            if (a.l2BlockNumber >= pending.l2BlockNumber && pendingAlertLive()) {
                revert AlertNotEarliest(a.l2BlockNumber, pending.l2BlockNumber);
            }
            emit AlertSuperseded(pending.l2BlockNumber, a.l2BlockNumber);
        }
        _pending = a;
        emit AlertRaised(a.l2BlockNumber, a.submitter, a.invalidOutputRoot, a.expectOutputRoot, a.fromOracle, a.outputIndex);
    }

    /// @dev Decodes the guest's journal: exactly JOURNAL_LENGTH bytes of abi.encode(Journal). The only place the
    ///      journal's encoding is known; submitProve checks the decoded fields against the pending alert and always
    ///      verifies the proof over sha256 of the journal bytes as given. Virtual so that a test deployment can map
    ///      a real receipt's journal (committed by another guest) to the alert it settles
    ///      (test/doubles/ZkManagerFixedJournal.sol).
    function _decodeJournal(bytes calldata journal) internal view virtual returns (Journal memory) {
        if (journal.length != JOURNAL_LENGTH) revert InvalidJournalLength(journal.length);
        return abi.decode(journal, (Journal));
    }

    function _checkJournal(Journal memory j, Alert memory a) private view {
        if (j.rollupChainID != rollupChainID) revert JournalRollupMismatch(j.rollupChainID, rollupChainID);
        if (j.l2BlockNumber != a.l2BlockNumber) revert JournalBlockMismatch(j.l2BlockNumber, a.l2BlockNumber);
        if (j.outputRoot != a.expectOutputRoot) revert JournalOutputRootMismatch(j.outputRoot, a.expectOutputRoot);
        if (j.checkpointL2Block >= j.l2BlockNumber) revert CheckpointNotBeforeAlert(j.checkpointL2Block, j.l2BlockNumber);
    }

    /// @dev The checkpoint is accepted if it is the oracle's output at `index` or a root proved here earlier. The
    ///      oracle is read first, in one call (getL2Output reverts past the end, as OP's does): that is where
    ///      checkpoints usually come from, and it spares a cold read of provedOutputRoots on every such proof. The
    ///      latest index is read only to explain a failure.
    function _checkCheckpoint(uint256 index, bytes32 root, uint256 l2Block) private view {
        try l2OutputOracle.getL2Output(index) returns (IL2OutputOracle.OutputProposal memory output) {
            if (output.outputRoot == root && output.l2BlockNumber == l2Block) return;
        } catch {
            if (!_isProvedRoot(root, l2Block)) revert OutputIndexOutOfRange(index, l2OutputOracle.latestOutputIndex());
            return;
        }
        if (!_isProvedRoot(root, l2Block)) revert CheckpointNotAccepted(index, root, l2Block);
    }

    function _isProvedRoot(bytes32 root, uint256 l2Block) private view returns (bool) {
        return root != bytes32(0) && provedOutputRoots[l2Block] == root;
    }

    function _oracleOutput(uint256 index) private view returns (IL2OutputOracle.OutputProposal memory) {
        uint256 latest = l2OutputOracle.latestOutputIndex();
        if (index > latest) revert OutputIndexOutOfRange(index, latest);
        return l2OutputOracle.getL2Output(index);
    }

    function _setAllowlisted(address operator, bool allowed) private {
        if (operator == address(0)) revert ZeroAddress();
        _allowlisted[operator] = allowed;
        emit OperatorAllowlisted(operator, allowed);
    }

    function _setVerifier(IRiscZeroVerifier newVerifier) private {
        if (address(newVerifier) == address(0)) revert ZeroAddress();
        emit VerifierChanged(address(verifier), address(newVerifier));
        verifier = newVerifier;
    }

    function _setImageId(bytes32 newImageId) private {
        if (newImageId == bytes32(0)) revert InvalidImageId();
        emit ImageIdChanged(imageId, newImageId);
        imageId = newImageId;
    }

    function _setProveWindow(uint64 window) private {
        if (window == 0) revert InvalidProveWindow();
        emit ProveWindowChanged(proveWindow, window);
        proveWindow = window;
    }

    function _setWhitelister(address newWhitelister) private {
        if (newWhitelister == address(0)) revert ZeroAddress();
        emit WhitelisterChanged(whitelister, newWhitelister);
        whitelister = newWhitelister;
    }

    uint256[41] private __gap;
}
