"""Idempotency keys: a retried action never happens twice.

A cashier presses "Simpan" on a payment; the process dies (power cut, crash) after the transaction committed
but before the receipt printed.  After the restart the form still holds the same payment, and pressing
"Simpan" again must show the payment that was posted, not post it a second time.  The form therefore makes a
key when it opens (:func:`new_key`) and posts through :func:`once`: the key row is written in the *same*
write transaction as the payment, so either both exist or neither does, and a second call with the same key
returns the stored result reference instead of running the action again.

Two desks retrying the same key are safe as well: writes take the lock up front (``BEGIN IMMEDIATE``), so the
second desk reads the key only after the first one committed it; on PostgreSQL the unique index refuses the
duplicate and the whole transaction is retried by :func:`models.core.db.run_in_transaction`.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Callable

from peewee import CharField, DateTimeField

from models.core.clock import now
from models.core.db import BaseModel, run_in_transaction
from models.core.errors import ConflictError
from models.core.texts import _


class IdempotencyKey(BaseModel):
    """One row per action that must happen at most once (a payment form's submission)."""

    key = CharField(max_length=64, unique=True)
    action = CharField(max_length=64)
    result_ref = CharField(max_length=80, default="")  # what the action made: a receipt number, an id
    created_at = DateTimeField(default=now)


@dataclass(frozen=True)
class Once:
    """What :func:`once` did: ``ref`` is the result reference; ``replayed`` is true when the action had
    already run under this key and was NOT run again (the UI says "sudah tercatat" and shows ``ref``)."""

    ref: str
    replayed: bool


def new_key() -> str:
    """A fresh key for a form that is about to submit an action (random, 32 hex characters)."""
    return uuid.uuid4().hex


def lookup(key: str) -> IdempotencyKey | None:
    return IdempotencyKey.get_or_none(IdempotencyKey.key == key)


def once(key: str, action: str, fn: Callable[[], object]) -> Once:
    """Run ``fn`` at most once per ``key``, inside the caller's write transaction.

    Args:
        key: the form's key (:func:`new_key`); 1–64 characters.
        action: what the key is for, e.g. ``payment.post``; a key reused for another action is refused.
        fn: the action; it runs in the same transaction as the key row and returns the result reference
            (a receipt number, an id) that a retry gets back.
    Returns:
        :class:`Once` with the reference and whether this call was a replay.
    Raises:
        ConflictError: the key was used for a different action.
    """
    if not key or len(key) > 64:
        raise ValueError("an idempotency key has 1-64 characters")

    def body() -> Once:
        existing = lookup(key)
        if existing is not None:
            if existing.action != action:
                raise ConflictError(_("kunci transaksi {key} sudah dipakai untuk {action}", key=key, action=existing.action))
            return Once(existing.result_ref, True)
        result = fn()
        ref = str(getattr(result, "id", result) if not isinstance(result, (str, int)) else result)
        IdempotencyKey.create(key=key, action=action, result_ref=ref[:80])
        return Once(ref, False)

    # Joins the caller's transaction when there is one (the normal case); otherwise makes its own.
    return run_in_transaction(body)
