"""Entry point of the frozen CaseDesk: the same command line (no subcommand opens the window)."""

import sys

from casedesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
