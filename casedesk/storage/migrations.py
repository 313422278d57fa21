"""Numbered schema migrations. The schema version lives in `PRAGMA user_version`.

Migrations are plain SQL frozen at the version they shipped in: the peewee models describe
the newest schema, migrations describe how each vault got there. Never edit a shipped
migration; add the next number.
"""

from __future__ import annotations



def _one_of(column: str, *codes: str) -> str:
    """CHECK (column = 'a' OR column = 'b' ...).

    Not `column IN (...)`: SQLite builds a temporary index for an IN list on every row, and
    with cipher_memory_security=ON every allocation is locked and wiped, which made inserts
    130 times slower (measured: 5,000 rows in 0.73 s instead of 0.006 s).
    """
    return f"CHECK ({' OR '.join(f'{column} = {code!r}' for code in codes)})"


_STATUSES = ("detained", "house_arrest", "whereabouts_unknown", "released_conditional",
             "released_full", "deceased", "unknown")
_PRECISIONS = ("day", "month", "year", "estimated")

_M0001_CORE = f"""
CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE facility (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL UNIQUE,
    location   TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE agency (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL UNIQUE,
    acronym    TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE person (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    given_names          TEXT NOT NULL DEFAULT '',
    surnames             TEXT NOT NULL DEFAULT '',
    aliases              TEXT NOT NULL DEFAULT '',
    national_id          TEXT UNIQUE,
    sex                  TEXT NOT NULL DEFAULT 'unknown' {_one_of("sex", "female", "male", "other", "unknown")},
    birth_date           TEXT,
    birth_date_precision TEXT {_one_of("birth_date_precision", *_PRECISIONS)},
    nationality          TEXT NOT NULL DEFAULT '',
    occupation           TEXT NOT NULL DEFAULT '',
    affiliation          TEXT NOT NULL DEFAULT '',
    civilian_military    TEXT NOT NULL DEFAULT 'unknown' {_one_of("civilian_military", "civilian", "military", "unknown")},
    notes                TEXT NOT NULL DEFAULT '',
    sort_key             TEXT NOT NULL,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE INDEX person_sort_key ON person(sort_key);

CREATE TABLE detention_case (
    id                    INTEGER PRIMARY KEY,
    uuid                  TEXT NOT NULL UNIQUE,
    person_id             INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
    arrest_date           TEXT,
    arrest_date_precision TEXT {_one_of("arrest_date_precision", *_PRECISIONS)},
    arrest_place          TEXT NOT NULL DEFAULT '',
    agency_id             INTEGER REFERENCES agency(id),
    facility_id           INTEGER REFERENCES facility(id),
    charges               TEXT NOT NULL DEFAULT '',
    court                 TEXT NOT NULL DEFAULT '',
    case_file_number      TEXT NOT NULL DEFAULT '',
    judge                 TEXT NOT NULL DEFAULT '',
    lawyer                TEXT NOT NULL DEFAULT '',
    classification        TEXT NOT NULL DEFAULT 'under_review'
                          {_one_of("classification", "political_prisoner", "under_review", "not_political")},
    priority              TEXT NOT NULL DEFAULT 'normal' {_one_of("priority", "low", "normal", "high", "urgent")},
    tags                  TEXT NOT NULL DEFAULT '',
    notes                 TEXT NOT NULL DEFAULT '',
    -- status_on(case, today), rewritten with every change to the timeline; the events decide.
    status                TEXT NOT NULL DEFAULT 'unknown' {_one_of("status", *_STATUSES)},
    status_since          TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX case_person ON detention_case(person_id);
CREATE INDEX case_facility ON detention_case(facility_id);
CREATE INDEX case_agency ON detention_case(agency_id);
CREATE INDEX case_status ON detention_case(status);
CREATE INDEX case_arrest_date ON detention_case(arrest_date);

CREATE TABLE event (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    case_id        INTEGER NOT NULL REFERENCES detention_case(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    date           TEXT NOT NULL,
    date_precision TEXT NOT NULL DEFAULT 'day' {_one_of("date_precision", *_PRECISIONS)},
    status         TEXT {_one_of("status", *_STATUSES)},
    facility_id    INTEGER REFERENCES facility(id),
    description    TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX event_case_date ON event(case_id, date);
CREATE INDEX event_date ON event(date);

CREATE TABLE contact (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    person_id      INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    relationship   TEXT NOT NULL DEFAULT '',
    phones         TEXT NOT NULL DEFAULT '',
    address        TEXT NOT NULL DEFAULT '',
    language       TEXT NOT NULL DEFAULT '',
    consent        TEXT NOT NULL DEFAULT 'unknown' {_one_of("consent", "unknown", "given", "refused", "withdrawn")},
    safe_channel   TEXT NOT NULL DEFAULT '',
    do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact = 0 OR do_not_contact = 1),
    last_contacted TEXT,
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX contact_person ON contact(person_id);

CREATE TABLE evidence (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    case_id            INTEGER NOT NULL REFERENCES detention_case(id) ON DELETE CASCADE,
    kind               TEXT NOT NULL,
    title              TEXT NOT NULL DEFAULT '',
    source             TEXT NOT NULL DEFAULT '',
    date_obtained      TEXT,
    sha256             TEXT NOT NULL DEFAULT '',
    verification_state TEXT NOT NULL DEFAULT 'reported',
    notes              TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX evidence_case ON evidence(case_id);

CREATE TABLE verification (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    case_id     INTEGER NOT NULL REFERENCES detention_case(id) ON DELETE CASCADE,
    claim       TEXT NOT NULL,
    method      TEXT NOT NULL DEFAULT '',
    sources     TEXT NOT NULL DEFAULT '',
    verifier    TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL DEFAULT 'reported',
    verified_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX verification_case ON verification(case_id);

-- Append-only: every change to the tables above, chained by SHA-256 (see storage/audit.py).
CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    action        TEXT NOT NULL,
    entity        TEXT NOT NULL,
    entity_uuid   TEXT NOT NULL,
    changes       TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    entry_hash    TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit_log(entity_uuid);
CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""

# Full-text search over people's names, aliases, IDs (in every written form), the facility
# and notes. unicode61 with remove_diacritics 2 makes "Íñiguez", "IÑIGUEZ" and "iniguez"
# one token; contentless with delete support keeps no second copy of the text.
_M0002_SEARCH = """
CREATE VIRTUAL TABLE case_search USING fts5(
    names, national_id, facility, notes,
    content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2',
    prefix='2 3'
);

