// Package ethtx sends L1 transactions from one key and waits for them: nonces are assigned locally so a batch of
// independent transactions goes out at once, and every receipt is checked, so a reverted transaction is an error
// that names the step, never a silent success. Used by deploy, operator registration and the aggregator.
package ethtx

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Backend is what the sender needs from an L1 client (*ethclient.Client satisfies it).
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
}

// Config tunes a Sender.
type Config struct {
	// PollInterval is how often receipts are polled; 0 means 500ms.
	PollInterval time.Duration
	// Timeout bounds the wait for one receipt; 0 means 5 minutes.
	Timeout time.Duration
	// Logger receives one line per mined transaction; nil means slog.Default().
	Logger *slog.Logger
	// GasMarginPercent is added to every gas estimate; 0 means 25. Estimates run against the latest block, but
	// registries that keep per-block history cost more when the transaction lands in a later block.
	GasMarginPercent uint64
}

// Sender signs and sends transactions from one account.
type Sender struct {
	backend Backend
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	cfg     Config

	mu    sync.Mutex
	nonce uint64
}

// ErrReverted is wrapped by errors for transactions that were mined but reverted.
var ErrReverted = errors.New("transaction reverted")

// New returns a Sender for key on backend. It reads the chain ID and the account's pending nonce.
func New(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, cfg Config) (*Sender, error) {
	if backend == nil || key == nil {
		return nil, errors.New("ethtx: backend and key are required")
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 500 * time.Millisecond
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 5 * time.Minute
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.GasMarginPercent == 0 {
		cfg.GasMarginPercent = 25
	}
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("ethtx: read chain ID: %w", err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := backend.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("ethtx: read nonce of %s: %w", from, err)
	}
	return &Sender{backend: backend, key: key, from: from, chainID: chainID, cfg: cfg, nonce: nonce}, nil
}

// From is the sending account.
func (s *Sender) From() common.Address { return s.from }

// ChainID is the chain the sender signs for.
func (s *Sender) ChainID() *big.Int { return new(big.Int).Set(s.chainID) }

// Backend is the client the sender uses.
func (s *Sender) Backend() Backend { return s.backend }

// SignHash signs a 32-byte digest with the sender's key as Ethereum contracts expect it (v = 27 or 28).
func (s *Sender) SignHash(digest []byte) ([]byte, error) {
	sig, err := crypto.Sign(digest, s.key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// Opts returns transaction options with the next nonce. Use it for one transaction only.
func (s *Sender) Opts(ctx context.Context) (*bind.TransactOpts, error) {
	opts, err := bind.NewKeyedTransactorWithChainID(s.key, s.chainID)
	if err != nil {
		return nil, fmt.Errorf("ethtx: transactor: %w", err)
	}
	s.mu.Lock()
	opts.Nonce = new(big.Int).SetUint64(s.nonce)
	s.nonce++
	s.mu.Unlock()
	opts.Context = ctx
	return opts, nil
}

// Step is one transaction of a batch: Label names it in logs and errors; Send builds and sends it.
type Step struct {
	Label string
	Send  func(opts *bind.TransactOpts) (*types.Transaction, error)
}

// Do sends one transaction and waits until it is mined successfully.
func (s *Sender) Do(ctx context.Context, label string, send func(opts *bind.TransactOpts) (*types.Transaction, error)) (*types.Receipt, error) {
	receipts, err := s.Batch(ctx, Step{Label: label, Send: send})
	if err != nil {
		return nil, err
	}
	return receipts[0], nil
}

// Batch sends independent transactions back to back (consecutive nonces) and waits for all of them. A step must
// not depend on the state another step of the same batch creates (gas is estimated against the latest block).
// On a send error the nonce counter is re-read from the chain so later batches do not leave gaps.
func (s *Sender) Batch(ctx context.Context, steps ...Step) ([]*types.Receipt, error) {
	txs := make([]*types.Transaction, len(steps))
	for i, step := range steps {
		opts, err := s.Opts(ctx)
		if err != nil {
			return nil, err
		}
		opts.NoSend = true
		tx, err := step.Send(opts)
		if err == nil {
			tx, err = s.sendWithMargin(ctx, tx)
		}
		if err != nil {
			if rerr := s.resync(ctx); rerr != nil {
				err = errors.Join(err, rerr)
			}
			return nil, fmt.Errorf("%s: send: %w", step.Label, err)
		}
		txs[i] = tx
	}
	receipts := make([]*types.Receipt, len(steps))
	for i, tx := range txs {
		r, err := s.Wait(ctx, tx)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", steps[i].Label, err)
		}
		s.cfg.Logger.Debug("transaction mined", "step", steps[i].Label, "tx", tx.Hash(), "block", r.BlockNumber, "gas", r.GasUsed)
		receipts[i] = r
	}
	return receipts, nil
}

// pendingEstimator is implemented by *ethclient.Client.
type pendingEstimator interface {
	EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) (uint64, error)
}

// pendingBlock is the JSON-RPC "pending" block tag as ethclient encodes block numbers.
var pendingBlock = big.NewInt(-1)

// sendWithMargin re-signs tx (built but not sent by a binding) with a safer gas limit and sends it. Bindings
// estimate against the latest block, whose number is the current one; the transaction runs in a later block, and
// EigenLayer's registries cost far more there (a new history entry instead of an update in place). So the limit
// is the larger of that estimate and one against the pending block, plus the margin.
func (s *Sender) sendWithMargin(ctx context.Context, tx *types.Transaction) (*types.Transaction, error) {
	gas := tx.Gas()
	if pe, ok := s.backend.(pendingEstimator); ok {
		pending, err := pe.EstimateGasAtBlock(ctx, ethereum.CallMsg{From: s.from, To: tx.To(), Value: tx.Value(), Data: tx.Data()}, pendingBlock)
		if err != nil {
			return nil, fmt.Errorf("ethtx: estimate gas on the pending block: %w", err)
		}
		gas = max(gas, pending)
	}
	gas += gas * s.cfg.GasMarginPercent / 100
	signed, err := s.resign(tx, gas, tx.GasTipCap(), tx.GasFeeCap())
	if err != nil {
		return nil, err
	}
	if err := s.backend.SendTransaction(ctx, signed); err != nil {
		return nil, err
	}
	return signed, nil
}

// resign signs a copy of tx with the given gas limit and fees (for a legacy transaction, feeCap is the price).
func (s *Sender) resign(tx *types.Transaction, gas uint64, tip, feeCap *big.Int) (*types.Transaction, error) {
	var inner types.TxData
	switch tx.Type() {
	case types.DynamicFeeTxType:
		inner = &types.DynamicFeeTx{
			ChainID: s.chainID, Nonce: tx.Nonce(), GasTipCap: tip, GasFeeCap: feeCap,
			Gas: gas, To: tx.To(), Value: tx.Value(), Data: tx.Data(), AccessList: tx.AccessList(),
		}
	case types.LegacyTxType:
		inner = &types.LegacyTx{Nonce: tx.Nonce(), GasPrice: feeCap, Gas: gas, To: tx.To(), Value: tx.Value(), Data: tx.Data()}
	default:
		return nil, fmt.Errorf("ethtx: unexpected transaction type %d", tx.Type())
	}
	signed, err := types.SignNewTx(s.key, types.LatestSignerForChainID(s.chainID), inner)
	if err != nil {
		return nil, fmt.Errorf("ethtx: sign: %w", err)
	}
	return signed, nil
}

// Bump says when and how a stuck transaction is replaced.
type Bump struct {
	// After is how long a transaction may stay unmined before it is replaced; 0 means 30s.
	After time.Duration
	// Percent raises both fee caps per replacement; below 10 (nodes refuse smaller bumps) means 15.
	Percent uint64
	// Max is how many replacements are sent at most; 0 means 5.
	Max int
}

// DoBumped sends one transaction and, while none of its versions is mined after Bump.After, replaces it (same
// nonce, fees raised by Bump.Percent) up to Bump.Max times. onSent, if not nil, sees every hash before the wait,
// so a caller can persist it and find the transaction again after a restart.
func (s *Sender) DoBumped(ctx context.Context, label string, send func(opts *bind.TransactOpts) (*types.Transaction, error), bump Bump, onSent func(common.Hash) error) (*types.Receipt, error) {
	if bump.After <= 0 {
		bump.After = 30 * time.Second
	}
	if bump.Percent < 10 {
		bump.Percent = 15
	}
	if bump.Max <= 0 {
		bump.Max = 5
	}
	opts, err := s.Opts(ctx)
	if err != nil {
		return nil, err
	}
	opts.NoSend = true
	tx, err := send(opts)
	if err == nil {
		tx, err = s.sendWithMargin(ctx, tx)
	}
	if err != nil {
		return nil, errors.Join(fmt.Errorf("%s: send: %w", label, err), s.resync(ctx))
	}
	sent := []*types.Transaction{tx}
	for attempt := 0; ; attempt++ {
		if onSent != nil {
			if err := onSent(tx.Hash()); err != nil {
				return nil, fmt.Errorf("%s: record tx %s: %w", label, tx.Hash(), err)
			}
		}
		r, err := s.waitAny(ctx, sent, bump.After)
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, errNotYet) {
			return r, fmt.Errorf("%s: %w", label, err)
		}
		if attempt >= bump.Max {
			return nil, fmt.Errorf("%s: not mined after %d replacements (last tx %s)", label, bump.Max, tx.Hash())
		}
		raise := func(v *big.Int) *big.Int {
			return new(big.Int).Div(new(big.Int).Mul(v, big.NewInt(int64(100+bump.Percent))), big.NewInt(100))
		}
		next, err := s.resign(tx, tx.Gas(), raise(tx.GasTipCap()), raise(tx.GasFeeCap()))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", label, err)
		}
		if err := s.backend.SendTransaction(ctx, next); err != nil {
			// The nonce may be taken by an earlier version that was just mined: look once more.
			if r, werr := s.waitAny(ctx, sent, s.cfg.PollInterval); werr == nil {
				return r, nil
			}
			return nil, fmt.Errorf("%s: send replacement of %s: %w", label, tx.Hash(), err)
		}
		s.cfg.Logger.Warn("transaction not mined, replaced with higher fees", "step", label, "old", tx.Hash(), "new", next.Hash(), "feeCap", next.GasFeeCap())
		tx = next
		sent = append(sent, tx)
	}
}

