package l2

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/core/vm"
)

// program is a tiny EVM assembler: opcodes, pushes and labels with forward references. It exists so the traffic
// contracts below are a few readable lines of Go instead of opaque hex, and so go test needs no compiler.
type program struct {
	code   []byte
	labels map[string]int // label → offset of its JUMPDEST
	refs   map[int]string // offset of a PUSH2 immediate → label it must hold
}

func newProgram() *program {
	return &program{labels: map[string]int{}, refs: map[int]string{}}
}

// op appends opcodes.
func (p *program) op(ops ...vm.OpCode) *program {
	for _, o := range ops {
		p.code = append(p.code, byte(o))
	}
	return p
}

// push appends the shortest PUSHn of v (PUSH0 for zero).
func (p *program) push(v uint64) *program {
	if v == 0 {
		return p.op(vm.PUSH0)
	}
	var buf [8]byte
	binary.BigEndian.PutUint64(buf[:], v)
	i := 0
	for buf[i] == 0 {
		i++
	}
	p.code = append(p.code, byte(vm.PUSH1)+byte(7-i))
	p.code = append(p.code, buf[i:]...)
	return p
}

// label marks the current offset as a jump target named name and emits its JUMPDEST.
func (p *program) label(name string) *program {
	p.labels[name] = len(p.code)
	return p.op(vm.JUMPDEST)
}

// pushLabel appends PUSH2 of label name's offset, resolved by assemble.
func (p *program) pushLabel(name string) *program {
	p.code = append(p.code, byte(vm.PUSH2), 0, 0)
	p.refs[len(p.code)-2] = name
	return p
}

// assemble resolves the label references and returns the bytecode.
func (p *program) assemble() ([]byte, error) {
	out := append([]byte(nil), p.code...)
	for at, name := range p.refs {
		dest, ok := p.labels[name]
		if !ok {
			return nil, fmt.Errorf("assemble: undefined label %q", name)
		}
		if dest > 0xffff {
			return nil, fmt.Errorf("assemble: label %q at %d does not fit PUSH2", name, dest)
		}
		binary.BigEndian.PutUint16(out[at:], uint16(dest))
	}
	return out, nil
}

// Workbench call modes: the first calldata byte selects one. Arguments are 32-byte words at calldata offsets 1, 33
// and 65. Empty calldata (mode 0) accepts ETH and does nothing; an unknown mode reverts.
const (
	// benchStore writes word 3 (value) to slots word1 … word1+word2-1. Value 0 clears them (with refunds).
	benchStore = 1
	// benchHash hashes word 2 (seed) word1 times with KECCAK256 and stores the result in slot 2^256-1.
	benchHash = 2
	// benchDestruct runs SELFDESTRUCT(caller): after Cancun (EIP-6780) it only sends the balance away unless the
	// contract was created in the same transaction.
	benchDestruct = 3
)

// Gas of one iteration of the workbench loops, for sizing heavy traffic (checked by TestWorkbench_…). Writing a
// fresh slot costs SSTORE_SET (20,000) plus the cold access (2,100) plus 49 gas of loop opcodes; one hash round is
// 86 gas of opcodes (see the loops below).
const (
	gasPerFreshSlot = 22_149
	gasPerHashRound = 86
)

// workbenchRuntime returns the runtime code of the traffic workbench contract.
func workbenchRuntime() ([]byte, error) {
	p := newProgram()
	// mode := calldata[0]
	p.push(0).op(vm.CALLDATALOAD).push(248).op(vm.SHR)
	p.op(vm.DUP1, vm.ISZERO).pushLabel("stop").op(vm.JUMPI)
	p.op(vm.DUP1).push(benchStore).op(vm.EQ).pushLabel("store").op(vm.JUMPI)
	p.op(vm.DUP1).push(benchHash).op(vm.EQ).pushLabel("hash").op(vm.JUMPI)
	p.op(vm.DUP1).push(benchDestruct).op(vm.EQ).pushLabel("destruct").op(vm.JUMPI)
	p.push(0).push(0).op(vm.REVERT)

	p.label("stop").op(vm.STOP)

	// store: stack [value, end, i]; for i < end: sstore(i, value)
	p.label("store").op(vm.POP)
	p.push(65).op(vm.CALLDATALOAD)                                     // value
	p.push(33).op(vm.CALLDATALOAD).push(1).op(vm.CALLDATALOAD, vm.ADD) // end = start + count
	p.push(1).op(vm.CALLDATALOAD)                                      // i = start
	// one round: 1+3+3+3+3+3+10 + 3+3+SSTORE + 3+3+3+8 = 49 gas + SSTORE
	p.label("store_loop")
	p.op(vm.DUP2, vm.DUP2, vm.LT, vm.ISZERO).pushLabel("stop").op(vm.JUMPI) // i >= end → done
	p.op(vm.DUP3, vm.DUP2, vm.SSTORE)                                       // sstore(i, value)
	p.push(1).op(vm.ADD).pushLabel("store_loop").op(vm.JUMP)

	// hash: mem[0] = seed; n times mem[0] = keccak256(mem[0:32]); sstore(2^256-1, mem[0])
	p.label("hash").op(vm.POP)
	p.push(33).op(vm.CALLDATALOAD).push(0).op(vm.MSTORE)
	p.push(1).op(vm.CALLDATALOAD) // n
	// one round: 1+3+3+3+10 + 3+2+36+2+3 + 3+3+3+3+8 = 86 gas
	p.label("hash_loop")
	p.op(vm.DUP1, vm.ISZERO).pushLabel("hash_done").op(vm.JUMPI)
	p.push(32).push(0).op(vm.KECCAK256).push(0).op(vm.MSTORE)
	p.push(1).op(vm.SWAP1, vm.SUB).pushLabel("hash_loop").op(vm.JUMP)
	p.label("hash_done")
	p.push(0).op(vm.MLOAD).push(0).op(vm.NOT, vm.SSTORE, vm.STOP)

	p.label("destruct").op(vm.CALLER, vm.SELFDESTRUCT)
	return p.assemble()
}

// deployCode returns init code that copies runtime into memory and returns it as the contract's code:
// PUSH2 len, DUP1, PUSH2 offset, PUSH0, CODECOPY, PUSH0, RETURN, then runtime itself at offset.
func deployCode(runtime []byte) ([]byte, error) {
	if len(runtime) > 0xffff {
		return nil, fmt.Errorf("deploy code: runtime of %d bytes does not fit PUSH2", len(runtime))
	}
	const prefixLen = 11 // the bytes before runtime, listed below
	n := len(runtime)
	code := []byte{
		byte(vm.PUSH2), byte(n >> 8), byte(n),
		byte(vm.DUP1),
		byte(vm.PUSH2), 0, prefixLen,
		byte(vm.PUSH0), byte(vm.CODECOPY),
		byte(vm.PUSH0), byte(vm.RETURN),
	}
	return append(code, runtime...), nil
}

// selfDestructingInit is init code that runs SELFDESTRUCT(caller) in the constructor: the contract is created and
// destroyed in one transaction, so EIP-6780 still deletes it, and any value sent with the creation goes back to the
// sender.
var selfDestructingInit = []byte{byte(vm.CALLER), byte(vm.SELFDESTRUCT)}
