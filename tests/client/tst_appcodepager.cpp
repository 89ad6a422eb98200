// AppCode paging against the emulator's 1,234-code app: every page size, first / last / partial
// pages, jumps, a total that shrinks between pages, cache hits without requests, one prefetch;
// masking; and the CSV of all pages equal to the emulator's data.
#include "tests/support/Await.h"
#include "app/apig/AppCodeCsv.h"
#include "app/apig/AppCodeExporter.h"
#include "app/apig/AppCodeModel.h"
#include "app/apig/AppCodePager.h"
#include "app/emulator/CloudEmulator.h"
#include "app/net/HttpTransport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestAppCodePager : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyPageSize_data();
    void everyPageSize();
    void jumpAndClamp();
    void cacheHitsMakeNoRequest();
    void prefetchHappensOnce();
    void shrinkingTotalClampsThePage();
    void emptyApp();
    void pageSizeKeepsFirstItem();
    void masking();
    void csvOfAllPages();
    void csvQuoting();

private:
    std::shared_ptr<ApigClient> client()
    {
        HuaweiAuth auth;
        auth.akSk = {QLatin1String(DemoData::HuaweiAccessKey), QLatin1String(DemoData::HuaweiSecretKey)};
        const QUrl url(m_emulator->baseUrl());
        return std::make_shared<ApigClient>(*m_transport, url, url, QStringLiteral("cn-north-4"), QLatin1String(DemoData::HuaweiProjectId), auth);
    }
    const DemoApp &bigApp() const { return *DemoData::instance().app(QLatin1String(DemoData::BigAppName)); }
    QString instanceId() const { return DemoData::instance().instances().at(0).id; }
    void waitIdle(AppCodePager &p) { QTRY_VERIFY_WITH_TIMEOUT(p.state() != LoadState::Loading, 20000); }
    int appCodeRequests() const { return m_emulator->requestCount(QStringLiteral("apig:app-codes")); }

    std::unique_ptr<CloudEmulator> m_emulator;
    std::unique_ptr<HttpTransport> m_transport;
};

void TestAppCodePager::init()
{
    m_emulator = std::make_unique<CloudEmulator>();
    QVERIFY(m_emulator->listenOnLoopback(0));
    m_transport = std::make_unique<HttpTransport>();
}

void TestAppCodePager::cleanup()
{
    m_transport.reset();
    m_emulator.reset();
}

void TestAppCodePager::everyPageSize_data()
{
    QTest::addColumn<int>("size");
    for (int size : AppCodePager::pageSizes())
        QTest::newRow(qPrintable(QString::number(size))) << size;
}

void TestAppCodePager::everyPageSize()
{
    QFETCH(int, size);
    AppCodePager pager;
    pager.setPageSize(size);
    pager.setSource(client(), QStringLiteral("acct"), instanceId(), bigApp().id);
    waitIdle(pager);
    QCOMPARE(pager.state(), LoadState::Ready);
    QCOMPARE(pager.total(), qint64(DemoData::BigAppCodeCount));
    const int pages = (DemoData::BigAppCodeCount + size - 1) / size;
    QCOMPARE(pager.pageCount(), pages);
    QCOMPARE(pager.codes().size(), size);
    QCOMPARE(pager.codes().first().appCode, bigApp().appCodes.at(0).appCode);
    QCOMPARE(pager.firstItem(), qint64(1));
    QCOMPARE(pager.lastItem(), qint64(size));
    pager.last();
    QTRY_COMPARE_WITH_TIMEOUT(pager.currentPage(), pages - 1, 20000);
    waitIdle(pager);
    const int partial = DemoData::BigAppCodeCount - (pages - 1) * size;
    QCOMPARE(pager.codes().size(), partial);
    QCOMPARE(pager.codes().last().appCode, bigApp().appCodes.last().appCode);
    QCOMPARE(pager.firstItem(), qint64((pages - 1) * size + 1));
    QCOMPARE(pager.lastItem(), qint64(DemoData::BigAppCodeCount));
    pager.first();
    QTRY_COMPARE(pager.currentPage(), 0);
    QCOMPARE(pager.codes().first().appCode, bigApp().appCodes.at(0).appCode);
}

