#include "ui/esa/NewVersionDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

NewVersionDialog::NewVersionDialog(const RoutineChange::Context &context, bool hasAssets, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_hasAssets(hasAssets)
{
    setObjectName(QStringLiteral("NewVersionDialog"));
    setWindowTitle(tr("New Code Version of %1").arg(context.routine));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildForm());
    layout->addWidget(buildRoomText());
    layout->addWidget(buildRoomList(), 1);
    m_makeRoom = new QPushButton(tr("Delete the Ticked Versions and Create"), this);
    m_makeRoom->setObjectName(QStringLiteral("newVersionMakeRoom"));
    m_makeRoom->hide();
    layout->addWidget(m_makeRoom, 0, Qt::AlignRight);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("newVersionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("newVersionProgress"));
    m_progress->setAccessibleName(tr("Progress of the new version"));
    m_progress->hide();
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(buildButtons());
    connectIntents();
    resize(720, sizeHint().height()); // as tall as what it asks; it grows when it lists versions to make room
    updateButtons();
}

// The file (typed or browsed), or for a routine with assets the folder or esa.jsonc, what the
// check found in it, and the description.
QFormLayout *NewVersionDialog::buildForm()
{
    auto *form = new QFormLayout;
    buildSourceRow(form);
    m_check = new QLabel(this);
    m_check->setObjectName(QStringLiteral("newVersionCheck"));
    m_check->setWordWrap(true);
    form->addRow(QString(), m_check);
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("newVersionDescription"));
    m_description->setAccessibleName(tr("Description of the new version"));
    m_description->setPlaceholderText(tr("what changed, as the version list will show it"));
    m_description->setMaxLength(256);
    form->addRow(tr("&Description:"), m_description);
    return form;
}

void NewVersionDialog::buildSourceRow(QFormLayout *form)
{
    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("newVersionFile"));
    m_browse = new QPushButton(m_hasAssets ? tr("Browse &Folder…") : tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("newVersionBrowse"));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    QLabel *fileLabel = nullptr;
    if (m_hasAssets) {
        m_path->setAccessibleName(tr("Project folder or esa.jsonc"));
        m_path->setPlaceholderText(tr("a folder, or a project's esa.jsonc"));
        m_browse->setAccessibleName(tr("Browse for a folder"));
        m_browseProject = new QPushButton(tr("Browse esa.&jsonc…"), this);
        m_browseProject->setObjectName(QStringLiteral("newVersionBrowseProject"));
        m_browseProject->setAccessibleName(tr("Browse for a project's esa.jsonc"));
        fileRow->addWidget(m_browseProject);
        fileLabel = new QLabel(tr("&Project:"), this);
    } else {
        m_path->setAccessibleName(tr("Code file"));
        m_path->setPlaceholderText(tr("a JavaScript module, e.g. index.js"));
        fileLabel = new QLabel(tr("&File:"), this);
    }
    fileLabel->setBuddy(m_path); // a row that is a layout gets no buddy by itself
    form->addRow(fileLabel, fileRow);
}

// When the routine is full: why, and the oldest versions no environment runs (hidden until then).
QLabel *NewVersionDialog::buildRoomText()
{
    m_roomText = new QLabel(this);
    m_roomText->setObjectName(QStringLiteral("newVersionRoomText"));
    m_roomText->setWordWrap(true);
    m_roomText->hide();
    return m_roomText;
}

QTreeWidget *NewVersionDialog::buildRoomList()
{
    m_room = new QTreeWidget(this);
    m_room->setObjectName(QStringLiteral("newVersionRoom"));
    m_room->setAccessibleName(tr("Versions to delete to make room"));
    m_room->setRootIsDecorated(false);
    m_room->setHeaderLabels({tr("Version"), tr("Created"), tr("Description")});
    m_room->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_room->hide();
    return m_room;
}

QDialogButtonBox *NewVersionDialog::buildButtons()
{
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_deploy = m_buttons->addButton(tr("Deploy to &Staging…"), QDialogButtonBox::ActionRole);
    m_deploy->setObjectName(QStringLiteral("newVersionDeploy"));
    m_deploy->hide();
    m_create = m_buttons->addButton(tr("&Create Version"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("newVersionCreate"));
    return m_buttons;
}

// QDialog's destructor hides the dialog, and the path field then loses focus and says
// editingFinished: by then this is only a QDialog, so nothing of ours may hear it.
NewVersionDialog::~NewVersionDialog()
{
    disconnect(m_path, nullptr, this, nullptr);
}

// A file chosen is read and checked; Create and Make Room go to the upload; Cancel stops it first
// (the single-file way before its next step; the assets way at once, on the wire).
void NewVersionDialog::connectIntents()
{
    connect(m_browse, &QPushButton::clicked, this, &NewVersionDialog::browse);
    if (m_browseProject)
        connect(m_browseProject, &QPushButton::clicked, this, &NewVersionDialog::browseProject);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        const QString path = m_path->text().trimmed();
        if (!path.isEmpty() && path != m_file) // focus leaving an unchanged field reads nothing again
            setFile(path);
    });
    connect(m_create, &QPushButton::clicked, this, &NewVersionDialog::create);
    connect(m_makeRoom, &QPushButton::clicked, this, &NewVersionDialog::makeRoom);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_assetsUpload && m_assetsUpload->isRunning()) {
            m_status->setText(tr("Cancelling…"));
            m_assetsUpload->cancel();
            return;
        }
        if (m_upload && m_upload->isRunning()) {
            m_upload->stop();
            m_status->setText(tr("Stopping before the next step…"));
            return;
        }
        reject();
    });
    connect(m_deploy, &QPushButton::clicked, this, [this] {
        emit deployToStagingRequested(newVersion());
        accept();
    });
}

