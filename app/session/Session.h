// The one place CloudCodes' object graph is built, in dependency order, and torn down in reverse:
// settings (with the Preferences applied), the secret and account stores, the transport, the
// account connections, the code cache and repository, the change journal, and what the app
// remembers (SessionState). The window, the command line and the tests each build a Session;
// nothing else makes these objects.
#pragma once

#include "app/net/NetworkSettings.h"

#include <QString>

#include <memory>
#include <optional>

class AccountConnections;
class AccountStore;
class ChangeJournal;
class CodeVersionCache;
class CodeVersionRepository;
class HttpTransport;
class Preferences;
class QSettings;
class SecretStore;
class SessionState;

class Session
{
public:
    struct Options
    {
        // Empty: the user's settings, cache and data directory. A test names files of its own.
        QString settingsFile;
        QString cacheDirectory;
        QString journalFile;
        bool secretsInMemoryOnly = false; // no keychain (tests)
        // Instead of what the Preferences say (tests): the transport's settings, the cache's size.
        std::optional<NetworkSettings> network;
        std::optional<qint64> cacheBytes;
    };

    Session();
    explicit Session(const Options &options);
    ~Session();
    Q_DISABLE_COPY_MOVE(Session)

    QSettings &settings() const { return *m_settings; }
    Preferences &preferences() const { return *m_preferences; }
    SecretStore &secrets() const { return *m_secrets; }
    AccountStore &accounts() const { return *m_accounts; }
    HttpTransport &transport() const { return *m_transport; }
    AccountConnections &connections() const { return *m_connections; }
    CodeVersionCache &codeCache() const { return *m_codeCache; }
    CodeVersionRepository &codeVersions() const { return *m_codeVersions; }
    SessionState &state() const { return *m_state; }
    // Read from disk when first wanted: the command line never needs it, the window not for its first frame.
    ChangeJournal &journal();

private:
    void applyPreferences();

    Options m_options;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<SessionState> m_state;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<AccountConnections> m_connections;
    std::unique_ptr<CodeVersionCache> m_codeCache;
    std::unique_ptr<CodeVersionRepository> m_codeVersions;
    std::unique_ptr<ChangeJournal> m_journal;
};
