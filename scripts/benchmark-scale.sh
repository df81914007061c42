#!/usr/bin/env bash
# The city-scale benchmark (not a test). For each database (H2, PostgreSQL): the demo distribution started on free
# loopback ports, a city-scale registry loaded through the API (scripts/benchmark/ScaleLoader.java: enterprises
# and hazards, each validated, audited and in the outbox), then every query shape driven at a fixed rate by hey
# (Debian's HTTP load generator: -q per worker, -c workers) as an administrator, a sub-committee officer, a
# township officer and a grid member, with HTTP basic and with bearer tokens from a real Keycloak (scripts/keycloak.sh,
# on free ports, its test client's password grant; a fresh token per shape). Prints, per shape: achieved rate, p50, p99, non-200 answers;
# the registration writes/s; the database's size on disk against its compacted size; the JVM's resident memory.
# On PostgreSQL the shapes run after a VACUUM ANALYZE, as autovacuum would have done in a database that runs.
#
#   scripts/benchmark-scale.sh                 both databases, 100 000 enterprises, 20 000 hazards, 200 req/s
#
# Environment: ANJIAN_BENCH_DBS ("h2 postgresql"), ANJIAN_BENCH_ENTERPRISES (100000), ANJIAN_BENCH_HAZARDS (20000),
# ANJIAN_BENCH_RATE (200 requests/s), ANJIAN_BENCH_SECONDS (20 per shape), ANJIAN_BENCH_DIR (target/benchmark-scale),
# ANJIAN_BENCH_AUTH ("basic bearer").
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
command -v hey >/dev/null || { SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo; $SUDO apt-get install -y -q hey; }
scripts/postgresql.sh install >/dev/null

dbs="${ANJIAN_BENCH_DBS:-h2 postgresql}"
enterprises="${ANJIAN_BENCH_ENTERPRISES:-100000}"
hazards="${ANJIAN_BENCH_HAZARDS:-20000}"
rate="${ANJIAN_BENCH_RATE:-200}"
seconds="${ANJIAN_BENCH_SECONDS:-20}"
work="${ANJIAN_BENCH_DIR:-target/benchmark-scale}"
auths="${ANJIAN_BENCH_AUTH:-basic bearer}"
workers=20
dist=$(ls distribution/target/anjian-distribution-*.tar.gz 2>/dev/null | head -1 || true)
[ -n "$dist" ] || { mvn -B -q install -DskipTests; dist=$(ls distribution/target/anjian-distribution-*.tar.gz | head -1); }
api_jar=$(ls bundles/api/target/anjian-api-*.jar | grep -v sources | head -1)
h2_jar=$(find ~/.m2/repository/com/h2database/h2 -name "h2-$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' pom.xml).jar" | head -1)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
basic() { printf 'Basic %s' "$(printf '%s:%s' "$1" "$1" | base64)"; }
bearer() { printf 'Bearer %s' "$(scripts/keycloak.sh token "$1" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"; }
mkdir -p "$work"
sso=false
if [[ " $auths " == *" bearer "* ]]; then
  scripts/keycloak.sh install >/dev/null
  export ANJIAN_KEYCLOAK_PORT=$(free_port) ANJIAN_KEYCLOAK_MGMT_PORT=$(free_port)
  scripts/keycloak.sh start --test-clients >/dev/null
  sso=true
fi
stop_keycloak() { if [ "$sso" = true ]; then scripts/keycloak.sh stop >/dev/null 2>&1 || true; fi; }
trap 'set +e; stop_keycloak' EXIT

# one shape: USER LABEL PATH (with the current $auth) -> a table row
shape() {
  local user="$1" label="$2" path="$3" out header
  if [ "$auth" = bearer ]; then header=$(bearer "$user"); else header=$(basic "$user"); fi
  out=$(hey -z "${seconds}s" -c "$workers" -q $(( (rate + workers - 1) / workers )) -H "Authorization: $header" \
    "$base$path" 2>&1)
  local achieved p50 p99 ok total
  set +o pipefail
  achieved=$(sed -n 's/^ *Requests\/sec:[[:space:]]*\([0-9.]*\).*/\1/p' <<<"$out")
  p50=$(sed -n 's/^ *50% in \([0-9.]*\) secs.*/\1/p' <<<"$out" | head -1)
  p99=$(sed -n 's/^ *99% in \([0-9.]*\) secs.*/\1/p' <<<"$out" | head -1)
  ok=$(sed -n 's/^ *\[200\][[:space:]]*\([0-9]*\) responses.*/\1/p' <<<"$out")
  total=$(grep -E '^\s*\[[0-9]+\]\s+[0-9]+ responses' <<<"$out" | awk '{s+=$2} END {print s+0}')
  errors=$(sed -n '/Error distribution:/,$p' <<<"$out" | grep -oE '^\s*\[[0-9]+\]' | tr -dc '0-9\n' | awk '{s+=$1} END {print s+0}')
  set -o pipefail
  printf '| %s | %s | %s | %s | %s | %.0f ms | %.0f ms | %s |\n' "$db" "$auth" "$label" "$user" "${achieved:-0}" \
    "$(awk "BEGIN {print ${p50:-0} * 1000}")" "$(awk "BEGIN {print ${p99:-0} * 1000}")" \
    "$(( ${total:-0} - ${ok:-0} )) non-200, ${errors:-0} transport errors"
}

