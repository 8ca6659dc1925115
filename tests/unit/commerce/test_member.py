"""Members: one identity per platform and user, and one way to compare the names people type."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from commerce.domain.member import Member, identity, name_key

WHEN = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)


def test_the_identity_is_qualified_by_the_platform() -> None:
    assert identity("telegram", "123") == "telegram:123"
    assert identity("wechat", "wxid_x") != identity("playground", "wxid_x")


@pytest.mark.parametrize(
    ("typed", "key"),
    [("@Bob", "bob"), ("BOB", "bob"), ("＠Ｂｏｂ", "bob"), ("  @Amy   Wang ", "amy wang"), ("@王五", "王五")],
)
def test_a_name_is_compared_without_case_at_sign_width_or_extra_spaces(typed: str, key: str) -> None:
    assert name_key(typed) == key


def test_a_member_answers_to_their_display_name_username_or_alias_only() -> None:
    bob = Member("telegram:7", "telegram", "7", "Bob Li", "bobby", "en", WHEN, WHEN)

    assert bob.answers_to("@bob li") and bob.answers_to("BOBBY") and bob.answers_to("小李", alias="小李")
    assert not bob.answers_to("Bob") and not bob.answers_to("小李") and not bob.answers_to("@")
