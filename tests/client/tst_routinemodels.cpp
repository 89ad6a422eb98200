// The routine and code-version models against the emulator: paging as the view scrolls, search,
// both version pages with badges, stale answers ignored; and the cross-version search finding a
// string in exactly the versions that contain it, cached ones without a request.
#include "tests/support/Await.h"
#include "app/versions/CodeVersionRepository.h"
#include "app/versions/VersionSearch.h"
#include "app/emulator/CloudEmulator.h"
#include "app/esa/CodeVersionListModel.h"
#include "app/esa/RoutineListModel.h"
#include "app/net/HttpTransport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestRoutineModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void routinesPageAsYouScroll();
    void routineSearch();
    void routineErrorThenRetry();
    void versionsWithBadges();
    void switchingRoutinesNeverMixes();
    void repositoryCachesAndDecodes();
    void repositoryDoesNotCacheMissingCode();
    void crossVersionSearchFindsExactlyTheVersions();
    void crossVersionSearchCancel();
    void crossVersionSearchBadPattern();
    void findMatchesLines();

private:
    std::shared_ptr<EsaClient> client()
    {
        return std::make_shared<EsaClient>(*m_transport, QUrl(m_emulator->baseUrl()),
                                           AlibabaCredentials{QLatin1String(DemoData::AlibabaAccessKeyId), QLatin1String(DemoData::AlibabaAccessKeySecret), {}});
    }
    static QSet<QString> versionsContaining(const QString &routine, const QByteArray &needle)
    {
        QSet<QString> out;
        for (const DemoCodeVersion &v : DemoData::instance().routine(routine)->versions) {
            if (DemoData::instance().code(v).contains(needle))
                out.insert(v.codeVersion);
        }
        return out;
    }

    std::unique_ptr<CloudEmulator> m_emulator;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<QTemporaryDir> m_cacheDir;
    std::unique_ptr<CodeVersionCache> m_cache;
    std::unique_ptr<CodeVersionRepository> m_repository;
};

void TestRoutineModels::init()
{
    m_emulator = std::make_unique<CloudEmulator>();
    QVERIFY(m_emulator->listenOnLoopback(0));
    m_transport = std::make_unique<HttpTransport>();
    m_cacheDir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<CodeVersionCache>(m_cacheDir->path());
    m_repository = std::make_unique<CodeVersionRepository>(*m_cache);
}

void TestRoutineModels::cleanup()
{
    m_repository.reset();
    m_cache.reset();
    m_cacheDir.reset();
    m_transport.reset();
    m_emulator.reset();
}

void TestRoutineModels::routinesPageAsYouScroll()
{
    RoutineListModel model;
    QCOMPARE(model.state(), LoadState::Idle);
    QVERIFY(!model.canFetchMore());
    // Small pages make paging visible with 14 routines: use the emulator's PageSize via the client.
    model.setClient(client());
    QCOMPARE(model.state(), LoadState::Loading);
    QTRY_COMPARE(model.state(), LoadState::Ready);
    QCOMPARE(model.totalCount(), DemoData::RoutineCount);
    QCOMPARE(model.rowCount(), DemoData::RoutineCount); // one page of 20 holds them all
    QVERIFY(!model.canFetchMore());
    QCOMPARE(model.data(model.index(0, RoutineListModel::NameColumn)).toString(), QStringLiteral("header-rewrite")); // newest first
    QVERIFY(!model.data(model.index(0, RoutineListModel::DescriptionColumn)).toString().isEmpty());
    QVERIFY(model.data(model.index(0, RoutineListModel::CreatedColumn), Qt::ToolTipRole).toString().contains(QStringLiteral("ago")));
    QCOMPARE(m_emulator->requestCount(QStringLiteral("ListUserRoutines")), 1);
}

void TestRoutineModels::routineSearch()
{
    RoutineListModel model;
    model.setClient(client());
    QTRY_COMPARE(model.state(), LoadState::Ready);
    model.setSearchKeyword(QStringLiteral("gateway"));
    QCOMPARE(model.rowCount(), 0); // reset at once: no stale rows while searching
    QTRY_COMPARE(model.state(), LoadState::Ready);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.routine(0).name, QLatin1String(DemoData::EdgeRoutineName));
    model.setSearchKeyword(QStringLiteral("nothing-matches-this"));
    QTRY_COMPARE(model.state(), LoadState::Empty);
    QCOMPARE(model.rowCount(), 0);
}

