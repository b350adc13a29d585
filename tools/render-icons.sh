#!/usr/bin/env bash
# Renders resources/icons/agencydesk.svg into the PNG sizes, the Windows .ico and the macOS .icns that
# are committed beside it. Run after editing the SVG (needs librsvg2-bin, icnsutils, python3).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../resources/icons"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" agencydesk.svg -o "agencydesk-$size.png"
done
png2icns agencydesk.icns agencydesk-16.png agencydesk-32.png agencydesk-48.png agencydesk-128.png \
    agencydesk-256.png agencydesk-512.png >/dev/null
# A .ico is a directory of images; Windows Vista and later read PNG entries.
/usr/bin/python3 - <<'PY'
import struct
sizes = [16, 24, 32, 48, 64, 256]
images = [open(f"agencydesk-{s}.png", "rb").read() for s in sizes]
header = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
entries = b""
for s, data in zip(sizes, images):
    entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open("agencydesk.ico", "wb").write(header + entries + b"".join(images))
PY
