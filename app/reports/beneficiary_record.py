"""Fiche bénéficiaire: everything held about one person, as PDF and JSON -
what the person is entitled to receive under law 09-08 when they ask: the
controller's statements (who, why, to whom, how long, which CNDP
declaration, their rights), then their data and their consent history."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from enum import Enum
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import Flowable, Spacer

from app.labels import QT_TRANSLATE_NOOP, DocText, Labels, format_phone
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
from app.services.documents.beneficiary_record import BeneficiaryRecord, RecordSupport

JSON_FORMAT = "caravane.beneficiary_record/1"


class RecordText:
    """The record's own text (context "Report", catalogue `labels`): what
    law 09-08 (article 5) says a person must be told about their data."""

    PRIVACY = QT_TRANSLATE_NOOP("Report", "Vos données et vos droits (loi 09-08)")
    CONTROLLER = QT_TRANSLATE_NOOP("Report", "Responsable du traitement")
    PURPOSES = QT_TRANSLATE_NOOP("Report", "Finalités")
    PURPOSES_TEXT = QT_TRANSLATE_NOOP(
        "Report",
        "Inscription et suivi des bénéficiaires de la maison des TPE itinérante (formations, "
        "présences, attestations, accompagnement, appuis et candidatures aux programmes) ; "
        "chiffres globaux, sans nom, pour les partenaires et financeurs du programme.",
    )
    RECIPIENTS = QT_TRANSLATE_NOOP("Report", "Destinataires")
    RECIPIENTS_TEXT = QT_TRANSLATE_NOOP(
        "Report",
        "Le personnel de la CCIS et les formateurs de la maison des TPE itinérante.",
    )
    RECIPIENTS_PARTNERS = QT_TRANSLATE_NOOP(
        "Report",
        "Avec votre accord : les partenaires du programme (Région Tanger-Tétouan-Al Hoceima, "
        "INDH).",
    )
    RECIPIENTS_NO_PARTNERS = QT_TRANSLATE_NOOP(
        "Report",
        "Vos données ne sont pas communiquées aux partenaires du programme : vous n'avez pas "
        "donné votre accord.",
    )
    RETENTION = QT_TRANSLATE_NOOP("Report", "Durée de conservation")
    # By number, as Arabic counts years: 1, 2, 3 to 10, 11 and more.
    RETENTION_ONE = QT_TRANSLATE_NOOP(
        "Report", "Un an après votre dernière activité dans le programme."
    )
    RETENTION_TWO = QT_TRANSLATE_NOOP(
        "Report", "Deux ans après votre dernière activité dans le programme."
    )
    RETENTION_FEW = QT_TRANSLATE_NOOP(
        "Report", "{years} ans après votre dernière activité dans le programme."
    )
    RETENTION_MANY = QT_TRANSLATE_NOOP(
        "Report", "{years} années après votre dernière activité dans le programme."
    )
    RETENTION_UNSET = QT_TRANSLATE_NOOP(
        "Report", "Non renseignée sur ce poste : la CCIS vous l'indique sur demande."
    )
    CNDP = QT_TRANSLATE_NOOP("Report", "Déclaration à la CNDP")
    CNDP_UNSET = QT_TRANSLATE_NOOP(
        "Report", "Référence non renseignée sur ce poste : la CCIS vous l'indique sur demande."
    )
    RIGHTS = QT_TRANSLATE_NOOP("Report", "Vos droits")
    RIGHTS_TEXT = QT_TRANSLATE_NOOP(
        "Report",
        "Accéder à vos données, les faire rectifier, vous opposer à leur traitement pour des "
        "motifs légitimes (loi 09-08, articles 7 à 9) et retirer votre consentement à tout "
        "moment.",
    )
    CONTACT = QT_TRANSLATE_NOOP("Report", "Pour exercer vos droits")
    CONTACT_UNSET = QT_TRANSLATE_NOOP(
        "Report", "Auprès de l'équipe de la maison des TPE itinérante ou de la CCIS."
    )
    CONSENT_HISTORY = QT_TRANSLATE_NOOP("Report", "Historique du consentement")
    CONSENT_GIVEN = QT_TRANSLATE_NOOP("Report", "Donné")
    CONSENT_WITHDRAWN = QT_TRANSLATE_NOOP("Report", "Retiré")
    ICE = QT_TRANSLATE_NOOP("Report", "ICE")


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
        "controller": {
            "name": Labels("fr")(DocText.CCIS),
            **_plain(record.privacy),
            "shares_with_partners": record.shares_with_partners,
        },
        "profile": _plain(detail.profile),
        "consents": _plain(record.consents),
        "sessions": _plain(detail.sessions),
        "total_hours": detail.total_hours,
        "coaching": _plain(detail.coaching),
        "enterprises": _plain(detail.enterprises),
        "applications": _plain(detail.applications),
        "support": _plain(record.support),
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


def _retention(labels: Labels, years: int | None) -> str:
    if years is None:
        return labels(RecordText.RETENTION_UNSET)
    if years == 1:
        return labels(RecordText.RETENTION_ONE)
    if years == 2:
        return labels(RecordText.RETENTION_TWO)
    many = not 3 <= years % 100 <= 10  # Arabic: 3-10 years take the plural
    return labels(RecordText.RETENTION_MANY if many else RecordText.RETENTION_FEW, years=years)


def privacy_statements(record: BeneficiaryRecord, labels: Labels) -> list[tuple[str, str]]:
    """What the person must be told (law 09-08, article 5), label and text."""
    privacy = record.privacy
    controller = labels.join([labels(DocText.CCIS), privacy.address or ""])
    partners = (
        RecordText.RECIPIENTS_PARTNERS if record.shares_with_partners
        else RecordText.RECIPIENTS_NO_PARTNERS
    )
    return [
        (labels(RecordText.CONTROLLER), controller),
        (labels(RecordText.PURPOSES), labels(RecordText.PURPOSES_TEXT)),
        (labels(RecordText.RECIPIENTS),
         f"{labels(RecordText.RECIPIENTS_TEXT)} {labels(partners)}"),
        (labels(RecordText.RETENTION), _retention(labels, privacy.retention_years)),
        (labels(RecordText.CNDP), privacy.cndp_reference or labels(RecordText.CNDP_UNSET)),
        (labels(RecordText.RIGHTS), labels(RecordText.RIGHTS_TEXT)),
        (labels(RecordText.CONTACT), privacy.contact or labels(RecordText.CONTACT_UNSET)),
    ]


def _support_description(item: RecordSupport, labels: Labels) -> str:
    if item.modules:
        return labels.join(
            [m.title_ar if labels.rtl and m.title_ar else m.title_fr for m in item.modules]
        )
    return item.description


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
    story.append(heading(labels(RecordText.PRIVACY), rtl=rtl))
    story.append(key_values(privacy_statements(record, labels), rtl=rtl, width=width, size=8.5))
    story.append(Spacer(1, 8))
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

    history = []
    for event in record.consent_history:
        consent = event.consent
        if event.withdrawn:
            # A withdrawal ends the whole consent: no options to state.
            options = ["", "", "", "", ""]
        else:
            options = [
                code("consent_method", consent.method), consent.collected_by,
                labels.yes_no(consent.photos), labels.yes_no(consent.share_with_partners),
                labels.yes_no(consent.sms_whatsapp),
            ]
        state = RecordText.CONSENT_WITHDRAWN if event.withdrawn else RecordText.CONSENT_GIVEN
        history.append([labels.date(event.on), labels(state), consent.notice_version, *options])
    _section(
        story,
        labels(RecordText.CONSENT_HISTORY),
        [
            Column(labels(DocText.DATE), 58, "center"),
            Column(labels(DocText.CONSENT), 72, "center"),
            Column(labels(DocText.NOTICE_VERSION), 55, "center"),
            Column(labels(DocText.METHOD), 70),
            Column(labels(DocText.COLLECTED_BY), width - 58 - 72 - 55 - 70 - 45 - 70 - 55),
            Column(labels(DocText.PHOTOS), 45, "center"),
            Column(labels(DocText.SHARE_WITH_PARTNERS), 70, "center"),
            Column(labels(DocText.SMS_WHATSAPP), 55, "center"),
        ],
        history,
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
            Column(labels(DocText.ENTERPRISE), width - 85 - 3 * 90),
            Column(labels(RecordText.ICE), 85, "center"),
            Column(labels(DocText.LEGAL_FORM), 90),
            Column(labels(DocText.SECTOR), 90),
            Column(labels(DocText.STAGE), 90),
        ],
        [
            [e.name, e.ice or "", code("legal_form", e.legal_form), code("sector", e.sector),
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
                _support_description(s, labels),
                labels.number(s.value_mad, 2) if s.value_mad is not None else "",
                (s.serial or "") + (f" ({labels(DocText.REVOKED)})" if s.revoked else ""),
            ]
            for s in record.support
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
