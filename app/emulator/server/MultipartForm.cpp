#include "app/emulator/server/MultipartForm.h"

#include <QByteArrayView>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// Splits `type; a=1; b="x;y"` into its parameters (names lower case, quoted values unescaped).
// False when a quoted value never ends.
bool parseParameters(QByteArrayView value, QByteArray *type, QList<QPair<QByteArray, QByteArray>> *params)
{
    qsizetype i = 0;
    const qsizetype n = value.size();
    while (i < n && value[i] != ';')
        ++i;
    *type = value.first(i).trimmed().toByteArray().toLower();
    while (i < n) {
        while (i < n && (value[i] == ';' || isSpace(value[i])))
            ++i;
        const qsizetype keyStart = i;
        while (i < n && value[i] != '=' && value[i] != ';')
            ++i;
        const QByteArray key = value.sliced(keyStart, i - keyStart).trimmed().toByteArray().toLower();
        QByteArray v;
        if (i < n && value[i] == '=') {
            ++i;
            while (i < n && isSpace(value[i]))
                ++i;
            if (i < n && value[i] == '"') {
                ++i;
                while (i < n && value[i] != '"') {
                    if (value[i] == '\\' && i + 1 < n)
                        ++i;
                    v += value[i];
                    ++i;
                }
                if (i >= n)
                    return false;
                ++i; // closing quote
            } else {
                const qsizetype start = i;
                while (i < n && value[i] != ';')
                    ++i;
                v = value.sliced(start, i - start).trimmed().toByteArray();
            }
        }
        if (!key.isEmpty())
            params->append({key, v});
    }
    return true;
}

// A part's Content-Disposition: form-data, with its name and filename; false when it is not form-data.
bool readDisposition(QByteArrayView value, MultipartField *field, bool *named)
{
    QByteArray type;
    QList<QPair<QByteArray, QByteArray>> params;
    if (!parseParameters(value, &type, &params) || type != "form-data")
        return false;
    for (const auto &p : params) {
        if (p.first == "name") {
            field->name = p.second;
            *named = true;
        } else if (p.first == "filename") {
            field->fileName = p.second;
            field->hasFileName = true;
        }
    }
    return true;
}

// One part's header block, read into `field`: from `pos` on, which is left after the blank line
// that ends it. Returns what is wrong with it, or an empty text.
QString readPartHeaders(QByteArrayView all, qsizetype &pos, MultipartField *field)
{
    bool disposition = false;
    const qsizetype headerStart = pos;
    for (;;) {
        const QByteArrayView window = all.sliced(pos, qMin<qsizetype>(all.size() - pos, MultipartForm::MaxHeaderBytes + 2 - (pos - headerStart)));
        const qsizetype eol = window.indexOf("\r\n");
        if (eol < 0)
            return window.size() + (pos - headerStart) >= MultipartForm::MaxHeaderBytes
                    ? QStringLiteral("a field's headers are longer than %1 bytes").arg(MultipartForm::MaxHeaderBytes)
                    : QStringLiteral("a field's headers do not end");
        const QByteArrayView line = window.first(eol);
        pos += eol + 2;
        if (line.isEmpty())
            break; // the blank line before the data
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return QStringLiteral("a field header is not \"Name: value\"");
        const QByteArray name = line.first(colon).trimmed().toByteArray().toLower();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name == "content-disposition") {
            if (!readDisposition(value, field, &disposition))
                return QStringLiteral("a field's Content-Disposition is not form-data");
        } else if (name == "content-type") {
            field->contentType = value.toByteArray();
        }
    }
    if (!disposition || field->name.isEmpty())
        return QStringLiteral("a field has no Content-Disposition: form-data; name=\"…\"");
    return {};
}

} // namespace

QByteArray MultipartForm::boundary(const QByteArray &contentType)
{
    QByteArray type;
    QList<QPair<QByteArray, QByteArray>> params;
    if (!parseParameters(contentType, &type, &params) || type != "multipart/form-data")
        return {};
    for (const auto &p : params) {
        if (p.first == "boundary")
            return p.second;
    }
    return {};
}

MultipartForm MultipartForm::parse(const QByteArray &body, const QByteArray &boundary)
{
    MultipartForm form;
    auto fail = [&form](const QString &why) {
        form.fields.clear();
        form.error = why;
        return form;
    };
    if (boundary.isEmpty() || boundary.size() > MaxBoundaryLength)
        return fail(QStringLiteral("the boundary must be 1 to %1 characters").arg(MaxBoundaryLength));

    const QByteArray delimiter = "--" + boundary;
    const QByteArray separator = "\r\n" + delimiter; // what ends a part's data
    const QByteArrayView all(body);
    qsizetype pos = 0;
    if (all.startsWith(delimiter)) {
        pos = delimiter.size();
    } else {
        const qsizetype at = all.indexOf(separator); // anything before it is a preamble
        if (at < 0)
            return fail(QStringLiteral("the body does not contain the boundary"));
        pos = at + separator.size();
    }

    for (;;) {
        if (all.sliced(pos).startsWith("--"))
            return form; // the close delimiter; an epilogue after it is ignored
        while (pos < all.size() && isSpace(all[pos]))
            ++pos;
        if (!all.sliced(pos).startsWith("\r\n"))
            return fail(QStringLiteral("a boundary is not followed by a line break"));
        pos += 2;
        if (form.fields.size() == MaxFields)
            return fail(QStringLiteral("more than %1 fields").arg(MaxFields));

        MultipartField field;
        const QString headersProblem = readPartHeaders(all, pos, &field);
        if (!headersProblem.isEmpty())
            return fail(headersProblem);

        const qsizetype end = all.indexOf(separator, pos);
        if (end < 0)
            return fail(QStringLiteral("the field \"%1\" is not closed by the boundary").arg(QString::fromUtf8(field.name)));
        field.data = body.mid(pos, end - pos);
        form.fields.append(field);
        pos = end + separator.size();
    }
}
