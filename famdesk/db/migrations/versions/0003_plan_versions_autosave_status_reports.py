"""Plan versions, autosave drafts (crash recovery) and status report texts.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 13:37:07.283540
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('autosave_draft',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('family_uid', sa.String(length=36), nullable=True),
    sa.Column('saved_at', sa.String(length=40), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_autosave_draft')),
    sa.UniqueConstraint('key', name=op.f('uq_autosave_draft_key'))
    )
    with op.batch_alter_table('autosave_draft', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_autosave_draft_family_uid'), ['family_uid'], unique=False)

    op.create_table('status_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=False),
    sa.Column('period_to', sa.Date(), nullable=False),
    sa.Column('family_view', sa.Text(), nullable=False),
    sa.Column('assessment', sa.Text(), nullable=False),
    sa.Column('seen_by_family', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('printed_at', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_status_report_family_id_family'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_status_report')),
    sa.UniqueConstraint('uid', name=op.f('uq_status_report_uid'))
    )
    with op.batch_alter_table('status_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_status_report_family_id'), ['family_id'], unique=False)

    with op.batch_alter_table('action_plan', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('previous_plan_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_action_plan_previous_plan_id'), ['previous_plan_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_action_plan_previous_plan_id_action_plan'), 'action_plan', ['previous_plan_id'], ['id'], ondelete='SET NULL')



def downgrade() -> None:
    with op.batch_alter_table('action_plan', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_action_plan_previous_plan_id_action_plan'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_action_plan_previous_plan_id'))
        batch_op.drop_column('previous_plan_id')
        batch_op.drop_column('version')

    with op.batch_alter_table('status_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_status_report_family_id'))

    op.drop_table('status_report')
    with op.batch_alter_table('autosave_draft', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_autosave_draft_family_uid'))

    op.drop_table('autosave_draft')
