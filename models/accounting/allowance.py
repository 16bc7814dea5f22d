"""Allowance for losses (CKPN) and the BPR's regulatory reserve (PPKA): the office's method, its rates, and the
roll-rate matrix that derives loss rates from the office's own month ends.

Two methods (setting ``accounting.allowance``, the office kind picks the default):

* ``class`` — by collectibility class, after deducting eligible collateral.  The BPR preset is the PPKA of
  POJK 33/2018 (kept by POJK 1/2024): 0,5 % of Lancar (general reserve, on the gross exposure) and 3 / 10 / 50 /
  100 % of DPK / KL / D / M (specific reserve) on the exposure less eligible collateral.  The default for a BPR
  and a cooperative.
* ``stage`` — PSAK 71 expected credit loss by stage (1: up to 30 days past due, 2: 31–90, 3: over 90) on the
  gross carrying amount (principal + accrued interest − unamortised fees), with loss rates the office enters,
  or derives from its history (:func:`derived_stage_rates`: probability of default from the roll-rate matrix of
  past month-end snapshots × loss given default).  The default for a multifinance company.

Eligible collateral: a vehicle whose BPKB is held by the office counts at ``collateral_pct`` % (default 50) of
its OTR price.  That percentage is the office's own policy figure — check it against the regulator's list of
collateral that may be deducted and the haircut it prescribes before relying on it.

Rates are percentages with up to two decimals; the SQL multiplies integer sen by hundredths of a percent and
rounds half up, so the figures are exact and the same on every run.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from models.core import audit
from models.core.errors import FieldError, ValidationError
from models.core.texts import _
from models.core.money import ZERO, D

SETTING = "accounting.allowance"
METHODS = ("class", "stage")
METHOD_LABELS = {"class": "Per kolektibilitas setelah agunan (PPKA)", "stage": "Per stage PSAK 71 (ECL)"}
KIND_METHODS = {"leasing": "stage", "multifinance": "stage", "bpr": "class", "koperasi": "class"}
#: PPKA (POJK 33/2018): general 0,5 % on Lancar, specific 3/10/50/100 % on DPK/KL/D/M after collateral.
PPKA_RATES = {1: D("0.5"), 2: D("3"), 3: D("10"), 4: D("50"), 5: D("100")}
#: Entered PSAK 71 loss rates until the office has history (office policy; replace with derived rates).
STAGE_RATES = {1: D("1"), 2: D("10"), 3: D("50")}
DEFAULT_LGD = D("50")  # % of the exposure lost once in default (office policy)
DEFAULT_COLLATERAL_PCT = D("50")


@dataclass(frozen=True)
class Policy:
    """The office's allowance policy.

    Attributes:
        method: ``class`` or ``stage``.
        class_rates: % per collectibility class 1–5 (``class``).
        stage_rates: % per stage 1–3 (``stage``).
        collateral_pct: % of the OTR price of a held vehicle that counts as eligible collateral.
        deduct_from: classes whose exposure is reduced by eligible collateral (PPKA: the specific reserve).
        lgd: loss given default in % (used by :func:`derived_stage_rates`).
    """

    method: str
    class_rates: dict
    stage_rates: dict
    collateral_pct: Decimal = DEFAULT_COLLATERAL_PCT
    deduct_from: tuple = (2, 3, 4, 5)
    lgd: Decimal = DEFAULT_LGD

    def as_json(self) -> dict:
        return {"method": self.method, "class_rates": {str(k): str(v) for k, v in self.class_rates.items()},
                "stage_rates": {str(k): str(v) for k, v in self.stage_rates.items()},
                "collateral_pct": str(self.collateral_pct), "deduct_from": list(self.deduct_from),
                "lgd": str(self.lgd)}


def default_policy(kind: str) -> Policy:
    return Policy(KIND_METHODS.get(kind, "stage"), dict(PPKA_RATES), dict(STAGE_RATES))


def policy() -> Policy:
    """The office's policy (setting ``accounting.allowance``, else its kind's default)."""
    from models.core.office import Office, get_setting

    office = Office.select(Office.kind).order_by(Office.id).first()
    base = default_policy(office.kind if office is not None else "leasing")
    stored = get_setting(SETTING, "")
    if not isinstance(stored, dict):
        return base
    return Policy(stored.get("method", base.method),
                  {int(k): D(v) for k, v in (stored.get("class_rates") or {}).items()} or base.class_rates,
                  {int(k): D(v) for k, v in (stored.get("stage_rates") or {}).items()} or base.stage_rates,
                  D(stored.get("collateral_pct", base.collateral_pct)),
                  tuple(stored.get("deduct_from", base.deduct_from)), D(stored.get("lgd", base.lgd)))


def validate_policy(p: Policy) -> list[FieldError]:
    errors = []
    if p.method not in METHODS:
        errors.append(FieldError("method", _("metode CKPN tidak dikenal: {method}", method=repr(p.method))))
    for name, rates, keys in (("class_rates", p.class_rates, range(1, 6)), ("stage_rates", p.stage_rates, range(1, 4))):
        for k in keys:
            rate = D(rates.get(k, -1))
            if not ZERO <= rate <= 100 or rate != rate.quantize(D("0.01")):
                errors.append(FieldError(name, _("tarif {k}: 0–100 % dengan paling banyak dua desimal", k=k)))
    for name, value in (("collateral_pct", p.collateral_pct), ("lgd", p.lgd)):
        if not ZERO <= D(value) <= 100:
            errors.append(FieldError(name, _("persentase 0–100")))
    return errors


def set_policy(actor, p: Policy) -> Policy:
    """Store the office's allowance policy (``settings.edit``; audited before/after)."""
    from models.core.db import run_in_transaction
    from models.core.office import put_setting
    from models.core.users import require

    require(actor, "settings.edit")
    errors = validate_policy(p)
    if errors:
        raise ValidationError(errors)

    def body():
        before = policy()
        put_setting(SETTING, p.as_json())
        audit.record(actor, "settings.allowance", "setting", SETTING, before=before.as_json(), after=p.as_json())
        return p

    return run_in_transaction(body)


