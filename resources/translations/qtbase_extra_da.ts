<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that the qtbase_da.qm shipped with PySide6 lacks (its Danish predates Qt's
     current wording), so Qt's file dialog does not speak English in a Danish window. Kept by hand:
     tests/test_export_dialog.py opens the dialog and fails on an English label. -->
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;type:</translation>
    </message>
</context>
</TS>
