"""Warning letters (surat peringatan SP1, SP2, SP3 and the formal demand, somasi), issued in batch.

The office sets each stage in the setting ``collections.letter_stages``: a list, in order, of
``{"stage", "title", "min_dpd", "min_installments", "days_after_previous", "text"}`` — a stage is reached when
the account is at least ``min_dpd`` days past due, has at least ``min_installments`` installments overdue and
the previous stage's letter of this episode is at least ``days_after_previous`` days old (0 = no condition).
The default follows one practice seen in Indonesian systems (DOMAIN.md): SP1 at two installments overdue, SP2
fourteen days later, SP3 at three overdue, then somasi fourteen days after SP3.

**Episodes.**  An arrears episode is an unbroken stretch of days on which some installment was overdue; it is
rebuilt from the schedule (each installment is overdue from the day after its due date until the day it was
paid), so it needs no nightly job.  Within one episode a stage is issued once and stages go in order; once the
account is cured (nothing overdue for a day) a new episode starts and SP1 can be issued again.

**Numbers** are gap-free per stage, branch and year (:func:`models.core.office.next_number`, taken in the batch's
transaction).  Each letter stores the amounts as of its date — the figure the cashier would ask for
(:func:`models.cashier.payments.counter_view` through :func:`models.collections.collections.cashier_figures`) — and the text as
printed, so the register and a reprint show what the customer received.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from models.core import audit
from models.core.clock import now
from models.core.db import BaseModel, write_transaction
from models.core.errors import FieldError, ValidationError
from models.core.money import D, MoneyField, format_rupiah
from models.core.office import get_setting, next_number, put_setting, the_office
from models.core.users import User, require
from models.customers.customers import Customer
from models.loans.loans import Installment, Loan, days_past_due
from models.core.texts import _

STAGES_SETTING = "collections.letter_stages"
NUMBER_FORMAT = "{stage}/{branch}/{year}/{n:05d}"

DEFAULT_TEXT = (
    "Berdasarkan catatan kami, sampai dengan tanggal {tanggal} kewajiban Saudara atas perjanjian pembiayaan "
    "nomor {kontrak} belum dipenuhi: {angsuran_tertunggak} angsuran tertunggak sejak {jatuh_tempo} "
    "({hari} hari).\n\nJumlah yang harus dibayar per tanggal surat ini: tunggakan angsuran {tunggakan}, denda "
    "{denda}, seluruhnya {total}.\n\nKami minta Saudara menyelesaikan kewajiban tersebut selambat-lambatnya "
    "tanggal {batas} di kantor kami atau melalui rekening resmi perusahaan.")
DEFAULT_STAGES = [
    {"stage": "SP1", "title": "SURAT PERINGATAN PERTAMA", "min_dpd": 0, "min_installments": 2,
     "days_after_previous": 0, "text": DEFAULT_TEXT},
    {"stage": "SP2", "title": "SURAT PERINGATAN KEDUA", "min_dpd": 0, "min_installments": 2,
     "days_after_previous": 14, "text": DEFAULT_TEXT},
    {"stage": "SP3", "title": "SURAT PERINGATAN KETIGA", "min_dpd": 0, "min_installments": 3,
     "days_after_previous": 0, "text": DEFAULT_TEXT + "\n\nApabila tidak diselesaikan, kami akan mengambil "
                                                      "langkah sesuai perjanjian, termasuk penarikan jaminan."},
    {"stage": "SOMASI", "title": "SOMASI", "min_dpd": 0, "min_installments": 3, "days_after_previous": 14,
     "text": DEFAULT_TEXT + "\n\nSurat ini merupakan teguran terakhir sebelum penyelesaian melalui jalur hukum "
                            "(Pasal 1238 KUHPerdata)."},
]


class WarningLetter(BaseModel):
    loan = ForeignKeyField(Loan, on_delete="RESTRICT", backref="+", index=True)
    stage = CharField(max_length=10)
    number = CharField(max_length=40, unique=True)
    date = DateField(index=True)
    episode_start = DateField()  # first day of the arrears episode the letter belongs to
    dpd = IntegerField()
    overdue_count = IntegerField()
    arrears = MoneyField()
    late_fees = MoneyField()
    total = MoneyField()  # the cashier's figure on the letter's date
    deadline = DateField()
    title = CharField(max_length=80)
    body = TextField()  # as printed
    issued_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    created_at = DateTimeField(default=now)


@dataclass(frozen=True)
class Stage:
    stage: str
    title: str
    min_dpd: int
    min_installments: int
    days_after_previous: int
    text: str


def stages() -> list[Stage]:
    """The office's letter stages, in order."""
    raw = get_setting(STAGES_SETTING, None) or DEFAULT_STAGES
    return [Stage(str(s["stage"]), str(s.get("title") or s["stage"]), int(s.get("min_dpd") or 0),
                  int(s.get("min_installments") or 0), int(s.get("days_after_previous") or 0),
                  str(s.get("text") or DEFAULT_TEXT)) for s in raw]


