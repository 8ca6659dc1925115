"""Session 34: in a help-selling group (帮卖: Bob lists Amy's 芒果 #1 in 公司群), a note of Amy's group quoted
there read `群里的朋友说过：笔记 #1 Cat：「…」`, as if Cat were in 公司群, and `赞 1` / `评论 1 …` typed there
answered `这里没有笔记 #1。`. The quote now says Cat is from the organiser's group, and a like, its taking
back and a comment typed in the helping group count on that note (its card in Amy's group shows them)."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat

CAT = "芒果超甜，汁多"


async def _office() -> tuple[Chat, Chat]:
    family, office = await help_sold(
        "接龙 芒果 价格 35 成团 1 截止 2小时", clock=FakeClock(), family_title="家庭群"
    )
    await family.say("cat", f"种草 #1 {CAT}")
    await family.say("dan", "种草 我家楼下的面包店不错")  # #2: Amy's group, on no group buy
    await office.say("eve", "种草 #1 芒果很新鲜")  # #3: a note of 公司群 itself
    return family, office


async def test_the_quote_says_the_author_is_from_the_organisers_group() -> None:
    _, office = await _office()

    chinese = office.said(await office.say("fay", "问 芒果甜吗？"))
    english = office.said(await office.say("fay", "/ask are they sweet?"))

    assert f"笔记 #1 Cat（来自团长 Amy 的群）：「{CAT}」" in chinese, chinese
    assert f"Note #1 Cat (from organiser Amy's group): “{CAT}”" in english, english
    own = office.said(await office.say("fay", "问 芒果新鲜吗？"))
    assert "笔记 #3 Eve：「芒果很新鲜」" in own, own  # 公司群's own note: as before


async def test_a_like_and_a_comment_typed_in_the_helping_group_count_on_the_note() -> None:
    family, office = await _office()

    liked = await office.say("fay", "赞 1")
    again = await office.say("fay", "赞 1")
    commented = office.said(await office.say("fay", "评论 1 同感，很甜"))

    assert [reply.toast for reply in liked if reply.toast] == ["已赞笔记 #1 👍"]
    assert [reply.toast for reply in again if reply.toast] == ["你已经赞过笔记 #1 了。取消发“取消赞 1”。"]
    assert commented == "💬 Fay 评论了笔记 #1", commented
    card = family.said(await family.say("amy", "笔记 1"))
    assert "👍 1 · 💬 1" in card and "· Fay：同感，很甜" in card, card
    unliked = await office.say("fay", "取消赞 1")
    assert [reply.toast for reply in unliked if reply.toast] == ["已取消对笔记 #1 的赞"]
    assert "👍 0 · 💬 1" in family.said(await family.say("amy", "笔记 1"))


async def test_a_home_groups_note_on_nothing_sold_here_is_still_no_note_here() -> None:
    _, office = await _office()

    assert office.said(await office.say("fay", "赞 2")).startswith("这里没有笔记 #2（")
