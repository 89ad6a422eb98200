// Where calls may go (app/net/EndpointPolicy.h), one answer for the account dialog and the transport:
// plain HTTP only to this machine, HTTPS for anything else, and nothing that is not an http(s) URL.
#include "app/net/EndpointPolicy.h"

#include <QTest>

class TestEndpointPolicy : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void upgradedToHttps_data();
    void upgradedToHttps();
};

void TestEndpointPolicy::verdicts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("verdict");
    const int allowed = int(EndpointPolicy::Verdict::Allowed);
    const int insecure = int(EndpointPolicy::Verdict::Insecure);
    const int notHttp = int(EndpointPolicy::Verdict::NotHttp);
    QTest::newRow("https anywhere") << "https://esa.cn-hangzhou.aliyuncs.com" << allowed;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << allowed;
    QTest::newRow("http 127.1.2.3") << "http://127.1.2.3" << allowed;
    QTest::newRow("http ::1") << "http://[::1]:8080" << allowed;
    QTest::newRow("http localhost") << "http://LocalHost:1" << allowed;
    // A name that only starts like loopback is somebody's host: the dialog once let it through.
    QTest::newRow("http 127.0.0.1.example.com") << "http://127.0.0.1.example.com" << insecure;
    QTest::newRow("http localhost.example.com") << "http://localhost.example.com" << insecure;
    QTest::newRow("http public") << "http://apig.cn-north-4.myhuaweicloud.com" << insecure;
    QTest::newRow("ftp") << "ftp://127.0.0.1" << notHttp;
    QTest::newRow("no host") << "https://" << notHttp;
    QTest::newRow("empty") << "" << notHttp;
}

void TestEndpointPolicy::verdicts()
{
    QFETCH(QString, url);
    QFETCH(int, verdict);
    QCOMPARE(int(EndpointPolicy::check(QUrl(url))), verdict);
}

// An upload URL to somebody's host goes over HTTPS; this machine's is left as it is.
void TestEndpointPolicy::upgradedToHttps_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("upgraded");
    QTest::newRow("http public") << "http://b.oss-cn-hangzhou.aliyuncs.com/x?a=1" << "https://b.oss-cn-hangzhou.aliyuncs.com/x?a=1";
    QTest::newRow("http :80") << "http://b.example.com:80" << "https://b.example.com";
    QTest::newRow("http :8080") << "http://b.example.com:8080" << "https://b.example.com:8080";
    QTest::newRow("https") << "https://b.example.com" << "https://b.example.com";
    QTest::newRow("http loopback") << "http://127.0.0.1:9" << "http://127.0.0.1:9";
    QTest::newRow("http localhost") << "http://localhost:9" << "http://localhost:9";
    QTest::newRow("ftp untouched") << "ftp://b.example.com" << "ftp://b.example.com";
}

void TestEndpointPolicy::upgradedToHttps()
{
    QFETCH(QString, url);
    QFETCH(QString, upgraded);
    const QUrl out = EndpointPolicy::upgradedToHttps(QUrl(url));
    QCOMPARE(out, QUrl(upgraded));
    if (out.scheme() == QLatin1String("https") || out.scheme() == QLatin1String("http"))
        QCOMPARE(EndpointPolicy::check(out), EndpointPolicy::Verdict::Allowed);
}

QTEST_GUILESS_MAIN(TestEndpointPolicy)
#include "tst_endpointpolicy.moc"