def _bp(rate: Decimal) -> int:
    """A percentage as hundredths of a percent (0,5 % → 50)."""
    return int(D(rate) * 100)


def target_sql(p: Policy) -> str:
    """SQL expression (over the month-end state columns) for each loan's allowance target in sen."""
    def rate_case(column: str, rates: dict) -> str:
        return "(CASE " + " ".join(f"WHEN {column} = {int(k)} THEN {_bp(v)}" for k, v in sorted(rates.items())) \
               + " ELSE 0 END)"

    if p.method == "class":
        deduct = ",".join(str(int(k)) for k in p.deduct_from) or "0"
        base = (f"(CASE WHEN collectibility IN ({deduct}) THEN (CASE WHEN principal_outstanding > collateral_value "
                f"THEN principal_outstanding - collateral_value ELSE 0 END) ELSE principal_outstanding END)")
        rate = rate_case("collectibility", p.class_rates)
    else:
        gross = ("principal_outstanding + (CASE WHEN accrued_interest > 0 THEN accrued_interest ELSE 0 END) "
                 "- deferred_fee")
        base = f"(CASE WHEN {gross} > 0 THEN {gross} ELSE 0 END)"
        rate = rate_case("stage", p.stage_rates)
    return f"(({base}) * {rate} + 5000) / 10000"


# ------------------------------------------------------------------------------------------- roll rates
BUCKETS = (1, 2, 3, 0)  # stages 1–3; 0 = left the book (paid off / settled)
BUCKET_LABELS = {1: "Stage 1 (≤ 30 hari)", 2: "Stage 2 (31–90 hari)", 3: "Stage 3 (> 90 hari)", 0: "Lunas/keluar"}


