"""One actor per person: a shorter form joins the fuller one (_merge_people) unless the text marks
the two as of different sexes or relations; a bare surname several people share goes to the one
the text introduced first (not a child, not one called by a given name); a given name written
once before a known surname joins that person.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.extract import names as N
from briefgen.extract.actors.patterns import (
    _FUNCTION_WORDS,
    _RX_PREV_CAP,
    _RX_SENT_EDGE,
    _RX_SP_CAP,
    _RX_WORD_CHAR,
    _RX_WORDISH,
    _SCANS,
)
from briefgen.extract.actors.people import _finds
from briefgen.extract.actors.served import weak_title
from briefgen.extract.actors.state import _Actor, _Doc
from briefgen.lazyre import compile as rx_compile
from briefgen.lazyre import lazy

_RX_AL_PREFIX = rx_compile(r"(?:al|el|Al|El|ad|as|ash|at|az)-(.+)")
# Rules that find a person through someone else ("her son Tom Roe", "Lazaro Roe" beside "Elian
# Roe"): a relative, never the default referent of the shared bare surname.
_SECONDARY_RULES = frozenset(("person.kin", "person.family"))


def _merge_people(st: _Doc) -> None:
    """One actor per person: a shorter form ("Doyle", "Michael Doyle") joins the fuller one."""
    # longest first; among equals an anchored find is the target (its rule names the actor)
    people = sorted(st.persons, key=lambda p: (-len(p.tokens), p.rule == "person.given-name"))
    merged: list[_Actor] = []
    keys: list[tuple[str, ...]] = []  # _merge_key of each merged person, computed once
    # token -> indices (ascending) of the merged people whose key or its variants hold it: a
    # target must hold the shorter key's first token, so only those are compared (not all)
    holders: dict[str, list[int]] = {}
    held: dict[str, set[int]] = {}  # the same as sets
    for p in people:
        core = _merge_key(p.tokens)
        target = None
        cands: Sequence[int] = holders.get(core[0], ()) if core else ()
        if len(core) > 1 and len(cands) > 8:
            # a longer key's target holds every token of it: walk the rarest token's holders
            # only ("Ann Roe", "Ann Lane", … share "Ann": issue 8, the persons' square)
            rare = min(core[1:], key=lambda t: len(holders.get(t, ())))
            if len(holders.get(rare, ())) < len(cands):
                first = held[core[0]]
                cands = [k for k in holders.get(rare, ()) if k in first]
        for k in cands:
            qcore = keys[k]
            if (_subseq(core, qcore) or (len(core) == 1 and core[0] in _variants(qcore))) and not (
                len(core) == 1 and _sex_conflict(st, p, merged[k])
            ):  # ("Mr. Lane", "President Lane" beside "first lady Mara Lane": two people)
                # a bare surname shared by two full names ("Trump" beside "Donald Trump" and a
                # relative "Lara Trump") belongs to the one the text introduced first
                if target is None or (
                    len(core) == 1 and _surname_owner([merged[k], target], st) is merged[k]
                ):
                    target = merged[k]
                if len(core) > 1:
                    break
        if target is None:
            for t in _variants(core):
                holders.setdefault(t, []).append(len(merged))
                held.setdefault(t, set()).add(len(merged))
            merged.append(p)
            keys.append(core)
            continue
        for span in p.mentions:
            target.add(span, st.text[span[0] : span[1]])
        for f in p.forms:
            target.forms.setdefault(f, None)
        if not target.title or (p.title and weak_title(target.title) and not weak_title(p.title)):
            target.title = p.title  # "rival Ann Doe … Ann Doe, the Democratic nominee": hers
        target.affiliation = target.affiliation or p.affiliation
        target.country = target.country or p.country
        target.fallback = target.fallback or p.fallback
    # prefer a title from a rule that saw the whole phrase; keep first-seen order otherwise
    for p in merged:
        key = ("person", p.name.lower())
        st.actors[key] = p


# Words that mark a person's sex in a title, a kin noun or a courtesy title before the name.
_FEMALE_MARKS = frozenset((
    "mrs.", "ms.", "miss", "lady", "wife", "mother", "daughter", "sister", "widow", "grandmother",
    "aunt", "niece", "queen", "princess", "duchess", "dame", "stepmother", "girlfriend",
    "chairwoman", "congresswoman", "spokeswoman", "businesswoman",
))
_MALE_MARKS = frozenset((
    "mr.", "husband", "father", "son", "brother", "widower", "grandfather", "uncle", "nephew",
    "king", "prince", "duke", "sir", "lord", "stepfather", "boyfriend", "congressman",
    "spokesman", "businessman",
))
_RX_COURTESY_BEFORE = lazy(r"(?<![\w.])(Mrs?|Ms|Miss)\.?[ \xa0]+\Z")
_RX_RELATION_BEFORE = lazy(
    r"(?<![\w-])(first[ \xa0]lady|wife|husband|widow|widower|mother|father|son|daughter|sister|"
    r"brother),?[ \xa0]+\Z"
)
_RX_COURTESY_START = lazy(r"(Mrs?|Ms|Miss)\.?[ \xa0]")
# sex-marked words that are offices, not relations ("chairwoman", "congressman", "king")
_RX_OFFICE_MARKS = frozenset((
    "chairwoman", "congresswoman", "spokeswoman", "businesswoman", "congressman", "spokesman",
    "businessman", "king", "queen", "prince", "princess", "duke", "duchess", "sir", "lord", "dame",
))


def _sex_of(st: _Doc, p: _Actor) -> str | None:
    """"f"/"m" when the text marks the person's sex: a courtesy title before a mention ("Mr.
    Roe"), or a title or kin noun that has one ("first lady", "her husband"); None if unmarked
    or marked both ways."""
    marks = set()
    words = (p.title or "").lower().split() or (_relation_before(st, p) or "").split()
    if words and words[-1] in _FEMALE_MARKS:
        marks.add("f")
    elif words and words[-1] in _MALE_MARKS:
        marks.add("m")
    text = st.text
    for ms, _me in p.mentions[:12]:
        if text.startswith("M", ms):  # the courtesy title inside the mention ("Mr. Roe")
            c = _RX_COURTESY_START.match(text, ms, min(len(text), ms + 6))
        else:
            c = _RX_COURTESY_BEFORE.search(text, max(0, ms - 6), ms)
        if c is not None:
            marks.add("m" if c.group(1) == "Mr" else "f")
    return next(iter(marks)) if len(marks) == 1 else None


def _relation_before(st: _Doc, p: _Actor) -> str | None:
    """The relation noun right before one of the person's first mentions ("the first lady,
    Mara Roe", "his wife Ann Roe"), as a title the later rules will give."""
    text = st.text
    for ms, _me in p.mentions[:3]:
        m = _RX_RELATION_BEFORE.search(text, max(0, ms - 14), ms)
        if m is not None:
            return m.group(1)
    return None


