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

// A label that wraps its text, found by its name.
QLabel *wrappingLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    return label;
}
} // namespace


DeployDialog::DeployDialog(const Target &target, Preset preset, CodeVersionRepository &repository, QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_review(new DeployReview(target.detail, target.context.routine, target.version, preset, this))
    , m_repository(repository)
{
    m_review->setObjectName(QStringLiteral("review"));
    setObjectName(QStringLiteral("DeployDialog"));
    setWindowTitle(preset == Preset::Rollback      ? tr("Roll Back %1").arg(target.context.routine)
                   : preset == Preset::Promote     ? tr("Promote the Canary of %1").arg(target.context.routine)
                   : preset == Preset::AbortCanary ? tr("Abort the Canary of %1").arg(target.context.routine)
                                                   : tr("Deploy %1").arg(target.context.routine));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeading());
    layout->addWidget(buildWhere());
    layout->addLayout(buildChoices());
    m_summary = wrappingLabel("deploySummary", this);
    layout->addWidget(m_summary);
    m_goesLive = wrappingLabel("deployGoesLive", this);
    m_goesLive->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_goesLive->setAccessibleName(tr("Where it goes live"));
    layout->addWidget(m_goesLive);
    m_diffTitle = wrappingLabel("deployDiffTitle", this);
    layout->addWidget(m_diffTitle);
    layout->addWidget(buildDiff(), 1);
    m_nothing = wrappingLabel("deployNothing", this);
    m_nothing->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_nothing, 1);
    layout->addLayout(buildConfirmRow());
    m_status = wrappingLabel("deployStatus", this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addWidget(buildButtons());
    selectPreset();
    connectIntents();
    resize(1000, 720);
    update();
}

QLabel *DeployDialog::buildHeading()
{
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("deployHeading"));
    heading->setTextFormat(Qt::RichText);
    heading->setWordWrap(true);
    heading->setText(tr("<b>%1</b> @ %2 — %3")
                             .arg(m_target.context.routine.toHtmlEscaped(), m_target.version.codeVersion.toHtmlEscaped(),
                                  m_target.version.description.toHtmlEscaped()));
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return heading;
}

QLabel *DeployDialog::buildWhere()
{
    auto *where = new QLabel(tr("Account: %1 · Region: %2 · Endpoint: %3").arg(m_target.context.accountName, m_target.region, m_target.endpoint), this);
    where->setObjectName(QStringLiteral("deployAccount"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return where;
}

QFormLayout *DeployDialog::buildChoices()
{
    auto *form = new QFormLayout;
    form->addRow(tr("Environment:"), buildEnvironments());
    form->addRow(tr("Traffic:"), buildTraffic());
    return form;
}

QHBoxLayout *DeployDialog::buildEnvironments()
{
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
    return envs;
}

// The version at 100 %, or a canary: a slider and a spin box for its share, and what it runs beside.
QVBoxLayout *DeployDialog::buildTraffic()
{
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
    return traffic;
}

DiffView *DeployDialog::buildDiff()
{
    auto *comparison = new Comparison(&m_repository, this);
    m_diff = new DiffView(*comparison, this);
    m_diff->setAccessibleName(tr("What changes"));
    m_diff->setMinimumHeight(260);
    return m_diff;
}

// Shown for production only: the routine's name, typed, unlocks the Deploy button.
QHBoxLayout *DeployDialog::buildConfirmRow()
{
    auto *confirmRow = new QHBoxLayout;
    m_confirmLabel = new QLabel(tr("To deploy to production, type the routine's name (%1):").arg(m_target.context.routine), this);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("deployConfirm"));
    m_confirm->setAccessibleName(tr("Routine name, to confirm"));
    m_confirm->setPlaceholderText(m_target.context.routine);
    m_confirmLabel->setBuddy(m_confirm);
    confirmRow->addWidget(m_confirmLabel);
    confirmRow->addWidget(m_confirm, 1);
    return confirmRow;
}

QDialogButtonBox *DeployDialog::buildButtons()
{
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_deploy = m_buttons->addButton(tr("Deploy"), QDialogButtonBox::AcceptRole);
    m_deploy->setObjectName(QStringLiteral("deployButton"));
    return m_buttons;
}

// The preset: where and how (the review knows which environment it opens on).
void DeployDialog::selectPreset()
{
    (m_review->env() == DeployReview::Production ? m_production : m_staging)->setChecked(true);
    m_whole->setChecked(true);
}

// What the user chooses updates the plan, the diff and the Deploy button; Deploy starts the Deployment.
void DeployDialog::connectIntents()
{
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_deploy, &QPushButton::clicked, this, &DeployDialog::deploy);
    for (QRadioButton *b : {m_staging, m_production, m_whole, m_canary})
        connect(b, &QRadioButton::toggled, this, &DeployDialog::update);
    connect(m_slider, &QSlider::valueChanged, m_percent, &QSpinBox::setValue);
    connect(m_percent, &QSpinBox::valueChanged, m_slider, &QSlider::setValue);
    connect(m_percent, &QSpinBox::valueChanged, this, &DeployDialog::update);
    connect(m_confirm, &QLineEdit::textChanged, this, &DeployDialog::update);
}