CREATE VIEW case_search_source AS
SELECT c.id AS case_id,
       p.given_names || ' ' || p.surnames || ' ' || p.aliases AS names,
       CASE WHEN p.national_id IS NULL THEN ''
            ELSE replace(p.national_id, '-', '') || ' ' || substr(p.national_id, instr(p.national_id, '-') + 1)
       END AS national_id,
       coalesce(f.name, '') AS facility,
       p.notes || ' ' || c.notes || ' ' || c.tags || ' ' || c.charges AS notes
FROM detention_case c
JOIN person p ON p.id = c.person_id
LEFT JOIN facility f ON f.id = c.facility_id;

CREATE TRIGGER case_search_case_added AFTER INSERT ON detention_case BEGIN
    INSERT INTO case_search(rowid, names, national_id, facility, notes)
    SELECT * FROM case_search_source WHERE case_id = NEW.id;
END;
CREATE TRIGGER case_search_case_changed
AFTER UPDATE OF person_id, facility_id, notes, tags, charges ON detention_case BEGIN
    DELETE FROM case_search WHERE rowid = OLD.id;
    INSERT INTO case_search(rowid, names, national_id, facility, notes)
    SELECT * FROM case_search_source WHERE case_id = NEW.id;
END;
CREATE TRIGGER case_search_case_removed AFTER DELETE ON detention_case BEGIN
    DELETE FROM case_search WHERE rowid = OLD.id;
END;
CREATE TRIGGER case_search_person_changed
AFTER UPDATE OF given_names, surnames, aliases, national_id, notes ON person BEGIN
    DELETE FROM case_search WHERE rowid IN (SELECT id FROM detention_case WHERE person_id = NEW.id);
    INSERT INTO case_search(rowid, names, national_id, facility, notes)
    SELECT s.* FROM case_search_source s JOIN detention_case c ON c.id = s.case_id
    WHERE c.person_id = NEW.id;
