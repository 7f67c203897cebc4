"""The PDF the leader brings to the next module and TRIO meeting: snapshot, selection, rendering (Qt-free).

Modules: `snapshot` (read-only copy of the plan), `selection` (what goes in), `pdf` with `pdf_sections` and
`pdf_styles` (ReportLab), `words` (the PDF's own words), `errors`, `filenames`, `command` (the CLI).
Nothing is imported here, so `filenames` or `errors` do not pull in ReportLab.
"""

import logging

# Details of a failed export go to the app's log file when it has one; without one (the command line)
# they must not be printed over the sentence the leader sees.
logging.getLogger(__name__).addHandler(logging.NullHandler())