void DeployDialog::review()
{
    m_review->setEnv(m_production->isChecked() ? DeployReview::Production : DeployReview::Staging);
    m_review->setCanary(m_canary->isChecked(), m_percent->value());
    m_review->setTypedName(m_confirm->text());
}

void DeployDialog::update()
{
    review();
    const bool running = m_deployment && m_deployment->isRunning();
    const TrafficPlan traffic = m_review->plan();
    const QString losing = traffic.losingVersion();
    // A canary needs a version running now to share the traffic with.
    m_canary->setEnabled(!losing.isEmpty() && !running);
    m_slider->setEnabled(traffic.isCanary() && !running);
    m_percent->setEnabled(traffic.isCanary() && !running);
    m_beside->setText(losing.isEmpty() ? tr("(nothing runs there now to share the traffic with)")
                                       : tr("beside %1 at %2 %").arg(shortVersionId(losing)).arg(100 - m_percent->value()));
    const bool noChange = traffic.changesNothing();
    const QString envName = Deployment::environmentName(m_review->env());
    m_summary->setText(noChange ? tr("%1 already runs this: nothing to deploy.").arg(envName)
                                : tr("%1 runs %2 now, and will run %3.").arg(envName, TrafficPlan::describe(traffic.current()), TrafficPlan::describe(traffic.planned())));
    const bool production = m_review->needsConfirmation();
    m_confirmLabel->setVisible(production);
    m_confirm->setVisible(production);
    const bool done = m_deployment && !m_deployment->isRunning();
    m_deploy->setEnabled(m_review->mayDeploy(running || done));
    m_deploy->setText(production ? tr("Deploy to Production") : tr("Deploy to Staging"));
    for (QRadioButton *b : {m_staging, m_production, m_whole})
        b->setEnabled(!running && !done);
    updateDiff();
    updateGoesLive();
}

void DeployDialog::updateGoesLive()
{
    const QString env = m_review->env();
    if (env == m_targetsEnv || !m_target.context.client)
        return;
    m_targetsEnv = env;
    m_goesLive->setText(tr("Where it goes live: reading the routine's hosts and routes…"));
    m_targets = DeployTargets::load(m_target.context.client, m_target.context.routine, env)
                        .then(this, [this](const ApiResult<DeployTargets> &r) {
                            // Informative only: a failure here never blocks the deploy.
                            m_goesLive->setText(r.ok() ? tr("Goes live on:\n%1").arg(r.value().describe())
                                                       : tr("Where it goes live could not be read: %1").arg(r.error().summary()));
                        });
}

void DeployDialog::updateDiff()
{
    const QString losing = m_review->plan().losingVersion();
    if (losing == m_diffedFrom && (m_diff->isVisible() || m_nothing->isVisible()))
        return;
    m_diffedFrom = losing;
    if (losing.isEmpty()) {
        m_diffTitle->clear();
        m_diff->hide();
        m_nothing->setText(tr("%1 runs nothing now: all of this version's code goes live.").arg(Deployment::environmentName(m_review->env())));
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
    m_deployment->setObjectName(QStringLiteral("deployment"));
    connect(m_deployment, &RoutineChange::progress, this, [this](const QString &step) { m_status->setText(step); });
    connect(m_deployment, &RoutineChange::finished, this, [this](ChangeRecord::Outcome outcome, const QString &message) {
        m_status->setText(QStringLiteral("%1 — %2").arg(ChangeRecord::outcomeName(outcome), message));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        update();
        if (m_deployment->after())
            emit deployed(*m_deployment->after());
    });
    const TrafficPlan traffic = m_review->plan();
    m_deployment->start(m_review->actionKey(), m_review->env(), traffic.planned(), traffic.current());
    update();
}
