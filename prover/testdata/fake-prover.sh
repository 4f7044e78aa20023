#!/bin/sh
# A stand-in for an external zkVM prover, used by prover/exec tests. It checks the contract of the exec backend
# (input on stdin equals the input file, job variables set, no inherited secrets) and then behaves as $1 says.
set -eu
mode="${1:-ok}"
input_arg="${2:-}"
stdin_copy="$(mktemp)"
trap 'rm -f "$stdin_copy"' EXIT
cat > "$stdin_copy"
if ! cmp -s "$stdin_copy" "$MACH_PROVER_INPUT"; then
	echo "stdin differs from $MACH_PROVER_INPUT" >&2
	exit 9
fi
if [ -n "$input_arg" ] && [ "$input_arg" != "$MACH_PROVER_INPUT" ]; then
	echo "{input} placeholder was $input_arg, want $MACH_PROVER_INPUT" >&2
	exit 9
fi
for v in MACH_JOB_ID MACH_ROLLUP_CHAIN_ID MACH_L2_BLOCK_NUMBER MACH_CHECKPOINT_L2_BLOCK MACH_CHECKPOINT_OUTPUT_ROOT \
	MACH_EXPECT_OUTPUT_ROOT MACH_EXPECTED_JOURNAL MACH_PROVER_OUTPUT; do
	eval "val=\${$v:-}"
	if [ -z "$val" ]; then
		echo "$v is not set" >&2
		exit 9
	fi
done
if [ -n "${FAKE_PROVER_SECRET:-}" ]; then
	echo "inherited FAKE_PROVER_SECRET from the parent environment" >&2
	exit 9
fi
# A seal the mock verifier would not accept, but well-formed: 4-byte selector + 32 bytes.
seal="0xdeadbeef$(printf '%064d' 7)"
case "$mode" in
ok) printf '{"seal":"%s","journal":"%s"}\n' "$seal" "$MACH_EXPECTED_JOURNAL" ;;
outfile) printf '{"seal":"%s","journal":"%s"}' "$seal" "$MACH_EXPECTED_JOURNAL" > "$MACH_PROVER_OUTPUT" ;;
extra) echo "${EXTRA_VAR:-missing}" >&2; [ "${EXTRA_VAR:-}" = "yes" ] && printf '{"seal":"%s","journal":"%s"}\n' "$seal" "$MACH_EXPECTED_JOURNAL" ;;
fail)
	i=0
	while [ $i -lt 2000 ]; do echo "noise line $i" >&2; i=$((i + 1)); done
	echo "guest panicked at block $MACH_L2_BLOCK_NUMBER" >&2
	exit 3
	;;
sleep) sleep 30 ;;
garbage) echo "proof: lol" ;;
*) echo "unknown mode $mode" >&2; exit 2 ;;
esac
