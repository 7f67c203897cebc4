"""Imported by every Python process started with this folder on PYTHONPATH (tests/test_no_network.py):
any attempt to open a network socket is refused and written to $HANDLEPLAN_NET_LOG; at exit, any Qt
network class other than the local socket's is written there too."""

from __future__ import annotations

import atexit
import os
import socket
import sys
import traceback

LOG = os.environ.get("HANDLEPLAN_NET_LOG")
# What QtNetwork offers beyond the local socket the single-instance check uses.
REMOTE_QT = (
    "QNetworkAccessManager",
    "QNetworkReply",
    "QTcpSocket",
    "QTcpServer",
    "QUdpSocket",
    "QSslSocket",
    "QDnsLookup",
    "QHostInfo",
    "QNetworkInformation",
    "QHttpMultiPart",
    "QNetworkProxyFactory",
)


def record(what: str) -> None:
    with open(LOG, "a", encoding="utf-8") as f:
        f.write(f"{os.getpid()} {what}\n{''.join(traceback.format_stack(limit=8))}\n")


def refuse(what: str):  # noqa: ANN201
    record(what)
    return OSError(f"network blocked by the test: {what}")


def install() -> None:
    real_connect, real_connect_ex, real_bind = (
        socket.socket.connect,
        socket.socket.connect_ex,
        socket.socket.bind,
    )

    def local(sock: socket.socket) -> bool:
        return getattr(socket, "AF_UNIX", None) is not None and sock.family == socket.AF_UNIX

    def connect(self, address):  # noqa: ANN001, ANN202
        if not local(self):
            raise refuse(f"connect {address!r}")
        return real_connect(self, address)

    def connect_ex(self, address):  # noqa: ANN001, ANN202
        if not local(self):
            raise refuse(f"connect_ex {address!r}")
        return real_connect_ex(self, address)

    def bind(self, address):  # noqa: ANN001, ANN202
        if not local(self):
            raise refuse(f"bind {address!r}")
        return real_bind(self, address)

    def create_connection(address, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        raise refuse(f"create_connection {address!r}")

    def getaddrinfo(host, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        raise refuse(f"getaddrinfo {host!r}")

    socket.socket.connect, socket.socket.connect_ex, socket.socket.bind = connect, connect_ex, bind
    socket.create_connection, socket.getaddrinfo = create_connection, getaddrinfo

    @atexit.register
    def qt_network_used() -> None:
        # PySide6 builds a class's Python type the first time Python touches it: a remote class that is
        # in the module's namespace was asked for.
        network = sys.modules.get("PySide6.QtNetwork")
        if network is not None:
            used = sorted(name for name in REMOTE_QT if name in vars(network))
            if used:
                record(f"PySide6.QtNetwork classes touched: {used}")


if LOG:
    install()
