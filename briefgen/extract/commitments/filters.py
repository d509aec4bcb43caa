"""The filters of the sentence pass and the patterns its chain of tests reads: negated and
withheld cues, hypothetical and conditional ones (_own_condition, _own_if_before), refusals
(_own_refusal), predictions and forecasts (_forecast, analysts, epistemic hedges), past and
background readings (pluperfect, history, news-day), generic subjects, claims and denials,
and characterisations — a pledge reported as an attack or a consequence (_characterised).
Most patterns here have one reader, _sentence; they are kept apart from it, in the order
they stood in, so that the gate chain and its vocabulary can each be read whole.
"""

from __future__ import annotations

import re

from briefgen import rules
from briefgen.extract.commitments.patterns import (
    _INQUIRY_AGENTS,
    _OWN_IF,
    _VOL_GROUPS,
    _WE_I_OUR,
)
from briefgen.extract.commitments.state import (
    _Ctx,
    _ids_in,
    _Rec,
    _Subject,
)
from briefgen.lazyre import lazy
from briefgen.model import Span

# Verbs after "will"/"would" that describe outcomes or states, not undertakings.
_STATE_VERBS = frozenset(
    [
        "be",
        "become",
        "have",
        "has",
        "mean",
        "see",
        "need",
        "take",
        "happen",
        "cost",
        "fall",
        "rise",
        "drop",
        "decline",
        "grow",
        "remain",
        "come",
        "go",
        "get",
        "lead",
        "result",
        "affect",
        "depend",
        "face",
        "lose",
        "suffer",
        "spell",
        "likely",
        "probably",
        "also",
        "soon",
        "allow",
        "enable",
        "contribute",
        "serve",
        "usher",
        "bring",
        "run",
        "last",
        "stay",
        "seem",
        "appear",
        "feel",
        "know",
        "find",
        "depend",
        "require",
        "want",
        "like",
        "hurt",
        "benefit",
    ]
)

# after "is expected to" only a scheduled appearance is a plan ("expected to visit"); an expected
# decision ("expected to sign the accord") is a forecast
_SCHEDULE = frozenset(_VOL_GROUPS["hosting"]["verbs"])
# negated, these state determination ("will not retreat"); other negated acts are refusals
_RESOLVE = frozenset(_VOL_GROUPS["resolve"]["verbs"])

# "will never sign", "would never vote for": an emphatic refusal of a choice is a pledge too
# ("will not join" stays a refusal)
_CHOICE = frozenset(_VOL_GROUPS["choosing"]["verbs"])
_NEVER = lazy(r"\bnever\b", re.IGNORECASE)


# "I will bring a message of support", "we will stay the course": with "I"/"we" as subject
# these verbs (outcomes after any other subject: "the plan will bring jobs") are the
# speaker's own undertaking
_OWN_ACTS = frozenset(("bring", "stay", "remain", "serve"))
# "it will remain neutral", "would stay on the sidelines": after any subject, keeping out of a
# contest is a stance undertaken ("prices will remain high" stays an outcome)
_STANCE_AFTER = lazy(r"\s+(?:strictly\s+)?(?:neutral|impartial|uncommitted|on\s+the\s+sidelines)\b")


def _state_acts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The complements that make "take" and "remain"/"stay" an actor's act (volitional_verbs.json
    "state_acts"): "will take firm steps", "will stay in her post", "will stay on as
    chairman", "the peacekeepers will stay until the rebels disarm"; without them an outcome."""
    e = _VOL_GROUPS["state_acts"]
    alt = "|".join

    take = lazy(
        r"\s+[“\"]?(?:[\w-]+\s+){0,3}?(?:" + alt(e["take_objects"]) + r")\b",
        re.IGNORECASE,
    )
    stay = lazy(
        r"\s+(?:on\s+)?(?:"
        r"(?:in|at)\s+(?:both\s+|(?:his|her|their|its|the|our|my)\s+)?(?:[\w-]+\s+)?(?:"
        + alt(e["stay_posts"]) + r")\b"
        r"|as\s+(?:(?:its|the|their|his|her|our|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:"
        + alt(e["stay_roles"]) + r")s?\b"
        r"|(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3},?\s+(?:"
        + alt(e["stay_until"]) + r")\b"
        r"|(?:" + alt(e["stay_until"]) + r")\s+(?:the\s+)?(?-i:[A-Z\d])"
        r")",
        re.IGNORECASE,
    )
    return take, stay


_TAKE_ACT, _STAY_ACT = _state_acts()
_I_WE_BEFORE = lazy(r"(?:^|[\s“\"‘'(,])(?-i:I|[Ww]e)\s+(?:\w+ly\s+)?$")
# "as the two sides try to …", "while they work to …": the clause of an effort under way
_AS_CLAUSE = lazy(r"\b(?:as|while|even\s+as)\s+(?P<s>[^,;:.]{1,60})$", re.IGNORECASE)
# "… started a series of rallies in 1992 intended to …", "sore from injections intended to":
# a participle after a noun in a prepositional phrase or an object, not a subject's intent
_REDUCED_RELATIVE = lazy(
    r"\b(?:of|from|in|for|with|by|into|about|against|through|under)\s+"
    r"(?:(?!(?:he|she|it|they|we|i|who|which|that)\s)(?-i:[a-z0-9][\w’'-]*)\s+){1,6}$",
    re.IGNORECASE,
)
# "the rules were intended to", "they seemed intended to", "a gesture intended to", "was
# undermining new rules intended to", "– fake emails intended to": what a thing is for (a
# passive or a participle after a noun that is an object or appositive), not someone's intention
_THING_PURPOSE = lazy(
    r"\b(?:is|are|was|were|be|been|being|seem(?:s|ed|ingly)?|appear(?:s|ed)?)\s+(?:(?:\w+ly|also|not|all|both)\s+)?$"
    r"|(?:^|[^\w’'])(?-i:an?)\s+(?:(?-i:[a-z][\w’'-]*)\s+){1,3}$"
    r"|[-–—]\s+(?:(?-i:[a-z][\w’'-]*)\s+){1,3}$"
    r"|\b(?!(?:say|add|not|argu|claim|insist|explain|warn|announc|suggest|stat|tell|know|hear|"
    r"believ|think|report|indicat|signal|confirm|acknowledg|reveal|disclos|declar)ing\b)"
    r"(?-i:[a-z]{2,}ing)\s+(?:(?!(?:he|she|it|they|we|i|who|which|that|the)\s)"
    r"[\w][\w’'-]*\s+){1,5}$",
    re.IGNORECASE,
)
_LY_WORD = lazy(r"[a-z]+ly\s+")
# "will not stop the plan" keeps its old reading; after "won't" or "not going to" a yielding
# verb with an object ("is not going to stop the migrants") is a forecast, not a resolve
_WILL_NOT = lazy(r"(?:will|would|shall)\s", re.IGNORECASE)


def _inflect(verb: str) -> str:
    """A regex for a base-form verb phrase with its first word in any of -s/-ed/-ing forms."""
    first, _, rest = verb.partition(" ")
    forms = {first, first + "s", first + "es", first + "d", first + "ed", first + "ing"}
    if first.endswith("e"):
        forms.add(first[:-1] + "ing")
    if first.endswith("y"):
        forms.update((first[:-1] + "ies", first[:-1] + "ied"))
    if len(first) <= 4 and first[-1] not in "aeiouwxy":  # rig → rigged, gut → gutting
        forms.update((first + first[-1] + "ed", first + first[-1] + "ing"))
    tail = "".join(r"\s+" + (r"\S+" if w == "X" else re.escape(w)) for w in rest.split())
    # longest first (a form that is another's prefix must come after it); equal lengths in
    # alphabetical order, so that the pattern's text is the same in every process (a set's
    # order changes with PYTHONHASHSEED, and a changed text misses the regex code cache)
    return "(?:" + "|".join(sorted(forms, key=lambda f: (-len(f), f))) + ")" + tail


