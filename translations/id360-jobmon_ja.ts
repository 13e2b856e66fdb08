<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Account</name>
    <message>
        <source>The account needs a name.</source>
        <translation>アカウントには名前が必要です。</translation>
    </message>
    <message>
        <source>The name must fit on one line.</source>
        <translation>名前は 1 行に収めてください。</translation>
    </message>
    <message>
        <source>The API URL must be an https:// URL (http:// only for this machine), such as https://id360.manageengine.com/api/v1.</source>
        <translation>API URL は https:// で始まる URL にする必要があります（例: https://id360.manageengine.com/api/v1）。http:// はこのコンピューター上のサーバーにのみ使用できます。</translation>
    </message>
    <message>
        <source>The accounts server must be an https:// URL (http:// only for this machine), such as https://accounts.zoho.com.</source>
        <translation>アカウントサーバーは https:// で始まる URL にする必要があります（例: https://accounts.zoho.com）。http:// はこのコンピューター上のサーバーにのみ使用できます。</translation>
    </message>
    <message>
        <source>The account needs the OAuth client id from Zoho's API console.</source>
        <translation>アカウントには Zoho の API コンソールで発行された OAuth クライアント ID が必要です。</translation>
    </message>
    <message>
        <source>The account needs at least one scope, such as id360.job.READ.</source>
        <translation>アカウントには少なくとも 1 つのスコープ（例: id360.job.READ）が必要です。</translation>
    </message>
