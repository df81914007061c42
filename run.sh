#!/usr/bin/env bash
# Builds what is missing and starts Anjian in the foreground on its embedded defaults: H2 (file mode,
# under the runtime's data/), the embedded Artemis broker, migrations applied, the demo county loaded
# once. Prints the API base URL when ready; Ctrl-C stops it. Data survives restarts and rebuilds.
#
# Environment: ANJIAN_HTTP_PORT (8181), ANJIAN_BROKER_PORT (61616), ANJIAN_SSH_PORT (8101),
# ANJIAN_RMI_REGISTRY_PORT (1099), ANJIAN_RMI_SERVER_PORT (44444), ANJIAN_RUNTIME (.runtime/anjian),
# ANJIAN_SSO (on: Keycloak is installed from Maven Central once and started first, the console logs in through it;
# off: no single sign-on, the API takes basic login and the console offers the demo login form),
# ANJIAN_KEYCLOAK_PORT (8180), ANJIAN_KEYCLOAK_MGMT_PORT (9001),
# ANJIAN_PROVINCE_SIM (on: the provincial platform's simulator is started; off: ANJIAN_PROVINCE_URL points at a
# real one), ANJIAN_PROVINCE_SIM_PORT (8089), ANJIAN_PROVINCE_SIM_ADMIN_PORT (8090),
# ANJIAN_DB (h2: the embedded file database; postgresql: a local PostgreSQL cluster under .runtime/postgresql,
# started on 127.0.0.1:ANJIAN_PG_PORT (55432) and stopped with the suite; its data is kept like H2's).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh

dist=$(ls distribution/target/anjian-distribution-*.tar.gz 2>/dev/null | head -1 || true)
if [ -z "$dist" ] || [ -n "$(find pom.xml bundles/*/pom.xml bundles/*/src/main bundles/console/app/src bundles/console/app/package-lock.json features/pom.xml features/src \
      config distribution/pom.xml distribution/src integrations -path '*/target' -prune -o -newer "$dist" -type f -print -quit)" ]; then
  echo "Building Anjian (mvn install, tests skipped; ./test.sh runs them) ..."
  mvn -B -q install -DskipTests
  dist=$(ls distribution/target/anjian-distribution-*.tar.gz | head -1)
fi

