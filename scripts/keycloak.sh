#!/usr/bin/env bash
# A local Keycloak for Anjian single sign-on (development and tests only; not a production setup).
#
#   scripts/keycloak.sh install              download keycloak-quarkus-dist, unpack, `kc.sh build` once
#   scripts/keycloak.sh start [--data DIR] [--test-clients]
#                                            start in the background and wait until ready
#                                            (no --data: a fresh data dir, the realm is imported anew;
#                                             --data DIR: keep/reuse DIR, a realm already in it is kept)
#                                            --test-clients (or ANJIAN_KEYCLOAK_TEST_CLIENTS=1): also
#                                            import config/keycloak/anjian-test-clients.json, the
#                                            anjian-test client with direct access grants (tests only)
#   scripts/keycloak.sh stop                 TERM, wait, KILL as a last resort
#   scripts/keycloak.sh status               running or not, and where
#   scripts/keycloak.sh token USER [PASSWORD] an access token from the anjian-test client (tests only)
#
# Environment:
#   ANJIAN_KEYCLOAK_HOME       install dir (default .runtime/keycloak under the project root)
#   ANJIAN_KEYCLOAK_PORT       HTTP port (default 8180), bound to 127.0.0.1 only
#   ANJIAN_KEYCLOAK_MGMT_PORT  management port for /health (default 9001)
#   ANJIAN_KEYCLOAK_VERSION    default 26.7.3 (shared/STACK.md: proven on Java 17 here)
#   ANJIAN_KEYCLOAK_TIMEOUT    seconds to wait for /health/ready (default 180)
#   ANJIAN_CONSOLE_URLS        base URLs of consoles that log in here, besides http://127.0.0.1:8181 and
#                              http://localhost:8181 (space separated, e.g. "http://127.0.0.1:18181"): added to the
#                              anjian-console client's redirect URIs, web origins and post-logout redirect URIs
#
# Realm import: config/keycloak/*-realm.json are copied into the data dir's import/ at each start
# (Keycloak skips a realm that already exists in a kept --data dir: use a fresh dir after changing
# the JSON). config/keycloak/anjian-test-clients.json is not a realm: with --test-clients its
# clients are merged into the copied anjian-realm.json. One running instance per install dir
# ($KC_HOME/data links to the instance's data dir).
#
# The issuer is pinned with --hostname=http://127.0.0.1:$PORT: tokens carry that `iss` whatever host
# name the caller used (localhost and 127.0.0.1 would otherwise give different issuers).
# Realm admin: none is created. This is a demo/test identity provider: the demo users' passwords
# equal their user names (config/keycloak/anjian-realm.json).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KC_VERSION="${ANJIAN_KEYCLOAK_VERSION:-26.7.3}"
KC_HOME="${ANJIAN_KEYCLOAK_HOME:-$ROOT/.runtime/keycloak}"
case "$KC_HOME" in /*) ;; *) KC_HOME="$ROOT/$KC_HOME" ;; esac
KC_PARENT="$(dirname "$KC_HOME")"
PORT="${ANJIAN_KEYCLOAK_PORT:-8180}"
MPORT="${ANJIAN_KEYCLOAK_MGMT_PORT:-9001}"
TIMEOUT="${ANJIAN_KEYCLOAK_TIMEOUT:-180}"
REALM="anjian"
PID_FILE="$KC_PARENT/keycloak-$PORT.pid"
LOG_FILE="$KC_PARENT/keycloak-$PORT.log"
BUILD_OPTS=(--db=dev-file --health-enabled=true)
MARKER="$KC_HOME/.anjian-built"

log() { echo "[keycloak] $*" >&2; }
die() { echo "[keycloak] ERROR: $*" >&2; exit 1; }

issuer() { echo "http://127.0.0.1:$PORT/realms/$REALM"; }

running_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

cmd_install() {
  command -v java >/dev/null || die "java not found (Java 17 needed)"
  command -v mvn >/dev/null || die "mvn not found"
  mkdir -p "$KC_PARENT"
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    local tgz="$KC_PARENT/keycloak-quarkus-dist-$KC_VERSION.tar.gz"
    if [ ! -s "$tgz" ]; then
      log "downloading org.keycloak:keycloak-quarkus-dist:$KC_VERSION:tar.gz (about 170 MB)"
      # a 170 MB download over a network with holes: three attempts, then a clear failure
      local attempt
      for attempt in 1 2 3; do
        if mvn -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:tar.gz" \
          -DoutputDirectory="$KC_PARENT" -Dmdep.overWriteReleases=true; then
          break
        fi
        rm -f "$tgz"
        [ "$attempt" = 3 ] && die "could not download keycloak-quarkus-dist $KC_VERSION from Maven Central (3 attempts)"
        log "download attempt $attempt failed; trying again"
      done
    fi
    log "unpacking into $KC_HOME"
    local tmp
    tmp="$(mktemp -d "$KC_PARENT/unpack.XXXXXX")"
    tar -xzf "$tgz" -C "$tmp"
    rm -rf "$KC_HOME"
    mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
    rmdir "$tmp"
  fi
  local want="$KC_VERSION ${BUILD_OPTS[*]}"
  if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$want" ]; then
    log "already built ($want)"
  else
    log "kc.sh build ${BUILD_OPTS[*]}"
    "$KC_HOME/bin/kc.sh" build "${BUILD_OPTS[@]}" >"$KC_PARENT/keycloak-build.log" 2>&1 \
      || { tail -30 "$KC_PARENT/keycloak-build.log" >&2; die "kc.sh build failed (see $KC_PARENT/keycloak-build.log)"; }
    echo "$want" >"$MARKER"
  fi
  log "installed: $KC_HOME"
}

port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

cmd_start() {
  local data="" test_clients="${ANJIAN_KEYCLOAK_TEST_CLIENTS:-0}"
  while [ $# -gt 0 ]; do
    case "$1" in
      --data) data="${2:?--data needs a directory}"; shift 2 ;;
      --test-clients) test_clients=1; shift ;;
      *) die "unknown option $1" ;;
    esac
  done
  [ -f "$MARKER" ] || die "not installed/built: run '$0 install' first"
  if pid="$(running_pid)"; then
    log "already running (pid $pid); issuer $(issuer)"
    return 0
  fi
  # $KC_HOME/data is a link to the data dir of the running instance: one instance per install dir
  local other
  for other in "$KC_PARENT"/keycloak-*.pid; do
    [ -f "$other" ] && kill -0 "$(cat "$other")" 2>/dev/null \
      && die "another Keycloak from $KC_HOME is running ($other); stop it or use another ANJIAN_KEYCLOAK_HOME"
  done
  port_busy "$PORT" && die "port $PORT is in use"
  port_busy "$MPORT" && die "management port $MPORT is in use"

  # Keycloak keeps its dev-file database and reads the realm import from $KC_HOME/data: point that
  # at the chosen data dir (a fresh one unless --data was given).
  if [ -z "$data" ]; then
    data="$KC_PARENT/keycloak-data-$PORT"
    rm -rf "$data"
  fi
  case "$data" in /*) ;; *) data="$PWD/$data" ;; esac
  mkdir -p "$data/import"
  if [ -e "$KC_HOME/data" ] && [ ! -L "$KC_HOME/data" ]; then
    rm -rf "$KC_HOME/data"
  fi
  ln -sfn "$data" "$KC_HOME/data"
  rm -f "$data"/import/*.json
  cp "$ROOT"/config/keycloak/*-realm.json "$data/import/"
  if [ -n "${ANJIAN_CONSOLE_URLS:-}" ]; then
    # shellcheck disable=SC2086
    add_console_urls "$data/import/anjian-realm.json" $ANJIAN_CONSOLE_URLS
    log "console redirect URIs added for: $ANJIAN_CONSOLE_URLS"
  fi
  if [ "$test_clients" = 1 ]; then
    # merged into the realm file: an import file holds one whole realm, a second file with the same
    # realm name would be skipped (the realm exists by then)
    merge_test_clients "$data/import/anjian-realm.json"
    log "test clients enabled (anjian-test, direct access grants): NOT for production"
  fi

  log "starting on 127.0.0.1:$PORT (management $MPORT), data $data, log $LOG_FILE"
  local t0=$SECONDS
  (
    cd "$KC_HOME"
    export JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx256m}"
    export JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:--XX:TieredStopAtLevel=1 -XX:CICompilerCount=1}"
    exec nohup "$KC_HOME/bin/kc.sh" start --optimized \
      --http-enabled=true --http-host=127.0.0.1 --http-port="$PORT" \
      --http-management-port="$MPORT" \
      --hostname="http://127.0.0.1:$PORT" --hostname-strict=false \
      --import-realm
  ) >"$LOG_FILE" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$PID_FILE"   # kc.sh execs java: this pid becomes the JVM

  while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -40 "$LOG_FILE" >&2
      rm -f "$PID_FILE"
      die "Keycloak exited during start-up (log $LOG_FILE)"
    fi
    if curl -fsS -o /dev/null "http://127.0.0.1:$MPORT/health/ready" 2>/dev/null; then
      break
    fi
    if [ $((SECONDS - t0)) -ge "$TIMEOUT" ]; then
      tail -40 "$LOG_FILE" >&2
      cmd_stop || true
      die "not ready after ${TIMEOUT}s"
    fi
    sleep 1
  done
  log "ready after $((SECONDS - t0)) s (pid $pid)"
  echo "issuer: $(issuer)"
}

# Lets consoles at other addresses log in: their /console/* as redirect and post-logout URIs, their origin for CORS.
add_console_urls() {
  local realm_file="$1"; shift
  command -v python3 >/dev/null || die "python3 is needed for ANJIAN_CONSOLE_URLS"
  python3 - "$realm_file" "$@" <<'EOF'
import json, sys
realm_file, urls = sys.argv[1], [u.rstrip("/") for u in sys.argv[2:]]
with open(realm_file, encoding="utf-8") as f:
    realm = json.load(f)
for c in realm["clients"]:
    if c["clientId"] == "anjian-console":
        c["redirectUris"] = c.get("redirectUris", []) + [u + "/console/*" for u in urls]
        c["webOrigins"] = c.get("webOrigins", []) + urls
        attrs = c.setdefault("attributes", {})
        logout = [x for x in attrs.get("post.logout.redirect.uris", "").split("##") if x]
        attrs["post.logout.redirect.uris"] = "##".join(logout + [u + "/console/*" for u in urls])
with open(realm_file, "w", encoding="utf-8") as f:
    json.dump(realm, f, ensure_ascii=False, indent=2)
EOF
}

# Adds the clients of anjian-test-clients.json to a realm JSON file (python3, else jq).
merge_test_clients() {
  local realm_file="$1" extra="$ROOT/config/keycloak/anjian-test-clients.json"
  if command -v python3 >/dev/null; then
    python3 - "$realm_file" "$extra" <<'EOF'
import json, sys
realm_file, extra_file = sys.argv[1], sys.argv[2]
with open(realm_file, encoding="utf-8") as f:
    realm = json.load(f)
with open(extra_file, encoding="utf-8") as f:
    extra = json.load(f)
names = {c["clientId"] for c in extra["clients"]}
realm["clients"] = [c for c in realm.get("clients", []) if c["clientId"] not in names] + extra["clients"]
with open(realm_file, "w", encoding="utf-8") as f:
    json.dump(realm, f, ensure_ascii=False, indent=2)
EOF
  elif command -v jq >/dev/null; then
    jq --slurpfile x "$extra" '.clients += $x[0].clients' "$realm_file" >"$realm_file.tmp" && mv "$realm_file.tmp" "$realm_file"
  else
    die "python3 or jq is needed for --test-clients"
  fi
}

cmd_stop() {
  local pid
  if ! pid="$(running_pid)"; then
    log "not running"
    rm -f "$PID_FILE"
    return 0
  fi
  log "stopping pid $pid"
  kill -TERM "$pid" 2>/dev/null || true
  local i
  for i in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "still running after 30 s: KILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_status() {
  local pid
  if pid="$(running_pid)"; then
    local ready="not ready"
    curl -fsS -o /dev/null "http://127.0.0.1:$MPORT/health/ready" 2>/dev/null && ready="ready"
    echo "running (pid $pid), $ready; issuer $(issuer); log $LOG_FILE"
  else
    echo "not running"
    return 3
  fi
}

cmd_token() {
  local user="${1:?user}" password="${2:-$1}"
  curl -fsS "http://127.0.0.1:$PORT/realms/$REALM/protocol/openid-connect/token" \
    --data-urlencode grant_type=password --data-urlencode client_id=anjian-test \
    --data-urlencode "username=$user" --data-urlencode "password=$password" \
    --data-urlencode scope=openid
}

case "${1:-}" in
  install) shift; cmd_install "$@" ;;
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  status) shift; cmd_status "$@" ;;
  token) shift; cmd_token "$@" ;;
  *) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