# data/commitment_characterisations.json: each group's verbs by its id
_CHARACTERISATIONS: dict[str, list[str]] = {
    e["id"]: e["verbs"] for e in rules.entries("commitment_characterisations")
}


def _characterisation_alt(kind: str) -> str:
    return r"\b(?:" + "|".join(_inflect(v) for v in _CHARACTERISATIONS[kind]) + r")\b"


# data/commitment_characterisations.json: another speaker's attack on the committer's aims
# ("he wants to exploit the tragedy", said by a rival), a predicted consequence ("will pay a
# high price"), an accusation frame ("accused the mayor of trying to …")
_ATTACK = lazy(_characterisation_alt("attack"), re.IGNORECASE)
_CONSEQUENCE = lazy(_characterisation_alt("consequence"), re.IGNORECASE)
# "were ready to return to normal": a state reached, no act (data: commitment_characterisations)
_STATE = lazy(_characterisation_alt("state"), re.IGNORECASE)
# "I want to tell you", "we want to thank …", "I'd like to study it": a turn of speech after
# want/like with I/we as subject, no undertaking (data: commitment_characterisations)
_SPEECH_TURN = lazy(_characterisation_alt("speech_act") + r"(?![\w-])", re.IGNORECASE)
_WANT_CUE = lazy(r"(?:wants?|wanted|(?:would|[’']d)\s+like)\s+to\b", re.IGNORECASE)
# "the mayor was trying to …", "as the senator was looking to …": an attempt the writer narrates in the
# past, over by the time of writing (not "said he was trying to", reported in the past)
_PAST_ATTEMPT_CUE = lazy(r"(?:was|were)\s+(?:\w+ly\s+)?(?:trying|looking|attempting)\s+to\b")
_REPORTING_VERB = lazy(
    r"\b(?:said|says|say|told|tells|added|explained|insisted|acknowledged|recalled|wrote|"
    r"according\s+to|claimed|admitted|stated|announced|noted|testified)\b",
    re.IGNORECASE,
)
# "so I would learn …", "so that they would not …": a purpose clause, no pledge
_PURPOSE_BEFORE = lazy(
    r"(?:\bso(?:\s+that)?|\bin\s+order\s+that)\s*[\"“‘']{0,2}\s*"
    r"(?:I|we|he|she|they|you|it)\s*$",
    re.IGNORECASE,
)
# "his gut reaction is to blame …": a trait the writer ascribes, read on the subject's last word
_DISPOSITION = frozenset(_CHARACTERISATIONS["disposition"])
# "the country's entry into the alliance will …", "costs of the move will …": an event or a
# quantity as the subject of will/would forecasts an effect (data: commitment_characterisations)
_OUTCOME_SUBJECT = frozenset(_CHARACTERISATIONS["outcome_subject"])
_HEAD_END = frozenset(
    ("of", "into", "to", "with", "against", "associated", "tied", "that", "which", "who", "from")
    + ("in", "on", "for", "by", "over", "between", "among", "at", "about", "means")
)


def _outcome_subject(actor_text: str) -> bool:
    """Is the subject's head noun (its last word before a preposition, relative or comma) an
    event or outcome, which can be forecast but undertakes nothing?"""
    head = ""
    for w in actor_text.split():
        low = w.lower()
        if head and low in _HEAD_END:
            break
        head = low
        if w.endswith(","):
            break
    head = head.strip(",;:\"“”‘").removesuffix("’s").removesuffix("'s").rstrip("’'")
    return head in _OUTCOME_SUBJECT


# "wants to release them but can't because …": the cue undone in the same breath
_UNDONE = lazy(
    r"[^,;:.!?]{0,80}?,?\s+but\s+(?:(?:i|we|he|she|they|it)\s+)?(?:(?:still|simply|just)\s+)?"
    r"(?:can[’']?t|cannot|can\s+not|couldn[’']?t|could\s+not|"
    r"(?:is|are|was|were|am|[’']s|[’']re|[’']m)\s+(?:still\s+)?(?:unable|not\s+able)|"
    # "cut a deal with X to …, but the pact fell apart": made and undone
    r"(?:the|that|this|their|his|her|its)\s+(?:pact|deal|accord|agreement|alliance|plan|bid|effort)"
    r"\s+(?:later\s+|soon\s+|quickly\s+|eventually\s+)?(?:fell\s+(?:apart|through)|collapsed|"
    r"failed|unravell?ed|was\s+(?:scrapped|abandoned|dropped|blocked)))\b",
    re.IGNORECASE,
)
# "The council charged that X is trying to …", "Y accused X of a plot, saying he wants to …":
# the clause is the accuser's charge (the accusing verb finite, after its own subject)
_ACCUSE_FRAME = lazy(
    _characterisation_alt("accusation")
    + r"[^;:\"“”]{0,160}?\b(?:that|of|for|saying|claiming|arguing)\b[^;:\"“”]{0,120}$",
    re.IGNORECASE,
)
_ACCUSE_STEM = lazy(
    "|".join(sorted({v[:5] for v in _CHARACTERISATIONS["accusation"]})), re.IGNORECASE
)
_REL_CLAUSE = lazy(r",\s+(?:which|who|whom|whose)\b", re.IGNORECASE)
_BELIEF_WORDS = frozenset(_CHARACTERISATIONS["belief"])
# cues that can ascribe an aim to someone ("wants to", "is trying to", a bare will/would); an
# explicit "vowed/pledged to" reports the actor's own undertaking
# "It is unlikely (that) X will …", "it now seems inevitable that X will …": the writer's
# judgement or forecast of what X will do (data/commitment_characterisations.json "judgement";
# only after an impersonal "it is/seems", so "she made it clear that she will" stays)
_JUDGED = lazy(
    r"\bit(?:[’']s|\s+(?:\w+ly\s+|now\s+|still\s+|also\s+)?(?:is|was|seems|seemed|appears|"
    r"appeared|looks|looked|remains))\s+"
    r"(?:\w+ly\s+|now\s+|still\s+|not\s+|all\s+but\s+){0,2}(?:"
    + "|".join(_CHARACTERISATIONS["judgement"])
    + r")\s+(?:that\s+)?(?:[\w.’'-]+\s+){0,6}?[\w.’'-]+$",
    re.IGNORECASE,
)
# "his forecast that X will …", "the hope that X would …": a belief named by a noun
_BELIEF_NOUN_THAT = lazy(
    r"\b(?:predictions?|forecasts?|projections?|expectations?|hopes?|beliefs?|fears?|"
    r"assumptions?|bets?|hunch|speculation|guess|estimates?)\b[^,;.“”\"]{0,25}?\bthat\s+$",
    re.IGNORECASE,
)
_ASCRIBED = frozenset(
    (
        "int.plans", "int.planning", "ong.working", "pledge.will", "pledge.would", "nom.intent",
        "int.going_to", "nom.effort_by",
    )
)
_BY_ING = lazy(r"\bby\s+(\w+ing\b.{0,40})", re.IGNORECASE)
_STATEMENT = lazy(
    r"(?:this|that|it|there|these|those)\s+(?:is|was|are|were|'s|’s)\b", re.IGNORECASE
)
_SPOKES = lazy(
    r"spokes|press\s+secretary|aide|adviser|advisor|campaign|represent", re.IGNORECASE
)
# "will not retreat", "would never vote": a pledge of restraint when the verb is agentive
_RESTRAINT = lazy(
    r"(?:(?:will|would|shall)\s+(?:not|never)|won[’']t|(?:is|are|am|m|re|s)\s+(?:not|never)\s+"
    r"going\s+to)\s+[a-z]+$",
    re.IGNORECASE,
)
# "X said she would not lift the levy": a reported undertaking to refrain from an act of one's own
_SAID_PRONOUN = lazy(
    r"\b(?:(?:said|says|insisted|insists|vowed|promised|pledged|declared|stressed)\s+|"
    r"told\s+(?:[\w.’'-]+\s+){1,3}?|assured\s+(?:[\w.’'-]+\s+){1,3}?)(?:that\s+)?"
    r"(?:he|she|they|we|I)\s+$",
    re.IGNORECASE,
)
# "she said she would not sign the treaty": declining to enter an agreement is a refusal (the
# issue: never a pledge), unlike refraining from an act of one's own ("would not raise taxes")
_ENTERS_INSTRUMENT = lazy(
    r"(?:sign|ratify|join|accept|agree|endorse|approve|back)\s+(?:to\s+|on\s+)?"
    r"(?:(?:the|a|an|any|this|that|such\s+an?|its|their|his|her|our)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:treaty|agreement|accord|deal|pact|memorandum|protocol|convention|cease-?fire|truce|"
    r"compact)\b",
    re.IGNORECASE,
)
# "will be travelling", "I will be there to greet them", "we'll be back tomorrow"
_BE_ACT = lazy(
    r"\s+(?:(?:also|now|\w+ly)\s+)?(?P<ing>[a-z]+ing)\b|(?:\s*,[^,;]{1,20},)?\s+(?P<loc>there|back|here)"
    r"\b(?!\s+(?:is|are|was|were|in\s+(?:force|place|effect|business))\b)"
)
# "claims that X is trying to …", "the charge that X will …": someone else's claim about X
_CLAIM_THAT = lazy(
    r"\b(?:arguments?|claims?|accusations?|allegations?|charges?|complaints?|insinuations?|"
    r"contentions?|suspicions?)\s+that\s+$",
    re.IGNORECASE,
)
# "warning that Britain's exit will …": the clause after a warning is a forecast unless its
# subject is the warner ("X warned it will retaliate" is a threat, a pledge)
# "claiming without any evidence that X wanted to …", "his claim in November that X wants to
# …": someone else's aim as a third party asserts it (a pronoun subject is the claimer's own)
# a denial governing the clause: "denied that he had promised to", "denies ever agreeing to",
# "rejected reports that it would"
_DENIED = lazy(
    r"\b(?:den(?:y|ies|ied|ying)|(?:rejected|dismissed|disputed)\s+(?:claims?|reports?|"
    r"suggestions?|allegations?))\s+(?:(?:ever|having)\s+)?(?:that\s+)?$",
    re.IGNORECASE,
)
# the words one of which _DENIED needs, in the lowered sentence
_DENIAL_WORDS = lazy(r"den|rejected|dismissed|disputed")
_CLAIMED_THAT = lazy(
    r"\b(?:claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing|ations?)|insinuat(?:e|es|ed|ing|ions?))"
    r"\s+(?:[\w,’'-]+\s+){0,4}?that\s+$",
    re.IGNORECASE,
)
_WARNED_THAT = lazy(r"\bwarn(?:s|ed|ing)?\s+(?:\w+\s+)?that\s+$", re.IGNORECASE)

