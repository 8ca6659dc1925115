"""The organiser's own words (payment note, pickup point) are kept as typed, though the parser reads an
NFKC-normalised copy of the message; and the terms' refusals and amounts read well in both languages."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from handlers.parsing.commands import normalize, parse_text
from handlers.parsing.terms import parse_terms
from handlers.parsing.typed import as_typed
from handlers.registry import VOCABULARY
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=TZ)


def rest_as_typed(message: str) -> str:
    command = parse_text(message, vocabulary=VOCABULARY, bot_username="tuan_bot")
    assert command is not None
    return as_typed(message, command.rest)


@pytest.mark.parametrize(
    ("message", "typed"),
    [
        ("收款方式 自提时付现金，限购前请先转账", "自提时付现金，限购前请先转账"),
        ("收款方式 微信：Amy。", "微信：Amy。"),  # the full stop the parser drops is the organiser's
        ("／payment　ＰａｙＰａｌ：amy ", "ＰａｙＰａｌ：amy"),
        ("/payment@tuan_bot 现金，谢谢", "现金，谢谢"),
        ("  收款方式   转账\n给 Amy  ", "转账\n给 Amy"),  # spaces inside are the domain's to fold
        ("/payment 1㎏ of cash", "1㎏ of cash"),
        ("/payment 现金，谢谢 @tuan_bot", "现金,谢谢"),  # cannot be lined up: the parser's copy
    ],
)
def test_the_rest_of_a_command_as_typed(message: str, typed: str) -> None:
    assert rest_as_typed(message) == typed


def test_a_part_in_the_middle_as_typed() -> None:
    typed = "接龙 芒果 价格 10 自提 南门，明天 收款方式 现金"
    cleaned = "芒果 价格 10 自提 南门,明天 收款方式 现金"
    start = cleaned.index("南门")
    assert as_typed(typed, cleaned, start, start + len("南门,明天")) == "南门，明天"
    assert as_typed(typed, cleaned, cleaned.index("现金")) == "现金"


def test_the_terms_keep_pickup_and_payment_note_as_typed() -> None:
    message = "接龙 芒果５斤 价格 88 自提 3栋（南门）， 收款方式：微信转账，备注：芒果！"
    command = parse_text(message, vocabulary=VOCABULARY)
    assert command is not None
    terms = parse_terms(command.rest, currency="CNY", now=NOW, tz=TZ, typed=message)
    assert (terms.title, terms.pickup, terms.payment_note) == (
        "芒果5斤",
        "3栋（南门）",
        "微信转账，备注：芒果！",
    )
    plain = parse_terms(command.rest, currency="CNY", now=NOW, tz=TZ)
    assert (plain.pickup, plain.payment_note) == ("3栋(南门)", "微信转账,备注:芒果")


def test_the_bots_name_before_the_note_does_not_stop_it_being_kept_as_typed() -> None:
    message = "/groupbuy 芒果 price 10 @tuan_bot payment 现金，谢谢"
    command = parse_text(message, vocabulary=VOCABULARY, bot_username="tuan_bot")
    assert command is not None
    terms = parse_terms(command.rest, currency="CNY", now=NOW, tz=TZ, typed=message)
    assert terms.payment_note == "现金，谢谢"


@pytest.mark.parametrize(
    ("lang", "opening", "expected"),
    [
        (
            "zh",
            "接龙 芒果 价格 88 阶梯 10:78,60:68 库存 50",
            "阶梯从 60 份开始，但库存只有 50 份，这个价格永远达不到。例如：库存 50 阶梯 10:78,20:68",
        ),
        (
            "en",
            "/groupbuy Mangoes price 88 tiers 10:78,60:68 stock 50",
            "A tier starts at 60 units, but the stock is only 50, so that price could never be reached. "
            "Example: stock 50 tiers 10:78,20:68",
        ),
        ("zh", "接龙 芒果 价格 88 库存 5 限购 6", "每人限购（6）比全部库存（5）还多。例如：库存 50 限购 3"),
        (
            "en",
            "/groupbuy Mangoes price 88 stock 5 limit 6",
            "The limit per person (6) is more than the whole stock (5). Example: stock 50 limit 3",
        ),
        (
            "zh",
            "接龙 芒果 价格 88 成团 6 库存 5",
            "库存（5）少于成团数量（6），永远无法成团。例如：成团 10 库存 50",
        ),
        (
            "zh",
            "接龙 手表 价格 1000000",
            "单价 ¥1,000,000 超过了每份上限 ¥100,000：是不是多打了一位数？例如：价格 88",
        ),
        (
            "en",
            "/groupbuy Watch price 100000.01",
            "A unit price of ¥100,000.01 is above the maximum of ¥100,000 per unit: "
            "is there a digit too many? Example: price 88",
        ),
        (
            "en",
            "/groupbuy \u200b\u202e price 10",
            "Say what you are selling before the price. "
            "Example: /groupbuy Mangoes 5kg price 88 target 10 ends 8pm",
        ),
    ],
)
async def test_terms_that_cannot_be_are_refused_and_nothing_opens(
    lang: str, opening: str, expected: str
) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language=lang)
    assert chat.said(await chat.say("amy", opening)) == expected
    assert factory.state.group_buys == {}


async def test_the_maximum_price_is_a_setting() -> None:
    chat = fake_chat(max_unit_price=500)
    refused = chat.said(await chat.say("amy", "/groupbuy Watch price 501"))
    assert refused.startswith("A unit price of ¥501 is above the maximum of ¥500 per unit")
    opened = chat.said(await chat.say("amy", "/groupbuy Watch price 500"))
    assert opened.startswith("Group buy #1 is open: Watch at ¥500 each.")
    unbounded = fake_chat(max_unit_price=None)
    assert "¥1,000,000 each" in unbounded.said(await unbounded.say("amy", "/groupbuy Watch price 1000000"))


async def test_pickup_and_payment_note_set_later_are_kept_as_typed_and_clean() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 88")

    pickup = chat.said(await chat.say("amy", "自提 3栋\u202e（南门） 明天下午5点"))
    note = chat.said(await chat.say("amy", "收款方式 支付宝：amy，谢谢！"))

    assert pickup == "好的，芒果（#1）的自提：3栋（南门） · 11月24日 周二 17:00"
    assert note == "好的，芒果（#1）的付款方式：支付宝：amy，谢谢！。每位买家的订单里都会写上。"
    terms = factory.state.group_buys[1].terms
    assert (terms.pickup, terms.payment_note) == ("3栋（南门）", "支付宝：amy，谢谢！")  # the time kept apart


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("收款方式 \u200b\u2066", "请写上怎么付款。例如：收款方式 微信转账给 Amy，或自提时付现金"),
        ("自提 \u3164", "请写上自提地点和时间。例如：自提 小区南门 明天下午5点"),
    ],
)
async def test_a_detail_with_nothing_to_see_is_refused_and_changes_nothing(text: str, expected: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 88 自提 南门 收款方式 现金")

    assert chat.said(await chat.say("amy", text)) == expected
    terms = factory.state.group_buys[1].terms
    assert (terms.pickup, terms.payment_note) == ("南门", "现金")


def visible(text: str) -> str:
    return "".join(normalize(text).split()).rstrip("!。.~")


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=30))
def test_a_note_kept_as_typed_always_reads_as_what_the_parser_read(note: str) -> None:
    message = f"收款方式 {note}"
    command = parse_text(message, vocabulary=VOCABULARY)
    assume(command is not None and command.name == "payment_note")
    assert command is not None
    kept = as_typed(message, command.rest)
    assert kept == command.rest or visible(kept) == visible(command.rest), (kept, command.rest)
    assert kept == kept.strip()
