// JsonStringMember: which member of a JSON text it takes (only a plain string of the top-level
// object, the key once and written plainly) and what it gives back (the value's characters, "\/"
// read as '/', taken out of the text in place); and EsaClient::parseRoutineCodeVersion(HttpReply&&),
// which uses it, against the QJsonDocument path for answers of every shape: the same result,
// field by field, or the same error.
// The tables are plain literals; this test opts out of QT_NO_CAST_FROM_ASCII as the decoder's does.
#undef QT_NO_CAST_FROM_ASCII
#include "app/esa/EsaClient.h"
#include "app/net/HttpTransport.h"
#include "app/net/JsonStringMember.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QLatin1StringView Key("RoutineCode");

// What the emulator sends for GetRoutineCodeVersion (keys sorted, RoutineCode last).
QByteArray answer(const QByteArray &routineCode)
{
    return "{\"CodeDescription\":\"release \\u4e0a\\u7ebf \\\"v3\\\"\",\"CodeVersion\":\"1712345678901234567\","
           "\"CreateTime\":\"2024-04-05T10:20:30Z\",\"RequestId\":\"5C3D9175-B6FC-2012-93AD-4890A1B2C3D4\","
           "\"RoutineCode\":\""
            + routineCode + "\"}";
}

// Base64 of `bytes` bytes of code, as the emulator writes it.
QByteArray base64Of(qsizetype bytes)
{
    QByteArray code;
    code.reserve(bytes);
    const QByteArray line = "export default { async fetch(request) { return new Response('hello'); } };\n";
    while (code.size() < bytes)
        code += line;
    code.truncate(bytes);
    return code.toBase64();
}

// The value find() and take() give for `json`, or a null array when there is no match.
QByteArray taken(const QByteArray &json)
{
    const std::optional<JsonStringMember> m = JsonStringMember::find(json, Key);
    if (!m)
        return QByteArray();
    QByteArray copy = json;
    return m->take(std::move(copy));
}

// The path every other answer takes: the whole body through QJsonDocument.
ApiResult<RoutineCodeVersion> parsedWhole(const HttpReply &reply)
{
    const ApiResult<QJsonObject> json = HttpTransport::parseJsonObject(ApiError::Service::Esa, reply);
    return json.ok() ? EsaClient::parseRoutineCodeVersion("edge", "1712345678901234567", json.value())
                     : ApiResult<RoutineCodeVersion>(json.error());
}

ApiResult<RoutineCodeVersion> parsedTaking(HttpReply reply, qsizetype largeFrom)
{
    return EsaClient::parseRoutineCodeVersion("edge", "1712345678901234567", std::move(reply), largeFrom);
}

// Every field of the two results, with a message that says which differs.
bool sameResult(const ApiResult<RoutineCodeVersion> &a, const ApiResult<RoutineCodeVersion> &b, QByteArray *why)
{
    if (a.ok() != b.ok()) {
        *why = "one is ok, the other is not: " + (a.ok() ? b : a).error().summary().toUtf8();
        return false;
    }
    if (a.ok()) {
        const RoutineCodeVersion &x = a.value(), &y = b.value();
        const std::pair<const char *, bool> fields[] = {
                {"routineName", x.routineName == y.routineName}, {"codeVersion", x.codeVersion == y.codeVersion},
                {"description", x.description == y.description}, {"createTime", x.createTime == y.createTime},
                {"routineCode", x.routineCode == y.routineCode}, {"requestId", x.requestId == y.requestId}};
        for (const auto &[name, same] : fields) {
            if (!same) {
                *why = QByteArray(name) + " differs";
                return false;
            }
        }
        return true;
    }
    const ApiError &x = a.error(), &y = b.error();
    const std::pair<const char *, bool> fields[] = {
            {"service", x.service == y.service}, {"kind", x.kind == y.kind}, {"httpStatus", x.httpStatus == y.httpStatus},
            {"code", x.code == y.code}, {"message", x.message == y.message}, {"requestId", x.requestId == y.requestId},
            {"rawBody", x.rawBody == y.rawBody}, {"retryable", x.retryable == y.retryable}};
    for (const auto &[name, same] : fields) {
        if (!same) {
            *why = QByteArray(name) + " differs: " + x.summary().toUtf8() + " / " + y.summary().toUtf8();
            return false;
        }
    }
    return true;
}

