// The AppCodes screen's app side: for the selected Huawei account, its gateway instances, the
// apps of the chosen one, the chosen app's AppCodes page by page, and the rules of changing them:
// what is offered and why not (the per-app limit), the two steps of a rotation (kept across
// restarts), the copy formats and the CSV export, and where the chosen app's credentials work
// (AppContextModel: authorized APIs per environment, ACL, quota, AppKey/AppSecret). The widget (ui/apig/AppCodeBrowser) lays this
// out and passes the user's intent here; it holds no state of its own.
#pragma once

#include "app/apig/AppCodeChange.h"
#include "app/apig/AppCodeRotations.h"
#include "app/apig/ApigClient.h"
#include "app/models/LoadState.h"

#include <QObject>

#include <memory>
#include <optional>

class AppCodeExporter;
class AppContextModel;
class AppCodeModel;
class AppCodePager;
class ApigAppListModel;
class ApigInstanceListModel;
class ChangeJournal;
class SessionState;

class ApigWorkspace : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApigWorkspace)

public:
    // Whether an action is offered now, and if not, why (shown as its tooltip).
    struct Offer
    {
        bool enabled = false;
        QString reason;
    };
    enum class CopyFormat { AppCode, Id, Row, Json, Curl };

    explicit ApigWorkspace(SessionState &state, QObject *parent = nullptr);
    ~ApigWorkspace() override;

    ApigInstanceListModel *instances() const { return m_instances; }
    ApigAppListModel *apps() const { return m_apps; }
    AppCodePager *pager() const { return m_pager; }
    AppCodeModel *codes() const { return m_codes; }
    AppCodeExporter *exporter() const { return m_exporter; }
    // "Where it works" of the chosen app: read when the app is chosen, again with readContext().
    AppContextModel *context() const { return m_context; }

    void setJournal(ChangeJournal *journal) { m_journal = journal; }
    // The account whose gateways are shown (a null client: none), its name for the journal, and
    // the instance its settings name (used when none was chosen before).
    void setAccount(const QString &accountId, const QString &accountName, std::shared_ptr<ApigClient> client,
                    const QString &defaultInstanceId = {});
    QString accountId() const { return m_accountId; }
    std::shared_ptr<ApigClient> client() const { return m_client; }
    bool changesAllowed() const;

    // The instance to show once the list is in: the one of last time, else the account's, else the first.
    int instanceRowToShow() const;
    // Remembers it, empties the page and lists the instance's apps.
    void chooseInstance(int row);
    QString instanceId() const { return m_instanceId; }
    // Whether the account's gateway has instances to choose from (the shared gateway has none).
    bool hasInstances() const;
    // What the instance list says now (loading, failed, how many), and the details of a failure.
    QString instanceStatus() const;
    QString instanceStatusDetails() const;
    // The app to show once the apps are in: the one of last time, else the first.
    int appRowToShow() const;
    // Remembers it, hides what was revealed, and pages its AppCodes.
    void chooseApp(int row);
    QString appName() const { return m_appName; }

    QString pageText() const;  // "page 2 of 7"
    QString rangeText() const; // "Showing 21–40 of 1,234"

    // The per-app limit: "3 of 5", empty while the count is not known.
    QString limitText() const;
    Offer createOffer() const;
    Offer rotateOffer(int selected) const;
    Offer deleteOffer(int selected) const;
    // Why create cannot go on (the app is full), or empty.
    QString whyNoCreate() const;
    // Why a rotation cannot create its new AppCode first (the app is full), or empty.
    QString whyNoRotation() const;
    AppCodeChange::Context changeContext() const;

    // The rotation, step by step: started (the successor exists), then done when the old one is
    // deleted, or forgotten. Only ids are kept, never values.
    QList<PendingRotation> pendingRotations() const;
    QString rotationText() const; // empty when none is pending
    void created(const AppCode &code);
    void rotationStarted(const AppCode &old, const AppCode &successor);
    void deleted(const QStringList &ids);
    void forgetRotation();
    // The old AppCode of a rotation as the page has it (or by id alone, when it is not on the page).
    AppCode oldOf(const PendingRotation &rotation) const;

    // The chosen app's credential context, read again (F5, Retry, after its AppSecret was reset).
    void readContext();
    // Testing an AppCode: the APIs of the chosen app's context, and one call (never retried).
    // A test reads nothing from the cloud but what the API answers, so any account may do it.
    QList<TestableApi> testableApis() const;
    Request<AppCodeTestResult> testCall(const AppCodeTestTarget &target) const;
    // "Permit only: 10.0.0.0/8", "No ACL: any address"; "3 calls per day", "No credential quota".
    static QString aclText(const ApigAppAcl &acl);
    static QString quotaText(const ApigBoundQuota &quota);
    QString aclText() const;
    QString quotaText() const;
    // Resetting the AppSecret is offered (the account allows changes and an app is chosen).
    Offer resetSecretOffer() const;
    // The AppSecret was reset (or the answer was lost and it did change): read the context again.
    void secretReset(bool changed);

    static QString copyText(CopyFormat format, const QList<AppCode> &codes);
    static bool isSecret(CopyFormat format) { return format != CopyFormat::Id; }

    // The page in view as CSV, at once; or every page, asked of the service (exporter()'s signals).
    bool exportPage(const QString &file, QString *error) const;
    void exportAll(const QString &file);

signals:
    // The account or the instance changed: the app and its AppCodes are gone from view.
    void cleared();
    void appChosen(const QString &appName);
    // What is offered (limit, rotation) may have changed.
    void offersChanged();
    void message(const QString &text);

private:
    SessionState &m_state;
    AppCodeRotations &m_rotations;
    ChangeJournal *m_journal = nullptr;
    ApigInstanceListModel *m_instances;
    ApigAppListModel *m_apps;
    AppCodePager *m_pager;
    AppCodeModel *m_codes;
    AppCodeExporter *m_exporter;
    AppContextModel *m_context;
    QString m_accountId;
    QString m_accountName;
    std::shared_ptr<ApigClient> m_client;
    QString m_defaultInstance;
    QString m_instanceId;
    QString m_instanceName;
    QString m_appName;
};
