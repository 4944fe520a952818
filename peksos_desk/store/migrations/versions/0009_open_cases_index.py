"""a client's cases indexed with what the client list counts (closed_on, stage): the open cases of a page's
clients, and the cases their last session is looked up under, read from one index without a case row; it
replaces the index on case.client_id, which it leads

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28
"""
from alembic import op

from peksos_desk.store.database import analyze

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_case_client_open', 'case', ['client_id', 'closed_on', 'stage'], unique=False)
    op.drop_index('ix_case_client_id', table_name='case')
    analyze(op.get_bind(), only=['case'])


def downgrade() -> None:
    op.create_index('ix_case_client_id', 'case', ['client_id'], unique=False)
    op.drop_index('ix_case_client_open', table_name='case')
