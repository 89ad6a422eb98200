#include "app/apig/AppCodeRule.h"

#include <QRandomGenerator>

namespace {
const QString Letters = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
const QString FirstExtra = QStringLiteral("+/");
const QString RestExtra = QStringLiteral("+_!@#$%-/=");

bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 128 && c.isLetterOrNumber();
}
} // namespace

QString AppCodeRule::problem(const QString &value)
{
    if (value.size() < MinLength)
        return tr("It is %1 characters long; an AppCode has at least %2.").arg(value.size()).arg(MinLength);
    if (value.size() > MaxLength)
        return tr("It is %1 characters long; an AppCode has at most %2.").arg(value.size()).arg(MaxLength);
    const QChar first = value.at(0);
    if (!isAsciiAlnum(first) && !FirstExtra.contains(first))
        return tr("It starts with '%1'; the first character must be a letter, a digit, '+' or '/'.").arg(first);
    for (qsizetype i = 1; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (!isAsciiAlnum(c) && !RestExtra.contains(c))
            return tr("Character %1 is '%2'; only letters, digits and + _ ! @ # $ % - / = are allowed.").arg(i + 1).arg(c);
    }
    return {};
}

QString AppCodeRule::generate(int length)
{
    length = qBound(MinLength, length, MaxLength);
    QRandomGenerator *random = QRandomGenerator::system();
    const QString first = Letters + FirstExtra;
    const QString rest = Letters + RestExtra;
    QString out;
    out.reserve(length);
    out += first.at(int(random->bounded(quint32(first.size()))));
    while (out.size() < length)
        out += rest.at(int(random->bounded(quint32(rest.size()))));
    return out;
}
