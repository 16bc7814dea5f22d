"""Shared by every area: the page base, dialogs, the lazy table model, tables, the money editor, printing, theme, translations, labels and the session."""
