<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Account</name>
    <message>
        <source>The account needs a name.</source>
        <translation>Le compte doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name must fit on one line.</source>
        <translation>Le nom doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>The API URL must be an https:// URL (http:// only for this machine), such as https://id360.manageengine.com/api/v1.</source>
        <translation>L'URL de l'API doit être une URL https:// (http:// uniquement pour cette machine), par exemple https://id360.manageengine.com/api/v1.</translation>
    </message>
    <message>
        <source>The accounts server must be an https:// URL (http:// only for this machine), such as https://accounts.zoho.com.</source>
        <translation>Le serveur de comptes doit être une URL https:// (http:// uniquement pour cette machine), par exemple https://accounts.zoho.com.</translation>
    </message>
    <message>
        <source>The account needs the OAuth client id from Zoho's API console.</source>
        <translation>Le compte a besoin de l'ID client OAuth fourni par la console API de Zoho.</translation>
    </message>
    <message>
        <source>The account needs at least one scope, such as id360.job.READ.</source>
        <translation>Le compte a besoin d'au moins une étendue, par exemple id360.job.READ.</translation>
    </message>
</context>
<context>
    <name>AccountBanner</name>
    <message>
        <source>&amp;Sign In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
</context>
<context>
    <name>AccountCommand</name>
    <message>
        <source>Nothing was stored, and the sign-in was given up.</source>
        <translation>Rien n'a été enregistré et la connexion a été abandonnée.</translation>
    </message>
    <message>
        <source>%1 (typing is not shown):</source>
        <translation>%1 (la saisie n'est pas affichée) :</translation>
    </message>
    <message>
        <source>%1 expected on standard input, one per line; none came.</source>
        <translation>%1 était attendu sur l'entrée standard (une valeur par ligne), mais rien n'est arrivé.</translation>
    </message>
    <message>
        <source>account add: a custom data center needs --server and --accounts-server.</source>
        <translation>account add : un centre de données personnalisé nécessite --server et --accounts-server.</translation>
    </message>
    <message>
        <source>The client secret</source>
        <translation>Le secret client</translation>
    </message>
    <message>
        <source>The access token</source>
        <translation>Le jeton d'accès</translation>
    </message>
    <message>
        <source>A pasted access token cannot be renewed: when it expires (usually after an hour) sign in again.</source>
        <translation>Un jeton d'accès collé ne peut pas être renouvelé : quand il expire (généralement au bout d'une heure), reconnectez-vous.</translation>
    </message>
    <message>
        <source>The grant code</source>
        <translation>Le code d'autorisation</translation>
    </message>
    <message>
        <source>No accounts. Add one with: id360-jobmon account add --help</source>
        <translation>Aucun compte. Pour en ajouter un : id360-jobmon account add --help</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>access token (expires)</source>
        <translation>jeton d'accès (expire)</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>account remove: there is no account named "%1".</source>
        <translation>account remove : aucun compte nommé « %1 ».</translation>
    </message>
    <message>
        <source>account login: there is no account named "%1".</source>
        <translation>account login : aucun compte nommé « %1 ».</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Ouvrez cette adresse dans un navigateur pour vous connecter :</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>how the account is signed in, read-only</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>account add: %1 Only its client secret and sign-in can be given here, with the settings the policy has (see 'id360-jobmon account list').</source>
        <translation>account add : %1 Seuls son secret client et la connexion peuvent être donnés ici, avec les paramètres de la stratégie (voir 'id360-jobmon account list').</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>how the account is signed in, managed</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>account remove: "%1" is set up by your administrator and cannot be removed; 'id360-jobmon account login' signs it in again.</source>
        <translation>account remove : « %1 » est configuré par votre administrateur et ne peut pas être supprimé ; 'id360-jobmon account login' le reconnecte.</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ex. Production</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>&amp;Data center:</source>
        <translation>&amp;Centre de données :</translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation>URL de l'&amp;API :</translation>
    </message>
    <message>
        <source>A&amp;ccounts server:</source>
        <translation>&amp;Serveur de comptes :</translation>
    </message>
    <message>
        <source>From Zoho's API console, e.g. 1000.ABC…</source>
        <translation>Depuis la console API de Zoho, p. ex. 1000.ABC…</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Kept in the keychain; type to replace</source>
        <translation>Conservé dans le trousseau de clés ; saisissez-le pour le remplacer</translation>
    </message>
    <message>
        <source>If the client has one</source>
        <translation>Si le client en a un</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>É&amp;tendues :</translation>
    </message>
    <message>
        <source>Register http://127.0.0.1:PORT/ as the client's redirect URI in Zoho's API console.</source>
        <translation>Enregistrez http://127.0.0.1:PORT/ comme URI de redirection du client dans la console API de Zoho.</translation>
    </message>
    <message>
        <source>&amp;Redirect port:</source>
        <translation>Port de &amp;redirection :</translation>
    </message>
    <message>
        <source>%1: only the client secret can be given here.</source>
        <translation>%1 : seul le secret client peut être donné ici.</translation>
    </message>
</context>
<context>
    <name>AccountManager</name>
    <message>
        <source>The grant code is empty: paste the code the Self Client generated.</source>
        <translation>Le code d'autorisation est vide : collez le code généré par le Self Client.</translation>
    </message>
    <message>
        <source>The access token is empty.</source>
        <translation>Le jeton d'accès est vide.</translation>
    </message>
    <message>
        <source>Not saved: the keychain could not be read, and saving now could lose the sign-in it keeps. %1</source>
        <translation>Non enregistré : le trousseau de clés n'a pas pu être lu, et enregistrer maintenant risquerait de perdre la connexion qu'il conserve. %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Account "%1" is signed in.</source>
        <translation>Le compte « %1 » est connecté.</translation>
    </message>
    <message>
        <source>Account "%1" is saved and signed out, as its servers changed: sign it in again.</source>
        <translation>Le compte « %1 » a été enregistré et déconnecté, car ses serveurs ont changé : reconnectez-le.</translation>
    </message>
    <message>
        <source>Account "%1" is added; sign it in next.</source>
        <translation>Le compte « %1 » a été ajouté ; connectez-le maintenant.</translation>
    </message>
    <message>
        <source>Account "%1" is saved.</source>
        <translation>Le compte « %1 » a été enregistré.</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be kept: %1</source>
        <translation>Connecté, mais la connexion n'a pas pu être conservée : %1</translation>
    </message>
    <message>
        <source>There is no sign-in waiting to be kept.</source>
        <translation>Aucune connexion n'attend d'être conservée.</translation>
    </message>
    <message>
        <source>Account "%1" is signed in for this session only: you will sign in again after a restart.</source>
        <translation>Le compte « %1 » est connecté pour cette session uniquement : vous devrez vous reconnecter après un redémarrage.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Ce compte n'existe pas.</translation>
    </message>
    <message>
        <source>Account "%1" cannot be used: %2 Edit the account to correct it.</source>
        <translation>Le compte « %1 » est inutilisable : %2 Modifiez le compte pour le corriger.</translation>
    </message>
    <message>
        <source>The sign-in may still be active, as %1: revoke the app's access on Zoho's accounts server (%2) under "Connected Apps".</source>
        <translation>La connexion est peut-être encore active, car %1 : révoquez l'accès de l'application sur le serveur de comptes de Zoho (%2), sous « Connected Apps ».</translation>
    </message>
    <message>
        <source>Account "%1" is not signed in: sign in to watch its jobs.</source>
        <translation>Le compte « %1 » n'est pas connecté : connectez-le pour surveiller ses tâches.</translation>
    </message>
    <message>
        <source>No sign-in is kept for account "%1": sign in again.</source>
        <translation>Aucune connexion n'est conservée pour le compte « %1 » : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Not signed out: %1</source>
        <translation>Non déconnecté : %1</translation>
    </message>
    <message>
        <source>the keychain, which may hold an earlier sign-in, could not be read (%1)</source>
        <translation>le trousseau de clés, qui peut contenir une connexion antérieure, n'a pas pu être lu (%1)</translation>
    </message>
    <message>
        <source>the account's settings are wrong (%1)</source>
        <translation>les paramètres du compte sont incorrects (%1)</translation>
    </message>
    <message>
        <source>the accounts server could not be told (%1)</source>
        <translation>le serveur de comptes n'a pas pu être prévenu (%1)</translation>
    </message>
    <message>
        <source>Account "%1" is signed out.</source>
        <translation>Le compte « %1 » est déconnecté.</translation>
    </message>
    <message>
        <source>Account "%1" is removed; its keychain entry could not be deleted (%2).</source>
        <translation>Le compte « %1 » a été retiré ; son entrée dans le trousseau de clés n'a pas pu être supprimée (%2).</translation>
    </message>
    <message>
        <source>Account "%1" is removed.</source>
        <translation>Le compte « %1 » a été retiré.</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be kept: %1 Your administrator does not allow keeping a sign-in for this session only, so it was given up.</source>
        <translation>Connecté, mais la connexion n'a pas pu être conservée : %1 Votre administrateur n'autorise pas à conserver une connexion pour cette session seulement ; elle a donc été abandonnée.</translation>
    </message>
    <message>
        <source>The account "%1" is set up by your administrator and cannot be removed; you can sign it out.</source>
        <translation>Le compte « %1 » est configuré par votre administrateur et ne peut pas être supprimé ; vous pouvez le déconnecter.</translation>
    </message>
    <message>
        <source>%1 The sign-in just made is not kept and was revoked.</source>
        <translation>%1 La connexion qui vient d'être faite n'est pas conservée et a été révoquée.</translation>
    </message>
