// JsonCompleteness: whole, cut off or not JSON, from text and from raw bytes; "a cut-off JSON
// object" as an HTTP body, including exactly what the emulator's truncate fault (a well-formed
// response whose JSON body stops at 3/5 of its length) and badjson fault (an HTML page) send.
// The tables are plain literals; this test opts out of QT_NO_CAST_FROM_ASCII as the decoder's does.
#undef QT_NO_CAST_FROM_ASCII
#include "tests/support/WireClient.h"
#include "app/decode/JsonCompleteness.h"
#include "app/emulator/CloudEmulator.h"

#include <QJsonDocument>
#include <QStringDecoder>
#include <QTest>

using Shape = JsonCompleteness::Shape;
Q_DECLARE_METATYPE(JsonCompleteness::Shape)

// Readable failure messages for QCOMPARE on shapes (found by argument-dependent lookup).
char *toString(JsonCompleteness::Shape shape)
{
    return qstrdup(shape == Shape::Complete ? "Complete" : shape == Shape::CutOff ? "CutOff" : "Invalid");
}

namespace {

// What an ESA answer looks like (GetRoutineCodeVersion, abridged): strings with escapes and
// non-ASCII text, numbers, nested objects and arrays.
const QByteArray EsaAnswer =
        "{\"RequestId\":\"5C3D9175-B6FC-2012-93AD-4890A1B2C3D4\",\"CodeVersion\":\"1712345678901234567\","
        "\"CodeDescription\":\"\\u4e0a\\u7ebf \\\"v3\\\" \\u2014 edge cache\",\"CreateTime\":\"2024-04-05T10:20:30Z\","
        "\"Versions\":[{\"Ratio\":0.25,\"Env\":[\"production\",\"staging\"],\"Default\":true},{\"Ratio\":-1.5e-3,\"Note\":null}],"
        "\"RoutineCode\":\"ZXhwb3J0IGRlZmF1bHQge30=\",\"Tags\":{}}";

// The HTML page a proxy sends instead (what the emulator's badjson fault answers with status 200).
const QByteArray ProxyPage = "<html><head><title>502 Bad Gateway</title></head><body>"
                             "<center><h1>502 Bad Gateway</h1></center><hr><center>Tengine</center></body></html>";

} // namespace

class TestJsonCompleteness : public QObject
{
    Q_OBJECT

private slots:
    void shape_data();
    void shape();
    void cutOffObject_data();
    void cutOffObject();
    void everyPrefixOfAnObjectIsCutOff();
    void emulatorFaults_data();
    void emulatorFaults();
};

