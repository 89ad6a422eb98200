// Times as the clouds write them (app/net/CloudTime.h). Huawei's create_time is a "unix timestamp"
// of undocumented unit: seconds or milliseconds is decided by its size, so a gateway made in 2023
// never shows as January 1970 (seconds read as ms) nor as the year 55,000 (ms read as seconds).
#include "app/apig/ApigClient.h"
#include "app/net/CloudTime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

class TestCloudTime : public QObject
{
    Q_OBJECT

private slots:
    void epochNumbers_data();
    void epochNumbers();
    void isoStrings();
    void instanceCreateTimeInEitherUnit_data();
    void instanceCreateTimeInEitherUnit();
};

void TestCloudTime::epochNumbers_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<QString>("expected"); // ISO, UTC; empty = invalid
    QTest::newRow("seconds") << 1700000000.0 << QStringLiteral("2023-11-14T22:13:20.000Z");
    QTest::newRow("milliseconds") << 1700000000123.0 << QStringLiteral("2023-11-14T22:13:20.123Z");
    QTest::newRow("seconds, last before the switch") << 99999999999.0 << QStringLiteral("5138-11-16T09:46:39.000Z");
    QTest::newRow("milliseconds, first after the switch") << 1e11 << QStringLiteral("1973-03-03T09:46:40.000Z");
    QTest::newRow("zero") << 0.0 << QStringLiteral("1970-01-01T00:00:00.000Z");
    QTest::newRow("fractional seconds") << 1700000000.5 << QStringLiteral("2023-11-14T22:13:20.500Z");
    QTest::newRow("out of range") << 1e300 << QString();
    QTest::newRow("negative out of range") << -1e19 << QString();
}

void TestCloudTime::epochNumbers()
{
    QFETCH(double, number);
    QFETCH(QString, expected);
    const QDateTime fromNumber = CloudTime::parse(QJsonValue(number));
    QCOMPARE(fromNumber.isValid() ? fromNumber.toString(Qt::ISODateWithMs) : QString(), expected);
    if (number == std::floor(number) && std::abs(number) < 9e15) {
        // The same number sent as a JSON string decides the same way.
        const QDateTime fromText = CloudTime::parse(QString::number(qint64(number)));
        QCOMPARE(fromText.isValid() ? fromText.toString(Qt::ISODateWithMs) : QString(), expected);
    }
}

void TestCloudTime::isoStrings()
{
    QCOMPARE(CloudTime::parse(QStringLiteral("2024-03-01T10:20:30Z")).toString(Qt::ISODate), QStringLiteral("2024-03-01T10:20:30Z"));
    QCOMPARE(CloudTime::parse(QStringLiteral("2024-03-01T10:20:30.123456789Z")).toString(Qt::ISODateWithMs),
             QStringLiteral("2024-03-01T10:20:30.123Z"));
    QCOMPARE(CloudTime::parse(QStringLiteral("2024-03-01T10:20:30+08:00")).toString(Qt::ISODate), QStringLiteral("2024-03-01T02:20:30Z"));
    QVERIFY(!CloudTime::parse(QStringLiteral("yesterday")).isValid());
    QVERIFY(!CloudTime::parse(QString()).isValid());
}

void TestCloudTime::instanceCreateTimeInEitherUnit_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("seconds") << QByteArray(R"({"total":1,"instances":[{"id":"i1","create_time":1700000000}]})");
    QTest::newRow("milliseconds") << QByteArray(R"({"total":1,"instances":[{"id":"i1","create_time":1700000000000}]})");
    QTest::newRow("seconds as text") << QByteArray(R"({"total":1,"instances":[{"id":"i1","create_time":"1700000000"}]})");
    QTest::newRow("iso") << QByteArray(R"({"total":1,"instances":[{"id":"i1","create_time":"2023-11-14T22:13:20Z"}]})");
}

void TestCloudTime::instanceCreateTimeInEitherUnit()
{
    QFETCH(QByteArray, json);
    const auto page = ApigClient::parseInstancePage({}, {}, QJsonDocument::fromJson(json).object());
    QVERIFY(page.ok());
    QCOMPARE(page.value().instances.at(0).createTime.toSecsSinceEpoch(), qint64(1700000000));
}

QTEST_GUILESS_MAIN(TestCloudTime)
#include "tst_cloudtime.moc"
