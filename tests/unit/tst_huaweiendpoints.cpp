// Where a Huawei account's calls go: APIG and IAM hosts come from the official SDK's region maps
// (eu-west-101 is on myhuaweicloud.eu), every region where APIG exists has both, an unknown
// region falls back to the pattern (IAM to the global endpoint), and IAM follows its own override
// or the emulator on this machine, never a custom public APIG endpoint.
#include "app/accounts/Account.h"
#include "app/accounts/HuaweiRegions.h"

#include <QSet>
#include <QTest>

class TestHuaweiEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void regionHosts_data();
    void regionHosts();
    void everyRegionHasBothHosts();
    void unknownRegionFallsBack();
    void accountRegionsAreTheTable();
    void effectiveIamEndpoint_data();
    void effectiveIamEndpoint();
    void effectiveApigEndpoint();
    void endpointFollowsTheGateway();
    void alibabaIsLeftAlone();

private:
    static Account huawei(const QString &region, const QString &endpoint, const QString &iamEndpoint = {})
    {
        Account a;
        a.cloud = Account::Cloud::Huawei;
        a.region = region;
        a.endpoint = QUrl(endpoint);
        a.iamEndpoint = QUrl(iamEndpoint);
        return a;
    }
};

void TestHuaweiEndpoints::regionHosts_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("apig");
    QTest::addColumn<QString>("iam");
    QTest::addColumn<QString>("name");
    QTest::newRow("cn-north-4") << "cn-north-4" << "https://apig.cn-north-4.myhuaweicloud.com"
                                << "https://iam.cn-north-4.myhuaweicloud.com" << "CN North-Beijing4";
    QTest::newRow("eu-west-101 (.eu)") << "eu-west-101" << "https://apig.eu-west-101.myhuaweicloud.eu"
                                       << "https://iam.eu-west-101.myhuaweicloud.eu" << "EU-Dublin";
    QTest::newRow("ap-southeast-1") << "ap-southeast-1" << "https://apig.ap-southeast-1.myhuaweicloud.com"
                                    << "https://iam.ap-southeast-1.myhuaweicloud.com" << "CN-Hong Kong";
    // Not in the SDK's IAM maps: the SDK asks the global IAM endpoint.
    QTest::newRow("af-north-1 (global IAM)") << "af-north-1" << "https://apig.af-north-1.myhuaweicloud.com"
                                             << "https://iam.myhuaweicloud.com" << "AF-Cairo";
}

void TestHuaweiEndpoints::regionHosts()
{
    QFETCH(QString, region);
    QFETCH(QString, apig);
    QFETCH(QString, iam);
    QFETCH(QString, name);
    QVERIFY(HuaweiRegions::find(region));
    QCOMPARE(HuaweiRegions::apigEndpoint(region), QUrl(apig));
    QCOMPARE(HuaweiRegions::iamEndpoint(region), QUrl(iam));
    QCOMPARE(HuaweiRegions::displayName(region), name);
    QCOMPARE(huawei(region, {}).effectiveEndpoint(), QUrl(apig));
    QCOMPARE(huawei(region, {}).effectiveIamEndpoint(), QUrl(iam));
}

void TestHuaweiEndpoints::everyRegionHasBothHosts()
{
    const QList<HuaweiRegion> &regions = HuaweiRegions::all();
    QCOMPARE(regions.size(), 34); // the SDK's APIG map
    QSet<QString> seen;
    for (const HuaweiRegion &r : regions) {
        const QString id = QLatin1String(r.id);
        QVERIFY2(!seen.contains(id), r.id);
        seen.insert(id);
        QVERIFY2(!QString::fromUtf8(r.name).isEmpty(), r.id);
        const QUrl apig = HuaweiRegions::apigEndpoint(id);
        const QUrl iam = HuaweiRegions::iamEndpoint(id);
        QCOMPARE(apig.scheme(), QStringLiteral("https"));
        QCOMPARE(iam.scheme(), QStringLiteral("https"));
        // APIG's host always names its region; IAM's does too, unless it is the global one.
        QVERIFY2(apig.host().startsWith(QStringLiteral("apig.%1.myhuaweicloud.").arg(id)), r.apigHost);
        QVERIFY2(iam.host().startsWith(QStringLiteral("iam.%1.myhuaweicloud.").arg(id))
                         || iam.host() == QLatin1String(HuaweiRegions::GlobalIamHost), r.iamHost);
        // Both hosts of a region are in the same cloud (.com or .eu).
        QCOMPARE(apig.host().section(QLatin1Char('.'), -1), iam.host().section(QLatin1Char('.'), -1));
    }
}

