// The history's app objects against the emulator, without widgets: HistoryLoader (every version,
// oldest first, byte for byte; never more than four downloads in flight; cached versions read,
// not fetched; cancel aborts on the wire and nothing arrives after; a failed version fails the
// load and a second load fetches only what is missing), RoutineAnnotation (the annotation equals
// the pure Annotator's over the emulator's versions, computed on the pool; only versions up to
// the target load; a newer start wins) and RoutineHistoryExport (the 40 versions as commits with
// their tags; cancel while loading leaves the folder untouched; cancel while writing leaves a
// valid repository that a second export completes; a refused folder fails with the reason).
#include "tests/support/AppFixture.h"
#include "tests/support/Await.h"
#include "tests/support/GitRun.h"
#include "app/decode/RoutineCodeDecoder.h"
#include "app/history/Annotator.h"
#include "app/history/HistoryLoader.h"
#include "app/history/RoutineAnnotation.h"
#include "app/history/RoutineHistoryExport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

namespace {
const QString Edge = QString::fromLatin1(DemoData::EdgeRoutineName);
const QString DemoAccountId = QStringLiteral("demo-alibaba-ak");

const DemoRoutine &edge()
{
    return *DemoData::instance().routine(Edge);
}

// The routine's history straight from the demo data, decoded as the app decodes it.
QList<HistoryVersion> demoHistory(int upTo = -1)
{
    QList<HistoryVersion> out;
    const DemoRoutine &r = edge();
    for (int i = 0; i < r.versions.size() && (upTo < 0 || i <= upTo); ++i) {
        const DemoCodeVersion &v = r.versions.at(i);
        const DecodedCode code = RoutineCodeDecoder::decode(DemoData::instance().routineCode(v));
        HistoryVersion h;
        h.codeVersion = v.codeVersion;
        h.createTime = v.createTime.toUTC();
        h.kind = code.kind;
        h.bytes = code.bytes;
        out.append(h);
    }
    return out;
}
} // namespace

class TestHistoryJobs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsEveryVersionOldestFirst();
    void neverMoreThanFourInFlight();
    void cachedVersionsAreNotFetched();
    void cancelAbortsOnTheWire();
    void aFailedVersionFailsTheLoad();
    void annotationEqualsTheAnnotatorsOnThePool();
    void annotationLoadsOnlyUpToItsVersion();
    void newerAnnotationWins();
    void exportWritesTheHistory();
    void cancelWhileLoadingLeavesTheFolderAlone();
    void cancelWhileWritingLeavesAValidRepository();
    void refusedFolderFails();
    void summaries();
    void anEmptyLoadFinishesOnlyAfterStart();

private:
    QList<CodeVersion> listed()
    {
        const ApiResult<RoutineSnapshot> r = awaitResult(RoutineSnapshot::read(m_client, Edge));
        return r.ok() ? r.value().versions : QList<CodeVersion>();
    }
    void slowDown(int ms)
    {
        FaultPlan plan;
        plan.latencyMs = ms;
        m_app.emulator->setFaultPlan(plan);
    }
    int fetches() const { return m_app.emulator->requestCount(QStringLiteral("GetRoutineCodeVersion")); }
    VersionRef ref(int index) const { return VersionRef{DemoAccountId, m_client, Edge, edge().versions.at(index).codeVersion}; }
    RoutineHistoryExport::Target target(const QString &folder) const
    {
        return RoutineHistoryExport::Target{m_client, DemoAccountId, QStringLiteral("Demo"), Edge, folder};
    }

    AppFixture m_app;
    std::shared_ptr<EsaClient> m_client;
};

void TestHistoryJobs::init()
{
    QVERIFY(m_app.start(true));
    m_app.connections->esaClient(DemoAccountId, [this](std::shared_ptr<EsaClient> c, std::optional<ApiError>) { m_client = std::move(c); });
    QTRY_VERIFY(m_client);
}

void TestHistoryJobs::cleanup()
{
    m_client.reset();
    m_app.stop();
}

