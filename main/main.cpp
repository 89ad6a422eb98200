// cloudcodes: the desktop application, and its headless commands (CommandLine decides which).
#include "ui/accounts/AccountPanel.h"
#include "ui/window/AppTheme.h"
#include "ui/window/MainWindow.h"
#include "app/settings/Preferences.h"
#include "main/ScreenshotScript.h"
#include "app/accounts/AccountStore.h"
#include "app/session/Session.h"
#include "app/session/SessionState.h"
#include "app/cli/CommandLine.h"
#include "app/cli/HistoryExportCommand.h"
#include "app/diff/LibGit2.h"
#include "app/emulator/demo/DemoAccounts.h"
#include "app/emulator/EmulatorThread.h"
#include "app/net/HttpLog.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <optional>
#include <thread>

#include <dlfcn.h>

#include <unistd.h>

namespace {

// Installs CloudCodes' own and Qt's translations for `language` ("zh_CN", "en") or, when empty,
// for the system's UI languages. English is the source language; its file holds only the plural
// forms ("%n commit(s)"), and a language without a file of its own (C, de, …) gets those.
void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale); // dates and sizes follow the chosen language too
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("cloudcodes"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("cloudcodes_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

// fontconfig reads its configuration (47 files here, 5 ms of XML) the first time any text is laid
// out, which is in the middle of building the window. Started on a thread of its own before
// QApplication is made, that reading runs beside Qt's start and the window's first widgets; Qt's
// own call then finds it done, or does it itself (fontconfig keeps whichever finishes first).
// Looked up, not linked: Qt's Linux platforms load fontconfig, and without it there is nothing to do.
class FontconfigWarmUp
{
public:
    FontconfigWarmUp()
    {
        using Init = int (*)();
        if (const auto init = reinterpret_cast<Init>(dlsym(RTLD_DEFAULT, "FcInit")))
            m_thread = std::thread(init);
    }
    ~FontconfigWarmUp()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(FontconfigWarmUp)

private:
    std::thread m_thread;
};

// Declared after what pool tasks point at (the cache, the repository, the clients) and before
// what starts them, so that it is destroyed in between: a task whose answer was delivered may
// still be letting go of what it captured when the event loop ends.
struct PoolTasksDone
{
    PoolTasksDone() = default;
    Q_DISABLE_COPY_MOVE(PoolTasksDone)
    ~PoolTasksDone() { QThreadPool::globalInstance()->waitForDone(); }
};

// Qt's HTTP reply warns "QNetworkReplyImplPrivate::error: Internal problem, this method must only
// be called once." (the text names QNetworkReplyImplPrivate for HTTP replies too) when a reply that
// has failed is told of a second failure from QNAM's HTTP thread: harmless, nothing is lost, and on
// the command line it broke the one line a failed export prints (seen under ASan, one run in three).
QtMessageHandler qtMessageHandler = nullptr;

void filterQtMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QNetworkReplyImplPrivate::error: Internal problem")))
        return;
    if (qtMessageHandler)
        qtMessageHandler(type, context, message);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// --demo: the local cloud on a free loopback port, and its accounts for this session only.
std::unique_ptr<EmulatorThread> startDemoCloud(const CommandLine &options, AccountStore &accounts)
{
    if (!options.demo)
        return nullptr;
    auto emulator = std::make_unique<EmulatorThread>();
    if (!emulator->startAndListen()) {
        qCritical("cloudcodes: the demo cloud could not listen on 127.0.0.1");
        return nullptr;
    }
    if (options.demoLatencyMs > 0) {
        FaultPlan plan;
        plan.latencyMs = options.demoLatencyMs;
        emulator->emulator()->setFaultPlan(plan);
    }
    for (const DemoAccount &d : DemoAccounts::make(QUrl(emulator->baseUrl())))
        accounts.addSessionAccount(d.account, d.secrets);
    return emulator;
}

// cloudcodes --export-history ROUTINE DIR, on a QCoreApplication: no window, no display.
int exportHistory(QCoreApplication &app, const CommandLine &options)
{
    HttpLog::enable(options.logHttp);
    LibGit2::functions(); // loaded on this thread, not the pool's (app/diff/LibGit2.h)
    // Owned here, in this order: the emulator outlives the session whose accounts point at it,
    // and pool tasks end before the session's objects they point at go.
    std::unique_ptr<EmulatorThread> emulator;
    Session session;
    const PoolTasksDone poolTasksDone;
    emulator = startDemoCloud(options, session.accounts());
    if (options.demo && !emulator)
        return HistoryExportCommand::Failed;
    HistoryExportCommand command(session.connections(), session.codeVersions());
    // Progress only for a person watching a terminal; scripts get the one line at the end.
    if (isatty(fileno(stderr))) {
        QObject::connect(&command, &HistoryExportCommand::progressed, &app, [](const QString &text) {
            err() << '\r' << text << "\x1b[K" << Qt::flush;
        });
    }
    QObject::connect(&command, &HistoryExportCommand::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    command.start(options.account, options.exportRoutine, options.exportFolder);
    const int code = app.exec();
    if (isatty(fileno(stderr)))
        err() << "\r\x1b[K" << Qt::flush;
    if (code == HistoryExportCommand::Succeeded)
        out() << command.message() << Qt::endl;
    else
        err() << QStringLiteral("cloudcodes: ") << command.message() << Qt::endl;
    return code;
}

int showWindow(QApplication &app, const CommandLine &options)
{
    HttpLog::enable(options.logHttp);

    // Owned here, in dependency order: the window is destroyed first, the session after the pool's
    // tasks are done, the emulator last.
    std::unique_ptr<EmulatorThread> emulator;
    Session session;
    AppTheme::apply(session.preferences().theme());
    const PoolTasksDone poolTasksDone;

    LibGit2::BackgroundLoad libgit2; // waited for after the window has gone

    emulator = startDemoCloud(options, session.accounts());
    if (options.demo && !emulator)
        return 1;
    MainWindow window(session);
    if (emulator)
        window.setDemoEndpoint(emulator->baseUrl());
    if (options.screenshot.isEmpty())
        window.restoreSession();
    window.show();
    // For the start-up benchmark: say so as soon as the window has been shown (zero timers run in
    // the order they were made), and leave after what follows the first frame.
    const bool exitWhenShown = qEnvironmentVariableIsSet("CLOUDCODES_EXIT_WHEN_SHOWN");
    if (exitWhenShown) {
        QTimer::singleShot(0, &app, [] {
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
        });
    }

    std::unique_ptr<ScreenshotScript> script;
    if (!options.screenshot.isEmpty())
        script = std::make_unique<ScreenshotScript>(window, options.screenshot, options.view);
    // The account of last time, else the first one, once the event loop runs: reading its secret
    // (the keychain) and listing what it holds are not for the first frame, nor is libgit2, which
    // only diffs, annotations and exports need: it loads on a thread of its own meanwhile.
    QTimer::singleShot(0, &window, [&window, &session, &script, &libgit2] {
        libgit2.start(); // first: before anything this starts could want a diff on the pool
        const AccountStore &accounts = session.accounts();
        if (!accounts.accounts().isEmpty()) {
            const QString last = session.state().lastAccountId();
            window.accountPanel()->selectAccount(accounts.account(last) ? last : accounts.accounts().constFirst().id);
        }
        if (script)
            script->start();
    });
    if (exitWhenShown)
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // The options decide which application object to make: only the window needs a display, so
    // --help, --version, a refused option and --export-history run on a QCoreApplication.
    qtMessageHandler = qInstallMessageHandler(filterQtMessages);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool window = CommandLine::parse(arguments, ScreenshotScript::views()).needsWindow();
    std::optional<FontconfigWarmUp> fontconfig;
    if (window)
        fontconfig.emplace();
    std::unique_ptr<QCoreApplication> app = window ? std::make_unique<QApplication>(argc, argv)
                                                   : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("CloudCodes"));
    QCoreApplication::setOrganizationName(QStringLiteral("CloudCodes"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOUDCODES_VERSION));
    if (window)
        QGuiApplication::setDesktopFileName(QStringLiteral("dev.cloudcodes.CloudCodes"));

    // --lang wins over the Preferences choice, which wins over the system's language.
    QString language = CommandLine::languageArgument(arguments);
    if (language.isEmpty()) {
        QSettings settings;
        language = Preferences(settings).language();
    }
    installTranslations(*app, language);

    // Again, now with the translations in: the same answer, in the user's language.
    const CommandLine options = CommandLine::parse(arguments, ScreenshotScript::views());
    switch (options.action()) {
    case CommandLine::Action::Help:
        out() << options.helpText() << Qt::flush;
        return 0;
    case CommandLine::Action::Version:
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    case CommandLine::Action::Refused:
        err() << QStringLiteral("cloudcodes: ") << options.error() << Qt::endl
              << QCoreApplication::translate("main", "Run “cloudcodes --help” to see the options.") << Qt::endl;
        return 2;
    case CommandLine::Action::ExportHistory:
        return exportHistory(*app, options);
    case CommandLine::Action::Window:
        break;
    }
    const int code = showWindow(static_cast<QApplication &>(*app), options);
    fontconfig.reset(); // joined while Qt's fonts are still there
    return code;
}
