"""Every resource limit on what comes from outside, in one place.

Files from others (spreadsheets, reports, bundles, vault headers edited by hand, dossiers to
check) are read only within these bounds; past one, the reader refuses with a clear message
at once instead of filling memory or hanging. Each limit leaves ample room over what a real
group's material ever needs.
"""

from __future__ import annotations

KIB = 1024
MIB = 1024 * KIB
GIB = 1024 * MIB

# Lists of people (CSV, XLSX, XLS, ODS, PDF, text).
LIST_FILE_BYTES = 100 * MIB          # a list of people, not a video

# Bundles from colleagues.
BUNDLE_FILE_BYTES = 2 * GIB

# The organisation's logo on the letterhead.
LOGO_FILE_BYTES = 5 * MIB

# Key derivation parameters read from a vault header.
KDF_MEMORY_KIB_MAX = 4 * 1024 * 1024
