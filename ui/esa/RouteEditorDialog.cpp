#include "ui/esa/RouteEditorDialog.h"

#include "ui/common/Named.h"
#include "app/esa/RouteDraft.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace {
QComboBox *siteCombo(QWidget *parent)
{
    auto *combo = named(new QComboBox(parent), "routeSite", QCoreApplication::translate("RouteEditorDialog", "Site"));
    combo->addItem(QCoreApplication::translate("RouteEditorDialog", "Reading the account's sites…"));
    combo->setEnabled(false);
    return combo;
}

void fillSites(QComboBox *combo, const ApiResult<QList<EsaSite>> &result, qint64 keep)
{
    combo->clear();
    if (!result.ok()) {
        combo->addItem(QCoreApplication::translate("RouteEditorDialog", "The sites could not be read: %1").arg(result.error().summary()));
        return;
    }
    for (const EsaSite &site : result.value())
        combo->addItem(site.name, site.siteId);
    combo->setEnabled(keep == 0 && combo->count() > 0);
    if (keep != 0)
        combo->setCurrentIndex(combo->findData(keep));
}
} // namespace

RouteEditorDialog::RouteEditorDialog(Request<QList<EsaSite>> sites, const QString &routine, std::optional<RoutineRoute> existing,
                                     QWidget *parent)
    : QDialog(parent)
    , m_routine(routine)
    , m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("RouteEditorDialog"));
    setWindowTitle(m_existing ? tr("Edit Route %1 of %2").arg(m_existing->routeName, routine) : tr("Add a Route to %1").arg(routine));
    buildForm();
    if (!sites.isNull())
        m_sitesRequest = std::move(sites).then(this, [this](const ApiResult<QList<EsaSite>> &r) { sitesArrived(r); });
    if (m_existing) {
        // An edited route stays on its site: known already, whether or not the site list arrives.
        m_site->clear();
        m_site->addItem(m_existing->siteName, m_existing->siteId);
        m_name->setText(m_existing->routeName);
        m_rule->setText(m_existing->readableRule());
        m_enabled->setChecked(m_existing->enabled);
        m_bypass->setChecked(m_existing->bypass);
        m_fallback->setChecked(m_existing->fallback);
        m_sequence->setValue(m_existing->sequence);
    }
    check();
    resize(620, 360);
}

