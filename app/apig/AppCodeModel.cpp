#include "app/apig/AppCodeModel.h"

#include "app/net/RelativeTime.h"

#include <QLocale>

AppCodeModel::AppCodeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AppCodeModel::setCodes(const QList<AppCode> &codes)
{
    beginResetModel();
    m_codes = codes;
    endResetModel();
}

void AppCodeModel::setRevealed(bool revealed)
{
    if (revealed == m_revealed)
        return;
    m_revealed = revealed;
    if (!m_codes.isEmpty())
        emit dataChanged(index(0, AppCodeColumn), index(int(m_codes.size()) - 1, AppCodeColumn));
}

QString AppCodeModel::mask(const QString &appCode)
{
    if (appCode.size() <= 10)
        return QString(appCode.size(), QChar(0x2022));
    return appCode.left(6) + QString(4, QChar(0x2022)) + appCode.right(4);
}

int AppCodeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_codes.size());
}

int AppCodeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppCodeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_codes.size())
        return {};
    const AppCode &c = m_codes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AppCodeColumn: return isRevealed(c.id) ? c.appCode : mask(c.appCode);
        case IdColumn: return c.id;
        case AppIdColumn: return c.appId;
        case CreatedColumn: return QLocale().toString(c.createTime.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn)
            return RelativeTime::describe(c.createTime);
        if (index.column() == AppCodeColumn)
            return m_revealed ? tr("%n character(s)", nullptr, int(c.appCode.size()))
                              : tr("Masked. Ctrl+C copies the whole AppCode; Ctrl+Shift+R reveals it here.");
        break;
    case FullCodeRole: return c.appCode;
    case SortRole:
        // Sorting by the masked text would order by a few characters only; the creation time sorts by time.
        return index.column() == CreatedColumn ? QVariant(c.createTime) : QVariant(index.column() == AppCodeColumn ? c.appCode : data(index, Qt::DisplayRole));
    }
    return {};
}

QVariant AppCodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AppCodeColumn: return tr("AppCode");
    case IdColumn: return tr("ID");
    case AppIdColumn: return tr("App ID");
    case CreatedColumn: return tr("Created");
    }
    return {};
}

void AppCodeModel::setRevealedIds(const QSet<QString> &ids)
{
    m_revealedIds = ids;
    if (!m_codes.isEmpty())
        emit dataChanged(index(0, AppCodeColumn), index(int(m_codes.size()) - 1, AppCodeColumn));
}

QString AppCodeModel::curlSnippet(const QString &appCode)
{
    return QStringLiteral("curl -H \"X-Apig-AppCode: %1\" https://<your-api-host>/<path>").arg(appCode);
}
