#include "ApigAppListModel.h"

ApigAppListModel::ApigAppListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

ApigAppListModel::~ApigAppListModel()
{
    m_pending.cancel();
}

void ApigAppListModel::setInstance(std::shared_ptr<ApigClient> client, const QString &instanceId)
{
    m_client = std::move(client);
    m_instanceId = instanceId;
    m_filter.clear();
    refresh();
}

void ApigAppListModel::setNameFilter(const QString &name)
{
    if (name == m_filter)
        return;
    m_filter = name;
    refresh();
}

void ApigAppListModel::refresh()
{
    m_pending.cancel();
    ++m_generation;
    beginResetModel();
    m_apps.clear();
    m_total = 0;
    m_fetching = false;
    endResetModel();
    m_error = {};
    if (!m_client || m_instanceId.isEmpty()) {
        m_state = LoadState::Idle;
        emit stateChanged(m_state);
        return;
    }
    m_state = LoadState::Loading;
    emit stateChanged(m_state);
    request(0);
}

void ApigAppListModel::request(qint64 offset)
{
    m_fetching = true;
    const quint64 generation = m_generation;
    m_pending = m_client->listApps(m_instanceId, offset, PageSize, m_filter).then(this, [this, generation](const ApiResult<ApigAppPage> &r) {
        if (generation != m_generation)
            return;
        m_fetching = false;
        if (!r.ok()) {
            m_error = r.error();
            m_state = LoadState::Failed;
            emit stateChanged(m_state);
            return;
        }
        m_total = r.value().page.total;
        if (!r.value().apps.isEmpty()) {
            beginInsertRows({}, int(m_apps.size()), int(m_apps.size() + r.value().apps.size() - 1));
            m_apps += r.value().apps;
            endInsertRows();
        }
        m_state = m_apps.isEmpty() ? LoadState::Empty : LoadState::Ready;
        emit stateChanged(m_state);
    });
}

bool ApigAppListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_fetching && m_state == LoadState::Ready && m_apps.size() < m_total;
}

void ApigAppListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(m_apps.size());
}

int ApigAppListModel::rowOf(const QString &appId) const
{
    for (int i = 0; i < m_apps.size(); ++i) {
        if (m_apps.at(i).id == appId)
            return i;
    }
    return -1;
}

int ApigAppListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_apps.size());
}

QVariant ApigAppListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_apps.size())
        return {};
    const ApigApp &a = m_apps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.remark.isEmpty() ? a.name : QStringLiteral("%1 — %2").arg(a.name, a.remark);
    case Qt::ToolTipRole:
        return tr("%1\nApp ID: %2\nApp key: %3\nStatus: %4\nBound APIs: %5")
                .arg(a.name, a.id, a.appKey, a.status == 1 ? tr("valid") : tr("invalid"))
                .arg(a.bindNum);
    case AppIdRole:
        return a.id;
    }
    return {};
}