def roll_rate_matrix(last_period_end=None, months: int = 12) -> dict:
    """The roll-rate matrix of the office's month ends: how loans moved between stages from one month end to
    the next, counted over the last ``months`` pairs of snapshots.

    Returns:
        ``{"counts": {from: {to: n}}, "rates": {from: {to: Fraction}}, "pairs": k}``; buckets 1–3 are stages,
        0 is "left the book".  Rates are exact fractions of the loans starting in each bucket.
    """
    from models.core.db import database

    db = database.obj
    ends = [r[0] for r in db.execute_sql(
        "SELECT DISTINCT period_end FROM loan_snapshot ORDER BY period_end DESC").fetchall()]
    if last_period_end is not None:
        ends = [e for e in ends if str(e) <= str(last_period_end)]
    ends = sorted(ends[:months + 1])
    counts = {b: {c: 0 for c in BUCKETS} for b in BUCKETS}
    pairs = 0
    for a, b in zip(ends, ends[1:]):
        pairs += 1
        rows = db.execute_sql(
            "SELECT s0.stage, CASE WHEN s1.status IS NULL OR s1.status <> 'active' THEN 0 ELSE s1.stage END, "
            "COUNT(*) FROM loan_snapshot s0 LEFT JOIN loan_snapshot s1 ON s1.loan_id = s0.loan_id "
            f"AND s1.period_end = {db.param} WHERE s0.period_end = {db.param} AND s0.status = 'active' "
            "GROUP BY 1, 2", (b, a)).fetchall()
        for frm, to, n in rows:
            counts[int(frm)][int(to)] += int(n)
    rates = {}
    for frm in BUCKETS:
        total = sum(counts[frm].values())
        rates[frm] = {to: (Fraction(counts[frm][to], total) if total else Fraction(int(frm == to)))
                      for to in BUCKETS}
    rates[0] = {to: Fraction(int(to == 0)) for to in BUCKETS}  # a loan that left stays out
    rates[3] = {to: Fraction(int(to == 3)) for to in BUCKETS}  # default is absorbing for the PD
    return {"counts": counts, "rates": rates, "pairs": pairs}


def _matpow_row(rates: dict, start: int, steps: int) -> dict:
    row = {b: Fraction(int(b == start)) for b in BUCKETS}
    for _ in range(steps):
        row = {to: sum((row[frm] * rates[frm][to] for frm in BUCKETS), Fraction(0)) for to in BUCKETS}
    return row


def derived_stage_rates(matrix: dict, lgd: Decimal = DEFAULT_LGD, horizon_stage1: int = 12,
                        horizon_stage2: int = 36) -> dict[int, Decimal]:
    """Loss rates per stage derived from the roll-rate matrix: PD × LGD.

    Stage 1 uses the 12-month probability of reaching stage 3 (PSAK 71 ¶5.5.5, 12-month ECL); stage 2 a
    lifetime horizon (``horizon_stage2`` months, ¶5.5.3); stage 3 is in default (PD = 1).

    Returns:
        ``{1: %, 2: %, 3: %}`` rounded to two decimals.
    """
    out = {}
    for stage_no, horizon in ((1, horizon_stage1), (2, horizon_stage2)):
        pd = _matpow_row(matrix["rates"], stage_no, horizon)[3]
        out[stage_no] = (D(pd.numerator) / D(pd.denominator) * D(lgd)).quantize(D("0.01"))
    out[3] = D(lgd).quantize(D("0.01"))
    return out


def adopt_derived_rates(actor, as_of=None) -> Policy:
    """Replace the entered stage loss rates with those derived from the office's roll rates (``settings.edit``;
    audited through :func:`set_policy`).

    Raises:
        ValidationError: fewer than two consecutive month-end snapshots (nothing to derive from).
    """
    matrix = roll_rate_matrix(as_of)
    if not matrix["pairs"]:
        raise ValidationError(FieldError("stage_rates", _("belum ada dua snapshot akhir bulan berturut-turut")))
    current = policy()
    rates = derived_stage_rates(matrix, current.lgd)
    return set_policy(actor, Policy(current.method, current.class_rates, rates, current.collateral_pct,
                                    current.deduct_from, current.lgd))
