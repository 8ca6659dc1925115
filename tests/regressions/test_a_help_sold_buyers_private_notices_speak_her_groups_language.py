"""Gil bought Amy's 草莓 in the club, which Eve help-sells there with the club's `/lang en`, and his order
came in English; yet what Amy's group said about his order later reached him privately in Chinese, the
language of Amy's group: the payment note set after the close (`收款方式 …`: "Amy 告诉你订单 #1-1（草莓，
¥78）的付款方式：…"), her 未收到 to the payment he reported, her taking his line off the list, and the
cancel told to a buyer who joined from a private chat with the club's share code. Each now speaks his own
language when it is known, else the language of the group he bought in, as his order did."""

from __future__ import annotations

import re

from tests.helpsell_chats import bought_in_the_english_club, listed_in_the_english_club


async def test_the_payment_note_set_after_the_close_speaks_his_groups_language() -> None:
    family, _ = await bought_in_the_english_club()

    told = family.private(await family.say("amy", "收款方式 转账给 Amy 微信"))

    assert told["gil"] == "Amy says how to pay for your order #1-1 (草莓, ¥78): 转账给 Amy 微信"


async def test_a_rejected_report_speaks_his_groups_language() -> None:
    family, club = await bought_in_the_english_club(language="fr")  # his app's language is one the bot lacks
    await club.say("gil", "/ipaid", language="fr")

    told = family.private(await family.say("amy", "未收到 1-1"))

    assert told["gil"] == (
        "Amy has not received your payment of ¥78 for order #1-1 (草莓) yet. "
        "Please check it, then send /ipaid 1-1 again once it is paid."
    )


async def test_his_own_private_language_still_wins() -> None:
    family, _ = await bought_in_the_english_club()
    await family.say("gil", "/lang zh", private=True)

    told = family.private(await family.say("amy", "收款方式 转账给 Amy 微信"))

    assert told["gil"] == "Amy 告诉你订单 #1-1（草莓，¥78）的付款方式：转账给 Amy 微信"


async def test_taking_his_line_off_speaks_his_groups_language() -> None:
    family, club = await listed_in_the_english_club()
    await club.say("gil", "+1")

    told = family.private(await family.say("amy", "踢出 #1 Gil"))

    assert told["gil"] == "Amy removed you (×1) from 草莓 (#1). If this is a mistake, ask Amy."


async def test_a_cancel_told_to_who_joined_with_the_clubs_code_speaks_the_clubs_language() -> None:
    family, club = await listed_in_the_english_club()
    await club.say("hal", "+1")
    found = re.search(r"(?:团|(?<![\w#-]))\d+-\w{4}", club.shared(await club.say("hal", "/share")))
    assert found is not None, "the club's share code"
    await family.say("wang", f"+1 {found.group(0)}", private=True)

    told = family.private(await family.say("amy", "取消 #1 确认"))

    assert told["wang"] == (
        "🚫 草莓 (#1, organised by Amy), which you joined, was cancelled and will not go ahead; "
        "nobody is charged."
    )
