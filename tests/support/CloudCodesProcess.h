// Test-only: the built cloudcodes binary run as a user's shell would run it, but with no display
// at all (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset: a QApplication could not start) and
// with its settings, cache and data in a scratch home. CLOUDCODES_BINARY is the binary's path
// ($<TARGET_FILE:cloudcodes>, from tests/CMakeLists.txt).
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#ifndef CLOUDCODES_BINARY
#error "CLOUDCODES_BINARY must name the cloudcodes executable"
#endif

struct CloudCodesProcess
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
    QString failure; // why it did not run to its end

    QStringList outLines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

    // `home` holds XDG_CONFIG_HOME (config/), XDG_CACHE_HOME (cache/) and XDG_DATA_HOME (data/).
    static QProcessEnvironment headless(const QString &home, bool keepSessionBus = false)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            env.remove(QString::fromLatin1(name));
        if (!keepSessionBus)
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
        for (const char *dir : {"/config", "/cache", "/data", "/runtime"})
            QDir().mkpath(home + QLatin1String(dir));
        QFile::setPermissions(home + QStringLiteral("/runtime"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return env;
    }

    static CloudCodesProcess run(const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 120000)
    {
        CloudCodesProcess r;
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(env.value(QStringLiteral("HOME")));
        p.start(QStringLiteral(CLOUDCODES_BINARY), args);
        if (!p.waitForStarted(30000)) {
            r.failure = QStringLiteral("cloudcodes did not start: %1").arg(p.errorString());
            return r;
        }
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished(5000);
            r.failure = QStringLiteral("cloudcodes %1 did not finish within %2 ms").arg(args.join(QLatin1Char(' '))).arg(timeoutMs);
        }
        r.crashed = p.exitStatus() != QProcess::NormalExit;
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // For QVERIFY2: everything about the run.
    QString describe() const
    {
        return QStringLiteral("exit %1%2%3\nstdout: %4\nstderr: %5")
                .arg(exitCode)
                .arg(crashed ? QStringLiteral(" (crashed)") : QString())
                .arg(failure.isEmpty() ? QString() : QStringLiteral(" — ") + failure, out, err);
    }
};
