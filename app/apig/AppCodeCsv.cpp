#include "app/apig/AppCodeCsv.h"

namespace AppCodeCsv {

QByteArray field(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace('"', "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

QByteArray header()
{
    return QByteArrayLiteral("app_code,id,app_id,create_time\r\n");
}

QByteArray rows(const QList<AppCode> &codes)
{
    QByteArray out;
    for (const AppCode &c : codes)
        out += field(c.appCode) + ',' + field(c.id) + ',' + field(c.appId) + ',' + field(c.createTime.toUTC().toString(Qt::ISODate)) + "\r\n";
    return out;
}

} // namespace AppCodeCsv
