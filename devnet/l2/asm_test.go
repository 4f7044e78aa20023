package l2

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

func TestProgram_UndefinedLabelIsAnError(t *testing.T) {
	if _, err := newProgram().pushLabel("nowhere").op(vm.JUMP).assemble(); err == nil {
		t.Fatal("assembled a jump to an undefined label")
	}
}

func TestWorkbench_ModesDoWhatTrafficReliesOn(t *testing.T) {
	runtimeCode, err := workbenchRuntime()
	if err != nil {
		t.Fatal(err)
	}
	initCode, err := deployCode(runtimeCode)
	if err != nil {
		t.Fatal(err)
	}
	db, err := state.New(common.Hash{}, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	caller := common.Address{0xca}
	cfg := &runtime.Config{ChainConfig: params.MergedTestChainConfig, State: db, Origin: caller, GasLimit: 30_000_000,
		BlockNumber: big.NewInt(1), Time: 1}

	// The init code deploys exactly the runtime.
	code, bench, _, err := runtime.Create(initCode, cfg)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	if !bytes.Equal(code, runtimeCode) || !bytes.Equal(db.GetCode(bench), runtimeCode) {
		t.Fatal("deployed code differs from the runtime")
	}

	// store writes the range and nothing outside it; value 0 clears it.
	if _, _, err := runtime.Call(bench, storeCalldata(10, 5, 7), cfg); err != nil {
		t.Fatalf("store: %v", err)
	}
	for slot := uint64(9); slot <= 15; slot++ {
		want := common.Hash{}
		if slot >= 10 && slot < 15 {
			want = common.BigToHash(big.NewInt(7))
		}
		if got := db.GetState(bench, common.BigToHash(new(big.Int).SetUint64(slot))); got != want {
			t.Errorf("slot %d = %x, want %x", slot, got, want)
		}
	}
	if _, _, err := runtime.Call(bench, storeCalldata(10, 5, 0), cfg); err != nil {
		t.Fatalf("clear: %v", err)
	}
	if got := db.GetState(bench, common.BigToHash(big.NewInt(12))); got != (common.Hash{}) {
		t.Errorf("cleared slot holds %x", got)
	}

	// A fresh slot costs exactly gasPerFreshSlot more: compare 200 slots with 100.
	used := func(input []byte) uint64 {
		t.Helper()
		_, left, err := runtime.Call(bench, input, cfg)
		if err != nil {
			t.Fatalf("call %x: %v", input, err)
		}
		return cfg.GasLimit - left
	}
	if d := used(storeCalldata(1000, 200, 1)) - used(storeCalldata(2000, 100, 1)); d != 100*gasPerFreshSlot {
		t.Errorf("100 more fresh slots took %d gas, want %d", d, 100*gasPerFreshSlot)
	}
	// hash iterates keccak256 and stores the result in slot 2^256-1, at gasPerHashRound per round.
	if _, _, err := runtime.Call(bench, hashCalldata(1000, 42), cfg); err != nil {
		t.Fatalf("hash: %v", err)
	}
	h := common.BigToHash(big.NewInt(42))
	for range 1000 {
		h = crypto.Keccak256Hash(h[:])
	}
	var top common.Hash
	for i := range top {
		top[i] = 0xff
	}
	if got := db.GetState(bench, top); got != h {
		t.Errorf("hash result %x, want %x", got, h)
	}
	if d := used(hashCalldata(2000, 1)) - used(hashCalldata(1000, 1)); d != 1000*gasPerHashRound {
		t.Errorf("1000 more rounds took %d gas, want %d", d, 1000*gasPerHashRound)
	}

	// Empty calldata accepts ETH; an unknown mode reverts.
	if _, _, err := runtime.Call(bench, nil, cfg); err != nil {
		t.Errorf("empty call: %v", err)
	}
	if _, _, err := runtime.Call(bench, []byte{9}, cfg); !errors.Is(err, vm.ErrExecutionReverted) {
		t.Errorf("unknown mode: %v, want revert", err)
	}

	// destruct sends the balance to the caller; the contract stays (EIP-6780).
	db.AddBalance(bench, uint256.NewInt(1000), tracing.BalanceChangeUnspecified)
	if _, _, err := runtime.Call(bench, []byte{benchDestruct}, cfg); err != nil {
		t.Fatalf("destruct: %v", err)
	}
	if db.GetBalance(bench).Sign() != 0 || db.GetBalance(caller).Uint64() < 1000 {
		t.Errorf("after SELFDESTRUCT the workbench holds %s and the caller %s", db.GetBalance(bench), db.GetBalance(caller))
	}
}
