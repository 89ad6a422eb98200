#include "ui/esa/RunsOnPanel.h"

#include "app/workspaces/EsaWorkspace.h"
#include "ui/esa/PlacementChangeDialog.h"
#include "ui/esa/RouteEditorDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum RouteColumn { SiteColumn, NameColumn, RuleColumn, SwitchesColumn, SequenceColumn, FlagsColumn };

QTreeWidget *makeTree(QWidget *parent, const char *name, const QString &accessible, const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(QLatin1String(name));
    tree->setAccessibleName(accessible);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setHeaderLabels(headers);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return tree;
}

// Delete on a list asks to delete its selected row (the confirmation says what goes).
void addDeleteKey(QTreeWidget *tree, const std::function<void()> &remove)
{
    auto *action = new QAction(RunsOnPanel::tr("Delete"), tree);
    action->setShortcut(QKeySequence::Delete);
    action->setShortcutContext(Qt::WidgetShortcut);
    tree->addAction(action);
    QObject::connect(action, &QAction::triggered, tree, remove);
}

QPushButton *makeButton(QWidget *parent, const QString &text, const char *name, const QString &tip)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    b->setToolTip(tip);
    return b;
}

// "never wins: shadowed by shop-api (auth-guard)", "overlaps shop-all (ab-testing)", or why the rule matches nothing.
QString flagsOf(const PlacedRoute &placed)
{
    QStringList flags;
    if (!placed.ruleProblem.isEmpty())
        flags << RunsOnPanel::tr("matches nothing: %1").arg(placed.ruleProblem);
    if (placed.neverWins())
        flags << RunsOnPanel::tr("never wins: shadowed by %1").arg(placed.shadowedBy);
    if (!placed.overlaps.isEmpty())
        flags << RunsOnPanel::tr("overlaps %1").arg(placed.overlaps.join(QStringLiteral(", ")));
    return flags.join(QStringLiteral("; "));
}
} // namespace

RunsOnPanel::RunsOnPanel(EsaWorkspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("RunsOnPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("runsOnState"));
    m_state->setWordWrap(true);
    m_defaultHost = new QLabel(this);
    m_defaultHost->setObjectName(QStringLiteral("runsOnDefaultHost"));
    m_defaultHost->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_domains = makeTree(this, "runsOnDomains", tr("Custom domains"), {tr("Custom domain"), tr("Site")});
    m_routes = makeTree(this, "runsOnRoutes", tr("Routes"), {tr("Site"), tr("Route"), tr("Rule"), tr("Switches"), tr("Sequence"), tr("Flags")});
    layout->addWidget(m_state);
    layout->addWidget(m_defaultHost);
    buildButtons();
    layout->addWidget(headingBar(tr("Custom domains"), {m_addDomain, m_deleteDomain}));
    layout->addWidget(m_domains, 1);
    layout->addWidget(headingBar(tr("Routes, in the order the service evaluates them"), {m_addRoute, m_editRoute, m_deleteRoute}));
    layout->addWidget(m_routes, 3);
    connect(&m_workspace, &EsaWorkspace::placementChanged, this, &RunsOnPanel::showPlacement);
    connect(m_routes, &QTreeWidget::itemSelectionChanged, this, &RunsOnPanel::updateButtons);
    connect(m_domains, &QTreeWidget::itemSelectionChanged, this, &RunsOnPanel::updateButtons);
    connect(m_routes, &QTreeWidget::itemActivated, this, [this] { editRoute(); }); // Enter or a double click edits
    addDeleteKey(m_routes, [this] { deleteRoute(); });
    addDeleteKey(m_domains, [this] { deleteDomain(); });
    showPlacement();
}

// Each list's buttons stand on its heading's line, beside what they change.
void RunsOnPanel::buildButtons()
{
    m_addRoute = makeButton(this, tr("Add &Route…"), "addRoute", tr("Add a route that sends matching requests to this routine"));
    m_editRoute = makeButton(this, tr("Edi&t Route…"), "editRoute", tr("Change the selected route"));
    m_deleteRoute = makeButton(this, tr("Delete Ro&ute"), "deleteRoute", tr("Delete the selected route"));
    m_addDomain = makeButton(this, tr("Add Do&main…"), "addDomain", tr("Make this routine serve a whole host of a site"));
    m_deleteDomain = makeButton(this, tr("Delete Domai&n"), "deleteDomain", tr("Delete the selected custom domain"));
    connect(m_addRoute, &QPushButton::clicked, this, [this] { addRoute(); });
    connect(m_editRoute, &QPushButton::clicked, this, [this] { editRoute(); });
    connect(m_deleteRoute, &QPushButton::clicked, this, [this] { deleteRoute(); });
    connect(m_addDomain, &QPushButton::clicked, this, [this] { addDomain(); });
    connect(m_deleteDomain, &QPushButton::clicked, this, [this] { deleteDomain(); });
}

QWidget *RunsOnPanel::headingBar(const QString &heading, const QList<QPushButton *> &buttons)
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(heading, bar);
    label->setWordWrap(true);
    row->addWidget(label, 1);
    for (QPushButton *b : buttons) {
        b->setParent(bar);
        row->addWidget(b);
    }
    return bar;
}