void TestHistoryJobs::loadsEveryVersionOldestFirst()
{
    QList<CodeVersion> versions = listed();
    QCOMPARE(versions.size(), 40);
    std::reverse(versions.begin(), versions.end()); // any order will do
    std::swap(versions[3], versions[17]);
    m_app.emulator->resetCounters();
    HistoryLoader loader(*m_app.repository);
    QSignalSpy progress(&loader, &HistoryLoader::progress);
    QSignalSpy finished(&loader, &HistoryLoader::finished);
    QSignalSpy failed(&loader, &HistoryLoader::failed);
    loader.start(m_client, DemoAccountId, Edge, versions);
    QVERIFY(loader.isRunning());
    QVERIFY(finished.wait(30000));
    QCOMPARE(failed.size(), 0);
    QVERIFY(!loader.isRunning());
    QCOMPARE(loader.total(), 40);
    QCOMPARE(loader.done(), 40);
    QCOMPARE(loader.downloaded(), 40);
    QCOMPARE(fetches(), 40);
    // 0 of 40 first, then one step per version; the last step is finished() itself.
    QCOMPARE(progress.size(), 40);
    for (int i = 0; i < progress.size(); ++i)
        QCOMPARE(progress.at(i).at(0).toInt(), i);
    const QList<HistoryVersion> expected = demoHistory();
    QCOMPARE(loader.versions().size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(loader.versions().at(i).codeVersion, expected.at(i).codeVersion);
        QCOMPARE(loader.versions().at(i).bytes, DemoData::instance().code(edge().versions.at(i)));
        QCOMPARE(loader.versions().at(i).description, edge().versions.at(i).description);
    }
}

void TestHistoryJobs::neverMoreThanFourInFlight()
{
    const QList<CodeVersion> versions = listed();
    slowDown(120);
    m_app.emulator->resetCounters();
    HistoryLoader loader(*m_app.repository);
    QSignalSpy finished(&loader, &HistoryLoader::finished);
    loader.start(m_client, DemoAccountId, Edge, versions);
    QVERIFY(finished.wait(60000));
    QCOMPARE(fetches(), 40);
    // Four at once (the network would allow six per host), and never a fifth.
    QCOMPARE(m_app.emulator->maxInFlight(), 4);
    QCOMPARE(m_app.emulator->abandonedCount(), 0);
}

void TestHistoryJobs::cachedVersionsAreNotFetched()
{
    const QList<CodeVersion> versions = listed();
    // Ten versions opened before (as the code view does): they are in the cache now.
    QStringList cached;
    for (int i = 0; i < 40; i += 4) {
        QVERIFY(awaitResult(m_app.repository->open(ref(i))).ok());
        cached << ref(i).codeVersion;
    }
    m_app.emulator->resetCounters();
    HistoryLoader loader(*m_app.repository);
    QSignalSpy finished(&loader, &HistoryLoader::finished);
    loader.start(m_client, DemoAccountId, Edge, versions);
    QCOMPARE(loader.expectedFromCache(), 10);
    QVERIFY(finished.wait(30000));
    QCOMPARE(loader.fromCache(), 10);
    QCOMPARE(loader.downloaded(), 30);
    QCOMPARE(fetches(), 30);
    QCOMPARE(loader.versions().size(), 40);
    for (int i = 0; i < 40; ++i)
        QCOMPARE(loader.versions().at(i).bytes, DemoData::instance().code(edge().versions.at(i)));

    // Everything is cached now: a second load asks nothing.
    m_app.emulator->resetCounters();
    loader.start(m_client, DemoAccountId, Edge, versions);
    QVERIFY(finished.wait(30000));
    QCOMPARE(loader.fromCache(), 40);
    QCOMPARE(m_app.emulator->totalRequests(), 0);
}

