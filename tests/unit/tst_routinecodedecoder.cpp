// RoutineCodeDecoder: base64 as the API really sends it (the vendor's own example lacks its
// padding and decodes to a cut-off OSS error document), text encodings, content sniffing, cut-off
// detection, and that any input — large, hostile or random — decodes quickly and never crashes.
// The tables below are long lists of plain literals; this one test opts out of the project's
// QT_NO_CAST_FROM_ASCII rather than wrapping hundreds of them.
#undef QT_NO_CAST_FROM_ASCII
#include "app/decode/CodeText.h"
#include "app/decode/RoutineCodeDecoder.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using Kind = DecodedCode::Kind;
using Warning = DecodedCode::Warning;

// Readable failure messages for QCOMPARE on kinds (found by argument-dependent lookup).
char *toString(DecodedCode::Kind kind)
{
    return qstrdup(DecodedCode::kindId(kind).data());
}

namespace {

// The RoutineCode of the vendor's GetRoutineCodeVersion page: 167 characters, one '=' short.
const QByteArray SeedRoutineCode =
        "PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPEVycm9yPgogIDxDb2RlPk5vU3VjaEtleTwvQ29k"
        "ZT4KICA8TWVzc2FnZT5UaGUgc3BlY2lmaWVkIGtleSBkb2VzIG5vdCBleGlzdC48L01lc3NhZ2U";
const QByteArray SeedBytes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>NoSuchKey</Code>\n"
                             "  <Message>The specified key does not exist.</Message";
// sha256sum of SeedBytes, computed outside Qt.
const QByteArray SeedSha256 = "568ba02de4d974b9af928783143c7d3278ba531d973d0ad1708c94d71d0ef784";

const QByteArray EsModule = R"(export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.pathname === "/health") {
      return new Response("ok", { headers: { "content-type": "text/plain" } });
    }
    const pattern = /^\/api\/(v[12])\/{?/;
    ctx.waitUntil(log(`${request.method} ${url.pathname}`));
    return fetch(request);
  },
};
)";

const QByteArray TypeScriptModule = R"(interface Env {
  ORIGIN: string;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const upstream = new URL(request.url);
    upstream.host = env.ORIGIN;
    return fetch(upstream.toString(), request);
  },
} satisfies ExportedHandler<Env>;
)";

const QByteArray JsonObject = R"({
  "routes": [{ "path": "/api/*", "origin": "https://example.com", "cache": false }],
  "ttl": 3600, "ratio": -1.5e-3, "note": "braces } in strings ] and \"quotes\" \u4e2d", "x": null
}
)";

const QByteArray Html5 = R"(<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Maintenance</title>
<style>body { font: 16px sans-serif; }</style></head>
<body><h1>Back soon</h1><script>if (1 < 2) { console.log("<ok>"); }</script></body>
</html>
)";

const QByteArray XmlDocument = R"(<?xml version="1.0" encoding="UTF-8"?>
<routes>
  <route path="/api" origin="https://example.com"/>
  <!-- a comment with <b> in it -->
  <note><![CDATA[ 1 < 2 ]]></note>
</routes>
)";

const QByteArray AccessDenied = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<Error>\r\n"
                                "  <Code>AccessDenied</Code>\r\n"
                                "  <Message>You have no right to access this object because of bucket acl.</Message>\r\n"
                                "  <RequestId>5C3D9175B6FC201293AD4890</RequestId>\r\n"
                                "  <HostId>routines.oss-cn-hangzhou.aliyuncs.com</HostId>\r\n"
                                "</Error>\r\n";