void TestAppCodePager::jumpAndClamp()
{
    AppCodePager pager;
    pager.setSource(client(), QStringLiteral("acct"), instanceId(), bigApp().id);
    waitIdle(pager);
    pager.goToPage(30);
    QTRY_COMPARE_WITH_TIMEOUT(pager.currentPage(), 30, 20000);
    waitIdle(pager);
    QCOMPARE(pager.codes().first().appCode, bigApp().appCodes.at(600).appCode);
    pager.goToPage(1000); // clamped to the last page
    QTRY_COMPARE_WITH_TIMEOUT(pager.currentPage(), 61, 20000);
    pager.goToPage(-4);
    QTRY_COMPARE_WITH_TIMEOUT(pager.currentPage(), 0, 20000);
}

void TestAppCodePager::cacheHitsMakeNoRequest()
{
    AppCodePager pager;
    pager.setSource(client(), QStringLiteral("acct"), instanceId(), bigApp().id);
    waitIdle(pager);
    // Page 1's prefetch landed too: a prefetch still on its way when page 6's starts is dropped
    // for it, and page 0 would then ask for page 1 again.
    QTRY_VERIFY(pager.isCached(1));
    pager.goToPage(5);
    QTRY_COMPARE_WITH_TIMEOUT(pager.currentPage(), 5, 20000);
    waitIdle(pager);
    QTRY_VERIFY(pager.isCached(6)); // its prefetch landed
    const int requests = appCodeRequests();
    pager.goToPage(0);
    QCOMPARE(pager.currentPage(), 0); // at once, from the cache
    pager.goToPage(5);
    pager.next();                     // the prefetched page 6
    QCOMPARE(pager.currentPage(), 6);
    QCOMPARE(pager.codes().first().appCode, bigApp().appCodes.at(120).appCode);
    QTRY_VERIFY(pager.isCached(7));
    QCOMPARE(appCodeRequests(), requests + 1); // only the prefetch of page 7
    pager.refresh();                           // F5 asks again
    waitIdle(pager);
    QTRY_VERIFY(appCodeRequests() >= requests + 2);
}

void TestAppCodePager::prefetchHappensOnce()
{
    AppCodePager pager;
    pager.setSource(client(), QStringLiteral("acct"), instanceId(), bigApp().id);
    waitIdle(pager);
    QTRY_VERIFY(pager.isCached(1));
    QCOMPARE(appCodeRequests(), 2); // page 0 and the prefetch of page 1
    pager.goToPage(0);              // shown again: no second prefetch
    pager.goToPage(0);
    QCOMPARE(appCodeRequests(), 2);
}

void TestAppCodePager::shrinkingTotalClampsThePage()
{
    AppCodePager pager;
    pager.setPageSize(100);
    pager.setSource(client(), QStringLiteral("acct"), instanceId(), bigApp().id);
    waitIdle(pager);
    QCOMPARE(pager.pageCount(), 13);
    // 500 codes deleted meanwhile: page 12 no longer exists.
    m_emulator->removeAppCodes(bigApp().id, 500);
    pager.goToPage(12);
    QTRY_VERIFY_WITH_TIMEOUT(pager.state() == LoadState::Ready && pager.total() == 734, 20000);
    QCOMPARE(pager.pageCount(), 8);
    QCOMPARE(pager.currentPage(), 7); // the last page, not an empty screen
    QCOMPARE(pager.codes().size(), 34);
    QCOMPARE(pager.lastItem(), qint64(734));
}

