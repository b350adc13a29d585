<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>AcordXmlParser</name>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formé : %1</translation>
    </message>
    <message>
        <source>a DTD is not allowed in a download file</source>
        <translation>une DTD n&apos;est pas permise dans un fichier de téléchargement</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>les éléments sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>a policy message has more than %1 elements</source>
        <translation>un message de police contient plus de %1 éléments</translation>
    </message>
    <message>
        <source>a DTD is not allowed</source>
        <translation>une DTD n&apos;est pas permise</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount</source>
        <translation>%1 « %2 » n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1 « %2 » n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1 has no InsuredOrPrincipal/GeneralPartyInfo</source>
        <translation>%1 n&apos;a pas d&apos;élément InsuredOrPrincipal/GeneralPartyInfo</translation>
    </message>
    <message>
        <source>the insured has no name</source>
        <translation>l&apos;assuré n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>%1 has no PersPolicy or CommlPolicy</source>
        <translation>%1 n&apos;a ni PersPolicy ni CommlPolicy</translation>
    </message>
    <message>
        <source>PolicyNumber is missing</source>
        <translation>PolicyNumber (numéro de police) est absent</translation>
    </message>
    <message>
        <source>LOBCd is missing</source>
        <translation>LOBCd (branche d&apos;assurance) est absent</translation>
    </message>
    <message>
        <source>the carrier is missing (NAICCd or InsurerName)</source>
        <translation>l&apos;assureur est absent (NAICCd ou InsurerName)</translation>
    </message>
    <message>
        <source>ExpirationDt %1 is not after EffectiveDt %2</source>
        <translation>ExpirationDt %1 n&apos;est pas postérieure à EffectiveDt %2</translation>
    </message>
    <message>
        <source>the premium is negative</source>
        <translation>la prime est négative</translation>
    </message>
    <message>
        <source>TransactionEffectiveDt &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>TransactionEffectiveDt « %1 » n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>a cancellation needs its TransactionEffectiveDt</source>
        <translation>une résiliation exige sa TransactionEffectiveDt</translation>
    </message>
    <message>
        <source>a coverage has no CoverageCd</source>
        <translation>une garantie n&apos;a pas de CoverageCd</translation>
    </message>
    <message>
        <source>%1 deductible</source>
        <translation>franchise %1</translation>
    </message>
    <message>
        <source>%1 limit</source>
        <translation>limite %1</translation>
    </message>
    <message>
        <source>%1 has a negative amount</source>
        <translation>%1 a un montant négatif</translation>
    </message>
    <message>
        <source>an AdditionalInterest has no name</source>
        <translation>un AdditionalInterest (intérêt additionnel) n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the file has no XML element</source>
        <translation>le fichier ne contient aucun élément XML</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;ACORD&gt;</source>
        <translation>l&apos;élément racine est &lt;%1&gt;, et non &lt;ACORD&gt;</translation>
    </message>
    <message>
        <source>unknown namespace &quot;%1&quot; (expected ACORD&apos;s %2 or CSIO&apos;s %3)</source>
        <translation>espace de noms inconnu « %1 » (attendu : %2 d&apos;ACORD ou %3 du CSIO)</translation>
    </message>
    <message>
        <source>unknown message &lt;%1&gt; (expected a policy add, renew, change, cancel or reinstate message)</source>
        <translation>message inconnu &lt;%1&gt; (attendu : un message d&apos;ajout, de renouvellement, de modification, de résiliation ou de remise en vigueur de police)</translation>
    </message>
    <message>
        <source>the file ends before &lt;/ACORD&gt; (truncated?)</source>
        <translation>le fichier se termine avant &lt;/ACORD&gt; (tronqué?)</translation>
    </message>
    <message>
        <source>no InsuranceSvcRq or InsuranceSvcRs in the file</source>
        <translation>aucun InsuranceSvcRq ni InsuranceSvcRs dans le fichier</translation>
    </message>
    <message>
        <source>no policy message in the file</source>
        <translation>aucun message de police dans le fichier</translation>
    </message>
</context>
<context>
    <name>ActivityService</name>
    <message>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <source>The note is too long (at most 10,000 characters).</source>
        <translation>La note est trop longue (au plus 10 000 caractères).</translation>
    </message>
    <message>
        <source>Insured %1 does not exist.</source>
        <translation>L&apos;assuré %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>AgencyService</name>
    <message>
        <source>Agency name is required.</source>
        <translation>Le nom du cabinet est obligatoire.</translation>
    </message>
    <message>
        <source>Country must be US or CA.</source>
        <translation>Le pays doit être US ou CA.</translation>
    </message>
    <message>
        <source>Postal code &quot;%1&quot; is not valid for %2.</source>
        <translation>Le code postal « %1 » n&apos;est pas valide pour %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state or province of %2.</source>
        <translation>« %1 » n&apos;est pas un État ni une province de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>« %1 » n&apos;est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>Certificate date format &quot;%1&quot; is not one of %2.</source>
        <translation>Le format de date des attestations « %1 » ne fait pas partie de : %2.</translation>
    </message>
    <message>
        <source>Compliance warning days must be 0 to %1, not %2.</source>
        <translation>Le délai d&apos;avertissement de conformité doit être de 0 à %1 jours, et non %2.</translation>
    </message>
    <message>
        <source>The agency profile has not been set up.</source>
        <translation>Le profil du cabinet n&apos;a pas encore été configuré.</translation>
    </message>
    <message>
        <source>The agency profile was changed by someone else; reload it and try again.</source>
        <translation>Le profil du cabinet a été modifié par quelqu&apos;un d&apos;autre; rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>Cette base de données est déjà configurée.</translation>
    </message>
</context>
<context>
    <name>Al3Parser</name>
    <message>
        <source>record %1: %2</source>
        <translation>enregistrement %1 : %2</translation>
    </message>
    <message>
        <source>is %1 bytes, a %2 record needs %3</source>
        <translation>fait %1 octets, un enregistrement %2 en exige %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYYMMDD)</source>
        <translation>%1 « %2 » n&apos;est pas une date (AAAAMMJJ)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount (digits, two implied decimals, trailing sign)</source>
        <translation>%1 « %2 » n&apos;est pas un montant (chiffres, deux décimales implicites, signe à la fin)</translation>
    </message>
    <message>
        <source>truncated record: the file ends %1 bytes into a record header</source>
        <translation>enregistrement tronqué : le fichier se termine %1 octets après le début d&apos;un en-tête d&apos;enregistrement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a group code (a level digit and three capital letters)</source>
        <translation>« %1 » n&apos;est pas un code de groupe (un chiffre de niveau et trois majuscules)</translation>
    </message>
    <message>
        <source>record %1: &quot;%2&quot; is not a record length</source>
        <translation>enregistrement %1 : « %2 » n&apos;est pas une longueur d&apos;enregistrement</translation>
    </message>
    <message>
        <source>truncated: its header says %1 bytes, the file ends after %2</source>
        <translation>tronqué : son en-tête indique %1 octets, le fichier se termine après %2</translation>
    </message>
    <message>
        <source>its header says %1 bytes but the line ends after %2 (wrong record length)</source>
        <translation>son en-tête indique %1 octets, mais la ligne se termine après %2 (longueur d&apos;enregistrement erronée)</translation>
    </message>
    <message>
        <source>its header says %1 bytes but the line is longer (wrong record length)</source>
        <translation>son en-tête indique %1 octets, mais la ligne est plus longue (longueur d&apos;enregistrement erronée)</translation>
    </message>
    <message>
        <source>its header says %1 bytes but no record header follows it (wrong record length)</source>
        <translation>son en-tête indique %1 octets, mais aucun en-tête d&apos;enregistrement ne suit (longueur d&apos;enregistrement erronée)</translation>
    </message>
    <message>
        <source>the transaction has no 5BIS insured record</source>
        <translation>la transaction n&apos;a pas d&apos;enregistrement d&apos;assuré 5BIS</translation>
    </message>
    <message>
        <source>the transaction has no 5BPI policy record</source>
        <translation>la transaction n&apos;a pas d&apos;enregistrement de police 5BPI</translation>
    </message>
    <message>
        <source>a cancellation (XLC) needs its transaction date</source>
        <translation>une résiliation (XLC) exige sa date de transaction</translation>
    </message>
    <message>
        <source>comes after the 3MTG trailer</source>
        <translation>vient après l&apos;enregistrement de fin 3MTG</translation>
    </message>
    <message>
        <source>the file must start with a 1MHG message header</source>
        <translation>le fichier doit commencer par un en-tête de message 1MHG</translation>
    </message>
    <message>
        <source>a second message header</source>
        <translation>un deuxième en-tête de message</translation>
    </message>
    <message>
        <source>unknown transaction type &quot;%1&quot; (expected NBS, RWL, END, PCH, XLC or REI)</source>
        <translation>type de transaction inconnu « %1 » (attendu : NBS, RWL, END, PCH, XLC ou REI)</translation>
    </message>
    <message>
        <source>the line of business is missing</source>
        <translation>la branche d&apos;assurance est absente</translation>
    </message>
    <message>
        <source>transaction date</source>
        <translation>date de transaction</translation>
    </message>
    <message>
        <source>comes before any 2TRG transaction header</source>
        <translation>vient avant tout en-tête de transaction 2TRG</translation>
    </message>
    <message>
        <source>the insured has no name</source>
        <translation>l&apos;assuré n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the policy number is missing</source>
        <translation>le numéro de police est absent</translation>
    </message>
    <message>
        <source>the carrier is missing (NAIC code or name)</source>
        <translation>l&apos;assureur est absent (code NAIC ou nom)</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>date d&apos;effet</translation>
    </message>
    <message>
        <source>expiration date</source>
        <translation>date d&apos;expiration</translation>
    </message>
    <message>
        <source>premium</source>
        <translation>prime</translation>
    </message>
    <message>
        <source>expiration date %1 is not after the effective date %2</source>
        <translation>la date d&apos;expiration %1 n&apos;est pas postérieure à la date d&apos;effet %2</translation>
    </message>
    <message>
        <source>the premium is negative</source>
        <translation>la prime est négative</translation>
    </message>
    <message>
        <source>the coverage code is missing</source>
        <translation>le code de garantie est absent</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>deductible</source>
        <translation>franchise</translation>
    </message>
    <message>
        <source>coverage %1 has a negative amount</source>
        <translation>la garantie %1 a un montant négatif</translation>
    </message>
    <message>
        <source>the additional interest has no name</source>
        <translation>l&apos;intérêt additionnel n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the trailer counts &quot;%1&quot; transactions, the file has %2</source>
        <translation>l&apos;enregistrement de fin compte « %1 » transactions, le fichier en contient %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file ends without the 3MTG trailer (truncated?)</source>
        <translation>le fichier se termine sans l&apos;enregistrement de fin 3MTG (tronqué?)</translation>
    </message>
    <message>
        <source>no transaction in the file</source>
        <translation>aucune transaction dans le fichier</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe erroné.</translation>
    </message>
    <message>
        <source>Account %1 is locked after %2 wrong passwords; try again after %3.</source>
        <translation>Le compte %1 est verrouillé après %2 mots de passe erronés; réessayez après %3.</translation>
    </message>
    <message>
        <source>Account %1 is deactivated; ask a manager.</source>
        <translation>Le compte %1 est désactivé; adressez-vous à un gestionnaire.</translation>
    </message>
    <message>
        <source>Wrong password %1 times in a row: account %2 is locked for %3 minutes.</source>
        <translation>Mot de passe erroné %1 fois de suite : le compte %2 est verrouillé pendant %3 minutes.</translation>
    </message>
</context>
<context>
    <name>CarrierService</name>
    <message>
        <source>Carrier name is required.</source>
        <translation>Le nom de l&apos;assureur est obligatoire.</translation>
    </message>
    <message>
        <source>NAIC code &quot;%1&quot; must be five digits.</source>
        <translation>Le code NAIC « %1 » doit compter cinq chiffres.</translation>
    </message>
    <message>
        <source>Carrier %1 does not exist.</source>
        <translation>L&apos;assureur %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Carrier &quot;%1&quot; does not exist.</source>
        <translation>L&apos;assureur « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Carrier &quot;%1&quot; already exists.</source>
        <translation>L&apos;assureur « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Carrier &quot;%1&quot; has NAIC %2, not %3.</source>
        <translation>L&apos;assureur « %1 » a le code NAIC %2, et non %3.</translation>
    </message>