var errNotYet = errors.New("not mined yet")

// waitAny waits up to d for a receipt of any of txs.
func (s *Sender) waitAny(ctx context.Context, txs []*types.Transaction, d time.Duration) (*types.Receipt, error) {
	deadline := time.NewTimer(d)
	defer deadline.Stop()
	ticker := time.NewTicker(s.cfg.PollInterval)
	defer ticker.Stop()
	for {
		for _, tx := range txs {
			r, err := s.backend.TransactionReceipt(ctx, tx.Hash())
			if err == nil {
				if err := s.settle(ctx, r); err != nil {
					return nil, err
				}
				if r.Status != types.ReceiptStatusSuccessful {
					return r, fmt.Errorf("tx %s in block %s (gas used %d of %d): %w", tx.Hash(), r.BlockNumber, r.GasUsed, tx.Gas(), ErrReverted)
				}
				return r, nil
			}
			if !errors.Is(err, ethereum.NotFound) && !isIndexing(err) {
				return nil, fmt.Errorf("receipt of tx %s: %w", tx.Hash(), err)
			}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-deadline.C:
			return nil, errNotYet
		case <-ticker.C:
		}
	}
}

// Wait polls for tx's receipt and checks its status.
func (s *Sender) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	ticker := time.NewTicker(s.cfg.PollInterval)
	defer ticker.Stop()
	for {
		r, err := s.backend.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if err := s.settle(ctx, r); err != nil {
				return nil, err
			}
			if r.Status != types.ReceiptStatusSuccessful {
				return r, fmt.Errorf("tx %s in block %s (gas used %d of %d): %w", tx.Hash(), r.BlockNumber, r.GasUsed, tx.Gas(), ErrReverted)
			}
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) && !isIndexing(err) {
			return nil, fmt.Errorf("receipt of tx %s: %w", tx.Hash(), err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("tx %s not mined: %w", tx.Hash(), ctx.Err())
		case <-ticker.C:
		}
	}
}

