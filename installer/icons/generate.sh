#!/usr/bin/env bash
# Renders every icon the installers need from assets/icons/factdesk.svg: the PNG set (16–1024; Linux desktop entry,
# window icon), factdesk.ico (Windows: 16–256) and factdesk.icns (macOS: 16–1024, Retina included). Needs
# rsvg-convert (Debian package librsvg2-bin) and python3. The output is committed; rerun after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../.."
svg=assets/icons/factdesk.svg
out=installer/icons
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$work/factdesk-$size.png"
done
# the window icons inside the jar and the Linux PNG set (1024 only feeds the .icns)
for size in 16 24 32 48 64 128 256 512; do
    cp "$work/factdesk-$size.png" "assets/icons/factdesk-$size.png"
done
cp "$work/factdesk-512.png" "$out/factdesk.png"
python3 "$out/pack_icons.py" "$work" "$out/factdesk.ico" "$out/factdesk.icns"
echo "icons: assets/icons/factdesk-{16..512}.png, $out/factdesk.png, $out/factdesk.ico, $out/factdesk.icns"
