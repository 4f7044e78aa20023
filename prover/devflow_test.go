package prover_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mach-avs/mach/internal/kv"
	"github.com/mach-avs/mach/internal/provertest"
	"github.com/mach-avs/mach/prover"
	"github.com/mach-avs/mach/prover/dev"
	"github.com/mach-avs/mach/prover/risc0"
)

// mockVerifierChain checks proofs as MachZkServiceManager.submitProve with RiscZeroMockVerifier would: journal
// length and fields against the pending alert, then seal == selector ‖ claim digest. Idempotent, like the real
// Submitter must be.
type mockVerifierChain struct {
	mu       sync.Mutex
	selector [4]byte
	imageID  [32]byte
	proved   map[string]common.Hash
	sends    int
}

func (c *mockVerifierChain) Submit(_ context.Context, j prover.Job, p prover.Proof) (common.Hash, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if tx, ok := c.proved[j.ID]; ok {
		return tx, nil
	}
	jr, err := prover.DecodeJournal(p.Journal)
	if err != nil {
		return common.Hash{}, prover.Permanent(err)
	}
	if jr.L2BlockNumber != j.Claim.L2BlockNumber || jr.OutputRoot != j.Claim.ExpectOutputRoot || jr.CheckpointL2Block >= jr.L2BlockNumber {
		return common.Hash{}, prover.Permanent(fmt.Errorf("journal does not match the alert"))
	}
	if !bytes.Equal(p.Seal, risc0.MockSeal(c.selector, c.imageID, sha256.Sum256(p.Journal))) {
		return common.Hash{}, prover.Permanent(fmt.Errorf("mock verifier: VerificationFailed"))
	}
	c.sends++
	tx := crypto.Keccak256Hash([]byte(j.ID), []byte("tx"))
	c.proved[j.ID] = tx
	return tx, nil
}