void RunsOnPanel::showPlacement()
{
    m_domains->clear();
    m_routes->clear();
    const auto &placement = m_workspace.placement();
    if (!placement) {
        m_defaultHost->clear();
        m_state->setText(m_workspace.placementLoading() ? tr("Reading where the routine runs…")
                         : m_workspace.placementError().isError() ? tr("Where the routine runs could not be read: %1").arg(m_workspace.placementError().summary())
                                                                  : tr("Select a routine to see where it runs."));
        updateButtons();
        return;
    }
    m_state->clear();
    m_defaultHost->setText(placement->defaultHost.isEmpty() ? tr("No default host") : tr("Default host: %1").arg(placement->defaultHost));
    for (const RelatedRecord &r : placement->customDomains) {
        auto *item = new QTreeWidgetItem(m_domains, {r.recordName, r.siteName});
        item->setData(0, Qt::UserRole, r.recordId);
    }
    for (const PlacedRoute &p : placement->routes) {
        auto *item = new QTreeWidgetItem(m_routes, {p.route.siteName, p.route.routeName, p.readable, RoutinePlacement::switches(p.route),
                                                    QString::number(p.route.sequence), flagsOf(p)});
        item->setData(0, Qt::UserRole, p.route.configId);
        item->setToolTip(RuleColumn, p.route.ruleText);
        item->setToolTip(FlagsColumn, flagsOf(p));
        if (p.neverWins())
            item->setForeground(FlagsColumn, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    updateButtons();
}

void RunsOnPanel::updateButtons()
{
    const bool allowed = m_workspace.changesAllowed() && m_workspace.placement().has_value();
    m_addRoute->setEnabled(allowed);
    m_editRoute->setEnabled(allowed && selectedRoute());
    m_deleteRoute->setEnabled(allowed && selectedRoute());
    m_addDomain->setEnabled(allowed);
    m_deleteDomain->setEnabled(allowed && selectedDomain());
}

std::optional<PlacedRoute> RunsOnPanel::selectedRoute() const
{
    const QTreeWidgetItem *item = m_routes->currentItem();
    if (!item || !item->isSelected() || !m_workspace.placement())
        return std::nullopt;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const PlacedRoute &p : m_workspace.placement()->routes)
        if (p.route.configId == id)
            return p;
    return std::nullopt;
}

std::optional<RelatedRecord> RunsOnPanel::selectedDomain() const
{
    const QTreeWidgetItem *item = m_domains->currentItem();
    if (!item || !item->isSelected() || !m_workspace.placement())
        return std::nullopt;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const RelatedRecord &r : m_workspace.placement()->customDomains)
        if (r.recordId == id)
            return r;
    return std::nullopt;
}

PlacementChangeDialog *RunsOnPanel::confirm(const QString &title, const QString &what, const QString &button,
                                            std::function<void(PlacementChange &)> start)
{
    auto *dialog = new PlacementChangeDialog(m_workspace.placementChangeContext(), title, what, button, std::move(start), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlacementChangeDialog::changeEnded, &m_workspace, &EsaWorkspace::refreshPlacement);
    dialog->open();
    return dialog;
}

QDialog *RunsOnPanel::addRoute()
{
    if (!m_addRoute->isEnabled())
        return nullptr;
    const QString routine = m_workspace.placementChangeContext().routine;
    auto *editor = new RouteEditorDialog(m_workspace.readSites(), routine, std::nullopt, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const RoutineRoute route = editor->route();
        confirm(tr("Add a Route"), tr("Add the route %1 on the site %2:\n%3").arg(route.routeName, route.siteName, PlacementChange::describe(route)),
                tr("&Add Route"), [route](PlacementChange &change) { change.addRoute(route); });
    });
    editor->open();
    return editor;
}

QDialog *RunsOnPanel::editRoute()
{
    const auto placed = selectedRoute();
    if (!m_editRoute->isEnabled() || !placed)
        return nullptr;
    auto *editor = new RouteEditorDialog(m_workspace.readSites(), m_workspace.placementChangeContext().routine, placed->route, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, before = placed->route] {
        const RoutineRoute after = editor->route();
        if (PlacementChange::sameRoute(before, after))
            return; // nothing to change: nothing sent
        confirm(tr("Edit a Route"),
                tr("Change the route %1 on the site %2\nfrom: %3\nto:   %4").arg(before.routeName, before.siteName, PlacementChange::describe(before),
                                                                             PlacementChange::describe(after)),
                tr("&Change Route"), [before, after](PlacementChange &change) { change.editRoute(before, after); });
    });
    editor->open();
    return editor;
}

QDialog *RunsOnPanel::deleteRoute()
{
    const auto placed = selectedRoute();
    if (!m_deleteRoute->isEnabled() || !placed)
        return nullptr;
    const RoutineRoute route = placed->route;
    return confirm(tr("Delete a Route"),
                   tr("Delete the route %1 on the site %2 for good:\n%3").arg(route.routeName, route.siteName, PlacementChange::describe(route)),
                   tr("&Delete Route"), [route](PlacementChange &change) { change.deleteRoute(route); });
}

QDialog *RunsOnPanel::addDomain()
{
    if (!m_addDomain->isEnabled())
        return nullptr;
    const QString routine = m_workspace.placementChangeContext().routine;
    auto *editor = new DomainEditorDialog(m_workspace.readSites(), routine, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, routine] {
        const qint64 site = editor->siteId();
        const QString host = editor->recordName();
        confirm(tr("Add a Custom Domain"),
                tr("Make %1 serve every request to %2 (site %3).").arg(routine, host, editor->siteName()),
                tr("&Add Domain"), [site, host](PlacementChange &change) { change.addDomain(site, host); });
    });
    editor->open();
    return editor;
}

QDialog *RunsOnPanel::deleteDomain()
{
    const auto record = selectedDomain();
    if (!m_deleteDomain->isEnabled() || !record)
        return nullptr;
    const RelatedRecord r = *record;
    return confirm(tr("Delete a Custom Domain"),
                   tr("Stop %1 from serving %2 (site %3): delete the custom domain.").arg(m_workspace.placementChangeContext().routine, r.recordName, r.siteName),
                   tr("&Delete Domain"), [r](PlacementChange &change) { change.deleteDomain(r); });
}
