"""Qt files PyInstaller's PySide6 hooks collect that Handleplan never loads, shared by both specs.

Measured on Linux with PySide6-Essentials 6.11 (installer/README.md has the sizes). Paths are matched
with forward slashes on every platform.
"""

import re

DROP = [
    # Translations: the app loads qtbase_da.qm only (English is Qt's source language).
    r"PySide6/Qt/translations/(?!qtbase_da\.qm$)",
    r"PySide6/translations/(?!qtbase_da\.qm$)",
    # SVG: the window icon is PNG (built into QtGui), so neither the SVG image format nor icon engine.
    r"plugins/(iconengines|imageformats)/",
    r"libQt6Svg|Qt6Svg|QtSvg",
    # Embedded-device platforms (EGLFS, framebuffer, VNC, Vulkan display) and TUIO touch over the network.
    r"plugins/egldeviceintegrations/",
    r"plugins/platforms/lib(qeglfs|qlinuxfb|qvnc|qminimalegl|qvkkhrdisplay)",
    r"libQt6EglFS",
    r"plugins/generic/",
    r"plugins/(tls|networkinformation)/",
    # GTK3 theme: needs the system's GTK, which the bundle does not carry (PyInstaller cannot resolve it).
    r"plugins/platformthemes/libqgtk3",
]
_DROP = re.compile("|".join(DROP))


def prune(toc):
    return [entry for entry in toc if not _DROP.search(entry[0].replace("\\", "/"))]