runtime="${ANJIAN_RUNTIME:-.runtime/anjian}"
if [ ! -f "$runtime/bin/karaf" ] || [ "$dist" -nt "$runtime/.unpacked" ]; then
  echo "Installing the distribution into $runtime (database and broker data are kept) ..."
  mkdir -p "$runtime"
  keep=$(mktemp -d)
  for d in anjian artemis log; do [ -d "$runtime/data/$d" ] && mv "$runtime/data/$d" "$keep/"; done
  find "$runtime" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
  tar xzf "$dist" -C "$runtime" --strip-components=1
  mkdir -p "$runtime/data"
  for d in "$keep"/*; do [ -e "$d" ] && mv "$d" "$runtime/data/"; done
  rmdir "$keep"
  touch "$runtime/.unpacked"
fi

port="${ANJIAN_HTTP_PORT:-8181}"
export ANJIAN_HTTP_PORT="$port"
sso="${ANJIAN_SSO:-on}"
stop_keycloak() { [ "$sso" = on ] && scripts/keycloak.sh stop >/dev/null 2>&1 || true; }
if [ "$sso" = on ]; then
  echo "Starting Keycloak, the single sign-on identity provider (ANJIAN_SSO=off to skip) ..."
  scripts/keycloak.sh install
  # the realm's console client knows http://127.0.0.1:8181 and http://localhost:8181; another port is added
  # (to a realm imported anew: a kept ANJIAN_KEYCLOAK_DATA keeps the redirect URIs it was created with)
  [ "$port" != 8181 ] && export ANJIAN_CONSOLE_URLS="${ANJIAN_CONSOLE_URLS:-} http://127.0.0.1:$port http://localhost:$port"
  scripts/keycloak.sh start --data "${ANJIAN_KEYCLOAK_DATA:-.runtime/keycloak-data}"
  export ANJIAN_SSO_ISSUER="http://127.0.0.1:${ANJIAN_KEYCLOAK_PORT:-8180}/realms/anjian"
else
  export ANJIAN_SSO_ENABLED=false
fi

province_sim="${ANJIAN_PROVINCE_SIM:-on}"
sim_pid=""
if [ "$province_sim" = on ]; then
  sim_port="${ANJIAN_PROVINCE_SIM_PORT:-8089}"
  sim_admin="${ANJIAN_PROVINCE_SIM_ADMIN_PORT:-8090}"
  mkdir -p "$runtime/data/log"
  echo "Starting the provincial 除险保安 platform's simulator on $sim_port (admin $sim_admin; ANJIAN_PROVINCE_SIM=off to skip) ..."
  java -jar integrations/simulators/province/target/anjian-simulator-province-*-all.jar --port "$sim_port" \
    --admin-port "$sim_admin" --user county --password county-demo-secret --county 330999 --findings 0 \
    > "$runtime/data/log/province-simulator.log" 2>&1 &
  sim_pid=$!
  export ANJIAN_PROVINCE_URL="http://127.0.0.1:$sim_port/province"
fi
stop_simulator() { [ -n "$sim_pid" ] && kill -TERM "$sim_pid" 2>/dev/null; wait "$sim_pid" 2>/dev/null || true; }

stop_postgresql() { :; }
if [ "${ANJIAN_DB:-h2}" = postgresql ]; then
  pg_data="${ANJIAN_PG_DATA:-.runtime/postgresql}"
  echo "Starting PostgreSQL (data $pg_data, port ${ANJIAN_PG_PORT:-55432}; ANJIAN_DB=h2 for the embedded database) ..."
  eval "$(scripts/postgresql.sh start "$pg_data" "${ANJIAN_PG_PORT:-55432}")"
  stop_postgresql() { scripts/postgresql.sh stop "$pg_data"; }
  export ANJIAN_DB_DRIVER="PostgreSQL JDBC Driver" ANJIAN_DB_URL="$ANJIAN_PG_URL" ANJIAN_DB_USER="$ANJIAN_PG_USER" \
    ANJIAN_DB_PASSWORD="$ANJIAN_PG_PASSWORD" ANJIAN_DB_DIALECT=org.hibernate.dialect.PostgreSQL10Dialect
fi

base="http://127.0.0.1:$port/api/v1"
echo "Starting Anjian (log: $runtime/data/log/karaf.log) ..."
start=$(date +%s)
"$runtime/bin/karaf" server &
pid=$!
trap 'echo; echo "Stopping Anjian ..."; kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; stop_simulator; stop_keycloak; stop_postgresql; exit 0' INT TERM

until curl -fs -m 2 "$base/health" >/dev/null 2>&1; do
  if ! kill -0 "$pid" 2>/dev/null; then echo "Anjian exited during start; see $runtime/data/log/karaf.log"; stop_simulator; stop_keycloak; stop_postgresql; exit 1; fi
  sleep 1
done
if [ "$sso" = on ]; then console_login="single sign-on through Keycloak: demo users, e.g. demo-admin / demo-admin"
else console_login="demo login form: demo users, e.g. demo-admin / demo-admin"; fi
cat <<MSG

Anjian is up after $(( $(date +%s) - start )) s.
  Console:       http://127.0.0.1:$port/console/   ($console_login)
  API base URL:  $base
  Health:        $base/health
  OpenAPI:       $base/openapi.json
  Demo login:    demo-admin / demo-admin   (all demo users: README.md)
  Database:      ${ANJIAN_DB_URL:-embedded H2 under $runtime/data/anjian}
  SSO issuer:    ${ANJIAN_SSO_ISSUER:-off}   (bearer tokens; demo users log in there with the same passwords)
  Try:           curl -u demo-admin:demo-admin "$base/hazards?overdue=true&limit=5"
  Shell (IT):    ssh -p ${ANJIAN_SSH_PORT:-8101} it-admin@127.0.0.1   (password it-admin), then anjian:status
  Province:      ${ANJIAN_PROVINCE_URL:-configured in etc/org.anjian.exchange.province.cfg}   (nightly at 01:30)
  Exchange now:  curl -u demo-admin:demo-admin -X POST -H 'Content-Type: application/json' -d '{"peer":"province"}' $base/exchange/runs
Ctrl-C stops it.
MSG
wait "$pid"
stop_simulator
stop_keycloak
stop_postgresql
