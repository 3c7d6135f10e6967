#!/usr/bin/env bash
# Keycloak for development and tests, without Docker: the Keycloak distribution from Maven Central,
# fetched once into .tools/, running in dev mode with its H2 database kept under .data/keycloak/
# (so users and sessions survive restarts, and deleting .data/ starts afresh).
#
#   scripts/keycloak.sh run        start in the foreground (Ctrl-C stops it)
#   scripts/keycloak.sh start      start in the background and wait until the realm answers
#   scripts/keycloak.sh stop       stop the one started with 'start'
#   scripts/keycloak.sh status
#   scripts/keycloak.sh reimport   re-import keycloak/realm-*.json over the stored realm (server stopped)
#   scripts/keycloak.sh token USER [PASSWORD]   print an access token (password grant, doithoai-cli)
#   scripts/keycloak.sh fetch      only fetch and unpack the distribution
#
# Environment: KC_PORT (8180), KC_DATA_DIR (.data/keycloak), KC_BOOTSTRAP_ADMIN_USERNAME/PASSWORD
# (admin/admin: the master realm's admin console user, created on the first start only),
# JAVA_OPTS_KC_HEAP (-Xms64m -Xmx512m).
#
# Can also be sourced (scripts/run.sh does) for kc_ensure, kc_start_service, kc_wait.

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KC_VERSION="${KC_VERSION:-26.7.3}"
KC_HOME="$TOOLS_DIR/keycloak-$KC_VERSION"
KC_PORT="${KC_PORT:-8180}"
KC_REALM="doithoai"
KC_URL="http://localhost:$KC_PORT"

kc_data_dir() { printf '%s\n' "${KC_DATA_DIR:-$DATA_DIR/keycloak}"; }

