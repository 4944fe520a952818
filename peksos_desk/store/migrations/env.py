"""Alembic environment: always run in-process on a connection that ``store.schema`` hands over."""

from alembic import context

from peksos_desk.store.models import Base
from peksos_desk.store.search import include_name

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
