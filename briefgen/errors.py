"""The BriefgenError tree and exit codes (SPEC §2): the CLI turns these into one-line errors."""

from __future__ import annotations

import enum


class ExitStatus(enum.IntEnum):
    SUCCESS = 0
    ERROR = 1  # input or processing error
    USAGE = 2  # bad command line
    INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT


class BriefgenError(Exception):
    """An error the user can fix; `hint` says how."""

    exit_status = ExitStatus.ERROR

    def __init__(self, what: str, hint: str = "") -> None:
        super().__init__(what)
        self.what = what
        self.hint = hint

    def line(self) -> str:
        """The one-line message: `<what> (<how to fix>)`, newlines folded so it stays one line."""
        text = f"{self.what} ({self.hint})" if self.hint else self.what
        return " ".join(text.split())


class InputError(BriefgenError):
    """The input cannot be read or is not an article."""


class RenderError(BriefgenError):
    """A template or output format failed."""


class OutputError(BriefgenError):
    """The output cannot be written."""


class UsageError(BriefgenError):
    """The command line asks for something impossible or malformed."""

    exit_status = ExitStatus.USAGE
