"""The command line's `filing` command: a petition drafted from a case, as an editable DOCX.

    casedesk filing --list
    casedesk filing VAULT CASE_ID --template NAME -o OUT.docx [--language es|en]

Kept apart from cli.py (which assembles the parser), one module per command group.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

from casedesk.domain.errors import CaseDeskError


def _cli():
    from casedesk import cli
    return cli


def cmd_filing(args) -> int:
    from casedesk.services.filings import draft_filing, filing_templates, find_template
    cli = _cli()
    lang = cli.language()
    if args.list:
        for template in filing_templates():
            print(f"{template.name:<16} {'/'.join(template.languages):<6} {template.title(lang)}")
            print(f"{'':<23} {template.description(lang)}")
        return 0
    missing = [name for name, value in (("VAULT", args.vault), ("CASE_ID", args.case_id),
                                        ("--template", args.template), ("-o/--output", args.output)) if not value]
    if missing:
        raise _Usage(f"filing needs {', '.join(missing)} (or --list to see the templates).",
                     f"filing necesita {', '.join(missing)} (o --list para ver las plantillas).")
    template = find_template(args.template)            # a misspelt name is said before the passphrase is asked
    with cli._open(args.vault) as vault:
        filing = draft_filing(vault, args.case_id, template.name, Path(args.output), language=args.language)
    print(cli._say(f"Filing written to {filing.path} (not encrypted; recorded in the case's timeline).",
                   f"Escrito guardado en {filing.path} (sin cifrar; anotado en la cronología del caso)."),
          file=sys.stderr)
    return 0


class _Usage(CaseDeskError):
    exit_code = 2


def add_commands(commands, command: Callable) -> None:
    """Add `filing` to the parser's subcommands."""
    say = _cli()._say
    filing = commands.add_parser("filing", help=say(
        "draft a filing (decaimiento, habeas corpus, WGAD…) from a case, as an editable DOCX",
        "redactar un escrito (decaimiento, habeas corpus, GTDA…) a partir de un caso, en DOCX editable"))
    filing.add_argument("vault", metavar="VAULT", nargs="?", help=say("the vault folder", "la carpeta de la bóveda"))
    filing.add_argument("case_id", metavar="CASE_ID", nargs="?")
    filing.add_argument("--template", metavar="NAME", help=say("which filing (see --list)", "qué escrito (vea --list)"))
    filing.add_argument("-o", "--output", metavar="OUT.docx")
    filing.add_argument("--language", choices=("es", "en"), help=say(
        "the filing's language, when its template has both (default: the template's first)",
        "el idioma del escrito, si la plantilla tiene ambos (por defecto, el primero)"))
    filing.add_argument("--list", action="store_true", help=say("list the templates", "listar las plantillas"))
    filing.set_defaults(handler=cmd_filing)
