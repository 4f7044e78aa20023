// Package devtoken mints the mock ERC20 of eigensdk-go's M2 devnet state, so devnet operators have something to
// restake. MockERC20.mint is open to anyone: it exists only on devnets, and Mint refuses other chains.
package devtoken

import (
	"context"
	"fmt"
	"math/big"

	mockerc20 "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockERC20"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mach-avs/mach/internal/ethtx"
)

// DevnetChainIDs are the chains Mint runs on (anvil/hardhat and geth --dev).
var DevnetChainIDs = map[uint64]bool{31337: true, 1337: true}

// Mint mints amount of the mock token at token to to.
func Mint(ctx context.Context, sender *ethtx.Sender, token, to common.Address, amount *big.Int) error {
	if id := sender.ChainID(); !id.IsUint64() || !DevnetChainIDs[id.Uint64()] {
		return fmt.Errorf("devtoken: refusing to mint on chain %s: only devnets (31337, 1337)", id)
	}
	t, err := mockerc20.NewContractMockERC20(token, sender.Backend())
	if err != nil {
		return fmt.Errorf("devtoken: %w", err)
	}
	if _, err := sender.Do(ctx, "mint mock token", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return t.Mint(o, to, amount)
	}); err != nil {
		return fmt.Errorf("devtoken: %w", err)
	}
	return nil
}
