#include "app/versions/BundleFileContent.h"

#include "app/decode/RoutineCodeDecoder.h"

#include <QHash>

namespace {
QString suffixOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    return dot > slash + 1 ? path.mid(dot + 1).toLower() : QString();
}
} // namespace

QString BundleFileContent::lexerForPath(const QString &path)
{
    static const QHash<QString, QString> bySuffix = {
        {QStringLiteral("js"), QStringLiteral("javascript")},  {QStringLiteral("mjs"), QStringLiteral("javascript")},
        {QStringLiteral("cjs"), QStringLiteral("javascript")}, {QStringLiteral("jsx"), QStringLiteral("javascript")},
        {QStringLiteral("ts"), QStringLiteral("javascript")},  {QStringLiteral("tsx"), QStringLiteral("javascript")},
        {QStringLiteral("json"), QStringLiteral("json")},      {QStringLiteral("jsonc"), QStringLiteral("javascript")},
        {QStringLiteral("map"), QStringLiteral("json")},       {QStringLiteral("webmanifest"), QStringLiteral("json")},
        {QStringLiteral("html"), QStringLiteral("html")},      {QStringLiteral("htm"), QStringLiteral("html")},
        {QStringLiteral("xml"), QStringLiteral("xml")},        {QStringLiteral("svg"), QStringLiteral("xml")},
        {QStringLiteral("css"), QStringLiteral("css")},        {QStringLiteral("md"), QStringLiteral("markdown")},
        {QStringLiteral("markdown"), QStringLiteral("markdown")}, {QStringLiteral("yaml"), QStringLiteral("yaml")},
        {QStringLiteral("yml"), QStringLiteral("yaml")},
    };
    return bySuffix.value(suffixOf(path));
}

QByteArray BundleFileContent::imageFormatForPath(const QString &path)
{
    const QString s = suffixOf(path);
    if (s == QLatin1String("jpeg"))
        return QByteArrayLiteral("jpg");
    for (const char *f : {"png", "jpg", "gif", "webp", "svg", "ico", "bmp"}) {
        if (s == QLatin1String(f))
            return QByteArray(f);
    }
    return {};
}

bool BundleFileContent::isFontPath(const QString &path)
{
    const QString s = suffixOf(path);
    for (const char *f : {"woff", "woff2", "ttf", "otf", "eot"}) {
        if (s == QLatin1String(f))
            return true;
    }
    return false;
}

BundleFileContent BundleFileContent::of(const CodeBundle::File &file)
{
    BundleFileContent c;
    c.code = RoutineCodeDecoder::fromBytes(file.bytes);
    c.imageFormat = imageFormatForPath(file.path);
    if (!c.imageFormat.isEmpty() && !file.bytes.isEmpty()) {
        c.show = Show::Image;
        c.lexer = lexerForPath(file.path); // an SVG is also text: its source on request
        return c;
    }
    if (isFontPath(file.path) || !c.code.isText()) {
        c.show = c.code.kind == DecodedCode::Kind::Empty ? Show::Code : Show::Hex;
        return c;
    }
    c.show = Show::Code;
    const QString byName = lexerForPath(file.path);
    c.lexer = byName.isEmpty() ? DecodedCode::lexerName(c.code.kind) : byName;
    return c;
}

QString BundleFileContent::typeNameForPath(const QString &path)
{
    const QString s = suffixOf(path);
    if (s == QLatin1String("css"))
        return tr("CSS stylesheet");
    if (s == QLatin1String("md") || s == QLatin1String("markdown"))
        return tr("Markdown");
    if (s == QLatin1String("yaml") || s == QLatin1String("yml"))
        return tr("YAML");
    if (s == QLatin1String("svg"))
        return tr("SVG image");
    if (s == QLatin1String("ts") || s == QLatin1String("tsx"))
        return tr("TypeScript");
    if (s == QLatin1String("html") || s == QLatin1String("htm"))
        return tr("HTML page");
    if (isFontPath(path))
        return tr("font (%1)").arg(s);
    if (!imageFormatForPath(path).isEmpty())
        return tr("%1 image").arg(s.toUpper());
    return {};
}

QString BundleFileContent::typeName(const QString &path) const
{
    const QString byName = typeNameForPath(path);
    return byName.isEmpty() ? code.kindLabel() : byName;
}
