"""`tuan run wechat` against a real wechaty puppet service (the Node gateway): connecting and refusing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.adapters.wechat.gateway import Gateway, TuanWeChat

pytestmark = pytest.mark.e2e


@pytest.fixture
def gateway(tmp_path: Path) -> Iterator[Gateway]:
    running = Gateway(tmp_path).start()
    yield running
    running.stop()


def test_tuan_logs_in_answers_nothing_it_should_not_and_stops_on_sigterm(
    gateway: Gateway, tmp_path: Path
) -> None:
    tuan = TuanWeChat(tmp_path, gateway).start()
    try:
        said = gateway.say("李四", "今天天气不错")  # chatter: not for the bot

        assert gateway.transcript(said["seq"], wait=1, bot_only=True) == []
    finally:
        assert tuan.stop() == 0, tuan.output()


def test_a_wrong_token_is_one_clear_line(gateway: Gateway, tmp_path: Path) -> None:
    tuan = TuanWeChat(tmp_path, gateway, TUAN_WECHATY_TOKEN="not-the-token").start(wait_until_serving=False)

    assert tuan.wait() == 2
    assert (
        f"tuan: the wechaty puppet service at {gateway.endpoint} refused the connection "
        "(is TUAN_WECHATY_TOKEN right?)"
    ) in tuan.output()
