// The command line of cloudcodes: its options, parsed and checked from the raw arguments before
// any application object exists, so main() can pick the application it needs — a QCoreApplication
// for --help, --version, a refused option and --export-history (no display needed), a
// QApplication only for the window. Parsing again once the translations are installed gives the
// same answer with translated texts (--help follows --lang).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Action {
        Window,        // the application's window
        Help,          // print helpText() and leave (0)
        Version,       // print the version and leave (0)
        ExportHistory, // the headless history export
        Refused,       // print error() and leave (2): a usage error
    };

    // `arguments` as main() got them, program name first. `views` are the --view names the
    // window knows (empty: any is taken). Qt's own window options (-platform, -style, …) are left
    // for QApplication and never refused.
    static CommandLine parse(const QStringList &arguments, const QStringList &views = {});
    // --lang's value, read without parsing (the translations go in before the parser's texts).
    static QString languageArgument(const QStringList &arguments);
    // What cloudcodes --help prints (an application object must exist: it names the program).
    QString helpText() const { return m_help; }

    Action action() const { return m_action; }
    bool needsWindow() const { return m_action == Action::Window; }
    QString error() const { return m_error; } // translated, when Refused

    bool demo = false;
    int demoLatencyMs = 0;
    QString screenshot; // --screenshot FILE
    QString view;       // --view NAME ("accounts" unless given)
    QString language;   // --lang LANG
    bool logHttp = false;
    QString account;       // --account NAME: display name or id
    QString exportRoutine; // --export-history ROUTINE
    QString exportFolder;  // … DIR

private:
    struct Options;

    static QStringList withoutQtWindowOptions(const QStringList &arguments);
    void readOptions(const QCommandLineParser &parser, const Options &options, const QStringList &views);
    void readExportOptions(const QCommandLineParser &parser, const Options &options, const QStringList &positional);
    void refuse(const QString &error);

    Action m_action = Action::Window;
    QString m_error;
    QString m_help;
};
