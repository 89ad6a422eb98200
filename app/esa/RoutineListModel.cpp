#include "RoutineListModel.h"

#include "net/RelativeTime.h"

#include <QLocale>

RoutineListModel::RoutineListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RoutineListModel::~RoutineListModel()
{
    m_pending.cancel();
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

void RoutineListModel::refresh()
{
    m_pending.cancel();
    ++m_generation;
    beginResetModel();
    m_routines.clear();
    m_total = 0;
    m_pagesLoaded = 0;
    m_fetching = false;
    endResetModel();
    m_error = {};
    if (!m_client) {
        setState(LoadState::Idle);
        return;
    }
    setState(LoadState::Loading);
    requestPage(1);
}

void RoutineListModel::setState(LoadState state)
{
    m_state = state;
    emit stateChanged(state);
}

void RoutineListModel::requestPage(int pageNumber)
{
    m_fetching = true;
    const quint64 generation = m_generation;
    m_pending = m_client->listUserRoutines(pageNumber, PageSize, m_keyword).then(this, [this, generation](const ApiResult<RoutinePage> &r) {
        if (generation != m_generation)
            return; // an answer for a list that has been reset since
        m_fetching = false;
        if (!r.ok()) {
            m_error = r.error();
            setState(LoadState::Failed);
            return;
        }
        const RoutinePage &page = r.value();
        m_total = page.totalCount;
        ++m_pagesLoaded;
        if (!page.routines.isEmpty()) {
            beginInsertRows({}, int(m_routines.size()), int(m_routines.size() + page.routines.size() - 1));
            m_routines += page.routines;
            endInsertRows();
        }
        setState(m_routines.isEmpty() ? LoadState::Empty : LoadState::Ready);
    });
}

bool RoutineListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_fetching && m_state == LoadState::Ready && m_routines.size() < m_total
            && m_pagesLoaded < MaxPageNumber;
}

void RoutineListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_pagesLoaded + 1);
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
        case CreatedColumn: return QLocale().toString(r.createTime.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn)
            return RelativeTime::describe(r.createTime);
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
