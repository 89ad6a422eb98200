#include "app/workspaces/ApigWorkspace.h"

#include "app/apig/AppCodeExporter.h"
#include "app/apig/AppCodeModel.h"
#include "app/apig/AppCodePager.h"
#include "app/apig/AppCodeRule.h"
#include "app/apig/AppContextModel.h"
#include "app/apig/ApigAppListModel.h"
#include "app/apig/ApigInstanceListModel.h"
#include "app/session/SessionState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

ApigWorkspace::ApigWorkspace(SessionState &state, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_rotations(state.rotations())
    , m_instances(new ApigInstanceListModel(this))
    , m_apps(new ApigAppListModel(this))
    , m_pager(new AppCodePager(this))
    , m_codes(new AppCodeModel(this))
    , m_exporter(new AppCodeExporter(this))
    , m_context(new AppContextModel(this))
{
    connect(m_pager, &AppCodePager::pageChanged, this, [this] { m_codes->setCodes(m_pager->codes()); });
    connect(m_pager, &AppCodePager::stateChanged, this, &ApigWorkspace::offersChanged);
    connect(m_pager, &AppCodePager::pageChanged, this, &ApigWorkspace::offersChanged);
    connect(m_exporter, &AppCodeExporter::finished, this, [this](bool ok, qint64 rows, const QString &error) {
        emit message(ok ? tr("Exported %n AppCode(s).", nullptr, int(rows))
                        : error.isEmpty() ? tr("Export cancelled.") : tr("Export failed: %1").arg(error));
    });
}

ApigWorkspace::~ApigWorkspace() = default;

void ApigWorkspace::setAccount(const QString &accountId, const QString &accountName, std::shared_ptr<ApigClient> client,
                               const QString &defaultInstanceId)
{
    if (accountId == m_accountId && client == m_client)
        return;
    m_accountId = accountId;
    m_accountName = accountName;
    m_client = std::move(client);
    m_defaultInstance = defaultInstanceId;
    m_instanceId.clear();
    m_instanceName.clear();
    m_appName.clear();
    m_pager->clear();
    m_context->clear();
    m_codes->setCodes({});
    m_apps->setInstance(nullptr, {});
    m_instances->setClient(m_client);
    emit cleared();
    emit offersChanged();
}

bool ApigWorkspace::changesAllowed() const
{
    return m_client && m_client->allowsChanges();
}

int ApigWorkspace::instanceRowToShow() const
{
    QString want = m_state.lastInstance(m_accountId);
    if (want.isEmpty())
        want = m_defaultInstance;
    return qMax(0, m_instances->rowOf(want));
}

void ApigWorkspace::chooseInstance(int row)
{
    const ApigInstance instance = m_instances->instance(row);
    if (instance.id.isEmpty())
        return;
    m_instanceId = instance.id;
    m_instanceName = instance.name;
    m_appName.clear();
    m_state.setLastInstance(m_accountId, instance.id);
    m_pager->clear();
    m_context->clear();
    m_apps->setInstance(m_client, instance.id);
    emit cleared();
}

bool ApigWorkspace::hasInstances() const
{
    return !m_client || m_client->gateway() != ApigGateway::Shared;
}

QString ApigWorkspace::instanceStatus() const
{
    if (!hasInstances() && m_instances->state() == LoadState::Ready)
        return tr("The shared gateway has no instances: these are the account's apps.");
    const bool roma = m_client && m_client->gateway() == ApigGateway::Roma;
    switch (m_instances->state()) {
    case LoadState::Idle:
        return tr("Select a Huawei Cloud account to see its API gateways.");
    case LoadState::Loading:
        return tr("Loading gateways…");
    case LoadState::Failed:
        return m_instances->error().summary();
    case LoadState::Empty:
        return roma ? tr("This region has no ROMA Connect instances.") : tr("This region has no API gateway instances.");
    case LoadState::Ready:
        break;
    }
    return roma ? tr("%n ROMA Connect instance(s)", nullptr, m_instances->rowCount()) : tr("%n gateway(s)", nullptr, m_instances->rowCount());
}

QString ApigWorkspace::instanceStatusDetails() const
{
    return m_instances->state() == LoadState::Failed ? m_instances->error().details() : QString();
}

int ApigWorkspace::appRowToShow() const
{
    return qMax(0, m_apps->rowOf(m_state.lastApp(m_accountId)));
}

void ApigWorkspace::chooseApp(int row)
{
    const ApigApp app = m_apps->app(row);
    if (app.id.isEmpty())
        return;
    m_state.setLastApp(m_accountId, app.id);
    m_appName = app.name;
    m_codes->setRevealedIds({}); // revealing is for one look, not for the next app
    m_pager->setSource(m_client, m_accountId, m_instanceId, app.id);
    m_context->load(m_client, m_instanceId, app.id);
    emit appChosen(app.name);
}

QString ApigWorkspace::pageText() const
{
    return tr("page %1 of %2").arg(m_pager->currentPage() + 1).arg(m_pager->pageCount());
}

QString ApigWorkspace::rangeText() const
{
    if (m_pager->total() <= 0)
        return {};
    const QLocale l;
    return tr("Showing %1–%2 of %3").arg(l.toString(m_pager->firstItem()), l.toString(m_pager->lastItem()), l.toString(m_pager->total()));
}

namespace {
// The count a refresh keeps until its answer, unknown before the first answer and after a failure.
bool countKnown(const AppCodePager &pager)
{
    return pager.total() >= 0 && pager.state() != LoadState::Failed;
}
} // namespace

QString ApigWorkspace::limitText() const
{
    if (!countKnown(*m_pager))
        return {};
    const qint64 total = m_pager->total();
    if (total > AppCodeRule::PerAppLimit)
        return tr("%1 of %2 — above the gateway's documented limit").arg(QLocale().toString(total)).arg(AppCodeRule::PerAppLimit);
    return tr("%1 of %2").arg(total).arg(AppCodeRule::PerAppLimit);
}

ApigWorkspace::Offer ApigWorkspace::createOffer() const
{
    const bool full = countKnown(*m_pager) && m_pager->total() >= AppCodeRule::PerAppLimit;
    return Offer{countKnown(*m_pager),
                 full ? tr("This app holds %1 AppCodes and the gateway allows %2 per app: delete one first.")
                                .arg(QLocale().toString(m_pager->total()))
                                .arg(AppCodeRule::PerAppLimit)
                      : tr("Create an AppCode, generated by the gateway or with your value")};
}

ApigWorkspace::Offer ApigWorkspace::rotateOffer(int selected) const
{
    return Offer{countKnown(*m_pager) && selected == 1, {}};
}

ApigWorkspace::Offer ApigWorkspace::deleteOffer(int selected) const
{
    return Offer{countKnown(*m_pager) && selected > 0, {}};
}

QString ApigWorkspace::whyNoCreate() const
{
    if (m_pager->total() < AppCodeRule::PerAppLimit)
        return {};
    return tr("%1 holds %2 AppCodes and the gateway allows %3 per app, so no AppCode can be created. "
              "Delete one it no longer needs first.")
            .arg(changeContext().appName, QLocale().toString(m_pager->total()))
            .arg(AppCodeRule::PerAppLimit);
}

QString ApigWorkspace::whyNoRotation() const
{
    if (m_pager->total() < AppCodeRule::PerAppLimit)
        return {};
    return tr("%1 holds %2 of %3 AppCodes, so the new one cannot be created first. Delete an AppCode that no "
              "caller uses (not the one you rotate) to make room?")
            .arg(changeContext().appName, QLocale().toString(m_pager->total()))
            .arg(AppCodeRule::PerAppLimit);
}

AppCodeChange::Context ApigWorkspace::changeContext() const
{
    return AppCodeChange::Context{m_client,
                                  m_accountId,
                                  m_accountName.isEmpty() ? m_accountId : m_accountName,
                                  m_instanceId,
                                  m_instanceName,
                                  m_pager->appId(),
                                  m_appName.isEmpty() ? m_pager->appId() : m_appName,
                                  m_journal};
}

QList<PendingRotation> ApigWorkspace::pendingRotations() const
{
    if (m_accountId.isEmpty() || m_pager->appId().isEmpty())
        return {};
    return m_rotations.pending(m_accountId, m_pager->instanceId(), m_pager->appId());
}

QString ApigWorkspace::rotationText() const
{
    const QList<PendingRotation> pending = changesAllowed() ? pendingRotations() : QList<PendingRotation>();
    if (pending.isEmpty())
        return {};
    const PendingRotation &r = pending.first();
    QString text = tr("Rotation pending since %1: once your callers use the new AppCode %2, delete the old one %3.")
                           .arg(QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat), r.newId, r.oldId);
    if (pending.size() > 1)
        text += QLatin1Char(' ') + tr("(%n more pending)", nullptr, int(pending.size() - 1));
    return text;
}

