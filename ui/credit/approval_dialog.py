"""The supervisor's decision: the survey beside the dealer's history, a reason from the list, free text.

The dialog only gathers the decision; :mod:`models.credit.applications` enforces four eyes and the approval limit,
so a refusal (own submission, amount above the limit) is shown as the model words it.  A counter-offer asks
for the new DP and/or tenor and becomes a new version of the application.

Also here: the HTML summaries the applications page shows in its side panel (:func:`application_html`,
:func:`dealer_html`) and the small disbursement dialog (date and paying account).
"""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import DomainError
from models.core.money import format_rupiah
from models.credit import applications as apps
from models.products.products import pct_text
from ui.common.dialogs import show_error
from ui.common.labels import label, message
from ui.common.money_edit import MoneyEdit
from ui.credit.application_form import dialog_buttons
from ui.common.focus import chain_as_laid_out


def _summary_texts() -> dict[str, str]:
    """The side panel's captions, translated now (each call written out with its literal so lupdate finds it)."""
    translate = QCoreApplication.translate
    return {
        "customer": translate("ApplicationSummary", "Nasabah"), "product": translate("ApplicationSummary", "Produk"),
        "source": translate("ApplicationSummary", "Sumber"), "vehicle": translate("ApplicationSummary", "Kendaraan"),
        "otr": translate("ApplicationSummary", "Harga OTR"), "dp": translate("ApplicationSummary", "Uang muka"),
        "purpose": translate("ApplicationSummary", "Tujuan"),
        "financed": translate("ApplicationSummary", "Pokok dibiayai"),
        "installment": translate("ApplicationSummary", "Angsuran"),
        "installment_value": translate("ApplicationSummary", "{amount} × {tenor} bulan"),
        "interest": translate("ApplicationSummary", "Bunga"),
        "interest_value": translate("ApplicationSummary", "{rate} % per tahun, efektif {eff} %"),
        "first": translate("ApplicationSummary", "Bayar pertama"),
        "contract": translate("ApplicationSummary", "Kontrak"),
        "no_survey": translate("ApplicationSummary", "Belum disurvei."),
        "survey": translate("ApplicationSummary", "Survei"),
        "capacity": translate("ApplicationSummary", "Kemampuan bayar"),
        "documents": translate("ApplicationSummary", "Dokumen"), "findings": translate("ApplicationSummary", "Temuan"),
        "recommendation": translate("ApplicationSummary", "Rekomendasi petugas"),
        "history": translate("ApplicationSummary", "Riwayat status"),
        "system": translate("ApplicationSummary", "sistem"),
        "no_dealer": translate("ApplicationSummary", "Order tanpa dealer (datang langsung / referensi)."),
        "sent": translate("ApplicationSummary", "Pengajuan dikirim"),
        "decided": translate("ApplicationSummary", "Disetujui / ditolak"),
        "approval_rate": translate("ApplicationSummary", "Tingkat persetujuan"),
        "late": translate("ApplicationSummary", "Nasabah terlambat (12 angsuran pertama)"),
        "branch_rate": translate("ApplicationSummary", "Rata-rata cabang"),
        "rank": translate("ApplicationSummary", "Peringkat di cabang"),
        "fpd": translate("ApplicationSummary", "Gagal bayar angsuran pertama (FPD)"),
        "late6": translate("ApplicationSummary", "Menunggak 30+ hari pada bulan ke-6"),
        "vs_branch": translate("ApplicationSummary", "{dealer} (cabang {branch})"),
    }


def _e(value) -> str:
    return html.escape(str(value if value is not None else ""))


