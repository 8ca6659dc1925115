"""Reputation (issue #12): how far a chat's members trust a member's notes, and the level shown by their name.

The rule, in plain words (the README and `/help notes` say the same):

- A member earns trust when *other* members of the chat act on their notes: like one, comment on one, or
  join the group buy a note is about after the note was posted (a purchase it led to).
- Each member counts once per kind toward each author: a hundred likes from one friend are one like; a
  friend who likes, comments and buys gives all three. Engaging with one's own note counts for nothing.
- Kinds weigh `WEIGHTS`: a like 1, a comment 1, a purchase 3. A note without a verified purchase
  (✅ its author bought what it is about) counts at `UNVERIFIED` (half); a member who engaged with a
  verified and an unverified note of the same author, in the same way, counts as verified.
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

The rank is monotone: adding an engagement never lowers the trust of the member engaged with (an
engager's total only grows, so the share they move to that member is at least what the others lose;
tests/unit/commerce/test_reputation_rules.py checks it as a property).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from commerce.domain.titles import same_product

DAMPING = 0.5
UNVERIFIED = 0.5  # the weight of engaging with a note without a verified purchase
INSIDER_AT = 2.5
EXPERT_AT = 6.0
TOLERANCE = 1e-9
MAX_ROUNDS = 200
FULL_VOICE = 1.0  # the least total an engager's weights are shared over (a verified like's weight)


class Kind(enum.StrEnum):
    LIKE = "like"
    COMMENT = "comment"
    PURCHASE = "purchase"  # joined the note's group buy after the note was posted


WEIGHTS: Mapping[Kind, float] = {Kind.LIKE: 1.0, Kind.COMMENT: 1.0, Kind.PURCHASE: 3.0}


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


@dataclass(frozen=True)
class Act:
    """`member` acted on note `note_id` (a like, a comment, or joining its group buy after it was posted)."""

    note_id: int
    member: str
    kind: Kind


def engagements(
    notes: Iterable[NoteFacts],
    acts: Iterable[Act],
    bought: Mapping[str, Iterable[tuple[int, str]]],
) -> list[Engagement]:
    """The chat's acts as engagements with their notes' authors, each note verified when its author bought
    its group buy or an earlier one of the same product, as its card's ✅. `bought`: per author, (group
    buy id, title) of each group buy they have a paid or picked-up order of."""
    by_id = {note.note_id: note for note in notes}
    verified: dict[int, bool] = {}
    for note in by_id.values():
        verified[note.note_id] = note.group_buy_id is not None and any(
            gid == note.group_buy_id or same_product(title, note.title)
            for gid, title in bought.get(note.author, ())
        )
    return [
        Engagement(act.member, by_id[act.note_id].author, act.kind, verified[act.note_id])
        for act in acts
        if act.note_id in by_id
    ]
