package networks

// The address book itself. Addresses are kept as the EIP-55 checksummed
// strings the sources give, so the tests can check each literal's checksum and
// catch a mistyped character. Where a source gives an address in lower case,
// the literal is its checksummed form (noted next to it).
//
// Commits cited below (full hashes):
//
//	alt-research/mach-avs
//	  D2  = 3b90b498c2f9379d488608beb3aadeac4e0cff6d  docs/Deployments.md (newest version read)
//	  D1  = 01576b6d44fd7a8c74fe2107d295e5f4f2f22e58  docs/Deployments.md (older: no DODOchain, no registry)
//	  AA  = 4fb927787a8d81aa50c979ae08bce12cacfadfef  docs/avs-details/mainnet/altlayer.md (block 22244692, 2025-04-11)
//	  AX  = 5eb1eb422b162fc1d4bc76fe9aa7b5316067ad0a  docs/avs-details/mainnet/xterio.md (block 22244692, 2025-04-11)
//	  AD  = 74a607f336a2e7cb96897830b3d3bc3515063000  docs/avs-details/mainnet/dodochain.md, gm-network.md (block 22395872, 2025-05-02)
//	  AC  = 412cc16da44f87cd269bf76a9aa03d8dfc8b6098  docs/avs-details/mainnet/cyber.md, soneium.md (block 22395872, 2025-05-02)
//	  AH  = bb190d91e59d852955abcc6337344544ea63c3bb  docs/avs-details/holesky/altlayer.md (block 3654014, 2025-04-11)
//	  GM  = f57c857494de48e7873f2a160fdb65126681199b  contracts/script/output/machavs_deploy_gm_network_output.mainnet.json
//	  SB  = d10324314666607dcfc8f65b2f920d7b4a0f15c1  contracts/broadcast/MachServiceManagerDeployer.s.sol/1/run-1743407366.json
//	  PM  = 4a2abaf11d6bd833bcf221500d338513a9129bb9  contracts/script/input/parameters.json (mainnet)
//	  PH  = 486c5f12ce80b43bc52c1cbd596c4f9bcd852bc0  contracts/script/input/parameters.holesky.json
//	alt-research/mach-avs-operator-setup
//	  OA  = 3d9f270e515cf918112efa03b49550d267451e97  ethereum/mach-avs/altlayer-multi-mach/configs/avs_configs.json
//	  OX  = 47a79a7b9af1b896e9a2f52e1714c110598fb087  ethereum/mach-avs/xterio/.env.example
//	  OD  = 47deb417483254b07bb0f90e52f8c8a2537f8972  ethereum/mach-avs/dodochain/.env.example
//	  OC  = 9df17b615cc48115e83bead11a0a8756ee5e84da  ethereum/mach-avs/cyber/configs/avs_configs.json
//	  OG  = 9d3b0db30dc79706666d263210627565f20f81a1  ethereum/mach-avs/gmnetwork/configs/avs_configs.json
//	  OS  = f39cd8eefd5faec9b182b0c0da0ec5b4cbca8e91  ethereum/mach-avs/soneium/configs/avs_configs.json
//	  OH  = 51e9bc8abdc33ca0ed182014ad671c492d238751  holesky/mach-avs/altlayer-multi-mach/configs/avs_configs.json
//	  OHX = 5c720dfd22d56b902a20b53e38a68d20ce9130a1  holesky/mach-avs/generic/configs/avs_configs.json

const (
	srcDeployments = "alt-research/mach-avs docs/Deployments.md @ 3b90b498c2f9379d488608beb3aadeac4e0cff6d"
)

type rawAddresses struct {
	proxyAdmin             string
	machServiceManager     string
	registryCoordinator    string
	blsApkRegistry         string
	indexRegistry          string
	stakeRegistry          string
	operatorStateRetriever string
	pauserRegistry         string
}

type rawDeployment struct {
	name    string
	network string
	chainID uint64
	addrs   rawAddresses
	source  string
}

type rawNetwork struct {
	name                       string
	chainID                    uint64
	delegationManager          string
	avsDirectory               string
	strategyManager            string
	machServiceManagerRegistry string
	source                     string
}