</context>
<context>
    <name>AccountSelector</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>The account whose jobs are shown, or all of them</source>
        <translation>Le compte dont les tâches sont affichées, ou tous les comptes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All Accounts</source>
        <translation>Tous les comptes</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>An account named "%1" exists already.</source>
        <translation>Un compte nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>The account "%1" is set up by your administrator: its settings cannot be changed.</source>
        <translation>Le compte « %1 » est configuré par votre administrateur : ses paramètres ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <comment>the user's own account, named as the administrator's</comment>
        <translation>%1 (le vôtre)</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>signed in for this session only</source>
        <translation>connecté pour cette session uniquement</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>access token (expires, cannot be renewed)</source>
        <translation>jeton d'accès (expire, non renouvelable)</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>&amp;Cancel Sign-In</source>
        <translation>&amp;Annuler la connexion</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>With the &amp;Browser…</source>
        <translation>Avec le &amp;navigateur…</translation>
    </message>
    <message>
        <source>With a Self Client &amp;Code…</source>
        <translation>Avec un &amp;code Self Client…</translation>
    </message>
    <message>
        <source>With an &amp;Access Token…</source>
        <translation>Avec un &amp;jeton d'accès…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with the OAuth client id from Zoho's API console (api-console.zoho.com).</source>
        <translation>Aucun compte pour l'instant. Ajoutez-en un avec l'ID client OAuth fourni par la console API de Zoho (api-console.zoho.com).</translation>
    </message>
    <message>
        <source>Keychain Unavailable</source>
        <translation>Trousseau de clés indisponible</translation>
    </message>
    <message>
        <source>Keep the sign-in for this session only? It is held in memory, never written to a file, and you sign in again after a restart.</source>
        <translation>Conserver la connexion pour cette session uniquement ? Elle est gardée en mémoire, jamais écrite dans un fichier, et vous devrez vous reconnecter après un redémarrage.</translation>
    </message>
    <message>
        <source>Keep for This &amp;Session</source>
        <translation>Conserver pour cette &amp;session</translation>
    </message>
    <message>
        <source>The sign-in was given up: nothing was stored.</source>
        <translation>La connexion a été abandonnée : rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Choose Sign In to connect it.</source>
        <translation>Choisissez « Se connecter » pour le connecter.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <source>Remove the account "%1"?</source>
        <translation>Retirer le compte « %1 » ?</translation>
    </message>
    <message>
        <source>The app signs out first (its access is revoked at Zoho) and forgets the account. The jobs in Identity360 are not touched.</source>
        <translation>L'application se déconnecte d'abord (son accès est révoqué chez Zoho), puis oublie le compte. Les tâches dans Identity360 ne sont pas touchées.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Signing out and removing…</source>
        <translation>Déconnexion et retrait…</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of "%1"?</source>
        <translation>Se déconnecter de « %1 » ?</translation>
    </message>
    <message>
        <source>The app's access is revoked at Zoho and removed from the keychain. Polling this account stops until you sign in again.</source>
        <translation>L'accès de l'application est révoqué chez Zoho et retiré du trousseau de clés. L'interrogation de ce compte s'arrête jusqu'à ce que vous vous reconnectiez.</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation>Ouverture du navigateur…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser. If no browser opened, &lt;a href="%1"&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation>En attente de votre connexion dans le navigateur. Si aucun navigateur ne s'est ouvert, &lt;a href="%1"&gt;ouvrez la page de connexion&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>(No browser could be started.)</source>
        <translation>(Aucun navigateur n'a pu être lancé.)</translation>
    </message>
    <message>
        <source>Sign In with a Self Client Code</source>
        <translation>Se connecter avec un code Self Client</translation>
    </message>
    <message>
        <source>In Zoho's API console, open the Self Client, generate a code with the scopes %1, and paste it here within three minutes:</source>
        <translation>Dans la console API de Zoho, ouvrez le Self Client, générez un code avec les étendues %1, puis collez-le ici dans les trois minutes :</translation>
    </message>
    <message>
        <source>Exchanging the code…</source>
        <translation>Échange du code…</translation>
    </message>
    <message>
        <source>Sign In with an Access Token</source>
        <translation>Se connecter avec un jeton d'accès</translation>
    </message>
    <message>
        <source>Paste an access token. It works until it expires (usually an hour) and cannot be renewed: then you sign in again.</source>
        <translation>Collez un jeton d'accès. Il fonctionne jusqu'à son expiration (généralement une heure) et ne peut pas être renouvelé : il faudra ensuite vous reconnecter.</translation>
    </message>
    <message>
        <source>Keeping the token…</source>
        <translation>Conservation du jeton…</translation>
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
        <translation>%1 : « %2 » ne peut être ni modifié ni supprimé. Vous le connectez et le déconnectez, et donnez son secret client avec Modifier… s'il en faut un.</translation>
    </message>
</context>
<context>
    <name>AccountsNetwork</name>
    <message numerus="yes">
        <source>The accounts server's answer is larger than %n MiB, far more than a token answer holds: it was not read.</source>
        <translation>
            <numerusform>La réponse du serveur de comptes dépasse %n Mio, bien plus que ne contient une réponse de jeton : elle n'a pas été lue.</numerusform>
            <numerusform>La réponse du serveur de comptes dépasse %n Mio, bien plus que ne contient une réponse de jeton : elle n'a pas été lue.</numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts server redirected to another host; nothing was sent there.</source>
        <translation>Le serveur de comptes a redirigé vers un autre hôte ; rien n'y a été envoyé.</translation>
    </message>
</context>
<context>
    <name>AdvancedFilter</name>
    <message>
        <source>%1: %2</source>
        <comment>account: what went wrong</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message numerus="yes">
        <source>%n damaged line(s) of the deletion log skipped.</source>
        <translation>
            <numerusform>%n ligne endommagée du journal des suppressions ignorée.</numerusform>
            <numerusform>%n lignes endommagées du journal des suppressions ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No deletion recorded.</source>
        <translation>Aucune suppression enregistrée.</translation>
    </message>
    <message>
        <source>The deletion log could not be read: %1</source>
        <translation>Le journal des suppressions n'a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not remove %1: %2.</source>
        <translation>Impossible de supprimer %1 : %2.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d'écrire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>The accounts server could not be reached: %1</source>
        <translation>Le serveur de comptes est injoignable : %1</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser in time. Start it again.</source>
        <translation>La connexion n'a pas été terminée à temps dans le navigateur. Recommencez.</translation>
    </message>
    <message>
        <source>Port %1 on this machine is in use, so the browser cannot come back to the app. Close what uses it, or choose another redirect port (and register it with the client in Zoho's API console).</source>
        <translation>Le port %1 de cette machine est déjà utilisé : le navigateur ne peut donc pas revenir à l'application. Fermez ce qui l'utilise ou choisissez un autre port de redirection (et enregistrez-le pour le client dans la console API de Zoho).</translation>
    </message>
    <message>
        <source>This page is not part of a sign-in of Identity360 Job Monitor. You can close it.</source>
        <translation>Cette page ne fait partie d'aucune connexion d'Identity360 Job Monitor. Vous pouvez la fermer.</translation>
    </message>
    <message>
        <source>The sign-in did not complete. You can close this page and go back to Identity360 Job Monitor.</source>
        <translation>La connexion n'a pas abouti. Vous pouvez fermer cette page et revenir à Identity360 Job Monitor.</translation>
    </message>
    <message>
        <source>Signed in. You can close this page and go back to Identity360 Job Monitor.</source>
        <translation>Connecté. Vous pouvez fermer cette page et revenir à Identity360 Job Monitor.</translation>
    </message>
    <message>
        <source>The browser named an accounts server that is not one of Zoho's (%1): the code was not sent there.</source>
        <translation>Le navigateur a indiqué un serveur de comptes qui n'appartient pas à Zoho (%1) : le code n'y a pas été envoyé.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Set up Identity360 accounts without the window. Verbs:
  add      store an account; with --token-stdin or --grant-code-stdin also sign it in
  list     show the stored accounts and whether they are signed in
  remove   sign an account out (revoking its token) and forget it
  login    sign an account in with the browser
Secrets are read from standard input, one per line: the client secret first (with --client-secret-stdin), then the token or code. They are kept only in the system keychain.</source>
        <translation>Configurer des comptes Identity360 sans la fenêtre. Verbes :
  add      enregistrer un compte ; avec --token-stdin ou --grant-code-stdin, le connecter aussi
  list     afficher les comptes enregistrés et s'ils sont connectés
  remove   déconnecter un compte (en révoquant son jeton) et l'oublier
  login    connecter un compte avec le navigateur
Les secrets sont lus sur l'entrée standard, un par ligne : d'abord le secret client (avec --client-secret-stdin), puis le jeton ou le code. Ils ne sont conservés que dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The account's name (add).</source>
        <translation>Le nom du compte (add).</translation>
    </message>
    <message>
        <source>US, EU, IN, AU, JP, CA, UK, SA, CN, or custom (add).</source>
        <translation>US, EU, IN, AU, JP, CA, UK, SA, CN ou custom (add).</translation>
    </message>
    <message>
        <source>The Jobs API base URL, if not the data center's (add).</source>
        <translation>L'URL de base de l'API Jobs, si ce n'est pas celle du centre de données (add).</translation>
    </message>
    <message>
        <source>The Zoho accounts server, if not the data center's (add).</source>
        <translation>Le serveur de comptes Zoho, si ce n'est pas celui du centre de données (add).</translation>
    </message>
    <message>
        <source>The OAuth client id from Zoho's API console (add).</source>
        <translation>L'ID client OAuth fourni par la console API de Zoho (add).</translation>
    </message>
    <message>
        <source>Comma-separated OAuth scopes (add; default id360.job.READ,id360.job.DELETE).</source>
        <translation>Étendues OAuth séparées par des virgules (add ; par défaut id360.job.READ,id360.job.DELETE).</translation>
    </message>
    <message>
        <source>The loopback port registered as the client's redirect URI (add; default 47190).</source>
        <translation>Le port local enregistré comme URI de redirection du client (add ; par défaut 47190).</translation>
    </message>
    <message>
        <source>Read the client secret from standard input (add).</source>
        <translation>Lire le secret client sur l'entrée standard (add).</translation>
    </message>
    <message>
        <source>Read an access token from standard input: it works until it expires (add).</source>
        <translation>Lire un jeton d'accès sur l'entrée standard : il fonctionne jusqu'à son expiration (add).</translation>
    </message>
    <message>
        <source>Read a Self Client grant code from standard input and exchange it (add).</source>
        <translation>Lire un code d'autorisation Self Client sur l'entrée standard et l'échanger (add).</translation>
    </message>
    <message>
        <source>add, list, remove or login</source>
        <translation>add, list, remove ou login</translation>
    </message>
    <message>
        <source>The account, for remove and login.</source>
        <translation>Le compte, pour remove et login.</translation>
    </message>
    <message>
        <source>account add: unexpected argument '%1'; give the name with --name.</source>
        <translation>account add : argument inattendu « %1 » ; indiquez le nom avec --name.</translation>
    </message>
    <message>
        <source>account add: --name is required.</source>
        <translation>account add : --name est obligatoire.</translation>
    </message>
    <message>
        <source>account add: --data-center is required (US, EU, IN, AU, JP, CA, UK, SA, CN or custom).</source>
        <translation>account add : --data-center est obligatoire (US, EU, IN, AU, JP, CA, UK, SA, CN ou custom).</translation>
    </message>
    <message>
        <source>account add: unknown data center '%1'; use US, EU, IN, AU, JP, CA, UK, SA, CN or custom.</source>
        <translation>account add : centre de données inconnu « %1 » ; utilisez US, EU, IN, AU, JP, CA, UK, SA, CN ou custom.</translation>
    </message>
    <message>
        <source>account add: --client-id is required.</source>
        <translation>account add : --client-id est obligatoire.</translation>
    </message>
    <message>
        <source>account add: --%1: '%2' is not a usable URL; give it in full with https:// (http:// only for this machine).</source>
        <translation>account add : --%1 : « %2 » n'est pas une URL utilisable ; indiquez-la en entier avec https:// (http:// uniquement pour cette machine).</translation>
    </message>
    <message>
        <source>account add: --redirect-port: '%1' is not a port number (1-65535).</source>
        <translation>account add : --redirect-port : « %1 » n'est pas un numéro de port (1-65535).</translation>
    </message>
    <message>
        <source>account add: --token-stdin and --grant-code-stdin cannot be used together.</source>
        <translation>account add : --token-stdin et --grant-code-stdin ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>account %1: --%2 is only for account add.</source>
        <translation>account %1 : --%2 n'existe que pour account add.</translation>
    </message>
    <message>
        <source>account list: unexpected argument '%1'.</source>
        <translation>account list : argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>account %1 needs the account's name: id360-jobmon account %1 NAME.</source>
        <translation>account %1 a besoin du nom du compte : id360-jobmon account %1 NOM.</translation>
    </message>
    <message>
        <source>account: unknown verb '%1'; use add, list, remove or login.</source>
        <translation>account : verbe inconnu « %1 » ; utilisez add, list, remove ou login.</translation>
    </message>
    <message>
        <source>Identity360 Job Monitor: watches ManageEngine Identity360 jobs and their results.</source>
        <translation>Identity360 Job Monitor : surveille les tâches ManageEngine Identity360 et leurs résultats.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Start an embedded Identity360 emulator with sample jobs and watch it.</source>
        <translation>Démarrer un émulateur Identity360 intégré avec des tâches d'exemple et le surveiller.</translation>
    </message>
    <message>
        <source>Like --demo, with the sample jobs made from &lt;seed&gt;: the same jobs on every start.</source>
        <translation>Comme --demo, avec des tâches d'exemple générées à partir de &lt;seed&gt; : les mêmes tâches à chaque démarrage.</translation>
    </message>
    <message>
        <source>Watch the Jobs API at &lt;url&gt; (e.g. https://id360.manageengine.com/api/v1) for this run only, with the access token from the environment variable %1.</source>
        <translation>Surveiller l'API Jobs à &lt;url&gt; (p. ex. https://id360.manageengine.com/api/v1) pour cette exécution seulement, avec le jeton d'accès de la variable d'environnement %1.</translation>
    </message>
    <message>
        <source>Watch the stored account &lt;name&gt; (see 'id360-jobmon account --help').</source>
        <translation>Surveiller le compte enregistré &lt;name&gt; (voir 'id360-jobmon account --help').</translation>
    </message>
    <message>
        <source>Start in the system tray, without the window.</source>
        <translation>Démarrer dans la zone de notification, sans la fenêtre.</translation>
    </message>
    <message>
        <source>Show no tray icon: the window is the monitor, and closing it quits. Notifications still go out.</source>
        <translation>Aucune icône dans la zone de notification : la fenêtre est le moniteur, et la fermer quitte l'application. Les notifications sont toujours envoyées.</translation>
    </message>
    <message>
        <source>Show the window; if the monitor is already running, bring its window to the front.</source>
        <translation>Afficher la fenêtre ; si le moniteur est déjà lancé, mettre sa fenêtre au premier plan.</translation>
    </message>
    <message>
        <source>Open the job &lt;id&gt; (in the monitor already running, if there is one); with --account, that account's job.</source>
        <translation>Ouvrir la tâche &lt;id&gt; (dans le moniteur déjà lancé, s'il y en a un) ; avec --account, la tâche de ce compte.</translation>
    </message>
    <message>
        <source>
Accounts without the window: id360-jobmon account --help
Jobs from a terminal or a script: id360-jobmon jobs --help
</source>
        <translation>
Comptes sans la fenêtre : id360-jobmon account --help
Tâches depuis un terminal ou un script : id360-jobmon jobs --help
</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>--account cannot be used with --demo or --server.</source>
        <translation>--account ne peut pas être utilisé avec --demo ou --server.</translation>
    </message>
    <message>
        <source>--demo-seed: '%1' is not a whole number from 0 to 4294967295.</source>
        <translation>--demo-seed : « %1 » n'est pas un nombre entier compris entre 0 et 4294967295.</translation>
    </message>
    <message>
        <source>--minimized needs the tray: it cannot be used with --no-tray.</source>
        <translation>--minimized nécessite la zone de notification : il ne peut pas être utilisé avec --no-tray.</translation>
    </message>
    <message>
        <source>--minimized cannot be used with --show or --job.</source>
        <translation>--minimized ne peut pas être utilisé avec --show ou --job.</translation>
    </message>
    <message>
        <source>--job: '%1' is not a job id: job ids are digits only.</source>
        <translation>--job : « %1 » n'est pas un ID de tâche : les ID de tâche ne contiennent que des chiffres.</translation>
    </message>
    <message>
        <source>--demo and --server cannot be used together.</source>
        <translation>--demo et --server ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--server: '%1' is not a usable URL; use https:// (http:// only for this machine).</source>
        <translation>--server : « %1 » n'est pas une URL utilisable ; utilisez https:// (http:// uniquement pour cette machine).</translation>
    </message>
    <message>
        <source>--server needs an access token: set %1 in the environment.</source>
        <translation>--server nécessite un jeton d'accès : définissez %1 dans l'environnement.</translation>
    </message>
    <message>
        <source>List jobs, newest first.</source>
        <translation>Lister les tâches, les plus récentes d'abord.</translation>
    </message>
    <message>
        <source>Show a job and its per-entity results.</source>
        <translation>Afficher une tâche et ses résultats par objet.</translation>
    </message>
    <message>
        <source>Delete jobs, after asking (or with --yes).</source>
        <translation>Supprimer des tâches, après confirmation (ou avec --yes).</translation>
    </message>
    <message>
        <source>Wait until jobs finish; say how each ended.</source>
        <translation>Attendre la fin des tâches ; indiquer comment chacune s'est terminée.</translation>
    </message>
    <message>
        <source>Follow jobs as they change, until Ctrl+C.</source>
        <translation>Suivre les changements des tâches, jusqu'à Ctrl+C.</translation>
    </message>
    <message>
        <source>Write a job's per-entity results to a CSV or JSON file.</source>
        <translation>Écrire les résultats par objet d'une tâche dans un fichier CSV ou JSON.</translation>
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
Code de sortie :
  0  succès (une tâche déjà disparue compte comme supprimée)
  1  échec du serveur, du réseau ou de la connexion ; échec d'une tâche
     lors d'une suppression ; disparition d'une tâche attendue
  2  utilisation incorrecte, ou refus avant tout envoi
  3  une tâche attendue a fini en WARNING, en ERROR ou avec un statut inconnu
  4  le délai indiqué par --timeout est écoulé
</translation>
    </message>
    <message>
        <source>Usage: id360-jobmon jobs VERB [options]
The jobs of an Identity360 account, from a terminal or a script.

Verbs:
</source>
        <translation>Utilisation : id360-jobmon jobs VERBE [options]
Les tâches d'un compte Identity360, depuis un terminal ou un script.

Verbes :
</translation>
    </message>
    <message>
        <source>
Each verb's options: id360-jobmon jobs VERB --help
</source>
        <translation>
Options de chaque verbe : id360-jobmon jobs VERBE --help
</translation>
    </message>
    <message>
        <source>jobs: unknown verb '%1'; use list, show, delete, wait, watch or export.</source>
        <translation>jobs : verbe inconnu « %1 » ; utilisez list, show, delete, wait, watch ou export.</translation>
    </message>
    <message>
        <source>The stored account &lt;name&gt; (see 'id360-jobmon account list'); without it (and without --server), the account used last.</source>
        <translation>Le compte enregistré &lt;name&gt; (voir 'id360-jobmon account list') ; sans cette option (ni --server), le dernier compte utilisé.</translation>
    </message>
    <message>
        <source>The Jobs API at &lt;url&gt;, for this run only, with the access token from the environment variable %1.</source>
        <translation>L'API Jobs à &lt;url&gt;, pour cette exécution seulement, avec le jeton d'accès de la variable d'environnement %1.</translation>
    </message>
    <message>
        <source>No messages on standard error but errors.</source>
        <translation>Aucun message sur la sortie d'erreur standard, sauf les erreurs.</translation>
    </message>
    <message>
        <source>Only jobs with these statuses: %1 (comma-separated).</source>
        <translation>Seulement les tâches ayant ces statuts : %1 (séparés par des virgules).</translation>
    </message>
    <message>
        <source>Only jobs of the module &lt;name&gt;.</source>
        <translation>Seulement les tâches du module &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Only jobs whose action contains &lt;text&gt;.</source>
        <translation>Seulement les tâches dont l'action contient &lt;text&gt;.</translation>
    </message>
    <message>
        <source>Only jobs started since &lt;when&gt;: a time back from now (30m, 2h, 7d, 2w), a date (2026-11-01) or a date and time (2026-11-01T08:00); local time unless it carries Z or an offset.</source>
        <translation>Seulement les tâches démarrées depuis &lt;when&gt; : une durée écoulée (30m, 2h, 7d, 2w), une date (2026-11-01) ou une date et une heure (2026-11-01T08:00) ; en heure locale, sauf avec Z ou un décalage horaire.</translation>
    </message>
    <message>
        <source>Only jobs matching the SCIM filter &lt;expression&gt;, e.g. 'module eq "Management" and status eq "ERROR"' (attributes id, action_name, status, module, start_time, end_time).</source>
        <translation>Seulement les tâches correspondant au filtre SCIM &lt;expression&gt;, p. ex. 'module eq "Management" and status eq "ERROR"' (attributs id, action_name, status, module, start_time, end_time).</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; jobs, the newest (default 50).</source>
        <translation>Au plus &lt;n&gt; tâches, les plus récentes (50 par défaut).</translation>
    </message>
    <message>
        <source>Every job, not only the newest 50.</source>
        <translation>Toutes les tâches, pas seulement les 50 plus récentes.</translation>
    </message>
    <message>
        <source>table (default), json, csv or tsv.</source>
        <translation>table (par défaut), json, csv ou tsv.</translation>
    </message>
    <message>
        <source>text (default), json or csv.</source>
        <translation>text (par défaut), json ou csv.</translation>
    </message>
    <message>
        <source>The columns, comma-separated, of id, status, action, module, started, ended, duration (default id,status,action,module,started,duration).</source>
        <translation>Les colonnes, séparées par des virgules, parmi id, status, action, module, started, ended, duration (par défaut id,status,action,module,started,duration).</translation>
    </message>
    <message>
        <source>Only the entities that failed.</source>
        <translation>Seulement les objets en échec.</translation>
    </message>
    <message>
        <source>Delete without asking (needed when standard input is not a terminal).</source>
        <translation>Supprimer sans confirmation (nécessaire quand l'entrée standard n'est pas un terminal).</translation>
    </message>
    <message>
        <source>Give up after &lt;duration&gt; (90s, 10m, 1h, or seconds) with exit status 4.</source>
        <translation>Abandonner après &lt;duration&gt; (90s, 10m, 1h ou un nombre de secondes) avec le code de sortie 4.</translation>
    </message>
    <message>
        <source>The file to write, ending .csv or .json.</source>
        <translation>Le fichier à écrire, avec l'extension .csv ou .json.</translation>
    </message>
    <message>
        <source>The job.</source>
        <translation>La tâche.</translation>
    </message>
    <message>
        <source>The jobs.</source>
        <translation>Les tâches.</translation>
    </message>
    <message>
        <source>--account needs the account's name.</source>
        <translation>--account nécessite le nom du compte.</translation>
    </message>
    <message>
        <source>--account and --server cannot be used together.</source>
        <translation>--account et --server ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>'%1' is not a job id: job ids are digits only.</source>
        <translation>« %1 » n'est pas un ID de tâche : les ID de tâche ne contiennent que des chiffres.</translation>
    </message>
    <message>
        <source>unexpected argument '%1'.</source>
        <translation>argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>give exactly one job id.</source>
        <translation>indiquez exactement un ID de tâche.</translation>
    </message>
    <message>
        <source>give the id of at least one job.</source>
        <translation>indiquez l'ID d'au moins une tâche.</translation>
    </message>
    <message>
        <source>--status: '%1' is not a status; use %2.</source>
        <translation>--status : « %1 » n'est pas un statut ; utilisez %2.</translation>
    </message>
    <message>
        <source>--since: '%1' is neither a time back from now (30m, 2h, 7d, 2w) nor a date (2026-11-01) or date and time (2026-11-01T08:00).</source>
        <translation>--since : « %1 » n'est ni une durée écoulée (30m, 2h, 7d, 2w), ni une date (2026-11-01), ni une date et une heure (2026-11-01T08:00).</translation>
    </message>
    <message>
        <source>--limit and --all cannot be used together.</source>
        <translation>--limit et --all ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--limit: '%1' is not a number of jobs (1 or more).</source>
        <translation>--limit : « %1 » n'est pas un nombre de tâches (1 ou plus).</translation>
    </message>
    <message>
        <source>--format: '%1' is not one of %2.</source>
        <translation>--format : « %1 » ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>--timeout: '%1' is not a duration (90s, 10m, 1h, 1d, or seconds).</source>
        <translation>--timeout : « %1 » n'est pas une durée (90s, 10m, 1h, 1d ou un nombre de secondes).</translation>
    </message>
    <message>
        <source>--timeout: '%1' is longer than the longest wait, 24 days.</source>
        <translation>--timeout : « %1 » dépasse l'attente maximale, 24 jours.</translation>
    </message>
    <message>
        <source>--output is required: the file to write, ending .csv or .json.</source>
        <translation>--output est obligatoire : le fichier à écrire, avec l'extension .csv ou .json.</translation>
    </message>
    <message>
        <source>--output: '%1' ends neither in .csv nor in .json.</source>
        <translation>--output : « %1 » ne se termine ni par .csv ni par .json.</translation>
    </message>
    <message>
        <source>Usage: id360-jobmon audit VERB [options]
The deletion audit trail: every delete asked for, in the window or with 'jobs delete', and what became of it.

Verbs:
</source>
        <translation>Utilisation : id360-jobmon audit VERBE [options]
Le journal des suppressions : chaque suppression demandée, dans la fenêtre ou avec 'jobs delete', et ce qu'elle est devenue.

Verbes :
</translation>
    </message>
    <message>
        <source>List the delete attempts, newest first.</source>
        <translation>Lister les tentatives de suppression, les plus récentes d'abord.</translation>
    </message>
    <message>
        <source>
Its options: id360-jobmon audit list --help
</source>
        <translation>
Ses options : id360-jobmon audit list --help
</translation>
    </message>
    <message>
        <source>audit: unknown verb '%1'; use list.</source>
        <translation>audit : verbe inconnu « %1 » ; utilisez list.</translation>
    </message>
    <message>
        <source>List the delete attempts, newest first: when, who, which job of which account, and what became of it.</source>
        <translation>Lister les tentatives de suppression, les plus récentes d'abord : quand, qui, quelle tâche de quel compte, et ce qu'elle est devenue.</translation>
    </message>
    <message>
        <source>Only attempts since &lt;when&gt;: a time back from now (30m, 2h, 7d, 2w), a date (2026-11-01) or a date and time (2026-11-01T08:00); local time unless it carries Z or an offset.</source>
        <translation>Seulement les tentatives depuis &lt;when&gt; : une durée écoulée (30m, 2h, 7d, 2w), une date (2026-11-01) ou une date et une heure (2026-11-01T08:00) ; en heure locale, sauf avec Z ou un décalage horaire.</translation>
    </message>
    <message>
        <source>table (default), json or csv.</source>
        <translation>table (par défaut), json ou csv.</translation>
    </message>
    <message>
        <source>Deletions asked for and their outcomes: id360-jobmon audit --help
</source>
        <translation>Suppressions demandées et leur issue : id360-jobmon audit --help
</translation>
    </message>
</context>
<context>
    <name>DeleteAccess</name>
    <message>
        <source>This sign-in may only read jobs: its scopes, %1, have neither id360.job.DELETE nor id360.job.ALL.</source>
        <translation>Cette connexion ne peut que lire les tâches : ses étendues, %1, ne comprennent ni id360.job.DELETE ni id360.job.ALL.</translation>
    </message>
    <message>
        <source>This sign-in may only read jobs: the accounts server granted it only %1.</source>
        <translation>Cette connexion ne peut que lire les tâches : le serveur de comptes ne lui a accordé que %1.</translation>
    </message>
    <message>
        <source>This sign-in may only read jobs: Identity360 refused it a delete for lack of the id360.job.DELETE scope. Sign in again with that scope to delete.</source>
        <translation>Cette connexion ne peut que lire les tâches : Identity360 lui a refusé une suppression faute de l'étendue id360.job.DELETE. Reconnectez-vous avec cette étendue pour supprimer.</translation>
    </message>
    <message>
        <source>read-only</source>
        <comment>an account that may not delete jobs</comment>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>Deleting jobs is turned off by your administrator.</source>
        <translation>La suppression des tâches est désactivée par votre administrateur.</translation>
    </message>
</context>
<context>
    <name>DeleteJobsDialog</name>
    <message>
        <source>Delete Jobs</source>
        <translation>Supprimer des tâches</translation>
    </message>
    <message>
        <source>%1 — ID %2 — %3</source>
        <translation>%1 — ID %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>account: what is said about it</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Delete this job from Identity360?</source>
        <translation>Supprimer cette tâche d'Identity360 ?</translation>
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
Compte %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s) from Identity360?</source>
        <translation>
            <numerusform>Supprimer %n tâche d'Identity360 ?</numerusform>
            <numerusform>Supprimer %n tâches d'Identity360 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more (see the details)</source>
        <translation>
            <numerusform>
… et %n autre (voir les détails)</numerusform>
            <numerusform>
… et %n autres (voir les détails)</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>%n of these job(s) is still queued or running: deleting removes the job from the list; whether its work stops is up to Identity360. </source>
        <translation>
            <numerusform>%n de ces tâches est encore en attente ou en cours : la suppression la retire de la liste ; l'arrêt de son traitement dépend d'Identity360. </numerusform>
            <numerusform>%n de ces tâches sont encore en attente ou en cours : la suppression les retire de la liste ; l'arrêt de leur traitement dépend d'Identity360. </numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <comment>confirm</comment>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>%1, ID %2: %3</source>
        <comment>account, job id: why it was not deleted</comment>
        <translation>%1, ID %2 : %3</translation>
    </message>
    <message>
        <source>ID %1: %2</source>
        <translation>ID %1 : %2</translation>
    </message>
    <message>
        <source>Some Jobs Were Not Deleted</source>
        <translation>Certaines tâches n'ont pas été supprimées</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) could not be deleted and are still listed.</source>
        <translation>
            <numerusform>%n tâche n'a pas pu être supprimée et reste dans la liste.</numerusform>
            <numerusform>%n tâches n'ont pas pu être supprimées et restent dans la liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletionHistory</name>
    <message>
        <source>No answer recorded</source>
        <comment>deletion outcome</comment>
        <translation>Aucune réponse enregistrée</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>deletion outcome</comment>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Already gone</source>
        <comment>deletion outcome</comment>
        <translation>Déjà disparue</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>deletion outcome</comment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <comment>deletion outcome</comment>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>le serveur n'a pas pu être joint</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>le serveur n'a pas répondu à temps</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>la connexion sécurisée a échoué</translation>
    </message>
    <message>
        <source>the answer could not be read</source>
        <translation>la réponse n'a pas pu être lue</translation>
    </message>
    <message>
        <source>a redirect to another server was refused</source>
        <translation>une redirection vers un autre serveur a été refusée</translation>
    </message>
    <message>
        <source>not a job id; nothing was sent</source>
        <translation>pas un identifiant de tâche ; rien n'a été envoyé</translation>
    </message>
</context>
<context>
    <name>DeletionHistoryDialog</name>
    <message>
        <source>Deletion History</source>
        <translation>Historique des suppressions</translation>
    </message>
    <message>
        <source>Search job, action, account, outcome…</source>
        <translation>Rechercher tâche, action, compte, issue…</translation>
    </message>
    <message numerus="yes">
        <source>Not shown: %n damaged line(s) of the log that could not be read.</source>
        <translation>
            <numerusform>Non affichée : %n ligne endommagée du journal, illisible.</numerusform>
            <numerusform>Non affichées : %n lignes endommagées du journal, illisibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Shown Attempts as CSV…</source>
        <translation>Tentatives affichées en CSV…</translation>
    </message>
    <message>
        <source>Shown Attempts as JSON…</source>
        <translation>Tentatives affichées en JSON…</translation>
    </message>
    <message>
        <source>Export Deletion History</source>
        <translation>Exporter l'historique des suppressions</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The deletion history could not be written to %1: %2</source>
        <translation>L'historique des suppressions n'a pas pu être écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>The deletion log could not be read: %1</source>
        <translation>Le journal des suppressions n'a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>DeletionHistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>ID de tâche</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>API host</source>
        <translation>Hôte de l'API</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
</context>
<context>
    <name>DeletionLog</name>
    <message>
        <source>another program replaced the file at every try</source>
        <translation>un autre programme a remplacé le fichier à chaque essai</translation>
    </message>
    <message>
        <source>write: %1 of %2 bytes written</source>
        <translation>write : %1 octets écrits sur %2</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <source>&amp;Open Job Monitor</source>
        <translation>&amp;Ouvrir Job Monitor</translation>
    </message>
    <message>
        <source>&amp;Pause Polling</source>
        <translation>&amp;Suspendre l'interrogation</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>&amp;Ne pas déranger</translation>
    </message>
    <message>
        <source>Hold every notification but failures</source>
        <translation>Retenir toutes les notifications sauf les échecs</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>The tray icon is off (the monitor was started with --no-tray): closing the window quits, and notifications still go out.</source>
        <translation>L'icône de la zone de notification est désactivée (le moniteur a été lancé avec --no-tray) : fermer la fenêtre quitte l'application, et les notifications sont toujours envoyées.</translation>
    </message>
    <message>
        <source>This desktop offers no system tray (some Wayland desktops do not), so there is no tray icon: closing the window quits, and notifications still go out.</source>
        <translation>Cet environnement de bureau n'offre pas de zone de notification (certains bureaux Wayland n'en ont pas), il n'y a donc pas d'icône : fermer la fenêtre quitte l'application, et les notifications sont toujours envoyées.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <source>Sign In…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show Failures</source>
        <translation>Afficher les échecs</translation>
    </message>
</context>
<context>
    <name>EmptyJobsPage</name>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Once the account is signed in, its jobs appear here.</source>
        <translation>Une fois le compte connecté, ses tâches apparaissent ici.</translation>
    </message>
    <message>
        <source>No jobs yet: the server has not answered (see below).</source>
        <translation>Aucune tâche pour l'instant : le serveur n'a pas répondu (voir ci-dessous).</translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation>Chargement des tâches…</translation>
    </message>
    <message>
        <source>Asking the server which jobs match the advanced filter…</source>
        <translation>Demande au serveur des tâches correspondant au filtre avancé…</translation>
    </message>
    <message>
        <source>No job matches the filters.</source>
        <translation>Aucune tâche ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>The server lists no jobs yet. New jobs appear here as they start.</source>
        <translation>Le serveur ne liste encore aucune tâche. Les nouvelles tâches apparaissent ici dès qu'elles démarrent.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show only %1 jobs (together with the other chips that are on)</source>
        <translation>N'afficher que les tâches au statut « %1 » (avec les autres filtres activés)</translation>
    </message>
    <message>
        <source>Search action, module or ID (Ctrl+F)</source>
        <translation>Rechercher une action, un module ou un ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>Rechercher des tâches</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Started within</source>
        <translation>Période de démarrage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>A&amp;vancé</translation>
    </message>
    <message>
        <source>Filter on the server with a SCIM expression</source>
        <translation>Filtrer sur le serveur avec une expression SCIM</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Préréglages</translation>
    </message>
    <message>
        <source>Save these filters under a name, or use saved ones</source>
        <translation>Enregistrer ces filtres sous un nom, ou utiliser des filtres enregistrés</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>SCIM &amp;filter:</source>
        <translation>Filtre &amp;SCIM :</translation>
    </message>
    <message>
        <source>SCIM filter</source>
        <translation>Filtre SCIM</translation>
    </message>
    <message>
        <source>Attributes: id, action_name, status, module, start_time, end_time. Operators: eq ne co sw ew gt ge lt le pr, with and, or, not and parentheses. Enter sends it to the server.</source>
        <translation>Attributs : id, action_name, status, module, start_time, end_time. Opérateurs : eq ne co sw ew gt ge lt le pr, avec and, or, not et des parenthèses. La touche Entrée l'envoie au serveur.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Ask Again</source>
        <translation>Redemander</translation>
    </message>
    <message>
        <source>Ask the server again for the jobs that match</source>
        <translation>Redemander au serveur les tâches correspondantes</translation>
    </message>
    <message>
        <source>Not a valid filter: %1</source>
        <translation>Filtre non valide : %1</translation>
    </message>
    <message>
        <source>Valid. Press Enter to ask the server.</source>
        <translation>Valide. Appuyez sur Entrée pour interroger le serveur.</translation>
    </message>
    <message>
        <source>&amp;Advanced (on)</source>
        <translation>A&amp;vancé (actif)</translation>
    </message>
    <message>
        <source>Not set: every job is shown.</source>
        <translation>Non défini : toutes les tâches sont affichées.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message numerus="yes">
        <source>The server matched %n job(s).</source>
        <translation>
            <numerusform>Le serveur a trouvé %n tâche correspondante.</numerusform>
            <numerusform>Le serveur a trouvé %n tâches correspondantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the server's last answer; asking again failed: %1</source>
        <translation>Dernière réponse du serveur affichée ; la nouvelle demande a échoué : %1</translation>
    </message>
    <message>
        <source>Not applied, the server did not answer: %1</source>
        <translation>Non appliqué, le serveur n'a pas répondu : %1</translation>
    </message>
    <message>
        <source>&amp;Save Current Filters…</source>
        <translation>&amp;Enregistrer les filtres actuels…</translation>
    </message>
    <message>
        <source>&amp;Delete Preset</source>
        <translation>&amp;Supprimer un préréglage</translation>
    </message>
    <message>
        <source>Save Filters</source>
        <translation>Enregistrer les filtres</translation>
    </message>
    <message>
        <source>Name for these filters:</source>
        <translation>Nom de ces filtres :</translation>
    </message>
    <message>
        <source>Replace Preset</source>
        <translation>Remplacer le préréglage</translation>
    </message>
    <message>
        <source>A preset named "%1" exists. Replace it?</source>
        <translation>Un préréglage nommé « %1 » existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>A range picked in Insights is not kept in a preset: pick a period first</source>
        <translation>Une plage choisie dans les tendances n'est pas conservée dans un préréglage : choisissez d'abord une période</translation>
    </message>
</context>
<context>
    <name>InsightsDialog</name>
    <message>
        <source>Insights</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Regrouper</translation>
    </message>
    <message>
        <source>By action</source>
        <translation>Par action</translation>
    </message>
    <message>
        <source>By module</source>
        <translation>Par module</translation>
    </message>
    <message>
        <source>Click a row to show its jobs in the main window, or a day's bar to show that day's. Rates are of the runs that ended; durations of the runs that finished. Failed entities count only jobs whose results were opened.</source>
        <translation>Cliquez sur une ligne pour afficher ses tâches dans la fenêtre principale, ou sur la barre d'un jour pour les tâches de ce jour. Les taux portent sur les exécutions terminées, les durées sur les exécutions achevées. Les entités en échec ne comptent que les tâches dont les résultats ont été ouverts.</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Le %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis le %1</translation>
    </message>
</context>
<context>
    <name>InsightsTableModel</name>
    <message>
        <source>%1: runs %2, failed %3</source>
        <comment>one day of the Insights chart</comment>
        <translation>%1 : %2 exécutions, %3 en échec</translation>
    </message>
    <message>
        <source>Runs and failures by day: %1</source>
        <translation>Exécutions et échecs par jour : %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Taux d'échec</translation>
    </message>
    <message>
        <source>Warning rate</source>
        <translation>Taux d'avertissement</translation>
    </message>
    <message>
        <source>Median duration</source>
        <translation>Durée médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>Failed entities</source>
        <translation>Entités en échec</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
</context>
<context>
    <name>JobDeletion</name>
    <message>
        <source>could not be read in the last answer; not deleted</source>
        <translation>illisible dans la dernière réponse ; non supprimée</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) deleted</source>
        <translation>
            <numerusform>%n tâche supprimée</numerusform>
            <numerusform>%n tâches supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n déjà supprimée</numerusform>
            <numerusform>%n déjà supprimées</numerusform>
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
        <source>%n not recorded in the Deletion History (%1)</source>
        <translation>
            <numerusform>%n non enregistrée dans l'historique des suppressions (%1)</numerusform>
            <numerusform>%n non enregistrées dans l'historique des suppressions (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobDetailPane</name>
    <message>
        <source>Select a job to see what happened to each user or group.</source>
        <translation>Sélectionnez une tâche pour voir ce qui est arrivé à chaque utilisateur ou groupe.</translation>
    </message>
    <message>
        <source>Loading the results…</source>
        <translation>Chargement des résultats…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>&amp;Erreurs seulement</translation>
    </message>
    <message>
        <source>Search entity or message…</source>
        <translation>Rechercher un objet ou un message…</translation>
    </message>
    <message>
        <source>Search the results</source>
        <translation>Rechercher dans les résultats</translation>
    </message>
    <message>
        <source>Results per entity</source>
        <translation>Résultats par objet</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Success</source>
        <comment>entity result</comment>
        <translation>Succès</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>All Results as CSV…</source>
        <translation>Tous les résultats en CSV…</translation>
    </message>
    <message>
        <source>Errors Only as CSV…</source>
        <translation>Erreurs seulement en CSV…</translation>
    </message>
    <message>
        <source>All Results as JSON…</source>
        <translation>Tous les résultats en JSON…</translation>
    </message>
    <message>
        <source>Errors Only as JSON…</source>
        <translation>Erreurs seulement en JSON…</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copier l'ID</translation>
    </message>
    <message>
        <source>Copy the job's id to the clipboard</source>
        <translation>Copier l'ID de la tâche dans le presse-papiers</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <source>The job exactly as the server sent it, decoded</source>
        <translation>La tâche exactement telle que le serveur l'a envoyée, décodée</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy what the server sent to the clipboard</source>
        <translation>Copier dans le presse-papiers ce que le serveur a envoyé</translation>
    </message>
    <message>
        <source>What the server sent</source>
        <translation>Ce que le serveur a envoyé</translation>
    </message>
    <message>
        <source>Job %1 could not be read: %2. This is what the server sent:</source>
        <translation>La tâche %1 n'a pas pu être lue : %2. Voici ce que le serveur a envoyé :</translation>
    </message>
    <message>
        <source>This job could not be read in the last answer: %1. It is shown as it was last read; the server sent:</source>
        <translation>Cette tâche n'a pas pu être lue dans la dernière réponse : %1. Elle est affichée telle qu'elle a été lue la dernière fois ; le serveur a envoyé :</translation>
    </message>
    <message>
        <source>The results of this job could not be loaded.
%1</source>
        <translation>Les résultats de cette tâche n'ont pas pu être chargés.
%1</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>Module : %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID : %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Début : %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte : %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Fin : %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée : %1</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The results could not be written to %1: %2</source>
        <translation>Les résultats n'ont pas pu être écrits dans %1 : %2</translation>
    </message>
    <message>
        <source>Job %1 — Raw JSON</source>
        <translation>Tâche %1 — JSON brut</translation>
    </message>
</context>
<context>
    <name>JobNotifier</name>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n réussie</numerusform>
            <numerusform>%n réussies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n avec avertissements</numerusform>
            <numerusform>%n avec avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte : %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 : échec</translation>
    </message>
    <message>
        <source>%1 finished with warnings</source>
        <translation>%1 : terminé avec des avertissements</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 : terminé</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>Durée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished</source>
        <translation>
            <numerusform>%n tâche terminée</numerusform>
            <numerusform>%n tâches terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may be stuck</source>
        <translation>%1 : peut-être bloqué</translation>
    </message>
    <message>
        <source>Queued for %1; it usually takes %2.</source>
        <translation>En attente depuis %1 ; durée habituelle : %2.</translation>
    </message>
    <message>
        <source>Running for %1; it usually takes %2.</source>
        <translation>En cours depuis %1 ; durée habituelle : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished while you were not to be disturbed</source>
        <translation>
            <numerusform>%n tâche terminée pendant le mode Ne pas déranger</numerusform>
            <numerusform>%n tâches terminées pendant le mode Ne pas déranger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) failed</source>
        <translation>
            <numerusform>%1 sur %n utilisateur en échec</numerusform>
            <numerusform>%1 sur %n utilisateurs en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s) failed</source>
        <translation>
            <numerusform>%1 sur %n groupe en échec</numerusform>
            <numerusform>%1 sur %n groupes en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entity(ies) failed</source>
        <translation>
            <numerusform>%1 sur %n objet en échec</numerusform>
            <numerusform>%1 sur %n objets en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) succeeded</source>
        <translation>
            <numerusform>%n utilisateur traité avec succès</numerusform>
            <numerusform>Tous les %n utilisateurs traités avec succès</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n group(s) succeeded</source>
        <translation>
            <numerusform>%n groupe traité avec succès</numerusform>
            <numerusform>Tous les %n groupes traités avec succès</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n entity(ies) succeeded</source>
        <translation>
            <numerusform>%n objet traité avec succès</numerusform>
            <numerusform>Tous les %n objets traités avec succès</numerusform>
        </translation>
    </message>
    <message>
        <source>usually 1 in %1</source>
        <translation>d'habitude 1 sur %1</translation>
    </message>
    <message>
        <source>usually none</source>
        <translation>d'habitude aucune</translation>
    </message>
    <message numerus="yes">
        <source>no runs in the %n days before</source>
        <translation>
            <numerusform>aucune exécution dans le %n jour précédent</numerusform>
            <numerusform>aucune exécution dans les %n jours précédents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 runs failed today, %4</source>
        <translation>%1 : %2 exécutions sur %3 en échec aujourd'hui, %4</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>UNREADABLE</source>
        <comment>job status, written like the API's statuses</comment>
        <translation>ILLISIBLE</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Unknown column "%1"; the columns are %2.</source>
        <translation>Colonne inconnue « %1 » ; les colonnes sont %2.</translation>
    </message>
    <message>
        <source>%1  deleted</source>
        <translation>%1  supprimée</translation>
    </message>
    <message>
        <source>%1  already gone (deleted before): nothing to delete</source>
        <translation>%1  déjà disparue (supprimée auparavant) : rien à supprimer</translation>
    </message>
    <message>
        <source>%1  not deleted: %2</source>
        <translation>%1  non supprimée : %2</translation>
    </message>
    <message>
        <source>Fetching page %1…</source>
        <translation>Récupération de la page %1…</translation>
    </message>
    <message>
        <source>Fetching page %1 of %2…</source>
        <translation>Récupération de la page %1 sur %2…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Tâche %1 illisible : %2</translation>
    </message>
