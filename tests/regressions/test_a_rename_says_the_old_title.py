"""Session 15 review (fe 31): `/edit #9 Korean Strawberries` answered "Updated Korean Strawberries (#9):
title Korean Strawberries.", the new title twice and the old one nowhere. A rename alone now reads
"Renamed Strawberries (#1) to Korean Strawberries."; with other changes, "renamed from Strawberries"."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_rename_says_the_old_title() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Strawberries price 30")

    renamed = chat.said(await chat.say("amy", "/edit #1 Korean Strawberries limit 3"))
    again = chat.said(await chat.say("amy", "修改 #1 标题 韩国草莓"))

    assert renamed == "Updated Korean Strawberries (#1): renamed from Strawberries, limit 3."
    assert again == "已把 Korean Strawberries（#1）改名为 韩国草莓。"
