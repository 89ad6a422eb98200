// cloudcodes: the desktop application.
#include "AccountPanel.h"
#include "AppTheme.h"
#include "MainWindow.h"
#include "settings/Preferences.h"
#include "ScreenshotScript.h"
#include "accounts/AccountConnections.h"
#include "code/CodeVersionRepository.h"
#include "emulator/DemoAccounts.h"
#include "emulator/EmulatorThread.h"
#include "net/HttpLog.h"
#include "net/HttpTransport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <memory>

namespace {

// Installs CloudCodes' own and Qt's translations for `language` ("zh_CN", "en") or, when empty,
// for the system's UI languages. English is the source language and needs no file.
void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale); // dates and sizes follow the chosen language too
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("cloudcodes"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

// --lang is read before the parser runs so that --help is already translated.
QString languageArgument(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CloudCodes"));
    QApplication::setOrganizationName(QStringLiteral("CloudCodes"));
    QApplication::setApplicationVersion(QStringLiteral(CLOUDCODES_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dev.cloudcodes.CloudCodes"));

    // --lang wins over the Preferences choice, which wins over the system's language.
    QString language = languageArgument(QApplication::arguments());
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("preferences/language")).toString();
    installTranslations(app, language);

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
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("main", "User interface language: en or zh_CN (default: the system's)."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QApplication::translate("main", "With --screenshot: what to show first (accounts, account-dialog, code, diff, appcodes, large, deploy)."),
                                  QStringLiteral("NAME"), QStringLiteral("accounts"));
    const QCommandLineOption demoLatency(QStringLiteral("demo-latency"),
                                         QApplication::translate("main", "With --demo: add this delay to every answer of the demo cloud, to watch CloudCodes on a slow link."),
                                         QStringLiteral("MS"));
    const QCommandLineOption logHttp(QStringLiteral("log-http"),
                                     QApplication::translate("main", "Log every HTTP request (method, URL, status, timing, headers with secrets redacted) to standard error."));
    parser.addOptions({demo, demoLatency, screenshot, view, lang, logHttp});
    parser.process(app);
    int latencyMs = 0;
    if (parser.isSet(demoLatency)) {
        bool ok = false;
        latencyMs = parser.value(demoLatency).toInt(&ok);
        if (!ok || latencyMs < 0 || latencyMs > 600000 || !parser.isSet(demo)) {
            qCritical("%s", qPrintable(QApplication::translate("main", "cloudcodes: --demo-latency takes milliseconds from 0 to 600000, and needs --demo.")));
            return 2;
        }
    }
    HttpLog::enable(parser.isSet(logHttp));

    // Owned here, in dependency order: the window is destroyed first, the transport last.
    std::unique_ptr<EmulatorThread> emulator;
    QSettings settings;
    Preferences preferences(settings);
    AppTheme::apply(preferences.theme());
    SecretStore secrets;
    AccountStore accounts(settings, secrets);
    HttpTransport transport;
    AccountConnections connections(accounts, transport);
    CodeVersionCache codeCache;
    CodeVersionRepository codeVersions(codeCache);

    if (parser.isSet(demo)) {
        emulator = std::make_unique<EmulatorThread>();
        if (!emulator->startAndListen()) {
            qCritical("cloudcodes: the demo cloud could not listen on 127.0.0.1");
            return 1;
        }
        if (latencyMs > 0) {
            FaultPlan plan;
            plan.latencyMs = latencyMs;
            emulator->emulator()->setFaultPlan(plan);
        }
        for (const DemoAccount &d : DemoAccounts::make(QUrl(emulator->baseUrl())))
            accounts.addSessionAccount(d.account, d.secrets);
    }
    MainWindow window(connections, codeVersions);
    window.setPreferences(&preferences);
    if (emulator)
        window.setDemoEndpoint(emulator->baseUrl());
    if (!parser.isSet(screenshot))
        window.restoreSession();
    // The account of last time, else the first one.
    if (!accounts.accounts().isEmpty()) {
        const QString last = window.lastAccountId();
        window.accountPanel()->selectAccount(accounts.account(last) ? last : accounts.accounts().constFirst().id);
    }
    window.show();

    std::unique_ptr<ScreenshotScript> script;
    if (parser.isSet(screenshot)) {
        script = std::make_unique<ScreenshotScript>(window, parser.value(screenshot), parser.value(view));
        script->start();
    }
    // For the start-up benchmark: leave as soon as the window has been shown.
    if (qEnvironmentVariableIsSet("CLOUDCODES_EXIT_WHEN_SHOWN"))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
