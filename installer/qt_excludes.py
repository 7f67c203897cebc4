"""Qt modules the app never loads, and the bytecode level, shared by handleplan.spec and hello/hello.spec."""

# Qt modules the app never loads. PySide6-Essentials ships them and PyInstaller would follow any import
# of them; naming them keeps their libraries, plugins and QML out (see installer/README.md for sizes).
QT_UNUSED = [
    "QtQml", "QtQuick", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtNetwork", "QtOpenGL",
    "QtOpenGLWidgets", "QtSql", "QtDBus", "QtDesigner", "QtHelp", "QtUiTools", "QtConcurrent",
    "QtPrintSupport", "QtSvg", "QtSvgWidgets", "QtXml", "QtWebEngineCore", "QtWebEngineWidgets",
    "QtWebEngineQuick", "QtPdf", "QtPdfWidgets", "QtMultimedia", "QtCharts", "QtGraphs", "Qt3DCore",
]

# Bytecode without docstrings and asserts (python -OO): SQLAlchemy's and ReportLab's docstrings are a good
# part of the app's module archive, and nothing it runs reads a docstring. Both bundles alike.
OPTIMIZE = 2
