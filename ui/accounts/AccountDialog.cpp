#include "ui/accounts/AccountDialog.h"

#include "ui/accounts/AccountListModel.h"
#include "ui/common/SecretLineEdit.h"
#include "app/accounts/AccountConnections.h"
#include "app/accounts/HuaweiRegions.h"
#include "app/net/EndpointPolicy.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace {
bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}
bool usesKeys(Account::AuthKind kind)
{
    return kind == Account::AuthKind::AccessKey || kind == Account::AuthKind::Sts || kind == Account::AuthKind::RamRole;
}
// The region picker holds each region's id as its item's data; text the user typed is an id.
QString regionId(const QComboBox *regions)
{
    const QString text = regions->currentText().trimmed();
    const int i = regions->findText(text);
    return i >= 0 ? regions->itemData(i).toString() : text;
}
// An endpoint field's URL; empty when the field is.
QUrl endpointIn(const QLineEdit *field)
{
    const QString text = field->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl::fromUserInput(text);
}
enum class UrlProblem { None, NotHttp, Insecure };
// None when `text` is empty or an https URL (or http to this machine); else what is wrong with it.
UrlProblem urlProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return UrlProblem::None;
    switch (EndpointPolicy::check(QUrl::fromUserInput(text.trimmed()))) {
    case EndpointPolicy::Verdict::NotHttp: return UrlProblem::NotHttp;
    case EndpointPolicy::Verdict::Insecure: return UrlProblem::Insecure;
    case EndpointPolicy::Verdict::Allowed: break;
    }
    return UrlProblem::None;
}
// Adds the sentence for `field`'s problem, if it has one, to `problems`.
void noteUrlProblem(QStringList &problems, const QLineEdit *field, const QString &notHttp, const QString &insecure)
{
    switch (urlProblem(field->text())) {
    case UrlProblem::NotHttp: problems << notHttp; break;
    case UrlProblem::Insecure: problems << insecure; break;
    case UrlProblem::None: break;
    }
}
// A field made and named in one line.
template <typename Widget>
Widget *named(Widget *w, const char *name)
{
    w->setObjectName(QLatin1String(name));
    return w;
}
} // namespace

AccountDialog::AccountDialog(Account::Cloud cloud, AccountConnections &connections, QWidget *parent)
    : QDialog(parent)
    , m_cloud(cloud)
    , m_connections(connections)
{
    setObjectName(QStringLiteral("AccountDialog"));
    m_account.id = Account::newId();
    m_account.cloud = cloud;
    setWindowTitle(cloud == Account::Cloud::Alibaba ? tr("Alibaba Cloud account") : tr("Huawei Cloud account"));
    buildForm();
    updateVisibility();
    validate();
    setMinimumWidth(480);
}

AccountDialog::~AccountDialog()
{
}

QList<Account::AuthKind> AccountDialog::authKinds() const
{
    if (m_cloud == Account::Cloud::Alibaba)
        return {Account::AuthKind::AccessKey, Account::AuthKind::Sts, Account::AuthKind::RamRole};
    return {Account::AuthKind::AccessKey, Account::AuthKind::IamPassword, Account::AuthKind::IamToken};
}

void AccountDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);
    addWhereRows();
    addKeyRows();
    addRamRoleRows();
    addIamRows();
    m_allowChanges = named(new QCheckBox(tr("&Allow changes to the cloud from CloudCodes"), this), "allowChanges");
    m_allowChanges->setToolTip(m_cloud == Account::Cloud::Alibaba
                                       ? tr("Deploy, roll back and delete code versions and upload new ones. Off: CloudCodes only reads.")
                                       : tr("Create, rotate and delete AppCodes. Off: CloudCodes only reads."));
    m_form->addRow(QString(), m_allowChanges);
    layout->addWidget(buildProblems());
    layout->addLayout(buildTestRow());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connectIntents();
}

