// Test-only: the application's object graph as main.cpp builds it — emulator on a free loopback
// port, settings in a temporary file, an in-memory secret store, accounts, the network worker,
// the code cache — and optionally the demo accounts and the main window. One place, so every
// GUI and flow test builds (and tears down) the same thing in the same order.
#pragma once

#include "ui/window/MainWindow.h"
#include "app/accounts/AccountConnections.h"
#include "app/changes/ChangeJournal.h"
#include "app/versions/CodeVersionRepository.h"
#include "app/emulator/CloudEmulator.h"
#include "app/emulator/demo/DemoAccounts.h"
#include "app/net/HttpTransport.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

struct AppFixture
{
    std::unique_ptr<CloudEmulator> emulator;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<AccountStore> store;
    std::unique_ptr<HttpTransport> transport;
    std::unique_ptr<AccountConnections> connections;
    std::unique_ptr<CodeVersionCache> cache;
    std::unique_ptr<CodeVersionRepository> repository;
    std::unique_ptr<ChangeJournal> journal;
    std::unique_ptr<MainWindow> window;

    // Returns false (and the test should fail) if the emulator cannot listen.
    bool start(bool demoAccounts, bool withWindow, const NetworkSettings &network = {}, qint64 cacheBytes = 256 * 1024 * 1024)
    {
        emulator = std::make_unique<CloudEmulator>();
        if (!emulator->listenOnLoopback(0))
            return false;
        dir = std::make_unique<QTemporaryDir>();
        settings = std::make_unique<QSettings>(dir->filePath(QStringLiteral("c.conf")), QSettings::IniFormat);
        secrets = std::make_unique<SecretStore>();
        secrets->setMemoryOnly(true);
        store = std::make_unique<AccountStore>(*settings, *secrets);
        if (demoAccounts) {
            for (const DemoAccount &d : DemoAccounts::make(QUrl(emulator->baseUrl())))
                store->addSessionAccount(d.account, d.secrets);
        }
        transport = std::make_unique<HttpTransport>(network);
        connections = std::make_unique<AccountConnections>(*store, *transport);
        cache = std::make_unique<CodeVersionCache>(dir->filePath(QStringLiteral("cache")), cacheBytes);
        repository = std::make_unique<CodeVersionRepository>(*cache);
        journal = std::make_unique<ChangeJournal>(dir->filePath(QStringLiteral("changes.jsonl")));
        if (withWindow) {
            window = std::make_unique<MainWindow>(*connections, *repository, journal.get());
            window->show();
            return QTest::qWaitForWindowExposed(window.get());
        }
        return true;
    }

    // In reverse order of construction: the window before what it uses, the emulator last.
    void stop()
    {
        window.reset();
        journal.reset();
        repository.reset();
        cache.reset();
        connections.reset();
        transport.reset();
        store.reset();
        secrets.reset();
        settings.reset();
        dir.reset();
        emulator.reset();
    }
};