// settle waits until the node's head includes the receipt's block. A node can serve a receipt a moment before
// its latest block is the one holding it (go-ethereum indexes the block's transactions before it moves the head),
// and a caller that reads state right after Wait, or estimates the next transaction, must see the mined one.
func (s *Sender) settle(ctx context.Context, r *types.Receipt) error {
	if r.BlockNumber == nil {
		return nil
	}
	want := r.BlockNumber.Uint64()
	for {
		head, err := s.backend.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("ethtx: read the head after tx %s: %w", r.TxHash, err)
		}
		if head >= want {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("ethtx: head %d never reached the block %d of tx %s: %w", head, want, r.TxHash, ctx.Err())
		case <-time.After(max(s.cfg.PollInterval/4, time.Millisecond)):
		}
	}
}

func (s *Sender) resync(ctx context.Context) error {
	nonce, err := s.backend.PendingNonceAt(ctx, s.from)
	if err != nil {
		return fmt.Errorf("ethtx: re-read nonce: %w", err)
	}
	s.mu.Lock()
	s.nonce = nonce
	s.mu.Unlock()
	return nil
}

// isIndexing reports geth's answer while its transaction index catches up ("transaction indexing is in
// progress"): the receipt is not known yet, which is no error.
func isIndexing(err error) bool {
	return strings.Contains(err.Error(), "transaction indexing is in progress")
}