// The account's name, where it connects and how it authenticates.
void AccountDialog::addWhereRows()
{
    m_name = named(new QLineEdit(this), "name");
    m_name->setPlaceholderText(m_cloud == Account::Cloud::Alibaba ? tr("e.g. Production (Hangzhou)") : tr("e.g. Gateway team"));
    m_form->addRow(tr("&Name:"), m_name);

    m_region = named(new QComboBox(this), "region");
    m_region->setEditable(true);
    m_region->lineEdit()->setAccessibleName(tr("Region"));
    addRegions();
    m_form->addRow(tr("&Region:"), m_region);

    const bool huawei = m_cloud == Account::Cloud::Huawei;
    // Huawei: which gateway holds the apps and AppCodes.
    m_gateway = named(new QComboBox(this), "gateway");
    m_gateway->setAccessibleName(tr("Gateway"));
    m_gateway->addItem(tr("Dedicated gateway (APIG)"), int(Account::Gateway::Dedicated));
    m_gateway->addItem(tr("ROMA Connect (API Connect)"), int(Account::Gateway::Roma));
    m_gateway->addItem(tr("Shared gateway (v1.0, no instances)"), int(Account::Gateway::Shared));
    m_gateway->setToolTip(tr("Where this account's apps and AppCodes live. The shared gateway is being retired and has no "
                             "instances; its apps offer AppCodes only, not their authorized APIs, ACL, quota or secret."));
    m_form->addRow(tr("&Gateway:"), m_gateway);
    m_endpoint = named(new QLineEdit(this), "endpoint");
    m_endpoint->setPlaceholderText(huawei ? tr("optional, e.g. https://apig.cn-north-4.myhuaweicloud.com")
                                          : tr("optional, e.g. https://esa.cn-hangzhou.aliyuncs.com"));
    m_endpoint->setToolTip(tr("Leave empty to use the region's public endpoint. Plain http:// is only allowed for this machine (127.0.0.1)."));
    m_form->addRow(huawei ? tr("APIG &endpoint:") : tr("&Endpoint:"), m_endpoint);
    // Huawei IAM is a host of its own: a custom APIG endpoint does not move it.
    m_iamEndpoint = named(new QLineEdit(this), "iamEndpoint");
    m_iamEndpoint->setAccessibleName(tr("IAM endpoint"));
    m_iamEndpoint->setPlaceholderText(tr("optional, e.g. https://iam.cn-north-4.myhuaweicloud.com"));
    m_iamEndpoint->setToolTip(tr("Where IAM tokens and project IDs are asked for. Empty: the region's IAM host, or the APIG endpoint "
                                 "above when it is this machine (127.0.0.1), which serves IAM too."));
    m_form->addRow(tr("&IAM endpoint:"), m_iamEndpoint);

    m_authKind = named(new QComboBox(this), "authKind");
    for (Account::AuthKind k : authKinds())
        m_authKind->addItem(AccountListModel::authKindName(k), int(k));
    m_form->addRow(tr("&Authentication:"), m_authKind);
}

// Huawei regions show as "name (id)"; every item holds its region's id.
void AccountDialog::addRegions()
{
    if (m_cloud == Account::Cloud::Alibaba) {
        for (const QString &id : Account::alibabaRegions())
            m_region->addItem(id, id);
        return;
    }
    for (const QString &id : Account::huaweiRegions())
        m_region->addItem(tr("%1 (%2)", "region name (region id)").arg(HuaweiRegions::displayName(id), id), id);
}

void AccountDialog::addKeyRows()
{
    m_accessKeyId = named(new QLineEdit(this), "accessKeyId");
    m_form->addRow(m_cloud == Account::Cloud::Alibaba ? tr("AccessKey &ID:") : tr("Access &key (AK):"), m_accessKeyId);
    m_secret = named(new SecretLineEdit(this), "secret");
    m_form->addRow(m_cloud == Account::Cloud::Alibaba ? tr("AccessKey &secret:") : tr("&Secret key (SK):"), m_secret);
    m_securityToken = named(new SecretLineEdit(this), "securityToken");
    m_form->addRow(tr("Security &token:"), m_securityToken);
}