for db in $dbs; do
  runtime="$work/$db"
  rm -rf "$runtime" && mkdir -p "$runtime"
  tar xzf "$dist" -C "$runtime" --strip-components=1
  http=$(free_port)
  export ANJIAN_HTTP_PORT=$http ANJIAN_BROKER_PORT=$(free_port) ANJIAN_SSH_PORT=$(free_port) \
    ANJIAN_RMI_REGISTRY_PORT=$(free_port) ANJIAN_RMI_SERVER_PORT=$(free_port) ANJIAN_SSO_ENABLED=$sso \
    ANJIAN_SSO_ISSUER="http://127.0.0.1:${ANJIAN_KEYCLOAK_PORT:-8180}/realms/anjian" \
    ANJIAN_PROVINCE_SCHEDULE=manual ANJIAN_PROVINCE_FINDINGS_SCHEDULE=manual
  unset ANJIAN_DB_DRIVER ANJIAN_DB_URL ANJIAN_DB_USER ANJIAN_DB_PASSWORD ANJIAN_DB_DIALECT
  if [ "$db" = postgresql ]; then
    eval "$(scripts/postgresql.sh start "$runtime/pgdata")"
    export ANJIAN_DB_DRIVER="PostgreSQL JDBC Driver" ANJIAN_DB_URL="$ANJIAN_PG_URL" ANJIAN_DB_USER="$ANJIAN_PG_USER" \
      ANJIAN_DB_PASSWORD="$ANJIAN_PG_PASSWORD" ANJIAN_DB_DIALECT=org.hibernate.dialect.PostgreSQL10Dialect
  fi
  base="http://127.0.0.1:$http/api/v1"
  "$runtime/bin/karaf" server > "$runtime/console.log" 2>&1 &
  pid=$!
  # errexit stays off in the handler: a process already gone must not turn a finished run into exit 1
  trap 'set +e; kill -TERM $pid 2>/dev/null; if [ "$db" = postgresql ]; then scripts/postgresql.sh stop "$runtime/pgdata" >/dev/null 2>&1; fi; stop_keycloak' EXIT
  until curl -fs -m 2 "$base/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "Anjian exited; see $runtime/data/log/karaf.log" >&2; exit 1; }
    sleep 1
  done
  echo "== $db: $(curl -s "$base/health" | sed -n 's/.*"database":"\([^"]*\)".*/\1/p'), loading $enterprises enterprises and $hazards hazards"
  java -cp "$api_jar" scripts/benchmark/ScaleLoader.java "$base" "$enterprises" "$hazards" 8
  # the statistics and visibility maps autovacuum keeps in a running database (here the load has just ended)
  if [ "$db" = postgresql ]; then
    scripts/postgresql.sh psql "$runtime/pgdata" -qc "VACUUM ANALYZE" >/dev/null
  fi
  # the key of the 5,000th enterprise: where a deep page by key starts
  deep_key=$(curl -s -H "Authorization: $(basic demo-admin)" "$base/enterprises?limit=1&offset=4999" \
    | sed -n 's/.*"creditCode":"\([^"]*\)".*/\1/p' | head -1)
  echo "| database | auth | shape | user | achieved req/s | p50 | p99 | errors |"
  echo "|---|---|---|---|---|---|---|---|"
  for auth in $auths; do
    shape demo-admin "name search 安泰" "/enterprises?name=%E5%AE%89%E6%B3%B0&limit=20"
    shape demo-chemical "enterprise list (专委办 scope)" "/enterprises?limit=20"
    shape demo-admin "township + RED, offset 100" "/enterprises?regionPrefix=330999101&riskColour=RED&limit=20&offset=100"
    shape demo-chengguan "name search 安泰 (township)" "/enterprises?name=%E5%AE%89%E6%B3%B0&limit=20"
    shape demo-grid "enterprise list (grid)" "/enterprises?limit=20"
    shape demo-admin "overdue hazards" "/hazards?overdue=true&limit=50"
    shape demo-admin "deep page by key (after the 5,000th)" "/enterprises?limit=20&after=$deep_key"
    shape demo-admin "dashboard statistics" "/stats/overview"
    shape demo-chengguan "dashboard statistics (township)" "/stats/overview"
    shape demo-admin "township ranking statistics" "/stats/townships"
  done
  rss=$(ps -o rss= -p "$(pgrep -f "karaf.base=$(cd "$runtime" && pwd)" | head -1)" 2>/dev/null || echo 0)
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  if [ "$db" = postgresql ]; then
    size=$(scripts/postgresql.sh psql "$runtime/pgdata" -tAc "SELECT pg_database_size('anjian')")
    scripts/postgresql.sh psql "$runtime/pgdata" -qc "VACUUM FULL" >/dev/null
    compact=$(scripts/postgresql.sh psql "$runtime/pgdata" -tAc "SELECT pg_database_size('anjian')")
    scripts/postgresql.sh stop "$runtime/pgdata"
  else
    file="$runtime/data/anjian/anjian.mv.db"
    size=$(stat -c %s "$file")
    cp "$file" "$work/compact.mv.db"
    java -cp "$h2_jar" org.h2.tools.Shell -url "jdbc:h2:file:$(cd "$work" && pwd)/compact;MODE=Regular" -user anjian \
      -password anjian -sql "SHUTDOWN COMPACT" >/dev/null
    compact=$(stat -c %s "$work/compact.mv.db")
    rm -f "$work/compact.mv.db"
  fi
  printf 'MEASURE %s: database %d MB on disk, %d MB compacted (%.1fx); JVM resident %d MB\n' "$db" \
    $(( size / 1048576 )) $(( compact / 1048576 )) "$(awk "BEGIN {print $size / ($compact > 0 ? $compact : 1)}")" $(( rss / 1024 ))
done
