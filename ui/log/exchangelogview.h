#pragma once

#include "http/exchangelog.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace OAuthDesk {

class ExchangeLogModel;

/**
 * The HTTP exchange log: every request OAuthDesk made (discovery, authorization URL opened, token,
 * refresh, revocation, introspection, resource calls) in a table, the selected one in full below,
 * filtered by account and kind; Export… writes the shown entries to a text file, Copy puts the
 * selected entry (or all shown) on the clipboard, Clear empties the log.
 *
 * Everything it shows comes redacted from ExchangeLog (SECURITY.md, row LG).
 */
class ExchangeLogView : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString accountFilter READ accountFilter WRITE setAccountFilter NOTIFY filterChanged)
public:
    explicit ExchangeLogView(ExchangeLog *log, QWidget *parent = nullptr);
    ~ExchangeLogView() override;

    ExchangeLog *log() const { return m_log; }
    ExchangeLogModel *model() const { return m_model; }

    /// The account shown (empty: all accounts).
    QString accountFilter() const;
    void setAccountFilter(const QString &accountName);
    /// The kind shown (nullopt: all kinds).
    std::optional<ExchangeLog::Kind> kindFilter() const;
    void setKindFilter(std::optional<ExchangeLog::Kind> kind);
    ExchangeLog::Filter filter() const;

    /// Selects the row of exchange `id` (false when it is not shown).
    bool selectExchange(int id);
    /// The selected exchange's id, or 0.
    int selectedExchange() const;
    /// What the details pane shows: the selected exchange as text, or nothing.
    QString detailsText() const;

    /// Writes the shown entries (ExchangeLog::exportText of the current filter) to `path`, readable
    /// by its owner only. False, with `error` set, when the file could not be written.
    bool exportTo(const QString &path, QString *error = nullptr) const;
    /// The text Copy puts on the clipboard: the selected entry, or all shown entries.
    QString copyText() const;

public Q_SLOTS:
    /// Asks for a file and exports into it.
    void exportWithDialog();
    void copyToClipboard();
    void clearLog();

Q_SIGNALS:
    void filterChanged();

private:
    void updateAccounts();
    void applyFilter();
    void updateDetails();

    QPointer<ExchangeLog> m_log;
    ExchangeLogModel *m_model;
    QComboBox *m_accountCombo;
    QComboBox *m_kindCombo;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QPushButton *m_exportButton;
    QPushButton *m_copyButton;
    QPushButton *m_clearButton;
};

} // namespace OAuthDesk
