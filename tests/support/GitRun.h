// Test-only: the git executable on a repository, with no user or system configuration, for tests
// that check what the history export wrote. git must be installed: a missing git fails the test.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

struct GitRun
{
    int exitCode = -1; // -1: git did not run
    QByteArray output; // standard output
    QString error;     // standard error, or why git did not run

    bool ok() const { return exitCode == 0; }
    QStringList lines() const { return QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

    static GitRun in(const QString &dir, const QStringList &args)
    {
        GitRun run;
        QProcess git;
        git.setWorkingDirectory(dir);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        git.setProcessEnvironment(env);
        git.start(QStringLiteral("git"), args);
        if (!git.waitForStarted(30000)) {
            run.error = QStringLiteral("git could not be started (%1); the test needs it on PATH").arg(git.errorString());
            return run;
        }
        if (!git.waitForFinished(120000) || git.exitStatus() != QProcess::NormalExit) {
            run.error = QStringLiteral("git %1 did not finish").arg(args.join(QLatin1Char(' ')));
            return run;
        }
        run.exitCode = git.exitCode();
        run.output = git.readAllStandardOutput();
        run.error = QString::fromLocal8Bit(git.readAllStandardError());
        return run;
    }
};
