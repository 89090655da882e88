"""What values mean: the domain's rules, shared by the laptop and the server.

One Qt-free package below the services, importing only `app.models` and
libraries.  The services check what a trainer types with these rules before
writing; the server checks every pushed value with the same rules before the
merge (docs/sync.md, "Validation of meaning").  So the laptop's own writes
and the server's checks cannot drift apart.

* `problems` — `FieldError`, one problem with one field, as codes.
* `fields` — rules of single fields: codes, CIN, phone, ICE, dates, ranges.
* `rows` — every synced table's rules: `row_problems(table, values, context=...)`,
  and the references between rows that the server checks within a team.
* `passwords` — the scrypt hash format and its bounded parameters.
* `hours` — hours attended at a session: the one rule (docs/attendance-hours.md).
"""
