<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BeneficiariesScreen</name>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="65" />
        <source>Bénéficiaires</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="75" />
        <source>Nouveau bénéficiaire</source>
        <translation>New beneficiary</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="77" />
        <source>Ouvrir la fiche</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="79" />
        <source>Fusionner…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="81" />
        <source>Sélectionnez deux fiches de la même personne (Ctrl+clic)</source>
        <translation>Select two records of the same person (Ctrl+click)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="90" />
        <source>Filtrer : nom, CIN, téléphone</source>
        <translation>Filter: name, ID card, phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="92" />
        <source>Toutes les communes</source>
        <translation>All communes</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="93" />
        <source>Tous les sexes</source>
        <translation>Both sexes</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="94" />
        <source>Tous les âges</source>
        <translation>All ages</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="95" />
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="96" />
        <source>Tous les stades</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="157" />
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="216" />
        <source>{n} bénéficiaires</source>
        <translation>{n} beneficiaries</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="218" />
        <source>{shown} sur {total} bénéficiaires</source>
        <translation>{shown} of {total} beneficiaries</translation>
    </message>
</context>
<context>
    <name>BeneficiaryDetail</name>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="53" />
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="77" />
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="111" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="58" />
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="62" />
        <source>Présence</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="66" />
        <source>Heures</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="82" />
        <source>Durée (min)</source>
        <translation>Duration (min)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="87" />
        <source>Thèmes</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="89" />
        <source>Stade évalué</source>
        <translation>Stage assessed</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="92" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="98" />
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="100" />
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="116" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="119" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="120" />
        <source>N° de série</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="139" />
        <source>Aucun élément.</source>
        <translation>Nothing yet.</translation>
    </message>
