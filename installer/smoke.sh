#!/usr/bin/env bash
# smoke.sh EXE – the bundled executable on a machine without the project's venv: a clean environment (no
# venv on PATH, no PYTHONPATH), HOME an empty folder, so the data folder is fresh and the default one.
# Runs --version, demo, self-test, export-pdf and the window (--quit-when-ready) offscreen, and checks the
# PDF came out.
set -euo pipefail
exe="$1"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
run() { env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$exe" "$@"; }
run --version
run demo
run self-test
run export-pdf "$home/handleplan.pdf"
run --quit-when-ready  # the window itself: paints, listens for a second start, closes
test -s "$home/handleplan.pdf"
test -f "$home/.local/share/Handleplan/handleplan.db"
head -c 5 "$home/handleplan.pdf" | grep -q '%PDF-'
echo "smoke: the bundle ran --version, demo, self-test, export-pdf and the window in a clean environment"
