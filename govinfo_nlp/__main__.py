"""``python -m govinfo_nlp`` runs the ``govinfo-nlp`` command line."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
