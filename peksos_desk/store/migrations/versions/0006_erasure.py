"""erasure on request (UU PDP): the client_erasure table, and guard triggers that let an erased client's
content be cleared, never rewritten

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""
from alembic import op
import sqlalchemy as sa

from peksos_desk.store.ddl import install_billing_guards, install_erasure_guards, install_guards


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_SQLITE_TRIGGERS = (
    'trg_case_stage_event_update_erasure', 'trg_note_addendum_update_erasure', 'trg_case_session_signed_locked_erasure',
    'trg_invoice_issued_locked_erasure', 'trg_invoice_line_update_locked_erasure', 'trg_payment_update_erasure',
    'trg_client_erased_stays_erased', 'trg_client_ppks_erased', 'trg_client_erasure_no_update',
    'trg_client_erasure_no_delete',
)
_PG_TRIGGERS = (('trg_client_erased_stays_erased', 'client'), ('trg_client_ppks_erased', 'client_ppks'),
                ('trg_client_erasure_append_only', 'client_erasure'))
_PG_FUNCTIONS = ('peksos_stage_event_erasable', 'peksos_addendum_erasable', 'peksos_signed_note_erasable',
                 'peksos_invoice_erasable', 'peksos_invoice_line_erasable', 'peksos_payment_erasable',
                 'peksos_client_erased')


def upgrade() -> None:
    op.create_table('client_erasure',
    sa.Column('client_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('erased_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reason', sa.String(length=30), nullable=False),
    sa.Column('erased_by', sa.String(length=200), nullable=False),
    sa.CheckConstraint("reason IN ('permintaan_klien', 'permintaan_wali', 'persetujuan_dicabut', 'lainnya')", name=op.f('ck_client_erasure_reason_known')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_client_erasure_client_id_client')),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_client_erasure'))
    )
    install_erasure_guards(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for trigger in _SQLITE_TRIGGERS:
            bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS {trigger}')
    else:
        for trigger, table in _PG_TRIGGERS:
            bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS {trigger} ON {table}')
    # The original guards again (on PostgreSQL they take their triggers back from the erasable functions).
    install_guards(bind)
    install_billing_guards(bind)
    if bind.dialect.name == 'postgresql':
        for function in _PG_FUNCTIONS:
            bind.exec_driver_sql(f'DROP FUNCTION IF EXISTS {function}()')
    op.drop_table('client_erasure')
