#!/usr/bin/env bash
# Builds the Linux bundle from a clean checkout: a build venv in installer/.venv-build with the project
# (a real wheel install, so the .qm files are compiled) and PyInstaller, then the frozen folder, a
# .tar.gz of it with a .desktop file and icon, and a .deb. The last line printed is the path of the
# bundled executable.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
cd "$root"
python="${PYTHON:-python3}"
venv="$here/.venv-build"
out="$root/dist"
export PIP_DISABLE_PIP_VERSION_CHECK=1

if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
"$venv/bin/pip" install -q -r "$here/requirements-build.txt"
# Not editable: the wheel build compiles the translations and carries resources/ as handleplan/resources,
# the one place resources_dir() looks in an installed (or frozen) app.
"$venv/bin/pip" install -q --force-reinstall --no-deps "$root"
"$venv/bin/pip" install -q "$root"

version="$("$venv/bin/python" -c 'import handleplan; print(handleplan.__version__)')"
rm -rf "$root/build/pyinstaller" "$out/Handleplan"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --workpath "$root/build/pyinstaller" --distpath "$out" "$here/handleplan.spec" >&2

bundle="$out/Handleplan"
# The .desktop file and icon go beside the executable, so the unpacked folder can be installed by hand.
install -m 0644 "$here/linux/handleplan.desktop" "$bundle/handleplan.desktop"
install -m 0644 "$root/resources/icon/handleplan-256.png" "$bundle/handleplan.png"

arch="$(dpkg --print-architecture 2>/dev/null || uname -m)"
tarball="$out/handleplan-$version-linux-$(uname -m).tar.gz"
tar -C "$out" -czf "$tarball" Handleplan
"$here/linux/make-deb.sh" "$bundle" "$version" "$arch" "$out/handleplan_${version}_${arch}.deb" >&2
echo "bundle: $(du -sh "$bundle" | cut -f1) unpacked, $(du -h "$tarball" | cut -f1) as $tarball" >&2
echo "$bundle/handleplan"
