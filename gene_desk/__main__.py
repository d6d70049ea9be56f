"""``python -m gene_desk`` runs the same entry point as the ``gene-desk`` command."""

import sys

from gene_desk.cli.main import main

sys.exit(main())
