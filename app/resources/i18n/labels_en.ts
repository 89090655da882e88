<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Codes</name>
        <message>
            <location filename="../../app/labels.py" line="33" />
            <source>Femme</source>
            <translation>Female</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="34" />
            <source>Homme</source>
            <translation>Male</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="37" />
            <source>Moins de 18 ans</source>
            <translation>Under 18</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="38" />
            <source>18-35 ans</source>
            <translation>18-35 years</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="39" />
            <source>36-45 ans</source>
            <translation>36-45 years</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="40" />
            <source>Plus de 45 ans</source>
            <translation>Over 45</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="41" />
            <source>Âge inconnu</source>
            <translation>Age unknown</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="44" />
            <source>Sans instruction</source>
            <translation>No schooling</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="45" />
            <source>Primaire</source>
            <translation>Primary</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="46" />
            <source>Collège</source>
            <translation>Lower secondary</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="47" />
            <source>Lycée</source>
            <translation>Upper secondary</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="48" />
            <source>Formation professionnelle</source>
            <translation>Vocational training</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="49" />
            <source>Supérieur</source>
            <translation>Higher education</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="52" />
            <source>Porteur de projet</source>
            <translation>Project holder</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="53" />
            <location filename="../../app/labels.py" line="87" />
            <source>Auto-entrepreneur</source>
            <translation>Auto-entrepreneur</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="54" />
            <location filename="../../app/labels.py" line="88" />
            <source>TPE</source>
            <translation>Very small enterprise (TPE)</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="55" />
            <location filename="../../app/labels.py" line="89" />
            <source>Coopérative</source>
            <translation>Cooperative</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="56" />
            <location filename="../../app/labels.py" line="90" />
            <source>Association</source>
            <translation>Association</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="57" />
            <source>Activité informelle</source>
            <translation>Informal activity</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="60" />
            <source>Idée</source>
            <translation>Idea</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="61" />
            <source>Pré-création</source>
            <translation>Pre-creation</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="62" />
            <source>Création</source>
            <translation>Creation</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="63" />
            <source>Post-création</source>
            <translation>Post-creation</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="66" />
            <source>INDH</source>
            <translation>INDH</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="67" />
            <source>Intelaka</source>
            <translation>Intelaka</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="68" />
            <source>Forsa</source>
            <translation>Forsa</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="69" />
            <source>ANAPEC</source>
            <translation>ANAPEC</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="70" />
            <location filename="../../app/labels.py" line="84" />
            <location filename="../../app/labels.py" line="118" />
            <source>Autre</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="73" />
            <source>Agriculture</source>
            <translation>Agriculture</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="74" />
            <source>Agroalimentaire</source>
            <translation>Agri-food</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="75" />
            <source>Artisanat</source>
            <translation>Crafts</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="76" />
            <source>Commerce</source>
            <translation>Trade</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="77" />
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="78" />
            <source>Tourisme</source>
            <translation>Tourism</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="79" />
            <source>BTP</source>
            <translation>Construction</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="80" />
            <source>Textile</source>
            <translation>Textile</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="81" />
            <source>Pêche</source>
            <translation>Fishing</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="82" />
            <location filename="../../app/labels.py" line="111" />
            <source>Numérique</source>
            <translation>Digital</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="83" />
            <source>Transport</source>
            <translation>Transport</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="91" />
            <source>GIE</source>
            <translation>Economic interest group</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="92" />
            <source>Informel</source>
            <translation>Informal</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="95" />
            <source>Formateur</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="96" />
            <source>Coordinateur</source>
            <translation>Coordinator</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="99" />
            <source>Prévue</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="100" />
            <source>Tenue</source>
            <translation>Held</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="101" />
            <source>Annulée</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="104" />
            <source>Présent</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="105" />
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="106" />
            <source>Excusé</source>
            <translation>Excused</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="109" />
            <source>Formulaire papier</source>
            <translation>Paper form</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="110" />
            <source>Oral</source>
            <translation>Oral</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="112" />
            <source>Liste d'un partenaire</source>
            <translation>Partner's list</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="115" />
            <source>Équipement</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="116" />
            <source>Orientation vers un financement</source>
            <translation>Referral to financing</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="117" />
            <source>Attestation</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="121" />
            <source>Reçue</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="122" />
            <source>Présélectionnée</source>
            <translation>Shortlisted</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="123" />
            <source>Retenue</source>
            <translation>Selected</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="124" />
            <source>Non retenue</source>
            <translation>Not selected</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="127" />
            <source>Urbain</source>
            <translation>Urban</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="128" />
            <source>Rural</source>
            <translation>Rural</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="131" />
            <source>Oui</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="132" />
            <source>Non</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="138" />
            <source>Formatrice</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="139" />
            <source>Coordinatrice</source>
            <translation>Coordinator</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="142" />
            <source>Présente</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="143" />
            <source>Absente</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="144" />
            <source>Excusée</source>
            <translation>Excused</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="147" />
            <source>Porteuse de projet</source>
            <translation>Project holder</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="148" />
            <source>Auto-entrepreneuse</source>
            <translation>Auto-entrepreneur</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Statut de l'auto-entrepreneur</source>
            <translation>Self-employed status</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Formalisation de l'activité</source>
            <translation>Formalising the business</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Plan d'affaires</source>
            <translation>Business plan</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Gestion financière</source>
            <translation>Financial management</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Prix et commercialisation</source>
            <translation>Pricing and marketing</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Financement</source>
            <translation>Financing</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Gouvernance des coopératives</source>
            <translation>Cooperative governance</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Outils numériques</source>
            <translation>Digital tools</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Qualité et normes</source>
            <translation>Quality and standards</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Communication commerciale</source>
            <translation>Business communication</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Marchés publics</source>
            <translation>Public procurement</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../app/labels.py" line="141" />
            <source>Chambre de Commerce, d'Industrie et de Services Tanger-Tétouan-Al Hoceima</source>
            <translation>Chamber of Commerce, Industry and Services Tanger-Tétouan-Al Hoceima</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="144" />
            <source>Région Tanger-Tétouan-Al Hoceima</source>
            <translation>Tanger-Tétouan-Al Hoceima Region</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="145" />
            <source>Maison des TPE itinérante</source>
            <translation>Mobile house of very small enterprises</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="146" />
            <source>Partenaires : Région Tanger-Tétouan-Al Hoceima, INDH</source>
            <translation>Partners: Tanger-Tétouan-Al Hoceima Region, INDH</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="147" />
            <source>Page {page} / {pages}</source>
            <translation>Page {page} / {pages}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="148" />
            <source>Imprimé le {date}</source>
            <translation>Printed on {date}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="151" />
            <source>Feuille de présence</source>
            <translation>Attendance sheet</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="152" />
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="153" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="154" />
            <source>Horaires</source>
            <translation>Times</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="155" />
            <source>{start} - {end}</source>
            <translation>{start} - {end}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="154" />
            <source>pause {start} - {end}</source>
            <translation>break {start} - {end}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="156" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="157" />
            <source>Lieu</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="158" />
            <source>Formateur</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="159" />
            <source>N°</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="160" />
            <source>Nom et prénom</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="161" />
            <source>Nom en arabe</source>
            <translation>Name in Arabic</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="162" />
            <source>Sexe</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="163" />
            <source>Tranche d'âge</source>
            <translation>Age band</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="164" />
            <source>CIN</source>
            <translation>ID card</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="165" />
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="166" />
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="167" />
            <source>Matin</source>
            <translation>Morning</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="168" />
            <source>Après-midi</source>
            <translation>Afternoon</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="169" />
            <source>Participants non inscrits</source>
            <translation>Walk-in participants</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="170" />
            <source>Inscrits : {total} (femmes : {women}, hommes : {men})</source>
            <translation>Enrolled: {total} (women: {women}, men: {men})</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="173" />
            <source>Présents : {total} (femmes : {women}, hommes : {men}) ; non inscrits présents : ______</source>
            <translation>Present: {total} (women: {women}, men: {men}); walk-ins present: ______</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="178" />
            <source>Nom et signature du formateur</source>
            <translation>Trainer's name and signature</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="179" />
            <source>SÉANCE ANNULÉE</source>
            <translation>SESSION CANCELLED</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="179" />
            <source>Données personnelles collectées avec le consentement des participants (loi 09-08).</source>
            <translation>Personal data collected with the participants' consent (law 09-08).</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="185" />
            <source>Attestation de participation</source>
            <translation>Certificate of participation</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="186" />
            <source>La Chambre de Commerce, d'Industrie et de Services atteste que</source>
            <translation>The Chamber of Commerce, Industry and Services certifies that</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="189" />
            <source>a participé à la formation</source>
            <translation>took part in the training</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="190" />
            <source>du {start} au {end}</source>
            <translation>from {start} to {end}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="191" />
            <source>le {date}</source>
            <translation>on {date}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="192" />
            <source>soit {hours} de formation</source>
            <translation>a total of {hours} of training</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="193" />
            <source>à {place}</source>
            <translation>in {place}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="194" />
            <source>Cycle de formation de la maison des TPE</source>
            <translation>Training cycle of the house of very small enterprises</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="195" />
            <source>Modules suivis</source>
            <translation>Modules followed</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="196" />
            <source>Fait à {place}, le {date}</source>
            <translation>Done in {place}, on {date}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="197" />
            <source>Le Directeur régional de la CCIS</source>
            <translation>The Regional Director of the CCIS</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="198" />
            <source>N° de série : {serial}</source>
            <translation>Serial number: {serial}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="199" />
            <source>N° de série</source>
            <translation>Serial number</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="200" />
            <source>Vérifiez l'authenticité en scannant le code QR ou sur {url}</source>
            <translation>Check authenticity by scanning the QR code or at {url}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="203" />
            <source>Attestation vérifiable auprès de la CCIS Tanger-Tétouan-Al Hoceima avec le numéro {serial}.</source>
            <translation>This certificate can be verified with the CCIS Tanger-Tétouan-Al Hoceima using the number {serial}.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="206" />
            <source>Heures</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="207" />
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="207" />
            <source>{hours} h {minutes}</source>
            <translation>{hours} h {minutes}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="209" />
            <source>Rapport d'activité</source>
            <translation>Activity report</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="210" />
            <source>Période du {start} au {end}</source>
            <translation>Period from {start} to {end}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="211" />
            <source>Équipe</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="212" />
            <source>Toutes les équipes</source>
            <translation>All teams</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="213" />
            <source>Chiffres clés</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="214" />
            <source>Indicateur</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="215" />
            <source>Valeur</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="216" />
            <source>Bénéficiaires</source>
            <translation>Beneficiaries</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="217" />
            <source>Femmes</source>
            <translation>Women</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="218" />
            <source>Hommes</source>
            <translation>Men</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="219" />
            <source>Jeunes de 18 à 35 ans</source>
            <translation>Youth aged 18 to 35</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="220" />
            <source>Sessions tenues</source>
            <translation>Sessions held</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="221" />
            <source>Heures de formation</source>
            <translation>Training hours</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="222" />
            <source>Heures-participants</source>
            <translation>Participant-hours</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="223" />
            <source>Taux de présence</source>
            <translation>Attendance rate</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="224" />
            <source>Séances d'accompagnement</source>
            <translation>Coaching sessions</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="225" />
            <source>Candidatures reçues</source>
            <translation>Applications received</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="226" />
            <source>Candidats retenus</source>
            <translation>Candidates selected</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="227" />
            <source>Communes visitées</source>
            <translation>Communes visited</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="228" />
            <source>Bénéficiaires touchés</source>
            <translation>Beneficiaries reached</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="229" />
            <source>Personnes formées</source>
            <translation>People trained</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="230" />
            <source>Personnes accompagnées</source>
            <translation>People coached</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="231" />
            <source>Heures suivies par personne formée</source>
            <translation>Hours attended per person trained</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="232" />
            <source>Heures d'accompagnement</source>
            <translation>Coaching hours</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="233" />
            <source>Candidatures présélectionnées</source>
            <translation>Applications shortlisted</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="235" />
            <source>Attestations délivrées</source>
            <translation>Certificates issued</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="236" />
            <source>Formation</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="237" />
            <source>Sélection et appuis</source>
            <translation>Selection and support</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="238" />
            <source>Bénéficiaires touchés sur la période</source>
            <translation>Beneficiaries reached in the period</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="239" />
            <source>Sessions tenues dans la commune</source>
            <translation>Sessions held in the commune</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="240" />
            <source>Attendus</source>
            <translation>Expected</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="241" />
            <source>Présents</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="242" />
            <source>Bénéficiaires par sexe</source>
            <translation>Beneficiaries by sex</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="243" />
            <source>Bénéficiaires par tranche d'âge</source>
            <translation>Beneficiaries by age band</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="244" />
            <source>Bénéficiaires par milieu</source>
            <translation>Beneficiaries by area</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="245" />
            <source>Bénéficiaires par commune</source>
            <translation>Beneficiaries by commune</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="246" />
            <source>Bénéficiaires par secteur</source>
            <translation>Beneficiaries by sector</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="247" />
            <source>Bénéficiaires par stade du projet</source>
            <translation>Beneficiaries by project stage</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="248" />
            <source>Bénéficiaires par statut</source>
            <translation>Beneficiaries by status</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="249" />
            <source>Catégorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="250" />
            <source>Nombre</source>
            <translation>Count</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="251" />
            <source>Part</source>
            <translation>Share</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="252" />
            <source>Non renseigné</source>
            <translation>Not recorded</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="253" />
            <source>Commune : {commune}</source>
            <translation>Commune: {commune}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="254" />
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="255" />
            <source>Dates de passage</source>
            <translation>Visit dates</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="256" />
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="257" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="258" />
            <source>Aucune activité sur la période.</source>
            <translation>No activity in this period.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="259" />
            <source>Autres</source>
            <translation>Others</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="364" />
            <source>Signature :</source>
            <translation>Signature:</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="356" />
            <source>Résidents touchés par sexe</source>
            <translation>Residents reached by sex</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="357" />
            <source>Résidents touchés par tranche d'âge</source>
            <translation>Residents reached by age group</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="284" />
            <source>Programme : {name}</source>
            <translation>Programme: {name}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="285" />
            <source>Bailleur de fonds : {funder}</source>
            <translation>Funder: {funder}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="231" />
            <source>Période</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="287" />
            <source>Cumul depuis le {date}</source>
            <translation>Total since {date}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="288" />
            <source>Cible</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="289" />
            <source>Réalisation</source>
            <translation>Achieved</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="290" />
            <source>Jeunes femmes de 18 à 35 ans</source>
            <translation>Young women aged 18 to 35</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="291" />
            <source>Personnes certifiées</source>
            <translation>People certified</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="292" />
            <source>Définitions</source>
            <translation>Definitions</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="295" />
            <source>Bénéficiaires touchés : personnes distinctes présentes à au moins une session tenue pendant la période, ou accompagnées individuellement pendant la période ; chaque personne est comptée une seule fois.</source>
            <translation>Beneficiaries reached: distinct people present at one or more sessions held in the period, or coached one to one in the period; each person is counted once.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="301" />
            <source>Âge : âge au dernier jour de la période ({date}), d'après la date de naissance, ou l'année de naissance quand seule l'année est connue. Jeunes : de 18 à 35 ans.</source>
            <translation>Age: age on the last day of the period ({date}), from the date of birth, or the year of birth when only the year is known. Youth: aged 18 to 35.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="306" />
            <source>Communes : les personnes touchées sont comptées dans la commune où elles résident (résidents) ; les sessions, les heures et les présences dans la commune où la session s'est tenue. Les participants d'une commune sont les personnes distinctes présentes à une session tenue dans cette commune, où qu'elles résident.</source>
            <translation>Communes: people reached are counted in the commune where they live (residents); sessions, hours and attendance in the commune where the session was held. A commune's participants are the distinct people present at a session held there, wherever they live.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="313" />
            <source>Session tenue : session marquée tenue dont la date est dans la période. Heures de formation : durée prévue des sessions tenues, pause déduite. Taux de présence : présences constatées sur présences attendues (inscrits ou pointés).</source>
            <translation>Session held: a session marked held whose date falls in the period. Training hours: the planned length of the sessions held, breaks deducted. Attendance rate: attendances recorded over attendances expected (enrolled or checked in).</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="319" />
            <source>Personnes certifiées : personnes ayant reçu au moins une attestation non révoquée pendant la période. Candidats retenus (projets appuyés) : candidatures reçues pendant la période et retenues.</source>
            <translation>People certified: people given one or more certificates, not revoked, in the period. Candidates selected (projects supported): applications received in the period and selected.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="324" />
            <source>Cumul : du {start} (début du programme) au {end}, mêmes définitions.</source>
            <translation>Total: from {start} (start of the programme) to {end}, same definitions.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="328" />
            <source>La période commence avec le programme ({start}) : ses chiffres sont aussi ceux du programme depuis son début.</source>
            <translation>The period starts with the programme ({start}): its figures are also the programme's since it began.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="333" />
            <source>Cibles : objectifs du programme « {programme} » sur toute sa durée ; la réalisation rapporte le cumul à la cible.</source>
            <translation>Targets: the goals of the programme “{programme}” over its whole duration; achieved is the total over the target.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="337" />
            <source>Aucun programme avec des cibles ne couvre la période.</source>
            <translation>No programme with targets covers the period.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="339" />
            <source>Résultats par sexe</source>
            <translation>Results by sex</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="340" />
            <source>Part des femmes</source>
            <translation>Share of women</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="341" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="342" />
            <source>Bénéficiaires par sexe et tranche d'âge</source>
            <translation>Beneficiaries by sex and age group</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="343" />
            <source>Bénéficiaires par province de résidence</source>
            <translation>Beneficiaries by province of residence</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="344" />
            <source>Synthèse par province</source>
            <translation>Summary by province</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="345" />
            <source>Annexe 1 : toutes les communes</source>
            <translation>Annex 1: all communes</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="348" />
            <source>Les communes où résident des personnes touchées et celles où le bus s'est arrêté, par province.</source>
            <translation>The communes where people reached live and those where the bus stopped, by province.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="351" />
            <source>Résidents touchés</source>
            <translation>Residents reached</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="352" />
            <source>dont femmes</source>
            <translation>of whom women</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="353" />
            <source>dont jeunes 18-35 ans</source>
            <translation>of whom youth 18-35</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="354" />
            <source>Présences</source>
            <translation>Attendances</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="355" />
            <source>Commune non renseignée</source>
            <translation>Commune not given</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="356" />
            <source>Établi par</source>
            <translation>Prepared by</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="357" />
            <source>Visa du Directeur régional de la CCIS</source>
            <translation>Approved by the CCIS Regional Director</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="358" />
            <source>Nom et fonction :</source>
            <translation>Name and position:</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="359" />
            <source>Date :</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="360" />
            <source>Signature et cachet :</source>
            <translation>Signature and stamp:</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="361" />
            <source>Annexe 2 : fiches des communes visitées</source>
            <translation>Annex 2: the communes visited</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="362" />
            <source>Annexe 3 : sessions tenues ({count})</source>
            <translation>Annex 3: sessions held ({count})</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="262" />
            <source>Fiche bénéficiaire</source>
            <translation>Beneficiary record</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="263" />
            <source>Ensemble des données détenues sur la personne, communiquées à sa demande (loi 09-08 relative à la protection des personnes physiques à l'égard du traitement des données à caractère personnel).</source>
            <translation>All the data held about the person, provided at their request (law 09-08 on the protection of individuals with regard to the processing of personal data).</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="269" />
            <source>Profil</source>
            <translation>Profile</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="270" />
            <source>Nom</source>
            <translation>Last name</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="271" />
            <source>Prénom</source>
            <translation>First name</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="272" />
            <source>Date de naissance</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="273" />
            <source>Année de naissance</source>
            <translation>Year of birth</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="274" />
            <source>Douar / quartier</source>
            <translation>Douar / neighbourhood</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="275" />
            <source>Niveau d'instruction</source>
            <translation>Education level</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="276" />
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="277" />
            <source>Secteur</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="278" />
            <source>Stade du projet</source>
            <translation>Project stage</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="279" />
            <source>Appuis antérieurs</source>
            <translation>Prior support</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="280" />
            <source>Date d'inscription</source>
            <translation>Registration date</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="281" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="282" />
            <source>Consentement</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="283" />
            <source>Version de la notice</source>
            <translation>Notice version</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="284" />
            <source>Donné le</source>
            <translation>Given on</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="285" />
            <source>Recueilli par</source>
            <translation>Collected by</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="286" />
            <source>Mode</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="287" />
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="288" />
            <source>Partage avec les partenaires</source>
            <translation>Sharing with partners</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="289" />
            <source>SMS / WhatsApp</source>
            <translation>SMS / WhatsApp</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="290" />
            <source>Retiré le</source>
            <translation>Withdrawn on</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="291" />
            <source>Aucun consentement enregistré.</source>
            <translation>No consent recorded.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="292" />
            <source>Formations</source>
            <translation>Trainings</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="293" />
            <location filename="../../app/labels.py" line="320" />
            <source>Présence</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="294" />
            <source>Accompagnement</source>
            <translation>Coaching</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="295" />
            <source>Durée (min)</source>
            <translation>Duration (min)</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="296" />
            <source>Thèmes</source>
            <translation>Topics</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="297" />
            <source>Prochaines étapes</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="298" />
            <source>Échéance</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="299" />
            <source>Fait</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="300" />
            <source>Appuis reçus</source>
            <translation>Support received</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="301" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="302" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="303" />
            <source>Valeur (MAD)</source>
            <translation>Value (MAD)</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="304" />
            <source>Révoquée</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="305" />
            <source>Entreprises et projets</source>
            <translation>Enterprises and projects</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="306" />
            <source>Entreprise</source>
            <translation>Enterprise</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="307" />
            <source>Forme juridique</source>
            <translation>Legal form</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="308" />
            <source>Rôle</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="309" />
            <source>Candidatures</source>
            <translation>Applications</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="310" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="311" />
            <source>Aucun élément.</source>
            <translation>Nothing recorded.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="40" />
            <source>Vos données et vos droits (loi 09-08)</source>
            <translation>Your data and your rights (law 09-08)</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="41" />
            <source>Responsable du traitement</source>
            <translation>Data controller</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="42" />
            <source>Finalités</source>
            <translation>Purposes</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="43" />
            <source>Inscription et suivi des bénéficiaires de la maison des TPE itinérante (formations, présences, attestations, accompagnement, appuis et candidatures aux programmes) ; chiffres globaux, sans nom, pour les partenaires et financeurs du programme.</source>
            <translation>Registering and following up the beneficiaries of the mobile small-business house (trainings, attendance, certificates, coaching, support and applications to programmes); overall figures, without names, for the programme's partners and funders.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="49" />
            <source>Destinataires</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="50" />
            <source>Le personnel de la CCIS et les formateurs de la maison des TPE itinérante.</source>
            <translation>The CCIS staff and the trainers of the mobile small-business house.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="54" />
            <source>Avec votre accord : les partenaires du programme (Région Tanger-Tétouan-Al Hoceima, INDH).</source>
            <translation>With your agreement: the programme's partners (Tanger-Tétouan-Al Hoceima Region, INDH).</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="59" />
            <source>Vos données ne sont pas communiquées aux partenaires du programme : vous n'avez pas donné votre accord.</source>
            <translation>Your data is not passed on to the programme's partners: you did not agree to it.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="64" />
            <source>Durée de conservation</source>
            <translation>Retention period</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="66" />
            <source>Un an après votre dernière activité dans le programme.</source>
            <translation>One year after your last activity in the programme.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="69" />
            <source>Deux ans après votre dernière activité dans le programme.</source>
            <translation>Two years after your last activity in the programme.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="72" />
            <source>{years} ans après votre dernière activité dans le programme.</source>
            <translation>{years} years after your last activity in the programme.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="75" />
            <source>{years} années après votre dernière activité dans le programme.</source>
            <translation>{years} years after your last activity in the programme.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="78" />
            <source>Non renseignée sur ce poste : la CCIS vous l'indique sur demande.</source>
            <translation>Not set on this laptop: the CCIS tells you on request.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="81" />
            <source>Déclaration à la CNDP</source>
            <translation>Declaration to the CNDP</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="82" />
            <source>Référence non renseignée sur ce poste : la CCIS vous l'indique sur demande.</source>
            <translation>Reference not set on this laptop: the CCIS tells you on request.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="85" />
            <source>Vos droits</source>
            <translation>Your rights</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="86" />
            <source>Accéder à vos données, les faire rectifier, vous opposer à leur traitement pour des motifs légitimes (loi 09-08, articles 7 à 9) et retirer votre consentement à tout moment.</source>
            <translation>Access your data, have it corrected, object to its processing on legitimate grounds (law 09-08, articles 7 to 9) and withdraw your consent at any time.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="92" />
            <source>Pour exercer vos droits</source>
            <translation>To exercise your rights</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="93" />
            <source>Auprès de l'équipe de la maison des TPE itinérante ou de la CCIS.</source>
            <translation>With the team of the mobile small-business house or the CCIS.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="96" />
            <source>Historique du consentement</source>
            <translation>Consent history</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="97" />
            <source>Donné</source>
            <translation>Given</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="98" />
            <source>Retiré</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="99" />
            <source>ICE</source>
            <translation>ICE</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="314" />
            <source>Identifiant</source>
            <translation>Identifier</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="315" />
            <source>Région</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="316" />
            <source>Milieu</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="317" />
            <source>Identifiant de la session</source>
            <translation>Session identifier</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="318" />
            <source>Identifiant du bénéficiaire</source>
            <translation>Beneficiary identifier</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="319" />
            <source>Heures suivies</source>
            <translation>Hours attended</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="321" />
            <source>Thème</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="322" />
            <source>Code du module</source>
            <translation>Module code</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="323" />
            <source>Intitulé du module</source>
            <translation>Module title</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="324" />
            <source>Début</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="325" />
            <source>Fin</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="326" />
            <source>Stade évalué</source>
            <translation>Stage assessed</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="480" />
            <source>Fait le {date}</source>
            <translation>Issued on {date}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Durée</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Présences attendues</source>
            <translation>Expected attendance</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Présences constatées</source>
            <translation>Recorded attendance</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Valeur des appuis (MAD)</source>
            <translation>Value of support (MAD)</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Candidatures non retenues</source>
            <translation>Applications not selected</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Équipements remis</source>
            <translation>Equipment handed over</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Orientations vers un financement</source>
            <translation>Referrals to financing</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Autres appuis</source>
            <translation>Other support</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Projets et entreprises (stade actuel)</source>
            <translation>Projects and enterprises (current stage)</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Sélection</source>
            <translation>Selection</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Appuis délivrés</source>
            <translation>Support delivered</translation>
        </message>
        <message>
            <source>Authenticité vérifiable auprès de la CCIS avec ce numéro de série.</source>
            <translation>Authenticity can be checked with the CCIS using this serial number.</translation>
        </message>
        <message>
            <source>Valeur des équipements remis (MAD)</source>
            <translation>Value of equipment handed over (MAD)</translation>
        </message>
        <message>
            <source>Inscrit le</source>
            <translation>Registered on</translation>
        </message>
        <message>
            <source>Indicateurs</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Dictionnaire</source>
            <translation>Data dictionary</translation>
        </message>
        <message>
            <source>À propos</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Identifiant pseudonyme</source>
            <translation>Pseudonymous identifier</translation>
        </message>
        <message>
            <source>Appui antérieur : {choice}</source>
            <translation>Prior support: {choice}</translation>
        </message>
        <message>
            <source>Thème : {choice}</source>
            <translation>Topic: {choice}</translation>
        </message>
        <message>
            <source>Formation suivie sur la période</source>
            <translation>Trained in the period</translation>
        </message>
        <message>
            <source>Unité</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>{header} (%)</source>
            <translation>{header} (%)</translation>
        </message>
        <message>
            <source>personnes</source>
            <translation>people</translation>
        </message>
        <message>
            <source>séances</source>
            <translation>sessions</translation>
        </message>
        <message>
            <source>heures</source>
            <translation>hours</translation>
        </message>
        <message>
            <source>présences</source>
            <translation>attendances</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>MAD</source>
            <translation>MAD</translation>
        </message>
        <message>
            <source>entreprises et projets</source>
            <translation>enterprises and projects</translation>
        </message>
        <message>
            <source>candidatures</source>
            <translation>applications</translation>
        </message>
        <message>
            <source>appuis</source>
            <translation>support items</translation>
        </message>
        <message>
            <source>Contenu</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>Exporté le</source>
            <translation>Exported on</translation>
        </message>
        <message>
            <source>depuis le {start}</source>
            <translation>since {start}</translation>
        </message>
        <message>
            <source>jusqu'au {end}</source>
            <translation>until {end}</translation>
        </message>
        <message>
            <source>toutes les dates</source>
            <translation>all dates</translation>
        </message>
        <message>
            <source>Personnes</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Bénéficiaires touchés sur la période : présents à au moins une session tenue ou accompagnés pendant la période, comme les compte le rapport d'activité ; le filtre d'équipe porte sur l'équipe qui a mené l'activité.</source>
            <translation>Beneficiaries reached in the period: present at one or more held sessions or coached during the period, as the activity report counts them; the team filter applies to the team that carried out the activity.</translation>
        </message>
        <message>
            <source>Bénéficiaires inscrits pendant la période (date d'inscription), qu'ils aient suivi une activité ou non ; le filtre d'équipe porte sur l'équipe de la personne.</source>
            <translation>Beneficiaries registered in the period (registration date), whether or not they took part in an activity; the team filter applies to the person's team.</translation>
        </message>
        <message>
            <source>Une ligne par présence enregistrée aux sessions de la période.</source>
            <translation>One row per attendance recorded at the sessions of the period.</translation>
        </message>
        <message>
            <source>Une ligne par séance d'accompagnement de la période.</source>
            <translation>One row per coaching session of the period.</translation>
        </message>
        <message>
            <source>Les indicateurs de la période, avec les définitions et les chiffres du rapport d'activité.</source>
            <translation>The indicators of the period, with the definitions and figures of the activity report.</translation>
        </message>
        <message>
            <source>Données personnelles</source>
            <translation>Personal data</translation>
        </message>
        <message>
            <source>Sans CIN ni téléphone.</source>
            <translation>Without national ID number or phone.</translation>
        </message>
        <message>
            <source>Avec CIN et téléphone : fichier à protéger (loi 09-08).</source>
            <translation>With national ID number and phone: protect this file (law 09-08).</translation>
        </message>
        <message>
            <source>Export désidentifié : ni nom, ni CIN, ni téléphone, ni date ou année de naissance, ni douar ; chaque personne porte un pseudonyme, le même d'un export à l'autre avec la même clé.</source>
            <translation>De-identified export: no name, national ID number, phone, birth date or year, or douar; each person has a pseudonym, the same from one export to the next with the same key.</translation>
        </message>
        <message>
            <source>Valeurs</source>
            <translation>Values</translation>
        </message>
        <message>
            <source>Libellés</source>
            <translation>Labels</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Lignes</source>
            <translation>Rows</translation>
        </message>
        <message>
            <source>Colonne</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Nom court</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>Valeurs possibles</source>
            <translation>Possible values</translation>
        </message>
        <message>
            <source>Texte</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Nombre entier</source>
            <translation>Whole number</translation>
        </message>
        <message>
            <source>Heures (nombre décimal, 1,75 = 1 h 45)</source>
            <translation>Hours (decimal number, 1.75 = 1 h 45)</translation>
        </message>
        <message>
            <source>Montant en dirhams</source>
            <translation>Amount in dirhams</translation>
        </message>
        <message>
            <source>Pourcentage</source>
            <translation>Percentage</translation>
        </message>
        <message>
            <source>Une valeur de la liste</source>
            <translation>One value of the list</translation>
        </message>
        <message>
            <source>Plusieurs valeurs de la liste</source>
            <translation>Several values of the list</translation>
        </message>
        <message>
            <source>Oui / Non</source>
            <translation>Yes / No</translation>
        </message>
        <message>
            <source>Commune ou province (HCP)</source>
            <translation>Commune or province (HCP)</translation>
        </message>
        <message>
            <source>Nombre, dans l'unité indiquée</source>
            <translation>Number, in the unit given</translation>
        </message>
        <message>
            <source>« {yes} » si la réponse « {question} » comprend « {choice} ».</source>
            <translation>“{yes}” if the answer to “{question}” includes “{choice}”.</translation>
        </message>
        <message>
            <source>Identifiant de la personne dans Caravane, le même sur tous les portables.</source>
            <translation>The person's identifier in Caravane, the same on every laptop.</translation>
        </message>
        <message>
            <source>Pseudonyme de la personne : le même d'un export à l'autre avec la même clé ; sans la clé, il ne permet pas de retrouver la personne.</source>
            <translation>The person's pseudonym: the same from one export to the next with the same key; without the key it does not lead back to the person.</translation>
        </message>
        <message>
            <source>Nom de famille, en lettres latines.</source>
            <translation>Family name, in Latin letters.</translation>
        </message>
        <message>
            <source>Prénom, en lettres latines.</source>
            <translation>First name, in Latin letters.</translation>
        </message>
        <message>
            <source>Nom complet en lettres arabes.</source>
            <translation>Full name in Arabic letters.</translation>
        </message>
        <message>
            <source>Sexe de la personne.</source>
            <translation>The person's sex.</translation>
        </message>
        <message>
            <source>Date de naissance, quand elle est connue.</source>
            <translation>Birth date, when known.</translation>
        </message>
        <message>
            <source>Année de naissance, connue ou déduite de l'âge déclaré.</source>
            <translation>Birth year, known or derived from the age given.</translation>
        </message>
        <message>
            <source>Tranche d'âge au {date}.</source>
            <translation>Age band on {date}.</translation>
        </message>
        <message>
            <source>Commune de résidence (découpage du HCP).</source>
            <translation>Commune of residence (HCP boundaries).</translation>
        </message>
        <message>
            <source>Commune où la session s'est tenue (découpage du HCP).</source>
            <translation>Commune where the session was held (HCP boundaries).</translation>
        </message>
        <message>
            <source>Province de la commune de résidence.</source>
            <translation>Province of the commune of residence.</translation>
        </message>
        <message>
            <source>Milieu de la commune de résidence, urbain ou rural (HCP).</source>
            <translation>Area of the commune of residence, urban or rural (HCP).</translation>
        </message>
        <message>
            <source>Douar ou quartier de résidence.</source>
            <translation>Douar or neighbourhood of residence.</translation>
        </message>
        <message>
            <source>Niveau d'instruction.</source>
            <translation>Education level.</translation>
        </message>
        <message>
            <source>Statut de la personne dans son activité.</source>
            <translation>The person's status in their activity.</translation>
        </message>
        <message>
            <source>Secteur d'activité du projet.</source>
            <translation>The project's sector of activity.</translation>
        </message>
        <message>
            <source>Stade du projet, dernière valeur enregistrée.</source>
            <translation>Project stage, last value recorded.</translation>
        </message>
        <message>
            <source>Appuis reçus avant le programme (plusieurs réponses possibles).</source>
            <translation>Support received before the programme (several answers possible).</translation>
        </message>
        <message>
            <source>Date d'inscription au programme.</source>
            <translation>Date of registration in the programme.</translation>
        </message>
        <message>
            <source>Numéro de la carte nationale d'identité (donnée personnelle, loi 09-08).</source>
            <translation>National ID card number (personal data, law 09-08).</translation>
        </message>
        <message>
            <source>Numéro de téléphone (donnée personnelle, loi 09-08).</source>
            <translation>Phone number (personal data, law 09-08).</translation>
        </message>
        <message>
            <source>Présent à au moins une session tenue pendant la période.</source>
            <translation>Present at one or more sessions held in the period.</translation>
        </message>
        <message>
            <source>Heures de formation suivies pendant la période.</source>
            <translation>Training hours attended in the period.</translation>
        </message>
        <message>
            <source>Heures suivies à cette session.</source>
            <translation>Hours attended at this session.</translation>
        </message>
        <message>
            <source>Séances d'accompagnement individuel pendant la période.</source>
            <translation>One-to-one coaching sessions in the period.</translation>
        </message>
        <message>
            <source>Date de la session.</source>
            <translation>Date of the session.</translation>
        </message>
        <message>
            <source>Code du module de formation.</source>
            <translation>Code of the training module.</translation>
        </message>
        <message>
            <source>Intitulé du module de formation.</source>
            <translation>Title of the training module.</translation>
        </message>
        <message>
            <source>Identifiant de la session.</source>
            <translation>The session's identifier.</translation>
        </message>
        <message>
            <source>Présence enregistrée à la session.</source>
            <translation>Attendance recorded at the session.</translation>
        </message>
        <message>
            <source>Date de la séance d'accompagnement.</source>
            <translation>Date of the coaching session.</translation>
        </message>
        <message>
            <source>Durée de la séance, en minutes.</source>
            <translation>Length of the session, in minutes.</translation>
        </message>
        <message>
            <source>Thèmes abordés pendant la séance (plusieurs réponses possibles).</source>
            <translation>Topics covered in the session (several answers possible).</translation>
        </message>
        <message>
            <source>Stade du projet évalué pendant la séance.</source>
            <translation>Project stage assessed in the session.</translation>
        </message>
        <message>
            <source>Formateur ou conseiller qui a mené la séance.</source>
            <translation>Trainer or adviser who led the session.</translation>
        </message>
        <message>
            <source>Groupe d'indicateurs.</source>
            <translation>Group of indicators.</translation>
        </message>
        <message>
            <source>L'indicateur, ou la catégorie d'une répartition.</source>
            <translation>The indicator, or the category of a breakdown.</translation>
        </message>
        <message>
            <source>Valeur de l'indicateur, dans son unité.</source>
            <translation>Value of the indicator, in its unit.</translation>
        </message>
        <message>
            <source>Unité de la valeur.</source>
            <translation>Unit of the value.</translation>
        </message>
        <message>
            <source>Part des bénéficiaires touchés sur la période (répartitions).</source>
            <translation>Share of the beneficiaries reached in the period (breakdowns).</translation>
        </message>
    </context>
    <context>
        <name>Report (woman)</name>
        <message>
            <location filename="../../app/labels.py" line="465" />
            <source>a participé à la formation</source>
            <translation>took part in the training</translation>
        </message>
    </context>
</TS>
