#!/usr/bin/env bash
# A private PostgreSQL cluster for tests and local runs (not a production setup): Debian's server binaries,
# a data folder of its own, loopback only, started and stopped by the project.
#
#   scripts/postgresql.sh install            Debian's postgresql package, if no server binaries are found
#   scripts/postgresql.sh start DIR [PORT]   initdb DIR (once) and start the cluster on 127.0.0.1:PORT (default: a
#                                            free port); waits until it accepts connections, then prints
#                                            `export` lines: ANJIAN_PG_PORT, ANJIAN_PG_URL, ANJIAN_PG_USER,
#                                            ANJIAN_PG_PASSWORD (eval them)
#   scripts/postgresql.sh stop DIR           fast shutdown of the cluster in DIR
#   scripts/postgresql.sh psql DIR [ARGS]    psql on the cluster in DIR as its superuser
#
# PostgreSQL refuses to run as root: when started by root the cluster runs as the unprivileged system user
# `postgres` (which Debian's package creates) and DIR is handed to it. The superuser is `anjian` with the
# password `anjian`, password authentication over TCP on 127.0.0.1 only; the Unix socket lives in DIR.
# The database `anjian` is created at the first start.
#
# Environment: ANJIAN_PG_FSYNC (on; off for throw-away test clusters), ANJIAN_PG_RANDOM_PAGE_COST (1.1, the usual
# setting for SSDs: with PostgreSQL's default of 4 the planner prefers a sequential scan of every enterprise to a few
# thousand index lookups, e.g. for the name search's candidates), ANJIAN_PG_AUTH (scram-sha-256; the test
# suite's throw-away cluster uses trust on 127.0.0.1, since its tests open thousands of unpooled connections and
# SCRAM costs about 16 ms each).
set -euo pipefail

log() { echo "[postgresql] $*" >&2; }
die() { echo "[postgresql] ERROR: $*" >&2; exit 1; }

bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && [ -x "$d/postgres" ] && { echo "$d"; return 0; }
  done
  return 1
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

cmd_install() {
  if bindir >/dev/null; then
    log "server binaries: $(bindir)"
    return 0
  fi
  log "installing Debian's postgresql"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q postgresql
  # Debian's package creates and starts a system cluster on 5432: the project never uses it
  bindir >/dev/null || die "postgresql installed, but no initdb/postgres under /usr/lib/postgresql/*/bin"
}

cmd_start() {
  local dir="${1:?start needs a data folder}" port="${2:-}"
  local bin; bin="$(bindir)" || die "no PostgreSQL server binaries: run '$0 install'"
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  [ -n "$port" ] || port="$(free_port)"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || die "running as root, but there is no 'postgres' user to run the server as"
    chown postgres "$dir"
    chmod 700 "$dir"
    # the server user must be able to reach DIR through its parents
    local p="$dir"
    while [ "$p" != / ]; do p="$(dirname "$p")"; chmod o+x "$p" 2>/dev/null || true; done
  fi
  if [ ! -f "$dir/PG_VERSION" ]; then
    local pw; pw="$(mktemp)"; echo anjian >"$pw"; chmod 644 "$pw"
    as_owner "$bin/initdb" -D "$dir" -U anjian --pwfile="$pw" -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host="${ANJIAN_PG_AUTH:-scram-sha-256}" >"$dir.initdb.log" 2>&1 \
      || { rm -f "$pw"; cat "$dir.initdb.log" >&2; die "initdb failed"; }
    rm -f "$pw"
  fi
  if as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    die "a server already runs on $dir"
  fi
  as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=${ANJIAN_PG_FSYNC:-on} -c max_connections=200 -c random_page_cost=${ANJIAN_PG_RANDOM_PAGE_COST:-1.1}" \
    start >/dev/null || { tail -20 "$dir/server.log" >&2; die "the server did not start"; }
  if ! as_owner "$bin/psql" -h "$dir" -p "$port" -U anjian -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='anjian'" | grep -q 1; then
    as_owner "$bin/psql" -h "$dir" -p "$port" -U anjian -d postgres -qc "CREATE DATABASE anjian" >/dev/null
  fi
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data $dir"
  echo "export ANJIAN_PG_PORT=$port"
  echo "export ANJIAN_PG_URL=jdbc:postgresql://127.0.0.1:$port/anjian"
  echo "export ANJIAN_PG_USER=anjian"
  echo "export ANJIAN_PG_PASSWORD=anjian"
}

cmd_stop() {
  local dir="${1:?stop needs a data folder}"
  [ -d "$dir" ] && dir="$(cd "$dir" && pwd)"
  local bin; bin="$(bindir)" || return 0
  [ -f "$dir/postmaster.pid" ] || return 0
  as_owner "$bin/pg_ctl" -D "$dir" -m fast -w -t 60 stop >/dev/null 2>&1 || true
}

cmd_psql() {
  local dir="${1:?psql needs a data folder}"; shift
  dir="$(cd "$dir" && pwd)"
  local bin; bin="$(bindir)" || die "no PostgreSQL server binaries"
  local port; port="$(sed -n 4p "$dir/postmaster.pid")"
  as_owner "$bin/psql" -h "$dir" -p "$port" -U anjian -d anjian "$@"
}

case "${1:-}" in
  install) shift; cmd_install "$@" ;;
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  psql) shift; cmd_psql "$@" ;;
  *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