QByteArray wasmModule(char version = '\x01')
{
    // magic, version, then an empty type section and a custom section named "x"
    return QByteArray("\0asm", 4) + QByteArray(1, version) + QByteArray("\0\0\0", 3)
            + QByteArray("\x01\x01\x00\x00\x02\x01x", 7);
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

QByteArray utf16(const QString &text, QStringEncoder::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
    return encoder.encode(text);
}

// Base64 broken into lines, as MIME (76, CRLF) and PEM (64, LF) tools write it.
QByteArray wrapped(const QByteArray &base64, int width, const QByteArray &newline)
{
    QByteArray out;
    for (qsizetype i = 0; i < base64.size(); i += width)
        out += base64.mid(i, width) + newline;
    return out;
}

QStringList warningIds(const QList<Warning> &warnings)
{
    QStringList ids;
    for (const Warning warning : warnings)
        ids << DecodedCode::warningId(warning);
    return ids;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// A JavaScript module of exactly `size` bytes (size well above 200).
QByteArray largeModule(qsizetype size)
{
    const QByteArray tail = "export default { async fetch(request, env, ctx) { return new Response(\"ok\"); } };\n";
    QByteArray out;
    out.reserve(size);
    for (int n = 0; out.size() + 200 < size - tail.size(); ++n)
        out += "export const handler" + QByteArray::number(n)
                + " = (a, b) => { /* { */ return `${a}:${b}` + \"}\" + '[' + /[}]/.source; };\n";
    out += QByteArray(size - tail.size() - out.size(), ' ') + tail;
    return out;
}

QByteArray largeJson(qsizetype size)
{
    QByteArray out = "[";
    out.reserve(size);
    for (int n = 0; out.size() + 100 < size; ++n)
        out += "{\"id\": " + QByteArray::number(n) + ", \"name\": \"item } ]\", \"ok\": true},\n";
    out += "null" + QByteArray(size - out.size() - 5, ' ') + "]";
    return out;
}

// A successful decode gives the bytes Qt's own (lenient) decoder gives for the same input.
void checkAgainstQt(const DecodedCode &code, const QByteArray &base64)
{
    if (code.ok())
        QCOMPARE(code.bytes, QByteArray::fromBase64(base64));
}

// The same invariants for every decode, whatever the input.
void checkInvariants(const DecodedCode &code, const QByteArray &input)
{
    QCOMPARE(code.size, code.bytes.size());
    if (!code.ok()) {
        QVERIFY(code.errorOffset >= 0 && code.errorOffset < input.size());
        QVERIFY(code.bytes.isEmpty());
        QCOMPARE(code.kind, Kind::Empty);
        return;
    }
    QCOMPARE(code.errorOffset, -1);
    QCOMPARE(code.sha256, sha256Hex(code.bytes));
    if (!code.isText())
        QVERIFY(code.text().isEmpty());
    QCOMPARE(code.bytes.isEmpty(), code.kind == Kind::Empty);
    QCOMPARE(RoutineCodeDecoder::sniff(code.bytes, code.text()), code.kind);
    QVERIFY(!code.kindName(code.kind).isEmpty());
    // The bytes stand for the text (an editor may take them instead) exactly when nothing was
    // dropped, cut or converted on the way to the text.
    const bool converted = code.hasWarning(Warning::BomStripped) || code.hasWarning(Warning::Utf16)
            || code.hasWarning(Warning::TruncatedCharacter);
    QCOMPARE(code.textIsBytes(), code.isText() && !converted);
    if (code.textIsBytes()) {
        QCOMPARE(code.text(), CodeText::fromBytes(code.bytes).text);
        QCOMPARE(code.text().toUtf8(), code.bytes);
    }
}

} // namespace

class TestRoutineCodeDecoder : public QObject
{
    Q_OBJECT

private slots:
    void seedExample();
    void decode_data();
    void decode();
    void fromBytesWithKnownHash_data();
    void fromBytesWithKnownHash();
    void invalidBase64_data();
    void invalidBase64();
    void everyPrefixOfTheSeedDecodes();
    void sniff_data();
    void sniff();
    void endsMidStructure_data();
    void endsMidStructure();
    void jsonAgreesWithQJsonDocument_data();
    void jsonAgreesWithQJsonDocument();
    void storageError_data();
    void storageError();
    void names();
    void bundleMagic();
    void large_data();
    void large();
    void hostileInputsStayFast_data();
    void hostileInputsStayFast();
    void randomMutationsKeepInvariants();
};

void TestRoutineCodeDecoder::seedExample()
{
    QCOMPARE(SeedRoutineCode.size(), 167);
    const DecodedCode code = RoutineCodeDecoder::decode(SeedRoutineCode);
    QVERIFY2(code.ok(), qPrintable(code.error));
    QCOMPARE(code.bytes, SeedBytes);
    QCOMPARE(code.size, 125);
    QCOMPARE(code.sha256, SeedSha256);
    QCOMPARE(code.text(), QString::fromUtf8(SeedBytes));
    QCOMPARE(code.kind, Kind::StorageError);
    QCOMPARE(warningIds(code.warnings), (QStringList{ "MissingPadding", "EndsMidStructure" }));
    QCOMPARE(code.storageErrorCode, QStringLiteral("NoSuchKey"));
    QCOMPARE(code.storageErrorMessage, QStringLiteral("The specified key does not exist."));
    QCOMPARE(code.kindLabel(), QStringLiteral("missing stored code (NoSuchKey)"));
    QCOMPARE(DecodedCode::lexerName(code.kind), QStringLiteral("xml"));
}

void TestRoutineCodeDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QStringList>("warnings");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text"); // expected text; null for kinds without text

    const QString seedText = QString::fromUtf8(SeedBytes);
    QTest::newRow("seed: 167 characters, one '=' short")
            << SeedRoutineCode << Kind::StorageError << QStringList{ "MissingPadding", "EndsMidStructure" }
            << SeedBytes << seedText;
    QTest::newRow("seed with its '=' restored")
            << SeedRoutineCode + "=" << Kind::StorageError << QStringList{ "EndsMidStructure" } << SeedBytes
            << seedText;
    QTest::newRow("seed with two '=': one too many")
            << SeedRoutineCode + "==" << Kind::StorageError << QStringList{ "ExcessPadding", "EndsMidStructure" }
            << SeedBytes << seedText;

    // padding
    QTest::newRow("no padding needed") << QByteArray("YWJj") << Kind::Text << QStringList{} << QByteArray("abc") << "abc";
    QTest::newRow("one '='") << QByteArray("YWI=") << Kind::Text << QStringList{} << QByteArray("ab") << "ab";
    QTest::newRow("two '='") << QByteArray("YQ==") << Kind::Text << QStringList{} << QByteArray("a") << "a";
    QTest::newRow("one '=' missing") << QByteArray("YWI") << Kind::Text << QStringList{ "MissingPadding" }
                                     << QByteArray("ab") << "ab";
    QTest::newRow("two '=' missing") << QByteArray("YQ") << Kind::Text << QStringList{ "MissingPadding" }
                                     << QByteArray("a") << "a";
    QTest::newRow("one of two '=' missing") << QByteArray("YQ=") << Kind::Text << QStringList{ "MissingPadding" }
                                            << QByteArray("a") << "a";
    QTest::newRow("'=' after a whole group") << QByteArray("YWJj=") << Kind::Text << QStringList{ "ExcessPadding" }
                                             << QByteArray("abc") << "abc";
    QTest::newRow("three '='") << QByteArray("YQ===") << Kind::Text << QStringList{ "ExcessPadding" }
                               << QByteArray("a") << "a";
    QTest::newRow("only padding") << QByteArray("====") << Kind::Empty << QStringList{ "ExcessPadding" }
                                  << QByteArray() << QString();
    QTest::newRow("whitespace inside the padding") << QByteArray("YQ= =\r\n") << Kind::Text << QStringList{}
                                                   << QByteArray("a") << "a";

    // whitespace and line wrapping
    QTest::newRow("spaces and tabs anywhere") << QByteArray(" Y W\tJ j\r\n ") << Kind::Text << QStringList{}
                                              << QByteArray("abc") << "abc";
    QTest::newRow("MIME: 76-character CRLF lines")
            << wrapped(EsModule.toBase64(), 76, "\r\n") << Kind::JavaScript << QStringList{} << EsModule
            << QString::fromUtf8(EsModule);
    QTest::newRow("PEM: 64-character LF lines, no final newline")
            << wrapped(EsModule.toBase64(), 64, "\n").chopped(1) << Kind::JavaScript << QStringList{} << EsModule
            << QString::fromUtf8(EsModule);
    QTest::newRow("seed wrapped at 76 with CRLF")
            << wrapped(SeedRoutineCode, 76, "\r\n") << Kind::StorageError
            << QStringList{ "MissingPadding", "EndsMidStructure" } << SeedBytes << seedText;

    // a lone final character
    QTest::newRow("truncated quantum") << QByteArray("YWJjZ") << Kind::Text << QStringList{ "TruncatedQuantum" }
                                       << QByteArray("abc") << "abc";
    QTest::newRow("truncated quantum with padding") << QByteArray("YWJjZ===") << Kind::Text
                                                    << QStringList{ "TruncatedQuantum" } << QByteArray("abc") << "abc";
    QTest::newRow("a single character") << QByteArray("Y") << Kind::Empty << QStringList{ "TruncatedQuantum" }
                                        << QByteArray() << QString();

    // text encodings
    const QString chinese = QStringLiteral("路由代码：你好，世界！\n边缘函数");
    QTest::newRow("UTF-8, Chinese") << chinese.toUtf8().toBase64() << Kind::Text << QStringList{}
                                    << chinese.toUtf8() << chinese;
    const QByteArray bom = "\xEF\xBB\xBF";
    QTest::newRow("UTF-8 with BOM") << (bom + chinese.toUtf8()).toBase64() << Kind::Text
                                    << QStringList{ "BomStripped" } << bom + chinese.toUtf8() << chinese;
    QTest::newRow("UTF-8 BOM before a module") << (bom + EsModule).toBase64() << Kind::JavaScript
                                               << QStringList{ "BomStripped" } << bom + EsModule
                                               << QString::fromUtf8(EsModule);
    QTest::newRow("UTF-8 BOM only") << bom.toBase64() << Kind::Text << QStringList{ "BomStripped" } << bom
                                    << QString();
    QTest::newRow("UTF-8 BOM twice: the second is text")
            << (bom + bom + "x").toBase64() << Kind::Text << QStringList{ "BomStripped" } << bom + bom + "x"
            << QString(QChar(0xFEFF)) + u'x';
    const QByteArray le = utf16(chinese, QStringEncoder::Utf16LE);
    const QByteArray be = utf16(chinese, QStringEncoder::Utf16BE);
    QVERIFY(le.startsWith("\xFF\xFE") && be.startsWith("\xFE\xFF"));
    QTest::newRow("UTF-16 LE with BOM") << le.toBase64() << Kind::Text << QStringList{ "Utf16" } << le << chinese;
    QTest::newRow("UTF-16 BE with BOM") << be.toBase64() << Kind::Text << QStringList{ "Utf16" } << be << chinese;
    const QByteArray leModule = utf16(QString::fromUtf8(EsModule), QStringEncoder::Utf16LE);
    QTest::newRow("UTF-16 LE module") << leModule.toBase64() << Kind::JavaScript << QStringList{ "Utf16" }
                                      << leModule << QString::fromUtf8(EsModule);
    QTest::newRow("UTF-16 cut mid code unit") << le.chopped(1).toBase64() << Kind::Text
                                              << QStringList{ "Utf16", "TruncatedCharacter" } << le.chopped(1)
                                              << chinese.chopped(1) + QChar(QChar::ReplacementCharacter);
    const QByteArray loneSurrogate("\xFF\xFE\x61\x00\x00\xD8\x62\x00", 8);
    QTest::newRow("UTF-16 with a lone surrogate") << loneSurrogate.toBase64() << Kind::Binary
                                                  << QStringList{ "InvalidUtf16" } << loneSurrogate << QString();
    const QByteArray cutChinese = QStringLiteral("你好").toUtf8().chopped(1);
    QTest::newRow("UTF-8 cut mid character") << cutChinese.toBase64() << Kind::Text
                                             << QStringList{ "TruncatedCharacter" } << cutChinese
                                             << QStringLiteral("你") + QChar(QChar::ReplacementCharacter);
    const QByteArray cutEmoji = QStringLiteral("ok 😀").toUtf8().chopped(1);
    QTest::newRow("UTF-8 cut in a 4-byte character") << cutEmoji.toBase64() << Kind::Text
                                                     << QStringList{ "TruncatedCharacter" } << cutEmoji
                                                     << QStringLiteral("ok ") + QChar(QChar::ReplacementCharacter);
    const QByteArray invalidUtf8("var x = \"\xC3\x28\";");
    QTest::newRow("invalid UTF-8") << invalidUtf8.toBase64() << Kind::Binary << QStringList{ "NotUtf8" }
                                   << invalidUtf8 << QString();
    QTest::newRow("overlong UTF-8") << QByteArray("\xC0\xAF").toBase64() << Kind::Binary << QStringList{ "NotUtf8" }
                                    << QByteArray("\xC0\xAF") << QString();
    QTest::newRow("UTF-8 surrogate") << QByteArray("a\xED\xA0\x80").toBase64() << Kind::Binary
                                     << QStringList{ "NotUtf8" } << QByteArray("a\xED\xA0\x80") << QString();
    const QByteArray nul("export default {};\0", 19);
    QTest::newRow("NUL in otherwise valid text") << nul.toBase64() << Kind::Binary << QStringList{ "ContainsNul" }
                                                 << nul << QString();

    // binary
    QTest::newRow("WebAssembly") << wasmModule().toBase64() << Kind::WebAssembly << QStringList{} << wasmModule()
                                 << QString();
    QTest::newRow("WebAssembly, version 2") << wasmModule('\x02').toBase64() << Kind::WebAssembly
                                            << QStringList{ "UnexpectedWasmVersion" } << wasmModule('\x02')
                                            << QString();
    QTest::newRow("WebAssembly magic only") << QByteArray("\0asm", 4).toBase64() << Kind::WebAssembly
                                            << QStringList{ "UnexpectedWasmVersion" } << QByteArray("\0asm", 4)
                                            << QString();
    const QByteArray noise = randomBytes(4096, 20240910);
    QTest::newRow("random bytes (seeded)") << noise.toBase64() << Kind::Binary << QStringList{ "NotUtf8" } << noise
                                           << QString();

    // content kinds
    QTest::newRow("ES module") << EsModule.toBase64() << Kind::JavaScript << QStringList{} << EsModule
                               << QString::fromUtf8(EsModule);
    const QByteArray cutModule = EsModule.left(EsModule.indexOf("return fetch"));
    QTest::newRow("ES module, cut off") << cutModule.toBase64() << Kind::JavaScript
                                        << QStringList{ "EndsMidStructure" } << cutModule << QString::fromUtf8(cutModule);
    QTest::newRow("TypeScript") << TypeScriptModule.toBase64() << Kind::TypeScript << QStringList{}
                                << TypeScriptModule << QString::fromUtf8(TypeScriptModule);
    QTest::newRow("JSON object") << JsonObject.toBase64() << Kind::Json << QStringList{} << JsonObject
                                 << QString::fromUtf8(JsonObject);
    const QByteArray array = "[1, 2.5, -0, \"three\", [true, false, null], {}]";
    QTest::newRow("JSON array") << array.toBase64() << Kind::Json << QStringList{} << array << QString::fromUtf8(array);
    const QByteArray cutJson = JsonObject.left(JsonObject.indexOf("\"ttl\"") + 9);
    QTest::newRow("JSON, cut off") << cutJson.toBase64() << Kind::Json << QStringList{ "EndsMidStructure" }
                                   << cutJson << QString::fromUtf8(cutJson);
    const QByteArray brokenJson = "{\"a\": 1 \"b\": 2}";
    QTest::newRow("JSON-looking, broken") << brokenJson.toBase64() << Kind::Text << QStringList{ "NotValidJson" }
                                          << brokenJson << QString::fromUtf8(brokenJson);
    QTest::newRow("HTML5") << Html5.toBase64() << Kind::Html << QStringList{} << Html5 << QString::fromUtf8(Html5);
    QTest::newRow("XML") << XmlDocument.toBase64() << Kind::Xml << QStringList{} << XmlDocument
                         << QString::fromUtf8(XmlDocument);
    QTest::newRow("storage error: AccessDenied") << AccessDenied.toBase64() << Kind::StorageError << QStringList{}
                                                 << AccessDenied << QString::fromUtf8(AccessDenied);
    QTest::newRow("plain text") << QByteArray("hello, edge").toBase64() << Kind::Text << QStringList{}
                                << QByteArray("hello, edge") << "hello, edge";

    // nothing
    QTest::newRow("empty") << QByteArray() << Kind::Empty << QStringList{} << QByteArray() << QString();
    QTest::newRow("whitespace only") << QByteArray(" \r\n\t ") << Kind::Empty << QStringList{} << QByteArray()
                                     << QString();
    QTest::newRow("decodes to whitespace") << QByteArray("\n\n").toBase64() << Kind::Text << QStringList{}
                                           << QByteArray("\n\n") << "\n\n";
}