void TestJsonCompleteness::shape_data()
{
    QTest::addColumn<QByteArray>("utf8");
    QTest::addColumn<Shape>("shape");

    // complete
    QTest::newRow("empty object") << QByteArray("{}") << Shape::Complete;
    QTest::newRow("empty array") << QByteArray("[]") << Shape::Complete;
    QTest::newRow("ESA answer") << EsaAnswer << Shape::Complete;
    QTest::newRow("whitespace around") << QByteArray(" \r\n\t{\"a\" : [ 1 , 2 ] }\r\n") << Shape::Complete;
    QTest::newRow("top-level string") << QByteArray("\"x\"") << Shape::Complete;
    QTest::newRow("top-level number") << QByteArray("-0.5e+10") << Shape::Complete;
    QTest::newRow("top-level literal") << QByteArray("null") << Shape::Complete;
    QTest::newRow("nested arrays") << QByteArray("[[[[1]]]]") << Shape::Complete;
    QTest::newRow("escapes") << QByteArray("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00E9\"]") << Shape::Complete;
    QTest::newRow("non-ASCII in strings") << QStringLiteral("{\"名\":\"值\"}").toUtf8() << Shape::Complete;
    QTest::newRow("number out of double's range") << QByteArray("[1e400]") << Shape::Complete;

    // cut off: every character fits, the end is missing
    QTest::newRow("nothing") << QByteArray() << Shape::CutOff;
    QTest::newRow("only whitespace") << QByteArray(" \n") << Shape::CutOff;
    QTest::newRow("open brace") << QByteArray("{") << Shape::CutOff;
    QTest::newRow("open bracket") << QByteArray("[") << Shape::CutOff;
    QTest::newRow("after a key") << QByteArray("{\"a\"") << Shape::CutOff;
    QTest::newRow("after a colon") << QByteArray("{\"a\":") << Shape::CutOff;
    QTest::newRow("after a comma") << QByteArray("{\"a\":1,") << Shape::CutOff;
    QTest::newRow("in a key") << QByteArray("{\"ab") << Shape::CutOff;
    QTest::newRow("in a string") << QByteArray("{\"a\":\"abc") << Shape::CutOff;
    QTest::newRow("in an escape") << QByteArray("{\"a\":\"\\") << Shape::CutOff;
    QTest::newRow("in a \\u escape") << QByteArray("{\"a\":\"\\u12") << Shape::CutOff;
    QTest::newRow("in a literal") << QByteArray("{\"a\":tru") << Shape::CutOff;
    QTest::newRow("in an exponent") << QByteArray("[1.5e") << Shape::CutOff;
    QTest::newRow("after a minus") << QByteArray("[-") << Shape::CutOff;
    QTest::newRow("top-level number, dot last") << QByteArray("1.") << Shape::CutOff;
    QTest::newRow("number in an open array") << QByteArray("[12") << Shape::CutOff;
    QTest::newRow("inner object closed, outer open") << QByteArray("{\"a\":{\"b\":[1,2]}") << Shape::CutOff;
    QTest::newRow("in a multi-byte character of a string") << QStringLiteral("{\"名\":\"值").toUtf8().chopped(1)
                                                           << Shape::CutOff;
    QTest::newRow("truncate fault: ESA answer, 3/5") << EsaAnswer.left(EsaAnswer.size() * 3 / 5) << Shape::CutOff;

    // not JSON
    QTest::newRow("badjson fault: HTML page") << ProxyPage << Shape::Invalid;
    QTest::newRow("XML") << QByteArray("<?xml version=\"1.0\"?><Error/>") << Shape::Invalid;
    QTest::newRow("prose after a brace") << QByteArray("{ not json") << Shape::Invalid;
    QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << Shape::Invalid;
    QTest::newRow("empty member") << QByteArray("{,}") << Shape::Invalid;
    QTest::newRow("missing comma") << QByteArray("{\"a\":1 \"b\":2}") << Shape::Invalid;
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << Shape::Invalid;
    QTest::newRow("single quotes") << QByteArray("{'a':1}") << Shape::Invalid;
    QTest::newRow("number key") << QByteArray("{1:2}") << Shape::Invalid;
    QTest::newRow("leading zero") << QByteArray("[01]") << Shape::Invalid;
    QTest::newRow("dot before a bracket (QJsonDocument reads it)") << QByteArray("[1.]") << Shape::Invalid;
    QTest::newRow("\\x escape (QJsonDocument reads it)") << QByteArray("[\"\\x\"]") << Shape::Invalid;
    QTest::newRow("raw tab in a string (QJsonDocument reads it)") << QByteArray("[\"a\tb\"]") << Shape::Invalid;
    QTest::newRow("bad hex digit") << QByteArray("[\"\\u12G4\"]") << Shape::Invalid;
    QTest::newRow("mismatched closer") << QByteArray("[1}") << Shape::Invalid;
    QTest::newRow("stray closer") << QByteArray("]") << Shape::Invalid;
    QTest::newRow("garbage after a whole value") << QByteArray("{\"a\":1} x") << Shape::Invalid;
    QTest::newRow("two values") << QByteArray("1 2") << Shape::Invalid;
    QTest::newRow("capital literal") << QByteArray("[True]") << Shape::Invalid;
    QTest::newRow("NaN") << QByteArray("[NaN]") << Shape::Invalid;
    QTest::newRow("comment") << QByteArray("{/* x */}") << Shape::Invalid;
    QTest::newRow("form feed is not JSON whitespace") << QByteArray("\f{}") << Shape::Invalid;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{}") << Shape::Invalid;
    QTest::newRow("non-ASCII outside strings") << QByteArray("{\"a\":\xC3\xA9}") << Shape::Invalid;
    QTest::newRow("NUL in a string") << QByteArray("[\"a\0b\"]", 7) << Shape::Invalid;
}

void TestJsonCompleteness::shape()
{
    QFETCH(QByteArray, utf8);
    QFETCH(Shape, shape);
    QCOMPARE(JsonCompleteness::of(QByteArrayView(utf8)), shape);
    // The text overload agrees. The rows are UTF-8 but for the one cut mid-character (U+FFFD in
    // text); the decoder keeps a byte order mark as U+FEFF, as QString::fromUtf8 would not.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder.decode(utf8);
    QCOMPARE(JsonCompleteness::of(QStringView(text)), shape);
    // Whatever is Complete, QJsonDocument reads too (the converse fails for its lenient forms).
    if (shape == Shape::Complete && !utf8.contains("1e400"))
        QVERIFY(!QJsonDocument::fromJson("[" + utf8 + "]").isNull());
}

