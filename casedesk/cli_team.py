"""The command line's `team` commands: a vault kept in step with colleagues through a folder
that Syncthing, a shared drive or a USB stick carries (services/team.py)."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any, Callable


def _cli():
    from casedesk import cli
    return cli


def cmd_team_join(args) -> int:
    from casedesk.services import team
    cli = _cli()
    with cli._open(args.vault) as vault:
        values = team.join(vault, Path(args.folder), rotate_every_days=args.rotate_every_days)
    print(cli._say(f"Team folder: {values['folder']}. Share it with Syncthing (or carry it on a USB stick); "
                   "run `casedesk team sync` to exchange.",
                   f"Carpeta de equipo: {values['folder']}. Compártala con Syncthing (o llévela en una memoria "
                   "USB); ejecute `casedesk team sync` para intercambiar."))
    return 0


def cmd_team_sync(args) -> int:
    from casedesk.services import team
    cli = _cli()
    with cli._open(args.vault) as vault:
        report = team.sync_pass(vault)
    if args.json:
        cli._print_json(report)
        return 0
    say = cli._say
    received = report["received"]
    created = sum(item["created"] for item in received)
    updated = sum(item["updated"] for item in received)
    deleted = sum(item["deleted"] for item in received)
    print(say(f"Read {cli._count(len(received), 'bundle', 'bundles')} ({created} records new, {updated} updated, "
              f"{deleted} deleted); sent {cli._count(len(report['sent']), 'bundle', 'bundles')}.",
              f"Leídos {cli._count(len(received), 'paquete', 'paquetes')} ({created} registros nuevos, {updated} "
              f"actualizados, {deleted} borrados); enviados {cli._count(len(report['sent']), 'paquete', 'paquetes')}."))
    for item in report["deletions_kept"]:
        kind_es = {"contact": "un contacto", "event": "un evento"}[item["entity"]]
        print(say(f"{cli._terminal(item['from'])} deleted a {item['entity']} ({item['uuid']}) that was changed here "
                  "meanwhile: it is kept, and your change goes back to them.",
                  f"{cli._terminal(item['from'])} borró {kind_es} ({item['uuid']}) que aquí se había cambiado "
                  "mientras tanto: se conserva, y su cambio vuelve a esa persona."))
    for notice in report["notices"]:
        if notice["verified"]:
            print(say(f"{cli._terminal(notice['from'])} replaced their keys on schedule; the new key "
                      f"{notice['new_fingerprint']} is trusted on the old one's word.",
                      f"{cli._terminal(notice['from'])} reemplazó sus claves según el calendario; la nueva clave "
                      f"{notice['new_fingerprint']} se acepta por la palabra de la anterior."))
        else:
            print(say(f"{cli._terminal(notice['from'])}'s laptop was seized: their old key is no longer accepted. "
                      f"Compare the new fingerprint {notice['new_fingerprint']} with them by phone or in person, then "
                      "`casedesk team verify`.",
                      f"El portátil de {cli._terminal(notice['from'])} fue incautado: su clave anterior ya no se "
                      f"acepta. Compare con esa persona la nueva huella {notice['new_fingerprint']} por teléfono o en "
                      "persona, y luego `casedesk team verify`."))
    for item in report["ignored"]:
        print(say(f"Ignored a file signed by {item['fingerprint']} ({item['why']}).",
                  f"Se ignoró un archivo firmado por {item['fingerprint']} "
                  f"({_WHY_ES.get(item['why'], item['why'])})."), file=sys.stderr)
    for item in report["refused"]:
        print(say(f"Refused a bundle from {cli._terminal(item['from'])}: {item['why_en']}",
                  f"Se rechazó un paquete de {cli._terminal(item['from'])}: {item['why_es']}"), file=sys.stderr)
    _print_status(report["status"])
    return 0


_WHY_ES = {"not among your colleagues": "no está entre sus colegas", "removed": "retirada",
           "not verified yet": "aún sin verificar", "incomplete or damaged": "incompleto o dañado"}


def _print_status(state: dict[str, Any]) -> None:
    cli = _cli()
    say = cli._say
    last = ""
    if state.get("last_pass"):
        last = datetime.fromisoformat(state["last_pass"]).astimezone().strftime("%Y-%m-%d %H:%M")
    print(say(f"In step with {state['in_step']} of {cli._count(state['colleagues'], 'colleague', 'colleagues')}"
              f"{', last pass ' + last if last else ''}.",
              f"Al día con {state['in_step']} de {cli._count(state['colleagues'], 'colega', 'colegas')}"
              f"{', último intercambio ' + last if last else ''}."))
    if state["conflicts"]:
        print(say(f"{cli._count(state['conflicts'], 'conflict', 'conflicts')} to decide (bundle conflicts).",
                  f"{cli._count(state['conflicts'], 'conflicto', 'conflictos')} por decidir (bundle conflicts)."))
    if state["waiting_files"]:
        print(say(f"{cli._count(state['waiting_files'], 'file waits', 'files wait')} for an earlier one to arrive.",
                  f"{cli._count(state['waiting_files'], 'archivo espera', 'archivos esperan')} a que llegue uno "
                  "anterior."))
    for name in state["unverified"]:
        print(say(f"{cli._terminal(name)}: key waiting for a fingerprint check.",
                  f"{cli._terminal(name)}: clave que espera la comprobación de la huella."))


def cmd_team_status(args) -> int:
    from casedesk.services import team
    cli = _cli()
    with cli._open(args.vault):
        state = team.status()
    if args.json:
        cli._print_json(state)
    elif not state["joined"]:
        print(cli._say("This vault has no team folder.", "Esta bóveda no tiene carpeta de equipo."))
    else:
        _print_status(state)
    return 0


def cmd_team_doctor(args) -> int:
    from casedesk.services import team
    cli = _cli()
    with cli._open(args.vault) as vault:
        findings = team.doctor(vault)
    if args.json:
        cli._print_json(findings)
    else:
        marks = {"ok": "✓", "warning": "!", "problem": "✗"}
        for finding in findings:
            print(f"{marks[finding['level']]} {finding[cli.language()]}")
    return 1 if any(finding["level"] == "problem" for finding in findings) else 0


def cmd_team_policy(args) -> int:
    from casedesk.services import team
    cli = _cli()
    cases_filter = {key: values for key in ("facility", "state", "lawyer", "proceeding")
                    if (values := getattr(args, key))}
    with cli._open(args.vault) as vault:
        policy = team.set_policy(vault, args.colleague, profile=args.profile, cases_filter=cases_filter,
                                 contacts=args.contacts, evidence=args.evidence)
    cli._print_json(policy)
    return 0


def cmd_team_verify(args) -> int:
    from casedesk.services import bundles, team
    cli = _cli()
    with cli._open(args.vault) as vault:
        colleague = team._find_colleague(args.colleague)
        bundles.mark_verified(vault, colleague, args.verified_by)
    print(cli._say(f"{cli._terminal(colleague.name)} ({colleague.fingerprint}) verified.",
                   f"{cli._terminal(colleague.name)} ({colleague.fingerprint}) verificado."))
    return 0


def cmd_team_remove(args) -> int:
    from casedesk.services import team
    cli = _cli()
    with cli._open(args.vault) as vault:
        colleague = team.remove(vault, args.colleague)
    print(cli._say(f"{cli._terminal(colleague.name)} removed: nothing more is sent to them and their files are "
                   "ignored.",
                   f"{cli._terminal(colleague.name)} retirado: no se le envía nada más y sus archivos se ignoran."))
    return 0


def cmd_team_rotate(args) -> int:
    from casedesk.services import team
    cli = _cli()
    with cli._open(args.vault) as vault:
        result = team.rotate_keys(vault, "seized" if args.seized or args.handler is cmd_team_seized else "rotated")
    if args.json:
        cli._print_json(result)
        return 0
    print(cli._say(f"New keys: fingerprint {result['new_fingerprint']}. {len(result['told'])} colleagues will be "
                   "told on their next pass.",
                   f"Claves nuevas: huella {result['new_fingerprint']}. Se avisará a {len(result['told'])} colegas en "
                   "su próximo intercambio."))
    if result["reason"] == "seized":
        print(cli._say("Read the new fingerprint to each colleague by phone or in person: they accept nothing from "
                       "this vault until they have checked it.",
                       "Lea la nueva huella a cada colega por teléfono o en persona: no aceptan nada de esta bóveda "
                       "hasta haberla comprobado."))
    return 0


def cmd_team_seized(args) -> int:
    return cmd_team_rotate(args)


def add_commands(commands, command: Callable) -> None:
    """Add `team` to the parser's subcommands."""
    say = _cli()._say
    team = commands.add_parser("team", help=say("keep cases in step with colleagues through a synced folder",
                                                 "mantener los casos al día con colegas mediante una carpeta "
                                                 "sincronizada"))
    team_commands = team.add_subparsers(title="commands", metavar="COMMAND", required=True)

    def team_command(name: str, handler: Callable, help_en: str, help_es: str):
        sub = team_commands.add_parser(name, help=say(help_en, help_es))
        sub.add_argument("vault", metavar="VAULT")
        sub.set_defaults(handler=handler)
        return sub

    join = team_command("join", cmd_team_join, "make FOLDER this vault's team folder",
                        "hacer de FOLDER la carpeta de equipo de esta bóveda")
    join.add_argument("folder", metavar="FOLDER")
    join.add_argument("--rotate-every-days", type=int, default=90, metavar="N", help=say(
        "replace this vault's keys every N days (0: never; default 90)",
        "reemplazar las claves de esta bóveda cada N días (0: nunca; por defecto 90)"))
    sync = team_command("sync", cmd_team_sync, "one exchange: read colleagues' bundles, send this vault's changes",
                        "un intercambio: leer los paquetes de los colegas, enviar los cambios de esta bóveda")
    sync.add_argument("--json", action="store_true")
    state = team_command("status", cmd_team_status, "how far the team is in step", "cuán al día está el equipo")
    state.add_argument("--json", action="store_true")
    doctor = team_command("doctor", cmd_team_doctor, "check the team folder (and a local Syncthing)",
                          "comprobar la carpeta de equipo (y un Syncthing local)")
    doctor.add_argument("--json", action="store_true")
    policy = team_command("policy", cmd_team_policy, "what a colleague receives",
                          "qué recibe un colega")
    policy.add_argument("colleague", metavar="COLLEAGUE", help=say("name or fingerprint", "nombre o huella"))
    policy.add_argument("--profile", default="internal", choices=("internal", "court", "family", "public"))
    for key, en, es in (("facility", "only cases in this facility (repeatable)", "solo casos en este centro (repetible)"),
                        ("state", "only cases in this state (repeatable)", "solo casos en este estado (repetible)"),
                        ("lawyer", "only cases of this lawyer (repeatable)", "solo casos de este abogado (repetible)"),
                        ("proceeding", "only cases in this file number (repeatable)",
                         "solo casos de este expediente (repetible)")):
        policy.add_argument(f"--{key}", action="append", metavar="VALUE", help=say(en, es))
    policy.add_argument("--contacts", action="store_true", help=say("send family contacts too",
                                                                    "enviar también los contactos familiares"))
    policy.add_argument("--evidence", action="store_true", help=say("send evidence records and files too",
                                                                    "enviar también las evidencias y sus archivos"))
    verify = team_command("verify", cmd_team_verify, "trust a colleague's key after comparing its fingerprint",
                          "confiar en la clave de un colega tras comparar su huella")
    verify.add_argument("colleague", metavar="COLLEAGUE")
    verify.add_argument("--verified-by", required=True, metavar="WHO")
    remove = team_command("remove", cmd_team_remove, "a colleague leaves the team", "un colega deja el equipo")
    remove.add_argument("colleague", metavar="COLLEAGUE")
    rotate = team_command("rotate-keys", cmd_team_rotate, "replace this vault's keys and tell the team",
                          "reemplazar las claves de esta bóveda y avisar al equipo")
    rotate.add_argument("--seized", action="store_true", help=say(
        "this laptop (or one holding this vault) was seized: colleagues stop accepting the old key at once",
        "este portátil (u otro con esta bóveda) fue incautado: los colegas dejan de aceptar la clave anterior"))
    rotate.add_argument("--json", action="store_true")
    seized = team_command("seized", cmd_team_seized, "a laptop holding this vault was seized: new keys, team told",
                          "se incautó un portátil con esta bóveda: claves nuevas y aviso al equipo")
    seized.add_argument("--json", action="store_true")
    seized.set_defaults(seized=True)
    del command
