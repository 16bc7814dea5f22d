"""Posting rules: which accounts a loan or savings event debits and credits.

The loan and savings modules never name accounts.  They describe what happened as events with amounts
(``("installment_principal", 800000)``, ``("installment_interest", 150000)``, ``("late_fee", 12000)``) and
:func:`models.ledger.journals.post_event` turns them into journal lines through a mapping::

    {"installment_interest": {"debit": "1101", "credit": "4101"}, ...}

The default mapping comes with the office's chart of accounts (``resources/coa/*.json``, stored in the setting
``ledger.chart`` when the chart is installed, so the office can adjust it); a loan or savings product may store
an override dict keyed by event, merged over the default.  An event mapped to ``None`` posts nothing:

* ``late_fee_waiver`` — late fees are recognised when paid (cash basis, the default), so waiving one that was
  never income moves no account.  An office accruing late fees maps it, e.g. to debit Pendapatan Denda and
  credit a late-fee receivable.
* ``reversal`` — a reversed payment is reversed with :func:`models.ledger.journals.reverse_journal` (the mirror of its
  journal), not as an event; a product may map it to book a reversal charge.

``overpayment_applied`` moves money out of Titipan Angsuran *into the cash drawer's clearing position* (debit
Titipan, credit Kas); the payment module then posts the installment events (debit Kas) for the applied amount,
so Kas nets to zero and principal and interest land on their own accounts.  A refund of an overpayment uses
the same event.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from models.core.errors import FieldError, ValidationError
from models.core.money import ZERO, D
from models.core.office import get_setting
from models.core.texts import _
from models.ledger.chart import CHART_SETTING, Account, Line, _office_kind, chart_for_kind, chart_roles

EVENTS = (
    "disbursement", "admin_fee", "fiducia_fee", "provision", "insurance", "installment_principal",
    "installment_interest",
    "late_fee", "late_fee_waiver", "overpayment", "overpayment_applied", "early_payoff", "early_payoff_penalty",
    "write_off", "loss_allowance", "recovery", "reversal", "savings_deposit", "savings_withdrawal",
    "savings_interest", "savings_tax", "savings_penalty",
    # Month-end accounting (issue 14): deferred fees, effective-interest accruals, non-accrual, allowance.
    "deferred_fee", "interest_accrual", "interest_accrual_reversal", "fee_amortisation", "fee_amortisation_reversal",
    "accrued_interest_payment", "loss_allowance_release", "interest_suspense", "interest_suspense_release",
    "interest_suspense_clear",
    # Direct origination costs (deferred, or an expense on the flat basis) and restructured loans (PSAK 71 ¶5.4.3).
    "direct_cost", "direct_cost_expense", "interest_capitalised", "modification_gain", "modification_loss",
    # Capitalised interest of a restructured loan on the flat basis: deferred, income as the principal is paid.
    "capitalised_interest_deferred", "capitalised_interest_release", "capitalised_interest_writeback",
)
EVENT_LABELS = {
    "disbursement": "Pencairan pinjaman", "admin_fee": "Biaya administrasi",
    "fiducia_fee": "Biaya fidusia (dititipkan untuk notaris)", "provision": "Provisi",
    "insurance": "Premi asuransi", "installment_principal": "Angsuran pokok",
    "installment_interest": "Angsuran bunga", "late_fee": "Denda keterlambatan",
    "late_fee_waiver": "Penghapusan denda", "overpayment": "Titipan (kelebihan bayar)",
    "overpayment_applied": "Pemakaian titipan", "early_payoff": "Pelunasan dipercepat (pokok)",
    "early_payoff_penalty": "Penalti pelunasan dipercepat", "write_off": "Hapus buku",
    "loss_allowance": "Penyisihan kerugian piutang", "recovery": "Penerimaan piutang hapus buku",
    "reversal": "Pembalikan", "savings_deposit": "Setoran simpanan", "savings_withdrawal": "Penarikan simpanan",
    "savings_interest": "Jasa simpanan", "savings_tax": "PPh final jasa simpanan",
    "savings_penalty": "Penalti simpanan berjangka",
    "deferred_fee": "Provisi dan administrasi ditangguhkan", "interest_accrual": "Akrual bunga efektif",
    "interest_accrual_reversal": "Pembalikan akrual bunga", "fee_amortisation": "Amortisasi provisi dan administrasi",
    "fee_amortisation_reversal": "Koreksi amortisasi provisi dan administrasi",
    "accrued_interest_payment": "Pelunasan bunga akrual oleh angsuran",
    "loss_allowance_release": "Pemulihan cadangan kerugian piutang",
    "interest_suspense": "Bunga kredit bermasalah ke rekening tangguhan",
    "interest_suspense_release": "Bunga tangguhan diakui saat diterima",
    "interest_suspense_clear": "Bunga tangguhan dihapus dengan piutang bunga",
    "direct_cost": "Biaya langsung pemberian pinjaman ditangguhkan",
    "direct_cost_expense": "Biaya langsung pemberian pinjaman (beban)",
    "interest_capitalised": "Bunga akrual dikapitalisasi ke pokok",
    "modification_gain": "Laba modifikasi pinjaman (restrukturisasi)",
    "modification_loss": "Rugi modifikasi pinjaman (restrukturisasi)",
    "capitalised_interest_deferred": "Bunga dikapitalisasi ditangguhkan",
    "capitalised_interest_release": "Bunga dikapitalisasi diakui saat pokok dibayar",
    "capitalised_interest_writeback": "Bunga dikapitalisasi dikeluarkan saat hapus buku",
}


def default_mapping() -> dict:
    """The office's event → accounts mapping: the installed chart's (setting), else the shipped one."""

    shipped = dict(chart_for_kind(_office_kind())["posting_rules"])
    stored = get_setting(CHART_SETTING)
    if stored and stored.get("posting_rules"):
        # Events added to the shipped chart after the office installed its own keep their shipped rule.
        return {**shipped, **dict(stored["posting_rules"])}
    return shipped


def validate_mapping(mapping: dict) -> list[FieldError]:
    """Check a product's override dict: known events, each ``None`` or ``{"debit": code, "credit": code}``."""

    errors = []
    codes = {c for (c,) in Account.select(Account.code).tuples()}
    for event, rule in (mapping or {}).items():
        if event not in EVENTS:
            errors.append(FieldError("posting_rules", _("peristiwa tidak dikenal: {event}", event=f"{event!r}")))
            continue
        if rule is None:
            continue
        if not isinstance(rule, dict) or set(rule) != {"debit", "credit"}:
            errors.append(FieldError("posting_rules", _("{event}: isi dengan akun debit dan akun kredit", event=event)))
            continue
        for side in ("debit", "credit"):
            if str(rule[side]) not in codes:
                errors.append(FieldError("posting_rules", _("{event}: akun {side} {rule} tidak ada", event=event, side=side, rule=rule[side])))
        if rule["debit"] == rule["credit"]:
            errors.append(FieldError("posting_rules", _("{event}: akun debit dan kredit tidak boleh sama", event=event)))
    return errors


