#!/usr/bin/env bash
# Installs the built package as a user would and runs the installed tandem:
# its version, a check and a headless export of the bundled example.
# Usage: packaging/install-and-try.sh [BUILD_DIR]   (root, or sudo available)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi

deb=$(ls "$build"/tandem_*.deb | head -n 1)
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "./$deb"

/usr/bin/tandem --version
example=/usr/share/tandem/examples/northwind.tandem.yaml
# Exit 1 means the example has alignment gaps, which it has on purpose.
/usr/bin/tandem check "$example" || [ $? -eq 1 ]
out=$(mktemp -d)
/usr/bin/tandem export "$example" -o "$out/northwind.pdf" --page A3 --landscape
pdfinfo "$out/northwind.pdf" | grep -E '^(Pages|Page size)'
rm -rf "$out"
