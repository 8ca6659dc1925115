"""rep85 #10: the console's refund form, asked for 2 of an option the order holds 1 of, answered with chat
commands (`…退部分：退款 2-2 大盒 1；按金额退：退款 2-2 ¥63 原因。`); so did an option the order does not
hold. Now it says it in the form's words (退几份 最多填 1；或清空规格、在退款金额里填 ¥63). The Orders page
mixed half-width brackets into Chinese (`¥33 (订单 ¥96)`, `周叔 (赵奶奶)`, `Amy (团长)`): full-width now."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from commerce.domain.order import OrderStatus
from tests.unit.bot.console.console_client import console_world, post_form

ERRORS = re.compile(r'class="[^"]*(?:error|flash)[^"]*"[^>]*>([^<]*)<')

OVER = {
    "zh": "订单 #1-1 只剩 2 份 大盒 可退，退不了 3 份，没有任何改动。"
    "退几份 最多填 2；或清空规格、在退款金额里填 ¥30。",
    "en": "Order #1-1 has only 2 × 大盒 left to refund, so 3 can't be refunded. Nothing was changed. "
    "Fill in at most 2 under How many; or clear the option and fill in ¥30 under Amount.",
}
LEFT = {  # all that is left (¥25) offered too (rep91 #5)
    "zh": "订单 #1-1 已经退过 ¥15，只剩 1 份 大盒 可退，退不了 2 份，没有任何改动。退几份 最多填 1；"
    "或清空规格、在退款金额里填 ¥15；剩下的 ¥25 全部退：在退款金额里填 ¥25。",
    "en": "Order #1-1 has had ¥15 refunded already: only 1 × 大盒 left to refund, so 2 can't be refunded. "
    "Nothing was changed. Fill in at most 1 under How many; or clear the option and fill in ¥15 under "
    "Amount; to refund all that is left, fill in ¥25 under Amount.",
}
NOT_HELD = {
    "zh": "订单 #1-2 里没有“大盒”，只有 小盒，没有任何改动。这单还可退 ¥10：按规格退请选它有的规格；"
    "或清空规格、在退款金额里填金额（不填就全部退）。",
    "en": "Order #1-2 has no “大盒”, only 小盒. Nothing was changed. ¥10 is left to refund on it: pick one "
    "of its options to refund units, or clear the option and fill in an Amount (leave it empty to refund "
    "all of it).",
}


async def _paid(world) -> None:  # type: ignore[no-untyped-def]
    await world.say("family", "amy", "接龙 粽子 规格 大盒:15,小盒:10 成团 2")
    await world.say("family", "bob", "大盒+2")
    await world.say("family", "bob", "小盒+1")  # #1-1: ¥40, two lines
    await world.say("family", "cat", "小盒+1 帮 赵奶奶")  # #1-2: ¥10, for her friend
    await world.say("family", "amy", "截单 #1")
    await world.say("family", "amy", "已收 1-1 1-2")


async def _refund(client, order: str, **form: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    sent = await post_form(client, "/orders/refund", {"order": order, "confirm": "yes", **form})
    said = " ".join(ERRORS.findall(html.unescape(sent.text)))
    return sent.status_code, said


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_wrong_count_or_option_is_answered_in_the_forms_words(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await _paid(world)
        client = await world.member("amy")
        client.cookies.set("lang", lang)

        assert await _refund(client, "1-1", option="大盒", count="3") == (422, OVER[lang])
        assert await _refund(client, "1-2", option="大盒", count="1") == (422, NOT_HELD[lang])
        async with world.app.uow_factory() as uow:
            [bob, cat] = await uow.orders.for_group_buy(1)
        assert (bob.refunded_part, cat.refunded_part) == (0, 0)  # nothing changed

        done, _ = await _refund(client, "1-1", option="大盒", count="1")
        assert done == 303
        assert await _refund(client, "1-1", option="大盒", count="2") == (422, LEFT[lang])
        async with world.app.uow_factory() as uow:
            [bob, _] = await uow.orders.for_group_buy(1)
        assert (bob.status, bob.refunded_part) == (OrderStatus.PAID, 1500)


async def test_the_orders_page_writes_chinese_brackets_full_width(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _paid(world)
        client = await world.member("amy")
        client.cookies.set("lang", "zh")
        page = html.unescape((await client.get("/orders")).text)
        client.cookies.set("lang", "en")
        english = html.unescape((await client.get("/orders")).text)

    assert "<td>¥30（订单 ¥40）</td>" in page  # Bob's 大盒 line of his ¥40 order
    assert "<td>Cat（赵奶奶）</td>" in page
    assert "Amy（团长）" in page
    assert " (" not in "".join(re.findall(r"<td>([^<]*)</td>", page))
    assert "<td>¥30 (order ¥40)</td>" in english
    assert "<td>Cat (赵奶奶)</td>" in english
