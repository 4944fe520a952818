"""The audit log viewer: lazily paged, filtered in the store, opens records still there, exports CSV."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, Qt

from peksos_desk.ui.models.audit import AuditLogModel
from peksos_desk.ui.widgets.audit_log_view import AuditLogView
from tests.services.factories import new_case, new_client


class Recorder:
    def __init__(self):
        self.calls = []

    def show_client(self, client_id):
        self.calls.append(("client", client_id))

    def show_case(self, case_id):
        self.calls.append(("case", case_id))

    def show_session(self, session_id):
        self.calls.append(("session", session_id))

    def show_page(self, key):
        self.calls.append(("page", key))

    def schedule_session(self, case_id=None):
        pass


def _view(qtbot, context, page_size=200):
    view = AuditLogView(context, page_size=page_size)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    with qtbot.waitSignal(view.loaded):
        view.show()
    return view


def test_the_model_passes_the_model_tester_and_pages_lazily(qtmodeltester, sqlite_services):
    for index in range(25):
        new_client(sqlite_services, full_name=f"Klien {index}")
    model = AuditLogModel(sqlite_services.audit, page_size=10)
    model.reload()
    assert (model.loaded, model.total) == (10, 25)
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    ids = [model.row_at(row).id for row in range(model.rowCount())]
    assert len(ids) == 25 and ids == sorted(ids, reverse=True)


def test_filters_narrow_the_log_and_the_count(qtbot, context, clock):
    services = context.services
    client = new_client(services)
    new_case(services, client.id)
    clock.now = datetime(2026, 3, 5, 2, tzinfo=UTC)
    services.clients.archive(new_client(services, full_name="Rina Wati").id)
    view = _view(qtbot, context)
    assert view.model.total == 4 and view.count_label.text() == "4 entries"
    view.record_type.setCurrentIndex(view.record_type.findData("case"))
    assert view.model.total == 1 and view.record_type.currentText() == "Kasus"
    view.record_type.setCurrentIndex(0)
    view.action.setCurrentIndex(view.action.findData("archive"))
    assert [view.model.row_at(0).action] == ["archive"] and view.model.rowCount() == 1
    view.clear_filters()
    view.start.setDate(QDate(2026, 3, 5))
    assert [view.model.row_at(r).action for r in range(view.model.rowCount())] == ["archive", "create"]
    view.end.setDate(QDate(2026, 3, 4))
    assert "sebelum tanggal awal" in view.message.text()
    view.clear_filters()
    assert view.model.total == 4 and not view.message.text()


def test_open_record_goes_to_records_that_still_exist(qtbot, context):
    navigator = Recorder()
    context.navigator = navigator
    client = new_client(context.services)
    added = context.services.attachments.add(client.id, file_name="surat.pdf", data=b"%PDF-1.4\n%%EOF\n")
    context.services.attachments.remove(added.id)
    view = _view(qtbot, context)
    rows = {(view.model.row_at(r).record_type, view.model.row_at(r).action): r for r in range(view.model.rowCount())}
    view.table.selectRow(rows[("attachment", "create")])
    assert not view.open_button.isEnabled()
    assert "no longer in the store" in view.open_button.toolTip()
    view.table.selectRow(rows[("client", "create")])
    assert view.open_button.isEnabled()
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert navigator.calls == [("client", client.id)]


def test_export_writes_the_filtered_log_as_csv(qtbot, context, prompter, tmp_path):
    new_client(context.services)
    view = _view(qtbot, context)
    prompter.paths.append(tmp_path / "log")
    assert view.export()
    written = tmp_path / "log.csv"
    assert written.read_bytes().startswith(b"\xef\xbb\xbf")
    assert prompter.seen[-1][0] == "inform" and str(written) in prompter.seen[-1][2]
    assert view.model.row_at(0).action == "export"  # the export is in the log too
    prompter.paths.append(tmp_path / "missing" / "log.csv")
    assert not view.export()
    assert prompter.errors and "missing" in prompter.errors[-1]


def test_cancelling_the_export_writes_nothing(qtbot, context, prompter, tmp_path):
    view = _view(qtbot, context)
    assert not view.export()
    assert list(tmp_path.glob("*.csv")) == []
