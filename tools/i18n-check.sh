#!/usr/bin/env bash
# The translations check (ctest i18n_check, label i18n): lupdate reads the sources into a copy of the committed .ts
# files; fails when a user-visible string is new, changed or untranslated in any language.
#   tools/i18n-check.sh LUPDATE SOURCES_LIST TS_FILE...
# SOURCES_LIST is build/*/translations/i18n-sources.lst, written by translations/CMakeLists.txt.
# To fix a failure: cmake --build --preset dev --target update_translations, translate what lupdate marked
# unfinished (Qt Linguist, or by hand in the .ts), commit the .ts files.
set -euo pipefail

if [ $# -lt 3 ]; then
    echo "usage: $0 LUPDATE SOURCES_LIST TS_FILE..." >&2
    exit 2
fi
lupdate="$1"
sources="$2"
shift 2

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

status=0
for ts in "$@"; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    # Same options as the update_translations target (translations/CMakeLists.txt).
    "$lupdate" -silent -locations none -no-obsolete "@$sources" -ts "$copy"
    if ! cmp -s "$ts" "$copy"; then
        echo "$ts is not up to date with the sources:" >&2
        diff -u "$ts" "$copy" | grep '^[-+] *<source>' >&2 || true
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    if [ "$unfinished" -gt 0 ]; then
        echo "$ts: $unfinished untranslated string(s):" >&2
        grep -B1 'type="unfinished"' "$copy" | grep '<source>' | sed 's/^ */  /' >&2
        status=1
    fi
done
if [ "$status" -eq 0 ]; then
    echo "translations complete: every source string is translated in $# language(s)"
fi
exit "$status"
