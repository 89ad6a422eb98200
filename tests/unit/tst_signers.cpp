// The signers against the vendors' published vectors (shared/api), byte for byte.
#include "app/apig/SdkHmacSigner.h"
#include "app/esa/Acs3Signer.h"
#include "app/net/Digest.h"

#include <QTest>
#include <QTimeZone>

namespace {
QDateTime vectorDate()
{
    return QDateTime(QDate(2024, 3, 11), QTime(1, 23, 21), QTimeZone::utc());
}
const QByteArray Nonce = "3156853299f313e23d1673dc12e1703d";
} // namespace

class TestSigners : public QObject
{
    Q_OBJECT

private slots:
    void acs3_data();
    void acs3();
    void acs3VerifierRebuildsFromReceivedNames();
    void acs3ParseAuthorization();
    void sdkHmac_data();
    void sdkHmac();
    void sdkHmacParseAuthorization();
    void canonicalQuery_data();
    void canonicalQuery();
    void canonicalUri();
};

void TestSigners::acs3_data()
{
    QTest::addColumn<bool>("sts");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QueryList>("query");
    QTest::addColumn<QByteArray>("expectedCanonical"); // empty: not published, check hash only
    QTest::addColumn<QByteArray>("expectedHash");
    QTest::addColumn<QByteArray>("expectedAuthorization");

    QTest::newRow("vector 1: GetRoutineCodeVersion, form body")
            << false << QByteArray("GetRoutineCodeVersion")
            << QByteArray("CodeVersion=1710120201067203242&Name=test-routine1") << QueryList{}
            << QByteArray("POST\n/\n\ncontent-type:application/x-www-form-urlencoded\nhost:esa.cn-hangzhou.aliyuncs.com\n"
                          "x-acs-action:GetRoutineCodeVersion\n"
                          "x-acs-content-sha256:354edd82d772e573aeb929acb591357c4956501da98441e27a3f0b6b7bf891ad\n"
                          "x-acs-credentials-provider:static_ak\nx-acs-date:2024-03-11T01:23:21Z\n"
                          "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\nx-acs-version:2024-09-10\n\n"
                          "content-type;host;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version\n"
                          "354edd82d772e573aeb929acb591357c4956501da98441e27a3f0b6b7bf891ad")
            << QByteArray("4ed7436aaf55b4564f6e7b02140433a4c0c869552070629337a2eaed576ecc49")
            << QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=content-type;host;x-acs-action;"
                          "x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                          "Signature=31bb83e58e963a2a6b03ed8ad3807a2e143683bea26289593921a01ac7841d63");

    const QueryList listQuery = {{QStringLiteral("PageNumber"), QStringLiteral("1")},
                                 {QStringLiteral("SearchKeyWord"), QStringLiteral("hello world*~'()!路由")},
                                 {QStringLiteral("PageSize"), QStringLiteral("20")}};
    QTest::newRow("vector 2: ListUserRoutines, encoded query")
            << false << QByteArray("ListUserRoutines") << QByteArray() << listQuery
            << QByteArray("POST\n/\nPageNumber=1&PageSize=20&SearchKeyWord=hello%20world%2A~%27%28%29%21%E8%B7%AF%E7%94%B1\n"
                          "host:esa.cn-hangzhou.aliyuncs.com\nx-acs-action:ListUserRoutines\n"
                          "x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                          "x-acs-credentials-provider:static_ak\nx-acs-date:2024-03-11T01:23:21Z\n"
                          "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\nx-acs-version:2024-09-10\n\n"
                          "host;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version\n"
                          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
            << QByteArray("267235f72460bedd5e95100cf6d09c73051818bef31bb2f4a5043ba4d73c1725")
            << QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
                          "x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                          "Signature=74ff3561689e54cf47fcc6aab2effaca76a11c91e5b7d5c65579a76f0800149d");

    QTest::newRow("vector 3: ListUserRoutines with STS credentials")
            << true << QByteArray("ListUserRoutines") << QByteArray() << listQuery << QByteArray()
            << QByteArray("ea1661b09feac2532939a8be33a7c80a28d75cdce9a3b0ca62a020a49df9bf41")
            << QByteArray("ACS3-HMAC-SHA256 Credential=STS.YourAccessKeyId,SignedHeaders=host;x-acs-accesskey-id;x-acs-action;"
                          "x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-security-token;"
                          "x-acs-signature-nonce;x-acs-version,"
                          "Signature=6acd6121ed60653e072ade48b4a4e2ae02d517c28d13c3c25b8bc9eaf9b1da5f");
}

void TestSigners::acs3()
{
    QFETCH(bool, sts);
    QFETCH(QByteArray, action);
    QFETCH(QByteArray, body);
    QFETCH(QueryList, query);
    QFETCH(QByteArray, expectedCanonical);
    QFETCH(QByteArray, expectedHash);
    QFETCH(QByteArray, expectedAuthorization);

    HttpRequestParts request;
    request.method = "POST";
    request.query = query;
    request.body = body;
    request.headers = {{"host", "esa.cn-hangzhou.aliyuncs.com"},
                       {"x-acs-action", action},
                       {"x-acs-version", "2024-09-10"},
                       {"x-acs-credentials-provider", sts ? "static_sts" : "static_ak"}};
    if (!body.isEmpty())
        request.headers.append(qMakePair(QByteArray("content-type"), QByteArray("application/x-www-form-urlencoded")));
    const AlibabaCredentials credentials = sts
            ? AlibabaCredentials{QStringLiteral("STS.YourAccessKeyId"), QStringLiteral("YourStsSecret"), QStringLiteral("YourSecurityToken")}
            : AlibabaCredentials{QStringLiteral("YourAccessKeyId"), QStringLiteral("YourAccessKeySecret"), {}};

    const Acs3Signature s = Acs3Signer::sign(request, credentials, vectorDate(), Nonce);
    if (!expectedCanonical.isEmpty())
        QCOMPARE(s.canonicalRequest, expectedCanonical);
    QCOMPARE(Digest::sha256Hex(s.canonicalRequest), expectedHash);
    QCOMPARE(s.stringToSign, QByteArray("ACS3-HMAC-SHA256\n") + expectedHash);
    QCOMPARE(s.authorization, expectedAuthorization);

    // The headers to add are exactly what the wire must carry.
    HttpRequestParts sent = request;
    sent.headers += s.headersToAdd;
    QCOMPARE(sent.header("x-acs-date"), QByteArray("2024-03-11T01:23:21Z"));
    QCOMPARE(sent.header("x-acs-signature-nonce"), Nonce);
    QCOMPARE(sent.header("Authorization"), expectedAuthorization);
    QCOMPARE(sent.hasHeader("x-acs-security-token"), sts);
}

void TestSigners::acs3VerifierRebuildsFromReceivedNames()
{
    HttpRequestParts request;
    request.method = "POST";
    request.body = "CodeVersion=1710120201067203242&Name=test-routine1";
    request.headers = {{"host", "esa.cn-hangzhou.aliyuncs.com"}, {"x-acs-action", "GetRoutineCodeVersion"},
                       {"x-acs-version", "2024-09-10"}, {"content-type", "application/x-www-form-urlencoded"}};
    const AlibabaCredentials credentials{QStringLiteral("id"), QStringLiteral("secret"), {}};
    const Acs3Signature s = Acs3Signer::sign(request, credentials, vectorDate(), Nonce);
    HttpRequestParts received = request;
    received.headers += s.headersToAdd;
    received.headers.append(qMakePair(QByteArray("User-Agent"), QByteArray("added by a transport, not signed")));
    const auto auth = Acs3Signer::parseAuthorization(received.header("authorization"));
    QVERIFY(auth);
    const QByteArray again = Acs3Signer::signature(credentials.accessKeySecret,
                                                   Acs3Signer::stringToSign(Acs3Signer::canonicalRequest(received, auth->signedHeaders)));
    QCOMPARE(again, s.signature);
    received.setHeader("x-acs-action", "GetRoutine");
    const QByteArray tampered = Acs3Signer::signature(credentials.accessKeySecret,
                                                      Acs3Signer::stringToSign(Acs3Signer::canonicalRequest(received, auth->signedHeaders)));
    QVERIFY(tampered != s.signature);
}

void TestSigners::acs3ParseAuthorization()
{
    const auto a = Acs3Signer::parseAuthorization("ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host;x-acs-date,Signature=ABCDEF");
    QVERIFY(a);
    QCOMPARE(a->accessKeyId, QByteArray("AK"));
    QCOMPARE(a->signedHeaders, (QList<QByteArray>{"host", "x-acs-date"}));
    QCOMPARE(a->signature, QByteArray("abcdef"));
    QVERIFY(!Acs3Signer::parseAuthorization("ACS3-HMAC-SHA256 Credential=AK,Signature=x"));
    QVERIFY(!Acs3Signer::parseAuthorization("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=x"));
    QVERIFY(!Acs3Signer::parseAuthorization("ACS3-HMAC-SHA256 garbage"));
    QVERIFY(!Acs3Signer::parseAuthorization(""));
}

void TestSigners::sdkHmac_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QueryList>("query");
    QTest::addColumn<bool>("unsignedPayload");
    QTest::addColumn<QByteArray>("expectedCanonical");
    QTest::addColumn<QByteArray>("expectedHash");
    QTest::addColumn<QByteArray>("expectedAuthorization");

    QTest::newRow("vector 1: ListAppCodesV2, JSON")
            << QByteArray("/v2/0123456789abcdef0123456789abcdef/apigw/instances/eddc4d25480b4cd6b512f270a1b8b341/apps/9ed8b7fe84224de681e7d7a5587e76dc/app-codes")
            << QueryList{{QStringLiteral("offset"), QStringLiteral("0")}, {QStringLiteral("limit"), QStringLiteral("20")}}
            << false
            << QByteArray("GET\n/v2/0123456789abcdef0123456789abcdef/apigw/instances/eddc4d25480b4cd6b512f270a1b8b341/apps/9ed8b7fe84224de681e7d7a5587e76dc/app-codes/\n"
                          "limit=20&offset=0\ncontent-type:application/json\nhost:apig.cn-north-4.myhuaweicloud.com\n"
                          "x-project-id:0123456789abcdef0123456789abcdef\nx-sdk-date:20240311T012321Z\n\n"
                          "content-type;host;x-project-id;x-sdk-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
            << QByteArray("5cd225408c37e3cd331fad26124e1ea133abd200d9ea02b0190fd9bdfa5b00bd")
            << QByteArray("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-project-id;x-sdk-date, "
                          "Signature=97ba9210da668735ce05e7864d71d742c811c8d7bbc6582533c7feebb2e13c9c");
    QTest::newRow("vector 2: ListAppsV2, encoded query, unsigned payload")
            << QByteArray("/v2/0123456789abcdef0123456789abcdef/apigw/instances/eddc4d25480b4cd6b512f270a1b8b341/apps")
            << QueryList{{QStringLiteral("name"), QStringLiteral("demo app*~'()!应用")}, {QStringLiteral("offset"), QStringLiteral("0")},
                         {QStringLiteral("limit"), QStringLiteral("500")}}
            << true
            << QByteArray("GET\n/v2/0123456789abcdef0123456789abcdef/apigw/instances/eddc4d25480b4cd6b512f270a1b8b341/apps/\n"
                          "limit=500&name=demo%20app%2A~%27%28%29%21%E5%BA%94%E7%94%A8&offset=0\n"
                          "host:apig.cn-north-4.myhuaweicloud.com\nx-project-id:0123456789abcdef0123456789abcdef\n"
                          "x-sdk-content-sha256:UNSIGNED-PAYLOAD\nx-sdk-date:20240311T012321Z\n\n"
                          "host;x-project-id;x-sdk-content-sha256;x-sdk-date\nUNSIGNED-PAYLOAD")
            << QByteArray("adcb2b4764e0b48c49f234ffe4119ad3483ad13c8401c551fa93392ece3fe86c")
            << QByteArray("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=host;x-project-id;x-sdk-content-sha256;x-sdk-date, "
                          "Signature=46157cb8e8199f09fe9275ba2a941677d4b665874ef8f9d6e31576114e59b20b");
}

void TestSigners::sdkHmac()
{
    QFETCH(QByteArray, path);
    QFETCH(QueryList, query);
    QFETCH(bool, unsignedPayload);
    QFETCH(QByteArray, expectedCanonical);
    QFETCH(QByteArray, expectedHash);
    QFETCH(QByteArray, expectedAuthorization);

    HttpRequestParts request;
    request.method = "GET";
    request.path = path;
    request.query = query;
    request.headers = {{"host", "apig.cn-north-4.myhuaweicloud.com"}, {"X-Project-Id", "0123456789abcdef0123456789abcdef"}};
    if (unsignedPayload)
        request.headers.append(qMakePair(QByteArray("X-Sdk-Content-Sha256"), QByteArray("UNSIGNED-PAYLOAD")));
    else
        request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    const HuaweiCredentials credentials{QStringLiteral("QTWAOYTTINDUT2QVKYUC"), QStringLiteral("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc")};
    const SdkHmacSignature s = SdkHmacSigner::sign(request, credentials, vectorDate());
    QCOMPARE(s.canonicalRequest, expectedCanonical);
    QCOMPARE(Digest::sha256Hex(s.canonicalRequest), expectedHash);
    QCOMPARE(s.stringToSign, QByteArray("SDK-HMAC-SHA256\n20240311T012321Z\n") + expectedHash);
    QCOMPARE(s.authorization, expectedAuthorization);
    QCOMPARE(s.headersToAdd.size(), 2);
    QCOMPARE(s.headersToAdd.at(0), (QPair<QByteArray, QByteArray>("X-Sdk-Date", "20240311T012321Z")));
    QCOMPARE(SdkHmacSigner::parseDate("20240311T012321Z"), vectorDate());
}

void TestSigners::sdkHmacParseAuthorization()
{
    const auto a = SdkHmacSigner::parseAuthorization("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=00FF");
    QVERIFY(a);
    QCOMPARE(a->accessKey, QByteArray("AK"));
    QCOMPARE(a->signedHeaders, (QList<QByteArray>{"host", "x-sdk-date"}));
    QCOMPARE(a->signature, QByteArray("00ff"));
    QVERIFY(!SdkHmacSigner::parseAuthorization("SDK-HMAC-SHA256 Access=AK"));
    QVERIFY(!SdkHmacSigner::parseAuthorization("Bearer abc"));
}

void TestSigners::canonicalQuery_data()
{
    QTest::addColumn<QueryList>("query");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QueryList{} << QByteArray();
    QTest::newRow("sorted by name") << QueryList{{QStringLiteral("b"), QStringLiteral("2")}, {QStringLiteral("a"), QStringLiteral("1")}}
                                    << QByteArray("a=1&b=2");
    QTest::newRow("space, plus, star, slash") << QueryList{{QStringLiteral("k"), QStringLiteral("a b+c*/")}}
                                              << QByteArray("k=a%20b%2Bc%2A%2F");
    QTest::newRow("unreserved stay") << QueryList{{QStringLiteral("k"), QStringLiteral("AZaz09-_.~")}}
                                     << QByteArray("k=AZaz09-_.~");
    QTest::newRow("empty value") << QueryList{{QStringLiteral("k"), QString()}} << QByteArray("k=");
    QTest::newRow("repeated name sorted by value") << QueryList{{QStringLiteral("k"), QStringLiteral("b")}, {QStringLiteral("k"), QStringLiteral("a")}}
                                                   << QByteArray("k=a&k=b");
}

void TestSigners::canonicalQuery()
{
    QFETCH(QueryList, query);
    QFETCH(QByteArray, expected);
    QCOMPARE(HttpRequestParts::canonicalQuery(query), expected);
    // Round trip through the wire form.
    QCOMPARE(HttpRequestParts::canonicalQuery(HttpRequestParts::parseQuery(HttpRequestParts::encodeQuery(query), false)), expected);
}

void TestSigners::canonicalUri()
{
    QCOMPARE(SdkHmacSigner::canonicalUri("/v2/p/apigw/instances"), QByteArray("/v2/p/apigw/instances/"));
    QCOMPARE(SdkHmacSigner::canonicalUri("/v2/p/"), QByteArray("/v2/p/"));
    QCOMPARE(SdkHmacSigner::canonicalUri("/a b/c*"), QByteArray("/a%20b/c%2A/"));
    QCOMPARE(SdkHmacSigner::canonicalUri("/"), QByteArray("/"));
}

QTEST_GUILESS_MAIN(TestSigners)
#include "tst_signers.moc"
