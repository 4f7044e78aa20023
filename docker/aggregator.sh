#!/bin/sh
# The aggregator. Its key must be the deployment's alert confirmer: mach deploy made the deployer (anvil's first dev
# key, MACH_AGGREGATOR_PRIVATE_KEY) the confirmer, so that key goes into the aggregator's keystore.
set -eu
if [ ! -s /data/keys/aggregator.json ]; then
  mach keys import --type ecdsa --out /data/keys/aggregator.json --key-env MACH_AGGREGATOR_PRIVATE_KEY
fi
unset MACH_AGGREGATOR_PRIVATE_KEY
exec mach aggregator --config /opt/mach/docker/config/aggregator.yaml
