"""No network, ever: the leader's plan stays on the machine. The journey through the window, the PDF
export (dialog and `export-pdf`) and the single-instance check run with every network socket refused and
recorded (`tests/net_guard/sitecustomize.py`, loaded by each Python process they start)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUARD = Path(__file__).resolve().parent / "net_guard"

# The journey (start, welcome, tiltag, cycles, reflections, TRIO, restart), search, settings, the
# language switch, the export dialog and the `export-pdf` command, and a second start raising the first.
JOURNEY = [
    "tests/ui/test_journey.py",
    "tests/ui/test_search_dialog.py",
    "tests/ui/test_settings_dialog.py",
    "tests/ui/test_language.py::test_the_window_speaks_english_when_chosen_and_danish_again_after",
    "tests/ui/test_export_dialog.py",
    "tests/export/test_pdf_command.py::test_the_command_line_entry_point_end_to_end",
    "tests/test_gui_commands.py::test_quit_when_ready_reports_the_time_to_first_paint",
    "tests/test_single_instance.py",
]


def guarded(args: list[str], log: Path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HANDLEPLAN_NET_LOG=str(log),
        PYTHONPATH=os.pathsep.join([str(GUARD), os.environ.get("PYTHONPATH", "")]),
    )
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=900, env=env, cwd=ROOT
    )


def test_the_guard_catches_an_attempt(tmp_path: Path):
    """The guard itself: a connection, a name lookup and a Qt network class are each recorded."""
    log = tmp_path / "net.log"
    script = (
        "import socket\n"
        "for attempt in (lambda: socket.create_connection(('127.0.0.1', 9)),\n"
        "                lambda: socket.getaddrinfo('example.org', 443),\n"
        "                lambda: socket.socket().connect(('127.0.0.1', 9))):\n"
        "    try: attempt()\n"
        "    except OSError: pass\n"
        "from PySide6.QtNetwork import QNetworkAccessManager\n"
    )
    result = guarded(["-c", script], log)
    assert result.returncode == 0, result.stderr
    text = log.read_text()
    for what in (
        "create_connection ('127.0.0.1', 9)",
        "getaddrinfo 'example.org'",
        "connect ('127.0.0.1', 9)",
    ):
        assert what in text
    assert "QNetworkAccessManager" in text


def test_the_journey_and_the_export_open_no_network_socket(tmp_path: Path):
    log = tmp_path / "net.log"
    result = guarded(["-m", "pytest", "-q", "-p", "no:cacheprovider", *JOURNEY], log)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert " passed" in result.stdout
    assert not log.exists(), log.read_text()


# Ways a Python or Qt program reaches the network; none belongs in Handleplan.
REMOTE = re.compile(
    r"\burllib\b|\bhttp\.client\b|^\s*(import|from)\s+requests\b|\bhttpx\b|\baiohttp\b|QNetworkAccessManager"
    r"|QTcpSocket|QUdpSocket|QSslSocket|QUrl\(\s*[\"']https?:|socket\.create_connection|webbrowser|openUrl\((?!QUrl\.fromLocalFile)",
    re.MULTILINE,
)


def test_the_source_has_no_way_to_the_network():
    found = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in sorted((ROOT / "src").rglob("*.py"))
        for match in REMOTE.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not found
