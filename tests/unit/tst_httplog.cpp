// The --log-http line (app/net/HttpLog.h): URLs are printed with their escapes as they went on the
// wire (a chained QString::arg once read "%3A" as a placeholder), and secrets never show.
#include "app/net/HttpLog.h"

#include <QTest>

class TestHttpLog : public QObject
{
    Q_OBJECT

private slots:
    void escapesStayAsTheyAre();
    void placeholdersInLabelsAndOutcomesStay();
    void secretQueryValuesAreRedacted();
    void secretHeadersAreRedacted();
    void abortedLineKeepsEscapes();
};

void TestHttpLog::escapesStayAsTheyAre()
{
    const QUrl url = QUrl::fromEncoded("https://esa.cn-hangzhou.aliyuncs.com/?Action=GetRoutine&Name=a%3Ab%25c%201&Rule=%28http.host%20eq%20%22a.com%22%29");
    const QString line = HttpLog::attemptLine(QStringLiteral("ESA GetRoutine"), "GET", url, 1, 200, QStringLiteral("ok"), 12, {}, {});
    QCOMPARE(line, QStringLiteral("ESA GetRoutine GET https://esa.cn-hangzhou.aliyuncs.com/?Action=GetRoutine&Name=a%3Ab%25c%201"
                                  "&Rule=%28http.host%20eq%20%22a.com%22%29 attempt 1 -> 200 ok in 12 ms | request:  | response: "));
}

void TestHttpLog::placeholdersInLabelsAndOutcomesStay()
{
    const QUrl url(QStringLiteral("http://127.0.0.1:8080/v2/%7Bproject_id%7D/apigw/instances"));
    const QString line = HttpLog::attemptLine(QStringLiteral("APIG %1 instances"), "GET", url, 2, 401,
                                              QStringLiteral("APIG.1002 %2"), 5, {}, {});
    QVERIFY2(line.startsWith(QStringLiteral("APIG %1 instances GET http://127.0.0.1:8080/v2/%7Bproject_id%7D/apigw/instances attempt 2 -> 401 APIG.1002 %2 in 5 ms")),
             qPrintable(line));
}

void TestHttpLog::secretQueryValuesAreRedacted()
{
    const QUrl url = QUrl::fromEncoded("https://esa.cn-hangzhou.aliyuncs.com/?Action=GetErService&SecurityToken=CAIS%2Bsecret&esa_er_token=tok123&OwnerId=42");
    const QString shown = HttpLog::loggedUrl(url);
    QVERIFY2(!shown.contains(QStringLiteral("secret")) && !shown.contains(QStringLiteral("tok123")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("SecurityToken=redacted")) && shown.contains(QStringLiteral("esa_er_token=redacted")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("OwnerId=42")) && shown.contains(QStringLiteral("Action=GetErService")), qPrintable(shown));
    // User info never shows.
    QVERIFY(!HttpLog::loggedUrl(QUrl(QStringLiteral("https://user:pw@example.com/"))).contains(QStringLiteral("pw")));
}

void TestHttpLog::secretHeadersAreRedacted()
{
    const HeaderList headers{{"Authorization", "ACS3-HMAC-SHA256 Credential=LTAI5t,SignedHeaders=host,Signature=abc"},
                             {"X-Apig-AppCode", "appcode-secret-value"},
                             {"Content-Type", "application/json"}};
    const QString line = HttpLog::attemptLine(QStringLiteral("x"), "GET", QUrl(QStringLiteral("https://h/")), 1, 200, QStringLiteral("ok"), 1, headers, {});
    QVERIFY2(line.contains(QStringLiteral("Authorization: ACS3-HMAC-SHA256 Credential=LTAI5t,<redacted>")), qPrintable(line));
    QVERIFY(!line.contains(QStringLiteral("appcode-secret-value")));
    QVERIFY(line.contains(QStringLiteral("Content-Type: application/json")));
}

void TestHttpLog::abortedLineKeepsEscapes()
{
    const QUrl url = QUrl::fromEncoded("https://h/?Name=a%3Ab");
    QCOMPARE(HttpLog::abortedLine(QStringLiteral("ESA ListUserRoutines"), "POST", url, 1, 400),
             QStringLiteral("ESA ListUserRoutines POST https://h/?Name=a%3Ab attempt 1 after 400 ms -> aborted"));
}

QTEST_GUILESS_MAIN(TestHttpLog)
#include "tst_httplog.moc"
