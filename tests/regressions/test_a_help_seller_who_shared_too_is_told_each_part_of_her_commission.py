"""Bob help-sells Berries in the office group and shared it to Dan, whose order holds a ¥75 line by his
code (5%) and a ¥40 line made in his group (10%): he earns ¥3.75 share and ¥4 help-sell commission. His
private notices said one sum under one head: a refund `你帮卖的…帮卖佣金 ¥7.75 已扣回`, a payment two bare
lines `你赚了 ¥3.75 佣金` / `你赚了 ¥4 佣金`. Each now names both parts, each with its amount, headed as both,
in his language; and the organiser's answer to 撤销已收 names the two parts too."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, berries_help_sold_and_shared

PAID = {
    "zh": "Dan 付款了：你赚了 ¥7.75 佣金（草莓 订单 #1-1：帮卖佣金 ¥4、分享佣金 ¥3.75），待入账：",
    "en": "Dan paid: you earned ¥7.75 commission on order #1-1 of Berries (¥4 help-sell commission, ¥3.75"
    " sharer's commission). It is held until Dan picks it up",
}
PART = {
    "zh": "你帮卖、也分享带来的 草莓（#1）订单 #1-1 部分退款 ¥40，这单给你记的佣金扣回 ¥2.70（"
    "帮卖佣金 ¥1.39、分享佣金 ¥1.31），你留下 ¥5.05（按剩下的 ¥75 计）。",
    "en": "Order #1-1 of Berries (#1), which you help-sell and shared to its buyer, was refunded in part"
    " (¥40): ¥2.70 of the commission it earned you was taken back (¥1.39 help-sell commission, ¥1.31 sharer's"
    " commission), and you keep ¥5.05, in proportion to the ¥75 left.",
}
WHOLE = {
    "zh": "你帮卖、也分享带来的 草莓（#1）订单 #1-1 已退款 ¥75，这单给你记的佣金 ¥5.05 已扣回（"
    "帮卖佣金 ¥2.60、分享佣金 ¥2.45）。",
    "en": "Order #1-1 of Berries (#1), which you help-sell and shared to its buyer, was refunded (¥75): the"
    " ¥5.05 commission it earned you was taken back (¥2.60 help-sell commission, ¥2.45 sharer's commission).",
}
UNPAID = {
    "zh": (
        "你帮卖、也分享带来的 草莓（#1）订单 #1-1 的已收 ¥115 已撤销（之前误标为已收款），改回待付款，"
        "这单给你记的佣金 ¥7.75 已扣回（帮卖佣金 ¥4、分享佣金 ¥3.75）",
        "Bob 的帮卖佣金 ¥4、Bob 的分享佣金 ¥3.75",
    ),
    "en": (
        "Order #1-1 of Berries (#1), which you help-sell and shared to its buyer, is unpaid again (its ¥115"
        " payment had been marked received by mistake): the ¥7.75 commission it earned you was taken back"
        " (¥4 help-sell commission, ¥3.75 sharer's commission)",
        "Bob's ¥4 help-sell commission, Bob's ¥3.75 sharer's commission",
    ),
}


def _to_bob(replies: list) -> str:  # type: ignore[type-arg]
    return "\n".join(r.text for r in replies if r.private_to == "bob" and r.text)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_paid_and_refunded_name_the_help_sell_and_the_share_part(lang: str) -> None:
    family, _ = await berries_help_sold_and_shared(lang)
    paid = await family.say("amy", "已收 1-1" if lang == "zh" else "/paid 1-1", private=True, language=lang)
    part = await family.say("amy", "退款 1-1 40 坏了" if lang == "zh" else "/refund 1-1 40 bad", private=True)
    whole = await family.say("amy", "退款 1-1" if lang == "zh" else "/refund 1-1", private=True)

    assert PAID[lang] in _to_bob(paid), _to_bob(paid)
    assert _to_bob(paid).count("\n") == 1  # one line for the order, then where to see it all
    assert PART[lang] in _to_bob(part), _to_bob(part)
    assert WHOLE[lang] in _to_bob(whole), _to_bob(whole)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_undone_payment_names_both_parts_to_him_and_to_the_organiser(lang: str) -> None:
    family, _ = await berries_help_sold_and_shared(lang)
    await family.say("amy", "已收 1-1" if lang == "zh" else "/paid 1-1", private=True, language=lang)
    undone = await family.say("amy", "撤销已收 1-1" if lang == "zh" else "/unpaid 1-1", private=True)
    to_bob, to_amy = UNPAID[lang]

    assert to_bob in _to_bob(undone), _to_bob(undone)
    assert to_amy in Chat.said(undone), Chat.said(undone)
