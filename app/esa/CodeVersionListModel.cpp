#include "CodeVersionListModel.h"

#include "net/RelativeTime.h"

#include <QLocale>

CodeVersionListModel::CodeVersionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CodeVersionListModel::~CodeVersionListModel()
{
    for (QFuture<void> &f : m_pending)
        f.cancel();
}

void CodeVersionListModel::setRoutine(std::shared_ptr<EsaClient> client, const QString &routineName)
{
    m_client = std::move(client);
    m_routine = routineName;
    refresh();
}

void CodeVersionListModel::clear()
{
    m_client.reset();
    m_routine.clear();
    refresh();
}

void CodeVersionListModel::refresh()
{
    for (QFuture<void> &f : m_pending)
        f.cancel();
    m_pending.clear();
    ++m_generation;
    beginResetModel();
    m_versions.clear();
    m_detail.reset();
    endResetModel();
    m_error = {};
    m_pendingCalls = 0;
    if (!m_client || m_routine.isEmpty()) {
        m_state = LoadState::Idle;
        emit stateChanged(m_state);
        return;
    }
    m_state = LoadState::Loading;
    emit stateChanged(m_state);
    requestPage(1);
    requestDeployments();
}

void CodeVersionListModel::requestPage(int pageNumber)
{
    ++m_pendingCalls;
    const quint64 generation = m_generation;
    m_pending << m_client->listRoutineCodeVersions(m_routine, pageNumber, PageSize)
                         .then(this, [this, generation, pageNumber](const ApiResult<CodeVersionPage> &r) {
                             if (generation != m_generation)
                                 return;
                             --m_pendingCalls;
                             if (!r.ok()) {
                                 fail(r.error());
                                 return;
                             }
                             if (!r.value().versions.isEmpty()) {
                                 beginInsertRows({}, int(m_versions.size()), int(m_versions.size() + r.value().versions.size() - 1));
                                 m_versions += r.value().versions;
                                 endInsertRows();
                             }
                             // A routine lists at most two pages of twenty.
                             if (pageNumber == 1 && r.value().totalCount > PageSize)
                                 requestPage(2);
                             finishIfDone();
                         });
}

void CodeVersionListModel::requestDeployments()
{
    ++m_pendingCalls;
    const quint64 generation = m_generation;
    m_pending << m_client->getRoutine(m_routine).then(this, [this, generation](const ApiResult<RoutineDetail> &r) {
        if (generation != m_generation)
            return;
        --m_pendingCalls;
        if (!r.ok()) {
            fail(r.error());
            return;
        }
        m_detail = r.value();
        if (!m_versions.isEmpty())
            emit dataChanged(index(0, DeployedColumn), index(int(m_versions.size()) - 1, DeployedColumn));
        finishIfDone();
    });
}

void CodeVersionListModel::fail(const ApiError &error)
{
    // One failure fails the list: a half list without badges would mislead.
    for (QFuture<void> &f : m_pending)
        f.cancel();
    ++m_generation;
    m_error = error;
    m_state = LoadState::Failed;
    emit stateChanged(m_state);
}

void CodeVersionListModel::finishIfDone()
{
    if (m_pendingCalls > 0)
        return;
    m_pending.clear();
    m_state = m_versions.isEmpty() ? LoadState::Empty : LoadState::Ready;
    emit stateChanged(m_state);
}

QStringList CodeVersionListModel::badges(int row) const
{
    return m_detail && row >= 0 && row < m_versions.size() ? m_detail->badgesFor(m_versions.at(row).codeVersion) : QStringList();
}

int CodeVersionListModel::rowOf(const QString &codeVersion) const
{
    for (int i = 0; i < m_versions.size(); ++i) {
        if (m_versions.at(i).codeVersion == codeVersion)
            return i;
    }
    return -1;
}

QStringList CodeVersionListModel::allVersions() const
{
    QStringList out;
    for (const CodeVersion &v : m_versions)
        out << v.codeVersion;
    return out;
}

QString CodeVersionListModel::productionVersion() const
{
    if (!m_detail)
        return {};
    for (const RoutineEnvironment &e : m_detail->envs) {
        if (e.env != QLatin1String("production"))
            continue;
        const DeployedVersion *best = nullptr;
        for (const DeployedVersion &v : e.versions) {
            if (!best || v.percentage > best->percentage)
                best = &v;
        }
        if (best)
            return best->codeVersion;
    }
    return {};
}

QString CodeVersionListModel::previousVersion(const QString &codeVersion) const
{
    const int row = rowOf(codeVersion);
    // Newest first: the previous version is the next row.
    return row >= 0 && row + 1 < m_versions.size() ? m_versions.at(row + 1).codeVersion : QString();
}

int CodeVersionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int CodeVersionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CodeVersionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_versions.size())
        return {};
    const CodeVersion &v = m_versions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn: return v.codeVersion;
        case DescriptionColumn: return v.description;
        case CreatedColumn: return QLocale().toString(v.createTime.toLocalTime(), QLocale::ShortFormat);
        case StatusColumn: return v.status;
        case DeployedColumn: return badges(index.row()).join(QStringLiteral(", "));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn)
            return RelativeTime::describe(v.createTime);
        return v.description.isEmpty() ? v.codeVersion : QStringLiteral("%1\n%2").arg(v.codeVersion, v.description);
    case CodeVersionRole: return v.codeVersion;
    case BadgesRole: return badges(index.row());
    case CreateTimeRole: return v.createTime;
    }
    return {};
}

QVariant CodeVersionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn: return tr("Version");
    case DescriptionColumn: return tr("Description");
    case CreatedColumn: return tr("Created");
    case StatusColumn: return tr("Status");
    case DeployedColumn: return tr("Deployed");
    }
    return {};
}
