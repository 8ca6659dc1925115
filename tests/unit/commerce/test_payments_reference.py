"""The signed order reference and the amount limits of online payments."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commerce.domain.errors import DomainError
from commerce.domain.payments import (
    MAX_REFERENCE_BYTES,
    check_amount,
    payable_online,
    payment_method,
    read_order_reference,
    sign_order_reference,
)

SECRET = "s3cret"
order_ids = st.integers(min_value=1, max_value=10**18 - 1)
secrets = st.text(min_size=1, max_size=64)


def refused(reference: str, secret: str = SECRET) -> str:
    with pytest.raises(DomainError) as refusal:
        read_order_reference(reference, secret)
    return refusal.value.code


@given(order_id=order_ids, secret=secrets)
def test_a_signed_reference_reads_back_and_fits_telegrams_payload(order_id: int, secret: str) -> None:
    reference = sign_order_reference(order_id, secret)
    assert read_order_reference(reference, secret) == order_id
    assert 1 <= len(reference.encode()) <= MAX_REFERENCE_BYTES


@given(order_id=order_ids, position=st.integers(min_value=0), replacement=st.characters())
def test_any_change_to_a_reference_is_refused(order_id: int, position: int, replacement: str) -> None:
    reference = sign_order_reference(order_id, SECRET)
    i = position % len(reference)
    tampered = reference[:i] + replacement + reference[i + 1 :]
    if tampered != reference:
        assert refused(tampered) == "payment_reference_invalid"


@given(order_id=order_ids, other=order_ids)
def test_a_signature_does_not_carry_over_to_another_order(order_id: int, other: int) -> None:
    signature = sign_order_reference(order_id, SECRET).split(".")[1]
    if other != order_id:
        assert refused(f"o{other}.{signature}") == "payment_reference_invalid"


@given(order_id=order_ids, secret=secrets)
def test_a_reference_signed_with_another_secret_is_refused(order_id: int, secret: str) -> None:
    if secret != SECRET:
        assert refused(sign_order_reference(order_id, secret)) == "payment_reference_invalid"


@pytest.mark.parametrize("reference", ["", "o1", "o1.", "1.abc", "o01." + "A" * 22, "o1." + "A" * 200])
def test_malformed_references_are_refused(reference: str) -> None:
    assert refused(reference) == "payment_reference_invalid"


def test_an_empty_secret_signs_nothing_and_verifies_nothing() -> None:
    with pytest.raises(ValueError):
        sign_order_reference(1, "")
    assert refused(sign_order_reference(1, SECRET), secret="") == "payment_reference_invalid"


@pytest.mark.parametrize(
    ("amount", "currency", "code"),
    [
        (0, "XTR", "amount_below_minimum"),
        (1, "XTR", None),
        (10_000, "XTR", None),
        (10_001, "XTR", "amount_above_maximum"),
        (699, "CNY", "amount_below_minimum"),
        (700, "CNY", None),
        (99, "USD", "amount_below_minimum"),
        (100, "EUR", None),
        (1_000_001, "USD", "amount_above_maximum"),
        (5000, "JPY", "currency_not_payable_online"),
    ],
)
def test_amounts_are_checked_against_each_currencys_limits(
    amount: int, currency: str, code: str | None
) -> None:
    if code is None:
        check_amount(amount, currency)
        return
    with pytest.raises(DomainError) as refusal:
        check_amount(amount, currency)
    assert refusal.value.code == code


def test_stars_need_no_provider_and_fiat_needs_one() -> None:
    assert payable_online("XTR", provider=False)
    assert not payable_online("CNY", provider=False)
    assert payable_online("CNY", provider=True)
    assert not payable_online("JPY", provider=True)  # no limits known: paid offline
    assert (payment_method("XTR"), payment_method("USD")) == ("stars", "telegram")
