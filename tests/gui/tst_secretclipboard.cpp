// SecretClipboard on the offscreen platform's in-process clipboard: secrets carry the
// password-manager hint and are cleared after the delay, what the user copied since is left
// alone, a delay of 0 never clears, a new copy restarts the timer, clearNow() and the destructor
// clear what is still ours.
#include "ui/common/SecretClipboard.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestSecretClipboard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void secretCarriesHint();
    void plainCarriesNoHint();
    void clearsAfterDelay();
    void leavesForeignContentAlone();
    void zeroDelayNeverClears();
    void secondCopyRestartsTimer();
    void plainCopyCancelsPendingClear();
    void clearNowClearsImmediately();
    void destructorClearsPendingOurs();
    void destructorLeavesForeignContent();

private:
    static QClipboard *clipboard() { return QGuiApplication::clipboard(); }
    static QString hintFormat() { return QStringLiteral("x-kde-passwordManagerHint"); }
    static QString appCode() { return QStringLiteral("4f1c0a6b7e2d49c8a3b5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b"); }
};

void TestSecretClipboard::init()
{
    clipboard()->clear(QClipboard::Clipboard);
    QVERIFY(clipboard()->text().isEmpty());
}

void TestSecretClipboard::secretCarriesHint()
{
    SecretClipboard secrets;
    secrets.copy(appCode(), true);

    QCOMPARE(clipboard()->text(), appCode());
    const QMimeData *mime = clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(hintFormat()));
    QCOMPARE(mime->data(hintFormat()), QByteArrayLiteral("secret"));
    QVERIFY(secrets.isPending());
    QCOMPARE(secrets.secondsUntilClear(), 30);
}

void TestSecretClipboard::plainCarriesNoHint()
{
    SecretClipboard secrets;
    secrets.copy(QStringLiteral("app-7f3e"), false);

    QCOMPARE(clipboard()->text(), QStringLiteral("app-7f3e"));
    const QMimeData *mime = clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(!mime->hasFormat(hintFormat()));
    QVERIFY(!secrets.isPending());
    QCOMPARE(secrets.secondsUntilClear(), -1);
}

void TestSecretClipboard::clearsAfterDelay()
{
    SecretClipboard secrets;
    secrets.setClearDelaySeconds(1);
    QSignalSpy cleared(&secrets, &SecretClipboard::cleared);
    QSignalSpy skipped(&secrets, &SecretClipboard::clearSkipped);

    secrets.copy(appCode(), true);
    QCOMPARE(secrets.secondsUntilClear(), 1);
    QVERIFY(cleared.wait(3000));

    QCOMPARE(cleared.count(), 1);
    QCOMPARE(skipped.count(), 0);
    QVERIFY(clipboard()->text().isEmpty());
    QVERIFY(!secrets.isPending());
    QCOMPARE(secrets.secondsUntilClear(), -1);
}

void TestSecretClipboard::leavesForeignContentAlone()
{
    SecretClipboard secrets;
    secrets.setClearDelaySeconds(1);
    QSignalSpy cleared(&secrets, &SecretClipboard::cleared);
    QSignalSpy skipped(&secrets, &SecretClipboard::clearSkipped);

    secrets.copy(appCode(), true);
    clipboard()->setText(QStringLiteral("mine"));
    QVERIFY(skipped.wait(3000));

    QCOMPARE(skipped.count(), 1);
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(clipboard()->text(), QStringLiteral("mine"));
    QVERIFY(!secrets.isPending());
}