// RAM role: the long-term AccessKey above assumes it; calls then run as the role.
void AccountDialog::addRamRoleRows()
{
    m_roleArn = named(new QLineEdit(this), "roleArn");
    m_roleArn->setPlaceholderText(tr("e.g. acs:ram::1234567890123456:role/deployer"));
    m_form->addRow(tr("RAM r&ole ARN:"), m_roleArn);
    m_roleSession = named(new QLineEdit(RamRole::defaultSessionName(), this), "roleSessionName");
    m_roleSession->setToolTip(tr("Who made the calls, as ActionTrail shows it: 2 to 64 letters, digits or . @ - _."));
    m_form->addRow(tr("Session na&me:"), m_roleSession);
    m_roleDuration = named(new QSpinBox(this), "roleDuration");
    m_roleDuration->setRange(RamRole::MinDurationSeconds, RamRole::DefaultDurationSeconds);
    m_roleDuration->setValue(RamRole::DefaultDurationSeconds);
    m_roleDuration->setSingleStep(300);
    m_roleDuration->setSuffix(tr(" s"));
    m_roleDuration->setToolTip(tr("How long the role's temporary credentials live (at most the role's maximum session duration). "
                                  "CloudCodes asks for new ones five minutes before they expire."));
    m_form->addRow(tr("Session d&uration:"), m_roleDuration);
    m_externalId = named(new QLineEdit(this), "externalId");
    m_externalId->setPlaceholderText(tr("optional: when the role's trust policy asks for one"));
    m_form->addRow(tr("E&xternal ID:"), m_externalId);
    m_rolePolicy = named(new QPlainTextEdit(this), "rolePolicy");
    m_rolePolicy->setPlaceholderText(tr("optional: a RAM policy (JSON) that narrows what the role may do"));
    m_rolePolicy->setTabChangesFocus(true);
    m_rolePolicy->setFixedHeight(m_rolePolicy->fontMetrics().lineSpacing() * 4 + 12);
    m_form->addRow(tr("Po&licy:"), m_rolePolicy);
    m_stsEndpoint = named(new QLineEdit(this), "stsEndpoint");
    m_stsEndpoint->setPlaceholderText(tr("optional, e.g. https://sts.cn-hangzhou.aliyuncs.com"));
    m_stsEndpoint->setToolTip(tr("Where the role is assumed. Empty: https://sts.aliyuncs.com, or the endpoint above when it is this machine (127.0.0.1), which serves STS too."));
    m_form->addRow(tr("STS end&point:"), m_stsEndpoint);
}

// Huawei IAM: a password or a token, and the project.
void AccountDialog::addIamRows()
{
    m_domain = named(new QLineEdit(this), "domain");
    m_form->addRow(tr("IAM &account:"), m_domain);
    m_user = named(new QLineEdit(this), "user");
    m_form->addRow(tr("IAM &user:"), m_user);
    m_password = named(new SecretLineEdit(this), "password");
    m_form->addRow(tr("&Password:"), m_password);
    m_token = named(new SecretLineEdit(this), "token");
    m_form->addRow(tr("IAM &token:"), m_token);
    m_projectId = named(new QLineEdit(this), "projectId");
    m_projectId->setPlaceholderText(tr("optional: found from the region when empty"));
    m_form->addRow(tr("&Project ID:"), m_projectId);
    m_keepToken = named(new QCheckBox(tr("Keep IAM tokens in the keychain between sessions"), this), "keepToken");
    m_form->addRow(QString(), m_keepToken);
}

QLabel *AccountDialog::buildProblems()
{
    m_problems = named(new QLabel(this), "problems");
    m_problems->setWordWrap(true);
    QPalette warn = m_problems->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_problems->setPalette(warn);
    return m_problems;
}

QHBoxLayout *AccountDialog::buildTestRow()
{
    auto *testRow = new QHBoxLayout;
    m_test = named(new QPushButton(tr("&Test connection"), this), "test");
    m_testResult = named(new QLabel(this), "testResult");
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyResult = named(new QPushButton(tr("Copy details"), this), "copyDetails");
    m_copyResult->setVisible(false);
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    testRow->addWidget(m_copyResult, 0, Qt::AlignTop);
    return testRow;
}

