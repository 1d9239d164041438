#include "requesthistoryview.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace OAuthDesk {

RequestHistoryView::RequestHistoryView(RequestHistory *history, QWidget *parent)
    : QWidget(parent), m_history(history)
{
    setObjectName(QStringLiteral("requestHistoryView"));

    m_historyList = new QListWidget(this);
    m_historyList->setObjectName(QStringLiteral("historyList"));
    m_historyList->setAccessibleName(tr("Recent requests"));
    m_historyList->setTextElideMode(Qt::ElideMiddle);
    m_savedList = new QListWidget(this);
    m_savedList->setObjectName(QStringLiteral("savedList"));
    m_savedList->setAccessibleName(tr("Saved requests"));
    m_savedList->setTextElideMode(Qt::ElideMiddle);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("historyTabs"));
    m_tabs->addTab(m_historyList, tr("History"));
    m_tabs->addTab(m_savedList, tr("Saved"));

    m_openButton = new QPushButton(tr("Open"), this);
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_openButton->setToolTip(tr("Load the request into the editor without sending it"));
    m_rerunButton = new QPushButton(tr("Re-run"), this);
    m_rerunButton->setObjectName(QStringLiteral("rerunButton"));
    m_rerunButton->setToolTip(tr("Load the request into the editor and send it again"));
    m_saveButton = new QPushButton(tr("Save\u2026"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Save the editor's request under a name"));
    m_deleteButton = new QPushButton(tr("Delete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));

    // Two rows of two: the list is a side panel and should not push the request editor aside.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_openButton, 0, 0);
    buttons->addWidget(m_rerunButton, 0, 1);
    buttons->addWidget(m_saveButton, 1, 0);
    buttons->addWidget(m_deleteButton, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    for (QListWidget *list : { m_historyList, m_savedList }) {
        connect(list, &QListWidget::itemDoubleClicked, this, &RequestHistoryView::openCurrent);
        connect(list, &QListWidget::currentRowChanged, this, &RequestHistoryView::updateButtons);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &RequestHistoryView::updateButtons);
    connect(m_openButton, &QPushButton::clicked, this, &RequestHistoryView::openCurrent);
    connect(m_rerunButton, &QPushButton::clicked, this, &RequestHistoryView::rerunCurrent);
    connect(m_saveButton, &QPushButton::clicked, this, &RequestHistoryView::askSaveName);
    connect(m_deleteButton, &QPushButton::clicked, this, &RequestHistoryView::deleteCurrent);
    if (m_history) {
        connect(m_history, &RequestHistory::changed, this, [this](const QString &accountId) {
            if (accountId == m_accountId)
                reload();
        });
    }
    reload();
}

QString RequestHistoryView::summary(const RequestHistory::Entry &entry)
{
    return QString::fromLatin1(entry.method) + QLatin1Char(' ') + entry.url.toString();
}

void RequestHistoryView::setAccount(const QString &accountId)
{
    if (accountId == m_accountId)
        return;
    m_accountId = accountId;
    reload();
}

void RequestHistoryView::reload()
{
    const int savedRow = m_savedList->currentRow();
    const QString savedName = savedRow >= 0 && savedRow < m_savedEntries.size()
            ? m_savedEntries.at(savedRow).name
            : QString();

    m_historyEntries = m_history && !m_accountId.isEmpty() ? m_history->history(m_accountId)
                                                           : QList<RequestHistory::Entry>();
    m_savedEntries = m_history && !m_accountId.isEmpty() ? m_history->saved(m_accountId)
                                                         : QList<RequestHistory::Entry>();

    m_historyList->clear();
    for (const RequestHistory::Entry &entry : std::as_const(m_historyEntries)) {
        auto *item = new QListWidgetItem(summary(entry), m_historyList);
        item->setToolTip(summary(entry) + QLatin1Char('\n')
                         + QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat));
    }
    m_savedList->clear();
    int restore = -1;
    for (const RequestHistory::Entry &entry : std::as_const(m_savedEntries)) {
        auto *item = new QListWidgetItem(entry.name, m_savedList);
        item->setToolTip(summary(entry));
        if (entry.name == savedName)
            restore = m_savedList->count() - 1;
    }
    if (restore >= 0)
        m_savedList->setCurrentRow(restore);
    updateButtons();
}

RequestHistoryView::Section RequestHistoryView::currentSection() const
{
    return m_tabs->currentIndex() == 1 ? Section::Saved : Section::History;
}

void RequestHistoryView::setCurrentSection(Section section)
{
    m_tabs->setCurrentIndex(section == Section::Saved ? 1 : 0);
}

QListWidget *RequestHistoryView::currentList() const
{
    return currentSection() == Section::Saved ? m_savedList : m_historyList;
}

void RequestHistoryView::setCurrentRow(int row)
{
    currentList()->setCurrentRow(row);
}

std::optional<RequestHistory::Entry> RequestHistoryView::currentEntry() const
{
    const QList<RequestHistory::Entry> &entries =
            currentSection() == Section::Saved ? m_savedEntries : m_historyEntries;
    const int row = currentList()->currentRow();
    if (row < 0 || row >= entries.size())
        return std::nullopt;
    return entries.at(row);
}

void RequestHistoryView::updateButtons()
{
    const bool selected = currentEntry().has_value();
    m_openButton->setEnabled(selected);
    m_rerunButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    m_saveButton->setEnabled(m_history && !m_accountId.isEmpty());
}

void RequestHistoryView::openCurrent()
{
    if (const auto entry = currentEntry())
        Q_EMIT openRequested(*entry);
}

void RequestHistoryView::rerunCurrent()
{
    if (const auto entry = currentEntry())
        Q_EMIT rerunRequested(*entry);
}

void RequestHistoryView::deleteCurrent()
{
    if (!m_history)
        return;
    const auto entry = currentEntry();
    if (!entry)
        return;
    if (currentSection() == Section::Saved)
        m_history->removeSaved(m_accountId, entry->name);
    else
        m_history->removeHistoryEntry(m_accountId, m_historyList->currentRow());
}

void RequestHistoryView::askSaveName()
{
    if (!m_history || m_accountId.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("saveNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save Request"));
    dialog->setLabelText(tr("Name (a saved request of the same name is replaced):"));
    const auto entry = currentEntry();
    if (entry && currentSection() == Section::Saved)
        dialog->setTextValue(entry->name);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (!name.trimmed().isEmpty())
            Q_EMIT saveRequested(name.trimmed());
    });
    dialog->open();
}

} // namespace OAuthDesk
