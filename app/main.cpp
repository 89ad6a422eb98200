// cloudcodes: the desktop application.
#include "MainWindow.h"
#include "emulator/EmulatorThread.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CloudCodes"));
    QApplication::setOrganizationName(QStringLiteral("CloudCodes"));
    QApplication::setApplicationVersion(QStringLiteral(CLOUDCODES_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("cloudcodes"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "main", "See, compare and copy Alibaba Cloud ESA edge routines and Huawei Cloud APIG AppCodes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Start the built-in demo cloud on a free 127.0.0.1 port and use its demo accounts."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Render the main window to a PNG file and exit."),
                                        QStringLiteral("FILE"));
    parser.addOptions({demo, screenshot});
    parser.process(app);

    std::unique_ptr<EmulatorThread> emulator;
    MainWindow window;
    if (parser.isSet(demo)) {
        emulator = std::make_unique<EmulatorThread>();
        if (!emulator->startAndListen()) {
            qCritical("cloudcodes: the demo cloud could not listen on 127.0.0.1");
            return 1;
        }
        window.setDemoEndpoint(emulator->baseUrl());
    }
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(300, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
