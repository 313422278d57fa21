"""The command line: the same services the window calls, for scripts and for the terminal.

Exit codes: 0 ok, 1 error, 2 usage, 3 wrong passphrase, 4 damaged vault, 5 already open.
Errors are one sentence on stderr in the user's language, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Callable

import peewee
from sqlcipher3 import dbapi2 as sqlcipher

from casedesk import __version__, paths
from casedesk.domain.errors import CaseDeskError, InvalidInput, VaultDamaged
from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import EvidenceKind, Stage, Status, parse_status
from casedesk.storage.database import damage_from

PASSPHRASE_ENV = "CASEDESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "CASEDESK_NEW_PASSPHRASE"
RECOVERY_KEY_ENV = "CASEDESK_RECOVERY_KEY"
EXIT_USAGE = 2
EXIT_SETUP = 6          # the desktop lacks a system library Qt needs

# Libraries Qt's X11 platform plugin loads that a minimal Linux desktop may not have, with the
# Debian/Ubuntu package that brings each.
DESKTOP_LIBRARIES = {"xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4", "xcb-keysyms": "libxcb-keysyms1",
                     "xcb-image": "libxcb-image0", "xcb-render-util": "libxcb-render-util0",
                     "xcb-randr": "libxcb-randr0", "xcb-shape": "libxcb-shape0", "xcb-xkb": "libxcb-xkb1",
                     "xkbcommon-x11": "libxkbcommon-x11-0", "X11-xcb": "libx11-xcb1", "EGL": "libegl1",
                     "fontconfig": "libfontconfig1", "dbus-1": "libdbus-1-3"}


def language() -> str:
    """"es" when the user's locale is Spanish, else "en"."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable)
        if value:
            return "es" if value.lower().startswith("es") else "en"
    return "en"


def _say(en: str, es: str) -> str:
    return es if language() == "es" else en


def _count(number: int, one: str, many: str) -> str:
    """ "1 case", "2 cases", with the digits grouped as the language writes them ("2.290")."""
    digits = f"{number:,}".replace(",", "." if language() == "es" else ",")
    return f"{digits} {one if number == 1 else many}"


class _UsageError(CaseDeskError):
    exit_code = EXIT_USAGE


def _ask_passphrase(prompt_en: str, prompt_es: str, env: str = PASSPHRASE_ENV) -> str:
    if env in os.environ:
        if not _is_text(os.environ[env]):
            raise _UsageError(f"{env} is not valid text (UTF-8); set it again from a UTF-8 terminal.",
                              f"{env} no es texto válido (UTF-8); defínala de nuevo desde un terminal UTF-8.")
        return os.environ[env]
    try:
        return getpass.getpass(_say(prompt_en, prompt_es) + ": ")
    except EOFError:
        raise _UsageError(f"No passphrase was given (type it at the prompt or set {env}).",
                          f"No se indicó la contraseña (escríbala o defina {env}).") from None


def _ask_new_passphrase(env: str) -> str:
    if env in os.environ:
        return os.environ[env]
    first = _ask_passphrase("New passphrase (12 characters or more)",
                            "Contraseña nueva (12 caracteres o más)", env)
    if first != _ask_passphrase("The same passphrase again", "La misma contraseña otra vez", env):
        raise InvalidInput("The two passphrases differ; nothing was changed.",
                           "Las dos contraseñas no coinciden; no se modificó nada.")
    return first


def _open(folder: str):
    from casedesk.storage.vault import open_vault
    return _print_notices(open_vault(folder, _ask_passphrase("Passphrase", "Contraseña")))


def _print_notices(vault):
    """What opening found and repaired (a damaged vault.json restored from its copy…), on stderr."""
    for english, spanish in vault.notices:
        print(_say(english, spanish), file=sys.stderr)
    return vault


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# --- Commands ------------------------------------------------------------------------------

def cmd_init(args) -> int:
    from casedesk.storage.vault import check_new_passphrase, create_vault
    passphrase = _ask_new_passphrase(PASSPHRASE_ENV)
    check_new_passphrase(passphrase)
    print(_say("Creating the vault (measuring this computer to make guessing slow; a few seconds)…",
               "Creando la bóveda (midiendo este equipo para que adivinar sea lento; unos segundos)…"), file=sys.stderr)
    with create_vault(args.vault, passphrase) as vault:
        print(_say(f"Vault created in {vault.folder}.", f"Bóveda creada en {vault.folder}."))
    return 0


def cmd_passwd(args) -> int:
    from casedesk.storage.vault import change_passphrase, open_vault
    current = _ask_passphrase("Current passphrase", "Contraseña actual")
    # A vault made with the test-only key derivation opens here (and only here) to be fixed:
    # the new slot gets full-strength parameters unless the test-only switch is set.
    with _print_notices(open_vault(args.vault, current, allow_test_only_kdf=True)) as vault:
        backups = change_passphrase(vault, current, _ask_new_passphrase(NEW_PASSPHRASE_ENV))
    print(_say("Passphrase changed. The old one no longer opens this vault"
               + (f", nor its {backups} backup(s) in {vault.folder / 'backups'}." if backups else "."),
               "Contraseña cambiada. La anterior ya no abre esta bóveda"
               + (f", ni sus {backups} copia(s) en {vault.folder / 'backups'}." if backups else ".")))
    print(_say("Backups made to other folders (backup --to) or copied by hand still open with the old passphrase: "
               "if it may have leaked, destroy them.",
               "Las copias hechas en otras carpetas (backup --to) o copiadas a mano siguen abriéndose con la "
               "contraseña anterior: si pudo filtrarse, destrúyalas."), file=sys.stderr)
    return 0


def cmd_add(args) -> int:
    from casedesk.services.cases import NewCase, add_case
    status = None
    if args.status:
        status = parse_status(args.status)
        if status is None:
            codes = ", ".join(s.value for s in Status)
            raise InvalidInput(f"Unknown status “{args.status}”; use one of: {codes}.",
                               f"Situación desconocida “{args.status}”; use una de: {codes}.")
    stage = Stage.coerce(args.stage) if args.stage else None
    if stage is not None and status is None:
        status = Status.DETAINED                   # a stage is recorded with the status it goes with
    if args.facility_state and not args.facility:
        raise InvalidInput("--facility-state needs --facility.", "--facility-state necesita --facility.")
    from casedesk.domain.list_values import read_state
    from casedesk.domain.list_words import STATES
    for written in (args.state, args.facility_state):
        if written and read_state(written) is None:          # refused before anything is added
            raise InvalidInput(f"“{written}” is not one of Venezuela's states: {', '.join(STATES)}.",
                               f"«{written}» no es un estado de Venezuela: {', '.join(STATES)}.")
    state = read_state(args.state) if args.state else None
    new = NewCase.named(
        args.name, national_id=args.national_id, facility=args.facility, agency=args.agency,
        arrest_date=parse_date(args.arrested) if args.arrested else None, status=status, stage=stage,
        existing_person_uuid=args.person, birth_date=parse_date(args.born) if args.born else None,
        minor_at_arrest=args.minor, health_conditions=args.serious_illness or "", arrest_state=state or "",
        **({"sex": args.sex} if args.sex else {}),
        **({"civilian_military": args.civilian_military} if args.civilian_military else {}),
        **({"nationality": args.nationality} if args.nationality else {}),
    )
    with _open(args.vault) as vault:
        case_id = add_case(vault, new)
        if args.facility_state:
            from casedesk.services.cases import set_facility_state
            set_facility_state(vault, args.facility, args.facility_state)
        print(case_id)
    return 0


def cmd_search(args) -> int:
    from casedesk.services.search import count_cases, search_cases
    with _open(args.vault):
        rows = search_cases(args.query, limit=args.limit)
        total = count_cases(args.query)
    if args.json:
        _print_json([row.to_json() for row in rows])
        return 0
    lang = language()
    for row in rows:
        print(f"{row.id[:8]}  {_terminal(row.name):<40}  {_terminal(row.national_id or '—'):<12}  "
              f"{Status(row.status).label(lang)}")
    print(_say(f"{len(rows)} of {total} matching cases shown.",
               f"Se muestran {len(rows)} de {total} casos que coinciden."), file=sys.stderr)
    return 0


def cmd_show(args) -> int:
    from casedesk.domain.vocabulary import EventKind, Health
    from casedesk.services.cases import case_details, find_case
    with _open(args.vault):
        details = case_details(find_case(args.case_id))
    if args.json:
        _print_json(details)
        return 0
    lang = language()
    case, person = details["case"], details["person"]
    print(_terminal(details["name"]))
    lines = [
        (_say("Case id", "Id del caso"), details["id"]),
        (_say("National ID", "Cédula"), person["national_id"] or "—"),
        (_say("Status", "Situación"), Status(details["status"]).label(lang)),
        (_say("Procedural stage", "Situación procesal"), Stage(details["stage"]).label(lang)),
        (_say("Arrested", "Detenido/a el"), case["arrest_date"] or "—"),
        (_say("Minor when arrested", "Menor al ser detenido/a"),
         {True: _say("yes", "sí"), False: "no"}.get(details["minor_at_arrest"], "—")),
        (_say("Days disappeared", "Días desaparecido/a"), details["days_whereabouts_unknown"]),
        (_say("Health", "Salud"), Health(details["health"]).label(lang)
         + (f" ({case['health_conditions']})" if case["health_conditions"] else "")),
        (_say("Days held", "Días detenido/a"), details["days_held"] if details["days_held"] is not None else "—"),
        (_say("Facility", "Centro de reclusión"), case["facility"] or "—"),
        (_say("Arresting agency", "Organismo aprehensor"), case["agency"] or "—"),
    ]
    for label, value in lines:
        print(f"  {label + ':':<24} {_terminal(value)}")
    for proceeding in details.get("proceedings", []):
        print(_say(f"  Proceeding: {proceeding['file_number']} — {proceeding['court']} "
                   f"({len(proceeding['co_defendants'])} co-defendants; hearings held {proceeding['hearings_held']}, "
                   f"deferred {proceeding['hearings_deferred']})",
                   f"  Causa: {proceeding['file_number']} — {proceeding['court']} "
                   f"({len(proceeding['co_defendants'])} coimputados; audiencias realizadas "
                   f"{proceeding['hearings_held']}, diferidas {proceeding['hearings_deferred']})"))
    from casedesk.services.proceedings import timeline_of
    timeline = timeline_of(details)
    if timeline:
        print(_say("Timeline:", "Cronología:"))
        for event in timeline:
            print(f"  {event['date']}  {EventKind(event['kind']).label(lang)}"
                  + (f" → {Status(event['status']).label(lang)}" if event["status"] else "")
                  + (f" ({_say('proceeding', 'causa')} {event['proceeding']}"
                     + (f", {_say(*_OUTCOMES[event['outcome']])}" if event["outcome"] else "") + ")"
                     if event["proceeding"] else ""))
    return 0


