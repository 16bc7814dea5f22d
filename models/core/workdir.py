"""One known folder for every temporary copy Angsur makes (issue 19, item 7: nothing personal left behind).

A restore checks its copy of the backup before swapping it in, a backup is verified on a copy, a receipt is
rendered to a PDF for the print preview: each of these is a full or partial copy of personal data (every NIK of
the office).  They all live in ``.angsur-work`` beside the database file (the same file system, so a restore's
final rename stays atomic), each in a folder named after the host and process that made it, removed when the
work ends -- on success or failure -- and, should the process be killed, at the next start
(:func:`clean_leftovers`, called by :func:`models.core.db.open_database`).  Half-written backups (``*.part``) are
removed on failure and at the next start too.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import socket
import tempfile
import time
from pathlib import Path
from typing import Iterator

FOLDER_NAME = ".angsur-work"
#: A leftover of another computer (a shared folder) is removed only once this old: it may still be working.
FOREIGN_AGE_SECONDS = 6 * 3600


def _host() -> str:
    return "".join(c for c in socket.gethostname() if c.isalnum())[:24] or "host"


def work_folder(base: str | os.PathLike | None = None) -> Path:
    """The known folder: ``<base>/.angsur-work``, where callers pass the folder of the database file; without
    one (PostgreSQL) the user's cache folder.  (It does not ask the database itself: ``db`` uses this module at
    start-up to clear leftovers, so the arrow runs db → workdir only.)"""
    if base is None:
        import platformdirs

        base = Path(platformdirs.user_cache_dir("Angsur", appauthor=False))
    folder = Path(base) / FOLDER_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def make_work_dir(purpose: str, base: str | os.PathLike | None = None) -> Path:
    """A new private folder in the known folder, named ``<purpose>-<host>-<pid>-<random>``."""
    return Path(tempfile.mkdtemp(prefix=f"{purpose}-{_host()}-{os.getpid()}-", dir=work_folder(base)))


@contextlib.contextmanager
def work_dir(purpose: str, base: str | os.PathLike | None = None) -> Iterator[Path]:
    """``with work_dir("verify") as folder:`` -- removed when the block ends, whatever happens in it."""
    folder = make_work_dir(purpose, base)
    try:
        yield folder
    finally:
        remove_work_dir(folder)


def remove_work_dir(folder: Path) -> None:
    """Remove a work folder, and the known folder too once it is empty (it leaves no trace when idle)."""
    shutil.rmtree(folder, ignore_errors=True)
    try:
        folder.parent.rmdir()
    except OSError:
        pass  # another piece of work is still in it


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def clean_leftovers(base: str | os.PathLike, stems: tuple[str, ...] = ()) -> list[Path]:
    """Remove what killed processes left: work folders of dead processes of this host (and of other hosts once
    :data:`FOREIGN_AGE_SECONDS` old), hidden restore copies of older versions, and ``*.part`` backups.

    Args:
        base: the database's folder (or a backup folder).
    Returns:
        What was removed.
    """
    base = Path(base)
    removed: list[Path] = []
    host = _host()
    folder = base / FOLDER_NAME
    if folder.is_dir():
        for entry in folder.iterdir():
            parts = entry.name.split("-")
            mine = len(parts) >= 3 and parts[1] == host
            try:
                dead = (not _alive(int(parts[2]))) if mine else \
                    time.time() - entry.stat().st_mtime > FOREIGN_AGE_SECONDS
            except (ValueError, OSError):
                dead = True
            if dead:
                shutil.rmtree(entry, ignore_errors=True) if entry.is_dir() else entry.unlink(missing_ok=True)
                removed.append(entry)
        try:
            folder.rmdir()
        except OSError:
            pass
    if base.is_dir():
        for entry in base.iterdir():
            if entry.name.startswith(".angsur-restore-") and entry.is_dir():  # versions before issue 19
                shutil.rmtree(entry, ignore_errors=True)
                removed.append(entry)
            elif entry.name.endswith(".part") and entry.is_file() and \
                    (not stems or any(entry.name.startswith(stem) for stem in stems)):
                entry.unlink(missing_ok=True)
                removed.append(entry)
    return removed
