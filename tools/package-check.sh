#!/usr/bin/env bash
# Builds the .deb from a finished build folder, validates its desktop entry and AppStream metadata,
# installs it with apt-get (as root) and starts the installed programs: agencydesk-cli --version and the
# window on the offscreen platform on a new demo database, which must open and close cleanly.
# Usage: tools/package-check.sh BUILD_DIR      (tools/dev.sh test runs it on build/testing)
set -euo pipefail

build="$(cd "${1:?usage: tools/package-check.sh BUILD_DIR}" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app_id=com.agencydesk.AgencyDesk
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

echo "== validating the desktop entry and the AppStream metadata"
desktop-file-validate "$here/packaging/linux/$app_id.desktop"
appstreamcli validate --no-net "$build/packaging/$app_id.metainfo.xml"

echo "== building the package"
rm -f "$build"/agencydesk_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb="$(ls "$build"/agencydesk_*.deb)"
echo "   $deb"
contents="$(dpkg-deb --contents "$deb")"
for file in usr/bin/agencydesk usr/bin/agencydesk-cli "usr/share/applications/$app_id.desktop" \
    "usr/share/metainfo/$app_id.metainfo.xml" "usr/share/icons/hicolor/256x256/apps/$app_id.png"; do
    if ! grep -q "\./$file\$" <<<"$contents"; then
        echo "the package lacks /$file" >&2
        exit 1
    fi
done

echo "== installing it"
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "$deb" >/dev/null

echo "== starting the installed programs"
expected="agencydesk-cli $(sed -n 's/^project(AgencyDesk VERSION \([0-9.]*\).*/\1/p' "$here/CMakeLists.txt")"
version="$(/usr/bin/agencydesk-cli --version)"
if [ "$version" != "$expected" ]; then
    echo "installed agencydesk-cli --version says \"$version\", expected \"$expected\"" >&2
    exit 1
fi
echo "   $version"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
QT_QPA_PLATFORM=offscreen HOME="$scratch" timeout 120 /usr/bin/agencydesk \
    --database "$scratch/demo.sqlite" --demo --quit-after 1500
/usr/bin/agencydesk-cli --database "$scratch/demo.sqlite" db check >/dev/null
echo "   the installed window opened on a new demo database and closed cleanly"
