"""`python -m casedesk` runs the command line."""

from casedesk.cli import main

raise SystemExit(main())
