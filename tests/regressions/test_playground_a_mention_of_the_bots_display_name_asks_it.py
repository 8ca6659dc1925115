"""In the playground the bot is shown as "Tuan", and `@Tuan 芒果多少钱` in a group was left unanswered: only
`@tuan_bot …` (Telegram's username, which the playground never shows) asked the bot. The playground now
reads a mention of the bot by its display name as WeChat reads `@团购助手`: the mention taken off, the
message to the bot (`Request.to_bot`), so it asks (`@Tuan how much?`) or is the command it carries
(`@Tuan +1`); `@Tuanzhang`, or a word that only starts with it, is no mention of the bot."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api, said_in


async def test_a_mention_of_the_bots_display_name_asks_it(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 海南贵妃芒 5斤 价格 88")
        await api.say("club", "amy", "/groupbuy Lychees price 15 ends 2d")

        zh = said_in(await api.say("family", "bob", "@Tuan 芒果多少钱"), "family")
        lower = said_in(await api.say("family", "bob", "@tuan 几点截单？"), "family")
        en = said_in(await api.say("club", "bob", "@Tuan how much are the lychees?"), "club")
        username = said_in(await api.say("family", "bob", "@tuan_bot 芒果多少钱"), "family")
        other = said_in(await api.say("family", "bob", "@Tuanzhang 芒果多少钱"), "family")
        joined = await api.say("family", "cat", "@Tuan +1")
        card = await api.card("family", 1)

    assert zh == ["海南贵妃芒 5斤（#1）：当前 ¥88/份。"], zh
    assert len(lower) == 1 and lower[0].startswith("海南贵妃芒 5斤（#1）") and "截" in lower[0], lower
    assert en == ["Lychees (#2): Now ¥15 each."], en
    assert username == zh, username
    assert other == [], other  # someone else, not the bot: chatter is left alone
    assert joined["replies"], joined
    assert "Cat" in str(card["text"]), card