void TestHistoryJobs::cancelAbortsOnTheWire()
{
    const QList<CodeVersion> versions = listed();
    slowDown(600);
    m_app.emulator->resetCounters();
    HistoryLoader loader(*m_app.repository);
    QSignalSpy progress(&loader, &HistoryLoader::progress);
    QSignalSpy finished(&loader, &HistoryLoader::finished);
    QSignalSpy failed(&loader, &HistoryLoader::failed);
    loader.start(m_client, DemoAccountId, Edge, versions);
    QTRY_COMPARE(m_app.emulator->inFlightCount(), 4); // on the wire, their answers held back
    loader.cancel();
    QVERIFY(!loader.isRunning());
    // All four hang up before the emulator answers, and nothing else is asked.
    QTRY_COMPARE_WITH_TIMEOUT(m_app.emulator->abandonedCount(), 4, 5000);
    QCOMPARE(m_app.emulator->answeredCount(), 0);
    QCOMPARE(fetches(), 4);
    // A full round trip later, no late answer has arrived.
    QVERIFY(awaitResult(m_client->getRoutine(Edge)).ok());
    QCOMPARE(progress.size(), 1); // "0 of 40", from start()
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(loader.done(), 0);
}

void TestHistoryJobs::aFailedVersionFailsTheLoad()
{
    const QList<CodeVersion> versions = listed();
    m_app.emulator->resetCounters();
    m_app.emulator->forceFaultFor(QStringLiteral("GetRoutineCodeVersion"), FaultKind::InvalidJson, 1);
    HistoryLoader loader(*m_app.repository);
    QSignalSpy finished(&loader, &HistoryLoader::finished);
    QSignalSpy failed(&loader, &HistoryLoader::failed);
    loader.start(m_client, DemoAccountId, Edge, versions);
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.size(), 1);
    const QString failedVersion = failed.first().at(0).toString();
    QVERIFY(std::any_of(versions.cbegin(), versions.cend(), [&](const CodeVersion &v) { return v.codeVersion == failedVersion; }));
    QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::InvalidJson);
    QCOMPARE(loader.error().kind, ApiError::Kind::InvalidJson);
    QVERIFY(!loader.isRunning());
    QVERIFY(loader.versions().isEmpty());
    QVERIFY(fetches() < 40); // the rest was never asked

    // What loaded before the failure is cached: the second load fetches only the others. (The
    // downloads the failure aborted may still reach the emulator: a round trip lets them land.)
    QVERIFY(awaitResult(m_client->getRoutine(Edge)).ok());
    QTRY_COMPARE(m_app.emulator->inFlightCount(), 0);
    QThreadPool::globalInstance()->waitForDone(); // a download decoded as it was dropped is still cached
    int cached = 0;
    for (const CodeVersion &v : versions)
        cached += m_app.cache->contains(CodeVersionRepository::keyFor(*m_client, DemoAccountId, Edge, v.codeVersion)) ? 1 : 0;
    m_app.emulator->resetCounters();
    loader.start(m_client, DemoAccountId, Edge, versions);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(loader.fromCache(), cached);
    QCOMPARE(loader.downloaded(), 40 - cached);
    QCOMPARE(fetches(), 40 - cached);
    QCOMPARE(loader.versions().size(), 40);
}

void TestHistoryJobs::annotationEqualsTheAnnotatorsOnThePool()
{
    const QList<CodeVersion> versions = listed();
    RoutineAnnotation annotation(*m_app.repository);
    QSignalSpy annotated(&annotation, &RoutineAnnotation::annotated);
    QList<RoutineAnnotation::State> states;
    connect(&annotation, &RoutineAnnotation::stateChanged, this, [&states](RoutineAnnotation::State s) { states << s; });
    // When the last version is in, the work goes to the pool: nothing is computed in that handler.
    bool handedToThePool = false;
    connect(annotation.loader(), &HistoryLoader::finished, this, [&] {
        handedToThePool = annotation.state() == RoutineAnnotation::State::Annotating && annotation.annotation().lines.isEmpty();
    });
    annotation.start(ref(39), versions);
    QCOMPARE(annotation.state(), RoutineAnnotation::State::Loading);
    QVERIFY(annotation.isFor(ref(39)));
    QVERIFY(annotated.wait(30000));
    QVERIFY(handedToThePool);
    QCOMPARE(states, (QList<RoutineAnnotation::State>{RoutineAnnotation::State::Loading, RoutineAnnotation::State::Annotating,
                                                      RoutineAnnotation::State::Ready}));
    const Annotation expected = Annotator::annotate(demoHistory());
    const Annotation &got = annotation.annotation();
    QCOMPARE(got.status, Annotation::Status::Annotated);
    QVERIFY(got.lines.size() > 100);
    QCOMPARE(got.lines, expected.lines);
    QCOMPARE(got.versions.size(), 40);
    for (int i = 0; i < 40; ++i) {
        QCOMPARE(got.versions.at(i).codeVersion, edge().versions.at(i).codeVersion);
        QCOMPARE(got.versions.at(i).description, edge().versions.at(i).description);
        QCOMPARE(got.versions.at(i).introducedLines, expected.versions.at(i).introducedLines);
    }
    QCOMPARE(annotated.first().first().value<Annotation>().lines, expected.lines);
    QVERIFY(annotation.elapsedMs() >= annotation.annotateMs());
}

