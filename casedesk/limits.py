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
# What a bundle's payload may inflate to, checked against its signed manifest before anything is
# decompressed and again while decompressing. Evidence (photos, PDFs, audio) hardly compresses,
# so all files together get the bundle's own size limit; the records of the cases (JSON, which
# compresses well) get their own, smaller cap: 256 MiB is over 100,000 cases.
BUNDLE_INFLATED_BYTES = 2 * GIB
BUNDLE_RECORDS_BYTES = 256 * MIB
BUNDLE_MANIFEST_BYTES = 16 * MIB      # the signed list of the bundle's files
BUNDLE_FILE_COUNT = 100_000           # files in a bundle (records + one per evidence file)

# The organisation's logo on the letterhead.
LOGO_FILE_BYTES = 5 * MIB

# The vault header (vault.json), checked before it is parsed and before any key is derived.
# CaseDesk writes about 1.3 KB, four levels deep (object > slots > slot > kdf).
HEADER_FILE_BYTES = 64 * KIB
HEADER_JSON_DEPTH = 8

# Key derivation parameters read from a vault header, checked before Argon2 runs. New slots get
# at most 256 MiB x 16 passes = 4 GiB-passes (storage/keys.py, calibration). Reading allows twice
# that work and four times that memory. CaseDesk before these limits could write up to 64 passes
# at 256 MiB; more than 32 would have needed a machine doing over 10 GiB-passes a second with 4
# lanes, beyond any laptop, so no real vault is locked out. The worst header accepted costs one
# Argon2id run of 8 GiB-passes (1 GiB x 8, or 256 MiB x 32): about 8 s on a laptop core that does
# one GiB-pass a second, where 4 GiB x 64 passes (256 GiB-passes) took over four minutes.
KDF_MEMORY_KIB_MAX = 1024 * 1024                 # 1 GiB
KDF_ITERATIONS_MAX = 64                          # what earlier versions allowed (the work limit binds first)
KDF_PARALLELISM_MAX = 16                         # CaseDesk writes 4 (1 with the test-only switch)
KDF_WORK_MAX_KIB_PASSES = 256 * 1024 * 32        # memory_kib x iterations: 8 GiB-passes

# Backups given to restore: backup.json lists every evidence file name (37 bytes each).
BACKUP_MANIFEST_BYTES = 32 * MIB

# Dossiers given to check-dossier (a real one is a few MB; a hundred cases with photos, tens).
DOSSIER_FILE_BYTES = 256 * MIB
DOSSIER_PAGES = 10_000
DOSSIER_CHECK_DATA_CHARS = 4 * MIB    # the signed check data in its metadata (64 characters a page)
DOSSIER_DRAWING_OBJECTS = 2_000_000   # PDF objects walked to fingerprint what draws the pages

# Spreadsheets (XLSX, ODS, XLS), measured before the reader sees them (lists/bounds.py). The reader
# builds each sheet as a full grid from A1 to the last cell used and gives every cell its own copy
# of a shared text, so one cell far away or one long text used many times costs as much as a huge
# sheet; past these limits a workbook is refused at once. A list of 100,000 people in 50 columns
# is 5 million cells; a real list of a few thousand people uses a few hundredth of each limit.
SHEET_ROWS_MAX = 1_048_576                 # Excel's own limits (A1 to XFD1048576)
SHEET_COLUMNS_MAX = 16_384
SHEET_CELLS_MAX = 5_000_000                # one sheet: rows x columns, from A1 to its last cell
WORKBOOK_CELLS_MAX = 10_000_000            # all sheets together
WORKBOOK_TEXT_CHARS_MAX = 256 * MIB        # the text all cells would hold, shared texts repeated
ZIP_MEMBERS_MAX = 10_000                   # parts of an XLSX or ODS (or sheets of an XLS)
ZIP_MEMBER_BYTES = 256 * MIB               # one part, inflated
ZIP_TOTAL_BYTES = 512 * MIB                # all parts, inflated
ZIP_RATIO_MAX = 100                        # inflated / stored, for parts over ZIP_RATIO_FLOOR_BYTES:
ZIP_RATIO_FLOOR_BYTES = 1 * MIB            # real sheets compress 5 to 30 times

# CSV and text lists: cells once every row is as wide as the widest (the table is read padded).
CSV_CELLS_MAX = SHEET_CELLS_MAX