def _spouse_title(st: _Doc, p: _Actor) -> str | None:
    """A title that names the person by a relation ("first lady", "wife", "her son"), in the
    title or right before a mention; None when the person has none."""
    words = (p.title or "").lower().split()
    if words and (words[-1] in _FEMALE_MARKS or words[-1] in _MALE_MARKS) and (
        words[-1] not in _RX_OFFICE_MARKS
    ):
        return words[-1]
    return _relation_before(st, p)


def _sex_conflict(st: _Doc, p: _Actor, q: _Actor) -> bool:
    """Whether a bare surname's person p cannot be q: the text marks them as of different sexes
    ("Mr. Roe" and "Ms. Jane Roe"), or one holds an office and the other is named only by a
    relation ("President Roe" and "the first lady, Jane Roe"): a family, two people."""
    if (p.title and N.TITLE_KIND.get(p.title) == "office" and _spouse_title(st, q)) or (
        q.title and N.TITLE_KIND.get(q.title) == "office" and _spouse_title(st, p)
    ):
        return True
    a = _sex_of(st, p)
    return a is not None and (b := _sex_of(st, q)) is not None and a != b


def _given_before_surname(st: _Doc) -> None:
    """A person known by a bare surname ("Roe said") whom the text also writes once with a
    capitalised word before it ("host Rush Roe", "such as Tate Roe") is that full name, even
    when the given name is no known one or is also a common word: news names a person in full
    before using the surname alone. The word must be no title, party, month, place or function
    word; at a sentence's start only a known given name counts ("Then Roe said")."""
    text = st.text
    scans = 0
    for key, p in list(st.actors.items()):
        if p.kind != "person" or len(p.tokens) != 1 or not p.mentions:
            continue
        y = p.tokens[0]
        if not y.isalpha() or not y[:1].isupper() or len(y) < 3 or y in N.GAZ or (
            y in N.ORG_HEADS or y in N.TITLE_CANON or y in N.NOT_NAMES
        ):
            continue
        found: list[tuple[int, int, str]] = []
        # " y" after a space: by str.find (stopping at an occurrence at 0), or in a long text
        # from the index of word starts (a find per surname over the text was its square)
        at = None if scans < _SCANS or text.startswith(" " + y) else st.word_starts(y)
        if at is None:
            scans += 1
            at = _finds(text, " " + y)
        else:
            at = (i - 1 for i in at if text[i - 1] == " ")
        for i in at:
            if i <= 0 or len(found) >= 3:
                break
            e = i + 1 + len(y)
            if not _RX_WORD_CHAR.match(text, e):
                w = _RX_PREV_CAP.search(text, max(0, i - 20), i + 1)
                if w is not None and f"{w.group(1)} {y}" not in N.GAZ and _given_word(
                    st, w.group(1), w.start(1)
                ):
                    found.append((w.start(1), e, w.group(1)))
        if len({f[2] for f in found}) != 1:
            continue  # none, or two different first words: not one person's name
        other = st.actors.get(("person", f"{found[0][2]} {y}".lower()))
        if other is not None and other is not p and other.mentions:
            continue  # that full name is another person's ("first lady Mara Roe", "Mr. Roe")
        for s, e, x in found:
            if st.free(s, e):
                st.claim(p, s, e)
        p.name, p.tokens = f"{found[0][2]} {y}", (found[0][2], y)
        del st.actors[key]
        st.actors[("person", p.name.lower())] = p


