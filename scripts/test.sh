#!/usr/bin/env bash
# `make test`: every test, then exactly one line "Summary: N passed, N failed, N skipped".
#   scripts/test.sh [backend] [keycloak] [frontend] [e2e]     (default: all four stages)
# 1. backend   nginx (installed when missing), then backend/mvnw -B package: the tests (real MariaDB, real signed
#              tokens, the real frontend/nginx.conf), then the packaged application under its production heap (tag
#              production-heap); JUnit XML in backend/target/surefire-reports
# 2. keycloak  the production realm (keycloak/production) imported into the real Keycloak, then logged in to as
#              staff and citizens (ProductionRealmInKeycloakTest, about 2 minutes: Keycloak's start); staff
#              administration; the login theme's weight, languages and forgotten-password mail (LoginThemeInKeycloakTest)
# 3. frontend  npm ci (when needed), npm run build, npm test; JUnit XML frontend/reports/unit-junit.xml
# 4. e2e       Chromium, then the real stack (as `make run`, fresh data in .data/e2e), npm run e2e: the browser tests,
#              then the partner system's scenario with the TypeScript client generated from openapi.yaml and
#              docs/integration.md as written, both with the real Keycloak's tokens (frontend/partner-client);
#              JUnit XML frontend/reports/e2e-junit.xml; the stack is stopped whatever happens.
#              E2E_ONLY="e2e/login.e2e.mjs e2e/todo.e2e.mjs" runs only those files (while working on them; the partner
#              client's: partner-client/dist/scenario.e2e.js partner-client/dist/integration-guide.e2e.js)
# backend and frontend, when both run, run side by side (stage_backend_and_frontend); keycloak and frontend, when the
# backend stage does not run, too (stage_keycloak_and_frontend).
# A stage that fails before its tests report (a build error) counts as one failure.
# Logs: .data/logs/test-*.log and .data/e2e/logs/.

# shellcheck source=run.sh
source "$(dirname "${BASH_SOURCE[0]}")/run.sh"
set -uo pipefail

TOTAL_PASSED=0 TOTAL_FAILED=0 TOTAL_SKIPPED=0
STAGE_LINES=()

# count_junit STAGE ERRORED PATH... — adds the stage's test counts to the totals.
count_junit() {
  local stage="$1" errored="$2"; shift 2
  local json p f s
  json="$(node "$ROOT/scripts/junit-summary.mjs" "$@")" || json='{"passed":0,"failed":0,"skipped":0,"files":0,"failures":[]}'
  p="$(printf '%s' "$json" | sed -n 's/.*"passed":\([0-9]*\).*/\1/p')"
  f="$(printf '%s' "$json" | sed -n 's/.*"failed":\([0-9]*\).*/\1/p')"
  s="$(printf '%s' "$json" | sed -n 's/.*"skipped":\([0-9]*\).*/\1/p')"
  local note=""
  if [[ "$errored" == 1 && "$f" -eq 0 ]]; then f=$((f + 1)); note=" (the stage failed before its tests could report)"; fi
  TOTAL_PASSED=$((TOTAL_PASSED + p)) TOTAL_FAILED=$((TOTAL_FAILED + f)) TOTAL_SKIPPED=$((TOTAL_SKIPPED + s))
  STAGE_LINES+=("$(printf '%-9s %4d passed, %3d failed, %3d skipped%s' "$stage" "$p" "$f" "$s" "$note")")
  printf '%s' "$json" | node -e 'let d="";process.stdin.on("data",c=>d+=c).on("end",()=>{for(const x of JSON.parse(d).failures.slice(0,30))console.error("    ✗ "+x)})' || true
}

summary_and_exit() {
  echo >&2
  local l; for l in "${STAGE_LINES[@]}"; do log "$l"; done
  echo "Summary: $TOTAL_PASSED passed, $TOTAL_FAILED failed, $TOTAL_SKIPPED skipped"
  [[ $TOTAL_FAILED -eq 0 ]]
  exit $?
}

# DOITHOAI_TEST_ORDER=random[:SEED] or reverse: the test classes, and the tests in each class, in another order
# (surefire and JUnit), to show that no test depends on another having run first. Default: alphabetical.
test_order_args() {
  local order="${DOITHOAI_TEST_ORDER:-}" seed
  case "$order" in
    "") ;;
    reverse) echo "-Dsurefire.runOrder=reversealphabetical" ;;
    random|random:*)
      seed="${order#random}"; seed="${seed#:}"; seed="${seed:-$RANDOM$RANDOM}"
      log "Test order: random, seed $seed (DOITHOAI_TEST_ORDER=random:$seed repeats it)"
      echo "-Dsurefire.runOrder=random -Dsurefire.runOrder.random.seed=$seed"
      echo "-Djunit.jupiter.testmethod.order.default=org.junit.jupiter.api.MethodOrderer\$Random"
      echo "-Djunit.jupiter.execution.order.random.seed=$seed" ;;
    *) die "DOITHOAI_TEST_ORDER is random, random:SEED or reverse, not '$order'" ;;
  esac
}