def validate_stages(rows: list[dict]) -> list[FieldError]:
    errors, seen = [], set()
    if not rows:
        errors.append(FieldError("stages", _("paling sedikit satu tahap surat")))
    for n, s in enumerate(rows, start=1):
        name = str(s.get("stage") or "").strip()
        if not name or len(name) > 10 or not name.replace("_", "").isalnum():
            errors.append(FieldError("stage", _("tahap {n}: kode 1–10 huruf/angka", n=n), row=n))
        if name in seen:
            errors.append(FieldError("stage", _("tahap {n}: kode {name} dipakai dua kali", n=n, name=name), row=n))
        seen.add(name)
        for key in ("min_dpd", "min_installments", "days_after_previous"):
            try:
                if int(s.get(key) or 0) < 0:
                    raise ValueError
            except (TypeError, ValueError):
                errors.append(FieldError(key, _("tahap {n}: bilangan bulat tidak negatif", n=n), row=n))
        if int(s.get("min_dpd") or 0) == 0 and int(s.get("min_installments") or 0) == 0 and n == 1:
            errors.append(FieldError("min_dpd", _("tahap pertama perlu batas hari atau jumlah angsuran"), row=n))
        if not str(s.get("text") or "").strip():
            errors.append(FieldError("text", _("tahap {n}: isi surat wajib diisi", n=n), row=n))
        else:
            try:
                str(s["text"]).format(**_sample_fields())
            except (KeyError, IndexError, ValueError) as exc:
                errors.append(FieldError("text", _("tahap {n}: isian tidak dikenal {exc}", n=n, exc=exc), row=n))
    return errors


@write_transaction
def set_stages(actor: User, rows: list[dict]) -> None:
    """The office sets thresholds and texts (``settings.edit``); audited."""
    require(actor, "settings.edit")
    errors = validate_stages(rows)
    if errors:
        raise ValidationError(errors)
    before = [s.__dict__ for s in stages()]
    put_setting(STAGES_SETTING, rows)
    audit.record(actor, "setting.change", "setting", STAGES_SETTING, before={"stages": before},
                 after={"stages": rows})


def _sample_fields() -> dict:
    return dict(nama="", alamat="", kontrak="", tanggal="", jatuh_tempo="", hari=0, angsuran_tertunggak=0,
                tunggakan="", denda="", total="", batas="", kantor="")


# ------------------------------------------------------------------------------------------- episodes
def episode_start(rows: list[tuple[dt.date, dt.date | None]], as_of: dt.date) -> dt.date | None:
    """The first day of the arrears episode running on ``as_of`` (None when nothing is overdue then).

    Args:
        rows: (due date, paid on or None) of each installment.  An installment is overdue from the day after
            its due date up to (not including) the day it was paid.
    """
    spans = sorted((due + dt.timedelta(days=1), paid) for due, paid in rows
                   if due < as_of and (paid is None or paid > due + dt.timedelta(days=0)))
    start, end = None, None  # current merged span [start, end) ; end None = still open
    result = None
    for s, e in spans:
        if start is not None and (end is None or s <= end):
            end = None if (end is None or e is None) else max(end, e)
        else:
            start, end = s, e
        if start <= as_of and (end is None or end > as_of):
            result = start
    return result


@dataclass(frozen=True)
class Candidate:
    loan_id: int
    stage: Stage
    episode_start: dt.date
    dpd: int
    overdue_count: int


def candidates(as_of: dt.date, loan_ids: list[int] | None = None) -> list[Candidate]:
    """The accounts that reached their next stage on ``as_of`` and were not sent it in this episode."""
    order = stages()
    if not order:
        return []
    first_min = min((s.min_dpd for s in order), default=0)
    query = Loan.select(Loan.id, Loan.oldest_unpaid_due).where((Loan.status == "active")
                                                                & (Loan.oldest_unpaid_due < as_of))
    if first_min:
        query = query.where(Loan.oldest_unpaid_due <= as_of - dt.timedelta(days=first_min))
    if loan_ids is not None:
        query = query.where(Loan.id.in_(loan_ids))
    oldest = dict(query.tuples())
    if not oldest:
        return []
    ids = list(oldest)
    schedule: dict[int, list] = {}
    for loan_id, due, paid in (Installment.select(Installment.loan, Installment.due_date, Installment.paid_on)
                               .where(Installment.loan.in_(ids) & (Installment.due_date < as_of)).tuples()):
        schedule.setdefault(loan_id, []).append((_d(due), _d(paid)))
    sent: dict[int, list[tuple[str, dt.date]]] = {}
    for loan_id, stage, date in (WarningLetter.select(WarningLetter.loan, WarningLetter.stage, WarningLetter.date)
                                 .where(WarningLetter.loan.in_(ids)).order_by(WarningLetter.date, WarningLetter.id)
                                 .tuples()):
        sent.setdefault(loan_id, []).append((stage, _d(date)))
    index = {s.stage: n for n, s in enumerate(order)}
    out = []
    for loan_id in ids:
        rows = schedule.get(loan_id, [])
        start = episode_start(rows, as_of)
        if start is None:
            continue
        overdue = sum(1 for due, paid in rows if due < as_of and (paid is None or paid > as_of))
        dpd = days_past_due(_d(oldest[loan_id]), as_of)
        this_episode = [(stage, date) for stage, date in sent.get(loan_id, []) if date >= start and stage in index]
        done = max((index[s] for s, _ in this_episode), default=-1)
        if done + 1 >= len(order):
            continue  # every stage sent in this episode
        stage = order[done + 1]
        if dpd < stage.min_dpd or overdue < stage.min_installments:
            continue
        if stage.days_after_previous and this_episode:
            if (as_of - this_episode[-1][1]).days < stage.days_after_previous:
                continue
        elif stage.days_after_previous and done >= 0:
            continue
        out.append(Candidate(loan_id, stage, start, dpd, overdue))
    return out


