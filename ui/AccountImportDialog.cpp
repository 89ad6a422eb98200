#include "AccountImportDialog.h"

#include "AccountListModel.h"
#include "accounts/AccountStore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

AccountImportDialog::AccountImportDialog(AccountStore &store, QWidget *parent, const QString &homeDir,
                                         const QProcessEnvironment &environment)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("AccountImportDialog"));
    setWindowTitle(tr("Import accounts"));
    QStringList warnings;
    m_found = AccountImporter::discover(homeDir.isEmpty() ? QDir::homePath() : homeDir, environment, &warnings);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(m_found.isEmpty()
                                     ? tr("No credentials were found in ~/.aliyun/config.json, ~/.hcloud/config.json or the environment.")
                                     : tr("CloudCodes found these credentials. Tick the ones to add; their secrets go to the keychain."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("foundList"));
    for (const ImportedAccount &found : std::as_const(m_found)) {
        const Account &a = found.account;
        auto *item = new QListWidgetItem(
                QIcon(a.cloud == Account::Cloud::Alibaba ? QStringLiteral(":/icons/alibaba.svg") : QStringLiteral(":/icons/huawei.svg")),
                tr("%1 — %2, %3, %4\nfrom %5")
                        .arg(a.displayName, AccountListModel::cloudName(a.cloud), AccountListModel::authKindName(a.authKind),
                             a.accessKeyId.isEmpty() ? a.region : a.accessKeyId, found.source),
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

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *importButton = m_buttons->addButton(tr("&Import Selected"), QDialogButtonBox::AcceptRole);
    importButton->setEnabled(!m_found.isEmpty());
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        importChecked();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
