"""Shill signals (issue #12): sellers posing as buyers, scored per note and per member of a chat.

Each signal is a small pure function of what happened (never of what the author says about
themselves); `score` adds up the weights of those that fire for a note, and a note at or above
`THRESHOLD` is flagged: its card says "未验证 / unverified", digests leave it out, and it waits in the
chat admins' queue (`/flags`). No single signal flags a note (but the contact itself, `HANDLE`): a
seller may post about their own goods (shown as 团长, 帮卖 or 带货), a newcomer's first note may be an
excited one, friends may like each other.

- **unbought enthusiasm** (`UNBOUGHT`): the note gushes (at least `ENTHUSIASM_HITS` words or emoji of
  `enthusiasm.json`, Chinese and English), or says its author bought it (`买过`, `回购`, `bought`), and its
  author has no paid order of what it is about;
- **a contact** (`CONTACT`): the note gives a way to buy outside the group buy, as a seller does: a
  contact to write to (`加我微信 sam888`, `vx: …`, `DM me`, `PM me`, `私聊我`, `私我`, a mobile number);
- **the contact itself** (`HANDLE`): a messaging link (`wa.me/…`, `t.me/…`), a phone number
  (`+65 9123 4567`, `whatsapp 91234567`), an id after the app's word (`加微信 wes888`, `vx: wes888`):
  with `CONTACT`, which it implies, it flags the note (a seller's number is the point of the note; a
  member giving the group a phone for a good reason is rarer here, and an admin clears it);
- **an outside link** (`LINK`): a web address (`http://…`, `https://…`, `www.…`, a Markdown link
  `[领券](http://…)`): a way off the group buy, or a phishing page, flags the note on its own, as the
  contact itself does (the bot's own links, to a group buy or a share code, are sent by the bot, never
  written in a note);
- **a price pitch** (`PRICE`): a price claim against every other shop, or a cheaper price through the
  writer, in either language (`全网最低价`, `私聊我更便宜`, `cheaper from me`, `DM me for cheaper`,
  `lowest price anywhere`): a contact and a pitch together flag a note (`加我微信 wes123 全网最低价`);
- **tied to the seller** (`SELLER`): the author organises the linked group buy, or sells it (the sharer
  or help-seller of one of its orders, so they earn on it);
- **clique likes** (`CLIQUE`): most of the note's likes come from a clique the author belongs to: a
  dense group in the graph of mutual likes (each liked a note of the other) whose members give most of
  their likes to each other (`cliques`: greedy peeling, Charikar's 2-approximation of the densest
  subgraph, repeated on what is left);
- **burst** (`BURST`): `BURST_LIKES` or more likes within `BURST_WINDOW` of the linked group buy opening;
- **single-note account** (`SINGLE`): the author's only note in the chat;
- **copy** (`COPY`): almost the same text (commerce.domain.near_duplicates) as a note by another
  member, or by the author in another chat;
- **caught before** (`HIDDEN`): the chat's admins hid another note of the author's here (at any time: a
  seller caught posts again right after a hide). Weighed so that it and any one other signal flag the
  note (`HIDDEN` + `SINGLE` = `THRESHOLD`), while a member's hidden note alone flags nothing else of theirs.

A member's score is the mean of their notes' scores. Everything is linear in the chat's notes and
likes (copies are found through MinHash bands, never by comparing every pair), so a whole simulated
community is scored in well under a second.
"""

from __future__ import annotations

import enum
import heapq
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache, lru_cache
from importlib import resources

from commerce.domain.near_duplicates import THRESHOLD as NEAR
from commerce.domain.near_duplicates import Signature

THRESHOLD = 0.65
ENTHUSIASM_HITS = 2
BURST_WINDOW = timedelta(hours=1)
BURST_LIKES = 3
CLIQUE_SHARE = 0.5  # of a note's likes from the author's clique: lockstep
CLIQUE_MIN = 3  # members
CLIQUE_DENSITY = 1.0  # mutual-like pairs per member (a triangle)
INSULAR = 0.6  # of a clique's likes given that stay inside it
MAX_CLIQUES = 8
WINDOW = timedelta(days=30)  # the notes a rescoring reads
SUSPECT_FLAGS = 2  # flagged notes that make their author a suspect (`suspects`)
COPY_CACHE = 16  # chats whose copies are remembered between rescorings (`_copies_of`)


