#!/usr/bin/env zsh
# completions/_microask, as zsh uses it at a prompt. First loaded by compinit through
# $fpath (it must register itself for microask); then an interactive zsh is driven
# through a pseudo-terminal (zsh/zpty): a command line is typed, Tab runs the real
# completion system (_main_complete -> _microask -> _describe or _files), and compadd is
# wrapped to print every match with its description. microask must be on PATH (CTest puts
# the built one first).
# Usage: zsh -f zsh_test.zsh path/to/completions-folder
emulate -L zsh
setopt err_return no_unset
local dir=${1:A}
local tmp=$(mktemp -d)
trap 'rm -rf $tmp' EXIT
export HOME=$tmp/home MICROASK_DB=$tmp/journal.db LANGUAGE=en LC_ALL=C.UTF-8 TZ=UTC MICROASK_NOW=2026-11-26T10:00:00+00:00
unset XDG_DATA_HOME NO_COLOR
mkdir -p $HOME
cd $tmp
integer failures=0
fail() { print -r -- "FAIL: $*"; (( failures++ )) || true }

# 1. compinit finds _microask in $fpath and binds it to microask.
fpath=($dir $fpath)
autoload -U compinit
compinit -u -D
if [[ ${_comps[microask]-} == _microask ]]; then
  print -r -- "ok: compinit binds microask to _microask"
else
  fail "compinit did not bind microask to _microask (got '${_comps[microask]-}')"
fi

# 2. Real completions at a prompt.
zmodload zsh/zpty
# complete LINE: the matches for LINE<Tab>, one "value|display" per line.
complete() {
  local line=$1 out= chunk=
  zpty z zsh -f -i
  zpty -w z "PROMPT='' RPROMPT=''; unsetopt zle_bracketed_paste 2>/dev/null"
  zpty -w z "fpath=(${(q)dir} \$fpath); autoload -U compinit; compinit -u -D"
  # Print each match and its description instead of showing it.
  zpty -w z 'compadd () {
    if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi
    local -a __hits __dscr
    if (( $@[(I)-d] )); then
      local __tmp=${@[$[${@[(i)-d]}+1]]}
      if [[ $__tmp == \(* ]]; then eval "__dscr=$__tmp"; else __dscr=( "${(@P)__tmp}" ); fi
    fi
    builtin compadd -A __hits -D __dscr "$@"
    local i
    for i in {1..$#__hits}; do print -r -- "<<${__hits[$i]}|${__dscr[$i]-}>>"; done
  }'
  zpty -w z '_capture_complete() { _main_complete; print -r -- "<<END>>" }'
  zpty -w z 'zle -C capture-complete complete-word _capture_complete; bindkey "^I" capture-complete'
  zpty -w z 'print -r -- READY$((6*7))'
  zpty -r z out '*READY42*' || { zpty -d z; return 1 }
  zpty -w -n z "$line"$'\t'
  out=
  zpty -r z out '*<<END>>*' || true
  zpty -d z
  print -r -- "${out//$'\r'/}" | grep -a -o '<<[^>]*>>' | grep -v '^<<END>>$' | sed 's/^<<//; s/>>$//'
}
# expect LINE VALUE...: the matches for LINE<Tab> are exactly VALUE..., in that order.
expect() {
  local line=$1; shift
  local -a got
  got=("${(@f)$(complete $line | cut -d'|' -f1)}")
  [[ -z ${got[*]} ]] && got=()
  if [[ "${got[*]}" == "$*" ]]; then
    print -r -- "ok: $line<Tab> -> ${got[*]}"
  else
    fail "$line<Tab>: want [$*], got [${got[*]}]"
  fi
}
# expect_description LINE VALUE TEXT: VALUE is offered, described with TEXT.
expect_description() {
  local matches=$(complete $1)
  if [[ $'\n'$matches$'\n' == *$'\n'$2\|*$3*$'\n'* ]]; then
    print -r -- "ok: $1<Tab> shows $2 with '$3'"
  else
    fail "$1<Tab>: no $2 described with '$3' in [$matches]"
  fi
}

expect 'microask ' idea plan ask log stats undo goal help
expect_description 'microask ' ask 'pick the request to make now'
expect 'microask pl' plan
expect 'microask plan --c' --concrete --cost --check --color
expect_description 'microask plan --c' --cost 'the relational cost of a no'
expect 'microask plan --cost ' low high
expect 'microask log -r ' yes no discussion
expect 'microask --color=al' --color=always

microask plan -y "Ask Tom for a pen" >/dev/null
microask plan -y "Ask the barista for a glass of water" >/dev/null
microask ask 2 >/dev/null
expect 'microask ask ' 1 2
expect_description 'microask ask ' 1 'Ask Tom for a pen'
expect_description 'microask log ' 2 'Ask the barista for a glass of water'

touch $tmp/export.jsonl
expect 'microask log --export exp' export.jsonl
expect 'microask --db=exp' export.jsonl
# After --db, a journal's side files are not offered: they are SQLite's, not journals.
touch $tmp/notes.db $tmp/notes.db-wal $tmp/notes.db-shm
expect 'microask --db not' notes.db
# In the binary's order: stress 0 to 10, not sorted as text.
expect 'microask log -s ' 0 1 2 3 4 5 6 7 8 9 10
expect 'microask log --at ' now today yesterday

if (( failures )); then
  print -r -- "$failures failure(s)"
  exit 1
fi
print -r -- "all zsh completion checks passed"
