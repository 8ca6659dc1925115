"""Shill signals (commerce.domain.shill): each signal on its own, the clique finder (greedy peeling of
the mutual-like graph), how they add up to a flag (no single one flags), a member's score, and a whole
simulated community scored in well under a second."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from commerce.domain import shill
from commerce.domain.moderation import NoteFlag, rescored
from commerce.domain.near_duplicates import Signature, signature
from commerce.domain.shill import Community, GroupBuyFacts, Like, NoteFacts, Reason

OPENED = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
GUSH = "绝了！！！闭眼入，yyds 🔥"
PLAIN = "芒果收到了，个头不大，味道还行"


def facts(note_id: int, author: str, text: str, *, chat: str = "family", gid: int | None = 1) -> NoteFacts:
    return NoteFacts(note_id, chat, author, text, signature(text), OPENED + timedelta(minutes=5), gid)


def test_enthusiasm_counts_distinct_gushing_words_and_emoji_in_chinese_and_english() -> None:
    assert shill.enthusiasm(GUSH) >= 3
    assert shill.enthusiasm("MUST BUY, amazing!!!") == 3
    assert shill.enthusiasm(PLAIN) == 0
    assert shill.unbought_enthusiasm(GUSH, verified=False)
    assert not shill.unbought_enthusiasm(GUSH, verified=True)  # a buyer may gush
    assert not shill.unbought_enthusiasm("真香", verified=False)  # one word is no gushing


def test_the_seller_tie_is_organising_or_selling_the_linked_group_buy() -> None:
    group_buy = GroupBuyFacts(1, "amy", OPENED, frozenset({"sam"}))
    assert shill.seller_tie("amy", group_buy) and shill.seller_tie("sam", group_buy)
    assert not shill.seller_tie("bob", group_buy) and not shill.seller_tie("amy", None)


def test_a_burst_is_enough_likes_in_the_hour_after_the_group_buy_opened() -> None:
    group_buy = GroupBuyFacts(1, "amy", OPENED)
    soon = [OPENED + timedelta(minutes=m) for m in (3, 10, 40)]
    assert shill.burst(soon, group_buy)
    assert not shill.burst(soon[:2], group_buy)
    assert not shill.burst([OPENED + timedelta(hours=h) for h in (2, 3, 4)], group_buy)
    assert not shill.burst(soon, None)


def test_a_single_note_account_and_the_share_of_likes_from_a_clique() -> None:
    assert shill.single_note(1) and not shill.single_note(2)
    assert shill.clique_share(["a", "b", "c", "d"], frozenset({"a", "b", "c"})) == 0.75
    assert shill.clique_share([], frozenset({"a"})) == 0.0


def test_peeling_finds_the_densest_group() -> None:
    ring = {m: {f"r{(int(m[1:]) + 1) % 8}", f"r{(int(m[1:]) - 1) % 8}"} for m in (f"r{i}" for i in range(8))}
    k4 = {m: {"a", "b", "c", "d"} - {m} for m in "abcd"}
    group, density = shill.densest({**ring, **k4})
    assert group == frozenset("abcd") and density == 1.5


def test_a_clique_is_dense_and_insular_while_friends_who_like_everyone_are_not() -> None:
    shills = [f"s{i}" for i in range(5)]
    honest = [f"h{i}" for i in range(12)]
    liked: dict[str, set[str]] = {s: set(shills) - {s} for s in shills}
    for i, h in enumerate(honest):  # honest members like widely, and some of them like each other back
        liked[h] = {honest[(i + k) % len(honest)] for k in (1, 2, 3)} | {"s0"}
    assert shill.cliques(liked) == [frozenset(shills)]
    assert shill.cliques({h: liked[h] for h in honest}) == []


def test_copies_are_almost_the_same_text_by_someone_else_or_in_another_chat() -> None:
    text = "这款面膜绝了，补水效果一流，敏感肌也能用，强烈推荐"
    mine = [facts(3, "sam", text), facts(4, "bob", PLAIN)]
    others = [facts(1, "tom", text + "！！", chat="work"), facts(2, "bob", PLAIN, chat="family")]
    assert shill.copies(mine, others) == {3}  # Bob's own note in the same chat is no copy
    assert shill.copies([facts(6, "bob", PLAIN)], [facts(5, "bob", PLAIN, chat="work")]) == {6}
    assert shill.copies(others[:1], mine[:1]) == set()  # the earlier of the two is the original


def test_no_single_signal_flags_but_a_shill_with_a_clique_is_flagged() -> None:
    sellers = GroupBuyFacts(1, "amy", OPENED, frozenset({"s0", "s1", "s2"}))
    shills = ["s0", "s1", "s2"]
    said = ["芒果个个都大又甜", "包装特别用心没有坏果", "物流第二天就到家了"]
    notes = [facts(i + 1, s, f"{GUSH} {said[i]}") for i, s in enumerate(shills)]
    notes += [
        facts(10, "amy", "今年的芒果到了，欢迎大家跟团"),
        facts(11, "bob", "太香了，必买！🔥", gid=None),
    ]
    notes += [facts(12, "bob", PLAIN)]
    likes = [
        Like(n.id, s, OPENED + timedelta(minutes=10)) for n in notes[:3] for s in shills if s != n.author
    ]
    scores = shill.score(Community(notes, likes, {1: sellers}))

    flagged = {note_id for note_id, s in scores.items() if s.flagged}
    assert flagged == {1, 2, 3}
    assert scores[1].reasons == (Reason.UNBOUGHT, Reason.SELLER, Reason.CLIQUE, Reason.SINGLE)
    assert scores[10].reasons == (Reason.SELLER, Reason.SINGLE) and not scores[10].flagged  # 团长 posting
    assert scores[11].reasons == (Reason.UNBOUGHT,) and not scores[11].flagged  # an excited member
    assert shill.members(scores.values())["s0"] == scores[1].score


def test_a_rescoring_writes_only_what_changed_and_keeps_the_admins_word() -> None:
    scored = shill.NoteScore(3, "sam", 0.8, (Reason.UNBOUGHT, Reason.CLIQUE))
    calm = shill.NoteScore(4, "bob", 0.3, (Reason.UNBOUGHT,))
    assert rescored(None, calm, "family") is None
    first = rescored(None, scored, "family")
    assert first == NoteFlag(3, "family", 0.8, (Reason.UNBOUGHT, Reason.CLIQUE), flagged=True)
    assert rescored(first, scored, "family") is None
    cleared = NoteFlag(3, "family", 0.8, scored.reasons, flagged=True, cleared=True)
    again = rescored(cleared, shill.NoteScore(3, "sam", 0.9, scored.reasons), "family")
    assert again is not None and again.cleared and not again.unverified and not again.excluded
    hidden = NoteFlag(4, "family", hidden=True)
    assert hidden.excluded and not hidden.unverified


def test_a_simulated_community_is_scored_without_comparing_every_pair_of_notes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """1,600 notes, 100 of them a shill ring's near-copies: the copies are found by MinHash bands, so
    notes are compared only within a band (a few thousand pairs), never all 1.3 million pairs. Counted,
    not timed: a count is the same on a busy machine."""
    compared = 0
    similarity = Signature.similarity

    def counted(self: Signature, other: Signature) -> float:
        nonlocal compared
        compared += 1
        return similarity(self, other)

    monkeypatch.setattr(Signature, "similarity", counted)
    rng = random.Random(12)
    honest = [f"h{i}" for i in range(200)]
    shills = [f"s{i}" for i in range(10)]
    vocabulary = [chr(0x4E00 + i) for i in range(3000)]
    notes: list[NoteFacts] = []
    for i in range(1500):
        author = rng.choice(honest)
        text = "".join(rng.choice(vocabulary) for _ in range(rng.randint(15, 60)))
        notes.append(facts(i + 1, author, text, gid=rng.randint(1, 60)))
    for i in range(100):
        notes.append(facts(2000 + i, shills[i % 10], f"{GUSH} {i} " + rng.choice(vocabulary) * 3, gid=61))
    likes = [Like(n.id, rng.choice(honest), OPENED + timedelta(days=1)) for n in notes for _ in range(5)]
    likes += [Like(n.id, s, OPENED + timedelta(minutes=5)) for n in notes[1500:] for s in shills]
    group_buys = {
        gid: GroupBuyFacts(gid, "amy", OPENED, frozenset(shills if gid == 61 else ())) for gid in range(1, 62)
    }
    community = Community(notes, likes, group_buys)

    scores = shill.score(community)

    flagged = {s.note_id for s in scores.values() if s.flagged}
    assert flagged == {n.id for n in notes[1500:]}
    assert compared < 10 * len(notes), compared  # 3,571 today; every pair would be 1,279,200


@pytest.mark.parametrize(
    "text",
    [
        "加我微信 sam888 更便宜",
        "vx：sam_888",
        "add me on WeChat",
        "add my WeChat rex99",
        "DM me",
        "call 13812345678",
        "私聊我",
    ],
)
def test_a_note_giving_a_contact_to_buy_through_is_a_contact(text: str) -> None:
    assert shill.contact(text) and not shill.price_pitch(text)


@pytest.mark.parametrize("text", ["全网最低价", "cheaper from me", "lowest price anywhere", "找我买更便宜"])
def test_a_price_claim_against_every_shop_is_a_pitch(text: str) -> None:
    assert shill.price_pitch(text)


@pytest.mark.parametrize(
    "text", [PLAIN, "+1 3号楼502", "比超市便宜多了", "我的微信就是手机号", "加一", "+1 line 2"]
)
def test_an_ordinary_note_is_neither(text: str) -> None:
    assert not shill.contact(text) and not shill.price_pitch(text)


def test_saying_one_bought_it_without_a_purchase_is_the_unbought_signal() -> None:
    assert shill.unbought_enthusiasm("买过好几次了，很甜", verified=False)
    assert shill.unbought_enthusiasm("I've bought these twice", verified=False)
    assert not shill.unbought_enthusiasm("买过好几次了，很甜", verified=True)
    assert not shill.unbought_enthusiasm("吃过最好吃的苹果", verified=False)  # eating is no purchase claim


def test_a_contact_alone_flags_nothing_but_with_a_pitch_or_an_unbought_claim_it_does() -> None:
    def first(author: str, text: str) -> shill.NoteScore:
        return shill.score(Community([facts(1, author, text), facts(2, author, PLAIN)]))[1]

    alone = first("kim", "加我微信拉你进小区群")
    assert alone.reasons == (Reason.CONTACT,) and not alone.flagged
    pitched = first("wes", "加我微信 wes123 全网最低价")
    assert pitched.reasons == (Reason.CONTACT, Reason.HANDLE, Reason.PRICE) and pitched.flagged
    claimed = first("sam", "买过好几次了，加我微信 sam888 更便宜")
    assert claimed.reasons == (Reason.UNBOUGHT, Reason.CONTACT, Reason.HANDLE) and claimed.flagged
