"""Plain French sentences for sync errors, for the command line (the
desktop app translates the same codes with its own tr() strings)."""

from __future__ import annotations

import datetime as dt

from app.sync.errors import SyncError

# How long the server lets a laptop retry joining when the answer was lost
# (server.joining.RETRY_MINUTES; the laptop cannot import the server).
JOIN_RETRY_MINUTES = 15

MESSAGES = {
    "sync_not_joined": "Cet ordinateur n'est pas encore inscrit auprès du serveur : "
    "lancez « caravane enroll --server URL --code CODE » avec le code donné par la CCIS.",
    "sync_offline": "Le serveur ne répond pas (pas de réseau ?). Vos données restent sur cet "
    "ordinateur ; réessayez quand une connexion sera disponible.",
    "sync_network": "La connexion a été coupée pendant la synchronisation. Rien n'est perdu : "
    "relancez la synchronisation, elle reprendra où elle s'est arrêtée.",
    "sync_revoked": "Cet ordinateur a été révoqué par la CCIS : il ne peut plus se "
    "synchroniser. Ses données locales sont conservées. Contactez la CCIS.",
    "sync_unknown_device": "Le serveur ne reconnaît pas cet ordinateur. Demandez un nouveau "
    "code d'inscription à la CCIS.",
    "sync_bad_code": "Code d'inscription refusé (erroné, déjà utilisé ou expiré).",
    "sync_update_required": "Le serveur demande une version plus récente de Caravane : "
    "veuillez mettre à jour Caravane sur cet ordinateur.",
    "sync_server_too_old": "Le serveur utilise une version plus ancienne de Caravane que cet "
    "ordinateur : demandez à la CCIS de mettre le serveur à jour.",
    "sync_server_error": "Le serveur a rencontré une erreur. Réessayez plus tard.",
    "sync_cancelled": "Synchronisation annulée. Rien n'est perdu.",
    "sync_clock_ahead": "L'horloge de cet ordinateur est en avance (il indique le {laptop}). "
    "Le serveur indique le {server}. Corrigez la date et l'heure de l'ordinateur puis "
    "relancez la synchronisation : rien n'est perdu.",
    "sync_insecure_url": "Adresse refusée : en « http:// » le jeton de cet ordinateur "
    "passerait en clair sur le réseau. Utilisez l'adresse en « https:// » donnée par la CCIS "
    "(ou, sur un réseau sûr et en connaissance de cause : caravane enroll --allow-http).",
    "sync_bad_fingerprint": "Empreinte illisible : il faut les 64 caractères (chiffres et "
    "lettres A à F) de l'empreinte SHA-256 donnée par la CCIS avec le code.",
    "sync_certificate_mismatch": "Le certificat du serveur ne correspond pas à l'empreinte "
    "donnée par la CCIS : rien n'a été envoyé. Vérifiez l'adresse et l'empreinte, ou "
    "appelez la CCIS (le serveur a pu changer de certificat, ou ce n'est pas le bon serveur).",
    "sync_certificate_untrusted": "Le certificat du serveur n'est reconnu par aucune autorité "
    "(certificat auto-signé ?) : rien n'a été envoyé. Demandez à la CCIS l'empreinte SHA-256 "
    "de son certificat et inscrivez l'ordinateur avec « --fingerprint EMPREINTE ».",
    "sync_join_interrupted": "La connexion a été coupée pendant l'inscription. Les données de "
    "cet ordinateur sont intactes : relancez la même commande avec le même code dans les "
    f"{JOIN_RETRY_MINUTES} minutes. Passé ce délai, demandez un nouveau code à la CCIS.",
    "sync_bad_joining_link": "Lien d'inscription illisible : copiez le lien entier affiché par "
    "la console de la CCIS (caravane://join?…), ou donnez l'adresse et le code séparément.",
    "sync_device_taken": "Le serveur connaît déjà cet ordinateur sous une autre inscription. "
    "Demandez un nouveau code d'inscription à la CCIS.",
    "sync_server_storage": "Le serveur de la CCIS ne peut rien enregistrer pour le moment "
    "(disque plein ?). Rien n'est perdu sur cet ordinateur : réessayez plus tard et "
    "prévenez la CCIS si cela dure.",
    "sync_batch_too_large": "Une fiche est trop volumineuse pour être envoyée au serveur "
    "(notes très longues ?). Rien n'est perdu : raccourcissez-la puis relancez la "
    "synchronisation.",
    "sync_batch_reused": "Le serveur a refusé un lot de modifications déjà utilisé. Rien n'est "
    "perdu : relancez la synchronisation.",
    "storage_full": "Le disque de cet ordinateur est plein : rien n'a pu être enregistré. "
    "Ce qui était déjà enregistré n'est pas perdu. Libérez de la place (fichiers, corbeille) "
    "puis relancez : la synchronisation reprendra où elle s'est arrêtée.",
    "storage_read_only": "La base de données de Caravane est en lecture seule (dossier protégé "
    "ou clé retirée ?) : rien n'a pu être enregistré. Ce qui était déjà enregistré n'est pas "
    "perdu. Vérifiez le dossier des données puis relancez.",
    "storage_locked": "La base de données de Caravane est occupée par un autre programme "
    "(une autre fenêtre ou commande Caravane ?). Rien n'est perdu : réessayez dans un instant.",
    "storage_failed": "La base de données de Caravane n'a pas pu être lue ou écrite (erreur "
    "du disque). Ce qui était déjà enregistré n'est pas perdu. Vérifiez le disque puis relancez.",
}


def local_moment(millis: int) -> str:
    """A moment (ms since 1970, UTC) as this computer's local date and time."""
    try:
        moment = dt.datetime.fromtimestamp(millis / 1000, dt.UTC).astimezone()
    except (OverflowError, ValueError, OSError):
        return "?"
    return moment.strftime("%d/%m/%Y à %H:%M")


def message(error: SyncError) -> str:
    text = MESSAGES.get(error.code, "La synchronisation a échoué.")
    if error.code == "sync_clock_ahead":
        return text.format(
            laptop=local_moment(int(error.params.get("laptop_time", 0))),
            server=local_moment(int(error.params.get("server_time", 0))),
        )
    reason = error.params.get("reason")
    if error.code == "sync_server_error" and reason:
        text += f" ({reason})"
    return text
