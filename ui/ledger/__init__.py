"""Buku Besar: journals, periods, statements and the manual journal dialog."""