_RULING_SUBJECT = lazy(
    r"\b(?:court|courts|judge|judges|ruling|decision|verdict|judgment|judgement|opinion)\b",
    re.IGNORECASE,
)
# "will no longer accept donations": a pledge to stop, judged by the verb after "longer"
_NO_LONGER = lazy(r"\s+longer\s+([a-z]+)")
_SPOKES_ROLE = lazy(r"spokes|aide|adviser|advisor|campaign|press\s+secretary", re.IGNORECASE)
_PRO_VERB = lazy(r"\s+(?:it|so|that|this)\b")
# "will be met on arrival by X", "would be hosted by X": the by-phrase names who acts
_BE_BY = lazy(
    r"\s+(?:\w+ly\s+)?(?P<v>[a-z]+)\b[^,;.:“”\"]{0,60}?\s+by\s+"
    r"(?P<by>[^,;:“”\"]{2,80}?)(?=\s*[,;:.]|\s*$|\s+(?:who|which|on|in|at|to|for|after|before|"
    r"when|if|and\s+then)\b)"
)
# the by-phrase opens with a name (after "the"), not a possession ("by Japan's tariffs")
_NAME_FIRST = lazy(r"(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:\s|$|,)")


# "would get rid of": an act, though "get" alone is a change of state ("will get worse")
_RID_OF = lazy(r"\s+rid\s+of\b", re.IGNORECASE)
# "the Ricketts family will donate", "the Brown campaign will air": a named group, no actor id
_NAMED_GROUP = lazy(
    r"the\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?:family|campaign|foundation|team|group|committee|"
    r"coalition|administration|government|organi[sz]ation|fund|trust|party)"
)
# "committed $5 million", "offered an additional $2 billion": money as the object
_MONEY_OBJECT = lazy(
    r"\s+(?:(?:an?\s+)?(?:additional|further|extra|another)\s+)?(?:US|C|A|HK|NZ)?[$€£¥]\s?\d"
)
# "until X had assurances that Y would give …": a condition of someone else's act
_UNTIL_BEFORE = lazy(r"\b(?:until|unless|as\s+long\s+as)\b[^,;]*$", re.IGNORECASE)

_AND_VERB = lazy(r"\s+and\s+(?=[a-z]+(?:ed|s)\b)")

