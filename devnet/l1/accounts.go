package l1

import (
	"crypto/ecdsa"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Account is a funded development account with its private key. The keys are public test keys: never use them
// on a real network.
type Account struct {
	// Key is the account's private key.
	Key *ecdsa.PrivateKey
	// Address is the account's address.
	Address common.Address
}

// devMnemonic is the mnemonic anvil and hardhat derive their default accounts from; account 0 is
// 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266, which owns eigensdk-go's M2 deployment.
const devMnemonic = "test test test test test test test test test test test junk"

// hardened marks a hardened BIP-32 child index.
const hardened = 1 << 31

// devAccounts derives accounts m/44'/60'/0'/0/0 … m/44'/60'/0'/0/(n-1) of the anvil mnemonic (BIP-39 seed without
// passphrase, BIP-32 derivation), the same keys `anvil` prints.
func devAccounts(n int) ([]Account, error) {
	seed, err := pbkdf2.Key(sha512.New, devMnemonic, []byte("mnemonic"), 2048, 64)
	if err != nil {
		return nil, fmt.Errorf("derive dev accounts: %w", err)
	}
	mac := hmac.New(sha512.New, []byte("Bitcoin seed"))
	mac.Write(seed)
	sum := mac.Sum(nil)
	key := extendedKey{k: new(big.Int).SetBytes(sum[:32]), chain: sum[32:]}
	for _, i := range []uint32{44 + hardened, 60 + hardened, 0 + hardened, 0} {
		if key, err = key.child(i); err != nil {
			return nil, fmt.Errorf("derive dev accounts: %w", err)
		}
	}
	accounts := make([]Account, n)
	for i := range accounts {
		child, err := key.child(uint32(i))
		if err != nil {
			return nil, fmt.Errorf("derive dev account %d: %w", i, err)
		}
		priv, err := crypto.ToECDSA(common.LeftPadBytes(child.k.Bytes(), 32))
		if err != nil {
			return nil, fmt.Errorf("derive dev account %d: %w", i, err)
		}
		accounts[i] = Account{Key: priv, Address: crypto.PubkeyToAddress(priv.PublicKey)}
	}
	return accounts, nil
}

// extendedKey is a BIP-32 extended private key on secp256k1.
type extendedKey struct {
	k     *big.Int
	chain []byte
}

// child derives child i (hardened when i >= 2^31) per BIP-32.
func (x extendedKey) child(i uint32) (extendedKey, error) {
	var data []byte
	if i >= hardened {
		data = append([]byte{0}, common.LeftPadBytes(x.k.Bytes(), 32)...)
	} else {
		priv, err := crypto.ToECDSA(common.LeftPadBytes(x.k.Bytes(), 32))
		if err != nil {
			return extendedKey{}, err
		}
		data = crypto.CompressPubkey(&priv.PublicKey)
	}
	data = binary.BigEndian.AppendUint32(data, i)
	mac := hmac.New(sha512.New, x.chain)
	mac.Write(data)
	sum := mac.Sum(nil)
	n := crypto.S256().Params().N
	il := new(big.Int).SetBytes(sum[:32])
	if il.Cmp(n) >= 0 {
		return extendedKey{}, errors.New("invalid BIP-32 child (IL >= n)")
	}
	k := il.Add(il, x.k)
	k.Mod(k, n)
	if k.Sign() == 0 {
		return extendedKey{}, errors.New("invalid BIP-32 child (zero key)")
	}
	return extendedKey{k: k, chain: sum[32:]}, nil
}
