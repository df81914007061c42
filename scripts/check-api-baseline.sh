#!/usr/bin/env bash
# Proves that the build's API baseline checks bite, for each API bundle with a baseline/ folder: in a scratch
# worktree of HEAD, removes a method from one SPI interface (a major change) without a package version bump and
# builds that bundle. The build must fail naming the package; then the same change with the package at 2.0.0 must
# pass. The API (org.anjian.api.spi, ModuleDatabase.moduleId) and the exchange SPI (org.anjian.exchange.spi,
# ExchangePeer.id).
# Usage: scripts/check-api-baseline.sh   (needs a prior `mvn install` for the parent pom and plugins)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'git worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add -q --detach "$work/tree" HEAD

# check <module> <package> <interface> <method line>
check() {
  local module="$work/tree/$1" package=$2 interface=$3 method=$4
  local dir="$module/src/main/java/${package//.//}"
  git -C "$work/tree" checkout -q -- .
  grep -qxF "    $method" "$dir/$interface.java" || { echo "FAIL: $interface has no line '$method'"; exit 1; }
  grep -vxF "    $method" "$dir/$interface.java" > "$work/changed.java"; cp "$work/changed.java" "$dir/$interface.java"
  if mvn -B -o -q verify -Dmaven.test.skip=true -f "$module/pom.xml" >"$work/broken.log" 2>&1; then
    echo "FAIL: removing $interface '$method' without a version bump was accepted"; exit 1
  fi
  grep -q "$package: Version increase required" "$work/broken.log" \
    || { echo "FAIL: the build failed, but not for the baseline:"; tail -20 "$work/broken.log"; exit 1; }
  echo "ok: an incompatible change to $package without a major bump fails the build:"
  grep -m1 "$package: Version increase required" "$work/broken.log"
  sed -i 's/^@Version("[0-9.]*")$/@Version("2.0.0")/' "$dir/package-info.java"
  if ! mvn -B -o -q verify -Dmaven.test.skip=true -f "$module/pom.xml" >"$work/bumped.log" 2>&1; then
    echo "FAIL: the same change with $package 2.0.0 was refused:"; tail -20 "$work/bumped.log"; exit 1
  fi
  echo "ok: the same change with $package at 2.0.0 passes"
}

check bundles/api org.anjian.api.spi ModuleDatabase 'String moduleId();'
check integrations/exchange-api org.anjian.exchange.spi ExchangePeer 'String id();'
