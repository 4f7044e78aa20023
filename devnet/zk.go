package devnet

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mach-avs/mach/avs/chain"
	"github.com/mach-avs/mach/deploy"
	"github.com/mach-avs/mach/devnet/l2"
	"github.com/mach-avs/mach/internal/ethtx"
	"github.com/mach-avs/mach/prover"
	"github.com/mach-avs/mach/prover/dev"
	"github.com/mach-avs/mach/verifier"
)

// The devnet's ZK mode: MachZkServiceManager for the devnet L2 with the RISC Zero *mock* verifier (anyone can make
// its seals: devnets only), an allowlisted operator account posting the verifier's early alerts, and the prover
// with the dev backend submitting proofs.
var (
	// devnetImageID stands in for the guest's image id: the mock verifier accepts any, as long as the manager,
	// the prover and the seal agree.
	devnetImageID = crypto.Keccak256Hash([]byte("mach devnet guest"))
	// mockSelector starts every mock seal; it differs from every real RISC Zero verifier's.
	mockSelector = [4]byte{0x4d, 0x41, 0x43, 0x48} // "MACH"
)

// zkProveWindow is how long an early alert stands unproved before a later one may supersede it.
const zkProveWindow = time.Hour

type zkMode struct {
	manager common.Address
	zk      *chain.ZK
	sink    *verifier.ZKSink
	prover  *prover.Service
}

// deployOracle deploys Optimism's L2OutputOracle (behind its proxy) for the devnet L2, proposed to by account 0.
func (d *Devnet) deployOracle(ctx context.Context) (*l2.OutputOracle, error) {
	accounts := d.chain.Accounts()
	auth, err := bind.NewKeyedTransactorWithChainID(accounts[0].Key, d.chain.ChainID())
	if err != nil {
		return nil, err
	}
	auth.Context = ctx
	oracle, err := l2.DeployOutputOracle(ctx, d.chain.Client(), auth, l2.OutputOracleConfig{
		SubmissionInterval: d.cfg.OutputInterval, L2BlockTime: 1, Proposer: accounts[0].Address, Challenger: accounts[0].Address,
	})
	if err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	d.log.Info("L2OutputOracle deployed", "address", oracle.Address, "interval", d.cfg.OutputInterval)
	return oracle, nil
}

// zkConfig is the ZK manager mach deploy puts beside MachServiceManager: the mock verifier, the devnet image id,
// the early alerter allowlisted. Nil with NoZK.
func (d *Devnet) zkConfig() *deploy.ZKConfig {
	if d.cfg.NoZK {
		return nil
	}
	return &deploy.ZKConfig{
		RollupChainID: d.cfg.RollupChainIDs[0], L2OutputOracle: d.oracle.Address,
		Verifier: deploy.VerifierMock, MockSelector: mockSelector, ImageID: devnetImageID,
		ProveWindow: zkProveWindow, Allowlist: []common.Address{d.chain.Accounts()[d.zkAlerterAccount()].Address},
	}
}

// startZK builds the ZK side once the manager is deployed: the early alerter and proof-job sink for the verifier,
// and the prover (dev backend) with its queue in the rollup's store.
func (r *rollup) startZK(ctx context.Context, manager common.Address, alerterKey, proverKey *ethtx.Sender) error {
	d := r.d
	zk, err := chain.NewZK(d.chain.Client(), manager)
	if err != nil {
		return err
	}
	z := &zkMode{manager: manager, zk: zk}
	backend, err := dev.New(dev.Config{L1ChainID: d.chain.ChainID().Uint64(), Selector: mockSelector, ImageID: devnetImageID})
	if err != nil {
		return fmt.Errorf("devnet: prover: %w", err)
	}
	queue, err := prover.NewQueue(r.store, time.Now)
	if err != nil {
		return fmt.Errorf("devnet: prover: %w", err)
	}
	wcfg := prover.DefaultWorkerConfig()
	wcfg.PollInterval = 100 * time.Millisecond
	submitter, err := prover.NewL1Submitter(zk, proverKey)
	if err != nil {
		return fmt.Errorf("devnet: prover: %w", err)
	}
	if z.prover, err = prover.NewService(prover.ServiceConfig{Worker: wcfg}, queue, backend, submitter,
		prover.NoopMetrics{}, d.log.With("role", "prover")); err != nil {
		return fmt.Errorf("devnet: prover: %w", err)
	}
	if err := z.prover.Start(ctx); err != nil {
		return fmt.Errorf("devnet: prover: %w", err)
	}
	r.zk = z
	return nil
}

// waitProved waits until the ZK manager has proved expect for l2Block.
func (z *zkMode) waitProved(l2Block uint64, expect common.Hash) error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		if root, err := z.zk.ProvedRoot(ctx, l2Block); err == nil && root == expect {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("the early alert for L2 block %d was not proved within 2m", l2Block)
		case <-tick.C:
		}
	}
}

// pendingFor reports whether the ZK manager's pending alert is the one for l2Block expecting expect.
func (z *zkMode) pendingFor(ctx context.Context, l2Block uint64, expect common.Hash) bool {
	p, err := z.zk.Pending(ctx)
	return err == nil && p.Exists() && p.L2Block == l2Block && p.ExpectOutputRoot == expect
}

// queued reports whether a's proof job is in the prover's queue.
func (z *zkMode) queued(a verifier.Alert) bool {
	claim, err := verifier.ClaimOf(a)
	if err != nil {
		return false
	}
	_, err = z.prover.Queue().Get(claim.JobID())
	return err == nil
}

func (z *zkMode) stop(ctx context.Context) error {
	if z == nil || z.prover == nil {
		return nil
	}
	return z.prover.Stop(ctx)
}

// ZkServiceManager is the MachZkServiceManager's address on L1; zero when ZK mode is off.
func (d *Devnet) ZkServiceManager() common.Address {
	if d.rollup == nil || d.rollup.zk == nil {
		return common.Address{}
	}
	return d.rollup.zk.manager
}

// StatusPageURL is the proxy's status page (open it in a browser).
func (d *Devnet) StatusPageURL() string { return "http://" + d.rollup.proxy.Addr() + "/" }