def application_html(app: apps.Application) -> str:
    """The order, its figures, the survey with the repayment capacity, and the status log, as HTML."""
    t = _summary_texts()
    rows = [(t["customer"], app.customer.full_name), (t["product"], app.product.name),
            (t["source"], label(apps.SOURCES.get(app.source, app.source))
             + (f" — {app.dealer.name}" if app.dealer_id else "")
             + (f" ({app.salesperson.name})" if app.salesperson_id else ""))]
    if app.vehicle_type:
        rows.append((t["vehicle"], " ".join(p for p in (app.asset_brand, app.asset_model, str(app.asset_year or ""),
                                                        app.asset_colour) if p)))
        rows += [(t["otr"], format_rupiah(app.otr_price)), (t["dp"], format_rupiah(app.down_payment))]
    else:
        rows.append((t["purpose"], app.purpose))
    rows += [(t["financed"], format_rupiah(app.amount_financed)),
             (t["installment"], t["installment_value"].format(amount=format_rupiah(app.installment), tenor=app.tenor)),
             (t["interest"], t["interest_value"].format(rate=pct_text(app.annual_rate),
                                                        eff=pct_text(app.effective_rate))),
             (t["first"], format_rupiah(app.first_payment))]
    if app.contract_no:
        rows.append((t["contract"], f"{app.contract_no} ({app.contract_date:%d/%m/%Y})"))
    out = [f"<h3>{_e(app.number)}{_e(f' v{app.version}' if app.version > 1 else '')} — "
           f"{_e(label(app.status_label))}</h3><table cellspacing='0' cellpadding='2'>"]
    out += [f"<tr><td style='color:#555'>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in rows]
    out.append("</table>")
    survey = apps.survey_of(app)
    if survey is None:
        out.append(f"<p><i>{_e(t['no_survey'])}</i></p>")
    else:
        cap = apps.repayment_capacity(app, survey)
        colour = "#1b5e20" if cap.ok else "#b3261e"
        out.append(f"<h4>{_e(t['survey'])} {survey.visit_date:%d/%m/%Y} — "
                   f"{_e(survey.surveyor.full_name)}</h4>")
        out.append(f"<p style='color:{colour}'><b>{_e(t['capacity'])}:</b> {_e(message(cap.text()))}</p>")
        notes = survey.notes()
        out.append("<table cellspacing='0' cellpadding='2'>")
        for code, text in apps.FIVE_C.items():
            score = getattr(survey, f"score_{code}")
            out.append(f"<tr><td>{_e(label(text))}</td><td><b>{'●' * score}{'○' * (5 - score)}</b></td>"
                       f"<td>{_e(notes.get(code, ''))}</td></tr>")
        out.append("</table>")
        have = set(survey.document_codes())
        docs = ", ".join(("✓ " if c in have else "✗ ") + label(text) for c, text in apps.DOCUMENTS.items())
        out.append(f"<p><b>{_e(t['documents'])}:</b> {_e(docs)}</p>")
        if survey.findings:
            out.append(f"<p><b>{_e(t['findings'])}:</b> {_e(survey.findings)}</p>")
        out.append(f"<p><b>{_e(t['recommendation'])}:</b> "
                   f"{_e(label(apps.RECOMMENDATIONS.get(survey.recommendation, '')))} "
                   f"{_e(survey.recommendation_note)}</p>")
    out.append(f"<h4>{_e(t['history'])}</h4><table cellspacing='0' cellpadding='1'>")
    for change in apps.history(app):
        who = change.user.full_name if change.user_id else t["system"]
        out.append(f"<tr><td>{change.at:%d/%m/%Y %H:%M}</td>"
                   f"<td>{_e(label(apps.STATUS_LABELS.get(change.to_status, '')))}"
                   f"</td><td>{_e(who)}</td><td style='color:#555'>{_e(change.reason)}</td></tr>")
    out.append("</table>")
    return "".join(out)


def dealer_html(app: apps.Application, as_of: dt.date | None = None) -> str:
    """The dealer's history beside the survey: orders, approval rate, early arrears, rank in the branch."""
    from models.credit.dealer_stats import branch_early_arrears, dealer_stats

    t = _summary_texts()
    if not app.dealer_id:
        return f"<p><i>{_e(t['no_dealer'])}</i></p>"
    as_of = as_of or dt.date.today()
    rows = dealer_stats(as_of, branch=app.branch_id)
    mine = next((r for r in rows if r.dealer_id == app.dealer_id), None)
    if mine is None:
        return ""
    branch_rate = branch_early_arrears(as_of, app.branch_id)
    arrears = "–" if mine.early_arrears_rate is None else f"{pct_text(mine.early_arrears_rate)} %"
    approval = "–" if mine.approval_rate is None else f"{pct_text(mine.approval_rate)} %"
    colour = "#b3261e" if (mine.early_arrears_rate is not None and branch_rate is not None
                           and mine.early_arrears_rate > branch_rate) else "#1b5e20"
    # (caption, value already escaped HTML): the late-customers value carries its own colour markup.
    pairs = [(t["sent"], _e(mine.sent)), (t["decided"], _e(f"{mine.approved} / {mine.rejected}")),
             (t["approval_rate"], _e(approval)),
             (t["late"], f"<b style='color:{colour}'>{_e(arrears)}</b> ({mine.loans_late}/{mine.loans})"),
             (t["branch_rate"], _e("–" if branch_rate is None else f"{pct_text(branch_rate)} %")),
             (t["rank"], _e(f"{mine.rank} / {len(rows)}"))]
    # premature arrears (models.collections.premature): the same figures the collection page shows per dealer
    from models.collections.premature import dealer_track_record

    record = dealer_track_record(app.dealer_id, as_of)
    rate = lambda value: "–" if value is None else f"{pct_text(value)} %"  # noqa: E731
    pairs += [(t["fpd"], _e(t["vs_branch"].format(dealer=rate(record["fpd"]), branch=rate(record["branch_fpd"])))),
              (t["late6"], _e(t["vs_branch"].format(dealer=rate(record["late30_mob6"]),
                                                     branch=rate(record["branch_late30_mob6"]))))]
    body = "".join(f"<tr><td style='color:#555'>{_e(k)}</td><td>{v}</td></tr>" for k, v in pairs)
    return f"<h3>{_e(mine.name)}</h3><table cellspacing='0' cellpadding='2'>{body}</table>"


class ApprovalDialog(QDialog):
    """Decide on a submitted application: approve, reject, counter-offer or return to the officer."""

    def __init__(self, session, app: apps.Application, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.app = app
        self.result_app: apps.Application | None = None
        self.setWindowTitle(self.tr("Keputusan pengajuan {number}").format(number=app.number))
        self.resize(1100, 720)
        outer = QVBoxLayout(self)
        panes = QHBoxLayout()
        self.summary = QTextBrowser()
        self.summary.setObjectName("approvalSurvey")
        self.summary.setHtml(application_html(app))
        self.dealer = QTextBrowser()
        self.dealer.setObjectName("approvalDealer")
        self.dealer.setHtml(dealer_html(app))
        panes.addWidget(self.summary, 3)
        panes.addWidget(self.dealer, 2)
        outer.addLayout(panes, 1)

        box = QGroupBox(self.tr("Keputusan"))
        form = QFormLayout(box)
        kinds = QHBoxLayout()
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        for code, caption in (("approve", self.tr("Setujui")), ("counter", self.tr("Setujui dengan syarat lain")),
                              ("reject", self.tr("Tolak")), ("return", self.tr("Kembalikan ke petugas"))):
            button = QRadioButton(caption)
            button.setObjectName(f"kind_{code}")
            self.kind_group.addButton(button)
            self.kind_buttons[code] = button
            kinds.addWidget(button)
            button.toggled.connect(self._kind_changed)
        kinds.addStretch(1)
        form.addRow(self.tr("Putusan"), kinds)
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        form.addRow(self.tr("Alasan"), self.reason)
        counter = QHBoxLayout()
        self.new_dp = MoneyEdit()
        self.new_dp.setObjectName("newDp")
        self.new_dp.setValue(app.down_payment)
        self.new_tenor = QSpinBox()
        self.new_tenor.setObjectName("newTenor")
        terms = app.terms()
        self.new_tenor.setRange(terms.tenor_min, terms.tenor_max)
        self.new_tenor.setValue(app.tenor)
        self.new_tenor.setSuffix(self.tr(" bulan"))
        counter.addWidget(QLabel(self.tr("DP baru")))
        counter.addWidget(self.new_dp, 1)
        counter.addWidget(QLabel(self.tr("Tenor baru")))
        counter.addWidget(self.new_tenor)
        self.counter_row = QWidget()
        self.counter_row.setLayout(counter)
        form.addRow(self.tr("Syarat baru"), self.counter_row)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setFixedHeight(52)
        self.note.setPlaceholderText(self.tr("keterangan tambahan (dicetak pada surat untuk dealer)"))
        form.addRow(self.tr("Keterangan"), self.note)
        outer.addWidget(box)
        self.buttons = dialog_buttons(self, self.tr("Simpan keputusan"), self.decide, QDialogButtonBox.Ok)
        outer.addWidget(self.buttons)
        self.kind_buttons["approve"].setChecked(True)
        chain_as_laid_out(self)  # Tab follows the layout; the cursor starts in the first field

    def kind(self) -> str:
        return next(code for code, b in self.kind_buttons.items() if b.isChecked())

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.reason.clear()
        if kind in ("reject", "counter"):
            for code, text in apps.iter_reasons(kind):
                self.reason.addItem(label(text), code)
        self.reason.setEnabled(kind in ("reject", "counter"))
        self.counter_row.setEnabled(kind == "counter")

    def decide(self):
        user, kind, note = self.session.user, self.kind(), self.note.toPlainText()
        try:
            if kind == "approve":
                self.result_app = apps.approve_application(user, self.app.id, note)
            elif kind == "reject":
                self.result_app = apps.reject_application(user, self.app.id, self.reason.currentData(), note)
            elif kind == "return":
                self.result_app = apps.return_application(user, self.app.id, note)
            else:
                dp = self.new_dp.value()
                tenor = self.new_tenor.value()
                self.result_app = apps.counter_offer(
                    user, self.app.id, self.reason.currentData(), note,
                    down_payment=dp if dp is not None and dp != self.app.down_payment else None,
                    tenor=tenor if tenor != self.app.tenor else None)
        except DomainError as exc:
            show_error(self, exc)
            return None
        self.session.notify("applications")
        self.accept()
        return self.result_app


class DisbursementDialog(QDialog):
    """Date and paying account of a disbursement, with the net amount that leaves the office."""

    def __init__(self, session, app: apps.Application, parent: QWidget | None = None):
        super().__init__(parent)
        from models.credit.disbursement import default_cash_account
        from models.ledger.chart import Account, chart_roles

        self.session = session
        self.app = app
        self.loan = None
        self.setWindowTitle(self.tr("Pencairan {contract}").format(contract=app.contract_no))
        form = QFormLayout(self)
        form.addRow(self.tr("Nasabah"), QLabel(app.customer.full_name))
        form.addRow(self.tr("Pokok dibiayai"), QLabel(format_rupiah(app.amount_financed)))
        net = QLabel(f"<b>{format_rupiah(apps.net_disbursement(app))}</b>")
        net.setObjectName("netAmount")
        form.addRow(self.tr("Dibayarkan") + (self.tr(" ke dealer") if app.dealer_id else ""), net)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("disburseDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        form.addRow(self.tr("Tanggal"), self.date)
        self.account = QComboBox()
        self.account.setObjectName("cashAccount")
        codes = chart_roles().get("cash_accounts") or [default_cash_account()]
        for account in Account.select().where(Account.code.in_(codes)).order_by(Account.code):
            self.account.addItem(f"{account.code} {account.name}", account.code)
        self.account.setCurrentIndex(max(0, self.account.findData(default_cash_account())))
        form.addRow(self.tr("Dibayar dari"), self.account)
        # Direct costs of the loan paid with it (dealer commission or refund, survey): deferred and folded into
        # the effective rate by models.credit.disbursement.disburse.
        from models.loans.loan_income import income_method

        self.direct_costs = MoneyEdit()
        self.direct_costs.setObjectName("directCosts")
        if income_method() == "effective":
            self.direct_costs.setToolTip(self.tr("Komisi atau refund dealer, biaya survei: ditangguhkan dan "
                                                 "diamortisasi dengan suku bunga efektif"))
        else:
            self.direct_costs.setToolTip(self.tr("Komisi atau refund dealer, biaya survei: dibebankan langsung "
                                                 "(metode pendapatan flat)"))
        form.addRow(self.tr("Biaya langsung"), self.direct_costs)
        # What leaves the cash or bank account: the amount to the dealer plus the direct costs paid with it.
        self.net = apps.net_disbursement(app)
        self.total_out = QLabel(f"<b>{format_rupiah(self.net)}</b>")
        self.total_out.setObjectName("totalOut")
        form.addRow(self.tr("Total keluar dari kas/bank"), self.total_out)
        self.direct_costs.valueChanged.connect(
            lambda v: self.total_out.setText(f"<b>{format_rupiah(self.net + (v or 0))}</b>"))
        self.buttons = dialog_buttons(self, self.tr("Cairkan"), self.disburse, QDialogButtonBox.Ok)
        form.addRow(self.buttons)
        chain_as_laid_out(self)  # Tab follows the layout; the cursor starts in the first field

    def disburse(self):
        from models.credit.disbursement import disburse

        d = self.date.date()
        try:
            self.loan = disburse(self.session.user, self.app.id, dt.date(d.year(), d.month(), d.day()),
                                 cash_account=self.account.currentData(),
                                 direct_costs=self.direct_costs.value() or 0)
        except DomainError as exc:
            show_error(self, exc)
            return None
        for topic in ("applications", "loans", "ledger"):
            self.session.notify(topic)
        self.accept()
        return self.loan
