#include "app/apig/ApigInstanceListModel.h"

ApigInstanceListModel::ApigInstanceListModel(QObject *parent)
    : PagedListModel(parent)
{
    setLoadsAllPages(true);
}

void ApigInstanceListModel::setClient(std::shared_ptr<ApigClient> client)
{
    m_client = std::move(client);
    refresh();
}

void ApigInstanceListModel::requestPage(int)
{
    fetchPage(m_client->listInstances(m_instances.size(), PageSize), [this](const ApigInstancePage &page) {
        if (!page.instances.isEmpty()) {
            beginInsertRows({}, int(m_instances.size()), int(m_instances.size() + page.instances.size() - 1));
            m_instances += page.instances;
            endInsertRows();
        }
        return page.page.total;
    });
}

int ApigInstanceListModel::rowOf(const QString &instanceId) const
{
    for (int i = 0; i < m_instances.size(); ++i) {
        if (m_instances.at(i).id == instanceId)
            return i;
    }
    return -1;
}

int ApigInstanceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_instances.size());
}

QVariant ApigInstanceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_instances.size())
        return {};
    const ApigInstance &i = m_instances.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (i.type == QLatin1String("shared")) // no instance: the gateway itself
            return i.name;
    {
        // "name  (state, edition)", leaving out what the gateway did not say.
        QStringList about{i.status, i.spec.isEmpty() ? i.type : i.spec};
        about.removeAll(QString());
        return about.isEmpty() ? i.name : QStringLiteral("%1  (%2)").arg(i.name, about.join(QStringLiteral(", ")));
    }
    case Qt::ToolTipRole:
        if (i.type == QLatin1String("shared"))
            return tr("The shared gateway (v1.0) has no instances: its apps belong to the account.");
        return i.description.isEmpty() ? i.id : QStringLiteral("%1\n%2").arg(i.id, i.description);
    case InstanceIdRole:
        return i.id;
    }
    return {};
}
