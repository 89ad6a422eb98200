// Test-only: AppFixture and the main window on its Session, shown, as the app builds it.
#pragma once

#include "tests/support/AppFixture.h"
#include "ui/window/MainWindow.h"

#include <QTest>

struct WindowFixture : AppFixture
{
    std::unique_ptr<MainWindow> window;

    // Returns false (and the test should fail) if the emulator cannot listen or the window is not shown.
    bool start(bool demoAccounts, const NetworkSettings &network = {}, qint64 cacheBytes = 256 * 1024 * 1024)
    {
        if (!AppFixture::start(demoAccounts, network, cacheBytes))
            return false;
        window = std::make_unique<MainWindow>(*session);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    // The window before what it uses.
    void stop()
    {
        window.reset();
        AppFixture::stop();
    }
};