</context>
<context>
    <name>AccountBanner</name>
    <message>
        <source>&amp;Sign In…</source>
        <translation>サインイン(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>AccountCommand</name>
    <message>
        <source>Nothing was stored, and the sign-in was given up.</source>
        <translation>何も保存されず、サインインは中止されました。</translation>
    </message>
    <message>
        <source>%1 (typing is not shown):</source>
        <translation>%1（入力内容は表示されません）:</translation>
    </message>
    <message>
        <source>%1 expected on standard input, one per line; none came.</source>
        <translation>標準入力から %1 を 1 行に 1 つずつ読み込もうとしましたが、何も入力されませんでした。</translation>
    </message>
    <message>
        <source>account add: a custom data center needs --server and --accounts-server.</source>
        <translation>account add: カスタムのデータセンターには --server と --accounts-server が必要です。</translation>
    </message>
    <message>
        <source>The client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>The access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>A pasted access token cannot be renewed: when it expires (usually after an hour) sign in again.</source>
        <translation>貼り付けたアクセストークンは更新できません。有効期限が切れたら（通常は 1 時間後）、再度サインインしてください。</translation>
    </message>
    <message>
        <source>The grant code</source>
        <translation>認可コード</translation>
    </message>
    <message>
        <source>No accounts. Add one with: id360-jobmon account add --help</source>
        <translation>アカウントがありません。次のコマンドで追加できます: id360-jobmon account add --help</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>サインイン済み</translation>
    </message>
    <message>
        <source>access token (expires)</source>
        <translation>アクセストークン（期限あり）</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>未サインイン</translation>
    </message>
    <message>
        <source>account remove: there is no account named "%1".</source>
        <translation>account remove: 「%1」という名前のアカウントはありません。</translation>
    </message>
    <message>
        <source>account login: there is no account named "%1".</source>
        <translation>account login: 「%1」という名前のアカウントはありません。</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>サインインするには、ブラウザーで次のアドレスを開いてください:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>how the account is signed in, read-only</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>account add: %1 Only its client secret and sign-in can be given here, with the settings the policy has (see 'id360-jobmon account list').</source>
        <translation>account add: %1 ここで指定できるのは、ポリシーの設定のままでのクライアント シークレットとサインインだけです（'id360-jobmon account list' を参照）。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>how the account is signed in, managed</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>account remove: "%1" is set up by your administrator and cannot be removed; 'id360-jobmon account login' signs it in again.</source>
        <translation>account remove: 「%1」は管理者が設定したアカウントのため削除できません。'id360-jobmon account login' で再度サインインできます。</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Add Account</source>
        <translation>アカウントの追加</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>アカウントの編集</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>例: 本番環境</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>&amp;Data center:</source>
        <translation>データセンター(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation>API URL(&amp;A):</translation>
    </message>
    <message>
        <source>A&amp;ccounts server:</source>
        <translation>アカウントサーバー(&amp;C):</translation>
    </message>
    <message>
        <source>From Zoho's API console, e.g. 1000.ABC…</source>
        <translation>Zoho の API コンソールで発行（例: 1000.ABC…）</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>クライアント ID(&amp;I):</translation>
    </message>
    <message>
        <source>Kept in the keychain; type to replace</source>
        <translation>キーリングに保存済み。入力すると置き換えます</translation>
    </message>
    <message>
        <source>If the client has one</source>
        <translation>クライアントにシークレットがある場合のみ</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>クライアントシークレット(&amp;S):</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>スコープ(&amp;O):</translation>
    </message>
    <message>
        <source>Register http://127.0.0.1:PORT/ as the client's redirect URI in Zoho's API console.</source>
        <translation>Zoho の API コンソールで、http://127.0.0.1:PORT/ をクライアントのリダイレクト URI として登録してください。</translation>
    </message>
    <message>
        <source>&amp;Redirect port:</source>
        <translation>リダイレクトポート(&amp;R):</translation>
    </message>
    <message>
        <source>%1: only the client secret can be given here.</source>
        <translation>%1: ここで指定できるのはクライアント シークレットだけです。</translation>
    </message>
</context>
<context>
    <name>AccountManager</name>
    <message>
        <source>The grant code is empty: paste the code the Self Client generated.</source>
        <translation>認可コードが空です。Self Client で生成したコードを貼り付けてください。</translation>
    </message>
    <message>
        <source>The access token is empty.</source>
        <translation>アクセストークンが空です。</translation>
    </message>
    <message>
        <source>Not saved: the keychain could not be read, and saving now could lose the sign-in it keeps. %1</source>
        <translation>保存されませんでした: キーリングを読み取れなかったため、今保存すると、キーリングに保存されているサインイン情報が失われるおそれがあります。%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Account "%1" is signed in.</source>
        <translation>アカウント「%1」にサインインしました。</translation>
    </message>
    <message>
        <source>Account "%1" is saved and signed out, as its servers changed: sign it in again.</source>
        <translation>アカウント「%1」を保存しました。サーバーが変更されたため、サインアウトしました。再度サインインしてください。</translation>
    </message>
    <message>
        <source>Account "%1" is added; sign it in next.</source>
        <translation>アカウント「%1」を追加しました。次にサインインしてください。</translation>
    </message>
    <message>
        <source>Account "%1" is saved.</source>
        <translation>アカウント「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be kept: %1</source>
        <translation>サインインしましたが、サインイン情報を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>There is no sign-in waiting to be kept.</source>
        <translation>保存待ちのサインイン情報はありません。</translation>
    </message>
    <message>
        <source>Account "%1" is signed in for this session only: you will sign in again after a restart.</source>
        <translation>アカウント「%1」はこのセッションに限りサインインしています。再起動後は再度サインインが必要です。</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>そのアカウントは存在しません。</translation>
    </message>
    <message>
        <source>Account "%1" cannot be used: %2 Edit the account to correct it.</source>
        <translation>アカウント「%1」は使用できません: %2 アカウントを編集して修正してください。</translation>
    </message>
    <message>
        <source>The sign-in may still be active, as %1: revoke the app's access on Zoho's accounts server (%2) under "Connected Apps".</source>
        <translation>%1ため、サインインがまだ有効な可能性があります。Zoho のアカウントサーバー（%2）の「Connected Apps」で、このアプリのアクセス権を取り消してください。</translation>
    </message>
    <message>
        <source>Account "%1" is not signed in: sign in to watch its jobs.</source>
        <translation>アカウント「%1」はサインインしていません。ジョブを監視するにはサインインしてください。</translation>
    </message>
    <message>
        <source>No sign-in is kept for account "%1": sign in again.</source>
        <translation>アカウント「%1」のサインイン情報が保存されていません。再度サインインしてください。</translation>
    </message>
    <message>
        <source>Not signed out: %1</source>
        <translation>サインアウトできませんでした: %1</translation>
    </message>
    <message>
        <source>the keychain, which may hold an earlier sign-in, could not be read (%1)</source>
        <translation>以前のサインイン情報が保存されている可能性のあるキーリングを読み取れなかった（%1）</translation>
    </message>
    <message>
        <source>the account's settings are wrong (%1)</source>
        <translation>アカウントの設定が正しくない（%1）</translation>
    </message>
    <message>
        <source>the accounts server could not be told (%1)</source>
        <translation>アカウントサーバーに通知できなかった（%1）</translation>
    </message>
    <message>
        <source>Account "%1" is signed out.</source>
        <translation>アカウント「%1」からサインアウトしました。</translation>
    </message>
    <message>
        <source>Account "%1" is removed; its keychain entry could not be deleted (%2).</source>
        <translation>アカウント「%1」を削除しましたが、キーリングのエントリを削除できませんでした（%2）。</translation>
    </message>
    <message>
        <source>Account "%1" is removed.</source>
        <translation>アカウント「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be kept: %1 Your administrator does not allow keeping a sign-in for this session only, so it was given up.</source>
        <translation>サインインしましたが、サインインを保持できませんでした: %1 管理者がこのセッションだけのサインインの保持を許可していないため、サインインは破棄されました。</translation>
    </message>
    <message>
        <source>The account "%1" is set up by your administrator and cannot be removed; you can sign it out.</source>
        <translation>アカウント「%1」は管理者が設定したアカウントのため削除できません。サインアウトはできます。</translation>
    </message>
    <message>
        <source>%1 The sign-in just made is not kept and was revoked.</source>
        <translation>%1 今行ったサインインは保持されず、取り消されました。</translation>
    </message>
</context>
<context>
    <name>AccountSelector</name>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>The account whose jobs are shown, or all of them</source>
        <translation>ジョブを表示するアカウント、またはすべてのアカウント</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All Accounts</source>
        <translation>すべてのアカウント</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>An account named "%1" exists already.</source>
        <translation>「%1」という名前のアカウントは既に存在します。</translation>
    </message>
    <message>
        <source>The account "%1" is set up by your administrator: its settings cannot be changed.</source>
        <translation>アカウント「%1」は管理者が設定したアカウントです。設定は変更できません。</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <comment>the user's own account, named as the administrator's</comment>
        <translation>%1（自分用）</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>signed in for this session only</source>
        <translation>このセッションに限りサインイン済み</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>サインイン済み</translation>
    </message>
    <message>
        <source>access token (expires, cannot be renewed)</source>
        <translation>アクセストークン（期限あり、更新不可）</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>未サインイン</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>サインアウト(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Cancel Sign-In</source>
        <translation>サインインをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>With the &amp;Browser…</source>
        <translation>ブラウザーで(&amp;B)…</translation>
    </message>
    <message>
        <source>With a Self Client &amp;Code…</source>
        <translation>Self Client のコードで(&amp;C)…</translation>
    </message>
    <message>
        <source>With an &amp;Access Token…</source>
        <translation>アクセストークンで(&amp;A)…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with the OAuth client id from Zoho's API console (api-console.zoho.com).</source>
        <translation>アカウントはまだありません。Zoho の API コンソール（api-console.zoho.com）で発行された OAuth クライアント ID を使って追加してください。</translation>
    </message>
    <message>
        <source>Keychain Unavailable</source>
        <translation>キーリングを使用できません</translation>
    </message>
    <message>
        <source>Keep the sign-in for this session only? It is held in memory, never written to a file, and you sign in again after a restart.</source>
        <translation>サインイン情報をこのセッションに限り保持しますか？ 情報はメモリ上にのみ保持され、ファイルには書き込まれません。再起動後は再度サインインが必要です。</translation>
    </message>
    <message>
        <source>Keep for This &amp;Session</source>
        <translation>このセッションに限り保持(&amp;S)</translation>
    </message>
    <message>
        <source>The sign-in was given up: nothing was stored.</source>
        <translation>サインインは中止されました。何も保存されていません。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Choose Sign In to connect it.</source>
        <translation>「サインイン」を選択して接続してください。</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>アカウントの削除</translation>
    </message>
    <message>
        <source>Remove the account "%1"?</source>
        <translation>アカウント「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>The app signs out first (its access is revoked at Zoho) and forgets the account. The jobs in Identity360 are not touched.</source>
        <translation>アプリはまずサインアウトし（Zoho でアクセス権が取り消されます）、アカウントの情報を消去します。Identity360 上のジョブには影響しません。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Signing out and removing…</source>
        <translation>サインアウトして削除しています…</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Sign out of "%1"?</source>
        <translation>「%1」からサインアウトしますか？</translation>
    </message>
    <message>
        <source>The app's access is revoked at Zoho and removed from the keychain. Polling this account stops until you sign in again.</source>
        <translation>アプリのアクセス権は Zoho で取り消され、キーリングから削除されます。再度サインインするまで、このアカウントのポーリングは停止します。</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>サインアウトしています…</translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation>ブラウザーを開いています…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser. If no browser opened, &lt;a href="%1"&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation>ブラウザーでのサインインを待っています。ブラウザーが開かない場合は、&lt;a href="%1"&gt;サインインページを開いてください&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>(No browser could be started.)</source>
        <translation>（ブラウザーを起動できませんでした。）</translation>
    </message>
    <message>
        <source>Sign In with a Self Client Code</source>
        <translation>Self Client のコードでサインイン</translation>
    </message>
    <message>
        <source>In Zoho's API console, open the Self Client, generate a code with the scopes %1, and paste it here within three minutes:</source>
        <translation>Zoho の API コンソールで Self Client を開き、スコープ %1 でコードを生成して、3 分以内にここに貼り付けてください:</translation>
    </message>
    <message>
        <source>Exchanging the code…</source>
        <translation>コードを交換しています…</translation>
    </message>
    <message>
        <source>Sign In with an Access Token</source>
        <translation>アクセストークンでサインイン</translation>
    </message>
    <message>
        <source>Paste an access token. It works until it expires (usually an hour) and cannot be renewed: then you sign in again.</source>
        <translation>アクセストークンを貼り付けてください。有効期限（通常は 1 時間）が切れるまで使用でき、更新はできません。期限が切れたら再度サインインしてください。</translation>
    </message>
    <message>
        <source>Keeping the token…</source>
        <translation>トークンを保存しています…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>how the account is signed in, read-only</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>how the account is signed in, managed</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1: "%2" cannot be changed or removed. You sign it in and out, and give its client secret with Edit… if it needs one.</source>
        <translation>%1: 「%2」は変更も削除もできません。サインインとサインアウトはでき、クライアント シークレットが必要な場合は［編集…］で指定します。</translation>
    </message>
</context>
<context>
    <name>AccountsNetwork</name>
    <message numerus="yes">
        <source>The accounts server's answer is larger than %n MiB, far more than a token answer holds: it was not read.</source>
        <translation>
            <numerusform>アカウントサーバーの応答が %n MiB を超えています。トークンの応答としては大きすぎるため、読み込みませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts server redirected to another host; nothing was sent there.</source>
        <translation>アカウントサーバーが別のホストにリダイレクトしました。リダイレクト先には何も送信していません。</translation>
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
        <translation>システムに従う(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message numerus="yes">
        <source>%n damaged line(s) of the deletion log skipped.</source>
        <translation>
            <numerusform>削除ログの破損した行 %n 行をスキップしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>No deletion recorded.</source>
        <translation>記録された削除はありません。</translation>
    </message>
    <message>
        <source>The deletion log could not be read: %1</source>
        <translation>削除ログを読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not remove %1: %2.</source>
        <translation>%1 を削除できませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 に書き込めませんでした: %2。</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>The accounts server could not be reached: %1</source>
        <translation>アカウントサーバーに接続できませんでした: %1</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser in time. Start it again.</source>
        <translation>ブラウザーでのサインインが時間内に完了しませんでした。もう一度やり直してください。</translation>
    </message>
    <message>
        <source>Port %1 on this machine is in use, so the browser cannot come back to the app. Close what uses it, or choose another redirect port (and register it with the client in Zoho's API console).</source>
        <translation>このコンピューターのポート %1 は使用中のため、ブラウザーからアプリに戻れません。ポートを使用しているプログラムを終了するか、別のリダイレクトポートを選択してください（その場合は Zoho の API コンソールでクライアントにも登録してください）。</translation>
    </message>
    <message>
        <source>This page is not part of a sign-in of Identity360 Job Monitor. You can close it.</source>
        <translation>このページは Identity360 Job Monitor のサインインとは関係ありません。閉じてかまいません。</translation>
    </message>
    <message>
        <source>The sign-in did not complete. You can close this page and go back to Identity360 Job Monitor.</source>
        <translation>サインインは完了しませんでした。このページを閉じて Identity360 Job Monitor に戻ってください。</translation>
    </message>
    <message>
        <source>Signed in. You can close this page and go back to Identity360 Job Monitor.</source>
        <translation>サインインしました。このページを閉じて Identity360 Job Monitor に戻ってください。</translation>
    </message>
    <message>
        <source>The browser named an accounts server that is not one of Zoho's (%1): the code was not sent there.</source>
        <translation>ブラウザーが Zoho 以外のアカウントサーバー（%1）を指定しました。コードはそこに送信していません。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>サインインはキャンセルされました。</translation>
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
        <translation>ウィンドウを使わずに Identity360 のアカウントを設定します。サブコマンド:
  add      アカウントを保存します。--token-stdin または --grant-code-stdin
           を付けるとサインインも行います
  list     保存済みのアカウントとサインイン状態を表示します
  remove   アカウントをサインアウトし（トークンを取り消し）、削除します
  login    ブラウザーでアカウントにサインインします
秘密情報は標準入力から 1 行に 1 つずつ読み込みます。最初にクライアント
シークレット（--client-secret-stdin 指定時）、次にトークンまたはコードです。
これらはシステムのキーリングにのみ保存されます。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>The account's name (add).</source>
        <translation>アカウントの名前（add）。</translation>
    </message>
    <message>
        <source>US, EU, IN, AU, JP, CA, UK, SA, CN, or custom (add).</source>
        <translation>US, EU, IN, AU, JP, CA, UK, SA, CN, custom の
いずれか（add）。</translation>
    </message>
    <message>
        <source>The Jobs API base URL, if not the data center's (add).</source>
        <translation>Jobs API のベース URL。データセンターの既定と
異なる場合に指定します（add）。</translation>
    </message>
    <message>
        <source>The Zoho accounts server, if not the data center's (add).</source>
        <translation>Zoho のアカウントサーバー。データセンターの
既定と異なる場合に指定します（add）。</translation>
    </message>
    <message>
        <source>The OAuth client id from Zoho's API console (add).</source>
        <translation>Zoho の API コンソールで発行された
OAuth クライアント ID（add）。</translation>
    </message>
    <message>
        <source>Comma-separated OAuth scopes (add; default id360.job.READ,id360.job.DELETE).</source>
        <translation>カンマ区切りの OAuth スコープ（add。既定値は
id360.job.READ,id360.job.DELETE）。</translation>
    </message>
    <message>
        <source>The loopback port registered as the client's redirect URI (add; default 47190).</source>
        <translation>クライアントのリダイレクト URI として登録した
ループバックのポート（add。既定値は 47190）。</translation>
    </message>
    <message>
        <source>Read the client secret from standard input (add).</source>
        <translation>クライアントシークレットを標準入力から
読み込みます（add）。</translation>
    </message>
    <message>
        <source>Read an access token from standard input: it works until it expires (add).</source>
        <translation>アクセストークンを標準入力から読み込みます。
有効期限が切れるまで使用できます（add）。</translation>
    </message>
    <message>
        <source>Read a Self Client grant code from standard input and exchange it (add).</source>
        <translation>Self Client の認可コードを標準入力から
読み込んで交換します（add）。</translation>
    </message>
    <message>
        <source>add, list, remove or login</source>
        <translation>add, list, remove, login のいずれか</translation>
    </message>
    <message>
        <source>The account, for remove and login.</source>
        <translation>アカウント（remove と login で指定）。</translation>
    </message>
    <message>
        <source>account add: unexpected argument '%1'; give the name with --name.</source>
        <translation>account add: 予期しない引数「%1」です。名前は --name で指定してください。</translation>
    </message>
    <message>
        <source>account add: --name is required.</source>
        <translation>account add: --name は必須です。</translation>
    </message>
    <message>
        <source>account add: --data-center is required (US, EU, IN, AU, JP, CA, UK, SA, CN or custom).</source>
        <translation>account add: --data-center は必須です（US, EU, IN, AU, JP, CA, UK, SA, CN, custom のいずれか）。</translation>
    </message>
    <message>
        <source>account add: unknown data center '%1'; use US, EU, IN, AU, JP, CA, UK, SA, CN or custom.</source>
        <translation>account add: 不明なデータセンター「%1」です。US, EU, IN, AU, JP, CA, UK, SA, CN, custom のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>account add: --client-id is required.</source>
        <translation>account add: --client-id は必須です。</translation>
    </message>
    <message>
        <source>account add: --%1: '%2' is not a usable URL; give it in full with https:// (http:// only for this machine).</source>
        <translation>account add: --%1: 「%2」は使用できる URL ではありません。https:// を含めて完全な形で指定してください（http:// はこのコンピューター上のサーバーのみ）。</translation>
    </message>
    <message>
        <source>account add: --redirect-port: '%1' is not a port number (1-65535).</source>
        <translation>account add: --redirect-port: 「%1」はポート番号（1～65535）ではありません。</translation>
    </message>
    <message>
        <source>account add: --token-stdin and --grant-code-stdin cannot be used together.</source>
        <translation>account add: --token-stdin と --grant-code-stdin は同時に指定できません。</translation>
    </message>
    <message>
        <source>account %1: --%2 is only for account add.</source>
        <translation>account %1: --%2 は account add でのみ使用できます。</translation>
    </message>
    <message>
        <source>account list: unexpected argument '%1'.</source>
        <translation>account list: 予期しない引数「%1」です。</translation>
    </message>
    <message>
        <source>account %1 needs the account's name: id360-jobmon account %1 NAME.</source>
        <translation>account %1 にはアカウントの名前が必要です: id360-jobmon account %1 NAME。</translation>
    </message>
    <message>
        <source>account: unknown verb '%1'; use add, list, remove or login.</source>
        <translation>account: 不明なサブコマンド「%1」です。add, list, remove, login のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Identity360 Job Monitor: watches ManageEngine Identity360 jobs and their results.</source>
        <translation>Identity360 Job Monitor: ManageEngine Identity360 のジョブと結果を監視します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Start an embedded Identity360 emulator with sample jobs and watch it.</source>
        <translation>サンプルジョブを含む組み込みの Identity360
エミュレーターを起動して監視します。</translation>
    </message>
    <message>
        <source>Like --demo, with the sample jobs made from &lt;seed&gt;: the same jobs on every start.</source>
        <translation>--demo と同様ですが、サンプルジョブを &lt;seed&gt; から
生成します。起動するたびに同じジョブになります。</translation>
    </message>
    <message>
        <source>Watch the Jobs API at &lt;url&gt; (e.g. https://id360.manageengine.com/api/v1) for this run only, with the access token from the environment variable %1.</source>
        <translation>今回の実行に限り、&lt;url&gt; の Jobs API を監視します
（例: https://id360.manageengine.com/api/v1）。
アクセストークンは環境変数 %1
から取得します。</translation>
    </message>
    <message>
        <source>Watch the stored account &lt;name&gt; (see 'id360-jobmon account --help').</source>
        <translation>保存済みのアカウント &lt;name&gt; を監視します
（「id360-jobmon account --help」を参照）。</translation>
    </message>
    <message>
        <source>Start in the system tray, without the window.</source>
        <translation>ウィンドウを表示せず、システムトレイで起動します。</translation>
    </message>
    <message>
        <source>Show no tray icon: the window is the monitor, and closing it quits. Notifications still go out.</source>
        <translation>トレイアイコンを表示しません。ウィンドウが
モニターとなり、閉じると終了します。通知は
引き続き送信されます。</translation>
    </message>
    <message>
        <source>Show the window; if the monitor is already running, bring its window to the front.</source>
        <translation>ウィンドウを表示します。モニターが既に実行中の
場合は、そのウィンドウを前面に表示します。</translation>
    </message>
    <message>
        <source>Open the job &lt;id&gt; (in the monitor already running, if there is one); with --account, that account's job.</source>
        <translation>ジョブ &lt;id&gt; を開きます（モニターが既に実行中の
場合はそちらで開きます）。--account を指定すると、
そのアカウントのジョブを開きます。</translation>
    </message>
    <message>
        <source>
Accounts without the window: id360-jobmon account --help
Jobs from a terminal or a script: id360-jobmon jobs --help
</source>
        <translation>
ウィンドウを使わないアカウント操作: id360-jobmon account --help
ターミナルやスクリプトからのジョブ操作: id360-jobmon jobs --help
</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>予期しない引数「%1」です。</translation>
    </message>
    <message>
        <source>--account cannot be used with --demo or --server.</source>
        <translation>--account は --demo や --server と同時に指定できません。</translation>
    </message>
    <message>
        <source>--demo-seed: '%1' is not a whole number from 0 to 4294967295.</source>
        <translation>--demo-seed: 「%1」は 0 から 4294967295 までの整数ではありません。</translation>
    </message>
    <message>
        <source>--minimized needs the tray: it cannot be used with --no-tray.</source>
        <translation>--minimized にはトレイが必要なため、--no-tray と同時に指定できません。</translation>
    </message>
    <message>
        <source>--minimized cannot be used with --show or --job.</source>
        <translation>--minimized は --show や --job と同時に指定できません。</translation>
    </message>
    <message>
        <source>--job: '%1' is not a job id: job ids are digits only.</source>
        <translation>--job: 「%1」はジョブ ID ではありません。ジョブ ID は数字のみです。</translation>
    </message>
    <message>
        <source>--demo and --server cannot be used together.</source>
        <translation>--demo と --server は同時に指定できません。</translation>
    </message>
    <message>
        <source>--server: '%1' is not a usable URL; use https:// (http:// only for this machine).</source>
        <translation>--server: 「%1」は使用できる URL ではありません。https:// を使用してください（http:// はこのコンピューター上のサーバーのみ）。</translation>
    </message>
    <message>
        <source>--server needs an access token: set %1 in the environment.</source>
        <translation>--server にはアクセストークンが必要です。環境変数 %1 を設定してください。</translation>
    </message>
    <message>
        <source>List jobs, newest first.</source>
        <translation>ジョブを新しい順に一覧表示します。</translation>
    </message>
    <message>
        <source>Show a job and its per-entity results.</source>
        <translation>ジョブと、そのオブジェクトごとの結果を表示します。</translation>
    </message>
    <message>
        <source>Delete jobs, after asking (or with --yes).</source>
        <translation>確認後にジョブを削除します（--yes で確認なし）。</translation>
    </message>
    <message>
        <source>Wait until jobs finish; say how each ended.</source>
        <translation>ジョブの終了を待ち、それぞれの終了状態を表示します。</translation>
    </message>
    <message>
        <source>Follow jobs as they change, until Ctrl+C.</source>
        <translation>Ctrl+C を押すまで、ジョブの変化を追跡します。</translation>
    </message>
    <message>
        <source>Write a job's per-entity results to a CSV or JSON file.</source>
        <translation>ジョブのオブジェクト別の結果を CSV か JSON に書き出します。</translation>
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
終了ステータス:
  0  成功（既に存在しないジョブは削除済みとみなす）
  1  サーバー、ネットワーク、またはサインインで失敗した。削除対象のジョブの
     いずれかが失敗した。待機対象のジョブが消えた
  2  使い方の誤り、または何も送信する前に拒否された
  3  待機対象のジョブが WARNING、ERROR、または不明な状態で終了した
  4  --timeout で指定した時間が経過した
</translation>
    </message>
    <message>
        <source>Usage: id360-jobmon jobs VERB [options]
The jobs of an Identity360 account, from a terminal or a script.

Verbs:
</source>
        <translation>使い方: id360-jobmon jobs サブコマンド [オプション]
ターミナルやスクリプトから Identity360 アカウントのジョブを操作します。

サブコマンド:
</translation>
    </message>
    <message>
        <source>
Each verb's options: id360-jobmon jobs VERB --help
</source>
        <translation>
各サブコマンドのオプション: id360-jobmon jobs サブコマンド --help
</translation>
    </message>
    <message>
        <source>jobs: unknown verb '%1'; use list, show, delete, wait, watch or export.</source>
        <translation>jobs: 不明なサブコマンド「%1」です。list, show, delete, wait, watch, export のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The stored account &lt;name&gt; (see 'id360-jobmon account list'); without it (and without --server), the account used last.</source>
        <translation>保存済みのアカウント &lt;name&gt;
（「id360-jobmon account list」を参照）。省略した
場合（--server もない場合）は、最後に使用した
アカウントです。</translation>
    </message>
    <message>
        <source>The Jobs API at &lt;url&gt;, for this run only, with the access token from the environment variable %1.</source>
        <translation>&lt;url&gt; の Jobs API（今回の実行のみ）。
アクセストークンは環境変数 %1
から取得します。</translation>
    </message>
    <message>
        <source>No messages on standard error but errors.</source>
        <translation>エラー以外のメッセージを標準エラー出力に
出しません。</translation>
    </message>
    <message>
        <source>Only jobs with these statuses: %1 (comma-separated).</source>
        <translation>次の状態のジョブのみ（カンマ区切り）:
%1。</translation>
    </message>
    <message>
        <source>Only jobs of the module &lt;name&gt;.</source>
        <translation>モジュール &lt;name&gt; のジョブのみ。</translation>
    </message>
    <message>
        <source>Only jobs whose action contains &lt;text&gt;.</source>
        <translation>アクションに &lt;text&gt; を含むジョブのみ。</translation>
    </message>
    <message>
        <source>Only jobs started since &lt;when&gt;: a time back from now (30m, 2h, 7d, 2w), a date (2026-11-01) or a date and time (2026-11-01T08:00); local time unless it carries Z or an offset.</source>
        <translation>&lt;when&gt; 以降に開始したジョブのみ。現在から
さかのぼる時間（30m, 2h, 7d, 2w）、日付
（2026-11-01）、または日時（2026-11-01T08:00）
で指定します。Z やオフセットがない場合は
ローカル時刻です。</translation>
    </message>
    <message>
        <source>Only jobs matching the SCIM filter &lt;expression&gt;, e.g. 'module eq "Management" and status eq "ERROR"' (attributes id, action_name, status, module, start_time, end_time).</source>
        <translation>SCIM フィルター &lt;expression&gt; に一致するジョブのみ。
例: 'module eq "Management" and status eq "ERROR"'
（属性: id, action_name, status, module,
start_time, end_time）。</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; jobs, the newest (default 50).</source>
        <translation>最新のジョブから最大 &lt;n&gt; 件（既定値 50）。</translation>
    </message>
    <message>
        <source>Every job, not only the newest 50.</source>
        <translation>最新の 50 件だけでなく、すべてのジョブ。</translation>
    </message>
    <message>
        <source>table (default), json, csv or tsv.</source>
        <translation>table（既定）, json, csv, tsv のいずれか。</translation>
    </message>
    <message>
        <source>text (default), json or csv.</source>
        <translation>text（既定）, json, csv のいずれか。</translation>
    </message>
    <message>
        <source>The columns, comma-separated, of id, status, action, module, started, ended, duration (default id,status,action,module,started,duration).</source>
        <translation>表示する列。id, status, action, module, started,
ended, duration からカンマ区切りで指定します。
既定値: id,status,action,module,started,duration。</translation>
    </message>
    <message>
        <source>Only the entities that failed.</source>
        <translation>失敗したオブジェクトのみ。</translation>
    </message>
    <message>
        <source>Delete without asking (needed when standard input is not a terminal).</source>
        <translation>確認せずに削除します（標準入力が端末でない
場合は必須）。</translation>
    </message>
    <message>
        <source>Give up after &lt;duration&gt; (90s, 10m, 1h, or seconds) with exit status 4.</source>
        <translation>&lt;duration&gt;（90s, 10m, 1h、または秒数）が
経過したら、終了ステータス 4 で中止します。</translation>
    </message>
    <message>
        <source>The file to write, ending .csv or .json.</source>
        <translation>書き出すファイル（拡張子 .csv または .json）。</translation>
    </message>
    <message>
        <source>The job.</source>
        <translation>ジョブ。</translation>
    </message>
    <message>
        <source>The jobs.</source>
        <translation>ジョブ（複数指定可）。</translation>
    </message>
    <message>
        <source>--account needs the account's name.</source>
        <translation>--account にはアカウントの名前が必要です。</translation>
    </message>
    <message>
        <source>--account and --server cannot be used together.</source>
        <translation>--account と --server は同時に指定できません。</translation>
    </message>
    <message>
        <source>'%1' is not a job id: job ids are digits only.</source>
        <translation>「%1」はジョブ ID ではありません。ジョブ ID は数字のみです。</translation>
    </message>
    <message>
        <source>unexpected argument '%1'.</source>
        <translation>予期しない引数「%1」です。</translation>
    </message>
    <message>
        <source>give exactly one job id.</source>
        <translation>ジョブ ID を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>give the id of at least one job.</source>
        <translation>少なくとも 1 つのジョブ ID を指定してください。</translation>
    </message>
    <message>
        <source>--status: '%1' is not a status; use %2.</source>
        <translation>--status: 「%1」は状態ではありません。%2 のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>--since: '%1' is neither a time back from now (30m, 2h, 7d, 2w) nor a date (2026-11-01) or date and time (2026-11-01T08:00).</source>
        <translation>--since: 「%1」は、現在からさかのぼる時間（30m, 2h, 7d, 2w）、日付（2026-11-01）、日時（2026-11-01T08:00）のいずれでもありません。</translation>
    </message>
    <message>
        <source>--limit and --all cannot be used together.</source>
        <translation>--limit と --all は同時に指定できません。</translation>
    </message>
    <message>
        <source>--limit: '%1' is not a number of jobs (1 or more).</source>
        <translation>--limit: 「%1」はジョブの件数（1 以上）ではありません。</translation>
    </message>
    <message>
        <source>--format: '%1' is not one of %2.</source>
        <translation>--format: 「%1」は %2 のいずれでもありません。</translation>
    </message>
    <message>
        <source>--timeout: '%1' is not a duration (90s, 10m, 1h, 1d, or seconds).</source>
        <translation>--timeout: 「%1」は時間（90s, 10m, 1h, 1d、または秒数）ではありません。</translation>
    </message>
    <message>
        <source>--timeout: '%1' is longer than the longest wait, 24 days.</source>
        <translation>--timeout: 「%1」は最長の待機時間（24 日）を超えています。</translation>
    </message>
    <message>
        <source>--output is required: the file to write, ending .csv or .json.</source>
        <translation>--output は必須です。書き出すファイル（拡張子 .csv または .json）を指定してください。</translation>
    </message>
    <message>
        <source>--output: '%1' ends neither in .csv nor in .json.</source>
        <translation>--output: 「%1」の拡張子が .csv でも .json でもありません。</translation>
    </message>
    <message>
        <source>Usage: id360-jobmon audit VERB [options]
The deletion audit trail: every delete asked for, in the window or with 'jobs delete', and what became of it.

Verbs:
</source>
        <translation>使い方: id360-jobmon audit サブコマンド [オプション]
削除の監査証跡: ウィンドウまたは 'jobs delete' で要求されたすべての削除と、その結果。

サブコマンド:
</translation>
    </message>
    <message>
        <source>List the delete attempts, newest first.</source>
        <translation>削除の試行を新しい順に一覧表示します。</translation>
    </message>
    <message>
        <source>
Its options: id360-jobmon audit list --help
</source>
        <translation>
オプション: id360-jobmon audit list --help
</translation>
    </message>
    <message>
        <source>audit: unknown verb '%1'; use list.</source>
        <translation>audit: 不明なサブコマンド「%1」です。list を使用してください。</translation>
    </message>
    <message>
        <source>List the delete attempts, newest first: when, who, which job of which account, and what became of it.</source>
        <translation>削除の試行を新しい順に一覧表示します:
いつ、誰が、どのアカウントのどのジョブを
削除し、どうなったか。</translation>
    </message>
    <message>
        <source>Only attempts since &lt;when&gt;: a time back from now (30m, 2h, 7d, 2w), a date (2026-11-01) or a date and time (2026-11-01T08:00); local time unless it carries Z or an offset.</source>
        <translation>&lt;when&gt; 以降の試行のみ。現在から
さかのぼる時間（30m, 2h, 7d, 2w）、日付
（2026-11-01）、または日時（2026-11-01T08:00）
で指定します。Z やオフセットがない場合は
ローカル時刻です。</translation>
    </message>
    <message>
        <source>table (default), json or csv.</source>
        <translation>table（既定）, json, csv のいずれか。</translation>
    </message>
    <message>
        <source>Deletions asked for and their outcomes: id360-jobmon audit --help
</source>
        <translation>要求された削除とその結果: id360-jobmon audit --help
</translation>
    </message>
</context>
<context>
    <name>DeleteAccess</name>
    <message>
        <source>This sign-in may only read jobs: its scopes, %1, have neither id360.job.DELETE nor id360.job.ALL.</source>
        <translation>このサインインはジョブの読み取りのみ可能です: スコープ %1 に id360.job.DELETE も id360.job.ALL も含まれていません。</translation>
    </message>
    <message>
        <source>This sign-in may only read jobs: the accounts server granted it only %1.</source>
        <translation>このサインインはジョブの読み取りのみ可能です: アカウントサーバーが許可したのは %1 だけです。</translation>
    </message>
    <message>
        <source>This sign-in may only read jobs: Identity360 refused it a delete for lack of the id360.job.DELETE scope. Sign in again with that scope to delete.</source>
        <translation>このサインインはジョブの読み取りのみ可能です: id360.job.DELETE スコープがないため、Identity360 が削除を拒否しました。削除するには、このスコープで再度サインインしてください。</translation>
    </message>
    <message>
        <source>read-only</source>
        <comment>an account that may not delete jobs</comment>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Deleting jobs is turned off by your administrator.</source>
        <translation>ジョブの削除は管理者によって無効にされています。</translation>
    </message>
</context>
<context>
    <name>DeleteJobsDialog</name>
    <message>
        <source>Delete Jobs</source>
        <translation>ジョブの削除</translation>
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
        <translation>このジョブを Identity360 から削除しますか？</translation>
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
アカウント %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s) from Identity360?</source>
        <translation>
            <numerusform>%n 件のジョブを Identity360 から削除しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more (see the details)</source>
        <translation>
            <numerusform>
…ほか %n 件（詳細を参照）</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>この操作は元に戻せません。</translation>
    </message>
    <message numerus="yes">
        <source>%n of these job(s) is still queued or running: deleting removes the job from the list; whether its work stops is up to Identity360. </source>
        <translation>
            <numerusform>このうち %n 件のジョブはまだ待機中または実行中です。削除すると一覧からは消えますが、処理が停止するかどうかは Identity360 によります。 </numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <comment>confirm</comment>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>%1, ID %2: %3</source>
        <comment>account, job id: why it was not deleted</comment>
        <translation>%1、ID %2: %3</translation>
    </message>
    <message>
        <source>ID %1: %2</source>
        <translation>ID %1: %2</translation>
    </message>
    <message>
        <source>Some Jobs Were Not Deleted</source>
        <translation>一部のジョブを削除できませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) could not be deleted and are still listed.</source>
        <translation>
            <numerusform>%n 件のジョブを削除できませんでした。これらは一覧に残っています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletionHistory</name>
    <message>
        <source>No answer recorded</source>
        <comment>deletion outcome</comment>
        <translation>応答の記録なし</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>deletion outcome</comment>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Already gone</source>
        <comment>deletion outcome</comment>
        <translation>既に存在しない</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>deletion outcome</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <comment>deletion outcome</comment>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>サーバーに接続できませんでした</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>サーバーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>セキュリティで保護された接続に失敗しました</translation>
    </message>
    <message>
        <source>the answer could not be read</source>
        <translation>応答を読み取れませんでした</translation>
    </message>
    <message>
        <source>a redirect to another server was refused</source>
        <translation>別のサーバーへのリダイレクトを拒否しました</translation>
    </message>
    <message>
        <source>not a job id; nothing was sent</source>
        <translation>ジョブ ID ではありません。何も送信していません</translation>
    </message>
</context>
<context>
    <name>DeletionHistoryDialog</name>
    <message>
        <source>Deletion History</source>
        <translation>削除履歴</translation>
    </message>
    <message>
        <source>Search job, action, account, outcome…</source>
        <translation>ジョブ、アクション、アカウント、結果を検索…</translation>
    </message>
    <message numerus="yes">
        <source>Not shown: %n damaged line(s) of the log that could not be read.</source>
        <translation>
            <numerusform>非表示: 読み取れなかったログの破損行 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>Shown Attempts as CSV…</source>
        <translation>表示中の試行を CSV で…</translation>
    </message>
    <message>
        <source>Shown Attempts as JSON…</source>
        <translation>表示中の試行を JSON で…</translation>
    </message>
    <message>
        <source>Export Deletion History</source>
        <translation>削除履歴のエクスポート</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>The deletion history could not be written to %1: %2</source>
        <translation>削除履歴を %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>The deletion log could not be read: %1</source>
        <translation>削除ログを読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>DeletionHistoryModel</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>ジョブ ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>API host</source>
        <translation>API ホスト</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
</context>
<context>
    <name>DeletionLog</name>
    <message>
        <source>another program replaced the file at every try</source>
        <translation>試行のたびに別のプログラムがファイルを置き換えました</translation>
    </message>
    <message>
        <source>write: %1 of %2 bytes written</source>
        <translation>write: %2 バイト中 %1 バイトを書き込みました</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <source>&amp;Open Job Monitor</source>
        <translation>Job Monitor を開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Pause Polling</source>
        <translation>ポーリングを一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>応答不可(&amp;D)</translation>
    </message>
    <message>
        <source>Hold every notification but failures</source>
        <translation>失敗以外のすべての通知を保留します</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>The tray icon is off (the monitor was started with --no-tray): closing the window quits, and notifications still go out.</source>
        <translation>トレイアイコンはオフです（モニターは --no-tray で起動されています）。ウィンドウを閉じると終了しますが、通知は引き続き送信されます。</translation>
    </message>
    <message>
        <source>This desktop offers no system tray (some Wayland desktops do not), so there is no tray icon: closing the window quits, and notifications still go out.</source>
        <translation>このデスクトップにはシステムトレイがありません（一部の Wayland デスクトップなど）。そのためトレイアイコンは表示されません。ウィンドウを閉じると終了しますが、通知は引き続き送信されます。</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <source>Sign In…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show Failures</source>
        <translation>失敗を表示</translation>
    </message>
</context>
<context>
    <name>EmptyJobsPage</name>
    <message>
        <source>Clear Filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Once the account is signed in, its jobs appear here.</source>
        <translation>アカウントにサインインすると、ここにジョブが表示されます。</translation>
    </message>
    <message>
        <source>No jobs yet: the server has not answered (see below).</source>
        <translation>ジョブはまだありません。サーバーから応答がありません（下記を参照）。</translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation>ジョブを読み込んでいます…</translation>
    </message>
    <message>
        <source>Asking the server which jobs match the advanced filter…</source>
        <translation>詳細フィルターに一致するジョブをサーバーに問い合わせています…</translation>
    </message>
    <message>
        <source>No job matches the filters.</source>
        <translation>フィルターに一致するジョブはありません。</translation>
    </message>
    <message>
        <source>The server lists no jobs yet. New jobs appear here as they start.</source>
        <translation>サーバーにはまだジョブがありません。新しいジョブは開始されるとここに表示されます。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show only %1 jobs (together with the other chips that are on)</source>
        <translation>%1のジョブのみを表示（オンになっている他のフィルターと組み合わせて適用）</translation>
    </message>
    <message>
        <source>Search action, module or ID (Ctrl+F)</source>
        <translation>アクション、モジュール、ID を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>ジョブの検索</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>すべてのモジュール</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>すべてのアクション</translation>
    </message>
    <message>
        <source>Started within</source>
        <translation>開始期間</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>詳細(&amp;A)</translation>
    </message>
    <message>
        <source>Filter on the server with a SCIM expression</source>
        <translation>SCIM 式を使ってサーバー側でフィルターします</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>プリセット(&amp;P)</translation>
    </message>
    <message>
        <source>Save these filters under a name, or use saved ones</source>
        <translation>現在のフィルターに名前を付けて保存するか、保存済みのフィルターを使用します</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>SCIM &amp;filter:</source>
        <translation>SCIM フィルター(&amp;I):</translation>
    </message>
    <message>
        <source>SCIM filter</source>
        <translation>SCIM フィルター</translation>
    </message>
    <message>
        <source>Attributes: id, action_name, status, module, start_time, end_time. Operators: eq ne co sw ew gt ge lt le pr, with and, or, not and parentheses. Enter sends it to the server.</source>
        <translation>属性: id, action_name, status, module, start_time, end_time。演算子: eq ne co sw ew gt ge lt le pr（and, or, not とかっこを使用できます）。Enter キーでサーバーに送信します。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Ask Again</source>
        <translation>再度問い合わせ</translation>
    </message>
    <message>
        <source>Ask the server again for the jobs that match</source>
        <translation>一致するジョブをサーバーに再度問い合わせます</translation>
    </message>
    <message>
        <source>Not a valid filter: %1</source>
        <translation>無効なフィルターです: %1</translation>
    </message>
    <message>
        <source>Valid. Press Enter to ask the server.</source>
        <translation>有効です。Enter キーを押すとサーバーに問い合わせます。</translation>
    </message>
    <message>
        <source>&amp;Advanced (on)</source>
        <translation>詳細（オン）(&amp;A)</translation>
    </message>
    <message>
        <source>Not set: every job is shown.</source>
        <translation>未設定: すべてのジョブを表示しています。</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>サーバーに問い合わせています…</translation>
    </message>
    <message numerus="yes">
        <source>The server matched %n job(s).</source>
        <translation>
            <numerusform>サーバーで %n 件のジョブが一致しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the server's last answer; asking again failed: %1</source>
        <translation>サーバーの前回の応答を表示しています。再度の問い合わせに失敗しました: %1</translation>
    </message>
    <message>
        <source>Not applied, the server did not answer: %1</source>
        <translation>適用されていません。サーバーが応答しませんでした: %1</translation>
    </message>
    <message>
        <source>&amp;Save Current Filters…</source>
        <translation>現在のフィルターを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Delete Preset</source>
        <translation>プリセットを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Save Filters</source>
        <translation>フィルターの保存</translation>
    </message>
    <message>
        <source>Name for these filters:</source>
        <translation>このフィルターの名前:</translation>
    </message>
    <message>
        <source>Replace Preset</source>
        <translation>プリセットの置き換え</translation>
    </message>
    <message>
        <source>A preset named "%1" exists. Replace it?</source>
        <translation>「%1」という名前のプリセットは既に存在します。置き換えますか？</translation>
    </message>
    <message>
        <source>A range picked in Insights is not kept in a preset: pick a period first</source>
        <translation>インサイトで選んだ範囲はプリセットに保存されません。先に期間を選んでください</translation>
    </message>
</context>
<context>
    <name>InsightsDialog</name>
    <message>
        <source>Insights</source>
        <translation>インサイト</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>グループ化</translation>
    </message>
    <message>
        <source>By action</source>
        <translation>アクション別</translation>
    </message>
    <message>
        <source>By module</source>
        <translation>モジュール別</translation>
    </message>
    <message>
        <source>Click a row to show its jobs in the main window, or a day's bar to show that day's. Rates are of the runs that ended; durations of the runs that finished. Failed entities count only jobs whose results were opened.</source>
        <translation>行をクリックするとそのジョブをメイン ウィンドウに表示し、日ごとのバーをクリックするとその日のジョブを表示します。率は終了した実行、所要時間は完了した実行に基づきます。失敗したエンティティは、結果を開いたジョブのみを数えます。</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>%1 以降</translation>
    </message>
</context>
<context>
    <name>InsightsTableModel</name>
    <message>
        <source>%1: runs %2, failed %3</source>
        <comment>one day of the Insights chart</comment>
        <translation>%1: 実行 %2 回、失敗 %3 回</translation>
    </message>
    <message>
        <source>Runs and failures by day: %1</source>
        <translation>日ごとの実行と失敗: %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>実行回数</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>失敗率</translation>
    </message>
    <message>
        <source>Warning rate</source>
        <translation>警告率</translation>
    </message>
    <message>
        <source>Median duration</source>
        <translation>所要時間の中央値</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90 パーセンタイル</translation>
    </message>
    <message>
        <source>Failed entities</source>
        <translation>失敗したエンティティ</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>日ごと</translation>
    </message>
</context>
<context>
    <name>JobDeletion</name>
    <message>
        <source>could not be read in the last answer; not deleted</source>
        <translation>最後の応答で読み取れなかったため、削除しませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) deleted</source>
        <translation>
            <numerusform>%n 件のジョブを削除しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n 件は既に削除されていました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 件は失敗しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not recorded in the Deletion History (%1)</source>
        <translation>
            <numerusform>%n 件は削除履歴に記録されていません（%1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobDetailPane</name>
    <message>
        <source>Select a job to see what happened to each user or group.</source>
        <translation>ジョブを選択すると、各ユーザーやグループに対する処理結果が表示されます。</translation>
    </message>
    <message>
        <source>Loading the results…</source>
        <translation>結果を読み込んでいます…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>エラーのみ(&amp;E)</translation>
    </message>
    <message>
        <source>Search entity or message…</source>
        <translation>オブジェクトまたはメッセージを検索…</translation>
    </message>
    <message>
        <source>Search the results</source>
        <translation>結果の検索</translation>
    </message>
    <message>
        <source>Results per entity</source>
        <translation>オブジェクトごとの結果</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Success</source>
        <comment>entity result</comment>
        <translation>成功</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>All Results as CSV…</source>
        <translation>すべての結果を CSV で…</translation>
    </message>
    <message>
        <source>Errors Only as CSV…</source>
        <translation>エラーのみを CSV で…</translation>
    </message>
    <message>
        <source>All Results as JSON…</source>
        <translation>すべての結果を JSON で…</translation>
    </message>
    <message>
        <source>Errors Only as JSON…</source>
        <translation>エラーのみを JSON で…</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID をコピー</translation>
    </message>
    <message>
        <source>Copy the job's id to the clipboard</source>
        <translation>ジョブの ID をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>生の JSON</translation>
    </message>
    <message>
        <source>The job exactly as the server sent it, decoded</source>
        <translation>サーバーから送信されたままのジョブ（デコード済み）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy what the server sent to the clipboard</source>
        <translation>サーバーから送信された内容をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>What the server sent</source>
        <translation>サーバーから送信された内容</translation>
    </message>
    <message>
        <source>Job %1 could not be read: %2. This is what the server sent:</source>
        <translation>ジョブ %1 を読み取れませんでした: %2。サーバーから送信された内容は次のとおりです:</translation>
    </message>
    <message>
        <source>This job could not be read in the last answer: %1. It is shown as it was last read; the server sent:</source>
        <translation>このジョブは最後の応答で読み取れませんでした: %1。最後に読み取った状態で表示しています。サーバーから送信された内容は次のとおりです:</translation>
    </message>
    <message>
        <source>The results of this job could not be loaded.
%1</source>
        <translation>このジョブの結果を読み込めませんでした。
%1</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>モジュール: %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>開始: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>アカウント: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>終了: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>所要時間: %1</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>結果のエクスポート</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>The results could not be written to %1: %2</source>
        <translation>結果を %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Job %1 — Raw JSON</source>
        <translation>ジョブ %1 — 生の JSON</translation>
    </message>
</context>
<context>
    <name>JobNotifier</name>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>完了 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>警告あり %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>アカウント: %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 が失敗しました</translation>
    </message>
    <message>
        <source>%1 finished with warnings</source>
        <translation>%1 が警告付きで終了しました</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 が完了しました</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>所要時間: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished</source>
        <translation>
            <numerusform>%n 件のジョブが終了しました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may be stuck</source>
        <translation>%1 が停滞している可能性があります</translation>
    </message>
    <message>
        <source>Queued for %1; it usually takes %2.</source>
        <translation>%1 にわたって待機中です。通常の所要時間は %2 です。</translation>
    </message>
    <message>
        <source>Running for %1; it usually takes %2.</source>
        <translation>%1 にわたって実行中です。通常の所要時間は %2 です。</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished while you were not to be disturbed</source>
        <translation>
            <numerusform>応答不可の間に %n 件のジョブが終了しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) failed</source>
        <translation>
            <numerusform>ユーザー %n 人中 %1 人が失敗しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s) failed</source>
        <translation>
            <numerusform>グループ %n 件中 %1 件が失敗しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entity(ies) failed</source>
        <translation>
            <numerusform>オブジェクト %n 件中 %1 件が失敗しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) succeeded</source>
        <translation>
            <numerusform>ユーザー %n 人すべてが成功しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n group(s) succeeded</source>
        <translation>
            <numerusform>グループ %n 件すべてが成功しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n entity(ies) succeeded</source>
        <translation>
            <numerusform>オブジェクト %n 件すべてが成功しました</numerusform>
        </translation>
    </message>
    <message>
        <source>usually 1 in %1</source>
        <translation>通常は %1 回に 1 回</translation>
    </message>
    <message>
        <source>usually none</source>
        <translation>通常は失敗なし</translation>
    </message>
    <message numerus="yes">
        <source>no runs in the %n days before</source>
        <translation>
            <numerusform>前の %n 日間に実行なし</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 runs failed today, %4</source>
        <translation>%1: 今日は %3 回中 %2 回の実行が失敗しました（%4）</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>UNREADABLE</source>
        <comment>job status, written like the API's statuses</comment>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Unknown column "%1"; the columns are %2.</source>
        <translation>不明な列「%1」です。使用できる列: %2。</translation>
    </message>
    <message>
        <source>%1  deleted</source>
        <translation>%1  削除しました</translation>
    </message>
    <message>
        <source>%1  already gone (deleted before): nothing to delete</source>
        <translation>%1  既に存在しません（以前に削除済み）。削除するものはありません</translation>
    </message>
    <message>
        <source>%1  not deleted: %2</source>
        <translation>%1  削除されませんでした: %2</translation>
    </message>
    <message>
        <source>Fetching page %1…</source>
        <translation>ページ %1 を取得しています…</translation>
    </message>
    <message>
        <source>Fetching page %1 of %2…</source>
        <translation>%2 ページ中 %1 ページ目を取得しています…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
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
        <translation>サインインが必要</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>server errors</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>polling paused</source>
        <translation>ポーリング一時停止中</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>実行中 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>待機中 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the last hour</source>
        <translation>
            <numerusform>過去 1 時間に失敗 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings in the last hour</source>
        <translation>
            <numerusform>過去 1 時間に警告あり %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing running</source>
        <translation>実行中のジョブなし</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>ジョブ %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>JobResultModel</name>
    <message>
        <source>Error</source>
        <comment>entity result</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Success</source>
        <comment>entity result</comment>
        <translation>成功</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>オブジェクト ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>成功 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>その他 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Queued</source>
        <comment>job status</comment>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job status</comment>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>job status</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>job status</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>job status</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <comment>job status</comment>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>job status</comment>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>The server sent this job in a form that could not be read: %1</source>
        <translation>サーバーから送信されたこのジョブは、読み取れない形式でした: %1</translation>
    </message>
    <message>
        <source>Could not be read in the last answer (%1); shown as last read.</source>
        <translation>最後の応答で読み取れませんでした（%1）。最後に読み取った状態で表示しています。</translation>
    </message>
    <message>
        <source>The server reported a status this version does not know: %1</source>
        <translation>サーバーから、このバージョンでは認識できない状態が報告されました: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <comment>job status</comment>
        <translation>不明（%1）</translation>
    </message>
