"""Entry point for `handleplan` and `python -m handleplan`."""

from __future__ import annotations

import sys


def main() -> int:
    from handleplan.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