void TestRoutineModels::routineErrorThenRetry()
{
    m_emulator->forceFault(FaultKind::InvalidJson);
    RoutineListModel model;
    model.setClient(client());
    QTRY_COMPARE(model.state(), LoadState::Failed);
    QCOMPARE(model.error().kind, ApiError::Kind::InvalidJson);
    model.refresh();
    QTRY_COMPARE(model.state(), LoadState::Ready);
    QCOMPARE(model.rowCount(), DemoData::RoutineCount);
}

void TestRoutineModels::versionsWithBadges()
{
    CodeVersionListModel model;
    model.setRoutine(client(), QLatin1String(DemoData::EdgeRoutineName));
    QTRY_COMPARE(model.state(), LoadState::Ready);
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("ListRoutineCodeVersions")), 2);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("GetRoutine")), 1);
    const DemoRoutine *demo = DemoData::instance().routine(QLatin1String(DemoData::EdgeRoutineName));
    QCOMPARE(model.version(0).codeVersion, demo->versions.last().codeVersion);
    QCOMPARE(model.badges(0), (QStringList{QStringLiteral("production 10%"), QStringLiteral("staging")}));
    QCOMPARE(model.data(model.index(1, CodeVersionListModel::DeployedColumn)).toString(), QStringLiteral("production 90%"));
    QVERIFY(model.badges(5).isEmpty());
    QCOMPARE(model.productionVersion(), demo->versions.at(38).codeVersion);
    QCOMPARE(model.previousVersion(demo->versions.at(10).codeVersion), demo->versions.at(9).codeVersion);
    QCOMPARE(model.allVersions().size(), 40);
}

void TestRoutineModels::switchingRoutinesNeverMixes()
{
    FaultPlan slow;
    slow.latencyMs = 150;
    m_emulator->setFaultPlan(slow);
    CodeVersionListModel model;
    auto c = client();
    model.setRoutine(c, QLatin1String(DemoData::EdgeRoutineName));
    model.setRoutine(c, QStringLiteral("config-service")); // before the first answers arrive
    QTRY_COMPARE(model.state(), LoadState::Ready);
    // One more call through the same (slow) wire: by its answer, any late one for edge-gateway is in.
    QVERIFY(awaitResult(c->getRoutineUserInfo()).ok());
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.routineName(), QStringLiteral("config-service"));
}

void TestRoutineModels::repositoryCachesAndDecodes()
{
    const DemoRoutine *demo = DemoData::instance().routine(QLatin1String(DemoData::EdgeRoutineName));
    const DemoCodeVersion &v = demo->versions.at(12);
    auto c = client();
    const auto first = awaitResult(m_repository->open(c, QStringLiteral("acct"), demo->name, v.codeVersion));
    QVERIFY2(first.ok(), qPrintable(first.error().summary()));
    QVERIFY(!first.value().fromCache);
    QCOMPARE(first.value().code.bytes, DemoData::instance().code(v));
    QCOMPARE(first.value().code.kind, DecodedCode::Kind::JavaScript);
    QCOMPARE(first.value().description, v.description);
    QVERIFY(!first.value().requestId.isEmpty());
    QCOMPARE(m_emulator->requestCount(QStringLiteral("GetRoutineCodeVersion")), 1);
    const auto again = awaitResult(m_repository->open(c, QStringLiteral("acct"), demo->name, v.codeVersion));
    QVERIFY(again.ok());
    QVERIFY(again.value().fromCache);
    QCOMPARE(again.value().code.sha256, first.value().code.sha256);
    QCOMPARE(again.value().requestId, first.value().requestId);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("GetRoutineCodeVersion")), 1); // no request
    // Another account is another cache entry.
    QVERIFY(!awaitResult(m_repository->open(c, QStringLiteral("other"), demo->name, v.codeVersion)).value().fromCache);
}

void TestRoutineModels::repositoryDoesNotCacheMissingCode()
{
    const DemoRoutine *demo = DemoData::instance().routine(QLatin1String(DemoData::MissingCodeRoutineName));
    const QString version = demo->versions.last().codeVersion;
    const auto r = awaitResult(m_repository->open(client(), QStringLiteral("acct"), demo->name, version));
    QVERIFY(r.ok());
    QCOMPARE(r.value().code.kind, DecodedCode::Kind::StorageError);
    QCOMPARE(r.value().code.storageErrorCode, QStringLiteral("NoSuchKey"));
    QVERIFY(!awaitResult(m_repository->open(client(), QStringLiteral("acct"), demo->name, version)).value().fromCache);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("GetRoutineCodeVersion")), 2);
}

