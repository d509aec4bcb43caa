"""Quote-aware units and the tests on their spans: _units cuts a paragraph into sentences,
merged while a quotation is open; _in_quote, _strip, _content and _words place and trim a span, and
_plausible judges whether a span can name a speaker. Every reader above asks these.
"""

from __future__ import annotations

import bisect
import functools
import re

from briefgen.extract.quotes import DOUBLE_CLOSE, DOUBLE_OPEN, Quote
from briefgen.extract.views.patterns import (
    _DETERMINERS,
    _PRONOUNS_WHO,
    _QUANTITY,
    _QUOTE_MARK,
    _WORD,
    _roles,
)
from briefgen.lazyre import lazy
from briefgen.model import Document, Span

_NOT_SUBJECT_START = {"which", "who", "that", "what", "this", "there", "it", "these", "when", "if"}
_ABBREV = lazy(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|St|Jr|Sr|Rev|Adm|Maj|Cmdr|Gens|"
    r"Reps|Sens|Amb|Pres|No|Vol|Inc|Corp|Co|Ltd|U\.S|U\.N|U\.K|E\.U|[A-Z])\.)\s*$"
)
# "… an analyst with Acme Inc. Ms. Roe had estimated …": a company's name closes a sentence
# when the next one opens with a determiner, a pronoun or an honorific.
_COMPANY_END = lazy(r"\b(?:Inc|Corp|Co|Ltd)\.\s*$")
_STARTER = lazy(
    r"(?:The|A|An|This|These|Its|His|Her|Their|He|She|It|They|We|I|But|And|Mr|Mrs|Ms|Dr)\b"
)


def _units(doc: Document, quotes: list[Quote]) -> list[tuple[Span, int]]:
    """Sentences merged so that no quote crosses a unit boundary; (span, paragraph index)."""
    units: list[tuple[Span, int]] = []
    text = doc.text
    qi = 0
    for sent in doc.sentences:
        s, e = sent.span
        if units and units[-1][1] == sent.paragraph:
            ps, pe = units[-1][0]
            if _ABBREV.search(text, max(ps, pe - 8), pe) and not (
                _COMPANY_END.search(text, max(ps, pe - 8), pe) and _STARTER.match(text, s)
            ):
                units[-1] = ((ps, e), sent.paragraph)
                continue
            while qi < len(quotes) and quotes[qi].outer[1] <= ps:
                qi += 1
            j = qi
            merge = False
            while j < len(quotes) and quotes[j].outer[0] < pe:
                if quotes[j].outer[1] > pe:
                    merge = True
                    break
                j += 1
            k = pe
            while k > ps and pe - k < 2 and text[k - 1] in _CLOSE_MARKS:
                k -= 1  # "?''": a wire archive's closing mark is two apostrophes
            if merge or (
                e - s < 120
                and k < pe
                and text[k - 1 : k] in ".?!…"
                and _SAID_TAIL.match(text, s, e)
            ):
                # ... or “…?” X said.: the attribution after a quote that ends its sentence.
                units[-1] = ((ps, e), sent.paragraph)
                continue
        units.append(((s, e), sent.paragraph))
    return units


_CLOSE_MARKS = DOUBLE_CLOSE + "\"'’"
_SAID_TAIL = lazy(
    r"\s*(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|he|she|they|it|we|I)\s+(?:said|says|added|"
    r"adds|asked|asks|wrote|writes|told|tells|explained|continued|insisted|replied|responded|"
    r"tweeted|tweets|wondered|demanded|urged|repeated|remarked|questioned|pressed|answered|"
    r"declared|exclaimed|noted|argued|warned|joked|quipped|countered|recalled|conceded)"
    r"\b[^.!?“\"]*[.!?]?\s*$"
)


def _in_quote(starts: list[int], quotes: list[Quote], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and quotes[i].outer[0] <= pos < quotes[i].outer[1]


def _strip(text: str, s: int, e: int, chars: str = "") -> Span:
    """The span without spaces and `chars` at either end (str.strip on the slice), found by
    index so that no slice is copied (_strip_slow is the reference form)."""
    if not 0 <= s <= e <= len(text):
        return _strip_slow(text, s, e, chars)  # out of range: the slice's own answer
    while s < e and (text[s].isspace() or text[s] in chars):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in chars):
        e -= 1
    return s, e