def _d(value):
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


@dataclass(frozen=True)
class BatchResult:
    letters: list  # WarningLetter rows, in number order
    by_stage: dict


@write_transaction
def issue_batch(actor: User, as_of: dt.date | None = None, *, loan_ids: list[int] | None = None) -> BatchResult:
    """Issue every letter due on ``as_of`` (``letter.issue``), one transaction: gap-free numbers per stage,
    amounts and text as of the letter's date, one audit row for the batch.

    Returns:
        The letters made (the PDF is printed from them by :mod:`reports.collections_pdf`).
    """
    from models.collections.collections import cashier_figures

    require(actor, "letter.issue")
    as_of = as_of or dt.date.today()
    found = candidates(as_of, loan_ids)
    if not found:
        return BatchResult([], {})
    figures = cashier_figures([c.loan_id for c in found], as_of)
    loans = {l.id: l for l in Loan.select(Loan, Customer).join(Customer, on=(Loan.customer == Customer.id))
             .where(Loan.id.in_([c.loan_id for c in found]))}
    office = the_office()
    deadline = as_of + dt.timedelta(days=int(get_setting("collections.letter_deadline_days", 7)))
    made, by_stage = [], {}
    for cand in sorted(found, key=lambda c: (c.stage.stage, loans[c.loan_id].contract_no)):
        loan = loans[cand.loan_id]
        fig = figures[cand.loan_id]
        customer = loan.customer
        number = next_number(f"letter_{cand.stage.stage.lower()}", loan.branch, as_of.year,
                             fmt=NUMBER_FORMAT.replace("{stage}", cand.stage.stage))
        address = ", ".join(p for p in (customer.address, f"RT {customer.rt}/RW {customer.rw}" if customer.rt else "",
                                         customer.village, customer.district, customer.regency) if p)
        fields = dict(nama=customer.full_name, alamat=address, kontrak=loan.contract_no,
                      tanggal=f"{as_of:%d/%m/%Y}", jatuh_tempo=f"{_d(loan.oldest_unpaid_due):%d/%m/%Y}",
                      hari=cand.dpd, angsuran_tertunggak=fig.overdue_count, tunggakan=format_rupiah(fig.arrears),
                      denda=format_rupiah(fig.late_fees), total=format_rupiah(fig.total),
                      batas=f"{deadline:%d/%m/%Y}", kantor=office.name)
        letter = WarningLetter.create(loan=loan.id, stage=cand.stage.stage, number=number, date=as_of,
                                      episode_start=cand.episode_start, dpd=cand.dpd,
                                      overdue_count=fig.overdue_count, arrears=fig.arrears, late_fees=fig.late_fees,
                                      total=fig.total, deadline=deadline, title=cand.stage.title,
                                      body=cand.stage.text.format(**fields), issued_by=actor)
        made.append(letter)
        by_stage[cand.stage.stage] = by_stage.get(cand.stage.stage, 0) + 1
    audit.record(actor, "letter.issue", "warning_letter", "", after={"date": as_of, "by_stage": by_stage,
                                                                    "first": made[0].number, "last": made[-1].number})
    return BatchResult(made, by_stage)


@dataclass(frozen=True)
class LetterRow:
    id: int
    number: str
    stage: str
    date: dt.date
    contract_no: str
    customer: str
    dpd: int
    total: Decimal
    issued_by: str


def register(date_from: dt.date | None = None, date_to: dt.date | None = None, *,
             loan: Loan | None = None) -> list[LetterRow]:
    """The register of every letter (optionally of a period or one loan), newest first."""
    names = dict(User.select(User.id, User.full_name).tuples())
    query = (WarningLetter.select(WarningLetter, Loan.contract_no, Customer.full_name)
             .join(Loan, on=(WarningLetter.loan == Loan.id)).join(Customer, on=(Loan.customer == Customer.id))
             .order_by(WarningLetter.date.desc(), WarningLetter.number.desc()))
    if date_from:
        query = query.where(WarningLetter.date >= date_from)
    if date_to:
        query = query.where(WarningLetter.date <= date_to)
    if loan is not None:
        query = query.where(WarningLetter.loan == loan.id)
    return [LetterRow(w.id, w.number, w.stage, _d(w.date), w.loan.contract_no, w.loan.customer.full_name, w.dpd,
                      D(w.total), names.get(w.issued_by_id, "")) for w in query]
