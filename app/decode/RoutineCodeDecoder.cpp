#include "app/decode/RoutineCodeDecoder.h"

#include "app/decode/ZipMagic.h"

#include "app/decode/Base64Payload.h"
#include "app/decode/CodeCharacters.h"
#include "app/decode/CodeDigest.h"
#include "app/decode/CodeText.h"
#include "app/decode/JsonCompleteness.h"
#include "app/decode/MarkupSniffer.h"
#include "app/decode/ScriptSniffer.h"

#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringView>

#include <algorithm>
#include <climits>
#include <future>
#include <optional>
#include <system_error>

using Kind = DecodedCode::Kind;
using Warning = DecodedCode::Warning;

namespace {

QByteArray sha256Hex(const QByteArray &bytes)
{
    return CodeDigest::sha256Hex(bytes);
}

// From this size on the hash is computed on a second thread while the text is analysed.
constexpr qsizetype ParallelHashThreshold = 1024 * 1024;

struct Analysis
{
    Kind kind = Kind::Empty;
    QList<Warning> warnings;
    QString storageErrorCode;
    QString storageErrorMessage;
};

// text → kind: which stage decides, in which order.
Analysis analyse(const QByteArray &bytes, const QString &text, bool isText)
{
    Analysis a;
    // Only the magic is recognised here: opening the zip (and refusing a hostile one) is
    // CodeBundle's work, done where the bundle is shown.
    if (ZipMagic::startsAZip(bytes)) {
        a.kind = Kind::Bundle;
        return a;
    }
    if (bytes.startsWith(QByteArrayView("\0asm", 4))) {
        a.kind = Kind::WebAssembly;
        if (bytes.size() < 8 || QByteArrayView(bytes).sliced(4, 4) != QByteArrayView("\x01\0\0\0", 4))
            a.warnings << Warning::UnexpectedWasmVersion;
        return a;
    }
    if (!isText) {
        a.kind = bytes.isEmpty() ? Kind::Empty : Kind::Binary;
        return a;
    }

    const QStringView t(text);
    const qsizetype start = CodeCharacters::skipSpace(t, 0);
    if (start == t.size()) {
        a.kind = Kind::Text;
        return a;
    }
    const QChar first = t[start];

    if (first == u'<') {
        if (const std::optional<MarkupSniffer::Markup> markup = MarkupSniffer::sniff(t, start)) {
            a.kind = markup->kind;
            a.storageErrorCode = markup->storageErrorCode;
            a.storageErrorMessage = markup->storageErrorMessage;
            if (markup->endsOpen)
                a.warnings << Warning::EndsMidStructure;
            return a;
        }
    }

    bool notJson = false;
    if (first == u'{' || first == u'[') {
        // Still JSON if every character is right and only the end is missing: cut off, not broken.
        JsonCompleteness::Shape shape = JsonCompleteness::of(t);
        // QJsonDocument is laxer in places ("1.", ".5", "\x", raw tabs in strings); what it reads is
        // JSON too. Only asked when the strict check fails, which is rare and never the hot path.
        if (shape == JsonCompleteness::Shape::Invalid) {
            QJsonParseError error{};
            QJsonDocument::fromJson(text.toUtf8(), &error);
            if (error.error == QJsonParseError::NoError)
                shape = JsonCompleteness::Shape::Complete;
        }
        if (shape != JsonCompleteness::Shape::Invalid) {
            a.kind = Kind::Json;
            if (shape == JsonCompleteness::Shape::CutOff)
                a.warnings << Warning::EndsMidStructure;
            return a;
        }
        notJson = true;
    }

    if (ScriptSniffer::isScript(t, start)) {
        a.kind = ScriptSniffer::isTypeScript(t) ? Kind::TypeScript : Kind::JavaScript;
        if (ScriptSniffer::endsOpen(t))
            a.warnings << Warning::EndsMidStructure;
        return a;
    }

    a.kind = Kind::Text;
    if (notJson)
        a.warnings << Warning::NotValidJson;
    return a;
}

} // namespace

DecodedCode RoutineCodeDecoder::decode(QByteArray routineCodeBase64)
{
    const Base64Payload payload = Base64Payload::decode(routineCodeBase64);
    routineCodeBase64 = QByteArray();
    if (!payload.ok()) {
        DecodedCode code;
        code.error = payload.error;
        code.errorOffset = int(std::min<qsizetype>(payload.errorOffset, INT_MAX));
        code.warnings = payload.warnings;
        return code;
    }
    DecodedCode code = fromBytes(payload.bytes);
    code.warnings = payload.warnings + code.warnings;
    return code;
}

DecodedCode RoutineCodeDecoder::fromBytes(const QByteArray &bytes)
{
    return fromBytes(bytes, QByteArray());
}

DecodedCode RoutineCodeDecoder::fromBytes(const QByteArray &bytes, const QByteArray &knownSha256)
{
    const bool hashHere = knownSha256.isEmpty();
    DecodedCode code;
    code.bytes = bytes;
    code.size = bytes.size();
    if (bytes.isEmpty()) {
        code.sha256 = hashHere ? sha256Hex(bytes) : knownSha256;
        return code;
    }

    // Hashing is half the work for a large bundle: it runs beside the text analysis then. The
    // copy of `bytes` is shared, read-only, and the future is always waited for before returning.
    std::future<QByteArray> hash;
    if (hashHere && bytes.size() >= ParallelHashThreshold) {
        try {
            hash = std::async(std::launch::async, [bytes] { return sha256Hex(bytes); });
        } catch (const std::system_error &) {
            // no thread to be had: hash below, on this one
        }
    }

    const CodeText decoded = CodeText::fromBytes(bytes);
    const Analysis analysis = analyse(bytes, decoded.text, decoded.isText);
    code.kind = analysis.kind;
    const bool binaryByDesign = analysis.kind == Kind::WebAssembly || analysis.kind == Kind::Bundle;
    if (decoded.isText && !binaryByDesign)
        code.setText(decoded.text, decoded.exactUtf8);
    // A WebAssembly module or a zip is binary by design: "contains NUL" would be noise.
    if (!binaryByDesign)
        code.warnings = decoded.warnings;
    code.warnings += analysis.warnings;
    code.storageErrorCode = analysis.storageErrorCode;
    code.storageErrorMessage = analysis.storageErrorMessage;
    code.sha256 = !hashHere ? knownSha256 : hash.valid() ? hash.get() : sha256Hex(bytes);
    return code;
}

DecodedCode::Kind RoutineCodeDecoder::sniff(const QByteArray &bytes, const QString &text)
{
    if (bytes.isEmpty() && text.isEmpty())
        return Kind::Empty;
    return analyse(bytes, text, !text.isEmpty() || CodeText::isBareBom(bytes)).kind;
}
