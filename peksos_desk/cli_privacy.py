"""``peksos-desk export-client``: one client's whole record as a ZIP (UU PDP: the rights of access and to a copy).

The ZIP is not encrypted: the command says so on standard error, so whoever runs it knows that the file holds
sensitive personal data and must be handed over and kept with care.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from peksos_desk.domain.text import Text, current_language
from peksos_desk.services.app import Services
from peksos_desk.services.clients import ClientView

SENSITIVE_WARNING = Text(
    "Perhatian: berkas ini memuat data pribadi spesifik klien (UU No. 27 Tahun 2022) dan tidak dienkripsi. "
    "Serahkan hanya kepada klien atau walinya, melalui cara yang aman, dan hapus salinan yang tidak diperlukan.",
    "Note: this file holds the client's specific personal data (Law No. 27 of 2022) and is not encrypted. "
    "Hand it only to the client or their guardian, by a safe means, and delete copies no longer needed.")


def add_privacy_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                        store: argparse.ArgumentParser) -> None:
    """The ``export-client`` sub-command."""
    export = commands.add_parser(
        "export-client", parents=[store],
        help="write everything about one client as a ZIP (record.pdf, data.json, attachments) for the client")
    export.add_argument("client", metavar="CODE", help="the client's code (KL-000012) or id")
    export.add_argument("--out", metavar="FILE.zip",
                        help="where to write the ZIP (default: data-klien-CODE.zip in this folder)")


def run_privacy(args: argparse.Namespace, services: Services) -> Path:
    """Run the privacy command asked for; returns the file written."""
    client = _client(services, args.client)
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", client.code)
    target = Path(args.out) if args.out else Path.cwd() / f"data-klien-{name}.zip"
    from peksos_desk.reports.client_record import build_client_record

    result = services.export.export_client(client.id, target, render_record=build_client_record,
                                           language=current_language())
    print(str(SENSITIVE_WARNING), file=sys.stderr)
    return result.path


def _client(services: Services, key: str) -> ClientView:
    """The client with this code (KL-000012) or id."""
    key = key.strip()
    return services.clients.get(int(key)) if key.isdigit() else services.clients.find(key)