HttpReply replyWith(const QByteArray &body)
{
    HttpReply reply;
    reply.status = 200;
    reply.body = body;
    reply.headers = {{"x-acs-request-id", "EDBD3EB3-97DA-5465-AEF5-8DCA5DC5E395"}};
    return reply;
}

} // namespace

class TestJsonStringMember : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void everyByteOfTheValue();
    void escapedSlashes();
    void offsetsAndTheRest();
    void takeMovesNoByte();
    void sameAsQJsonDocument_data();
    void sameAsQJsonDocument();
    void everyPrefixSameAsQJsonDocument();
    void largeAnswer();
};

void TestJsonStringMember::find_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("value"); // null: no match

    QTest::newRow("the only member") << QByteArray("{\"RoutineCode\":\"YWJj\"}") << QByteArray("YWJj");
    QTest::newRow("last of several") << answer("YWJj") << QByteArray("YWJj");
    QTest::newRow("first of several") << QByteArray("{\"RoutineCode\":\"YWJj\",\"RequestId\":\"x\",\"N\":1}") << QByteArray("YWJj");
    QTest::newRow("empty value") << QByteArray("{\"RoutineCode\":\"\"}") << QByteArray("");
    QTest::newRow("whitespace everywhere") << QByteArray(" \r\n\t{ \"a\" : [ 1 , 2 ] ,\n\t\"RoutineCode\" \r: \"YWJj\" \n} \n")
                                           << QByteArray("YWJj");
    QTest::newRow("every kind of value before it")
            << QByteArray("{\"s\":\"x\",\"n\":-1.5e3,\"t\":true,\"f\":false,\"z\":null,\"o\":{},\"a\":[],\"RoutineCode\":\"YWJj\"}")
            << QByteArray("YWJj");
    // Nested members are values like any other.
    QTest::newRow("nested key skipped, top-level one taken")
            << QByteArray("{\"Data\":{\"RoutineCode\":\"bmVzdGVk\"},\"RoutineCode\":\"dG9w\"}") << QByteArray("dG9w");
    QTest::newRow("top-level one taken, nested key after it")
            << QByteArray("{\"RoutineCode\":\"dG9w\",\"Data\":[{\"RoutineCode\":\"bmVzdGVk\"}]}") << QByteArray("dG9w");
    QTest::newRow("only nested: in an object") << QByteArray("{\"Data\":{\"RoutineCode\":\"bmVzdGVk\"}}") << QByteArray();
    QTest::newRow("only nested: in an array") << QByteArray("{\"Data\":[{\"RoutineCode\":\"bmVzdGVk\"}]}") << QByteArray();
    QTest::newRow("only nested: deep") << QByteArray("{\"a\":{\"b\":[[{\"RoutineCode\":\"x\"}]]}}") << QByteArray();
    QTest::newRow("the key inside a string value") << QByteArray("{\"a\":\"\\\"RoutineCode\\\":\\\"x\\\"\",\"RoutineCode\":\"eQ==\"}")
                                                   << QByteArray("eQ==");
    QTest::newRow("brackets and quotes inside nested strings")
            << QByteArray("{\"a\":{\"b\":\"}]\\\"{[\",\"RoutineCode\":\"x\"},\"RoutineCode\":\"eQ==\"}") << QByteArray("eQ==");
    QTest::newRow("the key as a value") << QByteArray("{\"a\":\"RoutineCode\"}") << QByteArray();
    // Escapes: only "\/" is taken; anything else is QJsonDocument's to read.
    QTest::newRow("escape \\n") << QByteArray("{\"RoutineCode\":\"YW\\nJj\"}") << QByteArray();
    QTest::newRow("escape \\\"") << QByteArray("{\"RoutineCode\":\"YW\\\"Jj\"}") << QByteArray();
    QTest::newRow("escape \\\\") << QByteArray("{\"RoutineCode\":\"YW\\\\Jj\"}") << QByteArray();
    QTest::newRow("escape \\u0041") << QByteArray("{\"RoutineCode\":\"\\u0041\"}") << QByteArray();
    QTest::newRow("escape \\u002F (a slash, but not written \\/)") << QByteArray("{\"RoutineCode\":\"a\\u002Fb\"}") << QByteArray();
    QTest::newRow("escape \\t") << QByteArray("{\"RoutineCode\":\"a\\tb\"}") << QByteArray();
    QTest::newRow("backslash last") << QByteArray("{\"RoutineCode\":\"ab\\") << QByteArray();
    QTest::newRow("escape \\/") << QByteArray("{\"RoutineCode\":\"a\\/b\\/\"}") << QByteArray("a/b/");
    // Characters that are not printable ASCII.
    QTest::newRow("raw tab") << QByteArray("{\"RoutineCode\":\"a\tb\"}") << QByteArray();
    QTest::newRow("raw newline") << QByteArray("{\"RoutineCode\":\"a\nb\"}") << QByteArray();
    QTest::newRow("DEL") << QByteArray("{\"RoutineCode\":\"a\x7f" "b\"}") << QByteArray();
    QTest::newRow("UTF-8") << QByteArray("{\"RoutineCode\":\"caf\xC3\xA9\"}") << QByteArray();
    QTest::newRow("NUL") << QByteArray("{\"RoutineCode\":\"a") + '\0' + QByteArray("b\"}") << QByteArray();
    // The key: once, and plainly written.
    QTest::newRow("duplicate key, both strings") << QByteArray("{\"RoutineCode\":\"YQ==\",\"RoutineCode\":\"Yg==\"}") << QByteArray();
    QTest::newRow("duplicate key, the first not a string") << QByteArray("{\"RoutineCode\":1,\"RoutineCode\":\"Yg==\"}") << QByteArray();
    QTest::newRow("duplicate key, the second not a string") << QByteArray("{\"RoutineCode\":\"YQ==\",\"RoutineCode\":null}") << QByteArray();
    QTest::newRow("escaped key spelling RoutineCode") << QByteArray("{\"Routine\\u0043ode\":\"YQ==\"}") << QByteArray();
    QTest::newRow("escaped key spelling RoutineCode, plain one after")
            << QByteArray("{\"Routine\\u0043ode\":\"YQ==\",\"RoutineCode\":\"Yg==\"}") << QByteArray();
    QTest::newRow("another escaped key") << QByteArray("{\"a\\\"b\":1,\"RoutineCode\":\"Yg==\"}") << QByteArray();
    QTest::newRow("escaped slash in a key") << QByteArray("{\"RoutineCode\":\"Yg==\",\"a\\/b\":1}") << QByteArray();
    QTest::newRow("a longer key") << QByteArray("{\"RoutineCodeX\":\"YQ==\"}") << QByteArray();
    QTest::newRow("a shorter key") << QByteArray("{\"RoutineCod\":\"YQ==\"}") << QByteArray();
    QTest::newRow("another case") << QByteArray("{\"routinecode\":\"YQ==\"}") << QByteArray();
    // The value must be a string.
    QTest::newRow("number") << QByteArray("{\"RoutineCode\":12}") << QByteArray();
    QTest::newRow("null") << QByteArray("{\"RoutineCode\":null}") << QByteArray();
    QTest::newRow("true") << QByteArray("{\"RoutineCode\":true}") << QByteArray();
    QTest::newRow("object") << QByteArray("{\"RoutineCode\":{\"a\":\"YQ==\"}}") << QByteArray();
    QTest::newRow("array") << QByteArray("{\"RoutineCode\":[\"YQ==\"]}") << QByteArray();
    // The text must be an object, from its first character after whitespace.
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"RoutineCode\":\"YQ==\"}") << QByteArray();
    QTest::newRow("form feed first") << QByteArray("\f{\"RoutineCode\":\"YQ==\"}") << QByteArray();
    QTest::newRow("an array") << QByteArray("[{\"RoutineCode\":\"YQ==\"}]") << QByteArray();
    QTest::newRow("a string") << QByteArray("\"RoutineCode\"") << QByteArray();
    QTest::newRow("empty object") << QByteArray("{}") << QByteArray();
    QTest::newRow("empty text") << QByteArray() << QByteArray();
    QTest::newRow("missing") << QByteArray("{\"RequestId\":\"x\"}") << QByteArray();
    // Cut off, or broken where the scan goes.
    QTest::newRow("cut in the value") << QByteArray("{\"RoutineCode\":\"YWJj") << QByteArray();
    QTest::newRow("cut after the value") << QByteArray("{\"RoutineCode\":\"YWJj\"") << QByteArray();
    QTest::newRow("cut after a comma") << QByteArray("{\"RoutineCode\":\"YWJj\",") << QByteArray();
    QTest::newRow("cut in a later key") << QByteArray("{\"RoutineCode\":\"YWJj\",\"Req") << QByteArray();
    QTest::newRow("cut in an earlier nested value") << QByteArray("{\"a\":{\"b\":[1,") << QByteArray();
    QTest::newRow("missing colon") << QByteArray("{\"RoutineCode\" \"YWJj\"}") << QByteArray();
    QTest::newRow("missing comma") << QByteArray("{\"a\":1 \"RoutineCode\":\"YWJj\"}") << QByteArray();
    QTest::newRow("a key that is not a string") << QByteArray("{a:1,\"RoutineCode\":\"YWJj\"}") << QByteArray();
    QTest::newRow("an empty member") << QByteArray("{,\"RoutineCode\":\"YWJj\"}") << QByteArray();
    QTest::newRow("an empty value") << QByteArray("{\"a\":,\"RoutineCode\":\"YWJj\"}") << QByteArray();
    // The scan ends with the top-level object: what follows is for QJsonDocument to refuse.
    QTest::newRow("garbage after the object") << QByteArray("{\"RoutineCode\":\"YWJj\"} x") << QByteArray("YWJj");
}

