#!/usr/bin/env bash
# Validates one of Tandem's desktop integration files (packaging/).
#
#   validate.sh desktop  FILE.desktop
#   validate.sh metainfo FILE.metainfo.xml VERSION
#   validate.sh mime     FILE.xml
#   validate.sh man      FILE.1 VERSION
#   validate.sh icons    ICON_DIR SIZE...
#
# Exit status: 0 valid, 1 invalid, 77 the validator is not installed (CTest
# reports the test as skipped; packaging/install-deps.sh installs them all).
set -uo pipefail

skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
has() { command -v "$1" >/dev/null 2>&1; }

tmp=$(mktemp -d) || fail "mktemp"
trap 'rm -rf "$tmp"' EXIT

# Runs a validator and fails when it fails or prints anything at all: its
# warnings and hints count as failures too.
run_quiet() {
    local output status
    output=$("$@" 2>&1)
    status=$?
    if [ $status -ne 0 ] || [ -n "$output" ]; then
        printf '%s\n' "$output"
        fail "$* (exit $status)"
    fi
}

# The value of KEY in the [Desktop Entry] group.
desktop_value() {
    sed -n '/^\[Desktop Entry\]/,/^\[/{s/^'"$1"'=//p}' "$2"
}

check_desktop() {
    local file=$1
    has desktop-file-validate || skip "desktop-file-validate (package desktop-file-utils)"
    run_quiet desktop-file-validate "$file"
    [ "$(desktop_value Exec "$file")" = "tandem %F" ] || fail "Exec is not 'tandem %F'"
    [ "$(desktop_value Icon "$file")" = "org.tandem.Tandem" ] || fail "Icon is not org.tandem.Tandem"
    desktop_value MimeType "$file" | grep -qx 'application/x-tandem-session;' ||
        fail "MimeType does not name application/x-tandem-session"
    desktop_value Categories "$file" | grep -q '^Office;' || fail "Categories does not start with Office"
    echo "desktop entry valid: $file"
}

check_metainfo() {
    local file=$1 version=$2
    has appstreamcli || skip "appstreamcli (package appstream)"
    # --strict: warnings and infos fail too (pedantic hints do not).
    local output status
    output=$(appstreamcli validate --no-net --strict "$file" 2>&1)
    status=$?
    printf '%s\n' "$output"
    [ $status -eq 0 ] || fail "appstreamcli validate (exit $status)"
    local newest
    newest=$(grep -o '<release [^>]*version="[^"]*"' "$file" | head -n 1 | sed 's/.*version="\([^"]*\)"/\1/')
    [ "$newest" = "$version" ] ||
        fail "the newest <release> is '$newest', the project version is $version: add release notes"
    grep -q '<launchable type="desktop-id">org.tandem.Tandem.desktop</launchable>' "$file" ||
        fail "no launchable for org.tandem.Tandem.desktop"
    grep -q '<mediatype>application/x-tandem-session</mediatype>' "$file" ||
        fail "does not provide the mediatype application/x-tandem-session"
    echo "metainfo valid: $file"
}