// Every edit validates the form again; the kind of authentication also decides which rows show.
void AccountDialog::connectIntents()
{
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &AccountDialog::runTest);
    connect(m_copyResult, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_testDetails); });

    for (QLineEdit *e : {m_name, m_endpoint, m_iamEndpoint, m_accessKeyId, static_cast<QLineEdit *>(m_secret), static_cast<QLineEdit *>(m_securityToken),
                         m_roleArn, m_roleSession, m_externalId, m_stsEndpoint,
                         m_domain, m_user, static_cast<QLineEdit *>(m_password), static_cast<QLineEdit *>(m_token), m_projectId})
        connect(e, &QLineEdit::textChanged, this, &AccountDialog::validate);
    connect(m_rolePolicy, &QPlainTextEdit::textChanged, this, &AccountDialog::validate);
    connect(m_roleDuration, &QSpinBox::valueChanged, this, &AccountDialog::validate);
    connect(m_region, &QComboBox::currentTextChanged, this, &AccountDialog::validate);
    connect(m_authKind, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        validate();
    });
    // The endpoint left empty is the region's host of the chosen gateway (ROMA Connect's own).
    if (m_cloud == Account::Cloud::Huawei) {
        const auto hint = [this] {
            Account a = account();
            a.endpoint = QUrl();
            m_endpoint->setPlaceholderText(tr("optional, e.g. %1").arg(a.effectiveEndpoint().toString()));
        };
        connect(m_gateway, &QComboBox::currentIndexChanged, this, hint);
        connect(m_region, &QComboBox::currentTextChanged, this, hint);
        hint();
    }
}

void AccountDialog::updateVisibility()
{
    const auto kind = Account::AuthKind(m_authKind->currentData().toInt());
    const bool huawei = m_cloud == Account::Cloud::Huawei;
    auto show = [this](QWidget *w, bool visible) { m_form->setRowVisible(w, visible); };
    show(m_accessKeyId, usesKeys(kind));
    show(m_secret, usesKeys(kind));
    show(m_securityToken, kind == Account::AuthKind::Sts);
    for (QWidget *w : std::initializer_list<QWidget *>{m_roleArn, m_roleSession, m_roleDuration, m_externalId, m_rolePolicy, m_stsEndpoint})
        show(w, kind == Account::AuthKind::RamRole);
    show(m_domain, kind == Account::AuthKind::IamPassword);
    show(m_user, kind == Account::AuthKind::IamPassword);
    show(m_password, kind == Account::AuthKind::IamPassword);
    show(m_token, kind == Account::AuthKind::IamToken);
    show(m_projectId, huawei);
    show(m_iamEndpoint, huawei);
    show(m_gateway, huawei);
    show(m_keepToken, kind == Account::AuthKind::IamPassword);
    adjustSize();
}

