#include "ui/accounts/AccountImportDialog.h"

#include "ui/accounts/AccountListModel.h"
#include "app/accounts/AccountStore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

AccountImportDialog::AccountImportDialog(AccountStore &store, QWidget *parent, const QString &homeDir,
                                         const QProcessEnvironment &environment)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("AccountImportDialog"));
    setWindowTitle(tr("Import accounts"));
    QStringList warnings;
    QList<SkippedProfile> skipped;
    m_found = AccountImporter::discover(homeDir.isEmpty() ? QDir::homePath() : homeDir, environment, &warnings, &skipped);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(m_found.isEmpty()
                                     ? tr("No credentials were found in ~/.aliyun/config.json, ~/.hcloud/config.json or the environment. "
                                          "Add an account by hand with Accounts → Add.")
                                     : tr("CloudCodes found these credentials. Tick the ones to add; their secrets go to the keychain."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_summary = new QLabel(summary(m_found, skipped), this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setVisible(!m_summary->text().isEmpty());
    layout->addWidget(m_summary);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("foundList"));
    m_list->setAccessibleName(tr("Credentials found"));
    for (const ImportedAccount &found : std::as_const(m_found)) {
        const Account &a = found.account;
        auto *item = new QListWidgetItem(
                QIcon(a.cloud == Account::Cloud::Alibaba ? QStringLiteral(":/icons/alibaba.svg") : QStringLiteral(":/icons/huawei.svg")),
                tr("%1 — %2, %3, %4\nfrom %5")
                        .arg(a.displayName, AccountListModel::cloudName(a.cloud), AccountListModel::authKindName(a.authKind),
                             a.authKind == Account::AuthKind::RamRole ? a.ramRole.arn
                                     : a.accessKeyId.isEmpty()             ? a.region
                                                                           : a.accessKeyId,
                             found.source),
                m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    layout->addWidget(m_list, 1);

    m_warnings = new QLabel(warnings.join(QLatin1Char('\n')), this);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setVisible(!warnings.isEmpty());
    layout->addWidget(m_warnings);

    // Nothing to tick: a message and a Close button, not an empty box.
    m_buttons = new QDialogButtonBox(m_found.isEmpty() ? QDialogButtonBox::Close : QDialogButtonBox::Cancel, this);
    if (m_found.isEmpty())
        m_list->hide();
    else
        m_buttons->addButton(tr("&Import Selected"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        importChecked();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_found.isEmpty())
        resize(560, sizeHint().height());
    else
        resize(560, 360);
}

void AccountImportDialog::setChecked(int row, bool checked)
{
    if (QListWidgetItem *item = m_list->item(row))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void AccountImportDialog::importChecked()
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            m_store.save(m_found.at(i).account, m_found.at(i).secrets);
    }
}

QString AccountImportDialog::summary(const QList<ImportedAccount> &found, const QList<SkippedProfile> &skipped)
{
    QStringList parts;
    for (Account::AuthKind kind : {Account::AuthKind::AccessKey, Account::AuthKind::Sts, Account::AuthKind::RamRole,
                                   Account::AuthKind::IamPassword, Account::AuthKind::IamToken}) {
        const int n = int(std::count_if(found.cbegin(), found.cend(), [kind](const ImportedAccount &f) { return f.account.authKind == kind; }));
        if (n == 0)
            continue;
        switch (kind) {
        case Account::AuthKind::AccessKey: parts << tr("%n AccessKey profile(s)", nullptr, n); break;
        case Account::AuthKind::Sts: parts << tr("%n STS token profile(s)", nullptr, n); break;
        case Account::AuthKind::RamRole: parts << tr("%n RAM role profile(s)", nullptr, n); break;
        case Account::AuthKind::IamPassword:
        case Account::AuthKind::IamToken: parts << tr("%n IAM profile(s)", nullptr, n); break;
        }
    }
    // The modes CloudCodes cannot use, by name; the rest (empty keys, encrypted, …) in one word.
    QStringList why;
    bool unusable = false;
    for (const SkippedProfile &s : skipped) {
        if (s.reason == SkippedProfile::Reason::UnsupportedMode && !s.mode.isEmpty()) {
            if (!why.contains(s.mode))
                why << s.mode;
        } else {
            unusable = true;
        }
    }
    if (unusable)
        why << tr("unusable");
    if (!skipped.isEmpty())
        parts << tr("%n skipped (%1)", nullptr, int(skipped.size())).arg(why.join(QLatin1String(", ")));
    return parts.join(QLatin1String(", "));
}
