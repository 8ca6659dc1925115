"""Bob help-sells (帮卖) Amy's 荔枝 #1 in 公司群, bought one there and wrote a note about it there. Amy
confirmed his payment (`已收 @Bob`), but his note's card in 公司群 kept "笔记 #1 · Bob …" without
✅ 已购买: only notes in the organiser's own group were refreshed at payment. Now the buyer's notes in
every group that lists the group buy are, and `撤销已收` takes the mark off there too."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import PlaygroundApi, playground_api


async def _note_card_head(api: PlaygroundApi) -> str:
    [card] = [m for m in await api.messages("hs_office") if m["card_of"] == -1]
    return str(card["text"]).splitlines()[0]


async def test_a_buyers_note_in_a_help_selling_group_shows_the_confirmed_payment(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("hs_fam", "Amy", "接龙 荔枝 价格 100 成团 1 库存 20 截止 明天20:00")
        await api.say("hs_fam", "Amy", "帮卖 开 10%")
        await api.say("hs_office", "Bob", "帮卖 #1")
        await api.say("hs_office", "Bob", "+1")
        await api.say("hs_office", "Bob", "种草 #1 荔枝很甜，公司同事都说好")
        await api.say("hs_fam", "Amy", "截单")
        assert "✅ 已购买" not in await _note_card_head(api)

        await api.say("hs_fam", "Amy", "已收 @Bob")
        assert (await _note_card_head(api)).endswith("✅ 已购买")

        await api.say("hs_fam", "Amy", "撤销已收 @Bob")
        assert "✅ 已购买" not in await _note_card_head(api)
