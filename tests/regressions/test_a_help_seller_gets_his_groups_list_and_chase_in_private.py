"""Dan help-sells Amy's 芒果 in the neighbours' group. In his private chat with the bot, `名单 #1` was
answered "你没有开过团购 #1（只有它的团长能看名单）", `催款 #1` likewise, though both work for him in the
neighbours' group. In private a help-seller gets his group's list, headed by its name, and his 催款
reminds his group as it does there; selling it in two groups, he is told to send it in the one meant."""

from __future__ import annotations

from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat


async def _sold() -> tuple[Chat, Chat]:
    family, neighbours = await help_sold(
        "接龙 芒果 价格 10 截止 2小时", chat_id="neighbours", title="Neighbours", seller="dan"
    )
    await family.say("cat", "+1")
    await neighbours.say("nina", "+2")
    await neighbours.say("olga", "+1")
    return family, neighbours


async def test_a_help_seller_gets_his_groups_list_in_private() -> None:
    _, neighbours = await _sold()

    listed = await neighbours.say("dan", "名单 #1", private=True)

    assert (
        neighbours.said(listed) == "「Neighbours」：📋 芒果（#1）接龙名单，共 2 条：\n1. Nina ×2\n2. Olga ×1"
    )


async def test_a_help_sellers_chase_in_private_reminds_his_group() -> None:
    family, neighbours = await _sold()
    await family.say("amy", "截单")

    chased = await neighbours.say("dan", "催款 #1", private=True)

    [posted] = [r.text for r in chased if r.chat_id == "neighbours"]
    assert posted.startswith("💸 催款：芒果（#1）还有 2 个订单未付款：\n• Nina（订单 #1-2）\n• Olga（订单")
    assert "Cat" not in posted  # Amy's group's buyer: not his to chase
    [answer] = [r.text for r in chased if r.chat_id is None and not r.private_to]  # in his private chat
    assert answer == "已在「Neighbours」为团购 #1 催款（只提到那个群的买家）：还有 2 位未付款。"


async def test_selling_it_in_two_groups_he_is_told_where_to_send_it() -> None:
    family, neighbours = await _sold()
    street = Chat(family.app, chat_id="street", title="Street")
    await street.say("dan", "帮卖 #1")

    listed = await neighbours.say("dan", "名单 #1", private=True)

    assert neighbours.said(listed) == (
        "你在「Neighbours」、「Street」帮卖团购 #1：想看哪个群的名单，就在那个群里发“名单 #1”。"
    )


async def test_someone_selling_nothing_is_still_told_it_is_not_his() -> None:
    _, neighbours = await _sold()

    listed = await neighbours.say("nina", "名单 #1", private=True)

    assert neighbours.said(listed).startswith("你没有开过团购 #1（只有它的团长能看名单）")
