#include "app/esa/CodeVersionListModel.h"

#include "app/net/RelativeTime.h"

#include <QLocale>

CodeVersionListModel::CodeVersionListModel(QObject *parent)
    : PagedListModel(parent)
{
    setLoadsAllPages(true);
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

void CodeVersionListModel::showSnapshot(const QString &routineName, const QList<CodeVersion> &versions, const RoutineDetail &detail)
{
    if (routineName != m_routine)
        return;
    showRows([&] {
        m_versions = versions;
        m_detail = detail;
    }, versions.size());
}

void CodeVersionListModel::clearRows()
{
    m_versions.clear();
    m_detail.reset();
}

void CodeVersionListModel::requestPage(int pageIndex)
{
    fetchPage(m_client->listRoutineCodeVersions(m_routine, pageIndex + 1, PageSize), [this](const CodeVersionPage &page) {
        if (!page.versions.isEmpty()) {
            beginInsertRows({}, int(m_versions.size()), int(m_versions.size() + page.versions.size() - 1));
            m_versions += page.versions;
            endInsertRows();
        }
        return qint64(page.totalCount);
    });
}

void CodeVersionListModel::requestExtras()
{
    fetchExtra(m_client->getRoutine(m_routine), [this](const RoutineDetail &detail) {
        m_detail = detail;
        if (!m_versions.isEmpty())
            emit dataChanged(index(0, DeployedColumn), index(int(m_versions.size()) - 1, DeployedColumn));
    });
}

QStringList CodeVersionListModel::badges(int row) const
{
    return m_detail && row >= 0 && row < m_versions.size() ? m_detail->badgesFor(m_versions.at(row).codeVersion) : QStringList();
}

QList<VersionBadge> CodeVersionListModel::deployments(int row) const
{
    QList<VersionBadge> out;
    if (!m_detail || row < 0 || row >= m_versions.size())
        return out;
    const QString v = m_versions.at(row).codeVersion;
    for (const RoutineEnvironment &e : m_detail->envs) {
        for (const DeployedVersion &d : e.versions) {
            if (d.codeVersion == v)
                out << VersionBadge{e.env, d.percentage, e.isCanary() && e.mainVersion() != v}; // the smaller share is the canary
        }
    }
    return out;
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
        case CreatedColumn: return QLocale().toString(v.createTime.toLocalTime().date(), QLocale::ShortFormat); // the time is in the tooltip
        case StatusColumn: return statusText(v);
        case SourceColumn: return CodeVersion::sourceName(v.source());
        case DeployedColumn: return badges(index.row()).join(QStringLiteral(", "));
        }
        break;
    case Qt::ToolTipRole: return toolTip(index, v);
    case CodeVersionRole: return v.codeVersion;
    case BadgesRole: return badges(index.row());
    case DeploymentsRole: return QVariant::fromValue(deployments(index.row()));
    case CreateTimeRole: return v.createTime;
    case BuildStateRole: return int(v.buildState());
    }
    return {};
}

QString CodeVersionListModel::statusText(const CodeVersion &version)
{
    const QString building = CodeVersion::buildStateText(version.status);
    if (!building.isEmpty())
        return building;
    return version.status.isEmpty() ? QString() : tr("Available");
}

QVariant CodeVersionListModel::toolTip(const QModelIndex &index, const CodeVersion &v) const
{
    if (index.column() == CreatedColumn)
        return RelativeTime::inFull(v.createTime);
    QStringList lines{v.codeVersion};
    if (!v.description.isEmpty())
        lines << v.description;
    if (const QString source = v.source(); !source.isEmpty())
        lines << tr("Made with %1").arg(CodeVersion::sourceName(source));
    switch (v.buildState()) {
    case BuildState::Ready: break;
    case BuildState::Building: lines << tr("Its build has not finished (%1): it cannot be deployed yet.").arg(v.status); break;
    case BuildState::Failed: lines << tr("Its build failed (%1): it cannot be deployed.").arg(v.status); break;
    }
    if (!v.notFoundStrategy.isEmpty())
        lines << tr("Pages not found: %1").arg(v.notFoundStrategy);
    return lines.join(QLatin1Char('\n'));
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
    case SourceColumn: return tr("Made with");
    case DeployedColumn: return tr("Deployed");
    }
    return {};
}
