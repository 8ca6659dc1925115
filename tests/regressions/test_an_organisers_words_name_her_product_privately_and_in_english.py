"""Review 73 #6, #10. Privately, the organiser's `芒果自提点改到 东门` got the BUYER's pickup answer
("你现在没有要取的货…") and `Cookies add stock 5` an `/ask #2 any left?` example; in a group, English
near-variants (`Cookies price 18`, `change price to 17`, `pickup changed to Gate B`, `move pickup to
Block 5`, `Cookies add stock 5`, `goods arrived`, `Cookies arrived`) got silence. They are read as their
Chinese counterparts are, only from the organiser: from anyone else they stay talk, no answer."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def said(chat: Chat, who: str, text: str, *, private: bool = False) -> str:
    replies = await chat.say(who, text, private=private)
    return "\n".join(reply.text for reply in replies if reply.text and reply.chat_id is None)


async def test_a_product_named_privately_changes_her_pickup_or_asks_which() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amei", "开团 芒果 价格 88 库存 20")
    assert await said(chat, "amei", "芒果自提点改到 东门", private=True) == "好的，芒果（#1）的自提：东门"
    assert "自提：东门" in await chat.card()
    assert await said(chat, "amei", "草莓自提点改到 北门", private=True) == (
        "你在接龙的团没有「草莓」，没有任何改动。你在接龙的：#1 芒果。例如 自提 #1 北门"
    )
    await chat.say("amei", "开团 芒果 价格 50")
    assert await said(chat, "amei", "芒果自提点改到 北门", private=True) == (
        "「芒果」你有 2 个团在接龙：#1 芒果 · #2 芒果，没有任何改动。"
        "请带上编号，例如 自提 #1 北门 或 自提 #2 北门"
    )
    assert "北门" not in await chat.card()


async def test_english_words_name_her_product_privately() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Cookies price 20 stock 20")
    assert await said(chat, "amy", "Cookies add stock 5", private=True) == (
        "Updated Cookies (#1): stock 25.\nStock: 20 → 25 (+5)"
    )
    assert await said(chat, "amy", "Cookies price 18", private=True) == "Updated Cookies (#1): price ¥18."
    assert await said(chat, "amy", "Cookies pickup changed to Gate B", private=True) == (
        "Pickup for Cookies (#1): Gate B"
    )


async def test_english_near_variants_in_a_group_are_hers_and_talk_from_others() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Cookies price 20 stock 20")
    await chat.say("bob", "+1")
    for text in ("Cookies price 18", "change price to 17", "pickup changed to Gate B", "Cookies add stock 5"):
        assert await chat.say("bob", text) == [], text
    assert await said(chat, "amy", "Cookies price 18") == (
        "Updated Cookies (#1): price ¥18.\nPrice lowered: ¥20 → ¥18 for everyone"
    )
    assert await said(chat, "amy", "change price to 17") == (
        "Updated Cookies (#1): price ¥17.\nPrice lowered: ¥18 → ¥17 for everyone"
    )
    assert await said(chat, "amy", "pickup changed to Gate B") == "Pickup for Cookies (#1): Gate B"
    assert await said(chat, "amy", "move pickup to Block 5") == (
        "Pickup for Cookies (#1) changed: Block 5 (was Gate B)."
    )
    assert (
        await said(chat, "amy", "Cookies add stock 5")
        == "Updated Cookies (#1): stock 25.\nStock: 20 → 25 (+5)"
    )
    await chat.say("amy", "/close")
    has = (
        "The pickup for Cookies (#1) is Block 5; nothing was changed. To change it and tell each buyer, "
        "send /pickup #1 with the new place and time, e.g. /pickup #1 Gate 3 tomorrow 5pm"
    )
    assert await said(chat, "amy", "goods arrived") == has
    assert await said(chat, "amy", "Cookies arrived") == has
    assert await chat.say("bob", "goods arrived") == []
    assert await chat.say("amy", "Ann arrived") == []


async def test_from_one_running_none_they_are_answered_privately_as_any_text() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Cookies price 20 stock 20")
    await chat.say("bob", "+1")
    assert await said(chat, "bob", "Cookies price 18", private=True) == (  # names it: its price (rep95 #9)
        "Cookies (#1): Now ¥20 each."
    )
    assert await said(chat, "bob", "goods arrived", private=True) == (
        "Cookies (#1): Amy has not said where to pick it up yet; ask them directly."
    )
    assert "20" in await chat.card() and "18" not in await chat.card()
