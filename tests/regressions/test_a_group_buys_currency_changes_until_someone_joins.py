"""Review 33: an organiser in Singapore opened in the default ¥ (TUAN_CURRENCY is CNY) and `/edit #1 currency
SGD`, with nobody on it, was refused "people joined at that"; `… payment PayNow 91234567 currency SGD` kept
"currency SGD" as words of the payment note and priced the buy in ¥. The currency now changes until someone
joins (the amounts kept, said in the new one), and a currency named inside the payment note is the
currency."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_currency_changes_while_nobody_joined_and_not_after() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Durian price 68/kg tiers 10:62 ends 2h")
    [answer] = [r.text for r in await chat.say("amy", "/edit #1 currency SGD") if r.text]
    assert answer == "Updated Durian (#1): price S$68/kg, tiers from 10 kg S$62/kg, currency SGD."
    assert "S$68/kg" in await chat.card()
    await chat.say("bob", "+1")
    [refused] = [r.text for r in await chat.say("amy", "/edit #1 currency GBP") if r.text]
    assert refused == (
        "The currency cannot change (this group buy is priced in SGD, and people joined at that). "
        "Nothing was changed."
    )


async def test_a_currency_change_in_private_is_told_to_the_group_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 榴莲 价格 68.5 截止 2小时")
    replies = await chat.say("amy", "修改 #1 币种 JPY", private=True)
    assert [r.text for r in replies if r.text] == [
        "现在的价格用 JPY 写不出来（JPY 没有小数），没有任何改动。"
        "请把价格一起写上，例如：修改 #1 币种 JPY 价格 68"
    ]
    replies = await chat.say("amy", "修改 #1 币种 SGD", private=True)
    told = [r.text for r in replies if r.chat_id == "family" and r.text]
    assert told == ["🛒 榴莲（#1）\n币种改为 SGD：S$68.50"]


async def test_a_currency_inside_the_payment_note_is_the_currency() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    typed = "/groupbuy Prawns price 32 ends 2h payment PayNow 91234567 currency SGD"
    [opened] = [r.text for r in await chat.say("amy", typed) if r.text]
    assert opened.startswith("Group buy #1 is open: Prawns at S$32 each.")
    await chat.say("bob", "+1")
    told = " ".join(r.text for r in await chat.say("amy", "/close") if r.private_to == "bob" and r.text)
    assert "S$32" in told and "PayNow 91234567" in told and "currency SGD" not in told
    await chat.say("amy", "接龙 芒果 价格 30 截止 2小时 收款方式 微信转账 币种 HKD")
    await chat.say("bob", "+1 #2")
    told = " ".join(r.text for r in await chat.say("amy", "截单 #2") if r.private_to == "bob" and r.text)
    assert "HK$30" in told and "微信转账" in told and "币种" not in told
