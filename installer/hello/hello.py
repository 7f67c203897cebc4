"""The yardstick for the bundle's size: a one-window PySide6 program, frozen the same way (hello.spec)."""

import sys

from PySide6.QtWidgets import QApplication, QLabel

if __name__ == "__main__":
    app = QApplication(sys.argv)
    label = QLabel("Hej")
    label.show()
    if "--quit" in sys.argv:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    sys.exit(app.exec())