def _strip_slow(text: str, s: int, e: int, chars: str = "") -> Span:
    seg = text[s:e]
    t = seg.lstrip()
    if chars:
        while t and t[0] in chars:
            t = t.lstrip(chars).lstrip()
    s = e - len(t)
    u = t.rstrip()
    if chars:
        while u and u[-1] in chars:
            u = u.rstrip(chars).rstrip()
    return s, s + len(u)


_OPEN_MARKS = DOUBLE_OPEN + "\"'‘"
_END_MARKS = ".!?,;" + DOUBLE_CLOSE + "\"'’"


def _content(text: str, s: int, e: int, quotes: list[Quote], starts: list[int]) -> Span:
    """Trim a content span: spaces, a leading 'that', the final stop, and outer quote marks."""
    in_range = 0 <= s <= e <= len(text)
    s, e = _strip(text, s, e, ",:;—–-")
    if text.startswith("that ", s):
        s += 5
        s, e = _strip(text, s, e, ",:;—–-")
    elif not in_range:
        s, e = _strip(text, s, e, ",:;—–-")  # (in range, a stripped span strips to itself)
    quoted = s < e and text[s] in _OPEN_MARKS
    while e > s and text[e - 1] in _END_MARKS:
        if text[e - 1] in "'’" and e - 2 >= s and text[e - 2].isalnum():
            break
        if text[e - 1] not in ".!?,;" and not quoted:
            break  # a partial quote closing the content keeps its mark
        e -= 1
    if s < e and text[s] in _OPEN_MARKS:
        i = bisect.bisect_right(starts, s) - 1
        if i >= 0 and quotes[i].outer[0] == s and quotes[i].outer[1] >= e:
            s, e = quotes[i].inner[0], min(e, quotes[i].inner[1])
        else:
            s += 1
    return _strip(text, s, e, ",:;—–-")


def _words(text: str, s: int, e: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, s, e))


def _plausible(text: str, s: int, e: int, lenient: bool = False) -> bool:
    """Does text[s:e] look like a noun phrase that can name a speaker?

    `lenient` is for the positions where almost anything is the speaker ("…, X said.").
    The answer depends on the words alone, so it is cached by them ("he", "the minister");
    a phrase a "who" follows names people whatever its words ("tour operators who …")."""
    return _plausible_words(text[s:e], lenient or text.startswith(" who ", e))


@functools.lru_cache(maxsize=8192)
def _plausible_words(text: str, lenient: bool) -> bool:
    s, e = 0, len(text)
    ws = _WORD.findall(text, s, e)
    if not ws or len(ws) > 16 or _QUOTE_MARK.search(text, s, e):
        return False
    if _QUANTITY.match(text, s, e):
        return True  # "59 percent of voters", "one in four", "a majority": a poll's answer
    low = [w.lower().strip(".") for w in ws]
    if len(ws) == 1 and low[0] in _PRONOUNS_WHO | _GROUP_PRONOUNS:
        return True
    if _abstract_head(ws, low):
        return False  # "The reason for his support said …", "The timing suggests …"
    if _head_postmodified(low):
        return True
    if len(ws) > 12:
        # "the Acme Workers Union of America and the Beta Guild": names and their links only
        return "and" in low and all(w[:1].isupper() or w.lower() in _NAME_PART for w in ws)
    if low[0] in _FREE_RELATIVE and len(ws) > 1:
        return False  # "Everything Roe says is a lie": the verb is in a relative clause
    if low[0] in _NOT_SUBJECT_START:
        # "That person said …", "This official told …": a demonstrative before a role noun
        return (
            low[0] in _DEMONSTRATIVES
            and 2 <= len(ws) <= 3
            and (low[-1] in _PERSON_NOUNS or _roles()[0].get(low[-1], {}).get("noun") == "person")
        )
    if len(ws) == 1 and low[0] in _DETERMINERS:
        return False  # "The said agreement"
    if any(
        w in {"is", "was", "are", "were", "will", "would", "could", "should", "can"}
        and not (ws[i][:1].isupper() and ws[i + 1 : i + 2] and ws[i + 1][:1].isupper())
        for i, w in enumerate(low)
    ):
        return False  # a finite verb, not a name ("Will Doyle", "Can Dundar")
    table, _ = _roles()
    last = low[-1].removesuffix("’s").removesuffix("'s")
    if last in table or (len(low) > 1 and " ".join(low[-2:]) in table):
        return True
    if (
        len(ws) <= 4
        and last.endswith("s")
        and (table.get(last[:-1], {}).get("noun") in _PLURAL_NOUNS or last in _PLURAL_DOCUMENTS)
        and "," not in text
        and low[0] not in _PREPOSITIONS  # "with polls showing …": an absolute phrase
    ):
        return True  # "abortion opponents", "farm groups", "GOP strategists": people or bodies
    if any(c.isupper() for c in ws[-1]):
        return True
    if ws[0].endswith(("’s", "'s")) and ws[0][:1].isupper() and len(ws) <= 6:
        return True  # "Ruritania's trade commissioner"
    if any(w[:1].isupper() for w in ws[1:]) and len(ws) <= 8:
        return True  # "Ruritania's trade commissioner", "the WTO spokesman"
    if lenient and len(ws) <= 6 and last not in _DETERMINERS:
        return True
    # "the two sides", "many economists", "the bank": a determiner and a short noun phrase.
    return low[0] in _DETERMINERS and 2 <= len(ws) <= 4 and last not in _DETERMINERS


