<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Import</name>
    <message>
        <location filename="../../app/ui/importing.py" line="36" />
        <source>Importer une liste de bénéficiaires</source>
        <translation>Import a list of beneficiaries</translation>
    </message>
    <message>
        <location filename="../../app/ui/importing.py" line="38" />
        <source>Listes (*.csv *.xlsx);;Tous les fichiers (*)</source>
        <translation>Lists (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/importing.py" line="44" />
        <source>Importer une liste de bénéficiaires…</source>
        <translation>Import a list of beneficiaries…</translation>
    </message>
    <message>
        <location filename="../../app/ui/importing.py" line="73" />
        <source>Import impossible</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/importing.py" line="77" />
        <source>Import de {name}</source>
        <translation>Importing {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/importing.py" line="78" />
        <source>Lecture et vérification des lignes…</source>
        <translation>Reading and checking the rows…</translation>
    </message>
    <message>
        <location filename="../../app/ui/importing.py" line="84" />
        <source>{imported} personne(s) importée(s), {present} déjà présente(s), {refused} ligne(s) refusée(s).</source>
        <translation>{imported} person(s) imported, {present} already present, {refused} row(s) refused.</translation>
    </message>
    <message>
        <location filename="../../app/ui/importing.py" line="92" />
        <source>Ligne {line} ({name}) : {reasons}</source>
        <translation>Row {line} ({name}): {reasons}</translation>
    </message>
    <message>
        <location filename="../../app/ui/importing.py" line="96" />
        <source>… et {count} autre(s) ligne(s) refusée(s).</source>
        <translation>… and {count} more refused row(s).</translation>
    </message>
    <message>
        <location filename="../../app/ui/importing.py" line="103" />
        <source>Import terminé</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>AttendanceScreen</name>
    <message>
        <location filename="../../app/ui/forms/attendance.ui" line="105" />
        <source>présents / attendus</source>
        <translation>present / expected</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/attendance.ui" line="27" />
        <source>Séance :</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/attendance.ui" line="160" />
        <source>Nom, الاسم, CIN ou téléphone — puis Entrée</source>
        <translation>Name, الاسم, CIN or phone — then Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/attendance.ui" line="215" />
        <source>Nouveau participant (Ctrl+N)</source>
        <translation>New participant (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/attendance.ui" line="311" />
        <source>Annuler le dernier pointage (Ctrl+Z)</source>
        <translation>Undo the last check-in (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/attendance.ui" line="318" />
        <source>Présence partielle…</source>
        <translation>Partial presence…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/attendance.ui" line="252" />
        <source>Liste de la séance</source>
        <translation>Session list</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/attendance.ui" line="272" />
        <source>Afficher :</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="376" />
        <source>attendu</source>
        <translation>expected</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="443" />
        <source>{date}, {start}–{end} · {place}</source>
        <translation>{date}, {start}–{end} · {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="545" />
        <source>↑ ↓ pour choisir, Entrée pour pointer.</source>
        <translation>↑ ↓ to choose, Enter to check in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="547" />
        <source>Plus de {count} personnes : précisez la recherche.</source>
        <translation>More than {count} people: refine the search.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="477" />
        <source>Aucune personne trouvée exactement pour « {query} ». Noms approchants ci-dessous : ↓ pour en choisir un, ou Entrée pour l'inscrire comme nouveau participant.</source>
        <translation>Nobody found exactly for "{query}". Close names below: ↓ to pick one, or Enter to register them as a new participant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="485" />
        <source>Aucune personne trouvée pour « {query} ». Entrée pour l'inscrire comme nouveau participant.</source>
        <translation>Nobody found for "{query}". Enter registers them as a new participant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="653" />
        <source>{name} : présence déjà enregistrée.</source>
        <translation>{name} is already checked in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="710" />
        <source> à {time}</source>
        <translation> at {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="711" />
        <source>✓ {name} : présence enregistrée{when}</source>
        <translation>✓ {name} checked in{when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="736" />
        <source>↶ Pointage de {name} annulé.</source>
        <translation>↶ Check-in of {name} undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="764" />
        <source>Choisissez d'abord une personne dans la liste.</source>
        <translation>First choose a person in the list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="779" />
        <source>Heures de {name} enregistrées.</source>
        <translation>Hours of {name} saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="814" />
        <source>✓ {name} : inscription et présence enregistrées.</source>
        <translation>✓ {name} registered and checked in.</translation>
    </message>
    <message>
        <source>{present} / {expected}</source>
        <translation>{present} / {expected}</translation>
    </message>
    <message>
        <source>Personne ne correspond à {queries}. Entrée une seconde fois (ou Ctrl+N) pour inscrire un nouveau participant.</source>
        <translation>Nobody matches {queries}. Press Enter again (or Ctrl+N) to register a new participant.</translation>
    </message>
    <message>
        <source>Imprimer la feuille de présence (Ctrl+P)</source>
        <translation>Print the attendance sheet (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="70" />
        <source>Bienvenue dans Caravane</source>
        <translation>Welcome to Caravane</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="74" />
        <source>Cet ordinateur n'a pas encore d'équipe. Donnez le nom du bus et créez le compte du coordinateur, ou chargez les données de démonstration pour essayer.</source>
        <translation>This computer has no team yet. Give the bus name and create the coordinator account, or load the demo data to try it out.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="81" />
        <source>ex. Caravane TPE — Bus 1</source>
        <translation>e.g. Caravane TPE — Bus 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="94" />
        <source>Nom de l'équipe (bus)</source>
        <translation>Team (bus) name</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="95" />
        <source>Nom du coordinateur</source>
        <translation>Coordinator name</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="96" />
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="97" />
        <source>Mot de passe (encore)</source>
        <translation>Password (again)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="98" />
        <source>Créer l'équipe et commencer</source>
        <translation>Create the team and start</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="106" />
        <source>Essayer avec des données de démonstration</source>
        <translation>Try with demo data</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="112" />
        <source>Charger la démonstration</source>
        <translation>Load the demo</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="117" />
        <source>Crée une équipe fictive, ses formateurs et des bénéficiaires. Ensuite, choisissez un nom dans la liste, par exemple {name}, et tapez le mot de passe {password} (le même pour tous les comptes de démonstration).</source>
        <translation>Creates a fictitious team, its trainers and beneficiaries. Then choose a name in the list, for example {name}, and type the password {password} (the same for every demo account).</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="123" />
        <source>Bénéficiaires</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="254" />
        <source>Données de démonstration</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="255" />
        <location filename="../../app/ui/screens/first_start.py" line="266" />
        <source>Création des données de démonstration…</source>
        <translation>Creating the demo data…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="261" />
        <source>Bénéficiaires…</source>
        <translation>Beneficiaries…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="262" />
        <source>Tournée et séances…</source>
        <translation>Tour and sessions…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="263" />
        <source>Présences…</source>
        <translation>Attendance…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="264" />
        <source>Accompagnement…</source>
        <translation>Coaching…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="103" />
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../app/ui/screens/login.py" line="258" />
        <source>Caravane est verrouillée</source>
        <translation>Caravane is locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="264" />
        <source>Déverrouiller</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="266" />
        <source>Changer d'utilisateur</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="284" />
        <source>Session de {name}. Tapez votre mot de passe pour continuer.</source>
        <translation>{name}'s session. Type your password to continue.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../app/ui/screens/login.py" line="177" />
        <source>Caravane — maison des TPE</source>
        <translation>Caravane — maison des TPE</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="181" />
        <source>Choisissez votre nom, puis tapez votre mot de passe.</source>
        <translation>Pick your name, then type your password.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="210" />
        <source>Équipe : {team}</source>
        <translation>Team: {team}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="215" />
        <source>coordinateur</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="215" />
        <source>formateur</source>
        <translation>trainer</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="227" />
        <source>coordinatrice</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="228" />
        <source>formatrice</source>
        <translation>trainer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="183" />
        <source>Aujourd'hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184" />
        <source>Présences</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185" />
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186" />
        <source>Bénéficiaires</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187" />
        <source>Accompagnement</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="188" />
        <source>Chiffres</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="189" />
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190" />
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="242" />
        <source>Caravane — {name}</source>
        <translation>Caravane — {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="289" />
        <source>&amp;Caravane</source>
        <translation>&amp;Caravane</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="290" />
        <source>Verrouiller</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="293" />
        <source>Changer d'utilisateur</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="295" />
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="302" />
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="304" />
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="305" />
        <source>À propos de Caravane</source>
        <translation>About Caravane</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../app/ui/screens/login.py" line="82" />
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="85" />
        <source>Se connecter</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="110" />
        <source>Choisissez d'abord votre nom dans la liste.</source>
        <translation>First pick your name in the list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="152" />
        <source>Trop d'essais : attendez {seconds} s avant de réessayer.</source>
        <translation>Too many attempts: wait {seconds} s before trying again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="164" />
        <source>Vous pouvez réessayer.</source>
        <translation>You may try again.</translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="142" />
        <source>Présence partielle</source>
        <translation>Partial presence</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="145" />
        <source>{name} — séance de {start} à {end}</source>
        <translation>{name} — session from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="156" />
        <source>Pause de {start} à {end} (jamais comptée)</source>
        <translation>Break from {start} to {end} (never counted)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="156" />
        <source>Arrivée</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="156" />
        <source>Départ</source>
        <translation>Departure</translation>
    </message>
</context>
<context>
    <name>RosterModeBox</name>
    <message>
        <location filename="../../app/ui/screens/roster_mode.py" line="15" />
        <source>Tout le monde</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/roster_mode.py" line="16" />
        <source>Présents</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/roster_mode.py" line="17" />
        <source>Attendus pas encore là</source>
        <translation>Expected, not here yet</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../app/ui/models/roster.py" line="47" />
        <source>Présent</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="52" />
        <source>Prénom et nom</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="57" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="61" />
        <source>Arrivée</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="66" />
        <source>Départ</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="71" />
        <source>Heures</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="77" />
        <source>Nom en arabe</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="79" />
        <source>CIN</source>
        <translation>CIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="81" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="123" />
        <source>Cocher pour pointer la personne présente</source>
        <translation>Tick to check the person in</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="38" />
        <source>attendue</source>
        <translation>expected</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="39" />
        <source>attendu</source>
        <translation>expected</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="25" />
        <source>✓ présent</source>
        <translation>✓ present</translation>
    </message>
    <message>
        <source>attendue</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>attendu</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>✓ présente</source>
        <translation>✓ present</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="34" />
        <source>Nom approchant de la recherche : vérifiez avant de pointer.</source>
        <translation>Name close to what was typed: check before checking in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="28" />
        <source>Prénom et nom</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="33" />
        <source>Nom en arabe</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="37" />
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="40" />
        <source>CIN</source>
        <translation>CIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="42" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="46" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
</context>
<context>
    <name>PrivacySettingsBox</name>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="40" />
        <source>Protection des données (loi 09-08)</source>
        <translation>Data protection (law 09-08)</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="42" />
        <source>Mentions imprimées sur la fiche d'un bénéficiaire. Un champ vide n'est jamais inventé : la fiche dit qu'il n'est pas renseigné.</source>
        <translation>Statements printed on a beneficiary's record. An empty field is never made up: the record says it is not set.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="56" />
        <source>non renseignée</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="57" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="65" />
        <source>Adresse de la CCIS</source>
        <translation>CCIS address</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="66" />
        <source>Référence de la déclaration à la CNDP</source>
        <translation>CNDP declaration reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="67" />
        <source>Durée de conservation (années)</source>
        <translation>Retention period (years)</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="68" />
        <source>Où exercer ses droits</source>
        <translation>Where to exercise one's rights</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="94" />
        <source>Seul un coordinateur peut modifier ces mentions.</source>
        <translation>Only a coordinator can change these statements.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="128" />
        <source>Enregistré.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="62" />
        <source>Dossier des données de Caravane</source>
        <translation>Caravane data folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="72" />
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="85" />
        <source>Langue de l'interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="97" />
        <source>Choisir un autre dossier…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="99" />
        <source>Revenir au dossier par défaut</source>
        <translation>Back to the default folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="101" />
        <source>Dossier des données</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="103" />
        <source>Dossier utilisé maintenant :</source>
        <translation>Folder in use now:</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="116" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="117" />
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="120" />
        <source>Verrouillage</source>
        <translation>Locking</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="122" />
        <source>Verrouiller après une inactivité de</source>
        <translation>Lock after being idle for</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="131" />
        <source>À propos</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="133" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="136" />
        <source>Base de données</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="137" />
        <source>Identifiant de cet ordinateur</source>
        <translation>This computer's id</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="138" />
        <source>Contenu</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="170" />
        <source>Équipe : {team}
{beneficiaries} bénéficiaires, {sessions} séances, {stops} étapes, {users} utilisateurs</source>
        <translation>Team: {team}
{beneficiaries} beneficiaries, {sessions} sessions, {stops} stops, {users} users</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="206" />
        <source>Au prochain démarrage, Caravane utilisera : {folder}</source>
        <translation>At the next start, Caravane will use: {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="198" />
        <source>Serveur de la CCIS</source>
        <translation>CCIS server</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="202" />
        <source>Relier avec un nouveau code…</source>
        <translation>Join again with a new code…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="219" />
        <source>64 caractères, si la CCIS la donne</source>
        <translation>64 characters, if the CCIS gives it</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="226" />
        <source>Relier cet ordinateur au serveur</source>
        <translation>Join this computer to the server</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="242" />
        <source>Lien d'inscription (sous le QR code)</source>
        <translation>Joining link (under the QR code)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="243" />
        <source>ou bien :</source>
        <translation>or:</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="245" />
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="247" />
        <source>Code d'inscription</source>
        <translation>Joining code</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="249" />
        <source>Empreinte du certificat</source>
        <translation>Certificate fingerprint</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="310" />
        <source>Les données de cet ordinateur ne sont pas encore reliées à un serveur : elles restent ici. Pour les envoyer à la CCIS, saisissez le lien d'inscription affiché par sa console, ou l'adresse du serveur et le code qu'elle vous a donnés.</source>
        <translation>This computer's data is not joined to a server yet: it stays here. To send it to the CCIS, enter the joining link its console shows, or the server address and the code it gave you.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="319" />
        <source>Cet ordinateur a été retiré par la CCIS du serveur {url}. Ses données restent ici ; pour le relier de nouveau, demandez un nouveau code.</source>
        <translation>The CCIS withdrew this computer from the server {url}. Its data stays here; to join it again, ask for a new code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="325" />
        <source>Relié au serveur {url} (équipe « {team} »).</source>
        <translation>Joined to the server {url} (team “{team}”).</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="330" />
        <source>Relié au serveur {url}.</source>
        <translation>Joined to the server {url}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="414" />
        <source>Connexion au serveur {url}…</source>
        <translation>Connecting to the server {url}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="450" />
        <source>Cet ordinateur est relié au serveur, équipe « {team} » : {rows} enregistrement(s) de cet ordinateur la rejoignent. La première synchronisation commence.</source>
        <translation>This computer is joined to the server, team “{team}”: {rows} record(s) of this computer join it. The first sync is starting.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="130" />
        <source>Cet écran arrive bientôt.</source>
        <translation>This screen is coming soon.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Caravane est déjà ouvert sur ce dossier de données ({folder}) : sa fenêtre est passée au premier plan.</source>
        <translation>Caravane is already open on this data folder ({folder}): its window has been brought to the front.</translation>
    </message>
    <message>
        <source>Caravane est déjà ouvert sur ce dossier de données :
{folder}

Une seule fenêtre à la fois peut y travailler. Utilisez la fenêtre déjà ouverte (elle est peut-être réduite ou sur un autre bureau), ou fermez-la avant de relancer Caravane.</source>
        <translation>Caravane is already open on this data folder:
{folder}

Only one window at a time can work in it. Use the window already open (it may be minimised or on another desktop), or close it before starting Caravane again.</translation>
    </message>
    <message>
        <source>Une commande Caravane (« caravane {command} ») travaille sur ce dossier de données :
{folder}

Attendez qu&apos;elle se termine, puis relancez Caravane.</source>
        <translation>A Caravane command (“caravane {command}”) is working on this data folder:
{folder}

Wait until it finishes, then start Caravane again.</translation>
    </message>
    <message>
        <source>Un autre programme Caravane travaille sur ce dossier de données :
{folder}

Attendez qu&apos;il se termine (ou fermez l&apos;autre fenêtre de Caravane), puis relancez Caravane.</source>
        <translation>Another Caravane program is working on this data folder:
{folder}

Wait until it finishes (or close the other Caravane window), then start Caravane again.</translation>
    </message>
</context>
<context>
    <name>StartProblems</name>
    <message>
        <source>Le disque qui contient les données de Caravane est plein :
{folder}

Caravane ne peut pas démarrer sans un peu de place. Rien de ce qui était enregistré n&apos;est perdu. Libérez de la place (fichiers inutiles, corbeille), puis relancez Caravane.</source>
        <translation>The disk holding Caravane&apos;s data is full:
{folder}

Caravane cannot start without some free space. Nothing that was saved is lost. Free some space (unneeded files, the recycle bin), then start Caravane again.</translation>
    </message>
    <message>
        <source>Caravane ne peut pas écrire dans son dossier de données :
{folder}

Le disque est en lecture seule, protégé ou retiré. Rien de ce qui était enregistré n&apos;est perdu. Vérifiez ce dossier (ou la clé USB qui le contient), puis relancez Caravane.</source>
        <translation>Caravane cannot write in its data folder:
{folder}

The disk is read-only, protected or removed. Nothing that was saved is lost. Check this folder (or the USB stick holding it), then start Caravane again.</translation>
    </message>
    <message>
        <source>Caravane ne peut pas écrire dans son dossier de données :
{folder}

Le disque signale une erreur. Rien de ce qui était enregistré n&apos;est perdu. Vérifiez le disque, puis relancez Caravane.</source>
        <translation>Caravane cannot write in its data folder:
{folder}

The disk reports an error. Nothing that was saved is lost. Check the disk, then start Caravane again.</translation>
    </message>
    <message>
        <source>Caravane n&apos;a pas pu ouvrir ses données :
{folder}</source>
        <translation>Caravane could not open its data:
{folder}</translation>
    </message>
    <message>
        <source>Ce qui était déjà enregistré n&apos;est pas perdu.</source>
        <translation>What was already saved is not lost.</translation>
    </message>
    <message>
        <source>Ce qui était déjà enregistré n&apos;est pas perdu. Donnez ce journal au support : {path}</source>
        <translation>What was already saved is not lost. Give this log file to support: {path}</translation>
    </message>
    <message>
        <source>Caravane ne peut pas démarrer</source>
        <translation>Caravane cannot start</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../app/ui/status_bar.py" line="61" />
        <source>Détails…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="200" />
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="63" />
        <source>Synchroniser</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="112" />
        <source>Synchronisation en cours…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="130" />
        <source>Synchronisé</source>
        <translation>Synced</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="172" />
        <source>Synchronisation : …</source>
        <translation>Sync: …</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="179" />
        <source>● Retiré par la CCIS</source>
        <translation>● Withdrawn by the CCIS</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="187" />
        <source>● En ligne</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="190" />
        <source>● Hors ligne</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="193" />
        <source>{count} modification(s) à envoyer</source>
        <translation>{count} change(s) to send</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="196" />
        <source>Dernière synchro : {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="198" />
        <source>Jamais synchronisé</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="202" />
        <source>{count} conflit(s) à revoir</source>
        <translation>{count} conflict(s) to review</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="45" />
        <source>Relier à un serveur…</source>
        <translation>Join a server…</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="229" />
        <source>Données locales : pas encore reliées à un serveur</source>
        <translation>Local data: not joined to a server yet</translation>
    </message>
</context>
<context>
    <name>TaskManager</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="104" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../app/ui/screens/today.py" line="87" />
        <location filename="../../app/ui/screens/today.py" line="198" />
        <source>Séances du jour</source>
        <translation>Today's sessions</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="93" />
        <source>Prendre les présences</source>
        <translation>Take attendance</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="110" />
        <source>Suivis d'accompagnement prévus aujourd'hui</source>
        <translation>Coaching follow-ups due today</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="111" />
        <source>Prochaines étapes en retard</source>
        <translation>Overdue next steps</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="148" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="151" />
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="155" />
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="156" />
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="158" />
        <source>Présents / attendus</source>
        <translation>Present / expected</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="167" />
        <source>Bénéficiaire</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="168" />
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="170" />
        <source>Échéance</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="187" />
        <source>Aujourd'hui, {date}</source>
        <translation>Today, {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="193" />
        <source>Étape du bus : {commune}{place}</source>
        <translation>Bus stop: {commune}{place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="196" />
        <source>Pas d'étape du bus prévue aujourd'hui.</source>
        <translation>No bus stop planned today.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="201" />
        <source>Prochaines séances</source>
        <translation>Coming sessions</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="203" />
        <source>Aucune séance aujourd'hui. Voici les prochaines.</source>
        <translation>No session today. Here are the coming ones.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="205" />
        <source>Aucune séance prévue dans les deux semaines à venir.</source>
        <translation>No session planned in the next two weeks.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="212" />
        <source>Suivis d'accompagnement prévus aujourd'hui ({count})</source>
        <translation>Coaching follow-ups due today ({count})</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="217" />
        <source>Prochaines étapes en retard ({count})</source>
        <translation>Overdue next steps ({count})</translation>
    </message>
    <message>
        <source>{present} / {expected}</source>
        <translation>{present} / {expected}</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="119" />
        <source>Nouveau participant</source>
        <translation>New participant</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="129" />
        <source>Femme</source>
        <translation>Woman</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="130" />
        <source>Homme</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="141" />
        <source>année (1990) ou date (jj/mm/aaaa)</source>
        <translation>year (1990) or date (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="146" />
        <source>tapez le début du nom</source>
        <translation>type the start of the name</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="156" />
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="157" />
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="158" />
        <location filename="../../app/ui/screens/walk_in.py" line="235" />
        <source>Nom en arabe</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="159" />
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="160" />
        <source>Naissance</source>
        <translation>Birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="161" />
        <location filename="../../app/ui/screens/walk_in.py" line="237" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="162" />
        <location filename="../../app/ui/screens/walk_in.py" line="236" />
        <source>CIN</source>
        <translation>CIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="163" />
        <location filename="../../app/ui/screens/walk_in.py" line="238" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="166" />
        <source>La personne accepte l'enregistrement de ses données (loi 09-08)</source>
        <translation>The person agrees to their data being recorded (law 09-08)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="169" />
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="170" />
        <source>Partage avec les partenaires</source>
        <translation>Sharing with partners</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="171" />
        <source>SMS / WhatsApp</source>
        <translation>SMS / WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="182" />
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="185" />
        <source>Cette personne est peut-être déjà inscrite</source>
        <translation>This person may already be registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="199" />
        <source>C'est cette personne</source>
        <translation>It is this person</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="202" />
        <source>Créer quand même</source>
        <translation>Create anyway</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="216" />
        <source>Enregistrer et pointer</source>
        <translation>Save and check in</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="229" />
        <source>même CIN</source>
        <translation>same CIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="230" />
        <source>même téléphone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="231" />
        <source>nom proche, même commune</source>
        <translation>similar name, same commune</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="234" />
        <source>Prénom et nom</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="239" />
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../app/ui/crash.py" line="69" />
        <source>Un problème inattendu est survenu. Ce qui était déjà enregistré (présences, inscriptions) n'est pas perdu.</source>
        <translation>An unexpected problem occurred. What was already saved (attendance, registrations) is not lost.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="74" />
        <source>Le détail est dans le journal : {path}. Donnez ce fichier au support.</source>
        <translation>The details are in the log: {path}. Give this file to support.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="83" />
        <source>Caravane — erreur</source>
        <translation>Caravane — error</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Ce choix ne vaut que pour l'export des bénéficiaires.</source>
        <translation>This choice only applies to the beneficiaries export.</translation>
    </message>
    <message>
        <source>La clé de pseudonymisation doit compter au moins {min} octets (64 chiffres hexadécimaux).</source>
        <translation>The pseudonymisation key must be at least {min} bytes long (64 hexadecimal digits).</translation>
    </message>
    <message>
        <source>Cet ordinateur n'a pas encore d'équipe : reliez-le d'abord au serveur de la CCIS.</source>
        <translation>This computer has no team yet: join it to the CCIS server first.</translation>
    </message>
    <message>
        <source>Un export ne peut pas être à la fois avec données personnelles et désidentifié.</source>
        <translation>An export cannot both include personal data and be de-identified.</translation>
    </message>
    <message>
        <source>Ce programme est commun à toutes les équipes : seule la CCIS peut le modifier.</source>
        <translation>This programme is shared by every team: only the CCIS can change it.</translation>
    </message>
    <message>
        <source>Équipe inconnue.</source>
        <translation>Unknown team.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="139" />
        <source>Une fiche est trop volumineuse pour être envoyée au serveur (notes très longues ?). Rien n&apos;est perdu : raccourcissez-la puis relancez la synchronisation.</source>
        <translation>A record is too large to be sent to the server (very long notes?). Nothing is lost: shorten it, then sync again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="20" />
        <source>Ce champ est obligatoire.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="21" />
        <source>Choix non valable.</source>
        <translation>Invalid choice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="22" />
        <source>Le numéro de CIN ne semble pas valable ({value}).</source>
        <translation>The CIN number does not look valid ({value}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="25" />
        <source>Le numéro de CIN est trop long ({max} caractères au plus).</source>
        <translation>The CIN number is too long ({max} characters at most).</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="28" />
        <source>Numéro de téléphone non valable.</source>
        <translation>Invalid phone number.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="29" />
        <source>Ce n'est pas un numéro de portable marocain (06… ou 07…).</source>
        <translation>Not a Moroccan mobile number (06… or 07…).</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="32" />
        <source>L'ICE doit compter 15 chiffres.</source>
        <translation>The ICE must have 15 digits.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="33" />
        <source>La date de naissance est dans le futur.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="36" />
        <source>La date de naissance n'est pas plausible.</source>
        <translation>The birth date is not plausible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="39" />
        <location filename="../../app/ui/errors.py" line="42" />
        <source>La fin est avant le début.</source>
        <translation>The end is before the start.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="43" />
        <source>Le consentement est obligatoire avant d'enregistrer des données personnelles.</source>
        <translation>Consent is required before personal data is recorded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="47" />
        <source>Commune inconnue.</source>
        <translation>Unknown commune.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="48" />
        <source>Région inconnue.</source>
        <translation>Unknown region.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="49" />
        <source>Le mot de passe doit compter au moins {min} caractères.</source>
        <translation>The password must have at least {min} characters.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="52" />
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="55" />
        <source>La durée doit être positive.</source>
        <translation>The duration must be positive.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="56" />
        <source>La valeur doit être positive.</source>
        <translation>The value must be positive.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="57" />
        <source>Date non valable (jj/mm/aaaa).</source>
        <translation>Invalid date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="58" />
        <source>Heure non valable (hh:mm).</source>
        <translation>Invalid time (hh:mm).</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="59" />
        <source>Nombre non valable.</source>
        <translation>Invalid number.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="61" />
        <source>Mot de passe incorrect.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="62" />
        <source>Utilisateur inconnu.</source>
        <translation>Unknown user.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="63" />
        <source>Ce compte est désactivé. Voyez votre coordinateur.</source>
        <translation>This account is disabled. See your coordinator.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="66" />
        <source>Trop d'essais. Attendez avant de réessayer.</source>
        <translation>Too many attempts. Wait before trying again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="70" />
        <source>Introuvable : l'enregistrement a peut-être été supprimé.</source>
        <translation>Not found: the record may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="73" />
        <source>Cette séance est annulée.</source>
        <translation>This session is cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="74" />
        <source>Cette fiche a déjà été fusionnée.</source>
        <translation>This record was already merged.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="75" />
        <source>Ce changement d'état n'est pas possible.</source>
        <translation>This change of state is not possible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="78" />
        <source>Cette personne est peut-être déjà inscrite ({count} fiche(s) proche(s)).</source>
        <translation>This person may already be registered ({count} similar record(s)).</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="81" />
        <source>Certains champs sont à corriger.</source>
        <translation>Some fields need correcting.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="83" />
        <source>La synchronisation a échoué. Rien n'est perdu.</source>
        <translation>The sync failed. Nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="86" />
        <source>Le serveur ne répond pas (pas de réseau ?). Vos données restent sur cet ordinateur ; réessayez plus tard.</source>
        <translation>The server does not answer (no network?). Your data stays on this computer; try again later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="91" />
        <source>La connexion a été coupée pendant la synchronisation. Rien n'est perdu : elle reprendra où elle s'est arrêtée.</source>
        <translation>The connection was cut during the sync. Nothing is lost: it will resume where it stopped.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="96" />
        <source>Cet ordinateur a été retiré par la CCIS : il ne peut plus se synchroniser. Vos données restent sur cet ordinateur. Contactez la CCIS.</source>
        <translation>This computer was withdrawn by the CCIS: it can no longer sync. Your data stays on this computer. Contact the CCIS.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="106" />
        <source>Le serveur ne reconnaît pas cet ordinateur. Demandez un nouveau code d'inscription à la CCIS.</source>
        <translation>The server does not know this computer. Ask the CCIS for a new enrolment code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="111" />
        <source>Code d'inscription refusé (erroné, utilisé ou expiré).</source>
        <translation>Enrolment code refused (wrong, used or expired).</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="114" />
        <source>Le serveur demande une version plus récente de Caravane : mettez à jour.</source>
        <translation>The server needs a newer version of Caravane: please update.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="117" />
        <source>Le serveur de la CCIS est plus ancien que cet ordinateur : demandez sa mise à jour.</source>
        <translation>The CCIS server is older than this computer: ask for it to be updated.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="121" />
        <source>Le serveur a rencontré une erreur. Réessayez plus tard.</source>
        <translation>The server had an error. Try again later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="124" />
        <source>Synchronisation annulée. Rien n'est perdu.</source>
        <translation>Sync cancelled. Nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="127" />
        <source>L'horloge de cet ordinateur est en avance (il indique le {laptop}). Le serveur indique le {server}. Corrigez la date et l'heure de l'ordinateur puis relancez la synchronisation : rien n'est perdu.</source>
        <translation>This computer's clock is ahead (it shows {laptop}). The server says {server}. Set the computer's date and time right, then sync again: nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="128" />
        <source>Adresse du serveur refusée : en « http:// », les échanges passeraient en clair sur le réseau. Utilisez l'adresse en « https:// » donnée par la CCIS.</source>
        <translation>Server address refused: with “http://” the exchanges would cross the network unencrypted. Use the “https://” address given by the CCIS.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="128" />
        <source>Empreinte illisible : il faut les 64 caractères (chiffres et lettres A à F) donnés par la CCIS avec le code.</source>
        <translation>Unreadable fingerprint: it takes the 64 characters (digits and letters A to F) given by the CCIS with the code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="128" />
        <source>Le certificat du serveur ne correspond pas à celui enregistré à l'inscription : rien n'a été envoyé. Ce n'est peut-être pas le bon serveur ; appelez la CCIS.</source>
        <translation>The server’s certificate does not match the one recorded at enrolment: nothing was sent. It may not be the right server; call the CCIS.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="128" />
        <source>Le certificat du serveur n'est pas reconnu : rien n'a été envoyé. Demandez à la CCIS l'empreinte de son certificat et inscrivez à nouveau cet ordinateur.</source>
        <translation>The server’s certificate is not recognised: nothing was sent. Ask the CCIS for its certificate’s fingerprint and enrol this computer again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="128" />
        <source>La démonstration ne se charge que dans une base de données vide.</source>
        <translation>The demo only loads into an empty database.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="131" />
        <source>Il faut au moins {min} bénéficiaire.</source>
        <translation>At least {min} beneficiary is needed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="133" />
        <source>Le départ est avant l'arrivée.</source>
        <translation>The departure is before the arrival.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="196" />
        <source>L'arrivée doit être pendant la séance, de {start} à {end}.</source>
        <translation>The arrival must be during the session, from {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="196" />
        <source>Le départ doit être pendant la séance, de {start} à {end}.</source>
        <translation>The departure must be during the session, from {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="196" />
        <source>La pause doit être comprise dans la séance, de {start} à {end}.</source>
        <translation>The break must lie within the session, from {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="196" />
        <source>La fin de la pause est avant son début.</source>
        <translation>The break ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="136" />
        <source>La date est dans le futur.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="137" />
        <source>L'année de naissance ne correspond pas à la date de naissance.</source>
        <translation>The birth year does not match the birth date.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="140" />
        <source>Cette personne a moins de 18 ans.</source>
        <translation>This person is under 18.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="141" />
        <source>Une erreur est survenue.</source>
        <translation>An error occurred.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="143" />
        <source>Ce fichier ne peut pas être lu comme un tableau CSV ou Excel.</source>
        <translation>This file cannot be read as a CSV or Excel table.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="146" />
        <source>Ce fichier ne contient aucune ligne.</source>
        <translation>This file has no rows.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="147" />
        <source>Aucune colonne de nom n'a été reconnue dans ce fichier.</source>
        <translation>No name column was recognised in this file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="150" />
        <source>La personne n'a pas donné son consentement : rien n'est enregistré.</source>
        <translation>The person did not give consent: nothing is recorded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="129" />
        <source>Le serveur de la CCIS ne peut rien enregistrer pour le moment (disque plein ?). Rien n'est perdu sur cet ordinateur : réessayez plus tard.</source>
        <translation>The CCIS server cannot save anything right now (disk full?). Nothing is lost on this computer: try again later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="133" />
        <source>Le serveur a refusé un lot déjà utilisé. Rien n'est perdu : resynchronisez.</source>
        <translation>The server refused a batch that was already used. Nothing is lost: sync again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="138" />
        <source>Le disque de cet ordinateur est plein : rien n'a pu être enregistré. Ce qui était déjà enregistré n'est pas perdu. Libérez de la place puis recommencez.</source>
        <translation>This computer's disk is full: nothing could be saved. What was already saved is not lost. Free some space, then try again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="143" />
        <source>Les données de Caravane sont en lecture seule : rien n'a pu être enregistré. Ce qui était déjà enregistré n'est pas perdu. Vérifiez le dossier des données.</source>
        <translation>Caravane's data is read-only: nothing could be saved. What was already saved is not lost. Check the data folder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="148" />
        <source>Les données de Caravane sont occupées par un autre programme. Rien n'est perdu : réessayez dans un instant.</source>
        <translation>Caravane's data is in use by another program. Nothing is lost: try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="153" />
        <source>Les données de Caravane n'ont pas pu être lues ou écrites (erreur du disque). Ce qui était déjà enregistré n'est pas perdu.</source>
        <translation>Caravane's data could not be read or written (disk error). What was already saved is not lost.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="118" />
        <source>Lien d'inscription illisible : copiez le lien entier affiché par la console de la CCIS (caravane://join?…), ou saisissez l'adresse et le code séparément.</source>
        <translation>Unreadable joining link: copy the whole link shown by the CCIS console (caravane://join?…), or type the address and the code separately.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="94" />
        <source>La connexion a été coupée pendant l'inscription. Les données de cet ordinateur sont intactes : recommencez avec le même code dans le quart d'heure ; passé ce délai, demandez un nouveau code à la CCIS.</source>
        <translation>The connection was cut while joining. This computer's data is intact: try again with the same code within a quarter of an hour; after that, ask the CCIS for a new code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="129" />
        <source>Le serveur connaît déjà cet ordinateur sous une autre inscription. Demandez un nouveau code d'inscription à la CCIS.</source>
        <translation>The server already knows this computer under another joining. Ask the CCIS for a new joining code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="104" />
        <source>Cet ordinateur n'est pas encore relié au serveur de la CCIS : reliez-le dans Paramètres, avec l'adresse et le code donnés par la CCIS.</source>
        <translation>This computer is not joined to the CCIS server yet: join it in Settings, with the address and the code the CCIS gave.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="61" />
        <source>Trop long : {max} caractères au plus.</source>
        <translation>Too long: {max} characters at most.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="64" />
        <source>Indiquez le prénom et le nom, ou le nom en arabe.</source>
        <translation>Enter the first and last name, or the name in Arabic.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="67" />
        <source>L&apos;échéance du {due_on} est déjà passée. Vérifiez la date.</source>
        <translation>The due date {due_on} has already passed. Check the date.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="70" />
        <source>Vérifiez ce qui est signalé, puis confirmez.</source>
        <translation>Check what is pointed out, then confirm.</translation>
    </message>
    <message>
        <source>Connexion refusée.</source>
        <translation>Login refused.</translation>
    </message>
    <message>
        <source>Cette opération n&apos;est pas possible dans l&apos;état actuel de la fiche.</source>
        <translation>This cannot be done in the record&apos;s current state.</translation>
    </message>
    <message>
        <source>Aucune présence n&apos;est enregistrée pour cette personne : il n&apos;y a rien à attester. Pointez d&apos;abord sa présence à une séance.</source>
        <translation>No attendance is recorded for this person: there is nothing to certify. First record their presence at a session.</translation>
    </message>
    <message>
        <source>Une fiche ne peut pas être fusionnée avec elle-même.</source>
        <translation>A record cannot be merged with itself.</translation>
    </message>
    <message>
        <source>Cette personne a déjà une candidature à ce programme.</source>
        <translation>This person has already applied to this programme.</translation>
    </message>
    <message>
        <source>Une autre fiche porte le même numéro : vérifiez qu&apos;il ne s&apos;agit pas de la même personne.</source>
        <translation>Another record has the same number: check that it is not the same person.</translation>
    </message>
    <message>
        <source>Cette personne est introuvable (fiche supprimée ou fusionnée ?).</source>
        <translation>This person cannot be found (record deleted or merged?).</translation>
    </message>
    <message>
        <source>Cette entreprise est introuvable (fiche supprimée ?).</source>
        <translation>This enterprise cannot be found (record deleted?).</translation>
    </message>
    <message>
        <source>Ce module de formation est introuvable.</source>
        <translation>This training module cannot be found.</translation>
    </message>
    <message>
        <source>Ce programme est introuvable.</source>
        <translation>This programme cannot be found.</translation>
    </message>
    <message>
        <source>Cette séance est introuvable (supprimée ?).</source>
        <translation>This session cannot be found (deleted?).</translation>
    </message>
    <message>
        <source>Cette étape de la tournée est introuvable.</source>
        <translation>This tour stop cannot be found.</translation>
    </message>
    <message>
        <source>Ce type d&apos;export n&apos;existe pas.</source>
        <translation>This kind of export does not exist.</translation>
    </message>
    <message>
        <source>Champ inconnu : « {field} ». Champs possibles : {fields}.</source>
        <translation>Unknown field: “{field}”. Possible fields: {fields}.</translation>
    </message>
    <message>
        <source>Import annulé : rien n&apos;a été enregistré.</source>
        <translation>Import cancelled: nothing was saved.</translation>
    </message>
    <message>
        <source>Chargement de la démonstration annulé : rien n&apos;a été enregistré.</source>
        <translation>Demo loading cancelled: nothing was saved.</translation>
    </message>
    <message>
        <source>Cette valeur n&apos;est pas valable.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <source>Cette valeur est en dehors des limites permises.</source>
        <translation>This value is outside the allowed range.</translation>
    </message>
    <message>
        <source>Cette date n&apos;est pas plausible (avant 1900).</source>
        <translation>This date is not plausible (before 1900).</translation>
    </message>
    <message>
        <source>Cette date est trop loin dans l&apos;avenir (plus de dix ans).</source>
        <translation>This date is too far in the future (more than ten years).</translation>
    </message>
    <message>
        <source>Ce numéro n&apos;est pas enregistré au format attendu (+212…).</source>
        <translation>This number is not stored in the expected format (+212…).</translation>
    </message>
    <message>
        <source>Cette liste n&apos;a pas la forme attendue.</source>
        <translation>This list is not in the expected form.</translation>
    </message>
    <message>
        <source>Cette fiche renvoie à une autre fiche qui n&apos;existe pas.</source>
        <translation>This record refers to another record that does not exist.</translation>
    </message>
    <message>
        <source>Une fiche ne peut pas renvoyer à elle-même.</source>
        <translation>A record cannot refer to itself.</translation>
    </message>
    <message>
        <source>L&apos;identifiant de cette fiche ne correspond pas à son contenu.</source>
        <translation>This record&apos;s identifier does not match its content.</translation>
    </message>
    <message>
        <source>Le mot de passe enregistré pour ce compte est illisible : demandez à la CCIS de le refaire.</source>
        <translation>The password stored for this account is unreadable: ask the CCIS to set it again.</translation>
    </message>
    <message>
        <source>Ce fichier de transfert (clé USB) est abîmé, modifié ou destiné à un autre serveur : rien n&apos;a été importé.</source>
        <translation>This transfer file (USB stick) is damaged, altered or meant for another server: nothing was imported.</translation>
    </message>
    <message>
        <source>La connexion a été coupée pendant l&apos;inscription. Les données de cet ordinateur sont intactes : recommencez avec le même code dans les {minutes} minutes ; passé ce délai, demandez un nouveau code à la CCIS.</source>
        <translation>The connection was cut during enrolment. This computer&apos;s data is intact: try again with the same code within {minutes} minutes; after that, ask the CCIS for a new code.</translation>
    </message>
    <message>
        <source>Cette modification renvoie à une fiche d&apos;une autre équipe : le serveur l&apos;a refusée.</source>
        <translation>This change refers to a record of another team: the server refused it.</translation>
    </message>
    <message>
        <source>Cette fiche appartient à une autre équipe : le serveur a refusé la modification.</source>
        <translation>This record belongs to another team: the server refused the change.</translation>
    </message>
    <message>
        <source>Cette modification ferait passer la fiche dans une autre équipe : le serveur l&apos;a refusée.</source>
        <translation>This change would move the record to another team: the server refused it.</translation>
    </message>
    <message>
        <source>Les données de référence sont communes à toutes les équipes et ne se modifient pas depuis un ordinateur : le serveur a refusé la modification.</source>
        <translation>Reference data is shared by all teams and cannot be changed from a computer: the server refused the change.</translation>
    </message>
    <message>
        <source>Les comptes et leurs rôles sont gérés par la CCIS : le serveur a refusé cette modification.</source>
        <translation>Accounts and their roles are managed by the CCIS: the server refused this change.</translation>
    </message>
    <message>
        <source>Le serveur n&apos;a pas pu lire cette valeur et l&apos;a refusée.</source>
        <translation>The server could not read this value and refused it.</translation>
    </message>
    <message>
        <source>L&apos;horodatage de cette modification est illisible : le serveur l&apos;a refusée.</source>
        <translation>This change&apos;s timestamp is unreadable: the server refused it.</translation>
    </message>
    <message>
        <source>Caravane n&apos;a pas pu faire cette opération. Ce qui était déjà enregistré n&apos;est pas perdu.</source>
        <translation>Caravane could not do this. What was already saved is not lost.</translation>
    </message>
    <message>
        <source>Cette valeur n&apos;est pas acceptée.</source>
        <translation>This value is not accepted.</translation>
    </message>
    <message>
        <source>La connexion a échoué (réseau ?). Rien n&apos;est perdu : réessayez plus tard.</source>
        <translation>The connection failed (network?). Nothing is lost: try again later.</translation>
    </message>
    <message>
        <source>Ce fichier ou ce dossier est introuvable.</source>
        <translation>This file or folder cannot be found.</translation>
    </message>
    <message>
        <source>L&apos;accès à ce fichier ou à ce dossier est refusé.</source>
        <translation>Access to this file or folder is denied.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être lu ou écrit.</source>
        <translation>The file could not be read or written.</translation>
    </message>
</context>
</TS>
