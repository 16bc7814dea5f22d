"""Contract and disbursement: the last two steps of an application, where money leaves the office.

:func:`create_contract` gives an approved application its contract number (gap-free per branch and year, from
the ``contract`` sequence, format in the setting ``number.format.contract``) and, for vehicle credit, opens
the BPKB's entry in the collateral register.

:func:`disburse` does, in ONE write transaction: the loan with its installment schedule
(:func:`models.loans.loans.create_loan`, schedule from the application's frozen quote starting on the disbursement
date), the journal, the application's status and the audit rows.  If any part fails, nothing is written.

The journal (through the posting rules, so the office's chart decides the accounts; the bank lines are then
netted into the one amount actually paid)::

    disbursement  amount financed     Dr Piutang Pembiayaan   Cr Bank (cash_account)
    insurance     premium             Dr Bank                 Cr Utang Premi Asuransi
    admin_fee     admin fee           Dr Bank                 Cr Pendapatan Administrasi
    fiducia_fee   fiducia fee         Dr Bank                 Cr Utang Biaya Fidusia (paid on to the notary)
    provision     provision           Dr Bank                 Cr Pendapatan Provisi
    direct_cost   direct costs        Dr 1305 (deferred)      Cr Bank (paid out with the disbursement)

Under the effective-interest method (PSAK 71 / SAK EP) the admin fee and provision go to the deferred account
instead (``deferred_fee``: Cr Pendapatan Provisi dan Administrasi Ditangguhkan, 1305), and the **direct costs**
of originating the loan the office pays at disbursement (the dealer's commission or refund, a survey) sit on the
debit side of that account, netting the fees: both are folded into the loan's effective rate and amortised
over its life (:func:`models.loans.loan_income.open_loan`).  On the flat basis the costs are an expense the day
they are paid (``direct_cost_expense``).

The customer paid the up-front costs (and the premium) with the down payment at the dealer, who keeps them
back; so the bank pays out the net amount (:func:`models.credit.applications.net_disbursement`) while loans
receivable rises by the full amount financed — exactly the loan's outstanding principal, which is what
``main.py check`` reconciles.

Maker ≠ checker: the person who disburses is neither the one who submitted the application nor the one who
made it.
"""
from __future__ import annotations

import datetime as dt
import json

from models.core.db import write_transaction
from models.core.errors import FieldError, ValidationError
from models.core.limits import require_not_approver
from models.core.money import ZERO, D, format_rupiah
from models.core.office import next_number
from models.core.texts import _
from models.core.users import Role, User, has_permission, refresh_rights, require, require_checker
from models.credit.applications import (
    Application,
    IllegalTransition,
    _illegal_message,
    _may_work_on,
    _move,
    _require_current,
    _stamp,
    _today,
    application_schedule,
    get_application,
    net_disbursement,
)
from models.credit.collateral import Collateral, register_for_contract, void_for_application
from models.customers.customers import Customer
from models.ledger.chart import chart_roles
from models.products.products import LoanProduct


@write_transaction
def create_contract(actor: User, application: Application | int, *, date: dt.date | None = None) -> str:
    """Make the contract of an approved application.

    Args:
        actor: holds ``application.contract``.
        date: the contract date (default today); its year picks the number sequence.
    Returns:
        The contract number, e.g. ``BDG/2026/00042``.
    Raises:
        IllegalTransition: the application is not approved (rejected, cancelled, still pending …).
        ValidationError: a vehicle without chassis and engine numbers (the BPKB and fiducia need them).
    """
    require(actor, "application.contract")
    app = _load(application)
    _require_current(app)
    if app.status != "approved":
        raise IllegalTransition(_illegal_message(app, "contracted"))
    date = date or _today()
    if app.decided_at is not None and date < app.decided_at.date():
        raise ValidationError(FieldError("date", _("tanggal kontrak tidak boleh sebelum tanggal persetujuan")))
    if app.is_vehicle:
        missing = [label for name, label in (("chassis_no", "nomor rangka"), ("engine_no", "nomor mesin"))
                   if not getattr(app, name)]
        if missing:
            raise ValidationError(FieldError("chassis_no", _("{fields} wajib diisi sebelum kontrak", fields=' dan '.join(missing)),
                                             "required"))
    number = next_number("contract", app.branch, date.year)
    app.contract_no = number
    app.contract_date = date
    app.contracted_by = actor
    _move(actor, app, "contracted", f"kontrak {number}",
          extra={"contract_no": number, "contract_date": date, "collateral": app.is_vehicle})
    if app.is_vehicle:

        register_for_contract(app)  # audited with the contract's move above
    return number


