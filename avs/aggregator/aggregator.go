// Package aggregator collects operators' BLS signatures of Mach alerts and confirms alerts on L1.
//
// A signer asks for a task (OpenTask): the first request for an alert fixes the L1 reference block (head minus a
// lag) whose operator set and stakes count; later requests get the same task, so every signer signs the same
// digest. Each signature (SubmitSignature) is verified alone against the operator's registered G2 key before it
// counts. Once every quorum's signed stake reaches the threshold, a worker submits confirmAlert with the
// aggregate signature and the non-signers' hints, retrying through L1 outages and replacing stuck transactions
// with higher fees. Tasks live in the embedded store: a restarted aggregator resumes open tasks and never sends a
// second confirmAlert for an alert whose transaction is pending or mined.
package aggregator

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mach-avs/mach/avs/alert"
	"github.com/mach-avs/mach/avs/chain"
	"github.com/mach-avs/mach/contracts/bindings/machservicemanager"
	"github.com/mach-avs/mach/internal/ethtx"
	"github.com/mach-avs/mach/internal/kv"
)

// Errors a signer can branch on (the JSON-RPC layer maps them to error codes).
var (
	ErrUnsupportedRollup  = errors.New("aggregator: rollup is not supported by the service manager")
	ErrUnknownTask        = errors.New("aggregator: no task for this alert: open it first")
	ErrReferenceBlock     = errors.New("aggregator: signature is for another reference block than the task's")
	ErrNotOperator        = errors.New("aggregator: signer is not an operator of the task's quorums at its reference block")
	ErrDuplicateSignature = errors.New("aggregator: operator already signed this task")
	ErrInvalidSignature   = errors.New("aggregator: signature does not verify against the operator's key for the task digest")
	ErrTaskExpired        = errors.New("aggregator: task expired (its reference block is too old to confirm)")
	ErrNoStakeAtReference = errors.New("aggregator: no operator stake at the reference block")
)

// Config tunes the aggregator.
type Config struct {
	// QuorumNumbers are the quorums that must sign; nil means {0}.
	QuorumNumbers []byte
	// ThresholdPercentage is the share of each quorum's stake that must sign; 0 means the service manager's
	// quorumThresholdPercentage.
	ThresholdPercentage uint8
	// ReferenceBlockLag is how far behind the L1 head the reference block is; 0 means 2 (it must be in the past,
	// and a signer whose L1 node is a block behind must still see it).
	ReferenceBlockLag uint64
	// RetryInterval is the pause between confirmAlert attempts after a failure; 0 means 2s.
	RetryInterval time.Duration
	// Grace is how long to keep collecting signatures after the threshold is met before sending confirmAlert:
	// fewer non-signers make a cheaper transaction, at the cost of alert latency. 0 sends at once.
	Grace time.Duration
	// Bump replaces a stuck confirmAlert transaction.
	Bump ethtx.Bump
	// Logger; nil means slog.Default().
	Logger *slog.Logger
	// Metrics receives what the aggregator does; nil means NoopMetrics.
	Metrics Metrics
}

// Aggregator is the role. Build it with New, run it with Start, stop it with Stop.
type Aggregator struct {
	cfg       Config
	reader    *chain.Reader
	sender    *ethtx.Sender
	store     *kv.Store
	log       *slog.Logger
	domainL1  *big.Int
	sm        *machservicemanager.MachServiceManager
	threshold uint8
	maxAge    uint32

	verifier *verifier

	mu    sync.Mutex
	tasks map[string]*task

	wake    chan struct{}
	cancel  context.CancelFunc
	done    chan struct{}
	stopped atomic.Bool
}

