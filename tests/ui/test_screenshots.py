"""The README's screens are rendered by the app itself (issue 20): Beranda and Laporan among them, at 1280×720;
Simpanan only from an office that keeps savings."""
from __future__ import annotations

from adversarial_helpers import copy_db, demo_template  # noqa: F401 - fixture
from PySide6.QtGui import QImage


def test_the_home_dashboard_and_the_reports_render_at_1280x720(qapp, demo_template, tmp_path, capsys):
    from ui.shell.screenshots import COOPERATIVE_PAGES, LEASING_PAGES, render

    assert {"home", "collections", "reports"} <= set(LEASING_PAGES) and COOPERATIVE_PAGES == ["savings"]
    db = copy_db(demo_template, tmp_path / "kantor.db")
    saved = render(tmp_path / "shots", pages=["home", "reports"], db=str(db))
    assert [p.name for p in saved] == ["home.png", "reports.png"]
    for path in saved:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 720)
    # A leasing office has no savings desk: asked for Simpanan from it, the renderer says so and draws nothing.
    copy_db(demo_template, db)
    from ui.shell.screenshots import _render_office

    assert _render_office(str(db), ["savings"], tmp_path / "shots", "id", (1280, 720)) == []
    assert "savings: not in this office's sidebar" in capsys.readouterr().err