void TestHistoryJobs::annotationLoadsOnlyUpToItsVersion()
{
    const QList<CodeVersion> versions = listed();
    m_app.emulator->resetCounters();
    RoutineAnnotation annotation(*m_app.repository);
    QSignalSpy annotated(&annotation, &RoutineAnnotation::annotated);
    annotation.start(ref(9), versions);
    QVERIFY(annotated.wait(30000));
    QCOMPARE(fetches(), 10);
    QCOMPARE(annotation.annotation().versions.size(), 10);
    QCOMPARE(annotation.annotation().lines, Annotator::annotate(demoHistory(9)).lines);
    // The same version again: nothing new.
    annotation.start(ref(9), versions);
    QCOMPARE(annotation.state(), RoutineAnnotation::State::Ready);
    QCOMPARE(fetches(), 10);
    // A version that is not the routine's fails at once.
    VersionRef stranger = ref(9);
    stranger.codeVersion = QStringLiteral("1000000000000000000");
    QSignalSpy failed(&annotation, &RoutineAnnotation::failed);
    annotation.start(stranger, versions);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(annotation.state(), RoutineAnnotation::State::Failed);
    QCOMPARE(fetches(), 10);
}

void TestHistoryJobs::newerAnnotationWins()
{
    const QList<CodeVersion> versions = listed();
    slowDown(400);
    m_app.emulator->resetCounters();
    RoutineAnnotation annotation(*m_app.repository);
    QSignalSpy annotated(&annotation, &RoutineAnnotation::annotated);
    annotation.start(ref(39), versions);
    QTRY_COMPARE(m_app.emulator->inFlightCount(), 4);
    annotation.start(ref(5), versions);
    QVERIFY(annotated.wait(30000));
    QCOMPARE(annotation.target().codeVersion, ref(5).codeVersion);
    QCOMPARE(annotation.annotation().versions.size(), 6);
    QCOMPARE(annotation.annotation().lines, Annotator::annotate(demoHistory(5)).lines);
    QCOMPARE(m_app.emulator->abandonedCount(), 4); // the first start's downloads, aborted
    QCOMPARE(fetches(), 4 + 6);
    QVERIFY(awaitResult(m_client->getRoutine(Edge)).ok()); // a round trip later…
    QCOMPARE(annotated.size(), 1);                         // …still one result, the newer one's
}