// New validates cfg and returns an aggregator that confirms through sender (the alert confirmer's key) and keeps
// its tasks in store. It reads the service manager's settings once.
func New(ctx context.Context, cfg Config, reader *chain.Reader, sender *ethtx.Sender, store *kv.Store) (*Aggregator, error) {
	if reader == nil || sender == nil || store == nil {
		return nil, errors.New("aggregator: reader, sender and store are required")
	}
	if cfg.QuorumNumbers == nil {
		cfg.QuorumNumbers = []byte{0}
	}
	if cfg.ReferenceBlockLag == 0 {
		cfg.ReferenceBlockLag = 2
	}
	if cfg.RetryInterval <= 0 {
		cfg.RetryInterval = 2 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Metrics == nil {
		cfg.Metrics = NoopMetrics{}
	}
	if cfg.ThresholdPercentage > 100 {
		return nil, fmt.Errorf("aggregator: threshold %d%% is above 100%%", cfg.ThresholdPercentage)
	}
	settings, err := reader.Settings(ctx)
	if err != nil {
		return nil, fmt.Errorf("aggregator: %w", err)
	}
	threshold := cfg.ThresholdPercentage
	if threshold == 0 {
		threshold = settings.QuorumThresholdPercentage
	}
	if threshold < settings.QuorumThresholdPercentage {
		return nil, fmt.Errorf("aggregator: threshold %d%% is below the service manager's minimum %d%%", threshold, settings.QuorumThresholdPercentage)
	}
	return &Aggregator{
		cfg: cfg, reader: reader, sender: sender, store: store, log: cfg.Logger,
		domainL1: sender.ChainID(), sm: reader.ServiceManager(), threshold: threshold, maxAge: settings.MaxReferenceBlockAge,
		verifier: newVerifier(), tasks: map[string]*task{}, wake: make(chan struct{}, 1),
	}, nil
}

// Start loads persisted tasks and starts the submission worker.
func (a *Aggregator) Start(ctx context.Context) error {
	if err := a.load(ctx); err != nil {
		return err
	}
	wctx, cancel := context.WithCancel(context.Background())
	a.cancel = cancel
	a.done = make(chan struct{})
	go a.worker(wctx)
	a.poke()
	return nil
}

// Stop stops the worker and waits for it. It is safe to call on nil, before Start and more than once.
func (a *Aggregator) Stop(ctx context.Context) error {
	if a == nil || a.cancel == nil || !a.stopped.CompareAndSwap(false, true) {
		return nil
	}
	a.cancel()
	select {
	case <-a.done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("aggregator: stop: %w", ctx.Err())
	}
}

// Stopped reports whether Stop was called.
func (a *Aggregator) Stopped() bool { return a.stopped.Load() }

// Threshold is the percentage of each quorum's stake that must sign.
func (a *Aggregator) Threshold() uint8 { return a.threshold }

// OpenTask returns the task for an alert about rollupChainID, creating it (and fixing its reference block) on the
// first request.
func (a *Aggregator) OpenTask(ctx context.Context, rollupChainID *big.Int, al alert.Alert) (TaskInfo, error) {
	if rollupChainID == nil || rollupChainID.Sign() <= 0 {
		return TaskInfo{}, errors.New("aggregator: rollup chain ID must be positive")
	}
	if err := al.Validate(); err != nil {
		return TaskInfo{}, err
	}
	hash := al.MessageHash()
	key := string(taskKey(rollupChainID, hash))
	a.mu.Lock()
	defer a.mu.Unlock()
	if t, ok := a.tasks[key]; ok && t.State != StateExpired {
		return t.info(), nil
	}
	// A new task, or a fresh start for one whose reference block grew too old before it was confirmed.
	supported, err := a.reader.IsSupportedRollup(ctx, rollupChainID)
	if err != nil {
		return TaskInfo{}, fmt.Errorf("aggregator: %w", err)
	}
	if !supported {
		return TaskInfo{}, fmt.Errorf("rollup %s: %w", rollupChainID, ErrUnsupportedRollup)
	}
	head, err := a.reader.Head(ctx)
	if err != nil {
		return TaskInfo{}, fmt.Errorf("aggregator: %w", err)
	}
	if head < a.cfg.ReferenceBlockLag {
		return TaskInfo{}, fmt.Errorf("aggregator: L1 head %d is below the reference block lag %d", head, a.cfg.ReferenceBlockLag)
	}
	env, err := alert.Wrap(al)
	if err != nil {
		return TaskInfo{}, err
	}
	ref := uint32(head - a.cfg.ReferenceBlockLag)
	t := &task{record: record{
		RollupChainID: new(big.Int).Set(rollupChainID), Alert: env, MessageHash: hash, ReferenceBlock: ref,
		Digest: alert.Digest(a.domain(rollupChainID), hash, ref), Created: time.Now().UTC(), State: StateOpen,
		Signatures: map[common.Hash][2]*big.Int{},
	}}
	if err := a.hydrate(ctx, t); err != nil {
		return TaskInfo{}, err
	}
	if err := a.persist(t); err != nil {
		return TaskInfo{}, err
	}
	a.tasks[key] = t
	a.cfg.Metrics.TaskOpened()
	a.log.Info("task opened", "rollup", rollupChainID, "alert", hash, "kind", al.Kind(), "referenceBlock", ref, "operators", len(t.byID))
	return t.info(), nil
}

// Signature is one operator's signature of a task's digest.
type Signature struct {
	RollupChainID  *big.Int
	MessageHash    common.Hash
	ReferenceBlock uint32
	OperatorID     common.Hash
	Signature      *bls.Signature
}

// Progress is a task's tally after a signature.
type Progress struct {
	State State `json:"state"`
	// SignedPercent[i] is the share of QuorumNumbers[i]'s stake that has signed, in percent (rounded down).
	SignedPercent []uint64 `json:"signedPercent"`
	Signers       int      `json:"signers"`
}

// SubmitSignature verifies and counts one operator's signature.
func (a *Aggregator) SubmitSignature(ctx context.Context, s Signature) (_ Progress, err error) {
	defer func() {
		if err != nil {
			a.cfg.Metrics.SignatureRejected(RejectReason(err))
		} else {
			a.cfg.Metrics.SignatureAccepted()
		}
	}()
	if s.RollupChainID == nil || s.Signature == nil || s.Signature.G1Point == nil {
		return Progress{}, errors.New("aggregator: rollup chain ID and signature are required")
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	t, ok := a.tasks[string(taskKey(s.RollupChainID, s.MessageHash))]
	if !ok {
		return Progress{}, fmt.Errorf("alert %s on rollup %s: %w", s.MessageHash, s.RollupChainID, ErrUnknownTask)
	}
	if s.ReferenceBlock != t.ReferenceBlock {
		return Progress{}, fmt.Errorf("got block %d, task has %d: %w", s.ReferenceBlock, t.ReferenceBlock, ErrReferenceBlock)
	}
	if t.State == StateExpired {
		return Progress{}, ErrTaskExpired
	}
	m, ok := t.byID[s.OperatorID]
	if !ok {
		return Progress{}, fmt.Errorf("operator %s: %w", s.OperatorID, ErrNotOperator)
	}
	if _, dup := t.sigs[s.OperatorID]; dup {
		return Progress{}, fmt.Errorf("operator %s: %w", s.OperatorID, ErrDuplicateSignature)
	}
	if !a.verifier.verify(s.Signature, &t.negH, s.OperatorID, t.pubkeys[m.address].G2) {
		return Progress{}, fmt.Errorf("operator %s: %w", s.OperatorID, ErrInvalidSignature)
	}
	if t.State == StateConfirmed || len(t.TxHashes) > 0 {
		// The confirmation is sent or done: count nothing more, but tell the signer where the task is.
		return a.progress(t), nil
	}
	// Until confirmAlert is sent, every signature counts: each one less non-signer makes it cheaper.
	prev := t.State
	t.sigs[s.OperatorID] = s.Signature
	t.Signatures[s.OperatorID] = [2]*big.Int{s.Signature.X.BigInt(new(big.Int)), s.Signature.Y.BigInt(new(big.Int))}
	reached := t.State == StateOpen && a.thresholdMet(t)
	if reached {
		t.State = StateSubmitting
		t.ThresholdAt = time.Now().UTC()
	}
	if err := a.persist(t); err != nil {
		delete(t.sigs, s.OperatorID)
		delete(t.Signatures, s.OperatorID)
		t.State = prev
		return Progress{}, err
	}
	p := a.progress(t)
	a.log.Info("signature counted", "rollup", t.RollupChainID, "alert", t.MessageHash, "operator", s.OperatorID, "signers", len(t.sigs), "signedPercent", p.SignedPercent)
	if reached {
		if a.cfg.Grace > 0 {
			time.AfterFunc(a.cfg.Grace, a.poke)
		} else {
			a.poke()
		}
	}
	return p, nil
}

// Task returns the current state of a task.
func (a *Aggregator) Task(rollupChainID *big.Int, messageHash common.Hash) (TaskInfo, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	t, ok := a.tasks[string(taskKey(rollupChainID, messageHash))]
	if !ok {
		return TaskInfo{}, false
	}
	return t.info(), true
}

func (a *Aggregator) domain(rollupChainID *big.Int) alert.Domain {
	return alert.Domain{L1ChainID: a.domainL1, ServiceManager: a.reader.Deployment().Addresses.MachServiceManager, RollupChainID: rollupChainID}
}

// hydrate reads the operator set and keys at the task's reference block and re-verifies persisted signatures.
func (a *Aggregator) hydrate(ctx context.Context, t *task) error {
	set, err := a.reader.OperatorSetAt(ctx, a.cfg.QuorumNumbers, t.ReferenceBlock)
	if err != nil {
		return fmt.Errorf("aggregator: %w", err)
	}
	t.set = set
	t.byID = map[common.Hash]member{}
	var addrs []common.Address
	for qi, ops := range set.Quorums {
		for _, op := range ops {
			m, seen := t.byID[op.ID]
			if !seen {
				addrs = append(addrs, op.Address)
				m.address = op.Address
			}
			m.quorums = append(m.quorums, qi)
			t.byID[op.ID] = m
		}
	}
	if len(addrs) == 0 {
		return fmt.Errorf("block %d: %w", t.ReferenceBlock, ErrNoStakeAtReference)
	}
	if t.pubkeys, err = a.reader.Pubkeys(ctx, addrs); err != nil {
		return fmt.Errorf("aggregator: %w", err)
	}
	t.negH = negHash(t.Digest)
	t.sigs = map[common.Hash]*bls.Signature{}
	for id, xy := range t.Signatures {
		m, ok := t.byID[id]
		if !ok {
			continue
		}
		sig := &bls.Signature{G1Point: bls.NewG1Point(xy[0], xy[1])}
		if !a.verifier.verify(sig, &t.negH, id, t.pubkeys[m.address].G2) {
			a.log.Warn("dropping stored signature that no longer verifies", "alert", t.MessageHash, "operator", id)
			continue
		}
		t.sigs[id] = sig
	}
	return nil
}

func (a *Aggregator) signedStake(t *task) []*big.Int {
	signed := make([]*big.Int, len(t.set.Quorums))
	for qi, ops := range t.set.Quorums {
		signed[qi] = new(big.Int)
		for _, op := range ops {
			if _, ok := t.sigs[op.ID]; ok {
				signed[qi].Add(signed[qi], op.Stake)
			}
		}
	}
	return signed
}

func (a *Aggregator) progress(t *task) Progress {
	p := Progress{State: t.State, Signers: len(t.sigs)}
	for qi, s := range a.signedStake(t) {
		total := t.set.TotalStake[qi]
		pct := uint64(0)
		if total.Sign() > 0 {
			pct = new(big.Int).Div(new(big.Int).Mul(s, big.NewInt(100)), total).Uint64()
		}
		p.SignedPercent = append(p.SignedPercent, pct)
	}
	return p
}

// thresholdMet mirrors the contract: signed * 100 >= total * threshold for every quorum, with stake present.
func (a *Aggregator) thresholdMet(t *task) bool {
	for qi, s := range a.signedStake(t) {
		total := t.set.TotalStake[qi]
		if total.Sign() == 0 {
			return false
		}
		lhs := new(big.Int).Mul(s, big.NewInt(100))
		rhs := new(big.Int).Mul(total, big.NewInt(int64(a.threshold)))
		if lhs.Cmp(rhs) < 0 {
			return false
		}
	}
	return true
}

func (a *Aggregator) persist(t *task) error {
	data, err := t.record.encode()
	if err != nil {
		return fmt.Errorf("aggregator: encode task: %w", err)
	}
	if err := a.store.Put(taskKey(t.RollupChainID, t.MessageHash), data); err != nil {
		return fmt.Errorf("aggregator: persist task %s: %w", t.MessageHash, err)
	}
	return nil
}

// load reads persisted tasks that are not finished and re-reads their L1 state.
func (a *Aggregator) load(ctx context.Context) error {
	var records []record
	if err := a.store.Each([]byte("aggregator/task/"), func(_, value []byte) error {
		var r record
		if err := json.Unmarshal(value, &r); err != nil {
			return fmt.Errorf("aggregator: decode stored task: %w", err)
		}
		records = append(records, r)
		return nil
	}); err != nil {
		return err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	resumed := 0
	for _, r := range records {
		t := &task{record: r}
		if t.Signatures == nil {
			t.Signatures = map[common.Hash][2]*big.Int{}
		}
		if t.State == StateOpen || t.State == StateSubmitting {
			if err := a.hydrate(ctx, t); err != nil {
				return fmt.Errorf("aggregator: resume task %s: %w", t.MessageHash, err)
			}
			resumed++
		}
		a.tasks[string(taskKey(t.RollupChainID, t.MessageHash))] = t
	}
	a.cfg.Metrics.TasksResumed(resumed)
	if len(records) > 0 {
		a.log.Info("tasks resumed", "count", len(records))
	}
	return nil
}

func (a *Aggregator) poke() {
	select {
	case a.wake <- struct{}{}:
	default:
	}
}

// worker submits tasks that reached the threshold, retrying every RetryInterval until they are confirmed.
func (a *Aggregator) worker(ctx context.Context) {
	defer close(a.done)
	ticker := time.NewTicker(a.cfg.RetryInterval)
	defer ticker.Stop()
	for {
		for _, t := range a.due() {
			if err := a.submit(ctx, t); err != nil {
				if ctx.Err() != nil {
					return
				}
				a.log.Warn("confirmAlert failed, will retry", "rollup", t.RollupChainID, "alert", t.MessageHash, "err", err, "retryIn", a.cfg.RetryInterval)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-a.wake:
		case <-ticker.C:
		}
	}
}

func (a *Aggregator) due() []*task {
	a.mu.Lock()
	defer a.mu.Unlock()
	var out []*task
	now := time.Now()
	for _, t := range a.tasks {
		if t.State == StateSubmitting && (len(t.TxHashes) > 0 || now.Sub(t.ThresholdAt) >= a.cfg.Grace) {
			out = append(out, t)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Created.Before(out[j].Created) })
	return out
}

// submit confirms t on L1 unless it is already confirmed or a transaction for it is still pending.
func (a *Aggregator) submit(ctx context.Context, t *task) error {
	confirmed, err := a.reader.Contains(ctx, t.RollupChainID, t.MessageHash)
	if err != nil {
		return err
	}
	if confirmed {
		return a.finish(t, common.Hash{})
	}
	if r, pending, err := a.checkSent(ctx, t); err != nil {
		return err
	} else if r != nil {
		if r.Status == types.ReceiptStatusSuccessful {
			return a.finish(t, r.TxHash)
		}
	} else if pending != nil {
		r, err := a.sender.Wait(ctx, pending)
		if err != nil {
			return err
		}
		return a.finish(t, r.TxHash)
	}
	head, err := a.reader.Head(ctx)
	if err != nil {
		return err
	}
	// confirmAlert runs in a later block than the head; the contract refuses block.number - ref > maxAge.
	if head+1-uint64(t.ReferenceBlock) > uint64(a.maxAge) {
		return a.expire(t, head)
	}

	header, params, err := a.build(ctx, t)
	if err != nil {
		return err
	}
	a.cfg.Metrics.ConfirmAttempt()
	r, err := a.sender.DoBumped(ctx, "confirmAlert", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.sm.ConfirmAlert(o, header, params)
	}, a.cfg.Bump, func(h common.Hash) error {
		a.mu.Lock()
		defer a.mu.Unlock()
		t.TxHashes = append(t.TxHashes, h)
		return a.persist(t)
	})
	if err != nil {
		a.cfg.Metrics.ConfirmFailed()
		return err
	}
	return a.finish(t, r.TxHash)
}

// checkSent looks at transactions sent for t before: a receipt if one was mined, or a transaction still pending.
func (a *Aggregator) checkSent(ctx context.Context, t *task) (*types.Receipt, *types.Transaction, error) {
	backend := a.sender.Backend()
	a.mu.Lock()
	hashes := append([]common.Hash(nil), t.TxHashes...)
	a.mu.Unlock()
	for _, h := range hashes {
		r, err := backend.TransactionReceipt(ctx, h)
		if err == nil {
			if r.Status == types.ReceiptStatusSuccessful {
				return r, nil, nil
			}
			continue
		}
		if !errors.Is(err, ethereum.NotFound) {
			continue
		}
		if reader, ok := backend.(interface {
			TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
		}); ok {
			if tx, isPending, err := reader.TransactionByHash(ctx, h); err == nil && isPending {
				return nil, tx, nil
			}
		}
	}
	return nil, nil, nil
}

func (a *Aggregator) finish(t *task, tx common.Hash) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	t.State = StateConfirmed
	t.ConfirmedIn = tx
	a.cfg.Metrics.TaskConfirmed(time.Since(t.Created))
	if err := a.persist(t); err != nil {
		return err
	}
	a.log.Info("alert confirmed on L1", "rollup", t.RollupChainID, "alert", t.MessageHash, "tx", tx, "signers", len(t.sigs))
	return nil
}

func (a *Aggregator) expire(t *task, head uint64) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	t.State = StateExpired
	a.cfg.Metrics.TaskExpired()
	a.log.Error("task expired before confirmation: its reference block is too old", "rollup", t.RollupChainID, "alert", t.MessageHash, "referenceBlock", t.ReferenceBlock, "head", head, "maxAge", a.maxAge)
	return a.persist(t)
}

// build assembles confirmAlert's arguments from the signatures counted so far.
func (a *Aggregator) build(ctx context.Context, t *task) (machservicemanager.MachServiceManagerAlertHeader, machservicemanager.BLSSignatureCheckerNonSignerStakesAndSignature, error) {
	a.mu.Lock()
	p, nonSigners := aggregate(t)
	ref := t.ReferenceBlock
	header := machservicemanager.MachServiceManagerAlertHeader{
		MessageHash:                t.MessageHash,
		QuorumNumbers:              a.cfg.QuorumNumbers,
		QuorumThresholdPercentages: bytes.Repeat([]byte{a.threshold}, len(a.cfg.QuorumNumbers)),
		ReferenceBlockNumber:       ref,
		RollupChainID:              t.RollupChainID,
	}
	a.mu.Unlock()
	idx, err := a.reader.CheckSignaturesIndices(ctx, ref, a.cfg.QuorumNumbers, nonSigners)
	if err != nil {
		return header, p, err
	}
	p.NonSignerQuorumBitmapIndices = idx.NonSignerQuorumBitmapIndices
	p.QuorumApkIndices = idx.QuorumApkIndices
	p.TotalStakeIndices = idx.TotalStakeIndices
	p.NonSignerStakeIndices = idx.NonSignerStakeIndices
	return header, p, nil
}

// aggregate sums the signers' signatures and G2 keys, lists the non-signers' G1 keys by ascending operator id (as
// the contract requires) and sums each quorum's G1 keys. The registry hints are left to the caller.
func aggregate(t *task) (machservicemanager.BLSSignatureCheckerNonSignerStakesAndSignature, []common.Hash) {
	var p machservicemanager.BLSSignatureCheckerNonSignerStakesAndSignature
	sigma := bls.NewZeroSignature()
	apkG2 := bls.NewZeroG2Point()
	var nonSigners []common.Hash
	for id, m := range t.byID {
		sig, signed := t.sigs[id]
		if !signed {
			nonSigners = append(nonSigners, id)
			continue
		}
		// An operator in several quorums counts once per quorum, as the contract's apk does.
		for range m.quorums {
			sigma = sigma.Add(sig)
			apkG2 = apkG2.Add(t.pubkeys[m.address].G2)
		}
	}
	sort.Slice(nonSigners, func(i, j int) bool { return bytes.Compare(nonSigners[i][:], nonSigners[j][:]) < 0 })
	for _, id := range nonSigners {
		p.NonSignerPubkeys = append(p.NonSignerPubkeys, g1Point(t.pubkeys[t.byID[id].address].G1))
	}
	for _, ops := range t.set.Quorums {
		apk := bls.NewZeroG1Point()
		for _, op := range ops {
			apk = apk.Add(t.pubkeys[op.Address].G1)
		}
		p.QuorumApks = append(p.QuorumApks, g1Point(apk))
	}
	p.ApkG2 = g2Point(apkG2)
	p.Sigma = g1Point(sigma.G1Point)
	return p, nonSigners
}

func g1Point(p *bls.G1Point) machservicemanager.BN254G1Point {
	return machservicemanager.BN254G1Point{X: p.X.BigInt(new(big.Int)), Y: p.Y.BigInt(new(big.Int))}
}

// g2Point converts to the contract's order: imaginary part first.
func g2Point(p *bls.G2Point) machservicemanager.BN254G2Point {
	return machservicemanager.BN254G2Point{
		X: [2]*big.Int{p.X.A1.BigInt(new(big.Int)), p.X.A0.BigInt(new(big.Int))},
		Y: [2]*big.Int{p.Y.A1.BigInt(new(big.Int)), p.Y.A0.BigInt(new(big.Int))},
	}
}
