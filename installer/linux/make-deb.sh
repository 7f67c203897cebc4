#!/usr/bin/env bash
# make-deb.sh BUNDLE VERSION ARCH OUT.deb – the frozen folder as a .deb: /opt/handleplan, a command in
# /usr/bin, the .desktop entry and the icons. Built with dpkg-deb alone (no fakeroot: --root-owner-group);
# gzip, not dpkg's default xz, which took 6 minutes of a loaded 2-core CI run for 150 MB.
set -euo pipefail
bundle="$1"; version="$2"; arch="$3"; out="$4"
here="$(cd "$(dirname "$0")" && pwd)"
icons="$(cd "$here/../../resources/icon" && pwd)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications"
cp -a "$bundle" "$stage/opt/handleplan"
ln -s /opt/handleplan/handleplan "$stage/usr/bin/handleplan"
install -m 0644 "$here/handleplan.desktop" "$stage/usr/share/applications/handleplan.desktop"
for size in 16 24 32 48 64 128 256 512; do
  dir="$stage/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  install -m 0644 "$icons/handleplan-$size.png" "$dir/handleplan.png"
done
mkdir -p "$stage/usr/share/icons/hicolor/scalable/apps"
install -m 0644 "$icons/handleplan.svg" "$stage/usr/share/icons/hicolor/scalable/apps/handleplan.svg"
size_kb="$(du -sk "$stage" | cut -f1)"
cat > "$stage/DEBIAN/control" <<CONTROL
Package: handleplan
Version: $version
Architecture: $arch
Maintainer: Handleplan <handleplan@localhost>
Installed-Size: $size_kb
Depends: libc6, libfontconfig1, libxkbcommon0, libegl1, libgl1, libxkbcommon-x11-0, libxcb-cursor0
Section: misc
Priority: optional
Description: Lederens handleplan til forløbet om psykisk arbejdsmiljø
 PDSA-cyklusser, IGLO-roller, refleksioner og TRIO-møder, offline på din egen computer.
 Dine data ligger i ~/.local/share/Handleplan og bliver liggende, hvis pakken fjernes.
CONTROL
dpkg-deb --root-owner-group -Zgzip -z6 --build "$stage" "$out" >/dev/null
echo "$out"