</context>
<context>
    <name>JobTableView</name>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
</context>
<context>
    <name>JobWaiter</name>
    <message>
        <source>The id given was “%1”.</source>
        <translation>指定された ID は「%1」でした。</translation>
    </message>
</context>
<context>
    <name>JobsClient</name>
    <message>
        <source>The response was larger than %1 MB.</source>
        <translation>応答が %1 MB を超えています。</translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <source>jobs delete: nobody can be asked (standard input is not a terminal), so nothing was deleted; add --yes to delete without asking.</source>
        <translation>jobs delete: 確認する相手がいないため（標準入力が端末ではありません）、何も削除しませんでした。確認せずに削除するには --yes を付けてください。</translation>
    </message>
    <message>
        <source>There is no account named "%1"; see 'id360-jobmon account list'.</source>
        <translation>「%1」という名前のアカウントはありません。「id360-jobmon account list」を参照してください。</translation>
    </message>
    <message>
        <source>There is no account yet: add one with 'id360-jobmon account add', or name a server with --server.</source>
        <translation>アカウントがまだありません。「id360-jobmon account add」で追加するか、--server でサーバーを指定してください。</translation>
    </message>
    <message>
        <source>Which account? Name it with --account (see 'id360-jobmon account list').</source>
        <translation>どのアカウントを使用しますか？ --account で指定してください（「id360-jobmon account list」を参照）。</translation>
    </message>
    <message>
        <source>account "%1"</source>
        <translation>アカウント「%1」</translation>
    </message>
    <message>
        <source>Sign in again: id360-jobmon account login "%1"</source>
        <translation>再度サインインしてください: id360-jobmon account login "%1"</translation>
    </message>
    <message numerus="yes">
        <source>%n listed job(s) had no readable id and are not shown.</source>
        <translation>
            <numerusform>一覧のジョブのうち %n 件は ID を読み取れなかったため、表示していません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n job(s); more with --limit or --all.</source>
        <translation>
            <numerusform>最新の %n 件のジョブです。さらに表示するには --limit または --all を使用してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>ジョブ %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) of job %1 written to %2.</source>
        <translation>
            <numerusform>ジョブ %1 の結果 %n 件を %2 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>何も削除しませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s) of %1? This cannot be undone.</source>
        <translation>
            <numerusform>%1 の %n 件のジョブを削除しますか？ この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete? [y/N] </source>
        <extracomment>The question before deleting; [y/N] names the answers, No being the default.</extracomment>
        <translation>削除しますか？ [y/N] </translation>
    </message>
    <message>
        <source>y,yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Job %1 is gone: it was deleted, or it is not one of %2's jobs.</source>
        <translation>ジョブ %1 は存在しません。削除されたか、%2 のジョブではありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n s.</source>
        <translation>
            <numerusform>%1 %n 秒後に再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Still not finished after %1: %2.</source>
        <translation>%1 経過しても終了していません: %2。</translation>
    </message>
    <message numerus="yes">
        <source>Watching %1: %n job(s) queued or running; Ctrl+C ends.</source>
        <translation>
            <numerusform>%1 を監視しています: 待機中または実行中のジョブ %n 件。Ctrl+C で終了します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 was deleted.</source>
        <translation>ジョブ %1 は削除されました。</translation>
    </message>
    <message>
        <source>Account "%1": %2 Nothing was deleted.</source>
        <translation>アカウント「%1」: %2 何も削除されていません。</translation>
    </message>
    <message>
        <source>%1 Nothing was deleted.</source>
        <translation>%1 何も削除されていません。</translation>
    </message>
    <message>
        <source>%1  not recorded in the Deletion History: %2</source>
        <translation>%1  削除履歴に記録されていません: %2</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the stored entry is not one of ours</source>
        <translation>保存されているエントリはこのアプリのものではありません</translation>
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
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch every job from the server now (%1)</source>
        <translation>すべてのジョブを今すぐサーバーから取得します（%1）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected jobs from Identity360 (%1)</source>
        <translation>選択したジョブを Identity360 から削除します（%1）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>アカウント(&amp;A)…</translation>
    </message>
    <message>
        <source>Add, edit, sign in or remove Identity360 accounts</source>
        <translation>Identity360 アカウントの追加、編集、サインイン、削除</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>How often to poll, notifications, the appearance and the tray (%1)</source>
        <translation>ポーリング間隔、通知、外観、トレイの設定（%1）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>ジョブ(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Pause Polling</source>
        <translation>ポーリングを一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Stop asking the server until you resume (%1)</source>
        <translation>再開するまでサーバーへの問い合わせを停止します（%1）</translation>
    </message>
    <message>
        <source>&amp;Find Jobs…</source>
        <translation>ジョブの検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>The server no longer accepts this account's sign-in: %1</source>
        <translation>サーバーはこのアカウントのサインインを受け付けなくなりました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n job(s)…</source>
        <translation>
            <numerusform>%n 件のジョブを削除しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletion &amp;History…</source>
        <translation>削除履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Insights…</source>
        <translation>インサイト(&amp;I)…</translation>
    </message>
    <message>
        <source>Runs, failures and durations per action and module by day (%1)</source>
        <translation>アクションとモジュールごとの日別の実行、失敗、所要時間 (%1)</translation>
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
        <translation>ファイルを読み取れません。ポリシーは適用されません</translation>
    </message>
    <message>
        <source>unknown group: only [General] and [Account NAME] are read; ignored</source>
        <translation>不明なグループです。読み取るのは [General] と [Account 名前] だけです。無視しました</translation>
    </message>
    <message>
        <source>'%1' is not a whole number from %2 to %3; ignored</source>
        <translation>「%1」は %2 から %3 までの整数ではありません。無視しました</translation>
    </message>
    <message>
        <source>unknown key; ignored</source>
        <translation>不明なキーです。無視しました</translation>
    </message>
    <message>
        <source>'%1' is neither true nor false; ignored</source>
        <translation>「%1」は true でも false でもありません。無視しました</translation>
    </message>
    <message>
        <source>unknown data center '%1' (one of %2); the account is ignored</source>
        <translation>不明なデータセンター「%1」です（%2 のいずれか）。このアカウントは無視されます</translation>
    </message>
    <message>
        <source>a secret has no place in a file every user can read; ignored (each user enters the client secret once, or it is deployed with 'id360-jobmon account add … --client-secret-stdin')</source>
        <translation>すべてのユーザーが読めるファイルにシークレットを置くことはできません。無視しました（クライアント シークレットは各ユーザーが一度入力するか、'id360-jobmon account add … --client-secret-stdin' で配布します）</translation>
    </message>
    <message>
        <source>'%1' is not a port from 1 to 65535; ignored</source>
        <translation>「%1」は 1 から 65535 までのポートではありません。無視しました</translation>
    </message>
    <message>
        <source>%1 The account is ignored.</source>
        <translation>%1 このアカウントは無視されます。</translation>
    </message>
    <message>
        <source>a second account named "%1"; ignored</source>
        <translation>「%1」という名前の 2 つ目のアカウントです。無視しました</translation>
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
        <translation>これらの設定の一部は、管理者が %1 で設定しています。</translation>
    </message>
    <message>
        <source>What the file says but cannot be obeyed was ignored (tell your helpdesk):</source>
        <translation>ファイルの指定のうち従えないものは無視されました（ヘルプデスクに伝えてください）:</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>管理者が設定</translation>
    </message>
    <message>
        <source>the file has lines that are not INI; the rest is applied</source>
        <translation>ファイルに INI ではない行があります。残りは適用されます</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; that group is ignored (save the file as UTF-8)</source>
        <translation>%1 行目は UTF-8 テキストではありません。このグループは無視されます（ファイルを UTF-8 で保存してください）</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; ignored (save the file as UTF-8)</source>
        <translation>%1 行目は UTF-8 テキストではありません。無視しました（ファイルを UTF-8 で保存してください）</translation>
    </message>
    <message>
        <source>line %1: a group's name cannot hold ';'; that group is ignored</source>
        <translation>%1 行目: グループ名に ';' は使えません。このグループは無視されます</translation>
    </message>
    <message>
        <source>line %1 is not INI (a [group], a key=value or a ;comment); ignored</source>
        <translation>%1 行目は INI（[グループ]、キー=値、;コメント）ではありません。無視しました</translation>
    </message>
    <message>
        <source>managed</source>
        <comment>an account the administrator set up</comment>
        <translation>管理対象</translation>
    </message>
</context>
<context>
    <name>RequestError</name>
    <message>
        <source>The server did not accept the access token.</source>
        <translation>サーバーはアクセストークンを受け付けませんでした。</translation>
    </message>
    <message>
        <source>The account is not allowed to do this (missing OAuth scope?).</source>
        <translation>このアカウントにはこの操作の権限がありません（OAuth スコープが不足している可能性があります）。</translation>
    </message>
    <message>
        <source>Not found on the server.</source>
        <translation>サーバー上に見つかりません。</translation>
    </message>
    <message>
        <source>The server asks to slow down; retry in %1 s.</source>
        <translation>サーバーからリクエストの頻度を下げるよう求められました。%1 秒後に再試行します。</translation>
    </message>
    <message>
        <source>The server asks to slow down.</source>
        <translation>サーバーからリクエストの頻度を下げるよう求められました。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>サーバーが HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>サーバーに接続できませんでした。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The secure connection could not be trusted.</source>
        <translation>セキュリティで保護された接続を信頼できませんでした。</translation>
    </message>
    <message>
        <source>The server's answer could not be read.</source>
        <translation>サーバーの応答を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The server redirected to another host; nothing was sent there.</source>
        <translation>サーバーが別のホストにリダイレクトしました。リダイレクト先には何も送信していません。</translation>
    </message>
    <message>
        <source>The job id is not a number; nothing was sent.</source>
        <translation>ジョブ ID が数値ではありません。何も送信していません。</translation>
    </message>
</context>
<context>
    <name>ScimFilter</name>
    <message>
        <source>expected 'and', 'or' or the end of the filter at character %1, found '%2'</source>
        <translation>文字位置 %1 に「and」「or」またはフィルターの終わりが必要ですが、「%2」がありました</translation>
    </message>
    <message>
        <source>expected '(' after 'not' at character %1, found '%2'</source>
        <translation>文字位置 %1 の「not」の後に「(」が必要ですが、「%2」がありました</translation>
    </message>
    <message>
        <source>more than %1 levels of parentheses at character %2</source>
        <translation>文字位置 %2 でかっこの入れ子が %1 レベルを超えています</translation>
    </message>
    <message>
        <source>expected ')' at character %1 to close the '(' at character %2, found '%3'</source>
        <translation>文字位置 %2 の「(」を閉じる「)」が文字位置 %1 に必要ですが、「%3」がありました</translation>
    </message>
    <message>
        <source>expected an attribute name at character %1, found '%2'</source>
        <translation>文字位置 %1 に属性名が必要ですが、「%2」がありました</translation>
    </message>
    <message>
        <source>more than %1 comparisons at character %2</source>
        <translation>文字位置 %2 で比較の数が %1 個を超えています</translation>
    </message>
    <message>
        <source>unknown attribute '%1' at character %2; jobs have id, action_name, status, module, start_time and end_time</source>
        <translation>文字位置 %2 の属性「%1」は不明です。ジョブの属性は id, action_name, status, module, start_time, end_time です</translation>
    </message>
    <message>
        <source>expected an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) after '%1' at character %2, found '%3'</source>
        <translation>文字位置 %2 の「%1」の後に演算子（eq, ne, co, sw, ew, gt, ge, lt, le, pr）が必要ですが、「%3」がありました</translation>
    </message>
    <message>
        <source>null at character %1 can only be compared with eq or ne</source>
        <translation>文字位置 %1 の null は eq または ne でのみ比較できます</translation>
    </message>
    <message>
        <source>"%1" at character %2 is not an ISO 8601 date-time such as "2025-04-04T13:12:13.000Z"</source>
        <translation>文字位置 %2 の「%1」は、「2025-04-04T13:12:13.000Z」のような ISO 8601 形式の日時ではありません</translation>
    </message>
    <message>
        <source>%1 compares text: put the value at character %2 in double quotes, as in %1 %3 "%4"</source>
        <translation>%1 はテキストを比較します。文字位置 %2 の値を二重引用符で囲んでください（例: %1 %3 "%4"）</translation>
    </message>
    <message>
        <source>expected a value after '%1' at character %2, found '%3'</source>
        <translation>文字位置 %2 の「%1」の後に値が必要ですが、「%3」がありました</translation>
    </message>
    <message>
        <source>the end of the filter</source>
        <translation>フィルターの終わり</translation>
    </message>
    <message>
        <source>unexpected character '%1' at character %2</source>
        <translation>文字位置 %2 に予期しない文字「%1」があります</translation>
    </message>
    <message>
        <source>invalid \u escape at character %1</source>
        <translation>文字位置 %1 の \u エスケープが無効です</translation>
    </message>
    <message>
        <source>invalid escape '\%1' at character %2</source>
        <translation>文字位置 %2 のエスケープ「\%1」が無効です</translation>
    </message>
    <message>
        <source>the string starting at character %1 is not closed with '"'</source>
        <translation>文字位置 %1 から始まる文字列が「"」で閉じられていません</translation>
    </message>
</context>
<context>
    <name>SecretStoreError</name>
    <message numerus="yes">
        <source>no answer in %n second(s); it may be waiting for its password</source>
        <translation>
            <numerusform>%n 秒以内に応答がありません。パスワードの入力を待っている可能性があります</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain holds no sign-in for this account: sign in again.</source>
        <translation>キーリングにこのアカウントのサインイン情報がありません。再度サインインしてください。</translation>
    </message>
    <message>
        <source>The keychain is locked (%1). Unlock it — log in to the desktop session or open your keyring manager — and try again.</source>
        <translation>キーリングがロックされています（%1）。デスクトップセッションにログインするか、キーリング管理ツールを開いてロックを解除してから、もう一度やり直してください。</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Start a Secret Service such as GNOME Keyring or KWallet and try again.</source>
        <translation>使用できるキーリングがありません（%1）。GNOME Keyring や KWallet などの Secret Service を起動してから、もう一度やり直してください。</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Allow Identity360 Job Monitor in your keyring manager and try again.</source>
        <translation>キーリングがアクセスを拒否しました（%1）。キーリング管理ツールで Identity360 Job Monitor を許可してから、もう一度やり直してください。</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>キーリングでエラーが発生しました: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>デスクトップ(&amp;K)</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>ポーリング</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>While jobs are queued or &amp;running, check them every:</source>
        <translation>待機中・実行中のジョブを確認する間隔(&amp;R):</translation>
    </message>
    <message>
        <source>Otherwise &amp;look for new jobs every:</source>
        <translation>それ以外のときに新しいジョブを確認する間隔(&amp;O):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Fetch the &amp;whole list every:</source>
        <translation>一覧全体を取得する間隔(&amp;W):</translation>
    </message>
    <message>
        <source>Each check asks only for what can have changed; Zoho's limits are kept whatever you choose.</source>
        <translation>各確認では、変更された可能性のあるものだけを問い合わせます。どの設定にしても Zoho の制限は守られます。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Tell me when a job I watched</source>
        <translation>監視したジョブが次のときに通知する</translation>
    </message>
    <message>
        <source>&amp;completes</source>
        <translation>完了した(&amp;C)</translation>
    </message>
    <message>
        <source>finishes with &amp;warnings</source>
        <translation>警告付きで終了した(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;fails</source>
        <translation>失敗した(&amp;F)</translation>
    </message>
    <message>
        <source>Only jobs seen running while the monitor runs: never those that had finished before.</source>
        <translation>対象は、モニターの動作中に実行中だったことを確認したジョブのみです。それ以前に終了していたジョブは通知しません。</translation>
    </message>
    <message>
        <source>Stuck jobs</source>
        <translation>停滞しているジョブ</translation>
    </message>
    <message>
        <source>Tell me when a job runs far longer than &amp;usual</source>
        <translation>ジョブの実行時間が通常よりも大幅に長いときに通知する(&amp;U)</translation>
    </message>
    <message>
        <source>×</source>
        <translation>倍</translation>
    </message>
    <message>
        <source>Longer than its action's usual duration &amp;times:</source>
        <translation>アクションの通常の所要時間に対する倍率(&amp;T):</translation>
    </message>
    <message>
        <source>And at &amp;least:</source>
        <translation>かつ、次の時間以上(&amp;L):</translation>
    </message>
    <message>
        <source>When watching stops</source>
        <translation>監視が止まったとき</translation>
    </message>
    <message>
        <source>Problems with an &amp;account</source>
        <translation>アカウントの問題(&amp;P)</translation>
    </message>
    <message>
        <source>An account needs signing in again (or soon will: a pasted token about to run out), its server does not answer (and when it answers again), or the keychain cannot be read</source>
        <translation>アカウントの再サインインが必要になったとき（または貼り付けたトークンの期限切れが近いとき）、サーバーが応答しないとき（および応答が再開したとき）、キーリングを読み取れないとき</translation>
    </message>
    <message>
        <source>No answer from the server for &amp;more than:</source>
        <translation>サーバーの無応答がこの時間を超えたとき(&amp;O):</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>通知の抑制</translation>
    </message>
    <message>
        <source>&amp;Do not disturb: only failures are told</source>
        <translation>応答不可: 失敗のみ通知する(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. Automation</source>
        <translation>例: Automation</translation>
    </message>
    <message>
        <source>Never for these &amp;modules:</source>
        <translation>次のモジュールでは通知しない(&amp;M):</translation>
    </message>
    <message>
        <source>e.g. Single User Creation, Bulk Password Reset</source>
        <translation>例: Single User Creation, Bulk Password Reset</translation>
    </message>
    <message>
        <source>Never for these &amp;actions:</source>
        <translation>次のアクションでは通知しない(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Start at login, in the tray</source>
        <translation>ログイン時にトレイで起動する(&amp;S)</translation>
    </message>
    <message>
        <source>Closing the window keeps the monitor running in the system tray; Quit in the tray's menu or the File menu ends it.</source>
        <translation>ウィンドウを閉じても、モニターはシステムトレイで実行を続けます。終了するには、トレイのメニューまたは「ファイル」メニューの「終了」を選択します。</translation>
    </message>
    <message>
        <source>Unusual failures</source>
        <translation>通常と異なる失敗</translation>
    </message>
    <message>
        <source>Tell me when an action fails far more &amp;often today than usual</source>
        <translation>アクションが今日いつもよりはるかに多く失敗したときに通知する(&amp;O)</translation>
    </message>
    <message>
        <source>At least %1 of its runs failed today, and today's failure rate is at least %2 times its rate over the %3 days before; told once a day per action</source>
        <translation>今日その実行のうち少なくとも %1 回が失敗し、今日の失敗率がそれ以前の %3 日間の率の %2 倍以上のとき。アクションごとに 1 日 1 回通知します</translation>
    </message>
    <message>
        <source>while jobs run, no more often than every %1 s</source>
        <translation>ジョブの実行中は %1 秒より短い間隔にはしない</translation>
    </message>
    <message>
        <source>otherwise no more often than every %1 s</source>
        <translation>それ以外は %1 秒より短い間隔にはしない</translation>
    </message>
    <message>
        <source>the whole list no more often than every %1 min</source>
        <translation>一覧全体は %1 分より短い間隔にはしない</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>set by your administrator: the minimums</comment>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>Still watching your jobs</source>
        <translation>ジョブの監視を続けています</translation>
    </message>
    <message>
        <source>The monitor keeps running in the tray and tells you when a job ends. Quit it from the tray's menu.</source>
        <translation>モニターはトレイで実行を続け、ジョブが終了すると通知します。終了するにはトレイのメニューを使用してください。</translation>
    </message>
</context>
<context>
    <name>StaticTokenSource</name>
    <message>
        <source>The access token is no longer accepted and cannot be renewed: paste a new one or sign in.</source>
        <translation>アクセストークンが受け付けられなくなりました。このトークンは更新できないため、新しいトークンを貼り付けるか、サインインしてください。</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Retry Now</source>
        <translation>今すぐ再試行</translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message>
        <source>Waiting for sign-in</source>
        <translation>サインイン待ち</translation>
    </message>
    <message>
        <source>No account to watch yet.</source>
        <translation>監視するアカウントがまだありません。</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) · synced %1</source>
        <translation>
            <numerusform>%n 件のジョブ · 同期: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) could not be read</source>
        <translation>
            <numerusform>%n 件のジョブを読み取れませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>最終同期: %1</translation>
    </message>
    <message>
        <source>Not current: the jobs of %1 are from the last time the server answered. They update when it answers again.</source>
        <translation>最新ではありません: %1 のジョブは、サーバーが最後に応答したときのものです。サーバーが再び応答すると更新されます。</translation>
    </message>
    <message>
        <source>Not current: these are the jobs as of %1. They update when the server answers again.</source>
        <translation>最新ではありません: %1 時点のジョブです。サーバーが再び応答すると更新されます。</translation>
    </message>
    <message>
        <source>Not current: these are the jobs from the last time the server answered. They update when it answers again.</source>
        <translation>最新ではありません: サーバーが最後に応答したときのジョブです。サーバーが再び応答すると更新されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 件のアカウント</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>account: what is said about it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>準備中</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>サインインが必要</translation>
    </message>
    <message>
        <source>keychain problem</source>
        <translation>キーリングの問題</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>server errors</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Offline: the network is down. %1</source>
        <translation>オフライン: ネットワークに接続されていません。%1</translation>
    </message>
    <message>
        <source>Refresh failed: %1 %2</source>
        <translation>更新に失敗しました: %1 %2</translation>
    </message>
    <message>
        <source>Polling paused. %1</source>
        <translation>ポーリングを一時停止しています。%1</translation>
    </message>
    <message>
        <source>Showing the jobs from %1.</source>
        <translation>%1 時点のジョブを表示しています。</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>ポーリング一時停止中</translation>
    </message>
    <message>
        <source>Polling stopped: sign-in needed</source>
        <translation>ポーリング停止: サインインが必要です</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>ネットワークを待機中</translation>
    </message>
    <message>
        <source>Server asked to wait; next try at %1</source>
        <translation>サーバーから待機を求められました。次回の試行: %1</translation>
    </message>
    <message>
        <source>Next try in %1</source>
        <translation>%1後に再試行</translation>
    </message>
    <message numerus="yes">
        <source>Following %n active job(s) every %1</source>
        <translation>
            <numerusform>%n 件のアクティブなジョブを %1ごとに追跡中</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new jobs every %1</source>
        <translation>%1ごとに新しいジョブを確認中</translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation>ジョブを読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1後</translation>
    </message>
</context>
<context>
    <name>WatchingNotifier</name>
    <message>
        <source>Jobs are not watched: the keychain could not be read</source>
        <translation>ジョブを監視していません: キーリングを読み取れませんでした</translation>
    </message>
    <message>
        <source>%1: sign in again to keep watching jobs</source>
        <translation>%1: ジョブの監視を続けるには、再度サインインしてください</translation>
    </message>
    <message>
        <source>%1: watching again</source>
        <translation>%1: 監視を再開しました</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished meanwhile</source>
        <translation>
            <numerusform>その間に %n 件のジョブが終了しました</numerusform>
        </translation>
    </message>
    <message>
        <source>No job finished meanwhile</source>
        <translation>その間に終了したジョブはありません</translation>
    </message>
    <message>
        <source>%1: no answer from Identity360 since %2</source>
        <translation>%1: %2 以降、Identity360 から応答がありません</translation>
    </message>
    <message>
        <source>%1: the access token probably expires at %2 — sign in to keep watching</source>
        <translation>%1: アクセストークンは %2 に期限切れになる見込みです。監視を続けるにはサインインしてください</translation>
    </message>
    <message>
        <source>A pasted access token cannot be renewed. Signing in with the browser or a Self Client code keeps the account watched without you.</source>
        <translation>貼り付けたアクセストークンは更新できません。ブラウザーまたは Self Client のコードでサインインすると、操作しなくてもアカウントの監視が続きます。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Watch your Identity360 jobs&lt;/h2&gt;&lt;p&gt;Add your Identity360 account to see every job as it runs, its per-entity results, and to be told when it ends. You need the OAuth client id from Zoho's API console.&lt;/p&gt;&lt;p&gt;Or try the demo first: it runs on sample jobs on this machine.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Identity360 のジョブを監視&lt;/h2&gt;&lt;p&gt;Identity360 アカウントを追加すると、実行中のジョブとオブジェクトごとの結果をすべて確認でき、ジョブが終了すると通知を受け取れます。Zoho の API コンソールで発行された OAuth クライアント ID が必要です。&lt;/p&gt;&lt;p&gt;まずはデモを試すこともできます。デモはこのコンピューター上のサンプルジョブで動作します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>アカウントの追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation>デモを試す(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ZohoAccounts</name>
    <message>
        <source>The code was not accepted: it has expired or was used already (a code lives 2 minutes, a Self Client code 3, and works once). Generate a new one and use it at once.</source>
        <translation>コードが受け付けられませんでした。有効期限が切れているか、既に使用されています（コードの有効期間は 2 分、Self Client のコードは 3 分で、1 回しか使用できません）。新しいコードを生成して、すぐに使用してください。</translation>
    </message>
    <message>
        <source>The accounts server does not know this client id with this secret. Check both in Zoho's API console, and that the data center is the one the client was registered in.</source>
        <translation>アカウントサーバーは、このクライアント ID とシークレットの組み合わせを認識していません。Zoho の API コンソールで両方を確認し、データセンターがクライアントを登録したものと一致していることも確認してください。</translation>
    </message>
    <message>
        <source>The client secret does not match the client id: copy it again from Zoho's API console.</source>
        <translation>クライアントシークレットがクライアント ID と一致しません。Zoho の API コンソールからもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The redirect URI is not registered for this client. Add http://127.0.0.1:PORT/ (the account's redirect port) to the client in Zoho's API console.</source>
        <translation>リダイレクト URI がこのクライアントに登録されていません。Zoho の API コンソールで、http://127.0.0.1:PORT/（アカウントのリダイレクトポート）をクライアントに追加してください。</translation>
    </message>
    <message>
        <source>The accounts server refused the scopes. Use id360.job.READ (and id360.job.DELETE to delete jobs), comma-separated.</source>
        <translation>アカウントサーバーがスコープを拒否しました。id360.job.READ（ジョブを削除する場合は id360.job.DELETE も）をカンマ区切りで指定してください。</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser. Sign in again and allow access.</source>
        <translation>ブラウザーでサインインが拒否されました。再度サインインして、アクセスを許可してください。</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid (it was revoked or has expired): sign in again.</source>
        <translation>サインインが無効になりました（取り消されたか、期限切れです）。再度サインインしてください。</translation>
    </message>
    <message>
        <source>Zoho refused to renew the access token: too many renewals in ten minutes. It will be tried again shortly.</source>
        <translation>Zoho がアクセストークンの更新を拒否しました（10 分間の更新回数が多すぎます）。しばらくすると再試行します。</translation>
    </message>
    <message>
        <source>The accounts server refused: %1.</source>
        <translation>アカウントサーバーが拒否しました: %1。</translation>
    </message>
    <message>
        <source>The accounts server refused: %1 (%2).</source>
        <translation>アカウントサーバーが拒否しました: %1（%2）。</translation>
    </message>
    <message>
        <source>The accounts server answered HTTP %1 without a usable answer.</source>
        <translation>アカウントサーバーが HTTP %1 を返しましたが、使用できる応答ではありませんでした。</translation>
    </message>
    <message>
        <source>The accounts server's answer holds no access token.</source>
        <translation>アカウントサーバーの応答にアクセストークンが含まれていません。</translation>
    </message>
    <message>
        <source>The accounts server gave no refresh token, so the app could not stay signed in. Sign in again with offline access (the browser sign-in and a Self Client code ask for it).</source>
        <translation>アカウントサーバーからリフレッシュトークンが返されなかったため、サインイン状態を維持できませんでした。オフラインアクセスを許可して再度サインインしてください（ブラウザーでのサインインと Self Client のコードは、オフラインアクセスを要求します）。</translation>
    </message>
    <message>
        <source>The accounts server %1 is not an https:// URL: nothing was sent there.</source>
        <translation>アカウントサーバー %1 は https:// の URL ではないため、何も送信していません。</translation>
    </message>
    <message>
        <source>The accounts server could not be reached: %1</source>
        <translation>アカウントサーバーに接続できませんでした: %1</translation>
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
        <translation>'%1' を試してください。</translation>
    </message>
    <message>
        <source>no display (DISPLAY and WAYLAND_DISPLAY are unset); run it headless with: scripts/headless-session %1</source>
        <translation>ディスプレイがありません (DISPLAY と WAYLAND_DISPLAY が未設定です)。画面なしで実行するには: scripts/headless-session %1</translation>
    </message>
    <message>
        <source>another id360-jobmon is running but did not answer within 15 seconds; end it (or wait for it) and start again.</source>
        <translation>別の id360-jobmon が実行中ですが、15 秒以内に応答しませんでした。そのプロセスを終了するか終了を待ってから、もう一度起動してください。</translation>
    </message>
    <message>
        <source>the demo server could not listen on 127.0.0.1</source>
        <translation>デモサーバーが 127.0.0.1 で待ち受けできませんでした</translation>
    </message>
</context>
</TS>