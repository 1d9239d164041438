#include "exchangelogview.h"
#include "common/privatefile.h"

#include "log/exchangelogmodel.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace OAuthDesk {

ExchangeLogView::ExchangeLogView(ExchangeLog *log, QWidget *parent)
    : QWidget(parent), m_log(log), m_model(new ExchangeLogModel(log, this))
{
    setObjectName(QStringLiteral("exchangeLogView"));

    m_accountCombo = new QComboBox;
    m_accountCombo->setObjectName(QStringLiteral("accountFilter"));
    m_accountCombo->setAccessibleName(tr("Account"));
    m_accountCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_accountCombo->addItem(tr("All accounts"), QString());

    m_kindCombo = new QComboBox;
    m_kindCombo->setObjectName(QStringLiteral("kindFilter"));
    m_kindCombo->setAccessibleName(tr("Kind"));
    m_kindCombo->addItem(tr("All kinds"), -1);
    const QMetaEnum kinds = QMetaEnum::fromType<ExchangeLog::Kind>();
    for (int i = 0; i < kinds.keyCount(); ++i)
        m_kindCombo->addItem(ExchangeLogModel::kindText(ExchangeLog::Kind(kinds.value(i))),
                             kinds.value(i));

    m_exportButton = new QPushButton(tr("Export…"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Save the shown entries, redacted, as a text file"));
    m_copyButton = new QPushButton(tr("Copy"));
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setToolTip(tr("Copy the selected entry, or all shown entries, redacted"));
    m_clearButton = new QPushButton(tr("Clear"));
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_clearButton->setToolTip(tr("Forget every entry of the log"));

    auto *bar = new QHBoxLayout;
    auto *accountLabel = new QLabel(tr("&Account:"));
    accountLabel->setBuddy(m_accountCombo);
    auto *kindLabel = new QLabel(tr("&Kind:"));
    kindLabel->setBuddy(m_kindCombo);
    bar->addWidget(accountLabel);
    bar->addWidget(m_accountCombo);
    bar->addWidget(kindLabel);
    bar->addWidget(m_kindCombo);
    bar->addStretch();
    bar->addWidget(m_exportButton);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_clearButton);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("exchangeTable"));
    m_table->setAccessibleName(tr("Exchanges"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ExchangeLogModel::UrlColumn,
                                                      QHeaderView::Stretch);

    m_details = new QPlainTextEdit;
    m_details->setObjectName(QStringLiteral("exchangeDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a request to see it in full."));
    m_details->setAccessibleName(tr("Request details"));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter);

    connect(m_accountCombo, &QComboBox::currentIndexChanged, this, &ExchangeLogView::applyFilter);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &ExchangeLogView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExchangeLogView::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExchangeLogView::updateDetails);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ExchangeLogView::updateDetails);
    connect(m_exportButton, &QPushButton::clicked, this, &ExchangeLogView::exportWithDialog);
    connect(m_copyButton, &QPushButton::clicked, this, &ExchangeLogView::copyToClipboard);
    connect(m_clearButton, &QPushButton::clicked, this, &ExchangeLogView::clearLog);
    if (m_log) {
        connect(m_log, &ExchangeLog::exchangeAdded, this, &ExchangeLogView::updateAccounts);
        connect(m_log, &ExchangeLog::cleared, this, &ExchangeLogView::updateAccounts);
    }
    updateAccounts();
}

ExchangeLogView::~ExchangeLogView() = default;

void ExchangeLogView::updateAccounts()
{
    // Accounts seen in the log, plus the one filtered on even when its entries are gone.
    QStringList names;
    if (m_log) {
        for (const ExchangeLog::Exchange &e : m_log->exchanges()) {
            if (!e.accountName.isEmpty() && !names.contains(e.accountName))
                names.append(e.accountName);
        }
    }
    const QString current = accountFilter();
    if (!current.isEmpty() && !names.contains(current))
        names.append(current);
    names.sort(Qt::CaseInsensitive);
    QStringList shown;
    for (int i = 1; i < m_accountCombo->count(); ++i)
        shown.append(m_accountCombo->itemData(i).toString());
    if (shown == names)
        return;
    const QSignalBlocker blocker(m_accountCombo);
    while (m_accountCombo->count() > 1)
        m_accountCombo->removeItem(1);
    for (const QString &name : std::as_const(names))
        m_accountCombo->addItem(name, name);
    m_accountCombo->setCurrentIndex(qMax(0, m_accountCombo->findData(current)));
}

QString ExchangeLogView::accountFilter() const
{
    return m_accountCombo->currentData().toString();
}

void ExchangeLogView::setAccountFilter(const QString &accountName)
{
    if (accountName.isEmpty()) {
        m_accountCombo->setCurrentIndex(0);
        return;
    }
    if (m_accountCombo->findData(accountName) < 0)
        m_accountCombo->addItem(accountName, accountName);
    m_accountCombo->setCurrentIndex(m_accountCombo->findData(accountName));
}

std::optional<ExchangeLog::Kind> ExchangeLogView::kindFilter() const
{
    const int kind = m_kindCombo->currentData().toInt();
    if (kind < 0)
        return std::nullopt;
    return ExchangeLog::Kind(kind);
}

void ExchangeLogView::setKindFilter(std::optional<ExchangeLog::Kind> kind)
{
    m_kindCombo->setCurrentIndex(qMax(0, m_kindCombo->findData(kind ? int(*kind) : -1)));
}

ExchangeLog::Filter ExchangeLogView::filter() const
{
    ExchangeLog::Filter filter;
    filter.accountName = accountFilter();
    if (const auto kind = kindFilter())
        filter.kinds = { *kind };
    return filter;
}

void ExchangeLogView::applyFilter()
{
    const int selected = selectedExchange();
    m_model->setFilter(filter());
    if (selected != 0)
        selectExchange(selected);
    Q_EMIT filterChanged();
}

bool ExchangeLogView::selectExchange(int id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

int ExchangeLogView::selectedExchange() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ExchangeLogModel::IdRole).toInt();
}

QString ExchangeLogView::detailsText() const
{
    return m_details->toPlainText();
}

void ExchangeLogView::updateDetails()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const ExchangeLog::Exchange *e =
            rows.isEmpty() ? nullptr : m_model->exchangeAt(rows.first().row());
    m_details->setPlainText(e ? ExchangeLog::toText(*e) : QString());
}

bool ExchangeLogView::exportTo(const QString &path, QString *error) const
{
    const QString text = m_log ? m_log->exportText(filter()) : QString();
    // Redacted, but still a record of whom the person talks to: the owner's only.
    if (const QString failed = PrivateFile::write(path, text.toUtf8()); !failed.isEmpty()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), failed);
        return false;
    }
    return true;
}

QString ExchangeLogView::copyText() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (const ExchangeLog::Exchange *e =
                rows.isEmpty() ? nullptr : m_model->exchangeAt(rows.first().row()))
        return ExchangeLog::toText(*e);
    return m_log ? m_log->exportText(filter()) : QString();
}

void ExchangeLogView::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export HTTP Log"),
            QDir::home().filePath(QStringLiteral("oauthdesk-http-log.txt")),
            tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export HTTP Log"), error);
}

void ExchangeLogView::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(copyText());
}

void ExchangeLogView::clearLog()
{
    if (m_log)
        m_log->clear();
}

} // namespace OAuthDesk
