// The AppCode browser in a real (offscreen) window on the demo: pick the instance and the big
// app, page to the end and back, Ctrl+C copies the unmasked codes (marked secret) while the view
// shows them masked, and Export All writes the 1,234 codes the emulator holds.
#include "ui/accounts/AccountPanel.h"
#include "tests/support/WindowFixture.h"
#include "tests/support/Widgets.h"
#include "ui/apig/AppCodeBrowser.h"
#include "ui/window/MainWindow.h"
#include "ui/common/SecretClipboard.h"
#include "app/accounts/AccountConnections.h"
#include "app/apig/AppCodeExporter.h"
#include "app/apig/AppCodeModel.h"
#include "app/apig/AppCodePager.h"
#include "app/apig/ApigAppListModel.h"
#include "app/versions/CodeVersionRepository.h"
#include "app/emulator/CloudEmulator.h"
#include "app/emulator/demo/DemoAccounts.h"
#include "app/net/HttpTransport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestAppCodeBrowser : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pickPageCopyExport();
    void lastChoiceRemembered();
    void errorsShownInline();
    void columnsFitWithoutMeasuringRows();

private:
    AppCodeBrowser *browser() const { return m_app.window->appCodeBrowser(); }
    void openBigApp()
    {
        m_app.window->accountPanel()->selectAccount(QStringLiteral("demo-huawei-iam"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(browser(), "instanceBox")->count() == 2, 20000);
        browser()->selectInstance(DemoData::instance().instances().at(0).id);
        QTRY_VERIFY_WITH_TIMEOUT(browser()->workspace().apps()->rowCount() > 0, 20000);
        browser()->selectApp(DemoData::instance().app(QLatin1String(DemoData::BigAppName))->id);
        QTRY_VERIFY_WITH_TIMEOUT(browser()->workspace().pager()->state() == LoadState::Ready
                                         && browser()->workspace().pager()->appId() == DemoData::instance().app(QLatin1String(DemoData::BigAppName))->id,
                                 20000);
    }

    WindowFixture m_app;
};

void TestAppCodeBrowser::init()
{
    QVERIFY(m_app.start(true));
}

void TestAppCodeBrowser::cleanup()
{
    m_app.stop(); // what the browser remembered goes with the session's settings file
}

void TestAppCodeBrowser::pickPageCopyExport()
{
    openBigApp();
    const DemoApp &app = *DemoData::instance().app(QLatin1String(DemoData::BigAppName));
    QCOMPARE(browser()->workspace().rangeText(), QStringLiteral("Showing 1–20 of 1,234"));
    QCOMPARE(browser()->workspace().pageText(), QStringLiteral("page 1 of 62"));
    // To the end and back.
    browser()->workspace().pager()->last();
    QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().pager()->currentPage(), 61, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().rangeText(), QStringLiteral("Showing 1,221–1,234 of 1,234"), 20000);
    QCOMPARE(browser()->workspace().codes()->rowCount(), 14);
    browser()->workspace().pager()->first();
    QTRY_COMPARE(browser()->workspace().pager()->currentPage(), 0);

    // The view shows masked codes only.
    QTableView *table = child<QTableView>(browser(), "appCodeTable");
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString shown = table->model()->index(row, AppCodeModel::AppCodeColumn).data().toString();
        QVERIFY(shown.contains(QStringLiteral("••••")));
        QVERIFY(!shown.contains(app.appCodes.at(row).appCode));
    }
    // Ctrl+C copies the full codes of the selected rows, marked secret.
    table->setFocus();
    table->selectionModel()->select(table->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(4, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QClipboard *clip = QApplication::clipboard();
    QCOMPARE(clip->text(), app.appCodes.at(2).appCode + QLatin1Char('\n') + app.appCodes.at(4).appCode);
    QCOMPARE(clip->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(child<SecretClipboard>(m_app.window.get(), "secretClipboard")->isPending());
    // Reveal shows them in full, for this view.
    browser()->revealAction()->trigger();
    QCOMPARE(table->model()->index(2, AppCodeModel::AppCodeColumn).data().toString(), app.appCodes.at(2).appCode);

    // Export all pages.
    const QString file = m_app.dir->filePath(QStringLiteral("export.csv"));
    QSignalSpy done(browser()->workspace().exporter(), &AppCodeExporter::finished);
    QVERIFY(browser()->exportCsv(file, true));
    QVERIFY(done.wait(30000));
    QVERIFY(done.first().at(0).toBool());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), DemoData::BigAppCodeCount + 1);
    for (int i = 0; i < DemoData::BigAppCodeCount; ++i)
        QVERIFY(lines.at(i + 1).startsWith(app.appCodes.at(i).appCode.toLatin1() + ','));
}

