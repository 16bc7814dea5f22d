"""Laporan and Beranda: the reports area (statements, officer's report, customer papers) and the home dashboard per role."""
