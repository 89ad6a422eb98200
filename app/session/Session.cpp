#include "app/session/Session.h"

#include "app/accounts/AccountConnections.h"
#include "app/accounts/AccountStore.h"
#include "app/accounts/SecretStore.h"
#include "app/changes/ChangeJournal.h"
#include "app/net/HttpTransport.h"
#include "app/session/SessionState.h"
#include "app/settings/Preferences.h"
#include "app/versions/CodeVersionCache.h"
#include "app/versions/CodeVersionRepository.h"

#include <QSettings>

Session::Session()
    : Session(Options{})
{
}

Session::Session(const Options &options)
    : m_options(options)
{
    m_settings = options.settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                                : std::make_unique<QSettings>(options.settingsFile, QSettings::IniFormat);
    m_preferences = std::make_unique<Preferences>(*m_settings);
    m_state = std::make_unique<SessionState>(*m_settings);
    m_secrets = std::make_unique<SecretStore>();
    m_secrets->setMemoryOnly(options.secretsInMemoryOnly);
    m_accounts = std::make_unique<AccountStore>(*m_settings, *m_secrets);
    m_transport = std::make_unique<HttpTransport>(options.network.value_or(NetworkSettings{}));
    m_connections = std::make_unique<AccountConnections>(*m_accounts, *m_transport);
    m_codeCache = options.cacheDirectory.isEmpty() ? std::make_unique<CodeVersionCache>()
                                                   : std::make_unique<CodeVersionCache>(options.cacheDirectory);
    m_codeVersions = std::make_unique<CodeVersionRepository>(*m_codeCache);
    applyPreferences();
}

// In reverse order of construction: what uses a thing goes before it.
Session::~Session()
{
    m_journal.reset();
    m_codeVersions.reset();
    m_codeCache.reset();
    m_connections.reset();
    m_transport.reset();
    m_accounts.reset();
    m_secrets.reset();
    m_state.reset();
    m_preferences.reset();
    m_settings.reset();
}

ChangeJournal &Session::journal()
{
    if (!m_journal)
        m_journal = std::make_unique<ChangeJournal>(m_options.journalFile);
    return *m_journal;
}

// The preferences that app/ objects follow, applied here once and again whenever they change;
// the window follows those that only widgets show (theme, clipboard, diff defaults).
void Session::applyPreferences()
{
    const auto applyNetwork = [this] {
        if (m_options.network)
            return;
        NetworkSettings s = m_transport->settings();
        s.timeoutMs = m_preferences->requestTimeoutSeconds() * 1000;
        m_transport->setSettings(s);
    };
    const auto applyCache = [this] {
        m_codeCache->setMaxBytes(m_options.cacheBytes ? *m_options.cacheBytes : qint64(m_preferences->cacheSizeMiB()) * 1024 * 1024);
    };
    applyNetwork();
    applyCache();
    QObject::connect(m_preferences.get(), &Preferences::networkChanged, m_preferences.get(), applyNetwork);
    QObject::connect(m_preferences.get(), &Preferences::cacheSizeChanged, m_preferences.get(), applyCache);
}
