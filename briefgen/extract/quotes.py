"""Quotation marks: pair them per paragraph, and cut paragraphs into quote-aware units.

Real copy mixes curly, straight and single quotes, guillemets, nested quotes, doubled and stray
marks, and quotes that run over several paragraphs (a paragraph that ends inside an open quote
continues in the next paragraph when that one opens with a quote mark). A quote never runs past
its paragraph: an open quote that is not continued ends there, and a warning says so
(textacy's rule: refuse to guess on unbalanced quotes, and say it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.model import Document, Span

DOUBLE_OPEN = "“„«‹"
DOUBLE_CLOSE = "”»›"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + "\"'‘’‚‟"
_CLOSE_FOR = {"“": "”", "„": "“”", "«": "»", "‹": "›", '"': '"', "‘": "’'", "'": "'’"}
_MARK_RX = re.compile("[" + re.escape(ALL_MARKS) + "]")
_BEFORE_OPEN = " \t\n([{—–-/:;,"  # characters after which a straight mark opens a quote


@dataclass(frozen=True)
class Quote:
    """One quotation: `outer` includes the marks, `inner` is the quoted words only."""

    outer: Span
    inner: Span
    paragraph: int
    closed: bool  # False when the paragraph ended inside it
    continued: bool  # True when it continues a quote left open in the previous paragraph


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _classify(text: str, i: int, start: int, end: int) -> str:
    """'open', 'close', 'either' or '' (an apostrophe / not a quote mark) for the mark at i."""
    ch = text[i]
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    if ch in "“„«‹":
        # A “ that closes (some typesetters use “…“) is handled by the pairing loop.
        return "open"
    if ch in "”»›":
        return "close"
    if ch == "'" and nxt == "'":
        after = text[i + 2] if i + 2 < end else " "
        if prev in _BEFORE_OPEN or prev in DOUBLE_OPEN:
            return "open" if not after.isspace() else "either"
        return "close"
    if ch == "'" and prev == "'":
        return ""  # second half of ''
    if ch == '"':
        if prev in _BEFORE_OPEN or prev in DOUBLE_OPEN or prev in "‘'":
            return "open" if not nxt.isspace() else "either"
        return "close"
    if ch in "‘'’":
        if _is_letter(prev) and _is_letter(nxt):
            return ""  # don't, it's, O'Neill
        if ch == "‘":
            return "open" if not nxt.isspace() else ""
        if ch == "’":
            return "sclose"  # a right single mark never opens
        if prev in _BEFORE_OPEN or prev in "“\"«":
            return "open" if _is_letter(nxt) or nxt in "“\"" else ""
        # A closing single after a letter or punctuation ('...crisis'); "workers' rights" is an
        # apostrophe unless a single quote is open (decided by the pairing loop).
        return "sclose"
    return ""


def find_quotes(doc: Document) -> tuple[list[Quote], list[str]]:
    """Every top-level quotation in the body, in order, and warnings for unbalanced ones."""
    text = doc.text
    quotes: list[Quote] = []
    warnings: list[str] = []
    carry = False  # the previous paragraph ended inside a quote
    paras = doc.paragraphs
    for pi, para in enumerate(paras):
        start, end = para.span
        stack: list[tuple[str, int]] = []  # (mark, position) of open quotes
        outer_open = -1
        continued = False
        lead = start
        while lead < end and text[lead].isspace():
            lead += 1
        if carry and not (lead < end and text[lead] in DOUBLE_OPEN + '"'):
            carry = False
        skip_to = start
        for mm in _MARK_RX.finditer(text, start, end):
            i = mm.start()
            if i < skip_to:
                continue
            ch = text[i]
            if ch in "‘'’" and start < i < end - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
                continue  # an apostrophe within a word (don't, O'Neill): as _classify says
            kind = _classify(text, i, start, end)
            if not kind:
                continue
            width = 1
            if ch == "'" and i + 1 < end and text[i + 1] == "'":
                ch = '"'  # NYT style '' … '' is a double quote
                width = 2
            single = ch in "‘'’"
            if kind == "sclose":
                if stack and stack[-1][0] in "‘'":
                    kind = "close"
                else:
                    continue
            # A top-level single quote: British style. Accept it only when a closing single
            # follows in the paragraph, else it is an apostrophe ('90s, 'em).
            if single and kind == "open" and not stack and not _has_single_close(text, i + 1, end):
                continue
            if kind == "either":
                # ',"' or '.” ' with a space after: it closes whatever double quote is open
                # (typed “…," with a straight close; an inner 'single' left open inside).
                kind = "close" if any(o in DOUBLE_OPEN + '"' for o, _ in stack) else "open"
            if kind == "close" and stack and stack[-1][0] == '"' and ch in "“":
                kind = "close"
            if kind == "open" and ch == "“" and stack and stack[-1][0] == "“" and _closes_here(
                text, i, end
            ):
                kind = "close"  # “…“ typed for “…”
            if kind == "open":
                # Doubled marks (“ “ or "") open once.
                if (
                    stack
                    and text[stack[-1][1]] == ch
                    and stack[-1][1] >= i - 2
                    and text[stack[-1][1] + 1 : i].strip() == ""
                ):
                    continue
                if (
                    ch == '"'
                    and len(stack) == 1
                    and stack[0][0] == '"'
                    and text[i - 2 : i - 1] in ".!?"
                    and text[i - 1 : i].isspace()
                ):
                    # “A. "B": straight marks do not nest; the writer left the first quote open
                    # at its sentence end (a quoted paragraph run into the next).
                    quotes.append(_make(text, outer_open, i - 1, pi, False, continued))
                    stack.pop()
                    continued = False
                if not stack:
                    outer_open = i
                    continued = carry and i == lead
                stack.append((ch, i))
                skip_to = i + width
                continue
            else:  # close
                if not stack:
                    continue  # a stray closing mark
                # Close the innermost quote this mark can close; a mismatched one closes the top.
                opener = stack[-1][0]
                if single and opener not in "‘'" and len(stack) == 1 and ch == "’":
                    continue  # an apostrophe inside a double quote
                if not single and opener in "‘'" and len(stack) > 1:
                    stack.pop()  # an unclosed inner single quote
                stack.pop()
                # Doubled closing marks (”” ) close once.
                j = i + width
                if not stack:
                    while j < end and text[j] in DOUBLE_CLOSE + '"' and text[j] == ch:
                        j += 1
                    quotes.append(_make(text, outer_open, j, pi, True, continued))
                    carry = False
                skip_to = j
                continue
        if stack:
            # Paragraph ended inside a quote: continue if the next paragraph opens with a mark.
            nxt = paras[pi + 1].span[0] if pi + 1 < len(paras) else None
            opens_next = nxt is not None and _opens(text, nxt, paras[pi + 1].span[1])
            quotes.append(_make(text, outer_open, end, pi, False, continued))
            if not opens_next:
                warnings.append(
                    f"unbalanced quotation mark in paragraph {pi + 1}: the quote was ended at "
                    "the paragraph's end"
                )
            carry = opens_next
        else:
            carry = False
    return quotes, warnings


def _opens(text: str, start: int, end: int) -> bool:
    while start < end and text[start].isspace():
        start += 1
    return start < end and text[start] in DOUBLE_OPEN + '"‘'


def _has_single_close(text: str, i: int, end: int) -> bool:
    for j in range(i, min(end, i + 600)):
        ch = text[j]
        if (
            ch in "’'"
            and not (j + 1 < end and _is_letter(text[j + 1]))
            and j > i
            and (_is_letter(text[j - 1]) or text[j - 1] in ".,!?;:")
        ):
            return True
    return False


def _closes_here(text: str, i: int, end: int) -> bool:
    """A “ followed by punctuation/space and then a reporting phrase looks like a closing mark."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < end else " "
    return (prev in ".,!?" or _is_letter(prev)) and (nxt.isspace() or nxt in ".,;")


def _make(text: str, open_pos: int, close_end: int, pi: int, closed: bool, cont: bool) -> Quote:
    """A Quote whose inner span drops the marks, surrounding spaces and trailing ',' of '…,”'."""
    s = open_pos + 1
    while s < close_end and (text[s] in DOUBLE_OPEN + "\"'‘" or text[s].isspace()):
        s += 1
    e = close_end
    if closed:
        while e > s and text[e - 1] in DOUBLE_CLOSE + "\"'’":
            e -= 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-"):
        e -= 1
    return Quote((open_pos, close_end), (s, e), pi, closed, cont)