_OUTCOMES = {"held": ("held", "realizada"), "deferred": ("deferred", "diferida")}


def cmd_verify(args) -> int:
    from casedesk.services.integrity import verify_vault
    try:
        with _open(args.vault) as vault:
            report = verify_vault(vault)
    except VaultDamaged as damage:
        if args.json:
            _print_json({"ok": False, "problems": [damage.message(language())]})
        raise
    if args.json:
        _print_json(report.to_json())
    elif report.ok:
        print(_say(f"OK: the database is intact and the audit chain of {report.audit_entries} entries "
                   f"is unbroken (head {report.audit_head[:16]}…).",
                   f"Correcto: la base de datos está íntegra y la cadena de auditoría de "
                   f"{report.audit_entries} entradas está intacta (cabeza {report.audit_head[:16]}…)."))
    else:
        for problem in report.problems:
            print(problem)
    return 0 if report.ok else VaultDamaged.exit_code


def cmd_demo(args) -> int:
    from casedesk.services.demo import fill_demo_vault
    from casedesk.storage.vault import create_vault, open_vault
    folder = Path(args.vault)
    if (folder / "vault.json").exists():
        vault = open_vault(folder, _ask_passphrase("Passphrase", "Contraseña"))
    else:
        vault = create_vault(folder, _ask_new_passphrase(PASSPHRASE_ENV))
    with vault:
        added = fill_demo_vault(vault, args.cases)
    print(_say(f"{added} synthetic cases added to {folder}.", f"{added} casos sintéticos añadidos a {folder}."))
    return 0


def cmd_evidence_add(args) -> int:
    from casedesk.services.evidence import EvidenceDetails, add_evidence
    details = EvidenceDetails(kind=EvidenceKind.coerce(args.kind) if args.kind else None, source=args.source or "")
    with _open(args.vault) as vault:
        for path in args.files:
            print(add_evidence(vault, args.case_id, Path(path), details))
    return 0


def cmd_evidence_list(args) -> int:
    from casedesk.services.evidence import list_evidence
    with _open(args.vault):
        items = list_evidence(args.case_id)
    if args.json:
        _print_json(items)
        return 0
    for item in items:
        print(f"{item['id'][:8]}  {EvidenceKind(item['kind']).label(language()):<22} {_terminal(item['title']):<30} "
              f"{_terminal(item['date_obtained'])}  sha256 {item['sha256'][:16]}…")
    return 0


def cmd_evidence_export(args) -> int:
    from casedesk.services.evidence import export_evidence
    from casedesk.storage.models import Evidence
    with _open(args.vault) as vault:
        matches = list(Evidence.select().where(Evidence.uuid.startswith(args.evidence_id.lower())).limit(2))
        if len(matches) != 1:
            raise InvalidInput(f"No single evidence item has an id starting with {args.evidence_id}.",
                               f"Ninguna evidencia única tiene un id que empiece por {args.evidence_id}.")
        export_evidence(vault, matches[0].uuid, Path(args.output))
    print(_say(f"Decrypted copy written to {args.output}. It is not protected by the vault: keep it safe "
               "and delete it when done.",
               f"Copia descifrada escrita en {args.output}. No está protegida por la bóveda: guárdela con "
               "cuidado y bórrela al terminar."), file=sys.stderr)
    return 0


def cmd_releases_match(args) -> int:
    from casedesk.services.importing import list_file_bytes
    from casedesk.services.releases import create_release_claims, match_release_list, read_list_file
    text = read_list_file(list_file_bytes(Path(args.list)), Path(args.list).name)
    released_on = parse_date(args.date).value if args.date else None
    with _open(args.vault) as vault:
        result = match_release_list(text)
        if args.create_claims:
            from casedesk.services.release_tracker import record_release_list
            result["claims_created"] = create_release_claims(
                vault, result["matched"], released_on, source=f"{Path(args.list).name}")
            result["release_list"] = record_release_list(vault, result, released_on, source=Path(args.list).name,
                                                         claims=len(result["claims_created"]))
    if args.json:
        _print_json(result)
        return 0
    for item in result["matched"]:
        mark = "≈" if item["partial"] else "✓"
        print(f"{mark} {item['line']:>4}  {_terminal(item['text']):<40} → {_terminal(item['name'])} ({item['case_id'][:8]})"
              + (_say("  part of the name: check it", "  parte del nombre: compruébelo") if item["partial"] else ""))
    for item in result["ambiguous"]:
        names = "; ".join(f"{_terminal(c['name'])} ({c['case_id'][:8]})" for c in item["candidates"])
        reason = item.get("reason" if language() == "en" else "reason_es", "")
        print(f"? {item['line']:>4}  {_terminal(item['text']):<40} → {names}" + (f"  [{reason}]" if reason else ""))
    for item in result["unmatched"]:
        note = item.get("note" if language() == "en" else "note_es", "")
        print(f"✗ {item['line']:>4}  {_terminal(item['text'])}" + (f"  ({_terminal(note)})" if note else ""))
    if result["not_released"]:
        print(_say("Named, but not as released:", "Nombrados, pero no como excarcelados:"))
    for item in result["not_released"]:
        _print_not_released(item)
    if result["unclear"]:
        print(_say("Unclear whether released: read the sentence.", "Dudoso si fueron excarcelados: lea la frase."))
    for item in result["unclear"]:
        _print_not_released(item)
        print(f"         “{_terminal(item['sentence'])}”")
    for item in result["not_names"]:
        print(f"· {item['line']:>4}  {_terminal(item['text'])}  [" + _say("not a name", "no es un nombre") + "]")
    print(_say(f"{len(result['matched'])} matched, {len(result['ambiguous'])} to choose, "
               f"{len(result['unmatched'])} without a case, {len(result['not_released'])} named but not released, "
               f"{len(result['unclear'])} unclear, {len(result['not_names'])} lines naming nobody.",
               f"{len(result['matched'])} identificados, {len(result['ambiguous'])} por decidir, "
               f"{len(result['unmatched'])} sin caso, {len(result['not_released'])} nombrados pero no excarcelados, "
               f"{len(result['unclear'])} dudosos, {len(result['not_names'])} líneas sin nombres."), file=sys.stderr)
    return 0


def cmd_releases_status(args) -> int:
    """The release tracker: per day since the announcement, and who still needs a second source."""
    from casedesk.services.release_tracker import release_tracker
    since = parse_date(args.since).value
    with _open(args.vault):
        tracker = release_tracker(since)
    if args.json:
        _print_json(tracker)
        return 0
    lang = language()
    print(_say(f"Releases since {tracker['since']} (the announcement), day by day:",
               f"Excarcelaciones desde el {tracker['since']} (el anuncio), día a día:"))
    heads = [_say("Date", "Fecha"), _say("Announced", "Anunciados"), _say("Claimed", "Afirmados"),
             _say("Verified", "Verificados"), _say("Disputed", "Controvertidos"), _say("Still open", "Abiertos")]
    print("  " + f"{heads[0]:<10}" + "".join(f"  {head}" for head in heads[1:]))
    quiet = 0
    for day in tracker["days"]:
        cells = [day["date"], day["announced"], day["claimed"], day["verified"], day["disputed"], day["open_total"]]
        if not any(cells[1:5]) and day is not tracker["days"][-1]:
            quiet += 1                     # a day when nothing happened: the running total is unchanged
            continue
        print("  " + f"{cells[0]:<10}" + "".join(f"  {cell:>{len(head)}}" for cell, head in zip(cells[1:], heads[1:])))
    if quiet:
        print(_say(f"  ({_count(quiet, 'day', 'days')} with nothing new left out)",
                   f"  ({_count(quiet, 'día', 'días')} sin novedades omitidos)"))
    totals = tracker["totals"]
    print(_say(f"In all: {totals['announced']} named as released in the lists loaded, {totals['claimed']} people "
               f"claimed released, {totals['verified']} verified, {totals['disputed']} disputed, "
               f"{totals['retracted']} retracted, {totals['open']} still being verified.",
               f"En total: {totals['announced']} nombrados como excarcelados en las listas cargadas, "
               f"{totals['claimed']} personas con excarcelación afirmada, {totals['verified']} verificadas, "
               f"{totals['disputed']} controvertidas, {totals['retracted']} retractadas, {totals['open']} aún en "
               f"verificación."))
    for key, title_en, title_es in (
            ("needs_second_source", "Still need a second source", "Aún necesitan una segunda fuente"),
            ("no_source_yet", "No source checked yet", "Sin ninguna fuente comprobada aún"),
            ("two_sources_not_yet_verified", "Two sources, not yet marked verified (see what is missing)",
             "Dos fuentes, aún sin marcar verificadas (vea qué falta)")):
        if not tracker[key]:
            continue
        print(f"{_say(title_en, title_es)} ({len(tracker[key])}):")
        for item in tracker[key]:
            sources = "; ".join(f"{source['kind_' + lang]}" + (f" «{_terminal(source['detail'])}»" if source["detail"] else "")
                                + ("" if source["confirms"] else _say(" (contradicts)", " (contradice)"))
                                + f", {source['checked_on']}" for source in item["sources"])
            reported = _say(f"claimed on {item['reported_on']}", f"afirmada el {item['reported_on']}") + (
                f" ({_terminal(item['reported_by'])})" if item["reported_by"] else "")
            print(f"  {_terminal(item['name'])}  [{item['case_id'][:8]}]  {reported}"
                  + (_say(f"; has: {sources}", f"; tiene: {sources}") if sources else ""))
    return 0