</context>
<context>
    <name>JobOverview</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>connexion requise</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>server errors</source>
        <translation>erreurs du serveur</translation>
    </message>
    <message>
        <source>polling paused</source>
        <translation>interrogation suspendue</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the last hour</source>
        <translation>
            <numerusform>%n en échec au cours de la dernière heure</numerusform>
            <numerusform>%n en échec au cours de la dernière heure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings in the last hour</source>
        <translation>
            <numerusform>%n avec avertissements au cours de la dernière heure</numerusform>
            <numerusform>%n avec avertissements au cours de la dernière heure</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing running</source>
        <translation>Aucune tâche en cours</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>JobResultModel</name>
    <message>
        <source>Error</source>
        <comment>entity result</comment>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Success</source>
        <comment>entity result</comment>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>ID de l'objet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n réussi</numerusform>
            <numerusform>%n réussis</numerusform>
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
        <source>%n other</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Queued</source>
        <comment>job status</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>job status</comment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>job status</comment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>job status</comment>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <comment>job status</comment>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>job status</comment>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>The server sent this job in a form that could not be read: %1</source>
        <translation>Le serveur a envoyé cette tâche sous une forme illisible : %1</translation>
    </message>
    <message>
        <source>Could not be read in the last answer (%1); shown as last read.</source>
        <translation>Illisible dans la dernière réponse (%1) ; affichée telle que lue la dernière fois.</translation>
    </message>
    <message>
        <source>The server reported a status this version does not know: %1</source>
        <translation>Le serveur a signalé un statut que cette version ne connaît pas : %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>job status</comment>
        <translation>Inconnu (%1)</translation>
    </message>
