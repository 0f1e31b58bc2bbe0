#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks to build, test and run Tandem.
# Installs only missing packages; uses sudo when not run as root.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libyaml-cpp-dev libgtest-dev libbenchmark-dev
    # The workshop room: web server, WebSockets, QR codes.
    qt6-httpserver-dev qt6-websockets-dev libqrencode-dev
    # Tests and headless runs: a virtual display, and the tools a user opens exports with.
    xvfb xauth poppler-utils librsvg2-bin python3-yaml
    # The JSON Schema of the file format is checked with it (tests/schema).
    python3-jsonschema
    # Colour emoji in notes (Noto Sans Arabic UI and Hebrew are bundled; this one is 10 MB).
    fonts-noto-color-emoji
    # The room's end-to-end test: a real browser, driven by selenium.
    chromium chromium-driver python3-selenium
    # Sanitizer and fuzzing builds.
    clang libclang-rt-14-dev
    # Packaging checks.
    desktop-file-utils appstream dpkg-dev file groff-base libxml2-utils
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