def cmd_compare(args) -> int:
    """Another group's list beside the vault, without importing it."""
    from datetime import date as date_type

    from casedesk.services.comparing import COMPARED, compare_file, save_comparison, value_label
    as_of = parse_date(args.as_of).value if args.as_of else date_type.today()
    lang = args.language or language()
    with _open(args.vault) as vault:
        comparison = compare_file(Path(args.file), as_of=as_of, mapping=_column_choices(args.map))
        if args.xlsx:
            save_comparison(vault, comparison, Path(args.xlsx), language=lang)
            print(_say(f"The comparison was written to {args.xlsx}; the file is not encrypted.",
                       f"La comparación se escribió en {args.xlsx}; el archivo no está cifrado."), file=sys.stderr)
    if args.json:
        _print_json(comparison.to_json(lang))
        return 0
    counts = comparison.counts()
    print(_say(f"{comparison.file_name} compared with the vault on {as_of.isoformat()}:",
               f"{comparison.file_name} comparada con la bóveda al {as_of.isoformat()}:"))
    print(_say(f"  {counts['rows_read']} rows read: {counts['people_in_list']} people, {counts['duplicates_in_file']} "
               f"duplicates within the list, {counts['not_people']} rows that are not people",
               f"  {counts['rows_read']} filas leídas: {counts['people_in_list']} personas, "
               f"{counts['duplicates_in_file']} duplicadas dentro de la lista, {counts['not_people']} filas que no "
               f"son personas"))
    print(_say(f"  In both: {counts['in_both']} ({counts['in_both_not_held_in_vault']} of them not held in the vault "
               f"on that date; {counts['in_both_with_disagreements']} with fields that differ)",
               f"  En ambas: {counts['in_both']} ({counts['in_both_not_held_in_vault']} de ellas no detenidas en la "
               f"bóveda en esa fecha; {counts['in_both_with_disagreements']} con campos que difieren)"))
    print(_say(f"  Only in the list: {counts['only_file']}", f"  Solo en la lista: {counts['only_file']}"))
    print(_say(f"  Only in the vault (held on that date): {counts['only_vault']}",
               f"  Solo en la bóveda (detenidas en esa fecha): {counts['only_vault']}"))
    print(_say(f"  To confirm (may be the same person): {counts['to_confirm']}",
               f"  Por confirmar (puede ser la misma persona): {counts['to_confirm']}"))
    print(_say(f"  Held in the vault on that date: {counts['held_in_vault']}",
               f"  Detenidas en la bóveda en esa fecha: {counts['held_in_vault']}"))
    shown = 20

    def more(items: list) -> None:
        if len(items) > shown:
            print(_say(f"    … and {len(items) - shown} more (see --json or --xlsx)",
                       f"    … y {len(items) - shown} más (vea --json o --xlsx)"))
    if comparison.disagreements:
        print(_say("Fields that differ:", "Campos que difieren:"))
    for item in comparison.disagreements[:shown]:
        field_label = COMPARED[item["field"]][0 if lang == "en" else 1]
        print(_say(f"  row {item['row']} {_terminal(item['name'])}: {field_label}: the list says "
                   f"“{_terminal(value_label(item['field'], item['list'], lang))}”, the vault "
                   f"“{_terminal(value_label(item['field'], item['vault'], lang))}”",
                   f"  fila {item['row']} {_terminal(item['name'])}: {field_label}: la lista dice "
                   f"«{_terminal(value_label(item['field'], item['list'], lang))}», la bóveda "
                   f"«{_terminal(value_label(item['field'], item['vault'], lang))}»"))
    more(comparison.disagreements)
    if comparison.to_confirm:
        print(_say("To confirm:", "Por confirmar:"))
    for item in comparison.to_confirm[:shown]:
        could_be = "; ".join(f"{_terminal(c['name'])}" + (f" {c['national_id']}" if c["national_id"] else "")
                             + (f" ({c['person_id'][:8]})" if c["person_id"] else _say(
                                 f" (row {c['in_this_file']})", f" (fila {c['in_this_file']})"))
                             + f": {c['why'][0 if lang == 'en' else 1]}" for c in item["candidates"])
        print(_say(f"  row {item['row']} {_terminal(item['name'])} could be {could_be}",
                   f"  fila {item['row']} {_terminal(item['name'])} podría ser {could_be}"))
    more(comparison.to_confirm)
    if comparison.only_file:
        print(_say("Only in the list:", "Solo en la lista:"))
    for item in comparison.only_file[:shown]:
        print(f"  {_say('row', 'fila')} {item['row']} {_terminal(item['name'])}"
              + (f" {item['national_id']}" if item["national_id"] else ""))
    more(comparison.only_file)
    if comparison.only_vault:
        print(_say("Only in the vault:", "Solo en la bóveda:"))
    for item in comparison.only_vault[:shown]:
        print(f"  {_terminal(item['name'])}" + (f" {item['national_id']}" if item["national_id"] else "")
              + f" [{item['case_id'][:8]}]")
    more(comparison.only_vault)
    return 0


# What a release statement says about a person who is not matched as released: (mark, English, Spanish).
_STATEMENT_SAYS = {
    "still_held": ("⊘", "still held", "sigue detenido/a"), "transferred": ("⇄", "transferred", "trasladado/a"),
    "unclear": ("~", "unclear", "dudoso"), "lawyer": ("·", "lawyer", "abogado/a"),
    "relative": ("·", "relative", "familiar"), "official": ("·", "official", "funcionario/a"),
    "speaker": ("·", "speaking", "declarante"), "signatory": ("·", "signs the statement", "firmante"),
}


def _print_not_released(item: dict) -> None:
    """One person a statement names as still held, transferred, in another role, or unclear:
    what it says and in which words, and the case the name fits."""
    mark, english, spanish = _STATEMENT_SAYS.get(item["role"] or item["status"], ("·", item["status"], item["status"]))
    words = ", ".join(f"«{_terminal(cue)}»" for cue in item.get("cues") or [])
    said = _say(english, spanish) + (f": {words}" if words else "")
    case = ""
    if item.get("case_id") and item["status"] == "other_role":
        case = _say(f"  (a person held has the same name: {_terminal(item['name'])}, {item['case_id'][:8]})",
                    f"  (una persona detenida tiene el mismo nombre: {_terminal(item['name'])}, {item['case_id'][:8]})")
    elif item.get("case_id"):
        case = f"  → {_terminal(item['name'])} ({item['case_id'][:8]})"
    elif item.get("candidates"):
        case = "  → " + "; ".join(f"{_terminal(c['name'])} ({c['case_id'][:8]})" for c in item["candidates"])
    print(f"{mark} {item['line']:>4}  {_terminal(item['text']):<40} {said}{case}")


def cmd_census(args) -> int:
    from datetime import date as date_type

    from casedesk.services.census import (
        census_as_of, method_note_path, press_summary, save_census_pdf, write_census_csv, write_open_data,
    )
    as_of = parse_date(args.as_of).value if args.as_of else date_type.today()
    since = parse_date(args.since).value if args.since else None
    password = _read_password_file(args.password_file)
    with _open(args.vault) as vault:
        census = census_as_of(as_of, since)
        if args.open_data:
            table = write_open_data(vault, as_of, Path(args.open_data), language=args.language or language())
            print(_say(f"Open data written to {args.open_data} ({len(table.rows)} rows), with the method in "
                       f"{method_note_path(Path(args.open_data))}.",
                       f"Datos abiertos escritos en {args.open_data} ({len(table.rows)} filas), con el método en "
                       f"{method_note_path(Path(args.open_data))}."), file=sys.stderr)
        if args.pdf:
            save_census_pdf(vault, as_of, Path(args.pdf), since=since, language=args.language or language(),
                            password=password, census=census)
            print(_say(f"Census report written to {args.pdf}.", f"Informe del censo escrito en {args.pdf}."),
                  file=sys.stderr)
        if args.csv:
            write_census_csv(as_of, Path(args.csv))
            print(_say(f"The list of people held was written to {args.csv}; it is not encrypted.",
                       f"La lista de personas detenidas se escribió en {args.csv}; no está cifrada."), file=sys.stderr)
    data = census.to_json()
    if args.json:
        _print_json(data)
        return 0
    if args.summary:
        print(press_summary(data, args.language or language()))
        return 0
    lang = language()
    print(_say(f"Held on {data['as_of']}: {data['held']}", f"Detenidos al {data['as_of']}: {data['held']}"))
    for code, count in data["by_status"].items():
        print(f"  {Status(code).label(lang):<28} {count}")
    print(_say(f"  Foreigners held: {data['foreigners_held']} (and {data['dual_nationals_held']} with two nationalities, "
               f"one Venezuelan); military: {data['military_held']}",
               f"  Extranjeros detenidos: {data['foreigners_held']} (y {data['dual_nationals_held']} con doble "
               f"nacionalidad, una venezolana); militares: {data['military_held']}"))
    unknown = data["unknown"]
    print(_say(f"  Not recorded among them: nationality {unknown['nationality']}, sex {unknown['sex']}, "
               f"civilian/military {unknown['civilian_military']}, procedural stage {unknown['stage']}",
               f"  Sin dato entre ellos: nacionalidad {unknown['nationality']}, sexo {unknown['sex']}, "
               f"civil/militar {unknown['civilian_military']}, situación procesal {unknown['stage']}"))
    forced = data["forced_disappearance"]
    print(_say(f"  Minors when arrested: {data['minors_held']} (age not known for {unknown['minor']}); "
               f"serious illness: {data['seriously_ill_held']} (health not known for {unknown['health']}); "
               f"forced disappearance: {forced['held']} (longest {forced['longest_days']} days); "
               f"state not known for {unknown['state']}",
               f"  Menores al ser detenidos: {data['minors_held']} (edad sin dato de {unknown['minor']}); "
               f"enfermedad grave: {data['seriously_ill_held']} (salud sin dato de {unknown['health']}); "
               f"desaparición forzada: {forced['held']} (la más larga, {forced['longest_days']} días); "
               f"estado sin dato de {unknown['state']}"))
    for key, title in (("by_stage", _say("By procedural stage", "Por situación procesal")),
                       ("by_state", _say("By state", "Por estado"))):
        print(f"  {title}:")
        for value, count in sorted(data[key].items(), key=lambda item: -item[1]):
            shown = Stage(value).label(lang) if key == "by_stage" and value in Stage._value2member_map_ else value
            print(f"    {shown:<26} {count}")
    if since:
        print(_say(f"Since {data['since']}: {len(data['entered'])} entered, {len(data['left'])} left",
                   f"Desde {data['since']}: {len(data['entered'])} entraron, {len(data['left'])} salieron"))
    return 0


