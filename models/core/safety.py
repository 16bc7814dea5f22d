"""Where a database file may live, and what to do when the disk misbehaves.

SQLite's locking is only as good as the file system under it.  Network shares (SMB/CIFS, NFS) and folders
that a sync client copies behind SQLite's back (OneDrive, Dropbox, Google Drive, iCloud) corrupt a database
that several desks write: the fix is PostgreSQL, not a shared file.  So such locations are refused at open
with that advice, before the first write.
"""
from __future__ import annotations

import os
from pathlib import Path

from models.core.errors import DatabaseUnavailable

SYNCED_FOLDER_MARKERS = ("onedrive", "dropbox", "google drive", "googledrive", "my drive", "icloud",
                         "icloud drive", "mega", "pcloud", "nextcloud", "owncloud", "syncthing")
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "afpfs", "9p", "fuse.sshfs",
                       "davfs", "fuse.davfs2", "ceph", "glusterfs", "fuse.rclone"}

ADVICE = ("Several desks need PostgreSQL (--db postgresql://user@server/angsur); a single desk keeps its "
          "SQLite file on a local disk and makes backups to the shared folder instead.")


def _mount_fstype(path: Path) -> str | None:
    """The file-system type of the mount holding ``path`` (Linux /proc/mounts), or None elsewhere."""
    try:
        with open("/proc/mounts", encoding="utf-8") as fh:
            mounts = [line.split()[:3] for line in fh if line.strip()]
    except OSError:
        return None
    real = str(path.resolve())
    best, best_type = "", None
    for _dev, mountpoint, fstype in mounts:
        mountpoint = mountpoint.replace("\\040", " ")
        if (real == mountpoint or real.startswith(mountpoint.rstrip("/") + "/")) and len(mountpoint) > len(best):
            best, best_type = mountpoint, fstype
    return best_type


def unsafe_location_reason(path: str | os.PathLike) -> str | None:
    """Why ``path`` is no place for a live SQLite database, or ``None`` when it is fine."""
    p = Path(path).expanduser()
    text = str(p.resolve() if p.exists() else p.absolute())
    if text.startswith("\\\\") or text.startswith("//"):
        return f"{text} is on a network share"
    lowered = [part.lower() for part in Path(text).parts]
    for part in lowered:
        for marker in SYNCED_FOLDER_MARKERS:
            if part == marker or part.startswith(marker + " ") or part.startswith(marker + "-"):
                return f"{text} is inside a synchronised folder ({part})"
    fstype = _mount_fstype(p.parent if not p.exists() else p)
    if fstype in NETWORK_FILESYSTEMS:
        return f"{text} is on a network file system ({fstype})"
    return None


def refuse_unsafe_location(path: str | os.PathLike) -> None:
    reason = unsafe_location_reason(path)
    if reason:
        raise DatabaseUnavailable(f"{reason}: a shared or synced SQLite file gets corrupted when several desks "
                                  f"write to it. {ADVICE}")
