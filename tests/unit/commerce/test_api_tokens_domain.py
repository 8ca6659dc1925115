"""Personal access tokens (commerce.domain.api_tokens): what a header gives, what is kept of a token,
and how a member is named on the command line."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest

from commerce.domain.api_tokens import bearer, identity_problem, issued, new_token


@pytest.mark.parametrize(
    ("header", "token"),
    [
        ("Bearer tuan_abc", "tuan_abc"),
        ("bearer  tuan_abc ", "tuan_abc"),
        (None, None),
        ("", None),
        ("Bearer", None),
        ("Bearer ", None),
        ("Basic dXNlcjpwdw==", None),
        ("Bearer two words", None),
    ],
)
def test_the_token_of_an_authorization_header(header: str | None, token: str | None) -> None:
    assert bearer(header) == token


def test_only_the_hash_and_the_first_characters_are_kept() -> None:
    token = new_token()
    assert token.startswith("tuan_") and len(token) == 48 and new_token() != token
    kept = issued(token, owner="playground:amy", label="  my sheet  ", now=datetime(2026, 1, 1, tzinfo=UTC))
    assert kept.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert (kept.prefix, kept.label, kept.owner, kept.owner_is_admin) == (
        token[:11],
        "my sheet",
        "playground:amy",
        False,
    )
    assert issued(token, owner="console:root", label="", now=kept.created_at).owner_is_admin


@pytest.mark.parametrize(
    ("identity", "fine"),
    [("playground:alice", True), ("telegram:12345", True), ("wechat:wxid_a:b", True), ("alice", False),
     ("playground:", False), (":alice", False), ("Playground:alice", False), ("playground:al ice", False)],
)  # fmt: skip
def test_a_member_is_named_platform_colon_user_id(identity: str, fine: bool) -> None:
    assert (identity_problem(identity) is None) is fine
