<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AcordXmlParser</name>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formado: %1</translation>
    </message>
    <message>
        <source>a DTD is not allowed in a download file</source>
        <translation>no se permite una DTD en un archivo de descarga</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>los elementos están anidados a más de %1 niveles</translation>
    </message>
    <message>
        <source>a policy message has more than %1 elements</source>
        <translation>un mensaje de póliza tiene más de %1 elementos</translation>
    </message>
    <message>
        <source>a DTD is not allowed</source>
        <translation>no se permite una DTD</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount</source>
        <translation>%1 &quot;%2&quot; no es un importe</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1 &quot;%2&quot; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>%1 has no InsuredOrPrincipal/GeneralPartyInfo</source>
        <translation>%1 no tiene InsuredOrPrincipal/GeneralPartyInfo</translation>
    </message>
    <message>
        <source>the insured has no name</source>
        <translation>el asegurado no tiene nombre</translation>
    </message>
    <message>
        <source>%1 has no PersPolicy or CommlPolicy</source>
        <translation>%1 no tiene PersPolicy ni CommlPolicy</translation>
    </message>
    <message>
        <source>PolicyNumber is missing</source>
        <translation>falta PolicyNumber (número de póliza)</translation>
    </message>
    <message>
        <source>LOBCd is missing</source>
        <translation>falta LOBCd (ramo de seguro)</translation>
    </message>
    <message>
        <source>the carrier is missing (NAICCd or InsurerName)</source>
        <translation>falta la aseguradora (NAICCd o InsurerName)</translation>
    </message>
    <message>
        <source>ExpirationDt %1 is not after EffectiveDt %2</source>
        <translation>ExpirationDt %1 no es posterior a EffectiveDt %2</translation>
    </message>
    <message>
        <source>the premium is negative</source>
        <translation>la prima es negativa</translation>
    </message>
    <message>
        <source>TransactionEffectiveDt &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>TransactionEffectiveDt &quot;%1&quot; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>a cancellation needs its TransactionEffectiveDt</source>
        <translation>una cancelación necesita su TransactionEffectiveDt</translation>
    </message>
    <message>
        <source>a coverage has no CoverageCd</source>
        <translation>una cobertura no tiene CoverageCd</translation>
    </message>
    <message>
        <source>%1 deductible</source>
        <translation>deducible %1</translation>
    </message>
    <message>
        <source>%1 limit</source>
        <translation>límite %1</translation>
    </message>
    <message>
        <source>%1 has a negative amount</source>
        <translation>%1 tiene un importe negativo</translation>
    </message>
    <message>
        <source>an AdditionalInterest has no name</source>
        <translation>un AdditionalInterest (interés adicional) no tiene nombre</translation>
    </message>
    <message>
        <source>the file has no XML element</source>
        <translation>el archivo no tiene ningún elemento XML</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;ACORD&gt;</source>
        <translation>el elemento raíz es &lt;%1&gt;, no &lt;ACORD&gt;</translation>
    </message>
    <message>
        <source>unknown namespace &quot;%1&quot; (expected ACORD&apos;s %2 or CSIO&apos;s %3)</source>
        <translation>espacio de nombres desconocido &quot;%1&quot; (se esperaba %2 de ACORD o %3 de CSIO)</translation>
    </message>
    <message>
        <source>unknown message &lt;%1&gt; (expected a policy add, renew, change, cancel or reinstate message)</source>
        <translation>mensaje desconocido &lt;%1&gt; (se esperaba un mensaje de alta, renovación, modificación, cancelación o rehabilitación de póliza)</translation>
    </message>
    <message>
        <source>the file ends before &lt;/ACORD&gt; (truncated?)</source>
        <translation>el archivo termina antes de &lt;/ACORD&gt; (¿truncado?)</translation>
    </message>
    <message>
        <source>no InsuranceSvcRq or InsuranceSvcRs in the file</source>
        <translation>no hay InsuranceSvcRq ni InsuranceSvcRs en el archivo</translation>
    </message>
    <message>
        <source>no policy message in the file</source>
        <translation>no hay ningún mensaje de póliza en el archivo</translation>
    </message>
</context>
<context>
    <name>ActivityService</name>
    <message>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <source>The note is too long (at most 10,000 characters).</source>
        <translation>La nota es demasiado larga (máximo 10.000 caracteres).</translation>
    </message>
    <message>
        <source>Insured %1 does not exist.</source>
        <translation>El asegurado %1 no existe.</translation>
    </message>
</context>
<context>
    <name>AgencyService</name>
    <message>
        <source>Agency name is required.</source>
        <translation>El nombre de la agencia es obligatorio.</translation>
    </message>
    <message>
        <source>Country must be US or CA.</source>
        <translation>El país debe ser US o CA.</translation>
    </message>
    <message>
        <source>Postal code &quot;%1&quot; is not valid for %2.</source>
        <translation>El código postal &quot;%1&quot; no es válido para %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state or province of %2.</source>
        <translation>&quot;%1&quot; no es un estado ni una provincia de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Certificate date format &quot;%1&quot; is not one of %2.</source>
        <translation>El formato de fecha de los certificados &quot;%1&quot; no es uno de estos: %2.</translation>
    </message>
    <message>
        <source>Compliance warning days must be 0 to %1, not %2.</source>
        <translation>Los días de aviso de cumplimiento deben estar entre 0 y %1, no %2.</translation>
    </message>
    <message>
        <source>The agency profile has not been set up.</source>
        <translation>El perfil de la agencia todavía no se ha configurado.</translation>
    </message>
    <message>
        <source>The agency profile was changed by someone else; reload it and try again.</source>
        <translation>Otra persona modificó el perfil de la agencia; vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>Esta base de datos ya está configurada.</translation>
    </message>
</context>
<context>
    <name>Al3Parser</name>
    <message>
        <source>record %1: %2</source>
        <translation>registro %1: %2</translation>
    </message>
    <message>
        <source>is %1 bytes, a %2 record needs %3</source>
        <translation>tiene %1 bytes, un registro %2 necesita %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYYMMDD)</source>
        <translation>%1 &quot;%2&quot; no es una fecha (AAAAMMDD)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount (digits, two implied decimals, trailing sign)</source>
        <translation>%1 &quot;%2&quot; no es un importe (dígitos, dos decimales implícitos, signo al final)</translation>
    </message>
    <message>
        <source>truncated record: the file ends %1 bytes into a record header</source>
        <translation>registro truncado: el archivo termina %1 bytes después del inicio de un encabezado de registro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a group code (a level digit and three capital letters)</source>
        <translation>&quot;%1&quot; no es un código de grupo (un dígito de nivel y tres letras mayúsculas)</translation>
    </message>
    <message>
        <source>record %1: &quot;%2&quot; is not a record length</source>
        <translation>registro %1: &quot;%2&quot; no es una longitud de registro</translation>
    </message>
    <message>
        <source>truncated: its header says %1 bytes, the file ends after %2</source>
        <translation>truncado: su encabezado indica %1 bytes, el archivo termina después de %2</translation>
    </message>
    <message>
        <source>its header says %1 bytes but the line ends after %2 (wrong record length)</source>
        <translation>su encabezado indica %1 bytes, pero la línea termina después de %2 (longitud de registro incorrecta)</translation>
    </message>
    <message>
        <source>its header says %1 bytes but the line is longer (wrong record length)</source>
        <translation>su encabezado indica %1 bytes, pero la línea es más larga (longitud de registro incorrecta)</translation>
    </message>
    <message>
        <source>its header says %1 bytes but no record header follows it (wrong record length)</source>
        <translation>su encabezado indica %1 bytes, pero no le sigue ningún encabezado de registro (longitud de registro incorrecta)</translation>
    </message>
    <message>
        <source>the transaction has no 5BIS insured record</source>
        <translation>la transacción no tiene registro de asegurado 5BIS</translation>
    </message>
    <message>
        <source>the transaction has no 5BPI policy record</source>
        <translation>la transacción no tiene registro de póliza 5BPI</translation>
    </message>
    <message>
        <source>a cancellation (XLC) needs its transaction date</source>
        <translation>una cancelación (XLC) necesita su fecha de transacción</translation>
    </message>
    <message>
        <source>comes after the 3MTG trailer</source>
        <translation>viene después del registro final 3MTG</translation>
    </message>
    <message>
        <source>the file must start with a 1MHG message header</source>
        <translation>el archivo debe comenzar con un encabezado de mensaje 1MHG</translation>
    </message>
    <message>
        <source>a second message header</source>
        <translation>un segundo encabezado de mensaje</translation>
    </message>
    <message>
        <source>unknown transaction type &quot;%1&quot; (expected NBS, RWL, END, PCH, XLC or REI)</source>
        <translation>tipo de transacción desconocido &quot;%1&quot; (se esperaba NBS, RWL, END, PCH, XLC o REI)</translation>
    </message>
    <message>
        <source>the line of business is missing</source>
        <translation>falta el ramo de seguro</translation>
    </message>
    <message>
        <source>transaction date</source>
        <translation>fecha de transacción</translation>
    </message>
    <message>
        <source>comes before any 2TRG transaction header</source>
        <translation>viene antes de cualquier encabezado de transacción 2TRG</translation>
    </message>
    <message>
        <source>the insured has no name</source>
        <translation>el asegurado no tiene nombre</translation>
    </message>
    <message>
        <source>the policy number is missing</source>
        <translation>falta el número de póliza</translation>
    </message>
    <message>
        <source>the carrier is missing (NAIC code or name)</source>
        <translation>falta la aseguradora (código NAIC o nombre)</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>fecha de inicio de vigencia</translation>
    </message>
    <message>
        <source>expiration date</source>
        <translation>fecha de vencimiento</translation>
    </message>
    <message>
        <source>premium</source>
        <translation>prima</translation>
    </message>
    <message>
        <source>expiration date %1 is not after the effective date %2</source>
        <translation>la fecha de vencimiento %1 no es posterior a la fecha de inicio de vigencia %2</translation>
    </message>
    <message>
        <source>the premium is negative</source>
        <translation>la prima es negativa</translation>
    </message>
    <message>
        <source>the coverage code is missing</source>
        <translation>falta el código de cobertura</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>límite</translation>
    </message>
    <message>
        <source>deductible</source>
        <translation>deducible</translation>
    </message>
    <message>
        <source>coverage %1 has a negative amount</source>
        <translation>la cobertura %1 tiene un importe negativo</translation>
    </message>
    <message>
        <source>the additional interest has no name</source>
        <translation>el interés adicional no tiene nombre</translation>
    </message>
    <message>
        <source>the trailer counts &quot;%1&quot; transactions, the file has %2</source>
        <translation>el registro final cuenta &quot;%1&quot; transacciones, el archivo tiene %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file ends without the 3MTG trailer (truncated?)</source>
        <translation>el archivo termina sin el registro final 3MTG (¿truncado?)</translation>
    </message>
    <message>
        <source>no transaction in the file</source>
        <translation>no hay ninguna transacción en el archivo</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Account %1 is locked after %2 wrong passwords; try again after %3.</source>
        <translation>La cuenta %1 está bloqueada tras %2 contraseñas incorrectas; vuelva a intentarlo después de las %3.</translation>
    </message>
    <message>
        <source>Account %1 is deactivated; ask a manager.</source>
        <translation>La cuenta %1 está desactivada; consulte a un gerente.</translation>
    </message>
    <message>
        <source>Wrong password %1 times in a row: account %2 is locked for %3 minutes.</source>
        <translation>Contraseña incorrecta %1 veces seguidas: la cuenta %2 queda bloqueada durante %3 minutos.</translation>
    </message>
</context>
<context>
    <name>CarrierService</name>
    <message>
        <source>Carrier name is required.</source>
        <translation>El nombre de la aseguradora es obligatorio.</translation>
    </message>
    <message>
        <source>NAIC code &quot;%1&quot; must be five digits.</source>
        <translation>El código NAIC &quot;%1&quot; debe tener cinco dígitos.</translation>
    </message>
    <message>
        <source>Carrier %1 does not exist.</source>
        <translation>La aseguradora %1 no existe.</translation>
    </message>
    <message>
        <source>Carrier &quot;%1&quot; does not exist.</source>
        <translation>La aseguradora &quot;%1&quot; no existe.</translation>
    </message>
    <message>
        <source>Carrier &quot;%1&quot; already exists.</source>
        <translation>La aseguradora &quot;%1&quot; ya existe.</translation>
    </message>
    <message>
        <source>Carrier &quot;%1&quot; has NAIC %2, not %3.</source>
        <translation>La aseguradora &quot;%1&quot; tiene el código NAIC %2, no %3.</translation>
    </message>
