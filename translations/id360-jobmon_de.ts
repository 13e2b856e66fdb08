<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Account</name>
    <message>
        <source>The account needs a name.</source>
        <translation>Das Konto braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name must fit on one line.</source>
        <translation>Der Name muss in eine Zeile passen.</translation>
    </message>
    <message>
        <source>The API URL must be an https:// URL (http:// only for this machine), such as https://id360.manageengine.com/api/v1.</source>
        <translation>Die API-URL muss eine https://-URL sein (http:// nur für diesen Rechner), etwa https://id360.manageengine.com/api/v1.</translation>
    </message>
    <message>
        <source>The accounts server must be an https:// URL (http:// only for this machine), such as https://accounts.zoho.com.</source>
        <translation>Der Kontenserver muss eine https://-URL sein (http:// nur für diesen Rechner), etwa https://accounts.zoho.com.</translation>
    </message>
    <message>
        <source>The account needs the OAuth client id from Zoho's API console.</source>
        <translation>Das Konto braucht die OAuth-Client-ID aus der API-Konsole von Zoho.</translation>
    </message>
    <message>
        <source>The account needs at least one scope, such as id360.job.READ.</source>
        <translation>Das Konto braucht mindestens einen Scope, etwa id360.job.READ.</translation>
    </message>
</context>
<context>
    <name>AccountBanner</name>
    <message>
        <source>&amp;Sign In…</source>
        <translation>A&amp;nmelden …</translation>
    </message>
</context>
<context>
    <name>AccountCommand</name>
    <message>
        <source>%1 expected on standard input, one per line; none came.</source>
        <translation>%1 wurde auf der Standardeingabe erwartet (ein Wert pro Zeile), es kam aber keiner.</translation>
    </message>
    <message>
        <source>account add: a custom data center needs --server and --accounts-server.</source>
        <translation>account add: Ein eigenes Rechenzentrum braucht --server und --accounts-server.</translation>
    </message>
    <message>
        <source>The client secret</source>
        <translation>Das Client-Secret</translation>
    </message>
    <message>
        <source>The access token</source>
        <translation>Das Zugriffstoken</translation>
    </message>
    <message>
        <source>A pasted access token cannot be renewed: when it expires (usually after an hour) sign in again.</source>
        <translation>Ein eingefügtes Zugriffstoken kann nicht erneuert werden: Wenn es abläuft (meist nach einer Stunde), melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The grant code</source>
        <translation>Der Grant-Code</translation>
    </message>
    <message>
        <source>No accounts. Add one with: id360-jobmon account add --help</source>
        <translation>Keine Konten. Fügen Sie eines hinzu mit: id360-jobmon account add --help</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>access token (expires)</source>
        <translation>Zugriffstoken (läuft ab)</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>account remove: there is no account named "%1".</source>
        <translation>account remove: Es gibt kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>account login: there is no account named "%1".</source>
        <translation>account login: Es gibt kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Nothing was stored, and the sign-in was given up.</source>
        <translation>Nichts wurde gespeichert, und die Anmeldung wurde verworfen.</translation>
    </message>
    <message>
        <source>%1 (typing is not shown):</source>
        <translation>%1 (die Eingabe wird nicht angezeigt):</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>how the account is signed in, read-only</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>account add: %1 Only its client secret and sign-in can be given here, with the settings the policy has (see 'id360-jobmon account list').</source>
        <translation>account add: %1 Hier können nur sein Client-Secret und die Anmeldung angegeben werden, mit den Einstellungen der Richtlinie (siehe 'id360-jobmon account list').</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>how the account is signed in, managed</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>account remove: "%1" is set up by your administrator and cannot be removed; 'id360-jobmon account login' signs it in again.</source>
        <translation>account remove: „%1“ wird von Ihrer Administration eingerichtet und kann nicht entfernt werden; 'id360-jobmon account login' meldet es erneut an.</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigenes</translation>
    </message>
    <message>
        <source>&amp;Data center:</source>
        <translation>&amp;Rechenzentrum:</translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation>&amp;API-URL:</translation>
    </message>
    <message>
        <source>A&amp;ccounts server:</source>
        <translation>&amp;Kontenserver:</translation>
    </message>
    <message>
        <source>From Zoho's API console, e.g. 1000.ABC…</source>
        <translation>Aus der API-Konsole von Zoho, z. B. 1000.ABC…</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Kept in the keychain; type to replace</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>If the client has one</source>
        <translation>Falls der Client eines hat</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>Sc&amp;opes:</translation>
    </message>
    <message>
        <source>Register http://127.0.0.1:PORT/ as the client's redirect URI in Zoho's API console.</source>
        <translation>Tragen Sie http://127.0.0.1:PORT/ in der API-Konsole von Zoho als Weiterleitungs-URI des Clients ein.</translation>
    </message>
    <message>
        <source>&amp;Redirect port:</source>
        <translation>&amp;Weiterleitungsport:</translation>
    </message>
    <message>
        <source>%1: only the client secret can be given here.</source>
        <translation>%1: Hier kann nur das Client-Secret angegeben werden.</translation>
    </message>
</context>
<context>
    <name>AccountManager</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Account "%1" is added; sign it in next.</source>
        <translation>Konto „%1“ wurde hinzugefügt; melden Sie es als Nächstes an.</translation>
    </message>
    <message>
        <source>Account "%1" is saved.</source>
        <translation>Konto „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>The grant code is empty: paste the code the Self Client generated.</source>
        <translation>Der Grant-Code ist leer: Fügen Sie den Code ein, den der Self Client erzeugt hat.</translation>
    </message>
    <message>
        <source>The access token is empty.</source>
        <translation>Das Zugriffstoken ist leer.</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be kept: %1</source>
        <translation>Angemeldet, aber die Anmeldung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Account "%1" is signed in.</source>
        <translation>Konto „%1“ ist angemeldet.</translation>
    </message>
    <message>
        <source>There is no sign-in waiting to be kept.</source>
        <translation>Es wartet keine Anmeldung darauf, gespeichert zu werden.</translation>
    </message>
    <message>
        <source>Account "%1" is signed in for this session only: you will sign in again after a restart.</source>
        <translation>Konto „%1“ ist nur für diese Sitzung angemeldet: Nach einem Neustart melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Dieses Konto gibt es nicht.</translation>
    </message>
    <message>
        <source>Account "%1" is not signed in: sign in to watch its jobs.</source>
        <translation>Konto „%1“ ist nicht angemeldet: Melden Sie sich an, um seine Jobs zu überwachen.</translation>
    </message>
    <message>
        <source>Not signed out: %1</source>
        <translation>Nicht abgemeldet: %1</translation>
    </message>
    <message>
        <source>Account "%1" is signed out.</source>
        <translation>Konto „%1“ ist abgemeldet.</translation>
    </message>
    <message>
        <source>Account "%1" is removed.</source>
        <translation>Konto „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>No sign-in is kept for account "%1": sign in again.</source>
        <translation>Für das Konto „%1“ ist keine Anmeldung gespeichert: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Account "%1" is removed; its keychain entry could not be deleted (%2).</source>
        <translation>Das Konto „%1“ ist entfernt; sein Eintrag im Schlüsselbund konnte nicht gelöscht werden (%2).</translation>
    </message>
    <message>
        <source>Not saved: the keychain could not be read, and saving now could lose the sign-in it keeps. %1</source>
        <translation>Nicht gespeichert: Der Schlüsselbund konnte nicht gelesen werden, und Speichern könnte jetzt die darin aufbewahrte Anmeldung verlieren. %1</translation>
    </message>
    <message>
        <source>Account "%1" is saved and signed out, as its servers changed: sign it in again.</source>
        <translation>Konto „%1“ ist gespeichert und abgemeldet, da sich seine Server geändert haben: Melden Sie es erneut an.</translation>
    </message>
    <message>
        <source>Account "%1" cannot be used: %2 Edit the account to correct it.</source>
        <translation>Konto „%1“ kann nicht verwendet werden: %2 Bearbeiten Sie das Konto, um es zu korrigieren.</translation>
    </message>
    <message>
        <source>The sign-in may still be active, as %1: revoke the app's access on Zoho's accounts server (%2) under "Connected Apps".</source>
        <translation>Die Anmeldung ist möglicherweise noch aktiv, da %1: Widerrufen Sie den Zugriff der App auf Zohos Kontenserver (%2) unter „Connected Apps“.</translation>
    </message>
    <message>
        <source>the account's settings are wrong (%1)</source>
        <translation>die Einstellungen des Kontos falsch sind (%1)</translation>
    </message>
    <message>
        <source>the accounts server could not be told (%1)</source>
        <translation>der Kontenserver nicht benachrichtigt werden konnte (%1)</translation>
    </message>
    <message>
        <source>the keychain, which may hold an earlier sign-in, could not be read (%1)</source>
        <translation>der Schlüsselbund, der eine frühere Anmeldung enthalten kann, nicht gelesen werden konnte (%1)</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be kept: %1 Your administrator does not allow keeping a sign-in for this session only, so it was given up.</source>
        <translation>Angemeldet, aber die Anmeldung konnte nicht behalten werden: %1 Ihre Administration erlaubt nicht, eine Anmeldung nur für diese Sitzung zu behalten, darum wurde sie aufgegeben.</translation>
    </message>
    <message>
        <source>The account "%1" is set up by your administrator and cannot be removed; you can sign it out.</source>
        <translation>Das Konto „%1“ wird von Ihrer Administration eingerichtet und kann nicht entfernt werden; Sie können es abmelden.</translation>
    </message>
    <message>
        <source>%1 The sign-in just made is not kept and was revoked.</source>
        <translation>%1 Die eben erfolgte Anmeldung wird nicht behalten und wurde widerrufen.</translation>
    </message>
