"""The command line's court commands: `proceeding`, `hearing` and `deadlines`.

Kept apart from cli.py (which assembles the parser) as the first of the per-group modules the
command line is growing into.
"""

from __future__ import annotations

import sys
from datetime import date
from typing import Callable

from casedesk.domain.vocabulary import PROCEEDING_EVENT_KINDS, EventKind, HearingOutcome, Jurisdiction, Phase, Status


def _cli():
    from casedesk import cli
    return cli


def cmd_proceeding_add(args) -> int:
    from casedesk.services.proceedings import add_proceeding
    cli = _cli()
    with cli._open(args.vault) as vault:
        print(add_proceeding(vault, court=args.court, file_number=args.number, judge=args.judge or "",
                             prosecutor=args.prosecutor or "", jurisdiction=args.jurisdiction, phase=args.phase,
                             case_uuids=args.case_ids))
    return 0


def cmd_proceeding_show(args) -> int:
    from casedesk.services.proceedings import proceeding_details
    cli = _cli()
    with cli._open(args.vault):
        details = proceeding_details(args.proceeding_id)
    if args.json:
        cli._print_json(details)
        return 0
    lang = cli.language()
    say = cli._say
    print(" — ".join(part for part in (details["file_number"], details["court"]) if part))
    lines = [
        (say("Proceeding id", "Id de la causa"), details["id"]),
        (say("Jurisdiction", "Jurisdicción"), Jurisdiction(details["jurisdiction"]).label(lang)),
        (say("Phase", "Fase"), Phase(details["phase"]).label(lang)),
        (say("Judge", "Juez/a"), details["judge"] or "—"),
        (say("Prosecutor", "Fiscal"), details["prosecutor"] or "—"),
        (say("Hearings held", "Audiencias realizadas"), details["hearings_held"]),
        (say("Hearings deferred", "Audiencias diferidas"), details["hearings_deferred"]),
    ]
    for label, value in lines:
        print(f"  {label + ':':<24} {value}")
    print(say(f"Defendants ({len(details['defendants'])}):", f"Imputados ({len(details['defendants'])}):"))
    for defendant in details["defendants"]:
        print(f"  {defendant['case_id'][:8]}  {cli._terminal(defendant['name']):<40} "
              f"{Status(defendant['status']).label(lang)}")
    if details["events"]:
        print(say("Hearings and decisions:", "Audiencias y decisiones:"))
        for event in details["events"]:
            outcome = f" — {HearingOutcome(event['outcome']).label(lang)}" if event["outcome"] else ""
            note = f" — {cli._terminal(event['note'])}" if event["note"] else ""
            print(f"  {event['date']}  {EventKind(event['kind']).label(lang)}{outcome}{note}")
    return 0


def cmd_hearing_add(args) -> int:
    from casedesk.domain.normalize import parse_date
    from casedesk.services.proceedings import add_proceeding_event
    cli = _cli()
    with cli._open(args.vault) as vault:
        print(add_proceeding_event(vault, args.proceeding_id, args.kind, parse_date(args.date),
                                   outcome=args.outcome, note=args.note or ""))
    return 0


def cmd_deadlines(args) -> int:
    from casedesk.domain.normalize import parse_date
    from casedesk.services.deadlines import deadlines_as_of, set_deadline_settings
    cli = _cli()
    as_of = parse_date(args.as_of).value if args.as_of else date.today()
    lang = cli.language()
    changes = {name: value for name, value in (("whereabouts_days", args.whereabouts_days),
                                               ("deferrals", args.deferrals)) if value is not None}
    with cli._open(args.vault) as vault:
        if changes:
            set_deadline_settings(vault, **changes)
        findings = deadlines_as_of(as_of)
    if args.json:
        cli._print_json({"as_of": as_of.isoformat(), "deadlines": [finding.to_json(lang) for finding in findings]})
        return 0
    from casedesk.domain.deadlines import RULES
    current = None
    for finding in findings:
        if finding.rule is not current:
            current = finding.rule
            rule = RULES[current]
            print(f"\n{rule.name(lang)}")
            print(f"  {rule.basis(lang)}")
        data = finding.to_json(lang)
        print(f"  {finding.case_id[:8]}  {cli._terminal(finding.name):<36} {data['summary']}")
    print(cli._say(f"{cli._count(len(findings), 'deadline', 'deadlines')} as of {as_of.isoformat()}.",
                   f"{cli._count(len(findings), 'plazo', 'plazos')} al {as_of.isoformat()}."), file=sys.stderr)
    return 0


