"""The main window as someone who works in it all day checks it: columns, order, colours,
numbers in their language, the side panel, the theme, names a screen reader can say."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit

from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import Status
from casedesk.gui.case_model import Column, status_icon
from casedesk.services.cases import NewCase, add_cases
from tests.gui.conftest import type_text


def test_a_column_is_hidden_and_shown_from_the_view_menu_and_remembered(controller):
    window = controller.window
    assert window.table.isColumnHidden(Column.STAGE) and not window.table.isColumnHidden(Column.STATUS)
    window.column_actions[Column.STAGE].trigger()
    window.column_actions[Column.UPDATED].trigger()          # shown: hidden by default
    assert not window.table.isColumnHidden(Column.STAGE) and not window.table.isColumnHidden(Column.UPDATED)
    remembered = controller.saved_settings[-1].case_columns
    assert "stage" in remembered and "updated" in remembered
    assert not window.column_actions[Column.NAME].isEnabled()         # names are never hidden
    assert window.columns_menu.title() and window.column_actions[Column.STAGE].text() == "Court stage"

    window.set_visible_columns(["name", "agency"])                    # as the next start restores it
    shown = [column for column in Column if not window.table.isColumnHidden(column)]
    assert shown == [Column.NAME, Column.AGENCY]


def test_sorting_by_days_held_puts_the_longest_held_first(controller, demo_vault):
    today = date.today()
    add_cases(demo_vault, [
        NewCase.named("Zacarías Early Release", arrest_date=parse_date("2000-01-01"),
                      status=Status.RELEASED_FULL, status_date=date(2000, 1, 2)),
        NewCase.named("Yolanda Held Long", arrest_date=parse_date("2001-01-01")),
    ])
    window = controller.window
    window.reload()
    window.table.sortByColumn(Column.DAYS_HELD, Qt.SortOrder.DescendingOrder)
    model = window.model
    assert model.index(0, Column.NAME).data() == "Yolanda Held Long"
    assert model.index(0, Column.DAYS_HELD).data() == f"{(today - date(2001, 1, 1)).days:,}"
    days = [int(model.index(row, Column.DAYS_HELD).data().replace(",", "") or 0) for row in range(60)]
    assert days == sorted(days, reverse=True)
    names = [model.index(row, Column.NAME).data() for row in range(model.rowCount())]
    assert names.index("Zacarías Early Release") > 60                 # 1 day held: near the end, not first


def test_headers_fit_and_a_cut_value_shows_whole_in_its_tooltip(controller):
    window = controller.window
    window.show()
    header = window.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in Column:
        if not window.table.isColumnHidden(column):
            title = window.model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= metrics.horizontalAdvance(title), title
    index = window.model.index(0, Column.FACILITY)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()


def test_each_status_has_its_own_icon(controller):
    images = {status: status_icon(status).pixmap(16, 16).toImage() for status in Status}
    assert all(not image.isNull() for image in images.values())
    distinct = {bytes(image.constBits()) for image in images.values()}
    assert len(distinct) == len(Status)
    model = controller.window.model
    assert not model.index(0, Column.STATUS).data(Qt.ItemDataRole.DecorationRole).isNull()


def test_the_side_panel_follows_the_list_after_a_search(controller):
    window = controller.window
    window.table.selectRow(0)
    chosen = window.model.index(0, Column.NAME).data()
    assert chosen in window.details.toPlainText()
    type_text(window.search_box, "zzzz nobody")
    window.apply_query()
    assert window.model.rowCount() == 0
    assert chosen not in window.details.toPlainText()
    assert "Select a case" in window.details.toPlainText()


def test_spanish_counts_group_thousands_and_use_real_plurals(controller, demo_vault):
    add_cases(demo_vault, [NewCase.named(f"Persona Número{n} De Prueba") for n in range(2000)])
    controller.set_language("es")
    window = controller.window
    window.reload()
    assert window.count_label.text() == "2.300 casos coinciden"
    type_text(window.search_box, window.model.index(0, Column.NATIONAL_ID).data())
    window.apply_query()
    assert window.count_label.text() == "1 caso coincide"


def test_the_agenda_shows_court_and_case_file(controller, demo_vault):
    from casedesk.services.cases import NewEvent
    from casedesk.domain.normalize import FuzzyDate
    from casedesk.domain.vocabulary import DatePrecision, EventKind
    soon = date.today() + timedelta(days=3)
    add_cases(demo_vault, [NewCase.named(
        "Hermógenes Agenda Prueba", court="Tribunal 3.º de Control de Caracas", case_file_number="3C-1234-2025",
        events=[NewEvent(EventKind.HEARING, FuzzyDate(soon, DatePrecision.DAY), description="preliminary hearing")])])
    window = controller.window
    window.tabs.setCurrentWidget(window.agenda_table)
    window.reload_agenda()
    table = window.agenda_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 2).text() == "Hermógenes Agenda Prueba")
    assert [table.horizontalHeaderItem(c).text() for c in range(5)] == ["Date", "Event", "Name", "Court", "Case file"]
    assert table.item(row, 3).text() == "Tribunal 3.º de Control de Caracas"
    assert table.item(row, 4).text() == "3C-1234-2025"


def test_the_dark_theme_darkens_the_window_and_is_remembered(controller):
    window = controller.window
    window.theme_actions["dark"].trigger()
    QApplication.processEvents()                     # palette changes reach widgets as events
    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert window.table.palette().color(QPalette.ColorRole.Base).lightness() < 80
    assert controller.saved_settings[-1].theme == "dark"
    window.theme_actions["light"].trigger()
    QApplication.processEvents()
    assert window.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_every_control_of_the_main_window_has_a_name_a_screen_reader_can_say(controller):
    window = controller.window
    window.show()
    unnamed = []
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLineEdit) + window.findChildren(QComboBox):
        if not widget.isVisibleTo(window) or isinstance(widget.parent(), QComboBox):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if not interface.text(QAccessible.Text.Name).strip():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []


def test_a_closed_window_and_its_controller_are_freed(qtbot, demo_vault):
    """Nothing application-wide (theme, idle watch) keeps a closed controller alive: each one
    left behind filtered every later event, and a long day made the window ever slower."""
    import gc
    import weakref

    from casedesk.gui.app import Controller
    from casedesk.gui.tasks import BackgroundRunner
    from casedesk.settings import Settings

    control = Controller(Settings(language="en", theme="system"), runner=BackgroundRunner(synchronous=True),
                         save=lambda _settings: None)
    control.vault_opened(demo_vault)
    control.window.close()
    control.window.deleteLater()
    control.deleteLater()
    gone = weakref.ref(control)
    del control
    qtbot.wait(10)
    QApplication.sendPostedEvents(None, 0)     # the deferred deletions
    gc.collect()
    assert gone() is None


def test_a_vault_json_repaired_on_opening_is_said_in_the_window(qtbot, vault, vault_dir):
    from casedesk.gui.app import Controller
    from casedesk.gui.tasks import BackgroundRunner
    from casedesk.settings import Settings
    from casedesk.storage.vault import open_vault
    from tests.conftest import PASSPHRASE

    vault.lock()
    (vault_dir / "vault.json").write_text('{"memory_kib": Infinity}')          # damaged by hand
    reopened = open_vault(vault_dir, PASSPHRASE, allow_test_only_kdf=True)
    control = Controller(Settings(language="es"), runner=BackgroundRunner(synchronous=True),
                         save=lambda _settings: None)
    try:
        control.vault_opened(reopened)
        qtbot.addWidget(control.window)
        box = control._repairs_box
        assert box.isVisible() and not box.isModal()
        assert "vault.json" in box.text() and "restaurado" in box.text()       # in the user's language
    finally:
        control.window.close()
        control.translations.remove()