</context>
<context>
    <name>CertificateHolderService</name>
    <message>
        <source>Holder name is required.</source>
        <translation>Le nom du titulaire est obligatoire.</translation>
    </message>
    <message>
        <source>Holder name is longer than 200 characters.</source>
        <translation>Le nom du titulaire dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>Holder address (street and city) is required.</source>
        <translation>L&apos;adresse du titulaire (rue et ville) est obligatoire.</translation>
    </message>
    <message>
        <source>Country must be US or CA, not &quot;%1&quot;.</source>
        <translation>Le pays doit être US ou CA, et non « %1 ».</translation>
    </message>
    <message>
        <source>Holder postal code is required.</source>
        <translation>Le code postal du titulaire est obligatoire.</translation>
    </message>
    <message>
        <source>Postal code &quot;%1&quot; is not a US ZIP code (12345 or 12345-6789).</source>
        <translation>Le code postal « %1 » n&apos;est pas un code ZIP américain (12345 ou 12345-6789).</translation>
    </message>
    <message>
        <source>Postal code &quot;%1&quot; is not a Canadian postal code (A1A 1A1).</source>
        <translation>Le code postal « %1 » n&apos;est pas un code postal canadien (A1A 1A1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 code for %3.</source>
        <translation>« %1 » n&apos;est pas un code de %2 pour %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>« %1 » n&apos;est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a limit code.</source>
        <translation>« %1 » n&apos;est pas un code de limite.</translation>
    </message>
    <message>
        <source>The required %1 must be more than $0.</source>
        <translation>Le montant exigé pour %1 doit être supérieur à 0 $.</translation>
    </message>
    <message>
        <source>%1 is required twice.</source>
        <translation>%1 est exigé deux fois.</translation>
    </message>
    <message>
        <source>Certificate master %1 does not exist.</source>
        <translation>Le modèle d&apos;attestation %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Certificate holder %1 was changed by someone else after you opened it; reload to see their changes.</source>
        <translation>Le titulaire de certificat %1 a été modifié par quelqu&apos;un d&apos;autre après que vous l&apos;avez ouvert; rechargez pour voir ses modifications.</translation>
    </message>
    <message>
        <source>Certificate holder %1 has %2 issued certificate(s) and cannot be removed.</source>
        <translation>Le titulaire de certificat %1 a %2 attestation(s) émise(s) et ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>Already a holder of this master (same name, street and postal code).</source>
        <translation>Déjà titulaire de ce modèle (même nom, même rue et même code postal).</translation>
    </message>
    <message>
        <source>Certificate holder %1 does not exist.</source>
        <translation>Le titulaire de certificat %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>CertificateMailer</name>
    <message>
        <source>Choose who gets certificate %1: the holder, the client or an address.</source>
        <translation>Choisissez qui reçoit l&apos;attestation %1 : le titulaire, le client ou une adresse.</translation>
    </message>
    <message>
        <source>Holder %1 has no email address; add one to the holder or enter an address.</source>
        <translation>Le titulaire %1 n&apos;a pas d&apos;adresse courriel; ajoutez-en une au titulaire ou entrez une adresse.</translation>
    </message>
    <message>
        <source>%1 has no email address; add one to the insured or enter an address.</source>
        <translation>%1 n&apos;a pas d&apos;adresse courriel; ajoutez-en une à l&apos;assuré ou entrez une adresse.</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>Le destinataire</translation>
    </message>
</context>
<context>
    <name>CertificateMasterService</name>
    <message>
        <source>Certificate master %1 was changed by someone else after you opened it; reload to see their changes.</source>
        <translation>Le modèle d&apos;attestation %1 a été modifié par quelqu&apos;un d&apos;autre après que vous l&apos;avez ouvert; rechargez pour voir ses modifications.</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 a été annulée</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 a expiré le %2</translation>
    </message>
    <message>
        <source>%1 starts on %2</source>
        <translation>%1 entre en vigueur le %2</translation>
    </message>
    <message>
        <source>%1 is in force</source>
        <translation>%1 est en vigueur</translation>
    </message>
    <message>
        <source>Master name is required.</source>
        <translation>Le nom du modèle est obligatoire.</translation>
    </message>
    <message>
        <source>Master name is longer than 200 characters.</source>
        <translation>Le nom du modèle dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>A certificate master needs at least one policy.</source>
        <translation>Un modèle d&apos;attestation doit compter au moins une police.</translation>
    </message>
    <message>
        <source>Insured %1 does not exist.</source>
        <translation>L&apos;assuré %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Policy %1 does not exist.</source>
        <translation>La police %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Policy %1 does not belong to insured %2.</source>
        <translation>La police %1 n&apos;appartient pas à l&apos;assuré %2.</translation>
    </message>
    <message>
        <source>Policy %1 is given twice.</source>
        <translation>La police %1 est indiquée deux fois.</translation>
    </message>
    <message>
        <source>Insurer letter &quot;%1&quot; is not A to F.</source>
        <translation>La lettre d&apos;assureur « %1 » n&apos;est pas entre A et F.</translation>
    </message>
    <message>
        <source>%1 is given two insurer letters.</source>
        <translation>%1 reçoit deux lettres d&apos;assureur.</translation>
    </message>
    <message>
        <source>Insurer letter %1 is given to two carriers.</source>
        <translation>La lettre d&apos;assureur %1 est attribuée à deux assureurs.</translation>
    </message>
    <message>
        <source>Policies %1 and %2 would share the certificate&apos;s %3 row, which shows one policy: keep one on this master and put the other on a master of its own.</source>
        <translation>Les polices %1 et %2 partageraient la ligne %3 de l&apos;attestation, qui n&apos;affiche qu&apos;une police : gardez-en une sur ce modèle et placez l&apos;autre sur un modèle distinct.</translation>
    </message>
    <message>
        <source>A certificate shows at most six insurers (A to F); these policies have %1 carriers.</source>
        <translation>Une attestation affiche au plus six assureurs (A à F); ces polices ont %1 assureurs.</translation>
    </message>
    <message>
        <source>No insurer letter is left for %1.</source>
        <translation>Il ne reste aucune lettre d&apos;assureur pour %1.</translation>
    </message>
    <message>
        <source>Certificate master %1 has %2 issued certificate(s) and cannot be deleted.</source>
        <translation>Le modèle d&apos;attestation %1 a %2 attestation(s) émise(s) et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Certificate master %1 does not exist.</source>
        <translation>Le modèle d&apos;attestation %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Certificate master %1 cannot be shared with the client&apos;s portal account: none of its policies is in force today (%2).</source>
        <translation>Le modèle d&apos;attestation %1 ne peut pas être partagé avec le compte du portail client : aucune de ses polices n&apos;est en vigueur aujourd&apos;hui (%2).</translation>
    </message>
    <message>
        <source>Every line of master %1 has lapsed (%2); add the renewal or delete the master.</source>
        <translation>Toutes les lignes du modèle %1 sont échues (%2); ajoutez le renouvellement ou supprimez le modèle.</translation>
    </message>
</context>
<context>
    <name>CertificatePrinter</name>
    <message>
        <source>PDF file %1</source>
        <translation>Fichier PDF %1</translation>
    </message>
    <message>
        <source>Printing certificate %1 on %2 failed.</source>
        <translation>L&apos;impression de l&apos;attestation %1 sur %2 a échoué.</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be printed.</source>
        <translation>L&apos;attestation %1 ne peut pas être imprimée.</translation>
    </message>
    <message>
        <source>Print certificate %1</source>
        <translation>Imprimer l&apos;attestation %1</translation>
    </message>
    <message>
        <source>Certificate %1 was not printed.</source>
        <translation>L&apos;attestation %1 n&apos;a pas été imprimée.</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be previewed.</source>
        <translation>L&apos;aperçu de l&apos;attestation %1 est impossible.</translation>
    </message>
    <message>
        <source>Print preview: certificate %1</source>
        <translation>Aperçu avant impression : attestation %1</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be saved.</source>
        <translation>L&apos;attestation %1 ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>Save certificate %1 as PDF</source>
        <translation>Enregistrer l&apos;attestation %1 en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Certificate not saved</source>
        <translation>Attestation non enregistrée</translation>
    </message>
    <message>
        <source>Certificate %1 was not saved.</source>
        <translation>L&apos;attestation %1 n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The stored data of certificate %1 is damaged (%2); it cannot be printed. Its stored PDF can still be saved.</source>
        <translation>Les données enregistrées de l&apos;attestation %1 sont endommagées (%2); elle ne peut pas être imprimée. Son PDF enregistré peut quand même être sauvegardé.</translation>
    </message>
    <message>
        <source>Could not start printing certificate %1 on %2; check that the printer is available.</source>
        <translation>Impossible de lancer l&apos;impression de l&apos;attestation %1 sur %2; vérifiez que l&apos;imprimante est disponible.</translation>
    </message>
</context>
<context>
    <name>CertificateService</name>
    <message>
        <source>Certificate holder %1 (%2) is not on certificate master %3.</source>
        <translation>Le titulaire de certificat %1 (%2) ne figure pas sur le modèle d&apos;attestation %3.</translation>
    </message>
    <message>
        <source>Certificate not issued: the holder&apos;s requirements are not met: %1 (issue with force to override).</source>
        <translation>Attestation non émise : les exigences du titulaire ne sont pas respectées : %1 (émettez en forçant pour passer outre).</translation>
    </message>
    <message>
        <source>Certificate %1 does not exist.</source>
        <translation>L&apos;attestation %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No file name given to save certificate %1 to.</source>
        <translation>Aucun nom de fichier n&apos;a été donné pour enregistrer l&apos;attestation %1.</translation>
    </message>
    <message>
        <source>Could not save certificate %1 to %2: %3. Nothing was saved.</source>
        <translation>Impossible d&apos;enregistrer l&apos;attestation %1 dans %2 : %3. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist (%2)</source>
        <translation>le dossier %1 n&apos;existe pas (%2)</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder (%2)</source>
        <translation>%1 est un fichier, et non un dossier (%2)</translation>
    </message>
    <message>
        <source>Certificate %1 was saved to %2 but the delivery could not be logged: %3</source>
        <translation>L&apos;attestation %1 a été enregistrée dans %2, mais la remise n&apos;a pas pu être consignée : %3</translation>
    </message>
    <message>
        <source>Policy %1 is not on certificate master %2: it cannot be left off.</source>
        <translation>La police %1 n&apos;est pas sur le modèle d&apos;attestation %2 : elle ne peut pas être retirée.</translation>
    </message>
    <message>
        <source>Every line of certificate master %1 is left off: keep at least one line on the certificate.</source>
        <translation>Toutes les garanties du modèle d&apos;attestation %1 sont retirées : gardez au moins une garantie sur l&apos;attestation.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 dépasse %2 Mo; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>%1 is a spreadsheet workbook (or another zip file), not CSV: save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>%1 est un classeur de tableur (ou un autre fichier zip), et non un CSV : enregistrez-le depuis le tableur au format « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>%1 is not a CSV text file (it holds binary data or UTF-16 text): save it as &quot;CSV UTF-8&quot;.</source>
        <translation>%1 n&apos;est pas un fichier texte CSV (il contient des données binaires ou du texte UTF-16) : enregistrez-le au format « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2 is in another encoding): save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>%1 n&apos;est pas du texte UTF-8 (la ligne %2 utilise un autre encodage) : enregistrez-le depuis le tableur au format « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>A quoted value is followed by more text before the next comma (a quote inside a quoted value must be doubled: &quot;&quot;)</source>
        <translation>Une valeur entre guillemets est suivie d&apos;autre texte avant la virgule suivante (un guillemet à l&apos;intérieur d&apos;une valeur entre guillemets doit être doublé : &quot;&quot;)</translation>
    </message>
    <message>
        <source>A quoted value is never closed (the rest of the file, to line %1, was read as that one value)</source>
        <translation>Une valeur entre guillemets n&apos;est jamais fermée (le reste du fichier, jusqu&apos;à la ligne %1, a été lu comme cette seule valeur)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database is busy (another user is saving); please try again.</source>
        <translation>La base de données est occupée (un autre utilisateur enregistre); veuillez réessayer.</translation>
    </message>
    <message>
        <source>The database file is read-only; changes cannot be saved.</source>
        <translation>Le fichier de base de données est en lecture seule; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The database file could not be written (the disk may be full or failing: %1); nothing was saved.</source>
        <translation>Impossible d&apos;écrire dans le fichier de base de données (le disque est peut-être plein ou défaillant : %1); rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>Le fichier de base de données est endommagé : %1</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Le disque est plein; rien n&apos;a été enregistré. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the data: %1</source>
        <translation>La modification enfreint une règle des données : %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de base de données : %1</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, et non un fichier de base de données.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read (no permission).</source>
        <translation>La base de données %1 ne peut pas être lue (permission refusée).</translation>
    </message>
    <message>
        <source>%1 is not an AgencyDesk database (it is not a SQLite file).</source>
        <translation>%1 n&apos;est pas une base de données AgencyDesk (ce n&apos;est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>The database %1 is read-only; AgencyDesk needs to write to it. Ask for write access or copy it to a writable folder.</source>
        <translation>La base de données %1 est en lecture seule; AgencyDesk doit pouvoir y écrire. Demandez l&apos;accès en écriture ou copiez-la dans un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; the database cannot be created there.</source>
        <translation>Le dossier %1 est en lecture seule; la base de données ne peut pas y être créée.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>the database file is damaged (integrity check: %1). Restore a backup.</source>
        <translation>le fichier de base de données est endommagé (vérification d&apos;intégrité : %1). Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>the file cannot be read as a database.</source>
        <translation>le fichier ne peut pas être lu comme une base de données.</translation>
    </message>
    <message>
        <source>the database was created by a newer AgencyDesk (schema %1, this version knows %2).</source>
        <translation>la base de données a été créée par une version plus récente d&apos;AgencyDesk (schéma %1, cette version connaît le %2).</translation>
    </message>
</context>
<context>
    <name>DatabaseMaintenance</name>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 existe déjà; choisissez un nouveau nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation>La sauvegarde vers %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>DatabaseSecretStore</name>
    <message>
        <source>No system keychain was found on this computer: the password is kept in the database file, only obfuscated (NOT encrypted). Anyone who can read the database file can read it.</source>
        <translation>Aucun trousseau système n’a été trouvé sur cet ordinateur : le mot de passe est conservé dans le fichier de la base de données, seulement masqué (NON chiffré). Quiconque peut lire le fichier de la base peut le lire.</translation>
    </message>
</context>
<context>
    <name>DocumentFileReader</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>the file does not exist (%1)</source>
        <translation>le fichier n&apos;existe pas (%1)</translation>
    </message>
    <message>
        <source>not a file (a folder or a device)</source>
        <translation>ce n&apos;est pas un fichier (un dossier ou un périphérique)</translation>
    </message>
    <message>
        <source>the file is %1, over the %2 limit for documents</source>
        <translation>le fichier fait %1, au-delà de la limite de %2 pour les documents</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>le fichier ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is over the %1 limit for documents</source>
        <translation>le fichier dépasse la limite de %1 pour les documents</translation>
    </message>
    <message>
        <source>%1: the image was stored as a one-page PDF</source>
        <translation>%1 : l&apos;image a été enregistrée comme PDF d&apos;une page</translation>
    </message>
    <message>
        <source>not a PDF file (it does not start with %PDF-)</source>
        <translation>ce n&apos;est pas un fichier PDF (il ne commence pas par %PDF-)</translation>
    </message>
    <message>
        <source>not a PDF, PNG or JPEG file or an .eml email</source>
        <translation>ce n&apos;est ni un fichier PDF, PNG ou JPEG ni un courriel .eml</translation>
    </message>
    <message>
        <source>%1: attachment %2 left out (not a PDF)</source>
        <translation>%1 : pièce jointe %2 écartée (pas un PDF)</translation>
    </message>
    <message>
        <source>%1: attachment %2 left out (over the %3 limit)</source>
        <translation>%1 : pièce jointe %2 écartée (au-delà de la limite de %3)</translation>
    </message>
    <message>
        <source>%1: attachment left out: %2</source>
        <translation>%1 : pièce jointe écartée : %2</translation>
    </message>
    <message>
        <source>%1: attachment %2: %3</source>
        <translation>%1 : pièce jointe %2 : %3</translation>
    </message>
    <message>
        <source>the image is too large (%1 x %2 pixels)</source>
        <translation>l&apos;image est trop grande (%1 x %2 pixels)</translation>
    </message>
    <message>
        <source>the image cannot be read (%1)</source>
        <translation>l&apos;image ne peut pas être lue (%1)</translation>
    </message>
    <message>
        <source>the image could not be turned into a PDF</source>
        <translation>l&apos;image n&apos;a pas pu être convertie en PDF</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>Document %1 was changed by someone else since it was shown; reload and try again.</source>
        <translation>Le document %1 a été modifié par quelqu&apos;un d&apos;autre depuis son affichage; rechargez et réessayez.</translation>
    </message>
    <message>
        <source>there is no insured with ID %1</source>
        <translation>il n&apos;y a aucun assuré avec l&apos;ID %1</translation>
    </message>
    <message>
        <source>there is no policy with ID %1</source>
        <translation>il n&apos;y a aucune police avec l&apos;ID %1</translation>
    </message>
    <message>
        <source>policy %1 is not %2&apos;s</source>
        <translation>la police %1 n&apos;appartient pas à %2</translation>
    </message>
    <message>
        <source>the issue date is missing or not a date (YYYY-MM-DD)</source>
        <translation>la date d&apos;émission est absente ou n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>the issue date %1 is not plausible</source>
        <translation>la date d&apos;émission %1 n&apos;est pas plausible</translation>
    </message>
    <message>
        <source>the business purpose is longer than 500 characters</source>
        <translation>l&apos;objet dépasse 500 caractères</translation>
    </message>
    <message>
        <source>%1: nothing to add</source>
        <translation>%1 : rien à ajouter</translation>
    </message>
    <message>
        <source>%1: the same content is already this insured&apos;s document %2 (%3)</source>
        <translation>%1 : le même contenu est déjà le document %2 (%3) de cet assuré</translation>
    </message>
    <message>
        <source>There is no document with ID %1.</source>
        <translation>Il n&apos;y a aucun document avec l&apos;ID %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Policy %1 is not %2&apos;s, so document %3 cannot be attached to it.</source>
        <translation>La police %1 n&apos;appartient pas à %2; le document %3 ne peut donc pas y être rattaché.</translation>
    </message>
</context>
<context>
    <name>DocumentSharingService</name>
    <message>
        <source>No notification: %1 is not shared with the client.</source>
        <translation>Aucun avis : %1 n&apos;est pas partagé avec le client.</translation>
    </message>
    <message>
        <source>No notification: %1 are not shared with the client.</source>
        <translation>Aucun avis : %1 ne sont pas partagés avec le client.</translation>
    </message>
    <message>
        <source>There is no pending document notification with ID %1.</source>
        <translation>Il n&apos;y a aucun avis de document en attente avec l&apos;ID %1.</translation>
    </message>
</context>
<context>
    <name>DocumentTypeService</name>
    <message>
        <source>Choose a document type (%1).</source>
        <translation>Choisissez un type de document (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document type; the types are: %2.</source>
        <translation>« %1 » n&apos;est pas un type de document; les types sont : %2.</translation>
    </message>
    <message>
        <source>A document type needs a name of 1 to 60 characters.</source>
        <translation>Un type de document exige un nom de 1 à 60 caractères.</translation>
    </message>
    <message>
        <source>The document type &quot;%1&quot; is already on the list.</source>
        <translation>Le type de document « %1 » est déjà dans la liste.</translation>
    </message>
    <message>
        <source>The document size limit must be 1 to 1024 MB (got %1).</source>
        <translation>La taille maximale des documents doit être de 1 à 1024 Mo (reçu : %1).</translation>
    </message>
</context>
<context>
    <name>DownloadError</name>
    <message>
        <source>, line %1 (byte %2)</source>
        <translation>, ligne %1 (octet %2)</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, ligne %1</translation>
    </message>
    <message>
        <source>, byte %1</source>
        <translation>, octet %1</translation>
    </message>
</context>
<context>
    <name>DownloadImportService</name>
    <message>
        <source>Files: %1 read, %2 failed%3
Policies: %4 imported, %5 updated, %6 unchanged, %7 unattached
</source>
        <translation>Fichiers : %1 lus, %2 en échec%3
Polices : %4 importées, %5 mises à jour, %6 inchangées, %7 non rattachées
</translation>
    </message>
    <message>
        <source> (cancelled: the remaining files were not read)</source>
        <translation> (annulé : les fichiers restants n&apos;ont pas été lus)</translation>
    </message>
    <message>
        <source>FAILED %1
</source>
        <translation>ÉCHEC %1
</translation>
    </message>
    <message>
        <source>policy %1: %2</source>
        <translation>police %1 : %2</translation>
    </message>
    <message>
        <source>Renewal: %1
</source>
        <translation>Renouvellement : %1
</translation>
    </message>
    <message>
        <source>Renewal follow-through stopped (resume it under Renewals): %1
</source>
        <translation>Suivi du renouvellement interrompu (reprenez-le sous Renouvellements) : %1
</translation>
    </message>
</context>
<context>
    <name>DownloadMatcher</name>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>same name once %1</source>
        <translation>même nom si %1</translation>
    </message>
    <message>
        <source>first and last names transposed</source>
        <translation>prénom et nom inversés</translation>
    </message>
    <message>
        <source>name shares &quot;%1&quot;</source>
        <translation>le nom a « %1 » en commun</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>même adresse</translation>
    </message>
    <message>
        <source>same address once %1</source>
        <translation>même adresse si %1</translation>
    </message>
    <message>
        <source>same postal code</source>
        <translation>même code postal</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même courriel</translation>
    </message>
</context>
<context>
    <name>DownloadReader</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>not a readable zip archive (%1)</source>
        <translation>ce n&apos;est pas une archive zip lisible (%1)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>the archive is refused: entry &quot;%1&quot; has a path that leaves the archive&apos;s folder (absolute or ../)</source>
        <translation>l&apos;archive est refusée : l&apos;entrée « %1 » a un chemin qui sort du dossier de l&apos;archive (absolu ou ../)</translation>
    </message>
    <message>
        <source>the archive is refused: more than %1 entries</source>
        <translation>l&apos;archive est refusée : plus de %1 entrées</translation>
    </message>
    <message>
        <source>the archive is damaged (%1)</source>
        <translation>l&apos;archive est endommagée (%1)</translation>
    </message>
    <message>
        <source>the entry is %1; downloads over %2 are refused</source>
        <translation>l&apos;entrée fait %1; les téléchargements de plus de %2 sont refusés</translation>
    </message>
    <message>
        <source>cannot be read from the archive (%1)</source>
        <translation>ne peut pas être lue dans l&apos;archive (%1)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>the entry unpacks to more than %1; downloads over %1 are refused (zip bomb?)</source>
        <translation>l&apos;entrée décompressée dépasse %1; les téléchargements de plus de %1 sont refusés (bombe zip?)</translation>
    </message>
    <message>
        <source>the entry is compressed more than %1:1; refused as a zip bomb</source>
        <translation>l&apos;entrée est compressée à plus de %1:1; refusée comme bombe zip</translation>
    </message>
    <message>
        <source>the entry is no longer in the archive</source>
        <translation>l&apos;entrée n&apos;est plus dans l&apos;archive</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the file is %1; downloads over %2 are refused</source>
        <translation>le fichier fait %1; les téléchargements de plus de %2 sont refusés</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file holds only blank space</source>
        <translation>le fichier ne contient que des espaces</translation>
    </message>
    <message>
        <source>not an ACORD XML, CSIO XML or AL3 download</source>
        <translation>ce n&apos;est pas un téléchargement ACORD XML, CSIO XML ou AL3</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>le fichier ou le dossier n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>FileGroupDescriptor</name>
    <message>
        <source>The dragged files&apos; description is empty (%1 bytes).</source>
        <translation>La description des fichiers glissés est vide (%1 octets).</translation>
    </message>
    <message>
        <source>The drag describes no file.</source>
        <translation>Le glisser ne décrit aucun fichier.</translation>
    </message>
    <message>
        <source>The drag describes %1 files; at most %2 are taken at once.</source>
        <translation>Le glisser décrit %1 fichiers; au plus %2 sont pris à la fois.</translation>
    </message>
    <message>
        <source>The dragged files&apos; description is cut short: %1 files need %2 bytes, %3 came.</source>
        <translation>La description des fichiers glissés est tronquée : %1 fichiers demandent %2 octets, %3 sont arrivés.</translation>
    </message>
</context>
<context>
    <name>HolderCsv</name>
    <message>
        <source>%1: the header on line %2 cannot be read: %3.</source>
        <translation>%1 : l&apos;en-tête à la ligne %2 est illisible : %3.</translation>
    </message>
    <message>
        <source>%1 names the column &quot;%2&quot; twice (header, line %3).</source>
        <translation>%1 nomme la colonne « %2 » deux fois (en-tête, ligne %3).</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; is not a minimum limit: &quot;%3&quot; is not a limit code.</source>
        <translation>%1 : la colonne « %2 » n&apos;est pas une limite minimale : « %3 » n&apos;est pas un code de limite.</translation>
    </message>
    <message>
        <source>%1 names the column &quot;min_%2&quot; twice (header, line %3).</source>
        <translation>%1 nomme la colonne « min_%2 » deux fois (en-tête, ligne %3).</translation>
    </message>
    <message>
        <source>%1 has no &quot;name&quot; column: its first line (line %2) must be the header naming the columns, e.g. name,address1,address2,city,state,postal_code,email.</source>
        <translation>%1 n&apos;a pas de colonne « name » : sa première ligne (ligne %2) doit être l&apos;en-tête qui nomme les colonnes, p. ex. name,address1,address2,city,state,postal_code,email.</translation>
    </message>
    <message>
        <source>It has %1 values but the header has %2 columns (a value holding a comma must be in double quotes).</source>
        <translation>Elle a %1 valeurs, mais l&apos;en-tête a %2 colonnes (une valeur contenant une virgule doit être entre guillemets).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not yes or no.</source>
        <translation>%1 « %2 » n&apos;est ni yes ni no.</translation>
    </message>
    <message>
        <source>delivery &quot;%1&quot; is not email, print or both.</source>
        <translation>delivery « %1 » n&apos;est ni email, ni print, ni both.</translation>
    </message>
    <message>
        <source>%1 is empty (it has only blank lines).</source>
        <translation>%1 est vide (il ne contient que des lignes vides).</translation>
    </message>
    <message>
        <source>%1 has a header (line %2) but no holders.</source>
        <translation>%1 a un en-tête (ligne %2), mais aucun titulaire.</translation>
    </message>
</context>
<context>
    <name>InsuredService</name>
    <message>
        <source>Name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>Name is longer than 200 characters.</source>
        <translation>Le nom dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>Country must be US or CA, not &quot;%1&quot;.</source>
        <translation>Le pays doit être US ou CA, et non « %1 ».</translation>
    </message>
    <message>
        <source>Postal code &quot;%1&quot; is not a US ZIP code (12345 or 12345-6789).</source>
        <translation>Le code postal « %1 » n&apos;est pas un code ZIP américain (12345 ou 12345-6789).</translation>
    </message>
    <message>
        <source>Postal code &quot;%1&quot; is not a Canadian postal code (A1A 1A1).</source>
        <translation>Le code postal « %1 » n&apos;est pas un code postal canadien (A1A 1A1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 code for %3.</source>
        <translation>« %1 » n&apos;est pas un code de %2 pour %3.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>État</translation>
    </message>
    <message>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>« %1 » n&apos;est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>Insured %1 does not exist.</source>
        <translation>L&apos;assuré %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This insured was changed by %1 at %2 after you opened it; reload to see their changes.</source>
        <translation>Cet assuré a été modifié par %1 à %2 après que vous l&apos;avez ouvert; rechargez pour voir ses modifications.</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 est déjà actif.</translation>
    </message>
    <message>
        <source>%1 is already inactive.</source>
        <translation>%1 est déjà inactif.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The password is kept in this computer&apos;s keychain, not in the database. On a shared database, enter it once on each computer that sends mail.</source>
        <translation>Le mot de passe est conservé dans le trousseau de cet ordinateur, pas dans la base de données. Sur une base partagée, saisissez-le une fois sur chaque ordinateur qui envoie des courriels.</translation>
    </message>
    <message>
        <source>The database has no identity (database.id); reopen it to upgrade it.</source>
        <translation>La base de données n’a pas d’identité (database.id); rouvrez-la pour la mettre à niveau.</translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Le trousseau système n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The system keychain refused the password: %1</source>
        <translation>Le trousseau système a refusé le mot de passe : %1</translation>
    </message>
</context>
<context>
    <name>LapseNoticePrompt</name>
    <message>
        <source>Notify holders</source>
        <translation>Aviser les titulaires</translation>
    </message>
    <message>
        <source>Email every certificate holder on the masters that list %1 that the policy is no longer in force? Holders already notified are not emailed again.

Master: %2</source>
        <translation>Aviser par courriel chaque titulaire des modèles d&apos;attestation qui indiquent %1 que la police n&apos;est plus en vigueur? Les titulaires déjà avisés ne reçoivent pas un second courriel.

Modèle : %2</translation>
    </message>
    <message>
        <source>%1: not notified: %2</source>
        <translation>%1 : non avisés : %2</translation>
    </message>
    <message>
        <source>%1: %2 holders notified, %3 notified before.</source>
        <translation>%1 : %2 titulaires avisés, %3 déjà avisés.</translation>
    </message>
    <message>
        <source>No email address on file: %1.</source>
        <translation>Aucune adresse courriel au dossier : %1.</translation>
    </message>
</context>
<context>
    <name>LapseNoticeService</name>
    <message>
        <source>Policy %1 is an unattached download: no holder lists it.</source>
        <translation>La police %1 est un téléchargement non rattaché : aucun titulaire ne l&apos;indique.</translation>
    </message>
    <message>
        <source>Policy %1 is in force until %2: its holders have nothing to be told.</source>
        <translation>La police %1 est en vigueur jusqu&apos;au %2 : ses titulaires n&apos;ont rien à apprendre.</translation>
    </message>
    <message>
        <source>Policy %1 renewed (policy %2): its holders get renewal certificates, not a lapse notice.</source>
        <translation>La police %1 est renouvelée (police %2) : ses titulaires reçoivent des attestations de renouvellement, pas un avis de déchéance.</translation>
    </message>
</context>
<context>
    <name>LimitCode</name>
    <message>
        <source>Each occurrence</source>
        <translation>Par sinistre</translation>
    </message>
    <message>
        <source>Damage to rented premises (ea occurrence)</source>
        <translation>Dommages aux locaux loués (par sinistre)</translation>
    </message>
    <message>
        <source>Med exp (any one person)</source>
        <translation>Frais médicaux (par personne)</translation>
    </message>
    <message>
        <source>Personal &amp; adv injury</source>
        <translation>Préjudice personnel et publicitaire</translation>
    </message>
    <message>
        <source>General aggregate</source>
        <translation>Limite globale générale</translation>
    </message>
    <message>
        <source>Products - comp/op agg</source>
        <translation>Produits – travaux terminés (global)</translation>
    </message>
    <message>
        <source>Combined single limit (ea accident)</source>
        <translation>Limite unique combinée (par accident)</translation>
    </message>
    <message>
        <source>Bodily injury (per person)</source>
        <translation>Dommages corporels (par personne)</translation>
    </message>
    <message>
        <source>Bodily injury (per accident)</source>
        <translation>Dommages corporels (par accident)</translation>
    </message>
    <message>
        <source>Property damage (per accident)</source>
        <translation>Dommages matériels (par accident)</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Limite globale</translation>
    </message>
    <message>
        <source>Deductible / retention</source>
        <translation>Franchise / rétention</translation>
    </message>
    <message>
        <source>E.L. each accident</source>
        <translation>Resp. employeur – par accident</translation>
    </message>
    <message>
        <source>E.L. disease - ea employee</source>
        <translation>Resp. employeur – maladie, par employé</translation>
    </message>
    <message>
        <source>E.L. disease - policy limit</source>
        <translation>Resp. employeur – maladie, limite de la police</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Business personal property</source>
        <translation>Biens commerciaux</translation>
    </message>
    <message>
        <source>Business income</source>
        <translation>Pertes d&apos;exploitation</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>Franchise</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Second limit</source>
        <translation>Deuxième limite</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (use whole dollars, e.g. 1,000,000).</source>
        <translation>« %1 » n&apos;est pas un montant (indiquez des dollars entiers, p. ex. 1,000,000).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of dollars.</source>
        <translation>« %1 » n&apos;est pas un nombre entier de dollars.</translation>
    </message>
</context>
<context>
    <name>MailSettingsService</name>
    <message>
        <source>The SMTP server</source>
        <translation>Le serveur SMTP</translation>
    </message>
    <message>
        <source>The SMTP user name</source>
        <translation>Le nom d&apos;utilisateur SMTP</translation>
    </message>
    <message>
        <source>The sender&apos;s name</source>
        <translation>Le nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>The sender&apos;s address (From)</source>
        <translation>L&apos;adresse de l&apos;expéditeur (De)</translation>
    </message>
    <message>
        <source>The agency Bcc address</source>
        <translation>L&apos;adresse Cci du cabinet</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint</source>
        <translation>L&apos;empreinte du certificat de confiance</translation>
    </message>
    <message>
        <source>The SMTP server (host) is required.</source>
        <translation>Le serveur SMTP (hôte) est obligatoire.</translation>
    </message>
    <message>
        <source>The SMTP server &quot;%1&quot; is not a host name.</source>
        <translation>Le serveur SMTP « %1 » n&apos;est pas un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The SMTP port %1 is not between 1 and 65535.</source>
        <translation>Le port SMTP %1 n&apos;est pas entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The SMTP timeout must be between 1 and 600 seconds.</source>
        <translation>Le délai d&apos;attente SMTP doit être entre 1 et 600 secondes.</translation>
    </message>
    <message>
        <source>The agency Bcc address is required while the agency copy is on (every client email is Bcc&apos;d to it).</source>
        <translation>L&apos;adresse Cci du cabinet est obligatoire tant que la copie au cabinet est activée (chaque courriel aux clients lui est envoyé en Cci).</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint must be a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>L&apos;empreinte du certificat de confiance doit être une empreinte SHA-256 (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>The SMTP password contains a line break.</source>
        <translation>Le mot de passe SMTP contient un saut de ligne.</translation>
    </message>
    <message>
        <source>The certificates department&apos;s address</source>
        <translation>L’adresse du service des certificats</translation>
    </message>
    <message>
        <source>The client portal address</source>
        <translation>L’adresse du portail client</translation>
    </message>
    <message>
        <source>The client portal address &quot;%1&quot; is not a web address (https://...).</source>
        <translation>L’adresse du portail client « %1 » n’est pas une adresse Web (https://...).</translation>
    </message>
</context>
<context>
    <name>MailTemplateService</name>
    <message>
        <source>There is no email template &quot;%1&quot;.</source>
        <translation>Il n&apos;y a aucun modèle de courriel « %1 ».</translation>
    </message>
    <message>
        <source>The subject of template &quot;%1&quot;</source>
        <translation>L&apos;objet du modèle « %1 »</translation>
    </message>
    <message>
        <source>The subject of template &quot;%1&quot; is empty.</source>
        <translation>L&apos;objet du modèle « %1 » est vide.</translation>
    </message>
    <message>
        <source>The text of template &quot;%1&quot; is empty.</source>
        <translation>Le texte du modèle « %1 » est vide.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; uses {%2}, which is not a placeholder. Known: %3.</source>
        <translation>Le modèle « %1 » utilise {%2}, qui n&apos;est pas un champ de fusion. Champs connus : %3.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; was changed by someone else at %2; reload it and make your change again.</source>
        <translation>Le modèle « %1 » a été modifié par quelqu&apos;un d&apos;autre à %2; rechargez-le et refaites votre modification.</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Please check the form</source>
        <translation>Veuillez vérifier le formulaire</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Action non permise</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Cannot log in</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Problème de base de données</translation>
    </message>
</context>
<context>
    <name>MimeMessage</name>
    <message>
        <source>%1 contains a line break; a line break is never allowed there (it would let someone add mail headers).</source>
        <translation>%1 contient un saut de ligne; un saut de ligne n&apos;y est jamais permis (il permettrait d&apos;ajouter des en-têtes de courriel).</translation>
    </message>
    <message>
        <source>%1 contains a control character.</source>
        <translation>%1 contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be a plain ASCII email address.</source>
        <translation>%1 « %2 » doit être une adresse courriel en ASCII simple.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an email address (it holds &apos;%3&apos;).</source>
        <translation>%1 « %2 » n&apos;est pas une adresse courriel (elle contient « %3 »).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an email address.</source>
        <translation>%1 « %2 » n&apos;est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>The sender&apos;s address</source>
        <translation>L&apos;adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>The sender&apos;s name</source>
        <translation>Le nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>L&apos;objet</translation>
    </message>
    <message>
        <source>The email has no recipient.</source>
        <translation>Le courriel n&apos;a aucun destinataire.</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>Le destinataire</translation>
    </message>
    <message>
        <source>The Cc recipient</source>
        <translation>Le destinataire en Cc</translation>
    </message>
    <message>
        <source>The reply-to address</source>
        <translation>L&apos;adresse de réponse</translation>
    </message>
    <message>
        <source>The message id</source>
        <translation>L&apos;identifiant du message</translation>
    </message>
    <message>
        <source>The message id &quot;%1&quot; is not valid.</source>
        <translation>L&apos;identifiant de message « %1 » n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The attachment name</source>
        <translation>Le nom de la pièce jointe</translation>
    </message>
    <message>
        <source>The attachment type</source>
        <translation>Le type de la pièce jointe</translation>
    </message>
    <message>
        <source>The attachment type &quot;%1&quot; of %2 is not valid.</source>
        <translation>Le type de pièce jointe « %1 » de %2 n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Mail is not set up (Agency &gt; Mail settings); %1 email(s) wait in the outbox.</source>
        <translation>Le courriel n&apos;est pas configuré (Cabinet &gt; Paramètres de courriel); %1 courriel(s) attendent dans la boîte d&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <source>Mail is not set up yet: a manager enters the SMTP server and the sender&apos;s address in Agency &gt; Mail settings.</source>
        <translation>Le courriel n&apos;est pas encore configuré : un gestionnaire entre le serveur SMTP et l&apos;adresse de l&apos;expéditeur dans Cabinet &gt; Paramètres de courriel.</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>Le destinataire</translation>
    </message>
    <message>
        <source>The Cc recipient</source>
        <translation>Le destinataire en Cc</translation>
    </message>
    <message>
        <source>The Bcc recipient</source>
        <translation>Le destinataire en Cci</translation>
    </message>
    <message>
        <source>The email has no recipient: enter at least one address.</source>
        <translation>Le courriel n&apos;a aucun destinataire : entrez au moins une adresse.</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>L&apos;objet</translation>
    </message>
    <message>
        <source>The email has no subject.</source>
        <translation>Le courriel n&apos;a pas d&apos;objet.</translation>
    </message>
    <message>
        <source>The attachment name</source>
        <translation>Le nom de la pièce jointe</translation>
    </message>
    <message>
        <source>An attachment has no file name.</source>
        <translation>Une pièce jointe n&apos;a pas de nom de fichier.</translation>
    </message>
    <message>
        <source>The attachment %1 is empty.</source>
        <translation>La pièce jointe %1 est vide.</translation>
    </message>
    <message>
        <source>There is no email %1 in the outbox.</source>
        <translation>Il n&apos;y a aucun courriel %1 dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Email %1 is %2: only a queued or failed email can be retried.</source>
        <translation>Le courriel %1 est à l&apos;état %2 : seul un courriel en file d&apos;attente ou en échec peut être réessayé.</translation>
    </message>
    <message>
        <source>Email %1 is %2: only a queued or failed email can be cancelled.</source>
        <translation>Le courriel %1 est à l&apos;état %2 : seul un courriel en file d&apos;attente ou en échec peut être annulé.</translation>
    </message>
    <message>
        <source>Email %1 changed meanwhile; reload the outbox.</source>
        <translation>Le courriel %1 a changé entre-temps; rechargez la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>The certificate attached to email %1 no longer exists.</source>
        <translation>L&apos;attestation jointe au courriel %1 n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>OutlookDrop</name>
    <message>
        <source>Outlook did not hand over the contents of %1: save the attachment to a folder and drop the file from there.</source>
        <translation>Outlook n’a pas transmis le contenu de %1 : enregistrez la pièce jointe dans un dossier et déposez le fichier depuis ce dossier.</translation>
    </message>
    <message>
        <source>No folder for the dropped attachment: %1</source>
        <translation>Aucun dossier pour la pièce jointe déposée : %1</translation>
    </message>
    <message>
        <source>The attachment %1 could not be kept for adding: %2</source>
        <translation>La pièce jointe %1 n’a pas pu être conservée pour l’ajout : %2</translation>
    </message>
    <message>
        <source>Only %1 was taken: Outlook hands over one attachment per drag. Drag these one at a time: %2</source>
        <translation>Seul %1 a été pris : Outlook transmet une pièce jointe par glisser. Glissez celles-ci une à la fois : %2</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Le mot de passe doit compter au moins 8 caractères.</translation>
    </message>
</context>
<context>
    <name>PdfInspector</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not a PDF file (it does not start with %PDF-)</source>
        <translation>ce n&apos;est pas un fichier PDF (il ne commence pas par %PDF-)</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be opened</source>
        <translation>le PDF est endommagé et ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>the PDF is password-protected; save an unprotected copy and add that</source>
        <translation>le PDF est protégé par mot de passe; enregistrez une copie non protégée et ajoutez celle-ci</translation>
    </message>
    <message>
        <source>the PDF is password-protected (its owner password forbids printing); ask the sender for an unprotected copy</source>
        <translation>le PDF est protégé par mot de passe (son mot de passe de propriétaire interdit l&apos;impression); demandez une copie non protégée à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>the PDF has no pages that can be read</source>
        <translation>le PDF n&apos;a aucune page lisible</translation>
    </message>
    <message>
        <source>the first page of the PDF cannot be read</source>
        <translation>la première page du PDF ne peut pas être lue</translation>
    </message>
    <message>
        <source>the first page of the PDF cannot be displayed</source>
        <translation>la première page du PDF ne peut pas être affichée</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>General liability</source>
        <translation>Responsabilité civile générale</translation>
    </message>
    <message>
        <source>Automobile liability</source>
        <translation>Responsabilité civile automobile</translation>
    </message>
    <message>
        <source>Umbrella / excess</source>
        <translation>Responsabilité complémentaire / excédentaire</translation>
    </message>
    <message>
        <source>Workers comp &amp; employers&apos; liability</source>
        <translation>Accidents du travail et responsabilité de l&apos;employeur</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Biens</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <source>Policy number is required.</source>
        <translation>Le numéro de police est obligatoire.</translation>
    </message>
    <message>
        <source>Policy number is longer than 60 characters.</source>
        <translation>Le numéro de police dépasse 60 caractères.</translation>
    </message>
    <message>
        <source>Carrier is required.</source>
        <translation>L&apos;assureur est obligatoire.</translation>
    </message>
    <message>
        <source>Effective date is missing or not a valid date.</source>
        <translation>La date d&apos;effet est absente ou invalide.</translation>
    </message>
    <message>
        <source>Expiration date is missing or not a valid date.</source>
        <translation>La date d&apos;expiration est absente ou invalide.</translation>
    </message>
    <message>
        <source>Expiration date (%1) must be after the effective date (%2).</source>
        <translation>La date d&apos;expiration (%1) doit suivre la date d&apos;effet (%2).</translation>
    </message>
    <message>
        <source>Premium cannot be negative.</source>
        <translation>La prime ne peut pas être négative.</translation>
    </message>
    <message>
        <source>General aggregate applies per policy, project or location, not &quot;%1&quot;.</source>
        <translation>La limite globale générale s&apos;applique par police, par projet ou par emplacement, et non « %1 ».</translation>
    </message>
    <message>
        <source>Umbrella has a deductible or a retention, not &quot;%1&quot;.</source>
        <translation>L&apos;assurance complémentaire a une franchise ou une rétention, et non « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a limit code.</source>
        <translation>« %1 » n&apos;est pas un code de limite.</translation>
    </message>
    <message>
        <source>%1 is a %2 limit, not a %3 limit.</source>
        <translation>%1 est une limite de %2, et non de %3.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 est indiqué deux fois.</translation>
    </message>
    <message>
        <source>Insured %1 does not exist.</source>
        <translation>L&apos;assuré %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Policy %1 was changed by %2 at %3 after you opened it; reload to see their changes.</source>
        <translation>La police %1 a été modifiée par %2 à %3 après que vous l&apos;avez ouverte; rechargez pour voir ses modifications.</translation>
    </message>
    <message>
        <source>Policy %1 is already cancelled.</source>
        <translation>La police %1 est déjà annulée.</translation>
    </message>
    <message>
        <source>Policy %1 does not exist.</source>
        <translation>La police %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Policy number %1 already exists for %2 (policy %3) for an overlapping term.</source>
        <translation>Le numéro de police %1 existe déjà chez %2 (police %3) pour une période qui chevauche celle-ci.</translation>
    </message>
</context>
<context>
    <name>PortalClientService</name>
    <message>
        <source>This code does not work: it is wrong, was already used, was replaced by a newer one or has expired. Ask the agency for a new one.</source>
        <translation>Ce code ne fonctionne pas : il est erroné, a déjà servi, a été remplacé par un plus récent ou a expiré. Demandez-en un nouveau au cabinet.</translation>
    </message>
    <message>
        <source>This portal account is locked; call the agency.</source>
        <translation>Ce compte de portail est verrouillé; appelez le cabinet.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe erroné.</translation>
    </message>
    <message>
        <source>Wrong user name or password. After %1 failed sign-ins the account is locked; call the agency.</source>
        <translation>Nom d’utilisateur ou mot de passe erroné. Après %1 connexions échouées, le compte est verrouillé; appelez le cabinet.</translation>
    </message>
</context>
<context>
    <name>PortalService</name>
    <message>
        <source>Not enrolled</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Entrez un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an email address. The user name is not the email address: choose a short name without &apos;@&apos; (the email is entered separately).</source>
        <translation>« %1 » ressemble à une adresse courriel. Le nom d&apos;utilisateur n&apos;est pas l&apos;adresse courriel : choisissez un nom court sans « @ » (le courriel se saisit à part).</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; must be 3 to 40 letters (a to z), digits, dots, dashes or underscores.</source>
        <translation>Le nom d&apos;utilisateur « %1 » doit compter de 3 à 40 lettres (a à z), chiffres, points, tirets ou traits de soulignement.</translation>
    </message>
    <message>
        <source>%1 has no client portal account; enroll the client first.</source>
        <translation>%1 n&apos;a pas de compte sur le portail client; inscrivez d&apos;abord le client.</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>l&apos;adresse</translation>
    </message>
    <message>
        <source>the postal code</source>
        <translation>le code postal</translation>
    </message>
    <message>
        <source>a policy number</source>
        <translation>un numéro de police</translation>
    </message>
    <message>
        <source>The identity check needs %1.</source>
        <translation>La vérification d&apos;identité exige %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the policy number</source>
        <translation>le numéro de police</translation>
    </message>
    <message>
        <source>Identity check failed for %1: %2 did not match what is on file. Nothing was saved.</source>
        <translation>Échec de la vérification d&apos;identité pour %1 : %2 ne correspond pas au dossier. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address; the welcome email goes there.</source>
        <translation>« %1 » n&apos;est pas une adresse courriel; le courriel de bienvenue y est envoyé.</translation>
    </message>
    <message>
        <source>%1 already has a client portal account (user name %2, %3).</source>
        <translation>%1 a déjà un compte sur le portail client (nom d&apos;utilisateur %2, %3).</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken by another client; choose another.</source>
        <translation>Le nom d&apos;utilisateur « %1 » est déjà pris par un autre client; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The portal account %1 was changed meanwhile; try again.</source>
        <translation>Le compte de portail %1 a été modifié entre-temps; réessayez.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>« %1 » n&apos;est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>The portal account %1 is locked; unlock it before sending a reset.</source>
        <translation>Le compte de portail %1 est verrouillé; déverrouillez-le avant d&apos;envoyer une réinitialisation.</translation>
    </message>
</context>
<context>
    <name>PrintQueueService</name>
    <message>
        <source>Print queue entry %1 is not waiting: printed or removed already.</source>
        <translation>L&apos;entrée %1 de la file d&apos;impression n&apos;est plus en attente : déjà imprimée ou retirée.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>ReceivedEmail</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1 : le fichier est vide</translation>
    </message>
    <message>
        <source>%1: not an email message (no From, Subject, Date or Content-Type header)</source>
        <translation>%1 : ce n&apos;est pas un courriel (aucun en-tête From, Subject, Date ou Content-Type)</translation>
    </message>
</context>
<context>
    <name>RejectionReasonService</name>
    <message>
        <source>Rejection reason %1 does not exist.</source>
        <translation>Le motif de refus %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no rejection reason &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de motif de refus « %1 ».</translation>
    </message>
    <message>
        <source>Enter the rejection reason&apos;s text.</source>
        <translation>Saisissez le texte du motif de refus.</translation>
    </message>
    <message>
        <source>A rejection reason has at most 200 characters.</source>
        <translation>Un motif de refus compte au plus 200 caractères.</translation>
    </message>
    <message>
        <source>The rejection reason &quot;%1&quot; already exists.</source>
        <translation>Le motif de refus « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>The rejection reason &quot;%1&quot; is already retired.</source>
        <translation>Le motif de refus « %1 » est déjà retiré.</translation>
    </message>
    <message>
        <source>The rejection reason &quot;%1&quot; is not retired.</source>
        <translation>Le motif de refus « %1 » n&apos;est pas retiré.</translation>
    </message>
</context>
<context>
    <name>RenewalRunner</name>
    <message>
        <source>There is no renewal run %1.</source>
        <translation>Il n&apos;y a pas de passe de renouvellement %1.</translation>
    </message>
    <message>
        <source>Certificate master &quot;%1&quot; already shows six insurers: policy %2&apos;s carrier needs a letter. Take a line off the master, then resume the run.</source>
        <translation>Le modèle d&apos;attestation « %1 » montre déjà six assureurs : l&apos;assureur de la police %2 a besoin d&apos;une lettre. Retirez une ligne du modèle, puis reprenez la passe.</translation>
    </message>
    <message>
        <source>Renewal run %1 stopped: %2</source>
        <translation>La passe de renouvellement %1 s&apos;est arrêtée : %2</translation>
    </message>
</context>
<context>
    <name>RenewalService</name>
    <message>
        <source>A renewal names the policy term it renews.</source>
        <translation>Un renouvellement indique le terme de police qu&apos;il renouvelle.</translation>
    </message>
    <message>
        <source>Policy %1 is an unattached download: attach it to a client before renewing it.</source>
        <translation>La police %1 est un téléchargement non rattaché : rattachez-la à un client avant de la renouveler.</translation>
    </message>
    <message>
        <source>Policy %1 (%2 to %3) is already renewed: policy %4, %5 to %6.</source>
        <translation>La police %1 (du %2 au %3) est déjà renouvelée : police %4, du %5 au %6.</translation>
    </message>
    <message>
        <source>The renewal of policy %1 must start after %2, when the term it renews started.</source>
        <translation>Le renouvellement de la police %1 doit commencer après le %2, début du terme qu&apos;il renouvelle.</translation>
    </message>
    <message>
        <source>The renewals due window is 0 to 3,650 days, not %1.</source>
        <translation>La période des renouvellements à venir va de 0 à 3 650 jours, pas %1.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>La raison est trop longue (500 caractères au plus).</translation>
    </message>
    <message>
        <source>There is no renewal run %1.</source>
        <translation>Il n&apos;y a pas de passe de renouvellement %1.</translation>
    </message>
    <message>
        <source>Renewals due: 1 to 365 days, not %1.</source>
        <translation>Renouvellements à venir : 1 à 365 jours, pas %1.</translation>
    </message>
</context>
<context>
    <name>RequestHolderFields</name>
    <message>
        <source>Holder name</source>
        <translation>Nom du titulaire</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresse, ligne 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresse, ligne 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Holder email</source>
        <translation>Courriel du titulaire</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Adresse, ligne &amp;2 :</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;State / province:</source>
        <translation>&amp;État / province :</translation>
    </message>
</context>
<context>
    <name>RequestListService</name>
    <message>
        <source>Certificate request %1 does not exist.</source>
        <translation>La demande d&apos;attestation %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>RequestMailer</name>
    <message>
        <source>The recipient</source>
        <translation>Le destinataire</translation>
    </message>
    <message>
        <source>Holder %1 has no email address; add one to the request or send to the client only.</source>
        <translation>Le titulaire %1 n&apos;a pas d&apos;adresse courriel; ajoutez-en une à la demande ou envoyez au client seulement.</translation>
    </message>
    <message>
        <source>%1 has no email address; add one to the insured.</source>
        <translation>%1 n&apos;a pas d&apos;adresse courriel; ajoutez-en une à l&apos;assuré.</translation>
    </message>
    <message>
        <source>The certificates department&apos;s address</source>
        <translation>L’adresse du service des certificats</translation>
    </message>
</context>
<context>
    <name>RequestProcessor</name>
    <message>
        <source>Request %1 was changed by someone else; reload it.</source>
        <translation>La demande %1 a été modifiée par quelqu&apos;un d&apos;autre; rechargez-la.</translation>
    </message>
    <message>
        <source>Request %1 has no certificate master: choose one, or upload a certificate issued elsewhere.</source>
        <translation>La demande %1 n&apos;a pas de modèle d&apos;attestation : choisissez-en un ou téléversez une attestation émise ailleurs.</translation>
    </message>
    <message>
        <source>Request %1 is a waiver of subrogation, but no policy on its master has a waiver of subrogation endorsement: relabel it COI/POI or reject it.</source>
        <translation>La demande %1 est une renonciation à la subrogation, mais aucune police de son modèle n&apos;a d&apos;avenant de renonciation à la subrogation : reclassez-la en COI/POI ou refusez-la.</translation>
    </message>
    <message>
        <source>Request %1 sends the uploaded certificate %2 as it is: its description and lines cannot be edited.</source>
        <translation>La demande %1 envoie l&apos;attestation téléversée %2 telle quelle : sa description et ses garanties ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>The holder&apos;s fields are single lines: &quot;%1&quot; has a line break.</source>
        <translation>Les champs du titulaire tiennent sur une ligne : « %1 » contient un saut de ligne.</translation>
    </message>
    <message>
        <source>The corrected holder is not valid: %1</source>
        <translation>Le titulaire corrigé n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>Request %1 has no certificate master: there is no certificate to edit.</source>
        <translation>La demande %1 n&apos;a pas de modèle d&apos;attestation : il n&apos;y a pas d&apos;attestation à modifier.</translation>
    </message>
    <message>
        <source>The description is too long (at most 10,000 characters).</source>
        <translation>La description est trop longue (au plus 10 000 caractères).</translation>
    </message>
    <message>
        <source>Policy %1 is not on certificate master %2: it cannot be left off.</source>
        <translation>La police %1 n&apos;est pas sur le modèle d&apos;attestation %2 : elle ne peut pas être retirée.</translation>
    </message>
    <message>
        <source>Every line of certificate master %1 is left off: keep at least one line on the certificate.</source>
        <translation>Toutes les garanties du modèle d&apos;attestation %1 sont retirées : gardez au moins une garantie sur l&apos;attestation.</translation>
    </message>
</context>
<context>
    <name>RequestService</name>
    <message>
        <source>Request %1 is completed (certificate %2): nothing more can be done with it.</source>
        <translation>La demande %1 est terminée (attestation %2) : on ne peut plus rien y faire.</translation>
    </message>
    <message>
        <source>Request %1 was rejected: nothing more can be done with it.</source>
        <translation>La demande %1 a été refusée : on ne peut plus rien y faire.</translation>
    </message>
    <message>
        <source>Request %1 is in progress with %2: take it over first.</source>
        <translation>La demande %1 est en cours chez %2 : reprenez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The holder&apos;s fields are single lines: &quot;%1&quot; has a line break.</source>
        <translation>Les champs du titulaire tiennent sur une ligne : « %1 » contient un saut de ligne.</translation>
    </message>
    <message>
        <source>The notes are too long (at most 10,000 characters).</source>
        <translation>Les notes sont trop longues (au plus 10 000 caractères).</translation>
    </message>
    <message>
        <source>The holder&apos;s email address &quot;%1&quot; is not valid.</source>
        <translation>L&apos;adresse courriel du titulaire « %1 » n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>A request from a holder added on a shared master names that holder.</source>
        <translation>Une demande provenant d&apos;un titulaire ajouté sur un modèle partagé doit nommer ce titulaire.</translation>
    </message>
    <message>
        <source>%1 is inactive: an inactive customer cannot request certificates.</source>
        <translation>%1 est inactif : un client inactif ne peut pas demander d&apos;attestations.</translation>
    </message>
    <message>
        <source>Holder %1 is not on certificate master %2.</source>
        <translation>Le titulaire %1 ne figure pas sur le modèle d&apos;attestation %2.</translation>
    </message>
    <message>
        <source>Certificate master %1 belongs to another customer than %2.</source>
        <translation>Le modèle d&apos;attestation %1 appartient à un autre client que %2.</translation>
    </message>
    <message>
        <source>Request %1 is a waiver of subrogation waiting for payment approval.</source>
        <translation>La demande %1 est une renonciation à la subrogation en attente de l&apos;approbation du paiement.</translation>
    </message>
    <message>
        <source>Request %1 is already in progress with you.</source>
        <translation>La demande %1 est déjà en cours chez vous.</translation>
    </message>
    <message>
        <source>Request %1 was already submitted (certificate %2): it is not sent twice.</source>
        <translation>La demande %1 a déjà été soumise (attestation %2) : elle n&apos;est pas envoyée deux fois.</translation>
    </message>
    <message>
        <source>%1 is not a PDF: upload the certificate as a PDF file.</source>
        <translation>%1 n&apos;est pas un PDF : téléversez l&apos;attestation en fichier PDF.</translation>
    </message>
    <message>
        <source>Request %1 is already %2.</source>
        <translation>La demande %1 est déjà %2.</translation>
    </message>
    <message>
        <source>The comment is too long (at most 2,000 characters).</source>
        <translation>Le commentaire est trop long (au plus 2 000 caractères).</translation>
    </message>
    <message>
        <source>Request %1 is completed: a completed request cannot be rejected.</source>
        <translation>La demande %1 est terminée : une demande terminée ne peut pas être refusée.</translation>
    </message>
    <message>
        <source>Request %1 is already rejected.</source>
        <translation>La demande %1 est déjà refusée.</translation>
    </message>
    <message>
        <source>The rejection reason &quot;%1&quot; is retired: choose another.</source>
        <translation>Le motif de refus « %1 » est retiré : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <source>The note is too long (at most 10,000 characters).</source>
        <translation>La note est trop longue (au plus 10 000 caractères).</translation>
    </message>
    <message>
        <source>Request %1 is a COI/POI: only a waiver of subrogation waits for payment approval.</source>
        <translation>La demande %1 est une COI/POI : seule une renonciation à la subrogation attend l&apos;approbation du paiement.</translation>
    </message>
    <message>
        <source>The payment for request %1 was already approved by %2 on %3.</source>
        <translation>Le paiement de la demande %1 a déjà été approuvé par %2 le %3.</translation>
    </message>
    <message>
        <source>%1 is already eligible for automatic processing.</source>
        <translation>%1 est déjà admissible au traitement automatique.</translation>
    </message>
    <message>
        <source>%1 is already not eligible for automatic processing.</source>
        <translation>%1 n&apos;est déjà pas admissible au traitement automatique.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>Data processor</source>
        <translation>Préposé au traitement des données</translation>
    </message>
    <message>
        <source>Certificate specialist</source>
        <translation>Spécialiste des attestations</translation>
    </message>
    <message>
        <source>Payroll advisor (view only)</source>
        <translation>Conseiller en paie (consultation seulement)</translation>
    </message>
    <message>
        <source>change the agency profile</source>
        <translation>modifier le profil du cabinet</translation>
    </message>
    <message>
        <source>add a user</source>
        <translation>ajouter un utilisateur</translation>
    </message>
    <message>
        <source>reset a user&apos;s password</source>
        <translation>réinitialiser le mot de passe d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>deactivate or reactivate a user</source>
        <translation>désactiver ou réactiver un utilisateur</translation>
    </message>
    <message>
        <source>change a user&apos;s role</source>
        <translation>changer le rôle d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>add a carrier</source>
        <translation>ajouter un assureur</translation>
    </message>
    <message>
        <source>edit a carrier</source>
        <translation>modifier un assureur</translation>
    </message>
    <message>
        <source>add an insured</source>
        <translation>ajouter un assuré</translation>
    </message>
    <message>
        <source>edit an insured</source>
        <translation>modifier un assuré</translation>
    </message>
    <message>
        <source>deactivate or reactivate an insured</source>
        <translation>désactiver ou réactiver un assuré</translation>
    </message>
    <message>
        <source>add a policy</source>
        <translation>ajouter une police</translation>
    </message>
    <message>
        <source>edit a policy</source>
        <translation>modifier une police</translation>
    </message>
    <message>
        <source>cancel a policy</source>
        <translation>annuler une police</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>ajouter une note</translation>
    </message>
    <message>
        <source>load demo data</source>
        <translation>charger des données de démonstration</translation>
    </message>
    <message>
        <source>change the database&apos;s shared mode</source>
        <translation>changer le mode partagé de la base de données</translation>
    </message>
    <message>
        <source>add a certificate master</source>
        <translation>ajouter un modèle d&apos;attestation</translation>
    </message>
    <message>
        <source>edit a certificate master</source>
        <translation>modifier un modèle d&apos;attestation</translation>
    </message>
    <message>
        <source>delete a certificate master</source>
        <translation>supprimer un modèle d&apos;attestation</translation>
    </message>
    <message>
        <source>add a certificate holder</source>
        <translation>ajouter un titulaire de certificat</translation>
    </message>
    <message>
        <source>edit a certificate holder</source>
        <translation>modifier un titulaire de certificat</translation>
    </message>
    <message>
        <source>remove a certificate holder</source>
        <translation>retirer un titulaire de certificat</translation>
    </message>
    <message>
        <source>issue a certificate</source>
        <translation>émettre une attestation</translation>
    </message>
    <message>
        <source>record a certificate delivery</source>
        <translation>consigner la remise d&apos;une attestation</translation>
    </message>
    <message>
        <source>share a certificate master with the client&apos;s portal account</source>
        <translation>partager un modèle d&apos;attestation avec le compte du portail client</translation>
    </message>
    <message>
        <source>remove lapsed lines from a certificate master</source>
        <translation>retirer les lignes échues d&apos;un modèle d&apos;attestation</translation>
    </message>
    <message>
        <source>change the mail settings</source>
        <translation>modifier les paramètres de courriel</translation>
    </message>
    <message>
        <source>edit an email template</source>
        <translation>modifier un modèle de courriel</translation>
    </message>
    <message>
        <source>send an email</source>
        <translation>envoyer un courriel</translation>
    </message>
    <message>
        <source>retry or cancel an email in the outbox</source>
        <translation>relancer ou annuler un courriel de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>import policy downloads</source>
        <translation>importer des téléchargements de polices</translation>
    </message>
    <message>
        <source>attach a downloaded policy to an insured</source>
        <translation>rattacher une police téléchargée à un assuré</translation>
    </message>
    <message>
        <source>un-attach a policy from its insured</source>
        <translation>détacher une police de son assuré</translation>
    </message>
    <message>
        <source>add a document</source>
        <translation>ajouter un document</translation>
    </message>
    <message>
        <source>attach a document to a policy or detach it</source>
        <translation>rattacher un document à une police ou l&apos;en détacher</translation>
    </message>
    <message>
        <source>share a document with the client&apos;s portal account</source>
        <translation>partager un document avec le compte portail du client</translation>
    </message>
    <message>
        <source>delete a document</source>
        <translation>supprimer un document</translation>
    </message>
    <message>
        <source>change the document types or the document size limit</source>
        <translation>modifier les types de documents ou la taille maximale des documents</translation>
    </message>
    <message>
        <source>add a certificate request</source>
        <translation>ajouter une demande d&apos;attestation</translation>
    </message>
    <message>
        <source>work on a certificate request</source>
        <translation>traiter une demande d&apos;attestation</translation>
    </message>
    <message>
        <source>change the rejection reasons</source>
        <translation>modifier les motifs de refus</translation>
    </message>
    <message>
        <source>approve the payment of a waiver of subrogation</source>
        <translation>approuver le paiement d&apos;une renonciation à la subrogation</translation>
    </message>
    <message>
        <source>change an insured&apos;s automatic certificate processing</source>
        <translation>modifier le traitement automatique des attestations d&apos;un assuré</translation>
    </message>
    <message>
        <source>renew a policy</source>
        <translation>renouveler une police</translation>
    </message>
    <message>
        <source>run a renewal through its certificate masters</source>
        <translation>appliquer un renouvellement à ses modèles d&apos;attestation</translation>
    </message>
    <message>
        <source>mark a policy as not renewing</source>
        <translation>marquer une police comme non renouvelée</translation>
    </message>
    <message>
        <source>notify certificate holders of a lapsed policy</source>
        <translation>aviser les titulaires d&apos;attestation d&apos;une police échue</translation>
    </message>
    <message>
        <source>print or remove certificates in the print queue</source>
        <translation>imprimer ou retirer des attestations de la file d&apos;impression</translation>
    </message>
    <message>
        <source>change the renewal settings</source>
        <translation>modifier les paramètres de renouvellement</translation>
    </message>
</context>
<context>
    <name>SentEmailAttacher</name>
    <message>
        <source>it is still queued</source>
        <translation>il est encore en file d&apos;attente</translation>
    </message>
    <message>
        <source>it is being sent</source>
        <translation>il est en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>sending it failed</source>
        <translation>son envoi a échoué</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>il a été annulé</translation>
    </message>
    <message>
        <source>Email %1 has not been sent (%2); only a sent email can be attached to a policy or an insured.</source>
        <translation>Le courriel %1 n&apos;a pas été envoyé (%2); seul un courriel envoyé peut être joint à une police ou à un assuré.</translation>
    </message>
    <message>
        <source>Email %1 is not linked to a client; name the insured to attach it to.</source>
        <translation>Le courriel %1 n&apos;est lié à aucun client; indiquez l&apos;assuré auquel le joindre.</translation>
    </message>
    <message>
        <source>Policy %1 is not %2&apos;s, so email %3 cannot be attached to it.</source>
        <translation>La police %1 n&apos;appartient pas à %2; le courriel %3 ne peut donc pas y être joint.</translation>
    </message>
    <message>
        <source>%1: nothing to add</source>
        <translation>%1 : rien à ajouter</translation>
    </message>
    <message>
        <source>on the insured (no policy)</source>
        <translation>dans le dossier de l&apos;assuré (sans police)</translation>
    </message>
    <message>
        <source>on policy %1</source>
        <translation>sur la police %1</translation>
    </message>
    <message>
        <source>Email %1 is already attached as document %2 &quot;%3&quot; %4; nothing was added.</source>
        <translation>Le courriel %1 est déjà joint comme document %2 « %3 » %4; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Email %1 attached as document %2 &quot;%3&quot; %4, with %5 PDF attachment(s) as linked documents.</source>
        <translation>Courriel %1 joint comme document %2 « %3 » %4, avec %5 pièce(s) jointe(s) PDF comme documents liés.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Permission denied: %1 (%2) may not %3.</source>
        <translation>Permission refusée : %1 (%2) ne peut pas %3.</translation>
    </message>
</context>
<context>
    <name>UnattachedDownloadService</name>
    <message>
        <source>Unattached download %1 does not exist.</source>
        <translation>Le téléchargement non rattaché %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Policy %1 is not waiting in Unattached downloads (it belongs to insured %2).</source>
        <translation>La police %1 n&apos;attend pas dans les téléchargements non rattachés (elle appartient à l&apos;assuré %2).</translation>
    </message>
    <message>
        <source>The download&apos;s insured cannot be added as it is: %1</source>
        <translation>L&apos;assuré du téléchargement ne peut pas être ajouté tel quel : %1</translation>
    </message>
    <message>
        <source>Policy %1 is not attached to an insured; it is already in Unattached downloads.</source>
        <translation>La police %1 n&apos;est rattachée à aucun assuré; elle est déjà dans les téléchargements non rattachés.</translation>
    </message>
    <message>
        <source>Policy %1 is on the certificate master(s) %2 of %3; take it off there before un-attaching it.</source>
        <translation>La police %1 figure sur le ou les modèles d&apos;attestation %2 de %3; retirez-la de ces modèles avant de la détacher.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>User name &quot;%1&quot; must be 2 to 64 letters, digits, dots, dashes, underscores or @.</source>
        <translation>Le nom d&apos;utilisateur « %1 » doit compter de 2 à 64 lettres, chiffres, points, tirets, traits de soulignement ou @.</translation>
    </message>
    <message>
        <source>The full name must be one line.</source>
        <translation>Le nom complet doit tenir sur une ligne.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>Un utilisateur nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>This is the last active manager; add another manager first.</source>
        <translation>C&apos;est le dernier gestionnaire actif; ajoutez d&apos;abord un autre gestionnaire.</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>L&apos;utilisateur %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; does not exist.</source>
        <translation>L&apos;utilisateur « %1 » n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>agencydesk::AboutDialog</name>
    <message>
        <source>About AgencyDesk</source>
        <translation>À propos d&apos;AgencyDesk</translation>
    </message>
    <message>
        <source>AgencyDesk %1 (build %2)</source>
        <translation>AgencyDesk %1 (compilation %2)</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>Poppler %1</source>
        <translation>Poppler %1</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>System: %1, %2</source>
        <translation>Système : %1, %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Created by %1; last opened by %2</source>
        <translation>Créée par %1; ouverte en dernier par %2</translation>
    </message>
    <message>
        <source>an earlier version</source>
        <translation>une version antérieure</translation>
    </message>
    <message>
        <source>&lt;h2&gt;AgencyDesk %1&lt;/h2&gt;&lt;p&gt;Agency management for insurance CSRs: insureds, policies, documents and certificates of insurance in one place.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;AgencyDesk %1&lt;/h2&gt;&lt;p&gt;La gestion de cabinet pour les représentants du service à la clientèle en assurance : assurés, polices, documents et attestations d&apos;assurance au même endroit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version information</source>
        <translation>Informations de version</translation>
    </message>
    <message>
        <source>Third-party licenses</source>
        <translation>Licences de tiers</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>&amp;Licenses</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation>&amp;Copier les informations de version</translation>
    </message>
</context>
<context>
    <name>agencydesk::AgencyProfileDialog</name>
    <message>
        <source>Agency profile</source>
        <translation>Profil du cabinet</translation>
    </message>
    <message>
        <source>Could not read the agency profile.</source>
        <translation>Impossible de lire le profil du cabinet.</translation>
    </message>
    <message>
        <source>The agency profile was not saved.</source>
        <translation>Le profil du cabinet n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renouvellements</translation>
    </message>
    <message>
        <source>Renewal follow-through</source>
        <translation>Suivi des renouvellements</translation>
    </message>
    <message>
        <source>Update masters and re-issue certificates at once</source>
        <translation>Mettre à jour les modèles et réémettre les attestations aussitôt</translation>
    </message>
    <message>
        <source>Ask the CSR first</source>
        <translation>Demander d&apos;abord au représentant</translation>
    </message>
    <message>
        <source>Renewals due window in days</source>
        <translation>Période des renouvellements à venir, en jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Renewals due &amp;lists policies expiring within:</source>
        <translation>Renouvellements à venir &amp;liste les polices expirant d&apos;ici :</translation>
    </message>
    <message>
        <source>Could not read the renewal settings.</source>
        <translation>Impossible de lire les paramètres de renouvellement.</translation>
    </message>
    <message>
        <source>The renewal settings were not saved.</source>
        <translation>Les paramètres de renouvellement n&apos;ont pas été enregistrés.</translation>
    </message>
    <message>
        <source>&amp;After a renewal or new dates:</source>
        <translation>&amp;Après un renouvellement ou de nouvelles dates :</translation>
    </message>
</context>
<context>
    <name>agencydesk::AgencyProfileForm</name>
    <message>
        <source>Agency name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <source>Agency &amp;name:</source>
        <translation>&amp;Nom du cabinet :</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresse, ligne 1</translation>
    </message>
    <message>
        <source>Address &amp;1:</source>
        <translation>Adresse &amp;1 :</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresse, ligne 2</translation>
    </message>
    <message>
        <source>Address &amp;2:</source>
        <translation>Adresse &amp;2 :</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>V&amp;ille :</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <source>&amp;State / province:</source>
        <translation>État / pro&amp;vince :</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Télécopieur</translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation>Télé&amp;copieur :</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;urriel :</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Personne-ressource</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>Personne-ress&amp;ource :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Certificates&lt;/b&gt;</source>
        <translation>&lt;b&gt;Attestations&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Certificate paper size</source>
        <translation>Format de papier des attestations</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Lettre (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Legal (8.5 × 14 in)</source>
        <translation>Légal (8,5 × 14 po)</translation>
    </message>
    <message>
        <source>Pape&amp;r size:</source>
        <translation>Format de papie&amp;r :</translation>
    </message>
    <message>
        <source>Certificate date format</source>
        <translation>Format de date des attestations</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>Format de &amp;date :</translation>
    </message>
    <message>
        <source>Compliance warning days</source>
        <translation>Jours d&apos;avertissement de conformité</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Compliance flags a policy that expires within this many days of the certificate date (0: only policies not in force).</source>
        <translation>La vérification de conformité signale une police qui expire dans ce nombre de jours suivant la date de l&apos;attestation (0 : seulement les polices qui ne sont pas en vigueur).</translation>
    </message>
    <message>
        <source>&amp;Warn of expiry within:</source>
        <translation>Avertir d&apos;une e&amp;xpiration dans :</translation>
    </message>
</context>
<context>
    <name>agencydesk::AttachEmailDialog</name>
    <message>
        <source>Attach email to policy</source>
        <translation>Joindre le courriel à une police</translation>
    </message>
    <message>
        <source>Kept as the message that was sent (without Bcc), type Correspondence, issued %1. Its PDF attachments become documents linked to it.</source>
        <translation>Conservé tel qu&apos;il a été envoyé (sans Cci), type Correspondence, émis le %1. Ses pièces jointes PDF deviennent des documents liés.</translation>
    </message>
    <message>
        <source>&amp;Keep it on:</source>
        <translation>&amp;Conserver dans :</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nom du fichier :</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Joindre</translation>
    </message>
    <message>
        <source>Email %1 is not linked to a client.</source>
        <translation>Le courriel %1 n&apos;est lié à aucun client.</translation>
    </message>
    <message>
        <source>Keep email %1, &quot;%2&quot;, in %3&apos;s documents.</source>
        <translation>Conserver le courriel %1, « %2 », dans les documents de %3.</translation>
    </message>
    <message>
        <source>%1 only (no policy)</source>
        <translation>%1 seulement (sans police)</translation>
    </message>
    <message>
        <source>%1 - %2, %3, %4 to %5 (%6)</source>
        <translation>%1 - %2, %3, du %4 au %5 (%6)</translation>
    </message>
</context>
<context>
    <name>agencydesk::CarriersDialog</name>
    <message>
        <source>Carriers</source>
        <translation>Assureurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>NAIC</source>
        <translation>NAIC</translation>
    </message>
    <message>
        <source>&amp;Save changes to the selected carrier</source>
        <translation>&amp;Enregistrer les modifications de l&apos;assureur sélectionné</translation>
    </message>
    <message>
        <source>New carrier name</source>
        <translation>Nom du nouvel assureur</translation>
    </message>
    <message>
        <source>Carrier name</source>
        <translation>Nom de l&apos;assureur</translation>
    </message>
    <message>
        <source>New carrier NAIC code</source>
        <translation>Code NAIC du nouvel assureur</translation>
    </message>
    <message>
        <source>NAIC (5 digits)</source>
        <translation>NAIC (5 chiffres)</translation>
    </message>
    <message>
        <source>&amp;Add carrier</source>
        <translation>&amp;Ajouter l&apos;assureur</translation>
    </message>
    <message>
        <source>Could not list the carriers.</source>
        <translation>Impossible d&apos;afficher la liste des assureurs.</translation>
    </message>
    <message>
        <source>The carrier was not added.</source>
        <translation>L&apos;assureur n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <source>The carrier was not saved.</source>
        <translation>L&apos;assureur n&apos;a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>agencydesk::CertificateBatchIssuer</name>
    <message>
        <source>Holder %1</source>
        <translation>Titulaire %1</translation>
    </message>
    <message>
        <source>%1 is a holder on another certificate master.</source>
        <translation>%1 est titulaire sur un autre modèle d&apos;attestation.</translation>
    </message>
</context>
<context>
    <name>agencydesk::CertificateEmailDialog</name>
    <message>
        <source>Email certificate %1</source>
        <translation>Envoyer l&apos;attestation %1 par courriel</translation>
    </message>
    <message>
        <source>To the &amp;holder:</source>
        <translation>Au &amp;titulaire :</translation>
    </message>
    <message>
        <source>To the &amp;client:</source>
        <translation>Au &amp;client :</translation>
    </message>
    <message>
        <source>more addresses, separated by commas (they get the holder&apos;s email)</source>
        <translation>autres adresses, séparées par des virgules (elles reçoivent le courriel du titulaire)</translation>
    </message>
    <message>
        <source>A message for the email (optional)</source>
        <translation>Un message pour le courriel (facultatif)</translation>
    </message>
    <message>
        <source>Also &amp;to:</source>
        <translation>&amp;Aussi à :</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Preview (the agency gets a Bcc copy of every client email):</source>
        <translation>Aperçu (le cabinet reçoit une copie conforme invisible de chaque courriel aux clients) :</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;To:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Subject:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Attached:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;À :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Objet :&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Pièce jointe :&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Rien à envoyer</translation>
    </message>
    <message>
        <source>Choose who gets the certificate.</source>
        <translation>Choisissez qui reçoit l&apos;attestation.</translation>
    </message>
    <message>
        <source>The certificate was not emailed.</source>
        <translation>L&apos;attestation n&apos;a pas été envoyée par courriel.</translation>
    </message>
</context>
<context>
    <name>agencydesk::CertificateIssueController</name>
    <message>
        <source>... and %1 more.</source>
        <translation>... et %1 de plus.</translation>
    </message>
    <message>
        <source>No certificate was issued.</source>
        <translation>Aucune attestation n&apos;a été émise.</translation>
    </message>
    <message>
        <source>Issuing certificates</source>
        <translation>Émission des attestations</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checking the holders&apos; requirements...</source>
        <translation>Vérification des exigences des titulaires...</translation>
    </message>
    <message>
        <source>Issuing certificates...</source>
        <translation>Émission des attestations...</translation>
    </message>
    <message>
        <source>Checking %1 of %2: %3</source>
        <translation>Vérification %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Issuing %1 of %2: %3</source>
        <translation>Émission %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>No certificate was issued</source>
        <translation>Aucune attestation n&apos;a été émise</translation>
    </message>
    <message>
        <source>Requirements not met</source>
        <translation>Exigences non respectées</translation>
    </message>
    <message>
        <source>%1 does not meet its requirements:

%2

Issue the certificate anyway? The override is recorded in the certificate log.</source>
        <translation>%1 ne respecte pas ses exigences :

%2

Émettre l&apos;attestation quand même? La dérogation est consignée dans le journal des attestations.</translation>
    </message>
    <message>
        <source>Issued 1 certificate.</source>
        <translation>1 attestation émise.</translation>
    </message>
    <message>
        <source>Issued %1 certificates.</source>
        <translation>%1 attestations émises.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 holders; the certificates issued before are kept.</source>
        <translation>Annulé après %1 titulaires sur %2; les attestations émises avant sont conservées.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <source>Skipped 1 holder whose requirements are not met.</source>
        <translation>1 titulaire dont les exigences ne sont pas respectées a été ignoré.</translation>
    </message>
    <message>
        <source>Skipped %1 holders whose requirements are not met.</source>
        <translation>%1 titulaires dont les exigences ne sont pas respectées ont été ignorés.</translation>
    </message>
    <message>
        <source>Not issued to %1:</source>
        <translation>Non émise à %1 :</translation>
    </message>
    <message>
        <source>1 holder</source>
        <translation>1 titulaire</translation>
    </message>
    <message>
        <source>%1 holders</source>
        <translation>%1 titulaires</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Attestations émises</translation>
    </message>
</context>
<context>
    <name>agencydesk::CertificateLogModel</name>
    <message>
        <source>printed</source>
        <translation>imprimée</translation>
    </message>
    <message>
        <source>emailed</source>
        <translation>envoyée par courriel</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>Superseded by rev %1</source>
        <translation>Remplacée par la rév. %1</translation>
    </message>
    <message>
        <source>, override</source>
        <translation>, dérogation</translation>
    </message>
    <message>
        <source>Last %1 by %2 on %3%4</source>
        <translation>Dernière remise : %1 par %2 le %3%4</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation> : %1</translation>
    </message>
    <message>
        <source>Issued although the holder&apos;s requirements were not met (see the activity log).</source>
        <translation>Émise même si les exigences du titulaire n&apos;étaient pas respectées (voir le journal d&apos;activité).</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Rev</source>
        <translation>Rév.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>agencydesk::CertificateLogWidget</name>
    <message>
        <source>Certificate log</source>
        <translation>Journal des attestations</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Show the certificate as issued</source>
        <translation>Afficher l&apos;attestation telle qu&apos;émise</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the certificate</source>
        <translation>Imprimer l&apos;attestation</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Aperçu a&amp;vant impression…</translation>
    </message>
    <message>
        <source>See the printed pages before printing</source>
        <translation>Voir les pages imprimées avant l&apos;impression</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the certificate&apos;s PDF exactly as issued</source>
        <translation>Enregistrer le PDF de l&apos;attestation exactement tel qu&apos;émis</translation>
    </message>
    <message>
        <source>&amp;Re-issue…</source>
        <translation>&amp;Réémettre…</translation>
    </message>
    <message>
        <source>Issue the next revision for the same holder</source>
        <translation>Émettre la révision suivante pour le même titulaire</translation>
    </message>
    <message>
        <source>Could not load the certificate log.</source>
        <translation>Impossible de charger le journal des attestations.</translation>
    </message>
    <message>
        <source>No certificate has been issued to this holder yet.</source>
        <translation>Aucune attestation n&apos;a encore été émise à ce titulaire.</translation>
    </message>
    <message>
        <source>No certificate has been issued for this insured yet.</source>
        <translation>Aucune attestation n&apos;a encore été émise pour cet assuré.</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>&amp;Courriel…</translation>
    </message>
    <message>
        <source>Email the certificate to the holder and/or the client</source>
        <translation>Envoyer l&apos;attestation par courriel au titulaire ou au client, ou aux deux</translation>
    </message>
</context>
<context>
    <name>agencydesk::CertificatesTab</name>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Pick an insured first.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+F&lt;/b&gt; and type a name, policy number or city, or choose an insured on the Insureds tab; its certificate masters, holders and issued certificates appear here.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Choisissez d&apos;abord un assuré.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Appuyez sur &lt;b&gt;Ctrl+F&lt;/b&gt; et tapez un nom, un numéro de police ou une ville, ou choisissez un assuré dans l&apos;onglet Assurés; ses modèles d&apos;attestation, ses titulaires et ses attestations émises s&apos;affichent ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Certificate masters</source>
        <translation>Modèles d&apos;attestation</translation>
    </message>
    <message>
        <source>&amp;Masters (Enter edits, Delete deletes):</source>
        <translation>&amp;Modèles (Entrée pour modifier, Suppr pour supprimer) :</translation>
    </message>
    <message>
        <source>Shared with client p&amp;ortal</source>
        <translation>Partagé avec le p&amp;ortail client</translation>
    </message>
    <message>
        <source>The client sees this master&apos;s certificates in their portal account; only a master with a policy in force can be shared</source>
        <translation>Le client voit les attestations de ce modèle dans son compte du portail; seul un modèle ayant une police en vigueur peut être partagé</translation>
    </message>
    <message>
        <source>Remove lapsed lines…</source>
        <translation>Retirer les lignes échues…</translation>
    </message>
    <message>
        <source>&amp;New master…</source>
        <translation>&amp;Nouveau modèle…</translation>
    </message>
    <message>
        <source>&amp;Edit master…</source>
        <translation>Modifi&amp;er le modèle…</translation>
    </message>
    <message>
        <source>De&amp;lete master</source>
        <translation>Supprimer &amp;le modèle</translation>
    </message>
    <message>
        <source>Certificate holders</source>
        <translation>Titulaires de certificat</translation>
    </message>
    <message>
        <source>Ne&amp;w holder…</source>
        <translation>Nou&amp;veau titulaire…</translation>
    </message>
    <message>
        <source>Edi&amp;t holder…</source>
        <translation>Modifier le &amp;titulaire…</translation>
    </message>
    <message>
        <source>Delete holder</source>
        <translation>Supprimer le titulaire</translation>
    </message>
    <message>
        <source>Iss&amp;ue certificate…</source>
        <translation>Émettre l&apos;&amp;attestation…</translation>
    </message>
    <message>
        <source>Issue a certificate for each selected holder (Ctrl+I)</source>
        <translation>Émettre une attestation pour chaque titulaire sélectionné (Ctrl+I)</translation>
    </message>
    <message>
        <source>Certificates for %1</source>
        <translation>Attestations de %1</translation>
    </message>
    <message>
        <source>The masters could not be read: %1</source>
        <translation>Impossible de lire les modèles : %1</translation>
    </message>
    <message>
        <source>1 policy</source>
        <translation>1 police</translation>
    </message>
    <message>
        <source>%1 policies</source>
        <translation>%1 polices</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Holder&amp;s of %1:</source>
        <translation>Titulaire&amp;s de %1 :</translation>
    </message>
    <message>
        <source>Holder&amp;s (select a master first):</source>
        <translation>Titulaire&amp;s (choisissez d&apos;abord un modèle) :</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>1 line is no longer in force: %1.</source>
        <translation>1 ligne n&apos;est plus en vigueur : %1.</translation>
    </message>
    <message>
        <source>%1 lines are no longer in force: %2.</source>
        <translation>%1 lignes ne sont plus en vigueur : %2.</translation>
    </message>
    <message>
        <source>No certificate masters yet: New master picks the policies a certificate shows.</source>
        <translation>Aucun modèle d&apos;attestation pour l&apos;instant : Nouveau modèle choisit les polices que montre une attestation.</translation>
    </message>
    <message>
        <source>ADDL INSD</source>
        <translation>ASS. ADD.</translation>
    </message>
    <message>
        <source>SUBR WVD</source>
        <translation>RENONC. SUBR.</translation>
    </message>
    <message>
        <source>%1  %2 %3 · %4%5</source>
        <translation>%1  %2 %3 · %4%5</translation>
    </message>
    <message>
        <source>The master was not shared with the client portal.</source>
        <translation>Le modèle n&apos;a pas été partagé avec le portail client.</translation>
    </message>
    <message>
        <source>The master is still shared with the client portal.</source>
        <translation>Le modèle est toujours partagé avec le portail client.</translation>
    </message>
    <message>
        <source>Remove lapsed lines</source>
        <translation>Retirer les lignes échues</translation>
    </message>
    <message>
        <source>The lapsed lines were not removed.</source>
        <translation>Les lignes échues n&apos;ont pas été retirées.</translation>
    </message>
    <message>
        <source>Iss&amp;ue %1 certificates…</source>
        <translation>Émettre %1 &amp;attestations…</translation>
    </message>
    <message>
        <source>Delete certificate master</source>
        <translation>Supprimer le modèle d&apos;attestation</translation>
    </message>
    <message>
        <source>Delete the certificate master %1 and its holders (%2)?</source>
        <translation>Supprimer le modèle d&apos;attestation %1 et ses titulaires (%2)?</translation>
    </message>
    <message>
        <source>The certificate master was not deleted.</source>
        <translation>Le modèle d&apos;attestation n&apos;a pas été supprimé.</translation>
    </message>
    <message>
        <source>%1 holders</source>
        <translation>%1 titulaires</translation>
    </message>
    <message>
        <source>Delete certificate holder</source>
        <translation>Supprimer le titulaire de certificat</translation>
    </message>
    <message>
        <source>Delete %1 from this master?</source>
        <translation>Supprimer %1 de ce modèle?</translation>
    </message>
    <message>
        <source>The certificate holder was not deleted.</source>
        <translation>Le titulaire de certificat n&apos;a pas été supprimé.</translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation>%1 émise.</translation>
    </message>
    <message>
        <source>Issued %1 certificates, %2 … %3.</source>
        <translation>%1 attestations émises, %2 … %3.</translation>
    </message>
    <message>
        <source>&amp;Notify holders…</source>
        <translation>A&amp;viser les titulaires…</translation>
    </message>
    <message>
        <source>Email the holders that these policies are no longer in force</source>
        <translation>Aviser par courriel les titulaires que ces polices ne sont plus en vigueur</translation>
    </message>
    <message>
        <source>Could not list the lapsed lines.</source>
        <translation>Impossible d&apos;énumérer les lignes échues.</translation>
    </message>
    <message>
        <source>Take these lines off the master %1? %2

The policies stay on file. Holders who receive renewal certificates then get a certificate without these lines.</source>
        <translation>Retirer ces lignes du modèle %1 ? %2

Les polices restent au dossier. Les titulaires qui reçoivent les certificats de renouvellement recevront ensuite un certificat sans ces lignes.</translation>
    </message>
</context>
<context>
    <name>agencydesk::ClientViewDialog</name>
    <message>
        <source>View as client: %1</source>
        <translation>Voir comme le client : %1</translation>
    </message>
    <message>
        <source>%1, user name %2</source>
        <translation>%1, nom d&apos;utilisateur %2</translation>
    </message>
    <message>
        <source>What %1 sees in the client portal on %2 (portal account: %3). Read only.</source>
        <translation>Ce que %1 voit sur le portail client le %2 (compte de portail : %3). Lecture seule.</translation>
    </message>
    <message>
        <source>Policies in effect</source>
        <translation>Polices en vigueur</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>No policy in effect today.</source>
        <translation>Aucune police en vigueur aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Shared documents</source>
        <translation>Documents partagés</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>No document is shared.</source>
        <translation>Aucun document n&apos;est partagé.</translation>
    </message>
    <message>
        <source>(none issued)</source>
        <translation>(aucune émise)</translation>
    </message>
    <message>
        <source>Shared certificates</source>
        <translation>Attestations partagées</translation>
    </message>
    <message>
        <source>Certificate master</source>
        <translation>Modèle d&apos;attestation</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>No certificate master is shared.</source>
        <translation>Aucun modèle d&apos;attestation n&apos;est partagé.</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Demandes en cours</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>No open request.</source>
        <translation>Aucune demande en cours.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiver of subrogation</source>
        <translation>Renonciation à la subrogation</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
</context>
<context>
    <name>agencydesk::ComplianceQuestionDialog</name>
    <message>
        <source>Requirements not met</source>
        <translation>Exigences non respectées</translation>
    </message>
    <message>
        <source>1 of %1 holders does not meet its requirements:</source>
        <translation>1 titulaire sur %1 ne respecte pas ses exigences :</translation>
    </message>
    <message>
        <source>%1 of %2 holders do not meet their requirements:</source>
        <translation>%1 titulaires sur %2 ne respectent pas leurs exigences :</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non respectée</translation>
    </message>
    <message>
        <source>Issuing to them anyway records an override in the certificate log.</source>
        <translation>Leur émettre quand même une attestation consigne une dérogation dans le journal des attestations.</translation>
    </message>
    <message>
        <source>Issue all (record override)</source>
        <translation>Tout émettre (consigner la dérogation)</translation>
    </message>
    <message>
        <source>Issue only compliant holders</source>
        <translation>Émettre seulement aux titulaires conformes</translation>
    </message>
</context>
<context>
    <name>agencydesk::DocumentAddController</name>
    <message>
        <source>Adding documents</source>
        <translation>Ajout de documents</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading the files...</source>
        <translation>Lecture des fichiers...</translation>
    </message>
    <message>
        <source>Finishing...</source>
        <translation>Finalisation...</translation>
    </message>
    <message>
        <source>Adding %1 of %2: %3</source>
        <translation>Ajout de %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Adding documents stopped</source>
        <translation>Ajout de documents interrompu</translation>
    </message>
    <message>
        <source>%1

%2 of %3 files were added before it stopped.</source>
        <translation>%1

%2 fichiers sur %3 ont été ajoutés avant l&apos;interruption.</translation>
    </message>
    <message>
        <source>%1 of %2 files were added. Not added:

%3</source>
        <translation>%1 fichiers sur %2 ont été ajoutés. Non ajoutés :

%3</translation>
    </message>
    <message>
        <source>

Notes:
%1</source>
        <translation>

Remarques :
%1</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Certains fichiers n&apos;ont pas été ajoutés</translation>
    </message>
    <message>
        <source>Documents added</source>
        <translation>Documents ajoutés</translation>
    </message>
    <message>
        <source>%1 of %2 files were added.

%3</source>
        <translation>%1 fichiers sur %2 ont été ajoutés.

%3</translation>
    </message>
</context>
<context>
    <name>agencydesk::DocumentMetadataDialog</name>
    <message>
        <source>Add documents to %1</source>
        <translation>Ajouter des documents à %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>1 file for %1.</source>
        <translation>1 fichier pour %1.</translation>
    </message>
    <message>
        <source>%1 files for %2. The values below apply to every file; change a file&apos;s own values in its row.</source>
        <translation>%1 fichiers pour %2. Les valeurs ci-dessous s&apos;appliquent à chaque fichier; modifiez les valeurs propres à un fichier dans sa ligne.</translation>
    </message>
    <message>
        <source>e.g. Renewal declarations for the 2027 term</source>
        <translation>p. ex. Conditions particulières du renouvellement pour la période 2027</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>&amp;Type de document :</translation>
    </message>
    <message>
        <source>&amp;Issue date:</source>
        <translation>Date d&apos;é&amp;mission :</translation>
    </message>
    <message>
        <source>Business &amp;purpose:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <source>P&amp;olicy:</source>
        <translation>P&amp;olice :</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <source>Business purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>&amp;Add document</source>
        <translation>&amp;Ajouter le document</translation>
    </message>
    <message>
        <source>&amp;Add documents</source>
        <translation>&amp;Ajouter les documents</translation>
    </message>
    <message>
        <source>(no policy)</source>
        <translation>(aucune police)</translation>
    </message>
</context>
<context>
    <name>agencydesk::DocumentTableModel</name>
    <message>
        <source>Email (%1)</source>
        <translation>Courriel (%1)</translation>
    </message>
    <message>
        <source>Shared with the client&apos;s portal account since %1</source>
        <translation>Partagé avec le compte portail du client depuis le %1</translation>
    </message>
    <message>
        <source>Not shared with the client</source>
        <translation>Non partagé avec le client</translation>
    </message>
    <message>
        <source>Poppler repaired this file when it was added.</source>
        <translation>Poppler a réparé ce fichier lors de son ajout.</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>partagé</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>non partagé</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <source>Business purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Assuré</translation>
    </message>
</context>
<context>
    <name>agencydesk::DocumentsTab</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Filter every insured&apos;s documents by file, type, purpose or insured</source>
        <translation>Filtrer les documents de tous les assurés par fichier, type, objet ou assuré</translation>
    </message>
    <message>
        <source>Drop PDFs, PNG or JPEG pictures and .eml emails here to add them.</source>
        <translation>Déposez ici des PDF, des images PNG ou JPEG et des courriels .eml pour les ajouter.</translation>
    </message>
    <message>
        <source>&amp;Add files...</source>
        <translation>A&amp;jouter des fichiers...</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Partager</translation>
    </message>
    <message>
        <source>&amp;Un-share</source>
        <translation>&amp;Retirer le partage</translation>
    </message>
    <message>
        <source>&amp;Resend shared notification</source>
        <translation>Re&amp;nvoyer l&apos;avis au client</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>P&amp;olice</translation>
    </message>
    <message>
        <source>Attach the selected documents to one of the insured&apos;s policies, or detach them</source>
        <translation>Rattacher les documents sélectionnés à l&apos;une des polices de l&apos;assuré, ou les détacher</translation>
    </message>
    <message>
        <source>Save &amp;copy...</source>
        <translation>Enre&amp;gistrer une copie...</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>O&amp;uvrir</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Ouvrir le document</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>Impri&amp;mer...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Documents of %1</source>
        <translation>Documents de %1</translation>
    </message>
    <message>
        <source>Documents of every insured</source>
        <translation>Documents de tous les assurés</translation>
    </message>
    <message>
        <source>From: %1
To: %2
Date: %3
Subject: %4

%5</source>
        <translation>De : %1
À : %2
Date : %3
Objet : %4

%5</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Ajouter des documents</translation>
    </message>
    <message>
        <source>Select an insured on the Insureds tab first, or drop the files onto an insured.</source>
        <translation>Sélectionnez d&apos;abord un assuré dans l&apos;onglet Assurés, ou déposez les fichiers sur un assuré.</translation>
    </message>
    <message>
        <source>Documents are still being added; try again when done.</source>
        <translation>Des documents sont encore en cours d&apos;ajout; réessayez une fois terminé.</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.eml);;All files (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Share with the client</source>
        <translation>Partager avec le client</translation>
    </message>
    <message numerus="yes">
        <source>Share %n document(s) with the client&apos;s portal account.

Notify the client by email now?</source>
        <translation>
            <numerusform>Partager %n document avec le compte portail du client.

Aviser le client par courriel maintenant?</numerusform>
            <numerusform>Partager %n documents avec le compte portail du client.

Aviser le client par courriel maintenant?</numerusform>
        </translation>
    </message>
    <message>
        <source>Share documents</source>
        <translation>Partager des documents</translation>
    </message>
    <message>
        <source>Un-share documents</source>
        <translation>Retirer le partage des documents</translation>
    </message>
    <message>
        <source>Resend shared notification</source>
        <translation>Renvoyer l&apos;avis au client</translation>
    </message>
    <message>
        <source>The client will be notified again (the email goes out with the outgoing mail).</source>
        <translation>Le client sera avisé de nouveau (le courriel part avec le courrier sortant).</translation>
    </message>
    <message>
        <source>Attach to %1 (%2)</source>
        <translation>Rattacher à %1 (%2)</translation>
    </message>
    <message>
        <source>Detach from the policy</source>
        <translation>Détacher de la police</translation>
    </message>
    <message>
        <source>Attach to a policy</source>
        <translation>Rattacher à une police</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Email (*.eml)</source>
        <translation>Courriel (*.eml)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Fichier PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Delete documents</source>
        <translation>Supprimer des documents</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n document(s)? The activity trail keeps a record of each.</source>
        <translation>
            <numerusform>Supprimer %n document? Le journal d&apos;activité en garde une trace.</numerusform>
            <numerusform>Supprimer %n documents? Le journal d&apos;activité garde une trace de chacun.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agencydesk::DownloadFolderWatcher</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>%1 cannot be written to: imported files could not be moved out of it.</source>
        <translation>Impossible d&apos;écrire dans %1 : les fichiers importés ne pourraient pas en être déplacés.</translation>
    </message>
</context>
<context>
    <name>agencydesk::DownloadImportController</name>
    <message>
        <source>No download was imported.</source>
        <translation>Aucun téléchargement n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Importing downloads</source>
        <translation>Importation des téléchargements</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading the files...</source>
        <translation>Lecture des fichiers...</translation>
    </message>
    <message>
        <source>Imported %1 of %2 files.</source>
        <translation>%1 fichiers sur %2 importés.</translation>
    </message>
    <message>
        <source>Importing file %1 of %2: %3</source>
        <translation>Importation du fichier %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>L&apos;importation s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>%1

Files imported before the problem stay imported.</source>
        <translation>%1

Les fichiers importés avant le problème restent importés.</translation>
    </message>
    <message>
        <source>Downloads in the watched folder were not imported: %1</source>
        <translation>Les téléchargements du dossier surveillé n&apos;ont pas été importés : %1</translation>
    </message>
</context>
<context>
    <name>agencydesk::DownloadImportSummaryDialog</name>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importée</numerusform>
            <numerusform>%n importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unattached</source>
        <translation>
            <numerusform>%n non rattachée</numerusform>
            <numerusform>%n non rattachées</numerusform>
        </translation>
    </message>
    <message>
        <source>No policies</source>
        <translation>Aucune police</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>octet %1</translation>
    </message>
    <message>
        <source>Import downloads: summary</source>
        <translation>Importation des téléchargements : résumé</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 imported&lt;/b&gt;, %2 updated, %3 unchanged, &lt;b&gt;%4 unattached&lt;/b&gt;, &lt;b&gt;%5 failed&lt;/b&gt; (%6 files read).</source>
        <translation>&lt;b&gt;%1 importées&lt;/b&gt;, %2 mises à jour, %3 inchangées, &lt;b&gt;%4 non rattachées&lt;/b&gt;, &lt;b&gt;%5 en échec&lt;/b&gt; (%6 fichiers lus).</translation>
    </message>
    <message>
        <source>Cancelled: the remaining files were not read.</source>
        <translation>Annulé : les fichiers restants n&apos;ont pas été lus.</translation>
    </message>
    <message>
        <source>A failed file was not imported at all; fix it or ask the carrier for a new download, then import it again.</source>
        <translation>Un fichier en échec n&apos;a pas été importé du tout; corrigez-le ou demandez un nouveau téléchargement à l&apos;assureur, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>Unattached policies wait in Unattached downloads for you to say whose they are.</source>
        <translation>Les polices non rattachées attendent dans Téléchargements non rattachés que vous indiquiez à qui elles appartiennent.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>&amp;Save summary…</source>
        <translation>&amp;Enregistrer le résumé…</translation>
    </message>
    <message>
        <source>Show &amp;unattached…</source>
        <translation>Afficher les &amp;non rattachées…</translation>
    </message>
    <message>
        <source>Save import summary</source>
        <translation>Enregistrer le résumé de l&apos;importation</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Summary not saved</source>
        <translation>Résumé non enregistré</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>agencydesk::FirstRunDialog</name>
    <message>
        <source>Set up AgencyDesk</source>
        <translation>Configurer AgencyDesk</translation>
    </message>
    <message>
        <source>Welcome. Enter your agency (it appears as the producer on certificates) and the first manager&apos;s account.</source>
        <translation>Bienvenue. Entrez votre cabinet (il figure comme producteur sur les attestations) et le compte du premier gestionnaire.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>First manager</source>
        <translation>Premier gestionnaire</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>F&amp;ull name:</source>
        <translation>Nom co&amp;mplet :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse :</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Confirmer le mot de passe (&amp;g) :</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Please check the form</source>
        <translation>Veuillez vérifier le formulaire</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>The agency was not set up.</source>
        <translation>Le cabinet n&apos;a pas été configuré.</translation>
    </message>
</context>
<context>
    <name>agencydesk::HolderDetailWidget</name>
    <message>
        <source>Compliance of the holder&apos;s requirements</source>
        <translation>Conformité aux exigences du titulaire</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respectée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Whose certificates the log shows</source>
        <translation>Titulaires dont le journal affiche les attestations</translation>
    </message>
    <message>
        <source>The selected holder</source>
        <translation>Le titulaire sélectionné</translation>
    </message>
    <message>
        <source>Every holder of the insured</source>
        <translation>Tous les titulaires de l&apos;assuré</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>Com&amp;pliance</source>
        <translation>Confor&amp;mité</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Certificate lo&amp;g</source>
        <translation>Journal des attestations (&amp;g)</translation>
    </message>
    <message>
        <source>Select a holder to see whether the master&apos;s policies meet its requirements.</source>
        <translation>Sélectionnez un titulaire pour voir si les polices du modèle respectent ses exigences.</translation>
    </message>
    <message>
        <source>Compliance could not be checked: %1</source>
        <translation>Impossible de vérifier la conformité : %1</translation>
    </message>
    <message>
        <source>This holder has no requirements.</source>
        <translation>Ce titulaire n&apos;a aucune exigence.</translation>
    </message>
    <message>
        <source>✓ Every requirement is met on %1.</source>
        <translation>✓ Toutes les exigences sont respectées le %1.</translation>
    </message>
    <message>
        <source>✗ %1 of %2 requirements are not met on %3; issuing asks for confirmation and records an override.</source>
        <translation>✗ %1 exigences sur %2 ne sont pas respectées le %3; l&apos;émission demande une confirmation et consigne une dérogation.</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Respectée</translation>
    </message>
    <message>
        <source>✗ Not met</source>
        <translation>✗ Non respectée</translation>
    </message>
    <message>
        <source>Select a holder to preview its certificate.</source>
        <translation>Sélectionnez un titulaire pour voir l&apos;aperçu de son attestation.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Aucun aperçu : %1</translation>
    </message>
    <message>
        <source>draft certificate</source>
        <translation>attestation provisoire</translation>
    </message>
    <message>
        <source>Draft for %1 as it would be issued today (not issued yet).</source>
        <translation>Version provisoire pour %1, telle qu&apos;elle serait émise aujourd&apos;hui (pas encore émise).</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be shown: %2</source>
        <translation>L&apos;attestation %1 ne peut pas être affichée : %2</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>attestation %1</translation>
    </message>
    <message>
        <source>Certificate %1, revision %2, issued %3 by %4 to %5 (the stored copy%6).</source>
        <translation>Attestation %1, révision %2, émise le %3 par %4 à %5 (la copie conservée%6).</translation>
    </message>
    <message>
        <source>, superseded</source>
        <translation>, remplacée</translation>
    </message>
</context>
<context>
    <name>agencydesk::HolderDialog</name>
    <message>
        <source>Holder name</source>
        <translation>Nom du titulaire</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresse, ligne 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresse, ligne 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Email and print</source>
        <translation>Courriel et impression</translation>
    </message>
    <message>
        <source>Receives &amp;renewal certificates</source>
        <translation>Reçoit les attestations de &amp;renouvellement</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Address &amp;1:</source>
        <translation>Adresse &amp;1 :</translation>
    </message>
    <message>
        <source>Address &amp;2:</source>
        <translation>Adresse &amp;2 :</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>Vi&amp;lle :</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;State / province:</source>
        <translation>État / pro&amp;vince :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;urriel :</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>Mo&amp;de de remise :</translation>
    </message>
    <message>
        <source>Minimum limits the holder requires</source>
        <translation>Limites minimales exigées par le titulaire</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>&amp;Add limit</source>
        <translation>&amp;Ajouter une limite</translation>
    </message>
    <message>
        <source>Re&amp;move limit</source>
        <translation>Retirer la li&amp;mite</translation>
    </message>
    <message>
        <source>Additional &amp;insured required</source>
        <translation>Assuré add&amp;itionnel exigé</translation>
    </message>
    <message>
        <source>&amp;Waiver of subrogation required</source>
        <translation>Renonciation à la subrogation e&amp;xigée</translation>
    </message>
    <message>
        <source>Primary &amp;&amp; non-&amp;contributory required</source>
        <translation>Assurance primaire &amp;&amp; non &amp;contributive exigée</translation>
    </message>
    <message>
        <source>Requirements (minimum limits in whole dollars; 1M and 500K are understood)</source>
        <translation>Exigences (limites minimales en dollars entiers; 1M et 500K sont compris)</translation>
    </message>
    <message>
        <source>Save the holder (Ctrl+S)</source>
        <translation>Enregistrer le titulaire (Ctrl+S)</translation>
    </message>
    <message>
        <source>New certificate holder</source>
        <translation>Nouveau titulaire de certificat</translation>
    </message>
    <message>
        <source>Could not open the certificate holder.</source>
        <translation>Impossible d&apos;ouvrir le titulaire de certificat.</translation>
    </message>
    <message>
        <source>Certificate holder %1</source>
        <translation>Titulaire de certificat %1</translation>
    </message>
    <message>
        <source>Required limit</source>
        <translation>Limite exigée</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Minimum for %1: %2</source>
        <translation>Minimum pour %1 : %2</translation>
    </message>
    <message>
        <source>Please check the requirements</source>
        <translation>Veuillez vérifier les exigences</translation>
    </message>
    <message>
        <source>The certificate holder was not added.</source>
        <translation>Le titulaire de certificat n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <source>The certificate holder was not saved.</source>
        <translation>Le titulaire de certificat n&apos;a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>agencydesk::HolderTableModel</name>
    <message>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Email and print</source>
        <translation>Courriel et impression</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>? Not checked</source>
        <translation>? Non vérifiée</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Respectée</translation>
    </message>
    <message>
        <source>✗ Not met</source>
        <translation>✗ Non respectée</translation>
    </message>
    <message>
        <source>This holder has no requirements.</source>
        <translation>Ce titulaire n&apos;a aucune exigence.</translation>
    </message>
    <message>
        <source>Every requirement is met.</source>
        <translation>Toutes les exigences sont respectées.</translation>
    </message>
    <message>
        <source>Requirements met</source>
        <translation>Exigences respectées</translation>
    </message>
    <message>
        <source>Requirements not met: %1</source>
        <translation>Exigences non respectées : %1</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>City / state</source>
        <translation>Ville / province</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renouvellements</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
</context>
<context>
    <name>agencydesk::InsuredDetailWidget</name>
    <message>
        <source>Select an insured in the list, or find one with the search (Ctrl+F).</source>
        <translation>Sélectionnez un assuré dans la liste, ou trouvez-en un avec la recherche (Ctrl+F).</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>DBA</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresse, ligne 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresse, ligne 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>&amp;Automation eligible (certificate requests may be processed automatically)</source>
        <translation>&amp;Admissible à l&apos;automatisation (les demandes d&apos;attestation peuvent être traitées automatiquement)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;DBA:</source>
        <translation>Nom co&amp;mmercial :</translation>
    </message>
    <message>
        <source>Address &amp;1:</source>
        <translation>Adresse &amp;1 :</translation>
    </message>
    <message>
        <source>Address &amp;2:</source>
        <translation>Adresse &amp;2 :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>V&amp;ille :</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>C&amp;ode postal :</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Pro&amp;vince / État :</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;urriel :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation>Enregistrer le profil (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1 before opening another insured?</source>
        <translation>Enregistrer les modifications de %1 avant d&apos;ouvrir un autre assuré?</translation>
    </message>
    <message>
        <source>Could not open the insured.</source>
        <translation>Impossible d&apos;ouvrir l&apos;assuré.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>dba %1</source>
        <translation>faisant affaire sous le nom de %1</translation>
    </message>
    <message>
        <source>last changed by %1</source>
        <translation>dernière modification par %1</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Reload the insured now? Your unsaved changes will be lost.</source>
        <translation>Recharger l&apos;assuré maintenant? Vos modifications non enregistrées seront perdues.</translation>
    </message>
    <message>
        <source>The insured was not saved.</source>
        <translation>L&apos;assuré n&apos;a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>agencydesk::InsuredListModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non inscrit</translation>
    </message>
    <message numerus="yes">
        <source>%n policies in force</source>
        <translation>
            <numerusform>%n police en vigueur</numerusform>
            <numerusform>%n polices en vigueur</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>DBA</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Policies in force</source>
        <translation>Polices en vigueur</translation>
    </message>
</context>
<context>
    <name>agencydesk::InsuredsTab</name>
    <message>
        <source>Show insureds</source>
        <translation>Afficher les assurés</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>Insureds</source>
        <translation>Assurés</translation>
    </message>
    <message>
        <source>&amp;New insured…</source>
        <translation>&amp;Nouvel assuré…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>New insured</source>
        <translation>Nouvel assuré</translation>
    </message>
    <message>
        <source>Legal name of the new insured (you can fill in the rest next):</source>
        <translation>Nom légal du nouvel assuré (vous pourrez remplir le reste ensuite) :</translation>
    </message>
    <message>
        <source>The insured was not added.</source>
        <translation>L&apos;assuré n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <source>Deactivate insured</source>
        <translation>Désactiver l&apos;assuré</translation>
    </message>
    <message>
        <source>Deactivate %1? An inactive insured cannot request certificates; the records stay.</source>
        <translation>Désactiver %1? Un assuré inactif ne peut pas demander d&apos;attestations; les dossiers sont conservés.</translation>
    </message>
    <message>
        <source>The insured&apos;s status was not changed.</source>
        <translation>Le statut de l&apos;assuré n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insured(s)</source>
        <translation>
            <numerusform>%Ln assuré</numerusform>
            <numerusform>%Ln assurés</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
</context>
<context>
    <name>agencydesk::LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Celle du système (%1)</translation>
    </message>
    <message>
        <source>The new language takes effect the next time you start AgencyDesk. Dates and numbers follow it; certificates keep the formats set in the agency profile.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage d&apos;AgencyDesk. Les dates et les nombres la suivent; les attestations gardent les formats définis dans le profil du cabinet.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>agencydesk::LoginDialog</name>
    <message>
        <source>Log in to AgencyDesk</source>
        <translation>Connexion à AgencyDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>agencydesk::MailSettingsDialog</name>
    <message>
        <source>Mail settings</source>
        <translation>Paramètres de courriel</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS dès le départ (port 465)</translation>
    </message>
    <message>
        <source>None (a relay on this network only)</source>
        <translation>Aucune (relais sur ce réseau seulement)</translation>
    </message>
    <message>
        <source>Send the agency a copy (Bcc) of every client email</source>
        <translation>Envoyer au cabinet une copie conforme invisible (Cci) de chaque courriel aux clients</translation>
    </message>
    <message>
        <source>only for a server with a self-signed certificate</source>
        <translation>seulement pour un serveur au certificat autosigné</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>The certificate will be trusted once you save. Test again to check.</source>
        <translation>Le certificat sera approuvé une fois enregistré. Testez de nouveau pour vérifier.</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>Serveur S&amp;MTP :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;écurité :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse :</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>&amp;Nom de l&apos;expéditeur :</translation>
    </message>
    <message>
        <source>From &amp;address:</source>
        <translation>&amp;Adresse de l&apos;expéditeur :</translation>
    </message>
    <message>
        <source>Agency &amp;Bcc address:</source>
        <translation>Adresse Cci du &amp;cabinet :</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256):</source>
        <translation>Certificat approuvé (SHA-256) :</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnature :</translation>
    </message>
    <message>
        <source>Could not read the mail settings.</source>
        <translation>Impossible de lire les paramètres de courriel.</translation>
    </message>
    <message>
        <source>(stored; type to change)</source>
        <translation>(enregistré; tapez pour le changer)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The mail settings were not saved.</source>
        <translation>Les paramètres de courriel n&apos;ont pas été enregistrés.</translation>
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation>Connexion à %1:%2…</translation>
    </message>
    <message>
        <source>Connected and signed in: the settings work.%1</source>
        <translation>Connecté et authentifié : les paramètres fonctionnent.%1</translation>
    </message>
    <message>
        <source> Server certificate SHA-256: %1</source>
        <translation> Certificat du serveur SHA-256 : %1</translation>
    </message>
    <message>
        <source>e.g. certificates@youragency.com (optional)</source>
        <translation>p. ex. certificats@votrecabinet.com (facultatif)</translation>
    </message>
    <message>
        <source>Every certificate request that needs review is announced at this address.</source>
        <translation>Chaque demande de certificat à examiner est annoncée à cette adresse.</translation>
    </message>
    <message>
        <source>https://portal.youragency.com (optional)</source>
        <translation>https://portail.votrecabinet.com (facultatif)</translation>
    </message>
    <message>
        <source>The client portal&apos;s web address: the link in the welcome, password reset and documents-shared emails.</source>
        <translation>L’adresse Web du portail client : le lien des courriels de bienvenue, de réinitialisation du mot de passe et de documents partagés.</translation>
    </message>
    <message>
        <source>New &amp;requests to:</source>
        <translation>Nouvelles &amp;demandes à :</translation>
    </message>
    <message>
        <source>Client p&amp;ortal address:</source>
        <translation>Adresse du p&amp;ortail client :</translation>
    </message>
</context>
<context>
    <name>agencydesk::MailTemplatesDialog</name>
    <message>
        <source>Email templates</source>
        <translation>Modèles de courriel</translation>
    </message>
    <message>
        <source>Placeholders: {%1}</source>
        <translation>Champs de fusion : {%1}</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Preview with sample values (and the signature from the mail settings):</source>
        <translation>Aperçu avec des valeurs d&apos;exemple (et la signature des paramètres de courriel) :</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Could not read the email templates.</source>
        <translation>Impossible de lire les modèles de courriel.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Subject:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Objet :&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The template was not saved.</source>
        <translation>Le modèle n&apos;a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>agencydesk::MainWindow</name>
    <message>
        <source>AgencyDesk</source>
        <translation>AgencyDesk</translation>
    </message>
    <message>
        <source>&amp;Insureds</source>
        <translation>&amp;Assurés</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>A&amp;ttestations</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>D&amp;emandes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Find: </source>
        <translation>Rechercher : </translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation>%1 émise.</translation>
    </message>
    <message>
        <source>Checking the database in the background…</source>
        <translation>Vérification de la base de données en arrière-plan…</translation>
    </message>
    <message>
        <source>Database check passed.</source>
        <translation>Vérification de la base de données réussie.</translation>
    </message>
    <message>
        <source>The database check found problems.</source>
        <translation>La vérification de la base de données a trouvé des problèmes.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>The integrity check of %1 found problems:

%2

Stop working in this file and restore a backup (ask your manager).</source>
        <translation>La vérification d&apos;intégrité de %1 a trouvé des problèmes :

%2

Cessez de travailler dans ce fichier et restaurez une sauvegarde (demandez à votre gestionnaire).</translation>
    </message>
    <message>
        <source>%1 — AgencyDesk</source>
        <translation>%1 — AgencyDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New insured…</source>
        <translation>&amp;Nouvel assuré…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Cabinet</translation>
    </message>
    <message>
        <source>Agency &amp;profile…</source>
        <translation>&amp;Profil du cabinet…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>&amp;Carriers…</source>
        <translation>&amp;Assureurs…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About AgencyDesk</source>
        <translation>À &amp;propos d&apos;AgencyDesk</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagée</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Locale</translation>
    </message>
    <message>
        <source>A shared database on a network folder</source>
        <translation>Une base de données partagée dans un dossier réseau</translation>
    </message>
    <message>
        <source>A database on this computer</source>
        <translation>Une base de données sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Boîte d&apos;envoi : %n en attente</numerusform>
            <numerusform>Boîte d&apos;envoi : %n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n email(s).</source>
        <translation>
            <numerusform>%n courriel envoyé.</numerusform>
            <numerusform>%n courriels envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>Paramètres de &amp;courriel…</translation>
    </message>
    <message>
        <source>Email &amp;templates…</source>
        <translation>&amp;Modèles de courriel…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Boîte d&apos;envoi…</translation>
    </message>
    <message>
        <source>Find an insured or a policy (super search)</source>
        <translation>Trouver un assuré ou une police (super recherche)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n document file(s).</source>
        <translation>
            <numerusform>%n fichier de document ajouté.</numerusform>
            <numerusform>%n fichiers de documents ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1 document file(s), %2 refused.</source>
        <translation>%1 fichier(s) de document ajouté(s), %2 refusé(s).</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Imported downloads: %1 imported, %2 updated, %3 unattached, %4 failed.</source>
        <translation>Téléchargements importés : %1 importées, %2 mises à jour, %3 non rattachées, %4 en échec.</translation>
    </message>
    <message>
        <source>Unattached downloads</source>
        <translation>Téléchargements non rattachés</translation>
    </message>
    <message>
        <source>&amp;Unattached downloads (%1)</source>
        <translation>Téléchargements non ra&amp;ttachés (%1)</translation>
    </message>
    <message>
        <source>&amp;Unattached downloads</source>
        <translation>Téléchargements non ra&amp;ttachés</translation>
    </message>
    <message>
        <source>Import downloads</source>
        <translation>Importer des téléchargements</translation>
    </message>
    <message>
        <source>Downloads are still being imported; try again when they are done.</source>
        <translation>Des téléchargements sont encore en cours d&apos;importation; réessayez une fois terminé.</translation>
    </message>
    <message>
        <source>&amp;Import downloads…</source>
        <translation>&amp;Importer des téléchargements…</translation>
    </message>
    <message>
        <source>Carrier downloads (*.xml *.al3 *.dat *.txt *.zip);;All files (*)</source>
        <translation>Téléchargements d&apos;assureurs (*.xml *.al3 *.dat *.txt *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import ACORD XML, CSIO XML or AL3 downloads, or a .zip of them</source>
        <translation>Importer des téléchargements ACORD XML, CSIO XML ou AL3, ou un .zip qui les contient</translation>
    </message>
    <message>
        <source>Import downloads from a &amp;folder…</source>
        <translation>Importer des téléchargements depuis un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import the downloads in a folder</source>
        <translation>Importer les téléchargements d&apos;un dossier</translation>
    </message>
    <message>
        <source>The download folder is no longer watched: %1</source>
        <translation>Le dossier de téléchargements n&apos;est plus surveillé : %1</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Surveillance de %1</translation>
    </message>
    <message>
        <source>Downloads saved into %1 are imported as they arrive, then moved to its Imported or Failed folder.</source>
        <translation>Les téléchargements enregistrés dans %1 sont importés dès leur arrivée, puis déplacés dans son dossier Imported ou Failed.</translation>
    </message>
    <message>
        <source>&amp;Watch a download folder…</source>
        <translation>&amp;Surveiller un dossier de téléchargements…</translation>
    </message>
    <message>
        <source>Import what the carriers&apos; download software saves into a folder, as it arrives</source>
        <translation>Importer dès son arrivée ce que le logiciel de téléchargement des assureurs enregistre dans un dossier</translation>
    </message>
    <message>
        <source>Watch a download folder</source>
        <translation>Surveiller un dossier de téléchargements</translation>
    </message>
    <message>
        <source>The folder is not watched.</source>
        <translation>Le dossier n&apos;est pas surveillé.</translation>
    </message>
    <message>
        <source>&amp;Requests (%1)</source>
        <translation>&amp;Demandes (%1)</translation>
    </message>
    <message>
        <source>Certificate requests: %1 new or in progress</source>
        <translation>Demandes d&apos;attestation : %1 nouvelles ou en cours</translation>
    </message>
    <message>
        <source>&amp;Rejection reasons…</source>
        <translation>Motifs de &amp;refus…</translation>
    </message>
    <message>
        <source>The reasons a certificate request is rejected with (managers edit them)</source>
        <translation>Les motifs de refus d&apos;une demande d&apos;attestation (modifiés par les gestionnaires)</translation>
    </message>
    <message>
        <source>Re&amp;newals</source>
        <translation>Re&amp;nouvellements</translation>
    </message>
</context>
<context>
    <name>agencydesk::MasterDialog</name>
    <message>
        <source>not in force: </source>
        <extracomment>The prefix of &quot;not in force: expired %1&quot;, dropped in this list.</extracomment>
        <translation>pas en vigueur : </translation>
    </message>
    <message>
        <source>Master name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>e.g. Standard GL + Auto for general contractors</source>
        <translation>p. ex. RC générale + Auto standard pour entrepreneurs généraux</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Policies on the certificate</source>
        <translation>Polices sur l&apos;attestation</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <source>ADDL INSD</source>
        <translation>ASS. ADD.</translation>
    </message>
    <message>
        <source>SUBR WVD</source>
        <translation>RENONC. SUBR.</translation>
    </message>
    <message>
        <source>The insurer letter on the certificate; Automatic gives each carrier the next free letter</source>
        <translation>La lettre d&apos;assureur sur l&apos;attestation; Automatique donne à chaque assureur la prochaine lettre libre</translation>
    </message>
    <message>
        <source>Additional insured (ADDL INSD column)</source>
        <translation>Assuré additionnel (colonne ASS. ADD.)</translation>
    </message>
    <message>
        <source>Waiver of subrogation (SUBR WVD column)</source>
        <translation>Renonciation à la subrogation (colonne RENONC. SUBR.)</translation>
    </message>
    <message>
        <source>&amp;Policies on the certificate (check to include; Space toggles the check box under the cursor):</source>
        <translation>&amp;Polices sur l&apos;attestation (cochez pour inclure; Espace coche ou décoche la case sous le curseur) :</translation>
    </message>
    <message>
        <source>Description of operations / locations / vehicles</source>
        <translation>Description des activités / emplacements / véhicules</translation>
    </message>
    <message>
        <source>e.g. Certificate holder is included as additional insured on the general liability policy where required by written contract.</source>
        <translation>p. ex. Le titulaire de certificat est inclus comme assuré additionnel sur la police de responsabilité civile générale lorsqu&apos;un contrat écrit l&apos;exige.</translation>
    </message>
    <message>
        <source>&amp;Description of operations / locations / vehicles:</source>
        <translation>&amp;Description des activités / emplacements / véhicules :</translation>
    </message>
    <message>
        <source>Save the master (Ctrl+S)</source>
        <translation>Enregistrer le modèle (Ctrl+S)</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>annulée le %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>not in force: starts %1</source>
        <translation>pas en vigueur : débute le %1</translation>
    </message>
    <message>
        <source>not in force: expired %1</source>
        <translation>pas en vigueur : expirée le %1</translation>
    </message>
    <message>
        <source>Could not load the insured&apos;s policies.</source>
        <translation>Impossible de charger les polices de l&apos;assuré.</translation>
    </message>
    <message>
        <source>New certificate master</source>
        <translation>Nouveau modèle d&apos;attestation</translation>
    </message>
    <message>
        <source>Could not open the certificate master.</source>
        <translation>Impossible d&apos;ouvrir le modèle d&apos;attestation.</translation>
    </message>
    <message>
        <source>Certificate master %1</source>
        <translation>Modèle d&apos;attestation %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Policy %1 is %2; a certificate would show a line that is not in force.</source>
        <translation>La police %1 est %2; une attestation afficherait une ligne qui n&apos;est pas en vigueur.</translation>
    </message>
    <message>
        <source>Insurer letter for %1</source>
        <translation>Lettre d&apos;assureur pour %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>The certificate master was not added.</source>
        <translation>Le modèle d&apos;attestation n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <source>The certificate master was not saved.</source>
        <translation>Le modèle d&apos;attestation n&apos;a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>agencydesk::NotesWidget</name>
    <message>
        <source>Notes &amp;&amp; activities</source>
        <translation>Notes &amp;&amp; activités</translation>
    </message>
    <message>
        <source>Notes and activities, newest first</source>
        <translation>Notes et activités, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Type a note and press Enter</source>
        <translation>Tapez une note et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Ajouter la &amp;note</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>%1  ·  %2 wrote: %3</source>
        <translation>%1  ·  %2 a écrit : %3</translation>
    </message>
    <message>
        <source>%1  ·  %2: %3</source>
        <translation>%1  ·  %2 : %3</translation>
    </message>
    <message>
        <source>Could not load the activities: %1</source>
        <translation>Impossible de charger les activités : %1</translation>
    </message>
    <message>
        <source>Notes &amp;&amp; activities (%1)</source>
        <translation>Notes &amp;&amp; activités (%1)</translation>
    </message>
    <message>
        <source>No notes or activities yet. Changes to this insured and its policies are recorded here.</source>
        <translation>Aucune note ni activité pour l&apos;instant. Les modifications de cet assuré et de ses polices sont consignées ici.</translation>
    </message>
    <message>
        <source>The note was not added.</source>
        <translation>La note n&apos;a pas été ajoutée.</translation>
    </message>
</context>
<context>
    <name>agencydesk::OutboxDialog</name>
    <message>
        <source>Waiting to retry</source>
        <translation>En attente d&apos;une nouvelle tentative</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>All emails</source>
        <translation>Tous les courriels</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Sent / next try</source>
        <translation>Envoyé / prochaine tentative</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>&amp;Cancel email</source>
        <translation>&amp;Annuler le courriel</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>Send every queued email now instead of waiting for the next try</source>
        <translation>Envoyer maintenant tous les courriels en attente au lieu d&apos;attendre la prochaine tentative</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message numerus="yes">
        <source>%n email(s).</source>
        <translation>
            <numerusform>%n courriel.</numerusform>
            <numerusform>%n courriels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Email %1 from %2 to %3</source>
        <translation>Courriel %1 de %2 à %3</translation>
    </message>
    <message>
        <source> (Bcc, envelope only: %1)</source>
        <translation> (Cci, enveloppe seulement : %1)</translation>
    </message>
    <message>
        <source>; attached: %1</source>
        <translation>; pièce jointe : %1</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Envoyer de nouveau?</translation>
    </message>
    <message>
        <source>This email may already have been delivered (the sender stopped after handing it to the server). Check the agency&apos;s copy first. Send it again?</source>
        <translation>Ce courriel a peut-être déjà été livré (l&apos;envoi s&apos;est arrêté après l&apos;avoir remis au serveur). Vérifiez d&apos;abord la copie du cabinet. L&apos;envoyer de nouveau?</translation>
    </message>
    <message>
        <source>The email was not queued again.</source>
        <translation>Le courriel n&apos;a pas été remis en file d&apos;attente.</translation>
    </message>
    <message>
        <source>The email was not cancelled.</source>
        <translation>Le courriel n&apos;a pas été annulé.</translation>
    </message>
    <message>
        <source>&amp;Attach to policy…</source>
        <translation>&amp;Joindre à une police…</translation>
    </message>
    <message>
        <source>Keep this sent email as a document on one of the client&apos;s policies or on the client</source>
        <translation>Conserver ce courriel envoyé comme document sur une des polices du client ou dans le dossier du client</translation>
    </message>
    <message>
        <source>The email was not attached.</source>
        <translation>Le courriel n&apos;a pas été joint.</translation>
    </message>
</context>
<context>
    <name>agencydesk::PdfViewer</name>
    <message>
        <source>PDF viewer</source>
        <translation>Visionneuse PDF</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>you are not allowed to read it.</source>
        <translation>vous n&apos;êtes pas autorisé à le lire.</translation>
    </message>
    <message>
        <source>it is not a PDF document, or it is too damaged to read.</source>
        <translation>ce n&apos;est pas un document PDF, ou il est trop endommagé pour être lu.</translation>
    </message>
    <message>
        <source>it is protected by a password.</source>
        <translation>il est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>it has no pages.</source>
        <translation>il n&apos;a aucune page.</translation>
    </message>
    <message>
        <source>The document cannot be opened: %1</source>
        <translation>Le document ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>« %1 » ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>No document to show.</source>
        <translation>Aucun document à afficher.</translation>
    </message>
    <message>
        <source>Page %1 cannot be shown: it is damaged.</source>
        <translation>La page %1 ne peut pas être affichée : elle est endommagée.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 de %2</translation>
    </message>
</context>
<context>
    <name>agencydesk::PdfViewerToolBar</name>
    <message>
        <source>PDF viewer</source>
        <translation>Visionneuse PDF</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Dernière page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ajuster à la page</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> / %1</source>
        <translation> / %1</translation>
    </message>
</context>
<context>
    <name>agencydesk::PoliciesWidget</name>
    <message>
        <source>Policies</source>
        <translation>Polices</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Add policy…</source>
        <translation>&amp;Ajouter une police…</translation>
    </message>
    <message>
        <source>&amp;Edit policy…</source>
        <translation>&amp;Modifier la police…</translation>
    </message>
    <message>
        <source>&amp;Cancel policy</source>
        <translation>A&amp;nnuler la police</translation>
    </message>
    <message>
        <source>&amp;View policy…</source>
        <translation>&amp;Voir la police…</translation>
    </message>
    <message>
        <source>Could not load the policies.</source>
        <translation>Impossible de charger les polices.</translation>
    </message>
    <message>
        <source>%1, NAIC %2</source>
        <translation>%1, NAIC %2</translation>
    </message>
    <message>
        <source>Policies (%1)</source>
        <translation>Polices (%1)</translation>
    </message>
    <message>
        <source>Cancel policy</source>
        <translation>Annuler la police</translation>
    </message>
    <message>
        <source>Cancel policy %1 (%2)? The policy and its history stay on file, marked cancelled.</source>
        <translation>Annuler la police %1 (%2)? La police et son historique restent au dossier, marqués comme annulés.</translation>
    </message>
    <message>
        <source>The policy was not cancelled.</source>
        <translation>La police n&apos;a pas été annulée.</translation>
    </message>
    <message>
        <source>&amp;Un-attach from this insured…</source>
        <translation>&amp;Détacher de cet assuré…</translation>
    </message>
    <message>
        <source>Un-attach policy</source>
        <translation>Détacher la police</translation>
    </message>
    <message>
        <source>Take policy %1 (%2) off this insured? It goes back to Unattached downloads, where you can attach it to the right insured.</source>
        <translation>Retirer la police %1 (%2) de cet assuré? Elle retourne dans Téléchargements non rattachés, où vous pourrez la rattacher au bon assuré.</translation>
    </message>
    <message>
        <source>The policy was not un-attached.</source>
        <translation>La police n&apos;a pas été détachée.</translation>
    </message>
    <message>
        <source>Rene&amp;w policy…</source>
        <translation>Reno&amp;uveler la police…</translation>
    </message>
    <message>
        <source>Quick renew: the next term with the same length, number and limits</source>
        <translation>Renouvellement rapide : le terme suivant, de même durée, même numéro et mêmes limites</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
</context>
<context>
    <name>agencydesk::PolicyDialog</name>
    <message>
        <source>Policy number</source>
        <translation>Numéro de police</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>Branche d&apos;assurance</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <source>NAIC code</source>
        <translation>Code NAIC</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Date d&apos;effet</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Annual premium</source>
        <translation>Prime annuelle</translation>
    </message>
    <message>
        <source>Policy &amp;number:</source>
        <translation>&amp;Numéro de police :</translation>
    </message>
    <message>
        <source>&amp;Line of business:</source>
        <translation>&amp;Branche d&apos;assurance :</translation>
    </message>
    <message>
        <source>NA&amp;IC:</source>
        <translation>NA&amp;IC :</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Assureur :</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Premium:</source>
        <translation>Pri&amp;me :</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Limits (whole dollars; 1M and 500K are understood)</source>
        <translation>Limites (dollars entiers; 1M et 500K sont compris)</translation>
    </message>
    <message>
        <source>Save the policy (Ctrl+S)</source>
        <translation>Enregistrer la police (Ctrl+S)</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>Ajouter une police</translation>
    </message>
    <message>
        <source>Could not open the policy.</source>
        <translation>Impossible d&apos;ouvrir la police.</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>Police %1</translation>
    </message>
    <message>
        <source>%1 · last changed by %2</source>
        <translation>%1 · dernière modification par %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Premium &quot;%1&quot; is not an amount.</source>
        <translation>La prime « %1 » n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Please check the form</source>
        <translation>Veuillez vérifier le formulaire</translation>
    </message>
    <message>
        <source>The policy was not added.</source>
        <translation>La police n&apos;a pas été ajoutée.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Close this window and open the policy again to see their changes.</source>
        <translation>Fermez cette fenêtre et rouvrez la police pour voir ses modifications.</translation>
    </message>
    <message>
        <source>The policy was not saved.</source>
        <translation>La police n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>optional, e.g. %1</source>
        <translation>facultatif, p. ex. %1</translation>
    </message>
</context>
<context>
    <name>agencydesk::PolicyIndicatorsWidget</name>
    <message>
        <source>General liability</source>
        <translation>Responsabilité civile générale</translation>
    </message>
    <message>
        <source>C&amp;laims-made (unchecked: occurrence)</source>
        <translation>Sur &amp;réclamation (non cochée : par sinistre)</translation>
    </message>
    <message>
        <source>General aggregate applies per</source>
        <translation>La limite globale générale s&apos;applique par</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>A&amp;ggregate applies per:</source>
        <translation>Limite &amp;globale par :</translation>
    </message>
    <message>
        <source>Automobile symbols</source>
        <translation>Symboles automobiles</translation>
    </message>
    <message>
        <source>Any auto</source>
        <translation>Tout véhicule</translation>
    </message>
    <message>
        <source>Owned autos only</source>
        <translation>Véhicules possédés seulement</translation>
    </message>
    <message>
        <source>Scheduled autos</source>
        <translation>Véhicules désignés</translation>
    </message>
    <message>
        <source>Hired autos only</source>
        <translation>Véhicules loués seulement</translation>
    </message>
    <message>
        <source>Non-owned autos only</source>
        <translation>Véhicules non possédés seulement</translation>
    </message>
    <message>
        <source>Umbrella / excess</source>
        <translation>Responsabilité complémentaire / excédentaire</translation>
    </message>
    <message>
        <source>Umbrella or excess</source>
        <translation>Complémentaire ou excédentaire</translation>
    </message>
    <message>
        <source>Umbrella liability</source>
        <translation>Responsabilité complémentaire</translation>
    </message>
    <message>
        <source>Excess liability</source>
        <translation>Responsabilité excédentaire</translation>
    </message>
    <message>
        <source>Claims-made (unchecked: occurrence)</source>
        <translation>Sur réclamation (non cochée : par sinistre)</translation>
    </message>
    <message>
        <source>Deductible or retention</source>
        <translation>Franchise ou rétention</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>Franchise</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Deductible / retention:</source>
        <translation>&amp;Franchise / rétention :</translation>
    </message>
    <message>
        <source>Workers compensation</source>
        <translation>Accidents du travail</translation>
    </message>
    <message>
        <source>Per &amp;statute (unchecked: other)</source>
        <translation>Selon la &amp;loi (non cochée : autre)</translation>
    </message>
    <message>
        <source>Any proprietor/partner/executive officer/member e&amp;xcluded</source>
        <translation>Propriétaire, associé, dirigeant ou membre e&amp;xclu</translation>
    </message>
    <message>
        <source>Other coverage</source>
        <translation>Autre garantie</translation>
    </message>
    <message>
        <source>Description of the other coverage</source>
        <translation>Description de l&apos;autre garantie</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>Des&amp;cription :</translation>
    </message>
    <message>
        <source>Endorsements on the policy</source>
        <translation>Avenants de la police</translation>
    </message>
    <message>
        <source>Additional &amp;insured</source>
        <translation>Assuré add&amp;itionnel</translation>
    </message>
    <message>
        <source>&amp;Waiver of subrogation</source>
        <translation>Renonciation à la &amp;subrogation</translation>
    </message>
    <message>
        <source>&amp;Primary and non-contributory</source>
        <translation>&amp;Primaire et non contributive</translation>
    </message>
</context>
<context>
    <name>agencydesk::PortalAccountWidget</name>
    <message>
        <source>Enroll…</source>
        <translation>Inscrire…</translation>
    </message>
    <message>
        <source>Create the client&apos;s portal account after an identity check and email the welcome code</source>
        <translation>Créer le compte de portail du client après une vérification d&apos;identité et lui envoyer le code de bienvenue par courriel</translation>
    </message>
    <message>
        <source>Change email…</source>
        <translation>Changer le courriel…</translation>
    </message>
    <message>
        <source>Change the account&apos;s email address; the user name stays</source>
        <translation>Changer l&apos;adresse courriel du compte; le nom d&apos;utilisateur reste</translation>
    </message>
    <message>
        <source>Reset and notify</source>
        <translation>Réinitialiser et aviser</translation>
    </message>
    <message>
        <source>Email the client a new set-password code; earlier codes stop working</source>
        <translation>Envoyer au client un nouveau code pour choisir son mot de passe; les codes précédents cessent de fonctionner</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>View as client…</source>
        <translation>Voir comme le client…</translation>
    </message>
    <message>
        <source>What the client sees in the portal today, read only</source>
        <translation>Ce que le client voit aujourd&apos;hui sur le portail, en lecture seule</translation>
    </message>
    <message>
        <source>Client portal: %1</source>
        <translation>Portail client : %1</translation>
    </message>
    <message>
        <source>Client portal: %1 · user name %2 · %3</source>
        <translation>Portail client : %1 · nom d&apos;utilisateur %2 · %3</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Let the client sign in again</source>
        <translation>Permettre au client de se connecter de nouveau</translation>
    </message>
    <message>
        <source>Stop the client signing in or setting a password</source>
        <translation>Empêcher le client de se connecter ou de choisir un mot de passe</translation>
    </message>
    <message>
        <source>Change portal email</source>
        <translation>Changer le courriel du portail</translation>
    </message>
    <message>
        <source>New email address for %1 (the user name stays; codes already sent stop working):</source>
        <translation>Nouvelle adresse courriel pour %1 (le nom d&apos;utilisateur reste; les codes déjà envoyés cessent de fonctionner) :</translation>
    </message>
    <message>
        <source>The portal email was not changed.</source>
        <translation>Le courriel du portail n&apos;a pas été changé.</translation>
    </message>
    <message>
        <source>Email %1 a new set-password code? Every earlier code stops working.</source>
        <translation>Envoyer à %1 un nouveau code pour choisir le mot de passe? Tous les codes précédents cessent de fonctionner.</translation>
    </message>
    <message>
        <source>No reset email was queued.</source>
        <translation>Aucun courriel de réinitialisation n&apos;a été mis en file d&apos;attente.</translation>
    </message>
    <message>
        <source>The portal account was not locked.</source>
        <translation>Le compte de portail n&apos;a pas été verrouillé.</translation>
    </message>
    <message>
        <source>The portal account was not unlocked.</source>
        <translation>Le compte de portail n&apos;a pas été déverrouillé.</translation>
    </message>
    <message>
        <source>Client portal: could not be read (%1)</source>
        <translation>Portail client : lecture impossible (%1)</translation>
    </message>
</context>
<context>
    <name>agencydesk::PortalEnrollDialog</name>
    <message>
        <source>Enroll %1 in the client portal</source>
        <translation>Inscrire %1 au portail client</translation>
    </message>
    <message>
        <source>Identity check: ask the client</source>
        <translation>Vérification d&apos;identité : demandez au client</translation>
    </message>
    <message>
        <source>Each answer must match what is on file. Do not read the file to the client.</source>
        <translation>Chaque réponse doit correspondre au dossier. Ne lisez pas le dossier au client.</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adresse municipale</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>A policy number</source>
        <translation>Un numéro de police</translation>
    </message>
    <message>
        <source>Street &amp;address:</source>
        <translation>&amp;Adresse municipale :</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>C&amp;ode postal :</translation>
    </message>
    <message>
        <source>A &amp;policy number:</source>
        <translation>Un numéro de &amp;police :</translation>
    </message>
    <message>
        <source>Portal account</source>
        <translation>Compte de portail</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>This is not the email address. The client signs in with this user name.</source>
        <translation>Ce n&apos;est pas l&apos;adresse courriel. Le client se connecte avec ce nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>The welcome email goes here with a single-use code that expires in 72 hours.</source>
        <translation>Le courriel de bienvenue est envoyé ici avec un code à usage unique qui expire après 72 heures.</translation>
    </message>
    <message>
        <source>Enroll and &amp;send welcome email</source>
        <translation>Inscrire et &amp;envoyer le courriel de bienvenue</translation>
    </message>
</context>
<context>
    <name>agencydesk::PrintQueueDialog</name>
    <message>
        <source>Print queue</source>
        <translation>File d&apos;impression</translation>
    </message>
    <message>
        <source>Certificates waiting to be printed</source>
        <translation>Attestations en attente d&apos;impression</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Assuré</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>Mise en file</translation>
    </message>
    <message>
        <source>&amp;Print all…</source>
        <translation>Tout im&amp;primer…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Take the selected certificate off the queue without printing it</source>
        <translation>Retirer l&apos;attestation choisie de la file sans l&apos;imprimer</translation>
    </message>
    <message>
        <source>Could not read the print queue.</source>
        <translation>Impossible de lire la file d&apos;impression.</translation>
    </message>
    <message>
        <source>No certificate is waiting to be printed.</source>
        <translation>Aucune attestation n&apos;attend l&apos;impression.</translation>
    </message>
    <message>
        <source>Certificates waiting to be printed: %1.</source>
        <translation>Attestations en attente d&apos;impression : %1.</translation>
    </message>
    <message>
        <source>Print %1 certificates</source>
        <translation>Imprimer %1 attestations</translation>
    </message>
    <message>
        <source>Remove from the print queue</source>
        <translation>Retirer de la file d&apos;impression</translation>
    </message>
    <message>
        <source>Take certificate %1 for %2 off the print queue without printing it?</source>
        <translation>Retirer l&apos;attestation %1 pour %2 de la file d&apos;impression sans l&apos;imprimer?</translation>
    </message>
    <message>
        <source>The certificate was not removed from the queue.</source>
        <translation>L&apos;attestation n&apos;a pas été retirée de la file.</translation>
    </message>
    <message>
        <source>The print queue was not printed.</source>
        <translation>La file d&apos;impression n&apos;a pas été imprimée.</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be printed.</source>
        <translation>L&apos;attestation %1 ne peut pas être imprimée.</translation>
    </message>
    <message>
        <source>Could not start printing on %1; check that the printer is available.</source>
        <translation>Impossible de lancer l&apos;impression sur %1; vérifiez que l&apos;imprimante est disponible.</translation>
    </message>
    <message>
        <source>Printing on %1 failed; the certificates stay in the queue.</source>
        <translation>L&apos;impression sur %1 a échoué; les attestations restent dans la file.</translation>
    </message>
    <message>
        <source>Certificate %1 was printed but not marked printed.</source>
        <translation>L&apos;attestation %1 a été imprimée, mais n&apos;a pas été marquée comme imprimée.</translation>
    </message>
</context>
<context>
    <name>agencydesk::RejectionReasonsDialog</name>
    <message>
        <source>Rejection reasons</source>
        <translation>Motifs de refus</translation>
    </message>
    <message>
        <source>The reasons offered when a certificate request is rejected; the rejection email names the reason. A retired reason is no longer offered but stays on the requests rejected with it.</source>
        <translation>Les motifs proposés au refus d&apos;une demande d&apos;attestation; le courriel de refus nomme le motif. Un motif retiré n&apos;est plus proposé mais reste sur les demandes refusées avec lui.</translation>
    </message>
    <message>
        <source>The reasons offered when a certificate request is rejected. Only a manager changes this list.</source>
        <translation>Les motifs proposés au refus d&apos;une demande d&apos;attestation. Seul un gestionnaire modifie cette liste.</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Motifs :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>e.g. Holder&apos;s email address missing</source>
        <translation>p. ex. Adresse courriel du titulaire manquante</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>The rejection reasons could not be read.</source>
        <translation>Les motifs de refus n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <source>The reason was not added.</source>
        <translation>Le motif n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <source>The reason was not renamed.</source>
        <translation>Le motif n&apos;a pas été renommé.</translation>
    </message>
    <message>
        <source>The reason was not retired.</source>
        <translation>Le motif n&apos;a pas été retiré.</translation>
    </message>
    <message>
        <source>The reason was not restored.</source>
        <translation>Le motif n&apos;a pas été rétabli.</translation>
    </message>
</context>
<context>
    <name>agencydesk::RenewPolicyDialog</name>
    <message>
        <source>Renew policy</source>
        <translation>Renouveler la police</translation>
    </message>
    <message>
        <source>Policy number of the new term</source>
        <translation>Numéro de police du nouveau terme</translation>
    </message>
    <message>
        <source>Effective date of the new term</source>
        <translation>Date d&apos;effet du nouveau terme</translation>
    </message>
    <message>
        <source>Expiration date of the new term</source>
        <translation>Date d&apos;expiration du nouveau terme</translation>
    </message>
    <message>
        <source>Limits of the new term</source>
        <translation>Limites du nouveau terme</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Policy &amp;number:</source>
        <translation>&amp;Numéro de police :</translation>
    </message>
    <message>
        <source>&amp;Effective:</source>
        <translation>&amp;Effet :</translation>
    </message>
    <message>
        <source>E&amp;xpiration:</source>
        <translation>E&amp;xpiration :</translation>
    </message>
    <message>
        <source>&amp;Limits (carried over from the prior term; edit what changed):</source>
        <translation>&amp;Limites (reprises du terme précédent; modifiez ce qui a changé) :</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Renouveler</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>What renewing would do to the certificate masters that hold this policy</source>
        <translation>Ce que le renouvellement ferait aux modèles d&apos;attestation qui comprennent cette police</translation>
    </message>
    <message>
        <source>The policy cannot be renewed.</source>
        <translation>La police ne peut pas être renouvelée.</translation>
    </message>
    <message>
        <source>Renewing %1 (%2, %3), term %4 to %5. The new term is linked to it.</source>
        <translation>Renouvellement de %1 (%2, %3), terme du %4 au %5. Le nouveau terme y est lié.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Please check the form</source>
        <translation>Veuillez vérifier le formulaire</translation>
    </message>
    <message>
        <source>The renewal cannot be previewed.</source>
        <translation>Impossible d&apos;afficher l&apos;aperçu du renouvellement.</translation>
    </message>
    <message>
        <source>Renewal preview</source>
        <translation>Aperçu du renouvellement</translation>
    </message>
    <message>
        <source>The policy was not renewed.</source>
        <translation>La police n&apos;a pas été renouvelée.</translation>
    </message>
</context>
<context>
    <name>agencydesk::RenewalDueModel</name>
    <message>
        <source>Insured</source>
        <translation>Assuré</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Numéro de police</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>Modèles</translation>
    </message>
</context>
<context>
    <name>agencydesk::RenewalRunController</name>
    <message>
        <source>Update %1 masters and re-issue certificates now?

Certificates to issue: %2 (by email: %3, to print: %4)
Holders whose requirements are no longer met (a request is raised): %5
Holders who do not receive renewals: %6

If you answer No, the run waits in the Renewals tab.</source>
        <translation>Mettre à jour %1 modèles et réémettre les attestations maintenant?

Attestations à émettre : %2 (par courriel : %3, à imprimer : %4)
Titulaires dont les exigences ne sont plus remplies (une demande est créée) : %5
Titulaires qui ne reçoivent pas les renouvellements : %6

Si vous répondez Non, la passe attend dans l&apos;onglet Renouvellements.</translation>
    </message>
    <message>
        <source>Could not look for the renewal run.</source>
        <translation>Impossible de chercher la passe de renouvellement.</translation>
    </message>
    <message>
        <source>Could not read the renewal settings.</source>
        <translation>Impossible de lire les paramètres de renouvellement.</translation>
    </message>
    <message>
        <source>Could not preview the renewal run.</source>
        <translation>Impossible d&apos;afficher l&apos;aperçu de la passe de renouvellement.</translation>
    </message>
    <message>
        <source>Update certificate masters</source>
        <translation>Mettre à jour les modèles d&apos;attestation</translation>
    </message>
    <message>
        <source>The renewal run was not started.</source>
        <translation>La passe de renouvellement n&apos;a pas été lancée.</translation>
    </message>
    <message>
        <source>Updating certificate masters</source>
        <translation>Mise à jour des modèles d&apos;attestation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Updating the masters that hold the policy...</source>
        <translation>Mise à jour des modèles qui comprennent la police...</translation>
    </message>
    <message>
        <source>Holder %1 of %2: %3</source>
        <translation>Titulaire %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>The renewal run stopped</source>
        <translation>La passe de renouvellement s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>%1

Masters updated before the problem stay updated; resume the run from the Renewals tab.</source>
        <translation>%1

Les modèles mis à jour avant le problème le restent; reprenez la passe depuis l&apos;onglet Renouvellements.</translation>
    </message>
    <message>
        <source>Renewal run: summary</source>
        <translation>Passe de renouvellement : résumé</translation>
    </message>
</context>
<context>
    <name>agencydesk::RenewalRunSummaryDialog</name>
    <message>
        <source>Holders in the renewal run</source>
        <translation>Titulaires de la passe de renouvellement</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Masters updated: %1 of %2. Certificates issued: %3 (emailed: %4, to print: %5). Requests raised: %6. Holders not receiving renewals: %7.</source>
        <translation>Modèles mis à jour : %1 sur %2. Attestations émises : %3 (par courriel : %4, à imprimer : %5). Demandes créées : %6. Titulaires sans renouvellement : %7.</translation>
    </message>
    <message>
        <source>Preview, nothing was changed.</source>
        <translation>Aperçu, rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The run was cancelled part way; resume it from the Renewals tab.</source>
        <translation>La passe a été annulée en cours de route; reprenez-la depuis l&apos;onglet Renouvellements.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Request raised</source>
        <translation>Demande créée</translation>
    </message>
    <message>
        <source>Does not receive renewals</source>
        <translation>Ne reçoit pas les renouvellements</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>File d&apos;impression</translation>
    </message>
</context>
<context>
    <name>agencydesk::RenewalsTab</name>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>New dates</source>
        <translation>Nouvelles dates</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Partiellement faite</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>%1 of %2 masters updated, %3 certificates (%4 by email, %5 to print), %6 requests</source>
        <translation>%1 modèles sur %2 mis à jour, %3 attestations (%4 par courriel, %5 à imprimer), %6 demandes</translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation>Renouvellements à venir</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Jours à venir</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Policies expiring wi&amp;thin:</source>
        <translation>Polices expirant d&apos;i&amp;ci :</translation>
    </message>
    <message>
        <source>Rene&amp;w…</source>
        <translation>Reno&amp;uveler…</translation>
    </message>
    <message>
        <source>N&amp;ot renewing…</source>
        <translation>N&amp;on renouvelée…</translation>
    </message>
    <message>
        <source>The policy leaves this list; the reason is kept on the policy&apos;s history</source>
        <translation>La police quitte cette liste; la raison est conservée dans l&apos;historique de la police</translation>
    </message>
    <message>
        <source>Open ins&amp;ured</source>
        <translation>Ou&amp;vrir l&apos;assuré</translation>
    </message>
    <message>
        <source>Renewal runs</source>
        <translation>Passes de renouvellement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Assuré</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Show &amp;summary…</source>
        <translation>Afficher le ré&amp;sumé…</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>Reprend&amp;re</translation>
    </message>
    <message>
        <source>Start or finish a pending or cancelled run</source>
        <translation>Lancer ou terminer une passe en attente ou annulée</translation>
    </message>
    <message>
        <source>&amp;Print queue…</source>
        <translation>File d&apos;im&amp;pression…</translation>
    </message>
    <message>
        <source>Could not list the renewals due: %1</source>
        <translation>Impossible d&apos;énumérer les renouvellements à venir : %1</translation>
    </message>
    <message>
        <source>No policy expires within %1 days without a renewal term.</source>
        <translation>Aucune police n&apos;expire d&apos;ici %1 jours sans terme de renouvellement.</translation>
    </message>
    <message>
        <source>Policies to renew: %1.</source>
        <translation>Polices à renouveler : %1.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas lancée</translation>
    </message>
    <message>
        <source>Not renewing</source>
        <translation>Non renouvelée</translation>
    </message>
    <message>
        <source>Policy %1 of %2 will not be renewed and leaves the Renewals due list.
Reason (optional):</source>
        <translation>La police %1 de %2 ne sera pas renouvelée et quitte la liste des renouvellements à venir.
Raison (facultative) :</translation>
    </message>
    <message>
        <source>Mark not renewing</source>
        <translation>Marquer non renouvelée</translation>
    </message>
    <message>
        <source>The policy was not marked as not renewing.</source>
        <translation>La police n&apos;a pas été marquée comme non renouvelée.</translation>
    </message>
    <message>
        <source>Marked as not renewing.</source>
        <translation>Marquée comme non renouvelée.</translation>
    </message>
    <message>
        <source>Could not read the renewal run.</source>
        <translation>Impossible de lire la passe de renouvellement.</translation>
    </message>
    <message>
        <source>Renewal run: %1, %2</source>
        <translation>Passe de renouvellement : %1, %2</translation>
    </message>
    <message>
        <source>Lapsed lines removed</source>
        <translation>Lignes expirées retirées</translation>
    </message>
</context>
<context>
    <name>agencydesk::RequestCertificateEditor</name>
    <message>
        <source>Certificate holder (correct it if needed)</source>
        <translation>Titulaire de certificat (corrigez-le au besoin)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>Certificate (from master %1)</source>
        <translation>Attestation (du modèle %1)</translation>
    </message>
    <message>
        <source>Description of operations</source>
        <translation>Description des activités</translation>
    </message>
    <message>
        <source>For this certificate only: the master keeps its own description.</source>
        <translation>Pour cette attestation seulement : le modèle garde sa propre description.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Lines on this certificate</source>
        <translation>Garanties sur cette attestation</translation>
    </message>
    <message>
        <source>Untick a line to leave it off this certificate; at least one stays.</source>
        <translation>Décochez une garantie pour la retirer de cette attestation; au moins une reste.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>&amp;Garanties :</translation>
    </message>
    <message>
        <source>Holder&apos;s requirements:</source>
        <translation>Exigences du titulaire :</translation>
    </message>
    <message>
        <source>No line is ticked: keep at least one line on the certificate.</source>
        <translation>Aucune garantie n&apos;est cochée : gardez au moins une garantie sur l&apos;attestation.</translation>
    </message>
    <message>
        <source>The holder is not on the certificate master yet: it is matched or added when the certificate is issued, and its requirements checked then.</source>
        <translation>Le titulaire n&apos;est pas encore sur le modèle d&apos;attestation : il est associé ou ajouté à l&apos;émission de l&apos;attestation, et ses exigences vérifiées à ce moment.</translation>
    </message>
    <message>
        <source>none recorded for this holder</source>
        <translation>aucune inscrite pour ce titulaire</translation>
    </message>
</context>
<context>
    <name>agencydesk::RequestFilterBar</name>
    <message>
        <source>Search customer name or number, holder</source>
        <translation>Chercher le nom ou le numéro du client, le titulaire</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Chercher des demandes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Manual or automatic</source>
        <translation>Manuelle ou automatique</translation>
    </message>
    <message>
        <source>Manual and automatic</source>
        <translation>Manuelles et automatiques</translation>
    </message>
    <message>
        <source>Manual only</source>
        <translation>Manuelles seulement</translation>
    </message>
    <message>
        <source>Automatic only</source>
        <translation>Automatiques seulement</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assignée à</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Toutes provenances</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçues du</translation>
    </message>
    <message>
        <source>Received to</source>
        <translation>Reçues jusqu&apos;au</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Default &amp;view</source>
        <translation>&amp;Vue par défaut</translation>
    </message>
    <message>
        <source>New and in-progress requests of everyone, nothing else filtered</source>
        <translation>Les demandes nouvelles et en cours de tous, sans autre filtre</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N&apos;importe qui</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Certificates department</source>
        <translation>Service des attestations</translation>
    </message>
</context>
<context>
    <name>agencydesk::RequestInfoWidget</name>
    <message>
        <source>Customer:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>%1 (customer %2)</source>
        <translation>%1 (client %2)</translation>
    </message>
    <message>
        <source>payment approved by %1 on %2</source>
        <translation>paiement approuvé par %1 le %2</translation>
    </message>
    <message>
        <source>waiting for payment approval</source>
        <translation>en attente de l&apos;approbation du paiement</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Demande :</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçue :</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 par %2, %3</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Assignée à :</translation>
    </message>
    <message>
        <source>Why manual:</source>
        <translation>Pourquoi manuelle :</translation>
    </message>
    <message>
        <source>Processed automatically</source>
        <translation>Traitée automatiquement</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>aucune adresse courriel</translation>
    </message>
    <message>
        <source>Certificate holder:</source>
        <translation>Titulaire de l&apos;attestation :</translation>
    </message>
    <message>
        <source>Customer&apos;s notes:</source>
        <translation>Notes du client :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Came by email:</source>
        <translation>Reçue par courriel :</translation>
    </message>
    <message>
        <source>Uploaded certificate:</source>
        <translation>Attestation téléversée :</translation>
    </message>
    <message>
        <source>Certificate issued:</source>
        <translation>Attestation émise :</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Refusée :</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Certificate master:</source>
        <translation>Modèle d&apos;attestation :</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>aucun choisi</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Holder&apos;s requirements:</source>
        <translation>Exigences du titulaire :</translation>
    </message>
    <message>
        <source>The holder is not on the certificate master yet: it is matched or added when the certificate is issued, and its requirements checked then.</source>
        <translation>Le titulaire n&apos;est pas encore sur le modèle d&apos;attestation : il est associé ou ajouté à l&apos;émission de l&apos;attestation, et ses exigences vérifiées à ce moment.</translation>
    </message>
    <message>
        <source>none recorded for this holder</source>
        <translation>aucune inscrite pour ce titulaire</translation>
    </message>
</context>
<context>
    <name>agencydesk::RequestIntakeDialog</name>
    <message>
        <source>(inactive)</source>
        <translation>(inactif)</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>The email&apos;s text</source>
        <translation>Le texte du courriel</translation>
    </message>
    <message>
        <source>Name, DBA, policy number or email</source>
        <translation>Nom, nom commercial, numéro de police ou courriel</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The customer&apos;s instructions, if any (a request with notes is reviewed by hand)</source>
        <translation>Les instructions du client, s&apos;il y en a (une demande avec des notes est traitée à la main)</translation>
    </message>
    <message>
        <source>&amp;Find customer:</source>
        <translation>&amp;Trouver le client :</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>Cl&amp;ient :</translation>
    </message>
    <message>
        <source>&amp;Master:</source>
        <translation>&amp;Modèle d&apos;attestation :</translation>
    </message>
    <message>
        <source>&amp;Holder name:</source>
        <translation>Nom du &amp;titulaire :</translation>
    </message>
    <message>
        <source>Holder &amp;email:</source>
        <translation>&amp;Courriel du titulaire :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Pr&amp;ovenance :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Ta&amp;ke request</source>
        <translation>Prendre la dema&amp;nde</translation>
    </message>
    <message>
        <source>Type to find the customer</source>
        <translation>Tapez pour trouver le client</translation>
    </message>
    <message>
        <source>New request from %1</source>
        <translation>Nouvelle demande de %1</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;</source>
        <translation>Aucun client ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>None (the request is reviewed by hand)</source>
        <translation>Aucun (la demande est traitée à la main)</translation>
    </message>
    <message>
        <source>The request was not taken.</source>
        <translation>La demande n&apos;a pas été prise.</translation>
    </message>
    <message>
        <source>Existing holder</source>
        <translation>Titulaire existant</translation>
    </message>
    <message>
        <source>A holder already on the master: its name, address and email fill the fields.</source>
        <translation>Un titulaire déjà sur le modèle : son nom, son adresse et son courriel remplissent les champs.</translation>
    </message>
    <message>
        <source>E&amp;xisting holder:</source>
        <translation>Titulaire e&amp;xistant :</translation>
    </message>
    <message>
        <source>Choose a master to pick one of its holders</source>
        <translation>Choisissez un modèle pour prendre l&apos;un de ses titulaires</translation>
    </message>
    <message>
        <source>No holder on this master yet: type the holder below</source>
        <translation>Aucun titulaire sur ce modèle : saisissez le titulaire ci-dessous</translation>
    </message>
    <message>
        <source>A new holder (typed below)</source>
        <translation>Un nouveau titulaire (saisi ci-dessous)</translation>
    </message>
</context>
<context>
    <name>agencydesk::RequestPreviewDialog</name>
    <message>
        <source>Request %1</source>
        <translation>Demande %1</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La demande</translation>
    </message>
    <message>
        <source>The &amp;email the request came in:</source>
        <translation>Le &amp;courriel de la demande :</translation>
    </message>
    <message>
        <source>&amp;Notes and activities, newest first:</source>
        <translation>&amp;Notes et activités, les plus récentes d&apos;abord :</translation>
    </message>
    <message>
        <source>Notes and activities</source>
        <translation>Notes et activités</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Type a note and press Enter</source>
        <translation>Tapez une note et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Ajouter la note</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>The note was not added.</source>
        <translation>La note n&apos;a pas été ajoutée.</translation>
    </message>
</context>
<context>
    <name>agencydesk::RequestRejectDialog</name>
    <message>
        <source>Reject request %1</source>
        <translation>Refuser la demande %1</translation>
    </message>
    <message>
        <source>Request %1 from %2 for %3 is rejected. Only the customer is emailed, with the reason and your comment.</source>
        <translation>La demande %1 de %2 pour %3 est refusée. Seul le client reçoit un courriel, avec le motif et votre commentaire.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisissez un motif…</translation>
    </message>
    <message>
        <source>Optional: what the customer should do, e.g. send the holder&apos;s street address</source>
        <translation>Facultatif : ce que le client doit faire, p. ex. envoyer l&apos;adresse civique du titulaire</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>Re&amp;ject request</source>
        <translation>Re&amp;fuser la demande</translation>
    </message>
</context>
<context>
    <name>agencydesk::RequestSubmitDialog</name>
    <message>
        <source>Submit request %1</source>
        <translation>Soumettre la demande %1</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La demande</translation>
    </message>
    <message>
        <source>The certificate uploaded for this request, %1, is emailed; no new certificate is issued.</source>
        <translation>L&apos;attestation téléversée pour cette demande, %1, est envoyée par courriel; aucune nouvelle attestation n&apos;est émise.</translation>
    </message>
    <message>
        <source>A certificate is issued from the master for this holder and emailed to the client (%1).</source>
        <translation>Une attestation est émise à partir du modèle pour ce titulaire et envoyée par courriel au client (%1).</translation>
    </message>
    <message>
        <source>Also email the &amp;holder</source>
        <translation>Envoyer aussi au &amp;titulaire</translation>
    </message>
    <message>
        <source>Send the certificate to %1 too</source>
        <translation>Envoyer aussi l&apos;attestation à %1</translation>
    </message>
    <message>
        <source>The holder has no email address.</source>
        <translation>Le titulaire n&apos;a pas d&apos;adresse courriel.</translation>
    </message>
    <message>
        <source>Issue &amp;although the holder&apos;s requirements are not met (recorded as an override)</source>
        <translation>Émettre &amp;même si les exigences du titulaire ne sont pas satisfaites (consigné comme dérogation)</translation>
    </message>
    <message>
        <source>&amp;Message in the emails (optional):</source>
        <translation>&amp;Message dans les courriels (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>The certificate</source>
        <translation>L&apos;attestation</translation>
    </message>
    <message>
        <source>What the customer sent</source>
        <translation>Ce que le client a envoyé</translation>
    </message>
    <message>
        <source>The holder</source>
        <translation>Le titulaire</translation>
    </message>
    <message>
        <source>The certificate to issue</source>
        <translation>L&apos;attestation à émettre</translation>
    </message>
    <message>
        <source>Tick at least one line for the certificate.</source>
        <translation>Cochez au moins une garantie pour l&apos;attestation.</translation>
    </message>
    <message>
        <source>The request was not submitted.</source>
        <translation>La demande n&apos;a pas été soumise.</translation>
    </message>
</context>
<context>
    <name>agencydesk::RequestTableModel</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>WOS</source>
        <translation>WOS</translation>
    </message>
    <message>
        <source>COI/POI</source>
        <translation>COI/POI</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Holder added by the client</source>
        <translation>Titulaire ajouté par le client</translation>
    </message>
    <message>
        <source>Certificates department</source>
        <translation>Service des attestations</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1, awaiting payment</source>
        <translation>%1, paiement en attente</translation>
    </message>
    <message>
        <source>Processed automatically</source>
        <translation>Traitée automatiquement</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Reçue le %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assignée à</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Why manual</source>
        <translation>Pourquoi manuelle</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
</context>
<context>
    <name>agencydesk::RequestsTab</name>
    <message>
        <source>Certificate requests</source>
        <translation>Demandes d&apos;attestation</translation>
    </message>
    <message>
        <source>Request actions</source>
        <translation>Actions sur la demande</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>A&amp;perçu…</translation>
    </message>
    <message>
        <source>Mark in &amp;progress</source>
        <translation>Marquer &amp;en cours</translation>
    </message>
    <message>
        <source>Assign the request to yourself</source>
        <translation>Vous assigner la demande</translation>
    </message>
    <message>
        <source>&amp;Attempt automation…</source>
        <translation>&amp;Tenter l&apos;automatisation…</translation>
    </message>
    <message>
        <source>&amp;Upload certificate…</source>
        <translation>Télé&amp;verser une attestation…</translation>
    </message>
    <message>
        <source>A certificate already issued elsewhere (a PDF), emailed instead of issuing a duplicate</source>
        <translation>Une attestation déjà émise ailleurs (un PDF), envoyée par courriel au lieu d&apos;émettre un doublon</translation>
    </message>
    <message>
        <source>Re&amp;label as WOS</source>
        <translation>Re&amp;classer en WOS</translation>
    </message>
    <message>
        <source>Approve pa&amp;yment</source>
        <translation>Approuver le pa&amp;iement</translation>
    </message>
    <message>
        <source>The client paid for the waiver of subrogation: the request can be processed</source>
        <translation>Le client a payé la renonciation à la subrogation : la demande peut être traitée</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;fuser…</translation>
    </message>
    <message>
        <source>Reject with a reason; only the customer is emailed</source>
        <translation>Refuser avec un motif; seul le client reçoit un courriel</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>Les demandes n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Showing the first %1 requests: narrow the filters.</source>
        <translation>Affichage des %1 premières demandes : précisez les filtres.</translation>
    </message>
    <message>
        <source>Requests shown: %1</source>
        <translation>Demandes affichées : %1</translation>
    </message>
    <message>
        <source>Take &amp;over</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Submit uploaded certificate…</source>
        <translation>&amp;Soumettre l&apos;attestation téléversée…</translation>
    </message>
    <message>
        <source>Review the prefilled certificate; Submit issues it and emails the client and, if ticked, the holder</source>
        <translation>Revoyez l&apos;attestation préremplie; Soumettre l&apos;émet et l&apos;envoie par courriel au client et, si coché, au titulaire</translation>
    </message>
    <message>
        <source>Re&amp;label as COI/POI</source>
        <translation>Re&amp;classer en COI/POI</translation>
    </message>
    <message>
        <source>The request was not marked in progress.</source>
        <translation>La demande n&apos;a pas été marquée en cours.</translation>
    </message>
    <message>
        <source>Take over the request</source>
        <translation>Reprendre la demande</translation>
    </message>
    <message>
        <source>Request %1 is in progress with %2. Take it over?</source>
        <translation>La demande %1 est en cours chez %2. La reprendre?</translation>
    </message>
    <message>
        <source>Request %1 is in progress with you.</source>
        <translation>La demande %1 est en cours chez vous.</translation>
    </message>
    <message>
        <source>The request was not submitted.</source>
        <translation>La demande n&apos;a pas été soumise.</translation>
    </message>
    <message>
        <source>Request %1 is completed: the certificate is emailed to the client and the holder.</source>
        <translation>La demande %1 est terminée : l&apos;attestation est envoyée par courriel au client et au titulaire.</translation>
    </message>
    <message>
        <source>Request %1 is completed: the certificate is emailed to the client.</source>
        <translation>La demande %1 est terminée : l&apos;attestation est envoyée par courriel au client.</translation>
    </message>
    <message>
        <source>The certificate was not uploaded.</source>
        <translation>L&apos;attestation n&apos;a pas été téléversée.</translation>
    </message>
    <message>
        <source>Upload an existing certificate</source>
        <translation>Téléverser une attestation existante</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is kept with request %2.</source>
        <translation>%1 est conservé avec la demande %2.</translation>
    </message>
    <message>
        <source>The request was not relabelled.</source>
        <translation>La demande n&apos;a pas été reclassée.</translation>
    </message>
    <message>
        <source>Request %1 is now %2.</source>
        <translation>La demande %1 est maintenant %2.</translation>
    </message>
    <message>
        <source>The request was not rejected.</source>
        <translation>La demande n&apos;a pas été refusée.</translation>
    </message>
    <message>
        <source>Request %1 is rejected: the customer is emailed the reason.</source>
        <translation>La demande %1 est refusée : le client reçoit le motif par courriel.</translation>
    </message>
    <message>
        <source>The payment was not approved.</source>
        <translation>Le paiement n&apos;a pas été approuvé.</translation>
    </message>
    <message>
        <source>Payment approved for request %1.</source>
        <translation>Paiement approuvé pour la demande %1.</translation>
    </message>
    <message>
        <source>The request could not be shown.</source>
        <translation>La demande n&apos;a pas pu être affichée.</translation>
    </message>
    <message>
        <source>Note added to request %1.</source>
        <translation>Note ajoutée à la demande %1.</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>Take in a request received by phone or email (%1); or drop an .eml file onto the list</source>
        <translation>Prendre une demande reçue par téléphone ou par courriel (%1), ou déposer un fichier .eml sur la liste</translation>
    </message>
    <message>
        <source>%1 was not taken in.</source>
        <translation>%1 n&apos;a pas été pris en charge.</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB.</source>
        <translation>%1 dépasse 50 Mo.</translation>
    </message>
    <message>
        <source>Only .eml emails become requests: %1 ignored.</source>
        <translation>Seuls les courriels .eml deviennent des demandes. Fichiers ignorés : %1.</translation>
    </message>
    <message>
        <source>The request was not taken.</source>
        <translation>La demande n&apos;a pas été prise.</translation>
    </message>
    <message>
        <source>Email &quot;%1&quot; from %2, %3. It is kept with the request.</source>
        <translation>Courriel « %1 » de %2, %3. Il est conservé avec la demande.</translation>
    </message>
    <message>
        <source>Request %1 was taken in.</source>
        <translation>La demande %1 a été prise.</translation>
    </message>
    <message>
        <source>Request %1 was completed automatically: certificate %2 is emailed to the client and the holder.</source>
        <translation>La demande %1 a été traitée automatiquement : l&apos;attestation %2 est envoyée par courriel au client et au titulaire.</translation>
    </message>
    <message>
        <source>Request %1 is on the manual list: %2</source>
        <translation>La demande %1 est dans la liste manuelle : %2</translation>
    </message>
    <message>
        <source>Preview: everything the customer submitted, the notes and activities (Enter)</source>
        <translation>Aperçu : tout ce que le client a soumis, les notes et les activités (Entrée)</translation>
    </message>
</context>
<context>
    <name>agencydesk::SearchResultModel</name>
    <message>
        <source>dba %1</source>
        <translation>faisant affaire sous le nom de %1</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>police %1</translation>
    </message>
    <message>
        <source>email %1</source>
        <translation>courriel %1</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>in document %1</source>
        <translation>dans le document %1</translation>
    </message>
</context>
<context>
    <name>agencydesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between fields; Alt with an underlined letter activates a menu, tab or button.</source>
        <translation>Tab et Maj+Tab passent d&apos;un champ à l&apos;autre; Alt avec une lettre soulignée active un menu, un onglet ou un bouton.</translation>
    </message>
</context>
<context>
    <name>agencydesk::SuperSearchLineEdit</name>
    <message>
        <source>Super search</source>
        <translation>Super recherche</translation>
    </message>
    <message>
        <source>Search insureds by name, DBA, policy number or email (Ctrl+F)</source>
        <translation>Rechercher des assurés par nom, nom commercial, numéro de police ou courriel (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
</context>
<context>
    <name>agencydesk::UnattachedDownloadList</name>
    <message>
        <source>Unattached downloads</source>
        <translation>Téléchargements non rattachés</translation>
    </message>
    <message>
        <source>Insured (as downloaded)</source>
        <translation>Assuré (tel que téléchargé)</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
</context>
<context>
    <name>agencydesk::UnattachedDownloadsWidget</name>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Courriel : %1</translation>
    </message>
    <message>
        <source>The download names</source>
        <translation>Le téléchargement indique</translation>
    </message>
    <message>
        <source>Insureds it may be</source>
        <translation>Assurés possibles</translation>
    </message>
    <message>
        <source>Suggested insureds</source>
        <translation>Assurés suggérés</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Assuré</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>&amp;Attach to this insured</source>
        <translation>&amp;Rattacher à cet assuré</translation>
    </message>
    <message>
        <source>&amp;Open insured</source>
        <translation>O&amp;uvrir l&apos;assuré</translation>
    </message>
    <message>
        <source>&amp;Create insured from download</source>
        <translation>Créer l&apos;assuré à partir du télécharge&amp;ment</translation>
    </message>
    <message>
        <source>Could not load the unattached downloads: %1</source>
        <translation>Impossible de charger les téléchargements non rattachés : %1</translation>
    </message>
    <message>
        <source>Drag onto an insured in the Insureds list to attach</source>
        <translation>Glissez sur un assuré de la liste Assurés pour le rattacher</translation>
    </message>
    <message>
        <source>No downloads are waiting: every imported policy belongs to an insured.</source>
        <translation>Aucun téléchargement en attente : chaque police importée appartient à un assuré.</translation>
    </message>
    <message>
        <source>1 downloaded policy found no insured.</source>
        <translation>1 police téléchargée n&apos;a trouvé aucun assuré.</translation>
    </message>
    <message>
        <source>%1 downloaded policies found no insured.</source>
        <translation>%1 polices téléchargées n&apos;ont trouvé aucun assuré.</translation>
    </message>
    <message>
        <source>Pick one, then attach it to a suggested insured, drag it onto an insured in the Insureds list, or create the insured from it.</source>
        <translation>Choisissez-en une, puis rattachez-la à un assuré suggéré, glissez-la sur un assuré de la liste Assurés ou créez l&apos;assuré à partir de celle-ci.</translation>
    </message>
    <message>
        <source>Select a download on the left.</source>
        <translation>Sélectionnez un téléchargement à gauche.</translation>
    </message>
    <message>
        <source>%1 policy &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;%4 to %5&lt;br&gt;%6, imported %7&lt;br&gt;File: %8</source>
        <translation>Police %1 &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;Du %4 au %5&lt;br&gt;%6, importée le %7&lt;br&gt;Fichier : %8</translation>
    </message>
    <message>
        <source>Could not look for matching insureds.</source>
        <translation>Impossible de chercher les assurés correspondants.</translation>
    </message>
    <message>
        <source>The download was not attached.</source>
        <translation>Le téléchargement n&apos;a pas été rattaché.</translation>
    </message>
    <message>
        <source>Attached policy %1 (%2) to %3.</source>
        <translation>Police %1 (%2) rattachée à %3.</translation>
    </message>
    <message>
        <source>The insured was not created.</source>
        <translation>L&apos;assuré n&apos;a pas été créé.</translation>
    </message>
    <message>
        <source>Added insured %1 from the download of policy %2.</source>
        <translation>Assuré %1 ajouté à partir du téléchargement de la police %2.</translation>
    </message>
</context>
<context>
    <name>agencydesk::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Role of the selected user</source>
        <translation>Rôle de l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Role of the new user</source>
        <translation>Rôle du nouvel utilisateur</translation>
    </message>
    <message>
        <source>C&amp;hange role</source>
        <translation>C&amp;hanger le rôle</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>New user name</source>
        <translation>Nom du nouvel utilisateur</translation>
    </message>
    <message>
        <source>New user&apos;s full name</source>
        <translation>Nom complet du nouvel utilisateur</translation>
    </message>
    <message>
        <source>New user&apos;s password</source>
        <translation>Mot de passe du nouvel utilisateur</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet :</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ôle :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Could not list the users.</source>
        <translation>Impossible d&apos;afficher la liste des utilisateurs.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source> (locked until %1)</source>
        <translation> (verrouillé jusqu&apos;à %1)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <source>The user was not added.</source>
        <translation>L&apos;utilisateur n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <source>The role was not changed.</source>
        <translation>Le rôle n&apos;a pas été changé.</translation>
    </message>
    <message>
        <source>The user was not changed.</source>
        <translation>L&apos;utilisateur n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Nouveau mot de passe pour %1 :</translation>
    </message>
    <message>
        <source>The password was not reset.</source>
        <translation>Le mot de passe n&apos;a pas été réinitialisé.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Le mot de passe de %1 a été réinitialisé.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Agency management for insurance CSRs.</source>
        <translation>Gestion de cabinet pour les représentants du service à la clientèle en assurance.</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt;.</source>
        <translation>Ouvrir la base de données située à &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Open in shared mode (a file on a network folder used by several PCs).</source>
        <translation>Ouvrir en mode partagé (un fichier dans un dossier réseau utilisé par plusieurs ordinateurs).</translation>
    </message>
    <message>
        <source>Create a demo book when the database is new, and log in as maria.</source>
        <translation>Créer un portefeuille de démonstration si la base de données est nouvelle, et se connecter en tant que maria.</translation>
    </message>
    <message>
        <source>Log in as &lt;name&gt; with the password in AGENCYDESK_PASSWORD.</source>
        <translation>Se connecter en tant que &lt;name&gt; avec le mot de passe de AGENCYDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>AgencyDesk cannot open the database</source>
        <translation>AgencyDesk ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>La base de données de démonstration n&apos;a pas pu être créée : %1</translation>
    </message>
    <message>
        <source>AgencyDesk cannot log in</source>
        <translation>AgencyDesk ne peut pas se connecter</translation>
    </message>
    <message>
        <source>Close the main window after &lt;ms&gt; milliseconds (installation checks).</source>
        <translation>Fermer la fenêtre principale après &lt;ms&gt; millisecondes (vérifications d&apos;installation).</translation>
    </message>
</context>
</TS>
