<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Account</name>
    <message>
        <source>The account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must fit on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL must be an https:// URL (http:// only for this machine), such as https://id360.manageengine.com/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts server must be an https:// URL (http:// only for this machine), such as https://accounts.zoho.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account needs the OAuth client id from Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account needs at least one scope, such as id360.job.READ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountBanner</name>
    <message>
        <source>&amp;Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountCommand</name>
    <message>
        <source>%1 expected on standard input, one per line; none came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: a custom data center needs --server and --accounts-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pasted access token cannot be renewed: when it expires (usually after an hour) sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts. Add one with: id360-jobmon account add --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token (expires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account remove: there is no account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account login: there is no account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored, and the sign-in was given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (typing is not shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>how the account is signed in, read-only</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: %1 Only its client secret and sign-in can be given here, with the settings the policy has (see &apos;id360-jobmon account list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>how the account is signed in, managed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account remove: &quot;%1&quot; is set up by your administrator and cannot be removed; &apos;id360-jobmon account login&apos; signs it in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccounts server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Zoho&apos;s API console, e.g. 1000.ABC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the client has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register http://127.0.0.1:PORT/ as the client&apos;s redirect URI in Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only the client secret can be given here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountManager</name>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is added; sign it in next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant code is empty: paste the code the Self Client generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sign-in waiting to be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is signed in for this session only: you will sign in again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is not signed in: sign in to watch its jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in is kept for account &quot;%1&quot;: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is removed; its keychain entry could not be deleted (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the keychain could not be read, and saving now could lose the sign-in it keeps. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is saved and signed out, as its servers changed: sign it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; cannot be used: %2 Edit the account to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in may still be active, as %1: revoke the app&apos;s access on Zoho&apos;s accounts server (%2) under &quot;Connected Apps&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s settings are wrong (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the accounts server could not be told (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain, which may hold an earlier sign-in, could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be kept: %1 Your administrator does not allow keeping a sign-in for this session only, so it was given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is set up by your administrator and cannot be removed; you can sign it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The sign-in just made is not kept and was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSelector</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account whose jobs are shown, or all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>An account named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is set up by your administrator: its settings cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <comment>the user&apos;s own account, named as the administrator&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token (expires, cannot be renewed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Sign-In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the &amp;Browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a Self Client &amp;Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an &amp;Access Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Add one with the OAuth client id from Zoho&apos;s API console (api-console.zoho.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the sign-in for this session only? It is held in memory, never written to a file, and you sign in again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for This &amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Sign In to connect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app signs out first (its access is revoked at Zoho) and forgets the account. The jobs in Identity360 are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out and removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s access is revoked at Zoho and removed from the keychain. Polling this account stops until you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser. If no browser opened, &lt;a href=&quot;%1&quot;&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No browser could be started.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In with a Self Client Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Zoho&apos;s API console, open the Self Client, generate a code with the scopes %1, and paste it here within three minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In with an Access Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an access token. It works until it expires (usually an hour) and cannot be renewed: then you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was given up: nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>how the account is signed in, read-only</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>how the account is signed in, managed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot be changed or removed. You sign it in and out, and give its client secret with Edit… if it needs one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsNetwork</name>
    <message numerus="yes">
        <source>The accounts server&apos;s answer is larger than %n MiB, far more than a token answer holds: it was not read.</source>
        <translation>
            <numerusform>The accounts server&apos;s answer is larger than %n MiB, far more than a token answer holds: it was not read.</numerusform>
            <numerusform>The accounts server&apos;s answer is larger than %n MiB, far more than a token answer holds: it was not read.</numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts server redirected to another host; nothing was sent there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvancedFilter</name>
    <message>
        <source>%1: %2</source>
        <comment>account: what went wrong</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message numerus="yes">
        <source>%n damaged line(s) of the deletion log skipped.</source>
        <translation>
            <numerusform>%n damaged line of the deletion log skipped.</numerusform>
            <numerusform>%n damaged lines of the deletion log skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>No deletion recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deletion log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not remove %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>The accounts server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser in time. Start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on this machine is in use, so the browser cannot come back to the app. Close what uses it, or choose another redirect port (and register it with the client in Zoho&apos;s API console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. You can close this page and go back to Identity360 Job Monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser named an accounts server that is not one of Zoho&apos;s (%1): the code was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not part of a sign-in of Identity360 Job Monitor. You can close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not complete. You can close this page and go back to Identity360 Job Monitor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Identity360 Job Monitor: watches ManageEngine Identity360 jobs and their results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an embedded Identity360 emulator with sample jobs and watch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the Jobs API at &lt;url&gt; (e.g. https://id360.manageengine.com/api/v1) for this run only, with the access token from the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and --server cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server: &apos;%1&apos; is not a usable URL; use https:// (http:// only for this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server needs an access token: set %1 in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like --demo, with the sample jobs made from &lt;seed&gt;: the same jobs on every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-seed: &apos;%1&apos; is not a whole number from 0 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the stored account &lt;name&gt; (see &apos;id360-jobmon account --help&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account cannot be used with --demo or --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Identity360 accounts without the window. Verbs:
  add      store an account; with --token-stdin or --grant-code-stdin also sign it in
  list     show the stored accounts and whether they are signed in
  remove   sign an account out (revoking its token) and forget it
  login    sign an account in with the browser
Secrets are read from standard input, one per line: the client secret first (with --client-secret-stdin), then the token or code. They are kept only in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s name (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US, EU, IN, AU, JP, CA, UK, SA, CN, or custom (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Jobs API base URL, if not the data center&apos;s (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Zoho accounts server, if not the data center&apos;s (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth client id from Zoho&apos;s API console (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated OAuth scopes (add; default id360.job.READ,id360.job.DELETE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loopback port registered as the client&apos;s redirect URI (add; default 47190).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client secret from standard input (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an access token from standard input: it works until it expires (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a Self Client grant code from standard input and exchange it (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, remove or login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account, for remove and login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: unexpected argument &apos;%1&apos;; give the name with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: --name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: --data-center is required (US, EU, IN, AU, JP, CA, UK, SA, CN or custom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: unknown data center &apos;%1&apos;; use US, EU, IN, AU, JP, CA, UK, SA, CN or custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: --client-id is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: --redirect-port: &apos;%1&apos; is not a port number (1-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: --token-stdin and --grant-code-stdin cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1: --%2 is only for account add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account list: unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 needs the account&apos;s name: id360-jobmon account %1 NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account: unknown verb &apos;%1&apos;; use add, list, remove or login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: --%1: &apos;%2&apos; is not a usable URL; give it in full with https:// (http:// only for this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the system tray, without the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the window; if the monitor is already running, bring its window to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the job &lt;id&gt; (in the monitor already running, if there is one); with --account, that account&apos;s job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--minimized cannot be used with --show or --job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--job: &apos;%1&apos; is not a job id: job ids are digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show no tray icon: the window is the monitor, and closing it quits. Notifications still go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--minimized needs the tray: it cannot be used with --no-tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Accounts without the window: id360-jobmon account --help
Jobs from a terminal or a script: id360-jobmon jobs --help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List jobs, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a job and its per-entity results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete jobs, after asking (or with --yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until jobs finish; say how each ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow jobs as they change, until Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a job&apos;s per-entity results to a CSV or JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs: unknown verb &apos;%1&apos;; use list, show, delete, wait, watch or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored account &lt;name&gt; (see &apos;id360-jobmon account list&apos;); without it (and without --server), the account used last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Jobs API at &lt;url&gt;, for this run only, with the access token from the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages on standard error but errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs with these statuses: %1 (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs of the module &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs whose action contains &lt;text&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs started since &lt;when&gt;: a time back from now (30m, 2h, 7d, 2w), a date (2026-11-01) or a date and time (2026-11-01T08:00); local time unless it carries Z or an offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs matching the SCIM filter &lt;expression&gt;, e.g. &apos;module eq &quot;Management&quot; and status eq &quot;ERROR&quot;&apos; (attributes id, action_name, status, module, start_time, end_time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most &lt;n&gt; jobs, the newest (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every job, not only the newest 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (default), json, csv or tsv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default), json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns, comma-separated, of id, status, action, module, started, ended, duration (default id,status,action,module,started,duration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the entities that failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete without asking (needed when standard input is not a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after &lt;duration&gt; (90s, 10m, 1h, or seconds) with exit status 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write, ending .csv or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account needs the account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account and --server cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a job id: job ids are digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the id of at least one job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status: &apos;%1&apos; is not a status; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: &apos;%1&apos; is neither a time back from now (30m, 2h, 7d, 2w) nor a date (2026-11-01) or date and time (2026-11-01T08:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit and --all cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit: &apos;%1&apos; is not a number of jobs (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: &apos;%1&apos; is not a duration (90s, 10m, 1h, 1d, or seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output is required: the file to write, ending .csv or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output: &apos;%1&apos; ends neither in .csv nor in .json.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: id360-jobmon jobs VERB [options]
The jobs of an Identity360 account, from a terminal or a script.

Verbs:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Each verb&apos;s options: id360-jobmon jobs VERB --help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: &apos;%1&apos; is longer than the longest wait, 24 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: id360-jobmon audit VERB [options]
The deletion audit trail: every delete asked for, in the window or with &apos;jobs delete&apos;, and what became of it.

Verbs:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the delete attempts, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Its options: id360-jobmon audit list --help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit: unknown verb &apos;%1&apos;; use list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the delete attempts, newest first: when, who, which job of which account, and what became of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only attempts since &lt;when&gt;: a time back from now (30m, 2h, 7d, 2w), a date (2026-11-01) or a date and time (2026-11-01T08:00); local time unless it carries Z or an offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (default), json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletions asked for and their outcomes: id360-jobmon audit --help
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteAccess</name>
    <message>
        <source>This sign-in may only read jobs: its scopes, %1, have neither id360.job.DELETE nor id360.job.ALL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in may only read jobs: the accounts server granted it only %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in may only read jobs: Identity360 refused it a delete for lack of the id360.job.DELETE scope. Sign in again with that scope to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <comment>an account that may not delete jobs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting jobs is turned off by your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteJobsDialog</name>
    <message>
        <source>Delete Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ID %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>account: what is said about it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this job from Identity360?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
ID %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Account %2</source>
        <comment>job facts, then its account</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s) from Identity360?</source>
        <translation>
            <numerusform>Delete %n job from Identity360?</numerusform>
            <numerusform>Delete %n jobs from Identity360?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more (see the details)</source>
        <translation>
            <numerusform>
… and %n more (see the details)</numerusform>
            <numerusform>
… and %n more (see the details)</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of these job(s) is still queued or running: deleting removes the job from the list; whether its work stops is up to Identity360. </source>
        <translation>
            <numerusform>%n of these jobs is still queued or running: deleting removes the job from the list; whether its work stops is up to Identity360. </numerusform>
            <numerusform>%n of these jobs are still queued or running: deleting removes them from the list; whether their work stops is up to Identity360. </numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <comment>confirm</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ID %2: %3</source>
        <comment>account, job id: why it was not deleted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some Jobs Were Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) could not be deleted and are still listed.</source>
        <translation>
            <numerusform>%n job could not be deleted and is still listed.</numerusform>
            <numerusform>%n jobs could not be deleted and are still listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletionHistory</name>
    <message>
        <source>No answer recorded</source>
        <comment>deletion outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>deletion outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already gone</source>
        <comment>deletion outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>deletion outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <comment>deletion outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redirect to another server was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a job id; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletionHistoryDialog</name>
    <message>
        <source>Deletion History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search job, action, account, outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not shown: %n damaged line(s) of the log that could not be read.</source>
        <translation>
            <numerusform>Not shown: %n damaged line of the log that could not be read.</numerusform>
            <numerusform>Not shown: %n damaged lines of the log that could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown Attempts as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown Attempts as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Deletion History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deletion history could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deletion log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletionHistoryModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletionLog</name>
    <message>
        <source>another program replaced the file at every try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write: %1 of %2 bytes written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <source>&amp;Open Job Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold every notification but failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop offers no system tray (some Wayland desktops do not), so there is no tray icon: closing the window quits, and notifications still go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tray icon is off (the monitor was started with --no-tray): closing the window quits, and notifications still go out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyJobsPage</name>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the account is signed in, its jobs appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet: the server has not answered (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server which jobs match the advanced filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists no jobs yet. New jobs appear here as they start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show only %1 jobs (together with the other chips that are on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search action, module or ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter on the server with a SCIM expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these filters under a name, or use saved ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM &amp;filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes: id, action_name, status, module, start_time, end_time. Operators: eq ne co sw ew gt ge lt le pr, with and, or, not and parentheses. Enter sends it to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid. Press Enter to ask the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced (on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: every job is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server matched %n job(s).</source>
        <translation>
            <numerusform>The server matched %n job.</numerusform>
            <numerusform>The server matched %n jobs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the server&apos;s last answer; asking again failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied, the server did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Current Filters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for these filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset named &quot;%1&quot; exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server again for the jobs that match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range picked in Insights is not kept in a preset: pick a period first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsDialog</name>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a row to show its jobs in the main window, or a day&apos;s bar to show that day&apos;s. Rates are of the runs that ended; durations of the runs that finished. Failed entities count only jobs whose results were opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsTableModel</name>
    <message>
        <source>%1: runs %2, failed %3</source>
        <comment>one day of the Insights chart</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs and failures by day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDeletion</name>
    <message numerus="yes">
        <source>%n job(s) deleted</source>
        <translation>
            <numerusform>%n job deleted</numerusform>
            <numerusform>%n jobs deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n already gone</numerusform>
            <numerusform>%n already gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be read in the last answer; not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not recorded in the Deletion History (%1)</source>
        <translation>
            <numerusform>%n not recorded in the Deletion History (%1)</numerusform>
            <numerusform>%n not recorded in the Deletion History (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobDetailPane</name>
    <message>
        <source>Select a job to see what happened to each user or group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search entity or message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results per entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <comment>entity result</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the job&apos;s id to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results of this job could not be loaded.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Results as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors Only as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Results as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors Only as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job exactly as the server sent it, decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 — Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy what the server sent to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 could not be read: %2. This is what the server sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job could not be read in the last answer: %1. It is shown as it was last read; the server sent:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobNotifier</name>
    <message numerus="yes">
        <source>%1 of %n user(s) failed</source>
        <translation>
            <numerusform>%1 of %n user failed</numerusform>
            <numerusform>%1 of %n users failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s) failed</source>
        <translation>
            <numerusform>%1 of %n group failed</numerusform>
            <numerusform>%1 of %n groups failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entity(ies) failed</source>
        <translation>
            <numerusform>%1 of %n entity failed</numerusform>
            <numerusform>%1 of %n entities failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) succeeded</source>
        <translation>
            <numerusform>The user succeeded</numerusform>
            <numerusform>All %n users succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n group(s) succeeded</source>
        <translation>
            <numerusform>The group succeeded</numerusform>
            <numerusform>All %n groups succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n entity(ies) succeeded</source>
        <translation>
            <numerusform>The entity succeeded</numerusform>
            <numerusform>All %n entities succeeded</numerusform>
        </translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished</source>
        <translation>
            <numerusform>%n job finished</numerusform>
            <numerusform>%n jobs finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completed</numerusform>
            <numerusform>%n completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n with warnings</numerusform>
            <numerusform>%n with warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may be stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for %1; it usually takes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running for %1; it usually takes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished while you were not to be disturbed</source>
        <translation>
            <numerusform>%n job finished while you were not to be disturbed</numerusform>
            <numerusform>%n jobs finished while you were not to be disturbed</numerusform>
        </translation>
    </message>
    <message>
        <source>usually 1 in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no runs in the %n days before</source>
        <translation>
            <numerusform>no runs in the %n day before</numerusform>
            <numerusform>no runs in the %n days before</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 runs failed today, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>UNREADABLE</source>
        <comment>job status, written like the API&apos;s statuses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;; the columns are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  already gone (deleted before): nothing to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching page %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobOverview</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the last hour</source>
        <translation>
            <numerusform>%n failed in the last hour</numerusform>
            <numerusform>%n failed in the last hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings in the last hour</source>
        <translation>
            <numerusform>%n with warnings in the last hour</numerusform>
            <numerusform>%n with warnings in the last hour</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polling paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobResultModel</name>
    <message>
        <source>Error</source>
        <comment>entity result</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <comment>entity result</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n succeeded</numerusform>
            <numerusform>%n succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n other</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Queued</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>The server reported a status this version does not know: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent this job in a form that could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read in the last answer (%1); shown as last read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobTableView</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobWaiter</name>
    <message>
        <source>The id given was “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsClient</name>
    <message>
        <source>The response was larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <source>jobs delete: nobody can be asked (standard input is not a terminal), so nothing was deleted; add --yes to delete without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;; see &apos;id360-jobmon account list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account yet: add one with &apos;id360-jobmon account add&apos;, or name a server with --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which account? Name it with --account (see &apos;id360-jobmon account list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: id360-jobmon account login &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listed job(s) had no readable id and are not shown.</source>
        <translation>
            <numerusform>%n listed job had no readable id and is not shown.</numerusform>
            <numerusform>%n listed jobs had no readable id and are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n job(s); more with --limit or --all.</source>
        <translation>
            <numerusform>The newest job; more with --limit or --all.</numerusform>
            <numerusform>The newest %n jobs; more with --limit or --all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) of job %1 written to %2.</source>
        <translation>
            <numerusform>%n result of job %1 written to %2.</numerusform>
            <numerusform>%n results of job %1 written to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s) of %1? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n job of %1? This cannot be undone.</numerusform>
            <numerusform>Delete %n jobs of %1? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete? [y/N] </source>
        <extracomment>The question before deleting; [y/N] names the answers, No being the default.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y,yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is gone: it was deleted, or it is not one of %2&apos;s jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n s.</source>
        <translation>
            <numerusform>%1 Trying again in %n s.</numerusform>
            <numerusform>%1 Trying again in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still not finished after %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Watching %1: %n job(s) queued or running; Ctrl+C ends.</source>
        <translation>
            <numerusform>Watching %1: %n job queued or running; Ctrl+C ends.</numerusform>
            <numerusform>Watching %1: %n jobs queued or running; Ctrl+C ends.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: %2 Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  not recorded in the Deletion History: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the stored entry is not one of ours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Identity360 Job Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every job from the server now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected jobs from Identity360 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n job(s)…</source>
        <translation>
            <numerusform>Deleting %n job…</numerusform>
            <numerusform>Deleting %n jobs…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find Jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop asking the server until you resume (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit, sign in or remove Identity360 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts this account&apos;s sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to poll, notifications, the appearance and the tray (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs, failures and durations per action and module by day (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>account: why it may not delete</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>the file cannot be read; no policy is applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown group: only [General] and [Account NAME] are read; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither true nor false; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown data center &apos;%1&apos; (one of %2); the account is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret has no place in a file every user can read; ignored (each user enters the client secret once, or it is deployed with &apos;id360-jobmon account add … --client-secret-stdin&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port from 1 to 65535; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The account is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second account named &quot;%1&quot;; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>policy file, problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <comment>policy file, key, problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator sets some of these settings in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file says but cannot be obeyed was ignored (tell your helpdesk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has lines that are not INI; the rest is applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; that group is ignored (save the file as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; ignored (save the file as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a group&apos;s name cannot hold &apos;;&apos;; that group is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not INI (a [group], a key=value or a ;comment); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managed</source>
        <comment>an account the administrator set up</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestError</name>
    <message>
        <source>The server did not accept the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not allowed to do this (missing OAuth scope?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks to slow down; retry in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another host; nothing was sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job id is not a number; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimFilter</name>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end of the filter at character %1, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;not&apos; at character %1, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;)&apos; at character %1 to close the &apos;(&apos; at character %2, found &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an attribute name at character %1, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown attribute &apos;%1&apos; at character %2; jobs have id, action_name, status, module, start_time and end_time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) after &apos;%1&apos; at character %2, found &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null at character %1 can only be compared with eq or ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at character %2 is not an ISO 8601 date-time such as &quot;2025-04-04T13:12:13.000Z&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compares text: put the value at character %2 in double quotes, as in %1 %3 &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos; at character %2, found &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape at character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos; at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string starting at character %1 is not closed with &apos;&quot;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 levels of parentheses at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 comparisons at character %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStoreError</name>
    <message numerus="yes">
        <source>no answer in %n second(s); it may be waiting for its password</source>
        <translation>
            <numerusform>no answer in %n second; it may be waiting for its password</numerusform>
            <numerusform>no answer in %n seconds; it may be waiting for its password</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain holds no sign-in for this account: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked (%1). Unlock it — log in to the desktop session or open your keyring manager — and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1). Start a Secret Service such as GNOME Keyring or KWallet and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Allow Identity360 Job Monitor in your keyring manager and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While jobs are queued or &amp;running, check them every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise &amp;look for new jobs every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the &amp;whole list every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check asks only for what can have changed; Zoho&apos;s limits are kept whatever you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me when a job I watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;completes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finishes with &amp;warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs seen running while the monitor runs: never those that had finished before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me when a job runs far longer than &amp;usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than its action&apos;s usual duration &amp;times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And at &amp;least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do not disturb: only failures are told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never for these &amp;modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Single User Creation, Bulk Password Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never for these &amp;actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start at login, in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps the monitor running in the system tray; Quit in the tray&apos;s menu or the File menu ends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When watching stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with an &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs signing in again (or soon will: a pasted token about to run out), its server does not answer (and when it answers again), or the keychain cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the server for &amp;more than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me when an action fails far more &amp;often today than usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 of its runs failed today, and today&apos;s failure rate is at least %2 times its rate over the %3 days before; told once a day per action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while jobs run, no more often than every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>otherwise no more often than every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole list no more often than every %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>set by your administrator: the minimums</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Still watching your jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitor keeps running in the tray and tells you when a job ends. Quit it from the tray&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaticTokenSource</name>
    <message>
        <source>The access token is no longer accepted and cannot be renewed: paste a new one or sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Retry Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message>
        <source>Waiting for sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account to watch yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) · synced %1</source>
        <translation>
            <numerusform>%n job · synced %1</numerusform>
            <numerusform>%n jobs · synced %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) could not be read</source>
        <translation>
            <numerusform>%n job could not be read</numerusform>
            <numerusform>%n jobs could not be read</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not current: the jobs of %1 are from the last time the server answered. They update when it answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not current: these are the jobs as of %1. They update when the server answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not current: these are the jobs from the last time the server answered. They update when it answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>account: what is said about it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the network is down. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling paused. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the jobs from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling stopped: sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server asked to wait; next try at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Following %n active job(s) every %1</source>
        <translation>
            <numerusform>Following %n active job every %1</numerusform>
            <numerusform>Following %n active jobs every %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new jobs every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchingNotifier</name>
    <message>
        <source>Jobs are not watched: the keychain could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sign in again to keep watching jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: watching again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished meanwhile</source>
        <translation>
            <numerusform>%n job finished meanwhile</numerusform>
            <numerusform>%n jobs finished meanwhile</numerusform>
        </translation>
    </message>
    <message>
        <source>No job finished meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer from Identity360 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the access token probably expires at %2 — sign in to keep watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pasted access token cannot be renewed. Signing in with the browser or a Self Client code keeps the account watched without you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Watch your Identity360 jobs&lt;/h2&gt;&lt;p&gt;Add your Identity360 account to see every job as it runs, its per-entity results, and to be told when it ends. You need the OAuth client id from Zoho&apos;s API console.&lt;/p&gt;&lt;p&gt;Or try the demo first: it runs on sample jobs on this machine.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZohoAccounts</name>
    <message>
        <source>The code was not accepted: it has expired or was used already (a code lives 2 minutes, a Self Client code 3, and works once). Generate a new one and use it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts server does not know this client id with this secret. Check both in Zoho&apos;s API console, and that the data center is the one the client was registered in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret does not match the client id: copy it again from Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI is not registered for this client. Add http://127.0.0.1:PORT/ (the account&apos;s redirect port) to the client in Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts server refused the scopes. Use id360.job.READ (and id360.job.DELETE to delete jobs), comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser. Sign in again and allow access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is no longer valid (it was revoked or has expired): sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho refused to renew the access token: too many renewals in ten minutes. It will be tried again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts server refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts server refused: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts server answered HTTP %1 without a usable answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts server %1 is not an https:// URL: nothing was sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts server&apos;s answer holds no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts server gave no refresh token, so the app could not stay signed in. Sign in again with offline access (the browser sign-in and a Self Client code ask for it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Identity360 Job Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no display (DISPLAY and WAYLAND_DISPLAY are unset); run it headless with: scripts/headless-session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another id360-jobmon is running but did not answer within 15 seconds; end it (or wait for it) and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo server could not listen on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