_HYPO = lazy(
    r"\b(?:would|could|might|may|should|can|likely\s+to|expected\s+to|unlikely\s+to|"
    r"whether\s+to|if|unless)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_PASSIVE = lazy(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_ANALYSTS = lazy(
    r"\b(?:analysts?|experts?|economists?|observers?|commentators?|traders?|dealers?|critics?|"
    r"forecasters?|strategists?|pundits?|polls?|analyses|studies|surveys)\b",
    re.IGNORECASE,
)
# The same as sources of a forecast anywhere in the sentence ("polls" only as a finding:
# "voter access to the polls" is no source)
_ANALYSTS_SRC = lazy(
    r"\b(?:analysts?|experts?|economists?|observers?|commentators?|traders?|dealers?|critics?|"
    r"forecasters?|strategists?|pundits?|(?:polls?|analyses|studies|surveys)\s+(?:\w+\s+)?"
    r"(?:show|suggest|indicat|found|find|predict|say|said)\w*)\b",
    re.IGNORECASE,
)
# What follows the speaker in "X has long said (that)", "X said last week that", "X has
# publicly declared that": cut so that X is the mention right before it
_SRC_TAIL = lazy(
    r"(?:\s+(?:has|have|had|also|long|again|publicly|previously|earlier|repeatedly|recently|"
    r"already|then|\w+ly))*\s+(?:said|says|say|told\s+[^,]{0,40}?|added|stated|declared|"
    # "X wrote Globex that it …", "X assured/informed the board that it …": the addressee
    # after the verb is no speaker
    r"announced|(?:wrote(?:\s+to)?|informed|assured|notified|reminded)(?:\s+[^,]{1,40}?)?|"
    r"indicated|insisted|insists|noted|argued|warned|confirmed)"
    r"(?:\s+(?:(?:earlier\s+)?(?:last\s+(?:week|month|year)|this\s+(?:week|month|year))|earlier|"
    r"yesterday|today|(?:on\s+)?"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|in\s+an?\s+(?:\w+\s+)?(?:statement|interview|"
    r"release|letter)|on\s+(?:Twitter|Facebook|television)|to\s+reporters)){0,3}(?:\s+that)?\s*$",
    re.IGNORECASE,
)

# a wire dateline the sectioner left in the sentence ("PHILADELPHIA ― ", "GAZA CITY, Gaza -- ")
_DATELINE_LEAD = lazy(r"(?-i:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3})(?:,\s+[A-Z][\w.]+){0,2}"
                      r"\s*(?:\([\w.]+\)\s*)?(?:--|[―—–-])\s+")
# "The No. 2 steel maker said it …", "the company told X that it …": a description, no name
_DESCRIBED_SPEAKER = lazy(r"(?i:the)\s+(?:[\w.’'-]+\s+){0,4}?(?P<n>(?-i:[a-z]+))")
_FIRM_NOUN = lazy(
    r"company|firm|maker|automaker|carmaker|producer|manufacturer|retailer|carrier|airline|"
    r"bank|lender|insurer|concern|conglomerate|publisher|chain|utility|brokerage|operator"
)

_HANDOVER = lazy(
    r"\s+(?:\w+ly\s+)?(?:(?:turned|handed)\s+over|returned|repatriated|transferred|"
    r"released|delivered|given\s+back)\s+to\b",
    re.IGNORECASE,
)
_PAREN_SAID = lazy(
    r",\s+(?P<who>[^,;]{1,60}?)\s+(?:said|says|added|insisted|promised),\s+$", re.IGNORECASE
)
_PACT_OVER = lazy(
    r"\b(?:end\w*|broke|break\w*|violat\w*|collaps\w*|call\w*\s+off|reject\w*|breach\w*|"
    r"abandon\w*|scrap\w*|renounc\w*|tore\s+up|expir\w*|proposed?|seek\w*|sought|urg\w*)\b",
    re.IGNORECASE,
)
_BID_ENDED = lazy(
    r"\b(?:end|ends|ended|ending|lose|loses|lost|losing|quit|quits|quitting|suspend\w*|drop\w*|"
    r"abandon\w*|withdr[ae]w\w*|gave\s+up|giving\s+up|give\s+up)\b",
    re.IGNORECASE,
)
_BID_OVER = lazy(
    r"\b(?:ended|failed|collapsed|fizzled|faltered|fell\s+short|fell\s+apart|"
    r"(?:was|were)\s+(?:rejected|defeated|dropped|withdrawn|abandoned))\b",
    re.IGNORECASE,
)
_SUM_START = lazy(r"\b(?:an?\s+|up\s+to\s+|about\s+|nearly\s+|more\s+than\s+)?(?:US)?[$€£]")
_TERMS_SUBJECT = lazy(
    r"\b(?:covenants?|terms|conditions|deal|agreement|accord|pact|treaty|contract|settlement|"
    r"arrangement|loan|bail-?out|memorandum)$",
    re.IGNORECASE,
)
_OBLIGED = lazy(
    r"\s+(?:that\s+)?(?P<np>(?:the\s+|its\s+|their\s+)?(?:[\w.&’'-]+\s+){0,4}?[\w.&’'-]+)"
    r"(?=\s+(?:to\s+)?(?-i:[a-z]+)\b)"
)

_NOT_SUBJECT = lazy(
    r"^(?:it|this|that|these|those|there|which|what|who|he|she|they|one|such|some|many|it\s+also)$",
    re.IGNORECASE,
)

_AFTER_PREP = lazy(r"\b(?:with|of|for|by|to|from|in|on|at|as)\s+(?:the\s+)?$", re.IGNORECASE)
# "Roe's campaign says she will …": those who speak for the named person; "Roe's wife" do not
_SPEAKS_FOR = lazy(
    r"[’']s\s+(?:\w+\s+)?(?:campaign|team|office|aides?|spokes(?:man|woman|person)|staff|camp|"
    r"lawyers?|attorneys?|representatives?|government|administration|ministry|"
    r"executives|officials|management|board)\b",
    re.IGNORECASE,
)

_OWNER_LEAD = lazy(
    r"(?P<n>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?=[’']s?\s+(?:presidential\s+|re-?election\s+)?"
    r"(?:campaign|office|team|camp)\b)"
)
_OWNER_NAME = lazy(r"(?P<n>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?=[’']s\s)")


_PRONOUN_KINDS = {
    "he": "person",
    "she": "person",
    "it": "organization country group",
    "they": "organization country group person",
}

_VERB_ED_BEFORE = lazy(r"(?<![’'])\b(?-i:[a-z]+ed)\s+$")

_LEAD_DET = lazy(r"[\s`‘“\"']*(?:the\s+)?", re.IGNORECASE)
# Unnamed people who act for a body: their "they will" is that body's undertaking.
_AGENT_PLURAL = lazy(
    r"(?:[\w.’'-]+\s+){0,3}?(?:officials|authorities|police|prosecutors|lawyers|attorneys|"
    r"investigators|leaders|lawmakers|legislators|negotiators|organi[sz]ers|protesters|"
    r"demonstrators|relatives|aides|diplomats|ministers|officers|regulators|executives|"
    r"activists|rebels|commanders|strikers|unions)\b(?:\s+(?:for|of|from|in|at)\s+[^,;]{1,60})?$",
    re.IGNORECASE,
)
# A speaker phrase that names or points to someone (a pronoun, a capitalised word after the first).
_NAMED_SOURCE = lazy(r"(?i:\b(?:he|she|it|they|we|i)\b)|\s[A-Z]|^[A-Z][\w.-]*$")
# Nobody in particular: "You want to …", "No one wants to …", "customers want to …".
_GENERIC_SUBJECT = lazy(
    r"(?:any\s+time\s+)?(?:you|no\s+one|nobody|none|anyone|anybody|everyone|everybody|someone|"
    r"people|(?-i:(?!(?:leaders|lawmakers|ministers|negotiators|members|officers|rulers|"
    r"partners|organi[sz]ers|protesters|strikers|workers|employers|owners|lenders|insurers|"
    r"carriers|producers|exporters|importers|suppliers|manufacturers|growers|brokers|"
    r"bondholders|shareholders|stakeholders|commissioners|supervisors|managers)$)[a-z]+ers|"
    r"consumers|customers|voters|investors|users|citizens|residents))$",
    re.IGNORECASE,
)
_GENERIC_OPENING = frozenset(
    ("you", "people", "voters", "consumers", "customers", "investors", "users", "citizens",
     "residents", "nobody", "no one", "everyone", "everybody", "anyone", "anybody", "someone")
)

_UNDER_DEAL = lazy(
    r"[\s\-–•*]*(?P<cue>under|as\s+part\s+of)\s+(?P<deal>(?:the|this|that|its|their|today’s|today's|"
    r"an?)\s+(?:[\w.’'-]+\s+){0,3}?(?:deal|agreement|accord|pact|treaty|arrangement|memorandum|"
    r"terms))"
    # "Under an accord signed yesterday, X would …": the signing named in passing, no cue
    r"(?P<part>\s+(?:signed|reached|struck|agreed|announced|concluded)\b[^,;:]{0,40})?\s*,\s*",
    re.IGNORECASE,
)
# the subject of a deal's term: "Under the accord, [the state and Acme] would …"
_DEAL_TERM_SUBJECT = lazy(
    r"(?P<s>[^,;:]{1,80}?)\s+(?:will|would|shall|(?:is|are)\s+to)\s", re.IGNORECASE
)
_CARRY_SUBJECT = lazy(r"\s*(?:they|it|he|she|the\s+two)\b", re.IGNORECASE)

# After "will"/"would": not a verb, so "will" is the noun ("the will of the voters").
_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        "to the a an of and or but for in on at by with from as that this these those is are was "
        "were be it its their his her our i we you he she they",  # "and so will I": inversion
    )
)
# After "is going to": an outcome the speaker predicts, not an act they undertake
# What befalls a body rather than what it undertakes ("they would miss the deadline")
_OUTCOME_VERBS = frozenset(["miss", "fail", "lose", "win", "need", "face", "suffer", "struggle"])
_GOING_TO_OUTCOME = frozenset(["win", "lose", "such", "great", "happen", "fail", "succeed"])
_NOUN_WILL = lazy(
    r"\b(?:the|a|an|its|their|his|her|our|my|your|own|political|popular|free|good|ill|"
    r"general|collective)\s+$",
    re.IGNORECASE,
)
_IF_CLAUSE = lazy(
    r"\b(?:if|unless|in\s+case|provided\s+that)\b", re.IGNORECASE
)
_THAT_OPENING = lazy(r"\W*that\s", re.IGNORECASE)
_NAME_CUE = lazy(r"[A-Z][a-z]+\s+[A-Z][a-z]")
_DROPPED_PLAN = lazy(
    r"\b(?:abandon|scrap|drop|revers|withdr|cancel|shelv|rescind|revok|suspend|halt|dial\w*\s+back|"
    r"back\w*\s+(?:off|away\s+from)|walk\w*\s+back|ditch)\w*\s+"
    r"(?:(?:its|his|her|their|the|an?|this|that|our|my)\s+(?:(?-i:[a-z]+(?:-[a-z]+)?)\s+)?)?$",
    re.IGNORECASE,
)
# A forecast wrapped round the clause: "X predicted that Y will …", "Y will …, Z forecast".
_PREDICTED = lazy(
    r"\b(?:predict|forecast|project|speculat|estimat|bet|expect|rumou?r|believ|suspect|assum|fear|"
    r"anticipat|worr(?=y|ie)|afraid|doubt)(?:s|e|es|ed|d|ing|y|ied|ies)?\s+(?:that\s+)?"
    r"(?:[\w.’',-]+\s+){0,8}?$|\bassumption\s+that\s+(?:[\w.’'-]+\s+){0,4}?$"
    # "we know from surveys that those voters will …", "all I have heard: X is going to …"
    r"|\b(?:we|i|they|he|she|everyone|everybody)\s+(?:all\s+|now\s+|already\s+|have\s+)?"
    r"(?:know|knew|heard)\b[\s,:]+(?:(?!but\b|and\b|so\b|yet\b)[\w.’'-]+[\s:]+){0,8}?"
    r"(?:\w+[’'])?$"
    # "What worries them is that X will …", "the fear is that …": a feared outcome
    r"|\b(?:worr|concern|scar|frighten|alarm|troubl|fear|danger|risk)\w*\s+"
    r"(?:[\w.’'-]+\s+){0,8}?is\s+that\s+(?:[\w.’'-]+\s+){0,6}?$",
    re.IGNORECASE,
)
_ANALYSTS_STEMS = (
    "analys", "expert", "economist", "observer", "commentator", "trader", "dealer", "critic",
    "forecaster", "strategist", "pundit", "poll", "studies", "surveys",
)
_ANALYSTS_ANY = lazy("|".join(_ANALYSTS_STEMS))  # any(w in s for w in _ANALYSTS_STEMS)
_ODD_FOLD = lazy("[ıſ\u0130]")
_FORECAST_STEMS = (
    "predict", "forecast", "project", "speculat", "estimat", "bet", "assumption", "expect",
    "rumo", "believ", "suspect", "assum", "fear", "anticipat", "worr", "afraid", "doubt",
    "know", "knew", "heard", "concern", "scar", "frighten", "alarm", "troubl", "danger", "risk",
)


