"""Error codes from the services, as sentences a trainer understands.

The services raise codes (app/core/errors.py); this is the one place
that turns them into translated text.  `error_text(exc)` for a whole error,
`field_error_text(field_error)` for a message next to a field.
Placeholders are named and filled after translation.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication


def _messages() -> dict[str, str]:
    """Translated sentence per code (built on call: the language may change)."""
    return {**_core_messages(), **_service_messages(), **_sync_messages(), **_refusal_messages()}


def _core_messages() -> dict[str, str]:
    return {
        # fields
        "required": QCoreApplication.translate("errors", "Ce champ est obligatoire."),
        "invalid_choice": QCoreApplication.translate("errors", "Choix non valable."),
        "cin_format": QCoreApplication.translate(
            "errors", "Le numéro de CIN ne semble pas valable ({value})."
        ),
        "cin_too_long": QCoreApplication.translate(
            "errors", "Le numéro de CIN est trop long ({max} caractères au plus)."
        ),
        "phone_invalid": QCoreApplication.translate("errors", "Numéro de téléphone non valable."),
        "phone_not_mobile": QCoreApplication.translate(
            "errors", "Ce n'est pas un numéro de portable marocain (06… ou 07…)."
        ),
        "ice_format": QCoreApplication.translate("errors", "L'ICE doit compter 15 chiffres."),
        "birth_date_future": QCoreApplication.translate(
            "errors", "La date de naissance est dans le futur."
        ),
        "birth_date_implausible": QCoreApplication.translate(
            "errors", "La date de naissance n'est pas plausible."
        ),
        "session_ends_before_start": QCoreApplication.translate(
            "errors", "La fin est avant le début."
        ),
        "ends_before_start": QCoreApplication.translate("errors", "La fin est avant le début."),
        "consent_required": QCoreApplication.translate(
            "errors",
            "Le consentement est obligatoire avant d'enregistrer des données personnelles.",
        ),
        "unknown_commune": QCoreApplication.translate("errors", "Commune inconnue."),
        "unknown_region": QCoreApplication.translate("errors", "Région inconnue."),
        "password_too_short": QCoreApplication.translate(
            "errors", "Le mot de passe doit compter au moins {min} caractères."
        ),
        "passwords_differ": QCoreApplication.translate(
            "errors", "Les deux mots de passe ne sont pas identiques."
        ),
        "duration_positive": QCoreApplication.translate("errors", "La durée doit être positive."),
        "positive": QCoreApplication.translate("errors", "La valeur doit être positive."),
        "invalid_date": QCoreApplication.translate("errors", "Date non valable (jj/mm/aaaa)."),
        "invalid_time": QCoreApplication.translate("errors", "Heure non valable (hh:mm)."),
        "invalid_number": QCoreApplication.translate("errors", "Nombre non valable."),
        "too_long": QCoreApplication.translate(
            "errors", "Trop long : {max} caractères au plus."
        ),
        "name_required": QCoreApplication.translate(
            "errors", "Indiquez le prénom et le nom, ou le nom en arabe."
        ),
        "due_in_past": QCoreApplication.translate(
            "errors", "L'échéance du {due_on} est déjà passée. Vérifiez la date."
        ),
        "confirmation_needed": QCoreApplication.translate(
            "errors", "Vérifiez ce qui est signalé, puis confirmez."
        ),
        # login
        "wrong_password": QCoreApplication.translate("errors", "Mot de passe incorrect."),
        "unknown_user": QCoreApplication.translate("errors", "Utilisateur inconnu."),
        "inactive": QCoreApplication.translate(
            "errors", "Ce compte est désactivé. Voyez votre coordinateur."
        ),
        "locked": QCoreApplication.translate(
            "errors", "Trop d'essais. Attendez avant de réessayer."
        ),
        # states
        "not_found": QCoreApplication.translate(
            "errors", "Introuvable : l'enregistrement a peut-être été supprimé."
        ),
        "session_cancelled": QCoreApplication.translate("errors", "Cette séance est annulée."),
        "already_merged": QCoreApplication.translate("errors", "Cette fiche a déjà été fusionnée."),
        "invalid_transition": QCoreApplication.translate(
            "errors", "Ce changement d'état n'est pas possible."
        ),
        "possible_duplicates": QCoreApplication.translate(
            "errors", "Cette personne est peut-être déjà inscrite ({count} fiche(s) proche(s))."
        ),
        "validation": QCoreApplication.translate("errors", "Certains champs sont à corriger."),
        # sync (app/laptop_sync/errors.py, app/sync/errors.py)
        "sync_failed": QCoreApplication.translate(
            "errors", "La synchronisation a échoué. Rien n'est perdu."
        ),
        "sync_offline": QCoreApplication.translate(
            "errors",
            "Le serveur ne répond pas (pas de réseau ?). Vos données restent sur cet "
            "ordinateur ; réessayez plus tard.",
        ),
        "sync_network": QCoreApplication.translate(
            "errors",
            "La connexion a été coupée pendant la synchronisation. Rien n'est perdu : "
            "elle reprendra où elle s'est arrêtée.",
        ),
        "sync_revoked": QCoreApplication.translate(
            "errors",
            "Cet ordinateur a été retiré par la CCIS : il ne peut plus se synchroniser. "
            "Vos données restent sur cet ordinateur. Contactez la CCIS.",
        ),
        "sync_not_joined": QCoreApplication.translate(
            "errors",
            "Cet ordinateur n'est pas encore relié au serveur de la CCIS : reliez-le dans "
            "Paramètres, avec l'adresse et le code donnés par la CCIS.",
        ),
        "sync_unknown_device": QCoreApplication.translate(
            "errors",
            "Le serveur ne reconnaît pas cet ordinateur. Demandez un nouveau code "
            "d'inscription à la CCIS.",
        ),
        "sync_bad_code": QCoreApplication.translate(
            "errors", "Code d'inscription refusé (erroné, utilisé ou expiré)."
        ),
        # joining from the settings (app/laptop_sync/joining.py, client.join_server)
        "sync_bad_joining_link": QCoreApplication.translate(
            "errors",
            "Lien d'inscription illisible : copiez le lien entier affiché par la console de la "
            "CCIS (caravane://join?…), ou saisissez l'adresse et le code séparément.",
        ),
        "sync_join_interrupted": QCoreApplication.translate(
            "errors",
            "La connexion a été coupée pendant l'inscription. Les données de cet ordinateur "
            "sont intactes : recommencez avec le même code dans le quart d'heure ; passé ce "
            "délai, demandez un nouveau code à la CCIS.",
        ),
        "sync_device_taken": QCoreApplication.translate(
            "errors",
            "Le serveur connaît déjà cet ordinateur sous une autre inscription. Demandez un "
            "nouveau code d'inscription à la CCIS.",
        ),
        "sync_update_required": QCoreApplication.translate(
            "errors", "Le serveur demande une version plus récente de Caravane : mettez à jour."
        ),
        "sync_server_too_old": QCoreApplication.translate(
            "errors",
            "Le serveur de la CCIS est plus ancien que cet ordinateur : demandez sa mise à jour.",
        ),
        "sync_server_error": QCoreApplication.translate(
            "errors", "Le serveur a rencontré une erreur. Réessayez plus tard."
        ),
        "sync_cancelled": QCoreApplication.translate(
            "errors", "Synchronisation annulée. Rien n'est perdu."
        ),
        "sync_clock_ahead": QCoreApplication.translate(
            "errors",
            "L'horloge de cet ordinateur est en avance (il indique le {laptop}). "
            "Le serveur indique le {server}. Corrigez la date et l'heure de l'ordinateur "
            "puis relancez la synchronisation : rien n'est perdu.",
        ),
        "sync_server_storage": QCoreApplication.translate(
            "errors",
            "Le serveur de la CCIS ne peut rien enregistrer pour le moment (disque plein ?). "
            "Rien n'est perdu sur cet ordinateur : réessayez plus tard.",
        ),
        "sync_batch_too_large": QCoreApplication.translate(
            "errors",
            "Une fiche est trop volumineuse pour être envoyée au serveur (notes très longues ?). "
            "Rien n'est perdu : raccourcissez-la puis relancez la synchronisation.",
        ),
        "sync_batch_reused": QCoreApplication.translate(
            "errors", "Le serveur a refusé un lot déjà utilisé. Rien n'est perdu : resynchronisez."
        ),
        # this computer's database or disk (app/sync/errors.py: storage_error)
        "storage_full": QCoreApplication.translate(
            "errors",
            "Le disque de cet ordinateur est plein : rien n'a pu être enregistré. Ce qui était "
            "déjà enregistré n'est pas perdu. Libérez de la place puis recommencez.",
        ),
        "storage_read_only": QCoreApplication.translate(
            "errors",
            "Les données de Caravane sont en lecture seule : rien n'a pu être enregistré. Ce "
            "qui était déjà enregistré n'est pas perdu. Vérifiez le dossier des données.",
        ),
        "storage_locked": QCoreApplication.translate(
            "errors",
            "Les données de Caravane sont occupées par un autre programme. Rien n'est perdu : "
            "réessayez dans un instant.",
        ),
        "storage_failed": QCoreApplication.translate(
            "errors",
            "Les données de Caravane n'ont pas pu être lues ou écrites (erreur du disque). Ce "
            "qui était déjà enregistré n'est pas perdu.",
        ),
        # transport security (app/laptop_sync/tls.py)
        "sync_insecure_url": QCoreApplication.translate(
            "errors",
            "Adresse du serveur refusée : en « http:// », les échanges passeraient en clair "
            "sur le réseau. Utilisez l'adresse en « https:// » donnée par la CCIS.",
        ),
        "sync_bad_fingerprint": QCoreApplication.translate(
            "errors",
            "Empreinte illisible : il faut les 64 caractères (chiffres et lettres A à F) "
            "donnés par la CCIS avec le code.",
        ),
        "sync_certificate_mismatch": QCoreApplication.translate(
            "errors",
            "Le certificat du serveur ne correspond pas à celui enregistré à l'inscription : "
            "rien n'a été envoyé. Ce n'est peut-être pas le bon serveur ; appelez la CCIS.",
        ),
        "sync_certificate_untrusted": QCoreApplication.translate(
            "errors",
            "Le certificat du serveur n'est pas reconnu : rien n'a été envoyé. Demandez à la "
            "CCIS l'empreinte de son certificat et inscrivez à nouveau cet ordinateur.",
        ),
        # demo
        "demo_not_empty": QCoreApplication.translate(
            "errors", "La démonstration ne se charge que dans une base de données vide."
        ),
        "demo_size": QCoreApplication.translate("errors", "Il faut au moins {min} bénéficiaire."),
        # attendance and registration
        "left_before_arrival": QCoreApplication.translate(
            "errors", "Le départ est avant l'arrivée."
        ),
        "arrival_outside_session": QCoreApplication.translate(
            "errors", "L'arrivée doit être pendant la séance, de {start} à {end}."
        ),
        "departure_outside_session": QCoreApplication.translate(
            "errors", "Le départ doit être pendant la séance, de {start} à {end}."
        ),
        "break_outside_session": QCoreApplication.translate(
            "errors", "La pause doit être comprise dans la séance, de {start} à {end}."
        ),
        "break_ends_before_start": QCoreApplication.translate(
            "errors", "La fin de la pause est avant son début."
        ),
        "date_future": QCoreApplication.translate("errors", "La date est dans le futur."),
        "birth_year_mismatch": QCoreApplication.translate(
            "errors", "L'année de naissance ne correspond pas à la date de naissance."
        ),
        "minor": QCoreApplication.translate("errors", "Cette personne a moins de 18 ans."),
        "error": QCoreApplication.translate("errors", "Une erreur est survenue."),
        # importing a list
        "unreadable_file": QCoreApplication.translate(
            "errors", "Ce fichier ne peut pas être lu comme un tableau CSV ou Excel."
        ),
        "empty_file": QCoreApplication.translate("errors", "Ce fichier ne contient aucune ligne."),
        "no_name_column": QCoreApplication.translate(
            "errors", "Aucune colonne de nom n'a été reconnue dans ce fichier."
        ),
        "consent_refused": QCoreApplication.translate(
            "errors", "La personne n'a pas donné son consentement : rien n'est enregistré."
        ),
    }


# Sentences added by issue 10 ("every message a sentence"), one group per
# source of codes; tests/test_error_sentences.py finds every code the code
# base can raise and fails on one without a sentence here.


def _service_messages() -> dict[str, str]:
    """Codes of app/core, app/rules and app/services not covered above."""
    return {
        "auth": QCoreApplication.translate("errors", "Connexion refusée."),
        "beneficiaries_only": QCoreApplication.translate(
            "errors", "Ce choix ne vaut que pour l'export des bénéficiaires."
        ),
        "key_too_short": QCoreApplication.translate(
            "errors", "La clé de pseudonymisation doit compter au moins {min} octets (64 chiffres hexadécimaux)."
        ),
        "no_team": QCoreApplication.translate(
            "errors", "Cet ordinateur n'a pas encore d'équipe : reliez-le d'abord au serveur de la CCIS."
        ),
        "personal_and_deidentified": QCoreApplication.translate(
            "errors", "Un export ne peut pas être à la fois avec données personnelles et désidentifié."
        ),
        "shared_programme": QCoreApplication.translate(
            "errors", "Ce programme est commun à toutes les équipes : seule la CCIS peut le modifier."
        ),
        "unknown_team": QCoreApplication.translate(
            "errors", "Équipe inconnue."
        ),
        "state": QCoreApplication.translate(
            "errors", "Cette opération n'est pas possible dans l'état actuel de la fiche."
        ),
        "nothing_attended": QCoreApplication.translate(
            "errors",
            "Aucune présence n'est enregistrée pour cette personne : il n'y a rien à attester. "
            "Pointez d'abord sa présence à une séance.",
        ),
        "merge_same": QCoreApplication.translate(
            "errors", "Une fiche ne peut pas être fusionnée avec elle-même."
        ),
        "already_applied": QCoreApplication.translate(
            "errors", "Cette personne a déjà une candidature à ce programme."
        ),
        "possible_duplicate": QCoreApplication.translate(
            "errors",
            "Une autre fiche porte le même numéro : vérifiez qu'il ne s'agit pas de la même "
            "personne.",
        ),
        "unknown_beneficiary": QCoreApplication.translate(
            "errors", "Cette personne est introuvable (fiche supprimée ou fusionnée ?)."
        ),
        "unknown_enterprise": QCoreApplication.translate(
            "errors", "Cette entreprise est introuvable (fiche supprimée ?)."
        ),
        "unknown_module": QCoreApplication.translate(
            "errors", "Ce module de formation est introuvable."
        ),
        "unknown_programme": QCoreApplication.translate("errors", "Ce programme est introuvable."),
        "unknown_session": QCoreApplication.translate(
            "errors", "Cette séance est introuvable (supprimée ?)."
        ),
        "unknown_stop": QCoreApplication.translate(
            "errors", "Cette étape de la tournée est introuvable."
        ),
        "unknown_export": QCoreApplication.translate("errors", "Ce type d'export n'existe pas."),
        "unknown_field": QCoreApplication.translate(
            "errors", "Champ inconnu : « {field} ». Champs possibles : {fields}."
        ),
        "import_cancelled": QCoreApplication.translate(
            "errors", "Import annulé : rien n'a été enregistré."
        ),
        "demo_cancelled": QCoreApplication.translate(
            "errors", "Chargement de la démonstration annulé : rien n'a été enregistré."
        ),
        "invalid_value": QCoreApplication.translate("errors", "Cette valeur n'est pas valable."),
        "must_be_positive": QCoreApplication.translate(
            "errors", "La valeur doit être positive."
        ),
        "out_of_range": QCoreApplication.translate(
            "errors", "Cette valeur est en dehors des limites permises."
        ),
        "date_implausible": QCoreApplication.translate(
            "errors", "Cette date n'est pas plausible (avant 1900)."
        ),
        "date_too_far": QCoreApplication.translate(
            "errors", "Cette date est trop loin dans l'avenir (plus de dix ans)."
        ),
        "not_normalized": QCoreApplication.translate(
            "errors", "Ce numéro n'est pas enregistré au format attendu (+212…)."
        ),
        "bad_shape": QCoreApplication.translate(
            "errors", "Cette liste n'a pas la forme attendue."
        ),
        "bad_reference": QCoreApplication.translate(
            "errors", "Cette fiche renvoie à une autre fiche qui n'existe pas."
        ),
        "self_reference": QCoreApplication.translate(
            "errors", "Une fiche ne peut pas renvoyer à elle-même."
        ),
        "id_mismatch": QCoreApplication.translate(
            "errors", "L'identifiant de cette fiche ne correspond pas à son contenu."
        ),
        "bad_password_hash": QCoreApplication.translate(
            "errors",
            "Le mot de passe enregistré pour ce compte est illisible : demandez à la CCIS de "
            "le refaire.",
        ),
    }


def _sync_messages() -> dict[str, str]:
    """Codes of app/sync and app/laptop_sync not covered above."""
    return {
        "bundle_invalid": QCoreApplication.translate(
            "errors",
            "Ce fichier de transfert (clé USB) est abîmé, modifié ou destiné à un autre "
            "serveur : rien n'a été importé.",
        ),
        "sync_device_taken": QCoreApplication.translate(
            "errors",
            "Le serveur connaît déjà cet ordinateur sous une autre inscription. Demandez un "
            "nouveau code d'inscription à la CCIS.",
        ),
        "sync_join_interrupted": QCoreApplication.translate(
            "errors",
            "La connexion a été coupée pendant l'inscription. Les données de cet ordinateur "
            "sont intactes : recommencez avec le même code dans les {minutes} minutes ; passé "
            "ce délai, demandez un nouveau code à la CCIS.",
        ),
    }


def _refusal_messages() -> dict[str, str]:
    """Why the server refused a pushed row (server/meaning.py,
    server/sync_service.py; kept by app/laptop_sync/refusals.py)."""
    return {
        "other_team": QCoreApplication.translate(
            "errors",
            "Cette modification renvoie à une fiche d'une autre équipe : le serveur l'a refusée.",
        ),
        "not_your_team": QCoreApplication.translate(
            "errors",
            "Cette fiche appartient à une autre équipe : le serveur a refusé la modification.",
        ),
        "wrong_team": QCoreApplication.translate(
            "errors",
            "Cette modification ferait passer la fiche dans une autre équipe : le serveur l'a "
            "refusée.",
        ),
        "shared_row": QCoreApplication.translate(
            "errors",
            "Les données de référence sont communes à toutes les équipes et ne se modifient "
            "pas depuis un ordinateur : le serveur a refusé la modification.",
        ),
        "server_managed": QCoreApplication.translate(
            "errors",
            "Les comptes et leurs rôles sont gérés par la CCIS : le serveur a refusé cette "
            "modification.",
        ),
        "bad_value": QCoreApplication.translate(
            "errors", "Le serveur n'a pas pu lire cette valeur et l'a refusée."
        ),
        "bad_hlc": QCoreApplication.translate(
            "errors", "L'horodatage de cette modification est illisible : le serveur l'a refusée."
        ),
    }


def _fallback_text() -> str:
    """For a code without a sentence (a bug, logged): never the raw code."""
    return QCoreApplication.translate(
        "errors",
        "Caravane n'a pas pu faire cette opération. Ce qui était déjà enregistré n'est pas perdu.",
    )


def _file_text(exc: OSError) -> str:
    """A file or network failure that is not the data folder's storage."""
    if isinstance(exc, ConnectionError | TimeoutError):
        return QCoreApplication.translate(
            "errors", "La connexion a échoué (réseau ?). Rien n'est perdu : réessayez plus tard."
        )
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate("errors", "Ce fichier ou ce dossier est introuvable.")
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "errors", "L'accès à ce fichier ou à ce dossier est refusé."
        )
    return QCoreApplication.translate("errors", "Le fichier n'a pas pu être lu ou écrit.")


