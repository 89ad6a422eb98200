#include "app/workspaces/EsaWorkspace.h"

#include "app/esa/CodeVersionListModel.h"
#include "app/esa/RoutineListModel.h"
#include "app/esa/RoutineSnapshot.h"
#include "app/esa/VersionDeletion.h"
#include "app/history/RoutineAnnotation.h"
#include "app/session/SessionState.h"
#include "app/versions/OpenCodeVersion.h"

EsaWorkspace::EsaWorkspace(CodeVersionRepository &repository, SessionState &state, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_state(state)
    , m_routines(new RoutineListModel(this))
    , m_versions(new CodeVersionListModel(this))
    , m_open(new OpenCodeVersion(repository, this))
    , m_annotation(new RoutineAnnotation(repository, this))
{
    // The routine's placement is read whenever its versions are: choosing it, or refreshing it.
    connect(m_versions, &CodeVersionListModel::stateChanged, this, [this](LoadState state) {
        if (state == LoadState::Loading || state == LoadState::Idle)
            refreshPlacement();
    });
}

EsaWorkspace::~EsaWorkspace() = default;

void EsaWorkspace::setAccount(const QString &accountId, std::shared_ptr<EsaClient> client)
{
    if (accountId == m_accountId && client == m_client)
        return;
    m_accountId = accountId;
    m_client = std::move(client);
    m_open->clear();
    m_annotation->cancel();
    m_jump = {};
    m_versions->clear();
    m_routines->setClient(m_client);
    emit cleared();
}

void EsaWorkspace::setAccountDetails(const QString &name, const QString &region, const QString &endpoint)
{
    m_accountName = name;
    m_region = region;
    m_endpoint = endpoint;
}

bool EsaWorkspace::changesAllowed() const
{
    return m_client && m_client->allowsChanges();
}

int EsaWorkspace::routineRowToShow() const
{
    if (m_routines->rowCount() == 0)
        return -1;
    return qMax(0, m_routines->rowOf(m_state.lastRoutine(m_accountId)));
}

bool EsaWorkspace::chooseRoutine(const QString &name)
{
    if (name.isEmpty() || name == m_versions->routineName())
        return false;
    m_state.setLastRoutine(m_accountId, name);
    m_versions->setRoutine(m_client, name);
    return true;
}

QString EsaWorkspace::routine() const
{
    return m_versions->routineName();
}

bool EsaWorkspace::routineHasAssets() const
{
    // GetRoutine's answer, when it is this routine's (the last one's stays until the new one is in).
    if (m_versions->detail() && m_versions->detail()->routine.name == m_versions->routineName())
        return m_versions->detail()->routine.hasAssets;
    const int row = m_routines->rowOf(m_versions->routineName());
    return row >= 0 && m_routines->routine(row).hasAssets;
}

VersionRef EsaWorkspace::refFor(const QString &codeVersion) const
{
    return VersionRef{m_accountId, m_client, m_versions->routineName(), codeVersion};
}

void EsaWorkspace::open(const Jump &jump)
{
    if (!jump.ref.isValid())
        return;
    m_jump = jump;
    if (m_open->isShowing(jump.ref))
        return; // the caller applies the jump to what is shown (takeJump)
    m_open->open(jump.ref);
}

std::optional<EsaWorkspace::Jump> EsaWorkspace::takeJump(const OpenedCodeVersion &opened)
{
    if (!m_jump.ref.isValid() || m_jump.ref.routine != opened.routine || m_jump.ref.codeVersion != opened.codeVersion
        || m_jump.ref.accountId != opened.accountId)
        return std::nullopt;
    return std::exchange(m_jump, {});
}

void EsaWorkspace::mark(const QString &codeVersion)
{
    m_marked = refFor(codeVersion);
    emit message(tr("Selected %1 for comparison: choose another version (any routine or account) and Compare with Selected.").arg(m_marked.label()));
}

bool EsaWorkspace::canCompareWithMarked(const QString &codeVersion) const
{
    return m_marked.isValid()
            && !(m_marked.routine == m_versions->routineName() && m_marked.codeVersion == codeVersion && m_marked.accountId == m_accountId);
}

QString EsaWorkspace::annotate(const std::optional<OpenedCodeVersion> &shown, const QString &file)
{
    if (!shown)
        return tr("Annotate is on: open a code version to see which version introduced each of its lines.");
    if (shown->routine != m_versions->routineName() || m_versions->state() != LoadState::Ready)
        return tr("Annotate needs the versions of %1: select the routine and wait for its versions.").arg(shown->routine);
    m_annotation->start(refFor(shown->codeVersion), m_versions->versions(), m_annotationOptions, file);
    return {};
}

bool EsaWorkspace::offersReleases() const
{
    return changesAllowed() && !m_versions->routineName().isEmpty();
}

bool EsaWorkspace::versionsReady() const
{
    return m_versions->state() == LoadState::Ready || m_versions->state() == LoadState::Empty;
}

namespace {
const RoutineEnvironment *production(const CodeVersionListModel &versions)
{
    return versions.detail() ? versions.detail()->environment(QStringLiteral("production")) : nullptr;
}
} // namespace

EsaWorkspace::ReleaseOffers EsaWorkspace::releaseOffers(const QString &codeVersion, const QStringList &selected) const
{
    ReleaseOffers offers;
    if (!changesAllowed() || !m_versions->detail())
        return offers;
    offers.available = true;
    const RoutineEnvironment *prod = production(*m_versions);
    if (prod && prod->isCanary()) {
        offers.promoteLabel = tr("&Promote Canary (%1 to 100 %)").arg(shortVersionId(prod->canaryVersion()));
        offers.abortLabel = tr("A&bort Canary (%1 back to 100 %)").arg(shortVersionId(prod->mainVersion()));
    }
    // Back to a version older than what production runs alone or as the main of a canary.
    const bool runsAlone = prod && !prod->isCanary() && prod->mainVersion() == codeVersion;
    const int versionRow = m_versions->rowOf(codeVersion);
    const int prodRow = prod ? m_versions->rowOf(prod->mainVersion()) : -1;
    const QDateTime created = versionRow >= 0 ? m_versions->version(versionRow).createTime : QDateTime();
    offers.rollback = prodRow >= 0 && created.isValid() && created < m_versions->version(prodRow).createTime && !runsAlone;
    offers.toDelete = selected.contains(codeVersion) ? selected : QStringList{codeVersion};
    if (offers.toDelete.size() == 1)
        offers.whyNoDelete = VersionDeletion::whyNot(*m_versions->detail(), codeVersion);
    return offers;
}

QString EsaWorkspace::canaryVersion() const
{
    const RoutineEnvironment *prod = production(*m_versions);
    return prod && prod->isCanary() ? prod->canaryVersion() : QString();
}

QString EsaWorkspace::canaryMainVersion() const
{
    const RoutineEnvironment *prod = production(*m_versions);
    return prod && prod->isCanary() ? prod->mainVersion() : QString();
}

QString EsaWorkspace::whyNoDeploy(const QString &codeVersion) const
{
    if (!changesAllowed())
        return tr("This account does not allow changes; turn on \"Allow changes\" in its settings.");
    const int row = m_versions->rowOf(codeVersion);
    if (row < 0 || !m_versions->detail())
        return tr("Wait for the versions and their deployments to load.");
    const CodeVersion v = m_versions->version(row);
    switch (v.buildState()) {
    case BuildState::Ready:
        break;
    case BuildState::Building:
        return tr("Version %1 is still being built (%2): it can be deployed once its build is available.").arg(shortVersionId(codeVersion), v.status);
    case BuildState::Failed:
        return tr("The build of version %1 failed (%2): it cannot be deployed. Make a new version.").arg(shortVersionId(codeVersion), v.status);
    }
    return {};
}

RoutineChange::Context EsaWorkspace::changeContext() const
{
    return RoutineChange::Context{m_client, m_accountId, accountName(), m_versions->routineName(), m_journal};
}

void EsaWorkspace::refreshPlacement()
{
    m_placementRequest.kill();
    m_placement.reset();
    m_placementError = {};
    const QString name = m_versions->routineName();
    if (m_client && !name.isEmpty()) {
        m_placementRequest = RoutinePlacement::load(m_client, name).then(this, [this](const ApiResult<RoutinePlacement> &r) {
            if (r.ok())
                m_placement = r.value();
            else
                m_placementError = r.error();
            emit placementChanged();
        });
    }
    emit placementChanged();
}

PlacementChange::Context EsaWorkspace::placementChangeContext() const
{
    return PlacementChange::Context{m_client, m_accountId, accountName(), m_versions->routineName(), m_journal};
}

void EsaWorkspace::showChanged(const RoutineSnapshot &after)
{
    m_versions->showSnapshot(m_versions->routineName(), after.versions, after.detail);
}

Request<QList<EsaSite>> EsaWorkspace::readSites() const
{
    return m_client ? m_client->listSites() : Request<QList<EsaSite>>();
}

Request<RoutingData> EsaWorkspace::readRouting() const
{
    return m_client ? UrlResolver::load(m_client) : Request<RoutingData>();
}
