#!/usr/bin/env bash
# make-dmg.sh VERSION – dist/Handleplan.app into dist/Handleplan-VERSION-macos.dmg with an Applications
# link, so the leader drags the app across. Runs on macOS only (hdiutil). Signing and notarisation plug in
# before and after this step (installer/README.md, "Signing").
set -euo pipefail
version="$1"
root="$(cd "$(dirname "$0")/../.." && pwd)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$root/dist/Handleplan.app" "$stage/"
ln -s /Applications "$stage/Applications"
out="$root/dist/Handleplan-$version-macos.dmg"
rm -f "$out"
hdiutil create -volname "Handleplan $version" -srcfolder "$stage" -fs HFS+ -format UDZO -imagekey zlib-level=9 "$out"
echo "$out"
