"""Review 28, finding 6: `/note Best durian ever!!! DM me for cheaper ones wa.me/6591234567` and, after
`/hide 3`, `/note durian from my uncle farm even better, whatsapp +65 9123 4567` got plain cards, `/flags`
said nothing waited and the second topped `/top`; `种草 这芒果一般，我这有更好的 加微信 wes888` too. The
contact itself (`shill.Reason.HANDLE`: a wa.me / t.me link, a phone number with its country code or
after a messaging word, an id after 微信 / vx) now flags a note for review, said as the contact is; a
flagged note is never among the week's best. Room numbers, times, prices, order numbers and dates are no
contact, and `DM me` / `加我微信拉你进小区群` alone still flag nothing."""

from __future__ import annotations

import pytest

from commerce.domain import shill
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def head(chat: Chat, note_id: int) -> str:
    return (await chat.app.render_card(-note_id)).text.splitlines()[0]


@pytest.mark.parametrize(
    "text",
    [
        "Best durian ever!!! DM me for cheaper ones wa.me/6591234567",
        "durian from my uncle farm even better, whatsapp +65 9123 4567",
        "whatsapp 91234567 for more",
        "so good, more at t.me/durianking",
    ],
)
async def test_an_english_note_with_a_number_or_link_is_flagged_queued_and_kept_off_top(text: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    chat.admins = {"zoe"}
    await chat.say("zoe", "/groupbuy Durian price 60")
    await chat.say("omar", "/note #1 creamy and sweet, worth it")
    await chat.say("vic", f"/note #1 {text}")

    assert await head(chat, 2) == "Note #2 · Vic ⚠️ Unverified"
    queue = chat.private(await chat.say("zoe", "/flags"))["zoe"].splitlines()
    assert queue[0] == "1 note waiting for review (most suspicious first):"
    assert queue[1].startswith(f"#2 Vic: “{text[:20]}")
    assert 'offers a contact to buy through elsewhere (a handle, a number, "DM me")' in queue[1]
    top = Chat.said(await chat.say("omar", "/top"))
    assert "#1 Omar" in top and "Vic" not in top


@pytest.mark.parametrize(
    "text", ["这芒果一般，我这有更好的 加微信 wes888", "加我微信 wes888", "好吃 vx: wes888"]
)
async def test_a_chinese_note_with_a_wechat_id_is_flagged_queued_and_kept_off_top(text: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"amy"}
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
    await chat.say("cat", "种草 #1 很甜，值")
    await chat.say("vic", f"种草 #1 {text}")

    assert await head(chat, 2) == "笔记 #2 · Vic ⚠️ 未验证"
    queue = chat.private(await chat.say("amy", "待审笔记"))["amy"].splitlines()
    assert queue[0] == "待审笔记（1 条，可疑度高的在前）："
    assert queue[1].startswith(f"#2 Vic：“{text[:10]}")
    assert "留联系方式拉人私下交易（微信、手机号、“私聊我”）" in queue[1]
    top = Chat.said(await chat.say("cat", "精选"))
    assert "#1 Cat" in top and "Vic" not in top


async def test_after_a_hide_the_next_note_with_a_spaced_number_is_flagged_with_both_reasons() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    chat.admins = {"zoe"}
    await chat.say("zoe", "/groupbuy Durian price 60")
    await chat.say("vic", "/note #1 Best durian ever!!! DM me for cheaper ones wa.me/6591234567")
    await chat.say("zoe", "/hide 1 selling on the side")
    await chat.say("vic", "/note durian from my uncle farm even better, whatsapp +65 9123 4567")

    assert await head(chat, 2) == "Note #2 · Vic ⚠️ Unverified"
    queue = chat.private(await chat.say("zoe", "/flags"))["zoe"].splitlines()
    assert queue[1].endswith(
        ': offers a contact to buy through elsewhere (a handle, a number, "DM me"), '
        "an admin hid another note of theirs here"
    )


@pytest.mark.parametrize(
    "text",
    [
        "很甜，3号楼 302 自取的",
        "下午3点取，很新鲜",
        "¥88 一箱很值，10:78 更划算",
        "订单 1-2 收到了，好吃",
        "2026-12-01 20:00 到的，12月4日又买",
        "加我微信拉你进小区群",
        "+1 3号楼 302",
    ],
)
async def test_rooms_times_prices_order_numbers_and_dates_flag_nothing(text: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"amy"}
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
    await chat.say("cat", "种草 #1 很甜，值")
    await chat.say("cat", f"种草 #1 {text}")

    assert await head(chat, 2) == "笔记 #2 · Cat"
    assert Chat.said(await chat.say("amy", "待审笔记")) == "没有待审的笔记。"


@pytest.mark.parametrize(
    "text",
    [
        "pickup at block 302 at 3pm, gate 3",
        "paid 110 via paynow, order 4-2, 12/04",
        "whatsapp me",
        "our wechat group is fun",
        "tracking SF1234567890 arrived",
    ],
)
async def test_english_numbers_that_are_no_contact_flag_nothing(text: str) -> None:
    assert not shill.handle(text)
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    chat.admins = {"zoe"}
    await chat.say("zoe", "/groupbuy Durian price 60")
    await chat.say("omar", "/note #1 creamy")
    await chat.say("omar", f"/note #1 {text}")

    assert await head(chat, 2) == "Note #2 · Omar"
    assert Chat.said(await chat.say("zoe", "/flags")) == "No notes are waiting for review."


async def test_after_a_hide_the_next_note_with_a_wechat_id_is_flagged_with_both_reasons() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"amy"}
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
    await chat.say("vic", "种草 #1 这芒果一般，我这有更好的 加微信 wes888")
    await chat.say("amy", "隐藏 1 私下卖货")
    await chat.say("vic", "种草 新到一批，vx: wes888")

    assert await head(chat, 2) == "笔记 #2 · Vic ⚠️ 未验证"
    queue = chat.private(await chat.say("amy", "待审笔记"))["amy"].splitlines()
    assert queue[1].endswith(
        "——留联系方式拉人私下交易（微信、手机号、“私聊我”）、管理员隐藏过 TA 在本群的另一条笔记"
    )