void TestJsonStringMember::find()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, value);
    QCOMPARE(taken(json).isNull(), value.isNull());
    QCOMPARE(taken(json), value);
    // Wherever it matches, QJsonDocument (when it reads the text at all) reads the same value.
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!value.isNull() && doc.isObject())
        QCOMPARE(doc.object().value(Key).toString().toLatin1(), value);
}

void TestJsonStringMember::everyByteOfTheValue()
{
    // Each byte at each offset of values around the 8-byte steps of the scan: taken exactly when
    // it is printable ASCII; '"' ends the value early (leaving the rest as garbage), '\' starts an escape.
    for (int byte = 0; byte < 256; ++byte) {
        const char c = char(byte);
        if (c == '"')
            continue;
        const bool plain = byte >= 0x20 && byte < 0x7f && c != '\\';
        for (int length = 1; length <= 19; ++length) {
            for (int at = 0; at < length; ++at) {
                QByteArray value(length, 'A');
                value[at] = c;
                const QByteArray json = "{\"RoutineCode\":\"" + value + "\"}";
                const QByteArray got = taken(json);
                if (plain != !got.isNull() || (plain && got != value))
                    QFAIL(qPrintable(QStringLiteral("byte 0x%1 at %2 of %3: %4").arg(byte, 2, 16, QLatin1Char('0')).arg(at).arg(length).arg(got.isNull() ? "no match" : "taken")));
            }
        }
    }
}

