"""Storage: SQLAlchemy models, the engine factory, migrations and the lock.

Nothing here imports Qt or ``famdesk.core``; SQLite-specific SQL stays in this
package so that a PostgreSQL URL can serve a team through the same models.
"""