func TestDevBackend_JobFlowsFromEnqueueToL1(t *testing.T) {
	st, err := kv.Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	q, err := prover.NewQueue(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	sel, img := [4]byte{0x4d, 0x41, 0x43, 0x48}, sha256.Sum256([]byte("mach guest"))
	backend, err := dev.New(dev.Config{L1ChainID: 31337, Selector: sel, ImageID: img})
	if err != nil {
		t.Fatal(err)
	}
	l1 := &mockVerifierChain{selector: sel, imageID: img, proved: map[string]common.Hash{}}
	w, err := prover.NewWorker(prover.WorkerConfig{PollInterval: 10 * time.Millisecond}, q, backend, l1, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := w.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer func() {
		stopCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		if err := w.Stop(stopCtx); err != nil {
			t.Error(err)
		}
	}()
	j := exampleJob(t)
	var enq prover.Enqueuer = q
	if err := enq.Enqueue(ctx, j); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		r, err := q.Get(j.ID)
		if err != nil {
			t.Fatal(err)
		}
		if r.State == prover.JobDone {
			if *r.TxHash != l1.proved[j.ID] {
				t.Fatalf("tx %s", r.TxHash)
			}
			break
		}
		if r.State == prover.JobFailed {
			t.Fatalf("job failed: %s", r.Reason)
		}
		if time.Now().After(deadline) {
			t.Fatalf("job still %s", r.State)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if l1.sends != 1 {
		t.Fatalf("sends %d", l1.sends)
	}
}

// exampleJob builds a job with prover's own test helper shape: one empty block after a checkpoint at block 10.
func exampleJob(t testing.TB) prover.Job {
	t.Helper()
	return provertest.Job(t, 1)
}

func TestService_AcceptsRemoteJobsAndProvesThem(t *testing.T) {
	st, err := kv.Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	q, _ := prover.NewQueue(st, nil)
	sel, img := [4]byte{1, 2, 3, 4}, sha256.Sum256([]byte("guest"))
	backend, _ := dev.New(dev.Config{L1ChainID: 1337, Selector: sel, ImageID: img})
	l1 := &mockVerifierChain{selector: sel, imageID: img, proved: map[string]common.Hash{}}
	svc, err := prover.NewService(prover.ServiceConfig{Listen: "127.0.0.1:0", Worker: prover.WorkerConfig{PollInterval: 10 * time.Millisecond}},
		q, backend, l1, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	client, err := prover.NewClient("http://"+svc.Addr().String(), nil)
	if err != nil {
		t.Fatal(err)
	}
	j := exampleJob(t)
	if err := client.Enqueue(ctx, j); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		r, err := client.Get(ctx, j.ID)
		if err != nil {
			t.Fatal(err)
		}
		if r.State == prover.JobDone {
			break
		}
		if time.Now().After(deadline) || r.State == prover.JobFailed {
			t.Fatalf("job %s (%s)", r.State, r.Reason)
		}
		time.Sleep(5 * time.Millisecond)
	}
	stopCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := svc.Stop(stopCtx); err != nil {
		t.Fatal(err)
	}
	if err := svc.Stop(stopCtx); err != nil || !svc.Stopped() {
		t.Fatal("Stop must be idempotent")
	}
	if err := client.Enqueue(ctx, j); err == nil {
		t.Fatal("the API still answers after Stop")
	}
}

// BenchmarkDevJobEnqueueToDone measures the prover's own share of "time from early alert to proved alert" with the
// dev backend: enqueue (validation, one atomic synced write), then worker passes to done (each transition a synced
// write), without poll-interval waits. The baseline in the same run is the enqueue alone.
func BenchmarkDevJobEnqueueToDone(b *testing.B) {
	sel, img := [4]byte{1, 2, 3, 4}, sha256.Sum256([]byte("guest"))
	ctx := context.Background()
	setup := func(b *testing.B) (*prover.Queue, *prover.Worker, []prover.Job) {
		st, err := kv.Open(b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { _ = st.Close() })
		q, _ := prover.NewQueue(st, nil)
		backend, _ := dev.New(dev.Config{L1ChainID: 31337, Selector: sel, ImageID: img})
		l1 := &mockVerifierChain{selector: sel, imageID: img, proved: map[string]common.Hash{}}
		w, _ := prover.NewWorker(prover.WorkerConfig{PollInterval: time.Nanosecond}, q, backend, l1, nil, nil)
		jobs := make([]prover.Job, b.N)
		for i := range jobs {
			jobs[i] = exampleJob(b)
			// Shifted past 128 bits: never the example's invalid root 0xbad (job 2988 was, once b.N reached it).
			jobs[i].Claim.ExpectOutputRoot = common.BigToHash(new(big.Int).Lsh(big.NewInt(int64(i+1)), 128))
			jobs[i].ID = jobs[i].Claim.JobID()
		}
		b.ResetTimer()
		return q, w, jobs
	}
	b.Run("enqueue", func(b *testing.B) {
		q, _, jobs := setup(b)
		for i := 0; i < b.N; i++ {
			if err := q.Enqueue(ctx, jobs[i]); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("enqueue-to-done", func(b *testing.B) {
		q, w, jobs := setup(b)
		for i := 0; i < b.N; i++ {
			if err := q.Enqueue(ctx, jobs[i]); err != nil {
				b.Fatal(err)
			}
			for {
				if err := w.Tick(ctx); err != nil {
					b.Fatal(err)
				}
				r, _ := q.Get(jobs[i].ID)
				if r.State == prover.JobDone {
					break
				}
				if r.State == prover.JobFailed {
					b.Fatal(r.Reason)
				}
			}
		}
	})
}

func TestWorker_DevJobReachesDoneInOnePass(t *testing.T) {
	st, _ := kv.Open("")
	defer st.Close()
	q, _ := prover.NewQueue(st, nil)
	sel, img := [4]byte{1, 2, 3, 4}, sha256.Sum256([]byte("guest"))
	backend, _ := dev.New(dev.Config{L1ChainID: 31337, Selector: sel, ImageID: img})
	l1 := &mockVerifierChain{selector: sel, imageID: img, proved: map[string]common.Hash{}}
	w, _ := prover.NewWorker(prover.WorkerConfig{PollInterval: time.Hour}, q, backend, l1, nil, nil)
	j := exampleJob(t)
	ctx := context.Background()
	if err := q.Enqueue(ctx, j); err != nil {
		t.Fatal(err)
	}
	if err := w.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if r, _ := q.Get(j.ID); r.State != prover.JobDone || l1.sends != 1 {
		t.Fatalf("after one pass: %s (%s), sends %d", r.State, r.Reason, l1.sends)
	}
}
