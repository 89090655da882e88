"""The rows of every export, gathered here and written to files by
app/reports/exports: `domain` (the whole database, for backups and for
comparing two copies) and `officers` (the CCIS officers' tables)."""