// deploymentTable returns a fresh copy of the deployment records.
func deploymentTable() []rawDeployment {
	return []rawDeployment{
		// AltLayer MACH, Ethereum mainnet.
		// Primary: D2 "Mainnet / AltLayer Mach AVS" (same in D1).
		// Agrees: AA (all but OperatorStateRetriever); OA (RegistryCoordinator,
		// OperatorStateRetriever, ServiceManager).
		{
			name:    "altlayer-mainnet",
			network: NetworkMainnet,
			chainID: ChainIDMainnet,
			addrs: rawAddresses{
				proxyAdmin:             "0xba9aC2c9d1Fc2Ba22f3709EC073757777447bb5B",
				machServiceManager:     "0x71a77037870169d47aad6c2C9360861A4C0df2bF",
				registryCoordinator:    "0x561be1AB42170a19f31645F774e6e3862B2139AA",
				blsApkRegistry:         "0xF9f34Bc6309A52c266881066e8c58fbF562D442c",
				indexRegistry:          "0x1BE83d6CE83bC516630afE535F36652A1511779B",
				stakeRegistry:          "0x49296A7D4a76888370CB377CD909Cc73a2f71289",
				operatorStateRetriever: "0x8Ad765474f86FFb0A742041427383b524192b71f",
				pauserRegistry:         "0xcCC62915256c7137aaD62d5E4385fc737264D2B1",
			},
			source: srcDeployments + " (Mainnet / AltLayer Mach AVS)",
		},
		// Xterio MACH, Ethereum mainnet.
		// Primary: D2 "Mainnet / Xterio Mach AVS" (same in D1).
		// Agrees: AX (all but OperatorStateRetriever); OX (RegistryCoordinator,
		// OperatorStateRetriever).
		{
			name:    "xterio-mainnet",
			network: NetworkMainnet,
			chainID: ChainIDMainnet,
			addrs: rawAddresses{
				proxyAdmin:             "0x185416d7B186d2D9474c9877eaf1C28dD0d7FB43",
				machServiceManager:     "0x6026b61bDD2252160691CB3F6005B6B72E0Ec044",
				registryCoordinator:    "0x6e32dD4169825337B54236b9355910b83E51e5a8",
				blsApkRegistry:         "0xF8388C2D74fAde1C8367Cb9E419e395dB4c5FA75",
				indexRegistry:          "0x15637782bdcdf9FC282EE592d333c63C1d6D2536",
				stakeRegistry:          "0x681b76916fdecc07705b91e032D435f03B678C76",
				operatorStateRetriever: "0x342D475f3ae36e0CFBF19c222f203048446955b6",
				pauserRegistry:         "0x895Dd27289096722c389Cb3fd99aF2750190a48a",
			},
			source: srcDeployments + " (Mainnet / Xterio Mach AVS)",
		},
		// DODOchain MACH, Ethereum mainnet.
		// Primary: D2 "Mainnet / DODOchain MACH AVS" (absent from the older D1).
		// Agrees: AD dodochain.md (all but OperatorStateRetriever); OD
		// (RegistryCoordinator, OperatorStateRetriever).
		{
			name:    "dodochain-mainnet",
			network: NetworkMainnet,
			chainID: ChainIDMainnet,
			addrs: rawAddresses{
				proxyAdmin:             "0x25f8f07D6fdB1B4799169c983624708E33A96571",
				machServiceManager:     "0xd50E0931703302B080880C45148F5D83ea66aE2a",
				registryCoordinator:    "0xCa7f0a65f82230691580F41876161E6282460F29",
				blsApkRegistry:         "0x69Ad83345f2AA1D95DC5f2539756e1858b6e8C57",
				indexRegistry:          "0xae60938bba94605DC759708A56Fbf99E8Bd9A3Dd",
				stakeRegistry:          "0xC4b21787131bCA9898e1B52EE6F6F23B126698D8",
				operatorStateRetriever: "0x1d6F6af4464BDb3f2977d4A3EFC29A60d362D20B",
				pauserRegistry:         "0x201FD6D35580b6e35e4009965C39E55ba1a5E35B",
			},
			source: srcDeployments + " (Mainnet / DODOchain MACH AVS)",
		},
		// Cyber MACH, Ethereum mainnet.
		// Primary: D2 "Mainnet / Cyber Mach AVS" (same in D1).
		// Agrees: AC cyber.md (all but OperatorStateRetriever); OC
		// (RegistryCoordinator, OperatorStateRetriever, ServiceManager).
		{
			name:    "cyber-mainnet",
			network: NetworkMainnet,
			chainID: ChainIDMainnet,
			addrs: rawAddresses{
				proxyAdmin:             "0x4d6880586B12A97A63926A277b1b795296E05678",
				machServiceManager:     "0x1F2c296448f692af840843d993fFC0546619Dcdb",
				registryCoordinator:    "0x118610D207A32f10F4f7C3a1FEFac5b3327c2bad",
				blsApkRegistry:         "0x3C50ed3802fd033cFC2b48127aC92E7f44b57f54",
				indexRegistry:          "0xeEE55E8f3d25d8f998ae365a8D6b121E37d5c01f",
				stakeRegistry:          "0x52e5d46AdbfCf925d9aBA79D21be70e3098fD70f",
				operatorStateRetriever: "0xD74D895d3fcC7cDb0E48D3bD0eFF613D1f513d82",
				pauserRegistry:         "0xFAd89a10cF7b870239f5259631D859c963B6C17a",
			},
			source: srcDeployments + " (Mainnet / Cyber Mach AVS)",
		},
		// GM Network MACH, Ethereum mainnet. Not in any Deployments.md read.
		// Primary: GM (deploy output, "object": "GM Network MACH", all eight).
		// Agrees: AD gm-network.md (all but OperatorStateRetriever); OG
		// (RegistryCoordinator, OperatorStateRetriever, ServiceManager).
		{
			name:    "gmnetwork-mainnet",
			network: NetworkMainnet,
			chainID: ChainIDMainnet,
			addrs: rawAddresses{
				proxyAdmin:             "0xedcB095d4f59A3f4f3a605f758Df188a175390cB",
				machServiceManager:     "0xb3AcAF09a1B801E36655B786da4EAA6aE9F5DC37",
				registryCoordinator:    "0xDc7e13f1A2Bd0346D741E932CaA341AB6EC21e92",
				blsApkRegistry:         "0x6A699E05d9a8BC9109EA149a9c6C015A92e7d13B",
				indexRegistry:          "0xC924cC3184C968eb9F6cf4bDB3aC18Df431a00cC",
				stakeRegistry:          "0xBd334A295816C03cbD466F64483389Aba7ABF70f",
				operatorStateRetriever: "0xCACc7483f5268366EDf9Cb7e9d6eE2fd47Bc3ff9",
				pauserRegistry:         "0x4FE15c4eAa1ab01742b28dabC69f28319f8bAc40",
			},
			source: "alt-research/mach-avs contracts/script/output/machavs_deploy_gm_network_output.mainnet.json @ f57c857494de48e7873f2a160fdb65126681199b",
		},
		// Soneium MACH, Ethereum mainnet. Not in any Deployments.md read.
		// Primary: AC soneium.md (seven contracts; ProxyAdmin given in lower
		// case there, checksummed form as printed in SB's proxy arguments).
		// OperatorStateRetriever: OS (avs_configs.json, which also agrees on
		// RegistryCoordinator and ServiceManager).
		// SB (the 2025-03-31 deploy broadcast) agrees on ProxyAdmin,
		// PauserRegistry and IndexRegistry.
		{
			name:    "soneium-mainnet",
			network: NetworkMainnet,
			chainID: ChainIDMainnet,
			addrs: rawAddresses{
				proxyAdmin:             "0x35a6C67F8a8f812BBc55D1c96e7aE4368D41D0E4",
				machServiceManager:     "0x203b9Acb40DfBB911f1e39C784EAB639418dae04",
				registryCoordinator:    "0x2c23CF71C023CBA700E379c8E73f040c70211D67",
				blsApkRegistry:         "0xD3addB95136bD4c55aFb6fd32bd476e71Eacc464",
				indexRegistry:          "0x8032Be3ed2BE15Ee2FF9553c6D87d5038FB0A14b",
				stakeRegistry:          "0xCD923EFCac76b82686f9729356bC9d88080666A8",
				operatorStateRetriever: "0x6c07bE0A687F0261BB8Bc6dC76c596E9b09Ec7Aa",
				pauserRegistry:         "0xE93Ad70Df0a3159a2E08b4F38bdfeA5532CBb7f7",
			},
			source: "alt-research/mach-avs docs/avs-details/mainnet/soneium.md @ 412cc16da44f87cd269bf76a9aa03d8dfc8b6098; " +
				"OperatorStateRetriever: alt-research/mach-avs-operator-setup ethereum/mach-avs/soneium/configs/avs_configs.json @ f39cd8eefd5faec9b182b0c0da0ec5b4cbca8e91",
		},
		// AltLayer MACH, Holesky. Shared by AltLayer's testnet rollups (OP
		// Sepolia, Arbitrum testnet; operator-setup also points its Xterio,
		// Cyber and GM Network testnet guides here).
		// Primary: D2 "Holesky Testnet / AltLayer Mach AVS" (same in D1).
		// Agrees: AH (all but OperatorStateRetriever); OH (RegistryCoordinator,
		// OperatorStateRetriever, ServiceManager).
		{
			name:    "altlayer-holesky",
			network: NetworkHolesky,
			chainID: ChainIDHolesky,
			addrs: rawAddresses{
				proxyAdmin:             "0x2AB98471C25061C11431EA72F92215DC1d918C64",
				machServiceManager:     "0xAE9a4497dee2540DaF489BeddB0706128a99ec63",
				registryCoordinator:    "0x1eA7D160d325B289bF981e0D7aB6Bf3261a0FFf2",
				blsApkRegistry:         "0x2e9267bAbAdD516471c884D41ED1A1c1D01aeDf3",
				indexRegistry:          "0x6b715bFFf9A6bbD1Eb745B55df8cEd592CbcbB50",
				stakeRegistry:          "0x0b3eE1aDc2944DCcBb817f7d77915C7d38F7B858",
				operatorStateRetriever: "0xBE1c904525910fdB49dB33b4960DF9aC9f603dC7",
				pauserRegistry:         "0x709510e198967ff878041C56866beB43C4196862",
			},
			source: srcDeployments + " (Holesky Testnet / AltLayer Mach AVS)",
		},
		// Xterio MACH, Holesky.
		// Primary: D2 "Holesky Testnet / Xterio Mach AVS" (same in D1).
		// Agrees: OHX ("xterio_mach_avs": RegistryCoordinator,
		// OperatorStateRetriever, ServiceManager). No avs-details page exists
		// for it, and later operator-setup Xterio testnet guides point at
		// altlayer-holesky instead, so it may be retired.
		{
			name:    "xterio-holesky",
			network: NetworkHolesky,
			chainID: ChainIDHolesky,
			addrs: rawAddresses{
				proxyAdmin:             "0xeBaE2a37884e7aeC83c0e69A146e4920c6aAE6Dc",
				machServiceManager:     "0x648e5012D7B30755963755F7dd7Ff03e2F61bF8B",
				registryCoordinator:    "0xC452d0BcEE841EEd2AEe687495558e7a3C6010BE",
				blsApkRegistry:         "0xE0268135fC9202a71810a631CC90266c97AFC156",
				indexRegistry:          "0xe6437C48B45f4333871C2D99ecaB6751f465F1b6",
				stakeRegistry:          "0x6628b0Cc07a6fdB84d660DeF0E74F3C21D78C290",
				operatorStateRetriever: "0x222B52694Ab22AFc155B573baF52C1ed9a26b3f1",
				pauserRegistry:         "0x4eFbD4288119436F91aF2BA199809e82444A4966",
			},
			source: srcDeployments + " (Holesky Testnet / Xterio Mach AVS)",
		},
	}
}

