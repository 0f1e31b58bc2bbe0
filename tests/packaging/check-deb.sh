#!/usr/bin/env bash
# Builds the Debian package from a configured and built tree into a temporary
# directory and checks what is in it. Needs no root: nothing is installed.
#
#   check-deb.sh BUILD_DIR [SOURCE_DIR]
#
# Environment: CPACK (default: cpack on PATH), TANDEM_VERSION (default: read
# from the build's CPackConfig.cmake).
# Exit status: 0 fine, 1 a check failed, 77 a tool is missing (CTest: skipped).
set -uo pipefail

build=$(cd "${1:?usage: check-deb.sh BUILD_DIR [SOURCE_DIR]}" && pwd)
source_dir=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
cpack=${CPACK:-cpack}

skip() { echo "SKIP: $*"; exit 77; }
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
has() { command -v "$1" >/dev/null 2>&1; }

has "$cpack" || skip "cpack"
has dpkg-deb || skip "dpkg-deb (package dpkg)"
has dpkg-shlibdeps || skip "dpkg-shlibdeps (package dpkg-dev)"
[ -f "$build/CPackConfig.cmake" ] || { echo "FAIL: $build/CPackConfig.cmake missing: configure first"; exit 1; }
[ -x "$build/tandem" ] || { echo "FAIL: $build/tandem missing: build first"; exit 1; }

version=${TANDEM_VERSION:-$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")}
arch=$(dpkg --print-architecture)

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

echo "== cpack -G DEB"
if ! "$cpack" -G DEB -B "$tmp/out" --config "$build/CPackConfig.cmake" > "$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
fi
deb=$tmp/out/tandem_${version}_${arch}.deb
if [ ! -f "$deb" ]; then
    cat "$tmp/cpack.log"
    ls -l "$tmp/out"
    echo "FAIL: no $(basename "$deb")"
    exit 1
fi
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

echo "== control fields"
dpkg-deb -f "$deb" > "$tmp/control"
cat "$tmp/control"
field() { sed -n "s/^$1: //p" "$tmp/control"; }
[ "$(field Package)" = tandem ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)', not $arch"
[ "$(field Section)" = editors ] || fail "Section is '$(field Section)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Homepage)" ] || fail "no Homepage"
[ -n "$(field Description)" ] || fail "no Description"
# dpkg-shlibdeps filled in the libraries the binary links; libqt6svg6 holds
# plugins loaded at run time and is named explicitly.
for library in libqt6core6 libqt6widgets6 libyaml-cpp libc6 libstdc++6; do
    field Depends | grep -q "$library" || fail "Depends lacks $library (dpkg-shlibdeps did not run?)"
done
field Depends | grep -q 'libqt6svg6' || fail "Depends lacks libqt6svg6 (SVG icon and image plugins)"

echo "== contents"
dpkg-deb -c "$deb" > "$tmp/contents"
cat "$tmp/contents"
# Paths only, without the leading "."; directories end in "/".
awk '{ print substr($6, 2) }' "$tmp/contents" > "$tmp/paths"
expect=(
    /usr/bin/tandem
    /usr/share/applications/org.tandem.Tandem.desktop
    /usr/share/metainfo/org.tandem.Tandem.metainfo.xml
    /usr/share/mime/packages/org.tandem.Tandem.xml
    /usr/share/icons/hicolor/scalable/apps/org.tandem.Tandem.svg
    /usr/share/icons/hicolor/scalable/mimetypes/application-x-tandem-session.svg
    /usr/share/man/man1/tandem.1.gz
    /usr/share/doc/tandem/copyright
)
for size in 16 32 48 64 128 256; do
    expect+=("/usr/share/icons/hicolor/${size}x${size}/apps/org.tandem.Tandem.png")
done
for example in "$source_dir"/resources/examples/*.tandem.yaml; do
    [ -f "$example" ] && expect+=("/usr/share/tandem/examples/$(basename "$example")")
done
for path in "${expect[@]}"; do
    grep -qx "$path" "$tmp/paths" || fail "the package lacks $path"
done
grep -v -e '^/$' -e '^/usr/' "$tmp/paths" | while read -r path; do
    echo "FAIL: $path is outside /usr"
    echo x >> "$tmp/outside"
done
[ -f "$tmp/outside" ] && fail "files outside /usr"
awk '$2 != "root/root" { print "owner of " $6 " is " $2 }' "$tmp/contents" | grep . && fail "files not owned by root"
grep -q '^-rwxr-xr-x .* \./usr/bin/tandem$' "$tmp/contents" || fail "/usr/bin/tandem is not mode 0755"

echo "== the packaged files"
dpkg-deb -x "$deb" "$tmp/root"
if output=$("$tmp/root/usr/bin/tandem" --version 2>&1) && [ "$output" = "tandem $version" ]; then
    echo "usr/bin/tandem --version: $output"
else
    fail "usr/bin/tandem --version printed '$output'"
fi
if has file; then
    file "$tmp/root/usr/bin/tandem" | grep -q ', stripped' || fail "usr/bin/tandem is not stripped"
fi
gzip -t "$tmp/root/usr/share/man/man1/tandem.1.gz" || fail "the manual page is not valid gzip"
if has man; then
    errors=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
        man --warnings -E UTF-8 -l -Tutf8 -Z "$tmp/root/usr/share/man/man1/tandem.1.gz" 2>&1 >/dev/null)
    [ -z "$errors" ] || { printf '%s\n' "$errors"; fail "man --warnings on the packaged page"; }
fi
if has desktop-file-validate; then
    desktop-file-validate "$tmp/root/usr/share/applications/org.tandem.Tandem.desktop" ||
        fail "desktop-file-validate on the packaged desktop entry"
fi
if has appstreamcli; then
    # Also checks that the desktop entry named by <launchable> is in the tree.
    appstreamcli validate-tree --no-net "$tmp/root" || fail "appstreamcli validate-tree"
fi

if [ $fails -ne 0 ]; then
    echo "$fails check(s) failed"
    exit 1
fi
echo "package fine: $(basename "$deb")"
