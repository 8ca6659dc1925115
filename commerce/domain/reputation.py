"""Reputation (issue #12): how far a chat's members trust a member's notes, and the level shown by their name.

The rule, in plain words (the README and `/help notes` say the same):

- A member earns trust when *other* members of the chat act on their notes: like one, comment on one, or
  join the group buy a note is about through the note (a purchase it led to: its Join button, or its
  author's share code or link, after it was posted; a buyer who came any other way led by nothing).
- Each member counts once per kind toward each author: a hundred likes from one friend are one like; a
  friend who likes, comments and buys gives all three. Engaging with one's own note counts for nothing.
- A follower who went on to buy counts too (`follower_purchases`): a paid order of a group buy of the
  chat that the member they follow organised or wrote a note about, made after they followed.
- Kinds weigh `WEIGHTS`: a like 1, a comment 1, a purchase 3, a follower's purchase 2. A note without a
  verified purchase (✅ its author bought what it is about) counts at `UNVERIFIED` (half); a member who
  engaged with a verified and an unverified note of the same author, in the same way, counts as verified.
- What a member gives is worth their own trust, shared among everyone they engage with: one who likes
  everything gives each author little. This is a small PageRank over the chat's members
  (`rank`): trust = 1 + DAMPING × Σ over engagers (their trust × the share of their engagement this
  author gets), a share being the pair's weight over the engager's total weight, that total at least
  `FULL_VOICE` (one verified like): so a member whose only act is an unverified like gives half their
  voice, not all of it. A member nobody engaged with has trust 1; a verified like from such a member who
  likes nothing else adds DAMPING (½), an unverified one ¼.
- Levels by that trust: 新人 / Newcomer below `INSIDER_AT` (2.5), 达人 / Insider from it, 推荐官 / Expert
  from `EXPERT_AT` (6). A group that only engages with itself can never pass 1 / (1 − DAMPING) = 2 on
  average (a mutual-like clique stays Newcomers however large it grows): trust has to come from outside.
- That average is 2, not 1: one outsider's like on one member of such a group, worth ½ to anyone else,
  took that member to 2.5 and, fed round the group, a second member too (达人 from a single like). So a
  clique's engagements among themselves do not count (`outside_cliques`): a group whose members like or
  comment on each other's notes densely and keep most of it inside (commerce.domain.shill.cliques, the
  clique the shill flags look for) earns only what the rest of the chat gives it.

The rank is monotone: adding an engagement never lowers the trust of the member engaged with (an
engager's total only grows, so the share they move to that member is at least what the others lose;
tests/unit/commerce/test_reputation_rules.py checks it as a property). `outside_cliques`, before it, is
not: a like that closes a clique takes the clique's likes among themselves out.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from commerce.domain.notes import Bought, bought_first
from commerce.domain.shill import claims_bought, cliques

DAMPING = 0.5
UNVERIFIED = 0.5  # the weight of engaging with a note without a verified purchase
INSIDER_AT = 2.5
EXPERT_AT = 6.0
TOLERANCE = 1e-9
MAX_ROUNDS = 200
FULL_VOICE = 1.0  # the least total an engager's weights are shared over (a verified like's weight)
CLIQUE_OF_CHAT = 0.5  # the most of the chat's engaging members a clique may be (`outside_cliques`)


class Kind(enum.StrEnum):
    LIKE = "like"
    COMMENT = "comment"
    PURCHASE = "purchase"  # joined the note's group buy through the note, after it was posted
    FOLLOWER_PURCHASE = "follower_purchase"  # a follower paid for what the followed noted or organised


WEIGHTS: Mapping[Kind, float] = {
    Kind.LIKE: 1.0,
    Kind.COMMENT: 1.0,
    Kind.PURCHASE: 3.0,
    Kind.FOLLOWER_PURCHASE: 2.0,
}


class Level(enum.StrEnum):
    NEWCOMER = "newcomer"  # 新人
    INSIDER = "insider"  # 达人
    EXPERT = "expert"  # 推荐官


@dataclass(frozen=True)
class Engagement:
    """`member` acted (`kind`) on a note of `author`; `verified`: that note has a verified purchase."""

    member: str
    author: str
    kind: Kind
    verified: bool = True


def edges(engagements: Iterable[Engagement]) -> dict[tuple[str, str], float]:
    """(member, author) -> weight: each kind once per pair (its best note: verified counts fully, else at
    `UNVERIFIED`), the kinds summed; engaging with oneself dropped."""
    best: dict[tuple[str, str, Kind], float] = {}
    for e in engagements:
        if e.member == e.author:
            continue
        factor = 1.0 if e.verified else UNVERIFIED
        key = (e.member, e.author, e.kind)
        best[key] = max(best.get(key, 0.0), factor)
    weights: dict[tuple[str, str], float] = {}
    for (member, author, kind), factor in best.items():
        pair = (member, author)
        weights[pair] = weights.get(pair, 0.0) + WEIGHTS[kind] * factor
    return weights


def outside_cliques(engagements: Iterable[Engagement]) -> list[Engagement]:
    """The engagements that count: those between two members of one clique dropped. A clique is found
    in the graph of likes and comments as the shill flags find it (`commerce.domain.shill.cliques`:
    the densest group of mutual engagement, at least three members, keeping most of what they give and
    receive inside), so honest friends who also engage with the rest of the chat keep theirs. A group
    of more than `CLIQUE_OF_CHAT` of the members who engage at all is the chat itself, not a clique."""
    every = list(engagements)
    liked: dict[str, set[str]] = {}
    for e in every:
        if e.kind in (Kind.LIKE, Kind.COMMENT) and e.member != e.author:
            liked.setdefault(e.member, set()).add(e.author)
    engaging = {*liked, *(a for authors in liked.values() for a in authors)}
    clique_of: dict[str, int] = {}
    for number, group in enumerate(cliques(liked)):
        if len(group) <= CLIQUE_OF_CHAT * len(engaging):  # more: that is the chat, not a clique in it
            clique_of.update(dict.fromkeys(group, number))
    if not clique_of:
        return every
    return [e for e in every if e.member not in clique_of or clique_of[e.member] != clique_of.get(e.author)]


def rank(
    weights: Mapping[tuple[str, str], float],
    *,
    members: Iterable[str] = (),
    start: Mapping[str, float] | None = None,
    damping: float = DAMPING,
) -> dict[str, float]:
    """Each member's trust (≥ 1): t(a) = 1 + damping × Σ_b t(b) × w(b, a) / max(Σ_x w(b, x), FULL_VOICE),
    iterated until no member's trust moves by more than `TOLERANCE` (at most `MAX_ROUNDS` rounds).
    `members`: also those with no engagement either way (trust 1); `start`: the trust stored before
    (fewer rounds after one event); either way the same fixed point."""
    names = sorted({*members, *(m for pair in weights for m in pair)})
    index = {name: i for i, name in enumerate(names)}
    given: dict[str, float] = {}  # each engager's total weight
    for (member, _), weight in weights.items():
        given[member] = given.get(member, 0.0) + weight
    flows = [
        (index[member], index[author], damping * weight / max(given[member], FULL_VOICE))
        for (member, author), weight in weights.items()
        if weight > 0
    ]
    trust = [max(1.0, (start or {}).get(name, 1.0)) for name in names]
    for _ in range(MAX_ROUNDS):
        fresh = [1.0] * len(names)
        for source, target, share in flows:
            fresh[target] += share * trust[source]
        moved = max((abs(a - b) for a, b in zip(fresh, trust, strict=True)), default=0.0)
        trust = fresh
        if moved <= TOLERANCE:
            break
    return dict(zip(names, trust, strict=True))


def level(trust: float) -> Level:
    if trust >= EXPERT_AT:
        return Level.EXPERT
    if trust >= INSIDER_AT:
        return Level.INSIDER
    return Level.NEWCOMER


@dataclass(frozen=True)
class NoteFacts:
    """What decides whether engaging with a note counts fully: its author and the group buy it is about
    (`title` "" when none)."""

    note_id: int
    author: str
    group_buy_id: int | None
    title: str
    created_at: datetime | None = None  # None: written before any purchase
    text: str = ""


@dataclass(frozen=True)
class Act:
    """`member` acted on note `note_id` (a like, a comment, or joining its group buy through it)."""

    note_id: int
    member: str
    kind: Kind


def engagements(
    notes: Iterable[NoteFacts],
    acts: Iterable[Act],
    bought: Mapping[str, Iterable[Bought]],
    *,
    adverts: Collection[int] = (),
) -> list[Engagement]:
    """The chat's acts as engagements with their notes' authors, each note verified when its author bought
    its group buy or an earlier one of the same product before writing it, as its card's ✅. `bought`: per
    author, each paid or picked-up order's group buy, title and time; `adverts`: notes never verified
    whoever wrote them (ads, kept or not, as their cards show no ✅). A note that says its author bought
    it (`回购三次了`, `I've bought`) when no order backs it earns nothing by its likes and comments: a
    claim of a purchase is no purchase."""
    by_id = {note.note_id: note for note in notes}
    verified: dict[int, bool] = {}
    for note in by_id.values():
        verified[note.note_id] = (
            note.group_buy_id is not None
            and note.created_at is not None
            and note.note_id not in adverts
            and bought_first(bought.get(note.author, ()), note.group_buy_id, note.title, note.created_at)
        )
    return [
        Engagement(act.member, by_id[act.note_id].author, act.kind, verified[act.note_id])
        for act in acts
        if act.note_id in by_id
        and (act.kind is Kind.PURCHASE or verified[act.note_id] or not claims_bought(by_id[act.note_id].text))
    ]


@dataclass(frozen=True)
class FollowerOrder:
    """A paid (or picked-up) order of the chat's group buy `group_buy_id` (organised by `organiser`),
    made at `ordered_at` by `follower`, who has followed `followed` since `followed_at`."""

    follower: str
    followed: str
    followed_at: datetime
    group_buy_id: int
    organiser: str
    ordered_at: datetime


def follower_purchases(orders: Iterable[FollowerOrder], notes: Iterable[NoteFacts]) -> list[Engagement]:
    """Followers who went on to buy, as engagements with the member they follow: an order made after
    the follow, of a group buy that member organised or wrote one of the chat's notes about. Counted
    fully (a paid order is its own proof), once per follower and followed (`edges`)."""
    noted: dict[int, set[str]] = {}
    for note in notes:
        if note.group_buy_id is not None:
            noted.setdefault(note.group_buy_id, set()).add(note.author)
    return [
        Engagement(order.follower, order.followed, Kind.FOLLOWER_PURCHASE)
        for order in orders
        if order.ordered_at >= order.followed_at
        and (order.organiser == order.followed or order.followed in noted.get(order.group_buy_id, ()))
    ]
