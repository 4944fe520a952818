"""Counting the SQL a piece of code sends: the tests' guard against a query per row (N+1)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine


@contextmanager
def counting(engine: Engine, *, selects_only: bool = False) -> Iterator[list[str]]:
    """The SQL statements the engine sends while the block runs (only the SELECTs if ``selects_only``: not the
    BEGIN and PRAGMA of each unit of work)."""
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not selects_only or statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)
