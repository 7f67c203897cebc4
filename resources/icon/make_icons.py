"""Renders handleplan.svg to the icon files the app and the installers use, and commits nothing itself.

Run after changing the SVG: `.venv/bin/python resources/icon/make_icons.py` (needs PySide6's QtSvg, and
Pillow for .ico/.icns: `.venv/bin/pip install pillow`). The generated files are kept in git, so neither a
build nor the app needs QtSvg or Pillow.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(HERE / "handleplan.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    pngs = {size: render(size) for size in (*SIZES, 1024)}
    for size in SIZES:
        (HERE / f"handleplan-{size}.png").write_bytes(pngs[size])
    from PIL import Image

    images = {size: Image.open(io.BytesIO(data)) for size, data in pngs.items()}
    # Each size rendered from the SVG, not scaled down from the largest, so 16 px stays crisp.
    ico_sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    smaller = [images[s] for s in (16, 24, 32, 48, 64, 128)]
    images[256].save(HERE / "handleplan.ico", sizes=ico_sizes, append_images=smaller)
    images[1024].save(HERE / "handleplan.icns", append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)])
    for name in ("handleplan.ico", "handleplan.icns", *(f"handleplan-{s}.png" for s in SIZES)):
        print(HERE / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
