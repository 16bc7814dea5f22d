"""Demo step: the office kind's default products."""
from __future__ import annotations

from models.products.products import LoanProduct, install_default_products


def build_demo(ctx) -> None:
    """Demo step: every kind's default products, so the demo office can show a quote of each."""
    from models.core.users import system_context

    with system_context():
        made = [p for kind in ("leasing", "bpr", "koperasi") for p in install_default_products(kind)]
    ctx.made["products"] = {p.code: p for p in LoanProduct.select()}
    ctx.log(f"{len(made)} loan products: {', '.join(p.code for p in made)}")