def _given_word(st: _Doc, x: str, s: int) -> bool:
    """Whether capitalised word x at s can be a given name before a known surname."""
    if not x.isalpha() or len(x) < 2 or not x[1:].islower():
        return False
    if (
        x in _FUNCTION_WORDS or x in N.NOT_NAMES or x in N.TITLE_CANON or x in N.PARTY_LABELS
        or x in N.GAZ or x in N.MONTHS_DAYS or x in N.ORG_HEADS or x in N.KIN_NOUNS
        or x.lower() in N.TITLE_CANON or x in N.REPORTING
    ):
        return False
    if _RX_SENT_EDGE.search(st.text, max(0, s - 6), s):
        return x in N.GIVEN and x not in N.GIVEN_AMBIGUOUS
    pc = _RX_PREV_CAP.search(st.text, max(0, s - 20), s)
    if pc is not None and pc.group(1).rstrip(".") not in N.TITLE_CANON and pc.group(1) not in (
        N.TITLE_CANON
    ):
        return False  # "Ruth Bader Roe": a middle part of a longer name, left as it is
    return x in N.GIVEN or not st.is_lower_word(x)  # "the State Twitter account": a word


def _surname_owner(holders: list[_Actor], st: _Doc | None = None) -> _Actor:
    """Whom a bare surname shared by several people means: the one the text introduced first,
    leaving out relatives found only through someone else (kin nouns, a shared surname) while a
    person found on their own holds it too, and a child the text calls by the given name alone
    ("Maya Okafor, 7, … Maya is recovering", or beside "her father, Dan Okafor": news names a
    child by the given name, an adult by the surname) while another holder is not so called."""
    if st is not None and len(holders) > 1 and any(
        len(p.tokens) > 1 and _called_by_given_name(st, p) for p in holders
    ):
        elder = any((p.title or "").lower() in _ELDER_KIN for p in holders)
        first_named = [
            _called_by_given_name(st, p) and (p.title or "").lower() not in _ELDER_KIN
            and (elder or _a_child(st, p)) for p in holders
        ]
        if any(first_named) and not all(first_named):
            holders = [p for p, f in zip(holders, first_named) if not f]
    return min(holders, key=lambda p: (p.rule in _SECONDARY_RULES, _first(p)))


