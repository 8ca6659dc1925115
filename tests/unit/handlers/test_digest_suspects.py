"""A digest leaves out the new note of a member flagged as a possible shill (two or more of their notes
flagged, at least half of them): that note has no clique likes yet when the digest is made, so it is
not flagged itself (bench/community.py found shills' notes riding in evening digests that way). An
honest member's note beside it is listed; once an admin cleared the member's flagged notes
(`/unhide`), the member is no suspect and the note is listed."""

from __future__ import annotations

from commerce.domain import shill
from commerce.domain.shill import NoteScore, Reason
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat

SHILLS = ("s0", "s1", "s2")
GUSH = "绝了！！！闭眼入 yyds 🔥"
SAID = (
    ("补水效果一流，敏感肌也能用", "质地清爽不黏，晚上敷完第二天透亮"),
    ("包装精致，送人也体面", "味道淡淡的很好闻，用完皮肤很滑"),
    ("一盒二十片，用一个月刚好", "买过好几个牌子，这个最服帖"),
)


async def two_flagged_notes_each(chat: Chat, clock: FakeClock) -> None:
    await chat.say("amy", "接龙 面膜 价格 30")
    for day in range(2):
        clock.advance(hours=2)
        first = 1 + day * 3
        for shill_id, said in zip(SHILLS, SAID, strict=True):
            await chat.say(shill_id, f"种草 #1 {GUSH} {said[day]}")
        for note_id, author in enumerate(SHILLS, start=first):
            for liker in SHILLS:
                if liker != author:
                    await chat.say(liker, f"赞 {note_id}")


async def test_a_flagged_members_new_note_is_left_out_of_the_digest_before_it_is_flagged() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock)
    chat.admins = {"eve"}
    await chat.say("eve", "摘要 开")
    await two_flagged_notes_each(chat, clock)
    clock.advance(days=1, hours=1)  # the next day: only today's notes are in the digest

    await chat.say("s0", f"种草 #1 {GUSH} 回购第三次了，家里人抢着用")  # note 7: no likes yet
    await chat.say("bob", "种草 #1 用了一周，还不错，就是味道有点重")  # note 8
    shown = chat.said(await chat.say("cat", "摘要"))

    assert "#8 Bob" in shown and "#7" not in shown
    await chat.say("eve", "/unhide 1")  # an admin looked at S0's flagged notes and let them stay:
    await chat.say("eve", "/unhide 4")  # S0 is no suspect any more
    assert "#7 S0" in chat.said(await chat.say("cat", "摘要"))


def test_suspects_have_two_flagged_notes_and_at_least_half_of_theirs() -> None:
    def scored(note_id: int, author: str, score: float) -> NoteScore:
        return NoteScore(note_id, author, score, (Reason.UNBOUGHT,))

    scores = [
        scored(1, "sam", 0.8),
        scored(2, "sam", 0.7),
        scored(3, "sam", 0.3),  # sam: 2 of 3 flagged
        scored(4, "bob", 0.7),  # bob: one flagged note is no pattern
        scored(5, "bob", 0.0),
        *(scored(10 + i, "amy", 0.7 if i < 2 else 0.0) for i in range(6)),  # amy: 2 of 6
    ]
    assert shill.suspects(scores) == {"sam"}