void TestJsonStringMember::escapedSlashes()
{
    // "\/" anywhere, also where it straddles the scan's 8-byte steps.
    for (int at = 0; at < 20; ++at) {
        QByteArray written(24, 'B');
        written.insert(at, "\\/");
        QByteArray expected(24, 'B');
        expected.insert(at, '/');
        const QByteArray json = "{\"RoutineCode\":\"" + written + "\"}";
        const std::optional<JsonStringMember> m = JsonStringMember::find(json, Key);
        QVERIFY(m);
        QVERIFY(m->escapedSlashes);
        QCOMPARE(taken(json), expected);
        QCOMPARE(QJsonDocument::fromJson(json).object().value(Key).toString().toLatin1(), expected);
    }
    const std::optional<JsonStringMember> none = JsonStringMember::find(QByteArray("{\"RoutineCode\":\"a/b\"}"), Key);
    QVERIFY(none);
    QVERIFY(!none->escapedSlashes);
}

void TestJsonStringMember::offsetsAndTheRest()
{
    const QByteArray json = "{\"a\":[1],\"RoutineCode\":\"YWJj\",\"b\":2}";
    const std::optional<JsonStringMember> m = JsonStringMember::find(json, Key);
    QVERIFY(m);
    QCOMPARE(m->start, json.indexOf("YWJj"));
    QCOMPARE(m->end, m->start + 4);
    QCOMPARE(json.at(m->end), '"');
    QCOMPARE(m->withoutValue(json), QByteArray("{\"a\":[1],\"RoutineCode\":\"\",\"b\":2}"));
}

void TestJsonStringMember::takeMovesNoByte()
{
    // The value is the text's own buffer, its bounds moved: a large value is never copied.
    QByteArray json = answer(base64Of(1 << 20));
    const std::optional<JsonStringMember> m = JsonStringMember::find(json, Key);
    QVERIFY(m);
    const char *const valueInText = json.constData() + m->start;
    const QByteArray expected = json.mid(m->start, m->end - m->start);
    const QByteArray value = m->take(std::move(json));
    QCOMPARE(value.constData(), valueInText);
    QCOMPARE(value, expected);
    QCOMPARE(value.constData()[value.size()], '\0');
}

