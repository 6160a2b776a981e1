#!/usr/bin/env bash
# The reminder set-ups shown in README.md work as written: the shell-profile snippets (bash
# and fish), the systemd user units and the cron job are read from the README itself (after
# their markers) and run against a temporary journal, with a stand-in notify-send that
# records what it was asked to show. The cron job runs under env -i with only what cron
# gives a job (HOME, SHELL, the crontab's PATH line), microask installed by cmake --install
# into a temporary prefix that stands for /usr/local.
# Usage: reminders_test.sh README.md BUILD_DIR
set -euo pipefail
readme=$1
build=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home MICROASK_DB=$work/journal.db MICROASK_NOW=2026-11-26T10:00:00+00:00 TZ=UTC
mkdir -p "$HOME" "$work/bin"
cat > "$work/bin/notify-send" <<'SH'
#!/bin/sh
printf '%s\n' "$@" > "$NOTIFY_LOG"
SH
chmod +x "$work/bin/notify-send"
export PATH=$work/bin:$PATH NOTIFY_LOG=$work/notified

fail() { echo "FAIL: $*" >&2; exit 1; }
# The fenced block that follows a marker line in the README.
block() { awk -v m="<!-- $1 -->" '$0 == m {on = 1; next} on && /^```/ {if (in_block) exit; in_block = 1; next} in_block {print}' "$readme"; }

profile=$(block reminder:profile)
fish_profile=$(block reminder:fish)
service=$(block reminder:service)
timer=$(block reminder:timer)
cron=$(block reminder:cron)
[ -n "$profile" ] && [ -n "$fish_profile" ] && [ -n "$service" ] && [ -n "$timer" ] && [ -n "$cron" ] ||
  fail "a reminder block is missing from the README"

# Nothing planned: the profile snippets print nothing and do not fail the shell.
out=$(bash -c "$profile") || fail "profile snippet failed with nothing planned"
[ -z "$out" ] || fail "profile snippet printed '$out' with nothing planned"
if command -v fish >/dev/null 2>&1; then
  out=$(fish --no-config -c "$fish_profile") || fail "fish snippet failed with nothing planned"
  [ -z "$out" ] || fail "fish snippet printed '$out' with nothing planned"
fi

microask plan "Ask the baker to slice the bread" >/dev/null
out=$(bash -c "$profile")
[[ $out == *"Ask the baker to slice the bread"* ]] || fail "profile snippet printed '$out'"
if command -v fish >/dev/null 2>&1; then
  fish_out=$(fish --no-config -c "$fish_profile")
  [ "$fish_out" = "Micro-request for now: Ask the baker to slice the bread" ] || fail "fish snippet printed '$fish_out'"
else
  echo "note: fish not installed: the fish snippet was not run"
fi
# A second shell shows the same request and changes nothing.
before=$(sqlite3 "$MICROASK_DB" "SELECT group_concat(id || status) FROM requests")
out2=$(bash -c "$profile")
[ "$out" = "$out2" ] || fail "the second shell showed '$out2'"
[ "$before" = "$(sqlite3 "$MICROASK_DB" "SELECT group_concat(id || status) FROM requests")" ] || fail "journal changed"

# The service's command line, as systemd would run it.
exec_start=$(printf '%s\n' "$service" | sed -n 's/^ExecStart=//p')
[ -n "$exec_start" ] || fail "no ExecStart in the service block"
eval "$exec_start" || fail "ExecStart failed"
grep -q "Ask the baker to slice the bread" "$NOTIFY_LOG" || fail "notify-send got: $(cat "$NOTIFY_LOG")"

# With nothing left to ask, the service succeeds quietly (no failed unit every day).
microask log -s 2 -r yes >/dev/null
rm -f "$NOTIFY_LOG"
eval "$exec_start" || fail "ExecStart failed with nothing to ask"
[ ! -e "$NOTIFY_LOG" ] || fail "notified with nothing to ask"

if command -v systemd-analyze >/dev/null 2>&1; then
  mkdir -p "$work/units"
  printf '%s\n' "$service" > "$work/units/microask-reminder.service"
  printf '%s\n' "$timer" > "$work/units/microask-reminder.timer"
  systemd-analyze verify "$work/units/microask-reminder.timer" "$work/units/microask-reminder.service" ||
    fail "systemd-analyze verify refused the units"
else
  echo "note: systemd-analyze not installed: unit syntax not verified"
fi
# The cron job: microask installed where cmake --install puts it, the crontab's PATH line,
# and nothing else of this environment.
prefix=$work/usr-local
cmake --install "$build" --prefix "$prefix" >/dev/null
# The stand-in, where cron's PATH finds it, its log named in it (env -i drops NOTIFY_LOG).
printf '#!/bin/sh\nprintf "%%s\\n" "$@" > "%s"\n' "$NOTIFY_LOG" > "$prefix/bin/notify-send"
chmod +x "$prefix/bin/notify-send"
cron_path=$(printf '%s\n' "$cron" | sed -n 's/^PATH=//p' | sed "s|/usr/local|$prefix|g")
[ -n "$cron_path" ] || fail "no PATH line in the cron block"
job=$(printf '%s\n' "$cron" | grep -v '^[A-Z_]*=' | head -1 | cut -d' ' -f6-)
[ -n "$job" ] || fail "no job line in the cron block"
cron_env() { env -i HOME="$HOME" LOGNAME=tester SHELL=/bin/sh PATH="$cron_path" MICROASK_NOW="$MICROASK_NOW" TZ=UTC "$@"; }
# The journal cron finds is the default one under HOME: plan into it there.
rm -f "$NOTIFY_LOG"
out=$(cron_env sh -c "$job" 2>&1) || true
[ -z "$out" ] || fail "the cron job printed '$out' with nothing planned (cron would mail it)"
[ ! -e "$NOTIFY_LOG" ] || fail "the cron job notified with nothing planned"
cron_env microask plan "Ask the librarian where the atlases are" >/dev/null || fail "planning under cron's environment"
out=$(cron_env sh -c "$job" 2>&1) || fail "the cron job failed: $out"
[ -z "$out" ] || fail "the cron job printed '$out'"
grep -q "Ask the librarian where the atlases are" "$NOTIFY_LOG" || fail "cron's notify-send got: $(cat "$NOTIFY_LOG" 2>/dev/null)"
echo "reminders: ok"
