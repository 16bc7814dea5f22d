"""The cooperative's savings desk: membership and savings products and accounts with their transactions
(``savings``), interest (jasa) on the lowest or average daily balance with the final tax (``savings_interest``),
time deposits (``time_deposits``), the year-end SHU split (``shu``) and passbook printing positions
(``passbook``).

May import: ``cashier`` (a transfer from savings pays a loan installment through the counter's posting),
``credit``, ``loans``, ``ledger``, ``products``, ``customers``, ``core``.
"""
