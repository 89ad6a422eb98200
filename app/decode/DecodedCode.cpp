#include "app/decode/DecodedCode.h"

QString DecodedCode::text() const
{
    return m_textIsBytes ? QString::fromUtf8(bytes) : m_text;
}

void DecodedCode::setText(const QString &text, bool isBytes)
{
    m_textIsBytes = isBytes;
    m_text = isBytes ? QString() : text;
}

QString DecodedCode::kindName(Kind kind)
{
    switch (kind) {
    case Kind::JavaScript: return tr("JavaScript module");
    case Kind::TypeScript: return tr("TypeScript module");
    case Kind::Json: return tr("JSON document");
    case Kind::Html: return tr("HTML page");
    case Kind::Xml: return tr("XML document");
    case Kind::WebAssembly: return tr("WebAssembly module");
    case Kind::Bundle: return tr("Functions and Pages bundle (zip)");
    case Kind::Binary: return tr("binary data");
    case Kind::Text: return tr("plain text");
    case Kind::StorageError: return tr("storage error");
    case Kind::Empty: return tr("empty");
    }
    return {};
}

QString DecodedCode::kindLabel() const
{
    if (kind == Kind::StorageError && !storageErrorCode.isEmpty()) {
        if (storageErrorCode == QLatin1String("NoSuchKey"))
            return tr("missing stored code (%1)").arg(storageErrorCode);
        return tr("storage error (%1)").arg(storageErrorCode);
    }
    return kindName(kind);
}

QString DecodedCode::warningText(Warning warning)
{
    switch (warning) {
    case Warning::MissingPadding:
        return tr("The base64 code lacks its final '=' padding; it was decoded as if the padding were there.");
    case Warning::ExcessPadding:
        return tr("The base64 code has more '=' padding than needed; the extra padding was ignored.");
    case Warning::TruncatedQuantum:
        return tr("The base64 code ends with a lone character that cannot hold a whole byte; it was "
                  "ignored, and the code is probably cut off.");
    case Warning::EndsMidStructure:
        return tr("The code stops mid-way (an unclosed bracket, string, comment or tag at the end); it "
                  "was probably cut off.");
    case Warning::InvalidCharacters:
        return tr("The code contains characters that are not base64, so it could not be decoded.");
    case Warning::Utf16:
        return tr("The code is UTF-16 text; Save As keeps its original bytes.");
    case Warning::BomStripped:
        return tr("The code starts with a UTF-8 byte order mark, which is not shown; Save As keeps it.");
    case Warning::NotUtf8:
        return tr("The code is not UTF-8 text, so it is shown as bytes.");
    case Warning::ContainsNul:
        return tr("The code contains NUL characters, so it is shown as bytes.");
    case Warning::TruncatedCharacter:
        return tr("The code ends in the middle of a character, shown as a replacement character; it was "
                  "probably cut off.");
    case Warning::InvalidUtf16:
        return tr("The code starts like UTF-16 text but is not valid UTF-16, so it is shown as bytes.");
    case Warning::UnexpectedWasmVersion:
        return tr("The WebAssembly module does not have the version 1 header this viewer expects.");
    case Warning::NotValidJson:
        return tr("The code starts like JSON but is not valid JSON, so it is shown as plain text.");
    }
    return {};
}

QString DecodedCode::lexerName(Kind kind)
{
    switch (kind) {
    case Kind::JavaScript:
    case Kind::TypeScript:
        return QStringLiteral("javascript");
    case Kind::Json:
        return QStringLiteral("json");
    case Kind::Html:
        return QStringLiteral("html");
    case Kind::Xml:
    case Kind::StorageError:
        return QStringLiteral("xml");
    case Kind::WebAssembly:
    case Kind::Bundle:
    case Kind::Binary:
    case Kind::Text:
    case Kind::Empty:
        break;
    }
    return {};
}

QLatin1String DecodedCode::kindId(Kind kind)
{
    switch (kind) {
    case Kind::JavaScript: return QLatin1String("JavaScript");
    case Kind::TypeScript: return QLatin1String("TypeScript");
    case Kind::Json: return QLatin1String("Json");
    case Kind::Html: return QLatin1String("Html");
    case Kind::Xml: return QLatin1String("Xml");
    case Kind::WebAssembly: return QLatin1String("WebAssembly");
    case Kind::Bundle: return QLatin1String("bundle");
    case Kind::Binary: return QLatin1String("Binary");
    case Kind::Text: return QLatin1String("Text");
    case Kind::StorageError: return QLatin1String("StorageError");
    case Kind::Empty: return QLatin1String("Empty");
    }
    return QLatin1String("?");
}

QLatin1String DecodedCode::warningId(Warning warning)
{
    switch (warning) {
    case Warning::MissingPadding: return QLatin1String("MissingPadding");
    case Warning::ExcessPadding: return QLatin1String("ExcessPadding");
    case Warning::TruncatedQuantum: return QLatin1String("TruncatedQuantum");
    case Warning::EndsMidStructure: return QLatin1String("EndsMidStructure");
    case Warning::InvalidCharacters: return QLatin1String("InvalidCharacters");
    case Warning::Utf16: return QLatin1String("Utf16");
    case Warning::BomStripped: return QLatin1String("BomStripped");
    case Warning::NotUtf8: return QLatin1String("NotUtf8");
    case Warning::ContainsNul: return QLatin1String("ContainsNul");
    case Warning::TruncatedCharacter: return QLatin1String("TruncatedCharacter");
    case Warning::InvalidUtf16: return QLatin1String("InvalidUtf16");
    case Warning::UnexpectedWasmVersion: return QLatin1String("UnexpectedWasmVersion");
    case Warning::NotValidJson: return QLatin1String("NotValidJson");
    }
    return QLatin1String("?");
}

QString DecodedCode::fileSuffix(Kind kind)
{
    switch (kind) {
    case Kind::JavaScript: return QStringLiteral(".js");
    case Kind::TypeScript: return QStringLiteral(".ts");
    case Kind::Json: return QStringLiteral(".json");
    case Kind::Html: return QStringLiteral(".html");
    case Kind::Xml:
    case Kind::StorageError: return QStringLiteral(".xml");
    case Kind::WebAssembly: return QStringLiteral(".wasm");
    case Kind::Bundle: return QStringLiteral(".zip");
    case Kind::Binary: return QStringLiteral(".bin");
    case Kind::Text:
    case Kind::Empty: break;
    }
    return QStringLiteral(".txt");
}
