#!/bin/bash
# `cmake --install` into a temporary prefix: the installed binary finds its French catalogue
# in <prefix>/share/locale, relative to itself (src/cli/i18n.cpp), and speaks French.
# usage: install_test.sh BUILD_DIR
set -euo pipefail
build=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" > "$tmp/install.log"
test -f "$tmp/prefix/share/locale/fr/LC_MESSAGES/microask.mo"

run() { env -i HOME="$tmp" TZ=UTC MICROASK_DB="$tmp/journal.db" MICROASK_NOW=2026-11-26T10:00:00+00:00 "$@"; }
check() {  # check WHAT EXPECTED ACTUAL
  if [[ "$3" != *"$2"* ]]; then
    printf 'install test: %s: expected to contain\n  %s\nbut got\n%s\n' "$1" "$2" "$3" >&2
    exit 1
  fi
}
request="Demander à la boulangère s'il reste des croissants"
out=$(run LANGUAGE=fr LC_ALL=fr_FR.UTF-8 "$tmp/prefix/bin/microask" plan "$request")
check "plan in French" "C'est une micro-demande. Prévue sous le numéro #1" "$out"
err=$(run LANGUAGE=fr LC_ALL=fr_FR.UTF-8 "$tmp/prefix/bin/microask" log --edit 9 -s 3 2>&1 || true)
check "an error in French" "microask : erreur : aucune entrée ne porte le numéro 9" "$err"
out=$(run LANGUAGE=en LC_ALL=fr_FR.UTF-8 "$tmp/prefix/bin/microask" plan)
check "English when asked" "Planned" "$out"
# Moved elsewhere, the whole prefix still works: nothing points back into the build tree.
mv "$tmp/prefix" "$tmp/moved"
out=$(run LANGUAGE=fr LC_ALL=fr_FR.UTF-8 "$tmp/moved/bin/microask" plan)
check "moved prefix" "Prévue le" "$out"
echo "install test: the installed binary speaks French"