def resolve_mapping(product_mapping: dict | None = None) -> dict:
    """The default mapping with a product's overrides on top."""
    mapping = default_mapping()
    mapping.update(product_mapping or {})
    return mapping


def build_lines(event_lines: Iterable[tuple[str, Decimal]], product_mapping: dict | None = None, *,
                cash_account: str | None = None) -> list:
    """Turn ``[(event, amount), …]`` into journal :class:`~models.ledger.chart.Line` records.

    Lines on the same account and side are added together, so a payment of principal, interest and late fee
    reads as one debit to Kas and three credits.

    Args:
        cash_account: replaces the chart's cash account (role ``cash``) wherever the mapping names it.
    Returns:
        The lines (empty when every amount is zero or unmapped).
    Raises:
        ValidationError: an unknown event, an event the mapping lacks, or a negative amount.
    """

    mapping = resolve_mapping(product_mapping)
    cash = chart_roles().get("cash")
    errors = []
    sums: dict[tuple[str, str], Decimal] = {}
    order: list[tuple[str, str]] = []
    for event, amount in event_lines:
        if event not in EVENTS:
            errors.append(FieldError("event", _("peristiwa tidak dikenal: {event}", event=f"{event!r}")))
            continue
        amount = D(amount)
        if amount < 0:
            errors.append(FieldError("amount", _("{event}: jumlah tidak boleh negatif", event=event)))
            continue
        if amount == ZERO:
            continue
        if event not in mapping:
            errors.append(FieldError("event", _("{event}: belum ada aturan jurnal untuk peristiwa ini", event=event)))
            continue
        rule = mapping[event]
        if rule is None:
            continue
        for side in ("debit", "credit"):
            code = str(rule[side])
            if cash_account and code == cash:
                code = str(cash_account)
            key = (code, side)
            if key not in sums:
                order.append(key)
                sums[key] = ZERO
            sums[key] += amount
    if errors:
        raise ValidationError(errors)
    # Debits first, then credits, as a journal is read.
    order.sort(key=lambda k: 0 if k[1] == "debit" else 1)
    return [Line(code, debit=sums[(code, side)]) if side == "debit" else Line(code, credit=sums[(code, side)])
            for code, side in order]


def net_lines(lines: list) -> list:
    """Net a journal's debits and credits on the same account into one line per account.

    Used where money only *seems* to pass through an account: an advance applied to an installment (Dr Titipan /
    Cr Kas, then Dr Kas / Cr receivable) nets to Dr Titipan / Cr receivable, and a disbursement that withholds
    the fees (Cr Bank for the amount financed, Dr Bank for each fee) nets to Cr Bank for what the office
    actually paid, the fees staying on their own lines (issue 13, item 11).  The cash report and the cash book
    then show only money that moved.  Accounts keep their first order; an account that nets to zero drops out.
    """
    from models.ledger.chart import Line

    if not lines:
        return []
    net: dict[str, Decimal] = {}
    order: list[str] = []
    for line in lines:
        code = str(getattr(line.account, "code", line.account))
        if code not in net:
            order.append(code)
            net[code] = ZERO
        net[code] += D(line.debit) - D(line.credit)
    first = lines[0]
    out = []
    for code in order:
        value = net[code]
        if value > ZERO:
            out.append(Line(code, debit=value, customer_id=first.customer_id, loan_id=first.loan_id))
        elif value < ZERO:
            out.append(Line(code, credit=-value, customer_id=first.customer_id, loan_id=first.loan_id))
    return out
