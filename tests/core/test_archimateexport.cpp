#include "archimateexport.h"
#include "inouttesthelpers.h"
#include "sessiongenerator.h"
#include "sessionreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <map>

using namespace tandem;

namespace {

const QString SchemaDir = QStringLiteral(TANDEM_REFERENCE_DIR "/archimate-exchange-3.1");

// xmllint's verdict on a file against the Open Group's diagram schema,
// offline through the catalog: empty when valid, else what it said.
QString schemaProblems(const QByteArray& xml) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("model.xml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size())
        return QStringLiteral("cannot write %1").arg(path);
    file.close();
    QProcess lint;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XML_CATALOG_FILES"),
                       SchemaDir + QStringLiteral("/catalog.xml"));
    lint.setProcessEnvironment(environment);
    lint.start(QStringLiteral("xmllint"),
               {QStringLiteral("--nonet"), QStringLiteral("--noout"), QStringLiteral("--schema"),
                SchemaDir + QStringLiteral("/archimate3_Diagram.xsd"), path});
    if (!lint.waitForFinished(60000))
        return QStringLiteral("xmllint did not run: %1").arg(lint.errorString());
    if (lint.exitStatus() == QProcess::NormalExit && lint.exitCode() == 0)
        return {};
    return QString::fromUtf8(lint.readAllStandardError());
}

// What an XML parser finds: element id -> type, and relationships as
// "type source target" lines.
struct ReadBack {
    std::map<QString, QString> elements;
    QStringList relationships;
    int views = 0;
};

ReadBack readBack(const QByteArray& xml) {
    ReadBack result;
    QXmlStreamReader reader(xml);
    const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = reader.attributes();
        const QString type = attributes.value(xsi, QStringLiteral("type")).toString();
        if (reader.name() == QLatin1String("element"))
            result.elements[attributes.value(QStringLiteral("identifier")).toString()] = type;
        else if (reader.name() == QLatin1String("relationship"))
            result.relationships.append(
                type + QLatin1Char(' ') + attributes.value(QStringLiteral("source")).toString() +
                QLatin1Char(' ') + attributes.value(QStringLiteral("target")).toString());
        else if (reader.name() == QLatin1String("view"))
            ++result.views;
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return result;
}

} // namespace

TEST(ArchimateExport, SmallSessionValidatesAgainstTheOpenGroupSchema) {
    const QByteArray xml = ArchimateExport::toXml(tandemtest::smallSession());
    EXPECT_EQ(schemaProblems(xml).toStdString(), "");
}

TEST(ArchimateExport, ReadsBackAsTheSameElementsAndRelationships) {
    const ReadBack back = readBack(ArchimateExport::toXml(tandemtest::smallSession()));
    const std::map<QString, QString> elements = {
        {QStringLiteral("id-vp-1"), QStringLiteral("Value")},
        {QStringLiteral("id-vp-2"), QStringLiteral("Value")},
        {QStringLiteral("id-cs-1"), QStringLiteral("BusinessRole")},
        {QStringLiteral("id-vc-1"), QStringLiteral("BusinessProcess")},
        {QStringLiteral("id-st-1"), QStringLiteral("BusinessProcess")},
        {QStringLiteral("id-st-2"), QStringLiteral("BusinessProcess")},
    };
    EXPECT_EQ(back.elements, elements);
    EXPECT_EQ(back.relationships, QStringList({QStringLiteral("Composition id-vc-1 id-st-1"),
                                               QStringLiteral("Triggering id-st-1 id-st-2"),
                                               QStringLiteral("Composition id-vc-1 id-st-2"),
                                               QStringLiteral("Association id-vp-1 id-st-1"),
                                               QStringLiteral("Association id-vp-1 id-cs-1")}));
    EXPECT_EQ(back.views, 2);
}

TEST(ArchimateExport, WritesANoteAsANamedDocumentedElement) {
    const QString xml = QString::fromUtf8(ArchimateExport::toXml(tandemtest::smallSession()));
    EXPECT_TRUE(xml.contains(
        QStringLiteral("    <element identifier=\"id-vp-1\" xsi:type=\"Value\">\n"
                       "      <name>Fresh, fast</name>\n"
                       "      <documentation>Roasted daily\nShipped fast</documentation>\n"
                       "      <properties>\n"
                       "        <property propertyDefinitionRef=\"tandem-block\">\n"
                       "          <value>value_propositions</value>\n"
                       "        </property>\n"
                       "        <property propertyDefinitionRef=\"tandem-color\">\n"
                       "          <value>yellow</value>\n"
                       "        </property>\n"
                       "        <property propertyDefinitionRef=\"tandem-tags\">\n"
                       "          <value>a, b</value>\n"
                       "        </property>\n"
                       "      </properties>\n"
                       "    </element>\n")))
        << xml.toStdString();
}

TEST(ArchimateExport, MapsLinksToRelationshipsTheTablesAllow) {
    EXPECT_EQ(ArchimateExport::relation(LinkKind::Delivers, Block::CustomerRelationships,
                                        Block::ValueChains)
                  .type,
              QStringLiteral("Realization"));
    EXPECT_TRUE(ArchimateExport::relation(LinkKind::Delivers, Block::CustomerRelationships,
                                          Block::ValueChains)
                    .reversed);
    const ArchimateRelation assigned =
        ArchimateExport::relation(LinkKind::DependsOn, Block::ValueChains, Block::Organisation);
    EXPECT_EQ(assigned.type, QStringLiteral("Assignment"));
    EXPECT_TRUE(assigned.reversed);
    EXPECT_EQ(
        ArchimateExport::relation(LinkKind::Supplies, Block::KeyPartners, Block::Suppliers).type,
        QStringLiteral("Flow"));
    EXPECT_EQ(
        ArchimateExport::relation(LinkKind::Supports, Block::KeyResources, Block::Locations).type,
        QStringLiteral("Association"));
}

TEST(ArchimateExport, ExampleAndGeneratedSessionsValidate) {
    LoadError error;
    const auto example = SessionReader::readFile(
        QStringLiteral(TANDEM_RESOURCE_DIR "/examples/northwind.tandem.yaml"), &error);
    ASSERT_TRUE(example) << error.message.toStdString();
    EXPECT_EQ(schemaProblems(ArchimateExport::toXml(*example)).toStdString(), "");
    EXPECT_EQ(schemaProblems(ArchimateExport::toXml(generateSession(300, 7))).toStdString(), "");
}

TEST(ArchimateExport, TheSchemaCheckRefusesWhatTheStandardDoesNot) {
    // The validation above means something only if xmllint really reads the
    // Open Group's schema offline: a type ArchiMate does not have, and a
    // relationship without its target, must be refused.
    const QByteArray xml = ArchimateExport::toXml(tandemtest::smallSession());
    QByteArray unknownType = xml;
    const qsizetype type = unknownType.indexOf("xsi:type=\"", unknownType.indexOf("<element "));
    ASSERT_GE(type, 0);
    unknownType.insert(type + 10, "Not");
    EXPECT_TRUE(schemaProblems(unknownType).contains(QStringLiteral("xsi:type")))
        << schemaProblems(unknownType).toStdString();
    QByteArray noTarget = xml;
    const qsizetype target = noTarget.indexOf(" target=\"", noTarget.indexOf("<relationship "));
    ASSERT_GE(target, 0);
    noTarget.replace(target, 9, " tarxet=\"");
    EXPECT_NE(schemaProblems(noTarget), QString());
}
