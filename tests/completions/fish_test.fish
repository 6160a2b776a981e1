# completions/microask.fish, as fish uses it at a prompt: its folder is put in
# $fish_complete_path, so fish autoloads it for microask the way it loads an installed
# vendor_completions.d/microask.fish, and `complete -C LINE` asks fish's completion engine
# for the candidates of LINE (value, tab, description). microask must be on PATH (CTest
# puts the built one first).
# Usage: fish --no-config fish_test.fish path/to/microask.fish
set -l script (realpath -- $argv[1])
set -l tmp (mktemp -d)
set -gx HOME $tmp/home
set -gx MICROASK_DB $tmp/journal.db
set -gx LANGUAGE en
set -gx LC_ALL C.UTF-8
set -gx TZ UTC
set -gx MICROASK_NOW 2026-11-26T10:00:00+00:00
set -e XDG_DATA_HOME
set -e NO_COLOR
mkdir -p $HOME
cd $tmp
set -g failures 0

set -p fish_complete_path (dirname $script)

# expect LINE CANDIDATE...: `complete -C LINE` gives exactly CANDIDATE..., in the binary's order
# (the script asks fish to keep it: stress 0 to 10, ids newest first, not sorted).
function expect
    set -l line $argv[1]
    set -l want $argv[2..-1]
    set -l got (complete -C "$line")
    if test "$got" = "$want"
        printf 'ok: %s<Tab> -> %s\n' $line (string join ' | ' -- $got)
    else
        printf 'FAIL: %s<Tab>\n  want: %s\n  got:  %s\n' $line (string join ' | ' -- $want) (string join ' | ' -- $got)
        set -g failures (math $failures + 1)
    end
end

set -l tab (printf '\t')
expect 'microask ' \
    "idea$tab"'what to ask next: an idea of the catalogue at your level on the ladder, with the command to plan it' \
    "plan$tab"'check a request against the three criteria; save it when it is a micro-request' \
    "ask$tab"'pick the request to make now and record what you expect' \
    "log$tab"'record what happened right after a request, or list entries' \
    "stats$tab"'the weeks in review: requests made, answers, felt against expected stress, goal and streak' \
    "undo$tab"'take back the last change: a request planned, asked or dropped, an entry logged, edited or deleted' \
    "goal$tab"'set or show the weekly goal: how many requests you mean to make each week' \
    "help$tab"'show the help of microask or of one subcommand (the same as SUBCOMMAND --help)'
if not functions -q __microask_complete
    echo "FAIL: microask.fish was not autoloaded from fish_complete_path"
    set -g failures (math $failures + 1)
end
expect 'microask pl' "plan$tab"'check a request against the three criteria; save it when it is a micro-request'
expect 'microask plan --co' \
    "--concrete$tab"'say that it is one clear ask, of someone who can answer now' \
    "--cost$tab"'the relational cost of a no, as you see it' \
    "--color$tab"'colour: auto (only on a terminal, never with NO_COLOR), always, never'
expect 'microask log -s ' 0 1 2 3 4 5 6 7 8 9 10
expect 'microask log --at ' now today yesterday
expect 'microask stats --week-start ' monday sunday
expect 'microask log --response d' discussion
expect 'microask --color=al' --color=always

microask plan -y "Ask Tom for a pen" >/dev/null; or exit 1
microask plan -y "Ask the barista for a glass of water" >/dev/null; or exit 1
microask ask 2 >/dev/null; or exit 1
expect 'microask ask ' "1$tab"'Ask Tom for a pen' "2$tab"'Ask the barista for a glass of water'
expect 'microask plan --drop ' "1$tab"'Ask Tom for a pen'
microask log 2 -s 4 -r yes >/dev/null; or exit 1
expect 'microask log --edit ' "1$tab"'2026-11-26 Ask the barista for a glass of water'

touch $tmp/export.jsonl
expect 'microask log --export exp' export.jsonl
expect 'microask --db=exp' --db=export.jsonl
# After --db, a journal's side files are not offered: they are SQLite's, not journals.
touch $tmp/journal.db $tmp/journal.db-wal $tmp/journal.db-shm
expect 'microask --db jour' journal.db
expect 'microask log --export jour' journal.db journal.db-shm journal.db-wal

rm -rf $tmp
if test $failures -gt 0
    echo "$failures failure(s)"
    exit 1
end
echo "all fish completion checks passed"
