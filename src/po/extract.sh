#!/bin/sh
# Extracts microask's user-facing messages into a PO template (the `microask_pot` target,
# and the i18n test, which compares src/po/fr.po with it). Keywords: _() and N_() and
# ngettext() in the CLI (src/cli/i18n.hpp), MICROASK_MSG() in the core (include/microask/errors.hpp);
# comments starting "Translators:" go to the translators.
# usage: extract.sh SOURCE_DIR OUTPUT.pot   (OUTPUT an absolute path)
set -eu
cd "$1"
files=$(mktemp)
trap 'rm -f "$files"' EXIT
find src include -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort > "$files"
xgettext --language=C++ --from-code=UTF-8 --add-comments=Translators: \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=ngettext:1,2 --keyword=MICROASK_MSG \
  --package-name=microask --msgid-bugs-address=maintainers@microask.invalid \
  --files-from="$files" --output="$2"
