package l2

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// Traffic adds a deterministic mix of real transactions to a Chain's pool, signed with the chain's dev keys. The
// same seed on a fresh chain gives the same transactions. A Traffic is safe for concurrent use, but two Traffics
// (or other senders) on the same keys race for nonces.
type Traffic struct {
	c       *Chain
	signer  types.Signer
	initErr error

	mu       sync.Mutex
	rng      *rand.Rand
	benchRT  []byte         // workbench runtime
	benchDep []byte         // workbench init code
	bench    common.Address // Traffic's workbench; zero until its deployment is sent
	victims  []common.Address
	nextSlot uint64      // next never-written workbench slot
	written  []slotRange // ranges holding non-zero values, oldest first
	l1Logs   uint64      // deposits sent, for unique source hashes
}

// slotRange is count workbench slots from start.
type slotRange struct{ start, count uint64 }

// NewTraffic returns a generator for c seeded with seed.
func NewTraffic(c *Chain, seed int64) *Traffic {
	t := &Traffic{
		c:      c,
		signer: types.LatestSigner(c.ChainConfig()),
		rng:    rand.New(rand.NewPCG(uint64(seed), 0x6d6163682d6c32)), // "mach-l2"
	}
	t.benchRT, t.initErr = workbenchRuntime()
	if t.initErr == nil {
		t.benchDep, t.initErr = deployCode(t.benchRT)
	}
	return t
}