void TestRoutineCodeDecoder::decode()
{
    QFETCH(QByteArray, input);
    QFETCH(Kind, kind);
    QFETCH(QStringList, warnings);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);

    const DecodedCode code = RoutineCodeDecoder::decode(input);
    QVERIFY2(code.ok(), qPrintable(code.error));
    QCOMPARE(code.errorOffset, -1);
    QCOMPARE(code.kind, kind);
    QCOMPARE(warningIds(code.warnings), warnings);
    QCOMPARE(code.bytes, bytes);
    QCOMPARE(code.size, bytes.size());
    QCOMPARE(code.sha256, sha256Hex(bytes));
    QCOMPARE(code.text(), text);
    QCOMPARE(code.text().isEmpty(), !code.isText() || text.isEmpty());
    checkInvariants(code, input);
    checkAgainstQt(code, input);

    // fromBytes is the same pipeline after base64: same result but for the base64 warnings.
    const DecodedCode again = RoutineCodeDecoder::fromBytes(bytes);
    QCOMPARE(again.kind, kind);
    QCOMPARE(again.text(), text);
    QStringList afterBase64 = warnings;
    afterBase64.removeAll("MissingPadding");
    afterBase64.removeAll("ExcessPadding");
    afterBase64.removeAll("TruncatedQuantum");
    QCOMPARE(warningIds(again.warnings), afterBase64);
}