def add_commands(commands, command: Callable) -> None:
    """Add the court commands to the parser's subcommands (`command` makes one taking VAULT)."""
    say = _cli()._say
    proceeding = commands.add_parser("proceeding", help=say("court proceedings (causa) and their defendants",
                                                            "causas judiciales y sus imputados"))
    proceeding_commands = proceeding.add_subparsers(title="commands", metavar="COMMAND", required=True)
    add = proceeding_commands.add_parser("add", help=say(
        "record a proceeding and link its defendants' cases; prints its id",
        "registrar una causa y vincular los casos de sus imputados; muestra su id"))
    add.add_argument("vault", metavar="VAULT")
    add.add_argument("case_ids", metavar="CASE_ID", nargs="+")
    add.add_argument("--court", required=True)
    add.add_argument("--number", required=True, help=say("the file number (expediente)", "el número de expediente"))
    add.add_argument("--jurisdiction", choices=[j.value for j in Jurisdiction], help=say(
        "ordinary or military (default: military when the court's name says so)",
        "ordinaria o militar (por defecto: militar si el nombre del tribunal lo dice)"))
    add.add_argument("--phase", choices=[p.value for p in Phase])
    add.add_argument("--judge")
    add.add_argument("--prosecutor")
    add.set_defaults(handler=cmd_proceeding_add)
    show = proceeding_commands.add_parser("show", help=say("show a proceeding", "mostrar una causa"))
    show.add_argument("vault", metavar="VAULT")
    show.add_argument("proceeding_id", metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_proceeding_show)

    hearing = commands.add_parser("hearing", help=say("hearings and decisions of a proceeding",
                                                      "audiencias y decisiones de una causa"))
    hearing_commands = hearing.add_subparsers(title="commands", metavar="COMMAND", required=True)
    hearing_add = hearing_commands.add_parser("add", help=say(
        "record a hearing or decision on a proceeding (it reaches every defendant's timeline)",
        "registrar una audiencia o decisión en una causa (llega a la cronología de cada imputado)"))
    hearing_add.add_argument("vault", metavar="VAULT")
    hearing_add.add_argument("proceeding_id", metavar="PROCEEDING_ID")
    hearing_add.add_argument("--date", required=True)
    hearing_add.add_argument("--kind", required=True, choices=[k.value for k in PROCEEDING_EVENT_KINDS])
    hearing_add.add_argument("--outcome", choices=[o.value for o in HearingOutcome])
    hearing_add.add_argument("--note")
    hearing_add.set_defaults(handler=cmd_hearing_add)

    deadlines = command("deadlines", cmd_deadlines, "legal deadlines reached or near, case by case",
                        "plazos legales vencidos o próximos, caso por caso")
    deadlines.add_argument("--as-of", metavar="DATE")
    deadlines.add_argument("--json", action="store_true")
    deadlines.add_argument("--whereabouts-days", type=int, metavar="N", help=say(
        "set this vault's limit of days with whereabouts unknown (default 7)",
        "fijar en esta bóveda el límite de días con paradero desconocido (por defecto 7)"))
    deadlines.add_argument("--deferrals", type=int, metavar="N", help=say(
        "set how many deferred hearings this vault tolerates before warning (default 3)",
        "fijar cuántas audiencias diferidas tolera esta bóveda antes de avisar (por defecto 3)"))

