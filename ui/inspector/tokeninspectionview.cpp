#include "tokeninspectionview.h"

#include "inspector/claimstablemodel.h"
#include "widgets/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace OAuthDesk {

static QLabel *caption(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

TokenInspectionView::TokenInspectionView(QWidget *parent)
    : QWidget(parent),
      m_headerModel(new ClaimsTableModel(ClaimsTableModel::Part::Header, this)),
      m_claimsModel(new ClaimsTableModel(ClaimsTableModel::Part::Claims, this))
{
    setObjectName(QStringLiteral("tokenInspectionView"));

    m_badge = new QLabel;
    m_badge->setObjectName(QStringLiteral("signatureBadge"));
    m_badge->setTextFormat(Qt::PlainText);
    m_badge->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge->setAccessibleName(tr("Signature"));
    m_badge->setWordWrap(true);
    m_badge->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);

    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("inspectionNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    m_headerTable = makeTable(m_headerModel, "headerTable");
    m_headerTable->setAccessibleName(tr("Token header"));
    m_claimsTable = makeTable(m_claimsModel, "claimsTable");
    m_claimsTable->setAccessibleName(tr("Claims"));
    m_headerTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_headerModel, &QAbstractItemModel::modelReset, this,
            &TokenInspectionView::fitHeaderTable);

    m_tables = new QWidget;
    auto *tables = new QVBoxLayout(m_tables);
    tables->setContentsMargins(0, 0, 0, 0);
    tables->setSpacing(4);
    tables->addWidget(caption(tr("Header")));
    tables->addWidget(m_headerTable);
    tables->addSpacing(2);
    tables->addWidget(caption(tr("Claims")));
    tables->addWidget(m_claimsTable, 1);
    m_tables->hide();

    m_badgeRow = new QHBoxLayout;
    m_badgeRow->addWidget(m_badge);
    m_badgeRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_badgeRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_tables, 1);

    clear();
}

QTableView *TokenInspectionView::makeTable(ClaimsTableModel *model, const char *name)
{
    auto *table = new QTableView;
    table->setObjectName(QLatin1String(name));
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(ClaimsTableModel::NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ClaimsTableModel::ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ClaimsTableModel::MeaningColumn, QHeaderView::ResizeToContents);
    return table;
}

void TokenInspectionView::addToBadgeRow(QWidget *widget)
{
    m_badgeRow->addWidget(widget);
}

void TokenInspectionView::fitHeaderTable()
{
    // The header has a handful of members: show them all and give the room to the claims.
    const int rows = qMax(1, m_headerModel->rowCount());
    const int height = m_headerTable->horizontalHeader()->sizeHint().height()
            + rows * m_headerTable->verticalHeader()->defaultSectionSize()
            + 2 * m_headerTable->frameWidth();
    m_headerTable->setFixedHeight(height);
}

void TokenInspectionView::setInspection(const TokenInspection &inspection, bool verifying)
{
    m_hasJwt = inspection.jwt.has_value();
    m_headerModel->setObject(m_hasJwt ? inspection.jwt->header() : QJsonObject());
    m_claimsModel->setObject(m_hasJwt ? inspection.jwt->claims() : QJsonObject());
    m_tables->setVisible(m_hasJwt);

    if (inspection.shape.isJwe())
        setNotice(tr("This token is encrypted (JWE): only its recipient can read what it says."),
                  false);
    else if (inspection.shape.isJws() && !m_hasJwt)
        setNotice(tr("This token looks like a JWT but cannot be decoded: %1")
                          .arg(inspection.decodeError.message()),
                  true);
    else if (!m_hasJwt)
        setNotice(tr("An opaque token: what it means is known only to the server that issued it. "
                     "Introspection "
                     "asks the server about it."),
                  false);
    else
        setNotice({}, false);

    BadgeTone tone = BadgeTone::Neutral;
    if (inspection.signature == TokenInspection::Signature::Verified)
        tone = BadgeTone::Verified;
    else if (inspection.signature == TokenInspection::Signature::Invalid)
        tone = BadgeTone::Invalid;
    setBadge(verifying && m_hasJwt ? tr("Checking the signature\u2026") : inspection.badgeText(),
             tone);
}

void TokenInspectionView::clear()
{
    m_hasJwt = false;
    m_headerModel->setObject({});
    m_claimsModel->setObject({});
    m_tables->hide();
    setNotice({}, false);
    setBadge({}, BadgeTone::Neutral);
}

void TokenInspectionView::setNow(const QDateTime &now)
{
    m_claimsModel->setNow(now);
}

QString TokenInspectionView::badgeText() const
{
    return m_badge->text();
}

QString TokenInspectionView::noticeText() const
{
    return m_notice->text();
}

void TokenInspectionView::setBadge(const QString &text, BadgeTone tone)
{
    m_tone = tone;
    Theme::apply(m_badge,
                 tone == BadgeTone::Verified          ? Theme::Style::BadgeVerified
                         : tone == BadgeTone::Invalid ? Theme::Style::BadgeInvalid
                                                      : Theme::Style::BadgeNeutral);
    m_badge->setProperty("tone", QVariant::fromValue(tone));
    m_badge->setVisible(!text.isEmpty());
    // One line when it fits; a long reason wraps instead of widening the window.
    const QString before = m_badge->text();
    m_badge->setWordWrap(false);
    m_badge->setText(text);
    m_badge->ensurePolished();
    m_badge->setMinimumWidth(qMin(m_badge->sizeHint().width(), 520));
    m_badge->setWordWrap(true);
    m_badge->setToolTip(text);
    if (before != text)
        Q_EMIT badgeTextChanged(text);
}

void TokenInspectionView::setNotice(const QString &text, bool error)
{
    Theme::apply(m_notice, error ? Theme::Style::ErrorText : Theme::Style::Plain);
    m_notice->setForegroundRole(error ? QPalette::WindowText : QPalette::PlaceholderText);
    m_notice->setVisible(!text.isEmpty());
    if (m_notice->text() == text)
        return;
    m_notice->setText(text);
    Q_EMIT noticeTextChanged(text);
}

} // namespace OAuthDesk