void TestHuaweiEndpoints::unknownRegionFallsBack()
{
    const QString typed = QStringLiteral("xx-nowhere-9");
    QVERIFY(!HuaweiRegions::find(typed));
    QVERIFY(HuaweiRegions::displayName(typed).isEmpty());
    QCOMPARE(HuaweiRegions::apigEndpoint(typed), QUrl(QStringLiteral("https://apig.xx-nowhere-9.myhuaweicloud.com")));
    QCOMPARE(HuaweiRegions::iamEndpoint(typed), QUrl(QStringLiteral("https://iam.myhuaweicloud.com")));
    QCOMPARE(huawei(typed, {}).effectiveEndpoint(), QUrl(QStringLiteral("https://apig.xx-nowhere-9.myhuaweicloud.com")));
    // No region at all: cn-north-4, as before.
    QCOMPARE(huawei({}, {}).effectiveEndpoint(), QUrl(QStringLiteral("https://apig.cn-north-4.myhuaweicloud.com")));
    QCOMPARE(huawei({}, {}).effectiveIamEndpoint(), QUrl(QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com")));
}

void TestHuaweiEndpoints::accountRegionsAreTheTable()
{
    QCOMPARE(Account::huaweiRegions(), HuaweiRegions::ids());
    QCOMPARE(Account::huaweiRegions().constFirst(), QStringLiteral("cn-north-4"));
    QVERIFY(Account::huaweiRegions().contains(QStringLiteral("eu-west-101")));
}

void TestHuaweiEndpoints::effectiveIamEndpoint_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("iamEndpoint");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing set") << "cn-east-3" << "" << "" << "https://iam.cn-east-3.myhuaweicloud.com";
    QTest::newRow("custom public APIG endpoint never moves IAM")
            << "cn-north-4" << "https://apig.example.com" << "" << "https://iam.cn-north-4.myhuaweicloud.com";
    QTest::newRow("custom public APIG endpoint, .eu region")
            << "eu-west-101" << "https://gateway.example.eu:8443" << "" << "https://iam.eu-west-101.myhuaweicloud.eu";
    QTest::newRow("emulator on this machine serves IAM too")
            << "cn-north-4" << "http://127.0.0.1:8080" << "" << "http://127.0.0.1:8080";
    QTest::newRow("localhost, its path left out") << "cn-north-4" << "http://localhost:9/apig" << "" << "http://localhost:9";
    QTest::newRow("IAM override wins over loopback")
            << "cn-north-4" << "http://127.0.0.1:8080" << "http://127.0.0.1:8081" << "http://127.0.0.1:8081";
    QTest::newRow("IAM override with a public APIG endpoint")
            << "cn-north-4" << "https://apig.example.com" << "https://iam.example.com" << "https://iam.example.com";
    QTest::newRow("a name that only looks local")
            << "cn-north-4" << "https://127.0.0.1.example.com" << "" << "https://iam.cn-north-4.myhuaweicloud.com";
}

void TestHuaweiEndpoints::effectiveIamEndpoint()
{
    QFETCH(QString, region);
    QFETCH(QString, endpoint);
    QFETCH(QString, iamEndpoint);
    QFETCH(QString, expected);
    QCOMPARE(huawei(region, endpoint, iamEndpoint).effectiveIamEndpoint(), QUrl(expected));
}

void TestHuaweiEndpoints::effectiveApigEndpoint()
{
    // The APIG endpoint override is APIG's alone: an IAM endpoint does not move it.
    QCOMPARE(huawei(QStringLiteral("cn-north-4"), {}, QStringLiteral("https://iam.example.com")).effectiveEndpoint(),
             QUrl(QStringLiteral("https://apig.cn-north-4.myhuaweicloud.com")));
    QCOMPARE(huawei(QStringLiteral("cn-north-4"), QStringLiteral("https://apig.example.com"), QStringLiteral("https://iam.example.com"))
                     .effectiveEndpoint(),
             QUrl(QStringLiteral("https://apig.example.com")));
}

// ROMA Connect is its own host in the region (on the region's domain); the shared gateway is APIG's.
void TestHuaweiEndpoints::endpointFollowsTheGateway()
{
    Account a = huawei(QStringLiteral("cn-north-4"), {});
    a.gateway = Account::Gateway::Roma;
    QCOMPARE(a.effectiveEndpoint(), QUrl(QStringLiteral("https://roma.cn-north-4.myhuaweicloud.com")));
    a.region = QStringLiteral("eu-west-101");
    QCOMPARE(a.effectiveEndpoint(), QUrl(QStringLiteral("https://roma.eu-west-101.myhuaweicloud.eu")));
    a.region = QStringLiteral("xx-new-9"); // not in the table: the pattern
    QCOMPARE(a.effectiveEndpoint(), QUrl(QStringLiteral("https://roma.xx-new-9.myhuaweicloud.com")));
    a.endpoint = QUrl(QStringLiteral("https://roma.example.com"));
    QCOMPARE(a.effectiveEndpoint(), a.endpoint);
    Account shared = huawei(QStringLiteral("cn-north-4"), {});
    shared.gateway = Account::Gateway::Shared;
    QCOMPARE(shared.effectiveEndpoint(), QUrl(QStringLiteral("https://apig.cn-north-4.myhuaweicloud.com")));
    // IAM does not move with the gateway.
    QCOMPARE(a.effectiveIamEndpoint(), huawei(QStringLiteral("xx-new-9"), {}).effectiveIamEndpoint());
}

void TestHuaweiEndpoints::alibabaIsLeftAlone()
{
    QCOMPARE(Account::alibabaRegions(), (QStringList{QStringLiteral("cn-hangzhou"), QStringLiteral("ap-southeast-1")}));
    Account a;
    a.cloud = Account::Cloud::Alibaba;
    a.region = QStringLiteral("ap-southeast-1");
    QCOMPARE(a.effectiveEndpoint(), QUrl(QStringLiteral("https://esa.ap-southeast-1.aliyuncs.com")));
}

QTEST_GUILESS_MAIN(TestHuaweiEndpoints)
#include "tst_huaweiendpoints.moc"
