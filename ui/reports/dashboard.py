"""Beranda: the home dashboard for the logged-in user's role (reports/dashboard.py computes every figure).

Figures are buttons: a click opens the list behind the figure.  Charts use QtCharts (PySide6-Addons): the
office's last 12 months of disbursements, receipts and installments due, the NPF gross and net and PAR 30 at
each of the last 12 closed month ends (read from the month-end snapshots), and the principal in arrears per
officer (branch head and manager).  Nothing here computes a figure.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.accounting.closed_months import MONTH_ABBREVIATIONS
from ui.common.page_base import Page


def tile_label(text: str) -> str:
    """Tile captions from reports/dashboard.py, translated (literal calls, so lupdate finds them)."""
    return {
        "Kwitansi saya hari ini": QCoreApplication.translate("Dashboard", "Kwitansi saya hari ini"),
        "Uang tunai di laci (sistem)": QCoreApplication.translate("Dashboard", "Uang tunai di laci (sistem)"),
        "Jatuh tempo hari ini": QCoreApplication.translate("Dashboard", "Jatuh tempo hari ini"),
        "Tindak lanjut jatuh tempo": QCoreApplication.translate("Dashboard", "Tindak lanjut jatuh tempo"),
        "Nasabah saya menunggak": QCoreApplication.translate("Dashboard", "Nasabah saya menunggak"),
        "Pengajuan saya dalam proses": QCoreApplication.translate("Dashboard", "Pengajuan saya dalam proses"),
        "Antrean persetujuan": QCoreApplication.translate("Dashboard", "Antrean persetujuan"),
        "Pencairan bulan ini": QCoreApplication.translate("Dashboard", "Pencairan bulan ini"),
        "Penagihan bulan ini": QCoreApplication.translate("Dashboard", "Penagihan bulan ini"),
        "Pinjaman menunggak": QCoreApplication.translate("Dashboard", "Pinjaman menunggak"),
    }.get(text, text)


class TileButton(QPushButton):
    def __init__(self, tile, parent=None):
        super().__init__(parent)
        self.tile = tile
        self.setObjectName("dashboardTile")
        self.setMinimumHeight(86)
        self.setCursor(Qt.PointingHandCursor)
        colour = "#b00020" if tile.alert else "#1d3557"
        # min-height in the sheet: the application style sheet's QPushButton min-height would override
        # setMinimumHeight and squeeze the tile to one line.
        self.setStyleSheet("QPushButton#dashboardTile { text-align: left; padding: 10px; min-height: 66px;"
                           " border: 1px solid #c9d1d9;"
                           " border-radius: 6px; background: #f8fafc; }"
                           "QPushButton#dashboardTile:hover { background: #eef4fb; }")
        layout = QVBoxLayout(self)
        caption = QLabel(tile_label(tile.label))
        caption.setStyleSheet("color: #555; font-size: 12px;")
        value = QLabel(tile.value)
        value.setStyleSheet(f"color: {colour}; font-size: 20px; font-weight: 700;")
        detail = QLabel(tile.detail)
        detail.setStyleSheet("color: #666; font-size: 11px;")
        detail.setWordWrap(True)  # "jatuh tempo … - tingkat tagih …" is longer than a quarter of 1280 px
        self.setToolTip(tile.detail)
        for w in (caption, value, detail):
            w.setAttribute(Qt.WA_TransparentForMouseEvents)
            layout.addWidget(w)


class ListDialog(QDialog):
    """The rows behind a figure (a ReportTable shown as a table)."""

    def __init__(self, table, parent=None):
        from reports.base import format_cell
        from ui.common.tables import make_table
        from ui.loans.loan_view import RowsModel

        super().__init__(parent)
        self.setWindowTitle(table.title)
        layout = QVBoxLayout(self)
        self.model = RowsModel([c.label for c in table.columns], self)
        self.model.set_rows([tuple(format_cell(r.get(c.key), c.kind) for c in table.columns) for r in table.rows])
        self.view = make_table(self.model)
        layout.addWidget(self.view, 1)
        layout.addWidget(QLabel(QCoreApplication.translate("Dashboard", "{n} baris").format(n=len(table.rows))))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 560)


def _millions(amount) -> float:
    """Chart values in millions of rupiah (a chart axis, not money arithmetic)."""
    return float(amount) / 1_000_000


def _nice(axis) -> None:
    """Round tick values on a value axis that has a range (an office with no figures yet has none: Qt would
    compute NaN ticks and warn)."""
    if axis.max() > axis.min():
        axis.applyNiceNumbers()


def _month_axis(days: list, *, bars: bool):
    """An x axis over 12 points (months or month ends) that names every third one, the newest always.

    A third of a 1280 px window leaves ~22 px a point, where a bar-category axis elided every name ("D…", "S…");
    a category axis places fewer names at their points.  ``bars``: the points are bar groups (centred on
    whole numbers, half a step of margin each side)."""
    from PySide6.QtCharts import QCategoryAxis

    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for i, day in enumerate(days):
        if (len(days) - 1 - i) % 3 == 0:
            axis.append(f"{MONTH_ABBREVIATIONS[day.month - 1]} {day:%y}", i)
    if bars:
        axis.setRange(-0.5, max(len(days), 1) - 0.5)
        axis.setGridLineVisible(False)
    else:
        axis.setRange(0, max(len(days) - 1, 1))
    return axis


def trend_chart(rows: list[dict]):
    """Bars per month: disbursed, received, due (Rp juta)."""
    from PySide6.QtCharts import QBarSeries, QBarSet, QChart, QChartView, QValueAxis

    series = QBarSeries()
    sets = []
    for key, name in (("disbursed", QCoreApplication.translate("Dashboard", "Pencairan")), ("collected", QCoreApplication.translate("Dashboard", "Diterima")),
                      ("due", QCoreApplication.translate("Dashboard", "Jatuh tempo"))):
        bar = QBarSet(name)
        for row in rows:
            bar.append(_millions(row[key]))
        series.append(bar)
        sets.append(bar)
    chart = QChart()
    chart.addSeries(series)
    chart.setTitle(QCoreApplication.translate("Dashboard", "12 bulan terakhir (Rp juta)"))
    axis_x = _month_axis([r["month"] for r in rows], bars=True)
    chart.addAxis(axis_x, Qt.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.0f")
    chart.addAxis(axis_y, Qt.AlignLeft)
    series.attachAxis(axis_y)
    _nice(axis_y)  # ticks at 0, 200, 400 … rather than 0, 278, 557 …
    chart.legend().setAlignment(Qt.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.Antialiasing)
    view.setMinimumHeight(260)
    view.bar_sets = sets
    return view


def quality_chart(rows: list[dict]):
    """Lines per closed month end: NPF gross, NPF net and PAR 30 (%), from the month-end snapshots."""
    from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis

    chart = QChart()
    chart.setTitle(QCoreApplication.translate("Dashboard", "Kualitas portofolio per akhir bulan (%)")
                   if rows else
                   QCoreApplication.translate("Dashboard", "Kualitas portofolio: belum ada bulan yang ditutup"))
    axis_x = _month_axis([r["month_end"] for r in rows], bars=False)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.1f")
    chart.addAxis(axis_x, Qt.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignLeft)
    series_list = []
    top = 1.0
    for key, name in (("npf_gross", QCoreApplication.translate("Dashboard", "NPF bruto")),
                      ("npf_net", QCoreApplication.translate("Dashboard", "NPF neto")),
                      ("par30", QCoreApplication.translate("Dashboard", "PAR 30"))):
        series = QLineSeries()
        series.setName(name)
        for i, row in enumerate(rows):
            value = float(row[key] or 0)   # a chart coordinate in percent, not money
            series.append(i, value)
            top = max(top, value)
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        series_list.append(series)
    axis_y.setRange(0, top * 1.15)
    axis_y.applyNiceNumbers()
    chart.legend().setAlignment(Qt.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.Antialiasing)
    view.setMinimumHeight(260)
    view.line_series = series_list
    return view


def arrears_chart(rows: list[dict]):
    """Horizontal bars: principal in arrears per officer (Rp juta)."""
    from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis

    bar = QBarSet(QCoreApplication.translate("Dashboard", "Sisa pokok menunggak"))
    for row in reversed(rows):
        bar.append(_millions(row["outstanding"]))
    series = QHorizontalBarSeries()
    series.append(bar)
    chart = QChart()
    chart.addSeries(series)
    chart.setTitle(QCoreApplication.translate("Dashboard", "Tunggakan per petugas (Rp juta)"))
    axis_y = QBarCategoryAxis()
    axis_y.append([r["officer"] for r in reversed(rows)] or ["-"])
    chart.addAxis(axis_y, Qt.AlignLeft)
    series.attachAxis(axis_y)
    axis_x = QValueAxis()
    axis_x.setLabelFormat("%.0f")
    chart.addAxis(axis_x, Qt.AlignBottom)
    series.attachAxis(axis_x)
    _nice(axis_x)
    chart.legend().hide()
    view = QChartView(chart)
    view.setRenderHint(QPainter.Antialiasing)
    view.setMinimumHeight(260)
    view.bar_set = bar
    return view


class DashboardPage(Page):
    """Sidebar "Beranda"."""

    topics = ("payments", "loans", "applications")
    #: The main window builds it with ``background=True`` (see :meth:`ui.shell.main_window.MainWindow.page`).
    loads_in_background = True

    def __init__(self, session, parent=None, today: dt.date | None = None, background: bool = False):
        """``background``: read the figures on a worker (the main window's pages): the page paints at once with
        "Memuat angka…" and the figures follow, so start-up does not wait for aggregates over the whole book
        (issue 18: 0,5 s on a 100.000-loan office).  Without it (tests, print) they are read before returning."""
        super().__init__(session, parent)
        self.today = today
        self.background = background
        self.loading = None              # the ui.common.jobs.Job reading the figures, while it runs
        self._again = False              # a refresh asked for while one was running
        self.root = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(self.title_label(self.tr("Beranda")))
        head.addStretch(1)
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.print_button.clicked.connect(self.print_pdf)
        head.addWidget(self.print_button)
        self.root.addLayout(head)
        self.body = QWidget()
        self.root.addWidget(self.body, 1)
        self.tile_buttons: list[TileButton] = []
        self.charts: list = []
        self.last_list: ListDialog | None = None
        if background:
            self._replace_body(self._note(self.tr("Memuat angka…")))
        self.refresh()

    def figures(self) -> dict:
        """Every figure the page shows, read in one snapshot: ``tiles``, and for the branch head and manager
        ``trend``, ``quality`` and ``arrears`` (plain data; safe to call on a worker thread)."""
        from models.core.db import read_transaction
        from reports.dashboard import arrears_by_officer, monthly_trend, quality_trend, role_of, tiles

        today = self.today or dt.date.today()
        user = self.session.user
        with read_transaction():
            out = {"tiles": tiles(user, today), "trend": None, "arrears": None, "quality": None}
            if role_of(user) in ("branch", "manager"):
                out["trend"], out["arrears"] = monthly_trend(today), arrears_by_officer(today)
                out["quality"] = quality_trend(today)
        return out

    def refresh(self) -> None:
        if not self.background:
            self.show_figures(self.figures())
            return
        if self.loading is not None and self.loading.state == "running":
            self._again = True
            return
        from ui.common.jobs import start_background

        self.loading = start_background(self, lambda _progress: self.figures(), on_done=self._loaded,
                                        on_error=self._failed)

    def _loaded(self, figures: dict) -> None:
        self.loading = None
        if self._again:                  # something changed while the figures were read: read them again
            self._again = False
            self.refresh()
            return
        self.show_figures(figures)

    def _failed(self, exc: BaseException) -> None:
        from ui.common.dialogs import error_text

        self.loading = None
        self._replace_body(self._note(self.tr("Angka tidak dapat dibaca: {error}").format(error=error_text(exc))))

    def _note(self, text: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        note = QLabel(text)
        note.setObjectName("dashboardNote")
        layout.addWidget(note)
        layout.addStretch(1)
        return box

    def _replace_body(self, body: QWidget) -> None:
        old, self.body = self.body, body
        self.root.replaceWidget(old, body)
        old.deleteLater()

    def show_figures(self, figures: dict) -> None:
        """Build the tiles and charts from :meth:`figures` (on the window's thread)."""
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        self.tile_buttons = []
        for n, tile in enumerate(figures["tiles"]):
            button = TileButton(tile)
            button.clicked.connect(lambda _=False, t=tile: self.open_list(t.key))
            grid.addWidget(button, n // 4, n % 4)
            self.tile_buttons.append(button)
        layout.addLayout(grid)
        self.charts = []
        if figures["trend"] is not None:
            charts = QHBoxLayout()
            self.charts = [trend_chart(figures["trend"]), quality_chart(figures["quality"]),
                           arrears_chart(figures["arrears"])]
            for chart in self.charts:
                charts.addWidget(chart, 1)
            layout.addLayout(charts, 1)
        else:
            layout.addStretch(1)
        self._replace_body(body)

    def print_pdf(self):
        """The same figures on paper (reportlab charts), through the print preview."""
        from reports.dashboard import write_dashboard_pdf
        from ui.reports.report_actions import preview_pdf

        user = self.session.user
        return preview_pdf(self, self.session, lambda path, **kw: write_dashboard_pdf(user, path, self.today, **kw),
                           "ringkasan", printed_by=user.full_name)

    def open_list(self, key: str, exec_dialog: bool = True) -> ListDialog:
        from reports.dashboard import tile_list

        dialog = ListDialog(tile_list(key, self.session.user, self.today or dt.date.today()), self)
        self.last_list = dialog
        if exec_dialog:
            dialog.exec()
        return dialog
