"""``python -m gene_desk`` runs the same entry point as the ``gene-desk`` command."""

import sys

from gene_desk.cli.main import main

# Guarded: worker processes (spawn) import the main module again, and must not run the CLI.
if __name__ == "__main__":
    sys.exit(main())