void TestRoutineCodeDecoder::fromBytesWithKnownHash_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("the seed: storage error, cut off") << SeedBytes;
    QTest::newRow("ES module") << EsModule;
    QTest::newRow("TypeScript") << TypeScriptModule;
    QTest::newRow("UTF-16 with BOM") << utf16(QString::fromUtf8(EsModule), QStringEncoder::Utf16LE);
    QTest::newRow("not UTF-8") << QByteArray("var x = \"\xC3\x28\";");
    QTest::newRow("WebAssembly") << wasmModule();
    QTest::newRow("empty") << QByteArray();
    // From 1 MiB on fromBytes(bytes) hashes on a second thread; with a known hash nothing does.
    QTest::newRow("2 MiB JavaScript") << largeModule(2 * 1024 * 1024);
}

void TestRoutineCodeDecoder::fromBytesWithKnownHash()
{
    QFETCH(QByteArray, bytes);
    const DecodedCode hashed = RoutineCodeDecoder::fromBytes(bytes);
    QCOMPARE(hashed.sha256, sha256Hex(bytes));

    // The real hash: the very same result. A stand-in: the same result but for sha256, which shows
    // that the given hash is taken, not recomputed. An empty one: not known, so hashed.
    const QByteArray standIn(64, 'f');
    for (const QByteArray &known : { hashed.sha256, standIn, QByteArray() }) {
        const DecodedCode code = RoutineCodeDecoder::fromBytes(bytes, known);
        QCOMPARE(code.sha256, known.isEmpty() ? hashed.sha256 : known);
        QCOMPARE(code.bytes, hashed.bytes);
        QCOMPARE(code.size, hashed.size);
        QCOMPARE(code.text(), hashed.text());
        QCOMPARE(code.kind, hashed.kind);
        QCOMPARE(warningIds(code.warnings), warningIds(hashed.warnings));
        QCOMPARE(code.storageErrorCode, hashed.storageErrorCode);
        QCOMPARE(code.storageErrorMessage, hashed.storageErrorMessage);
        QCOMPARE(code.error, hashed.error);
        QCOMPARE(code.errorOffset, hashed.errorOffset);
    }
}

void TestRoutineCodeDecoder::invalidBase64_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("named"); // how the error names the character

    QTest::newRow("'*'") << QByteArray("PD94*bWw") << 4 << "'*'";
    QTest::newRow("URL-safe '-'") << QByteArray("PD94bW-w") << 6 << "'-'";
    QTest::newRow("URL-safe '_' first") << QByteArray("_D94bWwg") << 0 << "'_'";
    QTest::newRow("'.' after whitespace, offset counts it") << QByteArray("YW Jj\r\n  .x") << 9 << "'.'";
    QTest::newRow("'!' after the whole seed") << SeedRoutineCode + "!" << 167 << "'!'";
    QTest::newRow("quote left from JSON") << QByteArray("\"YWJj\"") << 0 << "'\"'";
    QTest::newRow("backslash of a JSON escape") << QByteArray("YW\\/J") << 2 << "'\\'";
    QTest::newRow("non-ASCII: é") << QByteArray("PD94bWwg\xC3\xA9") << 8 << "U+00E9";
    QTest::newRow("non-ASCII: 路") << QStringLiteral("YWJj路").toUtf8() << 4 << "U+8DEF";
    QTest::newRow("non-ASCII: emoji") << QStringLiteral("YWJjYW😀").toUtf8() << 6 << "U+1F600";
    QTest::newRow("not UTF-8 either") << QByteArray("YW\xFFJj") << 2 << "0xff";
    QTest::newRow("control character") << QByteArray("YW\x01J") << 2 << "U+0001";
    QTest::newRow("NUL") << QByteArray("YW\0J", 4) << 2 << "U+0000";
    QTest::newRow("padding in the middle") << QByteArray("YQ==YWJj") << 2 << "'='";
    QTest::newRow("padding mid-group") << QByteArray("YW=Jj") << 2 << "'='";
    QTest::newRow("padding, whitespace, more data") << QByteArray("YQ= =\r\nYQ") << 2 << "'='";
    QTest::newRow("seed with '=' inside") << SeedRoutineCode.left(100) + "=" + SeedRoutineCode.mid(100) << 100 << "'='";
}

void TestRoutineCodeDecoder::invalidBase64()
{
    QFETCH(QByteArray, input);
    QFETCH(int, offset);
    QFETCH(QString, named);

    const DecodedCode code = RoutineCodeDecoder::decode(input);
    QVERIFY(!code.ok());
    QCOMPARE(code.errorOffset, offset);
    QVERIFY2(code.error.contains(QString::number(offset)), qPrintable(code.error));
    QVERIFY2(code.error.contains(named), qPrintable(code.error));
    QCOMPARE(code.kind, Kind::Empty);
    QVERIFY(code.bytes.isEmpty());
    QCOMPARE(code.size, 0);
    QCOMPARE(warningIds(code.warnings), QStringList{ "InvalidCharacters" });
    checkInvariants(code, input);
}

void TestRoutineCodeDecoder::everyPrefixOfTheSeedDecodes()
{
    // However the code is cut, valid base64 stays decodable; only the warnings change.
    const QByteArray full = SeedRoutineCode + "=";
    for (qsizetype length = 0; length <= full.size(); ++length) {
        const QByteArray input = full.left(length);
        const DecodedCode code = RoutineCodeDecoder::decode(input);
        QVERIFY2(code.ok(), qPrintable(code.error));
        checkAgainstQt(code, input);
        QCOMPARE(code.hasWarning(Warning::TruncatedQuantum), length % 4 == 1 && length < full.size());
        QCOMPARE(code.bytes, SeedBytes.left(code.bytes.size()));
        QCOMPARE(code.bytes.size(), qsizetype(length / 4 * 3 + (length % 4 == 2 ? 1 : length % 4 == 3 ? 2 : 0))
                         - (length == full.size() ? 1 : 0));
        checkInvariants(code, input);
    }
}

