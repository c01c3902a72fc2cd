# The explorer's build. `make run` serves it on http://localhost:8000,
# `make test` checks it, `make dist` writes the static site into dist/.

GO       ?= go
WASM_ENV  = GOOS=js GOARCH=wasm
# -trimpath and -s -w make app.wasm smaller and the same on every machine,
# so the version derived from it does not depend on where it was built.
WASM_FLAGS = -trimpath -ldflags="-s -w"
ADDR     ?= localhost:8000
BASE     ?= /

.PHONY: run wasm dist test clean icons

run: wasm
	$(GO) run . serve -addr $(ADDR)

# app.wasm is built from main_wasm.go (build tag wasm): the server code
# never reaches it. The server compresses each build once, at brotli's
# best level, into web/app.wasm.<hash>.br and .gz, which `make run` and
# `make dist` then share (server/assets.go, wasmCompressed).
wasm:
	$(WASM_ENV) $(GO) build $(WASM_FLAGS) -o web/app.wasm .

dist: wasm
	$(GO) run . dist -out dist -base $(BASE)

# `make test` also sets up the browser suite (e2e/): Chromium from Debian
# (installed when missing and running as root; otherwise it stops with the
# command to run) and axe-core from package-lock.json.
test: wasm browser-deps
	$(GO) vet ./...
	$(WASM_ENV) $(GO) vet . ./components/... ./wasm/...
	$(GO) test -timeout 20m ./...

.PHONY: browser-deps
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "Chromium is missing: run  sudo apt-get install -y chromium  then make test again" >&2; exit 1; fi; }
	@[ -d node_modules/axe-core ] || npm ci --no-audit --no-fund

# Redraws web/icon.svg and the PNG icons (committed; run after changing
# the drawing in server/internal/iconsgen).
icons:
	$(GO) run ./server/internal/iconsgen -out web

clean:
	rm -rf dist web/app.wasm web/app.wasm.*

# The bounded load test (not part of `make test`): 50,000 requests over 64
# connections against a server on a loopback port; `make soak` runs for two
# minutes instead. Both fail on any error. Figures: docs/RELIABILITY.md.
.PHONY: load soak
load: wasm
	$(GO) run ./server/internal/loadgen -n 50000 -c 64

soak: wasm
	$(GO) run ./server/internal/loadgen -duration 2m -c 64

# Measures the explorer against a go-app hello world built in the same run
# (bench/baseline) and writes docs/PERFORMANCE.md and docs/performance.svg.
# Needs /usr/bin/chromium; takes about 15 minutes. Not part of `make test`.
.PHONY: bench
bench: browser-deps
	npm ci --prefix bench
	$(GO) run ./bench/cmd/bench -out docs/PERFORMANCE.md
