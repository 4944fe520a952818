"""Peksos Desk benchmark: how the app's main figures hold up as the store grows (``make bench``).

Builds (or reuses, see ``bench/stores.py``) encrypted demo stores of 1,000, 10,000 and 50,000 clients with ~20
sessions each, measures every figure on each store beside a baseline measured in the same run, prints a table that marks
each target met or missed, and writes ``bench/results.json``.

Figures (p50 and p95 over repeated runs; a target is checked on the p95, on the median for start-up; the growth
from the smallest store to the largest on the medians):
  start-up      ``peksos-desk --db X --smoke`` in a subprocess (offscreen): from launching the process to the
                main window showing the home page's data, unlocking included (the password from
                PEKSOS_DESK_PASSWORD, as if typed); baseline: the same on an empty store.
  memory        the peak resident memory (max RSS) of that process.
  filter        one keystroke in the Clients search: ``ClientService.list_clients`` with the prefix typed, as the
                page asks (its first page, ``PAGE_SIZE`` rows, by name); baseline: one raw SQL query for the same
                filter.
  search        one keystroke in the global search (``services.search.search``), when the search exists;
                baseline: the raw FTS query for the same words.
  client page   opening a client with ~50 sessions: the Clients page showing the client (offscreen);
                baseline: the three service calls the page makes, without the widgets.
  invoice PDF   reading an invoice's document and writing its PDF; baseline: a one-page bare ReportLab document.
  report        a social report of a case with 100 held sessions, from the services that feed it to the PDF;
                baseline: the same bare ReportLab page.

The two keystroke figures (filter and search) are measured on every store in turn, a typed word at a time: a slow
moment of this shared machine then falls on every store alike, and the growth from the smallest store to the
largest compares keystrokes typed in the same minutes. The other figures are measured store after store.

Usage: ``python bench/run.py [--sizes 1000,10000,50000] [--quick]``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEKSOS_DESK_LOG_LEVEL", "WARNING")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stores import CACHE, PASSWORD, ensure_store, store_key

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"
SIZES = (1_000, 10_000, 50_000)
TARGET_SIZE = 10_000
MAX_GROWTH = 2.0
SMOKE_TIMEOUT = 180
"""Seconds a --smoke run may take before it is stopped and the benchmark fails."""


# -- numbers ------------------------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q`` quantile (0..1) by nearest rank: a value that was really measured."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


@dataclass
class Figure:
    """One measured figure on one store: the samples, and its baseline's samples (same run)."""

    name: str
    unit: str
    samples: list[float]
    baseline: list[float] = field(default_factory=list)
    baseline_name: str = ""
    on_median: bool = False
    """The target is checked on the median (start-up: one cold event on a shared machine), else on the p95."""
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def p50(self) -> float:
        return percentile(self.samples, 0.5)

    @property
    def p95(self) -> float:
        return percentile(self.samples, 0.95)

    @property
    def value(self) -> float:
        """The figure a target is checked against."""
        return self.p50 if self.on_median else self.p95

    @property
    def base(self) -> float | None:
        if not self.baseline:
            return None
        return percentile(self.baseline, 0.5) if self.on_median else percentile(self.baseline, 0.95)

    @property
    def ratio(self) -> float | None:
        base = self.base
        return self.value / base if base else None

    def as_json(self) -> dict[str, Any]:
        return {"unit": self.unit, "p50": round(self.p50, 2), "p95": round(self.p95, 2), "value": round(self.value, 2),
                "checked_on": "p50" if self.on_median else "p95", "runs": len(self.samples),
                "baseline": self.baseline_name or None,
                "baseline_value": round(self.base, 2) if self.base is not None else None,
                "ratio": round(self.ratio, 2) if self.ratio is not None else None, **self.notes}


def timed(action: Callable[[], object], runs: int, warm: int = 1) -> list[float]:
    """Milliseconds of each of ``runs`` calls, after ``warm`` untimed ones."""
    for _ in range(warm):
        action()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


# -- start-up and memory: the real command in a subprocess ------------------------------------------------------