QStringList AccountDialog::problems() const
{
    QStringList p;
    const Account a = account();
    if (a.displayName.trimmed().isEmpty())
        p << tr("Give the account a name.");
    if (!matches(QStringLiteral("[a-z]{2,}(-[a-z]+)+(-\\d+)?"), a.region))
        p << tr("The region looks like \"cn-hangzhou\" or \"cn-north-4\".");
    p << endpointProblems(a.authKind);
    const auto secrets = this->secrets();
    switch (a.authKind) {
    case Account::AuthKind::AccessKey:
    case Account::AuthKind::Sts:
    case Account::AuthKind::RamRole:
        if (m_cloud == Account::Cloud::Alibaba && a.authKind != Account::AuthKind::Sts
            && !matches(QStringLiteral("LTAI[A-Za-z0-9]{12,30}"), a.accessKeyId))
            p << tr("An AccessKey ID starts with LTAI followed by 12 to 30 letters and digits.");
        if (a.authKind == Account::AuthKind::Sts && !matches(QStringLiteral("STS\\.[A-Za-z0-9]{8,}"), a.accessKeyId))
            p << tr("An STS AccessKey ID starts with \"STS.\".");
        if (m_cloud == Account::Cloud::Huawei && !matches(QStringLiteral("[A-Z0-9]{16,40}"), a.accessKeyId))
            p << tr("An AK is 16 to 40 upper-case letters and digits.");
        if (secrets.value(Account::Secret::AccessKeySecret).isEmpty())
            p << (m_cloud == Account::Cloud::Alibaba ? tr("Enter the AccessKey secret.") : tr("Enter the SK."));
        if (a.authKind == Account::AuthKind::Sts && secrets.value(Account::Secret::SecurityToken).isEmpty())
            p << tr("Enter the security token.");
        if (a.authKind == Account::AuthKind::RamRole)
            p << a.ramRole.problems();
        break;
    case Account::AuthKind::IamPassword:
        if (a.domainName.isEmpty() || a.userName.isEmpty())
            p << tr("Enter the IAM account and user names.");
        if (secrets.value(Account::Secret::Password).isEmpty())
            p << tr("Enter the password.");
        break;
    case Account::AuthKind::IamToken:
        if (secrets.value(Account::Secret::Token).isEmpty())
            p << tr("Paste an IAM token.");
        break;
    }
    if (m_cloud == Account::Cloud::Huawei && !a.projectId.isEmpty() && !matches(QStringLiteral("[0-9a-f]{32}"), a.projectId))
        p << tr("A project ID is 32 lower-case hexadecimal characters.");
    return p;
}

// Each endpoint field the form shows: empty, https, or plain http to this machine.
QStringList AccountDialog::endpointProblems(Account::AuthKind kind) const
{
    QStringList p;
    noteUrlProblem(p, m_endpoint, tr("The endpoint is not an http(s) URL."),
                   tr("The endpoint must use HTTPS (plain HTTP is only for 127.0.0.1)."));
    if (m_cloud == Account::Cloud::Huawei)
        noteUrlProblem(p, m_iamEndpoint, tr("The IAM endpoint is not an http(s) URL."),
                       tr("The IAM endpoint must use HTTPS (plain HTTP is only for 127.0.0.1)."));
    if (kind == Account::AuthKind::RamRole)
        noteUrlProblem(p, m_stsEndpoint, tr("The STS endpoint is not an http(s) URL."),
                       tr("The STS endpoint must use HTTPS (plain HTTP is only for 127.0.0.1)."));
    return p;
}