</context>
<context>
    <name>BeneficiaryDetailPage</name>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="167" />
        <source>← Liste</source>
        <translation>← List</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="169" />
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="171" />
        <source>Fusionner avec…</source>
        <translation>Merge with…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="173" />
        <source>Attestation</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="175" />
        <source>Fiche (09-08)</source>
        <translation>Record (09-08)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="207" />
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="209" />
        <source>Consentement et entreprises</source>
        <translation>Consent and enterprises</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="211" />
        <source>Séances suivies</source>
        <translation>Sessions attended</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="212" />
        <source>Accompagnement</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="214" />
        <source>Prochaines étapes ouvertes</source>
        <translation>Open next steps</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="216" />
        <source>Appuis reçus</source>
        <translation>Support received</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="288" />
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="289" />
        <source>Naissance</source>
        <translation>Birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="290" />
        <source>CIN</source>
        <translation>ID card (CIN)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="291" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="292" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="293" />
        <source>Douar / quartier</source>
        <translation>Douar / neighbourhood</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="295" />
        <source>Niveau d'instruction</source>
        <translation>Education level</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="298" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="299" />
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="300" />
        <source>Stade du projet</source>
        <translation>Project stage</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="301" />
        <source>Inscrit le</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="302" />
        <source>Heures de formation</source>
        <translation>Training hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="303" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="308" />
        <source>Aucun consentement enregistré.</source>
        <translation>No consent recorded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="310" />
        <source>Donné le {date} ({method}), notice {version}</source>
        <translation>Given on {date} ({method}), notice {version}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="316" />
        <source>retiré le {date}</source>
        <translation>withdrawn on {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="319" />
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="319" />
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="326" />
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="327" />
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="329" />
        <source>Partage avec les partenaires</source>
        <translation>Sharing with partners</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="332" />
        <source>SMS / WhatsApp</source>
        <translation>SMS / WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="333" />
        <source>Entreprises</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="316" />
        <source>Inscrite le</source>
        <translation>Registered on</translation>
    </message>
</context>
<context>
    <name>BeneficiaryForm</name>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="237" />
        <source>Modifier la fiche</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="237" />
        <source>Nouveau bénéficiaire</source>
        <translation>New beneficiary</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="269" />
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="270" />
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="271" />
        <source>Nom en arabe</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="272" />
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="277" />
        <source>ou année</source>
        <translation>or year</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="279" />
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="282" />
        <source>CIN</source>
        <translation>ID card (CIN)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="283" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="284" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="285" />
        <source>Douar / quartier</source>
        <translation>Douar / neighbourhood</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="286" />
        <source>Niveau d'instruction</source>
        <translation>Education level</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="287" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="288" />
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="289" />
        <source>Stade du projet</source>
        <translation>Project stage</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="290" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="306" />
        <source>Consentement (loi 09-08)</source>
        <translation>Consent (law 09-08)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="309" />
        <source>La personne a lu la notice et accepte l'enregistrement de ses données</source>
        <translation>The person has read the notice and agrees to the recording of their data</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="312" />
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="313" />
        <source>Partage avec les partenaires</source>
        <translation>Sharing with partners</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="314" />
        <source>SMS / WhatsApp</source>
        <translation>SMS / WhatsApp</translation>
    </message>
</context>
<context>
    <name>BeneficiaryList</name>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="54" />
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="55" />
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="56" />
        <source>Nom en arabe</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="57" />
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="59" />
        <source>Âge</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="63" />
        <source>CIN</source>
        <translation>ID card (CIN)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="64" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="66" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="69" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="71" />
        <source>Stade</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="76" />
        <source>Inscrit le</source>
        <translation>Registered on</translation>
    </message>
</context>
<context>
    <name>CoachingScreen</name>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="90" />
        <source>Nouvel accompagnement</source>
        <translation>New coaching session</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="101" />
        <source>Chercher la personne : nom, CIN, téléphone</source>
        <translation>Find the person: name, ID card, phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="111" />
        <source>Nom et prénom</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="112" />
        <source>Nom en arabe</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="113" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="125" />
        <location filename="../../app/ui/screens/coaching.py" line="422" />
        <source>Personne : aucune choisie</source>
        <translation>Person: none chosen</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="132" />
        <source>Bénéficiaire</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="135" />
        <source>ou entreprise</source>
        <translation>or enterprise</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="137" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="142" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="143" />
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="145" />
        <source>ex. plan d'affaires, financement, marketing</source>
        <translation>e.g. business plan, financing, marketing</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="146" />
        <source>Thèmes</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="148" />
        <source>Stade évalué</source>
        <translation>Stage assessed</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="151" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="157" />
        <source>Ajouter une étape</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="160" />
        <source>Prochaines étapes</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="166" />
        <source>Enregistrer l'accompagnement</source>
        <translation>Save coaching session</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="175" />
        <source>Prochaines étapes ouvertes</source>
        <translation>Open next steps</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="178" />
        <source>Seulement en retard</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="181" />
        <source>Marquer comme fait</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="183" />
        <source>Voir la fiche</source>
        <translation>View record</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="254" />
        <source>{n} ouvertes, dont {late} en retard</source>
        <translation>{n} open, {late} overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="306" />
        <source>Personne : {name}</source>
        <translation>Person: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="409" />
        <source>Accompagnement enregistré.</source>
        <translation>Coaching session saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="426" />
        <source>Enregistrer quand même</source>
        <translation>Save anyway</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="20" />
        <source>Bénéficiaire</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="21" />
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="22" />
        <source>Présence</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="23" />
        <source>Accompagnement</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="24" />
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="25" />
        <source>Entreprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="26" />
        <source>Étape de la tournée</source>
        <translation>Tour stop</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="27" />
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="28" />
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="34" />
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="35" />
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="36" />
        <source>Nom en arabe</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="37" />
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="38" />
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="39" />
        <source>Année de naissance</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="40" />
        <source>CIN</source>
        <translation>ID card (CIN)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="41" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="42" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="43" />
        <source>Douar / quartier</source>
        <translation>Douar / neighbourhood</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="44" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="45" />
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="46" />
        <source>Stade du projet</source>
        <translation>Project stage</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="47" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="48" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="49" />
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="50" />
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="51" />
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="52" />
        <source>Heures suivies</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="53" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="54" />
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="55" />
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="56" />
        <source>Nom et prénom</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="63" />
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="65" />
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="65" />
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="84" />
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="86" />
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="88" />
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="89" />
        <source>Valeur en place</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="90" />
        <source>Autre valeur</source>
        <translation>Other value</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="91" />
        <source>Saisie sur</source>
        <translation>Entered on</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="94" />
        <source>Réglé</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="95" />
        <source>gardée</source>
        <translation>kept</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="96" />
        <source>rétablie</source>
        <translation>restored</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="71" />
        <source>Conflits de synchronisation</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="80" />
        <source>Afficher aussi les conflits réglés</source>
        <translation>Also show settled conflicts</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="86" />
        <source>Deux ordinateurs ont modifié le même champ sans être connectés. La valeur la plus récente est en place ; l'autre a été gardée ici. Choisissez celle qui est juste : votre choix sera transmis à tous les ordinateurs de l'équipe.</source>
        <translation>Two computers changed the same field while offline. The most recent value is in place; the other one was kept here. Choose the right one: your choice will reach every computer of the team.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="109" />
        <source>Conflit choisi</source>
        <translation>Selected conflict</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="111" />
        <location filename="../../app/ui/screens/conflicts.py" line="182" />
        <source>Choisissez un conflit dans la liste.</source>
        <translation>Choose a conflict in the list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="113" />
        <source>Valeur en place</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="113" />
        <source>Garder cette valeur</source>
        <translation>Keep this value</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="114" />
        <source>Autre valeur</source>
        <translation>Other value</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="114" />
        <source>Rétablir cette valeur</source>
        <translation>Restore this value</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="119" />
        <source>Ouvrir la fiche</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="149" />
        <source>{n} en attente</source>
        <translation>{n} waiting</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="156" />
        <source>Aucun conflit en attente : rien à faire.</source>
        <translation>No conflict waiting: nothing to do.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="189" />
        <source>{record} — champ « {field} »</source>
        <translation>{record} — field “{field}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="196" />
        <source>écrite le {when}</source>
        <translation>written on {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="200" />
        <source>écrite le {when} sur {device}</source>
        <translation>written on {when} on {device}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="208" />
        <source>Ce conflit est réglé.</source>
        <translation>This conflict is settled.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="239" />
        <source>Valeur gardée.</source>
        <translation>Value kept.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="239" />
        <source>Valeur rétablie.</source>
        <translation>Value restored.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../app/ui/documents.py" line="77" />
        <source>Document non créé</source>
        <translation>Document not created</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="121" />
        <source>Enregistrer la feuille de présence</source>
        <translation>Save the attendance sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="139" />
        <source>Enregistrer l'attestation</source>
        <translation>Save the certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="161" />
        <source>Enregistrer la fiche (loi 09-08)</source>
        <translation>Save the record (law 09-08)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="185" />
        <source>Enregistrer le rapport d'activité</source>
        <translation>Save the activity report</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="197" />
        <source>Rapport d'activité en cours…</source>
        <translation>Preparing the activity report…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="224" />
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="230" />
        <source>Exporter les bénéficiaires</source>
        <translation>Export beneficiaries</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="231" />
        <source>Exporter les présences</source>
        <translation>Export attendance</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="232" />
        <source>Exporter l'accompagnement</source>
        <translation>Export coaching</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="233" />
        <source>Exporter les indicateurs</source>
        <translation>Export indicators</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="168" />
        <source>Document enregistré</source>
        <translation>Document saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="171" />
        <source>Le document est enregistré, mais aucun programme n'a pu l'ouvrir. Ouvrez-le vous-même, il se trouve ici :
{path}</source>
        <translation>The document is saved, but no program could open it. Open it yourself; it is here:
{path}</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="66" />
        <source>même CIN</source>
        <translation>same ID card</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="67" />
        <source>même téléphone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="68" />
        <source>nom proche, même commune</source>
        <translation>similar name, same commune</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="69" />
        <source>même année de naissance</source>
        <translation>same year of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="91" />
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="104" />
        <source>Nom et prénom</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="105" />
        <source>Nom en arabe</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="106" />
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="107" />
        <source>Âge</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="108" />
        <source>CIN</source>
        <translation>ID card (CIN)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="109" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="110" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="113" />
        <source>Inscrit le</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="127" />
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="157" />
        <source>Cette personne est peut-être déjà inscrite</source>
        <translation>This person may already be registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="164" />
        <source>Vérifiez avec la personne : est-elle l'une des fiches ci-dessous ? Les doublons faussent les chiffres du programme.</source>
        <translation>Check with the person: are they one of the records below? Duplicates distort the programme's figures.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="170" />
        <source>Saisie</source>
        <translation>Typed</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="171" />
        <source>Fiche {n}</source>
        <translation>Record {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="186" />
        <source>C'est la fiche {n}</source>
        <translation>It is record {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="193" />
        <source>Enregistrer quand même</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="193" />
        <source>Personne nouvelle</source>
        <translation>New person</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="153" />
        <source>Rubrique</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="154" />
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="156" />
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>FiguresScreen</name>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="194" />
        <source>Chiffres du programme</source>
        <translation>Programme figures</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="204" />
        <location filename="../../app/ui/screens/figures.py" line="289" />
        <source>Toute la région</source>
        <translation>Whole region</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="205" />
        <source>Toutes les communes</source>
        <translation>All communes</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="207" />
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="209" />
        <source>Rapport d'activité (PDF)</source>
        <translation>Activity report (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="212" />
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="213" />
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="230" />
        <source>bénéficiaires touchés</source>
        <translation>beneficiaries reached</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="231" />
        <source>femmes</source>
        <translation>women</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="232" />
        <source>jeunes de 18 à 35 ans</source>
        <translation>young people aged 18–35</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="233" />
        <source>séances tenues</source>
        <translation>sessions held</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="234" />
        <source>heures de formation</source>
        <translation>training hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="235" />
        <source>heures par personne formée</source>
        <translation>hours per person trained</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="236" />
        <source>taux de présence</source>
        <translation>attendance rate</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="237" />
        <source>séances d'accompagnement</source>
        <translation>coaching sessions</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="256" />
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="257" />
        <source>Heures</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="381" />
        <source>Autres communes ({n})</source>
        <translation>Other communes ({n})</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="54" />
        <location filename="../../app/ui/screens/merge.py" line="69" />
        <source>Nom et prénom</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="55" />
        <location filename="../../app/ui/screens/merge.py" line="70" />
        <source>Nom en arabe</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="56" />
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="57" />
        <source>Naissance</source>
        <translation>Birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="58" />
        <location filename="../../app/ui/screens/merge.py" line="71" />
        <source>CIN</source>
        <translation>ID card (CIN)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="59" />
        <location filename="../../app/ui/screens/merge.py" line="72" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="60" />
        <location filename="../../app/ui/screens/merge.py" line="73" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="61" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="62" />
        <source>Inscrit le</source>
        <translation>Registered on</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="89" />
        <source>Fusionner deux fiches</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="97" />
        <source>Chercher l'autre fiche : nom, CIN, téléphone</source>
        <translation>Find the other record: name, ID card, phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="120" />
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="121" />
        <location filename="../../app/ui/screens/merge.py" line="135" />
        <source>Fiche A</source>
        <translation>Record A</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="122" />
        <location filename="../../app/ui/screens/merge.py" line="136" />
        <source>Fiche B</source>
        <translation>Record B</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="134" />
        <source>Fiche à garder :</source>
        <translation>Record to keep:</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="144" />
        <source>Les présences, l'accompagnement et les appuis des deux fiches sont regroupés sur la fiche gardée ; l'autre fiche disparaît des listes.</source>
        <translation>Attendance, coaching and support of both records are gathered on the record kept; the other record disappears from the lists.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="150" />
        <source>Je confirme qu'il s'agit de la même personne</source>
        <translation>I confirm it is the same person</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="155" />
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>NextStepLine</name>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="63" />
        <source>Ce qui est à faire</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="68" />
        <source>Retirer cette étape</source>
        <translation>Remove this step</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="70" />
        <source>pour le</source>
        <translation>by</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../app/ui/models/next_steps.py" line="21" />
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/next_steps.py" line="26" />
        <source>Bénéficiaire</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/next_steps.py" line="27" />
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/next_steps.py" line="29" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/next_steps.py" line="30" />
        <source>en retard</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../app/ui/fields.py" line="109" />
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../app/ui/fields.py" line="137" />
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="91" />
        <source>Modifier la séance</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="91" />
        <source>Nouvelle séance</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="115" />
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="116" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="117" />
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="118" />
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="131" />
        <source>Pause dans la séance (jamais comptée dans les heures)</source>
        <translation>Break in the session (never counted in the hours)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="131" />
        <source>Début de la pause</source>
        <translation>Break starts</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="131" />
        <source>Fin de la pause</source>
        <translation>Break ends</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="119" />
        <source>Étape</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="120" />
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="121" />
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="123" />
        <source>Reprendre le groupe de</source>
        <translation>Carry the group of</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="124" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="166" />
        <source>— (nouveau groupe)</source>
        <translation>— (new group)</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="37" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="42" />
        <source>Horaires</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="20" />
        <source>{start}–{end}, pause {break_start}–{break_end}</source>
        <translation>{start}–{end}, break {break_start}–{break_end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="45" />
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="47" />
        <location filename="../../app/ui/models/sessions.py" line="87" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="51" />
        <location filename="../../app/ui/models/sessions.py" line="91" />
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="55" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="59" />
        <source>Attendus</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="65" />
        <source>Présents</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="85" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="103" />
        <source>Nom et prénom</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="104" />
        <source>Nom en arabe</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="105" />
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="107" />
        <source>Inscrit</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="108" />
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="108" />
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="111" />
        <source>Présence</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="116" />
        <source>Arrivée</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="118" />
        <source>Heures</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>SessionsScreen</name>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="367" />
        <source>Étapes du mois</source>
        <translation>Stops this month</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="369" />
        <source>Nouvelle étape</source>
        <translation>New stop</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="393" />
        <source>Nouvelle séance</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="407" />
        <source>Séance choisie</source>
        <translation>Selected session</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="409" />
        <location filename="../../app/ui/screens/sessions.py" line="559" />
        <source>Choisissez une séance dans la liste.</source>
        <translation>Choose a session in the list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="421" />
        <source>Prendre les présences</source>
        <translation>Take attendance</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="423" />
        <source>Marquer tenue</source>
        <translation>Mark held</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="425" />
        <source>Annuler la séance</source>
        <translation>Cancel the session</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="427" />
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="429" />
        <source>Imprimer la feuille de présence</source>
        <translation>Print the attendance sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="474" />
        <source>Séances du {start} au {end}</source>
        <translation>Sessions from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="567" />
        <source>{module} — {date}, {start}–{end} — {place} — {status}</source>
        <translation>{module} — {date}, {start}–{end} — {place} — {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="597" />
        <source>{present} présents / {expected} attendus</source>
        <translation>{present} present / {expected} expected</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="257" />
        <source>Nouvelle étape de la tournée</source>
        <translation>New tour stop</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="265" />
        <source>ex. Maison des jeunes</source>
        <translation>e.g. Youth centre</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="266" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="267" />
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="268" />
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="269" />
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
</context>
</TS>