#!/bin/sh
# Wrap "Gene Desk.app" in a compressed .dmg with an /Applications link (drag to install).
# Usage: installer/macos/make-dmg.sh "<path>/Gene Desk.app" <out.dmg> [volume name]
# Run by build_installer.py on macOS after PyInstaller and the smoke test. Needs hdiutil and
# ditto (both part of macOS). Sign and notarize the .app before this step for distribution
# (CODESIGN_IDENTITY is passed to PyInstaller by the spec).
set -eu

app=$1
out=$2
volume=${3:-Gene Desk}

[ -d "$app" ] || { echo "make-dmg.sh: no app bundle at $app" >&2; exit 1; }
command -v hdiutil >/dev/null 2>&1 || { echo "make-dmg.sh: hdiutil not found (macOS only)" >&2; exit 1; }

stage=$(mktemp -d "${TMPDIR:-/tmp}/gene-desk-dmg.XXXXXX")
trap 'rm -rf "$stage"' EXIT INT TERM

# ditto keeps symlinks, permissions and extended attributes (code signatures) intact
ditto "$app" "$stage/$(basename "$app")"
ln -s /Applications "$stage/Applications"

rm -f "$out"
hdiutil create -volname "$volume" -srcfolder "$stage" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 -ov "$out"
hdiutil verify "$out"
