#include "claimstablemodel.h"

#include "widgets/displaytext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace OAuthDesk {

namespace {

struct Meaning
{
    const char *name;
    const char *text;
    const char *tip;
};

// RFC 7515 §4.1 and RFC 7516 §4.1 header parameters.
const Meaning HeaderMeanings[] = {
    { "alg", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Algorithm"),
      QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel",
                        "How the token is signed (RFC 7515 \u00a7"
                        "4.1.1)") },
    { "typ", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Type"),
      QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel",
                        "The media type of the whole token, e.g. JWT or at+jwt") },
    { "kid", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Key ID"),
      QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel",
                        "Which key of the issuer's key set signed the token") },
    { "cty", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Content type"), nullptr },
    { "enc", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Encryption"), nullptr },
    { "zip", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Compression"), nullptr },
    { "jku", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Key set URL"),
      QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel",
                        "Never trusted: keys come from the issuer's own jwks_uri") },
    { "jwk", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Embedded key"),
      QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel",
                        "Never trusted: keys come from the issuer's own jwks_uri") },
    { "x5u", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Certificate URL"), nullptr },
    { "x5c", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Certificate chain"), nullptr },
    { "x5t", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Certificate thumbprint (SHA-1)"),
      nullptr },
    { "x5t#S256",
      QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Certificate thumbprint (SHA-256)"),
      nullptr },
    { "crit", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Critical extensions"), nullptr },
};

// RFC 7519 §4.1, OpenID Connect Core §2 and §5.1, RFC 9068 and RFC 8693 claims.
const Meaning ClaimMeanings[] = {
    { "iss", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Issuer"),
      QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Who issued the token") },
    { "sub", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Subject"),
      QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel",
                        "Whom the token is about: the user's ID at the issuer") },
    { "aud", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Audience"),
      QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel",
                        "Who the token is for; anyone else must refuse it") },
    { "exp", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Expires"),
      QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel",
                        "The token must not be accepted after this time") },
    { "nbf", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Not before"),
      QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel",
                        "The token must not be accepted before this time") },
    { "iat", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Issued at"), nullptr },
    { "auth_time", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Signed in at"),
      QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "When the user last authenticated") },
    { "jti", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Token ID"),
      QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "A unique identifier of this token") },
    { "azp", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Authorized party"),
      QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "The client the ID token was issued to") },
    { "client_id", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Client"), nullptr },
    { "scope", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Scopes"), nullptr },
    { "scp", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Scopes"), nullptr },
    { "nonce", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Nonce"),
      QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel",
                        "Binds the ID token to the sign-in that asked for it") },
    { "sid", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Session ID"), nullptr },
    { "acr", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Authentication class"), nullptr },
    { "amr", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Authentication methods"), nullptr },
    { "at_hash", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Access token hash"), nullptr },
    { "c_hash", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Code hash"), nullptr },
    { "cnf", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Confirmation key"),
      QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel",
                        "The key the holder must prove it has (sender-constrained)") },
    { "act", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Actor"), nullptr },
    { "name", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Full name"), nullptr },
    { "preferred_username", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "User name"),
      nullptr },
    { "email", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "E-mail"), nullptr },
    { "email_verified", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "E-mail verified"),
      nullptr },
    { "given_name", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Given name"), nullptr },
    { "family_name", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Family name"), nullptr },
    { "updated_at", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Profile updated"), nullptr },
    { "roles", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Roles"), nullptr },
    { "groups", QT_TRANSLATE_NOOP("OAuthDesk::ClaimsTableModel", "Groups"), nullptr },
};

template <size_t N>
const Meaning *find(const Meaning (&table)[N], const QString &name)
{
    for (const Meaning &m : table) {
        if (name == QLatin1String(m.name))
            return &m;
    }
    return nullptr;
}

template <size_t N>
int rank(const Meaning (&table)[N], const QString &name)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(table[i].name))
            return int(i);
    }
    return int(N);
}

QString translated(const char *text)
{
    return QCoreApplication::translate("OAuthDesk::ClaimsTableModel", text);
}

} // namespace

ClaimsTableModel::ClaimsTableModel(Part part, QObject *parent)
    : QAbstractTableModel(parent), m_part(part)
{
}

void ClaimsTableModel::setObject(const QJsonObject &object)
{
    beginResetModel();
    m_object = object;
    m_names = object.keys();
    auto order = [this](const QString &name) {
        return m_part == Part::Header ? rank(HeaderMeanings, name) : rank(ClaimMeanings, name);
    };
    std::stable_sort(m_names.begin(), m_names.end(),
                     [&order](const QString &a, const QString &b) { return order(a) < order(b); });
    endResetModel();
}

void ClaimsTableModel::setNow(const QDateTime &now)
{
    QList<int> dateRows;
    QStringList before;
    for (int row = 0; row < m_names.size(); ++row) {
        if (m_part == Part::Claims && isDateClaim(m_names.at(row))) {
            dateRows.append(row);
            before.append(textFor(m_names.at(row)));
        }
    }
    m_now = now;
    for (int i = 0; i < dateRows.size(); ++i) {
        if (textFor(m_names.at(dateRows.at(i))) == before.at(i))
            continue;
        const QModelIndex cell = index(dateRows.at(i), ValueColumn);
        Q_EMIT dataChanged(cell, cell, { Qt::DisplayRole });
    }
}

int ClaimsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int ClaimsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &name = m_names.at(index.row());
    const QJsonValue value = m_object.value(name);
    if (role == RawValueRole)
        return QVariant::fromValue(value);
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return name;
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return textFor(name);
        if (role == Qt::ToolTipRole) {
            if (m_part == Part::Claims && isDateClaim(name) && value.isDouble()) {
                const QDateTime when =
                        QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
                return tr("%1 UTC (%2)")
                        .arg(when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                             QString::number(qint64(value.toDouble())));
            }
            if (value.isArray() || value.isObject())
                return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray())
                                                                   .toJson(QJsonDocument::Indented)
                                                         : QJsonDocument(value.toObject())
                                                                   .toJson(QJsonDocument::Indented))
                        .trimmed();
        }
        break;
    case MeaningColumn: {
        const Meaning *m =
                m_part == Part::Header ? find(HeaderMeanings, name) : find(ClaimMeanings, name);
        if (!m)
            break;
        if (role == Qt::DisplayRole)
            return translated(m->text);
        if (role == Qt::ToolTipRole && m->tip)
            return translated(m->tip);
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant ClaimsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return m_part == Part::Header ? tr("Parameter") : tr("Claim");
    case ValueColumn:
        return tr("Value");
    case MeaningColumn:
        return tr("Meaning");
    default:
        return {};
    }
}

QString ClaimsTableModel::valueText(const QString &name) const
{
    return m_object.contains(name) ? textFor(name) : QString();
}

QString ClaimsTableModel::meaning(Part part, const QString &name)
{
    const Meaning *m =
            part == Part::Header ? find(HeaderMeanings, name) : find(ClaimMeanings, name);
    return m ? translated(m->text) : QString();
}

bool ClaimsTableModel::isDateClaim(const QString &name)
{
    static const QStringList dates = { QStringLiteral("exp"), QStringLiteral("iat"),
                                       QStringLiteral("nbf"), QStringLiteral("auth_time"),
                                       QStringLiteral("updated_at") };
    return dates.contains(name);
}

QString ClaimsTableModel::dateText(const QDateTime &when, const QDateTime &now)
{
    const QString local = when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString relative = DisplayText::relativeTime(when, now);
    return relative.isEmpty() ? local : tr("%1 (%2)").arg(local, relative);
}

QString ClaimsTableModel::textFor(const QString &name) const
{
    const QJsonValue value = m_object.value(name);
    if (m_part == Part::Claims && isDateClaim(name) && value.isDouble())
        return dateText(QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC), m_now);
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return value.toVariant().toString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        const bool allStrings = std::all_of(array.begin(), array.end(),
                                            [](const QJsonValue &v) { return v.isString(); });
        if (allStrings) {
            QStringList parts;
            for (const QJsonValue &v : array)
                parts.append(v.toString());
            return parts.join(QStringLiteral(", "));
        }
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace OAuthDesk