stage_backend() {
  log "$(bold '== 1/4 backend tests')"
  rm -rf "$ROOT/backend/target/surefire-reports"
  local errored=0
  # Without nginx the tests of the limits behind the proxy fail, saying why; the others still run.
  ensure_nginx || true
  [[ -n "${DOITHOAI_CLOCK_START:-}" ]] && log "The clock starts at $DOITHOAI_CLOCK_START (DOITHOAI_CLOCK_START), for the tests and the application"
  local -a order; read -r -d '' -a order < <(test_order_args) || true
  # package, not test: the production-heap tests start the packaged application, so they run once it is built.
  run_step "Backend tests (mvnw package)" "$DATA_DIR/logs/test-backend.log" mvnw -B package "${order[@]}" || errored=1
  count_junit backend "$errored" "$ROOT/backend/target/surefire-reports"
}

# The production realm, staff administration through the Admin API with the dev realm, and our login theme (its weight,
# its languages, the forgotten-password mail), in the real Keycloak:
# tagged "keycloak", so the backend stage leaves them out. Keycloak runs from a private copy of .tools/keycloak-VERSION
# on free ports (its mail to a sink on a free port): it does not touch make run's Keycloak.
KEYCLOAK_REPORTS=("$ROOT/backend/target/surefire-reports/TEST-vn.doithoai.deploy.ProductionRealmInKeycloakTest.xml"
  "$ROOT/backend/target/surefire-reports/TEST-vn.doithoai.deploy.LoginThemeInKeycloakTest.xml"
  "$ROOT/backend/target/surefire-reports/TEST-vn.doithoai.staff.StaffAdministrationInKeycloakTest.xml"
  "$ROOT/backend/target/surefire-reports/TEST-vn.doithoai.partner.PartnerInKeycloakTest.xml")

# Runs the keycloak stage's tests; fails when they fail or cannot run. Counting is the caller's.
run_keycloak() {
  rm -f "${KEYCLOAK_REPORTS[@]}"
  kc_ensure || return 1
  run_step "Production realm, staff administration and login theme in Keycloak $KC_VERSION" "$DATA_DIR/logs/test-keycloak.log" \
    mvnw -B test -Dtest=ProductionRealmInKeycloakTest,StaffAdministrationInKeycloakTest,LoginThemeInKeycloakTest,PartnerInKeycloakTest -Dkeycloak.exclude=none -Dgroups=keycloak \
    "-Dkeycloak.home=$KC_HOME"
}

stage_keycloak() {
  log "$(bold '== 2/4 the production realm, staff administration and the login theme in the real Keycloak')"
  local errored=0
  run_keycloak || errored=1
  count_junit keycloak "$errored" "${KEYCLOAK_REPORTS[@]}"
}

# Builds the frontend and runs its unit tests; fails when either fails. Counting is the caller's.
run_frontend() {
  rm -f "$ROOT/frontend/reports/unit-junit.xml"
  frontend_deps || return 1
  run_step "Frontend build (npm run build)" "$DATA_DIR/logs/test-frontend-build.log" bash -c 'cd "$1" && npm run build' _ "$ROOT/frontend" || return 1
  touch "$ROOT/frontend/dist/index.html" 2>/dev/null || true
  run_step "Frontend unit tests (npm test)" "$DATA_DIR/logs/test-frontend.log" bash -c 'cd "$1" && npm test' _ "$ROOT/frontend"
}

stage_frontend() {
  log "$(bold '== 3/4 frontend tests')"
  local errored=0
  run_frontend || errored=1
  count_junit frontend "$errored" "$ROOT/frontend/reports/unit-junit.xml"
}

