// Writes a copy of eigensdk-go's M2 anvil state that anvil 1.7.1 loads: anvil rejects the state's recorded blocks,
// so the copy keeps the accounts (code, storage, balances) and starts from block 0, its block environment too.
// Usage: node anvil-state.js <contracts-deployed-anvil-state.json> <out.json>
"use strict";
const fs = require("fs");
const [src, dst] = process.argv.slice(2);
if (!src || !dst) {
  console.error("usage: node anvil-state.js <contracts-deployed-anvil-state.json> <out.json>");
  process.exit(2);
}
const state = JSON.parse(fs.readFileSync(src, "utf8"));
if (!state.accounts || typeof state.accounts !== "object") {
  console.error(`${src}: no accounts: not an anvil state dump`);
  process.exit(1);
}
state.blocks = [];
state.best_block_number = "0x0";
// The pending block's environment must agree: with the dump's block number kept, contracts would record
// block.number far above the chain's head (EigenLayer's registries then see their quorums "in the future").
if (state.block) state.block.number = "0x0";
fs.writeFileSync(dst, JSON.stringify(state));
console.log(`${dst}: ${Object.keys(state.accounts).length} accounts`);