void TestRoutineCodeDecoder::sniff_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");

    // JavaScript
    QTest::newRow("export default") << "export default { fetch() { return new Response('hi'); } }" << Kind::JavaScript;
    QTest::newRow("export const") << "export const x = 1;" << Kind::JavaScript;
    QTest::newRow("import from") << "import handler from './handler.js';\nexport default handler;" << Kind::JavaScript;
    QTest::newRow("import braces") << "import { a } from 'b';" << Kind::JavaScript;
    QTest::newRow("leading line comment") << "// routine v3\nmain();" << Kind::JavaScript;
    QTest::newRow("leading licence block") << "/*! licence */\n!function(){}();" << Kind::JavaScript;
    QTest::newRow("use strict") << "'use strict';\nvar a = 1;" << Kind::JavaScript;
    QTest::newRow("service worker") << "addEventListener('fetch', (event) => {\n  event.respondWith(handle(event.request));\n});"
                                    << Kind::JavaScript;
    QTest::newRow("async function") << "async function handle(request) {\n  return fetch(request);\n}" << Kind::JavaScript;
    QTest::newRow("function") << "function handle(request) { return request; }" << Kind::JavaScript;
    QTest::newRow("const") << "const ORIGIN = 'https://example.com';" << Kind::JavaScript;
    QTest::newRow("let destructuring") << "let { a, b } = obj;" << Kind::JavaScript;
    QTest::newRow("class") << "class Router extends Base {}" << Kind::JavaScript;
    QTest::newRow("IIFE") << "(function () { self.x = 1; })();" << Kind::JavaScript;
    QTest::newRow("hashbang") << "#!/usr/bin/env node\nconsole.log(1);" << Kind::JavaScript;
    QTest::newRow("export default at the end of a bundle") << "x = 1;\ny = 2;\nexport default x;" << Kind::JavaScript;
    QTest::newRow("minified exports of Request") << "module.exports={Request:Request,Response:Response,a:void 0};"
                                                 << Kind::JavaScript;
    QTest::newRow("TS-looking text in strings and comments")
            << "export default { f() { return 'interface X { a: string }'; } }; // type X = string\n"
               "/* (a: string): void { */ const t = `let x: number = ${1}`;"
            << Kind::JavaScript;
    QTest::newRow("ternaries with void and Response")
            << "export const f = (a) => a ? (b) : void 0, g = (c) ? (d) : Response.error();" << Kind::JavaScript;
    QTest::newRow("object literals with colons") << "export const o = { a: 1, b: c, d: (e) };" << Kind::JavaScript;

    // TypeScript
    QTest::newRow("TS: interface") << "interface Env { KV: KVNamespace }\nexport default {};" << Kind::TypeScript;
    QTest::newRow("TS: typed parameters") << "export default { async fetch(request: Request, env) { return fetch(request); } };"
                                          << Kind::TypeScript;
    QTest::newRow("TS: typed const") << "const ttl: number = 60;" << Kind::TypeScript;
    QTest::newRow("TS: type alias") << "export type Route = { path: string };" << Kind::TypeScript;
    QTest::newRow("TS: as const") << "export const methods = ['GET', 'HEAD'] as const;" << Kind::TypeScript;
    QTest::newRow("TS: return type") << "export function ok(): Response {\n  return new Response('ok');\n}" << Kind::TypeScript;
    QTest::newRow("TS: Promise return type") << "export async function f() : Promise<Response> { return r; }" << Kind::TypeScript;
    QTest::newRow("TS: enum") << "enum Color { Red, Green }" << Kind::TypeScript;
    QTest::newRow("TS: import type") << "import type { Env } from './env';\nexport default {};" << Kind::TypeScript;
    QTest::newRow("TS: access modifiers") << "export class Cache {\n  private readonly store = new Map();\n}" << Kind::TypeScript;
    QTest::newRow("TS: implements") << "export class A implements Handler {}" << Kind::TypeScript;
    QTest::newRow("TS: declare") << "declare const BUILD: string;\nexport default {};" << Kind::TypeScript;

    // JSON
    QTest::newRow("JSON: empty object") << "{}" << Kind::Json;
    QTest::newRow("JSON: empty array after whitespace") << " \r\n[ ]" << Kind::Json;
    QTest::newRow("JSON: nested") << "{\"a\":[1,2,{\"b\":null}],\"c\":\"}\"}" << Kind::Json;
    QTest::newRow("JSON: cut in a literal") << "{\"a\": tru" << Kind::Json;
    QTest::newRow("JSON: cut in an escape") << "{\"a\": \"\\u12" << Kind::Json;
    QTest::newRow("JSON: leading zero") << "[01]" << Kind::Text;
    QTest::newRow("JSON: trailing comma") << "{\"a\": 1,}" << Kind::Text;
    QTest::newRow("JSON: garbage after") << "{\"a\": 1} x" << Kind::Text;
    QTest::newRow("brace then prose") << "{ not json" << Kind::Text;
    QTest::newRow("log line") << "[INFO] started" << Kind::Text;

    // markup
    QTest::newRow("HTML: doctype") << "<!DOCTYPE html><p>x" << Kind::Html;
    QTest::newRow("HTML: doctype lower case after a comment") << "<!-- built -->\n<!doctype HTML>\n<html></html>" << Kind::Html;
    QTest::newRow("HTML: html element") << "<html lang=\"zh\"><body></body></html>" << Kind::Html;
    QTest::newRow("HTML: HTML element upper case") << "  <HTML><BODY>x</BODY></HTML>" << Kind::Html;
    QTest::newRow("HTML: fragment") << "<div class=\"banner\">Sale</div>" << Kind::Html;
    QTest::newRow("HTML: XHTML") << "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
                                   "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\"></html>"
                                << Kind::Html;
    QTest::newRow("XML: declaration") << "<?xml version=\"1.0\"?><root/>" << Kind::Xml;
    QTest::newRow("XML: SVG") << "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>" << Kind::Xml;
    QTest::newRow("XML: no declaration") << "<config><a b=\"c\"/></config>" << Kind::Xml;
    QTest::newRow("XML: doctype of its own") << "<!DOCTYPE note [<!ENTITY a \"b\">]>\n<note/>" << Kind::Xml;
    QTest::newRow("XML: declaration only") << "<?xml version=\"1.0\"?>" << Kind::Xml;
    QTest::newRow("storage error, one line") << "<Error><Code>NoSuchBucket</Code></Error>" << Kind::StorageError;
    QTest::newRow("storage error, cut after the root") << "<?xml version=\"1.0\"?>\n<Error>" << Kind::StorageError;
    QTest::newRow("lower-case error element is XML") << "<error><code>x</code></error>" << Kind::Xml;

    // text
    QTest::newRow("prose") << "hello world" << Kind::Text;
    QTest::newRow("prose starting with let") << "let me know if this works" << Kind::Text;
    QTest::newRow("prose starting with import") << "import the data first, then export it" << Kind::Text;
    QTest::newRow("prose starting with export") << "export the report to PDF" << Kind::Text;
    QTest::newRow("prose starting with type") << "type something here" << Kind::Text;
    QTest::newRow("less-than sign") << "< not a tag" << Kind::Text;
    QTest::newRow("whitespace") << " \n\t" << Kind::Text;
}

void TestRoutineCodeDecoder::sniff()
{
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    QCOMPARE(RoutineCodeDecoder::sniff(text.toUtf8(), text), kind);
    QCOMPARE(RoutineCodeDecoder::fromBytes(text.toUtf8()).kind, kind);
}

