#include "xmlprettyprinter.h"

#include "resources/textcut.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace OAuthDesk {

bool XmlPrettyPrinter::print(const QByteArray &xml, qsizetype limit, QByteArray *out,
                             bool *truncated, QString *error)
{
    QByteArray pretty;
    QXmlStreamReader reader(xml);
    QXmlStreamWriter writer(&pretty);
    writer.setAutoFormatting(true);
    bool cut = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.hasError())
            break;
        // Whitespace between elements is the old layout; the writer makes the new one.
        if (reader.isWhitespace())
            continue;
        if (reader.isStartElement()) {
            // Names as written: writeCurrentToken() would invent prefixes (n1:) for namespaces.
            writer.writeStartElement(reader.qualifiedName().toString());
            for (const QXmlStreamNamespaceDeclaration &declaration :
                 reader.namespaceDeclarations()) {
                writer.writeAttribute(declaration.prefix().isEmpty() ? QStringLiteral("xmlns")
                                                                     : QLatin1String("xmlns:")
                                                      + declaration.prefix().toString(),
                                      declaration.namespaceUri().toString());
            }
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                if (!attribute.isDefault())
                    writer.writeAttribute(attribute.qualifiedName().toString(),
                                          attribute.value().toString());
            }
        } else {
            writer.writeCurrentToken(reader);
        }
        if (pretty.size() > limit) {
            cut = true;
            break;
        }
    }
    if (reader.hasError()) {
        if (error) {
            *error = QCoreApplication::translate("OAuthDesk::XmlPrettyPrinter",
                                                 "Not well-formed XML: %1 (line %2, column %3).")
                             .arg(reader.errorString())
                             .arg(reader.lineNumber())
                             .arg(reader.columnNumber());
        }
        return false;
    }
    if (cut)
        pretty.truncate(TextCut::cutPoint(pretty, limit));
    if (truncated)
        *truncated = cut;
    if (out)
        *out = std::move(pretty);
    return true;
}

} // namespace OAuthDesk
