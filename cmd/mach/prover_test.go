package main

import (
	"context"
	"encoding/hex"
	"errors"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mach-avs/mach/avs/chain"
	"github.com/mach-avs/mach/devnet/l1"
	"github.com/mach-avs/mach/internal/provertest"
	"github.com/mach-avs/mach/internal/zkfixture"
	"github.com/mach-avs/mach/prover"
	"github.com/mach-avs/mach/prover/dev"
)

// proverWorld is the zkfixture L1 (served over HTTP) with a RISC Zero mock verifier and a MachZkServiceManager for
// rollup 901, and the early alert job proves already raised: the oracle's output 1 (block 20) lies; its correct
// root is proverGoodRoot; output 0 (block 10) is the checkpoint.
// Account 0 owns everything, 1 proposes outputs, 2 is the allowlisted alerter, 3 the prover's submitter.
type proverWorld struct {
	chain *l1.L1
	zk    *chain.ZK
	job   prover.Job
}

var (
	proverBadRoot  = common.HexToHash("0xbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbad0")
	proverGoodRoot = common.HexToHash("0x600d600d600d600d600d600d600d600d600d600d600d600d600d600d600d6000")
)

// proverJob proves that block 20 of rollup 901 has proverGoodRoot, from a checkpoint at block 10 (output 0).
func proverJob(t *testing.T) prover.Job {
	t.Helper()
	return provertest.OracleJob(t, 901, proverBadRoot, proverGoodRoot)
}

func newProverWorld(t *testing.T) *proverWorld {
	t.Helper()
	job := proverJob(t)
	f := zkfixture.New(t, zkfixture.Config{Accounts: 4, HTTPAddr: "127.0.0.1:0", Proposer: 1, Outputs: []zkfixture.Output{
		{Root: job.Checkpoint.OutputRoot, L2Block: 10}, {Root: proverBadRoot, L2Block: 20},
	}})
	alerter := f.Sender(t, 2)
	manager := f.DeployManager(t, zkfixture.ManagerConfig{
		Verifier:      f.DeployMockVerifier(t, [4]byte{0x4d, 0x41, 0x43, 0x48}),
		ImageID:       crypto.Keccak256Hash([]byte("mach prover command test guest")),
		ProveWindow:   3600,
		Allowlist:     []common.Address{alerter.From()},
		RollupChainID: 901,
	})
	z, err := chain.NewZK(f.Chain.Client(), manager)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := z.RaiseOracleMismatch(context.Background(), alerter, 1, proverGoodRoot); err != nil {
		t.Fatal(err)
	}
	return &proverWorld{chain: f.Chain, zk: z, job: job}
}

// proverConfig writes a prover.yaml in dir for manager on the L1 at l1URL, with free ports, and returns its path.
func proverConfig(t *testing.T, dir, l1URL string, manager common.Address) string {
	t.Helper()
	return writeTestFile(t, filepath.Join(dir, "prover.yaml"), `
l1_rpc_url: `+l1URL+`
zk_service_manager: "`+manager.Hex()+`"
backend: dev
listen: 127.0.0.1:0
metrics_listen: 127.0.0.1:0
data_dir: `+filepath.Join(dir, "data")+`
poll_interval: 20ms
backoff_min: 20ms
`)
}

