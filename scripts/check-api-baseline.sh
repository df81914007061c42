#!/usr/bin/env bash
# Proves that the build's API baseline check bites: in a scratch worktree of HEAD, removes a method from the
# SPI interface ModuleDatabase (a major change) without a package version bump and builds the API bundle. The
# build must fail naming org.anjian.api.spi; then the same change with the package at 2.0.0 must pass.
# Usage: scripts/check-api-baseline.sh   (needs a prior `mvn install` for the parent pom and plugins)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'git worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add -q --detach "$work/tree" HEAD
api="$work/tree/bundles/api"
spi="$api/src/main/java/org/anjian/api/spi"
sed -i 's/^    String moduleId();$//' "$spi/ModuleDatabase.java"
if mvn -B -o -q verify -DskipTests -f "$api/pom.xml" >"$work/broken.log" 2>&1; then
  echo "FAIL: removing ModuleDatabase.moduleId() without a version bump was accepted"; exit 1
fi
grep -q "org.anjian.api.spi: Version increase required" "$work/broken.log" \
  || { echo "FAIL: the build failed, but not for the baseline:"; tail -20 "$work/broken.log"; exit 1; }
echo "ok: an incompatible SPI change without a major bump fails the build:"
grep -m1 "org.anjian.api.spi: Version increase required" "$work/broken.log"
sed -i 's/^@Version("[0-9.]*")$/@Version("2.0.0")/' "$spi/package-info.java"
if ! mvn -B -o -q verify -DskipTests -f "$api/pom.xml" >"$work/bumped.log" 2>&1; then
  echo "FAIL: the same change with org.anjian.api.spi 2.0.0 was refused:"; tail -20 "$work/bumped.log"; exit 1
fi
echo "ok: the same change with the package at 2.0.0 passes"
