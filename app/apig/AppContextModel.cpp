#include "app/apig/AppContextModel.h"

#include "app/apig/AppContextRead.h"

AppContextModel::AppContextModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AppContextModel::load(std::shared_ptr<ApigClient> client, const QString &instanceId, const QString &appId)
{
    m_client = std::move(client);
    m_instanceId = instanceId;
    m_appId = appId;
    reload();
}

void AppContextModel::reload()
{
    if (!m_client || m_instanceId.isEmpty() || m_appId.isEmpty()) {
        clear();
        return;
    }
    beginResetModel();
    m_context = AppContext();
    m_error = ApiError();
    endResetModel();
    m_read = AppContextRead::read(m_client, m_instanceId, m_appId).then(this, [this](const ApiResult<AppContext> &r) { take(r); });
    setState(LoadState::Loading);
}

void AppContextModel::clear()
{
    m_read.kill();
    beginResetModel();
    m_context = AppContext();
    m_error = ApiError();
    endResetModel();
    setState(LoadState::Idle);
}

void AppContextModel::take(const ApiResult<AppContext> &result)
{
    beginResetModel();
    if (result.ok())
        m_context = result.value();
    else
        m_error = result.error();
    endResetModel();
    setState(!result.ok() ? LoadState::Failed : m_context.rows.isEmpty() ? LoadState::Empty : LoadState::Ready);
}

void AppContextModel::setState(LoadState state)
{
    m_state = state;
    emit stateChanged(state);
}

int AppContextModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_context.rows.size());
}

int AppContextModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppContextModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_context.rows.size())
        return {};
    const AppContextRow &r = m_context.rows.at(index.row());
    if (role == DomainRole)
        return r.domain;
    if (role == Qt::ToolTipRole && index.column() == PathColumn && !r.domain.isEmpty())
        return r.domain + r.path;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case EnvColumn: return r.envName;
    case ApiColumn: return r.apiName;
    case GroupColumn: return r.groupName;
    case MethodColumn: return r.method;
    case PathColumn: return r.path;
    case SimpleAuthColumn: return r.simpleAuth ? tr("On") : tr("Off");
    default: return {};
    }
}

QVariant AppContextModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EnvColumn: return tr("Environment");
    case ApiColumn: return tr("API");
    case GroupColumn: return tr("Group");
    case MethodColumn: return tr("Method");
    case PathColumn: return tr("Path");
    case SimpleAuthColumn: return tr("Simple auth");
    default: return {};
    }
}
