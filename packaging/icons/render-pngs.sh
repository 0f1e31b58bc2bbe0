#!/usr/bin/env bash
# Re-renders the committed PNG application icons from the SVG master.
# Run after editing org.tandem.Tandem.svg (needs rsvg-convert, package librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256; do
    mkdir -p "${size}x${size}"
    rsvg-convert --width "$size" --height "$size" --output "${size}x${size}/org.tandem.Tandem.png" \
        org.tandem.Tandem.svg
done
