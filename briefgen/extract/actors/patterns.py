"""Patterns and word sets that several actor passes read; a pattern with a single user module
lives next to its user instead. Compiled through briefgen.lazyre (rx_compile at import, lazy on
first use), so the regex code cache holds them whichever module they sit in.
"""

from __future__ import annotations

from briefgen.extract import names as N
from briefgen.lazyre import compile as rx_compile
from briefgen.lazyre import lazy

_WORD = rx_compile(r"\S+")
_RX_OF_NAME = rx_compile(
    rf"[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?({N.ORG_TOK}(?:[ \xa0]+{N.ORG_TOK})*)"
)
_RX_SP_CAP = rx_compile(
    rf"\.?[ \xa0]+[{N.UPPER}]"
)
_RX_AT_ORG = lazy(
    rf"[ \xa0]+(?:at|with|of|for|to)[ \xa0]+(?:the[ \xa0]+)?"
    rf"(?:(?:{'|'.join(N.ORG_DESCRIPTORS)}|state|[a-z]+(?:['’]s)?)[ \xa0]+)*"
        rf"({N.ORG_TOK}(?:[ \xa0]+(?:(?:of|for|on|and|the|de)[ \xa0]+)*{N.ORG_TOK})*)"
)
_RX_NEXT_CAP = rx_compile(
    rf"[ \xa0]+([{N.UPPER}][\w’'-]*)"
)
_RX_PREV_CAP = rx_compile(
    rf"([{N.UPPER}][\w’'-]*)[ \xa0]+$"
)
# "(?<![\w-])(?:[Bb]in|[Ii]bn|Abu|Abdul|Abdel)[ \xa0]", with the lookbehind after the first
# letter so that re can skip ahead to the possible first letters
_RX_PARTICLE_WORD = rx_compile(
    r"[BbIiA](?<![\w-].)(?:(?<=[Bb])in|(?<=[Ii])bn|(?<=A)bu|(?<=A)bdul|(?<=A)bdel)[ \xa0]"
)
_RX_INITIAL = rx_compile(
    rf"[{N.UPPER}]\."
)
_RX_LOWER_WORD = rx_compile("[a-z]+")
_SCANS = 4
_RX_WORDS = rx_compile(r"\w+")
_RX_IN_SPLIT = lazy(r"[ \xa0]+in[ \xa0]+")
_RX_WORD_CHAR = rx_compile(r"[\w-]")
# Lower-case corporate offices held in a company ("Price, chairman and chief executive, said").
_OFFICER_TITLES = frozenset((
    "chairman", "chairwoman", "chief executive", "chief executive officer", "president",
    "vice president", "chief financial officer", "chief operating officer", "treasurer",
    "chief investment officer", "controller", "general counsel", "executive vice president",
    "senior vice president", "managing director", "finance director", "chief", "vice chairman",
    "senior executive vice president",
))
_FIRM_LAST_WORDS = frozenset(N.CORP_SUFFIXES | {
    "Management", "Capital", "Partners", "Holdings", "Investments", "Group", "Associates",
})
_ORG_HEAD_WORDS = frozenset(N.ORG_HEADS | N.CORP_SUFFIXES)
# The last word of every title form: "member" of "board member" ends a chain too.
_TITLE_LAST_WORDS = frozenset(k.lower().split()[-1] for k in N.TITLE_KIND)
_SURNAME_HEADS = frozenset(("Church",))
_PARTY_OF_TAG = {"D": "Democratic", "R": "Republican", "I": "Independent"}
_PARTY_NAMES = frozenset(_PARTY_OF_TAG.values())
_LOWER_CONNECTORS = frozenset(("de", "des", "du", "la", "le", "y", "del", "di"))
_RX_SENT_EDGE = lazy(r"(?:\A|[.!?\n]|[-—–][ \xa0])[ \xa0\"“'‘(]*\Z")
_TIME_MODIFIERS = frozenset(("former", "acting", "interim", "outgoing", "incoming"))
# Offices of a town, county or state: a capitalised word before one is the place it serves.
_PLACE_OFFICES = frozenset((
    "Mayor", "Sheriff", "District Attorney", "Governor", "Gov.", "Lieutenant Governor", "Lt. Gov."
))
# Roles held for someone: the name before the role ("Stein spokeswoman") is whom they serve.
_STAFF_ROLES = frozenset((
    "spokesman", "spokeswoman", "spokesperson", "press secretary", "campaign manager",
    "campaign chairman", "campaign spokesman", "campaign spokeswoman", "aide", "adviser",
    "advisor", "senior adviser", "senior advisor", "lawyer", "attorney", "chief of staff",
    "communications director", "pollster", "strategist", "staffer", "surrogate",
))
_NOT_OCCUPATIONS = frozenset((
    "other", "number", "matter", "order", "water", "paper", "letter", "center", "error",
    "computer", "power", "corner", "quarter", "chapter", "factor", "sector", "motor", "rumor",
    "honor", "favor", "color", "labor", "floor", "door", "mirror", "terror", "horror", "manner",
    "dinner", "summer", "winter", "border", "murder", "answer", "partner", "ever", "never",
    "over", "under", "after", "later", "together", "either", "neither", "whether", "rather",
    "older", "younger", "bigger", "richer", "poorer", "better", "earlier", "smaller", "larger",
    "greater", "higher", "lower", "stronger", "weaker", "faster", "closer", "further", "member",
    "maker", "producer", "retailer", "manufacturer", "supplier", "provider", "operator",
    "carrier", "lender", "insurer", "distributor", "exporter", "importer", "refiner", "tenant",
    "giant", "plant", "restaurant", "servant", "elephant", "variant", "grant", "instant",
    "junior", "senior", "minor", "major",
))
_RX_ROLE_HEAD_END = lazy(r"[ \xa0](?:of|at|for|with|to|in|on)[ \xa0]")
_MODIFIER_WORDS = frozenset(m.lower() for m in N.MODIFIERS)
_QUOTE_OPEN = "“‘\"'"
_RX_AGE_SKIP = rx_compile(r",[ \xa0]+\d{1,3}(?:[ \xa0]+years[ \xa0]+old)?(?=,[ \xa0])")
# Words that make the words before a role a clause, not a role's modifiers ("which Mr", "it's").
_CLAUSE_WORDS = frozenset(
    ["which", "who", "whom", "whose", "that", "it", "it's", "it’s", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "to", "of", "in", "on", "at", "by", "for", "with", "as", "is", "was", "are", "were", "be", "been", "has", "had", "have", "and", "or", "but", "when", "while", "said", "says", "told", "not", "also", "from"]
)
_THE_CAMPAIGN = " campaign"  # "the campaign's press secretary": whichever one the text names
_RX_SERVED = lazy(
    rf"[{N.UPPER}][\w’'-]+(?:[ \xa0](?:[{N.UPPER}]\.|[{N.UPPER}][\w’'-]+)){{1,3}}"
)
_SERVED_AFTER = frozenset(" \xa0\n,.;:!?)]\"”'’")
_FUNCTION_WORDS = {"The", "A", "An", "And", "Or", "But", "In", "On", "At", "To", "Of", "For", "With",
                   "From", "By", "As", "Is", "Are", "Was", "Were", "Will", "Has", "Have", "It", "He",
                   "She", "They", "We", "I"}
