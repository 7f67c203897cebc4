"""Risky places for the data folder: synced cloud folders and network file systems are named."""

from __future__ import annotations

from pathlib import Path

import pytest

from handleplan.store.places import risky_place

MOUNTS = """\
/dev/vda / ext4 rw 0 0
server:/export/home /mnt/home nfs4 rw 0 0
//fil01/Ledere /mnt/ledere cifs rw 0 0
/dev/vdb /mnt/home/local ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("folder", "client"),
    [
        ("OneDrive - Aarhus Kommune/Handleplan", "OneDrive - Aarhus Kommune"),
        ("Dropbox/Handleplan", "Dropbox"),
        ("Library/Mobile Documents/com~apple~CloudDocs/Handleplan", "com~apple~CloudDocs"),
        ("Google Drive/My Drive/Handleplan", "Google Drive"),
    ],
)
def test_a_synced_folder_is_named(tmp_path: Path, folder: str, client: str):
    assert risky_place(tmp_path / folder, mounts="") == ("cloud", client)


def test_a_network_file_system_is_named_by_its_innermost_mount():
    assert risky_place(Path("/mnt/home/mette/Handleplan"), mounts=MOUNTS) == ("network", "nfs4")
    assert risky_place(Path("/mnt/ledere/Handleplan"), mounts=MOUNTS) == ("network", "cifs")
    assert risky_place(Path("/mnt/home/local/Handleplan"), mounts=MOUNTS) is None  # a local disk inside


def test_an_ordinary_folder_is_fine(tmp_path: Path):
    assert risky_place(tmp_path / ".local" / "share" / "Handleplan", mounts=MOUNTS) is None
    assert risky_place(tmp_path / "Handleplan") is None  # this machine's real mounts
