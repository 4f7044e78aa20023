package exec

import (
	"testing"

	"github.com/mach-avs/mach/internal/provertest"
	"github.com/mach-avs/mach/prover"
)

// testJob returns a valid job proving n blocks after a checkpoint at L2 block 10 of rollup 901.
func testJob(t testing.TB, n int) prover.Job { return provertest.Job(t, n) }