</context>
<context>
    <name>CertificateHolderService</name>
    <message>
        <source>Holder name is required.</source>
        <translation>El nombre del titular es obligatorio.</translation>
    </message>
    <message>
        <source>Holder name is longer than 200 characters.</source>
        <translation>El nombre del titular supera los 200 caracteres.</translation>
    </message>
    <message>
        <source>Holder address (street and city) is required.</source>
        <translation>La dirección del titular (calle y ciudad) es obligatoria.</translation>
    </message>
    <message>
        <source>Country must be US or CA, not &quot;%1&quot;.</source>
        <translation>El país debe ser US o CA, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Holder postal code is required.</source>
        <translation>El código postal del titular es obligatorio.</translation>
    </message>
    <message>
        <source>Postal code &quot;%1&quot; is not a US ZIP code (12345 or 12345-6789).</source>
        <translation>El código postal &quot;%1&quot; no es un código ZIP de EE. UU. (12345 o 12345-6789).</translation>
    </message>
    <message>
        <source>Postal code &quot;%1&quot; is not a Canadian postal code (A1A 1A1).</source>
        <translation>El código postal &quot;%1&quot; no es un código postal canadiense (A1A 1A1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 code for %3.</source>
        <translation>&quot;%1&quot; no es un código de %2 para %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a limit code.</source>
        <translation>&quot;%1&quot; no es un código de límite.</translation>
    </message>
    <message>
        <source>The required %1 must be more than $0.</source>
        <translation>El monto exigido para %1 debe ser mayor que $0.</translation>
    </message>
    <message>
        <source>%1 is required twice.</source>
        <translation>%1 se exige dos veces.</translation>
    </message>
    <message>
        <source>Certificate master %1 does not exist.</source>
        <translation>La plantilla de certificado %1 no existe.</translation>
    </message>
    <message>
        <source>Certificate holder %1 was changed by someone else after you opened it; reload to see their changes.</source>
        <translation>Otra persona modificó el titular del certificado %1 después de que usted lo abrió; vuelva a cargar para ver los cambios.</translation>
    </message>
    <message>
        <source>Certificate holder %1 has %2 issued certificate(s) and cannot be removed.</source>
        <translation>El titular del certificado %1 tiene %2 certificado(s) emitido(s) y no se puede quitar.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>Already a holder of this master (same name, street and postal code).</source>
        <translation>Ya es titular de esta plantilla (mismo nombre, calle y código postal).</translation>
    </message>
    <message>
        <source>Certificate holder %1 does not exist.</source>
        <translation>El titular del certificado %1 no existe.</translation>
    </message>
</context>
<context>
    <name>CertificateMailer</name>
    <message>
        <source>Choose who gets certificate %1: the holder, the client or an address.</source>
        <translation>Elija quién recibe el certificado %1: el titular, el cliente o una dirección.</translation>
    </message>
    <message>
        <source>Holder %1 has no email address; add one to the holder or enter an address.</source>
        <translation>El titular %1 no tiene dirección de correo; agregue una al titular o escriba una dirección.</translation>
    </message>
    <message>
        <source>%1 has no email address; add one to the insured or enter an address.</source>
        <translation>%1 no tiene dirección de correo; agregue una al asegurado o escriba una dirección.</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>El destinatario</translation>
    </message>
</context>
<context>
    <name>CertificateMasterService</name>
    <message>
        <source>Certificate master %1 was changed by someone else after you opened it; reload to see their changes.</source>
        <translation>Otra persona modificó la plantilla de certificado %1 después de que usted la abrió; vuelva a cargar para ver los cambios.</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 fue cancelada</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 venció el %2</translation>
    </message>
    <message>
        <source>%1 starts on %2</source>
        <translation>%1 entra en vigor el %2</translation>
    </message>
    <message>
        <source>%1 is in force</source>
        <translation>%1 está en vigor</translation>
    </message>
    <message>
        <source>Master name is required.</source>
        <translation>El nombre de la plantilla es obligatorio.</translation>
    </message>
    <message>
        <source>Master name is longer than 200 characters.</source>
        <translation>El nombre de la plantilla supera los 200 caracteres.</translation>
    </message>
    <message>
        <source>A certificate master needs at least one policy.</source>
        <translation>Una plantilla de certificado necesita al menos una póliza.</translation>
    </message>
    <message>
        <source>Insured %1 does not exist.</source>
        <translation>El asegurado %1 no existe.</translation>
    </message>
    <message>
        <source>Policy %1 does not exist.</source>
        <translation>La póliza %1 no existe.</translation>
    </message>
    <message>
        <source>Policy %1 does not belong to insured %2.</source>
        <translation>La póliza %1 no pertenece al asegurado %2.</translation>
    </message>
    <message>
        <source>Policy %1 is given twice.</source>
        <translation>La póliza %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>Insurer letter &quot;%1&quot; is not A to F.</source>
        <translation>La letra de aseguradora &quot;%1&quot; no está entre A y F.</translation>
    </message>
    <message>
        <source>%1 is given two insurer letters.</source>
        <translation>%1 tiene dos letras de aseguradora.</translation>
    </message>
    <message>
        <source>Insurer letter %1 is given to two carriers.</source>
        <translation>La letra de aseguradora %1 está asignada a dos aseguradoras.</translation>
    </message>
    <message>
        <source>Policies %1 and %2 would share the certificate&apos;s %3 row, which shows one policy: keep one on this master and put the other on a master of its own.</source>
        <translation>Las pólizas %1 y %2 compartirían la fila %3 del certificado, que muestra una sola póliza: deje una en esta plantilla y pase la otra a una plantilla propia.</translation>
    </message>
    <message>
        <source>A certificate shows at most six insurers (A to F); these policies have %1 carriers.</source>
        <translation>Un certificado muestra como máximo seis aseguradoras (A a F); estas pólizas tienen %1 aseguradoras.</translation>
    </message>
    <message>
        <source>No insurer letter is left for %1.</source>
        <translation>No queda ninguna letra de aseguradora para %1.</translation>
    </message>
    <message>
        <source>Certificate master %1 has %2 issued certificate(s) and cannot be deleted.</source>
        <translation>La plantilla de certificado %1 tiene %2 certificado(s) emitido(s) y no se puede eliminar.</translation>
    </message>
    <message>
        <source>Certificate master %1 does not exist.</source>
        <translation>La plantilla de certificado %1 no existe.</translation>
    </message>
    <message>
        <source>Certificate master %1 cannot be shared with the client&apos;s portal account: none of its policies is in force today (%2).</source>
        <translation>La plantilla de certificado %1 no se puede compartir con la cuenta del portal del cliente: ninguna de sus pólizas está en vigor hoy (%2).</translation>
    </message>
    <message>
        <source>Every line of master %1 has lapsed (%2); add the renewal or delete the master.</source>
        <translation>Todas las líneas de la plantilla %1 vencieron (%2); agregue la renovación o elimine la plantilla.</translation>
    </message>
</context>
<context>
    <name>CertificatePrinter</name>
    <message>
        <source>PDF file %1</source>
        <translation>Archivo PDF %1</translation>
    </message>
    <message>
        <source>Printing certificate %1 on %2 failed.</source>
        <translation>No se pudo imprimir el certificado %1 en %2.</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be printed.</source>
        <translation>El certificado %1 no se puede imprimir.</translation>
    </message>
    <message>
        <source>Print certificate %1</source>
        <translation>Imprimir el certificado %1</translation>
    </message>
    <message>
        <source>Certificate %1 was not printed.</source>
        <translation>El certificado %1 no se imprimió.</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be previewed.</source>
        <translation>No se puede obtener la vista previa del certificado %1.</translation>
    </message>
    <message>
        <source>Print preview: certificate %1</source>
        <translation>Vista previa de impresión: certificado %1</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be saved.</source>
        <translation>El certificado %1 no se puede guardar.</translation>
    </message>
    <message>
        <source>Save certificate %1 as PDF</source>
        <translation>Guardar el certificado %1 como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Certificate not saved</source>
        <translation>Certificado no guardado</translation>
    </message>
    <message>
        <source>Certificate %1 was not saved.</source>
        <translation>El certificado %1 no se guardó.</translation>
    </message>
    <message>
        <source>The stored data of certificate %1 is damaged (%2); it cannot be printed. Its stored PDF can still be saved.</source>
        <translation>Los datos guardados del certificado %1 están dañados (%2); no se puede imprimir. Su PDF guardado todavía se puede guardar en un archivo.</translation>
    </message>
    <message>
        <source>Could not start printing certificate %1 on %2; check that the printer is available.</source>
        <translation>No se pudo iniciar la impresión del certificado %1 en %2; compruebe que la impresora esté disponible.</translation>
    </message>
</context>
<context>
    <name>CertificateService</name>
    <message>
        <source>Certificate holder %1 (%2) is not on certificate master %3.</source>
        <translation>El titular del certificado %1 (%2) no está en la plantilla de certificado %3.</translation>
    </message>
    <message>
        <source>Certificate not issued: the holder&apos;s requirements are not met: %1 (issue with force to override).</source>
        <translation>Certificado no emitido: no se cumplen los requisitos del titular: %1 (emítalo forzando para omitirlos).</translation>
    </message>
    <message>
        <source>Certificate %1 does not exist.</source>
        <translation>El certificado %1 no existe.</translation>
    </message>
    <message>
        <source>No file name given to save certificate %1 to.</source>
        <translation>No se indicó un nombre de archivo para guardar el certificado %1.</translation>
    </message>
    <message>
        <source>Could not save certificate %1 to %2: %3. Nothing was saved.</source>
        <translation>No se pudo guardar el certificado %1 en %2: %3. No se guardó nada.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist (%2)</source>
        <translation>la carpeta %1 no existe (%2)</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder (%2)</source>
        <translation>%1 es un archivo, no una carpeta (%2)</translation>
    </message>
    <message>
        <source>Certificate %1 was saved to %2 but the delivery could not be logged: %3</source>
        <translation>El certificado %1 se guardó en %2, pero no se pudo registrar la entrega: %3</translation>
    </message>
    <message>
        <source>Policy %1 is not on certificate master %2: it cannot be left off.</source>
        <translation>La póliza %1 no está en la plantilla de certificado %2: no se puede quitar.</translation>
    </message>
    <message>
        <source>Every line of certificate master %1 is left off: keep at least one line on the certificate.</source>
        <translation>Se quitaron todas las coberturas de la plantilla de certificado %1: deje al menos una cobertura en el certificado.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 supera los %2 MB; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>%1 is a spreadsheet workbook (or another zip file), not CSV: save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>%1 es un libro de hoja de cálculo (u otro archivo zip), no un CSV: guárdelo desde la hoja de cálculo como &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a CSV text file (it holds binary data or UTF-16 text): save it as &quot;CSV UTF-8&quot;.</source>
        <translation>%1 no es un archivo de texto CSV (contiene datos binarios o texto UTF-16): guárdelo como &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2 is in another encoding): save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>%1 no es texto UTF-8 (la línea %2 usa otra codificación): guárdelo desde la hoja de cálculo como &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>A quoted value is followed by more text before the next comma (a quote inside a quoted value must be doubled: &quot;&quot;)</source>
        <translation>Un valor entre comillas va seguido de más texto antes de la siguiente coma (una comilla dentro de un valor entre comillas debe duplicarse: &quot;&quot;)</translation>
    </message>
    <message>
        <source>A quoted value is never closed (the rest of the file, to line %1, was read as that one value)</source>
        <translation>Un valor entre comillas nunca se cierra (el resto del archivo, hasta la línea %1, se leyó como ese único valor)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database is busy (another user is saving); please try again.</source>
        <translation>La base de datos está ocupada (otro usuario está guardando); vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database file is read-only; changes cannot be saved.</source>
        <translation>El archivo de la base de datos es de solo lectura; no se pueden guardar los cambios.</translation>
    </message>
    <message>
        <source>The database file could not be written (the disk may be full or failing: %1); nothing was saved.</source>
        <translation>No se pudo escribir el archivo de la base de datos (puede que el disco esté lleno o fallando: %1); no se guardó nada.</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>El archivo de la base de datos está dañado: %1</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>El disco está lleno; no se guardó nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the data: %1</source>
        <translation>El cambio infringe una regla de los datos: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Error de base de datos: %1</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>No se indicó ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de datos %1 no existe.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read (no permission).</source>
        <translation>La base de datos %1 no se puede leer (sin permiso).</translation>
    </message>
    <message>
        <source>%1 is not an AgencyDesk database (it is not a SQLite file).</source>
        <translation>%1 no es una base de datos de AgencyDesk (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>The database %1 is read-only; AgencyDesk needs to write to it. Ask for write access or copy it to a writable folder.</source>
        <translation>La base de datos %1 es de solo lectura; AgencyDesk necesita escribir en ella. Solicite acceso de escritura o cópiela a una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; the database cannot be created there.</source>
        <translation>La carpeta %1 es de solo lectura; no se puede crear la base de datos allí.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>the database file is damaged (integrity check: %1). Restore a backup.</source>
        <translation>el archivo de la base de datos está dañado (comprobación de integridad: %1). Restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>the file cannot be read as a database.</source>
        <translation>el archivo no se puede leer como base de datos.</translation>
    </message>
    <message>
        <source>the database was created by a newer AgencyDesk (schema %1, this version knows %2).</source>
        <translation>la base de datos fue creada por una versión más reciente de AgencyDesk (esquema %1; esta versión conoce hasta el %2).</translation>
    </message>
</context>
<context>
    <name>DatabaseMaintenance</name>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 ya existe; elija un nombre de archivo nuevo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation>La copia de seguridad en %1 falló: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseSecretStore</name>
    <message>
        <source>No system keychain was found on this computer: the password is kept in the database file, only obfuscated (NOT encrypted). Anyone who can read the database file can read it.</source>
        <translation>No se encontró un llavero del sistema en este equipo: la contraseña se guarda en el archivo de la base de datos, solo ofuscada (NO cifrada). Cualquiera que pueda leer el archivo de la base puede leerla.</translation>
    </message>
</context>
<context>
    <name>DocumentFileReader</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>the file does not exist (%1)</source>
        <translation>el archivo no existe (%1)</translation>
    </message>
    <message>
        <source>not a file (a folder or a device)</source>
        <translation>no es un archivo (es una carpeta o un dispositivo)</translation>
    </message>
    <message>
        <source>the file is %1, over the %2 limit for documents</source>
        <translation>el archivo ocupa %1, más que el límite de %2 para documentos</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>no se puede leer el archivo (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is over the %1 limit for documents</source>
        <translation>el archivo supera el límite de %1 para documentos</translation>
    </message>
    <message>
        <source>%1: the image was stored as a one-page PDF</source>
        <translation>%1: la imagen se guardó como un PDF de una página</translation>
    </message>
    <message>
        <source>not a PDF file (it does not start with %PDF-)</source>
        <translation>no es un archivo PDF (no comienza con %PDF-)</translation>
    </message>
    <message>
        <source>not a PDF, PNG or JPEG file or an .eml email</source>
        <translation>no es un archivo PDF, PNG o JPEG ni un correo .eml</translation>
    </message>
    <message>
        <source>%1: attachment %2 left out (not a PDF)</source>
        <translation>%1: adjunto %2 omitido (no es un PDF)</translation>
    </message>
    <message>
        <source>%1: attachment %2 left out (over the %3 limit)</source>
        <translation>%1: adjunto %2 omitido (supera el límite de %3)</translation>
    </message>
    <message>
        <source>%1: attachment left out: %2</source>
        <translation>%1: adjunto omitido: %2</translation>
    </message>
    <message>
        <source>%1: attachment %2: %3</source>
        <translation>%1: adjunto %2: %3</translation>
    </message>
    <message>
        <source>the image is too large (%1 x %2 pixels)</source>
        <translation>la imagen es demasiado grande (%1 x %2 píxeles)</translation>
    </message>
    <message>
        <source>the image cannot be read (%1)</source>
        <translation>no se puede leer la imagen (%1)</translation>
    </message>
    <message>
        <source>the image could not be turned into a PDF</source>
        <translation>no se pudo convertir la imagen en PDF</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>Document %1 was changed by someone else since it was shown; reload and try again.</source>
        <translation>Otra persona modificó el documento %1 desde que se mostró; vuelva a cargar e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>there is no insured with ID %1</source>
        <translation>no hay ningún asegurado con el ID %1</translation>
    </message>
    <message>
        <source>there is no policy with ID %1</source>
        <translation>no hay ninguna póliza con el ID %1</translation>
    </message>
    <message>
        <source>policy %1 is not %2&apos;s</source>
        <translation>la póliza %1 no es de %2</translation>
    </message>
    <message>
        <source>the issue date is missing or not a date (YYYY-MM-DD)</source>
        <translation>falta la fecha de emisión o no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>the issue date %1 is not plausible</source>
        <translation>la fecha de emisión %1 no es verosímil</translation>
    </message>
    <message>
        <source>the business purpose is longer than 500 characters</source>
        <translation>el propósito comercial supera los 500 caracteres</translation>
    </message>
    <message>
        <source>%1: nothing to add</source>
        <translation>%1: nada que agregar</translation>
    </message>
    <message>
        <source>%1: the same content is already this insured&apos;s document %2 (%3)</source>
        <translation>%1: el mismo contenido ya es el documento %2 (%3) de este asegurado</translation>
    </message>
    <message>
        <source>There is no document with ID %1.</source>
        <translation>No hay ningún documento con el ID %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Policy %1 is not %2&apos;s, so document %3 cannot be attached to it.</source>
        <translation>La póliza %1 no es de %2, así que el documento %3 no se puede vincular a ella.</translation>
    </message>
</context>
<context>
    <name>DocumentSharingService</name>
    <message>
        <source>No notification: %1 is not shared with the client.</source>
        <translation>Sin aviso: %1 no está compartido con el cliente.</translation>
    </message>
    <message>
        <source>No notification: %1 are not shared with the client.</source>
        <translation>Sin aviso: %1 no están compartidos con el cliente.</translation>
    </message>
    <message>
        <source>There is no pending document notification with ID %1.</source>
        <translation>No hay ningún aviso de documento pendiente con el ID %1.</translation>
    </message>
</context>
<context>
    <name>DocumentTypeService</name>
    <message>
        <source>Choose a document type (%1).</source>
        <translation>Elija un tipo de documento (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document type; the types are: %2.</source>
        <translation>&quot;%1&quot; no es un tipo de documento; los tipos son: %2.</translation>
    </message>
    <message>
        <source>A document type needs a name of 1 to 60 characters.</source>
        <translation>Un tipo de documento necesita un nombre de 1 a 60 caracteres.</translation>
    </message>
    <message>
        <source>The document type &quot;%1&quot; is already on the list.</source>
        <translation>El tipo de documento &quot;%1&quot; ya está en la lista.</translation>
    </message>
    <message>
        <source>The document size limit must be 1 to 1024 MB (got %1).</source>
        <translation>El límite de tamaño de los documentos debe ser de 1 a 1024 MB (se recibió %1).</translation>
    </message>
</context>
<context>
    <name>DownloadError</name>
    <message>
        <source>, line %1 (byte %2)</source>
        <translation>, línea %1 (byte %2)</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, línea %1</translation>
    </message>
    <message>
        <source>, byte %1</source>
        <translation>, byte %1</translation>
    </message>
</context>
<context>
    <name>DownloadImportService</name>
    <message>
        <source>Files: %1 read, %2 failed%3
Policies: %4 imported, %5 updated, %6 unchanged, %7 unattached
</source>
        <translation>Archivos: %1 leídos, %2 con error%3
Pólizas: %4 importadas, %5 actualizadas, %6 sin cambios, %7 sin vincular
</translation>
    </message>
    <message>
        <source> (cancelled: the remaining files were not read)</source>
        <translation> (cancelado: los archivos restantes no se leyeron)</translation>
    </message>
    <message>
        <source>FAILED %1
</source>
        <translation>ERROR %1
</translation>
    </message>
    <message>
        <source>policy %1: %2</source>
        <translation>póliza %1: %2</translation>
    </message>
    <message>
        <source>Renewal: %1
</source>
        <translation>Renovación: %1
</translation>
    </message>
    <message>
        <source>Renewal follow-through stopped (resume it under Renewals): %1
</source>
        <translation>Seguimiento de la renovación detenido (reanúdelo en Renovaciones): %1
</translation>
    </message>
</context>
<context>
    <name>DownloadMatcher</name>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>same name once %1</source>
        <translation>mismo nombre si %1</translation>
    </message>
    <message>
        <source>first and last names transposed</source>
        <translation>nombre y apellido invertidos</translation>
    </message>
    <message>
        <source>name shares &quot;%1&quot;</source>
        <translation>el nombre comparte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>misma dirección</translation>
    </message>
    <message>
        <source>same address once %1</source>
        <translation>misma dirección si %1</translation>
    </message>
    <message>
        <source>same postal code</source>
        <translation>mismo código postal</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mismo correo</translation>
    </message>
</context>
<context>
    <name>DownloadReader</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>not a readable zip archive (%1)</source>
        <translation>no es un archivo zip legible (%1)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>the archive is refused: entry &quot;%1&quot; has a path that leaves the archive&apos;s folder (absolute or ../)</source>
        <translation>se rechaza el archivo comprimido: la entrada &quot;%1&quot; tiene una ruta que sale de su carpeta (absoluta o ../)</translation>
    </message>
    <message>
        <source>the archive is refused: more than %1 entries</source>
        <translation>se rechaza el archivo comprimido: más de %1 entradas</translation>
    </message>
    <message>
        <source>the archive is damaged (%1)</source>
        <translation>el archivo comprimido está dañado (%1)</translation>
    </message>
    <message>
        <source>the entry is %1; downloads over %2 are refused</source>
        <translation>la entrada ocupa %1; se rechazan las descargas de más de %2</translation>
    </message>
    <message>
        <source>cannot be read from the archive (%1)</source>
        <translation>no se puede leer del archivo comprimido (%1)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>the entry unpacks to more than %1; downloads over %1 are refused (zip bomb?)</source>
        <translation>la entrada descomprimida ocupa más de %1; se rechazan las descargas de más de %1 (¿bomba zip?)</translation>
    </message>
    <message>
        <source>the entry is compressed more than %1:1; refused as a zip bomb</source>
        <translation>la entrada está comprimida a más de %1:1; se rechaza como bomba zip</translation>
    </message>
    <message>
        <source>the entry is no longer in the archive</source>
        <translation>la entrada ya no está en el archivo comprimido</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the file is %1; downloads over %2 are refused</source>
        <translation>el archivo ocupa %1; se rechazan las descargas de más de %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file holds only blank space</source>
        <translation>el archivo solo contiene espacios en blanco</translation>
    </message>
    <message>
        <source>not an ACORD XML, CSIO XML or AL3 download</source>
        <translation>no es una descarga ACORD XML, CSIO XML ni AL3</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>el archivo o la carpeta no existe</translation>
    </message>
</context>
<context>
    <name>FileGroupDescriptor</name>
    <message>
        <source>The dragged files&apos; description is empty (%1 bytes).</source>
        <translation>La descripción de los archivos arrastrados está vacía (%1 bytes).</translation>
    </message>
    <message>
        <source>The drag describes no file.</source>
        <translation>El arrastre no describe ningún archivo.</translation>
    </message>
    <message>
        <source>The drag describes %1 files; at most %2 are taken at once.</source>
        <translation>El arrastre describe %1 archivos; se toman como máximo %2 a la vez.</translation>
    </message>
    <message>
        <source>The dragged files&apos; description is cut short: %1 files need %2 bytes, %3 came.</source>
        <translation>La descripción de los archivos arrastrados está cortada: %1 archivos necesitan %2 bytes, llegaron %3.</translation>
    </message>
</context>
<context>
    <name>HolderCsv</name>
    <message>
        <source>%1: the header on line %2 cannot be read: %3.</source>
        <translation>%1: no se puede leer el encabezado de la línea %2: %3.</translation>
    </message>
    <message>
        <source>%1 names the column &quot;%2&quot; twice (header, line %3).</source>
        <translation>%1 nombra la columna &quot;%2&quot; dos veces (encabezado, línea %3).</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; is not a minimum limit: &quot;%3&quot; is not a limit code.</source>
        <translation>%1: la columna &quot;%2&quot; no es un límite mínimo: &quot;%3&quot; no es un código de límite.</translation>
    </message>
    <message>
        <source>%1 names the column &quot;min_%2&quot; twice (header, line %3).</source>
        <translation>%1 nombra la columna &quot;min_%2&quot; dos veces (encabezado, línea %3).</translation>
    </message>
    <message>
        <source>%1 has no &quot;name&quot; column: its first line (line %2) must be the header naming the columns, e.g. name,address1,address2,city,state,postal_code,email.</source>
        <translation>%1 no tiene columna &quot;name&quot;: su primera línea (línea %2) debe ser el encabezado con los nombres de las columnas, p. ej. name,address1,address2,city,state,postal_code,email.</translation>
    </message>
    <message>
        <source>It has %1 values but the header has %2 columns (a value holding a comma must be in double quotes).</source>
        <translation>Tiene %1 valores, pero el encabezado tiene %2 columnas (un valor que contiene una coma debe ir entre comillas dobles).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not yes or no.</source>
        <translation>%1 &quot;%2&quot; no es yes ni no.</translation>
    </message>
    <message>
        <source>delivery &quot;%1&quot; is not email, print or both.</source>
        <translation>delivery &quot;%1&quot; no es email, print ni both.</translation>
    </message>
    <message>
        <source>%1 is empty (it has only blank lines).</source>
        <translation>%1 está vacío (solo tiene líneas en blanco).</translation>
    </message>
    <message>
        <source>%1 has a header (line %2) but no holders.</source>
        <translation>%1 tiene un encabezado (línea %2), pero ningún titular.</translation>
    </message>
</context>
<context>
    <name>InsuredService</name>
    <message>
        <source>Name is required.</source>
        <translation>El nombre es obligatorio.</translation>
    </message>
    <message>
        <source>Name is longer than 200 characters.</source>
        <translation>El nombre supera los 200 caracteres.</translation>
    </message>
    <message>
        <source>Country must be US or CA, not &quot;%1&quot;.</source>
        <translation>El país debe ser US o CA, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Postal code &quot;%1&quot; is not a US ZIP code (12345 or 12345-6789).</source>
        <translation>El código postal &quot;%1&quot; no es un código ZIP de EE. UU. (12345 o 12345-6789).</translation>
    </message>
    <message>
        <source>Postal code &quot;%1&quot; is not a Canadian postal code (A1A 1A1).</source>
        <translation>El código postal &quot;%1&quot; no es un código postal canadiense (A1A 1A1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 code for %3.</source>
        <translation>&quot;%1&quot; no es un código de %2 para %3.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>province</source>
        <translation>provincia</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Insured %1 does not exist.</source>
        <translation>El asegurado %1 no existe.</translation>
    </message>
    <message>
        <source>This insured was changed by %1 at %2 after you opened it; reload to see their changes.</source>
        <translation>%1 modificó este asegurado a las %2 después de que usted lo abrió; vuelva a cargar para ver los cambios.</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 ya está activo.</translation>
    </message>
    <message>
        <source>%1 is already inactive.</source>
        <translation>%1 ya está inactivo.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The password is kept in this computer&apos;s keychain, not in the database. On a shared database, enter it once on each computer that sends mail.</source>
        <translation>La contraseña se guarda en el llavero de este equipo, no en la base de datos. En una base compartida, escríbala una vez en cada equipo que envía correo.</translation>
    </message>
    <message>
        <source>The database has no identity (database.id); reopen it to upgrade it.</source>
        <translation>La base de datos no tiene identidad (database.id); vuelva a abrirla para actualizarla.</translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>The system keychain refused the password: %1</source>
        <translation>El llavero del sistema rechazó la contraseña: %1</translation>
    </message>
</context>
<context>
    <name>LapseNoticePrompt</name>
    <message>
        <source>Notify holders</source>
        <translation>Avisar a los titulares</translation>
    </message>
    <message>
        <source>Email every certificate holder on the masters that list %1 that the policy is no longer in force? Holders already notified are not emailed again.

Master: %2</source>
        <translation>¿Avisar por correo electrónico a cada titular de las plantillas que incluyen %1 que la póliza ya no está vigente? Los titulares ya avisados no reciben otro correo.

Plantilla: %2</translation>
    </message>
    <message>
        <source>%1: not notified: %2</source>
        <translation>%1: no avisados: %2</translation>
    </message>
    <message>
        <source>%1: %2 holders notified, %3 notified before.</source>
        <translation>%1: %2 titulares avisados, %3 avisados antes.</translation>
    </message>
    <message>
        <source>No email address on file: %1.</source>
        <translation>Sin dirección de correo electrónico registrada: %1.</translation>
    </message>
</context>
<context>
    <name>LapseNoticeService</name>
    <message>
        <source>Policy %1 is an unattached download: no holder lists it.</source>
        <translation>La póliza %1 es una descarga sin asignar: ningún titular la incluye.</translation>
    </message>
    <message>
        <source>Policy %1 is in force until %2: its holders have nothing to be told.</source>
        <translation>La póliza %1 está vigente hasta el %2: no hay nada que avisar a sus titulares.</translation>
    </message>
    <message>
        <source>Policy %1 renewed (policy %2): its holders get renewal certificates, not a lapse notice.</source>
        <translation>La póliza %1 se renovó (póliza %2): sus titulares reciben certificados de renovación, no un aviso de caducidad.</translation>
    </message>
</context>
<context>
    <name>LimitCode</name>
    <message>
        <source>Each occurrence</source>
        <translation>Cada ocurrencia</translation>
    </message>
    <message>
        <source>Damage to rented premises (ea occurrence)</source>
        <translation>Daños a locales arrendados (por ocurrencia)</translation>
    </message>
    <message>
        <source>Med exp (any one person)</source>
        <translation>Gastos médicos (por persona)</translation>
    </message>
    <message>
        <source>Personal &amp; adv injury</source>
        <translation>Lesiones personales y publicitarias</translation>
    </message>
    <message>
        <source>General aggregate</source>
        <translation>Agregado general</translation>
    </message>
    <message>
        <source>Products - comp/op agg</source>
        <translation>Productos – operaciones terminadas (agregado)</translation>
    </message>
    <message>
        <source>Combined single limit (ea accident)</source>
        <translation>Límite único combinado (por accidente)</translation>
    </message>
    <message>
        <source>Bodily injury (per person)</source>
        <translation>Lesiones corporales (por persona)</translation>
    </message>
    <message>
        <source>Bodily injury (per accident)</source>
        <translation>Lesiones corporales (por accidente)</translation>
    </message>
    <message>
        <source>Property damage (per accident)</source>
        <translation>Daños materiales (por accidente)</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Deductible / retention</source>
        <translation>Deducible / retención</translation>
    </message>
    <message>
        <source>E.L. each accident</source>
        <translation>Resp. patronal – por accidente</translation>
    </message>
    <message>
        <source>E.L. disease - ea employee</source>
        <translation>Resp. patronal – enfermedad, por empleado</translation>
    </message>
    <message>
        <source>E.L. disease - policy limit</source>
        <translation>Resp. patronal – enfermedad, límite de la póliza</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <source>Business personal property</source>
        <translation>Bienes muebles comerciales</translation>
    </message>
    <message>
        <source>Business income</source>
        <translation>Pérdida de ingresos</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>Deducible</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Second limit</source>
        <translation>Segundo límite</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (use whole dollars, e.g. 1,000,000).</source>
        <translation>&quot;%1&quot; no es un monto (use dólares enteros, p. ej. 1,000,000).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of dollars.</source>
        <translation>&quot;%1&quot; no es un número entero de dólares.</translation>
    </message>
</context>
<context>
    <name>MailSettingsService</name>
    <message>
        <source>The SMTP server</source>
        <translation>El servidor SMTP</translation>
    </message>
    <message>
        <source>The SMTP user name</source>
        <translation>El nombre de usuario SMTP</translation>
    </message>
    <message>
        <source>The sender&apos;s name</source>
        <translation>El nombre del remitente</translation>
    </message>
    <message>
        <source>The sender&apos;s address (From)</source>
        <translation>La dirección del remitente (De)</translation>
    </message>
    <message>
        <source>The agency Bcc address</source>
        <translation>La dirección CCO de la agencia</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint</source>
        <translation>La huella digital del certificado de confianza</translation>
    </message>
    <message>
        <source>The SMTP server (host) is required.</source>
        <translation>El servidor SMTP (host) es obligatorio.</translation>
    </message>
    <message>
        <source>The SMTP server &quot;%1&quot; is not a host name.</source>
        <translation>El servidor SMTP &quot;%1&quot; no es un nombre de host.</translation>
    </message>
    <message>
        <source>The SMTP port %1 is not between 1 and 65535.</source>
        <translation>El puerto SMTP %1 no está entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The SMTP timeout must be between 1 and 600 seconds.</source>
        <translation>El tiempo de espera SMTP debe estar entre 1 y 600 segundos.</translation>
    </message>
    <message>
        <source>The agency Bcc address is required while the agency copy is on (every client email is Bcc&apos;d to it).</source>
        <translation>La dirección CCO de la agencia es obligatoria mientras la copia para la agencia esté activada (cada correo a clientes se le envía en CCO).</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint must be a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>La huella digital del certificado de confianza debe ser una huella SHA-256 (64 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>The SMTP password contains a line break.</source>
        <translation>La contraseña SMTP contiene un salto de línea.</translation>
    </message>
    <message>
        <source>The certificates department&apos;s address</source>
        <translation>La dirección del departamento de certificados</translation>
    </message>
    <message>
        <source>The client portal address</source>
        <translation>La dirección del portal de clientes</translation>
    </message>
    <message>
        <source>The client portal address &quot;%1&quot; is not a web address (https://...).</source>
        <translation>La dirección del portal de clientes «%1» no es una dirección web (https://...).</translation>
    </message>
</context>
<context>
    <name>MailTemplateService</name>
    <message>
        <source>There is no email template &quot;%1&quot;.</source>
        <translation>No hay ninguna plantilla de correo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The subject of template &quot;%1&quot;</source>
        <translation>El asunto de la plantilla &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The subject of template &quot;%1&quot; is empty.</source>
        <translation>El asunto de la plantilla &quot;%1&quot; está vacío.</translation>
    </message>
    <message>
        <source>The text of template &quot;%1&quot; is empty.</source>
        <translation>El texto de la plantilla &quot;%1&quot; está vacío.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; uses {%2}, which is not a placeholder. Known: %3.</source>
        <translation>La plantilla &quot;%1&quot; usa {%2}, que no es un marcador de posición. Conocidos: %3.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; was changed by someone else at %2; reload it and make your change again.</source>
        <translation>Otra persona modificó la plantilla &quot;%1&quot; a las %2; vuelva a cargarla y haga su cambio de nuevo.</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Please check the form</source>
        <translation>Revise el formulario</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Cannot log in</source>
        <translation>No se puede iniciar sesión</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Problema de base de datos</translation>
    </message>
</context>
<context>
    <name>MimeMessage</name>
    <message>
        <source>%1 contains a line break; a line break is never allowed there (it would let someone add mail headers).</source>
        <translation>%1 contiene un salto de línea; allí nunca se permite un salto de línea (permitiría agregar encabezados de correo).</translation>
    </message>
    <message>
        <source>%1 contains a control character.</source>
        <translation>%1 contiene un carácter de control.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be a plain ASCII email address.</source>
        <translation>%1 &quot;%2&quot; debe ser una dirección de correo en ASCII simple.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an email address (it holds &apos;%3&apos;).</source>
        <translation>%1 &quot;%2&quot; no es una dirección de correo (contiene &apos;%3&apos;).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an email address.</source>
        <translation>%1 &quot;%2&quot; no es una dirección de correo.</translation>
    </message>
    <message>
        <source>The sender&apos;s address</source>
        <translation>La dirección del remitente</translation>
    </message>
    <message>
        <source>The sender&apos;s name</source>
        <translation>El nombre del remitente</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>El asunto</translation>
    </message>
    <message>
        <source>The email has no recipient.</source>
        <translation>El correo no tiene destinatario.</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>El destinatario</translation>
    </message>
    <message>
        <source>The Cc recipient</source>
        <translation>El destinatario en CC</translation>
    </message>
    <message>
        <source>The reply-to address</source>
        <translation>La dirección de respuesta</translation>
    </message>
    <message>
        <source>The message id</source>
        <translation>El identificador del mensaje</translation>
    </message>
    <message>
        <source>The message id &quot;%1&quot; is not valid.</source>
        <translation>El identificador de mensaje &quot;%1&quot; no es válido.</translation>
    </message>
    <message>
        <source>The attachment name</source>
        <translation>El nombre del adjunto</translation>
    </message>
    <message>
        <source>The attachment type</source>
        <translation>El tipo del adjunto</translation>
    </message>
    <message>
        <source>The attachment type &quot;%1&quot; of %2 is not valid.</source>
        <translation>El tipo de adjunto &quot;%1&quot; de %2 no es válido.</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Mail is not set up (Agency &gt; Mail settings); %1 email(s) wait in the outbox.</source>
        <translation>El correo no está configurado (Agencia &gt; Configuración de correo); %1 correo(s) esperan en la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <source>Mail is not set up yet: a manager enters the SMTP server and the sender&apos;s address in Agency &gt; Mail settings.</source>
        <translation>El correo aún no está configurado: un gerente ingresa el servidor SMTP y la dirección del remitente en Agencia &gt; Configuración de correo.</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>El destinatario</translation>
    </message>
    <message>
        <source>The Cc recipient</source>
        <translation>El destinatario en CC</translation>
    </message>
    <message>
        <source>The Bcc recipient</source>
        <translation>El destinatario en CCO</translation>
    </message>
    <message>
        <source>The email has no recipient: enter at least one address.</source>
        <translation>El correo no tiene destinatario: escriba al menos una dirección.</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>El asunto</translation>
    </message>
    <message>
        <source>The email has no subject.</source>
        <translation>El correo no tiene asunto.</translation>
    </message>
    <message>
        <source>The attachment name</source>
        <translation>El nombre del adjunto</translation>
    </message>
    <message>
        <source>An attachment has no file name.</source>
        <translation>Un adjunto no tiene nombre de archivo.</translation>
    </message>
    <message>
        <source>The attachment %1 is empty.</source>
        <translation>El adjunto %1 está vacío.</translation>
    </message>
    <message>
        <source>There is no email %1 in the outbox.</source>
        <translation>No hay ningún correo %1 en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Email %1 is %2: only a queued or failed email can be retried.</source>
        <translation>El correo %1 está en estado %2: solo se puede reintentar un correo en cola o con error.</translation>
    </message>
    <message>
        <source>Email %1 is %2: only a queued or failed email can be cancelled.</source>
        <translation>El correo %1 está en estado %2: solo se puede cancelar un correo en cola o con error.</translation>
    </message>
    <message>
        <source>Email %1 changed meanwhile; reload the outbox.</source>
        <translation>El correo %1 cambió mientras tanto; vuelva a cargar la bandeja de salida.</translation>
    </message>
    <message>
        <source>The certificate attached to email %1 no longer exists.</source>
        <translation>El certificado adjunto al correo %1 ya no existe.</translation>
    </message>
</context>
<context>
    <name>OutlookDrop</name>
    <message>
        <source>Outlook did not hand over the contents of %1: save the attachment to a folder and drop the file from there.</source>
        <translation>Outlook no entregó el contenido de %1: guarde el adjunto en una carpeta y suelte el archivo desde allí.</translation>
    </message>
    <message>
        <source>No folder for the dropped attachment: %1</source>
        <translation>No hay carpeta para el adjunto soltado: %1</translation>
    </message>
    <message>
        <source>The attachment %1 could not be kept for adding: %2</source>
        <translation>No se pudo guardar el adjunto %1 para agregarlo: %2</translation>
    </message>
    <message>
        <source>Only %1 was taken: Outlook hands over one attachment per drag. Drag these one at a time: %2</source>
        <translation>Solo se tomó %1: Outlook entrega un adjunto por arrastre. Arrastre estos uno a la vez: %2</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>La contraseña debe tener al menos 8 caracteres.</translation>
    </message>
</context>
<context>
    <name>PdfInspector</name>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>not a PDF file (it does not start with %PDF-)</source>
        <translation>no es un archivo PDF (no comienza con %PDF-)</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be opened</source>
        <translation>el PDF está dañado y no se puede abrir</translation>
    </message>
    <message>
        <source>the PDF is password-protected; save an unprotected copy and add that</source>
        <translation>el PDF está protegido con contraseña; guarde una copia sin protección y agregue esa</translation>
    </message>
    <message>
        <source>the PDF is password-protected (its owner password forbids printing); ask the sender for an unprotected copy</source>
        <translation>el PDF está protegido con contraseña (su contraseña de propietario impide imprimir); pida al remitente una copia sin protección</translation>
    </message>
    <message>
        <source>the PDF has no pages that can be read</source>
        <translation>el PDF no tiene páginas legibles</translation>
    </message>
    <message>
        <source>the first page of the PDF cannot be read</source>
        <translation>no se puede leer la primera página del PDF</translation>
    </message>
    <message>
        <source>the first page of the PDF cannot be displayed</source>
        <translation>no se puede mostrar la primera página del PDF</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>General liability</source>
        <translation>Responsabilidad civil general</translation>
    </message>
    <message>
        <source>Automobile liability</source>
        <translation>Responsabilidad civil de automóviles</translation>
    </message>
    <message>
        <source>Umbrella / excess</source>
        <translation>Paraguas / exceso</translation>
    </message>
    <message>
        <source>Workers comp &amp; employers&apos; liability</source>
        <translation>Riesgos del trabajo y responsabilidad patronal</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Futura</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <source>Policy number is required.</source>
        <translation>El número de póliza es obligatorio.</translation>
    </message>
    <message>
        <source>Policy number is longer than 60 characters.</source>
        <translation>El número de póliza supera los 60 caracteres.</translation>
    </message>
    <message>
        <source>Carrier is required.</source>
        <translation>La aseguradora es obligatoria.</translation>
    </message>
    <message>
        <source>Effective date is missing or not a valid date.</source>
        <translation>La fecha de inicio de vigencia falta o no es válida.</translation>
    </message>
    <message>
        <source>Expiration date is missing or not a valid date.</source>
        <translation>La fecha de vencimiento falta o no es válida.</translation>
    </message>
    <message>
        <source>Expiration date (%1) must be after the effective date (%2).</source>
        <translation>La fecha de vencimiento (%1) debe ser posterior a la fecha de inicio (%2).</translation>
    </message>
    <message>
        <source>Premium cannot be negative.</source>
        <translation>La prima no puede ser negativa.</translation>
    </message>
    <message>
        <source>General aggregate applies per policy, project or location, not &quot;%1&quot;.</source>
        <translation>El agregado general se aplica por póliza, proyecto o ubicación, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Umbrella has a deductible or a retention, not &quot;%1&quot;.</source>
        <translation>La cobertura paraguas tiene un deducible o una retención, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a limit code.</source>
        <translation>&quot;%1&quot; no es un código de límite.</translation>
    </message>
    <message>
        <source>%1 is a %2 limit, not a %3 limit.</source>
        <translation>%1 es un límite de %2, no de %3.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 no puede ser negativo.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 aparece dos veces.</translation>
    </message>
    <message>
        <source>Insured %1 does not exist.</source>
        <translation>El asegurado %1 no existe.</translation>
    </message>
    <message>
        <source>Policy %1 was changed by %2 at %3 after you opened it; reload to see their changes.</source>
        <translation>%2 modificó la póliza %1 a las %3 después de que usted la abrió; vuelva a cargar para ver los cambios.</translation>
    </message>
    <message>
        <source>Policy %1 is already cancelled.</source>
        <translation>La póliza %1 ya está cancelada.</translation>
    </message>
    <message>
        <source>Policy %1 does not exist.</source>
        <translation>La póliza %1 no existe.</translation>
    </message>
    <message>
        <source>Policy number %1 already exists for %2 (policy %3) for an overlapping term.</source>
        <translation>El número de póliza %1 ya existe en %2 (póliza %3) para una vigencia que se superpone.</translation>
    </message>
</context>
<context>
    <name>PortalClientService</name>
    <message>
        <source>This code does not work: it is wrong, was already used, was replaced by a newer one or has expired. Ask the agency for a new one.</source>
        <translation>Este código no funciona: es incorrecto, ya se usó, fue reemplazado por uno más reciente o venció. Pida uno nuevo a la agencia.</translation>
    </message>
    <message>
        <source>This portal account is locked; call the agency.</source>
        <translation>Esta cuenta del portal está bloqueada; llame a la agencia.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Wrong user name or password. After %1 failed sign-ins the account is locked; call the agency.</source>
        <translation>Nombre de usuario o contraseña incorrectos. Tras %1 inicios de sesión fallidos la cuenta queda bloqueada; llame a la agencia.</translation>
    </message>
</context>
<context>
    <name>PortalService</name>
    <message>
        <source>Not enrolled</source>
        <translation>No inscrito</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Ingrese un nombre de usuario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an email address. The user name is not the email address: choose a short name without &apos;@&apos; (the email is entered separately).</source>
        <translation>«%1» parece una dirección de correo electrónico. El nombre de usuario no es el correo electrónico: elija un nombre corto sin «@» (el correo se ingresa aparte).</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; must be 3 to 40 letters (a to z), digits, dots, dashes or underscores.</source>
        <translation>El nombre de usuario «%1» debe tener de 3 a 40 letras (a a z), dígitos, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>%1 has no client portal account; enroll the client first.</source>
        <translation>%1 no tiene cuenta en el portal de clientes; inscriba primero al cliente.</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>la dirección</translation>
    </message>
    <message>
        <source>the postal code</source>
        <translation>el código postal</translation>
    </message>
    <message>
        <source>a policy number</source>
        <translation>un número de póliza</translation>
    </message>
    <message>
        <source>The identity check needs %1.</source>
        <translation>La verificación de identidad requiere %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the policy number</source>
        <translation>el número de póliza</translation>
    </message>
    <message>
        <source>Identity check failed for %1: %2 did not match what is on file. Nothing was saved.</source>
        <translation>La verificación de identidad de %1 falló: %2 no coincide con el expediente. No se guardó nada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address; the welcome email goes there.</source>
        <translation>«%1» no es una dirección de correo electrónico; el correo de bienvenida se envía allí.</translation>
    </message>
    <message>
        <source>%1 already has a client portal account (user name %2, %3).</source>
        <translation>%1 ya tiene una cuenta en el portal de clientes (usuario %2, %3).</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken by another client; choose another.</source>
        <translation>El nombre de usuario «%1» ya lo usa otro cliente; elija otro.</translation>
    </message>
    <message>
        <source>The portal account %1 was changed meanwhile; try again.</source>
        <translation>La cuenta del portal %1 cambió mientras tanto; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The portal account %1 is locked; unlock it before sending a reset.</source>
        <translation>La cuenta del portal %1 está bloqueada; desbloquéela antes de enviar un restablecimiento.</translation>
    </message>
</context>
<context>
    <name>PrintQueueService</name>
    <message>
        <source>Print queue entry %1 is not waiting: printed or removed already.</source>
        <translation>La entrada %1 de la cola de impresión ya no está pendiente: ya se imprimió o se quitó.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>ReceivedEmail</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <source>%1: not an email message (no From, Subject, Date or Content-Type header)</source>
        <translation>%1: no es un mensaje de correo (no tiene encabezado From, Subject, Date ni Content-Type)</translation>
    </message>
</context>
<context>
    <name>RejectionReasonService</name>
    <message>
        <source>Rejection reason %1 does not exist.</source>
        <translation>El motivo de rechazo %1 no existe.</translation>
    </message>
    <message>
        <source>There is no rejection reason &quot;%1&quot;.</source>
        <translation>No hay ningún motivo de rechazo «%1».</translation>
    </message>
    <message>
        <source>Enter the rejection reason&apos;s text.</source>
        <translation>Escriba el texto del motivo de rechazo.</translation>
    </message>
    <message>
        <source>A rejection reason has at most 200 characters.</source>
        <translation>Un motivo de rechazo tiene como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>The rejection reason &quot;%1&quot; already exists.</source>
        <translation>El motivo de rechazo «%1» ya existe.</translation>
    </message>
    <message>
        <source>The rejection reason &quot;%1&quot; is already retired.</source>
        <translation>El motivo de rechazo «%1» ya está retirado.</translation>
    </message>
    <message>
        <source>The rejection reason &quot;%1&quot; is not retired.</source>
        <translation>El motivo de rechazo «%1» no está retirado.</translation>
    </message>
</context>
<context>
    <name>RenewalRunner</name>
    <message>
        <source>There is no renewal run %1.</source>
        <translation>No existe la ejecución de renovación %1.</translation>
    </message>
    <message>
        <source>Certificate master &quot;%1&quot; already shows six insurers: policy %2&apos;s carrier needs a letter. Take a line off the master, then resume the run.</source>
        <translation>La plantilla de certificado «%1» ya muestra seis aseguradoras: la aseguradora de la póliza %2 necesita una letra. Quite una línea de la plantilla y reanude la ejecución.</translation>
    </message>
    <message>
        <source>Renewal run %1 stopped: %2</source>
        <translation>La ejecución de renovación %1 se detuvo: %2</translation>
    </message>
</context>
<context>
    <name>RenewalService</name>
    <message>
        <source>A renewal names the policy term it renews.</source>
        <translation>Una renovación indica el periodo de póliza que renueva.</translation>
    </message>
    <message>
        <source>Policy %1 is an unattached download: attach it to a client before renewing it.</source>
        <translation>La póliza %1 es una descarga sin asignar: asígnela a un cliente antes de renovarla.</translation>
    </message>
    <message>
        <source>Policy %1 (%2 to %3) is already renewed: policy %4, %5 to %6.</source>
        <translation>La póliza %1 (del %2 al %3) ya está renovada: póliza %4, del %5 al %6.</translation>
    </message>
    <message>
        <source>The renewal of policy %1 must start after %2, when the term it renews started.</source>
        <translation>La renovación de la póliza %1 debe empezar después del %2, cuando empezó el periodo que renueva.</translation>
    </message>
    <message>
        <source>The renewals due window is 0 to 3,650 days, not %1.</source>
        <translation>El plazo de renovaciones pendientes es de 0 a 3.650 días, no %1.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>El motivo es demasiado largo (500 caracteres como máximo).</translation>
    </message>
    <message>
        <source>There is no renewal run %1.</source>
        <translation>No existe la ejecución de renovación %1.</translation>
    </message>
    <message>
        <source>Renewals due: 1 to 365 days, not %1.</source>
        <translation>Renovaciones pendientes: de 1 a 365 días, no %1.</translation>
    </message>
</context>
<context>
    <name>RequestHolderFields</name>
    <message>
        <source>Holder name</source>
        <translation>Nombre del titular</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Dirección, línea 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Dirección, línea 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Estado o provincia</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Holder email</source>
        <translation>Correo del titular</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Dirección, línea &amp;2:</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>Ciu&amp;dad:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>&amp;State / province:</source>
        <translation>&amp;Estado / provincia:</translation>
    </message>
</context>
<context>
    <name>RequestListService</name>
    <message>
        <source>Certificate request %1 does not exist.</source>
        <translation>La solicitud de certificado %1 no existe.</translation>
    </message>
</context>
<context>
    <name>RequestMailer</name>
    <message>
        <source>The recipient</source>
        <translation>El destinatario</translation>
    </message>
    <message>
        <source>Holder %1 has no email address; add one to the request or send to the client only.</source>
        <translation>El titular %1 no tiene dirección de correo electrónico; agregue una a la solicitud o envíe solo al cliente.</translation>
    </message>
    <message>
        <source>%1 has no email address; add one to the insured.</source>
        <translation>%1 no tiene dirección de correo electrónico; agregue una al asegurado.</translation>
    </message>
    <message>
        <source>The certificates department&apos;s address</source>
        <translation>La dirección del departamento de certificados</translation>
    </message>
</context>
<context>
    <name>RequestProcessor</name>
    <message>
        <source>Request %1 was changed by someone else; reload it.</source>
        <translation>Otra persona modificó la solicitud %1; vuelva a cargarla.</translation>
    </message>
    <message>
        <source>Request %1 has no certificate master: choose one, or upload a certificate issued elsewhere.</source>
        <translation>La solicitud %1 no tiene plantilla de certificado: elija una o cargue un certificado emitido en otro lugar.</translation>
    </message>
    <message>
        <source>Request %1 is a waiver of subrogation, but no policy on its master has a waiver of subrogation endorsement: relabel it COI/POI or reject it.</source>
        <translation>La solicitud %1 es una renuncia de subrogación, pero ninguna póliza de su plantilla tiene un endoso de renuncia de subrogación: reclasifíquela como COI/POI o rechácela.</translation>
    </message>
    <message>
        <source>Request %1 sends the uploaded certificate %2 as it is: its description and lines cannot be edited.</source>
        <translation>La solicitud %1 envía el certificado cargado %2 tal como está: su descripción y sus coberturas no se pueden editar.</translation>
    </message>
    <message>
        <source>The holder&apos;s fields are single lines: &quot;%1&quot; has a line break.</source>
        <translation>Los campos del titular son de una sola línea: «%1» tiene un salto de línea.</translation>
    </message>
    <message>
        <source>The corrected holder is not valid: %1</source>
        <translation>El titular corregido no es válido: %1</translation>
    </message>
    <message>
        <source>Request %1 has no certificate master: there is no certificate to edit.</source>
        <translation>La solicitud %1 no tiene plantilla de certificado: no hay certificado que editar.</translation>
    </message>
    <message>
        <source>The description is too long (at most 10,000 characters).</source>
        <translation>La descripción es demasiado larga (como máximo 10.000 caracteres).</translation>
    </message>
    <message>
        <source>Policy %1 is not on certificate master %2: it cannot be left off.</source>
        <translation>La póliza %1 no está en la plantilla de certificado %2: no se puede quitar.</translation>
    </message>
    <message>
        <source>Every line of certificate master %1 is left off: keep at least one line on the certificate.</source>
        <translation>Se quitaron todas las coberturas de la plantilla de certificado %1: deje al menos una cobertura en el certificado.</translation>
    </message>
</context>
<context>
    <name>RequestService</name>
    <message>
        <source>Request %1 is completed (certificate %2): nothing more can be done with it.</source>
        <translation>La solicitud %1 está completada (certificado %2): ya no se puede hacer nada con ella.</translation>
    </message>
    <message>
        <source>Request %1 was rejected: nothing more can be done with it.</source>
        <translation>La solicitud %1 fue rechazada: ya no se puede hacer nada con ella.</translation>
    </message>
    <message>
        <source>Request %1 is in progress with %2: take it over first.</source>
        <translation>La solicitud %1 está en curso con %2: primero asúmala usted.</translation>
    </message>
    <message>
        <source>The holder&apos;s fields are single lines: &quot;%1&quot; has a line break.</source>
        <translation>Los campos del titular son de una sola línea: «%1» tiene un salto de línea.</translation>
    </message>
    <message>
        <source>The notes are too long (at most 10,000 characters).</source>
        <translation>Las notas son demasiado largas (como máximo 10.000 caracteres).</translation>
    </message>
    <message>
        <source>The holder&apos;s email address &quot;%1&quot; is not valid.</source>
        <translation>La dirección de correo electrónico del titular «%1» no es válida.</translation>
    </message>
    <message>
        <source>A request from a holder added on a shared master names that holder.</source>
        <translation>Una solicitud de un titular agregado en una plantilla compartida debe indicar ese titular.</translation>
    </message>
    <message>
        <source>%1 is inactive: an inactive customer cannot request certificates.</source>
        <translation>%1 está inactivo: un cliente inactivo no puede solicitar certificados.</translation>
    </message>
    <message>
        <source>Holder %1 is not on certificate master %2.</source>
        <translation>El titular %1 no está en la plantilla de certificado %2.</translation>
    </message>
    <message>
        <source>Certificate master %1 belongs to another customer than %2.</source>
        <translation>La plantilla de certificado %1 pertenece a otro cliente distinto de %2.</translation>
    </message>
    <message>
        <source>Request %1 is a waiver of subrogation waiting for payment approval.</source>
        <translation>La solicitud %1 es una renuncia de subrogación en espera de la aprobación del pago.</translation>
    </message>
    <message>
        <source>Request %1 is already in progress with you.</source>
        <translation>La solicitud %1 ya está en curso con usted.</translation>
    </message>
    <message>
        <source>Request %1 was already submitted (certificate %2): it is not sent twice.</source>
        <translation>La solicitud %1 ya se envió (certificado %2): no se envía dos veces.</translation>
    </message>
    <message>
        <source>%1 is not a PDF: upload the certificate as a PDF file.</source>
        <translation>%1 no es un PDF: cargue el certificado como archivo PDF.</translation>
    </message>
    <message>
        <source>Request %1 is already %2.</source>
        <translation>La solicitud %1 ya es %2.</translation>
    </message>
    <message>
        <source>The comment is too long (at most 2,000 characters).</source>
        <translation>El comentario es demasiado largo (como máximo 2.000 caracteres).</translation>
    </message>
    <message>
        <source>Request %1 is completed: a completed request cannot be rejected.</source>
        <translation>La solicitud %1 está completada: una solicitud completada no se puede rechazar.</translation>
    </message>
    <message>
        <source>Request %1 is already rejected.</source>
        <translation>La solicitud %1 ya está rechazada.</translation>
    </message>
    <message>
        <source>The rejection reason &quot;%1&quot; is retired: choose another.</source>
        <translation>El motivo de rechazo «%1» está retirado: elija otro.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <source>The note is too long (at most 10,000 characters).</source>
        <translation>La nota es demasiado larga (como máximo 10.000 caracteres).</translation>
    </message>
    <message>
        <source>Request %1 is a COI/POI: only a waiver of subrogation waits for payment approval.</source>
        <translation>La solicitud %1 es un COI/POI: solo una renuncia de subrogación espera la aprobación del pago.</translation>
    </message>
    <message>
        <source>The payment for request %1 was already approved by %2 on %3.</source>
        <translation>El pago de la solicitud %1 ya fue aprobado por %2 el %3.</translation>
    </message>
    <message>
        <source>%1 is already eligible for automatic processing.</source>
        <translation>%1 ya es apto para el procesamiento automático.</translation>
    </message>
    <message>
        <source>%1 is already not eligible for automatic processing.</source>
        <translation>%1 ya no es apto para el procesamiento automático.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Data processor</source>
        <translation>Procesador de datos</translation>
    </message>
    <message>
        <source>Certificate specialist</source>
        <translation>Especialista en certificados</translation>
    </message>
    <message>
        <source>Payroll advisor (view only)</source>
        <translation>Asesor de nómina (solo consulta)</translation>
    </message>
    <message>
        <source>change the agency profile</source>
        <translation>modificar el perfil de la agencia</translation>
    </message>
    <message>
        <source>add a user</source>
        <translation>agregar un usuario</translation>
    </message>
    <message>
        <source>reset a user&apos;s password</source>
        <translation>restablecer la contraseña de un usuario</translation>
    </message>
    <message>
        <source>deactivate or reactivate a user</source>
        <translation>desactivar o reactivar un usuario</translation>
    </message>
    <message>
        <source>change a user&apos;s role</source>
        <translation>cambiar el rol de un usuario</translation>
    </message>
    <message>
        <source>add a carrier</source>
        <translation>agregar una aseguradora</translation>
    </message>
    <message>
        <source>edit a carrier</source>
        <translation>editar una aseguradora</translation>
    </message>
    <message>
        <source>add an insured</source>
        <translation>agregar un asegurado</translation>
    </message>
    <message>
        <source>edit an insured</source>
        <translation>editar un asegurado</translation>
    </message>
    <message>
        <source>deactivate or reactivate an insured</source>
        <translation>desactivar o reactivar un asegurado</translation>
    </message>
    <message>
        <source>add a policy</source>
        <translation>agregar una póliza</translation>
    </message>
    <message>
        <source>edit a policy</source>
        <translation>editar una póliza</translation>
    </message>
    <message>
        <source>cancel a policy</source>
        <translation>cancelar una póliza</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>agregar una nota</translation>
    </message>
    <message>
        <source>load demo data</source>
        <translation>cargar datos de demostración</translation>
    </message>
    <message>
        <source>change the database&apos;s shared mode</source>
        <translation>cambiar el modo compartido de la base de datos</translation>
    </message>
    <message>
        <source>add a certificate master</source>
        <translation>agregar una plantilla de certificado</translation>
    </message>
    <message>
        <source>edit a certificate master</source>
        <translation>editar una plantilla de certificado</translation>
    </message>
    <message>
        <source>delete a certificate master</source>
        <translation>eliminar una plantilla de certificado</translation>
    </message>
    <message>
        <source>add a certificate holder</source>
        <translation>agregar un titular del certificado</translation>
    </message>
    <message>
        <source>edit a certificate holder</source>
        <translation>editar un titular del certificado</translation>
    </message>
    <message>
        <source>remove a certificate holder</source>
        <translation>quitar un titular del certificado</translation>
    </message>
    <message>
        <source>issue a certificate</source>
        <translation>emitir un certificado</translation>
    </message>
    <message>
        <source>record a certificate delivery</source>
        <translation>registrar la entrega de un certificado</translation>
    </message>
    <message>
        <source>share a certificate master with the client&apos;s portal account</source>
        <translation>compartir una plantilla de certificado con la cuenta del portal del cliente</translation>
    </message>
    <message>
        <source>remove lapsed lines from a certificate master</source>
        <translation>quitar las líneas vencidas de una plantilla de certificado</translation>
    </message>
    <message>
        <source>change the mail settings</source>
        <translation>cambiar la configuración de correo</translation>
    </message>
    <message>
        <source>edit an email template</source>
        <translation>editar una plantilla de correo</translation>
    </message>
    <message>
        <source>send an email</source>
        <translation>enviar un correo</translation>
    </message>
    <message>
        <source>retry or cancel an email in the outbox</source>
        <translation>reintentar o cancelar un correo de la bandeja de salida</translation>
    </message>
    <message>
        <source>import policy downloads</source>
        <translation>importar descargas de pólizas</translation>
    </message>
    <message>
        <source>attach a downloaded policy to an insured</source>
        <translation>vincular una póliza descargada a un asegurado</translation>
    </message>
    <message>
        <source>un-attach a policy from its insured</source>
        <translation>desvincular una póliza de su asegurado</translation>
    </message>
    <message>
        <source>add a document</source>
        <translation>agregar un documento</translation>
    </message>
    <message>
        <source>attach a document to a policy or detach it</source>
        <translation>vincular un documento a una póliza o desvincularlo</translation>
    </message>
    <message>
        <source>share a document with the client&apos;s portal account</source>
        <translation>compartir un documento con la cuenta del portal del cliente</translation>
    </message>
    <message>
        <source>delete a document</source>
        <translation>eliminar un documento</translation>
    </message>
    <message>
        <source>change the document types or the document size limit</source>
        <translation>cambiar los tipos de documento o el límite de tamaño de los documentos</translation>
    </message>
    <message>
        <source>add a certificate request</source>
        <translation>agregar una solicitud de certificado</translation>
    </message>
    <message>
        <source>work on a certificate request</source>
        <translation>trabajar en una solicitud de certificado</translation>
    </message>
    <message>
        <source>change the rejection reasons</source>
        <translation>modificar los motivos de rechazo</translation>
    </message>
    <message>
        <source>approve the payment of a waiver of subrogation</source>
        <translation>aprobar el pago de una renuncia de subrogación</translation>
    </message>
    <message>
        <source>change an insured&apos;s automatic certificate processing</source>
        <translation>modificar el procesamiento automático de certificados de un asegurado</translation>
    </message>
    <message>
        <source>renew a policy</source>
        <translation>renovar una póliza</translation>
    </message>
    <message>
        <source>run a renewal through its certificate masters</source>
        <translation>aplicar una renovación a sus plantillas de certificado</translation>
    </message>
    <message>
        <source>mark a policy as not renewing</source>
        <translation>marcar una póliza como no renovada</translation>
    </message>
    <message>
        <source>notify certificate holders of a lapsed policy</source>
        <translation>avisar a los titulares de certificado de una póliza caducada</translation>
    </message>
    <message>
        <source>print or remove certificates in the print queue</source>
        <translation>imprimir o quitar certificados de la cola de impresión</translation>
    </message>
    <message>
        <source>change the renewal settings</source>
        <translation>cambiar la configuración de renovaciones</translation>
    </message>
</context>
<context>
    <name>SentEmailAttacher</name>
    <message>
        <source>it is still queued</source>
        <translation>todavía está en cola</translation>
    </message>
    <message>
        <source>it is being sent</source>
        <translation>se está enviando</translation>
    </message>
    <message>
        <source>sending it failed</source>
        <translation>su envío falló</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>fue cancelado</translation>
    </message>
    <message>
        <source>Email %1 has not been sent (%2); only a sent email can be attached to a policy or an insured.</source>
        <translation>El correo %1 no se ha enviado (%2); solo un correo enviado puede adjuntarse a una póliza o a un asegurado.</translation>
    </message>
    <message>
        <source>Email %1 is not linked to a client; name the insured to attach it to.</source>
        <translation>El correo %1 no está vinculado a ningún cliente; indique el asegurado al que adjuntarlo.</translation>
    </message>
    <message>
        <source>Policy %1 is not %2&apos;s, so email %3 cannot be attached to it.</source>
        <translation>La póliza %1 no es de %2, así que el correo %3 no puede adjuntarse a ella.</translation>
    </message>
    <message>
        <source>%1: nothing to add</source>
        <translation>%1: nada que agregar</translation>
    </message>
    <message>
        <source>on the insured (no policy)</source>
        <translation>en el asegurado (sin póliza)</translation>
    </message>
    <message>
        <source>on policy %1</source>
        <translation>en la póliza %1</translation>
    </message>
    <message>
        <source>Email %1 is already attached as document %2 &quot;%3&quot; %4; nothing was added.</source>
        <translation>El correo %1 ya está adjunto como documento %2 «%3» %4; no se agregó nada.</translation>
    </message>
    <message>
        <source>Email %1 attached as document %2 &quot;%3&quot; %4, with %5 PDF attachment(s) as linked documents.</source>
        <translation>Correo %1 adjuntado como documento %2 «%3» %4, con %5 adjunto(s) PDF como documentos vinculados.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Permission denied: %1 (%2) may not %3.</source>
        <translation>Permiso denegado: %1 (%2) no puede %3.</translation>
    </message>
</context>
<context>
    <name>UnattachedDownloadService</name>
    <message>
        <source>Unattached download %1 does not exist.</source>
        <translation>La descarga sin vincular %1 no existe.</translation>
    </message>
    <message>
        <source>Policy %1 is not waiting in Unattached downloads (it belongs to insured %2).</source>
        <translation>La póliza %1 no está esperando en Descargas sin vincular (pertenece al asegurado %2).</translation>
    </message>
    <message>
        <source>The download&apos;s insured cannot be added as it is: %1</source>
        <translation>El asegurado de la descarga no se puede agregar tal como está: %1</translation>
    </message>
    <message>
        <source>Policy %1 is not attached to an insured; it is already in Unattached downloads.</source>
        <translation>La póliza %1 no está vinculada a ningún asegurado; ya está en Descargas sin vincular.</translation>
    </message>
    <message>
        <source>Policy %1 is on the certificate master(s) %2 of %3; take it off there before un-attaching it.</source>
        <translation>La póliza %1 está en la(s) plantilla(s) de certificado %2 de %3; quítela de allí antes de desvincularla.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>User name &quot;%1&quot; must be 2 to 64 letters, digits, dots, dashes, underscores or @.</source>
        <translation>El nombre de usuario &quot;%1&quot; debe tener de 2 a 64 letras, dígitos, puntos, guiones, guiones bajos o @.</translation>
    </message>
    <message>
        <source>The full name must be one line.</source>
        <translation>El nombre completo debe ocupar una sola línea.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un usuario llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This is the last active manager; add another manager first.</source>
        <translation>Es el último gerente activo; agregue primero otro gerente.</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>El usuario %1 no existe.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; does not exist.</source>
        <translation>El usuario &quot;%1&quot; no existe.</translation>
    </message>
</context>
<context>
    <name>agencydesk::AboutDialog</name>
    <message>
        <source>About AgencyDesk</source>
        <translation>Acerca de AgencyDesk</translation>
    </message>
    <message>
        <source>AgencyDesk %1 (build %2)</source>
        <translation>AgencyDesk %1 (compilación %2)</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilado con %2)</translation>
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
        <translation>Sistema: %1, %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Created by %1; last opened by %2</source>
        <translation>Creada por %1; abierta por última vez por %2</translation>
    </message>
    <message>
        <source>an earlier version</source>
        <translation>una versión anterior</translation>
    </message>
    <message>
        <source>&lt;h2&gt;AgencyDesk %1&lt;/h2&gt;&lt;p&gt;Agency management for insurance CSRs: insureds, policies, documents and certificates of insurance in one place.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;AgencyDesk %1&lt;/h2&gt;&lt;p&gt;Gestión de agencias para representantes de servicio al cliente de seguros: asegurados, pólizas, documentos y certificados de seguro en un solo lugar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version information</source>
        <translation>Información de versión</translation>
    </message>
    <message>
        <source>Third-party licenses</source>
        <translation>Licencias de terceros</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Versión</translation>
    </message>
    <message>
        <source>&amp;Licenses</source>
        <translation>&amp;Licencias</translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation>&amp;Copiar la información de versión</translation>
    </message>
</context>
<context>
    <name>agencydesk::AgencyProfileDialog</name>
    <message>
        <source>Agency profile</source>
        <translation>Perfil de la agencia</translation>
    </message>
    <message>
        <source>Could not read the agency profile.</source>
        <translation>No se pudo leer el perfil de la agencia.</translation>
    </message>
    <message>
        <source>The agency profile was not saved.</source>
        <translation>El perfil de la agencia no se guardó.</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renovaciones</translation>
    </message>
    <message>
        <source>Renewal follow-through</source>
        <translation>Seguimiento de renovaciones</translation>
    </message>
    <message>
        <source>Update masters and re-issue certificates at once</source>
        <translation>Actualizar las plantillas y reemitir los certificados de inmediato</translation>
    </message>
    <message>
        <source>Ask the CSR first</source>
        <translation>Preguntar primero al ejecutivo</translation>
    </message>
    <message>
        <source>Renewals due window in days</source>
        <translation>Plazo de renovaciones pendientes, en días</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Renewals due &amp;lists policies expiring within:</source>
        <translation>Renovaciones pendientes &amp;lista las pólizas que vencen en:</translation>
    </message>
    <message>
        <source>Could not read the renewal settings.</source>
        <translation>No se pudo leer la configuración de renovaciones.</translation>
    </message>
    <message>
        <source>The renewal settings were not saved.</source>
        <translation>No se guardó la configuración de renovaciones.</translation>
    </message>
    <message>
        <source>&amp;After a renewal or new dates:</source>
        <translation>&amp;Tras una renovación o nuevas fechas:</translation>
    </message>
</context>
<context>
    <name>agencydesk::AgencyProfileForm</name>
    <message>
        <source>Agency name</source>
        <translation>Nombre de la agencia</translation>
    </message>
    <message>
        <source>Agency &amp;name:</source>
        <translation>&amp;Nombre de la agencia:</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Dirección, línea 1</translation>
    </message>
    <message>
        <source>Address &amp;1:</source>
        <translation>Dirección &amp;1:</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Dirección, línea 2</translation>
    </message>
    <message>
        <source>Address &amp;2:</source>
        <translation>Dirección &amp;2:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Estado o provincia</translation>
    </message>
    <message>
        <source>&amp;State / province:</source>
        <translation>E&amp;stado / provincia:</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation>&amp;Fax:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Corr&amp;eo electrónico:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontacto:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Certificates&lt;/b&gt;</source>
        <translation>&lt;b&gt;Certificados&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Certificate paper size</source>
        <translation>Tamaño de papel de los certificados</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Legal (8.5 × 14 in)</source>
        <translation>Oficio (8,5 × 14 pulg.)</translation>
    </message>
    <message>
        <source>Pape&amp;r size:</source>
        <translation>Tamaño de pape&amp;l:</translation>
    </message>
    <message>
        <source>Certificate date format</source>
        <translation>Formato de fecha de los certificados</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>Formato de fec&amp;ha:</translation>
    </message>
    <message>
        <source>Compliance warning days</source>
        <translation>Días de aviso de cumplimiento</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Compliance flags a policy that expires within this many days of the certificate date (0: only policies not in force).</source>
        <translation>La comprobación de cumplimiento marca una póliza que vence dentro de esta cantidad de días desde la fecha del certificado (0: solo las pólizas que no están en vigor).</translation>
    </message>
    <message>
        <source>&amp;Warn of expiry within:</source>
        <translation>A&amp;visar vencimientos dentro de:</translation>
    </message>
</context>
<context>
    <name>agencydesk::AttachEmailDialog</name>
    <message>
        <source>Attach email to policy</source>
        <translation>Adjuntar el correo a una póliza</translation>
    </message>
    <message>
        <source>Kept as the message that was sent (without Bcc), type Correspondence, issued %1. Its PDF attachments become documents linked to it.</source>
        <translation>Se guarda tal como se envió (sin CCO), tipo Correspondence, emitido el %1. Sus adjuntos PDF pasan a ser documentos vinculados.</translation>
    </message>
    <message>
        <source>&amp;Keep it on:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nombre del archivo:</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Adjuntar</translation>
    </message>
    <message>
        <source>Email %1 is not linked to a client.</source>
        <translation>El correo %1 no está vinculado a ningún cliente.</translation>
    </message>
    <message>
        <source>Keep email %1, &quot;%2&quot;, in %3&apos;s documents.</source>
        <translation>Guardar el correo %1, «%2», en los documentos de %3.</translation>
    </message>
    <message>
        <source>%1 only (no policy)</source>
        <translation>Solo %1 (sin póliza)</translation>
    </message>
    <message>
        <source>%1 - %2, %3, %4 to %5 (%6)</source>
        <translation>%1 - %2, %3, del %4 al %5 (%6)</translation>
    </message>
</context>
<context>
    <name>agencydesk::CarriersDialog</name>
    <message>
        <source>Carriers</source>
        <translation>Aseguradoras</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>NAIC</source>
        <translation>NAIC</translation>
    </message>
    <message>
        <source>&amp;Save changes to the selected carrier</source>
        <translation>&amp;Guardar los cambios de la aseguradora seleccionada</translation>
    </message>
    <message>
        <source>New carrier name</source>
        <translation>Nombre de la nueva aseguradora</translation>
    </message>
    <message>
        <source>Carrier name</source>
        <translation>Nombre de la aseguradora</translation>
    </message>
    <message>
        <source>New carrier NAIC code</source>
        <translation>Código NAIC de la nueva aseguradora</translation>
    </message>
    <message>
        <source>NAIC (5 digits)</source>
        <translation>NAIC (5 dígitos)</translation>
    </message>
    <message>
        <source>&amp;Add carrier</source>
        <translation>&amp;Agregar aseguradora</translation>
    </message>
    <message>
        <source>Could not list the carriers.</source>
        <translation>No se pudo obtener la lista de aseguradoras.</translation>
    </message>
    <message>
        <source>The carrier was not added.</source>
        <translation>La aseguradora no se agregó.</translation>
    </message>
    <message>
        <source>The carrier was not saved.</source>
        <translation>La aseguradora no se guardó.</translation>
    </message>
</context>
<context>
    <name>agencydesk::CertificateBatchIssuer</name>
    <message>
        <source>Holder %1</source>
        <translation>Titular %1</translation>
    </message>
    <message>
        <source>%1 is a holder on another certificate master.</source>
        <translation>%1 es titular de otra plantilla de certificado.</translation>
    </message>
</context>
<context>
    <name>agencydesk::CertificateEmailDialog</name>
    <message>
        <source>Email certificate %1</source>
        <translation>Enviar el certificado %1 por correo</translation>
    </message>
    <message>
        <source>To the &amp;holder:</source>
        <translation>Al &amp;titular:</translation>
    </message>
    <message>
        <source>To the &amp;client:</source>
        <translation>Al &amp;cliente:</translation>
    </message>
    <message>
        <source>more addresses, separated by commas (they get the holder&apos;s email)</source>
        <translation>más direcciones, separadas por comas (reciben el correo del titular)</translation>
    </message>
    <message>
        <source>A message for the email (optional)</source>
        <translation>Un mensaje para el correo (opcional)</translation>
    </message>
    <message>
        <source>Also &amp;to:</source>
        <translation>Tam&amp;bién a:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Preview (the agency gets a Bcc copy of every client email):</source>
        <translation>Vista previa (la agencia recibe una copia oculta de cada correo a clientes):</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;To:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Subject:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Attached:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Para:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Asunto:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Adjunto:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nada que enviar</translation>
    </message>
    <message>
        <source>Choose who gets the certificate.</source>
        <translation>Elija quién recibe el certificado.</translation>
    </message>
    <message>
        <source>The certificate was not emailed.</source>
        <translation>El certificado no se envió por correo.</translation>
    </message>
</context>
<context>
    <name>agencydesk::CertificateIssueController</name>
    <message>
        <source>... and %1 more.</source>
        <translation>... y %1 más.</translation>
    </message>
    <message>
        <source>No certificate was issued.</source>
        <translation>No se emitió ningún certificado.</translation>
    </message>
    <message>
        <source>Issuing certificates</source>
        <translation>Emisión de certificados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking the holders&apos; requirements...</source>
        <translation>Comprobando los requisitos de los titulares...</translation>
    </message>
    <message>
        <source>Issuing certificates...</source>
        <translation>Emitiendo certificados...</translation>
    </message>
    <message>
        <source>Checking %1 of %2: %3</source>
        <translation>Comprobando %1 de %2: %3</translation>
    </message>
    <message>
        <source>Issuing %1 of %2: %3</source>
        <translation>Emitiendo %1 de %2: %3</translation>
    </message>
    <message>
        <source>No certificate was issued</source>
        <translation>No se emitió ningún certificado</translation>
    </message>
    <message>
        <source>Requirements not met</source>
        <translation>Requisitos no cumplidos</translation>
    </message>
    <message>
        <source>%1 does not meet its requirements:

%2

Issue the certificate anyway? The override is recorded in the certificate log.</source>
        <translation>%1 no cumple sus requisitos:

%2

¿Emitir el certificado de todos modos? La excepción queda registrada en el registro de certificados.</translation>
    </message>
    <message>
        <source>Issued 1 certificate.</source>
        <translation>Se emitió 1 certificado.</translation>
    </message>
    <message>
        <source>Issued %1 certificates.</source>
        <translation>Se emitieron %1 certificados.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 holders; the certificates issued before are kept.</source>
        <translation>Cancelado después de %1 de %2 titulares; se conservan los certificados emitidos antes.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message>
        <source>Skipped 1 holder whose requirements are not met.</source>
        <translation>Se omitió 1 titular que no cumple sus requisitos.</translation>
    </message>
    <message>
        <source>Skipped %1 holders whose requirements are not met.</source>
        <translation>Se omitieron %1 titulares que no cumplen sus requisitos.</translation>
    </message>
    <message>
        <source>Not issued to %1:</source>
        <translation>No emitido a %1:</translation>
    </message>
    <message>
        <source>1 holder</source>
        <translation>1 titular</translation>
    </message>
    <message>
        <source>%1 holders</source>
        <translation>%1 titulares</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Certificados emitidos</translation>
    </message>
</context>
<context>
    <name>agencydesk::CertificateLogModel</name>
    <message>
        <source>printed</source>
        <translation>impreso</translation>
    </message>
    <message>
        <source>emailed</source>
        <translation>enviado por correo</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>guardado</translation>
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
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Reemplazado</translation>
    </message>
    <message>
        <source>Superseded by rev %1</source>
        <translation>Reemplazado por la rev. %1</translation>
    </message>
    <message>
        <source>, override</source>
        <translation>, excepción</translation>
    </message>
    <message>
        <source>Last %1 by %2 on %3%4</source>
        <translation>Última entrega: %1 por %2 el %3%4</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Issued although the holder&apos;s requirements were not met (see the activity log).</source>
        <translation>Emitido aunque no se cumplían los requisitos del titular (consulte el registro de actividad).</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Rev</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>agencydesk::CertificateLogWidget</name>
    <message>
        <source>Certificate log</source>
        <translation>Registro de certificados</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Show the certificate as issued</source>
        <translation>Mostrar el certificado tal como se emitió</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the certificate</source>
        <translation>Imprimir el certificado</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Vista previa de impre&amp;sión…</translation>
    </message>
    <message>
        <source>See the printed pages before printing</source>
        <translation>Ver las páginas impresas antes de imprimir</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the certificate&apos;s PDF exactly as issued</source>
        <translation>Guardar el PDF del certificado exactamente como se emitió</translation>
    </message>
    <message>
        <source>&amp;Re-issue…</source>
        <translation>Volver a e&amp;mitir…</translation>
    </message>
    <message>
        <source>Issue the next revision for the same holder</source>
        <translation>Emitir la siguiente revisión para el mismo titular</translation>
    </message>
    <message>
        <source>Could not load the certificate log.</source>
        <translation>No se pudo cargar el registro de certificados.</translation>
    </message>
    <message>
        <source>No certificate has been issued to this holder yet.</source>
        <translation>Todavía no se ha emitido ningún certificado a este titular.</translation>
    </message>
    <message>
        <source>No certificate has been issued for this insured yet.</source>
        <translation>Todavía no se ha emitido ningún certificado para este asegurado.</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>&amp;Correo…</translation>
    </message>
    <message>
        <source>Email the certificate to the holder and/or the client</source>
        <translation>Enviar el certificado por correo al titular, al cliente o a ambos</translation>
    </message>
</context>
<context>
    <name>agencydesk::CertificatesTab</name>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Pick an insured first.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+F&lt;/b&gt; and type a name, policy number or city, or choose an insured on the Insureds tab; its certificate masters, holders and issued certificates appear here.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Primero elija un asegurado.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pulse &lt;b&gt;Ctrl+F&lt;/b&gt; y escriba un nombre, un número de póliza o una ciudad, o elija un asegurado en la pestaña Asegurados; aquí aparecen sus plantillas de certificado, sus titulares y sus certificados emitidos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Certificate masters</source>
        <translation>Plantillas de certificado</translation>
    </message>
    <message>
        <source>&amp;Masters (Enter edits, Delete deletes):</source>
        <translation>&amp;Plantillas (Intro edita, Supr elimina):</translation>
    </message>
    <message>
        <source>Shared with client p&amp;ortal</source>
        <translation>Compartida con el p&amp;ortal del cliente</translation>
    </message>
    <message>
        <source>The client sees this master&apos;s certificates in their portal account; only a master with a policy in force can be shared</source>
        <translation>El cliente ve los certificados de esta plantilla en su cuenta del portal; solo se puede compartir una plantilla con una póliza en vigor</translation>
    </message>
    <message>
        <source>Remove lapsed lines…</source>
        <translation>Quitar líneas vencidas…</translation>
    </message>
    <message>
        <source>&amp;New master…</source>
        <translation>&amp;Nueva plantilla…</translation>
    </message>
    <message>
        <source>&amp;Edit master…</source>
        <translation>&amp;Editar plantilla…</translation>
    </message>
    <message>
        <source>De&amp;lete master</source>
        <translation>E&amp;liminar plantilla</translation>
    </message>
    <message>
        <source>Certificate holders</source>
        <translation>Titulares del certificado</translation>
    </message>
    <message>
        <source>Ne&amp;w holder…</source>
        <translation>Nue&amp;vo titular…</translation>
    </message>
    <message>
        <source>Edi&amp;t holder…</source>
        <translation>Edi&amp;tar titular…</translation>
    </message>
    <message>
        <source>Delete holder</source>
        <translation>Eliminar titular</translation>
    </message>
    <message>
        <source>Iss&amp;ue certificate…</source>
        <translation>Emitir &amp;certificado…</translation>
    </message>
    <message>
        <source>Issue a certificate for each selected holder (Ctrl+I)</source>
        <translation>Emitir un certificado para cada titular seleccionado (Ctrl+I)</translation>
    </message>
    <message>
        <source>Certificates for %1</source>
        <translation>Certificados de %1</translation>
    </message>
    <message>
        <source>The masters could not be read: %1</source>
        <translation>No se pudieron leer las plantillas: %1</translation>
    </message>
    <message>
        <source>1 policy</source>
        <translation>1 póliza</translation>
    </message>
    <message>
        <source>%1 policies</source>
        <translation>%1 pólizas</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Holder&amp;s of %1:</source>
        <translation>Titulare&amp;s de %1:</translation>
    </message>
    <message>
        <source>Holder&amp;s (select a master first):</source>
        <translation>Titulare&amp;s (primero elija una plantilla):</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>1 line is no longer in force: %1.</source>
        <translation>1 línea ya no está en vigor: %1.</translation>
    </message>
    <message>
        <source>%1 lines are no longer in force: %2.</source>
        <translation>%1 líneas ya no están en vigor: %2.</translation>
    </message>
    <message>
        <source>No certificate masters yet: New master picks the policies a certificate shows.</source>
        <translation>Todavía no hay plantillas de certificado: Nueva plantilla elige las pólizas que muestra un certificado.</translation>
    </message>
    <message>
        <source>ADDL INSD</source>
        <translation>ASEG. ADIC.</translation>
    </message>
    <message>
        <source>SUBR WVD</source>
        <translation>RENUNC. SUBR.</translation>
    </message>
    <message>
        <source>%1  %2 %3 · %4%5</source>
        <translation>%1  %2 %3 · %4%5</translation>
    </message>
    <message>
        <source>The master was not shared with the client portal.</source>
        <translation>La plantilla no se compartió con el portal del cliente.</translation>
    </message>
    <message>
        <source>The master is still shared with the client portal.</source>
        <translation>La plantilla sigue compartida con el portal del cliente.</translation>
    </message>
    <message>
        <source>Remove lapsed lines</source>
        <translation>Quitar líneas vencidas</translation>
    </message>
    <message>
        <source>The lapsed lines were not removed.</source>
        <translation>No se quitaron las líneas vencidas.</translation>
    </message>
    <message>
        <source>Iss&amp;ue %1 certificates…</source>
        <translation>Emitir %1 &amp;certificados…</translation>
    </message>
    <message>
        <source>Delete certificate master</source>
        <translation>Eliminar plantilla de certificado</translation>
    </message>
    <message>
        <source>Delete the certificate master %1 and its holders (%2)?</source>
        <translation>¿Eliminar la plantilla de certificado %1 y sus titulares (%2)?</translation>
    </message>
    <message>
        <source>The certificate master was not deleted.</source>
        <translation>No se eliminó la plantilla de certificado.</translation>
    </message>
    <message>
        <source>%1 holders</source>
        <translation>%1 titulares</translation>
    </message>
    <message>
        <source>Delete certificate holder</source>
        <translation>Eliminar titular del certificado</translation>
    </message>
    <message>
        <source>Delete %1 from this master?</source>
        <translation>¿Eliminar a %1 de esta plantilla?</translation>
    </message>
    <message>
        <source>The certificate holder was not deleted.</source>
        <translation>No se eliminó el titular del certificado.</translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation>Emitido %1.</translation>
    </message>
    <message>
        <source>Issued %1 certificates, %2 … %3.</source>
        <translation>Se emitieron %1 certificados, %2 … %3.</translation>
    </message>
    <message>
        <source>&amp;Notify holders…</source>
        <translation>A&amp;visar a los titulares…</translation>
    </message>
    <message>
        <source>Email the holders that these policies are no longer in force</source>
        <translation>Avisar por correo a los titulares que estas pólizas ya no están vigentes</translation>
    </message>
    <message>
        <source>Could not list the lapsed lines.</source>
        <translation>No se pudieron listar las líneas caducadas.</translation>
    </message>
    <message>
        <source>Take these lines off the master %1? %2

The policies stay on file. Holders who receive renewal certificates then get a certificate without these lines.</source>
        <translation>¿Quitar estas líneas de la plantilla %1? %2

Las pólizas se conservan. Los titulares que reciben certificados de renovación recibirán después un certificado sin estas líneas.</translation>
    </message>
</context>
<context>
    <name>agencydesk::ClientViewDialog</name>
    <message>
        <source>View as client: %1</source>
        <translation>Ver como el cliente: %1</translation>
    </message>
    <message>
        <source>%1, user name %2</source>
        <translation>%1, usuario %2</translation>
    </message>
    <message>
        <source>What %1 sees in the client portal on %2 (portal account: %3). Read only.</source>
        <translation>Lo que %1 ve en el portal de clientes el %2 (cuenta del portal: %3). Solo lectura.</translation>
    </message>
    <message>
        <source>Policies in effect</source>
        <translation>Pólizas vigentes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ramo</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>No policy in effect today.</source>
        <translation>Ninguna póliza vigente hoy.</translation>
    </message>
    <message>
        <source>Shared documents</source>
        <translation>Documentos compartidos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Póliza</translation>
    </message>
    <message>
        <source>No document is shared.</source>
        <translation>Ningún documento está compartido.</translation>
    </message>
    <message>
        <source>(none issued)</source>
        <translation>(ninguno emitido)</translation>
    </message>
    <message>
        <source>Shared certificates</source>
        <translation>Certificados compartidos</translation>
    </message>
    <message>
        <source>Certificate master</source>
        <translation>Plantilla de certificado</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>No certificate master is shared.</source>
        <translation>Ninguna plantilla de certificado está compartida.</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Solicitudes abiertas</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>No open request.</source>
        <translation>Ninguna solicitud abierta.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiver of subrogation</source>
        <translation>Renuncia de subrogación</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
</context>
<context>
    <name>agencydesk::ComplianceQuestionDialog</name>
    <message>
        <source>Requirements not met</source>
        <translation>Requisitos no cumplidos</translation>
    </message>
    <message>
        <source>1 of %1 holders does not meet its requirements:</source>
        <translation>1 de %1 titulares no cumple sus requisitos:</translation>
    </message>
    <message>
        <source>%1 of %2 holders do not meet their requirements:</source>
        <translation>%1 de %2 titulares no cumplen sus requisitos:</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Issuing to them anyway records an override in the certificate log.</source>
        <translation>Emitirles el certificado de todos modos registra una excepción en el registro de certificados.</translation>
    </message>
    <message>
        <source>Issue all (record override)</source>
        <translation>Emitir todos (registrar la excepción)</translation>
    </message>
    <message>
        <source>Issue only compliant holders</source>
        <translation>Emitir solo a los titulares que cumplen</translation>
    </message>
</context>
<context>
    <name>agencydesk::DocumentAddController</name>
    <message>
        <source>Adding documents</source>
        <translation>Agregando documentos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reading the files...</source>
        <translation>Leyendo los archivos...</translation>
    </message>
    <message>
        <source>Finishing...</source>
        <translation>Finalizando...</translation>
    </message>
    <message>
        <source>Adding %1 of %2: %3</source>
        <translation>Agregando %1 de %2: %3</translation>
    </message>
    <message>
        <source>Adding documents stopped</source>
        <translation>Se detuvo la carga de documentos</translation>
    </message>
    <message>
        <source>%1

%2 of %3 files were added before it stopped.</source>
        <translation>%1

Se agregaron %2 de %3 archivos antes de que se detuviera.</translation>
    </message>
    <message>
        <source>%1 of %2 files were added. Not added:

%3</source>
        <translation>Se agregaron %1 de %2 archivos. No agregados:

%3</translation>
    </message>
    <message>
        <source>

Notes:
%1</source>
        <translation>

Notas:
%1</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Algunos archivos no se agregaron</translation>
    </message>
    <message>
        <source>Documents added</source>
        <translation>Documentos agregados</translation>
    </message>
    <message>
        <source>%1 of %2 files were added.

%3</source>
        <translation>Se agregaron %1 de %2 archivos.

%3</translation>
    </message>
</context>
<context>
    <name>agencydesk::DocumentMetadataDialog</name>
    <message>
        <source>Add documents to %1</source>
        <translation>Agregar documentos a %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>1 file for %1.</source>
        <translation>1 archivo para %1.</translation>
    </message>
    <message>
        <source>%1 files for %2. The values below apply to every file; change a file&apos;s own values in its row.</source>
        <translation>%1 archivos para %2. Los valores de abajo se aplican a todos los archivos; cambie los valores de un archivo en su fila.</translation>
    </message>
    <message>
        <source>e.g. Renewal declarations for the 2027 term</source>
        <translation>p. ej., Declaraciones de renovación para la vigencia 2027</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>&amp;Tipo de documento:</translation>
    </message>
    <message>
        <source>&amp;Issue date:</source>
        <translation>Fecha de e&amp;misión:</translation>
    </message>
    <message>
        <source>Business &amp;purpose:</source>
        <translation>&amp;Propósito comercial:</translation>
    </message>
    <message>
        <source>P&amp;olicy:</source>
        <translation>Pó&amp;liza:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Business purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Póliza</translation>
    </message>
    <message>
        <source>&amp;Add document</source>
        <translation>&amp;Agregar documento</translation>
    </message>
    <message>
        <source>&amp;Add documents</source>
        <translation>&amp;Agregar documentos</translation>
    </message>
    <message>
        <source>(no policy)</source>
        <translation>(sin póliza)</translation>
    </message>
</context>
<context>
    <name>agencydesk::DocumentTableModel</name>
    <message>
        <source>Email (%1)</source>
        <translation>Correo (%1)</translation>
    </message>
    <message>
        <source>Shared with the client&apos;s portal account since %1</source>
        <translation>Compartido con la cuenta del portal del cliente desde el %1</translation>
    </message>
    <message>
        <source>Not shared with the client</source>
        <translation>No compartido con el cliente</translation>
    </message>
    <message>
        <source>Poppler repaired this file when it was added.</source>
        <translation>Poppler reparó este archivo cuando se agregó.</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>compartido</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>no compartido</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Business purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Póliza</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Agregado por</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado el</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Asegurado</translation>
    </message>
</context>
<context>
    <name>agencydesk::DocumentsTab</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Filter every insured&apos;s documents by file, type, purpose or insured</source>
        <translation>Filtrar los documentos de todos los asegurados por archivo, tipo, propósito o asegurado</translation>
    </message>
    <message>
        <source>Drop PDFs, PNG or JPEG pictures and .eml emails here to add them.</source>
        <translation>Suelte aquí archivos PDF, imágenes PNG o JPEG y correos .eml para agregarlos.</translation>
    </message>
    <message>
        <source>&amp;Add files...</source>
        <translation>Ag&amp;regar archivos...</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>Com&amp;partir</translation>
    </message>
    <message>
        <source>&amp;Un-share</source>
        <translation>De&amp;jar de compartir</translation>
    </message>
    <message>
        <source>&amp;Resend shared notification</source>
        <translation>Reen&amp;viar aviso al cliente</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>Pó&amp;liza</translation>
    </message>
    <message>
        <source>Attach the selected documents to one of the insured&apos;s policies, or detach them</source>
        <translation>Vincular los documentos seleccionados a una de las pólizas del asegurado, o desvincularlos</translation>
    </message>
    <message>
        <source>Save &amp;copy...</source>
        <translation>Guardar c&amp;opia...</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Abr&amp;ir</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Abrir el documento</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>Impri&amp;mir...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Documents of %1</source>
        <translation>Documentos de %1</translation>
    </message>
    <message>
        <source>Documents of every insured</source>
        <translation>Documentos de todos los asegurados</translation>
    </message>
    <message>
        <source>From: %1
To: %2
Date: %3
Subject: %4

%5</source>
        <translation>De: %1
Para: %2
Fecha: %3
Asunto: %4

%5</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Agregar documentos</translation>
    </message>
    <message>
        <source>Select an insured on the Insureds tab first, or drop the files onto an insured.</source>
        <translation>Primero seleccione un asegurado en la pestaña Asegurados, o suelte los archivos sobre un asegurado.</translation>
    </message>
    <message>
        <source>Documents are still being added; try again when done.</source>
        <translation>Todavía se están agregando documentos; inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.eml);;All files (*)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg *.eml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Share with the client</source>
        <translation>Compartir con el cliente</translation>
    </message>
    <message numerus="yes">
        <source>Share %n document(s) with the client&apos;s portal account.

Notify the client by email now?</source>
        <translation>
            <numerusform>Compartir %n documento con la cuenta del portal del cliente.

¿Avisar al cliente por correo ahora?</numerusform>
            <numerusform>Compartir %n documentos con la cuenta del portal del cliente.

¿Avisar al cliente por correo ahora?</numerusform>
        </translation>
    </message>
    <message>
        <source>Share documents</source>
        <translation>Compartir documentos</translation>
    </message>
    <message>
        <source>Un-share documents</source>
        <translation>Dejar de compartir documentos</translation>
    </message>
    <message>
        <source>Resend shared notification</source>
        <translation>Reenviar el aviso al cliente</translation>
    </message>
    <message>
        <source>The client will be notified again (the email goes out with the outgoing mail).</source>
        <translation>Se avisará de nuevo al cliente (el correo sale con el correo saliente).</translation>
    </message>
    <message>
        <source>Attach to %1 (%2)</source>
        <translation>Vincular a %1 (%2)</translation>
    </message>
    <message>
        <source>Detach from the policy</source>
        <translation>Desvincular de la póliza</translation>
    </message>
    <message>
        <source>Attach to a policy</source>
        <translation>Vincular a una póliza</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Email (*.eml)</source>
        <translation>Correo (*.eml)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Archivo PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Delete documents</source>
        <translation>Eliminar documentos</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n document(s)? The activity trail keeps a record of each.</source>
        <translation>
            <numerusform>¿Eliminar %n documento? El registro de actividad conserva constancia de él.</numerusform>
            <numerusform>¿Eliminar %n documentos? El registro de actividad conserva constancia de cada uno.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agencydesk::DownloadFolderWatcher</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>%1 cannot be written to: imported files could not be moved out of it.</source>
        <translation>No se puede escribir en %1: los archivos importados no podrían moverse fuera de ella.</translation>
    </message>
</context>
<context>
    <name>agencydesk::DownloadImportController</name>
    <message>
        <source>No download was imported.</source>
        <translation>No se importó ninguna descarga.</translation>
    </message>
    <message>
        <source>Importing downloads</source>
        <translation>Importando descargas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reading the files...</source>
        <translation>Leyendo los archivos...</translation>
    </message>
    <message>
        <source>Imported %1 of %2 files.</source>
        <translation>Se importaron %1 de %2 archivos.</translation>
    </message>
    <message>
        <source>Importing file %1 of %2: %3</source>
        <translation>Importando el archivo %1 de %2: %3</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>La importación se detuvo</translation>
    </message>
    <message>
        <source>%1

Files imported before the problem stay imported.</source>
        <translation>%1

Los archivos importados antes del problema siguen importados.</translation>
    </message>
    <message>
        <source>Downloads in the watched folder were not imported: %1</source>
        <translation>Las descargas de la carpeta vigilada no se importaron: %1</translation>
    </message>
</context>
<context>
    <name>agencydesk::DownloadImportSummaryDialog</name>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importada</numerusform>
            <numerusform>%n importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizada</numerusform>
            <numerusform>%n actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unattached</source>
        <translation>
            <numerusform>%n sin vincular</numerusform>
            <numerusform>%n sin vincular</numerusform>
        </translation>
    </message>
    <message>
        <source>No policies</source>
        <translation>Ninguna póliza</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>byte %1</translation>
    </message>
    <message>
        <source>Import downloads: summary</source>
        <translation>Importación de descargas: resumen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 imported&lt;/b&gt;, %2 updated, %3 unchanged, &lt;b&gt;%4 unattached&lt;/b&gt;, &lt;b&gt;%5 failed&lt;/b&gt; (%6 files read).</source>
        <translation>&lt;b&gt;%1 importadas&lt;/b&gt;, %2 actualizadas, %3 sin cambios, &lt;b&gt;%4 sin vincular&lt;/b&gt;, &lt;b&gt;%5 con error&lt;/b&gt; (%6 archivos leídos).</translation>
    </message>
    <message>
        <source>Cancelled: the remaining files were not read.</source>
        <translation>Cancelado: los archivos restantes no se leyeron.</translation>
    </message>
    <message>
        <source>A failed file was not imported at all; fix it or ask the carrier for a new download, then import it again.</source>
        <translation>Un archivo con error no se importó en absoluto; corríjalo o pida a la aseguradora una descarga nueva y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>Unattached policies wait in Unattached downloads for you to say whose they are.</source>
        <translation>Las pólizas sin vincular esperan en Descargas sin vincular a que indique de quién son.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>&amp;Save summary…</source>
        <translation>&amp;Guardar resumen…</translation>
    </message>
    <message>
        <source>Show &amp;unattached…</source>
        <translation>Mostrar &amp;sin vincular…</translation>
    </message>
    <message>
        <source>Save import summary</source>
        <translation>Guardar el resumen de la importación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Summary not saved</source>
        <translation>Resumen no guardado</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>agencydesk::FirstRunDialog</name>
    <message>
        <source>Set up AgencyDesk</source>
        <translation>Configurar AgencyDesk</translation>
    </message>
    <message>
        <source>Welcome. Enter your agency (it appears as the producer on certificates) and the first manager&apos;s account.</source>
        <translation>Bienvenido. Ingrese su agencia (aparece como productor en los certificados) y la cuenta del primer gerente.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>First manager</source>
        <translation>Primer gerente</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repetir la contraseña</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>F&amp;ull name:</source>
        <translation>Nombre co&amp;mpleto:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Repetir la contrase&amp;ña:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Please check the form</source>
        <translation>Revise el formulario</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>The agency was not set up.</source>
        <translation>No se configuró la agencia.</translation>
    </message>
</context>
<context>
    <name>agencydesk::HolderDetailWidget</name>
    <message>
        <source>Compliance of the holder&apos;s requirements</source>
        <translation>Cumplimiento de los requisitos del titular</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Whose certificates the log shows</source>
        <translation>De quién muestra los certificados el registro</translation>
    </message>
    <message>
        <source>The selected holder</source>
        <translation>El titular seleccionado</translation>
    </message>
    <message>
        <source>Every holder of the insured</source>
        <translation>Todos los titulares del asegurado</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Com&amp;pliance</source>
        <translation>Cum&amp;plimiento</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Certificate lo&amp;g</source>
        <translation>Re&amp;gistro de certificados</translation>
    </message>
    <message>
        <source>Select a holder to see whether the master&apos;s policies meet its requirements.</source>
        <translation>Seleccione un titular para ver si las pólizas de la plantilla cumplen sus requisitos.</translation>
    </message>
    <message>
        <source>Compliance could not be checked: %1</source>
        <translation>No se pudo comprobar el cumplimiento: %1</translation>
    </message>
    <message>
        <source>This holder has no requirements.</source>
        <translation>Este titular no tiene requisitos.</translation>
    </message>
    <message>
        <source>✓ Every requirement is met on %1.</source>
        <translation>✓ Se cumplen todos los requisitos al %1.</translation>
    </message>
    <message>
        <source>✗ %1 of %2 requirements are not met on %3; issuing asks for confirmation and records an override.</source>
        <translation>✗ No se cumplen %1 de %2 requisitos al %3; la emisión pide confirmación y registra una excepción.</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Cumplido</translation>
    </message>
    <message>
        <source>✗ Not met</source>
        <translation>✗ No cumplido</translation>
    </message>
    <message>
        <source>Select a holder to preview its certificate.</source>
        <translation>Seleccione un titular para ver la vista previa de su certificado.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Sin vista previa: %1</translation>
    </message>
    <message>
        <source>draft certificate</source>
        <translation>certificado borrador</translation>
    </message>
    <message>
        <source>Draft for %1 as it would be issued today (not issued yet).</source>
        <translation>Borrador para %1 tal como se emitiría hoy (aún no emitido).</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be shown: %2</source>
        <translation>No se puede mostrar el certificado %1: %2</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>certificado %1</translation>
    </message>
    <message>
        <source>Certificate %1, revision %2, issued %3 by %4 to %5 (the stored copy%6).</source>
        <translation>Certificado %1, revisión %2, emitido el %3 por %4 a %5 (la copia guardada%6).</translation>
    </message>
    <message>
        <source>, superseded</source>
        <translation>, reemplazado</translation>
    </message>
</context>
<context>
    <name>agencydesk::HolderDialog</name>
    <message>
        <source>Holder name</source>
        <translation>Nombre del titular</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Dirección, línea 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Dirección, línea 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Estado o provincia</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Email and print</source>
        <translation>Correo electrónico e impresión</translation>
    </message>
    <message>
        <source>Receives &amp;renewal certificates</source>
        <translation>Recibe los certificados de &amp;renovación</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Address &amp;1:</source>
        <translation>Dirección &amp;1:</translation>
    </message>
    <message>
        <source>Address &amp;2:</source>
        <translation>Dirección &amp;2:</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>Ciu&amp;dad:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>&amp;State / province:</source>
        <translation>E&amp;stado / provincia:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Corr&amp;eo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>Entre&amp;ga:</translation>
    </message>
    <message>
        <source>Minimum limits the holder requires</source>
        <translation>Límites mínimos que exige el titular</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>&amp;Add limit</source>
        <translation>&amp;Agregar límite</translation>
    </message>
    <message>
        <source>Re&amp;move limit</source>
        <translation>&amp;Quitar límite</translation>
    </message>
    <message>
        <source>Additional &amp;insured required</source>
        <translation>Asegurado ad&amp;icional obligatorio</translation>
    </message>
    <message>
        <source>&amp;Waiver of subrogation required</source>
        <translation>Renuncia a la s&amp;ubrogación obligatoria</translation>
    </message>
    <message>
        <source>Primary &amp;&amp; non-&amp;contributory required</source>
        <translation>Primaria &amp;&amp; no &amp;contributiva obligatoria</translation>
    </message>
    <message>
        <source>Requirements (minimum limits in whole dollars; 1M and 500K are understood)</source>
        <translation>Requisitos (límites mínimos en dólares enteros; se aceptan 1M y 500K)</translation>
    </message>
    <message>
        <source>Save the holder (Ctrl+S)</source>
        <translation>Guardar el titular (Ctrl+S)</translation>
    </message>
    <message>
        <source>New certificate holder</source>
        <translation>Nuevo titular del certificado</translation>
    </message>
    <message>
        <source>Could not open the certificate holder.</source>
        <translation>No se pudo abrir el titular del certificado.</translation>
    </message>
    <message>
        <source>Certificate holder %1</source>
        <translation>Titular del certificado %1</translation>
    </message>
    <message>
        <source>Required limit</source>
        <translation>Límite exigido</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Minimum for %1: %2</source>
        <translation>Mínimo para %1: %2</translation>
    </message>
    <message>
        <source>Please check the requirements</source>
        <translation>Revise los requisitos</translation>
    </message>
    <message>
        <source>The certificate holder was not added.</source>
        <translation>No se agregó el titular del certificado.</translation>
    </message>
    <message>
        <source>The certificate holder was not saved.</source>
        <translation>No se guardó el titular del certificado.</translation>
    </message>
</context>
<context>
    <name>agencydesk::HolderTableModel</name>
    <message>
        <source>Print</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Email and print</source>
        <translation>Correo electrónico e impresión</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>? Not checked</source>
        <translation>? Sin comprobar</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Cumplido</translation>
    </message>
    <message>
        <source>✗ Not met</source>
        <translation>✗ No cumplido</translation>
    </message>
    <message>
        <source>This holder has no requirements.</source>
        <translation>Este titular no tiene requisitos.</translation>
    </message>
    <message>
        <source>Every requirement is met.</source>
        <translation>Se cumplen todos los requisitos.</translation>
    </message>
    <message>
        <source>Requirements met</source>
        <translation>Requisitos cumplidos</translation>
    </message>
    <message>
        <source>Requirements not met: %1</source>
        <translation>Requisitos no cumplidos: %1</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>City / state</source>
        <translation>Ciudad / estado</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renovaciones</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
</context>
<context>
    <name>agencydesk::InsuredDetailWidget</name>
    <message>
        <source>Select an insured in the list, or find one with the search (Ctrl+F).</source>
        <translation>Seleccione un asegurado en la lista o búsquelo con la búsqueda (Ctrl+F).</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>DBA</source>
        <translation>Nombre comercial</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Dirección, línea 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Dirección, línea 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Estado o provincia</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>&amp;Automation eligible (certificate requests may be processed automatically)</source>
        <translation>&amp;Apto para automatización (las solicitudes de certificados pueden procesarse automáticamente)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;DBA:</source>
        <translation>Nombre co&amp;mercial:</translation>
    </message>
    <message>
        <source>Address &amp;1:</source>
        <translation>Dirección &amp;1:</translation>
    </message>
    <message>
        <source>Address &amp;2:</source>
        <translation>Dirección &amp;2:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>Código p&amp;ostal:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Corr&amp;eo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation>Guardar el perfil (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to %1 before opening another insured?</source>
        <translation>¿Guardar los cambios de %1 antes de abrir otro asegurado?</translation>
    </message>
    <message>
        <source>Could not open the insured.</source>
        <translation>No se pudo abrir el asegurado.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>dba %1</source>
        <translation>con nombre comercial %1</translation>
    </message>
    <message>
        <source>last changed by %1</source>
        <translation>último cambio por %1</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>Reload the insured now? Your unsaved changes will be lost.</source>
        <translation>¿Volver a cargar el asegurado ahora? Se perderán los cambios sin guardar.</translation>
    </message>
    <message>
        <source>The insured was not saved.</source>
        <translation>No se guardó el asegurado.</translation>
    </message>
</context>
<context>
    <name>agencydesk::InsuredListModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>No inscrito</translation>
    </message>
    <message numerus="yes">
        <source>%n policies in force</source>
        <translation>
            <numerusform>%n póliza en vigor</numerusform>
            <numerusform>%n pólizas en vigor</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>DBA</source>
        <translation>Nombre comercial</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Policies in force</source>
        <translation>Pólizas en vigor</translation>
    </message>
</context>
<context>
    <name>agencydesk::InsuredsTab</name>
    <message>
        <source>Show insureds</source>
        <translation>Mostrar asegurados</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <source>Insureds</source>
        <translation>Asegurados</translation>
    </message>
    <message>
        <source>&amp;New insured…</source>
        <translation>&amp;Nuevo asegurado…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>New insured</source>
        <translation>Nuevo asegurado</translation>
    </message>
    <message>
        <source>Legal name of the new insured (you can fill in the rest next):</source>
        <translation>Nombre legal del nuevo asegurado (puede completar el resto después):</translation>
    </message>
    <message>
        <source>The insured was not added.</source>
        <translation>No se agregó el asegurado.</translation>
    </message>
    <message>
        <source>Deactivate insured</source>
        <translation>Desactivar asegurado</translation>
    </message>
    <message>
        <source>Deactivate %1? An inactive insured cannot request certificates; the records stay.</source>
        <translation>¿Desactivar a %1? Un asegurado inactivo no puede solicitar certificados; los registros se conservan.</translation>
    </message>
    <message>
        <source>The insured&apos;s status was not changed.</source>
        <translation>No se cambió el estado del asegurado.</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insured(s)</source>
        <translation>
            <numerusform>%Ln asegurado</numerusform>
            <numerusform>%Ln asegurados</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>agencydesk::LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>La del sistema (%1)</translation>
    </message>
    <message>
        <source>The new language takes effect the next time you start AgencyDesk. Dates and numbers follow it; certificates keep the formats set in the agency profile.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que inicie AgencyDesk. Las fechas y los números lo siguen; los certificados conservan los formatos definidos en el perfil de la agencia.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>agencydesk::LoginDialog</name>
    <message>
        <source>Log in to AgencyDesk</source>
        <translation>Iniciar sesión en AgencyDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>agencydesk::MailSettingsDialog</name>
    <message>
        <source>Mail settings</source>
        <translation>Configuración de correo</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS desde el inicio (puerto 465)</translation>
    </message>
    <message>
        <source>None (a relay on this network only)</source>
        <translation>Ninguna (solo un relé en esta red)</translation>
    </message>
    <message>
        <source>Send the agency a copy (Bcc) of every client email</source>
        <translation>Enviar a la agencia una copia oculta (CCO) de cada correo a clientes</translation>
    </message>
    <message>
        <source>only for a server with a self-signed certificate</source>
        <translation>solo para un servidor con certificado autofirmado</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>P&amp;robar conexión</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Confiar en este certificado</translation>
    </message>
    <message>
        <source>The certificate will be trusted once you save. Test again to check.</source>
        <translation>Se confiará en el certificado al guardar. Vuelva a probar para comprobarlo.</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>Servidor S&amp;MTP:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>&amp;Nombre del remitente:</translation>
    </message>
    <message>
        <source>From &amp;address:</source>
        <translation>&amp;Dirección del remitente:</translation>
    </message>
    <message>
        <source>Agency &amp;Bcc address:</source>
        <translation>Dirección CCO de la a&amp;gencia:</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256):</source>
        <translation>Certificado de confianza (SHA-256):</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Could not read the mail settings.</source>
        <translation>No se pudo leer la configuración de correo.</translation>
    </message>
    <message>
        <source>(stored; type to change)</source>
        <translation>(guardada; escriba para cambiarla)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>The mail settings were not saved.</source>
        <translation>No se guardó la configuración de correo.</translation>
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation>Conectando con %1:%2…</translation>
    </message>
    <message>
        <source>Connected and signed in: the settings work.%1</source>
        <translation>Conectado y autenticado: la configuración funciona.%1</translation>
    </message>
    <message>
        <source> Server certificate SHA-256: %1</source>
        <translation> Certificado del servidor SHA-256: %1</translation>
    </message>
    <message>
        <source>e.g. certificates@youragency.com (optional)</source>
        <translation>p. ej. certificados@suagencia.com (opcional)</translation>
    </message>
    <message>
        <source>Every certificate request that needs review is announced at this address.</source>
        <translation>Cada solicitud de certificado que necesita revisión se anuncia en esta dirección.</translation>
    </message>
    <message>
        <source>https://portal.youragency.com (optional)</source>
        <translation>https://portal.suagencia.com (opcional)</translation>
    </message>
    <message>
        <source>The client portal&apos;s web address: the link in the welcome, password reset and documents-shared emails.</source>
        <translation>La dirección web del portal de clientes: el enlace de los correos de bienvenida, restablecimiento de contraseña y documentos compartidos.</translation>
    </message>
    <message>
        <source>New &amp;requests to:</source>
        <translation>Nuevas &amp;solicitudes a:</translation>
    </message>
    <message>
        <source>Client p&amp;ortal address:</source>
        <translation>Dirección del p&amp;ortal de clientes:</translation>
    </message>
</context>
<context>
    <name>agencydesk::MailTemplatesDialog</name>
    <message>
        <source>Email templates</source>
        <translation>Plantillas de correo</translation>
    </message>
    <message>
        <source>Placeholders: {%1}</source>
        <translation>Marcadores: {%1}</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Preview with sample values (and the signature from the mail settings):</source>
        <translation>Vista previa con valores de ejemplo (y la firma de la configuración de correo):</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Guardar plantilla</translation>
    </message>
    <message>
        <source>Could not read the email templates.</source>
        <translation>No se pudieron leer las plantillas de correo.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Subject:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Asunto:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The template was not saved.</source>
        <translation>No se guardó la plantilla.</translation>
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
        <translation>&amp;Asegurados</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Certificados</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Solicitudes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Find: </source>
        <translation>Buscar: </translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation>Emitido %1.</translation>
    </message>
    <message>
        <source>Checking the database in the background…</source>
        <translation>Comprobando la base de datos en segundo plano…</translation>
    </message>
    <message>
        <source>Database check passed.</source>
        <translation>La comprobación de la base de datos fue correcta.</translation>
    </message>
    <message>
        <source>The database check found problems.</source>
        <translation>La comprobación de la base de datos encontró problemas.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>The integrity check of %1 found problems:

%2

Stop working in this file and restore a backup (ask your manager).</source>
        <translation>La comprobación de integridad de %1 encontró problemas:

%2

Deje de trabajar en este archivo y restaure una copia de seguridad (consulte a su gerente).</translation>
    </message>
    <message>
        <source>%1 — AgencyDesk</source>
        <translation>%1 — AgencyDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Arc&amp;hivo</translation>
    </message>
    <message>
        <source>&amp;New insured…</source>
        <translation>&amp;Nuevo asegurado…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>A&amp;gencia</translation>
    </message>
    <message>
        <source>Agency &amp;profile…</source>
        <translation>&amp;Perfil de la agencia…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <source>&amp;Carriers…</source>
        <translation>&amp;Aseguradoras…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About AgencyDesk</source>
        <translation>&amp;Acerca de AgencyDesk</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartida</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>A shared database on a network folder</source>
        <translation>Una base de datos compartida en una carpeta de red</translation>
    </message>
    <message>
        <source>A database on this computer</source>
        <translation>Una base de datos en este equipo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Bandeja de salida: %n en espera</numerusform>
            <numerusform>Bandeja de salida: %n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n email(s).</source>
        <translation>
            <numerusform>Se envió %n correo.</numerusform>
            <numerusform>Se enviaron %n correos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>Configuración de &amp;correo…</translation>
    </message>
    <message>
        <source>Email &amp;templates…</source>
        <translation>Plan&amp;tillas de correo…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Bandeja de salida…</translation>
    </message>
    <message>
        <source>Find an insured or a policy (super search)</source>
        <translation>Buscar un asegurado o una póliza (súper búsqueda)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n document file(s).</source>
        <translation>
            <numerusform>Se agregó %n archivo de documento.</numerusform>
            <numerusform>Se agregaron %n archivos de documentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1 document file(s), %2 refused.</source>
        <translation>Se agregaron %1 archivo(s) de documento, %2 rechazado(s).</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Imported downloads: %1 imported, %2 updated, %3 unattached, %4 failed.</source>
        <translation>Descargas importadas: %1 importadas, %2 actualizadas, %3 sin vincular, %4 con error.</translation>
    </message>
    <message>
        <source>Unattached downloads</source>
        <translation>Descargas sin vincular</translation>
    </message>
    <message>
        <source>&amp;Unattached downloads (%1)</source>
        <translation>Descargas sin &amp;vincular (%1)</translation>
    </message>
    <message>
        <source>&amp;Unattached downloads</source>
        <translation>Descargas sin &amp;vincular</translation>
    </message>
    <message>
        <source>Import downloads</source>
        <translation>Importar descargas</translation>
    </message>
    <message>
        <source>Downloads are still being imported; try again when they are done.</source>
        <translation>Todavía se están importando descargas; inténtelo de nuevo cuando terminen.</translation>
    </message>
    <message>
        <source>&amp;Import downloads…</source>
        <translation>Im&amp;portar descargas…</translation>
    </message>
    <message>
        <source>Carrier downloads (*.xml *.al3 *.dat *.txt *.zip);;All files (*)</source>
        <translation>Descargas de aseguradoras (*.xml *.al3 *.dat *.txt *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import ACORD XML, CSIO XML or AL3 downloads, or a .zip of them</source>
        <translation>Importar descargas ACORD XML, CSIO XML o AL3, o un .zip que las contenga</translation>
    </message>
    <message>
        <source>Import downloads from a &amp;folder…</source>
        <translation>Importar descargas de una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Import the downloads in a folder</source>
        <translation>Importar las descargas de una carpeta</translation>
    </message>
    <message>
        <source>The download folder is no longer watched: %1</source>
        <translation>La carpeta de descargas ya no se vigila: %1</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Vigilando %1</translation>
    </message>
    <message>
        <source>Downloads saved into %1 are imported as they arrive, then moved to its Imported or Failed folder.</source>
        <translation>Las descargas guardadas en %1 se importan en cuanto llegan y luego se mueven a su carpeta Imported o Failed.</translation>
    </message>
    <message>
        <source>&amp;Watch a download folder…</source>
        <translation>&amp;Vigilar una carpeta de descargas…</translation>
    </message>
    <message>
        <source>Import what the carriers&apos; download software saves into a folder, as it arrives</source>
        <translation>Importar en cuanto llega lo que el programa de descargas de las aseguradoras guarda en una carpeta</translation>
    </message>
    <message>
        <source>Watch a download folder</source>
        <translation>Vigilar una carpeta de descargas</translation>
    </message>
    <message>
        <source>The folder is not watched.</source>
        <translation>La carpeta no se vigila.</translation>
    </message>
    <message>
        <source>&amp;Requests (%1)</source>
        <translation>&amp;Solicitudes (%1)</translation>
    </message>
    <message>
        <source>Certificate requests: %1 new or in progress</source>
        <translation>Solicitudes de certificado: %1 nuevas o en curso</translation>
    </message>
    <message>
        <source>&amp;Rejection reasons…</source>
        <translation>Motivos de &amp;rechazo…</translation>
    </message>
    <message>
        <source>The reasons a certificate request is rejected with (managers edit them)</source>
        <translation>Los motivos con que se rechaza una solicitud de certificado (los editan los gerentes)</translation>
    </message>
    <message>
        <source>Re&amp;newals</source>
        <translation>&amp;Renovaciones</translation>
    </message>
</context>
<context>
    <name>agencydesk::MasterDialog</name>
    <message>
        <source>not in force: </source>
        <extracomment>The prefix of &quot;not in force: expired %1&quot;, dropped in this list.</extracomment>
        <translation>no está en vigor: </translation>
    </message>
    <message>
        <source>Master name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>e.g. Standard GL + Auto for general contractors</source>
        <translation>p. ej. RC general + Automóviles estándar para contratistas generales</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Policies on the certificate</source>
        <translation>Pólizas en el certificado</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Póliza</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ramo</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>ADDL INSD</source>
        <translation>ASEG. ADIC.</translation>
    </message>
    <message>
        <source>SUBR WVD</source>
        <translation>RENUNC. SUBR.</translation>
    </message>
    <message>
        <source>The insurer letter on the certificate; Automatic gives each carrier the next free letter</source>
        <translation>La letra de aseguradora en el certificado; Automática asigna a cada aseguradora la siguiente letra libre</translation>
    </message>
    <message>
        <source>Additional insured (ADDL INSD column)</source>
        <translation>Asegurado adicional (columna ASEG. ADIC.)</translation>
    </message>
    <message>
        <source>Waiver of subrogation (SUBR WVD column)</source>
        <translation>Renuncia a la subrogación (columna RENUNC. SUBR.)</translation>
    </message>
    <message>
        <source>&amp;Policies on the certificate (check to include; Space toggles the check box under the cursor):</source>
        <translation>&amp;Pólizas en el certificado (marque para incluir; Espacio marca o desmarca la casilla bajo el cursor):</translation>
    </message>
    <message>
        <source>Description of operations / locations / vehicles</source>
        <translation>Descripción de operaciones / ubicaciones / vehículos</translation>
    </message>
    <message>
        <source>e.g. Certificate holder is included as additional insured on the general liability policy where required by written contract.</source>
        <translation>p. ej. El titular del certificado se incluye como asegurado adicional en la póliza de responsabilidad civil general cuando lo exige un contrato escrito.</translation>
    </message>
    <message>
        <source>&amp;Description of operations / locations / vehicles:</source>
        <translation>&amp;Descripción de operaciones / ubicaciones / vehículos:</translation>
    </message>
    <message>
        <source>Save the master (Ctrl+S)</source>
        <translation>Guardar la plantilla (Ctrl+S)</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>cancelada el %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>not in force: starts %1</source>
        <translation>no está en vigor: empieza el %1</translation>
    </message>
    <message>
        <source>not in force: expired %1</source>
        <translation>no está en vigor: venció el %1</translation>
    </message>
    <message>
        <source>Could not load the insured&apos;s policies.</source>
        <translation>No se pudieron cargar las pólizas del asegurado.</translation>
    </message>
    <message>
        <source>New certificate master</source>
        <translation>Nueva plantilla de certificado</translation>
    </message>
    <message>
        <source>Could not open the certificate master.</source>
        <translation>No se pudo abrir la plantilla de certificado.</translation>
    </message>
    <message>
        <source>Certificate master %1</source>
        <translation>Plantilla de certificado %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>Policy %1 is %2; a certificate would show a line that is not in force.</source>
        <translation>La póliza %1 está %2; un certificado mostraría una línea que no está en vigor.</translation>
    </message>
    <message>
        <source>Insurer letter for %1</source>
        <translation>Letra de aseguradora para %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>The certificate master was not added.</source>
        <translation>No se agregó la plantilla de certificado.</translation>
    </message>
    <message>
        <source>The certificate master was not saved.</source>
        <translation>No se guardó la plantilla de certificado.</translation>
    </message>
</context>
<context>
    <name>agencydesk::NotesWidget</name>
    <message>
        <source>Notes &amp;&amp; activities</source>
        <translation>Notas &amp;&amp; actividades</translation>
    </message>
    <message>
        <source>Notes and activities, newest first</source>
        <translation>Notas y actividades, las más recientes primero</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Type a note and press Enter</source>
        <translation>Escriba una nota y pulse Intro</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>%1  ·  %2 wrote: %3</source>
        <translation>%1  ·  %2 escribió: %3</translation>
    </message>
    <message>
        <source>%1  ·  %2: %3</source>
        <translation>%1  ·  %2: %3</translation>
    </message>
    <message>
        <source>Could not load the activities: %1</source>
        <translation>No se pudieron cargar las actividades: %1</translation>
    </message>
    <message>
        <source>Notes &amp;&amp; activities (%1)</source>
        <translation>Notas &amp;&amp; actividades (%1)</translation>
    </message>
    <message>
        <source>No notes or activities yet. Changes to this insured and its policies are recorded here.</source>
        <translation>Todavía no hay notas ni actividades. Aquí se registran los cambios de este asegurado y sus pólizas.</translation>
    </message>
    <message>
        <source>The note was not added.</source>
        <translation>No se agregó la nota.</translation>
    </message>
</context>
<context>
    <name>agencydesk::OutboxDialog</name>
    <message>
        <source>Waiting to retry</source>
        <translation>Esperando para reintentar</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>All emails</source>
        <translation>Todos los correos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Sent / next try</source>
        <translation>Enviado / próximo intento</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>&amp;Cancel email</source>
        <translation>&amp;Cancelar correo</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>Send every queued email now instead of waiting for the next try</source>
        <translation>Enviar ahora todos los correos en cola en lugar de esperar el próximo intento</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message numerus="yes">
        <source>%n email(s).</source>
        <translation>
            <numerusform>%n correo.</numerusform>
            <numerusform>%n correos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Email %1 from %2 to %3</source>
        <translation>Correo %1 de %2 para %3</translation>
    </message>
    <message>
        <source> (Bcc, envelope only: %1)</source>
        <translation> (CCO, solo en el sobre: %1)</translation>
    </message>
    <message>
        <source>; attached: %1</source>
        <translation>; adjunto: %1</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>¿Enviar de nuevo?</translation>
    </message>
    <message>
        <source>This email may already have been delivered (the sender stopped after handing it to the server). Check the agency&apos;s copy first. Send it again?</source>
        <translation>Es posible que este correo ya se haya entregado (el envío se detuvo después de pasarlo al servidor). Revise primero la copia de la agencia. ¿Enviarlo de nuevo?</translation>
    </message>
    <message>
        <source>The email was not queued again.</source>
        <translation>El correo no se volvió a poner en cola.</translation>
    </message>
    <message>
        <source>The email was not cancelled.</source>
        <translation>El correo no se canceló.</translation>
    </message>
    <message>
        <source>&amp;Attach to policy…</source>
        <translation>&amp;Adjuntar a una póliza…</translation>
    </message>
    <message>
        <source>Keep this sent email as a document on one of the client&apos;s policies or on the client</source>
        <translation>Guardar este correo enviado como documento en una de las pólizas del cliente o en el cliente</translation>
    </message>
    <message>
        <source>The email was not attached.</source>
        <translation>El correo no se adjuntó.</translation>
    </message>
</context>
<context>
    <name>agencydesk::PdfViewer</name>
    <message>
        <source>PDF viewer</source>
        <translation>Visor de PDF</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>el archivo no existe.</translation>
    </message>
    <message>
        <source>you are not allowed to read it.</source>
        <translation>no tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>it is not a PDF document, or it is too damaged to read.</source>
        <translation>no es un documento PDF o está demasiado dañado para leerlo.</translation>
    </message>
    <message>
        <source>it is protected by a password.</source>
        <translation>está protegido con contraseña.</translation>
    </message>
    <message>
        <source>it has no pages.</source>
        <translation>no tiene páginas.</translation>
    </message>
    <message>
        <source>The document cannot be opened: %1</source>
        <translation>No se puede abrir el documento: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>No se puede abrir “%1”: %2</translation>
    </message>
    <message>
        <source>No document to show.</source>
        <translation>No hay ningún documento para mostrar.</translation>
    </message>
    <message>
        <source>Page %1 cannot be shown: it is damaged.</source>
        <translation>No se puede mostrar la página %1: está dañada.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>agencydesk::PdfViewerToolBar</name>
    <message>
        <source>PDF viewer</source>
        <translation>Visor de PDF</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ajustar a la página</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
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
        <translation>Pólizas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ramo</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Add policy…</source>
        <translation>&amp;Agregar póliza…</translation>
    </message>
    <message>
        <source>&amp;Edit policy…</source>
        <translation>&amp;Editar póliza…</translation>
    </message>
    <message>
        <source>&amp;Cancel policy</source>
        <translation>&amp;Cancelar póliza</translation>
    </message>
    <message>
        <source>&amp;View policy…</source>
        <translation>&amp;Ver póliza…</translation>
    </message>
    <message>
        <source>Could not load the policies.</source>
        <translation>No se pudieron cargar las pólizas.</translation>
    </message>
    <message>
        <source>%1, NAIC %2</source>
        <translation>%1, NAIC %2</translation>
    </message>
    <message>
        <source>Policies (%1)</source>
        <translation>Pólizas (%1)</translation>
    </message>
    <message>
        <source>Cancel policy</source>
        <translation>Cancelar póliza</translation>
    </message>
    <message>
        <source>Cancel policy %1 (%2)? The policy and its history stay on file, marked cancelled.</source>
        <translation>¿Cancelar la póliza %1 (%2)? La póliza y su historial se conservan en el expediente, marcados como cancelados.</translation>
    </message>
    <message>
        <source>The policy was not cancelled.</source>
        <translation>No se canceló la póliza.</translation>
    </message>
    <message>
        <source>&amp;Un-attach from this insured…</source>
        <translation>&amp;Desvincular de este asegurado…</translation>
    </message>
    <message>
        <source>Un-attach policy</source>
        <translation>Desvincular la póliza</translation>
    </message>
    <message>
        <source>Take policy %1 (%2) off this insured? It goes back to Unattached downloads, where you can attach it to the right insured.</source>
        <translation>¿Quitar la póliza %1 (%2) de este asegurado? Vuelve a Descargas sin vincular, donde podrá vincularla al asegurado correcto.</translation>
    </message>
    <message>
        <source>The policy was not un-attached.</source>
        <translation>La póliza no se desvinculó.</translation>
    </message>
    <message>
        <source>Rene&amp;w policy…</source>
        <translation>Reno&amp;var póliza…</translation>
    </message>
    <message>
        <source>Quick renew: the next term with the same length, number and limits</source>
        <translation>Renovación rápida: el periodo siguiente con la misma duración, número y límites</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Renovar…</translation>
    </message>
</context>
<context>
    <name>agencydesk::PolicyDialog</name>
    <message>
        <source>Policy number</source>
        <translation>Número de póliza</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>Ramo</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>NAIC code</source>
        <translation>Código NAIC</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Fecha de inicio de vigencia</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Annual premium</source>
        <translation>Prima anual</translation>
    </message>
    <message>
        <source>Policy &amp;number:</source>
        <translation>&amp;Número de póliza:</translation>
    </message>
    <message>
        <source>&amp;Line of business:</source>
        <translation>&amp;Ramo:</translation>
    </message>
    <message>
        <source>NA&amp;IC:</source>
        <translation>NA&amp;IC:</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>Ase&amp;guradora:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Vigencia:</translation>
    </message>
    <message>
        <source>&amp;Premium:</source>
        <translation>&amp;Prima:</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Limits (whole dollars; 1M and 500K are understood)</source>
        <translation>Límites (dólares enteros; se aceptan 1M y 500K)</translation>
    </message>
    <message>
        <source>Save the policy (Ctrl+S)</source>
        <translation>Guardar la póliza (Ctrl+S)</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>Agregar póliza</translation>
    </message>
    <message>
        <source>Could not open the policy.</source>
        <translation>No se pudo abrir la póliza.</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>Póliza %1</translation>
    </message>
    <message>
        <source>%1 · last changed by %2</source>
        <translation>%1 · último cambio por %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Premium &quot;%1&quot; is not an amount.</source>
        <translation>La prima &quot;%1&quot; no es un monto.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Please check the form</source>
        <translation>Revise el formulario</translation>
    </message>
    <message>
        <source>The policy was not added.</source>
        <translation>No se agregó la póliza.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>Close this window and open the policy again to see their changes.</source>
        <translation>Cierre esta ventana y vuelva a abrir la póliza para ver los cambios.</translation>
    </message>
    <message>
        <source>The policy was not saved.</source>
        <translation>No se guardó la póliza.</translation>
    </message>
    <message>
        <source>optional, e.g. %1</source>
        <translation>opcional, p. ej. %1</translation>
    </message>
</context>
<context>
    <name>agencydesk::PolicyIndicatorsWidget</name>
    <message>
        <source>General liability</source>
        <translation>Responsabilidad civil general</translation>
    </message>
    <message>
        <source>C&amp;laims-made (unchecked: occurrence)</source>
        <translation>Base &amp;reclamación (sin marcar: ocurrencia)</translation>
    </message>
    <message>
        <source>General aggregate applies per</source>
        <translation>El agregado general se aplica por</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Póliza</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>A&amp;ggregate applies per:</source>
        <translation>A&amp;gregado por:</translation>
    </message>
    <message>
        <source>Automobile symbols</source>
        <translation>Símbolos de automóviles</translation>
    </message>
    <message>
        <source>Any auto</source>
        <translation>Cualquier automóvil</translation>
    </message>
    <message>
        <source>Owned autos only</source>
        <translation>Solo automóviles propios</translation>
    </message>
    <message>
        <source>Scheduled autos</source>
        <translation>Automóviles declarados</translation>
    </message>
    <message>
        <source>Hired autos only</source>
        <translation>Solo automóviles alquilados</translation>
    </message>
    <message>
        <source>Non-owned autos only</source>
        <translation>Solo automóviles no propios</translation>
    </message>
    <message>
        <source>Umbrella / excess</source>
        <translation>Paraguas / exceso</translation>
    </message>
    <message>
        <source>Umbrella or excess</source>
        <translation>Paraguas o exceso</translation>
    </message>
    <message>
        <source>Umbrella liability</source>
        <translation>Responsabilidad paraguas</translation>
    </message>
    <message>
        <source>Excess liability</source>
        <translation>Responsabilidad en exceso</translation>
    </message>
    <message>
        <source>Claims-made (unchecked: occurrence)</source>
        <translation>Base reclamación (sin marcar: ocurrencia)</translation>
    </message>
    <message>
        <source>Deductible or retention</source>
        <translation>Deducible o retención</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>Deducible</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Deductible / retention:</source>
        <translation>&amp;Deducible / retención:</translation>
    </message>
    <message>
        <source>Workers compensation</source>
        <translation>Riesgos del trabajo</translation>
    </message>
    <message>
        <source>Per &amp;statute (unchecked: other)</source>
        <translation>Según la &amp;ley (sin marcar: otro)</translation>
    </message>
    <message>
        <source>Any proprietor/partner/executive officer/member e&amp;xcluded</source>
        <translation>Propietario, socio, directivo o miembro e&amp;xcluido</translation>
    </message>
    <message>
        <source>Other coverage</source>
        <translation>Otra cobertura</translation>
    </message>
    <message>
        <source>Description of the other coverage</source>
        <translation>Descripción de la otra cobertura</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>Des&amp;cripción:</translation>
    </message>
    <message>
        <source>Endorsements on the policy</source>
        <translation>Endosos de la póliza</translation>
    </message>
    <message>
        <source>Additional &amp;insured</source>
        <translation>Asegurado ad&amp;icional</translation>
    </message>
    <message>
        <source>&amp;Waiver of subrogation</source>
        <translation>Renuncia a la &amp;subrogación</translation>
    </message>
    <message>
        <source>&amp;Primary and non-contributory</source>
        <translation>&amp;Primaria y no contributiva</translation>
    </message>
</context>
<context>
    <name>agencydesk::PortalAccountWidget</name>
    <message>
        <source>Enroll…</source>
        <translation>Inscribir…</translation>
    </message>
    <message>
        <source>Create the client&apos;s portal account after an identity check and email the welcome code</source>
        <translation>Crear la cuenta del portal del cliente tras una verificación de identidad y enviarle por correo el código de bienvenida</translation>
    </message>
    <message>
        <source>Change email…</source>
        <translation>Cambiar correo…</translation>
    </message>
    <message>
        <source>Change the account&apos;s email address; the user name stays</source>
        <translation>Cambiar el correo electrónico de la cuenta; el nombre de usuario se mantiene</translation>
    </message>
    <message>
        <source>Reset and notify</source>
        <translation>Restablecer y avisar</translation>
    </message>
    <message>
        <source>Email the client a new set-password code; earlier codes stop working</source>
        <translation>Enviar al cliente un nuevo código para definir la contraseña; los códigos anteriores dejan de funcionar</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>View as client…</source>
        <translation>Ver como el cliente…</translation>
    </message>
    <message>
        <source>What the client sees in the portal today, read only</source>
        <translation>Lo que el cliente ve hoy en el portal, solo lectura</translation>
    </message>
    <message>
        <source>Client portal: %1</source>
        <translation>Portal de clientes: %1</translation>
    </message>
    <message>
        <source>Client portal: %1 · user name %2 · %3</source>
        <translation>Portal de clientes: %1 · usuario %2 · %3</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Let the client sign in again</source>
        <translation>Permitir que el cliente vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Stop the client signing in or setting a password</source>
        <translation>Impedir que el cliente inicie sesión o defina una contraseña</translation>
    </message>
    <message>
        <source>Change portal email</source>
        <translation>Cambiar el correo del portal</translation>
    </message>
    <message>
        <source>New email address for %1 (the user name stays; codes already sent stop working):</source>
        <translation>Nuevo correo electrónico para %1 (el nombre de usuario se mantiene; los códigos ya enviados dejan de funcionar):</translation>
    </message>
    <message>
        <source>The portal email was not changed.</source>
        <translation>No se cambió el correo del portal.</translation>
    </message>
    <message>
        <source>Email %1 a new set-password code? Every earlier code stops working.</source>
        <translation>¿Enviar a %1 un nuevo código para definir la contraseña? Todos los códigos anteriores dejan de funcionar.</translation>
    </message>
    <message>
        <source>No reset email was queued.</source>
        <translation>No se puso en cola ningún correo de restablecimiento.</translation>
    </message>
    <message>
        <source>The portal account was not locked.</source>
        <translation>La cuenta del portal no se bloqueó.</translation>
    </message>
    <message>
        <source>The portal account was not unlocked.</source>
        <translation>La cuenta del portal no se desbloqueó.</translation>
    </message>
    <message>
        <source>Client portal: could not be read (%1)</source>
        <translation>Portal del cliente: no se pudo leer (%1)</translation>
    </message>
</context>
<context>
    <name>agencydesk::PortalEnrollDialog</name>
    <message>
        <source>Enroll %1 in the client portal</source>
        <translation>Inscribir a %1 en el portal de clientes</translation>
    </message>
    <message>
        <source>Identity check: ask the client</source>
        <translation>Verificación de identidad: pregunte al cliente</translation>
    </message>
    <message>
        <source>Each answer must match what is on file. Do not read the file to the client.</source>
        <translation>Cada respuesta debe coincidir con el expediente. No le lea el expediente al cliente.</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>A policy number</source>
        <translation>Un número de póliza</translation>
    </message>
    <message>
        <source>Street &amp;address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>Código p&amp;ostal:</translation>
    </message>
    <message>
        <source>A &amp;policy number:</source>
        <translation>Un número de &amp;póliza:</translation>
    </message>
    <message>
        <source>Portal account</source>
        <translation>Cuenta del portal</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>This is not the email address. The client signs in with this user name.</source>
        <translation>Este no es el correo electrónico. El cliente inicia sesión con este nombre de usuario.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Corr&amp;eo electrónico:</translation>
    </message>
    <message>
        <source>The welcome email goes here with a single-use code that expires in 72 hours.</source>
        <translation>El correo de bienvenida se envía aquí con un código de un solo uso que vence en 72 horas.</translation>
    </message>
    <message>
        <source>Enroll and &amp;send welcome email</source>
        <translation>Inscribir y en&amp;viar el correo de bienvenida</translation>
    </message>
</context>
<context>
    <name>agencydesk::PrintQueueDialog</name>
    <message>
        <source>Print queue</source>
        <translation>Cola de impresión</translation>
    </message>
    <message>
        <source>Certificates waiting to be printed</source>
        <translation>Certificados pendientes de imprimir</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Asegurado</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>En cola desde</translation>
    </message>
    <message>
        <source>&amp;Print all…</source>
        <translation>Im&amp;primir todo…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Take the selected certificate off the queue without printing it</source>
        <translation>Quitar de la cola el certificado seleccionado sin imprimirlo</translation>
    </message>
    <message>
        <source>Could not read the print queue.</source>
        <translation>No se pudo leer la cola de impresión.</translation>
    </message>
    <message>
        <source>No certificate is waiting to be printed.</source>
        <translation>Ningún certificado está pendiente de imprimir.</translation>
    </message>
    <message>
        <source>Certificates waiting to be printed: %1.</source>
        <translation>Certificados pendientes de imprimir: %1.</translation>
    </message>
    <message>
        <source>Print %1 certificates</source>
        <translation>Imprimir %1 certificados</translation>
    </message>
    <message>
        <source>Remove from the print queue</source>
        <translation>Quitar de la cola de impresión</translation>
    </message>
    <message>
        <source>Take certificate %1 for %2 off the print queue without printing it?</source>
        <translation>¿Quitar de la cola de impresión el certificado %1 para %2 sin imprimirlo?</translation>
    </message>
    <message>
        <source>The certificate was not removed from the queue.</source>
        <translation>No se quitó el certificado de la cola.</translation>
    </message>
    <message>
        <source>The print queue was not printed.</source>
        <translation>No se imprimió la cola de impresión.</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be printed.</source>
        <translation>El certificado %1 no se puede imprimir.</translation>
    </message>
    <message>
        <source>Could not start printing on %1; check that the printer is available.</source>
        <translation>No se pudo empezar a imprimir en %1; compruebe que la impresora esté disponible.</translation>
    </message>
    <message>
        <source>Printing on %1 failed; the certificates stay in the queue.</source>
        <translation>La impresión en %1 falló; los certificados siguen en la cola.</translation>
    </message>
    <message>
        <source>Certificate %1 was printed but not marked printed.</source>
        <translation>El certificado %1 se imprimió, pero no se marcó como impreso.</translation>
    </message>
</context>
<context>
    <name>agencydesk::RejectionReasonsDialog</name>
    <message>
        <source>Rejection reasons</source>
        <translation>Motivos de rechazo</translation>
    </message>
    <message>
        <source>The reasons offered when a certificate request is rejected; the rejection email names the reason. A retired reason is no longer offered but stays on the requests rejected with it.</source>
        <translation>Los motivos que se ofrecen al rechazar una solicitud de certificado; el correo de rechazo indica el motivo. Un motivo retirado ya no se ofrece, pero se conserva en las solicitudes rechazadas con él.</translation>
    </message>
    <message>
        <source>The reasons offered when a certificate request is rejected. Only a manager changes this list.</source>
        <translation>Los motivos que se ofrecen al rechazar una solicitud de certificado. Solo un gerente modifica esta lista.</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Motivos:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>e.g. Holder&apos;s email address missing</source>
        <translation>p. ej., falta el correo electrónico del titular</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;gregar</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tirar</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Re&amp;stablecer</translation>
    </message>
    <message>
        <source>The rejection reasons could not be read.</source>
        <translation>No se pudieron leer los motivos de rechazo.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retirado)</translation>
    </message>
    <message>
        <source>The reason was not added.</source>
        <translation>El motivo no se agregó.</translation>
    </message>
    <message>
        <source>The reason was not renamed.</source>
        <translation>No se cambió el nombre del motivo.</translation>
    </message>
    <message>
        <source>The reason was not retired.</source>
        <translation>El motivo no se retiró.</translation>
    </message>
    <message>
        <source>The reason was not restored.</source>
        <translation>El motivo no se restableció.</translation>
    </message>
</context>
<context>
    <name>agencydesk::RenewPolicyDialog</name>
    <message>
        <source>Renew policy</source>
        <translation>Renovar póliza</translation>
    </message>
    <message>
        <source>Policy number of the new term</source>
        <translation>Número de póliza del nuevo periodo</translation>
    </message>
    <message>
        <source>Effective date of the new term</source>
        <translation>Fecha de inicio del nuevo periodo</translation>
    </message>
    <message>
        <source>Expiration date of the new term</source>
        <translation>Fecha de vencimiento del nuevo periodo</translation>
    </message>
    <message>
        <source>Limits of the new term</source>
        <translation>Límites del nuevo periodo</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Policy &amp;number:</source>
        <translation>&amp;Número de póliza:</translation>
    </message>
    <message>
        <source>&amp;Effective:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>E&amp;xpiration:</source>
        <translation>&amp;Vencimiento:</translation>
    </message>
    <message>
        <source>&amp;Limits (carried over from the prior term; edit what changed):</source>
        <translation>&amp;Límites (tomados del periodo anterior; edite lo que cambió):</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Renovar</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>Vista &amp;previa…</translation>
    </message>
    <message>
        <source>What renewing would do to the certificate masters that hold this policy</source>
        <translation>Lo que la renovación haría en las plantillas de certificado que incluyen esta póliza</translation>
    </message>
    <message>
        <source>The policy cannot be renewed.</source>
        <translation>La póliza no se puede renovar.</translation>
    </message>
    <message>
        <source>Renewing %1 (%2, %3), term %4 to %5. The new term is linked to it.</source>
        <translation>Renovación de %1 (%2, %3), periodo del %4 al %5. El nuevo periodo queda vinculado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Please check the form</source>
        <translation>Revise el formulario</translation>
    </message>
    <message>
        <source>The renewal cannot be previewed.</source>
        <translation>No se puede mostrar la vista previa de la renovación.</translation>
    </message>
    <message>
        <source>Renewal preview</source>
        <translation>Vista previa de la renovación</translation>
    </message>
    <message>
        <source>The policy was not renewed.</source>
        <translation>La póliza no se renovó.</translation>
    </message>
</context>
<context>
    <name>agencydesk::RenewalDueModel</name>
    <message>
        <source>Insured</source>
        <translation>Asegurado</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Número de póliza</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ramo</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>Plantillas</translation>
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
        <translation>¿Actualizar %1 plantillas y reemitir los certificados ahora?

Certificados por emitir: %2 (por correo: %3, para imprimir: %4)
Titulares cuyos requisitos ya no se cumplen (se crea una solicitud): %5
Titulares que no reciben renovaciones: %6

Si responde No, la ejecución espera en la pestaña Renovaciones.</translation>
    </message>
    <message>
        <source>Could not look for the renewal run.</source>
        <translation>No se pudo buscar la ejecución de renovación.</translation>
    </message>
    <message>
        <source>Could not read the renewal settings.</source>
        <translation>No se pudo leer la configuración de renovaciones.</translation>
    </message>
    <message>
        <source>Could not preview the renewal run.</source>
        <translation>No se pudo mostrar la vista previa de la ejecución de renovación.</translation>
    </message>
    <message>
        <source>Update certificate masters</source>
        <translation>Actualizar plantillas de certificado</translation>
    </message>
    <message>
        <source>The renewal run was not started.</source>
        <translation>No se inició la ejecución de renovación.</translation>
    </message>
    <message>
        <source>Updating certificate masters</source>
        <translation>Actualizando plantillas de certificado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Updating the masters that hold the policy...</source>
        <translation>Actualizando las plantillas que incluyen la póliza...</translation>
    </message>
    <message>
        <source>Holder %1 of %2: %3</source>
        <translation>Titular %1 de %2: %3</translation>
    </message>
    <message>
        <source>The renewal run stopped</source>
        <translation>La ejecución de renovación se detuvo</translation>
    </message>
    <message>
        <source>%1

Masters updated before the problem stay updated; resume the run from the Renewals tab.</source>
        <translation>%1

Las plantillas actualizadas antes del problema quedan actualizadas; reanude la ejecución desde la pestaña Renovaciones.</translation>
    </message>
    <message>
        <source>Renewal run: summary</source>
        <translation>Ejecución de renovación: resumen</translation>
    </message>
</context>
<context>
    <name>agencydesk::RenewalRunSummaryDialog</name>
    <message>
        <source>Holders in the renewal run</source>
        <translation>Titulares de la ejecución de renovación</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Masters updated: %1 of %2. Certificates issued: %3 (emailed: %4, to print: %5). Requests raised: %6. Holders not receiving renewals: %7.</source>
        <translation>Plantillas actualizadas: %1 de %2. Certificados emitidos: %3 (por correo: %4, para imprimir: %5). Solicitudes creadas: %6. Titulares sin renovaciones: %7.</translation>
    </message>
    <message>
        <source>Preview, nothing was changed.</source>
        <translation>Vista previa, no se cambió nada.</translation>
    </message>
    <message>
        <source>The run was cancelled part way; resume it from the Renewals tab.</source>
        <translation>La ejecución se canceló a medias; reanúdela desde la pestaña Renovaciones.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Request raised</source>
        <translation>Solicitud creada</translation>
    </message>
    <message>
        <source>Does not receive renewals</source>
        <translation>No recibe renovaciones</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Cola de impresión</translation>
    </message>
</context>
<context>
    <name>agencydesk::RenewalsTab</name>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>New dates</source>
        <translation>Nuevas fechas</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Hecha en parte</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>%1 of %2 masters updated, %3 certificates (%4 by email, %5 to print), %6 requests</source>
        <translation>%1 de %2 plantillas actualizadas, %3 certificados (%4 por correo, %5 para imprimir), %6 solicitudes</translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation>Renovaciones pendientes</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Días por delante</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Policies expiring wi&amp;thin:</source>
        <translation>Pólizas que vencen &amp;en:</translation>
    </message>
    <message>
        <source>Rene&amp;w…</source>
        <translation>Reno&amp;var…</translation>
    </message>
    <message>
        <source>N&amp;ot renewing…</source>
        <translation>N&amp;o se renueva…</translation>
    </message>
    <message>
        <source>The policy leaves this list; the reason is kept on the policy&apos;s history</source>
        <translation>La póliza sale de esta lista; el motivo queda en el historial de la póliza</translation>
    </message>
    <message>
        <source>Open ins&amp;ured</source>
        <translation>Abrir aseg&amp;urado</translation>
    </message>
    <message>
        <source>Renewal runs</source>
        <translation>Ejecuciones de renovación</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Póliza</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Asegurado</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Show &amp;summary…</source>
        <translation>Ver resu&amp;men…</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>Rea&amp;nudar</translation>
    </message>
    <message>
        <source>Start or finish a pending or cancelled run</source>
        <translation>Iniciar o terminar una ejecución pendiente o cancelada</translation>
    </message>
    <message>
        <source>&amp;Print queue…</source>
        <translation>Cola de im&amp;presión…</translation>
    </message>
    <message>
        <source>Could not list the renewals due: %1</source>
        <translation>No se pudieron listar las renovaciones pendientes: %1</translation>
    </message>
    <message>
        <source>No policy expires within %1 days without a renewal term.</source>
        <translation>Ninguna póliza vence en %1 días sin un periodo de renovación.</translation>
    </message>
    <message>
        <source>Policies to renew: %1.</source>
        <translation>Pólizas por renovar: %1.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Not renewing</source>
        <translation>No se renueva</translation>
    </message>
    <message>
        <source>Policy %1 of %2 will not be renewed and leaves the Renewals due list.
Reason (optional):</source>
        <translation>La póliza %1 de %2 no se renovará y sale de la lista de renovaciones pendientes.
Motivo (opcional):</translation>
    </message>
    <message>
        <source>Mark not renewing</source>
        <translation>Marcar como no renovada</translation>
    </message>
    <message>
        <source>The policy was not marked as not renewing.</source>
        <translation>La póliza no se marcó como no renovada.</translation>
    </message>
    <message>
        <source>Marked as not renewing.</source>
        <translation>Marcada como no renovada.</translation>
    </message>
    <message>
        <source>Could not read the renewal run.</source>
        <translation>No se pudo leer la ejecución de renovación.</translation>
    </message>
    <message>
        <source>Renewal run: %1, %2</source>
        <translation>Ejecución de renovación: %1, %2</translation>
    </message>
    <message>
        <source>Lapsed lines removed</source>
        <translation>Líneas vencidas quitadas</translation>
    </message>
</context>
<context>
    <name>agencydesk::RequestCertificateEditor</name>
    <message>
        <source>Certificate holder (correct it if needed)</source>
        <translation>Titular del certificado (corríjalo si hace falta)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>Certificate (from master %1)</source>
        <translation>Certificado (de la plantilla %1)</translation>
    </message>
    <message>
        <source>Description of operations</source>
        <translation>Descripción de operaciones</translation>
    </message>
    <message>
        <source>For this certificate only: the master keeps its own description.</source>
        <translation>Solo para este certificado: la plantilla conserva su propia descripción.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descripci&amp;ón:</translation>
    </message>
    <message>
        <source>Lines on this certificate</source>
        <translation>Coberturas en este certificado</translation>
    </message>
    <message>
        <source>Untick a line to leave it off this certificate; at least one stays.</source>
        <translation>Desmarque una cobertura para quitarla de este certificado; al menos una se queda.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>Co&amp;berturas:</translation>
    </message>
    <message>
        <source>Holder&apos;s requirements:</source>
        <translation>Requisitos del titular:</translation>
    </message>
    <message>
        <source>No line is ticked: keep at least one line on the certificate.</source>
        <translation>No hay ninguna cobertura marcada: deje al menos una cobertura en el certificado.</translation>
    </message>
    <message>
        <source>The holder is not on the certificate master yet: it is matched or added when the certificate is issued, and its requirements checked then.</source>
        <translation>El titular aún no está en la plantilla de certificado: se asocia o se agrega al emitir el certificado, y sus requisitos se verifican entonces.</translation>
    </message>
    <message>
        <source>none recorded for this holder</source>
        <translation>ninguno registrado para este titular</translation>
    </message>
</context>
<context>
    <name>agencydesk::RequestFilterBar</name>
    <message>
        <source>Search customer name or number, holder</source>
        <translation>Buscar nombre o número del cliente, titular</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Buscar solicitudes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Manual or automatic</source>
        <translation>Manual o automática</translation>
    </message>
    <message>
        <source>Manual and automatic</source>
        <translation>Manuales y automáticas</translation>
    </message>
    <message>
        <source>Manual only</source>
        <translation>Solo manuales</translation>
    </message>
    <message>
        <source>Automatic only</source>
        <translation>Solo automáticas</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Cualquier origen</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Recibidas desde</translation>
    </message>
    <message>
        <source>Received to</source>
        <translation>Recibidas hasta</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Default &amp;view</source>
        <translation>&amp;Vista predeterminada</translation>
    </message>
    <message>
        <source>New and in-progress requests of everyone, nothing else filtered</source>
        <translation>Las solicitudes nuevas y en curso de todos, sin otro filtro</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Certificates department</source>
        <translation>Departamento de certificados</translation>
    </message>
</context>
<context>
    <name>agencydesk::RequestInfoWidget</name>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>%1 (customer %2)</source>
        <translation>%1 (cliente %2)</translation>
    </message>
    <message>
        <source>payment approved by %1 on %2</source>
        <translation>pago aprobado por %1 el %2</translation>
    </message>
    <message>
        <source>waiting for payment approval</source>
        <translation>en espera de la aprobación del pago</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Solicitud:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Recibida:</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 por %2, %3</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Asignada a:</translation>
    </message>
    <message>
        <source>Why manual:</source>
        <translation>Por qué manual:</translation>
    </message>
    <message>
        <source>Processed automatically</source>
        <translation>Procesada automáticamente</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>sin correo electrónico</translation>
    </message>
    <message>
        <source>Certificate holder:</source>
        <translation>Titular del certificado:</translation>
    </message>
    <message>
        <source>Customer&apos;s notes:</source>
        <translation>Notas del cliente:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Came by email:</source>
        <translation>Llegó por correo:</translation>
    </message>
    <message>
        <source>Uploaded certificate:</source>
        <translation>Certificado cargado:</translation>
    </message>
    <message>
        <source>Certificate issued:</source>
        <translation>Certificado emitido:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rechazada:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Certificate master:</source>
        <translation>Plantilla de certificado:</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>ninguna elegida</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Holder&apos;s requirements:</source>
        <translation>Requisitos del titular:</translation>
    </message>
    <message>
        <source>The holder is not on the certificate master yet: it is matched or added when the certificate is issued, and its requirements checked then.</source>
        <translation>El titular aún no está en la plantilla de certificado: se asocia o se agrega al emitir el certificado, y sus requisitos se verifican entonces.</translation>
    </message>
    <message>
        <source>none recorded for this holder</source>
        <translation>ninguno registrado para este titular</translation>
    </message>
</context>
<context>
    <name>agencydesk::RequestIntakeDialog</name>
    <message>
        <source>(inactive)</source>
        <translation>(inactivo)</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <source>The email&apos;s text</source>
        <translation>El texto del correo</translation>
    </message>
    <message>
        <source>Name, DBA, policy number or email</source>
        <translation>Nombre, nombre comercial, número de póliza o correo electrónico</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>The customer&apos;s instructions, if any (a request with notes is reviewed by hand)</source>
        <translation>Las instrucciones del cliente, si las hay (una solicitud con notas se revisa a mano)</translation>
    </message>
    <message>
        <source>&amp;Find customer:</source>
        <translation>&amp;Buscar cliente:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>Cl&amp;iente:</translation>
    </message>
    <message>
        <source>&amp;Master:</source>
        <translation>Pl&amp;antilla:</translation>
    </message>
    <message>
        <source>&amp;Holder name:</source>
        <translation>Nombre del &amp;titular:</translation>
    </message>
    <message>
        <source>Holder &amp;email:</source>
        <translation>&amp;Correo del titular:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Ta&amp;ke request</source>
        <translation>&amp;Registrar solicitud</translation>
    </message>
    <message>
        <source>Type to find the customer</source>
        <translation>Escriba para buscar el cliente</translation>
    </message>
    <message>
        <source>New request from %1</source>
        <translation>Nueva solicitud de %1</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;</source>
        <translation>Ningún cliente coincide con «%1»</translation>
    </message>
    <message>
        <source>None (the request is reviewed by hand)</source>
        <translation>Ninguna (la solicitud se revisa a mano)</translation>
    </message>
    <message>
        <source>The request was not taken.</source>
        <translation>La solicitud no se registró.</translation>
    </message>
    <message>
        <source>Existing holder</source>
        <translation>Titular existente</translation>
    </message>
    <message>
        <source>A holder already on the master: its name, address and email fill the fields.</source>
        <translation>Un titular que ya está en la plantilla: su nombre, dirección y correo llenan los campos.</translation>
    </message>
    <message>
        <source>E&amp;xisting holder:</source>
        <translation>Titular e&amp;xistente:</translation>
    </message>
    <message>
        <source>Choose a master to pick one of its holders</source>
        <translation>Elija una plantilla para tomar uno de sus titulares</translation>
    </message>
    <message>
        <source>No holder on this master yet: type the holder below</source>
        <translation>Todavía no hay titulares en esta plantilla: escriba el titular abajo</translation>
    </message>
    <message>
        <source>A new holder (typed below)</source>
        <translation>Un titular nuevo (escrito abajo)</translation>
    </message>
</context>
<context>
    <name>agencydesk::RequestPreviewDialog</name>
    <message>
        <source>Request %1</source>
        <translation>Solicitud %1</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La solicitud</translation>
    </message>
    <message>
        <source>The &amp;email the request came in:</source>
        <translation>El &amp;correo de la solicitud:</translation>
    </message>
    <message>
        <source>&amp;Notes and activities, newest first:</source>
        <translation>&amp;Notas y actividades, las más recientes primero:</translation>
    </message>
    <message>
        <source>Notes and activities</source>
        <translation>Notas y actividades</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>Type a note and press Enter</source>
        <translation>Escriba una nota y pulse Intro</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Agregar nota</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>The note was not added.</source>
        <translation>La nota no se agregó.</translation>
    </message>
</context>
<context>
    <name>agencydesk::RequestRejectDialog</name>
    <message>
        <source>Reject request %1</source>
        <translation>Rechazar la solicitud %1</translation>
    </message>
    <message>
        <source>Request %1 from %2 for %3 is rejected. Only the customer is emailed, with the reason and your comment.</source>
        <translation>La solicitud %1 de %2 para %3 se rechaza. Solo se envía un correo al cliente, con el motivo y su comentario.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Elija un motivo…</translation>
    </message>
    <message>
        <source>Optional: what the customer should do, e.g. send the holder&apos;s street address</source>
        <translation>Opcional: lo que debe hacer el cliente, p. ej., enviar la dirección del titular</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message>
        <source>Re&amp;ject request</source>
        <translation>Re&amp;chazar la solicitud</translation>
    </message>
</context>
<context>
    <name>agencydesk::RequestSubmitDialog</name>
    <message>
        <source>Submit request %1</source>
        <translation>Enviar la solicitud %1</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La solicitud</translation>
    </message>
    <message>
        <source>The certificate uploaded for this request, %1, is emailed; no new certificate is issued.</source>
        <translation>El certificado cargado para esta solicitud, %1, se envía por correo; no se emite un certificado nuevo.</translation>
    </message>
    <message>
        <source>A certificate is issued from the master for this holder and emailed to the client (%1).</source>
        <translation>Se emite un certificado desde la plantilla para este titular y se envía por correo al cliente (%1).</translation>
    </message>
    <message>
        <source>Also email the &amp;holder</source>
        <translation>Enviar también al &amp;titular</translation>
    </message>
    <message>
        <source>Send the certificate to %1 too</source>
        <translation>Enviar el certificado también a %1</translation>
    </message>
    <message>
        <source>The holder has no email address.</source>
        <translation>El titular no tiene correo electrónico.</translation>
    </message>
    <message>
        <source>Issue &amp;although the holder&apos;s requirements are not met (recorded as an override)</source>
        <translation>Emitir &amp;aunque no se cumplan los requisitos del titular (se registra como excepción)</translation>
    </message>
    <message>
        <source>&amp;Message in the emails (optional):</source>
        <translation>&amp;Mensaje en los correos (opcional):</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>The certificate</source>
        <translation>El certificado</translation>
    </message>
    <message>
        <source>What the customer sent</source>
        <translation>Lo que envió el cliente</translation>
    </message>
    <message>
        <source>The holder</source>
        <translation>El titular</translation>
    </message>
    <message>
        <source>The certificate to issue</source>
        <translation>El certificado que se emitirá</translation>
    </message>
    <message>
        <source>Tick at least one line for the certificate.</source>
        <translation>Marque al menos una cobertura para el certificado.</translation>
    </message>
    <message>
        <source>The request was not submitted.</source>
        <translation>La solicitud no se envió.</translation>
    </message>
</context>
<context>
    <name>agencydesk::RequestTableModel</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
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
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Holder added by the client</source>
        <translation>Titular agregado por el cliente</translation>
    </message>
    <message>
        <source>Certificates department</source>
        <translation>Departamento de certificados</translation>
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
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1, awaiting payment</source>
        <translation>%1, pago pendiente</translation>
    </message>
    <message>
        <source>Processed automatically</source>
        <translation>Procesada automáticamente</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Recibida el %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Why manual</source>
        <translation>Por qué manual</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
</context>
<context>
    <name>agencydesk::RequestsTab</name>
    <message>
        <source>Certificate requests</source>
        <translation>Solicitudes de certificado</translation>
    </message>
    <message>
        <source>Request actions</source>
        <translation>Acciones de la solicitud</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Mark in &amp;progress</source>
        <translation>Marcar &amp;en curso</translation>
    </message>
    <message>
        <source>Assign the request to yourself</source>
        <translation>Asignarse la solicitud</translation>
    </message>
    <message>
        <source>&amp;Attempt automation…</source>
        <translation>&amp;Intentar la automatización…</translation>
    </message>
    <message>
        <source>&amp;Upload certificate…</source>
        <translation>&amp;Cargar certificado…</translation>
    </message>
    <message>
        <source>A certificate already issued elsewhere (a PDF), emailed instead of issuing a duplicate</source>
        <translation>Un certificado ya emitido en otro lugar (un PDF), enviado por correo en lugar de emitir un duplicado</translation>
    </message>
    <message>
        <source>Re&amp;label as WOS</source>
        <translation>Re&amp;clasificar como WOS</translation>
    </message>
    <message>
        <source>Approve pa&amp;yment</source>
        <translation>Aprobar el pa&amp;go</translation>
    </message>
    <message>
        <source>The client paid for the waiver of subrogation: the request can be processed</source>
        <translation>El cliente pagó la renuncia de subrogación: la solicitud puede procesarse</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;chazar…</translation>
    </message>
    <message>
        <source>Reject with a reason; only the customer is emailed</source>
        <translation>Rechazar con un motivo; solo se envía un correo al cliente</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Agregar &amp;nota…</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>No se pudieron leer las solicitudes: %1</translation>
    </message>
    <message>
        <source>Showing the first %1 requests: narrow the filters.</source>
        <translation>Se muestran las primeras %1 solicitudes: restrinja los filtros.</translation>
    </message>
    <message>
        <source>Requests shown: %1</source>
        <translation>Solicitudes mostradas: %1</translation>
    </message>
    <message>
        <source>Take &amp;over</source>
        <translation>&amp;Tomar el relevo</translation>
    </message>
    <message>
        <source>&amp;Submit uploaded certificate…</source>
        <translation>&amp;Enviar el certificado cargado…</translation>
    </message>
    <message>
        <source>Review the prefilled certificate; Submit issues it and emails the client and, if ticked, the holder</source>
        <translation>Revise el certificado precompletado; Enviar lo emite y lo envía por correo al cliente y, si se marca, al titular</translation>
    </message>
    <message>
        <source>Re&amp;label as COI/POI</source>
        <translation>Re&amp;clasificar como COI/POI</translation>
    </message>
    <message>
        <source>The request was not marked in progress.</source>
        <translation>La solicitud no se marcó en curso.</translation>
    </message>
    <message>
        <source>Take over the request</source>
        <translation>Tomar el relevo de la solicitud</translation>
    </message>
    <message>
        <source>Request %1 is in progress with %2. Take it over?</source>
        <translation>La solicitud %1 está en curso con %2. ¿Tomar el relevo?</translation>
    </message>
    <message>
        <source>Request %1 is in progress with you.</source>
        <translation>La solicitud %1 está en curso con usted.</translation>
    </message>
    <message>
        <source>The request was not submitted.</source>
        <translation>La solicitud no se envió.</translation>
    </message>
    <message>
        <source>Request %1 is completed: the certificate is emailed to the client and the holder.</source>
        <translation>La solicitud %1 está completada: el certificado se envía por correo al cliente y al titular.</translation>
    </message>
    <message>
        <source>Request %1 is completed: the certificate is emailed to the client.</source>
        <translation>La solicitud %1 está completada: el certificado se envía por correo al cliente.</translation>
    </message>
    <message>
        <source>The certificate was not uploaded.</source>
        <translation>El certificado no se cargó.</translation>
    </message>
    <message>
        <source>Upload an existing certificate</source>
        <translation>Cargar un certificado existente</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is kept with request %2.</source>
        <translation>%1 se conserva con la solicitud %2.</translation>
    </message>
    <message>
        <source>The request was not relabelled.</source>
        <translation>La solicitud no se reclasificó.</translation>
    </message>
    <message>
        <source>Request %1 is now %2.</source>
        <translation>La solicitud %1 ahora es %2.</translation>
    </message>
    <message>
        <source>The request was not rejected.</source>
        <translation>La solicitud no se rechazó.</translation>
    </message>
    <message>
        <source>Request %1 is rejected: the customer is emailed the reason.</source>
        <translation>La solicitud %1 está rechazada: se envía el motivo por correo al cliente.</translation>
    </message>
    <message>
        <source>The payment was not approved.</source>
        <translation>El pago no se aprobó.</translation>
    </message>
    <message>
        <source>Payment approved for request %1.</source>
        <translation>Pago aprobado para la solicitud %1.</translation>
    </message>
    <message>
        <source>The request could not be shown.</source>
        <translation>No se pudo mostrar la solicitud.</translation>
    </message>
    <message>
        <source>Note added to request %1.</source>
        <translation>Nota agregada a la solicitud %1.</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nueva solicitud…</translation>
    </message>
    <message>
        <source>Take in a request received by phone or email (%1); or drop an .eml file onto the list</source>
        <translation>Registrar una solicitud recibida por teléfono o correo electrónico (%1), o soltar un archivo .eml en la lista</translation>
    </message>
    <message>
        <source>%1 was not taken in.</source>
        <translation>%1 no se registró.</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB.</source>
        <translation>%1 supera los 50 MB.</translation>
    </message>
    <message>
        <source>Only .eml emails become requests: %1 ignored.</source>
        <translation>Solo los correos .eml se convierten en solicitudes. Archivos ignorados: %1.</translation>
    </message>
    <message>
        <source>The request was not taken.</source>
        <translation>La solicitud no se registró.</translation>
    </message>
    <message>
        <source>Email &quot;%1&quot; from %2, %3. It is kept with the request.</source>
        <translation>Correo «%1» de %2, %3. Se guarda con la solicitud.</translation>
    </message>
    <message>
        <source>Request %1 was taken in.</source>
        <translation>La solicitud %1 se registró.</translation>
    </message>
    <message>
        <source>Request %1 was completed automatically: certificate %2 is emailed to the client and the holder.</source>
        <translation>La solicitud %1 se completó automáticamente: el certificado %2 se envía por correo electrónico al cliente y al titular.</translation>
    </message>
    <message>
        <source>Request %1 is on the manual list: %2</source>
        <translation>La solicitud %1 está en la lista manual: %2</translation>
    </message>
    <message>
        <source>Preview: everything the customer submitted, the notes and activities (Enter)</source>
        <translation>Vista previa: todo lo que envió el cliente, las notas y las actividades (Intro)</translation>
    </message>
</context>
<context>
    <name>agencydesk::SearchResultModel</name>
    <message>
        <source>dba %1</source>
        <translation>con nombre comercial %1</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>póliza %1</translation>
    </message>
    <message>
        <source>email %1</source>
        <translation>correo %1</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>in document %1</source>
        <translation>en el documento %1</translation>
    </message>
</context>
<context>
    <name>agencydesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between fields; Alt with an underlined letter activates a menu, tab or button.</source>
        <translation>Tab y Mayús+Tab pasan de un campo a otro; Alt con una letra subrayada activa un menú, una pestaña o un botón.</translation>
    </message>
</context>
<context>
    <name>agencydesk::SuperSearchLineEdit</name>
    <message>
        <source>Super search</source>
        <translation>Súper búsqueda</translation>
    </message>
    <message>
        <source>Search insureds by name, DBA, policy number or email (Ctrl+F)</source>
        <translation>Buscar asegurados por nombre, nombre comercial, número de póliza o correo electrónico (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
</context>
<context>
    <name>agencydesk::UnattachedDownloadList</name>
    <message>
        <source>Unattached downloads</source>
        <translation>Descargas sin vincular</translation>
    </message>
    <message>
        <source>Insured (as downloaded)</source>
        <translation>Asegurado (tal como se descargó)</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Póliza</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ramo</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Vigencia desde</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
</context>
<context>
    <name>agencydesk::UnattachedDownloadsWidget</name>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo: %1</translation>
    </message>
    <message>
        <source>The download names</source>
        <translation>La descarga indica</translation>
    </message>
    <message>
        <source>Insureds it may be</source>
        <translation>Asegurados posibles</translation>
    </message>
    <message>
        <source>Suggested insureds</source>
        <translation>Asegurados sugeridos</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Asegurado</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>&amp;Attach to this insured</source>
        <translation>&amp;Vincular a este asegurado</translation>
    </message>
    <message>
        <source>&amp;Open insured</source>
        <translation>A&amp;brir asegurado</translation>
    </message>
    <message>
        <source>&amp;Create insured from download</source>
        <translation>C&amp;rear asegurado desde la descarga</translation>
    </message>
    <message>
        <source>Could not load the unattached downloads: %1</source>
        <translation>No se pudieron cargar las descargas sin vincular: %1</translation>
    </message>
    <message>
        <source>Drag onto an insured in the Insureds list to attach</source>
        <translation>Arrastre sobre un asegurado de la lista Asegurados para vincularla</translation>
    </message>
    <message>
        <source>No downloads are waiting: every imported policy belongs to an insured.</source>
        <translation>No hay descargas en espera: cada póliza importada pertenece a un asegurado.</translation>
    </message>
    <message>
        <source>1 downloaded policy found no insured.</source>
        <translation>1 póliza descargada no encontró asegurado.</translation>
    </message>
    <message>
        <source>%1 downloaded policies found no insured.</source>
        <translation>%1 pólizas descargadas no encontraron asegurado.</translation>
    </message>
    <message>
        <source>Pick one, then attach it to a suggested insured, drag it onto an insured in the Insureds list, or create the insured from it.</source>
        <translation>Elija una y luego vincúlela a un asegurado sugerido, arrástrela sobre un asegurado de la lista Asegurados o cree el asegurado a partir de ella.</translation>
    </message>
    <message>
        <source>Select a download on the left.</source>
        <translation>Seleccione una descarga a la izquierda.</translation>
    </message>
    <message>
        <source>%1 policy &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;%4 to %5&lt;br&gt;%6, imported %7&lt;br&gt;File: %8</source>
        <translation>Póliza de %1 &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;Del %4 al %5&lt;br&gt;%6, importada el %7&lt;br&gt;Archivo: %8</translation>
    </message>
    <message>
        <source>Could not look for matching insureds.</source>
        <translation>No se pudieron buscar asegurados coincidentes.</translation>
    </message>
    <message>
        <source>The download was not attached.</source>
        <translation>La descarga no se vinculó.</translation>
    </message>
    <message>
        <source>Attached policy %1 (%2) to %3.</source>
        <translation>Póliza %1 (%2) vinculada a %3.</translation>
    </message>
    <message>
        <source>The insured was not created.</source>
        <translation>El asegurado no se creó.</translation>
    </message>
    <message>
        <source>Added insured %1 from the download of policy %2.</source>
        <translation>Se agregó el asegurado %1 a partir de la descarga de la póliza %2.</translation>
    </message>
</context>
<context>
    <name>agencydesk::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Role of the selected user</source>
        <translation>Rol del usuario seleccionado</translation>
    </message>
    <message>
        <source>Role of the new user</source>
        <translation>Rol del nuevo usuario</translation>
    </message>
    <message>
        <source>C&amp;hange role</source>
        <translation>Cam&amp;biar rol</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Agregar un usuario</translation>
    </message>
    <message>
        <source>New user name</source>
        <translation>Nombre de usuario nuevo</translation>
    </message>
    <message>
        <source>New user&apos;s full name</source>
        <translation>Nombre completo del nuevo usuario</translation>
    </message>
    <message>
        <source>New user&apos;s password</source>
        <translation>Contraseña del nuevo usuario</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Agregar usuario</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre comp&amp;leto:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Could not list the users.</source>
        <translation>No se pudo obtener la lista de usuarios.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source> (locked until %1)</source>
        <translation> (bloqueado hasta %1)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activar</translation>
    </message>
    <message>
        <source>The user was not added.</source>
        <translation>No se agregó el usuario.</translation>
    </message>
    <message>
        <source>The role was not changed.</source>
        <translation>No se cambió el rol.</translation>
    </message>
    <message>
        <source>The user was not changed.</source>
        <translation>No se modificó el usuario.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Nueva contraseña para %1:</translation>
    </message>
    <message>
        <source>The password was not reset.</source>
        <translation>No se restableció la contraseña.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Se restableció la contraseña de %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Agency management for insurance CSRs.</source>
        <translation>Gestión de agencias para los representantes de atención al cliente de seguros.</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt;.</source>
        <translation>Abrir la base de datos ubicada en &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Open in shared mode (a file on a network folder used by several PCs).</source>
        <translation>Abrir en modo compartido (un archivo en una carpeta de red que usan varios equipos).</translation>
    </message>
    <message>
        <source>Create a demo book when the database is new, and log in as maria.</source>
        <translation>Crear una cartera de demostración cuando la base de datos es nueva e iniciar sesión como maria.</translation>
    </message>
    <message>
        <source>Log in as &lt;name&gt; with the password in AGENCYDESK_PASSWORD.</source>
        <translation>Iniciar sesión como &lt;name&gt; con la contraseña de AGENCYDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>AgencyDesk cannot open the database</source>
        <translation>AgencyDesk no puede abrir la base de datos</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>No se pudo crear la base de datos de demostración: %1</translation>
    </message>
    <message>
        <source>AgencyDesk cannot log in</source>
        <translation>AgencyDesk no puede iniciar sesión</translation>
    </message>
    <message>
        <source>Close the main window after &lt;ms&gt; milliseconds (installation checks).</source>
        <translation>Cerrar la ventana principal después de &lt;ms&gt; milisegundos (comprobaciones de instalación).</translation>
    </message>
</context>
</TS>