void TestAppCodeBrowser::lastChoiceRemembered()
{
    openBigApp();
    // Another account, then back: the same instance and app open again.
    m_app.window->accountPanel()->selectAccount(QStringLiteral("demo-alibaba-ak"));
    m_app.window->accountPanel()->selectAccount(QStringLiteral("demo-huawei-iam"));
    QTRY_VERIFY_WITH_TIMEOUT(browser()->workspace().pager()->appId() == DemoData::instance().app(QLatin1String(DemoData::BigAppName))->id
                                     && browser()->workspace().pager()->state() == LoadState::Ready,
                             20000);
}

void TestAppCodeBrowser::errorsShownInline()
{
    m_app.window->accountPanel()->selectAccount(QStringLiteral("demo-huawei-aksk"));
    QTRY_VERIFY_WITH_TIMEOUT(browser()->workspace().apps()->rowCount() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(browser()->workspace().pager()->state() == LoadState::Ready, 20000);
    // The prefetch of page 2 must be in first: the forced fault is for the next AppCode page, page 21
    // (not for the app's "Where it works", read meanwhile).
    QTRY_VERIFY_WITH_TIMEOUT(browser()->workspace().pager()->isCached(1), 20000);
    m_app.emulator->forceFaultFor(QStringLiteral("apig:app-codes"), FaultKind::InvalidJson, 1);
    browser()->workspace().pager()->goToPage(20);
    QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().pager()->state(), LoadState::Failed, 20000);
    QCOMPARE(browser()->workspace().pager()->error().kind, ApiError::Kind::InvalidJson);
    browser()->workspace().pager()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(browser()->workspace().pager()->state(), LoadState::Ready, 20000);
}

void TestAppCodeBrowser::columnsFitWithoutMeasuringRows()
{
    openBigApp();
    QTableView *table = child<QTableView>(browser(), "appCodeTable");
    QHeaderView *header = table->horizontalHeader();
    // No column is sized from its rows (that measured every cell of every page).
    for (int c = 0; c < AppCodeModel::ColumnCount; ++c)
        QVERIFY2(header->sectionResizeMode(c) != QHeaderView::ResizeToContents, qPrintable(QString::number(c)));
    // Yet every shown value fits its column: the masked AppCode, the 32-digit id, the date.
    // Revealed codes longer than 64 characters are elided, by design; their first 64 fit.
    auto fits = [&](int column) {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString text = table->model()->index(row, column).data().toString().left(64);
            if (table->fontMetrics().horizontalAdvance(text) > header->sectionSize(column) - 6)
                return text;
        }
        return QString();
    };
    QCOMPARE(fits(AppCodeModel::AppCodeColumn), QString());
    QCOMPARE(fits(AppCodeModel::IdColumn), QString());
    QCOMPARE(fits(AppCodeModel::CreatedColumn), QString());
    // Revealed, the AppCode column widens to the page's codes.
    const int masked = header->sectionSize(AppCodeModel::AppCodeColumn);
    browser()->revealAction()->trigger();
    QVERIFY(header->sectionSize(AppCodeModel::AppCodeColumn) > masked);
    QCOMPARE(fits(AppCodeModel::AppCodeColumn), QString());
    browser()->revealAction()->trigger();
    QCOMPARE(header->sectionSize(AppCodeModel::AppCodeColumn), masked);
    // The app's id, the same on every row, comes last.
    QCOMPARE(header->visualIndex(AppCodeModel::AppIdColumn), AppCodeModel::ColumnCount - 1);
}

QTEST_MAIN(TestAppCodeBrowser)
#include "tst_appcodebrowser.moc"