void ApigWorkspace::created(const AppCode &code)
{
    // The new one at once, in full for this row only, until the user leaves the app.
    m_codes->setRevealedIds({code.id});
    m_pager->refresh();
    emit message(tr("Created the AppCode %1.").arg(code.id));
}

void ApigWorkspace::rotationStarted(const AppCode &old, const AppCode &successor)
{
    const AppCodeChange::Context c = changeContext();
    m_rotations.add(m_accountId, PendingRotation{c.instanceId, c.appId, c.appName, old.id, successor.id, QDateTime::currentDateTimeUtc()});
    m_codes->setRevealedIds({successor.id});
    m_pager->refresh();
    emit offersChanged();
    emit message(tr("Step 1 done: move your callers to %1, then Finish Rotation.").arg(successor.id));
}

void ApigWorkspace::deleted(const QStringList &ids)
{
    // A rotation whose old AppCode is gone is done.
    for (const PendingRotation &r : pendingRotations()) {
        if (ids.contains(r.oldId)) {
            m_rotations.remove(m_accountId, r.oldId);
            emit message(tr("The rotation is done: %1 was deleted.").arg(r.oldId));
        }
    }
    m_pager->refresh();
    emit offersChanged();
}

void ApigWorkspace::forgetRotation()
{
    const QList<PendingRotation> pending = pendingRotations();
    if (!pending.isEmpty())
        m_rotations.remove(m_accountId, pending.first().oldId);
    emit offersChanged();
}

