"""Review 69 #7: `https://t.me/tuan_bot?start=gb1-u5-deadbeef` pasted into a private chat got "I didn't
understand that…", while a bad share code is told plainly ("1-Y8Z4 is not a share code I gave…"). A start
link pasted as text is read as tapping it sends it: one the bot signed opens its card, one it did not (or
another bot's) is told it is not a link the bot gave, nothing changed."""

from __future__ import annotations

from handlers.sharing import share_payload
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import chat_in, fake_chat

BAD_EN = (
    "This link is not one I gave (it may have been changed or cut short). Ask your friend to send it again."
)
BAD_ZH = "这个链接不是我发出的（可能被改动或截断了），请让朋友重新发一次。"


async def test_a_pasted_bad_link_is_refused_in_english() -> None:
    chat = await chat_in("en")
    await chat.say("noah", "/groupbuy Hass avocados 6pcs price 12")
    await chat.say("olivia", "/lang en", private=True)
    for pasted in (
        "https://t.me/tuan_bot?start=gb1-u5-deadbeef",
        "t.me/tuan_bot?start=gb1-u5-deadbeef",
        "https://t.me/other_bot?start=abc",
    ):
        assert chat.said(await chat.say("olivia", pasted, private=True)) == BAD_EN, pasted


async def test_a_pasted_bad_link_is_refused_in_chinese() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("noah", "接龙 牛油果 价格 12")
    assert (
        chat.said(await chat.say("olivia", "https://t.me/tuan_bot?start=gb1-u5-deadbeef", private=True))
        == BAD_ZH
    )


async def test_a_pasted_good_link_opens_its_card() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("noah", "接龙 牛油果 价格 12")
    link = f"https://t.me/tuan_bot?start={share_payload(1, 'mia', chat.app.config.payment_secret)}"
    answer = chat.said(await chat.say("olivia", link, private=True))
    assert "牛油果" in answer and "#1" in answer