void TestAppCodePager::emptyApp()
{
    AppCodePager pager;
    pager.setSource(client(), QStringLiteral("acct"), instanceId(), DemoData::instance().app(QLatin1String(DemoData::EmptyAppName))->id);
    QTRY_COMPARE_WITH_TIMEOUT(pager.state(), LoadState::Empty, 20000);
    QCOMPARE(pager.total(), qint64(0));
    QCOMPARE(pager.firstItem(), qint64(0));
}

void TestAppCodePager::pageSizeKeepsFirstItem()
{
    AppCodePager pager;
    pager.setSource(client(), QStringLiteral("acct"), instanceId(), bigApp().id);
    waitIdle(pager);
    pager.goToPage(10); // items 201..220
    QTRY_COMPARE_WITH_TIMEOUT(pager.currentPage(), 10, 20000);
    waitIdle(pager);
    pager.setPageSize(50); // item 201 is on page 4 (items 201..250)
    QTRY_COMPARE_WITH_TIMEOUT(pager.currentPage(), 4, 20000);
    waitIdle(pager);
    QCOMPARE(pager.firstItem(), qint64(201));
}

void TestAppCodePager::masking()
{
    AppCodeModel model;
    QList<AppCode> codes;
    for (const DemoAppCode &d : bigApp().appCodes.mid(0, 5))
        codes << AppCode{d.appCode, d.id, d.appId, QDateTime::currentDateTimeUtc()};
    model.setCodes(codes);
    for (int row = 0; row < codes.size(); ++row) {
        const QString shown = model.data(model.index(row, AppCodeModel::AppCodeColumn)).toString();
        QCOMPARE(shown, codes.at(row).appCode.left(6) + QStringLiteral("••••") + codes.at(row).appCode.right(4));
        QVERIFY(!shown.contains(codes.at(row).appCode.mid(6, 20)));
        QVERIFY(!model.data(model.index(row, AppCodeModel::AppCodeColumn), Qt::ToolTipRole).toString().contains(codes.at(row).appCode));
        QCOMPARE(model.data(model.index(row, 0), AppCodeModel::FullCodeRole).toString(), codes.at(row).appCode);
    }
    model.setRevealed(true);
    QCOMPARE(model.data(model.index(0, AppCodeModel::AppCodeColumn)).toString(), codes.at(0).appCode);
    QCOMPARE(AppCodeModel::mask(QStringLiteral("short")), QStringLiteral("•••••"));
}

void TestAppCodePager::csvOfAllPages()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("all.csv"));
    AppCodeExporter exporter;
    QSignalSpy finished(&exporter, &AppCodeExporter::finished);
    QSignalSpy progress(&exporter, &AppCodeExporter::progress);
    exporter.start(client(), instanceId(), bigApp().id, file);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(finished.first().at(1).toLongLong(), qint64(DemoData::BigAppCodeCount));
    QCOMPARE(progress.count(), 3); // 500 + 500 + 234
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("app_code,id,app_id,create_time\r"));
    int rows = 0;
    for (int i = 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        const QList<QByteArray> fields = lines.at(i).chopped(1).split(',');
        QCOMPARE(QString::fromLatin1(fields.at(0)), bigApp().appCodes.at(rows).appCode);
        QCOMPARE(QString::fromLatin1(fields.at(1)), bigApp().appCodes.at(rows).id);
        ++rows;
    }
    QCOMPARE(rows, DemoData::BigAppCodeCount);
}

void TestAppCodePager::csvQuoting()
{
    QCOMPARE(AppCodeCsv::field(QStringLiteral("plain")), QByteArray("plain"));
    QCOMPARE(AppCodeCsv::field(QStringLiteral("a,b")), QByteArray("\"a,b\""));
    QCOMPARE(AppCodeCsv::field(QStringLiteral("say \"hi\"")), QByteArray("\"say \"\"hi\"\"\""));
    QCOMPARE(AppCodeCsv::field(QStringLiteral("two\nlines")), QByteArray("\"two\nlines\""));
}

QTEST_GUILESS_MAIN(TestAppCodePager)
#include "tst_appcodepager.moc"
