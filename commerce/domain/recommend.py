"""For you (猜你喜欢): which open group buys to show a member, and why, from the chats' order history.

Products are named by their title (commerce.domain.titles.product: a copy of a group buy, or the next
batch of the same mangoes, is the same product). A candidate's score adds up:

- item-to-item co-purchase: for each product the member bought, how often its buyers also bought the
  candidate's product (cosine over the sets of buyers, the member left out);
- the member's own history: a product they bought before (people buy their groceries again);
- friends' notes about the product, a verified one (✅, the author bought it) counting more;
and ties go to the product more people bought (popularity), then to the newer group buy.

Never shown: a group buy the member joined or ordered from, one not open (closed, past its deadline),
one in a chat the member is not in. Standard library only; `rank` is pure.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace

from commerce.domain.guests import is_guest

SHOWN = 3  # recommendations in one /foryou
REPEAT = 1.0  # the member bought this product before
VERIFIED_NOTE = 0.5  # each verified note by someone else about the product (at most NOTES_COUNTED)
NOTE = 0.1  # each unverified one
NOTES_COUNTED = 3


@dataclass(frozen=True)
class Purchase:
    """A member bought (`ordered`), or is on the list of a group buy still collecting (not `ordered`), a
    product."""

    buyer_id: str
    group_buy_id: int
    product: str
    ordered: bool = True


@dataclass(frozen=True)
class Candidate:
    """A group buy as `rank` sees it: `open` is False once it is closed or past its deadline."""

    group_buy_id: int
    chat_id: str
    title: str
    product: str
    open: bool


@dataclass(frozen=True)
class NoteAbout:
    """A friend's note about a product (linked to a group buy of it), with whether its author bought it."""

    note_id: int
    author_id: str
    author_name: str
    product: str
    verified: bool


@dataclass(frozen=True)
class Pick:
    """A recommendation and why: how many others bought the product (`buyers`: an order), how many more
    are on a list of it now (`joined`), the best note about it, whether the member bought it before. Guests
    an organiser added (代报) are counted in neither: they are not the member's friends in the chat."""

    candidate: Candidate
    score: float
    buyers: int
    note: NoteAbout | None
    bought_before: bool
    joined: int = 0


@dataclass(frozen=True)
class Community:
    """What ranking reads: the purchases of the member's chats, their open group buys, notes about them."""

    purchases: Sequence[Purchase]
    candidates: Sequence[Candidate]
    notes: Sequence[NoteAbout] = ()


def eligible(member_id: str, chats: Collection[str], community: Community) -> list[Candidate]:
    """The group buys that may be shown: open, in one of the member's chats, not joined by them."""
    joined = {p.group_buy_id for p in community.purchases if p.buyer_id == member_id}
    return [c for c in community.candidates if c.open and c.chat_id in chats and c.group_buy_id not in joined]


def _buyers(purchases: Iterable[Purchase]) -> dict[str, set[str]]:
    by_product: dict[str, set[str]] = defaultdict(set)
    for p in purchases:
        by_product[p.product].add(p.buyer_id)
    return by_product


def others_of(member_id: str, purchases: Iterable[Purchase], product: str) -> set[str]:
    """Who else bought or is on a list of the product (guests left out): whose membership of the
    candidate's group `in_group` then asks."""
    return {
        p.buyer_id
        for p in purchases
        if p.product == product and p.buyer_id != member_id and not is_guest(p.buyer_id)
    }


def in_group(member_id: str, pick: Pick, purchases: Sequence[Purchase], members: Collection[str]) -> Pick:
    """The pick with its counts said of its own group (`（在「fam」）：6 位群友正在跟`): only buyers seen in
    the candidate's chat, never those of a group that help-sells it or who joined in private with a share
    code. The ranking is not changed by it (it is the ranker's, over every purchase)."""
    mine = [p for p in purchases if p.buyer_id in members]
    bought, joined = _counted(member_id, mine)(pick.candidate)
    return replace(pick, buyers=bought, joined=joined)


def _counted(member_id: str, purchases: Sequence[Purchase]) -> Callable[[Candidate], tuple[int, int]]:
    """For a candidate: (friends who ordered its product, friends on a list of it only), the member and
    guests left out."""
    ordered: dict[str, set[str]] = defaultdict(set)
    listed: dict[str, set[str]] = defaultdict(set)
    for p in purchases:
        if p.buyer_id != member_id and not is_guest(p.buyer_id):
            (ordered if p.ordered else listed)[p.product].add(p.buyer_id)

    def count(candidate: Candidate) -> tuple[int, int]:
        bought = ordered.get(candidate.product, set())
        return len(bought), len(listed.get(candidate.product, set()) - bought)

    return count


def rank(member_id: str, chats: Collection[str], community: Community, *, limit: int = SHOWN) -> list[Pick]:
    """The member's best `limit` group buys by co-purchase, own history and friends' notes."""
    buyers = _buyers(community.purchases)
    mine = {product for product, who in buyers.items() if member_id in who}
    others = {product: who - {member_id} for product, who in buyers.items()}
    notes = _notes_by_product(member_id, community.notes)
    counted = _counted(member_id, community.purchases)
    picks = []
    for candidate in eligible(member_id, chats, community):
        product = candidate.product
        theirs = others.get(product, set())
        score = sum(_cosine(others.get(bought, set()), theirs) for bought in mine if bought != product)
        before = product in mine
        if before:
            score += REPEAT
        about = notes.get(product, [])
        score += sum(VERIFIED_NOTE if n.verified else NOTE for n in about[:NOTES_COUNTED])
        bought, joined = counted(candidate)
        picks.append(Pick(candidate, score, bought, about[0] if about else None, before, joined))
    return _best(picks, limit)


def most_popular(
    member_id: str, chats: Collection[str], community: Community, *, limit: int = SHOWN
) -> list[Pick]:
    """The baseline: the eligible group buys whose product most people bought."""
    counted = _counted(member_id, community.purchases)
    picks = []
    for candidate in eligible(member_id, chats, community):
        bought, joined = counted(candidate)
        picks.append(Pick(candidate, 0.0, bought, None, False, joined))
    return _best(picks, limit)


def _best(picks: list[Pick], limit: int) -> list[Pick]:
    picks.sort(key=lambda p: (-round(p.score, 9), -(p.buyers + p.joined), -p.candidate.group_buy_id))
    return picks[: max(limit, 0)]


def _cosine(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def _notes_by_product(member_id: str, notes: Iterable[NoteAbout]) -> dict[str, list[NoteAbout]]:
    """Others' notes per product, verified first, then the newest."""
    found: dict[str, list[NoteAbout]] = defaultdict(list)
    for note in notes:
        if note.author_id != member_id:
            found[note.product].append(note)
    for about in found.values():
        about.sort(key=lambda n: (not n.verified, -n.note_id))
    return found