void AccountDialog::validate()
{
    const QStringList p = problems();
    m_problems->setText(p.join(QLatin1Char('\n')));
    m_problems->setVisible(!p.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
    m_test->setEnabled(p.isEmpty());
}

void AccountDialog::setAccount(const Account &account)
{
    m_account = account;
    m_name->setText(account.displayName);
    const int regionIndex = m_region->findData(account.region);
    if (regionIndex >= 0)
        m_region->setCurrentIndex(regionIndex);
    else
        m_region->setCurrentText(account.region);
    m_endpoint->setText(account.endpoint.toString());
    m_iamEndpoint->setText(account.iamEndpoint.toString());
    m_gateway->setCurrentIndex(qMax(0, m_gateway->findData(int(account.gateway))));
    const int kindIndex = m_authKind->findData(int(account.authKind));
    m_authKind->setCurrentIndex(qMax(0, kindIndex));
    m_accessKeyId->setText(account.accessKeyId);
    if (account.authKind == Account::AuthKind::RamRole) {
        m_roleArn->setText(account.ramRole.arn);
        m_roleSession->setText(account.ramRole.effectiveSessionName());
        // An imported role may grant longer sessions than the usual hour: keep what the account has.
        m_roleDuration->setMaximum(qMax(RamRole::DefaultDurationSeconds, account.ramRole.durationSeconds));
        m_roleDuration->setValue(account.ramRole.durationSeconds);
        m_externalId->setText(account.ramRole.externalId);
        m_rolePolicy->setPlainText(account.ramRole.policy);
        m_stsEndpoint->setText(account.stsEndpoint.toString());
    }
    m_domain->setText(account.domainName);
    m_user->setText(account.userName);
    m_projectId->setText(account.projectId);
    m_keepToken->setChecked(account.storeTokenInKeychain);
    m_allowChanges->setChecked(account.allowChanges);
    updateVisibility();
    validate();
}

void AccountDialog::setSecrets(const AccountStore::Secrets &secrets)
{
    m_secret->setText(secrets.value(Account::Secret::AccessKeySecret));
    m_securityToken->setText(secrets.value(Account::Secret::SecurityToken));
    m_password->setText(secrets.value(Account::Secret::Password));
    m_token->setText(secrets.value(Account::Secret::Token));
    validate();
}

Account AccountDialog::account() const
{
    Account a = m_account;
    a.cloud = m_cloud;
    a.displayName = m_name->text().trimmed();
    a.region = regionId(m_region);
    a.endpoint = endpointIn(m_endpoint);
    a.iamEndpoint = m_cloud == Account::Cloud::Huawei ? endpointIn(m_iamEndpoint) : QUrl();
    a.gateway = m_cloud == Account::Cloud::Huawei ? Account::Gateway(m_gateway->currentData().toInt()) : Account::Gateway::Dedicated;
    a.authKind = Account::AuthKind(m_authKind->currentData().toInt());
    a.accessKeyId = usesKeys(a.authKind) ? m_accessKeyId->text().trimmed() : QString();
    a.ramRole = {};
    a.stsEndpoint = QUrl();
    if (a.authKind == Account::AuthKind::RamRole) {
        a.ramRole.arn = m_roleArn->text().trimmed();
        a.ramRole.sessionName = m_roleSession->text().trimmed();
        a.ramRole.durationSeconds = m_roleDuration->value();
        a.ramRole.externalId = m_externalId->text().trimmed();
        a.ramRole.policy = m_rolePolicy->toPlainText().trimmed();
        a.stsEndpoint = endpointIn(m_stsEndpoint);
    }
    a.domainName = a.authKind == Account::AuthKind::IamPassword ? m_domain->text().trimmed() : QString();
    a.userName = a.authKind == Account::AuthKind::IamPassword ? m_user->text().trimmed() : QString();
    a.projectId = m_cloud == Account::Cloud::Huawei ? m_projectId->text().trimmed() : QString();
    a.storeTokenInKeychain = a.authKind == Account::AuthKind::IamPassword && m_keepToken->isChecked();
    a.allowChanges = m_allowChanges->isChecked();
    return a;
}

AccountStore::Secrets AccountDialog::secrets() const
{
    AccountStore::Secrets s;
    const auto kind = Account::AuthKind(m_authKind->currentData().toInt());
    if (usesKeys(kind))
        s.insert(Account::Secret::AccessKeySecret, m_secret->text());
    if (kind == Account::AuthKind::Sts)
        s.insert(Account::Secret::SecurityToken, m_securityToken->text().trimmed());
    if (kind == Account::AuthKind::IamPassword)
        s.insert(Account::Secret::Password, m_password->text());
    if (kind == Account::AuthKind::IamToken)
        s.insert(Account::Secret::Token, m_token->text().trimmed());
    return s;
}

void AccountDialog::runTest()
{
    m_test->setEnabled(false);
    m_copyResult->setVisible(false);
    m_testResult->setText(tr("Testing…"));
    m_pendingTest = m_connections.testConnection(account(), secrets()).then(this, [this](const ApiResult<QString> &r) {
        showTestResult(r);
    });
}

void AccountDialog::showTestResult(const ApiResult<QString> &result)
{
    m_test->setEnabled(problems().isEmpty());
    if (result.ok()) {
        m_testResult->setText(QStringLiteral("✔ ") + result.value());
        m_testDetails = result.value();
    } else {
        const ApiError &e = result.error();
        m_testResult->setText(QStringLiteral("✘ ") + e.summary());
        m_testDetails = e.details();
    }
    m_copyResult->setVisible(true);
    emit testFinished(result.ok());
}
