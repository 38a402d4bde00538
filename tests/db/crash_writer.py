"""A writer for the crash and disk-full tests, run as a separate process.

``crash_writer.py DB loop``: commit one family per transaction forever,
printing ``ack <uid>`` only after each commit returned.
``crash_writer.py DB fill BYTES``: cap file sizes at BYTES (RLIMIT_FSIZE,
SIGXFSZ ignored) and write until the disk "fills"; print the error line.
``crash_writer.py DB backup BYTES DIR``: the same cap during a backup.
The passphrase comes from FAMDESK_PASSPHRASE.
"""

from __future__ import annotations

import os
import resource
import signal
import sys
from datetime import date
from pathlib import Path

from famdesk.core.backups import make_backup
from famdesk.db.backup import BackupError, describe_write_error
from famdesk.db.models import ContactSession, Family
from famdesk.db.store import open_store


def main() -> int:
    db, mode = Path(sys.argv[1]), sys.argv[2]
    store = open_store(db, os.environ["FAMDESK_PASSPHRASE"], create=True)
    if mode == "loop":
        n = 0
        while True:
            n += 1
            with store.session() as s:
                fam = Family(
                    reference=f"C-{n}", name=f"Familien Crash {n}", start_date=date(2026, 1, 1)
                )
                s.add(fam)
                s.flush()
                uid = fam.uid
            print(f"ack {uid}", flush=True)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = int(sys.argv[3])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    if mode == "fill":
        from datetime import UTC, datetime

        try:
            for i in range(100_000):
                with store.session() as s:
                    fam = s.query(Family).first()
                    s.add(
                        ContactSession(
                            family=fam,
                            start=datetime.now(UTC),
                            kind="office",
                            notes=f"fiktiv fyldtekst {i} " + "x" * 20_000,
                        )
                    )
                print(f"ack {i}", flush=True)
        except Exception as exc:  # noqa: BLE001 - report what the user would see
            print(f"error: {describe_write_error(getattr(exc, 'orig', None) or exc)}", flush=True)
            store.close()
            return 1
        return 0
    if mode == "backup":
        try:
            make_backup(store, Path(sys.argv[4]))
        except BackupError as exc:
            print(f"error: {exc}", flush=True)
            store.close()
            return 1
        return 0
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    raise SystemExit(main())
