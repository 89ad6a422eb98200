#include "ui/apig/AppContextPanel.h"

#include "ui/common/LoadStatePanel.h"
#include "app/apig/AppContextModel.h"
#include "app/workspaces/ApigWorkspace.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AppContextPanel::AppContextPanel(ApigWorkspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("appContextPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("appContextTable"));
    m_table->setAccessibleName(tr("APIs this app may call, per environment"));
    m_table->setModel(workspace.context());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_tablePanel = new LoadStatePanel(m_table, this);
    m_tablePanel->setObjectName(QStringLiteral("appContextState"));
    m_tablePanel->setIdleText(tr("Choose an app to see where it works."));
    m_tablePanel->setEmptyText(tr("This app is not authorized for any API: its credentials work nowhere yet."));
    // Some API or group details could not be read: their rows are shown without them.
    m_partial = new QLabel(this);
    m_partial->setObjectName(QStringLiteral("appContextPartial"));
    m_partial->setWordWrap(true);
    m_partial->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_partial->hide();
    layout->addWidget(m_partial);
    layout->addWidget(m_tablePanel, 1);
    layout->addWidget(buildCredentials());
    connect(m_tablePanel, &LoadStatePanel::retryRequested, &workspace, &ApigWorkspace::readContext);
    connect(workspace.context(), &AppContextModel::stateChanged, this, &AppContextPanel::stateChanged);
    connect(&workspace, &ApigWorkspace::offersChanged, this, &AppContextPanel::updateOffers);
    stateChanged(workspace.context()->state());
}

QString AppContextPanel::maskedSecret()
{
    return QStringLiteral("••••••••••••");
}

QLineEdit *AppContextPanel::makeField(const QString &objectName, const QString &accessibleName)
{
    auto *field = new QLineEdit(m_credentials);
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    field->setReadOnly(true);
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16); // a key stays readable
    return field;
}

QPushButton *AppContextPanel::makeButton(const QString &text, const QString &objectName, const QString &accessibleName)
{
    auto *button = new QPushButton(text, m_credentials);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    return button;
}

QWidget *AppContextPanel::buildCredentials()
{
    m_credentials = new QWidget(this);
    auto *form = new QFormLayout(m_credentials);
    m_acl = new QLabel(m_credentials);
    m_acl->setObjectName(QStringLiteral("appContextAcl"));
    m_acl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quota = new QLabel(m_credentials);
    m_quota->setObjectName(QStringLiteral("appContextQuota"));
    m_appKey = makeField(QStringLiteral("appContextKey"), tr("AppKey"));
    m_copyKey = makeButton(tr("Copy"), QStringLiteral("appContextCopyKey"), tr("Copy the AppKey"));
    m_appSecret = makeField(QStringLiteral("appContextSecret"), tr("AppSecret"));
    m_revealSecret = makeButton(tr("Reveal"), QStringLiteral("appContextRevealSecret"), tr("Reveal the AppSecret"));
    m_revealSecret->setCheckable(true);
    m_copySecret = makeButton(tr("Copy"), QStringLiteral("appContextCopySecret"), tr("Copy the AppSecret"));
    m_resetSecret = makeButton(tr("Reset AppSecret…"), QStringLiteral("appContextResetSecret"), tr("Reset the AppSecret"));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_appKey, 1);
    keyRow->addWidget(m_copyKey);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_appSecret, 1);
    secretRow->addWidget(m_revealSecret);
    secretRow->addWidget(m_copySecret);
    secretRow->addWidget(m_resetSecret);
    m_test = makeButton(tr("&Test an AppCode…"), QStringLiteral("appContextTest"), tr("Test an AppCode on these APIs"));
    m_test->setToolTip(tr("Send one request with an AppCode to one of these APIs and see what the gateway answers"));
    auto *aclRow = new QHBoxLayout;
    aclRow->addWidget(m_acl, 1);
    aclRow->addWidget(m_test);
    form->addRow(tr("Address ACL:"), aclRow);
    form->addRow(tr("Credential quota:"), m_quota);
    form->addRow(tr("AppKey:"), keyRow);
    form->addRow(tr("AppSecret:"), secretRow);
    connect(m_copyKey, &QPushButton::clicked, this, [this] { emit copyRequested(m_workspace.context()->context().appKey, false, tr("the AppKey")); });
    connect(m_copySecret, &QPushButton::clicked, this, [this] { emit copyRequested(m_workspace.context()->context().appSecret, true, tr("the AppSecret")); });
    connect(m_revealSecret, &QPushButton::toggled, this, &AppContextPanel::showSecret);
    connect(m_resetSecret, &QPushButton::clicked, this, &AppContextPanel::resetSecretRequested);
    connect(m_test, &QPushButton::clicked, this, &AppContextPanel::testRequested);
    return m_credentials;
}

void AppContextPanel::stateChanged(LoadState state)
{
    m_tablePanel->showState(state, m_workspace.context()->error());
    const QStringList unread = state == LoadState::Ready ? m_workspace.context()->context().unreadDetails : QStringList();
    m_partial->setText(unread.isEmpty() ? QString()
                                        : tr("Some details could not be read, so their rows show no method, path or domain "
                                             "(F5 reads again): %1").arg(unread.join(QStringLiteral("; "))));
    m_partial->setVisible(!unread.isEmpty());
    const bool known = state == LoadState::Ready || state == LoadState::Empty;
    m_credentials->setEnabled(known);
    m_acl->setText(known ? m_workspace.aclText() : QString());
    m_quota->setText(known ? m_workspace.quotaText() : QString());
    m_appKey->setText(known ? m_workspace.context()->context().appKey : QString());
    if (state != LoadState::Ready && state != LoadState::Empty)
        m_revealSecret->setChecked(false); // revealing is for one look, not for the next app
    showSecret();
    updateOffers();
    if (known)
        m_table->resizeColumnsToContents();
}

void AppContextPanel::showSecret()
{
    const QString secret = m_workspace.context()->context().appSecret;
    m_appSecret->setText(secret.isEmpty() ? QString() : m_revealSecret->isChecked() ? secret : maskedSecret());
    m_revealSecret->setText(m_revealSecret->isChecked() ? tr("Hide") : tr("Reveal"));
}

void AppContextPanel::updateOffers()
{
    const ApigWorkspace::Offer reset = m_workspace.resetSecretOffer();
    m_resetSecret->setEnabled(reset.enabled);
    m_resetSecret->setToolTip(reset.reason);
    const bool has = !m_workspace.context()->context().appSecret.isEmpty();
    m_copySecret->setEnabled(has);
    m_revealSecret->setEnabled(has);
    m_copyKey->setEnabled(!m_workspace.context()->context().appKey.isEmpty());
    m_test->setEnabled(!m_workspace.context()->context().rows.isEmpty());
}