void TestJsonStringMember::sameAsQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("emulator answer") << answer(base64Of(3000));
    QTest::newRow("vendor example: 167 characters, one = missing")
            << QByteArray("{\"RequestId\":\"EDBD3EB3-97DA-5465-AEF5-8DCA5DC5E395\",\"CodeDescription\":\"test\","
                          "\"CreateTime\":\"2021-12-03T09:39:57Z\",\"RoutineCode\":"
                          "\"PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPEVycm9yPgogIDxDb2RlPk5vU3VjaEtleTwvQ29kZT4KICA8TWVzc2FnZT5UaGUgc3BlY2lmaWVkIGtleSBkb2VzIG5vdCBleGlzdC48L01lc3NhZ2U+CjwvRXJyb3I+Cg\"}");
    QTest::newRow("broken base64 kept verbatim") << answer("!!not base64==");
    QTest::newRow("escaped slashes in the code") << answer("YWJj\\/ZGVm\\/");
    QTest::newRow("unicode escapes in the code") << answer("YW\\u004Aj");
    QTest::newRow("non-ASCII in the code") << answer("caf\xC3\xA9");
    QTest::newRow("RoutineCode first") << QByteArray("{\"RoutineCode\":\"YWJj\",\"RequestId\":\"r\",\"CreateTime\":\"2024-04-05T10:20:30Z\"}");
    QTest::newRow("whitespace around") << QByteArray(" \n{ \"RoutineCode\" : \"YWJj\" , \"RequestId\" : \"r\" }\n");
    QTest::newRow("nested RoutineCode only") << QByteArray("{\"Data\":{\"RoutineCode\":\"YWJj\"},\"RequestId\":\"r\"}");
    QTest::newRow("nested and top-level") << QByteArray("{\"Data\":{\"RoutineCode\":\"bmVzdA==\"},\"RoutineCode\":\"dG9w\"}");
    QTest::newRow("duplicate RoutineCode") << QByteArray("{\"RoutineCode\":\"YQ==\",\"RequestId\":\"r\",\"RoutineCode\":\"Yg==\"}");
    QTest::newRow("duplicate, the last not a string") << QByteArray("{\"RoutineCode\":\"YQ==\",\"RoutineCode\":7}");
    QTest::newRow("duplicate RequestId") << QByteArray("{\"RequestId\":\"a\",\"RoutineCode\":\"YQ==\",\"RequestId\":\"b\"}");
    QTest::newRow("escaped key spelling RoutineCode") << QByteArray("{\"Routine\\u0043ode\":\"YQ==\"}");
    QTest::newRow("escaped key and a plain one") << QByteArray("{\"Routine\\u0043ode\":\"YQ==\",\"RoutineCode\":\"Yg==\"}");
    QTest::newRow("RoutineCode a number") << QByteArray("{\"RoutineCode\":12,\"RequestId\":\"r\"}");
    QTest::newRow("RoutineCode null") << QByteArray("{\"RoutineCode\":null}");
    QTest::newRow("RoutineCode an object") << QByteArray("{\"RoutineCode\":{}}");
    QTest::newRow("RoutineCode missing") << QByteArray("{\"RequestId\":\"r\",\"CodeDescription\":\"x\"}");
    QTest::newRow("CreateTime in epoch milliseconds") << QByteArray("{\"CreateTime\":1712312430000,\"RoutineCode\":\"YQ==\"}");
    QTest::newRow("CreateTime out of range") << QByteArray("{\"CreateTime\":1e300,\"RoutineCode\":\"YQ==\"}");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + answer("YWJj");
    QTest::newRow("vendor error body: CodeVersionNotExist")
            << QByteArray("{\"RequestId\":\"0AEDAF20-4DDF-4165-8750-47FF9C1929C9\",\"HostId\":\"esa.cn-hangzhou.aliyuncs.com\","
                          "\"Code\":\"CodeVersionNotExist\",\"Message\":\"The specified code version does not exist.\","
                          "\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=CodeVersionNotExist\"}");
    QTest::newRow("vendor error body: Throttling") << QByteArray("{\"RequestId\":\"r\",\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow control.\"}");
    QTest::newRow("HTML page") << QByteArray("<html><head><title>502 Bad Gateway</title></head><body>Tengine</body></html>");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("an array") << QByteArray("[{\"RoutineCode\":\"YQ==\"}]");
    QTest::newRow("trailing comma") << QByteArray("{\"RoutineCode\":\"YQ==\",}");
    QTest::newRow("garbage after the object") << QByteArray("{\"RoutineCode\":\"YQ==\"} x");
    QTest::newRow("a second object after it") << QByteArray("{\"RoutineCode\":\"YQ==\"}{}");
    QTest::newRow("broken before the code") << QByteArray("{\"RequestId\":\"r\" \"RoutineCode\":\"YQ==\"}");
    QTest::newRow("broken after the code") << QByteArray("{\"RoutineCode\":\"YQ==\",\"RequestId\":r}");
    QTest::newRow("invalid UTF-8 in another string") << QByteArray("{\"CodeDescription\":\"\xC3\x28\",\"RoutineCode\":\"YQ==\"}");
    QTest::newRow("nested too deep before the code") << QByteArray("{\"a\":") + QByteArray(2000, '[') + QByteArray(2000, ']')
                                                            + QByteArray(",\"RoutineCode\":\"YQ==\"}");
}

