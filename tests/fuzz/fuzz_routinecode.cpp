// libFuzzer target: RoutineCodeDecoder::decode (base64 RoutineCode as the API sends it) and
// RoutineCodeDecoder::fromBytes (raw bytes from a file or the cache), plus the invariants that
// DecodedCode.h documents (also when the bytes stand for the text).
#include "tests/fuzz/FuzzCommon.h"

#include "app/decode/CodeText.h"
#include "app/decode/RoutineCodeDecoder.h"

namespace {

void checkDecoded(const DecodedCode &d, const char *what)
{
    if (d.ok()) {
        FUZZ_CHECK(d.size == d.bytes.size(), "%s: size %lld != bytes.size() %lld", what, (long long)d.size,
                   (long long)d.bytes.size());
        FUZZ_CHECK(d.sha256.size() == 64 && fuzz::isHexLower(d.sha256), "%s: sha256 '%s' is not 64 lower-case hex",
                   what, d.sha256.constData());
        if (d.kind == DecodedCode::Kind::Binary || d.kind == DecodedCode::Kind::WebAssembly
            || d.kind == DecodedCode::Kind::Bundle)
            FUZZ_CHECK(d.text().isEmpty(), "%s: Binary/WebAssembly/Bundle with non-empty text", what);
        if (d.bytes.isEmpty())
            FUZZ_CHECK(d.kind == DecodedCode::Kind::Empty, "%s: no bytes but kind %s", what,
                       DecodedCode::kindId(d.kind).data());
        // The bytes stand for the text exactly when nothing was dropped, cut or converted.
        const bool converted = d.hasWarning(DecodedCode::Warning::BomStripped) || d.hasWarning(DecodedCode::Warning::Utf16)
                || d.hasWarning(DecodedCode::Warning::TruncatedCharacter);
        FUZZ_CHECK(d.textIsBytes() == (d.isText() && !converted), "%s: textIsBytes() %d for kind %s", what, int(d.textIsBytes()),
                   DecodedCode::kindId(d.kind).data());
        if (d.textIsBytes())
            FUZZ_CHECK(d.text() == CodeText::fromBytes(d.bytes).text && d.text().toUtf8() == d.bytes,
                       "%s: the bytes do not stand for the text", what);
    } else {
        FUZZ_CHECK(d.bytes.isEmpty() && d.sha256.isEmpty(), "%s: failed decode kept bytes or sha256", what);
        FUZZ_CHECK(d.kind == DecodedCode::Kind::Empty, "%s: failed decode has kind %s", what,
                   DecodedCode::kindId(d.kind).data());
    }
    // The presentation helpers must cope with whatever came out.
    (void)d.kindLabel();
    (void)DecodedCode::kindName(d.kind);
    (void)DecodedCode::lexerName(d.kind);
    for (DecodedCode::Warning w : d.warnings) {
        (void)DecodedCode::warningText(w);
        (void)DecodedCode::warningId(w);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);

    // 1. The input as a RoutineCode value.
    const DecodedCode decoded = RoutineCodeDecoder::decode(input);
    checkDecoded(decoded, "decode(input)");
    if (decoded.ok()) {
        // decode() is base64 followed by the fromBytes() pipeline.
        const DecodedCode again = RoutineCodeDecoder::fromBytes(decoded.bytes);
        FUZZ_CHECK(again.kind == decoded.kind && again.text() == decoded.text() && again.sha256 == decoded.sha256,
                   "decode(input) and fromBytes(decode(input).bytes) disagree: kind %s vs %s",
                   DecodedCode::kindId(decoded.kind).data(), DecodedCode::kindId(again.kind).data());
    }

    // 2. The input as raw bytes (local file, cache entry).
    const DecodedCode raw = RoutineCodeDecoder::fromBytes(input);
    checkDecoded(raw, "fromBytes(input)");
    FUZZ_CHECK(raw.ok(), "fromBytes failed: it has no base64 stage to fail in");
    FUZZ_CHECK(raw.bytes == input, "fromBytes(input).bytes differ from the input");
    (void)RoutineCodeDecoder::sniff(raw.bytes, raw.text());

    // 3. Well-formed base64 of the input decodes back to exactly the input.
    const DecodedCode viaBase64 = RoutineCodeDecoder::decode(input.toBase64());
    FUZZ_CHECK(viaBase64.ok(), "decode(toBase64(input)) failed");
    FUZZ_CHECK(viaBase64.bytes == input, "decode(toBase64(input)).bytes differ from the input");
    FUZZ_CHECK(viaBase64.kind == raw.kind, "decode(toBase64(input)).kind %s != fromBytes(input).kind %s",
               DecodedCode::kindId(viaBase64.kind).data(), DecodedCode::kindId(raw.kind).data());
    return 0;
}