AppCode ApigWorkspace::oldOf(const PendingRotation &rotation) const
{
    // Its value is never stored by CloudCodes: the gateway's, when the page holds it.
    for (const AppCode &c : m_codes->codes()) {
        if (c.id == rotation.oldId)
            return c;
    }
    return AppCode{QString(), rotation.oldId, rotation.appId, {}};
}

QString ApigWorkspace::copyText(CopyFormat format, const QList<AppCode> &codes)
{
    if (format == CopyFormat::Json) {
        QJsonArray array;
        for (const AppCode &c : codes) {
            array.append(QJsonObject{{QStringLiteral("app_code"), c.appCode}, {QStringLiteral("id"), c.id},
                                     {QStringLiteral("app_id"), c.appId}, {QStringLiteral("create_time"), c.createTime.toUTC().toString(Qt::ISODate)}});
        }
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    QStringList lines;
    for (const AppCode &c : codes) {
        switch (format) {
        case CopyFormat::AppCode: lines << c.appCode; break;
        case CopyFormat::Id: lines << c.id; break;
        case CopyFormat::Row:
            lines << QStringList{c.appCode, c.id, c.appId, c.createTime.toUTC().toString(Qt::ISODate)}.join(QLatin1Char('\t'));
            break;
        case CopyFormat::Curl: lines << AppCodeModel::curlSnippet(c.appCode); break;
        case CopyFormat::Json: break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

bool ApigWorkspace::exportPage(const QString &file, QString *error) const
{
    return AppCodeExporter::writePage(m_codes->codes(), file, error);
}

void ApigWorkspace::exportAll(const QString &file)
{
    m_exporter->start(m_client, m_instanceId, m_pager->appId(), file);
}

void ApigWorkspace::readContext()
{
    m_context->reload();
}

QString ApigWorkspace::aclText(const ApigAppAcl &acl)
{
    const QString values = acl.values.join(QStringLiteral(", "));
    if (acl.type == QLatin1String("PERMIT"))
        return tr("Permit only: %1").arg(values);
    if (acl.type == QLatin1String("DENY"))
        return tr("Deny: %1").arg(values);
    return tr("No ACL: any address");
}

namespace {
// "day", "2 days": the quota's period.
QString periodText(const ApigBoundQuota &q)
{
    const bool one = q.timeInterval == 1;
    const QString n = QLocale().toString(q.timeInterval);
    if (q.timeUnit == QLatin1String("SECOND"))
        return one ? ApigWorkspace::tr("second") : ApigWorkspace::tr("%1 seconds").arg(n);
    if (q.timeUnit == QLatin1String("MINUTE"))
        return one ? ApigWorkspace::tr("minute") : ApigWorkspace::tr("%1 minutes").arg(n);
    if (q.timeUnit == QLatin1String("HOUR"))
        return one ? ApigWorkspace::tr("hour") : ApigWorkspace::tr("%1 hours").arg(n);
    return one ? ApigWorkspace::tr("day") : ApigWorkspace::tr("%1 days").arg(n);
}
} // namespace

QString ApigWorkspace::quotaText(const ApigBoundQuota &quota)
{
    if (!quota.bound)
        return tr("No credential quota");
    if (quota.callLimits == 1)
        return tr("1 call per %1").arg(periodText(quota));
    return tr("%1 calls per %2").arg(QLocale().toString(quota.callLimits), periodText(quota));
}

QString ApigWorkspace::aclText() const
{
    return aclText(m_context->context().acl);
}

QString ApigWorkspace::quotaText() const
{
    return quotaText(m_context->context().quota);
}

ApigWorkspace::Offer ApigWorkspace::resetSecretOffer() const
{
    if (!hasInstances())
        return Offer{false, tr("The shared gateway does not offer resetting an app's AppSecret to CloudCodes.")};
    if (!changesAllowed())
        return Offer{false, tr("This account does not allow changes (turn on \"Allow changes\" in the account's settings).")};
    return Offer{!m_pager->appId().isEmpty(), tr("Make a new AppSecret: callers that sign with the old one are refused at once")};
}

void ApigWorkspace::secretReset(bool changed)
{
    if (changed)
        emit message(tr("The AppSecret of %1 was reset.").arg(m_appName));
    m_context->reload();
}

QList<TestableApi> ApigWorkspace::testableApis() const
{
    return AppCodeTestCall::testableApis(m_context->context());
}

Request<AppCodeTestResult> ApigWorkspace::testCall(const AppCodeTestTarget &target) const
{
    if (!m_client)
        return Request<AppCodeTestResult>::fromResult(ApiError(ApiError::Service::Apig, ApiError::Kind::Auth, tr("Choose a Huawei Cloud account first.")));
    return m_client->testCall(target);
}
