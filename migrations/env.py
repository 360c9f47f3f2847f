"""Alembic environment: the URL comes from the caller's config, else DATABASE_URL."""

import os

from alembic import context
from sqlalchemy import pool

from bot.platform.db import make_engine, normalise_url
from bot.platform.models import Base

config = context.config
target_metadata = Base.metadata


def database_url() -> str:
    configured = config.get_main_option("sqlalchemy.url")
    from_env = os.environ.get("DATABASE_URL")
    if from_env and config.config_file_name is not None:
        return normalise_url(from_env)
    return normalise_url(configured or from_env or "sqlite:///atento.db")


def run_migrations_offline() -> None:
    context.configure(url=database_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    url = database_url()
    engine = make_engine(url) if url.startswith("sqlite") else None
    if engine is None:
        from sqlalchemy import create_engine

        engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
