#include "app/cli/CommandLine.h"

#include <QCommandLineParser>
#include <QHash>

namespace {

// QGuiApplication's and QApplication's own options (also written with "--"), and whether they take
// a value: QApplication removes them from the arguments it is given, the parser never sees them.
const QHash<QString, bool> &qtWindowOptions()
{
    static const QHash<QString, bool> options{
            {QStringLiteral("platform"), true},        {QStringLiteral("platformpluginpath"), true},
            {QStringLiteral("platformtheme"), true},   {QStringLiteral("plugin"), true},
            {QStringLiteral("qwindowgeometry"), true}, {QStringLiteral("geometry"), true},
            {QStringLiteral("qwindowicon"), true},     {QStringLiteral("qwindowtitle"), true},
            {QStringLiteral("display"), true},         {QStringLiteral("session"), true},
            {QStringLiteral("style"), true},           {QStringLiteral("stylesheet"), true},
            {QStringLiteral("reverse"), false},        {QStringLiteral("widgetcount"), false},
            {QStringLiteral("nograb"), false},         {QStringLiteral("dograb"), false},
            {QStringLiteral("sync"), false},
    };
    return options;
}

} // namespace

QStringList CommandLine::withoutQtWindowOptions(const QStringList &arguments)
{
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (i == 0 || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("--")) {
            out << arg;
            continue;
        }
        QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
        const bool inlineValue = name.contains(QLatin1Char('='));
        name = name.section(QLatin1Char('='), 0, 0);
        if (name == QLatin1String("qmljsdebugger"))
            continue;
        const auto it = qtWindowOptions().constFind(name);
        if (it == qtWindowOptions().constEnd()) {
            out << arg;
            continue;
        }
        if (it.value() && !inlineValue)
            ++i; // its value
    }
    return out;
}

QString CommandLine::languageArgument(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    return {};
}

void CommandLine::refuse(const QString &error)
{
    if (m_action == Action::Refused)
        return; // the first problem is the one to fix first
    m_action = Action::Refused;
    m_error = error;
}

// cloudcodes' own options (the parser adds --help and --version).
struct CommandLine::Options
{
    explicit Options(const QStringList &views);
    void addTo(QCommandLineParser &parser) const;

    const QCommandLineOption demo;
    const QCommandLineOption screenshot;
    const QCommandLineOption lang;
    const QCommandLineOption view;
    const QCommandLineOption demoLatency;
    const QCommandLineOption logHttp;
    const QCommandLineOption exportHistory;
    const QCommandLineOption account;
};

CommandLine::Options::Options(const QStringList &views)
    : demo(QStringLiteral("demo"), tr("Start the built-in demo cloud on a free 127.0.0.1 port and use its demo accounts."))
    , screenshot(QStringLiteral("screenshot"), tr("Render the main window to a PNG file and exit."), QStringLiteral("FILE"))
    , lang(QStringLiteral("lang"), tr("User interface language: en or zh_CN (default: the system's)."), QStringLiteral("LANG"))
    , view(QStringLiteral("view"),
           tr("With --screenshot: what to show first (%1).")
                   .arg(views.isEmpty() ? QStringLiteral("accounts") : views.join(QStringLiteral(", "))),
           QStringLiteral("NAME"), QStringLiteral("accounts"))
    , demoLatency(QStringLiteral("demo-latency"),
                  tr("With --demo: add this delay to every answer of the demo cloud, to watch CloudCodes on a slow link."),
                  QStringLiteral("MS"))
    , logHttp(QStringLiteral("log-http"),
              tr("Log every HTTP request (method, URL, status, timing, headers with secrets redacted) to standard error."))
    , exportHistory(
              QStringLiteral("export-history"),
              tr("Export the history of the edge routine ROUTINE as a git repository into the folder DIR (new, empty, or written by "
                 "an earlier export), without a window, then leave: one commit per code version, tags for what production and "
                 "staging run. Needs --account, or --demo. Exit status 0 when it is done, 1 when it failed, 2 for a usage error."),
              QStringLiteral("ROUTINE"))
    , account(QStringLiteral("account"),
              tr("With --export-history: the saved Alibaba Cloud account to read from, by its name or id "
                 "(with --demo: a demo account; default the demo AccessKey account)."),
              QStringLiteral("NAME"))
{
}

