#include "app/esa/RoutineListModel.h"

#include "app/net/RelativeTime.h"

#include <QLocale>

RoutineListModel::RoutineListModel(QObject *parent)
    : PagedListModel(parent)
{
}

void RoutineListModel::setClient(std::shared_ptr<EsaClient> client)
{
    m_client = std::move(client);
    m_keyword.clear();
    refresh();
}

void RoutineListModel::setSearchKeyword(const QString &keyword)
{
    if (keyword == m_keyword)
        return;
    m_keyword = keyword;
    refresh();
}

void RoutineListModel::requestPage(int pageIndex)
{
    fetchPage(m_client->listUserRoutines(pageIndex + 1, PageSize, m_keyword), [this](const RoutinePage &page) {
        if (!page.routines.isEmpty()) {
            beginInsertRows({}, int(m_routines.size()), int(m_routines.size() + page.routines.size() - 1));
            m_routines += page.routines;
            endInsertRows();
        }
        return qint64(page.totalCount);
    });
}

int RoutineListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_routines.size(); ++i) {
        if (m_routines.at(i).name == name)
            return i;
    }
    return -1;
}

int RoutineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_routines.size());
}

int RoutineListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutineListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_routines.size())
        return {};
    const Routine &r = m_routines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return r.name;
        case DescriptionColumn: return r.description;
        case CreatedColumn: return QLocale().toString(r.createTime.toLocalTime().date(), QLocale::ShortFormat); // the time is in the tooltip
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn)
            return RelativeTime::inFull(r.createTime);
        if (index.column() == DescriptionColumn)
            return r.description;
        return r.defaultRelatedRecord.isEmpty() ? r.name : QStringLiteral("%1\n%2").arg(r.name, r.defaultRelatedRecord);
    case RoutineNameRole: return r.name;
    case CreateTimeRole: return r.createTime;
    }
    return {};
}

QVariant RoutineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Routine");
    case DescriptionColumn: return tr("Description");
    case CreatedColumn: return tr("Created");
    }
    return {};
}
