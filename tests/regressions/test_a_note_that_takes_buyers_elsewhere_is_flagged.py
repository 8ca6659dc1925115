"""A seller posing as a buyer (replay s22, I): `种草 #1 买过好几次了…加我微信 sam888 更便宜` by a
member who never bought, and `真的超级甜，强烈推荐，全网最低价`, were not flagged; they ranked beside a
verified buyer's note and the queue said nothing waited, nor was `加我微信 wes123 全网最低价` (replay
s22b). A contact to buy through (0.35) and a price claim against every shop (0.35) are signals, and
saying one bought it without a purchase counts as the unbought one: any two flag the note. One alone
still flags nothing (no single signal does)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def card(chat: Chat, note_id: int) -> str:
    return (await chat.app.render_card(-note_id)).text


async def test_a_sellers_note_with_his_wechat_is_flagged_and_queued_with_the_reason() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"eve"}
    await chat.say("eve", "/lang zh")
    await chat.say("amy", "接龙 海南贵妃芒 价格 88")
    await chat.say("bob", "+1")
    await chat.say("sam", "种草 #1 买过好几次了，绝对是最甜的芒果，大家快跟！加我微信 sam888 更便宜")
    await chat.say("sam", "种草 #1 真的超级甜，强烈推荐，全网最低价")
    await chat.say("wes", "种草 #1 加我微信 wes123 全网最低价")
    await chat.say("kim", "种草 #1 加我微信拉你进小区群")  # a contact alone: no flag
    await chat.say("lily", "种草 #1 去年买过，还不错")  # saying she bought alone: no flag

    assert (await card(chat, 1)).startswith("笔记 #1 · Sam ⚠️ 未验证\n")
    assert (await card(chat, 2)).startswith("笔记 #2 · Sam ⚠️ 未验证\n")
    assert (await card(chat, 3)).startswith("笔记 #3 · Wes ⚠️ 未验证\n")
    assert "未验证" not in (await card(chat, 4)).splitlines()[0]
    assert "未验证" not in (await card(chat, 5)).splitlines()[0]
    queue = chat.private(await chat.say("eve", "待审笔记"))["eve"].splitlines()
    assert queue[0] == "待审笔记（3 条，可疑度高的在前）："
    assert queue[1].startswith("#3 Wes：“加我微信 wes123 全网最低价”")
    assert queue[1].endswith(
        "——30 天内在本群只发过这一条笔记、留联系方式拉人私下交易（微信、手机号、“私聊我”）、声称全网最低价"
    )
    assert queue[2].startswith("#1 Sam：“买过好几次了")
    assert queue[2].endswith(
        "——没有这件商品的已付订单（已退款的不算）却极力推荐、留联系方式拉人私下交易（微信、手机号、“私聊我”）"
    )


async def test_an_english_note_saying_dm_me_is_flagged_with_the_reason_in_english() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    chat.admins = {"eve"}
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("sam", "/note #1 I've bought these many times, sweetest ever. DM me, cheaper from me")

    assert (await card(chat, 1)).startswith("Note #1 · Sam ⚠️ Unverified\n")
    queue = chat.private(await chat.say("eve", "/flags"))["eve"].splitlines()
    assert queue[1].endswith(
        ": raves about it with no paid order of it (a refunded one does not count), their only note in this "
        'group in 30 days, offers a contact to buy through elsewhere (a handle, a number, "DM me"), claims '
        'a price below every other shop ("lowest price anywhere")'
    )
