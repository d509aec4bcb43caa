"""The views stage's speed shortcuts answer exactly as the slower forms they replace (issue 8).

Each shortcut (an index found once per document, a cheap pre-test before a regex, a pattern led
by a character class) is checked against its reference form on generated and written text.
"""

from __future__ import annotations

import random
import re

from briefgen import rules
from briefgen.extract import views as V
from briefgen.extract.commitments import CUE_RE, CUES
from briefgen.extract.quotes import _classify
from briefgen.extract.views import descriptions, patterns, units
from briefgen.lazyre import trie_regex
from briefgen.section import section

_ALPHABET = "ab ,;:.-—–\t\n\u00a0“”\"'’xyzS"


def _random_texts(n: int, seed: int = 8) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, 24))) for _ in range(n)]


def test_strip_by_index_is_the_slice_strip() -> None:
    rnd = random.Random(1)
    for text in _random_texts(400):
        for chars in ("", ",:;—–-", ".!?,;:" + "”\""):
            for _ in range(6):
                s = rnd.randint(-3, len(text) + 2)
                e = rnd.randint(-3, len(text) + 3)
                assert units._strip(text, s, e, chars) == units._strip_slow(text, s, e, chars), (
                    text, s, e, chars
                )


def test_in_view_index_answers_as_find() -> None:
    texts = _random_texts(50) + [
        "In the view of the bank, rates will rise; in her words, it is over.",
        "An interview with the judge: a judgment, an assessment, opinions and reviews.",
        "viewview words",
    ]
    for text in texts:
        spans = patterns._occurrences(text, patterns._IN_VIEW_WORDS)
        for s in range(len(text) + 1):
            for e in range(s, len(text) + 1):
                want = any(text.find(w, s, e) >= 0 for w in patterns._IN_VIEW_WORDS)
                assert patterns._occurs_in(spans, s, e) == want, (text, s, e)


def test_participle_pattern_matches_as_the_plain_alternation() -> None:
    forms, rx = patterns._participles()
    plain = re.compile(
        rf"(?:,|\s(?:--|—|–))\s+(?:(?:also|then|later|again|even|repeatedly)\s+)?"
        rf"({trie_regex(sorted(forms), space=patterns._ANY_SPACE)})\b"
    )
    texts = [
        "He criticised the plan, saying it would fail.",
        "She left -- adding that she would return — warning of delays.",
        "They met,\tnoting progress, and later, also calling for talks.",
        "A plan \u2014 arguing nothing — insisting, claiming,saying x",
        "sayings, saying, then saying,   repeatedly warning",
    ] + _random_texts(100)
    for text in texts:
        got = [(m.span(), m.group(1)) for m in rx.finditer(text)]
        want = [(m.span(), m.group(1)) for m in plain.finditer(text)]
        assert got == want, text


def test_commitment_cue_id_from_last_group() -> None:
    """The cue's own group closes last, so lastgroup names the alternative that matched."""
    seen = 0
    for entry in rules.entries("commitment_cues"):
        for ex in entry.get("examples", []):
            for m in CUE_RE.finditer(ex):
                first = next(k for k, v in m.groupdict().items() if v is not None and k in CUES)
                if m.lastgroup in CUES:
                    assert m.lastgroup == first, ex
                    seen += 1
    assert seen > 20


def test_joint_noun_heads_end_with_a_listed_noun() -> None:
    heads = [
        "the two leaders", "both sides", "the prime ministers", "heads of state",
        "the three countries", "all partners", "the women", "two candidates",
        "the allied governments", "the delegations", "both parties", "the nations",
    ]
    for h in heads:
        assert descriptions._JOINT_NOUN.match(h), h
        assert h.endswith(descriptions._JOINT_ENDS), h
    for h in ("the leader", "both of them", "the minister", "they"):
        assert not h.endswith(descriptions._JOINT_ENDS) and not descriptions._JOINT_NOUN.match(h), h


def test_mid_word_apostrophe_is_no_mark() -> None:
    """quotes.find_quotes skips an apostrophe between two letters without _classify: its answer."""
    for text in ("don't", "O'Neill", "it’s", "l‘x"):
        i = next(k for k, c in enumerate(text) if c in "‘'’")
        assert _classify(text, i, 0, len(text)) == ""


def test_views_warnings_reuse_only_for_the_same_document() -> None:
    text = 'Headline\n\nThe minister said: "We will act.\n\nOthers said the plan is sound.\n'
    doc = section(text, None)
    again = section(text, None)
    fresh = V.views_warnings(doc)
    V.extract_views(doc, [])
    assert V.views_warnings(doc) == fresh
    assert fresh, "an unbalanced quote is warned about"
    V.extract_views(section("Headline\n\nAll quiet.\n", None), [])
    assert V.views_warnings(again) == fresh
