"""The script PyInstaller freezes: the same entry point as the ``gene-desk`` console script."""

import multiprocessing
import sys

from gene_desk.cli.main import main

if __name__ == "__main__":
    # the transfer engine's worker processes (spawn) start through this frozen executable
    multiprocessing.freeze_support()
    sys.exit(main())
