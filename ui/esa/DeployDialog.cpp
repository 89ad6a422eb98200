#include "ui/esa/DeployDialog.h"

#include "app/esa/TrafficPlan.h"

#include "ui/diff/DiffView.h"
#include "app/versions/CodeVersionRepository.h"
#include "app/versions/Comparison.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QString Staging = QStringLiteral("staging");
const QString Production = QStringLiteral("production");
} // namespace


DeployDialog::DeployDialog(const Target &target, Preset preset, CodeVersionRepository &repository, QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_preset(preset)
    , m_repository(repository)
{
    setObjectName(QStringLiteral("DeployDialog"));
    setWindowTitle(preset == Preset::Rollback      ? tr("Roll Back %1").arg(target.context.routine)
                   : preset == Preset::Promote     ? tr("Promote the Canary of %1").arg(target.context.routine)
                   : preset == Preset::AbortCanary ? tr("Abort the Canary of %1").arg(target.context.routine)
                                                   : tr("Deploy %1").arg(target.context.routine));
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("deployHeading"));
    heading->setTextFormat(Qt::RichText);
    heading->setWordWrap(true);
    heading->setText(tr("<b>%1</b> @ %2 — %3")
                             .arg(target.context.routine.toHtmlEscaped(), target.version.codeVersion.toHtmlEscaped(),
                                  target.version.description.toHtmlEscaped()));
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);
    auto *where = new QLabel(tr("Account: %1 · Region: %2 · Endpoint: %3").arg(target.context.accountName, target.region, target.endpoint), this);
    where->setObjectName(QStringLiteral("deployAccount"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(where);

    auto *form = new QFormLayout;
    auto *envs = new QHBoxLayout;
    m_staging = new QRadioButton(tr("&Staging"), this);
    m_staging->setObjectName(QStringLiteral("envStaging"));
    m_production = new QRadioButton(tr("&Production"), this);
    m_production->setObjectName(QStringLiteral("envProduction"));
    auto *envGroup = new QButtonGroup(this);
    envGroup->addButton(m_staging);
    envGroup->addButton(m_production);
    envs->addWidget(m_staging);
    envs->addWidget(m_production);
    envs->addStretch();
    form->addRow(tr("Environment:"), envs);

    auto *traffic = new QVBoxLayout;
    m_whole = new QRadioButton(tr("This version at &100 %"), this);
    m_whole->setObjectName(QStringLiteral("trafficWhole"));
    m_canary = new QRadioButton(tr("&Canary:"), this);
    m_canary->setObjectName(QStringLiteral("trafficCanary"));
    auto *trafficGroup = new QButtonGroup(this);
    trafficGroup->addButton(m_whole);
    trafficGroup->addButton(m_canary);
    auto *canaryRow = new QHBoxLayout;
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("canarySlider"));
    m_slider->setRange(1, 99);
    m_slider->setValue(10);
    m_slider->setAccessibleName(tr("Canary share"));
    m_percent = new QSpinBox(this);
    m_percent->setObjectName(QStringLiteral("canaryPercent"));
    m_percent->setRange(1, 99);
    m_percent->setValue(10);
    m_percent->setSuffix(tr(" %"));
    m_percent->setAccessibleName(tr("Canary share in percent"));
    m_beside = new QLabel(this);
    m_beside->setObjectName(QStringLiteral("canaryBeside"));
    canaryRow->addWidget(m_canary);
    canaryRow->addWidget(m_slider, 1);
    canaryRow->addWidget(m_percent);
    canaryRow->addWidget(m_beside, 2);
    traffic->addWidget(m_whole);
    traffic->addLayout(canaryRow);
    form->addRow(tr("Traffic:"), traffic);
    layout->addLayout(form);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("deploySummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_diffTitle = new QLabel(this);
    m_diffTitle->setObjectName(QStringLiteral("deployDiffTitle"));
    m_diffTitle->setWordWrap(true);
    layout->addWidget(m_diffTitle);
    auto *comparison = new Comparison(&repository, this);
    m_diff = new DiffView(*comparison, this);
    m_diff->setAccessibleName(tr("What changes"));
    m_diff->setMinimumHeight(260);
    layout->addWidget(m_diff, 1);
    m_nothing = new QLabel(this);
    m_nothing->setObjectName(QStringLiteral("deployNothing"));
    m_nothing->setWordWrap(true);
    m_nothing->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_nothing, 1);

    auto *confirmRow = new QHBoxLayout;
    m_confirmLabel = new QLabel(tr("To deploy to production, type the routine's name (%1):").arg(target.context.routine), this);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("deployConfirm"));
    m_confirm->setAccessibleName(tr("Routine name, to confirm"));
    m_confirm->setPlaceholderText(target.context.routine);
    m_confirmLabel->setBuddy(m_confirm);
    confirmRow->addWidget(m_confirmLabel);
    confirmRow->addWidget(m_confirm, 1);
    layout->addLayout(confirmRow);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("deployStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_deploy = m_buttons->addButton(tr("Deploy"), QDialogButtonBox::AcceptRole);
    m_deploy->setObjectName(QStringLiteral("deployButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_deploy, &QPushButton::clicked, this, &DeployDialog::deploy);

    // The preset: where and how.
    const RoutineEnvironment *prod = target.detail.environment(Production);
    const bool toProduction = preset == Preset::Rollback || preset == Preset::Promote || preset == Preset::AbortCanary
            || (preset == Preset::Deploy && false);
    (toProduction ? m_production : m_staging)->setChecked(true);
    m_whole->setChecked(true);
    Q_UNUSED(prod);

    for (QRadioButton *b : {m_staging, m_production, m_whole, m_canary})
        connect(b, &QRadioButton::toggled, this, &DeployDialog::update);
    connect(m_slider, &QSlider::valueChanged, m_percent, &QSpinBox::setValue);
    connect(m_percent, &QSpinBox::valueChanged, m_slider, &QSlider::setValue);
    connect(m_percent, &QSpinBox::valueChanged, this, &DeployDialog::update);
    connect(m_confirm, &QLineEdit::textChanged, this, &DeployDialog::update);
    resize(1000, 720);
    update();
}

QString DeployDialog::env() const
{
    return m_production->isChecked() ? Production : Staging;
}

bool DeployDialog::isCanary() const
{
    return m_canary->isChecked() && m_canary->isEnabled();
}

int DeployDialog::canaryPercent() const
{
    return m_percent->value();
}

TrafficPlan DeployDialog::plan() const
{
    return TrafficPlan(m_target.detail, env(), m_target.version.codeVersion, isCanary() ? std::optional<int>(canaryPercent()) : std::nullopt);
}

QString DeployDialog::losingVersion() const
{
    return plan().losingVersion();
}

QString DeployDialog::actionKey() const
{
    if (isCanary())
        return QStringLiteral("canary");
    switch (m_preset) {
    case Preset::Rollback: return QStringLiteral("rollback");
    case Preset::Promote: return QStringLiteral("promote");
    case Preset::AbortCanary: return QStringLiteral("abort-canary");
    default: return QStringLiteral("deploy");
    }
}

QString DeployDialog::statusText() const
{
    return m_status->text();
}

void DeployDialog::update()
{
    const bool running = m_deployment && m_deployment->isRunning();
    const QString losing = losingVersion();
    // A canary needs a version running now to share the traffic with.
    m_canary->setEnabled(!losing.isEmpty() && !running);
    m_slider->setEnabled(isCanary() && !running);
    m_percent->setEnabled(isCanary() && !running);
    m_beside->setText(losing.isEmpty() ? tr("(nothing runs there now to share the traffic with)")
                                       : tr("beside %1 at %2 %").arg(shortVersionId(losing)).arg(100 - canaryPercent()));
    const TrafficPlan traffic = plan();
    const bool noChange = traffic.changesNothing();
    const QString envName = Deployment::environmentName(env());
    m_summary->setText(noChange ? tr("%1 already runs this: nothing to deploy.").arg(envName)
                                : tr("%1 runs %2 now, and will run %3.").arg(envName, TrafficPlan::describe(traffic.current()), TrafficPlan::describe(traffic.planned())));
    const bool production = env() == Production;
    m_confirmLabel->setVisible(production);
    m_confirm->setVisible(production);
    const bool confirmed = !production || m_confirm->text().trimmed() == m_target.context.routine;
    const bool done = m_deployment && !m_deployment->isRunning();
    m_deploy->setEnabled(!noChange && confirmed && !running && !done);
    m_deploy->setText(production ? tr("Deploy to Production") : tr("Deploy to Staging"));
    for (QRadioButton *b : {m_staging, m_production, m_whole})
        b->setEnabled(!running && !done);
    updateDiff();
}

void DeployDialog::updateDiff()
{
    const QString losing = losingVersion();
    if (losing == m_diffedFrom && (m_diff->isVisible() || m_nothing->isVisible()))
        return;
    m_diffedFrom = losing;
    if (losing.isEmpty()) {
        m_diffTitle->clear();
        m_diff->hide();
        m_nothing->setText(tr("%1 runs nothing now: all of this version's code goes live.").arg(Deployment::environmentName(env())));
        m_nothing->show();
        return;
    }
    m_nothing->hide();
    m_diff->show();
    m_diffTitle->setText(tr("What changes: %1 (now, loses traffic) → %2 (deployed)")
                                 .arg(shortVersionId(losing), shortVersionId(m_target.version.codeVersion)));
    const VersionRef from{m_target.context.accountId, m_target.context.client, m_target.context.routine, losing};
    const VersionRef to{m_target.context.accountId, m_target.context.client, m_target.context.routine, m_target.version.codeVersion};
    m_diff->comparison()->compareVersions(from, to, true);
}

void DeployDialog::deploy()
{
    if (!m_deploy->isEnabled())
        return;
    delete m_deployment;
    m_deployment = new Deployment(m_target.context, this);
    connect(m_deployment, &RoutineChange::progress, this, [this](const QString &step) { m_status->setText(step); });
    connect(m_deployment, &RoutineChange::finished, this, [this](ChangeRecord::Outcome outcome, const QString &message) {
        m_status->setText(QStringLiteral("%1 — %2").arg(ChangeRecord::outcomeName(outcome), message));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        update();
        if (m_deployment->after())
            emit deployed(*m_deployment->after());
    });
    const TrafficPlan traffic = plan();
    m_deployment->start(actionKey(), env(), traffic.planned(), traffic.current());
    update();
}
