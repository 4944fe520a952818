"""institutions: the referral directory (Dinas Sosial, UPTD PPA, Puskesmas, LKS, ...)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-08
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('institution',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('contact_person', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('dinas_sosial', 'uptd_ppa', 'puskesmas', 'rumah_sakit', 'lks', 'p2tp2a', 'lk3', 'sekolah', 'kepolisian', 'pengadilan', 'lainnya')", name=op.f('ck_institution_kind_known')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_institution'))
    )
    # A batch block (not op.create_index) so the same file runs on SQLite and PostgreSQL alike.
    with op.batch_alter_table('institution', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_institution_name'), ['name'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('institution', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_institution_name'))

    op.drop_table('institution')