// mach prover with the dev backend on the in-process L1: a job posted to its API for the pending early alert is
// proved, submitted, and the alert is Proved on L1; /metrics shows the job done; it stops when its context ends.
func TestProver_ProvesAJobPostedToItsAPIOnL1(t *testing.T) {
	w := newProverWorld(t)
	ctx := context.Background()
	submitter := w.chain.Accounts()[3]
	t.Setenv(prover.PrivateKeyEnv, hex.EncodeToString(crypto.FromECDSA(submitter.Key)))
	dir := t.TempDir()
	cfg := proverConfig(t, dir, "http://127.0.0.1:1", w.zk.Address()) // --l1 overrides the URL

	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	var stdout, stderr aggregatorLog
	exit := make(chan int, 1)
	go func() {
		exit <- serveProver(runCtx, []string{"prover"}, []string{"--config", cfg, "--l1", w.chain.URL()}, &stdout, &stderr)
	}()
	started := regexp.MustCompile(`msg="prover started" rollup=901 api=(http://\S+) metrics=(http://\S+)`)
	var m []string
	waitUntil(t, 30*time.Second, exit, &stderr, "the start line", func() bool {
		m = started.FindStringSubmatch(stderr.String())
		return m != nil
	})
	line := stderr.String()
	for _, want := range []string{"backend=dev", "manager=" + w.zk.Address().Hex(), "l1_chain=31337", "selector=0x4d414348",
		"submitter=" + crypto.PubkeyToAddress(submitter.Key.PublicKey).Hex(), "backend dev proves nothing"} {
		if !strings.Contains(line, want) {
			t.Errorf("start log lacks %q:\n%s", want, line)
		}
	}
	if strings.Contains(line, hex.EncodeToString(crypto.FromECDSA(submitter.Key))) {
		t.Fatal("the log shows the submitter's private key")
	}

	client, err := prover.NewClient(m[1], nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := client.Enqueue(ctx, w.job); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, 60*time.Second, exit, &stderr, "the alert proved on L1", func() bool {
		l, err := w.zk.Level(ctx, 901)
		return err == nil && l == chain.LevelProved
	})
	if root, err := w.zk.ProvedRoot(ctx, 20); err != nil || root != proverGoodRoot {
		t.Fatalf("proved root of block 20 = %s, %v", root, err)
	}
	var rec prover.Record
	waitUntil(t, 10*time.Second, exit, &stderr, "the job done", func() bool {
		rec, err = client.Get(ctx, w.job.ID)
		return err == nil && rec.State == prover.JobDone
	})
	if rec.TxHash == nil {
		t.Fatalf("done without a transaction: %+v", rec)
	}
	receipt, err := w.chain.Client().TransactionReceipt(ctx, *rec.TxHash)
	if err != nil || receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("receipt of %s: %+v, %v", rec.TxHash, receipt, err)
	}
	waitUntil(t, 10*time.Second, exit, &stderr, `mach_prover_jobs{state="done"} 1`, func() bool {
		return strings.Contains(scrape(t, m[2]), "mach_prover_jobs{state=\"done\"} 1\n")
	})
	if body := scrape(t, m[2]); !strings.Contains(body, "mach_prover_time_to_proof_seconds_count 1\n") ||
		!strings.Contains(body, "mach_prover_time_to_submitted_seconds_count 1\n") {
		t.Errorf("/metrics lacks the time to proof:\n%s", body)
	}

	// The same job again is a no-op: no second transaction.
	nonce, err := w.chain.Client().PendingNonceAt(ctx, submitter.Address)
	if err != nil {
		t.Fatal(err)
	}
	if err := client.Enqueue(ctx, w.job); err != nil {
		t.Fatal(err)
	}
	if n, err := w.chain.Client().PendingNonceAt(ctx, submitter.Address); err != nil || n != nonce {
		t.Fatalf("nonce %d → %d, %v after enqueuing the job again", nonce, n, err)
	}

	cancel()
	select {
	case code := <-exit:
		if code != exitOK {
			t.Fatalf("exit %d:\n%s", code, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("mach prover did not stop")
	}
	if !strings.Contains(stderr.String(), "prover stopped") {
		t.Errorf("no stop line:\n%s", stderr.String())
	}

	// Restarted on the same data_dir, the job is still done and nothing is sent again.
	restartCtx, cancelRestart := context.WithCancel(ctx)
	defer cancelRestart()
	stderr = aggregatorLog{}
	go func() {
		exit <- serveProver(restartCtx, []string{"prover"}, []string{"--config", cfg, "--l1", w.chain.URL()}, &stdout, &stderr)
	}()
	waitUntil(t, 30*time.Second, exit, &stderr, "the start line after a restart", func() bool {
		m = started.FindStringSubmatch(stderr.String())
		return m != nil
	})
	if !strings.Contains(stderr.String(), "jobs_open=0") {
		t.Errorf("restart start line:\n%s", stderr.String())
	}
	if client, err = prover.NewClient(m[1], nil); err != nil {
		t.Fatal(err)
	}
	if rec, err := client.Get(ctx, w.job.ID); err != nil || rec.State != prover.JobDone || rec.TxHash == nil || *rec.TxHash != receipt.TxHash {
		t.Fatalf("after a restart: %+v, %v", rec, err)
	}
	waitUntil(t, 10*time.Second, exit, &stderr, `mach_prover_jobs{state="done"} 1 after a restart`, func() bool {
		return strings.Contains(scrape(t, m[2]), "mach_prover_jobs{state=\"done\"} 1\n")
	})
	if n, err := w.chain.Client().PendingNonceAt(ctx, submitter.Address); err != nil || n != nonce {
		t.Fatalf("nonce %d → %d, %v after a restart", nonce, n, err)
	}
	cancelRestart()
	if code := <-exit; code != exitOK {
		t.Fatalf("exit %d after the restart:\n%s", code, stderr.String())
	}

	// A manager address without code is refused at start, naming the key.
	code, out, errOut := runArgs("mach", "prover", "--config", proverConfig(t, t.TempDir(), w.chain.URL(), common.HexToAddress("0x1234")))
	wantExit(t, code, exitError, out, errOut)
	if !strings.Contains(errOut, "zk_service_manager 0x0000000000000000000000000000000000001234 has no code on L1 chain 31337") {
		t.Errorf("stderr = %q", errOut)
	}
}

func TestProver_BadConfigExitsNamingTheKey(t *testing.T) {
	t.Setenv(prover.PrivateKeyEnv, "")
	dir := t.TempDir()
	manager := common.HexToAddress("0x1111111111111111111111111111111111111111")

	// No configuration at all: every missing key is named.
	code, stdout, stderr := runArgs("mach", "prover")
	wantExit(t, code, exitError, stdout, stderr)
	for _, want := range []string{"config: l1_rpc_url is empty", "config: zk_service_manager is empty", "config: ecdsa_keystore is empty", "no --config given"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	// A bad value in the file: the key is named, with the command that checks the file.
	bad := writeTestFile(t, filepath.Join(dir, "bad.yaml"), "backend: gpu\nl1_rpc_url: http://127.0.0.1:1\nzk_service_manager: \""+manager.Hex()+"\"\n")
	t.Setenv(prover.PrivateKeyEnv, "0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6")
	code, stdout, stderr = runArgs("mach", "prover", "--config", bad)
	wantExit(t, code, exitError, stdout, stderr)
	if !strings.Contains(stderr, `config: backend is "gpu"`) || !strings.Contains(stderr, "mach config validate --config "+bad+" --role prover") {
		t.Errorf("stderr = %q", stderr)
	}
	// An unknown key.
	code, stdout, stderr = runArgs("mach", "prover", "--config", writeTestFile(t, filepath.Join(dir, "typo.yaml"), "l1_rpc_uri: http://x\n"))
	wantExit(t, code, exitError, stdout, stderr)
	if !strings.Contains(stderr, "unknown key l1_rpc_uri") {
		t.Errorf("stderr = %q", stderr)
	}
	// A bad flag is a usage error, and the value is not echoed.
	code, stdout, stderr = runArgs("mach", "prover", "--l1", "secret-token-123")
	wantExit(t, code, exitUsage, stdout, stderr)
	if !strings.Contains(stderr, "--l1 is not an absolute") || strings.Contains(stderr, "secret-token-123") {
		t.Errorf("stderr = %q", stderr)
	}
	// An unreachable L1 fails at start; the URL's path (which may carry an API key) is not shown.
	secret := proverConfig(t, dir, "http://127.0.0.1:1/v2/secret-api-key", manager)
	code, stdout, stderr = runArgs("mach", "prover", "--config", secret)
	wantExit(t, code, exitError, stdout, stderr)
	if !strings.Contains(stderr, "read the L1's chain ID") || strings.Contains(stderr, "secret-api-key") {
		t.Errorf("stderr = %q", stderr)
	}
	// The dev backend on an L1 that is not a devnet: the user is told why and what to use instead.
	_, err := proverBackend(&prover.FileConfig{Backend: prover.BackendDev}, prover.L1Settings{L1ChainID: 1})
	if !errors.Is(err, dev.ErrNotADevnet) || !strings.Contains(err.Error(), "l1_rpc_url is chain 1; set backend to bonsai or exec") {
		t.Errorf("dev backend on chain 1: %v", err)
	}
	// mach config validate and env know the role.
	code, stdout, stderr = runArgs("mach", "config", "validate", "--config", bad, "--role", "prover")
	wantExit(t, code, exitError, stdout, stderr)
	if !strings.Contains(stderr, `config: backend is "gpu"`) {
		t.Errorf("config validate: %q", stderr)
	}
	code, stdout, stderr = runArgs("mach", "config", "env", "--role", "prover")
	wantExit(t, code, exitOK, stdout, stderr)
	for _, want := range []string{"config-files/prover.yaml", "MACH_PROVER_L1_RPC_URL", "bonsai.api_key_env", "MACH_PROVER_EXEC_COMMAND"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("config env does not list %q:\n%s", want, stdout)
		}
	}
	// --help tells what it does.
	code, stdout, stderr = runArgs("mach", "prover", "--help")
	wantExit(t, code, exitOK, stdout, stderr)
	for _, want := range []string{"submitProve", "--config PATH", "PROVES NOTHING", "mach_prover_jobs{state}", prover.PrivateKeyEnv} {
		if !strings.Contains(stdout, want) {
			t.Errorf("--help lacks %q:\n%s", want, stdout)
		}
	}
}
