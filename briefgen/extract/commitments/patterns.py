"""Patterns and word lists that several of the package's modules read (a pattern used by one
module lives in that module), with _volitional, which builds the volition verb groups from
the lexicon. Kept in one place so that the modules above import them one way, with no cycle.
"""

from __future__ import annotations

import re

from briefgen import rules
from briefgen.lazyre import lazy


def _volitional() -> tuple[frozenset[str], frozenset[str]]:
    """Agentive verbs (briefgen/data/volitional_verbs.json) and their -ing forms."""
    base = {v for e in rules.entries("volitional_verbs") if e["id"] not in ("resolve", "list_heads")
            for v in e["verbs"]}
    ing: set[str] = set()
    for v in base:
        ing.update((v + "ing", v + v[-1] + "ing"))
        if v.endswith("e") and not v.endswith("ee"):
            ing.add(v[:-1] + "ing")
    return frozenset(base), frozenset(ing)


_VOL, _VOL_ING = _volitional()
_VOL_GROUPS = {e["id"]: e for e in rules.entries("volitional_verbs")}

# the phrase used without an object ("will not give up," / "until …"): "give up its data" is a
# refusal to hand something over
_INTRANSITIVE_END = lazy(
    r"\s*(?:[,.;:!?\"”’')—–-]|$|(?:now|yet|easily|without|on|here|there|and|but|so|in|at|"
    r"before|after|until|till|for|ever|again|either|to)\b)",
    re.IGNORECASE,
)

# a bare personal pronoun (fullmatch): the one who spoke or committed before, not someone new
_PRONOUN_WE = lazy(r"he|she|it|they|we|i", re.IGNORECASE)

_NEXT_WORD = lazy(r"\s+([a-z]+)")

_NEG = lazy(
    r"\b(?:not|never|no\s+longer|refus\w*|declin\w*\s+to|fail\w*\s+to|unable\s+to|reject\w*)\b|n[’']t\b",
    re.IGNORECASE,
)

_PROPER_NAME = lazy(r"[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}")

_SINGULAR = lazy(
    r"^(?:(?P<person>he|she|his|her)|(?P<thing>it|its)|"
    r"(?P<org>the\s+(?:company|firm|group|bank|corporation|organi[sz]ation|institute|agency|"
    r"body|ministry|department|alliance|bloc|union|commission|council|committee))|"
    r"(?P<country>the\s+(?:(?:\w+\s+)?government|country|administration|kingdom|republic|state|"
    r"authorities|cabinet|regime))|"
    r"(?P<title>the\s+(?:president|prime\s+minister|premier|chancellor|minister|secretary|king|"
    r"leader|governor|mayor|ceo|chairman|chief|ambassador|envoy|general)))$",
    re.IGNORECASE,
)
_PAST_BID = lazy(
    r"\b(?:failed|unsuccessful|abortive|aborted|ill-fated|doomed|losing|previous|earlier|last|"
    r"first|former|past|abandoned|withdrawn|rejected|(?:19|20)\d\d)\b[\w\s’'-]{0,24}$",
    re.IGNORECASE,
)

_DEAL_SUBJECT = lazy(
    r"\b(?:deal|agreement|accord|pact|treaty|memorandum|arrangement|framework)$", re.IGNORECASE
)

_PRONOUN = lazy(r"he|she|it|they", re.IGNORECASE)

_OWN_BODY = lazy(r"[’']s?\s+(?:presidential\s+|re-?election\s+)?(?:campaign|office|team|camp)\b")

_MAIN_VERB_AFTER = lazy(
    r"(?<![,;])\s+(?:does|do|did|is|are|was|were|has|have|had|will|would|could|may|might)\s+(?:not\s+)?",
    re.IGNORECASE,
)

_REPORTED = lazy(
    r"\b(?:said|says|say|told|added|announced|stated|noted|declared|insist(?:s|ed)|indicated|"
    r"made\s+clear|saying|adding)\b",
    re.IGNORECASE,
)

_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "and",
        "or",
        "in",
        "on",
        "for",
        "with",
        "by",
        "at",
        "from",
        "that",
        "this",
        "their",
        "its",
        "our",
        "his",
        "her",
        "will",
        "would",
        "be",
        "is",
        "are",
        "was",
        "were",
        "as",
        "into",
    ]
)

_HEADLINE_JOINT = lazy(r"\bjoint\s+(?:statement|declaration|communiqu[eé])\b", re.IGNORECASE)

_POSSESSIVE_S = lazy(r"[’']s\b")

_WE_I_OUR = lazy(r"we|i|our", re.IGNORECASE)

_HE_SHE = lazy(r"(?:he|she)\b", re.IGNORECASE)

_FIRST_WORD = lazy(r"[\w’'-]+")


_OFFICIAL_TITLE = lazy(
    r"\b(?:president|secretary|minister|premier|chancellor|ambassador|king|queen|leader|envoy)\b",
    re.IGNORECASE,
)


_TITLE_WORD = (
    r"(?:[A-Z][\w.’'-]*|commander|chief|head|director|minister|president|secretary|spokes\w+|"
    r"leader|envoy|ambassador|general|staff|deputy|foreign|defen[cs]e|prime|vice|senior|top|of|the)"
)

_COORD = lazy(r"^(?:\s*,\s*|,?\s+(?:and|&)\s+)(?:" + _TITLE_WORD + r"\s+){0,8}$|^\s*[-/]\s*$")


