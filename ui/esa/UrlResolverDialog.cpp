#include "ui/esa/UrlResolverDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

UrlResolverDialog::UrlResolverDialog(std::function<Request<RoutingData>()> read, const QString &accountName, QWidget *parent)
    : QDialog(parent)
    , m_read(std::move(read))
{
    setObjectName(QStringLiteral("UrlResolverDialog"));
    setWindowTitle(tr("Who Serves This URL? — %1").arg(accountName));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&URL:"), this);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("resolverUrl"));
    m_url->setAccessibleName(tr("URL"));
    m_url->setPlaceholderText(tr("https://shop.example.com/api/orders"));
    label->setBuddy(m_url);
    m_resolve = new QPushButton(tr("&Resolve"), this);
    m_resolve->setObjectName(QStringLiteral("resolverGo"));
    m_resolve->setAccessibleName(tr("Resolve"));
    m_resolve->setDefault(true);
    m_reload = new QPushButton(tr("Re&load"), this);
    m_reload->setObjectName(QStringLiteral("resolverReload"));
    m_reload->setAccessibleName(tr("Reload the account's routes"));
    m_reload->setToolTip(tr("Read the account's sites, routes and custom domains again (F5)"));
    m_reload->setShortcut(QKeySequence::Refresh);
    row->addWidget(label);
    row->addWidget(m_url, 1);
    row->addWidget(m_resolve);
    row->addWidget(m_reload);
    layout->addLayout(row);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("resolverState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_answer = new QPlainTextEdit(this);
    m_answer->setObjectName(QStringLiteral("resolverAnswer"));
    m_answer->setAccessibleName(tr("Who serves the URL"));
    m_answer->setReadOnly(true);
    layout->addWidget(m_answer, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("resolverClose"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resolve, &QPushButton::clicked, this, &UrlResolverDialog::resolve);
    connect(m_url, &QLineEdit::returnPressed, this, &UrlResolverDialog::resolve);
    connect(m_reload, &QPushButton::clicked, this, &UrlResolverDialog::reload);
    resize(720, 440);
    reload();
}

void UrlResolverDialog::reload()
{
    Request<RoutingData> read = m_read ? m_read() : Request<RoutingData>();
    if (read.isNull()) {
        m_state->setText(tr("Select an Alibaba Cloud account first."));
        return;
    }
    m_state->setText(tr("Reading the account's sites, routes and custom domains…"));
    m_resolve->setEnabled(false);
    m_request = std::move(read).then(this, [this](const ApiResult<RoutingData> &r) {
        m_resolve->setEnabled(true);
        if (!r.ok()) {
            m_state->setText(tr("The account's routes could not be read: %1").arg(r.error().summary()));
            return;
        }
        m_data = r.value();
        m_state->setText(tr("%n site(s), %1 route(s), %2 custom domain(s).", nullptr, int(m_data->sites.size()))
                                 .arg(m_data->routes.size())
                                 .arg(m_data->records.size()));
        if (!m_url->text().trimmed().isEmpty())
            resolve();
    });
}

void UrlResolverDialog::resolve()
{
    if (!m_data)
        return; // resolved as soon as the data arrives
    m_resolution = UrlResolver::resolve(m_url->text().trimmed(), *m_data);
    m_answer->setPlainText(m_resolution->problem.isEmpty() ? m_resolution->describe() : m_resolution->problem);
    emit resolved();
}
