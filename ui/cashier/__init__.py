"""Kasir: the cashier's counter and the titipan refund dialog."""