// A routine with assets takes a folder here (esa.jsonc has its own button); the other a file.
void NewVersionDialog::browse()
{
    if (!m_hasAssets) {
        const QString file = QFileDialog::getOpenFileName(this, tr("Code for a New Version of %1").arg(m_context.routine), QString(),
                                                          tr("JavaScript (*.js *.mjs);;All files (*)"));
        if (!file.isEmpty())
            setFile(file);
        return;
    }
    QFileDialog *picker = openPicker(tr("Folder for a New Version of %1").arg(m_context.routine));
    picker->setFileMode(QFileDialog::Directory);
    picker->setOption(QFileDialog::ShowDirsOnly);
    picker->open();
}

// Only a project's configuration is offered: a single file never goes to a routine with assets
// (and one typed in anyway is refused by the check).
void NewVersionDialog::browseProject()
{
    QFileDialog *picker = openPicker(tr("Project for a New Version of %1").arg(m_context.routine));
    picker->setFileMode(QFileDialog::ExistingFile);
    picker->setNameFilter(tr("ESA project (esa.jsonc esa.toml)"));
    picker->open();
}

QFileDialog *NewVersionDialog::openPicker(const QString &title)
{
    auto *picker = new QFileDialog(this, title);
    picker->setObjectName(QStringLiteral("newVersionPicker"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (!path.isEmpty())
            setFile(path);
    });
    return picker;
}

void NewVersionDialog::setDescription(const QString &description)
{
    m_description->setText(description);
}

void NewVersionDialog::setFile(const QString &path)
{
    m_path->setText(path);
    m_file = path;
    m_checked = false;
    m_code.clear();
    m_source = AssetsSource();
    m_check->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    updateButtons();
    if (m_hasAssets)
        readSource(path);
    else
        readFile(path);
}

void NewVersionDialog::readFile(const QString &path)
{
    // Reading and recognising a file of up to 10 MiB is not the UI thread's work.
    m_reading = Request<ReadFile>::onPool([path]() -> ApiResult<ReadFile> {
                    QFile f(path);
                    if (!f.open(QIODevice::ReadOnly))
                        return ApiError(ApiError::Service::Unknown, ApiError::Kind::LocalFile, tr("Cannot read %1: %2").arg(path, f.errorString()));
                    const QByteArray bytes = f.read(CodeUpload::MaxCodeBytes + 1);
                    return ReadFile{bytes, CodeUpload::check(bytes)};
                }).then(this, [this](const ApiResult<ReadFile> &r) {
        if (!r.ok()) {
            m_check->setText(r.error().message);
            return;
        }
        const CodeUpload::Check &c = r.value().check;
        QString text = tr("%1, %2").arg(DecodedCode::kindName(c.kind), QLocale().formattedDataSize(c.size));
        if (!c.ok())
            text = tr("Cannot be uploaded: %1").arg(c.problem);
        else if (!c.warnings.isEmpty())
            text += QStringLiteral("\n") + c.warnings.join(QLatin1Char('\n'));
        m_check->setText(text);
        m_checked = c.ok();
        m_code = c.ok() ? r.value().bytes : QByteArray();
        updateButtons();
    });
}

// Every file of a folder or project is read, checked and zipped: the worker pool's work.
void NewVersionDialog::readSource(const QString &path)
{
    m_readingSource = Request<AssetsSource>::onPool([path]() -> ApiResult<AssetsSource> { return AssetsSource::read(path); })
                              .then(this, [this](const ApiResult<AssetsSource> &r) {
                                  if (!r.ok()) {
                                      m_check->setText(r.error().message);
                                      return;
                                  }
                                  const AssetsSource &s = r.value();
                                  QStringList lines{s.ok() ? tr("Sends %1").arg(s.summary()) : tr("Cannot be uploaded: %1").arg(s.problem)};
                                  lines += s.notes;
                                  m_check->setText(lines.join(QLatin1Char('\n')));
                                  m_checked = s.ok();
                                  m_source = s.ok() ? s : AssetsSource();
                                  updateButtons();
                              });
}

bool NewVersionDialog::isRunning() const
{
    return (m_upload && m_upload->isRunning()) || (m_assetsUpload && m_assetsUpload->isRunning());
}

