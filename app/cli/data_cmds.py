"""Data commands: `demo`, `import beneficiaries`, `export`, `indicators`.

The terminal speaks French, like the interface's source language; services
return codes and this module turns them into sentences.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.main import add_data_dir
from app.core.errors import CaravaneError, FieldError
from app.db import Database
from app.labels import count_phrase, indicator_label, indicator_section, person_label

if TYPE_CHECKING:
    # rich is imported where it prints: `caravane print …` builds this parser too.
    from rich.console import Console

# -- French sentences for the codes these commands meet ----------------------

FIELD_LABELS = {
    "first_name": "prénom",
    "last_name": "nom",
    "name": "nom",
    "full_name": "nom complet",
    "name_ar": "nom en arabe",
    "sex": "sexe",
    "birth_date": "date de naissance",
    "birth_year": "année de naissance",
    "cin": "CIN",
    "phone": "téléphone",
    "commune_code": "commune",
    "douar": "douar / adresse",
    "education_level": "niveau d'études",
    "status": "statut",
    "sector": "secteur",
    "project_stage": "stade du projet",
    "prior_support": "appui antérieur",
    "notes": "remarques",
    "consent": "consentement",
}
ERROR_SENTENCES = {
    "required": "obligatoire, absent",
    "invalid_choice": "valeur non reconnue « {value} »",
    "invalid_date": "date illisible « {value} » (jj/mm/aaaa ou aaaa-mm-jj)",
    "invalid_number": "nombre illisible « {value} »",
    "cin_format": "numéro de CIN inhabituel « {value} »",
    "cin_too_long": "numéro de CIN trop long ({max} caractères au plus)",
    "phone_invalid": "numéro de téléphone non valable « {value} »",
    "phone_not_mobile": "« {value} » n'est pas un portable marocain (06… ou 07…)",
    "birth_date_future": "date de naissance dans le futur",
    "birth_date_implausible": "date de naissance pas plausible",
    "birth_year_mismatch": "l'année de naissance ne correspond pas à la date",
    "minor": "personne mineure",
    "unknown_commune": "commune inconnue « {value} »",
    "consent_required": "consentement obligatoire",
    "consent_refused": "la personne a refusé son consentement : aucune donnée enregistrée",
    "possible_duplicate": "ressemble à {records} : à vérifier",
    "date_future": "date dans le futur",
}
FILE_ERRORS = {
    "unreadable_file": "Fichier illisible : ce n'est pas un CSV ou un classeur XLSX lisible.",
    "empty_file": "Le fichier est vide.",
    "no_name_column": "Aucune colonne de nom trouvée (Nom, Prénom, Nom complet, النسب, "
    "الاسم…) : indiquez-la avec --map \"En-tête=last_name\".",
    "unknown_field": "Champ inconnu « {field} » dans --map. Champs possibles : {fields}.",
}


def field_error_text(error: FieldError) -> str:
    label = FIELD_LABELS.get(error.field, error.field)
    template = ERROR_SENTENCES.get(error.code, error.code)
    params = dict(error.params)
    if isinstance(params.get("count"), int):
        params["records"] = count_phrase("fr", params["count"], "existing_record")
    try:
        sentence = template.format(**params)
    except (KeyError, IndexError):
        sentence = template
    return f"{label} : {sentence}"


def _console() -> Console:
    from rich.console import Console

    # Piped output (tests, files) gets a wide console so tables do not wrap.
    console = Console()
    if not console.is_terminal:
        console = Console(width=120, soft_wrap=True)
    return console


# -- registration ----------------------------------------------------------------


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser(
        "demo",
        help="remplir la base avec des données de démonstration",
        description="Remplit une base vide avec des données de démonstration réalistes "
        "(région Tanger-Tétouan-Al Hoceima), identiques pour une même graine. Identifiants : "
        "coordinatrice « Samira Benali », formateurs « Youssef El Amrani », « Khadija "
        "Ouazzani »… mot de passe « demo1234 ».",
    )
    add_data_dir(demo)
    demo.add_argument("--beneficiaries", type=int, default=2000, metavar="N",
                      help="nombre de bénéficiaires (défaut : 2000)")
    demo.add_argument("--seed", type=int, default=1, metavar="S",
                      help="graine : même graine, mêmes données (défaut : 1)")
    demo.add_argument("--if-empty", action="store_true",
                      help="ne rien faire si la base contient déjà des bénéficiaires")
    demo.set_defaults(func=run_demo, writes=True)

    importing = subparsers.add_parser(
        "import", help="importer une liste", description="Importer une liste dans la base."
    )
    add_data_dir(importing)
    kinds = importing.add_subparsers(dest="kind", metavar="KIND", required=True)
    people = kinds.add_parser(
        "beneficiaries",
        help="importer une liste de bénéficiaires (CSV ou XLSX)",
        description="Importe une liste de bénéficiaires (XLSX, ou CSV avec ; , ou tabulation, "
        "en UTF-8, UTF-16 ou au codage Windows arabe ou français, reconnu seul). "
        "Les en-têtes usuels en français, anglais et arabe sont reconnus. Les lignes "
        "refusées sont signalées avec leur numéro ; les personnes déjà présentes (même CIN, "
        "même téléphone, ou même nom, date de naissance et commune) ne sont pas dupliquées. "
        "Code de sortie : 0 tout importé, 1 des lignes refusées, 2 fichier illisible.",
    )
    add_data_dir(people)
    people.add_argument("file", metavar="FILE", type=Path, help="fichier .csv ou .xlsx")
    people.add_argument(
        "--map", action="append", default=[], metavar="EN-TÊTE=CHAMP",
        help="associer une colonne à un champ (répétable), p. ex. --map \"Douar/Hay=douar\" ; "
        "champs : first_name, last_name, full_name, name_ar, sex, birth_date, birth_year, age, "
        "phone, cin, commune, douar, education_level, status, sector, project_stage, "
        "prior_support, notes, consent, ignore",
    )
    people.add_argument("--dry-run", action="store_true",
                        help="vérifier le fichier sans rien enregistrer")
    people.add_argument("--collected-by", metavar="NOM",
                        help="qui a recueilli le consentement sur la liste source")
    people.set_defaults(func=run_import_beneficiaries, writes=True)

    export = subparsers.add_parser(
        "export",
        help="exporter toutes les données (JSON, CSV, XLSX)",
        description="Exporte toutes les données (sans les mots de passe). JSON : complet et "
        "stable ; CSV : un fichier par table dans un .zip ou un dossier ; XLSX : une feuille "
        "par table. Le format se déduit de l'extension.",
    )
    add_data_dir(export)
    export.add_argument("file", metavar="FILE", type=Path,
                        help="fichier .json, .zip, .xlsx ou dossier")
    export.add_argument("--format", choices=["json", "csv", "xlsx"],
                        help="format (défaut : d'après l'extension)")
    export.set_defaults(func=run_export)

    indicators = subparsers.add_parser(
        "indicators",
        help="afficher les indicateurs du programme",
        description="Affiche les indicateurs du programme pour une période (défaut : les "
        "12 derniers mois), une équipe, une province ou une commune.",
    )
    add_data_dir(indicators)
    indicators.add_argument("--from", dest="date_from", metavar="AAAA-MM-JJ",
                            help="début de la période")
    indicators.add_argument("--to", dest="date_to", metavar="AAAA-MM-JJ",
                            help="fin de la période (défaut : aujourd'hui)")
    indicators.add_argument("--team", metavar="NOM_OU_ID", help="équipe (bus)")
    indicators.add_argument("--province", metavar="CODE", help="code de province (01.571…)")
    indicators.add_argument("--commune", metavar="CODE", help="code de commune")
    indicators.add_argument("--json", action="store_true", help="sortie JSON")
    indicators.set_defaults(func=run_indicators)


def _open(args: argparse.Namespace) -> Database:
    return Database.open(getattr(args, "data_dir", None))


# -- demo ------------------------------------------------------------------------

PHASES = {
    "people": "Bénéficiaires, séances et présences",
    "coaching": "Accompagnement",
    "enterprises": "Entreprises et coopératives",
    "selection": "Sélection et appuis",
    "done": "Enregistrement",
}


def run_demo(args: argparse.Namespace) -> int:
    from app.services.demo import DemoNotEmpty, DemoSummary, generate_demo, has_beneficiaries

    console = _console()
    if args.beneficiaries < 1:
        console.print("Le nombre de bénéficiaires doit être positif.")
        return 2
    db = _open(args)
    try:
        with _demo_progress(console, args.beneficiaries) as progress:
            # The bar stays up while the transaction commits (the last phase).
            with db.session() as session:
                if has_beneficiaries(session=session):
                    if args.if_empty:
                        return 0
                    raise DemoNotEmpty()
                summary: DemoSummary = generate_demo(
                    session=session, beneficiaries=args.beneficiaries, seed=args.seed,
                    progress=progress,
                )
    except DemoNotEmpty:
        console.print(
            "La base contient déjà des bénéficiaires : les données de démonstration vont dans "
            "une base vide (--data-dir AUTRE_DOSSIER), ou ajoutez --if-empty."
        )
        return 1
    finally:
        db.dispose()
    console.print(
        f"Données de démonstration (graine {summary.seed}) : {summary.beneficiaries} "
        f"bénéficiaires, {summary.stops} étapes, {summary.sessions} séances, "
        f"{summary.attendances} présences, {summary.coaching_sessions} accompagnements, "
        f"{summary.enterprises} entreprises et coopératives, {summary.applications} "
        f"candidatures, {summary.equipment} équipements, {summary.certificates} attestations.",
        highlight=False,
    )
    logins = ", ".join(
        f"{login.name} ({person_label('role', login.role, 'fr', login.sex)})"
        for login in summary.logins
    )
    console.print(f"Connexion : {logins} — mot de passe « {summary.logins[0].password} ».",
                  highlight=False)
    return 0


@contextmanager
def _demo_progress(
    console: Console, total: int
) -> Iterator[Callable[[str, int, int], None] | None]:
    """A progress bar on a terminal; nothing when the output is piped."""
    if not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TimeElapsedColumn

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        TaskProgressColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task(PHASES["people"], total=total)

        def progress(phase: str, done: int, total: int) -> None:
            if phase == "people":
                bar.update(task, completed=done)
            else:
                bar.update(task, description=PHASES.get(phase, phase))

        yield progress


# -- import ------------------------------------------------------------------------


def _parse_map(values: list[str]) -> dict[str, str] | str:
    mapping: dict[str, str] = {}
    for value in values:
        header, sep, target = value.rpartition("=")
        if not sep or not header.strip():
            return value
        mapping[header.strip()] = target.strip()
    return mapping


def run_import_beneficiaries(args: argparse.Namespace) -> int:
    from app.services.importing import UnreadableFileError, import_beneficiaries

    console = _console()
    mapping = _parse_map(args.map)
    if isinstance(mapping, str):
        console.print(f"--map « {mapping} » : écrivez \"En-tête=champ\".")
        return 2
    if not args.file.is_file():
        console.print(f"Fichier introuvable : {args.file}")
        return 2
    db = _open(args)
    session = db.new_session()
    try:
        session.begin()
        report = import_beneficiaries(
            session=session, path=args.file, mapping=mapping, collected_by=args.collected_by
        ).value
        if args.dry_run:
            session.rollback()
        else:
            session.commit()
    except UnreadableFileError as exc:
        session.rollback()
        template = FILE_ERRORS.get(exc.code, FILE_ERRORS["unreadable_file"])
        console.print(template.format(**{"field": "", "fields": "", **exc.params}))
        return 2
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
        db.dispose()
    columns = ", ".join(f"{h} → {f}" for h, f in report.columns.items())
    console.print(f"Colonnes reconnues : {columns}")
    if report.ignored_columns:
        console.print("Colonnes ignorées : " + ", ".join(report.ignored_columns))
    for row in report.rows:
        if row.outcome == "refused":
            reasons = " ; ".join(field_error_text(e) for e in row.errors)
            console.print(f"Ligne {row.line} ({row.name or 'sans nom'}) refusée : {reasons}",
                          highlight=False)
        elif row.outcome == "present":
            console.print(f"Ligne {row.line} ({row.name}) : déjà présente, ignorée",
                          highlight=False)
        elif row.warnings:
            notes = " ; ".join(field_error_text(e) for e in row.warnings)
            console.print(f"Ligne {row.line} ({row.name}) importée, à vérifier : {notes}",
                          highlight=False)
    verb = "à importer (essai, rien n'est enregistré)" if args.dry_run else "importées"
    console.print(
        f"{report.imported} ligne(s) {verb}, {report.present} déjà présente(s), "
        f"{report.refused} refusée(s).",
        highlight=False,
    )
    return 1 if report.refused else 0


# -- export ------------------------------------------------------------------------


def run_export(args: argparse.Namespace) -> int:
    from app.reports.exports.domain import export_file, format_for

    console = _console()
    path: Path = args.file
    chosen = args.format or format_for(path)
    if chosen is None:
        console.print("Format inconnu : utilisez .json, .zip, .xlsx ou --format.")
        return 2
    db = _open(args)
    try:
        with db.session() as session:
            result = export_file(session=session, path=path, format=chosen)
    finally:
        db.dispose()
    console.print(
        f"Export {result.format.upper()} : {result.rows} lignes de {result.tables} tables "
        f"dans {result.path}",
        highlight=False,
    )
    return 0


# -- officers' exports (`caravane print export`) ----------------------------------------


class _Deidentified(argparse.Action):
    """--deidentified: the export may make this laptop's pseudonym key (a
    write, so it runs alone in its data folder) unless a key file is given."""

    def __call__(self, parser: Any, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        namespace.deidentified = True
        namespace.writes = getattr(namespace, "pseudonym_key", None) is None


class _KeyFile(argparse.Action):
    def __call__(self, parser: Any, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        namespace.pseudonym_key = values
        namespace.writes = False


EXPORT_ERRORS = {
    "ends_before_start": "la date de fin précède la date de début.",
    "personal_and_deidentified": "--personal et --deidentified s'excluent.",
    "beneficiaries_only": "--people ne vaut que pour l'export des bénéficiaires.",
    "unknown_team": "équipe inconnue : {value}",
    "key_too_short": "la clé de pseudonymisation doit compter au moins {min} octets "
    "(64 chiffres hexadécimaux, p. ex. la sortie de `python -c \"import secrets; "
    "print(secrets.token_hex(32))\"`).",
}


# app.services.exports.officers' EXPORT_KINDS and PEOPLE_CHOICES, written out
# so that building the parser does not import the exports (and the
# indicators); a test checks that they agree.
EXPORT_KINDS = ("beneficiaries", "attendance", "coaching", "indicators")
PEOPLE_CHOICES = ("reached", "registered")


def register_officer_export(commands: Any, common: Callable[..., None], date: Any) -> None:
    """`caravane print export`: added to the `print` group by print_cmds."""
    export = commands.add_parser(
        "export", help="export pour les chargés de la CCIS (CSV ou XLSX)",
        description="Bénéficiaires, présences, accompagnements ou indicateurs, en XLSX "
        "(une feuille de données, un dictionnaire des colonnes, une feuille « À propos » avec "
        "la date d'export et les filtres) ou en CSV pour Excel et LibreOffice en français "
        "(UTF-8 avec BOM, séparateur ;, virgule décimale, dates AAAA-MM-JJ, description en "
        "tête de fichier), selon l'extension de OUT.",
    )
    export.add_argument("kind", choices=EXPORT_KINDS, metavar="|".join(EXPORT_KINDS))
    export.add_argument("out", metavar="OUT.csv|OUT.xlsx", type=Path)
    export.add_argument("--from", dest="date_from", type=date, metavar="DATE",
                        help="début de la période (jj/mm/aaaa ou aaaa-mm-jj)")
    export.add_argument("--to", dest="date_to", type=date, metavar="DATE",
                        help="fin de la période ; les âges sont comptés à cette date")
    export.add_argument("--team", metavar="NOM_OU_ID",
                        help="une seule équipe (bus), par nom ou identifiant (défaut : toutes)")
    export.add_argument(
        "--people", choices=PEOPLE_CHOICES,
        help="bénéficiaires : « reached » = touchés sur la période (présents à une session "
        "tenue ou accompagnés : la définition du rapport d'activité, par défaut avec --from), "
        "« registered » = inscrits sur la période (date d'inscription ; par défaut sans "
        "--from)",
    )
    export.add_argument("--codes", action="store_true",
                        help="codes au lieu des libellés (en-têtes courts, codes HCP, 1/0)")
    privacy = export.add_mutually_exclusive_group()
    privacy.add_argument("--personal", action="store_true",
                         help="inclure CIN et téléphone (données personnelles, loi 09-08)")
    privacy.add_argument(
        "--deidentified", action=_Deidentified, nargs=0, default=False,
        help="export désidentifié : ni nom, ni CIN, ni téléphone, ni naissance, ni douar ; "
        "un pseudonyme stable par personne (HMAC avec la clé de ce portable)",
    )
    export.add_argument(
        "--pseudonym-key", action=_KeyFile, type=Path, metavar="FICHIER",
        help="avec --deidentified : la clé de la CCIS (fichier), pour que les exports de "
        "tous les bus donnent le même pseudonyme à une personne",
    )
    common(export)
    export.set_defaults(func=run_officer_export)


def run_officer_export(args: argparse.Namespace) -> int:
    from app.core.errors import ValidationError
    from app.reports import api
    from app.services.exports.pseudonyms import key_from_file

    def fail(message: str) -> int:
        print(f"Erreur : {message}", file=sys.stderr)
        return 1

    out: Path = args.out
    if out.suffix.lower() not in {".csv", ".xlsx"}:
        return fail("le fichier doit se terminer par .csv ou .xlsx")
    if not out.parent.exists():
        return fail(f"dossier introuvable : {out.parent}")
    key: bytes | None = None
    key_file: Path | None = getattr(args, "pseudonym_key", None)
    if key_file is not None:
        if not args.deidentified:
            return fail("--pseudonym-key ne sert qu'avec --deidentified.")
        try:
            key = key_from_file(key_file.read_bytes())
        except OSError:
            return fail(f"clé illisible : {key_file}")
        except ValidationError as error:
            return fail(_export_error(error))
    db = Database.open(args.data_dir)
    try:
        with db.session() as session:
            count = api.export_for_officers(
                session=session, kind=args.kind, out=out, lang=getattr(args, "lang", None) or "fr",
                date_from=args.date_from, date_to=args.date_to, team_id=args.team,
                personal=args.personal, people=args.people, codes=args.codes,
                deidentified=args.deidentified, pseudonym_key=key,
                exported_at=dt.datetime.now(),
            )
    except ValidationError as error:
        return fail(_export_error(error))
    finally:
        db.dispose()
    print(f"Export écrit : {out} ({count} lignes)")
    return 0


def _export_error(error: CaravaneError) -> str:
    from app.core.errors import ValidationError

    if isinstance(error, ValidationError) and error.errors:
        first = error.errors[0]
        template = EXPORT_ERRORS.get(first.code)
        if template is not None:
            return template.format(**first.params)
        return f"{FIELD_LABELS.get(first.field, first.field)} : {first.code}"
    return error.code


# -- indicators ----------------------------------------------------------------------

# Sections whose rows are people among those reached (a share is shown).
SHARE_SECTIONS = frozenset({"sex", "age_band", "area", "commune", "sector", "project_stage",
                            "status"})


def _date(text: str | None, default: dt.date) -> dt.date:
    if not text:
        return default
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def _twelve_months_before(day: dt.date) -> dt.date:
    """The first day of the 12 months that end on `day`."""
    try:
        return day.replace(year=day.year - 1) + dt.timedelta(days=1)
    except ValueError:  # 29 February
        return day - dt.timedelta(days=365)


def _number(value: float | int) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}".replace(",", " ").replace(".", ",")
    return f"{int(value):,}".replace(",", " ")


def run_indicators(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from app.models import Commune, Province, Team
    from app.services.indicators import IndicatorFilter, compute_indicators

    console = _console()
    today = dt.date.today()
    try:
        date_to = _date(args.date_to, today)
        date_from = _date(args.date_from, _twelve_months_before(date_to))
    except ValueError as exc:
        console.print(f"Date illisible « {exc} » : écrivez AAAA-MM-JJ.")
        return 2
    db = _open(args)
    try:
        with db.session() as session:
            team_id: str | None = None
            team_name = "toutes"
            if args.team:
                team = session.get(Team, args.team) or session.scalars(
                    select(Team).where(func.lower(Team.name) == args.team.strip().lower())
                ).first()
                if team is None:
                    console.print(f"Équipe inconnue : {args.team}")
                    return 2
                team_id, team_name = team.id, team.name
            area = "toute la région"
            if args.province:
                province = session.get(Province, args.province)
                if province is None:
                    console.print(f"Province inconnue : {args.province}")
                    return 2
                area = f"province {province.name_fr}"
            if args.commune:
                commune = session.get(Commune, args.commune)
                if commune is None:
                    console.print(f"Commune inconnue : {args.commune}")
                    return 2
                area = f"commune {commune.name_fr}"
            filters = IndicatorFilter(
                date_from=date_from, date_to=date_to, team_id=team_id,
                province_code=args.province, commune_code=args.commune,
            )
            try:
                indicators = compute_indicators(session=session, filters=filters)
            except CaravaneError:
                console.print("La fin de la période est avant son début.")
                return 2
    finally:
        db.dispose()
    if args.json:
        payload = dataclasses.asdict(indicators)
        sys.stdout.write(json.dumps(payload, default=str, ensure_ascii=False, indent=2,
                                    sort_keys=True) + "\n")
        return 0
    console.print(
        f"Indicateurs du {date_from:%d/%m/%Y} au {date_to:%d/%m/%Y} — équipe : {team_name} — "
        f"{area}",
        highlight=False,
    )
    _print_indicator_tables(console, indicators)
    return 0


COMMUNES_SHOWN = 15


def _print_indicator_tables(console: Console, indicators: Any) -> None:
    from rich.table import Table

    reached = indicators.beneficiaries_reached
    sections: dict[str, list[Any]] = {}
    for row in indicators.as_rows():
        sections.setdefault(row.section, []).append(row)
    for section, rows in sections.items():
        share = section in SHARE_SECTIONS
        table = Table(title=indicator_section(section, "fr"), title_justify="left",
                      show_header=False)
        table.add_column("Indicateur", width=48)
        table.add_column("Valeur", justify="right", width=10)
        if share:
            table.add_column("Part", justify="right", width=7)
        # The window's and the documents' names (app.labels), in French.
        lines: list[tuple[str, str, float | int]] = [
            (row.label, indicator_label(section, row.label, "fr", indicators.commune_names),
             row.value)
            for row in rows
        ]
        if section == "commune" and len(lines) > COMMUNES_SHOWN + 1:
            rest = lines[COMMUNES_SHOWN:]
            lines = lines[:COMMUNES_SHOWN]
            lines.append(("", f"Autres : {count_phrase('fr', len(rest), 'commune')}",
                          sum(v for _, _, v in rest)))
        for key, label, number in lines:
            if key == "attendance_rate":
                value = f"{number * 100:.1f} %".replace(".", ",")
            else:
                value = _number(number)
            cells = [label, value]
            if share:
                cells.append(f"{number * 100 / reached:.1f} %".replace(".", ",")
                             if reached else "–")
            table.add_row(*cells)
        console.print(table)
