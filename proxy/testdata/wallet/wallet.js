// Drives ethers (a real wallet library, pinned in package.json) through the Mach proxy for
// TestProxy_EthersWalletThroughTheBreaker. Usage: node wallet.js <mode> <http-url> <ws-url> <private-key> <chain-id>
//   pass          read a balance, send a transaction and wait for its receipt, watch two new heads over WebSocket
//   write-blocked read a balance, then try to send a transaction (expected to be refused)
//   all-blocked   try to read a balance (expected to be refused)
// Prints one JSON object on stdout; a refused call is reported with the JSON-RPC error ethers received.
'use strict';
const { JsonRpcProvider, WebSocketProvider, Wallet } = require('ethers');

const to = '0x000000000000000000000000000000000000bEEF';

function rpcError(e) {
  const err = e.error || (e.info && e.info.error) || {};
  return { ethersCode: e.code, code: err.code, message: err.message, data: err.data };
}

async function main() {
  const [mode, httpURL, wsURL, key, chainIdArg] = process.argv.slice(2);
  const chainId = Number(chainIdArg);
  const http = new JsonRpcProvider(httpURL, chainId, { staticNetwork: true, pollingInterval: 100 });
  const wallet = new Wallet(key, http);
  const out = { mode };
  try {
    if (mode === 'pass') {
      out.balance = (await http.getBalance(wallet.address)).toString();
      const tx = await wallet.sendTransaction({ to, value: 1n });
      const receipt = await tx.wait(1, 30000);
      out.txHash = tx.hash;
      out.txStatus = receipt.status;
      const ws = new WebSocketProvider(wsURL, chainId, { staticNetwork: true });
      try {
        out.heads = await new Promise((resolve, reject) => {
          const seen = [];
          const timer = setTimeout(() => reject(new Error('no new heads over WebSocket within 20s')), 20000);
          ws.on('block', (n) => {
            seen.push(n);
            if (seen.length >= 2) {
              clearTimeout(timer);
              resolve(seen);
            }
          });
        });
      } finally {
        await ws.destroy(); // an open socket would keep node running
      }
    } else if (mode === 'write-blocked') {
      out.balance = (await http.getBalance(wallet.address)).toString();
      try {
        await wallet.sendTransaction({ to, value: 1n });
        out.sent = true;
      } catch (e) {
        out.error = rpcError(e);
      }
    } else if (mode === 'all-blocked') {
      try {
        out.balance = (await http.getBalance(wallet.address)).toString();
      } catch (e) {
        out.error = rpcError(e);
      }
    } else {
      throw new Error('unknown mode ' + mode);
    }
  } finally {
    http.destroy();
  }
  console.log(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
