"""Writing results: atomically to files, quietly to a closed pipe. Shared by the CLI and
batch mode."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

from briefgen.errors import OutputError


def silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not complain again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def drain(pieces: list[bytes]) -> Iterator[bytes]:
    """The pieces in order, each dropped from the list as it is handed out (written output
    need not stay in memory until the last piece)."""
    pieces.reverse()
    while pieces:
        yield pieces.pop()


def write_atomic(path: Path, data: str | bytes | list[bytes]) -> None:
    """Write `data` (text as UTF-8, bytes, or bytes in pieces, each dropped from the list once
    written) to `path` via a temporary file in the same directory and os.replace, so a reader
    never sees a half-written file and a failure leaves nothing behind. An existing file's
    permissions are kept; a new file gets the usual umask-based ones."""
    import tempfile  # only here: a run that writes to stdout does not pay for its import

    if isinstance(data, str):
        data = data.encode("utf-8")
    pieces = [data] if isinstance(data, bytes) else data
    parent = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise OutputError(
            f"cannot write {path}: {exc.strerror or exc}", "check the directory and its permissions"
        ) from None
    try:
        with os.fdopen(fd, "wb") as f:
            for piece in drain(pieces):
                f.write(piece)
            f.flush()
            os.fsync(f.fileno())
        try:
            mode = path.stat().st_mode & 0o7777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(
                f"cannot write {path}: {exc.strerror or exc}", "check the disk and permissions"
            ) from None
        raise