void TestRoutineCodeDecoder::endsMidStructure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("flagged");

    // JavaScript: brackets inside strings, comments, templates and regular expressions do not count
    QTest::newRow("JS: complete") << QString::fromUtf8(EsModule) << Kind::JavaScript << false;
    QTest::newRow("JS: last brace missing") << QString::fromUtf8(EsModule).trimmed().chopped(2) << Kind::JavaScript << true;
    QTest::newRow("JS: cut in a string") << "export default { fetch() { return \"abc" << Kind::JavaScript << true;
    QTest::newRow("JS: cut in a template") << "export default `abc" << Kind::JavaScript << true;
    QTest::newRow("JS: cut in a template hole") << "export default `a ${ b" << Kind::JavaScript << true;
    QTest::newRow("JS: cut in a block comment") << "export default {};\n/* to do" << Kind::JavaScript << true;
    QTest::newRow("JS: ends in a line comment") << "export default {};\n// the end {" << Kind::JavaScript << false;
    QTest::newRow("JS: brackets in strings") << "export default { a: \"}}}\", b: '{{{', c: \"\\\"{\" };"
                                             << Kind::JavaScript << false;
    QTest::newRow("JS: brackets in comments") << "export default { /* { */ } // {{{\n" << Kind::JavaScript << false;
    QTest::newRow("JS: brackets in a regex") << "export const re = /[{(]/g;\nexport default {};" << Kind::JavaScript << false;
    QTest::newRow("JS: slash in a regex class") << "export const r = /[/]{/;\nexport default r;" << Kind::JavaScript << false;
    QTest::newRow("JS: regex after return") << "export function f(s) { return /}/.test(s); }" << Kind::JavaScript << false;
    QTest::newRow("JS: division after a parenthesis")
            << "export const a = (x) / 2, s = '/{', b = 1;\nexport default a;" << Kind::JavaScript << false;
    QTest::newRow("JS: division after a name") << "export const a = b / 2 / c, s = '/{';" << Kind::JavaScript << false;
    QTest::newRow("JS: nested templates")
            << "export const t = `a ${ {x: 1}.x } b ${`inner ${y} }`} }`;\nexport default t;" << Kind::JavaScript << false;
    QTest::newRow("JS: escaped quote") << "export const s = 'it\\'s {';" << Kind::JavaScript << false;
    QTest::newRow("JS: line continuation") << "export const s = 'a\\\r\n{';" << Kind::JavaScript << false;
    QTest::newRow("JS: unterminated string ends with its line") << "export const s = 'abc\nexport default {};"
                                                                << Kind::JavaScript << false;
    QTest::newRow("JS: a stray closer is not a cut-off") << "export default {};\n}" << Kind::JavaScript << false;
    QTest::newRow("TS: cut off") << "export default { async fetch(request: Request) {" << Kind::TypeScript << true;

    // JSON
    QTest::newRow("JSON: complete") << "{\"a\": \"}\"}" << Kind::Json << false;
    QTest::newRow("JSON: open array") << "{\"a\": [1, 2" << Kind::Json << true;
    QTest::newRow("JSON: open string") << "[{\"a\": 1}, {\"b\": \"x" << Kind::Json << true;
    QTest::newRow("JSON: after a comma") << "{\"a\": 1," << Kind::Json << true;
    QTest::newRow("JSON: after a key") << "{\"a\"" << Kind::Json << true;
    QTest::newRow("JSON: in a number") << "[1.5e" << Kind::Json << true;
    QTest::newRow("JSON: broken, then open") << "{\"a\": 1 \"b\": [2" << Kind::Text << false;

    // XML and storage errors: a tag cut off, or the root never closed
    QTest::newRow("storage error: the seed") << QString::fromUtf8(SeedBytes) << Kind::StorageError << true;
    QTest::newRow("storage error: complete") << QString::fromUtf8(AccessDenied) << Kind::StorageError << false;
    QTest::newRow("XML: complete") << QString::fromUtf8(XmlDocument) << Kind::Xml << false;
    QTest::newRow("XML: self-closing root") << "<?xml version=\"1.0\"?><r/>" << Kind::Xml << false;
    QTest::newRow("XML: root not closed") << "<r><b/>" << Kind::Xml << true;
    QTest::newRow("XML: '>' in an attribute, tag not closed") << "<r attr=\"x>y" << Kind::Xml << true;
    QTest::newRow("XML: '>' in an attribute") << "<r attr=\"x>y\"></r>" << Kind::Xml << false;
    QTest::newRow("XML: cut in a comment") << "<r><!-- x" << Kind::Xml << true;
    QTest::newRow("XML: cut in CDATA") << "<r><![CDATA[ <b> " << Kind::Xml << true;
    QTest::newRow("XML: lone '<' at the end") << "<r></r><" << Kind::Xml << true;
    QTest::newRow("XML: less-than in text") << "<r>1 < 2</r>" << Kind::Xml << false;
    QTest::newRow("XML: end tag cut") << "<r><s>x</s" << Kind::Xml << true;

    // HTML: only a cut tag, comment or script counts (end tags may be left out)
    QTest::newRow("HTML: complete") << QString::fromUtf8(Html5) << Kind::Html << false;
    QTest::newRow("HTML: cut in a tag") << "<html><body><div class=\"x" << Kind::Html << true;
    QTest::newRow("HTML: end tags left out") << "<!DOCTYPE html><html><body><p>para" << Kind::Html << false;
    QTest::newRow("HTML: script with '<'") << "<html><script>if (a<b) {}</script></html>" << Kind::Html << false;
    QTest::newRow("HTML: cut in a script") << "<html><script>if (a<b) {" << Kind::Html << true;
    QTest::newRow("HTML: cut in a comment") << "<html><!-- note" << Kind::Html << true;
}

void TestRoutineCodeDecoder::endsMidStructure()
{
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    QFETCH(bool, flagged);

    const DecodedCode code = RoutineCodeDecoder::fromBytes(text.toUtf8());
    QCOMPARE(code.kind, kind);
    QCOMPARE(code.hasWarning(Warning::EndsMidStructure), flagged);
    QCOMPARE(code.text(), text); // flagged, never shortened
}

void TestRoutineCodeDecoder::jsonAgreesWithQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("value"); // placed inside an array
    QTest::addColumn<bool>("json");         // valid RFC 8259 JSON, or read by QJsonDocument

    const auto row = [](const char *value, bool json) {
        const QByteArray tag = QByteArray(value).replace('\r', "\\r").replace('\n', "\\n").replace('\t', "\\t");
        QTest::newRow(tag.constData()) << QByteArray(value) << json;
    };
    row("0", true);
    row("-0", true);
    row("1.5", true);
    row("-0.0e-0", true);
    row("1E+5", true);
    row("1e400", true); // valid JSON; QJsonDocument refuses it as out of range
    row("01", false);
    row("1.", true);    // not RFC 8259, but QJsonDocument reads it
    row(".5", true);    // likewise
    row("-", false);
    row("1e", false);
    row("+1", false);
    row("\"\"", true);
    row("\"\\u00e9\\n\\t\\/\\\"\"", true);
    row("\"\\x\"", true); // QJsonDocument's leniency again
    row("\"\\u12G4\"", false);
    row("\"tab\there\"", true); // likewise
    row("\"\xE4\xB8\xAD\"", true);
    row("true", true);
    row("false", true);
    row("null", true);
    row("nul]", false);
    row("True", false);
    row("{}", true);
    row("{\"\":1}", true);
    row("{\"a\":1,\"a\":2}", true);
    row("{\"a\" : [ ] }", true);
    row("{,}", false);
    row("{\"a\":1,}", false);
    row("[,]", false);
    row("[1,,2]", false);
    row("{\"a\" 1}", false);
    row("{1:2}", false);
    row("{'a':1}", false);
    row("\xC2\xA0 1", false);
    row(" \r\n\t1 ", true);
    row("[[[[[[1]]]]]]", true);
    row("{\"a\":{\"b\":[{\"c\":null}]}}", true);
    row("1 2", false);
    row("]", false);
}

