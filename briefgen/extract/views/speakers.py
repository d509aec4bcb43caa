"""_Resolver, the state of speaker resolution for one document: the actors by mention span and
name, the views read so far, the sentences and quotes, genders, and the indexes that keep its
look-ups linear on long texts; with the helpers that place a position in its sentence or
paragraph, and pollsters named as speakers ("the Acme/Beta News poll found").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Container
from dataclasses import dataclass

from briefgen import rules
from briefgen.extract.views.clauses import _GROUP_HEADS
from briefgen.extract.views.patterns import _WORD, _lexicon, _roles, _rstrip_end
from briefgen.extract.views.subjects import _KIN, _introduced_unnamed
from briefgen.extract.views.units import _CLOSE_MARKS
from briefgen.lazyre import lazy
from briefgen.model import Actor, Document, Span, View


@dataclass
class _Resolver:
    text: str
    actors: list[Actor]

    def __post_init__(self) -> None:
        self.mentions = sorted(
            [(m[0], m[1], a) for a in self.actors for m in a.mentions if m[1] > m[0]]
        )
        self.mstarts = [m[0] for m in self.mentions]
        self.maxlen = max((me - ms for ms, me, _ in self.mentions), default=0)
        self.history: list[View] = []
        self.by_id = {a.id: a for a in self.actors}
        self.names: dict[str, list[tuple[int, Actor]]] | None = None  # built on first use
        self.qspans: list[Span] = []  # quotations (outer spans), set by extract_views
        self.qstarts: list[int] = []
        self.single: set[str] | None = None  # one-word mention surfaces, built on first use
        self.skip: Container[str] = frozenset()  # ids a pronoun cannot name (coref gender)
        self.gender: dict[str, str] = {}  # person id → "m"/"f" where the text shows it
        self.home: Actor | None = None  # the country of the dateline's capital, if an actor
        self.sent_starts: list[int] = []  # sentence start offsets, set by extract_views
        # Per-document indexes built on first use, so lookups need no walk to the start:
        self._hist_hits: dict[str, tuple[int, int]] = {}  # noun → (history scanned, last hit)
        self._mention_hits: dict[str, list[int]] = {}  # noun → mention indices it fits
        self.person_idx: dict[str, list[int]] | None = None  # person id → its mention indices
        self.ties_of: dict[str, frozenset[str]] = {}  # actor id → ties(actor)
        self.org_hits: dict[tuple[str, ...], list[int]] = {}  # name words → org mention indices
        self._firsts: dict[str, tuple[list[int], list[str]]] = {}  # see firsts()
        self.writer: tuple[Actor | None] | None = None  # see _column_author (built on first use)
        self.given_skip: dict[str, frozenset[str]] = {}  # see _given_other (built on first use)
        # see pronouns._gender_skip (built on first use)
        self.skip_sets: dict[str | None, frozenset[str]] = {}
        self.open_people: bool | None = None
        self.doc: Document | None = None
        # see held.py: persons by the last word of a full name, and the lower-cased names of
        # the text's places and countries (built on first use, once per document)
        self.surnames: dict[str, list[Actor]] | None = None
        self.place_names: frozenset[str] | None = None

    def covering(self, s: int, e: int) -> list[tuple[int, int, Actor]]:
        # No mention longer than maxlen starting before s - maxlen reaches s.
        i = bisect.bisect_left(self.mstarts, s - min(200, self.maxlen))
        out = []
        while i < len(self.mentions) and self.mentions[i][0] < e:
            ms, me, a = self.mentions[i]
            if me > s:
                out.append((ms, me, a))
            i += 1
        return out

    def before(self, pos: int, want: set[str], window: int = 3000) -> Actor | None:
        """The first compatible actor mentioned in the latest sentence before pos that has one."""
        hit = self.before_mention(pos, want, window)
        return hit[2] if hit else None

    def before_mention(
        self, pos: int, want: set[str], window: int = 3000
    ) -> tuple[int, int, Actor] | None:
        """before(), with the span of the mention that names the actor."""
        i = bisect.bisect_left(self.mstarts, pos) - 1
        best: tuple[int, int, Actor] | None = None
        while i >= 0 and self.mentions[i][0] > pos - window:
            ms, _me, a = self.mentions[i]
            if a.kind in want and not self.quoted(ms) and a.id not in self.skip:
                if best is None:
                    best = self.mentions[i]
                elif not _same_sentence(self.text, ms, best[0]):
                    break
                else:
                    best = self.mentions[i]
            i -= 1
        return best

    def quoted(self, pos: int) -> bool:
        """Is pos inside a quotation (whose names are what the speaker talks about)?"""
        k = bisect.bisect_right(self.qstarts, pos) - 1
        return k >= 0 and pos < self.qspans[k][1]

    def pair_before(self, pos: int) -> tuple[str, ...]:
        """Two people coordinated just before pos in its sentence ("X, R-Tenn., and Y, now
        saying they …"): the antecedent of a plural pronoun."""
        i = bisect.bisect_left(self.mstarts, pos) - 1
        people: list[tuple[int, int, Actor]] = []
        while i >= 0 and len(people) < 2:
            ms, me, a = self.mentions[i]
            i -= 1
            if not _same_sentence(self.text, ms, pos):
                break
            if a.kind == "person" and not self.quoted(ms):
                people.append((ms, me, a))
        if len(people) < 2 or people[0][2].id == people[1][2].id:
            return ()
        (bs, _be, b), (_as, ae, a) = people
        gap = self.text[ae:bs]
        if len(gap) > 40 or not _AND_GAP.fullmatch(gap):
            return ()
        return (a.id, b.id)

    def group_before(self, pos: int, want: set[str], window: int = 3000) -> tuple[str, ...]:
        """The actors of the latest sentence before pos that names two or more of a kind."""
        i = bisect.bisect_left(self.mstarts, pos) - 1
        group: list[tuple[int, Actor]] = []
        while i >= 0 and self.mentions[i][0] > pos - window:
            ms, _me, a = self.mentions[i]
            i -= 1
            if a.kind not in want:
                continue
            if group and not _same_sentence(self.text, ms, group[0][0]):
                if len({g.id for _, g in group}) > 1:
                    break
                group = []
            group.insert(0, (ms, a))
        ids = tuple(dict.fromkeys(a.id for _, a in group))
        return ids if len(ids) > 1 else ()

    def by_name(self, word: str, pos: int) -> Actor | None:
        """The actor named (or surnamed) word, first mentioned by pos; a person preferred."""
        if self.names is None:
            self.names = {}
            for a in self.actors:
                keys: set[str] = set()
                for n in (a.name, *a.aliases):
                    if n:
                        keys.add(n.lower())
                        keys.update(n.lower().split()[-1:])
                first = min((m[0] for m in a.mentions), default=0)
                for k in keys:
                    self.names.setdefault(k, []).append((first, a))
        hit = None
        people = []
        for first, a in self.names.get(word.lower(), ()):
            if first <= pos and (hit is None or a.kind == "person"):
                hit = a
            if first <= pos and a.kind == "person":
                people.append(a)
        if len(people) > 1 and " " not in word.strip():
            return self.surname(word, people, pos)
        return hit

    def surname(self, word: str, people: list[Actor], pos: int) -> Actor:
        """Which of several people sharing a surname a bare "Roe" names.

        The one the actors stage gave the surname as an alias; else not a person the text calls
        by the given name alone ("Jane", as news copy does for children and relatives); then the
        one whose full name was written last before pos."""
        low = word.lower()
        alias = [a for a in people if any(x.lower() == low for x in a.aliases)]
        if len(alias) == 1:
            return alias[0]
        if self.single is None:
            text = self.text
            self.single = {text[m[0] : m[1]] for a in self.actors for m in a.mentions
                           if " " not in text[m[0] : m[1]]}
        named = [a for a in people if a.name.split()[0] not in self.single
                 or a.name.split()[0].lower() == low]
        pool = named or people
        text = self.text

        def last_full(a: Actor) -> int:
            return max((m[0] for m in a.mentions if m[0] < pos and " " in text[m[0] : m[1]]),
                       default=-1)

        return max(pool, key=last_full)

    def described(self, noun: str, pos: int) -> Actor | None:
        """The latest speaker whose title, name or cue words hold noun, else the latest actor
        mentioned before pos that fits it. Both scans are indexed per noun (history grows only
        by appends; mentions are fixed), so a call costs a bisect, not a walk to the start."""
        done, last = self._hist_hits.get(noun, (0, -1))
        for k in range(done, len(self.history)):
            v = self.history[k]
            a = self.actor(v.speaker)
            if a and noun in f"{a.title or ''} {a.name} {v.speaker_text}".lower():
                last = k
        self._hist_hits[noun] = (len(self.history), last)
        if last >= 0:
            return self.actor(self.history[last].speaker)
        hits = self._mention_hits.get(noun)
        if hits is None:
            hits = self._mention_hits[noun] = [
                i for i in range(len(self.mentions)) if self._fits(noun, i)
            ]
        j = bisect.bisect_left(hits, bisect.bisect_left(self.mstarts, pos)) - 1
        return self.mentions[hits[j]][2] if j >= 0 else None

    def _fits(self, noun: str, i: int) -> bool:
        """Does mention i fit the description noun (see described)?"""
        ms, _me, a = self.mentions[i]
        if noun in f"{a.title or ''} {a.name} {a.affiliation or ''}".lower():
            return True
        # "Judge Ann Wolfe …. The judge said": the title the actors left
        return a.kind == "person" and not a.title and self.text[max(0, ms - 25) : ms].lower(
        ).split()[-1:] == [noun]

    def described_person(self, noun: str, hs: int, he: int) -> Actor | None:
        """The person a definite description names ("the Cuban leader", "Senator from Ohio",
        "the Republican nominee"): the latest person mentioned before it whose title fits the
        noun and who is not tied to another country or party than the one it names."""
        table, _ = _roles()
        entry = table.get(noun.lower().rstrip("."))
        if entry is None or entry.get("noun") != "person":
            return None
        raw = entry.get("titles", [noun])
        titles = [str(t) for t in raw] if isinstance(raw, list) else [noun]
        tied = {a.id for ms, me, a in self.covering(hs, he)
                if ms >= hs and me <= he and a.kind != "person"}
        start = bisect.bisect_left(self.mstarts, hs)
        untitled: Actor | None = None  # the latest person with no title tied to the body
        # (only a body: "the Florida senator" is not whoever was named near Florida)
        body = any(b is not None and b.kind == "organization" for b in map(self.actor, tied))
        # Each person once, at its latest mention before hs, latest first: per person a bisect
        # into its mention indices instead of a walk over every mention back to the start.
        if self.person_idx is None:
            self.person_idx = {}
            for k, (_s, _e, p) in enumerate(self.mentions):
                if p.kind == "person":
                    self.person_idx.setdefault(p.id, []).append(k)
        order = []
        for idx in self.person_idx.values():
            j = bisect.bisect_left(idx, start) - 1
            if j >= 0:
                order.append(idx[j])
        order.sort(reverse=True)
        for i in order:
            ms, _me, a = self.mentions[i]
            title = (a.title or "").lower()
            if not title:
                # "Judge Ann Wolfe" with no title from the actors stage: the word before a name
                title = " ".join(self.text[max(0, ms - 25) : ms].lower().split()[-1:])
            if not any(re.search(rf"\b{re.escape(t)}(?!\w)", title) for t in titles):
                if untitled is None and body and not a.title and tied <= self.ties(a):
                    untitled = a
                continue
            marks = self.ties(a)
            if tied and not tied <= marks and marks:
                continue  # "the Cuban leader" is not "U.S. President Roe"
            if entry.get("titled_only") and _introduced_unnamed(self.text, noun, ms, hs):
                return None  # "Judge Roe … A judge in Ohio ruled …. The judge said": not Roe
            return a
        # "Director of the FBI Jane Roe … the FBI chief": the one named with that body
        return untitled

    def topic_person(self, hs: int, he: int, lo: int) -> Actor | None:
        """The person the latest sentence since lo opens with, unless tied to another country
        or place than the description names."""
        hit = self.subject_before(hs, {"person"}, lo)
        if hit is None:
            return None
        return hit[1] if self.fits_ties(hit[1], hs, he, ("country",)) else None

    def fits_ties(
        self, person: Actor, hs: int, he: int, places: tuple[str, ...] = ("country", "place")
    ) -> bool:
        """Can a description in [hs, he) naming countries or places ("the Ohio governor") be
        this person: no place of the description's kind among the person's ties, or all?
        (Ties to places are loose, any place near a mention: topic_person checks countries
        only, as it always did.)"""
        tied = {a.id: a.kind for ms, me, a in self.covering(hs, he)
                if ms >= hs and me <= he and a.kind in places}
        if not tied:
            return True
        for kind in places:
            want = {c for c, k in tied.items() if k == kind}
            marks = {c for c in self.ties(person) if (self.actor(c) or person).kind == kind}
            if want and marks and not want <= marks:
                return False
        return True

    def recent_speaker(self, hs: int, he: int, lo: int) -> Actor | None:
        """The person who spoke last in [lo, hs) (“…,” Roe said. … the senator added): the
        description's referent when no title fits and no sentence opens with a person."""
        for v in reversed(self.history):
            if v.span[0] < lo and (v.speaker_span is None or v.speaker_span[0] < lo):
                return None
            a = self.actor(v.speaker) if v.speaker else None
            if a is not None and a.kind == "person" and (
                v.speaker_span is None or v.speaker_span[1] <= hs
            ):
                return a if self.fits_ties(a, hs, he) else None
        return None

    def ties(self, a: Actor) -> set[str]:
        """Countries, parties and places written just before a person's mentions or named by
        the affiliation ("Cuban President X", "X, a Republican from Ohio")."""
        hit = self.ties_of.get(a.id)
        if hit is not None:
            return set(hit)  # per actor, fixed for the document: built once
        out: set[str] = set()
        aff = (a.affiliation or a.country or "").lower()
        text = self.text
        for ms, me in a.mentions:
            for cs, ce, c in self.covering(max(0, ms - 40), me + 30):
                if c.kind == "person" or c.id == a.id:
                    continue
                seg = text[min(ce, ms) : max(cs, me)] if ce <= ms else text[me:cs]
                if "." in seg.replace("Sen.", "").replace("Rep.", "") or "\n" in seg:
                    continue
                out.add(c.id)
        if aff:
            out.update(c.id for c in self.actors if c.kind != "person" and (
                c.name.lower() in aff or any(x.lower() in aff for x in c.aliases)))
        self.ties_of[a.id] = frozenset(out)
        return out

    def org_by_head(self, noun: str, pos: int) -> Actor | None:
        """The latest organisation mentioned before pos with noun as a word of its name."""
        i = bisect.bisect_left(self.mstarts, pos) - 1
        while i >= 0 and self.mentions[i][0] > pos - 3000:
            a = self.mentions[i][2]
            i -= 1
            if a.kind == "organization" and any(
                n in a.name.lower().split()[1:] for n in _HEAD_SYNONYMS.get(noun, (noun,))
            ):
                return a
        return None

    def author(self, noun: str, pos: int) -> Actor | None:
        """Who wrote the document "the letter" names: "a letter signed by X", "X's letter"."""
        text = self.text
        # a poll or study is taken up again much later ("The poll also found …")
        lo = max(0, pos - (3000 if noun in _STUDY_NOUNS else 800))
        same = _WORKS if noun in _WORKS else _ADS if noun in _ADS else (noun,)
        makers: set[str] = set()  # an ad's makers: "a video by X … an ad from Y" is nobody's
        first: Actor | None = None
        for m in reversed(list(_AUTHOR_AFTER.finditer(text, lo, pos))):
            if m.group(1).lower().rstrip("s") not in {n.rstrip("s") for n in same}:
                continue
            hit = next((a for ms, _me, a in self.covering(m.end(), m.end() + 1)
                        if ms == m.end() and a.kind in {"person", "organization"}), None)
            nm = _NAME_AT.match(text, m.end())
            if nm and nm.group(1).endswith(("'s", "’s")):
                after = _WORD.match(text, nm.end() + 1)
                noun = after.group().lower() if after else ""
                if noun in _GROUP_HEADS or noun.rstrip("s") in _KIN or noun.startswith(
                    ("grand", "great-")
                ):
                    return None  # "a letter from Ana's grandmothers": not Ana
            hit = hit or (self.by_name(nm.group(1), pos) if nm else None)
            if hit is not None and same is _ADS:
                makers.add(hit.id)
                first = first or hit
            elif hit is not None:
                return hit
        if makers:
            return first if len(makers) == 1 else None
        if noun in _WORKS:
            # "Roe wrote a memoir of her years in office. … the book said": its writer
            wrote = list(_WROTE_WORK.finditer(text, max(0, pos - 3000), pos))
            for m in reversed(wrote):
                hit = next((a for ms, me, a in self.covering(m.start(), m.start() + 1)
                            if a.kind == "person" and ms <= m.start() < me), None)
                if hit is not None:
                    return hit
        for work in same:
            k = text.rfind(work, lo, pos)
            while k > lo:
                pre = text[max(lo, k - 40) : k]
                pm = _AUTHOR_BEFORE.search(pre)
                if pm:
                    at = max(lo, k - 40) + pm.start()
                    hit = next((a for ms, me, a in self.covering(at - 1, at)
                                if me == at and a.kind in {"person", "organization"}), None)
                    if hit is not None:
                        return hit
                k = text.rfind(work, lo, k)
        return None

    def issuer(self, role: dict[str, object], pos: int) -> Actor | None:
        """Who issues a document of this kind ("the ruling": the court or judge named last)."""
        words = role.get("issuers")
        if not isinstance(words, list):
            return None
        i = bisect.bisect_left(self.mstarts, pos) - 1
        while i >= 0 and self.mentions[i][0] > pos - 3000:
            a = self.mentions[i][2]
            i -= 1
            if a.kind in {"person", "organization"} and not self.quoted(self.mentions[i + 1][0]):
                label = f"{a.name} {a.title or ''}".lower().split()
                if any(w in label for w in words):
                    return a
        return None

    def subject_before(self, pos: int, want: set[str], lo: int) -> tuple[int, Actor] | None:
        """The latest actor of a kind that opens a sentence (its subject) in [lo, pos)."""
        i = bisect.bisect_left(self.mstarts, pos) - 1
        text = self.text
        # a set is asked first; a he/she skip that may count the leanings (pronouns.py), last
        first = self.skip if isinstance(self.skip, frozenset) else frozenset()
        while i >= 0 and self.mentions[i][0] >= lo:
            ms, _me, a = self.mentions[i]
            i -= 1
            if (
                a.kind in want
                and a.id not in first
                and _opens_sentence(text, ms, a.kind == "person")
                and not self.quoted(ms)
                and a.id not in self.skip
            ):
                return ms, a
        return None

    def forward(self, pos: int, want: set[str], limit: int = 600) -> Actor | None:
        """The actor that opens one of the next sentences as the subject of a reporting verb."""
        i = bisect.bisect_left(self.mstarts, pos)
        text = self.text
        while i < len(self.mentions) and self.mentions[i][0] < pos + limit:
            ms, me, a = self.mentions[i]
            i += 1
            if a.kind not in want:
                continue
            if not _opens_sentence(text, ms):
                if _SAID_BEFORE.search(text, max(0, ms - 14), ms):
                    return a  # "“…,” said Jane Roe, who …": named by an inverted attribution
                continue
            end = text.find(".", me, me + 250)
            cm = _lexicon()[0].search(text, me, end if end > 0 else me + 250)
            if cm and not text[me : cm.start()].count(" ") > 12:
                return a
        return None

    def sole_country(self, pos: int) -> Actor | None:
        """The one country mentioned before pos (outside quotations), if only one is; else the
        country whose capital the dateline names ("HAVANA (AP) -- … the government said")."""
        firsts, ids = self.firsts("", lambda ms, a: a.kind == "country" and not self.quoted(ms))
        n = bisect.bisect_left(firsts, bisect.bisect_left(self.mstarts, pos))
        if n == 1:
            return self.by_id[ids[0]]
        home = self.home
        return home if home is not None and home.id in ids[:n] else None

    def titled(self, title: str, pos: int) -> Actor | None:
        """The one person mentioned before pos whose title is exactly title."""
        firsts, ids = self.firsts(
            "title:" + title, lambda _ms, a: a.kind == "person" and (a.title or "").lower() == title
        )
        n = bisect.bisect_left(firsts, bisect.bisect_left(self.mstarts, pos))
        return self.by_id[ids[0]] if n == 1 else None

    def firsts(
        self, key: str, keep: Callable[[int, Actor], bool]
    ) -> tuple[list[int], list[str]]:
        """The mention index where each actor first passes keep, in order, and their ids: the
        distinct actors kept before a point are a bisect away (built once per key)."""
        hit = self._firsts.get(key)
        if hit is None:
            firsts: list[int] = []
            ids: list[str] = []
            seen: set[str] = set()
            for i, (ms, _me, a) in enumerate(self.mentions):
                if a.id not in seen and keep(ms, a):
                    firsts.append(i)
                    ids.append(a.id)
                    seen.add(a.id)
            hit = self._firsts[key] = (firsts, ids)
        return hit

    def topic_issuer(self, pos: int, doc: Document) -> Actor | None:
        """Who issued "the statement" nobody is named as writing: the organisation or country
        that opens a sentence of this paragraph or the one before."""
        if not doc.paragraphs:
            return None  # a headline-only text: no paragraph to read (audit 5, P1)
        pi = _para_of(doc, pos)
        lo = doc.paragraphs[max(0, pi - 1)].span[0]
        hit = self.subject_before(pos, {"organization", "country"}, lo)
        return hit[1] if hit else None

    def actor(self, aid: str | None) -> Actor | None:
        return self.by_id.get(aid or "")

    def country_near(self, pos: int) -> Actor | None:
        """The country a bare "the government" belongs to: the country (or its capital) named
        earlier in the same sentence, else the latest country mentioned before pos (within a
        few paragraphs), unless an organisation named as a government came later."""
        i = bisect.bisect_left(self.mstarts, pos) - 1
        text = self.text
        caps = _capitals()
        while i >= 0 and self.mentions[i][0] > pos - 1500:
            ms, _me, a = self.mentions[i]
            i -= 1
            if self.quoted(ms):
                continue
            if a.kind == "organization" and "government" in a.name.lower():
                return a
            if a.kind == "country":
                return a
            if a.kind == "place" and _same_sentence(text, ms, pos):
                country = caps.get(a.name.lower())
                hit = next((c for c in self.actors if c.kind == "country"
                            and c.name.lower() == country), None) if country else None
                if hit is not None:
                    return hit
        return None


_SAID_BEFORE = lazy(r"[,?!][”\"’']*\s+(?:said|says|added|wrote)\s+$")
_AUTHOR_AFTER = lazy(
    r"\b(letter|statement|message|note|memo|report|data|figures|numbers|records|documents|"
    r"poll|survey|study|analysis|book|memoir|autobiography|ad|advertisement|commercial|spot|"
    r"clip|video)s?"
    r"(?:\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?"  # "a letter Thursday from X"
    r"(?:(?:signed|written|sent|issued|released|posted)\s+)?(?:by|from)"
    # "a survey, published late Monday by X", "a poll taken last week for X"
    r"|,?\s+(?:signed|written|sent|issued|released|posted|published|conducted|commissioned|"
    r"taken|carried\s+out)\s+(?:(?:on\s+|late\s+|early\s+|last\s+|this\s+)?"
    r"[A-Za-z]+(?:\s+(?:night|morning|afternoon|evening))?\s+)?(?:by|for))"
    r"\s+(?:the\s+)?"
)
_STUDY_NOUNS = frozenset({"poll", "survey", "study", "analysis"})
# One written work under several nouns: "Roe's memoir" is taken up as "the book".
_WORKS = ("book", "memoir", "autobiography")
# One broadcast ad under several nouns: "a web video by X" is taken up as "the clip".
_ADS = ("ad", "advertisement", "commercial", "spot", "clip", "video")
# A person's name (its last word) before "wrote a memoir", "published his first book".
_WROTE_WORK = lazy(
    r"[A-Z][\w’'-]+(?=\s+(?:wrote|published|penned|authored|released)\s+"
    r"(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:book|memoir|autobiography)\b)"
)
_NAME_AT = lazy(r"(?:[A-Z][\w’'.-]*\s+){0,3}([A-Z][\w’'-]+)")
_AUTHOR_BEFORE = lazy(r"[’']s\s+(?:\w+\s+)?$")


_AND_GAP = lazy(r"(?:,[^,;.]{1,16}(?:\.[^,;.]{0,6})*,)?,?\s+and\s+")


_TITLE_BEFORE = lazy(r"(?:[A-Z][a-z]+\.?[ \t]){1,3}$")


@functools.cache
def _title_words() -> frozenset[str]:
    """The last word of every title form ("Speaker", "Sen."), lower case, no stop."""
    return frozenset(
        f.split()[-1].lower().rstrip(".") for e in rules.entries("titles") for f in e["forms"]
    )


def _opens_sentence(text: str, ms: int, titled: bool = False) -> bool:
    """Does a mention at ms open its sentence (after an optional 'The')?"""
    k = ms - 4 if text[max(0, ms - 4) : ms] in ("The ", "the ") else ms
    tm = _TITLE_BEFORE.search(text, max(0, k - 40), k) if titled else None
    if tm and tm.group().split()[-1].lower().rstrip(".") in _title_words():
        k = tm.start()  # "House Speaker Jane Roe, …": the title opens the sentence
    j = _rstrip_end(text, 0, k)
    if "\n" in text[j:k]:
        return True  # a paragraph opens with it (after a headline with no full stop, too)
    k = j
    while k > 0 and text[k - 1] in _CLOSE_MARKS:
        k -= 1
    return k == 0 or text[k - 1] in ".!?\n"


def _para_lo(doc: Document, para_idx: int) -> int:
    """The start of the paragraph before para_idx (0 in a text with no paragraphs: a
    headline alone)."""
    return doc.paragraphs[max(0, para_idx - 1)].span[0] if doc.paragraphs else 0


def _para_of(doc: Document, pos: int) -> int:
    """The index of the paragraph holding pos, or of the last one before it."""
    return max(bisect.bisect_right(doc.paragraph_starts, pos) - 1, 0)


def _same_sentence(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    seg = text[lo:hi]
    return ". " not in seg and "\n" not in seg


# The nouns of a poll whose pollster speaks for it (speaker_roles.json, "pollster": true).
_POLL_NOUNS = sorted(str(e["word"]) for e in rules.entries("speaker_roles") if e.get("pollster"))
_POLL_AT = lazy(r"\b(?:" + "|".join(_POLL_NOUNS) + r")s?\b", re.IGNORECASE)
# Words between a pollster's name and "poll": "a Roe/Doe News national tracking poll".
_POLL_MODIFIERS = frozenset({
    "new", "latest", "recent", "national", "statewide", "nationwide", "tracking", "opinion",
    "online", "telephone", "phone", "exit", "daily", "weekly", "monthly", "joint", "public",
    "weekend", "overnight", "separate", "previous", "earlier", "last", "first", "second",
    "early", "independent", "state", "poll", "polls", "survey", "surveys",
})
_POLL_RUN = lazy(r"[\w’'.&/-]+")
# A poll phrase as a whole speaker head: "The poll", "a New Acme/Beta News poll released …"
_POLL_HEAD = lazy(
    r"(?:(?:the|a|an|this|that|its|their)\s+)?(?:[\w’'.&/-]+\s+){0,8}?(?:"
    + "|".join(_POLL_NOUNS)
    + r")s?"
    r"(?:[,\s]+(?:released|conducted|published|taken|out|issued)\b.*)?",
    re.IGNORECASE | re.DOTALL,
)


def _pollster_at(res: _Resolver, k: int) -> Actor | None:
    """The pollster named right before the poll noun at k ("the Acme/Beta News poll"): the
    first organisation or person of the run of names and poll modifiers before it."""
    text = res.text
    run = k
    for n, m in enumerate(reversed(list(_POLL_RUN.finditer(text, max(0, k - 120), k)))):
        if text[m.end() : run].strip() or n >= 9:
            break
        w = m.group()
        if not (w[:1].isupper() or w[:1].isdigit() or w.lower() in _POLL_MODIFIERS):
            break
        if w.lower() in {"the", "a", "an", "this", "that"}:
            break
        run = m.start()
    if run >= k:
        return None
    hits = [(ms, a) for ms, me, a in res.covering(run, k)
            if ms >= run and me <= k and a.kind in {"organization", "person"}]
    return min(hits, key=lambda t: t[0])[1] if hits else None


def _poll_speaker(res: _Resolver, hs: int, he: int) -> Actor | None:
    """Who speaks for a poll: its pollster, named in the phrase ("a Roe/Doe News poll
    released Friday"), else the pollster of the latest named poll ("the poll"), else of the
    next one (a lead's "A new poll shows …" before the story names it)."""
    text = res.text
    polls = [m for m in _POLL_AT.finditer(text, hs, he)]
    if not polls or not _POLL_HEAD.fullmatch(text, hs, he):
        return None
    own = _pollster_at(res, polls[0].start())
    if own is not None:
        return own
    lo = max(0, hs - 3000)
    for m in reversed(list(_POLL_AT.finditer(text, lo, hs))):
        if m.group().lower().endswith("s") or res.quoted(m.start()):
            continue  # "other polls": not the one taken up
        hit = _pollster_at(res, m.start())
        if hit is not None:
            return hit
    if text[hs : hs + 2].lower() in {"a ", "a\n"} or text[hs : hs + 3].lower() == "an ":
        for m in _POLL_AT.finditer(text, he, min(len(text), he + 1500)):
            if m.group().lower().endswith("s") or res.quoted(m.start()):
                continue
            hit = _pollster_at(res, m.start())
            if hit is not None:
                return hit
    return None


# "the school" for "Acme Academy", "the academy" for "Acme School of Music"
_HEAD_SYNONYMS = {"school": ("school", "academy"), "academy": ("academy", "school")}


@functools.cache
def _capitals() -> dict[str, str]:
    """Capital city (lower case) → country name (lower case), from data/countries.json."""
    return {
        c.lower(): str(e["name"]).lower()
        for e in rules.entries("countries") for c in e.get("capitals", [])
    }