</context>
<context>
    <name>AccountSelector</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>The account whose jobs are shown, or all of them</source>
        <translation>Das Konto, dessen Jobs angezeigt werden, oder alle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All Accounts</source>
        <translation>Alle Konten</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>An account named "%1" exists already.</source>
        <translation>Ein Konto namens „%1“ gibt es schon.</translation>
    </message>
    <message>
        <source>The account "%1" is set up by your administrator: its settings cannot be changed.</source>
        <translation>Das Konto „%1“ wird von Ihrer Administration eingerichtet: seine Einstellungen können nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <comment>the user's own account, named as the administrator's</comment>
        <translation>%1 (Ihres)</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>access token (expires, cannot be renewed)</source>
        <translation>Zugriffstoken (läuft ab, nicht erneuerbar)</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>Ab&amp;melden …</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>&amp;Cancel Sign-In</source>
        <translation>Anmeldung abbre&amp;chen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>With the &amp;Browser…</source>
        <translation>Mit dem &amp;Browser …</translation>
    </message>
    <message>
        <source>With a Self Client &amp;Code…</source>
        <translation>Mit einem &amp;Code vom Self Client …</translation>
    </message>
    <message>
        <source>With an &amp;Access Token…</source>
        <translation>Mit einem &amp;Zugriffstoken …</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with the OAuth client id from Zoho's API console (api-console.zoho.com).</source>
        <translation>Noch keine Konten. Fügen Sie eines mit der OAuth-Client-ID aus der API-Konsole von Zoho (api-console.zoho.com) hinzu.</translation>
    </message>
    <message>
        <source>Keychain Unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Keep the sign-in for this session only? It is held in memory, never written to a file, and you sign in again after a restart.</source>
        <translation>Die Anmeldung nur für diese Sitzung behalten? Sie wird im Arbeitsspeicher gehalten, nie in eine Datei geschrieben, und nach einem Neustart melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Keep for This &amp;Session</source>
        <translation>Für diese &amp;Sitzung behalten</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Choose Sign In to connect it.</source>
        <translation>Wählen Sie „Anmelden“, um es zu verbinden.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account "%1"?</source>
        <translation>Das Konto „%1“ entfernen?</translation>
    </message>
    <message>
        <source>The app signs out first (its access is revoked at Zoho) and forgets the account. The jobs in Identity360 are not touched.</source>
        <translation>Die App meldet sich zuerst ab (ihr Zugriff wird bei Zoho widerrufen) und vergisst dann das Konto. Die Jobs in Identity360 bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Signing out and removing…</source>
        <translation>Wird abgemeldet und entfernt …</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of "%1"?</source>
        <translation>Von „%1“ abmelden?</translation>
    </message>
    <message>
        <source>The app's access is revoked at Zoho and removed from the keychain. Polling this account stops until you sign in again.</source>
        <translation>Der Zugriff der App wird bei Zoho widerrufen und aus dem Schlüsselbund entfernt. Die Abfragen dieses Kontos ruhen, bis Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Wird abgemeldet …</translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation>Browser wird geöffnet …</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser. If no browser opened, &lt;a href="%1"&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation>Warte darauf, dass Sie sich im Browser anmelden. Falls sich kein Browser geöffnet hat, &lt;a href="%1"&gt;öffnen Sie die Anmeldeseite&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>(No browser could be started.)</source>
        <translation>(Es konnte kein Browser gestartet werden.)</translation>
    </message>
    <message>
        <source>Sign In with a Self Client Code</source>
        <translation>Mit einem Code vom Self Client anmelden</translation>
    </message>
    <message>
        <source>In Zoho's API console, open the Self Client, generate a code with the scopes %1, and paste it here within three minutes:</source>
        <translation>Öffnen Sie in der API-Konsole von Zoho den Self Client, erzeugen Sie einen Code mit den Scopes %1 und fügen Sie ihn innerhalb von drei Minuten hier ein:</translation>
    </message>
    <message>
        <source>Exchanging the code…</source>
        <translation>Code wird eingetauscht …</translation>
    </message>
    <message>
        <source>Sign In with an Access Token</source>
        <translation>Mit einem Zugriffstoken anmelden</translation>
    </message>
    <message>
        <source>Paste an access token. It works until it expires (usually an hour) and cannot be renewed: then you sign in again.</source>
        <translation>Fügen Sie ein Zugriffstoken ein. Es gilt, bis es abläuft (meist eine Stunde), und kann nicht erneuert werden: Danach melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Keeping the token…</source>
        <translation>Token wird gespeichert …</translation>
    </message>
    <message>
        <source>signed in for this session only</source>
        <translation>nur für diese Sitzung angemeldet</translation>
    </message>
    <message>
        <source>The sign-in was given up: nothing was stored.</source>
        <translation>Die Anmeldung wurde verworfen: Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>how the account is signed in, read-only</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>how the account is signed in, managed</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: "%2" cannot be changed or removed. You sign it in and out, and give its client secret with Edit… if it needs one.</source>
        <translation>%1: „%2“ kann nicht geändert oder entfernt werden. Sie melden es an und ab und geben sein Client-Secret mit Bearbeiten … an, falls es eines braucht.</translation>
    </message>