# The keycloak and frontend stages share nothing (the keycloak stage's Keycloak is a private copy on free ports; the
# frontend stage touches only frontend/): the keycloak stage runs in the background while the frontend stage runs, each
# with its own logs; both are counted once both are over, each failing on its own. On two cores the pair takes little
# more than the longer of the two: Keycloak's start and its Quarkus test mostly wait while the frontend compiles.
PARALLEL_PID=""
stage_keycloak_and_frontend() {
  log "$(bold '== 2/4 and 3/4, side by side: the real Keycloak (production realm, staff administration, login theme) and the frontend tests')"
  local status="$DATA_DIR/logs/.test-keycloak.status" errored_kc=1 errored_fe=0
  rm -f "$status"
  # Traps are not inherited: the background stage stops its own step when the whole run is interrupted.
  ( trap 'stop_run_step; exit 130' INT; trap 'stop_run_step; exit 143' TERM
    if run_keycloak; then echo 0 >"$status"; else echo 1 >"$status"; fi ) &
  PARALLEL_PID=$!
  run_frontend || errored_fe=1
  wait "$PARALLEL_PID"
  PARALLEL_PID=""
  [[ "$(cat "$status" 2>/dev/null)" == 0 ]] && errored_kc=0
  rm -f "$status"
  count_junit keycloak "$errored_kc" "${KEYCLOAK_REPORTS[@]}"
  count_junit frontend "$errored_fe" "$ROOT/frontend/reports/unit-junit.xml"
}

# The backend and frontend stages share nothing either (the backend's tests touch only backend/ and take free ports;
# the frontend stage touches only frontend/ and no port): the frontend stage runs in the background while the backend's
# tests run, each with its own logs, each failing on its own. The backend's tests wait on MariaDB and HTTP more than they
# compute (a whole run keeps about one core of two busy), so the frontend's build and unit tests use the other.
stage_backend_and_frontend() {
  log "$(bold '== 1/4 and 3/4, side by side: the backend tests and the frontend tests')"
  local status="$DATA_DIR/logs/.test-frontend.status" errored_fe=1
  rm -f "$status"
  ( trap 'stop_run_step; exit 130' INT; trap 'stop_run_step; exit 143' TERM
    if run_frontend; then echo 0 >"$status"; else echo 1 >"$status"; fi ) &
  PARALLEL_PID=$!
  stage_backend
  wait "$PARALLEL_PID"
  PARALLEL_PID=""
  [[ "$(cat "$status" 2>/dev/null)" == 0 ]] && errored_fe=0
  rm -f "$status"
  count_junit frontend "$errored_fe" "$ROOT/frontend/reports/unit-junit.xml"
}

# Sets CHROMIUM_PATH to a Chromium, installing the Debian package when we can.
ensure_chromium() {
  local c
  for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium "$(command -v chromium 2>/dev/null)" "$(command -v chromium-browser 2>/dev/null)"; do
    if [[ -n "$c" && -x "$c" ]]; then export CHROMIUM_PATH="$c"; ok "Chromium: $c"; return 0; fi
  done
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    run_step "Installing Chromium (apt-get install chromium)" "$DATA_DIR/logs/apt-chromium.log" \
      bash -c 'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium' || true
    if [[ -x /usr/bin/chromium ]]; then export CHROMIUM_PATH=/usr/bin/chromium; return 0; fi
  fi
  err "Chromium is needed for the end-to-end tests. Install the package 'chromium' (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary."
  return 1
}

# Sets NGINX_PATH to an nginx, installing the Debian package when we can. The backend tests run frontend/nginx.conf
# in front of the backend (LimitsBehindTheProxyTest), each on a port of its own: the package's service is not started
# (policy-rc.d) nor enabled, so installing it leaves nothing listening on port 80.
ensure_nginx() {
  local c
  for c in "${NGINX_PATH:-}" /usr/sbin/nginx "$(command -v nginx 2>/dev/null)"; do
    if [[ -n "$c" && -x "$c" ]]; then export NGINX_PATH="$c"; ok "nginx: $c"; return 0; fi
  done
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    local guard=""
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
      guard=/usr/sbin/policy-rc.d
      printf '#!/bin/sh\n# Written by Doi Thoai scripts/test.sh while it installs nginx: start no service.\nexit 101\n' >"$guard"
      chmod 755 "$guard"
    fi
    run_step "Installing nginx (apt-get install nginx)" "$DATA_DIR/logs/apt-nginx.log" \
      bash -c 'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nginx' || true
    [[ -n "$guard" ]] && rm -f "$guard"
    if [[ -d /run/systemd/system ]] && command -v systemctl >/dev/null 2>&1; then
      systemctl disable nginx >/dev/null 2>&1 || true
    fi
    if [[ -x /usr/sbin/nginx ]]; then export NGINX_PATH=/usr/sbin/nginx; return 0; fi
  fi
  err "nginx is needed by the backend tests of the limits behind the proxy. Install the package 'nginx' (Debian/Ubuntu: sudo apt-get install nginx) or set NGINX_PATH to an nginx binary."
  return 1
}

# On Ctrl-C or TERM: stop what runs, still end with the summary line (the interrupted stage failed).
interrupted() {
  stop_run_step
  if [[ -n "$PARALLEL_PID" ]]; then kill -TERM "$PARALLEL_PID" 2>/dev/null; wait "$PARALLEL_PID" 2>/dev/null; fi
  stop_stack
  echo "Summary: $TOTAL_PASSED passed, $((TOTAL_FAILED + 1)) failed, $TOTAL_SKIPPED skipped"
  exit "$1"
}

