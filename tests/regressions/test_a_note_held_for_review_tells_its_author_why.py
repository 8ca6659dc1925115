"""Review 36, finding 12: Kim's honest `种草 推荐楼下的修鞋师傅，便宜手艺好 电话 13512345678` was flagged
(⚠️, a phone number) and left out of the digest, while she was told only "笔记 #25 已发布…每天 20:00 的精选
会列出最受欢迎的几条"; nobody told her it waited for the admins. A note its posting flags now tells its
author privately that it waits for an admin's look and why, naming the group; an unflagged note tells her
nothing more."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

HELD_ZH = (
    "你在「幸福小区」的笔记 #2 已发出，但先标了 ⚠️ 未验证，要等群管理员看过。"
    "原因：30 天内你的笔记在本群只有这一条、留联系方式拉人私下交易（微信、手机号、“私聊我”）。"
    "在那之前精选、搜索和问答都不会列出它；管理员看过没问题就会去掉这个标记。"
)


async def test_a_flagged_note_tells_its_author_privately_why_it_waits() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.title = "幸福小区"
    await chat.say("bob", "种草 楼下水果店的苹果很脆")

    posted = await chat.say("kim", "种草 推荐楼下的修鞋师傅，便宜手艺好 电话 13512345678")

    assert Chat.private(posted) == {"kim": HELD_ZH}
    assert (await chat.app.render_card(-2)).text.splitlines()[0] == "笔记 #2 · Kim ⚠️ 未验证"
    assert Chat.private(await chat.say("kim", "种草 修鞋师傅周末也开门")) == {}  # not flagged: nothing


async def test_in_digest_mode_too() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.title = "幸福小区"
    chat.admins = {"amy"}
    await chat.say("amy", "精选模式 开")
    await chat.say("bob", "种草 楼下水果店的苹果很脆")

    posted = await chat.say("kim", "种草 推荐楼下的修鞋师傅，便宜手艺好 电话 13512345678")

    assert HELD_ZH in Chat.private(posted)["kim"].split("\n")


async def test_in_english_too() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("bob", "/note the apples downstairs are crisp")

    posted = await chat.say("kim", "/note great shoe repair guy downstairs, cheap, call +65 9123 4567")

    assert Chat.private(posted) == {
        "kim": "Your note #2 is posted, but marked ⚠️ Unverified until the group's admins have a look. "
        "Why: your only note in this group in 30 days, offers a contact to buy through elsewhere "
        '(a handle, a number, "DM me"). '
        "Until then the digest, search and answers leave it out; if it is fine, an admin takes the mark off."
    }
