"""The commission ledger (issue #11: share to earn): double-entry, append-only.

- `ledger_transactions`: one row a money movement, its business key unique (`order:12:paid`: a repeated
  event posts nothing) and its place in its order's or payout's history unique (`seq`);
- `ledger_postings`: the movement's postings, summing to zero per currency; indexed by member for one
  member's balances from the index alone (storage/tables.py says why), and by transaction.
- On PostgreSQL, deferred constraint triggers check each transaction at commit: its postings sum to
  zero in every currency, and it has postings at all; a transaction that does not is refused whoever
  wrote it (raw SQL included). SQLite has no deferred triggers: storage/ledger.py checks before insert.
- On both engines, triggers refuse UPDATE and DELETE of either table: a correction is a new transaction.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("ledger_transactions", "ledger_postings")

# One statement each: asyncpg prepares what it runs, and a prepared statement holds one command.
POSTGRES_UP = (
    """
CREATE FUNCTION ledger_postings_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    off record;
BEGIN
    SELECT currency, sum(amount) AS total INTO off
      FROM ledger_postings
     WHERE transaction_id = NEW.transaction_id
     GROUP BY currency
    HAVING sum(amount) <> 0
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'ledger transaction % does not balance: its % postings sum to %',
            NEW.transaction_id, off.currency, off.total
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;
""",
    """
CREATE CONSTRAINT TRIGGER ledger_postings_balanced
    AFTER INSERT ON ledger_postings
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ledger_postings_balanced();
""",
    """
CREATE FUNCTION ledger_transaction_has_postings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM ledger_postings WHERE transaction_id = NEW.id) THEN
        RAISE EXCEPTION 'ledger transaction % (%) has no postings', NEW.id, NEW.business_key
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;
""",
    """
CREATE CONSTRAINT TRIGGER ledger_transactions_have_postings
    AFTER INSERT ON ledger_transactions
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ledger_transaction_has_postings();
""",
    """
CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END $$;
""",
    """
CREATE TRIGGER ledger_transactions_append_only
    BEFORE UPDATE OR DELETE ON ledger_transactions
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
""",
    """
CREATE TRIGGER ledger_postings_append_only
    BEFORE UPDATE OR DELETE ON ledger_postings
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
""",
)

POSTGRES_DOWN = (
    "DROP TRIGGER ledger_postings_append_only ON ledger_postings",
    "DROP TRIGGER ledger_transactions_append_only ON ledger_transactions",
    "DROP FUNCTION ledger_append_only()",
    "DROP TRIGGER ledger_transactions_have_postings ON ledger_transactions",
    "DROP FUNCTION ledger_transaction_has_postings()",
    "DROP TRIGGER ledger_postings_balanced ON ledger_postings",
    "DROP FUNCTION ledger_postings_balanced()",
)


def _sqlite_append_only() -> list[str]:
    return [
        f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: {action} on {table} refused'); END"
        for table in TABLES
        for action in ("UPDATE", "DELETE")
    ]


def upgrade() -> None:
    op.create_table(
        "ledger_transactions",
        sa.Column("id", sa.Integer(), primary_key=True, nullable=False),
        sa.Column("business_key", sa.String(120), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("payout_id", sa.Integer(), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("business_key", name="uq_ledger_transactions_business_key"),
        sa.UniqueConstraint("order_id", "seq", name="uq_ledger_transactions_order_seq"),
        sa.UniqueConstraint("payout_id", "seq", name="uq_ledger_transactions_payout_seq"),
    )
    op.create_index("ix_ledger_transactions_kind_at", "ledger_transactions", ["kind", "at"])
    op.create_table(
        "ledger_postings",
        sa.Column("id", sa.Integer(), primary_key=True, nullable=False),
        sa.Column("transaction_id", sa.Integer(), sa.ForeignKey("ledger_transactions.id"), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("member", sa.String(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
    )
    op.create_index(
        "ix_ledger_postings_member_balance", "ledger_postings", ["member", "kind", "currency", "amount"]
    )
    op.create_index("ix_ledger_postings_transaction", "ledger_postings", ["transaction_id"])
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_UP:
            op.execute(statement)
    else:
        for statement in _sqlite_append_only():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_DOWN:
            op.execute(statement)
    else:
        for table in TABLES:
            for action in ("update", "delete"):
                op.execute(f"DROP TRIGGER {table}_no_{action}")
    op.drop_index("ix_ledger_postings_transaction", table_name="ledger_postings")
    op.drop_index("ix_ledger_postings_member_balance", table_name="ledger_postings")
    op.drop_table("ledger_postings")
    op.drop_index("ix_ledger_transactions_kind_at", table_name="ledger_transactions")
    op.drop_table("ledger_transactions")