def _load(application: Application | int) -> Application:
    """The application with its product and customer in one query (both are needed right away)."""

    app_id = int(getattr(application, "id", application))
    app = (Application.select(Application, LoanProduct, Customer)
           .join(LoanProduct, on=(Application.product == LoanProduct.id))
           .switch(Application).join(Customer, on=(Application.customer == Customer.id))
           .where(Application.id == app_id).first())
    return app or get_application(app_id)  # get_application raises NotFound


def default_cash_account() -> str:
    """Where disbursements are paid from: the chart's bank account (transfer to the dealer), else cash."""

    roles = chart_roles()
    return str(roles.get("bank") or roles.get("cash"))


@write_transaction
def disburse(actor: User, application: Application | int, date: dt.date | None = None,
             cash_account: str | None = None, direct_costs=ZERO):
    """Disburse a contracted application: the loan, its schedule, the journal and the audit, together.

    Args:
        actor: holds ``loan.disburse``; not the submitter nor the maker of the application (four eyes).
        date: the disbursement date (the schedule starts here); not before the contract date.
        cash_account: the cash or bank account paying out (default :func:`default_cash_account`).
        direct_costs: direct costs of originating the loan paid with the disbursement, from the same account
            (rupiah, ≥ 0): the dealer's commission or refund, the survey.  Deferred and folded into the
            effective rate (PSAK 71 ¶B5.4.1–B5.4.3), or an expense on the flat basis.
    Returns:
        The new :class:`models.loans.loans.Loan`.
    Raises:
        IllegalTransition: not contracted (e.g. disbursing an unapproved application), or already disbursed.
        PermissionDenied: missing permission, or the same person as the submitter.
    """
    from models.ledger.chart import Line
    from models.ledger.journals import post_journal
    from models.ledger.posting_rules import build_lines, net_lines
    from models.loans.loan_income import ensure_accounts, income_method, open_loan
    from models.loans.loans import create_loan

    require(actor, "loan.disburse")
    app = _load(application)
    _require_current(app)
    if app.status != "contracted":
        raise IllegalTransition(_illegal_message(app, "disbursed"))
    require_checker(app.submitted_by_id, actor, f"Pencairan {app}")
    require_checker(app.created_by_id, actor, f"Pencairan {app}")
    require_not_approver(app, actor, f"Pencairan {app}")
    date = date or _today()
    direct_costs = D(direct_costs or 0)
    if direct_costs < ZERO:
        raise ValidationError(FieldError("direct_costs", _("biaya langsung tidak boleh negatif")))
    if date < app.contract_date:
        raise ValidationError(FieldError("date", _("tanggal pencairan tidak boleh sebelum tanggal kontrak")))
    cash_account = str(cash_account or default_cash_account())
    schedule = application_schedule(app, start=date)
    # A cost at or above what the loan earns (interest + fees) leaves no positive effective rate to amortise it at
    # (PSAK 71 ¶B5.4.1-2: costs are folded into the effective rate), and one above the principal is a typing slip.
    if direct_costs > D(schedule.principal):
        raise ValidationError(FieldError("direct_costs", _("biaya langsung {cost} melebihi pokok pinjaman {principal}",
                                                           cost=format_rupiah(direct_costs),
                                                           principal=format_rupiah(schedule.principal))))
    earned = D(schedule.total_interest) + D(app.admin_fee) + D(app.provision)
    if direct_costs and direct_costs >= earned:
        raise ValidationError(FieldError("direct_costs", _(
            "biaya langsung {cost} harus lebih kecil dari bunga dan biaya yang diterima dari pinjaman ini "
            "({earned}): suku bunga efektif tidak boleh nol atau negatif",
            cost=format_rupiah(direct_costs), earned=format_rupiah(earned))))
    loan = create_loan(customer=app.customer, product=app.product, branch=app.branch_id, officer=app.officer_id,
                       contract_no=app.contract_no, schedule=schedule, disbursed_on=date,
                       contract_date=app.contract_date, created_by=actor, dealer_id=app.dealer_id,
                       application_id=app.id, otr_price=app.otr_price if app.is_vehicle else ZERO,
                       down_payment=app.down_payment, admin_fee=app.admin_fee, provision=app.provision,
                       insurance=app.insurance, fiducia_fee=app.fiducia_fee)
    overrides = json.loads(app.product.posting_overrides or "{}") or None
    method = income_method()
    if method == "effective":
        # PSAK 71 / SAK EP: fees are part of the effective rate, deferred against the receivable (issue 14).
        ensure_accounts()
        fee_events = [("deferred_fee", app.admin_fee + app.provision), ("direct_cost", direct_costs)]
    else:
        fee_events = [("admin_fee", app.admin_fee), ("provision", app.provision),
                      ("direct_cost_expense", direct_costs)]
        if direct_costs:
            ensure_accounts()
    # The bank lines are netted: the journal books what the office paid the dealer, and the fees withheld stay
    # on their own lines (issue 13, item 11), so the cash report shows only money that moved.
    lines = net_lines(build_lines([("disbursement", loan.principal), ("insurance", app.insurance), *fee_events,
                                   ("fiducia_fee", app.fiducia_fee)], overrides, cash_account=cash_account))
    lines = [Line(l.account, debit=l.debit, credit=l.credit, customer_id=app.customer_id, loan_id=loan.id)
             for l in lines]
    journal = post_journal(actor, date, f"Pencairan {app.contract_no} {app.customer.full_name}", "disbursement",
                           lines, reference=app.contract_no, customer_id=app.customer_id, loan_id=loan.id,
                           branch=app.branch_id, _allow_control=True) if lines else None
    open_loan(loan, method=method, fees=(app.admin_fee + app.provision) if method == "effective" else ZERO,
              date=date, journal=journal, costs=direct_costs if method == "effective" else ZERO)
    app.loan_id = loan.id
    app.disbursed_by = actor
    app.disbursed_on = date
    net = net_disbursement(app)
    # One audit row for the whole action: the application's move names the loan, the journal and the money.
    _move(actor, app, "disbursed", f"dicairkan {format_rupiah(net)} ({app.contract_no})",
          audit_action="loan.disburse",
          extra={"loan": loan.id, "contract_no": loan.contract_no, "principal": loan.principal,
                 "journal": journal.number if journal else None, "net": net, "date": date,
                 "cash_account": cash_account, "direct_costs": direct_costs})
    if app.is_vehicle:

        Collateral.update(loan_id=loan.id, updated_at=_stamp()).where(Collateral.application == app.id).execute()
    return loan


# ------------------------------------------------------------------------------ cancelling an order
@write_transaction
def cancel_application(actor: User, app: Application | int, reason: str) -> Application:
    """Cancel an order (the customer withdrew, the dealer sold elsewhere …) before it is disbursed.

    Officers cancel their own orders; supervisors and managers any.  A contracted application keeps its
    contract number (voided, never reused: the numbering stays gap-free).
    """
    refresh_rights(actor)
    if not (has_permission(actor, "application.approve") or has_permission(actor, "application.create")):
        require(actor, "application.create")
    app = get_application(app)
    if actor.role == Role.OFFICER.value:
        _may_work_on(actor, app)
    _require_current(app)
    if not (reason or "").strip():
        raise ValidationError(FieldError("reason", _("tuliskan alasan pembatalan"), "required"))
    _move(actor, app, "cancelled", reason.strip())
    void_for_application(actor, app)
    return app
