#!/usr/bin/env bash
# completions/microask.bash, as bash uses it at a prompt: the script is sourced, then its
# function is called with COMP_WORDS/COMP_CWORD set as readline sets them, and COMPREPLY
# is checked. microask must be on PATH (CTest puts the built one first).
# Usage: bash_test.sh path/to/microask.bash
set -u
script=$(realpath -- "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home MICROASK_DB=$tmp/journal.db LANGUAGE=en LC_ALL=C.UTF-8 TZ=UTC MICROASK_NOW=2026-11-26T10:00:00+00:00
unset XDG_DATA_HOME NO_COLOR
mkdir -p "$HOME"
cd "$tmp" || exit 1

failures=0
# complete_line WORD...: runs _microask on `microask WORD...`, the last word under the cursor.
complete_line() {
    COMP_WORDS=(microask "$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="${COMP_WORDS[*]}"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _microask microask "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
}
# expect "REPLIES" WORD...: COMPREPLY, joined by spaces, is exactly REPLIES.
expect() {
    local want=$1
    shift
    complete_line "$@"
    local got="${COMPREPLY[*]}"
    if [[ $got != "$want" ]]; then
        printf 'FAIL: microask %s<TAB>\n  want: [%s]\n  got:  [%s]\n' "$*" "$want" "$got"
        failures=$((failures + 1))
    else
        printf 'ok: microask %s<TAB> -> %s\n' "$*" "$got"
    fi
}

# shellcheck source=/dev/null
source "$script" || { echo "FAIL: sourcing $script"; exit 1; }
if [[ $(complete -p microask) != *"-F _microask"* ]]; then
    echo "FAIL: microask is not registered with complete -F _microask"
    failures=$((failures + 1))
fi

# Subcommands and options, values only (no descriptions in bash).
expect "idea plan ask log stats undo goal help" ''
expect "plan" pl
expect "--concrete --cost --check --color" plan --c
expect "--week-start" stats --week-
expect "--help --version --db --color" -
# Option values from the type names.
expect "low high" plan --cost ''
expect "monday sunday" stats --week-start ''
expect "auto always never" --color ''
expect "yes no discussion" log --response ''
expect "discussion" log -r d
expect "1 10" log --stress 1
expect "0 1 2 3 4 5 6 7 8 9 10" log --stress ''  # in numeric order
expect "now today yesterday" log --at ''
expect "today yesterday" log --since ''
# --opt=value: bash splits it into "--opt" "=" "value".
expect "auto always never" --color =
expect "always" --color = al
expect "low high" plan --cost = ''

# No journal yet: no ids, and none is created.
expect "" ask ''
expect "" log --edit ''
[[ -e $MICROASK_DB ]] && { echo "FAIL: completion created the journal"; failures=$((failures + 1)); }

# Request and entry ids (values only).
microask plan -y "Ask Tom for a pen" >/dev/null || exit 1
microask plan -y "Ask the barista for a glass of water" >/dev/null || exit 1
microask plan -y "Ask the neighbour to keep my parcel tomorrow" >/dev/null || exit 1
microask ask 2 >/dev/null || exit 1
expect "1 3 2" ask ''
expect "2 1 3" log ''
expect "1 3" plan --drop ''
expect "3" plan --drop 3
expect "" log 2 ''
microask log 2 -s 4 -r yes >/dev/null || exit 1
expect "1" log --edit ''
expect "1" log --delete ''
# --db on the line is honoured.
microask --db "$tmp/other.db" plan -y "Ask Sam for the time" >/dev/null || exit 1
expect "1" --db "$tmp/other.db" plan --drop ''
expect "1 3" plan --drop = ''
expect "1" plan --db = "$tmp/other.db" --drop ''

# Files: --db, --export, --import, --batch complete file names.
touch "$tmp/export.jsonl" "$tmp/requests.txt" "$tmp/notes.db"
expect "export.jsonl" log --export exp
expect "requests.txt" plan --batch req
expect "notes.db" --db not
expect "notes.db" --db = not
# After --db, a journal's side files are not offered: they are SQLite's, not journals.
touch "$tmp/notes.db-wal" "$tmp/notes.db-shm"
expect "notes.db" --db not
complete_line log --export not  # any file: the side files too (the shell sorts them)
sorted=$(printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort | tr '\n' ' ')
if [[ $sorted != "notes.db notes.db-shm notes.db-wal " ]]; then
    printf 'FAIL: microask log --export not<TAB>: got [%s]\n' "$sorted"
    failures=$((failures + 1))
fi

# A journal that cannot be used: no ids, nothing printed.
printf 'not a journal\n' >"$tmp/broken.db"
out=$(MICROASK_DB=$tmp/broken.db; export MICROASK_DB; complete_line ask ''; echo "${COMPREPLY[*]}") 2>&1
if [[ -n $out ]]; then
    echo "FAIL: a broken journal gave [$out]"
    failures=$((failures + 1))
fi

if ((failures)); then
    echo "$failures failure(s)"
    exit 1
fi
echo "all bash completion checks passed"
