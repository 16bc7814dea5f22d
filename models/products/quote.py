"""The dealer quote: "berapa DP dan angsurannya?" answered for several tenors at once.

The CMO at the dealer types the OTR price, the down payment (an amount or a percentage), picks the product and
the vehicle type, ticks a few tenors, and reads a table: amount financed, installment, total payable, total
interest and the effective rate per tenor, with every cost beside it.  The same :class:`Quote` record is
printed as a one-page RIPLAY-style summary (``reports/quote_pdf.py``), copied into WhatsApp
(:func:`quote_text`) and expanded into the full schedule of one tenor (:func:`quote_schedule`).

Why it is shaped this way:

* Pure arithmetic on :class:`models.products.products.ProductTerms`: no database except, when the caller does not pass
  one, reading the office's NPF band; no Qt.  The schedule comes from ``models.products.loanmath.build_schedule``, the
  one engine every contract uses, so a quote and the contract that follows it cannot disagree.
* A down payment below the product's minimum for the vehicle type is refused with the rule named
  ("DP minimum 20 % untuk roda dua (POJK 35/2018 Pasal 20, NPF > 5 %)"): the CMO must be able to tell the
  dealer why, not just that.
* Costs: admin fee and fiducia fee are fixed amounts; provision is a percentage of the amount financed;
  insurance is a yearly rate of the insured value (the OTR price for a vehicle, the loan otherwise) for every
  year started, either added to the amount financed or paid up front.  Admin, provision and fiducia are costs
  of the credit: they enter the *total* effective rate (``cost_rate``) as cash the customer pays at the start.
  The interest-only effective rate (``effective_rate``) is the figure set beside the flat rate, as POJK
  13/2024 asks banks to disclose.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from models.core.errors import FieldError, ValidationError
from models.core.money import ROUND_RUPIAH, SEN, ZERO, D, MoneyError, format_rupiah, money_sum, round_money
from models.core.texts import _
from models.products.loanmath import (
    METHOD_LABELS,
    PERIOD_LABELS,
    PERIODS_PER_YEAR,
    Frequency,
    Method,
    Schedule,
    build_schedule,
    effective_rate,
)
from models.products.products import (
    KIND_LABELS,
    VEHICLE_LABELS,
    VEHICLE_TYPES,
    LoanProduct,
    ProductTerms,
    dp_rule_text,
    insurance_premium,
    late_fee_rule_text,
    min_dp_pct,
    pct_text,
)

__all__ = ["QuoteRow", "Quote", "STANDARD_TENORS", "make_quote", "validate_quote", "quote_schedule",
           "quote_text"]

#: The tenors the simulation screen offers as tick boxes (months).
STANDARD_TENORS = (12, 18, 24, 30, 36, 48, 60)
HUNDRED = D(100)


@dataclass(frozen=True)
class QuoteRow:
    """One tenor of a quote.  Rates are percentages per year (``Decimal("44.1")`` = 44,1 %)."""

    tenor: int
    amount_financed: Decimal     # OTR - DP (+ insurance when financed): the principal of the schedule
    installment: Decimal         # the regular (rounded) installment
    last_installment: Decimal    # the last one, which absorbs the rounding
    total_payable: Decimal       # every installment added up
    total_interest: Decimal
    effective_rate: Decimal      # interest only: the figure set beside the flat rate
    cost_rate: Decimal           # interest plus admin, provision and fiducia paid at the start
    admin_fee: Decimal
    provision: Decimal
    insurance: Decimal
    fiducia_fee: Decimal
    upfront_costs: Decimal       # admin + provision + fiducia (+ insurance when paid up front)
    first_payment: Decimal       # DP + upfront costs: what the customer brings to the dealer


@dataclass(frozen=True)
class Quote:
    """A whole simulation: the inputs, the rule applied, and one :class:`QuoteRow` per tenor."""

    terms: ProductTerms
    otr: Decimal
    dp: Decimal
    dp_pct: Decimal              # DP as % of OTR, two decimals (for display; the check uses the exact ratio)
    vehicle_type: str | None
    annual_rate: Decimal
    npf_band: str
    min_dp_pct: Decimal
    rows: tuple[QuoteRow, ...]
    start: dt.date
    purpose: str | None = None   # four-wheel: investment or multiguna (POJK 35/2018 Pasal 20)

    @property
    def dp_rule(self) -> str:
        """The DP rule that applied, named with its regulation (empty for products without one)."""
        if not self.vehicle_type:
            return ""
        return dp_rule_text(self.min_dp_pct, self.vehicle_type, self.npf_band, self.purpose)

    @property
    def insurance_financed(self) -> bool:
        return self.terms.insurance_financed

    @property
    def is_vehicle(self) -> bool:
        return self.terms.kind == "vehicle"

    def row(self, tenor: int) -> QuoteRow:
        for r in self.rows:
            if r.tenor == tenor:
                return r
        raise KeyError(tenor)


def _terms(product) -> ProductTerms:
    return product.terms() if isinstance(product, LoanProduct) else product


def _number(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return D(value)
    except MoneyError:
        return None


def _resolve_dp(otr: Decimal, dp, dp_pct) -> tuple[Decimal | None, list[FieldError]]:
    """The DP amount from an amount or a percentage of the OTR (exactly one of them)."""
    if dp is not None and dp_pct is not None:
        return None, [FieldError("dp", _("isi DP sebagai jumlah atau persen, bukan keduanya"), "both")]
    if dp_pct is not None:
        pct = _number(dp_pct)
        if pct is None or not ZERO <= pct < HUNDRED:
            return None, [FieldError("dp_pct", _("DP (%) harus antara 0 dan kurang dari 100"), "out_of_range")]
        return round_money(otr * pct / HUNDRED, ROUND_RUPIAH), []
    amount = _number(dp if dp is not None else 0)
    if amount is None or amount < 0:
        return None, [FieldError("dp", _("DP harus jumlah uang yang tidak negatif"), "negative")]
    if amount >= otr:
        return None, [FieldError("dp", _("DP harus lebih kecil dari harga OTR"), "not_below_otr")]
    return amount.quantize(SEN), []


def validate_quote(terms: ProductTerms, otr, dp, dp_pct, vehicle_type, tenors, rate, band,
                   purpose: str | None = None) -> list[FieldError]:
    """Every reason the quote cannot be made, at once (the DP minimum named with its rule).

    Args: as :func:`make_quote`.
    Returns:
        A list of :class:`FieldError`; ``dp`` errors with code ``below_minimum`` carry the rule text.
    """
    errors: list[FieldError] = []
    price = _number(otr)
    if price is None or price <= 0:
        errors.append(FieldError("otr", _("harga OTR / plafon harus lebih dari nol"), "not_positive"))
    elif price != price.quantize(SEN):
        errors.append(FieldError("otr", _("harga tidak boleh lebih kecil dari satu sen"), "sub_sen"))
    else:
        amount, dp_errors = _resolve_dp(price, dp, dp_pct)
        errors += dp_errors
        needs_vehicle = terms.kind == "vehicle" or bool(terms.dp_rules)
        if needs_vehicle and vehicle_type not in VEHICLE_TYPES:
            errors.append(FieldError("vehicle_type", _("pilih jenis kendaraan (roda dua / roda empat)"), "required"))
        elif amount is not None:
            minimum = min_dp_pct(terms, vehicle_type, band, purpose)
            if amount * HUNDRED < minimum * price:
                errors.append(FieldError("dp", dp_rule_text(minimum, vehicle_type, band, purpose), "below_minimum"))
        if purpose not in (None, "", "investment", "multiguna"):
            errors.append(FieldError("purpose", _("tujuan pembiayaan: investasi atau multiguna"), "unknown"))
    if not tenors:
        errors.append(FieldError("tenors", _("pilih paling sedikit satu tenor"), "required"))
    for n in tenors or ():
        if not isinstance(n, int) or not terms.tenor_min <= n <= terms.tenor_max:
            errors.append(FieldError("tenors", _("tenor {n} di luar batas produk ({tenor_min}–{tenor_max})", n=n, tenor_min=terms.tenor_min, tenor_max=terms.tenor_max), "out_of_range"))
    r = _number(rate)
    if r is None or not terms.rate_min <= r <= terms.rate_max:
        errors.append(FieldError("rate", _("bunga harus antara {low} dan {high} % per tahun", low=pct_text(terms.rate_min), high=pct_text(terms.rate_max)), "out_of_range"))
    return errors


def make_quote(product: LoanProduct | ProductTerms, otr, *, dp=None, dp_pct=None, vehicle_type: str | None = None,
               tenors=STANDARD_TENORS, rate=None, npf_band: str | None = None,
               start: dt.date | None = None, purpose: str | None = None) -> Quote:
    """Simulate a loan for several tenors.

    Args:
        product: the product (row or terms).
        otr: the on-the-road price of the vehicle, or the loan amount asked for other products.
        dp: the down payment as an amount; or ``dp_pct``: as a percentage of ``otr`` (rounded to the rupiah).
            Neither means no down payment.
        vehicle_type: ``two_wheel`` or ``four_wheel``; required for vehicle products.
        tenors: installments, e.g. ``(11, 17, 23, 29, 35)``; each within the product's tenor range.
        rate: annual rate in percent; default the product's standard rate.
        npf_band: the office's NPF band; default the office setting.
        start: contract date for the due dates; default today.
        purpose: for four-wheel financing, ``investment`` (default) or ``multiguna``: the minimum DP depends on
            it (POJK 35/2018 Pasal 20); the quote names the rule that applied (``Quote.dp_rule``).
    Returns:
        A :class:`Quote` with one row per tenor, in the order asked.
    Raises:
        ValidationError: every broken rule, the DP minimum named with its regulation.
    """
    terms = _terms(product)
    if npf_band is None:
        from models.products.products import npf_band as office_band

        npf_band = office_band()
    rate = terms.rate_default if rate is None else rate
    tenors = tuple(tenors)
    errors = validate_quote(terms, otr, dp, dp_pct, vehicle_type, tenors, rate, npf_band, purpose)
    if errors:
        raise ValidationError(errors)
    price = D(otr).quantize(SEN)
    amount, _ = _resolve_dp(price, dp, dp_pct)
    start = start or dt.date.today()
    rate = D(rate)
    rows = tuple(_row(terms, price, amount, vehicle_type, n, rate, start) for n in tenors)
    return Quote(terms=terms, otr=price, dp=amount, dp_pct=(amount * HUNDRED / price).quantize(SEN),
                 vehicle_type=vehicle_type, annual_rate=rate, npf_band=npf_band,
                 min_dp_pct=min_dp_pct(terms, vehicle_type, npf_band, purpose), rows=rows, start=start,
                 purpose=purpose or None)


def _costs(terms: ProductTerms, price: Decimal, dp: Decimal, tenor: int) -> tuple[Decimal, Decimal, Decimal]:
    """(insurance, amount financed, provision) for one tenor."""
    base = price - dp
    insured_value = price if terms.kind == "vehicle" else base
    insurance = insurance_premium(terms, insured_value, tenor)
    financed = base + insurance if terms.insurance_financed else base
    provision = round_money(financed * terms.provision_pct / HUNDRED, ROUND_RUPIAH)
    return insurance, financed, provision


def _schedule(terms: ProductTerms, financed: Decimal, rate: Decimal, tenor: int, start: dt.date,
              credit_costs: Decimal) -> Schedule:
    return build_schedule(financed, rate, tenor, terms.method, start, frequency=terms.frequency,
                          rounding=terms.rounding, upfront_costs=credit_costs)


def _row(terms, price, dp, vehicle_type, tenor, rate, start) -> QuoteRow:
    insurance, financed, provision = _costs(terms, price, dp, tenor)
    credit_costs = terms.admin_fee + provision + terms.fiducia_fee
    schedule = _schedule(terms, financed, rate, tenor, start, credit_costs)
    flows = [r.installment for r in schedule.rows]
    interest_only = effective_rate(financed, flows, PERIODS_PER_YEAR[Frequency(terms.frequency)])
    upfront = credit_costs + (ZERO if terms.insurance_financed else insurance)
    return QuoteRow(
        tenor=tenor, amount_financed=financed, installment=schedule.installment,
        last_installment=schedule.rows[-1].installment, total_payable=schedule.total_payable,
        total_interest=schedule.total_interest, effective_rate=interest_only,
        cost_rate=schedule.effective_annual_rate, admin_fee=terms.admin_fee.quantize(SEN), provision=provision,
        insurance=insurance, fiducia_fee=terms.fiducia_fee.quantize(SEN), upfront_costs=upfront.quantize(SEN),
        first_payment=(dp + upfront).quantize(SEN))


def quote_schedule(quote: Quote, tenor: int, start: dt.date | None = None) -> Schedule:
    """The full installment schedule of one tenor of ``quote`` (the same figures as its row)."""
    row = quote.row(tenor)
    credit_costs = row.admin_fee + row.provision + row.fiducia_fee
    return _schedule(quote.terms, row.amount_financed, quote.annual_rate, tenor, start or quote.start,
                     credit_costs)


def method_text(terms: ProductTerms) -> str:
    """``flat``, ``efektif anuitas`` …"""
    return METHOD_LABELS[Method(terms.method)]


def period_text(terms: ProductTerms) -> str:
    return PERIOD_LABELS[Frequency(terms.frequency)]


def quote_text(quote: Quote) -> str:
    """The quote as plain text for pasting into WhatsApp (``*bold*`` is WhatsApp's own mark-up).

    Lines stay short because a phone screen is narrow; figures are the same as on the printed quote.
    """
    t = quote.terms
    unit = "bln" if t.frequency == "monthly" else period_text(t)
    lines = [f"*Simulasi {t.name}*"]
    if quote.is_vehicle:
        vehicle = f" ({VEHICLE_LABELS[quote.vehicle_type]})" if quote.vehicle_type else ""
        lines.append(f"Harga OTR{vehicle}: {format_rupiah(quote.otr)}")
        lines.append(f"DP {pct_text(quote.dp_pct)} %: {format_rupiah(quote.dp)}")
    else:
        lines.append(f"Plafon: {format_rupiah(quote.otr - quote.dp)}")
    first = quote.rows[0]
    lines.append(f"Bunga {pct_text(quote.annual_rate)} % per tahun {method_text(t)}"
                 + (f" (efektif {pct_text(first.effective_rate.quantize(SEN))} % per tahun untuk "
                    f"{first.tenor} {unit})" if t.method == Method.FLAT.value else ""))
    lines.append("")
    for r in quote.rows:
        lines.append(f"*{r.tenor} {unit}*: {format_rupiah(r.installment)}/{unit}")
        lines.append(f"  pokok dibiayai {format_rupiah(r.amount_financed)}, total {format_rupiah(r.total_payable)}")
        lines.append(f"  bayar pertama {format_rupiah(r.first_payment)}")
    lines.append("")
    costs = [f"admin {format_rupiah(first.admin_fee)}"]
    if t.provision_pct:
        costs.append(f"provisi {pct_text(t.provision_pct)} %")
    if t.fiducia_fee:
        costs.append(f"fidusia {format_rupiah(first.fiducia_fee)}")
    if t.insurance_rate_pct:
        costs.append(f"asuransi {pct_text(t.insurance_rate_pct)} %/thn "
                     + ("(masuk pokok)" if t.insurance_financed else "(dibayar di muka)"))
    lines.append("Biaya: " + ", ".join(costs))
    lines.append(late_fee_rule_text(t) + ".")
    lines.append("_Simulasi, bukan penawaran mengikat; angka akhir mengikuti kontrak._")
    return "\n".join(lines)


def product_label(terms: ProductTerms) -> str:
    """``Kredit Motor (Pembiayaan kendaraan, flat)`` for lists."""
    return f"{terms.name} ({KIND_LABELS.get(terms.kind, terms.kind)}, {method_text(terms)})"


def totals_of(schedule: Schedule) -> dict:
    """Column totals of a schedule (installment, principal, interest)."""
    return {"installment": money_sum(r.installment for r in schedule.rows),
            "principal": money_sum(r.principal for r in schedule.rows),
            "interest": money_sum(r.interest for r in schedule.rows)}
