"""Pinjaman: the loan list and the loan account view."""
