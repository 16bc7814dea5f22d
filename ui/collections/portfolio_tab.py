"""The "Kualitas portofolio" tab of the Penagihan page (issue 15, item 9): a past month end's book as closed.

Everything shown comes from :mod:`models.collections.portfolio`, which reads the month-end snapshots only; the
month picker lists the month ends that have one.  The tab shows the NPF and PAR tiles, outstanding by
collectibility class, the roll-rate matrix from the month end before, and the collection rate per collector and
per officer (or says the month was closed before collections were recorded).
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.collections import portfolio as pf
from models.core.money import format_amount
from ui.collections.rows import RowsBase
from ui.common.labels import label, message
from ui.common.tables import make_table

ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def percent_text(value: Decimal | None) -> str:
    """``Decimal("4.27")`` → ``4,27 %``; no base → an en dash."""
    return "–" if value is None else f"{format_amount(value, 2)} %"


def money_text(value: Decimal) -> str:
    return format_amount(value, 0)


class FiguresModel(RowsBase):
    """A small read-only table of display texts (numbers right-aligned), with an optional tooltip per cell."""

    def __init__(self, headers: list[str], numeric_from: int = 1, parent=None):
        super().__init__(headers, parent)
        self.numeric_from = numeric_from
        self.tips: list[tuple[str, ...]] = []
        self.bold_last = False

    def set_rows(self, rows: list[tuple[str, ...]], tips: list[tuple[str, ...]] | None = None,
                 bold_last: bool = False) -> None:
        self.beginResetModel()
        self.rows, self.tips, self.bold_last = rows, tips or [], bold_last
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self.numeric_from:
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and index.row() < len(self.tips):
            return self.tips[index.row()][index.column()] or None
        if role == Qt.ItemDataRole.FontRole and self.bold_last and index.row() == len(self.rows) - 1:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None


class Tile(QFrame):
    """A caption over a big figure."""

    def __init__(self, caption: str, parent=None):
        super().__init__(parent)
        self.setObjectName("portfolioTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#portfolioTile { background: #f4f7fb; border: 1px solid #d0d7e2; "
                           "border-radius: 4px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(0)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #4a5568;")
        self.value = QLabel("–")
        self.value.setStyleSheet("font-size: 14pt; font-weight: 600; color: #1d3557;")
        layout.addWidget(self.caption)
        layout.addWidget(self.value)

    def show_value(self, text: str, tip: str = "") -> None:
        self.value.setText(text)
        self.setToolTip(tip)


class PortfolioTab(QWidget):
    """Kualitas portofolio: one closed month end (picked from those with a snapshot), for the whole office."""

    def __init__(self, page, parent=None):
        super().__init__(parent or page)
        self.page = page
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Akhir bulan")))
        self.month = QComboBox()
        self.month.setObjectName("portfolioMonth")
        bar.addWidget(self.month)
        self.source = QLabel(self.tr("Dari snapshot tutup buku bulan itu, tidak dihitung ulang dari data hari ini"))
        self.source.setStyleSheet("color: #4a5568;")
        bar.addWidget(self.source)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.empty = QLabel(self.tr("Belum ada bulan yang ditutup: kualitas portofolio dibaca dari snapshot akhir "
                                    "bulan yang ditulis saat tutup buku."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        tiles = QGridLayout()
        self.tiles = {
            "npf_gross": Tile(self.tr("NPF bruto")),
            "npf_net": Tile(self.tr("NPF neto")),
            "par1": Tile(self.tr("PAR 1")),
            "par30": Tile(self.tr("PAR 30")),
            "par90": Tile(self.tr("PAR 90")),
            "collection": Tile(self.tr("Rasio tertagih")),
        }
        for i, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, 0, i)
        layout.addLayout(tiles)

        self.classes = FiguresModel([self.tr("Kolektibilitas"), self.tr("Rekening"), self.tr("Outstanding"),
                                     self.tr("Porsi")], parent=self)
        self.class_table = make_table(self.classes, name="portfolioClasses")
        self.roll = FiguresModel([self.tr("Dari \\ ke")] + [label(b) for b in pf.BUCKETS], parent=self)
        self.roll_table = make_table(self.roll, name="portfolioRoll")
        self.roll_table.horizontalHeader().setStretchLastSection(False)
        self.roll_note = QLabel()
        self.roll_note.setWordWrap(True)
        rate_headers = [self.tr("Nama"), self.tr("Rekening"), self.tr("Jatuh tempo"), self.tr("Tertagih"),
                        self.tr("Rasio")]
        self.by_collector = FiguresModel([self.tr("Kolektor")] + rate_headers[1:], parent=self)
        self.by_officer = FiguresModel([self.tr("Petugas kredit")] + rate_headers[1:], parent=self)
        self.collector_table = make_table(self.by_collector, name="portfolioCollectors")
        self.officer_table = make_table(self.by_officer, name="portfolioOfficers")
        self.rates_note = QLabel()
        self.rates_note.setWordWrap(True)
        self.rates_note.setStyleSheet("color: #b00020;")

        rate_rule = self.tr("Rasio tertagih = pokok dan bunga diterima bulan itu (angsuran jatuh tempo s.d. akhir "
                            "bulan) ÷ angsuran jatuh tempo bulan itu. Rekening yang dipindah di tengah bulan "
                            "dihitung untuk kolektor di akhir bulan.")
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self._boxed(self.tr("Outstanding pokok per kolektibilitas"), "", self.class_table))
        top.addWidget(self._boxed(self.tr("Roll rate dari akhir bulan sebelumnya (% outstanding)"),
                                  self.tr("Baris: ember hari tunggak di akhir bulan sebelumnya; kolom: di akhir bulan "
                                          "ini. Lunas/keluar: lunas, dilunasi dipercepat atau dihapus buku."),
                                  self.roll_table, self.roll_note))
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        top.setSizes([440, 620])  # the class table whole; the matrix takes the rest
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self._boxed(self.tr("Rasio tertagih per kolektor (pemegang rekening di akhir bulan)"),
                                     rate_rule, self.collector_table))
        bottom.addWidget(self._boxed(self.tr("Rasio tertagih per petugas kredit"), rate_rule, self.officer_table))
        bottom.setSizes([500, 500])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.rates_note)
        body_layout.addWidget(split, 1)
        layout.addWidget(self.body, 1)
        self.quality = None
        self.matrix = None
        self.month.currentIndexChanged.connect(lambda _i: self.show_month())

    @staticmethod
    def _boxed(title: str, tip: str, *widgets) -> QWidget:
        box = QWidget()
        box.setToolTip(tip)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(title)
        caption.setStyleSheet("font-weight: 600;")
        layout.addWidget(caption)
        for widget in widgets:
            layout.addWidget(widget, 1 if widget is widgets[0] else 0)
        return box

    # ------------------------------------------------------------------------------------------ loading
    def refresh(self) -> None:
        """Reload the list of closed month ends (keeping the month shown) and show it."""
        from models.core.db import read_transaction

        with read_transaction():
            ends = pf.month_ends()
        shown = self.month.currentData()
        self.month.blockSignals(True)
        self.month.clear()
        for end in ends:
            self.month.addItem(f"{end:%m/%Y}", end)
        if shown in ends:
            self.month.setCurrentIndex(ends.index(shown))
        self.month.blockSignals(False)
        has = bool(ends)
        self.empty.setVisible(not has)
        self.body.setEnabled(has)
        if has:
            self.show_month()

    def show_month(self) -> None:
        from models.core.db import read_transaction
        from models.core.errors import NotFound

        period_end = self.month.currentData()
        if period_end is None:
            return
        with read_transaction():
            quality = pf.portfolio_quality(period_end)
            try:
                matrix = pf.roll_rates(period_end)
            except NotFound:
                matrix = None
            recorded = pf.collection_recorded(period_end)
            by_collector = pf.collection_rates(period_end, "collector") if recorded else []
            by_officer = pf.collection_rates(period_end, "officer") if recorded else []
        self.quality, self.matrix = quality, matrix
        self._show_tiles(quality, by_officer, recorded)
        self._show_classes(quality)
        self._show_roll(matrix, period_end)
        self._show_rates(by_collector, by_officer, recorded)

    def _show_tiles(self, q: pf.PortfolioQuality, rates: list, recorded: bool) -> None:
        self.tiles["npf_gross"].show_value(
            percent_text(q.npf_gross), self.tr("Kelas 3–5 {npl} dari {total}").format(
                npl=money_text(q.npl_outstanding), total=money_text(q.outstanding)))
        self.tiles["npf_net"].show_value(
            percent_text(q.npf_net), self.tr("(NPL − CKPN NPL {allowance}) ÷ (outstanding − CKPN NPL); POJK "
                                             "35/2018").format(allowance=money_text(q.allowance_npl)))
        for n in (1, 30, 90):
            self.tiles[f"par{n}"].show_value(
                percent_text(q.par[n]), self.tr("Outstanding menunggak lebih dari {days} hari: {amount}").format(
                    days=n - 1 if n == 1 else n, amount=money_text(q.par_outstanding[n])))
        if recorded:
            total = pf.total_rate(rates)
            self.tiles["collection"].show_value(percent_text(total.rate), self.tr(
                "Tertagih {collected} dari jatuh tempo {due}").format(collected=money_text(total.collected),
                                                                      due=money_text(total.due)))
        else:
            self.tiles["collection"].show_value("–", self.tr("Tidak tercatat untuk bulan ini"))

    def _show_classes(self, q: pf.PortfolioQuality) -> None:
        rows = [(f"{r.collectibility} {label(r.label)}", str(r.loans), money_text(r.outstanding),
                 percent_text(pf.percent(r.outstanding, q.outstanding))) for r in q.by_class]
        rows.append((self.tr("Jumlah"), str(q.loans), money_text(q.outstanding),
                     percent_text(Decimal(100) if q.outstanding else None)))
        self.classes.set_rows(rows, bold_last=True)
        self.class_table.setToolTip("\n".join(
            self.tr("Stage {stage} (PSAK 71): {loans} rekening, {amount}, CKPN {allowance} ({coverage})").format(
                stage=r.stage, loans=r.loans, amount=money_text(r.outstanding), allowance=money_text(r.allowance),
                coverage=percent_text(r.coverage)) for r in q.by_stage))

    def _show_roll(self, matrix: pf.RollMatrix | None, period_end) -> None:
        if matrix is None:
            self.roll.set_rows([])
            self.roll_note.setText(self.tr("Akhir bulan sebelumnya belum ditutup: belum ada perpindahan untuk "
                                           "dihitung."))
            return
        rows, tips = [], []
        for i, name in enumerate(matrix.buckets[:-1]):
            rows.append((label(name),) + tuple(percent_text(matrix.rate(i, j)) if matrix.counts[i][j] else ""
                                               for j in range(len(matrix.buckets))))
            tips.append(("",) + tuple(self.tr("{loans} rekening, {amount}").format(
                loans=matrix.counts[i][j], amount=money_text(matrix.outstanding[i][j])) if matrix.counts[i][j]
                else "" for j in range(len(matrix.buckets))))
        self.roll.set_rows(rows, tips)
        self.roll_note.setText(self.tr("Dari {previous} ke {current}; pinjaman baru bulan ini: {new}.").format(
            previous=f"{matrix.previous_end:%d/%m/%Y}", current=f"{matrix.period_end:%d/%m/%Y}",
            new=sum(matrix.entered)))

    def _rate_rows(self, rates: list) -> list[tuple[str, ...]]:
        rows = [(message(r.name), str(r.loans), money_text(r.due), money_text(r.collected), percent_text(r.rate))
                for r in rates]
        if rates:
            total = pf.total_rate(rates)
            rows.append((message(total.name), str(total.loans), money_text(total.due), money_text(total.collected),
                         percent_text(total.rate)))
        return rows

    def _show_rates(self, by_collector: list, by_officer: list, recorded: bool) -> None:
        self.by_collector.set_rows(self._rate_rows(by_collector), bold_last=True)
        self.by_officer.set_rows(self._rate_rows(by_officer), bold_last=True)
        self.rates_note.setVisible(not recorded)
        if not recorded:
            self.rates_note.setText(self.tr("Rasio tertagih tidak tercatat untuk bulan ini: bulan itu ditutup "
                                            "sebelum tutup buku mencatatnya."))
