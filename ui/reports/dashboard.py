"""Beranda: the home dashboard for the logged-in user's role (reports/dashboard.py computes every figure).

Figures are buttons: a click opens the list behind the figure.  Charts use QtCharts (PySide6-Addons): the
office's last 12 months of disbursements, receipts and installments due (branch head and manager), and the
principal in arrears per officer (branch head and manager).  Nothing here computes a figure.
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


def trend_chart(rows: list[dict]):
    """Bars per month: disbursed, received, due (Rp juta)."""
    from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis

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
    axis_x = QBarCategoryAxis()
    months = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
    axis_x.append([months[r["month"].month - 1] for r in rows])
    # Twelve groups in half a 1280 px window leave ~36 px a month: at the body font "Des", "Agu" were elided.
    small = axis_x.labelsFont()
    small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
    axis_x.setLabelsFont(small)
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

    def __init__(self, session, parent=None, today: dt.date | None = None):
        super().__init__(session, parent)
        self.today = today
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
        self.refresh()

    def refresh(self) -> None:
        from reports.dashboard import arrears_by_officer, monthly_trend, role_of, tiles

        today = self.today or dt.date.today()
        old = self.body
        self.body = QWidget()
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        self.tile_buttons = []
        for n, tile in enumerate(tiles(self.session.user, today)):
            button = TileButton(tile)
            button.clicked.connect(lambda _=False, t=tile: self.open_list(t.key))
            grid.addWidget(button, n // 4, n % 4)
            self.tile_buttons.append(button)
        layout.addLayout(grid)
        self.charts = []
        if role_of(self.session.user) in ("branch", "manager"):
            charts = QHBoxLayout()
            self.charts = [trend_chart(monthly_trend(today)), arrears_chart(arrears_by_officer(today))]
            for chart in self.charts:
                charts.addWidget(chart, 1)
            layout.addLayout(charts, 1)
        else:
            layout.addStretch(1)
        self.root.replaceWidget(old, self.body)
        old.deleteLater()

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
