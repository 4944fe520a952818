"""A client's fee arrangement and balance on the client page, and a case's payer on the case page.

The UI speaks its English source texts here (no translator is installed); the services' messages and the
domain's labels are Indonesian.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from peksos_desk.domain.billing import FeeKind, PayerKind
from peksos_desk.domain.practice import Attendance
from peksos_desk.domain.stages import CaseStage
from peksos_desk.services.billing import PayerInput
from peksos_desk.ui.dialogs.fee_arrangement_dialog import FeeArrangementDialog
from peksos_desk.ui.pages.case_detail import CaseDetail
from peksos_desk.ui.widgets.client_detail import ClientDetail
from peksos_desk.ui.widgets.field_errors import ERROR_STYLE
from tests.services.factories import consultation, new_case, new_session
from tests.ui.test_accessibility import unnamed_inputs

pytestmark = pytest.mark.gui

MARCH_2_MORNING = datetime(2026, 3, 2, 1, tzinfo=UTC)  # 08.00 WIB, an hour before the fixed clock's "now"


def attended(services, case_id, kind_id, starts_at=MARCH_2_MORNING):
    session = new_session(services, case_id, starts_at, service_type_id=kind_id)
    return services.sessions.record_attendance(session.id, Attendance.ATTENDED)


@pytest.fixture
def case(context):
    return new_case(context.services)


@pytest.fixture
def page(qtbot, context, case):
    widget = ClientDetail(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show_client(case.client_id)
    widget.show()
    return widget


def open_dialog(qtbot, page) -> FeeArrangementDialog:
    dialog = page.fees.change_arrangement()
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def test_a_reduction_through_the_dialog_shows_on_the_page_and_lowers_later_sessions(qtbot, context, page, case):
    dialog = open_dialog(qtbot, page)
    assert unnamed_inputs(dialog) == []
    assert not dialog.percent.isEnabled() and not dialog.reason.isEnabled()  # standard to start with
    dialog.set_kind(FeeKind.REDUCED)
    assert dialog.percent.isEnabled() and dialog.reason.isEnabled()
    dialog.percent.setValue(30)
    qtbot.keyClicks(dialog.reason, "Penghasilan keluarga di bawah UMR")
    with qtbot.waitSignal(context.bus.finance_changed):
        view = dialog.save()

    assert view is not None and view.kind is FeeKind.REDUCED and view.reduction_percent == 30
    fee = page.fees.values["fee"].text()
    assert "30 %" in fee and "2 Maret 2026" in fee and "Penghasilan keluarga di bawah UMR" in fee
    kind = consultation(context.services, 250_000)
    session = attended(context.services, case.id, kind.id)
    assert session.fee == 175_000


def test_a_reduction_without_a_reason_is_refused_at_the_reason_field(qtbot, context, page):
    dialog = open_dialog(qtbot, page)
    dialog.set_kind(FeeKind.REDUCED)
    dialog.percent.setValue(40)
    assert dialog.save() is None
    assert dialog.errors.text  # the service's message, shown in the dialog
    assert dialog.reason.styleSheet() == ERROR_STYLE
    assert dialog.percent.value() == 40  # nothing typed is lost
    assert context.services.billing.fee_arrangement_on(page.client.id) is None
    assert page.fees.values["fee"].text() == "Standard fee"


def test_the_balance_shows_an_unbilled_session(qtbot, context, page, case):
    assert page.fees.values["unbilled"].text() == "Rp0"
    kind = consultation(context.services, 250_000)
    session = attended(context.services, case.id, kind.id)
    context.bus.sessions_changed.emit(session.id)
    assert page.fees.values["unbilled"].text() == "Rp250.000 (1 session)"
    assert page.fees.values["owed"].text() == "Rp0"


def test_the_case_payer_chooser_sets_an_institution(qtbot, context, case):
    school = context.services.billing.create_payer(PayerInput(PayerKind.SCHOOL, "SMP Negeri 5 Bandung"))
    detail = CaseDetail(context)
    qtbot.addWidget(detail)
    detail.show_case(case.id)
    assert detail.payer_value.text() == f"The client ({case.client_name})"

    dialog = detail.change_payer()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert unnamed_inputs(dialog) == []
    assert dialog.choose_payer(school.id)
    assert dialog.save() is not None

    assert "SMP Negeri 5 Bandung" in detail.payer_value.text()
    assert context.services.billing.case_payer(case.id).payer.id == school.id


def test_a_closed_case_keeps_its_payer(qtbot, context, case):
    services = context.services
    services.cases.move_stage(case.id, CaseStage.TERMINASI, occurred_on=date(2026, 2, 21), summary="Pindah.")
    services.cases.close_case(case.id)
    detail = CaseDetail(context)
    qtbot.addWidget(detail)
    detail.show_case(case.id)
    assert not detail.payer_button.isEnabled()
    assert detail.change_payer() is None
