#include "app/apig/ApigAppListModel.h"

ApigAppListModel::ApigAppListModel(QObject *parent)
    : PagedListModel(parent)
{
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

void ApigAppListModel::requestPage(int)
{
    fetchPage(m_client->listApps(m_instanceId, m_apps.size(), PageSize, m_filter), [this](const ApigAppPage &page) {
        if (!page.apps.isEmpty()) {
            beginInsertRows({}, int(m_apps.size()), int(m_apps.size() + page.apps.size() - 1));
            m_apps += page.apps;
            endInsertRows();
        }
        return page.page.total;
    });
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
