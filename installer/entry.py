"""The frozen app's entry point: the same `main` the pip-installed `handleplan` script runs."""

import sys

from handleplan.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