def _forecast(text: str, sent: Span, cstart: int, cend: int, low: str) -> bool:
    """ "X predicted that Y will …", "Y will …, X forecast": a prediction wraps the clause
    (`low`: the sentence lowered)."""
    if not any(w in low for w in _FORECAST_STEMS):
        return False
    return bool(
        _PREDICTED.search(text, sent[0], cstart) or _PREDICTED_TAIL.search(text, cend, sent[1])
    )


_PREDICTED_TAIL = lazy(
    r",[”\"’'`\s]*(?:[\w.’'-]+\s+){1,6}?(?:predicted|forecast|projected|estimated|speculated)\b",
    re.IGNORECASE,
)
# "will probably", "would surely", "periodically will": a forecast or a habit, not an undertaking
_EPISTEMIC = lazy(
    r"\b(?:probably|likely|surely|certainly|undoubtedly|inevitably|presumably|possibly|perhaps|"
    r"doubtless|periodically|usually|often|sometimes|typically|regularly|occasionally|frequently|"
    r"generally|normally|routinely|invariably|typically)\b",
    re.IGNORECASE,
)
_EPISTEMIC_BEFORE = lazy(
    r"\b(?:probably|likely|surely|certainly|undoubtedly|inevitably|presumably|possibly|perhaps|"
    r"periodically|usually|often|sometimes|typically|regularly|occasionally|frequently|"
    r"generally|normally|routinely)\s+$",
    re.IGNORECASE,
)
# "I would say", "we want to assure", "I will make this promise": the speaker acts by speaking
_SPEECH_ACT = lazy(
    r"(?:say|argue|guess|imagine|suggest|note|assure|reassure|thank|congratulate|stress|"
    r"emphasi[sz]e|underline|underscore|reiterate|remind|express|acknowledge|"
    r"clarify|apologi[sz]e|commend|salute|point\s+out|make\s+(?:it\s+)?clear|"
    r"make\s+(?:this|that|a|my|one|our)\s+(?:\w+\s+)?(?:promise|pledge|commitment|vow|point))\b",
    re.IGNORECASE,
)
# "I will just make this promise", "I'll simply say": an adverb before the speech act
_HEDGE_ADV = frozenset(("just", "simply", "only", "merely", "again", "first", "now"))
# "develop a new plan to …", "designing its own plan to …": a plan as a document being drafted
_DOC_PLAN = lazy(
    r"\b(?:develop|draft|devis|design|draw\w*\s+up|drew\s+up|c[oa]me?\s+up\s+with|"
    r"coming\s+up\s+with|work\w*\s+out|writ|wrote|craft|submit|prepar|produc|requir|demand|"
    r"call\w*\s+for|ask\w*\s+for|urg)\w*\s+(?:(?:a|an|the|its|their|his|her|our|own|new|"
    r"detailed|formal|revised|comprehensive|national|[\w-]+-[\w-]+)\s+){1,3}$",
    re.IGNORECASE,
)
# "X had decided to …", "officials decided that …": a decision already carried out or a ruling
# "The judges were ready to adjourn", "X was eager to prove himself": a past state
_PAST_READY = lazy(
    r"(?:was|were)\s+(?:\w+ly\s+)?(?:ready|prepared|willing|eager|keen|anxious|determined)\b"
)
_PAST_DECISION = lazy(r"decided\b", re.IGNORECASE)
_SAID_THEY = lazy(
    r"\b(?:said|says|told\s+\w+|announced)\s+(?:that\s+)?(?:it|they|he|she|we)\s+(?:had\s+|have\s+|has\s+)?$",
    re.IGNORECASE,
)
# "continued to vow", "began to promise": the act itself is asserted, unlike "hopes to sign"
_ASPECT_TO = lazy(
    r"\b(?:continu(?:e|es|ed|ing)|beg(?:an|un|in|ins)|start(?:s|ed)?|"
    r"announced(?:\s+(?:on\s+)?\w+day)?)\s+to\s+$",
    re.IGNORECASE,
)
# "we promise to …", "I vow to …": after a subject pronoun the noun cue is the verb
_PRONOUN_SUBJ_END = lazy(
    r"(?:^|[^\w’'])(?:we|i|they)\s+(?:all\s+|both\s+|\w+ly\s+)?$", re.IGNORECASE
)
# "if Iran were a stock": a counterfactual ("if she were to win" is a future condition)
_COUNTERFACTUAL = lazy(r"\bwere\s+(?!to\b)", re.IGNORECASE)
_PLUPERFECT = lazy(r"\bhad\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "launched a campaign to", "led an effort to": a launch told in the simple past
_PAST_LAUNCH = lazy(r"(?:\w+ly\s+)?[a-z]+ed\b|(?:\w+ly\s+)?(?:began|begun|led|ran|kicked)\b", re.IGNORECASE)
# "on Monday", "this week", "yesterday": an event dated as fresh news
_NEWS_DAY = lazy(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight"
    r"|(?:this|last)\s+(?:week|month)|earlier\s+this\s+(?:week|month|year))\b",
    re.IGNORECASE,
)
# "in 1992", "years ago": a campaign launched then is history, not work under way
_HISTORY_TIME = lazy(
    r"\b(?:in|during|by)\s+(?:(?:early|late|mid-?)\s*)?(?:1[6-9]\d\d|20\d\d)\b"
    r"|\b(?:years|decades|centuries)\s+ago\b",
    re.IGNORECASE,
)

_WISH = lazy(r"\s+(?:be|see|know|hear|have|feel|believe)\b", re.IGNORECASE)
# ", which will …" still open at the cue (no comma closes the relative clause before it)
_OPEN_RELATIVE = lazy(
    r",\s+(?:which|who|(?:an?|the)\s+(?:[\w-]+\s+){1,4}?that)\s+[^,;:]*$", re.IGNORECASE
)
# "I would love/like/prefer to …": a wish, not an undertaking
_CONTRACTED_D = lazy(r"[’'][dD]\b")
_LIKE_TO = lazy(r"\s+to\s+(?:\w+ly\s+)?([a-z]+)\b", re.IGNORECASE)
_COURTESY_VERBS = frozenset(
    ("welcome", "announce", "thank", "say", "tell", "ask", "add", "address", "speak", "introduce",
     "remind", "congratulate", "recognize", "recognise", "acknowledge", "express", "offer",
     "report", "inform", "brief", "present", "release", "air", "disclose", "reveal", "see",
     "meet", "hear", "know", "win", "be", "have", "get")
)
_HAD_FORMS = frozenset(
    ("been", "gone", "had", "got", "done", "made", "said", "told", "taken", "given", "seen",
     "come", "become", "left", "put", "sent", "thought", "heard", "known", "better", "run", "won",
     "lost", "spent", "built", "bought", "sold", "held", "kept", "met", "found", "brought")
)
_WISH_MODAL = frozenset(("love", "like", "prefer", "rather", "hate", "enjoy"))
_AFTER_PREPOSITION = lazy(r"\b(?:for|of|with|about|without|against)\s+$", re.IGNORECASE)
# "agreed with the columnist about the winner", "all agreed the senator won": an opinion shared
_AGREED_CLAUSE = lazy(
    r"\s+(?:with\s+[^,;.]{1,60}?\s+about\b|(?:that\s+)?(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,2}"
    r"\s+(?:won|lost|was|were|is|are|did|had\s+(?:won|lost|been))\b)",
    re.IGNORECASE,
)
# "is considering a request from X": weighing someone else's proposal (ongoing work)
_WEIGHED = lazy(
    r"\s+(?:an?|the|his|her|their|its|this|that)\s+(?:[\w-]+\s+){0,2}(?:request|petition|appeal|"
    r"application|complaint|motion|bid|offer|claim|case|lawsuit|nomination|objection)s?\b",
    re.IGNORECASE,
)
# "I would answer …, and he would look at me": "would" of one clause after another narrates a
# habit in the past, not an undertaking
_HABIT_CHAIN = lazy(
    r",\s+(?:and\s+)?(?:then\s+)?(?:he|she|they|we|I|it|you)\s+would\s+(?!be\b|have\b)[a-z]+"
)
# "the things she wants to accomplish": a contact relative clause; the pronoun's verb
# describes its antecedent, and the phrase before it is no committer
_CONTACT_RELATIVE = lazy(
    r"(?:^|\s)(?:the|all|every|any|some|those|these|what|everything|anything|something)\s+"
    r"(?:[\w-]+\s+){0,2}(?!(?:said|says|told|and|but|that|so|if|when|because)\s)[a-z][\w-]*\s+"
    r"(?:he|she|they|we|I|you)$"
)
_AGREED_OPINION = lazy(
    r"\s+(?:with\s+[^,;.]{1,60}?\s+that\b|(?:(?:on|with)\s+)?(?:that|this|the|his|her|their|its|our|my|your)\s+"
    r"(?:[\w-]+\s+)?(?:point|view|assessment|analysis|idea|notion|description|"
    r"characteri[sz]ation|diagnosis|premise)s?\b|with\s+(?:him|her|them|me|us|you|it)\b)",
    re.IGNORECASE,
)
# A sentence opening with a condition or time clause: "Where X seeks to …, we will respond".
_OPENING_CONDITION = lazy(
    r"\W*(?:(?:and|but|so)\s+)?(?:\w+ly\s+)?(?:where|once|until|before|when)\s+$", re.IGNORECASE
)
# a sentence opening on a condition about a generic "you" ("If you …, X will …", "When you
# write a book, they'll …"): what generally happens, nobody's undertaking
_GENERIC_YOU = lazy(
    r"[\W_]*(?:(?:and|but|so|or|now)\W+)?(?:even\s+)?(?:if|when|whenever|once|unless)\s+you\b",
    re.IGNORECASE,
)
_SUBORDINATE = lazy(r"\b(?:before|until|unless|once)\s+$", re.IGNORECASE)
_SIMILE = lazy(
    r"\b(?:(?:is|was|are|were|be|seems?|looks?|[’']s)\s+(?:\w+\s+)?like|as\s+if|as\s+though)\b",
    re.IGNORECASE,
)
_INDIRECT_QUESTION = lazy(r"^to\b|\b(?:what|how|whether|why)\b", re.IGNORECASE)

# Right before the cue, a word that negates or withholds it: "has no plans to", "no one wants
# to", "his unwillingness to affirm", "it cannot hope to"
_WITHHELD = lazy(
    r"\b(?:no|nobody|none|neither)\s+(?:[\w-]+\s+)?$|\b(?:unwilling\w*|reluctan\w*|hesitan\w*|"
    r"refusal|cannot|can[’']t)\s+(?:to\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
# Every _NEG match holds one of _NEG_WORDS, every _WITHHELD match one of _NEG_WITHHELD_WORDS,
# every _HYPO match one of _HYPO_WORDS (lowered; "no" also stands for "not", "none", "nobody")
_NEG_WORDS = ("no", "never", "refus", "declin", "fail", "unable", "reject", "n't", "n’t")
_NEG_WITHHELD_WORDS = (*_NEG_WORDS, "neither", "unwilling", "reluctan", "hesitan", "can")
_HYPO_WORDS = ("ould", "might", "may", "can", "likely", "expected", "whether", "if", "unless")


def _any_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """_any_in(s, words) as one search (in C, not a Python loop over the words)."""
    return lazy("|".join(map(re.escape, words)))


_NEG_ANY = _any_re(_NEG_WORDS)
_NEG_WITHHELD_ANY = _any_re(_NEG_WITHHELD_WORDS)
_HYPO_ANY = _any_re(_HYPO_WORDS)
_IF_BEFORE = lazy(r"\b(?:if|unless|whether)\b", re.IGNORECASE)


def _any_in(s: str, words: tuple[str, ...]) -> bool:
    """Whether one of words is in s (a gate before a regex that needs one of them)."""
    for w in words:
        if w in s:
            return True
    return False


# Before a bare participle or noun ("pledged delegates", "in pledged delegates", "offered
# promises Monday", "on promised protection"): a determiner, number, preposition or past verb
_ATTRIBUTIVE_BEFORE = lazy(
    r"(?:\b(?:the|a|an|more|most|fewer|those|these|their|its|his|her|our|my|your|of|in|among|"
    r"with|for|on|by|from|than|all|some|many|any|no|each|every|unbound|remaining)|\d|[’']s|"
    r"(?-i:\b[a-z]{3,}ed))\s+$",
    re.IGNORECASE,
)
# "superdelegates already committed to Clinton", "delegates pledged to the senator": allegiance
# to someone, not an undertaking to act (that needs a verb after "to")
_TO_PERSON = lazy(
    r"\s+(?:(?:[A-Z][\w.’'-]*|the|a|an|his|her|their|its)\s+)(?!\w+ing\b)", re.ASCII
)
# "agreed with the Democrats", "agree with much of the speech": an opinion shared, unless the
# clause goes on to what they agreed to do or on ("agreed with Peru to …", "… on a plan")
_AGREED_WITH = lazy(r"\s+with\s+(?P<rest>[^,;.:!?]{0,100})", re.IGNORECASE)
_AGREED_WITH_DEAL = lazy(r"\b(?:to|on|upon|over|that)\b", re.IGNORECASE)
_AGREE_BARE = lazy(r"\s*(?:[-–—,.;:!?”\"]|$)|\s+on\s+(?:something|anything|nothing|little|much|"
                         r"one\s+thing|this|that)\b", re.IGNORECASE)
# The verb of the modal in a clause after "that": "agree that movement will be incremental" is
# an opinion about a state, "guarantees that he will have" an outcome
_THAT_MODAL = lazy(r"\b(?:will|would|should|must|shall|can|’ll|'ll)\s+(?:\w+ly\s+)?(?P<v>[a-z]+)",
                         re.IGNORECASE)
# "affirmed it doesn't plan to …": a reaffirmed refusal is no commitment
_NEGATED_CLAUSE = lazy(
    r"\s+(?:that\s+)?(?:[\w.’'-]+\s+){1,3}?(?:doesn[’']t|does\s+not|don[’']t|do\s+not|won[’']t|"
    r"will\s+not|would\s+not|has\s+no|have\s+no|had\s+no|did\s+not|didn[’']t|isn[’']t|is\s+not|"
    r"never|no\s+longer)\b",
    re.IGNORECASE,
)
# "a letter signed by 200 members": the participle after a noun; only an agreement-like noun
# makes the signers ("by …") committers
_SIGNED_BY = lazy(r"\s+by\s+(?P<by>[^,;:]{1,160})")
_DEAL_BEFORE = lazy(
    r"\b(?:agreements?|accords?|deals?|treat(?:y|ies)|pacts?|memorand\w+|declarations?|charters?|"
    r"conventions?|contracts?|protocols?|communiqu\w+),?\s+(?:\w+,?\s+){0,2}$",
    re.IGNORECASE,
)
# What can be signed as an undertaking; "signed a letter of apology", "signed autographs" are not
_SIGNABLE = lazy(
    r"\b(?:agreements?|accords?|deals?|treat(?:y|ies)|pacts?|contracts?|memorand\w+|mou|"
    r"letters?\s+of\s+intent|declarations?|bills?|laws?|legislation|orders?|decrees?|statements?|"
    r"charters?|conventions?|protocols?|communiqu\w+|plans?|programs?|programmes?|measures?|"
    r"resolutions?|acts?|ordinances?|budgets?|leases?|loans?|frameworks?|documents?|"
    r"arrangements?|understandings?|partnerships?|commitments?|pledges?|compacts?|"
    r"settlements?|truces?|ceasefires?|cease-fires?|armistices?|accessions?|it|them)\b",
    re.IGNORECASE,
)
_OBJECT_START = lazy(r"\s+(?:an?|the|this|that|these|those|his|her|its|their|our|my|[A-Z]|\d)")
# "no hope that the rebels would disarm", "the hope is that someone will": a hope, not a pledge
_HOPE_THAT = lazy(r"\bhop(?:e|es|ed|ing)\W{0,4}(?:is\s+)?(?:that\s+)?$", re.IGNORECASE)
# "…, where Republicans will select a nominee": a scheduled event told as background
_WHERE_CLAUSE = lazy(r",\s+(?:where|when)\s+$", re.IGNORECASE)
# A clause with a past or background binding act: "when I signed", "whose husband signed"
_BACKGROUND_CLAUSE = lazy(r"\b(?:when|whenever|since|whose)\b", re.IGNORECASE)
# "said a plan to sell … fell through": a plan named without its owner
_BARE_PLAN = lazy(
    r"(?:^|\b(?:said|says|that)\s+|[,;]\s+)(?:a|the|this)\s+$", re.IGNORECASE
)
# "Perhaps Russia will oppose …", "Maybe the firm will …": a guess, not an undertaking
# "Often, companies will hire …", "a lot of times they'll put …": a habit, not an undertaking
_GUESS_BEFORE = lazy(
    r"\b(?:perhaps|maybe|possibly|probably|presumably|often|usually|sometimes|typically|"
    r"generally|normally|frequently|occasionally|routinely|a\s+lot\s+of\s+(?:the\s+)?times?|"
    r"most\s+of\s+the\s+time)\W*$",
    re.IGNORECASE,
)
# … and the same words opening the subject phrase read back ("Often, companies", "a lot of
# times they")
_GUESS_LEAD = lazy(
    r"\W*(?:(?:and|but|so|you\s+know)\W+)?(?:perhaps|maybe|possibly|probably|presumably|often|"
    r"usually|sometimes|typically|generally|normally|frequently|occasionally|routinely|"
    r"a\s+lot\s+of\s+(?:the\s+)?times?|most\s+of\s+the\s+time)\b",
    re.IGNORECASE,
)
# "not all leaders are ready to", "few members want to": a quantity that withholds the act
# "a force few politicians want to provoke": a contact relative with a withholding quantity
_FEW_TAIL = lazy(r"\s(?:few|no|not\s+many)\s+(?:[a-z-]+\s+)?[a-z]+s$")
# "There is no chance X will …", "no reason to believe that X plans to …": denied outright
_NO_CHANCE = lazy(
    r"\bno\s+(?:chance|way|possibility|prospect|likelihood|sign|indication|evidence|"
    r"reason\s+to\s+(?:believe|think|expect|suspect))\b[^“”\":;?!]*$",
    re.IGNORECASE,
)
# pledge nouns that name an attitude someone reads into the actor, not a plan they announced
_ATTITUDE = lazy(r"(?:determination|willingness|readiness|resolve|desire|ambition)\b")
_ANALYSTS_SAY = lazy(
    r"\b(?:analysts|experts|economists|observers|commentators|critics|strategists)\s+"
    r"(?:say|said|says|believe|argue|contend)\b",
    re.IGNORECASE,
)
_DO_WELL = lazy(r"\s+(?:very\s+)?well\s+to\b", re.IGNORECASE)
_FEW_SUBJECT = lazy(r"(?:not\s+(?:all|every|many)|few|none\s+of|no)\b", re.IGNORECASE)
# After "plans to": no verb ("health plans to double-digit increases") means the noun "plans"
_TO_NON_VERB = lazy(
    r"\s+(?:(?:the|an?)\b|\d|(?!(?:re|co|pre|de|un|over|under)-)\w+-\w)", re.IGNORECASE
)

_SUBJECT_WORDS = frozenset(
    re.findall(r"\w+", "he she it they we i who which that also and or now still has have had then")
)


_OBJECT_IN_TEXT = frozenset(
    {
        "bind.concluded",
        "bind.has_agreement",
        "agr.reached",
        "agr.announced_deal",
        "agr.established",
        "reaff.confirm",
        "bind.partnership",
        "int.planned_event",
        "bind.approved",
        "pledge.gift",
        "pledge.dividend",
        "bind.credit",
    }
)

_CONJ = lazy(r"(?:,\s*)?(?:;|\band|\bbut)\s+")
# a relative or a condition open in the action: the clause after "and" may be part of it
_REL_WORD = lazy(
    r"\b(?:that|who|which|whose|whom|if|unless|whether|when|until|once|provided)\b", re.IGNORECASE
)
_NEW_CLAUSE_GAP = lazy(r"(?:,|;|\band|\bbut)\s+(?:[\w.’'-]+\s+){0,6}(?:\w+[’'])?$")
_ED_WORD = lazy(r"\w+ed\b", re.IGNORECASE)
_TO_THAT_END = lazy(r"\b(?:to|that)$")
_PLEDGE_STEM = lazy(r"(?:ha(?:ve|s)\s+)?(?:pledg|vow|promis|guarant|undert)")
_COMMITTED_END = lazy(r"(?:committed|offered)$")
_NOUN_TO = lazy(r"(?:plans?|aims?|pledges?|promises?|vows?)\s+to\b")
_OBJECT_VERB = lazy(r"(?:ha(?:ve|s)\s+)?\w+(?:\s+(?:up|out))?(?:\s+|$)", re.IGNORECASE)
_NOT_WORD = lazy(r"\s(?:not|never)\b", re.IGNORECASE)
_ING_WORD = lazy(r"\w+ing\b")

_JOINT_WORD = lazy(r"\b(?:joint|shared|common|mutual)\b", re.IGNORECASE)
_OUR_MY = lazy(r"\b(?:our|my)\b", re.IGNORECASE)
_BARE_WORD = lazy(r"[a-z]+")


# a condition on the committer's own coming to office: "if elected", "if re-elected"
_OWN_PARTICIPLE = lazy(r"(?:re-?)?(?:elected|chosen|confirmed|nominated|appointed)\b", re.IGNORECASE)
# "if his candidate were to win", "if her boss wins": the one a spokesman or aide speaks for
_OWN_PRINCIPAL = lazy(
    r"(?:his|her|their)\s+(?:candidate|boss|client|principal|employer)\s", re.IGNORECASE
)
_COND_PRONOUN = lazy(r"(?P<p>he|she|they|we|I)\s", re.IGNORECASE)


_QUANTIFIED = lazy(r"[\s“\"‘'`]*(?:many|some|several|other|others|few|most|a\s+number)\b", re.IGNORECASE)


def _own_refusal(ctx: _Ctx, sent: Span, said: int, subj: _Subject) -> bool:
    """A reported refusal ("X said she would not …") is X's own when the pronoun's actors are
    the ones the reporting clause names as its subject, no quantified group ("Many X said")."""
    if not subj.ids or _QUANTIFIED.match(ctx.doc.text, sent[0]):
        return False
    named = set(_ids_in(ctx, sent[0], said))
    return set(subj.ids) <= named


def _own_condition(cond: str, subj_text: str) -> bool:
    """Is a condition before a reported "would" one on the committer's own future ("she said
    if elected she would sign", "if she wins, she would", "a spokesman said if his candidate
    were to win, she would sign")? Then the "would" is the committer's conditional pledge, as
    the gold sets list it; a condition on others or on events stays a hypothetical."""
    if _OWN_PARTICIPLE.match(cond):
        return True  # "if elected, Roe will …": the participle's subject is the main one
    pron = subj_text.lower()
    if pron not in ("he", "she", "they"):
        return False
    pm = _COND_PRONOUN.match(cond)
    if pm is not None:
        return pm.group("p").lower() == pron
    return _OWN_PRINCIPAL.match(cond) is not None


def _own_if_before(text: str, lo: int, subj_start: int, subj_text: str) -> bool:
    """Does an "if" clause on the committer's own future end right before the subject ("if
    elected, she will sign", "If she wins, she would …")?"""
    at = text.rfind("if ", lo, subj_start)
    if at < 0:
        at = text.rfind("If ", lo, subj_start)
    if at < 0 or (at > 0 and text[at - 1].isalnum()):
        return False
    om = _OWN_IF.match(text, at + 3, subj_start)
    return (
        om is not None
        and not text[om.end() : subj_start].strip()
        and _own_condition(text[at + 3 : om.end() - 1], subj_text)
    )


def _characterised(ctx: _Ctx, r: _Rec) -> bool:
    """A record that is no undertaking of its actor: a bare fragment with nobody committed, a
    statement of fact after a cue-like verb, a predicted consequence, an accusation, or another
    speaker's attack on the committer's aims (data/commitment_characterisations.json)."""
    text = ctx.doc.text
    s0, s1 = r.span
    if s0 == s1:
        return False  # "agreed to:" before bullets: a lead-in, kept only if bullets follow
    if (
        not r.actors
        and " " not in text[s0:s1].strip()
        and not _INQUIRY_AGENTS.fullmatch(r.actor_text.strip())
    ):
        return True  # "provoke", "their ancestors": no committer, no act (police searching
        # for "accomplices" are at work)
    if _STATEMENT.match(text, s0, s1):
        return True  # 'vowed: "this was a horrific crime"'
    if _STATE.match(text, s0, s1):
        return True  # "were ready to return to normal": a state, not an act
    if r.rule == "int.scheduled" and r.actor_text.rsplit(None, 1)[-1:] and (
        r.actor_text.rsplit(None, 1)[-1].lower() in _DISPOSITION
    ):
        return True  # "his first instinct is to blame the press": a trait
    if text[s0:s1].strip(" .!?\"”’'").lower() == "make sure":
        return True  # "We want to make sure.": the act is missing
    if (
        _WE_I_OUR.fullmatch(r.actor_text.strip())
        and _WANT_CUE.fullmatch(r.cue.strip())
        and _SPEECH_TURN.match(text, s0, s1)
    ):
        return True  # "I want to tell you …": a turn of speech
    if (
        r.rule == "pledge.will"
        and r.cue[:1] == "W"
        and r.subj_end > r.sentence[0]
        and text[r.sentence[0] : r.subj_end].split()[-1:] != []
        and text[r.sentence[0] : r.subj_end].split()[-1][:1].isupper()
        and text[r.subj_end : s0].lstrip().startswith("Will")
    ):
        return True  # "columnist George Will reignited …": the name Will, no modal
    if (
        _PAST_ATTEMPT_CUE.fullmatch(r.cue.strip())
        and not _REPORTING_VERB.search(text, r.sentence[0], s0)
        and not _REPORTING_VERB.search(text, s1, r.sentence[1])
    ):
        return True  # "as she was looking to …": a past attempt, no undertaking now
    if r.rule == "pledge.would" and _PURPOSE_BEFORE.search(
        text, max(r.sentence[0], r.subj_end - 24), r.subj_end
    ):
        return True  # "had him read aloud so I would learn …": a purpose, no pledge
    tail = text[s0 : min(r.sentence[1], s1 + 40)]
    if " but " in tail and _UNDONE.match(tail):
        return True  # "wants to release them but can't": undone in the same breath
    if r.rule not in _ASCRIBED or _WE_I_OUR.fullmatch(r.actor_text.strip()):
        return False  # the actor's own words, or an explicit "vowed/pledged to"
    sent0 = r.sentence[0]
    if not _BELIEF_WORDS.isdisjoint(w.strip(",;:") for w in r.actor_text.lower().split()):
        return True  # "He also thinks Cruz will win", "I think he's trying to": a belief
    if r.rule in ("pledge.will", "pledge.would", "int.going_to"):
        if _CONSEQUENCE.match(text, s0, s1):
            return True  # "the party will pay a high price", "the merger would dilute earnings"
        if _outcome_subject(r.actor_text):
            return True  # "the country's entry into NATO will consolidate security": an effect
        before = text[max(sent0, r.subj_start - 40) : r.subj_start].split()
        if before and before[-1].lower() == "that":
            before.pop()
        if before and before[-1].strip("\"“”'‘’(").lower() in _BELIEF_WORDS:
            return True  # "… is confident that Cruz will …"
        if _BELIEF_NOUN_THAT.search(text, max(sent0, r.subj_start - 60), r.subj_start):
            return True  # "her forecast last spring that Japan would …": a forecast recalled
        if _JUDGED.search(text, max(sent0, r.subj_start - 50), r.subj_end):
            return True  # "It is unlikely that Cruz will …": the writer's forecast
    if r.source in r.actors:
        return False
    if r.source is not None:
        by = _BY_ING.search(text, s0, min(s1, s0 + 80))
        lead = _LY_WORD.match(text, s0, s1)  # "to really distract attention": the verb after
        a0 = lead.end() if lead else s0
        if _ATTACK.match(text, a0, s1) or (by and _ATTACK.match(by.group(1))):
            src = ctx.actors.get(r.source)
            own = src is not None and (
                bool(src.title and _SPOKES.search(src.title))
                or any(
                    src.affiliation == a.name
                    for a in (ctx.actors.get(i) for i in r.actors)
                    if a is not None
                )
            )
            if not own:
                return True  # "He wants to exploit the tragedy," a rival said
    if r.nominal or r.subj_start <= sent0:
        return False
    lo = max(sent0, r.subj_start - 300)
    if not _ACCUSE_STEM.search(text, lo, r.subj_start):
        return False
    af = _ACCUSE_FRAME.search(text, lo, r.subj_start)
    # "The council charged that the mayor is trying to …" (the accusing verb after its own
    # subject, not a sentence-initial "Accused of fraud, X will …", not a ", which" clause)
    return (
        af is not None
        and bool(text[sent0 : af.start()].strip())
        and not _REL_CLAUSE.search(af.group())
    )