# kin nouns that make a holder the elder of a family named in the story ("her father, X Roe")
_ELDER_KIN = frozenset((
    "father", "mother", "grandfather", "grandmother", "great-uncle", "great-aunt", "uncle",
    "aunt", "stepfather", "stepmother", "parent", "great-grandmother", "great-grandfather",
))
_RX_CHILD_BEFORE = lazy(
    r"(?:(?<![\w-])(?:[1-9]|1[0-7])-year-old|(?<![\w-])(?:boy|girl|son|daughter|child|toddler"
    r"|baby|schoolboy|schoolgirl|teenager|infant))[ \xa0,]+(?:[A-Z][\w.'’-]*[ \xa0]+){0,1}\Z"
)
_RX_CHILD_AGE_AFTER = lazy(r",[ \xa0]+(?:[1-9]|1[0-7]),")


def _a_child(st: _Doc, p: _Actor) -> bool:
    """Whether a mention of the person is written as a child's: "6-year-old Maya Roe", "the boy
    Maya Roe", "Maya Roe, 7,"."""
    ms = p.mentions
    n, from_ = len(ms), 0
    if p.child_memo is not None:
        (k, last), got = p.child_memo
        if k <= n and (ms[k - 1] if k else None) == last:
            if got or k == n:
                return got  # mentions are only appended (or cleared): read the new ones
            from_ = k
    text = st.text
    got = any(
        _RX_CHILD_AGE_AFTER.match(text, e) or _RX_CHILD_BEFORE.search(text, max(0, s - 30), s)
        for s, e in ms[from_:]
    )
    p.child_memo = ((n, ms[-1] if ms else None), got)
    return got


def _called_by_given_name(st: _Doc, p: _Actor) -> bool:
    """Whether the text writes this person's given name on its own ("Maya said"), not before a
    surname nor after a capitalised word."""
    got = st.given_alone.get(p.tokens)
    if got is not None:
        return got
    toks = _core_tokens(p.tokens)
    got = len(toks) >= 2 and toks[0].isalpha() and toks[0][:1].isupper() and _given_alone(
        st.text, toks[0]
    )
    st.given_alone[p.tokens] = got
    return got


def _given_alone(text: str, g: str) -> bool:
    """Whether the word g stands alone in the text: no capitalised word right before or after."""
    i = text.find(g)
    while i >= 0:
        e = i + len(g)
        if (not i or not _RX_WORDISH.match(text, i - 1)) and not _RX_WORDISH.match(text, e) and (
            not _RX_SP_CAP.match(text, e) and not _RX_PREV_CAP.search(text, max(0, i - 25), i)
        ):
            return True
        i = text.find(g, i + 1)
    return False


def _first(p: _Actor) -> int:
    ms = p.mentions
    n = len(ms)
    if p.first_memo is not None:
        (k, last), got = p.first_memo
        if 0 < k <= n and ms[k - 1] == last:
            if k < n:
                got = min(got, min(sp[0] for sp in ms[k:]))
                p.first_memo = ((n, ms[-1]), got)
            return got
    got = min((sp[0] for sp in ms), default=0)
    p.first_memo = ((n, ms[-1] if ms else None), got)
    return got


def _core_tokens(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(
        t.strip("\"“”") for t in tokens if t.lower() not in N.PARTICLES and not t.startswith(("\"", "“"))
    )


def _merge_key(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Core tokens with one apostrophe: "O’Neill" and "O'Neill" are one surname."""
    return tuple(t.replace("’", "'") for t in _core_tokens(tokens))


def _variants(tokens: tuple[str, ...]) -> set[str]:
    out = set(tokens)
    for t in tokens:
        m = _RX_AL_PREFIX.match(t)
        if m:
            out.add(m.group(1))
    return out


def _subseq(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return bool(short) and all(any(t == x for x in it) for t in short)
