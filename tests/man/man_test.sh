#!/usr/bin/env bash
# microask(1): the manual the build writes (microask __man) renders with man, has its
# sections, documents every option --help lists, exists in French, and is found by
# `man microask` / `man -L fr microask` once installed by cmake --install.
# Usage: man_test.sh BUILD_DIR
set -euo pipefail
build=$1
exe=$build/microask
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LANGUAGE=en LC_ALL=C.UTF-8 MANWIDTH=100 HOME=$work
fail() { echo "FAIL: $*" >&2; exit 1; }

render() { man -l "$1" 2>"$work/man.err" | col -b; }
page=$(render "$build/man/man1/microask.1")
[ -s "$work/man.err" ] && fail "man warned: $(cat "$work/man.err")"
for section in NAME SYNOPSIS DESCRIPTION COMMANDS "GLOBAL OPTIONS" "EXIT STATUS" ENVIRONMENT FILES EXAMPLES; do
  grep -q "^$section\$" <<<"$page" || fail "no $section section"
done
grep -q "143 *stopped by SIGTERM" <<<"$page" || fail "EXIT STATUS does not document 143"
grep -q "130 *interrupted by Ctrl-C" <<<"$page" || fail "EXIT STATUS does not document 130"
grep -q "MICROASK_DB" <<<"$page" || fail "ENVIRONMENT does not name MICROASK_DB"
grep -q "config.toml" <<<"$page" || fail "FILES does not name the configuration file"

# The same definitions as --help: every subcommand and each of its long options is there.
subs=$("$exe" --help | awk '/^Subcommands:/ {on = 1; next} on && /^  [a-z]/ {print $1} on && /^[^ ]/ {exit}')
[ -n "$subs" ] || fail "no subcommands in --help"
for sub in $subs; do
  grep -q "^   $sub\$" <<<"$page" || fail "no COMMANDS entry for $sub"
  for opt in $("$exe" "$sub" --help | grep -oE '(^|[ ,])--[a-z][a-z-]*' | tr -d ' ,' | sort -u); do
    grep -q -- "$opt" <<<"$page" || fail "$sub $opt is in --help but not in the manual"
  done
done

# French: the same page, in French.
fr=$(render "$build/man/fr/man1/microask.1")
for section in NOM COMMANDES "OPTIONS GLOBALES" "CODE DE SORTIE" ENVIRONNEMENT FICHIERS EXEMPLES; do
  grep -q "^$section\$" <<<"$fr" || fail "no $section section in the French manual"
done
grep -q "un journal de micro-demandes" <<<"$fr" || fail "the French NAME is not French"

# Installed, `man` finds it in both languages.
cmake --install "$build" --prefix "$work/prefix" >/dev/null
export MANPATH=$work/prefix/share/man
man -w microask | grep -q "$work/prefix/share/man/man1/microask.1" || fail "man does not find the installed page"
man -L fr -w microask | grep -q "$work/prefix/share/man/fr/man1/microask.1" || fail "man -L fr does not find the French page"
# Read whole before grep: grep -q stops at the first match and, under pipefail, man's
# SIGPIPE would fail the line on a long page.
installed_fr=$(LANGUAGE= LC_ALL=C man -L fr microask 2>/dev/null | col -b)
grep -q "CODE DE SORTIE" <<<"$installed_fr" || fail "man -L fr microask is not French"
echo "man: ok"