class Reason(enum.StrEnum):
    UNBOUGHT = "unbought"
    SELLER = "seller"
    CLIQUE = "clique"
    BURST = "burst"
    SINGLE = "single"
    COPY = "copy"
    CONTACT = "contact"
    HANDLE = "handle"
    LINK = "link"
    PRICE = "price"
    HIDDEN = "hidden"


WEIGHTS: Mapping[Reason, float] = {
    Reason.UNBOUGHT: 0.3,
    Reason.SELLER: 0.3,
    Reason.CLIQUE: 0.4,
    Reason.BURST: 0.2,
    Reason.SINGLE: 0.1,
    Reason.COPY: 0.3,
    Reason.CONTACT: 0.35,
    Reason.HANDLE: 0.3,
    Reason.LINK: THRESHOLD,
    Reason.PRICE: 0.35,
    Reason.HIDDEN: 0.55,
}
# What a seller writes to take buyers off the group buy, matched on the folded text: a contact to write to
# (`contact`), a price claim against every other shop (`price_pitch`).
_CONTACT = re.compile(
    r"(加|\+|add)\s*(我|me|my)?\s*(的|on)?\s*(微信|v信|vx|wx|weixin|wechat|qq|扣扣|whatsapp|telegram|tg|line)"
    r"|(微信号?|v信|vx|wx|weixin|wechat|qq|whatsapp|telegram|tg)\s*[:：]\s*@?[a-z0-9_\-]{4,}"
    r"|私聊我|私信我|(?<!自)私我|找我买|找我拿|联系我"
    r"|\b(dm|pm|message|text|inbox|whatsapp) me\b|\bcontact me\b"
    r"|(?<!\d)1[3-9]\d{9}(?!\d)"
)
# The contact itself, one anybody could write to outside the group (`handle`): a messaging link
# (`wa.me/6591234567`, `t.me/…`), a phone number (a mainland mobile, spaced or not; one with its country
# code, `+65 9123 4567`; digits after a messaging or phone word, `whatsapp 91234567`), an id after
# the app's word (`加微信 wes888`, `vx: wes888`, `WeChat wes888`: after a colon any id, else one with a
# digit, so `wechat group` is none). Room numbers, times, prices, order numbers and dates are none.
_APP = r"(?<![a-z])(微信号?|v信|vx|wx|weixin|wechat|qq|扣扣|whatsapp|telegram|tg|line|电报)"
_HANDLE = re.compile(
    r"\b(wa\.me|wa\.link|t\.me|telegram\.me|line\.me)/\+?[a-z0-9_]"
    r"|(?<![\d\-/.:])1[3-9]\d[\s\-]?\d{4}[\s\-]?\d{4}(?![\d\-/.:])"
    r"|(?<![\w+])\+\s?\d{1,3}(?:[\s\-]?\d){7,12}(?![\d\-])"
    r"|\b(whatsapp|wa|call|text|sms|tel|phone|mobile|hp)\b\s*(me\s*)?(at|on)?\s*[:：]?\s*\d(?:[\s\-]?\d){6,}"
    r"|(电话|手机号?|联系电话|号码)\s*[:：]?\s*\d(?:[\s\-]?\d){6,}"
    rf"|{_APP}\s*(号|id)?\s*[:：]\s*@?[a-z0-9_\-]{{4,}}"
    rf"|{_APP}\s*(号|id)?\s*@?(?=[a-z_\-]*\d)[a-z][a-z0-9_\-]{{3,}}"
)
# A web address (`link`): a scheme, or `www.`, before what follows it (a Markdown link's target too).
_LINK = re.compile(r"\b(?:https?|ftp)\s*:\s*/\s*/\s*\S|(?<![\w.])www\.[a-z0-9\-]+\.[a-z]")
_PRICE = re.compile(
    r"全网最低|全网最便宜|找我.{0,4}便宜|(私聊|私信|(?<!自)私我).{0,6}(便宜|优惠|更低|低价)"
    r"|\bcheaper (if you (buy|order|get it) )?(from|with|through|via) me\b"
    # `DM me for cheaper`, `pm me for a better price`: as `私聊我更便宜`, cheaper through the writer
    r"|\b(dm|pm|message|text|inbox|whatsapp|contact) me\b.{0,12}"
    r"\b(cheaper|discount|(a )?(better|lower|best) (price|deal))"
    r"|\b(lowest|best|cheapest) price (anywhere|online|around|in town)\b|\bcheapest anywhere\b"
)
# Saying one bought it (`unbought_enthusiasm`): a claim a verified purchase would back.
_BOUGHT = re.compile(
    r"买过|回购|复购|已经买了|我买了|又买了|囤了|\b(i|i've|i have|we|we've) (already )?(bought|ordered)\b"
    r"|\brepurchas|\bbought (it|these|them|this) (before|again|twice)"
)


