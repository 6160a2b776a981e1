#!/usr/bin/env bash
# The reminder set-ups shown in README.md work as written: the shell-profile snippet and the
# systemd user units are read from the README itself (between their markers) and run against
# a temporary journal, with a stand-in notify-send that records what it was asked to show.
set -euo pipefail
readme=$1
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
service=$(block reminder:service)
timer=$(block reminder:timer)
[ -n "$profile" ] && [ -n "$service" ] && [ -n "$timer" ] || fail "a reminder block is missing from the README"

# Nothing planned: the profile snippet prints nothing and does not fail the shell.
out=$(bash -c "$profile") || fail "profile snippet failed with nothing planned"
[ -z "$out" ] || fail "profile snippet printed '$out' with nothing planned"

microask plan "Ask the baker to slice the bread" >/dev/null
out=$(bash -c "$profile")
[[ $out == *"Ask the baker to slice the bread"* ]] || fail "profile snippet printed '$out'"
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
echo "reminders: ok"
