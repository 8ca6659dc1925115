"""Session 35: below the payout minimum a chat pickup says `你现在可提现 ¥0.60，满 ¥10 才能申请提现。`
(review 76 #6), but a pickup marked in the admin console and the 7-day hold's sweep still said
`佣金现在可提现了，发“提现”申请`, and that 提现 is refused below the minimum. Both now say what she has to
withdraw and the minimum, never to send 提现; in Chinese and English."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

import pytest

from bot.commission_release import CommissionRelease
from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

CODE = re.compile(r"(?:团|(?<![\w#-]))\d+-[2-9A-HJKMNP-Z]{4}")
SAID = {
    "zh": ("接龙 果酱 价格 6", "佣金 10%", "分享", "截单", "已收 1-1 1-2"),
    "en": ("/groupbuy Jam price 6", "/commission 10%", "/share", "/close", "/paid 1-1 1-2"),
}
PICKED = {
    "zh": "Dan 已提货（果酱 订单 #1-1）：这单给你的 ¥0.60 佣金已入账。"
    "你现在可提现 ¥0.60，满 ¥10 才能申请提现。",
    "en": "Dan picked up order #1-1 of Jam: your ¥0.60 commission on it is now available. "
    "You have ¥0.60 to withdraw; payouts start at ¥10.",
}
SWEPT = {
    "zh": "你有 ¥0.60 佣金已入账：订单 #1-2 的待入账期已满。你现在可提现 ¥1.20，满 ¥10 才能申请提现。",
    "en": "¥0.60 of your commission is now available: the hold on #1-2 has ended. "
    "You have ¥1.20 to withdraw; payouts start at ¥10.",
}


async def _private(world: ConsoleWorld, since: int) -> dict[str, list[str]]:
    told: dict[str, list[str]] = {}
    for row in (await world.outbox_rows())[since:]:
        reply = json.loads(row["payload"])["reply"]
        if reply.get("private_to") and reply.get("text"):
            told.setdefault(reply["private_to"], []).append(reply["text"])
    return told


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_console_pickup_and_hold_sweep_below_the_minimum_say_the_balance_and_the_minimum(
    tmp_path: Path, lang: str
) -> None:
    async with console_world(tmp_path) as world:  # the shop's payout minimum: ¥10 (the default)
        opening, rate, share, close, paid = SAID[lang]
        for member in ("amy", "bob", "dan", "eve"):
            await world.say(member, member, f"/lang {lang}", private=True)
        await world.say("family", "amy", opening)
        await world.say("family", "amy", rate)
        code = CODE.search("\n".join(r.text for r in await world.say("family", "bob", share)))
        assert code is not None
        await world.say("family", "dan", f"+1 {code.group(0)}")  # #1-1, Bob earns ¥0.60
        await world.say("family", "eve", f"+1 {code.group(0)}")  # #1-2, Bob earns ¥0.60
        await world.say("family", "amy", close)
        await world.say("family", "amy", paid)
        since = len(await world.outbox_rows())

        amy = await world.member("amy")
        assert (await post_form(amy, "/orders/picked-up", {"pick_1-1": "on"})).status_code == 303
        assert (await _private(world, since))["bob"] == [PICKED[lang]]

        sweep = CommissionRelease(
            world.app.uow_factory, world.clock, hold=timedelta(days=7), notices=world.app
        )
        world.clock.advance(days=8)
        told = [reply.text for reply in await sweep.told() if reply.private_to == "bob"]
        assert told == [SWEPT[lang]]
