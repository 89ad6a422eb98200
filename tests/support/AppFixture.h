// Test-only: the application as main/main.cpp builds it, without a window: the emulator on a free
// loopback port and a Session (app/session/Session.h) whose settings, cache and journal live in a
// temporary folder and whose secrets stay in memory; optionally the demo accounts. It links
// cloudcodes_core and the emulator only, so a test built on it shows that app/ works without ui/.
// GUI tests use WindowFixture, which adds the main window.
#pragma once

#include "app/accounts/AccountConnections.h"
#include "app/accounts/AccountStore.h"
#include "app/accounts/SecretStore.h"
#include "app/changes/ChangeJournal.h"
#include "app/emulator/CloudEmulator.h"
#include "app/emulator/demo/DemoAccounts.h"
#include "app/net/HttpTransport.h"
#include "app/session/Session.h"
#include "app/session/SessionState.h"
#include "app/versions/CodeVersionCache.h"
#include "app/versions/CodeVersionRepository.h"

#include <QSettings>
#include <QTemporaryDir>
#include <memory>

struct AppFixture
{
    std::unique_ptr<CloudEmulator> emulator;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Session> session;
    // The session's parts, for the tests' convenience; they live as long as the session.
    QSettings *settings = nullptr;
    SecretStore *secrets = nullptr;
    AccountStore *store = nullptr;
    HttpTransport *transport = nullptr;
    AccountConnections *connections = nullptr;
    CodeVersionCache *cache = nullptr;
    CodeVersionRepository *repository = nullptr;
    ChangeJournal *journal = nullptr;
    SessionState *state = nullptr;

    // Returns false (and the test should fail) if the emulator cannot listen.
    bool start(bool demoAccounts, const NetworkSettings &network = {}, qint64 cacheBytes = 256 * 1024 * 1024)
    {
        emulator = std::make_unique<CloudEmulator>();
        if (!emulator->listenOnLoopback(0))
            return false;
        dir = std::make_unique<QTemporaryDir>();
        Session::Options options;
        options.settingsFile = dir->filePath(QStringLiteral("c.conf"));
        options.cacheDirectory = dir->filePath(QStringLiteral("cache"));
        options.journalFile = dir->filePath(QStringLiteral("changes.jsonl"));
        options.secretsInMemoryOnly = true;
        options.network = network;
        options.cacheBytes = cacheBytes;
        session = std::make_unique<Session>(options);
        settings = &session->settings();
        secrets = &session->secrets();
        store = &session->accounts();
        transport = &session->transport();
        connections = &session->connections();
        cache = &session->codeCache();
        repository = &session->codeVersions();
        journal = &session->journal();
        state = &session->state();
        if (demoAccounts) {
            for (const DemoAccount &d : DemoAccounts::make(QUrl(emulator->baseUrl())))
                store->addSessionAccount(d.account, d.secrets);
        }
        return true;
    }

    // The session before the emulator its accounts point at.
    void stop()
    {
        settings = nullptr;
        secrets = nullptr;
        store = nullptr;
        transport = nullptr;
        connections = nullptr;
        cache = nullptr;
        repository = nullptr;
        journal = nullptr;
        state = nullptr;
        session.reset();
        dir.reset();
        emulator.reset();
    }
};
