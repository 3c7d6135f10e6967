# Đối Thoại — every target delegates to scripts/ (bash). `make help` lists them.
SHELL := /usr/bin/env bash
.DEFAULT_GOAL := help
.PHONY: help run test bench build backend-test realm-test frontend-test e2e openapi realm-reimport clean clean-data

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z0-9-]+:.*## / {printf "  make %-15s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

run: ## Build what is stale and run everything (MariaDB, Keycloak, backend, SPA) until Ctrl-C
	@scripts/run.sh

test: ## All tests (backend, frontend, end-to-end); ends with "Summary: N passed, N failed, N skipped"
	@scripts/test.sh

bench: ## Measurements against the targets (backend start, idle memory); not a test
	@scripts/bench.sh

backend-test: ## Backend tests only (backend/mvnw package: the tests, then the packaged app under a 256 MB heap)
	@scripts/test.sh backend

realm-test: ## The production realm imported into the real Keycloak and logged in to (about 2 minutes)
	@scripts/test.sh keycloak

frontend-test: ## Frontend build and unit tests only
	@scripts/test.sh frontend

e2e: ## End-to-end tests only (starts a fresh stack in .data/e2e)
	@scripts/test.sh e2e

build: ## Build the backend and the frontend (skips what is up to date)
	@bash -c 'source scripts/run.sh && build_backend && build_frontend'

openapi: ## Regenerate openapi.yaml (the published contract) from the backend
	@source scripts/lib.sh && find_jdk && cd backend && ./mvnw -B -q package -DskipTests && cp target/openapi/openapi.yaml ../openapi.yaml && echo "openapi.yaml updated"

realm-reimport: ## Re-import keycloak/realm-doithoai.json into the dev Keycloak (stop `make run` first)
	@scripts/keycloak.sh reimport

clean: ## Remove build outputs (backend/target, frontend/dist, frontend/reports)
	@if [[ -x backend/mvnw ]]; then source scripts/lib.sh && find_jdk && (cd backend && ./mvnw -B -q clean) || rm -rf backend/target; fi
	rm -rf frontend/dist frontend/reports

clean-data: ## Delete .data/ (embedded database, Keycloak users and sessions, logs); asks first
	@if [[ ! -d .data ]]; then echo "Nothing to delete: .data/ does not exist."; exit 0; fi; \
	if [[ "$${YES:-}" != 1 ]]; then \
	  if [[ ! -t 0 ]]; then echo "Refusing without a terminal: run 'make clean-data YES=1'."; exit 1; fi; \
	  read -r -p "Delete .data/ (the local database, Keycloak users and sessions, logs)? [y/N] " a; \
	  [[ "$$a" == [yY]* ]] || { echo "Kept."; exit 0; }; \
	fi; \
	for p in 3307 8180; do if (exec 3<>/dev/tcp/127.0.0.1/$$p) 2>/dev/null; then echo "Port $$p is in use: stop 'make run' first."; exit 1; fi; done; \
	rm -rf .data && echo "Deleted .data/"