QString NewVersionDialog::newVersion() const
{
    if (m_assetsUpload)
        return m_assetsUpload->succeeded() ? m_assetsUpload->newVersion() : QString();
    return m_upload ? m_upload->newVersion() : QString();
}

std::optional<RoutineSnapshot> NewVersionDialog::after() const
{
    if (m_assetsUpload)
        return m_assetsUpload->after();
    return m_upload ? m_upload->after() : std::nullopt;
}

void NewVersionDialog::updateButtons()
{
    const bool running = isRunning();
    const bool done = !newVersion().isEmpty() && !running;
    m_create->setEnabled(m_checked && !running && !done);
    m_path->setEnabled(!running && !done);
    m_browse->setEnabled(!running && !done);
    if (m_browseProject)
        m_browseProject->setEnabled(!running && !done);
    m_description->setEnabled(!running && !done);
    m_deploy->setVisible(done);
}

void NewVersionDialog::create()
{
    if (!m_checked || isRunning())
        return;
    if (m_hasAssets)
        createFromBundle();
    else
        createFromFile();
    updateButtons();
}

void NewVersionDialog::createFromFile()
{
    delete m_upload;
    m_upload = new CodeUpload(m_context, this);
    connect(m_upload, &RoutineChange::progress, this, [this](const QString &step) { m_status->setText(step); });
    connect(m_upload, &CodeUpload::quotaFull, this, [this](const QList<CodeVersion> &candidates) {
        m_room->clear();
        for (int i = 0; i < candidates.size(); ++i) {
            const CodeVersion &v = candidates.at(i);
            auto *item = new QTreeWidgetItem(m_room, {v.codeVersion, QLocale().toString(v.createTime.toLocalTime(), QLocale::ShortFormat),
                                                      v.description});
            item->setData(0, Qt::UserRole, QVariant::fromValue(v));
            item->setCheckState(0, i == 0 ? Qt::Checked : Qt::Unchecked); // the oldest makes room for one
        }
        m_roomText->setText(candidates.isEmpty()
                                    ? tr("%1 keeps no more versions, and every version is deployed: deploy or delete one first.").arg(m_context.routine)
                                    : tr("%1 keeps no more versions. These are the oldest that no environment runs; "
                                         "delete the ticked ones to make room? Your code is uploaded already and waits.")
                                              .arg(m_context.routine));
        m_roomText->show();
        m_room->setVisible(!candidates.isEmpty());
        if (!candidates.isEmpty())
            resize(width(), qMax(height(), 420));
        m_makeRoom->setVisible(!candidates.isEmpty());
    });
    connect(m_upload, &RoutineChange::finished, this,
            [this](ChangeRecord::Outcome outcome, const QString &message) { changeFinished(m_upload, outcome, message); });
    m_upload->start(m_code, m_description->text().trimmed());
}

void NewVersionDialog::createFromBundle()
{
    delete m_assetsUpload;
    m_assetsUpload = new AssetsUpload(m_context, this);
    connect(m_assetsUpload, &RoutineChange::progress, this, &NewVersionDialog::showProgress);
    connect(m_assetsUpload, &RoutineChange::finished, this,
            [this](ChangeRecord::Outcome outcome, const QString &message) { changeFinished(m_assetsUpload, outcome, message); });
    m_status->setStyleSheet(QString());
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->show();
    m_assetsUpload->start(m_source.zip, m_description->text().trimmed(), m_source.notFoundStrategy);
}

// total 0: a step of unknown length (the state read back); the bar shows it is busy.
void NewVersionDialog::showProgress(const QString &step, int done, int total)
{
    m_status->setText(step);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void NewVersionDialog::changeFinished(RoutineChange *change, ChangeRecord::Outcome outcome, const QString &message)
{
    m_status->setText(QStringLiteral("%1 — %2").arg(ChangeRecord::outcomeName(outcome), message));
    m_progress->hide();
    const QString made = newVersion();
    // A failed build (or any end without a usable version) is said in the error colour.
    if (change == m_assetsUpload && made.isEmpty())
        m_status->setStyleSheet(QStringLiteral("color: #c01c28; font-weight: bold;"));
    if (!made.isEmpty()) {
        m_room->hide();
        m_roomText->hide();
        m_makeRoom->hide();
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        emit versionCreated(made);
    } else if (change == m_assetsUpload) {
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    }
    updateButtons();
    emit uploadEnded();
}

void NewVersionDialog::makeRoom()
{
    if (!m_upload || m_upload->isRunning())
        return;
    QList<CodeVersion> doomed;
    for (int i = 0; i < m_room->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_room->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            doomed << item->data(0, Qt::UserRole).value<CodeVersion>();
    }
    if (doomed.isEmpty()) {
        m_status->setText(tr("Tick at least one version to delete."));
        return;
    }
    m_makeRoom->setEnabled(false);
    m_upload->makeRoomAndCommit(doomed);
    updateButtons();
}
