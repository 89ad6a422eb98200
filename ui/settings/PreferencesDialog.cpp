#include "ui/settings/PreferencesDialog.h"

#include "app/versions/CodeVersionCache.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(Preferences &preferences, CodeVersionCache &cache, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_cache(cache)
{
    setObjectName(QStringLiteral("PreferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildGeneral());
    layout->addWidget(buildCache());
    layout->addWidget(buildDiffDefaults());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

// Language, theme, request timeout and how long copied AppCodes stay on the clipboard.
QGroupBox *PreferencesDialog::buildGeneral()
{
    auto *general = new QGroupBox(tr("General"), this);
    auto *form = new QFormLayout(general);
    m_language = new QComboBox(general);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));       // i18n: not translated (each language is named in itself)
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN")); // i18n: not translated (each language is named in itself)
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_preferences.language())));
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language applies the next time CloudCodes starts."), general);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    m_theme = new QComboBox(general);
    m_theme->addItem(tr("System"), int(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(m_preferences.theme()))));
    form->addRow(tr("&Theme:"), m_theme);
    m_timeout = new QSpinBox(general);
    m_timeout->setRange(5, 300);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(m_preferences.requestTimeoutSeconds());
    m_timeout->setToolTip(tr("A request that makes no progress for this long fails."));
    form->addRow(tr("Request &timeout:"), m_timeout);
    m_clipboard = new QSpinBox(general);
    m_clipboard->setRange(0, 3600);
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setSpecialValueText(tr("never"));
    m_clipboard->setValue(m_preferences.clipboardClearSeconds());
    form->addRow(tr("Clear copied &AppCodes after:"), m_clipboard);
    return general;
}

// Its size limit, what it holds now, and Clear Cache (at once, not on OK).
QGroupBox *PreferencesDialog::buildCache()
{
    auto *cacheBox = new QGroupBox(tr("Cache of code versions"), this);
    auto *cacheForm = new QFormLayout(cacheBox);
    m_cacheSize = new QSpinBox(cacheBox);
    m_cacheSize->setRange(16, 4096);
    m_cacheSize->setSuffix(tr(" MiB"));
    m_cacheSize->setValue(m_preferences.cacheSizeMiB());
    cacheForm->addRow(tr("&Size limit:"), m_cacheSize);
    auto *usedRow = new QHBoxLayout;
    m_cacheUsed = new QLabel(cacheBox);
    m_cacheUsed->setObjectName(QStringLiteral("cacheUsed"));
    auto *clear = new QPushButton(tr("&Clear Cache"), cacheBox);
    clear->setObjectName(QStringLiteral("clearCache"));
    usedRow->addWidget(m_cacheUsed, 1);
    usedRow->addWidget(clear);
    cacheForm->addRow(tr("In use:"), usedRow);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_cache.clear();
        updateCacheLabel();
    });
    updateCacheLabel();
    return cacheBox;
}

// What a new diff starts with.
QGroupBox *PreferencesDialog::buildDiffDefaults()
{
    auto *diffBox = new QGroupBox(tr("Comparing versions"), this);
    auto *diffForm = new QFormLayout(diffBox);
    const DiffOptions d = m_preferences.diffOptions();
    m_ignoreWhitespace = new QCheckBox(tr("Ignore changes in &whitespace"), diffBox);
    m_ignoreWhitespace->setChecked(d.ignoreWhitespace);
    m_fold = new QCheckBox(tr("&Fold unchanged lines"), diffBox);
    m_fold->setChecked(m_preferences.diffFoldUnchanged());
    m_context = new QSpinBox(diffBox);
    m_context->setRange(0, 50);
    m_context->setValue(d.contextLines);
    m_algorithm = new QComboBox(diffBox);
    m_algorithm->addItem(tr("Patience"), int(DiffOptions::Algorithm::Patience));
    m_algorithm->addItem(tr("Minimal"), int(DiffOptions::Algorithm::Minimal));
    m_algorithm->addItem(tr("Myers"), int(DiffOptions::Algorithm::Myers));
    m_algorithm->setCurrentIndex(qMax(0, m_algorithm->findData(int(d.algorithm))));
    diffForm->addRow(m_ignoreWhitespace);
    diffForm->addRow(m_fold);
    diffForm->addRow(tr("Context &lines:"), m_context);
    diffForm->addRow(tr("&Algorithm:"), m_algorithm);
    return diffBox;
}

void PreferencesDialog::updateCacheLabel()
{
    m_cacheUsed->setText(tr("%1 in %n version(s)", nullptr, m_cache.entryCount()).arg(QLocale().formattedDataSize(m_cache.totalBytes())));
}

void PreferencesDialog::apply()
{
    m_preferences.setLanguage(m_language->currentData().toString());
    m_preferences.setTheme(Preferences::Theme(m_theme->currentData().toInt()));
    m_preferences.setRequestTimeoutSeconds(m_timeout->value());
    m_preferences.setClipboardClearSeconds(m_clipboard->value());
    m_preferences.setCacheSizeMiB(m_cacheSize->value());
    DiffOptions d;
    d.ignoreWhitespace = m_ignoreWhitespace->isChecked();
    d.contextLines = m_context->value();
    d.algorithm = DiffOptions::Algorithm(m_algorithm->currentData().toInt());
    m_preferences.setDiffOptions(d, m_fold->isChecked());
}