void TestHistoryJobs::exportWritesTheHistory()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("edge-gateway")); // made by the export
    RoutineHistoryExport job(*m_app.repository);
    QList<RoutineHistoryExport::Stage> stages;
    connect(&job, &RoutineHistoryExport::stageChanged, this, [&stages](RoutineHistoryExport::Stage s) { stages << s; });
    QSignalSpy progress(&job, &RoutineHistoryExport::progress);
    QSignalSpy finished(&job, &RoutineHistoryExport::finished);
    job.start(target(folder));
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job.stage(), RoutineHistoryExport::Stage::Finished);
    QCOMPARE(stages, (QList<RoutineHistoryExport::Stage>{RoutineHistoryExport::Stage::Reading, RoutineHistoryExport::Stage::Loading,
                                                         RoutineHistoryExport::Stage::Writing, RoutineHistoryExport::Stage::Finished}));
    QCOMPARE(job.result().written, 40);
    const QStringList tags{QStringLiteral("production-canary-10"), QStringLiteral("production-stable-90"), QStringLiteral("staging")};
    QCOMPARE(job.result().tagsMoved, tags);
    QCOMPARE(job.summary(), RoutineHistoryExport::describe(job.result()));
    QVERIFY2(job.summary().startsWith(QStringLiteral("40 commit")), qPrintable(job.summary()));
    QVERIFY2(job.summary().contains(QStringLiteral("tags moved: production-canary-10, production-stable-90, staging")), qPrintable(job.summary()));
    int writing = 0;
    for (const QList<QVariant> &p : std::as_const(progress)) {
        if (p.at(0).value<RoutineHistoryExport::Stage>() == RoutineHistoryExport::Stage::Writing)
            ++writing;
    }
    QVERIFY(writing > 0);
    QCOMPARE(progress.last().at(1).toInt(), 40);
    QCOMPARE(progress.last().at(2).toInt(), 40);

    // What git itself sees: the versions oldest first, the tags, a clean and valid repository.
    const GitRun trailers = GitRun::in(folder, {QStringLiteral("log"), QStringLiteral("--reverse"),
                                                QStringLiteral("--format=%(trailers:key=Code-Version,valueonly)")});
    QVERIFY2(trailers.ok(), qPrintable(trailers.error));
    QStringList expected;
    for (const DemoCodeVersion &v : edge().versions)
        expected << v.codeVersion;
    QCOMPARE(trailers.lines(), expected);
    const GitRun tagList = GitRun::in(folder, {QStringLiteral("tag"), QStringLiteral("--list")});
    QCOMPARE(tagList.lines(), tags);
    QVERIFY(GitRun::in(folder, {QStringLiteral("fsck"), QStringLiteral("--strict"), QStringLiteral("--no-progress")}).ok());
    QCOMPARE(GitRun::in(folder, {QStringLiteral("status"), QStringLiteral("--porcelain")}).output, QByteArray());
    QFile newest(folder + QStringLiteral("/index.js"));
    QVERIFY(newest.open(QIODevice::ReadOnly));
    QCOMPARE(newest.readAll(), DemoData::instance().code(edge().versions.last()));

    // Again: nothing to add, nothing moved.
    job.start(target(folder));
    QVERIFY(finished.wait(60000));
    QCOMPARE(job.stage(), RoutineHistoryExport::Stage::Finished);
    QCOMPARE(job.result().written, 0);
    QCOMPARE(job.result().alreadyExported, 40);
    QCOMPARE(job.result().tagsMoved, QStringList());
}

void TestHistoryJobs::cancelWhileLoadingLeavesTheFolderAlone()
{
    QTemporaryDir dir;
    slowDown(400);
    RoutineHistoryExport job(*m_app.repository);
    QSignalSpy finished(&job, &RoutineHistoryExport::finished);
    job.start(target(dir.path()));
    QTRY_VERIFY_WITH_TIMEOUT(job.stage() == RoutineHistoryExport::Stage::Loading && m_app.emulator->inFlightCount() == 4, 10000);
    const int abandonedBefore = m_app.emulator->abandonedCount();
    job.cancel();
    QCOMPARE(job.stage(), RoutineHistoryExport::Stage::Cancelled);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!job.summary().isEmpty());
    QCOMPARE(job.result().written, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_app.emulator->abandonedCount() - abandonedBefore, 4, 5000);
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System));
}

