"""Session 24: a help-sold (帮卖) group buy's close sent its organiser two private messages saying the same
totals: `📊 芒果（#1）各群合计 3 个订单、4 份…` and her summary `已截单：…共 3 个订单、4 份，应收 ¥40…`. It
is now one message, her summary, with each group's own orders and units under it (`各群：开团群 1 个订单、
1 份；公司群（Bob 帮卖）2 个订单、3 份…`), once, however it closed: `截单` in the group, `/close #1` in
private, the deadline, the console's Close now (by her or by an admin). Each group still reads only its
own orders and units."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold
from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.handlers.conftest import Chat

SAID = {
    "zh": {
        "open": "接龙 芒果 价格 10 成团 1 截止 2小时",
        "summary": "已截单：芒果（#1）成团了，¥10/份，共 3 个订单、4 份，应收 ¥40。"
        "群里已通知，每位买家的订单已私信发送（收不到私信的会在群里收到提示）。"
        "收到付款后发“已收”加订单号确认（例如 已收 1-1），群里或这里都可以。"
        "\n还没有设置收款方式，买家只能来问你：发 收款方式 #1 微信 你的微信号"
        "（写你自己的方式和账号）设置，还没付款的买家都会收到通知。"
        "\n还没有设置自提点：发 自提 #1 小区南门 明天下午5点"
        "（写你自己的地点和时间）设置。\n"
        "各群：开团群 1 个订单、1 份；公司群（Bob 帮卖）2 个订单、3 份"
        "（每个群里只公布本群的订单和份数）。",
        "family": "✅ 芒果（#1）成团了：¥10/份，共 1 个订单、1 份。",
        "office": "✅ 芒果（#1）成团了：¥10/份，共 2 个订单、3 份。",
    },
    "en": {
        "open": "/groupbuy Mangoes price 10 target 1 ends 2h",
        "summary": "Closed: Mangoes (#1) succeeded at ¥10 each: 3 orders, 4 units, ¥40 to collect. The group "
        "was told and each buyer's order was sent privately (anyone I cannot message is told in the group). "
        "When a buyer pays you, confirm it with /paid and the order "
        "number (e.g. /paid 1-1), here or in the group."
        "\nNo way to pay is set, so buyers have to ask you: set it with /payment #1 PayPal you@example.com "
        "(your own method and account); each buyer who owes is told."
        "\nNo pickup is set: set it with /pickup #1 Gate 3 tomorrow 17:00 (your own place and time).\n"
        "By group: 1 order, 1 unit in the group buy's own group; 2 orders, 3 units in 公司群 (help-sold by "
        "Bob) (each group is told only its own orders and units).",
        "family": "✅ Mangoes (#1) succeeded at ¥10 each: 1 order, 1 unit.",
        "office": "✅ Mangoes（#1）成团了：¥10/份，共 2 个订单、3 份。",  # listed with 帮卖 #1: Chinese
    },
}


async def _sold(lang: str, clock: FakeClock | None = None) -> tuple[Chat, Chat]:
    # her rate typed in the test's language: her own language, as stored, decides her private summary
    rate = "帮卖 开 10%" if lang == "zh" else "/helpsell on 10%"
    family, office = await help_sold(
        SAID[lang]["open"], factory=FakeUnitOfWorkFactory(), clock=clock, rate=rate
    )
    await family.say("cat", "+1")
    await office.say("dan", "+2")
    await office.say("eve", "+1")
    return family, office


def _hers(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies if reply.private_to == "amy" and reply.text]


def _group(replies: list[Reply], chat_id: str) -> list[str]:
    return [r.text for r in replies if r.chat_id == chat_id and r.text and not r.private_to and not r.is_card]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_close_in_her_group_tells_her_once(lang: str) -> None:
    family, _ = await _sold(lang)

    closed = await family.say("amy", "截单" if lang == "zh" else "/close")

    assert _hers(closed) == [SAID[lang]["summary"]]
    [in_family] = _group(closed, "family")
    [in_office] = _group(closed, "office")
    assert in_family.startswith(SAID[lang]["family"]) and in_office.startswith(SAID[lang]["office"])
    assert "Dan" not in in_family and "Cat" not in in_office  # each group its own orders only


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_close_in_private_is_her_answer_there_and_nothing_more(lang: str) -> None:
    family, _ = await _sold(lang)

    closed = await family.say("amy", "截单 #1" if lang == "zh" else "/close #1", private=True)

    answers = [r.text for r in closed if r.text and r.chat_id is None and not r.private_to]
    assert answers == [SAID[lang]["summary"]]
    assert _hers(closed) == []  # no second message in her private chat
    assert _group(closed, "family")[0].startswith(SAID[lang]["family"])


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_deadline_tells_her_once(lang: str) -> None:
    clock = FakeClock()
    family, _ = await _sold(lang, clock)
    clock.advance(hours=3)

    expired = await family.app.expire(1)

    assert _hers(expired) == [SAID[lang]["summary"]]
    assert _group(expired, "family")[0].startswith(SAID[lang]["family"])
    assert await family.app.expire(1) == []


@pytest.mark.parametrize("by", ["amy", "root"])
async def test_the_consoles_close_tells_her_once(tmp_path: Path, by: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Avocado", target=1)
        await world.say("family", "amy", "/helpsell on 10%")
        await world.say("office", "bob", f"/helpsell #{gid}")
        await world.say("family", "cat", "+1")
        await world.say("office", "dan", "+2")
        client = await (world.member("amy") if by == "amy" else world.admin("root"))
        since = len(await world.outbox_rows())

        assert (await post_form(client, f"/group-buys/{gid}/close")).status_code == 303

        rows = [json.loads(row["payload"])["reply"] for row in (await world.outbox_rows())[since:]]
        hers = [reply["text"] for reply in rows if reply.get("private_to") == "amy" and reply.get("text")]
        assert len(hers) == 1, hers
        by_admin = f"Admin root closed your Avocado (#{gid}).\n" if by == "root" else ""  # who, when not her
        summary = f"Closed: Avocado (#{gid}) succeeded at ¥10 each: 2 orders, 3 units"
        assert hers[0].startswith(by_admin + summary)
        assert hers[0].endswith(
            "\nBy group: 1 order, 1 unit in Family Group; 1 order, 2 units in Office Group "
            "(help-sold by Bob) (each group is told only its own orders and units)."
        ), hers