</context>
<context>
    <name>AccountsNetwork</name>
    <message numerus="yes">
        <source>The accounts server's answer is larger than %n MiB, far more than a token answer holds: it was not read.</source>
        <translation>
            <numerusform>Die Antwort des Kontenservers ist größer als %n MiB, weit mehr als eine Token-Antwort enthält: Sie wurde nicht gelesen.</numerusform>
            <numerusform>Die Antwort des Kontenservers ist größer als %n MiB, weit mehr als eine Token-Antwort enthält: Sie wurde nicht gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts server redirected to another host; nothing was sent there.</source>
        <translation>Der Kontenserver hat auf einen anderen Host umgeleitet; dorthin wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>AdvancedFilter</name>
    <message>
        <source>%1: %2</source>
        <comment>account: what went wrong</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message numerus="yes">
        <source>%n damaged line(s) of the deletion log skipped.</source>
        <translation>
            <numerusform>%n beschädigte Zeile des Löschprotokolls übersprungen.</numerusform>
            <numerusform>%n beschädigte Zeilen des Löschprotokolls übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No deletion recorded.</source>
        <translation>Keine Löschung aufgezeichnet.</translation>
    </message>
    <message>
        <source>The deletion log could not be read: %1</source>
        <translation>Das Löschprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not remove %1: %2.</source>
        <translation>%1 konnte nicht entfernt werden: %2.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>The accounts server could not be reached: %1</source>
        <translation>Der Kontenserver ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser in time. Start it again.</source>
        <translation>Die Anmeldung wurde im Browser nicht rechtzeitig abgeschlossen. Starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>Port %1 on this machine is in use, so the browser cannot come back to the app. Close what uses it, or choose another redirect port (and register it with the client in Zoho's API console).</source>
        <translation>Port %1 auf diesem Rechner ist belegt, daher kann der Browser nicht zur App zurückkehren. Beenden Sie, was ihn belegt, oder wählen Sie einen anderen Weiterleitungsport (und tragen Sie ihn in der API-Konsole von Zoho beim Client ein).</translation>
    </message>
    <message>
        <source>Signed in. You can close this page and go back to Identity360 Job Monitor.</source>
        <translation>Angemeldet. Sie können diese Seite schließen und zu Identity360 Job Monitor zurückkehren.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The browser named an accounts server that is not one of Zoho's (%1): the code was not sent there.</source>
        <translation>Der Browser nannte einen Kontenserver, der nicht zu Zoho gehört (%1): Der Code wurde nicht dorthin geschickt.</translation>
    </message>
    <message>
        <source>This page is not part of a sign-in of Identity360 Job Monitor. You can close it.</source>
        <translation>Diese Seite gehört zu keiner Anmeldung von Identity360 Job Monitor. Sie können sie schließen.</translation>
    </message>
    <message>
        <source>The sign-in did not complete. You can close this page and go back to Identity360 Job Monitor.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen. Sie können diese Seite schließen und zu Identity360 Job Monitor zurückkehren.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Identity360 Job Monitor: watches ManageEngine Identity360 jobs and their results.</source>
        <translation>Identity360 Job Monitor: überwacht ManageEngine-Identity360-Jobs und ihre Ergebnisse.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Start an embedded Identity360 emulator with sample jobs and watch it.</source>
        <translation>Einen eingebauten Identity360-Emulator mit Beispieljobs starten und überwachen.</translation>
    </message>
    <message>
        <source>Watch the Jobs API at &lt;url&gt; (e.g. https://id360.manageengine.com/api/v1) for this run only, with the access token from the environment variable %1.</source>
        <translation>Die Jobs-API unter &lt;url&gt; (z. B. https://id360.manageengine.com/api/v1) nur für diesen Lauf überwachen, mit dem Zugriffstoken aus der Umgebungsvariable %1.</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--demo and --server cannot be used together.</source>
        <translation>--demo und --server können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--server: '%1' is not a usable URL; use https:// (http:// only for this machine).</source>
        <translation>--server: „%1“ ist keine verwendbare URL; verwenden Sie https:// (http:// nur für diesen Rechner).</translation>
    </message>
    <message>
        <source>--server needs an access token: set %1 in the environment.</source>
        <translation>--server braucht ein Zugriffstoken: setzen Sie %1 in der Umgebung.</translation>
    </message>
    <message>
        <source>Like --demo, with the sample jobs made from &lt;seed&gt;: the same jobs on every start.</source>
        <translation>Wie --demo, mit den Beispieljobs aus &lt;seed&gt;: bei jedem Start dieselben Jobs.</translation>
    </message>
    <message>
        <source>--demo-seed: '%1' is not a whole number from 0 to 4294967295.</source>
        <translation>--demo-seed: „%1“ ist keine ganze Zahl von 0 bis 4294967295.</translation>
    </message>
    <message>
        <source>Watch the stored account &lt;name&gt; (see 'id360-jobmon account --help').</source>
        <translation>Das gespeicherte Konto &lt;name&gt; überwachen (siehe „id360-jobmon account --help“).</translation>
    </message>
    <message>
        <source>--account cannot be used with --demo or --server.</source>
        <translation>--account kann nicht zusammen mit --demo oder --server verwendet werden.</translation>
    </message>
    <message>
        <source>Set up Identity360 accounts without the window. Verbs:
  add      store an account; with --token-stdin or --grant-code-stdin also sign it in
  list     show the stored accounts and whether they are signed in
  remove   sign an account out (revoking its token) and forget it
  login    sign an account in with the browser
Secrets are read from standard input, one per line: the client secret first (with --client-secret-stdin), then the token or code. They are kept only in the system keychain.</source>
        <translation>Identity360-Konten ohne Fenster einrichten. Verben:
  add      ein Konto speichern; mit --token-stdin oder --grant-code-stdin auch anmelden
  list     die gespeicherten Konten zeigen und ob sie angemeldet sind
  remove   ein Konto abmelden (sein Token widerrufen) und vergessen
  login    ein Konto mit dem Browser anmelden
Geheimnisse werden von der Standardeingabe gelesen, eines pro Zeile: zuerst das Client-Secret (mit --client-secret-stdin), dann das Token oder der Code. Sie werden nur im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>The account's name (add).</source>
        <translation>Der Name des Kontos (add).</translation>
    </message>
    <message>
        <source>US, EU, IN, AU, JP, CA, UK, SA, CN, or custom (add).</source>
        <translation>US, EU, IN, AU, JP, CA, UK, SA, CN oder custom (add).</translation>
    </message>
    <message>
        <source>The Jobs API base URL, if not the data center's (add).</source>
        <translation>Die Basis-URL der Jobs-API, falls nicht die des Rechenzentrums (add).</translation>
    </message>
    <message>
        <source>The Zoho accounts server, if not the data center's (add).</source>
        <translation>Der Kontenserver von Zoho, falls nicht der des Rechenzentrums (add).</translation>
    </message>
    <message>
        <source>The OAuth client id from Zoho's API console (add).</source>
        <translation>Die OAuth-Client-ID aus der API-Konsole von Zoho (add).</translation>
    </message>
    <message>
        <source>Comma-separated OAuth scopes (add; default id360.job.READ,id360.job.DELETE).</source>
        <translation>OAuth-Scopes, durch Kommas getrennt (add; Vorgabe id360.job.READ,id360.job.DELETE).</translation>
    </message>
    <message>
        <source>The loopback port registered as the client's redirect URI (add; default 47190).</source>
        <translation>Der lokale Port, der als Weiterleitungs-URI des Clients registriert ist (add; Vorgabe 47190).</translation>
    </message>
    <message>
        <source>Read the client secret from standard input (add).</source>
        <translation>Das Client-Secret von der Standardeingabe lesen (add).</translation>
    </message>
    <message>
        <source>Read an access token from standard input: it works until it expires (add).</source>
        <translation>Ein Zugriffstoken von der Standardeingabe lesen: Es gilt, bis es abläuft (add).</translation>
    </message>
    <message>
        <source>Read a Self Client grant code from standard input and exchange it (add).</source>
        <translation>Einen Grant-Code vom Self Client von der Standardeingabe lesen und einlösen (add).</translation>
    </message>
    <message>
        <source>add, list, remove or login</source>
        <translation>add, list, remove oder login</translation>
    </message>
    <message>
        <source>The account, for remove and login.</source>
        <translation>Das Konto, für remove und login.</translation>
    </message>
    <message>
        <source>account add: unexpected argument '%1'; give the name with --name.</source>
        <translation>account add: unerwartetes Argument „%1“; geben Sie den Namen mit --name an.</translation>
    </message>
    <message>
        <source>account add: --name is required.</source>
        <translation>account add: --name ist nötig.</translation>
    </message>
    <message>
        <source>account add: --data-center is required (US, EU, IN, AU, JP, CA, UK, SA, CN or custom).</source>
        <translation>account add: --data-center ist nötig (US, EU, IN, AU, JP, CA, UK, SA, CN oder custom).</translation>
    </message>
    <message>
        <source>account add: unknown data center '%1'; use US, EU, IN, AU, JP, CA, UK, SA, CN or custom.</source>
        <translation>account add: unbekanntes Rechenzentrum „%1“; verwenden Sie US, EU, IN, AU, JP, CA, UK, SA, CN oder custom.</translation>
    </message>
    <message>
        <source>account add: --client-id is required.</source>
        <translation>account add: --client-id ist nötig.</translation>
    </message>
    <message>
        <source>account add: --redirect-port: '%1' is not a port number (1-65535).</source>
        <translation>account add: --redirect-port: „%1“ ist keine Portnummer (1–65535).</translation>
    </message>
    <message>
        <source>account add: --token-stdin and --grant-code-stdin cannot be used together.</source>
        <translation>account add: --token-stdin und --grant-code-stdin können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>account %1: --%2 is only for account add.</source>
        <translation>account %1: --%2 gibt es nur für account add.</translation>
    </message>
    <message>
        <source>account list: unexpected argument '%1'.</source>
        <translation>account list: unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>account %1 needs the account's name: id360-jobmon account %1 NAME.</source>
        <translation>account %1 braucht den Namen des Kontos: id360-jobmon account %1 NAME.</translation>
    </message>
    <message>
        <source>account: unknown verb '%1'; use add, list, remove or login.</source>
        <translation>account: unbekanntes Verb „%1“; verwenden Sie add, list, remove oder login.</translation>
    </message>
    <message>
        <source>account add: --%1: '%2' is not a usable URL; give it in full with https:// (http:// only for this machine).</source>
        <translation>account add: --%1: „%2“ ist keine brauchbare URL; geben Sie sie vollständig mit https:// an (http:// nur für diesen Rechner).</translation>
    </message>
    <message>
        <source>Start in the system tray, without the window.</source>
        <translation>Im Infobereich starten, ohne Fenster.</translation>
    </message>
    <message>
        <source>Show the window; if the monitor is already running, bring its window to the front.</source>
        <translation>Das Fenster zeigen; läuft der Monitor schon, sein Fenster nach vorn holen.</translation>
    </message>
    <message>
        <source>Open the job &lt;id&gt; (in the monitor already running, if there is one); with --account, that account's job.</source>
        <translation>Den Job &lt;id&gt; öffnen (im schon laufenden Monitor, falls es einen gibt); mit --account den Job dieses Kontos.</translation>
    </message>
    <message>
        <source>--minimized cannot be used with --show or --job.</source>
        <translation>--minimized geht nicht zusammen mit --show oder --job.</translation>
    </message>
    <message>
        <source>--job: '%1' is not a job id: job ids are digits only.</source>
        <translation>--job: '%1' ist keine Job-ID: Job-IDs bestehen nur aus Ziffern.</translation>
    </message>
    <message>
        <source>Show no tray icon: the window is the monitor, and closing it quits. Notifications still go out.</source>
        <translation>Kein Symbol im Infobereich: Das Fenster ist der Monitor, Schließen beendet ihn. Benachrichtigungen kommen trotzdem.</translation>
    </message>
    <message>
        <source>--minimized needs the tray: it cannot be used with --no-tray.</source>
        <translation>--minimized braucht den Infobereich: es geht nicht zusammen mit --no-tray.</translation>
    </message>
    <message>
        <source>
Accounts without the window: id360-jobmon account --help
Jobs from a terminal or a script: id360-jobmon jobs --help
</source>
        <translation>
Konten ohne Fenster: id360-jobmon account --help
Jobs im Terminal oder in Skripten: id360-jobmon jobs --help
</translation>
    </message>
    <message>
        <source>List jobs, newest first.</source>
        <translation>Listet Jobs auf, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Show a job and its per-entity results.</source>
        <translation>Zeigt einen Job und seine Ergebnisse je Objekt.</translation>
    </message>
    <message>
        <source>Delete jobs, after asking (or with --yes).</source>
        <translation>Löscht Jobs nach Rückfrage (oder mit --yes).</translation>
    </message>
    <message>
        <source>Wait until jobs finish; say how each ended.</source>
        <translation>Wartet, bis Jobs fertig sind, und sagt, wie jeder endete.</translation>
    </message>
    <message>
        <source>Follow jobs as they change, until Ctrl+C.</source>
        <translation>Verfolgt Jobs, während sie sich ändern, bis Strg+C.</translation>
    </message>
    <message>
        <source>Write a job's per-entity results to a CSV or JSON file.</source>
        <translation>Schreibt die Ergebnisse eines Jobs je Objekt in eine CSV- oder JSON-Datei.</translation>
    </message>
    <message>
        <source>jobs: unknown verb '%1'; use list, show, delete, wait, watch or export.</source>
        <translation>jobs: unbekannter Befehl '%1'; möglich sind list, show, delete, wait, watch und export.</translation>
    </message>
    <message>
        <source>The stored account &lt;name&gt; (see 'id360-jobmon account list'); without it (and without --server), the account used last.</source>
        <translation>Das gespeicherte Konto &lt;name&gt; (siehe 'id360-jobmon account list'); ohne diese Option (und ohne --server) das zuletzt verwendete Konto.</translation>
    </message>
    <message>
        <source>The Jobs API at &lt;url&gt;, for this run only, with the access token from the environment variable %1.</source>
        <translation>Die Jobs-API unter &lt;url&gt;, nur für diesen Aufruf, mit dem Zugriffstoken aus der Umgebungsvariablen %1.</translation>
    </message>
    <message>
        <source>No messages on standard error but errors.</source>
        <translation>Auf der Standardfehlerausgabe nur Fehler, keine Meldungen.</translation>
    </message>
    <message>
        <source>Only jobs with these statuses: %1 (comma-separated).</source>
        <translation>Nur Jobs mit diesen Status: %1 (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Only jobs of the module &lt;name&gt;.</source>
        <translation>Nur Jobs des Moduls &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Only jobs whose action contains &lt;text&gt;.</source>
        <translation>Nur Jobs, deren Aktion &lt;text&gt; enthält.</translation>
    </message>
    <message>
        <source>Only jobs started since &lt;when&gt;: a time back from now (30m, 2h, 7d, 2w), a date (2026-11-01) or a date and time (2026-11-01T08:00); local time unless it carries Z or an offset.</source>
        <translation>Nur Jobs, die seit &lt;when&gt; gestartet sind: eine Zeitspanne zurück (30m, 2h, 7d, 2w), ein Datum (2026-11-01) oder Datum und Uhrzeit (2026-11-01T08:00); Ortszeit, außer mit Z oder einem Versatz.</translation>
    </message>
    <message>
        <source>Only jobs matching the SCIM filter &lt;expression&gt;, e.g. 'module eq "Management" and status eq "ERROR"' (attributes id, action_name, status, module, start_time, end_time).</source>
        <translation>Nur Jobs, die zum SCIM-Filter &lt;expression&gt; passen, z. B. 'module eq "Management" and status eq "ERROR"' (Attribute id, action_name, status, module, start_time, end_time).</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; jobs, the newest (default 50).</source>
        <translation>Höchstens &lt;n&gt; Jobs, die neuesten (Standard 50).</translation>
    </message>
    <message>
        <source>Every job, not only the newest 50.</source>
        <translation>Alle Jobs, nicht nur die neuesten 50.</translation>
    </message>
    <message>
        <source>table (default), json, csv or tsv.</source>
        <translation>table (Standard), json, csv oder tsv.</translation>
    </message>
    <message>
        <source>text (default), json or csv.</source>
        <translation>text (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>The columns, comma-separated, of id, status, action, module, started, ended, duration (default id,status,action,module,started,duration).</source>
        <translation>Die Spalten, durch Kommas getrennt, aus id, status, action, module, started, ended, duration (Standard id,status,action,module,started,duration).</translation>
    </message>
    <message>
        <source>Only the entities that failed.</source>
        <translation>Nur die fehlgeschlagenen Objekte.</translation>
    </message>
    <message>
        <source>Delete without asking (needed when standard input is not a terminal).</source>
        <translation>Ohne Rückfrage löschen (nötig, wenn die Standardeingabe kein Terminal ist).</translation>
    </message>
    <message>
        <source>Give up after &lt;duration&gt; (90s, 10m, 1h, or seconds) with exit status 4.</source>
        <translation>Nach &lt;duration&gt; (90s, 10m, 1h oder Sekunden) mit Exit-Status 4 aufgeben.</translation>
    </message>
    <message>
        <source>The file to write, ending .csv or .json.</source>
        <translation>Die zu schreibende Datei, mit der Endung .csv oder .json.</translation>
    </message>
    <message>
        <source>The job.</source>
        <translation>Der Job.</translation>
    </message>
    <message>
        <source>The jobs.</source>
        <translation>Die Jobs.</translation>
    </message>
    <message>
        <source>--account needs the account's name.</source>
        <translation>--account braucht den Namen des Kontos.</translation>
    </message>
    <message>
        <source>--account and --server cannot be used together.</source>
        <translation>--account und --server können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>'%1' is not a job id: job ids are digits only.</source>
        <translation>'%1' ist keine Job-ID: Job-IDs bestehen nur aus Ziffern.</translation>
    </message>
    <message>
        <source>unexpected argument '%1'.</source>
        <translation>unerwartetes Argument '%1'.</translation>
    </message>
    <message>
        <source>give exactly one job id.</source>
        <translation>genau eine Job-ID angeben.</translation>
    </message>
    <message>
        <source>give the id of at least one job.</source>
        <translation>die ID mindestens eines Jobs angeben.</translation>
    </message>
    <message>
        <source>--status: '%1' is not a status; use %2.</source>
        <translation>--status: '%1' ist kein Status; möglich sind %2.</translation>
    </message>
    <message>
        <source>--since: '%1' is neither a time back from now (30m, 2h, 7d, 2w) nor a date (2026-11-01) or date and time (2026-11-01T08:00).</source>
        <translation>--since: '%1' ist weder eine Zeitspanne zurück (30m, 2h, 7d, 2w) noch ein Datum (2026-11-01) oder Datum und Uhrzeit (2026-11-01T08:00).</translation>
    </message>
    <message>
        <source>--limit and --all cannot be used together.</source>
        <translation>--limit und --all können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--limit: '%1' is not a number of jobs (1 or more).</source>
        <translation>--limit: '%1' ist keine Anzahl von Jobs (1 oder mehr).</translation>
    </message>
    <message>
        <source>--format: '%1' is not one of %2.</source>
        <translation>--format: '%1' ist keines von %2.</translation>
    </message>
    <message>
        <source>--timeout: '%1' is not a duration (90s, 10m, 1h, 1d, or seconds).</source>
        <translation>--timeout: '%1' ist keine Dauer (90s, 10m, 1h, 1d oder Sekunden).</translation>
    </message>
    <message>
        <source>--output is required: the file to write, ending .csv or .json.</source>
        <translation>--output fehlt: die zu schreibende Datei, mit der Endung .csv oder .json.</translation>
    </message>
    <message>
        <source>--output: '%1' ends neither in .csv nor in .json.</source>
        <translation>--output: '%1' endet weder auf .csv noch auf .json.</translation>
    </message>
    <message>
        <source>
Exit status:
  0  success (a job already gone counts as deleted)
  1  the server, the network or the sign-in failed; a job of a delete
     failed; a waited job disappeared
  2  wrong usage, or refused before sending anything
  3  a waited job ended with WARNING, ERROR or an unknown status
  4  the time given with --timeout ran out
</source>
        <translation>
Exit-Status:
  0  Erfolg (ein bereits gelöschter Job zählt als gelöscht)
  1  Server, Netzwerk oder Anmeldung schlugen fehl; ein Job eines
     Löschens schlug fehl; ein erwarteter Job verschwand
  2  falsche Verwendung, oder abgelehnt, bevor etwas gesendet wurde
  3  ein erwarteter Job endete mit WARNING, ERROR oder einem unbekannten Status
  4  die mit --timeout gegebene Zeit lief ab
</translation>
    </message>
    <message>
        <source>Usage: id360-jobmon jobs VERB [options]
The jobs of an Identity360 account, from a terminal or a script.

Verbs:
</source>
        <translation>Aufruf: id360-jobmon jobs BEFEHL [Optionen]
Die Jobs eines Identity360-Kontos, im Terminal oder in Skripten.

Befehle:
</translation>
    </message>
    <message>
        <source>
Each verb's options: id360-jobmon jobs VERB --help
</source>
        <translation>
Die Optionen eines Befehls: id360-jobmon jobs BEFEHL --help
</translation>
    </message>
    <message>
        <source>--timeout: '%1' is longer than the longest wait, 24 days.</source>
        <translation>--timeout: '%1' ist länger als die längste Wartezeit, 24 Tage.</translation>
    </message>
    <message>
        <source>Usage: id360-jobmon audit VERB [options]
The deletion audit trail: every delete asked for, in the window or with 'jobs delete', and what became of it.

Verbs:
</source>
        <translation>Aufruf: id360-jobmon audit BEFEHL [Optionen]
Das Löschprotokoll: jede angeforderte Löschung, im Fenster oder mit 'jobs delete', und was aus ihr wurde.

Befehle:
</translation>
    </message>
    <message>
        <source>List the delete attempts, newest first.</source>
        <translation>Die Löschversuche auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>
Its options: id360-jobmon audit list --help
</source>
        <translation>
Seine Optionen: id360-jobmon audit list --help
</translation>
    </message>
    <message>
        <source>audit: unknown verb '%1'; use list.</source>
        <translation>audit: unbekannter Befehl '%1'; möglich ist list.</translation>
    </message>
    <message>
        <source>List the delete attempts, newest first: when, who, which job of which account, and what became of it.</source>
        <translation>Die Löschversuche auflisten, neueste zuerst: wann, wer, welcher Job welches Kontos und was aus ihm wurde.</translation>
    </message>
    <message>
        <source>Only attempts since &lt;when&gt;: a time back from now (30m, 2h, 7d, 2w), a date (2026-11-01) or a date and time (2026-11-01T08:00); local time unless it carries Z or an offset.</source>
        <translation>Nur Versuche seit &lt;when&gt;: eine Zeitspanne zurück (30m, 2h, 7d, 2w), ein Datum (2026-11-01) oder Datum und Uhrzeit (2026-11-01T08:00); Ortszeit, außer mit Z oder einem Versatz.</translation>
    </message>
    <message>
        <source>table (default), json or csv.</source>
        <translation>table (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>Deletions asked for and their outcomes: id360-jobmon audit --help
</source>
        <translation>Angeforderte Löschungen und ihr Ausgang: id360-jobmon audit --help
</translation>
    </message>
</context>
<context>
    <name>DeleteAccess</name>
    <message>
        <source>This sign-in may only read jobs: its scopes, %1, have neither id360.job.DELETE nor id360.job.ALL.</source>
        <translation>Diese Anmeldung darf Jobs nur lesen: ihre Scopes, %1, enthalten weder id360.job.DELETE noch id360.job.ALL.</translation>
    </message>
    <message>
        <source>This sign-in may only read jobs: the accounts server granted it only %1.</source>
        <translation>Diese Anmeldung darf Jobs nur lesen: der Kontenserver hat ihr nur %1 gewährt.</translation>
    </message>
    <message>
        <source>This sign-in may only read jobs: Identity360 refused it a delete for lack of the id360.job.DELETE scope. Sign in again with that scope to delete.</source>
        <translation>Diese Anmeldung darf Jobs nur lesen: Identity360 hat ihr eine Löschung verweigert, weil der Scope id360.job.DELETE fehlt. Melden Sie sich mit diesem Scope erneut an, um zu löschen.</translation>
    </message>
    <message>
        <source>read-only</source>
        <comment>an account that may not delete jobs</comment>
        <translation>nur Lesezugriff</translation>
    </message>
    <message>
        <source>Deleting jobs is turned off by your administrator.</source>
        <translation>Das Löschen von Jobs hat Ihre Administration abgeschaltet.</translation>
    </message>
</context>
<context>
    <name>DeleteJobsDialog</name>
    <message>
        <source>Delete Jobs</source>
        <translation>Jobs löschen</translation>
    </message>
    <message>
        <source>%1 — ID %2 — %3</source>
        <translation>%1 — ID %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>account: what is said about it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delete this job from Identity360?</source>
        <translation>Diesen Job aus Identity360 löschen?</translation>
    </message>
    <message>
        <source>%1
ID %2 · %3</source>
        <translation>%1
ID %2 · %3</translation>
    </message>
    <message>
        <source>%1
Account %2</source>
        <comment>job facts, then its account</comment>
        <translation>%1
Konto %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s) from Identity360?</source>
        <translation>
            <numerusform>%n Job aus Identity360 löschen?</numerusform>
            <numerusform>%n Jobs aus Identity360 löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more (see the details)</source>
        <translation>
            <numerusform>
… und %n weiterer (siehe Details)</numerusform>
            <numerusform>
… und %n weitere (siehe Details)</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>%n of these job(s) is still queued or running: deleting removes the job from the list; whether its work stops is up to Identity360. </source>
        <translation>
            <numerusform>%n dieser Jobs wartet oder läuft noch: Löschen entfernt den Job aus der Liste; ob seine Arbeit endet, entscheidet Identity360. </numerusform>
            <numerusform>%n dieser Jobs warten oder laufen noch: Löschen entfernt die Jobs aus der Liste; ob ihre Arbeit endet, entscheidet Identity360. </numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <comment>confirm</comment>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>%1, ID %2: %3</source>
        <comment>account, job id: why it was not deleted</comment>
        <translation>%1, ID %2: %3</translation>
    </message>
    <message>
        <source>ID %1: %2</source>
        <translation>ID %1: %2</translation>
    </message>
    <message>
        <source>Some Jobs Were Not Deleted</source>
        <translation>Einige Jobs wurden nicht gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) could not be deleted and are still listed.</source>
        <translation>
            <numerusform>%n Job konnte nicht gelöscht werden und bleibt in der Liste.</numerusform>
            <numerusform>%n Jobs konnten nicht gelöscht werden und bleiben in der Liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletionHistory</name>
    <message>
        <source>No answer recorded</source>
        <comment>deletion outcome</comment>
        <translation>Keine Antwort aufgezeichnet</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>deletion outcome</comment>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Already gone</source>
        <comment>deletion outcome</comment>
        <translation>Schon fort</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>deletion outcome</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <comment>deletion outcome</comment>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>der Server war nicht erreichbar</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>die sichere Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the answer could not be read</source>
        <translation>die Antwort konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>a redirect to another server was refused</source>
        <translation>eine Umleitung auf einen anderen Server wurde abgelehnt</translation>
    </message>
    <message>
        <source>not a job id; nothing was sent</source>
        <translation>keine Job-ID; es wurde nichts gesendet</translation>
    </message>
</context>
<context>
    <name>DeletionHistoryDialog</name>
    <message>
        <source>Deletion History</source>
        <translation>Löschverlauf</translation>
    </message>
    <message>
        <source>Search job, action, account, outcome…</source>
        <translation>Job, Aktion, Konto, Ausgang suchen …</translation>
    </message>
    <message numerus="yes">
        <source>Not shown: %n damaged line(s) of the log that could not be read.</source>
        <translation>
            <numerusform>Nicht angezeigt: %n beschädigte Zeile des Protokolls, die nicht gelesen werden konnte.</numerusform>
            <numerusform>Nicht angezeigt: %n beschädigte Zeilen des Protokolls, die nicht gelesen werden konnten.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Shown Attempts as CSV…</source>
        <translation>Angezeigte Versuche als CSV …</translation>
    </message>
    <message>
        <source>Shown Attempts as JSON…</source>
        <translation>Angezeigte Versuche als JSON …</translation>
    </message>
    <message>
        <source>Export Deletion History</source>
        <translation>Löschverlauf exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The deletion history could not be written to %1: %2</source>
        <translation>Der Löschverlauf konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The deletion log could not be read: %1</source>
        <translation>Das Löschprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>DeletionHistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>Job-ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>API host</source>
        <translation>API-Host</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>DeletionLog</name>
    <message>
        <source>another program replaced the file at every try</source>
        <translation>ein anderes Programm hat die Datei bei jedem Versuch ersetzt</translation>
    </message>
    <message>
        <source>write: %1 of %2 bytes written</source>
        <translation>write: %1 von %2 Bytes geschrieben</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <source>&amp;Open Job Monitor</source>
        <translation>Job Monitor ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Pause Polling</source>
        <translation>Abfragen &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>&amp;Nicht stören</translation>
    </message>
    <message>
        <source>Hold every notification but failures</source>
        <translation>Alle Benachrichtigungen außer Fehlschlägen zurückhalten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>This desktop offers no system tray (some Wayland desktops do not), so there is no tray icon: closing the window quits, and notifications still go out.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich (manche Wayland-Desktops nicht), daher gibt es kein Symbol dort: Schließen des Fensters beendet den Monitor, Benachrichtigungen kommen trotzdem.</translation>
    </message>
    <message>
        <source>The tray icon is off (the monitor was started with --no-tray): closing the window quits, and notifications still go out.</source>
        <translation>Das Symbol im Infobereich ist aus (der Monitor wurde mit --no-tray gestartet): Schließen des Fensters beendet ihn, Benachrichtigungen kommen trotzdem.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show Failures</source>
        <translation>Fehler zeigen</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden …</translation>
    </message>
</context>
<context>
    <name>EmptyJobsPage</name>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Once the account is signed in, its jobs appear here.</source>
        <translation>Sobald das Konto angemeldet ist, erscheinen hier seine Jobs.</translation>
    </message>
    <message>
        <source>No jobs yet: the server has not answered (see below).</source>
        <translation>Noch keine Jobs: Der Server hat nicht geantwortet (siehe unten).</translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation>Jobs werden geladen …</translation>
    </message>
    <message>
        <source>Asking the server which jobs match the advanced filter…</source>
        <translation>Frage den Server, welche Jobs zum erweiterten Filter passen …</translation>
    </message>
    <message>
        <source>No job matches the filters.</source>
        <translation>Kein Job passt zu den Filtern.</translation>
    </message>
    <message>
        <source>The server lists no jobs yet. New jobs appear here as they start.</source>
        <translation>Der Server führt noch keine Jobs. Neue Jobs erscheinen hier, sobald sie starten.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show only %1 jobs (together with the other chips that are on)</source>
        <translation>Nur %1 Jobs zeigen (zusammen mit den anderen eingeschalteten Filtern)</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Alle Module</translation>
    </message>
    <message>
        <source>Started within</source>
        <translation>Gestartet innerhalb</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Search action, module or ID (Ctrl+F)</source>
        <translation>Aktion, Modul oder ID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>Jobs durchsuchen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Filter on the server with a SCIM expression</source>
        <translation>Auf dem Server mit einem SCIM-Ausdruck filtern</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Save these filters under a name, or use saved ones</source>
        <translation>Diese Filter unter einem Namen speichern oder gespeicherte verwenden</translation>
    </message>
    <message>
        <source>SCIM &amp;filter:</source>
        <translation>SCIM-&amp;Filter:</translation>
    </message>
    <message>
        <source>SCIM filter</source>
        <translation>SCIM-Filter</translation>
    </message>
    <message>
        <source>Attributes: id, action_name, status, module, start_time, end_time. Operators: eq ne co sw ew gt ge lt le pr, with and, or, not and parentheses. Enter sends it to the server.</source>
        <translation>Attribute: id, action_name, status, module, start_time, end_time. Operatoren: eq ne co sw ew gt ge lt le pr, mit and, or, not und Klammern. Die Eingabetaste schickt ihn an den Server.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Not a valid filter: %1</source>
        <translation>Kein gültiger Filter: %1</translation>
    </message>
    <message>
        <source>Valid. Press Enter to ask the server.</source>
        <translation>Gültig. Mit der Eingabetaste den Server fragen.</translation>
    </message>
    <message>
        <source>&amp;Advanced (on)</source>
        <translation>&amp;Erweitert (an)</translation>
    </message>
    <message>
        <source>Not set: every job is shown.</source>
        <translation>Nicht gesetzt: Alle Jobs werden angezeigt.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Frage den Server …</translation>
    </message>
    <message numerus="yes">
        <source>The server matched %n job(s).</source>
        <translation>
            <numerusform>Der Server fand %n Job.</numerusform>
            <numerusform>Der Server fand %n Jobs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the server's last answer; asking again failed: %1</source>
        <translation>Die letzte Antwort des Servers wird gezeigt; erneutes Fragen schlug fehl: %1</translation>
    </message>
    <message>
        <source>Not applied, the server did not answer: %1</source>
        <translation>Nicht angewendet, der Server hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>&amp;Save Current Filters…</source>
        <translation>Aktuelle Filter &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Delete Preset</source>
        <translation>Vorlage &amp;löschen</translation>
    </message>
    <message>
        <source>Save Filters</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name for these filters:</source>
        <translation>Name für diese Filter:</translation>
    </message>
    <message>
        <source>Replace Preset</source>
        <translation>Vorlage ersetzen</translation>
    </message>
    <message>
        <source>A preset named "%1" exists. Replace it?</source>
        <translation>Eine Vorlage namens „%1“ gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <source>Ask Again</source>
        <translation>Erneut fragen</translation>
    </message>
    <message>
        <source>Ask the server again for the jobs that match</source>
        <translation>Den Server erneut nach den passenden Jobs fragen</translation>
    </message>
    <message>
        <source>A range picked in Insights is not kept in a preset: pick a period first</source>
        <translation>Ein in den Trends gewählter Zeitraum wird nicht in einer Vorlage gespeichert: wählen Sie zuerst einen Zeitraum</translation>
    </message>
</context>
<context>
    <name>InsightsDialog</name>
    <message>
        <source>Insights</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren</translation>
    </message>
    <message>
        <source>By action</source>
        <translation>Nach Aktion</translation>
    </message>
    <message>
        <source>By module</source>
        <translation>Nach Modul</translation>
    </message>
    <message>
        <source>Click a row to show its jobs in the main window, or a day's bar to show that day's. Rates are of the runs that ended; durations of the runs that finished. Failed entities count only jobs whose results were opened.</source>
        <translation>Klicken Sie auf eine Zeile, um ihre Jobs im Hauptfenster zu zeigen, oder auf den Balken eines Tages für die Jobs dieses Tages. Quoten beziehen sich auf die beendeten Läufe, Dauern auf die abgeschlossenen. Fehlgeschlagene Entitäten zählen nur in Jobs, deren Ergebnisse geöffnet wurden.</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Am %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
</context>
<context>
    <name>InsightsTableModel</name>
    <message>
        <source>%1: runs %2, failed %3</source>
        <comment>one day of the Insights chart</comment>
        <translation>%1: %2 Läufe, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Runs and failures by day: %1</source>
        <translation>Läufe und Fehlschläge pro Tag: %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Warning rate</source>
        <translation>Warnquote</translation>
    </message>
    <message>
        <source>Median duration</source>
        <translation>Median der Dauer</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Failed entities</source>
        <translation>Fehlgeschlagene Entitäten</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Pro Tag</translation>
    </message>
</context>
<context>
    <name>JobDeletion</name>
    <message numerus="yes">
        <source>%n job(s) deleted</source>
        <translation>
            <numerusform>%n Job gelöscht</numerusform>
            <numerusform>%n Jobs gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n schon entfernt</numerusform>
            <numerusform>%n schon entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be read in the last answer; not deleted</source>
        <translation>in der letzten Antwort nicht lesbar; nicht gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%n not recorded in the Deletion History (%1)</source>
        <translation>
            <numerusform>%n nicht im Löschverlauf aufgezeichnet (%1)</numerusform>
            <numerusform>%n nicht im Löschverlauf aufgezeichnet (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobDetailPane</name>
    <message>
        <source>Select a job to see what happened to each user or group.</source>
        <translation>Wählen Sie einen Job, um zu sehen, was mit jedem Benutzer und jeder Gruppe geschah.</translation>
    </message>
    <message>
        <source>Loading the results…</source>
        <translation>Ergebnisse werden geladen …</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>Nur &amp;Fehler</translation>
    </message>
    <message>
        <source>Search entity or message…</source>
        <translation>Objekt oder Meldung suchen …</translation>
    </message>
    <message>
        <source>Search the results</source>
        <translation>Ergebnisse durchsuchen</translation>
    </message>
    <message>
        <source>Results per entity</source>
        <translation>Ergebnisse je Objekt</translation>
    </message>
    <message>
        <source>Success</source>
        <comment>entity result</comment>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy the job's id to the clipboard</source>
        <translation>Die ID des Jobs in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>The results of this job could not be loaded.
%1</source>
        <translation>Die Ergebnisse dieses Jobs konnten nicht geladen werden.
%1</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>Modul: %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>All Results as CSV…</source>
        <translation>Alle Ergebnisse als CSV …</translation>
    </message>
    <message>
        <source>Errors Only as CSV…</source>
        <translation>Nur Fehler als CSV …</translation>
    </message>
    <message>
        <source>All Results as JSON…</source>
        <translation>Alle Ergebnisse als JSON …</translation>
    </message>
    <message>
        <source>Errors Only as JSON…</source>
        <translation>Nur Fehler als JSON …</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The results could not be written to %1: %2</source>
        <translation>Die Ergebnisse konnten nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>The job exactly as the server sent it, decoded</source>
        <translation>Der Job genau so, wie der Server ihn schickte, dekodiert</translation>
    </message>
    <message>
        <source>Job %1 — Raw JSON</source>
        <translation>Job %1 — Roh-JSON</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy what the server sent to the clipboard</source>
        <translation>Kopiert, was der Server gesendet hat, in die Zwischenablage</translation>
    </message>
    <message>
        <source>What the server sent</source>
        <translation>Was der Server gesendet hat</translation>
    </message>
    <message>
        <source>Job %1 could not be read: %2. This is what the server sent:</source>
        <translation>Job %1 konnte nicht gelesen werden: %2. Das hat der Server gesendet:</translation>
    </message>
    <message>
        <source>This job could not be read in the last answer: %1. It is shown as it was last read; the server sent:</source>
        <translation>Dieser Job konnte in der letzten Antwort nicht gelesen werden: %1. Er wird so angezeigt, wie er zuletzt gelesen wurde; der Server hat gesendet:</translation>
    </message>
</context>
<context>
    <name>JobNotifier</name>
    <message numerus="yes">
        <source>%1 of %n user(s) failed</source>
        <translation>
            <numerusform>%1 von %n Benutzer fehlgeschlagen</numerusform>
            <numerusform>%1 von %n Benutzern fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s) failed</source>
        <translation>
            <numerusform>%1 von %n Gruppe fehlgeschlagen</numerusform>
            <numerusform>%1 von %n Gruppen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entity(ies) failed</source>
        <translation>
            <numerusform>%1 von %n Objekt fehlgeschlagen</numerusform>
            <numerusform>%1 von %n Objekten fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) succeeded</source>
        <translation>
            <numerusform>Der Benutzer war erfolgreich</numerusform>
            <numerusform>Alle %n Benutzer erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n group(s) succeeded</source>
        <translation>
            <numerusform>Die Gruppe war erfolgreich</numerusform>
            <numerusform>Alle %n Gruppen erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n entity(ies) succeeded</source>
        <translation>
            <numerusform>Das Objekt war erfolgreich</numerusform>
            <numerusform>Alle %n Objekte erfolgreich</numerusform>
        </translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 finished with warnings</source>
        <translation>%1 mit Warnungen beendet</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 abgeschlossen</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished</source>
        <translation>
            <numerusform>%n Job beendet</numerusform>
            <numerusform>%n Jobs beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n abgeschlossen</numerusform>
            <numerusform>%n abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n mit Warnungen</numerusform>
            <numerusform>%n mit Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may be stuck</source>
        <translation>%1 hängt womöglich</translation>
    </message>
    <message>
        <source>Queued for %1; it usually takes %2.</source>
        <translation>Seit %1 in der Warteschlange; üblich sind %2.</translation>
    </message>
    <message>
        <source>Running for %1; it usually takes %2.</source>
        <translation>Läuft seit %1; üblich sind %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished while you were not to be disturbed</source>
        <translation>
            <numerusform>%n Job beendet, während Sie nicht gestört werden wollten</numerusform>
            <numerusform>%n Jobs beendet, während Sie nicht gestört werden wollten</numerusform>
        </translation>
    </message>
    <message>
        <source>usually 1 in %1</source>
        <translation>sonst 1 von %1</translation>
    </message>
    <message>
        <source>usually none</source>
        <translation>sonst keiner</translation>
    </message>
    <message numerus="yes">
        <source>no runs in the %n days before</source>
        <translation>
            <numerusform>keine Läufe an %n Tag davor</numerusform>
            <numerusform>keine Läufe in den %n Tagen davor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 runs failed today, %4</source>
        <translation>%1: %2 von %3 Läufen sind heute fehlgeschlagen, %4</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>UNREADABLE</source>
        <comment>job status, written like the API's statuses</comment>
        <translation>UNLESBAR</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Unknown column "%1"; the columns are %2.</source>
        <translation>Unbekannte Spalte „%1“; die Spalten sind %2.</translation>
    </message>
    <message>
        <source>%1  deleted</source>
        <translation>%1  gelöscht</translation>
    </message>
    <message>
        <source>%1  already gone (deleted before): nothing to delete</source>
        <translation>%1  schon fort (vorher gelöscht): nichts zu löschen</translation>
    </message>
    <message>
        <source>%1  not deleted: %2</source>
        <translation>%1  nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Fetching page %1…</source>
        <translation>Seite %1 wird abgerufen…</translation>
    </message>
    <message>
        <source>Fetching page %1 of %2…</source>
        <translation>Seite %1 von %2 wird abgerufen…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>JobOverview</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>server errors</source>
        <translation>Serverfehler</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the last hour</source>
        <translation>
            <numerusform>%n in der letzten Stunde fehlgeschlagen</numerusform>
            <numerusform>%n in der letzten Stunde fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings in the last hour</source>
        <translation>
            <numerusform>%n mit Warnungen in der letzten Stunde</numerusform>
            <numerusform>%n mit Warnungen in der letzten Stunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing running</source>
        <translation>Nichts läuft</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>polling paused</source>
        <translation>Abfragen pausiert</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
</context>
<context>
    <name>JobResultModel</name>
    <message>
        <source>Error</source>
        <comment>entity result</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Success</source>
        <comment>entity result</comment>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n erfolgreich</numerusform>
            <numerusform>%n erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n sonstiges</numerusform>
            <numerusform>%n sonstige</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Queued</source>
        <comment>job status</comment>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job status</comment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>job status</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>job status</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>job status</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>job status</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <comment>job status</comment>
        <translation>Unlesbar</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>The server reported a status this version does not know: %1</source>
        <translation>Der Server meldete einen Status, den diese Version nicht kennt: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>job status</comment>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>The server sent this job in a form that could not be read: %1</source>
        <translation>Der Server hat diesen Job in einer Form gesendet, die nicht gelesen werden konnte: %1</translation>
    </message>
    <message>
        <source>Could not be read in the last answer (%1); shown as last read.</source>
        <translation>In der letzten Antwort nicht lesbar (%1); so angezeigt, wie zuletzt gelesen.</translation>
    </message>
</context>
<context>
    <name>JobTableView</name>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
</context>
<context>
    <name>JobWaiter</name>
    <message>
        <source>The id given was “%1”.</source>
        <translation>Die angegebene ID war „%1“.</translation>
    </message>
</context>
<context>
    <name>JobsClient</name>
    <message>
        <source>The response was larger than %1 MB.</source>
        <translation>Die Antwort war größer als %1 MB.</translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <source>jobs delete: nobody can be asked (standard input is not a terminal), so nothing was deleted; add --yes to delete without asking.</source>
        <translation>jobs delete: niemand kann gefragt werden (die Standardeingabe ist kein Terminal), darum wurde nichts gelöscht; mit --yes wird ohne Rückfrage gelöscht.</translation>
    </message>
    <message>
        <source>There is no account named "%1"; see 'id360-jobmon account list'.</source>
        <translation>Es gibt kein Konto namens „%1“; siehe 'id360-jobmon account list'.</translation>
    </message>
    <message>
        <source>There is no account yet: add one with 'id360-jobmon account add', or name a server with --server.</source>
        <translation>Es gibt noch kein Konto: fügen Sie eines mit 'id360-jobmon account add' hinzu oder nennen Sie einen Server mit --server.</translation>
    </message>
    <message>
        <source>Which account? Name it with --account (see 'id360-jobmon account list').</source>
        <translation>Welches Konto? Nennen Sie es mit --account (siehe 'id360-jobmon account list').</translation>
    </message>
    <message>
        <source>account "%1"</source>
        <translation>Konto „%1“</translation>
    </message>
    <message>
        <source>Sign in again: id360-jobmon account login "%1"</source>
        <translation>Melden Sie sich erneut an: id360-jobmon account login "%1"</translation>
    </message>
    <message numerus="yes">
        <source>%n listed job(s) had no readable id and are not shown.</source>
        <translation>
            <numerusform>%n aufgelisteter Job hatte keine lesbare ID und wird nicht gezeigt.</numerusform>
            <numerusform>%n aufgelistete Jobs hatten keine lesbare ID und werden nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n job(s); more with --limit or --all.</source>
        <translation>
            <numerusform>Der neueste Job; mehr mit --limit oder --all.</numerusform>
            <numerusform>Die neuesten %n Jobs; mehr mit --limit oder --all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Job %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) of job %1 written to %2.</source>
        <translation>
            <numerusform>%n Ergebnis des Jobs %1 in %2 geschrieben.</numerusform>
            <numerusform>%n Ergebnisse des Jobs %1 in %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s) of %1? This cannot be undone.</source>
        <translation>
            <numerusform>%n Job von %1 löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Jobs von %1 löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete? [y/N] </source>
        <extracomment>The question before deleting; [y/N] names the answers, No being the default.</extracomment>
        <translation>Löschen? [j/N] </translation>
    </message>
    <message>
        <source>y,yes</source>
        <translation>j,ja</translation>
    </message>
    <message>
        <source>Job %1 is gone: it was deleted, or it is not one of %2's jobs.</source>
        <translation>Job %1 ist fort: er wurde gelöscht oder gehört nicht zu %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n s.</source>
        <translation>
            <numerusform>%1 Neuer Versuch in %n s.</numerusform>
            <numerusform>%1 Neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still not finished after %1: %2.</source>
        <translation>Nach %1 noch nicht fertig: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Watching %1: %n job(s) queued or running; Ctrl+C ends.</source>
        <translation>
            <numerusform>%1 wird beobachtet: %n Job wartet oder läuft; Strg+C beendet.</numerusform>
            <numerusform>%1 wird beobachtet: %n Jobs warten oder laufen; Strg+C beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 was deleted.</source>
        <translation>Job %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Account "%1": %2 Nothing was deleted.</source>
        <translation>Konto „%1“: %2 Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>%1 Nothing was deleted.</source>
        <translation>%1 Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>%1  not recorded in the Deletion History: %2</source>
        <translation>%1  nicht im Löschverlauf aufgezeichnet: %2</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the stored entry is not one of ours</source>
        <translation>der gespeicherte Eintrag stammt nicht von dieser App</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Identity360 Job Monitor</source>
        <translation>Identity360 Job Monitor</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Fetch every job from the server now (%1)</source>
        <translation>Alle Jobs jetzt vom Server abrufen (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete the selected jobs from Identity360 (%1)</source>
        <translation>Die ausgewählten Jobs aus Identity360 löschen (%1)</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Job</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n job(s)…</source>
        <translation>
            <numerusform>%n Job wird gelöscht …</numerusform>
            <numerusform>%n Jobs werden gelöscht …</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find Jobs…</source>
        <translation>Jobs &amp;suchen …</translation>
    </message>
    <message>
        <source>&amp;Pause Polling</source>
        <translation>Abfragen &amp;anhalten</translation>
    </message>
    <message>
        <source>Stop asking the server until you resume (%1)</source>
        <translation>Den Server nicht mehr abfragen, bis Sie fortsetzen (%1)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten …</translation>
    </message>
    <message>
        <source>Add, edit, sign in or remove Identity360 accounts</source>
        <translation>Identity360-Konten hinzufügen, bearbeiten, anmelden oder entfernen</translation>
    </message>
    <message>
        <source>The server no longer accepts this account's sign-in: %1</source>
        <translation>Der Server akzeptiert die Anmeldung dieses Kontos nicht mehr: %1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>How often to poll, notifications, the appearance and the tray (%1)</source>
        <translation>Wie oft abgefragt wird, Benachrichtigungen, Aussehen und Infobereich (%1)</translation>
    </message>
    <message>
        <source>Deletion &amp;History…</source>
        <translation>Lösch&amp;verlauf …</translation>
    </message>
    <message>
        <source>&amp;Insights…</source>
        <translation>&amp;Trends …</translation>
    </message>
    <message>
        <source>Runs, failures and durations per action and module by day (%1)</source>
        <translation>Läufe, Fehlschläge und Dauern pro Aktion und Modul, Tag für Tag (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>account: why it may not delete</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>the file cannot be read; no policy is applied</source>
        <translation>die Datei kann nicht gelesen werden; es gilt keine Richtlinie</translation>
    </message>
    <message>
        <source>unknown group: only [General] and [Account NAME] are read; ignored</source>
        <translation>unbekannte Gruppe: gelesen werden nur [General] und [Account NAME]; ignoriert</translation>
    </message>
    <message>
        <source>'%1' is not a whole number from %2 to %3; ignored</source>
        <translation>'%1' ist keine ganze Zahl von %2 bis %3; ignoriert</translation>
    </message>
    <message>
        <source>unknown key; ignored</source>
        <translation>unbekannter Schlüssel; ignoriert</translation>
    </message>
    <message>
        <source>'%1' is neither true nor false; ignored</source>
        <translation>'%1' ist weder true noch false; ignoriert</translation>
    </message>
    <message>
        <source>unknown data center '%1' (one of %2); the account is ignored</source>
        <translation>unbekanntes Rechenzentrum '%1' (eines von %2); das Konto wird ignoriert</translation>
    </message>
    <message>
        <source>a secret has no place in a file every user can read; ignored (each user enters the client secret once, or it is deployed with 'id360-jobmon account add … --client-secret-stdin')</source>
        <translation>ein Geheimnis gehört nicht in eine Datei, die jeder Benutzer lesen kann; ignoriert (jeder Benutzer gibt das Client-Secret einmal ein, oder es wird mit 'id360-jobmon account add … --client-secret-stdin' verteilt)</translation>
    </message>
    <message>
        <source>'%1' is not a port from 1 to 65535; ignored</source>
        <translation>'%1' ist kein Port von 1 bis 65535; ignoriert</translation>
    </message>
    <message>
        <source>%1 The account is ignored.</source>
        <translation>%1 Das Konto wird ignoriert.</translation>
    </message>
    <message>
        <source>a second account named "%1"; ignored</source>
        <translation>ein zweites Konto namens „%1“; ignoriert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>policy file, problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <comment>policy file, key, problem</comment>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>Your administrator sets some of these settings in %1.</source>
        <translation>Einige dieser Einstellungen legt Ihre Administration in %1 fest.</translation>
    </message>
    <message>
        <source>What the file says but cannot be obeyed was ignored (tell your helpdesk):</source>
        <translation>Was die Datei vorgibt, aber nicht befolgt werden kann, wurde ignoriert (sagen Sie es Ihrem Helpdesk):</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Von Ihrer Administration festgelegt</translation>
    </message>
    <message>
        <source>the file has lines that are not INI; the rest is applied</source>
        <translation>die Datei hat Zeilen, die kein INI sind; der Rest gilt</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; that group is ignored (save the file as UTF-8)</source>
        <translation>Zeile %1 ist kein UTF-8-Text; diese Gruppe wird ignoriert (speichern Sie die Datei als UTF-8)</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; ignored (save the file as UTF-8)</source>
        <translation>Zeile %1 ist kein UTF-8-Text; ignoriert (speichern Sie die Datei als UTF-8)</translation>
    </message>
    <message>
        <source>line %1: a group's name cannot hold ';'; that group is ignored</source>
        <translation>Zeile %1: der Name einer Gruppe darf kein ';' enthalten; diese Gruppe wird ignoriert</translation>
    </message>
    <message>
        <source>line %1 is not INI (a [group], a key=value or a ;comment); ignored</source>
        <translation>Zeile %1 ist kein INI (eine [Gruppe], ein Schlüssel=Wert oder ein ;Kommentar); ignoriert</translation>
    </message>
    <message>
        <source>managed</source>
        <comment>an account the administrator set up</comment>
        <translation>verwaltet</translation>
    </message>
</context>
<context>
    <name>RequestError</name>
    <message>
        <source>The server did not accept the access token.</source>
        <translation>Der Server hat das Zugriffstoken nicht angenommen.</translation>
    </message>
    <message>
        <source>The account is not allowed to do this (missing OAuth scope?).</source>
        <translation>Das Konto darf das nicht (fehlender OAuth-Scope?).</translation>
    </message>
    <message>
        <source>Not found on the server.</source>
        <translation>Auf dem Server nicht gefunden.</translation>
    </message>
    <message>
        <source>The server asks to slow down; retry in %1 s.</source>
        <translation>Der Server bittet um weniger Anfragen; neuer Versuch in %1 s.</translation>
    </message>
    <message>
        <source>The server asks to slow down.</source>
        <translation>Der Server bittet um weniger Anfragen.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection could not be trusted.</source>
        <translation>Der sicheren Verbindung kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>The server's answer could not be read.</source>
        <translation>Die Antwort des Servers war nicht lesbar.</translation>
    </message>
    <message>
        <source>The server redirected to another host; nothing was sent there.</source>
        <translation>Der Server hat auf einen anderen Host umgeleitet; dorthin wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The job id is not a number; nothing was sent.</source>
        <translation>Die Job-ID ist keine Zahl; es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>ScimFilter</name>
    <message>
        <source>expected 'and', 'or' or the end of the filter at character %1, found '%2'</source>
        <translation>„and“, „or“ oder das Ende des Filters erwartet bei Zeichen %1, gefunden: „%2“</translation>
    </message>
    <message>
        <source>expected '(' after 'not' at character %1, found '%2'</source>
        <translation>„(“ nach „not“ erwartet bei Zeichen %1, gefunden: „%2“</translation>
    </message>
    <message>
        <source>expected ')' at character %1 to close the '(' at character %2, found '%3'</source>
        <translation>„)“ erwartet bei Zeichen %1, um die „(“ bei Zeichen %2 zu schließen, gefunden: „%3“</translation>
    </message>
    <message>
        <source>expected an attribute name at character %1, found '%2'</source>
        <translation>Attributname erwartet bei Zeichen %1, gefunden: „%2“</translation>
    </message>
    <message>
        <source>unknown attribute '%1' at character %2; jobs have id, action_name, status, module, start_time and end_time</source>
        <translation>Unbekanntes Attribut „%1“ bei Zeichen %2; Jobs haben id, action_name, status, module, start_time und end_time</translation>
    </message>
    <message>
        <source>expected an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) after '%1' at character %2, found '%3'</source>
        <translation>Operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) nach „%1“ erwartet bei Zeichen %2, gefunden: „%3“</translation>
    </message>
    <message>
        <source>null at character %1 can only be compared with eq or ne</source>
        <translation>null bei Zeichen %1 kann nur mit eq oder ne verglichen werden</translation>
    </message>
    <message>
        <source>"%1" at character %2 is not an ISO 8601 date-time such as "2025-04-04T13:12:13.000Z"</source>
        <translation>„%1“ bei Zeichen %2 ist kein ISO-8601-Zeitpunkt wie „2025-04-04T13:12:13.000Z“</translation>
    </message>
    <message>
        <source>%1 compares text: put the value at character %2 in double quotes, as in %1 %3 "%4"</source>
        <translation>%1 vergleicht Text: Setzen Sie den Wert bei Zeichen %2 in doppelte Anführungszeichen, wie in %1 %3 "%4"</translation>
    </message>
    <message>
        <source>expected a value after '%1' at character %2, found '%3'</source>
        <translation>Wert nach „%1“ erwartet bei Zeichen %2, gefunden: „%3“</translation>
    </message>
    <message>
        <source>the end of the filter</source>
        <translation>das Ende des Filters</translation>
    </message>
    <message>
        <source>unexpected character '%1' at character %2</source>
        <translation>Unerwartetes Zeichen „%1“ bei Zeichen %2</translation>
    </message>
    <message>
        <source>invalid \u escape at character %1</source>
        <translation>ungültige \u-Escape-Sequenz bei Zeichen %1</translation>
    </message>
    <message>
        <source>invalid escape '\%1' at character %2</source>
        <translation>ungültige Escape-Sequenz „\%1“ bei Zeichen %2</translation>
    </message>
    <message>
        <source>the string starting at character %1 is not closed with '"'</source>
        <translation>die Zeichenkette ab Zeichen %1 ist nicht mit '"' abgeschlossen</translation>
    </message>
    <message>
        <source>more than %1 levels of parentheses at character %2</source>
        <translation>mehr als %1 Klammerebenen bei Zeichen %2</translation>
    </message>
    <message>
        <source>more than %1 comparisons at character %2</source>
        <translation>mehr als %1 Vergleiche bei Zeichen %2</translation>
    </message>
</context>
<context>
    <name>SecretStoreError</name>
    <message numerus="yes">
        <source>no answer in %n second(s); it may be waiting for its password</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde; er wartet womöglich auf sein Passwort</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden; er wartet womöglich auf sein Passwort</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain holds no sign-in for this account: sign in again.</source>
        <translation>Der Schlüsselbund enthält keine Anmeldung für dieses Konto: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>The keychain is locked (%1). Unlock it — log in to the desktop session or open your keyring manager — and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt (%1). Entsperren Sie ihn – melden Sie sich an der Desktop-Sitzung an oder öffnen Sie Ihre Schlüsselbundverwaltung – und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Start a Secret Service such as GNOME Keyring or KWallet and try again.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Starten Sie einen Secret Service wie GNOME Keyring oder KWallet und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Allow Identity360 Job Monitor in your keyring manager and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Erlauben Sie Identity360 Job Monitor in Ihrer Schlüsselbundverwaltung und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>While jobs are queued or &amp;running, check them every:</source>
        <translation>Solange Jobs &amp;wartend oder laufend sind, sie prüfen alle:</translation>
    </message>
    <message>
        <source>Otherwise &amp;look for new jobs every:</source>
        <translation>Sonst nach &amp;neuen Jobs sehen alle:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Fetch the &amp;whole list every:</source>
        <translation>Die &amp;ganze Liste holen alle:</translation>
    </message>
    <message>
        <source>Each check asks only for what can have changed; Zoho's limits are kept whatever you choose.</source>
        <translation>Jede Prüfung fragt nur nach dem, was sich geändert haben kann; die Grenzen von Zoho werden in jedem Fall eingehalten.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>&amp;Arbeitsumgebung</translation>
    </message>
    <message>
        <source>Tell me when a job I watched</source>
        <translation>Mir sagen, wenn ein beobachteter Job</translation>
    </message>
    <message>
        <source>&amp;completes</source>
        <translation>&amp;abgeschlossen ist</translation>
    </message>
    <message>
        <source>finishes with &amp;warnings</source>
        <translation>mit &amp;Warnungen endet</translation>
    </message>
    <message>
        <source>&amp;fails</source>
        <translation>&amp;fehlschlägt</translation>
    </message>
    <message>
        <source>Only jobs seen running while the monitor runs: never those that had finished before.</source>
        <translation>Nur Jobs, die laufend gesehen wurden, während der Monitor lief: nie solche, die schon vorher fertig waren.</translation>
    </message>
    <message>
        <source>Stuck jobs</source>
        <translation>Hängende Jobs</translation>
    </message>
    <message>
        <source>Tell me when a job runs far longer than &amp;usual</source>
        <translation>Mir sagen, wenn ein Job weit länger als &amp;üblich läuft</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Longer than its action's usual duration &amp;times:</source>
        <translation>Länger als die übliche Dauer seiner Aktion &amp;mal:</translation>
    </message>
    <message>
        <source>And at &amp;least:</source>
        <translation>Und &amp;mindestens:</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <source>&amp;Do not disturb: only failures are told</source>
        <translation>&amp;Nicht stören: nur Fehlschläge werden gemeldet</translation>
    </message>
    <message>
        <source>e.g. Automation</source>
        <translation>z. B. Automation</translation>
    </message>
    <message>
        <source>Never for these &amp;modules:</source>
        <translation>Nie für diese &amp;Module:</translation>
    </message>
    <message>
        <source>e.g. Single User Creation, Bulk Password Reset</source>
        <translation>z. B. Single User Creation, Bulk Password Reset</translation>
    </message>
    <message>
        <source>Never for these &amp;actions:</source>
        <translation>Nie für diese A&amp;ktionen:</translation>
    </message>
    <message>
        <source>&amp;Start at login, in the tray</source>
        <translation>Bei der Anmeldung &amp;starten, im Infobereich</translation>
    </message>
    <message>
        <source>Closing the window keeps the monitor running in the system tray; Quit in the tray's menu or the File menu ends it.</source>
        <translation>Schließen des Fensters lässt den Monitor im Infobereich weiterlaufen; Beenden im Menü des Infobereichs oder im Menü Datei beendet ihn.</translation>
    </message>
    <message>
        <source>When watching stops</source>
        <translation>Wenn die Überwachung aussetzt</translation>
    </message>
    <message>
        <source>Problems with an &amp;account</source>
        <translation>Probleme mit einem &amp;Konto</translation>
    </message>
    <message>
        <source>An account needs signing in again (or soon will: a pasted token about to run out), its server does not answer (and when it answers again), or the keychain cannot be read</source>
        <translation>Ein Konto muss neu angemeldet werden (oder bald: ein eingefügtes Token läuft ab), sein Server antwortet nicht (und wenn er wieder antwortet), oder der Schlüsselbund kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No answer from the server for &amp;more than:</source>
        <translation>Keine Antwort vom Server seit &amp;mehr als:</translation>
    </message>
    <message>
        <source>Unusual failures</source>
        <translation>Ungewöhnliche Fehlschläge</translation>
    </message>
    <message>
        <source>Tell me when an action fails far more &amp;often today than usual</source>
        <translation>Mir sagen, wenn eine Aktion heute viel ö&amp;fter fehlschlägt als sonst</translation>
    </message>
    <message>
        <source>At least %1 of its runs failed today, and today's failure rate is at least %2 times its rate over the %3 days before; told once a day per action</source>
        <translation>Mindestens %1 ihrer Läufe sind heute fehlgeschlagen, und die heutige Fehlerquote ist mindestens %2-mal so hoch wie in den %3 Tagen davor; einmal am Tag je Aktion gemeldet</translation>
    </message>
    <message>
        <source>while jobs run, no more often than every %1 s</source>
        <translation>solange Jobs laufen, nicht öfter als alle %1 s</translation>
    </message>
    <message>
        <source>otherwise no more often than every %1 s</source>
        <translation>sonst nicht öfter als alle %1 s</translation>
    </message>
    <message>
        <source>the whole list no more often than every %1 min</source>
        <translation>die ganze Liste nicht öfter als alle %1 min</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>set by your administrator: the minimums</comment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Still watching your jobs</source>
        <translation>Ihre Jobs werden weiter beobachtet</translation>
    </message>
    <message>
        <source>The monitor keeps running in the tray and tells you when a job ends. Quit it from the tray's menu.</source>
        <translation>Der Monitor läuft im Infobereich weiter und meldet, wenn ein Job endet. Beenden Sie ihn über das Menü im Infobereich.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>StaticTokenSource</name>
    <message>
        <source>The access token is no longer accepted and cannot be renewed: paste a new one or sign in.</source>
        <translation>Das Zugriffstoken wird nicht mehr akzeptiert und kann nicht erneuert werden: Fügen Sie ein neues ein oder melden Sie sich an.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message>
        <source>Waiting for sign-in</source>
        <translation>Warte auf Anmeldung</translation>
    </message>
    <message>
        <source>No account to watch yet.</source>
        <translation>Noch kein Konto zum Überwachen.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) · synced %1</source>
        <translation>
            <numerusform>%n Job · synchronisiert %1</numerusform>
            <numerusform>%n Jobs · synchronisiert %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) could not be read</source>
        <translation>
            <numerusform>%n Job konnte nicht gelesen werden</numerusform>
            <numerusform>%n Jobs konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>Not current: the jobs of %1 are from the last time the server answered. They update when it answers again.</source>
        <translation>Nicht aktuell: Die Jobs von %1 stammen von der letzten Antwort des Servers. Sie werden aktualisiert, sobald er wieder antwortet.</translation>
    </message>
    <message>
        <source>Not current: these are the jobs as of %1. They update when the server answers again.</source>
        <translation>Nicht aktuell: Das sind die Jobs vom %1. Sie werden aktualisiert, sobald der Server wieder antwortet.</translation>
    </message>
    <message>
        <source>Not current: these are the jobs from the last time the server answered. They update when it answers again.</source>
        <translation>Nicht aktuell: Das sind die Jobs von der letzten Antwort des Servers. Sie werden aktualisiert, sobald er wieder antwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>account: what is said about it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>wird geöffnet</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>keychain problem</source>
        <translation>Problem mit dem Schlüsselbund</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>server errors</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Offline: the network is down. %1</source>
        <translation>Offline: Das Netzwerk ist nicht verfügbar. %1</translation>
    </message>
    <message>
        <source>Refresh failed: %1 %2</source>
        <translation>Aktualisierung fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>Polling paused. %1</source>
        <translation>Abfragen angehalten. %1</translation>
    </message>
    <message>
        <source>Showing the jobs from %1.</source>
        <translation>Angezeigt werden die Jobs von %1.</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Abfragen pausiert</translation>
    </message>
    <message>
        <source>Polling stopped: sign-in needed</source>
        <translation>Abfragen gestoppt: Anmeldung nötig</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>Warte auf das Netzwerk</translation>
    </message>
    <message>
        <source>Server asked to wait; next try at %1</source>
        <translation>Der Server bat zu warten; nächster Versuch um %1</translation>
    </message>
    <message>
        <source>Next try in %1</source>
        <translation>Nächster Versuch in %1</translation>
    </message>
    <message numerus="yes">
        <source>Following %n active job(s) every %1</source>
        <translation>
            <numerusform>Verfolge %n aktiven Job alle %1</numerusform>
            <numerusform>Verfolge %n aktive Jobs alle %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new jobs every %1</source>
        <translation>Suche alle %1 nach neuen Jobs</translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation>Jobs werden geladen …</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
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
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
</context>
<context>
    <name>WatchingNotifier</name>
    <message>
        <source>Jobs are not watched: the keychain could not be read</source>
        <translation>Jobs werden nicht überwacht: Der Schlüsselbund konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: sign in again to keep watching jobs</source>
        <translation>%1: Melden Sie sich erneut an, damit die Jobs weiter überwacht werden</translation>
    </message>
    <message>
        <source>%1: watching again</source>
        <translation>%1: wird wieder überwacht</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished meanwhile</source>
        <translation>
            <numerusform>%n Job ist inzwischen beendet</numerusform>
            <numerusform>%n Jobs sind inzwischen beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>No job finished meanwhile</source>
        <translation>Inzwischen ist kein Job beendet</translation>
    </message>
    <message>
        <source>%1: no answer from Identity360 since %2</source>
        <translation>%1: keine Antwort von Identity360 seit %2</translation>
    </message>
    <message>
        <source>%1: the access token probably expires at %2 — sign in to keep watching</source>
        <translation>%1: Das Zugriffstoken läuft vermutlich um %2 ab – melden Sie sich an, damit weiter überwacht wird</translation>
    </message>
    <message>
        <source>A pasted access token cannot be renewed. Signing in with the browser or a Self Client code keeps the account watched without you.</source>
        <translation>Ein eingefügtes Zugriffstoken kann nicht erneuert werden. Eine Anmeldung im Browser oder mit einem Self-Client-Code hält das Konto ohne Ihr Zutun überwacht.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Watch your Identity360 jobs&lt;/h2&gt;&lt;p&gt;Add your Identity360 account to see every job as it runs, its per-entity results, and to be told when it ends. You need the OAuth client id from Zoho's API console.&lt;/p&gt;&lt;p&gt;Or try the demo first: it runs on sample jobs on this machine.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Überwachen Sie Ihre Identity360-Jobs&lt;/h2&gt;&lt;p&gt;Fügen Sie Ihr Identity360-Konto hinzu, um jeden Job während der Ausführung samt seinen Ergebnissen je Objekt zu sehen und benachrichtigt zu werden, wenn er endet. Sie brauchen dazu die OAuth-Client-ID aus der API-Konsole von Zoho.&lt;/p&gt;&lt;p&gt;Oder probieren Sie zuerst die Demo aus: Sie läuft mit Beispieljobs auf diesem Rechner.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation>Demo aus&amp;probieren</translation>
    </message>
