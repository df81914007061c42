#!/usr/bin/env bash
# Lines of each domain (and the sample fixture) by role (the package under org.anjian.domain.<name>), main and
# test, at a commit (default HEAD): how much of a domain is plumbing and how much is domain.
# Usage: scripts/domain-lines.sh [commit]
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD}
for d in $(git ls-tree -d --name-only "$rev" bundles/ | grep '/domain-' | grep -v domain-parent) itests/fixtures/sample-domain-1; do
  for part in main test; do
    git ls-tree -r --name-only "$rev" -- "$d/src/$part" | while read -r f; do
      case "$f" in
        *.java) role=$(echo "$f" | sed -E 's#.*/org/anjian/(domain|fixture)/[a-z]+/([a-z]+)/.*#\2#; t; s#.*/##') ;;
        *) role="resources" ;;
      esac
      echo "$role $(git show "$rev:$f" | wc -l)"
    done | awk -v d="$d" -v part="$part" '{a[$1]+=$2; t+=$2} END {if (t > 0) {printf "%-40s %-4s %6d  (", d, part, t; n=0; for (k in a) printf "%s%s %d", (n++ ? ", " : ""), k, a[k]; print ")"}}'
  done
done