void TestRoutineCodeDecoder::jsonAgreesWithQJsonDocument()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, json);
    const QByteArray document = "[" + value + "]";
    const DecodedCode code = RoutineCodeDecoder::fromBytes(document);
    QCOMPARE(code.kind == Kind::Json && !code.hasWarning(Warning::EndsMidStructure), json);

    // Whatever QJsonDocument reads is JSON here too.
    QJsonParseError error{};
    QJsonDocument::fromJson(document, &error);
    if (error.error == QJsonParseError::NoError)
        QVERIFY(json);
}

void TestRoutineCodeDecoder::storageError_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("label");

    QTest::newRow("the seed") << SeedBytes << "NoSuchKey" << "The specified key does not exist."
                              << "missing stored code (NoSuchKey)";
    QTest::newRow("AccessDenied, CRLF") << AccessDenied << "AccessDenied"
                                        << "You have no right to access this object because of bucket acl."
                                        << "storage error (AccessDenied)";
    QTest::newRow("cut inside the message")
            << QByteArray("<Error><Code>NoSuchKey</Code><Message>The specified ke") << "NoSuchKey"
            << "The specified ke" << "missing stored code (NoSuchKey)";
    QTest::newRow("cut inside the code") << QByteArray("<?xml version=\"1.0\"?><Error>\n\t<Code>NoSu") << "NoSu"
                                         << "" << "storage error (NoSu)";
    QTest::newRow("cut after the root") << QByteArray("<Error>") << "" << "" << "storage error";
    QTest::newRow("entities") << QByteArray("<Error><Code>InvalidArgument</Code><Message>a &lt; b &amp;&amp; "
                                            "&#x4E2D;&#25991; &bogus; &</Message></Error>")
                              << "InvalidArgument" << QStringLiteral("a < b && 中文 &bogus; &")
                              << "storage error (InvalidArgument)";
    QTest::newRow("whitespace around values") << QByteArray("<Error>\n<Code>\n  SignatureDoesNotMatch\n</Code>\n"
                                                            "<Message>\n  Bad signature.\n</Message>\n</Error>")
                                              << "SignatureDoesNotMatch" << "Bad signature."
                                              << "storage error (SignatureDoesNotMatch)";
    QTest::newRow("attributes on the root") << QByteArray("<Error xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                                                          "<Code>NoSuchKey</Code></Error>")
                                            << "NoSuchKey" << "" << "missing stored code (NoSuchKey)";
}

void TestRoutineCodeDecoder::storageError()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, errorCode);
    QFETCH(QString, message);
    QFETCH(QString, label);

    const DecodedCode code = RoutineCodeDecoder::decode(document.toBase64());
    QCOMPARE(code.kind, Kind::StorageError);
    QCOMPARE(code.storageErrorCode, errorCode);
    QCOMPARE(code.storageErrorMessage, message);
    QCOMPARE(code.kindLabel(), label);
    QCOMPARE(code.text(), QString::fromUtf8(document));
}

void TestRoutineCodeDecoder::names()
{
    const QList<Kind> kinds = { Kind::JavaScript, Kind::TypeScript, Kind::Json, Kind::Html, Kind::Xml,
                                Kind::WebAssembly, Kind::Bundle, Kind::Binary, Kind::Text, Kind::StorageError,
                                Kind::Empty };
    QSet<QString> names;
    QSet<QString> ids;
    for (const Kind kind : kinds) {
        names.insert(DecodedCode::kindName(kind));
        ids.insert(DecodedCode::kindId(kind));
    }
    QCOMPARE(names.size(), kinds.size());
    QCOMPARE(ids.size(), kinds.size());
    QVERIFY(!names.contains(QString()));
    QCOMPARE(DecodedCode::kindName(Kind::JavaScript), QStringLiteral("JavaScript module"));
    QCOMPARE(DecodedCode::kindName(Kind::WebAssembly), QStringLiteral("WebAssembly module"));

    QCOMPARE(DecodedCode::lexerName(Kind::JavaScript), QStringLiteral("javascript"));
    QCOMPARE(DecodedCode::lexerName(Kind::TypeScript), QStringLiteral("javascript"));
    QCOMPARE(DecodedCode::lexerName(Kind::Json), QStringLiteral("json"));
    QCOMPARE(DecodedCode::lexerName(Kind::Html), QStringLiteral("html"));
    QCOMPARE(DecodedCode::lexerName(Kind::Xml), QStringLiteral("xml"));
    QCOMPARE(DecodedCode::lexerName(Kind::StorageError), QStringLiteral("xml"));
    for (const Kind kind : { Kind::WebAssembly, Kind::Bundle, Kind::Binary, Kind::Text, Kind::Empty })
        QCOMPARE(DecodedCode::lexerName(kind), QString());
    QCOMPARE(DecodedCode::kindName(Kind::Bundle), QStringLiteral("Functions and Pages bundle (zip)"));
    QCOMPARE(DecodedCode::kindId(Kind::Bundle), QLatin1String("bundle"));
    QCOMPARE(DecodedCode::fileSuffix(Kind::Bundle), QStringLiteral(".zip"));

    QSet<QString> texts;
    QSet<QString> warningIdSet;
    const int warningCount = int(Warning::NotValidJson) + 1;
    for (int i = 0; i < warningCount; ++i) {
        const QString text = DecodedCode::warningText(Warning(i));
        QVERIFY2(text.endsWith(u'.'), qPrintable(text));
        texts.insert(text);
        warningIdSet.insert(DecodedCode::warningId(Warning(i)));
    }
    QCOMPARE(texts.size(), warningCount);
    QCOMPARE(warningIdSet.size(), warningCount);

    DecodedCode code;
    code.kind = Kind::StorageError;
    QCOMPARE(code.kindLabel(), DecodedCode::kindName(Kind::StorageError)); // no code: the plain name
    QVERIFY(code.isText());
    QVERIFY(QVariant::fromValue(code).canConvert<DecodedCode>());
}

void TestRoutineCodeDecoder::large_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("mime");
    QTest::addColumn<Kind>("kind");

    constexpr qsizetype EightMiB = 8 * 1024 * 1024;
    const QByteArray module = largeModule(EightMiB);
    QTest::newRow("8 MiB JavaScript") << module << false << Kind::JavaScript;
    QTest::newRow("8 MiB JavaScript, MIME lines") << module << true << Kind::JavaScript;
    QTest::newRow("8 MiB JSON") << largeJson(EightMiB) << false << Kind::Json;
    QTest::newRow("8 MiB random bytes") << randomBytes(EightMiB, 7) << false << Kind::Binary;
}

