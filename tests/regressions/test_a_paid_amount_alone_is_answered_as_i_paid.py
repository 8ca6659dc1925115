"""s28 (owed): Kim, with no order anywhere, sent `付了50` / `付了 7` and got nothing, while `我已付款` told
her she has no order here and where her orders are. A message that is only a paying word and an amount
is now answered as `我已付款` (`I paid`) is; with more words it stays talk (`付了50 谢啦`), and so do
`钱转了吗`, `还没转`."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": ("接龙 鸡蛋 价格 40", "截单", "我已付款", ("付了50", "付了 7", "已付 ¥156", "我付了50元")),
    "en": ("/groupbuy Eggs price 40", "/close", "I paid", ("paid 50", "paid $7", "I paid 156")),
}
TALK = {
    "zh": ("付了50 谢啦", "付了50，微信转的", "钱转了吗", "还没转", "付了", "付了2份 80"),
    "en": ("paid 50 thx amy!", "paid 50 via paynow", "paid for the parking", "paid?"),
}


async def _closed(language: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    opened, close, *_ = WORDS[language]
    await chat.say("amy", f"/lang {language}")
    await chat.say("amy", opened)
    await chat.say("lin", "+2")
    await chat.say("amy", close)
    return chat


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_paid_amount_alone_from_someone_with_no_order_is_answered_as_i_paid(language: str) -> None:
    chat = await _closed(language)
    _, _, i_paid, amounts = WORDS[language]
    answer = chat.said(await chat.say("kim", i_paid))
    assert answer.startswith("你在本群没有订单" if language == "zh" else "You have no order in this chat")

    for typed in amounts:
        assert chat.said(await chat.say("kim", typed)) == answer, typed


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_paid_amount_with_more_words_from_someone_with_no_order_stays_talk(language: str) -> None:
    chat = await _closed(language)

    for typed in TALK[language]:
        assert await chat.say("kim", typed) == [], typed