_OPEN_QUOTE = lazy(r"[“\"]|``|''")


_LEAD_THE = lazy(r"^the\s+", re.IGNORECASE)

# "Mr. Roe and Ms. Doe are also …": a courtesy title before a surname in a joint subject
_COURTESY_NAME = lazy(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+(?P<n>[A-Z][\w’'-]+)")

# "Since Acme bought Globex in May, it has agreed to …": an opening time or reason clause and
# the pronoun right after its comma
_OPENER = lazy(
    r"[\W_]*(?:(?:and|but)\s+)?(?:since|after|when|once|because|although|though|while|before)"
    r"\s+(?:the\s+)?(?=[A-Z])",
    re.IGNORECASE,
)


# "the alliance", "the bloc": the latest organisation whose name says it is one
_BLOC_HEADS = {
    "alliance": frozenset(("alliance", "treaty", "pact", "coalition", "league", "nato")),
    "bloc": frozenset(("union", "bloc", "community", "association", "alliance", "league")),
}


# what may precede a sentence's subject: quotes, a determiner and title words
_SUBJECT_LEAD = lazy(
    r"[\s\"“‘'`]*(?:(?i:the|a|an)\s+)?(?:(?!(?i:after|before|when|while|with|by|for|to|of|in|on|at|"
    r"as|since|despite|unlike|like|and|but|if|once|meeting|asked)\s)[\w.-]+\s+){0,3}?"
)

_PRONOUN_OPEN = lazy(r"(?:he|she|it|they)\b", re.IGNORECASE)

_OWN_IF = lazy(
    r"(?:(?:re-?)?(?:elected|chosen|confirmed|nominated|appointed)|"
    r"(?:he|she|they|(?:his|her|their)\s+(?:candidate|boss|client))\s+"
    r"(?:wins?|were\s+to\s+win|is\s+elected|are\s+elected|gets?\s+elected|becomes?|"
    r"takes?\s+office))\b[^,;]{0,60},",
    re.IGNORECASE,
)

_QUOTE_BEFORE_VERB = lazy(
    r"(?<=[A-Za-z.])\s+(?:[\"“]|``)\s*$"
)


_POSSESSIVE = lazy(
    r"(?:(?P<apos>[’']s?)|\b(?P<pron>his|her|their|its|our|my))\s+[\"“‘`]*(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)

_DROPPED = lazy(
    r"\b(?:abandon|scrap|drop|revers|withdr|cancel|shelv|rescind|revok|suspend|halt)\w*\s+"
    r"(?:[\w’'.-]+\s+){0,5}$",
    re.IGNORECASE,
)


_NAMED_POSSESSOR = lazy(r"(?P<n>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4})\s*[’']s?(?:\s|$)")

# unnamed people whose trade is an inquiry or a search: their work under way is the body's
_INQUIRY_WORDS = (
    r"(?:(?:the|some|many|several|federal|state|local|military|foreign|(?-i:[A-Z][\w.-]*))\s+)"
    r"{0,2}(?:police|authorities|investigators|detectives|prosecutors|agents|troopers|"
    r"inspectors|officials|regulators|rescuers|searchers)"
)
_INQUIRY_AGENTS = lazy(_INQUIRY_WORDS, re.IGNORECASE)

# a main clause with its own pronoun subject after the content ("…, it leaves loopholes")
_NEW_SUBJECT = lazy(
    r",\s+(?:it|he|she|they|we|there)\s+(?!(?:said|says|added|adds|noted|notes|told)\b)",
    re.IGNORECASE,
)

# A body a country's name or adjective only premodifies ("the Japanese company", "France's
# foreign ministry", "the U.S. agency", "a Dutch firm"): that body, never the country itself
# (a government, administration or cabinet does stand for its country: gold convention).
_COUNTRY_BODY = lazy(
    r"(?:(?i:the|an?)\s+)?(?:[A-Z][\w.’'-]*\s+){1,2}?(?:[’']s?\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}?"
    r"(?i:company|firm|corporation|bank|lender|insurer|carrier|airline|utility|retailer|"
    r"automaker|carmaker|auto\s+maker|maker|manufacturer|producer|conglomerate|group|"
    r"ministry|department|agency|union|university|newspaper|broadcaster|network|regulator)"
)

_BODY_HEADS = [str(e["word"]) for e in rules.entries("body_nouns")]
# A body named by its kind ("the company", "the state-run bank", "the health ministry", "the
# government"): the speaker an "it" after a verb of saying stands for when no actor is that body.
_UNNAMED_BODY = lazy(
    r"[\s`‘“\"']*(?P<b>(?:(?i:the)\s+(?:[\w.’'-]+\s+){0,3}?"
    r"|(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*[’']s\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?)(?i:"
    + "|".join(sorted(_BODY_HEADS, key=len, reverse=True))
    + r"|company|firm|corporation|bank|lender|insurer|carrier|airline|utility|retailer|"
    r"automaker|carmaker|maker|manufacturer|producer|group|organi[sz]ation|institute|agency|"
    r"ministry|department|alliance|bloc|union|commission|council|committee|school|hospital|"
    r"city|county|district|government|administration|cabinet|regime|authority|office|"
    r"police|service|network|station|newspaper|paper|magazine|league|club|church))"
)
