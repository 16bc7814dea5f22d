"""Collections and problem accounts: the collector's worklist with assignments, contacts and promises
(``collections``), premature arrears and vintages for officers and dealers (``premature``), warning letters
(``warning_letters``), restructuring (``restructuring``), repossession and sale (``repossession``),
write-off with recoveries (``write_off``), the collectors' results (``results``), and portfolio quality for any
past month end read from the month-end snapshots (``portfolio``: classes, NPF, PAR, roll and collection rates).

May import: ``accounting`` (the allowance a write-off uses), ``cashier`` (the figure the counter asks for),
``credit``, ``loans``, ``ledger``, ``products``, ``customers``, ``core``.
"""