void RouteEditorDialog::buildForm()
{
    auto *form = new QFormLayout(this);
    m_site = siteCombo(this);
    form->addRow(tr("&Site:"), m_site);
    m_name = named(new QLineEdit(this), "routeName", tr("Route name"));
    form->addRow(tr("&Name:"), m_name);
    m_rule = named(new QLineEdit(this), "routeRule", tr("Pattern or rule"));
    m_rule->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rule->setPlaceholderText(tr("shop.example.com/api/*  or  (http.host eq \"shop.example.com\")"));
    form->addRow(tr("&Pattern or rule:"), m_rule);
    m_check = new QLabel(this);
    m_check->setObjectName(QStringLiteral("routeCheck"));
    m_check->setWordWrap(true);
    m_check->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_check);
    m_enabled = named(new QCheckBox(tr("&Enabled"), this), "routeEnabled", tr("Enabled"));
    m_enabled->setChecked(true);
    m_bypass = named(new QCheckBox(tr("&Bypass: a match goes past all functions"), this), "routeBypass", tr("Bypass"));
    m_fallback = named(new QCheckBox(tr("&Fallback to the origin when the function fails"), this), "routeFallback", tr("Fallback"));
    form->addRow(QString(), m_enabled);
    form->addRow(QString(), m_bypass);
    form->addRow(QString(), m_fallback);
    m_sequence = named(new QSpinBox(this), "routeSequence", tr("Sequence"));
    m_sequence->setRange(0, 100000);
    m_sequence->setToolTip(tr("The route's place on its site: lower is evaluated first"));
    form->addRow(tr("Se&quence:"), m_sequence);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("routeOk"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Continue"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue…"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("routeCancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &RouteEditorDialog::check);
    connect(m_rule, &QLineEdit::textChanged, this, &RouteEditorDialog::check);
    connect(m_site, &QComboBox::currentIndexChanged, this, &RouteEditorDialog::check);
}

void RouteEditorDialog::sitesArrived(const ApiResult<QList<EsaSite>> &result)
{
    const auto hasSite = [&] {
        return std::any_of(result.value().cbegin(), result.value().cend(), [&](const EsaSite &s) { return s.siteId == m_existing->siteId; });
    };
    if (m_existing && (!result.ok() || !hasSite()))
        return; // keep the route's own site rather than an error in its place
    fillSites(m_site, result, m_existing ? m_existing->siteId : 0);
    check();
}

// As typed: what the rule becomes, or where it goes wrong; Continue only for a whole route.
void RouteEditorDialog::check()
{
    const RouteDraft draft = RouteDraft::check(m_rule->text());
    if (draft.kind == RouteDraft::Kind::Empty)
        m_check->setText(tr("Type a host/path pattern (shop.example.com/api/*) or a rule."));
    else if (!draft.problem.isEmpty())
        m_check->setText(tr("Not valid: %1").arg(draft.problem));
    else
        m_check->setText(tr("The rule sent: %1").arg(draft.ruleText));
    const bool ok = draft.isValid() && !m_name->text().trimmed().isEmpty() && m_site->currentData().isValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

RoutineRoute RouteEditorDialog::route() const
{
    RoutineRoute r = m_existing.value_or(RoutineRoute{});
    r.routine = m_routine;
    r.siteId = m_site->currentData().toLongLong();
    r.siteName = m_site->currentText();
    r.routeName = m_name->text().trimmed();
    r.ruleText = RouteDraft::check(m_rule->text()).ruleText;
    r.enabled = m_enabled->isChecked();
    r.bypass = m_bypass->isChecked();
    r.fallback = m_fallback->isChecked();
    r.sequence = m_sequence->value();
    return r;
}

DomainEditorDialog::DomainEditorDialog(Request<QList<EsaSite>> sites, const QString &routine, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("DomainEditorDialog"));
    setWindowTitle(tr("Add a Custom Domain to %1").arg(routine));
    auto *form = new QFormLayout(this);
    m_site = siteCombo(this);
    m_site->setObjectName(QStringLiteral("domainSite"));
    form->addRow(tr("&Site:"), m_site);
    m_host = named(new QLineEdit(this), "domainHost", tr("Custom domain"));
    m_host->setPlaceholderText(tr("app.example.com"));
    form->addRow(tr("&Domain:"), m_host);
    m_check = new QLabel(this);
    m_check->setObjectName(QStringLiteral("domainCheck"));
    m_check->setWordWrap(true);
    form->addRow(QString(), m_check);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("domainOk"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Continue"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue…"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("domainCancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_host, &QLineEdit::textChanged, this, &DomainEditorDialog::check);
    connect(m_site, &QComboBox::currentIndexChanged, this, &DomainEditorDialog::check);
    if (!sites.isNull())
        m_sitesRequest = std::move(sites).then(this, [this](const ApiResult<QList<EsaSite>> &r) {
            if (r.ok())
                m_sites = r.value();
            fillSites(m_site, r, 0);
            check();
        });
    check();
}

// The host must be the site's zone or a name under it: a custom domain is a whole host of that site.
void DomainEditorDialog::check()
{
    const QString host = recordName();
    const auto site = std::find_if(m_sites.cbegin(), m_sites.cend(), [this](const EsaSite &s) { return s.siteId == siteId(); });
    QString problem;
    if (host.isEmpty())
        problem = tr("Type the host the routine is to serve whole.");
    else if (site == m_sites.cend())
        problem = tr("Choose a site.");
    else if (!site->covers(host))
        problem = tr("%1 is not under the site %2.").arg(host, site->name);
    m_check->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

qint64 DomainEditorDialog::siteId() const { return m_site->currentData().toLongLong(); }
QString DomainEditorDialog::siteName() const { return m_site->currentText(); }
QString DomainEditorDialog::recordName() const { return m_host->text().trimmed().toLower(); }
