// cloudcodes: the desktop application.
#include "AccountPanel.h"
#include "AppCodeBrowser.h"
#include "DiffView.h"
#include "apig/AppCodePager.h"
#include "AppTheme.h"
#include "MainWindow.h"
#include "settings/Preferences.h"
#include "RoutineBrowser.h"
#include "esa/CodeVersionListModel.h"
#include "accounts/AccountConnections.h"
#include "code/CodeVersionRepository.h"
#include "emulator/DemoAccounts.h"
#include "emulator/EmulatorThread.h"
#include "net/HttpLog.h"
#include "net/HttpTransport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
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
                                  QApplication::translate("main", "With --screenshot: what to show first (accounts, account-dialog, code, diff, appcodes, large)."),
                                  QStringLiteral("NAME"), QStringLiteral("accounts"));
    const QCommandLineOption logHttp(QStringLiteral("log-http"),
                                     QApplication::translate("main", "Log every HTTP request (method, URL, status, timing, headers with secrets redacted) to standard error."));
    parser.addOptions({demo, screenshot, view, lang, logHttp});
    parser.process(app);
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

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        const QString name = parser.value(view);
        int settle = 1500;
        if (name == QLatin1String("account-dialog"))
            window.accountPanel()->addAccount(Account::Cloud::Alibaba);
        if (name == QLatin1String("diff")) {
            // Neighbouring versions of the demo's 40-version routine, compared side by side.
            QTimer::singleShot(700, &window, [&window] { window.routineBrowser()->selectRoutine(QStringLiteral("edge-gateway")); });
            QTimer::singleShot(1400, &window, [&window] {
                RoutineBrowser *b = window.routineBrowser();
                window.compareVersions(b->refFor(b->versionModel()->version(2).codeVersion), b->refFor(b->versionModel()->version(1).codeVersion));
            });
            QTimer::singleShot(2200, &window, [&window] {
                if (auto *diff = qobject_cast<DiffView *>(window.tabs()->currentWidget()))
                    diff->nextChange();
            });
            settle = 2800;
        }
        if (name == QLatin1String("appcodes")) {
            // The Huawei demo account's big app, second page, a few rows selected.
            window.accountPanel()->selectAccount(QStringLiteral("demo-huawei-iam"));
            QTimer::singleShot(1800, &window, [&window] { window.appCodeBrowser()->pager()->next(); });
            settle = 2600;
        }
        if (name == QLatin1String("large")) {
            // The 8 MiB version open (for the memory benchmark).
            QTimer::singleShot(700, &window, [&window] { window.routineBrowser()->selectRoutine(QStringLiteral("search-index")); });
            QTimer::singleShot(1400, &window, [&window] {
                window.routineBrowser()->openVersion(window.routineBrowser()->versionModel()->version(0).codeVersion);
            });
            settle = 4000;
        }
        if (name == QLatin1String("code")) {
            // The demo's 40-version routine with its newest-but-one version open.
            QTimer::singleShot(700, &window, [&window] { window.routineBrowser()->selectRoutine(QStringLiteral("edge-gateway")); });
            QTimer::singleShot(1400, &window, [&window] {
                const QString version = window.routineBrowser()->versionModel()->version(1).codeVersion;
                window.routineBrowser()->openVersion(version);
            });
            settle = 2600;
        }
        // Give the demo cloud's answers time to arrive before the picture is taken.
        QTimer::singleShot(settle, &window, [&window, file] {
            QWidget *top = QApplication::activeModalWidget();
            const QList<QDialog *> dialogs = window.findChildren<QDialog *>();
            QWidget *target = !dialogs.isEmpty() && dialogs.constLast()->isVisible() ? dialogs.constLast() : top ? top : &window;
            const bool saved = target->grab().save(file, "PNG");
            QApplication::exit(saved ? 0 : 1);
        });
    }
    // For the start-up benchmark: leave as soon as the window has been shown.
    if (qEnvironmentVariableIsSet("CLOUDCODES_EXIT_WHEN_SHOWN"))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