void TestJsonCompleteness::cutOffObject_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("cutOff");

    QTest::newRow("whole object") << EsaAnswer << false;
    QTest::newRow("truncate fault: 3/5 of the object") << EsaAnswer.left(EsaAnswer.size() * 3 / 5) << true;
    QTest::newRow("truncate fault on a tiny body: 1 byte") << QByteArray("{") << true;
    QTest::newRow("cut before the last brace") << EsaAnswer.chopped(1) << true;
    QTest::newRow("whitespace, then a cut object") << QByteArray("\r\n  {\"a\":[1,") << true;
    QTest::newRow("badjson fault: HTML page") << ProxyPage << false;
    QTest::newRow("HTML page cut off") << ProxyPage.left(ProxyPage.size() * 3 / 5) << false;
    QTest::newRow("empty body") << QByteArray() << false;
    QTest::newRow("whitespace only") << QByteArray(" \r\n") << false;
    QTest::newRow("cut array: not an object") << QByteArray("[{\"a\":1},") << false;
    QTest::newRow("cut string: not an object") << QByteArray("\"abc") << false;
    QTest::newRow("broken object, then cut") << QByteArray("{\"a\":1 \"b\":[2") << false;
    QTest::newRow("prose after a brace") << QByteArray("{ not json") << false;
    QTest::newRow("whole object, whitespace after") << QByteArray("{\"a\":1}\n") << false;
}

void TestJsonCompleteness::cutOffObject()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, cutOff);
    QCOMPARE(JsonCompleteness::isCutOffObject(body), cutOff);
}

void TestJsonCompleteness::everyPrefixOfAnObjectIsCutOff()
{
    // However the wire cuts an object short, what arrived is a cut-off object.
    for (qsizetype length = 1; length < EsaAnswer.size(); ++length) {
        const QByteArray prefix = EsaAnswer.left(length);
        QVERIFY2(JsonCompleteness::isCutOffObject(prefix), prefix.constData());
        QCOMPARE(JsonCompleteness::of(QString::fromUtf8(prefix)), Shape::CutOff);
    }
    QVERIFY(!JsonCompleteness::isCutOffObject(EsaAnswer));
    QCOMPARE(JsonCompleteness::of(EsaAnswer), Shape::Complete);
}

void TestJsonCompleteness::emulatorFaults_data()
{
    QTest::addColumn<bool>("esa"); // else APIG
    QTest::addColumn<int>("fault");
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<bool>("cutOff");

    QTest::newRow("ESA, no fault") << true << int(FaultKind::None) << Shape::Complete << false;
    QTest::newRow("ESA, truncate") << true << int(FaultKind::TruncatedBody) << Shape::CutOff << true;
    QTest::newRow("ESA, badjson") << true << int(FaultKind::InvalidJson) << Shape::Invalid << false;
    QTest::newRow("APIG, no fault") << false << int(FaultKind::None) << Shape::Complete << false;
    QTest::newRow("APIG, truncate") << false << int(FaultKind::TruncatedBody) << Shape::CutOff << true;
    QTest::newRow("APIG, badjson") << false << int(FaultKind::InvalidJson) << Shape::Invalid << false;
}

void TestJsonCompleteness::emulatorFaults()
{
    QFETCH(bool, esa);
    QFETCH(int, fault);
    QFETCH(Shape, shape);
    QFETCH(bool, cutOff);

    CloudEmulator emulator;
    QVERIFY(emulator.listenOnLoopback(0) != 0);
    WireClient client(emulator.baseUrl());
    if (FaultKind(fault) != FaultKind::None)
        emulator.forceFault(FaultKind(fault));
    const WireResult r = esa ? client.esa(QStringLiteral("ListUserRoutines"), {})
                             : client.huaweiAkSk(WireClient::apigPath());
    QCOMPARE(r.status, 200); // a well-formed HTTP answer in every case: only the body tells
    QCOMPARE(r.error, QNetworkReply::NoError);
    QVERIFY(!r.body.isEmpty());
    QCOMPARE(JsonCompleteness::of(r.body), shape);
    QCOMPARE(JsonCompleteness::isCutOffObject(r.body), cutOff);
    QCOMPARE(r.jsonOk, shape == Shape::Complete);
}

QTEST_GUILESS_MAIN(TestJsonCompleteness)
#include "tst_jsoncompleteness.moc"
