"""the client list at any size: the full-text tables keyed by the record's id (a filter needs no lookup per
match) and two indexes on the client's name (walked for the unfiltered list, probed for a filtered one) in place
of the index on the archived flag; a case's sessions indexed in time order (a client's last session); the home
page's counts and lists (the days' sessions, unsigned notes, open cases) from indexes instead of the rows

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

from peksos_desk.store.database import analyze
from peksos_desk.store.search import rekey_full_text_tables

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_client_by_name', 'client', [sa.text('lower(full_name)'), 'id', 'archived'], unique=False)
    op.create_index('ix_client_name_of_id', 'client', ['id', 'archived', sa.text('lower(full_name)')],
                    unique=False)
    op.drop_index('ix_client_archived', table_name='client')
    op.create_index('ix_case_session_case_id_starts_at', 'case_session', ['case_id', 'starts_at'], unique=False)
    op.drop_index('ix_case_session_case_id', table_name='case_session')
    op.create_index('ix_case_session_starts_at_attendance', 'case_session', ['starts_at', 'attendance'],
                    unique=False)
    op.drop_index('ix_case_session_starts_at', table_name='case_session')
    op.create_index('ix_case_session_unsigned', 'case_session', ['signed_at', 'attendance', 'starts_at'],
                    unique=False)
    op.drop_index('ix_case_session_signed_at', table_name='case_session')
    op.create_index('ix_case_closed_on', 'case', ['closed_on'], unique=False)
    rekey_full_text_tables(op.get_bind())
    analyze(op.get_bind())  # exact statistics for the client table: a sample misjudged its archived flag


def downgrade() -> None:
    rekey_full_text_tables(op.get_bind(), rowid='id')
    op.create_index('ix_client_archived', 'client', ['archived'], unique=False)
    op.create_index('ix_case_session_case_id', 'case_session', ['case_id'], unique=False)
    op.drop_index('ix_case_closed_on', table_name='case')
    op.create_index('ix_case_session_signed_at', 'case_session', ['signed_at'], unique=False)
    op.drop_index('ix_case_session_unsigned', table_name='case_session')
    op.create_index('ix_case_session_starts_at', 'case_session', ['starts_at'], unique=False)
    op.drop_index('ix_case_session_starts_at_attendance', table_name='case_session')
    op.drop_index('ix_case_session_case_id_starts_at', table_name='case_session')
    op.drop_index('ix_client_name_of_id', table_name='client')
    op.drop_index('ix_client_by_name', table_name='client')