def _read_file(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except OSError:
        raise InvalidInput(f"{name} cannot be read.", f"{name} no se puede leer.") from None


def _read_password_file(name: str | None) -> str | None:
    if not name:
        return None
    return _read_file(name).decode("utf-8", errors="replace").rstrip("\r\n")


def cmd_dossier(args) -> int:
    from casedesk.services.cases import find_case
    from casedesk.services.dossiers import save_dossier
    options = {"profile": args.profile, "language": args.language or language(),
               "password": _read_password_file(args.password_file)}
    with _open(args.vault) as vault:
        case_ids = [find_case(case_id).uuid for case_id in args.case_ids]
        if args.each:
            folder = Path(args.output)
            folder.mkdir(parents=True, exist_ok=True)
            for case_id in case_ids:     # named by case id: a file name must not reveal who it is about
                save_dossier(vault, [case_id], folder / f"dossier-{case_id[:8]}.pdf", **options)
        else:
            save_dossier(vault, case_ids, Path(args.output), **options)
    print(_say(f"Dossier written to {args.output}.", f"Expediente escrito en {args.output}."), file=sys.stderr)
    return 0


def cmd_check_dossier(args) -> int:
    from casedesk.services.dossiers import DossierCheckRefused, check_dossier, describe_check
    password = _read_password_file(args.password_file)
    try:
        with _open(args.vault):
            result = check_dossier(args.file, password)
    except DossierCheckRefused as refused:       # nothing could be checked: say why, in JSON too
        if not args.json:
            raise
        _print_json({"ok": False, "failed": refused.check, "messages": [refused.message(language())], "cases": []})
        return refused.exit_code
    lines = [_say(en, es) for en, es in describe_check(result)]
    if args.json:
        _print_json({**result, "messages": lines})
    else:
        print("\n".join(lines))
    return 0 if result["ok"] else 1


def _column_choices(choices: list[str] | None) -> dict[str, str] | None:
    """--map B=full_name --map "Situación=status": the columns the user decides."""
    if not choices:
        return None
    mapping = {}
    for choice in choices:
        column, _, field = choice.rpartition("=")
        if not column or not field:
            raise InvalidInput(f"--map takes COLUMN=FIELD, e.g. B=full_name (not “{choice}”).",
                               f"--map lleva COLUMNA=CAMPO, p. ej. B=full_name (no «{choice}»).")
        mapping[column] = field.strip()
    return mapping


def cmd_import(args) -> int:
    from casedesk.services.importing import import_file
    status_date = parse_date(args.status_date).value if args.status_date else None
    with _open(args.vault) as vault:
        summary = import_file(vault, Path(args.file), status_date=status_date, dry_run=args.dry_run,
                              mapping=_column_choices(args.map))
    if args.json:
        _print_json(summary)
        return 0
    for sheet in summary["sheets"]:
        if not sheet["used"]:
            print(_say(f"Sheet “{sheet['sheet']}” left out: {sheet['why_left_out']}",
                       f"Hoja «{sheet['sheet']}» dejada fuera: {sheet['why_left_out']}"))
            continue
        header = ", ".join(map(str, sheet["header_rows"])) or _say("none", "ninguno")
        print(_say(f"Sheet “{sheet['sheet']}”: header on row {header}", f"Hoja «{sheet['sheet']}»: encabezado en la fila {header}"))
        for column in sheet["columns"]:
            print(f"  {column['column']:>3} {_terminal(column['header'] or '—'):<28} → {column['field']} ({column['why']})")
        for column in sheet["unused_columns"]:
            print(f"  {column['column']:>3} {_terminal(column['header'] or '—'):<28} → " + _say("not used", "sin usar")
                  + f" ({column['detail']})")
    print(_say(f"{summary['rows_read']} rows read: {summary['people_created']} new people, "
               f"{summary['people_merged']} already in the vault, {summary['duplicates_in_file']} duplicates within "
               f"the file, {len(summary['to_review'])} to review, {len(summary['skipped'])} not people.",
               f"{summary['rows_read']} filas leídas: {summary['people_created']} personas nuevas, "
               f"{summary['people_merged']} ya en la bóveda, {summary['duplicates_in_file']} duplicadas dentro del "
               f"archivo, {len(summary['to_review'])} por revisar, {len(summary['skipped'])} que no son personas."))
    for item in summary["skipped"]:
        print(_say(f"  row {item['row']} skipped: {item['reason']}", f"  fila {item['row']} omitida: {item['reason']}"))
    kept: dict[tuple[str, str], list[str]] = {}
    for item in summary["kept_as_written"]:
        kept.setdefault((item["field"], item["value"]), []).append(str(item["row"]))
    for (field, value), rows in kept.items():        # one line per value, however many rows hold it
        where = ", ".join(rows[:5]) + (", …" if len(rows) > 5 else "")
        print(_say(f"  {field} “{_terminal(value)}” not understood, kept as written: "
                   f"{_count(len(rows), 'row', 'rows')} ({where})",
                   f"  {field} «{_terminal(value)}» no se entendió; se guarda tal cual: "
                   f"{_count(len(rows), 'fila', 'filas')} ({where})"))
    for item in summary["to_review"]:
        print(_say(f"  row {item['row']} to review (maybe already in the vault): {_terminal(item['name'])}",
                   f"  fila {item['row']} por revisar (quizá ya esté en la bóveda): {_terminal(item['name'])}"))
    for item in summary.get("facilities_matched", []):
        print(_say(f"  facility “{_terminal(item['written'])}” taken as “{_terminal(item['taken_as'])}”, already in "
                   f"the vault",
                   f"  centro de reclusión «{_terminal(item['written'])}» tomado como «{_terminal(item['taken_as'])}», "
                   f"que ya está en la bóveda"))
    if summary.get("already_imported"):
        print(_say(f"This file was imported before for the same date (import {summary['already_imported']}): each row "
                   f"is matched to the person it made then.",
                   f"Este archivo ya se importó para la misma fecha (importación {summary['already_imported']}): cada "
                   f"fila se asocia a la persona que creó entonces."))
    if args.dry_run:
        print(_say("Dry run: nothing was imported.", "Simulación: no se importó nada."))
        return 0
    print(_say(f"Import {summary['batch']} done; undo it with: casedesk undo-import VAULT {summary['batch']}",
               f"Importación {summary['batch']} hecha; para deshacerla: casedesk undo-import BÓVEDA {summary['batch']}"))
    if summary["review_items"]:
        print(_say(f"{len(summary['review_items'])} rows wait for a decision: casedesk review VAULT",
                   f"{len(summary['review_items'])} filas esperan una decisión: casedesk review BÓVEDA"))
    return 0


def cmd_review(args) -> int:
    from casedesk.services.importing import decide_review, pending_reviews
    with _open(args.vault) as vault:
        if args.decide:
            item, _, decision = args.decide.partition("=")
            if not item.strip().isdigit() or not decision:
                raise InvalidInput("Write the decision as ITEM=merge:PERSON_ID, ITEM=new or ITEM=skip.",
                                   "Escriba la decisión como FILA=merge:ID_PERSONA, FILA=new o FILA=skip.")
            outcome = decide_review(vault, int(item), decision.strip())
            if args.json:
                _print_json(outcome)
            else:
                print(_say(f"Row {outcome['row']} decided.", f"Fila {outcome['row']} decidida."))
            return 0
        pending = pending_reviews()
    if args.json:
        _print_json(pending)
        return 0
    if not pending:
        print(_say("Nothing waits for review.", "No hay nada por revisar."))
    for item in pending:
        print(_say(f"[{item['item']}] {item['file']}, row {item['row']}: {_terminal(item['name'])} "
                   f"{item['national_id'] or ''} {item['arrest_date'] or ''}",
                   f"[{item['item']}] {item['file']}, fila {item['row']}: {_terminal(item['name'])} "
                   f"{item['national_id'] or ''} {item['arrest_date'] or ''}"))
        for candidate in item["candidates"]:
            differs = "; ".join(f"{name}: {values['vault']} → {values['list']}" for name, values in candidate["differs"].items())
            print(f"      {candidate['person_id'][:8]}  {_terminal(candidate['name'])}  {candidate['national_id'] or ''}  "
                  f"{candidate['arrest_date'] or ''}  {candidate['score']:.0f}%  "
                  f"{candidate['why' if language() == 'en' else 'why_es']}"
                  + (f"  [{_terminal(differs)}]" if differs else ""))
    if pending:
        print(_say("Decide with: casedesk review VAULT --decide ITEM=merge:PERSON_ID (or ITEM=new, ITEM=skip)",
                   "Decida con: casedesk review BÓVEDA --decide FILA=merge:ID_PERSONA (o FILA=new, FILA=skip)"))
    return 0


def _terminal(text: object) -> str:
    """Text from a list or the vault, safe to print: control characters (an escape sequence
    that would drive the terminal, a carriage return that would overwrite the line, a
    right-to-left override that would reorder it, a line break that would fake another line)
    shown as visible codes such as \\x1b."""
    return _INVISIBLE.sub(_escaped, "" if text is None else str(text)).replace("\n", "\\n")


# Controls (C0, DEL, C1), format characters (bidi overrides and isolates, zero widths) and the
# Unicode line and paragraph separators; a line break is the only one output keeps (Zs spaces
# such as the no-break space are ordinary text).
_INVISIBLE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891"
                        "\u08e2\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
                        "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
                        "\U000e0001\U000e0020-\U000e007f\ud800-\udfff]")


def _escaped(match: re.Match) -> str:
    """A visible code for an invisible character: \\x1b, \\u202e (valid inside JSON strings too
    for what JSON itself leaves raw)."""
    code = ord(match.group())
    if code < 0x100:
        return f"\\x{code:02x}" if code < 0x20 or code == 0x7F else f"\\u{code:04x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


