"""Review 35, finding 7: Amy's `名单 #1`, `我的团` and `导出` named no commission (¥64.80 paid to sharers and
help-sellers out of her ¥1,080), and her `我的收益` only told her to "share and earn". 名单 and 我的团 now
say what her group buy pays (`分享/帮卖佣金 ¥15.60`) when it pays any, and an organiser who earned nothing
herself is told where that is shown."""

from __future__ import annotations

import re

import pytest

from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": ("接龙 芒果 价格 78", "佣金 10%", "分享", "截单 #1", "已收 1-1", "名单 #1", "我的团", "我的收益"),
    "en": ("/groupbuy Mangoes price 78", "/commission 10%", "/share", "/close #1", "/paid 1-1", "/list #1",
           "/mine", "/earnings"),
}  # fmt: skip
SAID = {
    "zh": (
        "💰 已收 ¥156 · 待收 ¥78\n🤝 分享/帮卖佣金 ¥15.60（从你的收款里付给分享者和帮卖团长）",
        "#1 芒果 · 已成团 · 3 份，2 个订单 · 已收 ¥156，待收 ¥78 · 分享/帮卖佣金 ¥15.60",
        "还没有收益。你开的团付给分享者和帮卖团长的佣金在“名单 #团号”和“我的团”里；"
        "分享团购链接，朋友通过它付款后你也有佣金。",
    ),
    "en": (
        "🤝 Sharer / help-seller commission: ¥15.60 (paid out of what you collect)",
        "sharer / help-seller commission ¥15.60",
        "Nothing earned yet. What your group buys pay sharers and help-sellers is in /list #N and /mine; "
        "share a group buy's link, and you earn on what the friends it brings pay.",
    ),
}


async def _shared_and_paid(lang: str) -> Chat:
    opened, rate, share, close, paid = WORDS[lang][:5]
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opened)
    await chat.say("amy", rate)
    code = re.search(r"\d+-\w{4}", chat.shared(await chat.say("cat", share)))
    assert code is not None
    await chat.say("dan", f"+2 {code.group(0)}")  # ¥156 through Cat's code: ¥15.60 to Cat
    await chat.say("bob", "+1")
    await chat.say("amy", close, private=True)
    await chat.say("amy", paid)
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_organiser_sees_the_commission_her_group_buy_pays(lang: str) -> None:
    chat = await _shared_and_paid(lang)
    listed, mine, earnings = WORDS[lang][5:]

    assert SAID[lang][0] in chat.said(await chat.say("amy", listed, private=True))
    assert SAID[lang][1] in chat.said(await chat.say("amy", mine, private=True))
    assert chat.said(await chat.say("amy", earnings, private=True)).endswith(SAID[lang][2])


async def test_a_group_buy_paying_no_commission_says_none() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 78")
    await chat.say("dan", "+2")
    await chat.say("amy", "截单 #1", private=True)
    await chat.say("amy", "已收 1-1")
    assert "佣金" not in chat.said(await chat.say("amy", "名单 #1", private=True))
    assert "佣金" not in chat.said(await chat.say("amy", "我的团", private=True))
    none = chat.said(await chat.say("dan", "我的收益", private=True))  # a buyer, no organiser
    assert none.endswith("还没有收益：分享团购链接，朋友通过它付款后你就有佣金。")


@pytest.mark.parametrize(
    ("lang", "export", "columns"),
    [
        ("zh", "导出 #1", ("分享者/帮卖", "佣金")),
        ("en", "/export #1", ("Sharer / help-seller", "Commission")),
    ],
)
async def test_the_export_names_who_earns_on_each_order_and_the_commission(
    lang: str, export: str, columns: tuple[str, str]
) -> None:
    chat = await _shared_and_paid(lang)

    sheets = [r.document.sheets[0] for r in await chat.say("amy", export, private=True) if r.document]

    assert sheets
    for sheet in sheets:
        assert tuple(column.title for column in sheet.columns[-2:]) == columns
        assert [row[-2:] for row in sheet.rows] == [("Cat", 1560), (None, None)]  # Dan's via Cat; Bob's: none
        assert sheet.totals[-1] == 1560


async def test_a_help_sellers_commission_is_named_too() -> None:
    family, office = await help_sold(
        "接龙 芒果 价格 100 截止 2小时",
        rate="帮卖 开 10%",
        listing="帮卖 #1",
        language="zh",
        default_language="zh",
    )
    await office.say("kim", "+1")
    await family.say("amy", "截单")
    await family.say("amy", "已收 1-1")

    assert "🤝 分享/帮卖佣金 ¥10" in family.said(await family.say("amy", "名单 #1", private=True))
    sheets = [r.document.sheets[0] for r in await family.say("amy", "导出 #1", private=True) if r.document]
    assert sheets and all([row[-2:] for row in sheet.rows] == [("Bob", 1000)] for sheet in sheets)
