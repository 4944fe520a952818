"""Find clients, cases and session notes as the practitioner types (the main window's search box).

Words are matched without regard to case or accents, by their Indonesian roots ("kekerasan" finds "keras" and
"dikerasi"), the word being typed by prefix; NIK, phone numbers and codes by their digits, separators ignored.
Results come grouped (clients, cases, notes), best first, each with the words that matched marked in the text
shown — the words as written in the record, not their roots.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from peksos_desk.domain.search_text import Query, highlight_spans, merge_spans, parse_query, snippet
from peksos_desk.services.base import Service
from peksos_desk.store.models import Case, CaseSession, Client, NoteAddendum
from peksos_desk.store.search import EntryHit, KindHits, note_text, rebuild_search_index, search_entries

Span = tuple[int, int]
DEFAULT_LIMIT = 6
SNIPPET_WIDTH = 140


@dataclass(frozen=True)
class Marked:
    """A text as displayed, with the character spans ``(start, end)`` of the words the search matched."""

    text: str
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class ClientHit:
    """A client found: the name (and nickname), and a detail line (code, and the NIK or phone if they matched)."""

    client_id: int
    label: Marked
    detail: Marked
    archived: bool


@dataclass(frozen=True)
class CaseHit:
    """A case found: its number, its client and an excerpt of its presenting problem."""

    case_id: int
    client_id: int
    label: Marked
    client_name: str
    snippet: Marked
    closed: bool
    client_archived: bool


@dataclass(frozen=True)
class NoteHit:
    """A session note found: when, of which case and client, and an excerpt around the first matched word."""

    session_id: int
    case_id: int
    client_id: int
    case_number: str
    client_name: str
    starts_at: datetime
    snippet: Marked
    signed: bool
    client_archived: bool


@dataclass(frozen=True)
class SearchResults:
    """What a search found, grouped; each ``*_total`` counts every match (up to a cap), beyond those listed.

    ``searched`` is False when the text held nothing to search for (a single character, only punctuation).
    """

    text: str
    searched: bool
    clients: tuple[ClientHit, ...] = ()
    cases: tuple[CaseHit, ...] = ()
    notes: tuple[NoteHit, ...] = ()
    client_total: int = 0
    case_total: int = 0
    note_total: int = 0

    @property
    def empty(self) -> bool:
        return not (self.clients or self.cases or self.notes)


class SearchService(Service):
    """The search box's queries, and rebuilding the index."""

    def search(self, text: str, *, limit: int = DEFAULT_LIMIT) -> SearchResults:
        """The best ``limit`` clients, cases and notes for what was typed (see the module docstring).

        Never fails on odd input: quotes, operators, emoji and control characters are just not words.
        """
        query = parse_query(text[:500])
        if not query:
            return SearchResults(text, searched=False)
        limit = max(1, min(limit, 50))
        with self.db.read() as session:
            found = search_entries(session, query, limit=limit)
            return SearchResults(
                text, searched=True,
                clients=self._clients(session, query, found["client"]),
                cases=self._cases(session, query, found["case"]),
                notes=self._notes(session, query, found["note"]),
                client_total=found["client"].total, case_total=found["case"].total,
                note_total=found["note"].total)

    def rebuild_index(self) -> int:
        """Rebuild the whole search index from the records (a repair step); returns how many entries it holds."""
        with self.db.write() as session:
            count = rebuild_search_index(session.connection(), now=self.db.clock())
            self._audit(session, "rebuild", "search_index", None, f"entries={count}")
            return count

    # -- internals ---------------------------------------------------------------------------------------

    def _clients(self, session: Session, query: Query, found: KindHits) -> tuple[ClientHit, ...]:
        ids = _ids(found.hits)
        if not ids:
            return ()
        rows = {r.id: r for r in session.execute(select(
            Client.id, Client.full_name, Client.nickname, Client.code, Client.nik, Client.phone, Client.city,
            Client.archived).where(Client.id.in_(ids)))}
        hits = []
        for record_id in ids:
            row = rows.get(record_id)
            if row is None:
                continue
            name = row.full_name + (f" ({row.nickname})" if row.nickname and row.nickname != row.full_name else "")
            details = [row.code]
            for value in (row.nik or "", row.phone):
                if value and highlight_spans(value, query):
                    details.append(value)
            if row.city:
                details.append(row.city)
            hits.append(ClientHit(row.id, _marked(name, query), _marked(" · ".join(details), query),
                                  bool(row.archived)))
        # Relevance first, but an archived client after the active ones it ties with: the daily work is current.
        return tuple(sorted(hits, key=lambda h: h.archived))

    def _cases(self, session: Session, query: Query, found: KindHits) -> tuple[CaseHit, ...]:
        ids = _ids(found.hits)
        if not ids:
            return ()
        rows = {r.id: r for r in session.execute(
            select(Case.id, Case.client_id, Case.number, Case.presenting_problem, Case.closed_on,
                   Client.full_name, Client.archived)
            .join(Client, Client.id == Case.client_id).where(Case.id.in_(ids)))}
        return tuple(
            CaseHit(row.id, row.client_id, _marked(row.number, query), row.full_name,
                    Marked(*_snippet(row.presenting_problem, query)), row.closed_on is not None, bool(row.archived))
            for row in (rows.get(i) for i in ids) if row is not None)

    def _notes(self, session: Session, query: Query, found: KindHits) -> tuple[NoteHit, ...]:
        ids = _ids(found.hits)
        if not ids:
            return ()
        rows = {r.id: r for r in session.execute(
            select(CaseSession.id, CaseSession.case_id, CaseSession.starts_at, CaseSession.note,
                   CaseSession.signed_at, Case.number, Case.client_id, Client.full_name, Client.archived)
            .join(Case, Case.id == CaseSession.case_id).join(Client, Client.id == Case.client_id)
            .where(CaseSession.id.in_(ids)))}
        addenda: dict[int, list[str]] = {}
        for session_id, content in session.execute(select(NoteAddendum.session_id, NoteAddendum.content)
                                                   .where(NoteAddendum.session_id.in_(ids))
                                                   .order_by(NoteAddendum.id)):
            addenda.setdefault(session_id, []).append(content)
        return tuple(
            NoteHit(row.id, row.case_id, row.client_id, row.number, row.full_name, row.starts_at,
                    Marked(*_snippet(note_text(row.note, addenda.get(row.id, ())), query)),
                    row.signed_at is not None, bool(row.archived))
            for row in (rows.get(i) for i in ids) if row is not None)


def _ids(hits: Iterable[EntryHit]) -> list[int]:
    return [hit.record_id for hit in hits]


def _marked(text: str, query: Query) -> Marked:
    return Marked(text, tuple(merge_spans(highlight_spans(text, query))))


def _snippet(text: str, query: Query) -> tuple[str, tuple[Span, ...]]:
    piece, spans = snippet(text, query, width=SNIPPET_WIDTH)
    return piece, tuple(spans)