@dataclass(frozen=True)
class NoteFacts:
    id: int
    chat_id: str
    author: str
    text: str
    signature: Signature
    created_at: datetime
    group_buy_id: int | None = None


@dataclass(frozen=True)
class Like:
    note_id: int
    member: str
    at: datetime


@dataclass(frozen=True)
class GroupBuyFacts:
    """A linked group buy: who organises it, when it opened, who sells it (sharers, help-sellers)."""

    id: int
    organiser: str
    opened_at: datetime
    sellers: frozenset[str] = frozenset()
    title: str = ""  # what the ✅ of a note about it compares (commerce.domain.titles.same_product)


@dataclass(frozen=True)
class Community:
    """What a chat's rescoring reads: its notes (of the last `WINDOW`), their likes, the group buys
    they link, the notes with a verified purchase, its authors' notes in other chats, and the notes of
    the chat its admins hid, by author (whenever posted)."""

    notes: Sequence[NoteFacts]
    likes: Sequence[Like] = ()
    group_buys: Mapping[int, GroupBuyFacts] = field(default_factory=dict)
    verified: frozenset[int] = frozenset()
    elsewhere: Sequence[NoteFacts] = ()
    hidden: Mapping[str, frozenset[int]] = field(default_factory=dict)


@dataclass(frozen=True)
class NoteScore:
    note_id: int
    author: str
    score: float
    reasons: tuple[Reason, ...]

    @property
    def flagged(self) -> bool:
        return self.score >= THRESHOLD


