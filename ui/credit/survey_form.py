"""The officer's field survey and 5C analysis, with the repayment capacity computed as it is typed."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget,
)

from models.credit import applications as apps
from models.core.errors import DomainError
from models.core.money import ZERO, format_rupiah
from models.products.products import pct_text
from ui.credit.application_form import dialog_buttons
from ui.common.dialogs import show_error
from ui.common.labels import label
from ui.common.money_edit import MoneyEdit
from ui.common.focus import chain_as_laid_out


class SurveyForm(QDialog):
    def __init__(self, session, app: apps.Application, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.app = app
        self.saved = None
        self.setWindowTitle(self.tr("Survei dan analisis 5C — {number}").format(number=app.number))
        self.setMinimumWidth(760)
        self._build()
        survey = apps.survey_of(app)
        if survey is not None:
            self._load(survey)
        self.update_capacity()
        chain_as_laid_out(self)  # Tab follows the layout; the cursor starts in the first field

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        head = QLabel(self.tr("{customer} · {product} · angsuran {installment} × {tenor}").format(
            customer=self.app.customer.full_name, product=self.app.product.name,
            installment=format_rupiah(self.app.installment), tenor=self.app.tenor))
        head.setObjectName("surveyHead")
        outer.addWidget(head)
        visit = QGroupBox(self.tr("Kunjungan"))
        form = QFormLayout(visit)
        self.visit_date = QDateEdit(QDate.currentDate())
        self.visit_date.setObjectName("visitDate")
        self.visit_date.setCalendarPopup(True)
        self.visit_date.setDisplayFormat("dd/MM/yyyy")
        form.addRow(self.tr("Tanggal kunjungan"), self.visit_date)
        self.findings = QPlainTextEdit()
        self.findings.setObjectName("findings")
        self.findings.setFixedHeight(54)
        form.addRow(self.tr("Temuan"), self.findings)
        outer.addWidget(visit)

        money = QGroupBox(self.tr("Penghasilan dan kewajiban per bulan"))
        form = QFormLayout(money)
        self.money: dict[str, MoneyEdit] = {}
        for name, caption in (("income_main", self.tr("Penghasilan utama")),
                              ("income_spouse", self.tr("Penghasilan pasangan")),
                              ("income_other", self.tr("Penghasilan lain")),
                              ("household_expenses", self.tr("Biaya rumah tangga")),
                              ("debt_installments", self.tr("Angsuran utang lain"))):
            edit = MoneyEdit()
            edit.setObjectName(name)
            edit.valueChanged.connect(lambda *_: self.update_capacity())
            self.money[name] = edit
            form.addRow(caption, edit)
        self.existing_debts = QLineEdit()
        self.existing_debts.setObjectName("existingDebts")
        self.existing_debts.setPlaceholderText(self.tr("di mana, berapa, sisa berapa bulan (SLIK)"))
        form.addRow(self.tr("Utang yang ada"), self.existing_debts)
        self.capacity = QLabel()
        self.capacity.setObjectName("capacity")
        self.capacity.setWordWrap(True)
        form.addRow(self.tr("Kemampuan bayar"), self.capacity)
        outer.addWidget(money)

        five = QGroupBox(self.tr("Analisis 5C (nilai 1–5)"))
        grid = QGridLayout(five)
        self.scores: dict[str, QSpinBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        for row, (code, text) in enumerate(apps.FIVE_C.items()):
            spin = QSpinBox()
            spin.setObjectName(f"score_{code}")
            spin.setRange(apps.SCORE_MIN, apps.SCORE_MAX)
            spin.setValue(3)
            note = QLineEdit()
            note.setObjectName(f"note_{code}")
            grid.addWidget(QLabel(label(text)), row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(note, row, 2)
            self.scores[code], self.notes[code] = spin, note
        grid.setColumnStretch(2, 1)
        outer.addWidget(five)

        docs = QGroupBox(self.tr("Kelengkapan dokumen"))
        grid = QGridLayout(docs)
        self.documents: dict[str, QCheckBox] = {}
        for i, (code, text) in enumerate(apps.DOCUMENTS.items()):
            box = QCheckBox(label(text) + (" *" if code in apps.REQUIRED_DOCUMENTS else ""))
            box.setObjectName(f"doc_{code}")
            self.documents[code] = box
            grid.addWidget(box, i // 2, i % 2)
        outer.addWidget(docs)

        row = QHBoxLayout()
        self.recommendation = QComboBox()
        self.recommendation.setObjectName("recommendation")
        self.recommendation.addItem(self.tr("(pilih)"), "")
        for code, text in apps.RECOMMENDATIONS.items():
            self.recommendation.addItem(label(text), code)
        self.recommendation_note = QLineEdit()
        self.recommendation_note.setObjectName("recommendationNote")
        self.recommendation_note.setPlaceholderText(self.tr("syarat atau catatan untuk pemutus"))
        row.addWidget(QLabel(self.tr("Rekomendasi")))
        row.addWidget(self.recommendation)
        row.addWidget(self.recommendation_note, 1)
        outer.addLayout(row)

        self.buttons = dialog_buttons(self, self.tr("Simpan survei"), self.save)
        outer.addWidget(self.buttons)

    def _load(self, survey) -> None:
        self.visit_date.setDate(QDate(survey.visit_date.year, survey.visit_date.month, survey.visit_date.day))
        self.findings.setPlainText(survey.findings)
        for name, edit in self.money.items():
            edit.setValue(getattr(survey, name))
        self.existing_debts.setText(survey.existing_debts)
        notes = survey.notes()
        for code, spin in self.scores.items():
            spin.setValue(getattr(survey, f"score_{code}"))
            self.notes[code].setText(notes.get(code, ""))
        for code in survey.document_codes():
            self.documents[code].setChecked(True)
        self.recommendation.setCurrentIndex(max(0, self.recommendation.findData(survey.recommendation)))
        self.recommendation_note.setText(survey.recommendation_note)

    def data(self) -> dict:
        d = self.visit_date.date()
        data = {name: edit.value() for name, edit in self.money.items()}
        data.update(visit_date=dt.date(d.year(), d.month(), d.day()), findings=self.findings.toPlainText(),
                    existing_debts=self.existing_debts.text(),
                    notes_5c={code: note.text() for code, note in self.notes.items()},
                    documents=[code for code, box in self.documents.items() if box.isChecked()],
                    recommendation=self.recommendation.currentData(),
                    recommendation_note=self.recommendation_note.text())
        data.update({f"score_{code}": spin.value() for code, spin in self.scores.items()})
        return data

    def update_capacity(self) -> None:
        cap = apps.compute_capacity(self.app.installment, self.app.terms().max_dsr_pct,
                                    **{name: (edit.value() or ZERO) for name, edit in self.money.items()})
        if cap.ratio_pct is None:
            self.capacity.setText(self.tr("Isi penghasilan dan biaya untuk menghitung kemampuan bayar."))
            return
        self.capacity.setText(self.tr(
            "Penghasilan bersih {net}; angsuran = <b style='color:{colour}'>{ratio} %</b> "
            "(batas produk {limit} %)").format(net=format_rupiah(cap.net_income),
                                               colour="#1b5e20" if cap.ok else "#b3261e",
                                               ratio=pct_text(cap.ratio_pct), limit=pct_text(cap.max_pct)))

    def save(self):
        try:
            self.saved = apps.record_survey(self.session.user, self.app.id, self.data())
        except DomainError as exc:
            show_error(self, exc)
            return None
        self.session.notify("applications")
        self.accept()
        return self.saved