</context>
<context>
    <name>JobTableView</name>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
</context>
<context>
    <name>JobWaiter</name>
    <message>
        <source>The id given was “%1”.</source>
        <translation>L'ID indiqué était « %1 ».</translation>
    </message>
</context>
<context>
    <name>JobsClient</name>
    <message>
        <source>The response was larger than %1 MB.</source>
        <translation>La réponse dépassait %1 Mo.</translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <source>jobs delete: nobody can be asked (standard input is not a terminal), so nothing was deleted; add --yes to delete without asking.</source>
        <translation>jobs delete : personne ne peut confirmer (l'entrée standard n'est pas un terminal), donc rien n'a été supprimé ; ajoutez --yes pour supprimer sans confirmation.</translation>
    </message>
    <message>
        <source>There is no account named "%1"; see 'id360-jobmon account list'.</source>
        <translation>Aucun compte nommé « %1 » ; voir 'id360-jobmon account list'.</translation>
    </message>
    <message>
        <source>There is no account yet: add one with 'id360-jobmon account add', or name a server with --server.</source>
        <translation>Aucun compte pour l'instant : ajoutez-en un avec 'id360-jobmon account add', ou indiquez un serveur avec --server.</translation>
    </message>
    <message>
        <source>Which account? Name it with --account (see 'id360-jobmon account list').</source>
        <translation>Quel compte ? Indiquez-le avec --account (voir 'id360-jobmon account list').</translation>
    </message>
    <message>
        <source>account "%1"</source>
        <translation>compte « %1 »</translation>
    </message>
    <message>
        <source>Sign in again: id360-jobmon account login "%1"</source>
        <translation>Reconnectez-vous : id360-jobmon account login "%1"</translation>
    </message>
    <message numerus="yes">
        <source>%n listed job(s) had no readable id and are not shown.</source>
        <translation>
            <numerusform>%n tâche listée n'avait pas d'ID lisible et n'est pas affichée.</numerusform>
            <numerusform>%n tâches listées n'avaient pas d'ID lisible et ne sont pas affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n job(s); more with --limit or --all.</source>
        <translation>
            <numerusform>%n tâche, la plus récente ; d'autres avec --limit ou --all.</numerusform>
            <numerusform>Les %n tâches les plus récentes ; d'autres avec --limit ou --all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Tâche %1 : %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) of job %1 written to %2.</source>
        <translation>
            <numerusform>%n résultat de la tâche %1 écrit dans %2.</numerusform>
            <numerusform>%n résultats de la tâche %1 écrits dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n'a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s) of %1? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n tâche (%1) ? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n tâches (%1) ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete? [y/N] </source>
        <extracomment>The question before deleting; [y/N] names the answers, No being the default.</extracomment>
        <translation>Supprimer ? [o/N] </translation>
    </message>
    <message>
        <source>y,yes</source>
        <translation>o,oui</translation>
    </message>
    <message>
        <source>Job %1 is gone: it was deleted, or it is not one of %2's jobs.</source>
        <translation>La tâche %1 a disparu : elle a été supprimée, ou elle n'existe pas ici (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n s.</source>
        <translation>
            <numerusform>%1 Nouvelle tentative dans %n s.</numerusform>
            <numerusform>%1 Nouvelle tentative dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still not finished after %1: %2.</source>
        <translation>Délai de %1 écoulé ; toujours en attente de : %2.</translation>
    </message>
    <message numerus="yes">
        <source>Watching %1: %n job(s) queued or running; Ctrl+C ends.</source>
        <translation>
            <numerusform>Surveillance (%1) : %n tâche en attente ou en cours ; Ctrl+C pour arrêter.</numerusform>
            <numerusform>Surveillance (%1) : %n tâches en attente ou en cours ; Ctrl+C pour arrêter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 was deleted.</source>
        <translation>La tâche %1 a été supprimée.</translation>
    </message>
    <message>
        <source>Account "%1": %2 Nothing was deleted.</source>
        <translation>Compte « %1 » : %2 Rien n'a été supprimé.</translation>
    </message>
    <message>
        <source>%1 Nothing was deleted.</source>
        <translation>%1 Rien n'a été supprimé.</translation>
    </message>
    <message>
        <source>%1  not recorded in the Deletion History: %2</source>
        <translation>%1  non enregistrée dans l'historique des suppressions : %2</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the stored entry is not one of ours</source>
        <translation>l'entrée enregistrée n'appartient pas à cette application</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Identity360 Job Monitor</source>
        <translation>Identity360 Job Monitor</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>Fetch every job from the server now (%1)</source>
        <translation>Récupérer maintenant toutes les tâches depuis le serveur (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected jobs from Identity360 (%1)</source>
        <translation>Supprimer les tâches sélectionnées d'Identity360 (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>Add, edit, sign in or remove Identity360 accounts</source>
        <translation>Ajouter, modifier, connecter ou retirer des comptes Identity360</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>How often to poll, notifications, the appearance and the tray (%1)</source>
        <translation>Fréquence d'interrogation, notifications, apparence et zone de notification (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>&amp;Pause Polling</source>
        <translation>&amp;Suspendre l'interrogation</translation>
    </message>
    <message>
        <source>Stop asking the server until you resume (%1)</source>
        <translation>Ne plus interroger le serveur jusqu'à la reprise (%1)</translation>
    </message>
    <message>
        <source>&amp;Find Jobs…</source>
        <translation>&amp;Rechercher des tâches…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>The server no longer accepts this account's sign-in: %1</source>
        <translation>Le serveur n'accepte plus la connexion de ce compte : %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n job(s)…</source>
        <translation>
            <numerusform>Suppression de %n tâche…</numerusform>
            <numerusform>Suppression de %n tâches…</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletion &amp;History…</source>
        <translation>&amp;Historique des suppressions…</translation>
    </message>
    <message>
        <source>&amp;Insights…</source>
        <translation>&amp;Tendances…</translation>
    </message>
    <message>
        <source>Runs, failures and durations per action and module by day (%1)</source>
        <translation>Exécutions, échecs et durées par action et par module, jour par jour (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>account: why it may not delete</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>the file cannot be read; no policy is applied</source>
        <translation>le fichier ne peut pas être lu ; aucune stratégie n'est appliquée</translation>
    </message>
    <message>
        <source>unknown group: only [General] and [Account NAME] are read; ignored</source>
        <translation>groupe inconnu : seuls [General] et [Account NOM] sont lus ; ignoré</translation>
    </message>
    <message>
        <source>'%1' is not a whole number from %2 to %3; ignored</source>
        <translation>« %1 » n'est pas un nombre entier de %2 à %3 ; ignoré</translation>
    </message>
    <message>
        <source>unknown key; ignored</source>
        <translation>clé inconnue ; ignorée</translation>
    </message>
    <message>
        <source>'%1' is neither true nor false; ignored</source>
        <translation>« %1 » n'est ni true ni false ; ignoré</translation>
    </message>
    <message>
        <source>unknown data center '%1' (one of %2); the account is ignored</source>
        <translation>centre de données inconnu « %1 » (l'un de %2) ; le compte est ignoré</translation>
    </message>
    <message>
        <source>a secret has no place in a file every user can read; ignored (each user enters the client secret once, or it is deployed with 'id360-jobmon account add … --client-secret-stdin')</source>
        <translation>un secret n'a pas sa place dans un fichier que tout utilisateur peut lire ; ignoré (chaque utilisateur saisit le secret client une fois, ou il est déployé avec 'id360-jobmon account add … --client-secret-stdin')</translation>
    </message>
    <message>
        <source>'%1' is not a port from 1 to 65535; ignored</source>
        <translation>« %1 » n'est pas un port de 1 à 65535 ; ignoré</translation>
    </message>
    <message>
        <source>%1 The account is ignored.</source>
        <translation>%1 Le compte est ignoré.</translation>
    </message>
    <message>
        <source>a second account named "%1"; ignored</source>
        <translation>un deuxième compte nommé « %1 » ; ignoré</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>policy file, problem</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <comment>policy file, key, problem</comment>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <source>Your administrator sets some of these settings in %1.</source>
        <translation>Votre administrateur définit certains de ces paramètres dans %1.</translation>
    </message>
    <message>
        <source>What the file says but cannot be obeyed was ignored (tell your helpdesk):</source>
        <translation>Ce que le fichier demande mais qui ne peut pas être appliqué a été ignoré (signalez-le à votre support) :</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
    <message>
        <source>the file has lines that are not INI; the rest is applied</source>
        <translation>le fichier a des lignes qui ne sont pas du INI ; le reste est appliqué</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; that group is ignored (save the file as UTF-8)</source>
        <translation>la ligne %1 n'est pas du texte UTF-8 ; ce groupe est ignoré (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; ignored (save the file as UTF-8)</source>
        <translation>la ligne %1 n'est pas du texte UTF-8 ; ignorée (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>line %1: a group's name cannot hold ';'; that group is ignored</source>
        <translation>ligne %1 : le nom d'un groupe ne peut pas contenir « ; » ; ce groupe est ignoré</translation>
    </message>
    <message>
        <source>line %1 is not INI (a [group], a key=value or a ;comment); ignored</source>
        <translation>la ligne %1 n'est pas du INI (un [groupe], une clé=valeur ou un ;commentaire) ; ignorée</translation>
    </message>
    <message>
        <source>managed</source>
        <comment>an account the administrator set up</comment>
        <translation>géré</translation>
    </message>
</context>
<context>
    <name>RequestError</name>
    <message>
        <source>The server did not accept the access token.</source>
        <translation>Le serveur n'a pas accepté le jeton d'accès.</translation>
    </message>
    <message>
        <source>The account is not allowed to do this (missing OAuth scope?).</source>
        <translation>Le compte n'est pas autorisé à faire cela (étendue OAuth manquante ?).</translation>
    </message>
    <message>
        <source>Not found on the server.</source>
        <translation>Introuvable sur le serveur.</translation>
    </message>
    <message>
        <source>The server asks to slow down; retry in %1 s.</source>
        <translation>Le serveur demande de ralentir ; nouvelle tentative dans %1 s.</translation>
    </message>
    <message>
        <source>The server asks to slow down.</source>
        <translation>Le serveur demande de ralentir.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n'a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection could not be trusted.</source>
        <translation>La connexion sécurisée n'est pas digne de confiance.</translation>
    </message>
    <message>
        <source>The server's answer could not be read.</source>
        <translation>La réponse du serveur est illisible.</translation>
    </message>
    <message>
        <source>The server redirected to another host; nothing was sent there.</source>
        <translation>Le serveur a redirigé vers un autre hôte ; rien n'y a été envoyé.</translation>
    </message>
    <message>
        <source>The job id is not a number; nothing was sent.</source>
        <translation>L'ID de tâche n'est pas un nombre ; rien n'a été envoyé.</translation>
    </message>
</context>
<context>
    <name>ScimFilter</name>
    <message>
        <source>expected 'and', 'or' or the end of the filter at character %1, found '%2'</source>
        <translation>« and », « or » ou la fin du filtre attendu au caractère %1, trouvé « %2 »</translation>
    </message>
    <message>
        <source>expected '(' after 'not' at character %1, found '%2'</source>
        <translation>« ( » attendue après « not » au caractère %1, trouvé « %2 »</translation>
    </message>
    <message>
        <source>more than %1 levels of parentheses at character %2</source>
        <translation>plus de %1 niveaux de parenthèses au caractère %2</translation>
    </message>
    <message>
        <source>expected ')' at character %1 to close the '(' at character %2, found '%3'</source>
        <translation>« ) » attendue au caractère %1 pour fermer la « ( » du caractère %2, trouvé « %3 »</translation>
    </message>
    <message>
        <source>expected an attribute name at character %1, found '%2'</source>
        <translation>nom d'attribut attendu au caractère %1, trouvé « %2 »</translation>
    </message>
    <message>
        <source>more than %1 comparisons at character %2</source>
        <translation>plus de %1 comparaisons au caractère %2</translation>
    </message>
    <message>
        <source>unknown attribute '%1' at character %2; jobs have id, action_name, status, module, start_time and end_time</source>
        <translation>attribut inconnu « %1 » au caractère %2 ; les tâches ont id, action_name, status, module, start_time et end_time</translation>
    </message>
    <message>
        <source>expected an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) after '%1' at character %2, found '%3'</source>
        <translation>opérateur (eq, ne, co, sw, ew, gt, ge, lt, le, pr) attendu après « %1 » au caractère %2, trouvé « %3 »</translation>
    </message>
    <message>
        <source>null at character %1 can only be compared with eq or ne</source>
        <translation>null au caractère %1 ne peut être comparé qu'avec eq ou ne</translation>
    </message>
    <message>
        <source>"%1" at character %2 is not an ISO 8601 date-time such as "2025-04-04T13:12:13.000Z"</source>
        <translation>« %1 » au caractère %2 n'est pas une date-heure ISO 8601 comme « 2025-04-04T13:12:13.000Z »</translation>
    </message>
    <message>
        <source>%1 compares text: put the value at character %2 in double quotes, as in %1 %3 "%4"</source>
        <translation>%1 compare du texte : mettez la valeur du caractère %2 entre guillemets doubles, comme dans %1 %3 "%4"</translation>
    </message>
    <message>
        <source>expected a value after '%1' at character %2, found '%3'</source>
        <translation>valeur attendue après « %1 » au caractère %2, trouvé « %3 »</translation>
    </message>
    <message>
        <source>the end of the filter</source>
        <translation>la fin du filtre</translation>
    </message>
    <message>
        <source>unexpected character '%1' at character %2</source>
        <translation>caractère inattendu « %1 » au caractère %2</translation>
    </message>
    <message>
        <source>invalid \u escape at character %1</source>
        <translation>séquence d'échappement \u non valide au caractère %1</translation>
    </message>
    <message>
        <source>invalid escape '\%1' at character %2</source>
        <translation>séquence d'échappement « \%1 » non valide au caractère %2</translation>
    </message>
    <message>
        <source>the string starting at character %1 is not closed with '"'</source>
        <translation>la chaîne commençant au caractère %1 n'est pas fermée par '"'</translation>
    </message>
</context>
<context>
    <name>SecretStoreError</name>
    <message numerus="yes">
        <source>no answer in %n second(s); it may be waiting for its password</source>
        <translation>
            <numerusform>aucune réponse en %n seconde ; il attend peut-être son mot de passe</numerusform>
            <numerusform>aucune réponse en %n secondes ; il attend peut-être son mot de passe</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain holds no sign-in for this account: sign in again.</source>
        <translation>Le trousseau de clés ne contient aucune connexion pour ce compte : reconnectez-vous.</translation>
    </message>
    <message>
        <source>The keychain is locked (%1). Unlock it — log in to the desktop session or open your keyring manager — and try again.</source>
        <translation>Le trousseau de clés est verrouillé (%1). Déverrouillez-le — ouvrez une session sur le bureau ou ouvrez votre gestionnaire de trousseaux — puis réessayez.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Start a Secret Service such as GNOME Keyring or KWallet and try again.</source>
        <translation>Aucun trousseau de clés n'est disponible (%1). Démarrez un service Secret Service comme GNOME Keyring ou KWallet, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Allow Identity360 Job Monitor in your keyring manager and try again.</source>
        <translation>Le trousseau de clés a refusé l'accès (%1). Autorisez Identity360 Job Monitor dans votre gestionnaire de trousseaux, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Erreur du trousseau de clés : %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>&amp;Bureau</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Interrogation</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>While jobs are queued or &amp;running, check them every:</source>
        <translation>Si des tâches sont en attente ou en cou&amp;rs, les vérifier toutes les :</translation>
    </message>
    <message>
        <source>Otherwise &amp;look for new jobs every:</source>
        <translation>Sinon, c&amp;hercher de nouvelles tâches toutes les :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Fetch the &amp;whole list every:</source>
        <translation>Récupérer la &amp;liste complète toutes les :</translation>
    </message>
    <message>
        <source>Each check asks only for what can have changed; Zoho's limits are kept whatever you choose.</source>
        <translation>Chaque vérification ne demande que ce qui a pu changer ; les limites de Zoho sont respectées quel que soit votre choix.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Tell me when a job I watched</source>
        <translation>M'avertir lorsqu'une tâche suivie</translation>
    </message>
    <message>
        <source>&amp;completes</source>
        <translation>se termine avec &amp;succès</translation>
    </message>
    <message>
        <source>finishes with &amp;warnings</source>
        <translation>se termine avec des a&amp;vertissements</translation>
    </message>
    <message>
        <source>&amp;fails</source>
        <translation>écho&amp;ue</translation>
    </message>
    <message>
        <source>Only jobs seen running while the monitor runs: never those that had finished before.</source>
        <translation>Uniquement les tâches vues en cours pendant que le moniteur fonctionne : jamais celles qui étaient déjà terminées.</translation>
    </message>
    <message>
        <source>Stuck jobs</source>
        <translation>Tâches bloquées</translation>
    </message>
    <message>
        <source>Tell me when a job runs far longer than &amp;usual</source>
        <translation>M'avertir lorsqu'une tâche dure bien plus longtemps que d'&amp;habitude</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Longer than its action's usual duration &amp;times:</source>
        <translation>Durée habituelle de son action multipliée &amp;par :</translation>
    </message>
    <message>
        <source>And at &amp;least:</source>
        <translation>Et au &amp;moins :</translation>
    </message>
    <message>
        <source>When watching stops</source>
        <translation>Lorsque la surveillance s'interrompt</translation>
    </message>
    <message>
        <source>Problems with an &amp;account</source>
        <translation>Problèmes avec un &amp;compte</translation>
    </message>
    <message>
        <source>An account needs signing in again (or soon will: a pasted token about to run out), its server does not answer (and when it answers again), or the keychain cannot be read</source>
        <translation>Un compte doit être reconnecté (ou le devra bientôt : un jeton collé sur le point d'expirer), son serveur ne répond pas (et quand il répond à nouveau), ou le trousseau de clés ne peut pas être lu</translation>
    </message>
    <message>
        <source>No answer from the server for &amp;more than:</source>
        <translation>Aucune réponse du serveur depuis p&amp;lus de :</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Silence</translation>
    </message>
    <message>
        <source>&amp;Do not disturb: only failures are told</source>
        <translation>Ne pas &amp;déranger : seuls les échecs sont signalés</translation>
    </message>
    <message>
        <source>e.g. Automation</source>
        <translation>p. ex. Automation</translation>
    </message>
    <message>
        <source>Never for these &amp;modules:</source>
        <translation>Jamais pour ces m&amp;odules :</translation>
    </message>
    <message>
        <source>e.g. Single User Creation, Bulk Password Reset</source>
        <translation>p. ex. Single User Creation, Bulk Password Reset</translation>
    </message>
    <message>
        <source>Never for these &amp;actions:</source>
        <translation>Jamais pour ces &amp;actions :</translation>
    </message>
    <message>
        <source>&amp;Start at login, in the tray</source>
        <translation>&amp;Démarrer à l'ouverture de session, dans la zone de notification</translation>
    </message>
    <message>
        <source>Closing the window keeps the monitor running in the system tray; Quit in the tray's menu or the File menu ends it.</source>
        <translation>Fermer la fenêtre laisse le moniteur actif dans la zone de notification ; « Quitter », dans le menu de la zone de notification ou dans le menu Fichier, l'arrête.</translation>
    </message>
    <message>
        <source>Unusual failures</source>
        <translation>Échecs inhabituels</translation>
    </message>
    <message>
        <source>Tell me when an action fails far more &amp;often today than usual</source>
        <translation>M'avertir lorsqu'une action échoue bien plus s&amp;ouvent aujourd'hui que d'habitude</translation>
    </message>
    <message>
        <source>At least %1 of its runs failed today, and today's failure rate is at least %2 times its rate over the %3 days before; told once a day per action</source>
        <translation>Au moins %1 de ses exécutions ont échoué aujourd'hui, et le taux d'échec du jour est au moins %2 fois celui des %3 jours précédents ; signalé une fois par jour et par action</translation>
    </message>
    <message>
        <source>while jobs run, no more often than every %1 s</source>
        <translation>pendant que des tâches s'exécutent, pas plus souvent que toutes les %1 s</translation>
    </message>
    <message>
        <source>otherwise no more often than every %1 s</source>
        <translation>sinon pas plus souvent que toutes les %1 s</translation>
    </message>
    <message>
        <source>the whole list no more often than every %1 min</source>
        <translation>la liste complète pas plus souvent que toutes les %1 min</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>set by your administrator: the minimums</comment>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Still watching your jobs</source>
        <translation>Vos tâches restent surveillées</translation>
    </message>
    <message>
        <source>The monitor keeps running in the tray and tells you when a job ends. Quit it from the tray's menu.</source>
        <translation>Le moniteur reste actif dans la zone de notification et vous avertit quand une tâche se termine. Quittez-le depuis le menu de la zone de notification.</translation>
    </message>
</context>
<context>
    <name>StaticTokenSource</name>
    <message>
        <source>The access token is no longer accepted and cannot be renewed: paste a new one or sign in.</source>
        <translation>Le jeton d'accès n'est plus accepté et ne peut pas être renouvelé : collez-en un nouveau ou connectez-vous.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Retry Now</source>
        <translation>Réessayer maintenant</translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message>
        <source>Waiting for sign-in</source>
        <translation>En attente de connexion</translation>
    </message>
    <message>
        <source>No account to watch yet.</source>
        <translation>Aucun compte à surveiller pour l'instant.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) · synced %1</source>
        <translation>
            <numerusform>%n tâche · synchronisée %1</numerusform>
            <numerusform>%n tâches · synchronisées %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) could not be read</source>
        <translation>
            <numerusform>%n tâche n'a pas pu être lue</numerusform>
            <numerusform>%n tâches n'ont pas pu être lues</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Not current: the jobs of %1 are from the last time the server answered. They update when it answers again.</source>
        <translation>Pas à jour : les tâches de %1 datent de la dernière réponse du serveur. Elles seront mises à jour dès qu'il répondra à nouveau.</translation>
    </message>
    <message>
        <source>Not current: these are the jobs as of %1. They update when the server answers again.</source>
        <translation>Pas à jour : voici les tâches telles qu'elles étaient le %1. Elles seront mises à jour dès que le serveur répondra à nouveau.</translation>
    </message>
    <message>
        <source>Not current: these are the jobs from the last time the server answered. They update when it answers again.</source>
        <translation>Pas à jour : voici les tâches de la dernière réponse du serveur. Elles seront mises à jour dès qu'il répondra à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>account: what is said about it</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>connexion requise</translation>
    </message>
    <message>
        <source>keychain problem</source>
        <translation>problème de trousseau de clés</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion au serveur</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>server errors</source>
        <translation>erreurs du serveur</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>Offline: the network is down. %1</source>
        <translation>Hors ligne : le réseau est indisponible. %1</translation>
    </message>
    <message>
        <source>Refresh failed: %1 %2</source>
        <translation>Échec de l'actualisation : %1 %2</translation>
    </message>
    <message>
        <source>Polling paused. %1</source>
        <translation>Interrogation suspendue. %1</translation>
    </message>
    <message>
        <source>Showing the jobs from %1.</source>
        <translation>Les tâches affichées datent de %1.</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Interrogation suspendue</translation>
    </message>
    <message>
        <source>Polling stopped: sign-in needed</source>
        <translation>Interrogation arrêtée : connexion requise</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>En attente du réseau</translation>
    </message>
    <message>
        <source>Server asked to wait; next try at %1</source>
        <translation>Le serveur a demandé d'attendre ; prochaine tentative à %1</translation>
    </message>
    <message>
        <source>Next try in %1</source>
        <translation>Prochaine tentative dans %1</translation>
    </message>
    <message numerus="yes">
        <source>Following %n active job(s) every %1</source>
        <translation>
            <numerusform>Suivi de %n tâche active toutes les %1</numerusform>
            <numerusform>Suivi de %n tâches actives toutes les %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new jobs every %1</source>
        <translation>Recherche de nouvelles tâches toutes les %1</translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation>Chargement des tâches…</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
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
        <translation>à l'instant</translation>
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
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
</context>
<context>
    <name>WatchingNotifier</name>
    <message>
        <source>Jobs are not watched: the keychain could not be read</source>
        <translation>Tâches non surveillées : le trousseau de clés n'a pas pu être lu</translation>
    </message>
    <message>
        <source>%1: sign in again to keep watching jobs</source>
        <translation>%1 : reconnectez-vous pour continuer à surveiller les tâches</translation>
    </message>
    <message>
        <source>%1: watching again</source>
        <translation>%1 : surveillance rétablie</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished meanwhile</source>
        <translation>
            <numerusform>%n tâche s'est terminée entre-temps</numerusform>
            <numerusform>%n tâches se sont terminées entre-temps</numerusform>
        </translation>
    </message>
    <message>
        <source>No job finished meanwhile</source>
        <translation>Aucune tâche ne s'est terminée entre-temps</translation>
    </message>
    <message>
        <source>%1: no answer from Identity360 since %2</source>
        <translation>%1 : aucune réponse d'Identity360 depuis %2</translation>
    </message>
    <message>
        <source>%1: the access token probably expires at %2 — sign in to keep watching</source>
        <translation>%1 : le jeton d'accès expire probablement à %2 — connectez-vous pour poursuivre la surveillance</translation>
    </message>
    <message>
        <source>A pasted access token cannot be renewed. Signing in with the browser or a Self Client code keeps the account watched without you.</source>
        <translation>Un jeton d'accès collé ne peut pas être renouvelé. Une connexion avec le navigateur ou un code Self Client permet de surveiller le compte sans votre intervention.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Watch your Identity360 jobs&lt;/h2&gt;&lt;p&gt;Add your Identity360 account to see every job as it runs, its per-entity results, and to be told when it ends. You need the OAuth client id from Zoho's API console.&lt;/p&gt;&lt;p&gt;Or try the demo first: it runs on sample jobs on this machine.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Surveillez vos tâches Identity360&lt;/h2&gt;&lt;p&gt;Ajoutez votre compte Identity360 pour voir chaque tâche pendant son exécution, ses résultats par objet, et être averti quand elle se termine. Il vous faut l'ID client OAuth fourni par la console API de Zoho.&lt;/p&gt;&lt;p&gt;Ou essayez d'abord la démo : elle fonctionne avec des tâches d'exemple sur cette machine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>A&amp;jouter un compte…</translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
</context>
<context>
    <name>ZohoAccounts</name>
    <message>
        <source>The code was not accepted: it has expired or was used already (a code lives 2 minutes, a Self Client code 3, and works once). Generate a new one and use it at once.</source>
        <translation>Le code n'a pas été accepté : il a expiré ou a déjà été utilisé (un code est valable 2 minutes, un code Self Client 3, et ne sert qu'une fois). Générez-en un nouveau et utilisez-le aussitôt.</translation>
    </message>
    <message>
        <source>The accounts server does not know this client id with this secret. Check both in Zoho's API console, and that the data center is the one the client was registered in.</source>
        <translation>Le serveur de comptes ne connaît pas cet ID client avec ce secret. Vérifiez les deux dans la console API de Zoho, ainsi que le centre de données : ce doit être celui où le client a été enregistré.</translation>
    </message>
    <message>
        <source>The client secret does not match the client id: copy it again from Zoho's API console.</source>
        <translation>Le secret client ne correspond pas à l'ID client : copiez-le à nouveau depuis la console API de Zoho.</translation>
    </message>
    <message>
        <source>The redirect URI is not registered for this client. Add http://127.0.0.1:PORT/ (the account's redirect port) to the client in Zoho's API console.</source>
        <translation>L'URI de redirection n'est pas enregistrée pour ce client. Ajoutez http://127.0.0.1:PORT/ (le port de redirection du compte) au client dans la console API de Zoho.</translation>
    </message>
    <message>
        <source>The accounts server refused the scopes. Use id360.job.READ (and id360.job.DELETE to delete jobs), comma-separated.</source>
        <translation>Le serveur de comptes a refusé les étendues. Utilisez id360.job.READ (et id360.job.DELETE pour supprimer des tâches), séparées par des virgules.</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser. Sign in again and allow access.</source>
        <translation>La connexion a été refusée dans le navigateur. Reconnectez-vous et autorisez l'accès.</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid (it was revoked or has expired): sign in again.</source>
        <translation>La connexion n'est plus valide (elle a été révoquée ou a expiré) : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Zoho refused to renew the access token: too many renewals in ten minutes. It will be tried again shortly.</source>
        <translation>Zoho a refusé de renouveler le jeton d'accès : trop de renouvellements en dix minutes. Une nouvelle tentative aura lieu sous peu.</translation>
    </message>
    <message>
        <source>The accounts server refused: %1.</source>
        <translation>Le serveur de comptes a refusé : %1.</translation>
    </message>
    <message>
        <source>The accounts server refused: %1 (%2).</source>
        <translation>Le serveur de comptes a refusé : %1 (%2).</translation>
    </message>
    <message>
        <source>The accounts server answered HTTP %1 without a usable answer.</source>
        <translation>Le serveur de comptes a répondu HTTP %1 sans réponse exploitable.</translation>
    </message>
    <message>
        <source>The accounts server's answer holds no access token.</source>
        <translation>La réponse du serveur de comptes ne contient aucun jeton d'accès.</translation>
    </message>
    <message>
        <source>The accounts server gave no refresh token, so the app could not stay signed in. Sign in again with offline access (the browser sign-in and a Self Client code ask for it).</source>
        <translation>Le serveur de comptes n'a fourni aucun jeton d'actualisation, l'application n'a donc pas pu rester connectée. Reconnectez-vous avec l'accès hors connexion (la connexion par le navigateur et le code Self Client le demandent).</translation>
    </message>
    <message>
        <source>The accounts server %1 is not an https:// URL: nothing was sent there.</source>
        <translation>Le serveur de comptes %1 n'est pas une URL https:// : rien n'y a été envoyé.</translation>
    </message>
    <message>
        <source>The accounts server could not be reached: %1</source>
        <translation>Le serveur de comptes est injoignable : %1</translation>
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
        <translation>Essayez « %1 ».</translation>
    </message>
    <message>
        <source>no display (DISPLAY and WAYLAND_DISPLAY are unset); run it headless with: scripts/headless-session %1</source>
        <translation>aucun affichage (DISPLAY et WAYLAND_DISPLAY ne sont pas définis) ; lancez-le sans écran avec : scripts/headless-session %1</translation>
    </message>
    <message>
        <source>another id360-jobmon is running but did not answer within 15 seconds; end it (or wait for it) and start again.</source>
        <translation>un autre id360-jobmon est en cours d'exécution mais n'a pas répondu en 15 secondes ; arrêtez-le (ou attendez-le) puis relancez.</translation>
    </message>
    <message>
        <source>the demo server could not listen on 127.0.0.1</source>
        <translation>le serveur de démonstration n'a pas pu écouter sur 127.0.0.1</translation>
    </message>
</context>
</TS>