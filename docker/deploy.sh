#!/bin/sh
# One-shot: deploys Mach onto the compose L1 (anvil preloaded with EigenLayer M2 core) unless the shared volume
# already holds a deployment. The deployer key (MACH_ECDSA_PRIVATE_KEY) is anvil's first public dev key.
set -eu
out=/deploy/machavs_deploy_output.json
if [ -s "$out" ]; then
  echo "deploy: $out exists; keeping that deployment"
  exit 0
fi
strategy=$(sed -n 's/.*"erc20mockstrategy": *"\(0x[0-9a-fA-F]*\)".*/\1/p' /opt/mach/devnet/token_and_strategy_deployment_output.json)
exec mach deploy --l1 "$MACH_L1_RPC_URL" \
  --el-deployment /opt/mach/devnet/eigenlayer_deployment_output.json --strategy "$strategy" \
  --rollup-chain-ids "${MACH_ROLLUP_CHAIN_IDS:-901}" --allowlist=false --out "$out"
