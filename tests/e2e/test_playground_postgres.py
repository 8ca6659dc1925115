"""The playground on PostgreSQL: a short journey, and a restart that keeps the chats (the run's server)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from handlers.texts import t

if TYPE_CHECKING:
    from tests.e2e.conftest import Playground

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]


async def test_a_short_journey_on_postgresql(postgres_playground: Playground) -> None:
    pg = postgres_playground
    opened = pg.say("family", "amy", "接龙 阳光玫瑰葡萄 2斤 价格 39.9 阶梯 3:35 成团 3 截止 明天 20:00")
    gb = next(r["card_of"] for r in opened["replies"] if r["card_of"])
    pg.say("family", "bob", "+2", update_id=1)
    pg.say("family", "bob", "+2", update_id=1)  # a repeat changes nothing
    pg.say("family", "cat", "+1")
    pg.say("family", "amy", "截单")

    assert t("zh", "card_succeeded", price="¥35", count=3) in pg.card("family", gb)["text"]
    assert "2 × ¥35 = ¥70" in pg.messages("bob")[-1]["text"]
    assert "1 × ¥35 = ¥35" in pg.messages("cat")[-1]["text"]

    before = pg.messages("family")
    assert pg.stop() == 0
    pg.start()
    assert pg.messages("family") == before
