#!/usr/bin/env bash
# Installs what building and running Anjian needs on a fresh Debian machine: Java 17, Maven, Node.js and
# npm (the console is built with them), python3 (the Keycloak realm helper); with ANJIAN_PREREQUISITES=test
# (test.sh) also Chromium and CJK fonts, which the console's end-to-end test drives, and Debian's PostgreSQL
# server (also with ANJIAN_DB=postgresql), of which scripts/postgresql.sh starts private clusters.
# Idempotent: does nothing when everything is present. Sourced by run.sh and test.sh.
set -euo pipefail

need_apt=()
command -v java >/dev/null 2>&1 || need_apt+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need_apt+=(maven)
command -v curl >/dev/null 2>&1 || need_apt+=(curl)
command -v tar >/dev/null 2>&1 || need_apt+=(tar)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
if [ "${ANJIAN_PREREQUISITES:-run}" = test ]; then
  [ -x "${CHROMIUM:-/usr/bin/chromium}" ] || need_apt+=(chromium)
  fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need_apt+=(fonts-noto-cjk)
fi
if [ "${ANJIAN_PREREQUISITES:-run}" = test ] || [ "${ANJIAN_DB:-h2}" = postgresql ]; then
  # Debian's PostgreSQL server: the tests' second pass and ANJIAN_DB=postgresql run on a private cluster of it
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]} ..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${need_apt[@]}"
fi

java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${java_major:-0}" != "17" ] && [ -d /usr/lib/jvm/java-17-openjdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
  export PATH="$JAVA_HOME/bin:$PATH"
fi
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"

# Vite 8 (the console's build) needs Node 20.19 or later
node_version=$(node -p 'process.versions.node' 2>/dev/null || echo 0)
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' 2>/dev/null; then
  echo "Node.js $node_version is too old to build the console: 20.19 or later is needed (Debian's nodejs, or NodeSource)." >&2
  exit 1
fi