_PLURAL_NOUNS = frozenset({"person", "organisation"})
# Abstract nouns that never speak: a phrase headed by one is no speaker, whatever verb follows
# ("The reason for his support said a lot", "The timing of the move suggests", "The fact that
# she won says"). A speaker's head is a person, a body, a document or a name.
_ABSTRACT_HEADS = frozenset({
    "reason", "reasons", "fact", "facts", "idea", "ideas", "question", "questions", "issue",
    "issues", "problem", "problems", "point", "truth", "reality", "irony", "timing", "decision",
    "size", "scale", "choice", "notion", "thing", "things", "way", "goal", "aim", "purpose",
    "danger", "nature", "extent", "tone", "mood", "fate", "outcome", "success", "failure",
    "possibility", "likelihood", "lesson", "meaning", "significance", "importance", "impact",
    "effect", "consequence", "difference", "contrast", "rise", "fall", "drop", "decline",
    "increase", "surge", "absence", "lack", "willingness", "reluctance", "refusal", "move",
})
# Words after a noun that open its post-modifier: the noun before the first is the head.
_HEAD_END = frozenset({"of", "for", "behind", "about", "that", "to", "on", "in", "with", "over",
                       "from", "between", "among", "at", "why", "which", "who"})


def _abstract_head(ws: list[str], low: list[str]) -> bool:
    """Is the phrase headed by an abstract noun (written in lower case)?"""
    i = next((k - 1 for k, w in enumerate(low) if k and w in _HEAD_END), len(low) - 1)
    return low[i] in _ABSTRACT_HEADS and not ws[i][:1].isupper()
_FREE_RELATIVE = frozenset({"everything", "anything", "nothing", "something", "whatever",
                            "whichever"})
_PREPOSITIONS = frozenset({"with", "in", "on", "at", "for", "from", "by", "of", "to", "about",
                           "after", "before", "among", "amid", "as", "without", "despite"})
# Plural evidence nouns that speak as their reports do ("Recent polls show …").
_PLURAL_DOCUMENTS = frozenset({"polls", "surveys", "records", "filings", "reports", "documents",
                               "studies", "figures", "results", "estimates", "projections"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# A quantifier standing for people: "Several said …", "Many say …", "Others argue …".
_GROUP_PRONOUNS = frozenset({"several", "many", "some", "most", "others", "few", "both",
                             "another"})
# Words that open a post-modifier of a person noun: "a person familiar with …", "a source
# close to him", "people who have …", "several people I've spoken with".
_POSTMOD = frozenset({
    "familiar", "close", "with", "who", "in", "at", "from", "of", "for", "involved", "briefed",
    "knowledgeable", "i", "i've", "i’ve", "we", "on", "inside", "within", "near", "told",
    "speaking", "granted", "aware",
})


def _head_postmodified(low: list[str]) -> bool:
    """A long speaker noun phrase: determiners or adjectives, a person noun, a post-modifier."""
    table, _ = _roles()
    for i, w in enumerate(low[:4]):
        if w in table or w in _PERSON_NOUNS or w.removesuffix("s") in table:
            return i + 1 < len(low) and low[i + 1] in _POSTMOD and i < 3
        if not w.isalpha():
            return False
    return False


_PERSON_NOUNS = frozenset({"person", "man", "woman", "men", "women", "someone", "insider",
                           "insiders", "aides", "allies", "ally", "friends", "friend"})


_NAME_PART = frozenset({"of", "for", "and", "&", "on", "the"})