void TestSecretClipboard::zeroDelayNeverClears()
{
    SecretClipboard secrets;
    secrets.setClearDelaySeconds(0);
    QCOMPARE(secrets.clearDelaySeconds(), 0);
    QSignalSpy cleared(&secrets, &SecretClipboard::cleared);
    QSignalSpy skipped(&secrets, &SecretClipboard::clearSkipped);

    secrets.copy(appCode(), true);
    QVERIFY(!secrets.isPending());
    QCOMPARE(secrets.secondsUntilClear(), -1);
    // Catches a timer started with 0 ms, which would fire on the next event loop pass.
    QTest::qWait(200);

    QCOMPARE(cleared.count(), 0);
    QCOMPARE(skipped.count(), 0);
    QCOMPARE(clipboard()->text(), appCode());
    // Still marked: the hint does not depend on the delay.
    QCOMPARE(clipboard()->mimeData()->data(hintFormat()), QByteArrayLiteral("secret"));
}

void TestSecretClipboard::secondCopyRestartsTimer()
{
    SecretClipboard secrets;
    secrets.setClearDelaySeconds(2);
    QSignalSpy cleared(&secrets, &SecretClipboard::cleared);

    secrets.copy(appCode(), true);
    QTest::qWait(1100);
    QCOMPARE(secrets.secondsUntilClear(), 1);

    const QString second = QStringLiteral("9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b");
    QElapsedTimer sinceSecond;
    sinceSecond.start();
    secrets.copy(second, true);
    QCOMPARE(secrets.secondsUntilClear(), 2);
    QCOMPARE(clipboard()->text(), second);

    QVERIFY(cleared.wait(4000));
    // The first timer would have fired ~0.9 s after the second copy.
    QVERIFY2(sinceSecond.elapsed() >= 1800, qPrintable(QString::number(sinceSecond.elapsed())));
    QCOMPARE(cleared.count(), 1);
    QVERIFY(clipboard()->text().isEmpty());
}

void TestSecretClipboard::plainCopyCancelsPendingClear()
{
    SecretClipboard secrets;
    secrets.setClearDelaySeconds(1);
    secrets.copy(appCode(), true);
    QVERIFY(secrets.isPending());

    // The secret is no longer there, and plain content is not ours to clear.
    secrets.copy(QStringLiteral("app-7f3e"), false);
    QVERIFY(!secrets.isPending());
    QSignalSpy cleared(&secrets, &SecretClipboard::cleared);
    QSignalSpy skipped(&secrets, &SecretClipboard::clearSkipped);
    secrets.clearNow();
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(skipped.count(), 0);
    QCOMPARE(clipboard()->text(), QStringLiteral("app-7f3e"));
}

void TestSecretClipboard::clearNowClearsImmediately()
{
    SecretClipboard secrets;
    QSignalSpy cleared(&secrets, &SecretClipboard::cleared);

    secrets.copy(appCode(), true);
    QVERIFY(secrets.isPending());
    secrets.clearNow();

    QCOMPARE(cleared.count(), 1);
    QVERIFY(clipboard()->text().isEmpty());
    QVERIFY(!secrets.isPending());
    QCOMPARE(secrets.secondsUntilClear(), -1);

    // Nothing of ours left: a second call neither clears nor reports.
    clipboard()->setText(QStringLiteral("mine"));
    QSignalSpy skipped(&secrets, &SecretClipboard::clearSkipped);
    secrets.clearNow();
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(skipped.count(), 0);
    QCOMPARE(clipboard()->text(), QStringLiteral("mine"));
}

void TestSecretClipboard::destructorClearsPendingOurs()
{
    auto secrets = std::make_unique<SecretClipboard>();
    secrets->copy(appCode(), true);
    QCOMPARE(clipboard()->text(), appCode());
    secrets.reset();
    QVERIFY(clipboard()->text().isEmpty());
}

void TestSecretClipboard::destructorLeavesForeignContent()
{
    auto secrets = std::make_unique<SecretClipboard>();
    secrets->copy(appCode(), true);
    clipboard()->setText(QStringLiteral("mine"));
    secrets.reset();
    QCOMPARE(clipboard()->text(), QStringLiteral("mine"));
}

QTEST_MAIN(TestSecretClipboard)
#include "tst_secretclipboard.moc"
