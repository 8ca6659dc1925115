"""Task s22 C3: the chat's own 撤销已收 of an order whose payment had earned a commission answered
"这笔付款记的佣金 ¥10 也已撤回。" / "The commission it credited (¥10) was taken back too.", naming neither
the earner nor which commission, while the console's flash names both. The chat now says it as the
console does, with the same text and logic (handlers/commission_notices.commission_taken_back_said):
"一并撤回了佣金：#1-1 Bob 的帮卖佣金 ¥10；已私信告诉 Bob。"."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world

CODE = re.compile(r"(?:团|(?<![\w#-]))\d+-[2-9A-HJKMNP-Z]{4}")


async def test_the_chats_undo_names_the_help_seller_and_her_commission(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 面包 价格 100 成团 1")
        await world.say("family", "amy", "帮卖 开 10%")
        await world.say("street", "bob", "帮卖 #1")
        await world.say("street", "eve", "+1")
        await world.say("family", "amy", "截单")
        await world.say("family", "amy", "已收 1-1")

        replies = await world.say("family", "amy", "撤销已收 1-1")
        to_amy = [r.text for r in replies if r.private_to == "amy"]

        assert to_amy == [
            "已撤销订单 #1-1（Eve，¥100）的已收：改回待付款（不是退款），已私信告诉对方。\n"
            "一并撤回了佣金：#1-1 Bob 的帮卖佣金 ¥10；已私信告诉 Bob。"
        ]
        assert any(r.private_to == "bob" and "帮卖佣金 ¥10 已扣回" in r.text for r in replies)


async def test_the_chats_undo_names_the_sharer_and_her_commission(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "/groupbuy Mangoes price 100 target 1")
        await world.say("family", "amy", "/commission 10%")
        shared = "\n".join(r.text for r in await world.say("family", "bob", "/share"))
        code = CODE.search(shared)
        assert code is not None, shared
        await world.say("family", "dan", f"+1 {code.group(0)}")
        await world.say("family", "amy", "/close")
        await world.say("family", "amy", "/paid 1-1")

        replies = await world.say("family", "amy", "/unpaid 1-1")

        assert replies[0].text == (  # the group reads no amount; she reads it all privately
            "Undone: order #1-1 of Dan is not paid again (no refund); they were told privately."
        )
        assert [r.text for r in replies if r.private_to == "amy"] == [
            "Undone: order #1-1 of Dan (¥100) is not paid again (no refund); they were told privately.\n"
            "Commission taken back with it: #1-1 Bob's ¥10 sharer's commission; told privately: Bob."
        ]
        assert any(r.private_to == "bob" and "¥10" in r.text for r in replies)


async def test_the_chats_undo_with_no_commission_says_none(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "/groupbuy Mangoes price 100 target 1")
        await world.say("family", "dan", "+1")
        await world.say("family", "amy", "/close")
        await world.say("family", "amy", "/paid 1-1")

        replies = await world.say("family", "amy", "/unpaid 1-1")

        assert replies[0].text == (
            "Undone: order #1-1 of Dan is not paid again (no refund); they were told privately."
        )
        assert not [r for r in replies if r.private_to == "amy"]
