"""A group buy opened in English and help-sold (帮卖) into a group whose helper typed `帮卖 #1` in
Chinese showed that group an English card and English announcements: the helping group, with no
`/lang` of its own, heard the organiser's language. The listing keeps the language it was made in
(migration 0041): the card and what that group is told speak that chat's `/lang` if set, else it."""

from __future__ import annotations

from commerce.domain.listings import card_key
from handlers.types import Reply
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _help_sold(*, listed_with: str = "帮卖 #1") -> tuple[Chat, Chat]:
    family = fake_chat(FakeUnitOfWorkFactory())
    street = Chat(family.app, chat_id="street", title="街坊群")
    await family.say("amy", "/groupbuy Bread price 10 target 1")
    await family.say("amy", "/helpsell on 10%")
    await street.say("bob", listed_with)
    return family, street


def _told_in(replies: list[Reply], chat_id: str) -> list[str]:
    return [r.text for r in replies if r.text and r.chat_id == chat_id and not r.private_to]


async def test_the_helping_groups_card_speaks_the_helpers_language() -> None:
    family, street = await _help_sold()

    joined = await street.say("ivy", "+1")

    assert street.said(joined) == "Ivy 跟团：1 × Bread（#1）。当前 ¥10/份。"  # no target: none reached
    card = await street.card(card_key(1))
    assert card.startswith("🛒 Bread（#1）\n团长：Amy\n🤝 本群帮卖：Bob\n单价：¥10/份")
    assert (await family.card(1)).startswith("🛒 Bread (#1)\nOrganiser: Amy")  # the organiser's: English


async def test_the_close_is_announced_in_the_helpers_language_there() -> None:
    family, street = await _help_sold()
    await street.say("ivy", "+1")

    closed = await family.say("amy", "/close")

    assert _told_in(closed, "street") == [
        "✅ Bread（#1）成团了：¥10/份，共 1 个订单、1 份。"
        "怎么付款请问团长 Amy，付完发“我已付款”加你的订单号（例如 我已付款 1-1），团长确认收款。"
        "每位买家的订单已私信发送；收不到私信的会在群里收到提示。"
    ]


async def test_the_helping_groups_lang_still_decides() -> None:
    _, street = await _help_sold()
    street.admins.add("kim")
    assert street.said(await street.say("kim", "/lang en")).startswith("OK")

    card = await street.card(card_key(1))
    assert card.startswith("🛒 Bread (#1)\nOrganiser: Amy\n🤝 Help-sold here by Bob")


async def test_listed_in_english_in_a_chinese_groups_buy_reads_english() -> None:
    family = fake_chat(FakeUnitOfWorkFactory())
    street = Chat(family.app, chat_id="street")
    await family.say("amy", "接龙 面包 价格 10")
    await family.say("amy", "帮卖 开 10%")
    await street.say("bob", "/helpsell #1")

    assert (await street.card(card_key(1))).startswith("🛒 面包 (#1)\nOrganiser: Amy")


async def test_a_reminder_to_pay_there_speaks_the_helpers_language() -> None:
    family, street = await _help_sold()
    await street.say("ivy", "+1")
    await family.say("amy", "/close")

    reminded = await family.say("amy", "/remind #1")

    assert _told_in(reminded, "street") == [
        "💸 催款：Bread（#1）还有 1 个订单未付款：\n• Ivy（订单 #1-1）\n"
        "怎么付款请问 Amy，付好后回复“我已付款”加你的订单号（例如“我已付款 1-1”），团长确认后打勾。"
    ]