void TestRoutineCodeDecoder::large()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, mime);
    QFETCH(Kind, kind);
    QCOMPARE(raw.size(), 8 * 1024 * 1024);

    const QByteArray input = mime ? wrapped(raw.toBase64(), 76, "\r\n") : raw.toBase64();
    QElapsedTimer timer;
    timer.start();
    const DecodedCode code = RoutineCodeDecoder::decode(input);
    const qint64 elapsed = timer.elapsed();
    qInfo("%s: %lld ms for %lld base64 bytes", QTest::currentDataTag(), elapsed, qint64(input.size()));

    QVERIFY2(code.ok(), qPrintable(code.error));
    QCOMPARE(code.kind, kind);
    QCOMPARE(code.size, raw.size());
    QCOMPARE(code.sha256, sha256Hex(raw));
    QVERIFY(code.bytes == raw);
    QVERIFY(code.bytes == QByteArray::fromBase64(input)); // Qt's decoder agrees
    QVERIFY2(!code.hasWarning(Warning::EndsMidStructure), qPrintable(warningIds(code.warnings).join(',')));
    if (code.isText())
        QCOMPARE(code.text().size(), raw.size()); // ASCII
    // A guard against accidental quadratic work, loose enough for sanitizer and debug builds;
    // the Release figure is reported above.
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
}

void TestRoutineCodeDecoder::hostileInputsStayFast_data()
{
    QTest::addColumn<QByteArray>("bytes");

    constexpr int Size = 4 * 1024 * 1024;
    QTest::newRow("open parentheses") << QByteArray(Size, '(');
    QTest::newRow("open braces") << QByteArray(Size, '{');
    QTest::newRow("open brackets") << QByteArray(Size, '[');
    QTest::newRow("closers") << "export default " + QByteArray(Size, '}');
    QTest::newRow("JSON keys without end") << "{" + QByteArray("\"a\":{").repeated(Size / 5);
    QTest::newRow("template holes") << "export default " + QByteArray("`${").repeated(Size / 3);
    QTest::newRow("less-than signs") << QByteArray(Size, '<');
    QTest::newRow("open tags") << QByteArray("<a>").repeated(Size / 3);
    QTest::newRow("unclosed attribute") << "<a b=\"" + QByteArray(Size, '>');
    QTest::newRow("comment openers") << "export default 1;" + QByteArray("/*").repeated(Size / 2);
    QTest::newRow("slashes") << "export default 1;" + QByteArray(Size, '/');
    QTest::newRow("quotes") << "export default 1;" + QByteArray(Size, '\'');
    QTest::newRow("TypeScript keyword soup") << "export " + QByteArray("interface X type Y as ( a : ").repeated(Size / 30);
    QTest::newRow("near-miss interfaces") << "export " + QByteArray("interface X<interface X extends ").repeated(Size / 32);
    QTest::newRow("near-miss return types") << "export " + QByteArray(") : Promise<( a ").repeated(Size / 16);
    QTest::newRow("script end tags never come") << "<html>" + QByteArray("<script>").repeated(Size / 8);
    QTest::newRow("entities in a storage error") << "<Error><Message>" + QByteArray("&#x").repeated(Size / 3);
    QTest::newRow("whitespace then brace") << QByteArray(Size, ' ') + "{";
    QTest::newRow("long word") << "export " + QByteArray(Size, 'a');
}

void TestRoutineCodeDecoder::hostileInputsStayFast()
{
    QFETCH(QByteArray, bytes);
    QElapsedTimer timer;
    timer.start();
    const DecodedCode code = RoutineCodeDecoder::fromBytes(bytes);
    const DecodedCode viaBase64 = RoutineCodeDecoder::decode(bytes.toBase64());
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(viaBase64.kind, code.kind);
    checkInvariants(code, bytes);
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
}

void TestRoutineCodeDecoder::randomMutationsKeepInvariants()
{
    // A small deterministic fuzz: real inputs, mutated, through every entry point.
    const QList<QByteArray> seeds = { SeedRoutineCode, EsModule.toBase64(), TypeScriptModule.toBase64(),
                                      JsonObject.toBase64(), Html5.toBase64(), AccessDenied.toBase64(),
                                      wasmModule().toBase64(), wrapped(XmlDocument.toBase64(), 76, "\r\n") };
    const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= \r\n-_*\x80\xff";
    QRandomGenerator random(1710120201u);
    for (int round = 0; round < 3000; ++round) {
        QByteArray input = seeds.at(random.bounded(int(seeds.size())));
        const int edits = 1 + random.bounded(4);
        for (int e = 0; e < edits && !input.isEmpty(); ++e) {
            const int at = random.bounded(int(input.size()));
            const char c = alphabet.at(random.bounded(int(alphabet.size())));
            switch (random.bounded(4)) {
            case 0: input[at] = c; break;
            case 1: input.insert(at, c); break;
            case 2: input.remove(at, 1); break;
            default: input.truncate(at); break;
            }
        }
        const DecodedCode code = RoutineCodeDecoder::decode(input);
        checkInvariants(code, input);
        checkAgainstQt(code, input);
        if (QTest::currentTestFailed())
            qWarning() << "input:" << input;
        // The decoded bytes, mutated too, straight through fromBytes.
        QByteArray bytes = QByteArray::fromBase64(seeds.at(round % seeds.size()));
        if (!bytes.isEmpty())
            bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
        const DecodedCode fromBytes = RoutineCodeDecoder::fromBytes(bytes.left(random.bounded(int(bytes.size()) + 1)));
        checkInvariants(fromBytes, bytes);
        if (QTest::currentTestFailed())
            return;
    }
}

// A zip is a bundle by its magic alone: the decoder does not open it (CodeBundle does, and refuses
// a broken one where it is shown), and none of the text stage's warnings apply to it.
void TestRoutineCodeDecoder::bundleMagic()
{
    const QByteArray emptyArchive = QByteArray("PK\5\6") + QByteArray(18, '\0');
    const QByteArray localHeader = QByteArray("PK\3\4\x14\0\0\0\x08\0", 10) + QByteArray(200, 'x');
    for (const QByteArray &zip : { emptyArchive, localHeader }) {
        const DecodedCode code = RoutineCodeDecoder::decode(zip.toBase64());
        QCOMPARE(code.kind, Kind::Bundle);
        QVERIFY(code.warnings.isEmpty());
        QVERIFY(!code.isText());
        QVERIFY(code.text().isEmpty());
        QCOMPARE(code.bytes, zip);
    }
    // Text that merely begins with "PK" is text.
    QCOMPARE(RoutineCodeDecoder::fromBytes("PK is not a zip\n").kind, Kind::Text);
    QCOMPARE(RoutineCodeDecoder::sniff(emptyArchive, QString()), Kind::Bundle);
}

QTEST_GUILESS_MAIN(TestRoutineCodeDecoder)
#include "tst_routinecodedecoder.moc"
