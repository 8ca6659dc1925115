"""Chats by name through the playground's JSON API: a playground chat's name (in lower case, as the
playground keeps it) is its name everywhere, so `/orders` says which chat each order lives in and
`/copy #1 to <name>` finds it however it is written."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api


async def test_orders_name_the_chat_and_a_copy_finds_a_chat_by_its_name(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("Family Group", "amy", "/groupbuy Mangoes price 88 target 1")
        await api.say("Family Group", "bob", "+2")
        await api.say("Family Group", "amy", "/close")
        await api.say("Garden Club", "amy", "/help")  # Amy is in the garden club too

        orders = await api.say("bob", "bob", "/orders")
        copied = await api.say("Family Group", "amy", "/copy #1 to Garden  CLUB")  # any case, any spacing

        listing = [reply["text"] for reply in orders["replies"]]
        assert len(listing) == 1 and listing[0].startswith("Your orders:\n#")
        assert " Mangoes (group buy #1 by Amy in family group): 2 × ¥88 = ¥176 · to pay\n💰 " in listing[0]
        said = [reply["text"] for reply in copied["replies"] if reply["text"] and not reply["card_of"]]
        assert said[0] == "Opened #2 (Mangoes, a copy of #1) in chat garden club."
        assert (await api.card("garden club", 2))["text"].startswith("🛒 Mangoes (#2)")


async def test_a_name_none_of_her_chats_has_changes_nothing_and_says_where_she_can_copy(
    tmp_path: Path,
) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "/groupbuy Mangoes price 88")
        await api.say("garden", "amy", "/help")
        await api.say("club", "bob", "/help")

        answer = await api.say("family", "amy", "/copy #1 to club")

        said = [reply["text"] for reply in answer["replies"]]
        assert said == [
            "I know no chat “club” you are in. You can copy to: family, garden. Nothing was changed."
        ]
        assert [m["card_of"] for m in await api.messages("club") if m["card_of"]] == []