void TestHistoryJobs::cancelWhileWritingLeavesAValidRepository()
{
    QTemporaryDir dir;
    RoutineHistoryExport job(*m_app.repository);
    QSignalSpy finished(&job, &RoutineHistoryExport::finished);
    connect(&job, &RoutineHistoryExport::progress, this, [&job](RoutineHistoryExport::Stage stage, int done, int) {
        if (stage == RoutineHistoryExport::Stage::Writing && done >= 1)
            job.cancel();
    });
    job.start(target(dir.path()));
    QVERIFY(finished.wait(60000));
    QCOMPARE(job.stage(), RoutineHistoryExport::Stage::Cancelled);
    QVERIFY(job.result().cancelled);
    const int written = job.result().written;
    QVERIFY2(written >= 1 && written < 40, qPrintable(QString::number(written)));
    QCOMPARE(GitRun::in(dir.path(), {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")}).output.trimmed(),
             QByteArray::number(written));
    QVERIFY(GitRun::in(dir.path(), {QStringLiteral("fsck"), QStringLiteral("--strict"), QStringLiteral("--no-progress")}).ok());

    // The next export goes on from there.
    disconnect(&job, &RoutineHistoryExport::progress, this, nullptr);
    job.start(target(dir.path()));
    QVERIFY(finished.wait(60000));
    QCOMPARE(job.stage(), RoutineHistoryExport::Stage::Finished);
    QCOMPARE(job.result().written, 40 - written);
    QCOMPARE(job.result().alreadyExported, written);
    QCOMPARE(GitRun::in(dir.path(), {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")}).output.trimmed(),
             QByteArrayLiteral("40"));
}

void TestHistoryJobs::refusedFolderFails()
{
    QTemporaryDir dir;
    QFile notes(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("mine\n");
    notes.close();
    RoutineHistoryExport job(*m_app.repository);
    QSignalSpy finished(&job, &RoutineHistoryExport::finished);
    job.start(target(dir.path()));
    QVERIFY(finished.wait(60000));
    QCOMPARE(job.stage(), RoutineHistoryExport::Stage::Failed);
    QVERIFY2(job.errorText().contains(QStringLiteral("is not empty")), qPrintable(job.errorText()));
    QCOMPARE(job.summary(), job.errorText());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral(".git"))));

    // An unknown routine fails while reading, before anything is loaded.
    m_app.emulator->resetCounters();
    RoutineHistoryExport::Target unknown = target(dir.path());
    unknown.routine = QStringLiteral("no-such-routine");
    job.start(unknown);
    QVERIFY(finished.wait(30000));
    QCOMPARE(job.stage(), RoutineHistoryExport::Stage::Failed);
    QVERIFY2(job.errorText().contains(QStringLiteral("RoutineNotExist")), qPrintable(job.errorText()));
    QCOMPARE(fetches(), 0);
}

void TestHistoryJobs::summaries()
{
    GitHistoryExport::Result r;
    r.written = 12;
    r.tagsMoved = QStringList{QStringLiteral("production"), QStringLiteral("staging")};
    QCOMPARE(RoutineHistoryExport::describe(r), QStringLiteral("12 commit(s) added, tags moved: production, staging"));
    r = {};
    r.alreadyExported = 40;
    QCOMPARE(RoutineHistoryExport::describe(r), QStringLiteral("no new versions (40 already exported), no tag moved"));
    r.written = 1;
    r.tagsRemoved = QStringList{QStringLiteral("production-canary-10")};
    r.notPlaced = QStringList{QStringLiteral("1001"), QStringLiteral("1002")};
    QCOMPARE(RoutineHistoryExport::describe(r),
             QStringLiteral("1 commit(s) added, no tag moved, tags removed: production-canary-10; 2 version(s) older than the newest "
                            "exported one could not be placed: 1001, 1002"));
}

// KJob's contract: no result from inside start(), and a cancel before the event loop runs means none at all.
void TestHistoryJobs::anEmptyLoadFinishesOnlyAfterStart()
{
    HistoryLoader loader(*m_app.repository);
    QSignalSpy finished(&loader, &HistoryLoader::finished);
    loader.start(m_client, DemoAccountId, Edge, {});
    QCOMPARE(finished.size(), 0);
    QVERIFY(loader.isRunning());
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!loader.isRunning());

    loader.start(m_client, DemoAccountId, Edge, {});
    loader.cancel();
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestHistoryJobs)
#include "tst_historyjobs.moc"
