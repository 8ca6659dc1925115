"""The platform adapters' own tables, on the same `metadata` as the domain's, so alembic owns them too.

They hold no domain state, only what an adapter remembers across restarts: Telegram's live-card map and
delivered updates (bot/telegram/store.py), the playground's chats, messages, answered updates and
files (bot/playground/transcript.py). They live here, not in bot/, because storage may not import bot
and the migrations (storage/migrations) must see every table: `--autogenerate` drops a table it does
not know.
Timestamps are ISO-8601 text, as the adapters have always written them.
"""

from __future__ import annotations

import sqlalchemy as sa

from storage.tables import metadata

# -- Telegram (bot/telegram/store.py) ---------------------------------------------------------------
telegram_cards = sa.Table(
    "telegram_cards",
    metadata,
    sa.Column("chat_id", sa.String(32), primary_key=True),
    sa.Column("group_buy_id", sa.Integer, primary_key=True),
    sa.Column("message_id", sa.BigInteger, nullable=False),
    sa.Column("updated_at", sa.String(40), nullable=False),
    # a digest of the text and buttons the message shows (migration 0062): no edit to the same again
    sa.Column("shown", sa.String(64), nullable=True),
)

# The forum topic a group buy was opened in (a supergroup's `message_thread_id`): its card, close notice
# and reminders go there (migration 0053); no row: the chat's General, or a group without topics.
telegram_topics = sa.Table(
    "telegram_topics",
    metadata,
    sa.Column("chat_id", sa.String(32), primary_key=True),
    sa.Column("group_buy_id", sa.Integer, primary_key=True),
    sa.Column("thread_id", sa.BigInteger, nullable=False),
)

telegram_delivered = sa.Table(
    "telegram_delivered",
    metadata,
    sa.Column("update_key", sa.String(160), primary_key=True),
    sa.Column("delivered_at", sa.String(40), nullable=False),
)

# The webhook Telegram was last told (`setWebhook`), so that of N workers starting together one calls it,
# once, and the others find it done (bot/telegram/webhook.py): one row, `name` = "webhook".
telegram_webhook = sa.Table(
    "telegram_webhook",
    metadata,
    sa.Column("name", sa.String(16), primary_key=True),
    sa.Column("url", sa.String(512), nullable=False),
    sa.Column("secret_digest", sa.String(64), nullable=False),  # of the URL and the secret
    sa.Column("digest", sa.String(64), nullable=False),  # of the URL, the secret and the update types
    sa.Column("set_at", sa.String(40), nullable=False),
)

# Updates long polling confirmed to Telegram before they were handled (their chat stuck behind an
# outage while a whole batch waited): kept here until handled, read back at the next start
# (bot/telegram/polling.py). Update ids count per bot, so the bot's id is part of the key.
telegram_spool = sa.Table(
    "telegram_spool",
    metadata,
    sa.Column("bot_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("update_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("update_json", sa.Text, nullable=False),
    sa.Column("spooled_at", sa.String(40), nullable=False),
)

# -- shared values without Redis (storage/state_db.py) ----------------------------------------------
# `commerce.state.KeyValues` in the database, for several workers without Redis: what one worker learns of
# a Telegram group (the bot removed from it, its upgrade to a supergroup) seen by the others (migration
# 0058). `value` is JSON; `expires_at` ISO-8601 UTC text (NULL: kept until deleted), an expired row is
# ignored on read and deleted later.
shared_values = sa.Table(
    "shared_values",
    metadata,
    sa.Column("key", sa.String(255), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("expires_at", sa.String(40), nullable=True),
)

# -- the playground (bot/playground/transcript.py) --------------------------------------------------
playground_chats = sa.Table(
    "playground_chats",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
)

playground_messages = sa.Table(
    "playground_messages",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("chat", sa.String(64), nullable=False, index=True),
    sa.Column("author", sa.String(64), nullable=True),  # None: the bot
    sa.Column("name", sa.String(64), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("buttons", sa.Text, nullable=False, default="[]"),
    sa.Column("card_of", sa.Integer, nullable=True),
    sa.Column("sent_at", sa.String(40), nullable=False),
    sa.Column("edited_at", sa.String(40), nullable=True),
    # the image a message shows (a member's attached photo, a photo card's photo): its download link
    sa.Column("image", sa.String(512), nullable=True),
    # the bot's reaction on a member's message (👍 on a typed like: handlers.types.Reaction); NULL: none
    sa.Column("reaction", sa.String(16), nullable=True),
    # what a card's header names (`团购 #2`, `笔记 #1`: handlers.types.Reply.label); NULL: no card, or none
    sa.Column("card_label", sa.String(64), nullable=True),
)

# answered updates by `platform:chat:id`, and the clock's offset under the key `clock` (transcript.py)
playground_updates = sa.Table(
    "playground_updates",
    metadata,
    sa.Column("update_id", sa.String(128), primary_key=True),
    sa.Column("response", sa.Text, nullable=False),
)

# A file the bot sent in the playground (/export), served at the download link its message holds
# (`GET /files/{token}/{filename}`); `token` is random, so a link names one file and guesses none.
playground_files = sa.Table(
    "playground_files",
    metadata,
    sa.Column("token", sa.String(64), primary_key=True),
    sa.Column("chat", sa.String(64), nullable=False),
    sa.Column("filename", sa.String(255), nullable=False),
    sa.Column("mime", sa.String(128), nullable=False),
    sa.Column("content", sa.LargeBinary, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
)

ADAPTER_TABLES = (
    telegram_cards,
    telegram_topics,
    telegram_webhook,
    telegram_delivered,
    telegram_spool,
    shared_values,
    playground_chats,
    playground_messages,
    playground_updates,
    playground_files,
)
