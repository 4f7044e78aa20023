# syntax=docker/dockerfile:1
# The Mach image: bin/mach, plus what the multi-process devnet (docker-compose.yml) needs: anvil and cast from the
# pinned npm Foundry packages, and EigenLayer M2 core as an anvil state (from eigensdk-go's module). Build it from
# the repository root: docker build -t mach .
ARG GO_VERSION=1.26

FROM golang:${GO_VERSION}-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Modules and npm packages first, so a source change does not download them again.
COPY go.mod go.sum ./
RUN go mod download
COPY contracts/package.json contracts/package-lock.json contracts/
RUN cd contracts && npm ci --no-audit --no-fund
COPY . .
ARG VERSION=docker
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/mach ./cmd/mach
RUN set -eu; \
    sdk="$(go list -m -f '{{.Dir}}' github.com/Layr-Labs/eigensdk-go)"; \
    mkdir -p /out/devnet; \
    cp "$sdk/M2-contracts/script/output/31337/eigenlayer_deployment_output.json" \
       "$sdk/M2-contracts/script/output/31337/token_and_strategy_deployment_output.json" /out/devnet/; \
    node docker/anvil-state.js "$sdk/M2-contracts/anvil/contracts-deployed-anvil-state.json" /out/devnet/m2-anvil-state.json

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --create-home --uid 10001 mach \
 && mkdir -p /data /deploy && chown mach:mach /data /deploy
COPY --from=build /out/mach /usr/local/bin/mach
COPY --from=build /src/contracts/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil /usr/local/bin/anvil
COPY --from=build /src/contracts/node_modules/@foundry-rs/cast-linux-amd64/bin/cast /usr/local/bin/cast
COPY --from=build /out/devnet /opt/mach/devnet
COPY config-files /opt/mach/config-files
COPY docker/config /opt/mach/docker/config
COPY docker/*.sh /opt/mach/docker/
USER mach
WORKDIR /data
EXPOSE 8545 8547 8090 9010
ENTRYPOINT ["mach"]
CMD ["--help"]
