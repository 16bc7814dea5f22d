"""Pengaturan: the settings page and its tabs (modules named ``*_tab``), and the audit trail viewer."""