END;
CREATE TRIGGER case_search_facility_renamed AFTER UPDATE OF name ON facility BEGIN
    DELETE FROM case_search WHERE rowid IN (SELECT id FROM detention_case WHERE facility_id = NEW.id);
    INSERT INTO case_search(rowid, names, national_id, facility, notes)
    SELECT s.* FROM case_search_source s JOIN detention_case c ON c.id = s.case_id
    WHERE c.facility_id = NEW.id;
END;

INSERT INTO case_search(rowid, names, national_id, facility, notes) SELECT * FROM case_search_source;
"""

# The case list can be sorted by last change.
_M0003_LIST_ORDER = """
CREATE INDEX case_updated_at ON detention_case(updated_at);
"""

# What the window keeps between sessions that may name a person: unsaved editor drafts
# (so a crash or an idle lock loses nothing) and named filters. Inside the vault, never in
# the settings file. secure_delete zeroes a draft once it is discarded.
_M0004_DRAFTS_AND_FILTERS = """
CREATE TABLE draft (
    key        TEXT PRIMARY KEY,
    data       TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE saved_filter (
    name       TEXT PRIMARY KEY,
    query      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
"""

# The nationality filter lists the distinct values; without an index that read every person.
_M0005_NATIONALITY_FILTER = """
CREATE INDEX person_nationality ON person(nationality);
"""

# Evidence files: where the encrypted blob is and what the original was; and the custody
# log (who did what with an item, when, and its hash at that moment).
_M0006_EVIDENCE_FILES = """
ALTER TABLE evidence ADD COLUMN blob_name TEXT;
ALTER TABLE evidence ADD COLUMN original_name TEXT NOT NULL DEFAULT '';
ALTER TABLE evidence ADD COLUMN size INTEGER;
ALTER TABLE evidence ADD COLUMN mime_type TEXT NOT NULL DEFAULT '';
ALTER TABLE evidence ADD COLUMN content_date TEXT;
ALTER TABLE evidence ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE evidence ADD COLUMN confidentiality TEXT NOT NULL DEFAULT 'internal';
ALTER TABLE evidence ADD COLUMN derived_from_id INTEGER REFERENCES evidence(id);
CREATE UNIQUE INDEX evidence_blob ON evidence(blob_name) WHERE blob_name IS NOT NULL;

CREATE TABLE custody_event (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    action      TEXT NOT NULL,
    actor       TEXT NOT NULL,
    at          TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX custody_evidence ON custody_event(evidence_id);
"""

# Verifying claims ("released on 8 January"): what was claimed, who reported it, the
# sources checked (each may link evidence), and the event a verified claim added.
_M0007_VERIFICATION = """
ALTER TABLE verification ADD COLUMN claim_kind TEXT NOT NULL DEFAULT 'release';
ALTER TABLE verification ADD COLUMN claimed_date TEXT;
ALTER TABLE verification ADD COLUMN claimed_status TEXT;
ALTER TABLE verification ADD COLUMN claimed_facility TEXT NOT NULL DEFAULT '';
ALTER TABLE verification ADD COLUMN reported_by TEXT NOT NULL DEFAULT '';
ALTER TABLE verification ADD COLUMN reported_where TEXT NOT NULL DEFAULT '';
ALTER TABLE verification ADD COLUMN closing_note TEXT NOT NULL DEFAULT '';
ALTER TABLE verification ADD COLUMN event_id INTEGER REFERENCES event(id) ON DELETE SET NULL;
CREATE INDEX verification_state ON verification(state, created_at);

CREATE TABLE verification_check (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    verification_id INTEGER NOT NULL REFERENCES verification(id) ON DELETE CASCADE,
    source_kind     TEXT NOT NULL,
    detail          TEXT NOT NULL DEFAULT '',
    contact_id      INTEGER REFERENCES contact(id) ON DELETE SET NULL,
    channel         TEXT NOT NULL DEFAULT '',
    confirms        INTEGER NOT NULL DEFAULT 1 CHECK (confirms = 0 OR confirms = 1),
    checked_by      TEXT NOT NULL,
    checked_at      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX check_verification ON verification_check(verification_id);
CREATE TABLE check_evidence (
    check_id    INTEGER NOT NULL REFERENCES verification_check(id) ON DELETE CASCADE,
    evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    PRIMARY KEY (check_id, evidence_id)
) WITHOUT ROWID;
"""

# An item attached to a second case shares its encrypted file with the first.
_M0008_SHARED_BLOBS = """
DROP INDEX evidence_blob;
CREATE INDEX evidence_blob ON evidence(blob_name);
"""

# The census reads every case's deciding event on a date: this covering index holds only
# status-setting events, in (case, date, order) order, so that read needs no sort.
_M0009_CENSUS = """
CREATE INDEX event_status ON event(case_id, date, id, status, kind) WHERE status IS NOT NULL;
"""

# One image item per case may be marked as the portrait shown on the dossier's cover.
_M0010_PORTRAIT = """
ALTER TABLE evidence ADD COLUMN portrait INTEGER NOT NULL DEFAULT 0 CHECK (portrait = 0 OR portrait = 1);
"""

# Spreadsheet imports: each run is a batch that can be undone, and every record it created or
# changed keeps the source row it came from (provenance).
_M0011_IMPORTS = """
CREATE TABLE import_batch (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    file_name   TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    status_date TEXT NOT NULL,
    summary     TEXT NOT NULL,
    actor       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    undone_at   TEXT
);
CREATE TABLE import_row (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    row_numbers TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action = 'created' OR action = 'merged' OR action = 'new_case'),
    person_id   INTEGER REFERENCES person(id) ON DELETE SET NULL,
    case_id     INTEGER REFERENCES detention_case(id) ON DELETE SET NULL,
    event_id    INTEGER REFERENCES event(id) ON DELETE SET NULL,
    filled      TEXT NOT NULL DEFAULT '{}',
    source      TEXT NOT NULL
);
CREATE INDEX import_row_batch ON import_row(batch_id);
CREATE INDEX import_row_person ON import_row(person_id);
"""

# Exchange between vaults: colleagues' public keys (with who checked the fingerprint), the
# version of each record last exchanged (to tell one-sided changes from conflicts), and the
# conflicts waiting for a decision.
_M0012_EXCHANGE = """
CREATE TABLE colleague (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    age_recipient TEXT NOT NULL UNIQUE,
    ed25519       TEXT NOT NULL,
    fingerprint   TEXT NOT NULL,
    verified_by   TEXT NOT NULL DEFAULT '',
    verified_at   TEXT,
    created_at    TEXT NOT NULL
);
CREATE TABLE exchange_state (
    uuid    TEXT PRIMARY KEY,
    entity  TEXT NOT NULL,
    version TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE exchange_conflict (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL,
    entity      TEXT NOT NULL,
    sender      TEXT NOT NULL,
    remote      TEXT NOT NULL,
    fields      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    resolved_at TEXT
);
"""

_STAGES = ("none", "awaiting_trial", "sentenced", "unknown")

# Reading other groups' lists: the procedural stage changes through timeline events like the
# status (and is cached on the case like the status); the federal state (entidad) of an
# arrest and of a facility; rows of an import that wait for a person to decide who they are.
_M0013_LISTS = f"""
ALTER TABLE event ADD COLUMN stage TEXT {_one_of("stage", *_STAGES)};
UPDATE event SET stage = 'awaiting_trial' WHERE kind = 'charge';
UPDATE event SET stage = 'sentenced' WHERE kind = 'sentence';
ALTER TABLE detention_case ADD COLUMN stage TEXT NOT NULL DEFAULT 'unknown' {_one_of("stage", *_STAGES)};
ALTER TABLE detention_case ADD COLUMN stage_since TEXT;
UPDATE detention_case SET (stage, stage_since) = (
    SELECT e.stage, e.date FROM event e WHERE e.case_id = detention_case.id AND e.stage IS NOT NULL
    ORDER BY e.date DESC, e.id DESC LIMIT 1)
WHERE EXISTS (SELECT 1 FROM event e WHERE e.case_id = detention_case.id AND e.stage IS NOT NULL);
ALTER TABLE detention_case ADD COLUMN arrest_state TEXT NOT NULL DEFAULT '';
ALTER TABLE facility ADD COLUMN state TEXT NOT NULL DEFAULT '';
CREATE INDEX event_stage ON event(case_id, date, id, stage) WHERE stage IS NOT NULL;

CREATE TABLE review_item (
    id         INTEGER PRIMARY KEY,
    batch_id   INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    row_ref    TEXT NOT NULL,
    listed     TEXT NOT NULL,
    candidates TEXT NOT NULL,
    created_at TEXT NOT NULL,
    decided_at TEXT,
    decision   TEXT
);
CREATE INDEX review_item_pending ON review_item(decided_at, batch_id);
"""

# Adding thousands of cases (an import, a bundle) indexed each one for search from a trigger,
# seven times slower in the encrypted vault than one statement for all of them. While the
# marker row is present (only inside the transaction that adds them), the trigger stands
# aside and `add_cases` indexes the new cases itself before it commits.
_M0014_BULK_SEARCH_INDEX = """
DROP TRIGGER case_search_case_added;
CREATE TRIGGER case_search_case_added AFTER INSERT ON detention_case
WHEN NOT EXISTS (SELECT 1 FROM vault_meta WHERE key = 'search_index_deferred') BEGIN
    INSERT INTO case_search(rowid, names, national_id, facility, notes)
    SELECT * FROM case_search_source WHERE case_id = NEW.id;
END;
"""

# What the census publishes besides status and stage: a detention marked as of a minor when only
# that is known (the birth date decides otherwise), the detained person's health (a serious
# condition and since when, treatment needed, care denied and since when); and partial indexes
# for the two event kinds the census reads apart: whereabouts unknown (days of forced
# disappearance) and verified releases (the chart over time).
_M0015_CENSUS_FACTS = f"""
ALTER TABLE detention_case ADD COLUMN minor_at_arrest INTEGER NOT NULL DEFAULT 0
    CHECK (minor_at_arrest = 0 OR minor_at_arrest = 1);
ALTER TABLE detention_case ADD COLUMN health TEXT NOT NULL DEFAULT 'unknown'
    {_one_of("health", "serious", "not_serious", "unknown")};
ALTER TABLE detention_case ADD COLUMN health_conditions TEXT NOT NULL DEFAULT '';
ALTER TABLE detention_case ADD COLUMN health_since TEXT;
ALTER TABLE detention_case ADD COLUMN treatment_needed TEXT NOT NULL DEFAULT '';
ALTER TABLE detention_case ADD COLUMN care_denied TEXT NOT NULL DEFAULT '';
ALTER TABLE detention_case ADD COLUMN care_denied_since TEXT;
CREATE INDEX event_whereabouts_unknown ON event(case_id) WHERE status = 'whereabouts_unknown';
CREATE INDEX event_release_verified ON event(date) WHERE kind = 'release_verified';
"""

# Court proceedings (causa / expediente): their own records linked to many cases (the
# defendants), and the hearings and decisions recorded once on the proceeding, which belong to
# every defendant's timeline. They set no status or stage, so the census still reads `event`
# only. Partial indexes let the deadlines find presentations before a judge and extensions of
# preventive detention without reading every event.
_M0016_PROCEEDINGS = f"""
CREATE TABLE proceeding (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    court        TEXT NOT NULL DEFAULT '',
    file_number  TEXT NOT NULL DEFAULT '',
    judge        TEXT NOT NULL DEFAULT '',
    prosecutor   TEXT NOT NULL DEFAULT '',
    jurisdiction TEXT NOT NULL DEFAULT 'ordinary' {_one_of("jurisdiction", "ordinary", "military")},
    phase        TEXT NOT NULL DEFAULT 'unknown' {_one_of("phase", "control", "trial", "execution", "appeal", "unknown")},
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX proceeding_file_number ON proceeding(file_number);

CREATE TABLE proceeding_defendant (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    proceeding_id INTEGER NOT NULL REFERENCES proceeding(id) ON DELETE CASCADE,
    case_id       INTEGER NOT NULL REFERENCES detention_case(id) ON DELETE CASCADE,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (proceeding_id, case_id)
);
CREATE INDEX proceeding_defendant_case ON proceeding_defendant(case_id, proceeding_id);

CREATE TABLE proceeding_event (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    proceeding_id  INTEGER NOT NULL REFERENCES proceeding(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    date           TEXT NOT NULL,
    date_precision TEXT NOT NULL DEFAULT 'day' {_one_of("date_precision", *_PRECISIONS)},
    outcome        TEXT {_one_of("outcome", "held", "deferred")},
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX proceeding_event_proceeding ON proceeding_event(proceeding_id, date);
CREATE INDEX proceeding_event_date ON proceeding_event(date);
CREATE INDEX proceeding_event_kind ON proceeding_event(kind, date);

CREATE INDEX event_presented ON event(case_id, date) WHERE kind = 'presented_to_judge';
CREATE INDEX event_extended ON event(case_id, date) WHERE kind = 'detention_extended';

-- The deadlines read every case held from these covering indexes instead of the (wide) case
-- rows: at 100k cases, 54k look-ups in the table cost 1.5 s, this index 0.14 s.
CREATE INDEX case_deadlines ON detention_case(status, arrest_date, arrest_date_precision, stage, person_id,
                                              status_since, uuid);
CREATE INDEX case_military_court ON detention_case(id, status, person_id, uuid, arrest_date, arrest_date_precision,
                                                   court) WHERE court LIKE '%militar%';
CREATE INDEX person_names ON person(given_names, surnames, civilian_military);
"""

# Team sync (services/team.py): what goes to whom and how far each exchange has got, the
# messages this vault wrote until every recipient has read them, the files of colleagues'
# outboxes already looked at, colleagues removed (left, or their key replaced), and a
# colleague's person taken as this vault's own when both carry the same ID number.
_M0017_TEAM = """
ALTER TABLE colleague ADD COLUMN removed_at TEXT;
ALTER TABLE colleague ADD COLUMN removed_reason TEXT NOT NULL DEFAULT '';

CREATE TABLE team_member (
    colleague_id INTEGER PRIMARY KEY REFERENCES colleague(id) ON DELETE CASCADE,
    profile      TEXT NOT NULL DEFAULT 'internal',
    filter       TEXT NOT NULL DEFAULT '{}',
    contacts     INTEGER NOT NULL DEFAULT 0,
    evidence     INTEGER NOT NULL DEFAULT 0,
    send_all     INTEGER NOT NULL DEFAULT 1,
    last_sent    INTEGER NOT NULL DEFAULT 0,
    acked        INTEGER NOT NULL DEFAULT 0,
    ack_seq      INTEGER NOT NULL DEFAULT 0,
    last_read    INTEGER NOT NULL DEFAULT 0,
    read_at      TEXT,
    acked_at     TEXT
);
CREATE TABLE team_outbox (
    seq        INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL,
    recipients TEXT NOT NULL,
    data       BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE team_seen (
    path    TEXT PRIMARY KEY,
    size    INTEGER NOT NULL,
    mtime   INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    sender  TEXT NOT NULL DEFAULT '',
    seq     INTEGER,
    note    TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE TABLE person_alias (
    uuid      TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE
) WITHOUT ROWID;
"""

#: (version reached, SQL). A vault at version N runs every entry above N, in order.
MIGRATIONS: list[tuple[int, str]] = [
    (1, _M0001_CORE),
    (2, _M0002_SEARCH),
    (3, _M0003_LIST_ORDER),
    (4, _M0004_DRAFTS_AND_FILTERS),
    (5, _M0005_NATIONALITY_FILTER),
    (6, _M0006_EVIDENCE_FILES),
    (7, _M0007_VERIFICATION),
    (8, _M0008_SHARED_BLOBS),
    (9, _M0009_CENSUS),
    (10, _M0010_PORTRAIT),
    (11, _M0011_IMPORTS),
    (12, _M0012_EXCHANGE),
    (13, _M0013_LISTS),
    (14, _M0014_BULK_SEARCH_INDEX),
    (15, _M0015_CENSUS_FACTS),
    (16, _M0016_PROCEEDINGS),
    (17, _M0017_TEAM),
]

LATEST_SCHEMA_VERSION = MIGRATIONS[-1][0]
