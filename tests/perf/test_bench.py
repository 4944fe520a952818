"""The benchmark's own logic (``bench/``), without timing anything: the store recipe, the cache key, the verdicts."""

from __future__ import annotations

import shutil
from datetime import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bench import stores
from bench.run import Figure, Target, percentile, table
from peksos_desk.domain.practice import Attendance
from peksos_desk.services.app import Services
from peksos_desk.services.demo import generate_demo
from peksos_desk.store.models import CaseSession
from peksos_desk.store.schema import open_database
from tests.conftest import FixedClock


def test_percentiles_are_values_that_were_measured() -> None:
    samples = [5.0, 1.0, 3.0, 2.0, 4.0]
    assert percentile(samples, 0.5) == 3.0
    assert percentile(samples, 0.95) == 5.0
    assert percentile([7.0], 0.95) == 7.0


def test_a_target_checks_the_limit_and_the_ratio_to_the_baseline() -> None:
    fast = Figure("search", "ms", [10.0] * 20, [5.0] * 20)
    slow_to_base = Figure("search", "ms", [20.0] * 20, [5.0] * 20)
    assert Target(50, 3.0).met(fast)
    assert not Target(50, 3.0).met(slow_to_base)  # 4x the raw query
    assert not Target(15).met(slow_to_base)
    startup = Figure("start-up", "ms", [900.0, 1000.0, 5000.0], [600.0, 600.0, 600.0], on_median=True)
    assert startup.value == 1000.0  # one slow run on a busy machine does not decide
    assert Target(1500, 2.0).met(startup)


def test_the_table_marks_targets_at_ten_thousand_and_growth_from_the_smallest_store() -> None:
    def figures(page_ms: float) -> dict[str, Figure]:
        return {"client page": Figure("client page", "ms", [page_ms] * 10, [2.0] * 10)}

    text, verdicts = table({1_000: figures(20.0), 10_000: figures(90.0), 50_000: figures(45.0)})
    assert verdicts["client page"]["met"] is True
    assert verdicts["client page growth"] == {"from": 1_000, "to": 50_000, "growth": 2.25, "met": False}
    assert "| client page | 10,000 | 90.0 ms |" in text
    assert "**missed**" in text
    assert "| search | — | not measured |" in text  # no search figure: said so, not left out


def test_the_store_key_follows_the_generator_and_the_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "checkout"
    for relative in ("peksos_desk/services/demo.py", "peksos_desk/store/models.py"):
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(stores.ROOT / relative, root / relative)
    monkeypatch.setattr(stores, "ROOT", root)
    first = stores.store_key()
    assert stores.store_key() == first
    (root / "peksos_desk/store/models.py").write_text("# a changed schema\n", encoding="utf-8")
    assert stores.store_key() != first


def test_the_long_case_gets_a_hundred_held_signed_sessions(tmp_path: Path) -> None:
    clock = FixedClock()
    services = Services(open_database(tmp_path / "praktik.db", clock=clock), actor="bench")
    try:
        generate_demo(services.db, clients=40, sessions=800, seed=stores.SEED)
        case_id = stores.lengthen_a_case(services)
        with services.db.read() as s:
            held = s.scalar(select(func.count()).select_from(CaseSession).where(
                CaseSession.case_id == case_id, CaseSession.starts_at <= clock()))
        assert held == stores.LONG_CASE_SESSIONS
        summaries = services.sessions.summaries_for_case(case_id)
        assert len({s.starts_at for s in summaries}) == len(summaries)  # no two sessions at the same moment
        added = [s for s in services.sessions.list_for_case(case_id) if s.starts_at.time() == time(0, 30)]
        assert added, "the demo's longest case should need sessions added"
        for view in added:  # attended, written with the demo's own notes and signed, as the services allow
            assert view.attendance is Attendance.ATTENDED
            assert view.signed_at is not None and any(text.strip() for text in view.note.values())
    finally:
        services.close()
