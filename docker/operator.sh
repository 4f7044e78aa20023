#!/bin/sh
# One operator: keystores (ECDSA from MACH_OPERATOR_PRIVATE_KEY, an anvil dev key, so it has ETH for gas; BLS
# created once), registration with EigenLayer and the AVS (devnet tokens minted by --dev-mint; skipped when already
# registered), then the signer in the foreground. Keystores live on the operator's own volume at /data/keys.
set -eu
keys=/data/keys
if [ ! -s "$keys/ecdsa.json" ]; then
  mach keys import --type ecdsa --out "$keys/ecdsa.json" --key-env MACH_OPERATOR_PRIVATE_KEY
fi
if [ ! -s "$keys/bls.json" ]; then
  mach keys create --type bls --out "$keys/bls.json"
fi
export MACH_OPERATOR_ECDSA_KEYSTORE="$keys/ecdsa.json" MACH_OPERATOR_BLS_KEYSTORE="$keys/bls.json"
unset MACH_OPERATOR_PRIVATE_KEY
mach operator register --config /opt/mach/docker/config/operator.yaml --dev-mint
exec mach operator signer --config /opt/mach/docker/config/operator.yaml
