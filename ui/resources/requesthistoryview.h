#pragma once

#include "resource/requesthistory.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;

namespace OAuthDesk {

/**
 * The "History" beside the request editor: one account's sent requests (newest first) and its
 * saved requests, in two tabs, following RequestHistory::changed().
 *
 * Open (or a double-click) loads the selected request into the editor without sending it — a
 * double-click should not repeat a POST or a DELETE — and Re-run loads it and sends it again. Save…
 * asks for a name (a QInputDialog opened with open()) and emits saveRequested(): the owner saves
 * the editor's request under it. Delete removes the selected entry.
 */
class RequestHistoryView : public QWidget
{
    Q_OBJECT
public:
    enum class Section { History, Saved };
    Q_ENUM(Section)

    explicit RequestHistoryView(RequestHistory *history, QWidget *parent = nullptr);

    QString accountId() const { return m_accountId; }
    /// Shows this account's requests.
    void setAccount(const QString &accountId);

    Section currentSection() const;
    void setCurrentSection(Section section);
    /// The selected entry of the visible section.
    std::optional<RequestHistory::Entry> currentEntry() const;
    /// Selects a row of the visible section.
    void setCurrentRow(int row);

    /// A one-line description of an entry: "GET https://api.example/me".
    static QString summary(const RequestHistory::Entry &entry);

public Q_SLOTS:
    void openCurrent();
    void rerunCurrent();
    void deleteCurrent();
    /// Asks for a name, then emits saveRequested().
    void askSaveName();

Q_SIGNALS:
    void openRequested(const OAuthDesk::RequestHistory::Entry &entry);
    void rerunRequested(const OAuthDesk::RequestHistory::Entry &entry);
    void saveRequested(const QString &name);

private:
    void reload();
    void updateButtons();
    QListWidget *currentList() const;

    QPointer<RequestHistory> m_history;
    QString m_accountId;
    QList<RequestHistory::Entry> m_historyEntries;
    QList<RequestHistory::Entry> m_savedEntries;

    QTabWidget *m_tabs;
    QListWidget *m_historyList;
    QListWidget *m_savedList;
    QPushButton *m_openButton;
    QPushButton *m_rerunButton;
    QPushButton *m_saveButton;
    QPushButton *m_deleteButton;
};

} // namespace OAuthDesk
