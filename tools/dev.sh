#!/usr/bin/env bash
# AgencyDesk developer entry point: installs what is missing (Debian/Ubuntu, apt), builds, then
#   run   starts AgencyDesk on a local database seeded with demo data
#   test  runs every test through CTest, checks the .deb (builds, installs, starts it), then runs the
#         'sanitize' tests again under ASan + UBSan
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite
    libpoppler-qt6-dev catch2
    fonts-dejavu-core fonts-wqy-microhei xvfb xauth poppler-utils qpdf util-linux
    cups printer-driver-cups-pdf
    libarchive-dev qtkeychain-qt6-dev
    python3-aiosmtpd openssl gnome-keyring libsecret-tools dbus
    dpkg-dev file desktop-file-utils appstream
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "== installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    fi
}

build() {
    local preset="$1"
    shift
    cmake --preset "$preset"
    cmake --build --preset "$preset" "$@"
}

case "${1:-}" in
run)
    install_missing
    build dev --target agencydesk agencydesk-cli
    db="${AGENCYDESK_DEMO_DB:-$here/build/demo/agencydesk-demo.sqlite}"
    mkdir -p "$(dirname "$db")"
    echo "== AgencyDesk on $db (demo users: maria, dan, cora, paul; password demo-pass-2026)"
    app="$here/build/dev/app/desktop/agencydesk"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "== no display found: starting under Xvfb (set DISPLAY to see the window)"
        exec xvfb-run -a -s '-screen 0 1440x900x24' "$app" --database "$db" --demo
    fi
    exec "$app" --database "$db" --demo
    ;;
test)
    install_missing
    build testing
    (cd build/testing && ctest --no-tests=error --output-on-failure -j2)
    # The .deb: validated, installed with apt-get, its programs started.
    ./tools/package-check.sh build/testing
    # Then the tests that read untrusted input (label 'sanitize') again under ASan + UBSan.
    build asan
    ctest --preset asan --no-tests=error --output-on-failure
    ;;
*)
    echo "usage: tools/dev.sh run|test" >&2
    exit 2
    ;;
esac
