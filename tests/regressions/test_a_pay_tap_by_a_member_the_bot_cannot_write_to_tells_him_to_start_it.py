"""Session 28 (rep44 #2): Pay tapped on a Stars group buy's card by a member who never started the bot
was answered "Payment request sent" while the invoice got a 403 and nothing arrived; a second tap, the
same. He believed he had paid, or had a bill, and his order lapsed. Now, when the bot knows it cannot
write to him (a refusal seen before, or the invoice's own refusal now), the tap is answered with an alert
telling him to open the bot and tap Start first, as Share's is, and the group names him once; a member
the bot can write to gets his invoice and the toast. Through the fake Bot API, with the outbox rows (as
`tuan run telegram` sends) and without them, in Chinese and English."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram.methods import AnswerCallbackQuery
from aiogram.types import Update

from tests.adapters.telegram.fake_api import BOT_USERNAME, FakeBotAPI, User
from tests.adapters.telegram.wiring import wired

GROUP = -100
AMY = User(1, "Amy", language_code="zh")  # the organiser: started the bot
BOB = User(2, "Bob", language_code="zh")  # started the bot
DAN = User(4, "Dan", language_code="zh")  # never started it

ALERT = {
    "zh": "我还不能私聊你，付款单发不出去：请先打开 @{bot} 点“开始”，再点一次付款。",
    "en": "I can't send you the payment request: open @{bot} and tap Start first, then tap Pay again.",
}
SENT = {"zh": "付款请求已发送", "en": "Payment request sent"}
START_ME = {
    "zh": "Dan，我还不能私聊你：请打开 @{bot} 点“开始”，之后订单和链接会私聊发给你。",
    "en": "Dan, I can't write to you in private yet: open @{bot} and tap Start, so I can send you "
    "your order and links.",
}
SAID = {
    "zh": ["/lang zh", "接龙 贴纸 价格 50⭐", "+1", "截单"],
    "en": ["/lang en", "/groupbuy Stickers price 50⭐", "/join", "/close"],
}


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=1000).start()
    server.started.update({AMY.id, BOB.id})
    server.admins.add((GROUP, AMY.id))
    yield server
    await server.stop()


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("through_rows", [True, False], ids=["outbox rows", "replies"])
async def test_a_pay_tap_by_a_member_the_bot_cannot_write_to_tells_him_to_start_it(
    api: FakeBotAPI, through_rows: bool, language: str
) -> None:
    wiring = wired(api.token, api.base_url, through_rows=through_rows)
    bot, adapter, sender = wiring.bot, wiring.adapter, wiring.sender

    settle = wiring.settle

    async def say(user: User, text: str) -> None:
        raw = api.push(api.message(GROUP, user, text))
        update = Update.model_validate(raw, context={"bot": bot})
        await adapter.on_message(update.message, update_id=update.update_id)  # type: ignore[arg-type]
        await settle()

    async def pay(user: User) -> AnswerCallbackQuery:
        card = next(m for m in api.messages[GROUP].values() if "gb:pay:1" in str(m.reply_markup))
        raw = api.push(api.tap(GROUP, user, card.message_id, "gb:pay:1"))
        update = Update.model_validate(raw, context={"bot": bot})
        answer = await adapter.tap_answer(update.callback_query)  # type: ignore[arg-type]
        assert answer is not None
        await settle()
        return answer

    def named() -> int:
        return sum(text.count(START_ME[language].format(bot=BOT_USERNAME)) for text in api.texts(GROUP))

    lang, open_, join, close = SAID[language]
    try:
        await say(AMY, lang)
        await say(AMY, open_)
        for user in (BOB, DAN):
            await say(user, join)
        await say(AMY, close)  # Dan's order is refused: the group names him
        assert named() == 1

        for _ in range(2):  # the refusal seen at the close, then the invoice's own
            answer = await pay(DAN)
            assert (answer.text, answer.show_alert) == (ALERT[language].format(bot=BOT_USERNAME), True)
        sender.refused.clear()  # a process that saw no refusal: the invoice's 403 now tells it
        answer = await pay(DAN)
        assert (answer.text, answer.show_alert) == (ALERT[language].format(bot=BOT_USERNAME), True)
        assert named() == 1  # named once
        assert not [c for c in api.sent("sendInvoice") if c.params["chat_id"] == DAN.id and c.status == 200]

        answer = await pay(BOB)  # the bot can write to him: his invoice, and the toast
        assert (answer.text, bool(answer.show_alert)) == (SENT[language], False)
        assert [c.params["currency"] for c in api.sent("sendInvoice", BOB.id)] == ["XTR"]
    finally:
        await wiring.close()