</context>
<context>
    <name>ZohoAccounts</name>
    <message>
        <source>The code was not accepted: it has expired or was used already (a code lives 2 minutes, a Self Client code 3, and works once). Generate a new one and use it at once.</source>
        <translation>Der Code wurde nicht angenommen: Er ist abgelaufen oder wurde schon verwendet (ein Code gilt 2 Minuten, einer vom Self Client 3, und jeweils nur einmal). Erzeugen Sie einen neuen und verwenden Sie ihn sofort.</translation>
    </message>
    <message>
        <source>The accounts server does not know this client id with this secret. Check both in Zoho's API console, and that the data center is the one the client was registered in.</source>
        <translation>Der Kontenserver kennt diese Client-ID mit diesem Secret nicht. Prüfen Sie beide in der API-Konsole von Zoho und ob das Rechenzentrum dasjenige ist, in dem der Client registriert wurde.</translation>
    </message>
    <message>
        <source>The client secret does not match the client id: copy it again from Zoho's API console.</source>
        <translation>Das Client-Secret passt nicht zur Client-ID: Kopieren Sie es erneut aus der API-Konsole von Zoho.</translation>
    </message>
    <message>
        <source>The redirect URI is not registered for this client. Add http://127.0.0.1:PORT/ (the account's redirect port) to the client in Zoho's API console.</source>
        <translation>Die Weiterleitungs-URI ist für diesen Client nicht registriert. Fügen Sie http://127.0.0.1:PORT/ (den Weiterleitungsport des Kontos) in der API-Konsole von Zoho beim Client hinzu.</translation>
    </message>
    <message>
        <source>The accounts server refused the scopes. Use id360.job.READ (and id360.job.DELETE to delete jobs), comma-separated.</source>
        <translation>Der Kontenserver hat die Scopes abgelehnt. Verwenden Sie id360.job.READ (und id360.job.DELETE zum Löschen von Jobs), durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser. Sign in again and allow access.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt. Melden Sie sich erneut an und erlauben Sie den Zugriff.</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid (it was revoked or has expired): sign in again.</source>
        <translation>Die Anmeldung ist nicht mehr gültig (sie wurde widerrufen oder ist abgelaufen): Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Zoho refused to renew the access token: too many renewals in ten minutes. It will be tried again shortly.</source>
        <translation>Zoho hat die Erneuerung des Zugriffstokens abgelehnt: zu viele Erneuerungen innerhalb von zehn Minuten. Es wird in Kürze erneut versucht.</translation>
    </message>
    <message>
        <source>The accounts server refused: %1.</source>
        <translation>Der Kontenserver hat abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The accounts server refused: %1 (%2).</source>
        <translation>Der Kontenserver hat abgelehnt: %1 (%2).</translation>
    </message>
    <message>
        <source>The accounts server could not be reached: %1</source>
        <translation>Der Kontenserver ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The accounts server answered HTTP %1 without a usable answer.</source>
        <translation>Der Kontenserver antwortete mit HTTP %1 ohne verwendbare Antwort.</translation>
    </message>
    <message>
        <source>The accounts server %1 is not an https:// URL: nothing was sent there.</source>
        <translation>Der Kontenserver %1 ist keine https://-Adresse: Dorthin wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The accounts server's answer holds no access token.</source>
        <translation>Die Antwort des Kontenservers enthält kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>The accounts server gave no refresh token, so the app could not stay signed in. Sign in again with offline access (the browser sign-in and a Self Client code ask for it).</source>
        <translation>Der Kontenserver hat kein Aktualisierungstoken geliefert, daher konnte die App nicht angemeldet bleiben. Melden Sie sich erneut mit Offline-Zugriff an (die Anmeldung im Browser und ein Self-Client-Code fordern ihn an).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Identity360 Job Monitor</source>
        <translation>Identity360 Job Monitor</translation>
    </message>
    <message>
        <source>Try '%1'.</source>
        <translation>Mehr mit '%1'.</translation>
    </message>
    <message>
        <source>no display (DISPLAY and WAYLAND_DISPLAY are unset); run it headless with: scripts/headless-session %1</source>
        <translation>keine Anzeige (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); ohne Bildschirm starten mit: scripts/headless-session %1</translation>
    </message>
    <message>
        <source>another id360-jobmon is running but did not answer within 15 seconds; end it (or wait for it) and start again.</source>
        <translation>ein anderes id360-jobmon läuft, hat aber nicht binnen 15 Sekunden geantwortet; beenden Sie es (oder warten Sie darauf) und starten Sie erneut.</translation>
    </message>
    <message>
        <source>the demo server could not listen on 127.0.0.1</source>
        <translation>der Demo-Server konnte nicht auf 127.0.0.1 lauschen</translation>
    </message>
</context>
</TS>