"""The live card: price reached and the next tier, progress toward the target, stock, deadline, the list."""

from __future__ import annotations

from handlers.cards import progress_bar
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat


async def test_the_card_in_english(chat: Chat) -> None:
    await chat.say(
        "amy",
        "/groupbuy Mangoes 5kg price 88 tiers 5:78,8:68 target 10 stock 20 limit 3 ends 8pm pickup Gate 3",
    )
    await chat.say("bob", "+2")
    await chat.say("cat", "+1 for Wang")
    await chat.say("dan", "+1")

    assert await chat.card(1) == (
        "🛒 Mangoes 5kg (#1)\n"
        "Organiser: Amy\n"
        "Price: ¥88 each · 1 more for ¥78\n"
        "Tiers: 5+ ¥78 · 8+ ¥68\n"
        "▓▓▓▓░░░░░░ 4/10\n"
        "Stock left: 16 · Limit: 3 per person\n"
        "Closes: Mon 23 Nov 20:00\n"
        "Pickup: Gate 3\n"
        "\n"
        "1. Bob ×2\n"
        "2. Cat for Wang ×1\n"
        "3. Dan ×1"
    )


async def test_the_card_in_chinese_once_the_target_is_reached(chat: Chat) -> None:
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 阶梯 3:78 成团 3 库存 4 截止 明天中午12点 自提 小区门口")
    await chat.say("bob", "我要两份")
    await chat.say("cat", "+1 帮 小王")

    assert await chat.card(1) == (
        "🛒 海南贵妃芒（#1）\n"
        "团长：Amy\n"
        "单价：¥78/份\n"
        "阶梯价：满3份 ¥78\n"
        "▓▓▓▓▓▓▓▓▓▓ 3/3\n"
        "✅ 已成团\n"
        "剩余库存：1\n"
        "截止：11月24日 周二 12:00\n"
        "自提：小区门口\n"
        "\n"
        "1. Bob ×2\n"
        "2. Cat 帮 小王 ×1"
    )
    await chat.say("dan", "+1")
    assert "已售罄" in await chat.card(1)


async def test_an_empty_card_invites_the_first_join_and_a_closed_one_shows_its_outcome(chat: Chat) -> None:
    await chat.say("amy", "/groupbuy Plums price 30.5 target 2")
    assert (await chat.card(1)).endswith(
        "░░░░░░░░░░ 0/2\nCloses: Tue 24 Nov 12:00\n\nNobody yet: be the first with +1"
    )

    await chat.say("amy", "/cancel")
    assert (
        await chat.card(1) == "🛒 Plums (#1)\nOrganiser: Amy\n░░░░░░░░░░ 0/2\n🚫 Cancelled: nobody is charged"
    )


async def test_a_card_past_its_deadline_takes_no_more_joins(chat: Chat, clock: FakeClock) -> None:
    await chat.say("amy", "/groupbuy Plums price 30 target 2 ends 1h")
    clock.advance(hours=1, minutes=1)

    card = await chat.app.render_card(1)

    assert "⏰ Deadline passed: closing…" in card.text
    assert card.buttons == ()


async def test_a_long_list_is_cut_with_a_count_and_stays_under_telegrams_limit(chat: Chat) -> None:
    await chat.say("amy", "/groupbuy Plums price 30 target 100")
    for n in range(70):
        await chat.say(f"member{n:02d}-{'x' * 60}", "+1")

    card = await chat.card(1)

    assert len(card) <= 4096
    assert card.endswith("… and 20 more: /list #1")
    assert f"\n50. Member49-{'X' + 'x' * 21}… ×1\n" in card  # long names are cut to 32 characters
    assert "51." not in card


def test_the_progress_bar() -> None:
    assert progress_bar(0, 10) == "░░░░░░░░░░ 0/10"
    assert progress_bar(4, 10) == "▓▓▓▓░░░░░░ 4/10"
    assert progress_bar(1, 3) == "▓▓▓░░░░░░░ 1/3"
    assert progress_bar(12, 10) == "▓▓▓▓▓▓▓▓▓▓ 12/10"


async def test_a_card_that_does_not_exist(chat: Chat) -> None:
    card = await chat.app.render_card(42)
    assert (card.text, card.card_of, card.buttons) == ("团购 #42 已不存在。", 42, ())
