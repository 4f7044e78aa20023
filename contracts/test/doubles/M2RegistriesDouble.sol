// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BN254} from "../../src/libraries/BN254.sol";
import {
    IRegistryCoordinator,
    IBLSApkRegistry,
    IStakeRegistry,
    IDelegationManager,
    StrategyParams,
    SignatureWithSaltAndExpiry
} from "../../src/interfaces/IEigenLayerM2.sol";

interface IServiceManagerHooks {
    function registerOperatorToAVS(address operator, SignatureWithSaltAndExpiry memory sig) external;
    function deregisterOperatorFromAVS(address operator) external;
}

/// @notice Test double of EigenLayer M2's RegistryCoordinator, BLSApkRegistry, StakeRegistry and
///         DelegationManager in one contract: the same history semantics (an entry is valid at block b when
///         updateBlock <= b < nextUpdateBlock, or it is the latest), so wrong indices and wrong reference blocks
///         revert as they do on M2. Only for forge tests; Go tests run against the real M2 bytecode.
contract M2RegistriesDouble is IRegistryCoordinator, IBLSApkRegistry, IStakeRegistry, IDelegationManager {
    using BN254 for BN254.G1Point;

    struct BitmapUpdate {
        uint192 bitmap;
        uint32 updateBlock;
        uint32 nextUpdateBlock;
    }

    struct ApkUpdate {
        bytes24 apkHash;
        uint32 updateBlock;
        uint32 nextUpdateBlock;
    }

    struct StakeUpdate {
        uint96 stake;
        uint32 updateBlock;
        uint32 nextUpdateBlock;
    }

    error WrongHistoryIndex();

    uint8 public quorumCount = 1;
    uint256 public minWithdrawalDelayBlocks = 50;
    IServiceManagerHooks public serviceManager;
    mapping(uint8 => uint256) public quorumUpdateBlockNumber;
    mapping(bytes32 => BitmapUpdate[]) internal bitmapHistory;
    mapping(uint8 => ApkUpdate[]) internal apkHistory;
    mapping(uint8 => BN254.G1Point) public currentApk;
    mapping(uint8 => mapping(bytes32 => StakeUpdate[])) internal stakeHistory;
    mapping(uint8 => StakeUpdate[]) internal totalStakeHistory;
    mapping(address => bytes32) public operatorIds;
    mapping(uint8 => address[]) internal strategies;

    function setServiceManager(IServiceManagerHooks sm) external {
        serviceManager = sm;
    }

    function setQuorumCount(uint8 count) external {
        quorumCount = count;
    }

    function setMinWithdrawalDelayBlocks(uint256 blocks) external {
        minWithdrawalDelayBlocks = blocks;
    }

    function setQuorumUpdateBlockNumber(uint8 quorum, uint256 blockNumber) external {
        quorumUpdateBlockNumber[quorum] = blockNumber;
    }

    function addStrategy(uint8 quorum, address strategy) external {
        strategies[quorum].push(strategy);
    }

    /// @notice Registers `operator` (key `pk`) in quorum 0 with `stake` at the current block.
    function registerOperator(address operator, BN254.G1Point memory pk, uint96 stake) external {
        bytes32 id = pk.hashG1Point();
        operatorIds[operator] = id;
        _pushBitmap(id, 1);
        currentApk[0] = currentApk[0].plus(pk);
        _pushApk(0, currentApk[0].hashG1Point());
        _pushStake(stakeHistory[0][id], stake);
        _pushStake(totalStakeHistory[0], _latest(totalStakeHistory[0]) + stake);
        if (address(serviceManager) != address(0)) {
            serviceManager.registerOperatorToAVS(operator, SignatureWithSaltAndExpiry("", bytes32(0), 0));
        }
    }

    /// @notice Removes `operator` (key `pk`) from quorum 0 at the current block.
    function deregisterOperator(address operator, BN254.G1Point memory pk) external {
        bytes32 id = pk.hashG1Point();
        _pushBitmap(id, 0);
        currentApk[0] = currentApk[0].plus(pk.negate());
        _pushApk(0, currentApk[0].hashG1Point());
        uint96 stake = _latest(stakeHistory[0][id]);
        _pushStake(stakeHistory[0][id], 0);
        _pushStake(totalStakeHistory[0], _latest(totalStakeHistory[0]) - stake);
        if (address(serviceManager) != address(0)) serviceManager.deregisterOperatorFromAVS(operator);
    }

    // ------------------------------------------------ index lookups (what OperatorStateRetriever does on M2)

    function bitmapIndexAt(bytes32 id, uint32 blockNumber) external view returns (uint32) {
        return _findBitmap(bitmapHistory[id], blockNumber);
    }

    function apkIndexAt(uint8 quorum, uint32 blockNumber) external view returns (uint32) {
        ApkUpdate[] storage h = apkHistory[quorum];
        for (uint256 i = h.length; i > 0; i--) {
            if (h[i - 1].updateBlock <= blockNumber) return uint32(i - 1);
        }
        revert WrongHistoryIndex();
    }

    function stakeIndexAt(uint8 quorum, bytes32 id, uint32 blockNumber) external view returns (uint32) {
        return _findStake(stakeHistory[quorum][id], blockNumber);
    }

    function totalStakeIndexAt(uint8 quorum, uint32 blockNumber) external view returns (uint32) {
        return _findStake(totalStakeHistory[quorum], blockNumber);
    }

    // ------------------------------------------------ M2 interfaces

    function getOperatorId(address operator) external view returns (bytes32) {
        return operatorIds[operator];
    }

    function getCurrentQuorumBitmap(bytes32 operatorId) external view returns (uint192) {
        BitmapUpdate[] storage h = bitmapHistory[operatorId];
        return h.length == 0 ? 0 : h[h.length - 1].bitmap;
    }

    function getQuorumBitmapAtBlockNumberByIndex(bytes32 operatorId, uint32 blockNumber, uint256 index)
        external
        view
        returns (uint192)
    {
        BitmapUpdate storage u = bitmapHistory[operatorId][index];
        if (u.updateBlock > blockNumber || (u.nextUpdateBlock != 0 && u.nextUpdateBlock <= blockNumber)) {
            revert WrongHistoryIndex();
        }
        return u.bitmap;
    }

    function blsApkRegistry() external view returns (address) {
        return address(this);
    }

    function stakeRegistry() external view returns (address) {
        return address(this);
    }

    function indexRegistry() external view returns (address) {
        return address(this);
    }

    function getApkHashAtBlockNumberAndIndex(uint8 quorumNumber, uint32 blockNumber, uint256 index)
        external
        view
        returns (bytes24)
    {
        ApkUpdate storage u = apkHistory[quorumNumber][index];
        if (u.updateBlock > blockNumber || (u.nextUpdateBlock != 0 && u.nextUpdateBlock <= blockNumber)) {
            revert WrongHistoryIndex();
        }
        return u.apkHash;
    }

    function delegation() external view returns (address) {
        return address(this);
    }

    function strategyParamsLength(uint8 quorumNumber) external view returns (uint256) {
        return strategies[quorumNumber].length;
    }

    function strategyParamsByIndex(uint8 quorumNumber, uint256 index) external view returns (StrategyParams memory) {
        return StrategyParams(strategies[quorumNumber][index], 1e18);
    }

    function getTotalStakeAtBlockNumberFromIndex(uint8 quorumNumber, uint32 blockNumber, uint256 index)
        external
        view
        returns (uint96)
    {
        return _stakeAt(totalStakeHistory[quorumNumber], blockNumber, index);
    }

    function getStakeAtBlockNumberAndIndex(uint8 quorumNumber, uint32 blockNumber, bytes32 operatorId, uint256 index)
        external
        view
        returns (uint96)
    {
        return _stakeAt(stakeHistory[quorumNumber][operatorId], blockNumber, index);
    }

    // ------------------------------------------------ internals

    function _stakeAt(StakeUpdate[] storage h, uint32 blockNumber, uint256 index) private view returns (uint96) {
        StakeUpdate storage u = h[index];
        if (u.updateBlock > blockNumber || (u.nextUpdateBlock != 0 && u.nextUpdateBlock <= blockNumber)) {
            revert WrongHistoryIndex();
        }
        return u.stake;
    }

    function _pushBitmap(bytes32 id, uint192 bitmap) private {
        BitmapUpdate[] storage h = bitmapHistory[id];
        if (h.length > 0 && h[h.length - 1].updateBlock == block.number) {
            h[h.length - 1].bitmap = bitmap;
            return;
        }
        if (h.length > 0) h[h.length - 1].nextUpdateBlock = uint32(block.number);
        h.push(BitmapUpdate(bitmap, uint32(block.number), 0));
    }

    function _pushApk(uint8 quorum, bytes32 hash) private {
        ApkUpdate[] storage h = apkHistory[quorum];
        if (h.length > 0 && h[h.length - 1].updateBlock == block.number) {
            h[h.length - 1].apkHash = bytes24(hash);
            return;
        }
        if (h.length > 0) h[h.length - 1].nextUpdateBlock = uint32(block.number);
        h.push(ApkUpdate(bytes24(hash), uint32(block.number), 0));
    }

    function _pushStake(StakeUpdate[] storage h, uint96 stake) private {
        if (h.length > 0 && h[h.length - 1].updateBlock == block.number) {
            h[h.length - 1].stake = stake;
            return;
        }
        if (h.length > 0) h[h.length - 1].nextUpdateBlock = uint32(block.number);
        h.push(StakeUpdate(stake, uint32(block.number), 0));
    }

    function _latest(StakeUpdate[] storage h) private view returns (uint96) {
        return h.length == 0 ? 0 : h[h.length - 1].stake;
    }

    function _findBitmap(BitmapUpdate[] storage h, uint32 blockNumber) private view returns (uint32) {
        for (uint256 i = h.length; i > 0; i--) {
            if (h[i - 1].updateBlock <= blockNumber) return uint32(i - 1);
        }
        revert WrongHistoryIndex();
    }

    function _findStake(StakeUpdate[] storage h, uint32 blockNumber) private view returns (uint32) {
        for (uint256 i = h.length; i > 0; i--) {
            if (h[i - 1].updateBlock <= blockNumber) return uint32(i - 1);
        }
        revert WrongHistoryIndex();
    }
}