void CommandLine::Options::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({demo, demoLatency, screenshot, view, lang, logHttp, exportHistory, account});
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("With --export-history: the folder to export into."), QStringLiteral("[DIR]"));
}

CommandLine CommandLine::parse(const QStringList &arguments, const QStringList &views)
{
    CommandLine cl;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("See, compare and copy Alibaba Cloud ESA edge routines and Huawei Cloud APIG AppCodes."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const Options options(views);
    options.addTo(parser);

    const bool parsed = parser.parse(withoutQtWindowOptions(arguments));
    // The program's name (and so the help) needs an application object; the first pass has none.
    if (QCoreApplication::instance())
        cl.m_help = parser.helpText();
    if (!parsed) {
        cl.refuse(parser.errorText());
        return cl;
    }
    // --help-all (Qt's own options too) gets the same help: those options are Qt's to document.
    if (parser.isSet(help) || parser.optionNames().contains(QStringLiteral("help-all"))) {
        cl.m_action = Action::Help;
        return cl;
    }
    if (parser.isSet(version)) {
        cl.m_action = Action::Version;
        return cl;
    }
    cl.readOptions(parser, options, views);
    return cl;
}

// The options' values, and whether they go together.
void CommandLine::readOptions(const QCommandLineParser &parser, const Options &options, const QStringList &views)
{
    demo = parser.isSet(options.demo);
    screenshot = parser.value(options.screenshot);
    view = parser.value(options.view);
    language = parser.value(options.lang);
    logHttp = parser.isSet(options.logHttp);
    account = parser.value(options.account);
    exportRoutine = parser.value(options.exportHistory);
    const QStringList positional = parser.positionalArguments();

    if (parser.isSet(options.demoLatency)) {
        bool ok = false;
        demoLatencyMs = parser.value(options.demoLatency).toInt(&ok);
        if (!ok || demoLatencyMs < 0 || demoLatencyMs > 600000 || !demo)
            refuse(tr("--demo-latency takes milliseconds from 0 to 600000, and needs --demo."));
    }
    if (parser.isSet(options.view)) {
        if (!parser.isSet(options.screenshot))
            refuse(tr("--view needs --screenshot."));
        else if (!views.isEmpty() && !views.contains(view))
            refuse(tr("--view takes one of: %1.").arg(views.join(QStringLiteral(", "))));
    }
    if (parser.isSet(options.screenshot) && screenshot.isEmpty())
        refuse(tr("--screenshot needs the name of the PNG file to write."));

    if (parser.isSet(options.exportHistory)) {
        readExportOptions(parser, options, positional);
        return;
    }
    if (parser.isSet(options.account))
        refuse(tr("--account is for --export-history."));
    if (!positional.isEmpty())
        refuse(tr("Unexpected argument: %1.").arg(positional.join(QLatin1Char(' '))));
}

// --export-history ROUTINE DIR and what it needs or refuses beside it.
void CommandLine::readExportOptions(const QCommandLineParser &parser, const Options &options, const QStringList &positional)
{
    if (exportRoutine.isEmpty())
        refuse(tr("--export-history needs the name of a routine."));
    if (positional.size() != 1 || positional.constFirst().isEmpty())
        refuse(positional.isEmpty() ? tr("--export-history needs the folder to export into: --export-history ROUTINE DIR.")
                                    : tr("--export-history takes one folder; also given: %1.").arg(positional.mid(1).join(QLatin1Char(' '))));
    else
        exportFolder = positional.constFirst();
    if (parser.isSet(options.screenshot))
        refuse(tr("--export-history runs without a window; it cannot be combined with --screenshot."));
    if (!demo && account.isEmpty())
        refuse(tr("--export-history needs --account NAME (a saved Alibaba Cloud account), or --demo."));
    if (parser.isSet(options.account) && account.isEmpty())
        refuse(tr("--account needs the name or id of an account."));
    if (m_action != Action::Refused)
        m_action = Action::ExportHistory;
}
