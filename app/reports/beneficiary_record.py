"""Fiche bénéficiaire: everything held about one person, as PDF and JSON -
what the person is entitled to receive under law 09-08 when they ask."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from enum import Enum
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import Flowable, Spacer

from app.labels import DocText, Labels, format_phone
from app.reports.pdf import (
    Column,
    Output,
    Text,
    build_pdf,
    content_width,
    document_header,
    heading,
    key_values,
    table,
)
from app.services.documents.beneficiary_record import BeneficiaryRecord

JSON_FORMAT = "caravane.beneficiary_record/1"


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    return value


def to_dict(record: BeneficiaryRecord) -> dict[str, Any]:
    """The whole record as JSON-ready data (ISO dates, codes as stored)."""
    detail = record.detail
    return {
        "format": JSON_FORMAT,
        "generated_on": record.generated_on.isoformat(),
        "profile": _plain(detail.profile),
        "consents": _plain(record.consents),
        "sessions": _plain(detail.sessions),
        "total_hours": detail.total_hours,
        "coaching": _plain(detail.coaching),
        "enterprises": _plain(detail.enterprises),
        "applications": _plain(detail.applications),
        "support": _plain(detail.support),
    }


def write_json(record: BeneficiaryRecord, out: Path | str | BinaryIO) -> None:
    text = json.dumps(to_dict(record), ensure_ascii=False, indent=2) + "\n"
    if isinstance(out, Path | str):
        Path(out).write_text(text, encoding="utf-8")
    else:
        out.write(text.encode("utf-8"))


def _section(
    story: list[Flowable],
    title: str,
    columns: list[Column],
    rows: list[list[str]],
    labels: Labels,
) -> None:
    story.append(Spacer(1, 8))
    story.append(heading(title, rtl=labels.rtl))
    if rows:
        story.append(table(columns, rows, rtl=labels.rtl, size=8.5))
    else:
        story.append(Text(labels(DocText.NONE_RECORDED), rtl=labels.rtl, size=9))


def build_story(record: BeneficiaryRecord, labels: Labels, width: float) -> list[Flowable]:
    rtl = labels.rtl
    p = record.detail.profile
    code = labels.code
    latin = f"{p.first_name} {p.last_name.upper()}".strip()
    # Someone registered by their Arabic name only has no Latin one.
    name = "   -   ".join(part for part in (latin, p.name_ar) if part)
    commune = (p.commune_name_ar if rtl and p.commune_name_ar else p.commune_name) or ""
    story = document_header(labels, labels(DocText.BENEFICIARY_RECORD), name)
    story.append(Text(labels(DocText.RECORD_INTRO), rtl=rtl, size=8.5, space_after=6))
    story.append(heading(labels(DocText.PROFILE), rtl=rtl))
    pairs = [
        (labels(DocText.ID), p.id),
        (labels(DocText.LAST_NAME), p.last_name),
        (labels(DocText.FIRST_NAME), p.first_name),
        (labels(DocText.NAME_AR), p.name_ar or ""),
        (labels(DocText.SEX), code("sex", p.sex)),
        (labels(DocText.BIRTH_DATE), labels.date(p.birth_date)),
        (labels(DocText.BIRTH_YEAR), str(p.birth_year or "")),
        (labels(DocText.CIN), p.cin or ""),
        (labels(DocText.PHONE), format_phone(p.phone)),
        (labels(DocText.COMMUNE), commune),
        (labels(DocText.DOUAR), p.douar or ""),
        (labels(DocText.EDUCATION), code("education_level", p.education_level)),
        (labels(DocText.STATUS), labels.person("status", p.status, p.sex)),
        (labels(DocText.SECTOR), code("sector", p.sector)),
        (labels(DocText.STAGE), code("project_stage", p.project_stage)),
        (labels(DocText.PRIOR_SUPPORT), labels.join([code("prior_support", s)
                                                     for s in p.prior_support])),
        (labels(DocText.REGISTERED_ON), labels.date(p.registered_on)),
        (labels(DocText.NOTES), p.notes or ""),
    ]
    story.append(key_values([(k, v) for k, v in pairs if v], rtl=rtl, width=width))

    _section(
        story,
        labels(DocText.CONSENT),
        [
            Column(labels(DocText.GIVEN_ON), 60, "center"),
            Column(labels(DocText.NOTICE_VERSION), 60, "center"),
            Column(labels(DocText.METHOD), 70),
            Column(labels(DocText.COLLECTED_BY), 90),
            Column(labels(DocText.PHOTOS), 45, "center"),
            Column(labels(DocText.SHARE_WITH_PARTNERS), 65, "center"),
            Column(labels(DocText.SMS_WHATSAPP), 55, "center"),
            Column(labels(DocText.WITHDRAWN_ON), width - 445, "center"),
        ],
        [
            [
                labels.date(c.given_on), c.notice_version, code("consent_method", c.method),
                c.collected_by, labels.yes_no(c.photos), labels.yes_no(c.share_with_partners),
                labels.yes_no(c.sms_whatsapp), labels.date(c.withdrawn_on),
            ]
            for c in record.consents
        ],
        labels,
    )
    _section(
        story,
        labels(DocText.TRAININGS),
        [
            Column(labels(DocText.DATE), 62, "center"),
            Column(labels(DocText.MODULE), width - 62 - 80 - 60),
            Column(labels(DocText.ATTENDANCE), 80, "center"),
            Column(labels(DocText.HOURS_ATTENDED), 60, "center"),
        ],
        [
            [
                labels.date(s.session_date),
                s.module_title_ar if rtl and s.module_title_ar else s.module_title_fr,
                labels.person("attendance_status", s.status, p.sex),
                labels.hours(s.hours_attended),
            ]
            for s in record.detail.sessions
        ],
        labels,
    )
    coaching_rows = []
    for c in record.detail.coaching:
        steps = "\n".join(
            f"- {s.description}"
            + (f" ({labels(DocText.DUE_ON)} {labels.date(s.due_on)})" if s.due_on else "")
            + (f" - {labels(DocText.DONE)}" if s.done else "")
            for s in c.next_steps
        )
        coaching_rows.append(
            [
                labels.date(c.held_on),
                labels.count(c.duration_minutes, "minute"),
                labels.join([labels.topic(t) for t in c.topics]),
                c.notes or "",
                steps,
            ]
        )
    _section(
        story,
        labels(DocText.COACHING),
        [
            Column(labels(DocText.DATE), 62, "center"),
            Column(labels(DocText.LENGTH), 50, "center"),
            Column(labels(DocText.TOPICS), 100),
            Column(labels(DocText.NOTES), (width - 212) / 2),
            Column(labels(DocText.NEXT_STEPS), (width - 212) / 2),
        ],
        coaching_rows,
        labels,
    )
    _section(
        story,
        labels(DocText.ENTERPRISES),
        [
            Column(labels(DocText.ENTERPRISE), width - 300),
            Column(labels(DocText.LEGAL_FORM), 100),
            Column(labels(DocText.SECTOR), 100),
            Column(labels(DocText.STAGE), 100),
        ],
        [
            [e.name, code("legal_form", e.legal_form), code("sector", e.sector),
             code("project_stage", e.stage)]
            for e in record.detail.enterprises
        ],
        labels,
    )
    _section(
        story,
        labels(DocText.APPLICATIONS),
        [
            Column(labels(DocText.PROGRAMME_NAME), width - 200),
            Column(labels(DocText.DATE), 100, "center"),
            Column(labels(DocText.STATUS), 100, "center"),
        ],
        [
            [a.programme_name, labels.date(a.received_on), code("application_status", a.status)]
            for a in record.detail.applications
        ],
        labels,
    )
    _section(
        story,
        labels(DocText.SUPPORT),
        [
            Column(labels(DocText.DATE), 62, "center"),
            Column(labels(DocText.KIND), 90),
            Column(labels(DocText.DESCRIPTION), width - 62 - 90 - 70 - 110),
            Column(labels(DocText.VALUE_MAD), 70, "center"),
            Column(labels(DocText.SERIAL_NUMBER), 110, "center"),
        ],
        [
            [
                labels.date(s.delivered_on),
                code("support_kind", s.kind),
                s.description,
                f"{s.value_mad:,.2f}" if s.value_mad is not None else "",
                (s.serial or "") + (f" ({labels(DocText.REVOKED)})" if s.revoked else ""),
            ]
            for s in record.detail.support
        ],
        labels,
    )
    return story


def render(record: BeneficiaryRecord, labels: Labels, out: Output) -> None:
    """Write the record as a PDF (A4 portrait) to a path or a binary file object."""
    width = content_width()
    build_pdf(
        out,
        build_story(record, labels, width),
        labels,
        title=labels(DocText.BENEFICIARY_RECORD),
        note=labels(DocText.PRINTED_ON, date=labels.date(record.generated_on)),
    )
