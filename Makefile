# Mach. Needs only Go and node/npm: the Solidity toolchain (forge, solcjs) is pinned in contracts/package-lock.json.
# `make help` lists the targets.

SHELL := /usr/bin/env bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# Deployable contracts that get Go bindings in contracts/bindings (one package each). Add a name here, then run
# `make bindings`.
BINDINGS := MachServiceManager PauserRegistry RiscZeroGroth16Verifier RiscZeroMockVerifier \
	MachZkServiceManager EmptyContract TransparentUpgradeableProxy ProxyAdmin ZkManagerFixedJournal

GO           ?= go
GO_TEST_P    ?= 2
GO_TIMEOUT   ?= 15m
VERSION      ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo devel)
LDFLAGS      := -X main.version=$(VERSION)

FORGE        := node_modules/.bin/forge
NPM_STAMP    := contracts/node_modules/.package-lock.json
WALLET_STAMP := proxy/testdata/wallet/node_modules/.package-lock.json

, := ,
section = @printf '\n==> %s\n' "$(1)"

# Targets run one at a time even under -j: the machine has 2 cores and forge and go each use both.
.NOTPARALLEL:

.PHONY: help contracts bindings bindings-check predeploys test test-forge test-go gas build devnet bench fmt lint clean

help: ## list the targets
	@awk -F ':.*## ' '/^[a-z-]+:.*## / {printf "  make %-15s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# npm ci only when node_modules is missing or older than the lock file (npm writes node_modules/.package-lock.json).
$(NPM_STAMP): contracts/package-lock.json contracts/package.json
	$(call section,npm ci in contracts/ (pinned forge$(,) solcjs$(,) OpenZeppelin))
	cd contracts && npm ci --prefer-offline --no-audit --no-fund
	@touch $@

# The real wallet library (ethers, pinned) the proxy's wallet test drives.
$(WALLET_STAMP): proxy/testdata/wallet/package-lock.json proxy/testdata/wallet/package.json
	$(call section,npm ci in proxy/testdata/wallet (pinned ethers))
	cd proxy/testdata/wallet && npm ci --prefer-offline --no-audit --no-fund
	@touch $@

contracts: $(NPM_STAMP) ## install the pinned toolchain (if needed) and forge build, offline
	$(call section,forge build)
	cd contracts && $(FORGE) --version | sed -n 1p && $(FORGE) build --offline

bindings: contracts ## regenerate contracts/bindings with abigen from the forge artifacts
	$(call section,abigen bindings)
	contracts/script/bindings.sh $(BINDINGS)

bindings-check: contracts ## fail if contracts/bindings is stale
	$(call section,bindings check)
	contracts/script/bindings.sh --check $(BINDINGS)

predeploys: $(NPM_STAMP) ## regenerate devnet/l2/predeploys_gen.go from the pinned @eth-optimism/contracts-bedrock
	$(call section,devnet/l2 predeploys)
	$(GO) test -count=1 -run '^TestPredeploysGenerated$$' ./devnet/l2 -update-predeploys

test: bindings-check test-forge test-go ## contracts, bindings-check, forge test, then go test (and -race for the proxy, verifier feed, prover)
	$(call section,make test: all passed)

test-forge: contracts
	$(call section,forge test)
	cd contracts && $(FORGE) test --offline

# MACH_REQUIRE_WALLET: the wallet test fails instead of skipping when node or ethers is missing.
test-go: contracts $(WALLET_STAMP)
	$(call section,go build ./...)
	$(GO) build ./...
	$(call section,go test ./... (-p $(GO_TEST_P) -timeout $(GO_TIMEOUT)))
	MACH_REQUIRE_WALLET=1 $(GO) test -p $(GO_TEST_P) -timeout $(GO_TIMEOUT) ./...
	$(call section,go test -race: the proxy, the verifier feed, the prover's queue and worker)
	MACH_REQUIRE_WALLET=1 $(GO) test -race -p $(GO_TEST_P) -timeout $(GO_TIMEOUT) ./proxy/... ./internal/verifiedfeed/... ./prover/...

gas: contracts ## print the gas tables of the *Gas* forge tests
	$(call section,forge gas tests)
	cd contracts && $(FORGE) test --offline --isolate --match-contract Gas -vv

build: ## build bin/mach and the seed-compatible bin/mach-aggregator, bin/mach-operator-signer
	$(call section,go build bin/mach ($(VERSION)))
	$(GO) build -ldflags '$(LDFLAGS)' -o bin/mach ./cmd/mach
	ln -sf mach bin/mach-aggregator
	ln -sf mach bin/mach-operator-signer

devnet: contracts build ## build the contracts and bin/mach, then run `mach devnet`
	$(call section,mach devnet)
	bin/mach devnet

# -p 1: packages benchmark one at a time so they do not compete for the 2 cores.
bench: ## run the Go benchmarks
	$(call section,go benchmarks)
	$(GO) test -p 1 -run '^$$' -bench . -benchmem ./...

fmt: ## gofmt the Go sources
	gofmt -w $$(git ls-files '*.go')

lint: ## go vet and gofmt check
	$(GO) vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [[ -n "$$out" ]]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

clean: ## remove bin/ and the forge outputs
	rm -rf bin contracts/out contracts/cache
