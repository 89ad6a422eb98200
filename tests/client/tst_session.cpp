// The composition root (app/session/Session.h) with cloudcodes_core alone: the graph is built from
// one settings file and applies the preferences the app/ objects follow, and what the app remembers
// lives in that file, not in the user's settings (so nothing leaks between test cases either).
#include "app/net/HttpTransport.h"
#include "app/session/Session.h"
#include "app/session/SessionState.h"
#include "app/settings/Preferences.h"
#include "app/versions/CodeVersionCache.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void preferencesAreAppliedOnceAndFollowed();
    void explicitNetworkSettingsWin();
    void rememberedStateLivesInTheSessionsSettings();

private:
    Session::Options optionsIn(const QTemporaryDir &dir) const
    {
        Session::Options o;
        o.settingsFile = dir.filePath(QStringLiteral("s.conf"));
        o.cacheDirectory = dir.filePath(QStringLiteral("cache"));
        o.journalFile = dir.filePath(QStringLiteral("changes.jsonl"));
        o.secretsInMemoryOnly = true;
        return o;
    }
};

void TestSession::preferencesAreAppliedOnceAndFollowed()
{
    QTemporaryDir dir;
    {
        QSettings settings(dir.filePath(QStringLiteral("s.conf")), QSettings::IniFormat);
        Preferences p(settings);
        p.setRequestTimeoutSeconds(7);
        p.setCacheSizeMiB(32);
    }
    Session session(optionsIn(dir));
    QCOMPARE(session.transport().settings().timeoutMs, 7000);
    QCOMPARE(session.codeCache().maxBytes(), qint64(32) * 1024 * 1024);
    session.preferences().setRequestTimeoutSeconds(9);
    session.preferences().setCacheSizeMiB(64);
    QCOMPARE(session.transport().settings().timeoutMs, 9000);
    QCOMPARE(session.codeCache().maxBytes(), qint64(64) * 1024 * 1024);
}

void TestSession::explicitNetworkSettingsWin()
{
    QTemporaryDir dir;
    Session::Options o = optionsIn(dir);
    NetworkSettings network;
    network.timeoutMs = 1234;
    o.network = network;
    o.cacheBytes = 4096;
    Session session(o);
    session.preferences().setRequestTimeoutSeconds(30);
    session.preferences().setCacheSizeMiB(128);
    QCOMPARE(session.transport().settings().timeoutMs, 1234);
    QCOMPARE(session.codeCache().maxBytes(), qint64(4096));
}

void TestSession::rememberedStateLivesInTheSessionsSettings()
{
    QTemporaryDir dir;
    {
        Session session(optionsIn(dir));
        SessionState &state = session.state();
        state.setLastAccountId(QStringLiteral("acc-1"));
        state.setLastAccountId(QString()); // an empty choice does not forget the last one
        state.setLastRoutine(QStringLiteral("acc-1"), QStringLiteral("edge-gateway"));
        state.setLastInstance(QStringLiteral("hw-1"), QStringLiteral("inst"));
        state.setLastApp(QStringLiteral("hw-1"), QStringLiteral("app"));
        state.setHistoryExportFolder(dir.filePath(QStringLiteral("exports")));
        state.setViewState(QStringLiteral("geometry"), QByteArray("\x01\x02", 2));
        state.rotations().add(QStringLiteral("hw-1"), PendingRotation{QStringLiteral("inst"), QStringLiteral("app"), QStringLiteral("App"),
                                                                       QStringLiteral("old"), QStringLiteral("new"), QDateTime::currentDateTimeUtc()});
    }
    Session again(optionsIn(dir));
    const SessionState &state = again.state();
    QCOMPARE(state.lastAccountId(), QStringLiteral("acc-1"));
    QCOMPARE(state.lastRoutine(QStringLiteral("acc-1")), QStringLiteral("edge-gateway"));
    QCOMPARE(state.lastInstance(QStringLiteral("hw-1")), QStringLiteral("inst"));
    QCOMPARE(state.lastApp(QStringLiteral("hw-1")), QStringLiteral("app"));
    QCOMPARE(state.historyExportFolder(), dir.filePath(QStringLiteral("exports")));
    QCOMPARE(state.viewState(QStringLiteral("geometry")), QByteArray("\x01\x02", 2));
    QCOMPARE(again.state().rotations().pending(QStringLiteral("hw-1")).size(), 1);
    // The user's own settings (the application's default file) were never touched.
    QVERIFY(QSettings().allKeys().isEmpty());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
