"""an index on every foreign key (invoice_line.service_type_id was the last without one); planner statistics

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('invoice_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoice_line_service_type_id'), ['service_type_id'], unique=False)
    # Statistics for the query planner (SQLite has none until ANALYZE; without them it may pick a poor index).
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        op.execute('PRAGMA analysis_limit=400')
    op.execute('ANALYZE')


def downgrade() -> None:
    with op.batch_alter_table('invoice_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoice_line_service_type_id'))