class _Missing(dict[str, Any]):
    """Placeholders a caller did not give show as "…", never as "{name}"."""

    def __missing__(self, key: str) -> str:
        return "…"


def _fill(template: str, params: dict[str, Any]) -> str:
    try:
        return template.format_map(_Missing(params))
    except (IndexError, ValueError, AttributeError):
        return template.split("{")[0].rstrip(" :(«") + "."


def _moment(millis: Any) -> str:
    """A moment (ms since 1970, UTC) as a local date and time."""
    from app.ui.i18n import format_datetime

    try:
        moment = dt.datetime.fromtimestamp(int(millis) / 1000, dt.UTC).astimezone()
    except (TypeError, ValueError, OverflowError, OSError):
        return "?"
    return format_datetime(moment)


def code_text(code: str, params: dict[str, Any] | None = None) -> str:
    """The sentence for a code, or a generic sentence (never the code itself)."""
    messages = _messages()
    template = messages.get(code)
    if template is None:
        # A code is not personal data: logged so that the missing sentence is found.
        logging.getLogger("caravane").warning("no sentence for the error code %r", code)
        return _fallback_text()
    params = dict(params or {})
    for key, value in params.items():
        if isinstance(value, dt.date):  # a date in a sentence reads as in the tables
            from app.ui.i18n import format_date

            params[key] = format_date(value)
    if code == "sync_clock_ahead":  # the sync error carries moments, shown as dates
        params["laptop"] = _moment(params.get("laptop_time"))
        params["server"] = _moment(params.get("server_time"))
    if code == "sync_join_interrupted":
        from app.laptop_sync.messages import JOIN_RETRY_MINUTES

        params["minutes"] = JOIN_RETRY_MINUTES
    return _fill(template, params)


def field_error_text(error: Any) -> str:
    """A FieldError (field, code, params) as the message shown next to its field."""
    if error.code not in _messages():
        logging.getLogger("caravane").warning("no sentence for the field code %r", error.code)
        return QCoreApplication.translate("errors", "Cette valeur n'est pas acceptée.")
    return code_text(error.code, error.params)


def error_text(exc: BaseException) -> str:
    """Any exception as one readable sentence (domain codes translated)."""
    from app.core.errors import CaravaneError, ValidationError
    from app.sync.errors import storage_error

    if not isinstance(exc, CaravaneError):
        # The database or disk failing: a sentence, never the SQL error's text.
        exc = storage_error(exc) or exc
    if isinstance(exc, ValidationError):
        lines = [field_error_text(e) for e in exc.errors]
        return "\n".join(lines) or code_text("validation")
    if isinstance(exc, CaravaneError):
        return code_text(exc.code, exc.params)
    # Other libraries' `code`s (SQLAlchemy's "e3q8"...) mean nothing to a trainer.
    if isinstance(exc, OSError):
        return _file_text(exc)
    return code_text("error")