void TestRoutineModels::crossVersionSearchFindsExactlyTheVersions()
{
    const QString routine = QLatin1String(DemoData::EdgeRoutineName);
    const QSet<QString> expected = versionsContaining(routine, "__edge/info");
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < 40);
    QStringList all;
    for (const DemoCodeVersion &v : DemoData::instance().routine(routine)->versions)
        all.prepend(v.codeVersion);
    // Two versions are already cached: they are searched without a request.
    auto c = client();
    QVERIFY(awaitResult(m_repository->open(c, QStringLiteral("acct"), routine, all.at(0))).ok());
    QVERIFY(awaitResult(m_repository->open(c, QStringLiteral("acct"), routine, all.at(1))).ok());
    m_emulator->resetCounters();

    VersionSearch search(*m_repository);
    QSignalSpy finished(&search, &VersionSearch::finished);
    QSet<QString> found;
    int cachedHits = 0;
    connect(&search, &VersionSearch::versionSearched, this, [&](const QString &v, const QList<VersionMatch> &m, bool fromCache) {
        if (!m.isEmpty())
            found.insert(v);
        cachedHits += fromCache;
        for (const VersionMatch &match : m)
            QVERIFY(match.snippet.contains(QStringLiteral("__edge/info")));
    });
    QVERIFY(search.start(c, QStringLiteral("acct"), routine, all, QStringLiteral("__edge/info"), false, true));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(found, expected);
    QCOMPARE(cachedHits, 2);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("GetRoutineCodeVersion")), 38);
}

void TestRoutineModels::crossVersionSearchCancel()
{
    FaultPlan slow;
    slow.latencyMs = 100;
    m_emulator->setFaultPlan(slow);
    const QString routine = QLatin1String(DemoData::EdgeRoutineName);
    QStringList all;
    for (const DemoCodeVersion &v : DemoData::instance().routine(routine)->versions)
        all << v.codeVersion;
    VersionSearch search(*m_repository);
    QSignalSpy finished(&search, &VersionSearch::finished);
    QSignalSpy progress(&search, &VersionSearch::progress);
    QVERIFY(search.start(client(), QStringLiteral("acct"), routine, all, QStringLiteral("fetch"), false, false));
    QTRY_VERIFY(progress.count() >= 2); // some answers arrived
    search.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    const int seen = m_emulator->requestCount(QStringLiteral("GetRoutineCodeVersion"));
    QVERIFY(awaitResult(client()->getRoutineUserInfo()).ok()); // a full round trip later...
    QCOMPARE(finished.count(), 1);                             // ...nothing more was reported
    QVERIFY(m_emulator->requestCount(QStringLiteral("GetRoutineCodeVersion")) <= seen + VersionSearch::MaxConcurrent);
    QVERIFY(seen < 40);
    QVERIFY(!search.isRunning());
}

void TestRoutineModels::crossVersionSearchBadPattern()
{
    VersionSearch search(*m_repository);
    QVERIFY(!search.start(client(), QStringLiteral("acct"), QStringLiteral("r"), {QStringLiteral("1")}, QStringLiteral("(unclosed"), true, false));
    QVERIFY(!search.patternError().isEmpty());
    QVERIFY(!search.start(client(), QStringLiteral("acct"), QStringLiteral("r"), {QStringLiteral("1")}, QString(), false, false));
}

void TestRoutineModels::findMatchesLines()
{
    const QString text = QStringLiteral("alpha\nbeta gamma beta\n\nBETA");
    const auto m = VersionSearch::findMatches(QStringLiteral("v"), text, QRegularExpression(QStringLiteral("beta"), QRegularExpression::CaseInsensitiveOption));
    QCOMPARE(m.size(), 3);
    QCOMPARE(m.at(0).line, 2);
    QCOMPARE(m.at(0).column, 0);
    QCOMPARE(m.at(1).column, 11);
    QCOMPARE(m.at(2).line, 4);
    QCOMPARE(VersionSearch::findMatches(QStringLiteral("v"), text, QRegularExpression(QStringLiteral("x*"))).size(), 0);
}

QTEST_GUILESS_MAIN(TestRoutineModels)
#include "tst_routinemodels.moc"
