// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Test, console} from "../utils/Test.sol";
import {TransparentUpgradeableProxy} from "@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol";

import {BN254} from "../../src/libraries/BN254.sol";
import {AlertHash} from "../../src/libraries/AlertHash.sol";
import {PauserRegistry} from "../../src/PauserRegistry.sol";
import {MachServiceManager} from "../../src/bls/MachServiceManager.sol";
import {BLSSignatureChecker} from "../../src/bls/BLSSignatureChecker.sol";
import {
    IAVSDirectory,
    IBLSApkRegistry,
    IDelegationManager,
    IPauserRegistry,
    IRegistryCoordinator,
    IStakeRegistry
} from "../../src/interfaces/IEigenLayerM2.sol";
import {M2RegistriesDouble, IServiceManagerHooks} from "../doubles/M2RegistriesDouble.sol";
import {AVSDirectoryDouble} from "../doubles/AVSDirectoryDouble.sol";

/// @notice Deploys MachServiceManager behind a proxy on M2 registry doubles and builds signatures from the
///         Go-generated operator fixtures (contracts/test/fixtures/bls_operators.json).
abstract contract MachTestBase is Test {
    using BN254 for BN254.G1Point;

    uint256 internal constant ROLLUP = 901;
    address internal owner = address(0xA11CE);
    address internal confirmer = address(0xC0FF1E);
    address internal whitelisterAddr = address(0x3417E);
    address internal pauser = address(0x9A05E);
    address internal unpauserAddr = address(0x04A05E);
    address internal stranger = address(0xBAD);

    M2RegistriesDouble internal registries;
    AVSDirectoryDouble internal avsDirectory;
    PauserRegistry internal pauserRegistry;
    MachServiceManager internal impl;
    MachServiceManager internal sm;
    string internal fixture;

    /// @dev Block at which fixtures' operators were registered.
    uint256 internal registrationBlock;

    function setUp() public virtual {
        fixture = vm.readFile("test/fixtures/bls_operators.json");
        vm.roll(100);
        registries = new M2RegistriesDouble();
        avsDirectory = new AVSDirectoryDouble();
        address[] memory pausers = new address[](1);
        pausers[0] = pauser;
        pauserRegistry = new PauserRegistry(pausers, unpauserAddr);
        impl = new MachServiceManager(
            IAVSDirectory(address(avsDirectory)),
            IRegistryCoordinator(address(registries)),
            IStakeRegistry(address(registries)),
            IBLSApkRegistry(address(registries)),
            IDelegationManager(address(registries))
        );
        sm = MachServiceManager(
            address(
                new TransparentUpgradeableProxy(
                    address(impl), owner, abi.encodeCall(MachServiceManager.initialize, (defaultInit()))
                )
            )
        );
        registries.setServiceManager(IServiceManagerHooks(address(sm)));
    }

    function defaultInit() internal view returns (MachServiceManager.InitParams memory p) {
        uint256[] memory rollups = new uint256[](1);
        rollups[0] = ROLLUP;
        p = MachServiceManager.InitParams({
            owner: owner,
            alertConfirmer: confirmer,
            whitelister: whitelisterAddr,
            pauserRegistry: IPauserRegistry(address(pauserRegistry)),
            initialPausedStatus: 0,
            rollupChainIDs: rollups,
            quorumThresholdPercentage: 67,
            maxReferenceBlockAge: 300,
            staleStakesForbidden: false,
            allowlistEnabled: false
        });
    }

    // ------------------------------------------------------------ fixture access

    function operatorKey(uint256 i) internal view returns (uint256) {
        return vm.parseJsonUint(fixture, string.concat(".operators[", vm.toString(i), "].secretKey"));
    }

    function operatorG1(uint256 i) internal view returns (BN254.G1Point memory) {
        string memory k = string.concat(".operators[", vm.toString(i), "].g1");
        return BN254.G1Point(vm.parseJsonUint(fixture, string.concat(k, ".x")), vm.parseJsonUint(fixture, string.concat(k, ".y")));
    }

    function operatorStake(uint256 i) internal view returns (uint96) {
        return uint96(vm.parseJsonUint(fixture, string.concat(".operators[", vm.toString(i), "].stake")));
    }

    function operatorAddr(uint256 i) internal pure returns (address) {
        return address(uint160(0x10000 + i));
    }

    /// @dev Aggregate G2 key of operators [k, n) (the first k do not sign), from the fixture's signer sets.
    function signerApkG2(uint256 n, uint256 k) internal view returns (BN254.G2Point memory apk) {
        uint256 count = 13;
        for (uint256 s = 0; s < count; s++) {
            string memory p = string.concat(".signerSets[", vm.toString(s), "]");
            if (
                vm.parseJsonUint(fixture, string.concat(p, ".operators")) == n
                    && vm.parseJsonUint(fixture, string.concat(p, ".nonSigners")) == k
            ) {
                uint256[] memory x = vm.parseJsonUintArray(fixture, string.concat(p, ".apkG2.x"));
                uint256[] memory y = vm.parseJsonUintArray(fixture, string.concat(p, ".apkG2.y"));
                return BN254.G2Point([x[0], x[1]], [y[0], y[1]]);
            }
        }
        revert("fixture has no such signer set; add it to internal/blsfixture");
    }

    // ------------------------------------------------------------ operators and signatures

    /// @dev Registers operators [0, n) at the current block, then moves one block on.
    function registerOperators(uint256 n) internal {
        for (uint256 i = 0; i < n; i++) {
            registries.registerOperator(operatorAddr(i), operatorG1(i), operatorStake(i));
        }
        registrationBlock = block.number;
        vm.roll(block.number + 1);
    }

    /// @dev BLS signature of `digest` by operators [from, to): H(digest) · Σ sk.
    function aggregateSign(bytes32 digest, uint256 from, uint256 to) internal view returns (BN254.G1Point memory) {
        uint256 sum = 0;
        for (uint256 i = from; i < to; i++) {
            sum = addmod(sum, operatorKey(i), BN254.FR_MODULUS);
        }
        return BN254.hashToG1(digest).scalarMul(sum);
    }

    /// @dev Signature params for operators [0, n) where the first k (smallest stakes) did not sign, at `ref`.
    function buildParams(bytes32 digest, uint256 n, uint256 k, uint32 ref)
        internal
        view
        returns (BLSSignatureChecker.NonSignerStakesAndSignature memory p)
    {
        p.sigma = aggregateSign(digest, k, n);
        p.apkG2 = signerApkG2(n, k);
        p = withIndices(p, n, k, ref);
    }

    /// @dev Fills apk, non-signer and stake-history hints for operators [0, n) with [0, k) as non-signers.
    function withIndices(BLSSignatureChecker.NonSignerStakesAndSignature memory p, uint256 n, uint256 k, uint32 ref)
        internal
        view
        returns (BLSSignatureChecker.NonSignerStakesAndSignature memory)
    {
        p.nonSignerPubkeys = new BN254.G1Point[](k);
        p.nonSignerQuorumBitmapIndices = new uint32[](k);
        bytes32[] memory ids = new bytes32[](k);
        for (uint256 j = 0; j < k; j++) {
            p.nonSignerPubkeys[j] = operatorG1(j);
            ids[j] = p.nonSignerPubkeys[j].hashG1Point();
        }
        // Sort by operator id, as the checker requires.
        for (uint256 a = 1; a < k; a++) {
            for (uint256 b = a; b > 0 && uint256(ids[b]) < uint256(ids[b - 1]); b--) {
                (ids[b], ids[b - 1]) = (ids[b - 1], ids[b]);
                (p.nonSignerPubkeys[b], p.nonSignerPubkeys[b - 1]) = (p.nonSignerPubkeys[b - 1], p.nonSignerPubkeys[b]);
            }
        }
        p.nonSignerStakeIndices = new uint32[][](1);
        p.nonSignerStakeIndices[0] = new uint32[](k);
        for (uint256 j = 0; j < k; j++) {
            p.nonSignerQuorumBitmapIndices[j] = registries.bitmapIndexAt(ids[j], ref);
            p.nonSignerStakeIndices[0][j] = registries.stakeIndexAt(0, ids[j], ref);
        }
        p.quorumApks = new BN254.G1Point[](1);
        p.quorumApks[0] = apkAt(n);
        p.quorumApkIndices = new uint32[](1);
        p.quorumApkIndices[0] = registries.apkIndexAt(0, ref);
        p.totalStakeIndices = new uint32[](1);
        p.totalStakeIndices[0] = registries.totalStakeIndexAt(0, ref);
        return p;
    }

    /// @dev G1 aggregate key of operators [0, n).
    function apkAt(uint256 n) internal view returns (BN254.G1Point memory apk) {
        for (uint256 i = 0; i < n; i++) {
            apk = apk.plus(operatorG1(i));
        }
    }

    function header(bytes32 messageHash, uint32 ref) internal pure returns (MachServiceManager.AlertHeader memory) {
        return header(messageHash, ref, ROLLUP);
    }

    function header(bytes32 messageHash, uint32 ref, uint256 rollup)
        internal
        pure
        returns (MachServiceManager.AlertHeader memory)
    {
        return MachServiceManager.AlertHeader({
            messageHash: messageHash,
            quorumNumbers: hex"00",
            quorumThresholdPercentages: hex"43", // 67
            referenceBlockNumber: ref,
            rollupChainID: rollup
        });
    }

    function sampleAlert(uint256 salt) internal pure returns (bytes32) {
        return AlertHash.blockMismatch(keccak256(abi.encode("invalid", salt)), keccak256(abi.encode("expect", salt)), 100 + salt);
    }

    /// @dev Signs and confirms an alert for `rollup` with operators [0, n), the first k not signing.
    function confirm(bytes32 messageHash, uint256 rollup, uint256 n, uint256 k) internal returns (uint256 gasUsed) {
        uint32 ref = uint32(block.number - 1);
        bytes32 digest = sm.alertDigest(rollup, messageHash, ref);
        BLSSignatureChecker.NonSignerStakesAndSignature memory p = buildParams(digest, n, k, ref);
        MachServiceManager.AlertHeader memory h = header(messageHash, ref, rollup);
        vm.prank(confirmer);
        sm.confirmAlert(h, p);
        gasUsed = vm.lastCallGas().gasTotalUsed;
    }

    function logGas(string memory label, uint256 gasUsed) internal view {
        console.log(label, gasUsed);
    }
}