class _VisibleStream:
    """stdout or stderr with every invisible character written as a visible code: whatever a
    command prints, a name from an imported list cannot drive the terminal. JSON is unchanged
    (json escapes controls itself; what it leaves raw becomes a valid JSON escape)."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(_INVISIBLE.sub(_escaped, text))

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)      # flush, buffer (binary output untouched), isatty…


def cmd_export(args) -> int:
    from casedesk.services.exporting import DEFAULT_COLUMNS, export_cases
    from casedesk.services.search import CaseQuery
    statuses = frozenset()
    if args.status:
        status = parse_status(args.status) if args.status != "held" else None
        if args.status != "held" and status is None:
            raise InvalidInput(f"Unknown status “{args.status}”.", f"Situación desconocida “{args.status}”.")
        statuses = frozenset({"detained", "house_arrest", "whereabouts_unknown"}) if status is None else frozenset({status.value})
    query = CaseQuery(text=args.search or "", statuses=statuses)
    columns = args.columns.split(",") if args.columns else list(DEFAULT_COLUMNS)
    with _open(args.vault) as vault:
        count = export_cases(vault, query, Path(args.output), columns=columns, profile=args.profile,
                             language=args.language or language())
    print(_say(f"{count} cases written to {args.output}; the file is not encrypted.",
               f"{count} casos escritos en {args.output}; el archivo no está cifrado."), file=sys.stderr)
    return 0


def cmd_bundle_identity(args) -> int:
    from casedesk.services.bundles import my_public_key
    with _open(args.vault) as vault:
        key = my_public_key(args.name or vault.folder.name)
    if args.export:
        Path(args.export).write_bytes(key.to_file())
    print(_say(f"Exchange key of this vault ({key.name}): fingerprint {key.fingerprint}",
               f"Clave de intercambio de esta bóveda ({key.name}): huella {key.fingerprint}"))
    if args.export:
        print(_say(f"Public key written to {args.export}: give it to colleagues and read them the fingerprint.",
                   f"Clave pública escrita en {args.export}: désela a sus colegas y léales la huella."), file=sys.stderr)
    return 0


def cmd_bundle_add_colleague(args) -> int:
    from casedesk.services.bundles import add_colleague, read_public_key
    key = read_public_key(_read_file(args.key_file))
    if args.name:
        from dataclasses import replace
        key = replace(key, name=args.name)
    with _open(args.vault) as vault:
        add_colleague(vault, key, verified_by=args.verified_by or "")
    print(_say(f"{key.name} added, fingerprint {key.fingerprint}"
               + ("" if args.verified_by else " (not verified: compare it with them before trusting it)"),
               f"{key.name} añadido, huella {key.fingerprint}"
               + ("" if args.verified_by else " (sin verificar: compárela con esa persona antes de confiar)")))
    return 0


def cmd_bundle_export(args) -> int:
    from casedesk.services.bundles import read_public_key, save_bundle
    from casedesk.services.cases import find_case
    recipients = [read_public_key(_read_file(name)) for name in args.to or []]
    passphrase = _read_password_file(args.passphrase_file)
    with _open(args.vault) as vault:
        case_ids = [find_case(case_id).uuid for case_id in args.case_ids]
        save_bundle(vault, case_ids, Path(args.output), recipients=recipients or None, passphrase=passphrase,
                    profile=args.profile, with_evidence=args.with_evidence, sender_name=args.name or "")
    print(_say(f"Bundle written to {args.output}.", f"Paquete escrito en {args.output}."), file=sys.stderr)
    return 0


def cmd_bundle_import(args) -> int:
    from casedesk.services.bundles import UnknownSender, import_bundle
    with _open(args.vault) as vault:
        try:
            report = import_bundle(vault, Path(args.file), passphrase=_read_password_file(args.passphrase_file),
                                   accept_unverified=args.accept_unverified)
        except UnknownSender as unknown:
            print(unknown.message(language()), file=sys.stderr)
            print(_say("To review its contents anyway, import it again with --accept-unverified: every change "
                       "then waits for your decision (bundle conflicts, bundle decide).",
                       "Para revisar su contenido de todos modos, impórtelo de nuevo con --accept-unverified: cada "
                       "cambio espera entonces su decisión (bundle conflicts, bundle decide)."), file=sys.stderr)
            return unknown.exit_code
    if args.json:
        _print_json(report)
        return 0
    sender = report["sender"]
    trust = (_say("this vault's own key", "la clave de esta misma bóveda") if sender["this_vault"] else
             _say("verified colleague", "colega verificado") if sender["verified"] else
             _say("colleague NOT verified", "colega SIN verificar") if sender["known"] else
             _say("NOT among your colleagues: nothing was applied, every change waits for your decision",
                  "NO está entre sus colegas: no se aplicó nada, cada cambio espera su decisión"))
    name = _terminal(sender["name"])
    print(_say(f"From {name} ({sender['fingerprint']}), {trust}.", f"De {name} ({sender['fingerprint']}), {trust}."))
    print(_say(f"{sum(report['created'].values())} records added, {sum(report['updated'].values())} updated, "
               f"{report['unchanged']} unchanged, {len(report['conflicts'])} conflicts to decide.",
               f"{sum(report['created'].values())} registros añadidos, {sum(report['updated'].values())} actualizados, "
               f"{report['unchanged']} sin cambios, {len(report['conflicts'])} conflictos por decidir."))
    if report["proposed"]:
        print(_say(f"{len(report['proposed'])} new records proposed: accept or decline each (bundle conflicts).",
                   f"{len(report['proposed'])} registros nuevos propuestos: acepte o rechace cada uno (bundle conflicts)."))
    if report["claims"]:
        print(_say(f"{len(report['claims'])} releases arrived as claims to verify (two independent sources).",
                   f"{len(report['claims'])} excarcelaciones llegaron como afirmaciones por verificar "
                   "(dos fuentes independientes)."))
    if report["evidence_files_left_out"]:
        print(_say(f"{report['evidence_files_left_out']} evidence files were left out: they are kept only from "
                   "colleagues.",
                   f"{report['evidence_files_left_out']} archivos de evidencia quedaron fuera: solo se guardan los "
                   "de colegas."))
    return 0


def cmd_bundle_conflicts(args) -> int:
    from casedesk.services.bundles import open_conflicts
    with _open(args.vault):
        waiting = open_conflicts()
    if args.json:
        _print_json(waiting)
        return 0
    for item in waiting:
        what = (_say("new, proposed by", "nuevo, propuesto por") if item["new"] else
                _say("changed here and by", "cambiado aquí y por"))
        print(f"{item['id']}  {item['entity']} {item['uuid'][:8]}  {what} {_terminal(item['sender_name'])}")
        for field in item["fields"]:
            mine = "" if item["new"] else f"{_terminal(field['local'])}  →  "
            print(f"    {field['field']}: {mine}{_terminal(field['remote'])}")
    if not waiting:
        print(_say("Nothing waits for a decision.", "Nada espera una decisión."), file=sys.stderr)
    return 0


def cmd_bundle_decide(args) -> int:
    from casedesk.domain.errors import NotFound
    from casedesk.services.bundles import decide_proposal, open_conflicts, resolve_conflict
    with _open(args.vault) as vault:
        item = next((c for c in open_conflicts() if c["id"] == args.conflict_id), None)
        if item is None:
            raise NotFound("conflict", "un conflicto", str(args.conflict_id))
        take = {field["field"] for field in item["fields"]} if args.accept else set(args.take or [])
        unknown = take - {field["field"] for field in item["fields"]}
        if unknown:
            raise InvalidInput(f"That conflict has no field {', '.join(sorted(unknown))}.",
                               f"Ese conflicto no tiene el campo {', '.join(sorted(unknown))}.")
        if item["new"]:
            decide_proposal(vault, args.conflict_id, bool(args.accept or args.take))
        else:
            resolve_conflict(vault, args.conflict_id, take)
    if item["new"]:
        print(_say("Accepted." if args.accept or args.take else "Declined.",
                   "Aceptado." if args.accept or args.take else "Rechazado."), file=sys.stderr)
    else:
        print(_say(f"Decided: {len(take)} fields take the sender's value.",
                   f"Decidido: {len(take)} campos toman el valor del remitente."), file=sys.stderr)
    return 0


def cmd_imports(args) -> int:
    from casedesk.services.importing import import_batches
    with _open(args.vault):
        batches = import_batches()
    if args.json:
        _print_json(batches)
        return 0
    for batch in batches:
        state = _say("undone", "deshecha") if batch["undone_at"] else ""
        pending = _say(f"{batch['pending_review']} to review", f"{batch['pending_review']} por revisar") \
            if batch["pending_review"] else ""
        print(f"{batch['id']}  {batch['imported_at'][:16]}  {_terminal(batch['file'])}  "
              f"+{batch['summary'].get('people_created', 0)} ~{batch['summary'].get('people_merged', 0)}  {pending}  {state}")
    return 0


def cmd_undo_import(args) -> int:
    from casedesk.services.importing import undo_import
    with _open(args.vault) as vault:
        counts = undo_import(vault, args.batch)
    cases, people, events = counts["cases_deleted"], counts["people_deleted"], counts["events_removed"]
    print(_say(f"Import undone: {_count(cases, 'case', 'cases')} and {_count(people, 'person', 'people')} removed, "
               f"{_count(events, 'status event', 'status events')} removed.",
               f"Importación deshecha: {_count(cases, 'caso', 'casos')} y {_count(people, 'persona', 'personas')} "
               f"eliminados, {_count(events, 'evento de situación', 'eventos de situación')} quitados."))
    return 0


def cmd_backup(args) -> int:
    from casedesk.services.backups import make_backup
    with _open(args.vault) as vault:
        backup = make_backup(vault, to=Path(args.to) if args.to else None, kind="manual")
    print(_say(f"Backup made and checked: {backup.folder} ({backup.blobs} evidence files).",
               f"Copia hecha y verificada: {backup.folder} ({backup.blobs} archivos de evidencia)."))
    return 0


def cmd_backups(args) -> int:
    from casedesk.services.backups import backups_in
    from casedesk.storage.vault import BACKUP_FOLDER
    found = backups_in(Path(args.vault) / BACKUP_FOLDER)
    if args.json:
        _print_json([{"folder": str(b.folder), "created_at": b.created_at.isoformat(), "kind": b.kind,
                      "evidence_files": b.blobs} for b in found])
        return 0
    for backup in found:
        print(f"{backup.label}  {backup.kind:<8} {backup.folder}")
    if not found:
        print(_say("No backups yet.", "Todavía no hay copias."))
    return 0


def cmd_restore(args) -> int:
    from casedesk.services.backups import restore_backup
    target = restore_backup(Path(args.backup), Path(args.vault))
    print(_say(f"Restored into {target}. Open it with the vault's passphrase: the current one for a backup kept in "
               "the vault's own backups folder, the one valid when it was made for a backup made elsewhere.",
               f"Restaurada en {target}. Ábrala con la contraseña de la bóveda: la actual si la copia estaba en la "
               "carpeta de copias de la bóveda, la vigente cuando se hizo si se hizo en otro lugar."))
    return 0


def cmd_recovery_sheet(args) -> int:
    from casedesk.services.dossiers import write_export
    from casedesk.services.recovery import new_recovery_sheet
    from casedesk.storage.vault import open_vault
    passphrase = _ask_passphrase("Passphrase", "Contraseña")
    with open_vault(args.vault, passphrase) as vault:
        _words, pdf = new_recovery_sheet(vault, passphrase)
    write_export(Path(args.output), pdf)
    print(_say(f"Recovery sheet written to {args.output}: print it, keep it away from the laptop, then delete "
               "the file. Any earlier sheet no longer works.",
               f"Hoja de recuperación escrita en {args.output}: imprímala, guárdela lejos del portátil y borre "
               "el archivo. Cualquier hoja anterior deja de valer."), file=sys.stderr)
    return 0


def cmd_recover(args) -> int:
    from casedesk.storage.vault import recover_with_key
    words = _ask_passphrase("Recovery words", "Palabras de recuperación", RECOVERY_KEY_ENV)
    recover_with_key(args.vault, words, _ask_new_passphrase(NEW_PASSPHRASE_ENV))
    print(_say("The vault has a new passphrase; the old one no longer opens it.",
               "La bóveda tiene una contraseña nueva; la anterior ya no la abre."))
    return 0


def cmd_status(args) -> int:
    with _open(args.vault) as vault:
        _print_status(vault, args.json)
    return 0


def _print_status(vault, as_json: bool) -> None:
    from casedesk.storage.audit import chain_head
    from casedesk.storage.models import Person, database
    by_status = Counter(dict(database.execute_sql(
        "SELECT status, count(*) FROM detention_case GROUP BY status").fetchall()))
    slot = vault.header.slots[0].kdf
    status = {
        "vault": str(vault.folder), "vault_id": vault.header.vault_id,
        "schema_version": vault.db.execute_sql("PRAGMA user_version").fetchone()[0],
        "people": Person.select().count(), "cases": sum(by_status.values()),
        "by_status": {s.value: by_status.get(s.value, 0) for s in Status},
        "key_derivation": {"algorithm": "argon2id", "memory_kib": slot.memory_kib,
                           "iterations": slot.iterations, "parallelism": slot.parallelism},
        "audit_head": chain_head(),
    }
    if as_json:
        _print_json(status)
        return
    lang = language()
    print(_say(f"Vault {status['vault']}", f"Bóveda {status['vault']}"))
    print(_say(f"  {status['cases']} cases of {status['people']} people",
               f"  {status['cases']} casos de {status['people']} personas"))
    for code, count in status["by_status"].items():
        print(f"    {Status(code).label(lang):<28} {count}")
    print(_say(f"  Key derivation: Argon2id, {slot.memory_kib // 1024} MiB, {slot.iterations} passes",
               f"  Derivación de clave: Argon2id, {slot.memory_kib // 1024} MiB, {slot.iterations} pasadas"))
    print(_say(f"  Audit chain head: {status['audit_head']}", f"  Cabeza de la cadena de auditoría: {status['audit_head']}"))


def cmd_self_test(args) -> int:
    from casedesk.services.selftest import run_self_test

    def report(step: str, ok: bool, detail: str) -> None:
        print(f"{'OK  ' if ok else 'FAIL'} {step}" + (f" ({detail})" if detail else ""), flush=True)
    ok = run_self_test(report)
    try:
        import casedesk.gui.app  # noqa: F401  - every Qt library the window needs is loadable
        report("load the desktop window", True, "")
    except ImportError as missing:
        ok = False
        report("load the desktop window", False, str(missing))
    print("OK" if ok else _say("FAILED: see the step above.", "FALLÓ: vea el paso anterior."))
    return 0 if ok else 1


def cmd_bench(args) -> int:
    report = lambda text: print(text, file=sys.stderr)  # noqa: E731
    if args.gui:
        from casedesk.gui.bench import run_gui_benchmark
        results = run_gui_benchmark(args.cases, progress=report)
    elif args.team:
        from casedesk.bench import run_team_benchmark
        results = run_team_benchmark(args.team_vaults, args.team_cases, args.team_minutes,
                                     pending=args.team_pending, profile_to=args.team_profile, progress=report)
    elif args.bundle:
        from casedesk.bench import run_bundle_benchmark
        results = run_bundle_benchmark(progress=report)
    elif args.pdf_rows:
        from casedesk.bench import run_pdf_report_benchmark
        results = run_pdf_report_benchmark(args.pdf_rows, progress=report)
    elif args.import_rows:
        from casedesk.bench import run_import_benchmark
        results = run_import_benchmark(args.cases, args.import_rows, progress=report)
    elif args.compare_rows:
        from casedesk.bench import run_compare_benchmark
        results = run_compare_benchmark(args.cases, args.compare_rows, progress=report)
    elif args.deadlines:
        from casedesk.bench import run_deadlines_benchmark
        results = run_deadlines_benchmark(args.cases, progress=report)
    elif args.dossiers:
        from casedesk.bench import run_dossier_benchmark
        results = run_dossier_benchmark(progress=report)
    elif args.evidence_mb:
        from casedesk.bench import run_evidence_benchmark
        results = run_evidence_benchmark(args.evidence_mb, progress=report)
    else:
        from casedesk.bench import run_benchmark
        results = run_benchmark(args.cases, progress=report)
    if args.json:
        _print_json(results)
    else:
        for key, value in results.items():
            print(f"{key:<28} {value}")
    return 0


def missing_desktop_libraries() -> list[str]:
    """The Debian packages of the libraries Qt needs on this Linux desktop that are not installed
    (Qt itself only says "could not load the Qt platform plugin xcb" and aborts)."""
    import ctypes.util
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM") or os.environ.get("WAYLAND_DISPLAY") \
            or not os.environ.get("DISPLAY") or getattr(sys, "frozen", False):
        return []                # Wayland, offscreen, a bundle that carries its own, or no desktop at all
    return [package for library, package in DESKTOP_LIBRARIES.items() if ctypes.util.find_library(library) is None]


def cmd_app(args) -> int:
    """No subcommand: the desktop window. With no vault of the user's own yet, it opens (and
    first creates) a demo vault of synthetic cases and shows its passphrase."""
    missing = missing_desktop_libraries()
    if missing:
        packages = " ".join(missing)
        print(_say(f"CaseDesk's window needs system libraries this computer lacks: {packages}.\n"
                   f"Install them (Debian, Ubuntu) with:\n  sudo apt install {packages}",
                   f"La ventana de CaseDesk necesita bibliotecas del sistema que faltan: {packages}.\n"
                   f"Instálelas (Debian, Ubuntu) con:\n  sudo apt install {packages}"), file=sys.stderr)
        return EXIT_SETUP
    from casedesk.settings import load_settings
    demo_folder = paths.demo_vault_dir()
    own_vaults = [p for p in load_settings().recent_vaults
                  if Path(p) != demo_folder.resolve() and (Path(p) / "vault.json").exists()]
    demo = None
    if not own_vaults:
        _ensure_demo_vault(demo_folder)
        from casedesk.services.demo import demo_passphrase
        demo = (demo_folder, demo_passphrase(language()))     # the start screen shows it in its own language
    from casedesk.gui.app import run_app
    return run_app(sys.argv[:1], demo=demo)


def _ensure_demo_vault(folder: Path) -> None:
    from casedesk.services.demo import create_demo_vault
    if (folder / "vault.json").exists():
        return
    print(_say(f"Creating a demo vault of synthetic cases in {folder}…",
               f"Creando una bóveda de demostración con casos sintéticos en {folder}…"), file=sys.stderr)
    create_demo_vault(folder, language())


def cmd_letterhead(args) -> int:
    """Show, set or remove the organisation's letterhead (kept inside the vault)."""
    from dataclasses import replace
    from casedesk.services.letterhead import clear_letterhead, letterhead, read_logo, save_letterhead
    given = {"organisation": args.name, "address": args.address, "lawyer": args.lawyer,
             "signature": args.signature_block}
    changes: dict = {name: value.replace("\\n", "\n") for name, value in given.items() if value is not None}
    if args.logo:
        changes["logo"] = read_logo(Path(args.logo))     # checked before the passphrase is asked
    elif args.no_logo:
        changes["logo"] = None
    with _open(args.vault) as vault:
        if args.clear:
            clear_letterhead(vault)
        if changes:
            save_letterhead(vault, replace(letterhead(), **changes))
        current = letterhead()
    if args.clear or changes:
        print(_say("Letterhead saved.", "Membrete guardado.") if current.is_set()
              else _say("Letterhead removed: documents carry none.", "Membrete quitado: los documentos no llevan ninguno."),
              file=sys.stderr)
    if args.json:
        _print_json(current.to_json())
        return 0
    if not current.is_set():
        if not (args.clear or changes):
            print(_say("No letterhead: documents carry none.", "Sin membrete: los documentos no llevan ninguno."))
        return 0
    shown = current.to_json()
    logo = shown["logo"] and f"{shown['logo']['pixels'][0]}×{shown['logo']['pixels'][1]} px"
    for label, value in ((_say("Organisation", "Organización"), current.organisation),
                         (_say("Address", "Dirección"), current.address),
                         (_say("Lawyer", "Abogado/a"), current.lawyer),
                         (_say("Signature block", "Bloque de firma"), current.signature),
                         (_say("Logo", "Logo"), logo)):
        lines = (value or "—").splitlines()
        print(f"{label + ':':<18}{lines[0]}")
        for line in lines[1:]:
            print(f"{'':<18}{line}")
    return 0


