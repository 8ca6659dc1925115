"""Review 68 item 1: Cat reported ¥100 of her ¥176 order #1-2, then `尾款付了` (the top-up, right), then
`尾款付了` again: the second was filed as a payment of her other, unpaid order #3-2 (another organiser's
Tea), its organiser asked to confirm money Cat never sent. Said again with the rest already reported,
`the rest` words repeat that report: nothing is reported of any other order."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _rest_reported(*, english: bool) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Mangoes price 88" if english else "接龙 芒果 价格 88", name="Amy")
    await chat.say("cat", "+2", name="Cat")
    await chat.say("amy", "/close" if english else "截单", name="Amy")
    await chat.say("ken", "/groupbuy Tea price 30" if english else "接龙 茶 价格 30", name="Ken")
    await chat.say("cat", "+1 #2", name="Cat")
    await chat.say("ken", "/close #2" if english else "截单 #2", name="Ken")
    await chat.say("cat", "/ipaid 1-1 100" if english else "我已付款 1-1 100元", name="Cat")
    rest = chat.private(await chat.say("cat", "paid the rest 👍" if english else "尾款付了", name="Cat"))
    assert "ken" not in rest and "amy" in rest, rest  # the top-up of #1-1, Amy asked
    return chat


async def test_the_rest_said_again_repeats_its_report() -> None:
    chat = await _rest_reported(english=False)

    replies = await chat.say("cat", "尾款付了", name="Cat")

    told = chat.private(replies)
    assert "ken" not in told, told  # Ken is never asked about #2-1
    assert "#2-1" not in chat.said(replies), chat.said(replies)
    said = chat.said(replies)
    assert said.startswith("你已经说过订单 #1-1 已付款，正在等团长确认，没有任何改动。"), replies
    assert "💸" not in await chat.card(2)


async def test_in_english_too() -> None:
    chat = await _rest_reported(english=True)

    replies = await chat.say("cat", "paid the rest 👍", name="Cat")

    told = chat.private(replies)
    assert "ken" not in told, told
    assert chat.said(replies).startswith("You already said order #1-1 is paid"), replies
