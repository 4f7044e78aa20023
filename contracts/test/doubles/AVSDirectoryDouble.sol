// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {IAVSDirectory, SignatureWithSaltAndExpiry} from "../../src/interfaces/IEigenLayerM2.sol";

/// @notice Test double of EigenLayer's AVSDirectory: records what the service manager forwards.
contract AVSDirectoryDouble is IAVSDirectory {
    mapping(address avs => mapping(address operator => bool)) public registered;
    mapping(address avs => string) public metadataURI;

    function registerOperatorToAVS(address operator, SignatureWithSaltAndExpiry memory) external {
        registered[msg.sender][operator] = true;
    }

    function deregisterOperatorFromAVS(address operator) external {
        registered[msg.sender][operator] = false;
    }

    function updateAVSMetadataURI(string calldata uri) external {
        metadataURI[msg.sender] = uri;
    }
}