# Fetch (through Maven, into the local Maven repository) and unpack the distribution, once.
kc_ensure() {
  [[ -x "$KC_HOME/bin/kc.sh" ]] && return 0
  find_jdk
  local dl="$TOOLS_DIR/downloads" zip
  zip="$dl/keycloak-quarkus-dist-$KC_VERSION.zip"
  mkdir -p "$dl" "$DATA_DIR/logs"
  if [[ ! -f "$zip" ]]; then
    run_step "Fetching Keycloak $KC_VERSION from Maven Central (176 MB, once)" "$DATA_DIR/logs/keycloak-fetch.log" \
      mvnw -B -q dependency:copy "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" "-DoutputDirectory=$dl" \
      || die "Could not fetch Keycloak (is Maven Central reachable?)"
  fi
  local tmp="$TOOLS_DIR/.unpack-$$"
  rm -rf "$tmp"; mkdir -p "$tmp"
  log "Unpacking Keycloak into ${KC_HOME#"$ROOT"/}…"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$zip" -d "$tmp" || die "Could not unpack $zip"
  else
    (cd "$tmp" && "$JAVA_HOME/bin/jar" xf "$zip") || die "Could not unpack $zip"
    chmod +x "$tmp/keycloak-$KC_VERSION"/bin/*.sh
  fi
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME" && rm -rf "$tmp" "$zip"
  ok "Keycloak $KC_VERSION unpacked"
}

# Options shared by start-dev and import: the same H2 file, outside the unpacked distribution.
kc_db_args() {
  local d; d="$(kc_data_dir)"
  printf '%s\n' "--db=dev-file" "--db-url=jdbc:h2:file:$d/h2/keycloakdb;NON_KEYWORDS=VALUE"
}

# The environment of kc.sh, as arguments for env(1).
kc_env_args() {
  printf "%s\n" env \
    "KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
    "KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
    "JAVA_HOME=$JAVA_HOME" \
    "JAVA_OPTS_KC_HEAP=${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx512m}" \
    "JAVA_OPTS_APPEND=${JAVA_OPTS_APPEND:--XX:TieredStopAtLevel=1}"
}

# The command line of a dev-mode server that imports the realm on its first start.
kc_command() {
  local -a db envs; mapfile -t db < <(kc_db_args); mapfile -t envs < <(kc_env_args)
  mkdir -p "$(kc_data_dir)/h2" "$KC_HOME/data/import"
  # --import-realm reads data/import of the distribution: put our realm files there.
  rm -f "$KC_HOME"/data/import/*.json
  cp "$ROOT"/keycloak/*.json "$KC_HOME/data/import/"
  # Our login and mail theme, linked from the repository: start-dev caches no theme, so an edit shows on reload.
  ln -sfn "$ROOT/keycloak/themes/doithoai" "$KC_HOME/themes/doithoai"
  printf "%s\n" "${envs[@]}" "$KC_HOME/bin/kc.sh" start-dev "--http-port=$KC_PORT" "${db[@]}" --import-realm
}

kc_realm_url() { printf '%s/realms/%s/.well-known/openid-configuration\n' "$KC_URL" "$KC_REALM"; }

# kc_start_service LOG_FILE — starts Keycloak as a service of this shell (see start_service).
kc_start_service() {
  local logf="$1"; local -a cmd
  kc_ensure; find_jdk
  mapfile -t cmd < <(kc_command)
  start_service keycloak "$logf" "$KC_HOME" "${cmd[@]}"
  KC_PID=$STARTED_PID
}

# kc_wait LOG_FILE PID — waits for the realm (first start builds Keycloak: about a minute or more).
kc_wait() { wait_for_url "$(kc_realm_url)" "${KC_TIMEOUT:-420}" "Keycloak (realm $KC_REALM)" "$1" "$2"; }

kc_pidfile() { printf '%s/keycloak.pid\n' "$(kc_data_dir)"; }
kc_running_pid() {
  local f pid; f="$(kc_pidfile)"
  [[ -f "$f" ]] || return 1
  pid="$(cat "$f")"
  if kill -0 -- "-$pid" 2>/dev/null; then printf '%s\n' "$pid"; return 0; fi
  rm -f "$f"; return 1
}

kc_main() {
  local action="${1:-help}"; shift || true
  case "$action" in
    fetch) kc_ensure ;;
    run)
      kc_ensure; find_jdk
      require_free_ports "Keycloak:$KC_PORT"
      local -a c; mapfile -t c < <(kc_command)
      log "Keycloak on $KC_URL (admin console $KC_URL/admin, ${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}/${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}); Ctrl-C stops it"
      cd "$KC_HOME" && exec "${c[@]}"
      ;;
    start)
      if kc_running_pid >/dev/null; then ok "Keycloak is already running (pid $(kc_running_pid))"; return 0; fi
      require_free_ports "Keycloak:$KC_PORT"
      local logf="$DATA_DIR/logs/keycloak.log"
      kc_start_service "$logf"
      echo "$KC_PID" >"$(kc_pidfile)"
      kc_wait "$logf" "$KC_PID" || { stop_service "$KC_PID" keycloak; rm -f "$(kc_pidfile)"; exit 1; }
      ok "Keycloak runs in the background (pid $KC_PID): $KC_URL — stop it with: scripts/keycloak.sh stop"
      ;;
    stop)
      local pid
      if pid="$(kc_running_pid)"; then
        kill -TERM "$pid" 2>/dev/null || true
        local i; for ((i = 0; i < 150; i++)); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.2; done
        kill -0 -- "-$pid" 2>/dev/null && kill -KILL -- "-$pid" 2>/dev/null
        rm -f "$(kc_pidfile)"; ok "Keycloak stopped"
      else
        log "No Keycloak started by 'scripts/keycloak.sh start' is running"
      fi
      ;;
    status)
      if port_in_use "$KC_PORT"; then
        if curl -fsS -o /dev/null "$(kc_realm_url)"; then ok "Keycloak answers on $KC_URL (realm $KC_REALM)"; else warn "Port $KC_PORT is taken but realm $KC_REALM does not answer"; fi
      else log "Keycloak is not running (port $KC_PORT is free)"; return 1; fi
      ;;
    reimport)
      kc_ensure; find_jdk
      if kc_running_pid >/dev/null || port_in_use "$KC_PORT"; then
        die "Keycloak is running (port $KC_PORT). Stop it first (Ctrl-C in 'make run', or scripts/keycloak.sh stop), then run this again."
      fi
      local -a db envs; mapfile -t db < <(kc_db_args); mapfile -t envs < <(kc_env_args)
      mkdir -p "$(kc_data_dir)/h2" "$DATA_DIR/logs"
      local f
      for f in "$ROOT"/keycloak/*.json; do
        # KC_PROFILE=dev: import with the dev-mode build, so the next start-dev needs no rebuild.
        run_step "Re-importing keycloak/${f##*/} into $(kc_data_dir | sed "s|^$ROOT/||")" "$DATA_DIR/logs/keycloak-import.log" \
          "${envs[@]}" KC_PROFILE=dev "$KC_HOME/bin/kc.sh" import --file "$f" --override true "${db[@]}" \
          || die "Re-import of $f failed"
      done
      ok "Realm re-imported; users, clients and roles now match keycloak/. Existing sessions are gone."
      ;;
    token)
      local user="${1:?usage: keycloak.sh token USER [PASSWORD]}" pass="${2:-demo}"
      curl -fsS -d grant_type=password -d client_id=doithoai-cli -d "username=$user" -d "password=$pass" \
        "$KC_URL/realms/$KC_REALM/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
      ;;
    help|-h|--help) sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' ;;
    *) die "Unknown command '$action' (try: run, start, stop, status, reimport, token, fetch)" ;;
  esac
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  kc_main "$@"
fi
