"""Review (round 50, #8): a note (种草) of nothing but 300 emoji was posted as 笔记 #4, and one with
`[领券](http://evil.x)` was posted without ⚠️, while one with a WeChat ID is flagged. A note with no letter
or digit is now refused (nothing to read), nothing posted; one with a link to another site (`http://…`,
`https://…`, `www.…`, a Markdown link) is flagged ⚠️ unverified as a WeChat ID is, its author told why,
and waits in the admins' queue."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def head(chat: Chat, note_id: int) -> str:
    return (await chat.app.render_card(-note_id)).text.splitlines()[0]


async def test_a_note_of_only_emoji_or_punctuation_is_refused() -> None:
    zh = fake_chat(FakeUnitOfWorkFactory())
    await zh.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
    en = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await en.say("zoe", "/groupbuy Durian price 60")

    emoji = Chat.said(await zh.say("vic", "种草 #1 " + "😍" * 300))
    marks = Chat.said(await zh.say("vic", "种草 #1 ！！！。。。"))
    english = Chat.said(await en.say("vic", "/note #1 🙏🙏🙏!!!"))

    assert (
        emoji
        == marks
        == (
            "笔记里只有表情或标点，没有可读的内容，没有发出。"
            "请写几句体验，例如：种草 #12 这款芒果超甜，已经回购三次"
        )
    )
    assert english == (
        "The note has only emoji or punctuation, nothing to read, so it was not posted. Write a few words "
        "about it, e.g. /note #12 These mangoes are so sweet, my third time"
    )
    posted = await zh.say("vic", "种草 #1 甜😍😍")  # a word with them: posted, the first note
    assert [reply.card_of for reply in posted if reply.card_of] == [-1]


@pytest.mark.parametrize(
    "link", ["[领券](http://evil.x)", "领券 https://evil.x/c?id=1", "www.evil-shop.cn 更便宜"]
)
async def test_a_chinese_note_with_an_outside_link_is_flagged_and_its_author_told_why(link: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"amy"}
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
    await chat.say("cat", "种草 #1 很甜，值")

    told = chat.private(await chat.say("vic", f"种草 #1 好吃 {link}"))["vic"]

    assert await head(chat, 2) == "笔记 #2 · Vic ⚠️ 未验证"
    assert told.startswith("你的笔记 #2 已发出，但先标了 ⚠️ 未验证，要等群管理员看过。原因：")
    assert "带了外部链接（引到群外交易，或者是来路不明的网页）" in told
    queue = chat.private(await chat.say("amy", "待审笔记"))["amy"].splitlines()
    assert queue[1].startswith("#2 Vic：") and "带了外部链接" in queue[1]
    assert await head(chat, 1) == "笔记 #1 · Cat"  # one without a link stays as it is


async def test_an_english_note_with_an_outside_link_is_flagged_and_its_author_told_why() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    chat.admins = {"zoe"}
    await chat.say("zoe", "/groupbuy Durian price 60")
    await chat.say("omar", "/note #1 creamy and sweet, worth it")

    told = chat.private(await chat.say("vic", "/note #1 so good, coupons at HTTPS://evil.x/c"))["vic"]

    assert await head(chat, 2) == "Note #2 · Vic ⚠️ Unverified"
    assert "has a link to another site (a way to buy elsewhere, or a page that is not what it says)" in told
    queue = chat.private(await chat.say("zoe", "/flags"))["zoe"].splitlines()
    assert queue[1].startswith("#2 Vic: ") and "has a link to another site" in queue[1]