// networkTable returns a fresh copy of the network records.
func networkTable() []rawNetwork {
	return []rawNetwork{
		// EigenLayer core: PM (strategyManager, avsDirectory,
		// delegationManager). MachServiceManagerRegistry: D2 "Mainnet / Mach
		// Service Manager Registry" (given in lower case, checksummed here).
		{
			name:                       NetworkMainnet,
			chainID:                    ChainIDMainnet,
			delegationManager:          "0x39053D51B77DC0d36036Fc1fCc8Cb819df8Ef37A",
			avsDirectory:               "0x135DDa560e946695d6f155dACaFC6f1F25C1F5AF",
			strategyManager:            "0x858646372CC42E1A627fcE94aa7A7033e7CF075A",
			machServiceManagerRegistry: "0x289Dbe6573D6a1dAF00110b5B1b2D8F0a34099C2",
			source: "EigenLayer: alt-research/mach-avs contracts/script/input/parameters.json @ 4a2abaf11d6bd833bcf221500d338513a9129bb9; " +
				"registry: " + srcDeployments,
		},
		// EigenLayer core: PH (strategyManager, avsDirectory,
		// delegationManager). MachServiceManagerRegistry: D2 "Holesky Testnet
		// / Mach Service Manager Registry" (given in lower case, checksummed
		// here).
		{
			name:                       NetworkHolesky,
			chainID:                    ChainIDHolesky,
			delegationManager:          "0xA44151489861Fe9e3055d95adC98FbD462B948e7",
			avsDirectory:               "0x055733000064333CaDDbC92763c58BF0192fFeBf",
			strategyManager:            "0xdfB5f6CE42aAA7830E94ECFCcAd411beF4d4D5b6",
			machServiceManagerRegistry: "0x5C36928D11d7A39641ed520D2213Afc9ec806D71",
			source: "EigenLayer: alt-research/mach-avs contracts/script/input/parameters.holesky.json @ 486c5f12ce80b43bc52c1cbd596c4f9bcd852bc0; " +
				"registry: " + srcDeployments,
		},
	}
}