_RX_HONORIFIC_BEFORE = rx_compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Miss)\.?[ \xa0]+$")
_RX_NEXT_WORD = lazy(r"[ \xa0]+([a-z]+)")
# A capital of any script after spaces: the word before it runs on into a longer name ("the
# Roe Foundation", "Zorbel Österreich"). The single actors.py this package was cut from defined it
# twice: this wide form for the lone-word reader (business._lone_words_read), written later, and an
# older [A-Z] form for the county reader (groups._counties) further down the file, which replaced
# it at import. The lone-word reader was meant to read this one (a name's next word may be
# "Österreich"); measured on dev sets 1-13, /work/shared/gold, 825 PolNeAR-train and 183 TimeBank
# texts, the two forms give identical output, so one definition, the intended wide one, serves both.
_RX_CAP_AFTER = lazy(rf"[ \xa0]+[{N.UPPER}]")
# An acronym as the subject of an intent: only an agent plans, vows or refuses ("NARAL plans
# to", "CPAC has decided to"); never "will"/"is" (a disease, a treaty or a measure is subject too).
_ACR_INTENT = (
    r"[ \xa0]+(?:(?:has|had|is|was)[ \xa0]+)?(?:plans|planned|planning|intends|intended|"
    r"vows|vowed|hopes|hoped|wants|wanted|aims|seeks|sought|threatens|threatened|decided|"
    r"refuses|refused|pledges|pledged|promises|promised)[ \xa0]+to(?![\w-])"
)
_RX_WORDISH = rx_compile(r"[\w’'-]")