# --- Parser ----------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="casedesk", description=_say(
        "Encrypted case files for lawyers defending people detained for political reasons.",
        "Expedientes cifrados para abogados que defienden a personas detenidas por razones políticas."))
    parser.add_argument("--version", action="version", version=f"CaseDesk {__version__}")
    parser.set_defaults(handler=cmd_app)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, handler: Callable, help_en: str, help_es: str, *, vault: bool = True):
        sub = commands.add_parser(name, help=_say(help_en, help_es))
        if vault:
            sub.add_argument("vault", metavar="VAULT", help=_say("the vault folder", "la carpeta de la bóveda"))
        sub.set_defaults(handler=handler)
        return sub

    command("init", cmd_init, "create a vault (the folder is created if absent)", "crear una bóveda")
    command("passwd", cmd_passwd, "change the passphrase", "cambiar la contraseña")
    add = command("add", cmd_add, "add a case; prints its id", "añadir un caso; muestra su id")
    add.add_argument("--name", required=True)
    add.add_argument("--national-id")
    add.add_argument("--arrested", metavar="DATE")
    add.add_argument("--facility")
    add.add_argument("--agency")
    add.add_argument("--status")
    add.add_argument("--stage", choices=[stage.value for stage in Stage], help=_say(
        "the procedural stage", "la situación procesal"))
    add.add_argument("--born", metavar="DATE", help=_say("date of birth", "fecha de nacimiento"))
    add.add_argument("--minor", action="store_true", help=_say(
        "a minor when arrested (when the birth date is not known)",
        "menor de edad al ser detenida (cuando no se sabe la fecha de nacimiento)"))
    add.add_argument("--sex", choices=("female", "male", "other", "unknown"))
    add.add_argument("--civilian-military", choices=("civilian", "military", "unknown"))
    add.add_argument("--nationality")
    add.add_argument("--state", help=_say("the federal state of the arrest", "el estado de la detención"))
    add.add_argument("--facility-state", metavar="STATE", help=_say(
        "the federal state the facility is in", "el estado donde está el centro de reclusión"))
    add.add_argument("--serious-illness", metavar="TEXT", help=_say(
        "a serious health condition, in words", "una enfermedad grave, en palabras"))
    add.add_argument("--person", metavar="PERSON_ID",
                     help=_say("record a new detention of this existing person",
                               "registrar una nueva detención de esta persona"))
    search = command("search", cmd_search, "search cases", "buscar casos")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--json", action="store_true")
    show = command("show", cmd_show, "show one case", "mostrar un caso")
    show.add_argument("case_id", metavar="CASE_ID")
    show.add_argument("--json", action="store_true")
    verify = command("verify", cmd_verify, "check database integrity and the audit chain",
                     "verificar la integridad y la cadena de auditoría")
    verify.add_argument("--json", action="store_true")
    status = command("status", cmd_status, "summary of a vault", "resumen de una bóveda")
    status.add_argument("--json", action="store_true")
    demo = command("demo", cmd_demo, "fill a vault with synthetic cases", "llenar una bóveda con casos sintéticos")
    demo.add_argument("--cases", type=int, default=500)
    census = command("census", cmd_census, "how many are held on a date, and who entered and left",
                     "cuántos están detenidos en una fecha, y quién entró y salió")
    census.add_argument("--as-of", metavar="DATE")
    census.add_argument("--since", metavar="DATE")
    census.add_argument("--json", action="store_true")
    census.add_argument("--csv", metavar="OUT", help=_say("write the list of people held (not encrypted)",
                                                          "escribir la lista de detenidos (sin cifrar)"))
    census.add_argument("--pdf", metavar="OUT", help=_say("write the census report as PDF",
                                                          "escribir el informe del censo en PDF"))
    census.add_argument("--summary", action="store_true", help=_say(
        "print the paragraph the press quotes, ready to paste", "mostrar el párrafo que cita la prensa, listo para pegar"))
    census.add_argument("--open-data", metavar="OUT.csv", help=_say(
        "write a de-identified table for publication (and OUT.method.txt on how it was made)",
        "escribir una tabla sin datos personales para publicar (y OUT.method.txt sobre cómo se hizo)"))
    census.add_argument("--language", choices=("es", "en"))
    census.add_argument("--password-file", metavar="F", help=_say(
        "protect the PDF (AES-256) with the password in this file", "proteger el PDF (AES-256) con la contraseña de este archivo"))
    dossier = command("dossier", cmd_dossier, "a PDF dossier of one or more cases", "un expediente PDF")
    dossier.add_argument("case_ids", metavar="CASE_ID", nargs="+")
    dossier.add_argument("-o", "--output", required=True, metavar="OUT")
    dossier.add_argument("--each", action="store_true", help=_say(
        "one PDF per case, into the folder OUT", "un PDF por caso, en la carpeta OUT"))
    dossier.add_argument("--profile", default="internal", choices=("internal", "court", "family", "public"))
    dossier.add_argument("--language", choices=("es", "en"))
    dossier.add_argument("--password-file", metavar="F", help=_say(
        "protect the PDF (AES-256) with the password in this file", "proteger el PDF (AES-256) con la contraseña de este archivo"))
    sheet = command("recovery-sheet", cmd_recovery_sheet, "a new recovery key on a printable sheet (PDF)",
                    "palabras de recuperación nuevas en una hoja imprimible (PDF)")
    sheet.add_argument("-o", "--output", required=True, metavar="SHEET.pdf")
    command("recover", cmd_recover, "set a new passphrase with the recovery sheet's words",
            "poner una contraseña nueva con las palabras de la hoja de recuperación")
    backup = command("backup", cmd_backup, "make a verified encrypted backup now",
                     "hacer ahora una copia cifrada y verificada")
    backup.add_argument("--to", metavar="DIR", help=_say("another folder, e.g. an external drive",
                                                         "otra carpeta, p. ej. un disco externo"))
    listing = command("backups", cmd_backups, "list the vault's backups", "listar las copias de la bóveda")
    listing.add_argument("--json", action="store_true")
    restore = commands.add_parser("restore", help=_say("restore a backup into a new folder",
                                                       "restaurar una copia en una carpeta nueva"))
    restore.add_argument("backup", metavar="BACKUP")
    restore.add_argument("vault", metavar="NEW_VAULT")
    restore.set_defaults(handler=cmd_restore)
    importing = command("import", cmd_import, "import a spreadsheet (CSV, XLSX, ODS) without duplicates",
                        "importar una hoja de cálculo (CSV, XLSX, ODS) sin duplicados")
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--status-date", metavar="DATE", help=_say(
        "the date the list describes (default today)", "la fecha que describe la lista (por defecto, hoy)"))
    importing.add_argument("--dry-run", action="store_true", help=_say("show what would happen", "mostrar qué pasaría"))
    importing.add_argument("--map", action="append", metavar="COLUMN=FIELD", help=_say(
        "say what a column holds, by its letter or header (repeatable): --map B=full_name --map Situación=status",
        "indicar qué contiene una columna, por su letra o encabezado (repetible): --map B=full_name --map Situación=status"))
    importing.add_argument("--json", action="store_true")
    compare = command("compare", cmd_compare, "compare another group's list with the vault, without importing it",
                      "comparar la lista de otro grupo con la bóveda, sin importarla")
    compare.add_argument("file", metavar="FILE")
    compare.add_argument("--as-of", metavar="DATE", help=_say(
        "the date the list describes (default today)", "la fecha que describe la lista (por defecto, hoy)"))
    compare.add_argument("--map", action="append", metavar="COLUMN=FIELD", help=_say(
        "say what a column holds, as for import (repeatable)", "indicar qué contiene una columna, como al importar (repetible)"))
    compare.add_argument("--json", action="store_true")
    compare.add_argument("--xlsx", metavar="OUT.xlsx", help=_say(
        "write the comparison as a workbook (not encrypted)", "escribir la comparación en un libro XLSX (sin cifrar)"))
    compare.add_argument("--language", choices=("es", "en"))
    export = command("export", cmd_export, "the case list as CSV or XLSX (not encrypted)",
                     "la lista de casos en CSV o XLSX (sin cifrar)")
    export.add_argument("-o", "--output", required=True, metavar="OUT.csv|OUT.xlsx")
    export.add_argument("--columns", help=_say("comma-separated, e.g. name,national_id,status",
                                               "separadas por comas, p. ej. name,national_id,status"))
    export.add_argument("--profile", default="internal", choices=("internal", "court", "family", "public"))
    export.add_argument("--status", help=_say("only this status (or held)", "solo esta situación (o held)"))
    export.add_argument("--search", metavar="TEXT")
    export.add_argument("--language", choices=("es", "en"))
    imports = command("imports", cmd_imports, "the imports made, to undo one", "las importaciones hechas")
    imports.add_argument("--json", action="store_true")
    review = command("review", cmd_review, "rows of imports waiting for a decision (same person or not)",
                     "filas de importaciones que esperan una decisión (¿misma persona o no?)")
    review.add_argument("--decide", metavar="ITEM=merge:PERSON_ID|new|skip")
    review.add_argument("--json", action="store_true")
    undo_import = command("undo-import", cmd_undo_import, "undo a whole import", "deshacer una importación completa")
    undo_import.add_argument("batch", metavar="BATCH_ID")
    check = command("check-dossier", cmd_check_dossier,
                    "is a dossier (file, verification code or QR text) what this vault issued?",
                    "¿es un expediente (archivo, código de verificación o texto del QR) lo que emitió esta bóveda?")
    check.add_argument("file", metavar="FILE.pdf|CODE", help=_say(
        "the dossier's PDF, its verification code (K7QM-3XHP) or the text of its QR code",
        "el PDF del expediente, su código de verificación (K7QM-3XHP) o el texto de su código QR"))
    check.add_argument("--password-file", metavar="F", help=_say(
        "a file whose first line is the dossier's password", "un archivo cuya primera línea es la contraseña del expediente"))
    check.add_argument("--json", action="store_true", help=_say(
        "the result as JSON: ok, failed (which check failed), checks, page, messages",
        "el resultado en JSON: ok, failed (qué comprobación falló), checks, page, messages"))
    evidence = commands.add_parser("evidence", help=_say("evidence files of a case", "evidencias de un caso"))
    evidence_commands = evidence.add_subparsers(title="commands", metavar="COMMAND", required=True)
    evidence_add = evidence_commands.add_parser("add", help=_say("add files to a case", "añadir archivos a un caso"))
    evidence_add.add_argument("vault", metavar="VAULT")
    evidence_add.add_argument("case_id", metavar="CASE_ID")
    evidence_add.add_argument("files", metavar="FILE", nargs="+")
    evidence_add.add_argument("--kind", help=", ".join(kind.value for kind in EvidenceKind))
    evidence_add.add_argument("--source")
    evidence_add.set_defaults(handler=cmd_evidence_add)
    evidence_list = evidence_commands.add_parser("list", help=_say("list a case's evidence", "listar las evidencias"))
    evidence_list.add_argument("vault", metavar="VAULT")
    evidence_list.add_argument("case_id", metavar="CASE_ID")
    evidence_list.add_argument("--json", action="store_true")
    evidence_list.set_defaults(handler=cmd_evidence_list)
    evidence_export = evidence_commands.add_parser("export", help=_say("write a decrypted copy", "escribir una copia descifrada"))
    evidence_export.add_argument("vault", metavar="VAULT")
    evidence_export.add_argument("evidence_id", metavar="EVIDENCE_ID")
    evidence_export.add_argument("-o", "--output", required=True, metavar="OUT")
    evidence_export.set_defaults(handler=cmd_evidence_export)
    releases = commands.add_parser("releases", help=_say("announced release lists", "listas de excarcelaciones"))
    releases_commands = releases.add_subparsers(title="commands", metavar="COMMAND", required=True)
    releases_match = releases_commands.add_parser("match", help=_say(
        "match a list of names to the people held", "identificar una lista de nombres entre los detenidos"))
    releases_match.add_argument("vault", metavar="VAULT")
    releases_match.add_argument("list", metavar="LIST")
    releases_match.add_argument("--date", help=_say("the announced release date", "la fecha anunciada"))
    releases_match.add_argument("--json", action="store_true")
    releases_match.add_argument("--create-claims", action="store_true", help=_say(
        "record a claim to verify for each matched name", "registrar una afirmación por verificar por nombre"))
    releases_match.set_defaults(handler=cmd_releases_match)
    releases_status = releases_commands.add_parser("status", help=_say(
        "releases claimed, verified and disputed per day since an announcement",
        "excarcelaciones afirmadas, verificadas y controvertidas por día desde un anuncio"))
    releases_status.add_argument("vault", metavar="VAULT")
    releases_status.add_argument("--since", required=True, metavar="DATE", help=_say(
        "the announcement date", "la fecha del anuncio"))
    releases_status.add_argument("--json", action="store_true")
    releases_status.set_defaults(handler=cmd_releases_status)
    bundle = commands.add_parser("bundle", help=_say("exchange cases with colleagues' vaults",
                                                      "intercambiar casos con bóvedas de colegas"))
    bundle_commands = bundle.add_subparsers(title="commands", metavar="COMMAND", required=True)

    def bundle_command(name: str, handler: Callable, help_en: str, help_es: str):
        sub = bundle_commands.add_parser(name, help=_say(help_en, help_es))
        sub.add_argument("vault", metavar="VAULT")
        sub.set_defaults(handler=handler)
        return sub
    identity = bundle_command("identity", cmd_bundle_identity, "this vault's exchange key and fingerprint",
                              "la clave de intercambio y su huella")
    identity.add_argument("--name", help=_say("how colleagues will see you", "cómo le verán sus colegas"))
    identity.add_argument("--export", metavar="FILE", help=_say("write the public key file", "escribir la clave pública"))
    colleague = bundle_command("add-colleague", cmd_bundle_add_colleague, "keep a colleague's public key",
                               "guardar la clave pública de un colega")
    colleague.add_argument("key_file", metavar="KEY_FILE")
    colleague.add_argument("--name")
    colleague.add_argument("--verified-by", metavar="WHO", help=_say(
        "who compared the fingerprint with the colleague", "quién comparó la huella con el colega"))
    bundle_export = bundle_command("export", cmd_bundle_export, "write an encrypted bundle of cases",
                                   "escribir un paquete cifrado de casos")
    bundle_export.add_argument("case_ids", metavar="CASE_ID", nargs="+")
    bundle_export.add_argument("-o", "--output", required=True, metavar="FILE")
    bundle_export.add_argument("--to", action="append", metavar="PUBKEY_FILE")
    bundle_export.add_argument("--passphrase-file", metavar="F")
    bundle_export.add_argument("--profile", default="internal", choices=("internal", "court", "family", "public"))
    bundle_export.add_argument("--with-evidence", action="store_true")
    bundle_export.add_argument("--name", help=_say("how the recipients will see you (default: the vault folder's name)",
                                                   "cómo le verán los destinatarios (por omisión: el nombre de la "
                                                   "carpeta de la bóveda)"))
    bundle_import = bundle_command("import", cmd_bundle_import, "merge a colleague's bundle",
                                   "incorporar el paquete de un colega")
    bundle_import.add_argument("file", metavar="FILE")
    bundle_import.add_argument("--passphrase-file", metavar="F")
    bundle_import.add_argument("--accept-unverified", action="store_true", help=_say(
        "take a bundle from someone not among your colleagues as proposals and conflicts to decide (nothing applies "
        "by itself)", "tomar un paquete de alguien que no está entre sus colegas como propuestas y conflictos por "
        "decidir (nada se aplica solo)"))
    bundle_import.add_argument("--json", action="store_true")
    bundle_conflicts = bundle_command("conflicts", cmd_bundle_conflicts, "what bundles brought that waits for a decision",
                                      "lo que trajeron los paquetes y espera una decisión")
    bundle_conflicts.add_argument("--json", action="store_true")
    bundle_decide = bundle_command("decide", cmd_bundle_decide, "decide a conflict or a proposed record",
                                   "decidir un conflicto o un registro propuesto")
    bundle_decide.add_argument("conflict_id", metavar="ID", type=int)
    bundle_decide.add_argument("--take", action="append", metavar="FIELD", help=_say(
        "a field that takes the sender's value (repeatable); none: keep this vault's, or decline a proposed record",
        "un campo que toma el valor del remitente (repetible); ninguno: conservar el de esta bóveda, o rechazar un "
        "registro propuesto"))
    bundle_decide.add_argument("--accept", action="store_true", help=_say(
        "take every field: accept a proposed record", "tomar todos los campos: aceptar un registro propuesto"))
    sign = command("letterhead", cmd_letterhead, "the organisation's letterhead on dossiers and census reports",
                   "el membrete de la organización en expedientes e informes del censo")
    sign.add_argument("--name", help=_say("the organisation's name", "el nombre de la organización"))
    sign.add_argument("--address", help=_say("its address (\\n between lines)", "su dirección (\\n entre líneas)"))
    sign.add_argument("--lawyer", help=_say("the responsible lawyer", "el abogado o abogada responsable"))
    sign.add_argument("--signature-block", metavar="TEXT", help=_say(
        "the lines under the line to sign on court and family dossiers: name, title, bar number (\\n between lines)",
        "las líneas bajo la línea de firma en expedientes para tribunal y familia: nombre, cargo, "
        "n.º de inscripción (\\n entre líneas)"))
    sign_logo = sign.add_mutually_exclusive_group()
    sign_logo.add_argument("--logo", metavar="FILE", help=_say(
        "a PNG or JPEG logo (kept encrypted inside the vault)", "un logo PNG o JPEG (se guarda cifrado en la bóveda)"))
    sign_logo.add_argument("--no-logo", action="store_true", help=_say("remove the logo", "quitar el logo"))
    sign.add_argument("--clear", action="store_true", help=_say(
        "remove the whole letterhead (before applying the other options)",
        "quitar todo el membrete (antes de aplicar las demás opciones)"))
    sign.add_argument("--show", action="store_true", help=_say(
        "show it (what it does with no other option)", "mostrarlo (lo que hace sin otras opciones)"))
    sign.add_argument("--json", action="store_true")
    from casedesk.cli_court import add_commands as add_court_commands
    add_court_commands(commands, command)
    from casedesk.cli_filings import add_commands as add_filing_commands
    add_filing_commands(commands, command)
    from casedesk.cli_team import add_commands as add_team_commands
    add_team_commands(commands, command)
    command("self-test", cmd_self_test, "check this installation on a throwaway vault",
            "comprobar esta instalación con una bóveda desechable", vault=False)
    bench = command("bench", cmd_bench, "measure speed against plain SQLite", "medir la velocidad", vault=False)
    bench.add_argument("--cases", type=int, default=100_000)
    bench.add_argument("--json", action="store_true")
    bench.add_argument("--gui", action="store_true", help=_say("measure the window instead", "medir la ventana"))
    bench.add_argument("--deadlines", action="store_true", help=_say(
        "measure the legal deadlines over CASES cases with proceedings, against plain SQLite",
        "medir los plazos legales sobre CASES casos con causas, frente a SQLite sin cifrar"))
    bench.add_argument("--dossiers", action="store_true", help=_say(
        "measure dossiers against raw ReportLab", "medir los expedientes frente a ReportLab solo"))
    bench.add_argument("--bundle", action="store_true", help=_say(
        "measure exporting and importing a bundle of 1,000 cases", "medir un paquete de 1.000 casos"))
    bench.add_argument("--team", action="store_true", help=_say(
        "simulate a team syncing through one folder (each lawyer one change and one pass a minute)",
        "simular un equipo que sincroniza por una carpeta (cada abogado un cambio y una pasada por minuto)"))
    bench.add_argument("--team-vaults", type=int, default=20, metavar="N", help=_say(
        "lawyers (vaults) in the team simulation", "abogados (bóvedas) de la simulación de equipo"))
    bench.add_argument("--team-cases", type=int, default=2000, metavar="N", help=_say(
        "cases every vault holds in the team simulation", "casos que tiene cada bóveda en la simulación de equipo"))
    bench.add_argument("--team-minutes", type=int, default=5, metavar="N", help=_say(
        "simulated minutes of the team simulation", "minutos simulados de la simulación de equipo"))
    bench.add_argument("--team-pending", type=int, default=100, metavar="N", help=_say(
        "bundles waiting for one vault in the timed pass", "paquetes que esperan a una bóveda en la pasada medida"))
    bench.add_argument("--team-profile", type=Path, metavar="FILE", help=_say(
        "write a cProfile of that pass to FILE", "escribir un perfil cProfile de esa pasada en FILE"))
    bench.add_argument("--pdf-rows", type=int, metavar="PEOPLE", help=_say(
        "measure importing a PDF report of PEOPLE rows", "medir la importación de un informe PDF de PEOPLE filas"))
    bench.add_argument("--import-rows", type=int, metavar="ROWS", help=_say(
        "measure importing a messy list of ROWS people into the vault", "medir la importación de una lista de ROWS personas"))
    bench.add_argument("--compare-rows", type=int, metavar="ROWS", help=_say(
        "measure comparing a messy list of ROWS people with the vault", "medir la comparación de una lista de ROWS personas"))
    bench.add_argument("--evidence-mb", type=int, metavar="MB",
                       help=_say("measure the intake of one file of MB megabytes", "medir la entrada de un archivo de MB megabytes"))
    return parser