# ``peksos-desk`` itself (its entry point, cli.main), reporting the process's own peak memory as it exits: the
# kernel's ru_maxrss of a child started by vfork/exec also counts the parent's memory before the exec (here the
# benchmark's own hundreds of MB), so the peak is read from /proc/self/status (VmHWM) instead.
_PEAK_WRAPPER = """
import atexit, sys

def _peak():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    print("peak-rss-kib", line.split()[1], file=sys.stderr, flush=True)
    except OSError:
        pass

atexit.register(_peak)
from peksos_desk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _command() -> list[str]:
    return [sys.executable, "-c", _PEAK_WRAPPER]


def smoke(store: Path, home: Path) -> tuple[float, float, float]:
    """One ``--smoke`` run: (ms from launch to the loaded window, ms the app itself printed, peak RSS in MB)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PEKSOS_DESK_HOME": str(home), "PEKSOS_DESK_LANG": "id",
           "PEKSOS_DESK_PASSWORD": PASSWORD}
    started = time.perf_counter()
    process = subprocess.Popen([*_command(), "--db", str(store), "--smoke"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env, text=True)
    assert process.stdout is not None
    timer = threading.Timer(SMOKE_TIMEOUT, process.kill)  # a window that never loads (a modal error) ends here
    timer.start()
    try:
        line = process.stdout.readline()
        ready = (time.perf_counter() - started) * 1000
        _pid, status, usage = os.wait4(process.pid, 0)
    finally:
        timer.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read() if process.stderr else ""
    match = re.match(r"\s*(\d+) ms", line)
    if process.returncode != 0 or match is None:
        raise RuntimeError(f"peksos-desk --smoke failed ({process.returncode}): {line.strip()} {errors[-2000:]}")
    peak = re.search(r"peak-rss-kib (\d+)", errors)
    kib = int(peak.group(1)) if peak else usage.ru_maxrss  # ru_maxrss (KiB on Linux) where /proc is missing
    return ready, float(match.group(1)), kib / 1024


def measure_startup(store: Path, empty: Path, runs: int, scratch: Path) -> tuple[Figure, Figure]:
    home = scratch / "home"
    smoke(store, home)  # warm the file cache and write the settings once, as on any second start
    smoke(empty, home)
    ours, theirs = [], []
    for _ in range(runs):  # interleaved, so a noisy moment on the machine hits both alike
        ours.append(smoke(store, home))
        theirs.append(smoke(empty, home))
    startup = Figure("start-up", "ms", [r[0] for r in ours], [r[0] for r in theirs], "empty store", on_median=True,
                     notes={"in_app_ms_p50": percentile([r[1] for r in ours], 0.5),
                            "empty_in_app_ms_p50": percentile([r[1] for r in theirs], 0.5)})
    memory = Figure("peak memory", "MB", [r[2] for r in ours], [r[2] for r in theirs], "empty store",
                    on_median=False)
    return startup, memory


# -- in-process figures -------------------------------------------------------------------------------------


Calls = tuple[Callable[[str], object], Callable[[str], object]]
"""One keystroke as the app handles it, and its baseline."""


class Bench:
    """The in-process measurements on one store."""

    def __init__(self, path: Path, scratch: Path, runs: int) -> None:
        from peksos_desk.services.app import Services
        from peksos_desk.store import keys
        from peksos_desk.store.database import CACHE_KIB, raw_connect

        self.path = path
        self.scratch = scratch
        self.runs = runs
        self.services = Services.open(path, actor="bench", password=PASSWORD)
        # The baselines read the same encrypted file, with the same page cache as the app's connections.
        self.raw = raw_connect(path, keys.unlock(path, PASSWORD), read_only=True)
        self.raw.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        self.rng = random.Random(7)

    def close(self) -> None:
        self.raw.close()
        self.services.close()

    # -- typing in the Clients search ------------------------------------------------------------------------

    def prefixes(self, count: int) -> list[list[str]]:
        """What a practitioner types, a word at a time: the first 1–8 letters of real names (and a few codes and
        phone digits), each word as its successive keystrokes."""
        names = self._sample("SELECT id FROM client WHERE archived = 0", "SELECT full_name FROM client WHERE id = ?",
                             count)
        typed = []
        for name in names:
            word = self.rng.choice(name.split())
            typed.append([word[:n] for n in range(1, min(len(word), 8) + 1)])
        typed += [["KL-0", "KL-000"], ["0812", "0812-3"]]
        return typed

    def _sample(self, ids: str, value: str, count: int) -> list[Any]:
        """``count`` values picked by the seeded generator: the same ones on every run over the same store, so
        two runs measure the same keystrokes (SQL's random() cannot be seeded)."""
        chosen = self.rng.sample([row[0] for row in self.raw.execute(f"{ids} ORDER BY id")], count)
        return [self.raw.execute(value, (record_id,)).fetchone()[0] for record_id in chosen]

    def filter_calls(self) -> Calls:
        """One keystroke in the Clients search, and its baseline."""
        from peksos_desk.services.clients import ClientSort, like_pattern
        from peksos_desk.ui.models.clients import PAGE_SIZE

        clients = self.services.clients

        def service(text: str) -> None:
            clients.list_clients(text, include_archived=False, offset=0, limit=PAGE_SIZE, sort=ClientSort.NAME)

        def raw(text: str) -> None:
            pattern = like_pattern(text)
            where = ("archived = 0 AND (full_name LIKE :p ESCAPE '\\' OR nickname LIKE :p ESCAPE '\\' OR "
                     "code LIKE :p ESCAPE '\\' OR nik LIKE :p ESCAPE '\\' OR phone LIKE :p ESCAPE '\\')")
            self.raw.execute(f"SELECT count(*) FROM client WHERE {where}", {"p": pattern}).fetchall()
            self.raw.execute(f"SELECT id, code, full_name, nickname, birth_date, sex, archived FROM client "
                             f"WHERE {where} ORDER BY lower(full_name), id LIMIT :n",
                             {"p": pattern, "n": PAGE_SIZE}).fetchall()

        return service, raw

    def search_words(self, count: int) -> list[list[str]]:
        """What a practitioner types in the search box: prefixes of client names and of words in notes."""
        typed = self.prefixes(count // 2)
        notes = self._sample("SELECT id FROM case_session WHERE note_saved_at IS NOT NULL",
                             "SELECT note FROM case_session WHERE id = ?", count // 2)
        for note in notes:
            words = [w.strip(".,;:()\"'") for w in " ".join(json.loads(note).values()).split()]
            word = self.rng.choice([w for w in words if len(w) >= 4] or ["keluarga"])
            typed.append([word[:n] for n in range(2, min(len(word), 8) + 1)])
        return typed

    def search_calls(self) -> Calls | None:
        """``services.search.search`` per keystroke; baseline: for each kind (clients, cases, notes) the raw FTS5
        query for the same words, newest matches first, as many as the search lists, without ranking."""
        service = getattr(self.services, "search", None)
        if service is None or not callable(getattr(service, "search", None)):
            return None
        from peksos_desk.domain.search_text import parse_query
        from peksos_desk.services.search import DEFAULT_LIMIT
        from peksos_desk.store.search import KINDS, fts5_expression

        def raw(text: str) -> None:
            query = parse_query(text[:500])
            if not query:
                return
            expression = fts5_expression(query)
            for kind in KINDS:
                fts = f"search_fts_{kind}"
                self.raw.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT ?",
                                 (expression, DEFAULT_LIMIT)).fetchall()

        return service.search, raw

    # -- a client's page ---------------------------------------------------------------------------------------

    def client_with_sessions(self, sessions: int = 50) -> int:
        row = self.raw.execute(
            'SELECT c.client_id, count(*) AS n FROM case_session s JOIN "case" c ON c.id = s.case_id '
            "GROUP BY c.client_id ORDER BY abs(count(*) - ?), c.client_id LIMIT 1", (sessions,)).fetchone()
        return int(row[0])

    def measure_client_page(self, client_id: int) -> Figure:
        from PySide6.QtWidgets import QApplication

        from peksos_desk.ui.context import AppContext, DataBus
        from peksos_desk.ui.pages.clients import ClientsPage
        from peksos_desk.ui.prompter import RecordingPrompter
        from peksos_desk.ui.settings import Settings

        app = QApplication.instance() or QApplication([])
        services = self.services
        context = AppContext(services=services, prompter=RecordingPrompter(),
                             settings=Settings(self.scratch / "settings.ini"), bus=DataBus(), language="id")
        page = ClientsPage(context)
        page.resize(1280, 760)
        page.show()

        def open_page() -> None:
            assert page.show_client(client_id)
            app.processEvents()  # lay out and paint what the client's page shows

        def calls() -> None:
            services.clients.get(client_id)
            services.cases.list_for_client(client_id)
            services.clients.timeline(client_id)

        ours = timed(open_page, self.runs * 2)
        base = timed(calls, self.runs * 2)
        sessions = len(services.clients.timeline(client_id))
        page.hide()
        page.deleteLater()
        app.processEvents()
        return Figure("client page", "ms", ours, base, "its service calls only", notes={"sessions": sessions})

    # -- documents -----------------------------------------------------------------------------------------------

    def bare_page(self) -> list[float]:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.platypus import Paragraph, SimpleDocTemplate

        def build() -> None:
            story = [Paragraph("Peksos Desk", getSampleStyleSheet()["Normal"])]
            SimpleDocTemplate(io.BytesIO(), pagesize=A4, invariant=1).build(story)

        return timed(build, self.runs * 2, warm=2)

    def measure_invoice(self, bare: list[float]) -> Figure:
        from peksos_desk.reports.invoice import build_invoice

        services = self.services
        invoice_id = self.raw.execute(
            "SELECT invoice_id FROM invoice_line GROUP BY invoice_id ORDER BY count(*) DESC, invoice_id LIMIT 1"
        ).fetchone()[0]
        pages: list[int] = []

        def build() -> None:
            document = services.finance.invoice_document(invoice_id)
            profile, images = services.profile.get(), services.profile.document_images()
            pages.append(build_invoice(document, profile, io.BytesIO(), printed_on=services.cases.today(),
                                       logo=images.logo, signature=images.signature))

        ours = timed(build, self.runs * 2, warm=2)
        lines = len(services.finance.invoice_document(invoice_id).lines)
        return Figure("invoice PDF", "ms", ours, bare, "bare 1-page ReportLab",
                      notes={"lines": lines, "pages": pages[-1]})

    def measure_report(self, bare: list[float]) -> Figure:
        from peksos_desk.reports.social_report import build_social_report

        services = self.services
        now = services.db.clock()
        case_id = self.raw.execute(
            "SELECT case_id FROM case_session WHERE starts_at <= ? GROUP BY case_id ORDER BY count(*) DESC, case_id "
            "LIMIT 1", (now.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"),)).fetchone()[0]
        held: list[int] = []
        pages: list[int] = []

        def build() -> None:  # what the case page's "Social report" does (ui/print_actions.show_social_report)
            case = services.cases.get(case_id)
            client = services.clients.get(case.client_id)
            sessions = [s for s in services.sessions.summaries_for_case(case_id) if s.starts_at <= now]
            profile, today = services.profile.get(), services.cases.today()
            images = services.profile.document_images()
            held.append(len(sessions))
            pages.append(build_social_report(case, client, sessions, profile, io.BytesIO(), printed_on=today,
                                             logo=images.logo, signature=images.signature))

        ours = timed(build, max(5, self.runs), warm=1)
        return Figure("social report", "ms", ours, bare, "bare 1-page ReportLab",
                      notes={"sessions": held[-1], "pages": pages[-1]})


def _keystrokes(typed: dict[int, list[list[str]]],
                actions: dict[int, Callable[[str], object]]) -> dict[int, list[float]]:
    """Each keystroke timed once, on every store in turn a word at a time, so that a slow moment of the shared
    machine falls on all the stores alike and their growth compares like with like (measured store after store,
    minutes apart, two runs of the same code gave growths 0.4x apart)."""
    for size, words in typed.items():  # the first keystrokes of each store warm its connection
        for text in [text for word in words for text in word][:5]:
            actions[size](text)
    samples: dict[int, list[float]] = {size: [] for size in typed}
    for turn in range(max(len(words) for words in typed.values())):
        for size, words in typed.items():
            for text in words[turn] if turn < len(words) else []:
                started = time.perf_counter()
                actions[size](text)
                samples[size].append((time.perf_counter() - started) * 1000)
    return samples


def _typing_figure(name: str, baseline: str, typed: dict[int, list[list[str]]],
                   calls: dict[int, Calls]) -> dict[int, Figure]:
    ours = _keystrokes(typed, {size: call[0] for size, call in calls.items()})
    base = _keystrokes(typed, {size: call[1] for size, call in calls.items()})
    return {size: Figure(name, "ms", ours[size], base[size], baseline, notes={"keystrokes": len(ours[size])})
            for size in calls}


def measure_typing(benches: dict[int, Bench], names: int, log: Callable[[str], None]) -> dict[int, dict[str, Figure]]:
    """The client filter and the search on every store, a word at a time in turn (see ``_keystrokes``); the
    baselines likewise, after the app's own calls as before."""
    figures: dict[int, dict[str, Figure]] = {size: {} for size in benches}
    typed = {size: bench.prefixes(names) for size, bench in benches.items()}
    log(f"client filter ({', '.join(f'{sum(map(len, t))} keystrokes' for t in typed.values())}), "
        "on every store in turn ...")
    filters = {size: bench.filter_calls() for size, bench in benches.items()}
    for size, figure in _typing_figure("client filter", "raw SQL, same filter", typed, filters).items():
        figures[size]["client filter"] = figure
    searches = {size: call for size, bench in benches.items() if (call := bench.search_calls()) is not None}
    if len(searches) < len(benches):
        return figures
    log("search, on every store in turn ...")
    typed = {size: bench.search_words(names) for size, bench in benches.items()}
    for size, figure in _typing_figure("search", "raw FTS5, same words", typed, searches).items():
        figures[size]["search"] = figure
    return figures


# -- targets ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    limit: float | None
    ratio: float | None = None

    def describe(self, unit: str) -> str:
        parts = [f"<= {self.limit:g} {unit}"] if self.limit is not None else []
        if self.ratio is not None:
            parts.append(f"<= {self.ratio:g}x base")
        return ", ".join(parts)

    def met(self, figure: Figure) -> bool:
        if self.limit is not None and figure.value > self.limit:
            return False
        return not (self.ratio is not None and figure.ratio is not None and figure.ratio > self.ratio)


TARGETS = {
    "start-up": Target(1500, 2.0),
    "client filter": Target(30),
    "search": Target(50, 3.0),
    "client page": Target(100),
    "invoice PDF": Target(150),
    "social report": Target(2000),
    "peak memory": Target(300),
}
ORDER = list(TARGETS)


def measure_sizes(paths: dict[int, Path], empty: Path, runs: int, scratch: Path,
                  log: Callable[[str], None]) -> dict[int, dict[str, Figure]]:
    figures: dict[int, dict[str, Figure]] = {size: {} for size in paths}
    for size, path in paths.items():
        log(f"{size:,} clients: start-up and memory (subprocess, offscreen) ...")
        figures[size]["start-up"], figures[size]["peak memory"] = measure_startup(path, empty, runs, scratch)
    benches: dict[int, Bench] = {}
    try:
        for size, path in paths.items():
            benches[size] = Bench(path, scratch, runs)
        for size, typing in measure_typing(benches, 40 if runs >= 5 else 15, log).items():
            figures[size].update(typing)
        for size, bench in benches.items():
            log(f"{size:,} clients: client page, invoice PDF, social report ...")
            figures[size]["client page"] = bench.measure_client_page(bench.client_with_sessions(50))
            bare = bench.bare_page()
            figures[size]["invoice PDF"] = bench.measure_invoice(bare)
            figures[size]["social report"] = bench.measure_report(bare)
    finally:
        for bench in benches.values():
            bench.close()
    return figures


# -- the table --------------------------------------------------------------------------------------------------


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def table(results: dict[int, dict[str, Figure]]) -> tuple[str, dict[str, Any]]:
    """The printed table (Markdown) and the verdicts."""
    sizes = sorted(results)
    verdicts: dict[str, Any] = {}
    lines = ["| figure | clients | p50 | p95 | baseline | ratio | target (at 10,000) | met |",
             "|---|---:|---:|---:|---:|---:|---|---|"]
    for name in ORDER:
        present = [size for size in sizes if name in results[size]]
        if not present:
            lines.append(f"| {name} | — | not measured | | | | {TARGETS[name].describe('')} | — |")
            continue
        target = TARGETS[name]
        for size in present:
            figure = results[size][name]
            mark = ""
            if size == TARGET_SIZE:
                ok = target.met(figure)
                verdicts[name] = {"target": target.describe(figure.unit), "met": ok,
                                  "value": round(figure.value, 2), "ratio": figure.ratio}
                mark = "met" if ok else "**missed**"
            base = f"{_number(figure.base)} {figure.unit}" if figure.base is not None else "—"
            ratio = f"{figure.ratio:.2f}x" if figure.ratio is not None else "—"
            lines.append(f"| {name} | {size:,} | {_number(figure.p50)} {figure.unit} | "
                         f"{_number(figure.p95)} {figure.unit} | {base} | {ratio} | "
                         f"{target.describe(figure.unit) if size == TARGET_SIZE else ''} | {mark} |")
        if len(present) > 1:  # on the medians: a p95 of a few runs on a shared machine is too noisy to compare
            first, last = results[present[0]][name], results[present[-1]][name]
            growth = last.p50 / first.p50 if first.p50 else float("inf")
            ok = growth <= MAX_GROWTH
            verdicts[f"{name} growth"] = {"from": present[0], "to": present[-1], "growth": round(growth, 2), "met": ok}
            lines.append(f"| {name}: {present[0]:,} → {present[-1]:,} | | | | | {growth:.2f}x | "
                         f"<= {MAX_GROWTH:g}x | {'met' if ok else '**missed**'} |")
    return "\n".join(lines), verdicts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES),
                        help="comma-separated numbers of clients (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=7, help="runs per timed figure (default: %(default)s)")
    parser.add_argument("--quick", action="store_true", help="fewer runs (a rough look, not for the README)")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where the JSON goes (default: %(default)s)")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    runs = 3 if args.quick else max(3, args.runs)

    def log(text: str) -> None:
        print(text, flush=True)

    started = time.perf_counter()
    key = store_key()
    log(f"Peksos Desk benchmark — stores {', '.join(f'{s:,}' for s in sizes)} clients, key {key} "
        f"(cached in {CACHE.relative_to(HERE.parent)})")
    built = {}
    for size in sizes:
        built[size] = ensure_store(size, key, log)
    build_seconds = time.perf_counter() - started
    results: dict[int, dict[str, Figure]] = {}
    with tempfile.TemporaryDirectory(prefix="peksos-bench-") as folder:
        scratch = Path(folder)
        from bench.stores import empty_store

        empty = empty_store(scratch)
        results = measure_sizes({size: built[size].path for size in sizes}, empty, runs, scratch, log)
    # A --smoke run closes the window like a user does, and the app then makes its backup-on-close beside the
    # store: copies of disposable benchmark stores, gigabytes of them at 50,000 clients.
    shutil.rmtree(CACHE / "backups", ignore_errors=True)
    text, verdicts = table(results)
    total = time.perf_counter() - started
    log("")
    log(text)
    log("")
    missed = [name for name, verdict in verdicts.items() if not verdict["met"]]
    log(f"Targets missed: {', '.join(missed)}" if missed else "Every target met.")
    log(f"Total {total:.0f} s (store builds {build_seconds:.0f} s).")
    payload = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count()},
        "store_key": key, "runs": runs, "target_size": TARGET_SIZE, "max_growth": MAX_GROWTH,
        "stores": {str(size): {**asdict(built[size]), "path": str(built[size].path.relative_to(HERE.parent)),
                               "megabytes": round(built[size].path.stat().st_size / 2**20)} for size in sizes},
        "figures": {str(size): {name: figure.as_json() for name, figure in results[size].items()} for size in sizes},
        "verdicts": verdicts, "table": text, "seconds": round(total, 1),
    }
    args.output.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    shown = args.output.relative_to(HERE.parent) if args.output.is_relative_to(HERE.parent) else args.output
    log(f"Written to {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