# -- the signals ----------------------------------------------------------------------------------------
@cache
def enthusiasm_words() -> frozenset[str]:
    """The words and emoji of gushing (`enthusiasm.json`, zh and en), case folded."""
    raw = resources.files("commerce.domain").joinpath("enthusiasm.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    return frozenset(_fold(word) for key, words in data.items() if not key.startswith("_") for word in words)


def enthusiasm(text: str, words: Iterable[str] | None = None) -> int:
    """How many distinct gushing words or emoji the text holds."""
    folded = _fold(text)
    return sum(1 for word in (enthusiasm_words() if words is None else words) if word in folded)


def claims_bought(text: str) -> bool:
    """The note says its author bought it (`买过`, `回购三次了`, `I've bought`)."""
    return _BOUGHT.search(_fold(text)) is not None


def unbought_enthusiasm(text: str, *, verified: bool) -> bool:
    """Gushing, or saying one bought it, with no purchase of it behind the note."""
    return not verified and (enthusiasm(text) >= ENTHUSIASM_HITS or _BOUGHT.search(_fold(text)) is not None)


def contact(text: str) -> bool:
    """The note gives a contact to buy through outside the group buy (a handle, a number, "DM me")."""
    return _CONTACT.search(_fold(text)) is not None


def handle(text: str) -> bool:
    """The note gives the contact itself: a messaging link, a phone number, an id after the app's word
    (`contact` may be only `DM me`; this is what a seller leaves to be written to)."""
    return _HANDLE.search(_fold(text)) is not None


def link(text: str) -> bool:
    """The note holds a web address to another site (`http://evil.x`, `[领券](https://…)`, `www.x.com`)."""
    return _LINK.search(_fold(text)) is not None


def price_pitch(text: str) -> bool:
    """The note claims a price against every other shop, as only a seller does (`全网最低价`)."""
    return _PRICE.search(_fold(text)) is not None


def seller_tie(author: str, group_buy: GroupBuyFacts | None) -> bool:
    return group_buy is not None and (author == group_buy.organiser or author in group_buy.sellers)


def burst(like_times: Iterable[datetime], group_buy: GroupBuyFacts | None) -> bool:
    """`BURST_LIKES` or more likes within `BURST_WINDOW` of the group buy opening."""
    if group_buy is None:
        return False
    opened = group_buy.opened_at
    return sum(1 for at in like_times if opened <= at <= opened + BURST_WINDOW) >= BURST_LIKES


def single_note(notes_by_author: int) -> bool:
    return notes_by_author == 1


def caught_before(note_id: int, hidden_of_author: frozenset[int]) -> bool:
    """The admins hid a note of the author's in the chat other than this one."""
    return bool(hidden_of_author - {note_id})


def clique_share(likers: Iterable[str], clique: frozenset[str]) -> float:
    """The share of a note's likers inside the author's clique (0 without likes or clique)."""
    members = set(likers)
    return len(members & clique) / len(members) if members and clique else 0.0


def densest(edges: Mapping[str, set[str]]) -> tuple[frozenset[str], float]:
    """Greedy peeling (Charikar): remove a member of least degree until none is left; the set with the
    most edges per member on the way is within a factor 2 of the densest subgraph. (set, density)"""
    degree = {node: len(near) for node, near in edges.items()}
    total = sum(degree.values()) // 2
    alive = set(edges)
    heap = [(d, node) for node, d in degree.items()]
    heapq.heapify(heap)
    best, best_density, removed = 0, (total / len(alive) if alive else 0.0), []
    while heap:
        d, node = heapq.heappop(heap)
        if node not in alive or d != degree[node]:
            continue
        alive.discard(node)
        removed.append(node)
        total -= d
        for other in edges[node]:
            if other in alive:
                degree[other] -= 1
                heapq.heappush(heap, (degree[other], other))
        if alive and total / len(alive) > best_density:
            best, best_density = len(removed), total / len(alive)
    return frozenset(set(edges) - set(removed[:best])), best_density


def cliques(liked: Mapping[str, set[str]]) -> list[frozenset[str]]:
    """Groups that like in lockstep: `liked` maps a member to the authors whose notes they liked.
    The densest group of mutual likes is a clique when it has `CLIQUE_MIN` members, `CLIQUE_DENSITY`
    and keeps `INSULAR` of the likes it gives inside; it is taken out either way and the
    next densest is looked at (at most `MAX_CLIQUES` times)."""
    mutual: dict[str, set[str]] = defaultdict(set)
    for member, authors in liked.items():
        for author in authors:
            if author != member and member in liked.get(author, ()):
                mutual[member].add(author)
    found: list[frozenset[str]] = []
    for _ in range(MAX_CLIQUES):
        if not mutual:
            break
        group, density = densest(mutual)
        if len(group) < CLIQUE_MIN or density < CLIQUE_DENSITY:
            break
        if _insular(group, liked):
            found.append(group)
        mutual = {m: near - group for m, near in mutual.items() if m not in group and near - group}
    return found


def _insular(group: frozenset[str], liked: Mapping[str, set[str]]) -> bool:
    """Whether the group keeps `INSULAR` of the likes it gives inside itself. What it receives is not
    its doing: a shill campaign that works draws outsiders' likes too (bench/community.py: half of the
    shills' likers were honest members taken in, which hid the clique when it had to receive
    `INSULAR` inside as well); which of its notes are liked in lockstep is the note's test
    (`CLIQUE_SHARE` of its likers from the clique), so a popular note of the group is not marked."""
    given = [(m, a) for m in group for a in liked.get(m, ()) if a != m]
    inside_given = sum(1 for _, a in given if a in group)
    return bool(given) and inside_given / len(given) >= INSULAR


def copies(notes: Sequence[NoteFacts], others: Sequence[NoteFacts] = ()) -> set[int]:
    """The notes of `notes` with almost the same text as an earlier note (by `created_at`, then id)
    by another member (here or in `others`), or by the same member in another chat: of two such
    notes, only the later is a copy; the original is not flagged for being copied. Candidates share a
    MinHash band."""
    every = {note.id: note for note in (*notes, *others)}
    buckets: dict[tuple[int, tuple[int, ...]], list[int]] = defaultdict(list)
    for note in every.values():
        for i, band in enumerate(note.signature.bands()):
            buckets[(i, band)].append(note.id)
    mine = {note.id for note in notes}
    found: set[int] = set()
    compared: set[tuple[int, int]] = set()  # a pair sharing several bands is compared once
    for ids in buckets.values():
        if len(ids) < 2:
            continue
        for a in ids:
            if a not in mine or a in found:
                continue
            first = every[a]
            for b in ids:
                second = every[b]
                pair = (min(a, b), max(a, b))
                if b == a or pair in compared:
                    continue
                compared.add(pair)
                other = second.author != first.author or second.chat_id != first.chat_id
                if other and first.signature.similarity(second.signature) >= NEAR:
                    if _posted_before(second, first):
                        found.add(a)
                        break
                    if b in mine:
                        found.add(b)
    return found


def _posted_before(first: NoteFacts, second: NoteFacts) -> bool:
    return (first.created_at, first.id) < (second.created_at, second.id)


@lru_cache(maxsize=COPY_CACHE)
def _copies_of(notes: tuple[NoteFacts, ...], others: tuple[NoteFacts, ...]) -> frozenset[int]:
    """`copies`, remembered for the same notes: which notes are copies changes only when a note is
    posted (or leaves the window), while every like rescores the chat, and comparing the candidates is
    most of a rescoring's time (bench/community.py: 30 of 38 ms a like, in a chat a flooder fills)."""
    return frozenset(copies(notes, others))


# -- the score ------------------------------------------------------------------------------------------
def score(community: Community) -> dict[int, NoteScore]:
    """Every note's score and the reasons behind it."""
    likers: dict[int, set[str]] = defaultdict(set)
    like_times: dict[int, list[datetime]] = defaultdict(list)
    author_of = {note.id: note.author for note in community.notes}
    liked: dict[str, set[str]] = defaultdict(set)
    for like in community.likes:
        author = author_of.get(like.note_id)
        if author is None or author == like.member:
            continue
        likers[like.note_id].add(like.member)
        like_times[like.note_id].append(like.at)
        liked[like.member].add(author)
    clique_of: dict[str, frozenset[str]] = {}
    for group in cliques(liked):
        clique_of.update(dict.fromkeys(group, group))
    per_author: dict[str, int] = defaultdict(int)
    for note in community.notes:
        per_author[note.author] += 1
    copied = _copies_of(tuple(community.notes), tuple(community.elsewhere))
    scores: dict[int, NoteScore] = {}
    for note in community.notes:
        group_buy = community.group_buys.get(note.group_buy_id or 0)
        fired = {
            Reason.UNBOUGHT: unbought_enthusiasm(note.text, verified=note.id in community.verified),
            Reason.SELLER: seller_tie(note.author, group_buy),
            Reason.CLIQUE: len(likers[note.id]) >= 2
            and clique_share(likers[note.id], clique_of.get(note.author, frozenset())) >= CLIQUE_SHARE,
            Reason.BURST: burst(like_times[note.id], group_buy),
            Reason.SINGLE: single_note(per_author[note.author]),
            Reason.COPY: note.id in copied,
            Reason.CONTACT: contact(note.text) or handle(note.text),
            Reason.HANDLE: handle(note.text),
            Reason.LINK: link(note.text),
            Reason.PRICE: price_pitch(note.text),
            Reason.HIDDEN: caught_before(note.id, community.hidden.get(note.author, frozenset())),
        }
        reasons = tuple(reason for reason in Reason if fired[reason])
        total = min(1.0, round(sum(WEIGHTS[reason] for reason in reasons), 6))
        scores[note.id] = NoteScore(note.id, note.author, total, reasons)
    return scores


def suspects(scores: Iterable[NoteScore]) -> set[str]:
    """Members flagged as possible shills: at least `SUSPECT_FLAGS` of their notes flagged, and at
    least half of them. Their next note has no clique likes yet when a digest is made (so it is not
    flagged yet); the member already is (digests leave it out: commerce.services.moderation)."""
    flagged: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for note in scores:
        total[note.author] += 1
        flagged[note.author] += note.flagged
    return {a for a, n in flagged.items() if n >= SUSPECT_FLAGS and n * 2 >= total[a]}


def members(scores: Iterable[NoteScore]) -> dict[str, float]:
    """Each author's score: the mean of their notes'."""
    totals: dict[str, list[float]] = defaultdict(list)
    for note in scores:
        totals[note.author].append(note.score)
    return {author: sum(values) / len(values) for author, values in totals.items()}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()