check_mime() {
    local file=$1
    if has xmllint; then
        run_quiet xmllint --noout "$file"
    elif has python3; then
        run_quiet python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$file"
    else
        skip "xmllint (package libxml2-utils) or python3"
    fi
    has update-mime-database || skip "update-mime-database (package shared-mime-info)"

    # Build a private MIME database from the system's types and ours, then ask
    # it what a session file is.
    mkdir -p "$tmp/mime/packages"
    if [ -f /usr/share/mime/packages/freedesktop.org.xml ]; then
        cp /usr/share/mime/packages/freedesktop.org.xml "$tmp/mime/packages/"
    fi
    cp "$file" "$tmp/mime/packages/"
    # No fsync: the database is thrown away (shared-mime-info 2.x honours this).
    PKGSYSTEM_ENABLE_FSYNC=0 XDG_DATA_HOME="$tmp" XDG_DATA_DIRS="$tmp" \
        run_quiet update-mime-database "$tmp/mime"
    grep -qx '[0-9]*:application/x-tandem-session:\*\.tandem\.yaml' "$tmp/mime/globs2" ||
        fail "no glob *.tandem.yaml for application/x-tandem-session"
    local weight
    weight=$(sed -n 's/^\([0-9]*\):application\/x-tandem-session:\*\.tandem\.yaml$/\1/p' "$tmp/mime/globs2")
    [ "$weight" -gt 50 ] || fail "the glob weight $weight does not beat the generic *.yaml (50)"
    grep -Eqx 'application/x-tandem-session application/(x-)?yaml' "$tmp/mime/subclasses" ||
        fail "application/x-tandem-session is not a sub-class of YAML"
    grep -qx 'application/x-tandem-session:application-x-tandem-session' "$tmp/mime/icons" ||
        fail "no icon application-x-tandem-session"

    if has gio; then
        printf 'format: tandem/1\n' > "$tmp/plan.tandem.yaml"
        printf 'key: value\n' > "$tmp/other.yaml"
        local type
        type=$(XDG_DATA_HOME="$tmp" XDG_DATA_DIRS="$tmp" \
            gio info -a standard::content-type "$tmp/plan.tandem.yaml" 2>/dev/null |
            sed -n 's/^ *standard::content-type: //p')
        [ "$type" = "application/x-tandem-session" ] ||
            fail "gio sees plan.tandem.yaml as '$type'"
        type=$(XDG_DATA_HOME="$tmp" XDG_DATA_DIRS="$tmp" \
            gio info -a standard::content-type "$tmp/other.yaml" 2>/dev/null |
            sed -n 's/^ *standard::content-type: //p')
        [ "$type" != "application/x-tandem-session" ] || fail "gio sees any *.yaml as a Tandem session"
        echo "gio: plan.tandem.yaml is application/x-tandem-session, other.yaml is $type"
    fi
    echo "MIME type valid: $file"
}

check_man() {
    local file=$1 version=$2
    if has man && has groff; then
        # What lintian runs: any output on stderr is a warning.
        local errors
        errors=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
            man --warnings -E UTF-8 -l -Tutf8 -Z "$file" 2>&1 >/dev/null)
        [ -z "$errors" ] || { printf '%s\n' "$errors"; fail "man --warnings"; }
    elif has groff; then
        run_quiet groff -man -ww -z "$file"
    else
        skip "groff (package groff-base)"
    fi
    grep -q "^\.TH TANDEM 1 \"[0-9-]*\" \"Tandem $version\"" "$file" ||
        fail "the .TH line does not name Tandem $version"
    local section
    for section in NAME SYNOPSIS DESCRIPTION COMMANDS "EXIT STATUS" FILES "SEE ALSO"; do
        grep -q "^\.SH \"\\?$section\"\\?\$" "$file" || fail "no section $section"
    done
    echo "manual page valid: $file"
}

# Width and height of a PNG, from its IHDR chunk.
png_size() {
    od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'
}

check_icons() {
    local dir=$1 size file
    shift
    for size in "$@"; do
        file="$dir/${size}x${size}/org.tandem.Tandem.png"
        [ -f "$file" ] || fail "missing $file"
        [ "$(head -c 8 "$file" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "$file is not a PNG"
        [ "$(png_size "$file")" = "${size}x${size}" ] || fail "$file is $(png_size "$file"), not ${size}x${size}"
    done
    for file in "$dir/org.tandem.Tandem.svg" "$dir/application-x-tandem-session.svg"; do
        [ -f "$file" ] || fail "missing $file"
        if has xmllint; then
            run_quiet xmllint --noout "$file"
        fi
        grep -q 'viewBox="0 0 256 256"' "$file" || fail "$file has no square 256x256 viewBox"
        if has rsvg-convert; then
            run_quiet rsvg-convert --width 16 --height 16 --output "$tmp/icon.png" "$file"
            [ "$(png_size "$tmp/icon.png")" = "16x16" ] || fail "rsvg-convert cannot render $file"
        fi
    done
    echo "icons valid: $dir"
}

[ $# -ge 2 ] || { sed -n '2,12p' "$0"; exit 2; }
kind=$1
shift
case $kind in
    desktop) check_desktop "$@" ;;
    metainfo) check_metainfo "$@" ;;
    mime) check_mime "$@" ;;
    man) check_man "$@" ;;
    icons) check_icons "$@" ;;
    *) echo "unknown kind: $kind"; exit 2 ;;
esac
