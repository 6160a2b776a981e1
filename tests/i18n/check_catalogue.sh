#!/bin/bash
# Every message of the sources has a French translation: the test fails the day a string is
# added (or changed) in the sources without its translation in src/po/fr.po.
#  1. extract the messages as the microask_pot target does (src/po/extract.sh);
#  2. msgcmp: every msgid of the sources is in fr.po, and fr.po has none the sources lost;
#  3. msgfmt --check --statistics: no fuzzy and no untranslated message;
#  4. each translation has as many {} placeholders as its msgid (msgfmt cannot check those).
# usage: check_catalogue.sh SOURCE_DIR
set -euo pipefail
src=$1
po=$src/src/po/fr.po
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

sh "$src/src/po/extract.sh" "$src" "$tmp/microask.pot"

# Messages of the sources missing from fr.po (or only there untranslated).
if ! msgcmp "$po" "$tmp/microask.pot" 2> "$tmp/missing"; then
  echo "fr.po lacks messages of the sources (update it: msgmerge --update src/po/fr.po build/microask.pot):" >&2
  cat "$tmp/missing" >&2
  exit 1
fi
# Messages of fr.po the sources no longer have.
if ! msgcmp --use-untranslated "$tmp/microask.pot" "$po" 2> "$tmp/stale"; then
  echo "fr.po has messages the sources no longer use (remove them):" >&2
  cat "$tmp/stale" >&2
  exit 1
fi

msgfmt --check --statistics -o /dev/null "$po" 2> "$tmp/stats"
if grep -q -e fuzzy -e untranslated "$tmp/stats"; then
  echo "fr.po is not complete: $(cat "$tmp/stats")" >&2
  exit 1
fi

# {} and {0}, {1}... placeholders: as many in each msgstr as in its msgid (msgid_plural for
# msgstr[1] and up). msgattrib joins each string on one line first.
msgcat --no-wrap "$po" -o "$tmp/flat.po"
awk '
  function unquote(line) { sub(/^[^"]*"/, "", line); sub(/"$/, "", line); return line }
  function count(s,   n) { n = 0; while (match(s, /\{[0-9]*\}/)) { n++; s = substr(s, RSTART + RLENGTH) } return n }
  function check(id, str, what) {
    if (id != "" && str != "" && count(id) != count(str)) {
      printf "fr.po: %d placeholder(s) in msgid \"%s\" but %d in %s \"%s\"\n", count(id), id, count(str), what, str > "/dev/stderr"
      bad = 1
    }
  }
  /^msgid /        { id = unquote($0); plural = ""; next }
  /^msgid_plural / { plural = unquote($0); next }
  /^msgstr /       { check(id, unquote($0), "msgstr"); next }
  /^msgstr\[0\] /  { check(id, unquote($0), "msgstr[0]"); next }
  /^msgstr\[[1-9]\] / { check(plural, unquote($0), "msgstr[n]"); next }
  END { exit bad }
' "$tmp/flat.po"
# Named placeholders ({year}, {week:>2}...): a translation may use only the names its code
# passes, which its msgid or the translator comment of that msgid names (fmt would throw on
# any other). Two passes: the names of each msgid's comments first.
awk '
  function unquote(line) { sub(/^[^"]*"/, "", line); sub(/"$/, "", line); return line }
  function names(s, set,   n) { while (match(s, /\{[a-z_]+[}:]/)) { n = substr(s, RSTART + 1, RLENGTH - 2); set[n] = 1; s = substr(s, RSTART + RLENGTH) } }
  FNR == NR && /^#\. / { comment = comment " " $0; next }
  FNR == NR && /^msgid / { id = unquote($0); if (comment != "") allowed_comment[id] = allowed_comment[id] comment; comment = ""; next }
  FNR == NR { next }
  /^msgid / { id = unquote($0); next }
  /^msgstr/ {
    str = unquote($0); split("", ok); split("", used)
    names(id, ok); names(allowed_comment[id], ok); names(str, used)
    for (n in used) if (!(n in ok)) { printf "fr.po: \"{%s}\" in the translation of \"%s\" is no name its code passes\n", n, id > "/dev/stderr"; bad = 1 }
  }
  END { exit bad }
' "$tmp/microask.pot" "$tmp/flat.po"
echo "fr.po: $(cat "$tmp/stats")"
