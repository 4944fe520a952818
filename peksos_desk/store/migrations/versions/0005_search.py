"""search index: one search_entry per client, case and note (folded, stemmed terms), with the full-text
index over it (FTS5 on SQLite, tsvector + GIN on PostgreSQL), built here for the records already stored

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

from peksos_desk.store.search import drop_search_index, install_search_index, rebuild_search_index

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('search_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('client', 'case', 'note')", name=op.f('ck_search_entry_kind_known')),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], name=op.f('fk_search_entry_case_id_case'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_search_entry_client_id_client'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['case_session.id'],
                            name=op.f('fk_search_entry_session_id_case_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_entry')),
    sa.UniqueConstraint('kind', 'record_id', name='uq_search_entry_kind_record')
    )
    with op.batch_alter_table('search_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_entry_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_search_entry_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_search_entry_session_id'), ['session_id'], unique=False)

    bind = op.get_bind()
    install_search_index(bind)
    rebuild_search_index(bind)


def downgrade() -> None:
    drop_search_index(op.get_bind())
    with op.batch_alter_table('search_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_search_entry_session_id'))
        batch_op.drop_index(batch_op.f('ix_search_entry_client_id'))
        batch_op.drop_index(batch_op.f('ix_search_entry_case_id'))
    op.drop_table('search_entry')