// Next adds to the pool the transactions of one block of traffic and returns user deposits to pass to
// BuildBlock. The transactions, all meant to succeed, are: ETH transfers (to a fresh address, with a dynamic fee;
// to another dev account, legacy), a contract deployment with value, storage writes to fresh slots, rewrites and
// clears of earlier ones, a hashing call, a contract that self-destructs in its constructor, a SELFDESTRUCT call
// on a contract deployed earlier, and L2ToL1MessagePasser.initiateWithdrawal with value. The deposits come from
// L1-aliased addresses and mint ETH: one transfers part of it to a fresh address, one (once the workbench is on
// chain) also calls it.
func (t *Traffic) Next(ctx context.Context) ([]*types.DepositTx, error) {
	if t.initErr != nil {
		return nil, fmt.Errorf("l2 traffic: %w", t.initErr)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	b, err := t.newBatch()
	if err != nil {
		return nil, err
	}
	n := len(t.c.keys)
	anyKey := func() int { return t.rng.IntN(n) }
	benchCaller := b.benchCaller()

	// Transfers: to a fresh address, then to another dev account.
	fresh := t.randomAddress()
	if _, err := b.add(anyKey(), false, &fresh, t.randomWei(params.GWei, params.Ether/100), params.TxGas, nil); err != nil {
		return nil, err
	}
	from := anyKey()
	to := crypto.PubkeyToAddress(t.c.keys[(from+1)%n].PublicKey)
	if _, err := b.add(from, true, &to, t.randomWei(1, params.Ether/100), params.TxGas, nil); err != nil {
		return nil, err
	}

	// A deployment with value: a workbench copy that a later Next self-destructs.
	deployer := anyKey()
	victim, err := b.create(deployer, t.rng.IntN(2) == 0, t.randomWei(1, params.GWei), 300_000, t.benchDep)
	if err != nil {
		return nil, err
	}

	// Storage: fresh slots, a rewrite of an earlier range, and a clear of the oldest.
	count := 8 + t.rng.Uint64N(24)
	if _, err := b.add(benchCaller(), false, &t.bench, nil, 60_000+count*25_000,
		storeCalldata(t.nextSlot, count, t.rng.Uint64()|1)); err != nil {
		return nil, err
	}
	wrote := slotRange{t.nextSlot, count}
	t.nextSlot += count
	if len(t.written) > 0 {
		r := t.written[t.rng.IntN(len(t.written))]
		if _, err := b.add(benchCaller(), true, &t.bench, nil, 60_000+r.count*8_000,
			storeCalldata(r.start, r.count, t.rng.Uint64()|1)); err != nil {
			return nil, err
		}
	}
	if len(t.written) > 2 {
		r := t.written[0]
		if _, err := b.add(benchCaller(), false, &t.bench, nil, 60_000+r.count*8_000, storeCalldata(r.start, r.count, 0)); err != nil {
			return nil, err
		}
		t.written = t.written[1:]
	}
	t.written = append(t.written, wrote)

	// Compute: a few hundred to a few thousand hash rounds.
	rounds := 200 + t.rng.Uint64N(2_000)
	if _, err := b.add(benchCaller(), t.rng.IntN(2) == 0, &t.bench, nil, 60_000+rounds*(gasPerHashRound+10),
		hashCalldata(rounds, t.rng.Uint64())); err != nil {
		return nil, err
	}

	// SELFDESTRUCT: created and destroyed in one transaction (value goes back), and called on an older contract.
	if _, err := b.create(anyKey(), false, t.randomWei(1, params.GWei), 100_000, selfDestructingInit); err != nil {
		return nil, err
	}
	for i, v := range t.victims {
		if b.state.GetCodeSize(v) == 0 {
			continue
		}
		if _, err := b.add(anyKey(), true, &v, nil, 80_000, []byte{benchDestruct}); err != nil {
			return nil, err
		}
		t.victims = append(t.victims[:i:i], t.victims[i+1:]...)
		break
	}
	t.victims = append(t.victims, victim)

	// A withdrawal: the message passer stores its hash and bumps its nonce.
	passer := MessagePasserAddr
	payload := make([]byte, t.rng.IntN(100))
	t.fill(payload)
	if _, err := b.add(anyKey(), false, &passer, t.randomWei(1, params.GWei), 200_000+uint64(len(payload))*100,
		initiateWithdrawalCalldata(t.randomAddress(), 100_000+t.rng.Uint64N(100_000), payload)); err != nil {
		return nil, err
	}

	if err := b.submit(); err != nil {
		return nil, err
	}

	deposits := []*types.DepositTx{t.deposit(fresh, new(big.Int).Div(big.NewInt(params.Ether), big.NewInt(2)), 100_000, nil)}
	if b.benchLive {
		call := storeCalldata(t.nextSlot, 4, t.rng.Uint64()|1)
		t.written = append(t.written, slotRange{t.nextSlot, 4})
		t.nextSlot += 4
		deposits = append(deposits, t.deposit(t.bench, new(big.Int), 200_000, call))
	}
	return deposits, nil
}

// Heavy adds storage- and compute-heavy workbench calls to the pool so that the next block uses at least gas: each
// call writes up to 100 fresh slots or hashes ~25,000 times. gas must leave room in the block for the L1-info
// deposit and the rounding of the last call (5,000,000 gas).
func (t *Traffic) Heavy(ctx context.Context, gas uint64) error {
	if t.initErr != nil {
		return fmt.Errorf("l2 traffic: %w", t.initErr)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	const headroom = 5_000_000
	if gas == 0 || gas > t.c.cfg.GasLimit-headroom {
		return fmt.Errorf("l2 traffic: heavy gas %d must be in 1-%d (block gas limit %d less %d)",
			gas, t.c.cfg.GasLimit-headroom, t.c.cfg.GasLimit, headroom)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	b, err := t.newBatch()
	if err != nil {
		return err
	}
	benchCaller := b.benchCaller()
	var planned uint64 // lower bound of the gas the calls use
	for storage := true; planned < gas; storage = !storage {
		left := gas - planned
		if storage {
			count := min(100, left/gasPerFreshSlot+1)
			if _, err := b.add(benchCaller(), false, &t.bench, nil, 100_000+count*25_000,
				storeCalldata(t.nextSlot, count, t.rng.Uint64()|1)); err != nil {
				return err
			}
			t.nextSlot += count // left written: clearing them would bring refunds into the next blocks
			planned += params.TxGas + count*gasPerFreshSlot
		} else {
			rounds := min(25_000, left/gasPerHashRound+1)
			if _, err := b.add(benchCaller(), true, &t.bench, nil, 100_000+rounds*(gasPerHashRound+10),
				hashCalldata(rounds, t.rng.Uint64())); err != nil {
				return err
			}
			planned += params.TxGas + rounds*gasPerHashRound
		}
	}
	return b.submit()
}

// batch collects signed transactions with consecutive nonces per key, priced for the head's base fee.
type batch struct {
	t         *Traffic
	state     *state.StateDB // head state
	benchLive bool           // the workbench's code is on chain
	baseFee   *big.Int
	nonces    map[int]uint64
	txs       []*types.Transaction
}

func (t *Traffic) newBatch() (*batch, error) {
	head := t.c.eth.BlockChain().CurrentBlock()
	st, err := t.c.eth.BlockChain().StateAt(head.Root)
	if err != nil {
		return nil, fmt.Errorf("l2 traffic: state of block %d: %w", head.Number, err)
	}
	b := &batch{t: t, state: st, baseFee: head.BaseFee, nonces: map[int]uint64{}}
	if t.bench == (common.Address{}) {
		addr, err := b.create(0, false, nil, 400_000, t.benchDep)
		if err != nil {
			return nil, err
		}
		t.bench = addr
	}
	b.benchLive = st.GetCodeSize(t.bench) > 0
	return b, nil
}

// benchCaller returns a picker of the key for a workbench call: any key once the workbench is on chain, else key
// 0, whose nonce order puts the call after the deployment.
func (b *batch) benchCaller() func() int {
	return func() int {
		if b.benchLive {
			return b.t.rng.IntN(len(b.t.c.keys))
		}
		return 0
	}
}

// add signs a transaction from key: legacy (EIP-155) or dynamic-fee, both paying twice the base fee plus a 1 gwei
// tip at most.
func (b *batch) add(key int, legacy bool, to *common.Address, value *big.Int, gas uint64, data []byte) (*types.Transaction, error) {
	priv := b.t.c.keys[key]
	addr := crypto.PubkeyToAddress(priv.PublicKey)
	nonce, ok := b.nonces[key]
	if !ok {
		nonce = b.t.c.eth.TxPool().PoolNonce(addr)
	}
	if value == nil {
		value = new(big.Int)
	}
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(new(big.Int).Mul(b.baseFee, big.NewInt(2)), tip)
	var txdata types.TxData
	if legacy {
		txdata = &types.LegacyTx{Nonce: nonce, GasPrice: feeCap, Gas: gas, To: to, Value: value, Data: data}
	} else {
		txdata = &types.DynamicFeeTx{
			ChainID: b.t.c.ChainConfig().ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
			Gas: gas, To: to, Value: value, Data: data,
		}
	}
	tx, err := types.SignNewTx(priv, b.t.signer, txdata)
	if err != nil {
		return nil, fmt.Errorf("l2 traffic: sign transaction of dev account %d: %w", key, err)
	}
	b.nonces[key] = nonce + 1
	b.txs = append(b.txs, tx)
	return tx, nil
}

// create adds a contract creation from key and returns the new contract's address.
func (b *batch) create(key int, legacy bool, value *big.Int, gas uint64, initCode []byte) (common.Address, error) {
	tx, err := b.add(key, legacy, nil, value, gas, initCode)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.CreateAddress(crypto.PubkeyToAddress(b.t.c.keys[key].PublicKey), tx.Nonce()), nil
}

// submit adds the batch to the pool and waits until it is pending.
func (b *batch) submit() error {
	var errs []error
	for i, err := range b.t.c.eth.TxPool().Add(b.txs, true) {
		if err != nil {
			errs = append(errs, fmt.Errorf("transaction %d (%s): %w", i, b.txs[i].Hash(), err))
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("l2 traffic: pool rejected %d of %d transactions: %w", len(errs), len(b.txs), errors.Join(errs...))
	}
	return nil
}

// deposit returns a user deposit from a fresh L1-aliased address that mints value plus up to 1 ETH more and sends
// value to to with data.
func (t *Traffic) deposit(to common.Address, value *big.Int, gas uint64, data []byte) *types.DepositTx {
	t.l1Logs++
	var seed [16]byte
	binary.BigEndian.PutUint64(seed[:8], t.rng.Uint64())
	binary.BigEndian.PutUint64(seed[8:], t.l1Logs)
	l1Hash := crypto.Keccak256Hash([]byte("mach-traffic-l1"), seed[:])
	mint := new(big.Int).Add(value, t.randomWei(1, params.Ether))
	return &types.DepositTx{
		SourceHash: depositSourceHash(0, l1Hash, t.l1Logs),
		From:       applyL1Alias(t.randomAddress()),
		To:         &to,
		Mint:       mint,
		Value:      new(big.Int).Set(value),
		Gas:        gas,
		Data:       data,
	}
}

func (t *Traffic) randomAddress() common.Address {
	var a common.Address
	t.fill(a[:])
	return a
}

func (t *Traffic) fill(b []byte) {
	for i := range b {
		b[i] = byte(t.rng.Uint32())
	}
}

// randomWei returns a value in [lo, hi).
func (t *Traffic) randomWei(lo, hi int64) *big.Int {
	return big.NewInt(lo + t.rng.Int64N(hi-lo))
}

// l1AliasOffset is added to an L1 contract's address to give the sender of its deposits on L2.
var l1AliasOffset = new(big.Int).SetBytes(common.FromHex("0x1111000000000000000000000000000000001111"))

// applyL1Alias returns the L2 alias of L1 address a: a + 0x1111…1111 modulo 2^160.
func applyL1Alias(a common.Address) common.Address {
	v := new(big.Int).Add(new(big.Int).SetBytes(a.Bytes()), l1AliasOffset)
	return common.BigToAddress(v) // keeps the low 20 bytes: modulo 2^160
}

// storeCalldata calls the workbench to write value to count slots from start.
func storeCalldata(start, count, value uint64) []byte {
	return benchCalldata(benchStore, start, count, value)
}

// hashCalldata calls the workbench to hash seed rounds times.
func hashCalldata(rounds, seed uint64) []byte {
	return benchCalldata(benchHash, rounds, seed)
}

func benchCalldata(mode byte, words ...uint64) []byte {
	data := []byte{mode}
	for _, w := range words {
		data = append(data, common.BigToHash(new(big.Int).SetUint64(w)).Bytes()...)
	}
	return data
}

// initiateWithdrawalSelector is L2ToL1MessagePasser.initiateWithdrawal(address,uint256,bytes).
var initiateWithdrawalSelector = []byte{0xc2, 0xb3, 0xe5, 0xac}

// initiateWithdrawalCalldata ABI-encodes initiateWithdrawal(target, gasLimit, data).
func initiateWithdrawalCalldata(target common.Address, gasLimit uint64, data []byte) []byte {
	word := func(v uint64) []byte { return common.BigToHash(new(big.Int).SetUint64(v)).Bytes() }
	out := append([]byte(nil), initiateWithdrawalSelector...)
	out = append(out, common.BytesToHash(target.Bytes()).Bytes()...)
	out = append(out, word(gasLimit)...)
	out = append(out, word(3*32)...) // offset of data
	out = append(out, word(uint64(len(data)))...)
	out = append(out, data...)
	if pad := len(data) % 32; pad != 0 {
		out = append(out, make([]byte, 32-pad)...)
	}
	return out
}