void TestJsonStringMember::sameAsQJsonDocument()
{
    QFETCH(QByteArray, body);
    const ApiResult<RoutineCodeVersion> whole = parsedWhole(replyWith(body));
    QByteArray why;
    // From every size on (0: always the fast path), and at the default threshold.
    for (const qsizetype largeFrom : {qsizetype(0), EsaClient::LargeAnswerBytes}) {
        QVERIFY2(sameResult(parsedTaking(replyWith(body), largeFrom), whole, &why), why.constData());
    }
}

void TestJsonStringMember::everyPrefixSameAsQJsonDocument()
{
    // However the wire cuts an answer short, both paths report it the same way.
    const QByteArray body = answer(base64Of(120)) + "\n";
    QByteArray why;
    for (qsizetype length = 0; length <= body.size(); ++length) {
        const QByteArray prefix = body.left(length);
        if (!sameResult(parsedTaking(replyWith(prefix), 0), parsedWhole(replyWith(prefix)), &why))
            QFAIL(qPrintable(QStringLiteral("%1 of %2 bytes: %3").arg(length).arg(body.size()).arg(QString::fromUtf8(why))));
    }
    QVERIFY(parsedTaking(replyWith(body), 0).ok());
}

void TestJsonStringMember::largeAnswer()
{
    // The 8 MiB version's answer: about 11 MB of base64, taken out as it is.
    const QByteArray code = base64Of(8 << 20);
    const QByteArray body = answer(code);
    QVERIFY(JsonStringMember::find(body, Key));
    const ApiResult<RoutineCodeVersion> taking = parsedTaking(replyWith(body), EsaClient::LargeAnswerBytes);
    QVERIFY(taking.ok());
    QCOMPARE(taking.value().routineCode.size(), code.size());
    QVERIFY(taking.value().routineCode == code);
    QCOMPARE(taking.value().requestId, QStringLiteral("5C3D9175-B6FC-2012-93AD-4890A1B2C3D4"));
    QByteArray why;
    QVERIFY2(sameResult(taking, parsedWhole(replyWith(body)), &why), why.constData());
    // The same answer with one escape at the very end of the code goes the QJsonDocument way, with the same result.
    const QByteArray escaped = answer(code + "\\u0041");
    QVERIFY(!JsonStringMember::find(escaped, Key));
    const ApiResult<RoutineCodeVersion> fallback = parsedTaking(replyWith(escaped), EsaClient::LargeAnswerBytes);
    QVERIFY(fallback.ok());
    QVERIFY(fallback.value().routineCode == code + "A");
    // And cut off in the middle of the code: the same Truncated error.
    const QByteArray cut = body.left(body.size() / 2);
    const ApiResult<RoutineCodeVersion> truncated = parsedTaking(replyWith(cut), EsaClient::LargeAnswerBytes);
    QVERIFY(!truncated.ok());
    QCOMPARE(truncated.error().kind, ApiError::Kind::Truncated);
    QVERIFY2(sameResult(truncated, parsedWhole(replyWith(cut)), &why), why.constData());
}

QTEST_GUILESS_MAIN(TestJsonStringMember)
#include "tst_jsonstringmember.moc"
