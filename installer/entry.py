"""The script PyInstaller freezes: the same entry point as the ``gene-desk`` console script."""

import sys

from gene_desk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