def _is_text(value: str) -> bool:
    """False for a value the system could not decode as UTF-8 (Python keeps its bytes as lone
    surrogates, which no file name, name or passphrase can be stored with)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _undecodable_argument(argv: list[str]) -> int:
    """Say which argument is not UTF-8 text, its bytes shown; the usage exit code."""
    position, argument = next((position, argument) for position, argument in enumerate(argv, start=1)
                              if not _is_text(argument))
    shown = _terminal(os.fsencode(argument).decode("utf-8", errors="backslashreplace"))
    print(_say(f"Argument {position} is not valid text (UTF-8): {shown}. Retype it in a UTF-8 terminal, "
               "or rename the file so that its name is UTF-8.",
               f"El argumento {position} no es texto válido (UTF-8): {shown}. Escríbalo de nuevo en un terminal "
               "UTF-8 o cambie el nombre del archivo para que sea UTF-8."), file=sys.stderr)
    return EXIT_USAGE


def main(argv: list[str] | None = None) -> int:
    streams = sys.stdout, sys.stderr
    # None in a windowed (frozen) app, where print() writes nothing: left as it is.
    sys.stdout, sys.stderr = (None if stream is None else _VisibleStream(stream) for stream in streams)
    try:
        return _main(sys.argv[1:] if argv is None else list(argv))
    finally:
        sys.stdout, sys.stderr = streams


def _main(argv: list[str]) -> int:
    from casedesk.safety import disable_core_dumps, restrict_new_files
    disable_core_dumps()
    restrict_new_files()          # every file this process writes is private to its owner (umask 077)
    if not all(map(_is_text, argv)):
        return _undecodable_argument(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    from casedesk.storage.keys import test_only_fast_kdf_enabled
    if test_only_fast_kdf_enabled():
        print("WARNING: test-only weak key derivation is on (CASEDESK_TEST_ONLY_FAST_KDF=1); "
              "never use it for real cases.", file=sys.stderr)
    try:
        try:
            return args.handler(args)
        except (peewee.DatabaseError, sqlcipher.DatabaseError) as unreadable:
            raise damage_from(unreadable) from None     # a damaged page met while reading
    except CaseDeskError as error:
        print(error.message(language()), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(_say("Interrupted; nothing was half-written.", "Interrumpido; no quedó nada a medio escribir."),
              file=sys.stderr)
        return 130
    except Exception as unexpected:  # a bug: say so without a traceback that may hold case data
        if os.environ.get("CASEDESK_DEBUG") == "1":
            raise
        print(_say(f"Unexpected internal error ({type(unexpected).__name__}); the last saved change is "
                   "intact. Run with CASEDESK_DEBUG=1 to see details.",
                   f"Error interno inesperado ({type(unexpected).__name__}); el último cambio guardado está "
                   "intacto. Ejecute con CASEDESK_DEBUG=1 para ver detalles."), file=sys.stderr)
        return 1