stage_e2e() {
  log "$(bold '== 4/4 end-to-end tests')"
  rm -f "$ROOT/frontend/reports/e2e-junit.xml"
  mkdir -p "$ROOT/frontend/reports"
  local errored=0 dir="$DATA_DIR/e2e"
  if ensure_chromium && find_jdk && kc_ensure && build_backend && build_frontend; then
    log "Fresh data for the end-to-end stack in ${dir#"$ROOT"/}"
    rm -rf "$dir"
    # The outbox every 5 seconds rather than every minute: the integrator's guide waits for its signed webhook.
    # The partner system's client, type-checked against openapi.yaml and compiled for node (npm run e2e runs it): a
    # contract its calls no longer fit fails here, and the browser tests still run.
    run_step "The partner system's TypeScript client against openapi.yaml (npm run partner-client)" "$DATA_DIR/logs/test-partner-client.log" \
      bash -c 'cd "$1" && npm run partner-client' _ "$ROOT/frontend" || errored=1
    if DOITHOAI_NOTIFICATIONS_DISPATCH_EVERY="${DOITHOAI_NOTIFICATIONS_DISPATCH_EVERY:-5s}" start_stack "$dir"; then
      run_step "End-to-end tests (npm run e2e)" "$DATA_DIR/logs/test-e2e.log" \
        env CHROMIUM_PATH="$CHROMIUM_PATH" E2E_BASE_URL="http://localhost:$FRONTEND_PORT" \
        bash -c 'cd "$1" && if [[ -n "${E2E_ONLY:-}" ]]; then npm run e2e:only -- $E2E_ONLY; else npm run e2e; fi' _ "$ROOT/frontend" || errored=1
    else
      err "The end-to-end stack did not start (logs in ${dir#"$ROOT"/}/logs/)"
      errored=1
    fi
    stop_stack
  else
    errored=1
  fi
  count_junit e2e "$errored" "$ROOT/frontend/reports/e2e-junit.xml"
}

test_main() {
  local -a stages=("$@")
  [[ ${#stages[@]} -gt 0 ]] || stages=(backend keycloak frontend e2e)
  local s
  for s in "${stages[@]}"; do
    case "$s" in backend|keycloak|frontend|e2e) ;; *) die "Unknown stage '$s' (backend, keycloak, frontend, e2e)" ;; esac
  done
  mkdir -p "$DATA_DIR/logs"
  trap '' PIPE # see run.sh: output piped away must not stop the clean-up
  trap 'echo >&2; log "Interrupted: stopping…"; interrupted 130' INT
  trap 'log "Terminated: stopping…"; interrupted 143' TERM
  find_jdk
  need_cmd node "Install Node.js 20 or newer."
  need_cmd curl "Install curl."
  if [[ " ${stages[*]} " == *" e2e "* ]]; then
    local busy=0 spec
    for spec in backend:$BACKEND_PORT backend-management:$BACKEND_MANAGEMENT_PORT frontend:$FRONTEND_PORT MariaDB:$MARIADB_PORT Keycloak:$KC_PORT; do
      if port_in_use "${spec##*:}"; then err "Port ${spec##*:} (${spec%%:*}) is in use"; busy=1; fi
    done
    if [[ $busy -eq 1 ]]; then
      err "The end-to-end tests need ports $BACKEND_PORT, $BACKEND_MANAGEMENT_PORT, $KC_PORT, $FRONTEND_PORT and $MARIADB_PORT. Stop what holds them (a 'make run'?) and run 'make test' again."
      echo "Summary: 0 passed, 1 failed, 0 skipped"
      exit 1
    fi
  fi
  local t0=$SECONDS
  # The frontend runs beside the backend where both run, else beside keycloak, where that one stood.
  local beside=""
  if [[ " ${stages[*]} " == *" frontend "* ]]; then
    if [[ " ${stages[*]} " == *" backend "* ]]; then beside=backend
    elif [[ " ${stages[*]} " == *" keycloak "* ]]; then beside=keycloak; fi
  fi
  local ts
  for s in "${stages[@]}"; do
    ts=$SECONDS
    if [[ -n "$beside" && $s == "$beside" ]]; then "stage_${s}_and_frontend"; s="$s+frontend"
    elif [[ -n "$beside" && $s == frontend ]]; then continue
    else "stage_$s"; fi
    log "Stage $s took $((SECONDS - ts)) s"
  done
  log "Tests took $((SECONDS - t0)) s"
  summary_and_exit
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  test_main "$@"
fi
